"""A hundred-and-tenth held-out round of pages imitating publishing systems (issue 9): defence, armed forces and
veterans: a US defence trade site's story, a UK national paper's defence page, a German regional paper's Bundeswehr
story, a French defence news site's story, a Japanese national paper's defence story, a Japanese regional paper's
base story, a mainland portal's military story, a Taiwanese paper's defence story; held out: an Australian
broadcaster's defence story, an Austrian daily's army story, a Japanese web magazine's Self-Defense Forces story, a
Hong Kong paper's military story.

As in unseen71 to unseen109, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by a convention already written, after the
blind and dev scores: "中新社记者 NAME 摄" credits NAME (cn_junshi_news, as unseen20's chinanews and unseen44's
cn_central have it); an agency the page credits as contributor ("※一部、共同通信の配信記事を含みます。") is no source for
its own interview ("共同通信の取材に対し", ``attributions._spoken_to``; ja_kichi_chiho).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_defense_news, uk_forces_news, de_bundeswehr_news, fr_defense_actu,
  ja_boei_news, ja_kichi_chiho, cn_junshi_news, tw_guofang_news;
- held out (scored once, blind, before any rule of the round): au_defence_news, at_heer_news, ja_jieitai_web,
  hk_junshi_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=0.917 date=1.000 body_start=0.750 body_end=0.750 related=1.000 attributions=0.917 images=1.000 (trafilatura
  2.3.1 on the same pages: headline=1.000 authors=0.625 date=1.000 body_start=0.500 body_end=0.750; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=1.000 attributions=0.823 images=0.646;
- dev and held out after the rules (see "Hundred-and-tenth held-out round" in docs/extraction-design.md): 1.000 in
  every field but the known failures below.

``tests/unseen_score.py unseen110`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen110"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "as first reported by Inside Defense" (a name of two words, no outlet's word, no quotes: "first reported
    # by" is said of people and institutions too); held: "The Australian reported last month …" (a title of one
    # word after "The" opening the sentence, as "The Pentagon reported"); not tried
    ("us_defense_news", "attributions"),
    ("au_defence_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_LAST = "tax rate where it was last year."


def test_where_defence_stories_open_and_close() -> None:
    """A subheading first in the text's box, a short phrase over its section's paragraphs, opens no text ("<h2>30年
    ぶりの「世代交代」</h2><p>…"; a live page's entry title, set over the box of its paragraphs, still does); "【了】"
    closes the text, and the facts table before it goes too."""
    ja = "".join(f"<p>陸上自衛隊は北海道で新型装輪装甲車を報道陣に初めて公開しました。第{n}段落です。</p>" for n in range(1, 6))
    body = _extract(_page("<h2 class='article-body__subtitle'>30年ぶりの「世代交代」</h2>" + ja, lang="ja"))["body"]
    assert body.startswith("陸上自衛隊は北海道で")
    entry = ("<div class='sl-post'><h3 class='sl-post__title'>Ferries cancelled until Friday</h3><div "
             "class='sl-post__content'>" + _TEXT + "</div></div><div class='sl-post'><h3 class='sl-post__title'>Coast "
             "road shut</h3><div class='sl-post__content'><p>The coast road at Penmarrow is closed in both directions "
             "after a wall collapsed on Thursday.</p></div></div>")
    assert _extract(_page(entry))["body"].startswith("Ferries cancelled until Friday")
    spec = ("<div class='article-body__spec'><h3>新型装輪装甲車の主な性能（公表値）</h3><table><tbody><tr><th>全長</th>"
            "<td>約8.4m</td></tr><tr><th>重量</th><td>約26t</td></tr><tr><th>最高速度</th><td>約100km/h</td></tr>"
            "</tbody></table></div><p class='article-body__end'>【了】</p>")
    assert _extract(_page(ja + spec, lang="ja"))["body"].endswith("第5段落です。")


def test_writers_outlets_and_credits_of_defence_stories() -> None:
    """"By defence correspondent NAME and NAME" (a job in lower case before the first name, its beat too); "D’après X,
    …" opening a sentence; "wie der „X“ in dieser Woche berichtete"; "told the ABC" on abcnews.example cites nobody
    (the host's name is the outlet's and "news"); "※一部、共同通信の配信記事を含みます。" after the text credits the agency;
    "Infographie : X" and "（グラフィック・NAME）" credit the maker; a link to the site's photo pages, "<a href='/articles/
    photo/ID.html'>写真・図版一覧</a>", credits nobody; a lightbox link named as an icon ("photo_pop_icon") around the
    picture of a captioned figure is no furniture."""
    byline = ("<p class='byline'>By defence correspondent <a href='/news/callum-whitlock/1'>Callum Whitlock</a> and "
              "<a href='/news/maddie-ferrante/2'>Maddie Ferrante</a></p>")
    assert _extract(_page(_TEXT, head=byline))["authors"] == ["Callum Whitlock", "Maddie Ferrante"]
    assert _sources("D’après Le Canard enchaîné, les essais menés au camp l’an passé auraient révélé des défauts.",
                    "fr") == ["Le Canard enchaîné"]
    assert _sources("Wie der „Spiegel“ in dieser Woche berichtete, prüft das Ministerium neue Standorte.", "de") \
        == ["Spiegel"]
    told = _page(_TEXT[:200] + "<p>A source familiar with the exercise told the ABC it involved equipment used to "
                 "lower a stretcher.</p>" + _TEXT, title="Army aircrew member injured - ABC News")
    record = _extract(told, "https://www.abcnews.example/news/2026-03-11/army-aircrew-injured/105318842")
    assert [a["name"] for a in record["attributions"] if a["role"] == "source"] == []
    ja = "".join(f"<p>嘉手納基地で米軍機から部品が落下し、県は原因の公表を求めた。第{n}段落。</p>" for n in range(1, 6))
    note = "<div class='article-note'><p>※一部、共同通信の配信記事を含みます。</p></div>"
    record = _extract(f"<html lang='ja'><head><title>部品落下</title></head><body><article><h1>米軍機から部品落下</h1>"
                      f"<div class='article-text'>{ja}</div>{note}</article></body></html>")
    assert [a["name"] for a in record["attributions"] if a["role"] == "contributor"] == ["共同通信"]
    figures = ("<figure><img src='/caesar.jpg' alt=''><figcaption>Les caractéristiques du Caesar MkII. Infographie : "
               "Ligne de Front / DGA</figcaption></figure><figure><img src='/chart.jpg' alt=''><figcaption>次期戦闘機の開発"
               "体制（グラフィック・佐伯美緒）</figcaption></figure>")
    images = _extract(_page(_TEXT[:200] + figures + _TEXT))["images"]
    assert [i["credit"] for i in images] == ["Ligne de Front / DGA", "佐伯美緒"]
    photo = ("<figure><div><a href='/articles/photo/AS2026.html'><img src='/model.jpg' alt='' width='640'></a></div>"
             "<figcaption>英国で公開された次期戦闘機の実物大模型＝防衛省提供</figcaption><a class='PhotoAll' "
             "href='/articles/photo/AS2026.html'>写真・図版一覧</a></figure>")
    images = _extract(_page(ja[:60] + photo + ja, lang="ja"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("英国で公開された次期戦闘機の実物大模型", "防衛省提供")]
    tw = "".join(f"<p>國防部今天舉行例行記者會，說明今年漢光演習規畫。第{n}段。</p>" for n in range(1, 6))
    lightbox = ("<figure class='photo-story'><a href='https://pgw.example/gw/photo.php?u=https://uc.example/photo/"
                "28811203.jpg&amp;exp=3600' class='photo_pop_icon'><img src='https://pgw.example/gw/photo.php?u="
                "https://uc.example/photo/28811203.jpg&amp;sw=1280' alt='' width='800'></a><figcaption>陸軍M1A2T戰車於"
                "台中海灘進行反登陸射擊。圖／國防部提供</figcaption></figure>")
    images = _extract(_page(tw[:40] + lightbox + tw, lang="zh-TW"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("陸軍M1A2T戰車於台中海灘進行反登陸射擊。", "國防部提供")]
