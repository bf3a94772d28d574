"""Credits: "X and Y contributed to this report", "Reporting by X; Editing by Y", and the
article's author's bio under it ("About Jane Doe" over a paragraph on her)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files

from ..document import Document, Kind
from ..phrases import alternation
from ..registry import cleaner
from . import vocab


def _phrases(position: str) -> list[str]:
    data = vocab.data("credits")["credits"]
    return [p for lang in data[position].values() for p in lang]


def _agency_aliases() -> list[str]:
    agencies = tomllib.loads(files(__package__).joinpath("vocab/metadata.toml").read_text("utf-8"))["agencies"]
    return [a for aliases in agencies.values() for a in aliases]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alternation(position: str) -> str:
        return "|".join(re.escape(p) for p in sorted(_phrases(position), key=len, reverse=True))

    # "... contributed reporting from Hong Kong."
    tail = re.compile(rf"\b(?:{alternation('tail')})(?:\s+(?:from|in)\s+[^.;]{{1,40}})?\W*$", re.I)
    # a name or an agency ("dpa") must follow, so "Reporting by local media ..." stays (the
    # name's first letter is checked in _lead_match); a phrase may end with a colon, and the
    # Chinese "责任编辑：刘洋" has no space after its full-width one
    agency = "|".join(re.escape(a) for a in _agency_aliases())
    lead = re.compile(rf"^{vocab.LEAD_OPENING}(?i:{alternation('lead')})(?P<sep>\s*[:：]\s*|\s+)(?:(?i:{agency})\b|(?P<first>[^\W\d_]))")
    return tail, lead


def _lead_match(lead: re.Pattern[str], text: str) -> bool:
    """Whether a lead phrase opens ``text`` followed by a name: an agency's, or a first letter
    that is a capital, or, after a colon, one of a script without capitals ("责任编辑：刘洋",
    "إعداد: ..."). Without a colon such a letter proves nothing: "تحرير الموصل" is prose."""
    m = lead.match(text)
    if m is None:
        return False
    first = m.group("first")
    if first is None or first.isupper():
        return True
    colon = ":" in m.group("sep") or "：" in m.group("sep") or m.group()[: m.start("sep")].endswith((":", "："))
    return colon and not first.islower()


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1)
def _not_names() -> tuple[re.Pattern[str], frozenset[str]]:
    """The lead phrases anywhere in a line ("...; Editing by Y"), which are no part of the
    names, and the agencies' names, which are names even in lower case ("dpa")."""
    leads = re.compile(rf"\b(?i:{alternation({p.lower() for p in _phrases('lead')})})")
    return leads, frozenset(_agency_aliases())


def _reads_as_names(text: str) -> bool:
    """Whether ``text`` (a credit's part outside its phrases) names people or agencies: no more
    of its words open in lower case than with a capital or are an agency's name. "Jane Doe in London and John Roe"
    does; "Oxford University found that commuters lose ..." and "Higher fuel prices" are a
    sentence's words."""
    leads, agencies = _not_names()
    words = _WORD.findall(leads.sub(" ", text))
    lower = sum(1 for w in words if w[0].islower() and w not in agencies)
    return lower <= len(words) - lower


@lru_cache(maxsize=1)
def _gate() -> tuple[int, re.Pattern[str], re.Pattern[str]]:
    """What a credit line needs, to rule most lines out before the patterns run: its length
    (the shortest credit); a part of some tail phrase, or a lead phrase opening it (both
    patterns for lower-cased text)."""
    tail, lead = _patterns()
    shortest = min(vocab.min_length(tail), vocab.min_length(lead))
    tail_words = vocab.words_pattern(frozenset(p.lower() for p in _phrases("tail")))
    lead_start = re.compile(vocab.LEAD_OPENING + "(?:" + alternation({p.lower() for p in _phrases("lead")}) + ")")
    return shortest, tail_words, lead_start


def _may_be_credit(low: str, tail_words: re.Pattern[str], lead_start: re.Pattern[str]) -> bool:
    return tail_words.search(low) is not None or lead_start.match(low) is not None


@cleaner("credits", kinds=(Kind.CREDITS,))
def credits(doc: Document, max_words: int = 60) -> None:
    """Drop credit lines. A credit names people, so its opening must be followed by a capital,
    and the words outside its phrases must read as names, not as a sentence."""
    tail, lead = _patterns()
    shortest, tail_words, lead_start = _gate()
    for block in doc.kept():
        if block.n_words > max_words:
            continue
        text = block.plain
        if len(text) < shortest:
            continue  # too short to hold a credit: most menu and label lines
        low = block.plain_lower  # None: the gate cannot tell, ask the patterns
        if low is not None and not _may_be_credit(low, tail_words, lead_start):
            continue
        found = tail.search(text)
        # a credit names people: a line whose words are a sentence's is prose that opens or
        # ends with the same words ("Research by Oxford University found that ...")
        if found and _reads_as_names(text[: found.start()]):
            doc.drop(block, Kind.CREDITS, "line ends with a contributor credit")
        elif _lead_match(lead, text) and block.n_words <= 30 and _reads_as_names(text):
            doc.drop(block, Kind.CREDITS, "reporting or editing credit")
    if doc.metadata.authors:
        _drop_author_bio(doc, max_words)


@lru_cache(maxsize=1)
def _about_heading() -> tuple[frozenset[str], re.Pattern[str]]:
    """The about labels' first words (a gate), and a heading of one label and a name."""
    phrases = {p for lang in vocab.data("credits")["bio"]["about"].values() for p in lang}
    labels = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return frozenset(p.split()[0] for p in phrases), re.compile(rf"[#*\s]*(?:{labels})\s+(.+?)[*:\s]*", re.I)


def _drop_author_bio(doc: Document, max_words: int) -> None:
    """Drop the bio of the article's author: an "About <author>" heading and the paragraph
    under it, when that paragraph names the author again. The name is one the byline gave,
    of two words or more: no heading of an article's own names its author."""
    names = {a.casefold() for a in doc.metadata.authors if len(a.split()) >= 2}
    if not names:
        return
    first_words, heading = _about_heading()
    kept = doc.kept()
    for block, under in zip(kept, kept[1:]):
        if not block.words or block.words[0].lower() not in first_words:
            continue  # most lines
        m = heading.fullmatch(block.plain)
        name = m.group(1).casefold() if m else ""
        if name in names and name.split()[-1] in under.plain.casefold() and under.n_words <= 2 * max_words:
            doc.drop(block, Kind.CREDITS, "heading of the author's bio")
            doc.drop(under, Kind.CREDITS, "the author's bio")
