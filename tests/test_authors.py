"""Byline parsing: person names only, agencies set aside."""

from __future__ import annotations

import pytest

from newsarchive.extraction import extract_article
from newsarchive.extraction.authors import (
    find_byline,
    is_person_name,
    reporters_in_text,
    split_byline,
)
from newsarchive.extraction.page import load_page


@pytest.mark.parametrize("text, persons, agencies", [
    ("By Anna Smith and Boris Petrov", ["Anna Smith", "Boris Petrov"], []),
    ("By Anna Smith, AFP", ["Anna Smith"], ["AFP"]),
    ("Von Max Mustermann und Erika Gabler, dpa", ["Max Mustermann", "Erika Gabler"], ["dpa"]),
    ("Por Lucía Fernández y José García", ["Lucía Fernández", "José García"], []),
    ("Par Claire Dubois et Jean Martin", ["Claire Dubois", "Jean Martin"], []),
    ("Автор: Иван Петров", ["Иван Петров"], []),
    ("By Tom Baker, Staff Writer | Updated March 7, 2023", ["Tom Baker"], []),
    ("Anna Smith, London", ["Anna Smith"], []),
    ("Anna Smith anna.smith@example.com @annasmith", ["Anna Smith"], []),
    ("Korrespondentin Erika Gabler", ["Erika Gabler"], []),
    ("By The Associated Press", [], ["The Associated Press"]),
    ("Reuters", [], ["Reuters"]),
    ("By Riverside Gazette Staff", [], []),
    # the site's name glued after the writer's, no comma or line between
    ("Anna Smith Riverside Gazette", ["Anna Smith"], []),
    ("Foto: Anna Smith", [], []),
    ("Cortyn", ["Cortyn"], []),
    ("Perry Bacon Jr.", ["Perry Bacon Jr."], []),
])
def test_split_byline(text, persons, agencies) -> None:
    assert split_byline(text, ["Riverside Gazette"]) == (persons, agencies)


@pytest.mark.parametrize("text, expected", [
    ("Anna Smith", True),
    ("MORITZ GATHMANN", True),
    ("Christoph von Eichhorn", True),
    ("NDR", False),
    ("Online-Redaktion", False),
    ("Senior Correspondent", False),
    ("the news desk reports", False),
    ("Anna Smith 2023", False),
])
def test_is_person_name(text, expected) -> None:
    assert is_person_name(text) is expected


def test_glued_byline_elements_are_separate() -> None:
    page = load_page("<div class='head'><h1>T</h1><div class='byline'><a>Anna Smith</a><span>Korrespondentin</span>"
                     "<a>Boris Petrov</a></div></div>")
    byline = find_byline(page, page.tree.find(".//h1").getparent())
    assert byline.names == ["Anna Smith", "Boris Petrov"]


def test_declared_persons_first_organisations_left_out() -> None:
    page = load_page("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"T\", \"author\": "
                     "[{\"@type\": \"Person\", \"name\": \"Anna Smith\"}, {\"@type\": \"Organization\", \"name\": \"Daily X\"},"
                     " {\"@type\": \"Organization\", \"name\": \"AFP\"}]}</script><h1>T</h1>")
    byline = find_byline(page)
    assert (byline.names, byline.agencies) == (["Anna Smith"], ["AFP"])


def test_related_article_bylines_are_ignored() -> None:
    page = load_page("<article><h1>T</h1><p>Text.</p></article>"
                     "<div class='related'><span class='byline'>By Other Person</span></div>")
    assert find_byline(page, page.tree.find(".//h1").getparent()).names == []


def test_newsroom_desk_as_byline_names_nobody():
    # round 20: a desk ("社会部") printed as the byline is a department, no writer
    assert split_byline("社会部") == ([], [])
    assert split_byline("政治部") == ([], [])


def test_broadcaster_signature_outlet_desk_name_title():
    # round 20: "フジテレビ社会部 NAME記者": the outlet and desk before the name, the title after it, go
    assert split_byline("フジテレビ社会部 中村 健太記者") == (["中村 健太"], [])


