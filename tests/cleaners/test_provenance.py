"""The provenance cleaner: agency datelines (kept, agency recorded) and first-publication lines."""

import pytest
from cleanerutil import BODY, page, removed, run
from hypothesis import given
from hypothesis import strategies as st

from newsclean.cleaners import provenance
from newsclean.document import Block

DATELINES = [
    ("(Reuters) - Oil prices fell on Tuesday as traders weighed new supply figures.", "Reuters"),
    ("WASHINGTON (AFP) - The US said on Monday it would send more aid to the region.", "AFP"),
    ("KYIV, Ukraine (AP) — Russia pledged to scale back its attacks near the capital.", "AP"),
    ("WASHINGTON, March 29 (Reuters) - U.S. officials said the talks had stalled.", "Reuters"),
    ("PARIS, 29 mars (AFP) - Le gouvernement a présenté son budget mardi.", "AFP"),
    ("Berlin (dpa) - Die Bundesregierung hat am Dienstag neue Hilfen beschlossen.", "dpa"),
    ("MADRID, 29 Mar. (EUROPA PRESS) - El Gobierno ha aprobado este martes el decreto.", "Europa Press"),
]


@pytest.mark.parametrize(("line", "agency"), DATELINES)
def test_dateline_records_agency_and_keeps_the_line(line, agency):
    r = run("provenance", page(line))
    assert r.metadata.agency == agency
    assert line in r.text  # the dateline opens a body paragraph: it stays
    assert r.removals == []


@pytest.mark.parametrize(
    "line",
    [
        "He said (AP) - nothing more, and left the room before the vote.",
        "The senator (R-Texas) - who chairs the panel - declined to comment.",
        "Reuters reported that the talks had stalled on Tuesday evening.",
        "This is a long sentence about the budget. Then (AFP) - the rest of it.",
    ],
)
def test_agency_mentions_that_are_not_datelines_record_nothing(line):
    assert run("provenance", page(line)).metadata.agency is None


FIRST_PUBLISHED = [
    ("This article originally appeared on The Conversation.", "attributed_source", "The Conversation"),
    ("This article is republished from The Conversation under a Creative Commons license. Read the original article.",
     "attributed_source", "The Conversation"),
    ("This story was first published by ProPublica, a nonprofit newsroom.", "attributed_source", "ProPublica"),
    ("*Originally published on Live Science.*", "attributed_source", "Live Science"),
    ("Originally published at https://example.org/2022/03/story.html", "original_url", "https://example.org/2022/03/story.html"),
    ("Cet article a été publié initialement sur Le Monde.", "attributed_source", "Le Monde"),
    ("Dieser Artikel erschien zuerst bei Spiegel Online.", "attributed_source", "Spiegel Online"),
    ("Este artículo fue publicado originalmente en El País.", "attributed_source", "El País"),
]


FIRST_PUBLISHED_BY_LANGUAGE = [
    ("Dit artikel verscheen eerder in de Volkskrant.", "attributed_source", "de Volkskrant"),
    ("Dit artikel verscheen eerder op NRC.nl onder een Creative Commons-licentie.", "attributed_source", "NRC.nl"),
    ("Oorspronkelijk gepubliceerd op https://example.nl/2026/03/artikel", "original_url", "https://example.nl/2026/03/artikel"),
    ("Questo articolo è stato pubblicato originariamente su Il Post.", "attributed_source", "Il Post"),
    ("Pubblicato originariamente su Valigia Blu sotto licenza Creative Commons.", "attributed_source", "Valigia Blu"),
    ("Articolo pubblicato originariamente su https://example.it/articolo", "original_url", "https://example.it/articolo"),
    ("Este artigo foi publicado originalmente no The Conversation.", "attributed_source", "The Conversation"),
    ("Publicado originalmente em O Globo.", "attributed_source", "O Globo"),
    ("Este artigo foi republicado do The Conversation sob uma licença Creative Commons. Leia o artigo original.",
     "attributed_source", "The Conversation"),
]

