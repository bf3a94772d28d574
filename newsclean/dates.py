"""Dates as scraped pages write them, to ISO 8601 strings.

Covers the forms news pages use: "29 March 2022, 17:38", "March 30, 2022", "20220329",
"2022-03-30T09:15", "03/30/2022" (US order unless the first number cannot be a month),
"30.03.2022" and "30-03-2022" (day first unless the second number cannot be a month:
"11.14.2019"), "11/19/19 06:56 AM" (a two-digit year after slashes), "29.03.22" (after dots:
day first always; not after a word that names a version or a score: "Version 10.12.22"), with month names in English, French, German, Spanish, Italian, Portuguese,
Dutch, Indonesian, Russian, Ukrainian, Polish, Turkish, Greek, Arabic ("29 مارس 2022"), Hindi
("29 मार्च 2022") and Thai ("29 มี.ค. 2565", a year of the Buddhist era read as the Common
Era's, also in two digits: "12 ต.ค. 65"), in any script's digits; the year-month-day forms of Chinese, Japanese and Korean pages
("2022年3月29日 17:38", "2022年3月29日 17時38分", "2022년 3월 29일 오후 5:38") and year-first
dates with dots ("2022.03.29 17:38", "2022. 3. 29. 오후 5:38"), a time after a morning or
afternoon word in those languages read on a 12-hour clock.

Slashed dates whose two first numbers can both be a month ("04/03/2022") are read month first
unless the caller says the page writes the day first (``day_first``: the metadata cleaner says
so for a page under a country's domain, see :func:`writes_day_first`). A page tells it first:
given its text (:func:`reading_day_first`), such a date with any separator is read as the
page's unambiguous dates with that separator agree ("13/04/2022": :class:`PageOrder`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from .casefold import lower
from .phrases import alternation
from .scripts import HAN_KANA

# English, French, German, Spanish, Italian, Portuguese, Dutch; Indonesian (where its names
# differ from Dutch ones); Russian, Ukrainian, Polish and Greek in the genitive that dates use
# ("24 сентября 2018", "29 березня 2022", "29 marca 2022", "29 Μαρτίου 2022"; Greek also in the
# spellings of capitals, see _spellings); Turkish, its dotless "ı" written "i" ("mayis" for
# "Mayıs"), as the patterns fold them alike and a name must hold no letter that lower-cases
# otherwise than the patterns fold it (casefold.ODD_LETTERS). Arabic: the names of Egypt and
# the Gulf, of the Maghreb and of the Levant and Iraq ("كانون الثاني", two words: "_" stands for
# the space); pages often give two ("29 مارس/آذار 2022"). Hindi, in both spellings of a nasal
# ("सितंबर", "सितम्बर"). Thai, in full and short ("มี.ค.", its last dot read as a short form's),
# its years the Buddhist era's ("29 มีนาคม 2565", "พ.ศ. 2565": 2022). Only full names where a
# short form is a word of prose or of a name (Polish "lis", "sie").
_MONTHS = {
    1: "january jan janvier janv januar jän enero ene gennaio gen janeiro januari января stycznia січня ocak ιανουαρίου يناير جانفي كانون_الثاني जनवरी มกราคม ม.ค",
    2: "february feb février févr fevrier februar febrero febbraio fevereiro fev februari febr февраля lutego лютого şubat φεβρουαρίου فبراير فيفري شباط फ़रवरी फरवरी กุมภาพันธ์ ก.พ",
    3: "march mar mars märz marz marzo março maart mrt maret марта marca березня mart μαρτίου مارس آذار मार्च มีนาคม มี.ค",
    4: "april apr avril abril aprile abr апреля kwietnia квітня nisan απριλίου أبريل إبريل أفريل نيسان अप्रैल अप्रेल เมษายน เม.ย",
    5: "may mai mayo maggio mag maio mei мая maja травня mayis μαΐου مايو ماي أيار मई พฤษภาคม พ.ค",
    6: "june jun juin juni junio giugno giu junho июня czerwca червня haziran ιουνίου يونيو يونيه جوان حزيران जून มิถุนายน มิ.ย",
    7: "july jul juillet juli julio luglio lug julho июля lipca липня temmuz ιουλίου يوليو يوليه جويلية يوليوز تموز जुलाई กรกฎาคม ก.ค",
    8: "august aug août aout agosto ago augustus agustus августа sierpnia серпня ağustos αυγούστου أغسطس أوت غشت آب अगस्त สิงหาคม ส.ค",
    9: "september sep sept septembre septiembre settembre setembro set сентября września вересня eylül σεπτεμβρίου سبتمبر شتنبر أيلول सितंबर सितम्बर กันยายน ก.ย",
    10: "october oct octobre oktober okt octubre ottobre ott outubro out октября października жовтня ekim οκτωβρίου أكتوبر تشرين_الأول अक्टूबर अक्तूबर ตุลาคม ต.ค",
    11: "november nov novembre noviembre novembro ноября listopada листопада kasim νοεμβρίου نوفمبر نونبر تشرين_الثاني नवंबर नवम्बर พฤศจิกายน พ.ย",
    12: "december dec décembre decembre dezember dez diciembre dic dicembre dezembro desember декабря grudnia грудня aralik δεκεμβρίου ديسمبر دجنبر كانون_الأول दिसंबर दिसम्बर ธันวาคม ธ.ค",
}
_MARKS = re.compile("[\u0300-\u036f]")  # the combining diacritics, as NFD splits them off
_TONOS = "\u0301"  # the Greek accent, once NFD splits it off (as the acute)
_GREEK = re.compile("[\u0370-\u03ff]")
_BARE_ALEF = str.maketrans("أإآ", "ااا")
# Devanagari's letters with a nukta, which pages write as one character ("\u095e") or as the
# letter and the sign ("\u092b\u093c", the form NFC keeps)
_NUKTA_LETTERS = {unicodedata.normalize("NFD", chr(c)): chr(c) for c in range(0x958, 0x960)}


def _spellings(name: str) -> set[str]:
    """A month's name in each spelling pages write it: a Greek name also without its accent, as
    capitals drop it but keep the dialytika ("ΜΑΪΟΥ" for "Μαΐου", "ΜΑΡΤΙΟΥ"), and with no mark
    at all ("ΜΑΙΟΥ"); an Arabic one also with a bare alef for an alef with a hamza or madda
    ("ابريل", "اذار"); a Hindi one with its nukta letters in both forms ("फ़रवरी"). Case is left
    to re.IGNORECASE and lower()."""
    name = name.replace("_", " ")
    spellings = {name, name.translate(_BARE_ALEF)}
    if _GREEK.search(name):
        split = unicodedata.normalize("NFD", name)
        spellings |= {unicodedata.normalize("NFC", split.replace(_TONOS, "")), _MARKS.sub("", split)}
    if "\u093c" in name:
        composed = name
        for pair, letter in _NUKTA_LETTERS.items():
            composed = composed.replace(pair, letter)
        spellings.add(composed)
    return spellings


MONTH_NUMBER = {
    spelling: n for n, names in _MONTHS.items() for name in names.split() for spelling in sorted(_spellings(name))
}


_MONTH = alternation(MONTH_NUMBER)
_THAI = re.compile("[\u0e00-\u0e7f]")
_COMMA = "[,،]?"  # a comma, or the Arabic one
_TIME = rf"(?:{_COMMA}\s*(?:at\s+|à\s+|às\s+|um\s+|a las\s+|alle\s+(?:ore\s+)?|ore\s+|om\s+|-\s*)?(?P<h>\d{{1,2}})[:.h](?P<mi>\d{{2}})(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
# after a Chinese, Japanese or Korean date: a weekday in brackets ("(火)", "（星期二）") or not
# ("星期二"), a word for morning or afternoon (the time is then on a 12-hour clock: "오후 5:38"
# is 17:38, "오후 12:30" half past noon), the time with a colon or with the hour's and minute's
# signs ("17時38分", "5시 38분"). A time after another word ("中午", "밤") is left unread: the
# date alone.
_CJK_TIME = (
    r"(?:\s*[(（][^()（）\d\s]{1,3}[)）]|\s*(?:星期|周|週)[一二三四五六日天])?"
    r"(?:,?\s*(?P<ampm>午前|午後|上午|下午|오전|오후)?\s*"
    r"(?P<h>\d{1,2})(?:[:：](?=\d\d)|\s*[时時시]\s*)(?P<mi>\d{1,2})(?!\d)(?:\s*[分분])?)?"
)
_AMPM = {"午前": "am", "上午": "am", "오전": "am", "午後": "pm", "下午": "pm", "오후": "pm"}

_MONTH_NAME_PATTERNS = [
    # 29 March 2022, 17:38 / 29. März 2022 / 29 de marzo de 2022 / 29 مارس/آذار 2022 /
    # 29 มี.ค. พ.ศ. 2565
    re.compile(rf"\b{_WEEKDAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<mon>{_MONTH})\.?(?:\s*/\s*(?:{_MONTH})\.?)?{_COMMA}\s+(?:de\s+|พ\.ศ\.\s*)?(?P<y>\d{{4}}){_TIME}", re.I),
    # March 30, 2022 / Tuesday, March 29, 2022 at 5:38 pm
    re.compile(rf"\b{_WEEKDAY}(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_COMMA}\s+(?P<y>\d{{4}}){_TIME}", re.I),
]
# The numeric dates whose first two numbers are the day and the month in either order, each
# with its gate (see _NUMERIC_PATTERNS): 03/30/2022 (US) or 30/03/2022, 30.03.2022, 30-03-2022;
# and 11/19/19, a two-digit year with slashes only, not inside a path ("/2019/11/19/")
_DAY_AND_MONTH = (
    re.compile(rf"\b(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<y>\d{{4}}){_TIME}", re.I),  # "PM" as "pm"
    re.compile(r"[/.-]\d\d\d\d"),
)
_SHORT_YEAR_SLASHED = (
    re.compile(rf"(?<![\w/])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<yy>\d{{2}})(?![\w/]){_TIME}", re.I),
    re.compile("/"),
)
# 12 ต.ค. 65, a Thai month's name and a two-digit year of the Buddhist era (2565, 2022 of the
# Common Era), as Thai pages shorten it; the year not a time's hour ("12 ต.ค. 17:38")
_THAI_MONTH = alternation(name for name in MONTH_NUMBER if _THAI.search(name))
_THAI_SHORT_YEAR = (
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<mon>{_THAI_MONTH})\.?\s*(?P<yy>\d\d)(?!\d|[:.]\d){_TIME}"),
    re.compile(r"[\u0e00-\u0e7f]\.?\s*\d\d"),  # a Thai letter, then the year
)
# Each numeric pattern with a gate: a regex that every text the pattern matches holds, opening
# with a character class or a literal, so that the engine skips in C to where it may match (the
# patterns open with \b or a look-behind: the engine starts a match at every position).
_NUMERIC_PATTERNS = [
    # 2022-03-30, 2022-03-30T09:15, 2022/03/30
    (
        re.compile(r"\b(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:[T ]?(?P<h>\d{2}):(?P<mi>\d{2}))?"),
        re.compile(r"\d\d\d\d[-/]\d"),
    ),
    # 20220329 alone
    (re.compile(r"\b(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)\b"), re.compile(r"\d\d\d\d\d\d\d\d")),
    _DAY_AND_MONTH,  # 03/30/2022 (US) or 30/03/2022, 30.03.2022, 30-03-2022
    _SHORT_YEAR_SLASHED,  # 11/19/19
    _THAI_SHORT_YEAR,  # 12 ต.ค. 65
    # 29.03.22, a two-digit year after dots (Hebrew, German, Russian pages): day first, as every
    # locale that writes dots does; the day and month in two digits, and not inside a longer
    # run of dotted numbers (a version "1.12.10" or "v10.12.22", an address "10.12.22.1", a
    # French phone number "06.12.34.56.78")
    (
        re.compile(rf"(?<![\w.])(?P<d>\d\d)\.(?P<m>\d\d)\.(?P<yy>\d\d)(?!\w|\.\d){_TIME}", re.I),
        re.compile(r"\d\d\.\d\d\.\d\d"),
    ),
    # 2022年3月29日 17:38 / 2022年3月29日(火) 17時38分 / 2022년 3월 29일 오후 5:38: no \b, as a
    # Chinese or Japanese sentence runs on with no space before the year
    (
        re.compile(rf"(?<!\d)(?P<y>\d{{4}})\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월]\s*(?P<d>\d{{1,2}})\s*[日일]{_CJK_TIME}"),
        re.compile(r"[年년]"),
    ),
    # 2022.03.29 17:38 / 2022. 3. 29. 오후 5:38: year first with dots (Korean, Chinese, Japanese
    # and Hungarian pages), not a version number's parts ("2022.03.29.1")
    (
        re.compile(rf"(?<![\d.])(?P<y>\d{{4}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<d>\d{{1,2}})(?![\d]|\.\d)\.?{_CJK_TIME}"),
        re.compile(r"\d\d\d\d\.\s?\d"),
    ),
]
# A word that makes the dotted numbers after it a version's or a score's ("Version 10.12.22",
# "build 10.12.22", "Final score 10.12.22"): a two-digit year after dots has their shape, so
# after such a word it is no date. Read in the few characters before a match only.
_NUMBER_NAMES = (
    "version versión versione versão versie wersja версия версія sürüm έκδοση גרסה 버전 版本 "
    "ver v build release firmware patch score"
)
_NAMES_A_NUMBER = re.compile(rf"(?<!\w)(?:{'|'.join(_NUMBER_NAMES.split())})\.?:?\s*$", re.I)
_NUMBER_NAME_REACH = 12  # characters before the numbers: the longest name, a dot, a colon, a space
BUDDHIST_ERA = 543  # the Buddhist era's year less the Common Era's: 2565 is 2022
BUDDHIST_CENTURY = 2500  # of a two-digit year of the Buddhist era: "65" is 2565
# the smallest such year read: 2540, 1997; pages shorten the years of their own time, and a
# smaller number after a month's name is as often a count
BUDDHIST_SHORT_YEAR_MIN = 40
SHORT_YEAR_PIVOT = 69  # "69"-"99" are 1969-1999, "00"-"68" 2000-2068: POSIX strptime's %y

# Every pattern above holds a four-digit year, or a two-digit one after a slash, two dots or a
# Thai month: a line without four digits in a row, two digits after two dotted pairs
# ("29.03.22"), a slash or a Thai letter has no date. Written out, not \d{4}: a pattern that
# opens with a character class lets the engine skip in C to the next digit (with a repeat
# first it starts a match at every position); the metadata cleaner asks it of most lines.
_YEAR_DIGITS = re.compile(r"\d\d\d\d")
_YEAR = re.compile(r"\d\d(?:\d\d|\.\d\d\.\d\d)")
_WORD = re.compile(r"\w+")
# For the gate, each name's first run of word characters (all lower case): a Latin, Greek or
# Cyrillic name whole, the first word of "كانون الثاني", the "म" of "मार्च" (\w leaves out the
# vowel signs of Indic scripts); a pattern's month opens at a word boundary.
_MONTH_NAMES = frozenset(_WORD.findall(name)[0] for name in MONTH_NUMBER)


def _iso(y: int, m: int, d: int, h: str | None, mi: str | None, ampm: str | None) -> str | None:
    try:
        date(y, m, d)
    except ValueError:
        return None
    if not 1900 <= y <= 2100:
        return None
    out = f"{y:04d}-{m:02d}-{d:02d}"
    if h is not None and mi is not None:
        hour, minute = int(h), int(mi)  # int(): \d also matches other scripts' digits ("٣٠")
        if ampm:
            hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
        if hour < 24 and minute < 60:
            out += f"T{hour:02d}:{minute:02d}"
    return out


def _full_year(yy: int) -> int:
    return 1900 + yy if yy >= SHORT_YEAR_PIVOT else 2000 + yy


def may_hold_date(text: str) -> bool:
    """False when no date :func:`find_dates` reads can be in ``text``: each holds a year."""
    if "/" in text or _YEAR.search(text) is not None:
        return True
    return not text.isascii() and _THAI_SHORT_YEAR[1].search(text) is not None  # "12 ต.ค. 65"


def _may_name_a_month(text: str) -> bool:
    """Gate before the month-name patterns, which try a hundred names at every word: False when
    no word of ``text`` opens a month's name. Their month opens a word (what comes before it is
    whitespace or a word boundary), and its first run of word characters ends where the name's
    does (what comes after the name is a ".", a comma, a "/" or whitespace, not a word
    character). Lower-cased words stand in for re.IGNORECASE unless
    :func:`newsclean.casefold.lower` says they may not; then the patterns decide."""
    low = lower(text)
    return low is None or not _MONTH_NAMES.isdisjoint(_WORD.findall(low))


def _patterns_for(text: str) -> list[re.Pattern[str]]:
    """The patterns that may match ``text``, in the order :func:`find_dates` tries them: a
    pattern left out fails its gate, so it would have found nothing."""
    patterns = []
    if _YEAR_DIGITS.search(text) and _may_name_a_month(text):  # a year and a month's name
        patterns += _MONTH_NAME_PATTERNS
    patterns += [pattern for pattern, gate in _NUMERIC_PATTERNS if gate.search(text)]
    return patterns


_DAY_FIRST: ContextVar[bool] = ContextVar("newsclean_dates_day_first", default=False)
_PAGE_ORDER: ContextVar[PageOrder | None] = ContextVar("newsclean_dates_page_order", default=None)
# a numeric date on a longer line is in prose, which may quote a date as another page wrote it;
# a short one (a dateline, a comment's header, a byline's) is in the page's own template
_ORDER_EVIDENCE_LINE = 160  # characters, a markdown link's target counted


class PageOrder:
    """The order in which a page writes the day and the month of its numeric dates, as its own
    unambiguous ones tell: "13/04/2022" is day first, "04/13/2022" month first. Read per
    separator ("/", ".", "-"), from the dates on the page's short lines (datelines, the headers
    of its comments), lazily: only a page with an ambiguous date ("05/04/2022") pays."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._orders: dict[str, bool] | None = None

    def day_first(self, separator: str) -> bool | None:
        """True when every unambiguous date written with ``separator`` puts the day first,
        False when every one puts the month first; None when none does or they disagree."""
        if self._orders is None:
            self._orders = _page_orders(self._text)
        return self._orders.get(separator)


