"""One small page or string per kind of layout the twenty-first held-out round (``fixtures/unseen21``)
revealed; each fails without its rule (see "Twenty-first held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from newsarchive.extraction import extract_article

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import record  # noqa: E402

PARA = ("<p>The council said the work would take about three years and that the plant would stay open while crews "
        "replaced the pumps, the pipes and the electrical systems one section at a time.</p>")


def _page(body: str, head: str = "", after: str = "") -> bytes:
    return (f"<html lang='en'><head><title>Council approves repairs</title>{head}</head><body><article>"
            f"<h1>Council approves repairs to the treatment plant</h1>{body}</article>{after}</body></html>").encode()


def test_originally_published_label_under_the_text() -> None:
    """"Originally Published: March 11, 2026 at 4:10 p.m." under the text is when the story first went out,
    not its closing sentence."""
    html = _page(PARA * 3 + "<p>The committee will vote on the final budget in April next year.</p>"
                 "<p>Originally Published: March 11, 2026 at 4:10 p.m.</p>")
    rec = extract_article(html, "https://paper.example/2026/03/11/council-repairs/")
    assert rec["body"].endswith("final budget in April next year.")


def test_photo_slash_label_before_the_credit() -> None:
    """"… south coast. Photo / Mark Mitchell": the label word and the slash before the name are no part of the
    credit, as "Photo: NAME" is not."""
    html = _page("<figure><img src='https://paper.example/plant.jpg'><figcaption>The treatment plant on the south "
                 "coast. Photo / Mark Mitchell</figcaption></figure>" + PARA * 3)
    rec = extract_article(html, "https://paper.example/2026/03/11/council-repairs/")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [("The treatment plant on the south coast.",
                                                                     "Mark Mitchell")]
    assert {"role": "photo", "name": "Mark Mitchell"}.items() <= next(
        a for a in rec["attributions"] if a["role"] == "photo").items()


def test_bare_additional_reporting_line() -> None:
    """"Additional reporting PA" closing the text (no "by", no colon) credits the names after the words."""
    html = _page(PARA * 3 + "<p>The committee will vote on the final budget in April next year.</p>"
                 "<p><em>Additional reporting PA</em></p>")
    rec = extract_article(html, "https://paper.example/2026/03/11/council-repairs/")
    assert ("contributor", "PA") in {(a["role"], a["name"]) for a in rec["attributions"]}


def test_dash_between_byline_name_and_title() -> None:
    """"By: Jel Santos - Reporter / @handle": the dash before the job title goes with the title."""
    html = _page("<div class='byline'>By: <a href='/byline/jel-santos'>Jel Santos</a> - Reporter / "
                 "<a href='https://x.example/jel'>@jelsantosINQ</a></div>" + PARA * 3)
    rec = extract_article(html, "https://paper.example/2112345/council-repairs")
    assert rec["authors"] == ["Jel Santos"]


def test_read_colon_line_to_one_more_story() -> None:
    """"<strong>READ:</strong> <a>headline</a>" as a paragraph of its own among the text is a teaser of one more
    story, as "Read also:" is."""
    url = "https://paper.example/2109876/busway-operators-seek-fare-hike"
    html = _page(PARA * 2 + f"<p><strong>READ:</strong> <a href='{url}'>Busway operators seek a fare hike from the "
                 "board</a></p>" + PARA * 2)
    rec = extract_article(html, "https://paper.example/2112345/council-repairs")
    assert url in {link["url"] for link in rec["related_links"] if link["kind"] == "related"}
    assert "fare hike" not in rec["body"]


def test_outlet_file_photo_before_the_photographer() -> None:
    """"… Quezon City. INQUIRER FILE PHOTO / RICHARD A. REYES" closing a caption: the credit is split off though the
    name holds an initial's full stop, and the file picture's note before the slash goes."""
    html = _page("<div class='wp-caption'><img src='https://paper.example/busway.jpg'><p class='wp-caption-text'>"
                 "Passengers line up at the busway station in Quezon City. INQUIRER FILE PHOTO / RICHARD A. REYES</p>"
                 "</div>" + PARA * 3)
    rec = extract_article(html, "https://paper.example/2112345/council-repairs")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [
        ("Passengers line up at the busway station in Quezon City.", "RICHARD A. REYES")]


def test_teaser_headline_with_a_colon_cites_nobody() -> None:
    """A link reading "Etihad Rail passenger service: launch date confirmed" is a headline closing on its verb, no
    outlet that confirmed something."""
    html = _page(PARA * 2 + "<div class='related'><p>Read more</p><ul><li><a href='https://paper.example/news/2025/12/"
                 "02/rail-launch-date/'>Etihad Rail passenger service: launch date confirmed</a></li></ul></div>"
                 + PARA * 2)
    rec = extract_article(html, "https://paper.example/news/2026/03/11/council-repairs/")
    assert not [a for a in rec["attributions"] if a["role"] == "source"]



def test_more_from_the_sites_short_name() -> None:
    """"More from The Star & Partners" under the article, on a site named "Toronto Star", lists the site's stories,
    no teasers (a fixture assertion: the page's own layout, a region after the article's block)."""
    rec = record("torontostar", "unseen21")
    related = {link["url"] for link in rec["related_links"] if link["kind"] == "related"}
    assert "https://www.thestar.example/sports/raptors/raptors-win-streak/article_44dd.html" not in related
    assert "https://www.thestar.example/news/gta/vacant-home-tax-appeals-backlog/article_11aa.html" in related


def test_dash_and_agency_closing_the_text() -> None:
    """"- RNZ" alone closing the text names the agency or partner the story came from, as a bare "(RNZ)" does;
    "- Jane Doe" or a writer's initials ("- JS") name no agency."""
    html = _page(PARA * 3 + "<p>The council will consult on the spending as part of its annual plan in April.</p>"
                 "<p>- RNZ</p>")
    rec = extract_article(html, "https://paper.example/nz/council-repairs/6ZQKX4/")
    assert ("source", "RNZ") in {(a["role"], a["name"]) for a in rec["attributions"]}
    for signed in ("- Jane Doe", "- JS"):
        html = _page(PARA * 3 + f"<p>The council will consult on the spending in April.</p><p>{signed}</p>")
        rec = extract_article(html, "https://paper.example/nz/council-repairs/6ZQKX4/")
        assert not [a for a in rec["attributions"] if a["role"] == "source"], signed


