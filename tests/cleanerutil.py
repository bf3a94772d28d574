"""Run one cleaner on synthetic text and see what it removed."""

from __future__ import annotations

import newsclean

BODY = (
    "The city council voted on Tuesday to expand the bus network, a decision that officials "
    "said would cut commuting times for thousands of residents in the outer districts."
)
BODY2 = (
    "Opponents argued that the plan was too expensive and that the money should have gone "
    "to repairing roads, but the measure passed by a wide margin after a long debate."
)


def page(*lines: str) -> str:
    """A page: a body paragraph, the lines under test, another body paragraph."""
    return "\n\n".join([BODY, *lines, BODY2])


def run(name: str, text: str, **settings) -> newsclean.Result:
    pipe = newsclean.Pipeline.from_names([name])
    if settings:
        pipe = pipe.configure(name, **settings)
    return pipe.clean(text)


def removed(name: str, text: str, **settings) -> dict[str, str]:
    """Removed whole lines, as {line text: kind}."""
    r = run(name, text, **settings)
    lines = {line.strip() for line in text.splitlines()}
    return {x.text: x.kind.value for x in r.removals if x.text in lines}


def kept_line(name: str, line: str, **settings) -> bool:
    """True when the cleaner leaves ``line`` (inside a page) alone."""
    return line not in removed(name, page(line), **settings)
