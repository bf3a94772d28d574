"""The pipeline: an ordered list of cleaners with their settings, and the whole flow.

``source --decode--> text/HTML --(HTML: extract)--> input_text --segment--> Document
--cleaners--> render --> text --> score, language, reliability --> Result``
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any

from . import registry
from .cleaners import DEFAULT_ORDER
from .decode import decode
from .document import Document, Result
from .language import detect_language
from .reliability import assess
from .render import render
from .scoring import score
from .segment import segment


@dataclass(frozen=True)
class Step:
    """One cleaner in a pipeline and the settings it runs with."""

    spec: registry.CleanerSpec
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.spec.name


class Pipeline:
    """An ordered, immutable list of cleaners. Every method returns a new pipeline.

    >>> pipe = Pipeline.default().without("social_embeds")
    >>> pipe = pipe.configure("trailing_headlines", min_items=4)
    >>> result = pipe.clean("Some text")
    """

    def __init__(self, steps: Iterable[Step] = (), html_settings: Mapping[str, Any] | None = None):
        self.steps: tuple[Step, ...] = tuple(steps)
        self.html_settings: dict[str, Any] = dict(html_settings or {})
        names = [s.name for s in self.steps]
        duplicated = {n for n in names if names.count(n) > 1}
        if duplicated:
            raise ValueError(f"cleaner listed twice: {', '.join(sorted(duplicated))}")

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in cleaners in their default order, with default settings."""
        return cls(Step(registry.get(name)) for name in DEFAULT_ORDER)

    @classmethod
    def from_names(cls, names: Iterable[str]) -> Pipeline:
        return cls(Step(registry.get(name)) for name in names)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise KeyError(f"{name!r} is not in this pipeline: {', '.join(self.names)}") from None

    def without(self, *names: str) -> Pipeline:
        """The same pipeline without the named cleaners."""
        for name in names:
            self._index(name)
        return Pipeline((s for s in self.steps if s.name not in names), self.html_settings)

    def add(
        self,
        cleaner: str | registry.CleanerFunc,
        *,
        before: str | None = None,
        after: str | None = None,
        **settings: Any,
    ) -> Pipeline:
        """Insert a registered cleaner (by name or function); at the end unless placed."""
        if before and after:
            raise ValueError("give before= or after=, not both")
        spec = registry.get(cleaner)
        _check_settings(spec, settings)
        steps = list(self.steps)
        position = len(steps)
        if before:
            position = self._index(before)
        elif after:
            position = self._index(after) + 1
        steps.insert(position, Step(spec, settings))
        return Pipeline(steps, self.html_settings)

    def configure(self, name: str, **settings: Any) -> Pipeline:
        """Override settings of one cleaner (unknown setting names raise ``TypeError``)."""
        i = self._index(name)
        step = self.steps[i]
        _check_settings(step.spec, settings)
        steps = list(self.steps)
        steps[i] = Step(step.spec, {**step.settings, **settings})
        return Pipeline(steps, self.html_settings)

    def configure_html(self, **settings: Any) -> Pipeline:
        """Override settings of the HTML extraction stage (see :mod:`newsclean.html`).

        Unknown names raise ``TypeError`` here, not at the first page.
        """
        from .html import split_settings

        merged = {**self.html_settings, **settings}
        split_settings(merged)
        return Pipeline(self.steps, merged)

    @classmethod
    def from_config(cls, config: Mapping[str, Any] | str | PathLike[str]) -> Pipeline:
        """Build a pipeline from a dict or a TOML file of the same shape::

            [pipeline]
            cleaners = ["metadata", "promos", ...]   # optional: the whole order
            disable = ["social_embeds"]               # optional
            [cleaners.trailing_headlines]
            min_items = 4
            [html]
            favor_precision = false
        """
        if not isinstance(config, Mapping):
            with Path(config).open("rb") as fh:
                config = tomllib.load(fh)
        unknown = set(config) - {"pipeline", "cleaners", "html"}
        if unknown:
            raise ValueError(f"unknown config sections: {', '.join(sorted(unknown))}")
        section = config.get("pipeline", {})
        pipe = cls.from_names(section["cleaners"]) if "cleaners" in section else cls.default()
        disable = section.get("disable", [])
        if disable:
            pipe = pipe.without(*disable)
        for name, settings in config.get("cleaners", {}).items():
            pipe = pipe.configure(name, **settings)
        return pipe.configure_html(**config.get("html", {}))

    def to_config(self) -> dict[str, Any]:
        """The dict :meth:`from_config` reads back into an equal pipeline."""
        return {
            "pipeline": {"cleaners": self.names},
            "cleaners": {s.name: dict(s.settings) for s in self.steps if s.settings},
            "html": dict(self.html_settings),
        }

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"

    # -- running -----------------------------------------------------------------------------

    def clean(self, source: str | bytes, url: str | None = None) -> Result:
        """Clean one page (text, markdown or HTML, as ``str`` or ``bytes``)."""
        text, fmt = decode(source)
        hints: dict[str, Any] = {}
        if fmt == "html":
            from .html import extract  # the HTML stack is imported only when needed

            extraction = extract(text, url=url, **self.html_settings)
            text, hints = extraction.text, extraction.hints
        return self.clean_text(text, url=url, input_format=fmt, hints=hints)

    def clean_text(
        self,
        input_text: str,
        url: str | None = None,
        input_format: str = "text",
        hints: Mapping[str, Any] | None = None,
    ) -> Result:
        """Run the cleaners on text that needs no decoding or extraction."""
        doc = Document(input_text, segment(input_text), url=url, input_format=input_format)
        doc.hints.update(hints or {})
        for field_name, value in (doc.hints.get("metadata") or {}).items():
            doc.meta(field_name, value)
        for step in self.steps:
            doc.current_cleaner = step.name
            step.spec.run(doc, step.settings)
        doc.current_cleaner = ""
        text, removals = render(doc)
        metadata = doc.metadata
        metadata.language, metadata.language_confidence = detect_language(text)
        result_score = score(text, removals, extra_noise=doc.hints.get("extra_noise_chars", 0))
        return Result(
            text=text,
            input_text=input_text,
            metadata=metadata,
            removals=removals,
            score=result_score,
            reliability=assess(text, metadata, result_score, doc),
            input_format=input_format,
        )


def _check_settings(spec: registry.CleanerSpec, settings: Mapping[str, Any]) -> None:
    unknown = set(settings) - set(spec.defaults)
    if unknown:
        known = ", ".join(spec.defaults) or "none"
        raise TypeError(f"cleaner {spec.name!r} has no setting {', '.join(sorted(unknown))}; settings: {known}")
