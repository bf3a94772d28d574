"""Units under the cleaners: segmentation, markdown syntax, dates, decoding, scores."""

import re
import sys
import textwrap
from datetime import datetime
from itertools import islice
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import casefold, dates
from newsclean import decode as decode_module
from newsclean.dates import date_line, find_dates, is_date_word
from newsclean.decode import decode
from newsclean.document import Block, Document, Kind, Removal, warm
from newsclean.markdown import plain, strip_spans, syntax_spans
from newsclean.render import fold
from newsclean.scoring import score
from newsclean.segment import segment


def test_blocks_are_non_blank_lines_with_offsets_into_the_text():
    text = "  first line  \r\n\n\tsecond\nthird\n\n"
    blocks = segment(text)
    assert [b.text for b in blocks] == ["first line", "second", "third"]
    assert all(text[b.start : b.end] == b.text for b in blocks)
    assert [b.blank_before for b in blocks] == [True, True, False]


PARAGRAPHS = [
    "The regional water authority said on Monday that it would raise prices by nine percent "
    "next year, the largest increase in more than a decade, after a dry summer left its "
    "reservoirs at their lowest level since records began.",
    "Officials blamed the rise on the cost of pumping water from deeper wells and on the "
    "repairs that the aging network of pipes has needed since the floods of the previous winter.",
    "Consumer groups said that the increase would hit poorer households hardest and asked the "
    "authority to offer a reduced rate to families who are already struggling with their bills.",
    "The authority is expected to publish the details of its plan in the spring, when it will "
    "also announce how much it intends to invest in new storage over the next five years.",
]


def _wrapped(paragraphs: list[str], width: int = 78) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs)


def test_a_hard_wrapped_paragraph_is_one_block():
    # html2text's default output, a lynx dump, an e-mail: paragraphs filled to a width
    text = _wrapped(PARAGRAPHS * 2)
    blocks = segment(text)
    assert [" ".join(b.text.split()) for b in blocks] == PARAGRAPHS * 2
    assert all(text[b.start : b.end] == b.text for b in blocks)


def test_a_link_the_wrapper_broke_is_one_block_in_wrapped_text():
    link = "[Give the Gift of Homemade Spiced Honey Pear Jam for the Holidays #ad\n#DonVictorHoney #canning](https://example.com/jam)"
    text = _wrapped(PARAGRAPHS * 2) + "\n\n" + link + "\n\n" + _wrapped(PARAGRAPHS[:1])
    assert link in [b.text for b in segment(text)]


def test_a_link_target_the_wrapper_broke_is_one_block_in_wrapped_text():
    # html2text's defaults break a long URL at a hyphen and the link's title at a space
    link = (
        "[Council approves new stadium plans](https://news.example.com/2024/05/council-\n"
        'approves-new-stadium-plans/ "Permalink to\nCouncil approves new stadium plans")'
    )
    text = _wrapped(PARAGRAPHS * 2) + "\n\n" + link + "\n\n" + _wrapped(PARAGRAPHS[:1])
    block = next(b for b in segment(text) if b.text.startswith("[Council"))
    assert block.text == link
    assert block.plain == "Council approves new stadium plans"


def test_a_target_that_no_line_closes_joins_nothing_in_wrapped_text():
    lines = ["See [the plan](https://example.com/plan", "Council approves new stadium plans", "Police appeal"]
    text = _wrapped(PARAGRAPHS * 2) + "\n\n" + "\n".join(lines)
    assert [b.text for b in segment(text)][-3:] == lines


def test_a_bracket_that_no_line_closes_joins_nothing_in_wrapped_text():
    # a "[" of prose or a cut link, in a text with no blank lines between its lines (a lynx dump)
    lines = ["Notes [1", "Council approves new stadium plans", "Storm warning issued for coastal towns", "Police appeal"]
    text = _wrapped(PARAGRAPHS * 2) + "\n\n" + "\n".join(lines)
    assert [b.text for b in segment(text)][-4:] == lines


def test_a_paragraph_line_the_wrapper_broke_before_a_name_is_joined():
    # "... a new 13-inch" / "MacBook Pro with ..." / "according to ...": a filled line ending
    # mid-sentence, then a filled line starting with a capital that goes on in lower case
    paragraph = (
        "Analysts expect that the company will announce a new folding handset called "
        "Galaxy Fold with a larger screen and a longer battery life in the first half of next "
        "year, according to industry sources cited by a Korean newspaper on Monday."
    )
    text = _wrapped(PARAGRAPHS * 2) + "\n\n" + textwrap.fill(paragraph, 78)
    assert "called\nGalaxy" in text  # the wrapper broke the line before the name
    assert [" ".join(b.text.split()) for b in segment(text)][-1] == paragraph


@pytest.mark.parametrize("opener", ["[", "_", "*", "(", "“"])
def test_a_wrapped_line_that_opens_with_a_link_or_emphasis_mid_sentence_is_joined(opener):
    closer = {"[": "](https://example.com/plan)", "(": ")", "“": "”"}.get(opener, opener)
    paragraph = (
        "Analysts at the bank have said for months that the company would in the end "
        f"{opener}move its whole range of laptops to the new keyboard{closer} within two years, "
        "and the report published on Monday says the same."
    )
    text = _wrapped(PARAGRAPHS * 2) + "\n\n" + textwrap.fill(paragraph, 78)
    assert f"\n{opener}move" in text  # the wrapper put the opener at the start of a line
    assert [" ".join(b.text.split()) for b in segment(text)][-1] == paragraph


def test_a_paragraphs_last_line_the_wrapper_began_with_a_name_is_joined():
    paragraph = (
        "A row involving the singer, her former record label and a couple of big name "
        "US politicians looks like it is coming to an end."
    )
    text = _wrapped(PARAGRAPHS * 2) + "\n\n" + textwrap.fill(paragraph, 78)
    assert "big name\nUS politicians" in text
    assert [" ".join(b.text.split()) for b in segment(text)][-1] == paragraph


@pytest.mark.parametrize(
    "lines",
    [
        # filled headlines, one ending with a question mark, in a wrapped text
        ["Council approves new stadium plans despite protests from the residents nearby",
         "Will train fares rise again in January?"],
        # comment teasers cut with an ellipsis, each opening with a name
        ["Ada Okafor: Congratulations for a well deserved achievement by a young Nigeria…",
         "Peter Obi: He is an example of a leader.", "Jane Roe: Thanks."],
    ],
)
def test_headlines_and_teasers_that_fill_lines_stay_apart_in_wrapped_text(lines):
    text = _wrapped(PARAGRAPHS * 2) + "\n\n" + "\n".join(lines)
    assert [b.text for b in segment(text)][-len(lines):] == lines


