"""A hundred-and-twentieth held-out round of pages imitating publishing systems (issue 9): space, astronomy and the
night sky: a US paper's launch story, a UK paper's astronomy story, a German news site's spaceflight story, a French
regional paper's night-sky story, a Japanese web medium's space article, a Japanese national daily's astronomy story,
a mainland portal's spaceflight story, a Taiwanese site's astronomy story; held out: a New Zealand site's night-sky
story, an Austrian paper's space page, a Japanese regional paper's stargazing story, a Hong Kong outlet's space
story.

As in unseen71 to unseen119, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- us_space_news: a scrubbed launch on a US paper's Gannett-like pages (the agency as a second byline, "CAPE
  CANAVERAL —", a timed list, a "How to watch" table, the writer's bio in italics after the text, "as first reported
  by the trade newsletter X");
- uk_astronomy_news: a giant planet on a UK paper's hashed-class pages (credits closing the captions, "What is a red
  dwarf?", an amendment note after the text, a newsletter's pitch with a sign-up link after the tags);
- de_raumfahrt_news: a scrubbed launch on a German news site's pages (kicker and title in an ``<h2>``, the declared
  headline "Kicker: Title", "jkr/mbr/dpa", "wie zuerst das Fachportal „X“");
- fr_espace_news: the Perseids on a French regional paper's pages ("| OUEST-LITTORAL / NAME", two "Lire aussi :"
  lines, a viewing table, "Pratique." closing the text);
- ja_uchu_web: a stopped launch on a WordPress space medium (a dated "追記" box and a 目次 over the text, a glossary
  box, "参考：… プレスリリース", "十勝毎朝新聞が報じた");
- ja_tenmon_news: a protocluster on a national daily's Next.js pages ("＝国立天文台提供", "英天文学誌X に掲載される",
  "〈ことば〉", コメントプラス);
- cn_hangtian_news: a first flight on a portal's pages (a 摘要 box, a timeline table, "【名词解释】", "（部分内容综合自
  新华社）" in a box after the text, "责任编辑：NAME");
- tw_tianwen_news: the Perseids on a Taiwanese site's pages ("記者NAME／綜合報導", "▲" captions with "（圖／X提供）",
  "►" lines in the text, "資料來源：X" under a table);
- held out: nz_sky_news (a ``<title>`` alone: "By A & B", an update note in italics over the text, "Photo / X"),
  at_weltraum_news (a ``<title>`` alone: "(NAME, APA, DATE)" closing the text, a readers' forum box after it),
  ja_hoshi_chiho (a ``<title>`` alone, an old table layout: the date in a cell named "kiji_date", an ``<h3>``
  subtitle under the ``<h2>``, the text one box of ``<br>`` lines, "（桐原支局・NAME）" after it, a memo box, related
  stories with their days), hk_taikong_news (a ``<title>`` alone: "撰文：A、B", "協助採訪：NAME", "【延伸閱讀】…（點擊看
  全文）", "（X圖片）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One dev expectation was mended after the dev score,
and one held-out expectation after the blind score, by conventions already written: de_raumfahrt_news's kicker,
which the declared JSON-LD headline prints too, stays in the headline; hk_taikong_news's "（港島科技大學圖片）" credits
"港島科技大學", as unseen117's "（翠灣航空圖片）" credits "翠灣航空".

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_space_news, uk_astronomy_news, de_raumfahrt_news, fr_espace_news,
  ja_uchu_web, ja_tenmon_news, cn_hangtian_news, tw_tianwen_news;
- held out (scored once, blind, before any rule of the round): nz_sky_news, at_weltraum_news, ja_hoshi_chiho,
  hk_taikong_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.667 date=0.750 body_start=0.750
  body_end=0.500 related=0.938 attributions=0.817 images=0.875 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.375 date=0.750 body_start=0.250 body_end=0.750; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=0.875 authors=1.000 date=1.000
  body_start=0.875 body_end=0.875 related=0.986 attributions=0.975 images=1.000;
- after the blind score, rules from ja_hoshi_chiho's misses (a table cell named for the date, the headline's box
  holding its subtitle, a writer's line after a text of ``<br>`` lines): ja_hoshi_chiho right in every field;
- dev and held out after the rules (see "Hundred-and-twentieth held-out round" in docs/extraction-design.md): 1.000
  in every field but the known failures below.

``tests/unseen_score.py unseen120`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT, article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _credit_pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen120"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a "►" line linking a story after the text's last paragraph, before the site's "更多…報導" box, not read as a
    # teaser (a link line at the text's edge, which no rule reads as one); not tried
    ("tw_tianwen_news", "related"),
    # held: a readers' forum box ("Forum / Diskutieren Sie hier über diesen Artikel. …") after the sign-off read as
    # the text's end; not tried
    ("at_weltraum_news", "body_end"),
    # held: "撰文：<a>A</a>、<a>B</a>" read as its first writer alone (fixed with unseen156: a writer's label cell opening
    # a row of writers' links names the row); "協助採訪：NAME" not read as a contributor; two "【延伸閱讀】<a>…</a>
    # （點擊看全文）" lines not read as teasers (fixed with unseen166: a label closed by its lenticular bracket); not tried
    ("hk_taikong_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_newsletters_pitch_with_a_link_to_sign_up_closes_no_text() -> None:
    """A box after the text pitching a newsletter, its call a link to the sign-up page, no form ("<h2>Stargazing on a
    budget?</h2><p>Our free newsletter, Starwatch, brings you …</p><a href='/email-newsletters?CMP=…'>Sign up to
    Starwatch</a><p><small>Privacy Notice: …</small></p>"): the text ends at its last paragraph; a link to sign up
    in a sentence of the text's is no such box."""
    pitch = ("<div class='epic'><h2>Stargazing on a budget?</h2><p>Our free newsletter, Starwatch, brings you a "
             "monthly guide to the night sky, what to look for and when.</p><a href='https://news.example/"
             "email-newsletters?CMP=starwatch'>Sign up to Starwatch</a><p><small>Privacy Notice: Newsletters may "
             "contain info about charities, online ads, and content funded by outside parties.</small></p></div>")
    body = _extract(article_page(COUNCIL_TEXT + pitch))["body"]
    assert body.endswith("keeps the property tax rate where it was last year.") and "Starwatch" not in body
    # (a link to sign up inside a sentence of the text's is no such box: the line stays)
    line = ("<p>You can also <a href='https://news.example/newsletters'>subscribe to this newsletter here</a> — just "
            "tick the box for the morning edition.</p>")
    assert _extract(article_page(COUNCIL_TEXT + line))["body"].endswith("just tick the box for the morning edition.")


def test_an_update_box_over_the_text_opens_none_of_it() -> None:
    """"<div class='c-box--update'><p>追記（2025年2月17日 9:05）</p><p>…の見通しと、共同通信の報道について追記しました。</p>
    </div>" over the text: a note on what was added, no paragraph of the story."""
    text = "".join(f"<p>北星スペースワークスは2月16日、十勝宇宙港から予定していた小型ロケットの打ち上げを発射90秒前に中止した。第{n}段落。</p>"
                   for n in range(5))
    note = ("<div class='c-box c-box--update'><p class='c-box__title'>追記（2025年2月17日 9:05）</p><p>北星スペースワークスが"
            "17日朝に発表した次回打ち上げの見通しと、共同通信の報道について追記しました。</p></div>")
    body = _extract(article_page(note + text, lang="ja", title="ほくと2号機", h1="ほくと2号機、発射90秒前に停止"))["body"]
    assert body.startswith("北星スペースワークスは2月16日")


def test_a_sciences_journal_and_a_portals_compiled_from_note() -> None:
    """"英天文学誌ネイチャー・アストロノミーに掲載される" (a science's journal, "天文学誌"); "（部分内容综合自新华社）" in a box
    of its own after the text's credits the agency as a contributor."""
    assert _sources("論文は6日、英天文学誌ネイチャー・アストロノミーに掲載される。", "ja") == ["ネイチャー・アストロノミー"]
    text = "".join(f"<p>按照计划，回收平台将在未来三天内拖带一子级返回港口，随后箭体将被运往总装厂房开展全面检测，第{n}段。</p>"
                   for n in range(5))
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>首飞成功</title></head><body><div class='post_main'>"
            f"<h1>海上平台回收一子级 首飞成功</h1><div class='post_body'>{text}</div><div class='post_statement'>（部分内容"
            "综合自新华社）</div></div></body></html>")
    record = _extract(html)
    assert ["contributor", "新华社"] in _credit_pairs(record)


