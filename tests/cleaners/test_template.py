import pytest
from cleanerutil import BODY, kept_line, page, removed, run


@pytest.mark.parametrize(
    "line",
    ["* * *", "---", "\\* \\* \\*", "© 2023 Example Media Ltd. All rights reserved.", "Tous droits réservés",
     "(c) 2024 Harbour Press", "Copyright 2021 The Valley Times", "Copyright © Example Media"],
)
def test_separators_and_legal_lines_are_dropped(line):
    assert removed("template", page(line)) == {line: "template"}


def test_a_tags_list_after_its_heading_is_dropped():
    lines = ["### Tags", "- Transport", "- City council", "- Budget"]
    got = removed("template", page(*lines))
    assert got == {line: "template" for line in lines}


def test_a_field_label_alone_is_dropped_but_the_list_after_it_is_judged_on_its_own():
    # "Description" labels a CMS field; it does not announce a list of site labels.
    lines = ["## Description", "- Two new bus routes", "- Later trains on Sundays"]
    assert removed("template", page(*lines)) == {"## Description": "template"}


@pytest.mark.parametrize(
    "line",
    [
        "1. The council will vote again in May.",
        "Copyrights on the bus design belong to the manufacturer, the council said.",
        "Description of the new routes was published on the council website.",
        "(c) the judge's summary of the evidence omitted the defence expert entirely.",
        "Copyright law, the judge said, does not protect an idea, only its expression.",
        "Copyright notices are the one thing nobody reads, she added.",
    ],
)
def test_prose_and_article_lists_stay(line):
    assert kept_line("template", line)


@pytest.mark.parametrize("line", ["Reading time: 3 minutes", "5 min read", "Tempo de leitura: 1 minuto", "Lesezeit: 4 Min."])
def test_reading_time_lines_are_dropped(line):
    assert removed("template", page(line)) == {line: "template"}


@pytest.mark.parametrize("line", ["Updated at 1:23 p.m.", "Aktualisiert um 12:30 Uhr", "Mis à jour à 14h05"])
def test_timestamp_lines_without_a_date_are_dropped(line):
    assert removed("template", page(line)) == {line: "template"}


@pytest.mark.parametrize(
    "line", ["2 hours ago", "Updated an hour ago", "Published: 35 mins ago", "il y a 5 min", "vor 3 Stunden", "Hace 2 horas"]
)
def test_relative_time_lines_are_dropped(line):
    assert removed("template", page(line)) == {line: "template"}


@pytest.mark.parametrize("line", ["Two hours ago, the council voted to close the bridge.", "The fire started 2 hours ago"])
def test_prose_with_a_relative_time_stays(line):
    assert kept_line("template", line)


def test_a_sentence_about_an_update_stays():
    assert kept_line("template", "Updated figures released at 10:30 showed a sharp rise in ridership.")