def test_a_list_of_headlines_that_fill_lines_is_not_wrapped_text():
    headlines = [
        "Council approves new stadium plans despite protests from residents nearby",
        "Five things to know about the budget vote in the city council this week",
        "Storm warning issued for coastal towns as forecasters expect gusts of 70mph",
        "Police appeal for witnesses after a crash on the ring road late on Sunday",
    ]
    # the wrapped paragraphs make the text wrapped; headlines in capitals stay one a block
    text = _wrapped(PARAGRAPHS * 2) + "\n\n" + "\n".join(headlines)
    assert [b.text for b in segment(text)][-4:] == headlines


def test_text_of_one_paragraph_a_line_is_not_unwrapped():
    lines = [p[:75] for p in PARAGRAPHS] * 3  # lines near 75 characters, but a blank between each
    assert len(segment("\n\n".join(lines))) == len(lines)


@pytest.mark.parametrize(
    "line, label",
    [
        ("When: 9pm to 6am, Monday", "when"),
        ("**Gelbe Karten:** Lindner, Vogt", "gelbe karten"),
        ("Sarı kartlar: Dk. 44 Mert", "sarı kartlar"),
        ("Opening hours : 9am to 5pm", "opening hours"),
        ("Council leader Angela Rowe told us: no", None),  # six words before the colon
        ("Tore: ", None),  # no value
        ("10.41pm: Calloway claims victory", None),  # a time, not a label
        ("A plain sentence without a colon.", None),
    ],
)
def test_a_label_value_line_has_its_label(line, label):
    assert segment(line)[0].label == label


@pytest.mark.parametrize(
    "line, shape",
    [
        ("Harvey Kwan – 9,117", "–9,9"),
        ("Donna Pelletier (incumbent) – 14,806 (elected)", "–9,9"),  # asides left out
        ('6. Nicola Fabbri (Team Emilia Pro) a 4"', '9.9"'),
        ("**Ward 12**", "9"),  # markdown syntax is not part of it
        ("Council approves new stadium", ""),
    ],
)
def test_a_lines_shape_is_its_punctuation_and_figures(line, shape):
    assert segment(line)[0].shape == shape


def _reference_segment(text):
    # segment as first written: one regex walks the lines and their breaks ("\r\n", "\r", "\n")
    blocks, blank_before = [], True
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        line = match.group()
        if not line:
            break
        body = line.rstrip("\r\n")
        if not body.strip():
            blank_before = True
            continue
        start = match.start() + len(body) - len(body.lstrip())
        blocks.append((start, start + len(body.strip()), body.strip(), blank_before))
        blank_before = False
    return blocks


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\u00a0\u2028\u0085\x0b\x1c")), max_size=20))
def test_segment_cuts_the_lines_at_the_three_breaks_only(text):
    blocks = segment(text)
    assert [b.index for b in blocks] == list(range(len(blocks)))
    assert [(b.start, b.end, b.text, b.blank_before) for b in blocks] == _reference_segment(text)


_WARM_FEATURES = ("plain", "plain_lower", "words", "n_words", "ends_with_punctuation")
# markdown syntax, closing quotes after a stop, a Greek question, the letters lower-casing and
# re.IGNORECASE disagree on ("İ", "ſ"), the final sigma, line breaks and wide spaces
_FEATURE_PIECES = ["[a](#)", "**b**", "_c_", "# ", "\\*", "<http://x.y>", "Word", "word", "Σας", "ς", "İ", "ſ", ".", "?", ";",
                   ")", "»", "”", "!", "。", " ", "  ", "\n", "\t", "\u00a0", "9", ":"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FEATURE_PIECES), max_size=16).map("".join) | st.text(max_size=40))
def test_warm_features_are_the_ones_first_use_computes(text):
    warmed, lazy = warm(segment(text)), segment(text)
    for block, other in zip(warmed, lazy, strict=True):
        for name in _WARM_FEATURES:
            assert name in block.__dict__ and name not in other.__dict__  # set by warm, not by segment
            assert getattr(block, name) == getattr(other, name), name


def test_warm_sets_the_features_a_pipeline_asks_of_every_line():
    (block,) = warm(segment("* [Read](#) **more**: «Ναι;»"))
    assert (block.plain, block.n_words, block.ends_with_punctuation) == ("* Read more: «Ναι;»", 3, True)
    assert block.plain_lower == "* read more: «ναι;»" and block.words == ["Read", "more", "Ναι"]


@pytest.mark.parametrize(
    "line, words",
    [
        ("By [Jane Doe for AFP](#) and [John Roe](https://x.org)", "By Jane Doe for AFP and John Roe"),
        ("**Bold** and __strong__ and *em* and _em_", "Bold and strong and em and em"),
        (r"1\. Escaped \* star", "1. Escaped * star"),
        ("### Heading", "Heading"),
        ("> quoted line", "quoted line"),
        # two links side by side are two runs of words; text glued to a link stays glued
        ("[Natasha Turak](#)[@NatashaTurak](#)", "Natasha Turak @NatashaTurak"),
        ("[Home](#)[News](#)![logo](a.png)", "Home News logo"),
        # a link around images: a linked logo, a teaser card (html2text, markdownify)
        ("[![logo](https://x.org/logo.png)](https://x.org/)", "logo"),
        ("[ ![Storm](a.jpg) Storm warning issued ](https://x.org/storm)", "Storm Storm warning issued"),
        ("[![a](1.png) ![b](2.png) two](#) and [c](#)", "a b two and c"),
        ("(see)[the plan](#)", "(see)the plan"),
    ],
)
def test_markdown_syntax_is_found_and_words_remain(line, words):
    assert plain(line) == words
    spans = syntax_spans(line)
    assert all(a < b <= c for (a, b), (c, _) in zip(spans, spans[1:]))


