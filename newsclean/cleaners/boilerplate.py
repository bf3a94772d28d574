"""Full-page text: find the article region among the page's other text and drop the rest.

A page rendered to text or markdown (html-text, html2text, a scraper's "page text") carries the
article among menus, footers, cookie notices, lists of headlines and comment threads. This
cleaner follows jusText's idea with small readable features per line:

1. classify each line, context-free, as ``good`` (prose: long enough, dense in function words,
   few links), ``near`` (prose-like: fewer function words, or short, or one sentence),
   ``short`` (too short to judge) or ``bad`` (link lists, copyright and cookie lines, lines
   repeated on the page, words without function words or sentence ends);
2. runs of ``near`` lines become ``good`` (an article in short paragraphs), then a context
   pass settles ``short`` and ``near`` lines by their nearest decided neighbours; the items
   of a list that a prose line introduces with a colon, and that prose follows (or that is
   numbered in sequence), count as article lines; on a page without prose on its own, a run
   goes on past a subheading and a table (a notice in short paragraphs);
3. the main region is the run of lines with the largest weight (prose adds its length,
   furniture subtracts it, short lines cost a little), searched after the article's headline
   when the page repeats its title, and searched again across the runs of short lines between
   prose that name what the article names (results, ingredients), that are a list of records
   (a fact box, a programme, key points) or that no cleaner touched between two paragraphs
   made of the article's words (a list introduced without a colon, a subheading), across an
   inline promo another cleaner dropped when the article's prose goes on after it, and across
   a run after the region that holds a list the article introduces (then searched once more,
   as the grown region reaches the runs after it), and carried
   past the article's closing block (a verdict, line-ups, a list of areas: lines that end like
   sentences or read "Label: value");
   a small prose island behind a run of furniture at either end is cut off (an author bio, a
   newsletter prompt), and a comment-thread heading ends it (a section heading so worded,
   over paragraphs to the end, does not). Question headings over their
   answers weigh nothing (an explainer, a Q&A), and so do an interview's speakers and a
   letters page's signatures over its short paragraphs; a live blog's summary box right above
   its first time stamp goes with it; a region that starts below an inline box is
   moved up to the lead paragraph under the article's byline; a closing "Rating: 4/5" line
   and the rest of a bulleted list the region ends in go with it, and so do a review's pros
   and cons down to its one score line ("Verdict: 4/5").

Lines outside the region are dropped; inside it, headings and short lines stay and only link
lists go. Function words and phrases are data: ``vocab/stopwords.toml``.

Already clean article text (a scraper's article body) must pass untouched, so the cleaner only
acts when there is a page around the region: enough text outside it (``min_outside_*``), and
at least one line only a page has (furniture wording, a link list, a repeated line, a menu
the ``navigation`` cleaner dropped).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain

from ..casefold import lowercase_is_exact
from ..dates import cites_reference, find_dates
from ..document import CLOSERS, EMAIL, Block, Document, Kind
from ..language import detect_language
from ..markdown import BULLET, bullet, link_words, plain
from ..phrases import RATING, alternation
from ..registry import cleaner
from ..scripts import (
    CJK_STOPS,
    HAN_KANA,
    HANGUL,
    SCRIPT_STOPS,
    SOUTHEAST_ASIAN,
    SPACED_SCRIPT_STOPS,
    WORD_CHARS,
    greek_question,
)
from . import vocab
from .trailing_headlines import SIGN_OFF_MAX_LINES, SIGN_OFF_MAX_WORDS, is_name, is_sign_off

_WORD = re.compile(f"[{WORD_CHARS}]+")  # as a Block's words
# not letters or digits: what a word (newsclean.scripts.WORD_CHARS) does not hold
_NOT_ALNUM = re.compile(f"[^{WORD_CHARS}]+|_")
# a sentence's end inside a line: a word, its stop, a space. Before the stops of other scripts
# any character: a Devanagari word ends with a vowel sign, which \w does not match. The stop
# comes first and the character before it is looked behind at: the search then skips to the
# few stops of a line, where a leading \w was tried at every position (25 times slower on a
# long line without one). The matches end where those of (?:\w[.!?…]|\S[stops])... end, so
# they are as many.
_SPACED_STOPS = "".join(SPACED_SCRIPT_STOPS)
_SENTENCE_END = re.compile(rf"[.!?…{_SPACED_STOPS}](?<=\w[.!?…]|\S[{_SPACED_STOPS}])[\"'”’»)]?(?:\s|$)")
_SENTENCE_STOPS = (".", "!", "?", "…", *SPACED_SCRIPT_STOPS)  # CJK: _ends_like_sentence
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved", re.IGNORECASE)
# Scripts written without spaces between words: word counts and stopwords mean nothing there.
_UNSPACED = re.compile(f"[{HAN_KANA}{HANGUL}{SOUTHEAST_ASIAN}]")

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"
# A ``doc.hints`` key: the page's title line, when ``metadata`` cut the site's name from it for
# ``metadata.title``. The headline search matches the printed headline against the title as the
# page wrote it: with the name cut, fewer words make a match, and a subheading that repeats the
# headline's words ("MAKING SPICED HONEY PEAR JAM") was taken for it.
PAGE_TITLE_HINT = "page_title"
FURNITURE_ALONE = (BAD, SHORT)  # context-free labels that show a page around the article


@lru_cache(maxsize=1)
def stopword_lists() -> dict[str, frozenset[str]]:
    """The function-word lists of ``vocab/stopwords.toml``, by language code."""
    data = vocab.data("stopwords")["stopwords"]
    return {lang: frozenset(words.split()) for lang, words in data.items()}


@lru_cache(maxsize=1)
def any_stopword() -> frozenset[str]:
    """The function words of all languages of ``vocab/stopwords.toml``."""
    return frozenset().union(*stopword_lists().values())


def _phrases(section: str) -> list[str]:
    """The lowercased phrases of a ``vocab/stopwords.toml`` section, one a line, all languages."""
    data = vocab.data("stopwords")[section]
    return [p.strip().lower() for text in data.values() for p in text.strip().splitlines() if p.strip()]


@lru_cache(maxsize=1)
def furniture_pattern() -> tuple[frozenset[str], re.Pattern[str]]:
    """The ``[furniture]`` phrases of ``vocab/stopwords.toml`` (all languages) as one pattern,
    with the set of their first words (a cheap test that spares most lines the pattern)."""
    phrases = _phrases("furniture")
    first_words = frozenset(_WORD.findall(p)[0] for p in phrases)
    return first_words, re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


def is_furniture(line_words: list[str], text: str) -> bool:
    """True when the line holds a furniture phrase (cookie notice, comment form, legal footer)."""
    first_words, pattern = furniture_pattern()
    return not first_words.isdisjoint(line_words) and pattern.search(text) is not None


def _key_word(phrase: str) -> str:
    """The word of a furniture phrase least likely in prose: not a function word, and the
    longest ("cookies" of "this site uses cookies", "newsletter" of "sign up for our newsletter")."""
    words: list[str] = _WORD.findall(phrase)
    return max(words, key=lambda word: (word not in any_stopword(), len(word)))


@lru_cache(maxsize=1)
def furniture_patterns_by_key_word() -> dict[str, re.Pattern[str]]:
    """The ``[furniture]`` phrases as one pattern per key word (:func:`_key_word`): what
    :func:`_furniture_line` searches when only a few key words occur in a line."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for phrase in _phrases("furniture"):
        by_key[_key_word(phrase)].append(phrase)
    return {
        word: re.compile(r"\b(?:" + "|".join(re.escape(p) for p in group) + r")\b", re.IGNORECASE)
        for word, group in by_key.items()
    }


@lru_cache(maxsize=1)
def furniture_key_words() -> frozenset[str]:
    """The key words of the ``[furniture]`` phrases (:func:`_key_word`), one of which every
    furniture line holds."""
    return frozenset(furniture_patterns_by_key_word())


def _furniture_line(words: list[str], text: str, exact_lower: bool) -> bool:
    """:func:`is_furniture` for a line whose ``words`` are the \\w+ words of ``text.lower()``;
    ``exact_lower``: :func:`newsclean.casefold.lowercase_is_exact` of the text.

    The same answer, cheaper: each \\w+ word of a phrase is a whole word of any line the
    phrase matches (the pattern puts ``\\b`` at the phrase's ends, and inside it words end at
    non-word characters), so a phrase matches only where its key word (:func:`_key_word`,
    seldom in prose, unlike a first word such as "you" or "this") is one of the line's words.
    Only the phrases of those key words are searched, on few lines. A line with a case oddity
    gets :func:`is_furniture` itself.
    """
    if not exact_lower:
        return is_furniture(words, text)
    key_words = furniture_key_words()
    if key_words.isdisjoint(words):
        return False
    by_key = furniture_patterns_by_key_word()
    return any(by_key[word].search(text) is not None for word in key_words.intersection(words))


def is_furniture_block(block: Block) -> bool:
    """:func:`is_furniture` for a block, by the cheaper :func:`_furniture_line`."""
    return _furniture_line(_lower_words(block), block.plain, lowercase_is_exact(block.plain))


@lru_cache(maxsize=1)
def notice_words() -> frozenset[str]:
    """Words one of which every copyright notice and furniture phrase holds on a line without a
    case oddity: the key words of the furniture phrases, "copyright" and "rights" (of "all
    rights reserved")."""
    return furniture_key_words() | {"copyright", "rights"}


@lru_cache(maxsize=1)
def comment_headings() -> frozenset[str]:
    """The ``[comment_headings]`` of ``vocab/stopwords.toml``, all languages, lowercased."""
    return frozenset(_phrases("comment_headings"))


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def is_comment_heading(text: str) -> bool:
    """True for a line that opens a comment thread: "Comments", "[ 167 comments ]", "Leave a Reply".

    The line's runs of letters, lowercased and joined by single spaces, must be a heading of
    ``vocab/stopwords.toml``: numbers and punctuation around them do not count.
    """
    if len(text) > 40:
        return False
    return " ".join(_LETTER_RUN.findall(text.lower())) in comment_headings()


@dataclass(slots=True)
class Line:
    """One block and the features and labels the classifier gives it."""

    block: Block
    chars: int  # letters and digits of the plain text (what a reader reads)
    words: list[str]  # lowercased words of the plain text
    link_density: float  # share of the plain text inside markdown link text
    stop_density: float = 0.0
    label: str = SHORT
    rule: str = ""
    first_label: str = SHORT  # the context-free label
    lone: bool = False  # a furniture line with prose on both sides (a promo link, a caption)
    bridged: bool = False  # weighs nothing: a short run between prose of the article
    #                        (_bridge_short_runs), or a list a short line introduces
    listed: bool = False  # an item of a list a prose line introduces ("... the six books:")
    asks: bool = False  # weighs nothing: a question heading over its answer (_mark_questions)
    stamp: bool = False  # weighs nothing: a live blog's time stamp or a listicle's heading (_prose_runs)
    signs: bool = False  # a line of a letter's signature on a letters page (_signatures)


def _features(block: Block) -> Line | None:
    """The line's features; None for a line without letters or digits (nothing to read)."""
    words = block.words
    if not words:
        return None
    joined = " ".join(words)  # joined once: counted here, lowercased by _lower_words
    # The \w+ words hold every letter and digit of the line, and its every "_" besides ("_"
    # is a word character): counted in the words, shorter than the line.
    chars = len(joined) - (len(words) - 1) - joined.count("_")
    if not chars:
        return None
    link_density = 0.0
    if "](" in block.text:  # markdown link syntax: count the characters of the link texts
        # (letters and digits are counted one by one: those of the texts joined are the sum)
        link_text = "".join(link_words(block.text))
        if "](" in link_text:  # an image in a link's words: its alt text counts, its source not
            link_text = plain(link_text)
        link_density = min(1.0, _alnum_count(link_text) / chars)
    return Line(block, chars, _lower_words(block, joined), link_density)


def _alnum_count(text: str) -> int:
    """Letters and digits in ``text``."""
    return len(_NOT_ALNUM.sub("", text))


def _lower_words(block: Block, joined: str | None = None) -> list[str]:
    """The \\w+ words of the lowercased plain text (``joined``: the block's words joined by
    single spaces, when the caller has it).

    Lowercasing keeps every letter a letter, one for one, except Turkish İ (two characters)
    and Greek Σ (ς or σ by its neighbours): on a line without them (its ``plain_lower`` is
    not None and it holds no Σ, see newsclean.casefold), the block's own words (computed once, shared with
    other cleaners) lowercased are the same list, without a second regex.
    """
    if block.plain_lower is None or "Σ" in block.plain:  # (plain_lower writes every sigma "σ")
        return _WORD.findall(block.plain.lower())
    if joined is None:
        joined = " ".join(block.words)
    return joined.lower().split()  # a lowercased word holds no space


LANGUAGE_MIN_SHARE = 0.08  # of a page's words, function words of one list: below, no list
LANGUAGE_SURE_SHARE = 0.2  # from here, the list is the page's language without asking langdetect


def _language(lines: list[Line]) -> frozenset[str] | None:
    """The stopword list that matches most words of the page (the article is its longest prose)."""
    lists = stopword_lists()
    words_of_page = chain.from_iterable(line.words for line in lines)
    counts = Counter(filter(any_stopword().__contains__, words_of_page))  # function words only
    total = sum(len(line.words) for line in lines)
    # each list intersected with the set of the page's function words (about twice as quick
    # as counts.keys() & words)
    found = set(counts)
    hits = {lang: sum(map(counts.__getitem__, words.intersection(found))) for lang, words in lists.items()}
    best = max(hits, key=lambda lang: hits[lang], default=None)
    share = hits[best] / total if best and total else 0.0
    # A page in a language without a list matches a few words by chance only...
    if best is None or share < LANGUAGE_MIN_SHARE:
        return None
    if share >= LANGUAGE_SURE_SHARE:
        return lists[best]
    # ...or as many as a page in a listed language with little prose (Czech matches the
    # Portuguese list on 12% of its words, an English page of headlines the English one on
    # 11%): langdetect, on the page's longest lines, tells them apart.
    detected, _ = detect_language("\n".join(line.block.plain for line in lines))
    return lists.get(detected) if detected else lists[best]


def _classify(line: Line, stopwords: frozenset[str] | None, s: Settings) -> tuple[str, str]:
    """Context-free label and the rule that gave it."""
    text, words, chars = line.block.plain, line.words, line.chars
    if line.link_density > s.max_link_density:
        return BAD, "link list"
    # lowercase_is_exact(text), read off the block: its plain_lower is None exactly when
    # lower-casing could disagree with IGNORECASE (computed once, shared by the cleaners)
    exact_lower = line.block.plain_lower is not None
    # gate: a copyright or furniture line holds one of these words or signs; most lines are
    # ruled out here by one set lookup
    if not exact_lower or "(" in text or "©" in text or not notice_words().isdisjoint(words):
        if chars < s.length_high and _has_copyright(text, words, exact_lower):
            return BAD, "copyright line"
        if _furniture_line(words, text, exact_lower):
            return BAD, "site furniture wording"
    if chars < s.length_low:
        # One sentence of news prose fits in a short line; a headline or menu entry does not
        # end like a sentence.
        if len(words) >= s.sentence_words and _is_sentence(text):
            return NEAR, "short sentence"
        return SHORT, ""
    if stopwords is None or (not text.isascii() and _UNSPACED.search(text)):
        # No function words to count: judge by length and sentence punctuation alone.
        if line.block.ends_with_punctuation or _ends_like_sentence(text):
            return (GOOD, "long sentence") if chars >= s.length_high else (NEAR, "sentence")
        return BAD, "no sentence end"
    line.stop_density = sum(map(stopwords.__contains__, words)) / len(words) if words else 0
    if line.stop_density >= s.stopwords_high:
        return (GOOD, "prose") if chars >= s.length_high else (NEAR, "short prose")
    if line.stop_density >= s.stopwords_low:
        return NEAR, "some function words"
    if chars >= 3 * s.length_high and len(_SENTENCE_END.findall(text)) >= 3:
        return GOOD, "long run of sentences"  # menus and headlines are never this long
    # Prose in a register the stopword list misses (market reports, informal writing):
    # sentences end with sentence punctuation, headlines and menu entries do not.
    if _is_sentence(text):
        return NEAR, "a sentence"
    if chars >= s.length_high and len(_SENTENCE_END.findall(text)) >= 2:
        return NEAR, "several sentences"
    return BAD, "few function words"


