"""The reliability score: a transparent weighted mean of parts that are all reported.

Parts (each in [0, 1], or ``None`` when unknown):

- ``publisher``: the rating of the page's registrable domain (Lin et al. 2023), ``None`` when
  the domain is not rated. When the page's URL is known only from a bare URL line of the text
  (no URL given, declared by the HTML or labelled "Original url:"), the line may be a link the
  page printed as well as its address: the rating counts halfway between UNKNOWN_PRIOR and
  itself (:func:`line_url_part`), as a credit's does.
- ``source``: for a republished copy (``syndicated``), the rating of the original publisher
  when it can be named: the domain of the original URL, or the own domain of the credited
  agency/outlet (``vocab/provenance.toml``); ``None`` otherwise.
- ``prior`` = ``publisher`` when no ``source`` is known; the mean of ``publisher`` and
  ``source`` when one is, an unrated publisher counting as UNKNOWN_PRIOR (0.5) in it; ``None``
  when both are unknown. A credit ("Source: Reuters") is the page's own claim: a page whose
  publisher is unrated cannot take on the full rating of the outlet it names, only move its
  prior halfway towards it.
- ``integrity`` = max(0, 1 - FLAG_PENALTY * number of integrity flags).
- ``signal`` = the signal fraction of the page (article characters over article + clutter).

Formula::

    score = W_PRIOR * prior' + W_INTEGRITY * integrity + W_SIGNAL * signal
    prior' = prior if known else UNKNOWN_PRIOR (0.5, the middle of the scale)

with W_PRIOR = 0.5, W_INTEGRITY = 0.3, W_SIGNAL = 0.2. An unknown publisher is not a good or a
bad one: it gets the middle of the scale, and ``parts["prior"]`` stays ``None`` so a consumer
can tell "unrated" from "rated 0.5" and re-weigh. The score is rounded to 4 decimals. A
document with no text left gets no score (``None``; see :func:`newsclean.reliability.assess`).
"""

from __future__ import annotations

W_PRIOR = 0.5
W_INTEGRITY = 0.3
W_SIGNAL = 0.2
UNKNOWN_PRIOR = 0.5
FLAG_PENALTY = 0.25  # each integrity flag costs a quarter: four flags leave nothing
LINE_URL_WEIGHT = 0.5  # how far a bare URL line's rating moves the publisher part from the middle


def line_url_part(rating: float | None) -> float | None:
    """The publisher part for a rating that only a bare URL line of the text vouches for: moved
    halfway from UNKNOWN_PRIOR towards ``rating`` (a claim of the text, not a record), ``None``
    when the domain is unrated."""
    return None if rating is None else UNKNOWN_PRIOR + LINE_URL_WEIGHT * (rating - UNKNOWN_PRIOR)


def integrity_part(flags: list[str]) -> float:
    """1.0 for a text with no integrity flag, FLAG_PENALTY less per flag, never below 0."""
    return max(0.0, 1.0 - FLAG_PENALTY * len(flags))


def prior_part(publisher: float | None, source: float | None) -> float | None:
    """The page's publisher rating, averaged with the original's when that is known (an
    unrated publisher counting as UNKNOWN_PRIOR there), or ``None`` when neither is known."""
    if source is None:
        return publisher
    return ((UNKNOWN_PRIOR if publisher is None else publisher) + source) / 2


def total(
    publisher: float | None, source: float | None, flags: list[str], signal_fraction: float
) -> tuple[float, dict[str, float | None]]:
    """The score and its parts (see the module docstring for the formula)."""
    prior = prior_part(publisher, source)
    integrity = integrity_part(flags)
    signal = min(1.0, max(0.0, signal_fraction))
    value = W_PRIOR * (UNKNOWN_PRIOR if prior is None else prior) + W_INTEGRITY * integrity + W_SIGNAL * signal
    parts: dict[str, float | None] = {
        "publisher": _round(publisher),
        "source": _round(source),
        "prior": _round(prior),
        "integrity": _round(integrity),
        "signal": _round(signal),
    }
    return round(value, 4), parts


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
