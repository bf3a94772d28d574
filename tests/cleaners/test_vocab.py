"""The vocabulary matcher's quick tests (gates) must never rule out a line its regexes match."""

import functools
import re
import sys
import tomllib
import unicodedata
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import casefold
from newsclean.cleaners import captions, credits, metadata, navigation, provenance, vocab
from newsclean.document import Block

_VOCABS = ("promos", "template", "trailing")


def _alphabet() -> set[str]:
    """Every character of the vocabularies whose phrases the gates compare lower-cased (the
    vocab module's gates compare "ς" and "ı" as vocab.GATE_FOLD says)."""
    chars: set[str] = set()
    for name in (*_VOCABS, "captions", "credits", "metadata", "provenance"):
        text = files("newsclean.cleaners.vocab").joinpath(f"{name}.toml").read_text("utf-8")
        chars |= set(text.translate(vocab.GATE_FOLD) if name in _VOCABS else text)
    return chars | set(navigation._SKIP.pattern)


def test_fold_exceptions_cover_the_vocabularies():
    # Under re.IGNORECASE a character of the text matches a character of a phrase; the gates
    # compare them lower-cased instead. Where the two disagree the text character must be in
    # casefold.ODD_LETTERS (then the line goes to the regexes).
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    alphabet = sorted(_alphabet())
    candidates = set(re.findall("[" + "".join(re.escape(c) for c in alphabet) + "]", everything, re.I))
    for c in candidates - set(casefold.ODD_LETTERS):
        for x in alphabet:
            if re.fullmatch(re.escape(x), c, re.I):
                assert casefold.lower(c) == casefold.lower(x), (c, x)
    assert all(len(c.lower()) == 1 for c in candidates - set(casefold.ODD_LETTERS))


@pytest.mark.parametrize("name", (*_VOCABS, "boxes"))
def test_phrases_are_lower_case(name):
    # phrases.alternation branches on each character: the same as the flat alternation under
    # re.IGNORECASE only for lower-case phrases (tests/test_phrases.py)
    for spec in vocab.data(name).values():
        for position in ("whole", "lead"):
            for phrase in (p for lang in (spec.get(position) or {}).values() for p in lang):
                assert phrase == phrase.lower(), (name, phrase)


@pytest.mark.parametrize("name", (*_VOCABS, "credits", "boxes"))
def test_phrases_are_in_nfc(name):
    # the matcher compares a line in NFC (Vietnamese typed with combining accents, Hindi with
    # a precomposed nukta letter): the phrases must be written in it
    text = files("newsclean.cleaners.vocab").joinpath(f"{name}.toml").read_text("utf-8")
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Xem thêm: Giá xăng tăng", "lead"),  # NFC
        (unicodedata.normalize("NFD", "Xem thêm: Giá xăng tăng"), "lead"),
        (unicodedata.normalize("NFD", "Đọc thêm"), "whole"),
        ("यह भी पढ़ें: गर्मी में लू", "lead"),
        ("यह भी प\u095dें: गर्मी में लू", "lead"),  # the precomposed nukta letter
    ],
)
def test_a_line_is_matched_in_nfc(line, expected):
    found = vocab.match("promos", line)
    assert found is not None and found[1] == expected


def test_trail_characters_are_those_of_the_trail_pattern():
    trail = re.compile(vocab._TRAIL[:-1])  # one character of the class
    everything = map(chr, range(sys.maxunicode + 1))
    assert {c for c in everything if trail.fullmatch(c)} == set(vocab._TRAIL_CHARS)


def _variants(line: str) -> list[str]:
    return [
        line,
        line.upper(),
        line.title(),
        line + " ...",
        line + " :\u00a0»",
        "[" + line + " - x",
        line + ": next",
        line + "：next",
        "【" + line + "】next",
        line.replace("σ", "ς"),
        line.replace("i", "ı"),
        line.replace("s", "ſ"),
        line.replace("I", "İ").replace("i", "İ"),
        "Intro. " + line,
    ]


def _samples() -> list[str]:
    lines = []
    for name in _VOCABS:
        data = tomllib.loads(files("newsclean.cleaners.vocab").joinpath(f"{name}.toml").read_text("utf-8"))
        for spec in data.values():
            for position in ("whole", "lead"):
                lines += [p for lang in (spec.get(position) or {}).values() for p in lang]
    lines += [
        "Get the latest updates right in your inbox. Subscribe to Example.com's newsletters.",
        "Like this story? Share it with a friend!",
        "Have a tip? Jane Doe may be reached at jdoe@example.com.",
        "Abonnez-vous à notre newsletter pour recevoir l'essentiel.",
        "Reading time: 3 minutes",
        "5 min read",
        "Updated at 1:23 p.m.",
        "Follow us on Twitter and Facebook for more",
        "Click here to read the full report",
        "Every morning you'll receive:",
        "Every weekday you will get the best of our journalism:",
        "Every day you will get: a briefing, and a puzzle.",
        "The minister said the report was published on Tuesday.",
    ]
    return [v for line in lines for v in _variants(line)]