@pytest.mark.parametrize(
    "line, words, spans",
    [
        # lines where some of the characters the patterns need are there and others are not
        ("* [India](#)", "* India", [(2, 3), (8, 12)]),
        ("**Editions:**", "Editions:", [(0, 2), (11, 13)]),
        ("[_best bets_](#) here", "best bets here", [(0, 1), (1, 2), (11, 12), (12, 16)]),
        ("snake_case_name and _em_", "snake_case_name and em", [(20, 21), (23, 24)]),
        ("*   *", "* *", []),
        ("<https://x.org> and [a]", "https://x.org and [a]", [(0, 1), (14, 15)]),
        ("## [Title](#) **bold** *", "Title bold *", [(0, 3), (3, 4), (9, 13), (14, 16), (20, 22)]),
        ("![img](a.png) caption", "img caption", [(0, 2), (5, 13)]),
    ],
)
def test_markdown_spans_on_lines_with_some_syntax_characters(line, words, spans):
    assert syntax_spans(line) == spans
    assert plain(line) == words


@pytest.mark.parametrize(
    "line",
    ["plain words", "tab\there", "two  spaces", "no\u00a0break", " padded ", "thin\u2009space", "", "x"],
)
def test_plain_folds_whitespace_of_lines_without_syntax(line):
    # the fast path returns the line itself only when folding would not change it
    assert plain(line) == " ".join(line.split())


@pytest.mark.parametrize(
    "text, iso",
    [
        ("29 March 2022, 17:38", "2022-03-29T17:38"),
        ("March 30, 2022", "2022-03-30"),
        ("20220329", "2022-03-29"),
        ("03/30/2022", "2022-03-30"),
        ("30/03/2022", "2022-03-30"),
        ("30.03.2022", "2022-03-30"),
        ("05.06.2019", "2019-06-05"),  # dots: day first
        ("02-11-2019", "2019-11-02"),  # dashes too (Dutch and Indian pages)
        ("Gepubliceerd: 02-11-2019 14:05", "2019-11-02T14:05"),
        ("11-14-2019", "2019-11-14"),  # ... unless the second number is no month
        ("Maret 30, 2015", "2015-03-30"),  # Indonesian
        ("17 Agustus 2019", "2019-08-17"),
        ("24 сентября 2018", "2018-09-24"),  # Russian, in the genitive dates use
        ("11.14.2019 09:00 AM", "2019-11-14T09:00"),  # ... unless the second number is no month
        ("2022-03-30T09:15:00Z", "2022-03-30T09:15"),
        ("le 3 mars 2022 à 9h05", "2022-03-03T09:05"),
        ("Tuesday, March 29, 2022 at 5:38 pm", "2022-03-29T17:38"),
        ("SEPT. 4, 2019", "2019-09-04"),  # month names are branched on their first letter
        ("12 de marzo de 2020", "2020-03-12"),
        ("29. März 2022", "2022-03-29"),
        ("Sat, Jun 1, 2019", "2019-06-01"),
        ("03/30/2022 05:38 PM", "2022-03-30T17:38"),  # "PM" in capitals
        ("11/19/19 06:56 AM", "2019-11-19T06:56"),  # a two-digit year, after slashes only
        ("30/11/19", "2019-11-30"),
        ("4/1/98", "1998-04-01"),  # "69"-"99" are the 1900s, as strptime's %y reads them
    ],
)
def test_dates_in_the_forms_pages_use(text, iso):
    assert [d[2] for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text", ["2022-02-30", "99999999", "13/13/2022", "Call 555 0123", "won 6/4 6/3", "example.com/11/19/19/story", "31-02-2019", "555-12-2019"]
)
def test_impossible_dates_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text, iso",
    [
        ("29.03.22", "2022-03-29"),  # Hebrew, German, Russian pages: day first
        ("19.11.19", "2019-11-19"),
        ("05.06.19 17:38", "2019-06-05T17:38"),
        ("01.12.98", "1998-12-01"),
        ("ב-29.03.22", "2022-03-29"),
        ("Stand: 29.03.22, 09:15 Uhr", "2022-03-29T09:15"),
        ("It was signed on 29.03.22.", "2022-03-29"),  # a full stop after it
    ],
)
def test_a_two_digit_year_after_dots_is_read_day_first(text, iso):
    assert [d[2] for d in find_dates(text)] == [iso]
    assert [d[2] for d in find_dates(text, day_first=False)] == [iso]  # whatever the page's order


@pytest.mark.parametrize(
    "text",
    [
        "11.14.19",  # no month first with a two-digit year
        "31.02.22",
        "Python 3.10.12 is out",  # versions
        "update to 1.12.10",
        "v10.12.22",
        "version 10.12.22.1",
        "address 10.12.22.1",
        "Appelez le 06.12.34.56.78",  # a French phone number
        "9.03.22",  # one digit: a version's shape too
        "29-03-22",  # dashes: a phone number's or a score's shape
        "rates rose 12.5.22 percent",
    ],
)
def test_dotted_numbers_that_are_no_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Version 10.12.22",  # a version's or a score's numbers, named so before them
        "We moved to version 10.12.22 of the app last week.",
        "Ver. 10.12.22 fixes the login bug",
        "build 10.12.22",
        "Firmware: 10.12.22",
        "v 10.12.22",
        "Final score 10.12.22",
        "Final score 3.1.2",
        "גרסה 10.12.22",  # Hebrew "version"
        "Версия 10.12.22",
    ],
)
def test_a_version_or_a_score_is_no_date(text):
    assert find_dates(text) == [] and date_line(text) is None


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Stand: 10.12.22", "2022-12-10"),
        ("Aktualisiert 10.12.22, 09:15 Uhr", "2022-12-10T09:15"),
        ("Discover 10.12.22", "2022-12-10"),  # a word that only ends like one ("ver")
        ("Version of 10.12.22", "2022-12-10"),  # another word between
        ("Version 10.12.2022", "2022-12-10"),  # a four-digit year is no version's shape
    ],
)
def test_a_dotted_date_after_other_words_stays_a_date(text, iso):
    assert [d[2] for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "line, dates",
    [
        ("פורסם: 29.03.22, 09:15", ("2022-03-29T09:15", None)),
        ("עודכן: 29.03.22 17:38", (None, "2022-03-29T17:38")),
        ("29.03.22 17:38", ("2022-03-29T17:38", None)),
    ],
)
def test_hebrew_datelines_with_a_two_digit_year(line, dates):
    assert date_line(line) == dates


def test_a_sentence_with_a_dotted_date_is_no_dateline():
    line = "הממשלה אישרה ב-29.03.22 את התקציב החדש לשנה הבאה"
    assert find_dates(line) and date_line(line) is None


