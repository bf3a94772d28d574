"""The ``boilerplate`` cleaner on pages in short paragraphs and in scripts other than Latin (the
classes the far probe set's lost lines showed)."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Kind
from newsclean.cleaners import boilerplate as bp
from newsclean.document import Block, label_of


def gone_lines(text: str) -> set[str]:
    """The lines the default pipeline removed whole."""
    return {r.text.strip() for r in newsclean.Pipeline.default().clean_text(text).removals}


def analysed(texts: list[str], dropped: dict[int, Kind] | None = None) -> bp.Analysis:
    """The boilerplate analysis of one block a text, with the drops of the cleaners before."""
    return bp.analyse([Block(i, 0, 1, text) for i, text in enumerate(texts)], dropped=dropped or {})


# -- an inline promo between short paragraphs, in a text page -----------------------------------

# (menu, headline and article before the promo, the promo, article after it, footer): every
# paragraph above the promo is shorter than a line of prose on its own, so no line there is
# prose before context
SHORT_PARAGRAPH_PAGES = {
    "en": (
        ["Home", "City", "Health", "Sport", "Video", "Weather"],
        [
            "Flu cases double in a week as clinics open late",
            "Flu cases in the city doubled in a week, the health department said on Friday.",
            "Clinics have added evening hours until the end of the month.",
            "Who should get a flu shot",
            "Adults over 65",
            "Pregnant women",
            "Children under five",
            "Doctors say the vaccine takes two weeks to work, so now is the time to get it.",
        ],
        "Also read: Hospital parking fees to rise from January at three sites",
        [
            "Pharmacies in every district offer the shot free of charge to those who qualify, and "
            "the department said it had ordered forty thousand more doses after the first batch ran "
            "out in two days at the busiest clinics in the north of the city.",
            "The department will publish new figures next Friday.",
        ],
        ["About us", "Contact", "Privacy", "Terms", "© 2026 City Daily. All rights reserved."],
    ),
    "hi": (
        ["होम", "देश", "शहर", "खेल", "वीडियो", "मौसम"],
        [
            "एक हफ्ते में फ्लू के मामले दोगुने, क्लिनिक देर तक खुले",
            "शहर में एक हफ्ते में फ्लू के मामले दोगुने हो गए, स्वास्थ्य विभाग ने शुक्रवार को बताया।",
            "क्लिनिक महीने के अंत तक शाम को भी खुले रहेंगे।",
            "किसे टीका लगवाना चाहिए",
            "65 साल से ऊपर के लोग",
            "गर्भवती महिलाएं",
            "पांच साल से छोटे बच्चे",
            "डॉक्टरों के मुताबिक टीका दो हफ्ते में असर करता है, इसलिए अभी लगवाना सही है।",
        ],
        "यह भी पढ़ें: तीन अस्पतालों में जनवरी से पार्किंग शुल्क बढ़ेगा",
        [
            "हर जिले की फार्मेसी में पात्र लोगों को टीका मुफ्त लगाया जा रहा है और विभाग ने बताया कि "
            "शहर के उत्तरी हिस्से के व्यस्त क्लिनिकों में पहली खेप दो दिन में खत्म होने के बाद चालीस हजार "
            "और खुराकें मंगाई गई हैं।",
            "विभाग अगले शुक्रवार को नए आंकड़े जारी करेगा।",
        ],
        ["हमारे बारे में", "संपर्क करें", "गोपनीयता नीति", "नियम और शर्तें", "© 2026 नगर समाचार"],
    ),
    "ar": (
        ["الرئيسية", "محليات", "صحة", "رياضة", "فيديو", "طقس"],
        [
            "تضاعف حالات الإنفلونزا في أسبوع والعيادات تمدد ساعاتها",
            "تضاعفت حالات الإنفلونزا في المدينة خلال أسبوع، بحسب ما أعلنته إدارة الصحة يوم الجمعة.",
            "ومددت العيادات ساعات عملها مساءً حتى نهاية الشهر.",
            "من يحتاج إلى اللقاح",
            "كبار السن فوق 65 عاماً",
            "الحوامل",
            "الأطفال دون الخامسة",
            "ويقول الأطباء إن اللقاح يحتاج أسبوعين ليعمل، لذلك فالوقت مناسب الآن.",
        ],
        "اقرأ أيضا: رفع رسوم مواقف السيارات في ثلاثة مستشفيات اعتباراً من يناير",
        [
            "وتقدم الصيدليات في كل الأحياء اللقاح مجاناً لمن تنطبق عليهم الشروط، وقالت الإدارة إنها "
            "طلبت أربعين ألف جرعة إضافية بعد نفاد الدفعة الأولى خلال يومين في أكثر العيادات ازدحاماً "
            "في شمال المدينة.",
            "وستنشر الإدارة أرقاماً جديدة يوم الجمعة المقبل.",
        ],
        ["من نحن", "اتصل بنا", "سياسة الخصوصية", "الشروط والأحكام", "© 2026 أخبار المدينة"],
    ),
}


@pytest.mark.parametrize("lang", SHORT_PARAGRAPH_PAGES)
def test_an_inline_promo_between_short_paragraphs_keeps_those_above_it(lang):
    # the promo was a decided furniture line, and with no prose line above it every short and
    # near line up to the menu was furniture between furniture
    menu, before, promo, after, footer = SHORT_PARAGRAPH_PAGES[lang]
    gone = gone_lines("\n\n".join([*menu, *before, promo, *after, *footer]))
    assert [line for line in before[1:] + after if line in gone] == []
    assert promo in gone and footer[-1] in gone


def _promo_lines(texts: list[str]) -> list[bp.Line]:
    found = [bp._features(Block(i, 0, 1, t)) for i, t in enumerate(texts)]
    assert all(line is not None for line in found)
    return found  # type: ignore[return-value]


PROMO = "Also read: Hospital parking fees to rise from January at three sites"


@pytest.mark.parametrize(
    ("texts", "dropped", "asides"),
    [  # one promo line, and one beside an advert label, between lines of the article
     (["Clinics open late.", PROMO, "Pharmacies offer it free."], {1: Kind.PROMO}, [1]),
     (["Clinics open late.", PROMO, "Advertisement", "Children under five"], {1: Kind.PROMO, 2: Kind.PROMO}, [1, 2]),
     # three promo lines are a box
     (["Clinics open late.", PROMO, PROMO + " now", "Advertisement", "More."], {1: Kind.PROMO, 2: Kind.PROMO, 3: Kind.PROMO}, []),
     # a caption another cleaner dropped beside it, or the page's edge
     (["Clinics open late.", PROMO, "Photo: Jane Doe"], {1: Kind.PROMO, 2: Kind.CAPTION}, []),
     ([PROMO, "Pharmacies offer it free."], {0: Kind.PROMO}, []),
     # a promo of short lines only weighs as a short line already; a link line is markdown's
     (["Clinics open late.", "Advertisement", "More."], {1: Kind.PROMO}, []),
     (["Clinics open late.", f"Also read: [{PROMO[11:]}](#) [more](#)", "More."], {1: Kind.PROMO}, [])],
)
def test_promo_asides_are_short_runs_of_dropped_promos_between_article_lines(texts, dropped, asides):
    lines = _promo_lines(texts)
    for line in lines:
        line.label, line.rule = bp._classify(line, None, bp.Settings())
    at = [i for i in range(len(texts)) if dropped.get(i) is Kind.PROMO]
    assert bp._promo_asides(lines, at, dropped) == asides


# -- content words of scripts with vowel signs ---------------------------------------------------


@pytest.mark.parametrize(
    "word",
    ["मामले", "फार्मेसी", "ভোরে", "হাসপাতালে", "நடிப்பு", "ஒளிப்பதிவு", "ನಗರದಲ್ಲಿ", "council", "קהילה", "مستشفى"],
)
def test_a_word_with_vowel_signs_is_a_content_word(word):
    # str.isalpha says no to a word holding a vowel sign (a mark, not a letter)
    assert bp._content_words([word], None) == {word[:-1] if word.endswith("s") else word}


@pytest.mark.parametrize("word", ["19वें", "२०२६", "২০২৬", "2026", "covid19", "a_b_c_d", "१२वीं"])
def test_a_word_with_a_digit_is_no_content_word(word):
    assert bp._content_words([word], None) == set()


# -- a listicle whose numbered entries give facts before their paragraph -------------------------

LISTICLES = {
    "en": (
        "Five new places to eat in Leeds this winter, from ramen to a wood-fired grill.",
        ["{n}. {name}", "Address: {street}", "Open: Tue to Sun, noon to 10pm", "Price: mains from £12"],
        [("Kōya Ramen", "14 Call Lane", "The broth simmers for eighteen hours and it shows. Go for the spicy miso."),
         ("Ember", "2 Dock Street", "Everything on the menu touches the fire, even the dessert. Book ahead."),
         ("Little Lisbon", "33 Kirkgate", "Custard tarts come out of the oven every hour until they run out."),
         ("Salt House", "8 Briggate", "A short menu of fish from Whitby, cooked simply and served quickly."),
         ("Nonna Rita", "61 Harrogate Road", "The pasta is rolled in the window, so you can watch it being made.")],
        ["All five take bookings online, and most of them keep a few tables back for walk-ins on weekday evenings and at lunch.",
         "Prices were checked in November and may well change over the winter months, so it is worth calling ahead before you go.",
         "Have we missed a new favourite of yours? Write to us and tell us where we should be eating next, and we will go and try it."],
    ),
    "de": (
        "Fünf neue Adressen zum Essen in Leipzig, vom Ramen bis zum Holzkohlegrill.",
        ["{n}. {name}", "Adresse: {street}", "Geöffnet: Di bis So, 12 bis 22 Uhr", "Preis: Hauptgerichte ab 12 Euro"],
        [("Kōya Ramen", "Karl-Liebknecht-Straße 14", "Die Brühe köchelt achtzehn Stunden, und das schmeckt man auch."),
         ("Glut", "Gottschedstraße 2", "Alles auf der Karte kommt über das Feuer, sogar das Dessert."),
         ("Klein Lissabon", "Markt 33", "Die Puddingtörtchen kommen jede Stunde frisch aus dem Ofen."),
         ("Salzhaus", "Brühl 8", "Eine kurze Karte mit Fisch von der Ostsee, schlicht und schnell serviert."),
         ("Nonna Rita", "Südplatz 61", "Die Pasta wird im Fenster ausgerollt, man kann dabei zusehen.")],
        ["Alle fünf nehmen Reservierungen online an, und die meisten halten abends und mittags noch ein paar Tische für Laufkundschaft frei.",
         "Die Preise haben wir im November geprüft; sie können sich im Winter noch ändern, also lieber anrufen.",
         "Haben wir Ihr neues Lieblingslokal vergessen? Schreiben Sie uns, wo wir als Nächstes essen sollen."],
    ),
}


def _listicle(lang: str) -> tuple[list[str], list[str]]:
    """The lines of a listicle page (menu, article, footer) and the article's lines."""
    intro, entry, places, closing = LISTICLES[lang]
    article = [intro]
    for n, (name, street, paragraph) in enumerate(places, 1):
        article += [line.format(n=n, name=name, street=street) for line in entry] + [paragraph]
        if n in (2, 4):
            article.insert(-1, "Advertisement")  # an advert label the promos cleaner drops
    article += closing
    footer = ["About us", "Contact", "Careers", "Privacy", "© 2026 City Guide Ltd. All rights reserved."]
    menu = ["Home", "News", "Food", "Drink", "Travel", "What's on", "Sam Patel", "Nov 20, 2026, 10:00 AM"]
    return [*menu, *article, *footer], [line for line in article if line != "Advertisement"]


