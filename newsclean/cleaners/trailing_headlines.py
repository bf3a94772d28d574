"""Trailing headlines: the list of other stories a page prints after the article.

Two rules. With a marker ("More Latest News", "Most read", "Related stories", ...) after the
article, the marker and the headline-like lines after it go. Without one, a run of at least
``min_items`` short headline-like lines at the very end goes when its words have little to do
with the article's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..dates import find_dates
from ..document import CLOSERS, Block, Document, Kind
from ..markdown import LIST_MARKER
from ..phrases import RATING, alternation
from ..registry import cleaner
from ..scripts import SPACED_SCRIPT_STOPS, UNSPACED
from . import vocab

_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# an article's own list, unless its items are headlines in title case
_LIST_ITEM = re.compile(rf"^(?:#|{LIST_MARKER})")


UNSPACED_CHARS_PER_WORD = 3  # a headline of max_headline_words words, in characters of such a script
# a headline may end with "?" or "!", not with a full stop, a colon or a comma, of any script
_NOT_HEADLINE_ENDS = (".", ":", ";", ",", "。", "｡", "：", "；", "，", *(s for s in SPACED_SCRIPT_STOPS if s != "؟"))


def _is_headline_like(block: Block, max_words: int) -> bool:
    # a closing quote or bracket after the stop is still a sentence end: '"They never gave up."'
    # A line without letters ("★★★★☆", "8/10") is a rating or a figure, never a headline; nor
    # is a line that gives scores ("Food 8/10 | Service 9/10"): a review's verdict.
    if not block.n_letters or RATING.search(block.plain):
        return False
    # (_n_words: a Thai paragraph, without spaces or a full stop, is a few "words" by \w)
    return _n_words(block) <= max_words and not block.plain.rstrip(CLOSERS).endswith(_NOT_HEADLINE_ENDS)


def _is_marker(block: Block) -> bool:
    if block.n_words > 8:
        return False
    text = block.plain.rstrip(" :：»>")
    return vocab.match("trailing", text) is not None or (block.n_words <= 5 and _section_marker().match(text) is not None)


@lru_cache(maxsize=1)
def _section_marker() -> re.Pattern[str]:
    """A marker's lead phrase, then a section's name of one to three words and no separator:
    "More from News", "Mehr aus Politik", "Meer nieuws uit Utrecht" (a lead phrase alone
    needs a separator: "More from: ...")."""
    leads = [phrase for phrases in vocab.data("trailing")["markers"]["lead"].values() for phrase in phrases]
    return re.compile(rf"^(?:{alternation(leads)})\s+[^\W\d_][\w&'’.-]*(?:\s+[\w&'’.-]+){{0,2}}$", re.I)


@cleaner("trailing_headlines", kinds=(Kind.TRAILING,))
def trailing_headlines(
    doc: Document,
    min_items: int = 3,
    max_headline_words: int = 30,
    max_overlap: float = 0.35,
    min_prose_ratio: float = 2.0,
) -> None:
    """Drop the list of other stories after the article.

    A marker only opens a trailing list when the article is behind it: the prose before the
    marker must outweigh the prose after it ``min_prose_ratio`` times (a "Latest news" box
    above the article, or a "Related" heading in its middle, is not the end of the article).
    """
    kept = doc.kept()
    prose_words = [_n_words(b) if _is_prose(b) else 0 for b in kept]
    total = sum(prose_words)
    before = 0
    for i, block in enumerate(kept):
        # the prose test first: plain arithmetic, false until most of the prose is behind, so
        # the vocabulary is asked about the last lines only
        after = total - before
        if before and before >= min_prose_ratio * after and _is_marker(block):
            _drop_list(doc, kept[i:], max_headline_words)
            break
        before += prose_words[i]
    _drop_unmarked_run(doc, min_items, max_headline_words, max_overlap)


def _drop_list(doc: Document, blocks: list[Block], max_words: int) -> None:
    """Drop a marker and the items after it, up to two sentences in a row (:func:`_is_sentence`)
    and the heading over them: there the article resumes (the marker was a box inside it; a
    lone teaser sentence is an item). A box that is one paragraph ends there (:func:`_box_end`).

    A list of other stories holds headlines: when only prose follows the marker, the marker
    is the article's own subheading ("Latest" over a last paragraph) and stays. A marker with
    nothing after it (its list lost in extraction) goes.
    """
    items = blocks[1:]
    if items and not any(_is_headline_like(item, max_words) and not _is_prose(item) for item in items):
        return
    doc.drop(blocks[0], Kind.TRAILING, "marker of a list of other stories")
    end = next((i for i in range(len(items) - 1) if _is_sentence(items[i]) and _is_sentence(items[i + 1])), len(items))
    box_end = _box_end(items, end)
    if box_end < end:
        end = box_end
    elif 1 < end < len(items) and items[end - 1].n_words <= ENTRY_HEADING_MAX_WORDS and not _is_sentence(items[end - 1]):
        end -= 1  # the heading of the article's entry those sentences describe ("Organ at Midnight")
    for item in items[:end]:
        doc.drop(item, Kind.TRAILING, "item after a marker of other stories")


def _box_end(items: list[Block], end: int) -> int:
    """Where a box inside the article ends, when the marker and its items are one paragraph
    ("Related stories" over a headline, then a blank line) and the article resumes at
    ``end`` (prose): the short lines between the box and that prose are the article's own
    (a subheading and its list, "What the scheme includes" over its parts), not more
    items. They must be neither sentences nor another marker; otherwise ``end`` stands.
    """
    if end >= len(items) or not _is_prose(items[end]) or items[0].blank_before:
        return end
    first = next((i for i in range(1, end) if items[i].blank_before), end)
    if first == end or any(_is_sentence(item) or _is_marker(item) for item in items[first:end]):
        return end
    return first


SENTENCE_MIN_WORDS = 5
ENTRY_HEADING_MAX_WORDS = 6  # a longer line before them is a caption or a teaser's headline


def _is_sentence(block: Block) -> bool:
    """A line that ends like a sentence: a teaser list alternates headlines with one-line
    summaries, so two in a row are the article's (a listing's details, a paragraph)."""
    return block.ends_with_punctuation and _n_words(block) >= SENTENCE_MIN_WORDS


def _is_prose(block: Block) -> bool:
    """A sentence-like paragraph, as opposed to a headline, label or teaser title."""
    return block.ends_with_punctuation and _n_words(block) >= 15


def _n_words(block: Block) -> int:
    """The block's words; in a script without spaces between words (Chinese, Japanese, Thai),
    where a sentence is one or two "words", its length in characters over
    UNSPACED_CHARS_PER_WORD."""
    if block.text.isascii():
        return block.n_words
    # the characters of such a script count, not the whole line's ("Tokyo (東京) governor ...")
    return block.n_words + len(UNSPACED.findall(block.plain)) // UNSPACED_CHARS_PER_WORD


# Share of an unmarked run's lines that are records, "Label: value" lines ("Tore: 1:0 Baumgart
# (6.)", "Referee: ...") or rows of results ("Ana Costa 2:31:40"), from which it is the
# article's data, not headlines (a few of which have a label: "Watch: ...", "Opinion: ...").
RECORDS_SHARE = 2 / 3


def _records(run: list[Block]) -> int:
    """How many lines of the run are records: a "Label: value" line, or a row whose shape
    (``Block.shape``: its figures and punctuation, "Ana Costa 2:31:40" is "9:9:9") another line
    of the run shares. A date is no row's figure: headlines of other stories carry theirs."""
    shapes = Counter(block.shape for block in run if _is_row_shape(block))
    return sum(1 for block in run if block.label or (_is_row_shape(block) and shapes[block.shape] > 1))


