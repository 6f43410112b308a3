"""A forty-sixth held-out round of pages imitating publishing systems (issue 9): Japanese and Chinese-language news
sites, regional papers and web magazines, declaring little (ten of the twelve declare no writer, or only the
organisation; five declare no JSON-LD at all), with bylines printed in the many ways these pages print them. The
held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round. The round's focus: authors, attributions, body start and end.

Each page in ``fixtures/unseen46`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of its kind was
taken):

- jp_block: a Japanese block paper's news site (Kahoku-Shimpo-like, a Tohoku paper; Hokkaido, Nishinippon, Chunichi
  and Kyoto were imitated: the organisation declared as writer, the site's logo the page's ``<h1>`` and the title an
  ``<h2>``, the caption closing "＝11日午前、PLACE（写真部・NAME撮影）", a "関連記事" box in the text,
  "（石巻総局・NAME、報道部・NAME）" closing it, desks before each name, the members' call, "宮城の最新ニュース");
- jp_econweekly (held out): an economic weekly's web edition (Weekly-Economist-like; Toyo Keizai, Diamond and
  President were imitated: the editorial team declared, "NAME（編集部）" under the title, a series line, the issue's
  line, a bold lead paragraph, "（写真はイメージ）＝ゲッティ", an inline "あわせて読みたい", "※…号掲載" closing the text,
  a paywall box, "この記事の著者", the issue's box);
- jp_webmag: a publisher's web magazine (Shueisha-Online-like, no JSON-LD, no writer declared: a sub-title, "2026.03.12"
  and a page count, a gallery link "この記事の画像を見る(全5枚)", "【こちらも読まれています】" inline,
  "取材・文／NAME", "撮影／NAME" and "編集／…編集部" in three paragraphs of a ``div.article-credit`` closing the text,
  a pager, "関連記事" cards);
- jp_portal (held out): a news portal's original articles (Yahoo-News-Original-like neighbour: the desk declared as
  the writer, "取材・文　NAME　／　撮影　NAME" (labels without a colon, names padded with spaces) and "編集：…編集部"
  under the title, "（撮影：NAME）" closing the caption, an inline "関連記事", the writer's profile with the name's
  reading after the text, "オリジナル特集の新着");
- jp_localtv: a local broadcaster's news site (HBC-like, Hokkaido; no JSON-LD, no writer declared: a video player
  over the title, "最終更新：", "関連ニュース" in the text, "（取材：旭川支局　NAME記者）" closing it, the broadcast
  note after it, "新着ニュース" with relative times);
- cn_metro: a Beijing metropolitan daily (Beijing-Youth-Daily-like, no JSON-LD, no writer declared: "来源：PAPER",
  "文/本报记者　刘　畅　实习生　NAME" as the body's first paragraph, names padded with full-width spaces, the caption
  closing "本报记者　周　扬/摄", bold section lines, "相关新闻：" links in the text, "统筹/NAME　编辑/NAME　校对/NAME"
  closing it, "推荐阅读");
- cn_business: a Chinese business news site (Yicai-like, no JSON-LD, no writer declared: "作者：NAME　NAME" and
  "责编：NAME" in the info line, a "摘要" box, "图片来源：视觉中国" under the picture, an inline "相关阅读：" line,
  "文章作者" cards with job lines after the text, "相关阅读");
- cn_southern (held out): a southern weekly (Southern-Weekly-like: no writer declared, "南方周刊记者　何　静" and
  "南方周刊实习生　NAME" in two spans of a ``div`` under the title, a lead quote box, "（南方周刊记者　NAME/图）" closing
  the caption, "延伸阅读" inline, "责任编辑　NAME" closing the text, "相关推荐");
- tw_daily: a Taiwanese daily (China-Times-like: only the first of two writers declared, "中華時報 <a>NAME</a>、
  <a>NAME</a>／台北報導" in a ``div.author``, the caption closing "（NAME攝）", a LINE promotion box opening the text,
  "相關新聞" inline, "推薦閱讀");
- hk_online: a Hong Kong online outlet (InMedia/Witness-like on WordPress, no JSON-LD, no writer declared: the
  caption closing "（NAME攝）", a bold centred section line, "相關報道" in the text, "撰文：NAME｜攝影：NAME｜編輯：NAME"
  closing it, a donation box, "最新港聞" with relative times);
- my_chinese (held out): a Malaysian Chinese daily (Sin-Chew-like: the paper declared as writer, "报道：郑　美　玲
  摄影：NAME" with names padded with full-width spaces under the title, a caption without credit, "（莎阿南12日讯）"
  opening the text, "相关新闻：" inline, "（编辑：NAME）" closing it, "相关新闻");
- cn_techblog: a Chinese tech media blog (ifanr-like on WordPress: the writer declared, a writer's card "NAME 作者"
  under the title, "题图来自：Unsplash" opening the text, "相关阅读：" in a quote box, "责任编辑：NAME" and the
  "#欢迎关注…公众号" line closing it, "相关文章", comments).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: an intern
("实习生 NAME") named in the byline is a writer (as unseen44's cn_evening); names padded with full-width spaces ("刘　畅",
"郑　美　玲") are the names without them (as unseen44); a byline paragraph at the top of the body and a reporters' line
closing it ("（石巻総局・NAME、報道部・NAME）", "（取材：旭川支局　NAME記者）") are bylines, no part of the text, and the desk
or bureau before a name is no part of it; editors, proof-readers and coordinators ("编辑", "责编", "校对", "统筹",
"編集") credit no role (conventions); a photographer named in the byline ("撮影／NAME", "摄影：NAME") is a photo credit
(round 4's role labels), and a caption printing no credit has none; the desk before a caption's photographer
("写真部・") goes (the credit is the name); a lead, a lead quote box, a "摘要" box, a promotion box, a profile, a
donation box, a follow line ("#欢迎关注…") and an issue's note ("※…号掲載") are no body; "题图来自：Unsplash" is the
cover's photo credit; a section's latest stories and a ranking are no teasers, "推荐阅读" and "相关推荐" are.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): jp_block, jp_webmag, jp_localtv, cn_metro, cn_business, tw_daily, hk_online,
  cn_techblog;
- held out (scored once, blind, before any rule of the round): jp_econweekly, jp_portal (Japanese), cn_southern,
  my_chinese (Chinese).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.417 date=1.000
  body_start=0.250 body_end=1.000 related=1.000 attributions=0.492 images=0.750 (against my first expectations:
  my_chinese's ``body_first`` was shorter than the 40 characters the scorer compares, and failed on that alone; see
  below);
- dev, before any rule of the round (against the expectations mended below; against my first ones body_start=0.625
  and attributions=0.562): headline=1.000 authors=0.562 date=1.000 body_start=0.875 body_end=0.750 related=1.000
  attributions=0.592 images=0.625;
- dev, after the dev rules (see "Forty-sixth held-out round" in docs/extraction-design.md: role labels set off by
  bars; names padded with spaces, an intern's title, a correspondent; a bureau or desk before each name in the
  closing brackets, "（取材：BUREAU　NAME記者）"; the photo desk, a padded name and "/摄" in a caption's credit; a summary
  box labelled in its first child; a Japanese members' call; a Japanese broadcaster's note; a credits box's
  photographer on a line of its own): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=1.000 attributions=1.000 images=0.875;
- held out, after the dev rules: headline=1.000 authors=0.750 date=1.000 body_start=0.500 body_end=1.000
  related=1.000 attributions=0.742 images=1.000;
- held out, after three held-out kinds fixed by rule (a credit line setting its labels off by spaces, "取材・文　NAME
  ／　撮影　NAME", and a padded photographer "摄影：刘　国　伟"; a magazine's issue note on its own web edition names no
  source; a lead named so in a quote box opening the text's box above the lead picture): headline=1.000
  authors=1.000 date=1.000 body_start=0.750 body_end=1.000 related=1.000 attributions=1.000 images=1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=0.917
date=1.000 body_start=0.833 body_end=1.000 related=1.000 attributions=0.972 images=0.917 (cn_techblog's writer's
card "NAME 作者" is not read without the declared writer; cn_southern's lead needs the declared description).

Expectations changed after a run: three ``body_first`` (hk_online, cn_techblog and the held-out my_chinese) held
fewer than the 40 characters the scorer compares, so a right start failed; each was completed with the rest of the
same sentence of the page (no value changed); cn_metro's "来源：北京青晨报" is a source by unseen44's written convention
(the paper named in "来源：" on its own site), which I had left out. One held-out page, cn_southern, was extracted once
by mistake during the dev rules (a debugging run over three pages, after the rules of the closing brackets and the
caption's credit); its blind score had been taken before, and no rule was written from that run.

Tried and dropped (docs/extraction-design.md): the lead rule without the quote box (any paragraph named lead opening
the text's box above the lead picture, the description its opening): it took the leads of four bench records whose
truth keeps them; a bureau and a space before the name for any desk ("社会部 NAME"): it took unseen20's FNN signature.

``tests/unseen_score.py unseen46`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen46"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # the lead picture wrapped in a link to the article's gallery ("/articles/gallery/48211?page=1", the article's
    # ID of five digits, in the query's page): read as a teaser's picture, its caption printing no credit is not
    # read (``images._names_article`` asks for an ID of six digits or more); not tried
    ("jp_webmag", "images"),
    # held out: a bold lead paragraph ``p.article__lead`` opening the text's box above the lead picture, the
    # declared description rewording it ("春闘で大手企業の…" for "大手企業で…"): read as the text's opening; the
    # held-out kind fixed by rule needs the description's opening or its words, which a reworded Japanese
    # sentence does not share (a clause is one word); not tried further
    ("jp_econweekly", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://news.example/2026/03/12/story.html") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


def _roles(record: dict) -> set[tuple[str, str]]:
    return {(a["role"], a["name"]) for a in record["attributions"] if a["role"] != "copyright"}


#: a Japanese page: a title, the text's paragraphs, what goes after them
_JA_PAGE = ('<html lang="ja"><head><meta charset="utf-8"><title>防潮堤</title></head><body><article>'
            '<h1>石巻の防潮堤、かさ上げ工事が完了</h1><div class="body"><p>{text}</p><p>{text}</p><p>{text}</p>{after}'
            '</div></article></body></html>')
_JA_TEXT = ("東日本大震災の津波で大きな被害を受けた石巻市の沿岸部で、県が進めてきた防潮堤のかさ上げ工事が最後の区間で"
            "完了し、11日に現地で完成式があった。震災から15年を経て、市内の防潮堤計画は全て整った。")


def test_role_labels_set_off_by_bars_each_start_a_line() -> None:
    """"撰文：A｜攝影：B｜編輯：C" closing a Hong Kong outlet's text: the writer is A, B is the photographer, the editor
    C names no writer (before, the line was one part and C was read as the writer)."""
    from newsarchive.extraction.authors import byline_photographers, split_byline

    line = "撰文：梁詠詩｜攝影：黃樂天｜編輯：何子健"
    assert split_byline(line, spaced=True)[0] == ["梁詠詩"]
    assert byline_photographers(line) == ["黃樂天"]
    # a bar between writers still parts names, as it did
    assert split_byline("文｜梁詠詩", spaced=True)[0] == ["梁詠詩"]


def test_names_padded_with_spaces_and_an_interns_title() -> None:
    """"文/本报记者　刘　畅　实习生　王雨萱": a two-character name padded with a full-width space is one name, the intern's
    title names nobody (the intern is a writer); a correspondent after the writers ("通讯员 NAME") is no writer; names
    of two or more characters stay apart."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("文/本报记者　刘　畅　实习生　王雨萱", spaced=True)[0] == ["刘畅", "王雨萱"]
    assert split_byline("新民夜报记者　沈佳　实习生　吴雨桐", spaced=True)[0] == ["沈佳", "吴雨桐"]
    assert split_byline("本报记者　刘　洋　通讯员　赵明辉", spaced=True)[0] == ["刘洋"]
    assert split_byline("澎湃新闻记者 陈晓 王敏", spaced=True)[0] == ["陈晓", "王敏"]
    # a run of four one-character words is no padded name: left as it was (nobody)
    assert split_byline("本报记者 张 三 李 四", spaced=True)[0] == []