@pytest.mark.parametrize("lang", LISTICLES)
def test_a_listicles_entries_with_their_facts_stay(lang):
    # each entry's paragraph is short and its facts stood between it and the next heading: no
    # run of short paragraphs formed, and the whole listicle went as lines between furniture
    page, article = _listicle(lang)
    gone = gone_lines("\n\n".join(page))
    assert [line for line in article if line in gone] == []
    assert "About us" in gone


def test_facts_under_a_numbered_heading_weigh_nothing():
    page, _ = _listicle("en")
    found = analysed(page, {i: Kind.PROMO for i, line in enumerate(page) if line == "Advertisement"})
    facts = [line for line in found.lines if line.block.label in ("address", "open", "price")]
    assert facts and all(line.stamp for line in facts)


def test_a_numbered_teaser_list_with_labelled_lines_after_the_article_goes():
    # negative: numbered headlines with a "By:" line each, after the article, are no entries
    # (no paragraph ending like a sentence under them)
    page, article = _listicle("en")
    teasers = ["Most read", "1. Council Approves New Stadium Plans", "By: Jane Doe",
               "2. Storm Warning Issued For Coastal Towns", "By: Tom Reyes",
               "3. Train Fares Set To Rise Again In January", "By: Ana Silva"]
    at = page.index("About us")
    gone = gone_lines("\n\n".join([*page[:at], *teasers, *page[at:]]))
    assert [line for line in article if line in gone] == []
    assert set(teasers) <= gone


