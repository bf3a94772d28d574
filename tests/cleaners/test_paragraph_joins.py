import pytest
from cleanerutil import run


@pytest.mark.parametrize(
    "first, second",
    [
        ("The mayor said the plan would go ahead, while", "the opposition promised to fight it."),
        ("Le maire a annoncé que le projet serait lancé en mai et", "que les travaux dureraient deux ans."),
        ("Die Stadt will das Busnetz bis 2025 ausbauen, sagte", "der Bürgermeister am Dienstag."),
    ],
)
def test_a_paragraph_broken_mid_sentence_is_joined(first, second):
    assert run("paragraph_joins", f"{first}\n\n{second}").text == f"{first} {second}"


@pytest.mark.parametrize(
    "first, second",
    [
        ("The mayor said the plan would go ahead.", "the opposition promised to fight it."),
        ("- first item of a list", "second line"),
        ("Short", "lowercase start of a paragraph"),
        ("The mayor said the plan would go ahead, while", "The opposition promised to fight it."),
    ],
)
def test_complete_paragraphs_lists_and_headings_stay_apart(first, second):
    assert run("paragraph_joins", f"{first}\n\n{second}").text == f"{first}\n\n{second}"
