import pytest
from cleanerutil import BODY, BODY2, kept_line, page, run
from hypothesis import assume, example, given
from hypothesis import strategies as st

import newsclean
from newsclean.cleaners import boilerplate as bp
from newsclean.cleaners.boilerplate import PAGE_TITLE_HINT
from newsclean.cleaners.metadata import _patterns, metadata, parse_byline, role_after_name
from newsclean.document import Document
from newsclean.segment import segment


@pytest.mark.parametrize(
    "line, authors, agency",
    [
        ("By Maria Lopez and John Smith", ["Maria Lopez", "John Smith"], None),
        ("By Jean Dupont for AFP", ["Jean Dupont"], "AFP"),
        ("By Sarah Collins, Political Correspondent", ["Sarah Collins"], None),  # a role after the name
        ("By Sarah Collins | Staff Writer", ["Sarah Collins"], None),
        ("By Sarah Collins and Tom Reid, BBC News", ["Sarah Collins", "Tom Reid"], None),
        ("Par Claire Martin", ["Claire Martin"], None),
        ("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"], None),
        ("Por Lucía García, Reuters", ["Lucía García"], "Reuters"),
        ("By The Associated Press", [], "AP"),
        ("by Ana de la Cruz", ["Ana de la Cruz"], None),
        ("Por Ana dos Santos", ["Ana dos Santos"], None),
        ("A cura di Giulia Bianchi", ["Giulia Bianchi"], None),
        ("Tekst: Sanne Bakker en Jan ten Hove", ["Sanne Bakker", "Jan ten Hove"], None),
        ("Door Jan Jansen voor ANP", ["Jan Jansen"], "ANP"),
        ("Por Ana Sousa, Lusa", ["Ana Sousa"], "Lusa"),
        # a role after the name with no comma (UK regional style)
        ("By Jane Smith Local Democracy Reporter", ["Jane Smith"], None),
        ("By Mary Ann Smith Senior Reporter", ["Mary Ann Smith"], None),
        ("By Jane Smith and Tom Reid Senior Reporters", ["Jane Smith", "Tom Reid"], None),
        ("By Jane Smith, Local Democracy Reporter", ["Jane Smith"], None),
        ("By Meg JamesStaff Writer", ["Meg James"], None),  # "By [Meg James](#)Staff Writer" read plain
        ("By Ronald McDonald Staff Writer", ["Ronald McDonald"], None),
        ("By Troy L. Smith, Cleveland.com", ["Troy L. Smith"], None),  # an outlet named by its domain
        ("By Jane Smith, The Guardian", ["Jane Smith"], None),  # an outlet after "The"
        ("By Tom Krisher, AP Auto Writer", ["Tom Krisher"], "AP"),  # an agency's role
        ("By Jonathan Garber FOXBusiness", ["Jonathan Garber"], None),  # an outlet glued on
        # names in capitals beyond Latin-1, and in Cyrillic
        ("By Tomáš Černý and Zoë Ćirić", ["Tomáš Černý", "Zoë Ćirić"], None),
        ("By Ștefan Ionescu", ["Ștefan Ionescu"], None),
        ("Автор: Ольга Петрова", ["Ольга Петрова"], None),
        # a colon after the lead
        ("By: Jane Doe", ["Jane Doe"], None),
        ("Author: Jane Doe", ["Jane Doe"], None),
        ("Autor: Ján Novák", ["Ján Novák"], None),
        ("Írta: Kovács Anna", ["Kovács Anna"], None),
        ("Piše: Ivana Horvat", ["Ivana Horvat"], None),
        ("By Ronald McDonald", ["Ronald McDonald"], None),
    ],
)
def test_bylines_give_authors_and_agency(line, authors, agency):
    assert parse_byline(line) == (authors, agency)


@pytest.mark.parametrize(
    "line",
    ["By Local Democracy Reporter", "By Staff Reporter", "By Chief Political Correspondent", "Por Enviado Especial",
     "Par Envoyé Spécial", "Von Freie Journalistin", "Di Inviato Speciale"],
)  # fmt: skip
def test_a_role_alone_is_no_author(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [("Von Jana Vogel, Korrespondentin", ["Jana Vogel"]), ("Por Lucía Gómez, enviada especial", ["Lucía Gómez"]),
     ("Par Jean Dupont, envoyé spécial", ["Jean Dupont"]), ("Door Eva de Boer, verslaggever", ["Eva de Boer"]),
     ("By Sara Lind, Journalist", ["Sara Lind"])],
)  # fmt: skip
def test_a_role_after_the_name_in_other_languages_is_no_second_author(line, authors):
    assert parse_byline(line) == (authors, None)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day, the council had voted.",
        "By car, the trip takes two hours",
        "By CNN Staff",  # an organisation is not an author
        "Door de redactie",
        "Di Redazione",
        "Door de week is de markt open.",
        "Bystanders said the bus was late.",
        "By Any Means Necessary",  # a show's or a column's title: a phrase, not a name
        "Author: the council said",
        "Piše u izvješću da je grad",  # Croatian prose that opens with a lead
        "By The Numbers",
    ],
)
def test_prose_and_organisations_are_not_bylines(line):
    assert parse_byline(line) is None


# A list item labelled with a publishing word is a dateline too.
DATELINE_LIST_ITEMS = [
    ("* Published: 13 December 2026", "published", "2026-12-13"),
    ("- Updated: 12 March 2027, 09:30", "updated", "2027-03-12T09:30"),
    ("* First published: 13 December 2026", "published", "2026-12-13"),
    ("* Veröffentlicht: 13. Dezember 2026", "published", "2026-12-13"),
    ("* Mis à jour : 13 décembre 2026", "updated", "2026-12-13"),
    ("- Publicado: 13 de diciembre de 2026", "published", "2026-12-13"),
    ("* 13 December 2026", "published", "2026-12-13"),  # a date alone, no label
    ("* Wednesday 20 Nov 2019", "published", "2019-11-20"),
]


@pytest.mark.parametrize(
    "line, field, value",
    [
        ("Published: 14 February 2023, 09:30", "published", "2023-02-14T09:30"),
        ("Updated 2023-02-15", "updated", "2023-02-15"),
        ("Tuesday, June 6, 2023", "published", "2023-06-06"),
        ("12/31/2021", "published", "2021-12-31"),
        ("31.12.2021", "published", "2021-12-31"),
        ("Source: Reuters", "attributed_source", "Reuters"),
        ("Quelle: Der Spiegel", "attributed_source", "Der Spiegel"),
        ("https://example.org/news/2023/bus-plan", "url", "https://example.org/news/2023/bus-plan"),
        # the first-word gate: no space after the colon, capitals, a non-ASCII first word
        ("Source:Reuters", "attributed_source", "Reuters"),
        ("SOURCE: Reuters", "attributed_source", "Reuters"),
        ("BY MARIA LOPEZ", "authors", ["MARIA LOPEZ"]),
        ("**By** Maria Lopez", "authors", ["Maria Lopez"]),
        ("Publié le 3 mars 2022", "published", "2022-03-03"),
        ("<https://example.org/news/2023/bus-plan>", "url", "https://example.org/news/2023/bus-plan"),
        *DATELINE_LIST_ITEMS,
    ],
)
def test_metadata_lines_become_fields(line, field, value):
    r = run("metadata", page(line))
    assert getattr(r.metadata, field) == value
    assert line not in r.text


