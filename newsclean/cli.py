"""The ``newsclean`` command line: clean one page, or run a batch job over files and streams."""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from .batch import DEFAULT_TIMEOUT, Outcome, clean_records
from .charset import looks_binary
from .document import Result
from .io.readers import (
    GZIP_MAGIC,
    FieldNames,
    input_kind,
    is_page_or_records,
    kind_suffix,
    read_page_bytes,
    read_paths,
    walk,
)
from .io.writers import JsonlWriter, open_writer
from .pipeline import Pipeline

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C
MAX_ERRORS_SHOWN = 20

DESCRIPTION = """\
Clean scraped news pages: remove navigation, promos, captions, embeds and unrelated headlines,
keep a record of every removal, extract metadata and score signal and source reliability."""

CLEAN_EPILOG = """\
one page (a text, markdown or HTML file, or - for stdin):
  newsclean clean page.html                 print the clean text
  newsclean clean page.txt --json           print the whole result (text, metadata, removals, score...)
  curl -s https://example.org/a | newsclean clean - --url https://example.org/a

a batch (several files, a directory, JSONL, Parquet, WARC/WARC.gz), written as JSONL or Parquet
(a page file may be gzipped: page.html.gz; a directory's files that are no pages or records,
such as .json, .csv, images, styles and scripts, are skipped with a note unless --format is
given; the output file is never read as an input, and an existing file that is one, named or
in an input directory, is refused, not overwritten):
  newsclean clean pages/ -o clean.jsonl
  newsclean clean crawl.jsonl --text-field body --url-field link -o clean.parquet --workers 2
  newsclean clean CC-NEWS-20240101.warc.gz -o news.parquet --timeout 30
  cat pages.jsonl | newsclean clean - --format jsonl > clean.jsonl

settings:
  newsclean clean page.txt --config newsclean.toml --set trailing_headlines.min_items=4
  newsclean clean crawl.jsonl -o out.jsonl --profiles profiles.json   (= --set cross_page.profiles=...)

Each output row is {id, index, source, url, error} plus Result.to_dict(); a record that failed
(malformed line, missing field, undecodable bytes, timeout, crash) has only id, index, source and
error {type, message}; source names its place (file.jsonl:12). Progress and a summary go to stderr.

--timeout and --memory-limit hold for one page too (a page stopped by them exits 1);
--workers cannot speed up one page and is ignored there, with a warning.

exit status: 0 every record cleaned (also when there was none: an empty input directory is
warned about on stderr), 1 some records failed (all still written; one page: it failed, e.g.
timed out), 2 usage error (a bad option, or an input, output or settings file that cannot be
read or written), 130 interrupted (Ctrl-C)."""

PROFILE_EPILOG = """\
A record's source is the registrable domain of its URL. Records without URLs teach nothing
unless --source names the one source they all come from; give the same --source when cleaning.

examples:
  newsclean profile crawl/ -o profiles.json          learn which lines recur across each source
  newsclean clean crawl/ --profiles profiles.json -o clean.jsonl
  newsclean profile site-a/ --source site-a -o a.json     pages without URLs, all from one site
  newsclean clean site-a/ --profiles a.json --source site-a -o clean.jsonl"""


MAIN_EPILOG = """\
examples:
  newsclean clean page.html                     print one page's clean text (--json: the whole result)
  newsclean clean pages/ -o clean.jsonl         a batch (files, a directory, JSONL, Parquet, WARC) to JSONL
  newsclean profile crawl/ -o profiles.json     learn the lines each source repeats on every page ...
  newsclean clean crawl/ --profiles profiles.json -o clean.parquet   ... and drop them; *.parquet: Parquet

run 'newsclean clean --help' for every option (and 'newsclean profile --help')."""


class UsageError(Exception):
    """A problem with the command line, its files or its settings (exit status 2)."""


