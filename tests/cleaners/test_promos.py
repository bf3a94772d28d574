import unicodedata

import pytest
from cleanerutil import BODY, BODY2, kept_line, page, removed, run

import newsclean

POSITIVES = [
    "Comments (12)",
    "Instagram",
    "Threads",
    "Kommentare (3)",
    "Copiar enlace",
    "Compartir en X",
    "Enviar por correo",
    "Copier le lien",
    "Link kopieren",
    "READ MORE: Council approves new stadium plans",
    "Lire aussi : La réforme des retraites adoptée",
    "Lesen Sie auch: Bahn streikt erneut",
    "Lee también: El Gobierno aprueba el presupuesto",
    "Écouter cet article",
    "Artikel anhören",
    "Sign up for our newsletter",
    "Suscríbete a nuestro boletín",
    "Share this article",
    "Related: [Five things to know about the budget](#)",
    "Read more:",  # the label alone, its headline on the next line
    "Leggi anche",
    "Lesen Sie auch:",
]
NEGATIVES = [
    "Comments (from readers and officials) poured in after the vote, the council said.",
    "Every morning you will get a lot of sunshine in the south, the forecast said.",
    "Follow the money, the inspector told the committee on social media day.",
    "Copiar enlace tras enlace no basta, dijo la profesora a sus alumnos de periodismo.",
    "Enviar por correo las papeletas será posible hasta el jueves, según la Junta Electoral.",
    "Read more about the plan in the council's report, which was published last week and runs to 200 pages.",
    "Listen to this: the mayor said the buses would be free on Sundays.",
    "Subscribers to the local paper were the first to learn of the decision.",
    "Related costs rose sharply.",
    "Share prices of the bus operator rose 4% on the news.",
]


@pytest.mark.parametrize("line", ["hide caption", "Toggle caption", "Enlarge this image", "Sponsor Message"])
def test_a_pictures_buttons_and_an_ad_slots_label_are_dropped(line):
    # a public broadcaster's page prints its photo's buttons and its ad slot's label as text
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    ["Hide caption text was left on the draft, the editor admitted.", "The sponsor message was read out before the match."],
)
def test_prose_about_captions_and_sponsors_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ADVERTISEMENT", "advert line"),
        ("Anzeige", "advert line"),
        ("Publicité", "advert line"),
        ("广告", "advert line"),
        ("Story continues below advertisement", "advert line"),
        ("Share", "share line"),
        ("Partager sur Facebook", "share line"),
    ],
)
def test_an_advert_label_is_dropped_as_an_advert_not_a_share_button(line, reason):
    r = run("promos", page(line))
    assert [(x.text, x.kind.value, x.reason) for x in r.removals] == [(line, "promo", reason)]


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement revenue fell by a third last year, the broadcaster said.",
        "Anzeige erstattet: Die Polizei ermittelt gegen den Fahrer.",
        "Publicité mensongère : l'enseigne condamnée à une amende.",
    ],
)
def test_prose_that_opens_with_an_advert_word_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize("line", POSITIVES)
def test_promo_lines_are_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize("line", NEGATIVES)
def test_prose_that_resembles_a_promo_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize(
    "label",
    [
        "Read more:",
        "READ MORE",
        "Lire aussi :",
        "Lesen Sie auch:",
        "Leia também",
        # a lead phrase alone with its separator is a label too
        "Related:",
        "Noticia relacionada:",
        "Passend dazu:",
        "Top story »",
        # read-more labels of languages with no other vocabulary
        "Czytaj także:",
        "LÄS OCKSÅ:",
        "Baca juga:",
    ],
)
def test_a_read_more_label_alone_takes_the_headline_under_it(label):
    headline = "Water bills to rise by £123 a year"
    assert removed("promos", page(label, headline)) == {label: "promo", headline: "promo"}


@pytest.mark.parametrize(
    "after",
    [
        "The council said it would publish the full report online next week, with every vote.",
        "What did the inspectors find?",
    ],
)
def test_a_paragraph_after_a_read_more_label_stays(after):
    assert removed("promos", page("Read more:", after)) == {"Read more:": "promo"}


@pytest.mark.parametrize("marker", ["Related stories:", "See more:"])
def test_a_marker_of_a_headline_list_is_left_to_trailing_headlines(marker):
    # the whole list after it is the other cleaner's: taking one headline would split it
    assert removed("promos", page(marker, "Water bills to rise by £123 a year")) == {}


@pytest.mark.parametrize("line", ["Zum Thema Rente sagte der Minister am Montag nichts.", "Related: the council's answer"])
def test_a_lead_phrase_that_opens_a_sentence_is_no_label_alone(line):
    # prose, or a lead phrase with its headline on the same line (a promo of its own kind)
    result = removed("promos", page(line, "Water bills to rise by £123 a year"))
    assert "Water bills to rise by £123 a year" not in result


def test_get_into_your_inbox_prose_stays():
    assert kept_line("promos", "Getting into your inbox on a Monday morning is never fun, she admitted in her column.")