def _page_orders(text: str) -> dict[str, bool]:
    """For each separator, the order the unambiguous day-and-month dates written with it agree
    on (True: day first); a separator whose dates disagree, or that has none, is left out."""
    seen: dict[str, set[bool]] = {}
    for pattern, gate in (_DAY_AND_MONTH, _SHORT_YEAR_SLASHED):
        if not gate.search(text):
            continue
        for m in pattern.finditer(text):
            a, b = int(m["a"]), int(m["b"])
            if (a > 12) == (b > 12) or not _read(m, False, None):
                continue  # either order, or no real date ("45/12/2022")
            start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
            if (len(text) if end < 0 else end) - start <= _ORDER_EVIDENCE_LINE:
                seen.setdefault(text[m.end("a")], set()).add(a > 12)
    return {separator: orders.pop() for separator, orders in seen.items() if len(orders) == 1}


@contextmanager
def reading_day_first(day_first: bool, page: str | None = None) -> Iterator[None]:
    """Within the block, :func:`find_dates` and :func:`date_line` read an ambiguous slashed date
    day first (``True``) or month first: for a cleaner that knows where its page comes from
    (:func:`writes_day_first`), so that the helpers it calls need not pass it on. Given the
    ``page``'s text, an ambiguous date of any separator is read first as the page's other dates
    with that separator say (:class:`PageOrder`), when they say it."""
    token = _DAY_FIRST.set(day_first)
    page_token = _PAGE_ORDER.set(PageOrder(page) if page is not None else None)
    try:
        yield
    finally:
        _PAGE_ORDER.reset(page_token)
        _DAY_FIRST.reset(token)


