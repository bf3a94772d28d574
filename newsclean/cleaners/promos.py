"""Promos: "Read more:" and "Related article:" links, audio widgets, newsletter, share and
subscribe prompts (vocabularies in ``vocab/promos.toml``, several languages)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import CLOSERS, Block, Document, Kind
from ..markdown import BULLETS, without_bullet
from ..phrases import alternation
from ..registry import cleaner
from . import vocab
from .vocab import Concept

PROMO_KINDS = tuple({c.kind for c in vocab.load("promos")})


@cleaner("promos", kinds=PROMO_KINDS)
def promos(doc: Document, max_words: int = 40, max_sentence_words: int = 40) -> None:
    """Drop lines that are promo furniture.

    A whole-line phrase ("Listen to this article") matches only the entire line; a lead phrase
    ("Read more") only when a separator follows it ("Read more: <headline>"), so prose such as
    "Read more about the plan in the report" stays; a call to action ("Subscribe to our
    newsletters", "may be reached at x@example.com") only in a line of at most
    ``max_sentence_words``. Lines over ``max_words`` are never promos. A read-more label alone
    on its line takes the headline on the next line with it (not a paragraph).
    """
    vocabulary = vocab.vocabulary("promos")
    label = -2  # the index of the last read-more label alone ("Read more:")
    listing = -2  # the index of a newsletter prompt that introduces a list, or of its last item
    heads_end = -1  # the last headline of a list of other stories inside the article
    for block in doc.kept():
        if block.index <= heads_end:
            doc.drop(block, Kind.PROMO, "headline under a marker of other stories")
            continue
        if block.index == listing + 1 and _is_offer_item(block):
            doc.drop(block, Kind.PROMO, "item of a newsletter prompt's list")
            listing = block.index
            continue
        # the headline right under it: past a list another cleaner dropped, a line is no headline
        if block.index == label + 1 and _is_headline(block):
            doc.drop(block, Kind.PROMO, "read more headline after its label")
            continue
        if block.n_words > max_words:
            continue
        found = vocabulary.match_block(block, sentences=block.n_words <= max_sentence_words)
        if (
            found is None
            and block.n_words <= _BUTTON_MAX_WORDS
            and block.plain[:1] in BULLETS
            and (item := without_bullet(block.plain)) != block.plain
        ):
            # share and follow buttons rendered as a list ("* Share on Facebook"): the whole item
            # or a call to action, never a lead phrase (an article's own list may open "Watch:")
            found = vocabulary.match(item, sentences=block.n_words <= max_sentence_words)
            if found and found[1] == "lead":
                found = None
        if found and found[1] == "lead" and (sentence := _sentence_after_lead(block)) is not None:
            # prose after a colon: a promo only if a call to action is in it
            found = vocabulary.match(sentence, sentences=True)
            if found is None or found[1] != "sentence":
                continue
        if found:
            concept, position = found
            doc.drop(block, concept.kind, _reason(concept, position))
            if concept.name == "read_more" and position == "whole":
                if heads := _marked_headlines(doc, block):  # "Read more" over a few headlines
                    heads_end = block.index + heads
                else:
                    label = block.index
            elif concept.name == "newsletter" and block.plain.rstrip().endswith((":", "：")):
                listing = block.index  # "Sign up and every Tuesday you will get:"
        # before a label alone: it takes all its headlines (gate: most lines are longer than a marker)
        elif block.n_words <= _LABEL_MAX_WORDS and (heads := _marked_headlines(doc, block)):
            doc.drop(block, Kind.PROMO, "marker of other stories inside the article")
            heads_end = block.index + heads
        elif block.plain[-1:] in _LABEL_ENDS and _is_label_alone(block):  # gate: most lines end otherwise
            doc.drop(block, Kind.PROMO, "read more label")
            label = block.index
        elif block.n_words == 2 and block.plain[:1].isdigit() and _is_comment_count(block):  # gate: cheap
            doc.drop(block, Kind.PROMO, "comment count button")


OFFER_ITEM_MAX_WORDS = 10  # "Our best long reads on Sundays", "Invitations to subscriber events"


def _is_offer_item(block: Block) -> bool:
    """An item of what a newsletter prompt offers ("Sign up and you will get:"): a short line
    without a sentence end, right under the prompt or the item before. The article's prose
    after the box ends the list."""
    return 0 < block.n_words <= OFFER_ITEM_MAX_WORDS and not block.ends_with_punctuation


_BUTTON_MAX_WORDS = 12  # a share or follow button as a list item: "* Share this article on WhatsApp"


@lru_cache(maxsize=1)
def count_words() -> frozenset[str]:
    """The ``count`` words of ``vocab/promos.toml`` [share], all languages, lower-cased."""
    return frozenset(w.lower() for words in vocab.data("promos")["share"]["count"].values() for w in words)


def _is_comment_count(block: Block) -> bool:
    """A comment button: a count and its word alone ("12 comments", "3 comentários")."""
    number, _, word = block.plain.strip().partition(" ")
    return number.isdigit() and word.strip(" .:").lower() in count_words()


# what ends a label whose headline is on the next line ("Related:", "Noticia relacionada »",
# "相关阅读：", "【関連記事】")
_LABEL_END_CHARS = ":：»›→】"
_LABEL_ENDS = frozenset(_LABEL_END_CHARS)


def _is_label_alone(block: Block) -> bool:
    """A read-more lead phrase alone with its separator ("Related:", "Noticia relacionada:"):
    a label, like the whole-line "Read more:", whose headline is on the next line. A marker of
    a list of other stories ("Related stories:") is left to ``trailing_headlines``, which takes
    the whole list."""
    plain = block.plain
    if block.n_words > _LABEL_MAX_WORDS or plain[-1:] not in _LABEL_ENDS:
        return False
    return _label_pattern().match(plain) is not None and vocab.match("trailing", plain.rstrip(_LABEL_END_CHARS + " ")) is None


_LABEL_MAX_WORDS = 6


def _marked_headlines(doc: Document, block: Block) -> int:
    """How many headlines a marker of other stories introduces inside the article (0: none).

    A read-more label or a list marker alone ("You might also like:", "Keep reading:", "RELATED
    STORIES", "Mehr zum Thema:") over up to INLINE_MAX_HEADLINES headlines (or the link lines
    another cleaner dropped) in its paragraph, with the article's prose right after them: a box of related
    stories inside the article, which ``trailing_headlines`` does not read (its lists end the
    page). A list at the page's end, or a short line after the headlines (a subheading, a
    time stamp), leaves it to the other cleaners.
    """
    if not 0 < block.n_words <= _LABEL_MAX_WORDS:
        return 0
    first = block.plain.split(None, 1)[0].lstrip(vocab.OPENING_BRACKETS).rstrip(_LABEL_END_CHARS).lower()
    if first not in _marker_openings() or _marker_pattern().match(block.plain) is None:  # gate: the first word
        return 0
    blocks, i = doc.blocks, block.index
    n = 0
    while i + n + 1 < len(blocks) and n < INLINE_MAX_HEADLINES:
        item = blocks[i + n + 1]
        # the box's lines run on in one paragraph; a blank line before a short line opens the
        # article's next section ("Sound", "Family Science Day")
        if item.blank_before or not (doc.is_dropped(item) or _is_headline(item)):
            break
        n += 1
    if n == 0 or i + n + 1 >= len(blocks):
        return 0
    after = blocks[i + n + 1]
    prose = after.n_words >= _PROSE_MIN_WORDS and after.ends_with_punctuation and not doc.is_dropped(after)
    return n if prose else 0


INLINE_MAX_HEADLINES = 6  # a related box's few headlines; a page's list runs longer


@lru_cache(maxsize=1)
def _marker_leads() -> list[str]:
    """The read-more lead phrases of every language ("Read more", "Lire aussi", "Related")."""
    return [phrase for phrases in vocab.data("promos")["read_more"]["lead"].values() for phrase in phrases]


@lru_cache(maxsize=1)
def _marker_openings() -> frozenset[str]:
    """The first words of the read-more lead phrases, lower-cased: a cheap gate for _marker_pattern."""
    return frozenset(phrase.split()[0] for phrase in _marker_leads())


@lru_cache(maxsize=1)
def _marker_pattern() -> re.Pattern[str]:
    # a read-more lead phrase alone, with or without its separator ("RELATED STORIES", "Keep reading:")
    return re.compile(rf"^{vocab.LEAD_OPENING}(?:{alternation(_marker_leads())})\s*[{_LABEL_END_CHARS}]?$", re.I)


_PROSE_MIN_WORDS = 8  # a paragraph's sentence, not a time stamp ("17:30") nor a subheading


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    return re.compile(rf"^{vocab.LEAD_OPENING}(?:{alternation(_marker_leads())})\s*[{_LABEL_END_CHARS}]$", re.I)


# a lead phrase, its separator, and what follows it (the first letter on)
@lru_cache(maxsize=1)
def _lead_and_rest() -> re.Pattern[str]:
    data = vocab.data("promos")
    leads = [p for concept in data.values() for phrases in concept.get("lead", {}).values() for p in phrases]
    return re.compile(rf"^{vocab.LEAD_OPENING}(?:{alternation(leads)})\s*{vocab.LEAD_SEPARATOR}\s*(?P<rest>[^\W\d_].*)$", re.I)


_MIN_SENTENCE_WORDS = 4


def _sentence_after_lead(block: Block) -> str | None:
    """What follows a lead phrase and its separator when it continues a sentence in lower case
    to its full stop ("Watch: the moment the bus left the depot was filmed by residents."),
    not a headline, which opens with a capital and ends without a stop ("Watch: Moment bus
    leaves depot")."""
    m = _lead_and_rest().match(block.plain)
    if m is None:
        return None
    rest = m.group("rest")
    if rest[0].islower() and rest.rstrip(CLOSERS).endswith((".", "!", "?")) and len(rest.split()) >= _MIN_SENTENCE_WORDS:
        return rest
    return None


def _is_headline(block: Block) -> bool:
    """A headline, not a paragraph: at most 20 words, no sentence end."""
    return 0 < block.n_words <= 20 and not block.ends_with_punctuation


def _reason(concept: Concept, position: str) -> str:
    name = concept.name.replace("_", " ")
    if position == "sentence":
        return f"{name} call to action"
    return f"{name} line" if position == "whole" else f"{name} lead followed by a link or headline"