@functools.cache
def _combined(name: str) -> dict[str, re.Pattern[str]]:
    sources = vocab.combined_sources(vocab.data(name))
    return {position: re.compile("|".join(s), re.I) for position, s in sources.items() if s}


def _reference(name: str, text: str, sentences: bool) -> tuple[str, str] | None:
    # the matcher before the gates: every position's combined regex, on every line
    found = []
    combined = _combined(name)
    for order, position in enumerate(("whole", "lead", "sentence")):
        pattern = combined.get(position)
        if pattern is None or (position == "sentence" and not sentences):
            continue
        m = pattern.match(text) if position != "sentence" else pattern.search(text)
        if m:
            found.append((int(m.lastgroup[1:]), order, position))
    if not found:
        return None
    index, _, position = min(found)
    return vocab.vocabulary(name).concepts[index].name, position


@pytest.mark.parametrize("name", (*_VOCABS, "boxes"))
def test_gated_match_is_the_plain_regex_match(name):
    vocabulary = vocab.vocabulary(name)
    matched = 0
    for text in _samples():
        for sentences in (False, True):
            found = vocabulary.match(text, sentences)
            expected = _reference(name, text, sentences)
            assert (found and (found[0].name, found[1])) == expected, text
            matched += expected is not None
            block = _block(text)  # match_block reads the block's plain text and its lower-cased form
            assert vocabulary.match_block(block, sentences) == vocabulary.match(block.plain, sentences)
    assert matched > 100


@pytest.mark.parametrize("name", (*_VOCABS, "boxes"))
def test_sentence_min_length_is_the_combined_regexes(name):
    # read off each sentence regex: the shortest of them is the combined regex's shortest
    combined = _combined(name).get("sentence")
    assert vocab.vocabulary(name).sentence_min_length == (vocab.min_length(combined) if combined else 0)


def _block(text: str) -> Block:
    return Block(0, 0, len(text), text)


def _checks_wanted(vocabulary: vocab.Vocabulary, low: str) -> list[int]:
    # the sentence checks to search, by the definition: a word of the check in the line, its
    # opening at the line's start, or neither asked for
    checks = vocabulary.sentence_checks
    return [
        i
        for i, c in enumerate(checks)
        if any(w in low for w in c.words) or (c.openings and low.startswith(c.openings)) or not (c.words or c.openings)
    ]


def _sentence_keys(name: str) -> list[str]:
    checks = vocab.vocabulary(name).sentence_checks
    return sorted({k for c in checks for k in (*c.words, *c.openings)})


_SENTENCE_KEYS = sorted({k for name in _VOCABS for k in _sentence_keys(name)})
_KEY_LETTERS = "".join(sorted(set("".join(_SENTENCE_KEYS)) | set("[( .")))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_SENTENCE_KEYS), st.text(_KEY_LETTERS, max_size=3)), max_size=8).map("".join))
def test_sentence_word_scan_finds_every_check_word(low):
    # the scan reads the words off the places where sentence_words finds a part of one: keys
    # glued to each other and overlapping must all be found
    for name in _VOCABS:
        vocabulary = vocab.vocabulary(name)
        if vocabulary.sentence_checks:
            assert vocabulary._wanted(low) == _checks_wanted(vocabulary, low), (name, low)


def test_skip_link_gate_is_the_ignorecase_pattern():
    # the gate matches the pattern without IGNORECASE on the lower-cased line: no capital in it
    # (escapes such as \W aside)
    assert not any(c.isupper() for c in re.sub(r"\\.", "", navigation._SKIP.pattern))
    phrases = re.findall(r"[a-zà-ÿ ]{4,}", navigation._SKIP.pattern)
    assert len(phrases) > 30
    matched = 0
    for phrase in phrases + ["skip to main content", "saltar para o conteúdo", "alternar navegação"]:
        for text in _variants(phrase.strip()):
            expected = navigation._SKIP.match(_block(text).plain) is not None
            assert navigation._is_skip_link(_block(text)) == expected, text
            matched += expected
    assert matched > 60