def _has_copyright(text: str, words: list[str], exact_lower: bool) -> bool:
    """The line holds a copyright notice (``_COPYRIGHT``); ``words`` as in :func:`_furniture_line`."""
    # gate: the pattern needs "©", "(c)", the word "copyright" or "all rights reserved" (so the
    # word "rights"); most lines are ruled out here without a regex
    if exact_lower and "(" not in text and "©" not in text and "copyright" not in words and "rights" not in words:
        return False
    return _COPYRIGHT.search(text) is not None


def _is_sentence(text: str) -> bool:
    """Ends with sentence punctuation, of scripts written with spaces (a colon introduces
    something: not an end)."""
    stripped = text.rstrip(CLOSERS)
    return stripped.endswith(_SENTENCE_STOPS) or greek_question(stripped)


def _ends_like_sentence(text: str) -> bool:
    """Sentence ends of scripts without spaces (and Korean's declarative ending 다)."""
    return text.rstrip(CLOSERS).endswith((*CJK_STOPS, "다", "."))


# a time alone on its line, as a live blog stamps its entries: "12:48", "9.05am", "14:30 GMT", "19h12"
# (not "12.50 euro" or "3.14")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4})?$")


SPEAKER_MAX_WORDS = 4  # "Q", "Interviewer", "Mira Dasgupta", "Dr Ana de Souza"
TURNS_MIN = 4  # turns in a run of short paragraphs that make it an interview's, however short


def _turns(lines: list[Line], spoken: Iterable[int]) -> dict[int, bool]:
    """The lines of an interview's turns, by block index: True for a speaker alone on its line,
    False for a line that opens with its speaker. ``spoken``: the positions of the lines to
    try, the short lines the page prints twice or more and those with a colon (the others give
    no speaker).

    A speaker alone on a line is a short line the page prints again and again (a name, "Q:"),
    over what he says: prose or a sentence. A line opens with its speaker when it is a "Label:
    value" line ("A: Never.", "DASGUPTA: It was ..."). Two speakers at least take turns, each
    twice or more. A menu printed again in the footer repeats its entries too, but over other
    entries, and a share bar over its buttons; the "When:" and "Where:" of a fact box do not
    take turns.
    """
    candidates = list(spoken)
    if len(candidates) < 3:
        return {}  # most pages
    seen = Counter(lines[i].block.plain for i in candidates)
    found: dict[int, str] = {}  # the speaker of each turn, by position
    alone: set[int] = set()
    for i in candidates:
        line, text = lines[i], lines[i].block.plain
        after = lines[i + 1] if i + 1 < len(lines) else None
        if (
            line.first_label == SHORT
            and seen[text] > 1
            and after is not None
            and (after.first_label in (GOOD, NEAR) or (after.block.ends_with_punctuation and _is_sentence(after.block.plain)))
            and line.block.n_words <= SPEAKER_MAX_WORDS
            and not _is_sentence(text)
        ):
            found[i] = text.rstrip(":").strip().lower()
            alone.add(i)
        elif ":" in text and line.first_label in (SHORT, NEAR) and line.block.label is not None:
            found[i] = line.block.label
    counts = Counter(found.values())
    turns = [(i, key) for i, key in found.items() if counts[key] >= 2]
    changes = sum(1 for (_, a), (_, b) in zip(turns, turns[1:]) if a != b)
    if changes < 2:  # A, B, A at least
        return {}
    return {lines[i].block.index: i in alone for i, _ in turns}


@lru_cache(maxsize=1)
def signature_phrases() -> frozenset[str]:
    """The ``[signatures]`` of ``vocab/stopwords.toml`` ("Name and address supplied"), lowercased."""
    return frozenset(_phrases("signatures"))


SIGNATURE_PLACE_WORDS = 4  # "Leeds", "Halifax, West Yorkshire", "Professor of history, Oxford"


def _signed(paragraph: list[Block]) -> bool:
    """A letter's signature: a sign-off (:func:`is_sign_off`: "Jean Marsh" over "Halifax, West
    Yorkshire"), a name over its town or role without a comma ("Dr Peter Amis" over "Leeds"),
    or what a letters page prints for a name withheld (``signature_phrases``)."""
    if is_sign_off(paragraph):
        return True
    if len(paragraph) == 1:
        return paragraph[0].plain.lower() in signature_phrases()
    return is_name(paragraph[0].plain) and all(
        b.n_words <= SIGNATURE_PLACE_WORDS and b.plain[:1].isupper() and not b.ends_with_punctuation for b in paragraph[1:]
    )


LETTERS_MIN = 2  # signed letters that make a letters page (one signature closes an op-ed)


def _signs_under(prev: Line, line: Line) -> bool:
    """The cheap tests of a signature's first line (see :func:`_signatures`) that hold from
    the lines' classification on: a short line opening a paragraph with a capital or a dash,
    under a line that is not short and ends like a sentence."""
    if line.first_label != SHORT or prev.first_label == SHORT or not line.block.blank_before:
        return False  # most lines
    opening = line.block.plain[:1]
    return (opening.isupper() or opening in "—–―-") and prev.block.ends_with_punctuation


def _signatures(lines: list[Line], signing: list[int] | None = None) -> dict[int, bool]:
    """The signatures of a letters page and the headings of the letters under them, by block
    index (all marks, True, as :func:`_turns` gives a speaker alone on its line). ``signing``:
    the positions of the lines that pass :func:`_signs_under` when the caller has them (None:
    all are tried).

    A signature (:func:`_signed`) is a paragraph of short lines of its own under a letter's
    last sentence; the next letter's heading is the one short line after it over prose. A
    page with fewer than ``LETTERS_MIN`` signatures has none: a column's sign-off is
    :func:`_sign_off`'s.
    """
    if signing is None:
        signing = [i for i in range(1, len(lines)) if _signs_under(lines[i - 1], lines[i])]
    if len(signing) < LETTERS_MIN:
        return {}  # most pages: no signatures to find
    found: dict[int, bool] = {}
    signatures: list[list[Line]] = []
    for i in signing:
        prev = lines[i - 1]
        # prose, by now: an introduction of a list may have become near-prose (_introduces)
        if prev.first_label not in (GOOD, NEAR) or not _is_sentence(prev.block.plain):
            continue
        j = i + 1  # the paragraph is lines[i:j]
        while j < len(lines) and j - i <= SIGN_OFF_MAX_LINES and not lines[j].block.blank_before:
            j += 1
        paragraph = lines[i:j]
        if len(paragraph) > SIGN_OFF_MAX_LINES or any(x.first_label != SHORT for x in paragraph):
            continue
        if not _signed([x.block for x in paragraph]):
            continue
        signatures.append(paragraph)
        found.update((x.block.index, True) for x in paragraph)
        if j + 1 < len(lines) and lines[j].first_label == SHORT and lines[j + 1].first_label in (GOOD, NEAR):
            found[lines[j].block.index] = True  # the next letter's heading
    if len(signatures) < LETTERS_MIN:
        return {}
    for line in chain.from_iterable(signatures):
        line.signs = True
    return found


SUBHEADING_MAX_WORDS = 4  # "Extra recycling", "Was ändert sich?"; a teaser's headline is longer
TABLE_MIN_ROWS = 3


def _section_break(lines: list[Line], k: int, dropped: Mapping[int, Kind], repeated: frozenset[str]) -> int:
    """The end (exclusive) of the section break that starts at ``lines[k]``, or ``k`` for none.

    A page in short paragraphs (a council notice, a service update) runs them on past a
    subheading, a paragraph of one line of a few words ("Extra recycling"), and past a table, a
    paragraph of short lines most of which share a shape with a figure ("Monday 22 December /
    No change"), when a paragraph follows it. Neither is a teaser's headline (longer) nor a
    menu (no shape shared; dropped, or repeated in the footer). The caller checks that the
    paragraph before ends like a sentence, and looks past breaks only on a page without a line
    of prose on its own. Once the run is the article's, the break weighs nothing.
    Measured when added: untouched set, article lines lost 39 -> 21 (text), 48 -> 30
    (markdown); dev pages, furniture removed and the other sets unchanged.
    """
    line = lines[k]
    if not line.block.blank_before:
        return k
    j = k + 1  # the paragraph is lines[k:j]
    while j < len(lines) and not lines[j].block.blank_before:
        j += 1
    if j == len(lines) or lines[j].label != NEAR:
        return k
    paragraph = lines[k:j]
    if any(x.first_label != SHORT or x.block.index in dropped or x.block.plain in repeated for x in paragraph):
        return k
    if len(paragraph) == 1:
        text = line.block.plain
        if text[:1] in _NUMBER_OPENINGS:
            return k  # a listicle's numbered heading or a live blog's time stamp: _prose_runs' own
        heading = line.block.n_words <= SUBHEADING_MAX_WORDS and not _is_sentence(text) and not text.endswith(":")
        return j if heading and not is_comment_heading(text) else k
    if len(paragraph) < TABLE_MIN_ROWS:
        return k
    shapes = Counter(x.block.shape for x in paragraph if _telling_shape(x.block.shape))
    return j if sum(n for n in shapes.values() if n > 1) > len(paragraph) / 2 else k


def _prose_runs(
    lines: list[Line],
    min_chars: int,
    spoken: list[int],
    signing: list[int],
    dropped: Mapping[int, Kind],
    repeated: frozenset[str],
) -> None:
    """Upgrade runs of consecutive ``near`` lines: an article written in short paragraphs.

    A teaser list alternates headlines (short or bad) with one-line summaries, so its near
    lines never form a run; an article's short paragraphs follow each other. So do a live
    blog's entries, between their time stamps ("12:48", and the entry's heading under it), and
    a listicle's sections, between their numbered headings ("2. Fewer trains", "3. ..."), when
    the paragraph before the stamp or the heading ends like a sentence: a ticker's entries and
    a most-read list's items are headlines. The stamps and headings of an upgraded run, and
    the one stamp (and its heading) or numbered heading right above its first entry, are
    marked ``stamp``: they weigh nothing. An interview's turns (:func:`_turns`) are entries
    too: under a speaker's name alone on its line (a stamp), what he says, and a short question
    or answer that opens with its speaker ("A: Never."), when it ends like a sentence; a run
    with ``TURNS_MIN`` turns needs no ``min_chars`` (``spoken``: the positions of the lines
    that may give a speaker, see :func:`_turns`). So are the letters of a letters page,
    between their signatures and headings (:func:`_signatures`, marks as a speaker is), a
    letter long enough to be prose among them: its characters count for ``min_chars``, which
    signed teasers after an article ("Jane Doe, Political Editor") do not reach (``signing``:
    the positions of the lines that may open a signature, see :func:`_signatures`).
    Measured when added: dev pages and every probe set unchanged (no interview or letters page
    among them).
    An aside between two entries, up to a time stamp (:func:`_aside_before_stamp`: an advert
    label, a read-more line the promos cleaner dropped), does not end a run. Measured when
    added: distant set, article lines lost 45 / 30 -> 34 / 19; dev pages and the other sets
    unchanged.
    An inline promo link another cleaner dropped ("**Read more:** [headline](#)", alone) does
    not end a run either: in text the promo is a line of the run, in markdown a link line.
    A list the article introduces (``listed`` or ``bridged``, :func:`_mark_introduced_lists`)
    does not end a run: its paragraphs go on after it ("Results:" and the candidates' votes
    between two short paragraphs each side, which alone were too short for a run). Measured
    when added: sealed set, article lines lost 14 -> 6 (text; a Slovak page, a language without
    a function-word list), furniture removed one line less there and 5 / 2 lines more on the
    unseen set; dev pages and the other sets unchanged.
    """
    run: list[Line] = []
    marks: list[Line] = []  # the time stamps and numbered headings the run's entries are under
    stamped = False  # the line before was a live blog's time stamp
    next_number = 0  # the number the next heading of a numbered list would have
    interview = _turns(lines, spoken)
    signatures = _signatures(lines, signing)
    turns = interview | signatures
    # the block indices of the lines right over a signature (a letter's last paragraph)
    over = frozenset(lines[k - 1].block.index for k in range(1, len(lines)) if lines[k].signs) if signatures else frozenset()
    spoke = False  # the line before was an interview's speaker, alone on its line
    turn: bool | None = None  # most pages have no turns: no line is one
    skip_to = 0  # the end of a section break the run goes on past
    # Section breaks are looked past only on a page without a line of prose on its own: there
    # the short paragraphs are all the article has. Elsewhere its prose anchors the region, and
    # a heading inside a box (a newsletter's, a sidebar's) joined the box's lines into a run.
    sections = not any(line.first_label == GOOD for line in lines)
    headed = False  # the lines since the last mark are a numbered heading and its facts
    for k, line in enumerate(lines):
        if run and (line.listed or line.bridged) and line.label != NEAR:
            continue  # a list the run's paragraphs introduce, inside them: the run goes on past it
        if k < skip_to:
            continue
        if headed and _entry_fact(line, dropped):
            marks.append(line)  # weighs nothing once the run is the article's
            continue
        headed = False
        # gate: a break is a short line after a paragraph that ends like a sentence
        if run and dropped.get(line.block.index) is Kind.PROMO:
            if (line.rule == "link list" and _single_link(lines, k)) or _aside_before_stamp(lines, k, dropped):
                continue  # an inline promo ("**Read more:** [headline](#)"): the paragraphs go on after it
        if run and sections and line.label == SHORT and _is_sentence(run[-1].block.plain):
            skip_to = _section_break(lines, k, dropped, repeated)
            if skip_to > k:
                marks.extend(lines[k:skip_to])  # weigh nothing once the run is the article's
                continue
        after_stamp, stamped = stamped, False
        after_speaker, spoke = spoke, False
        if line.label == NEAR:
            run.append(line)
            continue
        text = line.block.plain
        if turns:
            turn = turns.get(line.block.index)
            # a short answer or question of an interview is an entry when it ends like a
            # sentence; so is a letter long enough to be prose, over its signature (it counts
            # for min_chars)
            if (line.label == SHORT and (after_speaker or turn is False) and turn is not True and _is_sentence(text)) or (
                line.label == GOOD and line.block.index in over
            ):
                run.append(line)
                continue
        speaker = turn is True
        opening = text[:1]
        if not (run or marks or speaker or opening.isdigit() or opening == "("):
            # most lines: nothing pending (a line under a stamp has it in marks), and no stamp,
            # speaker or numbered heading (they open with a digit or "(") to head what follows:
            # the general steps below would leave all as it is
            next_number = 0
            continue
        # gate: a stamp opens with a digit, a numbered heading with one or "(" (most lines neither)
        clock = opening.isdigit() and _CLOCK.match(text) is not None
        numbered = _NUMBERED.match(text) if line.label == SHORT and text[:1] in _NUMBER_OPENINGS else None
        number, next_number = next_number, int(numbered[1]) + 1 if numbered else 0
        heading = after_stamp and line.label == SHORT
        if run and _is_sentence(run[-1].block.plain) and (clock or speaker or heading or (numbered and int(numbered[1]) == number)):
            marks.append(line)
        elif not run and (heading or (speaker and after_speaker) or ((clock or numbered or speaker) and not marks)):
            marks.append(line)  # above the first entry: one stamp and its heading, or one heading
        else:
            if run:
                _upgrade_run(run, marks, min_chars, interview)
            run, marks = [], [line] if clock or numbered or speaker else []  # it may head the next run
        stamped = clock and marks[-1:] == [line]
        spoke = speaker and marks[-1:] == [line]
        headed = numbered is not None and marks[-1:] == [line]
    _upgrade_run(run, marks, min_chars, interview)


