"""Result.from_dict reads back what newsclean writes: to_dict, JSONL rows and Parquet rows."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

import newsclean
from newsclean.batch import clean_records
from newsclean.io.writers import ParquetWriter

PAGE = (
    "Council approves new tram line\n\n"
    "The council voted on Tuesday to approve the new tram line, after a long debate in the chamber.\n\n"
    "Read more: Bus fares to rise in spring"
)


def test_a_parquet_row_reads_back_as_the_same_result(tmp_path: Path) -> None:
    (outcome,) = clean_records([{"id": "a", "text": PAGE, "url": "https://www.reuters.com/x"}], timeout=None)
    path = tmp_path / "out.parquet"
    with ParquetWriter(path) as writer:
        writer.write(outcome.to_row())
    (row,) = pq.read_table(path).to_pylist()
    assert isinstance(row["reliability"]["parts"], list)  # Arrow gives a map as (key, value) pairs
    result = newsclean.Result.from_dict(row)
    assert result == outcome.result
    assert result.reliability.integrity.rates["mojibake"] == 0.0


@pytest.mark.parametrize(
    "data, error, words",
    [
        (None, TypeError, "takes a dict, not NoneType"),
        ({}, ValueError, "no 'text' field"),
        ({"text": "x"}, ValueError, "--no-input-text"),
    ],
)
def test_bad_data_gets_a_clear_error(data, error, words) -> None:
    with pytest.raises(error, match=words):
        newsclean.Result.from_dict(data)
