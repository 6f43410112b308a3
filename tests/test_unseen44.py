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

Mended in the seventy-first round, by rules about their kinds (no other page of the sets changed, declared or not; of
the 1,117 bench records one, a colophon page's headline and writer): cn_central's title signed after doubled dashes
("…--经济--PAPER网"), its reporters' line padding a two-character name ("本报记者　刘　洋　通讯员　NAME") and its
``<h1>`` holding figures (a word more than its characters alone); cn_finance's reporters' line opening with an outlet
whose name starts with digits and closing on where they reported ("21世纪财经日报记者 NAME NAME 北京、深圳报道");
tw_online's link to the reporter's page reading the title and the name ("記者NAME").

``tests/unseen_score.py unseen44`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen44"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # (the correspondent dateline "【ワシントン＝NAME】" opening the text names the writer since round 74,
    # ``authors.correspondents_in_text``; the headline, the social title's "見送り　議長" for the ``<h1>``'s "見送り、議長",
    # was mended in round 48: the heading's own marks)
    # "取材・文・写真：NAME" in a div.text-sub: the writer is read, the photographer ("写真") is not; not tried
    ("jp_it", "attributions"),
    # "<span class='reporter'>記者NAME／綜合報導</span>": "更多今日新聞網報導" links after the text: not read as teasers;
    # not tried (the byline, the link to the reporter's page reading "記者NAME", is read since round 71)
    ("tw_online", "related"),
    # held out: a lead paragraph (``p.article-body__lead``) taken as the body's start; not tried ("（文・NAME）" closing
    # the text, in brackets, names its writer since unseen94)
    ("jp_weekly", "body_start"),
    # held out: "新民夜报记者　NAME　实习生　NAME" as the body's first paragraph: only "作者：NAME" of the info line is read,
    # the intern is not; not tried
    ("cn_evening", "authors"), ("cn_evening", "attributions"),
    # held out: a ``div.leadin`` standfirst taken as the body's start (the known kind of a leadIn standfirst); not
    # tried
    ("hk_paper", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_ZH_TEXT = "".join(f"<p>工业和信息化部有关负责人介绍，2025年我国新能源汽车出口量达到260万辆，同比增长28%，第{i}段。</p>"
                   for i in range(5))


def test_a_title_of_a_word_or_two_decides_nothing_against_the_pages_only_heading() -> None:
    """A page without an article element whose ``<title>`` is "Home", "News" or "标题" (a system's default, naming no
    article) and whose only ``<h1>`` stands over the text: the heading is the headline, though it shares no word with
    the title; a title of three words or more sharing none, declared beside an ``og:title``, still wins over a heading
    it cannot confirm. (Declared alone, since unseen177, such a title yields to a heading of a headline's length: an
    old layout's SEO title worded otherwise, ``headline._only_heading``.)"""
    def headline(title: str, h1: str = "Council approves budget after months of debate", text: str = _TEXT,
                 meta: str = "") -> str:
        page = (f"<html><head><title>{title}</title>{meta}</head><body><div class='main'><h1>{h1}</h1>"
                f"<p class='byline'>By Jane Roe</p><div class='text'>{text}</div></div></body></html>")
        return _extract(page)["headline"]

    assert headline("Home") == "Council approves budget after months of debate"
    assert headline("标题", "我国新能源汽车年产量首次突破1500万辆", _ZH_TEXT) == "我国新能源汽车年产量首次突破1500万辆"
    declared = "<meta property='og:title' content='Something else entirely'>"
    assert headline("Something else entirely", meta=declared) == "Something else entirely"
    assert headline("Something else entirely") == "Council approves budget after months of debate"


def test_a_central_papers_title_signed_after_a_doubled_dash() -> None:
    """"HEADLINE--经济--PAPER网" (a central paper's titles: section and site after doubled dashes): both parts go, so
    the ``<h1>`` printing the headline alone is the headline; a single dash still parts the site's name."""
    def headline(title: str) -> str:
        page = (f"<html lang='zh-CN'><head><meta charset='utf-8'><title>{title}</title></head><body><div>"
                f"<h1>我国新能源汽车年产量首次突破1500万辆</h1>{_ZH_TEXT}</div></body></html>")
        return _extract(page)["headline"]

    assert headline("我国新能源汽车年产量首次突破1500万辆--经济--中华时报网") == "我国新能源汽车年产量首次突破1500万辆"
    assert headline("我国新能源汽车年产量首次突破1500万辆--中华时报网") == "我国新能源汽车年产量首次突破1500万辆"
    from newsarchive.extraction.headline import strip_site_name

    assert strip_site_name("我国新能源汽车年产量首次突破1500万辆--经济--中华时报网", []) == "我国新能源汽车年产量首次突破1500万辆"
    assert strip_site_name("两家头部电池企业洽谈合并，整合-储能", []) == "两家头部电池企业洽谈合并，整合-储能"


def _zh_page(first: str, head: str = "") -> str:
    return ("<html lang='zh-CN'><head><meta charset='utf-8'><title>我国新能源汽车年产量首次突破1500万辆_要闻_晨报网</title></head>"
            f"<body><div class='main'><h1>我国新能源汽车年产量首次突破1500万辆</h1>{head}<div class='content'>"
            f"<p>{first}</p>{_ZH_TEXT}</div></div></body></html>")


def test_a_chinese_reporters_line_opening_the_text_padded_names_and_where_they_reported() -> None:
    """The reporters' line a Chinese paper opens its text with: a two-character name padded to three by an ideographic
    space ("本报记者　刘　洋"), an outlet's name opening with digits ("21世纪财经日报记者"), and the places they reported
    from after the names ("北京、深圳报道"): the persons are the writers, the correspondent a contributor, the places
    no one; the line is no text."""
    def read(first: str) -> tuple[list[str], list[tuple[str, str]], str]:
        record = _extract(_zh_page(first))
        return record["authors"], [(a["role"], a["name"]) for a in record["attributions"]], record["body"][:6]

    assert read("本报记者　刘　洋　通讯员　赵明辉") == (["刘洋"], [("author", "刘洋"), ("contributor", "赵明辉")], "工业和信息化")
    assert read("21世纪财经日报记者 周慧敏 张一帆 北京、深圳报道")[:2] == (
        ["周慧敏", "张一帆"], [("author", "周慧敏"), ("author", "张一帆")])
    assert read("本报记者 周慧敏 北京报道")[0] == ["周慧敏"]
    assert read("本报记者 周慧敏 张一帆")[0] == ["周慧敏", "张一帆"]


def test_a_link_to_a_reporters_page_reading_the_reporters_title_and_name() -> None:
    """"<span><a href='/reporter/NAME'>記者陳怡君</a>／綜合報導</span>" under the headline (a Taiwanese news site, no byline
    class): the link to the reporter's page is the byline, the title glued before the name is no part of it; a link
    there reading "記者專欄" (the reporter's column) names nobody.""" 
    def authors(link: str, href: str = "/reporter/chenyijun") -> list[str]:
        head = f"<div class='info'><span><a href='{href}'>{link}</a>／綜合報導</span><time>2026-03-11 14:12</time></div>"
        page = ("<html lang='zh-TW'><head><meta charset='utf-8'><title>颱風季前大掃除！北市清溝作業啟動</title></head>"
                f"<body><div class='news'><h1>颱風季前大掃除！北市清溝作業啟動</h1>{head}<div class='content'>"
                + "".join(f"<p>台北市工務局今日宣布啟動全市側溝清疏作業，預計五月底前完成第{i}區的清溝工作。</p>"
                          for i in range(5)) + "</div></div></body></html>")
        return _extract(page, "https://www.nowtoday.example/news/6612345")["authors"]

    assert authors("記者陳怡君") == ["陳怡君"]
    assert authors("記者專欄", "/reporter/chenyijun") == []