def test_a_long_paragraph_is_never_a_promo():
    line = "Read more: " + "the council said it would publish every vote online " * 5
    assert kept_line("promos", line)


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Get the latest updates right in your inbox. Subscribe to Example.com's newsletters.", "promo"),
        ("Like this story? Share it with a friend!", "promo"),
        ("Get the Morning Briefing delivered to your inbox every weekday", "promo"),
        ("Get our best stories in your inbox each Friday.", "promo"),
        ("Get our free Evening Digest and every weekday you will receive:", "promo"),
        ("Follow the Harbour Echo on social media for the latest news:", "promo"),
        ("Apúntate a nuestro boletín y recibirás cada mañana:", "promo"),
        ("Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.", "promo"),
        # Quebec French says "infolettre"
        ("Abonnez-vous à notre infolettre.", "promo"),
        ("Inscrivez-vous à l'infolettre du matin pour ne rien manquer de l'actualité régionale.", "promo"),
        ("Have a tip? Jane Doe may be reached at jdoe@example.com.", "template"),
        # a newsletter box's fine print and a subscription pitch
        ("No spam, we promise. You can unsubscribe at any time and we'll never share your details.", "promo"),
        ("Unsubscribe anytime.", "promo"),
        ("Need more space? Subscribe to our sister title All About Space for the latest news.", "promo"),
        ("Enjoyed this? There's plenty more where it came from. Put your email in below.", "promo"),
        # share-bar buttons, widgets and advert labels, alone on their line
        ("Send to a friend", "promo"),
        ("Copy URL", "promo"),
        ("Gift this article", "promo"),
        ("Save for later", "promo"),
        ("Offrir cet article", "promo"),
        ("Stay in the loop", "promo"),
        ("Rate this recipe", "promo"),
        ("Scroll to continue with content", "promo"),
        ("REKLAMA", "promo"),
        ("Annons", "promo"),
        ("Quảng cáo", "promo"),
    ],
)
def test_calls_to_action_in_a_short_line_are_dropped(line, kind):
    assert removed("promos", page(line)) == {line: kind}


@pytest.mark.parametrize(
    "line",
    [
        "The council's newsletter, which residents receive each month, described the plan in detail.",
        "Officials said the mayor can be reached at city hall on weekdays.",
        "She asked him to send it to a friend in Lyon, the court heard.",
        "Advertisement revenue fell by a third, the company said.",
        "Customers who signed up could unsubscribe at any time, the regulator said.",
        "L'infolettre du ministère, lancée en 2019, compte aujourd'hui 40 000 abonnés.",
        "Les citoyens qui se sont abonnés à l'infolettre municipale ont reçu l'avis mardi.",
        "The spam filter caught most of the messages, but no spam filter is perfect, he said.",
        "Many readers subscribe to several newsletters, a survey by the institute found last year, "
        "and most of them read at least one every day before work, often on their phones.",
    ],
)
def test_prose_about_newsletters_and_contacts_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize(
    "line",
    [
        "SEE MORE: Hong Kong protests enter their sixth month",
        "[Related: Five things to know about the budget]",
        "Follow Example News on Instagram, Facebook, Twitter and YouTube.",
        "Tell us what YOU think...",
        "Get Example Monthly delivered every month. 12 issues for £11.99. Click here for more",
        "Cliquez ici pour recevoir nos offres.",
    ],
)
def test_more_promo_classes(line):
    assert set(removed("promos", page(line)).values()) == {"promo"}


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, investigators said on Monday.",
        "Click here, the instructions said, and the machine would start; it did not.",
        "See more of the city's history at the museum, which reopens in May after a long renovation.",
    ],
)
def test_prose_with_promo_words_stays(line):
    assert kept_line("promos", line)


def test_feedback_prompts_are_dropped():
    line = "We’d like to hear what you think about this or any of our articles."
    assert removed("promos", page(line)) == {line: "promo"}


