import pytest
from cleanerutil import BODY, BODY2, run
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.reliability import integrity


def test_a_repeated_line_is_dropped_once():
    line = "The council will vote again in May."
    r = run("duplicates", "\n\n".join([BODY, line, BODY2, line]))
    assert [x.kind.value for x in r.removals] == ["duplicate"]
    assert r.text.count(line) == 1


def test_repeats_differing_only_in_case_and_markup_are_duplicates():
    r = run("duplicates", "\n\n".join([BODY, "**Bus fares to rise in May**", BODY2, "Bus fares to rise in may"]))
    assert [x.kind.value for x in r.removals] == ["duplicate"]


def test_short_repeated_lines_stay():
    r = run("duplicates", "\n\n".join([BODY, "Yes.", BODY2, "Yes."]))
    assert r.removals == []


def test_similar_but_different_lines_stay():
    r = run("duplicates", "\n\n".join(["Fares rise by 5% in May.", "Fares rise by 6% in May.", BODY]))
    assert r.removals == []


def test_on_html_input_the_pages_own_repeats_stay_unless_asked():
    import newsclean

    line = "The council will vote again in May."
    text = "\n\n".join([line, BODY, line, BODY2])
    pipe = newsclean.Pipeline.from_names(["duplicates"])
    assert pipe.clean_text(text, input_format="html").text.count(line) == 2
    strict = pipe.configure("duplicates", on_extracted=True)
    assert strict.clean_text(text, input_format="html").text.count(line) == 1


def test_a_question_put_again_stays():
    # an interview series puts the same questions to each person; an FAQ repeats one too
    lines = ["What inspired you to start cooking?", "My grandmother, who ran a bakery in Lyon for forty years.",
             "¿Qué le inspiró a empezar a cocinar?", "Mi abuela, que tenía una panadería en Lyon.",
             "What inspired you to start cooking?", "A trip to Japan, where I ate in a different kitchen every night.",
             "¿Qué le inspiró a empezar a cocinar?", "Un viaje a Japón."]
    r = run("duplicates", "\n\n".join([BODY, *lines, BODY2]))
    assert r.removals == []


# -- refrains: the lines of a poem, song or chant the article quotes come back within a stanza or two

POEM = [
    "Her best-known poem closes on the harbour:",
    "The boats come in, the boats go out,",
    "the nets are mended, hung to dry.",
    "And still the tide will turn about,",
    "and still the gulls will cry.",
    "She wrote the last stanza the week her father died.",
    "The nets are torn, the boats are gone,",
    "the quay is quiet as a church.",
    "And still the tide will turn about,",
    "and still the gulls will cry.",
]
CHANT = [
    "Protesters chanted outside the town hall:",
    "Hands off our library, hands off our books,",
    "we paid for the shelves and we paid for the nooks.",
    "Hands off our library, hands off our books,",
    "the council can close it, but look how it looks.",
]
SONG = [  # a four-line chorus sung again whole after the second verse
    "The band's anthem is now sung at every home game.",
    "Down by the river where the old mill stood,",
    "we learned to play the game as kids.",
    "Sing it loud for the blue and white,",
    "sing it out on a Saturday night,",
    "sing it high when the floodlights burn,",
    "sing it home till the boys return.",
    "They took the mill and they took the town,",
    "they never took the song.",
    "Sing it loud for the blue and white,",
    "sing it out on a Saturday night,",
    "sing it high when the floodlights burn,",
    "sing it home till the boys return.",
]
TERRACE = [  # the refrain's last line comes back seven lines on, after its first line sung twice
    "The hymn's first verse ends:",
    "Lead us home, lead us home,",
    "where the river meets the sea.",
    "Fans changed the words in the nineties.",
    '"It just caught on," the club historian said.',
    "The terrace version goes:",
    "Lead us home, lead us home,",
    "in the colours of the Lea.",
    "Lead us home, lead us home,",
    "where the river meets the sea.",
]
CANTO = [
    "Los manifestantes gritaban frente al ministerio:",
    "El agua no se vende, el agua se defiende,",
    "que lo escuche el gobierno y que lo entienda.",
    "El agua no se vende, el agua se defiende,",
    "y el pueblo unido nunca será vencido.",
]


@pytest.mark.parametrize("verse", [POEM, CHANT, SONG, TERRACE, CANTO], ids=["poem", "chant", "song", "terrace", "canto"])
def test_a_quoted_refrain_stays(verse):
    for sep in ("\n", "\n\n"):  # stanza lines on lines of their own, or one a paragraph
        r = run("duplicates", "\n\n".join([BODY, sep.join(verse), BODY2]))
        assert r.removals == []


def test_a_headline_printed_twice_goes():
    headline = "Council approves new cycle lanes on Mill Road"
    r = run("duplicates", "\n\n".join([headline, headline, BODY, BODY2]))
    assert [x.text for x in r.removals] == [headline]


def test_a_caption_under_its_images_alt_text_goes():
    caption = "Cyclists on Mill Road during the trial closure last summer."
    r = run("duplicates", "\n\n".join([BODY, f"![{caption}](/img/mill-road.jpg)", caption, "Photo: Jane Doe", BODY2]))
    assert [x.text for x in r.removals] == [caption]


def test_a_block_printed_twice_goes_even_with_short_lines():
    box = ["The key points at a glance", "Fares rise by 5% in May", "Two routes will close", "Night buses stay free"]
    r = run("duplicates", "\n\n".join([BODY, *box, *box, BODY2]))
    assert [x.text for x in r.removals] == box


def test_a_pull_quote_between_paragraphs_goes():
    quote = "We cannot keep patching roads that were built for horses."
    r = run("duplicates", "\n\n".join([BODY, quote, BODY2, quote, BODY]))
    assert [x.text for x in r.removals] == [quote, BODY]


def test_a_doubled_paragraph_goes_even_among_verse_lines():
    # twenty words or more: damage wherever it is (the integrity detector flags it)
    paragraph = "The council said the closures would save four million pounds a year, money that would go to repairing the roads."
    r = run("duplicates", "\n".join([BODY, paragraph, "the nets are mended, hung to dry.", paragraph, "and still the gulls will cry."]))
    assert [x.text for x in r.removals] == [paragraph]


def test_a_short_line_far_below_its_copy_goes():
    share = "Share this article on Facebook"
    lines = [share, *(f"Line {n} of a stanza that is not repeated anywhere." for n in range(7)), share]
    r = run("duplicates", "\n".join(lines))
    assert [x.text for x in r.removals] == [share]


_POOL = [BODY, BODY2, *POEM[1:5], "Council approves new cycle lanes", "Photo: Jane Doe"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_POOL), max_size=14), st.sampled_from(["\n", "\n\n"]))
def test_no_doubled_paragraph_survives(lines, sep):
    # what the integrity detector reads as damage, this cleaner never leaves
    text = run("duplicates", sep.join(lines)).text
    assert integrity.check(text).rates["duplicates"] == 0.0
