"""Navigation: breadcrumbs, menu lines, link-only lines, skip links."""

from __future__ import annotations

import re

from ..dates import date_line, may_hold_date
from ..document import ASIDE, Block, Document, Kind, label_of
from ..markdown import BULLET
from ..phrases import RATING
from ..registry import cleaner
from .metadata import name_dateline

# Separators menus and breadcrumbs use between items.
_SEPARATORS = re.compile(r"\s+(?:\||·|•|›|»|>|/|–|—|::)\s+")
_MENU_HINT = re.compile(r"[|·•›»>/–—:]")
_LINK_ONLY = re.compile(rf"^(?:\s*{BULLET}?\s*!?\[[^\]]{{0,3000}}\]\([^)]{{0,2000}}\)\s*[|·•,]?)+$")
# Skip links and menu labels alone on a line, per language (en, fr, de, es, it, pt, nl).
_SKIP = re.compile(
    r"^(?:skip to (?:main )?content|skip to navigation|jump to|back to top|menu|search|home|close|open menu"
    r"|toggle navigation|main menu|navigation"
    r"|aller au contenu(?: principal)?|zum (?:haupt)?inhalt springen|ir al contenido(?: principal)?"
    r"|vai al contenuto(?: principale)?|salta al contenuto(?: principale)?|vai al menu|salta alla navigazione"
    r"|menu principale|apri (?:il )?menu|cerca|chiudi"
    r"|saltar para o conte[uú]do(?: principal)?|ir para o conte[uú]do(?: principal)?|pular para o conte[uú]do(?: principal)?"
    r"|ir para o menu|alternar navega[cç][aã]o|menu principal|abrir menu|pesquisar|fechar"
    r"|(?:ga |spring |direct )?naar (?:de )?(?:hoofd)?inhoud|ga direct naar (?:de )?(?:hoofd)?inhoud|hoofdmenu"
    r"|menu openen|zoeken|sluiten)\W*$",
    re.I,
)
# The same pattern for lower-cased lines (its phrases are lower-case): without IGNORECASE the
# engine rules a phrase out on its first letter, in C. It runs on every line.
_SKIP_LOWER = re.compile(_SKIP.pattern)
_CRUMB_WORDS = re.compile(
    r"^(?:home|start|accueil|startseite|inicio|portada|news|nachrichten|actualités|noticias|world|politics|business"
    r"|sport|sports|opinion|notizie|cronaca|in[ií]cio|not[ií]cias|voorpagina|nieuws|[\w-]+ news)$",
    re.I,
)


@cleaner("navigation", kinds=(Kind.NAVIGATION,))
def navigation(doc: Document, min_menu_items: int = 3, breadcrumb_window: int = 8) -> None:
    """Drop menus ("News | Sport | Weather"), skip links, link-only lines and breadcrumbs.

    A breadcrumb is a line made of a few section words followed by the headline that a
    later line repeats ("Home News <title>"), or section words joined by ">" or "/". A line of
    opening hours ("Mon – Fri 9am – 5pm") is not a menu: menus hold no time of day.
    """
    blocks = doc.kept()
    for i, block in enumerate(blocks):
        text = block.plain
        if _is_skip_link(block):
            doc.drop(block, Kind.NAVIGATION, "skip link or menu label")
        elif (
            _may_be_menu(text)
            and _is_menu(text, min_menu_items)
            and not _is_table_header(blocks, i)
            and not _continues_table(blocks, i)
        ):
            doc.drop(block, Kind.NAVIGATION, "menu line of short items between separators")
        elif "\u3000" in block.text and _is_wide_space_menu(text, min_menu_items):  # gate: CJK pages only
            doc.drop(block, Kind.NAVIGATION, "menu line of short items between separators")
        # gate: a line of markdown links holds "](" (cheaper than the has_link feature)
        elif "](" in block.text and _LINK_ONLY.match(block.text) and not block.ends_with_punctuation:
            if not ("@" in text and name_dateline(text)):  # "[A](#)[@handle](#)": metadata's byline
                doc.drop(block, Kind.NAVIGATION, "line made only of links")
        elif i < breadcrumb_window and _is_breadcrumb(block, blocks[i + 1 : i + 1 + breadcrumb_window]):
            doc.drop(block, Kind.NAVIGATION, "breadcrumb: section words before the headline")


def _is_skip_link(block: Block) -> bool:
    """A skip link or a menu label alone on its line ("Skip to content", "Menu")."""
    low = block.plain_lower  # None: lower-casing could disagree with IGNORECASE on this line
    return (_SKIP.match(block.plain) if low is None else _SKIP_LOWER.match(low)) is not None


def _may_be_menu(text: str) -> bool:
    """Cheap gate before the split: a menu does not end like a sentence, and it has separators."""
    return not text.endswith((".", "?", "!")) and _MENU_HINT.search(text) is not None


# Chinese and Japanese menus separate their items with the full-width space ("ホーム　ニュース
# 　経済　スポーツ"); so do headlines, between two or three clauses ("県予算案を発表　過去最大").
# A menu has more items, each a short word with no digit or punctuation.
_WIDE_MENU_MIN_ITEMS = 4
_WIDE_MENU_MAX_CHARS = 6


def _is_wide_space_menu(plain: str, min_items: int) -> bool:
    """Short words between full-width spaces (which ``Block.plain`` folds to spaces), at least
    four: a CJK page's menu."""
    items = plain.split()
    return len(items) >= max(min_items, _WIDE_MENU_MIN_ITEMS) and all(
        len(item) <= _WIDE_MENU_MAX_CHARS and item.isalpha() for item in items
    )