# Dutch, Italian and Portuguese, per class: template lines, then prose that opens with the same
# words (a time or a legal phrase inside a sentence) and must stay.
TEMPLATE_LINES = {
    ("nl", "furniture"): (
        ["Alle rechten voorbehouden", "Privacyverklaring", "Cookiebeleid"],
        ["Alle rechten voorbehouden aan de erfgenamen, stond in het testament.",
         "De privacyverklaring van de app is volgens experts onduidelijk.",
         "Over ons wordt veel gepraat, zei de burgemeester."],
    ),
    ("nl", "reading_time"): (
        ["Leestijd: 3 minuten", "Leestijd 4 min", "5 minuten leestijd"],
        ["De leestijd van het rapport is volgens de minister 3 uur.",
         "Leestijd: het rapport telt 300 pagina's",
         "5 minuten lezen per dag helpt kinderen, blijkt uit onderzoek."],
    ),
    ("nl", "relative_time"): (
        ["2 uur geleden", "Bijgewerkt: 5 minuten geleden", "een dag geleden"],
        ["2 uur geleden stond hier nog een huis.", "Een uur geleden sprak de minister de Kamer toe.",
         "Het gebeurde 3 dagen geleden in Utrecht."],
    ),
    ("nl", "timestamp"): (
        ["Bijgewerkt om 14.30 uur", "Gepubliceerd: 09:15", "Laatst bijgewerkt om 8:05"],
        ["Bijgewerkte cijfers van 10.30 uur lieten een stijging zien.", "Om 14.30 uur begon de vergadering.",
         "Gepubliceerd werd het rapport pas om 17.00 uur."],
    ),
    ("it", "furniture"): (
        ["Riproduzione riservata ©", "Tutti i diritti riservati", "Note legali"],
        ["Tutti i diritti riservati ai lavoratori sono stati rispettati, dice il sindacato.",
         "Chi siamo, ci chiediamo spesso in questi giorni difficili.",
         "Le note legali del contratto erano state scritte in fretta."],
    ),
    ("it", "reading_time"): (
        ["Tempo di lettura: 3 minuti", "Lettura: 4 min", "5 min di lettura"],
        ["Lettura consigliata: il romanzo di Calvino", "5 minuti di lettura al giorno bastano, dicono gli esperti.",
         "Il tempo di lettura medio è sceso a 3 minuti."],
    ),
    ("it", "relative_time"): (
        ["2 ore fa", "Aggiornato: 5 minuti fa", "un'ora fa"],
        ["2 ore fa il ministro ha lasciato Palazzo Chigi.", "Un'ora fa è arrivata la notizia.",
         "Tutto è successo 3 giorni fa a Milano."],
    ),
    ("it", "timestamp"): (
        ["Aggiornato alle 14:30", "Pubblicato alle ore 9.15", "Ultimo aggiornamento: 18:02"],
        ["Alle 14:30 è iniziata la riunione.", "Aggiornato il regolamento, la seduta riprende alle 15:00.",
         "Pubblicato ieri alle 10:00 il bando per i nuovi medici."],
    ),
    ("pt", "furniture"): (
        ["Todos os direitos reservados", "Estatuto editorial", "Fale conosco"],
        ["Todos os direitos reservados aos trabalhadores foram garantidos, diz o sindicato.",
         "Quem somos nós para julgar, perguntou o padre.",
         "A ficha técnica do filme inclui atores de três países.",
         "Ficha técnica"],  # a film or book review's own heading, as often as a site's masthead link
    ),
    ("pt", "reading_time"): (
        ["Tempo de leitura: 2 minutos", "Leitura: 2 min", "4 min de leitura"],
        ["Leitura obrigatória para quem gosta de história",
         "O tempo de leitura diário das crianças caiu para 10 minutos.",
         "5 minutos de leitura por dia fazem diferença, diz o estudo."],
    ),
    ("pt", "relative_time"): (
        ["há 2 horas", "Atualizado há 5 minutos", "3 dias atrás"],
        ["Há 2 horas que a estrada está cortada.", "Tudo aconteceu há 3 dias em Lisboa.",
         "Há uma hora o ministro falou ao país."],
    ),
    ("pt", "timestamp"): (
        ["Atualizado às 14h30", "Publicado às 09:15", "Atualização: 18h02"],
        ["Às 14h30 começou a reunião.", "Atualizado o regulamento, a sessão recomeça às 15h00.",
         "Publicado ontem às 10:00, o edital já tem mil inscritos."],
    ),
}


def _template_cases(positive: bool) -> list:
    return [
        pytest.param(line, concept, id=f"{lang}-{concept}-{i}")
        for (lang, concept), (positives, negatives) in TEMPLATE_LINES.items()
        for i, line in enumerate(positives if positive else negatives)
    ]


@pytest.mark.parametrize(("line", "concept"), _template_cases(positive=True))
def test_dutch_italian_and_portuguese_template_lines_are_dropped(line, concept):
    r = run("template", page(line))
    assert [(x.text, x.kind.value) for x in r.removals] == [(line, "template")]
    assert r.removals[0].reason == f"site {concept.replace('_', ' ')} line"