@pytest.mark.parametrize("text, persons", [
    # a tag boundary beside the "and" leaves it at the end or start of a part
    ("Von\nMarkus Huber und\nLena Schmitt", ["Markus Huber", "Lena Schmitt"]),
    ("par Sarah Finger\n, correspondante à Montpellier, et Tristan Berteloot", ["Sarah Finger", "Tristan Berteloot"]),
    ("MARIMI KISHIMOTO\n, staff writer, and APORNRATH PHOONPHONGPHIPHAT\n, staff writer",
     ["MARIMI KISHIMOTO", "APORNRATH PHOONPHONGPHIPHAT"]),
    # a job title closing the part holds a place: the name before it
    ("Marie Woolf Senior Reporter\nBill Curry Deputy Ottawa Bureau Chief\nOttawa", ["Marie Woolf", "Bill Curry"]),
    # a part that ends otherwise keeps its words: an outlet's name with "News" inside names nobody
    ("By Metric Media News Service", []),
    # a partner outlet after a writer opens with "The": no person
    ("by Mark Olalde\n, ProPublica, and Dylan Baddour\n, The Texas Tribune", ["Mark Olalde", "Dylan Baddour"]),
    # a share bar in the byline's box names nobody
    ("Rokibuz Zaman\nToday · 05:30 pm\nShare Tweet WhatsApp", ["Rokibuz Zaman"]),
    # a Japanese name's reading in hiragana after it; where a Chinese byline's writer reported from
    ("佐藤 真理\nさとう まり", ["佐藤 真理"]),
    ("端傳媒記者 陳怡安 發自台北、宜蘭", ["陳怡安"]),
    # a writer's job or institution on a line of its own names nobody
    ("Priya Raman\nMarketing Manager", ["Priya Raman"]),
    ("Laura Mendes\nCornell University", ["Laura Mendes"]),
    # "发布/" and "更新/" label the dates of a byline's box
    ("文 /\n王丽丽\n发布/\n2026年3月12日 18:05\n更新/\n2026年3月12日 20:30", ["王丽丽"]),
])
def test_multi_writer_bylines_split_at_tag_boundaries(text, persons) -> None:
    assert split_byline(text)[0] == persons


def _undeclared(byline: str) -> str:
    """A page declaring nothing about its writers (no JSON-LD, no meta author): only the printed byline names them."""
    return ("<html><body><header><nav><a href='/'>Home</a></nav></header><article><h1>Council backs depot plan</h1>"
            + byline + "<div class='body'>" + "<p>The council voted six to one on Tuesday night to back the plan for the "
            "old rail depot, which has stood empty since 2016.</p>" * 4 + "</div></article></body></html>")


@pytest.mark.parametrize("byline, names", [
    # links to writers' pages numbered before the name, each with its outlet on a line of its own
    ("<div class='gnt_ar_by'><a href='/staff/2648102001/kathy-bruner/'>Kathy Bruner</a><div>Des Moines Register</div>"
     "<a href='/staff/2648213003/tomas-ochoa/'>Tomás Ochoa</a><div>Ames Tribune</div></div>",
     ["Kathy Bruner", "Tomás Ochoa"]),
    # a row of writers' cards, each an avatar, a name and a title
    ("<div class='row'><div class='col authorCol'><a href='https://code.example/amirakhan'><img src='/a.png'></a>"
     "<div class='author-info'><span class='authorName'>Amira Khan</span><small>Maintainer of Fernbuild</small></div>"
     "</div><div class='col authorCol'><a href='https://code.example/jdoerr'><img src='/j.png'></a><div class="
     "'author-info'><span class='authorName'>Jonas Dörr</span><small>Core team</small></div></div></div>",
     ["Amira Khan", "Jonas Dörr"]),
])
def test_printed_byline_without_declared_authors(byline, names) -> None:
    assert extract_article(_undeclared(byline).encode(), "https://news.example/story/depot")["authors"] == names


