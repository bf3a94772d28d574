"""Provenance lines: agency datelines and "this article originally appeared on X" lines.

Two classes of line, vocabularies in ``vocab/provenance.toml`` (English, French, German, Spanish,
Italian, Portuguese, Dutch):

- An agency dateline, ``(Reuters) -``, ``WASHINGTON (AFP) —``, ``Berlin (dpa) -``, opening a body
  paragraph: the agency is recorded (``metadata.agency``) and the line stays, it is body text.
- An agency dateline in the Spanish style, with a full stop before the dash: ``MADRID, 29 mar
  (EFE).-``, ``(EUROPA PRESS).-``.
- A first-publication line, "This article originally appeared on The Conversation",
  "Dieser Artikel erschien zuerst bei ...", "Article initialement publié sur ...",
  "Originally published at https://...": the source name goes to ``attributed_source`` (a URL to
  ``original_url``) and the line is removed as metadata. Only short lines that open with the
  phrase count, so a body sentence that merely mentions an earlier publication stays. A source
  is a name with a capital ("The Conversation", "the Guardian") or a domain ("theguardian.com");
  the language of the first publication ("in English", "auf Englisch") and a lower-case
  description ("in the print edition") are not sources.
- A one-line original-URL label, ``Original url: https://...``, ``Lien original : <https://...>``
  (labels of ``metadata.toml``'s ``labels.original_url``): the URL goes to ``original_url``, and
  the line is removed as metadata. It is the address the page was fetched from: when no page URL
  is known, the ``metadata`` cleaner makes it ``metadata.url`` too, as for the two-line form
  (:data:`LABELLED_URL_HINT`).

"Source: X", "By X for AFP" and the two-line "Original url:" form (label, then the URL on the
next line) belong to the ``metadata`` cleaner; :func:`names_outlet` and :func:`under_chart`,
which tell an outlet's credit from a chart's or a fact's source, are here with the vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from ..document import Block, Document, Kind
from ..phrases import alternation
from ..registry import cleaner
from . import vocab

MAX_LINE_WORDS = 30  # a first-publication line is a credit, not a paragraph
MAX_SOURCE_WORDS = 8  # "The Conversation", "Kaiser Health News", "the Berkeley Blog"
MAX_TAIL_WORDS = 12  # after the name: "under a Creative Commons license. Read the original article."
DATELINE_PLACE_CHARS = 60  # "WASHINGTON, March 29" / "PARIS, 29 mars" before "(AFP)"

_URL = re.compile(r"<?(https?://[^\s<>()\]]+|www\.[^\s<>()\]]+)>?")
# Where a source name ends: sentence end, a clause that is not part of the name.
_NAME_END = re.compile(
    r"(?:[.;|]\s|[.;|]?$|,|\s+(?:under|and is|and was|with permission|on \d"
    r"|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|sous|unter|und wird|bajo|y se|sotto|sob|onder)\b)",
    re.I,
)


# a source name may open with its article in lower case: "the Guardian", "de Volkskrant", "o Globo"
_ARTICLES = frozenset(
    {"the", "la", "le", "les", "l'", "el", "los", "las", "der", "die", "das", "il", "lo", "gli", "o", "os", "de", "het"}
)


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The parsed ``vocab/provenance.toml``."""
    return vocab.data("provenance")


def _phrases(kind: str) -> set[str]:
    """The lower-cased ``first_published`` phrases of one kind ("lead", "subject"), all languages."""
    return {p.lower() for lang in vocabulary()["first_published"][kind].values() for p in lang}


@lru_cache(maxsize=1)
def _first_published() -> re.Pattern[str]:
    subject = rf"(?:(?:{alternation(_phrases('subject'))})\s+)?"
    return re.compile(rf"^{subject}(?:{alternation(_phrases('lead'))})\b[\s:]*(?P<rest>.+)$", re.I)


@lru_cache(maxsize=1)
def _first_published_start() -> re.Pattern[str]:
    """What a first-publication line opens with, for the lower-cased line: blanks and emphasis
    marks (first_published strips them), then a phrase. Without IGNORECASE the engine rules a
    phrase out on its first letter, in C; the pattern above tries the phrases one by one."""
    subject = rf"(?:(?:{alternation(_phrases('subject'))})\s+)?"
    return re.compile(rf"[\s*_]*{subject}(?:{alternation(_phrases('lead'))})")