# Country-code domains that say nothing of the order: the United States, its territories and
# the states in free association with it, which write the month first, Canada and the
# Philippines, which write both; the year-first countries (China, Japan, Korea, Taiwan,
# Hungary, Mongolia, Lithuania), whose pages rarely write a year last and may copy US order;
# and the country codes sold as generic names (a ".io", ".tv" or ".ai" site is anyone's).
_NO_DAY_FIRST_SIGNAL = frozenset(
    "us as gu mp pr vi um fm mh pw ca ph cn jp kr tw hu mn lt "
    "io co tv me ai ly to cc ws nu gg la so sh ac am im tk ml ga cf gq gs st ms cx vg sx".split()
)


def writes_day_first(url: str | None) -> bool:
    """Whether the page at ``url`` writes numeric dates day first: it lies under a country's
    domain (the last label is a two-letter country code, ".co.uk", ".com.vn", ".de", ".eu"),
    and that country writes the day first, as all but a few do. A generic domain (".com",
    ".org", ".news") says nothing: False. The host is read as the publisher prior reads it
    (without a scheme too, through an AMP or archive wrapper)."""
    from .reliability.domain import host_name  # imported here: dates is imported by the cleaners

    suffix = (host_name(url) or "").rpartition(".")[2]
    return len(suffix) == 2 and suffix.isascii() and suffix.isalpha() and suffix not in _NO_DAY_FIRST_SIGNAL


