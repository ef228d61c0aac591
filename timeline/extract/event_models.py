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

_SPEC: dict[type, tuple[dict[str, Any], list[tuple[str, Any]]]] = {}


def fast(cls: type[M], **fields: Any) -> M:
    """An instance of ``cls`` holding ``fields``, the other fields at their defaults."""
    spec = _SPEC.get(cls)
    if spec is None:
        mf = cls.model_fields
        static = {n: f.default for n, f in mf.items() if f.default_factory is None}
        factories = [(n, f.default_factory) for n, f in mf.items() if f.default_factory is not None]
        spec = _SPEC[cls] = (static, factories)
    static, factories = spec
    data = {**static, **fields}
    for name, factory in factories:
        if name not in fields:
            data[name] = factory()
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", data)
    object.__setattr__(obj, "__pydantic_fields_set__", set(fields))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj
