"""Article records as JSON: the contract's field order, one line per record."""

from __future__ import annotations

import json
from typing import Any

from itemadapter import ItemAdapter

#: the record's fields in the contract's order (``source`` only from ``extract``)
RECORD_FIELDS = (
    "schema_version", "url", "source", "final_url", "canonical_url", "fetched_at", "status",
    "headline", "description", "published", "modified", "authors", "publisher", "section",
    "tags", "language", "body", "images", "attributions", "related_links", "warc",
    "content_sha256", "version", "changes",
)


def record_dict(item: Any) -> dict[str, Any]:
    """The item as a plain dict with the contract's key order (unknown keys last)."""
    data = ItemAdapter(item).asdict()
    ordered = {k: data.pop(k) for k in RECORD_FIELDS if k in data}
    ordered.update(data)
    return ordered


def record_line(item: Any) -> bytes:
    """One JSON line, UTF-8, newline-terminated."""
    return (json.dumps(record_dict(item), ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def load_schema() -> dict[str, Any]:
    """The record's JSON Schema (draft 2020-12), shipped with the package."""
    from importlib.resources import files

    return json.loads((files("newsarchive") / "schema" / "article.schema.json").read_text("utf-8"))