def find_dates(text: str, day_first: bool | None = None) -> list[tuple[int, int, str]]:
    """All dates in ``text`` as ``(start, end, iso)``, in order, non-overlapping.

    ``day_first``: the page writes the day first, so a slashed date whose first two numbers
    can both be a month ("04/03/2022") is 4 March; ``None``: as :func:`reading_day_first` says
    (by default month first, as US pages write it).
    """
    order = None
    if day_first is None:
        day_first, order = _DAY_FIRST.get(), _PAGE_ORDER.get()
    found: list[tuple[int, int, str]] = []  # in order, non-overlapping: ends rise with starts
    if not may_hold_date(text):  # gate: most lines, ruled out before the patterns
        return found
    for pattern in _patterns_for(text):
        starts = [start for start, _, _ in found]
        new: list[tuple[int, int, str]] = []
        for m in pattern.finditer(text):
            # a match overlaps an earlier pattern's date only if it overlaps the last one that
            # starts before its end: a look-up, not a scan of every date (a line of thousands)
            before = bisect_left(starts, m.end())
            if before and found[before - 1][1] > m.start():
                continue
            iso = _read(m, day_first, order)
            if iso:
                new.append((m.start(), m.end(), iso))
        if new:
            found = sorted(found + new)  # two sorted runs: merged in linear time
    return found


