"""Provenance: who originally wrote the document, from its metadata and its page URL.

The text cleaners (``provenance``, ``metadata``) fill ``Metadata.agency``,
``attributed_source`` and ``original_url`` from lines of the page. This module adds what the
URLs say and decides ``syndicated``:

- a republisher's *section* named after the outlet it carries: local TV sites file CNN copy
  under ``/cnn-world/`` or ``/cnn-europe-mideast-africa/`` and AP copy under ``/ap-national-news/``.
  A non-final path segment equal to an outlet's slug or starting with ``slug-`` attributes the
  page to that outlet (outlets and slugs in ``cleaners/vocab/provenance.toml``), unless the page
  is on the outlet's own domain. Mentions in the text ("told CNN", "geolocated by CNN") are not
  used: any article may quote another outlet.
- ``og:site_name`` naming a known outlet that does not own the page's domain.
- ``syndicated`` is true when the document credits an agency or another publisher, or its
  original/canonical URL is on another registrable domain than the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..cleaners.provenance import vocabulary
from ..document import Metadata
from .domain import registrable_domain, url_path


@dataclass(frozen=True)
class Outlet:
    """A publisher whose copy others republish."""

    name: str
    slugs: tuple[str, ...]
    domains: tuple[str, ...]


@lru_cache(maxsize=1)
def outlets() -> tuple[Outlet, ...]:
    """The outlets of ``vocab/provenance.toml``."""
    return tuple(
        Outlet(spec["name"], tuple(spec["slugs"]), tuple(spec["domains"]))
        for spec in vocabulary()["outlets"].values()
    )


def _owns(outlet: Outlet, domain: str | None) -> bool:
    return domain is not None and domain in outlet.domains


def outlet_from_url(url: str | None) -> str | None:
    """The outlet named by a section of ``url`` ("/news/cnn-world/2022/..." -> "CNN")."""
    domain = registrable_domain(url)
    if domain is None:
        return None
    segments = [s.lower() for s in url_path(url).split("/") if s]
    for segment in segments[:-1]:  # the last segment is the article's own slug
        for outlet in outlets():
            if any(segment == slug or segment.startswith(slug + "-") for slug in outlet.slugs):
                return None if _owns(outlet, domain) else outlet.name
    return None


def outlet_from_name(name: str | None, page_domain: str | None) -> str | None:
    """A known outlet named by ``og:site_name``, when it does not own the page's domain."""
    if not name:
        return None
    folded = name.strip().lower()
    for outlet in outlets():
        if folded in (outlet.name.lower(), *outlet.slugs) and not _owns(outlet, page_domain):
            return outlet.name
    return None


@dataclass(frozen=True)
class Provenance:
    """Who originally wrote the document, and whether this copy is a republication."""

    attributed_source: str | None
    agency: str | None
    original_url: str | None
    syndicated: bool
    evidence: tuple[str, ...]  # which rules fired, in words


def _compact(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


# Words a publisher's name adds to its domain's label: "BBC News" on bbc.co.uk, "Spiegel
# Online" on spiegel.de, "Sky News" on sky.com.
_NAME_TAILS = ("news", "online", "digital")


def _named_owner(name: str, domain: str | None) -> bool:
    """True when ``name`` is the publisher that owns ``domain``.

    A known outlet on its own site (Reuters copy on reuters.com), the domain itself
    ("theguardian.com"), or a name that spells the domain's own label, with or without "the"
    and a generic last word ("Live Science" on livescience.com, "The Guardian" on
    theguardian.com, "BBC News" on bbc.co.uk).
    """
    if domain is None:
        return False
    if registrable_domain(name) == domain:
        return True
    label = _compact(domain.split(".")[0])
    compact = _compact(name)
    names = {compact} | {compact[: -len(t)] for t in _NAME_TAILS if compact.endswith(t)}
    if any(n and (n in (label, "the" + label) or label == "the" + n) for n in names):
        return True
    return any(o.name.lower() == name.lower() and _owns(o, domain) for o in outlets())


def assess_provenance(
    metadata: Metadata, page_url: str | None = None, canonical_url: str | None = None
) -> Provenance:
    """Combine metadata and URLs into a :class:`Provenance`.

    ``page_url`` is the URL the page was fetched from (``clean(..., url=...)``); when it is
    missing, ``metadata.url`` stands for it. ``canonical_url`` is the page's own claim
    (``<link rel=canonical>``, ``og:url``), from the HTML path.
    """
    page_url = page_url or metadata.url
    page_domain = registrable_domain(page_url)
    evidence: list[str] = []

    source = metadata.attributed_source
    if source:
        evidence.append(f"attributed to {source} by the text")
    else:
        source = outlet_from_url(page_url)
        if source:
            evidence.append(f"page filed under a {source} section")
        else:
            source = outlet_from_name(metadata.site_name, page_domain)
            if source:
                evidence.append(f"site name names {source}")
    if source and _named_owner(source, page_domain):
        evidence.clear()  # the text credits the page's own publisher: not a republication

    agency = metadata.agency
    if agency and not _named_owner(agency, page_domain):
        evidence.append(f"agency copy ({agency})")

    original_url = metadata.original_url
    candidates = (
        (metadata.original_url, "original URL"),
        (canonical_url, "canonical URL"),
        (metadata.url, "metadata URL"),
    )
    for candidate, label in candidates:
        other = registrable_domain(candidate)
        if other and page_domain and other != page_domain:
            evidence.append(f"{label} on {other}, page on {page_domain}")
            original_url = original_url or candidate
            break
    return Provenance(source, agency, original_url, bool(evidence), tuple(evidence))
