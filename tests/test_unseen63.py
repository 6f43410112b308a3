"""A sixty-third held-out round of pages imitating publishing systems (issue 9): Chinese-language pages of mainland
central, provincial and city evening papers, a financial portal, a tech media site, a Taiwanese daily and online
outlet, a Hong Kong paper, a Malaysian Chinese paper, an account platform's article (a neighbour of the WeChat
pages), a municipal government's release page and an overseas Chinese paper in Europe. The held-out pages are scored
blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE any
rule of the round. The round's focus: Chinese bylines ("本报记者 NAME NAME", "记者 NAME 报道", "作者：NAME", "文｜NAME",
"撰文：NAME　攝影：NAME", "报道：NAME"), editors' lines, source lines, leads in boxes, teaser lists and photo credits.

Each page in ``fixtures/unseen63`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- cn_youth: a central youth paper's site (China-Youth-Daily-like, neighbour of the central papers imitated in
  unseen24, unseen44, unseen51 and unseen59: only ``<title>`` "TITLE_教育频道_SITE", keywords and description declared;
  "2026-03-05 14:32" and "来源：PAPER" spans, "本报记者 NAME NAME" alone as the text's first paragraph in a TRS editor
  box, a centred picture and a "…。（图片来源：视觉中国）" line, "（责任编辑：NAME）" after the text, "相关阅读");
- cn_provincial: a provincial party paper's app share page (Zhejiang-Daily/Chao-News-like: Open Graph without date
  or author; "2026年03月05日 14:32"; a "核心提示：" box over the text; "记者 NAME 报道" alone as the text's first
  paragraph; a caption line "…。拍友 NAME 摄"; "编辑：NAME" closing the text; an originality note; "推荐阅读" cards);
- cn_finportal: a financial portal (East-Money-like: keywords and description only; the headline in a ``div.title``;
  "2026年03月05日 09:15", "来源：PAPER", "作者：NAME" in cells; "【摘要】" box over the text; stock links in the text;
  "(责任编辑：CODE)"; the "郑重声明" disclaimer; "相关资讯"; a "猜你喜欢" box of ad-network cards, no teasers);
- cn_itnews: a tech media site (ITHome-like: description only; "来源：SITE", "作者：NAME", "责编：NAME" spans with
  Baidu ids; "SITE 3 月 5 日消息，" opening; a shop link paragraph; "相关阅读：" list inside the text box; the
  "广告声明：" note closing it);
- tw_paper: a Taiwanese regional daily (a southern daily, neighbour of the Liberty Times, China Times and UDN pages
  imitated before: the organisation as publisher only; the headline in an ``<h2>``; "發布時間：2026/03/05 14:32"; a
  picture memo "…。圖／記者NAME攝" over the text; "【記者NAME／台南報導】" opening it; an inline "延伸閱讀" box);
- hk_singtao: a Hong Kong daily's site (Sing-Tao-like: the organisation declared as author; "發布時間：" and
  "最後更新："; a figure "…。（記者NAME／攝影）"; "撰文：NAME　攝影：NAME" closing the text; "相關新聞" cards);
- weibo_article: a microblog platform's long article (Weibo-ttarticle-like, neighbour of the WeChat pages imitated in
  unseen6, unseen29 and unseen41: nothing declared but ``<title>``; the account as the poster beside the time;
  "文｜NAME" and "编辑｜NAME" opening the text, then a "导读：" quote; a picture and "…。图/AGENCY" line; "— END —" and
  the account's originality note; comments);
- eu_overseas: an overseas Chinese paper in Europe on Drupal (Nouvelles-d'Europe-like: description only, no Open
  Graph; "2026-03-05 14:32 来源：SITE" and "作者：NAME" under the headline; an image field captioned "…。（图片来源：
  法新社）"; "【SITE讯】" opening the text; "推荐阅读" views block);
- cn_evening (held out): a city evening paper (Xinmin-Evening-like: Open Graph title and image only; "PAPER讯（记者
  NAME 通讯员 NAME）" opening the text; a centred picture and a grey line "…　PAPER记者 NAME 摄"; "编辑：NAME";
  "相关阅读");
- tw_lens (held out): a Taiwanese online outlet on Next.js (The-News-Lens-like: the writer declared; a cover
  "Photo Credit: 中央社"; a key-points box; "編按：" in a box opening the text; a figure "…。圖片來源：NAME"; "延伸閱讀"
  inside the text box; "責任編輯：NAME" and "核稿編輯：NAME");
- my_chinapress (held out): a Malaysian Chinese paper on WordPress/JNews (China-Press-like, neighbour of the Sin Chew
  page of unseen51: the organisation declared as author; "报道：NAME" and "摄影：NAME" in meta cells; "（吉隆坡5日讯）"
  opening the text; a caption "…。（摄影：NAME）"; an inline "推荐阅读：" box; the section's latest after the text);
- cn_govrelease (held out): a municipal government's portal (the national government-site template: ``ArticleTitle``,
  ``PubDate`` and ``ContentSource`` metas; "发布时间：… 来源：DEPARTMENT" and the font-size links; a picture and
  "…。（图片来源：OFFICE）"; "责任编辑：NAME"; "相关链接").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them (by the design
doc's conventions): editors ("责任编辑", "编辑：", "编辑｜", "责编", "責任編輯", "核稿編輯") are no writers and no
attribution, and their lines no body (as in unseen51 and unseen59); a reporter's line printed alone as the text's first
paragraph ("本报记者 NAME NAME", "记者 NAME 报道", "文｜NAME") is the byline, no body, and the text opens after it (as in
unseen59); a reporter named inside the text's opening brackets ("【記者NAME／台南報導】", "PAPER讯（记者 NAME 通讯员
NAME）") is the writer and the opening stays the text's (as in unseen51 and unseen59), "通讯员" naming a
contributor; "来源：NAME" names the source when NAME is another outlet or an issuing department, and nobody when it is
the site's own name (`attributions._site_keys`); a labelled lead ("核心提示：", "【摘要】", "导读：") and an editor's
note ("編按：") opening the text are no body; "撰文：NAME　攝影：NAME" closing the text is the byline (the writer, the
photographer credited), no body; "猜你喜欢" over ad-network cards (off-site, marked "广告") names no related link;
"相关链接" to the policy's text and its explainer are related links; a caption's "（图片来源：NAME）", "拍友 NAME 摄",
"图/AGENCY", "圖／記者NAME攝", "（記者NAME／攝影）", "Photo Credit: NAME" and "（摄影：NAME）" credit the photographer or
agency; a government release names no writer.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): cn_youth, cn_provincial, cn_finportal, cn_itnews, tw_paper, hk_singtao,
  weibo_article, eu_overseas;
- held out (scored once, blind, before any rule of the round): cn_evening, tw_lens, my_chinapress, cn_govrelease
  (one mainland paper, one Taiwanese outlet, one Malaysian paper, one government page).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=0.250 body_end=1.000 related=1.000 attributions=1.000 images=1.000. Two of the three body_start misses
  were the expectations' fault, not the extractor's: my_chinapress's and cn_govrelease's ``body_first`` (35 and 38
  characters) were shorter than the 40 characters the scorer compares, so no extraction could match them; the same
  slip was seen on two dev pages (cn_provincial, weibo_article) and all four were lengthened to a longer prefix of the
  same first paragraph (no other value changed). The blind figure stands as taken;
- dev, before any rule of the round: headline=1.000 authors=0.833 date=1.000 body_start=0.750 body_end=1.000
  related=0.875 attributions=0.912 images=1.000 (body_start=0.875 once the two short expectations were lengthened):
  cn_provincial's "记者 NAME 报道" gave "报道" as a second writer; cn_finportal's "相关资讯" list was not read as
  teasers and its "猜你喜欢" ad cards were; weibo_article gave the account as the writer over "文｜NAME" and opened
  its text with the "导读：" digest;
- dev, after the dev rules (see "Sixty-third held-out round" in docs/extraction-design.md: "相关资讯" labels teasers;
  cards printing an ad's label are no teasers; "记者 NAME 报道" leads the writer in; "文｜NAME" over an account's text
  names the writer; a digest is found under the headline block in the text's box): all eight fields 1.000;
- held out, after the dev rules: headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=1.000
  related=1.000 attributions=1.000 images=1.000 (with the lengthened expectations): tw_lens's "編按：" note opened the
  text;
- held out, after one held-out kind fixed by rule ("編按：", "编者按：" opening the text is an editor's note, as
  "Editor's note:" is): all eight fields 1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: all eight fields 1.000.

``tests/unseen_score.py unseen63`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen63"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://news.example/2026/03/05/story.html") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_ZH_TEXT = "".join(f"<p>第{i}段：县里启动“候鸟老师”计划，从城区学校选派音体美和科学学科的骨干教师，以一学期为周期轮流驻岛任教，"
                   "驻岛期间每月另外发放交通和生活补贴。</p>" for i in range(6))


def _page(text: str, header: str = "", after: str = "", lang: str = "zh-CN") -> str:
    return (f"<html lang='{lang}'><head><title>海岛小学迎来候鸟老师</title></head><body><div class='article'>"
            f"<h1>海岛小学迎来候鸟老师</h1>{header}<div class='content'>{text}</div>{after}</div></body></html>")


def _related(html: str) -> list[str]:
    return [link["url"] for link in _extract(html).get("related_links") or [] if link.get("kind") == "related"]


def test_related_news_labelled_zixun() -> None:
    """"相关资讯" (a financial portal's "related news") and "相關資訊" over a list of story links label teasers, as
    "相关阅读" does; the words opening a sentence ("相关资讯显示，…") label nothing."""
    from newsarchive.extraction.hints import TEASER_TEXT

    for label in ("相关资讯", "相關資訊", "相关资讯："):
        assert TEASER_TEXT.match(label) is not None
    assert TEASER_TEXT.match("相关资讯显示，行业集中度有望进一步提升。") is None
    box = ("<div class='relate_news'><div class='relate_title'>相关资讯</div><ul>"
           "<li><a href='https://news.example/a/1001.html'>锂价企稳回升 产业链公司一季度业绩预期改善</a></li>"
           "<li><a href='https://news.example/a/1002.html'>新能源汽车下乡活动启动 动力电池需求有望提振</a></li></ul></div>")
    assert _related(_page(_ZH_TEXT, after=box)) == ["https://news.example/a/1001.html",
                                                    "https://news.example/a/1002.html"]


def test_cards_printing_an_ads_label_are_no_teasers() -> None:
    """"相关推荐" over an ad network's cards, each printing "广告" in an element of its own: paid cards, no related
    links; the same box of cards without the label stays teasers. (Under "猜你喜欢", "guess what you like", a feed
    picked for the reader, none are: the sets' four pages labelled so expect none, ``body.FOR_READER``.)"""
    def box(label: str, title: str = "相关推荐") -> str:
        cards = "".join(f"<li><a href='https://news.example/a/20{i}.html'><img src='/t{i}.jpg' alt=''>"
                        f"<p>新人专享理财活动第{i}期 七日年化收益率高达百分之四点五</p>{label}</a></li>" for i in range(3))
        return f"<div class='guess'><div class='guess_title'>{title}</div><ul>{cards}</ul></div>"

    assert _related(_page(_ZH_TEXT, after=box("<span class='tag'>广告</span>"))) == []
    assert len(_related(_page(_ZH_TEXT, after=box("")))) == 3
    assert _related(_page(_ZH_TEXT, after=box("", "猜你喜欢"))) == []


def test_a_reporters_title_before_the_names_reporting() -> None:
    """"记者 NAME 报道" alone as the text's first paragraph (a provincial paper's app page) leads the writer in, the
    verb no name, as "NAME 报道" does; an agency's "新华社 报道" still names nobody."""
    assert _extract(_page("<p>记者 陈一帆 报道</p>" + _ZH_TEXT))["authors"] == ["陈一帆"]
    assert _extract(_page("<p>本报记者 王敏、李强 报道</p>" + _ZH_TEXT))["authors"] == ["王敏", "李强"]
    assert _extract(_page("<p>新华社 报道</p>" + _ZH_TEXT))["authors"] == []


def test_a_writers_line_opening_an_accounts_article() -> None:
    """"文｜NAME" alone in a paragraph over an account platform's text names the writer, where the name by the
    headline is the account's, unlabelled (as "作者：NAME" does); a line saying more keeps the account."""
    header = "<div class='authorinfo'><a href='https://news.example/u/612055'>城市观察志</a><span>2026-03-05 14:32</span></div>"
    page = _page("<p>文｜苏安然</p><p>编辑｜陆一鸣</p>" + _ZH_TEXT, header)
    assert _extract(page)["authors"] == ["苏安然"]
    assert _extract(_page("<p>文｜苏安然，城市规划师</p>" + _ZH_TEXT, header))["authors"] != ["苏安然"]


def test_a_digest_under_the_headline_in_the_texts_box() -> None:
    """A platform's headline set in a ``div.title`` inside the text's box, the writer's and editor's lines, then
    "导读：…": the summary is found under the headline and the two lines, and the text opens after it; without the
    label the paragraph stays the text's opening."""
    digest = "<blockquote><p>导读：从北上广深回到老家的年轻人，正在把咖啡馆开进县城的老街。</p></blockquote>"

    def page(lead: str) -> str:
        title = "年轻人扎堆县城咖啡：一杯十块钱的生意能做多久？"
        return (f"<html lang='zh-CN'><head><title>{title}</title></head><body><div class='editor'>"
                f"<div class='title'>{title}</div><div class='body'><p>文｜苏安然</p><p>编辑｜陆一鸣</p>"
                f"{lead}{_ZH_TEXT}</div></div></body></html>")

    assert _extract(page(digest))["body"].startswith("第0段")
    assert _extract(page(digest.replace("导读：", "")))["body"].startswith("从北上广深")


def test_a_chinese_editors_note_opening_the_text() -> None:
    """"編按：…" (an editor's note, in a box opening a Taiwanese outlet's text) speaks of the text, which opens after
    it, as "Editor's note:" does (held-out kind); a paragraph opening "編按摩…" (no label) stays."""
    note = "<div class='editor-note'><p>編按：本文為偏鄉醫療系列報導的第三篇，記錄一輛牙醫巡迴車的足跡。</p></div>"
    assert _extract(_page(note + _ZH_TEXT, lang="zh-TW"))["body"].startswith("第0段")
    assert _extract(_page("<p>编者按：本文是系列报道的第三篇。</p>" + _ZH_TEXT))["body"].startswith("第0段")
    kept = "<p>編按摩椅的使用說明，長者可以先從低強度開始，每天不超過二十分鐘。</p>"
    assert _extract(_page(kept + _ZH_TEXT, lang="zh-TW"))["body"].startswith("編按摩椅")