def _entry_fact(line: Line, dropped: Mapping[int, Kind]) -> bool:
    """A line between a listicle's numbered heading and its entry's paragraph: a short
    "Label: value" fact ("When: Dec 5 to Dec 31", "Where: Clarke Quay", "Price: $12") or a
    line the promos cleaner dropped (an advert label, a read-more line). An events guide, a
    restaurant round-up or a product list gives each entry such facts; without them looked
    past, each entry's paragraph, short, stood alone and the run of entries never formed.
    Measured when added: far set, article lines lost 61 -> 36 (text; an events guide); dev
    pages, furniture removed and the other sets unchanged.
    """
    if dropped.get(line.block.index) is Kind.PROMO:
        return True
    return line.first_label == SHORT and line.block.index not in dropped and line.block.label is not None


def _aside_before_stamp(lines: list[Line], k: int, dropped: Mapping[int, Kind]) -> bool:
    """``lines[k]`` opens an aside between a live blog's entries: up to ``LONE_PROMO_LINES``
    lines the promos cleaner dropped ("Advertisement", "See also: <headline>"), right above
    a time stamp. A newsletter box or a share bar after the article runs into furniture or
    prose, not into the next entry's stamp."""
    for j in range(k, min(k + LONE_PROMO_LINES + 1, len(lines))):
        if dropped.get(lines[j].block.index) is not Kind.PROMO:
            text = lines[j].block.plain
            return j > k and text[:1].isdigit() and _CLOCK.match(text) is not None
    return False


def _upgrade_run(run: list[Line], marks: list[Line], min_chars: int, interview: Mapping[int, bool]) -> None:
    # an interview's turns are evidence enough: a short one ("Q: Favourite book?", "A:
    # Middlemarch.") never holds min_chars. Signatures are not: a list of teasers, each signed
    # "Jane Doe, Political Editor", is signed like a page of letters
    spoken = sum(1 for r in chain(run, marks) if r.block.index in interview) if interview else 0  # most pages: none
    if len(run) >= 2 and (spoken >= TURNS_MIN or sum(r.chars for r in run) >= min_chars):
        for r in run:
            if r.first_label != GOOD:  # a letter's prose is prose already
                r.label = r.first_label = GOOD
                r.rule = "run of short paragraphs"
        for mark in marks:
            mark.stamp = True


def _context(lines: list[Line], dropped: Mapping[int, Kind], echoes: Iterable[int] = ()) -> None:
    """Settle ``short`` then ``near`` lines by their nearest decided neighbours (jusText),
    looking past single link lines, lone furniture lines and the items of introduced lists.
    ``dropped``: the kinds of the blocks other cleaners dropped (the promos among them are looked
    past, :func:`_promo_asides`); ``echoes``: the positions of inline promos whose headline the
    page prints again (:func:`_echoed_headlines`)."""
    promos = {i for i, kind in dropped.items() if kind is Kind.PROMO}
    for i, line in enumerate(lines):
        line.lone = line.rule == "link list" and _single_link(lines, i)  # gate: few lines are links
    for i in echoes:
        lines[i].lone = True
    # the positions of the promos (few lines): lines are in block order
    at = [bisect_left(lines, index, key=lambda line: line.block.index) for index in sorted(promos)]
    at = sorted({i for i in at if i < len(lines) and lines[i].block.index in promos})
    for i in _promo_asides(lines, at, dropped):
        lines[i].lone = True
    labels = [LONE if line.lone or line.listed or line.bridged else line.label for line in lines]
    _settle_short(lines, labels)
    # an introduced list's items say nothing about their neighbours: looked past, like a lone
    # furniture line
    labels = [LONE if line.lone or line.listed or line.bridged else line.label for line in lines]
    labels = _without_lone_furniture(labels, at)
    for line, label in zip(lines, labels):
        line.lone = label == LONE and not (line.listed or line.bridged)
    # the few near lines left, by the nearest labels around them that are neither NEAR nor
    # LONE (the edge of the page counts as furniture): the near lines of one run of NEAR and
    # LONE labels share them, found once (not the lists of every line's, see _nearest)
    end = -1  # the run of the near line before is labels[start : end + 1]
    for i, line in enumerate(lines):
        if line.label != NEAR:
            continue
        if i > end:
            start = end = i  # labels[i] is NEAR or LONE
            while start > 0 and labels[start - 1] in (NEAR, LONE):
                start -= 1
            while end + 1 < len(labels) and labels[end + 1] in (NEAR, LONE):
                end += 1
            between_furniture = (start == 0 or labels[start - 1] == BAD) and (end + 1 == len(labels) or labels[end + 1] == BAD)
        if between_furniture:
            line.label, line.rule = BAD, "prose-like, between furniture"
        else:
            line.label, line.rule = GOOD, "prose-like, next to prose"


def _promo_asides(lines: list[Line], at: list[int], dropped: Mapping[int, Kind]) -> list[int]:
    """The positions of the inline promos of a page in text: a run of up to
    ``LONE_PROMO_LINES`` lines another cleaner dropped as promos (``at``: their positions, in
    order), one of them furniture on its own and no link ("Read also: <headline>", beside
    "Advertisement"), between two lines no cleaner dropped that are not furniture on their own.
    In markdown such a promo is one link, looked past (:func:`_single_link`); in text it was a
    decided furniture line, and an article in short paragraphs (a listicle's entries, a live
    blog's) had no prose line to settle its short and near lines by: all of them above the promo
    became furniture between furniture.
    Measured when added: far set, article lines lost 91 -> 73 (text; an events listicle, a
    Hindi health report); dev pages, furniture removed and the other sets unchanged.
    """
    def inside(line: Line) -> bool:
        return line.label != BAD and line.block.index not in dropped

    out: list[int] = []
    k = 0
    while k < len(at):
        j = k + 1
        while j < len(at) and at[j] == at[j - 1] + 1:
            j += 1
        first, last = at[k], at[j - 1]
        run = lines[first : last + 1]
        if (
            j - k <= LONE_PROMO_LINES
            and 0 < first
            and last + 1 < len(lines)
            and any(x.label == BAD for x in run)
            and not any(x.block.has_link for x in run)
            and inside(lines[first - 1])
            and inside(lines[last + 1])
        ):
            out.extend(range(first, last + 1))
        k = j
    return out


ECHO_MIN_WORDS = 3  # a headline; "Note: Reuters" or "Photo: AFP" repeat a name, no headline


def _echoed_headlines(lines: list[Line], colons: list[int], seen: Counter[str]) -> list[int]:
    """The positions of the inline promos of a page in text: a short label, a colon and a
    headline ("Read also: <headline>", "Och interessant: ...", "Gehiago: ...") whose headline
    the page prints again as a line of its own, in its related or most-read list. Such a line
    is a link to another story, as a single markdown link is (:func:`_single_link`): the
    context pass looks past it, though the promos vocabulary lacks its label and, longer than a
    short line, without function words, it was furniture that made the short sentence above it
    furniture too. A line of the article with a colon quotes no headline of the page's lists.
    Measured when added: distant set, article lines lost 17 -> 10 (text; a Luxembourgish
    report); dev pages and the other sets unchanged.
    """
    found = []
    for i in colons:  # gate: few lines hold a colon
        line = lines[i]
        if line.first_label == GOOD or line.block.label is None:
            continue
        headline = line.block.plain.partition(":")[2].strip()
        if seen[headline] and len(headline.split()) >= ECHO_MIN_WORDS:
            found.append(i)
    return found


def _settle_short(lines: list[Line], labels: list[str]) -> None:
    """Settle the ``short`` lines by the nearest decided (good or bad) labels around them,
    looking past near and looked-past (LONE) ones (the edge of the page counts as furniture):
    between prose, prose; between furniture, furniture; between the two, prose when a near
    line lies between it and the furniture (near-prose shields it), else furniture.

    The lines of a gap between two decided lines share those neighbours: they are settled gap
    by gap, without the lists of every line's neighbours (:func:`_nearest`, four passes over
    the page).
    """
    decided = [i for i, label in enumerate(labels) if label == GOOD or label == BAD]
    for start, end in zip([-1, *decided], [*decided, len(lines)]):  # the gap lines[start+1 : end]
        if end - start < 2:
            continue
        before = labels[start] if start >= 0 else BAD
        after = labels[end] if end < len(lines) else BAD
        if before == after:
            label, rule = (GOOD, "short, between prose") if before == GOOD else (BAD, "short, between furniture")
            for line in lines[start + 1 : end]:
                if line.label == SHORT:
                    line.label, line.rule = label, rule
            continue
        # from the furniture's side: the short lines past a near line are shielded by it
        shielded = False
        for k in range(start + 1, end) if before == BAD else range(end - 1, start, -1):
            line = lines[k]
            if line.label == SHORT:
                line.label, line.rule = (GOOD, "short, next to prose") if shielded else (BAD, "short, next to furniture")
            elif labels[k] == NEAR:
                shielded = True


LONE = "lone"


def _single_link(lines: list[Line], i: int) -> bool:
    """A line that is one markdown link with no link line next to it: an inline promo
    ("**Read more:** [headline](#)") or a linked caption. Menus and headline lists are link
    lines in a row. Such a line says nothing about its neighbours, so the context pass looks
    past it, as past a lone furniture line (dev markdown: recall +0.005, precision -0.002).
    """
    line = lines[i]
    if line.rule != "link list" or line.block.text.count("](") != 1:
        return False
    return all(j < 0 or j >= len(lines) or lines[j].rule != "link list" for j in (i - 1, i + 1))


LONE_PROMO_LINES = 2  # an inline promo and the advert label beside it ("Read more: ...", "Advertisement")


def _without_lone_furniture(labels: list[str], promo: list[int] | None = None) -> list[str]:
    """The labels with each lone furniture line (prose or near-prose on both sides, past the
    lines already looked past) as LONE; and so each run of up to ``LONE_PROMO_LINES``
    furniture lines that another cleaner dropped as promos (``promo``: their positions, in order).

    One "Read more:" link or caption inside an article does not make the paragraphs after it
    furniture: the near-prose context looks past it. Nor does a read-more line beside an
    advert label: as two furniture lines in a row, the label was furniture between furniture,
    and the paragraphs after it prose between furniture, to the article's end.
    Measured when added, with the Turkish read-more label "ilginizi çekebilir" back in the
    promos vocabulary: fresh set, article lines lost 17 -> 8 (text; 8 without the label),
    furniture removed one line more; dev pages and the other sets unchanged.
    """
    out = list(labels)
    before, after = _nearest(labels, (LONE,))
    for i, label in enumerate(labels):
        if label == BAD and before[i] in (GOOD, NEAR) and after[i] in (GOOD, NEAR):
            out[i] = LONE
    runs: list[list[int]] = []  # runs of furniture lines the promos cleaner dropped, in a row
    for i in promo or ():
        if labels[i] != BAD:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if 1 < len(run) <= LONE_PROMO_LINES and before[run[0]] in (GOOD, NEAR) and after[run[-1]] in (GOOD, NEAR):
            out[run[0] : run[-1] + 1] = [LONE] * len(run)
    return out


