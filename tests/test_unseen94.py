"""A ninety-fourth held-out round of pages imitating publishing systems (issue 9): culture, arts and entertainment: a
US entertainment trade's festival story (WordPress VIP), a UK paper's book review (hashed class names), a German
weekly's film review (Drupal), a French daily's exhibition review, a Japanese film portal's premiere story, a Japanese
music magazine's live report on an old PHP system, a mainland portal's film review, a Taiwanese paper's concert
story; held out: an Australian public broadcaster's obituary of a musician (Next.js), an Austrian daily's theatre
premiere review, a Japanese national paper's book review, a Hong Kong outlet's exhibition story (Next.js). Two declare
nothing but a ``<title>``.

As in unseen71 to unseen93, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages (one of them checked the folder's JSON files' syntax
once, reading none), from memory of each system's markup, with invented text and ``.example`` domains.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by conventions already written, after the
blind and dev scores: "Courtesy of X" is credited whole (us_film_festival, as unseen89's; the brief had said "X" again),
so is "Supplied: X" (au_music_obit, as unseen72's and unseen79's); "©2026「X」製作委員会" credits "「X」製作委員会"
(ja_eiga_news, as unseen72's jp_culture).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_film_festival, uk_book_review, de_kino_kritik, fr_expo_critique,
  ja_eiga_news, ja_ongaku_live, cn_dianying_pinglun, tw_yinyue_news;
- held out (scored once, blind, before any rule of the round): au_music_obit, at_theater_premiere,
  ja_shoseki_review, hk_zhanlan.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=0.750 body_end=0.500 related=1.000 attributions=0.682 images=0.625 (trafilatura 2.3.1 on the same pages:
  headline=0.250 authors=0.500 date=0.750 body_start=0.750 body_end=0.500; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=0.875 authors=0.875 date=0.875
  body_start=1.000 body_end=0.750 related=0.849 attributions=0.792 images=0.896;
- dev and held out after the rules (see "Ninety-fourth held-out round" in docs/extraction-design.md): 1.000 in every
  field but the known failures below (six).

``tests/unseen_score.py unseen94`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen94"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "as Screen International first reported", held: "he told Rolling Stone in 2018": names of two words with no
    # outlet's word, no quotes, no italics (no list of outlets is kept); dev: "The Bookseller reported" opening a
    # sentence (a capitalised article opening a sentence is no title's mark); dev: "<em>Libération</em> avait
    # reconstitué les détails" (no verb of reporting); not tried. (held: "sagte sie vor der Premiere der APA", an
    # agency spoken to, was read after unseen190: ``attributions._TOLD_OUTLET``'s German agency)
    ("us_film_festival", "attributions"),
    ("uk_book_review", "attributions"),
    ("fr_expo_critique", "attributions"),
    ("au_music_obit", "attributions"),
    # held: a broadcaster's inline summary opening the text, "In short:" over two paragraphs and "What's next?" over
    # one, set as the text's own paragraphs in its box (no box of its own, as ``body._without_summary_box`` reads):
    # where the summary ends is not marked; not tried
    ("au_music_obit", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _roles(record: dict) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in record["attributions"]]


#: a Japanese text's paragraphs (a film's premiere)
_JA_TEXT = "".join(f"<p>　主演の柚木遥香は、完成した作品を初めて観たときの思いを語り、客席から大きな拍手が起きた。第{n}段落。</p>"
                   for n in range(1, 6))


def test_a_credits_line_in_brackets_names_the_writer() -> None:
    """"（取材・文：NAME）" after the text's box, as "取材・文：NAME" is read: the writer, the brackets no part of the
    name."""
    html = _page(_JA_TEXT, lang="ja", h1="『潮騒のアトリエ』完成披露　柚木遥香が涙",
                 after="<p class='p-news__credit'>（取材・文：早瀬みのり）</p>")
    record = _extract(html)
    assert record["authors"] == ["早瀬みのり"]
    assert ("author", "早瀬みのり") in _roles(record)


def test_outlets_cited_in_forms_of_other_languages() -> None:
    """"Wie der „X“ vorab berichtete" (an adverb before the verb); a magazine in 「」 or 『』 after its kind, before its
    interview ("文芸誌「X」のインタビューに応じ"); a magazine's country before its 《》 ("接受美國《X》專訪"); a French title
    going on in lower case after "la revue" ("à la revue Les Lettres plastiques.")."""
    assert _sources("Wie der „Falter“ vorab berichtete, hat die Autorin monatelang in Archiven recherchiert.",
                    "de") == ["Falter"]
    assert _sources("著者は刊行に際して文芸誌「群潮」のインタビューに応じ、執筆のきっかけを明かしている。", "ja") == ["群潮"]
    assert _sources("灰原は昨年秋、音楽誌『ROCK FRONTIER』のインタビューで「遠い席に歌を届けたい」と語っていた。", "ja") \
        == ["ROCK FRONTIER"]
    assert _sources("溫以寧日前接受美國《Billboard》專訪時坦言，上一輪巡演結束後她一度罹患焦慮症。", "zh") == ["Billboard"]
    assert _sources("« Je suis partie », confiait-elle en 1974 à la revue Les Lettres plastiques. Alors j’ai peint.",
                    "fr") == ["Les Lettres plastiques"]


def test_an_outlet_spoken_to_linked_with_the_verb() -> None:
    """"Voss <a>told The New York Times</a> last month", "<a>in an interview with Granta</a>": the outlet, the verb in
    the link's words; "<a>told Harris about abuse she was suffering</a>" is a clause, no outlet's name."""
    assert _sources("Voss <a href='https://nytimes.example/2025/12/18/movies/voss.html'>told The New York Times</a> "
                    "last month that she had nearly abandoned the project.") == ["The New York Times"]
    assert _sources("She began the novel, and <a href='https://granta.example/interviews/fairweather'>in an interview "
                    "with Granta</a> last year she described the water.") == ["Granta"]
    assert _sources("At a difficult moment she <a href='https://memoir.example/chapter-3'>told Harris about abuse she "
                    "was suffering</a> at home.") == []


def test_a_credit_carried_by_the_caption_as_an_attribute() -> None:
    """"<figcaption data-creditsprefix='Foto: ' data-credits='NAME/Kammerspiele'>CAPTION</figcaption>": a style sheet
    prints the credit after the caption (``::after``): the picture's credit."""
    figure = ("<figure><img src='/img/premiere.jpg' width='720' height='405'><figcaption data-creditsprefix='Foto: ' "
              "data-credits='Marlene Trausnitz/Kammerspiele'>Agnes Piringer als Firmenpatriarchin.</figcaption>"
              "</figure>")
    record = _extract(_page(figure + _TEXT, lang="de"))
    assert [(i["caption"], i["credit"]) for i in record["images"]] == [("Agnes Piringer als Firmenpatriarchin.",
                                                                       "Marlene Trausnitz/Kammerspiele")]


