"""The ``boilerplate`` cleaner: the article region of a full page rendered to text or markdown."""

from __future__ import annotations

import re
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import casefold
from newsclean.cleaners import boilerplate as bp
from newsclean.cleaners.boilerplate import is_comment_heading, is_furniture

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEEDS = FIXTURES / "seeds"
PAGES = FIXTURES / "pages" / "text"

ARTICLE = [
    "The regional water authority said on Monday that it would raise prices by nine percent next "
    "year, the largest increase in more than a decade, after a dry summer left its reservoirs at "
    "their lowest level since records began.",
    "Officials blamed the rise on the cost of pumping water from deeper wells and on the repairs "
    "that the aging network of pipes has needed since the floods of the previous winter.",
    "What happens next",
    "Consumer groups said that the increase would hit poorer households hardest and asked the "
    "authority to offer a reduced rate to families who are already struggling with their bills.",
    "The authority is expected to publish the details of its plan in the spring, when it will "
    "also announce how much it intends to invest in new storage over the next five years.",
]
MENU = ["Home", "News", "Sport", "Business", "Weather", "Opinion", "Culture", "Video", "Podcasts", "Log in"]
FOOTER = [
    "About us",
    "Contact",
    "Careers",
    "Advertise with us",
    "This website uses cookies to improve your experience and to show you relevant advertising.",
    "Privacy policy",
    "Terms of use",
    "© 2024 Example Media Group. All rights reserved.",
]
HEADLINES = [
    "Most read",
    "Council Approves New Stadium Plans Despite Protests",
    "Five Things To Know About The Budget Vote",
    "Local Team Wins Cup After Penalty Shootout",
    "Storm Warning Issued For Coastal Towns",
    "Police Appeal For Witnesses After Crash",
    "Train Fares Set To Rise Again In January",
]


def clean(text: str, name: str = "boilerplate") -> newsclean.Result:
    return newsclean.Pipeline.from_names([name]).clean_text(text)


def dropped(result: newsclean.Result) -> dict[str, str]:
    """Lines the boilerplate cleaner dropped, as {line: reason}."""
    return {r.text: r.reason for r in result.removals if r.cleaner == "boilerplate"}


def lines(*groups: list[str]) -> str:
    return "\n\n".join(line for group in groups for line in group)


def assert_furniture_after_the_article_goes(*after: list[str]) -> None:
    """Clean MENU, ARTICLE, the ``after`` groups, HEADLINES and FOOTER: every line of ``after``
    goes, and every article line stays."""
    gone = dropped(clean(lines(MENU, ARTICLE, *after, HEADLINES, FOOTER)))
    assert {line for group in after for line in group} <= set(gone)
    assert all(line not in gone for line in ARTICLE)


def assert_article_kept_on_a_page(*article: list[str]) -> None:
    """Clean ``article`` (groups of lines) between MENU and HEADLINES, FOOTER: every article
    line stays, and all of the page's furniture goes."""
    gone = dropped(clean(lines(MENU, *article, HEADLINES, FOOTER)))
    assert [line for group in article for line in group if line in gone] == []
    assert set(MENU) | set(HEADLINES) | set(FOOTER) <= set(gone)


# -- positives: the furniture of a full page goes, the article stays --------------------------


def test_menu_and_footer_around_an_article_are_dropped():
    result = clean(lines(MENU, ARTICLE, FOOTER))
    gone = dropped(result)
    assert set(MENU) <= set(gone) and set(FOOTER) <= set(gone)
    assert all(line not in gone for line in ARTICLE)
    assert all("before the article region" in gone[m] for m in MENU)
    assert all("after the article region" in gone[f] for f in FOOTER)
    assert {r.kind for r in result.removals} == {newsclean.Kind.BOILERPLATE}


def test_a_headline_list_after_the_article_is_dropped():
    result = clean(lines(MENU, ARTICLE, HEADLINES, FOOTER))
    gone = dropped(result)
    assert set(HEADLINES) <= set(gone)
    assert all(line in result.text for line in ARTICLE)


def test_one_furniture_line_inside_the_article_does_not_end_it():
    # a promo line between paragraphs, then short closing paragraphs, then the page's own
    # furniture: the closing paragraphs are the article's, not the footer's
    closing = [
        "Councils should stop measuring success in parking spaces and start measuring people.",
        "Rachel Dunmore is a transport planner and the author of Streets for People.",
    ]
    promo = "Read more: Ministers face fresh pressure over housing targets"
    result = clean(lines(MENU, ARTICLE, [promo], closing, HEADLINES, FOOTER))
    gone = dropped(result)
    assert all(line in result.text for line in ARTICLE + closing)
    assert set(MENU) <= set(gone) and set(FOOTER) <= set(gone)


def test_a_comment_thread_after_the_article_is_dropped():
    comments = [
        "24 comments",
        "jsmith",
        "2 hours ago",
        "I have been paying these bills for years and I think that the increase is far too much for "
        "what we get, and nobody at the authority has ever explained where all of the money goes.",
        "Reply",
        "waterwatcher",
        "1 hour ago",
        "The pipes in my street have been leaking for as long as I can remember, and it is not the "
        "first time that we have been asked to pay more while the repairs are never done at all.",
    ]
    result = clean(lines(MENU, ARTICLE, comments, FOOTER))
    gone = dropped(result)
    assert set(comments) <= set(gone)
    assert all(line in result.text for line in ARTICLE)


@pytest.mark.parametrize("heading", ["What readers are saying", "What you think", "Was unsere Leser sagen", "Opiniones de los lectores"])
def test_a_comment_thread_about_the_article_ends_at_its_heading(heading):
    # the comments discuss the article's subject (they share its words): the heading ends it
    comments = [
        heading,
        "Water watcher: The authority has raised prices every year and the reservoirs are still "
        "empty, and the repairs to the pipes that they promised after the floods never came.",
        "Jsmith: Poorer households will be hit hardest by the increase, as the consumer groups "
        "said, and the authority should offer a reduced rate to families straight away.",
    ]
    result = clean(lines(MENU, ARTICLE, comments, FOOTER))
    assert set(comments) <= set(dropped(result))
    assert all(line in result.text for line in ARTICLE)


