import pytest
from cleanerutil import BODY, BODY2, run

import newsclean

HEADLINES = [
    "Storm warning issued for coastal towns",
    "Pop star announces surprise world tour",
    "Football club sacks manager after defeat",
    "Scientists discover new species of frog",
]


@pytest.mark.parametrize("marker", ["Most read", "Les plus lus", "Meistgelesen", "Lo más leído", "More from Example News"])
def test_headlines_after_a_marker_are_dropped(marker):
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, marker, *HEADLINES]))
    assert r.text == f"{BODY}\n\n{BODY2}"
    assert {x.kind.value for x in r.removals} == {"trailing"}


@pytest.mark.parametrize("marker", ["More from Sport", "More in Business", "Mehr aus Politik", "Más de Deportes", "Meer nieuws uit Utrecht"])
def test_a_lead_phrase_and_a_section_name_is_a_marker(marker):
    # no separator after the lead phrase: the section's name follows it (one item only, too
    # few for the unmarked-run rule)
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, marker, HEADLINES[0]]))
    assert r.text == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize("line", ["More from the council's own report, published on Monday.", "Plus de 200 personnes"])
def test_a_sentence_or_a_figure_after_a_lead_phrase_is_no_marker(line):
    # prose lines after the article, none headline-like: nothing to drop
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, line, BODY2 + " Again."]))
    assert r.removals == []


def test_an_unmarked_run_of_unrelated_headlines_at_the_end_is_dropped():
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *HEADLINES]))
    assert r.text == f"{BODY}\n\n{BODY2}"


def test_short_closing_lines_about_the_article_stay():
    closing = ["Bus network expansion vote", "Council bus routes in outer districts", "Opponents of the bus plan"]
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *closing]))
    assert r.removals == []


def test_a_marker_word_inside_the_article_does_not_cut_the_article():
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, "Recommended", BODY * 2]))
    assert BODY * 2 in r.text


def test_a_marker_before_any_article_text_is_not_a_trailing_list():
    r = run("trailing_headlines", "\n\n".join(["Most read", BODY, BODY2]))
    assert r.removals == []


def test_the_article_resuming_after_a_marker_stays():
    # a "Related" box inside the article: two paragraphs in a row after it mean the article goes on
    before = [BODY, BODY2, BODY + " Again.", BODY2 + " Again.", BODY + " Once more."]
    text = "\n\n".join([*before, "Related stories", HEADLINES[0], BODY2, BODY])
    r = run("trailing_headlines", text)
    assert r.text.endswith(f"{BODY2}\n\n{BODY}")
    assert {x.text for x in r.removals} == {"Related stories", HEADLINES[0]}


def test_a_listing_resuming_after_an_inline_marker_stays():
    # a what's-on listing: an inline "Keep reading:" box, then more of its short entries, whose
    # details are sentences two in a row (a teaser list alternates headline and summary)
    before = [BODY, BODY2, BODY + " Again.", BODY2 + " Again.", BODY + " Once more."]
    entries = [
        "Family Science Day",
        "City Museum, 11am-4pm. Free, no booking needed.",
        "Rockets, slime and a planetarium show for all ages.",
        "Organ at Midnight",
        "St Nicholas' Church, 11.30pm. Tickets ten euro.",
        "An hour of Bach by candlelight. Bring a cushion.",
    ]
    r = run("trailing_headlines", "\n\n".join([*before, "Keep reading:", HEADLINES[0], *entries]))
    assert {x.text for x in r.removals} == {"Keep reading:", HEADLINES[0]}


def test_a_teaser_list_of_headlines_and_summaries_after_a_marker_goes():
    teasers = [
        HEADLINES[0], "Forecasters expect gusts of up to 70mph on Friday.",
        HEADLINES[1], "The singer will play forty dates across five continents.",
        HEADLINES[2], "The club has lost six of its last seven games.",
    ]  # fmt: skip
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, "Most read", *teasers]))
    assert r.text == f"{BODY}\n\n{BODY2}"


def test_a_numbered_list_closing_the_article_is_not_a_headline_run():
    items = ["1) Lego castle with drawbridge", "2) Model railway starter set", "3) Kite for beginners", "4) Puzzle of the solar system"]
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *items]))
    assert r.removals == []


def test_a_closing_list_of_unrelated_title_case_headlines_is_dropped():
    items = ["- Storm Warning Issued For Coastal Towns", "- Pop Star Announces Surprise World Tour", "- Scientists Discover New Species Of Frog"]
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *items]))
    assert r.text == f"{BODY}\n\n{BODY2}"


def test_closing_quotes_are_sentences_not_headlines():
    quotes = ['"We showed character," said the coach.', '"They never gave up."', "« Personne ne s'y attendait. »", '"Nobody saw it coming."']
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *quotes]))
    assert r.removals == []


def test_a_list_the_article_introduces_with_a_colon_stays():
    items = ["The Salt House by Amara Okafor", "Night Shift by Tom Keller", "Orchard by Sam Whitley", "Harbour Lights by Ewan Reid"]
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2 + " These are the four books on the list:", *items]))
    assert r.removals == []


@pytest.mark.parametrize("marker", ["Latest", "## Latest", "Most read"])
def test_a_marker_word_over_a_closing_paragraph_is_a_subheading(marker):
    closing = "On Tuesday two suppliers said they would launch fixed deals below the new cap, and a third is expected to follow."
    before = [BODY, BODY2, BODY + " Again.", BODY2 + " Again."]
    r = run("trailing_headlines", "\n\n".join([*before, marker, closing]))
    assert r.removals == []


