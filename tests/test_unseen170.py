"""A hundred-and-seventieth held-out round of pages imitating publishing systems (issue 9): clocks, time and calendars:
a UK national broadcaster's site's clocks change story, a US regional paper's daylight saving bill story, a German
national news site's clock change story, a French national daily's time change story, a Japanese national daily's time
signal story, a Japanese lifestyle web medium's watch repair feature, a mainland portal's national time service story, a
Taiwanese paper's watch repair shop story; held out: a New Zealand site's daylight saving story, a Swiss regional
paper's watchmaking story, a Japanese regional paper's local clock tower story, a Hong Kong site's time signal story.

As in unseen71 to unseen169, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_clocks_news, us_dst_news, de_zeitumstellung_news, fr_heure_news, ja_jikan_news,
  ja_tokei_web, cn_shijian_news, tw_zhongbiao_news;
- held out (scored once, blind, before any rule of the round): nz_time_news, ch_uhren_news, ja_tokei_chiho,
  hk_shijian_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=1.000 related=1.000 attributions=0.964 images=0.917 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.000 date=0.750 body_start=0.500 body_end=0.500; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round, against the expectations as mended by written conventions (a Chinese byline's "通讯员"
  is a contributor and a paper before its reporters a source, cn_shijian_news's "杜一凡" and "科技晨报"): headline=1.000
  authors=0.875 date=1.000 body_start=1.000 body_end=0.875 related=0.982 attributions=0.959 images=0.938;
- dev and held out after the rules (see "Hundred-and-seventieth held-out round" in docs/extraction-design.md): the known
  failure below aside, every field right. The rule made after the blind score, from the held-out pages: an update note
  with its asterisk, "* This article was updated at … with comment from …".

``tests/unseen_score.py unseen170`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen170"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: a diagram inside an explainer box set in the text as an ``<aside>`` ("<aside><h3>知多啲：…</h3><p>…</p><figure>
    # <img><figcaption>報時信號六響示意圖（天文台圖片）</figcaption></figure></aside>"): the images pass over an aside holding more
    # than a picture and its caption (a side box's pictures are none of the article's); the writer called it arguable;
    # not tried
    ("hk_shijian_news", "images"),
    ("hk_shijian_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_CLOCKS_TEXT = "".join(f"<p>Clocks in the UK go forward by one hour at 01:00 on Sunday, marking the start of British "
                       f"Summer Time and lighter evenings for the months ahead, part {n}.</p>" for n in range(5))


def test_contributors_cards_and_an_agency_that_asked() -> None:
    """A byline of contributors' cards under the date line, each a headshot, the name in an element its class names as
    a contributor's name and a role ("<span class='Text-TextContributorName'>NAME</span><div>Health reporter</div>"),
    names every writer; "Interrogé par l’AFP" names the agency a source."""
    indent = "\n" + " " * 8  # (the page's indentation, as its system prints it: words of no line of the byline)
    card = indent.join(("<div class='ContributorWrapper'>", "<img src='https://news.example/p/{0}.jpg' alt='' "
                        "width='40' height='40'>", "<div class='ContributorDetails'>",
                        "<span class='Text-TextContributorName'>{1}</span>", "<div>{2}</div>", "</div>", "</div>"))
    strip = indent.join(("<div class='MetadataStrip'>", "<div><span><time datetime='2026-03-28T06:12:04.000Z'>28 March "
                         "2026</time></span></div>", "<div><span><span>Updated </span><time "
                         "datetime='2026-03-29T08:40:11.000Z'>29 March 2026</time></span></div>", "<div><button "
                         "type='button' aria-label='Share'>Share</button></div>", "</div>"))
    byline = indent.join(("<div data-component='byline-block' class='BylineWrapper'>", strip,
                          "<div class='Contributors'>", card.format(1, "Priya Castellane", "Health reporter"),
                          card.format(2, "Tom Ashworth", "News, Cumbria"), "</div>", "</div>"))
    html = ("<html lang='en-GB'><head><meta charset='utf-8'><title>Clocks</title></head><body><article><header><h1>"
            f"Clocks go forward: why the lost hour hits harder</h1></header>{byline}<div class='content'>"
            f"{_CLOCKS_TEXT}</div></article></body></html>")
    assert _extract(html)["authors"] == ["Priya Castellane", "Tom Ashworth"]
    assert cited_sources("Interrogé par l’AFP, le ministère de la transition écologique indique qu’aucune décision "
                         "n’est prise.", lang="fr") == ["AFP"]


def test_a_figure_after_an_ad_slot_and_a_credits_box_under_the_lead() -> None:
    """A captioned figure linking to its photo page, set after an ad's slot between the text's paragraphs ("<p>…</p>
    <div class='c-ad'><span>広告</span><div id='gpt'></div></div><figure><a href='/photo/ID/'><img></a>…"), is the
    article's picture; the article's credits box under the lead picture ("文：NAME　写真：NAME　編集：NAME") is no
    picture's credit."""
    text = "".join(f"<p>標準電波の送信所が３週間にわたって停波する。電波時計は自動で時刻を合わせられなくなるが、影響は限られるという。第{n}段落。</p>"
                   for n in range(5))
    figure = ("<div class='c-ad'><span class='c-ad__label'>広告</span><div id='div-gpt-ad-inread'></div></div><figure><a "
              "href='https://news.example/photo/20260308-OYT1I50013/'><img src='https://img.news.example/photo/2026/03/"
              "20260308-OYT1I50013-T.jpg' alt='' width='640' height='427'></a><figcaption>電波時計の動作を確かめる川端修一さん（５日、"
              "東京都台東区で）</figcaption></figure>")
    images = _extract(article_page(text[:300] + figure + text[300:], lang="ja", title="標準電波",
                                   h1="標準電波、３週間停波へ"), "https://news.example/national/20260308-OYT1T50001/")["images"]
    assert [i["caption"] for i in images] == ["電波時計の動作を確かめる川端修一さん（５日、東京都台東区で）"]
    head = ("<div class='ArticleHeader_main'><img src='https://cdn.news.example/images/48213/main.jpg' width='1600' "
            "height='1067' alt=''></div><div class='Credit_credit'><span>文：<a href='/writers/minori'>長谷川みのり</a></span>"
            "<span>写真：大槻新</span><span>編集：小林あおい</span></div>")
    record = _extract(article_page(text, head=head, lang="ja", title="時計修理", h1="止まった腕時計が動き出すまで"))
    assert all(not (i["credit"] or "").startswith("文：") for i in record["images"])


def test_a_background_box_and_a_feed_after_the_text() -> None:
    """A Chinese paper's background box after the text under "■链接" closes it; a feed picked for the reader set in
    the container after the text ("猜你喜欢" over cards, each a linked headline and its source's name) holds no teasers;
    a "More for you" box between the text's paragraphs still does."""
    text = "".join(f"<p>记者从授时中心获悉，新一代原子钟组日前投入运行，我国标准时间的准确度提升至百皮秒量级，第{n}段。</p>" for n in range(5))
    box = ("<div class='link-box'><p><strong>■链接</strong></p><p><strong>“北京时间”是怎样产生的</strong></p><p>“北京时间”是我国的"
           "标准时间，采用东八区的区时。它由授时中心的原子钟组计算产生，再经由长波授时台等方式向社会发播。</p></div>")
    feed = ("<div class='feed-wrap'><div class='feed-title'><h3>猜你喜欢</h3></div><ul class='feed-list'>" + "".join(
        f"<li><a href='https://news.example/c/2025-03-17/doc-{n}.shtml'><img src='https://img.news.example/t{n}.jpg' "
        f"alt=''><h4>北方多地迎来大风降温 中央气象台发布沙尘天气预报{n}</h4></a><span class='feed-src'>中国天气网</span></li>"
        for n in range(3)) + "</ul></div>")
    record = _extract(article_page(text + box + feed, lang="zh-CN", title="北京时间", h1="北京时间更准了"))
    assert record["body"].endswith("第4段。")
    assert [link for link in record["related_links"] if link["kind"] == "related"] == []
    story = "https://news.example/sites/rv/2026/02/20/airline-fees-are-changing-again/"
    more = (f"<div class='body-more-for-you'><h3>MORE FOR YOU</h3><ul><li><a href='{story}'>Airline Fees Are Changing "
            "Again. Here’s What To Expect This Summer</a></li></ul></div>")
    assert _teasers(article_page(_CLOCKS_TEXT[:300] + more + _CLOCKS_TEXT[300:])) == [story]


def test_held_out_update_note_with_its_asterisk() -> None:
    """Rule made after the blind score, from the held-out page: "* This article was updated at 5.10pm with comment
    from the Department of Internal Affairs." over the text opens none."""
    note = ("<p><em>* This article was updated at 5.10pm with comment from the Department of Internal Affairs.</em>"
            "</p>")
    assert _extract(article_page(note + _CLOCKS_TEXT))["body"].startswith("Clocks in the UK go forward")
