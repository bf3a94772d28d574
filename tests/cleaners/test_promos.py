import pytest
from cleanerutil import kept_line, page, removed

POSITIVES = [
    "READ MORE: Council approves new stadium plans",
    "Lire aussi : La réforme des retraites adoptée",
    "Lesen Sie auch: Bahn streikt erneut",
    "Lee también: El Gobierno aprueba el presupuesto",
    "Écouter cet article",
    "Artikel anhören",
    "Sign up for our newsletter",
    "Suscríbete a nuestro boletín",
    "Share this article",
    "Related: [Five things to know about the budget](#)",
]
NEGATIVES = [
    "Read more about the plan in the council's report, which was published last week and runs to 200 pages.",
    "Listen to this: the mayor said the buses would be free on Sundays.",
    "Subscribers to the local paper were the first to learn of the decision.",
    "Related costs rose sharply.",
    "Share prices of the bus operator rose 4% on the news.",
]


@pytest.mark.parametrize("line", POSITIVES)
def test_promo_lines_are_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize("line", NEGATIVES)
def test_prose_that_resembles_a_promo_stays(line):
    assert kept_line("promos", line)


def test_a_long_paragraph_is_never_a_promo():
    line = "Read more: " + "the council said it would publish every vote online " * 5
    assert kept_line("promos", line)
