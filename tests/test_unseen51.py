"""A fifty-first held-out round of pages imitating publishing systems (issue 9): Chinese-language news and magazine
sites declaring little (eleven of the twelve declare no writer: the organisation, the agency or nothing; seven
declare no JSON-LD at all). The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing,
before the single held-out score), BEFORE any rule of the round. The round's focus: authors, attributions, body start
and end, headline.

Each page in ``fixtures/unseen51`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- cn_central: a mainland central paper's site (Guangming Daily-like, neighbour of the People's Daily and central
  pages imitated in unseen24 and unseen44: no JSON-LD, the title "TITLE_时政_SITE", "来源：PAPER" in the info line,
  "本报北京3月11日电" opening the text, "光耀日报记者　NAME摄" under the picture, "（本报记者　NAME）" closing the
  text, "相关阅读" inside the text's box, "[ 责编：NAME ]" after it);
- cn_app: a provincial paper group's news app web page (川观新闻-like, neighbour of the provincial pages imitated
  before: no JSON-LD, an "open the app" banner, the app's name as the source line, a "摘要" box repeating the
  description, "川见新闻记者 NAME 摄影 NAME" as the text's first line, "NAME 摄" closing the caption, "编辑：NAME
  责任编辑：NAME" closing the text, an originality note, "相关推荐" cards);
- cn_pubaccount: a public-account style article page (a Toutiao-like account platform, neighbour of the WeChat page
  of unseen6: the organisation declared, the account's name in the meta line, "文/NAME" and "编辑/NAME" as the
  text's first lines, a "导读：" quote box, "图/视觉中国" closing the caption, "END" and the account's note closing
  the text);
- cn_finance: a financial news site (a securities paper's site, neighbour of Caixin, Jiemian and the finance pages
  imitated before: the organisation declared as author, the headline in an ``<h2>``, "证券晨报记者 NAME" in the
  info bar, a "摘要：" box, "（资料图）" after a caption, "责任编辑：NAME" and a disclaimer after the text);
- tw_mag: a Taiwanese magazine (遠見-like, neighbour of 天下 and 商周 imitated before: the writer declared,
  "撰文：NAME　｜　攝影：NAME" under the headline, a summary repeating the description, a cover figure "…。攝影：NAME",
  a "延伸閱讀" box inside the text, "（本文摘錄自《MAGAZINE》2026年3月號）" closing it, "你可能也喜歡" cards);
- hk_daily: a Hong Kong daily (星島-like: no JSON-LD, no writer printed, the title "TITLE - 港聞 - SITE", a picture
  with "（資料圖片）" opening the text, a "相關新聞：" line, "更多港聞" after the article);
- mo_daily: a Macau daily's e-paper page (澳門日報-like: no JSON-LD, table layout, the title "SITE - TITLE", the
  headline in an ``<h2><font>``, a subtitle, "【本報記者NAME報道】" opening the text, "（本報記者　NAME攝）" closing a
  caption in a table, "本版新聞" list);
- cn_devblog: a Chinese tech blog platform (SegmentFault 思否-like, neighbour of CSDN, Juejin and cnblogs: no JSON-LD,
  the title "TITLE - 前端 - SITE", the writer's name in a user bar, the headline a link to the article, "背景" as
  first sub-heading, code blocks, "推荐阅读" after the article);
- cn_channel (held out): a portal's channel article republished from a paper (中华网-like, neighbour of the Sina,
  NetEase, Sohu and ifeng pages imitated before: no JSON-LD, "TITLE_新闻频道_SITE", "来源：<a>PAPER</a>",
  "PAPER讯（记者 NAME）" opening the text, "PAPER记者 NAME 摄" under the picture, "（原标题：…）" and "责任编辑：
  NAME_NN5217" closing it);
- tw_tv (held out): a Taiwanese TV news site running an agency's copy (TVBS-like, neighbour of SETN and ETtoday: the
  agency declared as a Person, "（中央社記者NAME台北12日電）" opening text set with ``<br>`` in the box, "（示意圖／TVBX）"
  credit, "（編輯：NAME）1150312" closing it, "更多新聞：" and "推薦新聞");
- hk_free (held out): a Hong Kong free paper on WordPress (am730-like: no JSON-LD, "撰文：NAME" in the entry meta,
  "（資料圖片）" figure caption, "延伸閱讀：" line, "編輯：NAME" closing the text, "相關文章");
- sg_broadcast (held out): a Singapore broadcaster's Chinese news site on Drupal (8world-like, neighbour of Zaobao
  and the Singapore daily of unseen41: the organisation declared, "文／NAME　图／NAME" byline, "（NAME摄）" caption, a
  "继续阅读" inline teaser, a Telegram prompt, "相关新闻" and "最新新闻" blocks).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: editors
("编辑：", "责任编辑：", "[ 责编：NAME ]", "（編輯：NAME）") are no writers and no attribution; a reporter named in a
dateline's or a closing line's brackets ("（本报记者　NAME）", "【本報記者NAME報道】", "PAPER讯（记者 NAME）",
"（中央社記者NAME台北12日電）") is the writer, and the dateline stays the text's opening; the paper named after
"来源：" is the source unless it is the site; the agency of a bracketed dateline is the source; "文/NAME", "撰文：",
"文／" name the writer and "摄影", "图／", "攝影：" the photographer; "（資料圖片）", "（资料图）" credit nobody;
"（示意圖／TVBX）" credits the outlet as printed; a standfirst labelled "摘要" or "导读", or repeating the description,
is no body; "END", originality and reprint notes, "（原标题：…）", a magazine's own excerpt note and a Telegram prompt
close no text; the e-paper's "本版新聞" (the page's other stories) and "更多港聞"/"最新新闻" (the section's latest)
are no related links; "你可能也喜歡", "推薦新聞" and "继续阅读" inline teasers are (tw_tv's "更多新聞：" in the text was
one too in my first expectations; mended, see below).

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): cn_central, cn_app, cn_pubaccount, cn_finance, tw_mag, hk_daily, mo_daily,
  cn_devblog;
- held out (scored once, blind, before any rule of the round): cn_channel, tw_tv, hk_free, sg_broadcast (a mainland
  portal, a Taiwanese TV site, a Hong Kong free paper, a Singapore site).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.750 attributions=0.950 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.500 date=1.000 body_start=0.875 body_end=0.875
  related=0.958 attributions=0.746 images=1.000;
- dev, after the dev rules (see "Fifty-first held-out round" in docs/extraction-design.md: a reporter's title
  before the name in the closing brackets, "（本报记者　NAME）"; the outlet glued to the reporter's title, then a space
  and the name, leading a byline in, "证券晨报记者 NAME"; the editor's and proof-reader's labels set off by spaces in
  such a line, "编辑 NAME 校对 NAME"; the verb glued to the name in the opening brackets, "【本報記者NAME報道】"; a
  digest under the writer's and the editor's lines; a Chinese site's disclaimer, "郑重声明："; "你可能也喜歡" as a
  teaser label): all eight fields 1.000;
- held out, after the dev rules: unchanged (headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=0.750 attributions=0.950 images=0.750, against the first expectations);
- held out, after two held-out kinds fixed by rule ("示意圖／" labelling a credit; "推薦新聞" as a teaser label):
  all eight fields 1.000 (against the mended expectation below).

All twelve with what they declare taken out (``--undeclared``), after the rules: all eight fields 1.000.

Expectations changed after a run, by a written convention only: tw_tv's "更多新聞：" line in the text is a bare "More
news" (docs/extraction-design.md, "More teaser labels" and ``hints.TEASER_TEXT``: a bare "More news" heads the site's
latest stories, a word must say whose), so its link is no related link. The blind held-out figures above were scored
against my first expectations (tw_tv's related failed on that link and on the "推薦新聞" list, its images and
attributions on "（示意圖／TVBX）").

``tests/unseen_score.py unseen51`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen51"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://news.example/2026/03/12/content_1001.htm") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = ("<p>记者从市交通运输局获悉，今年本市将新开和优化公交线路50条，重点解决新建小区和产业园区居民出行难问题，"
         "并在早晚高峰加密重点线路的发车班次。</p>" * 5)


def _page(head: str, text: str) -> str:
    return ("<html lang='zh-CN'><head><meta charset='utf-8'><title>本市今年将新开和优化公交线路50条_要闻_晨报网</title></head><body><div class='main'>"
            "<h1>本市今年将新开和优化公交线路50条</h1>" + head + "<div class='content'>" + text + "</div></div>"
            "</body></html>")


def test_a_reporter_in_the_closing_brackets_after_the_papers_title() -> None:
    """"（本报记者　NAME）" as the text's last paragraph (a central paper's short news): the reporter's title before the
    name goes, the name is the writer, as "（山田太郎）" closing a Japanese paper's text; a closing bracket naming an
    outlet or the title alone ("（新华社）", "（本报记者）") names nobody."""
    from newsarchive.extraction.authors import _bracketed_name

    record = _extract(_page("", _TEXT + "<p>（本报记者　陈思远）</p>"))
    assert record["authors"] == ["陈思远"]
    assert _bracketed_name("本报记者　陈思远") == "陈思远"
    assert _bracketed_name("記者 王小明") == "王小明"
    assert _extract(_page("", _TEXT + "<p>（本报记者）</p>"))["authors"] == []
    assert _extract(_page("", _TEXT + "<p>（新华社）</p>"))["authors"] == []


def test_the_outlet_glued_to_the_reporters_title_then_a_space_and_the_name() -> None:
    """"证券晨报记者 NAME" in the info bar, "川见新闻记者 NAME 摄影 NAME" as the text's first line: the outlet and the
    title lead the byline in, the name after the space is the writer (the photographer after "摄影" is not); a
    caption's "新华社记者 NAME 摄" names a photographer, no writer, and a sentence "记者从…获悉" leads nothing in."""
    from newsarchive.extraction.authors import _opens_lead_in

    info = "<div class='info'><span>证券晨报记者 吴子涵</span><span>2026-03-12 16:45</span></div>"
    assert _extract(_page(info, _TEXT))["authors"] == ["吴子涵"]
    record = _extract(_page("", "<p>川见新闻记者 李婷 摄影 赵航</p>" + _TEXT))
    assert record["authors"] == ["李婷"]
    assert ("photo", "赵航") in [(a["role"], a["name"]) for a in record["attributions"]]
    assert _opens_lead_in("本报记者 陈思远")
    assert not _opens_lead_in("新华社记者 陈刚 摄")
    assert not _opens_lead_in("记者从市交通运输局获悉，今年本市将新开和优化公交线路50条。")