def _nearest(labels: list[str], skip: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """For each line, the nearest label before and after it that is not in ``skip``.

    The edge of the page counts as furniture.
    """
    return _nearest_before(labels, skip), _nearest_before(labels[::-1], skip)[::-1]


def _nearest_before(labels: list[str], skip: tuple[str, ...]) -> list[str]:
    """For each line, the nearest label before it that is not in ``skip`` (BAD at the edge)."""
    before, last = [], BAD
    for label in labels:
        before.append(last)
        if label not in skip:
            last = label
    return before


def _weight(line: Line, s: Settings) -> float:
    """A line's weight in the region search: prose adds its length, furniture subtracts it.

    Prose on its own weighs in full; lines only context made good weigh less, so a run of
    teasers (headline + one-line summary) cannot outweigh the article. Short lines cost a
    little whatever their context (a heading, or a date and "34 photos" in a teaser list), and
    so does a lone furniture line inside the prose (a "Read more:" link between paragraphs).
    The items of an introduced list weigh as prose that context made good; a bridged run of
    short lines weighs nothing.
    """
    if line.listed:
        return line.chars * s.near_weight
    if line.bridged or line.asks or line.stamp:
        return 0.0
    if line.first_label == SHORT or line.lone or (line.first_label == NEAR and line.label == BAD):
        return -float(s.short_penalty)
    if line.label == GOOD:
        return line.chars * (1.0 if line.first_label == GOOD else s.near_weight)
    return -(line.chars + s.line_penalty) * s.bad_weight


SHORT_INTRO_WORDS = 3  # "In other quarter-finals:"; "Tags:", "Read more:" are shorter, "Follow us on:" a promo

# Why a line that may be a list item is furniture on its own: long without function words or
# sentence ends (a product name, a spec line). Furniture by its wording (a copyright or cookie
# line, a link list, a line repeated on the page) ends a list.
_LIST_ITEM_RULES = ("few function words", "no sentence end")


def _mark_introduced_lists(lines: list[Line], furniture: frozenset[int], colons: list[int]) -> None:
    """Mark the items of a list that a long line ending with a colon introduces, when prose
    follows the list (context-free: it uses the lines' own labels only).

    "These are the six books:", "Here are the deals not to miss:": the short lines that follow
    are the article's list, however menu-like they look. On the dev pages a colon-ended prose
    line in the article was followed by article text in 29 of 31 cases, and one in the page
    furniture by furniture in all 17. Where a list ends is not always clear: a list that
    closes the article runs straight into the footer's short lines. So only a list that prose
    follows is marked (the article goes on after it); it ends at the first prose line, at
    furniture wording or at a comment heading. An introduction dense in names and numbers
    ("Linda Carrow, 58, of Bexhill Road, admitted these offences:") has few function words,
    but introducing a list makes it prose-like (``near``). An introduction another cleaner
    dropped as page furniture (``furniture``: "Follow us on:", a newsletter's "every morning you
    will receive:") introduces the page's list; a promo line among the items is passed over.

    Two kinds of list need no prose after them or weigh less. A list numbered 1, 2, 3... under
    the introduction (:func:`_numbered_list`) runs through its last item in sequence. A short
    introduction of ``SHORT_INTRO_WORDS`` or more ("Areas under the warning include:") is too
    short to be judged prose: its list, followed by prose, weighs nothing (``bridged``), so it
    joins the prose around it but never makes a region of its own on a page of short lines.
    """
    ends: list[int] = []  # computed when the first introduction is found (most pages have none)
    # gate: most lines hold no colon, let alone end with one (``colons``: the positions of those
    # that do)
    for i in colons:
        line = lines[i]
        # a long line: prose, or without function words; or a short one of a few words
        # ("Areas under the warning include:"), whose list then weighs nothing
        short = line.first_label == SHORT
        intro = line.first_label in (GOOD, NEAR) or line.rule in _LIST_ITEM_RULES or (short and line.block.n_words >= SHORT_INTRO_WORDS)
        if not intro or line.block.index in furniture or not line.block.plain.rstrip(CLOSERS + "*_ ").endswith(":"):
            continue
        numbered = [] if short else _numbered_list(lines, i + 1, furniture)
        if numbered:
            for listed in numbered:
                listed.listed = listed.first_label != GOOD  # prose weighs as prose
            _introduces(line)
            continue
        ends = ends or _list_ends(lines, furniture)
        end = ends[i + 1]
        if end == len(lines) or lines[end].first_label not in (GOOD, NEAR):
            continue  # no prose after the list: it may be the page's
        # A promo between the list and the prose ("Read more: ...") is passed over. Lists in
        # one run of short lines end at the same prose line: marking stops at the first item an
        # earlier introduction marked, so a run is marked once however many colons it holds.
        items = [item for item in lines[i + 1 : end] if item.block.index not in furniture]
        if short:  # weighs nothing: the list joins prose, it is no article on its own
            for item in (line, *items):
                item.bridged = True
            continue
        for item in items:
            if item.listed:
                break
            item.listed = True
        _introduces(line)


def _list_ends(lines: list[Line], furniture: frozenset[int]) -> list[int]:
    """For each position, where a list starting there ends: the index of the first line from
    it on that is prose (the list was the article's) or that no list holds (furniture wording,
    a comment heading: the list was the page's); ``len(lines)`` at the end of the text. One
    pass from the end, so that a page of many colons costs no more than one of few."""
    ends = [len(lines)] * (len(lines) + 1)
    for j in range(len(lines) - 1, -1, -1):
        line = lines[j]
        if line.first_label in (GOOD, NEAR):
            ends[j] = j
        elif line.block.index in furniture:
            ends[j] = ends[j + 1]  # passed over
        elif (line.first_label == SHORT or line.rule in _LIST_ITEM_RULES) and not is_comment_heading(line.block.plain):
            ends[j] = ends[j + 1]  # an item
        else:
            ends[j] = j
    return ends


def _introduces(line: Line) -> None:
    """A name-dense introduction (few function words) of an article's list is prose-like."""
    if line.first_label == BAD:
        line.label = line.first_label = NEAR
        line.rule = "introduces a list"


_NUMBERED = re.compile(r"\(?(\d{1,3})[.)]\s")
_NUMBER_OPENINGS = frozenset("(0123456789")
NUMBERED_MIN_ITEMS = 3
NUMBERED_MAX_GAP = 3  # lines between two numbered items (a link, a price, a description)


def _numbered_list(lines: list[Line], start: int, furniture: frozenset[int]) -> list[Line]:
    """The lines of a list numbered 1, 2, 3... from ``lines[start]``: a top-ten, the deals of
    the day, the steps of a recipe. It runs through its last item in sequence and the lines
    between items; after the last, as many short lines as came after the one before (its link
    or price). Menus and headline lists are not numbered in sequence under a line that
    introduces them; furniture wording or a comment heading ends the list. Empty when fewer
    than ``NUMBERED_MIN_ITEMS`` items follow in sequence.
    """
    expected, last, gap = 1, -1, 0
    for j in range(start, len(lines)):
        line = lines[j]
        match = _NUMBERED.match(line.block.plain)
        if match and int(match[1]) == expected:
            gap = j - last - 1 if expected > 1 else 0
            expected, last = expected + 1, j
            continue
        furniture_line = line.block.index in furniture or (line.first_label == BAD and line.rule not in _LIST_ITEM_RULES)
        if last < 0 or j - last > NUMBERED_MAX_GAP or furniture_line or is_comment_heading(line.block.plain):
            break
    if expected - 1 < NUMBERED_MIN_ITEMS:
        return []
    end = last
    while end + 1 < len(lines) and end - last < gap and lines[end + 1].first_label == SHORT:
        if lines[end + 1].block.index in furniture:
            break
        end += 1
    return lines[start : end + 1]


def _mark_questions(lines: list[Line], dropped: Mapping[int, Kind], repeated: frozenset[str]) -> None:
    """Mark the question headings of an explainer or a Q&A ("What changes?", "Was kostet
    das?", "¿Quién puede pedirla?"): a short line ending with a question mark over a prose
    line, its answer. Each cost the region search like a menu entry, and an explainer made
    of short answers under them was cut in two. A question no cleaner dropped, that the page
    does not repeat, weighs nothing (``asks``); menus, share bars and headline lists do not
    ask questions over a paragraph. A box asks one too ("Want more stories like this?" over a
    newsletter's pitch), but its pitch runs into its form, a line the promos cleaner dropped
    ("Subscribe"); an answer is followed by the article, or by the page's end.
    Measured when added: fresh set, article lines lost 24 -> 13 (text) and 39 -> 28
    (markdown), furniture removed 3 and 1 lines less (a related box inside the explainer);
    dev pages and the other sets unchanged."""
    # gate: few lines hold a question mark at all
    for i in [i for i, line in enumerate(lines) if "?" in line.block.plain and line.first_label == SHORT]:
        line, text = lines[i], lines[i].block.plain
        if (
            i + 1 < len(lines)
            and text.rstrip(CLOSERS)[-1:] == "?"
            and lines[i + 1].first_label in (GOOD, NEAR)
            and not any(x.block.index in dropped for x in lines[i : i + 2])
            and (i + 2 == len(lines) or dropped.get(lines[i + 2].block.index) is not Kind.PROMO)
            and text not in repeated
        ):
            line.asks = True


# Kinds of the drops of earlier cleaners that are page furniture (not an article's own clutter
# such as a caption or a credit line).
_PAGE_FURNITURE = (Kind.NAVIGATION, Kind.PROMO, Kind.TRAILING)
# Kinds that a run of short lines inside an article never holds: a page's lists, and the
# article's header (byline, date, title), which only a standfirst has prose above.
_ARTICLE_EDGE = (Kind.NAVIGATION, Kind.TRAILING, Kind.METADATA)

BRIDGE_MIN_SHARED = 2  # content words a prose line outside the region shares with it to be its own
BRIDGE_RUN_SHARE = 0.3  # share of a run's lines that name something the region names
BRIDGE_RECORD_SHARE = 0.5  # share of a run's lines that are records (see _RECORD)
BRIDGE_OWN_SHARE = 0.4  # share of its content words a prose line outside the region shares with it
PROMO_GAP_PROSE = 2  # prose lines after an inline promo after the region: the article goes on
BRIDGE_PASSES = 2  # region searches after the first: a bridged run can bring the next one in reach

# A line of a list of records starts with a bullet or a number (a time, a date, a rank, a
# score), or is a "Label: value" line (``Block.label``: "When: 9pm", "Geboren: 1981 in Celle").
_RECORD = re.compile(rf"{BULLET}\s|\d")


@lru_cache(maxsize=1)
def page_labels() -> frozenset[str]:
    """The ``[page_labels]`` of ``vocab/stopwords.toml``, all languages, lowercased."""
    return frozenset(_phrases("page_labels"))


def _content_words(words: Iterable[str], stopwords: frozenset[str] | None) -> set[str]:
    """The words that say what a line is about (given its ``words``): four letters or more,
    not function words. Word by word, so the content words of several lines are those of
    the set of their words."""
    return {
        (w[:-1] if len(w) > 4 and w[-1] == "s" else w)
        for w in words
        if len(w) >= 4 and _lettered(w) and (stopwords is None or w not in stopwords)
    }


def _lettered(word: str) -> bool:
    """A word of letters, without a digit or "_". The vowel signs of Indic and South-East Asian
    scripts are marks, not letters, and ``str.isalpha`` says no to most of their words
    ("मामले", "ভোরে", "நடிப்பு"): no word of a Hindi, Bengali or Tamil page was a content word,
    and what looks for the article's words around its region (a lead paragraph above an inline
    box, a run of short lines below it) found none there.
    Measured when added: far set, article lines lost 73 / 44 -> 61 / 32 (a Hindi live blog's
    first entries, above a read-more line); dev pages, furniture removed and the other sets
    unchanged.
    """
    return word.isalpha() or (not word.isascii() and not any(c.isdigit() or c == "_" for c in word))


def _region_words(lines: list[Line], first: int, last: int, stopwords: frozenset[str] | None) -> set[str]:
    """The content words of the prose of the region ``lines[first:last+1]``."""
    # the words of the region's prose once each (a prose region repeats many of them)
    words = set().union(*(line.words for line in lines[first : last + 1] if line.label == GOOD))
    return _content_words(words, stopwords)


def _run_item(line: Line, promos: frozenset[int]) -> bool:
    """A line that may sit in a run of short lines inside an article: a short line, a list
    item too long to be short (``_LIST_ITEM_RULES``), a lone furniture line, or a promo
    another cleaner dropped ("You might also like: <headline>" between two list items)."""
    if line.first_label == SHORT or line.lone or line.block.index in promos:
        return True
    return line.first_label == BAD and line.rule in _LIST_ITEM_RULES


def _inline_promo(line: Line, promos: frozenset[int]) -> bool:
    """A line of an inline promo the promos cleaner dropped: a short line ("Read more:", the
    headline under it) or a link line ("**Read more:** [headline](#)"). A promo by its wording
    (a newsletter prompt, "Subscribe") is the start of a box, not an aside in the article."""
    return line.block.index in promos and (line.first_label == SHORT or line.rule == "link list")


def _telling_shape(shape: str) -> bool:
    """A shape that lines of a table or a results list share, and headlines seldom do: a figure
    and punctuation ("–9,9", '9.9"'), not a number alone ("Ward 1", "15 Amazing Images of Stars")."""
    return "9" in shape and len(shape) > 1


def _is_record(block: Block, shapes: Counter[str]) -> bool:
    """A line of a list of records: a bullet or a leading number, a "Label: value" line (its
    label may hold a figure, :func:`_figure_label`), or a line whose shape (``Block.shape``,
    with a figure in it) another line of the list shares ("Harvey Kwan – 9,117" beside "Terry
    Dubois (incumbent) – 1,244")."""
    return bool(block.label or _RECORD.match(block.plain) or shapes[block.shape] > 1 or _figure_label(block.plain))


FIGURE_LABEL_WORDS = 5  # "Under 25 soprano solo", "Recitation 12-16 years"


def _figure_label(text: str) -> bool:
    """A "Label: value" line whose label holds a figure: a class, an age group, a round or a
    distance ("Under 25 soprano solo: Lowri Jenkins", "U-16 girls: Westfield", "Round 3: Ana
    Ruiz 6-4 6-2", "Etappe 7: Lyon"), which ``Block.label`` (letters only) leaves out. Results
    and programmes list such lines. The label opens with a letter: a time or a date opening
    the line is a record already.
    Measured when added: distant set, article lines lost 10 -> 4 (text) and 10 -> 4 (markdown;
    a Welsh list of results after the article); dev pages and the other sets unchanged."""
    if not text[:1].isalpha():
        return False
    head, colon, value = text.partition(":")
    return bool(colon and value.strip()) and any(c.isdigit() for c in head) and len(head.split()) <= FIGURE_LABEL_WORDS


def _is_record_list(run: list[Line], page: frozenset[int]) -> bool:
    """The run is a list of records (a fact box, a programme, closures, key points), with no
    line that shows a page: one a cleaner before dropped as a menu, a headline list or the
    article's own header (a byline, a date: a standfirst lies above them), or a short line the
    page repeats (a menu again at the bottom). A run half of whose records carry a page's label
    (``page_labels``: "Email:", "Twitter:", "Tags:") is an author box or a tag list."""
    if any(line.block.index in page for line in run):
        return False
    shapes = Counter(line.block.shape for line in run if _telling_shape(line.block.shape))
    records = [line.block for line in run if _is_record(line.block, shapes)]
    paged = sum(1 for block in records if block.label in page_labels())
    return len(records) >= max(2, BRIDGE_RECORD_SHARE * len(run)) and paged < BRIDGE_RECORD_SHARE * len(records)


def _shows_no_page(run: list[Line], page: frozenset[int], dropped: Mapping[int, Kind]) -> bool:
    """No line of the run shows a page: none another cleaner dropped, no short line the page
    repeats (``page``), no line of furniture by its wording or links."""
    return not any(
        line.block.index in page
        or line.block.index in dropped
        or (line.first_label == BAD and line.rule not in _LIST_ITEM_RULES)
        for line in run
    )


def _bridge_short_runs(
    lines: list[Line],
    first: int,
    last: int,
    stopwords: frozenset[str] | None,
    dropped: Mapping[int, Kind],
    promos: frozenset[int],
    repeated: frozenset[str],
) -> bool:
    """Mark the runs of short lines that belong to the article found in ``lines[first:last+1]``.

    A fact box, key points, ingredients, results or a tracklist inside an article is a run of
    short lines, and each costs the region search a little: a long one cut the article in two.
    A run between two prose lines is bridged (weighs nothing in a second search) when

    - both prose lines are the article's (inside the region, or sharing ``BRIDGE_MIN_SHARED``
      content words with it) and ``BRIDGE_RUN_SHARE`` of its lines name something the region
      names (a player, an ingredient, a song); or
    - one of them is the article's and the run is a list of records (:func:`_is_record_list`:
      "When: ...", "13.00 uur – ...", "- ..."), which menus, share bars, headline lists, tags
      and bylines are not. This catches the lists that name nothing the prose names; or
    - the run follows the region, shows no page (:func:`_shows_no_page`: no line another
      cleaner dropped, none the page repeats, none furniture by its wording), and both prose
      lines are closely the article's: no cleaner dropped them, they end like prose (a headline
      or a teaser's title does not), and one outside the region shares ``BRIDGE_OWN_SHARE`` of
      its content words with it (a teaser or a newsletter pitch shares a word or two with any
      article). This catches a list the article introduces without a colon ("Symptoms to
      watch for", "High fever", "Rash") and a subheading that names nothing, between two of its
      paragraphs; or
    - the run follows the region and is an inline promo the promos cleaner dropped (a short
      "Read more:" and its headline, or one link line; :func:`_inline_promo`), and two prose
      lines at least follow it before the next line a cleaner dropped, the first no cleaner
      touched and ending like prose. The promo is gone already; it must not cut off what the
      article goes on with, though that shares no word with what came before (an obituary's
      last facts, a report's next paragraph). A newsletter's pitch under a dropped heading is
      one line before its form; a promo by its wording (a newsletter prompt) opens a box; or
    - the run follows the region, shows no page, sits between two paragraphs no cleaner touched
      that end like prose, and holds a list the article introduces with a short lead-in and
      prose follows (already weightless: :func:`_mark_introduced_lists`): the run is the
      article's lists ("Symptoms", its items, "The vaccine is free for:", its items), whatever
      words they use.

    A byline and share bar between a standfirst and the body, a menu or a headline list names
    nothing of the article and holds no records; a run with a comment heading is never bridged,
    nor by the first three rules one with two promos or more (a newsletter box, not one inline
    "Read more").
    ``dropped``: the kinds of the blocks earlier cleaners dropped, by block index (``promos``:
    those dropped as promos). Measured when added (first rule): dev pages unchanged in F1 (text -0.0003, markdown
    +0.0004); held-out probe, body lines lost in a text page 226 -> 123 of 533, in a markdown
    page 220 -> 165. Second rule: dev F1 +0.001 (text and markdown, one page gained, none
    lost); held-out 106 -> 68 (text) and 86 -> 62 (markdown); risk set unchanged. Third rule:
    fresh set, article lines lost 46 -> 39 (text) and 61 -> 54 (markdown); dev pages and the
    other sets unchanged, furniture kept included. (Before the region too, it kept a
    standfirst and a share count on a dev page, and the byline of a page no other cleaner ran on.)
    Fourth and fifth rules (with a second pass of bridging and search): fresh set, article
    lines lost 38 -> 24 (text) and 53 -> 39 (markdown), probe set 7 -> 5 (text); dev pages and
    the other sets unchanged, furniture kept included. (The fourth kept a newsletter's first
    line on a dev page when a promo by its wording counted, and a newsletter line on the unseen
    set without the two prose lines.)
    True when a run was bridged.
    """
    # page(), region_words() and about(i) are computed once, when a run first needs them: most
    # pages have no run to bridge, and a prose line between two runs is asked about by both
    @cache
    def page() -> frozenset[int]:
        return frozenset(i for i, kind in dropped.items() if kind in _ARTICLE_EDGE) | {
            line.block.index for line in lines if line.block.plain in repeated
        }

    @cache
    def region_words() -> set[str]:
        return _region_words(lines, first, last, stopwords)

    @cache
    def about(i: int) -> set[str]:
        return _content_words(lines[i].words, stopwords)

    def prose(i: int) -> bool:
        return lines[i].label == GOOD and lines[i].first_label in (GOOD, NEAR)

    def article_prose(i: int) -> bool:
        return first <= i <= last or len(about(i) & region_words()) >= BRIDGE_MIN_SHARED

    def names_region(run: list[Line]) -> bool:
        return sum(1 for line in run if _content_words(line.words, stopwords) & region_words()) >= BRIDGE_RUN_SHARE * len(run)

    def close_prose(k: int) -> bool:
        # a teaser or a newsletter pitch shares a word or two with any article; the article's
        # own last paragraph is mostly made of its words
        if first <= k <= last:
            return True
        words = about(k)
        return len(words & region_words()) >= max(BRIDGE_MIN_SHARED, BRIDGE_OWN_SHARE * len(words))

    def own_run(i: int, j: int) -> bool:
        # a run no cleaner touched after the region, between two paragraphs of the article no
        # cleaner touched that end like prose (a headline or a teaser's title does not). Not
        # before the region: the article's header (a byline, a share bar) names nothing and
        # holds no records either, and a standfirst above it is made of the article's words.
        return i - 1 >= first and all(
            lines[k].block.index not in dropped and lines[k].block.ends_with_punctuation and close_prose(k) for k in (i - 1, j)
        ) and _shows_no_page(lines[i:j], page(), dropped)

    def after_region(i: int, j: int) -> bool:
        # the run follows the region, before a paragraph no cleaner touched that ends like prose
        return first <= i - 1 <= last and lines[j].block.index not in dropped and lines[j].block.ends_with_punctuation

    def promo_gap(i: int, j: int, run: list[Line]) -> bool:
        # an inline promo the promos cleaner dropped ("Read more:" and its headline, or one link
        # line) is gone already: it must not cut off the paragraphs the article goes on with
        return after_region(i, j) and all(_inline_promo(line, promos) for line in run) and prose_goes_on(j)

    def prose_goes_on(j: int) -> bool:
        # two prose lines at least from lines[j] on before the next line a cleaner dropped (a
        # newsletter's pitch under a dropped heading is one line, then its form)
        n = 0
        for line in lines[j:]:
            if line.block.index in dropped:
                return False
            n += line.first_label in (GOOD, NEAR)
            if n >= PROMO_GAP_PROSE:
                return True
        return False

    def introduced(i: int, j: int, run: list[Line]) -> bool:
        # a run no cleaner touched after the region that holds a list the article introduces
        # and prose follows (already weightless, see _mark_introduced_lists), after a paragraph
        # no cleaner touched that ends like prose: the list's heading and the lines before it go
        # with it, whatever words they use
        return (
            after_region(i, j)
            and any(line.bridged for line in run)
            and lines[i - 1].block.index not in dropped
            and lines[i - 1].block.ends_with_punctuation
            and _shows_no_page(run, page(), dropped)
        )

    bridged, i = False, 0
    while i < len(lines):
        if not _run_item(lines[i], promos):
            i += 1
            continue
        j = i  # the run is lines[i:j]
        while j < len(lines) and _run_item(lines[j], promos):
            j += 1
        run = lines[i:j]
        if (  # cheap tests first: most runs are menus far from any prose
            0 < i
            and j < len(lines)
            and not first <= i <= last  # runs inside the region are in it already
            and prose(i - 1)
            and prose(j)
            and not any(is_comment_heading(line.block.plain) for line in run)
            and (
                promo_gap(i, j, run)
                or introduced(i, j, run)
                or (
                    sum(1 for line in run if line.block.index in promos) <= 1  # one inline promo, not a box
                    and (
                        (article_prose(i - 1) and article_prose(j) and (names_region(run) or own_run(i, j)))
                        or ((article_prose(i - 1) or article_prose(j)) and _is_record_list(run, page()))
                    )
                )
            )
        ):
            for line in run:
                line.bridged = True
            bridged = True
        i = j
    return bridged


CLOSING_SHARE = 0.5  # more than this share of a closing block's lines read like the article's data
CLOSING_MAX_LINES = 30  # a verdict box or a results table; what runs longer is the page's
CLOSING_MIN_INTRO_WORDS = 4  # "Areas under the warning include:" introduces a list; "Related tags:" not


# a short sentence's end, in every script ("।", "۔", "።", "。"); not "…", a teaser's cut
_DATA_STOPS = (".", "!", "?", *SPACED_SCRIPT_STOPS, *CJK_STOPS)


def _reads_like_article_data(line: Line) -> bool:
    """A line of an article's closing block: a "Label: value" record whose label is not a
    page's ("Referee: Martin Skelton.", "Running time: 112 minutes."), a short sentence ("In
    theaters Friday.", "سیریز کا فیصلہ کن میچ اتوار کو کھیلا جائے گا۔"), or a list's introduction
    of some length. Headlines, menu entries and tags end without a stop; a teaser cut off with
    "..." is the page's. The stops of other scripts end a sentence too: an Urdu match report's
    last short paragraphs, after its short scores, were no data of the closing block.
    Measured when added (the other scripts' stops): far set, article lines lost 17 -> 14 (text
    and markdown); dev pages, furniture removed and the other sets unchanged."""
    block = line.block
    if block.label is not None:
        return _is_data_record(block)
    text = block.plain.rstrip(CLOSERS)
    if text.endswith(":"):
        return block.n_words >= CLOSING_MIN_INTRO_WORDS
    return text.endswith(_DATA_STOPS) and not text.endswith("...")


def _is_data_record(block: Block) -> bool:
    """A "Label: value" line whose label is not a page's ("Subs: ...", "Referee: ...")."""
    return block.label is not None and block.label not in page_labels()


def _closing_block(
    lines: list[Line],
    span: tuple[int, int],
    stopwords: frozenset[str] | None,
    furniture: frozenset[int],
    promos: frozenset[int],
    repeated: frozenset[str],
) -> int:
    """The region's last line, moved past the article's closing block, if it has one.

    Many articles end with short lines after their last paragraph: a match report's bookings,
    referee and attendance; a review's verdict, running time and release date; a warning's
    list of areas and its advice. Each cost the region search like furniture, so they were
    cut off. The block is the longest run of lines after the region's end that ends with a
    line of the article's data and of whose lines more than ``CLOSING_SHARE`` are such. A line
    of data reads so (:func:`_reads_like_article_data`) or is a row of a table: it shares its
    shape with the lines before it up to the region, or, under a heading further down, with
    another row and names something the region names ("Coralstone Minerals +18.2%"; a ticker
    box of other companies names nothing). The block has two lines at least, or one "Label:
    value" line after a region that ends in one (the referee after the line-ups). It stops
    before prose and before the first line that shows the page (furniture another cleaner
    dropped, furniture wording, a short line the page repeats, a comment heading, even one a
    cleaner dropped as a call to action); one inline promo another cleaner dropped ("Read
    more: ..." between a listing's entries) is passed over, a second ends it. Headline lists,
    menus, tags, a newsletter's bullets, teasers, an author's name over a one-line bio: half of
    their lines at most read so. A region that ends in dropped furniture (a newsletter prompt)
    has left the article.
    Measured when added: dev F1 text 0.937 -> 0.940 (four pages up, none down), markdown
    unchanged; fresh probe set, article lines lost 150 -> 128 (text) and 121 -> 93 (markdown),
    furniture kept +3 each; risk set unchanged. The one-line block and the tables further down:
    dev pages unchanged; unseen set, article lines lost 25 -> 12 (text and markdown),
    held-out set 28 -> 27 (text) and 22 -> 21 (markdown); furniture kept unchanged in every set.
    """
    first, last = span
    if lines[last].block.index in furniture:
        return last
    candidates: list[Line | None] = []  # None: an inline promo passed over
    promo = False
    for line in lines[last + 1 : last + 1 + CLOSING_MAX_LINES]:
        if is_comment_heading(line.block.plain):
            break  # "Comments (23)", which promos may have dropped as a call to action
        if line.block.index in promos and not promo:
            promo = True  # one inline "Read more:" between the block's lines, not a box of them
            candidates.append(None)
            continue
        page = (
            line.block.index in furniture
            or line.block.plain in repeated
            or (line.first_label == BAD and line.rule not in _LIST_ITEM_RULES and (candidates or not _life_dates(line.block)))
        )
        if page or line.first_label == GOOD:
            break
        candidates.append(line)
    # The rest of a table or results list the region ends in: lines right after the region
    # that share their shape (a ticker box further down shares one too, but is not the rest).
    block = [line for line in (lines[last], *candidates) if line is not None]
    shapes = Counter(line.block.shape for line in block if _telling_shape(line.block.shape))
    # One line suffices where the region ends in records and it is one too: the referee after
    # the line-ups, or after a side's score. A single line after prose may be a page's ("Never
    # miss a story: sign up").
    records = _is_data_record(lines[last].block) or _score_row(lines[last].block)
    region_words: set[str] = set()

    def names_region(line: Line) -> bool:
        if not region_words:  # computed once, for the first row of a table further down
            region_words.update(_region_words(lines, first, last, stopwords))
        return bool(_content_words(line.words, stopwords) & region_words)

    named: dict[str, bool] = {}  # a shape -> whether a row of that shape names the region

    def names_table(shape: str) -> bool:
        if shape not in named:
            named[shape] = any(line is not None and line.block.shape == shape and names_region(line) for line in candidates)
        return named[shape]

    end, data, n, table = last, 0, 0, True
    introduced = False
    # key figures: two in a row at least ("* Delivered at 6am every day" alone is a newsletter's)
    fact = [c is not None and _fact_item(c) for c in candidates]
    facts = {k + 1 for k, f in enumerate(fact) if f and (fact[k - 1 : k] == [True] or fact[k + 1 : k + 2] == [True])}
    figured = lines_of_figures = 0  # data lines with the lines of figures, up to the promo (see _figures)
    for offset, candidate in enumerate(candidates, 1):
        if candidate is None:
            figured = -len(lines)  # the promo ends what lines of figures carry
            continue  # the promo: neither data nor not
        n += 1
        row = shapes[candidate.block.shape] > 1
        table = table and row
        if row and not table:
            # a table further down: a row of it names what the article names (the number of a
            # numbered list, often a "Most read" list, is no table's figure); its other rows,
            # the league's other teams, share the row's shape
            row = _telling_shape(candidate.block.shape.removeprefix("9.")) and names_table(candidate.block.shape)
        # a list a line introduces with a colon after the article is a box's ("Sign up to get:")
        introduced = introduced or candidate.block.plain.rstrip(CLOSERS + "*_ ").endswith(":")
        is_data = row or _reads_like_article_data(candidate) or (not introduced and offset in facts)
        # a line of figures, or a side's score line that names the article's sides
        figures = not is_data and (_figures(candidate.block) or (_score_row(candidate.block) and names_region(candidate)))
        lines_of_figures += figures
        if is_data or figures:
            figured += 1
            # two lines of figures at least: one (a ruling's number and date) opens no block
            if lines_of_figures >= 2 and figured > CLOSING_SHARE * n:
                end = last + offset
        if is_data:
            data += 1
            if (n >= 2 or (records and _is_data_record(candidate.block))) and data > CLOSING_SHARE * n:
                end = last + offset  # the block so far ends with a line of data
    if end == last and candidates and candidates[0] is not None:
        if _closing_figure(candidates[0].block) or _closing_sentence(lines[last], candidates[0]):
            end = last + 1
    if end == last:
        end += _sign_off(lines, last, candidates, lines[max(0, first - LEAD_MAX_LINES) : first])
    return max(end, _list_rest(lines[last], candidates, last), last + _scored_box(candidates), last + _reference(candidates))


# a DOI: "10." and a registrant code of four digits or more, a slash and the item's suffix
_DOI = re.compile(r"\b10\.\d{4,9}/\S")
REFERENCE_MAX_LINES = 3  # "Journal reference:", the paper's title or journal, its DOI


def _reference(candidates: list[Line | None]) -> int:
    """How many lines after the region's last are the article's reference to its source: up
    to ``REFERENCE_MAX_LINES`` lines ending with one that holds a DOI ("Journal reference:"
    over "Global Change Biology, DOI: 10.1111/gcb.70412", "Studie: Nature Climate Change,
    doi:10.1038/s41558-026-0123-4") or a reference number with its date (a ruling's: "Urteil
    4A_312/2026 vom 28. Oktober 2026", :func:`~newsclean.dates.cites_reference`). Short,
    without a sentence's end, they cost the region search like a footer's lines; the page's
    lines after an article (a newsletter, a headline list) cite no paper or ruling, and an
    inline promo before the reference ends the block.
    Measured when added: untouched set, article lines lost 8 -> 5 (text and markdown; with
    the ruling no longer read as a dateline); dev pages, furniture removed and the other sets
    unchanged."""
    for offset, candidate in enumerate(candidates[:REFERENCE_MAX_LINES], 1):
        if candidate is None:
            return 0
        text = candidate.block.plain
        if ("10." in text and _DOI.search(text)) or cites_reference(text):  # gate: most lines hold no "10."
            return offset
    return 0


# A side's score: a name of one to four words, its figure, and at most an aside ("Nadroga 24
# (Semi Tuilevu try; Vuate Karawalevu 4 pens)", "Hollinsgate 2 (Marsh 23, Okoro 67)", "Leinster 31")
_SCORE_ROW = re.compile(r"[^\W\d_][^\W\d]*(?:[ '’.-]+[^\W\d][^\W\d]*){0,3} \d{1,3}(?: ?\([^()]*\))?\.?")


def _score_row(block: Block) -> bool:
    """A line of a match's result: a side's name and its score, the scorers in brackets after
    it. Its shape (a figure alone, the aside left out) is a headline's too ("Ward 1"), and it
    holds too few figures for a line of them (:func:`_figures`), so the result box under its
    heading ("Scorers", "Result") read like a list of headlines. In the closing block it counts
    as a line of figures (two at least, up to a promo) when it names what the region names (the
    article's sides), and one "Label: value" line after a region that ends in one is the rest
    of the box ("Arbitre : ..."); a headline list's "Skipper Cup: Nadroga win title" ends
    without a figure.
    Measured when added: remote set, article lines lost 15 -> 10 (text and markdown); dev
    pages, furniture removed and the other sets unchanged."""
    plain = block.plain
    # gate: a score row holds a figure after a space and opens with a letter
    return plain[:1].isalpha() and " " in plain and _SCORE_ROW.fullmatch(plain) is not None


def _fact_item(line: Line) -> bool:
    """A key figure: a short item of a bulleted list, without a link, that states a figure
    ("* 6,000 tyres recycled", "* 40% less cracking"). A headline list's items are links, and
    a newsletter's bullets promise what it brings ("* Breaking news alerts"), without figures.
    In the closing block two such items in a row count as data, unless a line introduced the
    list with a colon ("Sign up to get:").
    Measured when added: untouched set, article lines lost 16 -> 11 (markdown; the text page
    kept them already); dev pages, furniture removed and the other sets unchanged."""
    plain = line.block.plain
    return (
        line.first_label == SHORT
        and bool(bullet(plain))
        and not line.block.has_link
        and any(c.isdigit() for c in plain)
    )


_NUMBER = re.compile(r"\d+")
FIGURES_MIN = 3  # "HOLLINSGATE (4-2-3-1)", "Marsh 7; Okoro 6, Royle 4"; a headline holds one or two


def _figures(block: Block) -> bool:
    """A line of figures: a line-up's formation or ratings, a score line. Such lines close a
    match report under a heading ("PLAYER RATINGS") that is no data itself; few of them end
    like sentences or read "Label: value", so the block read like a list of headlines. In the
    closing block (:func:`_closing_block`) they count as data up to a promo, and only where two
    of them at least stand: one (a ruling's number and date) over a newsletter's pitch is no
    block.
    Measured when added: untouched set, article lines lost 8 less (text and markdown); dev
    pages, furniture removed and the other sets unchanged."""
    plain = block.plain
    # gate: most lines after an article hold fewer than three digits, let alone figures
    return sum(c.isdigit() for c in plain) >= FIGURES_MIN and len(_NUMBER.findall(plain)) >= FIGURES_MIN


def _list_rest(line: Line, candidates: list[Line | None], last: int) -> int:
    """The last line of the bulleted list the region ends in: the lines after ``line`` (the
    region's last, ``lines[last]``) up to the first that does not start with its bullet. A
    list's last item is short and costs the region search like furniture; a headline list after
    an article is one of links, which ends the candidates, and a newsletter's list sits under
    its prompt, another cleaner's drop (None)."""
    mark = line.block.plain[:2]
    if not bullet(mark):
        return last
    n = 0
    for candidate in candidates:
        if candidate is None or candidate.block.plain[:2] != mark:
            break
        n += 1
    return last + n


def _sign_off(lines: list[Line], last: int, candidates: list[Line | None], header: list[Line]) -> int:
    """How many lines after the region's last, a sentence, are the article's sign-off
    (:func:`~newsclean.cleaners.trailing_headlines.is_sign_off`: "— Sarah Mellor", a name over
    "Bishop's Stortford, Hertfordshire"; or :func:`_signs_byline`, the byline's name over a
    role, ``header`` the lines above the region): a paragraph of its own, none of it the page's."""
    if not lines[last].block.ends_with_punctuation or not candidates or candidates[0] is None:
        return 0
    if not candidates[0].block.blank_before:
        return 0
    n = 1
    for candidate in candidates[1:]:
        if candidate is None or candidate.block.blank_before:
            break
        n += 1
    after = last + 1 + n
    if after < len(lines) and not lines[after].block.blank_before:
        return 0  # the paragraph goes on into the page's lines
    paragraph = [line.block for line in candidates[:n] if line is not None]
    if is_sign_off(paragraph) or _wire_end(paragraph):
        return n
    # an author box names the author over a bio that opens with the name ("Jane Doe is a reporter")
    bio = lines[after].words if after < len(lines) else []
    return n if _signs_byline(paragraph, header) and bio[: len(paragraph[0].words)] != _lower_words(paragraph[0]) else 0


# a news agency's end of copy: "(END)", "-END-", "Enditem", "Enditem/AW" (the editor's initials)
_WIRE_END = re.compile(r"[(\[{—–-]*\s*(?i:end|ends|enditem)(?:/[A-Za-z]{1,4})?\s*[)\]}—–-]*")


def _wire_end(paragraph: list[Block]) -> bool:
    """The paragraph closes a wire story: its end-of-copy marker, alone or under the reporter's
    e-mail address alone on its line ("khs@yna.co.kr" over "(END)"). A page's lines after an
    article are no bare address and no marker; an author box's address has the author's name
    and a sentence around it.
    Measured when added: far set, article lines lost 13 -> 9 (text and markdown; two stories
    of a wire's English service); dev pages, furniture removed and the other sets unchanged."""
    if not 1 <= len(paragraph) <= 2 or _WIRE_END.fullmatch(paragraph[-1].plain.strip()) is None:
        return False
    return len(paragraph) == 1 or EMAIL.fullmatch(paragraph[0].plain.strip()) is not None


def _signs_byline(paragraph: list[Block], header: list[Line]) -> bool:
    """The paragraph signs the article with its byline's name: a name alone on its first line
    over a role or a place ("Maureen Okeke" over "General Secretary", "Ana Ruiz" over
    "Presidenta de la asociación") that a short line above the region names too ("Maureen
    Okeke, General Secretary", "By Ana Ruiz"). An op-ed or a union leader's letter ends so;
    without the comma or dash of :func:`~newsclean.cleaners.trailing_headlines.is_sign_off`,
    the byline is what tells the signature from a teaser's or a newsletter's first lines. The
    name alone is an author box's heading (over "Jane Doe is a reporter for ..."), the page's.
    Measured when added: distant set, article lines lost 4 -> 2 (text and markdown); dev pages
    and the other sets unchanged."""
    if not 2 <= len(paragraph) <= SIGN_OFF_MAX_LINES or not is_name(paragraph[0].plain):
        return False
    if any(block.n_words > SIGN_OFF_MAX_WORDS for block in paragraph):
        return False
    name = _lower_words(paragraph[0])  # as the lines' words are split ("O'Neill" is two)
    n = len(name)
    for line in header:  # gate: a byline is a short line
        words = line.words
        if line.block.n_words <= SIGN_OFF_MAX_WORDS and any(words[k : k + n] == name for k in range(len(words) - n + 1)):
            return True
    return False


def _closing_sentence(last: Line, line: Line) -> bool:
    """``line``, right after the region's ``last`` line, is the article's closing sentence: a
    paragraph of its own too short to judge ("More to come.", "All defendants pleaded guilty.",
    "Selamat mencuba!") that ends with a full stop or an exclamation mark, under a paragraph
    that ends like a sentence. It costs the region search like a menu entry, so it was cut
    off. The page's lines after an article do not end so: headlines, tags and labels end
    without a stop, a prompt asks ("Was this page helpful?") or trails off ("..."), and what
    another cleaner dropped (a newsletter's "Sign up now!") ended the candidates already.
    Measured when added (with the inline promo in :func:`_prose_runs`): untouched set, article
    lines lost 21 / 30 -> 19 / 24 (text / markdown), probe set 3 -> 2, unseen 9 -> 8; dev F1
    +0.00004 (two dev pages keep their closing line); furniture removed unchanged. The stops of
    other scripts ("।", "։", "።", "。") and a Georgian sentence's first letter: far set, one line
    (text and markdown); dev pages and the other sets unchanged."""
    text = line.block.plain.rstrip(CLOSERS)
    if line.first_label != SHORT or not line.block.blank_before or not last.block.ends_with_punctuation:
        return False
    if not text.endswith(_CLOSING_STOPS) or text.endswith("..") or "](" in line.block.text:
        return False
    return not _opens_lowercase(text)


# what ends a closing sentence, in every script: not a question mark ("؟", "？": a prompt asks)
_CLOSING_STOPS = (".", "!", *(c for c in SCRIPT_STOPS if c not in "؟？"))


def _opens_lowercase(text: str) -> bool:
    """The text opens with a small letter of a script with capitals: a fragment, no sentence.
    Georgian has no capitals in running text, and Unicode files its letters as small ones
    ("ინფორმაცია განახლდება." opens a sentence)."""
    first = text[:1]
    return first.islower() and not "\u10d0" <= first <= "\u10ff"


_FIGURE = re.compile(r"\d|[★☆]")


def _closing_figure(block: Block) -> bool:
    """A "Label: value" line whose label is not a page's and whose value gives a figure or a
    rating's stars: what a review or an obituary closes with ("Rating: 4 out of 5", "Nota:
    8/10", "Note : ★★★★☆", "Jane Doe: born 4 June 1939; died 2 April 2027"). One such line
    right after the region's last line is the article's; a page's one-line prompt after an
    article ("Never miss a story: sign up") gives none.
    Measured when added (with :func:`_list_rest`): article lines lost, fresh set 13 -> 11,
    held-out 17 / 12 -> 15 / 10, unseen 10 -> 9 (text and markdown); dev pages and furniture
    removed unchanged."""
    if not _is_data_record(block):
        return _life_dates(block)
    return _FIGURE.search(block.plain, block.plain.index(":") + 1) is not None


LIFE_MIN_YEARS = 1  # from the first date to the second: a birth and a death, not an update


def _life_dates(block: Block) -> bool:
    """An obituary's closing line of a life's dates without a label: a date before a semicolon
    and a later one after it ("Jane Ann Doe, teacher, born 4 June 1939; died 2 April 2027",
    "né le 3 mars 1941 à Lyon ; mort le 2 janvier 2025"). Its words are a name, a role and
    dates, few of them function words: it was cut off as a menu's line. A page's "Published
    4 June 2027; updated 5 June 2027" dates the same year, not a lifetime apart."""
    plain = block.plain
    semicolon = plain.find(";")  # gate: most lines hold none
    if semicolon < 0:
        return False
    dates = find_dates(plain)
    if len(dates) != 2 or not dates[0][1] <= semicolon < dates[1][0]:
        return False
    return int(dates[1][2][:4]) - int(dates[0][2][:4]) >= LIFE_MIN_YEARS


# A review's score as the whole value of its line: stars, or a figure out of another ("8,5/10",
# "4 out of 5", "4,5 von 5"), or a figure alone ("Voto: 7,5")
_SCORE = re.compile(r"[★☆½⭐]+|\d{1,3}(?:[.,]\d{1,2})?(?:\s*(?:/|out of|sur|von|de|di|su|em)\s*\d{1,3})?")


# a match's result on one line: "Kilbride 1-19 Ballycar 1-17", "Arsenal 2 Chelsea 1", "Leeds 2-1 Hull"
_SIDE = r"[^\W\d_][^\W\d]*(?:[ '’.-]+[^\W\d][^\W\d]*){0,3}"
_RESULT = re.compile(rf"({_SIDE}) \d{{1,3}}(?:[-–:]\d{{1,3}})? ({_SIDE})(?: \d{{1,3}}(?:[-–:]\d{{1,3}})?)?\.?")


def _opening_result(line: Line, opening: Line, dropped: Mapping[int, Kind], repeated: frozenset[str]) -> bool:
    """A match report's result right above its first paragraph ("Kilbride 1-19 Ballycar 1-17",
    "Leeds 2-1 Hull"): two sides and their scores, each side named by the ``opening``
    paragraph, on a line no cleaner dropped and the page does not repeat. It costs the region
    search like a menu entry, so it was cut off. A box of other results names other sides.
    Measured when added: unseen set, article lines lost 5 -> 4 (text), 5 -> 4 (markdown); dev
    pages, furniture removed and the other sets unchanged."""
    plain = line.block.plain
    if not plain[:1].isalpha() or line.block.index in dropped or plain in repeated:  # gate: a side opens it
        return False
    result = _RESULT.fullmatch(plain)
    if result is None:
        return False
    named = {w.lower() for w in opening.words}
    return all(side.split()[0].lower() in named for side in result.groups())


SALUTATION_MAX_WORDS = 6


def _salutation(line: Line, dropped: Mapping[int, Kind], repeated: frozenset[str]) -> bool:
    """A letter's or a column's salutation right above its first paragraph ("Dear readers,",
    "Liebe Leserinnen und Leser,", "THE EDITOR, Sir:", "Moin, leve Lüüd!"): a short line that
    ends with a comma, or that addresses someone after a comma and ends with "!" or ":". It
    costs the region search like a menu entry, so it was cut off. Headlines, menu entries and
    labels do not end with a comma, and a kicker ("BREAKING:", "Watch:") holds none; a dateline
    ("Monday, 12 May:") is metadata's, dropped before this runs.
    Measured when added: remote set, article lines lost 4 -> 3 (text and markdown); dev pages,
    furniture removed and the other sets unchanged. A salutation the page repeats (a letters
    page's "Sir:" over each letter) is left to the region search."""
    block = line.block
    text = block.plain.rstrip()
    if not 0 < block.n_words <= SALUTATION_MAX_WORDS or block.index in dropped or block.has_link:
        return False
    greets = text.endswith(",") or (", " in text and text.endswith(("!", ":")))
    return greets and text not in repeated


def _opening_score(line: Line, dropped: Mapping[int, Kind], repeated: frozenset[str]) -> bool:
    """A review's score right above the region's first line, under the header ("Note :
    ★★★★☆", "Puntuación: 8,5/10", "Voto: 7,5"): a short "Label: value" line whose label is not
    a page's and whose value is a score and nothing else, that no cleaner dropped and the page
    does not repeat. It costs the region search like a menu entry, so it was cut off. A page's
    "Comments: 12" is a comment heading; "Reading time: 4 min" and "Updated: 10:45" give more
    than a figure.
    Measured when added: sealed set, article lines lost 17 -> 14 (text), 9 -> 6 (markdown);
    dev pages and the other sets unchanged."""
    block = line.block
    if block.index in dropped or not _score_line(line):
        return False
    return block.plain not in repeated and not is_comment_heading(block.plain)


def _score_line(line: Line) -> bool:
    """A short "Label: value" line whose label is not a page's and whose value is a review's
    score and nothing else ("Verdict: 4/5", "Nota: 8,5/10", "Note : ★★★★☆")."""
    block = line.block
    if line.first_label != SHORT or not _is_data_record(block):
        return False
    value = block.plain[block.plain.index(":") + 1 :].strip().rstrip(".")
    return _SCORE.fullmatch(value) is not None


# a row of a review's scores: "Food 8/10 | Atmosphere 7/10 | Service 9/10", "Story: 4/5 · Cast: 3/5"
_SCORE_CELLS = re.compile(r"\s+[|·•]\s+|;\s*")
_SCORE_CELL = re.compile(rf"[^\W\d][^|·•;]{{0,30}}?:?\s+(?:{RATING.pattern})+")  # a label, then its score


def _scores_row(line: Line) -> bool:
    """A short line of two or more scores, each after its label: a review's scores row."""
    plain = line.block.plain
    if line.first_label != SHORT or "/" not in plain and "★" not in plain:  # gate: most lines hold neither
        return False
    cells = _SCORE_CELLS.split(plain.strip().rstrip("."))
    return len(cells) >= 2 and all(_SCORE_CELL.fullmatch(cell) for cell in cells)


def _scored_box(candidates: list[Line | None]) -> int:
    """The length of a review's closing box among the lines after the region: short lines
    (its pros and cons, under their headings: "What we liked", "- Big boot") down to its one
    score line ("Verdict: 4/5"), or 0. Neither list reads like data, so the box read like a
    newsletter's bullets; the score closes it as the article's. A box of other reviews scores
    each of them: more than one score line is no closing box. The score line may be a row of
    scores (:func:`_scores_row`: "Food 8/10 | Service 9/10"), under a restaurant's facts.
    Measured when added: distant set, article lines lost 9 less (text and markdown), held-out
    set 9 -> 0, unseen 8 -> 6 (text and markdown); dev pages, furniture removed and the other
    sets unchanged. The row of scores: blind set 10 -> 5 (text and markdown); dev pages,
    furniture removed and the other sets unchanged."""
    scored = [k for k, line in enumerate(candidates, 1) if line is not None and (_score_line(line) or _scores_row(line))]
    if len(scored) != 1 or any(line is None or line.first_label != SHORT for line in candidates[: scored[0]]):
        return 0
    return scored[0]


DETAILS_MAX_LINES = 6  # a book's title, author, publisher, pages, price


def _details_box(
    lines: list[Line],
    span: tuple[int, int],
    stopwords: frozenset[str] | None,
    dropped: Mapping[int, Kind],
    repeated: frozenset[str],
) -> int:
    """The region's first line, moved up to a review's details box right above it: a paragraph
    of two to ``DETAILS_MAX_LINES`` short lines (the book's or the album's title, its author,
    the publisher) with no link, none of which a cleaner dropped or the page repeats, more than
    half of which name what the region names, and no two of which share a word. Its lines cost
    the region search like a menu's, so it was cut off. A share bar's buttons repeat their verb
    and a menu names nothing of the article; a teaser box's headlines are links, or each a
    paragraph of its own.
    Measured when added: untouched set, article lines lost 11 -> 8, fresh set 8 -> 4 (text and
    markdown); dev pages, furniture removed and the other sets unchanged."""
    first, last = span
    if first == 0 or not lines[first].block.blank_before:
        return first
    top = first - 1  # the box is lines[top:first], one paragraph
    while top > 0 and first - top < DETAILS_MAX_LINES and not lines[top].block.blank_before:
        top -= 1
    box = lines[top:first]
    if len(box) < 2 or not lines[top].block.blank_before:
        return first
    for x in box:
        if x.first_label != SHORT or x.block.index in dropped or x.block.plain in repeated or x.block.has_link:
            return first
    # each line says something else (a title, a name, a publisher); a share bar's buttons
    # repeat their verb ("Shiriki kwenye Facebook", "Shiriki kwenye X")
    said = [set(x.words) for x in box]
    if len(set().union(*said)) < sum(map(len, said)):
        return first
    words = _region_words(lines, first, last, stopwords)
    named = sum(1 for x in box if _content_words(x.words, stopwords) & words)
    return top if named > len(box) / 2 else first


# Kinds of the drops of earlier cleaners that make the article's header: its byline and date.
_HEADER = (Kind.METADATA, Kind.CREDITS)
LEAD_MAX_LINES = 30  # lines between the article's header and the region: more is a page's
LEAD_MIN_SENTENCES = 2  # a short lead of two sentences ("... Follow our live coverage below."); a dek is one


def _lead(
    lines: list[Line],
    span: tuple[int, int],
    stopwords: frozenset[str] | None,
    dropped: Mapping[int, Kind],
    repeated: frozenset[str],
    min_chars: int,
) -> int:
    """The region's first line, moved up to the article's lead paragraph, if the region
    starts after it.

    An inline box (related headlines, "Read more", an advert) or a list of key points
    between the first paragraph or two and the rest costs the region search more than a
    short lead weighs, so the region started below it and the lead was cut off. The lead
    is the first prose line under the article's header (the last line above the region
    another cleaner dropped as a byline or a date), past the share bar's lines; no cleaner
    dropped it, it ends like a sentence and it is made of the article's words (a teaser or a
    pitch shares a word or two with any article). Between it and the region lie only lines
    a cleaner dropped (the box), short lines, list items and prose: no furniture by its
    wording, no short line the page repeats (a menu), no comment heading (one above the lead
    is the share bar's comment button, as "Comments" beside "Share"). Without a header
    in reach, the region is left as it is: a standfirst sits above the byline. A dek under
    the byline ("Europa's plumes appear to be real, but very sporadic.") is one short
    sentence: the lead's prose lines in a row hold ``min_chars`` at least, or
    ``LEAD_MIN_SENTENCES`` sentences (a live blog's "... Follow our live coverage below."). A
    repeated line the promos cleaner dropped (a share button, an advert label) is no menu.
    Measured when added: fresh set, article lines lost 28 -> 13 (markdown; text unchanged),
    held-out 25 / 20 -> 17 / 12, sealed 29 -> 19 (markdown); dev F1 text 0.9409 -> 0.9412,
    markdown 0.9484 -> 0.9502 (two pages gain their lead, one text page keeps the "More:"
    headlines between its lead and its body); furniture removed one line less on the fresh
    and sealed sets (markdown). The two sentences and the promo repeated: distant set, article
    lines lost 79 / 60 -> 45 / 30 (three live blogs and a short news lead); dev pages and the
    other sets unchanged.
    """
    first, last = span
    header, comments = -1, -1  # comments: the comment heading nearest above the region
    for k in range(first - 1, max(-1, first - 1 - LEAD_MAX_LINES), -1):
        line = lines[k]
        kind = dropped.get(line.block.index)
        if kind in _HEADER:
            header = k
            break
        wording = line.first_label == BAD and line.rule not in (*_LIST_ITEM_RULES, "link list")
        # a menu is repeated; so are a share button and an advert label, which the promos
        # cleaner dropped (the share bar again at the bottom, "Advertisement" in every box),
        # or which stands by such a button in one of its copies (_share_button)
        if (kind is None and wording) or (
            line.block.plain in repeated and kind is not Kind.PROMO and not _share_button(lines, line.block.plain, dropped)
        ):
            return first
        if comments < 0 and is_comment_heading(line.block.plain):
            comments = k
    if header < 0:
        return first

    def prose(k: int) -> bool:
        return lines[k].block.index not in dropped and lines[k].first_label in (GOOD, NEAR)

    lead = next((k for k in range(header + 1, first) if prose(k)), None)
    # a comment heading between the lead and the region opens a thread; above the lead, it is
    # the share bar's button under the byline ("Comments", "12 comments")
    if lead is None or not lines[lead].block.ends_with_punctuation or comments > lead:
        return first
    end = lead  # the lead: its prose lines in a row, up to the box
    while end < first and prose(end):
        end += 1
    shared = BRIDGE_MIN_SHARED
    if sum(line.chars for line in lines[lead:end]) < min_chars and not _sentences(lines[lead:end], LEAD_MIN_SENTENCES):
        if not _opens_sections(lines, end, (first, last), dropped):
            return first  # a standfirst under the byline is one short sentence
        shared = 1  # an introduction says little of what the sections tell ("The following cases")
    words = _content_words(chain.from_iterable(line.words for line in lines[lead:end]), stopwords)
    return lead if len(words & _region_words(lines, first, last, stopwords)) >= shared else first


def _opens_sections(lines: list[Line], k: int, span: tuple[int, int], dropped: Mapping[int, Kind]) -> bool:
    """``lines[k]``, right under a short lead and right above the region, is the heading of the
    article's first section, and the lead introduces the sections ("The following cases were
    dealt with this week."): the region holds headings of the same kind, short lines without a
    stop between two paragraphs, and no cleaner dropped any of them. A standfirst under the
    byline runs straight into the article's first paragraph, or into a photo's caption.
    Measured when added: remote set, article lines lost 7 -> 5 (text and markdown; a court
    round-up); dev pages, furniture removed and the other sets unchanged."""
    first, last = span

    def heading(i: int) -> bool:
        line = lines[i]
        return line.first_label == SHORT and line.block.index not in dropped and not line.block.ends_with_punctuation

    def prose(i: int) -> bool:
        return lines[i].first_label in (GOOD, NEAR) and lines[i].block.index not in dropped

    if k + 1 != first or not heading(k):
        return False
    return any(heading(i) and prose(i - 1) and prose(i + 1) for i in range(first + 1, last))


def _share_button(lines: list[Line], text: str, dropped: Mapping[int, Kind]) -> bool:
    """A short line the page repeats is a share bar's button, not a menu entry, when one of its
    copies stands beside a line the promos cleaner dropped: "Share" (in a language the promos
    vocabulary lacks: "Partekatu", "Rhannu") over "Facebook" and "WhatsApp" in the bar at the
    bottom. A menu entry printed again in the footer stands among the footer's links.
    Measured when added: distant set, article lines lost 25 -> 17 (text; a Basque lead under
    its share bar); dev pages and the other sets unchanged."""
    for k, line in enumerate(lines):  # a repeated line above a lead: rare, the page is walked once
        if line.block.plain == text:
            beside = lines[max(0, k - 1) : k + 2]
            if any(dropped.get(x.block.index) is Kind.PROMO for x in beside if x is not line):
                return True
    return False


def _sentences(lines: list[Line], n: int) -> bool:
    """The lines hold ``n`` sentences or more (sentence ends followed by a space or the line's end)."""
    return sum(len(_SENTENCE_END.findall(line.block.plain)) for line in lines) >= n


KEY_BOX_MAX_LINES = 8  # a live blog's key events: a few headlines, not a page's list


def _summary_box(
    lines: list[Line],
    span: tuple[int, int],
    stopwords: frozenset[str] | None,
    dropped: Mapping[int, Kind],
    repeated: frozenset[str],
) -> int:
    """The region's first line, moved up to a live blog's summary box right above its first
    time stamp ("Key events" over "Red warning in force until 3pm", "Ferry services
    cancelled"), if it has one.

    The box is a short heading, a paragraph of its own, over one paragraph (lines without a
    blank line between them: a list) of two to ``KEY_BOX_MAX_LINES`` short lines, right above
    the stamp. No cleaner dropped its lines, the page does not repeat them, and
    ``BRIDGE_RUN_SHARE`` of its items name what the entries name (a ticker of other stories
    names nothing of them). Its lines cost the region search like a menu's, so it was cut off.
    Measured when added: dev pages and the probe sets unchanged (no live blog among them).
    """
    first, last = span
    if _CLOCK.match(lines[first].block.plain) is None:
        return first  # a listicle's numbered heading: its lead is _lead's
    top = first - 1  # the list is lines[top:first]
    while top > 0 and first - top < KEY_BOX_MAX_LINES and not lines[top].block.blank_before:
        top -= 1
    heading, items = top - 1, lines[top:first]
    if heading < 0 or len(items) < 2 or not lines[top].block.blank_before:
        return first
    box = lines[heading:first]
    if any(x.first_label != SHORT or x.block.index in dropped or x.block.plain in repeated for x in box):
        return first
    if is_comment_heading(lines[heading].block.plain) or _is_sentence(lines[heading].block.plain):
        return first
    words = _region_words(lines, first, last, stopwords)
    named = sum(1 for x in items if _content_words(x.words, stopwords) & words)
    return heading if named >= BRIDGE_RUN_SHARE * len(items) else first


def _heads_list(line: Line, item: Line, dropped: Mapping[int, Kind], repeated: frozenset[str]) -> bool:
    """``line`` is the heading of what starts the region at ``item``: of its bulleted list
    ("Key points" or "Das Wichtigste in Kürze" over "- ..."), or a short lead-in ending with a
    colon over its first paragraph ("In short:", "Auf einen Blick:"; "Tags:" is a page's label).
    Either is a short line no cleaner dropped, that the page does not repeat, and no list item
    itself. What the page's lead-ins introduce is no paragraph of the region ("Follow us on:"
    introduces links, and the promos cleaner drops it).
    Measured when added (bullets): unseen set, article lines lost 11 -> 10 (text and markdown);
    held-out 27 / 21 -> 26 / 20; dev pages unchanged but one markdown page (-0.002: its truth
    leaves out a "Key Points" heading over the bullets it keeps). The lead-in: fresh set, one
    line each (text and markdown); other sets and dev pages unchanged."""
    text = line.block.plain
    if line.first_label != SHORT or line.block.index in dropped or text in repeated or bullet(text):
        return False
    if text.endswith(":"):
        return item.first_label in (GOOD, NEAR) and text[:-1].strip().lower() not in page_labels()
    return bool(bullet(item.block.plain))


def _main_region(lines: list[Line], s: Settings) -> tuple[int, int]:
    """The run of lines with the largest total weight (:func:`_heaviest_run`)."""
    return _heaviest_run([_weight(line, s) for line in lines])


def _heaviest_run(weights: Sequence[float]) -> tuple[int, int]:
    """``(first, last)`` of the run of weights with the largest positive total (Kadane's maximum
    subarray); ``(0, -1)`` when every weight is zero or less."""
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += weight
        if total > best:
            best, best_span = total, (start, i)
    return best_span


SHORT_PROSE_STEP = 5  # what a heading or a list item between an article's short paragraphs costs


def _short_prose_region(lines: list[Line], s: Settings, dropped: Mapping[int, Kind]) -> tuple[int, int]:
    """The region of an article of short paragraphs, when the main search finds none.

    An article of sentences too short to be prose alone, split by headings, lists or time
    stamps into runs shorter than ``run_chars`` (a what's-on guide, a live blog, a recipe's
    steps, a short report in a language without a function-word list) has its lines labelled by
    their neighbours, and with the page's menus and teaser headlines around, all are furniture:
    every line weighs less than nothing and no region forms (the page kept all its furniture).
    Searched again, each line that ends like a sentence and was prose or near-prose on its own
    weighs its length, and the lines between paragraphs cost SHORT_PROSE_STEP: short lines and
    headlines, list items (long lines without function words or a sentence end) and lines other
    cleaners dropped (an inline promo, a related-links box). Lines furniture on their own (a
    copyright line, a link list, a line repeated on the page) weigh in full, as in the main
    search. Only a region holding ``run_chars`` of sentences counts: a newsletter's pitch alone
    among the lists of a page of lists is no article.
    Measured when added: article lines lost unchanged on every set; furniture removed, probe
    sets spent, +35 lines (text) and +18 (markdown), of 65 kept on the 29 pages without a
    region; far and beyond sets +45 / +21 and +12 / +5; dev pages unchanged (none lacks a region).
    """
    sentence = [
        line.first_label in (GOOD, NEAR) and (line.block.ends_with_punctuation or _is_sentence(line.block.plain))
        for line in lines
    ]
    weights = [
        line.chars if is_sentence
        else -SHORT_PROSE_STEP if line.first_label != BAD or line.rule in _LIST_ITEM_RULES or line.block.index in dropped
        else -(line.chars + s.line_penalty)
        for line, is_sentence in zip(lines, sentence)
    ]  # fmt: skip
    first, last = _heaviest_run(weights)
    prose = sum(line.chars for line, is_sentence in zip(lines[first : last + 1], sentence[first : last + 1]) if is_sentence)
    return (first, last) if prose >= s.run_chars else (0, -1)


@dataclass(frozen=True)
class Settings:
    """The cleaner's thresholds; the keyword arguments of :func:`boilerplate` (same names)."""

    length_low: int = 50
    length_high: int = 150
    stopwords_low: float = 0.25
    stopwords_high: float = 0.32
    max_link_density: float = 0.4
    run_chars: int = 300
    line_penalty: int = 20
    bad_weight: float = 1.0
    near_weight: float = 0.5
    short_penalty: int = 35
    sentence_words: int = 6
    title_share: float = 0.5
    min_gap_lines: int = 3
    island_share: float = 0.15
    min_outside_chars: int = 150
    min_outside_share: float = 0.1


@dataclass
class Analysis:
    """The labelled lines of a page and the article region ``lines[first : last + 1]``."""

    lines: list[Line]
    first: int
    last: int
    repeated: frozenset[str] = frozenset()  # short lines the page prints twice or more
    near_repeats: frozenset[str] = frozenset()  # lines printed again only within a few lines

    @property
    def outside_chars(self) -> int:
        """Characters outside the region in lines that are furniture on their own.

        Prose that only its neighbours made furniture (a closing paragraph after a "Read
        more:" line) is no evidence of a page around the article: counted, it made an
        article's own last paragraphs look like a page.
        """
        outside = self.lines[: self.first] + self.lines[self.last + 1 :]
        return sum(line.chars for line in outside if line.first_label in FURNITURE_ALONE)

    @property
    def has_page_furniture(self) -> bool:
        """The text holds a line only a page has: furniture by its wording (a copyright or
        cookie line, a link list, a line repeated on the page) or a short line twice (a menu
        at the top and again in the footer).

        Short lines and lines without function words are no such sign on their own: a recipe's
        ingredients, a results table, a spec list or a fact box are made of them. Without this
        test, an already clean article made mostly of lists looked like a page, and its region
        search cut it down to its longest stretch of prose. Nor is a line printed again only
        within REPEAT_NEAR_LINES lines of itself: the refrain of a song or a poem the article
        quotes (a menu repeats in the footer, far from the top).
        """
        return any(
            line.block.plain not in self.near_repeats
            and ((line.first_label == BAD and line.rule not in _LIST_ITEM_RULES) or line.block.plain in self.repeated)
            for line in self.lines
        )


REPEAT_NEAR_LINES = 6  # a refrain comes back within a stanza or two


def _near_repeats(lines: list[Line], repeats: list[int]) -> frozenset[str]:
    """The lines printed more than once, each copy within REPEAT_NEAR_LINES of the one before
    (``repeats``: the positions of the lines the page prints more than once, in order)."""
    last_at: dict[str, int] = {}
    far: set[str] = set()
    for i in repeats:
        text = lines[i].block.plain
        if text in last_at and i - last_at[text] > REPEAT_NEAR_LINES:
            far.add(text)
        last_at[text] = i
    return frozenset(last_at.keys() - far)


def _title_index(lines: list[Line], title: str | None) -> int | None:
    """The article's headline among the lines: the page title repeated, or a markdown H1.

    Full-page text starts with the page's <title> (html-text) and shows the headline again
    where the article starts; markdown marks it ``# ``. Teasers and menus come before it.
    """
    if title is None and lines:
        title = lines[0].block.plain
    wanted = set(_WORD.findall((title or "").lower()))
    for i, line in enumerate(lines[1:], 1):
        if not 3 <= len(line.words) <= 40:  # too short for a headline (both tests need 3 words)
            continue
        if line.block.text.startswith("# "):
            return i
        # The headline shares most of its words with the title ("Title - Site name" included).
        shared = len(wanted.intersection(line.words))
        if shared < 3 or shared < 0.5 * len(wanted):
            continue  # gate, exact: 3 words or more, 80% of them shared, make 3 shared at least
        words = set(line.words)
        if len(words) >= 3 and shared >= 0.8 * len(words):
            return i
    return None


def _split_gaps(lines: list[Line], first: int, last: int, s: Settings) -> tuple[int, int]:
    """Cut a small prose island off the region where a run of furniture lines separates it.

    An author's bio, a newsletter prompt or a teaser after the article, behind a few headline
    or link lines, is prose too; it is not the article when it weighs little beside it.
    """
    gaps, run = [], 0
    for i in range(first, last + 1):
        line = lines[i]
        # furniture, not demoted prose, nor a list or a run of short lines of the article
        if line.label == BAD and line.first_label != NEAR and not (line.listed or line.bridged):
            run += 1
        else:
            if run >= s.min_gap_lines:
                gaps.append((i - run, i - 1))
            run = 0
    if not gaps:
        return first, last
    # One island at each end at most: cutting island after island would eat a long article
    # whose sections are separated by furniture (a listicle, a Q&A).
    (a, _), (_, b) = gaps[-1], gaps[0]
    if _good_chars(lines, gaps[-1][1] + 1, last) < s.island_share * _good_chars(lines, first, a - 1):
        last = a - 1
    if _good_chars(lines, first, b - 1) < s.island_share * _good_chars(lines, b + 1, last):
        first = b + 1
    return first, last


def _good_chars(lines: list[Line], first: int, last: int) -> int:
    return sum(x.chars for x in lines[first : last + 1] if x.label == GOOD)


def analyse(
    blocks: list[Block],
    s: Settings = Settings(),
    title: str | None = None,
    dropped: Mapping[int, Kind] | None = None,
) -> Analysis:
    """Label the blocks (context-free, then in context) and find the article region.

    ``title``: the page title if known (else the first line is taken for it). ``dropped``: the
    kinds of the blocks other cleaners dropped, by block index. A list that page furniture
    (a menu, a share or newsletter prompt, a list marker) is part of is not the article's; a
    run of short lines with a menu, a headline list, a byline or a date in it is not bridged.
    """
    dropped = dropped or {}
    furniture = frozenset(i for i, kind in dropped.items() if kind in _PAGE_FURNITURE)
    promos = frozenset(i for i, kind in dropped.items() if kind is Kind.PROMO)
    lines = [line for line in map(_features, blocks) if line is not None]
    if not lines:
        return Analysis(lines, 0, -1)
    stopwords = _language(lines)
    seen = Counter([line.block.plain for line in lines])
    repeats: list[int] = []  # the lines the page prints twice or more
    again: list[int] = []  # short ones: a menu, again in the footer
    signing: list[int] = []  # the lines that may open a letter's signature (_signs_under)
    prev: Line | None = None
    for i, line in enumerate(lines):  # the finders' positions gathered in the one pass
        line.label, line.rule = _classify(line, stopwords, s)
        if seen[line.block.plain] > 1:
            repeats.append(i)
            if line.label == SHORT:
                again.append(i)
            else:
                # Tickers, teaser blocks and footers repeat on a page; article paragraphs do not
                # (a pull quote that does sits inside the region, where bad lines are kept).
                line.label, line.rule = BAD, "repeated on the page"
        line.first_label = line.label
        if line.label == SHORT:
            # a signature's first line is short, under a line that is not (most short lines are
            # a menu's, under another)
            if prev is not None and prev.first_label != SHORT and _signs_under(prev, line):
                signing.append(i)
        prev = line
    repeated = frozenset(lines[i].block.plain for i in again)
    colons = [i for i, line in enumerate(lines) if ":" in line.block.plain]  # few lines hold one
    _mark_introduced_lists(lines, furniture, colons)
    _mark_questions(lines, dropped, repeated)
    _prose_runs(lines, s.run_chars, sorted({*again, *colons}), signing, dropped, repeated)
    _context(lines, dropped, _echoed_headlines(lines, colons, seen))
    start = 0
    t = _title_index(lines, title)
    if t is not None:
        after = sum(x.chars for x in lines[t + 1 :] if x.first_label == GOOD)
        if after >= s.title_share * sum(x.chars for x in lines if x.first_label == GOOD):
            start = t + 1  # the article is after its headline
    first, last = _main_region(lines[start:], s)
    # Again, across the bridged runs; and once more, as the grown region may now reach a run it
    # did not (the paragraph after an inline promo, and the list after that paragraph).
    for _ in range(BRIDGE_PASSES):
        if last < first or not _bridge_short_runs(lines, first + start, last + start, stopwords, dropped, promos, repeated):
            break
        first, last = _main_region(lines[start:], s)
    if last < first:
        first, last = _short_prose_region(lines[start:], s, dropped)
    first, last = first + start, last + start
    first, last = _split_gaps(lines, first, last, s)
    for _ in range(2):  # a live blog's first time stamp and heading, a listicle's first heading
        if 0 < first <= last and lines[first - 1].stamp:
            first -= 1
    if 0 < first <= last and lines[first].stamp:
        first = _summary_box(lines, (first, last), stopwords, dropped, repeated)
    if last >= first:
        first = _lead(lines, (first, last), stopwords, dropped, repeated, s.length_high)
        last = _closing_block(lines, (first, last), stopwords, furniture, promos, repeated)
        last = _newsletter_box(lines, (first, last), dropped)
        while last + 1 < len(lines) and lines[last + 1].signs and lines[last + 1].stamp:
            last += 1  # the last letter's signature, which weighs nothing
        if first > 0 and _opening_score(lines[first - 1], dropped, repeated):
            first -= 1  # a review's score over its first paragraph
        elif first > 0 and _salutation(lines[first - 1], dropped, repeated):
            first -= 1  # "Dear readers," over a column's first paragraph
        elif first > 0 and _opening_result(lines[first - 1], lines[first], dropped, repeated):
            first -= 1  # "Leeds 2-1 Hull" over a match report's first paragraph
        first = _details_box(lines, (first, last), stopwords, dropped, repeated)
        if first > 0 and _heads_list(lines[first - 1], lines[first], dropped, repeated):
            first -= 1  # the heading goes with its list
    # A comment thread is prose too, and often longer than the article: its heading ends the
    # region, once the region holds some prose of its own.
    for i in range(first + 1, last + 1):
        if (
            is_comment_heading(lines[i].block.plain)
            and any(x.label == GOOD for x in lines[first:i])
            and _opens_thread(lines, i, last)
        ):
            last = i - 1
            break
    return Analysis(lines, first, last, repeated, _near_repeats(lines, repeats))


def _opens_thread(lines: list[Line], k: int, last: int) -> bool:
    """The comment heading ``lines[k]`` opens a thread, not a section of the article: it gives
    a count ("Comments (23)"), or a line of the region after it is no paragraph of prose (a
    commenter's name and time, "Reply", a "Name: comment" line). Under a section heading a
    comment thread's word names ("Comment", "Discussion", "Reaktionen") the article goes on
    in paragraphs to its end: the heading cut the analysis off the region.
    Measured when added: remote set, article lines lost 10 -> 7 (text and markdown); dev
    pages, furniture removed and the other sets unchanged."""
    if any(c.isdigit() for c in lines[k].block.plain):
        return True
    after = lines[k + 1 : last + 1]
    return not after or any(
        x.first_label not in (GOOD, NEAR) or x.block.label is not None or not x.block.ends_with_punctuation for x in after
    )


BOX_MAX_LINES = 6  # a newsletter box: heading, pitch, e-mail field, fine print, and its buttons
PITCH_MAX_WORDS = 30  # a pitch is a sentence or two; an article's last paragraph may run longer
BOX_HEADING_WORDS = 6  # "Der Abend-Überblick", "Get the morning briefing"
_QUOTES = frozenset('"“”«»„')


def _newsletter_box(lines: list[Line], span: tuple[int, int], dropped: Mapping[int, Kind]) -> int:
    """The region's last line once a newsletter box at its end is cut off (``span``: the region).

    A box's pitch ("The stories you need, in your inbox before 7am", "Die wichtigsten
    Nachrichten, jeden Abend in Ihrem Postfach") is a sentence, often next to the article's last
    paragraph, so the region search took it in. Read from the region's end up: short lines that
    offer the site's newsletter or channel to the reader (vocab/boxes.toml: "our newsletter",
    "in your inbox"), its e-mail field and fine print, and lines other cleaners dropped as page
    furniture (its sign-up button, a heading "Sign up to our newsletter"), with a page after
    them; then the box's heading over the pitch: a newsletter's name, or a short line in the
    pitch's paragraph. Quoted speech is the article's ("'Our newsletter reaches 3,000 homes,'
    she said"), and so is every line above the first that is none of these.
    """
    first, last = span
    k, pitch, seen = last, None, 0
    page = last + 1 < len(lines)  # furniture under the box: lines after the region, or dropped ones
    while k > first and seen < BOX_MAX_LINES:
        line = lines[k]
        if line.block.index in dropped:  # a button, a list of headlines, a footer
            page |= pitch is None
            k -= 1
            continue
        seen += 1
        text = line.block.plain
        if len(line.words) > PITCH_MAX_WORDS or not _QUOTES.isdisjoint(text):
            break
        part = _box_part(text)
        if part is None or (part == "heading" and len(line.words) > BOX_HEADING_WORDS):
            break  # a line of the article, or prose that names a newsletter
        if part == "pitch":
            pitch = k
        k -= 1
    if pitch is None or not page:
        return last
    head = lines[k]
    if k > first and len(head.words) <= BOX_HEADING_WORDS and not _ends_like_sentence(head.block.plain):
        named = _box_part(head.block.plain) is not None
        if named or not lines[k + 1].block.blank_before:
            k -= 1
    for line in lines[k + 1 : last + 1]:
        line.label, line.rule = BAD, "newsletter box"  # the reason its drop gives
    return k


@cache
def _box_parts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each concept of vocab/boxes.toml with one regex for its phrases, in the file's order."""
    parts = []
    for name, spec in vocab.data("boxes").items():
        whole = [p for phrases in spec.get("whole", {}).values() for p in phrases]
        sources = [p for patterns in spec.get("sentence", {}).values() for p in patterns]
        if whole:
            sources.append(rf"^(?:{alternation(whole)})\W*$")
        parts.append((name, re.compile("|".join(f"(?:{p})" for p in sources), re.IGNORECASE)))
    return tuple(parts)


def _box_part(text: str) -> str | None:
    """The part of a newsletter box ``text`` is ("pitch", "form", "heading"), the first that fits."""
    return next((name for name, pattern in _box_parts() if pattern.search(text)), None)


_STARS = frozenset("★☆✩✭✮⭐½ ")


def _stars(text: str) -> bool:
    """A line of rating stars and nothing else ("★★★★☆", "★★★½"). Without letters or digits it
    has no features, and right above the region's first line (or below its last) it was dropped
    as a line of no words (a half star is a digit: then as a short line). A review prints it beside its first paragraph or its last; a teaser
    list's ratings sit by their headlines, away from the article.
    Measured when added: article lines lost, remote set 5 -> 4, probe set 2 -> 1, unseen set
    6 -> 5 (text and markdown); dev pages, furniture removed and the other sets unchanged."""
    return set(text) <= _STARS and any(c in "★☆✩✭✮⭐" for c in text)


@cleaner("boilerplate", kinds=(Kind.BOILERPLATE,))
def boilerplate(
    doc: Document,
    length_low: int = Settings.length_low,
    length_high: int = Settings.length_high,
    stopwords_low: float = Settings.stopwords_low,
    stopwords_high: float = Settings.stopwords_high,
    max_link_density: float = Settings.max_link_density,
    run_chars: int = Settings.run_chars,
    line_penalty: int = Settings.line_penalty,
    bad_weight: float = Settings.bad_weight,
    near_weight: float = Settings.near_weight,
    short_penalty: int = Settings.short_penalty,
    sentence_words: int = Settings.sentence_words,
    title_share: float = Settings.title_share,
    min_gap_lines: int = Settings.min_gap_lines,
    island_share: float = Settings.island_share,
    min_outside_chars: int = Settings.min_outside_chars,
    min_outside_share: float = Settings.min_outside_share,
    on_extracted: bool = False,
) -> None:
    """Drop the page text outside the article's main region (see the module docstring).

    Settings (characters count letters and digits):

    - ``length_low``/``length_high``: below low a line is too short to judge alone; from high
      a prose line is good on its own;
    - ``stopwords_low``/``stopwords_high``: function-word densities of near-prose and prose;
    - ``max_link_density``: share of a line in markdown link text above which it is a link list;
    - ``run_chars``: near-prose lines in a row with this many characters are article prose;
    - ``sentence_words``: a short line of this many words ending like a sentence is near-prose;
    - ``line_penalty``, ``bad_weight``, ``near_weight``, ``short_penalty``: how lines weigh in
      the region search;
    - ``title_share``: search after the repeated headline when that much of the page's prose
      follows it;
    - ``min_gap_lines``, ``island_share``: a run of that many furniture lines cuts off an end of
      the region holding less than that share of its prose;
    - ``min_outside_chars``, ``min_outside_share``: the full-page guard; the cleaner acts only
      when the text outside the region reaches both, and the text holds a line only a page
      has (:attr:`Analysis.has_page_furniture`);
    - ``on_extracted``: also run on HTML input, whose text the extractor has already cut to the
      article. Off by default: measured on the dev pages, a second region search there costs
      more recall (0.02) than it gains precision (0.005).
    """
    if doc.input_format == "html" and not on_extracted:
        return
    settings = dict(locals())  # the keyword arguments, named as the Settings fields
    del settings["doc"], settings["on_extracted"]
    s = Settings(**settings)
    # All blocks, dropped or not: the page's shape (menus, repeats, headline lists) is the
    # evidence, and the labels must not depend on which cleaners ran first. What the cleaners
    # before found is extra evidence only: a menu `navigation` dropped shows a page, and a list
    # a promo introduces is not the article's (with those cleaners off, the guard is stricter).
    dropped = doc.drop_kinds()
    found = analyse(doc.blocks, s, doc.hints.get(PAGE_TITLE_HINT, doc.metadata.title), dropped)
    if found.last < found.first:
        return
    outside, total = found.outside_chars, sum(line.chars for line in found.lines)
    page = found.has_page_furniture or Kind.NAVIGATION in dropped.values()
    if outside < s.min_outside_chars or outside < s.min_outside_share * total or not page:
        return  # no page around the text: already an article, leave it to the other cleaners
    labels = {line.block.index: line for line in found.lines}
    start, end = found.lines[found.first].block.index, found.lines[found.last].block.index
    for block in doc.blocks:
        line = labels.get(block.index)  # None for a line without letters or digits
        if start <= block.index <= end:
            if line and line.label == BAD and line.link_density > s.max_link_density:
                doc.drop(block, Kind.BOILERPLATE, "link list inside the article region")
            continue
        if block.index in dropped:  # doc.is_dropped(block): this loop drops no block twice
            continue
        if block.index in (start - 1, end + 1) and _stars(block.plain):
            continue  # a review's rating beside its first or last paragraph
        why = f"{line.label}: {line.rule or 'short'}" if line else "no words"
        where = "before" if block.index < start else "after"
        doc.drop(block, Kind.BOILERPLATE, f"{where} the article region ({why})")
