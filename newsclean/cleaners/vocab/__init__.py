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
from re import _constants as sre_constants  # the stdlib's own regex parser: to read the
from re import _parser as sre_parser  # literal words a sentence pattern cannot match without

from ...document import Kind

# What may trail a whole-line phrase or separate a lead phrase from what follows it.
_TRAIL = r"[\s.:…!»>|›→\-–—]*"
# The characters of _TRAIL, for str.rstrip: its punctuation and what \s matches (str.isspace).
_TRAIL_CHARS = ".:…!»>|›→-–—" + "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(
    map(chr, range(0x2000, 0x200B))
)
# The separators of the lead pattern below: a lead phrase needs one of them after it.
_LEAD_SEPARATOR = re.compile(r"[:»|>›→–—-]")

# The gates below compare lower-cased text with lower-cased phrases. That agrees with
# re.IGNORECASE except for a few characters: "İ" lowers to two characters, "ı" and "ſ" match
# "i" and "s" under IGNORECASE but lower to themselves, "Σ" lowers by context. A line holding
# one of them goes straight to the regexes. (tests/cleaners/test_vocab.py checks this list
# covers every character of the vocabularies.)
FOLD_EXCEPTIONS = "\u0130\u0131\u017f\u03a3"
_FOLD_EXCEPTION = re.compile(f"[{FOLD_EXCEPTIONS}]")


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


def _phrases(spec: dict, position: str) -> list[str]:
    return [p for lang in (spec.get(position) or {}).values() for p in lang]


def _patterns(spec: dict) -> tuple[str | None, str | None, str | None]:
    """The regex source of one concept's lead, whole and sentence phrases (``None`` if absent)."""
    lead_phrases, whole_phrases, sentences = (_phrases(spec, p) for p in ("lead", "whole", "sentence"))
    # a lead phrase must be followed by a separator (":" "»" "|" or a dash) and then text
    # (an opening bracket may wrap the whole promo: "[Related: ...]")
    lead = rf"^[\[(]?(?:{_alternation(lead_phrases)})\s*(?::|»|\||>|›|→|–|—|-)\s*\S" if lead_phrases else None
    whole = rf"^(?:{_alternation(whole_phrases)}){_TRAIL}$" if whole_phrases else None
    sentence = "|".join(f"(?:{p})" for p in sentences) if sentences else None
    return lead, whole, sentence


def lower(text: str) -> str | None:
    """``text`` lower-cased, to look for lower-cased phrases in it; ``None`` when that could
    disagree with re.IGNORECASE (a character of ``FOLD_EXCEPTIONS``): then ask the regex."""
    if not text.isascii() and _FOLD_EXCEPTION.search(text):
        return None
    return text.lower()


# Literal words of a parsed regex: one of the returned (lower-cased) strings is in every match.
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    # the longest shortest word rules out the most lines; then the fewest words
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _required_words(items) -> frozenset[str] | None:  # noqa: ANN001 (a parsed regex sequence)
    options: list[frozenset[str]] = []  # each is a valid condition; the best one is kept
    run: list[str] = []  # consecutive literal characters
    for op, av in items:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(["".join(run).lower()]))
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
        options.append(frozenset(["".join(run).lower()]))
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


# Letters from the most to the least frequent in running text (space first): see words_pattern.
_LETTER_FREQUENCY = " etaoinsrhldcumfpgwybvkxjqz"


def _from_rarest_letter(word: str, min_length: int = 3) -> str:
    """The part of ``word`` from its least frequent letter on (at least ``min_length`` long)."""
    def rarity(i: int) -> int:
        rank = _LETTER_FREQUENCY.find(word[i])
        return len(_LETTER_FREQUENCY) if rank < 0 else rank  # accents, digits...: rare

    return word[max(range(max(1, len(word) - min_length + 1)), key=rarity) :]


def _trie(words: list[str]) -> str:
    """Regex source matching any of ``words``, factored by first letter ("a(?:b|c)" for "ab",
    "ac"), so that the engine tests one branch per letter instead of every word."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        if "" in rests:  # a word ends here: what longer words add cannot matter
            branches.append(re.escape(first))
        elif len(rests) == 1:
            branches.append(re.escape(first) + re.escape(rests[0]))
        else:
            branches.append(f"{re.escape(first)}(?:{_trie(rests)})")
    return "|".join(branches)


def words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A case-sensitive regex that finds, in lower-cased text, a part of each of ``words``
    (a necessary condition for any of them to be there; the caller asks the exact regex next).

    Fast because the engine, searching without IGNORECASE for branches that each open with a
    literal, skips ahead in C to the branches' first letters: each word is cut to start at its
    rarest letter ("newsletter" -> "wsletter") so that few places in a line stop the scan."""
    parts = {_from_rarest_letter(w) for w in words}
    minimal = sorted(p for p in parts if not any(q != p and q in p for q in parts))
    return re.compile(_trie(minimal))


