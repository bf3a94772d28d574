"""Vocabularies as data: phrase lists grouped by concept and language, each mapped to a kind.

Each TOML file beside this module holds concepts; a concept has a ``kind`` and phrase lists
per language under ``lead`` (the phrase opens a line followed by more: "Read more: <link>"),
``whole`` (the phrase is the whole line: "Listen to this article") and ``sentence`` (regular
expressions for a call to action anywhere in a short line: "Subscribe to our newsletters";
group with ``(?:...)`` only, as the concept's name is read off the match's named group).
They compile to one regex per position (sentences: one per pattern), once per process.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from re import _constants as sre_constants  # type: ignore[attr-defined]  # private: typeshed
from re import _parser as sre_parser  # type: ignore[attr-defined]  # has no stubs for them
from typing import Any

from ...casefold import lower
from ...document import Block, Kind, cached_property
from ...phrases import alternation

# What may trail a whole-line phrase or separate a lead phrase from what follows it (with the
# full-width colon of Chinese and Japanese, "相关阅读：").
_TRAIL = r"[\s.:：…!»>|›→\-–—]*"
# The characters of _TRAIL, for str.rstrip: its punctuation and what \s matches (str.isspace).
_TRAIL_CHARS = ".:：…!»>|›→-–—" + "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(
    map(chr, range(0x2000, 0x200B))
)

# What may open a line before a lead phrase: an opening bracket around the promo, the credit
# or the notice ("[Related: ...]", "(Reporting by ...)", Korean agencies' "<저작권자 ⓒ ...>"),
# in its ASCII or full-width form ("（责任编辑：王磊）"), or the lenticular bracket that Chinese
# and Japanese pages put around a label ("【関連記事】"). One class for every cleaner that reads
# a lead phrase (promos, credits, template's notices): a bracket one accepts, all do.
OPENING_BRACKETS = "[(<［（＜【"
LEAD_OPENING = "[" + "".join(map(re.escape, OPENING_BRACKETS)) + "]?"
# What separates a lead phrase from the headline after it: a colon (also the full-width one of
# Chinese and Japanese, "相关阅读："), a guillemet, an arrow, a bar, a dash, or the bracket that
# closes "【関連記事】".
LEAD_SEPARATOR = r"[:：»|>›→–—\-】]"

# The gates below compare lower-cased text with lower-cased phrases: see newsclean.casefold.
# Phrases are written in NFC (a test checks it) and a line that is not is compared in NFC
# (Vietnamese typed with combining accents, Hindi with a precomposed nukta letter).


# Letters of phrases that the gates compare as another: a line holding the final sigma "ς" or
# the Turkish dotless "ı" goes to the regexes (both are casefold.ODD_LETTERS), so where a
# phrase has one, a line the gates see holds the letter re.IGNORECASE matches with it ("σ";
# "I", which lowers to "i": "AYRICA" for "ayrıca").
GATE_FOLD = str.maketrans("ςı", "σi")


def gate_lower(phrase: str) -> str:
    """A phrase as the gates compare it with lower-cased text (:data:`GATE_FOLD`)."""
    return phrase.lower().translate(GATE_FOLD)


@dataclass(frozen=True)
class Concept:
    name: str
    kind: Kind


def _phrases(spec: dict[str, Any], position: str) -> list[str]:
    return [p for lang in (spec.get(position) or {}).values() for p in lang]


def _patterns(spec: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """The regex source of one concept's lead, whole and sentence phrases (``None`` if absent)."""
    lead_phrases, whole_phrases, sentences = (_phrases(spec, p) for p in ("lead", "whole", "sentence"))
    # a lead phrase must be followed by a separator (":" "»" "|" or a dash) and then text
    # (an opening bracket may wrap the whole promo: "[Related: ...]", "【関連記事】...")
    lead = rf"^{LEAD_OPENING}(?:{alternation(lead_phrases)})\s*{LEAD_SEPARATOR}\s*\S" if lead_phrases else None
    whole = rf"^(?:{alternation(whole_phrases)}){_TRAIL}$" if whole_phrases else None
    sentence = "|".join(f"(?:{p})" for p in sentences) if sentences else None
    return lead, whole, sentence


