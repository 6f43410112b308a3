"""A seventieth held-out round of pages imitating publishing systems (issue 9): headline kinds, in English, German,
French, Japanese and Chinese news sites and magazines: an ``<h1>`` holding a kicker or label in a span ("Analyse:",
"LIVE", "【速報】", "独家｜"), an ``<h1>`` split by a ``<br>``, an ``<h1>`` that is the site's logo with the article's
title in an ``<h2>``, two ``<h1>``s (a hidden one for screen readers), a visible wording differing from every declared
title (a question, an emoji), curly quotes, dashes and non-breaking spaces, an AMP page, and a page whose ``<title>``
alone is declared, carrying " | Section | Outlet". The held-out pages are scored blind (no test runs on them, and no
field of theirs is seen failing, before the single held-out score), BEFORE any rule of the round.

Each page in ``fixtures/unseen70`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- de_hauptstadt: a German capital-city daily (a neighbour of the Tagesspiegel imitated in unseen14, whose
  ``<span class="Kicker">`` headline it keeps): "<h1><span class='Kicker'>Analyse:</span> <span
  class='Title'>…</span></h1>", the titles declared without the kicker, "Von NAME" linking the writer's page, "©
  Foto: NAME/dpa", "Mehr zum Thema" inside the text, "Das könnte Sie auch interessieren" cards after it,
  "Meistgelesen";
- uk_mirror: a British tabloid's live page (Reach-like, "LIVE" badge in a span inside the ``<h1>``, the titles
  declared without it, a LiveBlogPosting, "(Image: NAME/AGENCY)", timestamped entries newest first, "READ MORE:" in
  an entry, "More On" after the text, "Most Read", "Top Stories");
- fr_20minutes: a French national free daily's local page (20-Minutes-like, a system unseen4 already imitated, its
  ``20minutes`` page, which the grep before writing missed: here its headline kind, the ``<h1>`` broken by a ``<br>``, a
  "hat-summary" label after it, "— NAME / OUTLET" closing the caption, "A lire aussi" inside the text, "Dans la même
  rubrique" after it, "Les plus lus");
- jp_tvnews: a Japanese broadcaster's news site (TV-Asahi-like, a neighbour of the broadcasters imitated before: the
  ``<h1>`` opening with "<span class='label-breaking'>【速報】</span>", the declared titles opening with it too, the
  broadcaster declared as author, a caption without credit, "【関連記事】" inside the text, "あわせて読みたい" after
  it, "アクセスランキング");
- cn_yicai: a Chinese financial daily's site (Yicai-like, a system unseen46's cn_business already imitated, which the
  grep before writing was misread for; here its headline kind: "<h1><span class='m-tag'>独家｜</span>…</h1>" with the
  ``<title>`` declaring the headline without the label, "作者：NAME NAME　责编：NAME", "来源：OUTLET", "图片来源：" in
  the caption, "相关阅读：" inside the text, "相关推荐" after it, "24小时热文");
- uk_standard: a London evening paper (Evening-Standard-like: curly quotes, an en dash and a non-breaking space in the
  visible headline and standfirst, the titles declared with straight quotes and a hyphen, "(NAME)" as the credit,
  "Read More" inside the text, "More from London", "Trending");
- us_quartz: a business news site (Quartz-like: the ``<h1>`` a question worded unlike every declared title, "By NAME
  • Published DATE", "Photo: NAME / Getty Images", "Related Content" inside the text, "Popular", "More from …");
- us_bustle: a lifestyle magazine (Bustle-like, BDG: an emoji closing the ``<h1>``, the titles declared longer and
  without it, "By NAME", "Related" inside the text, a "Sources:" note after it, "Trending On …", "Most Popular");
- us_time_amp (held out): a US news magazine's AMP page (Time-like: ``amp-img``, ``amp-ad`` in the text, "NAME—AGENCY"
  credit, "More Must-Reads from …" inside the text, "Contact us at …" and "View full article" after it, "Trending");
- jp_regional_logo (held out): a Japanese regional paper on an old CMS (the site's logo as ``<h1 id="logo">``, the
  article's title in ``<h2 class="news-title">``, no byline, "＝PLACE" closing the caption, "関連記事" after the
  text, the section's list of other stories);
- at_kurier (held out): an Austrian daily (Kurier-like, a system unseen18 already imitated, which the grep before
  writing missed; here a headline kind that page did not hold: a visually hidden ``<h1>`` with the site's name and
  slogan in the header, the article's ``<h1>`` below it, "©Bild: OUTLET/NAME", "Lesen Sie auch" inside the text, "Mehr aus
  Wien", "Meistgelesen");
- de_titleonly (held out): a German local weekly's site declaring nothing but ``<title>`` ("HEADLINE | Lokales |
  OUTLET"): "DATE | Von NAME" in one line, "Foto: NAME" in the caption, an "Oberau –" place mark opening the text,
  "Zum Thema" inside it, "Weitere Artikel aus Oberau" after it.

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the reader's
headline is the heading at the top of the article with its typography kept (curly quotes, dashes, an emoji, the
question as printed), not a declared title worded otherwise; a kicker or badge in its own child of the ``<h1>``
("Analyse:", "LIVE", "独家｜") is no part of it unless the declared titles carry it too ("【速報】", as the
kicker convention says); the line parts of an ``<h1>`` broken by ``<br>`` join with a space; a logo's ``<h1>`` and a
hidden ``<h1>`` are no headline; a broadcaster or outlet declared as author names no writer; an editor ("责编")
writes nothing; a live page's text runs from its introduction to its oldest entry; "Das könnte Sie auch
interessieren" cards, "あわせて読みたい", "相关推荐" and "More Must-Reads" are related (as earlier rounds decided),
a bare "More On" (mended, see below), "Dans la même rubrique", "More from …", "Mehr aus …", "Weitere
Artikel aus …", "Trending" and "Most read" lists are not; a place mark opening the text is part of it.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): de_hauptstadt, uk_mirror, fr_20minutes, jp_tvnews, cn_yicai, uk_standard,
  us_quartz, us_bustle;
- held out (scored once, blind, before any rule of the round): us_time_amp, jp_regional_logo, at_kurier,
  de_titleonly (an AMP page, a logo's ``<h1>`` over an ``<h2>`` title, a hidden ``<h1>``, a page declaring only its
  ``<title>``).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- dev, before any rule of the round (the expectations as first written): headline=0.750 authors=0.875 date=1.000
  body_start=1.000 body_end=1.000 related=0.938 attributions=0.925 images=1.000 (uk_standard's typography, cn_yicai's
  label, writers and source, uk_mirror's "More On");
- dev, after the rules (see "Seventieth held-out round" in docs/extraction-design.md: a declared title typed plainly
  gives way to the printed typography, the site's own name glued by a dash after a Chinese title, a Chinese writer's
  label alone in its element and the editor's short title "责编"): all fields 1.000;
- held out, after the rules: all fields 1.000.

Two expectations were mended after the dev score, by written conventions only: uk_mirror's bare "More On" box was
first written as related, but a bare "More …" label heads the site's feed and a word must say whose
(``hints.TEASER_TEXT``), so its two links are not; cn_yicai's "来源：东方财经" under the headline was first written as
the source, but it is the site naming itself, no source (the ninth round's decision for Jiemian's "来源：界面新闻").

``tests/unseen_score.py unseen70`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen70"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_TEXT = ("<p>The county opened a second shelter on Thursday as the river kept rising, and officials asked residents "
         "of the lowest streets to leave before dark.</p>"
         + "".join(f"<p>Crews worked through the night on the levee, part {i}, and said the water would crest late "
                   "on Thursday, about a foot below the top of the wall.</p>" for i in range(5)))


def test_a_declared_title_typed_plainly_gives_way_to_the_printed_typography() -> None:
    """"‘We were told to wait – then the water came’: …" printed in the ``<h1>``, "'We were told to wait - then the
    water came': …" declared (a London paper's CMS types its titles on a keyboard): the reader's headline keeps the
    page's curly quotes and dash; a title printing a separator the heading lost to CSS still gives its spelling."""
    def headline(h1: str, title: str) -> str:
        page = (f"<html><head><title>{title}</title><meta property='og:title' content=\"{title}\"></head><body>"
                f"<article><h1>{h1}</h1><div class='body'>{_TEXT}</div></article></body></html>")
        return _extract(page)["headline"]

    assert headline("‘We were told to wait – then the water came’: residents on the flood",
                    "'We were told to wait - then the water came': residents on the flood") \
        == "‘We were told to wait – then the water came’: residents on the flood"
    assert headline("<span>Breakpoint</span><span>Hilfe, die Schule brennt</span>",
                    "Breakpoint: Hilfe, die Schule brennt") == "Breakpoint: Hilfe, die Schule brennt"