@pytest.mark.parametrize(
    "line",
    [
        "On 14 February 2023 the council met again and voted to expand the network.",
        "The source of the leak was never found, officials said.",
        "Sources close to the mayor said she would not run again.",
    ],
)
def test_prose_with_dates_and_sources_stays(line):
    assert kept_line("metadata", line)


@pytest.mark.parametrize(
    "label", ["Original url:", "ORIGINAL URL", "Source link :", "Articolo originale:", "Origineel artikel", "Artigo original:"]
)
def test_a_label_line_announces_the_url_after_it(label):
    r = run("metadata", page(label, "https://example.org/a"))
    assert r.metadata.original_url == "https://example.org/a"
    assert label not in r.text


def test_first_title_like_line_is_the_title_and_repeats_are_duplicates():
    title = "Council expands bus network after long debate"
    text = "\n\n".join([title, title, BODY, BODY2])
    r = run("metadata", text)
    assert r.metadata.title == title
    assert [x.kind.value for x in r.removals] == ["metadata", "duplicate"]


def test_no_title_when_the_page_starts_with_prose():
    r = run("metadata", "\n\n".join([BODY, BODY2]))
    assert r.metadata.title is None
    assert r.removals == []


def test_a_subheading_after_the_first_sentences_is_not_the_title():
    lede = "The council voted on Tuesday to approve the new budget, which raises spending on schools."
    r = run("metadata", "\n\n".join([lede, "What happens next", BODY, BODY2]))
    assert r.metadata.title is None
    assert "What happens next" in r.text


def test_a_single_line_is_the_text_not_its_title():
    line = "The council voted on Tuesday to approve the new budget for schools and buses"
    r = run("metadata", line)
    assert r.text == line and r.metadata.title is None


def test_a_chinese_or_japanese_sentence_is_not_a_title():
    lede = "東京都は火曜日、来年度の予算案を発表した。総額は過去最大となる見通しだ。"
    later = "都議会は来月、予算案の審議を始める予定だ。野党は財源の説明を求めている。"
    r = run("metadata", "\n\n".join([lede, later]))
    assert r.metadata.title is None
    assert lede in r.text


def test_original_url_label_and_url():
    r = run("metadata", page("Original url:", "<https://example.com/story-1>"))
    assert r.metadata.original_url == "https://example.com/story-1"
    # the scraper's record of the address the page came from: the page's URL, none being given
    assert r.metadata.url == "https://example.com/story-1"
    assert "Original url" not in r.text
    # label and URL are one field, as on one line: both metadata, neither counted as clutter
    assert [x.kind.value for x in r.removals] == ["metadata", "metadata"]


def test_a_given_url_or_an_edge_url_line_is_the_pages_before_an_original_url():
    label = ("Original url:", "<https://example.com/story-1>")
    given = newsclean.Pipeline.from_names(["metadata"]).clean(page(*label), url="https://example.net/copy")
    assert given.metadata.url == "https://example.net/copy"
    assert given.metadata.original_url == "https://example.com/story-1"
    # a bare URL line at the foot, below the label's, is the page's own
    edge = run("metadata", page(*label) + "\n\nhttps://example.net/copy")
    assert edge.metadata.url == "https://example.net/copy"
    assert edge.metadata.original_url == "https://example.com/story-1"


# -- the title on full pages: a menu entry is not a headline -----------------------------------

HEADLINE = "Former care home manager jailed for six years"
TEXT_MENUS = [
    ["Menu", "Search", "News", "Local", "Sport", "What's On", "Property", "Jobs", "Announcements"],
    ["Skip to main content", "Home", "News", "UK", "World", "Business", "Politics", "Sport", "Culture", "Opinion"],
    ["Sections", "Top stories", "Money", "Health", "Travel", "Tech"],
]


def _text_page(menu: list[str], headline: str = HEADLINE) -> str:
    """html-text style: one menu item per line, then headline, byline and date, then the article."""
    return "\n\n".join(["\n".join(menu), headline, "By Tom Ashworth\nTuesday 3 February 2026", BODY, BODY2])


def _markdown_page(menu: list[str], headline: str = HEADLINE) -> str:
    """html2text style: the menu as link items (with a section label), the headline as "# "."""
    items = "\n".join(f"* [{m}](#)" for m in menu)
    return "\n\n".join(["### Sections", items, f"# {headline}", "By [Tom Ashworth](#)\n_3 February 2026_", BODY, BODY2])


# the metadata cleaner alone, and the default pipeline (where `navigation` drops the skip link
# and the markdown link items before `metadata` runs)
_PIPES = {"metadata": ["metadata"], "default": None}


@pytest.mark.parametrize("build", [_text_page, _markdown_page], ids=["text", "markdown"])
@pytest.mark.parametrize(
    "menu, names",
    [(TEXT_MENUS[0], "metadata"), (TEXT_MENUS[2], "metadata")] + [(menu, "default") for menu in TEXT_MENUS],
)
def test_the_headline_after_a_menu_is_the_title(menu, names, build):
    names = _PIPES[names]
    pipe = newsclean.Pipeline.from_names(names) if names else newsclean.Pipeline.default()
    r = pipe.clean(build(menu))
    assert r.metadata.title == HEADLINE
    assert HEADLINE not in r.text


@pytest.mark.parametrize("menu", [TEXT_MENUS[0], TEXT_MENUS[2]])  # (a skip link is navigation's)
def test_the_menu_between_the_page_title_and_the_headline_goes(menu):
    # html-text prints the <title> ("Headline | Site") first, then the menu, then the headline:
    # the menu is above the headline too, also where no other cleaner takes it
    page = "\n\n".join([f"{HEADLINE} | The Dale Courier", "\n".join(menu), HEADLINE, "By Tom Ashworth", BODY, BODY2])
    r = run("metadata", page)
    assert r.metadata.title == HEADLINE
    assert r.text == f"{BODY}\n\n{BODY2}"


# html-text prints the <title> first and the logo link alone under it: the title's last part
SITE_SHAPES = [
    ("Libraries to close, council says", " - ", "The Lowland Times"),
    ("Libraries to close, council says", " | ", "Lowland Evening Post"),
    ("Bibliotheken schließen, sagt der Rat", " — ", "Der Lowland Kurier"),
    ("Les bibliothèques vont fermer", " :: ", "Le Journal du Nord"),
    ("Cierran tres bibliotecas rurales", " | ", "El Diario de Lowland"),
]


@pytest.mark.parametrize("head, sep, site", SITE_SHAPES)
def test_the_site_name_printed_alone_is_not_the_title(head, sep, site):
    # the page's headline is worded otherwise than the <title>: only the site's name is alone
    lines = [f"{head}{sep}{site}", site, "News\nSport\nWeather\nOpinion", "Council votes to close village libraries"]
    r = run("metadata", "\n\n".join([*lines, "By Tom Ashworth", BODY, BODY2]))
    assert r.metadata.title == head


@pytest.mark.parametrize("head, sep, site", SITE_SHAPES)
def test_a_three_word_headline_printed_alone_is_the_title_beside_the_site_name(head, sep, site):
    headline = "Council cuts buses"
    r = run("metadata", "\n\n".join([f"{headline}{sep}{site}", site, headline, "By Tom Ashworth", BODY, BODY2]))
    assert r.metadata.title == headline
    assert headline not in r.text


def test_a_title_with_no_site_part_is_the_title():
    title = "Council votes to close three village libraries"
    r = run("metadata", "\n\n".join([title, "The Lowland Times", "By Tom Ashworth", BODY, BODY2]))
    assert r.metadata.title == title