def test_closing_brackets_name_each_writer_after_a_bureau() -> None:
    """"（石巻総局・A、報道部・B）" as the text's last paragraph names both writers, each without the bureau or desk
    before it; "（取材：旭川支局　NAME記者）" names the reporter; a desk alone names nobody, and "フジテレビ社会部 NAME記者"
    (a desk and a space) still names the reporter."""
    from newsarchive.extraction.authors import split_byline

    page = _JA_PAGE.format(text=_JA_TEXT, after="<p>（石巻総局・阿部拓海、報道部・千葉さくら）</p>")
    assert _extract(page)["authors"] == ["阿部拓海", "千葉さくら"]
    page = _JA_PAGE.format(text=_JA_TEXT, after="<p>（取材：旭川支局　川口 大地記者）</p>")
    assert _extract(page)["authors"] == ["川口 大地"]
    assert _extract(_JA_PAGE.format(text=_JA_TEXT, after="<p>（社会部）</p>"))["authors"] == []
    assert split_byline("フジテレビ社会部 中村 健太記者")[0] == ["中村 健太"]


def test_a_captions_photographer_after_the_photo_desk_or_padded() -> None:
    """"…（写真部・NAME撮影）": the photo desk is no part of the credit; "…。本报记者　周　扬/摄": the padded name and the
    slash before "摄"; a pool photo still names nobody."""
    from newsarchive.extraction.credits import split_caption

    assert split_caption("防潮堤の上を歩く住民ら＝11日午前、石巻市（写真部・佐藤健吾撮影）") == (
        "防潮堤の上を歩く住民ら＝11日午前、石巻市", "佐藤健吾")
    assert split_caption("西城区一处由废弃空地改造而成的口袋公园。本报记者　周　扬/摄") == (
        "西城区一处由废弃空地改造而成的口袋公园。", "周扬")
    assert split_caption("記者会見する首相（代表撮影）")[1] is None


