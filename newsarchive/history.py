"""How an archived article changed over time, as text for a terminal.

The state database keeps every version of an article and every fetch of its URL
(:mod:`newsarchive.store.state`); this module turns them into the two views a reader asks
for: the history (one line per version, what changed, how the re-checks went) and the
word diff between two versions (:func:`newsarchive.changes.word_diff`), which shows only
the fields that changed and, in text, only the changed words with a few words around
them, so a corrected figure in a 3,000-word article is a line, not the article.
"""

from __future__ import annotations

from collections import Counter

from newsarchive.changes import compare, word_diff
from newsarchive.store.state import OUTCOMES, StateDB, Version

HEADLINE_WIDTH = 50
HASH_WIDTH = 12
#: unchanged words shown on either side of a change in --diff
CONTEXT_WORDS = 8
TEXT_FIELDS = ("headline", "description", "body")
_HEADER = ("version", "fetched at", "headline", "content", "changes")
_MARKS = {False: ("[-", "-]", "{+", "+}"), True: ("\x1b[31m", "\x1b[m", "\x1b[32m", "\x1b[m")}


class HistoryError(ValueError):
    """A diff that cannot be made (no such version, nothing to compare): one line for stderr."""


def format_history(db: StateDB, url: str) -> str:
    """A table of the URL's versions, then a summary of its fetches."""
    state = db.get(url)
    if state is None:
        return f"{url}: not in the archive"
    rows = [_HEADER] + [_row(version) for version in db.versions(url)]
    lines = [url, *_table(rows), "", _fetch_summary(db.fetches(url))]
    if state.removed_at:
        lines.append(f"removed since {state.removed_at} ({_status(state.status)})")
    return "\n".join(lines)


def format_diff(db: StateDB, url: str, old: int | None = None, new: int | None = None,
                color: bool = False) -> str:
    """What changed between two versions (default: the last two), field by field.

    Text fields as a word diff with :data:`CONTEXT_WORDS` words of context; lists as the
    items added and removed; other fields as old and new value. Unchanged fields are left
    out. Raises :class:`HistoryError` when there is no such pair of versions.
    """
    versions = {version.version: version for version in db.versions(url)}
    if len(versions) < 2:
        have = "is not in the archive" if not versions else "has only one version"
        raise HistoryError(f"{url} {have}: nothing to compare")
    new = max(versions) if new is None else new
    old = new - 1 if old is None else old
    missing = [number for number in (old, new) if number not in versions]
    if missing:
        raise HistoryError(f"{url} has no version {missing[0]} (it has versions 1 to {max(versions)})")
    before, after = versions[old], versions[new]
    changes = compare(before.record, after.record)
    lines = [url, _diff_header("---", before), _diff_header("+++", after),
             f"changed: {describe_changes(changes)}"]
    for field, change in changes.items():
        lines += ["", *_field_diff(field, change, before.record, after.record, color)]
    return "\n".join(lines)


def _field_diff(field: str, change: dict, old: dict, new: dict, color: bool) -> list[str]:
    """The lines showing how one changed field changed."""
    delete_on, delete_off, insert_on, insert_off = _MARKS[color]
    if field in TEXT_FIELDS:
        return [f"{field}:", word_diff(old.get(field) or "", new.get(field) or "", color=color,
                                       context=CONTEXT_WORDS)]
    if isinstance(change.get("added"), list):  # authors, tags
        shown = ([f"{delete_on}{item}{delete_off}" for item in change["removed"]]
                 + [f"{insert_on}{item}{insert_off}" for item in change["added"]])
        return [f"{field}: {', '.join(map(str, shown))}"]
    if "added" in change:  # images: counts
        return [f"{field}: {change['added']} added, {change['removed']} removed"]
    before, after = (_value(change.get(key)) for key in ("old", "new"))
    return [f"{field}: {delete_on}{before}{delete_off} {insert_on}{after}{insert_off}"]


def _value(value: object) -> str:
    return "(none)" if value is None else str(value)


def describe_changes(changes: dict | None) -> str:
    """``headline, body +12/-3 words``: a version's changes in a few words."""
    if changes is None:
        return "first version"
    if not changes:
        return "nothing"
    return ", ".join(_describe(field, change) for field, change in changes.items())


def _describe(field: str, change: dict) -> str:
    if field == "body":
        return f"body +{change['words_added']}/-{change['words_removed']} words"
    if field == "images":
        return f"images +{change['added']}/-{change['removed']}"
    return field


def _row(version: Version) -> tuple[str, ...]:
    return (str(version.version), version.fetched_at, _shorten(version.headline or "", HEADLINE_WIDTH),
            version.content_sha256[:HASH_WIDTH], describe_changes(version.changes))


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    """Left-aligned columns two spaces apart; the first column right-aligned (numbers)."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join([row[0].rjust(widths[0])]
                      + [cell.ljust(width) for cell, width in zip(row[1:], widths[1:])]).rstrip()
            for row in rows]


def _fetch_summary(fetches: list[tuple[str, int | None, str]]) -> str:
    if not fetches:
        return "fetches: none recorded"
    counts = Counter(outcome for _, _, outcome in fetches)
    parts = ", ".join(f"{counts[outcome]} {outcome}" for outcome in OUTCOMES if counts[outcome])
    last_at, last_status, _ = fetches[-1]
    return f"fetches: {len(fetches)} ({parts}); last {last_at} ({_status(last_status)})"


def _status(status: int | None) -> str:
    return "no response" if status is None else f"HTTP {status}"


def _diff_header(sign: str, version: Version) -> str:
    return (f"{sign} version {version.version}, fetched {version.fetched_at}, "
            f"content {version.content_sha256[:HASH_WIDTH]}")