def test_a_dateline_with_an_update_gives_both_dates():
    assert date_line("29 March 2022, 17:38 | Updated: 29 March 2022, 20:50") == ("2022-03-29T17:38", "2022-03-29T20:50")
    assert date_line("Updated: 1 April 2022") == (None, "2022-04-01")
    assert date_line("On 1 April 2022 the council met and voted to expand the bus network.") is None


@pytest.mark.parametrize(
    "source, fmt",
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("<html><p>x</p></html>", "html"),
        ("Plain text.\n\nMore text.", "text"),
        ("# Title\n\n**bold** and [a link](#)\n\n- item\n", "markdown"),
        (b"Caf\xc3\xa9 in UTF-8", "text"),
        # what comes before the first tag, however long, is not what the first 4 KB are judged on
        (" " * 5000 + "<html><body><p>x</p></body></html>", "html"),
        ("<!-- built by " + "x" * 5000 + " -->\n<!DOCTYPE html><html><p>x</p></html>", "html"),
        ("<!-- a comment, then prose -->\nPlain text.\n\nMore text.", "text"),
    ],
)
def test_formats_are_detected(source, fmt):
    assert decode(source)[1] == fmt


# The markdown test as one regex over the first 20,000 characters, three matches settling it:
# _is_markdown counts the same marks faster.
_MARKDOWN_REFERENCE = re.compile(r"^(?:#{1,6} |\* |- |> )|\]\(|\*\*|^\d+\. ", re.M)
_MARK_PIECES = ["\n", "\r\n", "# ", "####### ", "* ", "**", "- ", "> ", "1. ", "٣. ", "](", "*", "#", " ", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=12).map("".join), st.sampled_from([0, 19995, 19999, 20000]))
def test_markdown_marks_are_counted_as_the_one_regex_counts(text, offset):
    text = "\n" * offset + text
    expected = len(list(islice(_MARKDOWN_REFERENCE.finditer(text, 0, 20000), 3))) >= 3
    assert decode_module._is_markdown(text) == expected


@pytest.mark.parametrize(
    "text, markdown",
    [
        ("# A\n* b\n- c", True),  # a mark on the first line counts
        ("a\n* **b**", True),  # "* " opens a line, then two "**"
        ("a\n* ***b", False),  # "* " and one "**": the third star is no mark
        ("\n" * 19998 + "1. x", False),  # the number opens its line, its ". " lies past 20,000
        ("\n" * 19993 + "** ** **", False),  # the third "**" straddles the 20,000th character
    ],
)
def test_markdown_marks_at_the_edges(text, markdown):
    assert decode_module._is_markdown(text) == markdown


def test_bytes_in_other_charsets_are_decoded():
    assert decode("Café".encode("cp1252"))[0] == "Café"
    assert decode('<meta charset="iso-8859-1"><p>Caf\xe9</p>'.encode("latin-1"))[0].endswith("Café</p>")


def test_score_counts_non_whitespace_and_leaves_metadata_and_markup_out():
    removals = [
        Removal(0, 4, "Menu", "navigation", Kind.NAVIGATION, "menu"),
        Removal(5, 12, "By Jane", "metadata", Kind.METADATA, "byline"),
        Removal(13, 15, "**", "markup", Kind.MARKUP, "syntax"),
    ]
    s = score("ab cd", removals, extra_noise=2)
    assert (s.signal_chars, s.noise_chars) == (4, 6)
    assert s.signal_fraction == pytest.approx(0.4)
    assert s.snr == pytest.approx(4 / 6)
    assert score("", []).signal_fraction == 0


def test_each_date_takes_its_own_label():
    assert date_line("Updated 2 May 2022 | Published 1 May 2022") == ("2022-05-01", "2022-05-02")


@pytest.mark.parametrize(
    "text, iso",
    [("ſept 4, 2019", "2019-09-04"), ("4 maı 2019", "2019-05-04"), ("3 Μαΐου 2022", "2022-05-03"), ("4 Mayıs 2019", "2019-05-04")],
)
def test_month_names_with_letters_that_fold_oddly_never_raise(text, iso):
    # the long s folds to "s" as the regex does, the dotless i to "i" (as Turkish "Mayıs" needs:
    # "maı" is read as "mai"); the Greek "ΐ", which casefold() splits in three, is lower-cased
    assert [found for _, _, found in find_dates(text)] == ([iso] if iso else [])


def test_drop_kinds_are_the_kinds_of_the_dropped_lines():
    doc = Document("a\nb\nc", segment("a\nb\nc"))
    doc.drop(doc.blocks[2], Kind.PROMO, "x")
    doc.drop(doc.blocks[0], "navigation", "y")
    doc.drop(doc.blocks[2], Kind.JUNK, "first mark wins")
    assert doc.drop_kinds() == {b.index: kind for b in doc.blocks if (kind := doc.drop_kind(b)) is not None}
    assert doc.drop_kinds() == {0: Kind.NAVIGATION, 2: Kind.PROMO}


def test_dates_recorded_as_metadata_must_be_iso_8601():
    doc = Document("x", [])
    doc.meta("published", "2022-03-29T17:38")
    doc.meta("updated", "2022-03-29")
    assert (doc.metadata.published, doc.metadata.updated) == ("2022-03-29T17:38", "2022-03-29")
    for bad in ("yesterday", "29 March 2022", 20220329):
        with pytest.raises(ValueError, match="ISO 8601"):
            Document("x", []).meta("published", bad)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("0123456789٠١٢٣٤٥٦٧٨٩०१२३ :/.-,T"), max_size=30).map(lambda t: f"March {t} 2022 {t}")
    | st.text(max_size=60)
)
def test_every_date_found_is_iso_8601(text):
    for _, _, iso in find_dates(text):
        datetime.fromisoformat(iso)


