"""Bad input stays bad input: never a crash, and an honest score."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.html import extract

SENTENCES = [
    f"Paragraph {i}: the regional council said on Tuesday that the new bus line number {i} "
    f"would open in spring, after {i + 2} years of planning and a public consultation."
    for i in range(6)
]
ARTICLE = "".join(f"<p>{s}</p>" for s in SENTENCES)


def test_broken_markup() -> None:
    page = "<html><body><div><p>Unclosed <b>bold <i>nest</b></i><table><tr><td>cell<p>" + ARTICLE + "</span></div>"
    result = newsclean.clean(page)
    assert SENTENCES[0] in result.input_text and SENTENCES[-1] in result.input_text


def test_ten_thousand_nested_elements() -> None:
    page = "<html><body>" + "<div>" * 10_000 + ARTICLE + "</div>" * 10_000 + "</body></html>"
    result = newsclean.clean(page)
    assert SENTENCES[0] in result.input_text  # libxml2 alone would drop everything below depth 256


def test_ten_thousand_unclosed_elements() -> None:
    result = newsclean.clean("<html><body>" + "<div><span>" * 10_000 + ARTICLE)
    assert SENTENCES[0] in result.input_text


def test_twenty_megabyte_page() -> None:
    filler = "".join(f"<div class='row'><a href='/y{i}'>Link {i}</a> filler words in a div</div>\n" for i in range(260_000))
    page = f"<html><head><script>{'x' * 1000}</script></head><body><article>{ARTICLE}</article>{filler}</body></html>"
    assert len(page) > 20_000_000
    result = newsclean.clean(page)
    assert SENTENCES[0] in result.input_text
    assert result.score.signal_fraction < 0.5  # most of the page was not article


def test_binary_junk() -> None:
    junk = random.Random(0).randbytes(200_000)
    result = newsclean.clean(junk)
    assert result.text == "" and result.score.signal_fraction == 0


def test_binary_junk_inside_html() -> None:
    # Mostly binary (5,000 junk bytes beside a 1 KB article): the page is binary, not text.
    junk = random.Random(1).randbytes(5_000)
    result = newsclean.clean(b"<html><body>" + ARTICLE.encode() + junk + b"</body></html>")
    assert result.text == "" and result.score.signal_fraction == 0
    # A little junk after the article: the page is still HTML, and its article survives.
    junk = random.Random(1).randbytes(40)
    result = newsclean.clean(b"<html><body>" + ARTICLE.encode() + junk + b"</body></html>")
    assert SENTENCES[0] in result.text and SENTENCES[-1] in result.text


@pytest.mark.parametrize("char", ["\x01", "\x08", "\x0e", "\x1b", "\x1f", "\ufffe", "\uffff"])
def test_a_control_character_does_not_cost_the_article(char: str) -> None:
    # XML forbids these characters; left in the tree, they made the extractor return nothing.
    result = newsclean.clean(f"<html><body>{ARTICLE}<p>An odd{char}character.</p></body></html>")
    assert all(s in result.text for s in SENTENCES)
    assert "An oddcharacter." in result.text


def test_wrong_charset_declaration() -> None:
    text = "Der Gemeinderat in Zürich hat am Dienstag über die Erhöhung der Gebühren für Müllabfuhr beraten."
    body = "".join(f"<p>{text} Absatz {i}.</p>" for i in range(4))
    declared_utf8_but_cp1252 = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode("cp1252")
    declared_latin1_but_utf8 = f"<html><head><meta charset='iso-8859-1'></head><body>{body}</body></html>".encode()
    for page in (declared_utf8_but_cp1252, declared_latin1_but_utf8):
        assert "Gemeinderat in Zürich" in newsclean.clean(page).input_text


@pytest.mark.parametrize("declared", ["<meta charset='utf-8'>", ""])
def test_a_utf8_page_with_a_few_stray_bytes_stays_utf8(declared: str) -> None:
    # One broken byte in a crawl, or a footer pasted in latin-1: a browser shows the page as
    # UTF-8 with a replacement character; read as cp1252, every accent and dash turns to mojibake.
    text = "Der Gemeinderat in Zürich hat am Dienstag über die Erhöhung der Gebühren beraten — wieder."
    body = "".join(f"<p>{text} Absatz {i}.</p>" for i in range(4))
    page = f"<html><head>{declared}</head><body>{body}".encode() + b"<p>\xa9 Soci\xe9t\xe9</p></body></html>"
    result = newsclean.clean(page)
    assert "Gemeinderat in Zürich" in result.input_text and "beraten — wieder" in result.input_text
    assert "Ã" not in result.input_text


def test_a_latin1_page_that_claims_utf8_with_one_valid_pair_is_still_latin1() -> None:
    # "É”" (0xC9 0x94 in cp1252) happens to be a valid UTF-8 pair; the rest of the page is not
    body = "<p>Le président a déclaré à la presse que l'été serait chaud, «ÉTÉ”.</p>" * 3
    page = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode("cp1252")
    assert "Le président a déclaré" in newsclean.clean(page).input_text


def test_declared_legacy_charset() -> None:
    text = "Правительство объявило о новом бюджете, который увеличивает расходы на школы и дороги."
    page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'></head><body>"
    page += "".join(f"<p>{text} Номер {i}.</p>" for i in range(4)) + "</body></html>"
    assert "Правительство объявило" in newsclean.clean(page.encode("cp1251")).input_text


def test_empty_documents() -> None:
    for page in ("", b"", "<html></html>", "<html><body></body></html>", "   ", b"\xef\xbb\xbf"):
        result = newsclean.clean(page)
        assert result.text == "" and result.score.signal_fraction == 0


def test_headline_index_page() -> None:
    items = "".join(
        f"<li><a href='/story/{i}'>Minister announces plan number {i} for new rail links in the north</a></li>"
        for i in range(60)
    )
    page = f"<html><body><h1>Latest news</h1><nav><a href='/'>Home</a></nav><ul>{items}</ul></body></html>"
    result = newsclean.clean(page)
    assert len(result.text) < 200  # not a heap of headlines
    assert result.score.signal_fraction < 0.1


def _teasers(n: int) -> str:
    return "".join(
        f"<article class='teaser'><h2><a href='/s/{i}'>Headline number {i} about the regional rail plan</a></h2>"
        f"<p>Summary {i}: officials in the region said the plan would cost more than expected and take years.</p>"
        f"<time datetime='2021-05-0{i % 9 + 1}'>May</time></article>"
        for i in range(n)
    )


def test_index_of_teasers_says_so() -> None:
    page = f"<html><head><meta property='og:type' content='website'></head><body><main><h1>Latest</h1>{_teasers(30)}</main></body></html>"
    result = newsclean.clean(page)
    assert result.text == "" and result.score.signal_fraction == 0
    assert extract(page).hints["page_kind"] == "index"


def test_an_article_listing_links_is_still_an_article() -> None:
    head = "<meta property='og:type' content='article'>"
    page = f"<html><head>{head}</head><body><main><h1>The week in rail</h1>{_teasers(30)}</main></body></html>"
    extraction = extract(page)
    assert extraction.hints["page_kind"] == "article" and "Summary 3:" in extraction.text


def test_extract_accepts_bytes() -> None:
    assert SENTENCES[0] in extract(f"<html><body>{ARTICLE}</body></html>".encode()).text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<", ">", "/", "=", "\"", " ", "a", "div", "p", "<p>", "</div>", "<!--", "<html>", "&", "#", "\n"])).map("".join))
def test_any_markup_soup_never_raises(soup: str) -> None:
    result = newsclean.clean("<html><body>" + soup)
    assert 0 <= result.score.signal_fraction <= 1


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_never_raise(data: bytes) -> None:
    result = newsclean.clean(b"<html><body>" + data)
    assert 0 <= result.score.signal_fraction <= 1
    assert result.input_format in ("html", "text", "markdown")


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=80))
def test_a_little_junk_after_the_article_never_costs_it(junk: bytes) -> None:
    result = newsclean.clean(b"<html><body>" + ARTICLE.encode() + junk + b"</body></html>")
    assert SENTENCES[0] in result.text and SENTENCES[-2] in result.text


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Президент России заявил во вторник, что переговоры продолжатся на следующей неделе.", "cp1251"),
        ("Президент России заявил во вторник, что переговоры продолжатся.", "iso8859_5"),
        ("Ο πρόεδρος δήλωσε την Τρίτη ότι οι διαπραγματεύσεις θα συνεχιστούν.", "cp1253"),
        # short Western pages stay cp1252: their few accents do not call for a guess
        ("Der Gemeinderat in Zürich hat am Dienstag über die Gebühren beraten.", "cp1252"),
        ("El presidente señaló el martes que las negociaciones continuarán.", "cp1252"),
        ("Un été très chaud à Paris.", "cp1252"),
    ],
)
def test_a_short_undeclared_legacy_page_is_decoded(text: str, encoding: str) -> None:
    assert newsclean.clean(text.encode(encoding)).text == text


@pytest.mark.parametrize("reference", ["&#1;", "&#x1B;", "&#31;", "&#xFFFE;", "&#65535;"])
def test_a_reference_to_a_control_character_does_not_cost_the_article(reference: str) -> None:
    result = newsclean.clean(f"<html><body>{ARTICLE}<p>An odd{reference}character.</p></body></html>")
    assert all(s in result.text for s in SENTENCES)


def test_references_to_real_characters_are_kept() -> None:
    result = newsclean.clean(f"<html><body>{ARTICLE}<p>Caf&#233; &#x2014; line&#10;break&#128512;</p></body></html>")
    assert "Café —" in result.text and "\U0001f600" in result.text


@pytest.mark.parametrize(
    "page",
    [
        f"<html><body><article>{ARTICLE[:400]}</html>{ARTICLE[400:]}</article></body></html>",  # a stray </html>
        f"<html><body><article>{ARTICLE[:400]}</article></body></html><article>{ARTICLE[400:]}</article>",
        f"<html><body>{ARTICLE[:400]}</body></html><html><body>{ARTICLE[400:]}</body></html>",  # two pasted
    ],
)
def test_text_after_an_early_end_of_document_is_kept(page: str) -> None:
    assert ARTICLE[:400].count("</p>") < len(SENTENCES)  # the split falls inside the article
    result = newsclean.clean(page)
    assert SENTENCES[-1] in result.text


def test_a_lone_surrogate_in_a_str_gives_a_result_that_can_be_written() -> None:
    page = "A cut emoji \ud83d in a page about the new tram line, which opens on Friday."
    result = newsclean.clean(page)
    assert result.input_text == page.replace("\ud83d", "\ufffd")  # one for one: offsets hold
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")  # no surrogate left to fail on
