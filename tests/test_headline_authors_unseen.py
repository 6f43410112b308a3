"""Headline and authors on page shapes seen on unseen sites (issue 9).

Each page is a small synthetic page of one kind: the headline asserted is the one a
reader sees at the top of the article, the authors those the visible byline names.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extraction.headline import strip_site_name
from newsarchive.extraction.metadata import extract_metadata
from newsarchive.extraction.page import load_page


def page(body: str, head: str = "", ld: dict | None = None, body_class: str = "") -> str:
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    return (f"<html><head><meta charset='utf-8'>{head}{script}</head>"
            f"<body class='{body_class}'>{body}</body></html>")


def meta(html: str):
    return extract_metadata(load_page(html.encode(), "https://news.example.org/2024/story"))


NAV = "<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"


# --- headline ------------------------------------------------------------------------------

def test_article_heading_wins_over_differently_worded_declared_titles() -> None:
    html = page(
        NAV + "<article><header><h1>Harbour ferries return after a winter of repairs</h1>"
        "<p class='byline'>By Anna Smith</p></header><p>Text of the story.</p></article>",
        head="<title>Ferry service resumes: what commuters need to know | Bayside Courier</title>"
             "<meta property='og:title' content='Ferry service resumes: what commuters need to know'>"
             "<meta property='og:site_name' content='Bayside Courier'>",
        ld={"@type": "NewsArticle", "headline": "Ferry service resumes: what commuters need to know"})
    assert meta(html).headline == "Harbour ferries return after a winter of repairs"


def test_heading_agreeing_with_declared_title_still_preferred_over_other_h1() -> None:
    html = page(
        "<main><section><h1>Latest news</h1></section></main>"
        "<div class='story'><h1>Council approves new cycle lanes</h1></div>",
        head="<meta property='og:title' content='Council approves new cycle lanes'>")
    assert meta(html).headline == "Council approves new cycle lanes"


def test_breadcrumb_h1_repeating_declared_headline() -> None:
    html = page(
        "<div class='top'><nav><ol><li>Sport</li><li><h1>Veteran striker signs for local club</h1></li></ol></nav></div>"
        "<article><header><h2>Comeback in the fifth tier? Striker joins the locals</h2></header><p>Text.</p></article>",
        head="<meta property='og:title' content='Comeback in the fifth tier? Striker joins the locals'>",
        ld={"@type": "NewsArticle", "headline": "Veteran striker signs for local club"})
    assert meta(html).headline == "Veteran striker signs for local club"


def test_curly_apostrophe_in_heading_stays_curly() -> None:
    html = page("<article><h1>The mayor’s “last” budget</h1><p>Text.</p></article>",
                head="<meta property='og:title' content='The mayor&#39;s \"last\" budget'>")
    assert meta(html).headline == "The mayor’s “last” budget"


@pytest.mark.parametrize("title, expected", [
    ("Storm closes coastal road : Region : Bayside Courier", "Storm closes coastal road"),
    ("Storm closes coastal road_Region_Bayside Courier", "Storm closes coastal road"),
    ("Storm closes coastal road：Bayside Courier", "Storm closes coastal road"),
    ("Bayside Courier|Storm closes coastal road", "Storm closes coastal road"),
    ("해안도로 폭풍으로 폐쇄ㅣBayside Courier", "해안도로 폭풍으로 폐쇄"),
    ("Bayside Courier ㅣ 해안도로 폭풍으로 폐쇄", "해안도로 폭풍으로 폐쇄"),
    ("Storm closes coastal road | Bayside Courier", "Storm closes coastal road"),
    ("Review - Oppenheimer | Bayside Courier", "Review - Oppenheimer"),
    ("Mother_of_pearl prices climb", "Mother_of_pearl prices climb"),
    # the headline glued to the site's name, the section after it: the headline's part is no site name
    ("Storm closes coastal road|Bayside Courier · Region", "Storm closes coastal road"),
])
def test_site_name_stripped_from_declared_title(title: str, expected: str) -> None:
    assert strip_site_name(title, ["Bayside Courier"]) == expected


@pytest.mark.parametrize("title, expected", [
    ("武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！"),
    ("中国经济稳步增长_新浪网", "中国经济稳步增长"),
    ("海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网", "海外留学生看两会：出国前后关注点大不同"),
    ("首相、訪米へ：朝日新聞デジタル", "首相、訪米へ"),
    ("수출 증가세 이어가 - 연합뉴스", "수출 증가세 이어가"),
    ("Storm closes coastal road - Springfield Daily News", "Storm closes coastal road"),
    ("Sturm sperrt Küstenstraße | Neue Zürcher Zeitung", "Sturm sperrt Küstenstraße"),
    # no outlet named at the end: the title stays whole
    ("Cuts at the Post: what comes next", "Cuts at the Post: what comes next"),
    ("Wie gut ist die Zeitung?", "Wie gut ist die Zeitung?"),
    ("首相、訪米へ：新聞", "首相、訪米へ：新聞"),
    ("Storm closes coastal road - live updates", "Storm closes coastal road - live updates"),
    ("Daily News", "Daily News"),
])
def test_undeclared_outlet_name_stripped_from_title(title: str, expected: str) -> None:
    """A site that declares no name of its own still signs its titles with one: a last part
    holding an outlet's word, or a Chinese, Japanese or Korean outlet's name."""
    assert strip_site_name(title, []) == expected


def test_heading_opening_a_title_with_a_trail_of_sections_is_the_headline() -> None:
    """"Headline / Section / Home - site - slogan": the visible heading that opens the title
    is the headline, though the trail makes the two agree poorly word for word."""
    html = page("<div><h1>Court lets the trial go on</h1><p>Text.</p></div>",
                head="<title>Court lets the trial go on / Politics / Overview / Home - example.it - News "
                     "and pictures from the valley</title>")
    assert meta(html).headline == "Court lets the trial go on"
    # a heading that opens a title of two parts only may be a kicker ("Kicker | Headline")
    html = page("<div><h1>Book of the week</h1><p>Text.</p></div>",
                head="<title>Book of the week - Ann Lee (editor): The River of Years and the making of a town • 1619"
                     "</title>")
    assert meta(html).headline == ("Book of the week - Ann Lee (editor): The River of Years and the making of a town"
                                   " • 1619")


def test_a_separator_left_dangling_at_a_titles_end_goes() -> None:
    html = page("<div><h1>Riding stays an Olympic sport</h1><p>Text.</p></div>",
                head="<title>Riding stays an Olympic sport -</title>")
    assert meta(html).headline == "Riding stays an Olympic sport"


def test_declared_title_without_site_suffix_when_no_heading() -> None:
    html = page("<div><p>Only text here.</p></div>",
                head="<title>Storm closes coastal road : Region : Bayside Courier</title>"
                     "<meta property='og:site_name' content='Bayside Courier'>")
    assert meta(html).headline == "Storm closes coastal road"


def test_ruby_readings_not_part_of_headline() -> None:
    html = page("<article><h1><ruby>漢字<rt>かんじ</rt></ruby>の<ruby>勉強<rt>べんきょう</rt></ruby>が始まる</h1>"
                "<p>本文。</p></article>",
                head="<title>やさしいニュース|漢字の勉強が始まる</title>"
                     "<meta property='og:site_name' content='やさしいニュース'>")
    assert meta(html).headline == "漢字の勉強が始まる"


def test_screen_reader_heading_is_not_the_headline() -> None:
    html = page("<main><h1 class='sr-only'>Article detail</h1>"
                "<div class='title'><h2>Rail strike called off at the last minute</h2></div><p>Text.</p></main>",
                head="<meta property='og:title' content='Rail strike called off at the last minute'>")
    assert meta(html).headline == "Rail strike called off at the last minute"


# --- authors -------------------------------------------------------------------------------

def test_byline_in_capitals_keeps_every_name_as_printed() -> None:
    html = page("<article><h1>Talks resume in the capital</h1>"
                "<div class='byline'>By JOSEPHINE HARTLEY, DANIEL OKAFOR AND PRIYA RAMANATHAN</div>"
                "<p>Text.</p></article>")
    assert meta(html).authors == ["JOSEPHINE HARTLEY", "DANIEL OKAFOR", "PRIYA RAMANATHAN"]


def test_agency_glued_to_name_is_a_contributor() -> None:
    html = page("<article><h1>Floods hit the valley</h1>"
                "<p>By LUCIA MORENO Associated Press</p><p>Text.</p></article>")
    result = meta(html)
    assert result.authors == ["LUCIA MORENO"]
    assert {"role": "contributor", "name": "Associated Press"} .items() <= \
        next(a for a in result.author_attributions if a["role"] == "contributor").items()


@pytest.mark.parametrize("placeholder", ["Web Desk", "Webdesk", "News Desk", "Digital Staff"])
def test_placeholder_declared_author_gives_way_to_visible_byline(placeholder: str) -> None:
    html = page("<article><header><h1>New bridge opens to traffic</h1>"
                "<p class='article-meta'>By Omar Haddad and Greta Lindqvist</p></header><p>Text.</p></article>",
                ld={"@type": "NewsArticle", "headline": "New bridge opens to traffic",
                    "author": {"@type": "Person", "name": placeholder}})
    assert meta(html).authors == ["Omar Haddad", "Greta Lindqvist"]


def test_byline_found_when_page_classes_mention_sidebar_or_caption() -> None:
    html = page("<div class='layout has-sidebar'><article><h1>School year starts late</h1>"
                "<span class='entry-author'>Helena Brandt</span><p>Text.</p></article></div>",
                body_class="single-post with-sidebar hide-caption comments-open")
    assert meta(html).authors == ["Helena Brandt"]


def test_byline_in_header_block_named_teaser() -> None:
    html = page("<article><section class='article-teaser-box'><h1>Wolves return to the forest</h1>"
                "<div class='article-author'><a href='/a/ines'>Ines Kovač</a></div></section><p>Text.</p></article>")
    assert meta(html).authors == ["Ines Kovač"]


def test_byline_of_related_story_still_ignored() -> None:
    html = page("<article><h1>Harbour dredging delayed</h1><p>Text.</p></article>"
                "<div class='related-stories'><div class='author'>Paul Weber</div></div>")
    assert meta(html).authors == []


@pytest.mark.parametrize("byline, names", [
    ("Ein Artikel von Pamela Roth | 27.01.2022 - 12:45", ["Pamela Roth"]),
    ("Autor: Jonas Becker", ["Jonas Becker"]),
    ("Redaktion: Jonas Becker und Mia Wolf", []),
    ("By Carla Mendes | Last updated 3 May 2024", ["Carla Mendes"]),
])
def test_visible_byline_lead_ins(byline: str, names: list[str]) -> None:
    html = page(f"<article><h1>Bakery wins regional prize</h1><div class='meta'><p>{byline}</p></div>"
                "<p>Text of the article that is long enough.</p></article>")
    assert meta(html).authors == names


@pytest.mark.parametrize("byline, names", [
    ("By Glen Owen And Brendan Carlin For The Mail On Sunday", ["Glen Owen", "Brendan Carlin"]),
    ("By Jane Smith For Dailymail.com", ["Jane Smith"]),
    ("Anna Lee, special correspondent for The Star", ["Anna Lee"]),
    ("By John Forbes", ["John Forbes"]),
    ("Organization for Transformative Works", []),  # an organisation's name, no person writing for one
])
def test_title_cased_conjunction_and_the_outlet_written_for(byline: str, names: list[str]) -> None:
    from newsarchive.extraction.authors import split_byline
    assert split_byline(byline)[0] == names


@pytest.mark.parametrize("path", ["/author/chuck-ross/", "/autoren/chuck-ross", "/fr/staff/chuck-ross/",
                                  "/journalist/chuck_ross.html"])
def test_a_link_to_a_writers_page_beside_the_headline_is_the_byline(path: str) -> None:
    """No class says byline; the link to the writer's page ("/author/slug/") does."""
    html = page("<article><h1>Council approves the new harbour plan</h1>"
                f"<div class='w-fit'><a href='https://news.example.org{path}'>Chuck Ross</a>"
                "<div>April 28, 2023</div></div><p>Text of the article.</p></article>")
    result = meta(html)
    assert result.authors == ["Chuck Ross"]
    assert result.author_attributions[0]["url"] == f"https://news.example.org{path}"


