"""A hundred-and-thirty-third held-out round of pages imitating publishing systems (issue 9): mountains, hiking and
the outdoors: a UK regional paper's mountain rescue story, a US outdoor magazine's national park story, a German
regional paper's hiking or Alpine story, a French regional daily's mountain story, a Japanese national daily's mountain
accident story, a Japanese web medium's outdoor feature, a mainland portal's hiking story, a Taiwanese site's mountain
story; held out: a Canadian site's trail or avalanche story, a Swiss site's mountain story, a Japanese regional paper's
mountain story, a Hong Kong outlet's country trail story.

As in unseen71 to unseen132, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the safety tips
and route facts boxes outdoor stories carry:

- uk_hiking_news: a walker airlifted on a UK regional paper's pages ("Cumbria Reporter", "(Image: X)" credits, "Read
  More" and "Read Next" boxes, a route facts box and a safety box whose "Source:" line names a rescue team);
- us_parks_news: timed-entry permits on a US outdoor magazine's Next.js pages (a dek in an ``<h2>``, an update note
  opening the text's box, "Map: NAME", an "If You Go" box, "The Associated Press contributed to this report.");
- de_wandern_news: a climbing path reopened on a German regional paper's pages (a kicker in the ``<h1>``, a bold
  Vorspann, "Karte: X/OpenTopo-Daten", a "Tourdaten" box, "Mit Material der dpa" set apart);
- fr_montagne_news: a mountain hut closing on a French regional daily's pages ("Par A et B (avec AFP)", a relative
  date line, "Photo DR", "Repères" and "Conseils" boxes);
- ja_tozan_news: a climber's fall on a national daily's pages (two reporters' cards, an AI summary box, a 【更新】 note,
  "Xテレビが…第一報を伝えていた", a winter climbing box after the text);
- ja_outdoor_web: a riverbank camping ban on a WordPress medium (an excerpt over the byline, "※この記事の情報は…時点の
  ものです。" over the text, "画像提供：X" credits, "※料金や営業期間…変更になる場合があります。" after it);
- cn_dengshan_news: a rescue on a portal's pages ("（原标题：…）", "X新闻记者 NAME 通讯员 NAME" opening the text, "图/X供图",
  a "【链接】" box and safety tips in the text);
- tw_dengshan_news: a trail reopened on a Taiwanese site ("X / 記者NAME／南投即時報導", "【更新】", a trail facts table,
  "延伸閱讀", a safety box, a subscribe box and a copyright line in BEM elements of the text's block);
- held out: ca_trail_news (a ``<title>`` alone: "Local Journalism Initiative Reporter", "READ MORE:" lines, a table of
  closed routes, the reporter's note closing the text's box), ch_berg_news (a ``<title>`` alone, hashed classes:
  "Archivbild: NAME", an avalanche warning box, "Mitarbeit: NAME"), ja_sangaku_chiho (a ``<title>`` alone, an old table
  layout: "【NAME】" after the text, a "◆秋の登山の注意点" table after it), hk_jiaoye_news (a ``<title>`` alone, hashed
  classes: "撰文：NAME", "發佈日期"/"最後更新日期", "【更正】", "延伸閱讀：" links in the text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One dev expectation was mended after the dev score,
by a convention already written: cn_dengshan_news's "通讯员 NAME" is a contributor, no writer (as unseen101's
cn_jiedao_news, unseen130's cn_keyan_news and fourteen earlier pages; the writer followed unseen89's cn_kejibao,
whose expectation names both).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_hiking_news, us_parks_news, de_wandern_news, fr_montagne_news,
  ja_tozan_news, ja_outdoor_web, cn_dengshan_news, tw_dengshan_news;
- held out (scored once, blind, before any rule of the round): ca_trail_news, ch_berg_news, ja_sangaku_chiho,
  hk_jiaoye_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=1.000 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.500 date=0.750 body_start=0.000 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before the mended expectation): headline=1.000 authors=0.958 date=1.000
  body_start=0.875 body_end=0.750 related=1.000 attributions=0.961 images=1.000;
- after the blind score, a rule from ja_sangaku_chiho's miss: writers in lenticular brackets closing the text's
  paragraphs close the text;
- dev and held out after the rules (see "Hundred-and-thirty-third held-out round" in docs/extraction-design.md): 1.000
  in every field.

``tests/unseen_score.py unseen133`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen133"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_notes_and_boxes_around_outdoor_stories() -> None:
    """"※この記事の情報は…時点のものです。…" over the text opens none and "※料金や営業期間、利用ルールは変更になる場合があります。…"
    after it closes none (notes on when the facts held and that they may change); a BEM element of the text's block
    named as furniture ("article-content__subscribe") is no part of the text."""
    text = "".join(f"<p>関東近郊で無料で川辺にテントを張れる場所として、ここ数年SNSで人気を集めていた河川敷が、今月から全面禁止に。第{n}段落。</p>"
                   for n in range(5))
    html = article_page("<p>※この記事の情報は2025年4月18日時点のものです。最新の情報は各自治体の公式サイトでご確認ください。</p>" + text
                        + "<p>※料金や営業期間、利用ルールは変更になる場合があります。お出かけの前に公式サイトでご確認ください。</p>",
                        lang="ja", title="河川敷キャンプ禁止", h1="人気の河川敷キャンプ、全面禁止に")
    body = _extract(html)["body"]
    assert body.startswith("関東近郊で")
    assert body.endswith("第4段落。")
    text = "".join(f"<p>南投分署宣布，封閉半年的雲稜山步道將於4月起重新開放，並實施總量管制，每日上限300人，第{n}段。</p>"
                   for n in range(5))
    html = ("<html lang='zh-TW'><head><meta charset='utf-8'><title>雲稜山步道重新開放</title></head><body>"
            "<section class='article-content'><h1>雲稜山步道4月重新開放　總量管制每日300人</h1>"
            f"<section class='article-content__editor'>{text}</section>"
            "<div class='article-content__subscribe'><p>看更多山林新聞，追蹤「山林」專區。訂閱電子報，每週收到精選登山資訊。</p></div>"
            "</section></body></html>")
    assert _extract(html)["body"].endswith("第4段。")


def test_a_map_of_the_outlet_with_anothers_data_and_a_lenticular_signature() -> None:
    """"Karte: Isarbote/OpenTopo-Daten" on Isarbote's page credits the map (the outlet's, with another's data), where
    "Karte: Isarbote" alone is the outlet's own drawing; after the blind score: "<p class='kisha'>【NAME】</p>" closing
    the text's paragraphs signs it, and the tips table after it in the text's cell is no text."""
    text = "".join(f"<p>Der Kesselsteig ist nach dem Felssturz im September wieder offen, die neue Route umgeht die "
                   f"Rinne, Teil {n}.</p>" for n in range(5))
    figure = ("<figure><img src='/bilder/karte.jpg' alt='Karte'><figcaption><span>Die neue Route (rot) umgeht die "
              "Rinne.</span> <span class='caption-credit'>Karte: CREDIT</span></figcaption></figure>")
    for credit, credited in (("Isarbote/OpenTopo-Daten", True), ("Isarbote", False)):
        html = article_page(text[:200] + figure.replace("CREDIT", credit) + text[200:], lang="de",
                            meta="<meta property='og:site_name' content='Isarbote'>")
        pairs = _pairs(_extract(html, "https://www.isarbote.example/region/kesselsteig-offen-1.html"))
        assert (["photo", credit] in pairs) is credited
    text = "".join(f"<p>　土砂崩れで通行止めが続いていた登山道が、1年ぶりに通れるようになった。村が迂回路を整備し、28日に開通した。第{n}段落。</p>"
                   for n in range(4))
    tips = ("<table class='chui'><tr><th class='chui_title'>◆秋の登山の注意点</th></tr><tr><td>・日没が早まるため、"
            "午後3時までに下山できる計画を<br>・防寒着とヘッドランプを必ず持参</td></tr></table>")
    html = article_page(text + "<p class='kisha' align='right'>【大西和樹】</p>" + tips, lang="ja", title="登山道が再開",
                        h1="土砂崩れの登山道、1年ぶり再開")
    record = _extract(html)
    assert record["authors"] == ["大西和樹"]
    assert "注意点" not in record["body"]
