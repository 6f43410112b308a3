"""The crawl log: one line per URL fetched or failed in a run, written into the WARC at its end.

A WARC file says what was fetched, not what was tried and failed, and not what one run
did. Heritrix keeps a ``crawl.log`` beside its WARC files for that; newsarchive keeps the
same kind of log (fewer columns) inside the archive, as a ``resource`` record
(``text/plain``) of the last WARC file of each run, so it travels with the records it
describes. The lines are tab-separated::

    2026-12-02T03:10:00.123456Z  200  5123  https://example.org/news/a1  revisit
    2026-12-02T03:10:01.000000Z  -    -     https://example.org/dead     failed: connection refused

(time, HTTP status or ``-``, payload bytes as received or ``-``, URL, note). Fetches are
logged by :class:`~newsarchive.archive.ArchiveExtension` as they are archived; failures
come from whoever judges them (the spider) through the :data:`fetch_failed` signal. The
log lives in memory until the run ends: a run killed before its end leaves no log (its
WARC records are whole all the same).
"""

from __future__ import annotations

from datetime import datetime

from newsarchive.sanitize import for_terminal

#: Scrapy signal sent with ``reason`` and ``what`` (a URL, or a URL list line) for each failure
fetch_failed = object()

CONTENT_TYPE = "text/plain; charset=utf-8"
HEADER = "# time\tstatus\tsize\turl\tnote"


def log_uri(started: datetime) -> str:
    """The ``WARC-Target-URI`` of the crawl log of a run started at ``started``."""
    return f"urn:newsarchive:crawl-log:{started:%Y-%m-%dT%H:%M:%S.%fZ}"


def _field(value: object) -> str:
    """One column: no tab, no line break, no control character."""
    return for_terminal(value).replace("\t", "\\t")


class CrawlLog:
    """The lines of one run's crawl log (see the module docstring)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def fetched(self, date: str, status: int, size: int, url: str, note: str = "") -> None:
        """A response archived (``date``: its WARC-Date)."""
        self._add(date, str(status), str(size), url, note)

    def failed(self, date: str, reason: str, what: str) -> None:
        """A URL that could not be archived as a page, and why."""
        self._add(date, "-", "-", what, f"failed: {reason}")

    def _add(self, *fields: str) -> None:
        self.lines.append("\t".join(map(_field, fields)).rstrip("\t"))

    def to_bytes(self) -> bytes:
        return "".join(line + "\n" for line in [HEADER, *self.lines]).encode("utf-8")