@pytest.mark.parametrize(
    ("text", "dropped", "fact"),
    [("When: Dec 5 to Dec 31", {}, True),
     ("Öffnungszeiten: täglich 10 bis 18 Uhr", {}, True),
     ("Advertisement", {0: Kind.PROMO}, True),
     # a caption another cleaner dropped, a line without a label, a long labelled sentence
     ("Photo: Jane Doe", {0: Kind.CAPTION}, False),
     ("Gardens by the Bay", {}, False),
     ("Note: the council said on Monday that the market would stay open until the end of the month, "
      "whatever the weather, and that the stalls would be moved indoors if the rain went on.", {}, False)],
)
def test_an_entry_fact_is_a_short_labelled_line_or_a_dropped_promo(text, dropped, fact):
    line = _promo_lines([text])[0]
    line.label, line.rule = bp._classify(line, None, bp.Settings())
    line.first_label = line.label
    assert bp._entry_fact(line, dropped) is fact


# -- "Label: value" lines in scripts with vowel signs -------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [("निर्देशन: अनुराग मेहता", "निर्देशन"),
     ("मुख्य विपक्षी दल: 2 सीटों पर आगे", "मुख्य विपक्षी दल"),
     ("পরিচালনা: তানভীর আহমেদ", "পরিচালনা"),
     ("இசை: ஜி.வி. சந்தோஷ்", "இசை"),
     ("ผู้กำกับ: สมชาย ใจดี", "ผู้กำกับ"),
     ("Running time: 112 minutes", "running time")],
)
def test_a_label_may_hold_vowel_signs(text, label):
    # they are marks, not \w: no Hindi, Bengali, Tamil or Thai line had a label
    assert label_of(text) == label


