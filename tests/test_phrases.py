import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.phrases import alternation

_PHRASES = st.lists(st.text("abAB :.", min_size=1, max_size=5).map(str.lower), min_size=1, max_size=12)
_TEXTS = st.text("abAB :.\n", max_size=12)


def _flat(phrases: list[str]) -> str:
    # the plain alternation alternation() stands in for: every phrase, longest first
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@settings(max_examples=500, deadline=None)
@given(_PHRASES, _TEXTS, st.sampled_from(["", r"\s*:", "$", r"\b", "a"]), st.booleans())
def test_alternation_matches_as_the_flat_alternation(phrases, text, after, ignorecase):
    # what follows the phrases makes the engine backtrack into shorter ones
    flags = re.I if ignorecase else 0
    trie = re.compile(rf"(?:{alternation(phrases)}){after}", flags)
    flat = re.compile(rf"(?:{_flat(phrases)}){after}", flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