@lru_cache(maxsize=1)
def _not_sources() -> frozenset[str]:
    """Words that may follow a lead without naming a publisher (languages), lower-case."""
    return frozenset(w.lower() for w in vocabulary()["first_published"]["not_source"])


# A bare domain standing for its publisher: "theguardian.com", "NRC.nl", "www.lemonde.fr".
_DOMAIN_NAME = re.compile(r"^(?:www\.)?[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.[^\W\d_]{2,}$")


@lru_cache(maxsize=1)
def _original_url_label() -> re.Pattern[str]:
    """A label and the original's URL on one line ("Original url: https://...")."""
    labels = {label.lower() for label in vocab.data("metadata")["labels"]["original_url"]}
    return re.compile(rf"^(?:{alternation(labels)})\s*:?\s*{_URL.pattern}\s*$", re.I)


def original_url_line(line: str) -> str | None:
    """The URL of a one-line original-URL label ("Original url: <https://...>"), else ``None``."""
    line = line.strip().strip("*_ ")
    if "://" not in line and "www." not in line.lower():  # gate: no URL, no label line (most lines)
        return None
    m = _original_url_label().match(line)
    return m.group(1).rstrip(".,;") if m else None


def _may_hold_url(block: Block) -> bool:
    """Gate before :func:`original_url_line`, its own on the whole line (what it strips holds
    neither) with the lower-cased line all cleaners share: most lines, without a copy each."""
    low = block.plain_lower
    return "://" in block.plain or "www." in (low if low is not None else block.plain.lower())


def _may_open_first_published(block: Block) -> bool:
    """Gate before :func:`first_published`: False when no phrase can open the line (most lines)."""
    low = block.plain_lower  # None: lower-casing could disagree with IGNORECASE on this line
    return low is None or _first_published_start().match(low) is not None


@lru_cache(maxsize=1)
def _shortest_lead() -> int:
    """Length of the shortest first-publication phrase: a line no longer cannot hold one and a name."""
    return min(len(p) for lang in vocabulary()["first_published"]["lead"].values() for p in lang)


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    """Agency names as written (lower-case) -> the name reported."""
    return dict(vocabulary()["agencies"])


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(agencies(), key=len, reverse=True))
    # an optional place/date before the credit, checked by _is_place
    place = rf"(?P<place>[^()\n!?]{{0,{DATELINE_PLACE_CHARS}}}?)"
    # ") -", ") —", and the Spanish style ").-" with a full stop before the dash
    return re.compile(rf"^{place}\(\s*(?P<agency>{names})\s*\)\.?\s*[-—–]+\s*\S", re.I)


# Lower-case words a dateline's place/date may hold ("PARIS, 29 mars", "Frankfurt am Main").
_DATE_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec janv févr avr juil déc mars mai juin "
    "ene abr ago dic mär okt dez "  # Spanish and German abbreviations ("29 abr", "3. Okt.")
    "janvier février avril juillet août septembre octobre novembre décembre januar februar märz "
    "april juni juli august oktober dezember enero febrero marzo abril mayo junio julio agosto "
    "septiembre octubre noviembre diciembre de del la am an der sur upon on".split()
)
_DATE_LIKE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|\d)|\b(?:1[89]|20)\d\d\b",
    re.I,
)


def _is_place(place: str) -> bool:
    """True for a dateline's place/date: empty, "WASHINGTON ...", or a few capitalised words."""
    words = place.replace(",", " ").split()
    if not words:
        return True
    if words[0].isupper() and len(words[0].strip(".")) >= 2:
        return True  # agency datelines put the place in capitals
    return len(words) <= 5 and all(
        w[0].isupper() or w[0].isdigit() or w.lower().strip(".") in _DATE_WORDS for w in words
    )


def dateline_agency(line: str) -> str | None:
    """The agency credited by a dateline that opens ``line`` ("(Reuters) - ..."), if any."""
    if "(" not in line:  # gate: no "(agency)", no dateline (most lines)
        return None
    m = _dateline().match(line)
    if not m or not _is_place(m.group("place")):
        return None
    return agencies()[m.group("agency").lower()]


