"""The ``boilerplate`` cleaner on a page whose article is all short paragraphs: a what's-on
guide, a live blog, a recipe's steps, a short report in a language without a function-word list.
Split by headings, lists or time stamps, no run of its paragraphs is long enough to be prose,
so the main region search finds none; the search for short prose (``_short_prose_region``)
does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.cleaners import boilerplate as bp

from .test_boilerplate import FOOTER, HEADLINES, MENU, clean, dropped, lines
from .test_boilerplate_edges import analysed

BYLINE = ["By Staff Reporter", "Updated 14 March 2027"]

# Each article: one-line paragraphs under short headings, stamps or list items; no two of its
# paragraphs in a row reach the run_chars a run of near-prose needs.
SHORT_PROSE_ARTICLES = {
    "events guide": [
        "Spring is here and the town is busy again. Here is our pick of what is on this weekend.",
        "Friday",
        "Harbour lights parade",
        "Decorated boats sail past the old pier at dusk. The parade is free to watch.",
        "Quiz night at the Crown",
        "Teams of up to six compete for a meat hamper. Entry is five pounds a head.",
        "Saturday",
        "Farmers market",
        "More than forty stalls fill the square with cheese, bread and plants until two.",
        "Children's theatre",
        "A puppet version of an old folk tale, for ages three and up. Booking is advised.",
        "Sunday",
        "Riverside walk",
        "A guided walk along the river to spot herons and otters. Meet at the bridge at ten.",
    ],
    "live blog": [
        "Heavy rain has flooded several streets in the city centre since the early afternoon.",
        "19h12",
        "Bridge closed",
        "Police have closed the north bridge in both directions while the river keeps rising.",
        "18h55",
        "Tree falls on cars",
        "A tree fell on two parked cars near the station. Nobody was hurt, firefighters said.",
        "18h40",
        "Trains delayed",
        "The rail operator says trains on the coast line are running up to an hour late.",
        "18h05",
        "Shelters open",
        "The council has opened two sports halls for residents who had to leave their homes.",
    ],
    "recipe steps": [
        "This quick tray bake is all about the crunchy topping, and it feeds four with ease.",
        "Ingredients",
        "800g chicken thighs",
        "500g small potatoes, halved",
        "1 red onion, cut into wedges",
        "Step 1",
        "Heat the oven to 200C. Line a large roasting tin with baking paper and set it aside.",
        "Step 2",
        "Put the potatoes and onion in the tin. Drizzle with oil, season and roast for 15 minutes.",
        "Step 3",
        "Add the chicken to the tin among the vegetables and roast for a further 25 minutes.",
        "Step 4",
        "Mix the crumbs with the nuts and herbs, scatter over the chicken and roast for ten more.",
    ],
    # Haitian Creole: no function-word list, every paragraph near-prose by its sentence end
    "no function-word list": [
        "Ministè Sante a rapòte plis pase mil ka kolera nan depatman Lwès la semèn sa a.",
        "Kolera se yon maladi ki pase nan dlo ak manje ki pa pwòp. Li ka touye moun vit.",
        "Kisa pou w fè?",
        "Bwè dlo trete",
        "Lave men w ak savon",
        "Kwit manje byen",
        "Si yon moun gen dyare, ba li sewòm touswit epi mennen l nan sant sante ki pi pre a.",
        "Ministè a mete yon liy telefòn gratis pou moun ki bezwen plis enfòmasyon sou maladi a.",
        "Lekòl yo nan zòn nan ap rete fèmen jiska lendi pou pwoteje timoun yo kont maladi a.",
    ],
}


@pytest.mark.parametrize("name", SHORT_PROSE_ARTICLES)
def test_an_article_of_short_paragraphs_on_a_page_is_found(name):
    article = SHORT_PROSE_ARTICLES[name]
    gone = dropped(clean(lines(MENU, BYLINE, article, HEADLINES, FOOTER)))
    assert [line for line in article if line in gone] == []
    assert set(MENU) | set(BYLINE) | set(HEADLINES) | set(FOOTER) <= set(gone)


@pytest.mark.parametrize("name", SHORT_PROSE_ARTICLES)
def test_an_article_of_short_paragraphs_alone_is_untouched(name):
    # no page around it: the full-page guard leaves it as it is
    assert dropped(clean(lines(SHORT_PROSE_ARTICLES[name]))) == {}


# -- negatives: a page of lists is no article of short paragraphs ----------------------------

PITCH = "Get the day's top stories in your inbox every morning. It is free."
LISTINGS = [
    "Cinema listings",
    "The Last Harbour 12A",
    "Mon-Thu 14:00, 17:30, 20:15",
    "Paper Moons PG",
    "Sat-Sun 11:00, 13:45",
    "Night Train 15",
    "Fri-Sat 21:30",
]


def test_a_newsletter_pitch_among_lists_is_no_article():
    # one sentence among lists is short of run_chars: no region, and the listings stay
    gone = dropped(clean(lines(MENU, LISTINGS, [PITCH], HEADLINES, FOOTER)))
    assert [line for line in LISTINGS if line in gone] == []


@pytest.mark.parametrize(
    "teasers",
    [
        # headline and one-line summary, as a more-stories box prints them
        [
            "Council approves new stadium",
            "The vote went ahead despite protests outside the town hall.",
            "Storm warning for the coast",
            "Forecasters expect gusts of up to 80mph on Thursday night.",
        ],
        ["Train fares to rise", "Season tickets will cost four percent more from January."],
    ],
)
def test_teasers_after_the_article_do_not_cut_its_paragraphs(teasers):
    # the teasers' summaries are sentences too: the region may take them, never lose the article
    article = SHORT_PROSE_ARTICLES["events guide"]
    gone = dropped(clean(lines(MENU, BYLINE, article, teasers, HEADLINES, FOOTER)))
    assert [line for line in article if line in gone] == []
    assert set(MENU) | set(FOOTER) <= set(gone)


def test_a_copyright_line_ends_the_short_prose_region():
    # furniture by its wording weighs in full: the sentences after the footer are not the article's
    article = SHORT_PROSE_ARTICLES["live blog"]
    after = ["Cookies help us run this site. You can change your settings at any time."]
    gone = dropped(clean(lines(MENU, article, FOOTER, after)))
    assert [line for line in article if line in gone] == []
    assert set(after) <= set(gone)


# -- the search itself ------------------------------------------------------------------------

_SHAPES = {
    "sentence": "Paragraph {} of the article is one sentence that ends with a full stop.",
    "heading": "Day {}",
    "item": "{} red onions, sliced",
    "copyright": "© 2027 Example Media Group. All rights reserved.",
}


@given(st.lists(st.sampled_from(sorted(_SHAPES)), max_size=40))
def test_the_short_prose_region_starts_and_ends_on_a_sentence(shapes):
    # each sentence, heading and item numbered: a line the page prints twice is furniture
    found = analysed([_SHAPES[shape].format(k) for k, shape in enumerate(shapes)])
    first, last = bp._short_prose_region(found.lines, bp.Settings(), {})
    prose = [line.chars if shape == "sentence" else 0 for line, shape in zip(found.lines, shapes)]
    if sum(prose) < bp.Settings().run_chars:
        assert first > last  # too few sentences on the whole page: no article
    if first <= last:
        assert shapes[first] == "sentence" == shapes[last]
        assert sum(prose[first : last + 1]) >= bp.Settings().run_chars
