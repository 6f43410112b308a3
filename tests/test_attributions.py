"""Photo, contributor, source and copyright attributions on pages imitating different
publishing systems (the fixtures under ``fixtures/media/``), plus the wording rules
one by one."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive.extraction import extract
from newsarchive.extraction.attributions import (
    contributor_names,
    extract_attributions,
    source_name,
)
from newsarchive.extraction.images import extract_images
from newsarchive.extraction.page import load_page

FIXTURES = Path(__file__).parent / "fixtures" / "media"

P, C, S, R = "photo", "contributor", "source", "copyright"
REUTERS_LINE = ("Reporting by Pavel Polityuk in Kyiv and Dan Peleschuk; Additional reporting by Olena Harmash; "
                "Writing by Tom Balmforth; Editing by Alex Richardson and Grant McCool")

#: (fixture, page URL, [(role, name, text or None when not asserted, url)])
CASES = [
    ("moscow_times_seed", "https://www.themoscowtimes.com/2023/03/07/russias-losses-a80410", [
        (P, "Anatolii Stepanov / AFP", "Anatolii Stepanov / AFP", None),
        (C, "AFP", "AFP contributed reporting.", None),
        (S, "CNN", "Russia has lost approximately five soldiers for every Ukrainian soldier killed in the battle for "
                   "the eastern city of Bakhmut, CNN reported late Monday, citing NATO estimates.",
         "https://edition.cnn.com/2023/03/06/politics/ukraine-russia-bakhmut-death-ratio/index.html"),
        (S, "the Institute for the Study of War", None,
         "https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-march-6-2023"),
        (R, "The Moscow Times", "© The Moscow Times, all rights reserved.", None),
    ]),
    ("wordpress", "https://riversidegazette.com/2024/05/14/flood-barrier/", [
        (P, "Tomas Novak/Riverside Gazette", "(Photo: Tomas Novak/Riverside Gazette)", None),
        (P, "Getty Images", "Getty Images", None),
        (C, "The Associated Press", "The Associated Press contributed to this report.", None),
        (S, "the U.S. Army Corps of Engineers", None, "https://www.usace.army.mil/report-2024"),
        (S, "the National Weather Service", None, "https://www.nws.noaa.gov/"),
        (R, "Riverside Gazette Media LLC", "Copyright © 2024 Riverside Gazette Media LLC. All rights reserved.", None),
    ]),
    ("arcxp", "https://www.lakeshoreledger.com/news/2024/02/09/transit-budget/", [
        (P, "Priya Okafor/The Lakeshore Ledger", "(Priya Okafor/The Lakeshore Ledger)", None),
        (P, "Lakeshore Transit Authority", "Lakeshore Transit Authority", None),
        (S, "TransitCenter", None, "https://www.transitcenter.org/report"),
        (R, "The Lakeshore Ledger", "Copyright 2024 The Lakeshore Ledger", None),
    ]),
    ("bbc", "https://www.bbc.co.uk/news/uk-68048245", [
        (P, "Getty Images", "Image source, Getty Images", None),
        (P, "Jenny Smith", "Image source, Jenny Smith", None),
        (S, "the Met Office", None, "https://www.metoffice.gov.uk/weather/warnings-and-advice"),
        (S, "Northern Powergrid", None, "https://www.northernpowergrid.com/"),
        (R, "BBC", "Copyright 2024 BBC. All rights reserved.", None),
    ]),
    ("guardian", "https://www.theguardian.com/world/2023/mar/16/dutch-farmers-party-wins", [
        (P, "Sem van der Wal/EPA", "Photograph: Sem van der Wal/EPA", None),
        (P, "Piroschka van de Wouw/Reuters", "Photograph: Piroschka van de Wouw/Reuters", None),
        (S, "Dutch broadcaster NOS", None, "https://nos.nl/artikel/2467711"),
        (S, "the Financial Times", None, "https://www.ft.com/content/abc"),
        (R, "Guardian News & Media Limited or its affiliated companies", None, None),
    ]),
    ("nyt", "https://www.nytimes.com/2023/03/07/world/europe/ukraine-kostiantynivka.html", [
        (P, "Lynsey Addario for The New York Times", "Credit...Lynsey Addario for The New York Times", None),
        (C, "Maria Varenikova", "Maria Varenikova contributed reporting from Kyiv, and Anna Lukinova from Kramatorsk.", None),
        (C, "Anna Lukinova", None, None),
        (S, "the regional military administration", None, "https://www.gov.ua/news/water"),
        (S, "The Wall Street Journal", None, "https://www.wsj.com/articles/ukraine-bakhmut-123"),
        (R, "The New York Times Company", "© 2023 The New York Times Company", None),
    ]),
    ("reuters", "https://www.reuters.com/world/europe/ukraine-bakhmut-2023-03-07/", [
        (P, "REUTERS/Yevhen Titov", "REUTERS/Yevhen Titov", None),
        (S, "Reuters", None, None),
        (C, "Pavel Polityuk", REUTERS_LINE, None),
        (C, "Dan Peleschuk", REUTERS_LINE, None),
        (C, "Olena Harmash", REUTERS_LINE, None),
        (C, "Tom Balmforth", REUTERS_LINE, None),
        (C, "Alex Richardson", REUTERS_LINE, None),
        (C, "Grant McCool", REUTERS_LINE, None),
        (S, "CNN", "Russia has lost about five soldiers for each Ukrainian killed there, CNN reported, citing NATO estimates.",
         "https://edition.cnn.com/2023/03/06/bakhmut"),
        (R, "Reuters", "© 2023 Reuters. All rights reserved", None),
    ]),
    ("ap", "https://apnews.com/article/storms-power-outages-south-1234", [
        (P, "AP Photo/Rogelio V. Solis", "(AP Photo/Rogelio V. Solis)", None),
        (S, "AP", None, None),
        (C, "Sara Cline", None, None),
        (C, "Jeff Martin", None, None),
        (S, "the National Weather Service", None, "https://www.weather.gov/jan/"),
        (R, "The Associated Press", None, None),
    ]),
    ("german", "https://www.rheinische-rundschau.de/politik/heizungsgesetz-100.html", [
        (P, "dpa", "Foto: dpa", None),
        (P, "picture alliance / dpa", "(Bild: picture alliance / dpa)", None),
        (S, "dpa", "Berlin (dpa) - Nach monatelangem Streit hat der Bundestag das Gebäudeenergiegesetz beschlossen.", None),
        (C, "dpa", "mit Material von dpa und AFP", None),
        (C, "AFP", "mit Material von dpa und AFP", None),
        (S, "Tagesschau", None, "https://www.tagesschau.de/inland/heizungsgesetz-100.html"),
        (S, "BDEW", "Laut BDEW werden Förderanträge ab Januar bearbeitet.", "https://www.bdew.de/presse/"),
        (R, "Rheinische Rundschau", "© Rheinische Rundschau 2023", None),
    ]),
    ("russian", "https://gorodskie-vesti.example/2024/03/07/putin-ekonomika/", [
        (P, "Михаил Метцель / ТАСС", "Фото: Михаил Метцель / ТАСС", None),
        (S, "ТАСС", None, None),
        (C, "ТАСС", "По материалам ТАСС и РИА Новости.", None),
        (C, "РИА Новости", "По материалам ТАСС и РИА Новости.", None),
        (S, "РИА Новости", None, "https://ria.ru/20240307/vvp.html"),
        (S, "Коммерсантъ", None, "https://www.kommersant.ru/doc/123"),
        (R, "Городские вести", "© 2024 «Городские вести». Все права защищены.", None),
    ]),
    ("amp", "https://www.baynews.example/2024/04/ferry-service-resume/amp/", [
        (P, "Luis Garcia for Bay News", "Photo by Luis Garcia for Bay News", None),
        (P, "Courtesy of the Port Authority", "(Courtesy of the Port Authority)", None),
        (C, "Bay City News", "Bay City News contributed reporting.", None),
        (S, "the Port Authority", None, "https://www.portauthority.example/ridership-2024"),
        (R, "Bay News Group", "© 2024 Bay News Group", None),
    ]),
    ("paywall", "https://www.ledgerweekly.example/industry/2024/battery-plants", [
        (P, "Ronny Hartmann/AFP via Getty Images", "Photo: Ronny Hartmann/AFP via Getty Images", None),
        (S, "AFP", None, None),
        (S, "Transport & Environment", None, "https://www.transportenvironment.org/battery-report"),
        (R, "Ledger Weekly Ltd", None, None),
    ]),
    ("lazy", "https://railjournal.example/2024/night-trains/", [
        (P, "ÖBB / Harald Eisenberger", "© ÖBB / Harald Eisenberger", None),
        (P, "Katya Berg", "Photo: Katya Berg", None),
        (P, "Jonas Berg", "Foto: Jonas Berg", None),
    ]),
    ("jsonld_only", "https://marketwire.example/2024/10/results/", [
        (P, "Rafael Silva / NTB", None, None),
    ]),
    ("og_only", "https://library.example/news/reopen/", []),
]


def attributions_of(name: str, url: str) -> list[dict]:
    page = load_page((FIXTURES / f"{name}.html").read_bytes(), url)
    return extract_attributions(page, None, "", extract_images(page, None))


@pytest.mark.parametrize(("name", "url", "expected"), CASES, ids=[c[0] for c in CASES])
def test_attributions_of_publishing_systems(name: str, url: str, expected: list[tuple]) -> None:
    got = attributions_of(name, url)
    assert [(a["role"], a["name"], a["url"]) for a in got] == [(role, n, u) for role, n, _, u in expected]
    for entry, (_, _, text, _) in zip(got, expected, strict=True):
        assert set(entry) == {"role", "name", "text", "url"}
        assert entry["text"]
        if text is not None:
            assert entry["text"] == text


def test_seed_with_body_text_and_text_container() -> None:
    """As assembled: the body extractor's container and text."""
    page = load_page((FIXTURES / "moscow_times_seed.html").read_bytes(), "https://www.themoscowtimes.com/a80410")
    root = page.tree.xpath("//div[@class='article__content']")[0]
    body_text = "\n\n".join(p.text_content().strip() for p in root.iter("p")
                            if not p.text_content().startswith("Related article"))
    got = extract_attributions(page, root, body_text, extract_images(page, root))
    assert [(a["role"], a["name"]) for a in got] == [
        (P, "Anatolii Stepanov / AFP"), (C, "AFP"), (S, "CNN"), (S, "the Institute for the Study of War"),
        (R, "The Moscow Times")]


