"""newsclean.spark on a local Spark session: the column equals what clean() gives, bad rows included."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean
from newsclean.spark import clean_column, result_arrow_type

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seeds" / "002_99f613d10e4c7134.txt"
HTML = "<html><head><title>Trams</title></head><body><nav>Home | News</nav><article><p>{}</p></article></body></html>"
PROSE = "The council voted on Tuesday to extend the tram line to the northern suburbs, after years of debate."
ROWS = [
    ("seed", SEED.read_text(encoding="utf-8"), "https://www.lbc.co.uk/news/russia-kyiv/"),
    ("html", HTML.format(PROSE), "https://www.example.org/trams"),
    ("null", None, None),
    ("empty", "", None),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # executors run this interpreter, with newsclean
    session = (
        SparkSession.builder.master("local[1]")
        .appName("newsclean-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2")  # several batches, one worker
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _plain(value: object) -> object:
    """Spark Rows (and Arrow maps) as plain dicts and lists, to compare with Result.to_dict()."""
    if hasattr(value, "asDict"):
        return {k: _plain(v) for k, v in value.asDict().items()}  # type: ignore[union-attr]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def test_column_equals_clean_and_bad_rows_carry_an_error(spark) -> None:  # type: ignore[no-untyped-def]
    df = spark.createDataFrame(ROWS, "id string, page string, url string")
    out = {r["id"]: _plain(r["newsclean"]) for r in clean_column(df, "page", url_col="url").collect()}
    fields = [f.name for f in result_arrow_type()]
    for rid, page, url in ROWS:
        if page is None:
            continue
        expected = json.loads(json.dumps(newsclean.clean(page, url=url).to_dict()))
        expected = {k: expected.get(k) for k in fields}
        assert out[rid] == expected, rid
    assert out["null"]["error"] == {"type": "MissingField", "message": "the input is null"}
    assert all(out["null"][k] is None for k in fields if k != "error")
    assert out["seed"]["text"] and out["seed"]["metadata"]["title"]


def test_nested_fields_are_columns(spark) -> None:  # type: ignore[no-untyped-def]
    df = spark.createDataFrame(ROWS[:2], "id string, page string, url string")
    out = clean_column(df, "page", url_col="url", output_col="nc", input_text=True)
    row = out.select("id", "nc.metadata.title", "nc.score.signal_fraction", "nc.input_text").first()
    result = newsclean.clean(ROWS[0][1], url=ROWS[0][2])
    assert (row["title"], row["signal_fraction"]) == (result.metadata.title, result.score.signal_fraction)
    assert row["input_text"] == result.input_text


def _example():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("spark_clean", ROOT / "examples" / "spark_clean.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_job_over_parquet(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pages = tmp_path / "pages.parquet"
    spark.createDataFrame(ROWS, "id string, html string, url string").write.parquet(str(pages))
    failed = _example().clean_parquet(spark, str(pages), str(tmp_path / "out"), url_col="url")
    assert failed == 1
    got = {r["id"]: r for r in spark.read.parquet(str(tmp_path / "out")).collect()}
    assert "html" not in spark.read.parquet(str(tmp_path / "out")).columns
    assert got["html"]["text"] == newsclean.clean(ROWS[1][1], url=ROWS[1][2]).text
    assert got["null"]["error"] == "the input is null"


@pytest.mark.parametrize("size", [0, 1, 2])
def test_an_array_cell_is_an_error_row_not_a_failed_batch(size: int) -> None:
    import numpy as np

    from newsclean.spark import clean_rows

    config = json.dumps(newsclean.Pipeline.default().to_config(), sort_keys=True)
    cell = np.array(["a page"] * size, dtype=object)  # what the pandas UDF gets from an array column
    rows = clean_rows([PROSE, cell, PROSE], [None, None, None], config)
    assert [r["error"] for r in rows[::2]] == [None, None]
    assert rows[1]["error"]["type"] == "TypeError"
    assert "ndarray" in rows[1]["error"]["message"] and "string or binary" in rows[1]["error"]["message"]


def test_null_and_numeric_cells_as_pandas_hands_them_over() -> None:
    import pandas as pd

    from newsclean.spark import clean_rows

    config = json.dumps(newsclean.Pipeline.default().to_config(), sort_keys=True)
    cells = pd.Series([None, 3, float("nan")], dtype="Int64").tolist() + pd.Series([None, 3]).tolist()
    rows = clean_rows(cells, [None] * len(cells), config)
    errors = [(r["error"]["type"], r["error"]["message"].split(",")[0]) for r in rows]
    assert errors == [("MissingField", "the input is null"), ("TypeError", "the input is a number (int)"),
                      ("MissingField", "the input is null"), ("MissingField", "the input is null"),
                      ("TypeError", "the input is a number (float)")]  # an int column with nulls: floats


def test_a_path_setting_reaches_the_executors_and_a_non_json_one_fails_on_the_driver(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from newsclean.profiles import learn_profiles

    profiles = tmp_path / "profiles.json"
    learn_profiles([]).save(profiles)
    pipe = newsclean.Pipeline.default().configure("cross_page", profiles=profiles)  # a Path, not a str
    df = spark.createDataFrame(ROWS[:1], "id string, page string, url string")
    (row,) = clean_column(df, "page", url_col="url", config=pipe).collect()
    assert row["newsclean"]["error"] is None and row["newsclean"]["text"] == newsclean.clean(ROWS[0][1]).text

    @newsclean.cleaner("test_spark_object_setting")
    def object_setting(doc, words: object = None):  # type: ignore[no-untyped-def]
        pass

    odd = newsclean.Pipeline.default().add(object_setting, words={"a", "b"})
    with pytest.raises(TypeError, match="clean_column: the pipeline's settings reach the executors as JSON"):
        clean_column(df, "page", config=odd)
