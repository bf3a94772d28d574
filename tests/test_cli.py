"""The command line: one page, batches, settings, exit status, and the bad-JSONL fixture."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import newsclean
from newsclean import Pipeline, cleaner
from newsclean.cli import build_pipeline, main, parse_value

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seeds" / "002_99f613d10e4c7134.txt"
MIXED = ROOT / "fixtures" / "batch" / "mixed.jsonl"
MIXED_ERROR_LINES = {2: "JSONDecodeError", 4: "MissingField", 5: "DecodeError", 8: "TypeError", 9: "TypeError", 11: "JSONDecodeError"}
MIXED_RECORDS = 11  # 12 lines, one blank


@cleaner("test_cli_giant_line_trap")
def giant_line_trap(doc: newsclean.Document) -> None:
    """Hangs on a page with a 100,000-character line, as a runaway regex would."""
    if any(len(block.text) >= 100_000 for block in doc.blocks):  # only the fixture's pathological page
        while True:
            time.sleep(0.01)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def cli(*argv: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsclean", *argv], input=stdin, capture_output=True, cwd=ROOT, timeout=120)


def _mixed_records() -> dict[int, dict]:
    """The good lines of the fixture, by line number, parsed independently of newsclean."""
    good = {}
    for number, raw in enumerate(MIXED.read_bytes().splitlines(), start=1):
        try:
            row = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(row, dict) and isinstance(row.get("text") or row.get("html"), str):
            good[number] = row
    return good


def test_one_page_prints_the_clean_text() -> None:
    code, out, _ = run("clean", str(SEED))
    assert code == 0
    assert out.rstrip("\n") == newsclean.clean(SEED.read_bytes()).text.rstrip("\n")


def test_one_page_json_is_the_whole_result() -> None:
    code, out, _ = run("clean", str(SEED), "--json", "--url", "https://www.lbc.co.uk/news/x/")
    assert code == 0
    expected = newsclean.clean(SEED.read_bytes(), url="https://www.lbc.co.uk/news/x/").to_dict()
    assert json.loads(out) == json.loads(json.dumps(expected))


def test_stdin_through_a_real_process() -> None:
    proc = cli("clean", "-", stdin=SEED.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8").rstrip("\n") == newsclean.clean(SEED.read_bytes()).text.rstrip("\n")


PATHOLOGICAL_LINE = 10  # cleaned, or stopped by the time budget: either way it is in the output


def test_mixed_jsonl_nothing_dropped(tmp_path: Path) -> None:
    out_path = tmp_path / "out.jsonl"
    code, _, err = run("clean", str(MIXED), "-o", str(out_path), "--workers", "2", "--timeout", "3")
    assert code == 1  # some records failed, all were written
    rows = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r["index"] for r in rows] == list(range(MIXED_RECORDS))
    lines = {int(r["source"].rsplit(":", 1)[1]): r for r in rows}
    errors = {n: r["error"]["type"] for n, r in lines.items() if r["error"]}
    pathological = errors.pop(PATHOLOGICAL_LINE, None)
    assert errors == MIXED_ERROR_LINES
    assert pathological in (None, "Timeout") and lines[PATHOLOGICAL_LINE]["id"] == "pathological"
    for number, record in _mixed_records().items():
        if number == PATHOLOGICAL_LINE:
            continue
        page = record.get("text") or record.get("html")
        assert lines[number]["error"] is None and lines[number]["id"] == record["id"]
        assert lines[number]["text"] == newsclean.clean(page, url=record.get("url")).text
    assert f"{MIXED_RECORDS} documents, {len(errors) + bool(pathological)} errors" in err
    for number in MIXED_ERROR_LINES:
        assert f"mixed.jsonl:{number}:" in err


def test_mixed_jsonl_exit_status_from_a_real_process(tmp_path: Path) -> None:
    proc = cli("clean", str(MIXED), "-o", str(tmp_path / "out.parquet"), "--no-input-text", "--timeout", "3")
    assert proc.returncode == 1, proc.stderr
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.num_rows == MIXED_RECORDS and "input_text" not in table.column_names
    errors = [e["type"] for e in table.column("error").to_pylist() if e is not None]
    assert len(errors) - errors.count("Timeout") == len(MIXED_ERROR_LINES)


def test_a_hanging_page_times_out_and_the_rest_are_written(tmp_path: Path) -> None:
    out_path = tmp_path / "out.jsonl"
    code, _, err = run("clean", str(MIXED), "-o", str(out_path), "--config", str(_trap_config(tmp_path)), "--timeout", "1")
    assert code == 1
    rows = {int(r["source"].rsplit(":", 1)[1]): r for r in map(json.loads, out_path.read_text().splitlines())}
    assert len(rows) == MIXED_RECORDS
    assert rows[PATHOLOGICAL_LINE]["id"] == "pathological" and rows[PATHOLOGICAL_LINE]["error"]["type"] == "Timeout"
    assert rows[12]["error"] is None and rows[12]["text"]
    assert f"{len(MIXED_ERROR_LINES) + 1} errors" in err
    assert err.count("--timeout SECONDS raises the limit") == err.count(": Timeout: ") >= 1  # on those lines only


def _trap_config(tmp_path: Path) -> Path:
    config = tmp_path / "trap.toml"
    names = [*Pipeline.default().names, "test_cli_giant_line_trap"]
    config.write_text(f"[pipeline]\ncleaners = {json.dumps(names)}\n", encoding="utf-8")
    return config


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_one_hanging_page_is_stopped_by_the_timeout_as_in_a_batch(tmp_path: Path, extra: list[str]) -> None:
    page = tmp_path / "giant.txt"
    page.write_text("The opening line of the story.\n\n" + "x" * 100_000 + "\n", encoding="utf-8")
    started = time.monotonic()
    code, out, err = run("clean", str(page), "--config", str(_trap_config(tmp_path)), "--timeout", "1", *extra)
    assert time.monotonic() - started < 20  # before the fix it never returned
    assert code == 1 and out == ""  # a page that failed, as a failed record of a batch
    assert f"newsclean: error: {page}: Timeout: not cleaned within 1 s" in err
    assert "--timeout SECONDS raises the limit (0: none)" in err  # the option, for one who never gave it


def test_workers_on_one_page_are_warned_about_and_the_page_is_cleaned() -> None:
    code, out, err = run("clean", str(SEED), "--workers", "3")
    assert code == 0 and out.rstrip("\n") == newsclean.clean(SEED.read_bytes()).text.rstrip("\n")
    assert "newsclean: warning: --workers 3 has no effect on one page" in err
    assert "warning" not in run("clean", str(SEED))[2]


def test_all_good_batch_exits_zero_and_writes_jsonl_to_stdout(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The council voted to extend the tram line.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>The tram line opens next year.</p></body></html>", encoding="utf-8")
    code, out, err = run("clean", str(tmp_path))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["id"]).name for r in rows] == ["a.txt", "b.html"] and all(r["error"] is None for r in rows)
    assert "2 documents, 0 errors" in err and "docs/s" in err


def test_jsonl_from_stdin_with_progress(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": str(i), "text": f"Story number {i} about the trams."}) + "\n" for i in range(3))
    proc = cli("clean", "-", "--format", "jsonl", "--progress", stdin=lines.encode())
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [(r["id"], r["source"]) for r in rows] == [("0", "-:1"), ("1", "-:2"), ("2", "-:3")]
    assert b"\r" in proc.stderr and b"3 documents, 0 errors" in proc.stderr


def test_a_utf_16_jsonl_on_stdin_is_read_not_failed_line_by_line() -> None:
    # as PowerShell's Out-File writes it: UTF-16-LE with a byte order mark, CRLF line ends
    lines = "".join(json.dumps({"id": str(i), "text": f"Story {i} about the caf\u00e9."}) + "\r\n" for i in range(3))
    proc = cli("clean", "-", "--format", "jsonl", stdin=lines.encode("utf-16"))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [(r["id"], r["error"], r["text"]) for r in rows] == [
        (str(i), None, f"Story {i} about the caf\u00e9.") for i in range(3)
    ]


def test_jsonl_field_names(tmp_path: Path) -> None:
    src = tmp_path / "crawl.jsonl"
    src.write_text(json.dumps({"key": "k", "body": "Trams are back.", "link": "https://example.org/t"}) + "\n")
    code, out, _ = run("clean", str(src), "--text-field", "body", "--url-field", "link", "--id-field", "key")
    row = json.loads(out)
    assert code == 0 and (row["id"], row["url"]) == ("k", "https://example.org/t")
    assert row["text"] == newsclean.clean("Trams are back.", url="https://example.org/t").text


@pytest.mark.parametrize(
    "argv",
    [
        ["clean", "no/such/file.txt"],
        ["clean", str(SEED), "--set", "no_such_cleaner.x=1"],
        ["clean", str(SEED), "--set", "cross_page.no_such_setting=1"],
        ["clean", str(SEED), "--set", "missing-equals"],
        ["clean", str(SEED), "--config", "no/such.toml"],
        ["clean", str(SEED), "--workers", "0"],
        ["clean", str(SEED), "--timeout", "-5"],
        ["clean", str(SEED), "--timeout", "nan"],
        ["clean", str(SEED), str(SEED), "--json"],
        ["clean", str(SEED), "--json", "-o", "out.jsonl"],
        ["clean"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(*argv)
    assert code == 2
    assert "error" in (err + capsys.readouterr().err)


def test_timeout_zero_means_no_limit() -> None:
    code, out, _ = run("clean", str(SEED), "--timeout", "0")
    assert code == 0 and out.strip()


def _pages(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_bytes(SEED.read_bytes())
    (pages / "b.txt").write_text("The council approved the tram line on Tuesday after a long debate.", encoding="utf-8")
    return pages


def test_output_inside_the_input_directory_is_not_read(tmp_path: Path) -> None:
    pages = _pages(tmp_path)
    out = pages / "out.jsonl"
    proc = cli("clean", str(pages), "-o", str(out))  # a real process: before the fix it never ended
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [row["source"] for row in rows] == [str(pages / "a.txt"), str(pages / "b.txt")]

@pytest.mark.parametrize("command", ["clean", "profile"])
def test_an_existing_file_of_the_input_directory_as_output_is_a_usage_error(tmp_path: Path, command: str) -> None:
    # writing would empty it before the directory is read: a page, or an earlier run's rows, lost
    pages = _pages(tmp_path)
    before = (pages / "b.txt").read_bytes()
    code, _, err = run(command, str(pages), "-o", str(pages / "b.txt"))
    assert code == 2 and "also an input" in err
    assert (pages / "b.txt").read_bytes() == before
    hidden = pages / ".cache" / "out.jsonl"  # a hidden path is never read: it may be written
    hidden.parent.mkdir()
    hidden.write_text("old rows\n")
    assert run("clean", str(pages), "-o", str(hidden))[0] == 0


def test_source_without_profiles_is_a_usage_error(tmp_path: Path) -> None:
    pages = _pages(tmp_path)
    code, _, err = run("clean", str(pages / "a.txt"), "--source", "tramtimes")
    assert code == 2 and "--profiles" in err


def test_output_given_as_an_input_is_a_usage_error(tmp_path: Path) -> None:
    pages = _pages(tmp_path)
    before = (pages / "b.txt").read_bytes()
    code, _, err = run("clean", str(pages / "a.txt"), str(pages / "b.txt"), "-o", str(tmp_path / "pages" / ".." / "pages" / "b.txt"))
    assert code == 2 and "also an input" in err
    assert (pages / "b.txt").read_bytes() == before


@pytest.mark.parametrize("name", ["x.jsonl", "x.parquet"])
def test_an_output_in_a_missing_directory_is_a_usage_error(tmp_path: Path, name: str) -> None:
    target = tmp_path / "no-such-dir" / name
    code, _, err = run("clean", str(SEED), str(SEED), "-o", str(target))
    assert code == 2 and str(target) in err and "does not exist" in err
    assert "Traceback" not in err


def test_an_unwritable_output_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("clean", str(SEED), str(SEED), "-o", "/proc/x.jsonl")
    assert code == 2 and "-o /proc/x.jsonl: cannot write it" in err
    code, _, err = run("clean", str(SEED), str(SEED), "-o", str(tmp_path))
    assert code == 2 and "is a directory" in err


def test_profile_checks_its_output_before_the_work(tmp_path: Path) -> None:
    crawl, _ = _corpus(tmp_path)
    target = tmp_path / "no-such-dir" / "p.json"
    code, _, err = run("profile", str(crawl), "-o", str(target))
    assert code == 2 and str(target) in err
    assert "documents" not in err  # nothing was cleaned: the summary line never printed
    # a writable new output is checked without leaving a file behind when the job then fails
    fresh = tmp_path / "fresh.json"
    code, _, err = run("profile", str(crawl), "-o", str(fresh), "--set", "missing-equals")
    assert code == 2 and not fresh.exists()


def test_bad_profiles_files_are_usage_errors_naming_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    code, _, err = run("clean", str(SEED), "--profiles", str(missing))
    assert code == 2 and f"--profiles {missing}: cannot read it" in err
    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    code, _, err = run("clean", str(SEED), "--profiles", str(bad))
    assert code == 2 and f"--profiles {bad}: not a profiles file" in err
    code, _, err = run("clean", str(SEED), "--set", f"cross_page.profiles={json.dumps(str(bad))}")
    assert code == 2 and "cross_page.profiles" in err and str(bad) in err


def test_not_parquet_names_the_file(tmp_path: Path) -> None:
    text = tmp_path / "some.txt"
    text.write_text("plain text", encoding="utf-8")
    code, _, err = run("clean", "--format", "parquet", str(text))
    assert code == 2 and f"{text}: not a Parquet file" in err


def test_an_empty_input_directory_is_warned_about(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".hidden").write_text("skipped", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = run("clean", str(empty), "-o", str(out))
    assert code == 0 and f"no input files found in {empty}" in err
    assert out.read_text() == ""


def test_a_directorys_data_and_asset_files_are_skipped_with_a_note(tmp_path: Path) -> None:
    # a scraper saves metadata, images and styles beside its pages: they are no pages to clean
    pages = tmp_path / "crawl"
    (pages / "img").mkdir(parents=True)
    (pages / "story.txt").write_text("The council met on Tuesday to agree the budget.", encoding="utf-8")
    (pages / "story.meta.json").write_text('{"title": "Budget"}', encoding="utf-8")
    (pages / "img" / "photo.JPG").write_bytes(b"\xff\xd8\xff")
    (pages / "style.css.gz").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    code, _, err = run("clean", str(pages), "-o", str(out))
    assert code == 0 and "skipped 3 files" in err and "(1 .css, 1 .jpg, 1 .json)" in err
    assert [json.loads(line)["source"] for line in out.read_text().splitlines()] == [str(pages / "story.txt")]
    # --format says what every file is: all are read, with no note
    code, _, err = run("clean", str(pages), "--format", "text", "-o", str(out))
    assert "skipped" not in err and len(out.read_text().splitlines()) == 4
    # a file named explicitly is always read
    code, _, _ = run("clean", str(pages / "story.meta.json"), "-o", str(out))
    assert code == 0 and len(out.read_text().splitlines()) == 1


def test_gzipped_pages_are_read(tmp_path: Path) -> None:
    import gzip

    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(SEED.read_bytes()))
    code, out, _ = run("clean", str(page))
    assert code == 0
    assert out.rstrip("\n") == newsclean.clean(SEED.read_bytes()).text.rstrip("\n") != ""
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(b"not gzip")
    code, _, err = run("clean", str(bad))
    assert code == 2 and f"{bad}: cannot read it" in err


def test_top_level_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--help")[0] == 0
    text = capsys.readouterr().out
    for needle in ("newsclean clean page.html", "-o clean.jsonl", "-o clean.parquet", "--profiles profiles.json",
                   "newsclean profile", "run 'newsclean clean --help' for every option"):
        assert needle in text


def test_usage_error_exit_status_from_a_real_process() -> None:
    proc = cli("clean", "--no-such-option", str(SEED))
    assert proc.returncode == 2 and b"usage:" in proc.stderr


def test_help_explains_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("clean", "--help")[0] == 0
    text = capsys.readouterr().out
    for needle in ("--json", "stdin", "-o", "--workers", "--set", "exit status", "newsclean clean page.html"):
        assert needle in text


@pytest.mark.parametrize(
    ("literal", "value"),
    [("4", 4), ("0.5", 0.5), ("true", True), ('"quoted"', "quoted"), ("[1, 2]", [1, 2]), ("plain words", "plain words")],
)
def test_set_values_are_toml_literals_or_strings(literal: str, value: object) -> None:
    assert parse_value(literal) == value


def test_set_and_config_reach_the_pipeline(tmp_path: Path) -> None:
    from newsclean.profiles import learn_profiles

    config = tmp_path / "newsclean.toml"
    config.write_text('[pipeline]\ndisable = ["cross_page"]\n[cleaners.cross_page]\nprofiles = "missing.json"\n', encoding="utf-8")
    assert "cross_page" not in build_pipeline(str(config), []).names  # a disabled cleaner's file is not read
    profiles = tmp_path / "p.json"
    learn_profiles([]).save(profiles)
    pipe = build_pipeline(None, [f"cross_page.profiles={json.dumps(str(profiles))}"])
    assert pipe.steps[pipe.names.index("cross_page")].settings == {"profiles": str(profiles)}
    same = build_pipeline(None, [], profiles=str(profiles))
    assert same.to_config() == pipe.to_config()
    code, _, err = run("clean", str(SEED), "--set", "cross_page.profiles=5")
    assert code == 2 and "'cross_page' setting profiles=5 is int" in err


def _corpus(tmp_path: Path) -> tuple[Path, list[dict]]:
    """Four articles of one site, each ending with the same self-description line."""
    topics = ["the tram line", "the new library", "the harbour wall", "the school budget"]
    records = [
        {
            "id": f"t{i}",
            "url": f"https://www.tramtimes.example.org/news/{i}",
            "text": f"The council voted on Tuesday to approve {topic}, after a long debate in the chamber.\n\n"
                    f"Opponents said {topic} would cost far more than planned and asked for an audit.\n\n"
                    "Tram Times is an independent newspaper serving the valley since 1901.",
        }
        for i, topic in enumerate(topics)
    ]
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path, records


@pytest.mark.parametrize("bad", [1, 2, 21, 22])
def test_the_summary_counts_in_words_that_agree_with_the_number(bad: int, tmp_path: Path) -> None:
    lines = ["{not json"] * bad + ([json.dumps({"text": "A council voted to extend the tram line."})] if bad > 1 else [])
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run("clean", str(crawl), "-o", str(tmp_path / "out.jsonl"))
    documents = len(lines)
    assert code == 1
    assert f"newsclean: {documents} document{'s' * (documents > 1)}, {bad} error{'s' * (bad > 1)}, " in err
    assert err.count("JSONDecodeError") == min(bad, 20)  # the first 20 are named, then a count
    more = bad - 20
    assert (f"... and {more} more error{'s' * (more > 1)} (see the output rows)" in err) == (more > 0)


def test_profile_then_clean_with_profiles(tmp_path: Path) -> None:
    from newsclean.profiles import Profiles, learn_profiles

    crawl, records = _corpus(tmp_path)
    profiles = tmp_path / "profiles.json"
    code, _, err = run("profile", str(crawl), "-o", str(profiles))
    assert code == 0 and "4 documents, 0 errors" in err and "warning" not in err  # every record has a URL
    learned = learn_profiles(newsclean.clean(r["text"], url=r["url"]) for r in records)
    assert Profiles.load(profiles) == learned

    out = tmp_path / "out.jsonl"
    assert run("clean", str(crawl), "--profiles", str(profiles), "-o", str(out))[0] == 0
    pipe = Pipeline.default().configure("cross_page", profiles=str(profiles))
    for row, record in zip(map(json.loads, out.read_text().splitlines()), records, strict=True):
        assert row["text"] == pipe.clean(record["text"], url=record["url"]).text
        assert "independent newspaper" not in row["text"]
        assert any(r["cleaner"] == "cross_page" for r in row["removals"])


def test_profile_and_clean_records_without_urls_with_source(tmp_path: Path) -> None:
    crawl, records = _corpus(tmp_path)
    crawl.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records), encoding="utf-8")
    profiles = tmp_path / "profiles.json"

    # Without URLs and without --source, nothing is learned: no record has a source, and
    # stderr says so rather than leaving an empty profiles file to be found later.
    code, _, err = run("profile", str(crawl), "-o", str(profiles))
    assert code == 0 and json.loads(profiles.read_text())["sources"] == {}
    assert f"warning: {len(records)} of {len(records)} cleaned records have no URL" in err
    assert "--source NAME" in err

    code, _, err = run("profile", str(crawl), "--source", "tramtimes", "-o", str(profiles))
    assert code == 0 and "warning" not in err
    out = tmp_path / "out.jsonl"
    assert run("clean", str(crawl), "--profiles", str(profiles), "--source", "tramtimes", "-o", str(out))[0] == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == len(records)
    for row in rows:
        assert "independent newspaper" not in row["text"]
        assert any(r["cleaner"] == "cross_page" for r in row["removals"])


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_broken_file_in_a_directory_is_an_error_row_and_the_run_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    lines = [json.dumps({"id": f"a{i}", "text": f"Story {i} about the harbour wall."}) for i in range(4)]
    (inputs / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (inputs / "b.parquet").write_bytes(b"")  # 0 bytes: not Parquet
    data = gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0)
    cut = data[: len(data) - 20]  # the gzip trailer and the end of the last line are cut off
    whole_lines = zlib.decompressobj(31).decompress(cut).count(b"\n")
    assert 0 < whole_lines < 4
    (inputs / "c.jsonl.gz").write_bytes(cut)
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        code, _, err = run("clean", str(inputs), "-o", str(out), "--workers", workers)
        assert code == 1, err
        rows = _rows(out)
        assert [r["id"] for r in rows[:4]] == ["a0", "a1", "a2", "a3"]  # the 4th line of a.jsonl too
        assert rows[4]["source"] == str(inputs / "b.parquet") and rows[4]["error"]["type"] == "ValueError"
        end = 5 + whole_lines
        assert [r["id"] for r in rows[5:end]] == [f"a{i}" for i in range(whole_lines)]
        assert rows[end]["error"]["type"] == "EOFError" and len(rows) == end + 1
        assert rows[end]["source"] == f"{inputs / 'c.jsonl.gz'}:{whole_lines + 1}"
        assert "Traceback" not in err


def test_a_truncated_warc_writes_its_whole_records_and_one_error_row(tmp_path: Path) -> None:
    import io as _io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = _io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for name in "ab":
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = _io.BytesIO(f"<html><body><article><p>Story {name} about the tram line.</p></article></body></html>".encode())
        writer.write_record(writer.create_warc_record(f"https://news.example.org/{name}", "response",
                                                      payload=body, http_headers=headers))
    data = buf.getvalue()
    second = data.index(b"WARC/1.0", 10)
    for cut in (second + 40, second + len(data[second:]) // 2):  # in the 2nd record's headers, in its body
        path = tmp_path / "cut.warc"
        path.write_bytes(data[:cut])
        out = tmp_path / "out.jsonl"
        code, _, err = run("clean", str(path), "-o", str(out))
        rows = _rows(out)
        assert code == 1 and len(rows) == 2 and "Traceback" not in err, err
        assert rows[0]["url"] == "https://news.example.org/a" and rows[0]["error"] is None
        assert rows[1]["source"] == f"{path}@{second}" and rows[1]["error"]["type"] in ("EOFError", "AttributeError")


def test_memory_limit_below_one_mb_is_a_usage_error() -> None:
    code, _, err = run("clean", str(MIXED), "--memory-limit", "-5")
    assert code == 2 and "--memory-limit -5: must be at least 1 (MB)" in err


@pytest.mark.parametrize("fmt", ["warc", "parquet"])
def test_stdin_as_warc_or_parquet_is_a_usage_error(fmt: str) -> None:
    code, _, err = run("clean", "-", "--format", fmt)
    assert code == 2 and f"stdin (-) can be read as text or jsonl, not --format {fmt}" in err


def test_closed_stdin_is_a_usage_error() -> None:
    proc = subprocess.run([sys.executable, "-m", "newsclean", "clean", "-"], capture_output=True, cwd=ROOT,
                          timeout=120, preexec_fn=lambda: os.close(0))
    assert proc.returncode == 2 and b"stdin (-) is closed" in proc.stderr and b"Traceback" not in proc.stderr


def test_one_page_json_without_input_text() -> None:
    code, out, _ = run("clean", str(SEED), "--json", "--no-input-text")
    data = json.loads(out)
    assert code == 0 and "input_text" not in data
    assert data["text"] == newsclean.clean(SEED.read_bytes()).text


CJK_PAGE = "東京都の議会は予算案を可決した。The council passed the budget on Tuesday after a long debate."


def _legacy_stdout() -> io.TextIOWrapper:
    """A stdout like a Windows one redirected to a file: cp1252, which has no CJK."""
    return io.TextIOWrapper(io.BytesIO(), encoding="cp1252", write_through=True)


def test_one_page_json_on_a_stdout_that_cannot_encode_it_is_ascii_json(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(CJK_PAGE, encoding="utf-8")
    out, err = _legacy_stdout(), io.StringIO()
    code = main(["clean", str(page), "--json"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    data = json.loads(out.buffer.getvalue().decode("ascii"))  # type: ignore[attr-defined]
    assert data["text"] == newsclean.clean(page.read_bytes()).text


def test_one_page_text_on_a_stdout_that_cannot_encode_it_says_what_to_do(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(CJK_PAGE, encoding="utf-8")
    err = io.StringIO()
    code = main(["clean", str(page)], stdout=_legacy_stdout(), stderr=err)
    assert code == 2
    assert "stdout (cp1252) cannot write" in err.getvalue() and "PYTHONIOENCODING=utf-8" in err.getvalue()


CTRL_C_SCRIPT = """
import pathlib, sys, time
import newsclean
from newsclean.cli import main

