"""Article records as JSON: the contract's field order, one line per record.

This is the one place records are serialised (crawl, ``extract``, periodic jobs'
state): every string goes through :func:`newsarchive.sanitize.clean_record` here,
so a lone surrogate or a control character from a page can neither make a
record unwritable nor reach a reader, and URL fields carry no credentials.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from typing import Any

from itemadapter import ItemAdapter

from newsarchive.items import OPTIONAL_FIELDS, RECORD_FIELDS, UTC_FIELDS, utc_timestamp
from newsarchive.sanitize import clean_record


def record_dict(item: Any) -> dict[str, Any]:
    """The item as a plain, sanitised dict with the contract's key order (unknown keys last).

    ``content_sha256`` stays the hash of ``body`` as written: when cleaning changed
    the body, the hash is taken again. ``published_utc`` and ``modified_utc`` are always
    those of ``published`` and ``modified`` (for plain dicts, such as ``extract``'s, too).
    """
    if is_dataclass(item) and not isinstance(item, type):
        # shallow: clean_record copies every container below anyway (ItemAdapter's asdict
        # would walk and copy them all once more)
        data = {f.name: getattr(item, f.name) for f in fields(item)
                if not (f.name in OPTIONAL_FIELDS and getattr(item, f.name) is None)}
    else:
        data = ItemAdapter(item).asdict()
    body = data.get("body")
    data = clean_record(data)
    for name, source in UTC_FIELDS.items():
        if source in data:
            data[name] = utc_timestamp(data[source])
    if isinstance(body, str) and data.get("content_sha256") and data.get("body") != body:
        # rare (a body with control characters): imported here to keep this module light
        from newsarchive.extraction import content_sha256

        data["content_sha256"] = content_sha256(data["body"])
    ordered = {k: data.pop(k) for k in RECORD_FIELDS if k in data}
    ordered.update(data)
    return ordered


def record_line(item: Any) -> bytes:
    """One JSON line, UTF-8, newline-terminated."""
    return json_line(record_dict(item))


def json_line(record: dict[str, Any]) -> bytes:
    """A record from :func:`record_dict` as one JSON line, UTF-8, newline-terminated."""
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def load_schema() -> dict[str, Any]:
    """The record's JSON Schema (draft 2020-12), shipped with the package."""
    from importlib.resources import files

    return json.loads((files("newsarchive") / "schema" / "article.schema.json").read_text("utf-8"))
