"""A synthetic multi-site corpus for the per-source profile benchmark and tests.

Each invented site wraps real article bodies (the dev ground truth) in its own furniture:
a menu, a breadcrumb, an audio-widget line, a newsletter prompt, a category footer and a
copyright line whose year varies. Some furniture is on every page, some on a share of pages
(drawn with a seeded RNG), so the learner must cope with lines that are frequent, not constant.
Every line is labelled ``furniture`` or ``body`` so removals can be scored line by line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# (line, probability that a page carries it); "{year}" varies per page
SITES: dict[str, dict[str, list[tuple[str, float]]]] = {
    "https://www.harbour-gazette-example.com": {
        "header": [("Home | World | Politics | Business | Sport | Culture", 1.0), ("Harbour Gazette", 1.0),
                   ("Breaking news alerts: turn on notifications", 0.6)],
        "after_lead": [("Listen to this story (4 min)", 0.9)],
        "footer": [("More from Harbour Gazette", 1.0), ("### Categories", 1.0), ("World, Politics, Business", 0.7),
                   ("© {year} Harbour Gazette Media Group. All rights reserved.", 1.0)],
    },
    "https://news.valley-tribune-example.org": {
        "header": [("Skip to main content", 1.0), ("Valley Tribune > News > Local", 0.8), ("Subscribe for $1 a week", 0.5)],
        "after_lead": [("Audio: hear this article read aloud", 0.7), ("Advertisement", 0.6)],
        "footer": [("Get the Morning Brief in your inbox every weekday.", 1.0), ("Tags: news, local, region", 0.4),
                   ("Valley Tribune, 12 Mill Road. Copyright {year}.", 1.0), ("Terms of use | Privacy | Contact us", 1.0)],
    },
    "https://www.le-messager-example.fr": {
        "header": [("Accueil · International · Économie · Culture · Sport", 1.0), ("Le Messager du Soir", 1.0)],
        "after_lead": [("Écouter cet article", 0.8), ("Article réservé aux abonnés", 0.3)],
        "footer": [("Lire plus tard", 0.9), ("Dans la même rubrique", 1.0), ("Mentions légales – Le Messager {year}", 1.0)],
    },
    "https://www.nordkurier-example.de": {
        "header": [("Startseite / Politik / Wirtschaft / Kultur", 1.0), ("Anzeige", 0.5)],
        "after_lead": [("Artikel vorlesen lassen", 0.9)],
        "footer": [("Mehr zum Thema", 1.0), ("Newsletter: Jeden Morgen die wichtigsten Nachrichten", 0.8),
                   ("### Kategorie", 1.0), ("Impressum | Datenschutz | Kontakt", 1.0), ("© Nordkurier Verlag {year}", 1.0)],
    },
}


@dataclass
class Page:
    """One synthetic page: its URL, its text and a label per non-blank line."""

    site: str
    url: str
    text: str
    labels: list[str]  # "furniture" or "body", one per non-blank line, in order


def make_page(site: str, body: str, index: int, rng: random.Random) -> Page:
    spec = SITES[site]
    year = str(rng.randint(2015, 2024))

    def pick(part: str) -> list[str]:
        return [line.replace("{year}", year) for line, p in spec[part] if rng.random() < p]

    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    lines: list[tuple[str, str]] = [(x, "furniture") for x in pick("header")]
    lines += [(paragraphs[0], "body")] + [(x, "furniture") for x in pick("after_lead")]
    lines += [(p, "body") for p in paragraphs[1:]]
    lines += [(x, "furniture") for x in pick("footer")]
    text = "\n\n".join(line for line, _ in lines)
    return Page(site, f"{site}/{year}/story-{index}", text, [label for _, label in lines])


def make_corpus(bodies: list[str], pages_per_site: int = 40, seed: int = 0) -> list[Page]:
    """``pages_per_site`` pages for every site, each from a different body (bodies reused across sites)."""
    rng = random.Random(seed)
    usable = [b for b in bodies if b.strip()]
    pages: list[Page] = []
    for site in SITES:
        chosen = rng.sample(usable, min(pages_per_site, len(usable)))
        pages += [make_page(site, body, i, rng) for i, body in enumerate(chosen)]
    return pages


def split_halves(pages: list[Page]) -> tuple[list[Page], list[Page]]:
    """Every site's pages split in two halves (alternating), to learn on one and clean the other."""
    return pages[0::2], pages[1::2]
