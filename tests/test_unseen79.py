"""A seventy-ninth held-out round of pages imitating publishing systems (issue 9): the clutter of a real page around
and inside the article: consent banners and consent-manager markup before the header, breaking-news tickers and
alert banners, ad slots, sticky video players, paywalls cutting the text, "Listen to this article" players, share and
bookmark bars, newsletter, app and WhatsApp promos between paragraphs, embedded posts, polls, comment counts, video
rails and "most read" columns. Three declare nothing but a ``<title>``. The held-out pages are scored blind, BEFORE
any rule of the round.

As in unseen71 to unseen78, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- en_national_daily: a US national paper's paid story (React markup with hashed classes): a consent overlay and a
  skippable ad before the header, a summary under the headline, "Credit..." spans, "By A and B", "Listen to this
  article", mid-text ads, "A contributed reporting from X." in italics after the text, writers' notes linking
  "/by/NAME" ("NAME writes about …"), a paywall box, "Related Content", "Trending in …";
- en_city_portal: an Indian regional daily on an old Bootstrap system, declaring only a ``<title>``: a push-alert
  prompt, a "Breaking News" ticker, "By NAME | X News Service", "(Photo | NAME)" closing captions, "Also Read:" lines,
  a WhatsApp channel box, an embedded X post, "first flagged last year by the Telugu daily X";
- fr_national: a French national daily's paid story: a hidden consent wall, an "Alerte" banner, a standfirst, "Article
  réservé aux abonnés", "Écouter cet article", "Lire aussi |" links, a paywall box, "Les plus lus", an Outbrain block;
- de_broadcaster: a German public broadcaster's story: an "Eilmeldung" banner, "Stand: …", a bold lead over "Von A und
  B, X", an X post behind a consent placeholder, "Mehr zum Thema" repeating a link of the text, "Weitere Top-Themen";
- jp_national: a national daily's paid story: a hidden consent dialog, a "速報" ticker, "有料記事", "【A、B】" closing the
  first paragraph, an app promo between paragraphs, a paywall box, "関連記事", "ランキング";
- jp_regional: a local TV station's page on an in-house system, declaring only a ``<title>``: the logo's ``<h1>``, a
  marquee, a sticky video player, "（提供：X）", "関連ニュース", "おすすめ動画", "アクセスランキング";
- cn_regional: a provincial portal reprinting an evening paper on a TRS-like system, declaring only a ``<title>``: a
  "滚动" ticker, a kicker, "来源：X　作者：NAME", a "听新闻" player, "本报讯（记者 A 通讯员 B）", "NAME 摄" caption lines,
  "责任编辑：NAME", "相关新闻", "24小时排行";
- tw_national: a Taiwanese national portal: a "快訊" ticker, a sticky video player, "聯眾報／ 記者NAME／桐港即時報導",
  "記者NAME／攝影", an embedded Facebook post in the text ("Posted by NAME on DATE" in its ``<blockquote>``), "延伸閱讀",
  a LINE promo, "相關新聞", "猜你喜歡";
- en_public_broadcaster (held out): an Australian public broadcaster on Next.js: an "Emergency" banner, "By A and B",
  "Key points:", "(Supplied: X)", a newsletter sign-up, "Download the … app", "Related stories", a "Watch" video rail
  inside the article's column, "Top Stories", "Popular now";
- fr_local (held out): a French local site on SPIP, declaring only a ``<title>``: tarteaucitron, a "Flash info"
  ticker, a chapô over "Publié le …, par NAME", "À lire aussi :", AdSense, a poll, comments, "Dans la même rubrique";
- jp_itnews (held out): an IT news site: a consent banner, "[NAME，X]", "（出典：X）", an in-read ad, an embedded X post,
  "関連記事", "関連リンク", a newsletter box, "アクセストップ10";
- hk_digital (held out): a Hong Kong digital native on Next.js: a OneTrust banner, "撰文：A、B", "（NAME攝）", two
  "延伸閱讀：" lines, ads, an app banner, a poll, a WhatsApp promo, "你可能感興趣".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``). Three expectations were mended, by conventions already written: editors'
lines credit no contributor (unseen44's "责任编辑"): cn_regional's "责任编辑：NAME"; a reporter's title before "／攝影"
goes, "記者NAME／攝影" crediting NAME (unseen14's "…。記者王小明／攝影"): tw_national's picture and attributions; and a
portal's paper before its reporter's name is a source (unseen14's "聯合報／ 記者NAME／台北報導"): tw_national's
"聯眾報".

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): en_national_daily, en_city_portal, fr_national, de_broadcaster, jp_national,
  jp_regional, cn_regional, tw_national;
- held out (scored once, blind, before any rule of the round): en_public_broadcaster, fr_local, jp_itnews,
  hk_digital.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.917 attributions=1.000 images=1.000 (trafilatura
  2.3.1 on the same pages: headline=1.000 authors=0.500 date=1.000 body_start=0.750 body_end=0.750; newsarchive with
  the declarations taken out: headline=1.000 authors=0.917 date=1.000 body_start=1.000 body_end=1.000 related=0.917
  attributions=0.972 images=1.000);
- dev, before any rule of the round (the expectations mended): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.875 related=0.920 attributions=0.899 images=0.875;
- dev and held out after the rules (see "Seventy-ninth held-out round" in docs/extraction-design.md): 1.000 in
  every field.

``tests/unseen_score.py unseen79`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import article_page as _page  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen79"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_an_embedded_posts_footer_line_ends_no_text() -> None:
    """"Posted by NAME on DATE" closing an embedded Facebook post (in its ``<blockquote>``) among the last paragraphs
    is the post's own line, not a blog post's footer: the text goes on after it; a footer line of the page's own
    still ends the text."""
    post = ("<div class='fb-post'><blockquote class='fb-xfbml-parse-ignore'><p>We are sorry for the delay and will "
            "report on the repairs every month.</p>Posted by <a href='https://social.example/mayor'>Jane Roe</a> on "
            "<a href='https://social.example/mayor/posts/1'>Tuesday, May 21, 2024</a></blockquote></div>")
    closing = "<p>Councillors said they would hold the city to its promise at the next meeting in June.</p>"
    body = _extract(_page(_TEXT + post + closing))["body"]
    assert body.endswith("next meeting in June.")
    footer = "<p>Posted by <a href='/author/jroe'>Jane Roe</a> on Tuesday, May 21, 2024</p>"
    assert "next meeting" not in _extract(_page(_TEXT + footer + closing))["body"]


def test_a_bar_between_the_photo_label_and_the_credit() -> None:
    """"(Photo | NAME)" closing a caption, as Indian papers print it: the credit is NAME, the caption the words
    before it."""
    figure = ("<figure><img src='/lake.jpg' alt=''><figcaption>A view of the encroached foreshore of the lake on "
              "Wednesday. (Photo | V Sudhakar)</figcaption></figure>")
    images = _extract(_page(figure + _TEXT))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("A view of the encroached foreshore of the lake on Wednesday.", "V Sudhakar")]


def test_an_outlet_named_by_what_it_is_after_the() -> None:
    """"the Telugu daily X", "the German weekly X", "the local newspaper X": the noun saying what the name is makes it
    an outlet after "according to", a passive's "by" and "told"; and what a paper "first flagged" or "first exposed"
    (last year) by a name read as an outlet's cites it, not a person or an institution."""
    assert _sources("According to the Telugu daily Janata Vani, the lake has lost a third of its area.") == \
        ["Janata Vani"]
    assert _sources("The plan was first reported by the German weekly Die Zeit on Monday.") == ["Die Zeit"]
    assert _sources("The mayor told the local newspaper Valley Times that work would start in May.") == \
        ["Valley Times"]
    assert _sources("The shrinking was first flagged last year by the Telugu daily Janata Vani, which documented "
                    "the dumping.") == ["Janata Vani"]
    assert _sources("The scheme was first exposed by the Harbour Courier.") == ["the Harbour Courier"]
    assert _sources("The problem was first flagged by the Federal Reserve in May.") == []
    assert _sources("The problem was first flagged by Smith in May.") == []
    assert _sources("The mayor told the daily newspaper that work would start.") == []


def test_the_writers_note_cites_nobody() -> None:
    """"<a href='/by/NAME'>NAME</a> writes about …" after the text, NAME one of the byline's writers (no word of the
    link's address naming a writer's page): the writer's note, no source; an outlet's link that writes so still cites
    it."""
    after = ("<p><a href='https://news.example/by/peter-vukovich'>Peter Vukovich</a> writes about climate, water and "
             "energy for the National desk.</p>")
    head = "<p class='byline'>By <a href='https://news.example/by/peter-vukovich'>Peter Vukovich</a></p>"
    record = _extract(_page(_TEXT, head=head, after=after))
    assert record["authors"] == ["Peter Vukovich"]
    assert [a["name"] for a in record["attributions"] if a["role"] == "source"] == []
    cited = "<p><a href='https://www.harbourcourier.example/water'>The Harbour Courier</a> reported the leak first.</p>"
    record = _extract(_page(_TEXT + cited, head=head))
    assert [a["name"] for a in record["attributions"] if a["role"] == "source"] == ["The Harbour Courier"]


def test_a_link_of_the_text_offered_again_as_a_teaser_is_related() -> None:
    """A story the text links ("<a>Wärmeplanung</a>") that the "Mehr zum Thema" box after it offers again is a related
    teaser, with the box's headline; a link of the text alone stays the text's."""
    text = ("<p>Was Eigentümer jetzt wissen müssen, erklärt unser Überblick zur <a href='/wirtschaft/waermeplanung-faq-100"
            ".html'>Wärmeplanung</a> und zu den Fristen der Kommunen in den kommenden Jahren.</p>"
            "<p>Andere Städte warten noch auf die <a href='/inland/foerderung-102.html'>Förderrichtlinie</a> des Bundes "
            "für ihre Wärmenetze, die im Herbst kommen soll.</p>") + _TEXT
    box = ("<div class='linklist'><h2>Mehr zum Thema</h2><ul><li><a href='/wirtschaft/waermeplanung-faq-100.html'>"
           "Wärmeplanung: Was Eigentümer jetzt wissen müssen</a></li><li><a href='/wirtschaft/fernwaerme-preise-100"
           ".html'>Fernwärme: Warum die Preise so unterschiedlich sind</a></li></ul></div>")
    links = _extract(_page(text + box, lang="de"))["related_links"]
    kinds = {link["url"].rsplit("/", 1)[1]: (link["kind"], link["text"]) for link in links}
    assert kinds["waermeplanung-faq-100.html"] == ("related", "Wärmeplanung: Was Eigentümer jetzt wissen müssen")
    assert kinds["fernwaerme-preise-100.html"][0] == "related"
    assert kinds["foerderung-102.html"] == ("inline", "Förderrichtlinie")