NO_SOURCE_BY_LANGUAGE = [
    "Het rapport, dat eerder verscheen in een vakblad, werd later ingetrokken.",
    "Eerder gepubliceerd in 1995 werd het boek pas later een succes.",
    "Eerder gepubliceerd op dinsdag 3 maart 2020",
    "Il rapporto, pubblicato originariamente su una rivista scientifica, è stato ritirato.",
    "Pubblicato originariamente nel 1881, il romanzo ebbe poco successo.",
    "Pubblicato originariamente su carta, il romanzo è stato poi ristampato da una piccola casa editrice torinese.",
    "O relatório, publicado originalmente num site do governo, foi retirado.",
    "Publicado originalmente em 1881, o romance vendeu pouco.",
    "Publicado originalmente em papel, o livro só mais tarde chegou às livrarias digitais de todo o país.",
]


@pytest.mark.parametrize(("line", "field", "value"), FIRST_PUBLISHED + FIRST_PUBLISHED_BY_LANGUAGE)
def test_first_publication_line_becomes_metadata(line, field, value):
    r = run("provenance", page(line))
    assert getattr(r.metadata, field) == value
    assert removed("provenance", page(line)) == {line: "metadata"}


@pytest.mark.parametrize(
    "line",
    [
        "First published on Tue 29 Mar 2022 10.00 BST",  # a date, not a source
        "The report, which originally appeared on a government website, was later withdrawn.",
        "Originally published in 1851, the novel sold poorly at first.",
        "First published by Penguin, the book sold only a few hundred copies in its first year and was soon "
        "forgotten by all but a handful of critics.",
        *NO_SOURCE_BY_LANGUAGE,
    ],
)
def test_lines_that_name_no_source_stay(line):
    r = run("provenance", page(line))
    assert r.metadata.attributed_source is None and r.metadata.original_url is None
    assert line in r.text


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_never_raises_and_loses_nothing(text):
    r = run("provenance", BODY + "\n\n" + text)
    assert BODY in r.text
    assert all(x.cleaner == "provenance" and x.kind.value == "metadata" for x in r.removals)


# A subject may open the line before a lead that starts with its verb, in every language.
SUBJECT_THEN_VERB = [
    ("Article initialement publié sur Mediapart.", "Mediapart"),
    ("Der Artikel erschien zuerst in der Frankfurter Rundschau.", "der Frankfurter Rundschau"),
    ("Artículo publicado originalmente en El Diario.", "El Diario"),
    ("This column first appeared in The Atlantic.", "The Atlantic"),
    ("Tribune publiée initialement sur Libération.", None),  # "publiée": no phrase of the list
]


@pytest.mark.parametrize(("line", "source"), SUBJECT_THEN_VERB)
def test_a_subject_may_open_a_first_publication_line(line, source):
    r = run("provenance", page(line))
    assert r.metadata.attributed_source == source
    if source:
        assert removed("provenance", page(line)) == {line: "metadata"}


def test_a_domain_names_the_first_publisher():
    for line, name in [("This story first appeared on example-news.com.", "example-news.com"),
                       ("Dieser Beitrag erschien zuerst auf Beispiel-Zeitung.de", "Beispiel-Zeitung.de")]:
        assert run("provenance", page(line)).metadata.attributed_source == name


