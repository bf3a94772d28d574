"""Many documents: ordered, streaming, one output per input, each under a time budget.

:func:`clean_many` is the public entry point. Documents go to worker *processes* (not threads,
not ``concurrent.futures``): a process that hangs on a pathological page, blows up its memory or
crashes is killed and replaced by a small supervisor here, its document is reported as an
:class:`ErrorRecord`, and the rest of the stream goes on. Outputs come back in input order through
a bounded reorder window, so memory stays flat however long the stream is.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from .document import Result
from .pipeline import Pipeline

DEFAULT_TIMEOUT = 60.0  # seconds per document; generous: a long HTML page takes well under 1 s
WINDOW_PER_WORKER = 16  # documents finished ahead of the oldest unfinished one, per worker
EXIT_OUT_OF_MEMORY = 75  # a worker's exit code for a MemoryError outside a clean
START_UP_SECONDS = 60.0  # what a worker may take to load, on top of its first document's budget
READY = "ready"  # a worker's first message: loaded, so its document's clock can start


@dataclass(frozen=True)
class ErrorRecord:
    """The output for an input that could not be cleaned (its place in the stream is kept).

    ``error`` is the exception type name, or ``Timeout``/``WorkerCrashed`` for documents the
    supervisor had to stop; readers use ``JSONDecodeError``, ``MissingField``, ``DecodeError``...
    ``source`` names where the record came from (``file.jsonl:12``) when a reader knows it.
    """

    id: str | None
    index: int
    error: str
    message: str
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The error as plain JSON types (the ``error`` row of the CLI's output)."""
        return {
            "id": self.id,
            "index": self.index,
            "source": self.source,
            "error": {"type": self.error, "message": self.message},
        }


@dataclass(frozen=True)
class Outcome:
    """One input and what became of it: exactly one of ``result`` and ``error`` is set."""

    index: int
    id: str | None
    source: str | None
    url: str | None
    result: Result | None = None
    error: ErrorRecord | None = None

    @property
    def output(self) -> Result | ErrorRecord:
        """The result, or the error record in its place (what :func:`clean_many` yields)."""
        return self.result if self.result is not None else self.error  # type: ignore[return-value]

    def to_row(self, input_text: bool = True) -> dict[str, Any]:
        """A flat JSON-ready row: ``id, index, source, url, error`` plus ``Result.to_dict()``."""
        row: dict[str, Any] = {"id": self.id, "index": self.index, "source": self.source, "url": self.url}
        if self.result is not None:
            data = self.result.to_dict()
            if not input_text:
                data.pop("input_text", None)
            row.update(data)
            row["error"] = None
        else:
            assert self.error is not None
            row["error"] = {"type": self.error.error, "message": self.error.message}
        return row


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    index: int
    id: str | None
    source: str | None
    url: str | None
    content: Any  # str or bytes to clean


def _job(index: int, record: Any) -> _Job | ErrorRecord:
    """Normalise one input record; a record that cannot be cleaned becomes an ErrorRecord."""
    if isinstance(record, ErrorRecord):  # a reader already knew it was bad: keep its place
        return ErrorRecord(record.id, index, record.error, record.message, record.source)
    if isinstance(record, (str, bytes, bytearray)):
        return _Job(index, None, None, None, record)
    if isinstance(record, Mapping):
        rid = record.get("id")
        rid = None if rid is None else str(rid)
        source = record.get("source")  # a label, like the id: a news API's {"name": ...} as its str
        source = None if source is None else str(source)
        text = record.get("text")
        # a blank text beside the page ("text": "" where a scraper's extraction failed) is no text
        blank = isinstance(text, (str, bytes, bytearray)) and not text.strip()
        key = "html" if text is None or (blank and record.get("html") is not None) else "text"
        content = record.get(key)
        if content is None:
            return ErrorRecord(rid, index, "MissingField", "record has no 'text' or 'html' field", source)
        if not isinstance(content, (str, bytes, bytearray)):
            return _wrong_type(rid, index, source, key, content, "str or bytes")
        url = record.get("url")
        if url is not None and not isinstance(url, str):  # str(5) would pass as a URL
            return _wrong_type(rid, index, source, "url", url, "str or None")
        return _Job(index, rid, source, (url or "").strip() or None, content)  # blank: no URL, as clean() reads it
    return ErrorRecord(
        None, index, "TypeError", f"records are str, bytes or dicts with 'text' or 'html', not {type(record).__name__}"
    )


def _wrong_type(rid: str | None, index: int, source: Any, key: str, value: Any, expected: str) -> ErrorRecord:
    # worded like the JSONL reader's, naming the field
    message = f"record field {key!r} is {type(value).__name__}, not {expected}"
    return ErrorRecord(rid, index, "TypeError", message, source)


