"""The HTML path: parse once, read the page's metadata, drop furniture, extract the article.

``html --parse--> lxml tree --htmlmeta--> metadata hints
                            --dom.drop_clutter--> tree without furniture --trafilatura--> text``

The text that comes out becomes ``Result.input_text``; the text cleaners run on it as on any
text. Page text that never reaches it (furniture dropped here, boilerplate trafilatura left
out) is counted as noise in the score via ``hints["extra_noise_chars"]``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from . import dom
from .htmlmeta import declares_article, extract_metadata
from .scoring import non_whitespace

# Chosen by measurement on the dev pages (benchmarks/bench_html.py, docs/html.md).
# ``deduplicate`` must stay off: it keeps a cache across calls, so results would depend on
# which pages were cleaned before.
TRAFILATURA_DEFAULTS: dict[str, Any] = {
    "favor_precision": True,
    "favor_recall": False,
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "include_links": False,
    "include_images": False,
    "output_format": "txt",
    "fast": False,
}

# Settings of this stage itself (the rest go to trafilatura).
STAGE_DEFAULTS: dict[str, Any] = {
    "dom_clean": True,  # drop furniture (nav, related stories, share bars...) before extraction
    "drop_embeds": False,  # social embeds: left to the text stage's embed cleaner by default
    "metadata": True,  # read JSON-LD, meta tags and <time> elements
    "max_chars": 1_500_000,  # HTML beyond this (after dropping scripts) is cut: time stays bounded
    "max_text_chars": 200_000,  # extracted text beyond this is cut (a long read is ~60,000)
    # trafilatura's fallback extractors (readability, jusText) weigh each block against its
    # neighbours, which is quadratic on a page of thousands of short blocks (800 KB of embedded
    # posts: 53 s). A tree with more elements than this, after the DOM stage, is extracted
    # without them (``fast``): twice the most of any dev page (1,433; the median 661).
    "fallback_max_elements": 3_000,
    # a page that does not declare itself an article and lists this many linked headings
    # (after the DOM stage) is an index of headlines
    "index_min_teasers": 8,
}

_BULKY = ("script", "style", "svg")
_NOT_TEXT = ("script", "style", "noscript", "template", "svg")
_FORCED = {"deduplicate": False, "with_metadata": False}
# trafilatura's own parser settings, with a huge_tree so deep pages are not cut at depth 256
_PARSER_OPTIONS: dict[str, Any] = {
    "collect_ids": False, "default_doctype": False, "encoding": "utf-8",
    "remove_comments": True, "remove_pis": True, "huge_tree": True,
}  # fmt: skip
# Characters XML forbids (C0 controls other than whitespace, U+FFFE, U+FFFF). lxml keeps them
# in the tree, and trafilatura then returns no text at all: one stray control byte in a page
# must not cost the whole article. They never carry text, so they are deleted like NUL.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
# ... also written as numeric character references ("&#1;", "&#xFFFE;"), which lxml resolves.
_NOT_XML_REFERENCE = re.compile(
    r"&#(?:0*(?:[1-8]|1[4-9]|2\d|3[01]|6553[45])(?!\d)|[xX]0*(?:[1-8]|[eEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?"
)
# libxml2 ends the document at "</html>" (browsers do not): text after a stray one, or in a
# second document pasted after the first, was dropped unseen. The end tags are optional.
_END_OF_DOCUMENT = re.compile(r"</(?:html|body)\s*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>?")  # a tag, or one cut off at the end of the markup
# A pathologically deep page (libxml2 drops everything below depth 2048) is parsed again
# with every tag but these dropped (their text stays): none of them nests, so the flat page
# is shallow whatever wrapped the article (div, table, blockquote, list, article...).
_FLAT_KEEP = ("html", "head", "body", "title", "meta", "link", "script", "style", "p", "br", "h[1-6]", "a", "img")
_NESTING_TAG = re.compile(rf"</?(?!(?:{'|'.join(_FLAT_KEEP)})\b)[a-zA-Z][^\s/>]*[^>]*>", re.I)



@dataclass
class Extraction:
    """What the HTML stage hands to the text stage."""

    text: str
    hints: dict[str, Any] = field(default_factory=dict)


def parse(html: str) -> HtmlElement | None:
    """Parse a page into an lxml tree; ``None`` when there is nothing to parse.

    Pathological nesting (libxml2 drops everything below its depth limit) is flattened and
    parsed again, so the text of a page with 10,000 nested ``<div>``, ``<table>`` or
    ``<blockquote>`` still comes through.
    """
    if not html or not html.strip():
        return None
    tree, too_deep = _parse_bytes(html.encode("utf-8", "replace"))
    if too_deep:
        flat, _ = _parse_bytes(_NESTING_TAG.sub(" ", html).encode("utf-8", "replace"))
        tree = flat if flat is not None else tree
    if tree is not None and tree.find("frameset") is not None and tree.find("body") is None:
        tree = _noframes_page(tree)
    return tree


def _noframes_page(tree: HtmlElement) -> HtmlElement:
    """A frameset page as a reader without frames sees it: its ``<noframes>`` content as the
    body (libxml2 keeps that content as raw markup, which would count as text)."""
    inner = "".join(element.text or "" for element in tree.iter("noframes"))
    if not inner.strip():
        return tree
    head = tree.find("head")
    markup = etree.tostring(head, encoding="unicode") if head is not None else ""
    page, _ = _parse_bytes(f"<html>{markup}<body>{inner}</body></html>".encode("utf-8", "replace"))
    return page if page is not None else tree


def _parse_bytes(data: bytes) -> tuple[HtmlElement | None, bool]:
    parser = HTMLParser(**_PARSER_OPTIONS)  # one per call: the error log is per parser
    try:
        tree = document_fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, TypeError):
        return None, False
    too_deep = any("depth" in entry.message for entry in parser.error_log)
    return tree, too_deep


def strip_scripts(html: str) -> str:
    """``html`` without ``<script>``, ``<style>`` and ``<svg>`` blocks (for huge pages only).

    A scan with ``str.find`` that remembers the next opening of each tag: linear, even when
    a block is never closed.
    """
    lower = html.lower()
    next_open = {tag: lower.find(f"<{tag}") for tag in _BULKY}
    out, position = [], 0
    while True:
        for tag, found in next_open.items():
            if found != -1 and found < position:
                next_open[tag] = lower.find(f"<{tag}", position)
        pending = [(found, tag) for tag, found in next_open.items() if found != -1]
        if not pending:
            break
        start, tag = min(pending)
        out.append(html[position:start])
        end = lower.find(f"</{tag}", start)
        close = lower.find(">", end) if end != -1 else -1
        position = len(html) if close == -1 else close + 1
    out.append(html[position:])
    return "".join(out)


def split_settings(settings: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split user settings into this stage's and trafilatura's (unknown names raise)."""
    stage = dict(STAGE_DEFAULTS)
    extractor = dict(TRAFILATURA_DEFAULTS)
    for name, value in settings.items():
        if name in STAGE_DEFAULTS:
            stage[name] = value
        elif name in TRAFILATURA_DEFAULTS:
            extractor[name] = value
        else:
            known = ", ".join([*STAGE_DEFAULTS, *TRAFILATURA_DEFAULTS])
            raise TypeError(f"unknown HTML setting {name!r}; settings: {known}")
    if extractor["output_format"] not in ("txt", "markdown"):
        raise ValueError("output_format must be 'txt' or 'markdown'")
    extractor.update(_FORCED)
    return stage, extractor


