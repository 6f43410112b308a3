"""An eighty-sixth held-out round of pages imitating publishing systems (issue 9): interviews and conversations: Q&A
interviews with the questions in bold or opened by the interviewer's name or a dash, edited conversations between
two or three guests (a round table, a 対談, a 對談), a radio interview's transcript, a radio debate, short fixed formats
("Drei Fragen an …", "一問一答"), with the credits as each system prints them ("Das Interview führte NAME", "Débat
animé par NAME", "【聞き手・NAME】", "（聞き手・報道部　NAME）", "主持／NAME　整理／NAME") and a box about the guest.
Three declare nothing but a ``<title>``. The held-out pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen85, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- us_publicradio: a US public broadcaster's radio interview (NPR-like): an audio module, a host and a producer in the
  byline, "Heard on PROGRAMME", "This interview has been edited for length and clarity." between the introduction
  and the questions, bold full names opening each turn, "She told PROGRAMME" (the site's own programme);
- ca_regionalrecord: a Canadian regional daily's round table on BLOX: a dek, "This conversation has been edited…",
  a "The panel" box, answers opened by bold surnames, "Record file photo";
- de_zeitpunkt: a German weekly's Q&A (Zeit-Online-like): "Interview: A und B", "ZEITPUNKT ONLINE:" questions, a
  "Zur Person" box in the text, "Laut einer Auswertung, über die der „X“ berichtete";
- at_salzkammergut: an Austrian regional paper's "Drei Fragen an …" on an old PHP system, declaring only a
  ``<title>``: "<div class='bildtext'>CAPTION <span class='copyright'>Foto: X</span></div>", "Laut einem Bericht der
  „X“ denken …", "Das Interview führte NAME." closing the text in italics;
- jp_nichinichi: a national daily's Q&A (Mainichi-like): "――" questions, "【聞き手・NAME】" closing the text, a
  "人物略歴" box after it, "地元紙の X は、…を報じました";
- jp_kinote: a web-native culture magazine's 対談 (CINRA-like): "インタビュー・テキスト by / 撮影 by / 編集 by" in a
  ``<dl>`` under the headline, "プロフィール" boxes and a book's and an event's facts after the text, "『月刊X』の
  インタビューで";
- cn_lanjiang_epaper: a regional daily's e-paper on Founder's system, declaring only a ``<title>``: a table of two
  pictures, each caption in the row under its picture ("…。　　本报记者　NAME摄", "…。　　受访者供图"), an editor's
  note, "记者：" questions, "据新华社当年报道";
- tw_tidewatch: a Taiwanese magazine's 對談 (CommonWealth-like): "主持／NAME　整理／NAME　攝影／NAME", a "人物小檔案"
  box after the introduction, "英國《衛報》去年一篇報導指出", "（本文經編輯刪節）", "責任編輯／NAME";
- in_portalinterview (held out): an Indian portal's classic Q&A (Rediff-like), declaring only a ``<title>``: "A report
  in the X last week said";
- ch_rta (held out): a Swiss-French broadcaster's radio debate (RTS-like): an audio player's title and programme line
  in the text's box, bold speakers' names, "Les propos ont été condensés et édités…", "Débat animé par NAME" and
  "Adaptation web: NAME" under the text, "un sondage publié dimanche par la «X»";
- jp_shinetsu (held out): a regional daily's 一問一答 on an old XHTML CMS, declaring only a ``<title>``: a "【略歴】" box
  beside the lead picture, "（聞き手・報道部　NAME）";
- sg_8view (held out): a Singapore broadcaster's radio interview transcript (CNA-like Drupal): "电台专访｜" in the
  heading, an "audio-embed" box with "节目：… 主持：NAME 播出：…", a "嘉宾小档案" box, "*访谈内容经过编辑和删节。" and
  the programme's times after the last answer.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``), and for these pages: the interviewers and the writer who wrote it up are the
authors, the guests are not; the introduction under the byline and the questions as printed are text; a box about the
guest and "This interview has been edited …" are no text; a photographer credited once for the whole piece is no
attribution. Mended by conventions already written, after the blind and dev scores: an outlet's file photo credits the
outlet ("Record file photo" -> "Record", as unseen37 and unseen39 have it); a Chinese editors' line credits no
contributor (tw_tidewatch's "責任編輯", as unseen85's cn_jzrb).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_publicradio, ca_regionalrecord, de_zeitpunkt, at_salzkammergut,
  jp_nichinichi, jp_kinote, cn_lanjiang_epaper, tw_tidewatch;
- held out (scored once, blind, before any rule of the round): in_portalinterview, ch_rta, jp_shinetsu, sg_8view.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.417 date=1.000
  body_start=0.500 body_end=0.500 related=1.000 attributions=0.579 images=1.000 (trafilatura 2.3.1 on the same
  pages: headline=1.000 authors=0.417 date=1.000 body_start=0.500 body_end=0.250; newsarchive with the declarations
  taken out: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.750 date=1.000
  body_start=0.875 body_end=0.750 related=1.000 attributions=0.648 images=0.688;
- dev and held out after the rules (see "Eighty-sixth held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failures below.

``tests/unseen_score.py unseen86`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen86"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # the radio programme's host named only in the player's programme line ("节目：《X》　主持：NAME　播出：…") beside a
    # byline naming the web writer: the host who asked the questions is an author to this writer; no rule reads a
    # player's programme line as a byline
    ("sg_8view", "authors"), ("sg_8view", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _roles(record: dict) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in record["attributions"]]


_JA = "".join(f"<p>――鉄道の存廃を巡る協議が各地で始まっています。沿線の自治体はどう向き合えばよいのでしょうか。第{n}問。</p>"
              f"<p>大切なのは、赤字額だけで議論を終わらせないことです。鉄道が地域にもたらしている価値を、数字にして示す必要があり"
              f"ます。第{n}答。</p>" for n in range(1, 4))
_ZH = "".join(f"<p><strong>郑欣怡：</strong>这几年疫情对戏班的影响大吗？第{n}问。</p><p><strong>陈德发：</strong>很大。2020年整"
              f"整一年没有一场演出，戏箱都放到发霉。那时候我真的想过，是不是该收了。第{n}答。</p>" for n in range(1, 4))


def test_a_caption_line_closed_by_its_credit_element() -> None:
    """"<div class='bildtext'>CAPTION <span class='copyright'>Foto: NAME</span></div>" under a picture: the line's
    words before the credit are its caption (a box's name no list here knows), the picture's link to its gallery
    no teaser's."""
    figure = ("<div class='artikel-bild gross'><a href='/bilder/612734/1' class='lightbox'><img class='lazy' "
              "src='/img/platzhalter-660x440.gif' data-original='/uploads/2024/01/talstation-660x440.jpg' "
              "alt='Markus Ebenführer' width='660' height='440'></a><noscript><img src='/uploads/2024/01/talstation-"
              "660x440.jpg' alt='Markus Ebenführer' width='660' height='440'></noscript><div class='bildtext'>Markus "
              "Ebenführer führt die Lifte seit Herbst 2023 in dritter Generation. <span class='copyright'>Foto: "
              "Kurier/Wimmer</span></div></div>")
    images = _extract(_page(_TEXT, head=figure))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("Markus Ebenführer führt die Lifte seit Herbst 2023 in dritter Generation.", "Kurier/Wimmer")]