def test_the_sites_own_name_glued_by_a_dash_after_a_chinese_title() -> None:
    """"两家头部电池企业洽谈合并，储能业务或率先整合-东方财经" as the only declared title, the site's logo reading
    "东方财经": the site's name glued by a dash goes, so the ``<h1>``'s label in its own span ("独家｜") is seen as one
    the title leaves out; a dash glued to another name ("…-储能") stays part of the title."""
    def titles(title: str) -> list[str]:
        from newsarchive.extraction.headline import strip_site_name

        return strip_site_name(title, ["东方财经", "dongfangcj"])

    assert titles("两家头部电池企业洽谈合并，储能业务或率先整合-东方财经") == "两家头部电池企业洽谈合并，储能业务或率先整合"
    assert titles("两家头部电池企业洽谈合并，整合-储能") == "两家头部电池企业洽谈合并，整合-储能"
    body = "".join(f"<p>东方财经记者从多位知情人士处获悉，两家头部动力电池企业正在洽谈合并事宜，第{i}段。</p>" for i in range(6))
    page = ("<html><head><title>两家头部电池企业洽谈合并，储能业务或率先整合-东方财经</title></head><body>"
            "<div class='top'><a class='logo' href='/'><img src='/logo.png' alt='东方财经'></a></div>"
            "<div class='title'><h1><span class='m-tag'>独家｜</span>两家头部电池企业洽谈合并，储能业务或率先整合</h1></div>"
            f"<div class='m-txt'>{body}</div></body></html>")
    assert _extract(page, "https://www.dongfangcj.example/news/1.html")["headline"] == "两家头部电池企业洽谈合并，储能业务或率先整合"