def first_published(line: str) -> tuple[str, str] | None:
    """``("original_url", url)`` or ``("attributed_source", name)`` for a first-publication line."""
    line = line.strip().strip("*_ ")
    if len(line) <= _shortest_lead():  # gate: too short for a phrase and a name (most lines)
        return None
    m = _first_published().match(line)
    if not m:
        return None
    rest = m.group("rest").strip()
    url = _URL.match(rest)
    if url:
        return "original_url", url.group(1).rstrip(".,;")
    end = _NAME_END.search(rest)
    name = rest[: end.start()] if end else rest
    if end and len(rest[end.start() :].split()) > MAX_TAIL_WORDS:
        return None  # a sentence goes on after the name: body text that mentions a publication
    name = name.strip(" .:;,'\"“”«»*_")
    words = name.split()
    if not words or len(words) > MAX_SOURCE_WORDS or _DATE_LIKE.search(name):
        return None  # "First published on Tue 29 Mar 2022" gives a date, not a source
    if _DOMAIN_NAME.match(name):
        return "attributed_source", name  # "theguardian.com": the domain names the publisher
    if _names_no_source(words):
        return None
    return "attributed_source", name


def _names_no_source(words: list[str]) -> bool:
    """True when the words after a lead name no publisher: a language ("English", "auf
    Englisch"), or lower-case words with no capital after an article ("the print edition")."""
    if " ".join(words).lower() in _not_sources():
        return True
    rest = words[1:] if words[0].lower() in _ARTICLES else words
    if not rest or rest is not words and not any(w[0].isupper() or w[0].isdigit() for w in rest):
        return True  # "the print edition", "the"
    return not (words[0][0].isupper() or words[0].lower() in _ARTICLES)


@cleaner("provenance", kinds=(Kind.METADATA,))
def provenance(doc: Document) -> None:
    """Record agencies from datelines (line kept), first-publication lines and one-line
    original-URL labels (line removed)."""
    for block in doc.blocks:
        if doc.is_dropped(block):
            continue
        line = block.plain
        agency = dateline_agency(line)
        if agency:
            doc.meta("agency", agency)  # block=None: the dateline opens a body paragraph
            continue
        found = first_published(line) if _may_open_first_published(block) else None
        if found and block.n_words <= MAX_LINE_WORDS:
            field_name, value = found
            doc.meta(field_name, value, block)
            continue
        url = original_url_line(line) if _may_hold_url(block) else None
        if url:
            doc.meta("original_url", url, block)
            note_labelled_url(doc, block, url)


# The URL an original-URL label gave, with its line's index: "Original url: <URL>" on one line
# (this cleaner's) or the label over the URL on the next line (the metadata cleaner's). In
# these pages the label is the scraper's record of the address it fetched the page from: the
# metadata cleaner makes it the page's URL (``metadata.url``) when no other is known.
LABELLED_URL_HINT = "original_url_label"


def note_labelled_url(doc: Document, block: Block, url: str) -> None:
    """Record the URL an original-URL label gave on ``block``; the first line's wins."""
    held = doc.hints.get(LABELLED_URL_HINT)
    if held is None or block.index < held[0]:
        doc.hints[LABELLED_URL_HINT] = (block.index, url)


# -- "Source: X": a news outlet, or a chart's, a table's or a fact's source -------------------

_PARTS = re.compile(r"\s*(?:[,;/&]|\band\b)\s*", re.I)  # "company filings, Refinitiv", "AP and Reuters"
_FOLDED_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MIN_LABEL_CHARS = 3  # a rated domain's label shorter than this ("9", "ft") is no name to match
# suffix labels of public bodies, universities and international organisations: their domains
# are rated (federalreserve.gov, who.int) but they publish data, not the news
_NOT_NEWS_SUFFIXES = frozenset({"gov", "gouv", "gob", "govt", "gv", "mil", "edu", "ac", "int"})
_NAME_TAILS = ("news", "online", "digital")  # "BBC News" on bbc.co.uk, "Spiegel Online" on spiegel.de