def test_funding_note_closing_the_text() -> None:
    """"LDR is local body journalism co-funded by RNZ and NZ On Air." under the text is a note on the reporting
    scheme, no closing sentence."""
    html = _page(PARA * 3 + "<p>The council expects to go back to tender in September.</p>"
                 "<p><em>LDR is local body journalism co-funded by RNZ and NZ On Air.</em></p>")
    rec = extract_article(html, "https://paper.example/nz-news/360912345/council-repairs")
    assert rec["body"].endswith("go back to tender in September.")


def test_note_from_the_author_box_over_the_text() -> None:
    """A "Note from the author:" box over the text (the writer's appeal for members) is no opening of the text."""
    html = _page("<div class='kg-callout-card'><div class='kg-callout-text'><strong>Note from the author:</strong> Hi, "
                 "this is Kateryna Denisova. I cover attacks on the energy system. If you value our reporting, please "
                 "consider supporting us. <a href='/membership/'>Become a member</a></div></div>"
                 "<p>Power was restored to most of the city by Wednesday afternoon after drones struck two substations "
                 "overnight, the regional governor said.</p>" + PARA * 3)
    rec = extract_article(html, "https://paper.example/power-restored-after-drone-attack/")
    assert rec["body"].startswith("Power was restored to most of the city")


def test_writer_label_in_a_row_of_labels() -> None:
    """"WRITER: NAME" in the row of labelled facts under the headline ("PUBLISHED : …", "NEWSPAPER SECTION: …") is
    the byline, as "Author: NAME" is; the company declared as the author is the site."""
    html = ("<html lang='en'><head><meta property='og:site_name' content='Harbour Post'><script type='application/ld+json'>"
            "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Harbour Post Public Company Limited\"}}"
            "</script></head><body><div class='headline'><h1>Cabinet approves the double-track rail plan</h1>"
            "<div class='info'><p>PUBLISHED : 11 Mar 2026 at 17:30</p><p>NEWSPAPER SECTION: <a href='/news'>News</a></p>"
            "<p>WRITER: <a href='/search?q=Wassayos+Ngamkham'>Wassayos Ngamkham</a></p></div></div>"
            "<div class='content'>" + PARA * 4 + "</div></body></html>").encode()
    rec = extract_article(html, "https://paper.example/thailand/general/3012345/cabinet-rail-plan")
    assert rec["authors"] == ["Wassayos Ngamkham"]


def test_outlet_named_after_its_noun_cites_it() -> None:
    """"China's state news agency Xinhua reported last month that …": the name after "news agency" (", the newspaper
    NAME reported") is the cited outlet, as "Xinhua reported" opening the sentence is."""
    html = _page(PARA * 3 + "<p>China's state news agency Xinhua reported last month that Chinese contractors were "
                 "interested in bidding for the bridge.</p>")
    rec = extract_article(html, "https://paper.example/thailand/general/3012345/cabinet-rail-plan")
    assert ("source", "Xinhua") in {(a["role"], a["name"]) for a in rec["attributions"]}


def test_service_funded_by_closing_the_text_stays() -> None:
    """A closing sentence saying a service is funded by someone is the text's, no funding note on the reporting."""
    html = _page(PARA * 3 + "<p>The late-night bus service is funded by the council until the end of the year.</p>")
    rec = extract_article(html, "https://paper.example/nz-news/360912345/council-repairs")
    assert rec["body"].endswith("funded by the council until the end of the year.")