SECTIONS_NAMED_LIKE_THREADS = {
    "en": ("Comment", [
        "Lawyers who advise water companies said the ruling leaves the authority little room, "
        "because the regulator must now approve any rise of more than five percent in advance.",
        "Others expect the authority to appeal. It has until the end of the month to decide.",
    ]),
    "en discussion": ("Discussion", [
        "The study has its limits: the authors followed only forty households, all of them in "
        "the same district, and for a single summer that was drier than any since records began.",
        "They plan to repeat it next year with more homes and a second, wetter region.",
    ]),
    "de": ("Kommentar", [
        "Die Erhöhung ist die größte seit zehn Jahren, und sie kommt zur falschen Zeit, denn "
        "viele Familien wissen schon jetzt nicht, wie sie ihre Rechnungen bezahlen sollen.",
        "Die Behörde sollte zuerst ihre Leitungen reparieren, bevor sie mehr Geld verlangt.",
    ]),
    "fr": ("Commentaire", [
        "La hausse est la plus forte depuis dix ans, et elle tombe mal, car beaucoup de familles "
        "peinent déjà à payer leurs factures à la fin du mois.",
        "L'autorité devrait d'abord réparer ses canalisations avant de demander plus d'argent.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(SECTIONS_NAMED_LIKE_THREADS))
def test_a_section_heading_worded_like_a_comment_heading_keeps_the_article_going(lang):
    # the article's own section ("Comment" over a legal-news site's analysis, "Discussion" in a
    # study's write-up) goes on in paragraphs to the end: no thread opens under it
    heading, section = SECTIONS_NAMED_LIKE_THREADS[lang]
    result = clean(lines(MENU, ARTICLE, [heading], section, HEADLINES, FOOTER))
    assert all(line in result.text for line in [*ARTICLE, heading, *section])
    assert set(HEADLINES) <= set(dropped(result))


def test_a_comment_heading_with_a_count_opens_a_thread_of_prose():
    # the count says it: a thread, though its comments are paragraphs without names
    comments = ["Comments (2)", *SECTIONS_NAMED_LIKE_THREADS["en"][1]]
    result = clean(lines(MENU, ARTICLE, comments, FOOTER))
    assert set(comments) <= set(dropped(result))
    assert all(line in result.text for line in ARTICLE)


def test_a_list_a_promo_introduces_is_the_pages():
    # "Follow us on social media:" is a call to follow (promos drops it): the networks under it
    # are the page's list, not the article's, although prose (an author bio) follows them
    follow = ["Follow the Harbour Echo on social media for the latest water news:", "Instagram", "Threads", "WhatsApp channel"]
    bio = ["Jane Smith is the Echo's environment reporter and has covered the water authority for ten years."]
    result = newsclean.Pipeline.default().clean_text(lines(MENU, ARTICLE, follow, bio, FOOTER))
    gone = {r.text for r in result.removals}
    assert set(follow) <= gone
    assert all(line in result.text for line in ARTICLE)


def test_a_menu_other_cleaners_found_is_evidence_of_a_page():
    # no copyright, cookie or link-list line and no repeated line; but `navigation` dropped a
    # skip link and a menu line: the text is a page, and its teasers go
    page = lines(["Skip to main content", "News | Sport | Weather | Culture"], HEADLINES, ARTICLE, ["About", "Contact"])
    result = newsclean.Pipeline.default().clean_text(page)
    assert all(line in result.text for line in ARTICLE)
    assert not any(h in result.text for h in HEADLINES)


# The list a prose line introduces with a colon: its items are short, like a menu's, and the
# region search must not cut the article there.
INTRODUCED_LISTS = [
    (
        "The authority will pay for the work from four sources, which it set out in a letter to the council:",
        ["Water rates, from 2025", "A government grant of 40 million", "Borrowing against future income",
         "The sale of two reservoirs"],
    ),
    (
        "These are the streets that will be closed to traffic until the end of the repairs in the spring:",
        ["High Street (numbers 1 to 40)", "Market Square", "Station Road, north of the bridge", "School Lane"],
    ),
    (
        "Here are the deals we think are worth a look before the weekend is out:",
        ["Lego Star Wars 75188 Resistance Bomber", "Polaroid 600 Camera 80s Style", "Monopoly Travel Edition",
         "Hasbro Gaming Taboo"],
    ),
]


CLOSING = ["The council will vote on the plan on Thursday, and the first bills at the new rate are due in April."]


@pytest.mark.parametrize(("intro", "items"), INTRODUCED_LISTS, ids=["sources", "streets", "deals"])
def test_a_list_a_sentence_introduces_stays_with_the_article(intro, items):
    result = clean(lines(MENU, ARTICLE, [intro], items, CLOSING, HEADLINES, FOOTER))
    gone = dropped(result)
    assert all(line in result.text for line in [*ARTICLE, intro, *items, *CLOSING])
    assert set(MENU) | set(HEADLINES) | set(FOOTER) <= set(gone)


@pytest.mark.parametrize("lead", ["Most read", "Follow us:", "The authority will publish the streets concerned next week."])
def test_short_lines_after_a_line_without_a_colon_are_no_list(lead):
    # negatives: a marker, a short label ending in a colon and a sentence that ends with a full
    # stop introduce no list; the short lines after them stay furniture (they name nothing the
    # article names, so no bridge takes them either)
    others = ["Local Team Wins Cup After Penalty Shootout", "Storm Warning Issued For Coastal Towns",
              "Police Appeal For Witnesses After Crash", "Celebrity Chef Opens Second Restaurant"]
    gone = dropped(clean(lines(MENU, ARTICLE, [lead], others, CLOSING, FOOTER)))
    assert set(others) <= set(gone)


def test_a_name_dense_introduction_and_its_list_stay_with_the_article():
    # the line introducing the list is mostly names and numbers (few function words), and a
    # promo sits between the list and the prose: lead, introduction and list all stay
    lead = (
        "A council planning chief who approved his own brother's housing scheme has been "
        "suspended, the authority said on Friday."
    )
    intro = "Raymond Hale, 61, Millbrook Borough Council planning director, Harbour Town, faced four complaints:"
    items = [
        "* Approving Castle Lane flats (two counts)",
        "* Failing to declare an interest",
        "* Misleading committee members",
        "* Deleting planning emails",
    ]
    promo = ["Read more:", "Water bills to rise by £123 a year"]
    after = [
        "The council's chief executive, Anne Morley, said the suspension was a neutral act and "
        "that Hale would be paid while the investigation ran.",
        "Hale's brother, who owns the Castle Lane site, said that he had done nothing wrong and "
        "that the flats had been approved on their merits.",
        "An independent inspector will report to the council's standards committee in March, and "
        "the flats will not be built until then.",
    ]
    header = ["Millbrook council planning chief suspended", "By Tom Ashworth", "Share this article"]
    page = lines(MENU, header, [lead, intro], items, promo, after, HEADLINES, FOOTER)
    gone = dropped(clean(page))
    assert [line for line in [lead, intro, *items, *after] if line in gone] == []
    assert set(MENU) | set(header) | set(HEADLINES) | set(FOOTER) <= set(gone)


def test_a_list_that_runs_into_the_footer_takes_no_footer_with_it():
    # a list that closes the article runs straight into the footer's short lines: where it ends
    # is unclear, so it is not marked and the footer goes (the list may go with it)
    intro, items = INTRODUCED_LISTS[0]
    result = clean(lines(MENU, ARTICLE, [intro], items, FOOTER))
    assert set(MENU) | set(FOOTER) <= set(dropped(result))
    assert all(line in result.text for line in ARTICLE)


def test_markdown_link_lists_are_dropped():
    menu = [f"* [{item}](#)" for item in MENU]
    related = ["## Related", *(f"* [{h}](#)" for h in HEADLINES[1:])]
    linked = "Officials said the plan was [published online](#) on Monday and will be discussed."
    body = [*ARTICLE[:2], linked, *ARTICLE[2:]]
    result = clean(lines(menu, body, related, FOOTER))
    gone = dropped(result)
    assert set(menu) <= set(gone) and set(related) <= set(gone)
    assert "published online" in result.text


def test_a_german_page_is_cleaned_with_german_function_words():
    article = [
        "Die Stadtwerke haben am Montag angekündigt, dass die Preise für Wasser im kommenden Jahr um "
        "neun Prozent steigen werden, nachdem der trockene Sommer die Speicher geleert hat.",
        "Als Grund nannten sie die Kosten für das Pumpen aus tieferen Brunnen und für die Reparaturen "
        "an dem alten Netz, das nach dem Hochwasser des letzten Winters beschädigt wurde.",
        "Verbraucherschützer kritisierten, dass die Erhöhung vor allem die ärmeren Haushalte treffe, "
        "und forderten einen ermäßigten Tarif für Familien mit kleinem Einkommen.",
    ]
    menu = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Reise", "Gesundheit", "Anmelden"]
    footer = [
        "Impressum",
        "Datenschutzerklärung",
        "Kontakt",
        "Nutzungsbedingungen",
        "Mediadaten",
        "Karriere",
        "Abo",
        "Diese Website verwendet Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.",
    ]
    result = clean(lines(menu, article, footer))
    assert set(menu) | set(footer) <= set(dropped(result))
    assert all(line in result.text for line in article)
    # a list the article introduces with a colon stays, in German too
    intro = "Die Stadtwerke nannten am Abend die Straßen, in denen das Wasser zuerst teurer wird:"
    streets = ["Hauptstraße 1 bis 40", "Am Markt", "Lindenallee ab Bahnhof", "Schulweg"]
    closing = "Die neuen Preise gelten ab dem ersten April, wie die Stadtwerke am Abend mitteilten."
    result = clean(lines(menu, article, [intro], streets, [closing], footer))
    assert all(line in result.text for line in [*article, intro, *streets, closing])
    assert set(menu) | set(footer) <= set(dropped(result))


# -- negatives: article text is left alone ---------------------------------------------------


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_no_body_line_of_a_seed_is_dropped(seed):
    result = clean(seed.read_text(encoding="utf-8"))
    gone = set(dropped(result))
    gold = SEEDS / "gold" / f"{seed.stem}.labels.tsv"
    body = [row.split("\t", 2) for row in gold.read_text(encoding="utf-8").splitlines()]
    lost = [text for _, label, text in body if label in ("body", "body+", "heading") and text.strip() in gone]
    assert lost == []


# Articles made mostly of short lines. As in real articles, the prose names what the lists
# name (the measures, the ingredients, the clubs).
LIST_ARTICLES = {
    "key points": [
        "The finance minister set out her budget to parliament on Wednesday, freezing fuel duty and "
        "extending childcare support, measures she said would help families without adding to the debt.",
        "Key points",
        "Fuel duty frozen for another year",
        "Income tax thresholds unchanged",
        "Childcare support extended to two-year-olds",
        "New levy on private jet flights",
        "Pension age review brought forward",
        "Extra funding for road repairs",
        "Tobacco duty up by 2% above inflation",
        "The opposition said that the freeze on fuel duty did little for the people who had been hit "
        "hardest by the rise in prices, and that the childcare support would not reach them for years.",
        "Economists said the forecasts behind the plan assumed that growth would pick up next year, "
        "which was far from certain after a weak winter for the manufacturing sector.",
        "The budget will be debated in the chamber for four days before a vote next Tuesday.",
    ],
    "recipe": [
        "This lentil soup with cumin and lemon is the one my grandmother made every Sunday in winter, "
        "and it has fed a crowd of us for thirty years.",
        "Ingredients",
        "2 onions, chopped",
        "3 carrots, sliced",
        "1 celery stick, diced",
        "400g red lentils",
        "1.5 litres vegetable stock",
        "1 tsp ground cumin",
        "A squeeze of lemon",
        "Salt and pepper",
        "A bunch of parsley",
        "2 bay leaves",
        "1 tbsp tomato puree",
        "Crusty bread, to serve",
        "Method",
        "Soften the onions, carrots and celery in a little oil over a low heat for about ten minutes, "
        "until they are sweet and golden but not brown.",
        "Add the lentils, the stock and the cumin, bring it to the boil and let it simmer for half an "
        "hour, stirring now and then so that nothing sticks to the pan.",
        "Blend it until it is smooth, add the lemon and season it to taste before you serve it with "
        "the bread, and keep what is left in the fridge for up to three days, where it only gets better.",
    ],
    "results": [
        "Millbrook went top of the league after winning 3-1 at Harbour Town, with Westport moving to "
        "within two points of them and both of the old top two dropping points at home.",
        "Results",
        "Harbour Town 1 Millbrook 3",
        "Eastfield 2 Corrie Vale 2",
        "St Anne's 0 Westport 1",
        "Kingsway 4 Redhill 0",
        "Northgate 2 Ashby 1",
        "Oldfield 1 Brampton 1",
        "Castleton 3 Pinewood 2",
        "Lowmoor 0 Fairhaven 0",
        "Greystone 2 Elmbridge 3",
        "Table",
        "1. Millbrook 41 pts",
        "2. Westport 39 pts",
        "3. Harbour Town 38 pts",
        "4. Kingsway 35 pts",
        "5. Eastfield 33 pts",
        "Millbrook's manager said that his players had shown what they were capable of when it "
        "mattered, and that the title race was now open to any of the top four sides.",
        "Westport travel to Harbour Town next Saturday in what is now the biggest game of the season, "
        "and the club has said that it expects a crowd of more than eight thousand for the first time in years.",
    ],
}


@pytest.mark.parametrize("name", LIST_ARTICLES)
def test_an_already_clean_article_made_of_lists_is_untouched(name):
    text = lines(LIST_ARTICLES[name])
    assert dropped(clean(text)) == {}


def test_a_page_whose_only_furniture_is_a_repeated_menu_is_cleaned():
    # no copyright, cookie or link-list line: the menu repeated in the footer shows the page
    menu = ["Home", "News", "Sport", "Business", "Weather", "Opinion", "Culture"]
    gone = dropped(clean(lines(menu, ARTICLE, HEADLINES, menu)))
    assert set(menu) | set(HEADLINES) <= set(gone)


def _page(article: list[str]) -> str:
    return lines(MENU, article, HEADLINES, FOOTER)


@pytest.mark.parametrize("name", LIST_ARTICLES)
def test_a_list_inside_an_article_on_a_page_stays_with_the_article(name):
    # the same articles inside a page: the runs of short lines name what the prose names
    # (the budget's measures, the soup's ingredients, the league's clubs) and are bridged
    result = clean(_page(LIST_ARTICLES[name]))
    gone = dropped(result)
    assert [line for line in LIST_ARTICLES[name] if line in gone] == []
    assert set(MENU) | set(HEADLINES) | set(FOOTER) <= set(gone)


def test_a_single_promo_link_inside_a_markdown_article_does_not_end_it():
    # one link line between the article's list and its prose (a promo, a linked caption) says
    # nothing about its neighbours; a menu's link lines come in a row and stay furniture
    article = LIST_ARTICLES["results"]
    promo = "**Read more:** [Ticket prices to rise at three clubs next season](#)"
    menu = [f"* [{item}](#)" for item in MENU]
    body = [*article[:-2], promo, *article[-2:]]
    gone = dropped(clean(lines(menu, body, [f"* [{h}](#)" for h in HEADLINES[1:]], FOOTER)))
    assert [line for line in article if line in gone] == []
    assert set(menu) <= set(gone)


def test_a_byline_and_share_bar_between_standfirst_and_body_are_not_bridged():
    standfirst = "Prices will rise by nine percent next year after a dry summer, the water authority said."
    furniture = ["By Jane Smith, Business Reporter", "Updated 5:50 PM", "Share on Facebook", "Copy link", "Email"]
    gone = dropped(clean(lines(MENU, [standfirst], furniture, ARTICLE, HEADLINES, FOOTER)))
    assert set(furniture) <= set(gone)
    assert all(line not in gone for line in ARTICLE)


# Lists of records inside an article that name nothing its prose names (so no shared word
# bridges them): a fact box, a programme of times, road closures, bulleted key points.
RECORD_LISTS = {
    "fact box": [
        "Profile",
        "Born: 1979 in Lowestoft",
        "Age: 47",
        "Job: solicitor, then borough planning officer",
        "Party: independent",
        "Family: married, three children",
    ],
    "programme": [
        "Main stage",
        "1.00pm – Opening by the mayor and a veteran",
        "1.30pm – Brass band Harbour Lights",
        "3.15pm – Folk duo Marram Grass",
        "5.00pm – Children's choir of St Mary's",
    ],
    "closures": [
        "A14 junctions 10 to 11, eastbound",
        "When: 9pm to 6am, Monday to Thursday",
        "Diversion: via the A143 and B1106",
        "B1113 Stowmarket Road",
        "When: 8pm to 5am, Friday",
        "Why: gas main replacement",
    ],
    "key points": [
        "The main measures",
        "- Two points off the basic rate for middle earners",
        "- A one-year extension of the home insulation grant",
        "- Fuel duty frozen for another year",
        "- More money for hospital waiting lists",
    ],
}


@pytest.mark.parametrize("name", RECORD_LISTS)
def test_a_list_of_records_inside_an_article_on_a_page_stays_with_the_article(name):
    # between the article's first paragraph and the rest: before, the list's short lines cost
    # the region search more than the first paragraph weighed, and both were cut off
    records = RECORD_LISTS[name]
    assert_article_kept_on_a_page(ARTICLE[:1], records, ARTICLE[1:])


def test_an_author_contact_box_and_bio_after_the_article_are_not_bridged():
    # records too, but with a page's labels: an author box, not the article's list
    contact = ["Contact: jane.smith@example.com", "Twitter: @janesmith", "Phone: 020 7946 0000"]
    bio = [
        "Jane Smith is the paper's business reporter and has written about water, energy and "
        "the cost of living since she joined in 2015."
    ]
    assert_furniture_after_the_article_goes(contact, bio)


def test_every_language_names_its_tag_list_among_the_page_labels():
    # a tag list ("Tópicos: ...", "Tag: ...") after the article is the page's, in each language
    tags = {"en": "tags", "fr": "mots-clés", "de": "schlagwörter", "es": "etiquetas", "it": "tag", "pt": "tópicos", "nl": "trefwoorden"}
    assert set(tags.values()) <= bp.page_labels()


def test_a_standfirst_above_the_dateline_the_metadata_cleaner_took_is_not_bridged():
    # the date lines are records, but `metadata` dropped the byline and date: the run is the
    # article's header, and the prose above it a standfirst (not the body, in the dev truth)
    standfirst = "Prices will rise by nine percent next year after a dry summer, the regulator said on Monday."
    header = ["By Jane Smith", "12 March 2027", "10:48 GMT"]
    result = newsclean.clean(lines(MENU, [standfirst], header, ARTICLE, HEADLINES, FOOTER))
    assert standfirst not in result.text
    assert all(line in result.text for line in ARTICLE)


NUMBERED_INTRO = "Here are the twelve games and films we would pick from this year's sales, with where to buy them:"
NUMBERED = [
    line
    for n, item in enumerate(
        [
            "Lego Star Wars Resistance Bomber",
            "Polistil electric racing track",
            "Nolan box set: Interstellar, The Dark Knight trilogy, Inception, The Prestige",
            "Blade Runner: The Final Cut (4K Ultra HD and Blu-ray), with a booklet of the original storyboards",
            "Ghostbusters collection 1-2",
            "Indiana Jones collection 1-4",
        ],
        1,
    )
    for line in (f"{n}) {item}", f"https://shop.example.com/item/{n}")
]


def test_a_numbered_list_that_closes_the_article_stays_with_it():
    # introduced by the article, numbered in sequence, each item with its link: the article's
    # list even with no prose after it (an item long enough to be prose-like does not end it)
    assert_article_kept_on_a_page(ARTICLE, [NUMBERED_INTRO], NUMBERED)


@pytest.mark.parametrize(
    "numbered",
    [
        [f"{n}. {h}" for n, h in enumerate(HEADLINES[1:], 1)],  # no introduction
        [f"{n}. {h}" for n, h in zip((3, 1, 4, 2, 5), HEADLINES[1:])],  # not in sequence
    ],
)
def test_a_numbered_headline_list_after_the_article_is_dropped(numbered):
    gone = dropped(clean(lines(MENU, ARTICLE, ["Most read"], numbered, FOOTER)))
    assert set(numbered) <= set(gone)
    assert all(line not in gone for line in ARTICLE)


def test_links_whose_titles_read_like_prose_are_a_link_list():
    # markdownify keeps a link's title: '[Headline](url "Headline. A teaser sentence ...")'; the
    # title is the link's syntax, so the line is all link text, not prose
    teasers = [
        f'* [{h}](https://news.example.com/{n} "{h}. The council said on Monday that it would '
        'publish the details of the plan in the spring, after a long consultation.")'
        for n, h in enumerate(HEADLINES[1:])
    ]
    assert_furniture_after_the_article_goes(teasers)


# The closing blocks of articles: short lines after the last paragraph that end like
# sentences or read "Label: value" (the page's furniture does neither).
CLOSING_BLOCKS = {
    "match report": ["Booked: Carr (twice), Robson.", "Sent off: Carr 71.", "Referee: Martin Skelton.", "Attendance: 1,412."],
    "film review": ["The Lantern Keepers", "Rated R for violence and some language.", "Running time: 112 minutes.", "In theaters Friday."],
    "warning": [
        "Areas under the warning include:",
        "Brisbane",
        "Ipswich",
        "Move cars under cover or away from trees.",
        "Keep clear of fallen power lines.",
        "Never drive through flood water.",
        "Secure loose items around your house.",
    ],
}


@pytest.mark.parametrize("name", CLOSING_BLOCKS)
def test_the_articles_closing_block_stays_with_it(name):
    assert_article_kept_on_a_page(ARTICLE, CLOSING_BLOCKS[name])


def test_one_inline_promo_inside_the_closing_block_is_passed_over():
    # "Read more: <headline>" between a listing's entries (dropped by `promos`) neither ends the
    # closing block nor counts in it
    listing = [
        "Saturday",
        "Harbour Flea Market",
        "More than 80 stalls, from vinyl to vintage prams.",
        "9am to 3pm, West Quay. Free.",
        "Read more: Bus fares to rise in April",
        "Lantern Festival",
        "Hundreds of lanterns, live music and fireworks over the lake.",
        "From 6pm, Lakeside Promenade. Tickets £5.",
    ]
    result = newsclean.clean(lines(MENU, ARTICLE, listing, HEADLINES, FOOTER))
    assert all(line in result.text for line in ARTICLE + listing if not line.startswith("Read more"))
    assert "Read more" not in result.text and "Most read" not in result.text


@pytest.mark.parametrize(
    "after",
    [
        ["Jane Smith", "Jane Smith is the paper's business reporter."],  # a name over a one-line bio
        ["Sign up to get:", "Breaking news alerts", "The week's best reads", "Offers from local shops"],
        ["Related tags:", "Water", "Prices", "Drought"],
        [  # teasers: a headline, then its summary
            "Storm warning for coastal towns",
            "Forecasters expect gusts of up to 70mph.",
            "Cup final tickets sell out",
            "Fans queued overnight at the stadium.",
        ],
    ],
)
def test_page_furniture_after_the_article_is_no_closing_block(after):
    assert_furniture_after_the_article_goes(after)


LINE_UPS = [
    "Kilbride: P Walsh; D Kearns, J O'Neill, B Foley; K Lacey, S Murphy, P Brennan; D Walsh, R Quinn; T Byrne, C Doyle, M Nolan.",
    "Ballycar: M Cleary; J Furlong, T Kavanagh, D Breen; S Murphy, C Breen, L Dunne; R Kavanagh, N Fitzgerald; E Kehoe, P Roche, A Dunne.",
]


def test_one_record_after_records_the_region_ends_in_stays():
    # the line-ups are long enough to be in the region; the referee after them is one short
    # "Label: value" line, the rest of the same record list
    assert_article_kept_on_a_page(ARTICLE, LINE_UPS, ["Referee: J Kinsella (Oulartwood)."])


def test_one_label_line_after_prose_is_no_closing_block():
    # after a paragraph, a single "Label: value" line is as likely the page's
    assert_furniture_after_the_article_goes(["Never miss a story: sign up for breaking news alerts"])


MARKET_CLOSE = [
    "Shares in Coralstone Minerals soared after the lithium explorer reported high-grade results "
    "from its drilling programme, while Fortescue and Macquarie Group moved in opposite directions.",
    "Cardova Pay was the worst performer of the day after the payments company cut its profit "
    "forecast for the second time this year, blaming weaker spending by shoppers.",
]
PERFORMERS = [
    "Best and worst performers",
    "Coralstone Minerals +18.2%",
    "Fortescue +4.1%",
    "Macquarie Group -1.2%",
    "Cardova Pay -11.0%",
]


def test_a_table_under_a_heading_after_the_article_stays_when_its_rows_name_the_article():
    # the heading keeps the rows from continuing the region's shape; the rows share their
    # shape and name the companies the article is about (a ticker box of other companies does not)
    assert_article_kept_on_a_page(ARTICLE, MARKET_CLOSE, PERFORMERS)


MATCH_REPORT = [
    "Sam Okoye scored twice as Harbourside beat Millbrook Rovers 3-1 on Saturday to go top of "
    "the league for the first time since the club was promoted three seasons ago.",
    "Rovers pulled one back through Lewis Grant's low shot before half-time, but a late header "
    "from the substitute Jamie Cole settled it in front of a crowd of more than six thousand.",
]
STANDINGS = [
    "### League table",
    "Pos| Team| P| Pts",
    "1| Harbourside| 32| 64",
    "2| Castleford Town| 32| 63",
    "3| Millbrook Rovers| 31| 60",
    "4| Kelby United| 32| 58",
]


def test_a_table_whose_rows_name_the_article_stays_whole():
    # two of the four rows name the article's teams, the others the league's other clubs: all
    # share the rows' shape, and the table is the article's (the ticker box's rows name nothing)
    assert_article_kept_on_a_page(ARTICLE, MATCH_REPORT, STANDINGS)


def test_a_comment_heading_a_promo_dropped_ends_the_closing_block():
    # "Comments (23)" is a call to action for `promos`; it ends the article's closing block, so
    # the comment thread after it (its signatures share a shape and name the article) and the
    # tags before it are the page's
    tags = "Tags: Water prices, Reservoirs, Drought"
    thread = [
        "Comments (23)",
        "Reservoir Watcher · 2 hours ago",
        "Nine percent on top of last year's rise. The authority should fix its pipes first.",
        "Water Bills · 1 hour ago",
        "Families are already struggling with their bills. A reduced rate is the least they can do.",
    ]
    result = newsclean.clean(lines(MENU, ARTICLE, [tags], thread, HEADLINES, FOOTER))
    assert all(line in result.text for line in ARTICLE)
    assert [line for line in [tags, *thread] if line in result.text] == []


KEY_POINTS = [
    "- Prices will rise by nine percent next year, the largest increase in a decade.",
    "- Consumer groups want a reduced rate for families who are struggling.",
    "- Details of the plan are due in the spring.",
]


@pytest.mark.parametrize("heading", ["Key points", "Das Wichtigste in Kürze", "Lo más importante"])
def test_the_heading_of_a_list_that_starts_the_article_stays_with_it(heading):
    assert_article_kept_on_a_page([heading], KEY_POINTS, ARTICLE)


def test_a_menu_entry_above_a_list_that_starts_the_article_is_no_heading():
    # the menu's last entry is short too, but the page repeats its menu at the bottom
    menu = MENU[:-1]  # ends with "Podcasts"
    result = clean(lines(menu, KEY_POINTS, ARTICLE, HEADLINES, FOOTER, menu))
    assert menu[-1] not in result.text
    assert all(line in result.text for line in KEY_POINTS + ARTICLE)


def test_a_list_a_short_line_introduces_stays_with_the_article():
    # "Areas under the warning include:" is too short to be prose; its list, which names
    # nothing the article names and holds no records, joins the prose on either side
    listed = ["Areas under the warning include:", "Brisbane", "Ipswich", "Logan", "Toowoomba", "Scenic Rim"]
    assert_article_kept_on_a_page(ARTICLE[:1], listed, ARTICLE[1:])


def test_short_paragraphs_after_an_introduced_list_stay_with_the_article():
    # the list's items say nothing about the short paragraphs after them: the context pass
    # looks past the list to the article's prose (too many items for a closing block)
    listed = ["Areas under the warning include:", "Brisbane", "Ipswich", "Logan", "Toowoomba", "Lockyer Valley", "Scenic Rim", "Redland"]
    advice = [
        "Move cars under cover or away from trees.",
        "Keep clear of fallen power lines.",
        "Never drive, ride or walk through flood water.",
    ]
    promo = "TOP STORY: Hospital Trust Rated Requires Improvement For Third Time"  # an inline promo
    gone = dropped(clean(lines(MENU, ARTICLE, [promo], listed, advice, HEADLINES, FOOTER)))
    assert [line for line in [*ARTICLE, *listed, *advice] if line in gone] == []
    assert set(MENU) | set(HEADLINES) | set(FOOTER) <= set(gone)


def test_a_short_introduction_does_not_make_its_list_the_article():
    # an article of short paragraphs only finds no region of prose; the list a short line
    # introduces must not become one (it would cut every paragraph away)
    paragraphs = [
        "The entry fee for the old town will double to ten euros on busy days.",
        "The council decided it on Tuesday and added 25 days to the calendar.",
        "Who does not have to pay:",
        "- residents of the region",
        "- children under 14",
        "- overnight guests",
        "The fee raised about five million euros last year, the council said.",
        "Shopkeepers fear that day visitors will stay away in the spring.",
    ]
    gone = dropped(clean(lines(MENU, paragraphs, HEADLINES, FOOTER)))
    assert [line for line in paragraphs if line in gone] == []


RESULTS = [
    "Mayor",
    "Donna Pelletier (incumbent) – 14,806 (elected)",
    "Harvey Kwan – 9,117",
    "Ward 1",
    "Lisa Mancuso (incumbent) – 2,903 (elected)",
    "Terry Dubois – 1,244",
    "Ward 2",
    "Amrit Gill – 2,118 (elected)",
    "Paul Lemieux (incumbent) – 1,996",
]


def test_a_list_whose_lines_share_a_shape_is_a_list_of_records():
    # no labels, bullets or leading numbers, and nothing the prose names: the lines share
    # their shape ("– 9,9"), as a table's or a results list's do
    assert_article_kept_on_a_page(ARTICLE[:1], RESULTS, ARTICLE[1:])


def test_the_rest_of_a_results_list_the_region_ends_in_stays():
    top = [f"{n}. {name} (Team {team}) s.t." for n, name, team in [(1, "Bertolini", "Emilia"), (2, "Keller", "Alpen")]]
    rest = [f'{n}. {name} (Team {team}) a {gap}"' for n, name, team, gap in [(3, "Moreau", "Rhone", 4), (4, "Fabbri", "Emilia", 9), (5, "Iriarte", "Euskadi", 15)]]
    closing = [*top, *rest]
    # the first places end like sentences and join the region; the rest share one shape
    assert_article_kept_on_a_page(ARTICLE, closing)


@pytest.mark.parametrize(
    "after",
    [
        ["15 Amazing Images of Stars", "11 Fascinating Facts About the Milky Way", "The 11 Biggest Questions About Dark Matter"],
        ["Companies in this story", "BWF +7.12%", "SNKR -0.40%", "GMCO +0.85%"],  # a ticker box
    ],
)
def test_numbered_headlines_and_ticker_boxes_after_the_article_go(after):
    assert_furniture_after_the_article_goes(after)


CZECH_ARTICLE = [
    "Městská rada v Olomouci ve čtvrtek schválila rozpočet na příští rok, který počítá s "
    "rekordními investicemi do dopravy a škol, a to i přes varování opozice. Na jaře se začne "
    "stavět nový most přes řeku Moravu a do konce roku se opraví i radnice na náměstí.",
    "Hlavní investice:",
    "- most přes Moravu za 240 milionů korun",
    "- oprava radnice a přilehlého náměstí",
    "- nové tramvajové zastávky na třídě Svobody",
    "Opozice kritizovala, že rozpočet nepočítá s dostatkem peněz na sociální služby a na bydlení "
    "pro mladé rodiny, a navrhla několik změn, které rada odmítla. Rozpočet bude platit od "
    "prvního ledna a město si na jeho financování nemusí brát žádný úvěr, uvedla radnice.",
]


def test_a_page_in_a_language_without_a_list_is_not_judged_by_another_languages():
    # Czech matches the Portuguese function words on about a tenth of its words, as an English
    # page of headlines matches the English ones: langdetect tells them apart. Judged with the
    # Portuguese list, the Czech prose had "few function words", no region was found and the
    # menu stayed; judged by length and sentence ends, the article is found
    menu = ["Zprávy", "Domácí", "Zahraničí", "Sport", "Kultura", "Ekonomika", "Počasí", "Bydlení", "Auto"]
    footer = [
        "Nejčtenější",
        "Silnice na Šumperk bude celé léto uzavřena",
        "Hasiči zasahovali u požáru skladu v Prostějově",
        "© 2027 Olomoucký deník, všechna práva vyhrazena",
        "Kontakty",
        "Reklama",
        "Ochrana osobních údajů",
    ]
    gone = dropped(clean(lines(menu, CZECH_ARTICLE, footer)))
    assert [line for line in CZECH_ARTICLE if line in gone] == []
    assert set(menu) <= set(gone)


def test_a_one_paragraph_article_is_untouched():
    text = lines(["Water prices to rise by nine percent"], ARTICLE[:1])
    assert dropped(clean(text)) == {}


def test_an_article_with_a_subheading_and_short_paragraphs_is_untouched():
    text = lines(
        ["Water prices to rise", "By a staff reporter"],
        ARTICLE,
        [
            "Prices will rise for every household in January.",
            "The board votes on the plan on Friday.",
            "Background",
            "The authority last raised its prices four years ago, when it said that the money would "
            "pay for a new treatment plant on the river, which opened in the autumn of that year.",
        ],
    )
    assert dropped(clean(text)) == {}


def test_a_promo_line_inside_an_article_does_not_make_a_page_of_it():
    # The promo line is furniture, and the edge of the text counts as furniture too: the short
    # closing paragraphs between them are demoted by context, but demoted prose is no evidence
    # of a page around the article.
    text = lines(
        ARTICLE,
        [
            "Read more: Ministers face fresh pressure over housing targets",
            "Councils should stop measuring success in parking spaces and start measuring people.",
            "Rachel Dunmore is a transport planner and the author of Streets for People.",
        ],
    )
    assert dropped(clean(text)) == {}


def test_a_page_in_a_language_without_a_stopword_list_keeps_its_article():
    text = (PAGES / "entermedia-ko.txt").read_text(encoding="utf-8")
    result = clean(text)
    assert "엘제이의 리벤지인가, 류화영의 피해자 코스프레인가" in result.text
    assert "많이 본 칼럼" not in result.text  # "most read columns" box
    assert "광고제휴문의" not in result.text  # footer links


def test_prose_that_mentions_cookies_or_comments_is_not_furniture():
    line = "The bakery said its cookies had sold out within an hour of the shop opening on Saturday."
    assert not is_furniture(line.lower().split(), line)
    notice = "We use cookies to improve your experience"
    assert is_furniture(notice.lower().split(), notice)
    assert is_comment_heading("[ 167 comments ]") and is_comment_heading("Kommentare")
    assert not is_comment_heading("Comments from the minister angered the opposition.")


# -- the shortcuts give the answers of the full patterns --------------------------------------

_WORD = re.compile(r"\w+")


def _vocabulary_letters() -> str:
    """The letters the case-insensitive patterns look for: furniture phrases, copyright words."""
    first_words, pattern = bp.furniture_pattern()
    return "".join(sorted(set(pattern.pattern.lower()) | set("copyrightallrightsreserved")))


def test_lowercasing_keeps_words_apart_one_letter_for_one():
    """What _lower_words relies on: str.lower() maps each character to one character of the
    same kind (word or not), Turkish İ aside (Greek Σ's context is the other exception)."""
    word = re.compile(r"\w")
    odd = []
    for code in range(0x110000):
        c = chr(code)
        low = c.lower()
        if len(low) != 1 or bool(word.match(c)) != bool(word.match(low)):
            odd.append(c)
    assert odd == ["\u0130"]


def test_case_oddities_hold_every_letter_ignorecase_matches_differently():
    """A letter that re.IGNORECASE matches to a vocabulary letter but str.lower() maps to
    another is in casefold.ODD_LETTERS: elsewhere the lowercased line stands in for the patterns."""
    letters = [c for c in _vocabulary_letters() if c.isalpha()]
    any_letter = re.compile("[" + "".join(letters) + "]", re.IGNORECASE)
    missed = []
    for code in range(0x110000):
        c = chr(code)
        if not any_letter.fullmatch(c):
            continue
        matched = [p for p in letters if re.fullmatch(re.escape(p), c, re.IGNORECASE)]
        if any(c.lower() != p for p in matched) and casefold.lowercase_is_exact(c):
            missed.append(c)
    assert not missed


FURNITURE_CASES = [
    "We use cookies to improve your experience",
    "This website uses cookies. Read our Privacy Policy and Terms of Use.",
    "You agree to our PRIVACY POLICY.",
    "You agree to our privacy-policy",
    "Leave a Reply Cancel reply",
    "Your email address will not be published. Required fields are marked *",
    "Diese Website verwendet Cookies, Datenschutzerklärung",
    "Esta web utiliza cookies — política de privacidad",
    "“You use cookies,” she said of the bakery’s privacy policy.",
    "Sign up for our newsletter: the day’s news in your inbox",
    "The bakery said its cookies had sold out within an hour of the shop opening on Saturday.",
    "You can’t use this; the terms are unclear",
    "Pr\u0130vacy policy: you agree",
    "Pr\u0131vacy policy: you agree",
    "U\u017fes cookies: this site",
    "© 2024 Example Media Group. All rights reserved.",
    "Copyright (c) 2023 The Times",
    "(C) 2021 Someone, ALL RIGHTS RESERVED",
    "The copyrighted work",
    "Copyright\u0130 law",
    "Overall rights reservedness",
]


@pytest.mark.parametrize("text", FURNITURE_CASES)
def test_the_furniture_and_copyright_shortcuts_agree_with_the_patterns(text):
    block = newsclean.segment.segment(text)[0]
    words = bp._lower_words(block)
    assert words == _WORD.findall(block.plain.lower())
    exact = casefold.lowercase_is_exact(block.plain)
    assert bp._furniture_line(words, block.plain, exact) == is_furniture(words, block.plain)
    assert bp._has_copyright(block.plain, words, exact) == (bp._COPYRIGHT.search(block.plain) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*" ,.-'’(©", "cookies", "privacy", "Policy", "USE", "you", "terms", "of",
                                 "copyright", "rights", "all", "reserved", "\u0130", "\u0131", "Σ", "leave", "a", "reply"]),
                max_size=12))
