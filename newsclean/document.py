"""The data model: blocks of input text, the marks cleaners put on them, and the result.

A cleaner never edits text. It marks blocks of a :class:`Document` (drop, cut, join, meta) and
one render step (:mod:`newsclean.render`) turns the marks into the clean text and the list of
:class:`Removal` records. Keeping marks instead of edits is what makes "nothing is lost" and
"replayable" cheap to guarantee.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import types
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from operator import attrgetter
from typing import Any, Generic, Literal, TypeVar, Union, cast, get_args, get_origin, get_type_hints, overload

from .casefold import lower as _lower
from .markdown import syntax_spans, without_spans
from .scripts import SCRIPT_STOPS, WORD_CHARS, greek_question


class Kind(str, enum.Enum):
    """Why a span was removed. A closed set: consumers group and filter removals by it."""

    METADATA = "metadata"  # a line that became a Metadata field (title, byline, date, url, source)
    NAVIGATION = "navigation"  # breadcrumbs, menus
    PROMO = "promo"  # "Read more", "Listen to this article", newsletter and share prompts
    CAPTION = "caption"  # image alt text, captions, photo credits
    EMBED = "embed"  # social-media embed furniture and embedded posts
    TRAILING = "trailing"  # unrelated headline lists after the article
    TEMPLATE = "template"  # site furniture: separators, category lists, "Original url:"
    DUPLICATE = "duplicate"  # a line repeated from above
    CREDITS = "credits"  # "... contributed to this report"
    MARKUP = "markup"  # markdown syntax: link brackets, emphasis, escapes, heading markers
    JUNK = "junk"  # stray punctuation, runs of "??" from lost emoji
    CROSS_PAGE = "cross_page"  # a line that recurs across a source's pages (per-source profiles)
    BOILERPLATE = "boilerplate"  # page text outside the article: the HTML extractor's leftovers,
    #                              or full-page text around the article body. Added because a
    #                              rendered page carries far more than the named classes above.

    def __str__(self) -> str:  # so f-strings and JSON show "promo", not "Kind.PROMO"
        return self.value


_T = TypeVar("_T")


class cached_property(Generic[_T]):  # noqa: N801 (named like the functools one it replaces)
    """A lazily computed attribute, stored on the instance at first access.

    functools.cached_property takes a lock on every first access in Python 3.11 (3.12 dropped
    it): features are read on every line of every page, so the lock was a measurable share of
    a clean. Two threads racing on one block would at worst compute a feature twice.
    """

    def __init__(self, func: Callable[[Any], _T]):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object, owner: type | None = None) -> _T | cached_property[_T]:
        if instance is None:
            return self
        # a non-data descriptor: once stored, the instance attribute is found first
        value = instance.__dict__[self.name] = self.func(instance)
        return value


_WORD = re.compile(f"[{WORD_CHARS}]+")
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[^\W\d_a-z]")  # an approximation good enough for Latin scripts
# the characters of a line's shape: letters and spaces go, a run of digits becomes one "9"
_SHAPE_DROP = re.compile(r"[^\W\d_]+|\s+")
_DIGITS = re.compile(r"\d+")
# an e-mail address, perhaps in brackets ("(jane@example.com)", "（kjw@example.co.kr）"): a
# byline's or a wire story's last word; match it whole (``fullmatch``)
EMAIL = re.compile(r"[(<\[（]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>\]）]?")
ASIDE = re.compile(r"\s*\([^()]*\)")  # an aside in brackets: "(elected)", "(incumbent)", "(+1.12%)"
# "When: 9pm to 6am", "Tore: 1:0 Baumgart", "Dove: Triennale": one to four words, a colon, a
# value. A word of a label is letters, with the vowel signs of Indic and South-East Asian
# scripts (marks, not \w: "निर्देशन", "நடிப்பு" are labels too), and no digit
_LABEL_WORD = rf"(?:(?![\d_])[{WORD_CHARS}])+"
_LABEL = re.compile(rf"({_LABEL_WORD}(?:[ '’/-]{_LABEL_WORD}){{0,3}}) ?:\s*\S")


def label_of(text: str) -> str | None:
    """The lower-cased label of a "Label: value" text ("When: 9pm to 6am", "Tore: 1:0
    Baumgart"): one to four words before a colon, then a value; None for other texts."""
    match = _LABEL.match(text) if ":" in text else None
    return match[1].lower() if match else None


# What may follow a sentence's last mark: a space, a closing bracket or quote ('"Go."', '(...)').
CLOSERS = " )]\"'”’»」』）"
_STOPS = (".", "!", "?", ":", "…", *SCRIPT_STOPS)


@dataclass(eq=False)
class Block:
    """One non-blank line of ``input_text`` (or the lines of one paragraph of a hard-wrapped
    text, see :func:`newsclean.segment.segment`), with its offsets and cheap features.

    ``start``/``end`` are offsets into ``input_text``; ``text`` is ``input_text[start:end]``
    (the line without its line break and without surrounding whitespace; a wrapped paragraph
    keeps its inner line breaks, which ``plain`` folds to spaces). Features are computed once,
    on first use.
    """

    index: int
    start: int
    end: int
    text: str
    blank_before: bool = True  # a blank line (or the start of the text) precedes this block

    @cached_property
    def syntax(self) -> list[tuple[int, int]]:
        """The spans of markdown syntax in ``text`` (:func:`newsclean.markdown.syntax_spans`)."""
        return syntax_spans(self.text)

    @cached_property
    def plain(self) -> str:
        """The text without markdown syntax (what a reader sees); cleaners match on this."""
        return without_spans(self.text, self.syntax)

    @cached_property
    def plain_lower(self) -> str | None:
        """``plain`` lower-cased, for the gates before case-insensitive patterns; ``None`` when
        lower-casing could disagree with re.IGNORECASE on this line (see newsclean.casefold).
        Several cleaners gate every line on it: it is computed once."""
        return _lower(self.plain)

    @cached_property
    def words(self) -> list[str]:
        """The words of ``plain`` (runs of letters, digits and underscores)."""
        return _WORD.findall(self.plain)

    @cached_property
    def n_words(self) -> int:
        """How many ``words`` the line has."""
        return len(self.words)

    @cached_property
    def n_letters(self) -> int:
        """How many letters ``text`` has (markdown syntax included, digits not)."""
        return len(_LETTER.findall(self.text))

    @cached_property
    def capital_ratio(self) -> float:
        """Share of letters that are capitals (1.0 for a line in all caps)."""
        letters = self.n_letters
        return len(_UPPER.findall(self.text)) / letters if letters else 0.0

    @cached_property
    def title_case_ratio(self) -> float:
        """Share of words of four letters or more that start with a capital."""
        long_words = [w for w in self.words if len(w) >= 4 and not w.isdigit()]
        if not long_words:
            return 0.0
        return sum(1 for w in long_words if w[0].isupper()) / len(long_words)

    @cached_property
    def ends_with_punctuation(self) -> bool:
        """True when the line ends like a sentence (., !, ?, :, a closing quote after one; the
        stops of other scripts, :data:`newsclean.scripts.SCRIPT_STOPS`, and a Greek question)."""
        return _ends_like_sentence(self.plain)

    @cached_property
    def label(self) -> str | None:
        """The lower-cased label of a "Label: value" line (:func:`label_of`)."""
        return label_of(self.plain)

    @cached_property
    def shape(self) -> str:
        """The line's punctuation and figures, each run of digits as "9", asides in brackets
        left out: "Harvey Kwan – 9,117" and "Terry Dubois (incumbent) – 1,244" are both "–9,9".
        The lines of a table or a list of results share a shape that holds a figure; headlines
        and menu entries seldom do."""
        return _DIGITS.sub("9", _SHAPE_DROP.sub("", ASIDE.sub("", self.plain)))

    @cached_property
    def has_link(self) -> bool:
        """True when the line holds a markdown link or an ``<http...>`` autolink."""
        return "](" in self.text or "<http" in self.text


def _ends_like_sentence(plain: str) -> bool:
    stripped = plain.rstrip(CLOSERS)
    return stripped.endswith(_STOPS) or greek_question(stripped)


def warm(blocks: list[Block]) -> list[Block]:
    """``blocks``, with the features the default cleaners ask of nearly every line computed now:
    ``syntax``, ``plain``, ``plain_lower``, ``words``, ``n_words``, ``ends_with_punctuation``. The
    values are the ones their first use computes; set in one loop, each spares its lazy
    attribute's first call, a Python call made from C that costs more than most lines' feature
    itself."""
    for block in blocks:
        features = block.__dict__
        spans = features["syntax"] = syntax_spans(block.text)  # the markup cleaner cuts them
        plain = features["plain"] = without_spans(block.text, spans)
        features["plain_lower"] = _lower(plain)
        words = features["words"] = _WORD.findall(plain)
        features["n_words"] = len(words)
        features["ends_with_punctuation"] = _ends_like_sentence(plain)
    return blocks


@dataclass(frozen=True)
class Removal:
    """One removed span of ``input_text``: ``input_text[start:end] == text``."""

    start: int
    end: int
    text: str
    cleaner: str
    kind: Kind
    reason: str

    def __init__(self, start: int, end: int, text: str, cleaner: str, kind: Kind, reason: str) -> None:
        # render builds some 150 a page: the generated init of a frozen dataclass sets each
        # field through object.__setattr__, at twice the cost of this one write
        self.__dict__.update(start=start, end=end, text=text, cleaner=cleaner, kind=kind, reason=reason)

    def to_dict(self) -> dict[str, Any]:
        """The removal as plain JSON types (its kind as the string value)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "cleaner": self.cleaner,
            "kind": self.kind.value,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removal:
        """The removal ``to_dict`` gave, read back; extra keys are ignored.

        Raises ``TypeError`` for a non-dict or a field of the wrong type, and ``ValueError``
        naming a missing field or a kind outside :class:`Kind`.
        """
        try:
            removal: Removal = _read(cls, data)
        except _Mismatch as exc:
            raise exc.error("removal") from None
        return removal




@dataclass
class Metadata:
    """What a reader would note about the article. Dates are ISO 8601 strings."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    url: str | None = None
    site_name: str | None = None
    agency: str | None = None
    attributed_source: str | None = None
    original_url: str | None = None
    language: str | None = None
    language_confidence: float | None = None


@dataclass
class Score:
    """How much of the page was article. Counts are non-whitespace characters."""

    signal_chars: int = 0
    noise_chars: int = 0
    signal_fraction: float = 0.0
    snr: float = 0.0

    @classmethod
    def from_counts(cls, signal: int, noise: int) -> Score:
        """The score of ``signal`` kept and ``noise`` removed non-whitespace characters."""
        total = signal + noise
        fraction = signal / total if total else 0.0
        # snr is signal/noise; a page with no noise at all gets signal itself (finite, JSON-safe)
        snr = signal / noise if noise else float(signal)
        return cls(signal, noise, round(fraction, 6), round(snr, 6))


@dataclass
class Integrity:
    """Text-integrity rates (0..1 per detector) and the detectors whose threshold was crossed."""

    rates: dict[str, float] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


@dataclass
class Reliability:
    """How far to trust the document, part by part; see :mod:`newsclean.reliability`."""

    domain: str | None = None
    domain_rating: float | None = None
    attributed_source: str | None = None
    agency: str | None = None
    original_url: str | None = None
    syndicated: bool = False
    integrity: Integrity = field(default_factory=Integrity)
    signal_fraction: float = 0.0
    score: float | None = None
    parts: dict[str, float | None] = field(default_factory=dict)


InputFormat = Literal["text", "markdown", "html"]  # what the input was read as


@dataclass
class Result:
    """What :func:`newsclean.clean` returns. ``to_dict``/``from_dict`` round-trip it as JSON."""

    text: str
    input_text: str
    metadata: Metadata = field(default_factory=Metadata)
    removals: list[Removal] = field(default_factory=list)
    score: Score = field(default_factory=Score)
    reliability: Reliability = field(default_factory=Reliability)
    input_format: InputFormat = "text"

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON types (kinds as their string values)."""
        data = dataclasses.asdict(self)
        data["removals"] = [r.to_dict() for r in self.removals]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        """The result ``to_dict`` gave, read back; also a row of newsclean's JSONL or Parquet
        output (its extra columns are ignored, its maps may come as lists of pairs).

        Fields a newer version added (keys these dataclasses do not have) are ignored, and
        fields an older version lacked (or null ones that are never None) take their defaults.
        Each field is checked against its annotation: raises ``TypeError`` for a non-dict or a
        field of the wrong type, and ``ValueError`` for an error row, a missing field or a value
        outside a closed set (``input_format``, a removal's ``kind``), naming the field's path
        (``metadata.authors``, ``removals[3].start``).
        """
        if not isinstance(data, dict):
            raise TypeError(f"Result.from_dict takes a dict, not {type(data).__name__}")
        error = data.get("error")
        if error:  # a row of a record that failed: it holds no result to read back
            shown = f"{error.get('type')}: {error.get('message')}" if isinstance(error, dict) else repr(error)
            raise ValueError(f"Result.from_dict: the row is an error record, not a result ({shown})")
        for name in ("text", "input_text"):
            if name not in data:
                hint = " (rows written with --no-input-text cannot be read back)" if name == "input_text" else ""
                raise ValueError(f"Result.from_dict: the data has no {name!r} field{hint}")
        try:
            result: Result = _read(cls, data)
        except _Mismatch as exc:
            raise exc.error("Result.from_dict:") from None
        return result


# -- reading results back: each field checked against its annotation -------------------------


class _Mismatch(Exception):
    """A value of the wrong type or value, raised by the readers below; the path to it is
    collected on the way out (so the readers format nothing while the data is good)."""

    def __init__(self, error: type[Exception], problem: str) -> None:
        self.type, self.problem = error, problem
        self.path: list[str] = []  # the keys and indexes leading to the value, outermost first

    def at(self, part: str | int) -> _Mismatch:
        self.path.insert(0, f"[{part}]" if isinstance(part, int) else part)
        return self

    def error(self, prefix: str) -> Exception:
        """The error to raise: ``prefix``, the path ("metadata.authors", "removals[3].start"), the problem."""
        path = "".join(p if p.startswith("[") or i == 0 else f".{p}" for i, p in enumerate(self.path))
        return self.type(f"{prefix} {path}{' ' if path else ''}{self.problem}".strip())


_Reader = Callable[[Any], Any]  # the value as the field holds it; raises _Mismatch
_ReaderTable = tuple[dict[str, _Reader], frozenset[str], frozenset[str]]
_TABLES: dict[type, _ReaderTable] = {}


def _read(cls: type, value: Any) -> Any:
    """An instance of the result dataclass ``cls`` from ``value``, a dict of its fields.

    Keys ``cls`` lacks (a newer version's fields) are ignored and fields a dict lacks (an older
    version's) take their defaults, as does a null (``None``) for a field that is never None
    but has a default (Arrow's null where a file lacks the column). A field of another type
    raises, naming where it is.
    """
    if type(value) is not dict and not isinstance(value, Mapping):
        raise _Mismatch(TypeError, f"is {type(value).__name__}, expected a dict of {cls.__name__} fields")
    table = _TABLES.get(cls) or _table(cls)
    readers, defaulted, required = table
    fields: dict[str, Any] = {}
    for name, item in value.items():
        read = readers.get(name)
        if read is None or (item is None and name in defaulted):
            continue
        try:
            fields[name] = read(item)
        except _Mismatch as exc:
            raise exc.at(name) from None
    if not required <= fields.keys():  # a removal lacking one of its fields
        names = [name for name in readers if name in required]
        missing = [name for name in names if name not in fields]
        raise _Mismatch(ValueError, f"needs the fields {', '.join(names)}; missing: {', '.join(missing)}")
    return cls(**fields)


def _table(cls: type) -> _ReaderTable:
    """The readers of ``cls``'s fields, derived once from its annotations."""
    hints = get_type_hints(cls)
    readers: dict[str, _Reader] = {}
    defaulted: set[str] = set()
    required: set[str] = set()
    for f in dataclasses.fields(cls):
        readers[f.name] = _reader(hints[f.name])
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.add(f.name)
        elif not _allows_none(hints[f.name]):
            defaulted.add(f.name)
    table = _TABLES[cls] = (readers, frozenset(defaulted), frozenset(required))
    return table


def _allows_none(hint: Any) -> bool:
    return get_origin(hint) in (Union, types.UnionType) and type(None) in get_args(hint)


def _reader(hint: Any) -> _Reader:
    """A reader of values of type ``hint`` (the types the result dataclasses use)."""
    if dataclasses.is_dataclass(hint):
        cls = cast(type, hint)
        return lambda value: _read(cls, value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return partial(_read_enum, hint, {m.value: m for m in hint})
    origin = get_origin(hint)
    if origin is list:
        return partial(_read_list, _reader(get_args(hint)[0]), _expected(hint))
    if origin is dict:
        key, item = get_args(hint)
        return partial(_read_map, _reader(key), _reader(item), _expected(hint))
    test, expected = _test(hint), _expected(hint)
    literal = _literal_values(hint)
    exact = () if literal else _exact_types(hint)  # types taken as they are, without a test

    def read(value: Any) -> Any:
        if type(value) in exact or test(value):
            return value
        if literal and isinstance(value, str):  # the right type, not one of the values
            raise _Mismatch(ValueError, f"is {value!r}, expected {expected}")
        raise _Mismatch(TypeError, f"is {type(value).__name__}, expected {expected}")

    return read


def _test(hint: Any) -> Callable[[Any], bool]:
    """Whether a value has type ``hint``; ``bool`` is no number here, an ``int`` is a float."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        tests = [_test(a) for a in get_args(hint) if a is not type(None)]
        if _allows_none(hint) and len(tests) == 1:
            only = tests[0]
            return lambda v: v is None or only(v)
        return lambda v: (v is None and _allows_none(hint)) or any(t(v) for t in tests)
    if origin is Literal:
        values = frozenset(get_args(hint))
        return lambda v: isinstance(v, str) and v in values
    if hint is type(None):
        return lambda v: v is None
    if hint is bool:
        return lambda v: v is True or v is False
    if hint is int:
        return lambda v: isinstance(v, int) and v is not True and v is not False
    if hint is float:
        return lambda v: isinstance(v, (int, float)) and v is not True and v is not False
    if hint is str:
        return lambda v: isinstance(v, str)
    raise TypeError(f"no reader for {hint!r}")  # a field of a new type needs one


def _exact_types(hint: Any) -> tuple[type, ...]:
    """The exact types whose values are of type ``hint`` (``int`` for a float, not ``bool``)."""
    if get_origin(hint) in (Union, types.UnionType):
        return tuple(t for a in get_args(hint) for t in _exact_types(a))
    return {float: (float, int), type(None): (type(None),)}.get(hint, (hint,) if hint in (str, int, bool) else ())


def _literal_values(hint: Any) -> tuple[Any, ...]:
    if get_origin(hint) is Literal:
        return get_args(hint)
    if get_origin(hint) in (Union, types.UnionType):
        return tuple(v for a in get_args(hint) for v in _literal_values(a))
    return ()


def _expected(hint: Any) -> str:
    """``hint`` in words, for an error message."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return " or ".join(_expected(a) for a in get_args(hint))
    if origin is Literal:
        return "one of " + ", ".join(map(repr, get_args(hint)))
    if origin is list:
        return f"a list of {_expected(get_args(hint)[0])}"
    if origin is dict:
        key, item = get_args(hint)
        return f"a dict of {_expected(key)} to {_expected(item)}"
    names = {type(None): "None", bool: "bool", int: "int", float: "a number", str: "str"}
    return names.get(hint, getattr(hint, "__name__", str(hint)))


def _read_list(item: _Reader, expected: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _Mismatch(TypeError, f"is {type(value).__name__}, expected {expected}")
    out = []
    for i, x in enumerate(value):
        try:
            out.append(item(x))
        except _Mismatch as exc:
            raise exc.at(i) from None
    return out


def _read_map(key: _Reader, item: _Reader, expected: str, value: Any) -> dict[Any, Any]:
    """A dict from a dict, or from the list of (key, value) pairs Arrow gives for a map column."""
    pairs: Iterable[Any]
    if isinstance(value, Mapping):
        pairs = value.items()
    elif isinstance(value, list) and all(isinstance(p, (list, tuple)) and len(p) == 2 for p in value):
        pairs = value
    else:
        raise _Mismatch(TypeError, f"is {type(value).__name__}, expected {expected} (or a list of key, value pairs)")
    out = {}
    for k, v in pairs:
        try:
            out[key(k)] = item(v)
        except _Mismatch as exc:
            raise exc.at(f"[{k!r}]") from None
    return out


def _read_enum(cls: type[enum.Enum], by_value: dict[Any, enum.Enum], value: Any) -> enum.Enum:
    if isinstance(value, cls):
        return value
    member = by_value.get(value) if isinstance(value, str) else None
    if member is None:
        values = ", ".join(map(str, by_value))
        error = ValueError if isinstance(value, str) else TypeError
        raise _Mismatch(error, f"is {value!r}, not a newsclean.{cls.__name__}; one of {values}")
    return member


_DATE_FIELDS = frozenset({"published", "updated"})
# Document.hints key: the URL a bare URL line of the text gave ``metadata.url`` (the metadata
# cleaner sets it; reliability weighs that URL's rating less than a given or labelled one's)
URL_LINE_HINT = "url_line"


def _check_type(field_name: str, value: Any) -> None:
    """Raise TypeError for a metadata value of the wrong type: caught later (the reliability
    stage strips a URL, the title is compared as text), it was blamed on other code."""
    if field_name == "authors":
        ok = isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))
        expected = "a str or a list of str"
    elif field_name == "language_confidence":
        ok = value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))
        expected = "a number or None"
    else:
        ok, expected = value is None or isinstance(value, str), "a str or None"
    if not ok:
        raise TypeError(f"metadata {field_name} is {expected}, not {type(value).__name__}")


def _check_iso_date(field_name: str, value: Any) -> None:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"metadata {field_name} must be an ISO 8601 date or date-time, not {value!r}") from None


def _as_kind(kind: Kind | str) -> Kind:
    # Kind(kind) is an enum call even for a Kind; cleaners pass Kinds on hundreds of lines a page
    return kind if isinstance(kind, Kind) else Kind(kind)


@dataclass
class _Cut:
    start: int
    end: int
    cleaner: str
    kind: Kind
    reason: str


class Document:
    """The blocks of one input text and the marks the cleaners have put on them.

    Marks are first-come: a block dropped by an earlier cleaner stays dropped with that
    cleaner's reason, and a cut inside a dropped block is absorbed by the drop.
    """

    def __init__(
        self, input_text: str, blocks: list[Block], url: str | None = None, input_format: str = "text"
    ):
        self.input_text = input_text
        self.blocks = blocks
        self.url = url
        # "text", "markdown", or "html" when input_text is what the HTML extractor kept
        self.input_format = input_format
        self.metadata = Metadata(url=url)
        self.hints: dict[str, Any] = {}  # facts from earlier stages (e.g. the HTML path)
        self.current_cleaner = ""  # set by the pipeline while a cleaner runs
        self._drops: dict[int, tuple[str, Kind, str]] = {}
        self._cuts: dict[int, list[_Cut]] = {}  # per block, sorted by start, none overlapping
        self._joins: set[int] = set()  # block indexes joined to the kept block before them
        self._kept = list(blocks)
        self._kept_for = 0  # len(self._drops) when self._kept was computed

    # -- marks -------------------------------------------------------------------------------

    def drop(self, block: Block, kind: Kind | str, reason: str) -> None:
        """Remove the whole block."""
        if block.index not in self._drops:
            self._drops[block.index] = (self.current_cleaner, _as_kind(kind), reason)

    def cut(self, block: Block, start: int, end: int, kind: Kind | str, reason: str) -> None:
        """Remove ``block.text[start:end]`` (offsets relative to the block)."""
        if type(start) is not int or type(end) is not int:  # bool and float would fail later, in render
            raise TypeError(f"cut offsets are int, not {type(start).__name__} and {type(end).__name__}")
        if not 0 <= start < end <= len(block.text):
            raise ValueError(f"cut {start}:{end} outside block of length {len(block.text)}")
        cuts = self._cuts.setdefault(block.index, [])
        a, b = block.start + start, block.start + end
        # Sorted and disjoint, so only the neighbours can overlap: a line of thousands of cuts
        # (a post of t.co links) stays linear.
        at = bisect_left(cuts, a, key=attrgetter("start"))
        if (at and cuts[at - 1].end > a) or (at < len(cuts) and cuts[at].start < b):
            return  # overlaps an earlier cut: the earlier one wins, nothing counted twice
        cuts.insert(at, _Cut(a, b, self.current_cleaner, _as_kind(kind), reason))

    def join(self, first: Block, second: Block) -> None:
        """Render ``second`` as the continuation of ``first``'s paragraph (one space): the next
        kept block after it (the lines between, a caption or an ad, dropped)."""
        if second.index <= first.index:
            raise ValueError("join: the second block must come after the first")
        # rendering joins a block to the kept one before it: with a kept block between, the
        # wrong paragraphs would be joined, silently
        between = next((b for b in self.blocks[first.index + 1 : second.index] if b.index not in self._drops), None)
        if between is not None:
            raise ValueError(f"join: block {between.index} between them is kept; join consecutive kept blocks")
        self._joins.add(second.index)

    def meta(self, field_name: str, value: Any, block: Block | None = None) -> None:
        """Record a metadata value; the block it came from (if any) is removed as metadata.

        A field already set keeps its first value (earlier evidence wins), except ``authors``,
        which accumulates without duplicates. ``published`` and ``updated`` take ISO 8601 text
        (``"2022-03-29"``, ``"2022-03-29T17:38"``); anything else raises ``ValueError``. The other
        text fields take ``str`` (or None), ``authors`` a ``str`` or a list of them,
        ``language_confidence`` a number; another type raises ``TypeError``.
        """
        if not hasattr(self.metadata, field_name):
            raise AttributeError(f"Metadata has no field {field_name!r}")
        if field_name in _DATE_FIELDS:
            if value is not None:
                _check_iso_date(field_name, value)
        else:
            _check_type(field_name, value)  # here, where the cleaner that set it is named
        if field_name == "authors":
            for name in value if isinstance(value, list) else [value]:
                if name and name not in self.metadata.authors:
                    self.metadata.authors.append(name)
        elif getattr(self.metadata, field_name) in (None, ""):
            setattr(self.metadata, field_name, value)
        if block is not None:
            self.drop(block, Kind.METADATA, f"{field_name} line")

    # -- queries -----------------------------------------------------------------------------

    def is_dropped(self, block: Block) -> bool:
        """True when a cleaner has dropped the whole line."""
        return block.index in self._drops

    def drop_kind(self, block: Block) -> Kind | None:
        """The kind the line was dropped as, or None while it is kept."""
        mark = self._drops.get(block.index)
        return mark[1] if mark else None

    def drop_kinds(self) -> dict[int, Kind]:
        """The kinds of the lines dropped so far, by block index (one look-up for a whole page,
        where :meth:`drop_kind` asks line by line)."""
        return {index: mark[1] for index, mark in self._drops.items()}

    def kept(self) -> list[Block]:
        """Blocks no cleaner has dropped so far, in order."""
        # Every cleaner asks; drops only ever grow, so their count says whether to recompute,
        # from the blocks kept last time.
        if self._kept_for != len(self._drops):
            self._kept = [b for b in self._kept if b.index not in self._drops]
            self._kept_for = len(self._drops)
        return list(self._kept)

    def cuts_in(self, block: Block) -> list[tuple[int, int]]:
        """The cuts already marked in a block, as offsets relative to the block, in order."""
        return [(c.start - block.start, c.end - block.start) for c in self._cuts.get(block.index, [])]

    def visible_text(self, block: Block) -> str:
        """The block's text with the cuts marked so far taken out."""
        cuts = self.cuts_in(block)
        if not cuts:
            return block.text
        parts, pos = [], 0
        for a, b in cuts:
            parts.append(block.text[pos:a])
            pos = b
        parts.append(block.text[pos:])
        return "".join(parts)

    def is_joined(self, block: Block) -> bool:
        """True when the line continues the one before it (a paragraph broken mid-sentence)."""
        return block.index in self._joins
