"""The order of an ambiguous numeric date's day and month, as the page's own dates tell it."""

from unittest.mock import patch

import pytest
from cleanerutil import BODY, BODY2
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import dates
from newsclean.dates import date_line, find_dates, reading_day_first


def read(text: str, page: str, day_first: bool = False) -> list[str]:
    with reading_day_first(day_first, page):
        return [iso for _, _, iso in find_dates(text)]


@pytest.mark.parametrize(
    "page, text, iso",
    [
        # a comment's header or another dateline that can only be day first (slashes are read
        # month first by default)
        ("Anna 13/04/2022 at 10:22\n\nReply", "05/04/2022", "2022-04-05"),
        ("Posted 25/12/2021", "05/04/2022 10:00", "2022-04-05T10:00"),
        ("Tom 19/11/19 06:56", "05/04/22", "2022-04-05"),  # a two-digit year: the same separator
        # ... or only month first: dashes and dots, read day first by default, turn
        ("Updated 12-25-2022", "05-04-2022", "2022-05-04"),
        ("Last edited 04.13.2022 at 9:00", "05.04.2022", "2022-05-04"),
    ],
)
def test_an_ambiguous_date_is_read_as_the_pages_other_dates_write(page, text, iso):
    assert read(text, page) == [iso]


@pytest.mark.parametrize("page", ["Jane Doe\n04/13/2022\nBob 12/31/2021", "Updated: 12/25/2021 | 01/30/2022"])
def test_month_first_dates_overrule_the_domains_day_first(page):
    assert read("05/04/2022", page, day_first=True) == ["2022-05-04"]


@pytest.mark.parametrize(
    "page, day_first, iso",
    [
        ("Anna 13/04/2022\n\nBob 04/13/2022", True, "2022-04-05"),  # they disagree: the default
        ("Anna 13/04/2022\n\nBob 04/13/2022", False, "2022-05-04"),
        ("Anna 13.04.2022 and 25-12-2021", False, "2022-05-04"),  # other separators say nothing
        ("Posted 45/12/2022 and 13/13/2022", False, "2022-05-04"),  # no real dates
        ("No other date on the page", False, "2022-05-04"),
        # a date in prose may be quoted as another page wrote it: only short lines tell
        (" ".join([BODY, "The hearing was set for 13/04/2022, the court said.", BODY2]), False, "2022-05-04"),
    ],
)
def test_without_agreeing_evidence_the_default_order_holds(page, day_first, iso):
    assert read("05/04/2022", page, day_first) == [iso]


def test_a_date_that_reads_one_way_only_is_read_so_whatever_the_page_says():
    for page in ("Anna 13/04/2022", "Bob 04/13/2022", ""):
        assert read("05/05/2022", page) == ["2022-05-05"]  # day and month the same
        assert read("25/04/2022", page) == ["2022-04-25"]
        assert read("04/25/2022", page) == ["2022-04-25"]


def test_an_explicit_order_is_the_callers_and_outside_the_block_nothing_is_kept():
    with reading_day_first(False, "Anna 13/04/2022"):
        assert find_dates("05/04/2022", day_first=False) == [(0, 10, "2022-05-04")]
        assert date_line("05/04/2022, 17:38") == ("2022-04-05T17:38", None)
    assert find_dates("05/04/2022") == [(0, 10, "2022-05-04")]


def test_only_a_page_with_an_ambiguous_date_is_searched_for_evidence():
    with patch.object(dates, "_page_orders", wraps=dates._page_orders) as orders:
        assert read("13/04/2022 2022-04-05 05/05/2022 5 April 2022", "Bob 04/13/2022") == [
            "2022-04-13", "2022-04-05", "2022-05-05", "2022-04-05"
        ]
        assert orders.call_count == 0
        assert read("05/04/2022 and 06/04/2022", "Bob 04/13/2022") == ["2022-05-04", "2022-06-04"]
        assert orders.call_count == 1  # once a page


_DAYS = st.integers(13, 28)
_MONTHS = st.integers(1, 12)
_YEARS = st.integers(1990, 2030)
_SEPARATORS = st.sampled_from("/.-")


@given(
    evidence=st.lists(st.tuples(_DAYS, _MONTHS, _YEARS), min_size=1, max_size=5),
    day_first=st.booleans(),
    separator=_SEPARATORS,
    ambiguous=st.tuples(_MONTHS, _MONTHS, _YEARS).filter(lambda t: t[0] != t[1]),
    default=st.booleans(),
)
def test_agreeing_unambiguous_dates_decide_the_order(evidence, day_first, separator, ambiguous, default):
    def written(first: int, second: int, year: int) -> str:
        return f"{first:02d}{separator}{second:02d}{separator}{year}"

    lines = [f"Reader {i} {written(*((d, m) if day_first else (m, d)), y)}" for i, (d, m, y) in enumerate(evidence)]
    a, b, year = ambiguous
    day, month = (a, b) if day_first else (b, a)
    assert read(written(a, b, year), "\n".join(lines), default) == [f"{year}-{month:02d}-{day:02d}"]


PAGE = "\n\n".join(
    [
        "Council backs the new bus network",
        "05/04/2022 10:00",
        BODY,
        BODY2,
        "2 comments",
        "Anna Kowalska 13/04/2022 at 10:22",
        "Great news for the outer districts.",
        "Tom Reid 14/04/2022 at 08:05",
        "About time.",
    ]
)


@pytest.mark.parametrize(
    "url, published",
    [
        (None, "2022-04-05T10:00"),  # a generic domain: the comments' dates say day first
        ("https://www.example.com/news/x", "2022-04-05T10:00"),
        ("https://www.example.co.uk/news/x", "2022-04-05T10:00"),
    ],
)
def test_the_comments_dates_tell_the_headers_order(url, published):
    r = newsclean.Pipeline.from_names(["metadata"]).clean(PAGE, url=url)
    assert r.metadata.published == published


def test_month_first_comments_overrule_a_country_domain():
    text = PAGE.replace("13/04/2022", "04/13/2022").replace("14/04/2022", "04/14/2022")
    r = newsclean.Pipeline.from_names(["metadata"]).clean(text, url="https://www.example.co.uk/news/x")
    assert r.metadata.published == "2022-05-04T10:00"


def test_front_matter_dates_are_read_in_the_pages_order():
    text = "Title: Council backs the new bus network\nPublished Time: 05/04/2022\nMarkdown Content:\n" + PAGE
    r = newsclean.Pipeline.from_names(["front_matter"]).clean(text)
    assert r.metadata.published == "2022-04-05"
