"""A hundred-and-eighty-fifth held-out round of pages imitating publishing systems (issue 9): bookshops, publishers and
literary prizes: a UK national paper's independent bookshop story, an Irish paper's literary prize story, a German
regional paper's bookshop story, a Belgian French-language paper's book fair story, a Japanese national daily's
bookstore story, a Japanese culture web medium's publishing story, a mainland portal's bookstore story, a Taiwanese
paper's publishing story; held out: a Canadian regional site's local author story, an Austrian regional paper's literary
prize story, a Japanese regional paper's local writer story, a Hong Kong site's book fair story.

As in unseen71 to unseen184, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_bookshop_news, ie_prize_news, de_buchhandlung_news, be_librairie_news,
  ja_shoten_news, ja_hon_web, cn_shudian_news, tw_chuban_news;
- held out (scored once, blind, before any rule of the round): ca_booklaunch_news, at_literatur_news, ja_bungaku_chiho,
  hk_shuzhan_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=0.857 attributions=1.000 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.250 date=0.750 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round, against the expectations as mended by written conventions (the paper opening a
  Taiwanese byline on the group's site is a source, tw_chuban_news's "聯晨報", as unseen14's udn has it; a portal's "来源"
  is its source, cn_shudian_news's "湖滨晚报", as unseen114, unseen117 and unseen122 have it): headline=1.000
  authors=0.875 date=1.000 body_start=1.000 body_end=0.750 related=0.950 attributions=0.918 images=1.000;
- dev and held out after the rules (see "Hundred-and-eighty-fifth held-out round" in docs/extraction-design.md): the
  known failures below aside, every field right.

``tests/unseen_score.py unseen185`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, credit_pairs, field_test, teaser_urls  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen185"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a series' box of its parts ("連載X（全5回）": "第1回 …", "第2回 …", the article's own "（この記事）") read as
    # teasers, where the writer read them as no teasers (a convention not written yet: a series' other parts are
    # related stories to another reader); not tried. (Its facts table read into the text's end, over a paywall's
    # note, was fixed after the round, ``hints._SITE_NOTICE``.)
    ("ja_shoten_news", "related"),
    # dev: the publisher's own magazine read as a source ("文芸誌「潮流」は…5月号で、…特集を掲載する予定だ", a feature it
    # will print, no report the text draws on); not tried. ("参考：" over a line of press releases closing the text, and
    # "東邦経済新聞" of "買収の第一報は東邦経済新聞が26日朝に報じ", were fixed after the round: ``hints.TAGLINE``, and the
    # topic's "は" opening a name, ``attributions._CJK_CITATION``.)
    ("ja_hon_web", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_trending_box_beside_the_article() -> None:
    """From the held-out page: a box headed "Trending Now" in the sidebar beside the article lists the site's trending
    stories, no teasers, where the "Related Stories" box under the text holds teasers. (This hand page was read so
    before the rule too; the page that was not, and that the rule mends, is the held-out ca_booklaunch_news, whose
    "related" field ``test_page_field`` checks.)"""
    text = "".join("<p>A Thunder Bay author launches her third novel this week at the public library, a story set on "
                   f"the north shore, part {n}.</p>" for n in range(5))
    trending = "".join(f"<li class='trending-item'><a href='https://news.example/city-hall/story-{n}-1148{n}'><span "
                       f"class='trending-rank'>{n + 1}</span><span class='trending-title'>City council story number "
                       f"{n} of the week</span></a></li>" for n in range(3))
    page = ("<html><head><meta charset='utf-8'><title>Book launch</title></head><body><div class='row'><div "
            "class='col-md-8'><article><h1>Local author launches third novel</h1><div class='details-body'>"
            f"{text}</div><div class='related-stories'><h3 class='section-header'>Related Stories</h3><div "
            "class='related-item'><a href='https://news.example/arts-culture/writers-group-25-years-11204'>Writers "
            "group marks 25 years of meetings</a></div></div></article></div><aside class='col-md-4 details-sidebar'>"
            "<div class='ad-container'></div><div class='trending-box'><h3 class='section-header'>Trending Now</h3><ol "
            f"class='trending-list'>{trending}</ol></div></aside></div></body></html>")
    assert teaser_urls(page) == ["https://news.example/arts-culture/writers-group-25-years-11204"]


def test_a_line_of_the_documents_the_text_drew_on() -> None:
    """A Japanese site's line of the documents its text drew on, after the last paragraph ("参考：X社「…のお知らせ」
    （2025年2月26日）、…") closes no text; a paragraph of the text that only mentions a reference ("参考になった") stays."""
    text = "".join(f"<p>老舗出版社がIT企業の傘下に入ることが明らかになった。純文学の編集部は残るという。第{n}段落。</p>"
                   for n in range(5))
    note = "<p class='source-note'>参考：鳴潮社「当社株式の取得に関するお知らせ」（2025年2月26日）、ブックレイヤー「鳴潮社の子会社化について」</p>"
    assert _extract(article_page(text + note, lang="ja", title="出版社", h1="老舗出版社、IT企業の傘下に")
                    )["body"].endswith("第4段落。")
    own = "<p>社長は「他社の例が参考になった」と話した。</p>"
    assert _extract(article_page(text + own, lang="ja", title="出版社", h1="老舗出版社、IT企業の傘下に")
                    )["body"].endswith("参考になった」と話した。")