def test_field_opening_gate_is_the_ignorecase_pattern():
    v = metadata._vocab()
    openers = v["byline"]["lead"] + v["attribution"]["labels"] + [p for ps in v["labels"].values() for p in ps]
    opening = metadata._patterns()["opening"]
    matched = 0
    for phrase in openers + ["https://example.com/a", "<http://example.com>"]:
        for text in _variants(phrase) + _variants(phrase + " Jane Doe"):
            expected = opening.match(_block(text).plain) is not None
            assert metadata._may_open_field(_block(text)) == expected, text
            matched += expected
    assert matched > 300


def test_a_colon_is_no_rare_sign_for_the_gates():
    # a rendered page holds a colon in one line in fifteen (times, labels, "Read more:"): a
    # pattern that needs a colon and a word is gated on the word
    pattern = r"\bevery (?:morning|day) you(?:.ll| will) (?:receive|get)\b[^.?!]{0,30}:\s*$"
    assert vocab.required_words([pattern]) == frozenset({"every "})
    assert vocab.required_words([r"\b(?:may|can) be reached at\s+\S+@\S+"]) == frozenset({"@"})


def test_required_words_are_in_every_match():
    words = vocab.required_words([r"(?:^|[.!?]\s+)(?:subscribe|sign up)\b[^.?!]{0,60}\bnewsletters?\b"])
    assert words == frozenset({"newsletter"})
    assert vocab.required_words([r"\bshare (?:it|this) with (?:a friend|your friends)\b"]) is not None
    assert vocab.required_words([r"^\d+\s*\w*$"]) is None  # nothing literal to require
    gate = vocab.words_pattern(frozenset({"newsletter", "click here", "mail"}))
    assert gate.search("sign up for our newsletters") and gate.search("e-mail us")
    assert not gate.search("the council met on tuesday")


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters at the blaze. Photo: Reuters",
        "Firefighters at the blaze. PHOTO : Reuters.",
        "Demonstrators in Paris (Photo: Getty Images)",
        "Soldaten an der Grenze. Foto: dpa",
        "AP Photo/Jane Doe",
        "Jane Doe/AFP via Getty Images",
        "The minister told Reuters.",
        "The minister spoke. (Reuters)",
        "The picture is clear: we need more buses.",
        "Photo by Jane Doe/Getty Images",
        "Pıcture: Alamy",
        "Reuters\n",
        "The senator in 2018. (AP Photo/Jane Doe, File)",
        "The senator in 2018. Jane Doe / AP file",
        "The senator in 2018. Reuters, File.",
        "The lawyers reviewed the AP file.",
        "Crowds outside the court (Image: GETTY )",
        "Crowds outside the court ( Photo: AP )",
    ],
)
def test_credit_span_gates_keep_every_credit(line):
    labelled, agency = captions._patterns()
    offset = max(0, len(line) - captions._CREDIT_TAIL)
    expected = None
    for pattern in (labelled, agency):
        m = pattern.search(line, offset)
        if m and (pattern is labelled or m.start() == 0 or captions._credit_is_set_off(line, m.start())):
            expected = (m.start(), m.end())
            break
    assert captions.credit_span(line) == expected


def test_credit_gate_finds_every_phrase():
    shortest, tail_words, lead_start = credits._gate()
    tail, lead = credits._patterns()
    for phrase in credits._phrases("tail") + credits._phrases("lead"):
        for text in _variants(phrase + " Jane Doe") + _variants("Jane Doe " + phrase) + ["(" + phrase + " AFP"]:
            low = casefold.lower(text)
            may = low is None or credits._may_be_credit(low, tail_words, lead_start)
            assert may or not (tail.search(text) or lead.match(text))
            assert len(text) >= shortest or not (tail.search(text) or lead.match(text))


def test_words_pattern_finds_every_word():
    words = frozenset({"contributed to this report", "a contribué à cet article", "hat zu diesem bericht beigetragen", "ab"})
    gate = vocab.words_pattern(words)
    assert all(gate.search(w) for w in words)
    assert all(gate.search(f"jane doe {w}.") for w in words)
    assert not gate.search("the council met on tuesday")


def test_first_publication_gate_keeps_every_phrase():
    lead = provenance.vocabulary()["first_published"]["lead"]
    pattern = provenance._first_published()
    matched = 0
    for phrase in (p for phrases in lead.values() for p in phrases):
        for text in _variants(phrase + " The Conversation") + [f"**{phrase}** The Conversation", f"_ {phrase}: x"]:
            block = _block(text)
            if pattern.match(block.plain.strip().strip("*_ ")):
                assert provenance._may_open_first_published(block), text
                matched += 1
    assert matched > 1000
