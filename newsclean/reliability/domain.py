"""Registrable domains ("bbc.co.uk" for "https://m.bbc.co.uk/news"), read offline.

tldextract is told to use only the public-suffix snapshot bundled with it: no list download,
no cache directory. A page's subdomains (``www.``, ``m.``, ``amp.``, ``edition.`` ...) fold to the
registrable domain, which is the key of the publisher ratings.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

# suffix_list_urls=() and cache_dir=None: the bundled snapshot, never the network or the disk
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=False)


def _host(url: str) -> str:
    text = url.strip()
    if "://" not in text:
        text = "//" + text  # "www.bbc.co.uk/news" parses as a host only with a scheme-less prefix
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:  # malformed port or brackets: no host
        return ""
    return host.rstrip(".").lower()


@lru_cache(maxsize=4096)
def registrable_domain(url: str | None) -> str | None:
    """The registrable domain of a URL or host name, lower-case, or ``None`` when there is none.

    >>> registrable_domain("https://amp.theguardian.com/world/2022")
    'theguardian.com'
    >>> registrable_domain("http://m.bbc.co.uk/news")
    'bbc.co.uk'
    """
    if not url:
        return None
    host = _host(url)
    if not host:
        return None
    parts = _EXTRACT(host)
    if not parts.domain or not parts.suffix:
        return None  # an IP address, "localhost", or an unknown suffix
    return f"{parts.domain}.{parts.suffix}"


def url_path(url: str | None) -> str:
    """The path of a URL ("/world/2022/..."), empty when there is none."""
    if not url:
        return ""
    text = url.strip()
    if "://" not in text:
        text = "//" + text
    try:
        return urlsplit(text).path or ""
    except ValueError:
        return ""
