"""A hundred-and-thirty-sixth held-out round of pages imitating publishing systems (issue 9): bridges, tunnels and
infrastructure works: a UK regional paper's bridge closure story, a US metro paper's tunnel project story, a German
regional paper's bridge story, a French regional daily's works story, a Japanese national daily's bridge inspection
story, a Japanese web medium's infrastructure feature, a mainland portal's bridge story, a Taiwanese site's public works
story; held out: an Irish site's road works story, an Austrian site's tunnel story, a Japanese regional paper's road
works story, a Hong Kong outlet's infrastructure story.

As in unseen71 to unseen135, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the project
facts, timelines and diversion boxes works stories carry:

- uk_bridge_news: a bridge closure on a UK regional paper's pages (two bylines with photos, an "UPDATE:" note opening
  the text's box, "Read More" boxes, a facts box and a diversion box, "(Image: NAME / OUTLET)" credits);
- us_tunnel_news: a tunnel project on a US metro paper's Arc pages ("By A and B | Staff writers", Gift and Listen
  buttons, "By the numbers" and timeline boxes, "Staff writer NAME contributed to this report." closing the text, a
  correction box after it);
- de_bruecke_news: a bridge closure on a German regional paper's pages (an update note opening the text's box,
  "Hameln." in a span, "Visualisierung: NAME", a diversion box, "mit dpa" after the text);
- fr_chantier_news: a sewer collapse on a French regional daily's WordPress pages (the outlet declared as writer, a
  credit after "|" with no label, "révélé … par nos confrères de X");
- ja_kyoryo_news: a bridge inspection on a national daily's pages (an AI summary box, "＝…、NAME撮影", "＝X提供", a
  ``dl`` facts box, commentators after the text);
- ja_infra_web: a tunnel cost overrun on a Next.js medium ("真柴 悠" and her role "ライター" in the byline's box, a table
  of contents and a correction note over the text, "（出所：…）", "日経産業ジャーナルは…と報じた");
- cn_qiaoliang_news: a bridge closed on a portal's pages ("（原标题：…）" and a "核心提示" box in the text's box, "X讯（记者
  NAME）" opening the text, "本文来源：X 作者：NAME");
- tw_gongcheng_news: a metro line's delay on a Taiwanese site ("X / 記者A、B／台中即時報導", "更新提示：本文13:05更新，…"
  opening the text's box, "製表：NAME" under a table);
- held out: ie_roads_news (a ``<title>`` alone, hashed classes: the text opening in capitals, "Speaking on KCR FM", a
  short URL), at_tunnel_news (a ``<title>`` alone: "28. Jänner 2026", "Von NAME und APA", "©" credits, a
  "Chronologie" box after the text), ja_doboku_chiho (a ``<title>`` alone, an old table layout: "（中津支局・NAME）"
  after the text, "あおばケーブルネット…が報じた"), hk_gongcheng_news (a ``<title>`` alone: the day's date in the top
  bar, "撰文：A、B", "（路政署圖片）", "大事記").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One dev expectation was mended after the dev score,
by a convention already written: tw_gongcheng_news's print paper named before the reporters ("聯晨報 / 記者A、B") is the
story's source (as unseen116's tw_tingdian_news and unseen131's tw_nianjin_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_bridge_news, us_tunnel_news, de_bruecke_news, fr_chantier_news,
  ja_kyoryo_news, ja_infra_web, cn_qiaoliang_news, tw_gongcheng_news;
- held out (scored once, blind, before any rule of the round): ie_roads_news, at_tunnel_news, ja_doboku_chiho,
  hk_gongcheng_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: 1.000 in every field (trafilatura 2.3.1 on the same
  pages: headline=1.000 authors=0.167 date=1.000 body_start=0.500 body_end=0.250; newsarchive with the declarations
  taken out: the same figures);
- dev, before any rule of the round (before the mended expectation): headline=1.000 authors=0.958 date=1.000
  body_start=0.875 body_end=1.000 related=1.000 attributions=0.936 images=1.000;
- dev and held out after the rules (see "Hundred-and-thirty-sixth held-out round" in docs/extraction-design.md):
  1.000 in every field.

``tests/unseen_score.py unseen136`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen136"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_outlets_credits_roles_and_notes_of_works_stories() -> None:
    """"mit dpa" closing the text credits dpa ("Mit freundlichen Grüßen" nobody); "révélé … par nos confrères de X";
    "日経産業ジャーナルは…と報じた" ("ジャーナル", a word of outlets' names in katakana); a role in a byline's element named
    for it ("<span class='css-bl-role'>ライター</span>") names no writer; "更新提示：本文13:05更新，補充…" over the text opens
    none."""
    text = "".join(f"<p>Die Weserbrücke bei Lindenau bleibt bis mindestens Herbst für Lastwagen gesperrt, Teil {n}.</p>"
                   for n in range(5))
    assert ["contributor", "dpa"] in _pairs(_extract(article_page(text + "<p>mit dpa</p>", lang="de")))
    assert _pairs(_extract(article_page(text + "<p>Mit freundlichen Grüßen</p>", lang="de"))) == []
    assert _sources("Elle cite un document révélé la semaine dernière par nos confrères de L’Écho du Brivet.", "fr") \
        == ["L’Écho du Brivet"]
    assert _sources("事業費の一部は通行料金で賄う計画で、日経産業ジャーナルは、公社が料金徴収期間の延長を検討していると報じた。", "ja") \
        == ["日経産業ジャーナル"]
    text = "".join(f"<p>東京湾岸トンネルの事業費が2度目の増額で5400億円に膨らむことが分かった。想定外の軟弱地盤が原因という。第{n}段落。</p>"
                   for n in range(5))
    byline = ("<div class='css-byline'><p class='css-bl-name'><a href='/list/author/mashiba-yu'>真柴 悠</a>"
              "<span class='css-bl-role'>ライター</span></p></div>")
    html = article_page(text, head=byline, lang="ja", title="トンネル事業費増額", h1="湾岸トンネル、事業費が再び増額")
    assert _extract(html)["authors"] == ["真柴 悠"]
    text = "".join(f"<p>台中捷運藍線原訂2029年底通車，但施工時遇到大量地下湧水，加上營建物價上漲，捷運工程局今天證實將延後，第{n}段。</p>"
                   for n in range(5))
    html = article_page("<p><strong>更新提示：本文13:05更新，補充捷運工程局回應。</strong></p>" + text, lang="zh-TW",
                        title="捷運藍線延後", h1="台中捷運藍線延後通車")
    assert _extract(html)["body"].startswith("台中捷運藍線原訂")
