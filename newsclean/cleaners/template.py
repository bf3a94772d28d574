"""Site template: separators ("* * *", "---"), "### Category" lists, copyright and legal lines."""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document, Kind
from ..markdown import LIST_MARKER, without_bullet
from ..phrases import alternation
from ..registry import cleaner
from . import vocab

_SEPARATOR = re.compile(r"^[\W_]*$")  # a line with no letters or digits at all
_LIST_ITEM = re.compile(rf"^{LIST_MARKER}")
# A notice, not prose: "(c)" before a year or a name (not "(c) the judge's summary", a list
# item), "Copyright" not followed by a comma or a lower-case word ("Copyright law, ...").
_COPYRIGHT = re.compile(r"^(?:©|ⓒ|\([cC]\)\s*(?=[\dA-Z])|(?:[Cc]opyright|COPYRIGHT)\b(?!\s*(?:,|[a-z])))")
# what follows "Copyright" or "(c)" in a notice: a sign or a year ("Copyright © 2024 ...")
_NOTICE_START = re.compile(r"\s*:?\s*(?:©|\([cC]\)|\d{4}\b)")
_WORD = re.compile(r"[^\W\d_][\w'’&-]*")


@lru_cache(maxsize=1)
def _reserved() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The `reserved` phrases of vocab/template.toml [copyright] ("All rights reserved",
    "版权所有"): anywhere in a line, and opening a notice (then a sign, a year, a separator
    or the line's end: "版权所有 © 2022 ...", not "Все права защищены Конституцией ...")."""
    phrases = [p for lang in vocab.data("template")["copyright"]["reserved"].values() for p in lang]
    words = alternation(phrases)
    anywhere = re.compile(words, re.I)
    opening = re.compile(rf"^{vocab.LEAD_OPENING}(?:{words})\s*(?:$|[©ⓒ]|\([cC]\)|\d{{4}}\b|[.:：;|–—\-])", re.I)
    return anywhere, opening


def _is_notice(text: str, end: int) -> bool:
    """Whether the line opened by a copyright sign or word (up to ``end``) is a notice: "©",
    a sign or a year next, "all rights reserved", or words that name the owner ("Copyright
    The Valley Times"), no more of them in lower case than capitalised. "Copyright Act
    reforms were debated ..." and "(c) The council will publish ..." are prose."""
    if text.startswith(("©", "ⓒ")) or _NOTICE_START.match(text, end) or _reserved()[0].search(text):
        return True
    words = _WORD.findall(text, end)
    lower = sum(1 for w in words if w[0].islower())
    return lower <= len(words) - lower


@cleaner("template", kinds=(Kind.TEMPLATE,))
def template(doc: Document, max_list_item_words: int = 8) -> None:
    """Drop separators, legal lines and label lists announced by a heading ("### Category")."""
    vocabulary = vocab.vocabulary("template")
    in_list = False
    for block in doc.kept():
        text = block.plain
        if in_list and _LIST_ITEM.match(block.text) and block.n_words <= max_list_item_words:
            doc.drop(block, Kind.TEMPLATE, "item of a site label list")
            continue
        in_list = False
        found = vocabulary.match_block(block, sentences=block.n_words <= 8)
        if found:
            concept, _ = found
            in_list = concept.name == "list_headings"
            doc.drop(block, concept.kind, f"site {concept.name.replace('_', ' ')} line")
        elif _SEPARATOR.match(text) and len(text.replace(" ", "")) >= 3 and len(set(text.replace(" ", ""))) == 1:
            doc.drop(block, Kind.TEMPLATE, "separator line")
        elif (m := _COPYRIGHT.match(item := without_bullet(text))) and block.n_words <= 25 and _is_notice(item, m.end()):
            doc.drop(block, Kind.TEMPLATE, "copyright line")
        elif block.n_words <= 25 and _reserved()[1].match(item):
            doc.drop(block, Kind.TEMPLATE, "copyright line")
