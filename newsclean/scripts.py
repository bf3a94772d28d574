"""Writing systems the rules must tell apart: the Unicode ranges of scripts written without
spaces between words, the characters of a word, and the sentence stops of other scripts.
One place for them, so every cleaner reads a Chinese line, a Hindi word or a Greek question
the same way."""

from __future__ import annotations

import re

# Chinese and Japanese: Han (with the compatibility ideographs) and kana; a sentence is one
# or two \w "words" there, so lengths count characters
HAN_KANA = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HANGUL = r"\uac00-\ud7af"  # Korean is written with spaces, but its stopwords are not listed
SOUTHEAST_ASIAN = r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"  # Thai, Lao, Myanmar, Khmer: no spaces
UNSPACED = re.compile(f"[{HAN_KANA}{SOUTHEAST_ASIAN}]")

# A word: \w, and the vowel signs and other marks of Indic and South-East Asian scripts, which
# \w leaves out ("भारत" is one word, not three pieces); their stops and signs (। ॥ ။ ၊ ។ ෴) end a word.
WORD_CHARS = (
    r"\w\u0900-\u0963\u0966-\u0df3\u0df5-\u0dff"  # Devanagari to Sinhala, less the dandas and "෴"
    r"\u0e00-\u0e2e\u0e30-\u0e4e\u0e50-\u0e59\u0e5c-\u0eae\u0eb0-\u0eff"  # Thai, Lao, less "ฯ ๏ ๚ ๛ ຯ"
    r"\u1000-\u1049\u104c-\u109f\u1780-\u17d3\u17db-\u17ff"  # Myanmar, Khmer, less their stops
)

# Full stops and question marks of other scripts: Chinese and Japanese (full and half width),
# then those of scripts written with spaces: Devanagari and Bengali dandas, Arabic and Urdu,
# Armenian, Ethiopic, Myanmar.
CJK_STOPS = ("。", "！", "？", "｡")
SPACED_SCRIPT_STOPS = ("।", "॥", "؟", "۔", "։", "።", "။")
SCRIPT_STOPS = CJK_STOPS + SPACED_SCRIPT_STOPS
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def greek_question(stripped: str) -> bool:
    """Greek asks with ";" (or its own U+037E, which normalises to it): a sentence end in a Greek
    line, where elsewhere a semicolon goes on."""
    return stripped.endswith((";", "\u037e")) and _GREEK.search(stripped) is not None
