"""Vocabularies as data: phrase lists grouped by concept and language, each mapped to a kind.

Each TOML file beside this module holds concepts; a concept has a ``kind`` and phrase lists
per language under ``lead`` (the phrase opens a line followed by more: "Read more: <link>"),
``whole`` (the phrase is the whole line: "Listen to this article") and ``sentence`` (regular
expressions for a call to action anywhere in a short line: "Subscribe to our newsletters";
group with ``(?:...)`` only, as the concept's name is read off the match's named group).
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


def _patterns(spec: dict) -> tuple[str | None, str | None, str | None]:
    """The regex source of one concept's lead, whole and sentence phrases (``None`` if absent)."""
    lead_phrases = [p for lang in (spec.get("lead") or {}).values() for p in lang]
    whole_phrases = [p for lang in (spec.get("whole") or {}).values() for p in lang]
    sentences = [p for lang in (spec.get("sentence") or {}).values() for p in lang]
    # a lead phrase must be followed by a separator (":" "»" "|" or a dash) and then text
    # (an opening bracket may wrap the whole promo: "[Related: ...]")
    lead = rf"^[\[(]?(?:{_alternation(lead_phrases)})\s*(?::|»|\||>|›|→|–|—|-)\s*\S" if lead_phrases else None
    whole = rf"^(?:{_alternation(whole_phrases)}){_TRAIL}$" if whole_phrases else None
    sentence = "|".join(f"(?:{p})" for p in sentences) if sentences else None
    return lead, whole, sentence


@dataclass(frozen=True)
class Vocabulary:
    """The concepts of one file, with each position's patterns joined into one regex whose
    named groups say which concept matched: one regex call per line and position, not one
    per concept (this runs on every line of every page)."""

    concepts: tuple[Concept, ...]
    combined: dict[str, re.Pattern[str]]

    def match(self, text: str, sentences: bool) -> tuple[Concept, str] | None:
        found: list[tuple[int, int, str]] = []  # (concept order, position order, position)
        for order, position in enumerate(("whole", "lead", "sentence")):
            pattern = self.combined.get(position)
            if pattern is None or (position == "sentence" and not sentences):
                continue
            m = pattern.match(text) if position != "sentence" else pattern.search(text)
            if m:
                found.append((int(m.lastgroup[1:]), order, position))  # type: ignore[index]
        if not found:
            return None
        index, _, position = min(found)  # the first concept wins, as the file lists them
        return self.concepts[index], position


def _compile(data: dict) -> Vocabulary:
    concepts, sources = [], {"whole": [], "lead": [], "sentence": []}
    for i, (name, spec) in enumerate(data.items()):
        lead, whole, sentence = _patterns(spec)
        compiled = [re.compile(p, re.I) if p else None for p in (lead, whole, sentence)]
        concepts.append(Concept(name, Kind(spec["kind"]), *compiled))
        for position, source in (("lead", lead), ("whole", whole), ("sentence", sentence)):
            if source:
                sources[position].append(f"(?P<c{i}>{source})")
    combined = {pos: re.compile("|".join(srcs), re.I) for pos, srcs in sources.items() if srcs}
    return Vocabulary(tuple(concepts), combined)


@cache
def _vocabulary(name: str) -> Vocabulary:
    data = tomllib.loads(files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8"))
    return _compile(data)


def load(name: str) -> tuple[Concept, ...]:
    """The concepts of ``vocab/NAME.toml``."""
    return _vocabulary(name).concepts


def match(name: str, text: str, sentences: bool = False) -> tuple[Concept, str] | None:
    """The first concept of ``vocab/NAME.toml`` whose phrases match ``text``, with the position
    that matched (``"whole"``, ``"lead"``, or ``"sentence"`` when ``sentences`` is asked for)."""
    return _vocabulary(name).match(text, sentences)
