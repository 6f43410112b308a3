"""StateDB and FolderLock on real SQLite files and real processes."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsarchive.store.lock import FolderLock, LockedError
from newsarchive.store.state import StateDB, state_path

REPO = Path(__file__).resolve().parent.parent
URL = "https://example.org/news/budget"
BODY = "The council met on Tuesday.\n\nIt voted 5 to 4 for the budget."


def article(url: str = URL, fetched_at: str = "2026-11-24T21:00:00Z", **fields: object) -> dict:
    record = {
        "schema_version": 1, "url": url, "final_url": url, "canonical_url": url,
        "fetched_at": fetched_at, "status": 200, "headline": "Council approves budget",
        "description": None, "published": "2026-11-24T09:00:00+01:00", "modified": None,
        "authors": ["Ann Lee"], "publisher": "Example News", "section": None, "tags": [],
        "language": "en", "body": BODY, "images": [], "attributions": [], "related_links": [],
        "warc": {"filename": "a.warc.gz", "offset": 0, "length": 10, "record_id": "<urn:uuid:1>"},
    }
    record.update(fields)
    record["content_sha256"] = hashlib.sha256(record["body"].encode()).hexdigest()
    return record


def archive(db: StateDB, record: dict, n: int = 1, etag: str | None = '"v1"') -> tuple[int, dict | None]:
    return db.add_version(record["url"], record, payload_digest=f"sha1:P{n}", etag=etag,
                          last_modified="Tue, 24 Nov 2026 20:00:00 GMT", warc_uri=record["url"],
                          warc_date=record["fetched_at"], warc_record_id=f"<urn:uuid:{n}>")


@pytest.fixture
def db(tmp_path: Path):
    with StateDB(state_path(tmp_path)) as state:
        yield state


def test_schema_wal_and_reopen(tmp_path: Path) -> None:
    with StateDB(state_path(tmp_path)) as db:
        archive(db, article())
    assert (tmp_path / "state.sqlite").exists()
    conn = sqlite3.connect(tmp_path / "state.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    conn.close()
    with StateDB(state_path(tmp_path)) as db:
        assert db.urls() == [URL] and db.get(URL).version == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    StateDB(state_path(tmp_path)).close()
    conn = sqlite3.connect(tmp_path / "state.sqlite")
    with conn:
        conn.execute("UPDATE schema_version SET version = 99")
    conn.close()
    with pytest.raises(RuntimeError, match="schema version 99"):
        StateDB(state_path(tmp_path))


def test_new_url_is_version_one(db: StateDB) -> None:
    assert db.get(URL) is None
    assert archive(db, article()) == (1, None)
    state = db.get(URL)
    assert (state.version, state.first_seen, state.last_fetched, state.status) == (1, "2026-11-24T21:00:00Z",
                                                                                   "2026-11-24T21:00:00Z", 200)
    assert (state.etag, state.payload_digest, state.warc_record_id) == ('"v1"', "sha1:P1", "<urn:uuid:1>")
    assert state.published == "2026-11-24T09:00:00+01:00" and state.removed_at is None
    assert state.content_sha256 == article()["content_sha256"]
    [version] = db.versions(URL)
    assert (version.version, version.headline, version.changes, version.body) == (1, "Council approves budget",
                                                                                  None, BODY)
    assert version.warc["record_id"] == "<urn:uuid:1>" and version.record["authors"] == ["Ann Lee"]
    assert db.fetches(URL) == [("2026-11-24T21:00:00Z", 200, "new")]


def test_unchanged_article_adds_no_version(db: StateDB) -> None:
    archive(db, article())
    again = article(fetched_at="2026-11-25T03:00:00Z", warc={"filename": "b.warc.gz", "offset": 5,
                                                               "length": 9, "record_id": "<urn:uuid:2>"})
    assert archive(db, again, n=2, etag='"v2"') == (1, {})
    state = db.get(URL)  # untouched: the caller records the re-check with touch()
    assert (state.last_fetched, state.etag, state.warc_record_id) == ("2026-11-24T21:00:00Z", '"v1"', "<urn:uuid:1>")
    assert len(db.versions(URL)) == 1 and len(db.fetches(URL)) == 1


def test_changed_headline_is_version_two(db: StateDB) -> None:
    archive(db, article())
    changed = article(fetched_at="2026-11-25T03:00:00Z", headline="Council rejects budget")
    assert archive(db, changed, n=2, etag='"v2"') == (2, {"headline": {"words_added": 1, "words_removed": 1}})
    state = db.get(URL)
    assert (state.version, state.etag, state.payload_digest, state.warc_record_id) == (2, '"v2"', "sha1:P2",
                                                                                        "<urn:uuid:2>")
    assert state.first_seen == "2026-11-24T21:00:00Z" and state.last_fetched == "2026-11-25T03:00:00Z"
    versions = db.versions(URL)
    assert [v.version for v in versions] == [1, 2]
    assert versions[1].changes == {"headline": {"words_added": 1, "words_removed": 1}}
    assert versions[1].headline == "Council rejects budget"
    assert [outcome for _, _, outcome in db.fetches(URL)] == ["new", "changed"]


def test_body_edit_counts_words_exactly(db: StateDB) -> None:
    archive(db, article())
    body = "The council met on Tuesday evening.\n\nIt voted 6 to 3 for the budget.\n\nA vote is due in May."
    version, changes = archive(db, article(fetched_at="2026-11-25T03:00:00Z", body=body), n=2)
    # "Tuesday." -> "Tuesday evening." (+2 -1), 5 -> 6, 4 -> 3, and a new 6-word paragraph
    assert (version, changes) == (2, {"body": {"words_added": 10, "words_removed": 3}})
    assert db.get(URL).content_sha256 == hashlib.sha256(body.encode()).hexdigest()
    assert db.versions(URL)[1].body == body


def test_touch_records_unchanged_rechecks(db: StateDB) -> None:
    archive(db, article())
    db.touch(URL, "2026-11-25T03:00:00Z", 304)
    db.touch(URL, "2026-11-25T09:00:00Z", 200, etag='"v9"')
    state = db.get(URL)
    assert (state.last_fetched, state.status, state.etag) == ("2026-11-25T09:00:00Z", 200, '"v9"')
    assert state.last_modified == "Tue, 24 Nov 2026 20:00:00 GMT"  # kept when not given
    assert state.version == 1 and len(db.versions(URL)) == 1
    assert [outcome for _, _, outcome in db.fetches(URL)] == ["new", "not-modified", "unchanged"]


def test_removal_keeps_versions_and_first_date(db: StateDB) -> None:
    archive(db, article())
    archive(db, article(fetched_at="2026-11-25T03:00:00Z", headline="Council rejects budget"), n=2)
    db.mark_removed(URL, "2026-11-26T00:00:00Z", 404)
    db.mark_removed(URL, "2026-11-27T00:00:00Z", 410)
    state = db.get(URL)
    assert (state.removed_at, state.status, state.last_fetched) == ("2026-11-26T00:00:00Z", 410, "2026-11-27T00:00:00Z")
    assert [v.version for v in db.versions(URL)] == [1, 2]
    assert [outcome for _, _, outcome in db.fetches(URL)][-2:] == ["removed", "removed"]
    db.touch(URL, "2026-11-28T00:00:00Z", 304)  # back again
    assert db.get(URL).removed_at is None


def test_unknown_urls_and_bad_outcomes(db: StateDB) -> None:
    with pytest.raises(KeyError):
        db.touch(URL, "2026-11-25T03:00:00Z", 304)
    with pytest.raises(KeyError):
        db.mark_removed(URL, "2026-11-25T03:00:00Z", 404)
    db.add_fetch(URL, "2026-11-25T03:00:00Z", None, "failed")  # failures of unknown URLs are kept
    assert db.fetches(URL) == [("2026-11-25T03:00:00Z", None, "failed")] and db.get(URL) is None
    with pytest.raises(ValueError, match="unknown fetch outcome"):
        db.add_fetch(URL, "2026-11-25T03:00:00Z", 200, "great")
    assert len(db.fetches(URL)) == 1


def test_due_for_revisit_windows(db: StateDB) -> None:
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    cases = {  # url -> (published, fetched_at)
        "https://e.org/fresh": ("2026-11-24T09:00:00+01:00", "2026-11-25T06:00:00Z"),   # 6 h ago: due
        "https://e.org/recent": ("2026-11-24T09:00:00+01:00", "2026-11-25T10:00:00Z"),  # 2 h ago
        "https://e.org/old": ("2026-10-01", "2026-11-01T00:00:00Z"),                     # out of window
        "https://e.org/date-only": ("2026-11-18", "2026-11-19T00:00:00Z"),               # 7.5 days old
        "https://e.org/undated": (None, "2026-11-20T00:00:00Z"),                         # first seen 5 d
        "https://e.org/removed": ("2026-11-25T00:00:00Z", "2026-11-25T01:00:00Z"),
    }
    for n, (url, (published, fetched_at)) in enumerate(cases.items()):
        archive(db, article(url=url, fetched_at=fetched_at, published=published), n=n)
    db.mark_removed("https://e.org/removed", "2026-11-25T02:00:00Z", 404)
    due = db.due_for_revisit(now, keep_for=timedelta(days=7), every=timedelta(hours=6))
    assert due == ["https://e.org/fresh", "https://e.org/undated"]
    assert "https://e.org/date-only" in db.due_for_revisit(now, timedelta(days=8), timedelta(hours=6))
    assert db.due_for_revisit(now, timedelta(days=7), timedelta(hours=7)) == ["https://e.org/undated"]
    db.touch("https://e.org/undated", "2026-11-25T11:00:00Z", 304)
    assert db.due_for_revisit(now, timedelta(days=7), timedelta(hours=6)) == ["https://e.org/fresh"]
    assert db.urls() == sorted(cases)


def test_runs(db: StateDB) -> None:
    assert db.last_run("nightly") is None
    first = db.start_run("nightly", "2026-11-24T21:00:00Z")
    assert db.last_run("nightly") is None  # not finished yet
    db.finish_run(first, "2026-11-24T21:05:00Z", "ok", {"pages": 12, "changed": 2})
    second = db.start_run("nightly", "2026-11-25T21:00:00Z")  # still running
    db.start_run("hourly", "2026-11-25T22:00:00Z")
    assert second != first
    assert db.last_run("nightly") == {"started": "2026-11-24T21:00:00Z", "finished": "2026-11-24T21:05:00Z",
                                      "status": "ok", "stats": {"pages": 12, "changed": 2}}
    db.finish_run(second, "2026-11-25T21:01:00Z", "failed", {})
    assert db.last_run("nightly")["status"] == "failed"
    assert db.last_run("hourly") is None


def _python(code: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)


HOLD_LOCK = """
import sys, time
from pathlib import Path
from newsarchive.store.lock import FolderLock
with FolderLock(Path(sys.argv[1]), job="nightly"):
    print("locked", flush=True)
    time.sleep(120)
