"""Readers: text files, directories, JSONL, Parquet and WARC, as records for ``clean_many``."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..batch import ErrorRecord

Record = dict[str, Any] | ErrorRecord

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FieldNames:
    """Which fields of a JSONL or Parquet record hold what (``html`` is tried when ``text`` is absent)."""

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
    if text is None:
        text, key = row.get(fields.html), "html"
    if text is None:
        return _error(source, rid, "MissingField", f"no {fields.text!r} or {fields.html!r} field")
    if not isinstance(text, (str, bytes)):
        return _error(source, rid, "TypeError", f"{key!r} field is {type(text).__name__}, not a string")
    url = row.get(fields.url)
    return {"id": rid, key: text, "url": url if isinstance(url, str) and url else None, "source": source}


def read_page_bytes(path: str | Path) -> bytes:
    """The bytes of one page file, decompressed when its name ends in ``.gz`` (``page.html.gz``).

    Raises OSError (``gzip.BadGzipFile`` for a ``.gz`` file that is not gzip).
    """
    path = Path(path)
    if path.suffix.lower() == ".gz":
        with gzip.open(path, "rb") as fh:
            return fh.read()
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

    A line that is not UTF-8, not JSON or not an object, or has no text, becomes an
    :class:`ErrorRecord` carrying its line number. Blank lines are not records and are skipped.
    ``id`` defaults to ``path:line``. ``-`` reads standard input.
    """
    path = Path(path)
    with _open(path) as fh:
        for number, raw in enumerate(fh, start=1):
            source = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                yield _error(source, None, "DecodeError", f"line {number} is not UTF-8: {exc.reason} at byte {exc.start}")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _error(source, None, "JSONDecodeError", f"line {number}: {exc.msg} (column {exc.colno})")
                continue
            if not isinstance(row, dict):
                yield _error(source, None, "TypeError", f"line {number} is a JSON {type(row).__name__}, not an object")
                continue
            yield _record(row, fields, source, source)


def read_parquet(path: str | Path, fields: FieldNames = FieldNames(), batch_size: int = 256) -> Iterator[Record]:
    """Rows of a Parquet file, read a batch at a time; the source is ``path:row`` (1-based)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    try:
        pf = pq.ParquetFile(path)
    except pa.ArrowInvalid as exc:  # not Parquet at all (e.g. --format parquet on a text file)
        raise ValueError(f"{path}: not a Parquet file ({exc})") from None
    names = set(pf.schema_arrow.names)
    if fields.text not in names and fields.html not in names:
        raise ValueError(f"{path}: no column {fields.text!r} or {fields.html!r}; columns: {', '.join(sorted(names))}")
    wanted = [f for f in (fields.text, fields.html, fields.url, fields.id) if f in names]
    number = 0
    for batch in pf.iter_batches(batch_size=batch_size, columns=list(dict.fromkeys(wanted))):
        for row in batch.to_pylist():
            number += 1
            source = f"{path}:{number}"
            yield _record(row, fields, source, source)


def read_warc(path: str | Path) -> Iterator[Record]:
    """HTML response records of a WARC or WARC.gz file (CC-NEWS, Common Crawl, wget --warc).

    Other records (warcinfo, requests, metadata, non-HTML responses) are not documents and are
    skipped. ``id`` is the WARC-Record-ID, ``url`` the WARC-Target-URI, ``source`` is
    ``path@offset``. A truncated or corrupt file ends with one ErrorRecord saying where.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        offset = 0
        try:
            for rec in records:
                if rec.rec_type != "response" or rec.http_headers is None:
                    offset = records.get_record_offset()
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                body = rec.content_stream().read() if not ctype or ctype in HTML_TYPES else None
                if body is not None and getattr(rec.raw_stream, "limit", 0):  # declared bytes the file lacks
                    raise EOFError(f"record {rec.rec_headers.get_header('WARC-Target-URI')} is truncated")
                offset = records.get_record_offset()  # only after the body: asking reads to the record's end
                if body is not None:
                    yield {
                        "id": rec.rec_headers.get_header("WARC-Record-ID"),
                        "html": body,
                        "url": rec.rec_headers.get_header("WARC-Target-URI"),
                        "source": f"{path}@{offset}",
                    }
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            yield _error(f"{path}@{offset}", None, type(exc).__name__, f"unreadable WARC after offset {offset}: {exc}")


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


def walk(directory: str | Path, exclude: Iterable[str | Path] = ()) -> list[Path]:
    """The files under ``directory``, recursively, in sorted order, without hidden files.

    Files whose resolved path is in ``exclude`` are left out: a job's own output file inside its
    input directory must not be read back (it would grow while being read, and never end).
    """
    directory = Path(directory)
    skip = {Path(e).resolve() for e in exclude}
    files = (f for f in directory.rglob("*") if f.is_file())
    visible = (f for f in files if not any(part.startswith(".") for part in f.relative_to(directory).parts))
    return sorted(f for f in visible if not skip or f.resolve() not in skip)


def read_paths(
    paths: Iterable[str | Path],
    fields: FieldNames = FieldNames(),
    fmt: str | None = None,
    exclude: Iterable[str | Path] = (),
) -> Iterator[Record]:
    """Records from files and directories, each read by its suffix (or all as ``fmt``).

    Directories are walked recursively in sorted order, skipping hidden files and the files in
    ``exclude`` (see :func:`walk`). Files named explicitly in ``paths`` are always read.
    """
    exclude = list(exclude)
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from read_paths(walk(path, exclude), fields, fmt)
            continue
        kind = fmt or input_kind(path)
        if kind == "jsonl":
            yield from read_jsonl(path, fields)
        elif kind == "parquet":
            yield from read_parquet(path, fields)
        elif kind == "warc":
            yield from read_warc(path)
        elif kind == "text":
            yield from read_text_file(path)
        else:
            raise ValueError(f"unknown input format {kind!r}: text, jsonl, parquet or warc")