def _fold(text: str) -> str:
    """Case folded, accents off: "El País" -> "el pais"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


@cache
def _credit_words(kind: str) -> frozenset[str]:
    """A ``[credit]`` word list of the vocabulary, folded."""
    return frozenset(_fold(w) for w in vocabulary()["credit"][kind])


@lru_cache(maxsize=1)
def _known_outlets() -> frozenset[str]:
    """Folded names of the agencies and outlets the project knows: this vocabulary's agencies
    and outlets (names and slugs), and the agencies of ``metadata.toml``."""
    names = {*agencies(), *agencies().values()}
    for spec in vocabulary()["outlets"].values():
        names.update([spec["name"], *spec["slugs"]])
    for name, aliases in vocab.data("metadata")["agencies"].items():
        names.update([name, *aliases])
    return frozenset(_fold(n) for n in names)


@lru_cache(maxsize=1)
def _rated_labels() -> frozenset[str]:
    """The first labels of the hosts the ratings rate ("theguardian" of theguardian.com,
    "spiegel" of spiegel.de, "abcnews" of abcnews.go.com), hyphens out; not those of public
    bodies', universities' and international organisations' domains (federalreserve.gov,
    who.int). Read off the table's keys, without the suffix list: it costs milliseconds."""
    # imported here: the reliability package imports this module
    from ..reliability.ratings import rated_hosts

    return frozenset(
        labels[0].replace("-", "")
        for labels in (host.split(".") for host in rated_hosts())
        if len(labels[0]) >= MIN_LABEL_CHARS and not _NOT_NEWS_SUFFIXES.intersection(labels[1:])
    )


def _spells_rated_domain(words: list[str]) -> bool:
    """True when the folded words spell a rated news domain's label, with or without an
    article and a generic last word ("The Guardian", "Der Spiegel", "BBC News", "El País")."""
    spellings = {"".join(words)}
    if len(words) > 1 and words[0] in _ARTICLES:
        spellings.add("".join(words[1:]))
    spellings |= {n[: -len(t)] for n in spellings for t in _NAME_TAILS if n.endswith(t)}
    labels = _rated_labels()
    return any(n in labels or "the" + n in labels for n in spellings if n)


def _outlet_part(part: str) -> bool:
    """One name of a credit (see :func:`names_outlet`)."""
    folded = _fold(part).strip(" .:*_")
    if folded in _known_outlets():
        return True
    words = _FOLDED_WORD.findall(folded)
    if not words or _credit_words("not_outlet_words").intersection(words):
        return False
    if _DOMAIN_NAME.match(part.strip(" .")):
        from ..reliability.ratings import rating  # imported here, as above

        labels = folded.split(".")
        return rating(folded) is not None and not _NOT_NEWS_SUFFIXES.intersection(labels[1:])
    raw = part.split()
    name = raw[1:] if len(raw) > 1 and raw[0].lower() in _ARTICLES else raw
    if not (name[0][:1].isupper() or name[0][:1].isdigit()):
        return False  # a description, not a name: "interviews with residents"
    return _spells_rated_domain(words) or bool(_credit_words("outlet_words").intersection(words))


def names_outlet(name: str) -> bool:
    """True when the name a "Source:"/"Via:" line gives is a news outlet's or an agency's:
    the line credits a republished article's publisher. False for a chart's, a table's or a
    fact's source, which is the article's own content ("Bureau of Labor Statistics", "company
    filings, Refinitiv", "Twitter", "interviews with residents").

    An outlet is an agency or outlet of the vocabulary ("Reuters", "AP"), a domain the ratings
    rate ("theguardian.com"), a name that spells a rated news domain's label ("The Guardian",
    "Der Spiegel", "El País"; not a ``.gov``, ``.edu``, ``.int`` one), or a capitalised name
    with an outlet's word ("The Moscow Times", "Tarn Valley Independent"); a name with a word of a
    public body, of data or of a platform (``not_outlet_words``: "Federal Reserve", "AP-NORC
    poll", "Twitter") is not one, unless it is a known agency or outlet as a whole. Several
    names ("company filings, Refinitiv") credit an outlet only when each does.
    """
    if "://" in name:  # "Source: https://www.theguardian.com/world/...": the URL's site
        from ..reliability.domain import registrable_domain

        domain = registrable_domain(name.strip())
        return domain is not None and _outlet_part(domain)
    parts = [p for p in _PARTS.split(name) if p.strip(" .")]
    return bool(parts) and all(_outlet_part(p) for p in parts)


_TABLE_OR_IMAGE = re.compile(r"^\s*(?:\||!\[)")


def under_chart(line_above: str | None) -> bool:
    """True when a "Source:" line under ``line_above`` credits a chart, table or figure: that
    line is a table row ("| ... |"), an image ("![...](...)") or opens with a chart's word
    ("Chart: ...", "Figure 2", "**Graphic:** ..."; ``chart_words``)."""
    if not line_above:
        return False
    if _TABLE_OR_IMAGE.match(line_above):
        return True
    first = _FOLDED_WORD.search(_fold(line_above.lstrip("#*_ ")))
    return first is not None and first.start() == 0 and first.group() in _credit_words("chart_words")

