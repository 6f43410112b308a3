"""A forty-first held-out round of pages imitating publishing systems (issue 9): Japanese, Chinese, Taiwanese, Hong
Kong and Singapore Chinese news sites and magazines, declaring little (ten of the twelve declare no writer, or only
the organisation, an account's name or the first of several writers; five declare no JSON-LD at all). The held-out
pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single held-out
score), BEFORE any rule of the round. The round's focus: attributions (credits, contributors, sources) and images,
then authors.

Each page in ``fixtures/unseen41`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- jp_bizmag: a Japanese business web magazine (Toyo Keizai-like: "NAME : ジャーナリスト" in an author box with a
  follow button, a subtitle h2 under the title, "（写真：NAME／PIXTA）" and "（撮影：NAME）" closing figcaptions,
  "【あわせて読みたい】" inside the text, a pager "次ページ", the author's profile, comments, a ranking rail);
- jp_womens: a Japanese women's magazine site on WordPress (the editorial team declared as an Organization, a lead
  box above the text, an interview in "――" questions, lazy images, fashion credits under a picture, the credits
  block "撮影／NAME　ヘア＆メイク／NAME　スタイリング／NAME　取材・文／NAME　構成／OUTLET編集部 NAME" closing the text,
  "＼こちらもおすすめ／" inside the text, "RELATED" cards with dates);
- jp_localtv: a Japanese local TV station's news (no JSON-LD, no byline at the top, a video player, "（NAME記者）"
  closing the text, "（画像提供：CITY）" closing a caption paragraph, "関連ニュース", "最新ニュース" with times);
- jp_sports: a Japanese sports daily (Nikkan Sports-like: the organisation declared, a team kicker in the declared
  titles only, "[2026年3月11日17時30分]", "（撮影・NAME）" and "＝撮影・NAME" closing captions, "【写真】…" links to the
  photo viewer, a game line "＜オープン戦：…＞◇11日◇甲子園" opening the text, "【NAME】" closing it);
- jp_univ: a Japanese university's science news site (no JSON-LD, "文：NAME（サイエンスライター）" right-aligned under
  the date, a "ポイント" summary box, a drop-cap first letter in its own span, "画像提供：NAME教授" on a line of its
  own in the caption, a quote box, "論文情報" and a researcher's profile after the text);
- cn_agency: a Chinese state agency's portal (no JSON-LD, the date split over spans, "来源：新华网", a dateline
  "新华社哈尔滨3月11日电（记者 NAME NAME）", pictures in centred paragraphs with the caption in a <font> paragraph under
  them closing "新华社记者 NAME 摄" and "新华社发（NAME 摄）", "【责任编辑:NAME】");
- cn_biz: a Chinese business media (Jiemian-like: only the first of two writers declared, "界线新闻记者 | NAME NAME"
  and "界线新闻编辑 | NAME" opening the text's box, a summary box, a lazy cover picture with "图片来源：视觉中国" in the
  paragraph after it, a caption closing "图片来源：OUTLET NAME 摄", "相关文章" cards with bylines, comments);
- cn_provincial: a Chinese provincial portal in XHTML (no JSON-LD, "来源：湘江日报　作者：NAME　编辑：NAME" in an info
  line, a dateline "湘江日报3月11日讯（本报记者 NAME 通讯员 NAME NAME）", centred caption paragraphs in blue closing
  "本报记者 NAME 摄" and "（资料图片）", "[责任编辑：NAME]", "相关新闻" with dates);
- tw_daily (held out): a Taiwanese daily (Liberty Times-like: the organisation declared, "〔記者NAME／台北報導〕"
  opening the text, lazy pictures whose alt repeats the caption span, "（記者NAME攝）", "（圖／翻攝自…）", the app
  promotion line inside the text, "相關新聞", a "熱門新聞" rail with "1小時前");
- hk_online: a Hong Kong online outlet (HK01-like, Next.js class names: "撰文：NAME" and "攝影：NAME" as label
  spans, "發佈日期" and "最後更新日期", "（NAME攝）" and "（資料圖片）" closing figcaptions, "延伸閱讀：…（點擊藍字看全文）"
  inside the text, "相關文章");
- cn_tech (held out): a Chinese tech media (36Kr-like, no JSON-LD: a WeChat account's name above the title with
  "2小时前" and declared as the author, "作者｜NAME   编辑｜NAME" in the text's first paragraph, "封面来源｜IC photo"
  after the cover, a grey span "图片来源：受访者供图" after a picture, "本文来自微信公众号“ACCOUNT”…，作者：NAME，…经授权发布。"
  closing the text, "相关推荐" with bylines and relative dates);
- sg_daily (held out): a Singapore Chinese daily (Zaobao-like: only the first of two writers declared, each writer
  a name span, "记者" and an email link, "发布/…更新/…", "（新加坡综合讯）" opening the text, figcaptions closing
  "（海峡时报）" and "（路透社）", "据路透社报道" in the text, an inline "相关新闻" box, a newsletter box, "早报精选").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a photo
credit is named as printed ("kitamura_hiro／PIXTA", "木下 誠教授", "翻攝自爆料公社" as an earlier Taiwanese page's),
without a reporter's title or the outlet before the name ("本报记者 NAME 摄", "图片来源：OUTLET NAME 摄" give NAME;
"新华社发（NAME 摄）" gives NAME); "（资料图片）", "（資料圖片）" are notes naming nobody (credit empty); editors
("编辑｜", "责任编辑", "编辑：") are no attribution (no editor role; conventions: editors' lines credit another role);
"通讯员 NAME" in a dateline makes contributors; "構成／OUTLET編集部 NAME" beside "取材・文／NAME" makes a contributor
(the writer is the one "取材・文" names), while the hair, make-up and styling credits are left out (they dress the
photographs, not the article); a WeChat account a tech site republishes from is the source and the writer it
names the author; "据路透社报道" cites Reuters as a source (conventions: outlets cited in Chinese); a kicker that
only the declared titles print ("【阪神】") is not in the headline; links to the article's own photo viewer
("【写真】…") are no teasers; a labelled "相关推荐"/"RELATED" box after the text holds teasers, "最新ニュース",
"早報精選"-style section feeds and rankings do not.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): jp_bizmag, jp_womens, jp_sports, jp_univ, cn_agency, cn_biz, cn_provincial,
  hk_online;
- held out (scored once, blind, before any rule of the round): jp_localtv, tw_daily, cn_tech, sg_daily.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.417 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.782 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.833 date=1.000 body_start=0.875 body_end=0.750
  related=1.000 attributions=0.770 images=0.750;
- dev, after the dev rules (see "Forty-first held-out round" in docs/extraction-design.md: "＝撮影・NAME" after a
  caption; a caption paragraph named "cap"; ``align="center"`` centring a caption line; a magazine's credits line
  opening with the photographer; "OUTLET记者 | A B" opening the text naming the header's writer and more):
  headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=0.750 related=1.000 attributions=0.975
  images=1.000;
- held out, after the dev rules (the same as blind): headline=1.000 authors=0.417 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=0.782 images=1.000;
- held out, after two held-out kinds fixed by rule ("（NAME記者）" closing a Japanese text; the declared account
  and "本文来自微信公众号“ACCOUNT”…，作者：NAME"): headline=1.000 authors=0.917 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=0.972 images=1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=0.833 authors=0.889
date=0.917 body_start=0.917 body_end=0.833 related=1.000 attributions=0.951 images=1.000.

No expectation was changed after a run.

``tests/unseen_score.py unseen41`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen41"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a lead box ("entry-lead") between the main picture and the text's box, while the declared description words it
    # otherwise: read as the body's start (the known kind of the last rounds, a standfirst only its name marks); not
    # tried (the interviewee's profile box after the text closes it since unseen113)
    ("jp_womens", "body_start"),
    # "構成／OUTLET編集部 NAME" beside "取材・文／NAME": the editor who composed the piece is no writer now, but no
    # contributor is recorded for him; not tried
    ("jp_womens", "attributions"),
    # ("論文情報", the paper's reference, closes the text since unseen96)
    # two writer cards ("div.writer": a name span, "记者", an e-mail link, no headshot), only the first declared:
    # the second is not read; tried: "writer" as a byline class mark and e-mail cards as writers' cards
    # (authors._next_cards), which broke unseen9's mainichi and unseen10's hatena (other "writer" boxes); not kept
    ("sg_daily", "authors"), ("sg_daily", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
