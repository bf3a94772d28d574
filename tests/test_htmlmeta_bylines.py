"""Authors from byline markup (class="author", "byline", "author-name", data-author, <address>):
the last resort after JSON-LD, meta tags and itemprop/rel markup, persons only."""

from __future__ import annotations

import json
from html import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import document_fromstring

from newsclean.htmlmeta import MAX_AUTHORS, extract_metadata

PROSE = "<p>The council voted on Tuesday to extend the tram line to the harbour by 2027.</p>"


def authors(body: str, head: str = "") -> list[str]:
    """The authors extract_metadata finds on a page with ``body`` (``[]`` for none)."""
    tree = document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    found: list[str] = extract_metadata(tree).get("authors", [])
    return found


def article(byline: str, after: str = "") -> str:
    """An article with ``byline`` under its headline, then ``after`` (a list, comments...)."""
    return f"<article><h1>Tram line to reach the harbour</h1>{byline}{PROSE}</article>{after}"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # WordPress themes: the author's vcard inside the byline
        ('<span class="byline"><span class="author vcard"><a class="url fn n" href="/a/">Ruth Okafor</a></span></span>',
         ["Ruth Okafor"]),
        # the byline's section holds the names, the paper and the date; the names have their own element
        ('<div class="byline-section"><span class="author">Maria Lopez and Ken O. Brandt</span> Harbour City Courier '
         "Published 9:12 AM EST Mar 4, 2024</div>", ["Maria Lopez", "Ken O. Brandt"]),
        # the names and the date in one element
        ('<p class="gray small byline">By Ana Ruiz and Tom Field Monday, March 4, 2024, 09:15 am PT</p>',
         ["Ana Ruiz", "Tom Field"]),
        # BEM classes, one name an element
        ('<div class="c-byline">By <a class="c-byline__author-name">Priya Nair</a> and '
         '<a class="c-byline__author-name">Owen Price</a></div>', ["Priya Nair", "Owen Price"]),
        ('<span class="authorName">Lena Fischer</span>', ["Lena Fischer"]),
        ('<div class="td-post-author-name">By <a href="/author/kim">Kim Sung-min</a> - March 4, 2024</div>',
         ["Kim Sung-min"]),
        ('<a class="author-link" href="/team/weber">Paul Weber</a>', ["Paul Weber"]),
        # the name's own element, not the byline's whole text (the place glued to the name)
        ('<div class="article-byline"><span class="author-name">Ana Ruiz</span><span class="place">Lisbon</span></div>',
         ["Ana Ruiz"]),
        # a byline's lead in other languages
        ('<span class="article-info__authors">Автор: Иван Петров</span>', ["Иван Петров"]),
        ('<span class="byline">Von Jana Vogel</span>', ["Jana Vogel"]),
        ('<span class="author">Por Lucía Gómez</span>', ["Lucía Gómez"]),
        # an agency after the name is no part of it
        ('<span class="author">Dan Morrow Associated Press</span>', ["Dan Morrow"]),
        ("<address>By Hana Ito</address>", ["Hana Ito"]),
        # a bare name up to a separator
        ('<div class="byline">Jane Doe | Contributor</div>', ["Jane Doe"]),
        ('<div class="byline">Jonas Berg · 4 min read</div>', ["Jonas Berg"]),
        ('<div class="meta" data-author="Ruth Okafor"><span>4 min read</span></div>', ["Ruth Okafor"]),
        # an author box's heading
        ('<div class="author-box"><h4 class="author-name fn">About Nora Quinn</h4></div>', ["Nora Quinn"]),
    ],
)  # fmt: skip
def test_bylines_in_markup(byline: str, expected: list[str]) -> None:
    assert authors(article(byline)) == expected


