"""Metadata from the page's markup: JSON-LD, ``<meta>`` tags, ``<link rel=canonical>``, ``<time>``.

The order of trust, for each field: the JSON-LD object that describes the article, then the
Open Graph / article / name meta tags, then ``<time>`` elements. Rules:

- published and updated stay apart (``dateModified`` is never a publication date);
- a published date later than the page's own newest date (its modification date) is rejected;
- authors are persons only (an organisation in ``author`` is not an author); when the sources
  disagree, the fewer, better-typed names win;
- dates are normalised to ISO 8601: ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS][+HH:MM]``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from html import unescape
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .cleaners import vocab
from .cleaners.metadata import agency_name, parse_byline, split_byline
from .document import EMAIL
from .reliability.domain import without_userinfo
from .scripts import HAN_KANA, HANGUL

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
        "liveblogposting", "scholarlyarticle", "techarticle", "report",
    }
)  # fmt: skip
ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "organisation"})
# Words that make a byline part a role or an organisation, not a person.
ROLE_WORDS = frozenset(
    {
        "writer", "editor", "editors", "correspondent", "staff", "reporter", "reporters", "media", "news",
        "press", "agency", "international", "desk", "team", "service", "wire", "wires", "bureau",
        "contributor", "newsroom", "online", "digital", "magazine", "editorial", "board", "admin",
        "author", "authors", "guest", "sponsored", "content", "partner", "us",
    }
)  # fmt: skip
MAX_AUTHORS = 8  # a longer list is a list of staff or tags, not a byline
# A name in a script written without spaces between words (Chinese, Japanese, Korean names:
# "王磊", "佐藤健一", "김민수", "ジョン・スミス") is one word: kept when it is all letters of
# those scripts, the dots between a foreign name's parts aside. A single Latin word ("Admin",
# "Reuters") is still no name.
_UNSPACED_NAME = re.compile(f"[{HAN_KANA}{HANGUL}][{HAN_KANA}{HANGUL}·・]{{1,11}}")
# What such a word is when it is no person's: a role ("记者" reporter, "기자", "編集部" the
# editors, "小编", "관리자" admin) alone or after the name ("김민수 기자": the name stays), or an
# organisation, told by how its name ends ("新华社", "人民日报", "연합뉴스", "조선일보", "NHK
# 放送"): the same classes as ROLE_WORDS.
UNSPACED_ROLES = frozenset(
    {
        "记者", "記者", "本报记者", "特约记者", "见习记者", "特派员", "特派員", "通讯员", "通訊員", "编辑", "編輯",
        "編集", "责任编辑", "責任編輯", "小编", "编者", "管理员", "管理員", "기자", "특파원", "편집", "관리자", "운영자",
    }
)  # fmt: skip
UNSPACED_ORGANISATION_ENDS = (
    "社", "报", "報", "网", "網", "新闻", "新聞", "通信", "电视台", "電視台", "编辑部", "編輯部", "編集部",
    "뉴스", "일보", "신문", "방송", "편집부", "닷컴",
)  # fmt: skip

_JSONLD = etree.XPath("//script[contains(translate(@type,'JSONLD','jsonld'),'ld+json')]")
_META = etree.XPath("//meta[@content]")
_CANONICAL = etree.XPath("//link[contains(translate(@rel,'CANONICAL','canonical'),'canonical')][@href]")
_TIMES = etree.XPath("//time[@datetime]")
# Author markup in the body (run on the <body>: "//body//*" walks the tree twice over).
_AUTHOR_MARKUP = etree.XPath("descendant::*[@itemprop='author'] | descendant::a[@rel='author']")
# Byline markup, the last resort: an element whose class names an author or a byline
# ("author", "byline", "author-name", "c-byline__author"), a ``data-author``, an ``<address>``.
# The substring test on the class is cheap, its words are checked in Python. (Each test
# added to one predicate costs libxml2 more than a step of its own: a union is cheaper.)
_BYLINE_MARKUP = etree.XPath(
    "descendant::*[@class[contains(.,'uthor') or contains(.,'yline')]] | descendant::*[@data-author]"
    " | descendant::address"
)
# The words of such a class ("entry-author-name": entry, author, name): one of them names the
# byline, the others may only say where it sits or which part of it this is. "author-bio",
# "author-avatar", "comment-author", "author-content" are not bylines.
_CLASS_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_BYLINE_WORDS = frozenset({"author", "authors", "byline", "bylines"})
_BYLINE_PART_WORDS = frozenset(
    {"name", "names", "link", "url", "text", "info", "meta", "main", "article", "entry", "post", "story",
     "page", "item", "by", "c", "td", "o", "m", "single", "header", "list", "vcard", "fn"}
)  # fmt: skip
# Where a byline is another article's or a commenter's: comments, related and recommended
# lists, sidebars, footers, widgets (matched in the class and id of the element and its
# ancestors); and <aside>, <nav>, <footer>.
_NOT_ARTICLE_REGION = re.compile(
    r"comment|related|recommend|sidebar|widget|teaser|popular|trending|footer|promo|newsletter|more-from|"
    r"(?<![a-z])rail",
    re.I,
)
_NOT_ARTICLE_TAGS = frozenset({"aside", "nav", "footer"})
_LIST_ITEM_TAGS = frozenset({"li", "article"})
_ITEMPROP_DATES = etree.XPath("//body//*[@itemprop][@content or @datetime]")
_TITLE = etree.XPath("//title")
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\d{3}|^by$", re.I)
_BY = re.compile(r"^\s*by\s+", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\||、|，|；)\s*", re.I)  # "、": Chinese and Japanese lists
_TITLE_SUFFIX = re.compile(r"^(.+?)\s+[|\-\u2013\u2014:\u00b7]\s+([^|\u2013\u2014]{2,40})$")
_HOST_WORDS = frozenset({"www", "com", "org", "net", "gov", "edu", "news", "blog", "blogs"})
_DOMAIN = re.compile(r"\w\.(?:com|net|org|co|uk|de|fr|ru|in|info)\b", re.I)
_YEAR = re.compile(r"\b(?:199\d|20\d\d)\b")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
# What pages wrap a JSON-LD block in for old browsers: "<!-- ... -->", "//<![CDATA[ ... //]]>".
_JSONLD_OPEN = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)")
_JSONLD_CLOSE = re.compile(r"(?://\s*)?(?:-->|\]\]>)\s*$")
_JSON = json.JSONDecoder(strict=False)
# Markup inside a value (a name wrapped in a link, an escaped "&lt;b&gt;"): the tag goes, its
# text stays. A tag starts with a letter, so "a < b and c > d" is left alone.
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def normalise_date(value: Any) -> str | None:
    """An ISO 8601 string for a date found in markup, or ``None`` if it is not one."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 64:
        return None
    parsed: datetime | date | None = None
    text = value.replace("Z", "+00:00").replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d", value) else value
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        match = re.match(r"(\d{4})-?(\d\d)-?(\d\d)$", value)
        if match:
            try:
                parsed = date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return None
        else:
            try:
                parsed = parsedate_to_datetime(value)  # "Mon, 18 Nov 2019 14:30:00 GMT"
            except (TypeError, ValueError, IndexError):
                parsed = _loose_date(value)
                if parsed is None:
                    return None
                text = value if (parsed.hour or parsed.minute) else ""
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    if isinstance(parsed, datetime):
        has_time = parsed.hour or parsed.minute or parsed.second or "T" in text
        if not has_time:
            return parsed.date().isoformat()
        spec = "seconds" if parsed.second else "minutes"
        return parsed.replace(microsecond=0).isoformat(timespec=spec)
    return parsed.isoformat()


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def strip_site_suffix(title: str, site_name: str | None, url: str | None) -> str:
    """``"Headline | The Hill"`` -> ``"Headline"`` when the part after the separator names the site."""
    match = _TITLE_SUFFIX.match(title)
    if not match:
        return title
    head, tail = match.group(1).strip(), _squash(match.group(2))
    names = {_squash(site_name)} if site_name else set()
    host = _hostname(url)
    names.update(label for label in host.split(".")[:-1] if len(label) >= 3 and label not in _HOST_WORDS)
    if tail and any(tail == n or (n and (n in tail or tail in n)) for n in names) and len(head) >= 10:
        return head
    return title


