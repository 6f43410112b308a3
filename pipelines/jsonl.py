"""Item pipeline that appends article records to ``DIR/articles.jsonl``.

Scrapy's feed exporters write through a buffered file, so a crawl killed mid-way
can leave half a line behind. Here every record is one ``write`` of a whole line
on a file opened in append mode: a reader sees complete lines only, and earlier
lines are never rewritten. Scrapy's own ``FEEDS`` still work alongside.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler

from newsarchive.items import Article
from newsarchive.records import record_line


class AppendOnlyLines:
    """A file that only ever grows by whole lines."""

    def __init__(self, path: Path, fsync: bool = False) -> None:
        self.path = path
        self.fsync = fsync
        path.parent.mkdir(parents=True, exist_ok=True)
        self._repair_tail()
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def _repair_tail(self) -> None:
        """Cut a final line left incomplete (a write cut short by a power loss).

        Lines are written whole, so only the last one can be incomplete; cutting it
        keeps every line of the file valid JSON.
        """
        if not self.path.exists():
            return
        with open(self.path, "r+b") as f:
            size = f.seek(0, os.SEEK_END)
            if not size:
                return
            f.seek(max(0, size - 1))
            if f.read(1) == b"\n":
                return
            f.seek(max(0, size - (1 << 20)))
            tail = f.read()
            f.truncate(size - len(tail) + tail.rfind(b"\n") + 1)

    def append(self, line: bytes) -> None:
        written = os.write(self._fd, line)
        while written < len(line):
            written += os.write(self._fd, line[written:])
        if self.fsync:
            os.fsync(self._fd)

    def close(self) -> None:
        os.fsync(self._fd)
        os.close(self._fd)


class JsonLinesPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.path = Path(crawler.settings.get("NEWSARCHIVE_OUTPUT")) / "articles.jsonl"
        self.fsync = crawler.settings.getbool("NEWSARCHIVE_FSYNC")
        self.out: AppendOnlyLines | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.out = AppendOnlyLines(self.path, self.fsync)

    def close_spider(self) -> None:
        if self.out:
            self.out.close()

    def process_item(self, item: Any) -> Any:
        if isinstance(item, Article) and self.out:
            self.out.append(record_line(item))
        return item
