"""Phrase lists as regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(phrases: Iterable[str]) -> str:
    """The phrases as one regex alternation, longest first, branched on each character in turn.

    It matches what the flat ``a|b|...`` of the phrases longest first matches, as long as no
    input character can match two different characters of the phrases at one place (true for
    lower-case phrases, also under re.IGNORECASE): the phrases that match at a place are
    prefixes of one another, and the branches try them longest first, the phrase that ends at
    a branch point after the longer ones. But the engine tries one branch per character at
    each step (a trie) instead of one per phrase; these patterns run on most lines.
    """
    return _branches(list(dict.fromkeys(sorted(phrases, key=len, reverse=True))))


def _branches(phrases: list[str]) -> str:
    # phrases: distinct, longest first; "" (a phrase ending here) comes last, as the shortest
    branches: dict[str, list[str]] = {}
    for phrase in phrases:
        branches.setdefault(phrase[:1], []).append(phrase[1:])
    return "|".join(re.escape(first) + _rest(rests) for first, rests in branches.items())


def _rest(rests: list[str]) -> str:
    if len(rests) == 1:
        return re.escape(rests[0])  # one phrase goes on: its letters in a row
    return f"(?:{_branches(rests)})"


# A review's rating: stars, or a score out of 5, 10, 20 or 100 ("8/10", "4.5/5").
RATING = re.compile(r"[★☆]|\b\d+(?:[.,]\d)?\s*/\s*(?:5|10|20|100)\b")
