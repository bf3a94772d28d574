"""Render the dev pages to full-page text (html-text) and markdown (html2text), cached.

Two more renderings are measured beside them (``OTHER_RENDERINGS``): markdownify's, as many LLM
and RAG pipelines convert pages with it (link targets and titles kept, ATX headings), and
html2text's with its defaults, as most callers use it (lines wrapped at 78 columns, link
targets and images kept).

The text pipeline is measured on what scrapers actually hand it: a whole page rendered to text,
menus, footers and all. Renderings are cached under ``benchmarks/.cache/renderings/`` (one file
per page and rendering) because html2text is slow and the renderings never change.
"""

from __future__ import annotations

import re
from pathlib import Path

import html2text
import html_text
from bs4 import BeautifulSoup
from markdownify import MarkdownConverter

CACHE_DIR = Path(__file__).resolve().parent / ".cache" / "renderings"
RENDERINGS = ("text", "markdown")  # the two: its F1 and speed targets are theirs
OTHER_RENDERINGS = ("markdownify", "html2text-default")

# html2text writes [words](target) and, for an empty or absent href, [words]() or plain words.
# The seeds show link targets as "#": rewrite every inline link target to "#".
# A link title may hold quotes of its own: it ends at the first '")' on the line.
_LINK_TARGET = re.compile(r"(\]\()(?:[^()\s]|\([^()\s]*\))*(?:\s+\".*?\")?(\))")


def render_text(html: str) -> str:
    """Plain full-page text, one block per line (html-text with layout guessing)."""
    return html_text.extract_text(html, guess_layout=True)


def render_markdown(html: str) -> str:
    """Markdown with images ignored, no wrapping, and every link target replaced by ``#``."""
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_emphasis = False
    converter.ignore_links = False
    converter.inline_links = True
    converter.protect_links = False
    converter.wrap_links = False
    text = converter.handle(html)
    return _LINK_TARGET.sub(r"\1#\2", text)


def render_markdownify(html: str) -> str:
    """Markdown as markdownify writes it (ATX headings), scripts and styles left out."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    return MarkdownConverter(heading_style="ATX").convert_soup(soup)


def render_html2text_default(html: str) -> str:
    """html2text with its defaults, as ``html2text.html2text(html)`` gives it: lines wrapped at
    78 columns, link targets and images kept."""
    return html2text.html2text(html)


_RENDERERS = {
    "text": render_text,
    "markdown": render_markdown,
    "markdownify": render_markdownify,
    "html2text-default": render_html2text_default,
}


def render(page_id: str, html: str, kind: str, cache: bool = True) -> str:
    """Return the ``kind`` rendering (a name of ``RENDERINGS`` or ``OTHER_RENDERINGS``) of one
    page, cached by id."""
    if kind not in _RENDERERS:
        raise ValueError(f"unknown rendering {kind!r}; choose from {', '.join(_RENDERERS)}")
    path = CACHE_DIR / kind / f"{page_id}.txt"
    if cache and path.exists():
        return path.read_text(encoding="utf-8")
    text = _RENDERERS[kind](html)
    if cache:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return text


def render_all(pages: dict[str, dict[str, str]], kind: str) -> dict[str, str]:
    """``{page id: rendering}`` for every page of :func:`benchmarks.metric.load_dev`."""
    return {page_id: render(page_id, page["html"], kind) for page_id, page in pages.items()}


if __name__ == "__main__":  # warm the cache
    from .metric import load_dev

    dev = load_dev()
    for name in RENDERINGS + OTHER_RENDERINGS:
        render_all(dev, name)
    print(f"rendered {len(dev)} pages to {CACHE_DIR}")
