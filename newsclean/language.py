"""Language identification with langdetect: seeded, bounded, never raising."""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import LangDetectException

# langdetect's cost grows with the sample (its n-gram extraction is Python, per character) and
# with its random trials, yet a trial draws only some forty n-grams. A few hundred characters of
# prose are enough, and prose is what the sample must hold: the middle of a page can be a table
# of names. The sample is the text's longest lines, up to SAMPLE_CHARS, and one trial decides.
# Agreement with langdetect's own full-text, 7-trial detection, and the time per page, are
# measured by benchmarks/bench_language.py (figures in benchmarks/RESULTS.md).
SAMPLE_CHARS = 300
TRIALS = 1
SEED = 0  # langdetect samples n-grams at random: a fixed seed makes it deterministic

_FACTORY: DetectorFactory | None = None
_LOADING = threading.Lock()
# Three letters anywhere: the search stops at the third, where counting every letter did not
_THREE_LETTERS = re.compile(r"[^\W\d_](?:.*?[^\W\d_]){2}", re.S)


def _factory() -> DetectorFactory:
    """newsclean's own factory, its profiles loaded once per process. Not langdetect's global
    one: that is published before its profiles are loaded, so a thread arriving during the load
    got "Need to load profiles" or a wrong language; the lock makes the other threads wait."""
    global _FACTORY
    if _FACTORY is None:
        with _LOADING:
            if _FACTORY is None:
                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                _FACTORY = factory
    return _FACTORY


# A URL is no word of any language, yet its letters read as n-grams (a share bar's long
# "twitter.com/share?url=...&text=..." links made an Italian page English): out of the sample.
_URL = re.compile(r"\b[a-zA-Z][\w+.-]{0,20}://\S*|\bwww\.\S*")  # a bounded scheme: linear on long words


def sample(text: str, size: int = SAMPLE_CHARS) -> str:
    """A bounded sample of the text's prose: its longest lines, longest first, cut at ``size``
    characters (at a space when one is near the end). URLs are left out."""
    if "://" in text or "www." in text:
        text = _URL.sub("", text)
    if len(text) <= size:
        return text
    chosen: list[str] = []
    length = 0
    for line in sorted(text.splitlines(), key=len, reverse=True):
        if length >= size:
            break
        if line.strip():
            chosen.append(line.strip())
            length += len(chosen[-1]) + 1
    snippet = "\n".join(chosen)
    if len(snippet) > size:
        cut = snippet.rfind(" ", 0, size + 1)
        snippet = snippet[: cut if cut > size // 2 else size]
    return snippet


def detect_language(text: str) -> tuple[str | None, float | None]:
    """Return ``(ISO 639-1 code, probability)`` or ``(None, None)`` when there is nothing to detect."""
    return _detect(sample(text))


# One entry: ``boilerplate`` asks on a page whose function words match weakly, then the
# pipeline on its clean text, and both samples are often the same longest lines (4 of the 9
# dev pages that ask twice). The detection is seeded: the same sample, the same answer.
@lru_cache(maxsize=1)
def _detect(snippet: str) -> tuple[str | None, float | None]:
    if not _THREE_LETTERS.search(snippet):
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