_NUMBER = re.compile(r"[-+]?\d[\d.,:%]*")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")  # "---|---|---"


def _is_menu(text: str, min_items: int) -> bool:
    if text.startswith("|"):
        return False  # a markdown table row: tables are content
    items = _SEPARATORS.split(text)
    if len(items) < min_items:
        return False
    if _figure_cells(items) >= 2:
        return False  # a table row ("1 | Kyle Busch | 5040 | 5"): menus hold no figures
    if sum(1 for item in items if RATING.search(item)) >= 2:
        return False  # a review's scores ("Food 8/10 | Service 9/10")
    if all(label_of(item.strip()) for item in items):
        return False  # a fact line ("Tempo: 30 minutos | Doses: 4"): menus hold labels, not values
    if may_hold_date(text) and any(date_line(item) for item in items):
        return False  # the header's dateline ("October 12, 2018 / 0 Comments / by ..."): metadata's
    # menu items are short labels, not clauses of a sentence
    if not all(0 < len(item.split()) <= 4 for item in items) or text.endswith((".", "?", "!")):
        return False
    return not _is_opening_hours(text)  # checked last: only on lines otherwise taken for a menu


# Opening hours ("Mon – Fri 9am – 5pm", "Open daily 10:00 – 18:00", "Mo – Fr 9 – 18 Uhr") split
# into short items like a menu, but a menu holds no time of day. A time: "9am", "5.30 pm",
# "10:00", "18h", "18h30", "9 Uhr", "9 u" (a price such as "$98.00" has a point, not a colon).
_TIME = re.compile(
    r"(?<![\d.,:$€£])(?:[01]?\d|2[0-3])(?:(?:[:.][0-5]\d)?\s?(?:[ap]\.?m\b\.?)|:[0-5]\d(?![\d.,])"
    r"|\s?h(?:[0-5]\d)?\b|\s?(?:uhr|u)\b)",
    re.I,
)
# What else says a line of times is one of opening hours: a weekday (full or short, en fr de
# es it pt nl) or a word of opening ("open", "daily", "closed", "geöffnet", "aperto"...).
_HOURS_WORD = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|weekdays?|weekends?|daily|open|opens|closed|hours"
    r"|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ouvert|ouverte|fermé|fermée"
    r"|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|täglich|geöffnet|geschlossen"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|abierto|cerrado|horario"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|aperto|chiuso|orari|orario"
    r"|segunda|terça|quarta|quinta|sexta|aberto|fechado|horário"
    r"|ma|wo|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|geopend|gesloten|dagelijks)\b",
    re.I,
)


def _is_opening_hours(text: str) -> bool:
    """A line of opening hours: a time of day with a weekday or an opening word, or two times."""
    if not any(c.isdigit() for c in text):
        return False  # most menus
    times = len(_TIME.findall(text))
    return times >= 2 or (times == 1 and _HOURS_WORD.search(text) is not None)


def _is_table_header(blocks: list[Block], i: int) -> bool:
    """The line is a table's header: the next line is a markdown table's rule ("---|---|---"),
    or a row of as many cells, two of them figures or more ("Metric | Q1 2027 | Q1 2026" over
    "Net sales | 2,418 | 2,301", as a page's text writes a table without its rule). Menus
    sit over a headline or another menu, not over a row of figures."""
    if i + 1 >= len(blocks):
        return False
    after = blocks[i + 1]
    if _TABLE_RULE.match(after.text.strip()) is not None:
        return True
    cells = _SEPARATORS.split(after.plain)
    return _figure_cells(cells) >= 2 and len(cells) == len(_SEPARATORS.split(blocks[i].plain))


def _figure_cells(cells: list[str]) -> int:
    """The cells that are a figure, with or without an aside in brackets ("2,874.31",
    "+31.84 (+1.12%)": a market table's change and its percentage)."""
    return sum(1 for cell in cells if _NUMBER.fullmatch(ASIDE.sub("", cell).strip() if "(" in cell else cell.strip()))


def _continues_table(blocks: list[Block], i: int) -> bool:
    """The line is a table's row under another: the line before is a row of as many cells, two
    of them figures or more, and this one holds a figure ("KOSPI | 2,874.31 | +31.84" over "Won
    per dollar | 1,452.30 | -4.10 won", a last row whose change carries its unit). A menu holds
    no figure, and sits under a headline or another menu."""
    if i == 0 or not any(c.isdigit() for c in blocks[i].plain):
        return False
    cells = _SEPARATORS.split(blocks[i].plain)
    before = _SEPARATORS.split(blocks[i - 1].plain)
    return len(before) == len(cells) and _figure_cells(before) >= 2 and any(c.isdigit() for c in "".join(cells[1:]))


def _is_breadcrumb(block: Block, following: list[Block]) -> bool:
    text = block.plain
    for later in following:
        headline = later.plain
        if len(headline) >= 15 and len(text) > len(headline) and text.endswith(headline):
            prefix = text[: -len(headline)].strip(" >/|»›:-")
            words = _SEPARATORS.split(prefix) if _SEPARATORS.search(prefix) else prefix.split()
            return 0 < len(words) <= 4 and all(_CRUMB_WORDS.match(w) or w.istitle() for w in words)
    return False
