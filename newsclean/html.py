"""The HTML path: extract the article text (trafilatura) and the page's metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import trafilatura

from .scoring import non_whitespace


@dataclass
class Extraction:
    """What the HTML stage hands to the text stage."""

    text: str
    hints: dict[str, Any] = field(default_factory=dict)


def extract(html: str, url: str | None = None, **settings: Any) -> Extraction:
    """Extract the main text of ``html``; never raises on bad markup."""
    options = {"deduplicate": False, "include_comments": False, "include_tables": True}
    options.update(settings)
    try:
        text = trafilatura.extract(html, url=url, **options) or ""
    except Exception:  # trafilatura/lxml can fail on pathological markup: an empty article
        text = ""
    page_chars = non_whitespace(trafilatura.html2txt(html) or "") if html else 0
    return Extraction(text, {"extra_noise_chars": max(0, page_chars - non_whitespace(text))})
