"""Metadata lines: title, byline (authors and agency), dates, URL lines, attribution.

Each line found becomes a Metadata field and is removed with kind ``metadata``; labels that
only announce the next line ("Date Created") are removed as ``template``. "Original url:" over
a URL is one field, both lines metadata (the label alone is template), as "Original url: <URL>"
on one line (the ``provenance`` cleaner's) is: the URL is ``original_url``, and, as the
scraper's record of the address the page was fetched from, ``metadata.url`` when no other page
URL is known (given, declared by the HTML, or a bare URL line at the top or the foot).
A bare URL line is the page's address only in the header (among the top lines, above the
body's first line of prose) or at the foot, and not when it is on a site pages link to or
embed (a social network, a video site, a link shortener: ``reliability.domain.LINK_PLATFORMS``);
elsewhere it is a link the article printed and stays. Reliability weighs such a URL's rating
half (``URL_LINE_HINT``): the line may still be a link the page printed.

- Title: a markdown "# " headline before the body, else the first line near the top that reads
  like a headline. Menu entries (runs of short lines, one item a line on full pages) and list
  items are not headlines; a question answered in the next paragraph (a Q&A) is not one either,
  unless the page repeats it or a byline or date line follows it.
  A text rendering's first line is the HTML ``<title>``: when a later line prints a part of it
  alone ("Headline - Site", then "Headline"), that part is the title; else the site's name goes
  when the page prints it elsewhere ("© 2019 Site").
- Bylines: "By A and B for AFP", also with a role after the names ("By A Local Democracy
  Reporter") and with more on the line ("By A - 12 March 2024", "By A Updated Nov 13, 2019",
  whose date is claimed too); in the header, a name with no "By" that a date, the name's own
  handle, a role or an agency follows ("A - Nov 19, 2019", "A @handle", "A, Staff Writer", "A
  Associated Press"), or a date and the post's comment link ("A 27/09/2018 2 comments News",
  a blog's post line); a lead alone on its line ("By", "Author:") with the names on the next;
  the whole line a name and its role, as Korean, Chinese and Japanese news sign an article at
  its top or its foot ("홍길동 기자 gildong@example.co.kr", "佐藤健一 記者"; a Korean role also
  glued to the name: "홍길동기자"), or a lead byline of those scripts in brackets ("（记者
  王磊）"); a sentence about a reporter is prose.
  The header runs until two lines of prose in a row (a cookie notice or a question does not
  count), so a byline under a one-sentence standfirst is the header's. After the body, one
  byline signs the article; several are other stories'. A part that is a phrase ("By Any
  Means Necessary") or an outlet ("The Guardian") names no author.
- Dates: a date line on its own, optionally labelled with a publishing word ("Published:",
  "Mis à jour :", ``[dateline.labels]`` in the vocabulary). A date labelled otherwise ("* Last
  service: 13 December 2026", "Opening: 12 March 2027" in the body) is the article's. A slashed
  date that could be read either way ("04/03/2022") is read as the page's other numeric dates
  with the same separator say, when all those that cannot ("13/04/2022") agree; else day first
  on a page under the domain of a country that writes the day first (the page's URL, as given
  or declared).
- Attribution: "Source: The Guardian", "Via: Reuters" when the name is a news outlet's or an
  agency's (``provenance.names_outlet``); a chart's, a table's or a fact's source ("Source:
  Bureau of Labor Statistics", a "Source:" line under a table or a chart) is the article's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice, takewhile
from typing import Any

from ..dates import (
    date_line,
    find_dates,
    is_date_word,
    is_month,
    may_hold_date,
    opens_period,
    reading_day_first,
    writes_day_first,
)
from ..document import CLOSERS, EMAIL, URL_LINE_HINT, Block, Document, Kind
from ..markdown import BULLETS, LIST_MARKER
from ..phrases import alternation
from ..registry import cleaner
from ..scripts import HAN_KANA, HANGUL, SPACED_SCRIPT_STOPS, UNSPACED
from . import vocab
from .boilerplate import PAGE_TITLE_HINT, is_furniture_block
from .promos import count_words
from .provenance import LABELLED_URL_HINT, names_outlet, note_labelled_url, original_url_line, under_chart

# A sentence this long that ends like one is body prose: the title search stops there.
BODY_SENTENCE_WORDS = 12
_MAX_DATELINE = 80  # characters: a longer line is prose that mentions a date
_MAX_POST_LINE = 160  # a name, a date, a comment link and the post's categories
_URL_LINE = re.compile(r"^<?(https?://[^\s<>]+)>?$")
# A line (or list item) that opens with a label: "Opening: ...", "* Last service: ...",
# "1. Born: ...". The label holds no digit, so a time ("Nov 18, 2019 at 9:24 pm") is never one.
_LABELLED = re.compile(
    rf"^(?P<item>{LIST_MARKER}\s*)?[_*]*(?P<label>[^\W\d_][^:：\d]{{0,48}}?)[_*]*\s*[:：]"
)  # [_*]: an emphasis marker left unpaired ("_Updated: ...")
# Header fields: a line claimed as one of these is evidence that the line above is a headline.
_HEADER_FIELDS = ("authors", "published", "updated")
_LIST_ITEM = re.compile(f"^{LIST_MARKER}")


def _list_item(text: str) -> re.Match[str] | None:
    """``_LIST_ITEM`` matched on ``text``. A list marker opens with a bullet or a digit: the
    first character rules out most lines before the pattern is called (asked of every line
    of a page's header)."""
    first = text[:1]
    return _LIST_ITEM.match(text) if first in BULLETS or first.isdigit() else None


# a clock time, then a separator: a live blog's entry
_TIME_LED = re.compile(r"\d{1,2}[.:h]\d{2}\s*(?:[ap]\.?m\.?|uhr|uur|h)?\s*[:–—-]\s", re.I)
# A run of this many consecutive short lines (one to three words) is a menu, not headlines.
MENU_RUN_LINES = 3
_MENU_ENTRY_WORDS = 3
_QUESTION_ENDS = ("?", "？")
_PARTICLES = "de da del der den di du la le van von bin al el ter ten mc do dos das della dei 't".split()
# a capital of any script ("Černý", "Şebnem", "Ольга"), then letters, apostrophes, dots, hyphens
# Han and kana: a Chinese or Japanese name is one word
_UNSPACED = re.compile(f"[{HAN_KANA}]")
_HANGUL_WORD = re.compile(f"[{HANGUL}]+")
_NAME_WORD = re.compile(rf"^(?:(?=[^\W\d_])[\w'’.-]+|{'|'.join(_PARTICLES)})$")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    return vocab.data("metadata")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    v = _vocab()
    labels = [label for phrases in v["labels"].values() for label in phrases]
    agencies = {alias: name for name, aliases in v["agencies"].items() for alias in aliases}
    openers = v["byline"]["lead"] + v["attribution"]["labels"] + labels
    opening = rf"<?https?://|{alternation(openers)}"
    opening_lower = rf"<?https?://|{alternation(p.lower() for p in openers)}"
    return {
        # "By Jane Doe", "By: Jane Doe", "Author: Jane Doe"
        # (a full-width colon needs no space after it: "记者：王磊")
        "byline": re.compile(
            rf"^(?P<lead>{alternation(v['byline']['lead'])})(?:\s*:\s+|\s*：\s*|\s+)(?P<names>\S.*)$", re.I
        ),
        "joins": re.compile(rf"\s*(?:[,;|、，；]|\s(?:{alternation(v['byline']['joins'][1:])})\s)\s*", re.I),
        "agency_join": re.compile(
            rf"^(?P<name>.*?)\s+(?:{alternation(v['byline']['agency_joins'])})\s*(?P<agency>.+)$", re.I
        ),
        "agencies": agencies,
        "agency_ends": {alias.split()[-1].strip("().") for alias in agencies},  # "press" of "associated press"
        "dateline_labels": {label for phrases in v["dateline"]["labels"].values() for label in phrases},
        # lower-case words a byline's names may hold: joins, agency joins, name particles
        "name_joins": set(v["byline"]["joins"][1:] + v["byline"]["agency_joins"] + _PARTICLES),
        "organisation": set(v["byline"]["organisation_words"]),
        "occasion": set(v["byline"]["occasion_words"]),
        "phrase": set(v["byline"]["phrase_words"]),
        "roles": set(v["byline"]["roles"]),
        "after_name": {
            "roles": set(v["byline"]["after_name"]["roles"]),
            "surnames": set(v["byline"]["after_name"]["ko_surnames"]),
            "not_name_ends": tuple(v["byline"]["after_name"]["not_name_ends"]),
            # the Korean roles, longest first: a name is glued to one as often ("홍길동기자")
            "glued": tuple(
                sorted((r for r in v["byline"]["after_name"]["roles"] if _HANGUL_WORD.fullmatch(r)), key=len, reverse=True)
            ),
        },
        "role_modifiers": set(v["byline"]["role_modifiers"]),
        "attribution": re.compile(
            rf"^(?P<label>{alternation(v['attribution']['labels'])})\s*:\s*(?P<source>\S.{{0,60}})$", re.I
        ),
        "also_data": {label.casefold() for label in v["attribution"]["also_data"]},
        # one regex for the labels; the group that matched names it (original_url first, the
        # order in which they were tried when they were separate regexes); "byline": a byline's
        # lead alone ("By", "Author:"), the names on the next line
        "label": re.compile(
            rf"^(?:(?P<original_url>{alternation(v['labels']['original_url'])})"
            rf"|(?P<date>{alternation(v['labels']['date'])})"
            rf"|(?P<byline>{alternation({lead.rstrip(':') for lead in v['byline']['lead']})}))\s*:?\s*$",
            re.I,
        ),
        # what every label, byline, attribution and URL line opens with: one regex call rules
        # out most lines before the patterns above (see _may_open_field); "opening_lower" is
        # the same for the lower-cased line, where the engine rules a phrase out on its first
        # letter in C (IGNORECASE tries them one by one)
        "opening": re.compile(rf"^(?:{opening})", re.I),
        "opening_lower": re.compile(rf"^(?:{opening_lower})"),
    }


def _labelled_content(text: str, in_body: bool) -> bool:
    """True for a labelled date whose label is not a publishing word ("Opening: 12 March 2027"):
    the article's own fact, not the page's dateline.

    A list item is the article's wherever it stands. A line is when the body has begun
    (``in_body``); in the header an unknown label still opens a dateline, as the vocabulary
    does not know every language's ("기사입력 :"). "Published: ..." and a bare date are
    datelines everywhere.
    """
    m = _LABELLED.match(text)
    if not m or not (m.group("item") or in_body):
        return False
    label = " ".join(m.group("label").split()).casefold()
    return label not in _patterns()["dateline_labels"]


TITLE_WINDOW = 6  # the metadata cleaner's default ``title_window``: the page's top lines
FOOTER_WINDOW = 3  # ... and its ``footer_window``


def edge_url(doc: Document, head: int = TITLE_WINDOW, foot: int = FOOTER_WINDOW) -> str | None:
    """The URL a line of its own gives at the top (``head`` kept lines, above the first line of
    body prose) or the foot (``foot``) of the page, not on a site pages link to or embed, as
    this cleaner claims it with its default windows: for a cleaner that runs
    before it and needs the page's URL (``cross_page``'s source, as ``newsclean profile``
    learned it from ``metadata.url``). A URL under an original-URL label ("Original url:") is
    the page's only when no other URL line is: as the cleaner does, the first such label's URL,
    on its line or the next one, anywhere in the page, is the fallback."""
    kept = doc.kept()
    for block in [*_above_body(kept[:head]), *kept[-foot:]]:
        found = _URL_LINE.match(block.plain)
        if found and not _under_original_label(doc, block) and not _is_link_platform(found.group(1)):
            return found.group(1)
    for block in kept:
        if "://" not in block.plain and "www." not in block.plain.lower():  # gate: most lines
            continue
        found = _URL_LINE.match(block.plain)
        if found and _under_original_label(doc, block):
            return found.group(1)
        url = original_url_line(block.plain)
        if url:
            return url
    return None


def _above_body(top: list[Block]) -> Iterator[Block]:
    """The lines of ``top`` above the first line of body prose (a notice is none)."""
    return takewhile(lambda block: not _is_body_prose(block) or _is_notice(block), top)


def _is_link_platform(url: str) -> bool:
    """A URL on a site that pages link to or embed (a post, a video, a short link): never the
    page's own address (:func:`~newsclean.reliability.domain.is_link_platform`)."""
    from ..reliability.domain import is_link_platform  # here: tldextract only for a URL line

    return is_link_platform(url)


def _under_original_label(doc: Document, block: Block) -> bool:
    """True when the line right above ``block`` is a kept original-URL label ("Original url:")."""
    if not block.index:
        return False
    above = doc.blocks[block.index - 1]
    return not doc.is_dropped(above) and _label(above.plain) == "original_url"


def _may_open_field(block: Block) -> bool:
    """Gate: False when no label, byline, attribution or URL can open the line (most lines)."""
    low = block.plain_lower  # None: lower-casing could disagree with IGNORECASE on this line
    if low is None:
        return _patterns()["opening"].match(block.plain) is not None
    return _patterns()["opening_lower"].match(low) is not None


def _is_name_word(word: str, caseless: bool = False) -> bool:
    """A word of a person's name: one that starts with a capital, or a particle ("de", "van");
    with ``caseless``, also one in a script without capitals ("محمد", "王磊")."""
    if _NAME_WORD.match(word) is None:
        return False
    return word[0].isupper() or word in _PARTICLES or (caseless and _is_caseless(word[0]))


def _is_caseless(text: str) -> bool:
    """Letters, none of which has a capital and a small form (Arabic, Hebrew, Chinese, Korean):
    a byline's lead in such a script ("بقلم", "מאת", "记者") vouches for the names after it, as
    they cannot show a capital. "By" does not: a Latin lead wants capitals."""
    return any(c.isalpha() for c in text) and not any(c.isupper() or c.islower() for c in text)


def agency_name(text: str) -> str | None:
    """The canonical agency name for ``text`` ("Agence France-Presse" -> "AFP"), if it is one."""
    agencies: dict[str, str] = _patterns()["agencies"]
    return agencies.get(text.strip(" ().").lower())


def parse_byline(text: str) -> tuple[list[str], str | None] | None:
    """``(authors, agency)`` for a byline ("By A for AFP and B for AFP"), ``None`` if it is not one.

    Prefers fewer authors to wrong ones: every part must read as a person's name or an agency,
    or the line is not taken as a byline at all. An organisation ("CNN Staff") is not an author.
    """
    p = _patterns()
    m = p["byline"].match(text.strip())
    if not m or len(text.split()) > 16:
        return None
    caseless = _is_caseless(m.group("lead"))
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
        if authors and agency_name(words[0]) and words[-1].lower() in p["roles"]:
            agency = agency or agency_name(words[0])  # "A, AP Auto Writer": the agency's writer
            continue
        words, suffix = _agency_suffix(words)
        agency = agency or suffix
        if len(words) > BYLINE_MIN_NAME_WORDS and _BRAND.match(words[-1]):
            words = words[:-1]  # "Jonathan Garber FOXBusiness": the outlet, glued by a rendering
        words = _without_role(words)
        part = " ".join(words)
        lowered = [w.lower().strip(",") for w in words]
        describes = any(w in p["organisation"] or w in p["phrase"] for w in lowered) or _WEB_NAME.search(part)
        if authors and describes and len(words) <= 4:
            continue  # "By A, Political Correspondent", "By A and B, BBC News": a role or outlet
        if not 1 <= len(words) <= 4 or not all(_is_name_word(w, caseless) for w in words):
            return None
        if not (words[0][0].isupper() or caseless) or describes:
            return None
        if caseless and len(words) > 1 and any(_UNSPACED.search(w) for w in words):
            return None  # "记者 王磊 张三": one name or several? Chinese writes a name as one word
        if caseless and len(part) > UNSPACED_NAME_MAX_CHARS and _UNSPACED.search(part):
            return None  # "记者 从市教育局获悉今年...": a sentence after the lead, with no spaces
        authors.append(part)
    if not authors and not agency:
        return None
    return authors, agency


AGENCY_MAX_WORDS = 3  # "Agence France-Presse", "The Associated Press"
UNSPACED_NAME_MAX_CHARS = 8  # a Chinese name has two to four characters, a Japanese one rarely eight


def _agency_suffix(words: list[str]) -> tuple[list[str], str | None]:
    """The words of a byline part without an agency's name that ends them, and that agency
    ("Tom Davies Associated Press" -> "Tom Davies", "AP"); the words unchanged and None if no
    agency ends them."""
    for k in range(min(AGENCY_MAX_WORDS, len(words) - 1), 0, -1):
        agency = agency_name(" ".join(words[-k:]))
        if agency:
            return words[:-k], agency
    return words, None


_BYLINE_ENDS = ("-", "–", "—", "|", "/", "•", "·", "@")  # what opens the rest of a byline's line
BYLINE_MIN_NAME_WORDS = 2  # a name cut out of a longer line: "By Regan" alone is one word
_Byline = tuple[tuple[list[str], str | None], str]  # (authors, agency), the rest of the line


def _name_end(words: list[str]) -> int | None:
    """Where the names end in a byline's words: at a separator, a handle, a figure or a date's
    word (a month, "Updated", "publiziert"); None when they run to the end. A month or a
    particle that the name needs is the name's (:func:`_in_name`: "April Jones", "Anna Mai",
    "Mayra Le Duc")."""
    for i, w in enumerate(words):
        if w.startswith(_BYLINE_ENDS) or w[0].isdigit() or (is_date_word(w) and not _in_name(words, i)):
            return i
    return None


def _in_name(words: list[str], i: int) -> bool:
    """Whether the date's word ``words[i]`` is a name's: a month's name or a particle with fewer
    than two words of the name before it, and no day's number after it ("Regan August 19")."""
    word = words[i]
    maybe_name = is_month(word) or word.lower() in _PARTICLES
    return maybe_name and i < BYLINE_MIN_NAME_WORDS and i + 1 < len(words) and not words[i + 1][0].isdigit()


def split_byline(text: str) -> _Byline | None:
    """A byline that its line goes on after ("By Tess Bonn - 11/19/19 06:56 AM EST", "By Umair
    Irfan Updated Nov 13, 2019", "Von Moritz Bachmann publiziert am 25. September 2018"): the
    byline (as :func:`parse_byline` gives it) and the rest of the line, ``None`` otherwise.

    The byline ends at the first word that is no name (:func:`_name_end`). A lower-case word of
    prose before it means no byline ("By Christmas Eve the shops had ..."), and two name words
    are needed."""
    m = _patterns()["byline"].match(text.strip())
    if not m:
        return None
    words = m.group("names").split()
    end = _name_end(words)
    if end is None:
        return None  # names to the end of the line: parse_byline's
    if any(w[0].islower() and w.lower() not in _patterns()["name_joins"] for w in words[:end]):
        return None  # prose, not a name
    names = " ".join(words[:end]).rstrip(",")
    if len([w for w in names.split() if w[0].isupper()]) < BYLINE_MIN_NAME_WORDS:
        return None
    byline = parse_byline(text.strip()[: m.start("names")] + names)
    return (byline, " ".join(words[end:])) if byline else None


NAME_DATELINE_MAX_WORDS = 4


def name_dateline(text: str) -> _Byline | None:
    """An author's name, or an agency's, that a date or a handle follows on its line with no
    "By" ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "Natasha Turak @NatashaTurak",
    "Reuters November 18, 2019 11:03 PM"): the byline and the rest of the line, else ``None``.
    The rest must read as a date (:func:`~newsclean.dates.date_line`) or open with the name's
    own handle (:func:`_is_own_handle`: not "Follow Us @nytimes"); a name with an occasion's
    word is no person's ("Christmas Day - December 25, 2019")."""
    words = text.split()
    end = _name_end(words)
    if end is None or end > NAME_DATELINE_MAX_WORDS or (end < BYLINE_MIN_NAME_WORDS and not agency_name(" ".join(words[:end]))):
        return None
    if any(w.lower() in _patterns()["occasion"] for w in words[:end]):
        return None
    rest = words[end:]
    handle = rest[0].startswith("@") and _is_own_handle(rest[0], words[:end])
    while rest and rest[0].startswith(_BYLINE_ENDS):
        rest.pop(0)
    if not handle and not (rest and _dates_the_post(" ".join(rest))):
        return None
    byline = parse_byline("By " + " ".join(words[:end]))
    return (byline, " ".join(words[end:])) if byline else None


def _dates_the_post(rest: str) -> bool:
    """Whether the rest of a name's line reads as the post's date: a date alone, or a date that
    the post's comment link follows, as blog themes print name, date, comments and categories
    with no separators between them ("27/09/2018 2 comentários Notícias, Escola", "March 3,
    2019 Leave a comment"). The comment link is the evidence that the line is the post's own
    header; a sentence (ending with ".") is prose that mentions a date."""
    if date_line(rest):
        return True
    found = find_dates(rest)
    if len(found) != 1 or found[0][0] != 0 or rest.endswith("."):
        return False
    return bool(_comment_link().match(rest[found[0][1] :].lstrip()))


@lru_cache(maxsize=1)
def _comment_link() -> re.Pattern[str]:
    """A post's comment link opening a text: a count and its word ("2 comentários", "0
    Comments") or a prompt to comment ("Leave a comment", "Comente!"), in the words of
    vocab/promos.toml, where the same links are dropped when they stand alone."""
    prompts = [phrase for phrases in vocab.data("promos")["feedback"]["whole"].values() for phrase in phrases]
    return re.compile(rf"(?:\d+\s+(?:{alternation(sorted(count_words()))})|{alternation(prompts)})(?!\w)", re.I)


HANDLE_NAME_MIN_CHARS = 3  # a shorter word of a name ("Li", "de") is in too many handles


def _is_own_handle(handle: str, name: list[str]) -> bool:
    """Whether ``handle`` ("@NatashaTurak", "@jsmith", "@Reuters") is made of the name: one of
    its words, three letters or more, is in it. People and agencies sign with their own handle;
    a handle after other words is a prompt or a different account ("Follow Us @nytimes")."""
    handle = handle.casefold()
    return any(len(w) >= HANDLE_NAME_MIN_CHARS and w.casefold().strip(".,") in handle for w in name)


NAME_WITH_ROLE_MAX_WORDS = 8


def _names_a_role(block: Block) -> bool:
    """Gate for :func:`name_with_role`: a short line that ends with a role's word ("Writer") or
    the last word of an agency's name ("Press")."""
    words = block.words
    if not words or len(words) > NAME_WITH_ROLE_MAX_WORDS:
        return False
    last = words[-1].lower()
    return last in _patterns()["roles"] or last in _patterns()["agency_ends"]


# a wire story's dateline, a place and the agency: "Paris (Reuters)", or a line in capitals
# ("HONG KONG AFP")
_WIRE_DATELINE = re.compile(r"\(\w[\w .-]*\)\s*$|^[^a-z]+$")
_CREDIT_ROLES = frozenset({"photographer", "photographers"})
_ROLE_SEPARATOR = re.compile(r"\s*[,|]\s*")  # as parse_byline splits parts


def name_with_role(text: str) -> _Byline | None:
    """A name and its role or agency with no "By", as a header prints them under the headline
    ("Tom Krisher, AP Auto Writer", "Jane Smith | Staff Writer", "Tom Davies Associated Press"):
    the byline, else ``None``. The role (after a separator, ending in a role's word) or the
    agency right after the name is the evidence: a name alone ("Hong Kong") could be any short
    line, a role with no separator may follow an outlet's name ("Al Jazeera Correspondent"), and
    a name, a comma and an agency credit a photo as often as an article."""
    if len(text.split()) > NAME_WITH_ROLE_MAX_WORDS:
        return None
    parts = _ROLE_SEPARATOR.split(text.strip(), maxsplit=1)
    role = parts[1].split()[-1].lower() if len(parts) == 2 and parts[1] else ""
    if role in _CREDIT_ROLES:
        return None  # a credit under a picture: "Jane Smith, Staff Photographer"
    with_role = role in _patterns()["roles"]
    if not with_role and (len(parts) == 2 or not _agency_suffix(text.split())[1] or _WIRE_DATELINE.search(text)):
        return None  # "Al Goldis, Associated Press" under a caption credits a photo
    byline = parse_byline("By " + text)
    if not byline or not byline[0] or len(byline[0][0].split()) < BYLINE_MIN_NAME_WORDS:
        return None
    return byline, ""


ROLE_AFTER_NAME_MAX_WORDS = 6  # an outlet or desk, two names, the role, an e-mail
_SIGNED_NAME_JOINS = re.compile(r"\s*[·,、，]\s*")  # "홍길동·김철수 기자"
_HANGUL_NAME = re.compile(f"[{HANGUL}]{{2,4}}")
_HAN_KANA_NAME = re.compile(f"[{HAN_KANA}][{HAN_KANA}・]{{1,5}}")


_MAX_SIGNED_LINE = 80  # characters: "= 정치부 홍길동·김철수 특파원 gildong.hong@example-news.co.kr"


def _may_sign(text: str) -> bool:
    """Gate for :func:`role_after_name`: a short line in brackets, or one whose last or last but
    one word (an e-mail after it) is a role of ``[byline.after_name]``. Only string tests:
    it runs on every line. A Korean role may be glued to the name ("홍길동기자")."""
    if len(text) > _MAX_SIGNED_LINE:
        return False
    if text[:1] in "（(":
        return text[-1:] in "）)"
    after_name = _patterns()["after_name"]
    last = text.split()[-2:]
    if not after_name["roles"].isdisjoint(last):
        return True
    return not text.isascii() and any(w.endswith(after_name["glued"]) for w in last)


def role_after_name(text: str) -> _Byline | None:
    """A byline with no lead word, the role after the name, as Korean, Chinese and Japanese
    news sign an article at its top or its foot ("홍길동 기자", "= 홍길동·김철수 특파원
    gildong@example.co.kr", "정치부 홍길동 기자", "王磊 记者", the Korean role also glued to the
    name: "홍길동기자"), or a lead byline of those scripts in brackets ("（记者 王磊）"): the
    byline, else ``None``.

    The whole line must be that: a desk's or an outlet's name may come first, an e-mail last
    (it goes with the line); a sentence that mentions a reporter ("홍길동 기자는 ...") is
    prose. Each name must read as one (:func:`_is_signed_name`)."""
    text = text.strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        inner = text[1:-1].strip()
        byline = parse_byline(inner) if inner and _is_caseless(inner.split()[0]) else None
        return (byline, "") if byline and byline[0] else None
    words = text.lstrip("=/-—– ").split()
    if not 1 <= len(words) <= ROLE_AFTER_NAME_MAX_WORDS:
        return None
    mailed = EMAIL.fullmatch(words[-1]) is not None
    if mailed:
        words.pop()
    if words and words[-1] not in _patterns()["after_name"]["roles"]:
        words[-1:] = _unglued_role(words[-1], mailed)
    if len(words) < 2 or words[-1] not in _patterns()["after_name"]["roles"]:
        return None
    names = _SIGNED_NAME_JOINS.split(" ".join(words[:-1]))
    first = names[0].split()
    if len(first) == 2 and first[0].endswith(_patterns()["after_name"]["not_name_ends"]):
        names[0] = first[1]  # after a desk's or an outlet's name: "정치부 홍길동 기자"
    if len(names) > 3 or not all(_is_signed_name(name, mailed) for name in names):
        return None
    return (names, None), ""


def _unglued_role(word: str, mailed: bool) -> list[str]:
    """A Korean name and the role glued to it ("홍길동기자", "김민수선임기자", "김민수·박지영기자")
    as two words, when the name before the role is two to four Hangul syllables; else
    ``[word]``. Of two roles the word may end with ("대기자", "기자"), the longer is tried first,
    then the shorter: the name must read as one (:func:`_is_signed_name`, as a spaced one)."""
    for role in _patterns()["after_name"]["glued"]:
        names = word[: -len(role)]
        name = _SIGNED_NAME_JOINS.split(names)[-1]
        if word.endswith(role) and _HANGUL_NAME.fullmatch(name) and _is_signed_name(name, mailed):
            return [names, role]
    return [word]


def _is_signed_name(name: str, mailed: bool) -> bool:
    """A Korean name (a surname of ``ko_surnames`` and one or two syllables) or a Chinese or
    Japanese one (two to six characters), not a desk's or an outlet's (``not_name_ends``:
    "정치부", "新华社"). A name of two syllables or characters also wants the e-mail after the
    role: as often, the word is a kind of reporter ("전직 기자" a former one, "摄影 记者")."""
    after_name = _patterns()["after_name"]
    if (len(name) == 2 and not mailed) or name.endswith(after_name["not_name_ends"]):
        return False
    if _HAN_KANA_NAME.fullmatch(name):
        return True
    if not _HANGUL_NAME.fullmatch(name):
        return False
    surnames = after_name["surnames"]
    return any(name[:k] in surnames and 1 <= len(name) - k <= 2 for k in (1, 2))


META_ITEM_MAX_WORDS = 5  # "0 Comments", "in Jeongdong Promotion", "by Joe Rossignol"
_META_SPLIT = re.compile(r"\s+[/|•·]\s+|\s+(?=by\s)", re.IGNORECASE)


def meta_line(text: str) -> tuple[tuple[str | None, str | None], _Byline | None] | None:
    """A header line that holds the article's date among short items ("October 12, 2018 / 0
    Comments / in Promotion / by jdadmin", "Monday November 18, 2019 7:45 am PST by Joe
    Rossignol", "21/06/2014 Tony Carter All, Books, Kit Reviews"): its ``(published,
    updated)`` and the byline one of its items is, if one is; ``None`` when no item is a date
    or an item other than the byline is longer than ``META_ITEM_MAX_WORDS``."""
    items = [item for item in _META_SPLIT.split(text.strip()) if item]
    if len(items) == 1:
        items = _after_opening_date(text.strip())
    if len(items) < 2 or text.rstrip().endswith("."):
        return None
    dates, byline = None, None
    for item in items:
        found = date_line(item) if dates is None else None
        names = parse_byline(item) if byline is None and not found else None
        if found:
            dates = found
        elif names:
            byline = (names, "")
        elif len(item.split()) > META_ITEM_MAX_WORDS:
            return None
    return (dates, byline) if dates else None


def _after_opening_date(text: str) -> list[str]:
    """The items of a line that opens with a date and runs on with no separator, as blog themes
    print a post's date, author and categories ("21/06/2014 Tony Carter All, Books, Kit
    Reviews"): the date, then the rest's comma-separated items; no item when no date opens it."""
    found = find_dates(text)
    if not found or found[0][0] != 0 or opens_period(text, found[0][1]):
        return []  # "2018.04.05 ~ OPEN RUN": a show's run, no post's date
    end = found[0][1]
    return [text[:end], *(item for item in text[end:].split(",") if item.strip())]


def _without_role(words: list[str]) -> list[str]:
    """The words of a byline part without a role written after the name with no comma ("Jane
    Smith Local Democracy Reporter" -> "Jane Smith"). Two name words stay at least; a part
    that is a role only ("Local Democracy Reporter") is returned whole."""
    p = _patterns()
    if len(words) >= 2 and words[-1].lower() in p["roles"]:
        words = [piece for w in words for piece in _unglued(w)]
    if len(words) < 3 or words[-1].lower() not in p["roles"]:
        return words
    end = len(words) - 1
    while end > 2 and words[end - 1].lower() in p["role_modifiers"]:
        end -= 1
    name = words[:end]
    return words if all(w.lower() in p["role_modifiers"] for w in name) else name


_BRAND = re.compile(r"[A-Z]{3,}[a-z]")  # "FOXBusiness", "CBSNews": capitals, then a word; no name's ("McDonald")
_WEB_NAME = re.compile(r"\w\.[a-z]{2,}(?:\.[a-z]{2})?$")  # an outlet named by its domain ("Cleveland.com")
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _unglued(word: str) -> list[str]:
    """A name and a role a rendering glued together ("[Meg James](#)Staff Writer" reads "Meg
    JamesStaff Writer"): split where a role word starts; other capitals inside a word stay
    ("McDonald")."""
    p, pieces = _patterns(), _GLUE.split(word)
    if len(pieces) == 2 and (pieces[1].lower() in p["role_modifiers"] or pieces[1].lower() in p["roles"]):
        return pieces
    return [word]


# headlines may end with ? or !, not with a full stop of any script ("।", "۔", "።": Hindi and
# Bengali, Urdu, Amharic)
_NOT_TITLE_ENDS = (".", ":", ",", ";", "。", "：", "，", "；", *(stop for stop in SPACED_SCRIPT_STOPS if stop != "؟"))


def _is_title_like(block: Block) -> bool:
    if block.text.startswith("#"):
        return 1 <= block.n_words <= 40
    if block.plain.endswith(_NOT_TITLE_ENDS) or block.has_link:
        return False
    if UNSPACED.search(block.text) is None:
        return 3 <= block.n_words <= 30
    if _HAN_KANA.search(block.text) is not None:
        # in characters: a headline of Chinese or Japanese holds one or two \w runs
        # ("基本の肉じゃが 煮崩れさせない3つのコツ")
        return UNSPACED_TITLE_CHARS <= _unspaced_chars(block) < UNSPACED_LONG_CHARS
    # Thai: its phrases are spaced like words, and a paragraph holds a handful of them
    return 3 <= block.n_words <= 30 and _unspaced_chars(block) < UNSPACED_LONG_CHARS


def _is_body_prose(block: Block) -> bool:
    """A long line, or a full sentence of some length: the article's body, not its header. A
    question of that length may be the headline ("Economy in stress and markets on a high;
    time to be careful?")."""
    if len(block.text) < 2 * BODY_SENTENCE_WORDS - 1:
        return False  # too short to hold that many words: no need to count them (most menu lines)
    if block.n_words > 30:
        return True
    if UNSPACED.search(block.text) is not None:
        return _is_unspaced_prose(block)
    return block.n_words >= BODY_SENTENCE_WORDS and block.ends_with_punctuation and not block.plain.endswith(_QUESTION_ENDS)


_HAN_KANA = re.compile(f"[{HAN_KANA}]")
UNSPACED_SENTENCE_CHARS = 2 * BODY_SENTENCE_WORDS  # a sentence of Chinese or Japanese, in characters
UNSPACED_TITLE_CHARS = 10  # a headline, in characters ("台東縣" is a list's item, "颱風動態｜即時更新" a strap)
UNSPACED_LONG_CHARS = 120  # Thai ends no sentence with a stop: a line this long is no headline


def _is_unspaced_prose(block: Block) -> bool:
    """:func:`_is_body_prose` for a line of a script written without spaces. In Chinese and
    Japanese its \\w runs are the pieces between its commas, not words: a sentence of the body
    counted six ("中度颱風鳳凰持續朝台灣東南部海面接近，..."), and the title search went on past
    the lead into the article's lists, took a list item for the headline and dropped the lines
    above it. Their characters count instead. Thai ends no sentence with a stop: a line longer
    than a headline is prose."""
    if _unspaced_chars(block) >= UNSPACED_LONG_CHARS:
        return True
    # Thai's phrases are spaced and counted as words are; Chinese and Japanese, by characters
    long = block.n_words >= BODY_SENTENCE_WORDS if _HAN_KANA.search(block.text) is None else _unspaced_chars(block) >= UNSPACED_SENTENCE_CHARS
    return long and block.ends_with_punctuation and not block.plain.endswith(_QUESTION_ENDS)


@cleaner("metadata", kinds=(Kind.METADATA, Kind.TEMPLATE, Kind.DUPLICATE, Kind.NAVIGATION))
def metadata(doc: Document, title_window: int = TITLE_WINDOW, footer_window: int = FOOTER_WINDOW) -> None:
    """Claim metadata lines: see the module docstring.

    A bare URL line is metadata in the header (``title_window`` lines, above the body's first
    line of prose), the footer (``footer_window`` lines) or after a label, unless it is on a site
    pages link to or embed (:func:`_is_link_platform`); inside the article it is the article's own.
    The title is searched in the first ``title_window`` kept lines, menu entries not counted.
    A numeric date whose day and month could be read either way ("04/03/2022") is read as the
    page's own unambiguous dates with the same separator say ("13/04/2022" on a short line:
    :class:`dates.PageOrder`); when they say nothing, a page under a country's domain that
    writes the day first has its slashed dates read day first ("04/03/2022" on a ".vn" or
    ".co.uk" page is 4 March: :func:`dates.writes_day_first`).
    """
    with reading_day_first(writes_day_first(doc.metadata.url or doc.url), doc.input_text):
        _claim_lines(doc, title_window, footer_window)


def _claim_lines(doc: Document, title_window: int, footer_window: int) -> None:
    blocks = doc.kept()
    head = {b.index for b in blocks[:title_window]}  # at the top: only above the body's prose
    foot = {b.index for b in blocks[-footer_window:]}
    label = None  # the label line before this one, if any ("original_url", "date")
    header: set[int] = set()  # indices of the byline and date lines claimed
    in_body = False  # a line of body prose has come before this one
    in_article = prose_before = False  # two lines of body prose in a row have come before it
    later: list[tuple[Block, _Byline]] = []  # bylines after body prose
    label_at = -1  # the index of that label's block
    for block in blocks:
        if label == "original_url":
            label, below = None, block if block.index == label_at + 1 else None
            if _claim_original_url(doc, below, label_at):
                continue
        if label is not None and block.index != label_at + 1:
            # the line under the label was dropped, as a line of links: the label names it, not
            # the next heading or teaser ("By" / "[Jane Doe](/author/jane-doe)" / "Related").
            # A byline's names are read from it; it stays removed as it was.
            if label == "byline" and not in_article:
                named = doc.blocks[label_at + 1]
                byline = _read_byline("By " + named.plain, True)  # "[Jane Doe - Contributor](#)"
                if byline:
                    _claim_byline(doc, named, byline)
            label = None
        text = block.plain
        opens_field = _may_open_field(block)
        found = _label(text) if opens_field else None
        if found is None and not in_article and _list_item(text):
            # a header rendered from a list: "* by" over the linked name (markdownify)
            found = _label(_LIST_ITEM.sub("", text, count=1))
        if found == "original_url":
            # dropped with the URL under it (as metadata: label and URL are one field, as on
            # one line), or as template when no URL follows
            label, label_at = found, block.index
            continue
        if found == "date":
            doc.drop(block, Kind.TEMPLATE, "label announcing a date")
            label, label_at = found, block.index
            continue
        if found == "byline":
            doc.drop(block, Kind.TEMPLATE, "label announcing the byline")
            label, label_at = found, block.index
            continue
        if label == "byline":  # "By" stood alone on the line before: the names are this line
            label, under = None, _read_byline("By " + text, True)  # read as a dropped line is
            if under:
                if in_article:
                    later.append((block, under))
                else:
                    _claim_byline(doc, block, under)
                    header.add(block.index)
                continue
        if not in_article and _list_item(text):
            # a byline rendered from a list ("* by [Jane Smith](#)" over "* Nov 18, 2019"):
            # in the header, the marker is the page's layout, not an item of the article's
            names = parse_byline(_LIST_ITEM.sub("", text, count=1))
            if names:
                _claim_byline(doc, block, (names, ""))
                header.add(block.index)
                label = None
                continue
        signs = not opens_field and _may_sign(text)  # "홍길동 기자": a byline with no lead
        byline = _read_byline(text, opens_field) if in_article and (opens_field or signs) else None
        if byline:
            later.append((block, byline))
        elif (
            opens_field
            or "@" in text
            or _may_be_date(text, in_article)
            or (not in_article and (signs or _names_a_role(block)))
        ):
            at_edge = block.index in foot or (block.index in head and not in_body)
            if _claim(doc, block, text, label, at_edge, opens_field, in_body, in_article) in _HEADER_FIELDS:
                header.add(block.index)
        label = None
        if not in_article:  # then no more line needs asking (most of a page)
            prose = _is_body_prose(block) and not doc.is_dropped(block) and not _is_notice(block)
            in_body, in_article, prose_before = in_body or prose, prose and prose_before, prose
    if label == "original_url":  # a label on the last line: nothing under it
        _claim_original_url(doc, None, label_at)
    labelled = doc.hints.get(LABELLED_URL_HINT)
    if labelled:
        # no URL given, declared or on a line of its own at an edge: the address an
        # original-URL label recorded (either form) is the page's
        doc.meta("url", labelled[1])
    # One byline after the body signs the article ("by Jane Doe" at its end); several are
    # the bylines of the other stories a page lists after it, not the article's authors.
    if len(later) == 1:
        _claim_byline(doc, *later[0])
        header.add(later[0][0].index)  # a byline under a standfirst is the header's too
    title_block = _claim_title(doc, title_window, header)
    if title_block is not None and not doc.metadata.authors:
        _claim_linked_name(doc, title_block, header)


def _claim_original_url(doc: Document, under: Block | None, label_at: int) -> bool:
    """Claim the URL on the line ``under`` (the one right below) an original-URL label
    ("Original url:" over "<https://...>") as ``original_url``, and drop the label with it as
    metadata: the two lines are one field, as the one-line form
    (``provenance.original_url_line``) is. The URL is noted (``provenance.note_labelled_url``)
    and becomes ``metadata.url`` after the walk when no other page URL is known, as the
    one-line form's does. With no URL under it, the label is template. True when the URL was
    claimed."""
    label_block = doc.blocks[label_at]
    url = _URL_LINE.match(under.plain) if under is not None and not doc.is_dropped(under) else None
    if under is None or url is None:
        doc.drop(label_block, Kind.TEMPLATE, "label announcing the original URL")
        return False
    doc.meta("original_url", url.group(1), under)
    note_labelled_url(doc, under, url.group(1))
    doc.drop(label_block, Kind.METADATA, "label announcing the original URL")
    return True


def _is_notice(block: Block) -> bool:
    """A line of site furniture in sentences (a cookie notice, a consent text): prose that
    does not start the article, though ``boilerplate`` drops it only later."""
    return is_furniture_block(block)


def _label(text: str) -> str | None:
    """ "original_url", "date" or "byline" for a line that only announces the next one, else
    None."""
    m = _patterns()["label"].match(text)
    return m.lastgroup if m else None


def _may_be_date(text: str, in_article: bool) -> bool:
    """Gate before the date patterns: a dateline is short and holds a year. Above the article,
    a blog's post line may run longer: its categories follow the date ("Carlos Nadalim
    27/09/2018 Comente! Alfabetização, Brinquedos e Brincadeiras, Música")."""
    return len(text) <= (_MAX_DATELINE if in_article else _MAX_POST_LINE) and may_hold_date(text)


# between letters it joins a name's parts ("约翰·史密斯", Catalan "l·l"), so only before a digit
_DOT_BEFORE_DATE = re.compile(r"(?<=[^\W\d])·(?=\d)")


def _claim(
    doc: Document,
    block: Block,
    text: str,
    label: str | None,
    at_edge: bool,
    opens_field: bool,
    in_body: bool = False,
    in_article: bool = False,
) -> str | None:
    """Claim the line as a URL, date, byline or attribution, the first that fits; return the
    field claimed ("url", "published", "updated", "authors", "attributed_source") or None.

    ``opens_field`` is :func:`_may_open_field`: without it only a date, or a name that a date
    or a handle follows (in the header: before ``in_article``, two lines of prose in a row), can
    fit. ``in_body``: body prose came before the line (see :func:`_labelled_content`).
    """
    p = _patterns()
    if "·" in text:  # a middle dot printed with no spaces between a name and its date
        text = _DOT_BEFORE_DATE.sub(" · ", text)  # ("Anna Petrova·24 сентября 2018")
    url = _URL_LINE.match(text) if opens_field else None
    if url and (at_edge or label) and not _is_link_platform(url.group(1)):
        if not doc.metadata.url:  # the page's URL is this line's: reliability weighs it less
            doc.hints[URL_LINE_HINT] = url.group(1)
        doc.meta("url", url.group(1), block)
        return "url"
    # before the date: a dateline may hold a name ("Chris Davies - Nov 19, 2019")
    byline = _read_byline(text, opens_field) if opens_field or not in_article else None
    if byline:
        _claim_byline(doc, block, byline)
        return "authors"
    # date_line has the year gate; a date labelled as the article's own fact is no dateline
    dateline = len(text) <= _MAX_DATELINE and not _labelled_content(text, in_body)
    dates = date_line(text) if dateline else None
    if dates:
        published, updated = dates
        if published:
            doc.meta("published", published, block)
        if updated:
            doc.meta("updated", updated, block)
        return "published" if published else "updated"
    meta = meta_line(text) if not in_article and dateline else None
    if meta:
        (published, updated), byline = meta
        if byline:
            _claim_byline(doc, block, byline)
        if published:
            doc.meta("published", published, block)
        if updated:
            doc.meta("updated", updated, block)
        return "published" if published else "updated"
    if not opens_field:
        return None
    attribution = p["attribution"].match(text)
    if attribution and len(attribution.group("source").split()) <= 6 and not text.endswith("."):
        source = attribution.group("source").strip()
        if attribution.group("label").casefold() in p["also_data"] and not _credits_outlet(doc, block, source):
            return None  # a chart's or a fact's source: the article's own line
        doc.meta("attributed_source", agency_name(source) or source, block)
        return "attributed_source"
    return None


def _credits_outlet(doc: Document, block: Block, source: str) -> bool:
    """Whether a "Source: X" line credits the outlet of a republished article, not the data of
    a chart, a table or a fact: X names a news outlet or agency
    (:func:`provenance.names_outlet`) and the line is not right under a table row, an image or
    a chart's title (:func:`provenance.under_chart`)."""
    above = doc.blocks[block.index - 1].text if block.index else None
    return not under_chart(above) and names_outlet(source)


def _read_byline(text: str, opens_field: bool) -> _Byline | None:
    """The line as a byline: one that opens with "By" (``opens_field``), whole
    (:func:`parse_byline`) or followed by more (:func:`split_byline`); else a name that a date
    or a handle follows (:func:`name_dateline`), or a role (:func:`name_with_role`), or a
    name with the role after it and nothing else (:func:`role_after_name`: "홍길동 기자")."""
    if not opens_field:
        return name_dateline(text) or name_with_role(text) or role_after_name(text)
    byline = parse_byline(text)
    return (byline, "") if byline else split_byline(text)


def _claim_byline(doc: Document, block: Block, byline: _Byline) -> None:
    """Claim the authors and agency, and the date the rest of the line gives, if it gives one."""
    (authors, agency), rest = byline
    doc.meta("authors", authors, block)
    if agency:
        doc.meta("agency", agency)
    words = rest.split()
    while words and words[0].startswith(_BYLINE_ENDS):
        words.pop(0)  # "- 11/19/19 ...", "| November 18, 2019", "@handle Nov 18, 2019"
    rest = " ".join(words)
    dates = date_line(rest) if words else None
    if dates is None and words:
        # more than a date after the names ("- Live Science Contributor 2019-11-19T12:48:14Z"):
        # the one date on a byline's line is the article's
        found = find_dates(rest)
        dates = (found[0][2], None) if len(found) == 1 else None
    if dates:
        published, updated = dates
        if published:
            doc.meta("published", published)
        if updated:
            doc.meta("updated", updated)


def _claim_title(doc: Document, window: int, header: set[int]) -> Block | None:
    """Take the headline for ``metadata.title`` (unless the HTML page declared one), and drop
    it and its repeats near the top; return the headline's line when it was found here.

    ``window`` counts the kept lines searched, menu entries not included; ``header`` holds the
    indices of the byline and date lines claimed (evidence for a headline that asks a question).
    """
    title = doc.metadata.title  # set already when the HTML page declared it
    line_seen = False
    reach = window + 2  # kept lines searched for the headline's repeats
    if not title:
        kept = doc.kept()
        found = _find_title(doc, kept, window, header)
        if found is None:
            return None
        at, skipped = found
        # past the menu entries skipped, and at least two lines past the headline
        reach = max(reach + skipped, at + 3)
        headline = _headline_alone(kept[at].plain, kept[at + 1 :])
        title = headline.plain if headline else _without_site_name(kept[at].plain, doc.input_text)
        if title != kept[at].plain and not headline:
            doc.hints[PAGE_TITLE_HINT] = kept[at].plain  # for boilerplate's headline search
        if headline:
            # the <title> line heads a text rendering, the site's menu comes under it and the
            # headline under the menu: those entries are above the headline too (dropped
            # before the title line is: _not_menu counts the kept lines)
            _drop_menu_above(doc, kept, kept.index(headline), after=at)
        line_seen = True
        doc.meta("title", title, kept[at])
        if headline:
            doc.drop(headline, Kind.DUPLICATE, "title repeated")
        if skipped:
            _drop_menu_above(doc, kept, at)
    title_block = kept[at] if line_seen else None
    if title_block is not None:
        _drop_headline_copy(doc, title_block)
    if not title:
        return title_block
    # the headline line itself (HTML path), then the same headline again: pages often print
    # it two or three times
    folded = title.casefold()
    for block in doc.kept()[:reach]:
        if block.plain.casefold() == folded:
            if line_seen:
                doc.drop(block, Kind.DUPLICATE, "title repeated")
            else:
                doc.drop(block, Kind.METADATA, "title line")
                line_seen = True
    return title_block


HEADLINE_COPY_REACH = 3  # kept lines from a headline to its copy: a standfirst, a kicker, the copy


def _drop_headline_copy(doc: Document, title: Block) -> None:
    """Drop the second copy of a headline the header prints above and under its standfirst
    ("Headline" / "One-line summary." / "Headline"), when the title is another line (the
    text rendering's ``<title>``, worded for search engines). The copy comes within
    ``HEADLINE_COPY_REACH`` lines with a line of prose between, above the body's two lines of
    prose in a row; a kicker or a date line beside it made it read as a refrain to
    ``duplicates``. A verse's lines end with commas or come after the article's prose.

    The lines between the two copies are the header's: a section's label among them (the
    kicker, :func:`_is_section_label`) goes with the copy.
    """
    below = list(islice((block for block in doc.kept() if block.index > title.index), TITLE_WINDOW + HEADLINE_COPY_REACH))
    prose_before = False
    for i, block in enumerate(below[:TITLE_WINDOW]):
        prose = _is_body_prose(block)
        if prose and prose_before:
            return  # the body has begun
        prose_before = prose
        if not _is_headline(block):
            continue
        folded = block.plain.casefold()
        for k, later in enumerate(below[i + 1 : i + 1 + HEADLINE_COPY_REACH]):
            if later.plain.casefold() == folded:
                between = below[i + 1 : i + 1 + k]
                if any(_is_body_prose(line) for line in between):
                    doc.drop(later, Kind.DUPLICATE, "headline repeated under its standfirst")
                    for line in between:
                        if _is_section_label(line):
                            doc.drop(line, Kind.NAVIGATION, "section label between the headline's copies")
                return


SECTION_LABEL_MAX_WORDS = 3  # "Energy & utilities", "Politics", "Middle East"


def _is_section_label(block: Block) -> bool:
    """A section's name alone on a line: one to three words opening with a capital, no
    sentence end, no list item ("Energy & utilities", "Politique")."""
    return (
        block.n_words <= SECTION_LABEL_MAX_WORDS
        and block.plain[:1].isupper()
        and not block.ends_with_punctuation
        and not _list_item(block.text)
    )


LINKED_NAME_REACH = 2  # lines under the headline where a linked name alone may stand
LINKED_NAME_DATE_REACH = 3  # lines from that name to the header's date line


def _claim_linked_name(doc: Document, title: Block, header: set[int]) -> None:
    """Claim a name alone on a line that is one link (to the author's page) right under the
    headline, when a date line of the header is near it: "[Jane Smith](#)" over "Nov 18, 2019".

    A name alone is no byline in general: a section, a place or a team reads like one. Here
    the link, the place under the headline and the date beside it together are the evidence.
    """
    # a line of links only may have been dropped by navigation already; it stays its removal
    below = (b for b in doc.blocks[title.index + 1 :] if b.n_words and doc.drop_kind(b) in (None, Kind.NAVIGATION))
    for block in islice(below, LINKED_NAME_REACH):
        if not _is_whole_link(block.text):
            continue
        byline = parse_byline("By " + block.plain)
        if byline and byline[0] and any(abs(i - block.index) <= LINKED_NAME_DATE_REACH for i in header):
            _claim_byline(doc, block, (byline, ""))
            return


_EMPTY_LINK = re.compile(r"\[\s*\]\([^)]*\)")
_WHOLE_LINK = re.compile(r"\[[^\]]+\]\([^)]*\)")


def _is_whole_link(text: str) -> bool:
    """One link and nothing else on the line, but empty links (an icon): "[ ](#) [Jane Smith](#)"."""
    return bool(_WHOLE_LINK.fullmatch(_EMPTY_LINK.sub("", text).strip()))


HEADLINE_MIN_WORDS = 3  # a shorter part of a page title may be a section's name ("World")


def _headline_alone(title: str, later: list[Block]) -> Block | None:
    """The later line that prints the headline of ``title`` without the site's name ("Headline
    - The New York Times" heads a text rendering, the page's "Headline" comes under the menu):
    the longest part of the title, cut at a site separator, that a later line prints alone.

    The short part after the last separator is the site's name (:func:`_site_part`), never the
    headline: the page's logo prints it alone at the top ("The New York Times").
    """
    site = _site_part(title)
    parts = {
        part
        for sep in _SITE_SEPARATORS
        for at in _occurrences(title, sep)
        for part in (title[:at], title[at + len(sep) :])
        if len(part.split()) >= HEADLINE_MIN_WORDS and part != site
    }
    lengths = {len(part) for part in parts}  # a cheap test before the string's
    found = [block for block in later if len(block.plain) in lengths and block.plain in parts]
    return max(found, key=lambda block: len(block.plain), default=None)  # the first of the longest


SITE_NAME_MAX_WORDS = 4


def _split_at_site(title: str) -> tuple[str, str] | None:
    """``title`` cut at its last site separator: the part before and the part after (where a
    title names its site), or ``None`` when it has no separator."""
    at, sep = max((title.rfind(sep), sep) for sep in _SITE_SEPARATORS)
    return (title[:at], title[at + len(sep) :]) if at >= 0 else None


def _site_part(title: str) -> str | None:
    """The part of ``title`` after its last site separator when it is short enough to be the
    site's name ("Headline | Der Lowland Kurier"); a title names its site last."""
    split = _split_at_site(title)
    return split[1] if split and len(split[1].split()) <= SITE_NAME_MAX_WORDS else None


def _without_site_name(title: str, page: str) -> str:
    """``title`` without the site's name after its last separator ("Headline - Los Angeles
    Times"), when the page prints that name elsewhere (its footer's "© 2019 Los Angeles
    Times", a menu's "Vox homepage") and the name is a short capitalised one; else ``title``."""
    split = _split_at_site(title)
    if split is None:
        return title
    head, name = split[0], split[1].strip()
    if not name[:1].isupper() or not 1 <= len(name.split()) <= SITE_NAME_MAX_WORDS:
        return title
    if len(head.split()) < HEADLINE_MIN_WORDS or page.count(name) <= page.count(title):
        return title  # the name only where the title is: no evidence it is the site's
    return head


def _occurrences(text: str, sub: str) -> list[int]:
    found, at = [], text.find(sub)
    while at >= 0:
        found.append(at)
        at = text.find(sub, at + 1)
    return found


def _drop_menu_above(doc: Document, kept: list[Block], at: int, after: int = -1) -> None:
    """Drop the menu entries (:func:`_not_menu`) above the headline ``kept[at]`` (below
    ``kept[after]``): a page's menu, one item a line, that no other cleaner knew for one."""
    # _not_menu yields positions in order: the lines past the headline need not be read
    not_menu = {i for i, _ in takewhile(lambda entry: entry[0] < at, _not_menu(doc))}
    for i in range(after + 1, at):
        if i not in not_menu:
            doc.drop(kept[i], Kind.NAVIGATION, "menu entry above the headline")


def _find_title(doc: Document, kept: list[Block], window: int, header: set[int]) -> tuple[int, int] | None:
    """``(position in kept, menu entries before it)`` of the line that reads like the headline.

    A markdown "# " heading before the body begins is the headline; else the first line that
    reads like one within ``window`` kept lines. A menu entry (:func:`_not_menu`) is passed over
    and does not count against ``window``; a list item is never the headline; the search stops
    where the body begins. For the "# " heading, the body begins with two lines of prose in a
    row, not counting a notice (:func:`_is_notice`): a page's single lines of prose above its
    headline (a copyright line, a tagline, a notification prompt) do not end the search.
    """
    prose_before = linked_heading_before = False
    # gate: both headlines this loop looks for are "# " lines; a text rendering has none (the
    # generator yields only a "# " line: any() resumes it once, not once a line)
    has_h1 = any(True for block in kept if block.text.startswith("# "))
    for n, (i, block) in enumerate(_not_menu(doc) if has_h1 else ()):
        if block is kept[-1]:
            break
        if _is_h1_headline(block) or (not linked_heading_before and _is_permalink_h1(doc, block)):
            return i, i - n
        linked_heading_before = linked_heading_before or _is_linked_heading(block)
        prose = _is_body_prose(block) and not _is_notice(block)
        if prose and prose_before:
            break
        prose_before = prose
    for n, (i, block) in enumerate(islice(_not_menu(doc), window)):
        if block is kept[-1]:
            break  # a line with nothing after it is the text itself, not its title
        if _is_headline(block):
            if _is_unproven_question(doc, kept, i, header):
                break  # a question answered below it: the body (a Q&A) has begun
            return i, i - n
        if _is_body_prose(block):
            break  # the body has begun: a short line after it is a subheading, not the title
    return None


def _is_headline(block: Block) -> bool:
    """Title-like, not a list item ("* Home", "- Opening hours") nor a live blog's entry
    ("10.41pm: Calloway claims victory", "14:05 – ...")."""
    return _is_title_like(block) and not _list_item(block.text) and not _TIME_LED.match(block.plain)


def _not_menu(doc: Document) -> Iterator[tuple[int, Block]]:
    """``(position in doc.kept(), block)`` of the kept lines that are not menu entries, in order.

    A menu entry is one of a run of ``MENU_RUN_LINES`` or more consecutive lines of one to three
    words ("News", "Local", "What's On", "* [Sport](#)", "### Sections"): menus list one item a
    line on full pages; a headline stands alone among longer lines. The run is counted over
    every line, also those a cleaner before dropped (a line ``navigation`` dropped is a menu
    entry whatever its length). Metadata lines end a run, and so does a markdown "# " heading of
    three words or more (a headline right below a menu). Lazy: the title search reads the top.
    """
    run: list[tuple[int, Block]] = []  # the kept lines of the current run of short lines
    run_length = position = 0
    for block in doc.blocks:
        kept = not doc.is_dropped(block)
        if _may_be_menu_entry(doc, block):
            run_length += 1
            if kept:
                run.append((position, block))
        else:
            if run_length < MENU_RUN_LINES:
                yield from run
            run, run_length = [], 0
            if kept:
                yield position, block
        position += kept
    if run_length < MENU_RUN_LINES:
        yield from run


def _may_be_menu_entry(doc: Document, block: Block) -> bool:
    kind = doc.drop_kind(block)
    if kind is Kind.NAVIGATION:
        return True
    if kind is Kind.METADATA or _is_h1_headline(block):
        return False
    if not 1 <= block.n_words <= _MENU_ENTRY_WORDS:
        return False
    if UNSPACED.search(block.text) is None:
        return True
    # a line of Chinese or Japanese is one \w run or two whatever its length, one of Thai a
    # few phrases: a headline's characters make it none ("基本の肉じゃが 煮崩れさせない3つのコツ"
    # under "ニュース", "社会"), and a Thai paragraph's too
    limit = UNSPACED_TITLE_CHARS if _HAN_KANA.search(block.text) is not None else UNSPACED_SENTENCE_CHARS
    return _unspaced_chars(block) < limit


def _unspaced_chars(block: Block) -> int:
    """The letters and digits of a line (its \\w runs' characters): its length, for a script
    written without spaces."""
    return sum(len(word) for word in block.words)


def _is_h1_headline(block: Block) -> bool:
    """A markdown "# " heading of three words or more: where html2text puts the headline.

    A shorter one is the site's name as often as not ("# India Post"); a linked one is another
    story's teaser or the logo.
    """
    return block.text.startswith("# ") and block.n_words >= 3 and not block.has_link and _is_headline(block)


def _is_permalink_h1(doc: Document, block: Block) -> bool:
    """A linked "# " heading of three words or more that is the page's only "# " heading:
    blog themes link the article's headline to its own address ("# [Headline](#)"). Teasers
    and archive pages have several such headings; the caller also wants no heading that is
    all one link above it (another story's teaser, or the article's own "## " headline)."""
    if not (block.text.startswith("# ") and block.has_link and block.n_words >= 3 and _is_headline(block)):
        return False
    return sum(other.text.startswith("# ") for other in doc.blocks) == 1


def _is_linked_heading(block: Block) -> bool:
    """A markdown heading that is one link: "## [Headline](#)"."""
    return block.text.startswith("#") and block.text.lstrip("# ").startswith("[") and block.text.rstrip().endswith(")")


def _is_unproven_question(doc: Document, kept: list[Block], i: int, header: set[int]) -> bool:
    """True for a question followed by its answer, with no evidence that it is the headline.

    A Q&A article may open with its first question. A headline that asks one is told apart by
    evidence: a markdown "# " heading, the page repeating the line, or a byline or date line
    below it before the second line of text after it (a standfirst may come between).
    """
    block = kept[i]
    if not block.plain.rstrip(CLOSERS).endswith(_QUESTION_ENDS) or block.text.startswith("# "):
        return False
    after = kept[i + 1 : i + 3]
    answer = after[0] if after else None
    if answer is None or answer.text.startswith("#") or not answer.ends_with_punctuation:
        return False  # a subtitle, a heading or nothing follows: no answer
    if answer.plain.rstrip(CLOSERS).endswith(_QUESTION_ENDS):
        return False  # another question: not an answer
    end = after[1].index if len(after) > 1 else len(doc.blocks)
    if any(block.index < h < end for h in header):
        return False  # a byline or date line below it: the page's header
    return not _is_repeated(doc, block)


# What separates a page title from the site's name: "Headline - Site", "Headline | Site".
_SITE_SEPARATORS = (" - ", " | ", " – ", " — ", " : ", " :: ", " · ")


def _is_repeated(doc: Document, block: Block) -> bool:
    """True when another line of the page repeats ``block``, also with or without the site's
    name after it (html-text prints the <title> "Headline - Site" first, the headline later)."""
    folded = block.plain.casefold()
    for other in doc.blocks:
        if other is block or other.n_words < 3:
            continue
        text = other.plain.casefold()
        if text == folded or _with_site_name(text, folded) or _with_site_name(folded, text):
            return True
    return False


def _with_site_name(text: str, headline: str) -> bool:
    """True for ``text`` == ``headline`` + a separator + the site's name."""
    return text.startswith(headline) and text[len(headline) :].startswith(_SITE_SEPARATORS)
