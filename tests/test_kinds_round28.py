"""One small page or string per kind of layout the twenty-eighth held-out round (``fixtures/unseen28``)
revealed; each fails without its rule (see "Twenty-eighth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

PARAS = ("<p>The county commission voted 4-1 on Tuesday to approve a new groundwater plan that limits how much "
         "water new subdivisions may pump during a drought.</p>"
         "<p>Commissioners said the plan would be reviewed every two years, and that existing wells would not be "
         "affected by the new limits.</p>"
         "<p>The plan takes effect in June, after a public comment period that drew more than 400 responses.</p>")
URL = "https://news.example/2026/03/11/county-water-plan/"


def test_table_layout_headline_in_a_large_font_leads_to_its_byline() -> None:
    """An old table-layout page without headings: the headline is a ``<font size="5">`` agreeing with the title,
    and the "By NAME<br>Staff Writer" under it names the writer."""
    html = ("<html><head><title>County approves water plan - The Gazette</title></head><body><table><tr>"
            "<td><a href='/'>Home</a> | <a href='/news/'>News</a></td></tr><tr><td>"
            "<font size='1'>Wednesday, March 11, 2026</font><br><font size='5'><b>County approves water plan</b>"
            "</font><br><br><font size='2'><b>By Tammy Lynn Hargis<br>Staff Writer</b></font><br>"
            f"<font size='3'>{PARAS}</font></td></tr></table></body></html>")
    assert extract_article(html.encode(), URL)["authors"] == ["Tammy Lynn Hargis"]


def test_von_unserem_redakteur_leads_in_a_german_byline() -> None:
    """"Von unserem Redakteur NAME": a German regional paper's byline, the job title no part of the name."""
    html = ("<html><head><title>Kreistag beschließt Wasserplan</title></head><body><article>"
            "<h1>Kreistag beschließt Wasserplan</h1><div class='art-autor'>Von unserem Redakteur Thomas Kowalski</div>"
            f"<div class='text'>{PARAS}</div></article></body></html>")
    assert extract_article(html.encode(), URL)["authors"] == ["Thomas Kowalski"]


def test_a_row_of_author_cards_names_every_writer() -> None:
    """Two author cards side by side (headshot, name, job title), only the first writer declared: both write."""
    card = ("<div class='author has-bio'><img src='/h/{0}.png'><div class='author-info'><span class='author-name'>"
            "{1}</span><span class='author-title'>{2}</span></div></div>")
    html = ("<html><head><title>Hornets stun Celtics</title><script type='application/ld+json'>{\"@type\": "
            "\"NewsArticle\", \"headline\": \"Hornets stun Celtics\", \"author\": [{\"@type\": \"Person\", \"name\": "
            "\"Tim MacAvoy\"}]}</script></head><body><main><h1>Hornets stun Celtics</h1><div class='meta'>"
            + card.format("tm", "Tim MacAvoy", "Staff Writer") + card.format("kv", "Kendra Vasquez", "Celtics reporter")
            + f"<span class='timestamp'>Mar 11, 2026</span></div><div class='body'>{PARAS}</div></main></body></html>")
    assert extract_article(html.encode(), URL)["authors"] == ["Tim MacAvoy", "Kendra Vasquez"]


def _body(opening: str, closing: str = "") -> str:
    html = (f"<html><head><title>County approves water plan</title></head><body><article><h1>County approves "
            f"water plan</h1><div class='story-body'>{opening}{PARAS}{closing}</div></article></body></html>")
    return extract_article(html.encode(), URL)["body"]


def test_caption_line_after_a_picture_opens_no_text() -> None:
    """A release's picture in a plain ``<p>``, its caption closing on "(Photo: AGENCY)" under it: no opening."""
    body = _body("<p><img src='/bridge.jpg' alt=''><br><small>The Route 17 bridge over the Neversink River, built "
                 "in 1961. (Photo: NYSDOT)</small></p>")
    assert body.startswith("The county commission voted 4-1")


def test_caption_lines_alone_stay_the_text() -> None:
    """A slideshow whose text is its captions keeps them."""
    slide = ("<div class='slide'><img src='/s{0}.jpg'><p>Slide {0} shows the new water plant from the river bank, "
             "seen on Tuesday morning. (Photo: County)</p></div>")
    html = ("<html><head><title>In pictures</title></head><body><article><h1>In pictures</h1><div class='story-body'>"
            + "".join(slide.format(i) for i in range(1, 4)) + "</div></article></body></html>")
    assert extract_article(html.encode(), URL)["body"].startswith("Slide 1 shows")


