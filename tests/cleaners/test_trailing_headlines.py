import pytest
from cleanerutil import BODY, BODY2, run

import newsclean

HEADLINES = [
    "Storm warning issued for coastal towns",
    "Pop star announces surprise world tour",
    "Football club sacks manager after defeat",
    "Scientists discover new species of frog",
]


@pytest.mark.parametrize(
    "marker", ["Most read", "Les plus lus", "Meistgelesen", "Lo más leído", "More from Example News", "Trending News"]
)
def test_headlines_after_a_marker_are_dropped(marker):
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, marker, *HEADLINES]))
    assert r.text == f"{BODY}\n\n{BODY2}"
    assert {x.kind.value for x in r.removals} == {"trailing"}


@pytest.mark.parametrize(
    "marker",
    ["More from Sport", "More in Business", "Mehr aus Politik", "Más de Deportes", "Meer nieuws uit Utrecht", "Next Up In Tech"],
)
def test_a_lead_phrase_and_a_section_name_is_a_marker(marker):
    # no separator after the lead phrase: the section's name follows it (one item only, too
    # few for the unmarked-run rule)
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, marker, HEADLINES[0]]))
    assert r.text == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize(
    "line",
    ["More from the council's own report, published on Monday.", "Plus de 200 personnes", "Next up in the trial, the defence"],
)
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


# An inline box inside the article: the marker and its one headline are a paragraph of their own,
# then the article goes on with a subheading and its list, then prose again.
INLINE_BOX_PAGES = {
    "en": (
        [
            "The county has spent three years rebuilding its flood defences along the river, and the work is now finished.",
            "Engineers raised the banks by half a metre over four miles and replaced two of the old sluice gates.",
            "Residents who were flooded twice in a decade say they finally sleep through heavy rain without worrying.",
            "The council says the scheme came in under budget, which it puts down to a mild winter and local contractors.",
            "Insurers have already begun to lower premiums for the streets closest to the water, a spokesman said.",
        ],
        ["Related stories", "Rail fares to rise by five percent in March"],
        ["What the scheme includes", "Higher earth banks", "Two new sluice gates", "A pumping station at the weir"],
        [
            "The final inspection is due next month, after which the banks will be handed over to the agency.",
            "A public walk along the new path is planned for the spring, the council said.",
        ],
    ),
    "de": (
        [
            "Die Stadt hat in den vergangenen drei Jahren die Brücke über den Kanal saniert, und die Arbeiten sind nun beendet.",
            "Die Ingenieure haben die Pfeiler verstärkt und den gesamten Belag der Fahrbahn auf der Brücke erneuert.",
            "Anwohner, die lange Umwege fahren mussten, sind froh, dass der Verkehr wieder über die Brücke rollt.",
            "Nach Angaben der Verwaltung blieb das Projekt im Rahmen der Kosten, die der Rat im Jahr zuvor bewilligt hatte.",
            "Auch die Busse der städtischen Linien fahren seit Montag wieder auf ihrer gewohnten Strecke durch die Stadt.",
        ],
        ["Mehr zum Thema", "Neue Radwege für die Innenstadt geplant"],
        ["Was erneuert wurde", "Verstärkte Pfeiler", "Neuer Fahrbahnbelag", "Breitere Gehwege an beiden Seiten"],
        [
            "Die letzte Prüfung der Brücke ist für den kommenden Monat vorgesehen, danach endet die Gewährleistung.",
            "Ein kleines Fest auf der Brücke ist für das Frühjahr geplant, teilte die Stadt mit.",
        ],
    ),
    "fr": (
        [
            "La commune a consacré trois ans à la rénovation de la médiathèque, qui rouvre ses portes ce samedi matin.",
            "Les architectes ont agrandi la salle de lecture et ajouté un espace réservé aux enfants sous la verrière.",
            "Les habitants, privés de prêts pendant les travaux, se réjouissent de retrouver leurs rayons habituels.",
            "Selon la mairie, le chantier a respecté le budget voté par le conseil municipal au début du projet.",
            "Les horaires d'ouverture seront élargis le mercredi et le samedi pour accueillir davantage de familles.",
        ],
        ["À lire également", "Le marché de Noël s'installe place de la Mairie"],
        ["Ce qui change", "Une salle de lecture agrandie", "Un espace pour les enfants", "Des postes informatiques en libre accès"],
        [
            "Une visite guidée du nouveau bâtiment sera proposée chaque premier samedi du mois, précise la mairie.",
            "Les inscriptions restent gratuites pour les habitants de la commune et des villages voisins.",
        ],
    ),
}


