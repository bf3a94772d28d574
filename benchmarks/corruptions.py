"""Synthetic damage for the integrity benchmark: each function returns the damaged text, or
``None`` when the damage does not apply to this text (nothing would change, or the text has
nothing of the kind to damage), so recall is measured only where there is something to find.
"""

from __future__ import annotations

import random
import re

_SENTENCE = re.compile(r"[^.!?…]+[.!?…]")


MIN_DAMAGED = 2  # the rare-event detectors need at least two hits by design (see integrity.py)


def strip_apostrophes(text: str) -> str | None:
    """Remove apostrophes and single quotes, as some scrapers do ("don't" -> "dont").

    Applies to texts with at least two apostrophes inside words (contractions, possessives):
    without them, stripping only removes quote marks and leaves nothing to detect.
    """
    if len(re.findall(r"\w['’]\w", text)) < MIN_DAMAGED:
        return None
    return re.sub(r"['’‘]", "", text)


def _sloppy_cp1252(data: bytes) -> str:
    # bytes cp1252 leaves undefined (0x81, 0x8D, ...) decode as latin-1, like real mis-decoders
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def mojibake(text: str) -> str | None:
    """UTF-8 bytes read as cp1252 ("é" -> "Ã©", "’" -> "â€™")."""
    damaged = _sloppy_cp1252(text.encode("utf-8"))
    return damaged if damaged != text else None


def replacement(text: str) -> str | None:
    """Every non-ASCII character replaced by "?" (a lossy encode to ASCII)."""
    if sum(not c.isascii() for c in text) < MIN_DAMAGED:
        return None
    return text.encode("ascii", "replace").decode("ascii")


def drop_non_ascii_letters(text: str) -> str | None:
    """Non-ASCII letters dropped ("Mevlüt" -> "Mevlt"); only for Latin-script texts.

    Applies when at least three distinct words lose a letter (the detector's minimum): one
    name without its accent is not a damaged text, and no text-only rule can see it.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isascii() for c in letters) < 0.5 * len(letters):
        return None  # dropping would delete most of a non-Latin text, not damage it
    damaged_words = {w for w in re.findall(r"[^\W\d_]+", text) if re.search("[\u00c0-\u024f]", w)}
    if len(damaged_words) < 3:
        return None
    return "".join(c for c in text if c.isascii() or not c.isalpha())


def cut_mid_sentence(text: str, seed: int = 0) -> str | None:
    """Cut the text inside a sentence of the second half, 3+ words in and 3+ words before its end."""
    rng = random.Random(seed)
    candidates = []
    half = len(text) // 2
    for m in _SENTENCE.finditer(text):
        if m.start() < half or "\n" in m.group().strip():
            continue
        words = list(re.finditer(r"\S+", m.group()))
        if len(words) >= 8:
            candidates.append((m, words))
    if not candidates:
        return None
    m, words = rng.choice(candidates)
    k = rng.randint(3, len(words) - 3)
    return text[: m.start() + words[k - 1].end()]


def duplicate_paragraph(text: str, seed: int = 0, min_words: int = 20) -> str | None:
    """Repeat one prose paragraph (20+ words) right after itself, as a scraper glitch does."""
    rng = random.Random(seed)
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines) if len(line.split()) >= min_words]
    if not candidates:
        return None
    i = rng.choice(candidates)
    return "\n".join(lines[: i + 1] + ["", lines[i]] + lines[i + 1 :])


CORRUPTIONS = {
    "apostrophes": strip_apostrophes,
    "mojibake": mojibake,
    "replacement": replacement,
    "lost_letters": drop_non_ascii_letters,
    "truncated": cut_mid_sentence,
    "duplicates": duplicate_paragraph,
}