# Dutch, Italian and Portuguese, per class: lines that are the clutter, then article prose that
# resembles it and must stay (a sentence opening with the same words, an imperative in a quote).
PROMO_LINES = {
    ("nl", "read_more"): (
        ["Lees ook: Kabinet trekt extra geld uit voor woningbouw", "LEES MEER | Rechter verbiedt demonstratie op de Dam",
         "Zie ook: [Alles over de verkiezingen](#)", "Lees ook"],
        ["Lees meer over het plan in het rapport van de gemeente, dat vorige week verscheen.",
         "Lees ook de kleine lettertjes, adviseert de Consumentenbond kopers van een nieuwe auto.",
         "Zie ook hoe de rivier is gestegen, zei de dijkgraaf tegen verslaggevers."],
    ),
    ("nl", "audio_widget"): (
        ["Luister naar dit artikel", "Beluister dit artikel", "Audio wordt geladen..."],
        ["Luister naar de verhalen van de bewoners, zei de burgemeester tijdens de raadsvergadering.",
         "Voorlezen aan kinderen helpt hun taalontwikkeling, blijkt uit onderzoek.",
         "Luister, zei ze, dit is de laatste kans."],
    ),
    ("nl", "newsletter"): (
        ["Meld je aan voor onze nieuwsbrief", "Nieuwsbrief",
         "Elke ochtend het belangrijkste nieuws in je mailbox? Schrijf je in voor onze nieuwsbrief."],
        ["De gemeente stuurt bewoners elke maand een nieuwsbrief over de werkzaamheden aan de brug.",
         "Wie zich aanmeldt voor de nieuwsbrief van de partij, krijgt ook uitnodigingen voor bijeenkomsten.",
         "Abonneren op de krant werd vorig jaar duurder, meldt de uitgever."],
    ),
    ("nl", "share"): (
        ["Deel op Facebook", "Kopieer link", "Volg ons op Instagram en Facebook", "Deel dit artikel met je vrienden"],
        ["Deel van de opbrengst gaat naar het Rode Kruis, zei de organisatie.",
         "Volg de ontwikkelingen rond de formatie, adviseerde de premier de Kamerleden.",
         "Delen in de winst is voor werknemers van het bedrijf al jaren gebruikelijk."],
    ),
    ("nl", "feedback"): (
        ["Plaats een reactie", "Laat een reactie achter", "Praat mee!"],
        ["Reageer niet op dit soort berichten, waarschuwt de politie.",
         "De minister wilde niet reageren op vragen van de Kamer.",
         "Plaats een reactie op de website van de gemeente was volgens hem de enige optie."],
    ),
    ("nl", "offer"): (
        ["Klik hier om je aan te melden voor de actie.", "Word nu abonnee en lees drie maanden voor 1 euro.",
         "Onbeperkt lezen? Neem een abonnement en steun onafhankelijke journalistiek."],
        ["Klik hier, stond er op het scherm, en daarna gebeurde er niets.",
         "Wie abonnee wordt van de bibliotheek, kan gratis e-books lenen.",
         "Een abonnement op de krant kost voortaan 30 euro per maand."],
    ),
    ("nl", "contact"): (
        ["Heb je een tip? Mail de redactie via tips@example.nl", "Mail ons via redactie@example.nl",
         "Heeft u een tip? Bel of mail ons."],
        ["De politie vraagt mensen met een tip contact op te nemen via het gratis nummer.",
         "Mail ons niet, zei de woordvoerder lachend, want we lezen het toch niet.",
         "Heb je een tip voor een goed restaurant in de buurt, dan hoort de chef het graag."],
    ),
    ("it", "read_more"): (
        ["Leggi anche: Sciopero dei treni, le fasce garantite", "Approfondisci: Manovra, cosa cambia per le pensioni",
         "Articoli correlati: [Il governo approva il decreto](#)", "Leggi anche"],
        ["Leggi anche le critiche delle associazioni dei commercianti, che temono un calo degli incassi.",
         "Approfondisci la questione, disse il giudice al perito nominato dal tribunale.",
         "Da non perdere la mostra di Caravaggio, secondo i critici la più importante dell'anno."],
    ),
    ("it", "audio_widget"): (
        ["Ascolta l'articolo", "Ascolta questo articolo", "Caricamento audio..."],
        ["Ascolta i cittadini, ha chiesto il sindaco alla giunta durante il consiglio comunale.",
         "Ascoltare l'articolo letto da una voce sintetica non piace a tutti i lettori.",
         "Ascolta, disse, questa è l'ultima occasione."],
    ),
    ("it", "newsletter"): (
        ["Iscriviti alla nostra newsletter", "Abbonati",
         "Le notizie del giorno nella tua casella. Iscriviti alla newsletter."],
        ["La newsletter del comune arriva ogni mese a tutti i residenti del quartiere.",
         "Chi si iscrive alla newsletter del partito riceve anche gli inviti agli eventi.",
         "Accedi ai servizi online del comune con lo Spid, ha spiegato l'assessore."],
    ),
    ("it", "share"): (
        ["Condividi su Facebook", "Copia link", "Seguici su Facebook e Instagram"],
        ["Condividi la responsabilità, ha detto il ministro ai presidenti delle regioni.",
         "Seguici, gridavano i manifestanti ai passanti in piazza del Duomo.",
         "La stampa estera ha seguito il processo fin dal primo giorno."],
    ),
    ("it", "feedback"): (
        ["Lascia un commento", "Dì la tua", "Commenta"],
        ["Lascia un commento sul registro, aveva detto la preside agli insegnanti.",
         "Il ministro non ha voluto commentare la sentenza della Corte.",
         "Commenta la partita con gli amici, suggerisce la pubblicità dell'operatore."],
    ),
    ("it", "offer"): (
        ["Clicca qui per scaricare l'app.", "Abbonati ora: il primo mese a 1 euro.",
         "Tutte le notizie senza limiti. Abbonati subito!"],
        ["Clicca qui, diceva il messaggio, e il computer si bloccava.",
         "Chi si abbona ora al teatro paga meno, spiega il direttore.",
         "Abbonati e tifosi hanno protestato davanti allo stadio."],
    ),
    ("it", "contact"): (
        ["Hai una segnalazione? Scrivici a redazione@example.it", "Scriveteci a lettere@example.it",
         "Contatta la redazione"],
        ["Scrivi a tua madre, disse il prete al ragazzo.",
         "Ha contattato la redazione del giornale per chiedere una rettifica.",
         "Hai una segnalazione da fare, ha chiesto il carabiniere."],
    ),
    ("pt", "read_more"): (
        ["Leia também: Preço das casas volta a subir em Lisboa", "Saiba mais: [Como declarar o IRS](#)",
         "Veja também | Governo anuncia novo pacote", "Leia mais"],
        ["Leia também o contrato com atenção, aconselha a associação de consumidores.",
         "Saiba mais sobre os seus direitos no portal do consumidor, recomenda a associação.",
         "Veja também como a cidade mudou nos últimos dez anos, disse o arquiteto à plateia."],
    ),
    ("pt", "audio_widget"): (
        ["Ouça este artigo", "Ouvir artigo", "A carregar áudio..."],
        ["Ouça os moradores, pediu o vereador durante a sessão da câmara.",
         "Ouvir a notícia na rádio foi um choque para a família.",
         "Ouvir, disse ele, é a parte mais difícil do trabalho."],
    ),
    ("pt", "newsletter"): (
        ["Subscreva a nossa newsletter", "Assine nossa newsletter",
         "Receba as principais notícias no seu e-mail. Inscreva-se na nossa newsletter."],
        ["A newsletter da câmara chega todos os meses a milhares de moradores.",
         "Quem assina a newsletter do partido também recebe convites para comícios.",
         "Entrar no estádio demorou mais de uma hora, segundo os adeptos."],
    ),
    ("pt", "share"): (
        ["Partilhar no Facebook", "Copiar link", "Siga o Público no Instagram"],
        ["Partilhar o poder com a oposição nunca foi fácil, admitiu o primeiro-ministro.",
         "Siga em frente, disse o polícia ao condutor.",
         "Compartilhe a conta do restaurante, sugeriu o garçom ao casal."],
    ),
    ("pt", "feedback"): (
        ["Deixe seu comentário", "Comente!", "Dê a sua opinião"],
        ["O ministro não quis comentar a decisão do tribunal.",
         "Deixe um comentário na caderneta, pediu a professora aos pais.",
         "Comente com cuidado nas redes sociais, aconselha a polícia."],
    ),
    ("pt", "offer"): (
        ["Clique aqui para assinar e ganhe 30 dias grátis.", "Assine já e tenha acesso ilimitado.",
         "Todo o jornalismo por 1 euro. Subscreva agora!"],
        ["Clique aqui, dizia a mensagem, e o computador travava.",
         "Quem assina agora o contrato paga menos, diz a operadora.",
         "Assine o documento, pediu o juiz à testemunha."],
    ),
    ("pt", "contact"): (
        ["Tem uma dica? Escreva para redacao@example.com.br", "Escreva-nos para leitores@example.pt",
         "Fale com a redação"],
        ["Escreva para o seu deputado, sugere a associação.",
         "Tem uma dica para o almoço, perguntou o empregado.",
         "Falou com a redação do jornal para pedir uma correção."],
    ),
}
_CONCEPT_KIND = {"contact": "template"}  # the other promo classes are "promo"


