"""A fourth held-out round of pages imitating publishing systems (issue 9): wires, portals,
French, German and regional pages.

Each page in ``fixtures/unseen4`` was written from memory of a publishing system's markup,
with invented text and ``.example`` domains: a Reuters-style wire story (dateline
"CITY, Month D (Reuters) -", "Reporting by ...; Editing by ..."), an AP-style story
(capitalised dateline "CITY (AP) —", byline "By NAME and NAME", "Associated Press writer X
contributed"), a Bloomberg-style page (bylines with "+Follow", a gated text, "Read More:"
lines, "— With assistance from"), a syndicating portal (MSN style: "Story by X • 3h", the
original outlet credited), an Al Jazeera-style page ("Recommended Stories" inside the text),
an Indian national daily ("Written By", "Edited by", IST times, "Also Read |", "(With inputs
from PTI)"), a French national daily (Le Figaro style: "Par X", "Publié le ... à ..., mis à
jour le ...", "Réservé aux abonnés", "À lire aussi"), a French 20 Minutes-style page ("X avec
AFP"), a German national page (FAZ style: "Von X und Y, Berlin", "Aktualisiert am",
"Mehr zum Thema"), a German public broadcaster page (tagesschau style: "Stand: ... Uhr",
"Mit Informationen von ..."), an Austrian daily (Der Standard style: "(Name, 12.3.2026)",
"Weiterlesen:") and a US metro daily on Arc XP ("Name, Staff Writer").
``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules were fixed on these): reuters, bloomberg, aljazeera, indian, figaro, faz,
  tagesschau, metro;
- held out (scored once, after the dev fixes, before any change for them): ap, portal,
  vingtminutes, standard.

``tests/unseen_score.py unseen4`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import SETS, score  # noqa: E402

SET = "unseen4"
DEV, HELD = SETS[SET]

FIELDS = ("headline", "authors", "date", "body_start", "body_end", "related", "attributions", "images")

#: (page, field) pairs still wrong, each a kind not fixed yet (see the report in the commit log).
KNOWN_FAILURES: set[tuple[str, str]] = set()


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", DEV + HELD)
def test_page_field(name: str, field: str) -> None:
    if (name, field) in KNOWN_FAILURES:
        assert score(name, folder=SET)[field] < 1.0, "fixed: remove it from KNOWN_FAILURES"
        pytest.xfail("known failure")
    assert score(name, folder=SET)[field] == 1.0


def test_a_photographer_label_and_a_credit_in_square_brackets_close_a_caption() -> None:
    """"Photographer: Name/Agency" is labelled like "Photo:"; "[File: Name/Agency]" closes a caption
    as "(Name/Agency)" does."""
    from newsarchive.extraction.credits import clean_credit, split_caption
    assert clean_credit("Photographer: Jonathan Nackstrand/Bloomberg") == "Jonathan Nackstrand/Bloomberg"
    caption, credit = split_caption("Workers sort roses at a farm in Naivasha [File: Monicah Mwangi/Reuters]")
    assert (caption, clean_credit(credit)) == ("Workers sort roses at a farm in Naivasha", "Monicah Mwangi/Reuters")
    assert split_caption("The letter was signed [sic]") == ("The letter was signed [sic]", None)
    for name in ("bloomberg", "aljazeera"):
        assert score(name, folder=SET)["images"] == 1.0