@pytest.mark.parametrize("headline", ["Storm Ciarán - what we know so far", "Budget 2027 – the winners and the losers"])
def test_a_headline_with_a_dash_printed_alone_is_the_title(headline):
    page = "\n\n".join([f"{headline} | The Lowland Times", "The Lowland Times", headline, BODY, BODY2])
    r = run("metadata", page)
    assert r.metadata.title == headline
    assert headline not in r.text


def test_the_short_part_after_a_headline_s_dash_is_not_the_title_where_a_subheading_prints_it():
    # no site part: "Winners and Losers" is the headline's end, and a subheading of the body
    headline = "Budget 2027 - Winners and Losers"
    r = run("metadata", "\n\n".join([headline, BODY, "Winners and Losers", BODY2]))
    assert r.metadata.title == headline
    assert "Winners and Losers\n" in r.text


def test_a_markdown_headline_beats_the_site_name_and_list_items_above_it():
    lines = ["# Example News", "* [News](#)\n* [Sport](#)\n* [Weather](#)", "* Top stories today", "Sign in to your account"]
    r = run("metadata", "\n\n".join([*lines, f"# {HEADLINE}", BODY, BODY2]))
    assert r.metadata.title == HEADLINE


def test_a_list_item_is_not_the_title():
    r = run("metadata", "\n\n".join(["* Top stories today", HEADLINE, BODY, BODY2]))
    assert r.metadata.title == HEADLINE
    assert "* Top stories today" in r.text


@pytest.mark.parametrize(
    "entry", ["10.41pm: Calloway claims victory", "14:05 – Polizei sperrt die Innenstadt", "9.30 uur: Eerste bomen omgewaaid"]
)
def test_a_live_blog_entry_is_not_the_title(entry):
    # an already extracted live blog: its first entries are timestamped, not a headline
    r = run("metadata", "\n\n".join(["Key events", entry, "9.55pm: Pre-poll votes counted", BODY, BODY2]))
    assert r.metadata.title is None
    assert entry in r.text


def test_a_headline_with_a_figure_and_a_colon_is_still_the_title():
    headline = "2024 budget: council cuts bus routes in three districts"
    r = run("metadata", "\n\n".join([headline, BODY, BODY2]))
    assert r.metadata.title == headline


def test_a_short_headline_alone_is_still_the_title():
    # one three-word line is not a run of menu entries
    r = run("metadata", "\n\n".join(["Council cuts buses", "By Tom Ashworth", BODY, BODY2]))
    assert r.metadata.title == "Council cuts buses"


# -- dates: a dated list item inside the article is content ------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "* Last service: 13 December 2026",
        "- Opening: 12 March 2027",
        "• Deadline for entries: 31 January 2027",
        "* Letzte Fahrt: 13. Dezember 2026",
        "* Dernier départ : 13 décembre 2026",
        "- Última salida: 13 de diciembre de 2026",
        "1. Born: 3 May 1950",
    ],
)
def test_a_dated_list_item_is_article_content(line):
    text = "\n".join([BODY, "* First train: 6 January 1990", line, "* Route: Berlin to Paris"])
    r = run("metadata", "\n\n".join([text, BODY2]))
    assert line in r.text
    assert r.metadata.published is None and r.metadata.updated is None


@pytest.mark.parametrize(
    "line", ["Opening: 12 March 2027", "Letzte Fahrt: 13. Dezember 2026", "Ouverture : 12 mars 2027", "Born: 3 May 1950"]
)
def test_a_labelled_date_line_inside_the_body_is_article_content(line):
    r = run("metadata", page(line))  # body prose comes before it
    assert line in r.text
    assert r.metadata.published is None and r.metadata.updated is None


def test_a_labelled_date_line_in_the_header_is_a_dateline_whatever_its_language():
    # the vocabulary knows no Korean; above the body an unknown label still opens a dateline
    line = "기사입력 : 2018-08-25 15:24"
    r = run("metadata", "\n\n".join(["Council expands bus network after long debate", line, BODY, BODY2]))
    assert r.metadata.published == "2018-08-25T15:24"
    assert line not in r.text


def test_an_unpaired_emphasis_mark_does_not_hide_a_publishing_label():
    line = "_Updated: 12 March 2027, 09:30"  # html2text leaves such marks after a line break
    r = run("metadata", page(line))
    assert line not in r.text




# -- a Q&A: the first question is not the title ------------------------------------------------

QUESTION = "What made you return to the stage after ten years?"
ANSWER = "Honestly, I missed it more than I expected. The first night back felt like coming home."
QA = [
    QUESTION,
    ANSWER,
    "Was it hard to learn the lines again?",
    "Harder than I would like to admit, but the cast were patient with me.",
]


@pytest.mark.parametrize("names", [["metadata"], None], ids=["metadata", "default"])
def test_a_question_followed_by_its_answer_is_not_the_title(names):
    pipe = newsclean.Pipeline.from_names(names) if names else newsclean.Pipeline.default()
    r = pipe.clean("\n\n".join(QA))
    assert r.metadata.title is None
    assert r.text.startswith(QUESTION)


def test_a_bold_question_in_markdown_is_not_the_title():
    r = run("metadata", "\n\n".join([f"**{QUESTION}**", *QA[1:]]))
    assert r.metadata.title is None
    assert QUESTION in r.text


@pytest.mark.parametrize("menu", TEXT_MENUS)
def test_the_menu_above_the_headline_goes_as_navigation(menu):
    # a short page with no footer, copyright or cookie line: no cleaner knew the menu for one
    r = newsclean.Pipeline.default().clean(_text_page(menu))
    assert r.metadata.title == HEADLINE
    gone = {x.text: x.kind for x in r.removals}
    assert all(gone.get(item) == newsclean.Kind.NAVIGATION for item in menu)
    assert BODY in r.text and BODY2 in r.text


def test_short_lines_below_the_headline_are_not_a_menu_above_it():
    points = ["Key points", "Fares frozen", "New routes", "Night buses"]
    r = run("metadata", "\n\n".join([HEADLINE, *points, BODY, BODY2]))
    assert r.metadata.title == HEADLINE
    assert all(line in r.text for line in points)


def test_one_byline_after_the_body_signs_the_article():
    r = run("metadata", "\n\n".join([HEADLINE, BODY, BODY2, "by Jane Doe"]))
    assert r.metadata.authors == ["Jane Doe"] and "Jane Doe" not in r.text


def test_the_bylines_of_the_stories_listed_after_the_article_are_not_its_authors():
    teasers = [
        "Bus fares to rise in April", "By Emily Stewart",
        "Council approves new stadium", "By Aaron Rupar",
        "Storm warning for coastal towns", "By Alex Ward",
    ]
    r = run("metadata", "\n\n".join([HEADLINE, BODY, BODY2, *teasers]))
    assert r.metadata.authors == []
    assert all(line in r.text for line in teasers)  # left to the cleaners of page furniture


def test_a_byline_under_the_standfirst_signs_the_article_though_other_bylines_follow_it():
    # a cookie notice in sentences above the headline is not the article's start
    cookies = [
        "We use cookies and other tracking technologies to improve your browsing experience on our site.",
        "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
    ]
    standfirst = "The city will double the price of an hour's parking in the centre from next spring, the council said."
    teasers = ["Bus fares to rise in April", "By Emily Stewart", "Storm warning for coastal towns", "By Alex Ward"]
    r = run("metadata", "\n\n".join([*cookies, HEADLINE, standfirst, "By Jane Doe", BODY, BODY2, *teasers]))
    assert r.metadata.authors == ["Jane Doe"]
    assert "By Jane Doe" not in r.text and "By Alex Ward" in r.text


