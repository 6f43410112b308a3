"""A hundred-and-thirty-eighth held-out round of pages imitating publishing systems (issue 9): music festivals and live
concerts: a UK regional paper's festival cancellation story, a US entertainment site's tour story, a German regional
paper's festival story, a French national daily's festival story, a Japanese national daily's music festival story, a
Japanese music web medium's concert feature, a mainland portal's music festival story, a Taiwanese site's concert story;
held out: a Canadian site's festival story, a Luxembourg site's festival story, a Japanese regional paper's festival
story, a Singapore Chinese-language outlet's festival story.

As in unseen71 to unseen137, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the lineup,
timetable and ticket boxes festival stories carry:

- uk_festival_news: a festival cancelled by a storm on a UK regional paper's Reach-style pages (a standfirst over the
  byline, "Updated" times, "READ MORE:" lines, "Additional reporting by NAME." and a ticket box after the text,
  "(Image: NAME/Getty Images)", "as the X Herald first reported");
- us_concert_news: a stadium tour's extra dates on an entertainment site's WordPress pages (a dek, an author flyout,
  an italic update note opening the text's box, a list of dates in the text, credits in ``<cite>``, "As X first
  reported", "Related Stories");
- de_festival_news: a festival stopped by storms on a German regional paper's pages (a "WK+" badge, "Von A und B", an
  "Update, Sonntag, 9.15 Uhr:" note, "Foto: Veranstalter", "wie Radio X zuerst berichtet hatte", "Mit Material von
  dpa");
- fr_festival_news: a headliner pulling out on a French national daily's pages (the chapô over the date, "Lecture 4
  min." and "Article réservé aux abonnés" lines over the text, "Par A (Bordeaux, correspondante) et B", credits in
  capitals, "Lire aussi |" lines, "Selon *Le Courrier de Gascogne*");
- ja_fes_news: a festival cancelled by a typhoon on a national daily's hashed-class pages (an update note in brackets
  opening the text, an AI summary box, "＝…、NAME撮影", "地元紙のXが報じた", writer cards and "コメントプラス" comments after
  the text);
- ja_live_web: a concert report on a music medium's WordPress pages (a placeholder account declared, "文＝A　写真＝B、C"
  opening the text's box, "（写真＝NAME）", "【写真】…（全25枚）" in the text, "■セットリスト", "■公演情報" and
  "■リリース情報" sections after it);
- cn_yinyuejie_news: a festival's second day cancelled on a portal's pages ("（原标题：…）", "X娱乐7月13日报道（文/NAME）"
  opening the text, a refund table in it, "本文来源：X 作者：NAME" after it);
- tw_yinyuejie_news: two arena concerts cancelled on a Taiwanese site ("合眾報／ 記者NAME／台北即時報導", "（更新：…）"
  opening the text's box, "延伸閱讀" links in it, a "【退票資訊】" box after it);
- held out: ca_festival_news (a ``<title>`` alone: "NAME · OUTLET", "Posted: … | Last Updated: …", "(NAME/OUTLET)"
  credits, "With files from NAME", "As the Dartmouth Tide first reported"), lu_festival_news (a ``<title>`` alone,
  hashed classes: "Journalistin Lokales", "18.06.2026 um 14:05 · Aktualisiert am …", a "Korrektur:" note after the
  text), ja_fes_chiho (a ``<title>`` alone, an old table layout: paragraphs between ``<br><br>``, "（NAME）" in a
  ``<div>`` after them and a memo table after it, "みなとケーブルテレビが…報じたところでは"), sg_yinyuejie_news (a
  ``<title>`` alone, Next.js: "发布/DATE", "更新/DATE", an AI summary box, credits in brackets of their own).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev score,
by conventions already written: tw_yinyuejie_news's print paper named before the reporter ("合眾報／ 記者NAME") is the
story's source (as unseen136's tw_gongcheng_news); ja_live_web's "【写真】…の模様（全25枚）" links a gallery, its
pictures counted, no story (``body._GALLERY_LINK``, unseen117).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_festival_news, us_concert_news, de_festival_news, fr_festival_news,
  ja_fes_news, ja_live_web, cn_yinyuejie_news, tw_yinyuejie_news;
- held out (scored once, blind, before any rule of the round): ca_festival_news, lu_festival_news, ja_fes_chiho,
  sg_yinyuejie_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=0.889 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.500 date=0.750 body_start=0.250 body_end=0.500; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before the mended expectations): headline=1.000 authors=1.000 date=1.000
  body_start=0.750 body_end=0.750 related=0.986 attributions=0.989 images=1.000;
- dev and held out after the rules (see "Hundred-and-thirty-eighth held-out round" in docs/extraction-design.md):
  1.000 in every field. The rules made after the blind score, from the held-out pages: a writer's line in brackets in
  a ``<div>`` after paragraphs set between ``<br>``s, "Xが…報じたところでは" (a local station's name opening in hiragana),
  "As the X first reported" (a title with its article).

``tests/unseen_score.py unseen138`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen138"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_signatures_and_outlets_of_the_held_out_pages() -> None:
    """Rules made after the blind score: "（NAME）" in a ``<div>`` after paragraphs set between ``<br>``s signs and closes
    the text (a memo table after it is none of it); "地元のみなとケーブルテレビが…報じたところでは" and "As the X Tide first
    reported" cite outlets ("As the World Bank first reported" none)."""
    lines = "".join(f"　港町ジャズフェスティバルの実行委員会と会場周辺の四つの町内会は12日、野外ステージでの演奏の音量や時間を定めた"
                    f"協定を結んだ。第{n}段落。<br><br>" for n in range(5))
    memo = "<table class='memo'><tr><td><b>■第30回港町ジャズフェスティバル</b><br>日時　9月27日<br>会場　港町中央公園</td></tr></table>"
    html = ("<html lang='ja'><head><meta charset='utf-8'><title>ジャズフェス協定</title></head><body><table><tr><td>"
            "<h2>港町ジャズフェス、音量巡り住民と初の協定</h2><div class='date'>2025/09/13 05:00</div><div class='honbun'>"
            f"{lines}<div class='kisha' align='right'>（石黒美月）</div><br clear='all'>{memo}</div></td></tr></table>"
            "</body></html>")
    record = _extract(html)
    assert record["authors"] == ["石黒美月"] and record["body"].endswith("第4段落。")
    assert _sources("地元のみなとケーブルテレビが昨年9月に報じたところでは、苦情は40件を超えた。", "ja") == ["みなとケーブルテレビ"]
    assert _sources("As the Dartmouth Tide first reported, the festival will move to the harbour.") \
        == ["the Dartmouth Tide"]
    assert _sources("As the World Bank first reported, growth slowed across the region.") == []