@pytest.mark.parametrize("link", [
    "<a href='/authors'>Our Authors</a>",  # the list of writers, not one of them
    "<a href='/columnists/index.html'>Columnists</a>",
    "<a href='/author/x'>この記事の筆者</a>",  # "the writer of this article": names nobody
    "<a href='/journalist/2012-06/01/content_25.htm'>Floods Recede In The North</a>",  # a story filed there
])
def test_links_to_writers_lists_and_pages_filed_under_them_name_no_author(link: str) -> None:
    html = page(f"<article><h1>Council approves the new harbour plan</h1><div>{link}</div>"
                "<p>Text of the article.</p></article>")
    assert meta(html).authors == []


def test_initials_linking_to_a_writers_page_are_no_agency() -> None:
    html = page("<article><h1>Council approves the new harbour plan</h1>"
                "<a href='/autor/paula-aleksa'>PA</a><p>Text of the article.</p></article>",
                ld={"@type": "NewsArticle", "author": {"@type": "Person", "name": "Paula Aleksa"}})
    result = meta(html)
    assert result.authors == ["Paula Aleksa"]
    assert not [a for a in result.author_attributions if a["role"] == "contributor"]


TEXT = "<p>" + "The council met on Monday to decide on the new harbour plan and its costs. " * 4 + "</p>"