@pytest.mark.parametrize(
    "line",
    [
        "This article originally appeared in English.",
        "This story was first published in Spanish.",
        "Dieser Artikel erschien zuerst auf Englisch.",
        "Cet article a été publié initialement en Anglais.",
        "This article first appeared in the print edition.",
        "A version of this story first appeared in the newsletter.",
    ],
)
def test_a_language_or_a_description_is_not_a_source(line):
    r = run("provenance", page(line))
    assert r.metadata.attributed_source is None and line in r.text


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("MADRID, 29 mar (EFE).- El Gobierno aprobó este martes el decreto de ayudas.", "EFE"),
        ("Bogotá, 3 abr (EFE).- La Corte Constitucional falló a favor de la demanda.", "EFE"),
        ("SEVILLA, 29 (EUROPA PRESS).- La Junta ha presentado este martes su plan.", "Europa Press"),
    ],
)
def test_spanish_datelines_with_a_full_stop_before_the_dash(line, agency):
    r = run("provenance", page(line))
    assert r.metadata.agency == agency and line in r.text


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("Original url: https://example.org/2022/03/story", "https://example.org/2022/03/story"),
        ("Original URL: <https://example.org/2022/03/story>", "https://example.org/2022/03/story"),
        ("Lien original : https://exemple.fr/2022/article", "https://exemple.fr/2022/article"),
        ("**Originalartikel:** https://beispiel.de/artikel", "https://beispiel.de/artikel"),
        ("Source URL: www.example.org/story", "www.example.org/story"),
    ],
)
def test_an_original_url_label_and_its_url_on_one_line(line, url):
    r = run("provenance", page(line))
    assert r.metadata.original_url == url
    assert removed("provenance", page(line)) == {line: "metadata"}


def test_a_url_in_a_sentence_is_not_an_original_url_line():
    line = "The original article at https://example.org/story was later corrected by its editors."
    r = run("provenance", page(line))
    assert r.metadata.original_url is None and line in r.text



def test_the_gate_passes_every_subject_before_every_lead():
    vocabulary = provenance.vocabulary()["first_published"]
    subjects = [p for phrases in vocabulary["subject"].values() for p in phrases]
    leads = [p for phrases in vocabulary["lead"].values() for p in phrases]
    pattern = provenance._first_published()
    for subject in subjects:
        for lead in leads:
            text = f"{subject.capitalize()} {lead} The Conversation"
            if pattern.match(text):
                assert provenance._may_open_first_published(Block(0, 0, len(text), text)), text


# -- "Source: X": a news outlet, or a chart's, a table's or a fact's source ----------------------
@pytest.mark.parametrize(
    "name",
    ["Reuters", "AFP", "Associated Press", "The Guardian", "the Guardian", "Der Spiegel", "El País", "BBC News",
     "Spiegel Online", "The Moscow Times", "Tarn Valley Independent", "Süddeutsche Zeitung", "Corriere della Sera",
     "theguardian.com", "ABC News", "AP, Reuters", "Anadolu Agency", "https://www.theguardian.com/world/2022/mar/29/x"],
)
def test_names_outlet_knows_news_outlets_and_agencies(name):
    assert provenance.names_outlet(name)


@pytest.mark.parametrize(
    "name",
    ["Bureau of Labor Statistics", "Federal Reserve", "company filings, Refinitiv", "Twitter", "X", "Facebook",
     "interviews with residents", "AP-NORC poll", "Census Bureau", "World Health Organization", "who.int",
     "federalreserve.gov", "Statista", "Reuters analysis", "The Guardian, Federal Reserve", "example-unrated-site.com",
     "Johns Hopkins University", "Getty Images", "", "https://www.bls.gov/news.release/cpi.htm"],
)
def test_names_outlet_rejects_data_bodies_platforms_and_descriptions(name):
    assert not provenance.names_outlet(name)


@pytest.mark.parametrize(
    ("above", "chart"),
    [("| 2022 | 8.3 |", True), ("![Chart](x.png)", True), ("Chart: Oil prices", True), ("### Figure 3", True),
     ("Tabelle 1: Preise", True), ("Annual inflation rate, 2000-2022", False), (None, False),
     ("Russian Promise to Pull Out of Ukraine, Yet World Leaders Are Sceptical", False), ("Mapping the war", False)],
)
def test_under_chart(above, chart):
    assert provenance.under_chart(above) is chart
