"""clean_many: order, one output per input, error records, and the supervisor's time budget."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Pipeline, Result, cleaner
from newsclean.batch import ErrorRecord, clean_many, clean_records

SEEDS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.txt"))
HANG, CRASH, BOOM, BLOAT = "<<test:hang>>", "<<test:crash>>", "<<test:boom>>", "<<test:bloat>>"


@cleaner("test_batch_trap")
def trap(doc: newsclean.Document) -> None:
    """A misbehaving cleaner for these tests: hangs, kills its process, raises or eats memory."""
    text = doc.input_text
    if HANG in text:
        while True:
            time.sleep(0.01)
    if CRASH in text:
        os._exit(3)  # like a segfault: the process is gone without a word
    if BOOM in text:
        raise ValueError("boom")
    if BLOAT in text:
        hog = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GiB
        del hog


TRAP = Pipeline.default().add(trap)


def _texts(outputs: list[Result | ErrorRecord]) -> list[str | None]:
    return [o.text if isinstance(o, Result) else None for o in outputs]


def _clean(text: str) -> str:
    return newsclean.clean(text).text


def test_results_in_input_order_and_equal_to_clean() -> None:
    pages = [p.read_text(encoding="utf-8") for p in SEEDS] * 2
    outputs = list(clean_many(pages, workers=2, timeout=30))
    assert all(isinstance(o, Result) for o in outputs)
    assert [o.to_dict() for o in outputs] == [newsclean.clean(p).to_dict() for p in pages]


def test_dict_records_carry_url_and_id() -> None:
    records = [
        {"id": 7, "text": "A council voted to extend the tram line.", "url": "https://www.example.org/a"},
        {"html": "<html><body><p>The tram line will be extended north.</p></body></html>"},
    ]
    outcomes = list(clean_records(records, workers=1, timeout=30))
    assert [o.id for o in outcomes] == ["7", None]
    assert outcomes[0].result is not None
    assert outcomes[0].result.to_dict() == newsclean.clean(records[0]["text"], url=records[0]["url"]).to_dict()
    assert outcomes[1].result is not None and outcomes[1].result.input_format == "html"


def test_a_blank_url_is_no_url_in_the_row_as_in_the_result() -> None:
    [outcome] = clean_records([{"text": "A council voted to extend the tram line.", "url": "  "}], timeout=None)
    assert outcome.url is None and outcome.to_row()["url"] is None
    assert outcome.result is not None and outcome.result.metadata.url is None


def test_bad_records_become_error_records_in_place() -> None:
    records = ["First page text.", {"id": "x"}, 42, {"id": "y", "text": BOOM}, "Last page text."]
    outputs = list(clean_many(records, workers=2, pipeline=TRAP, timeout=30))
    assert len(outputs) == len(records)
    assert _texts(outputs)[0] == _clean("First page text.") and _texts(outputs)[4] == _clean("Last page text.")
    errors = {o.index: o for o in outputs if isinstance(o, ErrorRecord)}
    assert sorted(errors) == [1, 2, 3]
    assert (errors[1].id, errors[1].error) == ("x", "MissingField")
    assert errors[2].error == "TypeError" and "int" in errors[2].message
    # a cleaner's failure names the cleaner and keeps its own type in the message
    message = "cleaner 'test_batch_trap' failed: ValueError: boom"
    assert (errors[3].id, errors[3].error, errors[3].message) == ("y", "CleanerError", message)
    assert errors[3].to_dict()["error"] == {"type": "CleanerError", "message": message}


def test_reader_errors_pass_through_with_their_source() -> None:
    bad = ErrorRecord(None, -1, "JSONDecodeError", "line 2: bad", "in.jsonl:2")
    outputs = list(clean_many(["A page.", bad, "Another page."], timeout=None))
    assert isinstance(outputs[1], ErrorRecord)
    assert (outputs[1].index, outputs[1].source, outputs[1].error) == (1, "in.jsonl:2", "JSONDecodeError")


@pytest.mark.parametrize("workers", [1, 2])
def test_hanging_document_is_stopped_and_the_rest_go_on(workers: int) -> None:
    records = ["Before the hang.", HANG, "After the hang.", "And one more."]
    start = time.monotonic()
    outputs = list(clean_many(records, workers=workers, pipeline=TRAP, timeout=1.0))
    assert time.monotonic() - start < 20  # stopped, not waited for (a generous bound, not a benchmark)
    assert _texts(outputs) == [_clean(records[0]), None, _clean(records[2]), _clean(records[3])]
    assert isinstance(outputs[1], ErrorRecord) and outputs[1].error == "Timeout"


def test_crashed_worker_is_replaced() -> None:
    records = [CRASH, "Still cleaned.", CRASH, "Cleaned too."]
    outputs = list(clean_many(records, workers=2, pipeline=TRAP, timeout=30))
    assert _texts(outputs) == [None, _clean(records[1]), None, _clean(records[3])]
    assert [o.error for o in outputs if isinstance(o, ErrorRecord)] == ["WorkerCrashed", "WorkerCrashed"]
    assert "exit code 3" in outputs[0].message  # type: ignore[union-attr]


def test_a_worker_that_dies_while_idle_is_replaced_and_its_next_record_cleaned() -> None:
    records = ["First page.", "Second page.", "Third page."]

    def killing_the_idle_worker():  # as the OOM killer does, between two documents
        yield records[0]
        for child in mp.active_children():
            os.kill(child.pid, signal.SIGKILL)
            child.join(10)
        yield from records[1:]

    outputs = list(clean_many(killing_the_idle_worker(), workers=1, timeout=30))
    assert _texts(outputs) == [_clean(r) for r in records]


def test_memory_blow_up_is_reported_under_a_limit() -> None:
    outputs = list(clean_many([BLOAT, "Fine."], workers=1, pipeline=TRAP, timeout=30, memory_limit_mb=512))
    assert isinstance(outputs[0], ErrorRecord) and outputs[0].error == "MemoryError"
    assert "out of memory" in outputs[0].message
    assert _texts(outputs)[1] == _clean("Fine.")


def test_a_tiny_memory_limit_gives_memory_error_records_not_tracebacks(capfd: pytest.CaptureFixture[str]) -> None:
    # the language profiles and parsers load before the limit; a MemoryError receiving a job
    # or sending its result ends the worker quietly, and the job is reported as one
    page = SEEDS[0].read_text(encoding="utf-8")
    outputs = list(clean_many([page, page * 400], workers=1, timeout=30, memory_limit_mb=1))
    assert [o.error for o in outputs if isinstance(o, ErrorRecord)] != []
    assert {o.error for o in outputs if isinstance(o, ErrorRecord)} <= {"MemoryError"}
    assert "Traceback" not in capfd.readouterr().err


def test_reorder_window_bounds_what_is_read_ahead() -> None:
    pulled = 0

    def records():
        nonlocal pulled
        for i in range(100):
            pulled += 1
            yield HANG if i == 0 else f"Page number {i}."

    stream = clean_many(records(), workers=2, pipeline=TRAP, timeout=1.0, window=6)
    first = next(stream)
    assert isinstance(first, ErrorRecord) and first.error == "Timeout"
    assert pulled <= 7  # the window, not the whole stream, was read while page 0 hung
    rest = list(stream)
    assert len(rest) == 99 and all(isinstance(o, Result) for o in rest)


class _SourceBroke(Exception):
    pass


@pytest.mark.parametrize("kw", [{"workers": 1, "timeout": None}, {"workers": 1, "timeout": 30}, {"workers": 2}])
def test_an_input_that_raises_keeps_every_record_pulled_before(kw: dict) -> None:
    pages = [f"The council voted on the budget for bus line {i}." for i in range(6)]
    broke = _SourceBroke("source broke at record 6")

    def records():
        yield from pages
        raise broke

    got: list[Result | ErrorRecord] = []
    with pytest.raises(_SourceBroke) as info:
        for out in clean_many(records(), **kw):
            got.append(out)
    assert info.value is broke  # the input's own exception, unchanged
    assert _texts(got) == [_clean(p) for p in pages]  # all six, in order, before it


def test_closing_the_stream_stops_the_workers() -> None:
    stream = clean_many(["One page."] * 50, workers=2, timeout=30)
    next(stream)
    stream.close()
    assert not [p for p in mp.active_children() if p.is_alive()]


def test_config_dict_is_accepted_and_checked_up_front() -> None:
    config = Pipeline.default().without("cross_page").to_config()
    assert isinstance(next(clean_many(["A page."], pipeline=config, timeout=30)), Result)
    with pytest.raises(KeyError):
        next(clean_many(["A page."], pipeline={"pipeline": {"cleaners": ["no_such_cleaner"]}}))


record = st.one_of(
    st.text(max_size=200),
    st.binary(max_size=200),
    st.fixed_dictionaries({"text": st.text(max_size=100)}, optional={"id": st.integers(), "url": st.text(max_size=20)}),
    st.fixed_dictionaries({}, optional={"id": st.text(max_size=5), "html": st.integers()}),
    st.integers(),
    st.none(),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(record, max_size=8))
def test_exactly_one_output_per_input_in_order(records: list) -> None:
    outputs = list(clean_many(records, timeout=None))
    assert len(outputs) == len(records)
    for i, (rec, out) in enumerate(zip(records, outputs, strict=True)):
        ok = isinstance(rec, (str, bytes)) or (isinstance(rec, dict) and "text" in rec)
        assert isinstance(out, Result) == ok
        if isinstance(out, ErrorRecord):
            assert out.index == i


@pytest.mark.parametrize("records", ["abc", b"abc"])
def test_a_single_string_is_not_a_stream_of_records(records: str | bytes) -> None:
    kind = type(records).__name__
    with pytest.raises(TypeError, match=f"iterable of records, not a single {kind}"):
        clean_many(records)  # raises at the call, before iteration
    with pytest.raises(TypeError, match="iterable of records"):
        clean_records(records)


@pytest.mark.parametrize("records", [{"id": "a", "text": "A council voted to extend the tram line."},
                                     {"html": "<p>The tram line will be extended.</p>", "url": "https://example.org/a"}])
def test_a_single_record_is_not_a_stream_of_records(records: dict) -> None:
    # iterating a dict gives its keys: each field name would be cleaned as a page
    with pytest.raises(TypeError, match="iterable of records, not a single dict: for one record pass"):
        clean_many(records)
    with pytest.raises(TypeError, match="iterable of records, not a single dict"):
        clean_records(records)


@pytest.mark.parametrize("source", [{"name": "BBC", "id": None}, 42, ["feed", 3]])
def test_a_source_that_is_no_string_is_written_as_one(source: object, tmp_path: Path) -> None:
    # a news API's record carries "source": {"name": ...}; the row's source column is a string,
    # and a dict in it failed the whole Parquet batch it fell in
    pytest.importorskip("pyarrow")
    from newsclean.io import open_writer

    records = [{"id": "a", "text": "A council voted to extend the tram line.", "source": source},
               {"id": "b", "source": source}, {"id": "c", "text": "The tram line will be extended.", "source": "feed"}]
    outcomes = list(clean_records(records, timeout=None))
    assert [o.source for o in outcomes] == [str(source), str(source), "feed"]
    assert outcomes[1].error is not None and outcomes[1].error.source == str(source)
    for name in ("rows.jsonl", "rows.parquet"):
        with open_writer(tmp_path / name) as writer:
            for outcome in outcomes:
                writer.write(outcome.to_row())
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "rows.parquet").column("source").to_pylist() == [str(source), str(source), "feed"]


@pytest.mark.parametrize("blank", ["", "  \n", b""])
def test_a_blank_text_gives_way_to_the_html_beside_it(blank: str | bytes) -> None:
    page = "<html><body><article><p>The council voted on Tuesday to extend the tram line.</p></article></body></html>"
    records = [{"text": blank, "html": page}, {"text": blank}, {"text": blank, "html": None}]
    first, *rest = list(clean_many(records, timeout=None))
    assert isinstance(first, Result) and first.input_format == "html" and first.text == _clean(page)
    assert all(isinstance(o, Result) and o.text == "" for o in rest)  # no HTML: the blank text, as before


def test_wrongly_typed_fields_are_type_error_records_naming_the_field() -> None:
    records = [{"id": "h", "html": 5}, {"id": "t", "text": 5.5}, {"id": "u", "text": "A page.", "url": 5}, "Fine."]
    outputs = list(clean_many(records, timeout=None))
    errors = [(o.id, o.error, o.message) for o in outputs if isinstance(o, ErrorRecord)]
    assert errors == [
        ("h", "TypeError", "record field 'html' is int, not str or bytes"),
        ("t", "TypeError", "record field 'text' is float, not str or bytes"),
        ("u", "TypeError", "record field 'url' is int, not str or None"),
    ]
    assert isinstance(outputs[3], Result)


def test_a_bad_pipeline_config_fails_at_the_call() -> None:
    with pytest.raises(TypeError, match="min_items='four'"):
        clean_many(["A page."], pipeline={"cleaners": {"trailing_headlines": {"min_items": "four"}}})


@pytest.mark.parametrize(
    "kw",
    [
        {"timeout": -1},  # failed every record as a Timeout
        {"timeout": float("nan")},
        {"memory_limit_mb": -5},  # a limit below what the worker maps
        {"memory_limit_mb": 0},
        {"window": -1},  # handed out no work and spun forever
        {"window": 0},
    ],
)
def test_a_budget_no_document_could_meet_fails_at_the_call(kw: dict) -> None:
    name = next(iter(kw))
    with pytest.raises(ValueError, match=f"^{name} must be"):
        clean_many(["A page."], **kw)


@pytest.mark.parametrize(
    "kw",
    [
        {"workers": "2"},  # compared with 1 as str < int, deep inside
        {"workers": 2.5},
        {"memory_limit_mb": 100.5},  # passed the check, then failed every record in the workers
        {"window": 4.0},
        {"timeout": "60"},
    ],
)
def test_a_budget_of_the_wrong_type_fails_at_the_call_naming_it(kw: dict) -> None:
    name = next(iter(kw))
    with pytest.raises(TypeError, match=f"^{name} must be"):
        clean_many(["A page."], **kw)


def test_workers_leave_ctrl_c_to_the_supervisor() -> None:
    """A Ctrl-C reaches every process of the group; workers must not die of it mid-document."""
    # A shell starts a background job with SIGINT ignored, which forked workers would inherit and
    # the test would pass without the workers doing anything: give the parent Python's handler.
    started_with = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        stream = clean_many(["A page.", "<<test:sigint>>"], workers=2, pipeline=SIGINT_TRAP, timeout=30)
        outputs = list(stream)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # only workers ignore it
    finally:
        signal.signal(signal.SIGINT, started_with)
    assert _texts(outputs) == [_clean("A page."), _clean("<<test:sigint>>")]


@cleaner("test_batch_sigint")
def sigint_self(doc: newsclean.Document) -> None:
    """Sends this process the SIGINT a Ctrl-C would: only workers ever see this page."""
    if "<<test:sigint>>" in doc.input_text:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.2)  # the signal is handled by now


SIGINT_TRAP = Pipeline.default().add(sigint_self)


def test_a_workers_start_up_is_not_charged_to_its_first_document(monkeypatch: pytest.MonkeyPatch) -> None:
    # A cold worker loads the pipeline and the language profiles before its first document
    # (about 1 s on a busy machine); under a tight budget that first document timed out.
    if "fork" not in mp.get_all_start_methods():
        pytest.skip("the slow start-up is patched into forked workers")
    real = Pipeline.from_config

    def slow_start(config: dict) -> Pipeline:  # a loaded machine, or a plug-in slow to import
        time.sleep(1.5)
        return real(config)

    monkeypatch.setattr(Pipeline, "from_config", staticmethod(slow_start))
    pages = ["The first page of the run.", "The second page."]
    outputs = list(clean_many(pages, workers=1, pipeline=Pipeline.default(), timeout=1))
    assert _texts(outputs) == [_clean(p) for p in pages]
    # the budget still holds for the document itself once the worker is up
    outputs = list(clean_many([HANG, "After the hang."], workers=1, pipeline=TRAP, timeout=1))
    assert isinstance(outputs[0], ErrorRecord) and outputs[0].error == "Timeout"
    assert _texts(outputs)[1] == _clean("After the hang.")


def test_the_parent_warms_up_only_before_a_second_child(monkeypatch: pytest.MonkeyPatch) -> None:
    # one page with one worker (the command line's single page) pays for no warm-up it cannot share
    import newsclean.batch as batch

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("warm-up is for forked workers")
    calls: list[int] = []
    monkeypatch.setattr(batch, "_warm_up", lambda: calls.append(1))
    assert _texts(list(clean_many(["One page."], workers=1, timeout=30))) == [_clean("One page.")]
    assert calls == []
    list(clean_many(["One page.", "Two pages."], workers=2, timeout=30))
    assert calls == [1]
    outputs = list(clean_many([HANG, "After the hang."], workers=1, pipeline=TRAP, timeout=0.5))
    assert calls == [1, 1]  # before the replacement of the worker that hung
    assert isinstance(outputs[0], ErrorRecord) and _texts(outputs)[1] == _clean("After the hang.")
