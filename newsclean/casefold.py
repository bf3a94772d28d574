"""Lower-casing that may stand in for ``re.IGNORECASE``, for the gates in front of regexes.

Cleaners rule most lines out with plain ``in`` tests and set look-ups on the lower-cased line
before a case-insensitive regex runs. That is exact unless the line holds a letter that
re.IGNORECASE and ``str.lower()`` treat differently: Turkish "İ" (lowers to two characters)
and "ı", the long s "ſ" (they match "i" and "s" but lower to themselves), the old Cyrillic
letter forms U+1C80-U+1C88, and the Greek letters that match another under re.IGNORECASE
but lower to themselves: the symbol
forms "ϐϑϕϖϰϱϵ" ("β", "θ", "φ", "π", "κ", "ρ", "ε"), the micro sign "µ" ("μ"), the iota subscripts
U+0345 and U+1FBE ("ι") and U+1FD3 ("ΐ"), which the month names of dates read. A line holding
one goes to the regexes. The final sigma "ς" is not one of them, as nearly every Greek line
holds it: :func:`lower` writes it "σ", as "Σ" may lower to either and re.IGNORECASE matches
the three alike; the phrases the gates compare are folded the same way
(``vocab.GATE_FOLD``). Tests check this list against all of Unicode for every vocabulary.
"""

from __future__ import annotations

import re

ODD_LETTERS = (
    "\u0130\u0131\u017f"
    + "".join(map(chr, range(0x1C80, 0x1C89)))
    + "\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u00b5\u0345\u1fbe\u1fd3"
)
_ODD = re.compile(f"[{ODD_LETTERS}]")


def lowercase_is_exact(text: str) -> bool:
    """No letter of ``text`` that re.IGNORECASE and ``str.lower()`` treat differently."""
    return text.isascii() or _ODD.search(text) is None


def lower(text: str) -> str | None:
    """``text`` lower-cased, the final sigma "ς" as "σ" (as re.IGNORECASE matches them, and
    "Σ" lowers to either), or ``None`` when lower-casing could disagree with re.IGNORECASE."""
    if not lowercase_is_exact(text):
        return None
    low = text.lower()
    return low.replace("ς", "σ") if "ς" in low else low
