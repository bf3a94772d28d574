"""The built-in cleaners, registered here in one place, and their default order.

Order matters only where one family's evidence helps another: metadata lines are claimed
first (a title is not a duplicate), context passes (trailing headlines, joins) run after the
context-free ones, and markup runs last so it only cuts text that is kept.
"""

from . import markup  # noqa: F401  (importing a module registers its cleaners)

DEFAULT_ORDER: tuple[str, ...] = ("markup",)
