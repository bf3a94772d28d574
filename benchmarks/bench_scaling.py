"""Scaling: does a clean stay linear in the size of its input, whatever the input holds?

Rules that look ahead from a line (a list's introduction, a numbered list, a run of short
lines, a closing block) can turn quadratic when a page holds thousands of the lines that start
them. Each input below is cleaned at two sizes, ``n`` and ``4n`` units; the ratio of the two
times is about 4 for a linear clean and about 16 for a quadratic one. The anchor is article
prose (the dev ground-truth bodies, repeated) at the same sizes, in the same run.

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
        t_small, t_large = min(_seconds(small) for _ in range(2)), min(_seconds(large) for _ in range(2))
        rows.append(f"| {name} | {len(large) // 1000} | {t_small:.2f} | {t_large:.2f} | {t_large / t_small:.1f} |")
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        HEADING,
        "",
        f"Date: {when}. Command: `{COMMAND}`. Each input at {UNITS} and {4 * UNITS} units (lines or "
        "paragraphs); a linear clean takes about 4 times as long on the larger, a quadratic one 16 times.",
        "",
        "| input | larger size (KB) | seconds, smaller | seconds, larger | ratio |",
        "| --- | ---: | ---: | ---: | ---: |",
        *rows,
    ]
    return publish(HEADING, "\n".join(lines), write)


def main() -> None:
    command_line(run, __doc__)


if __name__ == "__main__":
    main()