def _read(m: re.Match[str], day_first: bool, order: PageOrder | None) -> str | None:
    """The date a pattern's match ``m`` writes, or ``None`` when it names no real one; ``order``
    tells an ambiguous day and month apart when the page does."""
    g = m.groupdict()
    if "mon" in g and g["mon"]:
        # The regex folds case as Unicode does ("ſept" matches "sept", "Mayıs" "mayis");
        # a name that folds to no known month is no date we can read. Lower-cased first:
        # casefold() splits the Greek "ΐ" of "Μαΐου" into three characters.
        name = g["mon"].rstrip(".").replace("ı", "i")
        month = MONTH_NUMBER.get(name.lower(), 0) or MONTH_NUMBER.get(name.casefold(), 0)
        if not month:
            return None
    elif g.get("a"):
        a, b = int(g["a"]), int(g["b"])
        # either number can be the month (and they differ): as the page's other dates with the
        # same separator say, if they do; else with slashes, US order (month first) unless the
        # page writes the day first; with dots or dashes, day first unless the second number
        # cannot be a month ("11.14.2019"; "02-11-2019" is how Dutch and Indian pages write
        # 2 November)
        said = order.day_first(m.string[m.end("a")]) if order is not None and a != b and a <= 12 and b <= 12 else None
        if said is not None:
            us_order = not said
        else:
            us_order = a <= 12 and (("/" in m.group() and not day_first) or b > 12)
        month, g["d"] = (a, str(b)) if us_order else (b, str(a))
    else:
        if g.get("yy") and _NAMES_A_NUMBER.search(m.string[max(0, m.start() - _NUMBER_NAME_REACH) : m.start()]):
            return None  # "Version 10.12.22": a version's or a score's numbers
        month = int(g["m"])
    if g.get("y"):
        year = int(g["y"])
    elif g.get("mon"):
        if int(g["yy"]) < BUDDHIST_SHORT_YEAR_MIN:
            return None  # "5 ต.ค. 10 คน" (10 people on 5 October): a count, not 2510
        year = BUDDHIST_CENTURY + int(g["yy"])  # "12 ต.ค. 65": 2565
    else:
        year = _full_year(int(g["yy"]))
    if year >= BUDDHIST_ERA + 1900 and g.get("mon") and _THAI.search(g["mon"]):
        year -= BUDDHIST_ERA  # a Thai month's year: the Buddhist era's (a bare "2565" is none)
    ampm = g.get("ampm")
    return _iso(year, month, int(g["d"]), g.get("h"), g.get("mi"), _AMPM.get(ampm, ampm) if ampm else None)


