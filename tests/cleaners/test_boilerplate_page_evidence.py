"""The ``boilerplate`` cleaner reading what the page prints elsewhere: a share button printed
again beside the share bar's dropped links, an inline promo whose headline the page lists again,
and the records of a results list whose labels hold a figure."""

from __future__ import annotations

import pytest

from newsclean import Kind
from newsclean.cleaners import boilerplate as bp

from .test_boilerplate import ARTICLE, FOOTER, HEADLINES, MENU, lines
from .test_boilerplate_edges import LEADS, analysed, gone_lines, kept

# -- a share button the page prints twice, above the lead -----------------------------------

# "Share" in languages the promos vocabulary does not know
SHARE_WORDS = ["Partekatu", "Rhannu", "Kopjo lidhjen", "Jaga"]
BUTTONS = ["Facebook", "WhatsApp"]  # the promos cleaner drops these in the bar at the bottom


def _lead_page(lang: str, share: str, bottom: list[str]) -> tuple[list[str], dict[int, Kind], int]:
    """A page in text: the header (byline, date: dropped as metadata), the share word, the lead,
    an inline box, the body, then ``bottom`` (``share`` is its first line) and the headlines.
    Returns the lines, the drops of the cleaners before (the header, and the buttons of
    ``BUTTONS`` as promos) and the lead's position."""
    title, header, lead, box, body = LEADS[lang]
    texts = [*MENU, title.lstrip("# "), *header, share, *lead, *(x.lstrip("* ") for x in box), *body, *bottom, *HEADLINES]
    at = len(MENU) + 1
    dropped = {at: Kind.METADATA, at + 1: Kind.METADATA}
    dropped |= {k: Kind.PROMO for k, text in enumerate(texts) if text in BUTTONS}
    return texts, dropped, texts.index(lead[0])


@pytest.mark.parametrize("share", SHARE_WORDS)
@pytest.mark.parametrize("lang", sorted(LEADS))
def test_a_share_button_printed_again_in_the_bottom_share_bar_does_not_stop_the_lead(lang, share):
    # the bar at the bottom holds the word again, beside the links the promos cleaner dropped:
    # the word is a share button, not a menu entry, and the lead under it is the article's
    texts, dropped, lead = _lead_page(lang, share, [share, *BUTTONS])
    assert analysed(texts, dropped).first == lead


@pytest.mark.parametrize("share", SHARE_WORDS)
def test_a_line_printed_again_among_the_footers_links_still_stops_the_lead(share):
    # negative: its copy at the bottom stands among lines no cleaner dropped (a footer's menu):
    # a menu entry, and the prose under it may be the page's
    texts, dropped, lead = _lead_page("en", share, ["About us", share, "Contact"])
    assert analysed(texts, dropped).first > lead


def test_a_share_button_beside_a_dropped_link_is_found_in_either_copy():
    # the helper reads each copy's neighbours: the button above or below the dropped link
    texts = ["Rhannu", "Prose line of the article that says something.", "Facebook", "Rhannu", "Contact"]
    found = analysed(texts, {})
    assert bp._share_button(found.lines, "Rhannu", {2: Kind.PROMO})
    assert not bp._share_button(found.lines, "Rhannu", {2: Kind.NAVIGATION})
    assert not bp._share_button(found.lines, "Rhannu", {})


