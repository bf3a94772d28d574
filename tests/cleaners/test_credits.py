import pytest
from cleanerutil import kept_line, page, removed


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe in London and Ahmed Ali in Cairo contributed to this report.",
        "Reporting by Jane Doe; Editing by John Roe",
        "Additional reporting by Maria Lopez",
        "Con información de Reuters",
        "Mit Material von dpa",
    ],
)
def test_credit_lines_are_dropped(line):
    assert removed("credits", page(line)) == {line: "credits"}


@pytest.mark.parametrize(
    "line",
    [
        "Many factors contributed to this report's bleak conclusions, the authors wrote in the summary.",
        "Reporting by local media suggested the vote would be close.",
        "Editing by hand is slow, the archivist said.",
    ],
)
def test_prose_about_reports_stays(line):
    assert kept_line("credits", line)


def test_a_credit_naming_where_the_reporting_came_from_is_dropped():
    line = "Jane Doe contributed reporting from Hong Kong."
    assert removed("credits", page(line)) == {line: "credits"}
