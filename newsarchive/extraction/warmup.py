"""One-off loading that the first page needing it must not pay within its time limit.

Extraction of a page runs under a wall-clock limit (``NEWSARCHIVE_EXTRACT_TIMEOUT``).
The libraries it uses load their tables lazily, on first use: py3langid decompresses
its model (about a second of CPU), and dateparser, which htmldate's whole-page date
search calls, loads and compiles the patterns of every locale the first time a string
matches none of them (about four seconds of CPU; far more wall time on a busy machine).
That used to land inside the limit of the first page that needed it, whose fields were
then all lost to a timeout. Each load here runs once per process, when a page first
needs it, under :func:`~newsarchive.extraction.limits.outside_limit`; pages that never
need a library (declared language, declared date) never load it.
"""

from __future__ import annotations

from functools import lru_cache

from .limits import outside_limit

#: a string no locale reads: dateparser then loads (and compiles) every locale it has
_NO_LOCALE = "qqq zzz 2021"


@lru_cache(maxsize=1)
def load_language_model() -> None:
    """Load py3langid's model (its first ``classify`` does)."""
    with outside_limit():
        import py3langid

        py3langid.classify("model")


@lru_cache(maxsize=1)
def warm_date_search() -> bool:
    """Load the tables htmldate's date search takes from dateparser; False if that failed."""
    with outside_limit():
        try:
            import htmldate  # noqa: F401 - its import is part of the load
            from htmldate.extractors import get_external_parser, month_words

            month_words()
            get_external_parser().get_date_data(_NO_LOCALE)
        except Exception:  # noqa: BLE001 - a library's internals moved: the search loads lazily then
            return False
    return True
