"""A seventy-first held-out round of pages imitating publishing systems (issue 9): where the article starts and who
wrote it, on everyday news, magazine and newsletter pages in English, German, French, Japanese and Chinese. Each page
holds several things its system prints before the first paragraph and around the byline (kickers, standfirsts in a
header or as the text's first paragraph, lead pictures, bylines with avatars, roles and partner outlets, listen and
gift buttons, summary boxes, update notes, newsletter boxes, tables of contents, datelines); four declare nothing
but a ``<title>``, and four declare an organisation or a placeholder as the writer while a person is printed. The
held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round.

The pages were written by four writers working side by side, each told not to read the extractor's code or its
design notes, not to run it, and not to open the others' pages (they searched the earlier sets' test modules for the
names of systems only): each was given the conventions below and three systems of a kind to imitate, from memory of
their markup, with invented text and ``.example`` domains (where a system of the brief was imitated in an earlier
set, a neighbour of the same kind was taken, and is named so):

- uk_regional: a Scottish regional daily on a publisher's WordPress theme (Courier-like, a neighbour of the National
  World paper imitated in unseen21), declaring nothing but ``<title>``: a cookie banner, a section label over the
  ``<h1>``, a standfirst paragraph, two avatars and "By NAME & NAME", "Updated:", a share bar with a comment count, a
  lazy lead picture with "Image: NAME/AGENCY", a relative "Read more" box, a newsletter box inside the text, authors'
  bio cards, comments, "Most read", "More from Perth & Kinross";
- in_business: an Indian business daily (Mint-like): a market ticker, the SEO title declared in ``<title>`` and JSON-LD,
  the site declared as the writer, the summary in an ``<h2>``, "NAME, NAME" and "Updated … IST", "3 min read", Listen
  and Gift buttons, "(NAME/OUTLET)" closing the caption, a bold "Bengaluru:" dateline, "Also Read |" lines, "(With
  inputs from PTI)", "Catch all the …", "First Published:", "Recommended For You";
- us_insider: a subscription newsletter site (Puck-like), declaring nothing but ``<title>``: a writer's big header
  (portrait, newsletter's name, blurb, Follow), the newsletter's name and "Issue No. 212" over the ``<h1>``, a dek,
  "By NAME · DATE · 9 min read", gift/listen/bookmark buttons, a lead picture credited only, an "In this issue" table
  of contents, a drop capital, a pull quote repeated from the text, "Photo by NAME/AGENCY", "Got a tip?", "About the
  author", "More from NEWSLETTER";
- us_publicmedia: a state public radio newsroom on Nuxt (WBUR-like, a neighbour of the public broadcasters imitated in
  unseen8 and unseen54): tags over the ``<h1>``, an audio player, "By NAME and NAME, PARTNER STATION", "Updated …",
  "(NAME/STATION)" closing the captions, a "Related:" list inside the text, "Support for STATION comes from", "STATION's
  NAME contributed to this report." as the last paragraph, "This segment aired on …";
- de_regional: a German regional daily's paid local story (Badische-Zeitung-like, a neighbour of the
  Kölner Stadt-Anzeiger of the brief), declaring nothing but ``<title>``: an overline with a "+" paid mark, a bold
  Vorspann, "Von NAME und NAME", "Aktualisiert:", a "Vorlesen" button, "Foto: NAME", "Lesen Sie auch" inside the text,
  "wie der Sender Radio … zuerst berichtet hatte", "Veröffentlicht in der gedruckten Ausgabe vom …", "Mehr zum Thema",
  authors' bios, "Meistgelesen";
- fr_regional: a French regional daily's subscriber story on Next.js (La-Provence-like): the outlet declared as the
  writer, an "Abonnés" label, « » quotes in the ``<h1>``, a chapô, "Par NAME avec AFP", "Publié le … · Mis à jour le
  …", "Lecture : 4 min", listen/gift/save buttons, "Photo NAME" and "Photo DR" credits, "Lire aussi :" lines, "À lire
  aussi" cards, "Les plus lus", "Dans la même rubrique";
- jp_prefectural: a Japanese prefectural daily's paid story (Kobe-Shimbun-like): the company declared as the writer,
  a section label, a "有料会員限定" badge, "最終更新", "…＝PLACE（撮影・NAME）" closing the caption, a lead paragraph
  classed ``lead`` under the date and picture, an uncredited map, the reporters "（NAME、NAME）" closing the text,
  "関連ニュース", "アクセスランキング";
- cn_finance: a Chinese financial daily (每日经济新闻-like), declaring nothing but ``<title>``, worded unlike the
  ``<h1>``: "每日经报" in the meta line's source span, a bold 导语 as the text box's first paragraph, then "每经记者：NAME
  每经编辑：NAME", "图片来源：视觉中国", "图片来源：每经记者 NAME 摄", "另据《PAPER》此前报道", "封面图片来源：", a
  disclaimer, "相关阅读", "每经热文", "Copyright © 每日经报 版权所有";
- us_technews (held out): a portal-owned tech site (Engadget-like): atomic-CSS classes, the byline box named only by
  ``data-test-locator="byline"``, "NAME | Contributing Reporter", a kicker, a dek in an ``<h2>``, an italic update note
  opening the text, a picture credited only, "As first reported by Bloomberg", "Keep reading", "Popular";
- us_culturemag (held out): a culture and science web magazine on WordPress after its sale (Gizmodo-like): Yoast
  declaring "Editorial Staff" as the writer, two people printed, "Reading time 5 minutes", an italic "Update, DATE:"
  note opening the content box, "© NAME" and "© NAME et al." credits, "first reported by OUTLET", "You May Also Like";
- fr_techmag (held out): a French consumer-tech test page on Nuxt (Les-Numériques-like): a Review declared, "Test" and
  "Labo" labels, two writers with job titles, a verdict box with pros and cons, an affiliate notice, a note on how
  the lab tests and a "Sommaire" before the text, a measurements table, "© OUTLET" credits, "Sur le même sujet";
- jp_itnews (held out): a Japanese IT news site's translated article (ZDNET-Japan-like): "Maya NAME (Outlet.com)
  翻訳校正: NAME" under the headline, a title signed "--", full-width spaces indenting the paragraphs, "提供：" credits,
  "米OUTLETが最初に報じた", "この記事は海外…発の記事を…編集したものです。", "原文：", "関連記事".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds: the
headline is the printed heading at the top of the article, without its kicker or label; writers are people, no
outlet, desk, placeholder or sponsor, and no photographer or editor; a standfirst, dek, chapô, Vorspann or 导语 above
the byline is no text, a paragraph below the byline and date is, whatever it is named (jp_prefectural's lead); notes
over the text (an update, a correction, "Listen to this article", a summary box, a table of contents, a verdict box)
open no text; an author's bio, a print note, a set-apart credits line close none, while a credit sentence written as
the story's last paragraph does; "Lesen Sie auch", "Lire aussi", "Also Read |", "Related:", "You May Also Like",
"相关阅读", "関連ニュース" are teasers, "Most read", "More from …", "Keep reading", "Popular", "Dans la même rubrique",
"アクセスランキング" are not; "With inputs from PTI", "avec AFP", "contributed to this report" and a translator name
contributors; an outlet cited in the text ("as first reported by", "wie der Sender … berichtet", "据《…》报道",
"…が報じた") is a source.

Two expectations were mended after the dev score, by conventions already written: fr_regional's "Photo DR" was first
written as the credit "DR", but "DR" (droits réservés) credits nobody (docs/extraction-design.md, "DR credits
nobody"); cn_finance's "每经编辑：NAME" was first written as a contributor, but Chinese editors' lines ("编辑",
"责编", "责任编辑") credit no role (unseen44's convention, kept by every set since). A third was mended in the next
round: "图片来源：每经记者 NAME 摄" had been written, and read, as the credit "每经记者 NAME 摄", but a Chinese
photographer's credit is the name ("新京报记者 NAME 摄" credits NAME in every earlier set); the caption rule reading it so
is unseen72's (``credits._TRAILING_CJK_SHOT``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_regional, in_business, us_insider, us_publicmedia, de_regional, fr_regional,
  jp_prefectural, cn_finance;
- held out (scored once, blind, before any rule of the round): us_technews, us_culturemag, fr_techmag, jp_itnews.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.825 images=0.875 (trafilatura 2.3.1 on the same pages:
  headline=0.250 authors=0.250 date=1.000 body_start=0.000 body_end=0.500; with their declarations taken out,
  ``--undeclared``: headline=1.000 authors=0.500 date=1.000 body_start=1.000 body_end=1.000 related=1.000
  attributions=0.763 images=0.875);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.875 date=1.000
  body_start=0.875 body_end=1.000 related=0.875 attributions=0.885 images=0.938 (cn_finance's reporters' line and
  lead, "More from NEWSLETTER", "der Sender X", "a Reuters report", and the two expectations mended);
- dev, after the rules (see "Seventy-first held-out round" in docs/extraction-design.md): all fields 1.000;
- held out, after four held-out kinds fixed by rule (a translator's label after the writer, an outlet in Latin
  letters in Japanese, "et al." in a credit, a byline named by its test hook): all fields 1.000; with the
  declarations taken out: all fields 1.000.

``tests/unseen_score.py unseen71`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import FIXTURES as _ALL_FIXTURES  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen71"
FIXTURES = _ALL_FIXTURES / SET


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_ZH_TEXT = "".join(f"<p>对于暂缓扩产的原因，公司董事会秘书在接受记者电话采访时表示，两个项目均于2023年立项，第{i}段。</p>"
                   for i in range(5))


def _record(body: str, head: str = "", title: str = "Council approves budget after months of debate",
            h1: str = "Council approves budget after months of debate", lang: str = "en", after: str = "",
            url: str = "https://news.example/2026/03/12/story") -> dict:
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><div class='main'>"
            f"<h1>{h1}</h1>{head}<div class='content'>{body}</div></div>{after}</body></html>")
    return _extract(page, url)


def _roles(record: dict, role: str) -> list[str]:
    return [a["name"] for a in record["attributions"] if a["role"] == role]


def test_a_chinese_reporters_line_with_a_colon_and_the_editors_line_after_it() -> None:
    """"每经记者：NAME　每经编辑：NAME" (a financial daily's short name glued before each title, a colon after it) as a
    paragraph of the text's box: the reporter is the writer, the editor writes nothing (as "编辑：" alone), and
    "记者：NAME NAME" names both reporters."""
    def authors(line: str) -> list[str]:
        return _record(f"<p>{line}</p>" + _ZH_TEXT, title="暂停两大扩产项目 常澜新能源回应_每经网",
                       h1="暂停两大扩产项目，常澜新能源回应：“不是收缩，是换挡”", lang="zh-CN")["authors"]

    assert authors("每经记者：周静雯　每经编辑：陈梦妤") == ["周静雯"]
    assert authors("每经记者：周静雯 王明　每经编辑：陈梦妤") == ["周静雯", "王明"]
    assert authors("记者：周静雯、王明") == ["周静雯", "王明"]


def test_a_lead_in_bold_over_the_reporters_line_is_no_text() -> None:
    """"<p><strong>LEAD</strong></p><p>PAPER记者：NAME</p><p>…" in the text's box (a Chinese daily's 导语 over its
    reporters' line; "<p><b>LEAD</b></p><p>By NAME</p>" the same in English): the lead is a standfirst above the
    byline, the text starts under the byline; a bold first paragraph with no byline after it stays the text's."""
    lead = "在动力电池行业产能过剩的讨论声中，常澜新能源宣布暂缓两个合计投资超80亿元的扩产项目，转而加码储能电芯与海外布局。"
    record = _record(f"<p><strong>{lead}</strong></p><p>每经记者：周静雯　每经编辑：陈梦妤</p>" + _ZH_TEXT,
                     title="暂停两大扩产项目 常澜新能源回应_每经网", h1="暂停两大扩产项目，常澜新能源回应", lang="zh-CN")
    assert record["body"].startswith("对于暂缓扩产的原因")
    english = _record("<p><b>A tax rise was avoided after the mayor found savings in the parks budget.</b></p>"
                      "<p>By Jane Roe</p>" + _TEXT)
    assert english["body"].startswith("The council voted on Tuesday") and english["authors"] == ["Jane Roe"]
    kept = _record("<p><b>A tax rise was avoided after the mayor found savings in the parks budget.</b></p>" + _TEXT)
    assert kept["body"].startswith("A tax rise was avoided")


def test_the_line_under_the_headline_naming_the_papers_own_rights_holder_is_no_source() -> None:
    """"<span class='source'>PAPER</span>" under the headline of the paper's own site, whose footer reads "Copyright ©
    PAPER 版权所有，…": the site naming itself, no source; the holder's name ends before "版权所有"; another paper
    named there is still the source."""
    def read(named: str) -> tuple[list[str], list[str]]:
        record = _record(_ZH_TEXT, head=f"<div class='info'><span class='source'>{named}</span>"
                         "<span class='time'>2026-03-10 22:05:37</span></div>",
                         title="暂停两大扩产项目 常澜新能源回应_每经网", h1="暂停两大扩产项目，常澜新能源回应", lang="zh-CN",
                         after="<div class='footer'><p>Copyright © 每日经报 版权所有，未经许可不得转载使用，违者必究。</p></div>")
        return _roles(record, "source"), _roles(record, "copyright")

    assert read("每日经报") == ([], ["每日经报"])
    assert read("华东证券报") == (["华东证券报"], ["每日经报"])


def test_outlets_cited_before_a_word_of_when_or_in_latin_letters_in_chinese_and_japanese() -> None:
    """"另据《PAPER》此前报道" (a word of when between the outlet and the verb) and "米Northwind Reportが最初に報じた"
    (an outlet's name in Latin letters after a country's mark, "first reported"): each cites the outlet."""
    zh = _record("<p>另据《华东证券报》此前报道，今年以来已有至少6家电池企业公告延期或终止扩产项目。</p>" + _ZH_TEXT,
                 title="暂停两大扩产项目_每经网", h1="暂停两大扩产项目，常澜新能源回应", lang="zh-CN")
    assert _roles(zh, "source") == ["华东证券报"]
    ja_text = "".join(f"<p>　同社は、検索機能の追加料金を4月から廃止すると発表した。既存の顧客にも順次適用する、第{i}段落。</p>"
                      for i in range(5))
    ja = _record("<p>　米Northwind Reportが最初に報じたところによると、大手2社が同種の機能を標準プランに組み込んでいる。</p>"
                 + ja_text, title="AI検索の追加料金を廃止へ", h1="AI検索の追加料金を廃止へ　競合の値下げ受け", lang="ja")
    assert _roles(ja, "source") == ["Northwind Report"]


def test_an_outlet_named_after_the_noun_saying_what_it_is() -> None:
    """"wie der Sender Radio Dreiland zuerst berichtet hatte", "selon le quotidien Le Monde", "wie die
    Nachrichtenagentur Ansa berichtete": the noun (Sender, quotidien, Nachrichtenagentur) is no part of the outlet's
    name, and says the name is an outlet's; "As the Guardian reported" opening a sentence cites "the Guardian", not "As
    the Guardian"; "wie die Stadt Freiburg berichtet" cites no outlet."""
    def sources(sentence: str) -> list[str]:
        return _roles(_record(_TEXT[:200] + f"<p>{sentence}</p>" + _TEXT), "source")

    assert sources("Wie der Sender Radio Dreiland zuerst berichtet hatte, prüft das Amt eine Ampel.") == ["Radio Dreiland"]
    assert sources("Le projet a été abandonné, selon le quotidien Le Monde.") == ["Le Monde"]
    assert sources("Das Gericht verwarf den Antrag, wie die Nachrichtenagentur Ansa berichtete.") == ["Ansa"]
    assert sources("As the Guardian reported, the vote was delayed twice.") == ["the Guardian"]
    assert sources("Wie die Stadt Freiburg berichtet, ist die Straße gesperrt.") == []


def test_an_outlet_named_before_its_report() -> None:
    """"according to a Reuters report", "citing a Bloomberg News story": the outlet whose report it is, the source;
    "according to a Federal Reserve report" names no outlet."""
    def sources(sentence: str) -> list[str]:
        return _roles(_record(_TEXT[:200] + f"<p>{sentence}</p>" + _TEXT), "source")

    assert sources("Lenders tightened checks, according to a Reuters report last month.") == ["Reuters"]
    assert sources("The company, citing a Bloomberg News story, declined to comment.") == ["Bloomberg News"]
    assert sources("Growth slowed, according to a Federal Reserve report released Monday.") == []


def test_more_from_the_series_the_kicker_links_is_no_teaser_list() -> None:
    """The newsletter's name linked over the headline ("<a href='/newsletter/the-back-lot/'>The Back Lot</a>") and
    "More from The Back Lot" cards after the article (us_insider's page): the series' latest issues, no teasers of the
    article's (the label's "the" read as the kicker's); the same cards labelled "Related stories", or "More from" a name
    the kicker does not link, are teasers."""
    page = (FIXTURES / "us_insider.html").read_text(encoding="utf-8")
    url = json.loads((FIXTURES / "us_insider.expected.json").read_text(encoding="utf-8"))["url"]

    def related(label: str) -> int:
        record = _extract(page.replace("More from The Back Lot", label), url)
        return len([link for link in record["related_links"] if link["kind"] == "related"])

    assert related("More from The Back Lot") == 0
    assert related("Related stories") == 3
    assert related("More from The Courtside") == 3


def test_a_translators_label_after_the_writers_linked_name() -> None:
    """"<a href='/author/…'>NAME</a> (Outlet.com)　翻訳校正: NAME" (a Japanese site's translated article): the linked
    writer is the author, the translator (as "翻訳：NAME") a contributor and no author."""
    byline = ("<p class='author'><a href='/author/maya-lindqvist/'>Maya Lindqvist</a> (TechGrid.com)&nbsp;&nbsp;"
              "翻訳校正: 石田朋美</p>")
    text = "".join(f"<p>　同社は、検索機能の追加料金を4月から廃止すると発表した。既存の顧客にも順次適用する、第{i}段落。</p>"
                   for i in range(5))
    record = _record(text, head=byline, title="AI検索の追加料金を廃止へ", h1="AI検索の追加料金を廃止へ　競合の値下げ受け",
                     lang="ja")
    assert record["authors"] == ["Maya Lindqvist"]
    assert _roles(record, "contributor") == ["石田朋美"]


def test_a_credit_naming_a_papers_writers_et_al() -> None:
    """"© Marchetti et al." closing a chart's caption: the credit keeps the abbreviation's full stop; a name's closing
    full stop still goes."""
    from newsarchive.extraction.credits import clean_credit

    assert clean_credit("© Marchetti et al.") == "Marchetti et al."
    assert clean_credit("Photo: Jane Doe.") == "Jane Doe"


def test_a_byline_named_by_a_test_hook_and_a_sentence_opening_with_by_doing() -> None:
    """A byline box whose classes are atomic styles, named by its test hook (``data-test-locator="byline"``, like
    ``data-testid``): its linked writer is the author, with the page declaring nothing; "By subscribing, you are
    agreeing to our Terms and Privacy Policy" names nobody (no "Privacy Policy" as a writer), "By Ann Keating" does."""
    hook = ("<div class='D(f) Ai(c)' data-test-locator='byline'><div class='Fz(14px)'><div><a class='Fw(700)' "
            "href='/about/editors/marisol-quintero/'>Marisol Quintero</a><span class='C(#6e7780)'> | Contributing "
            "Reporter</span></div></div></div>")
    assert _record(_TEXT, head=hook)["authors"] == ["Marisol Quintero"]
    consent = ("<p>By subscribing, you are agreeing to Voltline’s <a href='/terms'>Terms</a> and <a href='/privacy'>"
               "Privacy Policy</a>.</p>")
    assert _record(_TEXT + consent)["authors"] == []
    assert _record(_TEXT + "<p>By Ann Keating</p>")["authors"] == ["Ann Keating"]