def test_editor_and_proof_reader_set_off_by_spaces_in_a_reporters_line() -> None:
    """"新京报记者 NAME 编辑 NAME 校对 NAME": the editor's and the proof-reader's labels set off by spaces start roles of
    their own, as "编辑：" does; their names are no writers."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("新京报记者 王晓明 编辑 刘芳 校对 赵丽", spaced=True)[0] == ["王晓明"]
    assert split_byline("记者 李婷 责任编辑 王明", spaced=True)[0] == ["李婷"]
    assert split_byline("记者 李婷 王明", spaced=True)[0] == ["李婷", "王明"]


def test_a_reporting_verb_glued_to_the_name_in_the_opening_brackets() -> None:
    """"【本報記者NAME報道】" opening a Macau or Hong Kong paper's text names the reporter, without the verb "報道" (as
    "〔記者NAME／台北報導〕" does after the place); the dateline stays the text's opening."""
    from newsarchive.extraction.authors import reporters_in_text

    assert reporters_in_text("【本報記者何嘉怡報道】輕軌東線工程進展順利，當局表示，東線預計年底進行試運行。") == ["何嘉怡"]
    assert reporters_in_text("【本报记者 张伟报道】今年以来，全市新增就业岗位三万个。") == ["张伟"]
    assert reporters_in_text("〔記者林佳蓉／台北報導〕台北市政府今天宣布加碼補助。") == ["林佳蓉"]
    assert reporters_in_text("【本報消息】輕軌東線工程進展順利。") == []