def test_the_shortcuts_agree_with_the_patterns_on_any_mix(parts):
    text = "".join(parts).strip() or "x"
    block = newsclean.document.Block(0, 0, len(text), text)
    words = bp._lower_words(block)
    assert words == _WORD.findall(block.plain.lower())
    exact = casefold.lowercase_is_exact(block.plain)
    assert bp._furniture_line(words, block.plain, exact) == is_furniture(words, block.plain)
    assert bp._has_copyright(block.plain, words, exact) == (bp._COPYRIGHT.search(block.plain) is not None)



def _notice_gate(block: newsclean.document.Block, words: list[str]) -> bool:
    """The test _classify makes before it looks for a copyright or furniture line."""
    text = block.plain
    return not casefold.lowercase_is_exact(text) or "(" in text or "©" in text or not bp.notice_words().isdisjoint(words)


def _check_furniture_shortcuts(text: str) -> None:
    """_furniture_line is the full furniture pattern (on a line without case oddities), and a
    line with furniture or a copyright notice passes _classify's gate."""
    block = newsclean.document.Block(0, 0, len(text), text)
    words = bp._lower_words(block)
    exact = casefold.lowercase_is_exact(block.plain)
    found = bp._furniture_line(words, block.plain, exact)
    assert found == is_furniture(words, block.plain)
    if exact:
        assert found == (bp.furniture_pattern()[1].search(block.plain) is not None)
    if found or bp._has_copyright(block.plain, words, exact):
        assert _notice_gate(block, words)


