"""Captions: photo credits ("Picture: Getty", "AP Photo/...", "(Photo: ...)"), credit-only
lines, and image alt text that the page repeats in the caption below it."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files

from ..document import Block, Document, Kind
from ..registry import cleaner
from . import vocab


def _credit_vocabulary() -> dict:
    return tomllib.loads(files(__package__).joinpath("vocab/captions.toml").read_text("utf-8"))["credit"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = _credit_vocabulary()
    labels = "|".join(re.escape(x) for lang in data["labels"].values() for x in sorted(lang, key=len, reverse=True))
    agencies = "|".join(re.escape(a) for a in sorted(data["agencies"], key=len, reverse=True))
    # what a credit names: a few capitalised words, slashes, "via", no sentence punctuation
    name = r"[A-Z0-9][\w.&'’/-]*(?:[ \t]+(?:via|for|and|/|&|[\w.&'’/-]+)){0,9}"
    # "... Picture: Alamy", "(Photo: Getty Images)", "Image: Consulate General/TASS"
    labelled = re.compile(rf"(?:^|(?<=[\s.(\[|–—-]))\(?(?:{labels})[ \t]*:[ \t]*{name}\)?\.?$", re.I)
    # "AP Photo/Name Surname", "Photo by Name/Getty Images", "(Getty Images)"
    agency = re.compile(
        rf"(?:^|(?<=[\s.(\[|–—-]))\(?(?:(?:{agencies})[ \t]+Photo[ \t]*/[ \t]*{name}"
        rf"|Photo(?:graph)?[ \t]+by[ \t]+{name}/[ \t]*(?:{agencies})"
        rf"|(?:{name}[ \t]*/[ \t]*)?(?:{agencies})(?:[ \t]+via[ \t]+(?:{agencies}))?)\)?\.?$"
    )
    return labelled, agency


@lru_cache(maxsize=1)
def _gates() -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    """What the credit patterns need, for tests that rule a line out before they run:
    the labels (lower-cased) and the agency names (``None``: no gate, as stripping a closing
    ")" or "." could eat into an agency name that ended with one)."""
    data = _credit_vocabulary()
    labels = tuple(x.lower() for lang in data["labels"].values() for x in lang)
    agencies = tuple(data["agencies"])
    return labels, (None if any(a.endswith((")", ".")) for a in agencies) else agencies)


_CREDIT_TAIL = 120  # characters: a label and ten words of names fit within it


def credit_span(text: str) -> tuple[int, int] | None:
    """Where a photo credit stands at the end of ``text``, if one does."""
    labelled, agency = _patterns()
    offset = max(0, len(text) - _CREDIT_TAIL)  # credits end the line: search only its tail
    for pattern in (labelled, agency):
        if pattern is labelled and not _may_be_labelled(text, offset):
            continue
        if pattern is agency and not _may_name_agency(text, offset):
            continue
        m = pattern.search(text, offset)
        if m and (pattern is labelled or m.start() == 0 or _credit_is_set_off(text, m.start())):
            return m.start(), m.end()
    return None


def _may_be_labelled(text: str, offset: int) -> bool:
    # A labelled credit is "<label>: <names>" at the end; names hold no colon, so the label
    # stands right before the line's last colon: most lines are ruled out without a search.
    colon = text.rfind(":", offset)
    if colon < 0:
        return False
    before = vocab.lower(text[offset:colon])
    return before is None or before.rstrip(" \t").endswith(_gates()[0])


def _may_name_agency(text: str, offset: int) -> bool:
    # Every agency credit ends with an agency name (then perhaps ")" and "."), except
    # "AP Photo/<name>", which holds "Photo".
    agencies = _gates()[1]
    if agencies is None or "Photo" in text[offset:]:
        return True
    stem = text.removesuffix("\n").removesuffix(".").removesuffix(")")  # "$" passes a final "\n"
    return stem.endswith(agencies)


def _credit_is_set_off(text: str, start: int) -> bool:
    # A bare agency name ends many sentences ("... told Reuters."): only a credit when set
    # off like one: in brackets, after a full stop, or as a photo form ("AP Photo/...").
    tail = text[start:]
    return tail.startswith("(") or "/" in tail or text[:start].rstrip().endswith((".", "|", "–", "—", "-"))


@cleaner("captions", kinds=(Kind.CAPTION,))
def captions(doc: Document, max_caption_words: int = 60) -> None:
    """Drop caption lines; cut a credit from the end of a longer paragraph."""
    captioned: list[Block] = []
    for block in doc.kept():
        span = credit_span(block.plain)
        if span is None:
            continue
        if block.n_words <= max_caption_words:
            doc.drop(block, Kind.CAPTION, "line ends with a photo credit")
            captioned.append(block)
        else:
            raw = credit_span(block.text)
            if raw is not None:
                doc.cut(block, raw[0], raw[1], Kind.CAPTION, "photo credit at the end of a paragraph")
    # Context pass: alt text, then the same words again with the credit ("X" then "X. Picture: Y").
    for block in captioned:
        previous = _previous_kept(doc, block)
        if previous is not None and _is_prefix(previous.plain, block.plain):
            doc.drop(previous, Kind.CAPTION, "image alt text repeated in the caption below")


def _previous_kept(doc: Document, block: Block) -> Block | None:
    for i in range(block.index - 1, -1, -1):
        candidate = doc.blocks[i]
        if not doc.is_dropped(candidate):
            return candidate
        if doc.drop_kind(candidate) is not Kind.CAPTION:
            return None
    return None


def _is_prefix(alt: str, caption: str) -> bool:
    alt = alt.rstrip(" .").casefold()
    return len(alt) >= 10 and caption.casefold().startswith(alt)
