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


@pytest.mark.parametrize("probe_set", ["probe", "heldout"])
def test_each_set_loads_has_furniture_for_every_language_and_labels_every_body_line(probes, probe_set):
    _, articles_file, furniture_file, _ = probes.SETS[probe_set]
    articles, furniture = probes.load(articles_file), probes.load(furniture_file)
    assert articles and len({art["id"] for art in articles}) == len(articles)
    for i, art in enumerate(articles):
        assert art["lang"] in furniture, (probe_set, art["id"])
        body = [line for line in art["body"].split("\n") if line]
        for style in probes.STYLES:
            # html2text writes every bullet as "* ", so the markdown page does too
            md = style == "markdown"
            expected = ["* " + b[2:] if md and b[:2] in ("- ", "• ") else b for b in body]
            blocks = probes.build(art, furniture[art["lang"]], style, i % 3)
            assert [line for block in blocks for line, is_body in block if is_body] == expected, (art["id"], style)


def test_the_heldout_set_has_its_own_files_and_heading(probes):
    heading, articles_file, furniture_file, _ = probes.SETS["heldout"]
    assert heading == "## False-positive probe, held-out set (synthetic articles)" != probes.SETS["probe"][0]
    assert (articles_file, furniture_file) == ("heldout_articles.json", "heldout_furniture.json")
    articles = probes.load(articles_file)
    assert len(articles) == 36
    assert {lang: sum(a["lang"] == lang for a in articles) for lang in probes.load(furniture_file)} == {
        "en": 18, "fr": 3, "de": 3, "es": 3, "it": 3, "pt": 3, "nl": 3
    }