def _is_row_shape(block: Block) -> bool:
    # a figure and punctuation ("9:9:9", "9-9"), not a number alone ("5 things to know"), and
    # no date
    shape = block.shape
    return "9" in shape and len(shape) > 1 and not find_dates(block.plain)


SIGN_OFF_MAX_LINES = 3  # a name, a role, a place
SIGN_OFF_MAX_WORDS = 8
_SIGN_OFF_DASH = ("—", "–", "―", "--")
# the lower-case particles of a name ("Jan de Vries", "Ana da Silva", "Ahmad bin Said")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]*)*")
_NAME_PARTICLES = frozenset(
    "al bin da das de del della den der di do dos du el ibn la le ten ter van von y zu".split()
)


def _sign_off(doc: Document, run: list[Block], last: Block) -> int:
    """How many of the run's first lines (``run`` in reading order) are the article's sign-off
    (:func:`is_sign_off`), not headlines: the paragraph right after the article's last
    sentence, none of its lines dropped by another cleaner."""
    first = run[0]
    if not first.blank_before or not last.ends_with_punctuation:
        return 0
    if not (first.plain[:1].isupper() or first.plain.startswith(_SIGN_OFF_DASH)):
        return 0  # no name opens it: spare the walk over the paragraph
    i = first.index + 1
    blocks = doc.blocks
    while i < len(blocks) and not blocks[i].blank_before:
        i += 1
    paragraph = blocks[first.index : i]
    if len(paragraph) > len(run) or any(a is not b for a, b in zip(paragraph, run)):
        return 0  # part of it dropped (a footer's links, a share bar)
    return len(paragraph) if is_sign_off(paragraph) else 0


