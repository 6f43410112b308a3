"""format_history() and format_diff() over a real state database."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from newsarchive.history import HistoryError, format_diff, format_history
from newsarchive.store.state import StateDB, state_path

URL = "https://example.org/news/storm"
BODY_1 = ("A storm hit the coast on Monday.\n\nPower was cut in 3,000 homes.\n\n"
          "Schools stayed open.\n\nThe mayor spoke at noon.")
BODY_2 = ("A storm hit the coast on Monday.\n\nPower was cut in 12,000 homes across the county.\n\n"
          "Schools stayed open.\n\nThe mayor spoke at noon.")


def add(db: StateDB, fetched_at: str, headline: str, body: str, **fields: object) -> tuple[int, dict | None]:
    record = {"url": URL, "fetched_at": fetched_at, "status": 200, "headline": headline, "body": body,
              "authors": ["Ann Lee"], "images": [], "tags": [], "published": "2026-11-23",
              "content_sha256": hashlib.sha256(body.encode()).hexdigest(), **fields}
    return db.add_version(URL, record, payload_digest="sha1:X", etag=None, last_modified=None,
                          warc_uri=URL, warc_date=fetched_at, warc_record_id="<urn:uuid:x>")


@pytest.fixture
def db(tmp_path: Path):
    with StateDB(state_path(tmp_path)) as state:
        yield state


@pytest.fixture
def three_versions(db: StateDB) -> StateDB:
    add(db, "2026-11-23T08:00:00Z", "Storm hits coast", BODY_1)
    db.touch(URL, "2026-11-23T14:00:00Z", 304)
    add(db, "2026-11-23T20:00:00Z", "Storm leaves thousands without power", BODY_2)
    add(db, "2026-11-24T08:00:00Z", "Storm leaves thousands without power", BODY_2,
        authors=["Ann Lee", "Bo Chen"], modified="2026-11-24T07:30:00Z")
    return db


def test_history_table(three_versions: StateDB) -> None:
    lines = format_history(three_versions, URL).splitlines()
    assert lines[0] == URL
    assert lines[1].split() == ["version", "fetched", "at", "headline", "content", "changes"]
    sha_1 = hashlib.sha256(BODY_1.encode()).hexdigest()[:12]
    assert lines[2].split() == ["1", "2026-11-23T08:00:00Z", "Storm", "hits", "coast", sha_1, "first", "version"]
    assert lines[3].endswith("headline, body +5/-2 words")
    assert "Storm leaves thousands without power" in lines[3]
    assert lines[4].endswith("authors, modified")
    assert lines[-1] == ("fetches: 4 (1 new, 2 changed, 1 not-modified); last 2026-11-24T08:00:00Z (HTTP 200)")
    assert "removed" not in format_history(three_versions, URL)


def test_history_of_a_removed_url(three_versions: StateDB) -> None:
    three_versions.mark_removed(URL, "2026-11-25T08:00:00Z", 410)
    history = format_history(three_versions, URL)
    assert history.endswith("\nremoved since 2026-11-25T08:00:00Z (HTTP 410)")
    assert "1 removed" in history and history.splitlines()[4].split()[:2] == ["3", "2026-11-24T08:00:00Z"]


def test_history_of_an_unknown_url(db: StateDB) -> None:
    assert format_history(db, URL) == f"{URL}: not in the archive"


def test_long_headlines_are_shortened(db: StateDB) -> None:
    add(db, "2026-11-23T08:00:00Z", "Word " * 30, BODY_1)
    row = format_history(db, URL).splitlines()[2]
    assert "Word Word" in row and "…" in row and len(row) < 120


def test_diff_of_the_last_two_versions(three_versions: StateDB) -> None:
    diff = format_diff(three_versions, URL)
    assert diff.splitlines()[1:4] == [
        f"--- version 2, fetched 2026-11-23T20:00:00Z, content {hashlib.sha256(BODY_2.encode()).hexdigest()[:12]}",
        f"+++ version 3, fetched 2026-11-24T08:00:00Z, content {hashlib.sha256(BODY_2.encode()).hexdigest()[:12]}",
        "changed: authors, modified",
    ]
    # only what changed: no headline, no body, the author added, the date set
    assert diff.splitlines()[4:] == ["", "authors: {+Bo Chen+}", "", "modified: [-(none)-] {+2026-11-24T07:30:00Z+}"]


def test_diff_between_chosen_versions(three_versions: StateDB) -> None:
    diff = format_diff(three_versions, URL, old=1, new=2)
    assert "changed: headline, body +5/-2 words" in diff
    assert "headline:\nStorm [-hits coast-] {+leaves thousands without power+}" in diff
    assert diff.endswith("body:\n…\n\nPower was cut in [-3,000 homes.-] {+12,000 homes across the county.+}\n\n…")
    assert "\x1b[" not in diff
    assert format_diff(three_versions, URL, old=1) == format_diff(three_versions, URL, old=1, new=3)


def test_diff_in_color(three_versions: StateDB) -> None:
    diff = format_diff(three_versions, URL, old=1, new=2, color=True)
    assert "in \x1b[31m3,000 homes.\x1b[m \x1b[32m12,000 homes across the county.\x1b[m" in diff and "[-" not in diff


def test_diff_needs_two_versions(db: StateDB) -> None:
    with pytest.raises(HistoryError) as error:
        format_diff(db, URL)
    assert str(error.value) == f"{URL} is not in the archive: nothing to compare"
    add(db, "2026-11-23T08:00:00Z", "Storm hits coast", BODY_1)
    with pytest.raises(HistoryError) as error:
        format_diff(db, URL)
    assert str(error.value) == f"{URL} has only one version: nothing to compare"


def test_diff_of_a_missing_version(three_versions: StateDB) -> None:
    with pytest.raises(HistoryError) as error:
        format_diff(three_versions, URL, old=1, new=7)
    assert str(error.value) == f"{URL} has no version 7 (it has versions 1 to 3)"


def test_diff_of_a_long_paragraph_shows_the_change_with_a_little_context(db: StateDB) -> None:
    words = [f"w{n}" for n in range(300)]
    add(db, "2026-11-23T08:00:00Z", "Storm", " ".join(words))
    words[150] = "CHANGED"
    add(db, "2026-11-23T20:00:00Z", "Storm", " ".join(words))
    body = format_diff(db, URL).split("body:\n", 1)[1]
    assert body.replace("\n", " ") == "… w142 w143 w144 w145 w146 w147 w148 w149 [-w150-] {+CHANGED+} w151 w152 w153 w154 w155 w156 w157 w158 …"
    assert "headline" not in format_diff(db, URL).split("changed:", 1)[1]
