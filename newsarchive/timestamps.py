"""Timestamps as newsarchive writes and reads them: ISO 8601, UTC, whole seconds.

``2026-11-24T21:00:00Z`` is the format of a record's ``fetched_at`` and of the
state database, so records and state compare and sort as plain strings.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso_utc(moment: datetime) -> str:
    """``2026-11-24T21:00:00Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: str) -> datetime:
    """An ISO 8601 date or time as an aware datetime (UTC when it has no offset)."""
    if len(text) == 10:
        moment = datetime.combine(date.fromisoformat(text), datetime.min.time())
    else:
        moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
