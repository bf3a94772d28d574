"""Publisher prior: the Lin et al. (2023) domain quality ratings, shipped with the package.

``domain_pc1.csv`` holds 11,520 news domains and ``pc1``, an aggregate quality rating in [0, 1]
(the first principal component of several expert and fact-checker rating sets). Keys are
registrable domains, and a few are ``domain/path`` (``theguardian.com/observer``): a URL whose
path starts with that path gets the section's rating, any other page the domain's.

Lin, H., Lasser, J., Lewandowsky, S., Cole, R., Gully, A., Rand, D. G., & Pennycook, G. (2023).
High level of correspondence across different news domain quality rating sets. PNAS Nexus, 2(9),
pgad286. https://doi.org/10.1093/pnasnexus/pgad286 (data: github.com/hauselin/domain-quality-ratings)

A rating describes a publisher, not an article: it is a prior, never a verdict on one text.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files

from .domain import registrable_domain, url_path

DATA_FILE = "domain_pc1.csv"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, float], dict[str, list[tuple[str, float]]]]:
    """Load the ratings once: ``(domain -> rating, domain -> [(path prefix, rating)])``."""
    domains: dict[str, float] = {}
    sections: dict[str, list[tuple[str, float]]] = {}
    with files(__package__).joinpath(DATA_FILE).open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key, value = row["domain"].strip().lower(), float(row["pc1"])
            if "/" in key:
                domain, path = key.split("/", 1)
                sections.setdefault(domain, []).append(("/" + path.strip("/"), value))
            else:
                domains[key] = value
    for entries in sections.values():
        entries.sort(key=lambda e: -len(e[0]))  # the longest matching prefix wins
    return domains, sections


def rating(url_or_domain: str | None) -> float | None:
    """The publisher rating for a page URL or a domain, ``None`` when the publisher is unknown.

    >>> rating("https://www.reuters.com/world/")
    1.0
    >>> rating("https://example.invalid/") is None
    True
    """
    domain = registrable_domain(url_or_domain)
    if domain is None:
        return None
    domains, sections = _table()
    path = url_path(url_or_domain).lower().rstrip("/") + "/"
    for prefix, value in sections.get(domain, ()):
        if path.startswith(prefix + "/"):
            return value
    return domains.get(domain)


def known_domains() -> frozenset[str]:
    """The registrable domains that have a rating (sections excluded)."""
    return frozenset(_table()[0])