def test_information_from_agency_was_used_credits_it() -> None:
    """"Information from The Associated Press was used in this report.": the agency contributed."""
    html = ("<html><head><title>County approves water plan</title></head><body><article><h1>County approves "
            f"water plan</h1><div class='story-body'>{PARAS}<p><i>Information from The Associated Press was used in "
            "this report.</i></p></div></article></body></html>")
    attributions = extract_article(html.encode(), URL)["attributions"]
    assert {"role": "contributor", "name": "The Associated Press"} in [
        {"role": a["role"], "name": a["name"]} for a in attributions]


def test_the_sites_name_closing_the_title_is_no_source() -> None:
    """"来源：新京报" under a headline set in a ``div.title``, the ``<title>`` closing on " - 新京报": the site names
    itself, no source."""
    html = ("<html><head><title>北京今年将新增5万个普惠托位 - 新京报</title><meta property='og:title' content='北京今年将新增5万个普惠托位'></head><body><div class='bodyTitle'>"
            "<div class='title'>北京今年将新增5万个普惠托位</div><div class='ntime'><span class='source'>来源：新京报</span>"
            "<span class='timer'>2026-03-11 14:35</span></div></div><div class='content'>"
            "<p>3月11日，记者从北京市卫健委获悉，今年北京将新增普惠托位5万个，每千人口托位数将达到4.5个。</p>"
            "<p>据介绍，新增托位将主要通过社区嵌入式托育、用人单位办托和幼儿园托班等方式提供，覆盖全市16个区。</p>"
            "<p>市卫健委相关负责人表示，将加大对普惠托育机构的补贴力度，降低家庭托育成本。</p></div></body></html>")
    attributions = extract_article(html.encode(), "https://www.bjnews.example/detail/1741671234123456.html")["attributions"]
    assert not [a for a in attributions if a["role"] == "source"]


def test_a_releases_source_line_closes_no_text_and_names_the_issuer() -> None:
    """"SOURCE COMPANY" closing a wire release after its media contact: no sentence of the text, and the company
    issued it (a source)."""
    html = ("<html><head><title>County approves water plan</title></head><body><article><h1>County approves "
            f"water plan</h1><div class='story-body'>{PARAS}<p>Media Contact:<br>Jordan Pike<br>press@county.example"
            "</p><p>SOURCE Northwind Robotics, Inc.</p></div></article></body></html>")
    record = extract_article(html.encode(), URL)
    assert record["body"].endswith("more than 400 responses.")
    assert ("source", "Northwind Robotics, Inc.") in [(a["role"], a["name"]) for a in record["attributions"]]


def test_provided_by_names_the_source() -> None:
    """"Provided by University of X" under a science aggregator's copy: the university provided the story."""
    html = ("<html><head><title>County approves water plan</title></head><body><article><h1>County approves "
            f"water plan</h1><div class='story-body'>{PARAS}<p><strong>Provided by</strong> <a href='/partners/pm/'>"
            "University of Port Meridian</a></p></div></article></body></html>")
    attributions = extract_article(html.encode(), URL)["attributions"]
    assert ("source", "University of Port Meridian") in [(a["role"], a["name"]) for a in attributions]


def test_recent_press_releases_are_no_teasers() -> None:
    """"Recent Press Releases" in a box named "related" under a release, inside the text's column: the agency's latest."""
    html = ("<html><head><title>County approves water plan</title></head><body><main><h1>County approves water plan"
            f"</h1><div class='pr-body'>{PARAS}</div><section class='related-releases'><h3>Recent Press Releases</h3>"
            "<ul><li><a href='/news/2026/spring-paving-season'>DOT announces 2026 spring paving season</a></li>"
            "<li><a href='/news/2026/work-zone-safety-week'>Governor proclaims Work Zone Safety Week</a></li></ul>"
            "</section></main></body></html>")
    related = [link for link in extract_article(html.encode(), URL)["related_links"] if link["kind"] == "related"]
    assert related == []


def test_names_over_the_outlets_name_under_the_headline_are_a_byline() -> None:
    """A print view's plain ``<p>`` under the headline: "NAME and NAME<br>OUTLET<br>DATE", no class, no "By"."""
    html = ("<html><head><title>Hospital merger talks collapse - Valley Courier</title></head><body><div "
            "class='print-logo'>Valley Courier</div><h1>Hospital merger talks collapse</h1><p>Ellen Sato and Marcus "
            f"Webb<br>Valley Courier<br>Mar 11, 2026</p>{PARAS}</body></html>")
    record = extract_article(html.encode(), "https://www.valleycourier.example/print/article/2026/03/11/merger")
    assert record["authors"] == ["Ellen Sato", "Marcus Webb"]