def test_each_furniture_phrase_is_keyed_by_one_of_its_words():
    for phrase in bp._phrases("furniture"):
        assert bp._key_word(phrase) in _WORD.findall(phrase)
        assert bp._key_word(phrase) in bp.notice_words()


@pytest.mark.parametrize("phrase", bp._phrases("furniture"))
def test_the_key_word_shortcut_finds_every_furniture_phrase(phrase):
    for text in (phrase, phrase.upper(), phrase.title(), f"We say: {phrase}.", f"({phrase})", f"x{phrase}y",
                 f"{phrase}s and more", phrase.replace("i", "ı"), phrase.replace("s", "ſ"), phrase.replace("i", "İ")):
        _check_furniture_shortcuts(text)
    assert bp._furniture_line(_WORD.findall(phrase), phrase, True)  # the phrase alone is found


_FURNITURE_WORDS = sorted({w for p in bp._phrases("furniture") for w in p.split()})


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FURNITURE_WORDS) | st.sampled_from([*" ,.-'’(©:", "Copyright", "RIGHTS", "İ", "ſ"]),
                max_size=14))
def test_the_key_word_shortcut_agrees_with_the_pattern_on_any_mix_of_phrase_words(parts):
    _check_furniture_shortcuts(" ".join(parts).strip() or "x")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_a_lines_features_count_its_letters_and_digits(text):
    block = newsclean.document.Block(0, 0, len(text), text)
    line = bp._features(block)
    chars = len(bp._NOT_ALNUM.sub("", block.plain))
    assert (line is None) == (chars == 0)
    if line is not None:
        assert line.chars == chars
        assert line.words == bp._lower_words(block)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["[", "](", "](#)", ")", "!", "Read more", "_a_", "12", " ", "é", "–", "[x](#) [y z](#)", "![i](s.png)", "\n"]), max_size=12))
def test_the_link_density_counts_the_letters_and_digits_of_each_link_text(parts):
    # each link's words on their own, an image's source left out: the same count as the one
    # pass over the link texts joined
    from newsclean.markdown import link_words, plain

    text = "".join(parts).strip() or "x"
    block = newsclean.document.Block(0, 0, len(text), text)
    line = bp._features(block)
    if line is not None:
        link_chars = sum(bp._alnum_count(plain(words)) for words in link_words(text))
        assert line.link_density == min(1.0, link_chars / line.chars)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["news", "houses", "house", "the", "bus", "buses", "über", "x1y2", "ÉTÉ", "été"]))))
