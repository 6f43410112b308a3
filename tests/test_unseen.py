"""Metadata and body on pages imitating publishing systems the other fixtures do not cover.

Each page in ``fixtures/unseen`` is written from memory of a real system's markup
(Drupal, Ghost, Substack, Medium, CNN, BLOX/TownNews, Washington Post, a table-laid
static site, Le Monde, Spiegel, El País, Corriere, a Japanese daily, Dutch and Polish
regional papers, a live blog, Vox/Chorus, Politico/Brightspot). They exercise rules
that must generalise: month names and bylines in other languages, printed time zones,
"Updated ... | Published ..." datelines, lead-in labels in their own element, header
footers, CJK sentences, paywall wrappers. The expected body of ``NAME.html`` is
``NAME.body.txt``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.extraction.body import extract_body
from newsarchive.extraction.dates import parse_printed_date
from newsarchive.extraction.metadata import extract_metadata
from newsarchive.extraction.page import load_page

FIXTURES = Path(__file__).parent / "fixtures" / "unseen"

# name: (URL, headline, published, modified, authors, language)
CASES = {
    "drupal": (
        "https://millbrookherald.example/news/county-approves-flood-barriers",
        "County approves flood barriers for river district",
        "2023-03-07T14:35:00-06:00", "2023-03-07T16:02:11-06:00", ["Maria Delgado"], "en"),
    "ghost": (
        "https://railnotes.example/the-quiet-return-of-the-night-train/",
        "The quiet return of the night train",
        "2023-03-07T14:35:12Z", "2023-03-08T09:01:44Z", ["Sofia Lindqvist"], "en"),
    "substack": (
        "https://harvestledger.substack.com/p/why-the-grain-deal-keeps-breaking",
        "Why the grain deal keeps breaking down",
        "2023-03-07T14:35:09+00:00", "2023-03-07T14:35:09+00:00", ["Priya Raman"], "en"),
    "medium": (
        "https://medium.com/@dosei/what-i-learned-running-a-citys-bike-share-data-team-8f3a2c1b9d0e",
        "What I learned running a city’s bike-share data team",
        "2023-03-07T14:35:48Z", "2023-03-09T08:12:03Z", ["Daniel Osei"], "en"),
    "cnn": (
        "https://edition.cnn.example/2023/03/07/africa/cape-verde-desalination-intl/index.html",
        "Desalination plant to supply a third of Cape Verde’s water",
        "2023-03-07T11:05:12Z", "2023-03-07T15:22:40Z", ["Jane Roe", "John Doe", "Ali Khan"], "en"),
    # "By A, B and C, Staff Writers"; the printed day, as the page prints no time
    "blox_three_authors": (
        "https://www.prairietribune.example/news/local/school-board-weighs-four-day-week/"
        "article_5b2c9e1a-bc3e-11ed-9a1f-0b7e3c1d2e4f.html",
        "School board weighs four-day week as bus driver shortage drags on",
        "2023-03-07", None, ["Anna Smith", "Boris Petrov", "Carla Diaz"], "en"),
    # "Updated March 8 ... EST | Published March 7 ... EST", no declared dates
    "wapo_updated_first": (
        "https://www.capitalpost.example/arts-entertainment/smithsonian-returns-bronzes/",
        "Smithsonian returns bronze sculptures to Nigeria",
        "2023-03-07T14:35:00-05:00", "2023-03-08T10:12:00-05:00", ["Peggy Harlan"], "en"),
    # the date only in the URL; "Site - Headline" title without a declared site name
    "url_date_only": (
        "https://harborlightweekly.example/news/2023/03/07/lighthouse-cottage-museum.html",
        "Lighthouse keeper's cottage to become museum",
        "2023-03-07", None, [], "en"),
    "lemonde": (
        "https://www.quotidiendusud.example/societe/article/2023/03/07/"
        "a-marseille-la-ligne-de-tramway-vers-le-nord_6164512_3224.html",
        "A Marseille, la ligne de tramway vers le nord enfin sur les rails",
        "2023-03-07T14:35:00", "2023-03-07T18:02:00", ["Claire Dubois", "Julien Moreau"], "fr"),
    "spiegel": (
        "https://www.nordkurier.example/wirtschaft/deutsche-bahn-warum-die-sanierung-der-riedbahn-so-lange-dauert-a-1b2c3d4e",
        "Deutsche Bahn: Warum die Sanierung der Riedbahn so lange dauert",
        "2023-03-07T14:35:00", None, ["Katharina Brenner", "Jonas Weber"], "de"),
    "elpais": (
        "https://eldiarioglobal.example/espana/2023-03-07/el-gobierno-aprueba-la-ley-de-vivienda.html",
        "El Gobierno aprueba la ley de vivienda tras dos años de negociación",
        "2023-03-07T14:35:00+01:00", None, ["Laura Gómez Ruiz"], "es-ES"),
    "corriere": (
        "https://milano.corrieredelnord.example/notizie/cronaca/23_marzo_07/metropolitana-m4-san-babila-8a1b2c3d.shtml",
        "Milano, la metropolitana M4 apre fino a San Babila",
        "2023-03-07", "2023-03-08T09:19:00", ["Marco Rossi", "Giulia Bianchi"], "it"),
    "japanese": (
        "https://www.tozai-shimbun.example/articles/ASR37ABCD",
        "北陸新幹線の延伸区間、試験走行を開始 来春の開業目指す",
        "2023-03-07T14:35:00", None, ["田中太郎"], "ja"),
    "dutch": (
        "https://www.utrechtsdagblad.example/utrecht/gemeente-utrecht-sluit-catharijnesingel~a4f1c2b3/",
        "Gemeente Utrecht sluit Catharijnesingel voor autoverkeer",
        "2023-03-07T14:35:00", "2023-03-07T16:10:00", ["Sanne de Vries"], "nl"),
    "polish": (
        "https://krakow.gazetamalopolska.example/krakow-nowa-linia-tramwajowa/ar/c1-17283941",
        "Kraków. Nowa linia tramwajowa na Górkę Narodową otwarta",
        "2023-03-07T14:35:00", "2023-03-07T17:20:00", ["Anna Kowalska", "Piotr Nowak"], "pl"),
    "liveblog": (
        "https://www.morningherald.example/politics/live/2023/mar/07/budget-2023-live-updates",
        "Budget 2023 live: chancellor extends energy support and fuel duty freeze – as it happened",
        "2023-03-07T07:02:11Z", "2023-03-07T17:45:03Z", ["Helen Carter", "Tom Ashworth"], "en-GB"),
    "vox_chorus": (
        "https://www.vector.example/2023/3/7/23627000/electricity-bills-rates-explained",
        "Why your electricity bill keeps going up, explained",
        "2023-03-07T09:35:00-05:00", None, ["Rebecca Lowe"], "en"),
    # headline in an <h2>, byline and date in the header's <footer>, US "03/07/2023 02:35 PM EST"
    "politico": (
        "https://www.beacon.example/news/2023/03/07/senate-rail-safety-bill-00085901",
        "Senate panel advances rail safety bill after Ohio derailment",
        "2023-03-07T14:35:00-05:00", "2023-03-07T18:02:00-05:00", ["Anna Smith", "Brian Cole"], "en"),
}


def page_of(name: str):
    return load_page((FIXTURES / f"{name}.html").read_bytes(), CASES[name][0])


@pytest.mark.parametrize("name", list(CASES))
def test_metadata(name: str) -> None:
    _, headline, published, modified, authors, language = CASES[name]
    meta = extract_metadata(page_of(name))
    assert (meta.headline, meta.published, meta.modified, meta.authors, meta.language) == \
        (headline, published, modified, authors, language)


@pytest.mark.parametrize("name", list(CASES))
def test_body(name: str) -> None:
    expected = (FIXTURES / f"{name}.body.txt").read_text(encoding="utf-8").rstrip("\n")
    assert extract_body(page_of(name)).text == expected


@pytest.mark.parametrize("text, expected", [
    ("07 mar 2023 - 14:35 CET", "2023-03-07T14:35:00+01:00"),
    ("Mar 7, 2023, 9:35am EST", "2023-03-07T09:35:00-05:00"),
    ("March 7, 2023 at 2:35 p.m. ET", "2023-03-07T14:35:00-05:00"),
    ("July 7, 2023 at 2:35 p.m. ET", "2023-07-07T14:35:00-04:00"),
    ("7. März 2023, 14:35 Uhr MEZ", "2023-03-07T14:35:00+01:00"),
    ("7 marzo 2023, 10:00 UTC+1", "2023-03-07T10:00:00+01:00"),
    ("2023年3月7日 14時35分", "2023-03-07T14:35:00"),
    ("2023년 3월 7일 14시 35분", "2023-03-07T14:35:00"),
    ("7 maart 2023, 14:35", "2023-03-07T14:35:00"),
    ("7 marca 2023, 14:35", "2023-03-07T14:35:00"),
    ("7 de março de 2023 às 14h35", "2023-03-07T14:35:00"),
    ("03/07/2023 02:35 PM EST", "2023-03-07T14:35:00-05:00"),
    ("07/03/2023 14:35", "2023-03-07T14:35:00"),
    ("le 7 mars 2023 à 14h35 et mis à jour", "2023-03-07T14:35:00"),
])
def test_printed_dates_in_more_shapes(text: str, expected: str) -> None:
    assert parse_printed_date(text) == expected
