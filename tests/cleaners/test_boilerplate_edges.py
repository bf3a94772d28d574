"""The ``boilerplate`` cleaner at the article region's edges: a lead paragraph above an inline
box, question headings of an explainer, a rating line opening or closing a review and the last item
of a list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Kind
from newsclean.cleaners import boilerplate as bp
from newsclean.document import Block

from .test_boilerplate import ARTICLE, FOOTER, HEADLINES, MENU, lines


def gone_lines(text: str) -> dict[str, str]:
    """Clean ``text`` with the default pipeline: the lines removed whole, as {line: cleaner}."""
    result = newsclean.Pipeline.default().clean_text(text)
    return {r.text.strip(): r.cleaner for r in result.removals}


def kept(text: str, wanted: list[str]) -> list[str]:
    """The lines of ``wanted`` the default pipeline removed (none, when all stay)."""
    gone = gone_lines(text)
    return [line for line in wanted if line in gone]


# -- question headings over their answers (an explainer, a Q&A) -----------------------------

EXPLAINERS = {
    "en": (
        "From April every household in Millbrook must sort its food waste into a separate "
        "brown bin, the borough council announced on Tuesday after a vote of its members, and "
        "the first bins will be delivered to the homes in the north of the town next month.",
        [
            (
                "What changes?",
                "Until now the brown bin was optional and only a third of homes had one. "
                "From April it is compulsory, and the bin will be emptied every week in summer.",
            ),
            (
                "What goes in it?",
                "Fruit and vegetable peel, coffee grounds, tea bags and eggshells, "
                "and cooked leftovers too, as long as they are wrapped in newspaper first.",
            ),
            (
                "What does it cost?",
                "The bin itself is free, but the waste charge rises by a few "
                "pounds a year for a family of four, the council says, and by less for a single person "
                "who lives in a flat and shares the bins of the building with the other tenants.",
            ),
            (
                "Can I opt out?",
                "Yes, if you compost all of your food waste at home. The form is at "
                "the town hall and on the council's website.",
            ),
        ],
    ),
    "de": (
        "Ab dem ersten April müssen alle Haushalte in Lindenau ihre Küchenabfälle getrennt "
        "sammeln, wie die Stadtverwaltung am Dienstag nach einer Abstimmung im Rat mitteilte, "
        "und die ersten Tonnen werden schon im nächsten Monat an die Haushalte im Norden verteilt.",
        [
            (
                "Was ändert sich?",
                "Bisher war die braune Tonne freiwillig, nur jeder dritte Haushalt "
                "hatte eine. Ab April ist sie Pflicht, und im Sommer wird sie jede Woche geleert.",
            ),
            (
                "Was darf hinein?",
                "Obstschalen, Kaffeesatz, Teebeutel und Eierschalen, und auch "
                "gekochte Essensreste, wenn sie vorher in Zeitungspapier gewickelt werden.",
            ),
            (
                "Was kostet das?",
                "Die Tonne selbst ist kostenlos, aber die Gebühr steigt für eine "
                "Familie mit zwei Kindern um einige Euro im Jahr, sagt die Stadt, und für einen Haushalt "
                "mit nur einer Person, der die Tonnen des Hauses mit den anderen Mietern teilt, um weniger.",
            ),
            (
                "Kann ich mich befreien lassen?",
                "Ja, wenn Sie alle Abfälle selbst kompostieren. "
                "Den Antrag gibt es im Rathaus und auf der Seite der Stadt.",
            ),
        ],
    ),
    "es": (
        "Desde el uno de abril todos los hogares de Villanueva deberán separar sus restos de "
        "comida en un contenedor marrón, anunció el martes el ayuntamiento tras una votación, y "
        "los primeros contenedores llegarán el mes que viene a las casas del norte de la ciudad.",
        [
            (
                "¿Qué cambia?",
                "Hasta ahora el contenedor marrón era voluntario y solo lo tenía un "
                "tercio de los hogares. Desde abril es obligatorio y en verano se vacía cada semana.",
            ),
            (
                "¿Qué se puede tirar?",
                "Restos de fruta y verdura, posos de café, bolsitas de té y "
                "cáscaras de huevo, y también sobras cocinadas si van envueltas en papel.",
            ),
            (
                "¿Cuánto cuesta?",
                "El contenedor es gratuito, pero la tasa de basuras sube unos "
                "pocos euros al año para una familia de cuatro, según el ayuntamiento, y algo menos para "
                "quien vive solo en un piso y comparte los contenedores del edificio con los vecinos.",
            ),
            (
                "¿Puedo quedar exento?",
                "Sí, si composta en casa todos sus restos de comida. El "
                "formulario está en el ayuntamiento y en su página web.",
            ),
        ],
    ),
}
# a box between two of the explainer's questions: a heading and headlines no cleaner drops
RELATED_BOX = ["Elsewhere in town", "Parking charges rise in the town centre"]


# what must stay out of the bin: a question over a list of short items, in each language
KEEP_OUT = {
    "en": ["What must stay out?", "Plastic bags", "Cat litter", "Nappies"],
    "de": ["Was darf nicht hinein?", "Plastiktüten", "Katzenstreu", "Windeln"],
    "es": ["¿Qué no se puede tirar?", "Bolsas de plástico", "Arena de gato", "Pañales"],
}


def _explainer(lang: str) -> tuple[str, list[tuple[str, str]], list[str]]:
    """An explainer's lead, its (question, answer) pairs and those pairs' lines in order."""
    lead, pairs = EXPLAINERS[lang]
    return lead, pairs, [line for pair in pairs for line in pair]


@pytest.mark.parametrize("lang", EXPLAINERS)
def test_the_question_headings_of_an_explainer_stay_with_it(lang):
    # each question cost the region search like a menu entry: with a box and a short list
    # among them, the explainer was cut in two, and its second half went with the page
    lead, _, qa = _explainer(lang)
    text = lines(MENU, [lead], qa[:4], RELATED_BOX, KEEP_OUT[lang], qa[4:], HEADLINES, FOOTER)
    assert kept(text, [lead, *qa, *KEEP_OUT[lang]]) == []
    assert set(kept(text, MENU + FOOTER)) == set(MENU + FOOTER)


def analysed(texts: list[str], dropped: dict[int, Kind] | None = None) -> bp.Analysis:
    """The boilerplate analysis of one block a text, with the drops of the cleaners before."""
    return bp.analyse([Block(i, 0, 1, text) for i, text in enumerate(texts)], dropped=dropped or {})


def test_a_question_over_a_newsletter_pitch_is_not_an_article_question():
    # negative: the pitch runs into its form ("Subscribe", which the promos cleaner drops)
    lead, pairs, qa = _explainer("en")
    box = [
        "Want more stories like this?",
        "Every morning we send the five stories you need to read.",
        "Subscribe",
    ]
    texts = [*MENU, lead, *qa, *box]
    found = analysed(texts, {len(texts) - 1: Kind.PROMO})
    asks = {line.block.plain for line in found.lines if line.asks}
    assert asks == {question for question, _ in pairs}


def test_question_headlines_after_the_article_stay_furniture():
    # negative: a list of question headlines has no answer under each
    lead, _, qa = _explainer("en")
    teasers = [
        "Most read",
        "Is the council tax rise fair?",
        "Will the bypass ever open?",
        "Who pays for the new pool?",
    ]
    text = lines(MENU, [lead], qa, teasers, FOOTER)
    assert kept(text, teasers) == teasers


def test_a_question_the_page_repeats_is_no_heading():
    # negative: a question printed in the menu and again over a teaser is the page's
    lead, _, qa = _explainer("en")
    ask = "Got a story for us?"
    pitch = "Our reporters read every message, and we will get back to you within a day or two."
    text = lines([*MENU, ask], [lead], qa, HEADLINES, [ask, pitch], FOOTER)
    assert pitch in gone_lines(text)


# -- the lead paragraph above an inline box ------------------------------------------------

LEADS = {
    "en": (
        "# Harbour authority raises mooring fees by twelve percent",
        ["By Jane Smith", "12 March 2027"],
        [
            "The harbour authority in Millbrook will raise mooring fees by twelve percent from "
            "April, the largest rise in a decade, after storms damaged two of its pontoons.",
            "Boat owners were told of the harbour increase in a letter sent on Monday evening.",
        ],
        ["Read more:", "* [Council approves new stadium plans](#)", "* [Storm warning for coastal towns](#)"],
        [
            "Harbour officials said the mooring fees had not covered the cost of repairs for "
            "several years and that the storms had made the gap impossible to ignore.",
            "The owners' association said it would ask the authority to spread the rise over "
            "two years, and that many owners would move their boats to cheaper harbours.",
            "The authority will publish the new fees for each berth at the end of the month, "
            "together with a plan for the repairs and the dates on which they will start.",
        ],
    ),
    "it": (
        "# Il porto aumenta del dodici per cento le tariffe degli ormeggi",
        ["Di Marco Rossi", "12 marzo 2027"],
        [
            "L'autorità del porto di Castellano aumenterà le tariffe degli ormeggi del dodici per "
            "cento da aprile, il rincaro più forte da dieci anni, dopo che le mareggiate di febbraio "
            "hanno danneggiato due dei suoi pontili.",
        ],
        ["Leggi anche:", "* [Nuovo stadio, via libera del consiglio](#)", "* [Allerta meteo sulla costa](#)"],
        [
            "Secondo l'autorità del porto le tariffe degli ormeggi non coprivano da anni il costo "
            "delle riparazioni, e le mareggiate hanno reso la differenza impossibile da ignorare.",
            "L'associazione dei proprietari chiederà all'autorità di distribuire l'aumento su due "
            "anni, e molti proprietari sposteranno le barche in porti più economici della zona.",
            "L'autorità pubblicherà le nuove tariffe per ogni posto barca alla fine del mese, "
            "insieme al piano delle riparazioni e alle date in cui i lavori cominceranno.",
        ],
    ),
    "pt": (
        "# Porto aumenta em doze por cento as taxas de amarração",
        ["Por Ana Costa", "12/03/2027"],
        [
            "A autoridade do porto de Vila Nova vai aumentar as taxas de amarração em doze por cento "
            "a partir de abril, a maior subida em dez anos, depois das tempestades de fevereiro.",
            "Os donos dos barcos souberam do aumento das taxas por uma carta enviada na segunda-feira.",
        ],
        ["Veja também", "* [Câmara aprova novo estádio](#)", "* [Alerta de tempestade na costa](#)"],
        [
            "Segundo a autoridade do porto, as taxas de amarração não cobriam há anos o custo das "
            "reparações, e as tempestades tornaram a diferença impossível de ignorar este ano.",
            "A associação dos proprietários vai pedir à autoridade que divida o aumento por dois "
            "anos, e muitos donos vão levar os barcos para portos mais baratos da região.",
            "A autoridade vai publicar as novas taxas de cada lugar no fim do mês, com o plano "
            "das reparações e as datas em que as obras vão começar no porto da vila.",
        ],
    ),
}
MD_MENU = [f"* [{m}](#)" for m in MENU]
MD_HEADLINES = ["## Most read", *(f"* [{h}](#)" for h in HEADLINES[1:])]
MD_FOOTER = [f"[{f}](#)" for f in FOOTER[:4]] + FOOTER[4:]


@pytest.mark.parametrize("lang", LEADS)
def test_the_lead_above_an_inline_box_stays_with_the_article(lang):
    # the box of related links cost the region search more than the short lead weighed: the
    # region started under the box, and the lead went with the page
    title, header, lead, box, body = LEADS[lang]
    text = lines(MD_MENU, [title], header, lead, box, body, MD_HEADLINES, MD_FOOTER)
    assert kept(text, lead + body) == []
    assert kept(text, box[1:]) == box[1:]


@pytest.mark.parametrize(
    ("lang", "button"), [("en", "* [Comments](#)"), ("en", "* [14 comments](#)"), ("pt", "* [Comentários](#)")]
)
def test_a_comment_button_in_the_share_bar_does_not_stop_the_lead(lang, button):
    # the share bar under the byline holds a comment count or button: no thread opens there
    title, header, lead, box, body = LEADS[lang]
    share = ["* [Facebook](#)", button, "* [Email](#)"]
    text = lines(MD_MENU, [title], header, share, lead, box, body, MD_HEADLINES, MD_FOOTER)
    assert kept(text, lead + body) == []


def test_a_comment_heading_between_the_lead_and_the_region_stops_the_lead():
    # negative: a thread's heading between the prose above and the region: that prose may be
    # a comment, not the lead (the region is left where the search put it)
    title, header, lead, box, body = LEADS["en"]
    texts = [*MENU, title, *header, *lead, "Comments", *box, *body, *HEADLINES]
    at = len(MENU) + 1
    dropped = {at: Kind.METADATA, at + 1: Kind.METADATA}
    assert analysed(texts, dropped).first > texts.index(lead[0])
    without = [t for t in texts if t != "Comments"]
    assert analysed(without, dropped).first == without.index(lead[0])


def test_a_short_standfirst_under_the_byline_is_no_lead():
    # negative: one short sentence between the byline and a share bar is a dek, not the lead
    title, header, _, _, body = LEADS["en"]
    dek = "Owners say they will move their boats elsewhere."
    share = ["* [Facebook](#)", "* [Twitter](#)", "* [Email](#)"]
    text = lines(MD_MENU, [title], header, [dek], share, body, MD_HEADLINES, MD_FOOTER)
    assert dek in gone_lines(text)
    assert kept(text, body) == []


def test_a_teaser_under_a_date_that_names_nothing_of_the_article_is_no_lead():
    # negative: prose under a date above a link box, made of other words, is another story's
    title, header, _, box, body = LEADS["en"]
    teaser = (
        "Tickets for the summer music festival in the castle grounds go on sale on Friday, and "
        "organisers expect the three evenings of concerts to sell out within hours."
    )
    text = lines(MD_MENU, [title], header, [teaser], box, body, MD_HEADLINES, MD_FOOTER)
    assert teaser in gone_lines(text)
    assert kept(text, body) == []


def test_without_a_byline_or_date_the_region_is_not_moved_up():
    # negative: the same page, its header lines dropped as a menu and not as a byline and a
    # date: no header in reach above the box, so the prose above it may be the page's
    title, header, lead, box, body = LEADS["en"]
    texts = [*MENU, title, *header, *lead, *box, *body, *HEADLINES]
    at = len(MENU) + 1  # the header's first line
    start = texts.index(lead[0])
    assert analysed(texts, {at: Kind.METADATA, at + 1: Kind.METADATA}).first == start
    assert analysed(texts, {at: Kind.NAVIGATION, at + 1: Kind.NAVIGATION}).first > start


# -- short paragraphs around the article's own list, in a language without function words --

# Croatian: no function-word list, so each paragraph is near-prose by its length and its stop
# alone, and only a run of them long enough is the article's
HR_PAGE = {
    "menu": ["Naslovnica", "Vijesti", "Sport", "Kultura", "Vrijeme", "Pretplata"],
    "header": ["Novi gradonačelnik Lipovca je Ivan Horvat", "Piše: Ana Jurić", "3. studenoga 2027."],
    "share": ["Podijeli na Facebooku", "Podijeli na X", "Pošalji e-poštom"],
    "before": [
        "Novi gradonačelnik Lipovca postao je Ivan Horvat. Nezavisni kandidat osvojio je 5 112 glasova, odnosno 44,2 posto.",
        "Izlaznost u gradu iznosila je 51,3 posto, pet postotnih bodova više nego prije četiri godine.",
    ],
    "list": [
        "Rezultati izbora za gradonačelnika:",
        "1. Ivan Horvat (nezavisni) – 5 112 glasova",
        "2. Marija Kovač (HDZ) – 3 870 glasova",
        "3. Petar Babić (SDP) – 2 590 glasova",
    ],
    "after": [
        "Horvat je nakon objave rezultata rekao da mu je prioritet obnova mosta preko rijeke.",
        "Kovač je priznala poraz i čestitala novom gradonačelniku.",
        "Novo gradsko vijeće sastat će se prvi put sredinom studenoga, kada bira i svog predsjednika.",
    ],
    "more": ["Najčitanije", "Most preko Lipe zatvoren zbog radova", "U Lipovcu otvoren novi bazen", "Cijene grijanja rastu od siječnja"],
    "footer": ["O nama", "Kontakt", "Oglašavanje", "Uvjeti korištenja", "© 2027 Lipovački list d.o.o."],
}


def test_short_paragraphs_around_the_articles_list_are_one_run():
    # the paragraphs on each side of the list are too short to be a run on their own; the list
    # their lead-in introduces sits inside the article, so the run goes on past it
    texts = [line for lines_ in HR_PAGE.values() for line in lines_]
    found = analysed(texts)
    article = HR_PAGE["before"] + HR_PAGE["after"]
    assert all(line.rule == "run of short paragraphs" for line in found.lines if line.block.text in article)
    assert (found.first, found.last) == (texts.index(article[0]), texts.index(article[-1]))
    text = lines(*HR_PAGE.values())
    assert kept(text, [*article, *HR_PAGE["list"]]) == []
    assert kept(text, HR_PAGE["share"] + HR_PAGE["more"]) == HR_PAGE["share"] + HR_PAGE["more"]


def test_a_list_no_line_introduces_ends_a_run_of_short_paragraphs():
    # negative: without its lead-in's colon the list is no article's list (a teaser box between
    # two short paragraphs reads the same): each side is too short to be a run on its own
    page = {**HR_PAGE, "list": [HR_PAGE["list"][0].rstrip(":"), *HR_PAGE["list"][1:]]}
    texts = [line for lines_ in page.values() for line in lines_]
    found = analysed(texts)
    assert not any(line.rule == "run of short paragraphs" for line in found.lines)


# -- the article's closing line: a rating, the last item of its list -----------------------

REVIEW = [
    "The new headphones are lighter than the last pair, and the band no longer presses on the "
    "top of the head after an hour of listening on a long train journey.",
    "Noise cancelling is the best we have tried at this price, though calls sound a little "
    "distant in a windy street and the companion app is slow to connect.",
    "If you travel often, they are easy to recommend; if you listen mostly at home, a wired "
    "pair will sound better for the same money.",
]
NEWSLETTER = ["Sign up to our newsletter", "Subscribe"]


@pytest.mark.parametrize(
    "rating", ["Rating: 4 out of 5", "Note : 8/10", "Valoración: ★★★★☆", "Wertung: 4,5 von 5"]
)
def test_a_closing_rating_line_stays_with_the_review(rating):
    text = lines(MENU, REVIEW, [rating], NEWSLETTER, HEADLINES, FOOTER)
    assert kept(text, [*REVIEW, rating]) == []


# (a line of one star repeated, "★★★★★", is a separator for the template cleaner)
@pytest.mark.parametrize("stars", ["★★★★☆", "★★★½", "⭐⭐⭐☆", "★ ★ ★ ☆ ☆"])
@pytest.mark.parametrize("where", ["above", "below"])
def test_a_bare_star_rating_beside_the_review_stays(stars, where):
    # a line of stars alone has no words: right above the first paragraph or below the last it
    # is the review's rating
    review = [stars, *REVIEW] if where == "above" else [*REVIEW, stars]
    text = lines(MENU, ["Share", "Email"], review, NEWSLETTER, HEADLINES, FOOTER)
    assert kept(text, review) == []


def test_star_ratings_in_a_list_away_from_the_review_go():
    # negative: a list of other reviews, each rated, after the newsletter box: no star line
    # touches the region
    others = ["More reviews", "Budget earbuds tested", "★★★☆☆", "The best speakers for the garden", "★★★★☆"]
    text = lines(MENU, REVIEW, NEWSLETTER, others, FOOTER)
    assert set(kept(text, others)) == set(others)
    assert kept(text, REVIEW) == []


@pytest.mark.parametrize("line", ["★★★★☆", "⭐⭐⭐", "★ ★ ★ ☆"])
def test_stars_alone_are_a_rating(line):
    assert bp._stars(line)


@pytest.mark.parametrize("line", ["* * *", "½", "---", "★★★★☆ (4/5)", ""])
def test_a_separator_or_a_rating_with_words_is_no_bare_star_line(line):
    assert not bp._stars(line)


@pytest.mark.parametrize(
    "line", ["Never miss a story: sign up today", "Tags: 2027, headphones", "Follow us: @millbrooknews"]
)
def test_a_page_line_after_the_article_is_no_closing_rating(line):
    # negatives: no figure in the value, or a page's label
    text = lines(MENU, REVIEW, [line], NEWSLETTER, HEADLINES, FOOTER)
    assert line in gone_lines(text)


@pytest.mark.parametrize(
    "line", ["More to follow.", "All three deny the charges.", "Bon appétit !", "Guten Appetit!", "Ha ocurrido antes."]
)
def test_a_short_closing_sentence_stays_with_the_article(line):
    # too short to judge, it cost the region search like the newsletter prompt after it
    text = lines(MENU, REVIEW, [line], NEWSLETTER, HEADLINES, FOOTER)
    assert kept(text, [*REVIEW, line]) == []


@pytest.mark.parametrize(
    "line", ["Was this page helpful?", "Read the full story...", "Related coverage", "more in Business.", "[Share this.](#)"]
)
def test_a_short_page_line_after_the_article_is_no_closing_sentence(line):
    # negatives: a prompt asks, a teaser trails off, a heading has no stop, a lowercase
    # fragment, a link
    text = lines(MENU, REVIEW, [line], NEWSLETTER, HEADLINES, FOOTER)
    assert line in gone_lines(text)


def test_a_closing_sentence_follows_a_paragraph_that_ends_like_one():
    # negative: under a headline list's last entry, a short sentence is the page's
    found = analysed([*MENU, *REVIEW, "Council Approves New Stadium Plans", "All three deny the charges.", *FOOTER])
    last = found.lines[found.last].block.plain
    assert last != "All three deny the charges." and last != "Council Approves New Stadium Plans"


SHARE_BAR = ["Share on Facebook", "Share on X", "Email this article"]


@pytest.mark.parametrize("score", ["Rating: 4 out of 5", "Valutazione: 8/10", "Bewertung: ★★★★☆", "Nota: 7,5", "Score: 9."])
def test_a_reviews_score_over_its_first_paragraph_stays(score):
    # the score under the byline and share bar costs the region search like a menu entry
    header = ["Headphones review: lighter, quieter, dearer", "By Jane Smith", "12 March 2027"]
    text = lines(MENU, header, SHARE_BAR, [score], REVIEW, NEWSLETTER, HEADLINES, FOOTER)
    assert kept(text, [score, *REVIEW]) == []


@pytest.mark.parametrize("line", ["Comments: 12", "Reading time: 4 min", "Tags: 2027", "Issue: 12 of 2027", "Subscribe: 4,99 €"])
def test_a_page_line_over_the_first_paragraph_is_no_score(line):
    # negatives: a comment count, a value that is more than a figure, a page's label
    header = ["Headphones review: lighter, quieter, dearer", "By Jane Smith", "12 March 2027"]
    text = lines(MENU, header, SHARE_BAR, [line], REVIEW, NEWSLETTER, HEADLINES, FOOTER)
    assert line in gone_lines(text)
    assert kept(text, REVIEW) == []


def test_the_last_item_of_a_list_the_article_ends_with_stays():
    # the last item is short: it cost the region search like the newsletter prompt after it
    items = [
        "- The text goes to the Senate by the end of the week, and to its committees after that",
        "- The committees will have until the middle of November to table their amendments",
        "- Final approval is expected by 31 December",
    ]
    text = lines(MENU, REVIEW, ["What happens next"], items, NEWSLETTER, HEADLINES, FOOTER)
    assert kept(text, [*REVIEW, *items]) == []


def test_a_link_list_after_a_list_the_article_ends_with_goes():
    # negative: the headline links after the article's list are the page's
    items = [
        "* The bill goes to the Senate by the end of the week",
        "* Final approval is expected by 31 December",
    ]
    links = ["* [Council approves new stadium plans](#)", "* [Storm warning for coastal towns](#)"]
    text = lines(MD_MENU, REVIEW, ["What happens next"], items, links, MD_FOOTER)
    assert kept(text, links) == links


# -- the article's sign-off: a name with a dash, or with its place or role --------------------

LETTER = [
    "I was saddened to read that the reading room at the old library will close at the end of "
    "the month, after more than a century of serving the town and its children.",
    "The council says the building costs too much to heat. Surely a town that can afford a new "
    "car park can afford to keep the lights on for its readers for a few more winters.",
    "I would urge every reader who cares about the library to write to their councillor before "
    "the meeting on the fourteenth of next month.",
]


@pytest.mark.parametrize(
    "sign_off",
    [["— Sarah Mellor"], ["Tomás García\nSevilla, Andalucía"], ["Claire Lefèvre, Rennes"]],
)
def test_a_sign_off_after_the_article_stays_with_it(sign_off):
    text = lines(MENU, LETTER, sign_off, NEWSLETTER, HEADLINES, FOOTER)
    assert kept(text, [*LETTER, *sign_off[0].split("\n")]) == []


@pytest.mark.parametrize("line", ["Leave Comments", "Topics: Library, Council, Heritage", "— Advertisement"])
def test_a_page_line_after_the_article_is_no_sign_off(line):
    # negatives: no dash and no comma after the name, a label and its values, a dash and no name
    text = lines(MENU, LETTER, [line], NEWSLETTER, HEADLINES, FOOTER)
    assert line in gone_lines(text)


# -- an obituary's closing line of a life's dates ------------------------------------------

OBITUARY = [
    "Arthur Penhale, who has died aged 88, ran the ferry between Polwenna and the island for "
    "forty years, and in all that time missed a crossing only when the harbour froze in 1963.",
    "He took over the boat from his father at nineteen, and later bought a second one so that "
    "the island's children could reach the secondary school on the mainland every morning.",
    "He is survived by his wife, Morwenna, their two daughters and five grandchildren.",
]


@pytest.mark.parametrize(
    "dates",
    [
        "Arthur John Penhale, ferryman, born 3 April 1936; died 19 January 2025",
        "Arthur Penhale, ferryman and parish councillor, born 3 April 1936; died 19 January 2025",
        "Arthur Penhale, born April 3, 1936; died January 19, 2025",
        "Arthur Penhale, passeur, né le 3 avril 1936 à Polwenna ; mort le 19 janvier 2025",
    ],
)
def test_an_obituarys_closing_dates_stay_with_it(dates):
    # a name, a role and two dates: few function words, so it was cut off like a menu's line
    text = lines(MENU, OBITUARY, [dates], NEWSLETTER, HEADLINES, FOOTER)
    assert kept(text, [*OBITUARY, dates]) == []


@pytest.mark.parametrize(
    "line",
    [
        "First published on Tue 4 Feb 2025; last modified on Wed 5 Feb 2025",
        "Published 4 February 2025; updated 4 February 2025",
        "Updated 4 Feb 2025; first published 29 Dec 2024",  # the later date first
    ],
)
def test_a_page_line_with_dates_after_an_obituary_is_no_closing_line(line):
    # negatives: a page's publishing dates are the same year, or the later one comes first
    text = lines(MENU, OBITUARY, [line], NEWSLETTER, HEADLINES, FOOTER)
    assert line in gone_lines(text)


@given(
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)),
    years=st.integers(min_value=0, max_value=104),
    day=st.integers(min_value=0, max_value=364),
)
def test_a_lifes_dates_are_two_dates_a_year_apart_or_more(born, years, day):
    died = date(born.year + years % (2031 - born.year), 1, 1) + timedelta(days=day)  # by 2030
    line = f"Jane Ann Doe, teacher, born {born.day} {born:%B %Y}; died {died.day} {died:%B %Y}"
    block = Block(0, 0, len(line), line)
    assert bp._life_dates(block) is (died.year - born.year >= bp.LIFE_MIN_YEARS)


# -- a notice in short paragraphs, run on past its subheadings and its table --------------------

# A notice page (a council's service change, a transport operator's timetable change) has no
# paragraph long enough to be prose on its own: subheadings and a table separate its short ones.
NOTICES = {
    "en": {
        "menu": ["Home", "Residents", "Business", "Your council", "Contact us"],
        "header": ["Library opening hours over Easter", "Published: 2 March 2027", "Share this page", "Email"],
        "body": [
            ["All branch libraries will have shorter opening hours over the Easter weekend."],
            ["Books due back while a library is closed can be returned on the next day it opens."],
            ["Branch / Opening hours", "Central / 10am to 4pm", "Riverside / 11am to 3pm", "Hillcrest / 12pm to 3pm"],
            ["The mobile library will not run on Good Friday or Easter Monday."],
            ["Returning books"],
            ["You can still renew your loans online or by phone, and no fines will be charged that week."],
            ["Holiday activities"],
            ["Story time and the craft club take a break and will start again the week after Easter."],
        ],
        "after": ["Was this page helpful?", "Accessibility statement", "Cookies", "Privacy notice"],
    },
    "de": {
        "menu": ["Startseite", "Bürgerservice", "Rathaus", "Kontakt"],
        "header": ["Abfuhrtermine an den Feiertagen", "Veröffentlicht: 2. März 2027", "Seite teilen", "Drucken"],
        "body": [
            ["Wegen der Feiertage verschieben sich die Abfuhrtermine in allen Stadtteilen um einen Tag."],
            ["Bitte stellen Sie die Tonnen am Abfuhrtag bis 6 Uhr an die Straße."],
            ["Üblicher Tag / Neuer Tag", "Montag 6. April / Dienstag 7. April", "Dienstag 7. April / Mittwoch 8. April",
             "Mittwoch 8. April / Donnerstag 9. April"],
            ["Ab dem 14. April gelten wieder die gewohnten Termine."],
            ["Wertstoffhöfe"],
            ["Die Wertstoffhöfe bleiben am Ostermontag geschlossen und öffnen am Dienstag wie gewohnt."],
            ["Grünschnitt"],
            ["Grünschnitt wird in der Woche nach Ostern zusätzlich an allen Sammelstellen angenommen."],
        ],
        "after": ["War diese Seite hilfreich?", "Barrierefreiheit", "Datenschutz", "Impressum"],
    },
}


def _notice(page: dict[str, list]) -> str:
    """The page as text: one line a paragraph, but the table's rows in one paragraph."""
    paragraphs = [*page["menu"], *page["header"], *("\n".join(p) for p in page["body"]), *page["after"]]
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("lang", sorted(NOTICES))
def test_a_notice_in_short_paragraphs_runs_on_past_its_subheadings_and_table(lang):
    page = NOTICES[lang]
    body = [line for paragraph in page["body"] for line in paragraph]
    text = _notice(page)
    assert kept(text, body) == []
    assert set(kept(text, page["menu"] + page["after"])) == set(page["menu"] + page["after"])