def test_an_old_layouts_date_cell_subtitle_and_writer_after_lines_split_by_breaks() -> None:
    """An old table layout: the date in a cell named so beside the section's ("<td class='kiji_date'>2025年8月9日（土）
    </td>"), the ``<h2>`` headline and an ``<h3>`` subtitle in their box, the text one box of lines split by
    ``<br>``, the writer "（桐原支局・NAME）" in a ``<p>`` right after it, a memo box and a list of related stories with
    their days after that: the cell dates the story (not a related story's day), the text starts below the subtitle,
    the writer signs and closes it."""
    lines = "\n<br>\n".join(f"　夏の夜空を彩る流星群が12日夜から13日未明にかけて見ごろを迎える。月が沈んだ後が狙い目だと、天文クラブの"
                            f"会長は話している。第{n}段落。" for n in range(8))
    html = ("<html lang='ja'><head><meta charset='utf-8'><title>流星群、12日夜から見ごろ｜南信州日報</title></head><body>"
            "<div id='kiji'><table class='kiji_head'><tr><td class='kiji_cate'><img src='/img/icon_area.gif' "
            "width='12' height='12' alt=''> 桐原・星ケ峰</td><td class='kiji_date'>2025年8月9日（土）</td></tr></table><div "
            "class='kiji_midashi'><h2>ペルセウス座流星群、12日夜から見ごろ　星ケ峰高原で観察会</h2><h3 class='kiji_sub'>天文クラブ"
            f"「月が沈んだ後が狙い目」</h3></div><div class='kiji_honbun'>{lines}</div><p class='kiji_kisha'>（桐原支局・北沢美咲）"
            "</p><table class='kiji_memo'><tr><td><b>【メモ】</b>観察会は参加無料、申し込み不要。駐車場は約200台分。</td></tr>"
            "</table><div class='kanren'><ul><li><a href='/news/area/20241214_0519.html'>ふたご座流星群、星ケ峰で冬の観察会　寒さの中"
            "100人</a> <span class='date'>（2024/12/14）</span></li></ul></div></div></body></html>")
    record = _extract(html, "https://www.minamishinshu.example/news/area/kirihara/20250809_0412.html")
    assert record["published"][:10] == "2025-08-09"
    assert record["body"].startswith("夏の夜空を彩る流星群") and record["body"].endswith("第7段落。")
    assert record["authors"] == ["北沢美咲"]
