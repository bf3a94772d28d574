"""The ``boilerplate`` cleaner on pages in short paragraphs and in scripts other than Latin (the
classes the far probe set's lost lines showed)."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Kind
from newsclean.cleaners import boilerplate as bp
from newsclean.document import Block


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
