"""The crawl frontier kept in the archive's state database, so that it survives SIGKILL.

Scrapy's own persistence (``JOBDIR``) writes its seen-requests file as requests are
scheduled but its queue only on a clean stop: after ``kill -9`` every page still
queued is remembered as seen and never fetched again. Here every page a crawl means to
fetch is a row, written before the request is handed to Scrapy, and marked done only
once everything it leads to is on disk: its WARC records, its article line, its state,
and the frontier rows of the links it is followed to. A run that ends early leaves
its unfinished rows behind; the next run into the folder fetches exactly those again
(:meth:`Frontier.pending`), whatever command it was, and a run that finishes clears
the table for the next crawl, which re-checks everything (an incremental crawl).

A page acknowledged twice or fetched again after a crash is harmless: the store turns
an identical payload into a revisit record and no new article line.

Page resources (images, stylesheets, scripts, fonts: :mod:`newsarchive.crawl.resources`)
are entries of kind ``resource``: they yield no item, so the spider acknowledges them as
soon as their WARC records and the rows of what they reference (a stylesheet's images and
imports) are written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from newsarchive.store.state import StateDB

#: the request meta key naming the frontier entry a request (and its redirects) fetches
FRONTIER_KEY = "newsarchive_frontier"
#: what a frontier entry is fetched as (the spider's callback)
KINDS = ("page", "feed", "resource")

SCHEMA = (
    f"""CREATE TABLE IF NOT EXISTS frontier (
        url TEXT PRIMARY KEY, depth INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ({", ".join(f"'{k}'" for k in KINDS)})),
        given INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX IF NOT EXISTS frontier_pending ON frontier (done)",
)


@dataclass(frozen=True)
class Entry:
    url: str
    depth: int
    kind: str = "page"
    given: bool = False  # a seed the user gave (not one a feed, a sitemap or a page led to)


class Frontier:
    """The pages of the current run: to fetch (pending) or archived (done)."""

    def __init__(self, db: StateDB) -> None:
        self.db = db
        with db.transaction() as conn:
            _allow_new_kinds(conn)
            for statement in SCHEMA:
                conn.execute(statement)

    def add(self, entries: Iterable[Entry]) -> list[Entry]:
        """Add entries not in the frontier yet, in one transaction; returns the ones added."""
        added = []
        with self.db.transaction() as conn:
            for entry in entries:
                cursor = conn.execute("INSERT OR IGNORE INTO frontier (url, depth, kind, given) "
                                      "VALUES (?, ?, ?, ?)", (entry.url, entry.depth, entry.kind, entry.given))
                if cursor.rowcount:
                    added.append(entry)
        return added

    def done(self, urls: Iterable[str]) -> None:
        """Mark pages archived, in one transaction (a URL not in the frontier is ignored)."""
        with self.db.transaction() as conn:
            conn.executemany("UPDATE frontier SET done = 1 WHERE url = ? AND done = 0", ((u,) for u in urls))

    def state_of(self, url: str) -> str | None:
        """``"pending"``, ``"done"``, or None for a URL not in this run's frontier."""
        rows = self.db.query("SELECT done FROM frontier WHERE url = ?", (url,))
        return None if not rows else ("done" if rows[0][0] else "pending")

    def pending(self) -> list[Entry]:
        """Entries left unfinished by an earlier run, in the order they were added."""
        rows = self.db.query("SELECT url, depth, kind, given FROM frontier WHERE done = 0 ORDER BY rowid")
        return [Entry(*row) for row in rows]

    def seeds(self) -> list[Entry]:
        """The seeds the user gave the run, done or not, also after an interruption."""
        rows = self.db.query("SELECT url, depth, kind, given FROM frontier WHERE given = 1 ORDER BY rowid")
        return [Entry(*row) for row in rows]

    def counts(self) -> tuple[int, int]:
        """``(pending, done)``."""
        rows = dict(self.db.query("SELECT done, count(*) FROM frontier GROUP BY done"))
        return rows.get(0, 0), rows.get(1, 0)

    def clear(self) -> None:
        """Forget a finished run: the next crawl into the folder starts a new frontier."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM frontier")


def _allow_new_kinds(conn: sqlite3.Connection) -> None:
    """Rebuild a frontier table made by an older version whose CHECK lacks a kind of :data:`KINDS`.

    SQLite cannot alter a CHECK constraint, so the table is renamed, made again and its rows
    (an interrupted run's pending pages among them) copied over, in the caller's transaction.
    """
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'frontier'").fetchone()
    if row is None or all(f"'{kind}'" in row[0] for kind in KINDS):
        return
    conn.execute("DROP INDEX IF EXISTS frontier_pending")
    conn.execute("ALTER TABLE frontier RENAME TO frontier_old")
    conn.execute(SCHEMA[0])
    conn.execute("INSERT INTO frontier (rowid, url, depth, kind, given, done) "
                 "SELECT rowid, url, depth, kind, given, done FROM frontier_old")
    conn.execute("DROP TABLE frontier_old")
