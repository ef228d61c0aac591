"""Building models from values the tagger has already checked.

Validating a pydantic model costs a few microseconds; a dense article has
thousands of time expressions, each built as a ``Timex``, a ``Resolution``
and a ``ResolvedTimex``.  The values built here come from the tagger's own
code (offsets, strings from the rules' tables, dates it computed), so they
are put in place the way ``BaseModel.model_construct`` does, minus its
per-call bookkeeping.  Every field must be given: a missing or unknown field
raises, so a model change cannot slip through unnoticed.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

_new = object.__new__
_set = object.__setattr__


@lru_cache(maxsize=None)
def _fields(cls: type[BaseModel]) -> frozenset[str]:
    if cls.__pydantic_post_init__ or cls.__private_attributes__ or cls.model_config.get("extra") == "allow":
        raise TypeError(f"{cls.__name__} needs validated construction")
    return frozenset(cls.model_fields)


def trusted(cls: type[BaseModel], values: dict[str, Any]) -> Any:
    """``cls`` built from ``values`` (every field, already of the right type) without validation."""
    names = _fields(cls)
    if values.keys() != names:
        raise TypeError(f"{cls.__name__}: fields {sorted(names ^ values.keys())} missing or unknown")
    m = _new(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", set(names))
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Run a block without the cyclic garbage collector.

    The tagger allocates a few objects per expression and no reference
    cycles; on a dense text (20,000 expressions) the collector's repeated
    passes over the growing heap cost as much as the tagging itself.  The
    previous setting is restored (a caller that disabled it keeps it off).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
