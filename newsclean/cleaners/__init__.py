"""The built-in cleaners, registered here in one place, and their default order.

Order matters where one family's evidence helps another: the header of fields a scraper
wrote above the page first (its title is the page's, and its "Title: ..." line is no
breadcrumb), then navigation (a breadcrumb ends with the headline, so it must not be taken for
the title), social embeds before metadata (an embed's attribution line carries a date and its
link is not the page's URL), then metadata lines, then the context-free families, then the
context passes (trailing headlines before the general boilerplate pass, so the specific rule
names the removal; duplicates after both, so a teaser copy outside the article cannot take
the article's own line with it; joins), and markup last so it only cuts text that is kept.
"""

from . import (  # noqa: F401  (importing a module registers its cleaners)
    boilerplate,
    captions,
    credits,
    cross_page,
    duplicates,
    front_matter,
    junk,
    markup,
    metadata,
    navigation,
    paragraph_joins,
    promos,
    provenance,
    social_embeds,
    template,
    trailing_headlines,
)

DEFAULT_ORDER: tuple[str, ...] = (
    "front_matter",
    "cross_page",
    "navigation",
    "provenance",
    "social_embeds",
    "metadata",
    "promos",
    "captions",
    "template",
    "credits",
    "junk",
    "trailing_headlines",
    "boilerplate",
    "duplicates",
    "paragraph_joins",
    "markup",
)
