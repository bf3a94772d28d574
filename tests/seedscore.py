"""The seed scoring rule of fixtures/seeds/README.md: body-line recall and removal precision."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.markdown import plain

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
BODY = {"body", "body+", "heading"}
IGNORED = {"?", "embed?"}
_WORD = re.compile(r"\w+")


def seed_names() -> list[str]:
    return sorted(p.stem for p in SEEDS.glob("*.txt"))


def gold_lines(name: str) -> list[tuple[int, str, str]]:
    rows = []
    for row in (SEEDS / "gold" / f"{name}.labels.tsv").read_text(encoding="utf-8").splitlines():
        number, label, text = row.split("\t", 2)
        rows.append((int(number), label, text))
    return rows


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    if len(words) < 3:
        return [tuple(words)] if words else []
    return [tuple(words[i : i + 3]) for i in range(len(words) - 2)]


@dataclass
class SeedScore:
    body_total: int = 0
    body_kept: int = 0
    kept_total: int = 0
    missed: list[str] = field(default_factory=list)
    wrongly_kept: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.body_kept / self.body_total if self.body_total else 1.0

    @property
    def precision(self) -> float:
        return self.body_kept / self.kept_total if self.kept_total else 1.0

    def __add__(self, other: SeedScore) -> SeedScore:
        return SeedScore(
            self.body_total + other.body_total,
            self.body_kept + other.body_kept,
            self.kept_total + other.kept_total,
            self.missed + other.missed,
            self.wrongly_kept + other.wrongly_kept,
        )


def score_output(name: str, output: str) -> SeedScore:
    """Hand the output's word runs to the gold lines, body lines first, with multiplicity."""
    available: Counter[tuple[str, ...]] = Counter()
    for paragraph in output.split("\n\n"):
        available.update(_runs([w.lower() for w in _WORD.findall(paragraph)]))
    lines = [row for row in gold_lines(name) if row[1] not in IGNORED]
    lines.sort(key=lambda row: row[1] not in BODY)  # stable: body lines first
    result = SeedScore()
    for number, label, text in lines:
        words = [w.lower() for w in _WORD.findall(plain(text))]
        runs = _runs(words)
        if not words:  # a line without words ("* * *") counts whole: kept if it is still there
            runs = []
            kept = "".join(plain(text).split()) in "".join(output.split())
        found = 0
        for run in runs:
            if available[run] > 0:
                available[run] -= 1
                found += 1
        if words:
            kept = found == len(runs) if len(words) <= 6 else found > len(runs) / 2
        is_body = label in BODY
        result.body_total += is_body
        if kept:
            result.kept_total += 1
            result.body_kept += is_body
            if not is_body:
                result.wrongly_kept.append(f"{name}:{number} [{label}] {text[:70]}")
        elif is_body:
            result.missed.append(f"{name}:{number} {text[:70]}")
    return result
