import pytest
from cleanerutil import BODY, BODY2, kept_line, page, removed, run

ATTRIBUTIONS = [
    "— Jane Reporter (@janereporter) [April 2, 2023](#)",
    "— Ministère des Armées (@Armees_Gouv) 12 mars 2023",
    "- Bundesregierung (@RegSprecher) 3. Mai 2023",
]


@pytest.mark.parametrize("line", ATTRIBUTIONS)
def test_attribution_lines_and_post_text_are_dropped(line):
    post = "Huge crowds at the station this morning #transport"
    got = removed("social_embeds", page(post, line))
    assert got == {post: "embed", line: "embed"}


def test_post_text_can_be_kept_whole():
    post = "Huge crowds at the station this morning #transport"
    got = removed("social_embeds", page(post, ATTRIBUTIONS[0]), post_text="keep")
    assert got == {ATTRIBUTIONS[0]: "embed"}


@pytest.mark.parametrize("line", ["pic.twitter.com/AbC123xyz", "<https://t.co/Xy12AbCd>"])
def test_media_link_lines_are_dropped(line):
    assert removed("social_embeds", page(line)) == {line: "embed"}


def test_a_link_at_the_end_of_a_post_is_cut():
    r = run("social_embeds", page("Great turnout today [pic.twitter.com/AbC123](https://pic.twitter.com/AbC123)"))
    assert "Great turnout today" in r.text and "pic.twitter" not in r.text


@pytest.mark.parametrize(
    "line, cut",
    [
        ("Great turnout today, the council said https://t.co/AbC123", "https://t.co/AbC123"),
        ("Great turnout today, the council said <https://t.co/AbC123>", "<https://t.co/AbC123>"),
        ("Great turnout today, the council said [photo](https://t.co/AbC123)", "[photo](https://t.co/AbC123)"),
        ("Great turnout today, the council said:https://t.co/AbC123", "said:https://t.co/AbC123"),
    ],
)
def test_an_embed_link_is_cut_with_its_markdown_or_the_run_it_ends(line, cut):
    r = run("social_embeds", page(line))
    assert [x.text for x in r.removals if x.cleaner == "social_embeds"] == [cut]


def test_a_post_with_thousands_of_embed_links_loses_each_and_keeps_its_words():
    links = [f"https://t.co/a{i}" for i in range(2000)]
    r = run("social_embeds", page("Photos from the rally tonight " + " ".join(links)))
    assert [x.text for x in r.removals if x.cleaner == "social_embeds"] == links
    assert "\n\nPhotos from the rally tonight\n\n" in r.text


NEGATIVES = [
    "The mayor, who posts as @citymayor, said the buses would be free.",
    "— and then, the mayor said, the buses would be free.",
    "Contact the newsroom at tips@example.com with your stories.",
]


@pytest.mark.parametrize("line", NEGATIVES)
def test_prose_with_handles_or_dashes_stays(line):
    assert kept_line("social_embeds", line)


def test_body_paragraphs_before_a_post_are_not_taken_for_it():
    post = "Breaking: the station is closed"
    text = "\n\n".join([BODY, BODY2, post, ATTRIBUTIONS[0]])
    got = removed("social_embeds", text)
    assert BODY not in got and BODY2 not in got