def test_a_basque_lead_under_a_share_bar_stays_with_the_article():
    # the whole pipeline, on a page in text in a language the vocabularies do not know
    lead = [
        "Udalak igerileku berria irekiko du ekainaren 2an, astelehenean, eta udako ordutegia "
        "irailaren 15era arte luzatuko du, udal batzarrak atzo erabaki zuenez.",
        "Alkateak, Ane Goikoetxeak, atzo aurkeztu zuen igerilekua Gasteizen. Aurten 4.000 "
        "abonamendu salduko ditu udalak, iaz baino %12 gehiago.",
    ]
    box = ["Nork erabil dezake igerilekua?", "Herritar guztiek", "Ikastetxeek", "Kirol taldeek"]
    body = [
        "Abonamenduak udaletxean eta webgunean erosi ahal izango dira maiatzaren 20tik aurrera, "
        "eta prezioak iazko berberak izango dira, udalak jakinarazi duenez.",
        "Goikoetxeak gogorarazi zuen igerileku zaharra hogei urtez egon zela zabalik, eta "
        "berriak bi aldiz ur gehiago eta hiru aldiz toki gehiago dituela.",
        "Igerilekuaren lanek bi urte iraun dute, eta udalak hamar milioi euro gastatu ditu "
        "obretan, Eusko Jaurlaritzaren laguntzarekin.",
    ]
    page = lines(
        MENU,
        ["Udalak igerileku berria irekiko du ekainean", "Jon Aranburu", "2027/05/12", "Partekatu"],
        lead,
        box,
        body,
        ["Partekatu", *BUTTONS],
        HEADLINES,
        FOOTER,
    )
    assert kept(page, [*lead, *box, *body]) == []
    assert "Most read" in gone_lines(page)


# -- an inline promo whose headline the page lists again --------------------------------------

# read-more labels the promos vocabulary does not know
PROMO_LABELS = ["Och interessant", "Lexoni gjithashtu", "Pročitajte i", "Darllenwch hefyd"]
# a report in a language without a function-word list (Swedish): its paragraphs are near-prose,
# which their neighbours settle
REPORT = [
    "Motorvägen mot gränsen är avstängd sedan tidigt i morse efter en svår olycka. Räddningstjänsten "
    "och polisen är på plats, och trafiken står still i flera kilometer.",
    "En lastbil körde in i en personbil på motorvägen mellan tunneln och avfarten vid Sandvik "
    "strax efter sex på tisdagsmorgonen, och föraren fick klippas loss av räddningstjänsten.",
    "Enligt räddningstjänsten fördes föraren till sjukhus med helikopter. Vägen mot gränsen blir "
    "avstängd i flera timmar.",
    "Lastbilsföraren skadades lindrigt.",
]
REPORT_REST = [
    "Polisen uppmanar bilister att undvika området och att hålla räddningsgatan fri. Trafiken "
    "leds om via byarna norr om motorvägen.",
    "På plats fanns:\nRäddningstjänsten från Sandvik\nPolisen i regionen\nAmbulansflyget",
    "Trafiken väntas vara tät fram till tidig eftermiddag, då vägen öppnas igen.",
]
SV_HEADLINES = [
    "Mest läst",
    "Kommunen Säger Ja Till Ny Arena Trots Protester",
    "Fem Saker Att Veta Om Budgetomröstningen",
    "Hemmalaget Vann Cupen Efter Straffar",
    "Stormvarning Utfärdad För Kuststäderna",
]


@pytest.mark.parametrize("label", PROMO_LABELS)
def test_an_inline_promo_whose_headline_the_page_lists_again_is_looked_past(label):
    # "<label>: <headline>" between the paragraphs, longer than a short line and without
    # function words, made the short sentence above it furniture and cut the article off there
    promo = f"{label}: {SV_HEADLINES[1]}"
    page = lines(MENU, REPORT, [promo], REPORT_REST, SV_HEADLINES, FOOTER)
    assert kept(page, [*REPORT, *REPORT_REST]) == []
    found = analysed([*MENU, *REPORT, promo, *REPORT_REST, *SV_HEADLINES], {})
    at = len(MENU) + len(REPORT)
    assert found.lines[at].lone
    assert found.lines[at - 1].label == found.lines[at + 1].label == bp.GOOD  # neither is furniture


@pytest.mark.parametrize(
    "line",
    [
        "Lexoni gjithashtu: Polisen Söker Vittnen Efter Olyckan Vid Tunneln",  # printed nowhere else
        f"Foto: {MENU[1]}",  # a name repeated, no headline
        f"Räddningstjänsten sammanfattade det i sin rapport: {SV_HEADLINES[2]}",  # no label: prose
    ],
)
def test_a_colon_line_that_quotes_no_listed_headline_is_no_echo(line):
    # negative: its tail is no headline the page lists, or the line is no label and a headline
    texts = [*MENU, *REPORT, line, *REPORT_REST, *SV_HEADLINES]
    found = analysed(texts, {})
    colons = [k for k, x in enumerate(found.lines) if ":" in x.block.plain]
    seen = bp.Counter(x.block.plain for x in found.lines)
    assert bp._echoed_headlines(found.lines, colons, seen) == []


