"""Metadata from markup that is valid but odd: how pages really write JSON-LD, names, dates, URLs."""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml.html import document_fromstring

import newsclean
from newsclean.htmlmeta import extract_metadata, normalise_date, strip_site_suffix

ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves the budget"}
BODY = "".join(
    f"<p>Paragraph {i}: the regional council said on Tuesday that the new bus line number {i} "
    f"would open in spring, after {i + 2} years of planning and a public consultation.</p>"
    for i in range(5)
)


def page(head: str = "", body: str = "<p>Text.</p>") -> Any:
    return document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def jsonld(raw: str) -> str:
    return f'<script type="application/ld+json">{raw}</script>'


@pytest.mark.parametrize(
    "raw",
    [
        "//<![CDATA[\n{}\n//]]>",  # the CDATA wrapper written for old browsers, commented out for JS
        "<![CDATA[{}]]>",
        "<!-- {} -->",
        '{} {{"@type": "WebSite", "name": "Daily Planet"}}',  # two objects one after another
        '{}\n{{"@type": "WebSite", "name": "Daily Planet"}}',
    ],
)
def test_wrapped_or_concatenated_jsonld_is_read(raw: str) -> None:
    data = json.dumps({**ARTICLE, "author": {"@type": "Person", "name": "Jane Doe"}})
    meta = extract_metadata(page(jsonld(raw.format(data))))
    assert meta["authors"] == ["Jane Doe"]


def test_jsonld_nested_too_deep_does_not_cost_the_article() -> None:
    # json raises RecursionError (not ValueError) on nesting this deep
    head = jsonld("[" * 100_000 + "]" * 100_000)
    result = newsclean.clean(f"<html><head>{head}</head><body><article>{BODY}</article></body></html>")
    assert "Paragraph 4: the regional council" in result.text


@pytest.mark.parametrize("type_", ["schema:NewsArticle", "https://schema.org/NewsArticle", "http://schema.org/NewsArticle"])
def test_a_type_written_as_an_iri_is_the_type(type_: str) -> None:
    data = {**ARTICLE, "@type": type_, "author": "Jane Doe"}
    assert extract_metadata(page(jsonld(json.dumps(data))))["authors"] == ["Jane Doe"]


@pytest.mark.parametrize(
    "author",
    [
        {"@type": "Person", "name": "<a href='/staff/jane'>Jane Doe</a>"},  # markup around the name
        {"@type": "Person", "name": "&lt;b&gt;Jane Doe&lt;/b&gt;"},  # escaped markup
        {"@type": "Person", "givenName": "Jane", "familyName": "Doe"},  # no name, its parts
        {"@type": "Person", "name": ["Jane Doe"]},  # a list where one value goes
    ],
)
def test_person_names_as_pages_write_them(author: dict[str, Any]) -> None:
    meta = extract_metadata(page(jsonld(json.dumps({**ARTICLE, "author": author}))))
    assert meta["authors"] == ["Jane Doe"]


def test_markup_in_a_headline_is_removed_and_entities_resolved() -> None:
    data = {**ARTICLE, "headline": "Tom &amp; Jerry&#8217;s &lt;em&gt;big&lt;/em&gt; day: 2 < 3 and 5 > 4"}
    assert extract_metadata(page(jsonld(json.dumps(data))))["title"] == "Tom & Jerry\u2019s big day: 2 < 3 and 5 > 4"


def test_headline_as_a_value_object() -> None:
    data = {**ARTICLE, "headline": {"@value": "Council approves the budget", "@language": "en"}}
    assert extract_metadata(page(jsonld(json.dumps(data))))["title"] == "Council approves the budget"


@pytest.mark.parametrize("raw", ["2024", "2024-03", "March 2024", "Spring 2024"])
def test_a_date_without_a_day_is_no_date(raw: str) -> None:
    # filling in the first of the month (or January) would invent a publication date
    assert normalise_date(raw) is None


@pytest.mark.parametrize(("raw", "iso"), [("Nov 20, 2019", "2019-11-20"), ("01:38 PM IST Nov 20, 2019", "2019-11-20T13:38")])
def test_free_dates_with_a_day_still_parse(raw: str, iso: str) -> None:
    assert normalise_date(raw) == iso


def test_a_list_of_dates_gives_the_first() -> None:
    data = {**ARTICLE, "datePublished": ["2024-03-05T10:00:00Z", "2024-03-06T10:00:00Z"]}
    assert extract_metadata(page(jsonld(json.dumps(data))))["published"] == "2024-03-05T10:00+00:00"


def test_an_update_is_later_in_utc_not_in_local_time() -> None:
    # 23:30 in New York is 04:30 UTC the next day: a "modification" at 01:00 UTC came before it
    data = {**ARTICLE, "datePublished": "2024-03-05T23:30:00-05:00", "dateModified": "2024-03-06T01:00:00+00:00"}
    meta = extract_metadata(page(jsonld(json.dumps(data))))
    assert meta["published"] == "2024-03-05T23:30-05:00" and "updated" not in meta
    later = {**data, "dateModified": "2024-03-06T06:00:00+00:00"}
    assert extract_metadata(page(jsonld(json.dumps(later))))["updated"] == "2024-03-06T06:00+00:00"


def test_a_save_seconds_after_publication_is_no_update() -> None:
    data = {**ARTICLE, "datePublished": "2024-03-05T10:20:00+02:00", "dateModified": "2024-03-05T10:20:41+02:00"}
    assert "updated" not in extract_metadata(page(jsonld(json.dumps(data))))


def test_a_relative_canonical_url_is_resolved_against_the_page_address() -> None:
    head = '<link rel="canonical" href="/news/tram-line">'
    meta = extract_metadata(page(head), url="https://www.example.com/news/tram-line?utm_source=x")
    assert meta["url"] == "https://www.example.com/news/tram-line"


def test_a_relative_og_url_does_not_hide_the_page_address() -> None:
    head = '<meta property="og:url" content="/news/tram-line">'
    assert "url" not in extract_metadata(page(head))  # no address to resolve it against
    assert extract_metadata(page(head), url="https://example.com/a")["url"] == "https://example.com/news/tram-line"
    assert extract_metadata(page('<link rel="canonical" href="https://[broken">'), url="https://example.com/a")["url"] == (
        "https://example.com/a"
    )


@pytest.mark.parametrize(
    "url",
    [
        "HTTPS://WWW.DAILYPLANET.COM/news/1",
        "https://www.dailyplanet.com:8443/news/1",
        "https://reader:secret@www.dailyplanet.com/news/1",
        "http://dailyplanet.com/news/1",
    ],
)
def test_site_suffix_is_known_from_any_form_of_the_address(url: str) -> None:
    assert strip_site_suffix("Council approves the budget | Daily Planet", None, url) == "Council approves the budget"


@pytest.mark.parametrize("url", ["/news/1", "news/1", "", "https://[broken/1", "javascript:void(0)"])
def test_site_suffix_with_an_address_that_has_no_host(url: str) -> None:
    title = "Council approves the budget | Daily Planet"
    assert strip_site_suffix(title, None, url) == title


def test_credentials_in_the_address_do_not_reach_the_page_url() -> None:
    head = '<link rel="canonical" href="/news/tram-line">'
    meta = extract_metadata(page(head), url="https://reader:secret@www.example.com:8443/news/tram-line?x=1")
    assert meta["url"] == "https://www.example.com:8443/news/tram-line"
    assert extract_metadata(page(), url="https://reader:secret@www.example.com/a")["url"] == "https://www.example.com/a"