def extract(html: str | bytes, url: str | None = None, **settings: Any) -> Extraction:
    """Extract the article text and metadata of ``html``; never raises on bad markup.

    ``settings``: any of :data:`STAGE_DEFAULTS` and :data:`TRAFILATURA_DEFAULTS`.
    """
    stage, extractor = split_settings(settings)
    if isinstance(html, bytes):
        from .charset import decode_bytes

        html = decode_bytes(html)
    cut_chars = 0
    if len(html) > stage["max_chars"]:
        html = strip_scripts(html)
        # the text cut off is not read, but it is not article either: it counts as noise
        cut_chars = _markup_text_chars(html[stage["max_chars"] :])
        html = html[: stage["max_chars"]]
    html = _END_OF_DOCUMENT.sub("", _NOT_XML_REFERENCE.sub("", _NOT_XML.sub("", html)))
    tree = parse(html)
    try:
        extraction = _extract_tree(tree, url, stage, extractor) if tree is not None else None
    except Exception:  # last line of defence: bad input gives an empty article, not a crash
        extraction = None
    if extraction is None:
        extraction = Extraction("", {"extra_noise_chars": 0, "metadata": {}, "dom_removed": []})
    extraction.hints["extra_noise_chars"] += cut_chars
    return extraction


def _markup_text_chars(html: str) -> int:
    """Non-whitespace characters of the text in a stretch of markup (tags left out)."""
    return non_whitespace(_ANY_TAG.sub(" ", html))