def _promo_cases(positive: bool) -> list:
    return [
        pytest.param(line, concept, id=f"{lang}-{concept}-{i}")
        for (lang, concept), (positives, negatives) in PROMO_LINES.items()
        for i, line in enumerate(positives if positive else negatives)
    ]


@pytest.mark.parametrize(("line", "concept"), _promo_cases(positive=True))
def test_dutch_italian_and_portuguese_promos_are_dropped(line, concept):
    r = run("promos", page(line))
    assert [(x.text, x.kind.value) for x in r.removals] == [(line, _CONCEPT_KIND.get(concept, "promo"))]
    assert r.removals[0].reason.startswith(concept.replace("_", " "))


@pytest.mark.parametrize(("line", "concept"), _promo_cases(positive=False))
def test_dutch_italian_and_portuguese_prose_like_promos_stays(line, concept):
    assert kept_line("promos", line)


# A lead phrase and its separator before a sentence that runs on in lower case to its full
# stop: the article's prose after a colon, not a headline (which opens with a capital).
@pytest.mark.parametrize(
    "line",
    [
        "Watch: the moment the first bus left the depot was filmed by dozens of residents.",
        "Related: the number of cars in the district has doubled in ten years.",
        "Recommended: a maximum of 30 minutes a day on a bus, according to the health agency.",
        "Zie ook: de gemeente heeft 40 miljoen euro uitgetrokken voor nieuwe bussen.",
        "Saiba mais: o plano prevê 40 milhões de euros para novos autocarros.",
        "Approfondimento: il piano prevede 40 milioni di euro per i nuovi autobus.",
        "Relacionado: el número de coches se ha duplicado en diez años, según el informe.",
    ],
)
def test_a_lead_phrase_before_a_lower_case_sentence_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize(
    "line",
    [
        "Read more: the 10 best beaches in Spain",  # no full stop: a headline
        "Watch: Moment the first bus left the depot.",  # a capital: a headline
        "Video: click here to watch the full interview with the mayor.",  # a call to action in it
    ],
)
def test_a_lead_phrase_before_a_headline_or_a_call_to_action_is_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


# Follow prompts and "continue reading" links in French, German and Spanish, alone on a line;
# prose that reports the same words stays.
@pytest.mark.parametrize(
    "line",
    ["Suivez-nous sur Facebook", "Folgen Sie uns auf Instagram und X", "Síguenos en Twitter", "Lire la suite", "Weiterlesen"],
)
def test_french_german_and_spanish_follow_and_read_on_links_are_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        "Des milliers d'internautes suivent le procès sur Twitter, où les avocats publient chaque audience.",
        "Viele Fans folgen dem Verein auf Instagram, sagte der Sprecher.",
        "Lire la suite du rapport prendra des semaines aux enquêteurs, selon le parquet.",
    ],
)
def test_prose_about_following_on_social_media_stays(line):
    assert kept_line("promos", line)


# Comment buttons and counts, and "in your inbox" newsletter prompts, in Spanish, Italian,
# Portuguese and Dutch as sites word them (a count before the button's word in any language);
# then article prose that mentions comments, an inbox or a newsletter, which stays.
COMMENT_AND_INBOX_PROMOS = {
    "es": (
        ["Comentarios", "12 comentarios", "Ver comentarios", "Deja tu comentario", "Deja un comentario",
         "Sé el primero en comentar", "Recíbelo en tu correo", "Recibe las noticias más importantes en tu correo electrónico",
         "Reciba nuestro boletín en su bandeja de entrada"],
        ["Los comentarios del ministro provocaron una fuerte reacción en la oposición.",
         "Recibe cada mañana decenas de correos en su bandeja de entrada, explica la abogada.",
         "¿Recibes correos sospechosos en tu bandeja de entrada? La policía recomienda no abrirlos.",
         "Recibe el boletín oficial cada semana, según el ayuntamiento."],
    ),
    "it": (
        ["Commenti", "Commenti (12)", "1 commento", "Mostra commenti", "Lascia un commento", "Sii il primo a commentare",
         "Ricevi la newsletter nella tua casella", "Ricevi le notizie del giorno nella tua casella di posta"],
        ["I commenti sui social sono stati migliaia, ha detto il sindaco.",
         "Ricevi una mail sospetta nella tua casella? Ecco cosa fare",
         "Se ricevi una email sospetta nella tua casella di posta, non cliccare sui link.",
         "La newsletter del comune arriva ogni venerdì nella casella dei residenti."],
    ),
    "pt": (
        ["Comentários", "3 comentários", "Ver comentários", "Deixe seu comentário", "Seja o primeiro a comentar",
         "Receba no seu e-mail", "Receba as principais notícias na sua caixa de entrada"],
        ["Os comentários do presidente foram criticados pela oposição.",
         "Recebe dezenas de mensagens no seu e-mail todos os dias, diz o advogado.",
         "O banco disse que os clientes vão receber a fatura no seu e-mail.",
         # an offer that runs on past the inbox, in a paragraph of its own: not the short prompt
         "Receba em seu email o nosso guia gratuito com as dez etapas para ensinar seus filhos a ler em casa, "
         "escrito pela pedagoga entrevistada. Clique aqui: https://example.com/guia"],
    ),
    "nl": (
        ["Reacties", "8 reacties", "Bekijk reacties", "Reageer", "Reageer op dit artikel", "Schrijf een reactie",
         "Ontvang de nieuwsbrief in je inbox", "Ontvang het laatste nieuws per mail"],
        ["De reacties op het voorstel waren overwegend negatief, zegt de wethouder.",
         "Veel lezers ontvingen de nieuwsbrief pas een dag later in hun inbox.",
         "Ontvang je verdachte berichten in je inbox? Klik dan nergens op",
         "Reageer niet op verdachte berichten, waarschuwt de politie."],
    ),
    "counts": (
        ["5 commentaires", "12 Kommentare", "0 Comments", "1 comentário"],
        ["12 Kommentare gingen ein, bevor die Diskussion geschlossen wurde.", "3 comentários foram apagados pela moderação."],
    ),
}