def _inline_box_page(lang: str, box: list[str] | None = None, own: list[str] | None = None, after: list[str] | None = None) -> str:
    before, box0, own0, after0 = INLINE_BOX_PAGES[lang]
    paragraphs = [*before, "\n".join(box or box0), "\n".join(own or own0), *(after0 if after is None else after)]
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("lang", INLINE_BOX_PAGES)
def test_the_articles_own_list_after_an_inline_box_stays(lang):
    # the box is a closed paragraph; the subheading and list after it are the article's
    r = run("trailing_headlines", _inline_box_page(lang))
    assert {x.text for x in r.removals} == set(INLINE_BOX_PAGES[lang][1])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_marker_alone_in_its_paragraph_still_opens_the_list(lang):
    # marker and headlines in separate paragraphs: nothing closes the box, the lines go as before
    _before, (marker, headline), own, _after = INLINE_BOX_PAGES[lang]
    text = _inline_box_page(lang).replace(f"{marker}\n{headline}", f"{marker}\n\n{headline}")
    gone = {x.text for x in run("trailing_headlines", text).removals}
    assert gone == {marker, headline, *own[:-1]}  # the last line before the prose: an entry's heading


def test_more_lines_with_a_sentence_after_an_inline_box_are_items():
    # a teaser sentence among the lines after the box: they are the box's teasers, not the article's
    own = ["Storm warning issued for coastal towns", "Forecasters expect gusts of up to seventy miles an hour.", "Pop star announces surprise tour"]
    gone = {x.text for x in run("trailing_headlines", _inline_box_page("en", own=own)).removals}
    assert set(own[:2]) <= gone


def test_a_second_marker_after_an_inline_box_is_another_list():
    own = ["Most read", "Storm warning issued for coastal towns", "Pop star announces surprise tour"]
    gone = {x.text for x in run("trailing_headlines", _inline_box_page("en", own=own)).removals}
    assert set(own[:2]) <= gone


def test_an_inline_box_with_no_prose_after_it_is_a_trailing_list():
    # headline-like lines to the end: the box and the lines after it are the list of other stories
    box = INLINE_BOX_PAGES["fr"][1]
    own = ["Les plus lus", "La ville vote son budget", "Un nouveau parc au bord du lac"]
    gone = {x.text for x in run("trailing_headlines", _inline_box_page("fr", own=own, after=[])).removals}
    assert gone == {*box, *own}


# -- an article's sign-off: a name, with its place or role, is no headline -----------------

SIGN_OFFS = [
    "Margaret Hollis\nBishop's Stortford, Hertfordshire",  # a reader's letter
    "— Anna Becker",  # a column, signed with a dash
    "Jan de Vries, Utrecht",  # the place after the name, a particle inside it
    "Marie-Claire Dupont\nProfesseure d'histoire, Université de Lyon",  # an op-ed's author and role
]


@pytest.mark.parametrize("sign_off", SIGN_OFFS)
def test_a_sign_off_after_the_article_stays_and_the_headlines_after_it_go(sign_off):
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, sign_off, *HEADLINES]))
    assert {x.text for x in r.removals} == set(HEADLINES)