# Characters from the most to the least frequent in running text (lower-cased): a guide to
# choose, among the words a pattern needs, those that rule out the most lines.
_CHARACTER_FREQUENCY = " etaoinsrhldc.,umfpgwybv'’-kxjqz"


def _rarity(char: str) -> int:
    rank = _CHARACTER_FREQUENCY.find(char)
    return len(_CHARACTER_FREQUENCY) if rank < 0 else rank  # accents, "@", "?"...: rare


# Literal words of a parsed regex: one of the returned (lower-cased) strings is in every match.
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    # the option that rules out the most lines: words with a symbol first ("@" rather than
    # "email", "?" rather than " this "), then the longest shortest word, then the fewest
    def score(words: frozenset[str]) -> tuple[bool, int, int]:
        return all(map(_has_symbol, words)), min(map(len, words)), -len(words)

    return max(options, key=score, default=None)


def _has_symbol(word: str) -> bool:
    # a rare sign: not the punctuation of running text, nor the colon that page lines are full
    # of (times, labels, "Read more:"; a line in fifteen of a rendered page holds one)
    return any(not c.isalnum() and not c.isspace() and c not in ".,:'’-" for c in word)


# The two below read a sentence pattern as the stdlib's own regex parser parses it (re._parser),
# for the literal words no match can do without.
def _required_words(items: Any) -> frozenset[str] | None:  # items: a parsed regex sequence
    options: list[frozenset[str]] = []  # each is a valid condition; the best one is kept
    run: list[str] = []  # consecutive literal characters
    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset([gate_lower("".join(run))]))
            run = []
        words = None
        if op is sre_constants.SUBPATTERN:
            words = _required_words(av[-1])
        elif op is sre_constants.ATOMIC_GROUP:
            words = _required_words(av)
        elif op in _REPEATS and av[0] >= 1:
            words = _required_words(av[2])
        elif op is sre_constants.BRANCH:
            alternatives = [_required_words(branch) for branch in av[1]]
            if all(alternatives):
                words = frozenset().union(*alternatives)  # type: ignore[arg-type]
        if words:
            options.append(words)
    if run:
        options.append(frozenset([gate_lower("".join(run))]))
    return _best(options)


def required_words(sources: list[str]) -> frozenset[str] | None:
    """Lower-case literals of which every match of any of the regexes ``sources`` contains one
    (``None`` when a pattern has no such literal). Read off the parsed patterns, so the data
    stays the only place the words are written."""
    if not sources:
        return None
    words: set[str] = set()
    for source in sources:
        found = _required_words(sre_parser.parse(source, re.I))
        if not found:
            return None
        words |= found
    return frozenset(words)


def _opening(items: Any) -> frozenset[str] | None:  # items: a parsed regex sequence
    # lower-cased literals one of which opens every match of the sequence
    run: list[str] = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            break
        if op is sre_constants.SUBPATTERN:
            return _opening(av[-1])
        if op is sre_constants.BRANCH:
            alternatives = [_opening(branch) for branch in av[1]]
            return frozenset().union(*alternatives) if all(alternatives) else None  # type: ignore[arg-type]
        return None
    return frozenset([gate_lower("".join(run))]) if run else None


def opening_words(parsed: sre_parser.SubPattern) -> frozenset[str] | None:
    """For a parsed regex anchored at the start of the text ("^follow..."), lower-cased literals
    one of which the text must start with (``None`` when not anchored or not literal)."""
    items = list(parsed)
    if parsed.state.flags & re.MULTILINE or not items or items[0] != (sre_constants.AT, sre_constants.AT_BEGINNING):
        return None
    return _opening(items[1:])


def _from_rarest_letter(word: str, min_length: int = 3) -> str:
    """The part of ``word`` from its least frequent letter on (at least ``min_length`` long)."""
    starts = range(max(1, len(word) - min_length + 1))
    return word[max(starts, key=lambda i: _rarity(word[i])) :]


