"""Readers (JSONL, Parquet, WARC, files, directories) and writers (JSONL, Parquet)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsclean
from newsclean.batch import ErrorRecord, clean_records
from newsclean.io import (
    FieldNames,
    JsonlWriter,
    ParquetWriter,
    read_jsonl,
    read_parquet,
    read_paths,
    read_warc,
    walk,
)
from newsclean.io.schema import row_schema

MIXED = Path(__file__).resolve().parent.parent / "fixtures" / "batch" / "mixed.jsonl"
# line -> error type for the bad lines of the fixture (see fixtures/batch/make_mixed.py)
MIXED_ERRORS = {2: "JSONDecodeError", 4: "MissingField", 5: "DecodeError", 8: "TypeError", 9: "TypeError", 11: "JSONDecodeError"}
MIXED_GOOD = {1: "good-text", 3: "good-html", 7: "good-markdown", 10: "pathological", 12: "good-last"}
PAGE = "<html><body><article><p>{}</p></article></body></html>"


def test_mixed_jsonl_every_line_accounted_for() -> None:
    records = list(read_jsonl(MIXED))
    by_line = {int(_source(r).rsplit(":", 1)[1]): r for r in records}
    assert set(by_line) == set(MIXED_ERRORS) | set(MIXED_GOOD)  # line 6 is blank: not a record
    for line, error in MIXED_ERRORS.items():
        rec = by_line[line]
        assert isinstance(rec, ErrorRecord) and rec.error == error
    assert "line 5" in by_line[5].message and "line 2" in by_line[2].message
    for line, rid in MIXED_GOOD.items():
        rec = by_line[line]
        assert isinstance(rec, dict) and rec["id"] == rid
    assert by_line[3]["url"] == "https://www.example.org/news/tram" and "html" in by_line[3]


def _source(record: dict | ErrorRecord) -> str:
    return record.source if isinstance(record, ErrorRecord) else record["source"]


def test_jsonl_field_names_and_gzip(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl.gz"
    rows = [{"key": "k1", "body": "A story.", "link": "https://example.org/1"}, {"key": "k2", "text": "no body field"}]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = read_jsonl(path, FieldNames(text="body", html="page", url="link", id="key"))
    assert first == {"id": "k1", "text": "A story.", "url": "https://example.org/1", "source": f"{path}:1"}
    assert isinstance(second, ErrorRecord) and (second.id, second.error) == ("k2", "MissingField")
    assert "'body'" in second.message and second.source == f"{path}:2"


def test_a_url_that_is_not_a_string_is_an_error_record_not_dropped(tmp_path: Path) -> None:
    # a url field holding a number or an object is a mistake in the export: say so for that
    # record and clean the others; null and "" are no url
    rows = [{"id": "a", "text": "A story.", "url": 12}, {"id": "b", "text": "A story.", "url": {"href": "x"}},
            {"id": "c", "text": "A story.", "url": None}, {"id": "d", "text": "A story.", "url": ""},
            {"id": "e", "text": "A story.", "url": "https://example.org/e"}]
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    a, b, c, d, e = read_jsonl(path)
    assert isinstance(a, ErrorRecord) and (a.id, a.error, a.source) == ("a", "TypeError", f"{path}:1")
    assert "'url' field is int" in a.message
    assert isinstance(b, ErrorRecord) and "'url' field is dict" in b.message
    assert (c["url"], d["url"], e["url"]) == (None, None, "https://example.org/e")


def test_a_blank_text_field_gives_way_to_the_html_beside_it(tmp_path: Path) -> None:
    # a scraper whose extraction failed writes "text": "" next to the page it fetched
    page = PAGE.format("The council voted on Tuesday to extend the tram line.")
    rows = [{"id": "a", "text": "", "html": page}, {"id": "b", "text": " \n", "html": page},
            {"id": "c", "text": "", "html": None}, {"id": "d", "text": ""},
            {"id": "e", "text": "A story of its own.", "html": page}]
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    records = list(read_jsonl(path))
    assert [r.get("html") is not None for r in records] == [True, True, False, False, False]
    assert [r.get("text") for r in records] == [None, None, "", "", "A story of its own."]
    texts = [r.text for r in newsclean.clean_many(records, timeout=None)]  # type: ignore[union-attr]
    assert texts[:2] == [newsclean.clean(page).text] * 2 and texts[0]
    assert texts[2:4] == ["", ""]  # nothing else to clean: an empty result, as before


def test_parquet_rows_with_positions_and_nulls(tmp_path: Path) -> None:
    path = tmp_path / "pages.parquet"
    table = pa.table({"page": ["A story about trams.", None, PAGE.format("Trams again.")], "u": ["https://a.org/1", None, None]})
    pq.write_table(table, path, row_group_size=2)
    records = list(read_parquet(path, FieldNames(text="page", url="u"), batch_size=1))
    assert records[0] == {"id": f"{path}:1", "text": "A story about trams.", "url": "https://a.org/1", "source": f"{path}:1"}
    assert isinstance(records[1], ErrorRecord) and records[1].source == f"{path}:2"
    assert records[2]["text"].startswith("<html>")
    with pytest.raises(ValueError, match="no column 'body'"):
        list(read_parquet(path, FieldNames(text="body", html="raw")))


def _warc(path: Path, truncate: bool = False) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))

    def response(url: str, ctype: str, body: bytes) -> None:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

    response("https://news.example.org/a", "text/html; charset=utf-8", PAGE.format("First story.").encode())
    response("https://news.example.org/logo.png", "image/png", b"\x89PNG....")
    writer.write_record(writer.create_warc_record("https://news.example.org/b", "request", payload=io.BytesIO(b"GET /b")))
    response("https://news.example.org/b", "text/html", PAGE.format("Second story.").encode())
    for status, url in (("301 Moved Permanently", "https://news.example.org/old"), ("404 Not Found", "https://news.example.org/gone")):
        headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO(b"<html><body><p>Moved here.</p></body></html>")
        writer.write_record(writer.create_warc_record(url, "response", payload=body, http_headers=headers))
    data = buf.getvalue()
    path.write_bytes(data[: len(data) - 40] if truncate else data)


def test_warc_html_responses_only(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    records = list(read_warc(path))
    assert [r["url"] for r in records] == ["https://news.example.org/a", "https://news.example.org/b"]
    assert all(r["id"].startswith("<urn:uuid:") and "@" in r["source"] for r in records)
    assert "First story." in records[0]["html"]  # decoded with the header's charset
    assert b"Second story." in records[1]["html"]  # no charset: the bytes, for the page's own
    results = [o.result for o in clean_records(records, timeout=None)]
    assert results[1] is not None and "Second story." in results[1].text


def test_a_warc_pages_charset_comes_from_its_http_header(tmp_path: Path) -> None:
    # browsers rank the server's charset above the page's <meta>; a short page without one
    # in ISO-8859-2 was sniffed as another charset ("zvi¹ala ... èetrt")
    text = "Centralna banka je v sredo zvišala obrestno mero za četrt odstotne točke."
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", 'text/html; charset="ISO-8859-2"')], protocol="HTTP/1.1")
    body = f"<html><body><article><p>{text}</p></article></body></html>".encode("iso8859_2")
    writer.write_record(writer.create_warc_record("https://www.delo.si/a", "response", payload=io.BytesIO(body), http_headers=headers))
    path = tmp_path / "latin2.warc.gz"
    path.write_bytes(buf.getvalue())
    [record] = list(read_warc(path))
    assert text in record["html"]
    assert text in newsclean.clean(record["html"]).text


def test_truncated_warc_ends_with_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    _warc(path, truncate=True)
    records = list(read_warc(path))
    assert records[0]["url"] == "https://news.example.org/a"
    assert isinstance(records[-1], ErrorRecord) and "@" in (records[-1].source or "")


def test_directories_are_walked_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("A plain page.", encoding="utf-8")
    (tmp_path / "b" / "c.jsonl").write_text('{"text": "From JSONL."}\n', encoding="utf-8")
    (tmp_path / ".hidden").write_text("skip me", encoding="utf-8")
    records = list(read_paths([tmp_path]))
    assert [r["source"] for r in records] == [str(tmp_path / "a.txt"), f"{tmp_path / 'b' / 'c.jsonl'}:1"]
    assert records[0]["text"] == b"A plain page."  # bytes: the pipeline decodes them


def test_a_directory_walk_skips_the_excluded_output_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A plain page.", encoding="utf-8")
    out = tmp_path / "sub" / "out.jsonl"
    out.parent.mkdir()
    out.write_text('{"text": "A previous run."}\n', encoding="utf-8")
    # the exclusion compares resolved paths, so a relative spelling of the output still matches
    relative = Path(tmp_path.name) / "sub" / ".." / "sub" / "out.jsonl"
    assert walk(tmp_path, [tmp_path.parent / relative]) == [tmp_path / "a.txt"]
    records = list(read_paths([tmp_path], exclude=[out]))
    assert [r["source"] for r in records] == [str(tmp_path / "a.txt")]
    assert len(list(read_paths([tmp_path]))) == 2  # without the exclusion it is read


def test_a_directory_walk_leaves_out_files_that_are_no_pages_or_records(tmp_path: Path) -> None:
    for name in ("a.txt", "b.HTML", "c.jsonl.gz", "d.warc.gz", "e.json", "f.png", "g.css.gz", "h", "i.php"):
        (tmp_path / name).write_bytes(b"")
    kept = ["a.txt", "b.HTML", "c.jsonl.gz", "d.warc.gz", "h", "i.php"]  # no suffix, or a server's: pages
    assert [f.name for f in walk(tmp_path)] == kept
    assert len(walk(tmp_path, every_file=True)) == 9
    assert len(list(read_paths([tmp_path], fmt="text"))) == 9  # a format for every file reads them all


def test_gzipped_page_files_are_decompressed(tmp_path: Path) -> None:
    page = PAGE.format("A gzipped story about the harbour wall.").encode()
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(page))
    (tmp_path / "bad.html.gz").write_bytes(b"not gzip at all")
    good, bad = sorted(read_paths([tmp_path]), key=lambda r: isinstance(r, ErrorRecord))
    assert good["text"] == page
    assert "harbour wall" in newsclean.clean(good["text"]).text
    assert isinstance(bad, ErrorRecord) and bad.source == str(tmp_path / "bad.html.gz")
    assert bad.error == "BadGzipFile"


def test_a_file_that_is_not_parquet_names_itself(tmp_path: Path) -> None:
    path = tmp_path / "some.txt"
    path.write_text("plain text", encoding="utf-8")
    with pytest.raises(ValueError, match=r"some\.txt: not a Parquet file"):
        list(read_paths([path], fmt="parquet"))


def test_schema_covers_every_result_field() -> None:
    result = newsclean.clean("A plain page about trams.")
    names = set(row_schema().names)
    assert set(result.to_dict()) <= names and {"id", "index", "source", "url", "error"} <= names
    assert "input_text" not in row_schema(input_text=False).names


def _outcomes():
    records = [{"id": "a", "text": "A page about trams.\n\nRead more: other things"}, {"id": "b"}]
    return list(clean_records(records, timeout=None))


def test_jsonl_writer_rows(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    outcomes = _outcomes()
    with JsonlWriter(path) as w:
        for o in outcomes:
            w.write(o.to_row())
    good, bad = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    expected = outcomes[0].result
    assert expected is not None
    assert newsclean.Result.from_dict(good) == expected and good["error"] is None
    assert bad == {"id": "b", "index": 1, "source": None, "url": None,
                   "error": {"type": "MissingField", "message": "record has no 'text' or 'html' field"}}


def test_parquet_writer_rows(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    outcomes = _outcomes()
    with ParquetWriter(path, batch_size=1, input_text=False) as w:
        for o in outcomes:
            w.write(o.to_row(input_text=False))
    good, bad = pq.read_table(path).to_pylist()
    expected = outcomes[0].result
    assert expected is not None
    assert good["text"] == expected.text and good["removals"] == [r.to_dict() for r in expected.removals]
    assert good["score"] == expected.to_dict()["score"] and "input_text" not in good
    assert bad["text"] is None and bad["error"]["type"] == "MissingField"


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet", "-"])
def test_open_writer_without_input_text_leaves_it_out_in_every_format(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # input_text=False was honoured for Parquet only: JSONL rows still carried the whole page
    from newsclean.io import open_writer

    path = tmp_path / name if name != "-" else name
    with open_writer(path, input_text=False) as w:
        for o in _outcomes():
            w.write(o.to_row())  # a full row: the writer leaves the field out
    if name.endswith(".parquet"):
        rows = pq.read_table(path).to_pylist()
    else:
        text = capsys.readouterr().out if name == "-" else Path(path).read_text(encoding="utf-8")
        rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 2 and all("input_text" not in row for row in rows)
    assert rows[0]["text"] == _outcomes()[0].output.text
    with open_writer(tmp_path / "full.jsonl") as w:  # the default keeps it
        w.write(_outcomes()[0].to_row())
    assert "input_text" in json.loads((tmp_path / "full.jsonl").read_text(encoding="utf-8"))


def test_a_bom_at_the_start_of_a_jsonl_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "r1", "text": "First."}\n{"id": "r2", "text": "Second."}\n')
    assert [(r["id"], r["text"]) for r in read_jsonl(path)] == [("r1", "First."), ("r2", "Second.")]


# Lines a UTF-16 or UTF-32 reader must split right: CRLF ends, a blank line, a character outside
# the BMP (a surrogate pair in UTF-16) and U+0A41 U+4E00, whose UTF-16-LE bytes 41 0A 00 4E hold
# the bytes of a newline astride two characters.
WIDE_ROWS = [{"id": "r1", "text": "Caf\u00e9 opens \U0001f600."}, {"id": "r2", "text": "\u0a41\u4e00 two."}]
WIDE_TEXT = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in WIDE_ROWS[:1]) + "\r\n\r\n" + json.dumps(
    WIDE_ROWS[1], ensure_ascii=False) + "\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-32-le"]
)
def test_a_jsonl_file_in_utf_16_or_32_is_read_as_its_bom_or_zero_bytes_say(tmp_path: Path, encoding: str) -> None:
    # "utf-16" and "utf-32" write a byte order mark; "-le"/"-be" write none (JSON's zero-byte rule)
    path = tmp_path / "wide.jsonl"
    path.write_bytes(WIDE_TEXT.encode(encoding))
    records = list(read_jsonl(path))
    assert [(r["id"], r["text"], r["source"]) for r in records] == [  # type: ignore[index]
        ("r1", WIDE_ROWS[0]["text"], f"{path}:1"), ("r2", WIDE_ROWS[1]["text"], f"{path}:3")
    ]


def test_a_utf_16_jsonl_with_a_bad_line_is_one_error_for_that_line(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl.gz"
    good = [json.dumps({"id": f"r{i}", "text": f"Story {i}."}).encode("utf-16-le") for i in range(3)]
    bad = '{"text": "'.encode("utf-16-le") + b"\x00\xd8" + '"}'.encode("utf-16-le")  # a lone surrogate
    newline = "\n".encode("utf-16-le")
    path.write_bytes(gzip.compress(b"\xff\xfe" + newline.join([good[0], bad, good[1], good[2]]) + newline))
    records = list(read_jsonl(path))
    assert [r["id"] if isinstance(r, dict) else r.error for r in records] == ["r0", "DecodeError", "r1", "r2"]
    error = records[1]
    assert isinstance(error, ErrorRecord) and error.source == f"{path}:2"
    assert error.message.startswith("line 2 is not UTF-16-LE: ")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-32-be"])
def test_jsonl_lines_split_at_whole_characters_across_chunk_ends(encoding: str) -> None:
    from newsclean.io.readers import _lines

    data = WIDE_TEXT.encode(encoding)
    newline = "\n".encode(encoding)
    for size in (1, 3, 7, len(data)):
        chunks = [data[i : i + size] for i in range(0, len(data), size)]
        lines = [line.decode(encoding) for line in _lines(chunks, newline)]
        assert lines == WIDE_TEXT.splitlines(keepends=True)  # ["{r1}\r\n", "\r\n", "{r2}\n"]


def test_a_truncated_gzip_jsonl_keeps_its_complete_lines_then_one_error(tmp_path: Path) -> None:
    lines = [json.dumps({"id": str(i), "text": f"Story number {i} about the harbour."}) for i in range(200)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    records = list(read_jsonl(path))
    *good, last = records
    assert [r["id"] for r in good] == [str(i) for i in range(len(good))] and 50 < len(good) < 200
    assert isinstance(last, ErrorRecord) and last.error == "EOFError"
    assert last.source == f"{path}:{len(good) + 1}" and f"after line {len(good)}" in last.message


def _parquet_with_a_corrupt_row_group(path: Path) -> None:
    table = pa.table({"text": [f"Page number {i} about the tram line. " * 10 for i in range(15)]})
    pq.write_table(table, path, row_group_size=5, compression="none")
    data = bytearray(path.read_bytes())
    start = pq.ParquetFile(path).metadata.row_group(1).column(0).data_page_offset
    data[start : start + 40] = b"\xff" * 40  # the page header of rows 6-10
    path.write_bytes(bytes(data))


def test_a_corrupt_parquet_row_group_is_one_error_record_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.parquet"
    _parquet_with_a_corrupt_row_group(path)
    records = list(read_parquet(path, batch_size=3))
    assert [r.source if isinstance(r, ErrorRecord) else r["source"] for r in records] == [
        f"{path}:{n}" for n in (1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15)
    ]
    error = records[5]
    assert isinstance(error, ErrorRecord) and f"{path}: rows 6-10 (row group 1) cannot be read" in error.message


def test_a_file_found_in_a_directory_that_breaks_is_an_error_record_and_the_walk_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "A1."}\n{"text": "A2."}\n', encoding="utf-8")
    (tmp_path / "b.parquet").write_bytes(b"")  # 0 bytes: not Parquet
    (tmp_path / "c.jsonl").write_text('{"text": "C1."}\n', encoding="utf-8")
    records = list(read_paths([tmp_path]))
    assert [r["text"] if isinstance(r, dict) else r.error for r in records] == ["A1.", "A2.", "ValueError", "C1."]
    assert records[2].source == str(tmp_path / "b.parquet")  # type: ignore[union-attr]
    assert "not a Parquet file" in records[2].message  # type: ignore[union-attr]
    # named explicitly, the same file is a usage error, as --format parquet on a text file is
    with pytest.raises(ValueError, match=r"b\.parquet: not a Parquet file"):
        list(read_paths([tmp_path / "b.parquet"]))


def _plain_warc(gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for name in "abc":
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO(PAGE.format(f"Story {name} about the harbour wall.").encode())
        writer.write_record(writer.create_warc_record(f"https://news.example.org/{name}", "response",
                                                      payload=body, http_headers=headers))
    return buf.getvalue()


@pytest.mark.parametrize("gz", [True, False])
def test_a_warc_cut_anywhere_keeps_its_whole_records_and_says_where_it_broke(tmp_path: Path, gz: bool) -> None:
    from warcio.archiveiterator import ArchiveIterator

    data = _plain_warc(gz)
    records = ArchiveIterator(io.BytesIO(data))
    starts = [records.offset for _ in records][1:] + [len(data)]  # where each record after the first ends
    ends = [s - (0 if gz else 4) for s in starts]  # uncompressed: a record is followed by CRLF CRLF
    whole = list(read_warc(_write(tmp_path / "whole.warc", data)))
    assert len(whole) == 3 and not any(isinstance(r, ErrorRecord) for r in whole)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    for cut in range(1, len(data)):
        got = list(read_warc(_write(path, data[:cut])))  # never raises
        good = [r for r in got if not isinstance(r, ErrorRecord)]
        errors = [r for r in got if isinstance(r, ErrorRecord)]
        assert good == [{**r, "source": r["source"].replace("whole.warc", path.name)} for r in whole[: len(good)]]
        # every whole response (a gzip member cut in its trailer may still give its complete body),
        # and each body whole: the comparison with the uncut file above sees a partial one
        assert sum(cut >= end for end in ends[1:]) <= len(good) <= sum(cut > start for start in starts[:-1]), cut
        at_a_boundary = any(end <= cut <= start for end, start in zip(ends, starts, strict=True))
        assert len(errors) == (0 if at_a_boundary else 1), cut  # a cut between records cannot be seen
        if errors:
            assert got[-1] is errors[0]
            broken = max(start for start in [0, *starts[:-1]] if start < cut)  # the record the cut is in
            assert errors[0].source == f"{path}@{broken}" and f"at offset {broken}: " in errors[0].message, cut


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_gzipped_page_with_corrupt_data_is_an_error_record(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(bytes(range(256)) * 50))
    data[10:14] = b"\x07\xff\xff\xff"  # an invalid deflate block type (zlib.error, not OSError)
    path = tmp_path / "page.html.gz"
    path.write_bytes(bytes(data))
    (record,) = read_paths([path])
    assert isinstance(record, ErrorRecord) and record.error == "BadGzipFile" and record.source == str(path)
    assert "corrupt gzip data" in record.message


def test_a_lone_surrogate_in_a_row_does_not_stop_the_writers(tmp_path: Path) -> None:
    # json.loads('"\\ud83d"') gives a lone surrogate: an id cut mid-emoji by a scraper
    (outcome,) = clean_records([{"id": "\ud83d", "text": "A page about trams and the council vote."}], timeout=None)
    jsonl, parquet = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    with JsonlWriter(jsonl) as w:
        w.write(outcome.to_row())
    assert json.loads(jsonl.read_text(encoding="utf-8"))["id"] == "\ud83d"  # escaped, read back the same
    with ParquetWriter(parquet) as w:
        w.write(outcome.to_row())
    (row,) = pq.read_table(parquet).to_pylist()
    assert row["id"] == "\ufffd" and row["text"] == outcome.result.text


def test_a_file_that_is_no_warc_is_one_short_error(tmp_path: Path) -> None:
    # warcio quotes the file's first "line": for binary data, kilobytes in every message
    path = tmp_path / "junk.warc"
    path.write_bytes(bytes(range(128, 256)) * 40)  # no line break: one long "first line"
    (error,) = read_warc(path)
    assert isinstance(error, ErrorRecord) and error.error == "ArchiveLoadFailed"
    assert error.message.startswith(f"{path}: WARC truncated or corrupt in the record at offset 0: ")
    assert len(error.message) < 400 and error.message.endswith("first line: binary data (a gzip member inside an uncompressed WARC?)")


def test_a_warc_gzipped_whole_gives_its_first_record_and_one_line_saying_how_to_fix_it(tmp_path: Path) -> None:
    plain = tmp_path / "crawl.warc"
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for i in range(3):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = PAGE.format(f"Story {i}.").encode()
        writer.write_record(writer.create_warc_record(f"https://x.org/{i}", "response", payload=io.BytesIO(body), http_headers=headers))
    plain.write_bytes(buf.getvalue())
    whole = tmp_path / "crawl.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))  # gzip crawl.warc: one member, not one per record
    first, error = read_warc(whole)
    assert first["url"] == "https://x.org/0"
    assert isinstance(error, ErrorRecord) and "\n" not in error.message and "@-" not in error.source
    assert "warcio recompress" in error.message
