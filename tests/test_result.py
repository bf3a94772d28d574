"""Result.from_dict reads back what newsclean writes: to_dict, JSONL rows and Parquet rows."""

from __future__ import annotations

import dataclasses
import inspect
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.batch import clean_records
from newsclean.document import Kind, Removal
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


def _full_dict() -> dict:
    return newsclean.clean(PAGE, url="https://www.reuters.com/x").to_dict()


@pytest.mark.parametrize("section", [(), ("metadata",), ("score",), ("reliability",), ("reliability", "integrity")])
def test_a_newer_versions_extra_fields_are_ignored(section) -> None:
    data = _full_dict()
    table = data
    for key in section:
        table = table[key]
    table["field_from_a_newer_version"] = "x"
    assert newsclean.Result.from_dict(data) == newsclean.Result.from_dict(_full_dict())


def test_an_older_versions_missing_fields_take_their_defaults() -> None:
    data = _full_dict()
    del data["metadata"]["site_name"], data["reliability"]["integrity"], data["score"]["snr"]
    result = newsclean.Result.from_dict(data)
    assert (result.metadata.site_name, result.reliability.integrity, result.score.snr) == (
        None, newsclean.Integrity(), 0.0)


@pytest.mark.parametrize(
    "change, error, words",
    [
        (lambda r: r.pop("reason"), ValueError, r"removals\[0\] needs .*missing: reason"),
        (lambda r: r.update(kind="advert"), ValueError, r"removals\[0\].kind is 'advert', not a newsclean.Kind; one of metadata, "),
        (lambda r: r.clear(), ValueError, r"removals\[0\] needs .*missing: start, end, text, cleaner, kind, reason"),
        (lambda r: r.update(start="3"), TypeError, r"removals\[0\].start is str, expected int"),
        (lambda r: r.update(end=True), TypeError, r"removals\[0\].end is bool, expected int"),
        (lambda r: r.update(kind=3), TypeError, r"removals\[0\].kind is 3, not a newsclean.Kind"),
    ],
)
def test_a_bad_removal_is_named_by_its_place_and_field(change, error, words) -> None:
    data = _full_dict()
    assert data["removals"]
    change(data["removals"][0])
    with pytest.raises(error, match=words):
        newsclean.Result.from_dict(data)


def test_a_removal_that_is_not_a_dict_is_a_type_error() -> None:
    data = _full_dict()
    data["removals"][0] = None
    with pytest.raises(TypeError, match=r"removals\[0\] is NoneType, expected a dict of Removal fields"):
        newsclean.Result.from_dict(data)


def test_a_removal_is_a_frozen_dataclass_of_its_fields() -> None:
    # Removal writes its fields itself (faster than the generated frozen init): the same
    # fields in the same order, and still frozen
    removal = Removal(1, 3, "ab", "promos", Kind.PROMO, "read more")
    assert list(inspect.signature(Removal).parameters) == [f.name for f in dataclasses.fields(Removal)]
    assert dataclasses.astuple(removal) == (1, 3, "ab", "promos", Kind.PROMO, "read more")
    assert removal == dataclasses.replace(removal) and hash(removal) == hash(dataclasses.replace(removal))
    with pytest.raises(dataclasses.FrozenInstanceError):
        removal.start = 2  # type: ignore[misc]


def test_an_error_row_is_refused_with_its_error(tmp_path: Path) -> None:
    outcomes = list(clean_records([{"id": "a", "text": PAGE}, {"id": "b"}], timeout=None))
    path = tmp_path / "out.parquet"
    with ParquetWriter(path) as writer:
        for outcome in outcomes:
            writer.write(outcome.to_row())
    parquet_row = pq.read_table(path).to_pylist()[1]
    for row in (parquet_row, outcomes[1].to_row()):  # Parquet keeps null columns, JSONL does not
        with pytest.raises(ValueError, match="error record, not a result .MissingField: record has no 'text'"):
            newsclean.Result.from_dict(row)
    assert newsclean.Result.from_dict(pq.read_table(path).to_pylist()[0]) == outcomes[0].result


def test_a_text_that_is_not_a_str_is_a_type_error() -> None:
    data = _full_dict()
    data["text"] = None
    with pytest.raises(TypeError, match="Result.from_dict: text is NoneType, expected str"):
        newsclean.Result.from_dict(data)