def test_a_summary_labelled_in_its_first_child_opens_no_text() -> None:
    """"<div class='intro'><span>摘要</span>…</div>" over the text's box (the label without a colon): a summary, no
    text; a paragraph whose first word is the same without a box of its own stays the text's opening."""
    summary = "储能电芯价格已跌破0.3元/Wh，部分二线厂商开工率不足五成，行业整合正在加速。"
    text = ("一年之内，储能电芯的价格从0.45元/Wh左右跌至0.3元/Wh以下，降幅超过三成。价格下行之下，储能电池行业正在经历"
            "一轮洗牌，头部企业订单饱满，产线满负荷运转。")
    page = ('<html lang="zh-CN"><head><title>储能</title></head><body><div class="g-article"><h1>储能电池价格一年跌去三成'
            '</h1><p class="names">作者：周雨涵</p><div class="intro"><{tag}>摘要</{tag}>{summary}</div><div class="m-txt">'
            '<p>{text}</p><p>{text}</p><p>{text}</p></div></div></body></html>')
    body = _extract(page.format(tag="span", summary=summary, text=text))["body"]
    assert body.startswith("一年之内") and "已跌破" not in body
    from lxml.html import fromstring

    from newsarchive.extraction.body import _digest_box

    assert _digest_box(fromstring(f"<div class='intro'><span>摘要</span>{summary}</div>"))
    assert not _digest_box(fromstring(f"<div class='intro'>摘要显示，{summary}</div>"))
    assert not _digest_box(fromstring("<div class='intro'><span>摘要</span></div>"))


