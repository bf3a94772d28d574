import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import language
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

    def fresh() -> tuple[str | None, float | None]:
        language._detect.cache_clear()  # a detection each time, not the remembered one
        return detect_language(text)

    assert len({fresh() for _ in range(5)}) == 1


def test_the_last_sample_is_detected_once():
    # boilerplate and the pipeline often ask about the same longest lines of a page
    language._detect.cache_clear()
    first = detect_language(TEXTS["fr"])
    assert detect_language(TEXTS["fr"]) == first
    assert language._detect.cache_info().hits == 1
    assert detect_language(TEXTS["de"])[0] == "de"  # another page's text is detected anew
    assert detect_language(TEXTS["fr"]) == first and language._detect.cache_info().hits == 1


def test_the_sample_is_bounded_and_made_of_the_longest_lines():
    prose = "The council voted to expand the bus network across the outer districts. " * 5
    table = "\n".join(f"| {n} | Kyle Busch | 5040 |" for n in range(40))
    text = f"{table}\n\n{prose.strip()}\n\n{table}"
    snippet = sample(text)
    assert len(snippet) <= SAMPLE_CHARS
    assert snippet.startswith(prose[:100]) and "Busch" not in snippet
    assert sample("short") == "short"


def test_a_long_line_is_cut_at_a_space():
    text = " ".join(["word"] * 500)
    assert sample(text) == " ".join(["word"] * (SAMPLE_CHARS // 5))


def test_prose_decides_over_a_table_of_names():
    prose = (
        "Nesta página você terá sempre a classificação atualizada do campeonato até a última corrida!\n\n"
        "Coloque nos seus favoritos e venha sempre conferir a classificação do campeonato!\n\n"
        "Classificação final da temporada de 2019, depois de trinta e seis etapas disputadas:"
    )
    table = "\n".join(f"| {n} | Kyle Busch | {n * 7} | Martin Truex Jr. |" for n in range(30))
    assert detect_language(f"{prose}\n\n{table}")[0] == "pt"  # the middle of the page is the table


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab É1_ \n²-")), max_size=12))
def test_three_letter_search_agrees_with_counting_letters(text):
    assert (language._THREE_LETTERS.search(text) is not None) == (len(re.findall(r"[^\W\d_]", text)) >= 3)


FIRST_CALLS_FROM_THREADS = """
import concurrent.futures, newsclean
text = ("The council said on Tuesday that the new bridge would open in the spring, after two years "
        "of delays caused by flooding and a shortage of steel.")
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    found = list(pool.map(lambda _: newsclean.clean(text).metadata.language, range(16)))
print(sorted(set(found)))
"""


def test_the_first_cleans_of_a_process_in_many_threads_agree_on_the_language():
    # the profiles load on the first detection: threads arriving during the load must wait for it
    import subprocess
    import sys

    for _ in range(3):  # the race needs a fresh process each time
        run = subprocess.run([sys.executable, "-c", FIRST_CALLS_FROM_THREADS], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr[-2000:]
        assert run.stdout.strip() == "['en']"
