import pytest
from cleanerutil import kept_line, page, removed, run

POSITIVES = [
    "Firefighters at the scene of the blaze on Monday. Photo: Reuters",
    "Demonstrators in central Paris (Photo: Getty Images)",
    "Le président lors de son discours. Photo : AFP",
    "Soldaten an der Grenze. Foto: dpa",
    "The damaged building in Kharkiv. Credit: Sergey Bobok/AFP via Getty Images",
    "AP Photo/Jane Doe",
    "Image: Ministry of Defence/Handout",
]
NEGATIVES = [
    '"The picture is clear: we need more buses," the mayor said.',
    "The minister told Reuters the plan would be reviewed.",
    "Photographs of the flood went viral on social media, prompting a response from the council.",
    "Image matters, she said.",
]


@pytest.mark.parametrize("line", POSITIVES)
def test_caption_lines_are_dropped(line):
    assert removed("captions", page(line)) == {line: "caption"}


@pytest.mark.parametrize("line", NEGATIVES)
def test_prose_that_mentions_a_picture_stays(line):
    assert kept_line("captions", line)


def test_alt_text_repeated_in_the_caption_below_goes_with_it():
    alt = "Protesters gather outside parliament on Monday"
    text = page(alt, alt + ". Picture: PA")
    assert removed("captions", text) == {alt: "caption", alt + ". Picture: PA": "caption"}


def test_credit_at_the_end_of_a_long_paragraph_is_cut_not_the_paragraph():
    paragraph = ("The council said the new routes would start in May and run every ten minutes. " * 8) + "(Photo: Reuters)"
    r = run("captions", page(paragraph))
    assert "The council said the new routes" in r.text
    assert "(Photo: Reuters)" not in r.text