_DATE_PIECES = [
    *"0123456789/.-,:T( ",
    *["29 March 2022", "March 30, 2022", "2022-03-30", "20220329", "30.03.2022", "03/30/2022", "11/19/19", "30-03-2022"],
    *["29", "11", "2022", "19", "/2019/11/19/", "5:38", "pm", "de ", "at ", "٢٠٢٢", "29.03.22", "v", "."],
    *["March", "mar.", "SEPT", "Sept.", "Mai", "jän", "марта", "Tuesday", "ſept", "İ", "ı", "Σ", "\u212a", "x"],
    *["年", "月", "日", "년", "월", "일", "2022.03.29", "2022. 3. 29.", "오후 ", "午後", "時", "分", "(火)", "~"],
    *["Mayıs", "MAYIS", "Μαΐου", "ΜΑΪΟΥ", "μαιου", "ΜΑΡΤΙΟΥ", "ς", "\u1fd3", "marca", "березня"],
    *["مارس", "آذار", "كانون الثاني", "كانون", "/", "، ", "٢٩", "मार्च", "फ़रवरी", "मई", "२०२२", "\u093c"],
    *["มีนาคม", "มี.ค.", "ก.พ.", "พ.ศ. ", "2565", "๒๕๖๕", "ต.ค. ", "65", "๖๕", "Version ", "v "],
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=14).map("".join) | st.text(max_size=40))
def test_the_gates_before_the_date_patterns_change_no_result(text):
    # find_dates runs only on a text that may hold a year (dates.may_hold_date), and only the
    # patterns whose gate the text passes (dates._patterns_for)
    every_pattern = [*dates._MONTH_NAME_PATTERNS, *(pattern for pattern, _ in dates._NUMERIC_PATTERNS)]
    with patch.object(dates, "_patterns_for", lambda _: every_pattern), patch.object(dates, "may_hold_date", lambda _: True):
        expected = find_dates(text)
    assert find_dates(text) == expected


# dates as pages write them, and numbers that are none, each read alone
_LINE_PARTS = [
    *["29 March 2022, 17:38", "March 30, 2022", "20220329", "2022-03-30T09:15", "03/30/2022", "04/03/2022"],
    *["30.03.2022", "02-11-2019", "11/19/19 06:56 AM", "2022年3月29日 17:38", "2022. 3. 29. 오후 5:38"],
    *["5 March 2022/03/30", "30-03-2022-04-01"],  # two patterns read the same digits: one date
    *["29 marca 2022", "3 Μαΐου 2022", "Call 555 0123", "won 6/4 6/3", "version 2022.03.29.1", "2022-02-30"],
]


def test_digits_two_patterns_read_give_one_date_the_first_pattern_reads():
    assert find_dates("5 March 2022/03/30") == [(0, 12, "2022-03-05")]
    assert find_dates("30-03-2022-04-01") == [(6, 16, "2022-04-01")]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PARTS), min_size=1, max_size=40), st.integers(1, 100), st.booleans())
def test_a_long_line_of_dates_reads_as_its_parts(parts, repeat, day_first):
    # find_dates checks each match against the dates found before it: on a line of thousands of
    # dates it must still find, part by part, what it finds in each part alone
    parts *= repeat
    line = " | ".join(parts)  # a separator no pattern reads across
    expected, offset = [], 0
    for part in parts:
        expected += [(offset + start, offset + end, iso) for start, end, iso in find_dates(part, day_first)]
        offset += len(part) + 3
    assert find_dates(line, day_first) == expected


def test_month_names_lower_cased_match_as_the_patterns_do():
    # dates._may_name_a_month compares lower-cased words with the month names, where the
    # patterns match them under re.IGNORECASE: the two must agree on every character that
    # casefold.lower lets through, and lower-casing must keep a word's characters word ones
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    alphabet = sorted(set("".join(dates.MONTH_NUMBER)))
    candidates = set(re.findall("[" + "".join(map(re.escape, alphabet)) + "]", everything, re.I))
    for c in candidates - set(casefold.ODD_LETTERS):
        assert all(casefold.lower(c) == x for x in alphabet if re.fullmatch(re.escape(x), c, re.I)), c
    word = re.compile(r"\w")
    for c in everything:
        if casefold.lowercase_is_exact(c):
            assert bool(word.match(c)) == bool(word.fullmatch(c.lower())), c


@pytest.mark.parametrize("line", ["29 March 2022, 17:٣٠", "٢٩ March ٢٠٢٢", "2022-03-29 17:٣٠"])
def test_dates_in_other_scripts_digits_come_out_in_ascii(line):
    for _, _, iso in find_dates(line):
        assert iso.isascii()
        datetime.fromisoformat(iso)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("8 maart 2026", "2026-03-08"),
        ("1 mei 2022, 09:15", "2022-05-01T09:15"),
        ("13 december 2026 om 14.30 uur", "2026-12-13T14:30"),
        ("3 mrt. 2025", "2025-03-03"),
        ("13 dicembre 2026", "2026-12-13"),
        ("5 mag 2025, 10:15", "2025-05-05T10:15"),
        ("3 febbraio 2026 alle ore 14:30", "2026-02-03T14:30"),
        ("12 lug. 2024 ore 8.05", "2024-07-12T08:05"),
        ("13 de dezembro de 2026", "2026-12-13"),
        ("15 de janeiro de 2026, às 14h30", "2026-01-15T14:30"),
        ("1 fev 2024", "2024-02-01"),
    ],
)
def test_dutch_italian_and_portuguese_dates(text, iso):
    assert [d[2] for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "line, dates",
    [
        ("Gepubliceerd: 8 maart 2026", ("2026-03-08", None)),
        ("Gepubliceerd op donderdag 8 maart 2026 om 14.30 uur", ("2026-03-08T14:30", None)),
        ("Bijgewerkt: 13 december 2026, 09:12", (None, "2026-12-13T09:12")),
        ("Pubblicato il 3 febbraio 2026 alle ore 14:30", ("2026-02-03T14:30", None)),
        ("domenica 2 giugno 2024", ("2024-06-02", None)),
        ("Aggiornato il 5 mag 2025, 10:15", (None, "2025-05-05T10:15")),
        ("quinta-feira, 13 de dezembro de 2026", ("2026-12-13", None)),
        ("Publicado em 15 de janeiro de 2026, às 14h30", ("2026-01-15T14:30", None)),
        ("Atualizado em 13 de dezembro de 2026", (None, "2026-12-13")),
        ("Publicado em 15/01/2026 às 14h30 | Atualizado em 16/01/2026 às 09h00", ("2026-01-15T14:30", "2026-01-16T09:00")),
    ],
)
def test_dutch_italian_and_portuguese_datelines(line, dates):
    assert date_line(line) == dates


