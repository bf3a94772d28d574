"""Lower-casing that may stand in for ``re.IGNORECASE``, for the gates in front of regexes.

Cleaners rule most lines out with plain ``in`` tests and set look-ups on the lower-cased line
before a case-insensitive regex runs. That is exact unless the line holds a letter that
re.IGNORECASE and ``str.lower()`` treat differently: Turkish "İ" (lowers to two characters)
and "ı", the long s "ſ" (they match "i" and "s" but lower to themselves), "Σ" (lowers to "σ"
or "ς" by context), and the old Cyrillic letter forms U+1C80-U+1C88. A line holding one goes
to the regexes. Tests check this list against all of Unicode for every vocabulary.
"""

from __future__ import annotations

import re

ODD_LETTERS = "\u0130\u0131\u017f\u03a3" + "".join(map(chr, range(0x1C80, 0x1C89)))
_ODD = re.compile(f"[{ODD_LETTERS}]")


def lowercase_is_exact(text: str) -> bool:
    """No letter of ``text`` that re.IGNORECASE and ``str.lower()`` treat differently."""
    return text.isascii() or _ODD.search(text) is None


def lower(text: str) -> str | None:
    """``text`` lower-cased, or ``None`` when that could disagree with re.IGNORECASE."""
    return text.lower() if lowercase_is_exact(text) else None
