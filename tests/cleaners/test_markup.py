import pytest
from cleanerutil import run


@pytest.mark.parametrize(
    "line, expected",
    [
        ("She read the [full report](https://example.org/r) twice.", "She read the full report twice."),
        ("**Update (10:00):** Buses are running.", "Update (10:00): Buses are running."),
        ("The *Financial Times* reported it.", "The Financial Times reported it."),
        ("## A new route", "A new route"),
        (r"Fares rose \$2 to \$5.", "Fares rose $2 to $5."),
        # a link title (markdownify writes them) is syntax, not words, even with brackets in it
        ('Read the [full report](https://example.org/r "Full report (PDF), 2 MB") twice.', "Read the full report twice."),
        ("See [the map](https://example.org/m 'Route map') first.", "See the map first."),
    ],
)
def test_markdown_syntax_is_cut_and_words_stay(line, expected):
    r = run("markup", line)
    assert r.text == expected
    assert all(x.kind.value == "markup" for x in r.removals)


@pytest.mark.parametrize(
    "line",
    ["snake_case names like bus_route_id stay", "2*3*4 is 24", "Prices: 5 * 2 = 10", "an email: jane_doe@example.org"],
)
def test_text_that_only_looks_like_markup_stays(line):
    assert run("markup", line).text == line