_TIMEZONE = r"[a-z]{2,4}t"  # "EST", "CEST", "PDT": written in capitals ("Matt", "Scott" are names)
_LABEL_ALTERNATIVES = (
    r"published|updated|last updated|modified|posted|date|created|on|at|am|pm|utc|gmt|"
    r"publié|mis à jour|le|veröffentlicht|publiziert|aktualisiert|am|um|uhr|publicado|actualizado|el|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|"
    r"quarta|quinta|sexta|feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"pubblicato|aggiornato|ore|alle|atualizado|às|em|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gepubliceerd|bijgewerkt|laatst|op|om|uur|"
    r"hours?|mins?|minutes?|ago|read|reading|time"
)
_LABEL_WORDS = re.compile(rf"\b(?:{_LABEL_ALTERNATIVES})\b", re.I)
_LABEL_OR_TIMEZONE = re.compile(rf"\b(?:{_LABEL_ALTERNATIVES}|{_TIMEZONE})\b", re.I)  # a dateline's rest
_TIMEZONE_WORD = re.compile(_TIMEZONE)
_UPDATED = re.compile(
    r"\b(?:updated|last updated|modified|mis à jour|aktualisiert|actualizado|atualizado|aggiornato|bijgewerkt"
    r"|수정|업데이트|עודכן|تحديث|zaktualizowano|güncelleme|оновлено|ενημέρωση)\b"
    r"|更新",  # Chinese and Japanese, with no space to end the word ("更新时间", "更新日時")
    re.I,
)


