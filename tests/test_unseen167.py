"""A hundred-and-sixty-seventh held-out round of pages imitating publishing systems (issue 9): chess, board games and
puzzles: a US national paper's chess prodigy story, a UK national paper's board game café story, a German regional
paper's chess club story, a French national sports daily's chess tournament story, a Japanese national daily's shogi
title match story, a Japanese hobby web medium's board game feature, a mainland portal's Chinese chess story, a
Taiwanese paper's go story; held out: an Irish site's chess club story, a Swiss regional paper's card game tournament
story, a Japanese regional paper's local go club story, a Hong Kong site's mahjong story.

As in unseen71 to unseen166, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_chess_news, uk_boardgames_news, de_schach_news, fr_echecs_news, ja_shogi_news,
  ja_boardgame_web, cn_xiangqi_news, tw_weiqi_news;
- held out (scored once, blind, before any rule of the round): ie_chess_news, ch_jass_news, ja_igo_chiho,
  hk_majiang_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=0.892 images=0.875 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.500 date=0.750 body_start=0.500 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round, against the expectations as mended by written conventions (a Chinese byline's
  "通讯员" is a contributor and a paper before its reporters a source, cn_xiangqi_news's "葛蔚然" and "东岚晚报"; a
  group's paper before its reporters on its own news site is a source, tw_weiqi_news's "合眾報"): headline=0.875
  authors=1.000 date=1.000 body_start=0.875 body_end=0.875 related=1.000 attributions=0.975 images=0.917;
- dev and held out after the rules (see "Hundred-and-sixty-seventh held-out round" in docs/extraction-design.md): the
  known failure below aside, every field right. The rules made after the blind score, from the held-out pages: a
  part of the day between "reported" and "by", a magazine that featured the story, a square picture in an old
  layout's captioned table, where and when after a photographer's name.

``tests/unseen_score.py unseen167`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

from newsarchive.extraction.images import extract_images  # noqa: E402
from newsarchive.extraction.page import load_page  # noqa: E402

SET = "unseen167"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "Dans un message transmis à l’AFP dimanche, …" on a page whose byline credits the agency ("NAME (avec AFP)"):
    # the expectations name AFP a source too, the rules record an agency's interview on copy it contributed to as its
    # own reporting, the agency credited once as contributor (``attributions._spoken_to``); kept
    ("fr_echecs_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_GAME_TEXT = "".join(f"<p>石川県金沢市の小さなゲーム出版社から昨秋に発売されたボードゲームが、ドイツの年間ゲーム賞の推薦リストに選ばれた。作者は元会社員の朝霧さん。第{n}段落。</p>"
                     for n in range(5))
_CHESS_TEXT = "".join("<p>Theo, 12, became the youngest American to earn the grandmaster title on "
                      "Thursday after a draw in the final round of the spring invitational in "
                      f"Saint Louis, part {n}.</p>" for n in range(5))


def test_a_partial_affiliate_note_and_a_games_facts_box() -> None:
    """A note that some of the article's links are affiliate links ("※本記事には一部アフィリエイトリンクが含まれます。") opens
    no text; a work's facts box under "ゲーム情報" (its title, designer, price in rows), a shop's button, the credits line
    and a price note after it, closes none."""
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in (
        ("タイトル", "灯りの街"), ("デザイン", "朝霧ゆう"), ("アートワーク", "森川しずく"), ("発売元", "ミズナラ遊具"),
        ("プレイ人数", "2〜5人"), ("プレイ時間", "30〜45分"), ("対象年齢", "10歳以上"), ("価格", "4,950円（税込）")))
    facts = ("<div class='cap_box'><div "
             f"class='cap_box_ttl'><span>ゲーム情報</span></div><div><table><tbody>{rows}</tbody></table></div></div><div "
             "class='swell-block-button'><a href='https://shop.example/items/akari' rel='sponsored "
             "noopener'><span>公式ショップで見る</span></a></div><p class='has-small-font-size'>（文：小日向みのり／写真：佐伯拓真）</p><p "
             "class='has-small-font-size'>※価格は記事公開時点のものです。最新の情報は公式サイトでご確認ください。</p>")
    text = "<p class='has-small-font-size'><span>※本記事には一部アフィリエイトリンクが含まれます。</span></p>" + _GAME_TEXT + facts
    record = _extract(article_page(text, lang="ja", title="灯りの街", h1="金沢発のボードゲームが世界へ"))
    assert record["body"].startswith("石川県金沢市の小さなゲーム出版社")
    assert record["body"].endswith("第4段落。")


def test_a_kicker_glued_to_the_headline() -> None:
    """A heading of two spans set with nothing between them, the second opening on a quotation mark ("<h1><span>
    Schach-Oberliga</span><span>„Wir haben …“: …</span></h1>"), its declared titles worded otherwise: the first is a
    kicker set on a line of its own, the headline the rest."""
    html = ("<html lang='de'><head><meta charset='utf-8'><title>Schachklub steigt in die 2. Bundesliga "
            "auf</title><meta property='og:title' content='Schachklub steigt in die 2. Bundesliga "
            "auf'></head><body><article><h1><span class='sc-8w1ntd-1'>Schach-Oberliga</span><span "
            "class='sc-8w1ntd-4'>„Wir haben nie vom Aufstieg gesprochen“: Schachklub Rössing spielt künftig in der 2. "
            "Bundesliga</span></h1><div class='content'>"
            + "".join("<p>Neun Siege, zwei Remis, keine "
                      "Niederlage: Der Schachklub gewinnt die "
                      "Oberliga und spielt künftig in der 2. "
                      f"Bundesliga, Teil {n}.</p>" for n in range(5)) + "</div></article></body></html>")
    assert _extract(html)["headline"] == ("„Wir haben nie vom Aufstieg gesprochen“: Schachklub Rössing spielt künftig "
                                          "in der 2. Bundesliga")


def test_pictures_in_a_text_box_named_as_a_teaser() -> None:
    """The text's own box named by its system as a teaser's ("<div class='teaser-content article-body-content'>"),
    four paragraphs of prose in it, holds the article's pictures: a figure between its paragraphs is one, where the
    text's container is the ``<article>`` around that box (as the body's reading chose on us_chess_news: the hand page
    alone lets it choose the box itself, so the images' seam is given the container here)."""
    figure = ("<figure><img src='https://news.example/img/parents.jpg' alt='' width='1200' "
              "height='800'><figcaption>His parents outside the tournament hotel on Thursday. <span "
              "class='credit'>(Whitney Okonjo for The Ledger)</span></figcaption></figure>")
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Chess</title></head><body><article><h1>A 12-year-old "
            "becomes the youngest American grandmaster</h1><div class='article-body'><div class='teaser-content "
            f"article-body-content'>{_CHESS_TEXT[:400]}{figure}{_CHESS_TEXT[400:]}</div></div></article></body></html>")
    page = load_page(html.encode(), "https://news.example/sports/2026/03/14/youngest-grandmaster/")
    images = extract_images(page, page.tree.find(".//article"))
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("His parents outside the tournament hotel on Thursday.", "Whitney Okonjo for The Ledger")]