def test_the_content_words_of_lines_are_those_of_the_set_of_their_words(lines):
    stopwords = bp.stopword_lists()["en"]
    each = set().union(*(bp._content_words(words, stopwords) for words in lines))
    assert bp._content_words(set().union(*lines), stopwords) == each


# The sentence-end pattern as first written: a word or a character, its stop, a closer, a space.
_SENTENCE_END_AS_WRITTEN = re.compile(rf"(?:\w[.!?…]|\S[{bp._SPACED_STOPS}])[\"'”’»)]?(?:\s|$)")


@pytest.mark.parametrize(("text", "ends"), [
    ("It rained. Then it stopped! Why? ", 3),
    ('He said "Go." She went… (Later.) Done.', 4),
    ("बारिश हुई। फिर रुक गई। ", 2),  # a Devanagari word ends with a vowel sign, not \w
    ("Pi is 3.14 and the site is www.example.com", 0),  # stops inside words end nothing
    ("Home . News ! Sport ?", 0),  # a stop after a space ends no sentence
])
def test_sentence_ends_are_a_words_stop_before_a_space(text, ends):
    assert len(bp._SENTENCE_END.findall(text)) == ends


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "Z", "9", "_", "é", "ा", " ", "\n", ".", "!", "?", "…", "।", "؟", "።",
                                 '"', "'", "”", "»", ")", "(", ",", "-", "ab.", ". ", "x।"]), max_size=30))
def test_the_stop_first_sentence_end_pattern_counts_as_the_pattern_as_written(parts):
    # the stop first, the character before it looked behind at: as many ends, at the same places
    text = "".join(parts)
    assert [m.end() for m in bp._SENTENCE_END.finditer(text)] == [m.end() for m in _SENTENCE_END_AS_WRITTEN.finditer(text)]


# -- real pages: html-text and html2text renderings of a dev page ----------------------------

NBC_BODY = [
    "VIENNA — The house where Adolf Hitler was born will be turned into a police station",
    "Architects from across the European Union will be invited to submit plans",
    "Recent governments have, however, recognized that Austrians were also perpetrators",
]
NBC_FURNITURE = ["Nightly News", "Meet the Press", "Culture Matters", "Privacy policy", "NBC UNIVERSAL", "Know Your Value"]


@pytest.mark.parametrize("name", ["nbcnews-hitler-house.txt", "nbcnews-hitler-house.md"])
def test_real_page_keeps_the_article_and_drops_the_site(name):
    result = clean((PAGES / name).read_text(encoding="utf-8"))
    plain = " ".join(result.text.replace("\\", "").split())
    for snippet in NBC_BODY:
        assert snippet in plain
    for snippet in NBC_FURNITURE:
        assert snippet not in plain


# -- invariants ------------------------------------------------------------------------------

line_strategy = st.one_of(st.sampled_from(ARTICLE + MENU + FOOTER + HEADLINES), st.text(max_size=80))


@settings(max_examples=60, deadline=None)
@given(st.lists(line_strategy, max_size=40))
def test_the_kept_lines_are_one_region(page_lines):
    """Whatever the page, drops "before" precede every kept line and drops "after" follow them."""
    text = "\n".join(page_lines)
    result = clean(text)
    removals = [r for r in result.removals if r.cleaner == "boilerplate"]
    assert all(r.kind is newsclean.Kind.BOILERPLATE and r.text == text[r.start : r.end] for r in removals)
    dropped_spans = {(r.start, r.end) for r in removals}
    kept = [b for b in newsclean.segment.segment(text) if (b.start, b.end) not in dropped_spans]
    if kept:
        assert all(r.end <= kept[0].start for r in removals if r.reason.startswith("before"))
        assert all(r.start >= kept[-1].end for r in removals if r.reason.startswith("after"))


# Dutch, Italian and Portuguese site furniture (cookie notices, comment forms, legal footers) and
# comment headings; then prose that mentions cookies, comments or privacy and is no furniture.
FURNITURE_BY_LANGUAGE = {
    "nl": (
        ["Deze website maakt gebruik van cookies om je ervaring te verbeteren.",
         "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
         "© 2026 Dagblad Media B.V. Alle rechten voorbehouden."],
        ["De bakker zei dat zijn koekjes binnen een uur waren uitverkocht.",
         "Tracking cookies worden volgens de toezichthouder vaak zonder toestemming geplaatst.",
         "Reacties van lezers op het plan waren overwegend positief."],
    ),
    "it": (
        ["Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.",
         "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
         "Devi essere connesso per inviare un commento."],
        ["Il pasticcere ha detto che i biscotti sono finiti in un'ora.",
         "I commenti del ministro hanno irritato l'opposizione.",
         "La legge sulla privacy è stata approvata ieri dal Senato."],
    ),
    "pt": (
        ["Este site usa cookies para melhorar a sua experiência.",
         "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *",
         "Deixe uma resposta Cancelar resposta"],
        ["A padaria disse que os biscoitos esgotaram numa hora.",
         "Os comentários do ministro irritaram a oposição.",
         "A nova lei de proteção de dados entra em vigor em maio."],
    ),
}
COMMENT_HEADINGS_BY_LANGUAGE = {
    "nl": (["Reacties (12)", "Plaats een reactie", "Lezersreacties"],
           ["Reacties op het plan", "Reageer niet op dit soort berichten, waarschuwt de politie.", "Plaats een reactie hier"]),
    "it": (["Commenti (4)", "Lascia un commento", "Nessun commento"],
           ["Commenti del ministro", "Nessun commento dal Quirinale.", "Lascia un commento breve"]),
    "pt": (["2 Comentários", "Deixe uma resposta", "Seja o primeiro a comentar!"],
           ["Comentários do ministro", "Deixe uma resposta curta", "Nenhum comentário foi feito pelo clube."]),
}


def _by_language(table: dict, positive: bool) -> list:
    return [
        pytest.param(line, id=f"{lang}-{i}")
        for lang, (positives, negatives) in table.items()
        for i, line in enumerate(positives if positive else negatives)
    ]


@pytest.mark.parametrize("line", _by_language(FURNITURE_BY_LANGUAGE, positive=True))
def test_dutch_italian_and_portuguese_furniture_wording(line):
    assert is_furniture(_WORD.findall(line.lower()), line)


@pytest.mark.parametrize("line", _by_language(FURNITURE_BY_LANGUAGE, positive=False))
def test_dutch_italian_and_portuguese_prose_about_cookies_and_comments_is_not_furniture(line):
    assert not is_furniture(_WORD.findall(line.lower()), line)


@pytest.mark.parametrize("line", _by_language(COMMENT_HEADINGS_BY_LANGUAGE, positive=True))
def test_dutch_italian_and_portuguese_comment_headings(line):
    assert is_comment_heading(line)


@pytest.mark.parametrize("line", _by_language(COMMENT_HEADINGS_BY_LANGUAGE, positive=False))
def test_dutch_italian_and_portuguese_lines_about_comments_are_no_headings(line):
    assert not is_comment_heading(line)


ARTICLES_BY_LANGUAGE = {
    "nl": [
        "Amsterdam staat geen nieuwe hotels meer toe in de binnenstad. Dat heeft de gemeenteraad donderdag "
        "besloten na een lang debat over de drukte in het centrum van de stad.",
        "De maatregel is bedoeld om het toerisme beter te spreiden. Er komen alleen nog nieuwe hotels bij als er "
        "elders in de stad een hotel verdwijnt, zo staat in het besluit.",
        "Ondernemers reageren verdeeld. Sommige hoteliers zijn blij dat de concurrentie niet verder toeneemt, "
        "maar anderen vrezen dat de prijzen voor bezoekers zullen stijgen.",
    ],
    "it": [
        "Il contributo d'accesso per visitare Venezia passerà da 5 a 10 euro nei giorni di maggiore affluenza, "
        "a partire dal prossimo aprile, ha deciso la giunta comunale.",
        "La giunta ha anche esteso il calendario da 29 a 54 giornate. Secondo l'assessore al Bilancio la misura "
        "serve a governare i flussi e non a fare cassa per il Comune.",
        "Le associazioni dei commercianti temono un calo degli incassi e hanno chiesto un incontro con il sindaco "
        "per discutere delle esenzioni per i residenti in Veneto.",
    ],
    "pt": [
        "A Câmara Municipal de Lisboa aprovou esta quarta-feira a suspensão de novos registos de alojamento "
        "local em mais cinco freguesias da cidade, depois de um longo debate.",
        "A medida abrange Arroios, Penha de França, Estrela, Campo de Ourique e São Vicente, onde o peso do "
        "alojamento local já ultrapassa dez por cento das habitações.",
        "A oposição votou contra, alegando que a medida chega tarde e não resolve o problema da habitação, e "
        "pediu que a câmara apresente um plano para as rendas.",
    ],
}
COOKIE_NOTICES = {
    "nl": "Deze website maakt gebruik van cookies om je ervaring te verbeteren, om het gebruik van de site te "
    "analyseren en om je relevante advertenties te tonen op basis van je bezoek.",
    "it": "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito. "
    "Se continui ad utilizzare questo sito noi assumiamo che tu ne sia felice.",
    "pt": "Este site usa cookies para melhorar a sua experiência e para lhe mostrar publicidade relevante, de "
    "acordo com a sua visita às nossas páginas e às dos nossos parceiros.",
}
FOOTER_LINKS = {"nl": ["Contact", "Vacatures", "Adverteren"], "it": ["Contatti", "Lavora con noi", "Pubblicità"],
                "pt": ["Contactos", "Trabalhe connosco", "Publicidade"]}


@pytest.mark.parametrize("lang", ["nl", "it", "pt"])
def test_a_cookie_notice_in_prose_after_the_article_is_furniture(lang):
    # Without its wording the notice reads as one more paragraph and the article region takes it in.
    result = clean(lines(ARTICLES_BY_LANGUAGE[lang], [COOKIE_NOTICES[lang]], FOOTER_LINKS[lang]))
    gone = dropped(result)
    assert gone[COOKIE_NOTICES[lang]] == "after the article region (bad: site furniture wording)"
    assert all(line not in gone for line in ARTICLES_BY_LANGUAGE[lang])


# -- a list or subheading the article introduces without a colon ------------------------------

# A heading and its items: short lines that name nothing the article names and hold no
# records (no bullets, numbers or "Label: value"), between two of its paragraphs.
SIGNS = ["Signs to look out for", "Cracked tiles", "Damp patches on ceilings", "Peeling paint", "A musty smell"]
# The article's last paragraph, after the list: made of the article's words.
LAST_PARAGRAPH = "The authority said households can report leaking pipes to its repairs team, and that the pipes of the network will be checked next year."


def test_a_list_no_cleaner_touched_between_two_paragraphs_stays_with_the_article():
    assert_article_kept_on_a_page(ARTICLE, SIGNS, [LAST_PARAGRAPH])


@pytest.mark.parametrize(
    "after",
    [
        # a teaser that shares a word or two with the article: another story
        "Our reporters looked at how a dry summer changes the gardens of the county this year.",
        # a headline made of the article's words, without a sentence end
        "Water authority to raise prices as reservoirs fall to their lowest level",
    ],
)
def test_a_run_before_a_paragraph_that_is_not_the_articles_is_not_bridged(after):
    gone = dropped(clean(lines(MENU, ARTICLE, SIGNS, [after], HEADLINES, FOOTER)))
    assert set(SIGNS) | {after} <= set(gone)
    assert all(line not in gone for line in ARTICLE)


def test_a_run_with_a_line_another_cleaner_dropped_is_not_bridged_as_untouched():
    # a share bar the promos cleaner drops shows the page: the run is not the article's own
    share = ["Share this article", "Cracked tiles", "Damp patches on ceilings", "Peeling paint"]
    result = newsclean.Pipeline.from_names(["promos", "boilerplate"]).clean_text(lines(MENU, ARTICLE, share, [LAST_PARAGRAPH], HEADLINES, FOOTER))
    gone = {r.text for r in result.removals}
    assert "Share this article" in gone and "Cracked tiles" in gone
    assert all(line not in gone for line in ARTICLE)


@pytest.mark.parametrize("lead_in", ["In short:", "Auf einen Blick:", "En bref :"])
def test_a_lead_in_over_the_articles_first_paragraph_stays_with_it(lead_in):
    assert_article_kept_on_a_page([lead_in], ARTICLE)


