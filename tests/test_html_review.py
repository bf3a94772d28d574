"""The HTML path as a hostile user drives it: odd encodings, odd structure, odd sizes."""

from __future__ import annotations

from unittest.mock import patch

import pytest
import trafilatura

import newsclean
from newsclean.charset import decode_bytes
from newsclean.decode import decode, fix_c1_controls
from newsclean.html import extract

SENTENCES = [
    f"Paragraph {i}: the regional council said on Tuesday that the new bus line number {i} "
    f"would open in spring, after {i + 2} years of planning and a public consultation."
    for i in range(5)
]
ARTICLE = "".join(f"<p>{s}</p>" for s in SENTENCES)
QUOTED = "The council\u2019s \u201cfinal\u201d report \u2014 out on Tuesday \u2014 said the caf\u00e9 would reopen in spring."


@pytest.mark.parametrize(
    ("opening", "closing", "levels"),
    [
        ("<table><tr><td>", "</td></tr></table>", 3_400),
        ("<blockquote>", "</blockquote>", 10_000),
        ("<ul><li>", "</li></ul>", 5_000),
        ("<article>", "</article>", 10_000),
        ("<dl><dd>", "</dd></dl>", 5_000),
    ],
)
def test_any_tag_nested_ten_thousand_deep_keeps_the_text(opening: str, closing: str, levels: int) -> None:
    # libxml2 drops everything below its depth limit, whatever the tag that nests
    page = "<html><body>" + opening * levels + ARTICLE + closing * levels + "</body></html>"
    result = newsclean.clean(page)
    assert all(s in result.text for s in SENTENCES)


def test_a_deep_page_in_capitals_keeps_its_paragraphs_and_hides_its_scripts() -> None:
    article = ARTICLE.replace("<p>", "<P>").replace("</p>", "</P>")
    levels = 3_400
    page = "<HTML><HEAD><SCRIPT>var trackingCode = 1;</SCRIPT></HEAD><BODY>" + "<TABLE><TR><TD>" * levels
    result = newsclean.clean(page + article + "</TD></TR></TABLE>" * levels + "</BODY></HTML>")
    assert "trackingCode" not in result.input_text
    assert result.text.split("\n\n") == SENTENCES


def test_an_article_only_in_noscript_is_read() -> None:
    # a page rendered by script gives readers without script its text in <noscript>
    page = f"<html><body><div id='app'></div><noscript><article>{ARTICLE}</article></noscript></body></html>"
    result = newsclean.clean(page)
    assert all(s in result.text for s in SENTENCES)


def test_noscript_beside_an_article_stays_out() -> None:
    page = f"<html><body><noscript>Please enable JavaScript to view this site.</noscript><article>{ARTICLE}</article></body></html>"
    result = newsclean.clean(page)
    assert "JavaScript" not in result.input_text and SENTENCES[0] in result.text


def test_a_frameset_gives_its_noframes_text() -> None:
    page = (
        "<html><head><title>Frames</title></head><frameset cols='20%,80%'><frame src='menu.html'>"
        f"<noframes><body>{ARTICLE}</body></noframes></frameset></html>"
    )
    result = newsclean.clean(page)
    assert all(s in result.text for s in SENTENCES)
    assert "<p>" not in result.input_text


@pytest.mark.parametrize("page", ["<html><head><title>Only a head</title></head></html>", "<frameset><frame src='a.html'></frameset>"])
def test_a_page_with_no_body_has_no_text_and_no_noise(page: str) -> None:
    result = newsclean.clean(page)
    assert result.text == "" and result.score.noise_chars == 0


def test_a_page_that_is_only_a_script_is_html_with_no_text() -> None:
    result = newsclean.clean("<script>var headline = 'The council said on Tuesday that the line would open.';</script>")
    assert result.input_format == "html" and result.text == ""


def test_text_cut_off_a_huge_page_counts_as_noise() -> None:
    line = "Some words of a long page that the extractor never reads."
    page = f"<html><body><article>{ARTICLE}</article>" + f"<div>{line}</div>" * 100 + "</body></html>"
    cut = extract(page, max_chars=len(ARTICLE) + 100)
    assert SENTENCES[0] in cut.text
    assert cut.hints["extra_noise_chars"] >= 99 * len(line.replace(" ", ""))