def test_a_digest_under_the_writers_and_the_editors_lines() -> None:
    """"<p>文/NAME</p><p>编辑/NAME</p><blockquote><p>导读：…</p></blockquote>" opening an account's article: the labelled
    summary under the two short credit lines is no body, as it is under one; a digest after a paragraph of prose
    stays (it is the text's)."""
    digest = "<blockquote><p>导读：公交线路优化后，新建小区居民出行将更方便。</p></blockquote>"
    record = _extract(_page("", "<p>文/林川</p><p>编辑/何小舟</p>" + digest + _TEXT))
    assert record["body"].startswith("记者从市交通运输局获悉")
    assert "导读" not in record["body"]
    long = "<p>" + "今年以来，本市公交客流明显回升，早晚高峰部分线路车厢拥挤，市民希望增加班次。" * 3 + "</p>"
    assert "导读" in _extract(_page("", long + "<p>编辑/何小舟</p>" + digest + _TEXT))["body"]


def test_a_chinese_sites_disclaimer_closes_no_text() -> None:
    """"郑重声明：SITE发布此信息的目的在于传播更多信息…" and "【免责声明】…" after a financial site's text are the site's
    disclaimer, as "版权所有" is; a sentence speaking of a statement ("公司发布声明称…") stays."""
    from newsarchive.extraction.hints import TAGLINE

    assert TAGLINE.search("郑重声明：证券晨报网发布此信息的目的在于传播更多信息，与本站立场无关。")
    assert TAGLINE.search("【免责声明】本网转载此文出于传递更多信息之目的。")
    assert TAGLINE.search("特別聲明：本文僅供參考。")
    assert not TAGLINE.search("公司发布郑重声明称，相关传闻不实，将依法追究责任。")


