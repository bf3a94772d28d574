"""Front matter: the header of fields that a scraper or a reader service writes above the page.

Two shapes, read at the very top of the text only:

- YAML-style front matter between two ``---`` lines, as trafilatura writes it with
  ``with_metadata=True`` and static-site tools do ("title: ...", "author: A; B", "date: ...",
  "url: ...", "sitename: ...");
- a reader service's header of "Name: value" lines ("Title: ...", "URL Source: ...",
  "Published Time: ...") that ends with a label alone before the page ("Markdown Content:"),
  as Jina Reader writes it; without the label, two fields or more, all of known names.

A field whose name the vocabulary maps to a Metadata field fills it (the first value wins, as
everywhere) and its line is removed as metadata. The header's other lines (description, tags,
hostname, the items of a list) are removed as metadata too; the ``---`` lines and the label as
template. Only flat values are read: plain, or quoted (trafilatura writes a JSON string when a
value needs quotes), so no YAML parser is needed; a value that does not read as one (a list, a
date that does not parse) fills no field, and its line still goes.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ..dates import date_line, reading_day_first, writes_day_first
from ..document import Block, Document, Kind
from ..registry import cleaner
from . import vocab
from .metadata import parse_byline

FRONT_MATTER_MAX_LINES = 60  # a header longer than this is not one: "---" is also a separator
_FIELD = re.compile(r"^([^\W\d_][\w .-]{0,38}?)\s*:(?:\s+(.*))?$")
_URL = re.compile(r"^https?://\S+$")
_DELIMITER = "---"


@lru_cache(maxsize=1)
def _fields() -> dict[str, str]:
    """Field name (normalised) -> Metadata field."""
    return {name: field for field, names in vocab.data("front_matter")["fields"].items() for name in names}


@lru_cache(maxsize=1)
def _content_labels() -> frozenset[str]:
    return frozenset(vocab.data("front_matter")["labels"]["content"])


def _name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").replace("-", " ").split()).casefold()


def _line(block: Block) -> str:
    return block.text.lstrip("\ufeff")  # a str input may still open with a byte-order mark


def _field(block: Block) -> tuple[str, str] | None:
    """``(normalised name, raw value)`` of a "name: value" line, else None."""
    match = _FIELD.match(_line(block))
    return (_name(match[1]), (match[2] or "").strip()) if match else None


def _scalar(raw: str) -> str | None:
    """The value of a flat field: plain, double-quoted (a JSON string) or single-quoted."""
    if raw[:1] == '"':
        try:
            value = json.loads(raw)
        except ValueError:
            return None
        return (value.strip() or None) if isinstance(value, str) else None
    if raw[:1] == "'":
        return (raw[1:-1].replace("''", "'").strip() or None) if len(raw) > 1 and raw[-1] == "'" else None
    if raw[:1] in ("[", "{", "|", ">", "&", "*", "!"):
        return None  # a list, a mapping, a block of text: YAML this reader does not read
    return raw or None


@cleaner("front_matter", kinds=(Kind.METADATA, Kind.TEMPLATE))
def front_matter(doc: Document) -> None:
    """Claim the header of fields above the page (see the module docstring)."""
    blocks = doc.blocks
    if not blocks:
        return
    header = _yaml_header(blocks, doc.input_text) if _line(blocks[0]) == _DELIMITER else _reader_header(blocks)
    # an ambiguous numeric date is read as the page's other dates say, else a slashed one day
    # first under a country's domain, as the metadata cleaner reads it
    with reading_day_first(writes_day_first(_header_url(header) or doc.metadata.url or doc.url), doc.input_text):
        for block in header:
            found = _field(block)
            if _line(block) == _DELIMITER:
                doc.drop(block, Kind.TEMPLATE, "front matter delimiter")
            elif found and _is_content_label(*found):
                doc.drop(block, Kind.TEMPLATE, "label announcing the page's content")
            else:
                if found:
                    _claim(doc, block, *found)  # drops the line as "<field> line" when it fills one
                doc.drop(block, Kind.METADATA, f"front matter field: {found[0]}" if found else "front matter line")


def _header_url(header: list[Block]) -> str | None:
    """The page's URL as the header gives it ("URL Source: https://...", "url: ...")."""
    for block in header:
        found = _field(block)
        if found and _fields().get(found[0]) == "url" and (value := _scalar(found[1])) and _URL.match(value):
            return value
    return None


def _is_content_label(name: str, raw: str) -> bool:
    return not raw and name in _content_labels()


def _yaml_header(blocks: list[Block], text: str) -> list[Block]:
    """The lines from the opening ``---`` to the closing one, when a known field is among them
    and each line reads as front matter (:func:`_yaml_line`): a page that opens with a rule
    ("---" in markdown) has its article, not fields, before the next one."""
    for end, block in enumerate(blocks[1 : FRONT_MATTER_MAX_LINES + 1], 1):
        if _line(block) == _DELIMITER:
            inner = blocks[1:end]
            if not all(_yaml_line(b, text) for b in inner):
                return []
            names = {found[0] for b in inner if (found := _field(b))}
            return blocks[: end + 1] if names & _fields().keys() else []
    return []


def _yaml_line(block: Block, text: str) -> bool:
    """A line of front matter: a "name: value" field, a list's item ("- Verkehr"), or an
    indented line (the items or the text of a field that runs over several lines)."""
    return _field(block) is not None or block.text.startswith("- ") or text[block.start - 1 : block.start] in (" ", "\t")


def _reader_header(blocks: list[Block]) -> list[Block]:
    """The top run of "Name: value" lines up to a content label, when it opens with a known
    field; with no label, when it holds two fields or more, all of known names."""
    run: list[Block] = []
    names: list[str] = []
    for block in blocks[:FRONT_MATTER_MAX_LINES]:
        found = _field(block)
        if found is None:
            break
        run.append(block)
        if _is_content_label(*found):
            return run if names and names[0] in _fields() else []
        names.append(found[0])
    return run if len(names) >= 2 and all(name in _fields() for name in names) else []


def _claim(doc: Document, block: Block, name: str, raw: str) -> None:
    """Fill the Metadata field the line names, if its value reads as one."""
    field, value = _fields().get(name), _scalar(raw)
    if field is None or value is None:
        return
    if field == "authors":
        byline = parse_byline(f"By {value}")
        names, agency = byline if byline else ([n.strip() for n in value.split(";") if n.strip()], None)
        doc.meta("authors", names, block)
        if agency:
            doc.meta("agency", agency)
    elif field in ("published", "updated"):
        dates = date_line(value)
        if dates and (dates[0] or dates[1]):
            doc.meta(field, dates[0] or dates[1], block)
    elif field != "url" or _URL.match(value):
        doc.meta(field, value, block)