@pytest.mark.parametrize("where", ["start", "end"])
def test_a_name_in_bold_opening_or_closing_the_text_signs_it(where: str) -> None:
    """No byline anywhere else: the bold name in a paragraph of its own at the text's edge is it."""
    name = "<p style='text-align:right'><strong>Lê Phương</strong></p>"
    paragraphs = [TEXT, "<p>Second paragraph.</p>", "<p>Third paragraph.</p>"]
    paragraphs = [name, *paragraphs] if where == "start" else [*paragraphs, name]
    html = page(f"<article><h1>Council approves the new harbour plan</h1><div>{''.join(paragraphs)}</div></article>")
    assert meta(html).authors == ["Lê Phương"]


@pytest.mark.parametrize("body", [
    # a bold name among the paragraphs: a speaker or a person presented, not the writer
    f"{TEXT}<p><strong>Anna Weber</strong></p><p>She chairs the committee.</p>{TEXT}",
    # a bold line of words that are no name
    f"{TEXT}<p>Second paragraph.</p><p><strong>Read more below</strong></p>",
    # a name with more text in its paragraph
    f"{TEXT}<p>Second paragraph.</p><p><strong>Anna Weber</strong> chairs the committee.</p>",
])
def test_bold_names_that_sign_nothing(body: str) -> None:
    html = page(f"<article><h1>Council approves the new harbour plan</h1><div>{body}</div></article>")
    assert meta(html).authors == []


