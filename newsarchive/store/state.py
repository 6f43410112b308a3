"""What newsarchive knows about each URL of an output folder, kept across runs in SQLite.

Periodic jobs re-crawl the same outlets; to archive only what is new or changed they
need, per URL, the validators of the last response (ETag, Last-Modified, for
conditional requests), the digest and WARC record of the last archived payload (for
WARC revisit records) and every version of the article (to show how it changed). That
state lives beside the crawl's output as ``DIR/state.sqlite``.
The digest and record of the last response archived for every other URL too (robots.txt,
pages that are no articles, page resources) are kept in ``payloads``, so those become
revisit records as well when they come back unchanged.

SQLite in WAL mode, each write method one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``):
a run killed at any moment (kill -9) leaves each write whole or absent, never half-made,
and readers (``history``) never block the writer. ``durable=True`` (periodic jobs) adds
``synchronous=FULL``, so a commit also survives a power loss; plain crawls use
``synchronous=NORMAL``, which survives any crash of the process at a fraction of the cost.
A folder has one writer at a time, enforced by :class:`~newsarchive.store.lock.FolderLock`.
A write that fails (full disk, I/O error) raises :class:`StoreWriteError`.

Versions store the whole article record as zlib-compressed JSON, so any two versions can
be compared again later (:mod:`newsarchive.history`); a re-fetch whose fields compare
equal (:func:`newsarchive.changes.compare`) adds no version.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Self

from newsarchive.changes import compare
from newsarchive.store.errors import StoreWriteError
from newsarchive.timestamps import parse_time
from newsarchive.warc import ResponseFacts

STATE_FILENAME = "state.sqlite"
SCHEMA_VERSION = 1
#: a fetch's outcome, as recorded by :meth:`StateDB.add_fetch`
OUTCOMES = ("new", "changed", "unchanged", "not-modified", "removed", "failed")

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
    """CREATE TABLE IF NOT EXISTS urls (
        url TEXT PRIMARY KEY, first_seen TEXT NOT NULL, last_fetched TEXT, status INTEGER,
        etag TEXT, last_modified TEXT, content_sha256 TEXT, payload_digest TEXT,
        version INTEGER NOT NULL, published TEXT, removed_at TEXT,
        warc_uri TEXT, warc_date TEXT, warc_record_id TEXT)""",
    """CREATE TABLE IF NOT EXISTS versions (
        url TEXT NOT NULL REFERENCES urls (url), version INTEGER NOT NULL CHECK (version >= 1),
        fetched_at TEXT NOT NULL, headline TEXT, content_sha256 TEXT NOT NULL, changes TEXT,
        record BLOB NOT NULL, PRIMARY KEY (url, version))""",
    f"""CREATE TABLE IF NOT EXISTS fetches (
        id INTEGER PRIMARY KEY, url TEXT NOT NULL, fetched_at TEXT NOT NULL, status INTEGER,
        outcome TEXT NOT NULL CHECK (outcome IN ({", ".join(f"'{o}'" for o in OUTCOMES)})))""",
    "CREATE INDEX IF NOT EXISTS fetches_by_url ON fetches (url, id)",
    """CREATE TABLE IF NOT EXISTS runs (
        id INTEGER PRIMARY KEY, job TEXT NOT NULL, started TEXT NOT NULL,
        finished TEXT, status TEXT, stats TEXT)""",
    "CREATE INDEX IF NOT EXISTS runs_by_job ON runs (job, id)",
    # the last full response archived for every URL (robots.txt and pages that are no
    # articles too), so an identical payload fetched later becomes a revisit record
    """CREATE TABLE IF NOT EXISTS payloads (
        url TEXT PRIMARY KEY, payload_digest TEXT NOT NULL, warc_uri TEXT NOT NULL,
        warc_date TEXT NOT NULL, warc_record_id TEXT NOT NULL, warc TEXT NOT NULL)""",
)


def state_path(folder: Path) -> Path:
    """The state database of an output folder."""
    return Path(folder) / STATE_FILENAME


@dataclass
class UrlState:
    """A URL's row: its validators, its last archived payload and its latest version."""

    url: str
    first_seen: str
    last_fetched: str | None
    status: int | None
    etag: str | None
    last_modified: str | None
    content_sha256: str | None
    payload_digest: str | None
    version: int
    published: str | None
    removed_at: str | None
    warc_uri: str | None
    warc_date: str | None
    warc_record_id: str | None