def test_you_may_also_like_in_chinese_labels_teasers() -> None:
    """"你可能也喜歡" over cards after a magazine's article labels teasers (as "You may also like"); a heading asking
    the reader "你喜欢哪种咖啡？" labels none, and "猜你喜欢" ("guess what you like") heads a feed picked for the reader
    (the sets' four pages labelled so expect no teasers under it)."""
    from newsarchive.extraction.body import FOR_READER
    from newsarchive.extraction.hints import TEASER_TEXT

    assert TEASER_TEXT.match("你可能也喜歡")
    assert not TEASER_TEXT.match("猜你喜欢") and FOR_READER.search("猜你喜欢")
    assert TEASER_TEXT.match("您可能还喜欢：")
    assert not TEASER_TEXT.match("你喜欢哪种咖啡？")
    assert not TEASER_TEXT.match("你可能也喜欢这家店的手冲")


def test_an_illustrative_pictures_source_is_a_credit() -> None:
    """"…。（示意圖／TVBX）" closing a Taiwanese TV site's caption (held-out kind): "示意圖" (an illustrative picture) labels
    the credit after the slash, as "圖／" does; "（示意圖）" alone and a caption speaking of a "示意图" credit nobody."""
    from newsarchive.extraction.credits import clean_credit, split_caption

    caption, credit = split_caption("高鐵延伸屏東環評今天有條件通過。（示意圖／TVBX）")
    assert caption == "高鐵延伸屏東環評今天有條件通過。"
    assert clean_credit(credit) == "TVBX"
    assert split_caption("高鐵列車。（示意圖）") == ("高鐵列車。（示意圖）", None)
    assert split_caption("新线路走向示意图") == ("新线路走向示意图", None)


def test_recommended_news_labels_teasers() -> None:
    """"推薦新聞" over a list after a TV site's article (held-out kind) labels teasers, as "推薦閱讀" and "Recommended
    stories" do; "更多新聞" alone (the site's latest, as "More news") and a heading "推荐新闻奖评选结果" label none."""
    from newsarchive.extraction.hints import TEASER_TEXT

    assert TEASER_TEXT.match("推薦新聞")
    assert TEASER_TEXT.match("推荐新闻：")
    assert not TEASER_TEXT.match("更多新聞")
    assert not TEASER_TEXT.match("推荐新闻奖评选结果")
