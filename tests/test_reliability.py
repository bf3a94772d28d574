"""Reliability: registrable domains, the publisher prior, provenance, the score, and the seeds."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.document import Metadata
from newsclean.profiles import source_key
from newsclean.reliability import ratings, score
from newsclean.reliability.domain import WRAPPERS, host_name, publisher_url, registrable_domain, url_path
from newsclean.reliability.provenance import assess_provenance, outlet_from_url

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


# -- registrable domains and the prior -------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.theguardian.com/world/2022/mar/29/x", "theguardian.com"),
        ("https://amp.theguardian.com/world", "theguardian.com"),
        ("http://m.bbc.co.uk/news/world-60911111", "bbc.co.uk"),
        ("https://edition.cnn.com/2022/03/29/europe/x/index.html", "cnn.com"),
        ("www.lemonde.fr/international/", "lemonde.fr"),
        ("http://192.168.0.1/page", None),
        ("not a url", None),
        ("", None),
        ("https://www.abc.net.au/news/x", "abc.net.au"),
        ("https://user:secret@www.smh.com.au:8443/x", "smh.com.au"),
        ("HTTPS://WWW.NYTIMES.COM./X", "nytimes.com"),
        ("//www.nytimes.com/2022/x", "nytimes.com"),  # scheme-relative, as canonical links write it
        ("https://www.nytimes.com\\2022\\x", "nytimes.com"),  # "\\" reads as "/" in http(s)
        ("http://[2001:db8::1]:8080/x", None),
        ("mailto:desk@nytimes.com", None),  # a scheme with no "//" names no page host
        ("javascript:void(0)", None),
        ("Breaking: fire in town.com", None),
        ("http://exa mple.com/x", None),
    ],
)
def test_registrable_domain_folds_subdomains_offline(url, domain):
    assert registrable_domain(url) == domain


def test_idna_and_unicode_spellings_of_a_host_are_one_domain():
    assert registrable_domain("https://xn--mnchen-3ya.de/x") == registrable_domain("https://münchen.de/y") == "münchen.de"
    assert host_name("https://www.xn--bcher-kva.example/") == "www.bücher.example"


def test_a_blog_on_a_hosting_platform_is_its_own_domain():
    # the private section of the public-suffix list: anyone registers names under blogspot.com
    assert registrable_domain("https://someone.blogspot.com/2022/post.html") == "someone.blogspot.com"
    assert registrable_domain("https://blogspot.com/") == "blogspot.com"
    assert ratings.rating("https://someone-unrated.blogspot.com/x") is None  # not the platform's rating
    assert ratings.rating("https://blogspot.com/") is not None


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://someone.wordpress.com/2022/03/post/", "someone.wordpress.com"),
        ("https://www.someone.wordpress.com/", "someone.wordpress.com"),
        ("https://a-newsletter.substack.com/p/issue-12", "a-newsletter.substack.com"),
        ("https://blog.someone.tumblr.com/post/1", "someone.tumblr.com"),
        ("https://quelquun.blogspot.fr/2021/01/x.html", "quelquun.blogspot.fr"),
        ("https://alguem.blogspot.com.br/", "alguem.blogspot.com.br"),
        ("https://wordpress.com/discover", "wordpress.com"),  # the platform's own site
        ("https://www.wordpress.com/", "wordpress.com"),
    ],
)
def test_hosting_platforms_missing_from_the_suffix_list_give_each_site_its_own_domain(url, domain):
    assert registrable_domain(url) == domain


def test_a_site_on_a_hosting_platform_does_not_take_the_platforms_rating():
    # the table rates wordpress.com itself and dozens of its blogs one by one: an unrated blog is
    # unrated, not rated as the platform
    assert ratings.rating("https://wordpress.com/") is not None
    assert ratings.rating("https://someone-unrated.wordpress.com/2022/x/") is None
    blogs = [h for h in ratings._table()[0] if h.endswith(".wordpress.com")]
    assert len(blogs) > 10 and all(ratings.rating(f"https://www.{h}/x/") == _rated(h) for h in blogs)
    # two users of one platform are two publishers
    assert registrable_domain("https://one.substack.com/") != registrable_domain("https://two.substack.com/")


def test_ratings_come_from_the_shipped_table():
    assert ratings.rating("https://www.reuters.com/world/") == 1.0
    assert ratings.rating("https://www.bbc.co.uk/news") == ratings.rating("bbc.co.uk") is not None
    assert len(ratings.known_domains()) > 11000


def _rated(host: str) -> float:
    value = ratings._table()[0][host]
    return value


def test_a_host_the_table_rates_gets_its_own_rating_not_its_domains():
    # the table rates some hosts under a registrable domain apart from the domain itself
    domains = ratings._table()[0]
    assert _rated("timesofindia.indiatimes.com") != _rated("indiatimes.com")
    assert ratings.rating("https://timesofindia.indiatimes.com/india/x") == _rated("timesofindia.indiatimes.com")
    assert ratings.rating("https://www.economictimes.indiatimes.com/x") == _rated("economictimes.indiatimes.com")
    assert ratings.rating("https://news.sky.com/story/x") == _rated("news.sky.com")
    assert ratings.rating("https://weather.sky.com/x") == _rated("sky.com")  # unrated host: its domain
    blogs = [h for h in domains if h.endswith(".blogspot.com")]
    assert blogs and all(ratings.rating(f"https://{h}/2022/x.html") == domains[h] for h in blogs)


def test_layout_prefixes_fold_in_pages_and_in_the_table():
    # www., m., amp. show the same pages: one rating, the bare host's row where both are rated
    assert ratings.rating("https://m.espn.com/nba/") == ratings.rating("https://www.espn.com/nba/") == _rated("espn.com")
    assert ratings.rating("https://amp.theguardian.com/observer/x") == ratings.rating("https://www.theguardian.com/observer/x")
    assert "m.espn.com" not in ratings.known_domains()


_LABELS = st.from_regex(r"(?:www\d?|m|amp|xn--mnchen-3ya|[a-z0-9_]{1,6}(?:-{1,2}[a-z0-9]{1,4})?)", fullmatch=True)
_SUFFIXES = st.sampled_from(
    ["com", "co.uk", "de", "blogspot.com", "github.io", "wordpress.com", "blogspot.it", "nhs.uk", "con", "208"]
)


@given(st.lists(_LABELS, min_size=1, max_size=4), _SUFFIXES)
def test_a_plain_table_key_is_read_as_the_full_normalisation_reads_it(labels, suffix):
    # the table's plain keys skip the URL parser and the suffix list: for every key the full
    # reading accepts, the shortcut must give the same host
    host = ".".join([*labels, suffix])
    if ratings._PLAIN_KEY.fullmatch(host):
        assert ratings._fold(host) in (None, (host, False))


def test_rated_hosts_leave_out_keys_no_page_can_have():
    # the shipped table rates an IP address and public suffixes; no page's host reaches them
    hosts = ratings.known_domains()
    assert all(registrable_domain(h) is not None for h in hosts)
    assert {"82.221.129.208", "nhs.uk"}.isdisjoint(hosts)


def test_unknown_publisher_gives_none_not_a_guess():
    assert ratings.rating("https://no-such-newspaper.example/story") is None


def test_section_keys_rate_the_section_and_the_rest_of_the_domain_apart():
    observer = ratings.rating("https://www.theguardian.com/observer/2022/x")
    guardian = ratings.rating("https://www.theguardian.com/world/2022/x")
    assert observer is not None and guardian is not None and observer != guardian
    assert ratings.rating("https://www.theguardian.com/observerx/1") == guardian  # a prefix, not a section


# -- wrapper addresses: the publisher's URL inside a viewer, cache, redirector or archive ---------
NYT = "https://www.nytimes.com/2022/03/29/world/x.html"


@pytest.mark.parametrize(
    ("url", "inner"),
    [
        # Google's AMP viewer: s/ means https, a scheme-less host after /amp/ means http
        ("https://www.google.com/amp/s/www.nytimes.com/2022/03/29/world/x.html", NYT),
        ("https://google.com/amp/www.nytimes.com/2022/03/29/world/x.html", "http://www.nytimes.com/2022/03/29/world/x.html"),
        ("www.google.com/amp/s/www.nytimes.com/2022/03/29/world/x.html", NYT),  # the wrapper written without a scheme
        # Google's redirector, plain and percent-encoded, q= or url=, encoded twice
        ("https://www.google.com/url?q=https://www.nytimes.com/2022/03/29/world/x.html&sa=U", NYT),
        ("https://www.google.com/url?sa=t&url=https%3A%2F%2Fwww.nytimes.com%2F2022%2F03%2F29%2Fworld%2Fx.html&usg=A", NYT),
        ("https://www.google.com/url?q=https%253A%252F%252Fwww.nytimes.com%252F2022%252F03%252F29%252Fworld%252Fx.html", NYT),
        # AMP caches, with the publisher's host encoded in the cache's or not
        ("https://www-nytimes-com.cdn.ampproject.org/c/s/www.nytimes.com/2022/03/29/world/x.html", NYT),
        ("https://www-nytimes-com.cdn.ampproject.org/v/s/www.nytimes.com/2022/03/29/world/x.html?amp_js_v=0.1",
         NYT + "?amp_js_v=0.1"),
        ("https://cdn.ampproject.org/c/www.nytimes.com/2022/03/29/world/x.html", "http://www.nytimes.com/2022/03/29/world/x.html"),
        # Wayback Machine snapshots: a time, a mode after it, slashes collapsed, no scheme, encoded
        ("https://web.archive.org/web/20220329123456/https://www.nytimes.com/2022/03/29/world/x.html", NYT),
        ("https://web.archive.org/web/20220329123456id_/https://www.nytimes.com/2022/03/29/world/x.html", NYT),
        ("http://web.archive.org/web/2022/https:/www.nytimes.com/2022/03/29/world/x.html", NYT),
        ("https://web.archive.org/web/20220329123456/www.nytimes.com/a?b=c#d", "http://www.nytimes.com/a?b=c#d"),
        ("https://web.archive.org/web/20220329123456/https%3A%2F%2Fwww.nytimes.com%2F2022%2F03%2F29%2Fworld%2Fx.html", NYT),
        ("http://wayback.archive.org/web/20100101000000/https://www.nytimes.com/2022/03/29/world/x.html", NYT),
        ("https://archive.org/wayback/available?url=www.nytimes.com/2022/x.html", "http://www.nytimes.com/2022/x.html"),
        # Facebook's link shim
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.nytimes.com%2F2022%2F03%2F29%2Fworld%2Fx.html&h=AT0", NYT),
        ("https://lm.facebook.com/l.php?u=https%3A%2F%2Fwww.nytimes.com%2F2022%2F03%2F29%2Fworld%2Fx.html", NYT),
        # wrappers around wrappers
        ("https://www.google.com/url?q=https://web.archive.org/web/2022/https://www-nytimes-com.cdn.ampproject.org/c/s/"
         "www.nytimes.com/2022/03/29/world/x.html", NYT),
        # a Medium user's page is the user's own site, as someone.medium.com is
        ("https://medium.com/@someone/a-post-1a2b", "https://someone.medium.com/a-post-1a2b"),
        ("https://medium.com/@Some_One", "https://some_one.medium.com/"),
        # no publisher is named offline: an opaque id, a feed redirect, a user's site on a platform
        ("https://news.google.com/rss/articles/CBMiXmh0dHBzOi8vd3d3Lm55dGltZXMuY29t?oc=5", None),
        ("https://news.google.com/articles/CBMiXmh0dHBzOi8vd3d3?hl=en-US", None),
        ("https://feedproxy.google.com/~r/nytimes/x/~3/abc/x.html", None),
        ("https://sites.google.com/view/some-blog/home", None),
        ("https://medium.com/@a.b/post", None),  # a user, but no host label spells the name
        # a wrapper whose inner URL is no web page's
        ("https://www.google.com/url?q=/search%3Fq%3Dx", None),
        ("https://l.facebook.com/l.php?u=javascript%3Aalert(1)", None),
        ("https://web.archive.org/web/2022/ftp://ftp.example.com/x", None),
        ("https://www.google.com/amp/", None),
        ("https://www.google.com/url?sa=t", None),
    ],
)
def test_a_wrapper_stands_for_the_publishers_url(url, inner):
    assert publisher_url(url) == inner
    if inner is None:
        assert registrable_domain(url) is None and ratings.rating(url) is None
    else:
        assert registrable_domain(url) == registrable_domain(inner)
        assert ratings.rating(url) == ratings.rating(inner)


@pytest.mark.parametrize(
    "url",
    [
        NYT,
        "https://t.co/AbCdEf",  # a shortener's target is known only to its server: left as it is
        "https://bit.ly/3xyz",
        "https://www.google.com/search?q=https://www.nytimes.com/",  # not a redirector's shape
        "https://news.google.com/topstories?hl=en-US",  # Google News itself, which the table rates
        "https://medium.com/towards-data-science/x",  # a publication, not a user's @page: the platform's
        "https://web.archive.org/web/*/www.nytimes.com/*",  # the list of captures, not a snapshot
        "https://web.archive.org/",
        "http://archive.org/wait/https://www.nytimes.com/2022",
        "https://evil.example/?u=https://www.reuters.com/",  # a query naming a URL on any other host
        "https://www.google.com.evil.example/amp/s/www.reuters.com/",
        "https://feedproxy.google.com/",
        "",
        "not a url",
        "mailto:desk@google.com",
    ],
)
def test_an_address_of_no_known_wrapper_shape_is_its_own(url):
    assert publisher_url(url) == url


def test_wrapped_pages_get_the_publishers_prior_domain_and_source():
    # before: google.com's rating (0.668), archive.org and ampproject.org unrated
    text = "The council voted on Tuesday to approve the new budget for the coming year, officials said. " * 4
    nyt = _rated("nytimes.com")
    for url in [
        "https://www.google.com/amp/s/www.nytimes.com/2022/03/29/world/x.html",
        "https://www.google.com/url?q=https://www.nytimes.com/2022/03/29/world/x.html&sa=U",
        "https://www-nytimes-com.cdn.ampproject.org/c/s/www.nytimes.com/2022/03/29/world/x.html",
        "https://web.archive.org/web/20220329123456/https://www.nytimes.com/2022/03/29/world/x.html",
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.nytimes.com%2F2022%2Fx.html",
    ]:
        r = newsclean.clean(text, url=url)
        assert r.reliability.domain == "nytimes.com" == source_key(r.metadata.url)
        assert r.reliability.domain_rating == nyt and not r.reliability.syndicated
        assert r.metadata.url == url  # the URL as given; the prior is read from the one it wraps
    for url in ["https://news.google.com/rss/articles/CBMiXmh0dHBzOi8vd3d3?oc=5", "https://sites.google.com/view/x/home"]:
        rel = newsclean.clean(text, url=url).reliability
        assert rel.domain is None and rel.domain_rating is None and rel.parts["prior"] is None
    rel = newsclean.clean(text, url="https://medium.com/@someone/post-1").reliability
    assert rel.domain == "someone.medium.com" and rel.domain_rating is None  # not medium.com's 0.72


def test_a_wrapped_page_keeps_its_publishers_section_and_outlet_section():
    observer = "https://www.google.com/amp/s/amp.theguardian.com/observer/2022/x"
    assert ratings.rating(observer) == ratings.rating("https://www.theguardian.com/observer/2022/x")
    assert url_path(observer) == "/observer/2022/x"
    assert outlet_from_url("https://web.archive.org/web/2022/https://krdo.example.com/news/cnn-world/2022/story/") == "CNN"


def test_the_wrapper_list_is_documented_data():
    names = {w.name for w in WRAPPERS}
    assert {"Google AMP viewer", "AMP cache", "Wayback Machine", "Facebook link shim"} <= names


_JUNK = [
    "", " ", "\x00", "%", "%%3A", "http://", "https://", "//", "?", "#", "@", "http://[::1", "https://[",
    "https://www.google.com/url?q=", "https://www.google.com/url?q=%", "https://www.google.com/url?q=http%3A",
    "https://www.google.com/amp/s/", "https://www.google.com/amp/s/[::1", "https://www.google.com/amp/s/%zz",
    "https://web.archive.org/web/1/", "https://web.archive.org/web/1/http://", "https://medium.com/@",
    "https://l.facebook.com/l.php?u=u=u=&u", "https://www.google.com/amp/s/" * 50 + "www.nytimes.com/",
    "https://web.archive.org/web/2022/" + "a" * 100_000, "https://www.google.com/url?q=" + "%25" * 50_000,
    "\ud800", "https://www.google.com/amp/s/\udcff.com/", "https://ｗｗｗ．ｇｏｏｇｌｅ．ｃｏｍ/amp/s/www.nytimes.com/x",
]


@pytest.mark.parametrize("url", _JUNK)
def test_junk_never_raises_and_reads_no_publisher_it_does_not_name(url):
    inner = publisher_url(url)
    assert inner is None or publisher_url(inner) == inner
    host_name(url), registrable_domain(url), url_path(url), ratings.rating(url), source_key(url)


_WRAPPER_PARTS = st.sampled_from(
    ["https://www.google.com/amp/s/", "https://www.google.com/amp/", "https://www.google.com/url?q=", "https://google.com/url?url=",
     "https://x-y.cdn.ampproject.org/c/s/", "https://web.archive.org/web/2022id_/", "https://web.archive.org/web/1/",
     "https://l.facebook.com/l.php?u=", "https://medium.com/@", "https://news.google.com/rss/articles/",
     "https://sites.google.com/", "https://archive.org/wayback/available?url=", "https://", "http:/", "%3A%2F%2F",
     "www.nytimes.com/", "a.b", "/", "?", "#", "&u=", "%", "%25", "@", "\\", "[", ":80", " "]
)


@given(st.lists(st.one_of(_WRAPPER_PARTS, st.text(max_size=12)), max_size=10).map("".join))
def test_unwrapping_never_raises_and_is_idempotent(url):
    inner = publisher_url(url)
    if inner is not None:
        assert publisher_url(inner) == inner
    assert registrable_domain(url) == (None if inner is None else registrable_domain(inner))
    ratings.rating(url)


@given(st.text())
def test_unwrapping_arbitrary_text_never_raises_and_is_idempotent(text):
    inner = publisher_url(text)
    assert inner is None or publisher_url(inner) == inner


# -- provenance -----------------------------------------------------------------------------------
def test_a_republishers_outlet_section_names_the_outlet():
    assert outlet_from_url("https://krdo.example.com/news/cnn-world/2022/03/29/story/") == "CNN"
    assert outlet_from_url("https://ktvz.example.com/news/ap-national-news/2022/story-x/") == "AP"


def test_outlet_names_in_the_article_slug_or_on_its_own_site_do_not_count():
    assert outlet_from_url("https://example.com/2022/03/29/cnn-reports-a-story/") is None
    assert outlet_from_url("https://edition.cnn.com/cnn-underscored/2022/story") is None
    assert outlet_from_url("https://example.com/news/apple-event/story") is None


def test_syndicated_when_an_agency_is_credited_but_not_on_the_agencys_own_site():
    assert assess_provenance(Metadata(agency="Reuters"), "https://www.example-news.com/a").syndicated
    assert not assess_provenance(Metadata(agency="Reuters"), "https://www.reuters.com/world/a").syndicated


def test_syndicated_when_the_original_url_is_on_another_domain():
    meta = Metadata(original_url="https://www.theguardian.com/world/2022/x")
    prov = assess_provenance(meta, "https://republisher.example.com/x")
    assert prov.syndicated and prov.original_url == meta.original_url
    same = assess_provenance(Metadata(original_url="https://www.site.com/a"), "https://m.site.com/a")
    assert not same.syndicated


def test_a_credit_to_the_pages_own_publisher_is_not_syndication():
    own = assess_provenance(Metadata(attributed_source="Live Science"), "https://www.livescience.com/x")
    assert own.attributed_source == "Live Science" and not own.syndicated
    assert assess_provenance(Metadata(attributed_source="Live Science"), "https://www.example.com/x").syndicated


def test_a_canonical_url_on_another_domain_marks_a_republication():
    html = (
        "<html><head><title>Talks resume</title>"
        '<link rel="canonical" href="https://www.theguardian.com/world/2022/mar/29/talks-resume">'
        "</head><body><article><h1>Talks resume</h1>"
        + "<p>Negotiators met again on Tuesday in Istanbul, where both delegations said progress was made on several points.</p>" * 4
        + "</article></body></html>"
    )
    rel = newsclean.clean(html, url="https://republisher.example.com/news/talks-resume").reliability
    assert rel.syndicated
    assert rel.original_url == "https://www.theguardian.com/world/2022/mar/29/talks-resume"
    assert rel.parts["source"] == pytest.approx(ratings.rating("theguardian.com"), abs=1e-4)


def test_an_original_article_is_not_syndicated():
    assert not assess_provenance(Metadata(), "https://www.example-news.com/a").syndicated


# -- the score ------------------------------------------------------------------------------------
def test_score_is_the_documented_weighted_mean():
    value, parts = score.total(0.8, None, [], 0.9)
    # the formula of newsclean/reliability/score.py: 0.5 * prior + 0.3 * integrity + 0.2 * signal
    assert value == pytest.approx(0.5 * 0.8 + 0.3 * 1.0 + 0.2 * 0.9, abs=1e-4)
    assert parts == {"publisher": 0.8, "source": None, "prior": 0.8, "integrity": 1.0, "signal": 0.9}


def test_unknown_prior_is_reported_as_none_and_scored_as_the_middle():
    value, parts = score.total(None, None, ["truncated"], 1.0)
    assert parts["prior"] is None
    assert value == pytest.approx(score.W_PRIOR * score.UNKNOWN_PRIOR + score.W_INTEGRITY * 0.75 + score.W_SIGNAL, abs=1e-4)


def test_an_unrated_page_that_credits_a_rated_outlet_moves_only_halfway_to_its_rating():
    # anyone can write "Source: Reuters": the claim cannot lend an unrated page the full rating
    value, parts = score.total(None, 1.0, [], 1.0)
    assert parts["prior"] == pytest.approx((score.UNKNOWN_PRIOR + 1.0) / 2)
    assert score.total(None, 0.2, [], 1.0)[1]["prior"] == pytest.approx((score.UNKNOWN_PRIOR + 0.2) / 2)
    assert score.total(0.8, 1.0, [], 1.0)[1]["prior"] == pytest.approx(0.9)  # rated: the mean, as before
    assert value < score.total(1.0, None, [], 1.0)[0]


@given(
    st.one_of(st.none(), st.floats(0, 1)),
    st.one_of(st.none(), st.floats(0, 1)),
    st.lists(st.sampled_from(["apostrophes", "mojibake", "truncated", "duplicates", "replacement"]), unique=True),
    st.floats(0, 1),
)
def test_score_is_bounded_and_falls_with_each_flag(publisher, source, flags, signal):
    value, _ = score.total(publisher, source, flags, signal)
    assert 0.0 <= value <= 1.0
    if flags:
        assert value <= score.total(publisher, source, flags[:-1], signal)[0]


def test_result_reports_every_part_next_to_the_total():
    r = newsclean.clean("A short article about the city budget, which was approved on Tuesday.",
                        url="https://www.reuters.com/world/x")
    rel = r.reliability
    assert rel.domain == "reuters.com" and rel.domain_rating == 1.0
    assert set(rel.parts) == {"publisher", "source", "prior", "integrity", "signal"}
    assert rel.score == score.total(rel.domain_rating, None, rel.integrity.flags, rel.signal_fraction)[0]
    assert newsclean.Result.from_dict(r.to_dict()).reliability == rel


def test_an_empty_page_gets_no_reliability_score():
    rel = newsclean.clean(b"", url="https://www.reuters.com/x").reliability
    assert rel.score is None and rel.parts["publisher"] == 1.0


# -- the seeds, through the full default pipeline ---------------------------------------------------
@pytest.fixture(scope="module")
def seeds() -> dict[str, newsclean.Result]:
    return {p.name[:3]: newsclean.clean(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))}


def test_seed_004_lost_its_apostrophes_and_is_cnn_copy(seeds):
    rel = seeds["004"].reliability
    assert "apostrophes" in rel.integrity.flags
    assert rel.attributed_source == "CNN" and rel.syndicated
    assert seeds["004"].metadata.attributed_source == "CNN"


def test_seed_001_is_attributed_to_the_guardian(seeds):
    assert seeds["001"].reliability.attributed_source == "The Guardian"
    assert seeds["001"].reliability.syndicated


def test_seed_000_is_afp_copy_with_its_original_url(seeds):
    rel = seeds["000"].reliability
    assert rel.agency == "AFP" and rel.syndicated
    assert rel.original_url == "https://www.themoscowtimes.com/2022/03/30/russia-pledge-to-deescalate-in-ukraine-leaves-west-cold-a77135"


@pytest.mark.parametrize("name", ["000", "001", "002"])
def test_intact_seeds_raise_no_integrity_flag(seeds, name):
    assert seeds[name].reliability.integrity.flags == []


def test_a_name_with_a_generic_last_word_is_the_domains_own_publisher():
    for name, url in [("BBC News", "https://www.bbc.co.uk/news/x"), ("Spiegel Online", "https://www.spiegel.de/x"),
                      ("theguardian.com", "https://amp.theguardian.com/x")]:
        assert not assess_provenance(Metadata(attributed_source=name), url).syndicated, name
    assert assess_provenance(Metadata(attributed_source="BBC News"), "https://www.example-news.com/x").syndicated


BODY = (
    "The council said on Tuesday that it would not raise fares this year, after a long debate about the budget. "
    "Officials expect the figures to change little, and the mayor's office agreed with the decision.\n\n"
    "Residents who use the buses every day said they were relieved by the news from the town hall."
)


@pytest.mark.parametrize(
    "credit",
    ["Original url: https://www.reuters.com/world/2022/x", "This article originally appeared on reuters.com.",
     "Dieser Artikel erschien zuerst bei Reuters."],
)
def test_a_syndicated_copy_is_rated_by_its_host_and_its_original_publisher(credit):
    host = "https://www.rt.com/news/x/"  # rated far below the original publisher
    rel = newsclean.clean(BODY + "\n\n" + credit, url=host).reliability
    assert rel.syndicated
    assert rel.parts["publisher"] == pytest.approx(ratings.rating(host), abs=1e-4)
    assert rel.parts["source"] == 1.0  # reuters.com
    assert rel.parts["prior"] == pytest.approx((ratings.rating(host) + 1.0) / 2, abs=1e-4)
    assert set(rel.parts) == {"publisher", "source", "prior", "integrity", "signal"}


# -- "Original url:" on one line or over the URL: the same field; a chart's source is no credit -----
ORIGINAL = "https://www.nytimes.com/2022/05/04/business/fed-rates.html"
FORMS = (f"{BODY}\n\nOriginal url: {ORIGINAL}", f"{BODY}\n\nOriginal url:\n{ORIGINAL}")


@pytest.mark.parametrize("url", [None, "https://www.example-local-news.com/x"])
def test_the_one_line_and_two_line_original_url_forms_agree(url):
    one, two = (newsclean.clean(text, url=url) for text in FORMS)
    assert one.metadata == two.metadata and one.reliability == two.reliability and one.score == two.score
    assert one.text == two.text == BODY
    # label and URL are one metadata field in both forms: neither counts as clutter
    assert [x.kind.value for x in one.removals] == ["metadata"]
    assert [x.kind.value for x in two.removals] == ["metadata", "metadata"]
    assert one.score.signal_fraction == 1.0
    assert two.metadata.original_url == ORIGINAL


def test_with_no_page_url_an_original_url_label_gives_the_pages_url():
    # the scraper's record of the address the page was fetched from (seed 000's gold)
    for text in FORMS:
        r = newsclean.clean(text)
        rel = r.reliability
        assert r.metadata.url == r.metadata.original_url == ORIGINAL
        assert rel.domain == "nytimes.com" and not rel.syndicated and rel.parts["source"] is None
        assert rel.parts["publisher"] == pytest.approx(ratings.rating(ORIGINAL), abs=1e-4)


def test_with_a_page_url_on_another_domain_an_original_url_label_makes_a_copy():
    for text in FORMS:
        r = newsclean.clean(text, url="https://www.example-local-news.com/x")
        rel = r.reliability
        assert r.metadata.url == "https://www.example-local-news.com/x" and r.metadata.original_url == ORIGINAL
        assert rel.domain == "example-local-news.com" and rel.domain_rating is None
        assert rel.syndicated and rel.original_url == ORIGINAL
        # a credit moves an unrated publisher's prior halfway, not all the way
        assert rel.parts["source"] == pytest.approx(ratings.rating(ORIGINAL), abs=1e-4)
        assert rel.parts["prior"] == pytest.approx((score.UNKNOWN_PRIOR + ratings.rating(ORIGINAL)) / 2, abs=1e-4)


def test_an_html_declared_url_is_the_pages_before_an_original_url_label():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    for footer in (f"<p>Original url: {ORIGINAL}</p>", f"<p>Original url:</p><p>{ORIGINAL}</p>"):
        html = (
            '<html><head><title>Fares</title><link rel="canonical" href="https://www.example-local-news.com/x">'
            f"</head><body><article>{paragraphs}{footer}</article></body></html>"
        )
        r = newsclean.clean(html)
        assert r.metadata.url == "https://www.example-local-news.com/x" and r.metadata.original_url == ORIGINAL
        assert r.reliability.syndicated and r.reliability.domain == "example-local-news.com"


def test_an_original_url_on_the_pages_own_domain_is_no_republication():
    for text in FORMS:
        rel = newsclean.clean(text, url="https://www.nytimes.com/2022/05/04/x.html").reliability
        assert not rel.syndicated and rel.parts["source"] is None and rel.parts["publisher"] == pytest.approx(0.8588, abs=1e-4)
    assert not newsclean.clean(BODY).reliability.syndicated  # no original named: nothing to say


def test_edge_url_finds_the_url_the_metadata_cleaner_makes_the_pages():
    from newsclean.cleaners.metadata import edge_url
    from newsclean.document import Document
    from newsclean.segment import segment

    local = "https://www.example-local-news.com/x"
    first, rest = BODY.split("\n\n", 1)
    for text in (*FORMS, f"{BODY}\n\n{ORIGINAL}", f"{local}\n\n{FORMS[0]}", f"{FORMS[1]}\n\n{local}", BODY,
                 f"https://t.co/NHcUEfqPvm\n\n{FORMS[0]}", f"{first}\n\n{local}\n\n{rest}\n\n{first}\n\n{rest}"):
        assert edge_url(Document(text, segment(text))) == newsclean.clean(text).metadata.url, text


# -- a bare URL line: the page's address in the header or at the foot, weighed half ----------------
RATED = "https://www.reuters.com/world/2022/fares-frozen/"  # rated 1.0
HEADER = "Fares frozen for another year\n\n29 March 2022"


@pytest.mark.parametrize(
    "text",
    [f"{RATED}\n\n{BODY}", f"{HEADER}\n\n{RATED}\n\n{BODY}", f"{HEADER}\n\n<{RATED}>\n\n{BODY}",
     f"{BODY}\n\n{RATED}"],
    ids=["first-line", "under-title-and-date", "markdown-autolink", "foot"],
)
def test_a_bare_url_line_in_the_header_or_at_the_foot_is_the_pages_weighed_half(text):
    r = newsclean.clean(text)
    rel = r.reliability
    assert r.metadata.url == RATED and RATED not in r.text
    assert rel.domain == "reuters.com" and rel.domain_rating == 1.0  # the table's rating, reported whole
    # the line may be a link the page printed: its rating moves the prior halfway from the middle
    assert rel.parts["publisher"] == rel.parts["prior"] == score.line_url_part(1.0) == 0.75


@pytest.mark.parametrize("record", [f"Original url: {RATED}", f"Original url:\n{RATED}"])
def test_a_given_or_labelled_url_keeps_its_whole_rating(record):
    given = newsclean.clean(f"{RATED}\n\n{BODY}", url="https://www.reuters.com/world/x").reliability
    labelled = newsclean.clean(f"{BODY}\n\n{record}").reliability
    assert given.parts["publisher"] == labelled.parts["publisher"] == 1.0
    # a record on the same domain vouches for a bare line above it
    both = newsclean.clean(f"{RATED}\n\n{BODY}\n\n{record}").reliability
    assert both.domain == "reuters.com" and both.parts["publisher"] == 1.0


@pytest.mark.parametrize(
    "link",
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://t.co/NHcUEfqPvm", "https://www.facebook.com/CityCouncil/posts/1",
     "https://en.wikipedia.org/wiki/Bus_rapid_transit", "https://bit.ly/3xYz12"],
)
def test_a_link_to_a_platform_on_its_own_line_is_no_pages_address(link):
    # a video, a post or a short link the page printed: it hands the page no rating (youtube.com
    # is rated 0.38, facebook.com 0.41, wikipedia.org 0.83)
    for text in (f"{link}\n\n{BODY}", f"{BODY}\n\n{link}"):
        r = newsclean.clean(text)
        assert r.metadata.url is None and r.reliability.domain is None and r.reliability.parts["publisher"] is None


def test_a_url_line_under_the_first_paragraph_is_a_link_the_article_printed():
    first, rest = BODY.split("\n\n", 1)
    r = newsclean.clean(f"{first}\n\n{RATED}\n\n{BODY}\n\n{rest}")  # far from the foot's lines
    assert r.metadata.url is None and r.reliability.domain is None
    assert RATED in r.text


def test_a_redirect_to_a_news_page_on_its_own_line_is_that_pages_address():
    line = "https://www.google.com/url?q=https://www.reuters.com/world/2022/fares-frozen/&sa=U"
    rel = newsclean.clean(f"{line}\n\n{BODY}").reliability
    assert rel.domain == "reuters.com" and rel.parts["publisher"] == 0.75


def test_seed_004_keeps_its_url_and_is_weighed_half(seeds):
    meta = seeds["004"].metadata
    assert meta.url is not None and meta.url.startswith("https://krdo.com/news/")  # the gold's
    rel = seeds["004"].reliability
    assert rel.domain == "krdo.com" and rel.parts["publisher"] == pytest.approx(score.line_url_part(rel.domain_rating), abs=1e-4)


CHART = "Annual inflation rate, 2000-2022"
CHART_SOURCES = ["Source: Bureau of Labor Statistics", "Sources: Bureau of Labor Statistics", "Source: Federal Reserve",
                 "Sources: company filings, Refinitiv", "Via: Twitter", "Source: interviews with residents",
                 "Source: AP-NORC poll", "Quelle: Statistisches Bundesamt", "Fuente: Instituto Nacional de Estadística"]


@pytest.mark.parametrize("line", CHART_SOURCES)
def test_a_charts_or_a_facts_source_is_article_text_not_a_credit(line):
    r = newsclean.clean(f"{BODY}\n\n{CHART}\n\n{line}\n\n{BODY}", url="https://www.example-local-news.com/business/x")
    assert r.metadata.attributed_source is None and r.reliability.attributed_source is None
    assert not r.reliability.syndicated and r.reliability.parts["source"] is None
    assert line in r.text


@pytest.mark.parametrize("above", ["| Year | Rate |\n| --- | --- |\n| 2022 | 8.3 |", "Chart: oil prices since 2020",
                                   "![Oil prices](chart.png)", "**Figure 2.** Oil prices since 2020"])
def test_a_source_line_under_a_table_or_chart_credits_its_data_even_when_it_names_an_agency(above):
    line = "Source: Reuters"
    r = newsclean.clean(f"{BODY}\n\n{above}\n{line}\n\n{BODY}", url="https://www.example-local-news.com/business/x")
    assert r.reliability.attributed_source is None and not r.reliability.syndicated
    assert line in r.text


@pytest.mark.parametrize(
    ("line", "source"),
    [("Source: The Guardian", "The Guardian"), ("Source: Reuters", "Reuters"), ("Source: Associated Press", "AP"),
     ("Quelle: Der Spiegel", "Der Spiegel"), ("Fuente: El País", "El País"), ("Via: BBC News", "BBC News"),
     ("Source: The Moscow Times", "The Moscow Times"), ("Source: Tarn Valley Independent", "Tarn Valley Independent"),
     ("Source: theguardian.com", "theguardian.com"), ("Sources: AP, Reuters", "AP, Reuters")],
)
def test_a_source_line_naming_a_news_outlet_still_credits_it(line, source):
    r = newsclean.clean(f"{BODY}\n\n{line}", url="https://www.example-local-news.com/world/x")
    assert r.metadata.attributed_source == source and r.reliability.syndicated
    assert line not in r.text