def test_an_interviewer_in_brackets_closing_a_japanese_interview() -> None:
    """"【聞き手・NAME】" and "（聞き手・報道部　NAME）" as the text's last line name the interviewer, the author."""
    for line, name in (("【聞き手・長谷川拓海】", "長谷川拓海"), ("（聞き手・報道部　藤井亮太）", "藤井亮太")):
        record = _extract(_page(_JA + f"<p>{line}</p>", lang="ja", h1="鉄道の存廃、数字で示す価値"))
        assert record["authors"] == [name]
        assert record["body"].endswith("第3答。")


def test_an_interviews_credit_lines_name_its_authors() -> None:
    """With no byline, "Das Interview führte NAME." closing the text, or "Débat animé par A" and "Adaptation web: B"
    under it, name the authors; the lines are no text."""
    record = _extract(_page(_TEXT + "<p class='interview-info'><em>Das Interview führte Sabine Wimmer.</em></p>"))
    assert record["authors"] == ["Sabine Wimmer"]
    credits = "<div class='article-credits'><p>Débat animé par Mélanie Rochat</p><p>Adaptation web: Théo Marchand</p></div>"
    record = _extract(_page(_TEXT, after=credits))
    assert record["authors"] == ["Mélanie Rochat", "Théo Marchand"]
    assert "Débat" not in record["body"]


