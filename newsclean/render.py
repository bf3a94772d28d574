"""Turn a document's marks into the clean text and the removal records (the one render step)."""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter
from typing import Any

from .document import Document, Removal


def render(doc: Document) -> tuple[str, list[Removal]]:
    """Apply the drops, cuts and joins marked on ``doc``.

    Returns the clean text (paragraphs separated by one blank line, whitespace inside a
    paragraph folded to single spaces) and the removals sorted by offset.
    """
    removals: list[Removal] = []
    paragraphs: list[str] = []
    drops, all_cuts, joins = doc._drops, doc._cuts, doc._joins
    for block in doc.blocks:
        mark = drops.get(block.index)  # (cleaner, kind, reason)
        if mark is not None:
            removals.append(Removal(block.start, block.end, block.text, *mark))
            continue
        cuts = all_cuts.get(block.index)
        if cuts:
            for cut in cuts:
                text = doc.input_text[cut.start : cut.end]
                removals.append(Removal(cut.start, cut.end, text, cut.cleaner, cut.kind, cut.reason))
            visible = fold(doc.visible_text(block))
        else:  # most lines: no cut, the text as it is
            visible = fold(block.text)
        if not visible:
            continue
        if block.index in joins and paragraphs:  # a line joined to the one before (Document.is_joined)
            paragraphs[-1] = f"{paragraphs[-1]} {visible}"
        else:
            paragraphs.append(visible)
    removals.sort(key=attrgetter("start"))
    return "\n\n".join(paragraphs), removals


def fold(text: str) -> str:
    """``text`` with its whitespace folded to single spaces, as ``" ".join(text.split())``. A
    printable text (no whitespace but the space is printable) without two spaces in a row or
    one at an end is its own folding: most lines, returned without splitting them into words."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def apply_removals(input_text: str, removals: Iterable[Removal]) -> str:
    """Replay removals on the text they were recorded on.

    Gives ``Result.text`` back up to whitespace (joined paragraphs come back as separate ones):
    compare with whitespace folded. Raises ``ValueError`` when a removal does not match the
    text, so a removal list cannot silently be applied to the wrong input, and ``TypeError``
    for a text that is not a ``str`` or removals that are not :class:`Removal` objects.
    """
    if not isinstance(input_text, str):
        raise TypeError(f"apply_removals: input_text is the str the removals were recorded on, not {type(input_text).__name__}")
    if not isinstance(removals, Iterable) or isinstance(removals, (str, bytes, dict)):
        raise TypeError(f"apply_removals: removals is a list of Removal objects, not {type(removals).__name__}")
    ordered = sorted(removals, key=_start)
    pieces: list[str] = []
    pos = 0
    for removal in ordered:
        if input_text[removal.start : removal.end] != removal.text:
            raise ValueError(f"removal at {removal.start}:{removal.end} does not match the text")
        if removal.start < pos:
            raise ValueError(f"removal at {removal.start} overlaps the one before it")
        pieces.append(input_text[pos : removal.start])
        pos = removal.end
    pieces.append(input_text[pos:])
    lines = (" ".join(line.split()) for line in "".join(pieces).splitlines())
    return "\n\n".join(line for line in lines if line)


def _start(removal: Any) -> int:
    if not isinstance(removal, Removal):
        hint = " (Removal.from_dict reads one)" if isinstance(removal, dict) else ""
        raise TypeError(f"apply_removals: removals is a list of Removal objects, not of {type(removal).__name__}{hint}")
    return removal.start