def is_sign_off(paragraph: list[Block]) -> bool:
    """Whether a paragraph after an article's last sentence is its sign-off: one to three
    short lines that open with a person's name and say it is a signature: a dash leads the
    name ("— Sarah Mellor"), or a comma follows it or a line after it holds one (its place or
    role: "Margaret Hollis" over "Bishop's Stortford, Hertfordshire", "Jan de Vries, Utrecht").
    A letter, an op-ed or a column ends so; a headline, a menu entry or a prompt seldom opens
    with a name and a comma ("Leave Comments", "Ad Choices", "Weitere Beiträge zum Thema").
    """
    if not 1 <= len(paragraph) <= SIGN_OFF_MAX_LINES:
        return False
    text = paragraph[0].plain
    dash = text.startswith(_SIGN_OFF_DASH)
    if not (dash or text[:1].isupper()):
        return False  # the cheap test first: most lines tried open with no capital and no dash
    name, comma, _ = text.lstrip("".join(_SIGN_OFF_DASH) + " ").partition(",")
    if not (dash or comma or any("," in b.plain for b in paragraph[1:])) or not is_name(name):
        return False
    return all(b.n_words <= SIGN_OFF_MAX_WORDS for b in paragraph)


def is_name(text: str) -> bool:
    """Whether ``text`` is a person's name: two to four words of letters (an initial's stop, an apostrophe or a
    hyphen inside: "J. R. O'Neill-Barnes"), each opened by a capital but for a particle ("Jan
    de Vries"). No figure, no colon: "Tags: Leeds Crown Court" is a label and its value."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    return all(w[0].isupper() or w in _NAME_PARTICLES for w in words) and words[0][0].isupper()


def _drop_unmarked_run(doc: Document, min_items: int, max_words: int, max_overlap: float) -> None:
    """Drop the run of headline-like lines at the end when it has little to do with the article.

    The run is read from the end over the kept lines, past the lines other cleaners dropped
    (a copyright line, a caption), but not past a promo: a share bar or newsletter prompt is
    where the article ended, and the short lines before it are the article's own (a verdict,
    the pros and cons of a review).
    """
    kept = doc.kept()
    run: list[Block] = []
    for block in reversed(doc.blocks):
        if doc.is_dropped(block):
            if doc.drop_kind(block) is Kind.PROMO:
                break
            continue
        if not _is_headline_like(block, max_words):
            break
        if _LIST_ITEM.match(block.text) and block.title_case_ratio < 0.75:
            break
        run.append(block)
    body = kept[: len(kept) - len(run)]
    signed = _sign_off(doc, run[::-1], body[-1]) if run and body else 0
    if signed:
        del run[-signed:]  # the run's first lines in reading order: the article's, they stay
    if len(run) < min_items or not body:
        return
    if body[-1].plain.rstrip(CLOSERS).endswith(":"):
        return  # the article introduces the list ("These are the six books:"): it is its own
    if _records(run) >= RECORDS_SHARE * len(run):
        return  # "Label: value" lines or rows: the article's data (line-ups, results, a fact box)
    run_words = [w.casefold() for b in run for w in _CONTENT_WORD.findall(b.plain)]
    if not run_words:
        return
    # one findall over the joined lines finds the same words as one per line (no word spans
    # "\n"); each distinct word is case-folded once, not each of its occurrences
    article_words = {w.casefold() for w in set(_CONTENT_WORD.findall("\n".join(b.plain for b in body)))}
    overlap = sum(1 for w in run_words if w in article_words) / len(run_words)
    if overlap <= max_overlap:
        for block in run:
            doc.drop(block, Kind.TRAILING, f"run of {len(run)} unrelated headlines at the end")