def _notice_blocks(body: list[list[str]]) -> list[Block]:
    blocks, menu = [], NOTICES["en"]["menu"]
    for line in menu:
        blocks.append(Block(len(blocks), 0, 1, line))
    for paragraph in body:
        for k, line in enumerate(paragraph):
            blocks.append(Block(len(blocks), 0, 1, line, blank_before=k == 0))
    return blocks


def _runs(body: list[list[str]], dropped: dict[int, Kind] | None = None) -> list[str]:
    """The lines of ``body`` the analysis upgraded as a run of short paragraphs."""
    found = bp.analyse(_notice_blocks(body), dropped=dropped or {})
    return [line.block.plain for line in found.lines if line.rule == "run of short paragraphs"]


def test_the_notices_paragraphs_make_one_run():
    body = NOTICES["en"]["body"]
    assert len(_runs(body)) == sum(1 for p in body if len(p) == 1 and p[0].endswith("."))


def _sides() -> tuple[list[list[str]], list[list[str]]]:
    """Short paragraphs of the notice, two before a break and three after it: each side is too
    short to be a run on its own, both together are long enough."""
    body = NOTICES["en"]["body"]
    return [body[0], body[1]], [body[3], body[5], body[7]]


def _plain(paragraphs: list[list[str]]) -> list[str]:
    return [line for paragraph in paragraphs for line in paragraph]