def test_a_sign_off_of_three_lines_at_the_very_end_stays():
    sign_off = "Dr Helen Price\nConsultant cardiologist, St Mary's Hospital\nLondon"
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, sign_off]))
    assert r.removals == []


NOT_SIGN_OFFS = [
    "Leave Comments",  # a name's shape, but no dash and no comma: a page's prompt
    "Tags: Leeds Crown Court, Fraud",  # a label and its values
    "Weitere Beiträge zum Thema",  # "zum" is no name's particle
    "Anna Becker\nBerlin, Deutschland\nHamburg, Deutschland\nMünchen, Bayern",  # four lines: a list
]


@pytest.mark.parametrize("first", NOT_SIGN_OFFS)
def test_short_lines_that_are_no_sign_off_go_with_the_headlines(first):
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, first, *HEADLINES]))
    assert r.text == f"{BODY}\n\n{BODY2}"


def test_a_name_after_a_line_that_is_no_sentence_is_no_sign_off():
    # the article's last line is a heading, not a sentence: the name under it is an item
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, "Our picks", "Jan de Vries, Utrecht", *HEADLINES]))
    assert "Jan de Vries" not in r.text


def test_closing_paragraphs_of_scripts_without_spaces_are_no_headlines():
    # Chinese paragraphs end with "。", Thai ones with no stop at all, and each is a few "words"
    # long: a run of "headlines" climbed back from the list of other stories into the article
    opening = {
        "zh": "据统计，今年前两个月，全市规模以上工业增加值同比增长7.5%，社会消费品零售总额增长6.7%，固定资产投资增长12.2%，"
              "进出口总额增长13.3%，城镇调查失业率为5.5%，居民消费价格上涨0.9%，新能源汽车产量增长1.5倍，集成电路产量增长4.1%。",
        "th": "ตามสถิติในสองเดือนแรกของปีนี้ ผลผลิตภาคอุตสาหกรรม 7.5% ยอดค้าปลีก 6.7% การลงทุน 12.2% การส่งออก 13.3% "
              "อัตราการว่างงาน 5.5% ราคาผู้บริโภค 0.9% รถยนต์ไฟฟ้า 1.5 เท่า วงจรรวม 4.1% ท่าเรือ 3.2% สนามบิน 8.8% รถไฟ 2.1% โรงไฟฟ้า 6.6%",
    }
    closing = {
        "zh": ["市政府周二宣布，新的地铁线路将于明年春季通车，预计每天可运送乘客二十万人次。",
               "交通部门表示，通车后沿线居民的通勤时间将平均缩短二十分钟。",
               "一些居民担心施工期间的噪音问题，但多数人对新线路表示欢迎。",
               "市长在发布会上说，这条线路是城市发展的重要一步。"],
        "th": ["กระทรวงคมนาคมประกาศเมื่อวันอังคารว่ารถไฟฟ้าสายใหม่จะเปิดให้บริการในฤดูใบไม้ผลิปีหน้าและคาดว่าจะรองรับผู้โดยสารได้วันละสองแสนคน",
               "เจ้าหน้าที่กล่าวว่าเมื่อเปิดให้บริการแล้วผู้ที่อาศัยอยู่ตามแนวเส้นทางจะใช้เวลาเดินทางสั้นลงเฉลี่ยยี่สิบนาทีต่อวัน",
               "ชาวบ้านบางส่วนกังวลเรื่องเสียงดังระหว่างการก่อสร้างแต่คนส่วนใหญ่ต่างยินดีกับเส้นทางใหม่นี้และหวังว่าจะเสร็จตามกำหนด",
               "ผู้ว่าราชการกล่าวในงานแถลงข่าวว่าเส้นทางนี้เป็นก้าวสำคัญของการพัฒนาเมืองและจะช่วยลดปัญหาการจราจรในใจกลางเมือง"],
    }
    others = {"zh": ["国务院部署春耕生产工作", "气象台发布今年首个干旱预警", "云南农民打井取水抗旱", "专家解读拉尼娜现象"],
              "th": ["นายกฯ ลงพื้นที่ภาคเหนือ", "ราคาทองคำวันนี้ปรับขึ้น", "ทีมชาติไทยชนะนัดแรก", "กรมอุตุฯ เตือนพายุฤดูร้อน"]}
    for lang in ("zh", "th"):
        article = "\n\n".join([opening[lang], *closing[lang]])
        r = run("trailing_headlines", "\n\n".join([article, *others[lang]]))
        assert r.text.startswith(article), lang


