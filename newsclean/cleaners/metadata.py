"""Metadata lines: title, byline (authors and agency), dates, URL lines, attribution.

Each line found becomes a Metadata field and is removed with kind ``metadata``; labels that
only announce the next line ("Original url:", "Date Created") are removed as ``template``.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files
from typing import Any

from ..dates import date_line, may_hold_date
from ..document import Block, Document, Kind
from ..phrases import alternation
from ..registry import cleaner

# A sentence this long that ends like one is body prose: the title search stops there.
BODY_SENTENCE_WORDS = 12
_MAX_DATELINE = 80  # characters: a longer line is prose that mentions a date
_URL_LINE = re.compile(r"^<?(https?://[^\s<>]+)>?$")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÞŁŚŻ][\w'’.-]*|de|da|del|der|den|di|du|la|le|van|von|bin|al|el|ter|mc)$")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    return tomllib.loads(files(__package__).joinpath("vocab/metadata.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    v = _vocab()
    labels = [label for phrases in v["labels"].values() for label in phrases]
    agencies = {alias: name for name, aliases in v["agencies"].items() for alias in aliases}
    return {
        "byline": re.compile(rf"^(?:{alternation(v['byline']['lead'])})\s+(?P<names>\S.*)$", re.I),
        "joins": re.compile(rf"\s*(?:,|;|\||\s(?:{alternation(v['byline']['joins'][1:])})\s)\s*", re.I),
        "agency_join": re.compile(
            rf"^(?P<name>.*?)\s+(?:{alternation(v['byline']['agency_joins'])})\s*(?P<agency>.+)$", re.I
        ),
        "agencies": agencies,
        "organisation": set(v["byline"]["organisation_words"]),
        "attribution": re.compile(
            rf"^(?:{alternation(v['attribution']['labels'])})\s*:\s*(?P<source>\S.{{0,60}})$", re.I
        ),
        # one regex for both labels; the group that matched names it (original_url first,
        # the order in which the two were tried when they were two regexes)
        "label": re.compile(
            rf"^(?:(?P<original_url>{alternation(v['labels']['original_url'])})"
            rf"|(?P<date>{alternation(v['labels']['date'])}))\s*:?\s*$",
            re.I,
        ),
        # what every label, byline, attribution and URL line opens with: one regex call rules
        # out most lines before the patterns above (see _may_open_field)
        "opening": re.compile(
            rf"^(?:<?https?://|{alternation(v['byline']['lead'] + v['attribution']['labels'] + labels)})",
            re.I,
        ),
    }


def _may_open_field(text: str) -> bool:
    """Gate: False when no label, byline, attribution or URL can open ``text`` (most lines)."""
    return _patterns()["opening"].match(text) is not None


def agency_name(text: str) -> str | None:
    """The canonical agency name for ``text`` ("Agence France-Presse" -> "AFP"), if it is one."""
    return _patterns()["agencies"].get(text.strip(" ().").lower())


def parse_byline(text: str) -> tuple[list[str], str | None] | None:
    """``(authors, agency)`` for a byline ("By A for AFP and B for AFP"), ``None`` if it is not one.

    Prefers fewer authors to wrong ones: every part must read as a person's name or an agency,
    or the line is not taken as a byline at all. An organisation ("CNN Staff") is not an author.
    """
    p = _patterns()
    m = p["byline"].match(text.strip())
    if not m or len(text.split()) > 16:
        return None
    authors: list[str] = []
    agency = None
    for part in p["joins"].split(m.group("names").strip(" .")):
        part = part.strip(" .")
        if not part:
            continue
        joined = p["agency_join"].match(part)
        if joined and agency_name(joined.group("agency")):
            agency = agency or agency_name(joined.group("agency"))
            part = joined.group("name")
        if agency_name(part):
            agency = agency or agency_name(part)
            continue
        words = part.split()
        describes = any(w.lower().strip(",") in p["organisation"] for w in words)
        if authors and describes and len(words) <= 4:
            continue  # "By A, Political Correspondent", "By A and B, BBC News": a role or outlet
        if not 1 <= len(words) <= 4 or not all(_NAME_WORD.match(w) for w in words):
            return None
        if not words[0][0].isupper() or describes:
            return None
        authors.append(part)
    if not authors and not agency:
        return None
    return authors, agency


_NOT_TITLE_ENDS = (".", ":", ",", ";", "。", "：", "，", "；")  # headlines may end with ? or !


def _is_title_like(block: Block) -> bool:
    if block.text.startswith("#"):
        return 1 <= block.n_words <= 40
    return 3 <= block.n_words <= 30 and not block.plain.endswith(_NOT_TITLE_ENDS) and not block.has_link


def _is_body_prose(block: Block) -> bool:
    """A long line, or a full sentence of some length: the article's body, not its header."""
    return block.n_words > 30 or (block.n_words >= BODY_SENTENCE_WORDS and block.ends_with_punctuation)


