"""Images, captions and credits on pages imitating different publishing systems.

Each fixture under ``fixtures/media/`` copies the markup one family of publishing
systems produces (WordPress, Arc XP, BBC, Guardian, NYT, Reuters, AP, a German and a
Russian outlet, AMP, a paywalled teaser, a lazy-loading page, the founding article),
and every field of every image is asserted exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive.extraction.credits import clean_credit, split_caption
from newsarchive.extraction.images import extract_images, parse_srcset
from newsarchive.extraction.page import load_page

FIXTURES = Path(__file__).parent / "fixtures" / "media"


def page_of(name: str, url: str | None):
    return load_page((FIXTURES / f"{name}.html").read_bytes(), url)


CASES = [
    ('moscow_times_seed', 'https://www.themoscowtimes.com/2023/03/07/russias-losses-in-bakhmut-5-times-higher-than-ukraine-s-nato-estimates-a80410',
     [{'url': 'https://static.themoscowtimes.com/image/article_1360/6e/TASS_57357637.jpg',
       'caption': 'A Ukrainian serviceman drives a vehicle in the town of Bakhmut.',
       'credit': 'Anatolii Stepanov / AFP',
       'alt': None}]),
    ('wordpress', 'https://riversidegazette.com/2024/05/14/flood-barrier/',
     [{'url': 'https://riversidegazette.com/wp-content/uploads/2024/05/levee.jpg',
       'caption': None,
       'credit': None,
       'alt': 'Workers reinforce the levee'},
      {'url': 'https://riversidegazette.com/wp-content/uploads/2024/05/board-vote-1536x864.jpg',
       'caption': 'Board members listen to residents before the vote on Tuesday.',
       'credit': 'Tomas Novak/Riverside Gazette',
       'alt': None},
      {'url': 'https://riversidegazette.com/wp-content/uploads/2024/05/river-crest-1024x768.jpg',
       'caption': 'The river at its crest in April 2023.',
       'credit': 'Getty Images',
       'alt': 'The river at its crest in April 2023'}]),
    ('arcxp', 'https://www.lakeshoreledger.com/news/2024/02/09/transit-budget/',
     [{'url': 'https://www.lakeshoreledger.com/resizer/abc123=/1440x0/smart/filters:format(jpg):quality(70)/cloudfront-us-east-1.images.arcpublishing.com/lakeshore/XYZ123.jpg',
       'caption': 'Council members vote on the transit budget on Thursday night.',
       'credit': 'Priya Okafor/The Lakeshore Ledger',
       'alt': 'Council members vote'},
      {'url': 'https://www.lakeshoreledger.com/resizer/def456=/800x0/smart/cloudfront-us-east-1.images.arcpublishing.com/lakeshore/BUS777.jpg',
       'caption': 'A city bus on Lake Street.',
       'credit': 'Lakeshore Transit Authority',
       'alt': 'A city bus'}]),
    ('bbc', 'https://www.bbc.co.uk/news/uk-68048245',
     [{'url': 'https://ichef.bbci.co.uk/news/976/cpsprodpb/5B2A/production/_132403155_gettyimages-1943034583.jpg.webp',
       'caption': 'Waves crashed against the sea wall in Porthcawl, south Wales, on Sunday evening',
       'credit': 'Getty Images',
       'alt': 'Waves crash against the sea wall in Porthcawl'},
      {'url': 'https://ichef.bbci.co.uk/news/976/cpsprodpb/1F9E/production/_132403300_tree.jpg',
       'caption': 'A tree fell on a car in Carlisle overnight',
       'credit': 'Jenny Smith',
       'alt': 'A fallen tree on a car'}]),
    ('guardian', 'https://www.theguardian.com/world/2023/mar/16/dutch-farmers-party-wins',
     [{'url': 'https://i.guim.co.uk/img/media/2b7f/master/3000.jpg?width=620&dpr=2&s=none',
       'caption': 'The BBB leader, Caroline van der Plas, celebrates with supporters in Bunschoten on Wednesday '
                  'night.',
       'credit': 'Sem van der Wal/EPA',
       'alt': 'Caroline van der Plas celebrates with supporters'},
      {'url': 'https://i.guim.co.uk/img/media/7c1d/master/2000.jpg?width=620&dpr=2&s=none',
       'caption': 'The Dutch prime minister, Mark Rutte, conceded his coalition had lost its majority.',
       'credit': 'Piroschka van de Wouw/Reuters',
       'alt': 'Dutch prime minister Mark Rutte'}]),
    ('nyt', 'https://www.nytimes.com/2023/03/07/world/europe/ukraine-kostiantynivka.html',
     [{'url': 'https://static01.nyt.com/images/2023/03/07/world/07ukraine-town/07ukraine-town-superJumbo.jpg?quality=75&auto=webp',
       'caption': 'A woman carries water past a destroyed apartment building in Kostiantynivka, Ukraine, on '
                  'Monday.',
       'credit': 'Lynsey Addario for The New York Times',
       'alt': 'A woman carries water past a destroyed apartment building.'}]),
    ('reuters', 'https://www.reuters.com/world/europe/ukraine-says-russian-forces-suffer-heavy-losses-2023-03-07/',
     [{'url': 'https://www.reuters.com/resizer/v2/ABCD.jpg?auth=x&width=1920&quality=80',
       'caption': 'Ukrainian servicemen fire a howitzer towards Russian troops near the front line city of '
                  'Bakhmut, Ukraine March 6, 2023.',
       'credit': 'REUTERS/Yevhen Titov',
       'alt': 'Ukrainian servicemen fire a howitzer near Bakhmut'}]),
    ('ap', 'https://apnews.com/article/storms-power-outages-south-1234',
     [{'url': 'https://dims.apnews.com/dims4/default/4d5e6f/2147483647/strip/true/crop/5000x3333+0+0/resize/1198x798!/format/webp/quality/90/?url=https%3A%2F%2Fassets.apnews.com%2Faa%2Fbb%2Fstorm.jpg',
       'caption': 'A utility worker repairs a power line in Jackson, Miss., Wednesday, Jan. 10, 2024.',
       'credit': 'AP Photo/Rogelio V. Solis',
       'alt': 'A utility worker repairs a line'}]),
    ('german', 'https://www.rheinische-rundschau.de/politik/heizungsgesetz-100.html',
     [{'url': 'https://www.rheinische-rundschau.de/bilder/2023/07/bundestag-2400.jpg',
       'caption': 'Die Abgeordneten stimmten am Freitag mit knapper Mehrheit für das Gesetz.',
       'credit': 'dpa',
       'alt': 'Abgeordnete im Bundestag'},
      {'url': 'https://www.rheinische-rundschau.de/bilder/2023/07/heizung-800.jpg',
       'caption': 'Eine Wärmepumpe vor einem Einfamilienhaus.',
       'credit': 'picture alliance / dpa',
       'alt': 'Eine Wärmepumpe'}]),
    ('russian', 'https://gorodskie-vesti.example/2024/03/07/putin-ekonomika/',
     [{'url': 'https://gorodskie-vesti.example/upload/2024/03/putin_main_big.jpg',
       'caption': 'Владимир Путин во время совещания в Кремле',
       'credit': 'Михаил Метцель / ТАСС',
       'alt': 'Владимир Путин'}]),
    ('amp', 'https://www.baynews.example/2024/04/ferry-service-resume/amp/',
     [{'url': 'https://img.baynews.example/2024/04/ferry-1920.jpg',
       'caption': 'The ferry Bay Star will return to service on May 1.',
       'credit': 'Luis Garcia for Bay News',
       'alt': 'The ferry Bay Star at its dock'},
      {'url': 'https://img.baynews.example/2024/04/dock.jpg',
       'caption': 'Workers repaired the dock over the winter.',
       'credit': 'Courtesy of the Port Authority',
       'alt': 'Workers repair the dock'}]),
    ('paywall', 'https://www.ledgerweekly.example/industry/2024/battery-plants',
     [{'url': 'https://cdn.ledgerweekly.example/images/battery-plant-1200.jpg',
       'caption': 'A battery factory under construction near Salzgitter, Germany.',
       'credit': 'Ronny Hartmann/AFP via Getty Images',
       'alt': 'A battery factory under construction'}]),
    ('lazy', 'https://railjournal.example/2024/night-trains/',
     [{'url': 'https://cdn.railjournal.example/media/hero/nightjet-1600.jpg',
       'caption': 'A Nightjet sleeper at Vienna Hauptbahnhof.',
       'credit': 'ÖBB / Harald Eisenberger',
       'alt': 'A sleeper train at Vienna station'},
      {'url': 'https://img.example.net/c_fill,w_1280,h_853/cabin.avif',
       'caption': 'A couchette cabin with six berths.',
       'credit': 'Katya Berg',
       'alt': None},
      {'url': 'https://cdn.railjournal.example/media/gallery/couchette-1.jpg',
       'caption': 'Passengers board at dusk.',
       'credit': 'Jonas Berg',
       'alt': 'Passengers board the train'}]),
    ('jsonld_only', 'https://marketwire.example/2024/10/results/',
     [{'url': 'https://media.marketwire.example/2024/results-hq.jpg',
       'caption': "The company's headquarters in Oslo.",
       'credit': 'Rafael Silva / NTB',
       'alt': None}]),
    ('og_only', 'https://library.example/news/reopen/',
     [{'url': 'https://library.example/uploads/library.jpg',
       'caption': None,
       'credit': None,
       'alt': 'The renovated reading room'}]),
]


@pytest.mark.parametrize(("name", "url", "expected"), CASES, ids=[c[0] for c in CASES])
def test_images_of_publishing_systems(name: str, url: str, expected: list[dict]) -> None:
    assert extract_images(page_of(name, url), None) == expected


@pytest.mark.parametrize(("name", "url", "expected"), CASES, ids=[c[0] for c in CASES])
def test_images_with_the_text_container_as_root(name: str, url: str, expected: list[dict]) -> None:
    """The body extractor passes the text container; the lead figure outside it still counts."""
    page = page_of(name, url)
    containers = page.tree.xpath(
        "//*[@itemprop='articleBody'] | //*[contains(@class, 'entry-content') or contains(@class, 'article-body')"
        " or contains(@class, 'article__text') or contains(@class, 'story__body') or contains(@class, 'post__content')"
        " or contains(@class, 'RichTextStoryBody') or contains(@class, 'article__content')]")
    root = containers[0] if containers else None
    assert extract_images(page, root) == expected


@pytest.mark.parametrize(("printed", "name"), [
    ("Anatolii Stepanov / AFP", "Anatolii Stepanov / AFP"),
    ("Photo: Reuters", "Reuters"),
    ("Foto: dpa", "dpa"),
    ("Фото: Михаил Метцель / ТАСС", "Михаил Метцель / ТАСС"),
    ("Image source, Getty Images", "Getty Images"),
    ("(Getty Images)", "Getty Images"),
    ("(Bild: picture alliance / dpa)", "picture alliance / dpa"),
    ("© dpa", "dpa"),
    ("© 2023 Reuters", "Reuters"),
    ("Credit...Lynsey Addario for The New York Times", "Lynsey Addario for The New York Times"),
    ("Photograph: Sem van der Wal/EPA", "Sem van der Wal/EPA"),
    ("Photo by Luis Garcia", "Luis Garcia"),
    ("Quelle: Bundesregierung", "Bundesregierung"),
    ("", None),
    ("Photo:", None),
])
def test_clean_credit(printed: str, name: str | None) -> None:
    assert clean_credit(printed) == name


@pytest.mark.parametrize(("text", "caption", "credit"), [
    ("A Ukrainian serviceman drives a vehicle in the town of Bakhmut. Anatolii Stepanov / AFP",
     "A Ukrainian serviceman drives a vehicle in the town of Bakhmut.", "Anatolii Stepanov / AFP"),
    ("Leaders meet in Brussels. Photograph: Olivier Hoslet/EPA", "Leaders meet in Brussels.", "Photograph: Olivier Hoslet/EPA"),
    ("Die Kanzlerin in Berlin. (Bild: picture alliance / dpa)", "Die Kanzlerin in Berlin.", "(Bild: picture alliance / dpa)"),
    ("Messi lifts the trophy (Getty Images)", "Messi lifts the trophy", "(Getty Images)"),
    ("Путин на встрече. Фото: Михаил Метцель / ТАСС", "Путин на встрече.", "Фото: Михаил Метцель / ТАСС"),
    ("Der Hafen am Morgen. © dpa", "Der Hafen am Morgen.", "© dpa"),
    ("Image caption, Fans celebrate in the square", "Fans celebrate in the square", None),
    ("Foto: dpa", None, "Foto: dpa"),
    # a Japanese sports daily's "＝撮影・NAME" after the caption: the equals sign leads the credit in
    ("試合後、取材に応じる藤川監督＝撮影・上山淳一", "試合後、取材に応じる藤川監督", "撮影・上山淳一"),
    # no credit: a parenthesis and a slash that are part of the caption
    ("A man walks past the photo booth (left)", "A man walks past the photo booth (left)", None),
    ("Prices rose 3/4 of a point on Monday", "Prices rose 3/4 of a point on Monday", None),
    ("", None, None),
])
def test_split_caption(text: str, caption: str | None, credit: str | None) -> None:
    assert split_caption(text) == (caption, credit)


def test_srcset_urls_with_commas_and_odd_descriptors() -> None:
    img = lxml.html.fromstring('<img width="400">')
    value = ("https://img.example/c_fill,w_400/a.jpg 400w, https://img.example/c_fill,w_800/a.jpg 800w,"
             "b.jpg 2x, c.jpg, data:image/gif;base64,R0 1w, d.jpg 1.5x, e.jpg junk")
    assert parse_srcset(value, img) == [
        (400, 400, "https://img.example/c_fill,w_400/a.jpg"),
        (800, 800, "https://img.example/c_fill,w_800/a.jpg"),
        (800, 0, "b.jpg"), (0, 0, "c.jpg"), (600, 0, "d.jpg"), (0, 0, "e.jpg"),
    ]


def test_caption_paragraph_named_cap() -> None:
    """A figure's caption in a paragraph named "…__cap" (an abbreviation many systems use: "photo-cap", "img_cap"),
    its credit on a line of its own after a break: caption and credit are read."""
    html = ("<html><body><article><h1>Title</h1><p>Text of the story, long enough to be the text.</p>"
            '<figure class="hlFig"><img src="/fig1.jpg" alt="x"><p class="hlFig__cap">図1　微生物の電子顕微鏡写真'
            "<br>画像提供：木下 誠教授</p></figure><p>More text of the story.</p></article></body></html>")
    images = extract_images(load_page(html, "https://a.example/x/"), None)
    assert [(i["caption"], i["credit"]) for i in images] == [("図1 微生物の電子顕微鏡写真", "木下 誠教授")]


def test_caption_centred_by_align_attribute() -> None:
    """A picture's paragraph and the caption's under it centred by the older ``align="center"`` attribute (a
    provincial portal's XHTML template), the caption closing on a file picture's note, no credit: the caption."""
    html = ("<html><body><div class='content'><h1>Title</h1><p>Text of the story, long enough to be the text.</p>"
            '<p align="center"><img src="/upload/2.jpg" border="0" /></p>'
            '<p align="center" style="color:#00F;">长赣高铁线路示意图。（资料图片）</p><p>More text.</p></div></body></html>')
    images = extract_images(load_page(html, "https://a.example/x/"), None)
    assert [(i["caption"], i["credit"]) for i in images] == [("长赣高铁线路示意图。（资料图片）", None)]


def test_no_images_at_all() -> None:
    page = load_page("<html><body><article><h1>Title</h1><p>Text.</p></article></body></html>", "https://a.example/")
    assert extract_images(page, None) == []


@pytest.mark.parametrize("html", [
    "", "<", "<img>", "<img src>", '<img srcset=",,, ,">', '<img srcset="a.jpg 99999999999999999999w">',
    '<img srcset="a.jpg 1e999x" width="x">', '<figure><figcaption>Photo:</figcaption><img src="a.jpg"></figure>',
    '<picture><source srcset><img data-src=" "></picture>', '<amp-img layout="responsive"></amp-img>',
    '<base href="http://[::1"><img src="a.jpg">', '<img src="http://[::1/a.jpg">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","image":[{"url":[]},{"@type":"ImageObject"},7]}</script>',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","image":{"url":"a.jpg","creditText":{"x":1},"copyrightHolder":[{"name":"A"},"B"]}}</script>',
    "<html><body><h1>x</h1></body><body><main><p>y</p></main></body></html>",
    "<h1><article><img src='a.jpg' width='800'></article></h1>",
])
def test_never_raises_on_odd_markup(html: str) -> None:
    for url in (None, "https://a.example/x"):
        page = load_page(html, url)
        images = extract_images(page, None)
        assert all(set(image) == {"url", "caption", "credit", "alt"} for image in images)
        for el in page.tree.iter():
            extract_images(load_page(html, url), el)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "<figure>", "</figure>", "<figcaption>", "</figcaption>", "<img src='a.jpg'>", "<img data-srcset='b.jpg 2x, ,c'>",
    "<picture>", "<source srcset='d.jpg 900w'>", "</picture>", "<noscript>", "</noscript>", "<span class='credit'>",
    "</span>", "Photo: X / Y", "(Getty Images)", "© dpa", "<article>", "</article>", "<h1>", "</h1>", "<p>", "</p>",
    "<a href='/x'>", "</a>", "<aside>", "<amp-img src='e.jpg' layout='responsive' width='16' height='9'>",
    "<div class='caption'>", "</div>", "<base href='//cdn.example/'>",
]), max_size=40))
def test_never_raises_on_generated_markup(parts: list[str]) -> None:
    html = "".join(parts)
    page = load_page(html, "https://a.example/x/")
    for image in extract_images(page, None):
        assert image["url"]


def test_bench_site_images(bench_site: Path) -> None:
    for line in (bench_site / "truth.jsonl").read_text().splitlines():
        truth = json.loads(line)
        page = load_page((bench_site / "site" / truth["path"].lstrip("/") / "index.html").read_bytes(), truth["url"])
        got = [{k: image[k] for k in ("url", "caption", "credit")} for image in extract_images(page, None)]
        assert got == truth["images"], truth["path"]
