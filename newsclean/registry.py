"""The cleaner registry: cleaners are plain functions registered by name.

Built-ins are registered in :mod:`newsclean.cleaners`; third-party packages add cleaners
through the entry-point group ``newsclean.cleaners`` (each entry point names a function
decorated with :func:`cleaner`, or a module that registers some when imported).
"""

from __future__ import annotations

import inspect
import threading
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Literal, get_args, get_origin, get_type_hints

from .document import Document, Kind

ENTRY_POINT_GROUP = "newsclean.cleaners"

CleanerFunc = Callable[..., object]  # returns None; the pipeline rejects anything else
# checks a cleaner's settings together (the defaults with the given ones) when a pipeline is
# built; raises TypeError, ValueError or OSError naming the setting
SettingsCheck = Callable[[Mapping[str, Any]], None]


@dataclass(frozen=True)
class CleanerSpec:
    """A registered cleaner: its name, function, the kinds it removes, its default settings,
    for settings annotated ``Literal[...]`` the values they accept, and its own check of its
    settings, if it has one."""

    name: str
    func: CleanerFunc
    kinds: tuple[Kind, ...]
    defaults: dict[str, Any] = field(default_factory=dict)
    choices: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    check: SettingsCheck | None = None

    def run(self, doc: Document, settings: Mapping[str, Any]) -> object:
        """Run the cleaner on ``doc``; what it returns (None for a well-formed cleaner) is passed on."""
        return self.func(doc, **settings)


_REGISTRY: dict[str, CleanerSpec] = {}
_entry_points_loaded = False
_LOADING = threading.RLock()  # re-entrant: a plug-in's import may look a cleaner up
_failed_entry_points: dict[str, str] = {}  # "name (module:attr)" -> the error loading it raised


def _defaults_of(name: str, func: CleanerFunc) -> dict[str, Any]:
    if not callable(func):
        raise TypeError(f"cleaner {name!r}: @cleaner registers a function func(doc, **settings), not {type(func).__name__}")
    params = list(inspect.signature(func).parameters.values())
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    if not params or params[0].kind not in positional:  # it would fail on every document
        raise TypeError(
            f"cleaner {name!r}: a cleaner takes the document as its first argument, "
            f"then its settings with defaults: def {getattr(func, '__name__', name)}(doc, ...)"
        )
    params = params[1:]  # the first one is the document
    missing = [p.name for p in params if p.default is inspect.Parameter.empty]
    if missing:
        raise TypeError(f"cleaner {name!r}: cleaner settings need defaults: {', '.join(missing)}")
    return {p.name: p.default for p in params}


def _kinds_of(name: str, kinds: Any) -> tuple[Kind, ...]:
    """``kinds`` as Kinds; a single string (``kinds=("promo")`` lacks its comma) or an unknown
    kind fails naming the cleaner and the accepted kinds."""
    if isinstance(kinds, str):
        raise TypeError(f"cleaner {name!r}: kinds is a tuple of kinds, e.g. kinds=({kinds!r},), not a str")
    values = [k.value for k in Kind]  # a list: a Kind equals its value but does not hash like it
    unknown = [k for k in kinds if k not in values]
    if unknown:
        raise ValueError(f"cleaner {name!r}: unknown kinds {', '.join(map(repr, unknown))}; kinds: {', '.join(values)}")
    return tuple(Kind(k) for k in kinds)


def _choices_of(func: CleanerFunc) -> dict[str, tuple[Any, ...]]:
    """The values of each ``Literal[...]`` setting, so a bad one fails when configured."""
    try:
        hints = get_type_hints(func)
    except Exception:  # a plug-in's annotations may not resolve: then nothing is checked
        return {}
    return {name: get_args(hint) for name, hint in hints.items() if get_origin(hint) is Literal}