@pytest.mark.parametrize(
    "line", [pytest.param(x, id=f"{lang}-{i}") for lang, (pos, _) in COMMENT_AND_INBOX_PROMOS.items() for i, x in enumerate(pos)]
)
def test_comment_buttons_and_inbox_prompts_are_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line", [pytest.param(x, id=f"{lang}-{i}") for lang, (_, neg) in COMMENT_AND_INBOX_PROMOS.items() for i, x in enumerate(neg)]
)
def test_prose_about_comments_inboxes_and_newsletters_stays(line):
    assert kept_line("promos", line)
    assert line in newsclean.clean(page(line)).text  # and no other cleaner takes it


@pytest.mark.parametrize(
    "line",
    [
        "Share this on WhatsApp",
        "Share this article via email",
        "Share it on Facebook",
        "Partager cet article sur Facebook",
        "Diesen Artikel per E-Mail teilen",
        "Comparte esta noticia en WhatsApp",
    ],
)
def test_a_share_button_that_names_its_network_is_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        "Share this on WhatsApp, the minister told his followers, and the message spread within hours.",
        "Share it on Facebook was the advice the agency gave to every small business it met.",
        "Partager cet article sur Facebook lui a valu une amende, selon le tribunal.",
    ],
)
def test_prose_that_opens_like_a_share_button_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize(
    "line",
    [
        "Email this article",
        "Email this story",
        "E-mail this article",
        "Share via email",
        "Send this story",
        "[Email this article](#)",
        "Envoyer cet article par e-mail",
        "Artikel per E-Mail versenden",
        "Enviar esta noticia",
        "Invia questo articolo",
        "Enviar este artigo",
        "Mail dit artikel",
    ],
)
def test_a_share_bar_s_email_button_is_dropped(line):
    # a share bar's third button beside "Share on Facebook" and "Share on X"
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize("button", ["Email this article", "Envoyer cet article", "Mail dit artikel"])
def test_the_heading_after_an_email_button_stays(button):
    # a share button is no read-more label: the short line under it is no promo's headline
    assert removed("promos", page(button, "Key events")) == {button: "promo"}


@pytest.mark.parametrize("line", ["* Email this article", "- Email this story", "* Mail dit artikel"])
def test_an_email_button_rendered_as_a_list_item_is_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        "Email this article to your MP before Friday, the campaign group urged its members.",
        "Send this story to anyone who still doubts the plan, the mayor told supporters.",
        "Envoyer cet article à la rédaction lui a pris trois semaines, raconte-t-il.",
        "Diesen Artikel per E-Mail zu versenden, war laut Gericht keine Straftat.",
        "Mail dit artikel door naar de gemeenteraad, adviseerde de actiegroep haar leden.",
    ],
)
def test_prose_that_opens_like_an_email_button_stays(line):
    assert kept_line("promos", line)
    assert line in newsclean.clean(page(line)).text  # and no other cleaner takes it


@pytest.mark.parametrize(
    "line",
    [
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "This site is protected by recaptcha Privacy Policy | Terms of Service",
        "Continue Reading Below",
        "Shares",
    ],
)
def test_newsletter_fine_print_ad_breaks_and_share_counters_are_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        "Shares in the company fell 4% on Monday after the announcement.",
        "Continue reading below the fold was how editors once described the rest of a front page.",
    ],
)
def test_prose_about_shares_and_reading_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize(
    "line",
    [
        "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
        "If you buy something through this post, the site may get a share of the sale.",
        "Disclosure: the site may earn a commission from some of the products featured on this page.",
        "This post may contain affiliate links.",
        "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.",
        "Cet article contient des liens d’affiliation.",
        "Si compras a través de estos enlaces, podemos recibir una comisión.",
    ],
)
def test_affiliate_disclosures_are_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        "The broker will earn a commission of 3 percent on every sale, the filing shows.",
        "Shoppers who buy the bonds may get a share of the profits, the bank said.",
        "If you buy the bonds now, you may get a share of the profits, the bank said.",
        "The fund may earn a commission, the regulator warned, if the deal goes through.",
    ],
)
def test_prose_about_commissions_stays(line):
    assert kept_line("promos", line)


