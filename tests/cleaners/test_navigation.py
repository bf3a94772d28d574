import pytest
from cleanerutil import BODY, BODY2, kept_line, page, removed

MENUS = [
    "News | Sport | Weather | Culture",
    "Accueil › Monde › Europe",
    "Startseite / Politik / Ausland / Europa",
    "Skip to main content",
    "Aller au contenu principal",
    "Vai al contenuto",
    "Saltar para o conteúdo",
    "[World](#) [Politics](#) [Business](#)",
]


@pytest.mark.parametrize("line", MENUS)
def test_menus_and_skip_links_are_dropped(line):
    assert removed("navigation", page(line)) == {line: "navigation"}


def test_breadcrumb_ending_with_the_headline_is_dropped():
    headline = "Council expands bus network after long debate"
    crumb = "Home Local News " + headline
    got = removed("navigation", "\n\n".join([crumb, headline, BODY, BODY2]))
    assert got == {crumb: "navigation"}


@pytest.mark.parametrize(
    "line",
    [
        "The routes run north | south, the map shows, and cost £2 each way.",
        "Home is where the heart is, the mayor said, quoting her mother.",
        "She read the [full report](#) before the vote and called it persuasive.",
    ],
)
def test_prose_with_separators_or_links_stays(line):
    assert kept_line("navigation", line)
