"""One-off loading that the first page needing it must not pay within its time limit.

Extraction of a page runs under a wall-clock limit (``NEWSARCHIVE_EXTRACT_TIMEOUT``).
The libraries it uses load their tables lazily, on first use: py3langid decompresses
its model (about a second of CPU), and dateparser, which htmldate's whole-page date
search calls, loads and compiles the patterns of the locales it tries (every locale, about
four seconds of CPU, when a page in no language it knows prints a string none reads; far more
wall time on a busy machine; see :mod:`.whole_page_date`).
That used to land inside the limit of the first page that needed it, whose fields were
then all lost to a timeout. Each load here runs once per process, when a page first
needs it, under :func:`~newsarchive.extraction.limits.outside_limit`; pages that never
need a library (declared language, declared date) never load it, and nothing is loaded
ahead of need (a crawl extracting in its own process would stall its downloads).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from .limits import outside_limit


@lru_cache(maxsize=1)
def load_language_model() -> None:
    """Load py3langid's model (its first ``classify`` does)."""
    with outside_limit():
        import py3langid

        py3langid.classify("model")


class _FirstDateSearch:
    """The first whole-page date search of a process runs outside its page's limit.

    That search is where dateparser loads its tables (every locale's, about four seconds of CPU,
    for a page in no language it knows; see :mod:`.whole_page_date`). Forcing that load up front would
    stall every crawl for those seconds even when no page needs it (the crawl's downloads
    wait on it when extraction runs in the crawl's process); most pages never need it. So
    nothing is loaded ahead, and the first search alone is the process's cost, not the page's.
    """

    def __init__(self) -> None:
        self.done = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        if self.done:
            yield
            return
        with outside_limit():
            yield
        self.done = True


#: use as ``with first_date_search(): find_date(...)``
first_date_search = _FirstDateSearch()