def test_lines_notes_and_sections_of_festival_stories() -> None:
    """"Lecture 4 min." and "Article réservé aux abonnés" over the text open none; "（8月31日…、記事を更新しました）"
    opens none; sections under "■" headings holding no sentence ("■セットリスト", "■公演情報") after the text are none
    of it. (Experts' comments in a box named in one word, "<section id='commentplus'>", close no text: ja_fes_news's
    ``body_end``, the walk skipping the box, a heading named so staying the label it is: unseen93's
    ja_jishin_sokuhou.)"""
    text = "".join(f"<p>Le message est tombé mardi soir sur les réseaux sociaux de la chanteuse, qui annule, "
                   f"partie {n}.</p>" for n in range(5))
    head = ("<p class='meta__reading-time'>Lecture 4 min.</p><span class='meta__premium'>Article réservé aux "
            "abonnés</span>")
    html = article_page(text, head=head, lang="fr", title="Festival", h1="La tête d’affiche annule sa venue")
    assert _extract(html)["body"].startswith("Le message est tombé")
    text = "".join(f"<p>台風の接近を受け、浜崎海浜公園で開かれる予定だった野外音楽フェスは2日目の中止を決めた。第{n}段落。</p>"
                   for n in range(5))
    note = "<p>（8月31日午前8時10分、2日目の中止決定を受けて記事を更新しました）</p>"
    body = _extract(article_page(note + text, lang="ja", title="フェス中止", h1="フェス2日目も中止"))["body"]
    assert body.startswith("台風の接近を受け")
    sections = ("<h3>■セットリスト</h3><p>夜明けのプリズム『DAYBREAK CIRCUIT 2025』<br>2025年11月23日（日・祝）東都ドーム</p>"
                "<ol><li>始発</li><li>プリズム・ハイウェイ</li><li>環状線</li></ol><h3>■公演情報</h3><p>チケット：全席指定 "
                "11,000円（税込）<br>一般発売：2026年2月14日（土）10:00〜</p>")
    body = _extract(article_page(text + sections, lang="ja", title="ライブ", h1="ツアーファイナルで初のスタジアム公演"))["body"]
    assert body.endswith("第4段落。")