@pytest.mark.parametrize(
    "byline",
    [
        # a date, a time, a count in a byline's element
        '<span class="author">November 18, 2019</span>',
        '<span class="byline">Updated 3 hours ago</span>',
        '<div class="byline">Posted on 12/03/2024 at 10:15</div>',
        # a biography
        '<div class="author">Jane Doe is a reporter who covers city hall for the Courier.</div>',
        '<p class="author-name">Jane Doe writes about science and the people who do it</p>',
        # organisations, roles, one-word handles
        '<span class="author">The Associated Press</span>',
        '<span class="byline">By Reuters Staff</span>',
        '<span class="author">Courier Editorial Board</span>',
        '<span class="author">admin</span>',
        '<span class="author">Guest Author</span>',
        '<span class="byline">Sponsored Content</span>',
        # a byline's words around a name that is not the author's, or no byline at all
        '<span class="author">Follow Jane Doe on Twitter</span>',
        '<span class="byline">Photo by Jane Doe</span>',
        '<span class="byline">Reviewed by Dr. Ana Ruiz</span>',
        '<span class="author">View all posts by Jane Doe</span>',
        '<span class="byline">By Regan</span>',
        # classes of other things than bylines
        '<div class="author-bio">Jane Doe</div>',
        '<img class="author-avatar" alt="Jane Doe"><span class="author-social">Jane Doe</span>',
        '<span class="comment-author">Jane Doe</span>',
    ],
)
def test_no_author_from_what_is_no_byline(byline: str) -> None:
    assert authors(article(byline)) == []


def test_an_address_outside_an_article_is_the_sites() -> None:
    # the HTML standard's <address> is the contact of its article, or else of the whole site
    assert authors("<header><address>Rua Augusta, Lisboa</address></header>" + article("")) == []
    assert authors("<header><address>By Hana Ito</address></header>" + article("")) == []
    assert authors(article("<address>By Hana Ito</address>")) == ["Hana Ito"]


def test_the_site_itself_is_no_author() -> None:
    head = '<meta property="og:site_name" content="Harbour Gazette">'
    assert authors(article('<span class="author">Harbour Gazette</span>'), head) == []


def teasers(names: list[str], css: str = "stories") -> str:
    items = "".join(f'<li><h3><a href="/s{i}">Story {i}</a></h3><span class="author">{n}</span></li>'
                    for i, n in enumerate(names))  # fmt: skip
    return f'<ul class="{css}">{items}</ul>'


def test_a_list_of_other_articles_with_their_authors_gives_none() -> None:
    # the article has no byline: the list's names are other articles' authors
    assert authors(article("", teasers(["Anne Bell", "Carl Dunn", "Eva Frost"]))) == []
    assert authors(article("", teasers(["Anne Bell", "Carl Dunn"], css="related-posts"))) == []


def test_a_list_before_the_article_does_not_hide_its_byline() -> None:
    page = teasers(["Anne Bell", "Carl Dunn"]) + article('<span class="byline">By Gina Hart</span>')
    assert authors(page) == ["Gina Hart"]


def test_bylines_in_comments_sidebars_and_footers_are_not_the_articles() -> None:
    for region in ('<div id="comments"><span class="author">Stephanie Moss</span></div>',
                   '<aside><span class="author">Stephanie Moss</span></aside>',
                   '<div class="l-sidebar"><span class="byline">By Stephanie Moss</span></div>',
                   '<footer><address>By Stephanie Moss</address></footer>'):  # fmt: skip
        assert authors(article('<span class="byline">by Regan</span>', region)) == []


def test_the_articles_byline_comes_before_an_author_box_further_down() -> None:
    box = '<div class="author-box"><span class="author-name">Gina Hart</span></div>'
    assert authors(article('<span class="byline">By Ivo Janssen</span>', box)) == ["Ivo Janssen"]


def test_markup_bylines_are_the_last_resort() -> None:
    body = article('<span class="author">Ivo Janssen</span>')
    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "author": {"@type": "Person", "name": "Gina Hart"}}
    script = f'<script type="application/ld+json">{json.dumps(jsonld)}</script>'
    assert authors(body, script) == ["Gina Hart"]
    assert authors(body, '<meta name="author" content="Gina Hart">') == ["Gina Hart"]
    assert authors(body + '<a rel="author" href="/g">Gina Hart</a>') == ["Gina Hart"]