# -- a results list whose labels hold a figure -------------------------------------------------

RESULTS = {
    "en": [
        "Other results on Friday",
        "Under 19 piano solo: Megan Rhys, Llandeilo",
        "Choir: Cantorion Bro Dysynni",
        "Recitation 12-16: Tomos Evans, Bala",
        "Folk dance 18+: Dawnswyr Nantgarw",
    ],
    "de": [
        "Weitere Ergebnisse",
        "Einzel U16: Lena Hofer, Bregenz",
        "Doppel: Maier/Huber, Dornbirn",
        "Staffel 4x100 m: TS Lustenau",
        "Mixed 35+: Gruber/Schwarz, Feldkirch",
    ],
    "fr": [
        "Les autres résultats",
        "Solo de 12 à 15 ans : Chloé Martin, Sion",
        "Chœur mixte : La Cécilienne",
        "Duo 16-18 ans : Léa et Noé Favre, Sierre",
        "Fanfare 2e catégorie : L'Echo du Rhône",
    ],
}
CLOSING = "The competitions go on until Saturday, when the male voice choirs close the week."


@pytest.mark.parametrize("lang", sorted(RESULTS))
def test_a_results_list_whose_labels_hold_figures_stays_with_the_article(lang):
    # "Under 19 piano solo: ..." is no "Label: value" line by Block.label (letters only): the
    # list read as a run of short lines that names nothing of the article, and was cut off
    # with the closing paragraph after it
    results = RESULTS[lang]
    page = lines(MENU, ARTICLE, ["\n".join(results)], [CLOSING], HEADLINES, FOOTER)
    assert kept(page, [*ARTICLE, *results, CLOSING]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Under 19 piano solo: Megan Rhys",
        "U-16 girls: Westfield Academy",
        "Round 3: Ana Ruiz 6-4 6-2",
        "Etappe 7: Lyon - Grenoble",
        "Duo 16-18 ans : Léa Favre",
    ],
)
def test_a_label_with_a_figure_is_a_record(text):
    assert bp._figure_label(text)
    assert bp._is_record(bp.Block(0, 0, 1, text), bp.Counter())


@pytest.mark.parametrize(
    "text",
    [
        "Covid-19 cases rise again in the north",  # no colon: a headline
        "The score at half-time: 2-1",  # no figure in the label
        "In 2026 the council decided after a long debate: no",  # a sentence's words, not a label
        "12:30 Lunch",  # a time: a record by its opening figure, not by a label
        "Tickets 2027:",  # no value
    ],
)
def test_a_line_without_a_figured_label_is_no_figure_label(text):
    # negative
    assert not bp._figure_label(text)


# -- a signature that repeats the byline's name ------------------------------------------------

SIGNED = {
    "en": ("Maureen Okeke, General Secretary", "Maureen Okeke\nGeneral Secretary"),
    "by": ("By Tom Hallett", "Tom Hallett\nChair of the Riverside Tenants' Association"),
    "es": ("Ana Ruiz Beltrán, presidenta", "Ana Ruiz Beltrán\nPresidenta de la asociación"),
    "de": ("Von Jan-Peter Krüger", "Jan-Peter Krüger\nLandesvorsitzender"),
}
JOIN_BOX = ["Join today", "It takes five minutes and you are covered from the first day."]


def _signed_page(byline: str, signature: str) -> str:
    return lines(
        MENU, ["Water prices: why we will not stay quiet", byline, "3 November 2026"], ARTICLE, [signature], JOIN_BOX, HEADLINES, FOOTER
    )


