"""The anchor the issue names: a twenty-line stopword-density line filter.

Keeps a line when it is long enough and dense enough in function words to be prose. It is the
floor the text pipeline must beat on full-page renderings, so it stays deliberately naive.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from newsclean.markdown import plain

_VOCAB = Path(__file__).resolve().parent.parent / "newsclean" / "cleaners" / "vocab" / "stopwords.toml"
_WORD = re.compile(r"\w+")
STOPWORDS = frozenset(
    w for words in tomllib.loads(_VOCAB.read_text(encoding="utf-8"))["stopwords"].values() for w in words.split()
)


def stopword_filter(text: str, min_words: int = 8, min_density: float = 0.25) -> str:
    """The lines of ``text`` with at least ``min_words`` words and that stopword density."""
    kept = []
    for line in text.splitlines():
        words = [w.lower() for w in _WORD.findall(plain(line))]
        if len(words) >= min_words and sum(w in STOPWORDS for w in words) / len(words) >= min_density:
            kept.append(plain(line))
    return "\n\n".join(kept)
