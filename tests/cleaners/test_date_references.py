"""A reference number beside a date (a ruling's, a case's) is no dateline, and closes an article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.dates import cites_reference, date_line

from .test_boilerplate import ARTICLE, FOOTER, HEADLINES, MENU, lines

CITED = [
    "Urteil 4A_312/2026 vom 28. Oktober 2026",
    "Arrêt 2C_45/2025 du 3 mars 2026",
    "Case C-123/25, judgment of 4 March 2026",
    "Sentencia 123/2026, de 4 de marzo de 2026",
    "Az. 1 BvR 123/24 vom 5. Mai 2025",
]
DATELINES = [
    ("Published 29/03/2022 17:38", ("2022-03-29T17:38", None)),
    ("Publiziert: 21.11.2026, 12:05", ("2026-11-21T12:05", None)),
    ("2026/10/09", ("2026-10-09", None)),
    ("Updated 4 March 2026", (None, "2026-03-04")),
]


@pytest.mark.parametrize("line", CITED)
def test_a_reference_number_with_its_date_is_no_dateline(line):
    assert date_line(line) is None
    assert cites_reference(line)


@pytest.mark.parametrize(("line", "dates"), DATELINES)
def test_a_dateline_with_slashed_dates_is_still_one(line, dates):
    # negative: the slashes of a date are the date's, no reference number
    assert date_line(line) == dates
    assert not cites_reference(line)


@given(
    st.integers(1, 28),
    st.sampled_from(["January", "March", "October"]),
    st.integers(1990, 2030),
    st.sampled_from(["4A_312/{y}", "C-{n}/{yy}", "{n}/{y}", "2C_{n}/{y}"]),
    st.integers(1, 999),
)
def test_a_date_beside_any_reference_number_is_no_dateline(day, month, year, pattern, n):
    reference = pattern.format(y=year, yy=year % 100, n=n)
    assert date_line(f"{day} {month} {year}") is not None  # the date alone is one
    assert date_line(f"Ruling {reference} of {day} {month} {year}") is None
    assert cites_reference(f"Ruling {reference} of {day} {month} {year}")


@pytest.mark.parametrize("line", CITED[:2])
def test_a_rulings_reference_after_the_article_stays_with_it(line):
    page = lines(MENU, ["By Reto Keller", "21 November 2026"], ARTICLE, [line], ["Sign up to our morning newsletter"], HEADLINES, FOOTER)
    result = newsclean.Pipeline.default().clean_text(page)
    gone = {r.text.strip() for r in result.removals}
    assert line not in gone
    assert result.metadata.published == "2026-11-21"  # the page's dateline, not the ruling's date
