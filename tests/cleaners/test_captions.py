import pytest
from cleanerutil import kept_line, page, removed, run

from newsclean.cleaners import captions as captions_module

POSITIVES = [
    "Firefighters at the scene of the blaze on Monday. Photo: Reuters",
    "Demonstrators in central Paris (Photo: Getty Images)",
    "Le président lors de son discours. Photo : AFP",
    "Soldaten an der Grenze. Foto: dpa",
    "The damaged building in Kharkiv. Credit: Sergey Bobok/AFP via Getty Images",
    "AP Photo/Jane Doe",
    "Image: Ministry of Defence/Handout",
    "(Image: © NASA/ESA/K. Retherford/SWRI)",
    "The harbour at dawn. Photo: © Jane Doe/Reuters",
    # a file photo, as AP and NBC credit one
    "The senator at a hearing in 2018. (AP Photo/Jane Doe, File)",
    "The senator at a hearing in 2018. Jane Doe / AP file",
    # spaces inside the brackets, as some sites render them
    "Crowds outside the court on Friday (Image: GETTY )",
    "Crowds outside the court on Friday ( Photo: Reuters )",
]
NEGATIVES = [
    '"The picture is clear: we need more buses," the mayor said.',
    "The minister told Reuters the plan would be reviewed.",
    "Photographs of the flood went viral on social media, prompting a response from the council.",
    "Image matters, she said.",
    "Copyright: © symbols were missing from the label, the court heard.",
    "The lawyers said they had reviewed the AP file.",
    "Investigators opened a file on the company in 2018, according to Reuters file records.",
]


@pytest.mark.parametrize("line", POSITIVES)
def test_caption_lines_are_dropped(line):
    assert removed("captions", page(line)) == {line: "caption"}


@pytest.mark.parametrize("line", NEGATIVES)
def test_prose_that_mentions_a_picture_stays(line):
    assert kept_line("captions", line)


def test_alt_text_repeated_in_the_caption_below_goes_with_it():
    alt = "Protesters gather outside parliament on Monday"
    text = page(alt, alt + ". Picture: PA")
    assert removed("captions", text) == {alt: "caption", alt + ". Picture: PA": "caption"}


def test_a_gallery_loses_each_alt_text_with_its_caption_and_no_more():
    pairs = [(f"Fans at the parade on day {i}", f"Fans at the parade on day {i}. Picture: Getty") for i in range(300)]
    # a run of two captions under one alt text: the second walks past the first to the alt
    run_of_two = ["Crowds outside the stadium", "Crowds outside the stadium. Picture: PA", "Crowds outside the stadium at dusk. Picture: PA"]
    lines = [line for pair in pairs for line in pair] + run_of_two + ["Crowds outside the stadium were larger than ever, the police said on Monday evening."]
    got = removed("captions", page(*lines))
    assert got == {line: "caption" for line in lines[:-1]}


def test_credit_at_the_end_of_a_long_paragraph_is_cut_not_the_paragraph():
    paragraph = ("The council said the new routes would start in May and run every ten minutes. " * 8) + "(Photo: Reuters)"
    r = run("captions", page(paragraph))
    assert "The council said the new routes" in r.text
    assert "(Photo: Reuters)" not in r.text