@pytest.mark.parametrize(("blocks", "fast"), [(10, False), (200, True)])
def test_a_page_of_more_elements_than_the_bound_goes_without_the_fallback_extractors(blocks: int, fast: bool) -> None:
    seen: list[bool] = []
    real = trafilatura.extract

    def spy(tree, **kwargs):  # noqa: ANN001, ANN202 (trafilatura's own signature)
        seen.append(kwargs["fast"])
        return real(tree, **kwargs)

    page = f"<html><body><article>{ARTICLE}</article>" + "<div><p>A short block.</p></div>" * blocks + "</body></html>"
    with patch.object(trafilatura, "extract", spy):
        got = extract(page, fallback_max_elements=200)
    assert seen == [fast] and SENTENCES[0] in got.text


def test_c1_controls_are_the_cp1252_characters_they_were_read_from() -> None:
    # cp1252 bytes read as latin-1: "\x93" is a left double quote, and it was lost as a control
    misread = QUOTED.encode("cp1252").decode("latin-1")
    assert fix_c1_controls(misread) == QUOTED
    assert decode(misread)[0] == QUOTED
    result = newsclean.clean(f"<html><body>{ARTICLE}<p>{misread}</p></body></html>")
    assert QUOTED in result.text


def test_c1_characters_cp1252_leaves_undefined_stay() -> None:
    assert fix_c1_controls("a\x81b\x9dc") == "a\x81b\x9dc"


def test_declared_latin1_is_read_as_browsers_read_it() -> None:
    # browsers read latin-1 as cp1252: the curly quotes and dashes (bytes 0x91-0x97) are kept
    page = f"<html><head><meta charset='iso-8859-1'></head><body>{ARTICLE}<p>{QUOTED}</p></body></html>"
    result = newsclean.clean(page.encode("cp1252"))
    assert QUOTED in result.text


@pytest.mark.parametrize(
    ("text", "declared", "encoding"),
    [
        ("\u5317\u4eac\u5e02\u653f\u5e9c\u5468\u4e8c\u5ba3\u5e03\uff0c\u65b0\u7ebf\u8def\u660e\u5e74\u5f00\u901a\u3002\u9555", "gb2312", "gb18030"),
        ("\u6771\u4eac\u90fd\u306f\u2460\u65b0\u3057\u3044\u8def\u7dda\u3092\u767a\u8868\u3057\u305f\u3002", "shift_jis", "cp932"),
    ],
)
def test_a_declared_charset_is_read_as_its_browser_superset(text: str, declared: str, encoding: str) -> None:
    # the page uses a character the declared charset lacks and its superset has
    page = f"<html><head><meta charset='{declared}'></head><body><p>{text}</p></body></html>".encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        page.decode(declared)
    assert text in decode_bytes(page)


@pytest.mark.parametrize("declared", ["utf-16", "utf-16le", "utf-32"])
def test_a_declared_utf16_without_a_bom_is_ignored(declared: str) -> None:
    # invalid UTF-8, and (with the right padding) valid UTF-16: decoded so, it is all noise
    text = "Der B\u00fcrgermeister sagte am Dienstag, dass die neue Stra\u00dfenbahnlinie im Fr\u00fchjahr er\u00f6ffnet werde."
    page = f'<html><head><meta charset="{declared}"></head><body><p>{text}</p><p>{text}</p>'
    data = (page + "</body></html>").encode("cp1252")
    if declared != "utf-32":
        data = next(d for pad in range(4) if _decodes(d := (page + " " * pad + "</body></html>").encode("cp1252"), declared))
    assert text in decode_bytes(data)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def test_a_short_undeclared_page_cp1252_cannot_decode_is_sniffed() -> None:
    text = "\u6771\u4eac\u90fd\u306f\u706b\u66dc\u65e5\u3001\u65b0\u3057\u3044\u8def\u9762\u96fb\u8eca\u306e\u8def\u7dda\u3092\u6765\u5e74\u6625\u306b\u958b\u696d\u3059\u308b\u3068\u767a\u8868\u3057\u305f\u3002"
    page = f"<html><head><title>T</title></head><body><article><h1>Headline here</h1><p>{text}</p></article></body></html>"
    data = page.encode("shift_jis")
    assert len(data) < 512 and "\ufffd" in data.decode("cp1252", "replace")
    assert text in decode_bytes(data)


@pytest.mark.parametrize(
    "page",
    [
        "\ufeff<p>The council met on Tuesday.</p><p>It approved the budget.</p>",  # a BOM read as text
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>The council met on Tuesday.</p></body></html>',
        "<frameset><frame src='a.html'></frameset>",
        "<title>Council</title><p>The council met on Tuesday.</p>",
    ],
)
def test_pages_that_open_oddly_are_html(page: str) -> None:
    text, fmt = decode(page)
    assert fmt == "html" and not text.startswith("\ufeff")
