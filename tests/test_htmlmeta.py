"""Metadata from markup: JSON-LD, meta tags, canonical links, <time> elements."""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml.html import document_fromstring

from newsclean.htmlmeta import extract_metadata, normalise_date, strip_site_suffix


def page(head: str = "", body: str = "<p>Text.</p>", jsonld: Any = None) -> Any:
    script = f'<script type="application/ld+json">{json.dumps(jsonld)}</script>' if jsonld is not None else ""
    return document_fromstring(f"<html><head>{head}{script}</head><body>{body}</body></html>")


NEWS = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Council approves the budget",
    "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
    "datePublished": "2021-03-04T10:15:00Z",
    "dateModified": "2021-03-05T08:00:00Z",
    "publisher": {"@type": "Organization", "name": "Daily Planet"},
}


def test_jsonld_article() -> None:
    meta = extract_metadata(page(jsonld=NEWS))
    assert meta["title"] == "Council approves the budget"
    assert meta["authors"] == ["Jane Doe", "John Roe"]
    assert meta["published"] == "2021-03-04T10:15+00:00"
    assert meta["updated"] == "2021-03-05T08:00+00:00"
    assert meta["site_name"] == "Daily Planet"


def test_jsonld_in_a_graph_among_other_objects() -> None:
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"}, NEWS]}
    assert extract_metadata(page(jsonld=graph))["title"] == "Council approves the budget"


def test_an_organisation_is_not_an_author() -> None:
    data = {**NEWS, "author": {"@type": "Organization", "name": "Daily Planet Staff"}}
    assert "authors" not in extract_metadata(page(jsonld=data))


def test_the_publisher_named_as_author_is_not_an_author() -> None:
    data = {**NEWS, "author": ["Daily Planet", {"@type": "Person", "name": "Jane Doe"}]}
    assert extract_metadata(page(jsonld=data))["authors"] == ["Jane Doe"]


def test_byline_strings_are_split_and_junk_dropped() -> None:
    head = '<meta name="author" content="By Jane Doe and John Roe">'
    assert extract_metadata(page(head))["authors"] == ["Jane Doe", "John Roe"]
    head = '<meta name="author" content="https://www.facebook.com/someone">'
    assert "authors" not in extract_metadata(page(head))


def test_published_and_updated_stay_apart() -> None:
    head = (
        '<meta property="article:modified_time" content="2021-03-05T08:00:00Z">'
        '<meta property="article:published_time" content="2021-03-04T10:15:00Z">'
    )
    meta = extract_metadata(page(head))
    assert meta["published"].startswith("2021-03-04") and meta["updated"].startswith("2021-03-05")


def test_no_update_when_modified_equals_published() -> None:
    data = {**NEWS, "dateModified": NEWS["datePublished"]}
    assert "updated" not in extract_metadata(page(jsonld=data))


def test_published_later_than_the_newest_date_is_rejected() -> None:
    # a template that stamps "today" as the publication date of an old page
    data = {**NEWS, "datePublished": "2024-01-01T00:00:00Z", "dateModified": "2021-03-05T08:00:00Z"}
    head = '<meta property="article:published_time" content="2021-03-04T10:15:00Z">'
    meta = extract_metadata(page(head, jsonld=data))
    assert meta["published"].startswith("2021-03-04")


def test_time_elements_when_nothing_else() -> None:
    body = '<p>x</p><time datetime="2020-02-01T09:30">Feb 1</time><time class="updated" datetime="2020-02-02">'
    meta = extract_metadata(page(body=body))
    assert meta["published"] == "2020-02-01T09:30" and meta["updated"] == "2020-02-02"


def test_canonical_url_beats_the_fetched_url() -> None:
    head = '<link rel="canonical" href="https://example.com/story"><meta property="og:url" content="https://example.com/og">'
    assert extract_metadata(page(head), url="https://example.com/story?utm=x")["url"] == "https://example.com/story"
    assert extract_metadata(page(), url="https://example.com/a")["url"] == "https://example.com/a"