@pytest.mark.parametrize("label", ["Email:", "Tags:"])
def test_a_pages_label_over_the_articles_first_paragraph_is_no_lead_in(label):
    gone = dropped(clean(lines(MENU, [label], ARTICLE, HEADLINES, FOOTER)))
    assert label in gone
    assert all(line not in gone for line in ARTICLE)


# -- an inline promo another cleaner dropped, and what the article goes on with ----------------

# "Read more:" and its headline: the promos cleaner drops them (two lines of a text page, one
# link line of a markdown page).
INLINE_PROMO = {
    "text": ["Read more:", "Ticket prices to rise at three clubs next season"],
    "markdown": ["**Read more:** [Ticket prices to rise at three clubs next season](#)"],
}
# Short paragraphs after the promo that name nothing the article named before it.
GOES_ON = ["She was appointed to the board in 1996.", "Its chair thanked her for many years of work."]
# A heading and its items, then a list a short lead-in introduces: none names the article.
LISTS = [
    "Warning signs",
    "cracked tiles",
    "damp patches on ceilings",
    "peeling paint",
    "Help is free for:",
    "people over 70",
    "families with young children",
    "tenants of council homes",
]
AFTER_THE_LISTS = "Inspectors will visit every street in turn, starting with the oldest houses."


def promos_and_boilerplate(*groups: list[str]) -> dict[str, str]:
    """Clean MENU, ``groups``, HEADLINES and FOOTER with the promos and boilerplate cleaners:
    the dropped lines, as {line: cleaner}."""
    pipeline = newsclean.Pipeline.from_names(["promos", "boilerplate"])
    return {r.text: r.cleaner for r in pipeline.clean_text(lines(MENU, *groups, HEADLINES, FOOTER)).removals}


@pytest.mark.parametrize("style", ["text", "markdown"])
def test_the_paragraphs_after_an_inline_promo_another_cleaner_dropped_stay(style):
    gone = promos_and_boilerplate(ARTICLE, INLINE_PROMO[style], GOES_ON)
    assert all(gone.get(line) == "promos" for line in INLINE_PROMO[style])
    assert [line for line in ARTICLE + GOES_ON if line in gone] == []
    assert set(MENU) | set(FOOTER) <= set(gone)


@pytest.mark.parametrize("style", ["text", "markdown"])
def test_lists_after_the_paragraph_after_an_inline_promo_stay(style):
    # the paragraph after the promo joins the region; the run after it holds a list the article
    # introduces (prose follows it), so the run joins too, heading and all
    article = [*GOES_ON[:1], *LISTS, AFTER_THE_LISTS]
    gone = promos_and_boilerplate(ARTICLE, INLINE_PROMO[style], article)
    assert [line for line in ARTICLE + article if line in gone] == []
    assert set(MENU) | set(HEADLINES) | set(FOOTER) <= set(gone)


def test_one_line_of_prose_after_a_promo_at_the_articles_end_is_not_bridged():
    # a pitch under a dropped promo, then a share bar another cleaner dropped: the article does
    # not go on after the promo
    pitch = "Our best stories of the week, chosen by the editors every Friday."
    gone = promos_and_boilerplate(ARTICLE, INLINE_PROMO["text"], [pitch], ["Share this article"])
    assert gone.get(pitch) == "boilerplate"
    assert all(line not in gone for line in ARTICLE)


def test_a_run_after_a_promo_that_a_cleaner_touched_is_not_bridged_for_its_list():
    # a share line in the run shows the page: an introduced list in it does not make it the article's
    run = ["Share this article", *LISTS]
    gone = promos_and_boilerplate(ARTICLE, INLINE_PROMO["text"], GOES_ON, run, [AFTER_THE_LISTS])
    assert "Warning signs" in gone and AFTER_THE_LISTS in gone
    assert [line for line in ARTICLE + GOES_ON if line in gone] == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([bp.GOOD, bp.NEAR, bp.SHORT, bp.BAD, bp.LONE])),
       st.sampled_from([(bp.SHORT, bp.NEAR, bp.LONE), (bp.SHORT, bp.LONE), (bp.LONE,), (bp.NEAR, bp.LONE)]))
def test_the_nearest_labels_are_the_closest_not_skipped_ones(labels, skip):
    before, after = bp._nearest(labels, skip)
    for i in range(len(labels)):
        assert before[i] == next((x for x in reversed(labels[:i]) if x not in skip), bp.BAD)
        assert after[i] == next((x for x in labels[i + 1 :] if x not in skip), bp.BAD)


def _prose_runs_as_written(lines: list[bp.Line], min_chars: int, spoken: list[int], signing: list[int]) -> None:
    """_prose_runs as first written: every line through the general steps."""
    run: list[bp.Line] = []
    marks: list[bp.Line] = []  # the time stamps and numbered headings the run's entries are under
    stamped = False  # the line before was a live blog's time stamp
    next_number = 0  # the number the next heading of a numbered list would have
    interview = bp._turns(lines, spoken)
    signatures = bp._signatures(lines, signing)
    turns = interview | signatures
    # the block indices of the lines right over a signature (a letter's last paragraph)
    over = frozenset(lines[k - 1].block.index for k in range(1, len(lines)) if lines[k].signs) if signatures else frozenset()
    spoke = False  # the line before was an interview's speaker, alone on its line
    turn: bool | None = None  # most pages have no turns: no line is one
    headed = False  # the lines since the last mark are a numbered heading and its facts
    for line in lines:
        if headed and bp._entry_fact(line, {}):
            marks.append(line)
            continue
        headed = False
        after_stamp, stamped = stamped, False
        after_speaker, spoke = spoke, False
        if line.label == bp.NEAR:
            run.append(line)
            continue
        text = line.block.plain
        if turns:
            turn = turns.get(line.block.index)
            # a short answer or question of an interview is an entry when it ends like a
            # sentence; so is a letter long enough to be prose, over its signature (it counts
            # for min_chars)
            if (line.label == bp.SHORT and (after_speaker or turn is False) and turn is not True and bp._is_sentence(text)) or (
                line.label == bp.GOOD and line.block.index in over
            ):
                run.append(line)
                continue
        speaker = turn is True
        # gate: a stamp opens with a digit, a numbered heading with one or "(" (most lines neither)
        clock = text[:1].isdigit() and bp._CLOCK.match(text) is not None
        numbered = bp._NUMBERED.match(text) if line.label == bp.SHORT and text[:1] in bp._NUMBER_OPENINGS else None
        number, next_number = next_number, int(numbered[1]) + 1 if numbered else 0
        heading = after_stamp and line.label == bp.SHORT
        if run and bp._is_sentence(run[-1].block.plain) and (clock or speaker or heading or (numbered and int(numbered[1]) == number)):
            marks.append(line)
        elif not run and (heading or (speaker and after_speaker) or ((clock or numbered or speaker) and not marks)):
            marks.append(line)  # above the first entry: one stamp and its heading, or one heading
        else:
            if run:
                bp._upgrade_run(run, marks, min_chars, interview)
            run, marks = [], [line] if clock or numbered or speaker else []  # it may head the next run
        stamped = clock and marks[-1:] == [line]
        spoke = speaker and marks[-1:] == [line]
        headed = numbered is not None and marks[-1:] == [line]
    bp._upgrade_run(run, marks, min_chars, interview)


# pieces of pages (label, text): speakers over what they say, stamps over headings and
# entries, numbered headings, prose, menu entries
_RUN_PIECES = [
    [(bp.SHORT, "Q:"), (bp.NEAR, "It rained all day.")], [(bp.SHORT, "Anna Berg"), (bp.GOOD, "We left at dawn.")],
    [(bp.SHORT, "A: Never.")], [(bp.SHORT, "12:48"), (bp.SHORT, "Roads closed"), (bp.NEAR, "The M6 is shut.")],
    [(bp.SHORT, "9.05am")], [(bp.SHORT, "٣:45")], [(bp.SHORT, "14:30 GMT")], [(bp.SHORT, "2. Fewer trains")],
    [(bp.SHORT, "(3) More buses")], [(bp.SHORT, "1. A")], [(bp.NEAR, "It rained all day.")], [(bp.NEAR, "Rain stopped?")],
    [(bp.GOOD, "The storm hit the coast at noon.")], [(bp.SHORT, "Menu")], [(bp.BAD, "Home")], [(bp.SHORT, "(c) x")],
    [(bp.SHORT, "Jean Marsh"), (bp.SHORT, "Leeds")],
]


def _run_lines(pieces: list[list[tuple[str, str]]], blanks: list[bool]) -> list[bp.Line]:
    """Lines of the pieces, each piece a paragraph of its own (or not, by ``blanks``)."""
    lines: list[bp.Line] = []
    for piece, blank in zip(pieces, blanks + [True] * len(pieces)):
        for k, (label, text) in enumerate(piece):
            block = newsclean.document.Block(len(lines), 0, len(text), text, blank_before=blank and k == 0)
            lines.append(bp.Line(block, 10 * len(text), bp._lower_words(block), 0.0, label=label, first_label=label))
    return lines


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=20), st.lists(st.booleans(), max_size=20))
@example([_RUN_PIECES[8], _RUN_PIECES[10], _RUN_PIECES[10]], [])  # "(3) ..." heads a run of prose
@example([_RUN_PIECES[5], _RUN_PIECES[10], _RUN_PIECES[11]], [])  # a stamp with another script's digit
def test_the_prose_run_pass_skips_only_lines_the_general_steps_leave_alone(pieces, blanks):
    # the lines that neither end a run nor head one skip the general steps: the same upgrades
    # and marks as with every line through them
    fast, general = _run_lines(pieces, blanks), _run_lines(pieces, blanks)
    spoken = [i for i, line in enumerate(fast) if line.label == bp.SHORT or ":" in line.block.plain]
    signing = [i for i in range(1, len(fast)) if bp._signs_under(fast[i - 1], fast[i])]
    # the reference predates the section breaks: they stay out of the comparison (their own tests
    # are in test_boilerplate_edges.py), as do the promos looked past (nothing dropped here)
    with patch.object(bp, "_section_break", lambda lines, k, dropped, repeated: k):
        bp._prose_runs(fast, 60, spoken, signing, {}, frozenset())
    _prose_runs_as_written(general, 60, spoken, signing)
    assert [(x.label, x.first_label, x.rule, x.stamp) for x in fast] == [(x.label, x.first_label, x.rule, x.stamp) for x in general]


def _context_by_nearest(lines: list[bp.Line], promos: frozenset[int]) -> None:
    """_context as first written: every line's nearest labels listed (_nearest), then looked up."""
    for i, line in enumerate(lines):
        line.lone = line.rule == "link list" and bp._single_link(lines, i)
    for i in bp._promo_asides(lines, [i for i, line in enumerate(lines) if line.block.index in promos], {}):
        lines[i].lone = True  # an inline promo in a text page (its own tests in test_boilerplate_scripts.py)
    labels = [bp.LONE if line.lone or line.listed or line.bridged else line.label for line in lines]
    prev_decided, next_decided = bp._nearest(labels, (bp.SHORT, bp.NEAR, bp.LONE))
    prev_any, next_any = bp._nearest(labels, (bp.SHORT, bp.LONE))
    for i, line in enumerate(lines):
        if line.label != bp.SHORT:
            continue
        before, after = prev_decided[i], next_decided[i]
        if before == bp.GOOD and after == bp.GOOD:
            line.label, line.rule = bp.GOOD, "short, between prose"
        elif before == bp.BAD and after == bp.BAD:
            line.label, line.rule = bp.BAD, "short, between furniture"
        elif (prev_any if before == bp.BAD else next_any)[i] == bp.NEAR:
            line.label, line.rule = bp.GOOD, "short, next to prose"
        else:
            line.label, line.rule = bp.BAD, "short, next to furniture"
    labels = [bp.LONE if line.lone or line.listed or line.bridged else line.label for line in lines]
    labels = bp._without_lone_furniture(labels, [i for i, line in enumerate(lines) if line.block.index in promos])
    for line, label in zip(lines, labels):
        line.lone = label == bp.LONE and not (line.listed or line.bridged)
    prev_decided, next_decided = bp._nearest(labels, (bp.NEAR, bp.LONE))
    for i, line in enumerate(lines):
        if line.label != bp.NEAR:
            continue
        if prev_decided[i] == bp.BAD and next_decided[i] == bp.BAD:
            line.label, line.rule = bp.BAD, "prose-like, between furniture"
        else:
            line.label, line.rule = bp.GOOD, "prose-like, next to prose"