def words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A case-sensitive regex that finds, in lower-cased text, a part of each of ``words``
    (a necessary condition for any of them to be there; the caller asks the exact regex next).

    Fast because the engine, searching without IGNORECASE for branches that each open with a
    literal, skips ahead in C to the branches' first letters: each word is cut to start at its
    rarest letter ("newsletter" -> "wsletter") so that few places in a line stop the scan."""
    return re.compile(alternation(sorted(_fragments(words))))


def _fragments(words: frozenset[str]) -> dict[str, list[str]]:
    """The parts :func:`words_pattern` finds, each with the words that hold it. No part holds
    another, so at most one of them starts at any place of a line."""
    cut = {w: _from_rarest_letter(w) for w in words}
    parts = set(cut.values())
    minimal = [p for p in parts if not any(q != p and q in p for q in parts)]
    return {p: sorted(w for w in words if p in cut[w]) for p in minimal}


@dataclass(frozen=True)
class _SentenceCheck:
    """One sentence regex of a concept, with the lower-cased words one of which each of its
    matches holds, or that opens the line (neither: no such word, always search)."""

    index: int  # the concept's order in the file
    words: tuple[str, ...]
    source: str
    openings: tuple[str, ...] = ()  # for a regex anchored at the start: the line opens with one

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The regex, compiled on first use: the gates let a page search few of them."""
        return re.compile(f"(?:{self.source})", re.I)


@dataclass(frozen=True)
class Vocabulary:
    """The concepts of one file, with the whole and the lead patterns each joined into one
    regex whose named groups say which concept matched: one regex call per line and position,
    not one per concept (this runs on every line of every page).

    Before a regex runs, a cheap necessary condition, tested on the lower-cased line, rules
    most lines out: a whole or lead phrase opening it (one regex match), then a set look-up for
    whole lines; for sentences, a word the patterns need (read off the patterns when
    compiling), and only the regexes whose word is there search. The result is the combined
    regexes' own (:func:`combined_sources`): the gates only skip calls that could not match."""

    concepts: tuple[Concept, ...]
    combined: dict[str, re.Pattern[str]]  # "whole" and "lead"
    whole_keys: frozenset[str] = frozenset()  # the whole phrases without trail, lower-cased
    lead_start: re.Pattern[str] | None = None  # matches a lead phrase opening lower-cased text
    phrase_start: re.Pattern[str] | None = None  # the same for a whole or a lead phrase
    sentence_words: re.Pattern[str] | None = None  # finds a part of a word of any unanchored check
    sentence_min_length: int = 0  # the shortest text a sentence pattern can match
    sentence_checks: tuple[_SentenceCheck, ...] = ()  # in concept order
    # a part sentence_words finds -> (word holding it, checks needing that word)
    sentence_word_checks: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = field(default_factory=dict)
    # first letter -> (opening, anchored checks needing the line to open with it)
    sentence_openings: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = field(default_factory=dict)
    sentence_unchecked: tuple[int, ...] = ()  # checks without a word: they always search

    def match(self, text: str, sentences: bool) -> tuple[Concept, str] | None:
        """The first concept whose phrases match ``text``, and the position that matched."""
        return self._match(text, lower(text), sentences)

    def match_block(self, block: Block, sentences: bool) -> tuple[Concept, str] | None:
        """:meth:`match` on the block's plain text, with the lower-cased line the block keeps
        (several vocabularies read every line)."""
        return self._match(block.plain, block.plain_lower, sentences)

    def _match(self, text: str, low: str | None, sentences: bool) -> tuple[Concept, str] | None:
        # low: the lower-cased text; None: compare nothing lower-cased, let each regex decide
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)  # the phrases' form
            low = lower(text)
        found: list[tuple[int, int, str]] = []  # (concept order, position order, position)
        # gate: most lines do not open with a whole or lead phrase (one regex match says so)
        if low is None or self.phrase_start is None or self.phrase_start.match(low):
            whole = self.combined.get("whole")
            # a whole line is a phrase plus trailing punctuation: once stripped, it is in the set
            if whole is not None and (low is None or low.rstrip(_TRAIL_CHARS) in self.whole_keys):
                self._add(found, whole.match(text), 0, "whole")
            lead = self.combined.get("lead")
            if lead is not None and (low is None or self.lead_start is None or self.lead_start.match(low)):
                self._add(found, lead.match(text), 1, "lead")
        if sentences and self.sentence_checks and len(text) >= self.sentence_min_length:
            wanted = range(len(self.sentence_checks)) if low is None else self._wanted(low)
            if wanted and (index := self._sentence(text, wanted)) is not None:  # most lines want none
                found.append((index, 2, "sentence"))
        if not found:
            return None
        index, _, position = min(found)  # the first concept wins, as the file lists them
        return self.concepts[index], position

    @staticmethod
    def _add(found: list[tuple[int, int, str]], m: re.Match[str] | None, order: int, position: str) -> None:
        if m:
            found.append((int(m.lastgroup[1:]), order, position))  # type: ignore[index]

    def _sentence(self, text: str, wanted: Iterable[int]) -> int | None:
        """The concept of the sentence match the combined regex would find: the leftmost one,
        the first concept among those starting there. Only the ``wanted`` checks search: those
        whose word is in the line (most lines hold none) or whose opening starts it."""
        best: tuple[int, int] | None = None  # (start, concept order)
        for i in wanted:  # in concept order: on a tie the first one stays
            check = self.sentence_checks[i]
            m = check.pattern.search(text)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), check.index)
        return None if best is None else best[1]

    def _wanted(self, low: str) -> list[int]:
        """The checks that may match the lower-cased line, in order: those whose opening it
        starts with, whose word it holds, and those with neither."""
        found: set[int] = set()
        for opening, checks in self.sentence_openings.get(low[:1], ()):
            if low.startswith(opening):
                found.update(checks)
        if self.sentence_words is not None:
            # every place a part of a word starts (one part at most per place), then the words
            # that hold that part: each word of the line is among them
            m = self.sentence_words.search(low)
            while m is not None:
                for word, checks in self.sentence_word_checks[m.group()]:
                    if word in low:
                        found.update(checks)
                m = self.sentence_words.search(low, m.start() + 1)
        if self.sentence_unchecked:
            found.update(self.sentence_unchecked)
        return sorted(found) if found else []


