"""Building the extractor's output models without re-validating values it has checked itself.

Pydantic validation (or ``model_construct``, which resolves every default in Python) costs more
than the rest of the work for a place reference; the extractor's values are typed by construction,
so its models are filled in directly, defaults included.  Serialisation and equality behave as for
validated models.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_SPEC: dict[type, tuple[dict[str, Any], list[tuple[str, Any]], set[str]]] = {}


def fast(cls: type[M], **fields: Any) -> M:
    """An instance of ``cls`` holding ``fields``, the other fields at their defaults.

    When every field is given, instances share one fields-set object: pydantic only ever adds field
    names to it, and all of them are in it already (a million claims or decisions would otherwise each
    carry a set of their own)."""
    spec = _SPEC.get(cls)
    if spec is None:
        mf = cls.model_fields
        static = {n: f.default for n, f in mf.items() if f.default_factory is None}
        factories = [(n, f.default_factory) for n, f in mf.items() if f.default_factory is not None]
        spec = _SPEC[cls] = (static, factories, set(mf))
    static, factories, every = spec
    data = {**static, **fields}
    if factories:
        for name, factory in factories:
            if name not in fields:
                data[name] = factory()
    obj = cls.__new__(cls)
    _set = object.__setattr__
    _set(obj, "__dict__", data)
    _set(obj, "__pydantic_fields_set__", every if len(fields) == len(every) else set(fields))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj
