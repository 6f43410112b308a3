"""A seventy-fifth held-out round of pages imitating publishing systems (issue 9): an ordinary weekday article of each
system, nothing chosen to be hard, on news, magazine, trade and blog pages in English, German, French, Japanese and
Chinese, each with all its system prints around the article. Three declare nothing but a ``<title>``. The held-out
pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen74, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- us_lakeshore: a US regional daily on BLOX (Lee-like): "By A and B", "Updated …", credits in capitals, a subscriber
  preview and the rest, "Related to this story", the reporter's italic line, "first reported last month" by a
  station;
- ie_broadcast: an Irish broadcaster's news page (RTÉ-like): "NAME, Midlands Correspondent", only "Updated" printed,
  "Photo: AGENCY", "Read more:" lines, "As first reported by the X Clarion last week";
- de_oberland: a German regional daily (Ippen-like): a kicker apart, only "Stand: …" printed, "Von: NAME", a lead
  text over the picture, "Lesen Sie auch:", "Wie BR24 berichtete", "Mehr aus PLACE";
- be_sudpresse: a Belgian regional site on custom elements (``<r-article>``, ``<r-article--chapo>``): "Par NAME",
  "© D.R.", "Selon nos confrères de L’Avenir", "Sur le même sujet", "Dans la même rubrique";
- jp_binan: a Japanese regional daily (Chunichi-like): an area label, "（5月14日 09時41分更新）", "（撮影・NAME）", the
  reporters in brackets closing the last paragraph, "共同通信の集計では", "関連記事", a ranking;
- cn_jiangcheng: a Chinese city evening paper on TRS, declaring nothing but ``<title>``: "来源：PAPER 作者：A B",
  "本报讯（记者 … 通讯员 NAME）", "记者 NAME 摄", "通讯员 NAME 供图", "据《X》统计", "责任编辑", "相关新闻";
- tech_dive: a B2B trade site (Industry-Dive-like): a dek, "Published … Updated …", "Senior Reporter", "Permission
  granted by …", "Recommended Reading", "Editors' picks";
- blog_stack: a Substack post on its own domain: the publication's ``<h1>`` in the navbar, the post's ``<h1>`` and
  ``<h3>`` subtitle, "Photo: NAME" in captions, subscription widgets in and after the text, comments;
- za_veld (held out): a South African country monthly on a home-made Bootstrap site, declaring nothing but
  ``<title>``: an intro over "Words: A | Photographs: B | DATE", a drop cap, "ALSO READ:", "This article first
  appeared in the August 2024 issue of …";
- ch_anzeiger (held out): a Swiss local weekly on TYPO3 tt_news: date, category and "von NAME" over the ``<h1>``, an
  ``<h2>`` deck of two sentences, "Bild: zvg", "Verwandte Artikel:";
- tw_jingwei (held out): a Taiwanese portal (udn-like): "PAPER／ 記者NAME／台北即時報導", "記者NAME／攝影", "圖／PAPER系資料照",
  "延伸閱讀" in the text, "據《X》報導";
- de_stadtheft (held out): a German city magazine on Contao, declaring nothing but ``<title>``: "<time>…</time> von
  NAME", an ``<h2>`` deck of two sentences over the lead picture, a bold intro, "wie das „X“ im vergangenen Jahr
  berichtet hatte", "Mehr zum Thema".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``). Four expectations were mended, by conventions already written:
be_sudpresse's "© D.R." credits nobody (the thirtieth round), cn_jiangcheng's "责任编辑" credits no contributor
(unseen44), and the paper a portal's byline or source line names beside its own site's name is the story's source
(unseen14's "聯合報" on its portal, unseen24's "人民日报"): cn_jiangcheng's "江城晚报" and tw_jingwei's "經緯報".

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_lakeshore, ie_broadcast, de_oberland, be_sudpresse, jp_binan,
  cn_jiangcheng, tech_dive, blog_stack;
- held out (scored once, blind, before any rule of the round): za_veld, ch_anzeiger, tw_jingwei, de_stadtheft.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=0.750 date=1.000 body_start=0.500 body_end=1.000 related=1.000 attributions=0.861 images=1.000 (trafilatura
  2.3.1 on the same pages: headline=0.750 authors=0.750 date=1.000 body_start=0.250 body_end=0.750; newsarchive with
  the declarations taken out: headline=1.000 authors=0.667 date=1.000 body_start=0.500 body_end=1.000 related=1.000
  attributions=0.839 images=1.000);
- dev, before any rule of the round (the expectations mended): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.918 images=0.938;
- dev and held out after the rules (see "Seventy-fifth held-out round" in docs/extraction-design.md): 1.000 in every
  field; all twelve with the declarations taken out: authors 0.889 (blog_stack's byline box, whose indented markup
  counts more characters than a byline's; tw_jingwei's paper linked to its desk's page), date 0.917 (de_oberland
  prints only "Stand: …", its update), attributions 0.976, 1.000 elsewhere.

``tests/unseen_score.py unseen75`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import article_page as _page  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen75"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)




def test_outlets_cited_in_more_ways() -> None:
    """"Wie BR24 berichtete" (the word leading the clause in is no first name of a person "BR24"), "As first reported
    by the Midland Clarion last week" (a title after the lower-case article, where an institution's name is none),
    "wie das „X“ im vergangenen Jahr berichtet hatte", "as the X Times reported last year", "共同通信の集計では", "据《X》
    统计" cite the outlet; "This article first appeared in the August 2024 issue of …" names no outlet."""
    assert _sources("Wie BR24 berichtete, ist der Topf allerdings stark überzeichnet.", "de") == ["BR24"]
    assert _sources("As first reported by the Midland Clarion last week, the project was not listed.") \
        == ["the Midland Clarion"]
    assert _sources("The plan was first reported by the Department of Transport.") == []
    assert _sources("Die Zahlen stiegen nie wieder, wie das „Hellbrücker Tageblatt“ im vergangenen Jahr berichtet "
                    "hatte.", "de") == ["Hellbrücker Tageblatt"]
    assert _sources("The numbers fell, as the Harbor Times reported last year.") == ["the Harbor Times"]
    assert _sources("共同通信の集計では、少なくとも14都道府県の離島航路で人手が足りない。", "ja") == ["共同通信"]
    assert _sources("据《城市规划周刊》统计，全国已有超过40个城市建成滨水绿道。", "zh") == ["城市规划周刊"]
    assert _sources("This article first appeared in the August 2024 issue of Veld &amp; Vlei.") == []


def test_a_byline_after_the_date_element() -> None:
    """"<p class='info'><time>11.03.2025 09:14</time> von NAME</p>" under the headline (a Contao magazine's meta line)
    names the writer."""
    head = ("<p class='info'><time datetime='2025-03-11T09:14:00+01:00'>11.03.2025 09:14</time> von Katrin Vollmers"
            "</p>")
    assert _extract(_page(_TEXT, head=head, lang="de"))["authors"] == ["Katrin Vollmers"]


def test_a_deck_set_as_a_heading_of_two_sentences() -> None:
    """An ``<h2>`` of two sentences under the headline ("Nach 68 Jahren wollte der Betreiber aufhören. Jetzt übernehmen
    400 Mitglieder das älteste Kino der Stadt.") is a deck, no text, also before the lead picture's box; a heading of
    one phrase opening the text's first section stays, and so does a lede set as a heading after its dateline
    ("Bernau (Barnim): …")."""
    deck = ("<h2>Nach 68 Jahren wollte der Betreiber aufhören. Jetzt übernehmen 400 Mitglieder das älteste Kino der "
            "Stadt.</h2>")
    figure = ("<div class='ce_image'><figure><img src='https://img.example/kino.jpg' width='640' height='427'></figure>"
              "</div>")
    body = _extract(_page(deck + figure + _TEXT, lang="de"))["body"]
    assert body.startswith("The council voted")
    lede = ("<h2>Bernau (Barnim): Ein bisschen ungerecht ist es ja schon. Da müssen die Berliner arbeiten und "
            "drumherum ist Feiertag.</h2>")
    assert _extract(_page(lede + _TEXT, lang="de"))["body"].startswith("Bernau (Barnim)")


def test_a_correspondent_supplying_a_chinese_caption_picture() -> None:
    """"…服务。通讯员 陈立 供图" credits the correspondent by name, as "记者 NAME 摄" credits the photographer; a supplier no
    title names keeps "供图" ("（受访者供图）")."""
    from newsarchive.extraction.credits import split_caption

    assert split_caption("绿道沿线新建的驿站可提供饮水、充电等服务。通讯员 陈立 供图") \
        == ("绿道沿线新建的驿站可提供饮水、充电等服务。", "陈立")
    assert split_caption("已经加装电梯的相邻楼栋。（受访者供图）")[1] == "受访者供图"
