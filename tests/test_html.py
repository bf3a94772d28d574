"""The HTML stage: DOM furniture, extraction settings, noise accounting, determinism."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

import newsclean
from newsclean import dom
from newsclean.html import extract, split_settings, strip_scripts

SENTENCES = [
    "The city council voted on Tuesday to approve a budget that raises spending on schools.",
    "Officials said the plan would add forty teachers and repair roofs at six buildings.",
    "Opponents argued that the increase would force a rise in property taxes next year.",
    "The mayor is expected to sign the measure before the end of the month, aides said.",
    "A public hearing on the property tax rate is scheduled for early next month downtown.",
]
ARTICLE = "".join(f"<p>{s}</p>" for s in SENTENCES)


def html(body: str) -> str:
    return f"<html><head><title>Budget</title></head><body>{body}</body></html>"


def test_tokens_split_classes_ids_and_camel_case() -> None:
    assert {"related", "stories", "relatedstories"} <= dom.tokens("related-stories")
    assert "newsletter" in dom.tokens("footerNewsletterBox")
    assert "ad" not in dom.tokens("header loaded shadow")


@pytest.mark.parametrize(
    ("markup", "kind"),
    [
        ('<div class="related-stories">x</div>', "promo"),
        ('<div id="newsletter-signup">x</div>', "promo"),
        ('<div class="share-bar">x</div>', "template"),
        ('<section class="comments">x</section>', "template"),
        ('<div class="ad-slot">x</div>', "promo"),
        ("<nav>x</nav>", "navigation"),
        ("<figcaption>x</figcaption>", "caption"),
        ('<div class="article-header">x</div>', None),
        ('<div class="headline loaded">x</div>', None),
    ],
)
def test_classify(markup: str, kind: str | None) -> None:
    element = document_fromstring(html(markup)).find(".//body")[0]
    verdict = dom.classify(element)
    assert (verdict[0] if verdict else None) == kind


def test_embeds_are_kept_unless_asked() -> None:
    tweet = document_fromstring(html('<blockquote class="twitter-tweet">Tweet</blockquote>')).find(".//blockquote")
    assert dom.classify(tweet) is None
    assert dom.classify(tweet, drop_embeds=True)[0] == "embed"


def test_wrapper_named_like_clutter_is_kept() -> None:
    page = html(f'<div class="page has-sidebar">{ARTICLE}<div class="sidebar">Most read today</div></div>')
    tree = document_fromstring(page)
    removed = dom.drop_clutter(tree)
    assert [r.text for r in removed] == ["Most read today"]
    assert SENTENCES[0] in tree.text_content()


def test_hover_card_keeps_the_name_in_the_sentence() -> None:
    card = (
        '<p>Rep. <span class="rollover-people"><a href="/p/1">Jane Doe</a><span class="rollover-block">'
        '<a href="/s/1">Her latest story headline</a><a href="/s/2">Another story</a></span></span>'
        " said the bill would pass this week after a long debate in the chamber.</p>"
    )
    text = extract(html(card + ARTICLE)).text
    assert "Rep. Jane Doe said the bill would pass" in text
    assert "latest story headline" not in text


def test_furniture_is_dropped_and_counted_as_noise() -> None:
    page = html(
        f"<article>{ARTICLE}</article>"
        '<div class="newsletter">Sign up for our daily briefing and never miss a story again today</div>'
        '<div class="related-articles"><a href="/a">Another article with a long headline here</a></div>'
    )
    extraction = extract(page)
    assert all(s in extraction.text for s in SENTENCES)
    assert "daily briefing" not in extraction.text
    kinds = {r["kind"] for r in extraction.hints["dom_removed"]}
    assert kinds == {"promo"}
    dropped = sum(len("".join(r["text"].split())) for r in extraction.hints["dom_removed"])
    assert extraction.hints["extra_noise_chars"] >= dropped


def test_scripts_are_not_page_text() -> None:
    page = html(f"<article>{ARTICLE}</article><script>var x = 'not text at all';</script>")
    assert extract(page).hints["extra_noise_chars"] == 0


def test_same_result_in_any_order() -> None:
    pages = [html(f"<article>{ARTICLE}</article>"), html(f"<article>{ARTICLE}<p>Extra.</p></article>")]
    first = [newsclean.clean(p).to_dict() for p in pages]
    again = [newsclean.clean(p).to_dict() for p in reversed(pages)][::-1]
    twice = [newsclean.clean(p).to_dict() for p in pages]  # the same page twice is no duplicate
    assert first == again == twice


def test_settings_are_checked_and_dedup_stays_off() -> None:
    stage, extractor = split_settings({"favor_precision": False, "dom_clean": False})
    assert stage["dom_clean"] is False and extractor["favor_precision"] is False
    assert extractor["deduplicate"] is False
    with pytest.raises(TypeError, match="unknown HTML setting"):
        split_settings({"deduplicate": True})
    with pytest.raises(ValueError):
        split_settings({"output_format": "xml"})


def test_dom_clean_can_be_turned_off() -> None:
    page = html(f'<article>{ARTICLE}<div class="share-tools">Share this article on every network now</div></article>')
    assert extract(page, dom_clean=False).hints["dom_removed"] == []
    assert extract(page).hints["dom_removed"]


def test_metadata_reaches_the_result() -> None:
    head = '<meta property="og:title" content="Budget passes"><meta property="article:published_time" content="2021-05-01">'
    result = newsclean.clean(f"<html><head>{head}</head><body><article>{ARTICLE}</article></body></html>")
    assert result.metadata.title == "Budget passes"
    assert result.metadata.published == "2021-05-01"


def test_strip_scripts_is_linear_and_tolerant() -> None:
    assert strip_scripts("a<script>x</script>b<STYLE t>y</style >c<svg>z</svg>d<script>open") == "abcd"


def test_paragraphs_separated_by_breaks_become_paragraphs() -> None:
    loose = "<br><br>".join(SENTENCES)
    page = html(f'<div class="story">{SENTENCES[0]} <em><a href="/x">link</a></em><br><br><img src="a.jpg">{loose}</div>')
    tree = document_fromstring(page)
    assert dom.breaks_to_paragraphs(tree) == 1
    paragraphs = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    assert paragraphs[0] == f"{SENTENCES[0]} link" and paragraphs[1:] == SENTENCES
    assert tree.find(".//img") is not None  # blocks stay between the paragraphs


def test_breaks_inside_a_paragraph_are_left_alone() -> None:
    tree = document_fromstring(html("<div><p>Line one<br>line two</p><br><br>short</div>"))
    assert dom.breaks_to_paragraphs(tree) == 0


@pytest.mark.parametrize(
    "source, fmt",
    [
        ("<p>The council voted on Tuesday.</p><p>Opponents objected.</p>", "html"),  # a CMS body field
        ('<div class="body"><h2>Budget</h2><p>The council voted.</p></div>', "html"),
        ("<https://example.com/a> is where the report was published.\n\nIt ran to 40 pages.", "text"),
        ("A <b>bold</b> claim in plain text.", "text"),
    ],
)
def test_html_fragments_are_html(source: str, fmt: str) -> None:
    result = newsclean.clean(source)
    assert result.input_format == fmt
    if fmt == "html":
        assert "<p>" not in result.text and "The council voted" in result.text