def _has_visible_text(tree: HtmlElement) -> bool:
    """Any text in the body outside ``<script>``, ``<style>``, ``<noscript>`` and ``<template>``
    (a walk that skips those and stops at the first text: pages have plenty)."""
    body = tree.find("body")
    if body is None:
        return False
    walk = etree.iterwalk(body, events=("start",))
    for _, element in walk:
        if element is not body and (element.tail or "").strip():
            return True
        if element.tag in _NOT_TEXT:
            walk.skip_subtree()
        elif isinstance(element.tag, str) and (element.text or "").strip():
            return True
    return False


def _extract_tree(tree: HtmlElement, url: str | None, stage: dict[str, Any], extractor: dict[str, Any]) -> Extraction:
    hints: dict[str, Any] = {"metadata": {}, "dom_removed": []}
    if stage["metadata"]:
        try:
            hints["metadata"] = extract_metadata(tree, url=url)
        except Exception:  # metadata is a bonus: a page that defeats it still gets its text
            hints["metadata"] = {}
    try:
        is_article = declares_article(tree)
    except Exception:  # neither may the question whether it is an article
        is_article = False
    if tree.find(".//noscript") is not None and not _has_visible_text(tree):
        # All the page shows is in <noscript> (a page that renders with script, and says it
        # for readers without): that is what a reader without script sees, so it is the page.
        etree.strip_tags(tree, "noscript")
    # Scripts and styles are never text; dropping them now (after the JSON-LD was read) also
    # makes trafilatura's own copy of the tree cheaper.
    etree.strip_elements(tree, *_NOT_TEXT, with_tail=False)
    body = tree.find("body")
    # the page's text is its body's: a page with none (only a <head>, frames) shows no text
    page_chars = non_whitespace(body.text_content()) if body is not None else 0

    if stage["dom_clean"]:
        try:
            removed = dom.drop_clutter(tree, drop_embeds=stage["drop_embeds"])
        except Exception:  # e.g. a tree too deep for the guard; extraction still runs
            removed = []
        hints["dom_removed"] = [{"text": r.text, "kind": r.kind, "reason": r.reason} for r in removed]
        dom.breaks_to_paragraphs(tree)

    if not is_article and dom.linked_headings(tree) >= stage["index_min_teasers"]:
        # an index of headlines, not an article: say so, rather than return a heap of teasers
        hints["page_kind"] = "index"
        hints["extra_noise_chars"] = page_chars
        return Extraction("", hints)
    hints["page_kind"] = "article"
    if not extractor["fast"] and tree.xpath("count(//*)") > stage["fallback_max_elements"]:
        extractor = {**extractor, "fast": True}
    try:
        text = trafilatura.extract(tree, url=url, **extractor) or ""
    except Exception:  # RecursionError on absurd nesting, lxml errors: an empty article
        text = ""
    text = text[: stage["max_text_chars"]]
    hints["extra_noise_chars"] = max(0, page_chars - non_whitespace(text))
    return Extraction(text, hints)