# Dutch, Italian and Portuguese credit labels and agencies; then prose that mentions a photo or
# an agency and must stay.
CAPTIONS_BY_LANGUAGE = {
    "nl": (
        ["Demonstranten op het Malieveld. Foto: ANP", "De schade in Valkenburg (Beeld: Hollandse Hoogte)",
         "Beeld: ANP / Robin van Lonkhuijsen", "Foto's: Jan Jansen"],
        ["Het beeld is duidelijk: we moeten meer bouwen, zei de minister.",
         "De foto van de overstroming ging de hele wereld over.",
         "Dat zei de minister tegen ANP."],
    ),
    "it": (
        ["Il luogo dell'incidente sulla A1. Foto: ANSA", "Manifestanti a Roma (Foto: LaPresse)",
         "Crediti: Mario Rossi/Fotogramma"],
        ["«La foto: ecco cosa ricordo di quel giorno», ha raccontato la sopravvissuta.",
         "Lo ha riferito il ministro all'ANSA.",
         "Immagine e reputazione contano, ha detto l'amministratore delegato."],
    ),
    "pt": (
        ["Bombeiros no local do incêndio. Foto: Lusa", "O presidente durante o discurso (Foto: Agência Brasil)",
         "Imagem: Reprodução/Instagram"],
        ["A fotografia: um retrato da cidade antes da guerra, disse o curador.",
         "O ministro disse à Lusa que o plano será revisto.",
         "Fotos do acidente circularam nas redes sociais, segundo a polícia."],
    ),
}


@pytest.mark.parametrize(
    "line", [pytest.param(x, id=f"{lang}-{i}") for lang, (pos, _) in CAPTIONS_BY_LANGUAGE.items() for i, x in enumerate(pos)]
)
def test_dutch_italian_and_portuguese_caption_lines_are_dropped(line):
    assert removed("captions", page(line)) == {line: "caption"}


@pytest.mark.parametrize(
    "line", [pytest.param(x, id=f"{lang}-{i}") for lang, (_, neg) in CAPTIONS_BY_LANGUAGE.items() for i, x in enumerate(neg)]
)
def test_dutch_italian_and_portuguese_prose_about_photos_stays(line):
    assert kept_line("captions", line)


def test_a_dutch_credit_at_the_end_of_a_long_paragraph_is_cut():
    paragraph = ("De gemeenteraad besloot donderdag dat er geen nieuwe hotels meer bij mogen komen. " * 8) + "(Beeld: ANP)"
    r = run("captions", page(paragraph))
    assert "De gemeenteraad besloot donderdag" in r.text
    assert "(Beeld: ANP)" not in r.text


# A wire agency's name alone in brackets ("(AP)", "(Reuters)") signs article prose as well as
# photos: it is a credit only on a line shaped like a caption (a short phrase before it, a photo
# word in it, or an image above it). Photo forms and photo agencies need no such shape.
WIRE_CREDITED_PROSE = [
    "Rescue teams were still searching the flooded districts on Tuesday, the regional governor "
    "told reporters at a briefing in the state capital (AP).",
    "Residents were told to stay away from the riverbanks until further notice, according to a "
    "statement released by the police late on Monday (Reuters)",
    "Die Rettungskräfte suchten am Dienstag weiter in den überfluteten Vierteln nach Vermissten, "
    "teilte die Landesregierung in der Hauptstadt mit (dpa).",
    "Los equipos de rescate seguían buscando el martes en los barrios inundados, informó el "
    "gobierno regional en una rueda de prensa en la capital (EFE).",
]
WIRE_CREDITED_CAPTIONS = [
    "Flooded streets in the city centre on Tuesday. (Reuters)",
    "The regional governor at a briefing (AP)",
    "A file photo shows residents wading through a flooded street in the city centre after the river burst its banks (AP)",
    "Una foto de archivo muestra a los vecinos en una calle inundada del centro de la ciudad tras la crecida del río (EFE)",
]


@pytest.mark.parametrize("line", WIRE_CREDITED_PROSE)
def test_a_paragraph_ending_with_a_wire_agency_in_brackets_stays(line):
    assert removed("captions", page(line)) == {}


@pytest.mark.parametrize("line", WIRE_CREDITED_CAPTIONS)
def test_a_caption_ending_with_a_wire_agency_in_brackets_goes(line):
    assert removed("captions", page(line)) == {line: "caption"}


def test_a_wire_credited_line_under_an_image_is_a_caption():
    caption = "Residents wade through a flooded street in the city centre on Tuesday, after the river burst its banks overnight (Reuters)"
    for image in ("![Flooded street](https://example.com/flood.jpg)", "Photo"):
        got = removed("captions", page(image, caption))
        assert got.get(caption) == "caption", image