def test_a_marker_with_nothing_after_it_goes():
    before = [BODY, BODY2, BODY + " Again.", BODY2 + " Again."]
    r = run("trailing_headlines", "\n\n".join([*before, "You may also like:"]))
    assert [x.text for x in r.removals] == ["You may also like:"]


MARKERS_BY_LANGUAGE = {
    "nl": ["Meest gelezen", "Meer nieuws", "## Net binnen"],
    "it": ["I più letti", "Ultime notizie", "## Articoli correlati"],
    "pt": ["Mais lidas", "Últimas notícias", "## Artigos relacionados"],
}
# Closing lines that open with marker words but are the article's own sentence.
CLOSING_PROSE_BY_LANGUAGE = {
    "nl": ["Meer nieuws volgt later vandaag.", "Meest gelezen was vorig jaar het boek van Mulisch.",
           "Net binnen kwam het bericht dat de brug weer open is."],
    "it": ["Ultime notizie dal fronte: nessun ferito.", "I più letti restano i gialli, secondo i librai.",
           "Altre notizie arriveranno nel pomeriggio."],
    "pt": ["Mais notícias ao longo do dia.", "Mais lidas são as páginas de desporto, diz o estudo.",
           "Últimas notícias dão conta de dois feridos."],
}


@pytest.mark.parametrize(
    "marker", [pytest.param(m, id=f"{lang}-{i}") for lang, ms in MARKERS_BY_LANGUAGE.items() for i, m in enumerate(ms)]
)
def test_dutch_italian_and_portuguese_markers_open_a_trailing_list(marker):
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, marker, *HEADLINES[:2]]))
    assert r.text == f"{BODY}\n\n{BODY2}"
    assert r.removals[0].reason == "marker of a list of other stories"


@pytest.mark.parametrize(
    "line",
    [pytest.param(x, id=f"{lang}-{i}") for lang, xs in CLOSING_PROSE_BY_LANGUAGE.items() for i, x in enumerate(xs)],
)
def test_closing_prose_that_opens_with_marker_words_stays(line):
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, line]))
    assert r.removals == []


def test_an_unmarked_run_stops_at_a_share_bar_or_newsletter_prompt():
    # the article's closing verdict, then the page's share bar (dropped by `promos`) and a
    # list of other stories: the share bar is where the article ended, so the run of
    # headlines goes and the verdict stays
    verdict = ["What we liked", "Two days of battery", "A bright screen", "What we did not", "Slow to charge"]
    share = ["Share on WhatsApp", "Share on Facebook"]
    text = "\n\n".join([BODY, BODY2, *verdict, *share, *HEADLINES])
    r = newsclean.Pipeline.from_names(["promos", "trailing_headlines"]).clean(text)
    gone = {x.text for x in r.removals if x.cleaner == "trailing_headlines"}
    assert gone == set(HEADLINES)


@pytest.mark.parametrize(
    "box",
    [
        ["Tore: 1:0 Baumgart (6.), 2:0 Weber (41.)", "Gelbe Karten: Lindner, Vogt", "Schiedsrichter: Tobias Engel", "Zuschauer: 3.450"],
        ["Rovers: Hale; Moss, Quinn, Brady; Kerr", "Scorers: Quinn 12, Kerr 77", "Referee: Dan Moyes", "Attendance: 4,211"],
    ],
)
def test_a_closing_box_of_label_value_lines_is_the_articles(box):
    # a match report's line-ups and scorers: records, not headlines of other stories
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *box]))
    assert r.removals == []


def test_a_headline_run_with_a_few_labels_is_still_dropped():
    headlines = ["Watch: Storm hits the coast", "Opinion: The budget fails the young", *HEADLINES]
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *headlines]))
    assert r.text == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize(
    "box",
    [
        ["The Saltings", "14 Harbour Row, Whitstable", "Open Wed-Sun, lunch and dinner", "Food 8/10 | Service 9/10"],
        ["Havnen om natten", "Spilletid: 1 time og 52 minutter", "I biografen fra torsdag", "★★★★★☆", "Fem ud af seks stjerner"],
    ],
)
def test_a_review_box_with_a_rating_ends_the_headline_run(box):
    # a rating line ("★★★★☆", "8/10") is the article's verdict, never a headline: the run of
    # headline-like lines read from the end stops there, too short to be a list of stories
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *box]))
    assert r.removals == []


def test_a_headline_with_a_date_is_still_a_headline():
    headlines = ["Remembering 9/11 twenty years on", *HEADLINES]
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *headlines]))
    assert r.text == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize(
    "box",
    [
        ["Top finishers", "Tom Baker 2:14:05", "Ana Costa 2:31:40", "Li Wei 1:29:12"],
        ["Uitslagen", "Ajax - PSV 2-1", "Feyenoord - AZ 0-0", "Twente - Utrecht 3-2"],
    ],
)
def test_a_closing_list_of_rows_sharing_a_figure_shape_is_the_articles(box):
    # results without labels: rows whose figures and punctuation match ("9:9:9", "-9-9")
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *box]))
    assert r.removals == []


@pytest.mark.parametrize(
    "headlines",
    [
        [f"{h} - 12 March 2024" for h in HEADLINES],  # each with its date: still headlines
        ["Storm kills 3 in coastal towns", "Pop star sells 2 million tickets", *HEADLINES[2:]],
    ],
)
def test_a_headline_run_with_dates_or_numbers_is_still_dropped(headlines):
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, *headlines]))
    assert r.text == f"{BODY}\n\n{BODY2}"