# Languages beyond the first seven: the same concepts, as native news sites print them.
OTHER_LANGUAGE_PROMOS = [
    # read more: a lead phrase and its separator (full-width in Chinese), or a bracketed label
    "Читайте также: Как изменятся ставки по вкладам",
    "ЧИТАЙТЕ ТАКЖЕ: Центробанк снизил ставку",
    "Читайте також: Як оформити статус ВПО",
    "Przeczytaj także: Ile zapłacimy za prąd?",
    "Ayrıca okuyun: Merkez Bankası faizi sabit tuttu",
    "Bài liên quan: Giá xăng tăng lần thứ ba",
    "Διαβάστε επίσης: Πώς θα δοθεί το επίδομα",
    "ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ: Νέα μέτρα για την ακρίβεια",
    "اقرأ أيضاً: البنك المركزي يرفع أسعار الفائدة",
    "اقرأ أيضا: الحكومة تعلن خطة جديدة",
    "קראו גם: הריבית עולה שוב",
    "यह भी पढ़ें: गर्मी में लू से कैसे बचें",
    "ये भी पढ़ें- दिल्ली में बारिश का अलर्ट",
    "相关阅读：南方多省启动抗旱应急响应",
    "延伸閱讀：颱風逼近 東部防豪雨",
    "【関連記事】まん延防止措置、全面解除へ",
    "関連記事：円安、一時125円台",
    "관련기사: 기준금리 인상 앞두고 대출 문턱",
    "อ่านข่าวที่เกี่ยวข้อง: สงกรานต์ปีนี้ร้อนแค่ไหน",
    # share bars, print, copy link, advert labels
    "Поделиться",
    "Скопировать ссылку",
    "Udostępnij artykuł",
    "Haberi paylaş",
    "Chia sẻ bài viết",
    "Μοιραστείτε το άρθρο",
    "شارك هذا المقال",
    "שתפו את הכתבה",
    "इस खबर को शेयर करें",
    "分享到：",
    "この記事をシェアする",
    "기사 공유하기",
    "แชร์ข่าวนี้",
    "Реклама",
    "广告",
    # audio widgets, newsletters and sign-in buttons, comment prompts
    "Слушать статью",
    "खबर सुनें",
    "기사 듣기",
    "Подписаться на рассылку",
    "Zapisz się do newslettera",
    "اشترك في النشرة البريدية",
    "Оставьте комментарий",
    "发表评论",
    # calls to follow the site
    "Подписывайтесь на наш канал в Telegram",
    "Підписуйтесь на наш Telegram-канал",
    "Obserwuj nas w Google News",
    "Bizi Google News'ten takip edin",
    "تابعونا على فيسبوك",
    "Ακολουθήστε μας στο Google News",
]


@pytest.mark.parametrize("line", OTHER_LANGUAGE_PROMOS)
def test_promo_lines_in_other_languages_are_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        # the read-more words opening a sentence, with no separator after them
        "Читайте также о том, как банки меняют ставки по вкладам после решения регулятора.",
        "Читайте також про те, як отримати виплати переселенцям у Львові цього тижня.",
        "Czytaj także uważnie umowy kredytowe, radzi ekspert Narodowego Banku Polskiego.",
        "Διαβάστε επίσης τις οδηγίες του υπουργείου πριν υποβάλετε την αίτηση για το επίδομα.",
        "اقرأ أيضا ما كتبه الخبراء عن أسعار الفائدة قبل أن تتخذ قرارك بشأن القرض.",
        "यह भी पढ़ें कि मौसम विभाग ने अगले सप्ताह के लिए क्या चेतावनी जारी की है।",
        "相关阅读材料显示，今年长江流域的降水明显偏少。",
        "関連記事によると、都は高齢者施設での接種を加速させる方針だ。",
        # prose about sharing, reading, following and subscribing
        "Поделиться своими сбережениями с государством вкладчики не готовы, считают аналитики.",
        "Он предложил подписаться на облигации всем желающим до конца месяца.",
        "Подписывайтесь хоть на все каналы: регулятор не даёт советов по инвестициям.",
        "شارك آلاف المتظاهرين في مسيرة وسط القاهرة يوم الجمعة.",
        "分享经济在中国发展迅速，专家表示。",
        "この記事をシェアするかどうかは読者次第だと編集長は語った。",
        "기사 공유하기 기능이 새로 생겼다고 회사 측은 밝혔다.",
        "Haberi paylaşan kullanıcılar hakkında soruşturma başlatıldı.",
    ],
)
def test_prose_in_other_languages_that_resembles_a_promo_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize("label", ["Читайте также:", "Διαβάστε επίσης", "यह भी पढ़ें:", "【関連記事】", "اقرأ أيضاً:"])
def test_a_read_more_label_alone_in_other_languages_takes_the_headline_under_it(label):
    headline = "Water bills to rise by £123 a year"
    assert removed("promos", page(label, headline)) == {label: "promo", headline: "promo"}


@pytest.mark.parametrize("marker", ["相关阅读：", "관련기사:", "Самое читаемое:"])
def test_a_marker_of_a_headline_list_in_other_languages_is_left_to_trailing_headlines(marker):
    assert removed("promos", page(marker, "Water bills to rise by £123 a year")) == {}


@pytest.mark.parametrize("marker", ["You might also like:", "Keep reading:", "Related stories:", "相关阅读：", "Mehr zum Thema:"])
def test_a_list_marker_over_one_headline_inside_the_article_is_a_read_more_label(marker):
    # one headline in the marker's paragraph, then the article's prose: an inline promo
    headline = "Water bills to rise by £123 a year"
    assert removed("promos", page(f"{marker}\n{headline}")) == {marker: "promo", headline: "promo"}


@pytest.mark.parametrize("marker", ["RELATED STORIES", "Read next", "Mehr zum Thema:", "Related"])
def test_an_inline_box_of_related_headlines_goes(marker):
    heads = ["Water bills to rise by £123 a year", "Bus fares frozen until May", "New library opens in June"]
    assert removed("promos", page("\n".join([marker, *heads]))) == dict.fromkeys([marker, *heads], "promo")


