import pytest
from cleanerutil import kept_line, page, removed


@pytest.mark.parametrize(
    "line",
    ["* * *", "---", "\\* \\* \\*", "© 2023 Example Media Ltd. All rights reserved.", "Tous droits réservés",
     "(c) 2024 Harbour Press", "Copyright 2021 The Valley Times", "Copyright © Example Media"],
)
def test_separators_and_legal_lines_are_dropped(line):
    assert removed("template", page(line)) == {line: "template"}


def test_a_tags_list_after_its_heading_is_dropped():
    lines = ["### Tags", "- Transport", "- City council", "- Budget"]
    got = removed("template", page(*lines))
    assert got == {line: "template" for line in lines}


def test_a_field_label_alone_is_dropped_but_the_list_after_it_is_judged_on_its_own():
    # "Description" labels a CMS field; it does not announce a list of site labels.
    lines = ["## Description", "- Two new bus routes", "- Later trains on Sundays"]
    assert removed("template", page(*lines)) == {"## Description": "template"}


@pytest.mark.parametrize(
    "line",
    [
        "1. The council will vote again in May.",
        "Copyrights on the bus design belong to the manufacturer, the council said.",
        "Description of the new routes was published on the council website.",
        "(c) the judge's summary of the evidence omitted the defence expert entirely.",
        "Copyright law, the judge said, does not protect an idea, only its expression.",
        "Copyright notices are the one thing nobody reads, she added.",
    ],
)
def test_prose_and_article_lists_stay(line):
    assert kept_line("template", line)


@pytest.mark.parametrize("line", ["Reading time: 3 minutes", "5 min read", "Tempo de leitura: 1 minuto", "Lesezeit: 4 Min."])
def test_reading_time_lines_are_dropped(line):
    assert removed("template", page(line)) == {line: "template"}


@pytest.mark.parametrize("line", ["Updated at 1:23 p.m.", "Aktualisiert um 12:30 Uhr", "Mis à jour à 14h05"])
def test_timestamp_lines_without_a_date_are_dropped(line):
    assert removed("template", page(line)) == {line: "template"}


@pytest.mark.parametrize(
    "line", ["2 hours ago", "Updated an hour ago", "Published: 35 mins ago", "il y a 5 min", "vor 3 Stunden", "Hace 2 horas"]
)
def test_relative_time_lines_are_dropped(line):
    assert removed("template", page(line)) == {line: "template"}


@pytest.mark.parametrize("line", ["Two hours ago, the council voted to close the bridge.", "The fire started 2 hours ago"])
def test_prose_with_a_relative_time_stays(line):
    assert kept_line("template", line)


def test_a_sentence_about_an_update_stays():
    assert kept_line("template", "Updated figures released at 10:30 showed a sharp rise in ridership.")
