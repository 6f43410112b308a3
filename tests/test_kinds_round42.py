"""Rules of the forty-second held-out round (``fixtures/unseen42``): US local, public-radio, college, alt-weekly, trade
and nonprofit newsrooms declaring little; bylines and where the text starts."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.authors import split_byline

_PARAS = "".join(
    f"<p>The {w} phase of the outpatient tower would add clinics for cardiology and imaging, according to documents "
    "filed with the city this week, and would open in late 2028 if the planning commission approves it.</p>"
    for w in ("first", "second", "third")
)


def test_outlet_after_a_dashed_job_title_is_no_writer() -> None:
    persons, _ = split_byline("By Greta Holmquist – Staff Reporter, Twin Lakes Business Journal and Owen Sato – "
                              "Reporter, Twin Lakes Business Journal")
    assert persons == ["Greta Holmquist", "Owen Sato"]
    assert split_byline("By Ann Lee – Reporter, Bob Stone – Editor")[0] == ["Ann Lee", "Bob Stone"]


def test_byline_with_job_titles_names_more_than_the_declared_writer() -> None:
    html = ("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Tower planned\","
            "\"author\":[{\"@type\":\"Person\",\"name\":\"Greta Holmquist\"}]}</script></head><body><article>"
            "<h1>Tower planned</h1><div class='story__byline'>By Greta Holmquist &ndash; Staff Reporter, Twin Lakes "
            "Business Journal and Owen Sato &ndash; Reporter, Twin Lakes Business Journal</div>"
            f"<div class='content'>{_PARAS}</div></article></body></html>")
    assert extract_article(html.encode(), "https://biz.example/news/2026/03/11/tower.html")["authors"] == [
        "Greta Holmquist", "Owen Sato"]


def test_editors_note_opening_the_text_is_no_body() -> None:
    html = ("<html><body><article><h1>Appeals Court Revives Suit</h1><p>By Rebecca Thornbury</p><div class='article-body'>"
            "<p><em>Editor's note: This story has been updated with comment from the company.</em></p>"
            f"{_PARAS}</div></article></body></html>")
    body = extract_article(html.encode(), "https://law.example/articles/1/appeals-court-revives-suit")["body"]
    assert body.startswith("The first phase of the outpatient tower")


def test_placeholder_word_in_the_image_servers_host_drops_no_picture() -> None:
    html = ("<html><body><article><h1>Water main break</h1><div class='article-body'>" + _PARAS +
            "<figure><img src='https://gray-kvtq-prod.cdn.example/resizer/v2/MAP.jpg?width=800' width='800' "
            "height='450'><figcaption>The advisory covers neighborhoods north of Clover Creek.<span class='credit'>"
            " (Harlow Public Utilities)</span></figcaption></figure>" + _PARAS + "</div></article></body></html>")
    images = extract_article(html.encode(), "https://tv.example/2026/03/11/water-main-break/")["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("The advisory covers neighborhoods north of Clover Creek.", "Harlow Public Utilities")]


def test_caption_box_after_the_pictures_box_holding_its_credit() -> None:
    html = ("<html><body><article><h1>Dining hall workers vote</h1><div class='photo-area'><div class='photowrap'>"
            "<img src='https://college.example/wp-content/uploads/2026/03/vote-900x600.jpg' width='900' height='600'>"
            "<div class='photo-credit-wrap'><span class='photocreditinline'>Ellie Burch, Photo Editor</span></div>"
            "</div><div class='photocaption'>Dining hall employees celebrate outside Hartwell Commons.</div></div>"
            f"<div class='story-body'>{_PARAS}</div></article></body></html>")
    images = extract_article(html.encode(), "https://college.example/30412/news/vote/")["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("Dining hall employees celebrate outside Hartwell Commons.", "Ellie Burch, Photo Editor")]


def test_heading_labelling_the_texts_first_part_is_no_body() -> None:
    html = ("<html><body><article><h1>Grocer pilots shelf labels</h1><p>Published March 11, 2026</p>"
            "<div class='article-body'><h3>Dive Brief:</h3>" + _PARAS + "</div></article></body></html>")
    body = extract_article(html.encode(), "https://trade.example/news/grocer-shelf-labels/744512/")["body"]
    assert body.startswith("The first phase of the outpatient tower")


def test_network_tagline_and_republish_offer_close_no_text() -> None:
    html = ("<html><body><article><h1>Senate panel advances insulin bill</h1><div class='entry-content'>" + _PARAS +
            "</div><div class='post-bottom'><p><em>Prairie State Capital is part of States Newsroom, a nonprofit news "
            "network supported by grants and a coalition of donors as a 501c(3) public charity.</em></p>"
            "<div class='republication-tracker-tool'><h3>Republish</h3><p>Our stories may be republished online or in "
            "print under Creative Commons license CC BY-ND 4.0. We ask that you edit only for style.</p></div></div>"
            "</article></body></html>")
    body = extract_article(html.encode(), "https://capital.example/2026/03/11/insulin-bill/")["body"]
    assert body.endswith("if the planning commission approves it.")


def test_more_from_this_section_in_a_bold_line_is_the_sections_latest() -> None:
    html = ("<html><body><table><tr><td id='maincol'><h1>Grain elevator fire</h1><div id='article-body'>" + _PARAS +
            "</div><div class='related-box'><p><b>More from this section</b></p><ul>"
            "<li><a href='https://weekly.example/news/county-budget/article_1.html'>County commission approves road "
            "budget</a></li><li><a href='https://weekly.example/news/new-superintendent/article_2.html'>School board "
            "names new superintendent</a></li></ul></div></td></tr></table></body></html>")
    record = extract_article(html.encode(), "https://weekly.example/news/grain-elevator-fire/article_3.html")
    assert [link["url"] for link in record["related_links"] if link["kind"] == "related"] == []


def test_subheader_named_so_over_the_byline_is_a_deck_undeclared() -> None:
    html = ("<html><body><div class='content'><div class='content-header'><h1>The Last Pinball Bar</h1>"
            "<div class='fdn-content-subheader'>After 31 years, the bar faces a rent hike it can't pay. Regulars are "
            "trying to save it.</div><div class='content-meta'>Marnie Ostrowski | March 11, 2026</div></div>"
            f"<div class='content-body'>{_PARAS}</div></div></body></html>")
    body = extract_article(html.encode(), "https://weekly.example/food-drink/the-last-pinball-bar-30188455")["body"]
    assert body.startswith("The first phase of the outpatient tower")


def test_story_by_in_a_plain_line_is_the_byline() -> None:
    html = ("<html><body><article><h1>Tower planned</h1><p>Story by Ann Marlowe</p><p>March 11, 2026</p>"
            f"<div class='body'>{_PARAS}</div></article></body></html>")
    assert extract_article(html.encode(), "https://x.example/news/2026/03/11/tower")["authors"] == ["Ann Marlowe"]


def test_linked_name_and_date_parted_by_a_bar_under_the_headline() -> None:
    html = ("<html><body><article><h1>Tower planned</h1><div class='meta'><a href='/people/ann-marlowe'>Ann Marlowe</a>"
            f" | March 11, 2026</div><div class='body'>{_PARAS}</div></article></body></html>")
    assert extract_article(html.encode(), "https://x.example/news/2026/03/11/tower")["authors"] == ["Ann Marlowe"]


def test_pictures_line_of_a_byline_names_the_photographer_not_a_writer() -> None:
    html = ("<html><body><article><h1>Tower planned</h1><p>Words: Ann Marlowe<br>Pictures: Bo Lind</p>"
            f"<div class='body'>{_PARAS}</div></article></body></html>")
    record = extract_article(html.encode(), "https://x.example/news/2026/03/11/tower")
    assert record["authors"] == ["Ann Marlowe"]
    assert ("photo", "Bo Lind") in [(a["role"], a["name"]) for a in record["attributions"]]
