"""Vocabularies as data: phrase lists grouped by concept and language, each mapped to a kind.

Each TOML file beside this module holds concepts; a concept has a ``kind`` and phrase lists
per language under ``lead`` (the phrase opens a line followed by more: "Read more: <link>"),
``whole`` (the phrase is the whole line: "Listen to this article") and ``sentence`` (regular
expressions for a call to action anywhere in a short line: "Subscribe to our newsletters").
They compile to one regex per concept and position, once per process.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from ...document import Kind

# What may trail a whole-line phrase or separate a lead phrase from what follows it.
_TRAIL = r"[\s.:…!»>|›→\-–—]*"


@dataclass(frozen=True)
class Concept:
    name: str
    kind: Kind
    lead: re.Pattern[str] | None  # phrase + separator + something
    whole: re.Pattern[str] | None  # the phrase alone on the line
    sentence: re.Pattern[str] | None = None  # a call to action anywhere in a short line


def _alternation(phrases: list[str]) -> str:
    # longest first, so "read more" wins over "read"
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


def _compile(name: str, spec: dict) -> Concept:
    lead_phrases = [p for lang in (spec.get("lead") or {}).values() for p in lang]
    whole_phrases = [p for lang in (spec.get("whole") or {}).values() for p in lang]
    lead = whole = None
    if lead_phrases:
        # a lead phrase must be followed by a separator (":" "»" "|" or a dash) and then text
        # (an opening bracket may wrap the whole promo: "[Related: ...]")
        lead = re.compile(rf"^[\[(]?(?:{_alternation(lead_phrases)})\s*(?::|»|\||>|›|→|–|—|-)\s*\S", re.I)
    if whole_phrases:
        whole = re.compile(rf"^(?:{_alternation(whole_phrases)}){_TRAIL}$", re.I)
    patterns = [p for lang in (spec.get("sentence") or {}).values() for p in lang]
    sentence = re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None
    return Concept(name, Kind(spec["kind"]), lead, whole, sentence)


@cache
def load(name: str) -> tuple[Concept, ...]:
    """The concepts of ``vocab/NAME.toml``."""
    data = tomllib.loads(files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8"))
    return tuple(_compile(concept, spec) for concept, spec in data.items())


def match(name: str, text: str, sentences: bool = False) -> tuple[Concept, str] | None:
    """The first concept of ``vocab/NAME.toml`` whose phrases match ``text``, with the position
    that matched (``"whole"``, ``"lead"``, or ``"sentence"`` when ``sentences`` is asked for)."""
    for concept in load(name):
        if concept.whole is not None and concept.whole.match(text):
            return concept, "whole"
        if concept.lead is not None and concept.lead.match(text):
            return concept, "lead"
        if sentences and concept.sentence is not None and concept.sentence.search(text):
            return concept, "sentence"
    return None
