"""The false-positive probe benchmark builds its pages deterministically and labels every line."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def probes():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # benchmarks/ is a package of the repository, not installed
    return importlib.import_module("benchmarks.bench_probes")


def test_every_article_keeps_its_body_lines_in_order_in_every_style(probes):
    articles, furniture = probes.load("articles.json"), probes.load("furniture.json")
    assert len(articles) == 30
    for i, art in enumerate(articles):
        body = art["body"].split("\n")
        for style in probes.STYLES:
            blocks = probes.build(art, furniture[art["lang"]], style, i % 3)
            assert blocks == probes.build(art, furniture[art["lang"]], style, i % 3)
            lines = [line for block in blocks for line, is_body in block if is_body]
            assert len(lines) == len([b for b in body if b]), (art["id"], style)
            furn = [line for block in blocks for line, is_body in block if not is_body]
            assert all(line.strip() for line in furn), (art["id"], style)
            assert bool(furn) == (style != "bare")


def test_lines_are_matched_to_removals_by_offset(probes):
    from newsclean import Pipeline

    page = [[("Skip to main content", False), ("Home", False), ("News", False), ("Sport", False)]]
    prose = "The council voted on Tuesday to keep all eleven branch libraries open for another year."
    page += [[(prose, True)], [(prose.replace("Tuesday", "Wednesday"), True)]]
    out = probes.removed_lines(Pipeline.default(), page)
    assert [(line, is_body) for line, is_body, _ in out] == [x for block in page for x in block]
    assert out[0][2] and all(isinstance(c, str) and r for c, r in out[0][2])  # the skip link goes
    assert not out[-1][2]
