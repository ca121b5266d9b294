"""Activities to and from JSON without msrest's generic machinery, for the shapes a turn actually has.

msrest reads an inbound activity by walking its attribute map with key extractors, copying every attribute
description and every `object` value; it writes an outbound one by first deserialising the model again
(`Serializer.body`) and then serialising it. Together about a millisecond of a turn. These functions give the
same result for what Teams and botbuilder produce — known keys with values of the declared JSON type, models as
model instances, `object` values as plain JSON, enums for strings, datetimes — and step aside (`Unusual`) for
anything else, so the caller hands that activity to msrest as before. tests/test_activity_json.py compares both.
"""

from __future__ import annotations

import datetime
from enum import Enum
from functools import cache
from typing import Any

import botbuilder.schema as schema
from botbuilder.schema import Activity
from msrest.serialization import Deserializer, Model, Serializer


class Unusual(Exception):
    """Not a shape these functions handle: use msrest."""


Attributes = tuple[tuple[str, str, str], ...]  # (attribute, JSON key, msrest type)


@cache
def _models() -> dict[str, type[Model]]:
    return {name: cls for name, cls in vars(schema).items() if isinstance(cls, type) and issubclass(cls, Model)}


@cache
def _plain_attributes(cls: Any) -> Attributes | None:
    """The attribute map of a model msrest reads and writes plainly (no flattened keys, subtypes, read-only or
    constant attributes, declared additional properties); None for any other."""
    attribute_map: dict[str, dict[str, str]] = getattr(cls, "_attribute_map", {})
    simple = (
        not getattr(cls, "_subtype_map", None)
        and not any(getattr(cls, "_validation", {}).values())
        and "additional_properties" not in attribute_map
        and all(desc["key"] and "." not in desc["key"] and "\\" not in desc["key"] for desc in attribute_map.values())
    )
    return tuple((attr, desc["key"], desc["type"]) for attr, desc in attribute_map.items()) if simple else None


def _attributes(cls: Any) -> Attributes:
    found = _plain_attributes(cls)
    if found is None:
        raise Unusual(cls.__name__)
    return found


# --- reading -----------------------------------------------------------------------------------------------------


def activity_from_json(payload: dict[str, Any]) -> Activity:
    """`Activity().deserialize(payload)` for the usual shapes; raises `Unusual` for the rest."""
    activity = _model_in(Activity, payload)
    assert isinstance(activity, Activity)
    return activity


def _model_in(cls: type[Any], data: Any) -> Any:
    if type(data) is not dict:
        raise Unusual(cls.__name__)
    attributes = _attributes(cls)
    kwargs: dict[str, Any] = {}
    known: set[str] = set()
    for attr, key, kind in attributes:
        known.add(key)
        value = data.get(key)
        kwargs[attr] = None if value is None else _value_in(value, kind)
    model = cls(**kwargs)
    extra = {key: value for key, value in data.items() if key not in known}
    if extra:
        model.additional_properties = extra
    return model


def _value_in(value: Any, kind: str) -> Any:
    if kind == "str":
        if type(value) is not str:
            raise Unusual(kind)
        return value
    if kind == "object":
        return _plain_copy(value)
    if kind == "bool" or kind == "int":
        if type(value) is not (bool if kind == "bool" else int):
            raise Unusual(kind)
        return value
    if kind == "iso-8601":
        if type(value) is not str:
            raise Unusual(kind)
        return Deserializer.deserialize_iso(value)  # type: ignore[no-untyped-call]
    if kind[0] == "[" and kind[-1] == "]":
        if type(value) is not list:
            raise Unusual(kind)
        inner = kind[1:-1]
        return [_value_in_item(item, inner) for item in value]
    if kind[0] == "{" and kind[-1] == "}":
        if type(value) is not dict:
            raise Unusual(kind)
        inner = kind[1:-1]
        return {key: _value_in_item(item, inner) for key, item in value.items()}
    cls = _models().get(kind)
    if cls is None:
        raise Unusual(kind)
    return _model_in(cls, value)


def _value_in_item(value: Any, kind: str) -> Any:
    if value is None:
        raise Unusual("null in a collection")
    return _value_in(value, kind)


def _plain_copy(value: Any) -> Any:
    """msrest's `deserialize_object` for plain JSON: a copy of dicts and lists, the values as they are."""
    kind = type(value)
    if kind is dict:
        return {key: _plain_copy(item) for key, item in value.items()}
    if kind is list:
        return [_plain_copy(item) for item in value]
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    raise Unusual(kind.__name__)


# --- writing -----------------------------------------------------------------------------------------------------


def model_to_json(model: Any) -> dict[str, Any]:
    """What msrest writes for a model (`Serializer.body(model, name)`, `model.serialize()`): every attribute that
    is not None under its JSON key. Raises `Unusual` for values msrest would convert or reject."""
    out: dict[str, Any] = {}
    for attr, key, kind in _attributes(type(model)):
        value = getattr(model, attr, None)
        if value is not None:
            out[key] = _value_out(value, kind)
    return out


def _value_out(value: Any, kind: str) -> Any:
    if kind == "str":
        if type(value) is str:
            return value
        if isinstance(value, Enum) and type(value.value) is str:
            return value.value
        raise Unusual(kind)
    if kind == "object":
        if not plain_json(value):
            raise Unusual(kind)
        return value
    if kind == "bool" or kind == "int":
        if type(value) is not (bool if kind == "bool" else int):
            raise Unusual(kind)
        return value
    if kind == "iso-8601":
        if not isinstance(value, datetime.datetime):
            raise Unusual(kind)
        return Serializer.serialize_iso(value)  # type: ignore[no-untyped-call]
    if kind[0] == "[" and kind[-1] == "]":
        if type(value) is not list:
            raise Unusual(kind)
        inner = kind[1:-1]
        return [_value_out_item(item, inner) for item in value]
    if kind[0] == "{" and kind[-1] == "}":
        if type(value) is not dict or not all(type(key) is str for key in value):
            raise Unusual(kind)
        inner = kind[1:-1]
        return {key: _value_out_item(item, inner) for key, item in value.items()}
    if kind not in _models() or not isinstance(value, Model):
        raise Unusual(kind)
    return model_to_json(value)  # the value's own class decides its attributes (a Mention is an Entity)


def _value_out_item(value: Any, kind: str) -> Any:
    if value is None:
        raise Unusual("null in a collection")
    return _value_out(value, kind)


def plain_json(value: Any) -> bool:
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return True
    if kind is dict:
        return all(type(k) is str and plain_json(v) for k, v in value.items())
    if kind is list:
        return all(plain_json(v) for v in value)
    return False