@pytest.mark.parametrize(
    "heading",
    [
        "Library cuts are the wrong answer for our town",  # a teaser's headline: too long
        "Returning books:",  # a lead-in, not a heading
        "Returning books?",  # a question, _mark_questions' own
    ],
)
def test_a_line_that_is_no_subheading_ends_the_run(heading):
    before, after = _sides()
    assert _runs([*before, [heading], *after]) == []
    assert _runs([*before, ["Returning books"], *after]) == _plain(before + after)


def test_a_dropped_or_unshaped_break_ends_the_run():
    before, after = _sides()
    table = NOTICES["en"]["body"][2]
    assert _runs([*before, table, *after]) == _plain(before + after)
    # the rows share no shape with a figure: a menu or a teaser box, not a table
    menu = ["Branches", "Central library", "Riverside library", "Hillcrest library"]
    assert _runs([*before, menu, *after]) == []
    # a heading a cleaner dropped (a promo's, a menu's) is the page's
    at = len(NOTICES["en"]["menu"]) + 2  # the heading's block index
    assert _runs([*before, ["Returning books"], *after], {at: Kind.PROMO}) == []


def test_on_a_page_with_prose_a_subheading_joins_no_run():
    # negative: a line of prose on its own anchors the region; a box's heading ("News Service"
    # between a newsletter's messages) must not join short lines into a run
    before, after = _sides()
    prose = REVIEW[0] + " " + REVIEW[1]
    assert _runs([[prose], *before, ["Returning books"], *after]) == []


