"""Many documents: ordered, streaming, one output per input (stub, to be written)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .document import Result


def clean_many(records: Iterable[Any], workers: int = 1) -> Iterator[Result]:
    from . import clean

    for record in records:
        yield clean(record)
