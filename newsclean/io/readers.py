"""Readers: text files, directories, JSONL, Parquet and WARC, as records for ``clean_many``."""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..batch import ErrorRecord
from ..charset import bom_encoding, decode_bytes, looks_binary

Record = dict[str, Any] | ErrorRecord

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FieldNames:
    """Which fields of a JSONL or Parquet record hold what (``html`` is tried when ``text`` is absent or blank)."""

    text: str = "text"
    html: str = "html"
    url: str = "url"
    id: str = "id"


def _error(source: str, rid: Any, error: str, message: str) -> ErrorRecord:
    # the index is set by clean_many from the record's place in the stream
    return ErrorRecord(None if rid is None else str(rid), -1, error, message, source)


def _record(row: dict[str, Any], fields: FieldNames, source: str, default_id: str) -> Record:
    """A record from one JSON object or Parquet row, or an error naming what is missing."""
    rid = row.get(fields.id)
    rid = default_id if rid is None else str(rid)
    text = row.get(fields.text)
    key = "text"
    # a blank text beside the page ("text": "" where a scraper's extraction failed) is no text
    blank = isinstance(text, (str, bytes)) and not text.strip()
    if text is None or (blank and row.get(fields.html) is not None):
        text, key = row.get(fields.html), "html"
    if text is None:
        return _error(source, rid, "MissingField", f"no {fields.text!r} or {fields.html!r} field")
    if not isinstance(text, (str, bytes)):
        return _error(source, rid, "TypeError", f"{key!r} field is {type(text).__name__}, not a string")
    url = row.get(fields.url)
    if url is not None and not isinstance(url, str):  # a number or an object: say so, guess nothing
        return _error(source, rid, "TypeError", f"{fields.url!r} field is {type(url).__name__}, not a string")
    return {"id": rid, key: text, "url": url or None, "source": source}


def read_page_bytes(path: str | Path) -> bytes:
    """The bytes of one page file, decompressed when its name ends in ``.gz`` (``page.html.gz``).

    Raises OSError (``gzip.BadGzipFile`` for a ``.gz`` file that is not gzip or whose data is
    corrupt) or EOFError (a truncated ``.gz``).
    """
    path = Path(path)
    if path.suffix.lower() == ".gz":
        try:
            with gzip.open(path, "rb") as fh:
                return fh.read()
        except zlib.error as exc:  # corrupt deflate data: an OSError, as a bad gzip header is
            raise gzip.BadGzipFile(f"corrupt gzip data: {exc}") from None
    return path.read_bytes()


def read_text_file(path: str | Path) -> Iterator[Record]:
    """One file, one document (text, markdown or HTML; bytes are decoded by the pipeline).

    A ``.gz`` file is decompressed; one that cannot be read or decompressed becomes an
    :class:`ErrorRecord` naming the file, so one bad file does not stop a batch.
    """
    path = Path(path)
    try:
        data = read_page_bytes(path)
    except (OSError, EOFError) as exc:  # EOFError: a truncated gzip stream
        yield _error(str(path), str(path), type(exc).__name__, f"cannot read the page: {exc}")
        return
    yield {"id": str(path), "text": data, "source": str(path)}


def _open(path: Path) -> BinaryIO:
    if str(path) == "-":
        return sys.stdin.buffer
    return gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")  # type: ignore[return-value]


def read_jsonl(path: str | Path, fields: FieldNames = FieldNames()) -> Iterator[Record]:
    """One record per non-blank line; the source is ``path:line`` (1-based).

    The file is UTF-8, or UTF-16 or UTF-32 when it opens with that byte order mark (as Windows
    tools write it) or, without one, with the zero bytes of ASCII in those encodings (a JSON
    line opens with ASCII); a UTF-8 byte order mark is ignored (see :func:`jsonl_encoding`).
    A line that cannot be decoded, is not JSON or not an object, has no text, or has a text or
    a url that is not a string, becomes an :class:`ErrorRecord` carrying its line number. A
    file that is no text at all (binary data, or gzip without a ``.gz`` name) raises
    ``ValueError`` naming it before any record, as :func:`read_parquet` does for a file that is
    not Parquet. Blank lines are not records and are skipped.
    ``id`` defaults to ``path:line``. ``-`` reads standard input. A file that cannot be opened,
    or breaks while being read (a truncated or corrupt ``.gz``), ends with one ErrorRecord
    naming the line where it broke; every complete line before it is still a record.
    """
    path = Path(path)
    number = 0
    try:
        with _open(path) as fh:
            head, broken = _read_head(fh, SNIFF_BYTES)
            encoding, bom = jsonl_encoding(head)
            if encoding == "utf-8":  # zero bytes are text in UTF-16 and UTF-32
                _check_text(path, head)
            newline = "\n".encode(encoding)
            lines = _lines(_chunks(fh, head[bom:], broken), newline)
            for number, raw in enumerate(lines, start=1):
                record = _jsonl_record(raw, encoding, number, fields, f"{path}:{number}")
                if record is not None:
                    yield record
    except (OSError, EOFError, zlib.error) as exc:  # EOFError: a truncated gzip stream
        where = f"after line {number}" if number else "at its start"
        yield _error(f"{path}:{number + 1}", None, type(exc).__name__, f"{path}: cannot read it {where}: {exc}")


# Where ASCII characters have zero bytes, without a BOM (True: a zero byte).
_ZERO_PATTERNS: dict[tuple[bool, ...], str] = {
    (True, True, True, False): "utf-32-be",
    (False, True, True, True): "utf-32-le",
    (True, False, True, False): "utf-16-be",
    (False, True, False, True): "utf-16-le",
}
CHUNK = 1 << 16  # bytes read at a time
SNIFF_BYTES = 4096  # the head of a JSONL stream its encoding and binary data are told from
GZIP_MAGIC = b"\x1f\x8b"


def _check_text(path: Path, head: bytes) -> None:
    """Raise ValueError for a JSONL input that is not text: each of its "lines" would be an error."""
    if head.startswith(GZIP_MAGIC):
        todo = "pipe it through gunzip" if str(path) == "-" else f"name it {path.name}.gz, or gunzip it"
        raise ValueError(f"{path}: gzip-compressed, but read as plain JSONL; {todo}")
    if looks_binary(head):
        raise ValueError(f"{path}: not JSON Lines but binary data (in its first {len(head)} bytes); "
                         "JSONL is text, one JSON object a line, in UTF-8 (or UTF-16/32 with a byte order mark)")


def jsonl_encoding(head: bytes) -> tuple[str, int]:
    """The encoding of a JSONL stream from its first 4 bytes, and the length of its byte order mark.

    A byte order mark settles it, as it does for pages (:func:`newsclean.charset.decode_bytes`).
    Without one, JSON text opens with an ASCII character, so where the zero bytes fall in the
    first 4 bytes tells UTF-16 and UTF-32 from UTF-8 (the rule of RFC 4627, and of
    ``json.loads`` on bytes). Anything else is read as UTF-8, as JSON Lines requires.
    """
    found = bom_encoding(head)
    if found:
        return found
    zeros = tuple(b == 0 for b in head[:4])
    return _ZERO_PATTERNS.get(zeros, "utf-8"), 0


def _read_head(fh: BinaryIO, size: int) -> tuple[bytes, Exception | None]:
    """The first ``size`` bytes of a stream (fewer at its end), however short its reads, and the
    error that broke it within them, if any (a truncated ``.gz``): raised once the lines read
    before it are records."""
    head = b""
    while len(head) < size:
        try:
            data = fh.read1(size - len(head))  # type: ignore[attr-defined]
        except (OSError, EOFError, zlib.error) as exc:
            return head, exc
        if not data:
            break
        head += data
    return head, None


def _chunks(fh: BinaryIO, first: bytes, broken: Exception | None = None) -> Iterator[bytes]:
    """``first``, then the rest of the stream a chunk at a time (or ``broken`` raised)."""
    if first:
        yield first
    if broken is not None:
        raise broken
    while data := fh.read1(CHUNK):  # type: ignore[attr-defined]
        yield data


def _lines(chunks: Iterable[bytes], newline: bytes) -> Iterator[bytes]:
    """The lines of a byte stream, each with its ``newline`` (the last one may have none).

    A line ends only at a whole character: in UTF-16 and UTF-32 the bytes of a newline also
    occur astride two other characters (U+0A41 U+4E00 is ``41 0A 00 4E`` in UTF-16-LE).
    """
    unit = len(newline)  # one code unit
    buf = bytearray()  # appended to and cut from the front in place: a long line is not copied per chunk
    scan = 0  # where the search for a newline goes on
    for chunk in chunks:
        buf += chunk
        start = 0
        while (pos := buf.find(newline, scan)) != -1:
            scan = pos + 1
            if (pos - start) % unit == 0:  # else astride two characters: not a newline
                yield bytes(buf[start : pos + unit])
                start = scan = pos + unit
        scan = max(scan, len(buf) - unit + 1) - start  # a newline may begin in the last unit - 1 bytes
        del buf[:start]
    if buf:
        yield bytes(buf)


_LINE_SPACE = " \t\r\n\x0b\x0c"  # what bytes.strip() strips: a line of it is blank


def _jsonl_record(raw: bytes, encoding: str, number: int, fields: FieldNames, source: str) -> Record | None:
    """The record of one JSONL line (None for a blank one), or an ErrorRecord saying what is wrong."""
    try:
        line = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper()
        return _error(source, None, "DecodeError", f"line {number} is not {name}: {exc.reason} at byte {exc.start}")
    if not line.strip(_LINE_SPACE):
        return None
    line = line.rstrip("\r\n")  # not the leading spaces: the column of a JSON error counts them
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(source, None, "JSONDecodeError", f"line {number}: {exc.msg} (column {exc.colno})")
    if not isinstance(row, dict):
        return _error(source, None, "TypeError", f"line {number} is a JSON {type(row).__name__}, not an object")
    return _record(row, fields, source, source)


def read_parquet(path: str | Path, fields: FieldNames = FieldNames(), batch_size: int = 256) -> Iterator[Record]:
    """Rows of a Parquet file, read a batch at a time; the source is ``path:row`` (1-based).

    A file that is not Parquet (empty, truncated: its footer is missing) or has neither text
    column raises ``ValueError`` naming it: named on the command line, that is a usage error
    (exit 2). :func:`read_paths` turns the same refusal into one ErrorRecord for a file it
    found by walking a directory, and goes on with the next file. A row group that cannot be
    decoded (corrupt pages) becomes one ErrorRecord naming the file and its rows; the rows of
    the other row groups are still records.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:  # not Parquet at all (e.g. --format parquet on a text file)
        raise ValueError(f"{path}: not a Parquet file ({exc})") from None
    names = set(pf.schema_arrow.names)
    if fields.text not in names and fields.html not in names:
        raise ValueError(f"{path}: no column {fields.text!r} or {fields.html!r}; columns: {', '.join(sorted(names))}")
    columns = list(dict.fromkeys(f for f in (fields.text, fields.html, fields.url, fields.id) if f in names))
    first = 1  # the 1-based number of the first row of the row group
    for group in range(pf.metadata.num_row_groups):
        size = pf.metadata.row_group(group).num_rows
        batches = pf.iter_batches(batch_size=batch_size, columns=columns, row_groups=[group])
        number = first
        while True:
            try:  # reading, not yielding, is what may fail
                batch = next(batches, None)
            except (pa.ArrowException, OSError, ValueError) as exc:
                last = first + size - 1
                message = f"{path}: rows {number}-{last} (row group {group}) cannot be read: {str(exc).strip()}"
                yield _error(f"{path}:{number}", None, type(exc).__name__, message)
                break
            if batch is None:
                break
            for row in batch.to_pylist():
                source = f"{path}:{number}"
                yield _record(row, fields, source, source)
                number += 1
        first += size


_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.I)  # in a Content-Type's parameters


def read_warc(path: str | Path) -> Iterator[Record]:
    """HTML response records of a WARC or WARC.gz file (CC-NEWS, Common Crawl, wget --warc).

    Other records (warcinfo, requests, metadata, non-HTML responses, and responses whose HTTP
    status is not 2xx: redirects, errors) are not documents and are skipped. ``id`` is the
    WARC-Record-ID, ``url`` the WARC-Target-URI, ``source`` is ``path@offset`` (the record's
    byte offset in the file, compressed for ``.warc.gz``).
    ``html`` is the body as bytes, or as text decoded here when the HTTP ``Content-Type``
    names a charset (which browsers rank above the page's ``<meta>``).

    A truncated or corrupt file gives every complete response before the break, then exactly
    one ErrorRecord naming the file and the offset of the record that broke. A record is
    complete only if the file holds all the bytes its Content-Length declares, so the partial
    body of a cut record is never passed on as a page.
    """
    from warcio.archiveiterator import ArchiveIterator

    path = Path(path)
    offset = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield _error(f"{path}@0", None, type(exc).__name__, f"{path}: cannot read it: {exc}")
        return
    with fh:
        records = ArchiveIterator(fh)
        iterator = iter(records)
        while True:
            # warcio raises many kinds of exception on a cut or corrupt file (AttributeError on a
            # record cut inside its headers, ValueError, EOFError, ArchiveLoadFailed, zlib errors):
            # whatever it raises, the rest of the file cannot be read, and the reader says where.
            try:
                # the gzip member being read; warcio drops it when the file ends, we need it then
                decompressor = getattr(records.reader, "decompressor", None)
                rec = next(iterator, None)
                if rec is None:
                    _check_warc_end(fh, offset, records.offset, decompressor)
                    return
                offset = records.offset  # the start of this record (the previous one was read to its end)
                record = _warc_record(rec, path, offset)
            except Exception as exc:
                # warcio moves its offset to a record's start before parsing it: that record broke
                offset, exc = (exc.offset, exc.error) if isinstance(exc, _AtOffset) else (records.offset, exc)
                offset = max(0, offset)  # warcio's is negative inside a file gzipped whole
                detail = " ".join(str(exc).split())  # warcio's banners run over several lines
                if "non-chunked gzip" in detail:
                    detail = "the file is gzipped whole, not one gzip member per record; recompress it: warcio recompress IN OUT"
                head, sep, line = detail.partition("first line:")
                if sep and not (line.isascii() and line.isprintable()):  # warcio quotes the bytes
                    detail = f"{head}{sep} binary data (a gzip member inside an uncompressed WARC?)"
                message = f"{path}: WARC truncated or corrupt in the record at offset {offset}: {type(exc).__name__}: {_clip(detail)}"
                yield _error(f"{path}@{offset}", None, type(exc).__name__, message)
                return
            if record is not None:
                yield record


def _clip(text: str, limit: int = 200) -> str:
    """``text`` cut to ``limit`` characters: warcio quotes the first line of a file that is no
    WARC, which for binary data runs to kilobytes of noise in every error message."""
    return text if len(text) <= limit else text[:limit] + "..."


def _check_warc_end(fh: BinaryIO, last: int, end: int, decompressor: Any) -> None:
    """Raise (as :class:`_AtOffset`) if the file ends inside a record's headers or a gzip member.

    warcio ends its iteration quietly when the file ends inside a record's headers (the bytes
    from ``end``, where the last whole record ended, to the end of the file are then a record
    cut short), or inside the gzip trailer of the last record (which starts at ``last``).
    A file cut exactly between two records cannot be told from a whole one.
    """
    if os.fstat(fh.fileno()).st_size > end:
        raise _AtOffset(end, EOFError("the file ends before the record's headers do (truncated)"))
    if getattr(decompressor, "eof", True) is False:  # zlib has not seen the member's end
        raise _AtOffset(last, EOFError("the file ends inside the record's gzip member (truncated)"))


class _AtOffset(Exception):
    """An exception and the offset of the WARC record it is about."""

    def __init__(self, offset: int, error: Exception):
        super().__init__(offset, error)
        self.offset, self.error = offset, error


def _succeeded(http_headers: Any) -> bool:
    """A 2xx status (warcio gives it as text; a missing or odd one is taken as a success)."""
    code = (http_headers.get_statuscode() or "").strip()
    return not code.isdigit() or code.startswith("2")


def _warc_record(rec: Any, path: Path, offset: int) -> Record | None:
    """The record of one HTML response (None for other records), read to its end.

    Raises EOFError when the file ends before the record does.
    """
    # a 2xx response: a redirect's "Moved here" or a 404 page is no article, as a request is none
    wanted = rec.rec_type == "response" and rec.http_headers is not None and _succeeded(rec.http_headers)
    header = (rec.http_headers.get_header("Content-Type") or "") if wanted else ""
    ctype, _, params = header.partition(";")
    ctype = ctype.strip().lower()
    body = rec.content_stream().read() if wanted and (not ctype or ctype in HTML_TYPES) else None
    while rec.raw_stream.read(65536):  # the rest, so that a cut in a skipped record is seen too
        pass
    missing = getattr(rec.raw_stream, "limit", None)
    declared = (rec.rec_headers.get_header("Content-Length") or "").strip()
    # WARC requires a Content-Length; warcio reads a missing or invalid one as 0 or "to the end"
    if not declared.isdigit() or int(declared) != rec.length or missing is None:
        raise ValueError(f"the {rec.rec_type} record has no valid Content-Length ({declared!r})")
    if missing:
        uri = rec.rec_headers.get_header("WARC-Target-URI") or rec.rec_type
        raise EOFError(f"the file ends {missing} bytes before the end of the record for {uri} (truncated)")
    if body is None:
        return None
    # the charset the server sent, which browsers rank above the page's own <meta>: decoded
    # here, where the header is known (a page without a <meta> would otherwise be sniffed)
    charset = _HTTP_CHARSET.search(params)
    return {
        "id": rec.rec_headers.get_header("WARC-Record-ID"),
        "html": decode_bytes(body, charset.group(1)) if charset else body,
        "url": rec.rec_headers.get_header("WARC-Target-URI"),
        "source": f"{path}@{offset}",
    }


def input_kind(path: Path) -> str:
    """``jsonl``, ``parquet``, ``warc`` or ``text`` (one page), from the file name."""
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "text"


# What a scraper saves beside its pages and is no page: data, styles and scripts, media,
# documents, archives. A walked directory leaves these out (a file named explicitly is read).
# JSON is here because a .json file is one object or an array, not one record per line.
NOT_PAGE_SUFFIXES = frozenset(
    ".json .csv .tsv .css .js .mjs .map .png .jpg .jpeg .gif .webp .avif .svg .ico .bmp .tif .tiff "
    ".mp3 .mp4 .m4a .webm .ogg .wav .mov .woff .woff2 .ttf .otf .eot .pdf .doc .docx .xls .xlsx "
    ".ppt .pptx .zip .tar .tgz .bz2 .xz .7z .rar .exe .bin".split()
)


def kind_suffix(path: Path) -> str:
    """The lower-cased suffix that says what a file holds, under a ``.gz``: ``.css`` for ``style.CSS.gz``."""
    return Path(path.name.lower().removesuffix(".gz")).suffix


def is_page_or_records(path: Path) -> bool:
    """False for a file whose name says it is no page and no records (``data.json``,
    ``logo.png``, ``style.css.gz``): see ``NOT_PAGE_SUFFIXES``."""
    return kind_suffix(path) not in NOT_PAGE_SUFFIXES


def walk(directory: str | Path, exclude: Iterable[str | Path] = (), every_file: bool = False) -> list[Path]:
    """The files under ``directory``, recursively, in sorted order, without hidden files and,
    unless ``every_file``, without the files that are no pages or records (images, styles,
    ``.json`` files: see :func:`is_page_or_records`).

    Files whose resolved path is in ``exclude`` are left out: a job's own output file inside its
    input directory must not be read back (it would grow while being read, and never end).
    """
    directory = Path(directory)
    skip = {Path(e).resolve() for e in exclude}
    files = (f for f in directory.rglob("*") if f.is_file() and (every_file or is_page_or_records(f)))
    visible = (f for f in files if not any(part.startswith(".") for part in f.relative_to(directory).parts))
    return sorted(f for f in visible if not skip or f.resolve() not in skip)


def read_paths(
    paths: Iterable[str | Path],
    fields: FieldNames = FieldNames(),
    fmt: str | None = None,
    exclude: Iterable[str | Path] = (),
    strict: bool = True,
) -> Iterator[Record]:
    """Records from files and directories, each read by its suffix (or all as ``fmt``).

    Directories are walked recursively in sorted order, skipping hidden files, the files in
    ``exclude`` and, unless ``fmt`` names the format of every file, the files that are no pages
    or records (see :func:`walk`). Files named explicitly in ``paths`` are always read.

    A file that cannot be read, or breaks partway (truncated, corrupt), gives an ErrorRecord
    naming it after its complete records, and the next input is read. The one exception is a
    file its reader refuses outright (``--format parquet`` on a file that is not Parquet, a
    Parquet file without the text column): with ``strict`` (files named explicitly) that raises
    ``ValueError``, a usage error; files found by walking a directory are read with
    ``strict=False``, where the refusal is one ErrorRecord naming the file.
    """
    exclude = list(exclude)
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from read_paths(walk(path, exclude, every_file=fmt is not None), fields, fmt, strict=False)
            continue
        kind = fmt or input_kind(path)
        if kind not in READERS:
            raise ValueError(f"unknown input format {kind!r}: text, jsonl, parquet or warc")
        try:
            yield from READERS[kind](path, fields)
        except ValueError as exc:  # only raised before the file's first record
            if strict:
                raise
            yield _error(str(path), None, "ValueError", str(exc))


READERS: dict[str, Callable[[Path, FieldNames], Iterator[Record]]] = {
    "jsonl": read_jsonl,
    "parquet": read_parquet,
    "warc": lambda path, _fields: read_warc(path),
    "text": lambda path, _fields: read_text_file(path),
}