def test_linked_writers_line_found_anywhere() -> None:
    """No ``<h1>`` (the headline an ``<h2>``), nothing declared: the byline is searched anywhere, and a link to a
    writer's page in a line led in by "Von" gives the line, which names both writers."""
    html = _undeclared("<p>Von <a href='/autoren/georg-ismar-1.5432101'>Georg Ismar</a> und "
                       "<a href='/autoren/paul-anton-krueger-1.12'>Paul-Anton Krüger</a>, Berlin</p>")
    html = html.replace("<h1>Council backs depot plan</h1>", "<h2><span>Ames</span>: <span>Council backs depot plan</span></h2>")
    assert extract_article(html.encode(), "https://news.example/story/depot")["authors"] == ["Georg Ismar", "Paul-Anton Krüger"]


def test_a_byline_of_control_characters_names_nobody() -> None:
    """A mutated page (the fuzz test's "nasty text", seed 45 of a Ghost page) left only control characters in the
    author list's item, the JSON-LD author's key broken: "\\x05\\x1a\\x14" was the author, a name that is empty once
    the record's control characters go (the record failed its schema). The printed name beside it still counts."""
    page = ('<html lang="en"><body><article><h1>The quiet return of the night train</h1>'
            '<ul class="author-list"><li class="author-list-item">{item}</li></ul>'
            '<section class="gh-content"><p>At ten past eight on a Tuesday evening, the platform at Vienna '
            'Hauptbahnhof is crowded with backpacks, prams and a surprising number of business suits.</p>'
            '<p>Ten years ago most of Europe\'s sleeper trains were being cut. Now operators are adding routes '
            'faster than they can buy carriages.</p></section></article></body></html>')
    broken = extract_article(page.format(item="\x05\x1a\x14").encode())
    assert broken["authors"] == []
    assert all(any(ch.isalnum() for ch in a["name"]) for a in broken["attributions"])
    assert extract_article(page.format(item="Sofia Lindqvist").encode())["authors"] == ["Sofia Lindqvist"]


def test_japanese_credits_line_closing_an_interview() -> None:
    """A magazine's credits line closing the text, the photographer's label first and the writer's later on the same
    line, hair, make-up and styling between, and "構成／" (the editor who composed it) after: the writer is the author,
    the photographer a photo credit; the stylists and the editor write nothing."""
    text = "撮影／森下 亮　ヘア＆メイク／石原かおり　スタイリング／久保田 瞳　取材・文／高村 さやか　構成／mirei web編集部 中川 梓"
    assert split_byline(text) == (["高村 さやか"], [])
    html = ("<html lang='ja'><body><div class='entry'><h1>女優・早瀬みのりさん「30代で手放したもの」</h1>"
            "<div class='entry-content'>" + "<p>――ドラマの撮影が続いていますね。初めての母親役はいかがでしたか。撮影の様子を伺いました。</p>" * 4
            + f"<p class='credit'>{text}</p></div></div></body></html>")
    record = extract_article(html.encode(), "https://mag.example/culture/interview/48210/")
    assert record["authors"] == ["高村 さやか"]
    assert ("photo", "森下 亮") in {(a["role"], a["name"]) for a in record["attributions"]}


def test_byline_in_the_text_names_the_header_writer_and_more() -> None:
    """A Chinese business site: the header's byline and the declared author name the first writer only, the text's
    first line "OUTLET记者 | A B" (the outlet glued to the reporter's title, a bar) names both: both are the authors."""
    html = ("<html lang='zh-CN'><head><meta name='author' content='张晓'></head><body><div class='article-view'>"
            "<div class='article-header'><h1>新能源车企价格战蔓延至10万元以下市场</h1><div class='article-info'><p>"
            "<span class='author'><a href='/user/90021.html'>张晓</a></span><span class='date'>2026/03/11 15:48</span>"
            "</p></div></div><div class='article-main'><div class='article-content'><p>界线新闻记者 | 张晓 李明远</p>"
            "<p>界线新闻编辑 | 王涛</p>" + "<p>新能源汽车的价格战正在向更低的价格区间蔓延，多家车企宣布下调入门车型售价。</p>" * 4
            + "</div></div></div></body></html>")
    assert extract_article(html.encode(), "https://www.news.example/article/11092345.html")["authors"] == ["张晓", "李明远"]


