"""Cut ``input_text`` into :class:`~newsclean.document.Block` s: one per non-blank line, or per
paragraph of a hard-wrapped text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from .document import Block

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


# Hard-wrapped text (html2text's default 78 columns, lynx and w3m dumps, e-mail): a paragraph
# runs over several lines, each filled up to the width. Its lines are one block, a paragraph.
WRAP_WIDTHS = range(60, 101)  # the widths wrappers use
WRAP_SLACK = 12  # a filled line ends within this many characters of the width
WRAP_MIN_LINES = 8  # filled lines followed by another line, for a text to be wrapped
WRAP_MIN_SHARE = 0.05  # ... and this share of its lines
_SENTENCE_ENDS = frozenset(".!?…:;\"'”’»)]|")  # a line ending so may end its paragraph
_OPENERS = "[_*(\"'“‘«"  # before a line's first letter: a link, emphasis, a bracket, a quote
_CLOSING_QUOTES = "\"'”’»)"  # after the full stop of a paragraph's last line ('... he said."')
LINK_MAX_LINES = 3  # a wrapped link's words close within this many lines; a "[" left open does not


def segment(text: str) -> list[Block]:
    """Return the non-blank lines of ``text`` as blocks with offsets into ``text``.

    A line is the unit because scraped text puts one paragraph, heading, caption or link per
    line; paragraphs the page broke mid-sentence are joined again by a cleaner, not here. In a
    hard-wrapped text (:func:`wrap_width`), the lines a wrapper filled and the line each went on
    to form one block: the paragraph it wrapped; so do the lines of a markdown link or image
    whose words or target the wrapper broke ("[" opened on one line, "](...)" closing it on one
    of the next ``LINK_MAX_LINES``, or a "](" whose ")" comes there: html2text breaks a long
    URL at a hyphen and a link's title at a space; a "[" that no "]" closes there, or a "("
    that no ")" closes, joins nothing).
    """
    lines: list[Block] = []  # a block per non-blank line: most texts keep them as they are
    blank_before = True
    for offset, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            blank_before = True
            continue
        start = offset + len(line) - len(line.lstrip())
        lines.append(Block(len(lines), start, start + len(stripped), stripped, blank_before))
        blank_before = False
    width = wrap_width(lines)
    return lines if width is None else _paragraphs(text, lines, width)


def _paragraphs(text: str, lines: list[Block], width: int) -> list[Block]:
    """The blocks of a text hard-wrapped at ``width``: a paragraph's (or a link's) lines as one."""
    blocks: list[Block] = []
    previous, open_brackets = "", 0  # the block's "[" not yet closed: a link's words go on
    open_target = False  # the block's last "](" not yet closed: a link's target goes on
    for i, line in enumerate(lines):
        # a "[" or "](" the block left open, closed within the next lines: most lines open none
        in_link = (open_brackets > 0 or open_target) and _closes(lines[i : i + LINK_MAX_LINES], open_brackets, open_target)
        after = lines[i + 1].text if i + 1 < len(lines) and not lines[i + 1].blank_before else None
        if (in_link or _continues(previous, line.text, width, after)) and blocks and not line.blank_before:
            first = blocks[-1]
            blocks[-1] = Block(first.index, first.start, line.end, text[first.start : line.end], first.blank_before)
        else:
            blocks.append(Block(len(blocks), line.start, line.end, line.text, line.blank_before))
            open_brackets, open_target = 0, False
        previous = line.text
        open_brackets = max(0, open_brackets + line.text.count("[") - line.text.count("]"))
        if "](" in line.text:
            open_target = ")" not in line.text[line.text.rfind("](") :]
        elif open_target and ")" in line.text:
            open_target = False
    return blocks


def _closes(later: list[Block], open_brackets: int, open_target: bool) -> bool:
    """True when one of the ``later`` lines closes what is open: a link's words or its target."""
    return (open_brackets > 0 and any("]" in x.text for x in later)) or (open_target and any(")" in x.text for x in later))


def wrap_width(lines: list[Block]) -> int | None:
    """The width a wrapper filled the lines to, or None when the text is not hard-wrapped: at
    least ``WRAP_MIN_LINES`` lines, and ``WRAP_MIN_SHARE`` of all, end within ``WRAP_SLACK``
    characters of one width and have a line right after them (text rendered one paragraph a
    line has its lines at every length, and blank lines between its paragraphs)."""
    low, high = WRAP_WIDTHS[0] - WRAP_SLACK, WRAP_WIDTHS[-1]
    lengths = Counter(
        len(line.text) for line, after in zip(lines, lines[1:]) if not after.blank_before and low < len(line.text) <= high
    )
    if sum(lengths.values()) < WRAP_MIN_LINES:  # most texts: a paragraph a line, blank lines between
        return None
    # the lines filled to each width: a window of WRAP_SLACK lengths slid over their counts
    filled = sum(lengths[n] for n in range(WRAP_WIDTHS[0] - WRAP_SLACK + 1, WRAP_WIDTHS[0]))
    best, width = 0, None
    for w in WRAP_WIDTHS:
        filled += lengths[w] - lengths[w - WRAP_SLACK]
        if filled > best:
            best, width = filled, w
    return width if best >= max(WRAP_MIN_LINES, WRAP_MIN_SHARE * len(lines)) else None


def _continues(previous: str, line: str, width: int, after: str | None = None) -> bool:
    """``line`` goes on with the paragraph ``previous`` ends: the wrapper filled ``previous``
    (its next word would not have fitted) and ``line`` starts with a word in lower case,
    mid-sentence (also inside a link or emphasis that opens it). A line that starts with a
    capital, a figure or a link to a capitalised title is left on its own: a list of headlines
    or of links fills lines too; unless ``previous`` ends mid-sentence and
    ``line`` is itself filled and goes on in lower case on the line ``after`` it (the middle of
    a paragraph whose line the wrapper broke before a name: "... plans to release a new" /
    "Galaxy phone with a larger screen ..." / "according to ..."), or is the paragraph's last
    line (``after`` is None) and ends with a full stop ("... backed by several" / "EU ministers,
    the report says."): headlines in a row do neither (one may end with "?" or "!", or with
    "…" where a teaser is cut)."""
    word = line.split(maxsplit=1)[0]
    if len(previous) + 1 + len(word) <= width:
        return False
    # the word's first letter: past the opening of a link, emphasis, a bracket or a quote
    # ("[move its whole range](#) to ...", "_The Times_") where the line starts with one
    letter = word.lstrip(_OPENERS)[:1] or word[0]
    if letter.islower():
        return not word.startswith(("http:", "https:", "www.", "mailto:"))
    if not letter.isupper() or previous[-1] in _SENTENCE_ENDS:
        return False
    if after is None:  # the paragraph's last line: it ends a sentence (a headline ends so rarely)
        return line.rstrip(_CLOSING_QUOTES).endswith(".")
    return after.lstrip(_OPENERS)[:1].islower() and _continues(line, after, width)  # its middle


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` for each line of ``text``, without its line break: "\\r\\n", "\\r" or
    "\\n" (str.splitlines breaks at more characters than these)."""
    if "\r" not in text:  # most texts: str.split finds the breaks in C
        offset = 0
        for line in text.split("\n"):
            yield offset, line
            offset += len(line) + 1
        return
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        yield match.start(), line.rstrip("\r\n")
