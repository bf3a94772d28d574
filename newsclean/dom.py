"""DOM-level hints: find and drop page furniture before article extraction.

Works on the lxml tree the HTML stage parsed once. An element is clutter when its tag is site
furniture (``nav``, ``aside``, ``footer``, ``figcaption``...) or when a token of its ``class`` or
``id`` names a class of clutter (related stories, newsletters, share bars, comments, ads, hover
cards...). A guard keeps any candidate that holds a large share of the page's paragraph text, so
a wrapper such as ``<div class="page has-sidebar">`` is never taken for a sidebar.

Everything dropped is returned as :class:`DomRemoval` records so the HTML stage can count it as
noise and show what went and why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

# Tags that are furniture wherever they appear. ``header`` is not here: an article's own
# header holds the byline and dates that the metadata cleaners read.
TAG_KINDS: Mapping[str, str] = {
    "nav": "navigation",
    "aside": "promo",
    "footer": "navigation",
    "figcaption": "caption",
    "form": "template",
    "button": "template",
    "dialog": "template",
    "iframe": "embed",
    "select": "template",
}

# Social-network embeds, by the class names their embed code uses. Kept by default: an article
# that quotes a tweet quotes it as part of its text; the text stage's embed cleaner decides.
EMBED_CLASSES: frozenset[str] = frozenset(
    {"twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-post", "reddit-card"}
)

# Class/id tokens (split on ``-``, ``_``, spaces and camelCase) naming a class of clutter.
TOKEN_KINDS: Mapping[str, str] = {
    # related and recommended stories
    "related": "promo",
    "recommended": "promo",
    "recommendations": "promo",
    "outbrain": "promo",
    "taboola": "promo",
    "trending": "promo",
    "mostread": "promo",
    "mostpopular": "promo",
    "morestories": "promo",
    "readmore": "promo",
    "readnext": "promo",
    # newsletters, subscriptions, paywall prompts
    "newsletter": "promo",
    "newsletters": "promo",
    "signup": "promo",
    "subscribe": "promo",
    "subscription": "promo",
    "paywall": "promo",
    # ads and sponsored slots
    "ad": "promo",
    "ads": "promo",
    "advert": "promo",
    "adverts": "promo",
    "advertisement": "promo",
    "advertising": "promo",
    "adslot": "promo",
    "adunit": "promo",
    "dfp": "promo",
    "sponsored": "promo",
    "promo": "promo",
    # share bars and social follow boxes
    "share": "template",
    "sharing": "template",
    "sharebar": "template",
    "social": "template",
    "sociallinks": "template",
    # reader comments
    "comments": "template",
    "disqus": "template",
    # hover cards and tooltips: content shown only on interaction
    "tooltip": "template",
    "popover": "template",
    "rollover": "template",
    "hovercard": "template",
    # navigation
    "breadcrumb": "navigation",
    "breadcrumbs": "navigation",
    "menu": "navigation",
    "navbar": "navigation",
    "sidebar": "navigation",
    "skiplink": "navigation",
    # image captions and credits
    "caption": "caption",
}

_ANY_TOKEN = re.compile("|".join(re.escape(t.replace("-", "")) for t in sorted(TOKEN_KINDS, key=len, reverse=True)))
_SEPARATORS = re.compile(r"[\s_\-]+")

HOVER_TOKENS = frozenset({"tooltip", "popover", "rollover", "hovercard"})
_INLINE = frozenset({"span", "a", "em", "strong", "b", "i", "small", "sup", "abbr"})

_INLINE_ALL = _INLINE | {"u", "sub", "cite", "q", "code", "mark", "time", "font"}
MIN_LOOSE_TEXT = 150  # characters of loose text before a container counts as a run of paragraphs

# A candidate holding more than this share of the page's paragraph text is a wrapper, not clutter.
MAX_PARAGRAPH_SHARE = 0.4

_SPLIT = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NOT_TEXT = {"script", "style", "noscript", "template"}
_TEXT_XPATH = etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)
_OWN_TEXT = etree.XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
_HEADINGS = etree.XPath("//body//*[self::h2 or self::h3 or self::h4]")
_PARAGRAPH_TEXT = etree.XPath("descendant-or-self::p//text()")


@dataclass(frozen=True)
class DomRemoval:
    """One element the DOM stage dropped: its visible text, the kind of clutter and why."""

    text: str
    kind: str
    reason: str


def tokens(value: str) -> set[str]:
    """Lower-case tokens of a class or id value, split on separators and camelCase."""
    out: set[str] = set()
    for part in _SPLIT.split(value):
        if not part:
            continue
        out.add(part.lower())
        out.update(piece.lower() for piece in _CAMEL.split(part))
    # "most-read", "read-more-big": one name in two tokens, so adjacent pairs count too
    for name in value.split():
        parts = [p.lower() for p in _SPLIT.split(name) if p]
        out.update(a + b for a, b in zip(parts, parts[1:]))
    return out


def classify(
    element: HtmlElement, drop_embeds: bool = False, memo: dict[str, tuple[str, str] | None] | None = None
) -> tuple[str, str] | None:
    """``(kind, reason)`` when ``element`` is page furniture, else ``None``.

    ``memo`` caches verdicts by class/id string within one page (pages repeat class names).
    """
    tag = element.tag
    if not isinstance(tag, str):
        return None
    tag = tag.lower()
    if tag in TAG_KINDS:
        return TAG_KINDS[tag], f"<{tag}> element"
    classes = element.get("class") or ""
    if drop_embeds and tag in ("blockquote", "div", "iframe"):
        hit = EMBED_CLASSES.intersection(classes.split())
        if hit:
            return "embed", f"social embed ({sorted(hit)[0]})"
    names = f"{classes} {element.get('id') or ''}"
    if memo is not None and names in memo:
        return memo[names]
    verdict = None
    # cheap prefilter: every token (or joined pair) is a substring of the squashed names
    if names.strip() and _ANY_TOKEN.search(_SEPARATORS.sub("", names.lower())):
        for token in sorted(tokens(names)):
            kind = TOKEN_KINDS.get(token)
            if kind:
                verdict = kind, f"class/id names {token!r}"
                break
    if memo is not None:
        memo[names] = verdict
    return verdict


def element_text(element: HtmlElement) -> str:
    """Visible text of one element, whitespace collapsed."""
    if element.tag in _NOT_TEXT:
        return ""
    hidden = {id(e) for e in element.iter(*_NOT_TEXT)}
    if not hidden:
        return " ".join(" ".join(element.itertext(with_tail=False)).split())
    parts = []
    for node in element.iter():
        if id(node) not in hidden and node.text and isinstance(node.tag, str):
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    return " ".join(" ".join(parts).split())


def _chars(texts: Iterable[str]) -> int:
    return sum(len("".join(t.split())) for t in texts)


def breaks_to_paragraphs(tree: HtmlElement, min_chars: int = MIN_LOOSE_TEXT) -> int:
    """Give ``<p>`` elements to containers that separate their paragraphs with ``<br>``.

    Older CMSs write an article as loose text in a ``<div>`` with ``<br><br>`` between
    paragraphs; extractors that score paragraphs then lose the first or all of them. Each run
    of text and inline elements between breaks becomes a ``<p>``; block children stay in place.
    Returns the number of containers rebuilt.
    """
    rebuilt = 0
    for container in list(tree.iter("div", "td", "section")):
        children = list(container)
        if sum(1 for c in children if c.tag == "br") < 2 or any(c.tag == "p" for c in children):
            continue
        loose = len((container.text or "").strip()) + sum(len((c.tail or "").strip()) for c in children)
        if loose < min_chars:
            continue
        _rebuild(container, children)
        rebuilt += 1
    return rebuilt


def _rebuild(container: HtmlElement, children: list[HtmlElement]) -> None:
    text, container.text = container.text, None
    for child in children:
        container.remove(child)
    current: HtmlElement | None = None

    def add_text(value: str | None) -> None:
        nonlocal current
        if not value or not value.strip():
            return
        if current is None:
            current = etree.SubElement(container, "p")
            current.text = value
        elif len(current):
            current[-1].tail = (current[-1].tail or "") + value
        else:
            current.text = (current.text or "") + value

    add_text(text)
    for child in children:
        tail, child.tail = child.tail, None
        if child.tag == "br" or not isinstance(child.tag, str):
            current = None  # a break (or a comment) ends the paragraph
        elif child.tag in _INLINE_ALL:
            if current is None:
                current = etree.SubElement(container, "p")
            current.append(child)
        else:
            container.append(child)  # a block stays where it was, between paragraphs
            current = None
        add_text(tail)


def linked_headings(tree: HtmlElement) -> int:
    """Headings (``h2``-``h4``) that are mostly a link: the teasers of an index page."""
    count = 0
    for heading in _HEADINGS(tree):
        text = len("".join(heading.text_content().split()))
        if not text:
            continue
        if any(a.tag == "a" for a in heading.iterancestors()):
            count += 1
            continue
        linked = sum(len("".join(a.text_content().split())) for a in heading.iter("a"))
        count += linked >= 0.8 * text
    return count


def _paragraph_chars(element: HtmlElement) -> int:
    return len("".join("".join(_PARAGRAPH_TEXT(element)).split()))


def _protected(element: HtmlElement) -> bool:
    """The article itself is never furniture, whatever its class says."""
    if element.get("itemprop") == "articleBody":
        return True
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    return tag in ("article", "main", "body", "html")


def find_clutter(tree: HtmlElement, drop_embeds: bool = False) -> list[tuple[HtmlElement, str, str]]:
    """Outermost clutter elements of ``tree`` with their ``(kind, reason)``."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    root = body if body is not None else tree
    found: list[tuple[HtmlElement, str, str]] = []
    skip_under: set[HtmlElement] = set()
    total_paragraphs: int | None = None
    memo: dict[str, tuple[str, str] | None] = {}
    for element in root.iter():
        parent = element.getparent()
        if parent is not None and parent in skip_under:
            skip_under.add(element)  # inside an element already dropped
            continue
        if not isinstance(element.tag, str) or _protected(element):
            continue
        verdict = classify(element, drop_embeds, memo)
        if verdict is None:
            continue
        if total_paragraphs is None:
            total_paragraphs = _paragraph_chars(root)
        if total_paragraphs and _paragraph_chars(element) > MAX_PARAGRAPH_SHARE * total_paragraphs:
            continue  # a wrapper around the article
        skip_under.add(element)
        if _is_hover_card(element, verdict[1]):
            # keep the trigger (the name in the sentence), drop the card that pops up from it
            found.extend((child, *verdict) for child in element[1:] if isinstance(child.tag, str))
            continue
        found.append((element, *verdict))
    return found


def _is_hover_card(element: HtmlElement, reason: str) -> bool:
    """An inline hover card in running text: its first child is the link readers see."""
    if element.tag not in _INLINE or not any(f"'{t}'" in reason for t in HOVER_TOKENS):
        return False
    first = element[0] if len(element) else None
    return first is not None and first.tag == "a" and not (element.text or "").strip()


def drop_clutter(tree: HtmlElement, drop_embeds: bool = False) -> list[DomRemoval]:
    """Remove clutter from ``tree`` in place (keeping the text that follows each element)."""
    removals = []
    for element, kind, reason in find_clutter(tree, drop_embeds):
        removals.append(DomRemoval(element_text(element), kind, reason))
        element.drop_tree()
    return removals