@pytest.mark.parametrize("text, names", [
    # a local broadcaster's reporter, the title after the name, in brackets closing the text's last sentence
    ("11日未明、土砂崩れが起きました。\n重機を入れて土砂の撤去を急ぐことにしています。（松井健太記者）", ["松井健太"]),
    ("首段。\n撤去を急ぐことにしています。（林健一記者）", ["林健一"]),
    # the title alone names nobody
    ("首段。\n撤去を急ぐことにしています。（記者）", []),
])
def test_reporter_closing_the_text_with_title(text, names) -> None:
    assert reporters_in_text(text) == names


def test_account_declared_and_republished_note_names_the_writer() -> None:
    """A tech site re-serving a WeChat account's story declares the account as the author; the note closing the text,
    "本文来自微信公众号“ACCOUNT”（ID：…），作者：NAME，…经授权发布。" (the account in quotation marks), names the writer:
    the writer is the author, the account the source."""
    html = ("<html lang='zh-CN'><head><meta name='author' content='硅基观察'></head><body><div class='article'>"
            "<a class='item-a' href='/user/5871234'>硅基观察</a><h1>国产GPU的“第二场考试”：从能用到好用，还差一个生态</h1>"
            "<div class='content'>" + "<p>一位大模型公司的基础设施负责人说，过去一年，他们陆续采购了上千张国产GPU。</p>" * 4
            + "<p>本文来自微信公众号“硅基观察”（ID：guiji_obs），作者：周牧之，36极客经授权发布。</p></div></div></body></html>")
    record = extract_article(html.encode(), "https://www.geek.example/p/3712098834451201")
    assert record["authors"] == ["周牧之"]
    assert ("source", "硅基观察") in {(a["role"], a["name"]) for a in record["attributions"]}


@pytest.mark.parametrize("line, names", [
    ("By ANN LEE", ["ANN LEE"]),          # short words in capitals, each with a vowel: a name
    ("By TOM HAYS and AMY FOX", ["TOM HAYS", "AMY FOX"]),
    ("By ABC NEWS", []),                  # an outlet's word
    ("By NDR INFO", []),                  # an acronym without a vowel
    ("By ORF III", []),                   # a roman numeral
])
def test_short_names_in_capitals_are_names(line: str, names: list[str]) -> None:
    """"By ANN LEE" under the headline named nobody: words of four letters or fewer in capitals were read as an
    outlet's acronym ("NDR", "BBC NEWS") unless one word was longer; three writers' names passed only for that."""
    html = ("<html lang='en'><body><div class='wrap'><h1>Council backs depot plan</h1>"
            f"<div class='byline'>{line}</div><div class='text'>"
            + "<p>The council voted on Tuesday to build the new depot on the old rail yard, ending a long dispute.</p>" * 3
            + "</div></div></body></html>")
    assert extract_article(html.encode(), "https://news.example/story/depot")["authors"] == names


@pytest.mark.parametrize("line", [
    "<p>Ann Lee, Staff Writer</p>",
    "<p><strong>Ann Lee</strong><br>Senior Reporter</p>",
    "<div><span>Ann Lee</span><span>Political Correspondent</span></div>",
])
def test_a_name_with_a_writers_job_under_the_headline_is_the_byline(line: str) -> None:
    """No lead-in word, no class name, nothing declared: a line under the headline naming a person and a writer's job
    says whose the text is. A place and a date ("New York, March 11") or a name with another job are no byline."""
    html = ("<html lang='en'><body><div class='wrap'><h1>Council backs depot plan</h1>{line}<div class='text'>"
            + "<p>The council voted on Tuesday to build the new depot on the old rail yard, ending a long dispute.</p>" * 3
            + "</div></div></body></html>")
    assert extract_article(html.format(line=line).encode(), "https://news.example/story/depot")["authors"] == ["Ann Lee"]
    for other in ("<p>New York, March 11</p>", "<p>Ann Lee, Council Leader</p>"):
        assert extract_article(html.format(line=other).encode(), "https://news.example/story/depot")["authors"] == []