def is_date_word(word: str) -> bool:
    """A month's or weekday's name, or a word of a dateline ("Updated", "am", "publiziert", a
    time zone in capitals: "EST", not "Matt")."""
    word = word.strip(".,")
    lower = word.lower()
    if lower in MONTH_NUMBER or _LABEL_WORDS.fullmatch(lower):
        return True
    return word.isupper() and _TIMEZONE_WORD.fullmatch(lower) is not None


def is_month(word: str) -> bool:
    """A month's name, in any of the languages :func:`find_dates` reads ("April", "Mai")."""
    return word.strip(".,").lower() in MONTH_NUMBER


# a tilde after a date opens a period ("2018.04.05 ~ OPEN RUN", "3月1日～3月5日"): an event's
# dates, not the page's
_RANGE = re.compile(r"\s*[~〜～]")


def opens_period(text: str, end: int) -> bool:
    """Whether the date that ends at ``end`` in ``text`` opens a period: a tilde follows it."""
    return _RANGE.match(text, end) is not None

_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")
# Han and kana: Chinese and Japanese write no space between words
_UNSPACED = re.compile(f"[{HAN_KANA}]")
UNSPACED_WORD_CHARS = 2  # characters of a Chinese or Japanese word, on average


def _words_in_run(run: str) -> int:
    """Words in a run of letters: one, or for Chinese and Japanese one per two characters
    ("国务院召开常务会议" is a clause, not a word)."""
    unspaced = 0 if run.isascii() else len(_UNSPACED.findall(run))
    return max(1, unspaced // UNSPACED_WORD_CHARS)


# A reference number beside the date: a court's file number, a case's, a resolution's ("4A_312/2026",
# "C-123/25", "2C_45/2025", "123/2026"): a figure joined by a slash or an underscore to more
# letters or figures. A dateline holds none beside its date (its slashed dates are dates).
REFERENCE_NUMBER = re.compile(r"\w[/_]\d|\d[/_]\w")


def cites_reference(text: str) -> bool:
    """Whether the line gives a reference number with its date, as a ruling, a case or a
    resolution is cited ("Urteil 4A_312/2026 vom 28. Oktober 2026", "Case C-123/25, judgment
    of 4 March 2026"): a date, and ``REFERENCE_NUMBER`` outside it."""
    if "/" not in text and "_" not in text:  # gate: most lines hold neither
        return False
    dates = find_dates(text)
    starts = [0, *(end for _, end, _ in dates)]
    ends = [*(start for start, _, _ in dates), len(text)]
    return bool(dates) and any(REFERENCE_NUMBER.search(text, a, b) for a, b in zip(starts, ends))


def date_line(text: str, day_first: bool | None = None) -> tuple[str | None, str | None] | None:
    """``(published, updated)`` when the line is a dateline and nothing more, else ``None``.

    "29 March 2022, 17:38 | Updated: 29 March 2022, 20:50" gives both; a sentence that
    mentions a date is not a dateline, nor is a reference number with its date ("Urteil
    4A_312/2026 vom 28. Oktober 2026", "Arrêt 2C_45/2025 du 3 mars 2026": ``REFERENCE_NUMBER``).
    Measured when added: untouched set, article lines lost 6 -> 5 (text and markdown); dev
    pages and the other sets unchanged.
    """
    dates = find_dates(text, day_first)
    if not dates or any(opens_period(text, end) for _, end, _ in dates):
        return None
    rest, pos = [], 0
    for start, end, _ in dates:
        rest.append(text[pos:start])
        pos = end
    rest.append(text[pos:])
    joined = " ".join(rest)
    if ("/" in joined or "_" in joined) and REFERENCE_NUMBER.search(joined):
        return None  # "Urteil 4A_312/2026 vom 28. Oktober 2026": a ruling's reference and its date
    leftover = _LABEL_OR_TIMEZONE.sub(" ", joined)
    if sum(map(_words_in_run, _LETTER_RUN.findall(leftover))) > 2:
        return None
    # a date whose own label (the text since the previous date) says "updated" is the update
    published = updated = None
    previous_end = 0
    for start, end, iso in dates:
        if _UPDATED.search(text[previous_end:start]):
            updated = updated or iso
        else:
            published = published or iso
        previous_end = end
    return published, updated
