"""The invariants of the design document (../shared/DESIGN.md, beside the repository): nothing lost,
deterministic, total."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from cleanerutil import BODY, BODY2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seedscore import SEEDS, seed_names

import newsclean

# Lines of the kinds the cleaners act on, so generated pages exercise them, not only noise.
POOL = [
    BODY,
    BODY2,
    "Read more: Council approves new stadium plans",
    "Listen to this article",
    "By Jane Doe and John Roe for AFP",
    "29 March 2022, 17:38 | Updated: 29 March 2022, 20:50",
    "Protesters gather. Picture: PA",
    "— Jane (@jane) [April 2, 2023](#)",
    "pic.twitter.com/AbC123",
    "\\* \\* \\*",
    "### Category",
    "1. Main",
    "More Latest News",
    "Storm warning issued for coastal towns",
    "**Update:** [link text](#) and *emphasis*",
    "??Breaking",
    "Source: The Guardian",
    "Original url:",
    "<https://example.com/a>",
    "the sentence goes on here, while",
    "”",
    "---",  # front matter: "---", fields, "---" at the top; a reader service's header
    'title: "Storm warning: what we know"',
    "author: Jane Doe; John Roe",
    "URL Source: https://example.com/a",
    "Markdown Content:",
]
LINES = st.one_of(st.sampled_from(POOL), st.text(max_size=80))
PAGES = st.lists(LINES, max_size=25).flatmap(
    lambda lines: st.lists(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]), min_size=len(lines), max_size=len(lines)).map(
        lambda seps: "".join(line + sep for line, sep in zip(lines, seps))
    )
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_nothing_lost(r: newsclean.Result) -> None:
    coverage = [0] * len(r.input_text)
    for removal in r.removals:
        assert r.input_text[removal.start : removal.end] == removal.text
        for i in range(removal.start, removal.end):
            coverage[i] += 1
    assert max(coverage, default=0) <= 1, "a character is inside two removals"
    left = "".join(ch for ch, n in zip(r.input_text, coverage) if n == 0 and not ch.isspace())
    assert left == "".join(r.text.split()), "text is not exactly what the removals left"
    replayed = newsclean.apply_removals(r.input_text, r.removals)
    assert replayed.split() == r.text.split()


@FAST
@given(PAGES)
def test_nothing_is_lost(text):
    assert_nothing_lost(newsclean.clean(text))


# Hard-wrapped text (segment joins a paragraph's lines into one block): paragraphs of words,
# filled to a width, between lines of the pool.
WORDS = st.sampled_from(["the", "council", "said", "on", "Monday", "it", "would", "raise", "prices", "Read", "more:"])
WRAPPED = st.tuples(
    st.lists(st.lists(WORDS, min_size=20, max_size=80).map(" ".join), min_size=1, max_size=8),
    st.integers(min_value=60, max_value=100),
    st.lists(LINES, max_size=6),
).map(lambda t: "\n\n".join([textwrap.fill(p, t[1]) for p in t[0]] + t[2]))


@FAST
@given(WRAPPED)
def test_nothing_is_lost_in_wrapped_text(text):
    r = newsclean.clean(text)
    assert_nothing_lost(r)
    assert newsclean.clean(text).to_dict() == r.to_dict()


@FAST
@given(st.binary(max_size=400))
def test_total_on_bytes(data):
    r = newsclean.clean(data)
    assert isinstance(r, newsclean.Result)
    assert_nothing_lost(r)


@FAST
@given(st.text(max_size=300))
def test_total_on_arbitrary_text_and_deterministic(text):
    first = newsclean.clean(text)
    second = newsclean.clean(text)
    assert first.to_dict() == second.to_dict()


@FAST
@given(PAGES)
def test_result_round_trips_through_json(text):
    r = newsclean.clean(text)
    data = json.loads(json.dumps(r.to_dict()))
    assert newsclean.Result.from_dict(data).to_dict() == r.to_dict()


def test_empty_page_gives_empty_text_and_zero_score():
    r = newsclean.clean("")
    assert r.text == "" and r.removals == []
    assert r.score.signal_fraction == 0 and r.score.signal_chars == 0
    assert r.metadata.language is None


@pytest.mark.parametrize("bad", [None, 3, 2.5, ["text"], {"text": "x"}])
def test_wrong_types_raise_a_helpful_type_error(bad):
    with pytest.raises(TypeError, match="str or bytes"):
        newsclean.clean(bad)


def test_results_do_not_depend_on_document_order():
    names = seed_names()
    pages = [(SEEDS / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    forward = [newsclean.clean(p).to_dict() for p in pages]
    backward = [newsclean.clean(p).to_dict() for p in reversed(pages)][::-1]
    assert forward == backward


def test_results_are_the_same_in_another_process():
    names = seed_names()
    code = (
        "import json, sys, newsclean; from pathlib import Path;"
        "print(json.dumps([newsclean.clean(Path(p).read_text(encoding='utf-8')).to_dict() for p in sys.argv[1:]]))"
    )
    paths = [str(SEEDS / f"{n}.txt") for n in names]
    out = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True, check=True)
    here = [newsclean.clean((SEEDS / f"{n}.txt").read_text(encoding="utf-8")).to_dict() for n in names]
    assert json.loads(out.stdout) == json.loads(json.dumps(here))


@pytest.mark.parametrize(
    "junk",
    [
        "[" * 3000 + "x" * 100_000 + "](" * 2000,  # unclosed link brackets on one long line
        "*_" * 20_000,
        "*a " * 20_000,  # emphasis openers without a closer
        "__a " * 20_000,
        "?? " * 5_000,
        "@" + "a" * 100_000,
        "[a](" * 20_000,
        " | ".join(["News"] * 30_000),
    ],
)
def test_pathological_lines_are_cleaned_whole(junk):
    # these once took seconds to minutes (regex backtracking); this test checks that they give
    # a complete, loss-free result
    r = newsclean.clean(f"{BODY}\n\n{junk}\n\n{BODY2}")
    assert BODY in r.text and BODY2 in r.text
    assert_nothing_lost(r)


def test_a_page_of_thousands_of_list_introductions_is_cleaned_whole():
    # each colon-ended line once scanned every short line after it: 8,000 lines took 29 s
    # (benchmarks/bench_scaling.py tracks how such pages scale); the result stays loss-free
    page = "\n\n".join("The list of the things we saw:" if i % 2 else f"Item {i}" for i in range(8000))
    r = newsclean.clean(f"{BODY}\n\n{page}\n\n{BODY2}")
    assert BODY in r.text and BODY2 in r.text
    assert_nothing_lost(r)


@pytest.mark.parametrize(
    "text, removals, words",
    [
        (None, [], "apply_removals: input_text is the str the removals were recorded on, not NoneType"),
        ("abc", None, "apply_removals: removals is a list of Removal objects, not NoneType"),
        ("abc", [{"start": 0, "end": 1}], r"not of dict \(Removal.from_dict reads one\)"),
    ],
)
def test_apply_removals_names_a_bad_argument(text, removals, words) -> None:
    with pytest.raises(TypeError, match=words):
        newsclean.apply_removals(text, removals)
