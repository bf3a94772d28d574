"""Spark: clean a DataFrame column with a pandas UDF over Arrow batches::

    from newsclean.spark import clean_column
    out = clean_column(df, "html", url_col="url")          # adds the struct column "newsclean"
    out.select("url", "newsclean.text", "newsclean.metadata.title", "newsclean.error")

The added column is a struct with the fields of :meth:`newsclean.Result.to_dict` (``text``,
``metadata`` struct, ``removals`` array of structs, ``score`` struct, ``reliability`` struct,
``input_format``; ``input_text`` only with ``input_text=True``) plus ``error`` (struct ``type``,
``message``), null for a row that was cleaned. A bad row (null or non-text input, a document
that raised, or one that ran out of its ``timeout``) has every field null but ``error``. The
pipeline is built once per Python worker process from its config dict; langdetect is seeded in
:mod:`newsclean.language`, so executors give exactly what :func:`newsclean.clean` gives.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .batch import ErrorRecord, clean_records
from .io.schema import row_schema
from .pipeline import Pipeline

_PIPELINES: dict[str, Pipeline] = {}  # per Python worker process, keyed by config


def _pipeline(config_json: str) -> Pipeline:
    """The pipeline for this config, built on first use in each executor process."""
    pipe = _PIPELINES.get(config_json)
    if pipe is None:
        pipe = _PIPELINES[config_json] = Pipeline.from_config(json.loads(config_json))
    return pipe


def result_arrow_type(input_text: bool = False) -> Any:
    """The Arrow struct type of the added column."""
    import pyarrow as pa

    skip = {"id", "index", "source", "url"} | (set() if input_text else {"input_text"})
    return pa.struct([f for f in row_schema(input_text) if f.name not in skip])


def result_spark_type(input_text: bool = False) -> Any:
    """The Spark ``StructType`` of the added column."""
    from pyspark.sql.pandas.types import from_arrow_type

    return from_arrow_type(result_arrow_type(input_text))


def _record(text: Any, url: Any) -> dict[str, Any] | ErrorRecord:
    if isinstance(text, (str, bytes, bytearray)):
        return {"text": text, "url": url if isinstance(url, str) and url else None}
    if _is_null(text):
        return ErrorRecord(None, -1, "MissingField", "the input is null")
    # anything else (a number, or a numpy array from an array column) is not a page; an int
    # column with nulls reaches pandas as floats, so a number is named as one, not by its type
    kind = f"a number ({type(text).__name__})" if isinstance(text, (int, float)) else type(text).__name__
    message = f"the input is {kind}, not text: the input column must be string or binary"
    return ErrorRecord(None, -1, "TypeError", message)


def _is_null(value: Any) -> bool:
    """Null as pandas hands it over: None, NaN (a float) or ``pd.NA``."""
    if value is None or type(value).__name__ == "NAType":
        return True
    return isinstance(value, float) and value != value  # NaN; never compare arrays like this


def clean_rows(
    texts: Any, urls: Any, config_json: str, input_text: bool = False, timeout: float | None = None
) -> list[dict[str, Any]]:
    """Clean one batch (iterables of text and URL) into dicts shaped like the added column."""
    pipe = _pipeline(config_json)
    records = (_record(t, u) for t, u in zip(texts, urls, strict=True))
    fields = [f.name for f in result_arrow_type(input_text)]
    rows = []
    for outcome in clean_records(records, workers=1, pipeline=pipe, timeout=timeout):
        row = outcome.to_row(input_text=input_text)
        rows.append({name: row.get(name) for name in fields})
    return rows


def clean_column(
    df: Any,
    input_col: str,
    url_col: str | None = None,
    output_col: str = "newsclean",
    config: Pipeline | Mapping[str, Any] | None = None,
    input_text: bool = False,
    timeout: float | None = None,
) -> Any:
    """Return ``df`` with ``output_col`` added: the cleaned result of ``input_col`` as a struct.

    ``input_col`` holds text, markdown or HTML (string or binary); ``url_col`` optional URLs.
    ``config``: a :class:`~newsclean.Pipeline` or its config dict (default pipeline if None);
    it reaches the executors as JSON, so its settings must be JSON types (a path setting is
    passed on as its str).
    ``timeout``: per-document seconds; when set, each batch is cleaned in a supervised child
    process so a document that hangs becomes an error row instead of a stuck task.
    """
    import pandas as pd
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.functions import pandas_udf  # where it is defined, with its type stubs

    if config is None:
        config = Pipeline.default()
    elif not isinstance(config, Pipeline):
        config = Pipeline.from_config(config)  # checked here, and its paths made str by to_config
    try:
        config_json = json.dumps(config.to_config(), sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise TypeError(
            "clean_column: the pipeline's settings reach the executors as JSON, so they must be str, "
            f"numbers, bools, None, lists or dicts of these: {exc}"
        ) from None
    Pipeline.from_config(json.loads(config_json))  # a bad config fails on the driver, not in every task

    def _clean(texts: pd.Series, urls: pd.Series) -> pd.DataFrame:
        rows = clean_rows(texts.tolist(), urls.tolist(), config_json, input_text, timeout)
        return pd.DataFrame(rows, columns=[f.name for f in result_arrow_type(input_text)])

    # real classes, not the strings postponed annotations leave: Spark infers the UDF kind from them
    _clean.__annotations__ = {"texts": pd.Series, "urls": pd.Series, "return": pd.DataFrame}
    udf = pandas_udf(_clean, result_spark_type(input_text))  # type: ignore[call-overload]

    url = F.col(url_col) if url_col else F.lit(None).cast("string")
    return df.withColumn(output_col, udf(F.col(input_col), url))

