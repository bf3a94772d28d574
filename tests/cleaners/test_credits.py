import pytest
from cleanerutil import BODY, BODY2, kept_line, page, removed

import newsclean


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


# Dutch, Italian and Portuguese credit lines; then prose that opens or ends with the same words.
CREDITS_BY_LANGUAGE = {
    "nl": (
        ["Met medewerking van ANP", "Eindredactie: Marieke de Boer",
         "Jan de Vries en Sanne Bakker hebben bijgedragen aan dit artikel."],
        ["Met medewerking van de politie werd de straat afgezet.",
         "Eindredactie van een krant is zwaar werk, zegt de hoofdredacteur.",
         "Veel lezers hebben bijgedragen aan dit artikel over de stad door hun herinneringen te delen."],
    ),
    "it": (
        ["(Ha collaborato Giulia Bianchi)", "Hanno collaborato Marco Rossi e Luca Verdi",
         "Marco Rossi ha collaborato a questo articolo."],
        ["Ha collaborato con la polizia per mesi, secondo gli inquirenti.",
         "Con la collaborazione di tutti ce la faremo, ha detto il sindaco.",
         "Molti esperti hanno contribuito a questo articolo della legge, approvato ieri in Senato."],
    ),
    "pt": (
        ["Com informações da Reuters", "Colaborou Ana Sousa", "João Silva contribuiu para esta reportagem."],
        ["Com informações de vizinhos, a polícia localizou o suspeito.",
         "Colaborou com a polícia durante toda a investigação, segundo a defesa.",
         "Vários fatores contribuíram para esta reportagem ganhar o prémio, disse o júri."],
    ),
}


@pytest.mark.parametrize(
    "line", [pytest.param(x, id=f"{lang}-{i}") for lang, (pos, _) in CREDITS_BY_LANGUAGE.items() for i, x in enumerate(pos)]
)
def test_dutch_italian_and_portuguese_credit_lines_are_dropped(line):
    assert removed("credits", page(line)) == {line: "credits"}


@pytest.mark.parametrize(
    "line", [pytest.param(x, id=f"{lang}-{i}") for lang, (_, neg) in CREDITS_BY_LANGUAGE.items() for i, x in enumerate(neg)]
)
def test_dutch_italian_and_portuguese_prose_about_contributions_stays(line):
    assert kept_line("credits", line)


# Prose that opens with a credit's lead phrase and a capital, or ends with "also contributed":
# its words are a sentence's, not names (the credits above keep being dropped).
PROSE_WITH_CREDIT_WORDS = [
    "Research by Oxford University found that commuters lose 40 minutes a day in traffic.",
    "Compiled by Eurostat, the figures show that the region has the slowest buses in the country.",
    "Reporting by ProPublica revealed last year that the contracts had never been tendered.",
    "Inflation rose to 3.2 percent in March. Higher fuel prices also contributed.",
    "Mit Material von Greenpeace hat die Gemeinde eine Ausstellung über das Klima gestaltet.",
    "Met medewerking van Rijkswaterstaat is de brug in twee weken gerepareerd.",
    "Com informações da Polícia Militar, o jornal confirmou que três pessoas ficaram feridas.",
    "Rédigé par Victor Hugo en exil, le texte est lu chaque année sur la place du village.",
]


@pytest.mark.parametrize("line", PROSE_WITH_CREDIT_WORDS)
def test_a_sentence_that_opens_or_ends_like_a_credit_stays(line):
    assert kept_line("credits", line)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Jane Doe in Washington; additional reporting by Jeff Roe aboard Air Force One; Editing by Don Poe",
        "Associated Press writer Jane Doe in Paris also contributed.",
        "Mit Material von dpa und AFP",
        "Com informações da Agência Brasil e do G1",
    ],
)
def test_credits_with_connecting_words_and_agencies_are_dropped(line):
    assert removed("credits", page(line)) == {line: "credits"}


def _article_with_a_box(byline: str, heading: str, under: str) -> newsclean.Result:
    """An article under its headline and byline, a heading and a paragraph after it, cleaned
    by `metadata` (which reads the byline) and `credits`."""
    text = "\n\n".join(["# The council votes on buses", byline, BODY, BODY2, heading, under])
    return newsclean.Pipeline.from_names(["metadata", "credits"]).clean(text)


@pytest.mark.parametrize(
    ("byline", "heading", "bio"),
    [
        ("By Jane Doe", "About Jane Doe", "Jane Doe covers transport for the paper and has written two books on cities."),
        ("Por Carla Mendes", "Sobre Carla Mendes", "Mãe de dois filhos, Carla Mendes é professora há vinte anos."),
        ("Von Anna Schmidt", "### Über Anna Schmidt", "Als Redakteurin verantwortet Anna Schmidt das Ressort Wirtschaft."),
    ],
)
def test_an_about_box_on_the_bylines_author_is_dropped(byline, heading, bio):
    r = _article_with_a_box(byline, heading, bio)
    assert {x.text: x.kind.value for x in r.removals if x.cleaner == "credits"} == {heading: "credits", bio: "credits"}


@pytest.mark.parametrize(
    ("byline", "heading", "under"),
    [
        # a heading on someone else, or on a place, is the article's
        ("By Jane Doe", "About John Roe", "John Roe chaired the inquiry for three years before he resigned."),
        ("By Jane Doe", "About Paris", "Paris has more buses per head than any other European capital."),
        # the author's name in a heading, but the paragraph under it is not about her
        ("By Jane Doe", "About Jane Doe", "The council will vote again in May, officials said."),
    ],
)
def test_a_heading_that_is_no_bio_of_the_author_stays(byline, heading, under):
    r = _article_with_a_box(byline, heading, under)
    assert heading in r.text and under in r.text


@pytest.mark.parametrize(
    "line",
    ["责任编辑：刘洋", "（责任编辑：王磊）", "编辑: 李晓燕", "責任編輯：陳大文", "Επιμέλεια: Γιώργος Παπαδόπουλος", "Opracowanie: Jan Kowalski"],
)
def test_editor_lines_in_other_languages_are_dropped(line):
    assert removed("credits", page(line)) == {line: "credits"}


@pytest.mark.parametrize(
    "line",
    [
        # a lead phrase of a script without capitals and no colon: the words after it prove no name
        "编辑 部门表示将继续关注此事",
        "编辑部表示，将继续关注此事。",
        "校对工作由三名实习生完成。",
        "Επιμέλεια: η σωστή προετοιμασία είναι το μισό της δουλειάς.",
        "opracowanie: wstępne dane wskazują na wzrost",
    ],
)
def test_prose_that_opens_like_an_editor_line_stays(line):
    assert kept_line("credits", line)
