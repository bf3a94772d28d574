import pytest
from cleanerutil import BODY, BODY2, kept_line, page, run

from newsclean.cleaners.metadata import parse_byline


@pytest.mark.parametrize(
    "line, authors, agency",
    [
        ("By Maria Lopez and John Smith", ["Maria Lopez", "John Smith"], None),
        ("By Jean Dupont for AFP", ["Jean Dupont"], "AFP"),
        ("By Sarah Collins, Political Correspondent", ["Sarah Collins"], None),  # a role after the name
        ("By Sarah Collins | Staff Writer", ["Sarah Collins"], None),
        ("By Sarah Collins and Tom Reid, BBC News", ["Sarah Collins", "Tom Reid"], None),
        ("Par Claire Martin", ["Claire Martin"], None),
        ("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"], None),
        ("Por Lucía García, Reuters", ["Lucía García"], "Reuters"),
        ("By The Associated Press", [], "AP"),
        ("by Ana de la Cruz", ["Ana de la Cruz"], None),
    ],
)
def test_bylines_give_authors_and_agency(line, authors, agency):
    assert parse_byline(line) == (authors, agency)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day, the council had voted.",
        "By car, the trip takes two hours",
        "By CNN Staff",  # an organisation is not an author
        "Bystanders said the bus was late.",
    ],
)
def test_prose_and_organisations_are_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line, field, value",
    [
        ("Published: 14 February 2023, 09:30", "published", "2023-02-14T09:30"),
        ("Updated 2023-02-15", "updated", "2023-02-15"),
        ("Tuesday, June 6, 2023", "published", "2023-06-06"),
        ("12/31/2021", "published", "2021-12-31"),
        ("31.12.2021", "published", "2021-12-31"),
        ("Source: Reuters", "attributed_source", "Reuters"),
        ("Quelle: Der Spiegel", "attributed_source", "Der Spiegel"),
        ("https://example.org/news/2023/bus-plan", "url", "https://example.org/news/2023/bus-plan"),
        # the first-word gate: no space after the colon, capitals, a non-ASCII first word
        ("Source:Reuters", "attributed_source", "Reuters"),
        ("SOURCE: Reuters", "attributed_source", "Reuters"),
        ("BY MARIA LOPEZ", "authors", ["MARIA LOPEZ"]),
        ("**By** Maria Lopez", "authors", ["Maria Lopez"]),
        ("Publié le 3 mars 2022", "published", "2022-03-03"),
        ("<https://example.org/news/2023/bus-plan>", "url", "https://example.org/news/2023/bus-plan"),
    ],
)
def test_metadata_lines_become_fields(line, field, value):
    r = run("metadata", page(line))
    assert getattr(r.metadata, field) == value
    assert line not in r.text


@pytest.mark.parametrize(
    "line",
    [
        "On 14 February 2023 the council met again and voted to expand the network.",
        "The source of the leak was never found, officials said.",
        "Sources close to the mayor said she would not run again.",
    ],
)
def test_prose_with_dates_and_sources_stays(line):
    assert kept_line("metadata", line)


@pytest.mark.parametrize("label", ["Original url:", "ORIGINAL URL", "Source link :"])
def test_a_label_line_announces_the_url_after_it(label):
    r = run("metadata", page(label, "https://example.org/a"))
    assert r.metadata.original_url == "https://example.org/a"
    assert label not in r.text


def test_first_title_like_line_is_the_title_and_repeats_are_duplicates():
    title = "Council expands bus network after long debate"
    text = "\n\n".join([title, title, BODY, BODY2])
    r = run("metadata", text)
    assert r.metadata.title == title
    assert [x.kind.value for x in r.removals] == ["metadata", "duplicate"]


def test_no_title_when_the_page_starts_with_prose():
    r = run("metadata", "\n\n".join([BODY, BODY2]))
    assert r.metadata.title is None
    assert r.removals == []


def test_a_subheading_after_the_first_sentences_is_not_the_title():
    lede = "The council voted on Tuesday to approve the new budget, which raises spending on schools."
    r = run("metadata", "\n\n".join([lede, "What happens next", BODY, BODY2]))
    assert r.metadata.title is None
    assert "What happens next" in r.text


def test_a_single_line_is_the_text_not_its_title():
    line = "The council voted on Tuesday to approve the new budget for schools and buses"
    r = run("metadata", line)
    assert r.text == line and r.metadata.title is None


def test_a_chinese_or_japanese_sentence_is_not_a_title():
    lede = "東京都は火曜日、来年度の予算案を発表した。総額は過去最大となる見通しだ。"
    later = "都議会は来月、予算案の審議を始める予定だ。野党は財源の説明を求めている。"
    r = run("metadata", "\n\n".join([lede, later]))
    assert r.metadata.title is None
    assert lede in r.text


def test_original_url_label_and_url():
    r = run("metadata", page("Original url:", "<https://example.com/story-1>"))
    assert r.metadata.original_url == "https://example.com/story-1"
    assert r.metadata.url == "https://example.com/story-1"
    assert "Original url" not in r.text