def test_too_many_names_are_a_staff_list() -> None:
    names = [f"<a class='author'>{first} {last}</a>" for first, last in zip("Ann Bob Cy Dee Eli Fay Gus Hal Ida".split(),
                                                                          "Ames Boyd Cole Dorn Ezra Ford Gray Hale Irwin".split())]  # fmt: skip
    assert len(names) > MAX_AUTHORS
    assert authors(article(f'<div class="byline">{", ".join(names)}</div>')) == []


FIRST = st.sampled_from(["Anne", "Carl", "Eva", "Gina", "Ivo", "Kemal", "Lucía", "Oksana", "Priya", "Tomás"])
LAST = st.sampled_from(["Bell", "Dunn", "Frost", "Hart", "Janssen", "Yilmaz", "Gómez", "Kovalenko", "Nair", "Silva"])
NAME = st.builds(lambda a, b: f"{a} {b}", FIRST, LAST)


@settings(max_examples=60, deadline=None)
@given(st.lists(NAME, min_size=2, max_size=6, unique=True), st.sampled_from(["author", "byline", "author-name"]))
def test_teasers_each_with_its_own_author_never_give_authors(names: list[str], css: str) -> None:
    items = "".join(f'<article><h2>Story {i}</h2><p class="{css}">By {n}</p></article>' for i, n in enumerate(names))
    assert authors(f"<h1>Latest</h1><section>{items}</section>") == []


@settings(max_examples=60, deadline=None)
@given(NAME, st.sampled_from(["By {}", "{}", "by {} | March 4, 2024", "Written by {}", "{} - 4 min read"]),
       st.text(max_size=30))  # fmt: skip
def test_a_byline_in_any_wording_gives_its_name(name: str, wording: str, more: str) -> None:
    byline = f'<span class="byline">{wording.format(name)}</span>'
    assert authors(article(byline, f"<p>{escape(more)}</p>")) == [name]


# Page furniture in an element classed as a byline: a heading, a button, a list's marker. In
# capitals each reads like a name ("Top Stories"), but the cleaners' vocabularies know it.
FURNITURE_IN_BYLINES = [
    '<div class="author">Top Stories</div>',
    '<span class="byline">Latest News</span>',
    '<span class="author-name">Editor\'s Picks</span>',
    '<a class="author-link" href="/more">Read More</a>',
    '<div class="byline">Follow Us</div>',
    '<span class="author">Sign Up</span>',
    '<span class="author">Subscribe Now</span>',
    '<span class="author">Contact Us</span>',
    '<span class="author">Les Plus Lus</span>',
    '<span class="author">Lire La Suite</span>',
    '<span class="byline">Meistgelesen</span>',
    '<span class="author">Weitere Artikel</span>',
    '<span class="author">Leer Más</span>',
    '<span class="author">Ultime Notizie</span>',
    '<span class="author">Staff Picks</span>',
]


@pytest.mark.parametrize("byline", FURNITURE_IN_BYLINES)
def test_page_furniture_in_a_byline_element_is_no_name(byline: str) -> None:
    assert authors(article(byline)) == []
    # nor does it join the article's byline beside it
    assert authors(article(byline + '<span class="author">Gina Hart</span>')) == ["Gina Hart"]


@pytest.mark.parametrize(
    "byline",
    [
        # a role alone, in several languages
        '<span class="author">Senior Correspondent</span>',
        '<span class="byline">Chief Political Editor</span>',
        '<span class="author">Enviado Especial</span>',
        '<span class="author">Envoyé Spécial</span>',
        '<span class="author">Freie Journalistin</span>',
        '<span class="author">Inviato Speciale</span>',
        # a date alone
        '<span class="byline">March 12, 2024</span>',
        '<span class="byline">12. März 2024</span>',
        '<span class="author">Monday, 4 March</span>',
    ],
)
def test_a_role_or_a_date_alone_is_no_name(byline: str) -> None:
    assert authors(article(byline)) == []