@pytest.mark.parametrize(
    "text",
    ["१२: सीटों पर आगे", "২০২৬: নির্বাচনের বছর", "मुख्य विपक्षी दल के सभी उम्मीदवार: आगे",
     "निर्देशन:", "வாழ்க்கை ஒரு பயணம்"],
)
def test_digits_five_words_or_no_value_make_no_label(text):
    assert label_of(text) is None


# a film review in Hindi and in Tamil: its last paragraph, then its pros and cons, verdict and
# credits, then a page's rating widget, share bar and footer
REVIEWS = {
    "hi": (
        "फिल्म की सबसे बड़ी ताकत इसकी कहानी है, जो एक छोटे शहर के परिवार की रोजमर्रा की मुश्किलों को बिना "
        "किसी शोर के परदे पर उतारती है और दर्शक को आखिर तक बांधे रखती है, भले ही दूसरा हिस्सा थोड़ा लंबा है।",
        ["खूबियां: अभिनय, संगीत, छोटे शहर का माहौल", "कमियां: दूसरे हिस्से की लंबाई",
         "निर्देशन: अनुराग मेहता", "कलाकार: नेहा सिंह, राकेश वर्मा", "अवधि: 2 घंटे 10 मिनट", "रेटिंग: 3.5/5"],
        ["आपकी रेटिंग", "शेयर करें", "हमारे बारे में", "संपर्क करें", "© 2026 फिल्म समाचार"],
    ),
    "ta": (
        "படத்தின் மிகப்பெரிய பலம் அதன் கதைதான். ஒரு சிறிய நகரத்துக் குடும்பத்தின் அன்றாடப் போராட்டங்களை "
        "எந்த ஆரவாரமும் இல்லாமல் திரையில் கொண்டு வருகிறது, இரண்டாம் பாதி கொஞ்சம் நீளமாக இருந்தாலும் கடைசி வரை பார்க்க வைக்கிறது.",
        ["பலம்: நடிப்பு, இசை, சிறு நகரச் சூழல்", "பலவீனம்: இரண்டாம் பாதியின் நீளம்",
         "இயக்கம்: அனுராக் மேத்தா", "நடிப்பு: நேஹா, ராகேஷ்", "நேரம்: 2 மணி 10 நிமிடம்", "மதிப்பீடு: 3.5/5"],
        ["உங்கள் மதிப்பீடு", "பகிர்", "எங்களைப் பற்றி", "தொடர்புக்கு", "© 2026 சினிமா செய்திகள்"],
    ),
}