OUT_OF_MEMORY = "out of memory cleaning this document (over the worker's memory limit, if one is set)"


def _clean_one(pipeline: Pipeline, job: _Job) -> Outcome:
    try:
        result = pipeline.clean(job.content, url=job.url)
    except MemoryError:  # its str() is empty
        return _failed(job, "MemoryError", OUT_OF_MEMORY)
    except Exception as exc:  # the pipeline is meant to be total; report, never stop the stream
        return _failed(job, type(exc).__name__, str(exc))
    return Outcome(job.index, job.id, job.source, job.url, result=result)


def _failed(job: _Job, error: str, message: str) -> Outcome:
    return Outcome(
        job.index, job.id, job.source, job.url, error=ErrorRecord(job.id, job.index, error, message, job.source)
    )


# -- worker processes ------------------------------------------------------------------------


def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker if the parent dies, even mid-document."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker_main(
    conn: Connection, config: dict[str, Any], memory_limit_mb: int | None, inherited: list[Connection]
) -> None:
    """Child process: build the pipeline once, then clean jobs until told to stop."""
    for other in inherited:  # forked copies of the parent's ends of the other workers' pipes:
        other.close()  # holding them would keep those workers from seeing EOF when the parent goes
    _die_with_parent()
    # Ctrl-C reaches the whole process group: the parent stops the workers, which would
    # otherwise each die printing a KeyboardInterrupt traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pipeline = Pipeline.from_config(config)
    # what every document needs (the built-in vocabularies, the language profiles) is loaded
    # before the first one's clock starts: a slow start-up is not that document's fault
    Pipeline.default().clean_text("Warm up the text stage once.")
    if memory_limit_mb:
        import resource

        # The limit is a budget per document: what every document needs (the pipeline, the
        # language profiles, the HTML parsers) is loaded before it, with headroom above what
        # the worker then maps. Loaded under it, a profile cut short by MemoryError was
        # reported as langdetect's "Profile format error".
        _warm_up()
        limit = _address_space() + memory_limit_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))  # a blow-up raises MemoryError here
    try:
        conn.send(READY)
        while True:
            try:
                job = conn.recv()
            except EOFError:  # the parent went away
                return
            if job is None:
                return
            conn.send(_clean_one(pipeline, job))
    except MemoryError:  # receiving the job or sending its result: the parent reports the job
        os._exit(EXIT_OUT_OF_MEMORY)  # no traceback on the user's terminal


