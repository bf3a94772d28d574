"""Credits: "X and Y contributed to this report", "Reporting by X; Editing by Y"."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files

from ..document import Document, Kind
from ..registry import cleaner
from . import vocab


def _phrases(position: str) -> list[str]:
    data = tomllib.loads(files(__package__).joinpath("vocab/credits.toml").read_text("utf-8"))["credits"]
    return [p for lang in data[position].values() for p in lang]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alternation(position: str) -> str:
        return "|".join(re.escape(p) for p in sorted(_phrases(position), key=len, reverse=True))

    # "... contributed reporting from Hong Kong."
    tail = re.compile(rf"\b(?:{alternation('tail')})(?:\s+(?:from|in)\s+[^.;]{{1,40}})?\W*$", re.I)
    # a name or an agency ("dpa") must follow, so "Reporting by local media ..." stays
    agencies = tomllib.loads(files(__package__).joinpath("vocab/metadata.toml").read_text("utf-8"))["agencies"]
    agency = "|".join(re.escape(a) for aliases in agencies.values() for a in aliases)
    lead = re.compile(rf"^\(?(?i:{alternation('lead')})\s+(?:[A-ZÀ-Þ]|(?i:{agency})\b)")
    return tail, lead


@lru_cache(maxsize=1)
def _gates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Case-sensitive tests on lower-cased text that rule most lines out before the patterns
    run: a tail phrase somewhere in the line; a lead phrase at its start."""
    tail = vocab.words_pattern(frozenset(p.lower() for p in _phrases("tail")))
    leads = sorted({p.lower() for p in _phrases("lead")}, key=len, reverse=True)
    lead = re.compile(r"\(?(?:" + "|".join(re.escape(p) for p in leads) + ")")
    return tail, lead


@cleaner("credits", kinds=(Kind.CREDITS,))
def credits(doc: Document, max_words: int = 60) -> None:
    """Drop credit lines. A credit names people, so its opening must be followed by a capital."""
    tail, lead = _patterns()
    tail_gate, lead_gate = _gates()
    for block in doc.kept():
        if block.n_words > max_words:
            continue
        text = block.plain
        low = vocab.lower(text)  # None: the gates cannot tell, ask the patterns
        if (low is None or tail_gate.search(low)) and tail.search(text):
            doc.drop(block, Kind.CREDITS, "line ends with a contributor credit")
        elif block.n_words <= 30 and (low is None or lead_gate.match(low)) and lead.match(text):
            doc.drop(block, Kind.CREDITS, "reporting or editing credit")