def _sentence_checks(data: dict[str, Any]) -> tuple[tuple[_SentenceCheck, ...], int]:
    """The concepts' sentence regexes as checks, and the shortest text any of them matches
    (the combined regex's shortest). Each regex is parsed once for all three."""
    checks, min_length = [], None
    for index, spec in enumerate(data.values()):
        for source in _phrases(spec, "sentence"):
            parsed = sre_parser.parse(source, re.I)
            width = parsed.getwidth()[0]
            min_length = width if min_length is None else min(min_length, width)
            openings = opening_words(parsed)
            if openings:  # "starts with" rules out more lines than "holds"
                checks.append(_SentenceCheck(index, (), source, tuple(sorted(openings))))
            else:
                checks.append(_SentenceCheck(index, tuple(sorted(_required_words(parsed) or ())), source))
    return tuple(checks), min_length or 0


def combined_sources(data: dict[str, Any]) -> dict[str, list[str]]:
    """Each position's regexes, one per concept as the named group "c<concept order>": joined
    with "|", the position's combined regex."""
    sources: dict[str, list[str]] = {"whole": [], "lead": [], "sentence": []}
    for i, spec in enumerate(data.values()):
        for position, source in zip(("lead", "whole", "sentence"), _patterns(spec)):
            if source:
                sources[position].append(f"(?P<c{i}>{source})")
    return sources