def test_an_app_promo_between_paragraphs_is_no_teaser() -> None:
    """An aside between paragraphs whose one link asks to install the site's app ("毎朝新聞アプリをダウンロード（無料）",
    "Download the Courier app") offers no story; an aside with a headline link does."""
    for words in ("ニュースを速報でお届け　<strong>毎朝新聞アプリ</strong>をダウンロード（無料）",
                  "Get all the latest news: download the Harbour Courier app"):
        promo = f"<aside class='app-promo'><a href='https://news.example/info/app/'>{words}</a></aside>"
        assert _teasers(_page(_TEXT[:400] + promo + _TEXT)) == []
    teaser = ("<aside><a href='https://news.example/2026/03/01/library-hours'>Library opens on Sundays from "
              "April after the budget vote</a></aside>")
    assert _teasers(_page(_TEXT[:400] + teaser + _TEXT)) == ["https://news.example/2026/03/01/library-hours"]


def test_a_rail_of_videos_or_the_sites_top_themes_heads_no_teasers() -> None:
    """A box under the article headed "Watch" (a rail of video clips) or "Weitere Top-Themen" (the site's lead stories
    of the hour) offers the site's feed, not the article's teasers; "Related stories" there does."""
    def box(label: str, slug: str) -> str:
        return (f"<section class='rail'><h2>{label}</h2><ul><li><a href='/news/2026-03-13/{slug}-one/1'><h3>Drone "
                f"vision shows the extent of flooding across the region</h3></a></li><li><a href='/news/2026-03-13/"
                f"{slug}-two/2'><h3>Treasurer defends housing package as critics call it too little</h3></a></li>"
                "</ul></section>")
    for label in ("Watch", "Up next", "Weitere Top-Themen", "おすすめ動画"):
        html = (f"<html><head><title>Budget</title></head><body><main><article><h1>Council approves budget after "
                f"months of debate</h1><div class='content'>{_TEXT}</div></article>{box(label, 'clip')}</main>"
                "</body></html>")
        assert _teasers(html) == [], label
    html = (f"<html><head><title>Budget</title></head><body><main><article><h1>Council approves budget after months "
            f"of debate</h1><div class='content'>{_TEXT}</div></article>{box('Related stories', 'story')}</main>"
            "</body></html>")
    assert len(_teasers(html)) == 2


def test_the_writers_organisation_in_a_byline_names_no_writer() -> None:
    """"By NAME, <span class='byline__org'>ORG</span>" (a republished story's newsroom, no word saying it is an
    outlet's): the organisation's element is none of the byline's names; an agency's there still names the agency whose
    copy it is."""
    head = ("<div class='byline'><span class='byline__author'>By Anneliese Wainwright-Cho</span>, "
            "<span class='byline__org'>Capitol Watch</span></div>")
    assert _extract(_page(_TEXT, head=head))["authors"] == ["Anneliese Wainwright-Cho"]
    head = ("<div class='c-byline'><div class='c-byline__author'>By Priscilla Vandermeer</div>"
            "<div class='c-byline__org'>The Associated Press</div></div>")
    record = _extract(_page("<p>NEW YORK (AP) — More people rode the subway on Tuesday than on any weekday since 2019, "
                            "transit officials said.</p>" + _TEXT, head=head))
    assert record["authors"] == ["Priscilla Vandermeer"]
    assert ("source", "The Associated Press") in [(a["role"], a["name"]) for a in record["attributions"]]
    head = ("<div class='byline'><span class='byline__author'>By Anneliese Wainwright-Cho</span> and "
            "<span class='byline__author'>Tomás Herrera</span></div>")
    assert _extract(_page(_TEXT, head=head))["authors"] == ["Anneliese Wainwright-Cho", "Tomás Herrera"]
