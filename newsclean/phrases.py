"""Phrase lists as regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(phrases: Iterable[str]) -> str:
    """The phrases as one regex alternation, longest first, branched on the first character.

    It matches what the flat ``a|b|...`` of the phrases longest first matches, as long as no
    input character can match two different first characters (true for lower-case phrases,
    also under re.IGNORECASE): within one first character the order is kept, and phrases with
    different first characters never compete. But the engine tries one branch per first
    character at each position instead of one per phrase; these patterns run on most lines.
    """
    branches: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        branches.setdefault(phrase[:1], []).append(re.escape(phrase[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in branches.items())


# A review's rating: stars, or a score out of 5, 10, 20 or 100 ("8/10", "4.5/5").
RATING = re.compile(r"[★☆]|\b\d+(?:[.,]\d)?\s*/\s*(?:5|10|20|100)\b")