@pytest.mark.parametrize("lang", REVIEWS)
def test_a_reviews_labelled_credits_after_its_last_paragraph_stay(lang):
    paragraph, credits, page_end = REVIEWS[lang]
    menu = ["Home", "Cinema", "Reviews", "Photos", "Videos"]
    text = "\n\n".join([*menu, paragraph, *credits, *page_end])
    gone = gone_lines(text)
    assert [line for line in credits if line in gone] == []
    assert page_end[-1] in gone


# -- short paragraphs after a box of figures that closes an article ----------------------------

# (paragraphs before, the label and its figures, the short paragraphs after)
SCORE_BOXES = {
    "en": (
        ["Hosts Westbury beat Carlton by six wickets on Sunday to level the three-match one-day "
         "series at one game each, chasing down 271 with almost three overs to spare at the county ground, "
         "where a crowd of several thousand stayed on in the cold to cheer the home side over the line.",
         "Carlton chose to bat and their opener Dinesh Perera made 88, but the Westbury seamers took "
         "five wickets in the last ten overs to keep the total within reach of a strong batting side, after "
         "the visitors had scored freely through the middle overs and forced several bowling changes."],
        ["Short scores:", "Carlton 271/8 (50 overs) — Dinesh Perera 88, Kasun Mills 54; Salman Mirza 3/47",
         "Westbury 275/4 (47.3 overs) — Hassan Raza 102, Fakhar Din 76, Ali Haider 48*"],
        ["Raza was named player of the match for his century.",
         "He said the side had felt the pressure after losing the first game.",
         "The deciding match is at the Riverside ground next Sunday."],
    ),
    "ur": (
        ["میزبان ٹیم نے اتوار کو کھیلے گئے دوسرے ون ڈے میچ میں مہمان ٹیم کو چھ وکٹوں سے شکست دے کر تین میچوں "
         "کی سیریز ایک ایک سے برابر کر دی اور 271 رنز کا ہدف تقریباً تین اوورز پہلے حاصل کر لیا، جبکہ "
         "اسٹیڈیم میں موجود ہزاروں تماشائیوں نے آخری اوور تک اپنی ٹیم کا بھرپور ساتھ دیا اور جشن منایا۔",
         "مہمان ٹیم نے ٹاس جیت کر پہلے بیٹنگ کی اور اوپنر نے 88 رنز بنائے، لیکن آخری دس اوورز میں میزبان "
         "بولرز نے پانچ وکٹیں لے کر اسکور کو قابو میں رکھا اور بیٹنگ کے لیے آسان ہدف دیا، حالانکہ درمیانی "
         "اوورز میں مہمان بلے بازوں نے تیزی سے رنز بنا کر میزبان کپتان کو کئی بار بولنگ میں تبدیلی پر مجبور کیا۔"],
        ["مختصر اسکور:", "مہمان ٹیم: 271/8 (50 اوورز) — دنیش پریرا 88، کاسون ملز 54؛ سلمان مرزا 3/47",
         "میزبان ٹیم: 275/4 (47.3 اوورز) — حسن رضا 102، فخر الدین 76، علی حیدر 48*"],
        ["رضا کو شاندار سنچری پر میچ کا بہترین کھلاڑی قرار دیا گیا۔",
         "انہوں نے کہا کہ پہلے میچ کی شکست کے بعد ٹیم پر دباؤ تھا۔",
         "سیریز کا فیصلہ کن میچ اگلے اتوار کو کھیلا جائے گا۔"],
    ),
}
SCORE_PAGE_END = {
    "en": ["Follow our channel on WhatsApp", "Get the latest news on your phone", "Share", "More sports news",
           "Hockey team leaves for the Asian Champions Trophy", "Draft date announced for the new league season",
           "About us", "Contact", "Privacy policy"],
    "ur": ["ہمارا واٹس ایپ چینل فالو کریں", "تازہ ترین خبریں اپنے موبائل پر حاصل کریں", "شیئر کریں",
           "کھیلوں کی مزید خبریں", "قومی ہاکی ٹیم ایشین چیمپئنز ٹرافی کے لیے روانہ", "لیگ کے ڈرافٹ کی تاریخ کا اعلان",
           "ہمارے بارے میں", "رابطہ", "پرائیویسی پالیسی"],
}


@pytest.mark.parametrize("lang", SCORE_BOXES)
def test_the_short_paragraphs_after_a_score_box_stay(lang):
    # the closing block took them for the article's data only when they ended with a Latin
    # stop: an Urdu report's, ending with "۔", lay between furniture
    before, box, after = SCORE_BOXES[lang]
    menu = ["Home", "News", "Sport", "Business", "Video", "Weather"]
    page = [*menu, *before, *box, *after, *SCORE_PAGE_END[lang]]
    gone = gone_lines("\n\n".join(page))
    assert [line for line in before + box + after if line in gone] == []
    assert SCORE_PAGE_END[lang][-1] in gone