@newsclean.cleaner("test_cli_wait_for_ctrl_c")
def wait(doc):
    if "<<wait>>" in doc.input_text:
        pathlib.Path(sys.argv[1]).touch()  # tell the test the batch is under way
        while True:
            time.sleep(0.01)

sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("extra", [["--workers", "2"], ["--timeout", "0"]])
def test_ctrl_c_stops_a_batch_without_tracebacks(tmp_path: Path, extra: list[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": t}) + "\n" for t in ["The tram opens.", "<<wait>>", "Buses too."]))
    config = tmp_path / "wait.toml"
    names = [*Pipeline.default().names, "test_cli_wait_for_ctrl_c"]
    config.write_text(f"[pipeline]\ncleaners = {json.dumps(names)}\n", encoding="utf-8")
    started, out = tmp_path / "started", tmp_path / "out.jsonl"
    argv = ["clean", str(src), "-o", str(out), "--config", str(config), *extra]
    proc = subprocess.Popen([sys.executable, "-c", CTRL_C_SCRIPT, str(started), *argv], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as in a terminal
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and b"newsclean: interrupted" in err
    assert all(json.loads(line) for line in out.read_text().splitlines())  # what was written is whole


def test_a_named_pipe_is_one_page_as_stdin_is(tmp_path: Path) -> None:
    # as <(curl -s URL) gives it: not a regular file, yet one page, printed as text
    import threading

    fifo = tmp_path / "page.fifo"
    os.mkfifo(fifo)
    page = "A page read from a pipe, about the harbour wall and the storm."

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write(page)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    code, out, err = run("clean", str(fifo))
    writer.join(5)
    assert code == 0, err
    assert out == newsclean.clean(page).text + "\n"


def test_a_closed_stdout_is_a_usage_error_unless_the_output_is_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)  # started with >&-
    err = io.StringIO()
    assert main(["clean", str(SEED)], stderr=err) == 2
    assert "stdout is closed; give -o FILE" in err.getvalue()
    assert main(["clean", str(SEED), "-o", str(tmp_path / "out.jsonl")], stderr=io.StringIO()) == 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    ("argv", "where"),
    [([str(SEED)], "stdout"), ([str(SEED), "--json"], "stdout"), ([str(MIXED)], "stdout"),
     ([str(MIXED), "-o", "/dev/full"], "-o /dev/full")],
)
def test_a_full_disk_is_a_usage_error_naming_the_output(argv: list[str], where: str) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "newsclean", "clean", *argv, "--timeout", "0"],
                              stdout=full, stderr=subprocess.PIPE, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.decode().strip().splitlines()[-1] == f"newsclean: error: {where}: cannot write it: No space left on device"