@cleaner("metadata", kinds=(Kind.METADATA, Kind.TEMPLATE, Kind.DUPLICATE))
def metadata(doc: Document, title_window: int = 6, footer_window: int = 3) -> None:
    """Claim metadata lines: see the module docstring.

    A bare URL line is metadata in the header (``title_window`` lines), the footer
    (``footer_window`` lines) or after a label; inside the article it may be the article's own.
    """
    blocks = doc.kept()
    edges = {b.index for b in blocks[:title_window] + blocks[-footer_window:]}
    label = None  # the label line before this one, if any ("original_url", "date")
    for block in blocks:
        text = block.plain
        opens_field = _may_open_field(text)
        found = _label(text) if opens_field else None
        if found == "original_url":
            doc.drop(block, Kind.TEMPLATE, "label announcing the original URL")
            label = found
            continue
        if found == "date":
            doc.drop(block, Kind.TEMPLATE, "label announcing a date")
            label = found
            continue
        if opens_field or _may_be_date(text):
            _claim(doc, block, text, label, block.index in edges, opens_field)
        label = None
    _claim_title(doc, title_window)


def _label(text: str) -> str | None:
    """ "original_url" or "date" for a line that only announces the next one, else None."""
    m = _patterns()["label"].match(text)
    return m.lastgroup if m else None


def _may_be_date(text: str) -> bool:
    """Gate before the date patterns: a dateline is short and holds a year."""
    return len(text) <= _MAX_DATELINE and may_hold_date(text)


def _claim(
    doc: Document, block: Block, text: str, label: str | None, at_edge: bool, opens_field: bool
) -> None:
    """Claim the line as a URL, date, byline or attribution, the first that fits.

    ``opens_field`` is :func:`_may_open_field`: without it only a date can fit.
    """
    p = _patterns()
    url = _URL_LINE.match(text) if opens_field else None
    if url and (at_edge or label):
        if label == "original_url":
            doc.meta("original_url", url.group(1))
        doc.meta("url", url.group(1), block)
        return
    dates = date_line(text) if len(text) <= _MAX_DATELINE else None  # date_line has the year gate
    if dates:
        published, updated = dates
        if published:
            doc.meta("published", published, block)
        if updated:
            doc.meta("updated", updated, block)
        return
    if not opens_field:
        return
    byline = parse_byline(text)
    if byline:
        authors, agency = byline
        doc.meta("authors", authors, block)
        if agency:
            doc.meta("agency", agency)
        return
    attribution = p["attribution"].match(text)
    if attribution and len(attribution.group("source").split()) <= 6 and not text.endswith("."):
        source = attribution.group("source").strip()
        doc.meta("attributed_source", agency_name(source) or source, block)


def _claim_title(doc: Document, window: int) -> None:
    title = doc.metadata.title  # set already when the HTML page declared it
    line_seen = False
    if not title:
        kept = doc.kept()
        for block in kept[:window]:
            if block is kept[-1]:
                break  # a line with nothing after it is the text itself, not its title
            if _is_title_like(block):
                doc.meta("title", block.plain, block)
                title, line_seen = block.plain, True
                break
            if _is_body_prose(block):
                break  # the body has begun: a short line after it is a subheading, not the title
    if not title:
        return
    # the headline line itself (HTML path), then the same headline again: pages often print
    # it two or three times
    folded = title.casefold()
    for block in doc.kept()[: window + 2]:
        if block.plain.casefold() == folded:
            if line_seen:
                doc.drop(block, Kind.DUPLICATE, "title repeated")
            else:
                doc.drop(block, Kind.METADATA, "title line")
                line_seen = True