@dataclass
class Version:
    """One archived version of an article; ``record`` is the whole article record."""

    url: str
    version: int
    fetched_at: str
    headline: str | None
    content_sha256: str
    changes: dict | None
    body: str
    warc: dict | None
    record: dict = field(default_factory=dict, repr=False)


_URL_COLUMNS = ", ".join(f.name for f in fields(UrlState))


def _pack(record: Mapping) -> bytes:
    # level 1: half the time of the default level for a blob 5% larger (once per article version)
    return zlib.compress(json.dumps(dict(record), ensure_ascii=False, separators=(",", ":")).encode(), 1)


def _unpack(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob))


class StateDB:
    """The state database of one output folder (see the module docstring)."""

    def __init__(self, path: Path, durable: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._create_schema()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole on success, rolled back on any error.

        SQLite's own failures (a full disk, an I/O error, a locked database) become
        :class:`StoreWriteError` naming the database file.
        """
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            raise StoreWriteError(self.path, _reason(exc)) from None

    transaction = _write  # for the other tables of the store (the frontier)

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Rows of a read-only query."""
        return self._conn.execute(sql, params).fetchall()

    def _create_schema(self) -> None:
        with self._write() as conn:
            for statement in _SCHEMA:
                conn.execute(statement)
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
            if row[0] is None:
                conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
            elif row[0] > SCHEMA_VERSION:
                raise RuntimeError(f"{self.path} has schema version {row[0]}, newer than this "
                                   f"newsarchive's ({SCHEMA_VERSION}): upgrade newsarchive")

    def get(self, url: str) -> UrlState | None:
        row = self._conn.execute(f"SELECT {_URL_COLUMNS} FROM urls WHERE url = ?", (url,)).fetchone()
        return UrlState(*row) if row else None

    def add_version(self, url: str, record: Mapping, *, payload_digest: str, etag: str | None,
                    last_modified: str | None, warc_uri: str, warc_date: str,
                    warc_record_id: str) -> tuple[int, dict | None]:
        """Archive ``record`` as the URL's next version, unless it equals the latest.

        Returns ``(1, None)`` for a new URL, ``(n, changes)`` for a changed article, and
        ``(current version, {})`` when nothing compared changed: then nothing is written
        and the caller records the re-check with :meth:`touch`. A new or changed version
        also records its fetch (outcome ``new`` or ``changed``), in the same transaction.
        """
        fetched_at = record["fetched_at"]
        with self._write() as conn:
            version, changes = self._next_version(conn, url, record)
            if changes == {}:
                return version, changes
            outcome = "new" if changes is None else "changed"
            conn.execute("INSERT INTO urls (url, first_seen, version) VALUES (?, ?, 0) "
                         "ON CONFLICT (url) DO NOTHING", (url, fetched_at))
            conn.execute(
                "INSERT INTO versions (url, version, fetched_at, headline, content_sha256, changes, record) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (url, version, fetched_at, record.get("headline"), record["content_sha256"],
                 None if changes is None else json.dumps(changes, ensure_ascii=False), _pack(record)))
            conn.execute(
                "UPDATE urls SET last_fetched = ?, status = ?, etag = ?, last_modified = ?, "
                "content_sha256 = ?, payload_digest = ?, version = ?, published = ?, removed_at = NULL, "
                "warc_uri = ?, warc_date = ?, warc_record_id = ? WHERE url = ?",
                (fetched_at, record.get("status"), etag, last_modified, record["content_sha256"],
                 payload_digest, version, record.get("published"), warc_uri, warc_date,
                 warc_record_id, url))
            self._insert_fetch(conn, url, fetched_at, record.get("status"), outcome)
        return version, changes

    def next_version(self, url: str, record: Mapping) -> tuple[int, dict | None]:
        """What :meth:`add_version` would return for ``record``, without writing anything."""
        return self._next_version(self._conn, url, record)

    @staticmethod
    def _next_version(conn: sqlite3.Connection, url: str, record: Mapping) -> tuple[int, dict | None]:
        latest = conn.execute("SELECT version, record FROM versions WHERE url = ? "
                              "ORDER BY version DESC LIMIT 1", (url,)).fetchone()
        return version_after(None if latest is None else (latest[0], _unpack(latest[1])), record)

    def add_archived(self, record: Mapping, facts: ResponseFacts) -> tuple[int, dict | None]:
        """:meth:`add_version` for a record whose response record has these ``facts``."""
        return self.add_version(record["final_url"], record, payload_digest=facts.payload_digest,
                                etag=facts.etag, last_modified=facts.last_modified, warc_uri=facts.uri,
                                warc_date=facts.date, warc_record_id=facts.record_id)

    def touch(self, url: str, fetched_at: str, status: int, *, etag: str | None = None,
              last_modified: str | None = None) -> None:
        """Record an unchanged re-check of a known URL (a 304, or the same article again).

        Validators not given are kept; a URL that was removed is live again. The fetch's
        outcome is ``not-modified`` for a 304, else ``unchanged``. Unknown URL: KeyError.
        """
        with self._write() as conn:
            self._update_known(conn, url,
                               "last_fetched = ?, status = ?, etag = coalesce(?, etag), "
                               "last_modified = coalesce(?, last_modified), removed_at = NULL",
                               (fetched_at, status, etag, last_modified))
            self._insert_fetch(conn, url, fetched_at, status, "not-modified" if status == 304 else "unchanged")

    def mark_removed(self, url: str, fetched_at: str, status: int) -> None:
        """Record that a known URL is gone (404, 410); its versions stay. Unknown URL: KeyError."""
        with self._write() as conn:
            self._update_known(conn, url,
                               "last_fetched = ?, status = ?, removed_at = coalesce(removed_at, ?)",
                               (fetched_at, status, fetched_at))
            self._insert_fetch(conn, url, fetched_at, status, "removed")

    def add_fetch(self, url: str, fetched_at: str, status: int | None, outcome: str) -> None:
        """Record a fetch of any URL, known or not (e.g. ``failed``) in its history."""
        with self._write() as conn:
            self._insert_fetch(conn, url, fetched_at, status, outcome)

    @staticmethod
    def _update_known(conn: sqlite3.Connection, url: str, assignments: str, values: tuple) -> None:
        if conn.execute(f"UPDATE urls SET {assignments} WHERE url = ?", (*values, url)).rowcount == 0:
            raise KeyError(f"{url} has no archived version")

    @staticmethod
    def _insert_fetch(conn: sqlite3.Connection, url: str, fetched_at: str, status: int | None,
                      outcome: str) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown fetch outcome {outcome!r}; one of {', '.join(OUTCOMES)}")
        conn.execute("INSERT INTO fetches (url, fetched_at, status, outcome) VALUES (?, ?, ?, ?)",
                     (url, fetched_at, status, outcome))

    def versions(self, url: str) -> list[Version]:
        rows = self._conn.execute(
            "SELECT version, fetched_at, headline, content_sha256, changes, record FROM versions "
            "WHERE url = ? ORDER BY version", (url,)).fetchall()
        return [_version(url, *row) for row in rows]

    def fetches(self, url: str) -> list[tuple[str, int | None, str]]:
        """``(fetched_at, status, outcome)`` of each fetch of the URL, oldest first."""
        return self._conn.execute("SELECT fetched_at, status, outcome FROM fetches WHERE url = ? "
                                  "ORDER BY id", (url,)).fetchall()

    def fetch_mark(self) -> int:
        """A mark of the fetches recorded so far, for :meth:`outcomes_since` (a run's summary)."""
        return self._conn.execute("SELECT coalesce(max(id), 0) FROM fetches").fetchone()[0]

    def outcomes_since(self, mark: int) -> dict[str, int]:
        """How many fetches recorded after ``mark`` had each outcome (:data:`OUTCOMES`)."""
        rows = self._conn.execute("SELECT outcome, count(*) FROM fetches WHERE id > ? GROUP BY outcome",
                                  (mark,)).fetchall()
        return dict(rows)

    def due_for_revisit(self, now: datetime, keep_for: timedelta, every: timedelta) -> list[str]:
        """Live URLs still worth watching that were last fetched at least ``every`` ago.

        "Worth watching": published (else first seen) within ``keep_for`` of ``now``, so
        fresh news is re-checked for corrections and old articles are left alone.
        """
        now = now if now.tzinfo else now.replace(tzinfo=UTC)
        rows = self._conn.execute("SELECT url, published, first_seen, last_fetched FROM urls "
                                  "WHERE removed_at IS NULL ORDER BY url").fetchall()
        return [url for url, published, first_seen, last_fetched in rows
                if now - _reference_time(published, first_seen) <= keep_for
                and (last_fetched is None or now - parse_time(last_fetched) >= every)]

    def add_payloads(self, archived: Iterable[tuple[str, ResponseFacts, Mapping]]) -> None:
        """Remember the response records archived for URLs (any URL, article or not), in one commit.

        Each is ``(url, facts, warc pointer)``; a later one for a URL replaces the earlier.
        """
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO payloads (url, payload_digest, warc_uri, warc_date, warc_record_id, warc) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET payload_digest = excluded.payload_digest, "
                "warc_uri = excluded.warc_uri, warc_date = excluded.warc_date, "
                "warc_record_id = excluded.warc_record_id, warc = excluded.warc",
                [(url, facts.payload_digest, facts.uri, facts.date, facts.record_id, json.dumps(dict(pointer)))
                 for url, facts, pointer in archived])

    def payload(self, url: str) -> tuple[ResponseFacts, dict] | None:
        """The facts and the ``warc`` pointer of the last response archived for ``url``."""
        row = self._conn.execute("SELECT warc_uri, warc_date, warc_record_id, payload_digest, warc "
                                 "FROM payloads WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        uri, date, record_id, digest, pointer = row
        return ResponseFacts(uri, date, record_id, digest, None, None), json.loads(pointer)

    def urls(self) -> list[str]:
        return [row[0] for row in self._conn.execute("SELECT url FROM urls ORDER BY url")]

    def start_run(self, job: str, started: str) -> int:
        """Record the start of a scheduled job's run; returns its id for :meth:`finish_run`."""
        with self._write() as conn:
            return conn.execute("INSERT INTO runs (job, started) VALUES (?, ?)", (job, started)).lastrowid

    def finish_run(self, run_id: int, finished: str, status: str, stats: Mapping) -> None:
        with self._write() as conn:
            conn.execute("UPDATE runs SET finished = ?, status = ?, stats = ? WHERE id = ?",
                         (finished, status, json.dumps(dict(stats), ensure_ascii=False), run_id))

    def last_run(self, job: str) -> dict | None:
        """``{"started", "finished", "status", "stats"}`` of the job's latest finished run."""
        row = self._conn.execute("SELECT started, finished, status, stats FROM runs "
                                 "WHERE job = ? AND finished IS NOT NULL ORDER BY id DESC LIMIT 1",
                                 (job,)).fetchone()
        if row is None:
            return None
        started, finished, status, stats = row
        return {"started": started, "finished": finished, "status": status, "stats": json.loads(stats)}


def version_after(latest: tuple[int, Mapping] | None, record: Mapping) -> tuple[int, dict | None]:
    """``record``'s version after ``latest`` (its URL's latest version and record, or None):
    ``(1, None)`` for a first one, ``(n + 1, changes)`` for a changed article, ``(n, {})``
    when nothing compared changed."""
    if latest is None:
        return 1, None
    changes = compare(latest[1], record)
    return (latest[0], {}) if not changes else (latest[0] + 1, changes)


def _reason(exc: sqlite3.Error) -> str:
    """SQLite's message, led by the system's words where SQLite names a full disk."""
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":
        return f"No space left on device ({exc})"
    return str(exc)


def _version(url: str, version: int, fetched_at: str, headline: str | None, content_sha256: str,
             changes: str | None, blob: bytes) -> Version:
    record = _unpack(blob)
    return Version(url, version, fetched_at, headline, content_sha256,
                   None if changes is None else json.loads(changes),
                   record.get("body") or "", record.get("warc"), record)


def _reference_time(published: str | None, first_seen: str) -> datetime:
    """The article's publication time when it is readable, else when it was first seen."""
    if published:
        try:
            return parse_time(published)
        except ValueError:
            pass
    return parse_time(first_seen)
