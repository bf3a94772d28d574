"""The built-in cleaners, registered here in one place, and their default order.

Order matters only where one family's evidence helps another: metadata lines are claimed
first (a title is not a duplicate), context passes (trailing headlines, joins) run after the
context-free ones, and markup runs last so it only cuts text that is kept.
"""

from . import boilerplate, cross_page, markup, provenance  # noqa: F401  (importing registers)

DEFAULT_ORDER: tuple[str, ...] = (
    "provenance",
    "cross_page",
    "boilerplate",
    "markup",
)