@pytest.mark.parametrize(
    "footer, title",
    [
        ("© 2019 Example Times. All rights reserved.", HEADLINE),  # the page prints the name again
        ("© 2019. All rights reserved.", f"{HEADLINE} - Example Times"),  # no evidence it is the site's
    ],
)
def test_a_page_title_loses_the_sites_name_the_page_prints_elsewhere(footer, title):
    # a text rendering opens with the <title>; this page never prints its headline alone
    r = run("metadata", "\n\n".join([f"{HEADLINE} - Example Times", BODY, BODY2, footer]))
    assert r.metadata.title == title


@pytest.mark.parametrize("title", [f"{HEADLINE} - what we know", "Storm - Example Times"])
def test_a_title_part_that_is_no_site_name_stays(title):
    # lower case: the headline's own words; a headline of one word left: the cut is not made
    closing = "Here is what we know so far, and what Example Times will report next."
    r = run("metadata", "\n\n".join([title, BODY, BODY2, closing, "© Example Times"]))
    assert r.metadata.title == title


def test_the_region_search_is_given_the_title_as_the_page_wrote_it():
    # with the site's name cut, the title's words would match the article's own subheading
    # ("MAKING SPICED HONEY PEAR JAM"): boilerplate's headline search gets the whole <title>
    title_line = "Spiced Honey Pear Jam Recipe | The Anti-June Cleaver"
    text = "\n\n".join([title_line, BODY, "MAKING SPICED HONEY PEAR JAM", BODY2, "© 2019 The Anti-June Cleaver"])
    doc = Document(text, segment(text))
    metadata(doc)
    assert doc.metadata.title == "Spiced Honey Pear Jam Recipe"
    assert doc.hints[PAGE_TITLE_HINT] == title_line
    lines = [line for line in map(bp._features, doc.blocks) if line is not None]
    assert bp._title_index(lines, doc.metadata.title) == 2  # the subheading, wrongly
    assert bp._title_index(lines, title_line) is None


def test_a_page_title_with_the_sites_name_gives_the_headline_the_page_prints_alone():
    # a text rendering opens with the HTML <title>; the page's own headline comes later
    lines = [f"{HEADLINE} - Example News", "Home", "News", "Sport", HEADLINE, BODY, BODY2]
    r = run("metadata", "\n\n".join(lines))
    assert r.metadata.title == HEADLINE
    assert HEADLINE not in r.text and BODY in r.text


def test_a_page_title_cut_by_a_dash_stays_whole_when_no_line_prints_a_part():
    title = "Star Wars Jedi: Fallen Order review - shoots for the moon, lands among the stars"
    r = run("metadata", "\n\n".join([title, BODY, BODY2]))
    assert r.metadata.title == title


@pytest.mark.parametrize(
    "line, authors, published, updated",
    [
        ("By Tess Bonn - 11/19/2019 06:56 AM EST", ["Tess Bonn"], "2019-11-19T06:56", None),
        ("By Justine Coleman - 11/18/19 11:04 PM EST", ["Justine Coleman"], "2019-11-18T23:04", None),
        # more than a date after the names: the one date on the line is the article's
        ("By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z Space", ["Tim Childers"], "2019-11-19T12:48", None),
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ["Umair Irfan"], None, "2019-11-13T10:28"),
        ("By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST", ["Chris Pokorny"], "2019-11-18T11:47", None),
        ("Von Moritz Bachmann publiziert am 25. September 2018", ["Moritz Bachmann"], "2018-09-25", None),
        ("Por Ana de la Cruz | 12 de marzo de 2024", ["Ana de la Cruz"], "2024-03-12", None),
        ("Текст: Венера Ерофеева · 24 сентября 2018", ["Венера Ерофеева"], "2018-09-24", None),
        ("By Bill Hoppe | Special to the Pioneer Press", ["Bill Hoppe"], None, None),
        # names that hold a date's word: a month, a particle, a word shaped like a time zone
        ("By April Jones - Nov 19, 2019", ["April Jones"], "2019-11-19", None),
        ("Von Anna Mai publiziert am 25. September 2018", ["Anna Mai"], "2018-09-25", None),
        ("By Mayra Le Duc - 11/19/2019 06:56 AM", ["Mayra Le Duc"], "2019-11-19T06:56", None),
        ("By Matt Scott Updated Nov 13, 2019", ["Matt Scott"], None, "2019-11-13"),
    ],
)
def test_a_byline_that_its_line_goes_on_after_gives_the_authors_and_the_date(line, authors, published, updated):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert (r.metadata.authors, r.metadata.published, r.metadata.updated) == (authors, published, updated)
    assert line not in r.text


@pytest.mark.parametrize(
    "line",
    [
        "By Christmas Eve the shops had closed - and the queues were gone",
        "By Monday, 20 people had died - officials said",
        "By May 2024 the council had spent £3m",
        "By August 19 the plan had been dropped - and the money spent",
    ],
)
def test_prose_that_opens_with_by_is_no_byline(line):
    r = run("metadata", "\n\n".join([HEADLINE, BODY, line, BODY2]))
    assert r.metadata.authors == [] and line in r.text


def test_a_single_line_of_prose_above_the_markdown_headline_does_not_hide_it():
    cookies = "We use cookies and other tracking technologies to improve your browsing experience on our site."
    r = run("metadata", "\n\n".join(["* [News](#)", cookies, "* [Sport](#)", f"# {HEADLINE}", BODY, BODY2]))
    assert r.metadata.title == HEADLINE


def test_a_cookie_notice_in_two_sentences_above_the_markdown_headline_does_not_hide_it():
    notice = [
        "We use cookies and other tracking technologies to improve your browsing experience on our site.",
        "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
    ]
    r = run("metadata", "\n\n".join([*notice, "* [News](#)", f"# {HEADLINE}", BODY, BODY2]))
    assert r.metadata.title == HEADLINE


def test_a_markdown_heading_after_the_body_began_is_not_the_headline():
    r = run("metadata", "\n\n".join([BODY, BODY2, "# Other stories from the city desk", BODY]))
    assert r.metadata.title is None


@pytest.mark.parametrize(
    "line, authors, agency, published",
    [
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", ["Chris Davies"], None, "2019-11-19T22:31"),
        ("Natasha Turak @NatashaTurak", ["Natasha Turak"], None, None),
        ("Jane Smith @jsmith_news", ["Jane Smith"], None, None),
        ("Associated Press November 19, 2019, 9:02 AM", [], "AP", "2019-11-19T09:02"),
    ],
)
def test_a_name_that_a_date_or_handle_follows_signs_the_article_in_its_header(line, authors, agency, published):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert (r.metadata.authors, r.metadata.agency, r.metadata.published) == (authors, agency, published)
    assert line not in r.text


@pytest.mark.parametrize(
    "line",
    [
        "Breaking News - Nov 19, 2019",
        "Home Office - 12 March 2024",
        "Regan August 19, 2019 - 5:48 pm",
        "Christmas Day - December 25, 2019",  # an occasion
        "Premier League - 19 Nov 2019",  # an organisation
        "Follow Us @nytimes",  # a handle that is not the name's
        "Storm Warning @NWS",
    ],
)
def test_a_name_like_phrase_before_a_date_or_handle_is_no_byline(line):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert r.metadata.authors == []