def test_a_profile_of_the_books_author_closes_no_text() -> None:
    """"◇かつらぎ・しんいちろう＝1968年、北海道生まれ。…" as the last paragraph of a Japanese paper's review: the profile of
    the book's author (the name's reading, "＝", the year), no part of the text."""
    profile = "<p>◇かつらぎ・しんいちろう＝1968年、北海道生まれ。2004年「石炭の町の子守歌」でデビュー。</p>"
    body = _extract(_page(_JA_TEXT + profile, lang="ja", h1="『灯台守の娘たち』葛城伸一郎著"))["body"]
    assert body.endswith("第5段落。")


def test_a_list_of_labelled_facts_closes_no_text() -> None:
    """A concert's or an exhibition's facts after the text, a list of rows each a label and its value under the
    tour's name ("<h4>…－台北站</h4><ul><li>日期：…</li><li>地點：…</li><li>票價：…</li></ul>"), and an exhibition's
    practical box under "Y aller": no part of the text."""
    zh = "".join(f"<p>溫以寧新專輯《潮間帶》將於1月16日正式發行，實體專輯即日起開放預購，第{n}段。</p>" for n in range(1, 6))
    facts = ("<div class='concert_info'><h4>溫以寧《潮間帶》巡迴演唱會－台北站</h4><ul><li><span>日期：</span>2026年3月14日"
             "</li><li><span>地點：</span>台北星港體育館</li><li><span>票價：</span>新台幣800元、1800元</li></ul></div>")
    assert _extract(_page(zh + facts, lang="zh-TW", h1="溫以寧新專輯《潮間帶》發行"))["body"].endswith("第5段。")
    practical = ("<section class='article__practical'><h3>Y aller</h3><p>Fondation Marcelline-Roux, 12, rue des "
                 "Haudriettes, Paris 3e.</p><p>Jusqu’au 28 juin. Du mardi au dimanche de 11 heures à 19 heures.</p>"
                 "<p>Tarifs : 14 €, réduit 9 €, gratuit pour les moins de 18 ans.</p></section>")
    assert _extract(_page(_TEXT + practical, lang="fr"))["body"].endswith("where it was last year.")


def test_a_rows_list_in_the_text_stays() -> None:
    """A list of labelled rows that the text goes on after is the text's own."""
    rows = "<ul><li>Roads: 4.2 million</li><li>Library: 1.1 million</li><li>Parks: 0.8 million</li></ul>"
    body = _extract(_page(_TEXT[:400] + rows + _TEXT[400:]))["body"]
    assert "Library: 1.1 million" in body