def _where(func: CleanerFunc) -> str:
    """Where a function is defined: a notebook cell run twice, or a module reloaded, defines a new
    function object at the same place, which is the same cleaner again."""
    return f"{getattr(func, '__module__', '?')}.{getattr(func, '__qualname__', repr(func))}"


def cleaner(
    name: str, kinds: tuple[Kind | str, ...] = (), check: SettingsCheck | None = None
) -> Callable[[CleanerFunc], CleanerFunc]:
    """Register ``func(doc, **settings)`` as a cleaner called ``name``.

    The name is the registry key, the config section and ``Removal.cleaner``. Settings are the
    function's keyword arguments; each needs a default. A name is a non-empty identifier-like
    ``str`` (letters, digits, "_"): it must also work as a config section and in ``--set``.

    A function defined again at the same place (a notebook cell run twice, a module reloaded)
    replaces its earlier definition; another function taking a registered name raises
    ``ValueError``.

    ``check``, if given, is called with all the cleaner's settings (defaults and given values)
    whenever a pipeline holding the cleaner is built, after each value's type was checked; it
    raises (``TypeError``, ``ValueError``, ``OSError``) naming the setting, so a bad value
    fails there, not on every document.
    """
    if callable(name):  # a bare @cleaner: the function came as the name
        raise TypeError("give the cleaner its name: @newsclean.cleaner('my_cleaner'), not @newsclean.cleaner")
    if not isinstance(name, str) or not name.isidentifier() or name == "html":
        raise ValueError(f"a cleaner's name is a word of letters, digits and '_' (not 'html'), not {name!r}")

    def register(func: CleanerFunc) -> CleanerFunc:
        existing = _REGISTRY.get(name)
        if existing is not None and _where(existing.func) != _where(func):  # the same one again replaces it
            raise ValueError(f"a cleaner named {name!r} is already registered ({_where(existing.func)}); "
                             "give yours another name")
        if check is not None and not callable(check):
            raise TypeError(f"cleaner {name!r}: check is a function of the settings, not {type(check).__name__}")
        spec = CleanerSpec(name, func, _kinds_of(name, kinds), _defaults_of(name, func), _choices_of(func), check)
        _REGISTRY[name] = spec
        func.cleaner_spec = spec  # type: ignore[attr-defined]
        return func

    return register


def _load_entry_points() -> None:
    global _entry_points_loaded
    with _LOADING:  # another thread's miss waits for the plug-ins, not for a KeyError
        if _entry_points_loaded:
            return
        _entry_points_loaded = True
        _load_each_entry_point()


def _load_each_entry_point() -> None:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            ep.load()  # importing registers; a decorated function registers itself too
        except Exception as exc:  # one broken plug-in must not hide the others or the built-ins
            where = f"{ep.name} ({ep.value})"
            _failed_entry_points[where] = f"{type(exc).__name__}: {exc}"
            warnings.warn(
                f"newsclean: the cleaner plug-in {where} of entry-point group {ENTRY_POINT_GROUP!r} "
                f"failed to load: {type(exc).__name__}: {exc}",
                RuntimeWarning,
                stacklevel=3,
            )


def get(name_or_func: str | CleanerFunc) -> CleanerSpec:
    """Look a cleaner up by name (loading plug-ins on a miss) or by its decorated function."""
    if callable(name_or_func):
        spec: CleanerSpec | None = getattr(name_or_func, "cleaner_spec", None)
        if spec is None:
            raise TypeError("not a registered cleaner: decorate it with @newsclean.cleaner(name)")
        return spec
    if name_or_func not in _REGISTRY:
        _load_entry_points()
    try:
        return _REGISTRY[name_or_func]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        failed = "".join(f"; plug-in {where} failed to load: {error}" for where, error in _failed_entry_points.items())
        raise KeyError(f"no cleaner named {name_or_func!r}; registered: {known}{failed}") from None


def available() -> list[str]:
    """Names of all registered cleaners, plug-ins included."""
    _load_entry_points()
    return sorted(_REGISTRY)