def test_notes_after_a_science_aggregators_text_close_no_text() -> None:
    """"More information: … DOI: …", "Citation: … retrieved … from …" and "This document is subject to copyright."
    after the text: notes, no sentences of it."""
    body = _body("", "<p><strong>More information:</strong> Felicity Amankwah et al, Reef soundscapes, <i>Marine "
                 "Acoustics Letters</i> (2026). <a href='https://doi.example/10.5555/x'>DOI: 10.5555/x</a></p>"
                 "<p><b>Citation</b>: Reef sounds lure coral larvae (2026, March 11) retrieved 12 March 2026 from "
                 "https://sciencewire.example/news/2026-03-coral.html</p><p>This document is subject to copyright. "
                 "Apart from any fair dealing for the purpose of private study or research, no part may be "
                 "reproduced without the written permission.</p>")
    assert body.endswith("more than 400 responses.")


def test_print_views_address_and_a_follow_prompt_close_no_text() -> None:
    """"URL: https://…" closing a print view, and "Cet article vous a été utile ? Sachez que vous pouvez suivre …"."""
    assert _body("", "<p>URL: https://www.valleycourier.example/news/local/2026/03/11/merger/</p>").endswith(
        "more than 400 responses.")
    assert _body("", "<p><strong>Cet article vous a été utile ?</strong> Sachez que vous pouvez suivre Actu Quimper "
                 "dans l'espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l'actualité de vos "
                 "villes et marques favorites.</p>").endswith("more than 400 responses.")


def test_a_release_links_bare_web_address_is_no_teaser() -> None:
    """"Related Links: http://www.company.example" under a release: an address, no story's headline."""
    html = ("<html><head><title>County approves water plan</title></head><body><main><h1>County approves water plan"
            f"</h1><div class='release-body'>{PARAS}</div><div class='wnr-related'><h3>Related Links</h3><p><a "
            "href='http://www.northwindrobotics.example'>http://www.northwindrobotics.example</a></p></div></main>"
            "</body></html>")
    related = [link for link in extract_article(html.encode(), URL)["related_links"] if link["kind"] == "related"]
    assert related == []


def test_a_companys_abbreviation_keeps_its_full_stop_in_a_credit() -> None:
    """"(PRNewsfoto/Northwind Robotics, Inc.)": the full stop is the company's name's."""
    from newsarchive.extraction.credits import clean_credit

    assert clean_credit("(PRNewsfoto/Northwind Robotics, Inc.)") == "PRNewsfoto/Northwind Robotics, Inc."
    assert clean_credit("Photo: Reuters.") == "Reuters"


def test_small_print_caption_after_a_picture_in_a_table_cell() -> None:
    """An old table layout's floated picture: ``<td><img><br><font size="1"><i>Caption</i> (Gazette photo by
    NAME)</font></td>``; the paper's own "Gazette photo by" label goes from the credit."""
    html = ("<html><head><title>County approves water plan</title></head><body><article><h1>County approves "
            "water plan</h1><div class='story-body'><table align='right'><tr><td><img src='/photos/plant.jpg' "
            "width='200' height='150'><br><font size='1'><i>Public Works Director Dale Kimbrough shows a worn "
            f"filter cartridge on Tuesday.</i> (Gazette photo by Wes Duncan)</font></td></tr></table>{PARAS}</div>"
            "</article></body></html>")
    images = extract_article(html.encode(), URL)["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("Public Works Director Dale Kimbrough shows a worn filter cartridge on Tuesday.", "Wes Duncan")]



def test_a_table_cells_header_lines_and_byline_open_no_text() -> None:
    """The table-layout weekly of ``fixtures/unseen28``: date, headline, deck and "By NAME<br>Staff Writer Print |
    Email this story" as the inline lines of the text's cell, a floated picture's caption, then the paragraphs."""
    from pathlib import Path

    folder = Path(__file__).parent / "fixtures" / "unseen28"
    body = extract_article((folder / "smalltown.html").read_bytes(),
                           "http://www.millbrookgazette.example/news/2026-03-11/Front_Page/"
                           "Council_approves_water_plant_loan.html")["body"]
    assert body.startswith("MILLBROOK — The Millbrook Town Council voted 4-1")


def test_comments_under_their_label_in_the_texts_box_close_it() -> None:
    """"Comments (3)" and the readers' comments after the text, in the text's own box: no text."""
    body = _body("", "<p><b>Comments</b> (3)</p><p><b>oldtimer62</b> wrote on 3/11/2026 8:14 AM: About time. My "
                 "grandpa helped build that plant.</p><p><b>taxpayer1</b> wrote on 3/11/2026 10:45 AM: $4.80 now, $10 "
                 "next year. Watch.</p>")
    assert body.endswith("more than 400 responses.")
