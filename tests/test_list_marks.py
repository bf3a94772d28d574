"""One class of list bullets (newsclean.markdown) and one of opening brackets before a lead
phrase (newsclean.cleaners.vocab), read alike by every cleaner that uses them."""

from __future__ import annotations

import re

import pytest
from cleanerutil import BODY, kept_line, page, removed, run
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.cleaners.vocab import OPENING_BRACKETS
from newsclean.markdown import BULLETS, LIST_MARKER, bullet, without_bullet

_LIST_MARKER = re.compile(LIST_MARKER)


@pytest.mark.parametrize("mark", sorted(BULLETS))
def test_every_bullet_opens_a_list_item(mark):
    assert bullet(f"{mark} Opening hours") == mark
    assert without_bullet(f"{mark} Opening hours") == "Opening hours"
    assert _LIST_MARKER.match(f"{mark} Opening hours")


@pytest.mark.parametrize("line", ["1. Born: 1961", "12) Results", "100. Final entry"])
def test_a_number_opens_a_list_item_but_is_no_bullet(line):
    assert _LIST_MARKER.match(line) and bullet(line) == "" and without_bullet(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "-5% on the day, the index's worst since March",
        "*Editor's note: this story was updated.*",
        "•No space after the mark",
        "— Sarah Mellor, Leeds",  # the em dash opens a sign-off, an embed's attribution
        "—Did you expect the vote to pass?",
        "2024. It was the year the council finally agreed.",
        "",
    ],
)
def test_other_openings_are_no_list_item(line):
    assert bullet(line) == "" and without_bullet(line) == line and not _LIST_MARKER.match(line)


@settings(max_examples=300)
@given(st.characters(exclude_categories=("Nd", "Cs")), st.text(max_size=20))
def test_a_mark_and_a_space_open_a_list_item_exactly_when_the_mark_is_a_bullet(mark, rest):
    line = f"{mark} {rest}"
    assert bullet(line) == (mark if mark in BULLETS else "")
    assert (without_bullet(line) != line) == (mark in BULLETS)
    assert bool(_LIST_MARKER.match(line)) == (mark in BULLETS)


# Each cleaner that reads a list item reads it past any bullet of the class.
@pytest.mark.parametrize("mark", sorted(BULLETS))
def test_every_cleaner_reads_every_bullet(mark):
    share = f"{mark} Share on Facebook"
    notice = f"{mark} © 2025 Harbour Press. All rights reserved."
    links = f"{mark} [World](/world) {mark} [Politics](/politics)"
    assert removed("promos", page(share)) == {share: "promo"}
    assert removed("template", page(notice)) == {notice: "template"}
    assert removed("navigation", page(links)) == {links: "navigation"}
    labels = [f"{mark} Politics", f"{mark} Local government"]
    assert removed("template", page("### Categories", *labels)) == {"### Categories": "template", **dict.fromkeys(labels, "template")}
    # a list item is not the first half of a broken paragraph
    item = f"{mark} The council will publish the full list of closures, and"
    assert run("paragraph_joins", "\n\n".join([BODY, item, "the dates of each, next week."])).text.count("\n\n") == 2


def test_an_em_dash_line_is_prose_a_bullet_led_one_a_list_item():
    # a line of dialogue the page broke mid-sentence is joined again; a list item is not
    first, second = "Did you expect the council to approve the plan so quickly, and", "what will you do next?"
    joined = run("paragraph_joins", "\n\n".join([BODY, f"— {first}", second])).text
    assert f"— {first} {second}" in joined
    kept = run("paragraph_joins", "\n\n".join([BODY, f"– {first}", second])).text
    assert f"{first} {second}" not in kept


@pytest.mark.parametrize("mark", ["–", "•", "▪"])
def test_an_articles_own_list_at_its_end_stays_whatever_its_bullet(mark):
    # items in sentence case after the last paragraph: the article's advice, not teasers
    items = [f"{mark} Pack a torch and spare batteries", f"{mark} Keep your phone charged overnight", f"{mark} Move valuables upstairs before dark"]
    r = run("trailing_headlines", "\n\n".join([BODY, *items]))
    assert r.removals == []


def test_teasers_in_title_case_after_an_article_go_whatever_their_bullet():
    items = ["– Storm Warning Issued For Coastal Towns", "▪ Pop Star Announces Surprise World Tour", "• Scientists Discover New Species Of Frog"]
    r = run("trailing_headlines", "\n\n".join([BODY, *items]))
    assert [x.text for x in r.removals] == items


@pytest.mark.parametrize("line", ["— Share your thoughts with the council, she told residents.", "Share the road, the sign says."])
def test_a_sentence_about_sharing_is_no_share_button(line):
    assert kept_line("promos", line)


# Each cleaner that reads a lead phrase accepts the same opening brackets before it.
@pytest.mark.parametrize("bracket", list(OPENING_BRACKETS))
def test_every_lead_phrase_reader_accepts_every_opening_bracket(bracket):
    promo = f"{bracket}Read more: Council approves the new cycle lanes"
    credit = f"{bracket}Reporting by Jane Doe; Editing by John Roe"
    notice = f"{bracket}All rights reserved © 2024 Harbour Press"
    assert removed("promos", page(promo)) == {promo: "promo"}
    assert removed("credits", page(credit)) == {credit: "credits"}
    assert removed("template", page(notice)) == {notice: "template"}


@pytest.mark.parametrize("bracket", list(OPENING_BRACKETS))
@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("promos", "Read more about the plan on page four, the mayor said."),
        ("promos", "Related to the case, two men were arrested on Friday."),
        ("credits", "Reporting by local media suggests the fire started in the kitchen."),
        ("template", "All rights reserved for the families, the lawyer argued, belong to them."),
    ],
)
def test_a_bracketed_aside_that_opens_like_a_lead_phrase_stays(bracket, name, line):
    assert kept_line(name, bracket + line)
