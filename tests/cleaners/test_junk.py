import pytest
from cleanerutil import kept_line, page, removed, run


@pytest.mark.parametrize("line", ["”", ".", "|||", "*", "* __", "____"])  # underscores are no words either
def test_lines_without_words_are_dropped(line):
    assert removed("junk", page(line)) == {line: "junk"}


@pytest.mark.parametrize("line", ["??Breaking: station closed", "Great news ?? for commuters", "Bus fares \ufffd\ufffd rise"])
def test_lost_emoji_runs_are_cut_and_words_stay(line):
    r = run("junk", page(line))
    assert "??" not in r.text and "\ufffd" not in r.text
    assert all(word in r.text for word in line.replace("?", " ").replace("\ufffd", " ").split())


@pytest.mark.parametrize("line", ["snake_case", "_id", "x"])
def test_a_line_with_a_word_among_underscores_stays(line):
    assert kept_line("junk", line)


@pytest.mark.parametrize("line", ["★★★★☆", "★★★½"])
def test_a_star_rating_is_content(line):
    assert kept_line("junk", line)


@pytest.mark.parametrize("line", ["Is this really happening??", "What now? Nobody knows.", "Q&A: what the plan means"])
def test_questions_stay_whole(line):
    assert kept_line("junk", line)
    assert line in run("junk", page(line)).text