def test_a_label_ending_in_a_particle_is_no_name() -> None:
    from newsarchive.extraction.authors import is_person_name, split_byline
    assert not is_person_name("Autorenseite von")
    assert split_byline("Autorenseite von\nBirgit Posselt") == (["Birgit Posselt"], [])
    assert is_person_name("Ursula von der Leyen")


def test_a_declared_author_giving_a_web_address_is_the_site_not_a_person() -> None:
    html = page("<article><h1>Elephants return to the park</h1>"
                "<div class='author-details'><a href='/en/kossivi-tiassou/person-1'>Kossivi Tiassou</a></div>"
                "<p>Text of the article.</p></article>",
                head="<meta name='author' content='Deutsche Welle (www.dw.com)'>")
    assert meta(html).authors == ["Kossivi Tiassou"]


def test_the_pages_only_heading_wins_without_an_article_element() -> None:
    """No <article> or <main>: the page's one <h1> is still the heading a reader sees above the
    text, and a differently worded declared (SEO) title only stands in when there is none."""
    html = page("<div class='top'><h1 class='headline__title'>Port closes as storm nears the coast</h1></div>"
                "<div class='text'><p>Text.</p></div>",
                head="<title>Storm news and updates: live coverage of the coast</title>")
    assert meta(html).headline == "Port closes as storm nears the coast"


@pytest.mark.parametrize("h1", ["World News", "Ferries and buses today"])
def test_a_sections_heading_is_no_headline(h1: str) -> None:
    """One or two words (a section's name), or a heading sharing no word with the declared title."""
    html = page(f"<div class='top'><h1>{h1}</h1></div><div class='text'><p>Text.</p></div>",
                head="<title>Port closes as storm nears the coast</title>")
    assert meta(html).headline == "Port closes as storm nears the coast"