def _hostname(url: str | None) -> str:
    """The host of ``url`` in lower case, without user, password or port; ``""`` for none."""
    try:
        return urlsplit((url or "").strip()).hostname or ""
    except ValueError:  # "https://[bad": no host to speak of
        return ""


def _loose_date(value: str) -> datetime | None:
    """Dates in free formats ("01:38 PM IST Nov 20, 2019"), only when a year, a month and a
    day are written out: "2024" or "March 2024" is no date of publication (filling in the
    first of the month would invent one).

    The zone name is ignored (abbreviations like IST are ambiguous): local time, no offset.
    """
    if not _YEAR.search(value):
        return None
    try:
        from dateutil import (
            parser as dateutil_parser,  # installed with htmldate/trafilatura
        )
    except ImportError:  # pragma: no cover
        return None
    try:
        # parsed with two different defaults: a part the value leaves out comes out different
        parsed = dateutil_parser.parse(value, ignoretz=True, default=datetime(2000, 1, 1))
        check = dateutil_parser.parse(value, ignoretz=True, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed if parsed.date() == check.date() else None


def _sort_key(iso: str) -> str:
    """Comparable form of a normalised date (offsets ignored: a few hours do not matter here)."""
    return iso[:16]


def _not_later(first: str, second: str) -> bool:
    """``first`` is not later than ``second``, to the minute (a save seconds after publication
    is no update): in UTC when both carry an offset (the offsets can move one past the other),
    else by their written local dates and times."""
    a: datetime | None
    b: datetime | None
    try:
        a, b = datetime.fromisoformat(first), datetime.fromisoformat(second)
    except ValueError:
        a = b = None
    if a is not None and b is not None and a.tzinfo is not None and b.tzinfo is not None:
        first, second = a.astimezone(UTC).isoformat(), b.astimezone(UTC).isoformat()
    return _sort_key(first) <= _sort_key(second)


def _parse_jsonld(raw: str) -> list[Any]:
    """The JSON values of one JSON-LD block; ``[]`` when it is not JSON.

    Tolerates the wrappers pages put around a block, a trailing comma, and several values
    written one after another. Nesting too deep for the parser (a hostile page) is no JSON.
    """
    while True:  # wrappers, possibly both ("<!--//<![CDATA[")
        unwrapped = _JSONLD_CLOSE.sub("", _JSONLD_OPEN.sub("", raw)).strip()
        if unwrapped == raw:
            break
        raw = unwrapped
    for text in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
        values, position = [], 0
        try:
            while position < len(text):
                value, position = _JSON.raw_decode(text, position)
                values.append(value)
                while position < len(text) and text[position] in " \t\r\n;,":
                    position += 1
        except (ValueError, RecursionError):
            if not values:
                continue
        return values
    return []


def _jsonld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in _JSONLD(tree):
        raw = (script.text or "").strip()
        if not raw:
            continue
        stack: list[Any] = list(reversed(_parse_jsonld(raw)))
        while stack:  # @graph, lists, nested objects (mainEntity)
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                for key in ("@graph", "mainEntity", "itemListElement"):
                    if isinstance(item.get(key), (list, dict)):
                        stack.append(item[key])


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    # "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" are one type
    return {re.split(r"[/:#]", v.strip())[-1].lower() for v in values if isinstance(v, str)}


def _clean_name(name: Any) -> list[str]:
    """Person names from a byline-ish string ("By A and B" -> [A, B]); junk gives []."""
    if not isinstance(name, str):
        return []
    name = " ".join(_BY.sub("", _TAG.sub(" ", unescape(name))).split())
    out = []
    for part in _NAME_SPLIT.split(name):
        part = part.strip(" .-")
        # "김민수 기자": the name; "김민수 기자 minsu@example.co.kr": the e-mail goes too
        words = [w for w in part.split() if w not in UNSPACED_ROLES and not EMAIL.fullmatch(w)]
        if len(words) < len(part.split()):
            part = " ".join(words)
        if len(words) == 1 and _is_unspaced_name(words[0]):
            out.append(words[0])
            continue
        if not 1 < len(words) <= 5 or _NOT_A_NAME.search(part) or len(part) > 60:
            continue
        if {w.lower().strip(".") for w in words} & ROLE_WORDS or _DOMAIN.search(part):
            continue  # "AP Auto Writer", "NJ Advance Media for NJ.com": a role or a publisher
        if part.isupper():
            part = part.title()  # "TOM KRISHER" -> "Tom Krisher"
        out.append(part)
    return out


_NOT_NAME_ENDS = (*UNSPACED_ORGANISATION_ENDS, *UNSPACED_ROLES)  # "新华社记者": the agency's reporter


def _is_unspaced_name(word: str) -> bool:
    """A person's name written as one word in Chinese, Japanese or Korean: two to twelve letters
    of those scripts, no role and no organisation's ending (:data:`UNSPACED_ROLES`)."""
    return _UNSPACED_NAME.fullmatch(word) is not None and not word.endswith(_NOT_NAME_ENDS)


def _authors_from_jsonld(value: Any, organisations: set[str]) -> list[str] | None:
    """Names of the persons in a JSON-LD ``author``; ``None`` when there is no author at all."""
    if value is None:
        return None
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            types = _types(item)
            if types & ORGANISATION_TYPES:
                continue  # an organisation is not an author
            name = _person_name(item)
            candidates = _clean_name(name) or (_one_word_name(name) if "person" in types else [])
        else:
            candidates = _clean_name(item)
        names.extend(n for n in candidates if n.lower() not in organisations)
    return names


def _one_word_name(name: Any) -> list[str]:
    """A one-word name of an object typed Person ("Regan", "Josh": a blogger who signs with a
    first name), the type being the evidence a bare word lacks: a capital, then small letters
    only ("Admin" is a role, "jdadmin" a log-in, "TheCleaver" a brand, "Rmb8090" no word),
    and no agency ("Reuters": an agency typed Person is still no person)."""
    word = name.strip() if isinstance(name, str) else ""
    if len(word) < 2 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return []
    lower = word.lower()
    return [] if lower in ROLE_WORDS or lower in _organisation_words() or agency_name(word) else [word]


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    """The words that make a byline's name an organisation or a role (``vocab/metadata.toml``)."""
    return frozenset(vocab.data("metadata")["byline"]["organisation_words"])


def _person_name(person: dict[str, Any]) -> Any:
    """The name of a JSON-LD Person: ``name`` (the first of a list), else given and family name."""
    name = person.get("name")
    if isinstance(name, list):
        name = next((n for n in name if isinstance(n, str)), None)
    if not (isinstance(name, str) and name.strip()):
        parts = [person.get("givenName"), person.get("familyName")]
        name = " ".join(p for p in parts if isinstance(p, str)) or None
    return name


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """Replace ``{"@id": ...}`` references (Yoast-style graphs) by the objects they name
    (in ``value`` and, for a list, in its items: a reference goes no deeper)."""
    if isinstance(value, list):
        return [_resolve_one(v, by_id) for v in value]
    return _resolve_one(value, by_id)


def _resolve_one(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def _first(*values: Any) -> str | None:
    """The first non-empty string, entities resolved and markup removed."""
    for value in values:
        if isinstance(value, str):
            # JSON-LD often carries HTML entities ("&#8216;"), sometimes markup ("&lt;em&gt;")
            value = _TAG.sub("", unescape(value)).strip()
            if value:
                return value
    return None


def _text_of(value: Any) -> Any:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        return value.get("name") or value.get("@value") or value.get("@id") or value.get("url")
    return value


def _meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for meta in _META(tree):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content:
            tags.setdefault(key, []).append(content)
    return tags


def declares_article(tree: HtmlElement) -> bool:
    """The page says it is an article: a JSON-LD article object or ``og:type`` ``article``."""
    if any(_types(obj) & ARTICLE_TYPES for obj in _jsonld_objects(tree)):
        return True
    return any(t.lower().startswith("article") for t in _meta_tags(tree).get("og:type", []))


def extract_metadata(tree: HtmlElement, url: str | None = None) -> dict[str, Any]:
    """Metadata fields (``title``, ``authors``, ``published``, ``updated``, ``url``, ``site_name``)
    found in the markup of ``tree``; fields with no evidence are left out."""
    article: dict[str, Any] = {}
    page: dict[str, Any] = {}  # the WebPage: Yoast's graph gives it the author of a post not typed an article
    organisations: set[str] = set()
    objects = list(_jsonld_objects(tree))
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and len(obj) > 1}
    for obj in objects:
        types = _types(obj)
        if types & ORGANISATION_TYPES and isinstance(obj.get("name"), str):
            organisations.add(obj["name"].strip().lower())
        if types & ARTICLE_TYPES and not article:
            article = obj
        elif "webpage" in types and not page:
            page = obj
    publisher = _text_of(article.get("publisher"))
    if isinstance(publisher, str):
        organisations.add(publisher.strip().lower())
    tags = _meta_tags(tree)

    def tag(*names: str) -> str | None:
        return _first(*(tags.get(n, [None])[0] for n in names))

    site_name = _first(publisher if isinstance(publisher, str) and not publisher.startswith("http") else None,
                       tag("og:site_name", "application-name"))  # fmt: skip
    if site_name:
        organisations.add(site_name.lower())
    result: dict[str, Any] = {}

    title = _first(_text_of(article.get("headline")), tag("og:title", "twitter:title", "title", "headline"))
    if title is None:
        titles = _TITLE(tree)
        title = _first(titles[0].text_content() if titles else None)
    if title:
        result["title"] = strip_site_suffix(" ".join(title.split()), site_name, url)

    authors = _authors_from_jsonld(_resolve(article.get("author") or page.get("author"), by_id), organisations)
    if not authors:  # no person in JSON-LD: the meta tags, then the markup (persons only)
        authors = []
        for value in [*(tags.get(n, []) for n in ("author", "article:author", "parsely-author", "byl"))]:
            for name in value:
                authors.extend(n for n in _clean_name(name) if n.lower() not in organisations)
    if not authors:
        body = tree.find("body") if tree.tag == "html" else tree
        for element in (_AUTHOR_MARKUP(body) if body is not None else [])[:MAX_AUTHORS]:
            named = element.find(".//*[@itemprop='name']")
            text = (named if named is not None else element).text_content()
            authors.extend(n for n in _clean_name(text) if n.lower() not in organisations)
        if not authors and body is not None:
            authors = [n for n in _authors_from_byline_markup(body) if n.lower() not in organisations]
    authors = list(dict.fromkeys(authors))
    if 0 < len(authors) <= MAX_AUTHORS:
        result["authors"] = authors

    published, updated = _dates(tree, article, tags)
    if published:
        result["published"] = published
    if updated:
        result["updated"] = updated

    canonical = [link.get("href", "") for link in _CANONICAL(tree)]
    page_url = _page_url([*canonical, *tags.get("og:url", []), _text_of(article.get("url")), url], url)
    if page_url:
        result["url"] = page_url
    if site_name:
        result["site_name"] = " ".join(site_name.split())
    return result


def _is_byline_class(value: str) -> bool:
    """A class attribute that marks a byline: one of its classes is made of words of which one
    names an author or a byline and the others only say which part or where (``author-name``,
    ``c-byline__author``, ``entry-author``; not ``author-bio``, ``comment-author``)."""
    for token in value.split():
        words = {w.lower() for w in _CLASS_WORDS.findall(token)}
        if words & _BYLINE_WORDS and words <= _BYLINE_WORDS | _BYLINE_PART_WORDS:
            return True
    return False


def _in_other_region(element: HtmlElement) -> bool:
    """``element`` sits in comments, a list of related articles, a sidebar, a footer: a
    byline there is not this article's."""
    marks = []
    for node in (element, *element.iterancestors()):
        if node.tag == "body":  # its classes describe the page ("no-sidebars"), not a region
            break
        if node.tag in _NOT_ARTICLE_TAGS:
            return True
        marks.append(f"{node.get('class') or ''} {node.get('id') or ''}")
    return _NOT_ARTICLE_REGION.search(" ".join(marks)) is not None


def _byline_names(text: str) -> list[str]:
    """Person names in the text of a byline element, cleaned as any markup name (:func:`_clean_name`).

    Text with its own lead is read as a byline line is ("By A and B", "Von A publiziert am ...",
    "Текст: A"). Without one the markup is the lead, and the names must be all the text holds
    up to a separator ("A and B", "A Associated Press", "A | Contributor"): "Follow A on
    Twitter" is no byline."""
    text = " ".join(text.split())
    if not text or len(text) > _MAX_BYLINE_CHARS:
        return []
    first, _, rest = text.partition(" ")
    if first.lower() in _ABOUT_WORDS:  # an author box's heading: "About Jane Doe"
        text = rest
    split = split_byline(text)
    parsed = split[0] if split else parse_byline(text)
    if parsed is None:
        head = _BYLINE_SEPARATOR.split(text, maxsplit=1)[0]
        parsed = None if is_furniture_phrase(head) else parse_byline("By " + head)
    return [name for part in parsed[0] for name in _clean_name(part)] if parsed else []


# The vocabularies of the page's furniture that the cleaners drop whole lines by: promos
# ("Read More", "Follow Us", "Sign up"), the markers of lists of other stories ("Top Stories",
# "Les plus lus", "Meistgelesen"), the site's labels ("Contact Us").
_FURNITURE_VOCABULARIES = ("promos", "trailing", "template")


def is_furniture_phrase(text: str) -> bool:
    """``text`` is a phrase of the page's furniture that the cleaners know (:data:`_FURNITURE_VOCABULARIES`):
    in capitals, it reads like a name ("Top Stories"), but a byline element holding it is a
    heading or a button, no byline."""
    return any(vocab.match(name, text) is not None for name in _FURNITURE_VOCABULARIES)


# what ends the names in a byline element: "Jane Doe | Contributor", "Jane Doe · 4 min read"
_BYLINE_SEPARATOR = re.compile(r"\s+[|·•/–—-](?:\s|$)")
_MAX_BYLINE_CHARS = 200  # longer: an author's biography or a paragraph, not a byline
_ABOUT_WORDS = frozenset({"about", "sobre", "über"})


def _authors_from_byline_markup(body: HtmlElement) -> list[str]:
    """Authors named by the byline markup in ``body`` (:data:`_BYLINE_MARKUP`): the first byline
    of the article's region that names a person, with the bylines beside it (one name an
    element: "By <a class=author>A</a> and <a class=author>B</a>").

    Not read: a byline in comments, a related list, a sidebar (:func:`_in_other_region`); one in
    an item of a list whose other items carry other names (teasers, each by its own author,
    :func:`_in_teaser_list`); an element holding a narrower byline element (that one is read)."""
    bylines = [
        e for e in _BYLINE_MARKUP(body)
        if e.get("data-author") is not None or _is_byline_class(e.get("class") or "")
        or (e.tag == "address" and _in_article(e) and not _is_postal(e))
    ]  # fmt: skip
    if not bylines:
        return []
    holders = {a for e in bylines if e.text_content().strip() for a in e.iterancestors()}
    named: list[tuple[HtmlElement, list[str]]] = []
    for element in bylines:
        if element in holders:
            continue
        attribute = element.get("data-author")  # the name, or an id: never the text (a whole article)
        names = _byline_names(attribute if attribute is not None else element.text_content())
        if names and not _in_other_region(element):
            named.append((element, names))
    named = [(e, names) for e, names in named if not _in_teaser_list(e, names, named)]
    if not named:
        return []
    first = named[0][0]
    parent = first.getparent()
    beside = {parent, parent.getparent() if parent is not None else None}
    authors = list(dict.fromkeys(n for e, names in named if e is first or e.getparent() in beside for n in names))
    return authors if len(authors) <= MAX_AUTHORS else []


def _in_article(element: HtmlElement) -> bool:
    """``element`` is inside an ``<article>``: an ``<address>`` there is its author's contact,
    elsewhere the site's ("Contact Us", a street)."""
    return any(a.tag == "article" for a in element.iterancestors())


# The words that name a street or a square ("12 High Street", "Rue de Rivoli", "Calle Mayor"),
# and the endings of those written as one word with the street's name ("Hauptstraße",
# "Keizersgracht", "Storgatan"): an address that holds one is a place, not a person.
_STREET_WORDS = frozenset(
    {
        "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "boulevard", "blvd", "square", "terrace",
        "crescent", "highway", "parkway", "rue", "allée", "chemin", "quai", "impasse", "strasse", "straße",
        "calle", "avenida", "plaza", "paseo", "carrer", "via", "viale", "piazza", "corso", "largo", "rua",
        "praça", "travessa", "straat", "laan", "plein", "gracht", "ulica", "utca", "ulitsa", "улица", "ул",
    }
)  # fmt: skip
_STREET_ENDS = ("straße", "strasse", "gasse", "allee", "platz", "straat", "gracht", "gatan", "vägen", "gade", "katu")
_BLOCK_TAGS = frozenset({"br", "p", "div", "li", "tr"})  # what puts the parts of an address on lines of their own


def _is_postal(address: HtmlElement) -> bool:
    """An ``<address>`` that is a postal address or a contact block, not its article's byline:
    a word of it names a street (:data:`_STREET_WORDS`), or it is set on several lines one of
    which holds a figure (a house number, a postcode, a telephone). The author's contact (a
    name, a link to a profile or an e-mail) holds neither."""
    text = address.text_content()
    words = [w.strip(".,;:()").lower() for w in text.split()]
    if any(w in _STREET_WORDS or (len(w) > 6 and w.endswith(_STREET_ENDS)) for w in words):
        return True
    return any(c.isdigit() for c in text) and any(e.tag in _BLOCK_TAGS for e in address.iterdescendants())


def _in_teaser_list(element: HtmlElement, names: list[str], named: list[tuple[HtmlElement, list[str]]]) -> bool:
    """``element`` is in an item of a list (``<li>``, ``<article>``) a sibling item of which holds
    a byline with other names: a list of articles, each by its own author."""
    item = next((a for a in element.iterancestors() if a.tag in _LIST_ITEM_TAGS), None)
    if item is None:
        return False
    parent = item.getparent()
    for other, other_names in named:
        if other_names == names:
            continue
        for ancestor in other.iterancestors():
            if ancestor.getparent() is parent and ancestor is not item and ancestor.tag == item.tag:
                return True
    return False


def _scalar(value: Any) -> Any:
    """The first item of a list (JSON-LD allows a list wherever one value goes)."""
    return value[0] if isinstance(value, list) and value else value


def _page_url(candidates: list[Any], base: str | None) -> str | None:
    """The first candidate that is (or, relative to ``base``, becomes) an http(s) URL with a host,
    without user name and password."""
    base_host = _hostname(base) if (base or "").strip().lower().startswith("http") else ""
    for candidate in candidates:
        value = _first(candidate)
        if not value:
            continue
        if base_host:  # "/story", "//host/story": relative to the page's own address
            try:
                value = urljoin(base.strip(), value)  # type: ignore[union-attr]
            except ValueError:
                continue
        if value.lower().startswith(("http://", "https://")) and _hostname(value):
            return without_userinfo(value)
    return None


def _dates(tree: HtmlElement, article: dict[str, Any], tags: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """``(published, updated)``: candidates in order of trust, checked against each other."""
    published_candidates = [
        article.get("datePublished"),
        article.get("dateCreated"),
        *(tags.get(n, [None])[0] for n in ("article:published_time", "og:article:published_time",
          "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
          "sailthru.date", "parsely-pub-date", "article.published", "article:published")),
    ]  # fmt: skip
    updated_candidates = [
        article.get("dateModified"),
        *(tags.get(n, [None])[0] for n in ("article:modified_time", "og:updated_time", "datemodified",
          "last-modified", "article.updated", "article:modified")),
    ]  # fmt: skip
    for element in _ITEMPROP_DATES(tree):  # microdata on the page body
        props = (element.get("itemprop") or "").split()
        value = element.get("content") or element.get("datetime")
        if "datePublished" in props:
            published_candidates.append(value)
        elif "dateModified" in props:
            updated_candidates.append(value)
    for time in _TIMES(tree):
        marker = f"{time.get('itemprop') or ''} {time.get('class') or ''} {time.get('pubdate') or ''}".lower()
        if "modif" in marker or "updat" in marker:
            updated_candidates.append(time.get("datetime"))
        else:
            published_candidates.append(time.get("datetime"))
    published_all = [d for d in map(normalise_date, map(_scalar, published_candidates)) if d]
    updated_all = [d for d in map(normalise_date, map(_scalar, updated_candidates)) if d]

    newest = max(updated_all, key=_sort_key) if updated_all else None
    published = next(
        (d for d in published_all if newest is None or _sort_key(d)[:10] <= _sort_key(newest)[:10]), None
    )
    updated = updated_all[0] if updated_all else None
    if updated and published and _not_later(updated, published):
        updated = None  # not an update: the same moment, or earlier than publication
    return published, updated