def test_an_inline_promo_link_does_not_end_a_run_of_short_paragraphs():
    # markdown: "**Read more:** [headline](#)" between short paragraphs, which the promos cleaner
    # dropped; each side is too short to be a run on its own
    before, after = _sides()
    promo = ["**Read more:** [Council to close two branch libraries](#)"]
    at = len(NOTICES["en"]["menu"]) + 2  # the promo's block index
    assert _runs([*before, promo, *after], {at: Kind.PROMO}) == _plain(before + after)


@pytest.mark.parametrize(
    "links",
    [
        ["[Council to close two branch libraries](#)"],  # a teaser's headline no cleaner dropped
        ["[Council to close two libraries](#)", "[Bus fares rise in May](#)"],  # a headline list
    ],
)
def test_a_link_line_no_cleaner_dropped_as_a_promo_ends_the_run(links):
    before, after = _sides()
    at = len(NOTICES["en"]["menu"]) + 2
    dropped = {at + k: Kind.PROMO for k in range(len(links))} if len(links) > 1 else {}
    assert _runs([*before, *([link] for link in links), *after], dropped) == []


# -- a match report's closing block of figures: formations and ratings under a heading --------

MATCH = [
    "Rovers twice came from behind to draw at the Mill Ground, where a deflected strike in the last "
    "minute of normal time rescued a point that their spell of pressure after the break deserved.",
    "The hosts had led through a header from a corner and again from the penalty spot, but could "
    "not hold on as their legs tired and the visitors sent on two fresh forwards.",
]
RATINGS = {
    "en": ["PLAYER RATINGS", "ROVERS (4-4-2)", "Hale 7; Moss 6, Kerr 5, Dunn 6, Pike 7; Lowe 6, Shaw 8",
           "UNITED (3-5-2)", "Ives 6; Ward 5, Cole 7, Boyd 6; Finn 7, Amos 6, Rae 5", "Att: 18,204"],
    "de": ["DIE NOTEN", "Rovers (4-2-3-1)", "Hale 2; Moss 3, Kerr 4, Dunn 3, Pike 2,5", "United (4-3-3)",
           "Ives 3; Ward 4, Cole 2, Boyd 3, Finn 3,5", "Zuschauer: 18 204"],
}


