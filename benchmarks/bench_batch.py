"""Batch throughput and memory of ``clean_many`` (issue 4).

    .venv/bin/python -m benchmarks.bench_batch            # full run (about 10 minutes on 2 cores)
    .venv/bin/python -m benchmarks.bench_batch --quick    # a tenth of the documents, for a smoke test
    .venv/bin/python -m benchmarks.bench_batch --write    # also update benchmarks/RESULTS.md

Documents are the dev pages (HTML) and their full-page text renderings, cycled from a generator
so the input itself takes no memory as it grows. Throughput is documents per second with 1 and
2 workers (the anchor is the 1-worker run of the same corpus in the same process, run in
alternating blocks with the 2-worker one). Memory is the
peak resident set of this process plus its worker processes, sampled every 50 ms, for 1,000
against 10,000 text documents.
"""

from __future__ import annotations

import argparse
import itertools
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from benchmarks.metric import load_dev
from benchmarks.results import RESULTS, write_section
from newsclean.batch import ErrorRecord, clean_many

SECTION = "## Batch throughput and memory (issue 4)"


def _texts(pages: dict[str, dict[str, str]]) -> list[str]:
    try:
        from benchmarks.renderings import render_all

        rendered = render_all(pages, "text")
        return [rendered[k] for k in pages]
    except ImportError:  # the renderings helper is optional: render the same way here
        import html_text

        return [html_text.extract_text(p["html"], guess_layout=True) for p in pages.values()]


def _cycle(docs: list[dict[str, str]], n: int) -> Iterator[dict[str, str]]:
    return itertools.islice(itertools.cycle(docs), n)


def _rss_tree(pid: int) -> int:
    """Resident bytes of ``pid`` and its direct children (the workers)."""
    total = 0
    pids = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                pids += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    for p in pids:
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            pass
    return total


class PeakRss:
    """Samples the RSS of this process tree in a thread; ``peak`` is the largest sample."""

    def __init__(self, interval: float = 0.05):
        self.interval, self.peak = interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _rss_tree(os.getpid()))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Run:
    corpus: str
    docs: int
    workers: int
    seconds: float
    errors: int
    peak_mb: float
    cpu: float  # CPU seconds of this process and its workers
    block_speedups: list[float] = field(default_factory=list)  # 2 workers / 1 worker, per block

    @property
    def cpu_ms_per_doc(self) -> float:
        return 1000 * self.cpu / self.docs

    @property
    def rate(self) -> float:
        return self.docs / self.seconds


def run(corpus: str, docs: list[dict[str, str]], n: int, workers: int) -> Run:
    errors = 0
    before = os.times()
    with PeakRss() as rss:
        start = time.perf_counter()
        for out in clean_many(_cycle(docs, n), workers=workers, timeout=60):
            errors += isinstance(out, ErrorRecord)
        seconds = time.perf_counter() - start
    after = os.times()  # the workers have been joined: their CPU is in children_*
    cpu = sum(after[i] - before[i] for i in range(4))
    result = Run(corpus, n, workers, seconds, errors, rss.peak / 2**20, cpu)
    print(f"{corpus:5} {n:6} docs {workers} worker(s): {result.rate:7.1f} docs/s, "
          f"{seconds:6.1f} s, {errors} errors, peak RSS {result.peak_mb:6.0f} MB, "
          f"CPU {result.cpu_ms_per_doc:.1f} ms/doc, load {os.getloadavg()[0]:.1f}", flush=True)
    return result


def interleaved(corpus: str, docs: list[dict[str, str]], n: int, blocks: int = 5) -> tuple[Run, Run]:
    """1 and 2 workers in alternating blocks, so both see the same share of the machine's load."""
    totals = {w: Run(corpus, 0, w, 0.0, 0, 0.0, 0.0) for w in (1, 2)}
    for _ in range(blocks):
        pair = {}
        for w in (1, 2):
            r = pair[w] = run(corpus, docs, n // blocks, w)
            t = totals[w]
            t.docs, t.seconds, t.errors, t.cpu = t.docs + r.docs, t.seconds + r.seconds, t.errors + r.errors, t.cpu + r.cpu
            t.peak_mb = max(t.peak_mb, r.peak_mb)
        totals[2].block_speedups.append(pair[2].rate / pair[1].rate)
    return totals[1], totals[2]


def _ratios(run: Run) -> str:
    return ", ".join(f"{r:.2f}x" for r in run.block_speedups)


def report(runs: dict[str, Run], quick: bool) -> str:
    t1, t2 = runs["text1"], runs["text2"]
    h1, h2 = runs["html1"], runs["html2"]
    small, big = runs["mem_small"], runs["mem_big"]
    load = os.getloadavg()
    lines = [
        SECTION,
        "",
        "`.venv/bin/python -m benchmarks.bench_batch" + (" --quick`" if quick else "`")
        + f" on {os.cpu_count()} cores shared with other jobs (load average at the end"
        f" {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}). Timeout 60 s per document, results consumed and discarded.",
        "",
        "| corpus | documents | workers | docs/s | speed-up vs 1 worker | CPU ms/doc (all processes) | errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for one, two in ((t1, t2), (h1, h2)):
        for r in (one, two):
            lines.append(f"| {r.corpus} | {r.docs:,} | {r.workers} | {r.rate:.1f} | {r.rate / one.rate:.2f}x "
                         f"| {r.cpu_ms_per_doc:.1f} | {r.errors} |")
    lines += [
        "",
        f"Text: the 88 dev pages rendered with html-text, cycled to {t1.docs:,} documents. "
        f"HTML: the raw dev pages cycled to {h1.docs:,} documents. "
        "Each corpus runs in 5 alternating blocks (1 worker, 2 workers, 1, 2, ...) so both settings "
        "see the same load from the other jobs on the machine. "
        f"Speed-up per block: text {_ratios(t2)}; html {_ratios(h2)}. "
        "Target 2 workers >= 1.7x one worker. CPU ms/doc counts this process and its workers: when it is "
        "the same for 1 and 2 workers, the supervisor adds no work and the wall-clock speed-up is bounded "
        "by the cores the other jobs on the machine leave free.",
        "",
        "| peak RSS (parent + 2 workers), text | 1,000-scale run | 10,000-scale run | ratio |",
        "|---|---:|---:|---:|",
        f"| {small.docs:,} vs {big.docs:,} documents | {small.peak_mb:.0f} MB | {big.peak_mb:.0f} MB | {big.peak_mb / small.peak_mb:.3f} |",
        "",
        "Target: within 10% (ratio <= 1.10). The reorder window (16 documents per worker) bounds what is in flight.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a tenth of the documents")
    parser.add_argument("--write", action="store_true", help=f"write the section to {RESULTS.name}")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    pages = load_dev()
    html = [{"html": p["html"], "url": p["url"]} for p in pages.values()]
    texts = [{"text": t, "url": p["url"]} for t, p in zip(_texts(pages), pages.values(), strict=True)]
    text1, text2 = interleaved("text", texts, 10_000 // scale)
    html1, html2 = interleaved("html", html, 10_000 // scale)
    runs = {
        "text1": text1, "text2": text2, "html1": html1, "html2": html2,
        "mem_small": run("text", texts, 1_000 // scale, 2),
        "mem_big": run("text", texts, 10_000 // scale, 2),
    }
    section = report(runs, args.quick)
    print(section)
    if args.write:
        write_section(SECTION, section)


if __name__ == "__main__":
    main()
