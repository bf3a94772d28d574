"""HTML extraction on the dev pages: newsclean against trafilatura and readability-lxml.

Run: ``.venv/bin/python -m benchmarks.bench_html [--write]`` (``--sweep``: the settings table)

All systems run on the same 88 pages in one process, interleaved page by page so that machine
load hits each of them alike. Scores use :mod:`benchmarks.metric` (the benchmark's own metric);
time is the median wall time per page. With ``--write`` the section "HTML extraction on the dev
pages (issue 3)" of ``benchmarks/RESULTS.md`` is replaced (other sections are left alone).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Callable

import html_text
import trafilatura
from readability import Document as ReadabilityDocument

import newsclean
from newsclean.html import extract

from .metric import PageScore, load_dev, page_score, shingles, summarise
from .results import write_section

HEADING = "## HTML extraction on the dev pages (issue 3)"
COMMAND = ".venv/bin/python -m benchmarks.bench_html --write"


def _readability(html: str, url: str) -> str:
    summary = ReadabilityDocument(html, url=url).summary(html_partial=True)
    return html_text.extract_text(summary)


def _without_embeds() -> Callable[[str, str], str]:
    """The default pipeline minus the social-embed cleaner: the dev truth keeps quoted tweets."""
    pipe = newsclean.Pipeline.default()
    if "social_embeds" in pipe.names:
        pipe = pipe.without("social_embeds")
    return lambda html, url: pipe.clean(html, url=url).text


SYSTEMS: dict[str, Callable[[str, str], str]] = {
    "newsclean": lambda html, url: newsclean.clean(html, url=url).text,
    "newsclean without social_embeds": _without_embeds(),
    "newsclean HTML stage only": lambda html, url: extract(html, url=url).text,
    "trafilatura default": lambda html, url: trafilatura.extract(html, url=url) or "",
    "trafilatura favor_precision": lambda html, url: trafilatura.extract(html, url=url, favor_precision=True) or "",
    "readability-lxml": _readability,
}
ANCHOR = "trafilatura default"


def _f1(score: PageScore) -> float:
    p, r = score.precision or 0.0, score.recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _lines_off(reference: str, text: str, limit: int = 3) -> list[str]:
    """Lines of ``text`` whose shingles are mostly absent from ``reference``."""
    ref = shingles(reference)
    out = []
    for line in text.splitlines():
        s = shingles(line)
        if len(line.split()) < 4:
            continue  # a short line is one shingle of its own: it never matches, kept or not
        if s and sum(n for sh, n in s.items() if sh not in ref) > 0.5 * sum(s.values()):
            out.append(line.strip()[:90])
        if len(out) >= limit:
            break
    return out


def run() -> tuple[str, dict[str, object]]:
    pages = load_dev()
    outputs: dict[str, dict[str, str]] = {name: {} for name in SYSTEMS}
    times: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    body_removed: Counter[str] = Counter()  # body shingles the text cleaners removed, per cleaner
    for page_id, page in pages.items():
        for name, system in SYSTEMS.items():
            start = time.perf_counter()
            try:
                outputs[name][page_id] = system(page["html"], page["url"])
            except Exception as error:  # a crash scores as an empty page and is reported
                outputs[name][page_id] = ""
                print(f"{name} failed on {page_id}: {error!r}")
            times[name].append(time.perf_counter() - start)
        result = newsclean.clean(page["html"], url=page["url"])
        truth = shingles(page["body"])
        for removal in result.removals:
            body_removed[removal.cleaner] += sum(n for sh, n in shingles(removal.text).items() if sh in truth)

    scores = {name: {k: page_score(pages[k]["body"], v) for k, v in out.items()} for name, out in outputs.items()}
    summaries = {name: summarise(s.values()) for name, s in scores.items()}
    anchor_time = statistics.median(times[ANCHOR])
    lines = [
        HEADING,
        "",
        f"Command: `{COMMAND}` ({len(pages)} pages of `../shared/bench/articles-dev`, one run, systems",
        "interleaved page by page; metric: `benchmarks/metric.py`, the benchmark's own).",
        "",
        "| system | precision | recall | F1 | median ms/page | time vs trafilatura default |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, s in summaries.items():
        median = statistics.median(times[name])
        lines.append(
            f"| {name} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} | {median * 1000:.1f} "
            f"| {median / anchor_time:.2f}x |"
        )
    anchor = summaries[ANCHOR]
    lines += ["", "Targets of issue 3 (F1 >= 0.975, precision >= 0.97, recall >= trafilatura's - 0.01, time <= 1.3x):", ""]
    for name in ("newsclean", "newsclean without social_embeds", "newsclean HTML stage only"):
        s, ratio = summaries[name], statistics.median(times[name]) / anchor_time
        checks = [
            ("F1", s.f1 >= 0.975),
            ("precision", s.precision >= 0.97),
            ("recall", s.recall >= anchor.recall - 0.01),
            ("time", ratio <= 1.3),
        ]
        verdict = ", ".join(f"{label} {'met' if ok else 'NOT met'}" for label, ok in checks)
        lines.append(f"- {name}: {verdict}")
    lines += ["", "Pages newsclean loses most on (lowest F1; FP = output not in the truth, FN = truth missed):", ""]
    ranked = sorted(pages, key=lambda k: _f1(scores["newsclean"][k]))
    for page_id in ranked[:8]:
        ours, anchor = scores["newsclean"][page_id], scores[ANCHOR][page_id]
        lines.append(
            f"- `{page_id[:10]}` {pages[page_id]['url'][:80]}: F1 {_f1(ours):.3f} "
            f"(P {ours.precision or 0:.3f}, R {ours.recall or 0:.3f}); trafilatura {_f1(anchor):.3f}"
        )
        for line in _lines_off(pages[page_id]["body"], outputs["newsclean"][page_id]):
            lines.append(f"  - FP: {line}")
        for line in _lines_off(outputs["newsclean"][page_id], pages[page_id]["body"]):
            lines.append(f"  - FN: {line}")
    total_body = sum(sum(shingles(p["body"]).values()) for p in pages.values())
    lines += [
        "",
        "Body text removed by the text cleaners (4-word shingles of the truth found in their removals,",
        f"share of all {total_body} truth shingles):",
        "",
    ]
    for cleaner, count in body_removed.most_common():
        lines.append(f"- {cleaner}: {count} ({count / total_body:.2%})")
    return "\n".join(lines) + "\n", {"summaries": summaries, "times": times}


# The settings compared when choosing the HTML stage's defaults (docs/html.md).
SWEEP: dict[str, dict[str, object]] = {
    "favor_precision=False, no DOM stage": {"favor_precision": False, "dom_clean": False},
    "favor_recall=True, no DOM stage": {"favor_precision": False, "favor_recall": True, "dom_clean": False},
    "include_tables=False, no DOM stage": {"favor_precision": False, "include_tables": False, "dom_clean": False},
    "markdown output, no DOM stage": {"favor_precision": False, "output_format": "markdown", "dom_clean": False},
    "favor_precision=True, no DOM stage": {"dom_clean": False},
    "favor_precision=False + DOM stage": {"favor_precision": False},
    "favor_precision=True + DOM stage (default)": {},
    "favor_precision=True + DOM stage + drop_embeds": {"drop_embeds": True},
    "fast=True + favor_precision + DOM stage": {"fast": True},
}


def sweep() -> str:
    """HTML stage alone under each setting of :data:`SWEEP` (all with include_comments=False)."""
    pages = load_dev()
    lines = ["| HTML stage setting | precision | recall | F1 |", "| --- | --- | --- | --- |"]
    for label, settings in SWEEP.items():
        out = {k: extract(p["html"], url=p["url"], **settings).text for k, p in pages.items()}
        s = summarise(page_score(pages[k]["body"], out[k]) for k in pages)
        lines.append(f"| {label} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--sweep", action="store_true", help="only compare the HTML stage settings")
    args = parser.parse_args()
    if args.sweep:
        print(sweep())
        return
    section, _ = run()
    print(section)
    if args.write:
        write_section(HEADING, section)


if __name__ == "__main__":
    main()
