"""A wall-clock limit for extracting one page.

One pathological page (deeply nested markup, a regex worst case) must not stall
a crawl of thousands. ``SIGALRM`` interrupts pure-Python and lxml work alike; it
is only available in the main thread on POSIX, elsewhere the limit is skipped.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ExtractionTimeout(Exception):
    """Extraction of one page took longer than its limit."""


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
