"""Publisher prior: the Lin et al. (2023) domain quality ratings, shipped with the package.

``domain_pc1.csv`` holds 11,520 news domains and ``pc1``, an aggregate quality rating in [0, 1]
(the first principal component of several expert and fact-checker rating sets). Most keys are
registrable domains; some 500 are hosts under one (``news.sky.com``, ``abcnews.go.com``,
``timesofindia.indiatimes.com``, a blog on a platform), and a few are ``host/path``
(``theguardian.com/observer``).

A page gets the rating of the most specific key that covers it: its host, then each parent host
down to its registrable domain (``news.sky.com`` is rated as such, ``weather.sky.com`` as
``sky.com``); at each host a section key whose path starts the page's path comes first. The
layout prefixes ``www.``, ``www1.``, ``m.``, ``mobile.`` and ``amp.`` show the same pages, so
they fold, in the pages' hosts and in the table's keys alike (``m.espn.com`` is ``espn.com``;
where the table rates both, the bare host's row is the one used). The walk never goes above
the registrable domain, so a blog on ``blogspot.com`` does not get the platform's rating. A
wrapper address (``google.com/amp/s/...``, an AMP cache, a Wayback snapshot) is rated as the
publisher's URL it carries: the host and path are read through ``domain.publisher_url``.

Lin, H., Lasser, J., Lewandowsky, S., Cole, R., Gully, A., Rand, D. G., & Pennycook, G. (2023).
High level of correspondence across different news domain quality rating sets. PNAS Nexus, 2(9),
pgad286. https://doi.org/10.1093/pnasnexus/pgad286 (data: github.com/hauselin/domain-quality-ratings)

A rating describes a publisher, not an article: it is a prior, never a verdict on one text.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.resources import files

from .domain import LAYOUT, LAYOUT_LABEL, host_name, registrable_domain, url_path

DATA_FILE = "domain_pc1.csv"

# A lower-case ASCII host name that host_name returns unchanged and that opens with no layout
# label: nearly all of the table's 11,520 keys. They skip the URL parser and the suffix list,
# which made loading the table cost 0.2 s, paid by the first page of every process.
_PLAIN_KEY = re.compile(rf"(?!{LAYOUT_LABEL}\.)(?!.*\bxn--)\w+(?:-+\w+)*(?:\.\w+(?:-+\w+)*)+", re.A)

_Table = tuple[dict[str, float], dict[str, list[tuple[str, float]]]]


def _without_layout(host: str, domain: str) -> str:
    """``host`` without the layout labels that open it ("www.m.example.com" -> "example.com")."""
    labels = host.split(".")
    floor = domain.count(".") + 1
    while len(labels) > floor and LAYOUT.match(labels[0]):
        labels.pop(0)
    return ".".join(labels)


def _key(raw: str) -> tuple[str, str | None, bool] | None:
    """``(host, section path or None, had a layout prefix)`` for a key of the table."""
    key = raw.strip().lower()
    host, _, path = key.partition("/")
    section = ("/" + path.strip("/")) if path else None
    if _PLAIN_KEY.fullmatch(host):
        # Not checked against the suffix list: a plain key no page can reach (an IP address,
        # a public suffix such as "nhs.uk") is kept, harmlessly, since rating() only looks up
        # hosts under a page's registrable domain; known_domains() leaves such keys out.
        return host, section, False
    folded = _fold(host)
    return None if folded is None else (folded[0], section, folded[1])


def _fold(host: str) -> tuple[str, bool] | None:
    """``(normalised host without layout labels, whether it had one)``, ``None`` for a host no
    page can have (an IP address, a malformed key such as "topinfopost.con")."""
    normal, domain = host_name(host), registrable_domain(host)
    if normal is None or domain is None:
        return None
    bare = _without_layout(normal, domain)
    return bare, bare != normal


@lru_cache(maxsize=1)
def _table() -> _Table:
    """Load the ratings once: ``(host -> rating, host -> [(path prefix, rating)])``."""
    domains: dict[str, float] = {}
    sections: dict[str, list[tuple[str, float]]] = {}
    folded: dict[str, float] = {}  # rows of layout hosts ("m.espn.com"): used where no bare row is
    with files(__package__).joinpath(DATA_FILE).open(encoding="utf-8") as fh:
        rows = csv.reader(fh)
        if next(rows, None) != ["domain", "pc1"]:
            raise ValueError(f"{DATA_FILE}: expected the columns domain,pc1")
        for raw, pc1 in rows:
            key, value = _key(raw), float(pc1)
            if key is None:
                continue
            host, path, layout = key
            if path is not None:
                sections.setdefault(host, []).append((path, value))
            elif layout:
                folded.setdefault(host, value)
            else:
                domains[host] = value
    for host, value in folded.items():
        domains.setdefault(host, value)
    for entries in sections.values():
        entries.sort(key=lambda e: -len(e[0]))  # the longest matching prefix wins
    return domains, sections


def _hosts(host: str, domain: str) -> list[str]:
    """The hosts that cover ``host``, most specific first, down to its registrable domain."""
    labels = _without_layout(host, domain).split(".")
    floor = domain.count(".") + 1
    return [".".join(labels[i:]) for i in range(len(labels) - floor + 1)]


def rating(url_or_domain: str | None) -> float | None:
    """The publisher rating for a page URL or a host name, ``None`` when the publisher is unknown.

    >>> rating("https://www.reuters.com/world/")
    1.0
    >>> rating("https://example.invalid/") is None
    True
    """
    host, domain = host_name(url_or_domain), registrable_domain(url_or_domain)
    if host is None or domain is None:
        return None
    domains, sections = _table()
    path = url_path(url_or_domain).lower().rstrip("/") + "/"
    for candidate in _hosts(host, domain):
        for prefix, value in sections.get(candidate, ()):
            if path.startswith(prefix + "/"):
                return value
        if candidate in domains:
            return domains[candidate]
    return None


@lru_cache(maxsize=1)
def known_domains() -> frozenset[str]:
    """The hosts that have a rating (registrable domains and the subdomains the table rates;
    sections excluded)."""
    return frozenset(host for host in _table()[0] if registrable_domain(host) is not None)


def rated_hosts() -> frozenset[str]:
    """Every host the table rates (sections excluded), as keyed: registrable domains and
    subdomains, unchecked against the suffix list (cheaper than :func:`known_domains`)."""
    return frozenset(_table()[0])

