"""The judging rules of benchmarks/bench_metadata.py (a benchmark's verdicts are code too)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from newsclean import Metadata

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # benchmarks/ is a package of the repository, not installed
    return importlib.import_module("benchmarks.bench_metadata")


def test_a_title_agrees_when_it_is_the_same_headline_give_or_take_the_sites_name(bench):
    assert bench.same_title("Bus fares to rise in April", "Bus Fares To Rise In April!")
    assert bench.same_title("Bus fares to rise in April - Example News", "Bus fares to rise in April")
    assert not bench.same_title("Bus fares to rise", "Council approves a new stadium after a long debate")


def test_a_date_agrees_within_a_day(bench):
    assert bench.same_day("2019-11-19T22:31", "2019-11-20")
    assert not bench.same_day("2019-11-20", "2014-06-21")
    assert not bench.same_day("not a date", "2019-11-20")


def test_the_tally_counts_found_agreeing_and_wrong_values(bench):
    declared = bench.Declared("Bus fares to rise in April", frozenset({"jane doe"}), "2024-03-12", None)
    pairs = [
        (Metadata(title="Bus fares to rise in April", authors=["Jane Doe"], published="2024-03-12"), declared),
        (Metadata(title="Storm warning for the coast", authors=["John Roe"], published="2024-01-01"), declared),
        (Metadata(), declared),
    ]
    out = bench.tally(pairs)
    assert [(t.n, t.found, t.agree, t.wrong) for t in out.values()] == [(3, 2, 1, 1)] * 3
