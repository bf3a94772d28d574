"""Where the time of one ``clean`` goes: the median per stage over the rendered dev pages.

Runs the steps of ``Pipeline.clean_text`` one by one (segmentation, each cleaner, render,
language, score, reliability) and prints each stage's median time per page beside the median
of ``trafilatura.extract`` on the same pages' HTML, measured in the same run. The line
``not cleaners`` adds up the stages every clean pays whatever cleaners run: the pipeline's
floor in this design (docs/performance.md).

    .venv/bin/python -m benchmarks.stages [--rendering text|markdown] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict

from newsclean import Pipeline
from newsclean.document import Document, warm
from newsclean.language import detect_language
from newsclean.reliability import assess
from newsclean.render import render
from newsclean.scoring import score
from newsclean.segment import segment

from .metric import load_dev
from .renderings import RENDERINGS, render_all

FIXED_STAGES = ("segment", "render", "language", "score", "reliability")


def stage_times(rendering: str, repeat: int) -> dict[str, list[float]]:
    import trafilatura

    pages = load_dev()
    inputs = render_all(pages, rendering)
    pipe = Pipeline.default()
    times: dict[str, list[float]] = defaultdict(list)
    clock = time.perf_counter
    for _ in range(repeat):
        for page_id, text in inputs.items():
            start = t0 = clock()
            doc = Document(text, warm(segment(text)))  # as Pipeline.clean_text: the features every line is asked for
            times["segment"].append(clock() - t0)
            for step in pipe.steps:
                t0 = clock()
                doc.current_cleaner = step.name
                step.spec.run(doc, step.settings)
                times[step.name].append(clock() - t0)
            doc.current_cleaner = ""
            t0 = clock()
            clean, removals = render(doc)
            times["render"].append(clock() - t0)
            t0 = clock()
            doc.metadata.language, doc.metadata.language_confidence = detect_language(clean)
            times["language"].append(clock() - t0)
            t0 = clock()
            result_score = score(clean, removals)
            times["score"].append(clock() - t0)
            t0 = clock()
            assess(clean, doc.metadata, result_score, doc)
            times["reliability"].append(clock() - t0)
            times["TOTAL"].append(clock() - start)
            times["not cleaners"].append(sum(times[name][-1] for name in FIXED_STAGES))
            t0 = clock()
            trafilatura.extract(pages[page_id]["html"])
            times["trafilatura.extract"].append(clock() - t0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rendering", choices=RENDERINGS, default="text")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    times = stage_times(args.rendering, args.repeat)
    anchor = statistics.median(times["trafilatura.extract"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:22s} {median * 1000:7.3f} ms  {median / anchor:6.3f}x")


if __name__ == "__main__":
    main()