def _shop_page(side: str) -> str:
    text = "".join(f"<p>这家独立书店此前在公众号发布闭店公告，宣布将于月底正式停止营业，第{n}段。</p>" for n in range(5))
    return ("<html lang='zh-CN'><head><meta charset='utf-8'><title>独立书店闭店</title></head><body><div class='main'>"
            "<h1>开业十四年的独立书店月底闭店</h1><div class='post_body'><p>湖滨晚报讯（记者 林雨桐 周启明）4月17日晚，书店"
            f"仍排着结账的长队。</p>{text}</div></div><div class='side'>{side}</div></body></html>")


def test_a_recommended_books_card_in_a_side_box() -> None:
    """From a dev page: a side box's recommended books, each card "作者：NAME　出版社：X" under its cover, names the book's
    author and publisher, not the article's writers; the reporters the text's dateline names ("X讯（记者 A B）") are.
    (Before the rule the card's line was read as the byline, and its publisher as the writer.) A writer's line of the
    same label without a publisher's still names the writer."""
    cards = "".join(f"<div class='side_book'><p>《书名{n}》</p><p>作者：严晚舟　出版社：东篱出版社</p></div>" for n in range(2))
    record = _extract(_shop_page(cards))
    assert record["authors"] == ["林雨桐", "周启明"]
    assert ["author", "东篱出版社"] not in credit_pairs(record)
    english = "<div class='book'><p>Author: Jane Doe · Publisher: Riverbank Press · ISBN 978-0-00-000000-1</p></div>"
    assert _extract(_shop_page(english))["authors"] == ["林雨桐", "周启明"]
    byline = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>书店</title></head><body><h1>开业十四年的独立书店月底闭店"
              "</h1><p class='info'>作者：严晚舟</p><div class='post_body'>" + "".join(
                  f"<p>这家独立书店此前在公众号发布闭店公告，宣布将于月底正式停止营业，第{n}段。</p>" for n in range(5))
              + "</div></body></html>")
    assert _extract(byline)["authors"] == ["严晚舟"]


def test_a_boxs_heading_linking_to_its_section() -> None:
    """From a dev page: a "More from Books" box under the article, its heading a link to the section's page
    ("/books"): the heading's link is the box's label, no teaser; the box's stories are. A story whose address has a
    slug or a figure, and a headline that opens with the same words, stay teasers."""
    text = "".join("<p>After 41 years of author readings and late-night poetry slams, the shop will close its doors "
                   f"for good at the end of the month, part {n}.</p>" for n in range(5))

    def box(label: str, href: str) -> str:
        return (f"<section class='more'><h2><a href='{href}'>{label}</a></h2><ul><li><a href='https://news.example/"
                "books/2026/mar/10/estuary-hours-review'>Poetry book of the month: The Estuary Hours – review</a></li>"
                "<li><a href='https://news.example/books/2026/mar/09/publisher-takeover'>Publisher agrees takeover by "
                "US group</a></li></ul></section>")
    stories = ["https://news.example/books/2026/mar/10/estuary-hours-review",
               "https://news.example/books/2026/mar/09/publisher-takeover"]
    assert teaser_urls(article_page(text, after=box("More from Books", "https://news.example/books"))) == stories
    assert teaser_urls(article_page(text, after=box("More from Books", "/culture/books/"))) == stories
    assert teaser_urls(article_page(text, after=box("More from the archive: how the shop began",
                                                    "https://news.example/books/2019/jan/05/hay-street-books-35")
                                    )) == ["https://news.example/books/2019/jan/05/hay-street-books-35", *stories]


