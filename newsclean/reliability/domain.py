"""Host names and registrable domains ("bbc.co.uk" for "https://m.bbc.co.uk/news"), read offline.

tldextract is told to use only the public-suffix snapshot bundled with it: no list download,
no cache directory. A page's subdomains (``www.``, ``m.``, ``amp.``, ``edition.`` ...) fold to the
registrable domain, which names the publisher (profiles' sources, provenance's "another domain").

The private section of the public-suffix list counts: a blog on a hosting platform
(``someone.blogspot.com``, ``someone.github.io``) is its own registrable domain, not the
platform's, since anyone may register a name under those suffixes. Some platforms where anyone
may open a site are missing from that list (``someone.wordpress.com``, ``someone.substack.com``,
Blogger's country domains such as ``someone.blogspot.it``): ``HOSTING_PLATFORMS`` adds them.

Hosts are normalised before anything is read from them: lower case, no trailing dot, IDNA
labels (``xn--mnchen-3ya``) decoded to Unicode (``münchen``) so both spellings of a name are
one domain, the ideographic full stops IDNA treats as dots read as dots.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    import tldextract

# "mailto:", "javascript:", "data:", "tel:", "urn:": a scheme with no "//" names no host. A
# dotted word before the colon is a host ("bbc.co.uk:8080"), and so is one before a port.
_OPAQUE_SCHEME = re.compile(r"^[a-z][a-z0-9+-]*:(?!//|\d+(?:[/?#]|$))", re.I)
# What a host label may hold once decoded: letters of any script, digits, "-" and "_".
_LABEL = re.compile(r"^\w+(?:-+\w+)*$")
_IDNA_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
# Labels that open another layout of the same pages ("www.", "m.", "amp."): not a publisher.
LAYOUT_LABEL = r"(?:www\d*|m|mobile|amp)"
LAYOUT = re.compile(rf"^{LAYOUT_LABEL}$")

# Sites where anyone may publish under a name of their own ("someone.wordpress.com") that the
# bundled public-suffix list does not name as private suffixes. Each user's site is its own
# publisher: it must not take the platform's rating (the ratings table rates 32 wordpress.com
# blogs one by one, from 0.43 to 0.70, and wordpress.com itself 0.56), nor count as the same
# domain as another user's site.
HOSTING_PLATFORMS = frozenset(
    {
        "beehiiv.com", "canalblog.com", "ghost.io", "home.blog", "hubpages.com", "jimdofree.com",
        "livejournal.com", "medium.com", "myblog.it", "over-blog.com", "substack.com", "tistory.com",
        "tumblr.com", "typepad.com", "weebly.com", "wordpress.com",
    }
)  # fmt: skip
# Blogger under a country's domain ("blogspot.it", "blogspot.com.br"), dropped from the list.
_BLOGGER = re.compile(r"^blogspot\.")


def _decode_label(label: str) -> str:
    """``xn--mnchen-3ya`` -> ``münchen``; any other label, or one that does not decode, as is."""
    if not label.startswith("xn--"):
        return label
    try:
        return label.encode("ascii").decode("idna")
    except UnicodeError:
        return label


@lru_cache(maxsize=4096)
def host_name(url: str | None) -> str | None:
    """The normalised host of a URL or bare host name, ``None`` when there is none.

    >>> host_name("HTTPS://user@WWW.Example.COM.:8080/x")
    'www.example.com'
    >>> host_name("//xn--mnchen-3ya.de/") == host_name("münchen.de")
    True
    """
    if not url:
        return None
    text = url.strip().replace("\\", "/")  # browsers read "\" as "/" in http(s) URLs
    if _OPAQUE_SCHEME.match(text):
        return None
    if "://" not in text and not text.startswith("//"):
        text = "//" + text  # "www.bbc.co.uk/news" parses as a host only with a scheme-less prefix
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:  # malformed brackets: no host
        return None
    host = unicodedata.normalize("NFKC", host.translate(_IDNA_DOTS)).lower().rstrip(".")
    labels = [_decode_label(label) for label in host.split(".")]
    if not host or not all(_LABEL.match(label) for label in labels):
        return None  # "not a url", "a..b", "%41.com": no host name
    return ".".join(labels)


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    """The suffix-list reader, built on first use: tldextract imports requests and urllib3,
    which a page with no URL and no credited domain never needs (a third of the import).
    suffix_list_urls=() and cache_dir=None: the bundled snapshot, never the network or the disk."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


@lru_cache(maxsize=4096)
def registrable_domain(url: str | None) -> str | None:
    """The registrable domain of a URL or host name, lower-case, or ``None`` when there is none.

    >>> registrable_domain("https://amp.theguardian.com/world/2022")
    'theguardian.com'
    >>> registrable_domain("http://m.bbc.co.uk/news")
    'bbc.co.uk'
    >>> registrable_domain("https://someone.blogspot.com/2022/post.html")
    'someone.blogspot.com'
    >>> registrable_domain("https://www.someone.wordpress.com/2022/post/")
    'someone.wordpress.com'
    """
    host = host_name(url)
    if not host:
        return None
    extract = _extractor()
    parts = extract(host)
    if not parts.domain or not parts.suffix:
        if parts.is_private:  # the platform's own host ("blogspot.com"): the ICANN reading
            parts = extract(host, include_psl_private_domains=False)
        if not parts.domain or not parts.suffix:
            return None  # an IP address, "localhost", or an unknown suffix
    domain = f"{parts.domain}.{parts.suffix}"
    if parts.subdomain and (domain in HOSTING_PLATFORMS or _BLOGGER.match(domain)):
        user = parts.subdomain.rsplit(".", 1)[-1]  # "a.someone.wordpress.com": someone's site
        if not LAYOUT.match(user):  # "www.wordpress.com" is the platform's own site
            return f"{user}.{domain}"
    return domain


def url_path(url: str | None) -> str:
    """The path of a URL ("/world/2022/..."), empty when there is none."""
    if not url:
        return ""
    text = url.strip().replace("\\", "/")
    if _OPAQUE_SCHEME.match(text):
        return ""
    if "://" not in text and not text.startswith("//"):
        text = "//" + text
    try:
        return urlsplit(text).path or ""
    except ValueError:
        return ""


def without_userinfo(url: str) -> str:
    """``url`` without a user name and password (``https://user:pw@host/`` -> ``https://host/``):
    credentials in a fetched address must not travel on in the metadata. A value that does not
    parse as a URL is returned as it is."""
    try:
        parts = urlsplit(url)
    except ValueError:  # malformed brackets ("http://[::1"): nothing to take out
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
