"""Language identification with langdetect: seeded, bounded, never raising."""

from __future__ import annotations

import re

from langdetect import DetectorFactory
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

# langdetect's cost grows with the text and with its number of random trials. Measured on the
# 88 dev bodies (benchmarks/RESULTS.md): 700 characters and 3 trials agree with the full text
# and the default 7 trials on every page, at about half the time.
SAMPLE_CHARS = 700
TRIALS = 3
SEED = 0  # langdetect samples n-grams at random: a fixed seed makes it deterministic

_FACTORY: DetectorFactory | None = None
_LETTERS = re.compile(r"[^\W\d_]")


def _factory() -> DetectorFactory:
    global _FACTORY
    if _FACTORY is None:
        init_factory()  # loads the language profiles once per process
        from langdetect import detector_factory

        _FACTORY = detector_factory._factory
    return _FACTORY


def sample(text: str, size: int = SAMPLE_CHARS) -> str:
    """A bounded sample from the middle of the text, where body prose is most likely."""
    if len(text) <= size:
        return text
    start = (len(text) - size) // 2
    return text[start : start + size]


def detect_language(text: str) -> tuple[str | None, float | None]:
    """Return ``(ISO 639-1 code, probability)`` or ``(None, None)`` when there is nothing to detect."""
    snippet = sample(text)
    if len(_LETTERS.findall(snippet)) < 3:
        return None, None
    detector = _factory().create()
    detector.seed = SEED  # per detector, so no global random state is touched
    detector.n_trial = TRIALS
    detector.append(snippet)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None, None
    return best.lang, round(best.prob, 4)
