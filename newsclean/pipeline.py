"""The pipeline: an ordered list of cleaners with their settings, and the whole flow.

``source --decode--> text/HTML --(HTML: extract)--> input_text --segment--> Document
--cleaners--> render --> text --> score, language, reliability --> Result``
"""

from __future__ import annotations

import copy
import math
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast, get_args

from . import registry
from .cleaners import DEFAULT_ORDER
from .decode import decode
from .document import Document, InputFormat, Result, warm
from .language import detect_language
from .reliability import assess
from .reliability.domain import without_userinfo
from .render import render
from .scoring import score
from .segment import segment


@dataclass(frozen=True)
class Step:
    """One cleaner in a pipeline and the settings it runs with (a read-only mapping: a pipeline
    is immutable, and its settings were checked when it was built)."""

    spec: registry.CleanerSpec
    settings: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "settings", MappingProxyType(dict(self.settings)))

    def __reduce__(self) -> tuple[Any, ...]:  # a mappingproxy does not pickle; its dict does
        return Step, (self.spec, dict(self.settings))

    @property
    def name(self) -> str:
        """The cleaner's registered name."""
        return self.spec.name


class Pipeline:
    """An ordered, immutable list of cleaners. Every method returns a new pipeline.

    >>> pipe = Pipeline.default().without("social_embeds")
    >>> pipe = pipe.configure("trailing_headlines", min_items=4)
    >>> result = pipe.clean("Some text")
    """

    def __init__(self, steps: Iterable[Step] = (), html_settings: Mapping[str, Any] | None = None):
        if isinstance(steps, (str, bytes)) or not isinstance(steps, Iterable):
            raise TypeError(f"Pipeline takes Steps, not {type(steps).__name__}: {_BUILDERS}")
        self.steps: tuple[Step, ...] = tuple(steps)
        wrong = next((s for s in self.steps if not isinstance(s, Step)), None)
        if wrong is not None:
            raise TypeError(f"Pipeline takes Steps, not {type(wrong).__name__} ({wrong!r}): {_BUILDERS}")
        if html_settings is not None and not isinstance(html_settings, Mapping):
            raise TypeError(f"html_settings is a dict of HTML settings or None, not {type(html_settings).__name__}")
        # read-only, like the steps' settings: a pipeline is immutable
        self.html_settings: Mapping[str, Any] = MappingProxyType(dict(html_settings or {}))
        names = [s.name for s in self.steps]
        duplicated = {n for n in names if names.count(n) > 1}
        if duplicated:
            raise ValueError(f"cleaner listed twice: {', '.join(sorted(duplicated))}")
        # checked here, so a bad value fails when the pipeline is built, not at every document
        for step in self.steps:
            _check_settings(step.spec, step.settings)
            if step.spec.check is not None:  # the cleaner's own check of its settings together
                step.spec.check({**step.spec.defaults, **step.settings})
        if self.html_settings:  # only then: checking imports the HTML stack
            _check_html_settings(self.html_settings)

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in cleaners in their default order, with default settings."""
        return cls(Step(registry.get(name)) for name in DEFAULT_ORDER)

    @classmethod
    def from_names(cls, names: Iterable[str]) -> Pipeline:
        """The named cleaners in this order, with default settings."""
        if isinstance(names, (str, bytes)):  # a str is iterable: it would be read letter by letter
            raise TypeError(f"cleaner names are a list of names, not a {type(names).__name__} ({names!r})")
        return cls(Step(registry.get(name)) for name in names)

    @property
    def names(self) -> list[str]:
        """The cleaners' names, in the order they run."""
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
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        spec = registry.get(cleaner)
        steps = list(self.steps)
        position = len(steps)
        if before is not None:  # "" names no cleaner: an error, not the end of the pipeline
            position = self._index(before)
        elif after is not None:
            position = self._index(after) + 1
        steps.insert(position, Step(spec, settings))
        return Pipeline(steps, self.html_settings)

    def configure(self, name: str, **settings: Any) -> Pipeline:
        """Override settings of one cleaner.

        Unknown setting names and values whose type differs from the default's raise
        ``TypeError`` (an ``int`` setting takes an ``int``, a ``float`` one a number, a ``bool`` one
        a ``bool``, a ``str`` one a ``str``; settings defaulting to ``None`` take anything);
        a number that is NaN, a negative ``min_*``/``max_*`` bound and a share outside 0..1 raise
        ``ValueError``. A cleaner may check its settings further (``cross_page.profiles`` must
        name a readable profiles file).
        """
        i = self._index(name)
        step = self.steps[i]
        steps = list(self.steps)
        steps[i] = Step(step.spec, {**step.settings, **settings})
        return Pipeline(steps, self.html_settings)

    def configure_html(self, **settings: Any) -> Pipeline:
        """Override settings of the HTML extraction stage (see :mod:`newsclean.html`).

        Unknown names and values of the wrong type raise ``TypeError`` here, not at the first page
        (the same rules as :meth:`configure`).
        """
        merged = {**self.html_settings, **settings}
        _check_html_settings(merged)
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

        A ``str`` or path is always the path of a TOML file (for TOML text, pass
        ``tomllib.loads(text)``). ``cleaners`` and ``disable`` are lists of names: a single
        name as a plain string is rejected, not read as a one-item list. Settings of a disabled
        cleaner are checked against that cleaner (so one shared config can both configure and
        disable it) and then ignored. Errors: ``KeyError`` for unknown cleaners, ``TypeError``
        for values of the wrong type, ``ValueError`` for unknown sections or keys, bad TOML
        (naming the file) and negative bounds.
        """
        if not isinstance(config, Mapping):
            config = _read_toml(config)
        _check_keys(config, _SECTIONS, "unknown config sections")
        section = _table(config, "pipeline", "[pipeline]")
        _check_keys(section, _PIPELINE_KEYS, "unknown keys in [pipeline]")
        names = _name_list(section, "cleaners")
        disable = _name_list(section, "disable") or []
        pipe = cls.default() if names is None else cls.from_names(names)
        if disable:
            pipe = pipe.without(*disable)
        for name, settings in _table(config, "cleaners", "[cleaners]").items():
            if not isinstance(settings, Mapping):
                raise TypeError(
                    f"config [cleaners.{name}] is a table of settings, not {type(settings).__name__} ({settings!r})"
                )
            if name in disable:
                _check_settings(registry.get(name), settings)  # a typo still fails; the values are unused
                continue
            pipe = pipe.configure(name, **settings)
        return pipe.configure_html(**_table(config, "html", "[html]"))

    def to_config(self) -> dict[str, Any]:
        """The dict :meth:`from_config` reads back into an equal pipeline.

        A path setting (an ``os.PathLike``, such as ``cross_page.profiles=Path(...)``) is given
        as its ``str``, so the config of built-in settings is JSON-safe (as Spark and the batch
        workers pass it on).
        """
        # a copy all the way down: a list setting edited in the dict must not edit this pipeline
        return copy.deepcopy({
            "pipeline": {"cleaners": self.names},
            "cleaners": {s.name: _plain_settings(s.settings) for s in self.steps if s.settings},
            "html": _plain_settings(self.html_settings),
        })

    def __repr__(self) -> str:
        """The cleaners, then the settings that differ from the defaults (those that make two
        pipelines unequal): ``Pipeline([...], trailing_headlines={'min_items': 4}, html={...})``."""
        steps, html = self._identity()
        settings = "".join(f", {spec.name}={changed!r}" for spec, changed in steps if changed)
        return f"Pipeline({self.names}{settings}{f', html={html!r}' if html else ''})"

    def __eq__(self, other: object) -> bool:
        """Equal when the same cleaners run in the same order with the same settings."""
        if not isinstance(other, Pipeline):
            return NotImplemented
        return self._identity() == other._identity()

    def _identity(self) -> tuple[Any, ...]:
        """What the pipeline runs: a setting given its default value runs as if never given."""
        steps = tuple((s.spec, _non_default(_plain_settings(s.settings), s.spec.defaults)) for s in self.steps)
        if not self.html_settings:  # the common case; the defaults would import the HTML stack
            return steps, {}
        from .html import STAGE_DEFAULTS, TRAFILATURA_DEFAULTS

        return steps, _non_default(self.html_settings, {**TRAFILATURA_DEFAULTS, **STAGE_DEFAULTS})

    def __reduce__(self) -> tuple[Any, ...]:  # a mappingproxy does not pickle; its dict does
        return Pipeline, (self.steps, dict(self.html_settings))

    def __hash__(self) -> int:  # equal pipelines have equal names; settings may be unhashable
        return hash(tuple(self.names))

    # -- running -----------------------------------------------------------------------------

    def clean(self, source: str | bytes, url: str | None = None) -> Result:
        """Clean one page (text, markdown or HTML, as ``str`` or ``bytes``); ``url`` is a str or None."""
        url = _page_url(url)
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
        input_format: InputFormat = "text",
        hints: Mapping[str, Any] | None = None,
    ) -> Result:
        """Run the cleaners on text that needs no decoding or extraction: ``input_text`` is a
        ``str`` (for ``bytes`` or HTML, use :meth:`clean`), ``input_format`` one of ``"text"``,
        ``"markdown"``, ``"html"`` (text the HTML extractor kept)."""
        if not isinstance(input_text, str):
            also = "; bytes and HTML pages go to Pipeline.clean" if isinstance(input_text, (bytes, bytearray)) else ""
            raise TypeError(f"clean_text: input_text is a str, not {type(input_text).__name__}{also}")
        if input_format not in _INPUT_FORMATS:
            raise ValueError(
                f"clean_text: input_format is one of {', '.join(map(repr, _INPUT_FORMATS))}, not {input_format!r}"
            )
        url = _page_url(url)
        doc = Document(input_text, warm(segment(input_text)), url=url, input_format=input_format)
        doc.hints.update(hints or {})
        for field_name, value in (doc.hints.get("metadata") or {}).items():
            doc.meta(field_name, value)
        for step in self.steps:
            doc.current_cleaner = step.name
            _run(step, doc)
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


class CleanerError(RuntimeError):
    """A cleaner raised on a document; the message names the cleaner and the original error
    (kept as ``__cause__``), so a plug-in's failure in a batch or Spark job says whose it is."""

    def __init__(self, cleaner: str, error: Exception) -> None:
        super().__init__(f"cleaner {cleaner!r} failed: {type(error).__name__}: {error}")
        self.cleaner = cleaner

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled as its message (an exception pickles its args, which here are not __init__'s):
        # a process pool hands a worker's failure back as this error, not as a broken pool
        return _restore_cleaner_error, (type(self), self.cleaner, str(self))


def _restore_cleaner_error(cls: type[CleanerError], cleaner: str, message: str) -> CleanerError:
    error = cls.__new__(cls)
    RuntimeError.__init__(error, message)
    error.cleaner = cleaner
    return error


def _run(step: Step, doc: Document) -> None:
    """Run one cleaner on ``doc``; its failure, a return value, or (for a plug-in) an edit of
    the blocks names the cleaner."""
    # A plug-in that edits block.text or doc.blocks would change the output without a removal
    # for it, and "nothing is lost" would break silently; the built-ins are held to it by the
    # tests, so only plug-ins pay for this check.
    shape = None if step.spec.func.__module__.startswith("newsclean.") else _blocks_shape(doc)
    try:
        returned = step.spec.run(doc, step.settings)
    except MemoryError:  # the batch worker reports these itself
        raise
    except Exception as exc:
        raise CleanerError(step.name, exc) from exc
    if returned is not None:  # a cleaner that returns edited text would otherwise do nothing, silently
        raise TypeError(
            f"cleaner {step.name!r} returned {type(returned).__name__}; a cleaner marks the document "
            "(doc.drop, doc.cut, doc.join, doc.meta) and returns None"
        )
    if shape is not None and shape != _blocks_shape(doc):
        raise CleanerError(step.name, ValueError(
            "it changed the blocks (their text, offsets or list); a cleaner marks the document "
            "(doc.drop, doc.cut, doc.join, doc.meta) and leaves the blocks as they are"
        ))


def _blocks_shape(doc: Document) -> list[tuple[int, int, int, str]]:
    return [(b.index, b.start, b.end, b.text) for b in doc.blocks]


_BUILDERS = "build a pipeline with Pipeline.default(), from_names(), from_config() and their methods"
_INPUT_FORMATS: tuple[str, ...] = get_args(InputFormat)
_SECTIONS = ("pipeline", "cleaners", "html")
_PIPELINE_KEYS = ("cleaners", "disable")
_TYPE_NAMES = {bool: "bool", int: "int", float: "int or float", str: "str"}


def _check_setting(owner: str, name: str, value: Any, default: Any) -> None:
    """Check one setting value against the type of its default; raise a message naming ``owner``.

    An ``int`` setting takes an ``int``, a ``float`` one an ``int`` or ``float``, a ``bool`` one
    only a ``bool``, a ``str`` one a ``str`` (``bool`` is never a number here). Settings whose
    default is ``None`` (optional values such as paths) or of another type are not checked.
    A number is never NaN (every comparison with it is false: the setting would silently do
    nothing). A number whose name has a ``min`` or ``max`` word (``min_items``, ``max_chars``,
    ``index_min_teasers``) and a non-negative default is a count, length or share bound, so a
    negative value raises ``ValueError``. A ``float`` setting whose name has a word of
    ``_SHARE_WORDS`` (``max_overlap``, ``title_share``, ``max_link_density``) is a share: it
    must be within 0..1. Other ranges are left to the cleaner.
    """
    expected = type(default)
    if expected not in _TYPE_NAMES:
        return
    accepted: tuple[type, ...] = (int, float) if expected is float else (expected,)
    if not isinstance(value, accepted) or (isinstance(value, bool) and expected is not bool):
        raise TypeError(
            f"{owner} setting {name}={value!r} is {type(value).__name__}, expected {_TYPE_NAMES[expected]}"
        )
    if expected in (bool, str):
        return
    number = cast(float, value)
    if isinstance(number, float) and math.isnan(number):  # (an int may be too large for a float)
        raise ValueError(f"{owner} setting {name}={value!r} is not a number; expected {_TYPE_NAMES[expected]}")
    if number < 0 <= default and _is_bound(name):
        raise ValueError(f"{owner} setting {name}={value!r} is negative; it is a bound, expected 0 or more")
    if expected is float and _is_share(name) and not 0 <= number <= 1:
        raise ValueError(f"{owner} setting {name}={value!r} is a share, expected 0..1 (0.35 is 35%)")


def _is_bound(name: str) -> bool:
    words = name.split("_")
    return "min" in words or "max" in words


# words that make a float setting a share of something, within 0..1 (stopwords_*: the share of
# a line's words that are function words)
_SHARE_WORDS = frozenset({"share", "overlap", "density", "fraction", "stopwords"})


def _is_share(name: str) -> bool:
    return not _SHARE_WORDS.isdisjoint(name.split("_"))


def _check_settings(spec: registry.CleanerSpec, settings: Mapping[str, Any]) -> None:
    unknown = set(settings) - set(spec.defaults)
    if unknown:
        known = ", ".join(spec.defaults) or "none"
        raise TypeError(f"cleaner {spec.name!r} has no setting {', '.join(sorted(unknown))}; settings: {known}")
    for name, value in settings.items():
        _check_setting(f"cleaner {spec.name!r}", name, value, spec.defaults[name])
        choices = spec.choices.get(name)
        if choices is not None and value not in choices:
            raise ValueError(
                f"cleaner {spec.name!r} setting {name}={value!r}: expected one of {', '.join(map(repr, choices))}"
            )


def _check_html_settings(settings: Mapping[str, Any]) -> None:
    from .html import STAGE_DEFAULTS, TRAFILATURA_DEFAULTS, split_settings

    split_settings(settings)  # unknown names and output_format
    defaults = {**TRAFILATURA_DEFAULTS, **STAGE_DEFAULTS}
    for name, value in settings.items():
        _check_setting("HTML", name, value, defaults[name])


def _plain_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The settings as a dict, a path (``os.PathLike``) as its ``str``: JSON-safe, and a setting
    given as a ``Path`` equal to the same path given as a ``str``."""
    return {name: os.fspath(v) if isinstance(v, PathLike) else v for name, v in settings.items()}


def _non_default(settings: Mapping[str, Any], defaults: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in settings.items() if name not in defaults or value != defaults[name]}


def _page_url(url: Any) -> str | None:
    """The ``url`` argument as the result reports it: surrounding whitespace stripped, a blank
    value is no URL (the page's own canonical URL may then fill the field), and a user name and
    password are taken out, as they are from a page's declared URL."""
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    url = (url or "").strip()
    return without_userinfo(url) if url else None


# -- reading configs -------------------------------------------------------------------------


def _read_toml(path: Any) -> dict[str, Any]:
    """The dict in TOML file ``path``; errors name the file."""
    if not isinstance(path, (str, PathLike)):
        raise TypeError(f"a config is a dict or the path of a TOML file, not {type(path).__name__}")
    shown = repr(str(path)) if len(str(path)) <= 80 else f"{str(path)[:60]!r}..."
    try:
        with Path(path).open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        # the usual mistake is TOML text passed as a str: say how a str is read
        raise type(exc)(
            f"config file {shown}: {exc.strerror or exc}; a str config is the path of a TOML file "
            "(for TOML text, pass tomllib.loads(text))"
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"config file {shown}: invalid TOML: {exc}") from None


def _check_keys(table: Mapping[str, Any], known: tuple[str, ...], what: str) -> None:
    unknown = set(table) - set(known)
    if unknown:
        raise ValueError(f"{what}: {', '.join(sorted(map(str, unknown)))}; known: {', '.join(known)}")


def _table(config: Mapping[str, Any], key: str, shown: str) -> Mapping[str, Any]:
    value = config.get(key, {})
    if not isinstance(value, Mapping):
        raise TypeError(f"config {shown} is a table, not {type(value).__name__} ({value!r})")
    return value


def _name_list(section: Mapping[str, Any], key: str) -> list[str] | None:
    """``[pipeline] key`` as a list of cleaner names (``None`` when absent)."""
    if key not in section:
        return None
    value = section[key]
    if not isinstance(value, (list, tuple)) or not all(isinstance(n, str) for n in value):
        raise TypeError(
            f"config [pipeline] {key} is a list of cleaner names, e.g. {key} = [\"promos\"]; got {value!r}"
        )
    return list(value)
