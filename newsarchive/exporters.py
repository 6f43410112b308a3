"""Scrapy feed exporters for CSV and XML that write article records as ``articles.jsonl`` does.

Scrapy's ``CsvItemExporter`` writes a list of strings joined by commas and any other
nested value as its Python ``repr`` (``{'url': ...}``), which no reader can parse back;
its ``XmlItemExporter`` nests elements, and writes ``None`` as the text ``None``. Here an
:class:`~newsarchive.items.Article` is first turned into its record
(:func:`~newsarchive.records.record_dict`: sanitised, in the contract's field order, with
its UTC fields), and every nested field (``authors``, ``images``, ``warc``, ``changes``
...) is written as one cell / element of JSON text, which pandas, DuckDB and spreadsheets
read back with a JSON function. They are wired through ``FEED_EXPORTERS`` in
:mod:`newsarchive.settings`, so ``scrapy crawl article -O articles.csv:csv`` uses them.
"""

from __future__ import annotations

import json
from typing import Any

from scrapy import exporters

from newsarchive.items import Article
from newsarchive.records import record_dict


def json_text(value: Any) -> Any:
    """A dict, list or tuple as compact JSON text; anything else as it is."""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


class _RecordExport:
    """Export articles as their records, with nested fields as JSON text."""

    def export_item(self, item: Any) -> Any:
        return super().export_item(record_dict(item) if isinstance(item, Article) else item)  # type: ignore[misc]

    def serialize_field(self, field: Any, name: str, value: Any) -> Any:
        return super().serialize_field(field, name, json_text(value))  # type: ignore[misc]


class CsvItemExporter(_RecordExport, exporters.CsvItemExporter):
    """CSV: one column per record field, nested fields as JSON text."""


class XmlItemExporter(_RecordExport, exporters.XmlItemExporter):
    """XML: one element per record field, nested fields as JSON text, null as an empty element."""

    def serialize_field(self, field: Any, name: str, value: Any) -> Any:
        return "" if value is None else super().serialize_field(field, name, value)
