import pytest
from cleanerutil import BODY, BODY2, kept_line, page, removed

MENUS = [
    "News | Sport | Weather | Culture",
    "Accueil › Monde › Europe",
    "Startseite / Politik / Ausland / Europa",
    "Skip to main content",
    "Aller au contenu principal",
    "Vai al contenuto",
    "Saltar para o conteúdo",
    "[World](#) [Politics](#) [Business](#)",
]


@pytest.mark.parametrize("line", MENUS)
def test_menus_and_skip_links_are_dropped(line):
    assert removed("navigation", page(line)) == {line: "navigation"}


def test_breadcrumb_ending_with_the_headline_is_dropped():
    headline = "Council expands bus network after long debate"
    crumb = "Home Local News " + headline
    got = removed("navigation", "\n\n".join([crumb, headline, BODY, BODY2]))
    assert got == {crumb: "navigation"}


@pytest.mark.parametrize(
    "line",
    [
        "The routes run north | south, the map shows, and cost £2 each way.",
        "Home is where the heart is, the mayor said, quoting her mother.",
        "She read the [full report](#) before the vote and called it persuasive.",
    ],
)
def test_prose_with_separators_or_links_stays(line):
    assert kept_line("navigation", line)


@pytest.mark.parametrize(
    "table",
    [
        # html2text writes table rows without a leading pipe, the header over a rule
        ["Pos. | Driver | Points | Wins", "---|---|---|---", "1 | Kyle Busch | 5040 | 5", "2 | Martin Truex Jr. | 5035 | 7"],
        ["Club | Pld | Pts", "---|---|---", "Millbrook | 24 | 41", "Westport | 24 | 39"],
        ["Mannschaft | Spiele | Tore | Punkte", ":---|---:|---:|---:", "Bayern | 12 | 31:9 | 28"],
    ],
)
def test_a_markdown_table_is_not_a_menu(table):
    assert removed("navigation", page(*table)) == {}


@pytest.mark.parametrize(
    "table",
    [
        # a page's text writes a table without its rule: the header is short items, the rows figures
        ["Metric | Q1 2027 | Q1 2026 | Change", "Net sales | 2,418 | 2,301 | +5.1%", "Net income | 224 | 197 | +13.7%"],
        ["Candidate | Party | Votes | Share", "Ana Ruiz | PSC | 12,409 | 41.2%", "Joan Puig | ERC | 9,977 | 33.1%"],
        ["Mannschaft · Spiele · Punkte", "Bayern · 12 · 28", "Leverkusen · 12 · 26"],
    ],
)
def test_a_tables_header_over_its_rows_of_figures_is_not_a_menu(table):
    assert removed("navigation", page(*table)) == {}


@pytest.mark.parametrize(
    "table",
    [
        # a market table: each change with its percentage in brackets, the last row's with a unit
        ["Index | Close | Change", "KOSPI | 2,874.31 | +31.84 (+1.12%)", "Nikkei 225 | 38,410.20 | -120.55 (-0.31%)",
         "Dollar | 1,452.30 | -4.10 won"],
        ["Index · Schluss · Veränderung", "DAX · 19.210,44 · +85,20 (+0,45%)", "MDax · 26.113,02 · -40,31 (-0,15%)",
         "Euro in Dollar · 1,0512 · +0,3 Cent"],
        ["Mercado | Cierre | Variación", "Ibex 35 | 11.842,1 | +0,8 (+0,01%)", "Euro Stoxx 50 | 4.901,7 | +12,4 (+0,25%)",
         "Brent | 73,12 | +0,41 dólares"],
    ],
)
def test_a_market_tables_rows_with_bracketed_changes_are_not_a_menu(table):
    # a cell "+31.84 (+1.12%)" was no figure, and the rows were menus of short items
    assert removed("navigation", page(*table)) == {}


@pytest.mark.parametrize(
    "after",
    [
        "Home | Markets | World | Opinion",  # no figure: a menu under the table
        "Markets | Top 10 | Video | World",  # more cells than the table's rows
    ],
)
def test_a_menu_under_a_tables_rows_is_still_a_menu(after):
    rows = ["KOSPI | 2,874.31 | +31.84 (+1.12%)", "Nikkei 225 | 38,410.20 | -120.55 (-0.31%)"]
    assert after in removed("navigation", page(*rows, after))


@pytest.mark.parametrize(
    "after",
    [
        "Arsenal 2 | Chelsea 1 | Spurs 0",  # cells that are no figures alone: a ticker
        "12 | 3",  # fewer cells than the menu's
        "Council approves the new stadium plans after a long debate",
    ],
)
def test_a_menu_over_other_lines_is_still_a_menu(after):
    menu = "News | Sport | Weather | Culture"
    assert menu in removed("navigation", page(menu, after))


def test_a_menu_with_one_number_is_still_a_menu():
    line = "News | Sport | Top 10 | Video"
    assert removed("navigation", page(line)) == {line: "navigation"}


@pytest.mark.parametrize("line", ["Food 8/10 | Atmosphere 7/10 | Service 9/10", "Plot 4/5 · Acting 5/5 · Music 3/5"])
def test_a_reviews_scores_are_not_a_menu(line):
    assert removed("navigation", page(line)) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Tempo: 30 minutos | Dificuldade: fácil | Doses: 4",
        "Prep time: 15 mins · Cook time: 40 mins · Serves: 6",
        "Wann: Samstag, 19 Uhr | Wo: Stadthalle | Eintritt: frei",
    ],
)
def test_a_line_of_facts_is_not_a_menu(line):
    # menus hold labels; a recipe's or an event's fact line holds "Label: value" items
    assert removed("navigation", page(line)) == {}


