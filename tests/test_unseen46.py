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
  body_start=0.250 body_end=1.000 related=1.000 attributions=0.492 images=0.750;

``tests/unseen_score.py unseen46`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen46"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
