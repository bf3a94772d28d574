"""Instructions per page: a clean of each rendered dev page beside trafilatura.extract of its HTML.

Seconds on this shared machine move by 10-20% from run to run; instruction counts under
valgrind's callgrind do not (the same count twice, whatever else the machine is doing). Each
library runs in its own process with the collector off and ``PYTHONHASHSEED=0``, once with one
pass over the 88 pages and once with three; the difference halved is one steady-state pass,
without the import, the set-up or the first pass's one-time costs. The ratio is of work done,
not of time: trafilatura's work is mostly lxml's C, ours mostly the interpreter's, and an
interpreted instruction and a C one do not take the same time. So this is the figure to compare
commits by, and the timed ratio in the text section stays the figure the target is set on.

    .venv/bin/python -m benchmarks.bench_instructions          # print only (about 8 minutes)
    .venv/bin/python -m benchmarks.bench_instructions --write  # print, and update RESULTS.md

Needs valgrind (Debian's package); without it the benchmark says so and exits with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile

from .results import publish

HEADING = "## Instructions per page (callgrind)"
COMMAND = ".venv/bin/python -m benchmarks.bench_instructions --write"
LIBRARIES = ("newsclean", "trafilatura")


def _child(library: str, rendering: str, passes: int) -> None:
    """The measured process: load the pages, then ``passes`` passes of one library over them."""
    import gc

    from .metric import load_dev
    from .renderings import render_all

    pages = load_dev()
    if library == "newsclean":
        import newsclean

        pipe = newsclean.Pipeline.default()
        inputs = list(render_all(pages, rendering).values())
        work = pipe.clean
    else:
        import trafilatura

        inputs = [page["html"] for page in pages.values()]
        work = trafilatura.extract
    gc.disable()  # a collection lands in whichever pass crosses its threshold
    for _ in range(passes):
        for page in inputs:
            work(page)
    print(len(inputs))


def _collected(library: str, rendering: str, passes: int) -> tuple[int, int]:
    """(instructions, pages) of one child process under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
            sys.executable, "-m", "benchmarks.bench_instructions", "--child", library, rendering, str(passes),
        ]  # fmt: skip
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise RuntimeError(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1)), int(done.stdout.split()[-1])


def _warm_up(library: str, rendering: str) -> None:
    """One pass outside callgrind first: a fresh checkout compiles its ``.pyc`` files and fills
    the renderings cache in its first process, which would otherwise be the one-pass run alone
    and shrink the difference (on a fresh copy of a tree it even gave a negative count)."""
    command = [sys.executable, "-m", "benchmarks.bench_instructions", "--child", library, rendering, "1"]
    subprocess.run(command, capture_output=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})


def per_page(library: str, rendering: str = "text") -> float:
    """Steady-state instructions per page: (three passes - one pass) / 2 / pages, after a
    warm-up pass (:func:`_warm_up`)."""
    _warm_up(library, rendering)
    one, pages = _collected(library, rendering, 1)
    three, _ = _collected(library, rendering, 3)
    return (three - one) / 2 / pages


def run(write: bool, rendering: str = "text") -> str:
    """Measure both libraries; print (and with ``write``, publish) the table."""
    counts = {library: per_page(library, rendering) for library in LIBRARIES}
    anchor = counts["trafilatura"]
    lines = [
        HEADING,
        "",
        f"Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. Command: `{COMMAND}`. Steady-state "
        f"instructions per page over the 88 dev pages ({rendering} rendering for newsclean, the "
        "HTML for trafilatura), counted by callgrind: repeatable, unlike seconds on this machine. "
        "A ratio of work, not of time (see the module's docstring).",
        "",
        "| library | instructions per page | ratio |",
        "|---|---:|---:|",
        f"| newsclean `clean` (language detection included) | {counts['newsclean']:.3e} | "
        f"{counts['newsclean'] / anchor:.3f}x |",
        f"| trafilatura `extract` | {anchor:.3e} | 1.000x |",
    ]
    return publish(HEADING, "\n".join(lines), write)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--rendering", choices=("text", "markdown"), default="text")
    parser.add_argument("--child", nargs=3, metavar=("LIBRARY", "RENDERING", "PASSES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        library, rendering, passes = args.child
        _child(library, rendering, int(passes))
        return
    if shutil.which("valgrind") is None:
        parser.exit(2, "bench_instructions needs valgrind (Debian: apt-get install valgrind)\n")
    run(args.write, args.rendering)


if __name__ == "__main__":
    main()
