"""Readers and writers for batch jobs.

Readers yield records for :func:`newsclean.clean_many`: dicts with ``id``, ``text`` or ``html``,
``url`` and ``source`` (where the record came from, e.g. ``pages.jsonl:12``), or an
:class:`~newsclean.batch.ErrorRecord` in the place of a record that could not be read (malformed
JSON, a missing field, undecodable bytes), so nothing is silently dropped. Writers take the flat
rows of :meth:`newsclean.batch.Outcome.to_row`.
"""

from __future__ import annotations

from .readers import (
    FieldNames,
    read_jsonl,
    read_page_bytes,
    read_parquet,
    read_paths,
    read_text_file,
    read_warc,
    walk,
)
from .writers import JsonlWriter, ParquetWriter, open_writer

__all__ = [
    "FieldNames",
    "JsonlWriter",
    "ParquetWriter",
    "open_writer",
    "read_jsonl",
    "read_page_bytes",
    "read_parquet",
    "read_paths",
    "read_text_file",
    "read_warc",
    "walk",
]