@pytest.mark.parametrize(("line", "concept"), _template_cases(positive=False))
def test_dutch_italian_and_portuguese_prose_like_template_lines_stays(line, concept):
    assert kept_line("template", line)


@pytest.mark.parametrize(
    "lines",
    [
        ["### Trefwoorden", "- Wonen", "- Gemeenteraad", "- Toerisme"],
        ["Onderwerpen", "* Klimaat", "* Energie"],
        ["### Argomenti", "- Trasporti", "- Consiglio comunale", "- Bilancio"],
        ["Parole chiave", "* Venezia", "* Turismo"],
        ["### Tópicos", "- Habitação", "- Câmara Municipal", "- Turismo"],
        ["Etiquetas", "* Lisboa", "* Alojamento local"],
    ],
)
def test_dutch_italian_and_portuguese_label_lists_after_their_heading_are_dropped(lines):
    assert removed("template", page(*lines)) == {line: "template" for line in lines}


@pytest.mark.parametrize(
    "lines",
    [
        ["Onderwerpen die aan bod kwamen:", "- wonen", "- zorg"],
        ["Argomenti del consiglio di oggi:", "- bilancio", "- trasporti"],
        ["Temas em debate na câmara:", "- habitação", "- transportes"],
    ],
)
def test_an_article_list_introduced_in_prose_stays(lines):
    assert removed("template", page(*lines)) == {}


# Prose that opens with "Copyright" and a capital, or with a "(c)" list item: the words after it
# are a sentence's, not an owner's name; notices are still dropped.
@pytest.mark.parametrize(
    "line",
    [
        "Copyright Act reforms were debated in parliament on Tuesday.",
        "Copyright Office guidance issued in 2023 says works made by machines cannot be registered.",
        "(c) The council will publish the results of the consultation in June.",
    ],
)
def test_prose_that_opens_with_copyright_and_a_capital_stays(line):
    assert kept_line("template", line)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright Reuters",
        "Copyright Example Media Group Limited, registered in England and Wales",
        "Copyright Example Media. All rights reserved. Reproduction in whole or in part without permission is prohibited.",
        "Copyright (c) Example Media",
    ],
)
def test_copyright_notices_naming_their_owner_are_dropped(line):
    assert removed("template", page(line)) == {line: "template"}


@pytest.mark.parametrize(
    "line",
    [
        "版权所有 © 2022 新华日报社 未经授权禁止转载",
        "版權所有：中央通訊社",
        "جميع الحقوق محفوظة © 2022 الشرق اليوم",
        "Все права защищены. Перепечатка без разрешения редакции запрещена.",
        "Wszelkie prawa zastrzeżone",
        "Tüm hakları saklıdır.",
        "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>",
        "Bản quyền © 2022 Báo Tin Nhanh",
        "(c) 2022 Harbour Press. Усі права захищені",
        "京ICP备12345678号",
        "京ICP证030173号 京公网安备11000002000001号",
    ],
)
def test_copyright_and_licence_lines_in_other_languages_are_dropped(line):
    assert removed("template", page(line)) == {line: "template"}


@pytest.mark.parametrize(
    "line",
    [
        # the words of a notice opening a sentence
        "Все права защищены Конституцией, напомнил судья в четверг.",
        "جميع الحقوق محفوظة للمواطنين وفق الدستور، قال الوزير.",
        "版权所有者对此表示不满，并已向法院提起诉讼。",
        "Bản quyền, theo luật sư, thuộc về tác giả của bức ảnh.",
        "저작권자는 이번 판결에 대해 항소하겠다고 밝혔다.",
        "ICP备案制度自2000年起实施，专家表示。",
    ],
)
def test_prose_about_rights_in_other_languages_stays(line):
    assert kept_line("template", line)


def test_a_copyright_notice_rendered_as_a_list_item_goes():
    r = run("template", f"{BODY}\n\n* © 2025 Northern Example Media Ltd. All rights reserved.")
    assert r.text == BODY
    text = f"{BODY}\n\n* Copyright law changed in 2019, the minister said."
    assert run("template", text).text == text