def _context_lines(kinds: list[tuple[str, bool, bool]]) -> list[bp.Line]:
    """Lines of the given (label, listed, bridged); a "link" is a link list of one link."""
    lines = []
    for i, (label, listed, bridged) in enumerate(kinds):
        text = "[a](#)" if label == "link" else "a"
        block = newsclean.document.Block(i, 0, len(text), text)
        first = bp.BAD if label == "link" else label
        lines.append(bp.Line(block, 1, ["a"], 0.0, label=first, rule="link list" if label == "link" else "",
                             first_label=first, listed=listed, bridged=bridged))
    return lines


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([bp.GOOD, bp.NEAR, bp.SHORT, bp.BAD, "link"]),
                          st.booleans() | st.just(False), st.booleans() | st.just(False)), max_size=30),
       st.sets(st.integers(0, 29)))
def test_the_context_pass_settles_as_by_every_lines_nearest_labels(kinds, promos):
    # gap by gap for the short lines, run by run for the near ones: the labels and rules that
    # the lists of every line's nearest labels give
    fast, general = _context_lines(kinds), _context_lines(kinds)
    bp._context(fast, dict.fromkeys(promos, newsclean.Kind.PROMO))
    _context_by_nearest(general, frozenset(promos))
    assert [(x.label, x.rule, x.lone) for x in fast] == [(x.label, x.rule, x.lone) for x in general]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["storm", "hits", "coast", "the", "news", "site", "a"]), max_size=8), max_size=6),
       st.lists(st.sampled_from(["storm", "hits", "coast", "the", "news", "x"]), max_size=8))
def test_the_headline_gate_agrees_with_the_share_rule(line_words, title_words):
    # the shared-word gate of _title_index: the rule without it, line by line
    lines = [bp._features(newsclean.document.Block(i, 0, 1, " ".join(w) or ".")) for i, w in enumerate(["t", *line_words])]
    lines = [line for line in lines if line is not None]
    wanted = set(title_words)
    expected = next((i for i, line in enumerate(lines[1:], 1) if 3 <= len(line.words) <= 40 and (
        (n := len(set(line.words) & wanted)) >= 0.8 * len(set(line.words)) and len(set(line.words)) >= 3 and n >= 0.5 * len(wanted))), None)
    assert bp._title_index(lines, " ".join(title_words)) == expected


def _html2text_default_page() -> str:
    """A news page as ``html2text.html2text(html)`` renders it with its defaults: lines wrapped
    at 78 columns (inside links too: a long URL breaks at a hyphen, a title at a space), link
    targets kept, and teaser cards that are one link around an image and a headline."""
    import html2text

    slug = "https://news.example.com/2024/05/14/regional-water-authority-raises-prices-after-dry-summer/"
    menu = "".join(f'<li><a href="https://news.example.com/{m.lower()}/">{m}</a></li>' for m in MENU)
    cards = "".join(
        f'<a href="https://news.example.com/2024/05/13/{h.lower().replace(" ", "-")}-and-more-words-here/">'
        f'<img src="https://cdn.example.com/images/2024/05/13/{i}-{h.lower().replace(" ", "-")}-large.jpg" '
        f'alt="{h}"> {h} and what it means for the region this week</a>'
        for i, h in enumerate(HEADLINES[1:])
    )
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    html = (
        f"<html><body><ul>{menu}</ul>"
        f'<h1><a href="{slug}" title="Permalink to Regional water authority raises prices after dry summer">'
        "Regional water authority raises prices after dry summer</a></h1>"
        f"{body}<div>{cards}</div><ul>{''.join(f'<li>{f}</li>' for f in FOOTER)}</ul></body></html>"
    )
    return html2text.html2text(html)


def test_a_page_rendered_by_html2text_defaults_keeps_its_article_and_loses_its_teasers():
    text = _html2text_default_page()
    assert "-\n" in text and "(https://" in text  # wrapped inside links, targets kept
    result = newsclean.clean(text)
    assert [p for p in ARTICLE if p not in " ".join(result.text.split())] == []
    assert not any(h in result.text for h in HEADLINES[1:])
    assert "https://" not in result.text


def test_a_linked_images_source_is_not_link_text():
    # the link's words are the image's alt text; its source URL is syntax, not words
    from newsclean.segment import segment

    line = (
        "The council approved the plan on Monday after a long debate "
        "[![share](https://cdn.example.com/icons/share-button-large-retina.png)](https://example.com/share)"
    )
    features = bp._features(segment(line)[0])
    assert features is not None and features.link_density < 0.2



HINDI_PAGE = """भारत समाचार

होम

देश

विदेश

खेल

मनोरंजन

दिल्ली में पारा 40 डिग्री के पार, मार्च में टूटा 76 साल का रिकॉर्ड

राहुल शर्मा

राजधानी दिल्ली में मंगलवार को अधिकतम तापमान 40.1 डिग्री सेल्सियस दर्ज किया गया, जो सामान्य से आठ डिग्री अधिक है। मौसम विभाग के अनुसार मार्च महीने में इतनी गर्मी पिछले 76 वर्षों में पहली बार पड़ी है।

भारतीय मौसम विज्ञान विभाग ने अगले तीन दिनों के लिए राजधानी समेत हरियाणा और पंजाब के कई इलाकों में लू का येलो अलर्ट जारी किया है। विभाग ने लोगों से दोपहर के समय बाहर न निकलने और खूब पानी पीने की अपील की है।

डॉक्टरों ने लोगों को दोपहर में घर से बाहर न निकलने की सलाह दी है।

गर्मी का असर बिजली की मांग पर भी दिखने लगा है। दिल्ली में बिजली की अधिकतम मांग इस सप्ताह 5,000 मेगावाट के करीब पहुंच गई, जो पिछले साल इसी अवधि की तुलना में करीब 20 प्रतिशत ज्यादा है। बिजली कंपनियों का कहना है कि वे बढ़ती मांग के लिए पूरी तरह तैयार हैं, लेकिन विशेषज्ञ पूछ रहे हैं कि अगर अप्रैल और मई में तापमान इसी तरह बढ़ता रहा तो क्या ग्रिड इस दबाव को झेल पाएगा?

इस खबर को शेयर करें

सबसे ज्यादा पढ़ी गई

आईपीएल 2022: चेन्नई की लगातार दूसरी हार

पेट्रोल-डीजल के दाम फिर बढ़े

हमारे बारे में | संपर्क करें | गोपनीयता नीति | विज्ञापन

© 2022 भारत समाचार. सर्वाधिकार सुरक्षित.
"""


def test_paragraphs_ending_with_a_danda_are_the_article():
    # "bad: no sentence end" took every Hindi paragraph but the one that ends with "?", which
    # became the article
    paragraphs = [p for p in HINDI_PAGE.split("\n\n") if p.endswith(("।", "?"))]
    assert len(paragraphs) == 4
    text = newsclean.clean(HINDI_PAGE).text
    assert all(p in text for p in paragraphs)



POEM_PAGE = """A poet's lockdown elegy finds a second life on the terraces

By Isla Fraser

When Anna Cole wrote Empty Ground in 2020, she thought six people would read it. Now it is sung before every home game at Brockley Park.

The poem begins:

The gates are shut, the grass grows long,
the gulls have learned the goalmouth song.
We'll come back, we'll come back,
when the light comes back.

Supporters set it to the tune of an old hymn last season. The chorus now goes:

We'll come back, we'll come back,
red and white and black.
We'll come back, we'll come back,
when the light comes back.

The club has asked her to write a second verse."""


def test_a_refrain_the_article_quotes_is_no_sign_of_a_page():
    # a line printed twice was taken for page furniture (a menu repeated in the footer), so the
    # region search ran on a bare article and kept only the chorus
    lines = POEM_PAGE.split("\n\n")[2:]  # under the headline and the byline
    text = newsclean.clean(POEM_PAGE).text
    assert all(line.splitlines()[-1] in text for line in lines)


def test_a_live_blogs_entries_under_their_times_are_the_article():
    # time, heading, one-line sentences, time ...: a teaser list's shape (headline, one-line
    # summary), so the entries never formed a run of prose, and only the lead was kept
    page = (Path(__file__).parent / "genres" / "liveblog.txt").read_text()
    lines = [line for line in page.splitlines() if line.strip()]
    first, last = lines.index("12:48"), lines.index("That's all from me. My colleague Tom Reyes will take you through the afternoon.")
    entries = [line for line in lines[first : last + 1] if not re.fullmatch(r"\d\d:\d\d", line) and "Photograph:" not in line]
    text = newsclean.clean(page).text
    assert [line for line in entries if line not in text] == []
    assert "Council approves new cycle lanes on Mill Road" not in text  # the list after it still goes


def test_a_live_blogs_stamps_written_with_an_h_are_times_too():
    # French and Portuguese live blogs write "12h48": the same entries must stay
    page = re.sub(r"^(\d\d):(\d\d)$", r"\1h\2", (Path(__file__).parent / "genres" / "liveblog.txt").read_text(), flags=re.M)
    lines = [line for line in page.splitlines() if line.strip()]
    first, last = lines.index("12h48"), lines.index("That's all from me. My colleague Tom Reyes will take you through the afternoon.")
    entries = [line for line in lines[first : last + 1] if not re.fullmatch(r"\d\dh\d\d", line) and "Photograph:" not in line]
    text = newsclean.clean(page).text
    assert [line for line in entries if line not in text] == []
    assert "Council approves new cycle lanes on Mill Road" not in text


def test_a_ticker_of_times_and_headlines_after_the_article_still_goes():
    body = ["The council voted on Tuesday to close the old library on Mill Road after a survey found the roof unsafe, officials said at a meeting that ran late into the evening.",
            "Residents had campaigned for two years to keep the building open, collecting more than 4,000 signatures and staging a sit-in on the steps in the spring.",
            "The council said the collection would move to the community centre while it looks for a buyer for the site."]
    ticker = ["Latest", "12:48", "Minister quits over expenses row in late-night statement", "12:31",
              "Storm warning issued for the whole coast as gusts rise", "12:15", "Rail strike called off after talks with the union bosses"]
    page = "\n\n".join(["Home | News | Sport | Weather", "Library to close after roof survey", *body, *ticker,
                        "© 2025 The Mill Road Courier. All rights reserved."])
    assert newsclean.clean(page).text == "\n\n".join(body)



def test_a_listicles_numbered_sections_are_the_article():
    # "1. heading", a one-line paragraph, "2. heading" ...: a teaser list's shape, so only the
    # sections whose paragraphs outweighed their headings were kept
    page = (Path(__file__).parent / "genres" / "listicle.txt").read_text()
    lines = [line for line in page.splitlines() if line.strip()]
    first, last = lines.index("1. More trains at peak"), lines.index("10. Expect teething problems") + 1
    text = newsclean.clean(page).text
    assert [line for line in lines[first : last + 1] if line not in text] == []
    assert "Surf club celebrates 100 years" not in text  # the list after it still goes


@pytest.mark.parametrize(
    "block",
    [["Latest", "09:40", "Mayor quits after row over bins", "09:12", "Bus fares to rise in spring", "08:55", "School closed after flood"],
     ["Most read", "1. Mayor quits after row over bins", "2. Bus fares to rise in spring", "3. School closed after flood"]],
)
def test_a_ticker_or_a_most_read_list_above_a_listicle_is_not_its_stamps(block):
    # only the one stamp or heading right above the first entry goes with the article
    page = (Path(__file__).parent / "genres" / "listicle.txt").read_text()
    lead = next(line for line in page.splitlines() if line.startswith("The biggest timetable change"))
    page = page.replace(lead, "\n\n".join(block), 1)  # right above the first heading
    text = newsclean.clean(page).text
    assert "1. More trains at peak" in text
    assert not any(line in text.splitlines() for line in block[1:])


