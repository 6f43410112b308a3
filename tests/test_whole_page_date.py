"""The last-resort date search (htmldate, dateparser) reads a page's dates in the page's languages.

Each page here prints its date only in a footer line the printed-date rules of ``dates`` do not
read, so htmldate's whole-page search finds it and hands it to dateparser. Runs that must start
from a fresh process (what dateparser has loaded, the order pages are read in) are subprocesses.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsarchive.extraction import extract, load_page

ROOT = Path(__file__).resolve().parents[1]
SPANISH_DATE = "Miércoles, 15 de Abril de 2020"


def _page(lang: str, text: str, footer: str = SPANISH_DATE) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return (f'<html lang="{lang}"><head><title>Noticia</title></head><body><h1>Noticia de la ciudad</h1>'
            f'{paragraphs}<div class="pie">{footer}</div></body></html>').encode()


SPANISH = ("El ayuntamiento aprobó ayer el nuevo plan de movilidad para el centro histórico de la ciudad.\n"
           "La medida entrará en vigor el próximo mes, según fuentes municipales consultadas por este diario.")
ARABIC = ("وافق المجلس البلدي أمس على الخطة الجديدة للتنقل في وسط المدينة التاريخي بعد نقاش طويل.\n"
          "وسيدخل القرار حيز التنفيذ الشهر المقبل بحسب مصادر في البلدية تحدثت إلى الصحيفة.")


def _published(html: bytes) -> str | None:
    return extract(load_page(html, "https://diario.example/noticia")).fields.get("published")


def _fresh(script: str) -> object:
    """Run ``script`` (which prints one JSON value) in a new interpreter; its value."""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT,
                          timeout=120)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_date_in_the_declared_language_is_read():
    assert _published(_page("es", SPANISH)) == "2020-04-15"


def test_a_page_declaring_the_wrong_language_is_read_in_its_texts_language():
    """A Spanish text under a publishing system's default ``lang="en-US"``."""
    assert _published(_page("en-US", SPANISH)) == "2020-04-15"


def test_dates_are_read_in_the_pages_languages_only():
    """An Arabic page's footer in Spanish is in none of the page's languages (the price of loading two
    locales, not two hundred; the printed-date rules of ``dates`` still read thirty languages' months)."""
    assert _published(_page("ar", ARABIC)) != "2020-04-15"


def test_dateparser_compiles_only_the_pages_languages():
    """A string no language reads (a sentence with a day and a month) made dateparser compile all its
    two hundred locales (1.5 s of CPU, once per process); a page's search compiles at most its own
    language's and English's."""
    script = f"""
import json
from newsarchive.extraction import extract, load_page
from dateparser.languages.dictionary import Dictionary
html = {_page("es", SPANISH, "Tour de Francia se disputará del 29 de agosto al 20")!r}
extract(load_page(html, "https://diario.example/noticia"))
print(json.dumps(sum(len(names) for names in Dictionary._split_regex_cache.values())))
"""
    assert 1 <= _fresh(script) <= 2


def test_a_pages_date_does_not_depend_on_the_pages_read_before_it():
    """htmldate caches each string's result whatever parser read it: read after an Arabic page with
    the same footer, a Spanish page's date is still read (and the Arabic page's is the same either way)."""
    pages = {"ar": _page("ar", ARABIC), "es": _page("es", SPANISH)}
    script = """
import json, sys
from newsarchive.extraction import extract, load_page
pages = {pages!r}
print(json.dumps([extract(load_page(pages[lang], "https://diario.example/" + lang)).fields.get("published")
                  for lang in {order!r}]))
"""
    ar_first = _fresh(script.format(pages=pages, order=["ar", "es"]))
    es_first = _fresh(script.format(pages=pages, order=["es", "ar"]))
    assert ar_first[1] == es_first[0] == "2020-04-15"
    assert ar_first[0] == es_first[1]


def test_htmldate_called_by_others_keeps_its_parser_of_every_locale():
    """trafilatura calls htmldate in the same process (the benchmark): outside a page's search of ours,
    dateparser reads every locale, as htmldate made it."""
    from htmldate import find_date
    from htmldate.extractors import get_external_parser

    _published(_page("ar", ARABIC))  # our search ran: the seam is in place
    assert get_external_parser().languages is None
    assert find_date(_page("ar", ARABIC).decode(), extensive_search=True) == "2020-04-15"


def test_a_year_alone_dates_nothing() -> None:
    """htmldate reads a lone year ("© 2017 Diario Ejemplo" closing the page) as 1 January 2017: a copyright's
    year is no day the article came out, so the record has no date rather than that one. A day printed in the
    same place is still found."""
    assert _published(_page("es", SPANISH, footer="© 2017 Diario Ejemplo. Todos los derechos reservados.")) is None
    assert _published(_page("es", SPANISH, footer="Publicado: 15/04/2020"))[:10] == "2020-04-15"