@pytest.mark.parametrize(
    ("content", "warning"),
    [
        (b"", "is empty: nothing to clean"),
        (bytes(range(256)) * 8, "is binary data, not a text, markdown or HTML page"),
        (gzip.compress(b"<html><body><p>A page.</p></body></html>"), "is gzip-compressed: as a page it is binary data"),
    ],
)
def test_a_page_that_prints_nothing_says_why(tmp_path: Path, content: bytes, warning: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(content)
    code, out, err = run("clean", str(page))
    assert code == 0 and out == ""
    assert f"newsclean: warning: {page} {warning}" in err
    assert "warning" not in run("clean", str(SEED))[2]


def test_jsonl_that_is_no_text_is_refused_once_not_line_by_line(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": str(i), "text": f"Story {i} about the tram."}) + "\n" for i in range(50))
    packed = tmp_path / "crawl.jsonl"  # gzip, without the .gz name
    packed.write_bytes(gzip.compress(lines.encode()))
    code, out, err = run("clean", str(packed))
    assert code == 2 and out == ""
    assert err == f"newsclean: error: {packed}: gzip-compressed, but read as plain JSONL; name it crawl.jsonl.gz, or gunzip it\n"
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 40)
    code, _, err = run("clean", str(junk), "--format", "jsonl")
    assert code == 2 and f"newsclean: error: {junk}: not JSON Lines but binary data" in err
    # found in a directory, it is one error row, and the other files are read
    (tmp_path / "good.jsonl").write_text(lines, encoding="utf-8")
    out_path = tmp_path / "out" / "rows.jsonl"
    out_path.parent.mkdir()
    code, _, err = run("clean", str(tmp_path), "--format", "jsonl", "-o", str(out_path))
    rows = _rows(out_path)
    assert code == 1 and len(rows) == 52
    assert [r["source"] for r in rows if r["error"]] == [str(packed), str(junk)]


def test_url_or_json_with_an_output_file_says_why_it_is_refused(tmp_path: Path) -> None:
    out = str(tmp_path / "out.jsonl")
    code, _, err = run("clean", str(SEED), "--url", "https://example.org/a", "-o", out)
    assert code == 2 and "--url is for one page printed on stdout, without -o" in err
    code, _, err = run("clean", str(SEED), "--json", "-o", out)
    assert code == 2 and "--json is for one page printed on stdout, without -o" in err
