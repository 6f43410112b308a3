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
from unseen_score import article_page, cited_sources, field_test, teaser_urls  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen185"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: the books section's page ("/books") among a "Related" box's stories read as a teaser; not tried
    ("uk_bookshop_news", "related"),
    # dev: a publisher, "Corrib House", read as a source; not tried
    ("ie_prize_news", "attributions"),
    # dev: "L'hebdomadaire X évoquait la semaine dernière …", the verb after the name and its when; not tried
    ("be_librairie_news", "attributions"),
    # dev: a shop's facts table after the text ("はるにれ書房 所在地 … 創業 … 営業 …") read into its end, and a series'
    # box of its parts read as teasers; not tried
    ("ja_shoten_news", "body_end"),
    ("ja_shoten_news", "related"),
    # dev: "参考：" over a line of press releases closing the text read into it (fixed after the round's first commit:
    # the line of the documents a text drew on closes none, ``hints.TAGLINE``), and "東邦経済新聞" missed ("買収の第一報は
    # X新聞が26日朝に報じ") where the publisher's own magazine ("文芸誌「潮流」5月号の特集") is read as a source; not tried
    ("ja_hon_web", "attributions"),
    # dev: a side box's "作者：NAME　出版社：X" (a recommended book's) read as the byline over "湖滨晚报讯（记者 A B）" opening
    # the text; not tried
    ("cn_shudian_news", "authors"),
    ("cn_shudian_news", "attributions"),
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