def _address_space() -> int:
    """Bytes of address space this process maps now (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


class _Worker:
    """One child process, the job it holds and when that job must be done."""

    def __init__(self, ctx: Any, config: dict[str, Any], memory_limit_mb: int | None, others: list[_Worker]):
        self.conn, child = ctx.Pipe()
        inherited = [w.conn for w in others] if ctx.get_start_method() == "fork" else []
        args = (child, config, memory_limit_mb, inherited)
        self.process = ctx.Process(target=_worker_main, args=args, daemon=True)
        self.process.start()
        child.close()
        self.job: _Job | None = None
        self.deadline = float("inf")
        self.timeout: float | None = None
        self.ready = False  # READY received: the worker has loaded what every document needs

    def give(self, job: _Job, timeout: float | None) -> None:
        """Send the job; OSError (a broken pipe) if the worker has died, and then holds none."""
        self.conn.send(job)
        self.job, self.timeout = job, timeout
        # until the worker says it is ready, its loading time is allowed for on top of the budget
        budget = timeout + (0 if self.ready else START_UP_SECONDS) if timeout else None
        self.deadline = time.monotonic() + budget if budget else float("inf")

    def take(self) -> Outcome | None:
        """The outcome of the job held, or None for the worker's READY (which starts the job's clock)."""
        message: Outcome | str = self.conn.recv()
        if isinstance(message, str):
            self.ready = True
            if self.job is not None and self.timeout:
                self.deadline = time.monotonic() + self.timeout
            return None
        self.job, self.deadline = None, float("inf")
        return message

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        if self.job is None:  # idle: ask it to leave; a busy one is abandoned work, killed
            try:
                self.conn.send(None)
                self.process.join(1)
            except OSError:
                pass
        self.kill()


def _crashed(job: _Job, code: int | None) -> Outcome:
    """The outcome of a job whose worker died holding it."""
    if code == EXIT_OUT_OF_MEMORY:
        return _failed(job, "MemoryError", OUT_OF_MEMORY)
    return _failed(job, "WorkerCrashed", f"the worker died (exit code {code})")


def _context() -> Any:
    # fork: children start in milliseconds and inherit every cleaner registered in the parent
    # (plug-ins, test cleaners); elsewhere fall back to the platform default.
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else None)


def _warm_up() -> None:
    """Load what every worker needs once in the parent, so forked children share it.

    Only newsclean's own stages run here (never the configured cleaners, which might hang).
    """
    from .html import extract
    from .language import detect_language

    extract("<html><body><article><p>Warm up the HTML stack once.</p></article></body></html>")
    detect_language("warm up the language profiles once")


def _supervise(
    jobs: Iterator[_Job | ErrorRecord],
    workers: int,
    config: dict[str, Any],
    timeout: float | None,
    memory_limit_mb: int | None,
    window: int,
) -> Iterator[Outcome]:
    ctx = _context()
    # warmed up once in the parent before a second child is forked: one child alone (a single
    # page on the command line) loads what it needs itself, and no faster in the parent
    cold = ctx.get_start_method() == "fork"
    if cold and workers > 1:
        _warm_up()
        cold = False
    pool: list[_Worker] = []
    for _ in range(workers):
        pool.append(_Worker(ctx, config, memory_limit_mb, pool))

    def replace(i: int) -> None:
        nonlocal cold
        pool[i].kill()
        if cold:  # the next replacement, if any, starts warm too
            _warm_up()
            cold = False
        pool[i] = _Worker(ctx, config, memory_limit_mb, [w for w in pool if w is not pool[i]])

    def give(i: int, job: _Job) -> None:
        """Hand ``job`` to worker ``i``. One that died while idle (the OOM killer, a signal) is
        replaced and the job goes to the new one; if that one is dead too, the job fails."""
        for _ in range(2):
            try:
                pool[i].give(job, timeout)
                return
            except OSError:
                code = pool[i].process.exitcode
                replace(i)
        done[job.index] = _failed(job, "WorkerCrashed", f"no worker could take it (exit code {code})")
    done: dict[int, Outcome] = {}  # finished, waiting for their turn
    next_out = 0  # index of the next outcome to yield
    next_in = 0  # index the next job will get
    exhausted = False
    broken: BaseException | None = None  # what the input raised, re-raised once the jobs before it are out
    try:
        while True:
            # hand out jobs while a worker is idle and the reorder window has room
            for i in range(len(pool)):
                while pool[i].job is None and not exhausted and next_in - next_out < window:
                    try:
                        item = next(jobs, None)
                    except Exception as exc:  # the input broke: what was already pulled is still owed
                        broken, item = exc, None
                    if item is None:
                        exhausted = True
                        break
                    next_in += 1
                    if isinstance(item, ErrorRecord):
                        done[item.index] = Outcome(item.index, item.id, item.source, None, error=item)
                    else:
                        give(i, item)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy = [w for w in pool if w.job is not None]
            if not busy:
                if exhausted and next_out == next_in:
                    if broken is not None:
                        raise broken
                    return
                continue
            # results already waiting are taken first, so a slow consumer never times a job out
            now = time.monotonic()
            wait_for = max(0.0, min(w.deadline for w in busy) - now)
            handles = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            ready = set(wait(handles, timeout=None if wait_for == float("inf") else wait_for))
            for i, worker in enumerate(pool):
                if worker.job is None:
                    continue
                job = worker.job
                if worker.conn in ready:
                    try:
                        outcome = worker.take()
                        if outcome is not None:  # else the worker is ready and its job's clock started
                            done[outcome.index] = outcome
                        continue
                    except (EOFError, OSError):
                        pass  # died while answering: handled as a crash below
                if worker.conn in ready or worker.process.sentinel in ready:
                    worker.process.join(1)
                    done[job.index] = _crashed(job, worker.process.exitcode)
                elif time.monotonic() >= worker.deadline:
                    done[job.index] = _failed(job, "Timeout", f"not cleaned within {timeout:g} s; worker stopped")
                else:
                    continue
                replace(i)
    finally:
        for worker in pool:
            worker.stop()


def clean_records(
    records: Iterable[Any],
    workers: int = 1,
    pipeline: Pipeline | Mapping[str, Any] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_limit_mb: int | None = None,
    window: int | None = None,
) -> Iterator[Outcome]:
    """Like :func:`clean_many`, but each output comes with its input's id, source and url.

    Bad arguments (a str or a single dict as ``records``, ``workers < 1``, a bad pipeline config) raise here,
    at the call, not at the first ``next()``.
    """
    if isinstance(records, (str, bytes, bytearray)):  # iterable, but as characters, not pages
        raise TypeError(
            f"records is an iterable of records, not a single {type(records).__name__}: for one page pass [page]"
        )
    if isinstance(records, Mapping):  # iterable, but as its keys: each field name would be a page
        raise TypeError("records is an iterable of records, not a single dict: for one record pass [record]")
    _check_budgets(workers, timeout, memory_limit_mb, window)
    if pipeline is None:
        pipeline = Pipeline.default()
    elif not isinstance(pipeline, Pipeline):
        pipeline = Pipeline.from_config(pipeline)  # fail here, not in every worker
    return _outcomes(records, workers, pipeline, timeout, memory_limit_mb, window)


def _check_budgets(workers: int, timeout: float | None, memory_limit_mb: int | None, window: int | None) -> None:
    """Raise TypeError for a count that is not an int (``workers="2"``; a float memory limit
    failed every record inside the workers) and ValueError for a budget no document could
    meet (a negative timeout failed every record as a Timeout; a window below 1 handed out no
    work and spun forever)."""
    for name, value, optional in (("workers", workers, False), ("memory_limit_mb", memory_limit_mb, True),
                                  ("window", window, True)):
        if not (isinstance(value, int) and not isinstance(value, bool)) and not (optional and value is None):
            raise TypeError(f"{name} must be an int{' or None' if optional else ''}, not {type(value).__name__} ({value!r})")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float))):
        raise TypeError(f"timeout must be seconds (a number) or None, not {type(timeout).__name__} ({timeout!r})")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if timeout is not None and not timeout >= 0:  # also NaN
        raise ValueError(f"timeout must be seconds >= 0 (0 or None: no limit), not {timeout!r}")
    if memory_limit_mb is not None and not memory_limit_mb >= 1:
        raise ValueError(f"memory_limit_mb must be at least 1 (MB) or None, not {memory_limit_mb!r}")
    if window is not None and not window >= 1:
        raise ValueError(f"window must be at least 1 (outputs waiting for a slow one) or None, not {window!r}")


def _outcomes(
    records: Iterable[Any],
    workers: int,
    pipeline: Pipeline,
    timeout: float | None,
    memory_limit_mb: int | None,
    window: int | None,
) -> Iterator[Outcome]:
    jobs = (_job(i, record) for i, record in enumerate(records))
    if workers == 1 and timeout is None and memory_limit_mb is None:
        for job in jobs:  # nothing to supervise: clean in this process
            if isinstance(job, ErrorRecord):
                yield Outcome(job.index, job.id, job.source, None, error=job)
            else:
                yield _clean_one(pipeline, job)
        return
    yield from _supervise(
        jobs, workers, pipeline.to_config(), timeout, memory_limit_mb, window or WINDOW_PER_WORKER * workers
    )


def clean_many(
    records: Iterable[Any],
    workers: int = 1,
    pipeline: Pipeline | Mapping[str, Any] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_limit_mb: int | None = None,
    window: int | None = None,
) -> Iterator[Result | ErrorRecord]:
    """Clean a stream of records; yield one :class:`Result` or :class:`ErrorRecord` per record, in order.

    ``records``: an iterable (not a single ``str`` or dict, which raise ``TypeError``) of
    ``str``/``bytes`` pages, or dicts with ``text`` or ``html`` (``str`` or ``bytes``; ``html`` is
    cleaned when ``text`` is missing, None or blank) and optional
    ``url`` (``str``), ``id`` and ``source`` (any value, reported as its ``str``); a record with
    a missing or wrongly typed field becomes an
    :class:`ErrorRecord` (``ErrorRecord`` items from a reader pass through in their place).
    ``workers``: worker processes. ``pipeline``: a :class:`Pipeline` or its config dict (rebuilt
    once per worker). ``timeout``: seconds one document may take before its worker is killed and
    replaced (``None``: no budget; with ``workers=1`` the documents are then cleaned in this
    process). ``memory_limit_mb``: how much address space a worker may add on top of
    what it maps at start (a blow-up becomes a ``MemoryError`` record; Linux). ``window``: how many finished outputs may wait for a slow one
    (default 16 per worker); it bounds memory. If iterating ``records`` raises, the outputs of
    every record pulled before are yielded first, in order, then that exception is re-raised.

    >>> records = [{"id": "a", "text": "The council voted on Tuesday to approve the tram line."}, {"id": "b"}]
    >>> for out in clean_many(records, workers=2):
    ...     print(out.text if isinstance(out, Result) else f"{out.id}: {out.message}")
    The council voted on Tuesday to approve the tram line.
    b: record has no 'text' or 'html' field
    """
    outcomes = clean_records(records, workers, pipeline, timeout, memory_limit_mb, window)  # checks now
    return (outcome.output for outcome in outcomes)


def default_workers() -> int:
    """One worker per available core."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