def test_og_title_and_site_suffix() -> None:
    head = '<meta property="og:site_name" content="The Hill"><title>Senate passes bill | TheHill</title>'
    meta = extract_metadata(page(head))
    assert meta["title"] == "Senate passes bill" and meta["site_name"] == "The Hill"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Brexit: what happens next - BBC News", "Brexit: what happens next"),
        ("Russia - Ukraine talks: what next", "Russia - Ukraine talks: what next"),  # no site named
        ("Short | BBC", "Short | BBC"),  # too little left to be a headline
    ],
)
def test_strip_site_suffix(title: str, expected: str) -> None:
    assert strip_site_suffix(title, None, "https://www.bbc.co.uk/news/1") == expected


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2019-11-18T14:30:00-05:00", "2019-11-18T14:30-05:00"),
        ("2019-11-18T14:30:15Z", "2019-11-18T14:30:15+00:00"),
        ("2019-11-18", "2019-11-18"),
        ("20191118", "2019-11-18"),
        ("2019-11-18 14:30:00", "2019-11-18T14:30"),
        ("Mon, 18 Nov 2019 14:30:00 GMT", "2019-11-18T14:30+00:00"),
        ("yesterday", None),
        ("1850-01-01", None),
        (None, None),
    ],
)
def test_normalise_date(raw: Any, iso: str | None) -> None:
    assert normalise_date(raw) == iso


def test_broken_jsonld_is_ignored_and_meta_tags_still_read() -> None:
    tree = document_fromstring(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<meta property="og:title" content="From the meta tag"></head><body><p>x</p></body></html>'
    )
    assert extract_metadata(tree)["title"] == "From the meta tag"


def test_trailing_comma_jsonld_is_read() -> None:
    tree = document_fromstring(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tolerant",}'
        "</script></head><body><p>x</p></body></html>"
    )
    assert extract_metadata(tree)["title"] == "Tolerant"


def test_author_by_reference_in_a_graph() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {**NEWS, "author": {"@id": "https://example.com/#/person/1"}},
            {"@type": "Person", "@id": "https://example.com/#/person/1", "name": "Jane Doe"},
        ],
    }
    assert extract_metadata(page(jsonld=graph))["authors"] == ["Jane Doe"]


def test_roles_and_publishers_in_bylines_are_not_names() -> None:
    head = '<meta name="author" content="TOM KRISHER, AP Auto Writer; Amy Kuperinsky | NJ Advance Media for NJ.com">'
    assert extract_metadata(page(head))["authors"] == ["Tom Krisher", "Amy Kuperinsky"]


def test_authors_from_markup_when_nothing_else() -> None:
    body = '<p>x</p><span itemprop="author"><span itemprop="name">Jane Doe</span></span><a rel="author">Admin</a>'
    assert extract_metadata(page(body=body))["authors"] == ["Jane Doe"]


def test_microdata_dates_on_the_page() -> None:
    body = '<p>x</p><meta itemprop="datePublished" content="2018-02-16T10:00"><span itemprop="dateModified" content="2018-02-17">'
    meta = extract_metadata(page(body=body))
    assert meta["published"] == "2018-02-16T10:00" and meta["updated"] == "2018-02-17"


def test_entities_in_jsonld_are_unescaped() -> None:
    data = {**NEWS, "headline": "&#8216;The Medium&#8217; costs &#163;5"}
    assert extract_metadata(page(jsonld=data))["title"] == "\u2018The Medium\u2019 costs \u00a35"


def test_free_format_date_with_a_year() -> None:
    assert normalise_date("01:38:07 PM IST Nov 20, 2019") == "2019-11-20T13:38:07"
    assert normalise_date("November 18, 2019") == "2019-11-18"
    assert normalise_date("3 hours ago") is None


@pytest.mark.parametrize("name", ["王磊", "佐藤健一", "김민수", "ジョン・スミス", "唐纳德·特朗普"])
def test_a_chinese_japanese_or_korean_name_is_one_word(name: str) -> None:
    # no space inside the name: one word in a script written without spaces is a name
    data = {**NEWS, "author": {"@type": "Person", "name": name}}
    assert extract_metadata(page(jsonld=data))["authors"] == [name]
    assert extract_metadata(page(f'<meta name="author" content="{name}">'))["authors"] == [name]