@pytest.mark.parametrize("lang", sorted(RATINGS))
def test_a_match_reports_ratings_stay_with_it(lang):
    text = lines(MENU, MATCH, RATINGS[lang], NEWSLETTER, HEADLINES, FOOTER)
    assert kept(text, [*MATCH, *RATINGS[lang]]) == []
    assert set(kept(text, HEADLINES)) == set(HEADLINES)


def test_one_line_of_figures_opens_no_closing_block():
    # negative: a ruling's number and date (or a headline with three figures) over a newsletter
    # pitch: one line of figures is no block of line-ups
    pitch = ["Morning briefing", "The day's main stories, every morning at 6."]
    for figures in ["Case 4A_312/2026 of 28 October", "Top 10 deals: save 50% on 4K TVs"]:
        text = lines(MENU, MATCH, [figures], pitch, HEADLINES, FOOTER)
        assert set(kept(text, pitch)) == set(pitch)


def test_lines_of_figures_under_a_promo_carry_nothing():
    # negative: past a promo the block's figures end; what follows it is the page's
    after = ["Sign up to our newsletter", "Scores 2-1, 3-0 and 1-1 this week", "Tables 4, 5 and 6 updated"]
    text = lines(MENU, MATCH, after, HEADLINES, FOOTER)
    assert set(kept(text, after[1:])) == set(after[1:])


# -- a one-sentence introduction over the first of the article's sections --------------------

SECTIONED = {
    "en court": (
        "# Court round-up: speeding driver banned and burglar jailed",
        ["By Court reporter", "12 March 2027"],
        "The following were dealt with by the magistrates this week.",
        [
            ("Banned after 104mph on the bypass", [
                "A Millbrook man who was caught driving at 104mph on the bypass late at night has been "
                "banned from driving for a year and ordered to pay a fine of £900 and the court's costs.",
                "Ian Rowe, 41, told the magistrates that he had been rushing to see his father, who had "
                "been taken to hospital that evening, and that he had not noticed how fast he was going.",
            ]),
            ("Jailed for garden shed burglaries", [
                "A man who stole tools from eleven garden sheds in Millbrook over the summer has been "
                "jailed for ten months after he admitted all of the burglaries at an earlier hearing.",
                "The court heard that he had sold most of the tools online within days of each break-in, "
                "and that only a few of them had been found and given back to their owners.",
            ]),
            ("Fined for fly-tipping", [
                "A builder who dumped a load of rubble and old kitchen units in a lay-by near Millbrook "
                "was fined £1,200 by the magistrates, who said the council had been left to clear it up.",
            ]),
        ],
    ),
    "de": (
        "# Aus dem Gerichtssaal: Raser verliert Führerschein",
        ["Von Anna Weber", "12.03.2027"],
        "Folgende Fälle hat das Amtsgericht in dieser Woche verhandelt.",
        [
            ("Mit 160 durch die Baustelle", [
                "Ein Autofahrer aus Lüneburg muss seinen Führerschein für ein Jahr abgeben, weil er in "
                "der Nacht mit 160 Stundenkilometern durch eine Baustelle auf der Umgehung gefahren ist.",
                "Er sagte vor dem Amtsgericht, dass er auf dem Weg zu seinem Vater im Krankenhaus gewesen "
                "sei und dass er nicht auf den Tacho geachtet habe, was ihm die Richterin nicht abnahm.",
            ]),
            ("Werkzeug aus Gartenhäusern gestohlen", [
                "Ein Mann, der im Sommer in Lüneburg elf Gartenhäuser aufgebrochen und das Werkzeug "
                "gestohlen hatte, muss für zehn Monate in Haft, wie das Amtsgericht am Mittwoch entschied.",
                "Das meiste Werkzeug hatte er innerhalb weniger Tage nach den Einbrüchen im Internet "
                "verkauft, und nur ein kleiner Teil davon konnte den Besitzern zurückgegeben werden.",
            ]),
        ],
    ),
}


SHARE_BAR = ["Facebook", "X", "WhatsApp", "Email"]


def _sectioned(lang: str, lead: str) -> tuple[str, list[str]]:
    title, header, _, sections = SECTIONED[lang]
    body = [line for heading, paragraphs in sections for line in (heading, *paragraphs)]
    return lines(MENU, [title], header, SHARE_BAR, [lead], body, HEADLINES, FOOTER), body


@pytest.mark.parametrize("lang", sorted(SECTIONED))
def test_a_one_sentence_lead_over_the_first_section_stays(lang):
    # the introduction and the first section's heading cost the region search more than the
    # short lead weighed; the region's other headings show it is the article's opening
    lead = SECTIONED[lang][2]
    text, body = _sectioned(lang, lead)
    assert kept(text, [lead, *body]) == []


