"""A hundred-and-forty-third held-out round of pages imitating publishing systems (issue 9): tourism and overtourism: a
UK regional paper's holiday rentals story, an Irish national site's tourist tax story, an Austrian regional paper's
overtourism story, a French regional daily's visitor cap story, a Japanese national daily's overtourism story, a
Japanese travel web medium's feature, a mainland portal's holiday travel story, a Taiwanese site's tourism story; held
out: an Australian regional site's cruise ship story, a Swiss site's tourist tax story, a Japanese regional paper's
local tourism story, a Macau outlet's tourism story.

As in unseen71 to unseen142, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the visitor
figures and "what travellers need to know" boxes tourism stories carry:

- uk_tourism_news: a holiday lets ban on a Reach-style regional paper ("Local Democracy Reporter", "(Image: NAME/
  Alamy)", "Read More" boxes, "As the X first reported", a story appeal after the text);
- ie_tourism_news: a tourist tax on an Arc XP site (a standfirst in an ``<h2>``, an update note over the text, a
  "Related" box, "– Additional reporting: Reuters");
- at_tourismus_news: tour buses limited on an Austrian regional paper's pages ("Von A und B", an update note, "wie
  zuerst der Regionalsender X berichtet hatte", "(APA/red)" in a line of its own after the text);
- fr_tourisme_news: a visitor cap on a Drupal daily ("Par NAME avec AFP", a practical box, "Infographie : X", "Comme
  l'avait révélé … *X*");
- ja_kanko_news: overtourism on a national daily's Next.js pages (a paid badge, an AI summary box, "＝…、NAME撮影",
  "＝X提供", expert comments after the text);
- ja_kanko_web: a travel medium's SWELL pages (the desk declared, "文：NAME（トラベルライター）", a table in a figure, as-of
  and "【追記】" notes after the text);
- cn_lvyou_news: holiday travel on a portal ("（原标题：…）" and "X晨报记者 A B" over the text, "新华社记者 NAME 摄",
  "图/视觉中国", "来源: X");
- tw_lvyou_news: tourism on a Taiwanese site ("聯合報 / 記者NAME／南投即時報導", "記者NAME／攝影", "【更新】" after the text);
- held out: au_tourism_news (a ``<title>`` alone, Next.js with Tailwind classes: "Updated June 4 2026 - 9:05am, first
  published June 3 2026 - 4:30pm", "Picture by NAME"), ch_tourismus_news (a ``<title>`` alone, hashed classes: a kicker
  span in the ``<h1>``, "Redaktorin Region X" under the name, "Korrigendum:", "Grafik: X / Quelle: Y", "Mitarbeit:
  NAME"), ja_kanko_chiho (a ``<title>`` alone, an old table layout: "（NAME撮影）", "＝X提供", "（NAME）" after a contact
  line, "ケーブルテレビ局・なぐもCATVの報道によると"), mo_lvyou_news (a ``<title>`` alone, an old table layout: a bold lead
  over "發佈時間：… 記者：… 攝影：… 來源：… 點擊：…", "【更新】…" opening the text's cell, "（責任編輯：NAME）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev score,
by conventions already written: cn_lvyou_news's portal line "来源: 湘楚晨报" names the story's source, and
tw_lvyou_news's print paper before the reporter ("聯合報 / 記者NAME") is the story's source.

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_tourism_news, ie_tourism_news, at_tourismus_news, fr_tourisme_news,
  ja_kanko_news, ja_kanko_web, cn_lvyou_news, tw_lvyou_news;
- held out (scored once, blind, before any rule of the round): au_tourism_news, ch_tourismus_news, ja_kanko_chiho,
  mo_lvyou_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.917 date=0.750 body_start=0.750
  body_end=1.000 related=1.000 attributions=0.914 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.250
  authors=0.000 date=0.500 body_start=0.250 body_end=0.500; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before the mended expectations): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.948 images=1.000;
- dev and held out after the rules (see "Hundred-and-forty-third held-out round" in docs/extraction-design.md):
  1.000 in every field but date 0.917 (the known failure below). The rules made after the blind score, from the
  held-out pages: a Swiss writer's desk after her title ("Redaktorin Region X"), a deck over the story's date line, a
  photographer's name up to the next field's label ("攝影：NAME　來源：…"), "なぐもCATVの報道によると".

``tests/unseen_score.py unseen143`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen143"

#: (page, field) pairs still wrong, each a kind not fixed yet.
#: (held: "Updated June 4 2026 - 9:05am, first published June 3 2026 - 4:30pm" in a line of Tailwind classes beside the
#: byline, failing until unseen145: the writer's box under a numbered profile's link is read for the date)
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_desks_decks_fields_and_stations_of_the_held_out_pages() -> None:
    """Rules made after the blind score: "Redaktorin Region Seeburg" under the name is her desk, no writer; a deck over
    the story's date line ("發佈時間：… 記者：…") opens no text; "攝影：NAME　　來源：SITE　　點擊：4826" credits NAME alone;
    "ケーブルテレビ局・なぐもCATVの報道によると" cites the station."""
    text = "".join(f"<p>Die Gemeinde Seeburg verdoppelt die Kurtaxe ab dem nächsten Sommer, Teil {n}.</p>"
                   for n in range(5))
    byline = ("<div class='byline'><a href='/autoren/seraina-caflisch'>Seraina Caflisch</a><br>Redaktorin Region "
              "Seeburg</div>")
    assert _extract(article_page(text, head=byline, lang="de"))["authors"] == ["Seraina Caflisch"]
    text = "".join(f"<p>旅遊局今日公布，七月份入境旅客達三百六十二萬人次，按年上升百分之十四點七，創下單月歷史新高，第{n}段。</p>"
                   for n in range(5))
    head = ("<table><tr><td class='news_lead'><b>不過夜旅客增幅近兩成　居民：出門返工都要兜路</b></td></tr><tr><td "
            "class='news_info'>發佈時間：2025-08-03 16:05　　記者：區穎琛　攝影：梁浩賢　　來源：濠江新聞網　　點擊：4826</td></tr>"
            "</table>")
    record = _extract(article_page(text, head=head, lang="zh-MO", title="七月入境旅客", h1="七月入境旅客逾三百六十萬創新高"))
    assert record["body"].startswith("旅遊局今日公布")
    assert ["photo", "梁浩賢"] in _pairs(record)
    assert _sources("地元のケーブルテレビ局・なぐもCATVの報道によると、同じ夏には計11件の事故で救急車が出動したという。", "ja") \
        == ["なぐもCATV"]


def test_a_line_of_agencies_and_initials_after_the_text() -> None:
    """"(APA/red)" in a line of its own after the text credits APA as a contributor (the writer's initials beside it),
    as it does closing the text's last paragraph."""
    text = "".join(f"<p>Hallbach begrenzt ab Juli die Zahl der Reisebusse auf 30 pro Tag, Teil {n}.</p>"
                   for n in range(5))
    record = _extract(article_page(text, lang="de", after="<p class='article__credit-line'>(APA/red)</p>"))
    assert [pair for pair in _pairs(record) if pair[1] in ("APA", "red")] == [["contributor", "APA"]]
