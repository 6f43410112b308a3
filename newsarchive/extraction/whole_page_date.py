"""The last-resort date: htmldate's whole-page search, its printed dates read in the page's language.

htmldate reads most date strings with its own rules and hands the rest to dateparser without
a language. dateparser then tries its two hundred locales one by one, compiling the patterns of
each on the way, and a string no locale reads ("Tour de Francia se disputará del 29 de agosto
al 20") makes it compile them all: about 1.5 s of CPU, once per process, which a one-page
``newsarchive extract`` pays in full and a benchmark of a thousand pages pays as 7 % of its
time. A page prints its dates in its own language or in English, so the parser a page gets
knows the language it declares, the language its text reads in (a page may declare its
publishing system's default, not its own) and English: milliseconds to load. A page with
neither keeps htmldate's parser of every locale.

htmldate takes no parser as an argument: it asks its module function ``get_external_parser``.
That function is replaced once (:meth:`_Seam.install`) by one answering htmldate's own parser
unless one of our page searches runs in the calling context (a context variable), so the
other users of htmldate in the process (trafilatura in the benchmark) are untouched. htmldate
also caches each string's result whatever parser read it; so that a page's date never depends
on the pages read before it, that cache is emptied around our searches whenever dateparser was
asked something since it was last emptied (rarely: a few strings in a thousand pages reach it).
htmldate is pinned to the version this seam is tested on (tests/test_whole_page_date.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from .language import detect_language, find_language
from .page import Page
from .warmup import first_date_search

#: dateparser's settings as htmldate gives them (``htmldate.extractors.get_external_parser``)
_SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


def whole_page_date(page: Page) -> str | None:
    """htmldate's date of the whole page (``None`` when it finds none or fails, or finds a year alone).

    htmldate's last-resort search reads a lone year ("© 2017 Google", "1996" in an archive's banner)
    as 1 January of that year; a record's ``published`` is a day, and a copyright line's year is no
    day the article was published on. So a date on 1 January from this search is no date."""
    with first_date_search():  # dateparser's one-off loads: the process's cost, not this page's
        from htmldate import find_date

        with _seam.search(page):
            try:
                found = find_date(page.tree, original_date=True, extensive_search=True)
            except Exception:  # htmldate is a heuristic black box; a failure there means "no date"
                return None
    return None if found is None or found.endswith(_YEAR_ALONE) else found


#: the month and day htmldate gives a year found alone
_YEAR_ALONE = "-01-01"


def parser_languages(page: Page) -> tuple[str, ...] | None:
    """The languages dateparser reads a page's dates in: the declared one, the one its text reads in,
    and English (``None``: every locale, for a page in no language dateparser knows)."""
    from dateparser.data.languages_info import language_order

    tags = (find_language(page), detect_language(page.tree))  # declared (else detected), detected
    known = [primary for tag in tags if (primary := (tag or "").split("-")[0]) in language_order]
    return tuple(dict.fromkeys([*known, "en"])) if known else None


@lru_cache(maxsize=None)
def _parser(languages: tuple[str, ...]) -> Any:
    from dateparser import DateDataParser

    return DateDataParser(languages=list(languages), settings=_SETTINGS, use_given_order=True)


class _Seam:
    """htmldate's external parser, chosen by the page whose search runs in the context."""

    def __init__(self) -> None:
        self.page: ContextVar[Page | None] = ContextVar("date_search_page", default=None)
        self.asked = False  # dateparser was asked since htmldate's string cache was last emptied
        self._htmldate_parser: Any = None

    def install(self) -> None:
        if self._htmldate_parser is not None:
            return
        import htmldate.extractors as extractors

        self._htmldate_parser = extractors.get_external_parser
        extractors.get_external_parser = self.external_parser

    def external_parser(self) -> Any:
        self.asked = True
        page = self.page.get()
        languages = page.cached("date_languages", parser_languages) if page is not None else None
        return _parser(languages) if languages else self._htmldate_parser()

    def forget(self) -> None:
        """Empty htmldate's string cache if dateparser read a string since it was last emptied."""
        if self.asked:
            from htmldate.extractors import try_date_expr

            try_date_expr.cache_clear()
            self.asked = False

    @contextmanager
    def search(self, page: Page) -> Iterator[None]:
        """One page's search: the page in the context, htmldate's cache clean before and after."""
        self.install()
        self.forget()
        token = self.page.set(page)
        try:
            yield
        finally:
            self.page.reset(token)
            self.forget()


_seam = _Seam()