@pytest.mark.parametrize(
    "line",
    [
        "Op 8 maart 2026 besloot de gemeenteraad om geen nieuwe hotels meer toe te staan.",
        "Sinds 1 mei 2022 geldt het verbod ook voor vakantieverhuur.",
        "Het rapport van 13 december 2026 bleef lang geheim.",
        "Domenica 2 giugno 2024 si vota in tutta Italia per le elezioni europee.",
        "Il decreto del 5 maggio 2025 non è mai stato applicato.",
        "Dal 3 febbraio 2026 il ticket costa 10 euro.",
        "A 15 de janeiro de 2026 a câmara aprovou a suspensão.",
        "O decreto de 13 de dezembro de 2026 nunca foi aplicado.",
        "Desde 1 de maio de 2022 a medida vigora em cinco freguesias.",
    ],
)
def test_dutch_italian_and_portuguese_sentences_with_a_date_are_no_datelines(line):
    assert find_dates(line) and date_line(line) is None


@pytest.mark.parametrize("word, expected", [("EST", True), ("CEST", True), ("Updated", True), ("Mai", True), ("Sat", True)]
    + [("Matt", False), ("Scott", False), ("Grant", False), ("West", False)])
def test_a_time_zone_is_a_date_word_in_capitals_only(word, expected):
    # "EST" and "PDT" are written in capitals; the same shape in a capital and lower case is a name
    assert is_date_word(word) is expected


@pytest.mark.parametrize(
    "line, words",
    [
        # a link's words hold no bracket: in "[[Bloomberg](#)]" the inner one is the link
        ("_[[Bloomberg](#)]_", "[Bloomberg]"),
        ("[a [b](#)", "[a b"),
        # an autolink holds no "<": the last opener before ">" is the link's
        ("<http://a<http://b.org>", "<http://ahttp://b.org"),
        # a target holds no bracket: "[a](" before a link is text, the link is the link
        ("[a]([b](#)", "[a](b"),
    ],
)
def test_markdown_links_end_before_the_next_opener(line, words):
    assert plain(line) == words


def test_the_link_targets_space_class_is_every_space_but_the_line_break():
    from newsclean.markdown import SPACE_BUT_LINE_BREAK

    spaces = re.compile(f"[{SPACE_BUT_LINE_BREAK}]")
    for c in map(chr, range(sys.maxunicode + 1)):
        assert bool(spaces.match(c)) == (c.isspace() and c != "\n") == (bool(re.match(r"\s", c)) and c != "\n"), hex(ord(c))


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=40))
def test_a_cut_that_overlaps_an_earlier_one_is_ignored_whatever_the_order(cuts):
    block_text = "x" * 80
    doc = Document(block_text, segment(block_text))
    (block,) = doc.blocks
    kept: list[tuple[int, int]] = []
    for start, length in cuts:
        end = min(start + length, 80)
        doc.cut(block, start, end, Kind.JUNK, "test")
        if not any(a < end and start < b for a, b in kept):  # the first cut wins
            kept.append((start, end))
    assert doc.cuts_in(block) == sorted(kept)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("सरकार ने बुधवार को नई योजना की घोषणा की।", True),  # the danda
        ("ہم نے کل اجلاس میں یہ فیصلہ کیا۔", True),  # the Urdu full stop
        ("هل تكفي هذه الإجراءات؟", True),  # the Arabic question mark
        ("Πότε θα ανοίξει ξανά η γέφυρα;", True),  # Greek asks with ";"
        ("The bridge reopens in May; the ferry", False),  # elsewhere ";" goes on
        ("会议将于明天举行。", True),
    ],
)
def test_a_line_ends_like_a_sentence_in_the_stops_of_its_script(line, ends):
    (block,) = segment(line)
    assert block.ends_with_punctuation is ends


def test_words_of_indic_scripts_keep_their_vowel_signs():
    # \w leaves the vowel signs out: "भारत" was read as three words, and a Hindi line as
    # half its length
    (block,) = segment("भारत सरकार ने नई नीति बनाई।")
    assert block.words == ["भारत", "सरकार", "ने", "नई", "नीति", "बनाई"]


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2022年3月29日", "2022-03-29"),
        ("2022年3月29日 17:38", "2022-03-29T17:38"),
        ("2022年03月29日17:38", "2022-03-29T17:38"),
        ("2022年3月29日(火) 17時38分", "2022-03-29T17:38"),  # a weekday in brackets, hour and minute signs
        ("2022年3月29日 星期二 17:38", "2022-03-29T17:38"),
        ("2022年3月29日 午後5時38分", "2022-03-29T17:38"),  # afternoon: a 12-hour clock
        ("2022年3月29日 下午5:38", "2022-03-29T17:38"),
        ("2022年3月29日 上午12:10", "2022-03-29T00:10"),
        ("２０２２年３月２９日", "2022-03-29"),  # full-width digits
        ("2022년 3월 29일 오후 5시 38분", "2022-03-29T17:38"),
        ("2022.03.29 17:38", "2022-03-29T17:38"),
        ("2022. 3. 29. 오후 5:38", "2022-03-29T17:38"),
        ("2022. 3. 29. 오전 9:05", "2022-03-29T09:05"),
        ("2022. 3. 29. 오후 12:30", "2022-03-29T12:30"),  # half past noon
        ("2022.03.29.", "2022-03-29"),
        ("29 Mart 2022", "2022-03-29"),  # Turkish
        ("3 Kasım 2021 Çarşamba", "2021-11-03"),
        ("1 ARALIK 2020", "2020-12-01"),
        ("29 marca 2022, 17:38", "2022-03-29T17:38"),  # Polish, the genitive
        ("1 października 2021", "2021-10-01"),
        ("29 березня 2022, 17:38", "2022-03-29T17:38"),  # Ukrainian
        ("1 листопада 2021", "2021-11-01"),
        ("29 Μαρτίου 2022, 17:38", "2022-03-29T17:38"),  # Greek
        ("29 ΜΑΡΤΙΟΥ 2022", "2022-03-29"),  # capitals drop the accent
        ("3 Μαΐου 2022", "2022-05-03"),
        ("3 ΜΑΪΟΥ 2022", "2022-05-03"),  # capitals drop the tonos but keep the dialytika
        ("3 ΜΑΙΟΥ 2022, 09:15", "2022-05-03T09:15"),  # ... or drop every mark
        ("3 μαιου 2022", "2022-05-03"),  # written without accents
        ("3 μαϊου 2022", "2022-05-03"),
        ("15 ΑΥΓΟΥΣΤΟΥ 2021", "2021-08-15"),
        ("15 Αυγούστου 2021", "2021-08-15"),
        ("1 Δεκεμβριου 2020", "2020-12-01"),
    ],
)
def test_dates_of_chinese_japanese_korean_turkish_polish_ukrainian_and_greek_pages(text, iso):
    assert [d[2] for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text, iso",
    [
        ("29 مارس 2022", "2022-03-29"),  # Egypt and the Gulf
        ("٢٩ مارس ٢٠٢٢", "2022-03-29"),  # Arabic-Indic digits
        ("الثلاثاء 29 مارس 2022 - 17:38", "2022-03-29T17:38"),
        ("3 أبريل، 2022", "2022-04-03"),  # the Arabic comma
        ("3 ابريل 2022", "2022-04-03"),  # a bare alef for the hamza's
        ("15 آب 2021", "2021-08-15"),  # the Levant and Iraq
        ("15 اب 2021", "2021-08-15"),
        ("5 كانون الأول 2021", "2021-12-05"),  # two words
        ("5 كانون الاول 2021", "2021-12-05"),
        ("29 مارس/ آذار 2022", "2022-03-29"),  # both names, as BBC Arabic writes them
        ("10 يناير/كانون الثاني 2022، 09:15", "2022-01-10T09:15"),
        ("1 جويلية 2020", "2020-07-01"),  # the Maghreb
        ("1 غشت 2020", "2020-08-01"),
        ("29 मार्च 2022", "2022-03-29"),  # Hindi
        ("२९ मार्च २०२२", "2022-03-29"),  # Devanagari digits
        ("मंगलवार, 15 अगस्त, 2022 17:38", "2022-08-15T17:38"),
        ("1 फ़रवरी 2022", "2022-02-01"),  # the nukta as a sign
        ("1 \u095eरवरी 2022", "2022-02-01"),  # ... or in the letter
        ("1 फरवरी 2022", "2022-02-01"),  # ... or left out
        ("12 सितम्बर 2021", "2021-09-12"),
        ("12 सितंबर 2021", "2021-09-12"),
        ("मई 5, 2022", "2022-05-05"),
    ],
)
def test_dates_of_arabic_and_hindi_pages(text, iso):
    assert [d[2] for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "مارس 2022 شهد ارتفاعا في الأسعار",  # a month with no day
        "ارتفعت الأسعار 29 في المئة في مارس 2022",  # a number, then other words
        "أنفقت الحكومة 300 مليون في 2022",
        "मार्च 2022 में महंगाई बढ़ी",
        "सरकार ने 29 योजनाएं 2022 में शुरू कीं",
        "15 मई को 2022 के चुनाव के नतीजे आए",  # the day and month, the year further on
    ],
)
def test_numbers_in_arabic_and_hindi_prose_are_no_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "line, dates",
    [
        ("نشر في: 29 مارس 2022 - 17:38", ("2022-03-29T17:38", None)),
        ("تحديث: 30 مارس 2022", (None, "2022-03-30")),
        ("29 मार्च 2022, 17:38 IST", ("2022-03-29T17:38", None)),
    ],
)
def test_arabic_and_hindi_datelines(line, dates):
    assert date_line(line) == dates