INTERVIEW_INTRO = (
    "Tomas Herrera has spent thirty years repairing church organs across the north of England, "
    "and this spring he finished the largest job of his career at St Mary's in Whitby. We met him "
    "in the organ loft, among the pipes he had just tuned."
)
# an interview's turns in four layouts: each speaker's name alone on its line over what he
# says (in markdown too), "Q:"/"A:" labels, surnames in capitals as labels
INTERVIEWS = {
    "names": ["Sarah Lund", "How did you start?", "Tomas Herrera", "By accident, really.", "Sarah Lund",
              "And the hardest part?", "Tomas Herrera", "The reed pipes. They go out of tune if you look at them.",
              "Sarah Lund", "What comes next?", "Tomas Herrera", "A small chapel in Durham, then a rest."],
    "q_and_a": ["Q: How did you start?", "A: By accident.", "Q: Any regrets?", "A: None at all.",
                "Q: The hardest part of the job?", "A: The reed pipes. They drift out of tune in a week.",
                "Q: What comes next?", "A: A small chapel in Durham, then a long rest by the sea."],
    "bold_names": ["**Sarah Lund**", "How did you start?", "**Tomas Herrera**", "By accident, really.",
                   "**Sarah Lund**", "Was it hard?", "**Tomas Herrera**", "The reed pipes were. They drift out of tune."],
    "surnames": ["LUND: How did you start?", "HERRERA: By accident.", "LUND: Was it hard?",
                 "HERRERA: The reed pipes were. They drift out of tune within a week of any work.",
                 "LUND: What comes next?", "HERRERA: A small chapel in Durham, then a long rest by the sea."],
}


@pytest.mark.parametrize("layout", INTERVIEWS)
def test_an_interviews_turns_are_the_article(layout):
    # short questions and answers between speakers' names or labels: a teaser list's shape
    # (short line, one-line summary), so only the intro was kept
    turns = INTERVIEWS[layout]
    gone = dropped(clean(lines(MENU, ["The organ builder of the north"], [INTERVIEW_INTRO], turns, HEADLINES, FOOTER)))
    assert [line for line in turns if line in gone] == []
    assert set(MENU) | set(HEADLINES) | set(FOOTER) <= set(gone)


@pytest.mark.parametrize(
    "box",
    [  # names repeated, each over a headline, not over what they say
     ["Our columnists", "Sarah Lund", "Why the budget fails the north", "Tomas Herrera", "Ten walks for the spring",
      "Sarah Lund", "The council's last chance", "Tomas Herrera", "Five new bakeries to try"],
     # a share bar printed twice, its buttons over each other
     ["Share", "Tweet", "Copy link", "Most read", "Share", "Tweet", "Copy link"]],
)
def test_names_or_buttons_repeated_after_the_article_are_no_interview(box):
    gone = dropped(clean(lines(MENU, ARTICLE, box, FOOTER)))
    assert [line for line in box if line not in gone] == []
    assert [line for line in ARTICLE if line in gone] == []


def _interview_lines(texts: list[str]) -> list[bp.Line]:
    found = [bp._features(block) for block in newsclean.segment.segment("\n\n".join(texts))]
    out = [line for line in found if line is not None]
    for line in out:
        line.label, line.rule = bp._classify(line, bp.stopword_lists()["en"], bp.Settings())
        line.first_label = line.label
    return out


def _turns(lines: list[bp.Line]) -> dict[int, bool]:
    return bp._turns(lines, range(len(lines)))


@pytest.mark.parametrize(
    "texts",
    [["Q: How did you start?", "A: By accident."],  # one turn each: no taking turns
     ["When: Saturday at 9pm.", "Where: Town hall.", "Tickets: Free."],  # no label twice
     ["Lund: Is it hard?", "Lund: Very.", "Lund: Why?", "Lund: Pipes."]],  # one speaker only
)
def test_lines_that_do_not_take_turns_are_no_interview(texts):
    assert _turns(_interview_lines(texts)) == {}


def test_two_speakers_taking_turns_are_an_interview():
    lines = _interview_lines(INTERVIEWS["names"][:8])
    assert _turns(lines) == {lines[i].block.index: True for i in (0, 2, 4, 6)}


LETTER_ONE = (
    "The council's plan to close the Mill Lane pool would leave the town's schools without a "
    "place to teach swimming. The nearest pool is forty minutes away by bus, and few families "
    "can make that trip every week. The council should look again at the figures before it "
    "decides."
)
# signed letters in four ways a letters page signs them: name over town, name and town on one
# line, a dash before the name, a name withheld
LETTERS = [
    ["Jean Marsh\nHalifax, West Yorkshire", "Fares are the real problem",
     "The bus to the next pool costs more than the lesson. Families on low incomes will simply stop going.",
     "Name and address supplied",
     "Don't blame the schools", "Teachers already give up their lunch breaks for this. They cannot do more.",
     "Dr Peter Amis\nLeeds"],
    ["Anna Berg, Bristol", "A better plan",
     "Open the pool to clubs in the evening and it pays for itself, as it did in the eighties.", "— Tom Reyes, Bath",
     "Memories", "I learned to swim there in 1962. So did my children, and so did theirs.",
     "Margaret Hollis\nBishop's Stortford, Hertfordshire"],
]


@pytest.mark.parametrize("letters", LETTERS)
def test_the_later_letters_of_a_letters_page_are_the_article(letters):
    # a short letter under its heading, then a signature: a teaser list's shape, so only the
    # first letter was kept
    page = lines(MENU, ["Letters: Closing the pool would sink our schools"], [LETTER_ONE], letters, HEADLINES, FOOTER)
    gone = dropped(clean(page))
    assert [line for line in letters for part in line.splitlines() if part in gone] == []
    assert set(MENU) | set(HEADLINES) | set(FOOTER) <= set(gone)


def test_teasers_signed_by_their_writers_after_the_article_are_no_letters():
    # signed like letters ("Jane Doe, Political Editor"), but no letter of the article's is
    # signed above them: one-line summaries, too short together to be a run of prose
    teasers = ["Why the budget fails the north", "The chancellor's plan leaves the regions behind again.",
               "Jane Doe, Political Editor", "Ten walks for the spring", "Our pick of the best routes for a sunny weekend.",
               "Tom Reyes, Travel Writer", "The council's last chance", "Time is running out for the town hall to act.",
               "Anna Berg, Local Democracy Reporter"]
    gone = dropped(clean(lines(MENU, ARTICLE, teasers, FOOTER)))
    assert [line for line in teasers if line not in gone] == []


def test_one_signature_is_no_letters_page():
    # a column signed once is left to the closing sign-off (_sign_off)
    found = _interview_lines([LETTER_ONE, "Jean Marsh\nHalifax, West Yorkshire", "More from the Courier"])
    assert bp._signatures(found) == {}


@pytest.mark.parametrize(
    "paragraphs",
    [  # names over towns, but no sentence above them: a list of correspondents
     ["Our correspondents", "Jean Marsh\nHalifax", "Peter Amis\nLeeds", "Anna Berg\nBristol"],
     # sentences, each followed by a line that is no name
     [LETTER_ONE, "Leave Your Comment Below", "Teachers already give up their lunch breaks.", "Sign Up Today"]],
)
def test_lines_under_no_letter_or_naming_no_one_are_no_signatures(paragraphs):
    assert bp._signatures(_interview_lines(paragraphs)) == {}


def test_a_name_over_a_town_is_a_signature_and_a_sentence_is_not():
    blocks = newsclean.segment.segment("Dr Peter Amis\nLeeds")
    assert bp._signed(blocks)
    assert not bp._signed(newsclean.segment.segment("Dr Peter Amis\nLeeds is a fine city."))
    assert not bp._signed(newsclean.segment.segment("Read more\nLatest news"))


# two paragraphs, then a long read-more line beside an advert label (both the promos cleaner's),
# then the article's short closing paragraphs
PROMO_PAIRS = {
    "en": ("You may also like: Bridge Repairs Bring Weekend Closures And Diversions Across Town Centre Roads", "Advertisement"),
    "de": ("Lesen Sie auch: Brückensanierung bringt Sperrungen und Umleitungen in der Innenstadt bis Ende Mai", "Anzeige"),
    "tr": ("İlginizi çekebilir: Köprüde bakım çalışması nedeniyle trafik düzenlemesi yapılacak hafta sonu", "Reklam"),
}
CLOSING_PARAGRAPHS = {
    "en": ["The final minutes belonged to the home side, who scored again in stoppage time.",
           "Their coach said it had been a hard game and praised the players for their patience.",
           "The win lifts them to fourth in the table, two points behind the leaders."],
    "de": ["In der Schlussphase drängte die Heimmannschaft und traf in der Nachspielzeit.",
           "Der Trainer sagte, es sei ein schweres Spiel gewesen, und lobte die Geduld der Spieler.",
           "Mit dem Sieg steigt die Mannschaft auf den vierten Platz der Tabelle."],
    "tr": ["Maçın son bölümünde baskısını artıran ev sahibi, uzatma dakikalarında golü buldu.",
           "Teknik direktör zor bir maç olduğunu söyledi ve oyuncularının sabrını övdü.",
           "Bu sonucun ardından takım puan tablosunda dördüncü sıraya yükseldi."],
}


@pytest.mark.parametrize("lang", PROMO_PAIRS)
def test_a_read_more_line_beside_an_advert_label_does_not_end_the_article(lang):
    # the label was furniture between furniture (the read-more line and the footer), and the
    # paragraphs after it prose between furniture: the article's end was cut off
    promo, advert = PROMO_PAIRS[lang]
    page = lines(MENU, ARTICLE[:2], [promo, advert], CLOSING_PARAGRAPHS[lang], FOOTER)
    text = newsclean.clean(page).text
    assert [line for line in CLOSING_PARAGRAPHS[lang] if line not in text] == []
    assert promo not in text and "Privacy policy" not in text


@pytest.mark.parametrize(
    ("labels", "promo", "lone"),
    [  # two promo lines between prose are looked past
     ([bp.GOOD, bp.BAD, bp.BAD, bp.NEAR], [1, 2], [1, 2]),
     # three are a box
     ([bp.GOOD, bp.BAD, bp.BAD, bp.BAD, bp.NEAR], [1, 2, 3], []),
     # a furniture line no cleaner dropped beside the promo: not looked past
     ([bp.GOOD, bp.BAD, bp.BAD, bp.NEAR], [2], []),
     # the page's edge, or furniture, on one side
     ([bp.BAD, bp.BAD, bp.NEAR], [0, 1], []),
     ([bp.GOOD, bp.BAD, bp.BAD, bp.BAD], [1, 2], [])],
)
def test_two_promo_lines_between_prose_are_looked_past(labels, promo, lone):
    out = bp._without_lone_furniture(labels, promo)
    assert [i for i, label in enumerate(out) if label == bp.LONE] == lone


def _short_live_blog(box: str) -> str:
    """The live blog of genres/liveblog.txt without its lead paragraph, ``box`` right above its
    first time stamp in place of its "Key events"."""
    page = (Path(__file__).parent / "genres" / "liveblog.txt").read_text()
    lead = next(line for line in page.splitlines() if line.startswith("Storm Ingrid has brought"))
    start = page.index("Key events")
    return page.replace(lead + "\n\n", "", 1).replace(page[start : page.index("12:48")], box + "\n\n", 1)


@pytest.mark.parametrize(
    "box",
    ["Key events\n\nRed warning in force until 3pm\nFerry services cancelled\nMore than 40,000 homes without power",
     "Summary\n\nHospital on backup generators after power cut\nM6 closed northbound\nSchools shut across Cumbria",
     "At a glance\n\nGusts of 90mph on the coast\nRed warning until 3pm"],
)
def test_a_short_live_blogs_summary_box_above_its_first_entry_stays(box):
    # heading and items cost the region search like a menu, and no lead paragraph above them
    # held the region up
    text = newsclean.clean(_short_live_blog(box)).text
    assert [line for line in box.splitlines() if line and line not in text.splitlines()] == []
    assert "Power cut to hospital backup generators" in text and "Email this article" not in text


@pytest.mark.parametrize(
    "box",
    [  # other stories: they name nothing the entries name
     "Elsewhere today\n\nMayor quits after row over bins\nBus fares to rise in spring\nNew bakery opens on Mill Road",
     # a heading that is a sentence, a list too long for a box
     "We will bring you the latest as it happens.\n\nRed warning in force until 3pm\nFerry services cancelled",
     "Key events\n\n" + "\n".join(f"Power cut in area {n}" for n in range(1, 11))],
)
def test_a_list_above_a_live_blogs_first_entry_that_is_no_summary_box_goes(box):
    text = newsclean.clean(_short_live_blog(box)).text
    assert not any(line in text.splitlines() for line in box.splitlines() if line)
