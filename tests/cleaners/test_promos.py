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
    "Read more:",  # the label alone, its headline on the next line
    "Leggi anche",
    "Lesen Sie auch:",
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


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Get the latest updates right in your inbox. Subscribe to Example.com's newsletters.", "promo"),
        ("Like this story? Share it with a friend!", "promo"),
        ("Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.", "promo"),
        ("Have a tip? Jane Doe may be reached at jdoe@example.com.", "template"),
    ],
)
def test_calls_to_action_in_a_short_line_are_dropped(line, kind):
    assert removed("promos", page(line)) == {line: kind}


@pytest.mark.parametrize(
    "line",
    [
        "The council's newsletter, which residents receive each month, described the plan in detail.",
        "Officials said the mayor can be reached at city hall on weekdays.",
        "Many readers subscribe to several newsletters, a survey by the institute found last year, "
        "and most of them read at least one every day before work, often on their phones.",
    ],
)
def test_prose_about_newsletters_and_contacts_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize(
    "line",
    [
        "SEE MORE: Hong Kong protests enter their sixth month",
        "[Related: Five things to know about the budget]",
        "Follow Example News on Instagram, Facebook, Twitter and YouTube.",
        "Tell us what YOU think...",
        "Get Example Monthly delivered every month. 12 issues for £11.99. Click here for more",
        "Cliquez ici pour recevoir nos offres.",
    ],
)
def test_more_promo_classes(line):
    assert set(removed("promos", page(line)).values()) == {"promo"}


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, investigators said on Monday.",
        "Click here, the instructions said, and the machine would start; it did not.",
        "See more of the city's history at the museum, which reopens in May after a long renovation.",
    ],
)
def test_prose_with_promo_words_stays(line):
    assert kept_line("promos", line)


def test_feedback_prompts_are_dropped():
    line = "We’d like to hear what you think about this or any of our articles."
    assert removed("promos", page(line)) == {line: "promo"}