@dataclass(frozen=True)
class _SentenceCheck:
    """One concept's sentence regex, and a regex finding (in lower-cased text) a word that
    each of its matches holds (``None``: no such word, always search)."""

    index: int  # the concept's order in the file
    words: re.Pattern[str] | None
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Vocabulary:
    """The concepts of one file, with each position's patterns joined into one regex whose
    named groups say which concept matched: one regex call per line and position, not one
    per concept (this runs on every line of every page).

    Before a regex runs, a cheap necessary condition rules most lines out: a set look-up for
    whole lines, a separator character for leads, and for sentences a word the patterns need
    (read off the patterns when compiling); only the concepts whose word is there search."""

    concepts: tuple[Concept, ...]
    combined: dict[str, re.Pattern[str]]
    whole_keys: frozenset[str] = frozenset()  # the whole phrases without trail, lower-cased
    sentence_words: re.Pattern[str] | None = None  # finds any concept's sentence word
    sentence_min_length: int = 0  # the shortest text a sentence pattern can match
    sentence_checks: tuple[_SentenceCheck, ...] = ()

    def match(self, text: str, sentences: bool) -> tuple[Concept, str] | None:
        low = lower(text)  # None: compare nothing lower-cased, let each regex decide
        found: list[tuple[int, int, str]] = []  # (concept order, position order, position)
        whole = self.combined.get("whole")
        # a whole line is a phrase plus trailing punctuation: once stripped, it is in the set
        if whole is not None and (low is None or low.rstrip(_TRAIL_CHARS) in self.whole_keys):
            self._add(found, whole.match(text), 0, "whole")
        lead = self.combined.get("lead")
        if lead is not None and _LEAD_SEPARATOR.search(text):
            self._add(found, lead.match(text), 1, "lead")
        if sentences and self.sentence_checks and len(text) >= self.sentence_min_length:
            # gate: most lines hold none of the words the sentence patterns need
            if low is None or self.sentence_words is None or self.sentence_words.search(low):
                index = self._sentence(text, low)
                if index is not None:
                    found.append((index, 2, "sentence"))
        if not found:
            return None
        index, _, position = min(found)  # the first concept wins, as the file lists them
        return self.concepts[index], position

    @staticmethod
    def _add(found: list[tuple[int, int, str]], m: re.Match[str] | None, order: int, position: str) -> None:
        if m:
            found.append((int(m.lastgroup[1:]), order, position))  # type: ignore[index]

    def _sentence(self, text: str, low: str | None) -> int | None:
        """The concept of the sentence match the combined regex would find: the leftmost one,
        the first concept among those starting there."""
        best: tuple[int, int] | None = None  # (start, concept order)
        for check in self.sentence_checks:  # in concept order: on a tie the first one stays
            if low is not None and check.words is not None and not check.words.search(low):
                continue
            m = check.pattern.search(text)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), check.index)
        return None if best is None else best[1]


def _sentence_checks(concepts: list[Concept], sources: dict[int, list[str]]) -> tuple[_SentenceCheck, ...]:
    checks = []
    for index, patterns in sources.items():
        words = required_words(patterns)
        pattern = concepts[index].sentence
        assert pattern is not None
        checks.append(_SentenceCheck(index, words_pattern(words) if words else None, pattern))
    return tuple(checks)


def _compile(data: dict) -> Vocabulary:
    concepts, sources = [], {"whole": [], "lead": [], "sentence": []}
    whole_phrases: list[str] = []
    sentence_sources: dict[int, list[str]] = {}  # concept order -> its sentence regexes
    for i, (name, spec) in enumerate(data.items()):
        lead, whole, sentence = _patterns(spec)
        compiled = [re.compile(p, re.I) if p else None for p in (lead, whole, sentence)]
        concepts.append(Concept(name, Kind(spec["kind"]), *compiled))
        for position, source in (("lead", lead), ("whole", whole), ("sentence", sentence)):
            if source:
                sources[position].append(f"(?P<c{i}>{source})")
        whole_phrases += _phrases(spec, "whole")
        if sentence:
            sentence_sources[i] = _phrases(spec, "sentence")
    combined = {pos: re.compile("|".join(srcs), re.I) for pos, srcs in sources.items() if srcs}
    all_words = required_words([p for ps in sentence_sources.values() for p in ps])
    return Vocabulary(
        tuple(concepts),
        combined,
        whole_keys=frozenset(p.lower().rstrip(_TRAIL_CHARS) for p in whole_phrases),
        sentence_words=words_pattern(all_words) if all_words else None,
        sentence_min_length=_min_length(sources["sentence"]),
        sentence_checks=_sentence_checks(concepts, sentence_sources),
    )


def _min_length(sources: list[str]) -> int:
    return sre_parser.parse("|".join(sources), re.I).getwidth()[0] if sources else 0


@cache
def _vocabulary(name: str) -> Vocabulary:
    data = tomllib.loads(files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8"))
    return _compile(data)


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