@pytest.mark.parametrize(
    "marker",
    [
        "Самое читаемое",
        "Новости по теме",
        "Найпопулярніше",
        "Najczęściej czytane",
        "Çok Okunanlar",
        "Tin cùng chuyên mục",
        "الأكثر قراءة",
        "أخبار ذات صلة",
        "הכי נקראים",
        "Τα πιο δημοφιλή",
        "सबसे ज्यादा पढ़ी गई",
        "相关新闻",
        "相關新聞：",
        "アクセスランキング",
        "よく読まれている記事",
        "많이 본 뉴스",
        "ข่าวล่าสุด",
    ],
)
def test_markers_in_other_languages_open_the_list(marker):
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, marker, *HEADLINES]))
    assert r.text == f"{BODY}\n\n{BODY2}"


ZH_BODY = [
    "今年入春以来，长江中下游地区降水较常年同期偏少三成以上，湖北、湖南、江西等省份的部分水库蓄水量明显下降，多地已相继启动抗旱四级应急响应。",
    "据省水利厅介绍，截至3月28日，全省大中型水库蓄水总量比去年同期减少约12亿立方米，其中鄂北地区旱情最为突出。",
]


def test_a_marker_after_an_article_in_a_script_without_spaces_opens_the_list():
    # its paragraphs are a word or two between spaces: their length says they are prose
    items = ["国务院常务会议部署春耕生产工作", "中央气象台发布今年首个干旱预警", "云南连续三年遭遇春旱 农民打井取水"]
    r = run("trailing_headlines", "\n\n".join([*ZH_BODY, "相关新闻", *items]))
    assert r.text == "\n\n".join(ZH_BODY)


def test_a_marker_word_in_a_chinese_paragraph_stays():
    line = "相关新闻显示，当地政府已组织调配抽水设备两千余台套，并从丹江口水库向下游应急补水。"
    r = run("trailing_headlines", "\n\n".join([*ZH_BODY, line]))
    assert r.removals == []


def test_one_character_of_a_script_without_spaces_does_not_make_a_headline_a_paragraph():
    from newsclean.cleaners.trailing_headlines import _is_headline_like
    from newsclean.segment import segment

    (block,) = segment("Tokyo (東京) governor wins a third term after a record turnout in the city")
    assert _is_headline_like(block, max_words=20)


@pytest.mark.parametrize(
    "marker",
    ["In this section", "Dans la même rubrique", "El més llegit", "Najčítanejšie", "Nejčtenější", "Najčitanije",
     "Legolvasottabb", "Dènye nouvèl", "Fleiri tíðindi", "Las pli legidas"],
)
def test_markers_of_more_languages_open_a_trailing_list(marker):
    r = run("trailing_headlines", "\n\n".join([BODY, BODY2, marker, *HEADLINES[:2]]))
    assert r.text == f"{BODY}\n\n{BODY2}"
    assert r.removals[0].reason == "marker of a list of other stories"


@pytest.mark.parametrize(
    "line",
    ["El més llegit dels llibres de l'any va ser una novel·la de Sant Jordi.", "Dans la même rubrique, le journal a publié trois enquêtes."],
)
def test_closing_prose_that_opens_with_marker_words_of_more_languages_stays(line):
    assert run("trailing_headlines", "\n\n".join([BODY, BODY2, line])).removals == []
