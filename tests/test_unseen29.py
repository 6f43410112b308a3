"""A twenty-ninth held-out round of pages imitating publishing systems (issue 9): Japanese, Chinese, Taiwanese,
Korean and Hong Kong sites outside the national majors, most of them declaring little (no author in JSON-LD or
meta, only the organisation, only the first of several writers, or no JSON-LD at all) and printing their bylines
without byline class names. The held-out pages are scored blind (no test runs on them, and no field of theirs is
seen failing, before the single held-out score), BEFORE any rule of the round, so the held-out score measures the
extractor as it stood. The round's focus: the ways pages name their writers and the ways the text opens.

Each page in ``fixtures/unseen29`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- shizuoka: a Japanese prefectural daily ("2026/3/11 17:30", the publisher as the declared author, an ``<h2>``
  headline, "＝11日午後、浜松市天竜区" closing the caption, an inline "関連記事", "（浜松総局・鈴木花子）" closing
  the text as its own paragraph, "おすすめ", the section's latest, "会員限定" boxes, a ranking);
- dime (held out): a weekly business magazine's web edition (a lead box above the text, "（写真／NAME）" closing
  the caption, "【関連記事】" inline, page 1 of 3 with "次のページ", "文／NAME（ジャーナリスト）" after the pager,
  a profile box, the magazine as the declared author, "この記事の関連ニュース", the genre's latest);
- kbc: a Japanese local TV station's news page (no JSON-LD, no byline, "2026年3月11日 17:30", a video embed,
  "（C）STATION" after the text, the latest news, a ranking);
- gadgetjp: a Japanese gadget blog on a WordPress theme ("NAME ／ 2026年3月11日" in a plain meta span, a site
  handle as the declared author, a table of contents, "Amazonで見る" affiliate boxes, "あわせて読みたい" blog card,
  an author box, "関連記事" cards with their own bylines, comments);
- dahe: a Chinese provincial portal on an old table layout (no JSON-LD, "来源：河南日报  作者：NAME  2026-03-11
  17:30" in one cell, a caption "… 记者 NAME 摄" as a centred paragraph, "（原标题：…）" closing the text,
  "责任编辑：NAME", "相关新闻", "精彩图片", a click ranking);
- xmnn (held out): a Chinese city news site (no JSON-LD, "发布时间：… 来源：泉州市融媒体中心", "【字体：大 中 小】",
  "本报讯（记者 NAME 通讯员 NAME 文/图）" opening the text, "责任编辑", "打印本页 关闭窗口", "相关阅读");
- gzhportal: a WeChat account's article reposted on a portal (no JSON-LD, the account as ``meta author`` and
  "来源", "原创 NAME 公众号名 2026-03-11 17:30" and "点击蓝字 关注我们" opening the text box, bold numbered
  headings, "图/视觉中国" closing a caption paragraph, "- END -", "作者 | NAME  编辑 | NAME  审核 | NAME",
  "往期推荐", "阅读原文", comments);
- setn (held out): a Taiwanese TV news site (the outlet as a declared Person, "記者NAME／台中報導" as its own
  paragraph after a video, "▲…（圖／翻攝自…）" captions, "延伸閱讀" as plain paragraphs inside the text, "熱門新聞");
- bw: a Taiwanese business magazine ("撰文者：NAME、NAME" and "商周頭條 2026.03.11", only the first writer
  declared, "圖片來源：…" closing the caption, a "重點摘要" box, a drop-cap first letter in its own span,
  "延伸閱讀" inline, author boxes, "看更多" cards with their own "撰文者：" bylines);
- hani: a Korean daily (an ``<h3>`` headline, a two-line subtitle, "입력 … 수정 …", "사진=연합뉴스" closing the
  caption, a bold first sentence, "NAME 기자 email" closing the text, "관련기사", a reporter box, "많이 본 뉴스"
  with teaser bylines, the publisher as the declared author);
- econkr (held out): a Korean economic site on a Korean newsroom CMS (no JSON-LD, "NAME 기자 | 승인 …" as list
  items with icons, a subheading, "[사진=…]" closing the caption, "[OUTLET NAME 기자]" opening the text,
  "ⓒ … 무단전재 및 재배포 금지" as its last paragraph, a reporter box with an email, "관련기사");
- hkcitizen: a Hong Kong online outlet on Next.js (no JSON-LD, "撰文：NAME  攝影：NAME  編輯：NAME" as label/value
  rows, a pull quote opening the text box, "（圖片：NAME攝）" closing the captions, an inline "相關新聞", "相關新聞"
  cards with their own bylines, the latest with relative dates).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the
organisation, outlet or a site handle as the declared author names nobody; "（浜松総局・鈴木花子）" names the writer
(the bureau is no part of the name) and is no part of the last sentence; "（原标题：…）", "- END -", the credit
block "作者 | … 编辑 | …", "ⓒ … 무단전재 및 재배포 금지" and "NAME 기자 email" are no part of the text; the editors
("责任编辑", "编辑", "編輯", "审核") are no attributions; "通讯员 NAME" is a contributor; "本报讯（…）" and
"[OUTLET NAME 기자]" datelines open the text (earlier rounds); "記者NAME／台中報導" as its own paragraph is a byline,
not the text; "点击蓝字 关注我们" and "原创 NAME …" are no text; a lead box, a "重點摘要" box, subtitles and a pull
quote above the first paragraph are no body; "来源" naming a newspaper, a media centre or the account is the source;
"翻攝自…" is kept whole as the credit; inline boxes ("関連記事", "【関連記事】", "あわせて読みたい", "延伸閱讀",
"相關新聞") and labelled topic boxes after the text ("相关新闻", "相关阅读", "往期推荐", "관련기사", "相關新聞",
"この記事の関連ニュース", the blog's "関連記事" cards) are teasers; the section's or site's latest, rankings, "おすすめ",
"看更多" (the channel's latest), "热点新闻", "精彩图片", "网易号推荐" and "熱門新聞" are no teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): shizuoka, kbc, gadgetjp, dahe, gzhportal, bw, hani, hkcitizen;
- held out (scored once, blind, before any rule of the round): dime, xmnn, setn, econkr.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.250 date=1.000
  body_start=1.000 body_end=1.000 related=0.917 attributions=0.667 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.333 date=1.000 body_start=0.875 body_end=0.875
  related=0.958 attributions=0.579 images=0.875;
- dev, after the dev rules (see "Twenty-ninth held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=0.875 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- held out, after the dev rules alone: headline=1.000 authors=0.250 date=1.000 body_start=1.000 body_end=1.000
  related=0.917 attributions=0.667 images=0.750 (as blind: the dev rules reached none of their kinds);
- held out, after the held-out kinds fixed by rule (a dateline's correspondents and "文/图", a writer's job in
  full-width brackets, a Korean "NAME 기자" after an icon; "この記事の関連ニュース"; a dateline's "通讯员" as a
  contributor; a centred caption line under a centred picture): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000.

With what the pages declare stripped (``--undeclared``), all twelve: headline=1.000 authors=1.000 date=0.917
body_start=0.917 body_end=1.000 related=1.000 attributions=1.000 images=1.000.

No expectation was changed after a run.

``tests/unseen_score.py unseen29`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen29"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a pull quote (``<blockquote class="pull-quote">``) opening the text's box taken as the text's first paragraph;
    # tried: pull quotes as furniture by class name, which took repeated quotes out of ten bench bodies but lowered
    # real body F1 (0.879 -> 0.878), so dropped
    ("hkcitizen", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