def test_held_out_sources_pictures_and_credits() -> None:
    """Rules made after the blind score, from the held-out pages: "first reported on Saturday night by X" and a
    magazine featuring the story ("囲碁専門誌「X」でも…紹介された", not a body's bulletin, "市の広報誌") name sources; a square
    picture in an old layout's table of its own, its caption in a cell named so, is the article's; where and when a
    photographer took the picture, in brackets after the name ("Bild: NAME (Hochdorf, 14. 3. 2026)"), is no part of the
    credit."""
    assert cited_sources("The result was first reported on Saturday night by the Southside "
                         "Echo, whose chess columnist was among the spectators.") == ["the Southside Echo"]
    assert cited_sources("クラブの活動は今春、囲碁専門誌「月刊碁の友」でも「世代をつなぐ町の碁会所」として紹介された。", lang="ja") == ["月刊碁の友"]
    assert cited_sources("クラブの活動は、市の広報誌「しおみ」でも紹介された。", lang="ja") == []
    text = "".join(f"　記念大会では最年少会員の小学4年生も大人に交じって5局を打ち、4勝を挙げた。県大会でも初出場で優勝した。第{n}段落。<br><br>"
                   for n in range(5))
    table = ("<table class='kiji_zu' width='280' align='left'><tr><td><img src='/img/20251019_4_03.gif' width='280' "
             "height='280' alt=''></td></tr><tr><td class='caption'>県大会決勝の終局図。黒番が中押し勝ちした</td></tr></table>")
    html = ("<html lang='ja'><head><meta "
            "charset='utf-8'><title>囲碁クラブ</title></head><body><table><tr><td><h1>囲碁クラブ創立50周年</h1><div "
            f"class='honbun'>{text[:200]}{table}{text[200:]}</div></td></tr></table></body></html>")
    assert [i["caption"] for i in _extract(html, "https://news.example/local/news/20251019_4.html")["images"]] == [
        "県大会決勝の終局図。黒番が中押し勝ちした"]
    figure = ("<figure><img src='https://news.example/img/jass.jpg' alt=''><figcaption>Marco Schnyder mit dem "
              "Wanderpokal. <span class='credit'>Bild: Urs Zbinden (Hochdorf, 14. 3. "
              "2026)</span></figcaption></figure>")
    jass = "".join(f"<p>Am Seetaler Jasscup sassen 158 Paare im Saal an den Tischen, so viele wie noch nie, "
                   f"Teil {n}.</p>" for n in range(5))
    images = _extract(article_page(jass[:150] + figure + jass[150:], lang="de"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("Marco Schnyder mit dem Wanderpokal.", "Urs Zbinden")]