@pytest.mark.parametrize(
    "content, authors",
    [
        ("김민수 기자", ["김민수"]),  # the role after the name goes, the name stays
        ("记者 王磊", ["王磊"]),
        ("王磊、张三", ["王磊", "张三"]),  # a Chinese list
        ("佐藤 健一 記者", ["佐藤 健一"]),
        ("김민수 기자 minsu@example.co.kr", ["김민수"]),  # the e-mail after the role goes too
        ("Jane Doe (jane.doe@example.com)", ["Jane Doe"]),
    ],
)
def test_roles_around_an_unspaced_name_go(content: str, authors: list[str]) -> None:
    assert extract_metadata(page(f'<meta name="author" content="{content}">'))["authors"] == authors


@pytest.mark.parametrize(
    "content",
    # single Latin words, roles alone, organisations by their endings, a clause, one character
    ["Admin", "Staff", "Reuters", "记者", "기자", "小编", "编辑部", "新华社", "新华社记者", "人民日报", "연합뉴스",
     "조선일보", "长江流域今春降水偏少多地启动抗旱", "王", "minsu@example.co.kr"],
)  # fmt: skip
def test_single_words_that_are_no_persons_are_no_authors(content: str) -> None:
    assert "authors" not in extract_metadata(page(f'<meta name="author" content="{content}">'))
    data = {**NEWS, "author": {"@type": "Person", "name": content}}
    assert "authors" not in extract_metadata(page(jsonld=data))


def test_an_unspaced_organisation_typed_as_one_or_named_as_the_publisher_is_no_author() -> None:
    data = {**NEWS, "author": {"@type": "Organization", "name": "共同通信"}}
    assert "authors" not in extract_metadata(page(jsonld=data))
    data = {**NEWS, "publisher": {"@type": "Organization", "name": "朝日"}, "author": ["朝日", "佐藤健一"]}
    assert extract_metadata(page(jsonld=data))["authors"] == ["佐藤健一"]


@pytest.mark.parametrize("name", ["Regan", "Josh", "Søren", "Ольга"])
def test_a_one_word_name_of_an_object_typed_person_is_its_author(name: str) -> None:
    # a blogger who signs with a first name: the type says it is a person
    data = {**NEWS, "author": {"@type": "Person", "name": name}}
    assert extract_metadata(page(jsonld=data))["authors"] == [name]
    # untyped, or in a meta tag, one word is no evidence of a person
    assert "authors" not in extract_metadata(page(jsonld={**NEWS, "author": name}))
    assert "authors" not in extract_metadata(page(f'<meta name="author" content="{name}">'))


@pytest.mark.parametrize("name", ["Admin", "jdadmin", "Rmb8090", "TheCleaver", "Reuters", "Editorial", "Redaktion", "J"])
def test_a_one_word_person_that_is_a_role_a_login_a_brand_or_an_agency_is_no_author(name: str) -> None:
    data = {**NEWS, "author": {"@type": "Person", "name": name}}
    assert "authors" not in extract_metadata(page(jsonld=data))


def test_the_author_of_a_web_page_when_no_article_is_declared() -> None:
    # Yoast's graph for a post that is not typed an article: the WebPage has the author
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "https://example.com/#website", "name": "Example"},
            {"@type": "WebPage", "@id": "https://example.com/p/#webpage", "name": "A post",
             "author": {"@id": "https://example.com/#/person/1"}},
            {"@type": "Person", "@id": "https://example.com/#/person/1", "name": "Josh"},
        ],
    }  # fmt: skip
    assert extract_metadata(page(jsonld=graph))["authors"] == ["Josh"]
    # the article's own author comes first
    graph["@graph"].append({**NEWS, "author": {"@type": "Person", "name": "Jane Doe"}})
    assert extract_metadata(page(jsonld=graph))["authors"] == ["Jane Doe"]
