"""Start-up: what the first page of a new process costs, beside trafilatura's first page.

The CLI on one file, each Spark task and each batch worker start a new Python process, so what
newsclean loads lazily (the language profiles, the domain ratings, the suffix list) is paid by
the first page of every process. Each run here is a fresh interpreter that times, inside
itself, the import, the first clean of a rendered dev page (with its URL, so the ratings load)
and a second clean of the same page; trafilatura's import and first two extractions of the same
page's HTML are timed the same way, in alternating processes.

    .venv/bin/python -m benchmarks.bench_startup          # print only
    .venv/bin/python -m benchmarks.bench_startup --write  # print, and update benchmarks/RESULTS.md
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .metric import load_dev
from .renderings import render_all
from .results import command_line, publish

HEADING = "## Start-up: the first page of a process"
COMMAND = ".venv/bin/python -m benchmarks.bench_startup --write"
RUNS = 7

_TIMED = """
import json, sys, time
clock = time.perf_counter
page = json.load(open(sys.argv[1], encoding="utf-8"))
t0 = clock()
{imports}
t1 = clock()
{work}
t2 = clock()
{work}
t3 = clock()
print(json.dumps({{"import": t1 - t0, "first": t2 - t1, "second": t3 - t2}}))
"""
SCRIPTS = {
    "newsclean": _TIMED.format(imports="import newsclean", work='newsclean.clean(page["text"], url=page["url"])'),
    "trafilatura": _TIMED.format(imports="import trafilatura", work='trafilatura.extract(page["html"])'),
}


def _run(name: str, page_file: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", SCRIPTS[name], str(page_file)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.splitlines()[-1])


def measure(runs: int = RUNS) -> dict[str, dict[str, float]]:
    """Median seconds per phase ("import", "first", "second") for each library."""
    pages = load_dev()
    page_id = sorted(pages)[0]
    page = {"text": render_all(pages, "text")[page_id], "html": pages[page_id]["html"], "url": pages[page_id].get("url") or "https://www.reuters.com/world/"}
    times: dict[str, dict[str, list[float]]] = {name: {} for name in SCRIPTS}
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "page.json"
        page_file.write_text(json.dumps(page), encoding="utf-8")
        for _ in range(runs):
            for name in SCRIPTS:  # alternating, so drift on a shared machine hits both
                for phase, seconds in _run(name, page_file).items():
                    times[name].setdefault(phase, []).append(seconds)
    return {name: {phase: statistics.median(v) for phase, v in phases.items()} for name, phases in times.items()}


def run(write: bool) -> str:
    medians = measure()
    lines = [
        HEADING,
        "",
        f"Measured {dt.date.today().isoformat()} by `{COMMAND}`: median of {RUNS} fresh processes each, alternating,",
        "on one rendered dev page (text) and its HTML. \"first\" is the first page after the import; \"second\" is",
        "the same page again, what every later page of the process pays.",
        "",
        "| library | import (ms) | first page (ms) | second page (ms) | first / second |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, m in medians.items():
        lines.append(
            f"| {name} | {m['import'] * 1000:.0f} | {m['first'] * 1000:.1f} | {m['second'] * 1000:.1f} | {m['first'] / m['second']:.1f}x |"
        )
    extra = medians["newsclean"]["first"] - medians["newsclean"]["second"]
    anchor = medians["trafilatura"]["first"] - medians["trafilatura"]["second"]
    lines += ["", f"newsclean's one-time cost on the first page: {extra * 1000:.0f} ms ({extra / anchor:.2f}x trafilatura's {anchor * 1000:.0f} ms)."]
    return publish(HEADING, "\n".join(lines) + "\n", write)


def main() -> None:
    command_line(run, __doc__)


if __name__ == "__main__":
    main()
