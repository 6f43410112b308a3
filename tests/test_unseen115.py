"""A hundred-and-fifteenth held-out round of pages imitating publishing systems (issue 9): local events, festivals
and what's on: a US metro daily's weekend events story, a UK national paper's festival line-up story, a German
regional paper's event preview, a French culture magazine's festival article, a Japanese town web medium's festival
article, a Japanese national daily's event story, a mainland portal's events story, a Taiwanese exhibition news
story; held out: an Irish news site's events story, a Swiss paper's festival page, a Japanese regional paper's
fireworks story, a Hong Kong outlet's festival story.

As in unseen71 to unseen114, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- us_events_news: a weekend guide on WordPress VIP-like pages (declared titles worded unlike the ``<h1>``, "If you go"
  boxes with ticket buttons in the text, "(Courtesy of X)", "As first reported by the X Courier", "Staff writer NAME
  contributed to this report." closing the text, a call for events after it, a "What's on this weekend" calendar);
- uk_festival_news: a line-up on a national paper's hashed-class pages (a standfirst with its own link to a festival
  guide, "Related:" rich links, the line-up as a list, a paragraph in a box named "factbox" closing the text's box);
- de_veranstaltung_news: a Weihnachtsmarkt preview (a Vorspann, "Von A und B", a facts aside with the organiser's
  programme button, "Angaben ohne Gewähr", "Mit Material von dpa", "Foto: Veranstalter", "Visualisierung: X");
- fr_festival_mag: a festival's line-up on WordPress (a chapô, "14<sup>e</sup>", "À lire aussi :" lines, an "Infos
  pratiques" box, "© DR");
- ja_matsuri_web: a town festival on a SWELL theme ("【湊川市】" in the ``<h1>``, a dated 追記 note and a summary box over
  the text, an event table with "※雨天中止" after it, "地元紙のXによると");
- ja_event_news: an exhibition on a national daily's pages (the paper declared as author, two reporters printed, a
  related box in the text and a 関連記事 section after the wrapper holding the article's ``<main>``);
- cn_huodong_news: a lantern festival on a portal's local channel ("（原标题：…）", reporters' line, "来源: CHANNEL" the
  portal's own, "据《X》报道");
- tw_zhanlan_news: an exhibition on a Taiwanese daily's pages ("PAPER / 記者NAME／台北報導", a 展覽資訊 list of
  "時間／…" rows with "※主辦單位保留修改活動內容之權利" after the text);
- held out: ie_events_news (a ``<title>`` alone: an update note opening the text, "As the X Clarion reported last
  month", "Read more:" lines), ch_fest_news (a ``<title>`` alone, Next.js: a bold lead, a key points box, a facts
  box with "Angaben ohne Gewähr." after the text), ja_hanabi_chiho (a ``<title>`` alone, an old table layout: a
  ``table.kanren`` labelled by a picture "関連記事"), hk_jieqing_news (a ``<title>`` alone, Next.js: "（更新：…）"
  opening the text's box, "撰文：NAME", "攝影：NAME").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One dev expectation was mended after the dev score,
by a convention already written: tw_zhanlan_news's print paper named before the reporter ("聯晨報 / 記者NAME", its
name linking to a section of the paper's news site) had been left out, but it is the story's source (unseen75's
tw_jingwei, unseen90's tw_xuanju_news, unseen95's tw_fangjia_news, unseen104's tw_laogong_news, unseen107's
tw_fayuan_news). One earlier set's expectation was mended with the round: unseen36's jp_city expected no teasers in
its "kanren" box labelled "こちらの記事もおすすめ", which holds teasers by the convention that "you may also like"
heads teasers (the box had been read as none only because "kanren" named nothing).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_events_news, uk_festival_news, de_veranstaltung_news, fr_festival_mag,
  ja_matsuri_web, ja_event_news, cn_huodong_news, tw_zhanlan_news;
- held out (scored once, blind, before any rule of the round): ie_events_news, ch_fest_news, ja_hanabi_chiho,
  hk_jieqing_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=0.750 related=0.750 attributions=0.964 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.375 date=1.000 body_start=0.250 body_end=0.500; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.625 related=0.936 attributions=0.989 images=1.000;
- dev and held out after the rules (see "Hundred-and-fifteenth held-out round" in docs/extraction-design.md): 1.000
  in every field but the known failure below.

``tests/unseen_score.py unseen115`` prints the per-field scores (``dev``, ``held`` or ``all``).
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
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen115"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a standfirst's link to the paper's guide to the season ("UK festival guide 2026: every major line-up so
    # far", a series' page) read as a teaser, as a standfirst's link to a story is; not tried
    ("uk_festival_news", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_END = "tax rate where it was last year."


def test_where_event_stories_close() -> None:
    """An event's facts closing the text are none of it: a definition list, a value up to 160 characters, under its
    note that the facts may change ("Angaben ohne Gewähr."); rows labelled with a full-width slash ("時間／…", a
    Taiwanese paper's) under "※主辦單位保留修改活動內容之權利"; a paragraph in a box named as a fact box ("<div
    data-component='factbox'>"); nor does a what's-on page's call for events ("Have an event you'd like us to
    consider …? Submit it …"); a Chinese update note in brackets opens none ("（更新：…加入…安排）")."""
    facts = ("<div class='FactBox_root__Wn4xL'><h3>Seenachtfest Rorschwil</h3><dl><dt>Datum</dt><dd>Freitag, 15. "
             "August, ab 17 Uhr; Samstag, 16. August, ab 11 Uhr. Feuerwerk Samstag, 22.15 Uhr (Verschiebedatum "
             "Sonntag, 17. August)</dd><dt>Ort</dt><dd>Festmeile Hafen bis Strandbad</dd><dt>Eintritt</dt><dd>"
             "Festbändel 10 Franken</dd></dl><p>Angaben ohne Gewähr.</p></div>")
    de = "".join(f"<p>Das Seenachtfest lockt jedes Jahr Zehntausende an den Hafen von Rorschwil. Teil {n}.</p>"
                 for n in range(5))
    assert _extract(_page(de + facts, lang="de"))["body"].endswith("Teil 4.")
    tw = "".join(f"<p>北城美術館明日起推出特展，首度公開百年前的玻璃幻燈片。第{n}段。</p>" for n in range(5))
    info = ("<div class='exhibit-info'><h3>展覽資訊</h3><ul><li><span>展名／</span>光的考古</li><li><span>時間／</span>"
            "3月15日至7月5日</li><li><span>地點／</span>國立北城美術館</li><li><span>票價／</span>全票150元</li></ul>"
            "<p>※主辦單位保留修改活動內容之權利，最新資訊請以美術館官網公告為準。</p></div>")
    assert _extract(_page(tw + info, lang="zh-TW"))["body"].endswith("第4段。")
    box = ("<div data-component='factbox'><p><strong>Ferndale festival</strong> is at Ashcombe Park, 20–23 August. "
           "Weekend tickets £249, from <a href='https://tickets.example/'>tickets.example</a>. Line-up subject to "
           "change.</p></div>")
    assert _extract(_page(_TEXT + box))["body"].endswith(_END)
    call = ("<div class='article-disclaimer'><em>Have an event you’d like us to consider for the weekend guide? Submit "
            "it to our <a href='/events/submit/'>events calendar</a> at least two weeks ahead.</em></div>")
    assert _extract(_page(_TEXT, after=call))["body"].endswith(_END)
    hk = "".join(f"<p>中秋將至，鯉魚灣舞草龍今年將首度配合海上煙花演出。第{n}段。</p>" for n in range(5))
    note = "<p><em>（更新：9月23日上午10時05分加入運輸署最新公布的封路及公共交通安排）</em></p>"
    assert _extract(_page(note + hk, lang="zh-HK"))["body"].startswith("中秋將至")


def test_teasers_of_event_stories() -> None:
    """A box named "kanren" (関連, related) is a teaser box, its label a picture ("<img alt='関連記事'>"), or a line
    "こちらの記事もおすすめ" ("these are recommended too", as "you may also like" heads teasers); a related section after
    the wrapper holding the article's ``<main>`` alone is read; an event's facts box in the text links its organiser's
    programme, no teaser."""
    ja = "".join(f"<p>北浦港花火大会は1日夜、約1万発を打ち上げる。第{n}段落。</p>" for n in range(5))
    kanren = ("<table class='kanren'><tr><td><img src='/ttl_kanren.gif' alt='関連記事'></td></tr><tr><td><ul><li><a "
              "href='/news/detail.php?id=60877'>北浦港花火大会、有料観覧席を拡大　発売初日に完売</a></li><li><a "
              "href='/news/detail.php?id=60412'>花火大会協賛、過去最多に　実行委「市民の後押しに感謝」</a></li></ul>"
              "</td></tr></table>")
    assert _teasers(_page(ja, after=kanren, lang="ja")) == ["https://news.example/news/detail.php?id=60877",
                                                            "https://news.example/news/detail.php?id=60412"]
    picks = ("<div class='kanren'><p>こちらの記事もおすすめ</p><ul><li><a href='/2026/02/bakery/'>土手町の小さなパン屋"
             "「麦と灯」が1周年</a></li><li><a href='/2026/01/soba-map/'>弘前の老舗そば屋めぐり【保存版マップ】</a></li>"
             "</ul></div>")
    assert len(_teasers(_page(ja + picks, lang="ja"))) == 2
    html = ("<html lang='ja'><head><title>光のアート展</title></head><body><div class='l-wrapper'><div class="
            f"'l-container'><main><article><h1>光のアート展が開幕</h1><div class='text'>{ja}</div></article></main></div>"
            "<section class='articledetail-related'><h2>関連記事</h2><ul><li><a href='https://news.example/articles/"
            "20251101/065000c'>秋の行楽シーズン、3連休は各地でイベント　美術館や紅葉スポットにぎわう</a></li></ul></section>"
            "</div></body></html>")
    assert _teasers(html) == ["https://news.example/articles/20251101/065000c"]
    de = "".join(f"<p>Der Weihnachtsmarkt öffnet am Donnerstag mit mehr Ständen als je zuvor. Teil {n}.</p>"
                 for n in range(5))
    aside = ("<aside class='factbox'><h3>Weihnachtsmarkt auf einen Blick</h3><dl><dt>Datum</dt><dd>27. November bis "
             "23. Dezember</dd><dt>Ort</dt><dd>Schlossplatz</dd></dl><a href='https://www.stadt.example/"
             "weihnachtsmarkt/programm'>Zum vollständigen Programm</a></aside>")
    assert _teasers(_page(de[:200] + aside + de, lang="de")) == []


def test_an_outlet_named_as_a_clarion() -> None:
    """"As the Limerick Clarion reported last month" ("Clarion", like "Beacon" and "Gleaner", is a paper's word)."""
    assert _sources("As the Limerick Clarion reported last month, the council has also hired 120 extra stewards this "
                    "year.") == ["the Limerick Clarion"]
