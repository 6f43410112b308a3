"""One small page or string per kind of layout the thirty-third held-out round (``fixtures/unseen33``) revealed; each
fails without its rule (see "Thirty-third held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from helpers import COUNCIL_PARAS as PARAS
from helpers import council_page as _page

from newsarchive.extraction import extract_article
from newsarchive.extraction.authors import split_byline
from newsarchive.extraction.credits import clean_credit, split_caption


def test_words_labels_the_writer() -> None:
    """"Words: NAME" over "Photos: NAME" (a co-operative newsroom's credits), in a block named for credits."""
    rec = extract_article(_page('<div class="entry-meta-credits"><p>Words: <a href="/author/amara-okafor/">Amara '
                                'Okafor</a><br>Photos: Jasmine Reyes-Holt</p></div>'), "https://cable.example/a/1/")
    assert rec["authors"] == ["Amara Okafor"]


def test_an_english_date_after_the_name_ends_the_byline() -> None:
    """"NAME 11 Mar 2026 | SITE", "NAME March 11, 2026": the date printed on the writer's line."""
    assert split_byline("Zoë Tremblay-Nakamura 11 Mar 2026 | TheTyee.ca")[0] == ["Zoë Tremblay-Nakamura"]
    assert split_byline("Anna Smith March 11, 2026")[0] == ["Anna Smith"]
    assert split_byline("By Ann May Jones")[0] == ["Ann May Jones"]


def test_a_contributors_page_is_a_writers_page() -> None:
    """``<a href="/contributors/NAME">`` alone in a ``<p>`` under the headline names the writer."""
    rec = extract_article(_page('<div class="article-meta"><p><a href="/contributors/karen-middlebrook">Karen '
                                'Middlebrook</a></p><p>March 14, 2026</p></div>'), "https://tsp.example/news/a-1")
    assert rec["authors"] == ["Karen Middlebrook"]


def test_a_teasers_own_byline_class_names_no_writer() -> None:
    """``<p class="teaser-author">NAME</p>`` under a card of "In this issue" is that teaser's writer, not the
    article's, though its class says author."""
    after = ('<div class="more"><h2>In this issue</h2><div class="row"><a href="/news/b-2"><h3>The GP shortage</h3>'
             '</a><p class="teaser-author">Rick Morton</p></div></div>')
    rec = extract_article(_page('<div class="article-meta"><p><a href="/people/karen">Karen Middlebrook</a></p></div>',
                                after), "https://tsp.example/news/a-1")
    assert "Rick Morton" not in rec["authors"]


def test_linked_writers_each_with_a_job_title_are_all_named() -> None:
    """Two author cards, each a link to the writer's page and a job title beside it, only the first declared."""
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council delays vote",'
          '"author":{"@type":"Person","name":"Bernard Tolliver"}}</script>')
    header = ('<div class="article__authors"><div class="article__author"><div><a href="/author/bernard-tolliver/">'
              'Bernard Tolliver</a><span>Politics editor</span></div></div><div class="article__author"><div>'
              '<a href="/author/charlotte-ng/">Charlotte Ng</a><span>Canberra correspondent</span></div></div></div>')
    rec = extract_article(_page(header).replace(b"<head>", f"<head>{ld}".encode()), "https://crikey.example/a/1/")
    assert rec["authors"] == ["Bernard Tolliver", "Charlotte Ng"]


def test_an_issue_note_above_the_text_opens_no_body() -> None:
    """"This article is taken from the April 2026 issue of The Critic. …" in a box between the byline and the text: a
    print note, no lede."""
    note = ('<div class="issue-note"><p><em>This article is taken from the April 2026 issue of The Critic. To get the '
            'full magazine why not <a href="/subscribe/">subscribe</a>? Right now we’re offering five issues for just '
            '£10.</em></p></div>')
    page = _page('<p>By <a href="/author/oliver-fenwick/">Oliver Fenwick</a></p>').replace(
        b"<div class='text'>", f"{note}<div class='text'>".encode())
    rec = extract_article(page, "https://critic.example/issues/april-2026/a/")
    assert rec["body"].startswith("The council met on Tuesday")


def test_the_writers_note_linking_her_page_names_no_source() -> None:
    """"<a href="/Authors/2019/04/02/NAME/">NAME</a> reports for The Tyee." closing the text: the writer's note (her
    page on the site's own host, filed under the day it was made), no outlet cited."""
    note = ('<p><em><a href="/Authors/2019/04/02/Zoe-Tremblay-Nakamura/">Zoë Tremblay-Nakamura</a> reports for '
            'The Tyee.</em></p>')
    page = _page("<p>Zoë Tremblay-Nakamura 11 Mar 2026</p>").replace(b"</div></article>", f"{note}</div></article>"
                                                                    .encode())
    rec = extract_article(page, "https://thetyee.example/News/2026/03/11/Council/")
    assert [a for a in rec["attributions"] if a["role"] == "source"] == []


def test_a_pull_quote_before_the_text_opens_no_body() -> None:
    """A ``<blockquote>`` before the first paragraph printing a quote the text gives later inside a longer
    paragraph is a pull quote, no opening."""
    quote = "“We paid for coal we never received, and nobody asked why”"
    first = PARAS.split("</p>")[0] + "</p>"
    text = (f"<blockquote class='pull-quote'><p>{quote}</p></blockquote>{first}<p>“We paid for coal we never "
            "received, and nobody asked why,” said an Eskom manager who has seen the report.</p>")
    page = _page("").replace(f"<div class='text'>{PARAS}".encode(), f"<div class='text'>{text}{PARAS}".encode())
    rec = extract_article(page, "https://mg.example/news/2026-03-11-coal/")
    assert rec["body"].startswith("The council met on Tuesday")


def test_a_courtesy_credit_closes_a_caption() -> None:
    """"… near Banda in January. Photo courtesy NAME" (Indian magazines), "… Courtesy of NAME": the credit, which
    reads "Courtesy NAME" as the conventions have it."""
    assert split_caption("Trucks queue on the dry bed of the Ken river near Banda in January. Photo courtesy Ashok "
                         "Kumar Yadav") == ("Trucks queue on the dry bed of the Ken river near Banda in January.",
                                            "Photo courtesy Ashok Kumar Yadav")
    assert clean_credit("Photo courtesy Ashok Kumar Yadav") == "Courtesy Ashok Kumar Yadav"
    assert split_caption("The family said so. Courtesy of the family")[1] is None  # no name


def test_image_design_labels_a_credit() -> None:
    """"Image design: NAME" under a magazine's lead picture credits its designer."""
    assert split_caption("Image design: Archi Banal") == (None, "Image design: Archi Banal")
    assert clean_credit("Image design: Archi Banal") == "Archi Banal"
