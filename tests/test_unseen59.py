"""A fifty-ninth held-out round of pages imitating publishing systems (issue 9): Japanese- and Chinese-language
national and regional papers', agencies' and broadcasters' sites declaring little (nine of the twelve declare no
writer, only the organisation or nothing; four declare no JSON-LD at all), a second pass over the kinds where bylines
are printed unlike the English ones. The held-out pages are scored blind (no test runs on them, and no field of theirs
is seen failing, before the single held-out score), BEFORE any rule of the round. The round's focus: authors,
attributions, body start, images.

Each page in ``fixtures/unseen59`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- jp_nationalsign: a national daily's digital edition (Tokyo-Shimbun/Mainichi-like, neighbour of the national
  dailies imitated in unseen5, unseen38 and unseen50: the organisation declared, a "有料記事" label, a figure whose
  caption closes on "（NAME撮影）", an inline "関連記事" box, the correspondent signing the text's last sentence
  "…。（ニューヨーク＝NAME）", a paywall box and a ranking after it);
- jp_regional: a regional daily (a block paper's local page, neighbour of the regional papers imitated before: no
  JSON-LD, the date printed as "2026/3/12 11:20", a photo box "…（NAME撮影）", "【NAME記者】" alone as the text's first
  paragraph, tags, "関連記事");
- jp_wire: a prefectural paper's page of a wire's member story (a Kyodo member paper, neighbour of jp_kyodo of
  unseen38: the paper declared, a "共同通信" label, "【ワシントン共同】" opening the text, "（ロイター＝共同）" closing the
  caption, the wire's copyright line after the text, "あわせて読みたい");
- jp_econ: an industrial economic paper (Nikkan-Kogyo-like, neighbour of the Nikkei pages imitated before: the
  organisation declared as author, "NAME記者" in an author span under the headline beside the time, a picture without
  credit, a member box, "関連記事");
- cn_central: a central economic paper's site (Economic-Daily-like, neighbour of the People's Daily and Guangming
  pages imitated in unseen24, unseen44 and unseen51: no JSON-LD, "来源：PAPER", "本报记者 NAME NAME" alone as the
  text's first paragraph, a centred picture and "…。新华社记者 NAME 摄" line, "（责任编辑：NAME）", "相关新闻");
- cn_city: a city paper's site (Chutian-Metropolis-like, neighbour of the city papers imitated before: no JSON-LD,
  "PAPER记者 NAME 通讯员 NAME" alone as the text's first paragraph, a picture paragraph and a "pic-title" line
  "…（记者 NAME 摄）", "编辑 NAME" closing the text, "相关阅读");
- tw_daily: a Taiwanese daily (Liberty-Times-like, neighbour of the Taiwanese dailies imitated in unseen18 and
  unseen51: the organisation declared, "〔記者NAME／台北報導〕" opening the text, "（記者NAME攝）" closing the photo's
  caption span, an app prompt and a "相關新聞：" box inside the text, "相關新聞" after it);
- hk_paper: a Hong Kong daily (Ming-Pao-like, neighbour of the Hong Kong dailies imitated before: no JSON-LD, the
  headline and a sub-headline in an ``<hgroup>``, a date line without time, "記者：NAME" in a reporter line, an album
  photo "…（NAME攝）", "相關新聞");
- jp_tv (held out): a TV network's news site on Next.js (TBS/ANN-like, neighbour of the FNN and NHK pages imitated
  before: the broadcaster declared as publisher, a video player's poster over the headline, no caption, the text
  signed "…。（社会部・NAME）", "関連ニュース");
- cn_bizweekly (held out): a Chinese business weekly (Caixin-Weekly/Caijing-like: the organisation declared, the issue
  and "封面报道" above the headline, a summary repeating the description, "文｜NAME　编辑｜NAME" as the text's first
  paragraph, a figure "…。图｜视觉中国", a copyright note closing the text, "延伸阅读");
- tw_agency (held out): a news agency's own site (CNA-like, neighbour of the agency imitated in unseen7 and of its
  copy on tw_tv in unseen51, here under a short name no list knows, "中和社": no JSON-LD, the date in an ``itemprop``
  meta, "（中和社記者NAME台北12日電）" opening the text, "（中和社檔案照片）" closing the caption, an inline "延伸閱讀",
  "（編輯：NAME）1150312" closing the text);
- sg_paper (held out): a Singapore Chinese paper on Drupal (Shin-Min-like, neighbour of Zaobao and the Singapore pages
  of unseen41 and unseen51: the organisation declared, "发布/DATE", a picture "…（NAME摄）", "NAME 报道" alone as the
  text's first paragraph, an inline "延伸阅读" teaser, a Telegram prompt, "相关新闻").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a reporter's
line printed alone as the text's first paragraph ("【NAME記者】", "本报记者 NAME NAME", "PAPER记者 NAME 通讯员 NAME",
"文｜NAME　编辑｜NAME", "NAME 报道") is the byline, no body, and the text opens after it; a reporter named inside the
text's opening brackets ("〔記者NAME／台北報導〕", "（中和社記者NAME台北12日電）") is the writer and the dateline stays the
text's opening (as in unseen51); a correspondent or desk member signing the last sentence ("（ニューヨーク＝NAME）",
"（社会部・NAME）") is the writer and the signature stays in the text (as "（NAME）" closing a text does); "通讯员"
names a contributor; editors ("编辑", "责任编辑", "（編輯：NAME）") are no writers and no attribution; "【ワシントン
共同】" names the wire as source (as "【ソウル＝共同】"), and the wire's copyright line is no body; "（ロイター＝共同）"
credits the photo as printed; the agency's file photo "（中和社檔案照片）" credits that bracket (as "（中央社檔案照片）");
a caption's "（NAME撮影）", "（NAME摄）", "（记者 NAME 摄）", "新华社记者 NAME 摄" and "图｜AGENCY" credit the photographer.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): jp_nationalsign, jp_regional, jp_wire, jp_econ, cn_central, cn_city, tw_daily,
  hk_paper;
- held out (scored once, blind, before any rule of the round): jp_tv, cn_bizweekly, tw_agency, sg_paper (one
  Japanese, one mainland, one Taiwanese, one Singaporean).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.867 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.500 date=1.000 body_start=1.000 body_end=1.000
  related=1.000 attributions=0.683 images=0.875;
- dev, after the dev rules (see "Fifty-ninth held-out round" in docs/extraction-design.md: a correspondent after the
  place and "＝" signing the text; a reporter's line of its own, "【NAME記者】" or "記者：NAME", leads the writer in;
  "NAME記者" alone in a byline is the name; a Chinese reporters' line's "通讯员 NAME" is a contributor; a picture agency
  and the wire relaying it, "（ロイター＝共同）", close a caption as its credit): all eight fields 1.000;
- held out, after the dev rules: unchanged (headline=1.000 authors=0.750 date=1.000 body_start=1.000 body_end=1.000
  related=1.000 attributions=0.867 images=1.000): sg_paper's "NAME 报道" and tw_agency's unknown "中和社" failed;
- held out, after two held-out kinds fixed by rule ("NAME 报道" alone as a reporter's line; an agency no list knows
  named by "社" glued to its reporter's title in its own bracketed dateline): all eight fields 1.000 (against the first
  expectations: none was changed after a run).

All twelve with what they declare taken out (``--undeclared``), after the rules: all eight fields 1.000.

``tests/unseen_score.py unseen59`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen59"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_JA_TEXT = ("<p>豪雨で石垣が崩れた上野地区の棚田で11日、3年ぶりに田植えが行われた。地元住民とボランティア約150人が"
            "水を張った田に苗を手で植えていった。</p>" * 5)
_ZH_TEXT = ("<p>建屋局宣布把组屋区邻里商店的租金回扣延长一年，约1万2000名商户受惠，每月可节省数百元租金，商户无需另行"
            "申请。</p>" * 5)


def _page(lang: str, line: str, text: str) -> str:
    return (f"<html lang='{lang}'><head><title>見出し</title></head><body><article><h1>見出し</h1><div class='text'>"
            f"{line}{text}</div></article></body></html>")


def test_a_correspondent_after_the_place_signs_the_text() -> None:
    """"…出ている。（ニューヨーク＝NAME）" closing a Japanese paper's text: the correspondent after the place she files
    from and a full-width equals sign is the writer, as "（NAME）" and "（経済部・NAME）" are; a wire after the place,
    "（ワシントン＝共同）", names no writer."""
    from newsarchive.extraction.authors import reporters_in_text

    assert reporters_in_text("本文。\n警戒する声も出ている。（ニューヨーク＝森田健一）") == ["森田健一"]
    assert reporters_in_text("本文。\n調整を進める。（ロンドン＝中島健太、山本直樹）") == ["中島健太", "山本直樹"]
    assert reporters_in_text("本文。\n見通しだ。（ワシントン＝共同）") == []
    assert reporters_in_text("本文。\n呼びかけています。（社会部・佐々木遼）") == ["佐々木遼"]


def test_a_reporters_line_of_its_own_names_the_writer() -> None:
    """"【NAME記者】" alone as the text's first paragraph (a Japanese regional paper), "記者：NAME" alone in a line no
    class names (a Hong Kong paper's reporter line) and "NAME 报道" (a Singapore paper) lead the writer in, as
    "記者NAME／台北報導" does; an interviewer's question "記者：請問…", a label "【速報】" and an agency's "新华社 报道"
    name nobody."""
    assert _extract(_page("ja", "<p>【佐伯美咲記者】</p>", _JA_TEXT))["authors"] == ["佐伯美咲"]
    assert _extract(_page("zh-HK", "<div class='reporter'>記者：黃志明</div>", _ZH_TEXT))["authors"] == ["黃志明"]
    assert _extract(_page("zh-SG", "<p>林慧敏 报道</p>", _ZH_TEXT))["authors"] == ["林慧敏"]
    assert _extract(_page("zh-SG", "<p>林慧敏、陈晓 報道</p>", _ZH_TEXT))["authors"] == ["林慧敏", "陈晓"]
    assert _extract(_page("zh-HK", "<p>記者：請問您怎麼看這次的政策調整呢？</p>", _ZH_TEXT))["authors"] == []
    assert _extract(_page("ja", "<p>【速報】</p>", _JA_TEXT))["authors"] == []
    assert _extract(_page("zh-CN", "<p>新华社 报道</p>", _ZH_TEXT))["authors"] == []


def test_a_reporters_title_glued_after_the_name_in_a_byline() -> None:
    """"<span class='article-author'>NAME記者</span>" under a Japanese economic paper's headline: the name, not the
    title; a name without the title is read as before, and the paper's own or a special reporter's title alone
    ("本报记者", "特约记者") or an outlet's ("澎湃新闻记者") names nobody."""
    assert _extract(_page("ja", "<span class='article-author'>高島亮介記者</span>", _JA_TEXT))["authors"] == ["高島亮介"]
    assert _extract(_page("ja", "<span class='article-author'>高島亮介</span>", _JA_TEXT))["authors"] == ["高島亮介"]
    for title in ("本报记者", "特约记者", "澎湃新闻记者"):
        assert _extract(_page("zh-CN", f"<span class='article-author'>{title}</span>", _ZH_TEXT))["authors"] == []


def test_a_chinese_reporters_line_credits_its_correspondents() -> None:
    """"PAPER记者 NAME 通讯员 NAME" as a city paper's reporters' line: the correspondent is a contributor, as in a
    dateline's brackets ("本报讯（记者 NAME 通讯员 NAME）"); a sentence of the text naming a correspondent, or a line
    without one, credits nobody."""
    from newsarchive.extraction.attributions import credited

    assert credited("江城都市报记者 何雨晴 通讯员 张亮") == [("credit", "张亮")]
    assert credited("本报记者 王振华 刘思远 通讯员 李明、赵刚") == [("credit", "李明"), ("credit", "赵刚")]
    assert credited("记者 何雨晴") == []
    assert credited("记者昨天从市交通局获悉，通讯员张亮也参与了此次调查工作。") == []


def test_an_agency_no_list_knows_in_its_own_bracketed_dateline() -> None:
    """"（中和社記者NAME台北12日電）" opening an agency's own copy: the short name closing on "社" glued to the
    reporter's title is the agency, the source, as a known agency's "（中央社記者NAME台北12日電）"; a paper's own
    "（本報記者NAME台北12日電）" and "（記者NAME／台北報導）" name no agency."""
    from newsarchive.extraction.attributions import credited

    assert credited("（中和社記者張文華台北12日電）國內首座離岸風場") == [("dateline", "中和社")]
    assert credited("（中央社記者張文華台北12日電）國內") == [("dateline", "中央社")]
    assert credited("（本報記者張文華台北12日電）今天") == []
    assert credited("（記者張文華／台北報導）今天") == []


def test_a_picture_agency_relayed_by_a_wire_credits_the_caption() -> None:
    """"ホワイトハウス＝米ワシントン（ロイター＝共同）": the picture agency and the wire relaying it, in brackets closing
    a Japanese caption, are the credit as printed, as "（路透社）" is; a place in brackets stays the caption's."""
    from newsarchive.extraction.credits import split_caption

    assert split_caption("ホワイトハウス＝米ワシントン（ロイター＝共同）") == ("ホワイトハウス＝米ワシントン", "ロイター＝共同")
    assert split_caption("記者会見する首相（AP＝共同）")[1] == "AP＝共同"
    assert split_caption("棚田の田植え（山里町＝上野地区）")[1] in ("", None)