def test_a_sentence_that_names_nothing_of_the_sections_stays_out():
    # negative: a site's line over the first heading says nothing the sections say
    pitch = "Our journalism is free for everyone to read, now and always."
    text, body = _sectioned("en court", pitch)
    assert kept(text, [pitch]) == [pitch]
    assert kept(text, body[1:]) == []  # the first heading goes with it: no lead holds it


def test_a_heading_under_a_dek_needs_headings_in_the_region():
    # negative: one heading under the sentence and none further down is no article in sections
    title, header, lead, sections = SECTIONED["en court"]
    paragraphs = [line for _, group in sections for line in group]
    text = lines(MENU, [title], header, SHARE_BAR, [lead], [sections[0][0]], paragraphs, HEADLINES, FOOTER)
    assert kept(text, [lead]) == [lead]


# -- a match's result box after the report: a heading, each side's score and its scorers -----

RESULT_REPORTS = {
    "en rugby": (
        [
            "Harlow held on for a first league title in nine years after Kestrels scored twice in "
            "the last ten minutes and finished the final camped on the Harlow line.",
            "Dane Pike and Ivo Marsh scored the Harlow tries, and Ben Lowe kicked everything else; "
            "Tom Rudd replied twice for Kestrels, who lost their captain to injury at the break.",
            "The Harlow coach said that the win was for the players who had been with the club "
            "through two relegations, and that he would now ask the board for a bigger squad.",
        ],
        ["Scorers", "Harlow 27 (Dane Pike, Ivo Marsh tries; Ben Lowe con, 5 pens)",
         "Kestrels 19 (Tom Rudd 2 tries; Sam Vey 3 pens)", "Referee: Alan Dray"],
    ),
    "en football": (
        [
            "Millford Athletic are through to the county cup final after a goal from Kofi Okafor "
            "ten minutes from time settled a tight semi-final against Castle Vale on Tuesday night.",
            "Castle Vale had the better of the first half and hit the post twice before Millford "
            "Athletic found their rhythm after the break in front of a crowd of more than four thousand.",
            "The final will be played at the county ground in May, where Millford Athletic lost "
            "the same tie two years ago after a penalty shoot-out that is still talked about in the town.",
        ],
        ["Result", "Millford Athletic 1 (Okafor)", "Castle Vale 0", "Attendance: 4,210"],
    ),
    "fr": (
        [
            "Toulon a dominé Castres dans la mêlée comme en touche et s'est imposé sans trembler "
            "devant son public, au terme d'un match longtemps fermé par la pluie.",
            "Durand et Serin ont marqué les essais des Toulonnais, tandis que Vidal a sauvé "
            "l'honneur pour Castres en fin de match, sur un ballon porté.",
            "Avec cette victoire, le club reste dans la course aux phases finales, à deux points "
            "de la deuxième place, avant un déplacement difficile la semaine prochaine à Clermont.",
        ],
        ["Les marqueurs", "Toulon 27 (Durand, Serin essais ; Belleau 4 pén., 2 tr.)",
         "Castres 13 (Vidal essai ; Urdapilleta 2 pén.)", "Arbitre : Jérôme Garcès"],
    ),
    "de": (
        [
            "Eintracht Lüneburg hat das Derby gegen den SV Buxtehude am Sonntag knapp gewonnen und "
            "steht nach dem zehnten Spieltag wieder an der Spitze der Tabelle.",
            "Hansen und Özdemir trafen vor der Pause für die Eintracht, Petersen verkürzte nach "
            "einer Ecke, doch Buxtehude fehlte am Ende die Kraft für den Ausgleich.",
            "Der Trainer der Eintracht lobte nach dem Spiel vor allem die Abwehr, die in der "
            "zweiten Hälfte kaum eine Chance zugelassen habe, und die vielen Fans auf den Rängen.",
        ],
        ["Torschützen", "Eintracht Lüneburg 2 (Hansen, Özdemir)", "SV Buxtehude 1 (Petersen)", "Zuschauer: 3400"],
    ),
}


@pytest.mark.parametrize("name", sorted(RESULT_REPORTS))
def test_a_match_reports_result_box_stays_with_it(name):
    report, box = RESULT_REPORTS[name]
    text = lines(MENU, report, box, NEWSLETTER, HEADLINES, FOOTER)
    assert kept(text, [*report, *box]) == []
    assert set(kept(text, HEADLINES)) == set(HEADLINES)


@pytest.mark.parametrize(
    "after",
    [
        # other matches' scores name nothing of the report: a results ticker of the page
        ["Other results", "Oakdene 14", "Fernbridge 9", "Pennock 31", "Castle Hill 3"],
        # past a promo, score lines carry nothing: a newsletter's pitch, then the page's ticker
        ["Sign up to our newsletter", "Harlow 27", "Kestrels 19", "Get every result in your inbox."],
    ],
)
def test_score_lines_that_are_the_pages_stay_out(after):
    report, _ = RESULT_REPORTS["en rugby"]
    text = lines(MENU, report, after, HEADLINES, FOOTER)
    assert kept(text, report) == []
    assert set(kept(text, after)) == set(after)


@pytest.mark.parametrize(
    "line,is_score",
    [
        ("Harlow 27 (Dane Pike, Ivo Marsh tries; Ben Lowe con, 5 pens)", True),
        ("Eintracht Lüneburg 2 (Hansen, Özdemir)", True),
        ("St Mary's 14", True),
        ("Castle Vale 0.", True),
        ("Skipper Cup: Nadroga win title", False),  # a headline: no figure
        ("Nadroga name unchanged side for the Skipper Cup final against Naitasiri 2", False),  # too many words
        ("Nadroga 24 Naitasiri 17", False),  # both sides on one line: a line of figures' job
        ("2026 in review", False),  # opens with a figure
        ("Harlow 27 (Pike) and more", False),  # words after the aside
    ],
)
def test_score_row_shape(line, is_score):
    assert bp._score_row(Block(0, 0, len(line), line)) is is_score


# -- key figures after the article: a bulleted list of short facts with figures -------------

KEY_FIGURES = {
    "en": ["Key facts", "* 2.3km of new cycle lane", "* 41 junctions redesigned", "* Opens in May 2028"],
    "fr": ["En chiffres", "* 12 000 arbres plantés", "* 3,5 millions d'euros", "* 18 mois de travaux"],
    "es": ["Las cifras", "- 4.200 viviendas afectadas", "- 96 % de la red restablecida"],
}


@pytest.mark.parametrize("lang", sorted(KEY_FIGURES))
def test_key_figures_after_the_article_stay_with_it(lang):
    text = lines(MD_MENU, REVIEW, KEY_FIGURES[lang], MD_FOOTER)
    assert kept(text, [*REVIEW, *KEY_FIGURES[lang]]) == []


@pytest.mark.parametrize(
    "box",
    [
        ["## The Morning Edition", "* Delivered at 6am every day", "* Free to your inbox"],  # one figure
        ["Sign up to get:", "* 5 stories to start your day", "* 3 puzzles a week"],  # introduced with a colon
        ["## Most read", "* [10 things to do this weekend](#)", "* [5 new restaurants to try](#)"],  # links
    ],
)
def test_a_bulleted_box_after_the_article_is_no_key_figures(box):
    text = lines(MD_MENU, REVIEW, box, MD_FOOTER)
    assert set(kept(text, box)) == set(box)
    assert kept(text, REVIEW) == []


# -- a short lead of two sentences above a box, under a share bar the page prints twice ------

