"""A forty-fourth held-out round of pages imitating publishing systems (issue 9): Japanese and Chinese news sites,
national and regional, declaring little (all twelve declare no writer, or only the organisation; six declare no
JSON-LD at all). The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing,
before the single held-out score), BEFORE any rule of the round. The round's focus: authors, then attributions.

Each page in ``fixtures/unseen44`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- jp_national: a Japanese national daily's digital edition (Mainichi-like: the organisation declared, a "有料記事"
  badge, "2026/3/11 05:00（最終更新 3/11 07:12）", a "【ワシントン＝NAME】" correspondent dateline opening the text,
  the caption closing "＝ワシントンで2026年3月10日、NAME撮影", an inline "関連記事" box, the paywall's "残り812文字"
  box after the visible text, "あわせて読みたい" cards, a ranking rail);
- jp_block: a Japanese block paper (Hokkaido-like: no writer declared, the ``<h1>`` in two lines split by ``<br>``,
  the caption closing "（NAME撮影）", a "＜関連＞" box, "（NAME、NAME）" as the text's last paragraph, the members'
  call, "道内の最新ニュース" and "おすすめ記事" after it, a ranking with "2時間前");
- jp_tvnews: a Japanese TV network's news site (ANN-like: a VideoObject and the network declared as the writer, a
  player over the title, a speaker's name line with a ``<br>`` before the quote, "（経済部・NAME記者）" closing the
  last paragraph, "（「PROGRAM」DATE放送分より）" after it, "関連ニュース" cards, "こちらもおすすめ");
- jp_econ (held out): a Japanese economic daily's web edition (Nikkei-like hashed class names: the organisation
  declared, a ``meta name=author`` naming the paper, "=共同" as the caption's credit span, "【関連記事】" as a
  paragraph with a list of "・" links closing the text, "この記事の著者" cards each with a department, the name
  "SURNAME GIVEN" and its kana reading, a profile and a follow button);
- jp_weekly (held out): a Japanese weekly magazine's web edition (the editorial team declared as an Organization, a
  series line, "週刊アサヒナ" and "2026/03/11 07:00", "（写真・NAME）" under the caption, a lead paragraph, ``<h2>``
  sections, "こちらの記事も読まれています", "（文・NAME）" and "※週刊アサヒナ　2026年3月20日号より" closing the text,
  a pager, the issue's box);
- jp_it: a Japanese IT news site (Impress-like, no JSON-LD: the ``<h1>`` with a ``<br>`` and a sub span,
  "取材・文・写真：NAME" in a ``div.text-sub``, captions without credit, "■" section headings, an inline "関連記事",
  "レビューの最新記事" with dates);
- cn_central: a Chinese central paper's site (People's-Daily-like XHTML, no JSON-LD: empty ``pre`` heading and
  ``p.author``, a ``sub`` heading, "来源：PAPER", "本报记者　刘　洋　通讯员　赵明辉" as the body's first paragraph with
  two-character names padded by a full-width space, "本报北京3月10日电" opening the text, a table caption closing
  "新华社记者　周　牧摄", "《 PAPER 》（ DATE 04 版）" and "(责编：NAME、NAME)" after the text, "相关新闻",
  "推荐阅读");
- cn_finance: a Chinese financial daily (no JSON-LD, ``meta name=author`` naming the paper, "责任编辑：NAME" in the
  info line, a "摘要" box, "21世纪财经日报记者 NAME NAME 北京、深圳报道" in bold as the body's first paragraph,
  "图片来源：视觉中国", an inline "相关阅读：" line, "（作者：NAME，NAME　编辑：NAME）" closing the text,
  "相关报道", "最新资讯" with relative times);
- cn_evening (held out): a Chinese city evening paper (no JSON-LD: the title in a ``div``, "作者：NAME" in the info
  line naming only the first writer, the caption "… NAME 摄" in a grey span, "新民夜报记者　NAME　实习生　NAME" as
  the body's first paragraph, the lede in bold, bold section lines, "相关阅读", "编辑：NAME" right-aligned closing
  the text);
- cn_techmedia: a Chinese tech media site (Leiphone-like, no JSON-LD: a linked name and "本文作者：NAME" in the
  meta line, a "导语：" lead, "作者 | NAME" and "编辑 | NAME" grey paragraphs opening the body, "图源：视觉中国",
  "相关文章：", the copyright note closing the text, a "关于作者" box with the writer's other posts, comments);
- tw_online: a Taiwanese online news site (NOWnews-like: the outlet declared as a Person, "記者NAME／綜合報導" in a
  ``span.reporter``, the caption closing "（圖／AGENCY提供）", "延伸閱讀", "更多今日新聞網報導" links after the text,
  "生活 最新新聞" with relative times);
- hk_paper (held out): a Hong Kong paper (Oriental-Daily-like, no JSON-LD: a table top bar with the day's date, a
  subtitle ``<h2>``, the caption closing "（NAME攝）", a "leadin" line, "【本報訊】" opening the text, an inline
  "相關新聞：" line, "記者：NAME" as the text's last paragraph and "編輯：NAME" after it, "港聞其他新聞").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a byline
paragraph ("本报记者 …", "21世纪财经日报记者 … 报道", "作者 | NAME") at the top of the body is a byline, no part of
the text; names padded with a full-width space ("刘　洋") are the names without it; an intern ("实习生 NAME") named
in the byline is a writer; a correspondent dateline "【ワシントン＝NAME】" names the writer and opens the text;
editors ("责编", "编辑", "责任编辑", "编辑 | NAME") credit no role (conventions); a standfirst, lead or "摘要" box is no
body (conventions: a standfirst is not body); a site's picks ("おすすめ記事", "こちらもおすすめ", "あなたにおすすめ")
and a section's latest stories are no teasers (conventions), "推荐阅读" is (eleventh round); the paper named in
"来源：" on its own site is a source (as unseen41's cn_provincial); the captions' own credit ("NAME撮影", "=共同",
"（圖／… 提供）", "图片来源：") is the credit, a caption's text is what precedes it.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): jp_national, jp_block, jp_tvnews, jp_it, cn_central, cn_finance,
  cn_techmedia, tw_online;
- held out (scored once, blind, before any rule of the round): jp_econ, jp_weekly, cn_evening, hk_paper.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.167 date=1.000
  body_start=0.500 body_end=1.000 related=1.000 attributions=0.492 images=0.750;
- dev, before any rule of the round: headline=0.750 authors=0.208 date=1.000 body_start=0.875 body_end=1.000
  related=0.821 attributions=0.475 images=0.875;
- dev, after the dev rules (see "Forty-fourth held-out round" in docs/extraction-design.md: several writers in the
  closing brackets; the desk before a broadcaster's closing signature; an author box's heading no name; a labelled
  summary over the text's box): headline=0.750 authors=0.500 date=1.000 body_start=1.000 body_end=1.000
  related=0.821 attributions=0.688 images=0.875;
- held out, after the dev rules: headline=1.000 authors=0.417 date=1.000 body_start=0.500 body_end=1.000
  related=1.000 attributions=0.658 images=0.750 (jp_econ's "この記事の著者" heading no longer read as a name);
- held out, after two held-out kinds fixed by rule (an equals sign before a credit, "=共同"; "記者：NAME" closing
  the text): headline=1.000 authors=0.667 date=1.000 body_start=0.500 body_end=1.000 related=1.000
  attributions=0.825 images=1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=0.833 authors=0.556
date=1.000 body_start=0.833 body_end=1.000 related=0.881 attributions=0.733 images=0.917.

Tried and dropped (docs/extraction-design.md): "【ワシントン＝NAME】" as the writer (it fixed jp_national and
unseen11's yomiuri, but names the writers of two bench Yomiuri pages the meta bench's labels leave without authors:
meta authors 0.966 -> 0.965); a "reporter" class as a byline mark (it fixed tw_online but read unseen18's "新京报记者
NAME 编辑 NAME 校对 NAME" and unseen29's Korean desk line as names). No expectation was changed after a run.

``tests/unseen_score.py unseen44`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen44"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a correspondent dateline "【ワシントン＝NAME】" opening the text: the writer is not read (tried: it names the
    # writers of two bench Yomiuri pages the meta bench leaves without authors, see the docstring) (the headline, the
    # social title's "見送り　議長" for the ``<h1>``'s "見送り、議長", was mended in round 48: the heading's own marks)
    ("jp_national", "authors"), ("jp_national", "attributions"),
    # "取材・文・写真：NAME" in a div.text-sub: the writer is read, the photographer ("写真") is not; not tried
    ("jp_it", "attributions"),
    # a People's-Daily-like page: empty ``pre``/``author`` elements around the ``<h1>`` and the title's
    # "--经济--PAPER" suffix taken; "本报记者　刘　洋　通讯员　NAME" (names padded with a full-width space) as the body's
    # first paragraph is dropped from the text but not read as the byline; "来源：PAPER" not read as the source; not
    # tried (the table caption's "新华社记者　周　牧摄", in a ``<font>``, is read since round 66: ``images._LINE_TAGS``)
    ("cn_central", "headline"), ("cn_central", "authors"), ("cn_central", "attributions"),
    # "21世纪财经日报记者 NAME NAME 北京、深圳报道" in bold as the body's first paragraph (no slash before the place, the
    # outlet glued to the title, digits in its name) and "（作者：NAME，NAME　编辑：NAME）" closing the text: not read;
    # not tried
    ("cn_finance", "authors"), ("cn_finance", "attributions"),
    # "<span class='reporter'>記者NAME／綜合報導</span>": no byline class; tried ("reporter" as a mark) and dropped
    # (see the docstring); "更多今日新聞網報導" links after the text: not read as teasers; not tried
    ("tw_online", "authors"), ("tw_online", "related"), ("tw_online", "attributions"),
    # held out: "（文・NAME）" closing the text before the note "※週刊… 号より", the paper's name read as a
    # source; a lead paragraph (``p.article-body__lead``) taken as the body's start; not tried
    ("jp_weekly", "authors"), ("jp_weekly", "body_start"), ("jp_weekly", "attributions"),
    # held out: "新民夜报记者　NAME　实习生　NAME" as the body's first paragraph: only "作者：NAME" of the info line is read,
    # the intern is not; not tried
    ("cn_evening", "authors"), ("cn_evening", "attributions"),
    # held out: a ``div.leadin`` standfirst taken as the body's start (the known kind of a leadIn standfirst); not
    # tried
    ("hk_paper", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