def test_an_editors_note_closing_an_interview_closes_it_with_the_lines_after_it() -> None:
    """"*访谈内容经过编辑和删节。" and the programme's times after the last answer, "Les propos ont été condensés et
    édités …": no text; "This interview has been edited …" between the introduction and the questions stays where it
    is (the questions after it are the text's)."""
    body = _ZH + "<p><em>*访谈内容经过编辑和删节。</em></p><p><em>《早安，城韵》每周一至五早上7时至10时播出。</em></p>"
    assert _extract(_page(body, lang="zh-Hans", h1="布袋戏师傅陈德发"))["body"].endswith("第3答。")
    body = _TEXT + "<p><em>Les propos ont été condensés et édités pour en faciliter la lecture.</em></p>"
    assert _extract(_page(body, lang="fr"))["body"].endswith("where it was last year.")
    body = (_TEXT[:300] + "<p><em>This interview has been edited for length and clarity.</em></p>"
            + "".join(f"<p><strong>Renée Alcott:</strong> What did the stairways teach you about the city, part {i}?</p>"
                      f"<p><strong>Dana Wieczorek:</strong> That every neighbourhood was built for walking once, and "
                      f"that the steps were the streets of the people who had no cars, part {i}.</p>" for i in range(3)))
    text = _extract(_page(body))["body"]
    assert "edited for length" in text and text.endswith("part 2.")


def test_a_media_players_box_opens_no_text() -> None:
    """A player's box in the text's ("media-player": its title and programme line; "audio-embed": its label, duration
    and programme line) is no text, whatever its lines say."""
    player = ("<div class='media-player media-player--audio'><button>Écouter</button><div class='media-player__meta'>"
              "<p class='media-player__title'>Faut-il interdire le smartphone à l'école? Le débat entre A et B</p>"
              "<p class='media-player__info'>Forum / 17 min. / le 12 mars 2024</p></div></div>")
    assert _extract(_page(player + _TEXT))["body"].startswith("The council voted")
    player = ("<div class='audio-embed'><div class='audio-embed__header'><span>收听完整访谈</span><span>27:41</span></div>"
              "<div class='audio-embed__programme'>节目：《早安，城韵》　主持：郑欣怡　播出：城韵频道FM96.8，每周一至五早上7时至10时"
              "</div></div>")
    assert _extract(_page(player + _ZH, lang="zh-Hans", h1="布袋戏师傅陈德发"))["body"].startswith("郑欣怡：")


def test_a_guests_profile_box_after_the_text_closes_it() -> None:
    """A "人物略歴" box after the text (its label, the guest's name and career) and two "プロフィール" boxes with a book's
    facts after them are no text; a "Zur Person" box between two answers, the text going on after it in its box, is
    passed over."""
    box = ("<div class='articledetail-profile'><h2>人物略歴</h2><div><p>三枝由紀子（さえぐさ・ゆきこ）さん</p><p>1974年、富山県"
           "生まれ。東京の大学院で交通経済学を学び、国の研究機関を経て2012年から越山大教授。</p></div></div>")
    assert _extract(_page(_JA, lang="ja", h1="鉄道の存廃", after=box))["body"].endswith("第3答。")
    profiles = "".join(f"<section class='p-article__profile'><h2>プロフィール</h2><div class='c-profile'><p>鳴海ちひろ{n}</p>"
                       f"<p>作家。1988年生まれ。2014年にデビューし、2022年に短編集で文学賞を受賞した。第{n}項。</p></div></section>"
                       for n in range(2))
    facts = ("<section class='p-article__info'><h2>書籍情報</h2><div class='c-info'><p>鳴海ちひろ『夜の音階』</p><p>2024年3月"
             "8日（金）発売<br>価格：1,980円（税込）<br>発行：青藍社</p></div><h2>イベント情報</h2><div class='c-info'><p>"
             "公演『波の記憶』</p><p>2024年7月20日（土）<br>会場：東京都<br>料金：全席指定5,500円</p></div></section>")
    assert _extract(_page(_JA, lang="ja", h1="鉄道の存廃", after=profiles + facts))["body"].endswith("第3答。")
    box = ("<aside class='infobox'><h3>Zur Person</h3><p>Marlene Vollmer-Aydin, 52, leitet seit 2021 den Netzbetreiber."
           "</p></aside>")
    text = _extract(_page(_TEXT[:300] + box + _TEXT, lang="de"))["body"]
    assert text.endswith("where it was last year.")


def test_an_e_paper_table_of_pictures_and_captions() -> None:
    """A table of pictures, each caption (closing on its credit) in the row under its picture, set before the text:
    each picture has its caption and credit, and no caption opens the text."""
    table = ("<table class='pic'><tr><td><img src='/images/res01_attpic_brief.jpg'></td></tr><tr><td class='font02'>"
             "陈素琴在漆坊内为一件脱胎漆瓶推光。　　本报记者　唐建国摄</td></tr><tr><td><img src='/images/res02_attpic_brief.jpg'>"
             "</td></tr><tr><td class='font02'>陈素琴（右）指导学生髹漆。　　受访者供图</td></tr></table>")
    record = _extract(_page(_ZH, head=table, lang="zh-Hans", h1="一件漆器，要等它三百六十五天"))
    assert [(i["caption"], i["credit"]) for i in record["images"]] == [
        ("陈素琴在漆坊内为一件脱胎漆瓶推光。", "唐建国"), ("陈素琴（右）指导学生髹漆。", "受访者供图")]
    assert record["body"].startswith("郑欣怡：")