@pytest.mark.parametrize(
    "address",
    [
        "12 High Street, Leeds LS1 4AB",
        "12 High Street<br>Leeds LS1 4AB",
        "High Street, Leeds",
        "Baker Street, London",
        "Queen Victoria Road",
        "Fleet Street London",
        "Rue de Rivoli, Paris",
        "Avenue des Champs-Élysées, Paris",
        "Hauptstraße, Berlin",
        "Keizersgracht, Amsterdam",
        "Calle Mayor, Madrid",
        "Piazza Navona, Roma",
        # a postal contact block: the name over the street, the town and a telephone
        "Jane Doe<br>4 Mill Lane<br>Bradford BD1 1AA",
        "Press Office<br>Town Hall<br>Market Square<br>Bradford",
        "Newsroom<br>Daily Courier<br>Tel. 0113 496 0000",
        "<p>Ana Ruiz</p><p>Avenida da Liberdade 110</p><p>1250-146 Lisboa</p>",
    ],
)
def test_a_postal_address_in_an_article_is_no_name(address: str) -> None:
    assert authors(article(f"<address>{address}</address>")) == []


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # names with particles, initials, in other scripts
        ('<span class="author">María de la Cruz</span>', ["María de la Cruz"]),
        ('<span class="author">Ludwig van Beethoven</span>', ["Ludwig van Beethoven"]),
        ('<span class="author">J. R. R. Tolkien</span>', ["J. R. R. Tolkien"]),
        ('<span class="byline">A. B. Okafor</span>', ["A. B. Okafor"]),
        ('<span class="author">Ольга Петрова</span>', ["Ольга Петрова"]),
        ('<span class="author">Γιώργος Παπαδόπουλος</span>', ["Γιώργος Παπαδόπουλος"]),
        # two authors, joined in several languages
        ('<span class="author">Jane Doe and John Smith</span>', ["Jane Doe", "John Smith"]),
        ('<span class="author">Hans Müller und Eva Schmidt</span>', ["Hans Müller", "Eva Schmidt"]),
        ('<span class="author">Jean Dupont et Marie Curie</span>', ["Jean Dupont", "Marie Curie"]),
        # names made of words that furniture or streets use elsewhere
        ('<span class="author">Chris Read</span>', ["Chris Read"]),
        ('<span class="author">Nathan Lane</span>', ["Nathan Lane"]),
        ('<span class="author">Will Latest</span>', ["Will Latest"]),
        # a role after the name, in other languages
        ('<span class="byline">Jana Vogel, Korrespondentin</span>', ["Jana Vogel"]),
        # the author's contact in an <address>: a name, a profile, an e-mail
        ("<address>Jane Doe</address>", ["Jane Doe"]),
        ('<address>By <a rel="author" href="/jane">Jane Doe</a></address>', ["Jane Doe"]),
        ('<address>Written by <a href="mailto:jon@example.com">Jon Doe</a>.</address>', ["Jon Doe"]),
        ("<address>By Hana Ito, March 4, 2024</address>", ["Hana Ito"]),
    ],
)  # fmt: skip
def test_names_that_resemble_furniture_or_places_stay(byline: str, expected: list[str]) -> None:
    assert authors(article(byline)) == expected


def _whole_phrases(name: str) -> list[str]:
    from newsclean.cleaners import vocab

    return [p for concept in vocab.data(name).values() for phrases in concept.get("whole", {}).values() for p in phrases]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_whole_phrases("promos") + _whole_phrases("trailing")), st.sampled_from(["author", "byline"]))
def test_no_furniture_phrase_in_any_case_is_a_name(phrase: str, css: str) -> None:
    for text in (phrase, phrase.title(), phrase.upper()):
        assert authors(article(f'<span class="{css}">{escape(text)}</span>')) == []
