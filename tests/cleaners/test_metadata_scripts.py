"""The ``metadata`` cleaner's title search in scripts other than Latin: sentence stops of other
scripts, and lines of Chinese, Japanese and Thai, whose \\w runs are no words."""

import pytest
from cleanerutil import run

# a first paragraph that is a sentence ending with its script's full stop, then the body
LEADS = {
    "bn": ["কথাসাহিত্যিক ও শিক্ষাবিদ আনোয়ারা বেগম আজ ভোরে ঢাকার একটি হাসপাতালে মারা গেছেন। তাঁর বয়স হয়েছিল ৮১ বছর।",
           "তাঁর ছেলে জানান, গত দুই সপ্তাহ ধরে তিনি অসুস্থ ছিলেন এবং বৃহস্পতিবার তাঁকে হাসপাতালে ভর্তি করা হয়।"],
    "hi": ["राज्य सरकार ने शुक्रवार को बताया कि इस साल धान की खरीद पिछले साल से बारह प्रतिशत ज्यादा हुई है।",
           "खरीद केंद्रों पर किसानों को भुगतान अब तीन दिन के भीतर सीधे बैंक खाते में किया जा रहा है।"],
    "ur": ["لاہور: صوبائی حکومت نے شہر میں اسموگ کے باعث تمام سرکاری اور نجی اسکول ایک ہفتے کے لیے بند کر دیے۔",
           "محکمہ ماحولیات کے مطابق شہر کے کئی علاقوں میں فضائی معیار انتہائی خطرناک سطح پر ریکارڈ کیا گیا۔"],
    "am": ["አዲስ አበባ፡- የኢትዮጵያ አየር መንገድ በዚህ ዓመት ሃያ አዳዲስ አውሮፕላኖችን ለመግዛት ስምምነት መፈራረሙን አስታወቀ።",
           "አየር መንገዱ አውሮፕላኖቹን በሚቀጥሉት አምስት ዓመታት ውስጥ ለመረከብ ማቀዱን ገልጿል።"],
    "zh": ["〔記者王小明／台中報導〕台中市政府今天宣布，明年起全市公車將全面改用電動車，預計三年內完成汰換。",
           "市府交通局表示，目前全市共有一千二百輛公車，其中約三成已是電動車。"],
    "ja": ["21日午前、関東地方で強い風が吹き、東京都内では倒木による停電が相次ぎました。",
           "東京電力によりますと、一時およそ3万軒で停電したということです。"],
    "th": ["กรมอุตุนิยมวิทยาประกาศเตือนประชาชนในภาคเหนือและภาคตะวันออกเฉียงเหนือให้ระวังอากาศหนาวเย็นและลมแรง "
           "ตั้งแต่วันพรุ่งนี้เป็นต้นไป โดยอุณหภูมิต่ำสุดบนยอดดอยอาจลดลงถึงสององศาเซลเซียส",
           "ขอให้ผู้ที่เดินทางไปท่องเที่ยวบนยอดดอยเตรียมเสื้อผ้ากันหนาวให้พร้อม"],
}
# a list further down whose items read like headlines (no stop, some characters long)
LISTS = {
    "bn": ["শোকসভা", "বাংলা একাডেমি প্রাঙ্গণে বিকেল চারটায়"],
    "hi": ["जिलेवार खरीद", "करनाल जिले में सबसे ज्यादा खरीद हुई"],
    "ur": ["متاثرہ علاقے", "گلبرگ، ماڈل ٹاؤن اور شادمان کے علاقے"],
    "am": ["ዋና ዋና ነጥቦች", "አዳዲስ አውሮፕላኖች ለአፍሪካ መዳረሻዎች ይውላሉ"],
    "zh": ["汰換時程", "台中市區公車路線全面電動化時程表"],
    "ja": ["停電の状況", "東京都世田谷区と杉並区で約2万軒が停電"],
    "th": ["สถานที่ท่องเที่ยว", "ดอยอินทนนท์ จังหวัดเชียงใหม่ และภูกระดึง จังหวัดเลย"],
}


@pytest.mark.parametrize("lang", LEADS)
def test_a_lead_sentence_of_another_script_is_neither_the_title_nor_skipped(lang):
    # its stop was no headline's end (।, ۔, ።), or its \w runs too few to count as a sentence
    # (Chinese, Japanese), or (Thai) it holds a handful of phrases and no stop: the search took
    # it, or went on past it to a list item, for the headline
    lead, second = LEADS[lang]
    r = run("metadata", "\n\n".join([lead, *LISTS[lang], second]))
    assert r.metadata.title is None
    assert r.removals == []


# a headline over the lead: no stop, one or two \w runs in Chinese and Japanese
HEADLINES = {
    "bn": "কথাসাহিত্যিক আনোয়ারা বেগম আর নেই",
    "hi": "धान खरीद में 12 प्रतिशत की बढ़ोतरी",
    "ur": "لاہور میں اسموگ، اسکول ایک ہفتے کے لیے بند",
    "zh": "台中公車明年起全面電動化 三年內汰換完成",
    "ja": "関東で強風 都内で停電相次ぐ",
    "th": "กรมอุตุฯ เตือนภาคเหนือหนาวจัด ยอดดอยอาจเหลือ 2 องศา",
}


@pytest.mark.parametrize("lang", HEADLINES)
def test_a_headline_of_another_script_over_its_lead_is_the_title(lang):
    headline = HEADLINES[lang]
    r = run("metadata", "\n\n".join([headline, *LEADS[lang]]))
    assert r.metadata.title == headline


@pytest.mark.parametrize("lang", ["zh", "ja"])
def test_a_chinese_or_japanese_headline_under_a_menu_is_the_title(lang):
    # one or two \w runs: it was counted a menu entry, one more line of the menu above it
    menu = ["新聞", "政治", "社會", "國際", "體育"] if lang == "zh" else ["ニュース", "社会", "政治", "経済", "国際"]
    headline = HEADLINES[lang]
    r = run("metadata", "\n\n".join([*menu, headline, *LEADS[lang]]))
    assert r.metadata.title == headline
    assert set(menu) <= {x.text for x in r.removals}


@pytest.mark.parametrize("line", ["颱風動態｜即時更新", "気象・災害", "台東縣"])
def test_a_short_chinese_or_japanese_line_is_no_headline(line):
    # negative: a strap, a menu entry or a list item of a few characters
    r = run("metadata", "\n\n".join([line, *LEADS["zh"]]))
    assert r.metadata.title is None


def test_an_arabic_question_may_be_the_headline():
    # negative: "؟" is a question mark; a headline may ask
    headline = "هل تنجح خطة المدينة الجديدة للنقل العام؟"
    lead = "أعلنت البلدية يوم الثلاثاء خطة جديدة للنقل العام تشمل خطوط حافلات إضافية وتوسيع شبكة الدراجات في المدينة."
    r = run("metadata", "\n\n".join([headline, lead, lead.replace("الثلاثاء", "الأربعاء")]))
    assert r.metadata.title == headline