@pytest.mark.parametrize("case", sorted(SIGNED))
def test_a_signature_with_the_bylines_name_stays_with_the_article(case):
    # a name over a role, with no comma or dash to make it a sign-off: the byline names the
    # same person, so it signs the article
    byline, signature = SIGNED[case]
    assert kept(_signed_page(byline, signature), [*ARTICLE, *signature.split("\n")]) == []


@pytest.mark.parametrize("case", sorted(SIGNED))
def test_a_name_over_a_role_the_byline_does_not_give_is_not_the_articles(case):
    # negative: another name over a role after the article (a newsletter's editor, an author
    # box of another writer) is the page's
    _, signature = SIGNED[case]
    gone = gone_lines(_signed_page("By Laura Fenwick", signature))
    assert signature.split("\n")[0] in gone


def test_a_name_that_only_shares_a_word_with_the_byline_does_not_sign():
    # negative: the whole name, its words in a row, must stand in the byline
    header = analysed(["By Maureen Hale", "Okeke Transport, General Secretary"], {}).lines
    signature = [bp.Block(0, 0, 1, "Maureen Okeke"), bp.Block(1, 0, 1, "General Secretary")]
    assert not bp._signs_byline(signature, header)
    assert bp._signs_byline(signature, analysed(["By Maureen Okeke"], {}).lines)


@pytest.mark.parametrize(
    "box",
    [
        ["Maureen Okeke", "Maureen Okeke is the general secretary of the union and writes every month."],
        ["Maureen Okeke\nGeneral Secretary", "Maureen Okeke has led the union since 2019 and writes every month."],
    ],
)
def test_an_author_box_with_the_bylines_name_is_the_pages(box):
    # negative: the name alone, or over a role and then a bio that opens with it, is an author
    # box (which the dev pages' truth leaves out), not a signature
    page = lines(
        MENU, ["Water prices: why we will not stay quiet", SIGNED["en"][0], "3 November 2026"], ARTICLE, box, HEADLINES, FOOTER
    )
    assert box[0].split("\n")[0] in gone_lines(page)
    assert kept(page, ARTICLE) == []


# -- the reference to the study a science article reports --------------------------------------

REFERENCES = [
    ["Journal reference:", "Global Change Biology, DOI: 10.1111/gcb.70412"],
    ["Studie: Nature Climate Change, doi:10.1038/s41558-026-0123-4"],
    ["Referencia", "Martínez, L. et al. Las aves del Estrecho", "Ecología, DOI 10.5678/eco.2026.114"],
    ["Référence : Proceedings of the Royal Society B, https://doi.org/10.1098/rspb.2026.0412"],
]


@pytest.mark.parametrize("reference", REFERENCES, ids=range(len(REFERENCES)))
def test_a_journal_reference_after_a_science_article_stays_with_it(reference):
    page = lines(MENU, ARTICLE, reference, ["Sign up to our science newsletter"], HEADLINES, FOOTER)
    assert kept(page, [*ARTICLE, *reference]) == []


@pytest.mark.parametrize(
    "after",
    [
        ["Tickets cost 10.50/12.00 euros at the door", "Doors open at 7pm"],  # a price, no DOI
        ["Related", "Ocean heat hits a record", "Ice sheets melt faster", "Doi: 10.1038/nature.2026.1"],  # too far down
    ],
)
def test_lines_after_the_article_without_a_doi_in_reach_are_no_reference(after):
    # negative: the short lines after the article stay the page's
    found = analysed([*MENU, *ARTICLE, *after, *HEADLINES], {})
    candidates: list[bp.Line | None] = list(found.lines[len(MENU) + len(ARTICLE) :])
    assert bp._reference(candidates) == 0
    assert bp._reference([None, *candidates]) == 0


def test_a_doi_under_an_inline_promo_is_no_reference():
    # negative: a promo another cleaner dropped before the DOI line ends the block
    found = analysed(["Journal reference:", "Nature, DOI: 10.1038/s41586-026-0001-2"], {})
    assert bp._reference(list(found.lines)) == 2
    assert bp._reference([found.lines[0], None, found.lines[1]]) == 0
