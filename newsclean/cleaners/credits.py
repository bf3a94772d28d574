"""Credits: "X and Y contributed to this report", "Reporting by X; Editing by Y"."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files

from ..document import Document, Kind
from ..registry import cleaner


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = tomllib.loads(files(__package__).joinpath("vocab/credits.toml").read_text("utf-8"))["credits"]

    def alternation(position: str) -> str:
        phrases = [p for lang in data[position].values() for p in lang]
        return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))

    # "... contributed reporting from Hong Kong."
    tail = re.compile(rf"\b(?:{alternation('tail')})(?:\s+(?:from|in)\s+[^.;]{{1,40}})?\W*$", re.I)
    # a name or an agency ("dpa") must follow, so "Reporting by local media ..." stays
    agencies = tomllib.loads(files(__package__).joinpath("vocab/metadata.toml").read_text("utf-8"))["agencies"]
    agency = "|".join(re.escape(a) for aliases in agencies.values() for a in aliases)
    lead = re.compile(rf"^\(?(?i:{alternation('lead')})\s+(?:[A-ZÀ-Þ]|(?i:{agency})\b)")
    return tail, lead


@cleaner("credits", kinds=(Kind.CREDITS,))
def credits(doc: Document, max_words: int = 60) -> None:
    """Drop credit lines. A credit names people, so its opening must be followed by a capital."""
    tail, lead = _patterns()
    for block in doc.kept():
        if block.n_words > max_words:
            continue
        text = block.plain
        if tail.search(text):
            doc.drop(block, Kind.CREDITS, "line ends with a contributor credit")
        elif lead.match(text) and block.n_words <= 30:
            doc.drop(block, Kind.CREDITS, "reporting or editing credit")
