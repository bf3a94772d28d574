"""The article-extraction-benchmark metric (see ../shared/bench/articles-dev/README.md).

Tokens are ``\\w+`` matches; shingles are runs of 4 tokens counted with multiplicity; each page's
tp/fp/fn are normalised to sum to 1; precision and recall are averaged over pages and F1 is
taken of the averages.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

DEV_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "articles-dev"

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        if self.tp + self.fp == 0:
            return None if self.fn else 1.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        if self.tp + self.fn == 0:
            return None if self.fp else 1.0
        return self.tp / (self.tp + self.fn)


def page_score(truth: str, predicted: str) -> PageScore:
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class Summary:
    precision: float
    recall: float
    f1: float
    pages: int


def summarise(scores: Iterable[PageScore]) -> Summary:
    scores = list(scores)
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Summary(p, r, f1, len(scores))


def evaluate(truths: Mapping[str, str], predictions: Mapping[str, str]) -> Summary:
    """Score predictions (page id -> text) against the ground truth (page id -> body)."""
    return summarise(page_score(truths[k], predictions.get(k, "")) for k in truths)


def load_dev(directory: Path = DEV_DIR) -> dict[str, dict[str, str]]:
    """``{id: {"html": ..., "body": ..., "url": ...}}`` for the dev pages."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for page_id, item in sorted(truth.items()):
        html = gzip.decompress((directory / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        pages[page_id] = {"html": html, "body": item["articleBody"], "url": item.get("url") or ""}
    return pages
