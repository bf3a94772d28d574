"""The ``boilerplate`` cleaner and a newsletter box at the article's end (``_newsletter_box``):
its heading, its pitch, its e-mail field and fine print go with the page after the article; the
article's own last lines stay, a line about a newsletter among them."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.cleaners import boilerplate as bp

from .test_boilerplate import ARTICLE, FOOTER, HEADLINES, MENU

SHARE = ["Share", "Facebook", "WhatsApp", "Copy link"]


def page(box: list[str], article: list[str] = ARTICLE) -> str:
    """A page: menu, the article, the box (one paragraph, as html-text writes a box), share
    buttons, a headline list and a footer."""
    paragraphs = [*MENU, *article, "\n".join(box), "\n".join(SHARE), *HEADLINES, *FOOTER]
    return "\n\n".join(paragraphs)


def gone(text: str) -> set[str]:
    result = newsclean.Pipeline.default().clean_text(text)
    return {r.text.strip() for r in result.removals}


BOXES = [
    # a pitch alone reads as one more paragraph of the article: the region search takes it in
    ["The day's biggest stories, in your inbox at six. It's free."],
    ["The day's biggest stories, in your inbox at six. It's free.", "Enter your email address"],
    ["Get our weekly digest of the best local reads, sent every Saturday morning."],
    ["Jeden Tag um sieben Uhr die Nachrichten aus der Stadt in Ihrem Postfach.", "Ihre E-Mail-Adresse"],
    ["L'actualité de votre ville dans votre boîte mail, chaque matin.", "Votre adresse e-mail"],
    ["Lo que pasa en tu ciudad, cada viernes en tu correo."],
    ["Le notizie della città ogni mattina nella tua casella di posta."],
    ["Todas as sextas-feiras, o melhor da semana no seu e-mail.", "O seu e-mail"],
    ["De viktigste sakene fra byen, rett i innboksen hver morgen."],
    # an imperative to receive the site's news on a schedule, a newsletter's name and a colon
    ["Get our weekly roundup of planning decisions, every Friday."],
    ["Recevez chaque matin l'actualité de votre quartier."],
    ["Ricevi ogni lunedì le notizie del quartiere."],
    ["Der Abend-Newsletter: die Nachrichten des Tages um 18 Uhr."],
    # with its heading: a newsletter's name, or a short line in the pitch's paragraph
    ["The Evening Edition", "The day's biggest stories, in your inbox at six. It's free."],
    ["Am Morgen informiert", "Jeden Tag um sieben Uhr die Nachrichten aus der Stadt in Ihrem Postfach."],
    ["Sign up for our free Schools newsletter, written by our education reporter, every Tuesday."],
]


@pytest.mark.parametrize("box", BOXES)
def test_a_newsletter_box_after_the_article_goes(box):
    text = page(box)
    removed = gone(text)
    assert set(box) <= removed
    assert not removed & set(ARTICLE)


CLOSINGS = [
    # the article's last line names a newsletter in the third person, or quotes a pitch
    "The parish newsletter, which goes to 400 homes every month, will carry the full timetable.",
    '"Our newsletter goes to every member, so they will hear first," the organiser said.',
    # a petition, a phone line, an e-mail address: the article's information for readers
    "Residents can sign the petition at the library until Friday.",
    "Anyone with information should email the inquiry team before the end of March.",
]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_the_articles_last_line_about_newsletters_or_petitions_stays(closing):
    article = [*ARTICLE, closing]
    assert not gone(page([], article)) & set(article)


@pytest.mark.parametrize("closing", CLOSINGS)
def test_the_articles_last_line_stays_above_a_box(closing):
    article = [*ARTICLE, closing]
    box = ["Morning Briefing", "The stories you need to know, in your inbox before seven."]
    removed = gone(page(box, article))
    assert set(box) <= removed
    assert not removed & set(article)


def test_a_pitch_like_line_inside_the_article_stays():
    # only the region's last lines are read: inside the article the line is the article's
    article = [ARTICLE[0], "Our newsletter reaches 3,000 homes, the chair of the residents' association said.", *ARTICLE[1:]]
    assert not gone(page([], article)) & set(article)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The week's news, straight to your inbox.", "pitch"),
        ("Unser kostenloser Newsletter bringt die Region zu Ihnen.", "pitch"),
        ("Enter your email", "form"),
        ("You can unsubscribe at any time.", "form"),
        ("Der Mittags-Newsletter", "heading"),
        ("The council sent a newsletter to every household.", "heading"),  # named, not offered
        ("The inbox of the council was full, a spokesman said.", None),
        ("Sign the petition at the town hall.", None),
        ("Get the bins out every Tuesday night, the council said.", None),
        ("Recibe cada mes una pensión de 400 euros, explicó su hija.", None),
        ("Every Friday the newsletter lists the week's planning applications.", "heading"),
    ],
)
def test_box_parts(text, part):
    assert bp._box_part(text) == part
