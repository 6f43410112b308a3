"""One small page or string per kind of layout the twenty-fifth held-out round (``fixtures/unseen25``)
revealed; each fails without its rule (see "Twenty-fifth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.credits import clean_credit, split_caption

PARAS = ("<p>The county commission voted 4-1 on Tuesday to approve a new groundwater plan that limits how much "
         "water new subdivisions may pump during a drought.</p>"
         "<p>Commissioners said the plan would be reviewed every two years, and that existing wells would not be "
         "affected by the new limits.</p>"
         "<p>The plan takes effect in June, after a public comment period that drew more than 400 responses.</p>")


def _body(closing: str) -> str:
    html = (f"<html><head><title>County approves water plan</title></head><body><article><h1>County approves "
            f"water plan</h1><div class='story-body'>{PARAS}{closing}</div></article></body></html>")
    return extract_article(html.encode(), "https://news.example/2026/03/11/county-water-plan/")["body"]


def test_funders_disclosure_closes_no_text() -> None:
    """"Disclosure: … have been financial supporters of OUTLET, …": a nonprofit newsroom's note on its funders."""
    body = _body("<p><em>Disclosure: The Water Coalition and Hill County have been financial supporters of The "
                 "County Ledger, a nonprofit, nonpartisan news organization that is funded in part by donations from "
                 "members. Financial supporters play no role in the Ledger’s journalism.</em></p>")
    assert body.endswith("more than 400 responses.")


def test_catch_all_the_latest_news_closes_no_text() -> None:
    """"Catch all the Latest India News, … at OUTLET.": a news site's pointer to its sections after every story."""
    body = _body("<p>Catch all the <a href='/latest-news'>Latest India News</a>, <a href='/breaking-news'>Breaking "
                 "News</a> and <a href='/cities'>Delhi News</a> along with Weather Today at The Daily Courier.</p>")
    assert body.endswith("more than 400 responses.")


def test_agencies_in_brackets_close_a_caption_as_its_credit() -> None:
    """"… in Gurugram. (Agencies)": material of several agencies, credited so."""
    assert split_caption("A diesel generator outside a complex in Gurugram. (Agencies)") == (
        "A diesel generator outside a complex in Gurugram.", "(Agencies)")
    assert clean_credit("(Agencies)") == "Agencies"


def test_credit_after_a_bar_closes_a_caption() -> None:
    """"CAPTION | File photo | ANI": the last part after a bar is the credit, the picture note before it no caption."""
    caption, printed = split_caption("Sugarcane being unloaded at a mill in Kolhapur | File photo | ANI")
    assert (caption, clean_credit(printed)) == ("Sugarcane being unloaded at a mill in Kolhapur", "ANI")
    assert split_caption("Farmers at a protest in New Delhi | Representational image | Photo: PTI") == (
        "Farmers at a protest in New Delhi", "Photo: PTI")
    assert split_caption("Rahul Gandhi | Bharat Jodo Yatra") == ("Rahul Gandhi | Bharat Jodo Yatra", None)


def _cards_page(site: str, label: str) -> str:
    cards = "".join(f"<div class='story-card'><a href='https://site.example/article/{n}/story-{n}'><h3>Another story "
                    f"about the county number {n}</h3></a><p class='author'>Jane Roe{n}</p></div>" for n in (1, 2))
    return (f"<html><head><title>County approves water plan</title><meta property='og:site_name' content='{site}'>"
            f"</head><body><main><article><h1>County approves water plan</h1><div class='article-body'>{PARAS}</div>"
            f"</article><section class='more-stories'><h2>{label}</h2>{cards}</section></main></body></html>")


def test_more_from_the_site_named_without_its_domain_ending_is_no_teaser_box() -> None:
    """"More from Scroll" on a site named "Scroll.in": the site's other stories, as "More from Slate" lists Slate's."""
    from newsarchive.extraction.body import _key

    assert _key("Scroll.in") == "scroll" and _key("Stuff.co.nz") == "stuff" and _key("Mr. Smith") == "mr smith"
    rec = extract_article(_cards_page("Scroll.in", "More from Scroll").encode(), "https://site.example/article/9/x")
    assert [link for link in rec["related_links"] if link["kind"] == "related"] == []


def test_top_stories_after_the_article_are_no_teasers() -> None:
    """"More Top Stories:" over cards after the article: the site's lead stories of the hour, no teasers."""
    rec = extract_article(_cards_page("The Courier", "More Top Stories:").encode(), "https://site.example/article/9/x")
    assert [link for link in rec["related_links"] if link["kind"] == "related"] == []
