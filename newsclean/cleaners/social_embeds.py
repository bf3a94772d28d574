"""Social-media embeds: the attribution line of an embedded post ("— Name (@handle) March 29,
2022"), pic.twitter.com and t.co links, and the post's own text, kept whole or dropped whole."""

from __future__ import annotations

import re
from typing import Literal

from ..dates import find_dates
from ..document import Block, Document, Kind
from ..markdown import LIST_MARKER, MAX_LINK_WORDS  # MAX_LINK_WORDS: as far as a link match is widened
from ..registry import cleaner

# "— Name (@handle) [March 29, 2022](#)" after markdown syntax is gone
_ATTRIBUTION = re.compile(r"^[—–-]\s*.{1,80}?\(@\w{1,30}\)\s*(?P<date>.{0,40})$")
_EMBED_LINK = re.compile(r"(?:pic\.twitter\.com/\w+|https?://t\.co/\w+|https?://(?:www\.)?(?:twitter|x)\.com/\w+/status/\d+)")
_ONLY_LINK = re.compile(rf"^<?(?:https?://)?{_EMBED_LINK.pattern}>?$")
_POST_SIGNS = re.compile(r"@\w+|#\w+|pic\.twitter\.com|https?://t\.co|^\W")
_LIST_OR_HEADING = re.compile(rf"^(?:#|{LIST_MARKER})")
# Gates, so most lines meet no regex: an attribution opens with a dash, and every embed
# link holds ".co" (t.co, pic.twitter.com, twitter.com, x.com).
_DASHES = ("—", "–", "-")
_LINK_SIGN = ".co"


@cleaner("social_embeds", kinds=(Kind.EMBED,))
def social_embeds(doc: Document, post_text: Literal["drop", "keep"] = "drop", max_post_blocks: int = 2) -> None:
    """Drop embed furniture; with ``post_text="drop"`` (default) also the embedded post's text.

    The post's text is the line right above its attribution (or above its link line), plus
    one more line before that when it is short and reads like a post (``max_post_blocks``).
    With ``post_text="keep"`` the text stays whole.
    """
    if post_text not in ("drop", "keep"):
        raise ValueError('social_embeds: post_text is "drop" or "keep"')
    blocks = doc.kept()
    for i, block in enumerate(blocks):
        text = block.plain
        m = _ATTRIBUTION.match(text) if text.startswith(_DASHES) else None
        if m and (find_dates(m.group("date")) or not m.group("date")):
            doc.drop(block, Kind.EMBED, "embedded post attribution line")
            if post_text == "drop":
                _drop_post_text(doc, blocks, i, max_post_blocks)
        elif _LINK_SIGN in text and _ONLY_LINK.match(text):
            doc.drop(block, Kind.EMBED, "embedded media link")
        elif _LINK_SIGN in block.text:
            for link in _EMBED_LINK.finditer(block.text):
                if block.n_words > 3:  # a link at the end of a post's text: cut the link only
                    start, end = _expand_to_markdown(block.text, link.start(), link.end())
                    doc.cut(block, start, end, Kind.EMBED, "embedded media link")


def _drop_post_text(doc: Document, blocks: list[Block], attribution: int, max_blocks: int) -> None:
    taken = 0
    j = attribution - 1
    while j >= 0 and taken < max_blocks:
        block = blocks[j]
        if doc.drop_kind(block) is Kind.EMBED and _ONLY_LINK.match(block.plain):
            j -= 1  # the post's own media link line sits between its text and attribution
            continue
        if doc.is_dropped(block) or _LIST_OR_HEADING.match(block.text) or block.n_words > 80:
            return
        if taken and not _reads_like_post(block, blocks[j - 1] if j else None):
            return
        doc.drop(block, Kind.EMBED, "text of an embedded post")
        taken += 1
        j -= 1


def _reads_like_post(block: Block, before: Block | None) -> bool:
    if block.plain[:1].islower() or (before is not None and not before.ends_with_punctuation):
        return False  # the continuation of a paragraph, not the start of a post
    return block.n_words <= 20 or bool(_POST_SIGNS.search(block.plain))


_UP_TO_LAST_SPACE = re.compile(r".*\s", re.S)  # greedy: one pass, then back to the last space


def _expand_to_markdown(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a link match to its whole markdown link ``[label](target)`` or ``<url>``, else to
    the run of non-space characters it ends (the "https://" before "t.co/..."). Each search is
    bounded, so a line of thousands of links stays linear."""
    low = max(0, start - MAX_LINK_WORDS)
    open_bracket = text.rfind("[", low, start)
    if open_bracket != -1:
        close = text.find(")", end, end + MAX_LINK_WORDS)
        if close != -1 and text.find("](", open_bracket, close) != -1:
            return open_bracket, close + 1
    if start > 0 and text[start - 1] == "<" and text[end : end + 1] == ">":
        return start - 1, end + 1
    before = _UP_TO_LAST_SPACE.match(text, low, start)
    return (before.end() if before else low), end