def test_outlets_cited_in_an_interview() -> None:
    """The outlets a question or an introduction cites, in the ways these pages print it; an organisation's name in
    quotes before the verb, and a thing reported on, cite none."""
    cases = [
        ("A report in the Business Courier last week said only one in five pack-houses is working.", "en",
         ["the Business Courier"]),
        ("Laut einem Bericht der „Alpenpost“ denken mehrere kleine Skigebiete ans Aufhören.", "de", ["Alpenpost"]),
        ("Laut einer Auswertung, über die der „Nordwest-Kurier“ berichtete, liegen die Leitungen zurück.", "de",
         ["Nordwest-Kurier"]),
        ("Selon un sondage publié dimanche par la «Gazette du Léman», deux parents sur trois seraient favorables.",
         "fr", ["Gazette du Léman"]),
        ("――地元紙の越後日報は、協議が「廃線ありき」で進むのではないかという沿線の不安を報じました。", "ja", ["越後日報"]),
        ("——春日井さんは以前、『月刊サウンドノート』のインタビューで「曲名にはなるべく意味を持たせたくない」と話していました。", "ja",
         ["月刊サウンドノート"]),
        ("2021年，澜江漆器髹饰技艺被列入省级名录，据新华社当年报道，全省入选的项目共有37项。", "zh-Hans", ["新华社"]),
        ("英國《衛報》去年一篇報導指出，日本有超過六成的高齡者住在舊屋中。", "zh-Hant", ["衛報"]),
        ("Ausserdem ist laut «Vier Pfoten» die Pelzproduktion in Italien seit 2021 verboten.", "de", []),
        ("Der Verband hatte über die Pläne berichtet, die im Herbst bekannt wurden.", "de", []),
    ]
    for sentence, lang, names in cases:
        assert _sources(sentence, lang=lang) == names, sentence


def test_an_interview_told_to_the_sites_own_programme() -> None:
    """"She told Evening Dispatch that …" on a broadcaster's page whose menu links its own programme of that name: its
    own interview, no source; on a page whose menu does not, the programme cited is a source."""
    sentence = "<p>She told Evening Dispatch that the stairways began as shortcuts for mill workers.</p>"
    menu = "<nav><ul><li><a href='https://news.example/programs/evening-dispatch/'>Evening Dispatch</a></li></ul></nav>"
    html = _page(_TEXT[:200] + sentence + _TEXT)
    assert [n for r, n in _roles(_extract(html)) if r == "source"] == ["Evening Dispatch"]
    assert [n for r, n in _roles(_extract(html.replace("<article>", menu + "<article>"))) if r == "source"] == []


def test_a_heading_holding_kicker_and_headline_opens_no_text() -> None:
    """"<h2><span>KICKER</span><span>HEADLINE</span></h2>" over the text whose sections have headings of the same
    kind: the article's heading, not its first section's."""
    head = ("<h2 class='article-detail-head_headlines'><span>\"Es wird bald beginnen\"</span><span>Trump spricht nach "
            "Tanker-Stürmung über Bodeneinsätze</span></h2>")
    body = _TEXT[:400] + "<h2>Der Hintergrund</h2>" + _TEXT
    html = (f"<html lang='de'><head><meta charset='utf-8'><title>\"Es wird bald beginnen\": Trump spricht nach "
            f"Tanker-Stürmung über Bodeneinsätze</title></head><body><article>{head}<div class='content'>{body}</div>"
            f"</article></body></html>")
    assert _extract(html)["body"].startswith("The council voted")


def test_credits_listed_under_the_headline() -> None:
    """"<dl><dt>テキスト by</dt><dd>NAME</dd><dt>撮影 by</dt><dd>NAME</dd><dt>編集 by</dt><dd>NAME（X編集部）</dd></dl>"
    under the headline: the editor contributed; the photographer credited once for the piece is no attribution."""
    credits = ("<dl class='p-article__credit'><div><dt>インタビュー・テキスト by</dt><dd>木崎まどか</dd></div><div><dt>撮影 by</dt>"
               "<dd>大庭ユウ</dd></div><div><dt>編集 by</dt><dd>長沼悠（KINOTE編集部）</dd></div></dl>")
    roles = _roles(_extract(_page(_JA, head=credits, lang="ja", h1="鉄道の存廃")))
    assert ("contributor", "長沼悠") in roles
    assert not any(name == "大庭ユウ" for _, name in roles)
