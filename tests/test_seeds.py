"""The five seed articles scored against their gold labels (fixtures/seeds/README.md)."""

from __future__ import annotations

import json
from functools import reduce

import pytest
from seedscore import SEEDS, SeedScore, score_output, seed_names

import newsclean

NAMES = seed_names()


@pytest.fixture(scope="module")
def results() -> dict[str, newsclean.Result]:
    return {name: newsclean.clean((SEEDS / f"{name}.txt").read_text(encoding="utf-8")) for name in NAMES}


def test_five_seeds_are_present():
    assert len(NAMES) == 5


def test_body_recall_and_removal_precision_across_the_seeds(results):
    total = reduce(lambda a, b: a + b, (score_output(n, results[n].text) for n in NAMES), SeedScore())
    # Seed 004's gold swaps two labels (its credit line is labelled body and the line after it
    # credits); that costs one line each way and is the only miss.
    assert total.recall >= 0.99, total.missed
    assert total.precision >= 0.98, total.wrongly_kept


def test_identity_scores_like_the_readme_says():
    # The scorer itself: no cleaning keeps everything (recall 1.0, precision about 0.68).
    total = reduce(
        lambda a, b: a + b, (score_output(n, (SEEDS / f"{n}.txt").read_text(encoding="utf-8")) for n in NAMES)
    )
    assert total.recall == 1.0
    assert 0.6 < total.precision < 0.75


@pytest.mark.parametrize("name", NAMES)
def test_gold_metadata_is_extracted(results, name):
    gold = json.loads((SEEDS / "gold" / f"{name}.meta.json").read_text(encoding="utf-8"))
    got = {field: getattr(results[name].metadata, field) for field in gold}
    assert got == gold


def test_lbc_article_example_from_the_issue(results):
    r = results["002_99f613d10e4c7134"]
    assert "Listen to this article" not in r.text
    assert "Read more:" not in r.text
    assert "Picture: Alamy" not in r.text
    assert "More Latest News" not in r.text
    assert r.text.startswith("The US has warned")
    assert r.text.endswith("suspected of carrying out the attack.")
    trailing = [x for x in r.removals if x.kind is newsclean.Kind.TRAILING]
    assert len(trailing) >= 34
    assert 0 < r.score.signal_fraction < 1


def test_broken_paragraphs_are_joined(results):
    text = results["000_b79e2d3dc9446b5e"].text
    assert 'called the talks "meaningful," while the country\'s deputy defense minister' in text


def test_markdown_syntax_is_cut_but_words_stay(results):
    text = results["000_b79e2d3dc9446b5e"].text
    assert "**" not in text and "](#)" not in text
    assert "'A whoosh, then a boom'" in text
