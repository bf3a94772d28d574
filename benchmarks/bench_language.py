"""Language identification: the bounded sample against langdetect on the whole text.

``newsclean.language`` gives langdetect a sample of a few hundred characters (the text's
longest lines) and one trial. This measures how often that agrees with langdetect's default
(7 trials) on the whole text, and what each costs, on the 88 dev ground-truth bodies and on the
clean texts of the dev pages (HTML) and the seeds. The sample it replaced (700 characters from
the middle of the text, 3 trials) is measured beside it.

    .venv/bin/python -m benchmarks.bench_language          # print only
    .venv/bin/python -m benchmarks.bench_language --write  # print, and update benchmarks/RESULTS.md
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from langdetect.lang_detect_exception import LangDetectException

from newsclean import Pipeline
from newsclean import language as lang

from .metric import load_dev
from .results import command_line, publish

HEADING = "## Language identification (issue 2)"
COMMAND = ".venv/bin/python -m benchmarks.bench_language --write"
SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def _langdetect(text: str, trials: int) -> str | None:
    detector = lang._factory().create()
    detector.seed = lang.SEED
    detector.n_trial = trials
    detector.append(text)
    try:
        return detector.get_probabilities()[0].lang
    except (LangDetectException, IndexError):
        return None


def full_text(text: str) -> str | None:
    """langdetect's default: the whole text (its own 10,000-character cap), 7 trials."""
    return _langdetect(text, 7)


def middle_sample(text: str) -> str | None:
    """The previous sample: 700 characters from the middle of the text, 3 trials."""
    start = max(0, (len(text) - 700) // 2)
    return _langdetect(text[start : start + 700], 3)


def current(text: str) -> str | None:
    return lang.detect_language(text)[0]


def corpora() -> dict[str, list[str]]:
    pages = load_dev()
    pipe = Pipeline.default()
    seeds = sorted(SEEDS.glob("*.txt"))
    return {
        "dev ground-truth bodies": [p["body"] for p in pages.values()],
        "clean text of the dev pages (HTML) and seeds": [pipe.clean(p["html"]).text for p in pages.values()]
        + [pipe.clean(s.read_text(encoding="utf-8")).text for s in seeds],
    }


def timed(detect: Callable[[str], str | None], texts: list[str]) -> tuple[list[str | None], float]:
    answers, times = [], []
    for text in texts:
        start = time.perf_counter()
        answers.append(detect(text))
        times.append(time.perf_counter() - start)
    return answers, statistics.median(times)


def run(write: bool) -> str:
    lines = [
        HEADING,
        "",
        f"Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. Command: `{COMMAND}`. "
        f"Reference: langdetect on the whole text, 7 trials. newsclean: the longest lines up to "
        f"{lang.SAMPLE_CHARS} characters, {lang.TRIALS} trial(s).",
        "",
        "| texts | n | method | agrees with the reference | median ms per text |",
        "|---|---:|---|---:|---:|",
    ]
    disagreements = []
    for name, texts in corpora().items():
        reference, ref_time = timed(full_text, texts)
        lines.append(f"| {name} | {len(texts)} | whole text, 7 trials | - | {ref_time * 1000:.2f} |")
        for method, detect in (("middle 700 chars, 3 trials (before)", middle_sample), ("newsclean", current)):
            answers, median = timed(detect, texts)
            agree = sum(a == r for a, r in zip(answers, reference))
            lines.append(f"| {name} | {len(texts)} | {method} | {agree}/{len(texts)} | {median * 1000:.2f} |")
            if detect is current:
                disagreements += [
                    f"{name}: reference {r}, newsclean {a}: {t[:90]!r}"
                    for a, r, t in zip(answers, reference, texts)
                    if a != r
                ]
    lines += ["", "Where newsclean and the reference disagree:", ""]
    lines += [f"- {d}" for d in disagreements] or ["- nowhere"]
    lines += [
        "",
        "Read the disagreements before trusting the reference: on a page whose prose is short and "
        "whose bulk is a table of names, the whole text can outvote the prose (the Portuguese "
        "NASCAR standings page is such a case: the reference calls it English).",
    ]
    return publish(HEADING, "\n".join(lines), write)


def main() -> None:
    command_line(run, __doc__)


if __name__ == "__main__":
    main()
