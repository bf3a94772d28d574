"""Duplicate lines: a line that repeats one earlier on the page, word for word."""

from __future__ import annotations

from collections import Counter

from ..document import Document, Kind
from ..registry import cleaner
from ..reliability.integrity import DUPLICATE_MIN_WORDS
from .boilerplate import REPEAT_NEAR_LINES


@cleaner("duplicates", kinds=(Kind.DUPLICATE,))
def duplicates(doc: Document, min_words: int = 3, on_extracted: bool = False) -> None:
    """Drop a kept line whose words repeat an earlier kept line's.

    Only kept lines count as earlier copies: a caption or teaser that repeats a body sentence
    before the body does must not take the body sentence with it. Lines under ``min_words``
    words ("Yes.", "Watch") repeat legitimately and are left alone, and so does a question: an
    interview series puts the same questions to each person (on the dev pages, one such
    interview lost 714 words to this cleaner, and no question it dropped was clutter).

    A refrain stays too: the lines of a poem, song or chant the article quotes come back within
    a stanza or two, with new lines between (see :func:`_is_refrain`). What this cleaner exists
    for comes back otherwise: a headline or summary printed twice, a caption under its image's
    alt text, a box or paragraph a scraper doubled come back at once or with nothing new
    between, a share bar or menu far down the page, and a doubled paragraph of
    ``DUPLICATE_MIN_WORDS`` words or more is damage wherever it is (the integrity detector
    ``duplicates`` flags it in a clean text).

    On HTML input (unless ``on_extracted``) the extractor has already judged the page's
    layout, and a line it kept twice is one the page itself repeats (an interview's questions
    listed before the answers): measured on the dev pages, removing those cost 1,300 body
    shingles for 29 of noise.
    """
    if doc.input_format == "html" and not on_extracted:
        return
    kept = doc.kept()
    keys = [" ".join(block.words).casefold() for block in kept]
    counts = Counter(keys)
    if len(counts) == len(keys):
        return  # most pages print no line twice
    words = [block.n_words for block in kept]
    last: dict[str, int] = {}  # a line's words -> where its last kept copy is
    refrain: set[int] = set()  # where the copies kept as a refrain's are
    for i, (block, key) in enumerate(zip(kept, keys)):
        if block.n_words < min_words:
            continue
        earlier = last.get(key)
        if earlier is not None and not block.plain.rstrip().endswith(("?", "？")):
            if block.n_words >= DUPLICATE_MIN_WORDS or not _is_refrain(keys, words, counts, refrain, earlier, i):
                doc.drop(block, Kind.DUPLICATE, "line repeated from above")
                continue
            refrain.add(i)
        last[key] = i


def _is_refrain(keys: list[str], words: list[int], counts: Counter[str], refrain: set[int], earlier: int, i: int) -> bool:
    """Whether the copy at ``i`` of the short line at ``earlier`` (positions among the kept
    lines: ``keys`` their words, ``words`` how many) is a refrain's. Either the copy comes
    within ``REPEAT_NEAR_LINES`` lines, as the ``boilerplate`` cleaner reads a refrain, with a
    line the page prints once between, and next to it a short line of words printed once (a verse: a
    pull quote or a headline printed again under a paragraph sits between paragraphs, a block
    printed twice among its copies); or it is the next line of a refrain just kept, which
    followed the same line before ("We'll come back," / "when the light comes back." sung
    again after a longer verse)."""
    if i - 1 in refrain and earlier > 0 and keys[earlier - 1] == keys[i - 1]:
        return True
    if i - earlier > REPEAT_NEAR_LINES or not any(counts[keys[k]] == 1 for k in range(earlier + 1, i)):
        return False
    return any(counts[keys[k]] == 1 and 0 < words[k] < DUPLICATE_MIN_WORDS for k in (i - 1, i + 1) if k < len(keys))
