"""The ``boilerplate`` cleaner reading what the page prints elsewhere: a share button printed
again beside the share bar's dropped links, an inline promo whose headline the page lists again,
and the records of a results list whose labels hold a figure."""

from __future__ import annotations

import pytest

from newsclean import Kind
from newsclean.cleaners import boilerplate as bp

from .test_boilerplate import FOOTER, HEADLINES, MENU, lines
from .test_boilerplate_edges import LEADS, analysed, gone_lines, kept

# -- a share button the page prints twice, above the lead -----------------------------------

# "Share" in languages the promos vocabulary does not know
SHARE_WORDS = ["Partekatu", "Rhannu", "Kopjo lidhjen", "Jaga"]
BUTTONS = ["Facebook", "WhatsApp"]  # the promos cleaner drops these in the bar at the bottom


def _lead_page(lang: str, share: str, bottom: list[str]) -> tuple[list[str], dict[int, Kind], int]:
    """A page in text: the header (byline, date: dropped as metadata), the share word, the lead,
    an inline box, the body, then ``bottom`` (``share`` is its first line) and the headlines.
    Returns the lines, the drops of the cleaners before (the header, and the buttons of
    ``BUTTONS`` as promos) and the lead's position."""
    title, header, lead, box, body = LEADS[lang]
    texts = [*MENU, title.lstrip("# "), *header, share, *lead, *(x.lstrip("* ") for x in box), *body, *bottom, *HEADLINES]
    at = len(MENU) + 1
    dropped = {at: Kind.METADATA, at + 1: Kind.METADATA}
    dropped |= {k: Kind.PROMO for k, text in enumerate(texts) if text in BUTTONS}
    return texts, dropped, texts.index(lead[0])


@pytest.mark.parametrize("share", SHARE_WORDS)
@pytest.mark.parametrize("lang", sorted(LEADS))
def test_a_share_button_printed_again_in_the_bottom_share_bar_does_not_stop_the_lead(lang, share):
    # the bar at the bottom holds the word again, beside the links the promos cleaner dropped:
    # the word is a share button, not a menu entry, and the lead under it is the article's
    texts, dropped, lead = _lead_page(lang, share, [share, *BUTTONS])
    assert analysed(texts, dropped).first == lead


@pytest.mark.parametrize("share", SHARE_WORDS)
def test_a_line_printed_again_among_the_footers_links_still_stops_the_lead(share):
    # negative: its copy at the bottom stands among lines no cleaner dropped (a footer's menu):
    # a menu entry, and the prose under it may be the page's
    texts, dropped, lead = _lead_page("en", share, ["About us", share, "Contact"])
    assert analysed(texts, dropped).first > lead


def test_a_share_button_beside_a_dropped_link_is_found_in_either_copy():
    # the helper reads each copy's neighbours: the button above or below the dropped link
    texts = ["Rhannu", "Prose line of the article that says something.", "Facebook", "Rhannu", "Contact"]
    found = analysed(texts, {})
    assert bp._share_button(found.lines, "Rhannu", {2: Kind.PROMO})
    assert not bp._share_button(found.lines, "Rhannu", {2: Kind.NAVIGATION})
    assert not bp._share_button(found.lines, "Rhannu", {})


def test_a_basque_lead_under_a_share_bar_stays_with_the_article():
    # the whole pipeline, on a page in text in a language the vocabularies do not know
    lead = [
        "Udalak igerileku berria irekiko du ekainaren 2an, astelehenean, eta udako ordutegia "
        "irailaren 15era arte luzatuko du, udal batzarrak atzo erabaki zuenez.",
        "Alkateak, Ane Goikoetxeak, atzo aurkeztu zuen igerilekua Gasteizen. Aurten 4.000 "
        "abonamendu salduko ditu udalak, iaz baino %12 gehiago.",
    ]
    box = ["Nork erabil dezake igerilekua?", "Herritar guztiek", "Ikastetxeek", "Kirol taldeek"]
    body = [
        "Abonamenduak udaletxean eta webgunean erosi ahal izango dira maiatzaren 20tik aurrera, "
        "eta prezioak iazko berberak izango dira, udalak jakinarazi duenez.",
        "Goikoetxeak gogorarazi zuen igerileku zaharra hogei urtez egon zela zabalik, eta "
        "berriak bi aldiz ur gehiago eta hiru aldiz toki gehiago dituela.",
        "Igerilekuaren lanek bi urte iraun dute, eta udalak hamar milioi euro gastatu ditu "
        "obretan, Eusko Jaurlaritzaren laguntzarekin.",
    ]
    page = lines(
        MENU,
        ["Udalak igerileku berria irekiko du ekainean", "Jon Aranburu", "2027/05/12", "Partekatu"],
        lead,
        box,
        body,
        ["Partekatu", *BUTTONS],
        HEADLINES,
        FOOTER,
    )
    assert kept(page, [*lead, *box, *body]) == []
    assert "Most read" in gone_lines(page)