@pytest.mark.parametrize(
    "line, authors, published",
    [
        ("Helen Parker 14/02/2021 3 Comments Local News, Schools", ["Helen Parker"], "2021-02-14"),
        ("Helen Parker March 3, 2021 Leave a comment", ["Helen Parker"], "2021-03-03"),
        ("Marie Dupont 3 mars 2021 Laissez un commentaire Société, Éducation", ["Marie Dupont"], "2021-03-03"),
        ("Lucía Romero 21/06/2020 5 comentarios Cultura", ["Lucía Romero"], "2020-06-21"),
        # a long list of categories: longer than a dateline, still the post's line
        (
            "Pieter de Vries 2 november 2019 0 reacties Opvoeding, Basisschool, Lezen en schrijven, Spelletjes",
            ["Pieter de Vries"],
            "2019-11-02",
        ),
    ],
)
def test_a_blog_post_line_of_name_date_comments_and_categories_gives_author_and_date(line, authors, published):
    # blog themes print the post's author, date, comment link and categories with no separators
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert (r.metadata.authors, r.metadata.published) == (authors, published)
    assert line not in r.text


@pytest.mark.parametrize(
    "line",
    [
        "Helen Parker 14/02/2021 comments on the plan were mixed, the council said.",  # prose
        "Helen Parker 14/02/2021 Local News, Schools",  # no comment link: nothing says it is the post's
        "Helen Parker wrote on 14/02/2021 3 Comments",  # the date does not follow the name
        "Breaking News 14/02/2021 3 Comments",  # no person's name
    ],
)
def test_a_name_and_a_date_without_the_post_lines_shape_is_no_byline(line):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert r.metadata.authors == []


@pytest.mark.parametrize("lead", ["By", "By:", "Author:", "Von", "Par"])
def test_a_byline_whose_lead_stands_on_its_own_line_gives_the_names_on_the_next(lead):
    # renderings put "<span>By</span>" and the linked name on separate lines
    r = run("metadata", "\n\n".join([HEADLINE, lead, "Sarah E. Needleman", BODY, BODY2]))
    assert r.metadata.authors == ["Sarah E. Needleman"]
    assert r.text == "\n\n".join([BODY, BODY2])


@pytest.mark.parametrize("after", ["# Related", "Space", "Election Night"])
def test_a_lead_alone_whose_name_line_another_cleaner_dropped_names_no_later_line(after):
    # markdownify: "By" / "[The Morning Brief](/author/...)" (a line made only of links, which
    # navigation drops) / "# Related": the heading after the dropped name is no author
    lines = [HEADLINE, "By", "[The Morning Brief](/author/themorningbrief)", after, BODY, BODY2]
    r = newsclean.Pipeline.from_names(["navigation", "metadata"]).clean_text("\n\n".join(lines))
    assert r.metadata.authors == []


def test_a_lead_alone_over_a_linked_name_a_menu_cleaner_dropped_still_gives_the_name():
    # markdownify: "By" / "[Ana Sousa - Science Contributor](/author/...)" / a date /
    # "[Space](/space)": the name is read from the dropped line, the section is no author
    lines = [HEADLINE, "By", "[Ana Sousa - Science Contributor](/author/ana-sousa)",
             "2019-11-19T12:48:14Z", "[Space](/space)", BODY, BODY2]
    r = newsclean.Pipeline.from_names(["navigation", "metadata"]).clean_text("\n".join(lines))
    assert r.metadata.authors == ["Ana Sousa"]
    assert r.metadata.published == "2019-11-19T12:48"


@pytest.mark.parametrize("lead", ["* by", "- By", "• By:"])
def test_a_lead_alone_as_a_list_item_of_the_header_gives_the_name_under_it(lead):
    # markdownify renders a header list: "* by" / "  [Sam Rivera](/writers/sam-rivera/)"
    lines = [HEADLINE, lead, "  [Sam Rivera](/writers/sam-rivera/)", "* Nov 18, 2019", BODY, BODY2]
    r = newsclean.Pipeline.from_names(["navigation", "metadata"]).clean_text("\n".join(lines))
    assert r.metadata.authors == ["Sam Rivera"]


def test_a_lead_alone_before_a_line_that_is_no_name_claims_nothing_from_it():
    r = run("metadata", "\n\n".join([HEADLINE, "By", "the end of the day, the council had voted.", BODY, BODY2]))
    assert r.metadata.authors == [] and "the end of the day" in r.text


@pytest.mark.parametrize(
    "line, authors, agency",
    [
        ("Tom Krisher, AP Auto Writer", ["Tom Krisher"], "AP"),
        ("Jane Smith | Staff Writer", ["Jane Smith"], None),
        ("Ana Sousa, Political Correspondent", ["Ana Sousa"], None),
        ("Tom Davies Associated Press", ["Tom Davies"], "AP"),  # an agency right after the name
        ("Jane Smith Reuters", ["Jane Smith"], "Reuters"),
    ],
)
def test_a_name_and_its_role_sign_the_article_in_its_header(line, authors, agency):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert (r.metadata.authors, r.metadata.agency) == (authors, agency) and line not in r.text


@pytest.mark.parametrize(
    "line",
    [
        "Al Jazeera Correspondent",  # an outlet and its role with no separator
        "Analyst Coverage",  # a heading
        "Home | Reporter",  # a one-word menu item
        "Senior Reporter",  # a role alone
        "Jane Smith, Staff Photographer",  # a picture's credit
        "Al Goldis, Associated Press",
        "HONG KONG (AFP)",  # a wire story's dateline
    ],
)
def test_a_role_or_agency_without_a_byline_name_before_it_is_no_byline(line):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert r.metadata.authors == []


@pytest.mark.parametrize(
    "line", ["[Natasha Turak](#)[@NatashaTurak](#)", "By  [Chaim Gartenberg](#)[@cgartenberg](#) Nov 19, 2019, 7:53pm EST"]
)
def test_a_markdown_byline_whose_name_and_handle_are_links_side_by_side(line):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert len(r.metadata.authors) == 1 and "@" not in r.metadata.authors[0]


def test_the_default_pipeline_reads_a_byline_made_of_links():
    # `navigation` would take the line for one made only of links
    r = newsclean.clean("\n\n".join([f"# {HEADLINE}", "[Natasha Turak](#)[@NatashaTurak](#)", BODY, BODY2]))
    assert r.metadata.authors == ["Natasha Turak"] and "Turak" not in r.text


def test_a_long_question_headline_does_not_end_the_header():
    # a question of a sentence's length above the standfirst is the headline, not the body
    question = "Economy in stress and markets on a high; is it time for investors to be careful?"
    standfirst = "The September quarter earnings were not a complete disappointment, with most firms in line."
    r = run("metadata", "\n\n".join([question, standfirst, "Nishant Kumar @Nishantopines", BODY, BODY2]))
    assert r.metadata.authors == ["Nishant Kumar"]


def test_a_name_and_date_inside_the_article_is_not_its_byline():
    # a reader's comment or a quoted letter's signature, after the article began
    line = "Jane Smith - 12 March 2024"
    r = run("metadata", "\n\n".join([HEADLINE, BODY, BODY2, line, BODY]))
    assert r.metadata.authors == []