@pytest.mark.parametrize(
    "line", ["October 12, 2018 / 0 Comments / in Promotion / by jdadmin", "November 19, 2019 / 12:21 AM / Updated 14 hours ago"]
)
def test_a_dateline_of_short_items_is_not_a_menu(line):
    # left for `metadata`, which claims its date
    assert removed("navigation", page(line)) == {}


def test_a_byline_of_links_is_left_to_metadata():
    # the author's name and own handle, each a link: a byline, which `metadata` claims
    assert removed("navigation", page("[Natasha Turak](#)[@NatashaTurak](#)")) == {}
    assert removed("navigation", page("[Home](#) [@nytimes](#)")) == {"[Home](#) [@nytimes](#)": "navigation"}


def test_a_menu_led_by_one_label_is_still_a_menu():
    line = "Sections: News | Sport | Business | Culture"
    assert removed("navigation", page(line)) == {line: "navigation"}


SKIP_LINKS_BY_LANGUAGE = {
    "nl": ["Naar hoofdinhoud", "Ga naar de inhoud", "Zoeken"],
    "it": ["Salta al contenuto principale", "Vai al menu", "Menu principale"],
    "pt": ["Pular para o conteúdo", "Alternar navegação", "Pesquisar"],
}
PROSE_BY_LANGUAGE = {
    "nl": ["Naar de inhoud van het akkoord is nog veel onduidelijk, zei de minister.",
           "Zoeken naar vermiste wandelaars duurde de hele nacht.",
           "Sluiten van de scholen is geen optie, aldus de premier."],
    "it": ["Cerca di capire, ha detto il giudice al testimone.",
           "Vai al contenuto del decreto, ha chiesto il presidente.",
           "Chiudi la porta, gridò la madre."],
    "pt": ["Pesquisar antes de comprar é essencial, diz a associação.",
           "Fechar as escolas não é opção, afirmou o ministro.",
           "Pular para o conteúdo do relatório foi a escolha dos deputados."],
}


@pytest.mark.parametrize(
    "line", [pytest.param(x, id=f"{lang}-{i}") for lang, xs in SKIP_LINKS_BY_LANGUAGE.items() for i, x in enumerate(xs)]
)
def test_dutch_italian_and_portuguese_skip_links_are_dropped(line):
    assert removed("navigation", page(line)) == {line: "navigation"}


@pytest.mark.parametrize(
    "line", [pytest.param(x, id=f"{lang}-{i}") for lang, xs in PROSE_BY_LANGUAGE.items() for i, x in enumerate(xs)]
)
def test_dutch_italian_and_portuguese_prose_opening_with_skip_words_stays(line):
    assert kept_line("navigation", line)


@pytest.mark.parametrize("crumb", ["Voorpagina Nieuws", "Notizie Cronaca", "Início Notícias"])
def test_section_words_before_the_headline_are_a_breadcrumb(crumb):
    headline = "Gemeente verbiedt nieuwe hotels in de binnenstad"
    line = f"{crumb.lower()} {headline}"  # lower case: only the section word list knows them
    assert removed("navigation", "\n\n".join([line, headline, BODY, BODY2])) == {line: "navigation"}


# A travel or venue piece's practical section gives opening hours in short items between dashes
# or dots, like a menu; but a menu holds no time of day.
OPENING_HOURS = [
    "Mon – Fri 9am – 5pm",
    "Open daily 10:00 – 18:00 | Closed Mondays",
    "Tue – Sun · 10am – 6pm",
    "Monday to Saturday – 9am to 6pm – free entry",
    "Opening hours: Mon – Fri 9.30am – 5pm, Sat 10am – 4pm",
    "Lundi – vendredi 9h – 18h30",
    "Mo – Fr 9 – 18 Uhr",
    "Ma – vr 9 – 17 u",
    "Seg – sex · 9h – 18h",
]


@pytest.mark.parametrize("line", OPENING_HOURS)
def test_opening_hours_in_an_article_are_not_a_menu(line):
    assert removed("navigation", page(line)) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Home | Live | 24 Hours | Podcasts",
        "Radio 4 | 5 Live | 6 Music | Podcasts",
        "News | Sport | Weather | Live 10:00",
        "Mon | Tue | Wed | Thu | Fri",
        "Shop | Sale | 2 for 1 | Gifts",
    ],
)
def test_a_menu_with_figures_but_no_opening_hours_is_still_a_menu(line):
    assert removed("navigation", page(line)) == {line: "navigation"}


@pytest.mark.parametrize(
    "line",
    [
        "ホーム\u3000ニュース\u3000経済\u3000スポーツ\u3000エンタメ",
        "首页\u3000新闻\u3000财经\u3000体育\u3000娱乐",
        "首頁\u3000政治\u3000國際\u3000財經",
        "政治\u3000\u3000経済\u3000\u3000国際\u3000\u3000社会",  # doubled spaces between items
    ],
)
def test_a_cjk_menu_between_full_width_spaces_is_dropped(line):
    assert removed("navigation", page(line)) == {line: "navigation"}


@pytest.mark.parametrize(
    "line",
    [
        "東京都、来年度予算案を発表\u3000過去最大の規模に",  # a headline's two clauses
        "速報\u3000震度５弱\u3000けが人なし\u3000交通に乱れ",  # a figure: a headline, not a menu
        "北京发布消费券\u3000总额五亿元\u3000下月发放",  # three clauses: too few and too long for a menu
        "知事は「子育て\u3000防災\u3000教育\u3000福祉」を重点に挙げた。",  # a sentence
        "ホーム ニュース 経済 スポーツ",  # ASCII spaces: a run of words, left to the other rules
    ],
)
def test_cjk_lines_with_full_width_spaces_that_are_no_menu_stay(line):
    assert kept_line("navigation", line)