def _set(data: dict, path: str, value: object) -> dict:
    *parents, last = path.split(".")
    table = data
    for key in parents:
        table = table[key]
    table[last] = value
    return data


@pytest.mark.parametrize(
    "path, value, error, words",
    [
        ("metadata.authors", "Jane Doe", TypeError, "metadata.authors is str, expected a list of str"),
        ("metadata.authors", ["Jane", 3], TypeError, r"metadata.authors\[1\] is int, expected str"),
        ("metadata.title", 5, TypeError, "metadata.title is int, expected str or None"),
        ("metadata.language_confidence", "0.9", TypeError, "language_confidence is str, expected a number or None"),
        ("score.signal_chars", "12", TypeError, "score.signal_chars is str, expected int"),
        ("score.snr", True, TypeError, "score.snr is bool, expected a number"),
        ("input_format", "pdf", ValueError, "input_format is 'pdf', expected one of 'text', 'markdown', 'html'"),
        ("input_format", 1, TypeError, "input_format is int, expected one of"),
        ("input_text", b"x", TypeError, "input_text is bytes, expected str"),
        ("removals", {"a": 1}, TypeError, "removals is dict, expected a list of Removal"),
        ("metadata", "x", TypeError, "metadata is str, expected a dict of Metadata fields"),
        ("reliability.syndicated", "no", TypeError, "reliability.syndicated is str, expected bool"),
        ("reliability.integrity", [1, 2], TypeError, "reliability.integrity is list, expected a dict of Integrity"),
        ("reliability.integrity.rates", 5, TypeError, "integrity.rates is int, expected a dict of str to a number"),
        ("reliability.integrity.rates", {"mojibake": "0"}, TypeError, r"rates\['mojibake'\] is str, expected a number"),
        ("reliability.integrity.flags", "mojibake", TypeError, "integrity.flags is str, expected a list of str"),
        ("reliability.parts", {"prior": "high"}, TypeError, r"parts\['prior'\] is str, expected a number or None"),
    ],
)
def test_a_field_of_the_wrong_type_is_named_by_its_path(path, value, error, words) -> None:
    with pytest.raises(error, match=words):
        newsclean.Result.from_dict(_set(_full_dict(), path, value))


def test_a_null_field_with_a_default_takes_it_and_numbers_may_be_ints() -> None:
    # Arrow gives null for a column a file lacks; JSON from other tools may write 1 for 1.0
    data = _set(_set(_full_dict(), "metadata.authors", None), "score.signal_fraction", 1)
    result = newsclean.Result.from_dict(_set(data, "input_format", None))
    assert (result.metadata.authors, result.score.signal_fraction, result.input_format) == ([], 1, "text")


_TEXT = st.text()
_OPTIONAL = st.none() | st.text()
_FLOAT = st.floats(allow_nan=False, allow_infinity=False)
_RESULTS = st.builds(
    newsclean.Result,
    text=_TEXT,
    input_text=_TEXT,
    metadata=st.builds(
        newsclean.Metadata, title=_OPTIONAL, authors=st.lists(_TEXT), published=_OPTIONAL, url=_OPTIONAL,
        agency=_OPTIONAL, language=_OPTIONAL, language_confidence=st.none() | _FLOAT,
    ),
    removals=st.lists(st.builds(newsclean.Removal, st.integers(0), st.integers(0), _TEXT, _TEXT,
                                st.sampled_from(newsclean.Kind), _TEXT), max_size=3),
    score=st.builds(newsclean.Score, st.integers(0), st.integers(0), _FLOAT, _FLOAT),
    reliability=st.builds(
        newsclean.Reliability, domain=_OPTIONAL, domain_rating=st.none() | _FLOAT, syndicated=st.booleans(),
        integrity=st.builds(newsclean.Integrity, st.dictionaries(_TEXT, _FLOAT), st.lists(_TEXT)),
        score=st.none() | _FLOAT, parts=st.dictionaries(_TEXT, st.none() | _FLOAT),
    ),
    input_format=st.sampled_from(["text", "markdown", "html"]),
)


@settings(max_examples=200, deadline=None)
@given(_RESULTS)
def test_any_result_round_trips_through_json(result) -> None:
    assert newsclean.Result.from_dict(json.loads(json.dumps(result.to_dict()))) == result