@pytest.mark.parametrize(
    "line, authors, published, updated",
    [
        ("October 12, 2018 / 0 Comments / in Promotion / by jdadmin", [], "2018-10-12", None),
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ["Joe Rossignol"], "2019-11-18T07:45", None),
        ("Published 12 March 2024 | By Jane Smith and Tom Reid", ["Jane Smith", "Tom Reid"], "2024-03-12", None),
        # a date that opens the line with no separator after it: a post's author and categories
        ("14/02/2021 Helen Parker Local News, Schools", [], "2021-02-14", None),
        ("2021-02-14 09:12 Helen Parker", [], "2021-02-14T09:12", None),
        ("12.03.2021 Redaktion Politik, Inland", [], "2021-03-12", None),
        ("3 mars 2021 Société, Éducation", [], "2021-03-03", None),
    ],
)
def test_a_header_line_of_short_items_gives_its_date_and_byline(line, authors, published, updated):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert (r.metadata.authors, r.metadata.published, r.metadata.updated) == (authors, published, updated)
    assert line not in r.text


@pytest.mark.parametrize(
    "line, authors, published",
    [
        # a middle dot printed with no spaces between the name and the date
        ("Текст: Анна Петрова·24 сентября 2018", ["Анна Петрова"], "2018-09-24"),
        ("By Jane Smith·12 March 2024", ["Jane Smith"], "2024-03-12"),
        ("Tom Reid·2024-03-12", ["Tom Reid"], "2024-03-12"),
    ],
)
def test_a_byline_and_date_joined_by_an_unspaced_middle_dot(line, authors, published):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert (r.metadata.authors, r.metadata.published) == (authors, published)
    assert line not in r.text


@pytest.mark.parametrize("line", ["Col·legi de Metges·2024 annual report", "约翰·史密斯·2024年的计划"])
def test_a_middle_dot_between_letters_joins_a_name(line):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert r.metadata.authors == [] and line in r.text


def test_a_results_row_with_a_date_inside_the_article_is_not_its_dateline():
    row = "March 12, 2024 | Riverside | 2-1 | Westport Rovers"
    r = run("metadata", "\n\n".join([HEADLINE, BODY, BODY2, row]))
    assert r.metadata.published is None and row in r.text


@pytest.mark.parametrize(
    "line",
    [
        "12 March 2024 | the council met for five hours to discuss the plan",
        "12 March 2024 the council met for five hours to discuss the plan",  # no separator
        "12/03/2024 Council votes for buses, trams.",  # a sentence: it ends with a full stop
        "Council news 12/03/2024 buses, trams",  # the date does not open the line
    ],
)
def test_a_line_of_items_with_a_long_one_is_not_a_header_line(line):
    r = run("metadata", "\n\n".join([HEADLINE, line, BODY, BODY2]))
    assert r.metadata.published is None and line in r.text


HEADLINE_QUESTION = "Can the city afford free buses?"


# blog themes link the headline to the article's own address; "more stories" headings above it
PERMALINK_TOP = ["We come from the future", "## **You** may also like", "## **Recent** from [Jane Smith](#)"]


def test_a_linked_h1_that_is_the_pages_only_one_is_the_title():
    r = run("metadata", "\n\n".join([*PERMALINK_TOP, f"# [{HEADLINE}](#)", BODY, BODY2]))
    assert r.metadata.title == HEADLINE


@pytest.mark.parametrize(
    "lines",
    [
        # an archive under its tagline: every post's headline is a linked "# " heading
        ["Notes from the council chamber", f"# [{HEADLINE}](#)", BODY, "# [Council approves the library budget](#)", BODY2],
        # the article's headline is a linked "## " heading; a later story's is a linked "# " one
        ["## [Council approves the new library budget](#)", "By Jane Smith", f"# [{HEADLINE}](#)", BODY, BODY2],
    ],
)
def test_a_linked_h1_among_other_linked_headings_is_not_the_title(lines):
    assert run("metadata", "\n\n".join(lines)).metadata.title != HEADLINE


@pytest.mark.parametrize("name_line", ["[Jane Smith](#)", "[ ](#) [ Jane Smith ](#)"])
def test_a_linked_name_under_the_headline_beside_the_date_is_the_author(name_line):
    r = run("metadata", "\n\n".join([f"# {HEADLINE}", name_line, "Nov 18, 2019 4:26 pm", BODY, BODY2]))
    assert r.metadata.authors == ["Jane Smith"]
    assert r.metadata.published == "2019-11-18T16:26"


@pytest.mark.parametrize(
    "lines",
    [
        [f"# {HEADLINE}", "[Jane Smith](#)", BODY, BODY2],  # no date near it: a section, a tag
        [f"# {HEADLINE}", "Jane Smith", "Nov 18, 2019", BODY, BODY2],  # no link: a place, a team
        [f"# {HEADLINE}", "[Jane Smith](#) and friends", "Nov 18, 2019", BODY, BODY2],  # more than a name
        [f"# {HEADLINE}", "[Read the full report](#)", "Nov 18, 2019", BODY, BODY2],  # no name
    ],
)
def test_a_linked_line_under_the_headline_without_the_evidence_is_no_author(lines):
    assert run("metadata", "\n\n".join(lines)).metadata.authors == []


def test_a_byline_rendered_as_a_list_item_in_the_header_is_read():
    header = "* [ ](#)\n* by  [ Jane Smith ](#)\n* Nov 18, 2019 at 9:24 pm ET  • 2 min read"
    r = run("metadata", "\n\n".join([f"# {HEADLINE}", header, BODY, BODY2]))
    assert r.metadata.authors == ["Jane Smith"]


def test_a_list_item_in_the_article_that_starts_with_by_is_kept():
    item = "- By Jane Smith, who chaired the inquiry"
    r = run("metadata", "\n\n".join([f"# {HEADLINE}", BODY, BODY2, item]))
    assert r.metadata.authors == [] and item in r.text


@pytest.mark.parametrize(
    "lines",
    [
        [HEADLINE_QUESTION, "By Jane Doe", BODY, BODY2],  # a byline follows
        [HEADLINE_QUESTION, "12 March 2026", BODY, BODY2],  # a dateline follows
        [HEADLINE_QUESTION, BODY, "By Jane Doe", BODY2],  # a standfirst, then the byline
        [HEADLINE_QUESTION, BODY, BODY2, HEADLINE_QUESTION],  # the page repeats it
        [HEADLINE_QUESTION, BODY, BODY2, f"{HEADLINE_QUESTION} | Example News"],  # with the site's name
        [f"# {HEADLINE_QUESTION}", BODY, BODY2],  # a markdown headline
    ],
    ids=["byline", "dateline", "standfirst-byline", "repeated", "repeated-with-site", "markdown-h1"],
)
def test_a_question_headline_with_evidence_is_the_title(lines):
    r = run("metadata", "\n\n".join(lines))
    assert r.metadata.title == HEADLINE_QUESTION
    assert not r.text.startswith(HEADLINE_QUESTION)  # the headline line is removed


@pytest.mark.parametrize(
    "line, authors",
    [
        # a lead in a script without capitals vouches for the names, which cannot show one
        ("بقلم: محمد علي", ["محمد علي"]),
        ("بقلم محمد علي", ["محمد علي"]),
        ("מאת דני כהן", ["דני כהן"]),
        ("记者 王磊", ["王磊"]),
        ("记者：王磊", ["王磊"]),  # a full-width colon needs no space
        ("本报记者 王磊、张三", ["王磊", "张三"]),
    ],
)
def test_bylines_in_scripts_without_capitals(line, authors):
    assert parse_byline(line) == (authors, None)