def test_a_sections_latest_and_other_sites_links_are_no_teasers() -> None:
    """"Dans la rubrique Arts" over the section's latest stories, as "Dans la même rubrique"; "関連リンク" (related
    links) over the official sites a story names, in a box named as related: no teasers of the article."""
    rubric = ("<section class='area area--river'><h3>Dans la rubrique Arts</h3><div class='river'><div class='teaser'>"
              "<a href='https://news.example/culture/2026/03/10/la-sculpture-italienne-du-quattrocento'>La sculpture "
              "italienne du Quattrocento comme on ne l’a jamais vue</a></div></div></section>")
    assert _teasers(_page(_TEXT, lang="fr", after=rubric)) == []
    links = ("<div class='colBox colBoxRelatedLink'><div class='colBoxHead'><h2>関連リンク</h2></div><ul><li><a "
             "href='https://maker.example/support/security/2024061801.html'>AirNexaシリーズの脆弱性について（ノルディア電子）"
             "</a></li></ul></div>")
    assert _teasers(_page(_JA_TEXT, lang="ja", h1="ルーターに脆弱性　更新呼びかけ", after=links)) == []


def test_cards_linked_by_an_empty_link_after_the_article() -> None:
    """A "More on this story" section after the ``<article>`` (the text's box nested a few boxes deep in it), its cards
    each an empty link laid over the card and named by its ``aria-label``: the cards are the article's teasers, each
    with its headline (an icon's label, "Share this story on Social", names no story)."""
    card = ("<li><div class='card'><a href='https://news.example/2026/01/17/{slug}' aria-label='{title}'></a>"
            "<div><img src='/img/{slug}.jpg' alt=''></div><div><h3><span>Fiction</span><span>{title}</span></h3></div>"
            "<div><time datetime='2026-01-18T07:00:00.000Z'>2 days ago</time></div></div></li>")
    cards = "".join(card.format(slug=slug, title=title) for slug, title in (
        ("best-new-fiction", "The best recent fiction – review roundup"),
        ("novels-about-the-sea", "From Hardy to the present: novels in which the sea comes in")))
    html = ("<html lang='en'><head><title>Council approves budget</title></head><body><main><article><h1>Council "
            "approves budget after months of debate</h1><div class='main-column'><div class='grid'><div class='body'>"
            f"<div class='content'>{_TEXT}</div></div></div></div><div class='right-column'><h2>Most viewed</h2><ol>"
            + "".join(f"<li><a href='https://news.example/2026/03/0{n}/story-{n}'>Most viewed story number {n} of the "
                      "day</a></li>" for n in range(1, 6)) + "</ol></div></article>"
            "<section data-component='more-on-this-story'><div><h2>More on this story</h2></div>"
            f"<ul>{cards}</ul><div class='share'><a href='https://social.example/share?u=https://news.example/2026/"
            "01/17/best-new-fiction' aria-label='Share this story on Social'><svg></svg></a></div></section></main>"
            "</body></html>")
    teasers = [(link["url"], link["text"]) for link in _extract(html)["related_links"] if link["kind"] == "related"]
    assert teasers == [("https://news.example/2026/01/17/best-new-fiction", "The best recent fiction – review roundup"),
                       ("https://news.example/2026/01/17/novels-about-the-sea",
                        "From Hardy to the present: novels in which the sea comes in")]


def test_a_heading_under_a_title_led_by_its_section() -> None:
    """A page declaring only "SECTION｜HEADLINE ｜ SITE", printing the headline with a spaced part more in an
    ``<h2>`` under its kickers (no ``<h1>``): the heading is the headline, and the posting date under it the date."""
    html = ("<html lang='ja'><head><meta charset='utf-8'><title>ライブレポート｜ミズハナビ、結成12年目の初アリーナで見せた"
            "“約束”の先 ｜ SOUNDWAVE</title></head><body><div id='header'><a href='/'><img src='/img/logo.png' "
            "alt='SOUNDWAVE'></a></div><div id='main'><div class='article_head'><p class='category'>"
            "LIVE REPORT</p><h2 class='title'>ミズハナビ、結成12年目の初アリーナで見せた“約束”の先　全24曲・3時間のステージを"
            "レポート</h2><p class='date'>2026.02.03 18:00</p></div>" + _JA_TEXT +
            "<div class='release'><p class='info_title'>4th Album『波紋の地図』<br>2026年3月11日（水）発売</p></div>"
            "</div></body></html>")
    record = _extract(html)
    assert record["headline"] == "ミズハナビ、結成12年目の初アリーナで見せた“約束”の先 全24曲・3時間のステージをレポート"
    assert record["published"].startswith("2026-02-03")


def test_a_broadcasters_sign_off_with_the_agency_closes_the_text() -> None:
    """"AusBC/AAP" as the text's last line: the broadcaster and the agency it drew on, a credits line kept as the
    text's last, the agency a contributor."""
    record = _extract(_page(_TEXT + "<p>AusBC/AAP</p>"))
    assert record["body"].endswith("where it was last year.\n\nAusBC/AAP")
    assert ("contributor", "AAP") in _roles(record)
