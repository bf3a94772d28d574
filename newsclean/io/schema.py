"""The Arrow schema of an output row, derived from the Result dataclasses so it never drifts."""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from typing import Any

from ..document import Result

# id, index, source, url, then every Result field, then error
ROW_PREFIX: tuple[tuple[str, type], ...] = (("id", str), ("index", int), ("source", str), ("url", str))


def arrow_type(hint: Any) -> Any:
    """The Arrow type for a type hint used in the Result dataclasses (all fields nullable)."""
    import pyarrow as pa

    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"no Arrow type for {hint}")
        return arrow_type(args[0])
    if origin is list:
        return pa.list_(arrow_type(typing.get_args(hint)[0]))
    if origin is dict:
        key, value = typing.get_args(hint)
        return pa.map_(arrow_type(key), arrow_type(value))
    if origin is typing.Literal:  # a closed set of values, stored as the values' type
        return arrow_type(type(typing.get_args(hint)[0]))
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return pa.struct([pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(hint)])
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return pa.string()  # Kind is stored by value
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if hint in simple:
        return simple[hint]
    raise TypeError(f"no Arrow type for {hint}")


def row_schema(input_text: bool = True) -> Any:
    """Schema of :meth:`newsclean.batch.Outcome.to_row` rows (a failed row has nulls but ``error``)."""
    import pyarrow as pa

    fields = [pa.field(name, arrow_type(hint)) for name, hint in ROW_PREFIX]
    result = arrow_type(Result)
    fields += [f for f in result if input_text or f.name != "input_text"]
    fields.append(pa.field("error", pa.struct([("type", pa.string()), ("message", pa.string())])))
    return pa.schema(fields)