SHORT_LEADS = {
    "en": (
        "# Storm closes schools and ferries across the bay",
        ["By Staff reporters", "Updated: 3:40pm, 12 March 2027"],
        "Forecasters raised the storm warning at noon as gales reached the bay. Follow the latest below.",
        [
            "Key points",
            "- Storm warning in force since noon; forecasters expect it to stay up until late evening",
            "- Schools closed; the courts have adjourned hearings",
            "- Harbour Authority suspends outlying island ferries",
            "- Regional Hospital cancels specialist outpatient appointments",
        ],
        [
            "3.35pm",
            "The weather service said the gales would ease after dark, but warned the storm warning "
            "could stay up overnight if the gusts at the coast kept rising this evening.",
            "2.50pm",
            "Ferry operators said no sailings would leave the bay before evening, and that passengers "
            "with tickets for the afternoon could change them free of charge at the harbour.",
            "2.10pm",
            "Four towns have opened shelters in their schools and halls for people whose homes by the "
            "water are at risk from the storm, the regional authority said this afternoon.",
        ],
    ),
    "es": (
        "# El temporal cierra escuelas y corta los ferris de la bahía",
        ["Por la Redacción", "Actualizado: 15:40, 12 de marzo de 2027"],
        "Los meteorólogos elevaron la alerta por el temporal a mediodía. Siga aquí la última hora.",
        [
            "Claves",
            "- Alerta naranja desde mediodía; Meteorología prevé mantenerla hasta última hora",
            "- Colegios cerrados; los juzgados aplazan vistas",
            "- Autoridad Portuaria suspende ferris interinsulares",
            "- Hospital Comarcal anula consultas externas programadas",
        ],
        [
            "15:35",
            "El servicio meteorológico dijo que el temporal amainará al anochecer, pero que la alerta "
            "podría seguir activa durante la noche si las rachas en la costa siguen subiendo.",
            "14:50",
            "Las navieras dijeron que ningún ferri saldrá de la bahía antes de la noche y que los "
            "pasajeros con billete para la tarde podrán cambiarlo gratis en el puerto.",
            "14:10",
            "Cuatro pueblos han abierto albergues en sus escuelas y pabellones para las personas "
            "cuyas casas junto al agua corren peligro por el temporal, dijo la autoridad regional.",
        ],
    ),
}
SHARE_BAR = ["Facebook", "WhatsApp", "Email"]


def _short_lead_page(lang: str, lead: str) -> str:
    title, header, _, box, body = SHORT_LEADS[lang]
    return "\n\n".join(
        [*MENU, title, *header, *SHARE_BAR, lead, box[0], "\n".join(box[1:]), *body, *SHARE_BAR, *HEADLINES, *FOOTER]
    )


@pytest.mark.parametrize("lang", SHORT_LEADS)
def test_a_short_lead_of_two_sentences_above_a_box_stays_with_the_article(lang):
    # the lead is shorter than a long paragraph, and the share bar above it comes back at the
    # bottom of the page: neither makes it a dek or a menu
    _, _, lead, box, body = SHORT_LEADS[lang]
    assert kept(_short_lead_page(lang, lead), [lead, *body]) == []


@pytest.mark.parametrize("lang", SHORT_LEADS)
def test_a_dek_of_one_sentence_above_the_box_is_no_lead(lang):
    # negative: one sentence of the same length under the byline is a standfirst
    _, _, lead, _, body = SHORT_LEADS[lang]
    dek = lead.split(". ")[0].rstrip(".") + " and more to come later in the day."
    gone = gone_lines(_short_lead_page(lang, dek))
    assert dek in gone
    assert [line for line in body if line in gone] == []


def test_a_repeated_line_no_cleaner_dropped_still_stops_the_lead():
    # negative: a short line printed twice that no cleaner dropped as a promo is a menu's, and
    # prose under it may be the page's; one dropped as a promo is a share button
    title, header, lead, box, body = SHORT_LEADS["en"]
    texts = [*MENU, title, *header, "Weather", lead, *box, *body, *HEADLINES, "Weather"]
    at = len(MENU) + 1
    dropped = {at: Kind.METADATA, at + 1: Kind.METADATA}
    assert analysed(texts, dropped).first > texts.index(lead)
    assert analysed(texts, {**dropped, at + 2: Kind.PROMO}).first == texts.index(lead)


# -- an aside between a live blog's entries (an advert label, a read-more line) --------------

LIVE_ENTRIES = {
    "en": (
        ["Power cuts across the country: live", "Advertisement", "Read more: How to get ready for a blackout"],
        [
            "Electricity will be rationed across the country on Thursday, officials said. Check back for updates.",
            "14:45",
            "Evening demand warning",
            "The company urged households to save energy between five and ten and not to run heaters at once.",
            "13:20",
            "Capital timetable",
            "The city's distributor published its timetable. Districts one and two go dark from eight until noon.",
            "12:05",
            "The western region will switch off two groups at once until midnight, its supplier said. "
            "Hospitals and water works are exempt.",
            "10:40",
            "Why the cuts are back",
            "Three power stations were damaged in the attack on Monday night. Repairs will take weeks.",
            "09:15",
            "Residents of the port district were warned of emergency cuts until the evening. Trams will not run.",
            "You can check your group on the website or in the app of your regional supplier.",
        ],
    ),
    "de": (
        ["Stromabschaltungen im ganzen Land im Liveticker", "Anzeige", "Lesen Sie auch: So bereiten Sie sich vor"],
        [
            "Elektrizität wird am Donnerstag landesweit rationiert, sagten Beamte. Wir berichten laufend.",
            "14:45",
            "Sparappell der Firma",
            "Die Firma bittet Haushalte, am Abend Energie zu sparen und Heizgeräte nicht gleichzeitig zu nutzen.",
            "13:20",
            "Fahrplan der Hauptstadt",
            "Das Stadtwerk hat seinen Fahrplan veröffentlicht. Die Bezirke eins und zwei sind bis Mittag dunkel.",
            "12:05",
            "Im Westen werden bis Mitternacht zwei Gruppen gleichzeitig abgeschaltet, sagte der Versorger. "
            "Kliniken und Wasserwerke sind ausgenommen.",
            "10:40",
            "Warum wieder abgeschaltet wird",
            "Bei dem Angriff in der Nacht zum Montag wurden drei Kraftwerke beschädigt. Die Reparatur dauert Wochen.",
            "09:15",
            "Im Hafenviertel wird bis zum Abend vor Notabschaltungen gewarnt. Die Straßenbahn fährt nicht.",
            "Ihre Gruppe finden Sie auf der Website oder in der App Ihres regionalen Versorgers.",
        ],
    ),
}


@pytest.mark.parametrize("lang", LIVE_ENTRIES)
def test_an_advert_label_between_live_entries_does_not_end_their_run(lang):
    # the label and the read-more line, which the promos cleaner drops, ended the run of short
    # entries before it had prose enough, and the first entries went with the page
    (title, label, promo), entries = LIVE_ENTRIES[lang]
    at = entries.index("12:05")
    page = [*MENU, title, "14:50", *entries[:4], label, *entries[4:at], promo, *entries[at:]]
    page += [*HEADLINES, *FOOTER]
    assert kept("\n\n".join(page), entries) == []
    # the stamps of the first entries weigh nothing, as those of the last
    promos = {page.index(label): Kind.PROMO, page.index(promo): Kind.PROMO}
    found = analysed(page, promos)
    assert all(line.stamp for line in found.lines if line.block.text in ("14:45", "13:20", "12:05"))


def test_a_promo_before_a_time_stamp_is_an_aside_and_before_prose_not():
    # negative: a promo that runs into prose (a newsletter box) or into a stamp after a
    # second furniture line too many is no aside between entries
    texts = ["An entry ends here.", "Advertisement", "Read more: Other story", "Sign up", "14:45", "Next entry."]
    promo = {1: Kind.PROMO, 2: Kind.PROMO, 3: Kind.PROMO}
    lines_ = [bp._features(Block(i, 0, 1, t)) for i, t in enumerate(texts)]
    assert bp._aside_before_stamp(lines_, 3, promo)  # type: ignore[arg-type]
    assert bp._aside_before_stamp(lines_, 2, promo)  # type: ignore[arg-type]
    assert not bp._aside_before_stamp(lines_, 1, promo)  # type: ignore[arg-type]
    assert not bp._aside_before_stamp(lines_, 3, {1: Kind.PROMO})  # type: ignore[arg-type]
    newsletter = [bp._features(Block(i, 0, 1, t)) for i, t in enumerate(["Entry.", "Sign up", "It takes a minute."])]
    assert not bp._aside_before_stamp(newsletter, 1, {1: Kind.PROMO})  # type: ignore[arg-type]


# -- a review's pros and cons, closed by its score -------------------------------------------

SCORED_BOXES = {
    "en": ["What we liked", "- Quiet cabin", "- Long warranty", "What we didn't", "- Small boot", "- Slow charging", "Verdict: 4/5"],
    "fr": ["On aime", "- La tenue de route", "- Le prix", "On aime moins", "- Le coffre", "- La finition", "Note : 3/5"],
    "en-pros": ["Pros", "- Cheap to run", "- Roomy rear seats", "Cons", "- Noisy at speed", "Rating: 8/10"],
}


