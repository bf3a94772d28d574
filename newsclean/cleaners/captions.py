"""Captions: photo credits ("Picture: Getty", "AP Photo/...", "(Photo: ...)"), credit-only
lines, and image alt text that the page repeats in the caption below it. A wire agency alone
in brackets ("(AP)") is a credit only on a caption-shaped line: it signs prose too."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import casefold
from ..document import Block, Document, Kind
from ..registry import cleaner
from . import vocab


def _credit_vocabulary() -> dict[str, Any]:
    credit: dict[str, Any] = vocab.data("captions")["credit"]
    return credit


# what joins a photo label to its names in a credit without a colon: "Picture by Jane Doe",
# "(foto di Luca Ferri)", "PHOTO/ALEX ESAGALA" (substrings the gate looks for in a line's end)
_BY_JOINS = ("by", "di", "von", "door")
_BY_GATE = (*(f" {j} " for j in _BY_JOINS), "/")
_BY_GATE_SEARCH = re.compile("|".join(map(re.escape, _BY_GATE))).search  # one search, not a generator a line
_BY_TAIL = 60  # characters: a label, its joiner and a few names


@lru_cache(maxsize=1)
def _by_pattern() -> re.Pattern[str]:
    """A label and its joiner before the names that end the line, after a sentence's end or an
    opening bracket ("... on Wednesday. Picture by Kirsty Hall"): prose says "a photo by Ansel
    Adams" mid-sentence. The names are capitalised (checked on the match: the pattern ignores
    case)."""
    data = _credit_vocabulary()
    labels = "|".join(re.escape(x) for lang in data["labels"].values() for x in sorted(lang, key=len, reverse=True))
    joins = "|".join(_BY_JOINS)
    name = r"(?P<name>\w[\w.&'’/-]*(?:[ \t]+(?:via|for|and|/|&|[\w.&'’/-]+)){0,5})"
    return re.compile(
        rf"(?:^|(?<=[.!?][ \t])|(?<=\())(?:{labels})(?:[ \t]+(?:{joins})[ \t]+|[ \t]*/[ \t]*){name}(?:[ \t]*\))?\.?$", re.I
    )


def _by_credit(text: str) -> tuple[int, int] | None:
    """Where a credit without a colon ("Picture by Jane Doe") ends ``text``, if one does."""
    tail = text[-_BY_TAIL:]
    if not _BY_GATE_SEARCH(tail):  # gate: most lines end otherwise
        return None
    m = _by_pattern().search(text, max(0, len(text) - _BY_TAIL))
    # a person's or an agency's name: capitalised words, perhaps a particle ("de", "van")
    if m is None or not all(w[0].isupper() or len(w) <= 3 for w in m.group("name").split()) or m.group("name")[0].islower():
        return None
    return m.start(), m.end()


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = _credit_vocabulary()
    labels = "|".join(re.escape(x) for lang in data["labels"].values() for x in sorted(lang, key=len, reverse=True))
    agencies = "|".join(re.escape(a) for a in sorted(data["agencies"], key=len, reverse=True))
    # what a credit names: a few capitalised words, slashes, "via", no sentence punctuation
    name = r"[A-Z0-9][\w.&'’/-]*(?:[ \t]+(?:via|for|and|/|&|[\w.&'’/-]+)){0,9}"
    # a file photo says so after the credit ("(AP Photo/Evan Vucci, File)", "Jane Doe / AP file");
    # brackets may hold spaces inside ("(Image: GETTY )")
    file, opening, closing = r"(?:,?[ \t]+[Ff]ile)?", r"(?:\([ \t]*)?", r"(?:[ \t]*\))?\.?$"
    # "... Picture: Alamy", "(Photo: Getty Images)", "Image: Consulate General/TASS"
    # (a "©" may stand before the name: "(Image: © NASA/ESA)")
    labelled = re.compile(
        rf"(?:^|(?<=[\s.(\[|–—-])){opening}(?:{labels})[ \t]*:[ \t]*(?:©[ \t]*)?{name}{closing}", re.I
    )
    # "AP Photo/Name Surname", "Photo by Name/Getty Images", "(Getty Images)"
    agency = re.compile(
        rf"(?:^|(?<=[\s.(\[|–—-])){opening}(?:(?:{agencies})[ \t]+Photo[ \t]*/[ \t]*{name}{file}"
        rf"|Photo(?:graph)?[ \t]+by[ \t]+{name}/[ \t]*(?:{agencies})"
        rf"|(?:{name}[ \t]*/[ \t]*)?(?:{agencies})(?:[ \t]+via[ \t]+(?:{agencies}))?{file}){closing}"
    )
    return labelled, agency


@dataclass(frozen=True)
class _Gates:
    """What the credit patterns need, to rule most lines out before they run (credit_span
    runs on every line): a label before the last colon, an agency name at the end."""

    labels: tuple[str, ...]  # lower-cased
    agencies: tuple[str, ...] | None  # None: no agency test (see _gates)
    agency_last: frozenset[str]  # the characters an agency credit line can end with

    def label_before(self, text: str) -> bool:
        """Whether ``text`` (up to a colon) may end with a label, blanks aside."""
        low = casefold.lower(text)
        return low is None or low.rstrip(" \t").endswith(self.labels)

    def agency_at_end(self, text: str) -> bool:
        """Whether ``text`` may end with an agency name, then perhaps ")" and "." ("$" also
        passes a final newline)."""
        if self.agencies is None:
            return True
        if text[-1:] not in self.agency_last:
            return False  # most lines
        tail = text.removesuffix("\n").removesuffix(".").removesuffix(")").rstrip(" \t")
        if tail[-4:] in ("file", "File"):  # a file photo's credit ("AP file", "Reuters, File")
            tail = tail[:-4].rstrip(" \t,")
        return tail.endswith(self.agencies)


@lru_cache(maxsize=1)
def _gates() -> _Gates:
    data = _credit_vocabulary()
    labels = tuple(x.lower() for lang in data["labels"].values() for x in lang)
    agencies = tuple(data["agencies"])
    # stripping a closing ")" or "." could eat into an agency name that ended with one
    usable = not any(a.endswith((")", ".")) for a in agencies)
    last = frozenset(a[-1] for a in agencies) | {")", ".", "\n", "e"}  # "e": "... AP file"
    return _Gates(labels, agencies if usable else None, last)


_CREDIT_TAIL = 120  # characters: a label and ten words of names fit within it


def credit_span(text: str) -> tuple[int, int] | None:
    """Where a photo credit stands at the end of ``text``, if one does."""
    labelled, agency = _patterns()
    gates = _gates()
    offset = len(text) - _CREDIT_TAIL if len(text) > _CREDIT_TAIL else 0  # credits end the line
    # "<label>: <names>" ends the line, and names hold no colon: the label is before the last one
    colon = text.rfind(":", offset)
    if colon >= 0 and gates.label_before(text[offset:colon]):
        m = labelled.search(text, offset)
        if m:
            return m.start(), m.end()
    # an agency credit ends with an agency name, unless it is "AP Photo/<name>"
    if "Photo" in text[offset:] or gates.agency_at_end(text):
        m = agency.search(text, offset)
        if m and (m.start() == 0 or _credit_is_set_off(text, m.start())):
            return m.start(), m.end()
    return _by_credit(text)


def _credit_is_set_off(text: str, start: int) -> bool:
    # A bare agency name ends many sentences ("... told Reuters."): only a credit when set
    # off like one: in brackets, after a full stop, or as a photo form ("AP Photo/...").
    tail = text[start:]
    return tail.startswith("(") or "/" in tail or text[:start].rstrip().endswith((".", "|", "–", "—", "-"))


@cleaner("captions", kinds=(Kind.CAPTION,))
def captions(doc: Document, max_caption_words: int = 60) -> None:
    """Drop caption lines; cut a credit from the end of a longer paragraph.

    A wire agency's name alone ("(AP)", "(Reuters)", ". AFP") ends article prose as well as
    captions: it makes a caption only of a line shaped like one (see ``_shaped_like_caption``);
    photo forms ("AP Photo/...", "Jane Doe/AFP") and photo agencies ("(Getty Images)") need not.
    """
    captioned: list[Block] = []
    label_words, _ = _screen_reader()
    for block in doc.kept():
        span = credit_span(block.plain)
        if span is None:
            words = block.words  # the gate, inline: most lines open with no label's first word
            if words and words[0].lower() in label_words and _is_labelled_for_screen_readers(block, max_caption_words):
                doc.drop(block, Kind.CAPTION, "caption or credit under a screen-reader label")
                captioned.append(block)
            continue
        if _is_bare_wire_credit(block.plain, span) and not _shaped_like_caption(doc, block, span[0]):
            continue  # "... the governor said (AP).": a wire agency signs prose too
        if block.n_words <= max_caption_words:
            doc.drop(block, Kind.CAPTION, "line ends with a photo credit")
            captioned.append(block)
        else:
            raw = credit_span(block.text)
            if raw is not None:
                doc.cut(block, raw[0], raw[1], Kind.CAPTION, "photo credit at the end of a paragraph")
    # Context pass: alt text, then the same words again with the credit ("X" then "X. Picture: Y").
    skip: dict[int, int] = {}
    for block in captioned:
        previous = _previous_kept(doc, block, skip)
        if previous is not None and _is_prefix(previous.plain, block.plain):
            doc.drop(previous, Kind.CAPTION, "image alt text repeated in the caption below")


@lru_cache(maxsize=1)
def _screen_reader() -> tuple[frozenset[str], re.Pattern[str]]:
    """The labels' first words, lower-cased (a gate), and a line made of a credit under its
    label ("Image copyright Getty Images"), a caption under its label ("Image caption ..."),
    or both in a row, each label followed by a space or a comma."""
    data = vocab.data("captions")["screen_reader"]
    credit, caption = (
        "|".join(re.escape(x) for lang in data[kind].values() for x in sorted(lang, key=len, reverse=True))
        for kind in ("credit", "caption")
    )
    # a credit's names open with a capital, a digit, "@" or "©" ("Getty Images", "@cityfire
    # @cityfire"), not a sentence's word ("Image copyright law changes next year")
    names = r"[A-Z0-9@©][\w@©&'’./-]*(?:[ \t]+[\w@©&'’./-]+){0,9}"
    line = rf"(?:(?i:{credit})[ \t]*[ ,][ \t]*{names}[ \t]*)?(?:(?i:{caption})[ \t]*[ ,][ \t]*\S.*)?"
    first_words = frozenset(x.split()[0].lower() for kind in ("credit", "caption") for lang in data[kind].values() for x in lang)
    return first_words, re.compile(line)


def _is_labelled_for_screen_readers(block: Block, max_words: int) -> bool:
    """A line that is a credit or caption under a screen-reader label (see ``[screen_reader]``
    in vocab/captions.toml)."""
    text = block.plain.strip()
    return bool(text) and block.n_words <= max_words and _screen_reader()[1].fullmatch(text) is not None


@lru_cache(maxsize=1)
def _wire_agencies() -> frozenset[str]:
    data = _credit_vocabulary()
    wire = frozenset(data["wire_agencies"])
    unknown = wire - set(data["agencies"])
    if unknown:  # a wire agency the credit patterns cannot find would be dead data
        raise ValueError(f"vocab/captions.toml: [credit] wire_agencies {sorted(unknown)} are not in [credit] agencies")
    return wire


def _is_bare_wire_credit(text: str, span: tuple[int, int]) -> bool:
    """The credit is a wire agency's name alone ("(AP)", "(Reuters)", ". AFP"), not a photo
    form ("AP Photo/...", "Jane Doe/AFP", "AFP via Getty Images") nor a photo agency."""
    return text[span[0] : span[1]].strip(" \t\n.()") in _wire_agencies()


_SHORT_CAPTION_WORDS = 12  # before the credit: a caption's phrase, not a paragraph's sentences


def _shaped_like_caption(doc: Document, block: Block, start: int) -> bool:
    """Whether a line that ends with a bare wire credit is a caption: a short phrase before
    the credit, a photo word in it ("pictured", "file photo", "Foto"), or an image above it."""
    before = block.plain[:start]
    if len(_WORDS.findall(before)) <= _SHORT_CAPTION_WORDS:
        return True
    if _photo_words().search(before):
        return True
    return block.index > 0 and _is_image_line(doc.blocks[block.index - 1])


_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _photo_words() -> re.Pattern[str]:
    # the caption labels of every language, as words anywhere in the line
    labels = {x for lang in _credit_vocabulary()["labels"].values() for x in lang}
    return re.compile(rf"\b(?:{'|'.join(re.escape(x) for x in sorted(labels, key=len, reverse=True))})\b", re.I)


def _is_image_line(block: Block) -> bool:
    """A markdown image ("![alt](src)", perhaps in a link or a list item), or a photo label
    alone ("Photo", "Image"), whatever a cleaner made of it: what a caption stands under."""
    if "![" in block.text and block.text.lstrip(" \t*-+[").startswith("!["):
        return True
    return block.n_words <= 2 and _photo_words().fullmatch(block.plain.strip(" \t.:")) is not None


def _previous_kept(doc: Document, block: Block, skip: dict[int, int]) -> Block | None:
    """The nearest kept block above ``block`` with only captions between, else None.

    ``skip`` maps a caption's index to the first of the run of captions it is in, as far as an
    earlier call walked: drops are never undone, so a gallery of thousands of captions is
    walked once, not once per caption.
    """
    walked: list[int] = []
    i = block.index - 1
    while i >= 0 and doc.drop_kind(doc.blocks[i]) is Kind.CAPTION:
        walked.append(i)
        i = skip.get(i, i) - 1
    for j in walked:
        skip[j] = i + 1
    return doc.blocks[i] if i >= 0 and not doc.is_dropped(doc.blocks[i]) else None


def _is_prefix(alt: str, caption: str) -> bool:
    alt = alt.rstrip(" .").casefold()
    return len(alt) >= 10 and caption.casefold().startswith(alt)