def test_arabic_and_hindi_sentences_with_a_date_are_no_datelines():
    for line in ("في 29 مارس 2022 قال الوزير إن الحكومة ستعلن خطة جديدة", "29 मार्च 2022 को सरकार ने नई योजना की घोषणा की"):
        assert find_dates(line) and date_line(line) is None


@pytest.mark.parametrize(
    "text, iso",
    [
        ("29 มีนาคม 2565", "2022-03-29"),  # the Buddhist era: 543 years ahead
        ("29 มี.ค. 2565", "2022-03-29"),  # the short form
        ("วันที่ 29 มี.ค. 2565 17:38 น.", "2022-03-29T17:38"),
        ("29 มีนาคม พ.ศ. 2565", "2022-03-29"),  # the era named
        ("๒๙ มีนาคม ๒๕๖๕", "2022-03-29"),  # Thai digits
        ("1 ม.ค. 2566", "2023-01-01"),
        ("29 ก.พ. 2567", "2024-02-29"),  # a leap year: 2024
        ("29 มีนาคม 2022", "2022-03-29"),  # a Common Era year stays
        ("12 ต.ค. 65", "2022-10-12"),  # a two-digit year of the Buddhist era: 2565
        ("12 ต.ค.65 17:38 น.", "2022-10-12T17:38"),
        ("วันที่ 1 มกราคม 66", "2023-01-01"),
        ("๑๒ ต.ค. ๖๕", "2022-10-12"),
        ("29 ก.พ. 67", "2024-02-29"),
        ("3 พ.ค. 40", "1997-05-03"),
    ],
)
def test_thai_dates_give_the_common_era_year(text, iso):
    assert [d[2] for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "29 ก.พ. 2566",  # 2023: no 29 February
        "29/03/2565",  # a Buddhist-era year with no Thai month is no year
        "29 March 2565",
        "ปี 2565 มีผู้ป่วย 29 ราย",  # a year and a number, no month
        "มีนาคม 2565 เศรษฐกิจฟื้นตัว",  # a month with no day
        "เขามี 3 คน ในปี 2565",
        "29 ก.พ. 66",  # 2023
        "12 ต.ค. 17:38",  # a time, no year
        "เมื่อ 5 ต.ค. 10 คนได้รับบาดเจ็บ",  # a count after the month ("10 people"), not 2510
        "12 Oct 65",  # a two-digit year after a month of another language
        "ต.ค. 65",  # no day
        "12 ต.ค. 650",
    ],
)
def test_thai_look_alikes_are_no_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "version 2022.03.29.1",  # a version's parts, not a date
        "build 1.2022.03.29",
        "2022.13.29",
        "2022年13月1日",
        "3月29日",  # no year: no date invented
        "22年3月29日",
        "Mart ayında 2022 yılı",  # a month's name with no day
        "lis 3 2022",  # Polish short forms are words ("fox"): not months
        "Τον ΜΑΪΟ του 2022 η κυβέρνηση ανακοίνωσε 3 μέτρα",  # a Greek month with no day
        "Ο ΜΑΪΟΣ 2022 ήταν ο πιο ζεστός",
        "Οδός 28ης Οκτωβρίου 2022",  # an ordinal day in Greek is a street's name here, not read
    ],
)
def test_look_alikes_of_those_dates_are_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "line, dates",
    [
        ("2022年3月29日 17:38", ("2022-03-29T17:38", None)),
        ("发布时间：2022-03-29 17:38", ("2022-03-29T17:38", None)),
        ("입력 2022.03.29 17:38", ("2022-03-29T17:38", None)),
        ("입력 2022.03.29 17:38 수정 2022.03.29 18:05", ("2022-03-29T17:38", "2022-03-29T18:05")),
        ("公開 2022年3月29日 17:38 更新 2022年3月30日 9:00", ("2022-03-29T17:38", "2022-03-30T09:00")),
        ("29 marca 2022, 17:38", ("2022-03-29T17:38", None)),
    ],
)
def test_chinese_japanese_korean_and_polish_datelines(line, dates):
    assert date_line(line) == dates