@pytest.mark.parametrize("lang", SCORED_BOXES)
def test_a_reviews_pros_and_cons_closed_by_its_score_stay(lang):
    box = SCORED_BOXES[lang]
    text = "\n\n".join([*MENU, *ARTICLE, *box, "Find your next car", "Compare prices", *HEADLINES, *FOOTER])
    assert kept(text, box) == []


def test_a_box_without_a_score_or_with_several_is_no_closing_box():
    # negative: bullets without a score (a newsletter's promises), and a box of other reviews,
    # each scored, stay the page's
    def line(text: str) -> bp.Line:
        found = bp._features(Block(0, 0, 1, text))
        assert found is not None
        found.first_label = bp.SHORT
        return found

    pros = [line(t) for t in SCORED_BOXES["en"]]
    assert bp._scored_box(pros) == len(pros)
    assert bp._scored_box(pros[:-1]) == 0
    others = [line("More reviews"), line("Kestrel Arra"), line("Rating: 4/5"), line("Volta Mini"), line("Rating: 3/5")]
    assert bp._scored_box(others) == 0
    assert bp._scored_box([None, *pros]) == 0  # a promo dropped inside: a box of the page's


# a restaurant's, a hotel's or a show's facts, closed by its row of scores
SCORES_ROW_BOXES = {
    "en": ["The Anchor", "3 Quay Street, Porthleven TR13 9HG, 01326 555 210", "Open Tue-Sat, dinner only",
           "About £48 a head before drinks", "Food 8/10 | Atmosphere 7/10 | Service 9/10"],
    "de": ["Hotel Seeblick", "Uferweg 4, 6300 Zug", "Doppelzimmer ab 180 Franken", "Lage: 5/5 · Zimmer: 4/5 · Frühstück: 3/5"],
    "es": ["Casa Lucía", "Calle del Pez 12, Madrid", "Menú del día: 16 euros", "Cocina 8/10; Servicio 7/10; Precio 9/10"],
}


@pytest.mark.parametrize("lang", SCORES_ROW_BOXES)
def test_a_reviews_facts_closed_by_a_row_of_scores_stay(lang):
    box = SCORES_ROW_BOXES[lang]
    text = "\n\n".join([*MENU, *ARTICLE, *box, "Find your next table", "Compare prices", *HEADLINES, *FOOTER])
    assert kept(text, box) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Food 8/10 | Atmosphere 7/10 | Service 9/10", True),
        ("Plot ★★★★ | Acting ★★★", True),
        ("Story: 4/5 · Cast: 3/5", True),
        ("Rome 2/3 | Paris 1/2", False),  # fractions, not scores out of 5, 10, 20 or 100
        ("Food 8/10", False),  # one score: a "Label: score" line's rule, not a row
        ("The team won 3 of 4 games | Next match Friday", False),
        ("Home | News | Food | Travel", False),
    ],
)
def test_a_scores_row_is_two_or_more_labelled_scores(text, row):
    line = bp._features(Block(0, 0, 1, text))
    assert line is not None
    line.first_label = bp.SHORT
    assert bp._scores_row(line) is row


# -- a column's or a letter's salutation over its first paragraph ----------------------------

COLUMN_SHARE_BAR = ["Share on Facebook", "Share on X", "Email this article"]


@pytest.mark.parametrize(
    "salutation",
    ["Dear readers,", "Liebe Leserinnen und Leser,", "Chers lecteurs,", "Hello again, friends!", "To the Editor, Sir:"],
)
def test_a_salutation_over_the_first_paragraph_stays(salutation):
    text = "\n\n".join([*MENU, *COLUMN_SHARE_BAR, salutation, *ARTICLE, *HEADLINES, *FOOTER])
    assert kept(text, [salutation, *ARTICLE]) == []


@pytest.mark.parametrize(
    ("text", "greets"),
    [
        ("Dear readers,", True),
        ("Moin, leve Lüüd!", True),
        ("Hola, amigos:", True),
        ("BREAKING:", False),  # a kicker holds no comma
        ("Watch: the moment the bridge opened", False),
        ("Home, garden and travel news", False),  # a comma, but no address's end
        ("Dear readers, this week I want to write about the bridge,", False),  # too long: prose
    ],
)
def test_a_salutation_is_a_short_address_ending_with_a_comma_or_after_one(text, greets):
    line = bp._features(Block(0, 0, 1, text))
    assert line is not None
    assert bp._salutation(line, {}, frozenset()) is greets
    assert not bp._salutation(line, {0: Kind.PROMO}, frozenset())  # a line a cleaner dropped
    assert not bp._salutation(line, {}, frozenset({text}))  # a line the page repeats


# -- a match report's result over its first paragraph ----------------------------------------

MATCH_REPORT = [
    "Leeds came from behind to beat Hull at Elland Road on Saturday night, with two goals in the "
    "last quarter of an hour lifting them back into the play-off places after three games without a win.",
    "Hull had led through a header from their captain just before the break, and for long spells of "
    "the second half they looked the more likely side to add a second goal on the counter-attack.",
    "The home side's manager said afterwards that the win showed the character of a young squad that "
    "had been written off by many after a difficult run of results in the autumn.",
]


MATCH_HEADER = ["Late double lifts Leeds into the play-off places", "By Sam Ward", "12 October 2024"]


@pytest.mark.parametrize("result", ["Leeds 2-1 Hull", "Leeds 2 Hull 1", "Leeds United 2 Hull City 1"])
def test_a_result_line_naming_the_reports_sides_stays_over_it(result):
    text = "\n\n".join([*MENU, *MATCH_HEADER, *COLUMN_SHARE_BAR, result, *MATCH_REPORT, *HEADLINES, *FOOTER])
    assert kept(text, [result, *MATCH_REPORT]) == []


@pytest.mark.parametrize("result", ["Bolton 3-0 Wigan", "Derby 1 Stoke 1"])
def test_a_result_line_naming_other_sides_is_no_part_of_the_report(result):
    text = "\n\n".join([*MENU, *MATCH_HEADER, *COLUMN_SHARE_BAR, result, *MATCH_REPORT, *HEADLINES, *FOOTER])
    assert kept(text, [result]) == [result]
    assert kept(text, MATCH_REPORT) == []


# -- a review's details box over its first paragraph -------------------------------------------

BOOK_REVIEW = [
    "In her new novel, Ines Carvalho follows a lighthouse keeper through the last winter before "
    "the light on Farol Island is automated, and the keeper's quiet war with the engineers sent to replace him.",
    "Carvalho writes the island's weather better than anyone, and the keeper's long letters to "
    "his dead wife are the best thing in a book that is slow to start but hard to put down.",
]
BOOK_HEADER = ["The Last Keeper review: a quiet, stormy novel", "By Tom Reyes", "4 March 2027"]


@pytest.mark.parametrize(
    "box",
    [
        ["The Last Keeper", "Ines Carvalho", "Harbour Books, 320pp"],
        ["The Last Keeper", "Ines Carvalho (trad. Anne Morel)", "Éditions du Phare, 22 €"],
    ],
)
def test_a_reviews_details_box_stays_over_its_first_paragraph(box):
    text = "\n\n".join([*MENU, *BOOK_HEADER, *SHARE_BAR, "\n".join(box), *BOOK_REVIEW, *NEWSLETTER, *HEADLINES, *FOOTER])
    assert kept(text, [*box, *BOOK_REVIEW]) == []


@pytest.mark.parametrize(
    "box",
    [
        ["Partager sur Facebook", "Partager sur X", "Partager par e-mail"],  # buttons repeat their verb
        ["Books", "Fiction", "Poetry"],  # a menu names nothing of the article
        ["[The Last Keeper](#)", "[Ines Carvalho](#)"],  # links
    ],
)
def test_a_paragraph_of_page_lines_over_the_first_paragraph_is_no_details_box(box):
    text = "\n\n".join([*MENU, *BOOK_HEADER, "\n".join(box), *BOOK_REVIEW, *NEWSLETTER, *HEADLINES, *FOOTER])
    assert set(kept(text, box)) == set(box)
    assert kept(text, BOOK_REVIEW) == []