@pytest.mark.parametrize(
    "line",
    [
        "记者 王磊 张三",  # one name or two? A Chinese name is one word: no guess
        "By 王磊",  # a Latin lead wants a capital
        "By:Jane Doe",  # as before: a colon wants a space after it
        "记者王磊",  # no separator after the lead
        "记者 从市教育局获悉今年中考报名人数创新高",  # a sentence after the lead, not a name
        "記者 会見で首相は述べた",
        "بقلم",
    ],
)
def test_lines_that_stay_no_bylines(line):
    assert parse_byline(line) is None


def test_a_chinese_page_header_gives_its_byline_and_dateline():
    body = (
        "今年入春以来，长江中下游地区降水较常年同期偏少三成以上，湖北、湖南、江西等省份的部分水库蓄水量明显下降，"
        "多地已相继启动抗旱四级应急响应。\n\n据省水利厅介绍，截至3月28日，全省大中型水库蓄水总量比去年同期减少约12亿立方米。"
    )
    r = run("metadata", f"本报记者 王磊\n\n2022年3月29日 17:38\n\n{body}")
    assert (r.metadata.authors, r.metadata.published) == (["王磊"], "2022-03-29T17:38")
    assert r.text.startswith("今年入春以来")


KO_HEADLINE = "예산안 국무회의 통과"
KO_BODY = (
    "정부는 29일 국무회의를 열고 내년도 예산안을 심의했다. 이번 예산안은 올해보다 약 5% 늘어난 규모로, "
    "복지와 일자리 분야에 중점을 뒀다고 기획재정부는 설명했다."
)
KO_BODY2 = (
    "야당은 재정 건전성이 악화될 수 있다며 반대 입장을 밝혔고, 국회 심의 과정에서 일부 항목이 조정될 "
    "가능성이 크다는 관측이 나온다."
)
ZH_BODY = (
    "今年入春以来，长江中下游地区降水较常年同期偏少三成以上，湖北、湖南、江西等省份的部分水库蓄水量明显下降，"
    "多地已相继启动抗旱四级应急响应。\n\n据省水利厅介绍，截至3月28日，全省大中型水库蓄水总量比去年同期减少约12亿立方米。"
)


@pytest.mark.parametrize(
    "line, authors",
    [
        ("김민수 기자", ["김민수"]),
        ("김민수 기자 minsu@example.co.kr", ["김민수"]),
        ("= 김민수 기자", ["김민수"]),
        ("김민수 기자 (minsu@example.co.kr)", ["김민수"]),
        ("김민수·박지영 특파원", ["김민수", "박지영"]),
        ("김민수, 박지영 기자", ["김민수", "박지영"]),
        ("정치부 김민수 선임기자", ["김민수"]),  # the desk before the name
        ("남궁민 논설위원", ["남궁민"]),  # a surname of two syllables
        ("김훈 기자 hoon@example.co.kr", ["김훈"]),  # a name of two syllables, with the e-mail
        # the role glued to the name
        ("홍길동기자", ["홍길동"]),
        ("홍길동기자 gildong@example.co.kr", ["홍길동"]),
        ("= 홍길동기자", ["홍길동"]),
        ("정치부 홍길동기자", ["홍길동"]),
        ("김민수선임기자", ["김민수"]),
        ("남궁민수특파원", ["남궁민수"]),
        ("김민수·박지영기자", ["김민수", "박지영"]),
        ("김훈기자 (hoon@example.co.kr)", ["김훈"]),
        ("佐藤健一 記者", ["佐藤健一"]),
        ("王晓明 记者", ["王晓明"]),
        ("（记者 王磊）", ["王磊"]),  # a Chinese lead byline in brackets
        ("(本报记者 王磊、张三)", ["王磊", "张三"]),
    ],
)
def test_a_byline_with_the_role_after_the_name_is_read(line, authors):
    assert role_after_name(line) == ((authors, None), "")


@pytest.mark.parametrize(
    "line",
    [
        "김민수 기자는 이날 현장에서 주민들을 만났다.",  # prose that mentions the reporter
        "김민수 기자가 질문했다",
        "전직 기자",  # a kind of reporter: "former reporter"
        "사진 기자",  # "photo reporter"
        "취재 기자",
        "김훈 기자",  # two syllables and no e-mail: a name as often as a noun
        "정치부 기자",  # a desk's reporter
        "연합뉴스 기자",  # an outlet's
        "新华社 记者",
        "摄影 记者",
        "기자",
        "기자 회견",  # a press conference
        "(By Jane Doe)",  # only the scripts without capitals are read in brackets
        "（记者）",
        "Jane Doe 기자",
        # words that end with the role and name a kind of reporter, or an outlet's
        "신문기자",  # a newspaper reporter
        "방송기자",
        "사진기자",
        "신문사기자",
        "방송사 기자",
        "통신사기자 desk@example.co.kr",
        "정치부기자",
        "김훈기자",  # two syllables and no e-mail, as spaced
        "방송기자들",
        "그는 신문기자였다",
        "방송기자들이 현장에 몰려들었다.",
        "홍길동기자는 이날 현장에서 주민들을 만났다.",
        "홍길동기자회견",  # the role inside a longer word
        "길동이형기자",  # a surname and three syllables before the role: no name
    ],
)
def test_lines_that_mention_a_reporter_are_no_bylines(line):
    assert role_after_name(line) is None


@pytest.mark.parametrize(
    "lines",
    [
        [KO_HEADLINE, "김민수 기자 minsu@example.co.kr", KO_BODY, KO_BODY2],  # under the headline
        [KO_HEADLINE, KO_BODY, KO_BODY2, "김민수 기자 minsu@example.co.kr"],  # signing the article
        [KO_HEADLINE, KO_BODY, KO_BODY2, "= 김민수 기자"],
        [KO_HEADLINE, "김민수기자 minsu@example.co.kr", KO_BODY, KO_BODY2],  # glued
        [KO_HEADLINE, KO_BODY, KO_BODY2, "김민수기자"],
    ],
)
def test_a_korean_byline_is_the_articles_author_and_goes(lines):
    r = run("metadata", "\n\n".join(lines))
    assert r.metadata.authors == ["김민수"]
    assert "기자" not in r.text and KO_BODY in r.text and KO_BODY2 in r.text


_SYLLABLE = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)


# the role word again after the sentence: its first words are no desk before a name
@example(surname="김", given_name="가가", particle="는", rest=["기자"])
@given(
    surname=st.sampled_from(["김", "이", "박", "최", "정"]),
    given_name=st.text(_SYLLABLE, min_size=2, max_size=2),
    particle=st.sampled_from(["는", "가", "의", "와", "에게", "들이"]),
    rest=st.lists(st.text(_SYLLABLE, min_size=1, max_size=4), max_size=4),
)
def test_a_name_and_role_read_only_as_the_whole_line(surname, given_name, particle, rest):
    name = surname + given_name
    assume(not name.endswith(_patterns()["after_name"]["not_name_ends"]))  # a desk's or outlet's ("김방송")
    for space in (" ", ""):  # the role after a space or glued to the name
        assert role_after_name(f"{name}{space}기자") == (([name], None), "")
        # the role with a particle, or more words after it: a sentence about the reporter
        assert role_after_name(" ".join([f"{name}{space}기자{particle}", *rest])) is None
        assert not rest or role_after_name(" ".join([f"{name}{space}기자", *rest])) is None


def test_a_sentence_that_mentions_a_reporter_stays():
    line = "김민수 기자는 이날 현장에서 주민들을 만났다."
    r = run("metadata", "\n\n".join([KO_BODY, line, KO_BODY2]))
    assert r.metadata.authors == [] and line in r.text


