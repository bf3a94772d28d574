"""Whole pages of article genres (``genres/``): each page's own lines stay, its furniture goes.

The pages were written for the shapes an audit found lost or kept wrongly, in other wordings
and layouts than the audit's: an obituary's closing line of dates, a funeral notice's closing
paragraphs, a letters page's submission prompt, a headline printed over and under its
standfirst.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean

GENRES = Path(__file__).parent / "genres"


def page_lines(name: str) -> list[str]:
    return [line for line in (GENRES / name).read_text().splitlines() if line.strip()]


def between(lines: list[str], first: str, last: str) -> list[str]:
    """The lines from the one that starts with ``first`` to the one that starts with ``last``."""
    i = next(k for k, line in enumerate(lines) if line.startswith(first))
    j = next(k for k, line in enumerate(lines) if line.startswith(last))
    return lines[i : j + 1]


@pytest.mark.parametrize(
    "name, first, last",
    [
        ("obituary.txt", "Eleanor Vance, who has died", "Eleanor Mary Vance, harbour pilot, born"),
        ("obituary_notice.txt", "Harold James Brenner, 83", "In lieu of flowers"),
        ("letters.txt", "The council tells us", "Name and address supplied"),
        ("headline_twice.txt", "Water bills for 2.3 million", "The new charges will appear"),
    ],
)
def test_a_genre_pages_article_lines_all_stay(name, first, last):
    lines = page_lines(name)
    text = newsclean.clean((GENRES / name).read_text()).text.splitlines()
    assert [line for line in between(lines, first, last) if line not in text] == []


@pytest.mark.parametrize(
    "name, clutter",
    [
        ("obituary.txt", ["Email this article", "More from the Herald", "Ferry timetable cut for the winter months"]),
        ("obituary_notice.txt", ["Sign the guest book", "Send flowers", "Dorothy Linn, 1931 - 2025"]),
        (
            "letters.txt",
            ["Letters should be sent to letters@millbrookgazette.co.uk and include a full postal address. "
             "Letters may be edited for length and clarity.", "Most read", "Flood warnings issued for three rivers"],
        ),
        ("headline_twice.txt", ["Water bills to rise by a fifth to pay for new pipes", "Energy & utilities", "Related stories"]),
    ],
)
def test_a_genre_pages_furniture_goes(name, clutter):
    text = newsclean.clean((GENRES / name).read_text()).text.splitlines()
    assert [line for line in clutter if line in text] == []