def test_a_japanese_members_call_closes_no_text() -> None:
    """"会員登録すると、…" with its link "無料会員登録はこちら" in a small box after the text: an offer, not the text's
    last paragraph (the Latin calls keep their word boundary: "subscribed" is no call)."""
    from newsarchive.extraction.body import _calls_to_act

    assert _calls_to_act("/member/regist.html", "無料会員登録はこちら")
    assert _calls_to_act(None, "会員登録")
    assert not _calls_to_act("/news/2026/03/1.html", "会員制の交流サイト")
    assert not _calls_to_act(None, "subscribed readers")
    page = _JA_PAGE.format(text=_JA_TEXT, after="").replace(
        "</div></article>", "</div><div class='member'><p>会員登録すると、記事をクリップしたり、有料記事を月5本まで読めたり"
        "します。</p><a href='/member/regist.html'>無料会員登録はこちら</a></div></article>")
    assert _extract(page)["body"].endswith("全て整った。")


def test_a_japanese_broadcasters_note_closes_no_text() -> None:
    """"※この記事は北星テレビ「NEWSほくせい」で3月12日に放送した内容をもとにしています。" after the text is the
    broadcaster's note (as "This story aired on …"); a sentence about a programme broadcast stays."""
    from newsarchive.extraction.hints import TAGLINE

    assert TAGLINE.search("※この記事は北星テレビ「NEWSほくせい」で3月12日に放送した内容をもとにしています。")
    assert TAGLINE.search("このニュースは3月12日に放送されました内容を再構成したものです。")
    assert not TAGLINE.search("番組は来月から毎週土曜日に放送される予定だ。")