def test_a_paywalls_note_under_a_places_facts() -> None:
    """From a dev page: a shop's facts box after the text ("<dl><dt>所在地</dt><dd>…</dd><dt>創業</dt>…"), then a paywall's
    note to a reader not logged in ("X新聞デジタルに登録すると、続きをお読みいただけます。"): the note closes no text, and
    the facts box above it is read as one (the text ends on its last paragraph); a paragraph telling of a registration
    stays."""
    text = "".join(f"<p>商店街で62年にわたって営業してきた書店が、今月末で閉店する。店主は「最後の日まで店を開けます」と話した。第{n}段落。</p>"
                   for n in range(5))
    facts = ("<div class='facts'><h2>はるにれ書房</h2><dl><dt>所在地</dt><dd>東京都杉並区高円寺北3丁目</dd><dt>創業</dt>"
             "<dd>1963年</dd><dt>営業</dt><dd>3月31日まで。午前10時～午後7時</dd></dl></div>")
    note = "<div class='pay'><p>日報デジタルに登録すると、続きをお読みいただけます。</p></div>"
    body = _extract(article_page(text, after=facts + note, lang="ja", title="書店閉店", h1="62年続いた書店、今月末で閉店へ"))["body"]
    assert body.endswith("第4段落。")
    own = "<p>区の担当者は「アプリに登録すると、続きの特典も受け取れる」と話した。</p>"
    body = _extract(article_page(text + own, lang="ja", title="書店閉店", h1="62年続いた書店、今月末で閉店へ"))["body"]
    assert body.endswith("受け取れる」と話した。")


def test_a_papers_name_after_the_clauses_topic() -> None:
    """From a dev page: "買収の第一報は東邦経済新聞が26日朝に報じ、…": the paper named after the clause's topic and its "は"
    (eleven characters before the paper's name, more than a name's) is the source; a sentence naming no paper after its
    "は" cites none."""
    assert cited_sources("買収の第一報は東邦経済新聞が26日朝に報じ、両社は同日午後にそれぞれ声明を出した。", lang="ja") == ["東邦経済新聞"]
    assert cited_sources("この件の第一報は北浜経済新聞が報じた。", lang="ja") == ["北浜経済新聞"]
    assert cited_sources("買収の第一報は同日朝に流れ、両社は午後にそれぞれ声明を出した。", lang="ja") == []


def test_a_shortlists_row_of_a_book_and_its_publisher() -> None:
    """From a dev page: a prize's shortlist in a box after the text, each row "NAME – TITLE (Publisher)", one closing
    "– withdrawn": the publisher in brackets before a dash is no agency's dateline ("AMES, Iowa (AP) —"), and no source;
    an agency's dateline opening a paragraph still names its agency."""
    rows = "".join(f"<li><b>{name}</b> – <i>{title}</i> ({press}){tail}</li>" for name, title, press, tail in (
        ("Ríona Flood", "A House for Swallows", "Fernleaf Press", ""),
        ("Niamh Garvey", "The Salt Roads", "Corrib House", " – withdrawn"),
        ("Orlaith Devane", "Glasshouses", "Liffey Books", "")))
    shortlist = f"<div class='c-factbox'><h4>The Caragh Prize 2026 shortlist</h4><ul>{rows}</ul></div>"
    text = "".join("<p>One of the three judges of the prize for Irish fiction has resigned from the panel a week before "
                   f"the winner was due to be announced, part {n}.</p>" for n in range(5))
    record = _extract(article_page(text, after=shortlist))
    assert [pair for pair in credit_pairs(record) if pair[0] == "source"] == []
    assert cited_sources("AMES, Iowa (AP) — The council voted on Monday to approve the budget after months of debate.") \
        == ["AP"]


def test_a_french_paper_named_by_its_kind_opening_the_sentence() -> None:
    """A dev page's "L'hebdomadaire Le Courrier des lettres évoquait la semaine dernière …": the noun saying what the
    name is opens the sentence (capitalised), the title goes on in lower case up to its verb (the imperfect of a report
    of days before); "Le Soir rapportait mardi" cites too. A mayor's or a commission's imperfect cites no outlet."""
    assert cited_sources("L'hebdomadaire Le Courrier des lettres évoquait la semaine dernière une enveloppe de 2,5 "
                         "millions d'euros étalée sur trois ans.", lang="fr") == ["Le Courrier des lettres"]
    assert cited_sources("Le Soir rapportait mardi que le cabinet hésite encore.", lang="fr") == ["Le Soir"]
    assert cited_sources("Le maire Jean Dupont évoquait mardi une enveloppe de 2,5 millions d'euros.", lang="fr") == []
    assert cited_sources("La Commission européenne évoquait une enveloppe de 2,5 millions d'euros.", lang="fr") == []
