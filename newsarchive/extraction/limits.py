"""A wall-clock limit for extracting one page.

One pathological page (deeply nested markup, a regex worst case) must not stall
a crawl of thousands. ``SIGALRM`` interrupts pure-Python and lxml work alike; it
is only available in the main thread on POSIX, elsewhere the limit is skipped.
One-off loading that the first page needing it triggers (a language model, date
tables) runs under :func:`outside_limit`: it is the process's cost, not the page's.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ExtractionTimeout(BaseException):
    """Extraction of one page took longer than its limit.

    A ``BaseException``, like ``KeyboardInterrupt``: the extractors guard their
    heuristics with ``except Exception`` (a failed date search means "no date"), and
    a timeout caught there went unnoticed while the page ran on past its limit, its
    field silently empty. Only :func:`~newsarchive.extraction.extract` catches it.
    """


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ExtractionTimeout` in the block after ``seconds`` (None or 0: no limit)."""
    if not seconds or not _can_alarm():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise ExtractionTimeout(f"extraction took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def outside_limit() -> Iterator[None]:
    """Suspend the running limit for the block (a one-off load); the page keeps the time it had left."""
    if not _can_alarm():
        yield
        return
    remaining = signal.getitimer(signal.ITIMER_REAL)[0]
    if not remaining:
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, remaining)