# -- arguments -------------------------------------------------------------------------------


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or - for stdin")
    p.add_argument("--format", choices=("text", "jsonl", "parquet", "warc"),
                   help="read every input as this format (default: by suffix; .jsonl .parquet .warc.gz, else one page)")
    fields = p.add_argument_group("record fields (JSONL and Parquet)")
    fields.add_argument("--text-field", default="text", metavar="NAME", help="field with the page text (default: text)")
    fields.add_argument("--html-field", default="html", metavar="NAME", help="field with the page HTML, used when text is absent or blank (default: html)")
    fields.add_argument("--url-field", default="url", metavar="NAME", help="field with the page URL (default: url)")
    fields.add_argument("--id-field", default="id", metavar="NAME", help="field with the record id (default: id; else file:line)")
    run = p.add_argument_group("running")
    run.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    run.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                     help=f"seconds per document before its worker is stopped and the record failed (default: {DEFAULT_TIMEOUT:g}; 0: no limit)")
    run.add_argument("--memory-limit", type=int, metavar="MB", help="memory a worker may add while cleaning one document; a blow-up fails the record (Linux)")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="progress line on stderr (default: when stderr is a terminal)")
    conf = p.add_argument_group("pipeline")
    conf.add_argument("--config", metavar="TOML", help="pipeline settings file (see Pipeline.from_config)")
    conf.add_argument("--set", action="append", default=[], metavar="CLEANER.SETTING=VALUE",
                      help="override one setting; VALUE is a TOML literal (4, true, \"x\", [1, 2]) or else a string; repeatable")


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``newsclean`` and its ``clean`` and ``profile`` commands."""
    parser = argparse.ArgumentParser(prog="newsclean", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=MAIN_EPILOG)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    clean = sub.add_parser("clean", help="clean one page (prints its text) or a batch (writes JSONL/Parquet)",
                           description="Clean one page and print its text, or clean many and write one row per record.",
                           formatter_class=argparse.RawDescriptionHelpFormatter, epilog=CLEAN_EPILOG)
    _add_common(clean)
    out = clean.add_argument_group("output")
    out.add_argument("-o", "--output", metavar="FILE",
                     help="write rows here: *.parquet as Parquet, else JSONL (default for a batch: JSONL on stdout)")
    out.add_argument("--json", action="store_true",
                     help="one page only: print the whole result as JSON instead of the text (a batch writes JSON rows)")
    out.add_argument("--url", help="one page: its URL (helps metadata and source reliability)")
    out.add_argument("--profiles", metavar="JSON", help="per-source profiles from 'newsclean profile' (= --set cross_page.profiles=JSON)")
    out.add_argument("--source", metavar="NAME",
                     help="with --profiles: every record is from this source (= --set cross_page.source=NAME)")
    out.add_argument("--no-input-text", action="store_true", help="leave input_text out of the rows and of --json (smaller output)")
    profile = sub.add_parser("profile", help="learn per-source profiles of recurring lines",
                             description="Clean pages and learn, per source, the lines that recur across its pages.",
                             formatter_class=argparse.RawDescriptionHelpFormatter, epilog=PROFILE_EPILOG)
    _add_common(profile)
    profile.add_argument("-o", "--output", required=True, metavar="JSON", help="where to write the profiles")
    profile.add_argument("--source", metavar="NAME",
                         help="every record is from this source (for records without URLs; default: each URL's domain)")
    return parser


def _version() -> str:
    from . import __version__

    return __version__


def parse_value(text: str) -> Any:
    """A ``--set`` value: a TOML literal if it parses as one, else the string itself."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def build_pipeline(
    config_path: str | None, overrides: Sequence[str], profiles: str | None = None, source: str | None = None
) -> Pipeline:
    """The pipeline from ``--config``, ``--set``, ``--profiles`` and ``--source``; raises UsageError."""
    config: dict[str, Any] = {}
    if config_path:
        try:
            config = tomllib.loads(Path(config_path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"--config {config_path}: {exc}") from None
    if profiles:
        overrides = [*overrides, f"cross_page.profiles={json.dumps(profiles)}"]
    if source:
        overrides = [*overrides, f"cross_page.source={json.dumps(source)}"]
    for item in overrides:
        key, sep, value = item.partition("=")
        name, dot, setting = key.strip().partition(".")
        if not (sep and dot and name and setting):
            raise UsageError(f"--set {item!r}: expected CLEANER.SETTING=VALUE, e.g. trailing_headlines.min_items=4")
        section = config.setdefault("html", {}) if name == "html" else config.setdefault("cleaners", {}).setdefault(name, {})
        section[setting] = parse_value(value.strip())
    # the profiles file is set last, so an error reading it names the option that gave it
    cleaners = config.get("cleaners")
    cross_page = cleaners.get("cross_page") if isinstance(cleaners, dict) else None
    path = cross_page.pop("profiles", None) if isinstance(cross_page, dict) else None
    pipeline = _pipeline_of(lambda: Pipeline.from_config(config))
    if path is None or "cross_page" not in pipeline.names:  # a disabled cleaner's file is not read
        return pipeline
    if isinstance(path, str) and path:
        check_profiles(path, "--profiles {}" if profiles else "setting cross_page.profiles={!r}")
    return _pipeline_of(lambda: pipeline.configure("cross_page", profiles=path))


def _pipeline_of(build: Callable[[], Pipeline]) -> Pipeline:
    try:
        return build()
    except (KeyError, TypeError, ValueError, OSError) as exc:
        raise UsageError(f"pipeline settings: {exc.args[0] if exc.args else exc}") from None


def _profiles_path(pipeline: Pipeline) -> Any:
    """The profiles file the pipeline's ``cross_page`` step reads, if any."""
    if "cross_page" not in pipeline.names:
        return None
    return pipeline.steps[pipeline.names.index("cross_page")].settings.get("profiles")


def check_profiles(path: str, option: str = "setting cross_page.profiles={!r}") -> None:
    """Read the profiles file ``path`` now; raises UsageError naming it and the option.

    The pipeline checks it too (``cross_page``'s settings check), in words that name the
    setting; ``option`` names where the path came from, with ``{}`` for the path
    (``"--profiles {}"``).
    """
    from .cleaners.cross_page import load_profiles  # the cleaner's own cached reader

    try:
        load_profiles(str(path))  # read once: the cleaner (and forked workers) reuse it
    except OSError as exc:
        raise UsageError(f"{option.format(path)}: cannot read it: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # not JSON, or JSON of another shape
        raise UsageError(f"{option.format(path)}: not a profiles file written by 'newsclean profile' ({exc})") from None


# -- progress and summary ------------------------------------------------------------------


class Progress:
    """A one-line progress counter on stderr, redrawn at most five times a second."""

    def __init__(self, stream: TextIO, enabled: bool):
        self.stream, self.enabled = stream, enabled
        self.start = time.monotonic()
        self.done = self.errors = 0
        self._drawn = 0.0

    @property
    def rate(self) -> float:
        """Documents per second so far."""
        elapsed = time.monotonic() - self.start
        return self.done / elapsed if elapsed > 0 else 0.0

    def update(self, failed: bool) -> None:
        """Count one document (``failed``: it became an error row) and redraw if due."""
        self.done += 1
        self.errors += failed
        now = time.monotonic()
        if self.enabled and now - self._drawn >= 0.2:
            self._drawn = now
            bar = "#" * (self.done // 50 % 20)
            self.stream.write(f"\r[{bar:<20}] {self.done} documents, {self.errors} errors, {self.rate:.1f} docs/s")
            self.stream.flush()

    def finish(self) -> None:
        """Clear the progress line and write the closing summary."""
        if self.enabled:
            self.stream.write("\r\033[K")
        elapsed = time.monotonic() - self.start
        self.stream.write(f"newsclean: {_count(self.done, 'document')}, {_count(self.errors, 'error')}, "
                          f"{self.rate:.1f} docs/s ({elapsed:.1f} s)\n")
        self.stream.flush()


def _count(n: int, noun: str) -> str:
    """``1 error``, ``2 errors``, ``0 errors``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


# -- commands ----------------------------------------------------------------------------------


def _check_inputs(inputs: Sequence[str], fmt: str | None = None) -> None:
    for name in inputs:
        if name != "-" and not Path(name).exists():
            raise UsageError(f"no such file or directory: {name}")
    if inputs.count("-") > 1:
        raise UsageError("stdin (-) can be read only once")
    if "-" in inputs and sys.stdin is None:  # started with stdin closed (<&-)
        raise UsageError("stdin (-) is closed; give a file instead")
    if "-" in inputs and fmt in ("parquet", "warc"):  # both readers need a file they can seek in
        raise UsageError(f"stdin (-) can be read as text or jsonl, not --format {fmt}; save it to a file first")


def _output_path(args: argparse.Namespace) -> Path | None:
    """The output file, or None for stdout (no -o, or -o -)."""
    return Path(args.output) if args.output and args.output != "-" else None


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return a.samefile(b)  # a hard link, or a path resolve() cannot see through
    except OSError:
        return False


def _walked_into(directory: Path, file: Path) -> bool:
    """True when reading ``directory`` would read ``file`` (see :func:`newsclean.io.walk`):
    it lies under it, on a path with no hidden part."""
    if not directory.is_dir():
        return False
    try:
        parts = file.resolve().relative_to(directory.resolve()).parts
    except ValueError:
        return False
    return not any(part.startswith(".") for part in parts)


def _check_output(output: Path | None, inputs: Sequence[str]) -> None:
    """Fail before any work if the output cannot be written or is one of the inputs.

    Leaves no file behind: a missing output file is created to prove it can be, then removed.
    """
    if output is None:
        return
    for name in inputs:
        if name != "-" and Path(name).is_file() and _same_file(Path(name), output):
            raise UsageError(f"-o {output}: the output file is also an input; write it elsewhere")
        if name != "-" and output.is_file() and _walked_into(Path(name), output):
            # writing would empty it before the directory is read: its records would be lost
            raise UsageError(f"-o {output}: the output file is also an input (a file in {name}); write it elsewhere")
    if output.is_dir():
        raise UsageError(f"-o {output}: is a directory; give a file name")
    parent = output.resolve().parent
    if not parent.is_dir():
        raise UsageError(f"-o {output}: directory {parent} does not exist")
    try:
        if output.exists():
            with output.open("ab"):  # appending changes nothing; it only proves the file is writable
                pass
        else:
            with output.open("xb"):
                pass
            output.unlink()
    except OSError as exc:
        raise UsageError(f"-o {output}: cannot write it: {exc.strerror or exc}") from None


def _records(args: argparse.Namespace, stderr: TextIO) -> Iterator[Any]:
    """The records of every input; directories skip the output file and are warned about when empty."""
    fields = FieldNames(args.text_field, args.html_field, args.url_field, args.id_field)
    output = _output_path(args)
    exclude = [output] if output is not None else []
    for name in args.inputs:
        if name == "-" and args.format in (None, "text"):
            yield {"id": "-", "text": sys.stdin.buffer.read(), "source": "-"}
        elif Path(name).is_dir():
            files = walk(name, exclude, every_file=True)
            if args.format is None:  # --format says every file is one: read them all
                skipped = [f for f in files if not is_page_or_records(f)]
                if skipped:
                    stderr.write(_not_pages_note(name, skipped))
                    files = [f for f in files if is_page_or_records(f)]
            if not files:
                stderr.write(f"newsclean: warning: no input files found in {name} (hidden files are skipped)\n")
            yield from read_paths(files, fields, args.format, strict=False)  # found, not named: errors are records
        else:
            yield from read_paths([name], fields, args.format)


def _not_pages_note(directory: str, skipped: list[Path]) -> str:
    """The note naming the files of a walked directory left out as no pages or records, by suffix."""
    kinds = Counter(map(kind_suffix, skipped))
    listed = ", ".join(f"{n} {suffix}" for suffix, n in sorted(kinds.items()))
    return (
        f"newsclean: note: skipped {_count(len(skipped), 'file')} in {directory} that are no pages or records "
        f"({listed}); name a file, or give --format, to read it\n"
    )


def _is_single_page(args: argparse.Namespace) -> bool:
    if args.output or len(args.inputs) != 1:
        return False
    name = args.inputs[0]
    if name == "-":
        return args.format in (None, "text")
    path = Path(name)
    # not a directory: a named pipe or <(curl ...) is one page, as - is (is_file() is False for them)
    return not path.is_dir() and (args.format or input_kind(path)) == "text"


def _run(args: argparse.Namespace, pipeline: Pipeline, stderr: TextIO) -> Iterator[Outcome]:
    return _outcomes(_records(args, stderr), args, pipeline, args.workers)


def _outcomes(records: Iterable[Any], args: argparse.Namespace, pipeline: Pipeline, workers: int) -> Iterator[Outcome]:
    """The records cleaned under the budgets of the command line (``--timeout``, ``--memory-limit``)."""
    return clean_records(records, workers=workers, pipeline=pipeline, timeout=args.timeout or None,
                         memory_limit_mb=args.memory_limit)


def _report(outcomes: Iterable[Outcome], progress: Progress, stderr: TextIO) -> Iterator[Outcome]:
    """Count each outcome, and name the first failures on stderr."""
    for outcome in outcomes:
        progress.update(outcome.error is not None)
        if outcome.error is not None and progress.errors <= MAX_ERRORS_SHOWN:
            e = outcome.error
            where = e.source or e.id or f"record {e.index}"
            clear = "\r\033[K" if progress.enabled else ""  # not on top of the progress line
            stderr.write(f"{clear}error: {where}: {e.error}: {e.message}{_hint(e.error)}\n")
        yield outcome
    if progress.errors > MAX_ERRORS_SHOWN:
        stderr.write(f"... and {_count(progress.errors - MAX_ERRORS_SHOWN, 'more error')} (see the output rows)\n")


def _hint(error: str) -> str:
    """The option that lifts the limit a record failed on, for a user who never gave it."""
    return "; --timeout SECONDS raises the limit (0: none)" if error == "Timeout" else ""


def _write_json(stdout: TextIO, data: dict[str, Any]) -> None:
    """One page's result as JSON; as ASCII escapes if stdout's encoding cannot hold its text."""
    try:
        stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except UnicodeEncodeError:  # e.g. a cp1252 stdout redirected to a file: the same JSON, lossless
        stdout.write(json.dumps(data, indent=2) + "\n")


def _write_text(stdout: TextIO, text: str) -> None:
    """One page's clean text; a UsageError, not a garbled page, if stdout's encoding cannot hold it."""
    try:
        stdout.write(text)
    except UnicodeEncodeError as exc:
        encoding = getattr(stdout, "encoding", None) or "its encoding"
        raise UsageError(
            f"stdout ({encoding}) cannot write {exc.object[exc.start:exc.end]!r} of the clean text; "
            "set PYTHONIOENCODING=utf-8, or use --json or -o FILE (both write every character)"
        ) from None


def _clean_page(args: argparse.Namespace, pipeline: Pipeline, stdout: TextIO, stderr: TextIO) -> int:
    """Clean one page and print its text (or ``--json``); 1 if it failed, as a batch record would.

    The page runs under the same budgets as a record of a batch: a user who gives ``--timeout``
    (or relies on its default) expects a page that hangs to be stopped, whether it comes alone
    or in a directory. ``--workers`` cannot make one page faster; it is warned about, not
    refused, so that one command line serves pages and batches alike (a shell loop, an alias).
    """
    name = args.inputs[0]
    if args.workers != 1:
        stderr.write(f"newsclean: warning: --workers {args.workers} has no effect on one page; it is cleaned by one worker\n")
    try:
        source = sys.stdin.buffer.read() if name == "-" else read_page_bytes(name)
    except (OSError, EOFError) as exc:  # unreadable, or a .gz that is not gzip
        raise UsageError(f"{name}: cannot read it: {exc}") from None
    _warn_if_not_a_page(name, source, stderr)
    record = {"id": name, "text": source, "url": args.url, "source": name}
    outcome = next(_outcomes([record], args, pipeline, workers=1))
    if outcome.error is not None:
        error = outcome.error
        stderr.write(f"newsclean: error: {name}: {error.error}: {error.message}{_hint(error.error)}\n")
        return EXIT_SOME_FAILED
    assert outcome.result is not None
    with _writing("stdout"):
        if args.json:
            data = outcome.result.to_dict()
            if args.no_input_text:
                data.pop("input_text", None)
            _write_json(stdout, data)
        else:
            text = outcome.result.text
            _write_text(stdout, text + ("\n" if text and not text.endswith("\n") else ""))
            stdout.flush()  # a full disk is reported here, not lost at exit
    return EXIT_OK


def _warn_if_not_a_page(name: str, source: bytes, stderr: TextIO) -> None:
    """Say why a page will print nothing: it is empty, or bytes that are no text (binary, gzip)."""
    name = "stdin (-)" if name == "-" else name
    if not source:
        stderr.write(f"newsclean: warning: {name} is empty: nothing to clean\n")
    elif source.startswith(GZIP_MAGIC):
        todo = "pipe it through gunzip" if name == "stdin (-)" else f"name it {Path(name).name}.gz, or gunzip it"
        stderr.write(f"newsclean: warning: {name} is gzip-compressed: as a page it is binary data, nothing to clean; {todo}\n")
    elif looks_binary(source):
        stderr.write(f"newsclean: warning: {name} is binary data, not a text, markdown or HTML page: nothing to clean\n")


@contextmanager
def _writing(where: str) -> Iterator[None]:
    """Turn a failed write (a full disk, an I/O error) into a UsageError naming ``where``.

    A closed pipe (``| head``) is no error: BrokenPipeError goes on to :func:`main`.
    """
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise UsageError(f"{where}: cannot write it: {exc.strerror or exc}") from None


def cmd_clean(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """``newsclean clean``: one page printed, or a batch written; returns the exit status."""
    pipeline = build_pipeline(args.config, args.set, args.profiles, args.source)
    if args.source and not _profiles_path(pipeline):  # it would name a source nothing reads
        raise UsageError("--source says which profile the pages are from: give --profiles FILE too")
    if _is_single_page(args):
        return _clean_page(args, pipeline, stdout, stderr)
    if args.url:  # a page with -o is a batch of one: its row's url comes from the record
        raise UsageError("--url is for one page printed on stdout, without -o; "
                         "a batch, or any -o, takes URLs from the records (--url-field)")
    if args.json:
        raise UsageError("--json is for one page printed on stdout, without -o; "
                         "a batch, or any -o, writes one JSON row per record")
    output = _output_path(args)
    _check_output(output, args.inputs)
    progress = Progress(stderr, _show_progress(args, stderr))
    try:
        writer = open_writer(output, input_text=not args.no_input_text) if output else JsonlWriter(stdout)
    except OSError as exc:  # checked above; this is a race with another process
        raise UsageError(f"-o {output}: cannot write it: {exc.strerror or exc}") from None
    with _writing(f"-o {output}" if output else "stdout"), writer:
        for outcome in _report(_run(args, pipeline, stderr), progress, stderr):
            writer.write(outcome.to_row(input_text=not args.no_input_text))
    progress.finish()
    return EXIT_SOME_FAILED if progress.errors else EXIT_OK


def cmd_profile(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """``newsclean profile``: learn per-source profiles and save them; returns the exit status."""
    from .profiles import (  # imported when used: they load the reliability data
        learn_profiles,
        source_key,
    )

    pipeline = build_pipeline(args.config, args.set)
    output = _output_path(args)
    if output is None:
        raise UsageError("-o -: profiles are written to a file, not to stdout")
    _check_output(output, args.inputs)  # before the work: saving comes only after the whole corpus
    progress = Progress(stderr, _show_progress(args, stderr))
    outcomes = _report(_run(args, pipeline, stderr), progress, stderr)
    counts = [0, 0]  # cleaned, and of those without a source (no URL): they teach nothing

    def key(result: Result) -> str | None:
        name = args.source or source_key(result.metadata.url)
        counts[0] += 1
        counts[1] += name is None
        return name

    profiles = learn_profiles((o.result for o in outcomes if o.result is not None), key=key)
    try:
        profiles.save(output)
    except OSError as exc:
        raise UsageError(f"-o {output}: cannot write it: {exc.strerror or exc}") from None
    progress.finish()
    if counts[1]:  # else an empty or partial profiles file is found only when cleaning removes nothing
        stderr.write(f"newsclean: warning: {counts[1]} of {counts[0]} cleaned records have no URL, so no "
                     "source, and taught nothing; give --source NAME if they all come from one site\n")
    return EXIT_SOME_FAILED if progress.errors else EXIT_OK


def _show_progress(args: argparse.Namespace, stderr: TextIO) -> bool:
    return args.progress if args.progress is not None else stderr.isatty()


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some records failed, 2 usage error)."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr or io.StringIO()  # stderr closed (2>&-): say nothing
    # trafilatura warns about every page it cannot extract; a batch reports those as results.
    # The library leaves other libraries' loggers alone: only the command line quiets this one.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    if args.workers < 1:
        stderr.write("newsclean: error: --workers must be at least 1\n")
        return EXIT_USAGE
    if not args.timeout >= 0:  # also NaN
        stderr.write(f"newsclean: error: --timeout {args.timeout:g}: must be seconds >= 0 (0: no limit)\n")
        return EXIT_USAGE
    if args.memory_limit is not None and args.memory_limit < 1:
        stderr.write(f"newsclean: error: --memory-limit {args.memory_limit}: must be at least 1 (MB)\n")
        return EXIT_USAGE
    if stdout is None and args.command == "clean" and args.output in (None, "-"):  # started with >&-
        stderr.write("newsclean: error: stdout is closed; give -o FILE for the output\n")
        return EXIT_USAGE
    command = cmd_clean if args.command == "clean" else cmd_profile
    try:
        _check_inputs(args.inputs, args.format)
        return command(args, stdout or io.StringIO(), stderr)
    except UsageError as exc:
        stderr.write(f"newsclean: error: {exc}\n")
        return EXIT_USAGE
    except ValueError as exc:  # a reader refusing an input (e.g. a Parquet file without the text column)
        stderr.write(f"newsclean: error: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # `newsclean clean ... | head`
        return EXIT_OK
    except KeyboardInterrupt:  # Ctrl-C: the rows written so far are closed properly, no traceback
        stderr.write("\nnewsclean: interrupted\n")
        return EXIT_INTERRUPTED