@pytest.mark.parametrize("site", ["The Daily Post", "Harbour Town Gazette"])
def test_the_logos_heading_naming_the_site_is_no_headline(site: str) -> None:
    """The site's name set as the logo's only <h1>, which the title prints after a separator."""
    html = page(f"<div class='logo'><h1>{site}</h1></div><div><p>Text.</p></div>",
                head=f"<title>Council votes on the harbour plan | {site}</title>")
    assert meta(html).headline == "Council votes on the harbour plan"


def test_title_glued_to_the_site_name_before_a_section_keeps_the_heading() -> None:
    """A page declaring no title but its ``<title>``, "HEADLINE|Outlet · Section": the part before " · " ends with
    the site's name, and was read as the name, leaving the section ("汽车") for the declared title and the headline;
    the page's own heading, which the title's first part repeats, is the headline."""
    heading = "新能源车企价格战蔓延至10万元以下市场，二线品牌承压"
    html = page(f"<div class='article-view'><div class='article-header'><h1>{heading}</h1><p><span class='author'>"
                f"张晓</span></p></div><div class='article-content'><p>新能源汽车的价格战正在向更低的价格区间蔓延。</p>"
                f"<p>过去价格战主要集中在主流市场，现在连10万元以下也卷起来了。</p></div></div>",
                head=f"<title>{heading}|界线新闻 · 汽车</title><meta property='og:site_name' content='界线新闻'>")
    assert meta(html).headline == heading


@pytest.mark.parametrize("heading, title", [
    # the site glued by "_": the heading's last word is no "首飞_网易订阅"
    ("国产大飞机C929完成首次总装下线，预计2028年首飞", "国产大飞机C929完成首次总装下线，预计2028年首飞_网易订阅"),
    # the section before the headline, the day and the site's names after it; the heading is the title's second
    # part, and no site's name (it is more than a few words)
    ("北都大學城首期用地 2028年起分批批出", "港聞 - 北都大學城首期用地 2028年起分批批出 - 20260311 - 明報新聞網 - 每日明報 daily news"),
    # a trail of keywords after bars printed without spaces: the heading opens the title, it is no kicker
    ("上海启动全国首个低空物流试点航线 无人机30分钟送达离岛", "上海启动全国首个低空物流试点航线 无人机30分钟送达离岛|无人机|低空经济|物流"),
])
def test_chinese_heading_wins_over_a_title_trailing_sites_and_keywords(heading: str, title: str) -> None:
    """A Chinese page declaring no title but its ``<title>``, its one ``<h1>`` above the text and no article element:
    the heading is the headline. Its words are counted as a run of Chinese characters reads (a word in two
    characters), not as the two or three runs ``\\w+`` finds, which made it too short to be the page's heading."""
    html = page(f"<div class='post_main'><h1>{heading}</h1><div class='post_info'>2026-03-12 15:21</div>"
                f"<div class='post_body'><p>记者从有关部门获悉，相关工作正在有序推进，预计年内完成。</p>"
                f"<p>业内人士表示，这一进展将带动上下游产业链发展。</p></div></div>", head=f"<title>{title}</title>")
    assert meta(html).headline == heading


def test_site_named_by_its_logo_with_an_abbreviation_is_cut_from_the_title() -> None:
    """The logo's ``alt`` adds the station's call letters to the name the title ends with ("みなみ信州テレビ MST"
    against "…｜ニュース｜みなみ信州テレビ"): the title's last part, which the logo's name opens with, names the site,
    and with it gone the ``<h2>`` agreeing with the title is the headline, not the whole ``<title>``."""
    heading = "山あいの集落で土砂崩れ　住民12人が一時孤立　県道の復旧に1週間"
    html = page(f"<header><h1 id='logo'><a href='/'><img src='/logo.png' alt='みなみ信州テレビ MST'></a></h1></header>"
                f"<div id='contents'><h2 class='newsDetail_ttl'>{heading}</h2><p class='newsDetail_date'>2026年3月11日"
                f" 18:42</p><div class='newsDetail_txt'><p>11日午後、山あいの集落に通じる県道で土砂崩れがあり、住民12人が"
                f"一時孤立しました。</p></div></div>", head=f"<title>{heading}｜ニュース｜みなみ信州テレビ</title>")
    assert " ".join(meta(html).headline.split()) == " ".join(heading.split())
