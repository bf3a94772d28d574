"""Text integrity: damage a scraper or a wrong decoding did to the text, one detector each.

Every detector returns a rate in [0, 1] and flags the text when the rate crosses its documented
threshold (and, for the rare-event detectors, when a minimum count of hits is reached, so one
odd token in a long text does not flag it). A detector that does not apply to the text's
language reports no rate at all (the key is absent), never a made-up 0.

Thresholds were set on the 88 dev ground-truth bodies taken as intact (at most 2% flagged per
detector) and checked on synthetic corruptions of the same bodies (recall >= 0.9);
``benchmarks/bench_reliability.py`` measures both.

=================  ==========================================================  ===================
detector           rate                                                        flagged when
=================  ==========================================================  ===================
apostrophes        stripped forms / (stripped forms + forms with apostrophe)   >= 0.5 and >= 2 hits,
                                                                               or 1 sure hit and
                                                                               no apostrophe in
                                                                               150+ words
mojibake           mis-decoded UTF-8 sequences per word                        >= 1 hit
replacement        U+FFFD and "?" standing for lost characters, per word        >= 2 hits
lost_letters       max(distinct words with impossible letter runs per distinct  >= 0.01 and >= 3
                   word, missing-accents signal for languages that need them)  hits, or accents
                                                                               < 10% of the norm
truncated          1.0 when the last paragraph stops mid-sentence, else 0.0     == 1.0
duplicates         characters in repeated paragraphs / all characters           > 0
=================  ==========================================================  ===================

lost_letters' word rules count a digraph ("sch", "kh", "sz", "ts" ...) as one consonant in a
run, and do not apply to languages whose own words break them (pl, cs, sk, hr, sl, sr, bs, hu,
cy): there the missing-accents signal alone applies. ``truncated`` takes the German/Polish
closing quotes (“ ‘) as end marks, and a final ";" as the Greek question mark in Greek; Thai
and Lao, which write no end mark, are never taken as cut. The detectors read the text in NFC.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..document import Integrity
from ..scripts import HAN_KANA

# -- thresholds (each detector's documented flag condition) --------------------------------------
APOSTROPHE_RATE = 0.5  # more stripped forms than intact ones: the text lost its apostrophes
APOSTROPHE_MIN_HITS = 2
APOSTROPHE_ALONE_WORDS = 150  # ... or 1 hit when a text this long has no apostrophe at all
MOJIBAKE_MIN_HITS = 1  # a mis-decoded UTF-8 sequence is never legitimate text
REPLACEMENT_MIN_HITS = 2
LOST_LETTERS_RATE = 0.01  # share of words with letter runs no Latin-script language writes
LOST_LETTERS_MIN_HITS = 3
ACCENT_MIN_LETTERS = 400  # the missing-accents signal needs a text long enough to expect some
ACCENT_SHARE_FLOOR = 0.1  # observed share of accented letters below 10% of the language's norm
DUPLICATE_MIN_WORDS = 20  # shorter repeated lines (a recipe step, an interview question,
#                          a tweet credit) recur in intact pages; a doubled prose paragraph is damage
TRUNCATED_MIN_WORDS = 4  # a shorter last line is a credit or a label, not a cut paragraph

# Words: letters, and letters joined by apostrophes. The quantifiers are possessive (a letter is
# no apostrophe: no match ever gives back) to spare the engine its backtracking bookkeeping.
_WORD = re.compile(r"[^\W\d_]++(?:['’][^\W\d_]++)*+")
# The same words in a text whose letters are all ASCII (most English texts: their other characters
# are typographic quotes, dashes and signs, none a letter): an ASCII class is a bitmap look-up,
# where [^\W\d_] asks Unicode categories, and the findall takes 40% less.
_ASCII_WORD_RUN = re.compile(r"[A-Za-z]++(?:['’][A-Za-z]++)*+")
_NOT_ASCII_OR_SIGN = re.compile("[^\x00-\x7f’‘“”—–…«»•·€£°\xa0]")


def _words(text: str) -> list[str]:
    """The ``_WORD`` words of ``text``."""
    return (_WORD if _NOT_ASCII_OR_SIGN.search(text) else _ASCII_WORD_RUN).findall(text)


_URL_HINT = re.compile(r"://|www\.|@|\.(?:com|org|net|html?|php)\b", re.I)
# A whole token (\S+) that holds a hint. Tried only where a token starts, it runs through the
# token once, so a 100,000-character token costs one scan, not a quadratic backtrack.
_URL_TOKEN = re.compile(rf"(?<!\S)\S*?(?:{_URL_HINT.pattern})\S*", re.I)
# The same hints for lower-cased text, without IGNORECASE: the engine then skips in C to the
# characters a hint opens with. Most clean texts hold no URL: one search rules them out.
_URL_HINT_LOWER = re.compile(_URL_HINT.pattern)


def _without_urls(text: str, lowered: str) -> str:
    """The text with URLs, e-mail addresses and bare domains blanked out; ``lowered`` is the
    text lower-cased, where a hint is searched (no _URL_TOKEN without a hint)."""
    if _URL_HINT_LOWER.search(lowered) is None:  # gate: most texts
        return text
    # a token never spans lines: only the lines that hold a hint need the (slow) substitution
    # (lower-casing keeps the line breaks: each line of ``lowered`` is that line lower-cased)
    return "\n".join(
        _URL_TOKEN.sub(" ", line) if _URL_HINT_LOWER.search(low) else line
        for line, low in zip(text.split("\n"), lowered.split("\n"))
    )


# -- apostrophes --------------------------------------------------------------------------------
# Contractions that lose their apostrophe become strings that are not words of the language.
# Forms that are also words ("its", "were", "well", "ill", "cant", "wont", "lets", "shell";
# French "quelle", "dune", "laide") are left out here; a few are counted in context below.
_CONTRACTIONS = {
    "en": frozenset(
        "dont doesnt didnt isnt wasnt arent werent couldnt wouldnt shouldnt hasnt havent hadnt "
        "mustnt neednt mightnt shant aint youre theyre weve youve theyve youll theyll itll "
        "thatll youd theyd shes thats theres whats heres wheres whos hows whens itd wouldve "
        "couldve shouldve mightve mustve yall".split()
    ),
    "fr": frozenset(
        "cest nest quil quils jai jen jy daujourdhui quon dun sil sils "
        "lhomme lhistoire lannée leurope lunion létat lépoque lété larmée "
        "qualors puisquil lorsquil jusquà jusqualors".split()
    ),
}
# Forms that keep their apostrophe ("don't", "Russia's", "l'homme") are words of _WORD; an
# apostrophe damaged into another mark ("donâ€™t", "don?t") still shows where it was and counts
# as kept: that damage is the mojibake or replacement detector's finding, not this one's.
_DAMAGED_APOSTROPHE = re.compile(r"[^\W\d_](?:[`´\ufffd?]|â€™)[^\W\d_]")
_QMARK_BEFORE_LETTER = re.compile(r"\?[^\W\d_]")
# A possessive that lost its apostrophe: "Russias operations", "ministrys" ("-ys" after a
# consonant is never an English plural, which is "-ies").
_CONSONANT_YS = re.compile(r"^[a-z]{2,}[b-df-hj-np-tv-xz]ys$")
# Words that follow plurals far more than possessives: a capitalised "-s" word followed by one
# of these ("Democrats say", "Americans in") is a plural, not a stripped possessive.
_AFTER_PLURAL = frozenset(
    "are were have had and or in on of to for with at from by who that which will would can "
    "could should may might must do did say said says is was as but than also all both each "
    "across around into over after before under like such more now still being "
    # a possessive is followed by its noun, never by a determiner or a finite verb: "SUVs a",
    # "Kosmos an", "Thomas has", "States does" are a subject or an object, then the next phrase
    "a an the this these those his her their our my your has does".split()
)


# Contractions that are also words, counted only before a word that shows the contraction:
# "its a shame", "Ive been", "wont be", "cant afford", "Im not".
_CONTEXT_CONTRACTIONS = {
    "its": frozenset(
        "a an the not been going just also very so too about true clear unclear important "
        "possible likely unlikely time hard".split()
    ),
    "ive": frozenset("been got never seen had always done heard made".split()),
    "wont": frozenset("be have go let stop happen work get do".split()),
    "cant": frozenset("be have do get go wait see believe say afford help".split()),
    "im": frozenset("not going so very sure just a the glad happy excited really still".split()),
}
_CONTEXT_FORMS = frozenset(f for w in _CONTEXT_CONTRACTIONS for f in (w, w.capitalize(), w.upper()))
_NOT_NOUN_ENDINGS = ("ed", "ing", "ly")  # a verb or an adverb follows a plural, not a possessive


def _apostrophes(text: str, words: list[str], language: str | None) -> tuple[float | None, bool]:
    lang = (language or "").split("-")[0]
    if lang not in _CONTRACTIONS:
        return None, False
    intact = sum(1 for w in words if "'" in w or "’" in w)
    if _may_hold_damaged_apostrophe(text):
        intact += len(_DAMAGED_APOSTROPHE.findall(text))
    contractions = _CONTRACTIONS[lang]
    stripped = sure = sum(map(contractions.__contains__, map(str.lower, words)))
    if lang == "en":
        found, guessed = _stripped_in_context(words)
        stripped += found
        sure += found - guessed
    total = stripped + intact
    rate = stripped / total if total else 0.0
    # one stripped form is enough when no word of a long text keeps an apostrophe: running
    # prose of that length without a single contraction or possessive is itself a sign. A
    # guessed possessive is not enough alone: "CEOs met", "EVs make up" are plurals before a
    # verb, which no word list tells from "NATOs response" (a second hit is needed then).
    alone = sure >= 1 and intact == 0 and len(words) >= APOSTROPHE_ALONE_WORDS
    return rate, (rate >= APOSTROPHE_RATE and stripped >= APOSTROPHE_MIN_HITS) or alone


def _may_hold_damaged_apostrophe(text: str) -> bool:
    """Gate before _DAMAGED_APOSTROPHE, which tries every letter of the text: a damaged
    apostrophe is a mark between letters, and a "?" is one only before a letter (a question
    mark is followed by a blank or a quote), which one scan from "?" to "?" rules out."""
    return any(mark in text for mark in ("`", "´", "\ufffd", "â€™")) or _QMARK_BEFORE_LETTER.search(text) is not None


def _stripped_in_context(words: list[str]) -> tuple[int, int]:
    """Count English forms that need their neighbours to be told apart from real words; return
    (forms found, of which guessed).

    - a contraction that is also a word, before a word that shows it ("its a", "Ive been");
    - a possessive that lost its apostrophe, before the noun it qualifies: "Russias operations",
      "NATOs response", and "-ys" after a consonant ("ministrys", never an English plural).
      Plurals are told apart by what follows them: a verb, a preposition, a conjunction, a
      determiner ("Democrats say", "Americans in", "SUVs a") or a capital. A capitalised word
      counts only when its base occurs alone ("Russias" and "Russia"): names ending in -as,
      -is, -os ("Texas officials", "Paris police", "Picos de") have no such base. An acronym
      ("NATOs", "MSCIs") counts, but is only guessed when it never occurs alone: its plural
      ("CEOs met") looks the same.
    """
    present = set(words)
    count = guessed = 0
    # only context contractions and words ending in "s" can count, and of these no lower-case
    # word but a "-ys" one (a possessive below is upper-case or capitalised): skip the rest fast
    candidates = [
        i
        for i, w in enumerate(words[:-1])
        if w in _CONTEXT_FORMS or (w[-1] == "s" and (not w.islower() or w.endswith("ys")))
    ]
    for i in candidates:
        word, following = words[i], words[i + 1]
        context = _CONTEXT_CONTRACTIONS.get(word.lower())
        if context is not None:
            count += following.lower() in context
            continue
        if word.endswith("ys") and _CONSONANT_YS.match(word):  # gate: the pattern's ending
            count += 1
            continue
        if len(word) < 3 or not word.endswith("s") or word.endswith("ss") or not word[-2].isalpha():
            continue
        if not following[0].islower() or following in _AFTER_PLURAL or following.endswith(_NOT_NOUN_ENDINGS):
            continue
        base = word[:-1]
        if base.isupper() and len(base) >= 2:
            count += 1  # "NATOs response", "MSCIs gauge"
            guessed += base not in present  # "the RNLI said ... RNLIs silver medal" is sure
        elif word[0].isupper() and len(base) >= 4 and base in present:
            count += 1  # "Russias operations" (Russia occurs alone)
    return count, guessed


# -- mojibake -----------------------------------------------------------------------------------
# UTF-8 bytes decoded as cp1252/latin-1: a lead byte (Â-ß for two-byte, à-ï for three-byte,
# ð-ô for four-byte sequences) followed by continuation bytes, which cp1252 shows as
# € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ or U+00A0-U+00BF (latin-1: U+0080-U+00BF).
_CONT = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}")
# What every sequence above opens with: a lead byte and one continuation byte. One pattern
# that opens with a character class lets the engine skip in C to the lead bytes; the
# alternation above tries its three branches at every character.
_MOJIBAKE_OPENING = re.compile(f"[\u00c2-\u00f4][{_CONT}]")


def _sloppy_byte(char: str) -> int:
    """The byte a cp1252 decoder turned into ``char`` (latin-1 for the bytes cp1252 leaves undefined)."""
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char)  # U+0080-U+00FF only: the pattern admits nothing else


# Marks that close a word in legitimate text: quotes, guillemets, ellipsis, dashes, no-break
# space, soft hyphen. A letter of U+00C2-U+00EF before them reads as a lead byte and its
# continuation ("Spaß“", "GÜÇ”", "nhé…”", "ANDRÉ’S", "liberté\u00a0»"), and decodes to a
# character no such text would hold (NKo, IPA, Latin Extended-B, a lone ideograph). Real
# mojibake of such a pair decodes to a common character instead ("Ã–" is "Ö", "Ñ…" is "х"),
# and a mis-decoded text holds pairs of other continuation bytes besides ("Ã©", "â€™").
_CLOSING_MARKS = frozenset("‘’‚“”„‹›«»…–—\u00a0\u00ad")


def _common_decoding(char: str) -> bool:
    """Latin-1 Supplement, Latin Extended-A, Greek, Cyrillic, Hebrew, Arabic, punctuation and
    symbols (U+2000-U+2BFF): the characters whose mis-decoding is found alone in a text."""
    code = ord(char)
    return code < 0x180 or 0x370 <= code < 0x530 or 0x590 <= code < 0x700 or 0x2000 <= code < 0x2C00


def _is_mojibake(seq: str) -> bool:
    """Confirm a candidate: the bytes it was decoded from form valid UTF-8, and it is not a
    letter closing a word before its mark (see _CLOSING_MARKS)."""
    try:
        decoded = bytes(_sloppy_byte(c) for c in seq).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return False
    return _common_decoding(decoded) or not _CLOSING_MARKS.issuperset(seq[1:])


def _mojibake(text: str) -> int:
    if not _MOJIBAKE_OPENING.search(text):  # gate: most texts, even with accented letters
        return 0
    return sum(1 for m in _MOJIBAKE.finditer(text) if _is_mojibake(m.group()))


# -- replacement characters ---------------------------------------------------------------------
# A "?" glued to the front of a word or inside one ("??General", "M?ller"): a real question
# mark is followed by a space, a quote or the end. A run of two or more "?" standing alone
# ("?? ??") is a lost emoji too; "What??" after a word is punctuation and does not count.
# Both alternatives open with a literal "?", so the engine skips in C from one "?" to the next
# (these patterns run over the whole text): the second one's lookbehind, on the character
# before the run, stands after the run's first "?" and looks back past it.
_LOST_QMARK = re.compile(r"\?\?*(?=[^\W_])|\?(?<![\w?!.\"'”’)]\?)\?+(?![\w?])")
# The same, but a "?" before an ideograph or kana is punctuation: Chinese and Japanese write
# the next sentence right after their question mark, half-width too ("吗?业内人士表示"). Used
# unless the text writes its question marks full-width ("？"): there a half-width one glued
# to ideographs stands for a character its encoder lost.
_CJK = HAN_KANA + "\uff66-\uff9f"  # and half-width kana
_LOST_QMARK_NOT_CJK = re.compile(rf"\?\?*(?=[^\W_])(?![{_CJK}])|\?(?<![\w?!.\"'”’)]\?)\?+(?![\w?])")
# A "?" alone between blanks (or at the start or end of a line) is a lost dash or symbol,
# except in French, whose typography puts a space before "?" ("Pourquoi ?"). The "?" comes
# first in the pattern for the same reason as above.
_LONE_QMARK = re.compile(r"\?(?<!\S\?)(?!\S)")


def _replacement(without_urls: str, language: str | None = None) -> int:
    """Hits in a text whose URLs were blanked ("?id=3" in a URL is a query string)."""
    if "?" not in without_urls and "\ufffd" not in without_urls:
        return 0
    lost = _LOST_QMARK if "？" in without_urls else _LOST_QMARK_NOT_CJK
    hits = without_urls.count("\ufffd") + len(lost.findall(without_urls))
    if (language or "").split("-")[0] != "fr":
        hits += len(_LONE_QMARK.findall(without_urls))
    return hits


# -- lost letters -------------------------------------------------------------------------------
# A word whose non-ASCII letters were dropped ("Mnchen", "Dsseldorf", "rzt") often keeps a
# consonant run no Latin-script language writes, or no vowel at all.
# Compounding languages join morphemes into long runs ("Selbstmanagement", "Arztbriefe"):
# there only a run of 6 consonants counts (5 elsewhere), or 4 opening the word.
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "af", "lb"})
# Languages whose own words open with, or consist of, consonant clusters the rules below take
# for damage ("wtorek", "wsparcie", "vzrostla", "smrt", "prst", "csak", "ffordd"; Swahili's
# m- prefix before any consonant: "mchezo", "Mshambuliaji", "mgumu").
_CLUSTER_LANGUAGES = frozenset({"pl", "cs", "sk", "hr", "sl", "sr", "bs", "hu", "cy", "sw"})
# Two consonants that open words in European languages and in names common in the news
# (Dmitry, Tbilisi, Mbappé, Nkosi, Zbigniew, Gdańsk, Lviv, Srebrenica, Pskov, Pfizer ...).
# A word opening with any other pair ("pgina", "ttulo", "Dsseldorf", "Zrich") lost a letter.
_ONSETS = frozenset(
    "bl br bj ch cl cr cz dr dw dv dj dz dm fl fr gh gl gn gr gw gd hr hv hm hn jh kh kl kn kr kv kw "
    "ll lv ml mb mk nd ng nk nz ph pl pn pr ps pf pt rh sc sh sk sl sm sn sp sq st sv sw sz sr "
    "th tr ts tw tz tb tk tl vl vr wh wr zh zw zl zb zd zg zm zn zv xh "
    # Scandinavian ("hjelp", "gjennom", "kjenner", "Sjefen", "tjenesten", "fjellet"); the
    # aspirates of transliterated Indic names ("Bhopal", "Dhami") and Irish, Scottish and
    # Vietnamese ones ("Mhairi", "Nhung"); the nasal and double onsets of Bantu and West African
    # names and languages ("Mpumalanga", "Mthatha", "mwisho", "Mzee", "Mmusi", "Nnamdi",
    # "Nwabueze", "Ntshavheni", "Nsukka", "Gbagbo", "Kpelle", "Dlamini", "Hlophe", "Kgalema")
    "hj gj kj sj tj fj bh dh mh nh mp mt mw mz mm nn nw nt ns gb kp dl hl kg".split()
)
# Consonant runs that real words have ("Deutsch", "Angst", "strengths"); digraphs count as one
# consonant besides (_long_run)
_ALLOWED_RUNS = (
    "tsch", "schr", "schl", "schw", "ngst", "chts", "ndsch", "rstst", "mpfst", "nschw", "chst", "rchs", "ntsch",
    "ngth", "fth", "xth",  # English: "strengths", "twelfths", "sixths"
)
# Expected share of non-ASCII letters in running text, for languages whose spelling needs them.
# Rough figures from letter-frequency tables; the flag fires below ACCENT_SHARE_FLOOR of these.
_ACCENT_SHARE = {
    "fr": 0.030, "de": 0.012, "es": 0.012, "pt": 0.020, "it": 0.006, "ca": 0.015, "pl": 0.070,
    "cs": 0.090, "sk": 0.080, "hu": 0.080, "ro": 0.040, "tr": 0.060, "sv": 0.030, "da": 0.015,
    "no": 0.012, "fi": 0.040, "is": 0.080, "vi": 0.250, "hr": 0.030, "sl": 0.020, "lt": 0.050,
    "lv": 0.060, "et": 0.030,
}


_ACCENTED_LATIN = re.compile("[\u00c0-\u024f]")  # Latin-1 Supplement to Latin Extended-B


# Whole ASCII words (a capital or lower-case first letter, then lower-case letters), bounded by
# \b so "Müller" is not one and "Mller" is; acronyms, CamelCase handles and short abbreviations
# ("tsp", "mph") never match. All the tests are one pattern run in C over the whole text.
# It opens with a consonant, so the engine skips in C from one consonant to the next (over a
# text in another script, past nearly every character); a leading \b made it stop at every
# position. Every test needs two consonants, the first of either case, so the pattern reads
# them first and most tries end at the second letter. The \b before a word's first letter is
# written after the two letters instead, as _WORD_START: no word character before them.
_C = "b-df-hj-np-tv-xz"  # consonants; "y" counts as a vowel
_CONSONANT = f"[{_C}{_C.upper()}]"
_WORD_START = r"(?<!\w..)"
# _ONSETS as a look-behind over the two letters read, one alternative per first letter
_ONSET_PAIR = "|".join(
    f"[{first}{first.upper()}][{''.join(sorted(o[1] for o in _ONSETS if o[0] == first))}]"
    for first in sorted({o[0] for o in _ONSETS})
)
# After the two consonants: a word of 4+ letters opening with a pair that is no onset, or with
# no vowel at all (group "word"); else n lower-case consonants in a row (the first letter is
# one: (?<=[...].)), or four opening a word. A word or a run never leaves its word, so this one
# pass finds every word that three passes (no vowel, two consonants, runs) found.
_BROKEN_WORD = rf"{_WORD_START}(?:(?<!{_ONSET_PAIR})[a-z]{{2,}}|[{_C}]{{2,}})\b"
_BROKEN = {
    n: re.compile(
        rf"{_CONSONANT}[{_C}](?:(?P<word>{_BROKEN_WORD})|(?<=[{_C}].)[{_C}]{{{n - 2},}}|{_WORD_START}[{_C}]{{2}})"
    )
    for n in (5, 6)
}
_ASCII_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def _enclosing_word(text: str, start: int, end: int) -> str:
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


# Letter groups that spell one consonant: German "sch" ("schnell", "Schmidt"), and the
# digraphs of transliterated names ("Tskhinvali", "Szczecin", "Khrushchev", "Przemysl").
_ONE_CONSONANT = re.compile(r"sch|[cksz]h|ts|tz|sz|cz|rz|ph|th|gh")
_CONSONANT_UNITS = re.compile(f"[{_C}]+")


def _long_run(word: str, inner: int) -> bool:
    """True when ``word`` has a consonant run of ``inner`` or more sounds, or 4 opening it, a
    digraph ("sch", "kh", "sz") counting as one sound."""
    low = word.lower()
    for m in _CONSONANT_UNITS.finditer(low):
        units = len(_ONE_CONSONANT.sub("C", m.group()))
        if units >= inner or (m.start() == 0 and units >= 4):
            return True
    return False


def _broken_words(text: str, compounding: bool) -> set[str]:
    """Distinct words with letter sequences no Latin-script language writes."""
    inner = 6 if compounding else 5
    broken: set[str] = set()
    for m in _BROKEN[inner].finditer(text):  # broken words and long runs are rare: check each
        if m["word"] is not None:
            broken.add(m.group())
            continue
        word = _enclosing_word(text, m.start(), m.end())
        if _ASCII_WORD.fullmatch(word) and not any(a in word.lower() for a in _ALLOWED_RUNS) and _long_run(word, inner):
            broken.add(word)
    return broken


def _lost_letters(text: str, all_words: list[str], language: str | None) -> tuple[float, bool]:
    """``text`` has its URLs blanked; ``all_words`` are its words."""
    if not all_words:
        return 0.0, False
    lang = (language or "").split("-")[0]
    # clean Polish, Czech ... words break the letter-run rules ("wtorek", "smrt", "csak"): there
    # only the missing-accents signal applies, which their spelling makes a strong one
    broken = 0 if lang in _CLUSTER_LANGUAGES else len(_broken_words(text, lang in _COMPOUNDING))
    # per distinct word: one odd unit repeated down a recipe is one oddity, not twenty (the set
    # is built only when there is an oddity: 0 / n is 0.0)
    word_rate = broken / len(set(all_words)) if broken else 0.0
    flagged = broken >= LOST_LETTERS_MIN_HITS and word_rate >= LOST_LETTERS_RATE
    accent_rate = 0.0
    expected = _ACCENT_SHARE.get(lang)
    letters = "".join(filter(str.isalpha, text)) if expected else ""
    if expected and len(letters) >= ACCENT_MIN_LETTERS:
        accented = len(_ACCENTED_LATIN.findall(letters))
        latin = len(letters.encode("ascii", "ignore")) + accented
        if latin >= 0.9 * len(letters):  # a Latin-script text
            share = accented / latin
            # 1.0 when no accented letter is left, 0.0 at or above the floor
            accent_rate = max(0.0, 1.0 - share / (expected * ACCENT_SHARE_FLOOR))
            flagged = flagged or share < expected * ACCENT_SHARE_FLOOR
    return round(max(word_rate, accent_rate), 6), flagged


# -- truncated ending ---------------------------------------------------------------------------
_CREDIT = re.compile(r"^(?:©|ⓒ|\(c\)|copyright\b)", re.I)
# end marks, and closing quotes: "”’»" and the German/Czech/Polish ones, "“‘" („...“, ‚...‘)
_TERMINAL = set(".!?…:;\"'”’»“‘)]}>*|")
# Greek writes its question mark as ";" (U+037E, which NFC turns into U+003B): there a final
# ";" ends a question, it does not leave a clause open
_SEMICOLON_QUESTION = frozenset({"el"})
# Thai and Lao end sentences with a space, not a mark: a paragraph that ends on one of their
# letters is no sign of a cut (other scripts without case, CJK, Indic, Arabic, end with a mark)
_NO_END_MARK = re.compile("[\u0e00-\u0eff]")


def _truncated(text: str, language: str | None = None) -> bool:
    """True when the last paragraph reads as prose that stops mid-sentence."""
    paragraphs = [p for p in text.strip().split("\n") if p.strip()]
    if not paragraphs:
        return False
    last = paragraphs[-1].strip()
    words = last.split()
    open_marks = "," if (language or "").split("-")[0] in _SEMICOLON_QUESTION else ",;"
    if re.search(rf"[{open_marks}]\s*[\"'”’»“‘]?$", last[-50:]) and len(words) >= 2:  # the tail: linear
        return True  # a clause that never ended (',"' closes a quote, not a sentence)
    if last[-1] in _TERMINAL or _URL_HINT.search(words[-1]) or _CREDIT.match(last):  # linear
        return False
    if len(words) < TRUNCATED_MIN_WORDS:
        return False  # a credit or a label ("With Post wires", "© Regan")
    after_stop = re.split(r"[.!?…]\s", last)[-1].split()
    if len(after_stop) < len(words) and len(after_stop) <= 3 and all(w[0].isupper() for w in after_stop):
        return False  # "... into the US. PTI": a credit after the last sentence
    tail = re.sub(r"[-'’\"“”‘]", "", words[-1])
    if not tail[-1:].isalpha() or tail[0] in "#@":
        return False  # "2019", "#tag", "@handle": a date or label line
    if not any(c.isupper() or c.islower() for c in last):
        # a script without case: no title-case test possible; no end mark found, where its
        # script writes one
        return _NO_END_MARK.match(tail[-1]) is None
    if (language or "").split("-")[0] == "de":
        return tail.islower()  # German capitalises nouns: no title-case test
    # a headline-like line ("Volkswagen Bets It All") is a label; judge the last sentence only
    long_words = [w for w in after_stop if len(w) >= 4 and w[0].isalpha()]
    title_like = len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.5
    return not title_like and (tail.islower() or len(words) >= 12)


# -- duplicated paragraphs ----------------------------------------------------------------------
def _duplicates(lowered: str) -> float:
    """``lowered`` is the text lower-cased: paragraphs are compared ignoring case and spacing."""
    paragraphs = [" ".join(p.split()) for p in lowered.split("\n") if p.strip()]
    if len(set(paragraphs)) == len(paragraphs):
        return 0.0  # no text, or no paragraph that occurs twice (most texts)
    # words are counted only in the repeated paragraphs
    counts = Counter(paragraphs)
    repeated = sum(len(p) * (n - 1) for p, n in counts.items() if n > 1 and len(p.split()) >= DUPLICATE_MIN_WORDS)
    return repeated / sum(map(len, paragraphs))


# -- all detectors ------------------------------------------------------------------------------
def check(text: str, language: str | None = None) -> Integrity:
    """Run every detector on ``text`` (the clean article text) and collect rates and flags."""
    rates: dict[str, float] = {}
    flags: list[str] = []
    # Decomposed text (NFD: "e" + U+0301, as some sites and macOS sources serve Vietnamese)
    # hides its accents from the accent share and splits its words at the marks ("Mu\u0308nchen"
    # reads as "Mu nchen"). The detectors read it composed; the caller's text is not changed.
    # The check is a C scan, and most texts (all ASCII ones) are composed already.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    lowered = text.lower()
    without_urls = _without_urls(text, lowered)
    all_words = _words(without_urls)
    words = max(1, len(all_words))

    def record(name: str, rate: float, flagged: bool) -> None:
        rates[name] = round(min(1.0, rate), 6)
        if flagged:
            flags.append(name)

    apostrophe_rate, stripped_flag = _apostrophes(text, all_words, language)
    if apostrophe_rate is not None:
        record("apostrophes", apostrophe_rate, stripped_flag)
    hits = _mojibake(text)
    record("mojibake", hits / words, hits >= MOJIBAKE_MIN_HITS)
    hits = _replacement(without_urls, language)
    record("replacement", hits / words, hits >= REPLACEMENT_MIN_HITS)
    record("lost_letters", *_lost_letters(without_urls, all_words, language))
    cut = _truncated(text, language)
    record("truncated", 1.0 if cut else 0.0, cut)
    dup = _duplicates(lowered)
    record("duplicates", dup, dup > 0)
    return Integrity(rates=rates, flags=flags)


DETECTORS: tuple[str, ...] = ("apostrophes", "mojibake", "replacement", "lost_letters", "truncated", "duplicates")

__all__ = ["DETECTORS", "check"]