@pytest.mark.parametrize(("line", "names"), [
    ("AFP contributed reporting.", ["AFP"]),
    ("Reporting by Anna Smith; Editing by Boris Petrov", ["Anna Smith", "Boris Petrov"]),
    ("Additional reporting by Chen Nakamura in Tokyo and Reuters.", ["Chen Nakamura", "Reuters"]),
    ("With AFP", ["AFP"]),
    ("With AFP and Reuters.", ["AFP", "Reuters"]),
    ("(dpa)", ["dpa"]),
    ("Hamburg (dpa/AFP) - Der Hafen meldet Rekordumschlag.", ["dpa", "AFP"]),
    ("Mit Material der Nachrichtenagenturen dpa und Reuters.", ["dpa", "Reuters"]),
    ("По материалам ТАСС.", ["ТАСС"]),
    ("Anna Smith in Kyiv, Boris Petrov in Moscow and AFP contributed reporting.", ["Anna Smith", "Boris Petrov", "AFP"]),
    ("Associated Press writer Jane Doe in Paris contributed to this report.", ["Jane Doe"]),
    ("With agencies", []),
    ("The minister said reporting by journalists was unfair to him and his party.", []),
    ("We contributed nothing.", []),
    ("Ukraine said on Monday - a claim Russia denies.", []),
])
def test_contributor_names(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(("before", "link", "after", "name"), [
    ("Russia has lost five soldiers for every Ukrainian one, CNN ", "reported", " late Monday.", "CNN"),
    ("The costs rose, ", "the Institute for the Study of War said", " on Monday.", "the Institute for the Study of War"),
    ("Prices rose sharply, according to ", "Reuters", ".", "Reuters"),
    ("Prices rose sharply, ", "according to Reuters", ".", "Reuters"),
    ("", "The Wall Street Journal", " reported that talks stalled.", "The Wall Street Journal"),
    ("The official told ", "CNN", " that talks stalled.", "CNN"),
    ("Das Gesetz kommt, wie der ", "«Spiegel»", " berichtet.", "Spiegel"),
    ("Рост составил 4%, сообщает ", "ТАСС", ".", "ТАСС"),
    ("Earlier this year, ", "we reported on a similar case", ".", None),
    ("Earlier this year, we ", "reported", " on a similar case.", None),
    ("Read more: ", "Wagner Boss Says Bakhmut Fighters Lack Ammo", "", None),
    ("Click ", "here", " for the full report.", None),
])
def test_source_name(before: str, link: str, after: str, name: str | None) -> None:
    assert source_name(before, link, after) == name


def test_generic_subject_resolves_to_the_body_named_before() -> None:
    html = """<html><body><article><h1>T</h1><div class="body">
    <p>The Kyiv-based Razumkov Centre said on Friday that support was falling.</p>
    <p>Other news came in.</p>
    <p>"Support fell to 40%," the pollster <a href="https://razumkov.example/poll">said</a>.</p>
    </div></article></body></html>"""
    page = load_page(html, "https://a.example/x")
    sources = [(a["name"], a["url"]) for a in extract_attributions(page, None, "", []) if a["role"] == S]
    assert sources == [("the Razumkov Centre", "https://razumkov.example/poll")]


def test_copyright_only_from_article_or_footer_and_not_photo_credits() -> None:
    html = """<html><body><nav><p>© Menu Corp</p></nav><article><h1>T</h1>
    <figure><img src="a.jpg"><figcaption>A boat. © dpa</figcaption></figure><p>Text about copyright law in general.</p>
    </article><div class="site-footer__legal"><span>© 2019–2024 Example Media GmbH. Alle Rechte vorbehalten.</span></div>
    </body></html>"""
    got = extract_attributions(load_page(html, "https://a.example/x"), None, "", [])
    assert [(a["role"], a["name"], a["text"]) for a in got] == [
        (R, "Example Media GmbH", "© 2019–2024 Example Media GmbH. Alle Rechte vorbehalten.")]


@pytest.mark.parametrize("html", [
    "", "<", "<a>said</a>", "<p><a href>reported</a></p>", "<p>, <a href='#'>said</a></p>",
    "<p><a href='http://[::1'>CNN reported</a></p>", "<footer>©</footer>", "<footer>© 2024</footer>",
    "<p>" + "(" * 500 + "<a href='/x'>said</a>" + ")" * 500 + "</p>",
    "<p>Reporting by ; Editing by ,</p>", "<p>With</p>", "<p>()</p>",
])
def test_never_raises_on_odd_markup(html: str) -> None:
    page = load_page(html, "https://a.example/x")
    for root in [None, *page.tree.iter()]:
        for entry in extract_attributions(page, root, html, [{"url": "u", "caption": None, "credit": "X", "alt": None}]):
            assert entry["name"]


def test_bench_site_attributions(bench_site: Path) -> None:
    for line in (bench_site / "truth.jsonl").read_text().splitlines():
        truth = json.loads(line)
        html = (bench_site / "site" / truth["path"].lstrip("/") / "index.html").read_bytes()
        page = load_page(html, truth["url"])
        root = page.tree.find_class("article__text")[0]
        got = extract_attributions(page, root, truth["body"], extract_images(page, root))
        want = sorted((a["role"], a["name"]) for a in truth["attributions"] if a["role"] != "author")
        assert sorted((a["role"], a["name"]) for a in got if a["role"] != R) == want, truth["path"]
        assert [(a["name"], a["text"]) for a in got if a["role"] == R] == [
            ("The Harbour Times", "© 2023 The Harbour Times. All rights reserved.")]
        links = {urljoin(truth["url"], a.get("href")): a.text_content() for a in lxml.html.fromstring(html).iter("a")}
        for source in (a for a in got if a["role"] == S):
            assert source["name"] in links[source["url"]]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "<p>", "</p>", "<a href='/x'>", "</a>", "said", " reported ", "according to ", "the think tank ", "CNN ",
    "The U.S.-based Institute for the Study of War ", ", ", ". ", "\u00a9 2024 ", "All rights reserved.", "<footer>",
    "</footer>", "AFP contributed reporting.", "Reporting by ", "; Editing by ", " and ", "(dpa) - ", "With ",
    "<article>", "</article>", "<h1>", "</h1>", "\u00ab", "\u00bb", "/\u0422\u0410\u0421\u0421/. ",
]), max_size=40))
def test_never_raises_on_generated_text(parts: list[str]) -> None:
    html = "".join(parts)
    page = load_page(html, "https://a.example/x/")
    for entry in extract_attributions(page, None, html, extract_images(page, None)):
        assert entry["name"] and entry["role"] in {P, C, S, R}


def test_a_label_broken_by_control_characters_names_nobody():
    """A mutated page (the fuzz test's "nasty text") put control characters between a source label and its
    colon: "来源\\x12\\x08：NAME" read "\\x12\\x08" as the source, a name that is empty once the record's control
    characters go (and the record failed its schema)."""
    html = ('<html lang="zh-CN"><body><h1>北京今年将新建改建城市公园30处</h1>'
            '<div class="content_left_time">2026\x05年03月11日 14:35\u3000来源\x12\x08：中国新闻网\x07\u3000</div>'
            '<div class="left_zw"><p>中新网北京3月11日电 (记者 张晓东)记者11日从北京市园林绿化局获悉，今年北京将新建改建城市公园30处。</p>'
            '<p>据介绍，北京将重点在城市副中心和南部地区建设一批口袋公园和社区公园。</p></div></body></html>')
    found = extract(load_page(html.encode(), "https://www.chinanews.example/gn/2026/03-11/1.shtml")).fields["attributions"]
    assert found and all(any(ch.isalnum() for ch in entry["name"]) for entry in found)
