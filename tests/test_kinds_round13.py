"""One small page or string per kind of layout the thirteenth held-out round (``fixtures/unseen13``)
revealed; each fails without its rule (see "Thirteenth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.attributions import credited, source_name

EN_PARA = ("<p>Miami-Dade County will add about 30 miles of bike lanes separated from traffic by curbs or posts "
           "over the next five years, under a plan commissioners approved on Tuesday.</p>")


def _sources(rec: dict) -> list[str]:
    return [a["name"] for a in rec["attributions"] if a["role"] == "source"]


def test_linked_headline_closing_on_report_finds() -> None:
    """A teaser's headline "…, federal report finds" cites no outlet: the words before the verb hold a
    clause break, as no outlet's name does; "the Financial Times reported" still cites one."""
    assert source_name("", "Thousands of bridges overdue for inspection, federal report finds", "") is None
    assert source_name("as ", "the Financial Times reported", "") == "the Financial Times"
    html = ("<html><body><article><h1>Bike lanes</h1><div class='body'>" + EN_PARA * 3
            + "<aside class='inline-box'><h3>Related</h3><ul><li><a href='/news/cyclist-deaths'>Cyclist deaths hit a "
            "10-year high, report finds</a></li></ul></aside>" + EN_PARA + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/news/bike-lanes")
    assert _sources(rec) == []


def test_affiliate_disclosure_above_the_text() -> None:
    """"Every time you shop through our links, Insider may earn a commission. Learn more." is a disclosure, no
    opening of the text; a sentence of the text on commissions stays."""
    html = ("<html><body><article><h1>Costco tests smaller stores</h1><div class='affiliate-note'><p>Every time you "
            "shop through our links, Insider may earn a commission. <a href='/affiliate'>Learn more.</a></p></div>"
            "<section class='content'>" + EN_PARA * 3 + "<p>Creators may earn a commission of up to 10 percent on "
            "every sale, the company said, a rate critics called too low for the work involved.</p></section>"
            "</article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/costco-smaller-stores")
    assert rec["body"].startswith("Miami-Dade County will add")
    assert "Creators may earn a commission" in rec["body"]


def test_originally_published_line_closing_the_text() -> None:
    """"This story was originally published March 11, 2026 5:00 AM." says when the story went out: no sentence
    of the text."""
    html = ("<html><body><article><h1>Bike lanes</h1><div class='story'>" + EN_PARA * 4
            + "<p><em>This story was originally published March 11, 2026 5:00 AM.</em></p></div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/news/bike-lanes")
    assert rec["body"].endswith("approved on Tuesday.")


def test_photographers_address_after_the_credit() -> None:
    """"Pedro Portal pportal@herald.example" under a caption credits Pedro Portal; the address is a contact."""
    html = ("<html><body><article><h1>Bike lanes</h1><figure><img src='/img/bike-lane.jpg'><figcaption>"
            "<p class='caption-text'>A cyclist rides in a painted bike lane on Monday.</p><p class='credits'>Pedro "
            "Portal <span>pportal@herald.example</span></p></figcaption></figure><div class='story'>" + EN_PARA * 4
            + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/news/bike-lanes")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [
        ("A cyclist rides in a painted bike lane on Monday.", "Pedro Portal")]


def test_screen_reader_label_inside_a_caption() -> None:
    """"<span class="u-hide-visually">Image:</span>" opening a caption is read by screen readers only: the
    caption is the text after it, its "Pic: PA" the credit."""
    html = ("<html><body><article><h1>Fuel duty</h1><figure><img src='/img/petrol.jpg'><figcaption class='ui-media-"
            "caption'><span class='u-hide-visually'>Image:</span><span class='ui-media-caption__caption-text'>Pump "
            "prices have risen for six weeks in a row. Pic: PA</span></figcaption></figure><div class='story'>"
            + EN_PARA * 4 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/story/fuel-duty-13321456")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [
        ("Pump prices have risen for six weeks in a row.", "PA")]


def test_additional_reporting_with_a_colon() -> None:
    """"Additional reporting: NAME" closing the text credits a contributor, as "Additional reporting by NAME" does."""
    html = ("<html><body><article><h1>Rent zones</h1><div class='story'>" + EN_PARA * 4
            + "<p><i>Additional reporting: Cormac McQuinn</i></p></div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/politics/rent-zones")
    assert [a["name"] for a in rec["attributions"] if a["role"] == "contributor"] == ["Cormac McQuinn"]


def test_sub_title_above_the_byline() -> None:
    """A paragraph named as the headline's sub-title ("…__sub-title") above the byline and date is a standfirst,
    however it words the declared description; the text starts below."""
    html = ("<html><head><meta name='description' content='The chancellor is expected to keep fuel duty frozen for "
            "another year, at a cost of around three billion pounds.'></head><body><main><div class='article-header'>"
            "<h1>Chancellor to freeze fuel duty</h1><p class='article-header__sub-title'>The freeze, which will cost "
            "around £3bn, comes as drivers face the highest pump prices since 2022.</p><p class='byline'><a "
            "href='/author/beth-rigby'>Beth Rigby</a>, political editor</p><p class='date'>Wednesday 11 March 2026 "
            "12:30, UK</p></div><div class='article-body'>" + EN_PARA * 4 + "</div></main></body></html>")
    rec = extract_article(html.encode(), "https://news.example/story/fuel-duty-13321456")
    assert rec["body"].startswith("Miami-Dade County will add")


def test_agency_contributed_under_the_bios() -> None:
    """"The Associated Press contributed." in the writers' box after the text's box credits a contributor."""
    html = ("<html><body><article><h1>Judge blocks timber sale</h1><div class='article-body'><div class='content'>"
            + EN_PARA * 4 + "</div><div class='expanded-byline-contributors'><div class='expanded-byline'><span "
            "class='byline-name'><a href='/author/daniella-silva'>Daniella Silva</a></span><p class='byline-bio'>Daniella "
            "Silva is a reporter.</p></div><p class='contributors__text'><span class='byline-name'>The Associated "
            "Press</span> contributed.</p></div></div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/news/judge-blocks-timber-sale-rcna194512")
    assert [a["name"] for a in rec["attributions"] if a["role"] == "contributor"] == ["The Associated Press"]
    assert credited("Both companies contributed.") == []  # a sentence of the text, no credit


def _related(rec: dict) -> list[str]:
    return [link["url"] for link in rec["related_links"] if link["kind"] == "related"]


def test_teaser_label_in_a_furniture_named_box_inside_the_text() -> None:
    """A box named as furniture but not "related" ("inline-recirc") between paragraphs, opening with the label "Read
    More:", holds teasers: the headline links of the label's own box are related links."""
    html = ("<html><body><article><h1>Glaciers melt faster</h1><div id='article-body-main'>" + EN_PARA * 3
            + "<div class='inline-recirc'><p class='inline-recirc__title'>Read More:</p><ul><li><a href='https://news."
            "example/7123456/glacier-collapse-village/'>The Village That Was Buried by a Glacier</a></li></ul></div>"
            + EN_PARA * 2 + "<div class='tags-box'><ul><li><a href='/tag/climate/'>Climate</a></li></ul></div>"
            "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/7265114/glaciers-melt-faster/")
    assert _related(rec) == ["https://news.example/7123456/glacier-collapse-village/"]