@pytest.mark.parametrize(
    "line",
    [
        # Chinese and Japanese run words together: a clause around a date is prose, not a label
        "2022年3月29日，国务院召开常务会议，部署进一步做好稳就业工作。",
        "国务院2022年3月29日召开常务会议",
        "東京都は2022年3月29日、警戒レベルを引き下げた",
        "발표 2022.03.29 서울시는 아파트 공급 계획을 내놓았다",
        # a date that opens a period is an event's
        "2018.04.05 ~ OPEN RUN",
        "2022年3月1日～3月5日",
        "Sejm przyjął ustawę 29 marca 2022 po długiej i burzliwej debacie.",
    ],
)
def test_sentences_and_periods_with_such_a_date_are_no_datelines(line):
    assert find_dates(line) and date_line(line) is None


def test_a_slashed_date_is_read_day_first_when_the_page_says_so():
    assert [d[2] for d in find_dates("04/03/2022")] == ["2022-04-03"]  # US order by default
    assert [d[2] for d in find_dates("04/03/2022", day_first=True)] == ["2022-03-04"]
    assert [d[2] for d in find_dates("03/30/2022", day_first=True)] == ["2022-03-30"]  # 30 is no month
    with dates.reading_day_first(True):
        assert date_line("Thứ sáu, 4/3/2022, 17:38") == ("2022-03-04T17:38", None)
    assert date_line("4/3/2022, 17:38") == ("2022-04-03T17:38", None)  # the context is left


@pytest.mark.parametrize(
    "url, day_first",
    [
        ("https://tuoitre.vn/a.htm", True),
        ("https://news.example.com.vn/a", True),
        ("https://www.bbc.co.uk/news/x", True),
        ("https://www.spiegel.de/x", True),
        ("https://europa.eu/x", True),
        ("https://www.example.com/x", False),  # a generic domain says nothing
        ("https://vnexpress.net/x", False),
        ("https://www.nytimes.us/x", False),  # month first
        ("https://www.cbc.ca/x", False),  # both
        ("https://www.asahi.jp/x", False),  # year first
        ("https://techcrunch.io/x", False),  # a country code sold as a generic name
        ("https://x.tv/x", False),
        (None, False),
        ("", False),
        ("http://[bad", False),
        ("https://пример.рф/x", False),
        ("www.bbc.co.uk/news/uk-1", True),  # no scheme, as a crawl's record may give it
        ("https://web.archive.org/web/20220329000000/https://www.bbc.co.uk/news/uk-1", True),  # archived
    ],
)
def test_pages_under_a_country_domain_write_the_day_first(url, day_first):
    assert dates.writes_day_first(url) is day_first


# printable pieces with the space; every other kind of whitespace and a format character (not
# printable, not whitespace)
_PRINTABLE_PIECES = ["a", "Bé", ".", " "]
_FOLD_PIECES = [*_PRINTABLE_PIECES, "\t", "\n", "\xa0", "\u2028", "\u3000", "\x1c", "\x85", "\u200b"]


@given(
    st.lists(st.sampled_from(_PRINTABLE_PIECES), max_size=8).map("".join)
    | st.lists(st.sampled_from(_FOLD_PIECES), max_size=10).map("".join)
    | st.text(max_size=20)
)
def test_a_line_is_folded_as_splitting_and_joining_would(text):
    # fold returns most lines themselves: it must agree with the split wherever it does
    assert fold(text) == " ".join(text.split())


def test_a_printable_line_with_single_spaces_is_its_own_folding():
    line = "The council voted on Tuesday, 4 May."
    assert fold(line) is line
    assert fold(" The  council\u00a0voted ") == "The council voted"


# The markdown syntax of a line as it was found before the spans were gathered pattern by
# pattern with fewer Python steps (and kept on the block for the markup cleaner): every
# pattern's matches, sorted, an overlapping span dropped. The fast code must find the same.
def _reference_syntax_spans(text: str) -> list[tuple[int, int]]:
    from newsclean import markdown as md

    spans = []
    for pattern, first in ((md._HEADING, "#"), (md._QUOTE, ">")):
        m = pattern.match(text) if text.startswith(first) else None
        if m:
            spans.append((m.start(1), m.end(1)))
    for m in md._LINKS["![" in text, "\n" in text][0].finditer(text):
        spans += [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
        for image in md._IMAGES["\n" in text].finditer(text, m.end(1), m.start(2)):
            spans += [(image.start(1), image.end(1)), (image.start(2), image.end(2))]
    for m in md._AUTOLINK.finditer(text):
        spans += [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
    spans += [(m.start(1), m.end(1)) for m in md._ESCAPE.finditer(text)]
    for pattern in (md._STRONG, md._EMPHASIS):
        for m in pattern.finditer(text):
            width = len(m.group(1))
            spans += [(m.start(), m.start() + width), (m.end() - width, m.end())]
    result: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if not result or start >= result[-1][1]:
            result.append((start, end))
    return result


_MARKDOWN_PIECES = [
    "[", "]", "(", ")", "](", "](#)", "![", "*", "**", "_", "__", "\\", "\\*", "#", "## ", ">", "> ",
    "<", ">", "<https://x.org>", "[a](#)", "![i](a.png)", "a", "Bé", " ", "\n", "\t", "(#)", '"t"',
]  # fmt: skip


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_MARKDOWN_PIECES), max_size=14).map("".join) | st.text(max_size=30))
def test_markdown_syntax_is_found_as_every_pattern_over_the_whole_line_finds_it(text):
    spans = syntax_spans(text)
    assert spans == _reference_syntax_spans(text)
    assert plain(text) == " ".join(strip_spans(text, spans).split())
    (block,) = warm([Block(0, 0, len(text), text)])  # it keeps the spans the markup cleaner cuts
    assert block.syntax == spans and block.plain == plain(text) == Block(0, 0, len(text), text).plain