def _compile(data: dict[str, Any]) -> Vocabulary:
    sources = combined_sources(data)
    # sentences are searched one regex at a time, gated (Vocabulary._sentence): no combined one
    combined = {pos: re.compile("|".join(sources[pos]), re.I) for pos in ("whole", "lead") if sources[pos]}
    whole_phrases = [p for spec in data.values() for p in _phrases(spec, "whole")]
    lead_phrases = [p for spec in data.values() for p in _phrases(spec, "lead")]
    checks, min_length = _sentence_checks(data)
    all_words = frozenset(w for check in checks for w in check.words)
    return Vocabulary(
        tuple(Concept(name, Kind(spec["kind"])) for name, spec in data.items()),
        combined,
        whole_keys=frozenset(gate_lower(p).rstrip(_TRAIL_CHARS) for p in whole_phrases),
        lead_start=_lead_start(lead_phrases),
        phrase_start=_lead_start(lead_phrases + whole_phrases),
        sentence_words=words_pattern(all_words) if all_words else None,
        sentence_min_length=min_length,
        sentence_checks=checks,
        sentence_word_checks=_word_checks(checks),
        sentence_openings=_opening_checks(checks),
        sentence_unchecked=tuple(i for i, check in enumerate(checks) if not (check.words or check.openings)),
    )


def _word_checks(checks: tuple[_SentenceCheck, ...]) -> dict[str, tuple[tuple[str, tuple[int, ...]], ...]]:
    # each part words_pattern finds -> each word holding it, with the checks needing that word
    by_word = _checks_by(checks, lambda check: check.words)
    fragments = _fragments(frozenset(by_word))
    return {part: tuple((w, by_word[w]) for w in words) for part, words in fragments.items()}


def _opening_checks(checks: tuple[_SentenceCheck, ...]) -> dict[str, tuple[tuple[str, tuple[int, ...]], ...]]:
    # first letter -> each opening starting with it, with the checks anchored on that opening
    by_first: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for opening, indices in _checks_by(checks, lambda check: check.openings).items():
        by_first.setdefault(opening[:1], []).append((opening, indices))
    return {first: tuple(openings) for first, openings in by_first.items()}


def _checks_by(
    checks: tuple[_SentenceCheck, ...], keys: Callable[[_SentenceCheck], Iterable[str]]
) -> dict[str, tuple[int, ...]]:
    # each key -> the indexes of the checks that have it, in order
    found: dict[str, list[int]] = {}
    for i, check in enumerate(checks):
        for key in keys(check):
            found.setdefault(key, []).append(i)
    return {key: tuple(indices) for key, indices in sorted(found.items())}


def min_length(pattern: re.Pattern[str]) -> int:
    """The length of the shortest text ``pattern`` can match: a shorter line needs no search."""
    width: int = sre_parser.parse(pattern.pattern, pattern.flags).getwidth()[0]
    return width


def _lead_start(phrases: list[str]) -> re.Pattern[str] | None:
    # the lead pattern's opening, "^[\[(【...]?(?:phrases)", for lower-cased text: branched on the
    # first letter, it fails there on most lines (whole phrases may join in: they open their
    # line too)
    words = sorted({gate_lower(p).rstrip(_TRAIL_CHARS) for p in phrases})
    if not words or not all(words):
        return None  # nothing to require, or an empty phrase that opens every line
    return re.compile(rf"{LEAD_OPENING}(?:{alternation(words)})")


@cache
def data(name: str) -> dict[str, Any]:
    """The parsed ``vocab/NAME.toml``, read once per process (the cleaners' phrase lists)."""
    return tomllib.loads(files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8"))


@cache
def _vocabulary(name: str) -> Vocabulary:
    return _compile(data(name))


def vocabulary(name: str) -> Vocabulary:
    """The compiled ``vocab/NAME.toml``: fetch it once, then call its ``match`` for each line."""
    return _vocabulary(name)


def load(name: str) -> tuple[Concept, ...]:
    """The concepts of ``vocab/NAME.toml``."""
    return _vocabulary(name).concepts


def match(name: str, text: str, sentences: bool = False) -> tuple[Concept, str] | None:
    """The first concept of ``vocab/NAME.toml`` whose phrases match ``text``, with the position
    that matched (``"whole"``, ``"lead"``, or ``"sentence"`` when ``sentences`` is asked for)."""
    return _vocabulary(name).match(text, sentences)