def test_a_chinese_writers_label_alone_in_its_element_and_the_editors_label_after() -> None:
    """"<p class='names'><span>作者：</span>NAME NAME　　<span>责编：</span>NAME</p>" under a financial daily's headline:
    the writer's label alone in its span leads in the names after it (as "<span>By</span> NAME"), and "责编：" (the
    editor's short title) starts a line of its own naming no writer, as "编辑：" does; "作者：NAME" alone still names
    its writer."""
    body = "".join(f"<p>记者从多位知情人士处获悉，国内两家头部动力电池企业正在洽谈合并事宜，双方的储能业务或率先整合{i}。</p>"
                   for i in range(6))

    def writers(names: str) -> list[str]:
        page = ("<html lang='zh-CN'><head><title>两家头部电池企业洽谈合并</title></head><body><div class='title'>"
                f"<h1>两家头部电池企业洽谈合并</h1><p class='names'>{names}</p><em>2026-03-12 20:31:05</em></div>"
                f"<div class='m-txt'>{body}</div></body></html>")
        return _extract(page, "https://www.caijing.example/news/1.html")["authors"]

    assert writers("<span>作者：</span>陈思远 林晓雯　　<span>责编：</span>周宁") == ["陈思远", "林晓雯"]
    assert writers("作者：陈思远 林晓雯　　责编：周宁") == ["陈思远", "林晓雯"]
    assert writers("<span>作者：</span>陈思远") == ["陈思远"]
    assert writers("<span>责编：</span>周宁") == []