@pytest.mark.parametrize(
    "after",
    [
        "\n\n17:30",  # a live blog's time stamp
        "\n\nWhat happens next\n\n" + BODY2,  # the article's subheading, in its own paragraph
        "\nBus fares frozen until May",  # a list to the page's end: trailing_headlines' to take
    ],
)
def test_a_list_marker_over_headlines_without_prose_after_them_is_left_alone(after):
    text = BODY + "\n\nKeep reading:\nWater bills to rise by £123 a year" + after
    assert removed("promos", text) == {}


@pytest.mark.parametrize("line", ["Related", "Watch", "Recommended"])
def test_an_articles_subheading_that_is_a_marker_word_stays(line):
    # a subheading in its own paragraph over the article's prose is no marker of other stories
    assert removed("promos", page(line)) == {}


@pytest.mark.parametrize(
    "line",
    [
        unicodedata.normalize("NFD", "Xem thêm: Giá xăng tăng lần thứ ba"),  # combining accents
        "यह भी प\u095dें: गर्मी में लू से कैसे बचें",  # the precomposed nukta letter
    ],
)
def test_a_line_in_another_unicode_normal_form_is_dropped(line):
    assert not unicodedata.is_normalized("NFC", line)
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize("item", ["* Share on Facebook", "- Share on WhatsApp", "• Follow us on Instagram", "* Partager sur Facebook"])
def test_share_and_follow_buttons_rendered_as_list_items_go(item):
    r = run("promos", f"{BODY}\n\n{item}\n\n{BODY2}")
    assert r.text == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize(
    "item",
    ["* Share prices fell by a third after the results.", "* Watch: the two council meetings where the plan was debated",
     "* Follow the river path to the second bridge."],
)
def test_an_articles_own_list_items_that_open_like_a_promo_stay(item):
    text = f"{BODY}\n\n{item}\n\n{BODY2}"
    assert run("promos", text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "Have an opinion on something you read here? Email us your letter and it may be published.",
        "Send us your letters: letters@harbourecho.example",
        "Write to us at letters@harbourecho.example or at 4 Quay Street, Polwenna.",
        "Letters should be sent to letters@harbourecho.example and include a postal address.",
        "Letters to the editor must be sent to the editor, 4 Quay Street, Polwenna.",
        "Letters may be edited for length and clarity.",
        "We reserve the right to edit letters.",
        "Letters for publication must include your name, address and a daytime phone number.",
        "Écrivez-nous : courrier@lechodelaplage.example",
        "Les lettres peuvent être raccourcies par la rédaction.",
        "Schreiben Sie uns an leserbriefe@kurier.example",
        "Leserbriefe geben nicht die Meinung der Redaktion wieder. Die Redaktion behält sich Kürzungen vor.",
        "Envíe su carta a cartas@diariodelpuerto.example",
        "Las cartas podrán ser extractadas por la redacción.",
        "Scriveteci le vostre lettere a lettere@gazzetta.example",
        "Le lettere potranno essere sintetizzate.",
        "Envie a sua carta para cartas@jornaldoporto.example",
        "As cartas podem ser editadas.",
        "Stuur uw brief naar brieven@dekrant.example",
        "De redactie behoudt zich het recht voor om brieven in te korten.",
    ],
)
def test_a_letters_pages_submission_prompt_is_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        "She wrote to us in March, asking why the library had closed on Saturdays.",
        '"Send us your letters," the mayor told residents at the meeting on Tuesday.',
        "Residents were asked to send letters to the council before Friday.",
        "The letters should be sent to the county archive, the family said.",
        "The letters may be edited into a book by his granddaughter, the publisher said.",
        "My grandmother used to write letters to the editor every week.",
        "Il a écrit une lettre au maire pour protester contre la fermeture.",
        "Sie schrieb uns einen langen Brief über ihre Kindheit in Danzig.",
        "Le escribió una carta a su madre cada semana durante la guerra.",
        "Hij stuurde een brief naar de gemeenteraad over de nieuwe brug.",
    ],
)
def test_prose_about_writing_letters_stays(line):
    assert kept_line("promos", line)


# Read-more labels of languages the vocabulary lacked, and regional wordings of others: the label,
# its separator and a headline.
MORE_READ_MORE_LINES = [
    "Llegiu també: Els ajuntaments amplien els ajuts al lloguer",
    "Ezt is ajánljuk: Csütörtöktől drágul a benzin",
    "Pročitajte još: Ralice od jutros na terenu",
    "Vezano: Trajektne linije od lipnja po ljetnom redu",
    "Čítajte aj: Ceny energií sa od januára zvýšia",
    "Preberite še: Nekdanji župan pred sodiščem",
    "Lasi vēl: Piena cena sasniegusi rekordu",
    "Loe ka: Rahvuspargis suleti kraavid",
    "Lexoni gjithashtu: KLSH gjen shkelje në bashki",
    "Още по темата: БНБ запазва резервите без промяна",
    "Aqra wkoll: Aktar minn 80 festa parrokkjali",
    "Le tamén: A escola de gaitas celebra 40 anos",
    "Och interessant: Vill méi Accidenter op eise Stroossen",
    "Plis enfòmasyon: Kijan pou w fè sewòm lakay ou",
    "LÉIGH: An Coimisiún ag déanamh athbhreithniú",
    "LES EISINI: Nýggj ferðaætlan frá januar",
    "Leger era: Nova via da sviament vegn averta",
    "Da leghje dinù: U festivale riapre e so porte",
    "Soma pia: Bei ya mafuta yapanda tena",
    "BASAHIN DIN: 5 ulam na kaya mong lutuin",
    "BACA: Resipi nasi minyak gebu",
    "Mirá también: Cuánto cobran los jubilados en agosto",
    "Más información: Qué hacer si te cancelan el vuelo",
    "Lire également : Comment nos hôpitaux se préparent à l'été",
    "Vezi și: Cum se depune cererea pentru ajutor",
    "READ: Typhoon may enter the area by Tuesday",
    "Read next: The pensioner who walked the coast path for 30 years",
    "Related coverage: What the rate decision means for your mortgage",
]


