"""Writers for output rows (:meth:`newsclean.batch.Outcome.to_row`): JSONL and Parquet."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ..decode import replace_surrogates
from .schema import row_schema


class JsonlWriter:
    """One JSON object per line, to a path, to an open text stream, or (``-``) to stdout.

    ``input_text=False`` leaves each row's ``input_text`` out, as :class:`ParquetWriter` does.
    """

    def __init__(self, path: str | Path | TextIO, input_text: bool = True):
        self.input_text = input_text
        self._own = isinstance(path, (str, Path)) and str(path) != "-"
        if self._own:
            self._fh: TextIO = Path(path).open("w", encoding="utf-8")  # type: ignore[arg-type]
        else:
            self._fh = sys.stdout if isinstance(path, (str, Path)) else path

    def write(self, row: dict[str, Any]) -> None:
        """Write one row (:meth:`newsclean.batch.Outcome.to_row`) as a line of JSON."""
        if not self.input_text and "input_text" in row:
            row = {k: v for k, v in row.items() if k != "input_text"}
        try:
            self._fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        except UnicodeEncodeError:
            # a lone surrogate (an id cut mid-emoji): as a \u escape it is valid JSON that
            # reads back as the same string; the row is kept whole
            self._fh.write(json.dumps(row) + "\n")

    def close(self) -> None:
        """Close the file this writer opened; a stream it was given is only flushed."""
        if self._own:
            self._fh.close()
        else:
            self._fh.flush()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ParquetWriter:
    """Rows buffered into row groups of ``batch_size`` and written with the schema of :mod:`.schema`."""

    def __init__(self, path: str | Path, batch_size: int = 512, input_text: bool = True):
        import pyarrow.parquet as pq

        self.schema = row_schema(input_text)
        self._writer = pq.ParquetWriter(str(path), self.schema)
        self._rows: list[dict[str, Any]] = []
        self.batch_size = batch_size

    def write(self, row: dict[str, Any]) -> None:
        """Buffer one row (:meth:`newsclean.batch.Outcome.to_row`); a full row group is written."""
        self._rows.append(row)
        if len(self._rows) >= self.batch_size:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            try:
                table = pa.Table.from_pylist(self._rows, schema=self.schema)
            except (UnicodeEncodeError, pa.ArrowInvalid):
                # Parquet strings are UTF-8, which cannot hold a lone surrogate: write U+FFFD
                table = pa.Table.from_pylist(_without_surrogates(self._rows), schema=self.schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        """Write the rows still buffered and close the file."""
        self._flush()
        self._writer.close()

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _without_surrogates(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings replaced by U+FFFD."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, dict):
        return {k: _without_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    return value


def open_writer(path: str | Path, input_text: bool = True) -> JsonlWriter | ParquetWriter:
    """A Parquet writer for ``*.parquet``/``*.pq``, JSONL otherwise (``-`` for stdout);
    ``input_text=False`` leaves ``input_text`` out of the rows in either format."""
    if str(path).lower().endswith((".parquet", ".pq")):
        return ParquetWriter(path, input_text=input_text)
    return JsonlWriter(path, input_text=input_text)