"""


def test_lock_excludes_another_process_until_it_dies(tmp_path: Path) -> None:
    holder = _python(HOLD_LOCK, str(tmp_path))
    try:
        assert holder.stdout.readline() == "locked\n"
        with pytest.raises(LockedError) as raised:
            FolderLock(tmp_path, job="other").acquire()
        assert raised.value.pid == holder.pid and raised.value.job == "nightly"
        message = str(raised.value)
        assert message.startswith(f"another newsarchive run is writing {tmp_path} (pid {holder.pid}, since 20")
        assert message.endswith(", job nightly)")
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    # the kernel dropped the dead holder's lock; a second lock in this process is refused
    with FolderLock(tmp_path, job="other"), pytest.raises(LockedError, match=f"pid {os.getpid()}"):
        FolderLock(tmp_path).acquire()
    with FolderLock(tmp_path):  # released on exit
        pass


WRITE_FOREVER = """
import hashlib, sys
from pathlib import Path
from newsarchive.store.state import StateDB
db = StateDB(Path(sys.argv[1]))
seed = sys.argv[2]
for i in range(10**9):
    for n in range(4):
        url = f"https://example.org/{n}"
        body = f"Revision {seed}-{i} of article {n}. " + "Some filler words here. " * 300
        record = {"url": url, "fetched_at": f"2026-11-24T21:{i % 60:02d}:00Z", "status": 200,
                  "headline": f"Headline {n}", "body": body, "authors": [], "images": [], "tags": [],
                  "content_sha256": hashlib.sha256(body.encode()).hexdigest()}
        db.add_version(url, record, payload_digest=f"sha1:{i}", etag=None, last_modified=None,
                       warc_uri=url, warc_date=record["fetched_at"], warc_record_id=f"<urn:uuid:{i}>")
        db.touch(url, record["fetched_at"], 304)
    if i == 2:
        print("writing", flush=True)
"""


def test_kill_9_leaves_a_consistent_database(tmp_path: Path) -> None:
    path = state_path(tmp_path)
    for round_, delay in enumerate((0.05, 0.23, 0.41)):
        writer = _python(WRITE_FOREVER, str(path), str(round_))
        assert writer.stdout.readline() == "writing\n"
        time.sleep(delay)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        _assert_consistent(path)


def _assert_consistent(path: Path) -> None:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    with StateDB(path) as db:
        assert len(db.urls()) == 4
        for url in db.urls():
            versions = db.versions(url)
            assert [v.version for v in versions] == list(range(1, len(versions) + 1))
            for version in versions:
                assert hashlib.sha256(version.body.encode()).hexdigest() == version.content_sha256
            state = db.get(url)
            assert state.version == len(versions)
            assert state.content_sha256 == versions[-1].content_sha256
            outcomes = [outcome for _, _, outcome in db.fetches(url)]
            assert outcomes.count("new") + outcomes.count("changed") == len(versions)
