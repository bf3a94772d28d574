"""Scaling: does a clean stay linear in the size of its input, whatever the input holds?

Rules that look ahead from a line (a list's introduction, a numbered list, a run of short
lines, a closing block) can turn quadratic when a page holds thousands of the lines that start
them, and so can a pattern that rescans a line from each of thousands of openers (one line of
unclosed links, of autolinks, of embed links). Each input below is cleaned at two sizes, ``n``
and ``4n`` units; the ratio of the two times is about 4 for a linear clean and about 16 for a
quadratic one. A linear clean can still cost far more per byte than prose, where a bounded
rescan repeats at every opener: the last column, milliseconds per KB on the larger size, says
so beside the anchor's. The anchor is article prose (the dev ground-truth bodies, repeated) at
the same sizes, in the same run.

    .venv/bin/python -m benchmarks.bench_scaling          # print only
    .venv/bin/python -m benchmarks.bench_scaling --write  # print, and update benchmarks/RESULTS.md
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import newsclean

from .metric import load_dev
from .results import command_line, publish

HEADING = "## Scaling with input size"
COMMAND = ".venv/bin/python -m benchmarks.bench_scaling --write"
UNITS = 4000  # the smaller size; the larger is four times as many


def _prose(n: int) -> str:
    paragraphs = [p for page in load_dev().values() for p in page["body"].split("\n") if len(p) > 80]
    return "\n\n".join(paragraphs[i % len(paragraphs)] + f" ({i})" for i in range(n))


# name: a page of n units of one kind of line that starts a look-ahead rule
INPUTS: dict[str, Callable[[int], str]] = {
    "article prose (anchor)": _prose,
    "list introductions and items": lambda n: "\n\n".join(
        "The list of the things we saw:" if i % 2 else f"Item {i}" for i in range(2 * n)
    ),
    "numbered items": lambda n: "Here are the things we picked this year:\n\n"
    + "\n\n".join(f"{i + 1}) Thing number {i}" for i in range(n)),
    "label: value records": lambda n: "\n\n".join(f"Label {i % 7}: value {i}" for i in range(n)),
    "read-more labels and headlines": lambda n: "\n\n".join(
        "Related:" if i % 2 else f"Council approves plan number {i}" for i in range(2 * n)
    ),
    "one-word menu lines": lambda n: "\n\n".join(["News", "Sport", "Weather", "Opinion"][i % 4] for i in range(n)),
    "short sentences": lambda n: "\n\n".join(f"It rained on day {i}." for i in range(n)),
    "a gallery's captions": lambda n: "\n\n".join(f"Fans at the parade on day {i}. Photo: AP" for i in range(n)),
    # one line each: a pattern's every opener, none closed
    "one line of unclosed links": lambda n: "[a](" * n,
    "one line of autolinks with no end": lambda n: "<http://a" * n,
    "one line of embed links, no spaces": lambda n: "pic.twitter.com/a" * n,
    "one line of embed links": lambda n: "https://t.co/a " * n,
    # a long word and a URL: the language sample's URL pattern scans each start a bounded way
    "one long word, then a URL": lambda n: "a" * (20 * n) + " http://x.org",
    # hard-wrapped text (html2text's defaults): wrapped links and lines open with capitals
    "wrapped links and capitals": lambda n: "\n\n".join(
        "The council met on Monday to discuss a new plan for the city's roads, and the\n"
        f"Mayor said [the plan](http://x.org/news/{i}/a-\nplan \"Permalink to\nthe plan\") was late."
        for i in range(n)
    ),
    # HTML: trafilatura's fallback extractors weigh each block against its neighbours
    "an HTML page of embedded posts": lambda n: "<html><body>"
    + '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) Nov 18, 2019</blockquote>' * n
    + "</body></html>",
}


def _seconds(text: str) -> float:
    start = time.perf_counter()
    newsclean.clean(text)
    return time.perf_counter() - start


def run(write: bool) -> str:
    """Time each input at ``UNITS`` and ``4 * UNITS``; print (and with ``write``, publish) the table."""
    rows = []
    for name, make in INPUTS.items():
        small, large = make(UNITS), make(4 * UNITS)
        _seconds(small)  # warm the caches
        t_small, t_large = min(_seconds(small) for _ in range(3)), min(_seconds(large) for _ in range(3))
        per_kb = 1000 * t_large / (len(large) / 1000)
        rows.append(
            f"| {name} | {len(large) // 1000} | {t_small:.2f} | {t_large:.2f} | {t_large / t_small:.1f} | {per_kb:.2f} |"
        )
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        HEADING,
        "",
        f"Date: {when}. Command: `{COMMAND}`. Each input at {UNITS} and {4 * UNITS} units (lines or "
        "paragraphs, or openers on one line); a linear clean takes about 4 times as long on the larger, "
        "a quadratic one 16 times. ms/KB: milliseconds per KB of the larger input, beside the prose anchor's.",
        "",
        "| input | larger size (KB) | seconds, smaller | seconds, larger | ratio | ms/KB |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *rows,
    ]
    return publish(HEADING, "\n".join(lines), write)


def main() -> None:
    command_line(run, __doc__)


if __name__ == "__main__":
    main()
