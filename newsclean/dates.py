"""Dates as scraped pages write them, to ISO 8601 strings.

Covers the forms news pages use: "29 March 2022, 17:38", "March 30, 2022", "20220329",
"2022-03-30T09:15", "03/30/2022" (US order unless the first number cannot be a month),
"30.03.2022" and "30-03-2022" (day first unless the second number cannot be a month:
"11.14.2019"),
"11/19/19 06:56 AM" (a two-digit year after slashes), with month names in English, French,
German, Spanish, Italian, Portuguese, Dutch, Indonesian and Russian.
"""

from __future__ import annotations

import re
from datetime import date

from .casefold import lower
from .phrases import alternation

# English, French, German, Spanish, Italian, Portuguese, Dutch; Indonesian (where its names
# differ from Dutch ones) and Russian (the genitive that dates use: "24 сентября 2018")
_MONTHS = {
    1: "january jan janvier janv januar jän enero ene gennaio gen janeiro januari января",
    2: "february feb février févr fevrier februar febrero febbraio fevereiro fev februari febr февраля",
    3: "march mar mars märz marz marzo março maart mrt maret марта",
    4: "april apr avril abril aprile abr апреля",
    5: "may mai mayo maggio mag maio mei мая",
    6: "june jun juin juni junio giugno giu junho июня",
    7: "july jul juillet juli julio luglio lug julho июля",
    8: "august aug août aout agosto ago augustus agustus августа",
    9: "september sep sept septembre septiembre settembre setembro set сентября",
    10: "october oct octobre oktober okt octubre ottobre ott outubro out октября",
    11: "november nov novembre noviembre novembro ноября",
    12: "december dec décembre decembre dezember dez diciembre dic dicembre dezembro desember декабря",
}
MONTH_NUMBER = {name: n for n, names in _MONTHS.items() for name in names.split()}


_MONTH = alternation(MONTH_NUMBER)
_TIME = r"(?:,?\s*(?:at\s+|à\s+|às\s+|um\s+|a las\s+|alle\s+(?:ore\s+)?|ore\s+|om\s+|-\s*)?(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"

_MONTH_NAME_PATTERNS = [
    # 29 March 2022, 17:38 / 29. März 2022 / 29 de marzo de 2022
    re.compile(rf"\b{_WEEKDAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<mon>{_MONTH})\.?,?\s+(?:de\s+)?(?P<y>\d{{4}}){_TIME}", re.I),
    # March 30, 2022 / Tuesday, March 29, 2022 at 5:38 pm
    re.compile(rf"\b{_WEEKDAY}(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME}", re.I),
]
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
    # 03/30/2022 (US) or 30/03/2022, 30.03.2022, 30-03-2022
    (
        re.compile(rf"\b(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<y>\d{{4}}){_TIME}", re.I),  # "PM" as "pm"
        re.compile(r"[/.-]\d\d\d\d"),
    ),
    # 11/19/19, a two-digit year: with slashes only, not inside a path ("/2019/11/19/")
    (re.compile(rf"(?<![\w/])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<yy>\d{{2}})(?![\w/]){_TIME}", re.I), re.compile("/")),
]
SHORT_YEAR_PIVOT = 69  # "69"-"99" are 1969-1999, "00"-"68" 2000-2068: POSIX strptime's %y

# Every pattern above holds a four-digit year, or a two-digit one after a slash: a line without
# four digits in a row or a slash has no date. Written out, not \d{4}: a pattern that opens with
# a character class lets the engine skip in C to the next digit (with a repeat first it starts a
# match at every position); the metadata cleaner asks it of most lines.
_YEAR_DIGITS = re.compile(r"\d\d\d\d")
_MONTH_NAMES = frozenset(MONTH_NUMBER)  # all lower case, all word characters
_WORD = re.compile(r"\w+")


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
    return "/" in text or _YEAR_DIGITS.search(text) is not None


def _may_name_a_month(text: str) -> bool:
    """Gate before the month-name patterns, which try a hundred names at every word: False when
    no word of ``text`` is a month's name. Their month is a whole word (a run of word
    characters): what comes before it is whitespace or a word boundary, what comes after it a
    ".", a "," or whitespace. Lower-cased words stand in for re.IGNORECASE unless
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


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """All dates in ``text`` as ``(start, end, iso)``, in order, non-overlapping."""
    found: list[tuple[int, int, str]] = []
    if not may_hold_date(text):  # gate: most lines, ruled out before the patterns
        return found
    for pattern in _patterns_for(text):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            g = m.groupdict()
            if "mon" in g and g["mon"]:
                # The regex folds case as Unicode does ("ſept" matches "sept"); a name that
                # folds to no known month ("maı", dotless i) is no date we can read.
                month = MONTH_NUMBER.get(g["mon"].casefold().rstrip("."), 0)
                if not month:
                    continue
            elif g.get("a"):
                a, b = int(g["a"]), int(g["b"])
                # with slashes, US order (month first) unless the first number cannot be a
                # month; with dots or dashes, day first unless the second cannot be one
                # ("11.14.2019"; "02-11-2019" is how Dutch and Indian pages write 2 November)
                us_order = a <= 12 and ("/" in m.group() or b > 12)
                month, g["d"] = (a, str(b)) if us_order else (b, str(a))
            else:
                month = int(g["m"])
            year = int(g["y"]) if g.get("y") else _full_year(int(g["yy"]))
            iso = _iso(year, month, int(g["d"]), g.get("h"), g.get("mi"), g.get("ampm"))
            if iso:
                found.append((m.start(), m.end(), iso))
    return sorted(found)


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
    r"\b(?:updated|last updated|modified|mis à jour|aktualisiert|actualizado|atualizado|aggiornato|bijgewerkt)\b", re.I
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


def date_line(text: str) -> tuple[str | None, str | None] | None:
    """``(published, updated)`` when the line is a dateline and nothing more, else ``None``.

    "29 March 2022, 17:38 | Updated: 29 March 2022, 20:50" gives both; a sentence that
    mentions a date is not a dateline.
    """
    dates = find_dates(text)
    if not dates:
        return None
    rest, pos = [], 0
    for start, end, _ in dates:
        rest.append(text[pos:start])
        pos = end
    rest.append(text[pos:])
    leftover = _LABEL_OR_TIMEZONE.sub(" ", " ".join(rest))
    if len(re.findall(r"[^\W\d_]{2,}", leftover)) > 2:
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
