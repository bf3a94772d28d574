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

A URL is read through :func:`publisher_url` first, the one place wrapper addresses are seen
through: Google's AMP viewer and AMP cache, Google's and Facebook's link redirectors and
Wayback Machine snapshots carry the publisher's URL, which is read instead of the wrapper's
(``WRAPPERS``). So the host, the path, the registrable domain and with them the rating, the
reported domain and a profile's source all name the publisher, not Google or archive.org.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit, urlunsplit

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
# Sites whose addresses a page prints as links or embeds, and which are never a news page's own
# address: social networks, video and audio sites, link shorteners, maps, encyclopedias. A bare
# URL line on one of them is a post, a video or a shared link (see :func:`is_link_platform`).
# Some are rated (youtube.com 0.38, facebook.com 0.41, wikipedia.org 0.83): such a line must not
# hand its rating to the page.
LINK_PLATFORMS = frozenset(
    {
        "twitter.com", "x.com", "t.co", "facebook.com", "fb.com", "fb.watch", "instagram.com", "threads.net",
        "tiktok.com", "reddit.com", "redd.it", "linkedin.com", "lnkd.in", "pinterest.com", "pin.it",
        "bsky.app", "mastodon.social", "t.me", "telegram.me", "wa.me", "whatsapp.com", "vk.com",
        "youtube.com", "youtu.be", "vimeo.com", "dailymotion.com", "dai.ly", "twitch.tv", "rumble.com",
        "soundcloud.com", "spotify.com", "spoti.fi", "flickr.com", "flic.kr", "imgur.com", "giphy.com",
        "bit.ly", "tinyurl.com", "ow.ly", "buff.ly", "goo.gl", "dlvr.it", "ift.tt", "trib.al", "shorturl.at",
        "google.com", "wikipedia.org", "archive.org", "archive.ph", "archive.today",
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


def _split(url: str) -> SplitResult | None:
    """``url`` split as the functions here read it (a bare host or ``//host`` is a host, ``\\``
    is ``/``), ``None`` for an address with no host part (``mailto:``) or one that does not parse."""
    text = url.strip().replace("\\", "/")  # browsers read "\" as "/" in http(s) URLs
    if _OPAQUE_SCHEME.match(text):
        return None
    if "://" not in text and not text.startswith("//"):
        text = "//" + text  # "www.bbc.co.uk/news" parses as a host only with a scheme-less prefix
    try:
        return urlsplit(text)
    except ValueError:  # malformed brackets: no host
        return None


def _host(parts: SplitResult) -> str | None:
    """The normalised host of a split URL, ``None`` when it has no host name."""
    host = parts.hostname or ""
    host = unicodedata.normalize("NFKC", host.translate(_IDNA_DOTS)).lower().rstrip(".")
    labels = [_decode_label(label) for label in host.split(".")]
    if not host or not all(_LABEL.match(label) for label in labels):
        return None  # "not a url", "a..b", "%41.com": no host name
    return ".".join(labels)


# -- wrapper addresses --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Wrapper:
    """An address shape whose host is not the publisher, and where the publisher's URL is.

    ``host`` and ``path`` are regular expressions (the host matched whole and normalised, the
    path from its start). ``read`` says where the publisher's URL is: ``"path"``, the rest of the
    address after the path match (a ``s`` group in ``path`` means https); ``"query"``, the first
    of ``params`` in the query string, percent-decoded; ``"medium"``, a Medium user's
    ``medium.com/@name/...`` read as the user's own site ``name.medium.com/...``; ``"none"``, an
    address that names no publisher offline (an opaque id, a user's site on a platform).
    ``scheme`` is the one a publisher URL written without one has; ``None``: it must have one.
    """

    name: str
    host: str
    path: str
    read: Literal["path", "query", "medium", "none"]
    params: tuple[str, ...] = ()
    scheme: str | None = "http"


# Only these shapes are read; any other address is its own publisher's, and nothing is fetched.
# Link shorteners (t.co, bit.ly ...) are not here: their target is known only to their server.
WRAPPERS: tuple[Wrapper, ...] = (
    # www.google.com/amp/s/www.nytimes.com/2022/x.amp.html (s/: https)
    Wrapper("Google AMP viewer", r"(?:www\.)?google\.com", r"/amp/(?P<s>s/)?", "path"),
    # www.google.com/url?q=https://www.nytimes.com/...&sa=U (search results write url= too)
    Wrapper("Google redirector", r"(?:www\.)?google\.com", r"/url$", "query", ("q", "url"), scheme=None),
    # www-nytimes-com.cdn.ampproject.org/c/s/www.nytimes.com/... (c: page, v: viewer, i/r: assets)
    Wrapper("AMP cache", r"(?:[a-z0-9-]+\.)?cdn\.ampproject\.org", r"/(?:c|v|i|r|wp)/(?P<s>s/)?", "path"),
    # web.archive.org/web/20220329123456/https://..., .../20220329123456id_/... (a mode after the time)
    Wrapper("Wayback Machine", r"(?:web\.|wayback\.|www\.)?archive\.org", r"/web/\d{1,14}(?:[a-z]{2}_)?/", "path"),
    # archive.org/wayback/available?url=nytimes.com/...: the Wayback availability API
    Wrapper("Wayback availability", r"(?:www\.)?archive\.org", r"/wayback/available/?$", "query", ("url",)),
    # l.facebook.com/l.php?u=https%3A%2F%2Fwww.nytimes.com%2F...: Facebook's link shim
    Wrapper("Facebook link shim", r"(?:l|lm|m|www)\.facebook\.com|facebook\.com", r"/l\.php$", "query", ("u",), scheme=None),
    # medium.com/@someone/post: the user's site, someone.medium.com/post
    Wrapper("Medium user", r"(?:www\.)?medium\.com", r"/@", "medium"),
    # news.google.com/rss/articles/CBMi...: an opaque id, resolved only by Google's server
    Wrapper("Google News article", r"news\.google\.com", r"/(?:rss/|__i/rss/rd/)?(?:articles|read)/", "none"),
    # feedproxy.google.com/~r/feed/~3/id/slug: a FeedBurner redirect, target not in the address
    Wrapper("FeedBurner", r"feedproxy\.google\.com|feeds\.feedburner\.com", r"/~r/", "none"),
    # sites.google.com/view/someone/...: a user's site on Google Sites, not Google's
    Wrapper("Google Sites", r"sites\.google\.com", r"", "none"),
)  # fmt: skip
_SHAPES = tuple((w, re.compile(w.host), re.compile(w.path)) for w in WRAPPERS)
# "https://x", and "http:/x" as archives collapse the slashes; "https%3A%2F%2Fx" still encoded
_SCHEME = re.compile(r"^(https?):/*", re.I)
_ENCODED_SCHEME = re.compile(r"^https?%3a", re.I)
_OTHER_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)  # "ftp://", "file://": not a web page
_MEDIUM_USER = re.compile(r"/@([a-z0-9_]+(?:-+[a-z0-9_]+)*)(?=[/?#]|$)", re.I)  # a name that is a host label
_MAX_DEPTH = 8  # wrappers around wrappers: deeper than any real address


def _absolute(inner: str, scheme: str | None) -> str | None:
    """``inner`` as an absolute http(s) URL with a host: decoded when still percent-encoded,
    ``scheme://`` put before it when it has none and ``scheme`` is given; else ``None``."""
    for _ in range(2):  # encoded once more than the query decoding undid, at most twice
        if not _ENCODED_SCHEME.match(inner):
            break
        inner = unquote(inner)
    inner = inner.strip()
    match = _SCHEME.match(inner)
    if match:
        inner = f"{match.group(1).lower()}://{inner[match.end() :]}"
    elif scheme and not _OPAQUE_SCHEME.match(inner) and not _OTHER_SCHEME.match(inner):
        inner = f"{scheme}://{inner.lstrip('/')}"
    else:
        return None
    parts = _split(inner)
    return inner if parts is not None and _host(parts) is not None else None


def _unwrap_once(url: str) -> tuple[bool, str | None]:
    """``(True, the publisher's URL or None)`` when ``url`` has a wrapper's shape, else ``(False, None)``."""
    parts = _split(url)
    host = None if parts is None else _host(parts)
    if parts is None or host is None:
        return False, None
    for wrapper, host_pattern, path_pattern in _SHAPES:
        if not host_pattern.fullmatch(host):
            continue
        match = path_pattern.match(parts.path)
        if match is None:
            continue
        query = f"?{parts.query}" if parts.query else ""
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        if wrapper.read == "path":
            scheme = "https" if match.groupdict().get("s") else wrapper.scheme
            return True, _absolute(parts.path[match.end() :] + query + fragment, scheme)
        if wrapper.read == "query":
            values = parse_qs(parts.query)
            inner = next((values[p][0] for p in wrapper.params if values.get(p)), None)
            return True, None if inner is None else _absolute(inner, wrapper.scheme)
        if wrapper.read == "medium":
            user = _MEDIUM_USER.match(parts.path)
            if user is None:
                return True, None  # a name no host label spells: a user's site all the same
            rest = parts.path[user.end() :] or "/"
            return True, f"https://{user.group(1).lower()}.medium.com{rest}{query}{fragment}"
        return True, None
    return False, None


def publisher_url(url: str) -> str | None:
    """The publisher's URL that ``url`` stands for: ``url`` itself, unless it has one of the
    wrapper shapes of ``WRAPPERS`` (nested ones too); ``None`` for a wrapper that names no
    publisher offline (a Google News id, a FeedBurner redirect, a Google Sites page).

    Offline and linear in the length of ``url``; never raises, whatever the string; idempotent.

    >>> publisher_url("https://www.google.com/amp/s/www.nytimes.com/2022/x.amp.html")
    'https://www.nytimes.com/2022/x.amp.html'
    >>> publisher_url("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.bbc.co.uk%2Fnews")
    'https://www.bbc.co.uk/news'
    >>> publisher_url("https://www.bbc.co.uk/news")
    'https://www.bbc.co.uk/news'
    >>> publisher_url("https://news.google.com/rss/articles/CBMiXmh0?oc=5") is None
    True
    """
    current = url
    for _ in range(_MAX_DEPTH):
        wrapped, inner = _unwrap_once(current)
        if not wrapped:
            return current
        if inner is None:
            return None
        current = inner
    return None  # wrappers nested deeper than any real address: no publisher is read


@lru_cache(maxsize=4096)
def _publisher_parts(url: str) -> SplitResult | None:
    inner = publisher_url(url)
    return None if inner is None else _split(inner)


@lru_cache(maxsize=4096)
def host_name(url: str | None) -> str | None:
    """The normalised host of a URL or bare host name (of the publisher's URL when ``url``
    wraps one: :func:`publisher_url`), ``None`` when there is none.

    >>> host_name("HTTPS://user@WWW.Example.COM.:8080/x")
    'www.example.com'
    >>> host_name("//xn--mnchen-3ya.de/") == host_name("münchen.de")
    True
    >>> host_name("https://web.archive.org/web/20220329123456/https://www.nytimes.com/2022/x.html")
    'www.nytimes.com'
    """
    if not url:
        return None
    parts = _publisher_parts(url)
    return None if parts is None else _host(parts)


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    """The suffix-list reader, built on first use: tldextract imports requests and urllib3,
    which a page with no URL and no credited domain never needs (a third of the import).
    suffix_list_urls=() and cache_dir=None: the bundled snapshot, never the network or the disk."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


@lru_cache(maxsize=4096)
def registrable_domain(url: str | None) -> str | None:
    """The registrable domain of a URL or host name (of the publisher's URL when ``url`` wraps
    one: :func:`publisher_url`), lower-case, or ``None`` when there is none.

    >>> registrable_domain("https://amp.theguardian.com/world/2022")
    'theguardian.com'
    >>> registrable_domain("http://m.bbc.co.uk/news")
    'bbc.co.uk'
    >>> registrable_domain("https://someone.blogspot.com/2022/post.html")
    'someone.blogspot.com'
    >>> registrable_domain("https://www.someone.wordpress.com/2022/post/")
    'someone.wordpress.com'
    >>> registrable_domain("https://www-nytimes-com.cdn.ampproject.org/c/s/www.nytimes.com/2022/x")
    'nytimes.com'
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


def is_link_platform(url: str) -> bool:
    """Whether ``url`` is on a site whose addresses pages print as links or embed
    (:data:`LINK_PLATFORMS`: "https://t.co/x", "https://www.youtube.com/watch?v=x"), read
    through a wrapper (a Google redirect to a news page is that page)."""
    return registrable_domain(url) in LINK_PLATFORMS


def url_path(url: str | None) -> str:
    """The path of a URL ("/world/2022/...", the publisher's when ``url`` wraps one), empty when
    there is none."""
    if not url:
        return ""
    parts = _publisher_parts(url)
    return (parts.path or "") if parts is not None else ""


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
