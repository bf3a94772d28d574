import pytest

from newsclean.language import SAMPLE_CHARS, detect_language, sample

TEXTS = {
    "en": "The city council voted on Tuesday to expand the bus network across the outer districts.",
    "fr": "Le conseil municipal a voté mardi l'extension du réseau de bus dans les quartiers périphériques.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, das Busnetz in den äußeren Bezirken auszubauen.",
    "es": "El ayuntamiento votó el martes a favor de ampliar la red de autobuses en los barrios periféricos.",
}


@pytest.mark.parametrize("lang, text", TEXTS.items())
def test_languages_are_detected(lang, text):
    code, confidence = detect_language(text)
    assert code == lang and 0.5 < confidence <= 1


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "!!! ???", "a"])
def test_nothing_to_detect_gives_none(text):
    assert detect_language(text) == (None, None)


def test_detection_is_deterministic():
    text = "Ciao, come stai? Bene grazie. " * 3
    assert len({detect_language(text) for _ in range(5)}) == 1


def test_the_sample_is_bounded_and_from_the_middle():
    text = "a" * 5000 + "MIDDLE" + "b" * 5000
    assert len(sample(text)) == SAMPLE_CHARS
    assert "MIDDLE" in sample(text)
    assert sample("short") == "short"