@pytest.mark.parametrize(
    ("text", "data"),
    [("सीरीज़ का आखिरी मैच रविवार को खेला जाएगा।", True),
     ("সিরিজের শেষ ম্যাচটি রবিবার হবে।", True),
     ("ተከታታይ ጨዋታው እሁድ ይጠናቀቃል።", True),
     ("シリーズ最終戦は日曜日に行われる。", True),
     ("The deciding match is on Sunday.", True),
     # a headline, a teaser cut off, a question heading
     ("सीरीज़ का आखिरी मैच रविवार को", False),
     ("The deciding match is on Sunday and the captain said…", False),
     ("The deciding match is on Sunday and the captain said...", False)],
)
def test_a_short_sentence_of_any_script_reads_like_article_data(text, data):
    line = _promo_lines([text])[0]
    assert bp._reads_like_article_data(line) is data


# -- a closing sentence of another script ---------------------------------------------------------


def _closing_pair(text: str) -> tuple[bp.Line, bp.Line]:
    last, line = _promo_lines(["The ministry said the road would stay closed overnight.", text])
    line.block.blank_before = True
    line.label, line.rule = bp._classify(line, None, bp.Settings())
    line.first_label = line.label
    return last, line


@pytest.mark.parametrize(
    "text",
    ["ინფორმაცია განახლდება.",  # Georgian: "information will be updated"; its letters are small ones
     "ახალი ამბები მალე.",
     "Տեղեկությունը թարմացվում է։",  # Armenian full stop
     "जानकारी अपडेट होगी।",
     "መረጃው ይሻሻላል።",
     "詳細は追って報じます。"],
)
def test_a_closing_sentence_of_another_script_closes_the_article(text):
    assert bp._closing_sentence(*_closing_pair(text))


@pytest.mark.parametrize(
    "text",
    ["क्या यह पेज उपयोगी था?", "هل كانت هذه الصفحة مفيدة؟", "このページは役に立ちましたか？",  # a prompt asks
     "and more to come.",  # a fragment: a small letter of a script with capitals
     "Read more..."],
)
def test_a_question_a_fragment_or_a_trail_closes_nothing(text):
    assert not bp._closing_sentence(*_closing_pair(text))


# -- a wire story's end of copy ------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [["khs@yna.co.kr", "(END)"], ["(END)"], ["Enditem"], ["Enditem/AW"], ["-END-"],
     ["m.tanaka@wire.example", "— END —"], ["[ends]"]],
)
def test_an_end_of_copy_marker_closes_a_wire_story(lines):
    assert bp._wire_end([Block(i, 0, 1, text) for i, text in enumerate(lines)])


@pytest.mark.parametrize(
    "lines",
    [["The End"], ["Weekend"], ["news@site.example"], ["Write to us at news@site.example", "(END)"],
     ["(END) of the season"], ["khs@yna.co.kr", "Share", "(END)"]],
)
def test_other_short_lines_are_no_end_of_copy(lines):
    assert not bp._wire_end([Block(i, 0, 1, text) for i, text in enumerate(lines)])


def test_a_wire_storys_address_and_end_marker_stay_and_the_page_after_them_goes():
    story = [
        "SEOUL, Nov. 21 (Wire) -- The city will extend subway hours on weekends from next month, "
        "officials said Saturday, as ridership returns to levels last seen before the pandemic.",
        "Trains on six lines will run until 2 a.m. on Fridays and Saturdays, the transport office said, "
        "and buses on the busiest night routes will run every ten minutes instead of every twenty.",
    ]
    end = "kim.j@wire.example\n(END)"
    after = ["Share", "E-mail", "Latest News", "Seoul shares close higher on chip rally",
             "Exports up 7.4 pct in first 20 days of November", "About Us", "Contact Us",
             "(C) 2026 Wire News. All rights reserved."]
    menu = ["Latest", "National", "Economy", "Market", "Sports", "Culture", "World"]
    gone = gone_lines("\n\n".join([*menu, *story, end, *after]))
    assert "kim.j@wire.example" not in gone and "(END)" not in gone and end not in gone
    assert "About Us" in gone and "Latest News" in gone
