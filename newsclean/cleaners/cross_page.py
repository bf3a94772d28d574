"""Lines that recur across a source's pages, from per-source profiles (:mod:`newsclean.profiles`).

Off unless a profiles file is given (``[cleaners.cross_page] profiles = "profiles.json"``, or
``newsclean clean --profiles profiles.json``). The document's source is the registrable domain
of its URL (given, declared by the HTML, or on a line of its own at the top or foot of the
text, where the ``metadata`` cleaner finds it), or the ``source`` setting when given. Each kept
line that the source's profile lists as recurring is dropped with kind ``cross_page``. The
file is read once per path (again when it changes) and never written: cleaning stays a pure function of the
document, the settings and the file. It is first read when the pipeline is built
(:func:`check_settings`), so a missing or malformed file fails there, not on every document.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..document import Document, Kind
from ..registry import cleaner

if TYPE_CHECKING:
    from ..profiles import Profiles


def load_profiles(path: str) -> Profiles:
    """The profiles in ``path``, read once per process and again when the file changes (a
    re-learned file saved to the same path is used by the next document, as a new process
    would). Only the latest version is kept; if the file goes away mid-batch, it is still used."""
    try:
        stat = os.stat(path)
    except OSError:
        if path in _LOADED:
            return _LOADED[path][1]
        raise
    version = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
    loaded = _LOADED.get(path)
    if loaded is None or loaded[0] != version:
        from ..profiles import Profiles  # imported here: profiles needs the reliability package

        loaded = _LOADED[path] = (version, Profiles.load(path))
    return loaded[1]


_LOADED: dict[str, tuple[tuple[int, int, int], Profiles]] = {}


def check_settings(settings: Mapping[str, Any]) -> None:
    """``profiles`` is None (off) or a ``str`` or ``os.PathLike`` naming a profiles file, read
    here (once: the cleaner reuses it), so a bad one fails when the pipeline is built; ``source``
    is None or a ``str``."""
    path, source = settings["profiles"], settings["source"]
    if source is not None and not isinstance(source, str):
        raise TypeError(f"cleaner 'cross_page' setting source={source!r} is {type(source).__name__}, expected str or None")
    if path is None or path == "":  # "" is off too, as an empty --set value gives it
        return
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(
            f"cleaner 'cross_page' setting profiles={path!r} is {type(path).__name__}, "
            "expected the path of a profiles file (str or os.PathLike) or None"
        )
    shown = f"cleaner 'cross_page' setting profiles={os.fspath(path)!r}"
    try:
        load_profiles(os.fspath(path))
    except OSError as exc:
        raise type(exc)(f"{shown}: cannot read it: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # not JSON, or JSON of another shape
        raise ValueError(f"{shown}: not a profiles file written by 'newsclean profile' ({exc})") from None


@cleaner("cross_page", kinds=(Kind.CROSS_PAGE,), check=check_settings)
def cross_page(doc: Document, profiles: str | None = None, source: str | None = None) -> None:
    """Drop the lines the document's source repeats across its pages."""
    if not profiles:
        return
    from ..profiles import source_key
    from .metadata import edge_url

    loaded = load_profiles(str(profiles))
    # the page's URL as learning saw it in metadata.url: given, declared, or a URL line that
    # the metadata cleaner (which runs later) will claim
    key = source or source_key(doc.url or doc.metadata.url or edge_url(doc))
    profile = loaded.get(key)
    if profile is None or not profile.recurring_lines:
        return
    for block in doc.blocks:
        if doc.is_dropped(block):
            continue
        share = loaded.is_recurring(key, block.text)
        if share is not None:
            doc.drop(block, Kind.CROSS_PAGE, f"recurs in {share:.0%} of {key} pages ({profile.documents} learned)")