def test_a_credits_box_names_the_photographer_on_a_line_of_its_own() -> None:
    """"<p>取材・文／A</p><p>撮影／B</p><p>編集／…編集部</p>" closing a web magazine's text: B is the photographer (the writer's
    line was read alone); a paragraph of prose after the writer's line names nobody."""
    credits = "<div class='article-credit'><p>取材・文／北村 遥</p><p>撮影／松田 悠真</p><p>編集／集英オンライン編集部</p></div>"
    record = _extract(_JA_PAGE.format(text=_JA_TEXT, after=credits))
    assert record["authors"] == ["北村 遥"] and ("photo", "松田 悠真") in _roles(record)
    prose = "<div class='article-credit'><p>取材・文／北村 遥</p><p>撮影は長野県内で2月に行った。写真／松田 悠真</p></div>"
    assert ("photo", "松田 悠真") not in _roles(_extract(_JA_PAGE.format(text=_JA_TEXT, after=prose)))


def test_a_credit_line_setting_its_labels_off_by_spaces() -> None:
    """Held-out kind: "取材・文　A　／　撮影　B" under a portal's title names the writer A and the photographer B (the slash
    closing the writer's line is no part of the name); "摄影：刘　国　伟" is one padded name; "文／NAME　写真／NAME" as
    before."""
    from newsarchive.extraction.authors import (
        _LEAD_IN_WORD,
        byline_photographers,
        split_byline,
    )

    line = "取材・文　宮本 恵　／　撮影　高木 翔"
    assert split_byline(line)[0] == ["宮本 恵"] and byline_photographers(line) == ["高木 翔"]
    assert _LEAD_IN_WORD.match(line) and not _LEAD_IN_WORD.match("取材・文化の担い手たち")
    assert byline_photographers("报道：郑　美　玲　摄影：刘　国　伟") == ["刘国伟"]
    assert byline_photographers("写真／佐藤 真理") == ["佐藤 真理"]
    assert split_byline("文／佐藤誠　写真／中村亮")[0] == ["佐藤誠"]


def test_the_magazines_issue_note_on_its_own_site_names_no_source() -> None:
    """Held-out kind: "※週刊エコノミア2026年3月24日号掲載" closing the text on "週刊エコノミア Online" is the magazine's own
    web edition (the site's name less "Online"): no source; on a portal re-serving the story the magazine stays the
    source."""
    text = "".join(f"<p>{sentence}</p>" for sentence in [_JA_TEXT] * 3)
    page = ('<html lang="ja"><head><title>賃上げ | {site}</title><meta property="og:site_name" content="{site}"></head>'
            '<body><article><h1>中小企業の賃上げ、価格転嫁が鍵に</h1><div class="body">' + text
            + '<p>※週刊エコノミア2026年3月24日号掲載</p></div></article></body></html>')
    own = _extract(page.format(site="週刊エコノミア Online"), "https://weekly-economia.example/articles/1")
    assert not any(role == "source" for role, _ in _roles(own))
    portal = _extract(page.format(site="ポータルニュース"), "https://news.portal-jp.example/articles/1")
    assert ("source", "週刊エコノミア") in _roles(portal)


def test_a_lead_named_so_opening_the_texts_box_above_the_picture() -> None:
    """Held-out kind: "<blockquote class='nfzk-lead'><p>LEAD</p></blockquote><figure>…</figure><p>…" opening the text's
    box, the lead repeating the declared description: a deck, the text opens after the picture; the same paragraph
    not named as a lead stays the text's opening."""
    lead = "在这座人口不足二十万的县城，新华书店之外，只剩下这一家民营书店。它能撑多久，店主自己也说不准。"
    text = ("早上九点，陈建明拉起书店的卷帘门，先给门口的两盆绿萝浇水，再把当天的报纸摆上架。二十三年来，这几乎是他每天做的"
            "第一件事。")
    page = ('<html lang="zh-CN"><head><title>最后一家书店</title><meta name="description" content="在这座人口不足二十万的'
            '县城，新华书店之外，只剩下这一家民营书店。"></head><body><article><h1>一座县城的“最后一家书店”</h1>'
            '<div class="content"><blockquote class="{cls}"><p>' + lead + '</p></blockquote><figure><img src='
            '"https://img.news.example/1.jpg"><figcaption>书店里正在看书的中学生。</figcaption></figure>'
            + f"<p>{text}</p>" * 4 + "</div></article></body></html>")
    assert _extract(page.format(cls="nfzk-lead"))["body"].startswith("早上九点")
    assert _extract(page.format(cls="quote"))["body"].startswith("在这座")
