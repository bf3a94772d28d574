"""The ``front_matter`` cleaner: the header of fields a scraper or reader service writes above a page."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import trafilatura
from cleanerutil import BODY, BODY2, run

import newsclean
from newsclean import Kind

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages" / "html"


def header_page(*header: str) -> str:
    return "\n".join(header) + "\n\n" + BODY + "\n\n" + BODY2


# -- positives ------------------------------------------------------------------------------


def test_trafilatura_front_matter_fills_the_metadata_and_leaves_the_text():
    text = header_page(
        "---",
        'title: "Bus network to grow: what changes for riders"',
        "author: Maria Lopez; John Smith",
        "url: https://news.example.com/city/bus-network-to-grow",
        "hostname: news.example.com",
        "description: The council voted to expand the network.",
        "sitename: Example News",
        'date: "2024-03-12"',
        "categories: ['City', 'Transport']",
        'fingerprint: "87ae309d4a62a6f2"',
        "---",
    )
    r = run("front_matter", text)
    assert r.text == BODY + "\n\n" + BODY2
    m = r.metadata
    assert m.title == "Bus network to grow: what changes for riders"
    assert m.authors == ["Maria Lopez", "John Smith"]
    assert (m.url, m.site_name, m.published) == ("https://news.example.com/city/bus-network-to-grow", "Example News", "2024-03-12")
    kinds = {x.text: x.kind for x in r.removals}
    assert kinds["---"] is Kind.TEMPLATE and kinds["hostname: news.example.com"] is Kind.METADATA


def test_a_reader_services_header_ends_at_its_content_label():
    text = header_page(
        "Title: Le conseil municipal agrandit le réseau de bus",
        "",
        "URL Source: https://www.exemple.fr/ville/bus",
        "",
        "Published Time: 2024-03-12T09:30:00+01:00",
        "",
        "Warning: This page maybe requiring CAPTCHA",
        "",
        "Markdown Content:",
    )
    r = run("front_matter", text)
    assert r.text == BODY + "\n\n" + BODY2
    assert (r.metadata.title, r.metadata.url, r.metadata.published) == (
        "Le conseil municipal agrandit le réseau de bus",
        "https://www.exemple.fr/ville/bus",
        "2024-03-12T09:30",
    )
    assert {x.text: x.reason for x in r.removals}["Markdown Content:"] == "label announcing the page's content"


def test_static_site_front_matter_with_lists_and_single_quotes():
    text = header_page(
        "---",
        "headline: 'Der Stadtrat erweitert das Busnetz'",
        "date_published: 2024-03-12",
        "last-modified: 2024-03-13",
        "tags:",
        "  - Verkehr",
        "  - Stadtrat",
        "---",
    )
    r = run("front_matter", text)
    assert r.text == BODY + "\n\n" + BODY2
    assert (r.metadata.title, r.metadata.published, r.metadata.updated) == ("Der Stadtrat erweitert das Busnetz", "2024-03-12", "2024-03-13")


def test_a_header_of_known_fields_needs_no_content_label():
    r = run("front_matter", header_page("Title: Bus network to grow", "URL: https://news.example.com/bus"))
    assert r.text == BODY + "\n\n" + BODY2
    assert r.metadata.url == "https://news.example.com/bus"


def test_a_str_that_opens_with_a_byte_order_mark_is_read_too():
    r = run("front_matter", header_page("\ufeff---", "title: Bus network to grow", "---"))
    assert r.text == BODY + "\n\n" + BODY2 and r.metadata.title == "Bus network to grow"


def test_the_default_pipeline_drops_the_headline_the_front_matter_named():
    # the markdown headline under the header is the same title: metadata drops it, and the
    # "Title: ..." line is not taken for a breadcrumb ending with that headline
    text = header_page("Title: Bus network to grow", "URL Source: https://news.example.com/bus", "Markdown Content:", "# Bus network to grow")
    r = newsclean.clean(text)
    assert r.metadata.title == "Bus network to grow"
    assert "Bus network" not in r.text and BODY in r.text
    assert {x.cleaner for x in r.removals if "Title:" in x.text} == {"front_matter"}


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.html.gz"))[:3], ids=lambda p: p.name[:12])
def test_trafilatura_markdown_with_metadata_of_a_real_page(page):
    html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
    extracted = trafilatura.extract(html, output_format="markdown", with_metadata=True)
    assert extracted and extracted.startswith("---\n")
    header = extracted[: extracted.index("\n---\n", 4) + 5]
    r = newsclean.clean(extracted)
    # no line of the header is left in the text, and its title is the page's
    assert not [line for line in header.splitlines() if line.strip() and line in r.text.splitlines()]
    title = trafilatura.extract_metadata(html).title
    assert r.metadata.title == title
    assert r.score.signal_chars > 0


# -- negatives: text that resembles a header and is the article's ---------------------------


def test_a_separator_over_a_dialogue_is_no_front_matter():
    text = "\n".join(["---", "Q: When will the buses run?", "A: From the spring.", "---"]) + "\n\n" + BODY
    assert run("front_matter", text).removals == []


def test_an_article_that_opens_with_a_labelled_line_keeps_it():
    # one known field, then prose: a review's fact line, not a header
    text = header_page("Title: The Lantern Keepers", "Director: Ana Ruiz")
    assert run("front_matter", text).removals == []


def test_front_matter_that_never_closes_is_no_front_matter():
    text = "\n".join(["---", "title: A headline", "date: 2024-03-12"]) + "\n\n" + BODY
    assert run("front_matter", text).removals == []


def test_a_header_further_down_the_page_is_not_read():
    text = BODY + "\n\n" + "\n".join(["---", "title: A headline", "url: https://example.com/a", "---"])
    assert run("front_matter", text).removals == []


def test_a_value_that_does_not_read_fills_no_field_but_its_line_goes():
    text = header_page("---", "title: [not, a, title]", "date: soon", "url: not-a-url", "---")
    r = run("front_matter", text)
    assert (r.metadata.title, r.metadata.published, r.metadata.url) == (None, None, None)
    assert r.text == BODY + "\n\n" + BODY2


def test_a_rule_over_the_article_is_no_front_matter():
    # markdown's "---" rule opens the page and closes the article: the lines between are the
    # article's, though one of them reads as a known field
    text = "\n\n".join(["---", "City raises prices", "Date: March 12, 2024", BODY, BODY2, "---", "Related stories"])
    assert run("front_matter", text).removals == []


def test_a_slashed_date_in_the_header_is_read_day_first_under_a_countrys_domain():
    # as the metadata cleaner reads the same date in the body ("04/03/2022" on a .co.uk page)
    header = "Title: Council sets new budget\nURL Source: {url}\nPublished Time: 04/03/2022\nMarkdown Content:\n"
    body = ("The council approved its budget on Tuesday after a debate that lasted more than six hours.\n\n"
            "The leader said the budget protects front-line services for another year.")
    uk = newsclean.clean(header.format(url="https://www.example.co.uk/news/1") + body)
    us = newsclean.clean(header.format(url="https://www.example.com/news/1") + body)
    assert (uk.metadata.published, us.metadata.published) == ("2022-03-04", "2022-04-03")