@pytest.mark.parametrize(
    "line",
    [
        "A man walks past the site on Tuesday. (AP Photo/Jane Doe)",
        "Picture: Getty",
        "Rescue teams search the flooded districts of the city on Tuesday after the river burst its banks overnight (Getty Images)",
        "Rescue teams search the flooded districts of the city on Tuesday after the river burst its banks overnight (Jane Doe/AP)",
    ],
)
def test_photo_forms_and_photo_agencies_need_no_caption_shape(line):
    assert removed("captions", page(line)) == {line: "caption"}


def test_a_long_paragraph_keeps_a_wire_agency_that_signs_it():
    paragraph = ("The council said the new routes would start in May and run every ten minutes. " * 8) + "(AP)"
    r = run("captions", page(paragraph))
    assert paragraph in r.text


def test_wire_agencies_are_agencies():
    assert captions_module._wire_agencies() <= set(captions_module._credit_vocabulary()["agencies"])


SCREEN_READER_LINES = [
    "Image copyright Getty Images",
    "Image source, EPA",
    "Image caption, Firefighters at the scene of the blaze in the port on Sunday",
    "Image copyright AFP Image caption The minister arriving at the summit",  # both, in one line
    "Media caption Watch: the moment the bridge collapsed",
    "Fuente de la imagen, Getty Images",
    "Pie de foto, Bomberos en el lugar del incendio",
    "Legenda da foto, Manifestantes em frente ao Congresso",
    "Bildunterschrift Feuerwehrleute am Ort des Brandes",
    "Légende de la photo, Des manifestants devant le Parlement",
    "[ Image Copyright @cityfire @cityfire ](#)",  # a linked credit, as markdown renders it
]


@pytest.mark.parametrize("line", SCREEN_READER_LINES)
def test_captions_and_credits_under_a_screen_reader_label_go(line):
    r = run("captions", page(line))
    assert [(x.text, x.kind.value) for x in r.removals] == [(line, "caption")]


@pytest.mark.parametrize(
    "line",
    [
        "Image copyright law changes next year",  # a sentence's word where a credit's names stand
        "Image copyright law in the EU changed in 2019, the court said.",
        "Image captions are often written by editors, not by the photographers, she said.",
        "Copyright Office officials said on Monday that the rules would change.",  # one word: no label
        "Image caption",  # a label alone says nothing
    ],
)
def test_prose_that_opens_with_a_screen_reader_labels_words_stays(line):
    assert kept_line("captions", line)


@pytest.mark.parametrize(
    "line",
    [
        "Smoke over the ridge seen from the highway on Wednesday. Picture by Kirsty Hall",
        "Fans at the gate before kick-off. Photograph by Tom O'Neill",
        "I Sassi al tramonto visti dal belvedere (foto di Luca Ferri)",
        "Der Marktplatz am Samstagmorgen. Foto von Anna Weber",
        "Pilgrims at the shrine on June 3. PHOTO/JANE ODONGO",
        "L-istatwa fi Pjazza Rotunda. Ritratt: Mark Zammit Cordina",
        "A piac szombat reggel. Fotó: Kovács Anna",
    ],
)
def test_credits_without_a_colon_and_labels_of_more_languages_end_a_caption(line):
    assert removed("captions", page(line)) == {line: "caption"}


@pytest.mark.parametrize(
    "line",
    [
        # a photo by someone, mid-sentence; a label word opening prose; no names after the joiner
        "She hung a photo by Ansel Adams in the hall of the new library, the curator said.",
        "Photos by the pupils will be sold at the school fair on Saturday.",
        "Image by WhatsApp was sent.",
        "It was a slow year. Picture by picture, the album grew.",
        "The route runs north/south across the valley floor.",
    ],
)
def test_prose_with_a_photo_word_and_a_joiner_stays(line):
    assert kept_line("captions", line)