def test_several_bylines_after_the_article_are_other_stories():
    r = run("metadata", "\n\n".join([KO_BODY, KO_BODY2, "김민수 기자", "박지영 기자"]))
    assert r.metadata.authors == [] and "김민수 기자" in r.text


def test_a_chinese_byline_in_brackets_signs_the_article():
    r = run("metadata", f"{ZH_BODY}\n\n（记者 王磊）")
    assert r.metadata.authors == ["王磊"] and not r.text.endswith("）")


def test_a_traditional_chinese_or_japanese_lead_is_read():
    assert parse_byline("記者 王小明") == (["王小明"], None)


@pytest.mark.parametrize(
    "line, published, updated",
    [
        ("입력 2022.03.29 17:38 수정 2022.03.29 18:05", "2022-03-29T17:38", "2022-03-29T18:05"),
        ("פורסם: 29.03.2022, 17:38", "2022-03-29T17:38", None),
        ("نشر في: 29 Mart 2022", "2022-03-29", None),
        ("Opublikowano: 29 marca 2022, 17:38", "2022-03-29T17:38", None),
        ("更新时间：2022年3月30日 09:00", None, "2022-03-30T09:00"),
    ],
)
def test_datelines_labelled_in_other_languages_in_the_body(line, published, updated):
    # after body prose, only a publishing word's label makes a labelled date the page's
    r = run("metadata", page(line))
    assert (r.metadata.published, r.metadata.updated) == (published, updated)


def test_a_date_labelled_with_other_words_in_the_body_stays():
    r = run("metadata", page("מועד הבחירות: 29.03.2022"))  # "election date": the article's fact
    assert r.metadata.published is None


@pytest.mark.parametrize(
    "url, published",
    [
        ("https://tuoitre.vn/gia-xang-giam.htm", "2022-03-04T17:38"),
        ("https://www.example.co.uk/news/x", "2022-03-04T17:38"),
        ("https://www.example.com/news/x", "2022-04-03T17:38"),  # no signal: as before
        (None, "2022-04-03T17:38"),
    ],
)
def test_a_country_domain_says_a_slashed_date_is_day_first(url, published):
    text = f"Giá xăng dầu đồng loạt giảm mạnh từ chiều nay\n\nThứ sáu, 4/3/2022, 17:38 (GMT+7)\n\n{BODY}\n\n{BODY2}"
    r = newsclean.Pipeline.from_names(["metadata"]).clean(text, url=url)
    assert r.metadata.published == published


@pytest.mark.parametrize("line", ["2018.04.05 ~ OPEN RUN", "2022年3月1日～3月5日 東京ドーム"])
def test_a_date_that_opens_a_period_is_no_dateline(line):
    # a show's run or an event's dates in the header, not the post's date
    r = run("metadata", f"Jeongdong Theater\n\nThe Palace: Tale of Jang Noksu reviews\n\n{line}\n\n{BODY}\n\n{BODY2}")
    assert r.metadata.published is None


PRINTED = "Ferry fares to double on the island route"
SUMMARY = "Islanders say the rise will cut them off from the hospital and the secondary school on the mainland."
SEARCH_TITLE = "Polwenna ferry fares double from May as operator blames fuel | Harbour Echo"


@pytest.mark.parametrize(
    "between",
    [[SUMMARY], [SUMMARY, "Transport"], ["Islands", SUMMARY]],
)
def test_a_headline_printed_again_under_its_standfirst_goes(between):
    # the <title> is worded otherwise: the page's own headline, over and under the standfirst,
    # with a kicker beside a copy that duplicates took for a refrain's
    text = "\n\n".join([SEARCH_TITLE, PRINTED, *between, PRINTED, BODY, BODY2])
    r = newsclean.clean(text)
    assert r.text.count(PRINTED) == 1
    assert SUMMARY in r.text and BODY in r.text


@pytest.mark.parametrize(
    "between, label",
    [
        ([SUMMARY, "Energy & utilities"], "Energy & utilities"),
        (["Politique", SUMMARY], "Politique"),
        ([SUMMARY, "Middle East"], "Middle East"),
        ([SUMMARY, "Wirtschaft und Finanzen"], "Wirtschaft und Finanzen"),
    ],
)
def test_a_section_label_between_the_headline_s_copies_goes(between, label):
    # the kicker in the header the two copies of the headline enclose
    r = run("metadata", "\n\n".join([SEARCH_TITLE, PRINTED, *between, PRINTED, BODY, BODY2]))
    assert label not in r.text.splitlines()
    assert SUMMARY in r.text and BODY in r.text


@pytest.mark.parametrize(
    "layout, line",
    [
        # no copy of the headline under the standfirst: nothing shows the line is the header's
        ([SEARCH_TITLE, PRINTED, SUMMARY, "Energy & utilities", BODY, BODY2], "Energy & utilities"),
        # the copy too far under the first
        ([SEARCH_TITLE, PRINTED, SUMMARY, "Transport", "Islands", "By Jane Doe", PRINTED, BODY, BODY2], "Transport"),
        # a line between the copies that is no section's name: lower case, a sentence's end
        ([SEARCH_TITLE, PRINTED, SUMMARY, "and then the ferry", PRINTED, BODY, BODY2], "and then the ferry"),
        ([SEARCH_TITLE, PRINTED, SUMMARY, "Not again.", PRINTED, BODY, BODY2], "Not again."),
        # a short subheading in the body
        ([SEARCH_TITLE, PRINTED, BODY, BODY2, "Energy & utilities", SUMMARY], "Energy & utilities"),
    ],
)
def test_a_short_line_outside_the_headline_s_copies_stays(layout, line):
    r = run("metadata", "\n\n".join(layout))
    assert line in r.text.splitlines()


@pytest.mark.parametrize(
    "layout",
    [
        # a verse under the title: lines between the copies, none of them prose
        [SEARCH_TITLE, "Row the boat to Polwenna", "the tide is turning grey", "Row the boat to Polwenna", "and bring the children home", BODY, BODY2],
        # the copy after the body began: a pull quote, the duplicates cleaner's to judge
        [SEARCH_TITLE, BODY, BODY2, "Ferry fares to double on the island route", SUMMARY, "Ferry fares to double on the island route", BODY],
        # the copy too far under the first
        [SEARCH_TITLE, PRINTED, SUMMARY, "Transport", "Islands", "By Jane Doe", PRINTED, BODY, BODY2],
    ],
)
def test_a_line_repeated_otherwise_is_not_a_headline_copy(layout):
    r = run("metadata", "\n\n".join(layout))
    assert not any(x.reason == "headline repeated under its standfirst" for x in r.removals)


# bullets, digits of several scripts and a superscript (a digit, not a decimal one), spaces
_MARKER_PIECES = ["*", "-", "+", "•", "–", "—", "1", "12", "2024", "٣", "²", ".", ")", " ", "\t", "a", "By", "#"]


@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=6).map("".join) | st.text(max_size=12))
def test_the_list_item_gate_changes_no_match(text):
    from newsclean.cleaners import metadata as md

    found, general = md._list_item(text), md._LIST_ITEM.match(text)
    assert (found and found.group()) == (general and general.group())


@pytest.mark.parametrize("line, item", [("* by", True), ("- Nov 18, 2019", True), ("12) Jane", True), ("٣. بقلم", True),
                                         ("2024. A year", False), ("*by*", False), ("By Jane", False), ("— Jane", False)])  # fmt: skip
def test_list_items_of_a_header(line, item):
    from newsclean.cleaners import metadata as md

    assert bool(md._list_item(line)) is item