@pytest.mark.parametrize("line", MORE_READ_MORE_LINES)
def test_read_more_lines_of_more_languages_are_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        # the same words opening prose, with no separator, or a lower-case sentence after it
        "Llegiu també el document que el consell va publicar dimarts al seu web.",
        "Vezano uz to, gradsko vijeće odlučilo je povećati cijene parkiranja od lipnja.",
        "Más información llegará el lunes, según fuentes del Ministerio de Sanidad.",
        "Read next week's edition for the full list of winners, the editor said.",
        "Read: the council's answer was that it had no money left for the bridge.",
        "Soma pia ripoti ya mkaguzi mkuu kabla ya kupiga kura, mbunge aliwaambia wananchi.",
        "Basahin ang buong ulat sa website ng komisyon, ayon sa tagapagsalita nito.",
        "Baca sehingga habis sebelum menandatangani kontrak, kata peguam itu.",
    ],
)
def test_prose_that_opens_with_read_more_words_of_more_languages_stays(line):
    assert kept_line("promos", line)


def test_a_read_more_label_takes_no_line_past_the_list_under_it():
    # "READ:" over links another cleaner dropped: the line after them is the article's
    text = "\n".join([BODY, "", "READ:", "* [Live updates: Election Day](#)", "", "1st District (96.2% reporting)", "", BODY2])
    result = newsclean.Pipeline.from_names(["navigation", "promos"]).clean(text)
    assert "1st District (96.2% reporting)" in result.text


@pytest.mark.parametrize(
    "line",
    [
        "Share on LinkedIn",
        "Post to Bluesky",
        "Print this page",
        "Messenger",
        "Enregistrer",
        "Copiar ligação",
        "Comparteix a Facebook",
        "Envia per correu",
        "Desa",
        "Pataje",
        "Deil",
        "Prenta",
        "Parter",
    ],
)
def test_share_buttons_of_more_languages_are_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        "Comparteix a Facebook les fotos de la festa major, va demanar l'alcalde als veïns.",
        "Deil og prenta vóru á skránni hjá nevndini í gjár, segði formaðurin.",
        "Enregistrer une plainte prend désormais dix minutes au commissariat, selon la préfecture.",
        "Post to Bluesky was the first thing the minister did after the vote, aides said.",
    ],
)
def test_prose_that_opens_like_a_share_button_of_more_languages_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize(
    ("prompt", "items"),
    [
        ("Sign up for our free weekly newsletter and every Friday you'll get:", ["The week's best reads", "Events near you", "Sign up now"]),
        ("Stay in the loop:", ["Breaking news as it happens", "Long reads every Sunday"]),
        ("Abonnieren Sie unseren Newsletter und erhalten Sie:", ["Die Nachrichten des Tages", "Termine aus der Region"]),
        ("Assine a nossa newsletter e receba:", ["* um resumo diário", "* reportagens exclusivas"]),
    ],
)
def test_the_list_a_newsletter_prompt_introduces_goes_with_it(prompt, items):
    text = "\n".join([BODY, "", prompt, *items, "", BODY2])
    result = removed("promos", text)
    assert set(result) == {prompt, *items}


@pytest.mark.parametrize(
    "lines",
    [
        # an article's own list after its own colon: no newsletter prompt introduces it
        ["The council will offer residents:", "Free bulky waste collection", "A second green bin"],
        # a prompt that introduces nothing, over the article's next heading
        ["Sign up for our newsletter", "What happens next"],
    ],
)
def test_an_articles_list_or_heading_after_a_colon_or_a_prompt_stays(lines):
    text = "\n".join([BODY, "", *lines, "", BODY2])
    assert set(removed("promos", text)) <= {"Sign up for our newsletter"}


@pytest.mark.parametrize("line", ["Urmărește-ne pe Facebook pentru știri locale.", "Fylgstu með á Instagram."])
def test_romanian_and_icelandic_follow_us_lines_are_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        "Poliția urmărește cazul îndeaproape, a declarat purtătorul de cuvânt.",
        "Fylgst verður með þróun mála á næstu dögum, segir lögreglan.",
    ],
)
def test_romanian_and_icelandic_prose_about_following_stays(line):
    assert kept_line("promos", line)


@pytest.mark.parametrize("label", ["Related:", "Te puede interesar:", "Leia também:"])
def test_a_read_more_label_takes_every_headline_of_its_paragraph(label):
    heads = ["Water bills to rise by £123 a year", "Bus fares frozen until May", "New library opens in June"]
    assert removed("promos", page("\n".join([label, *heads]))) == dict.fromkeys([label, *heads], "promo")


@pytest.mark.parametrize(
    "line",
    [
        "Advice from local doctors, every Thursday. Sign up now",
        "Our weekly guide to making your budget go further. Sign up here",
        "Die besten Wandertipps jeden Freitag. Jetzt anmelden",
        "Les sorties du week-end, chaque jeudi. Je m'inscris",
        "Lo mejor de la semana, cada viernes. Suscríbete gratis",
        "Il meglio della settimana, ogni venerdì. Iscriviti",
        "O melhor da semana, todas as sextas. Inscreva-se já",
    ],
)
def test_a_pitch_that_ends_with_its_sign_up_button_is_dropped(line):
    assert removed("promos", page(line)) == {line: "promo"}


@pytest.mark.parametrize(
    "line",
    [
        "The deadline is Friday. Voters can sign up at the town hall.",
        "Registration opens Monday. Sign up early to avoid the queues, organisers said.",
        "Die Frist endet am Freitag. Anmelden kann man sich im Rathaus.",
    ],
)
def test_prose_about_signing_up_stays(line):
    assert kept_line("promos", line)
