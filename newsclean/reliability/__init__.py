"""Source reliability: publisher prior, provenance, text integrity and signal fraction.

:func:`assess` runs after rendering and returns a :class:`~newsclean.document.Reliability`
with every part next to the total (formula in :mod:`newsclean.reliability.score` and
``docs/reliability.md``):

- ``domain``/``domain_rating``: the page's registrable domain and its Lin et al. (2023) rating
  (:mod:`.ratings`), ``None`` when unknown; a wrapper address (AMP, google.com/url, a Wayback
  snapshot) is read as the publisher's URL it carries (:func:`.domain.publisher_url`), while
  ``metadata.url`` stays the URL as given. The page's URL is the one given to ``clean``, else
  the one the HTML page declares, else a bare URL line of the text, else the URL an "Original
  url:" label records (the ``metadata`` cleaner). A bare URL line is a page's address only in
  the header (among the top lines and above the body's first line of prose: a scraper's
  "title / date / URL" lines) or at the foot (the last lines), and not on a site pages link to
  or embed (a social network, a video site, a link shortener, an encyclopedia:
  :data:`.domain.LINK_PLATFORMS`); a URL line elsewhere is a link the article printed. Even
  there the line may be a link the page printed (a shared story's address) rather than its
  own, and nothing says which: its rating counts half in ``parts["publisher"]``
  (:func:`.score.line_url_part`) unless the "Original url:" record is on the same domain;
  ``domain_rating`` is the table's;
- ``attributed_source``/``agency``/``original_url``/``syndicated``: provenance (:mod:`.provenance`);
- ``integrity``: rates and flags of the text-integrity detectors (:mod:`.integrity`);
- ``signal_fraction``, ``score`` and ``parts``.
"""

from __future__ import annotations

from ..document import URL_LINE_HINT, Document, Metadata, Reliability, Score
from . import integrity, ratings, score
from .domain import registrable_domain
from .provenance import assess_provenance, outlets


def _source_rating(
    agency: str | None, source: str | None, original_url: str | None, page_domain: str | None
) -> float | None:
    """Rating of the original publisher: its URL's domain, else the credited outlet's domain."""
    if original_url and registrable_domain(original_url) != page_domain:
        value = ratings.rating(original_url)
        if value is not None:
            return value
    for name in (source, agency):
        if not name:
            continue
        for outlet in outlets():
            if outlet.name.lower() == name.lower():
                for domain in outlet.domains:
                    value = ratings.rating(domain)
                    if value is not None:
                        return value
        value = ratings.rating(name) if "." in name else None  # "Source: example.com"
        if value is not None:
            return value
    return None


def assess(text: str, metadata: Metadata, score_: Score, doc: Document | None = None) -> Reliability:
    """Combine what is known about the document's source into a :class:`Reliability`.

    An empty text gets ``score=None`` (its parts are still reported). Provenance the URL
    reveals (a republisher's outlet section) is written back to ``metadata.attributed_source``
    when the text named no source, so metadata and reliability agree.
    """
    page_url = (doc.url if doc is not None else None) or metadata.url
    domain = registrable_domain(page_url)
    publisher = ratings.rating(page_url) if page_url else None
    # a URL only a bare line of the text gives: a claim of the text, weighed half, unless an
    # "Original url:" record names the same publisher
    from_line = doc is not None and not doc.url and page_url == doc.hints.get(URL_LINE_HINT)
    from_line = from_line and registrable_domain(metadata.original_url) != domain
    publisher_part = score.line_url_part(publisher) if from_line else publisher
    canonical = ((doc.hints.get("metadata") or {}).get("url") if doc is not None else None) or None
    prov = assess_provenance(metadata, page_url, canonical_url=canonical)
    if prov.attributed_source and not metadata.attributed_source:
        metadata.attributed_source = prov.attributed_source
    source_rating = (
        _source_rating(prov.agency, prov.attributed_source, prov.original_url, domain) if prov.syndicated else None
    )
    checked = integrity.check(text, metadata.language)
    total, parts = score.total(publisher_part, source_rating, checked.flags, score_.signal_fraction)
    # no text: nothing to trust or distrust; the parts stay, the total is not given
    value = total if text.strip() else None
    return Reliability(
        domain=domain,
        domain_rating=publisher,
        attributed_source=prov.attributed_source,
        agency=prov.agency,
        original_url=prov.original_url,
        syndicated=prov.syndicated,
        integrity=checked,
        signal_fraction=score_.signal_fraction,
        score=value,
        parts=parts,
    )


__all__ = ["assess"]
