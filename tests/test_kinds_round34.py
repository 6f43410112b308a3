"""One small page or string per kind of layout the thirty-fourth held-out round (``fixtures/unseen34``) revealed; each
fails without its rule (see "Thirty-fourth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from helpers import council_page as _page

from newsarchive.extraction import extract_article
from newsarchive.extraction.attributions import credited
from newsarchive.extraction.credits import clean_credit, split_caption


def _related(rec: dict) -> set[str]:
    return {link["url"] for link in rec.get("related_links") or [] if link.get("kind") == "related"}


def test_more_from_an_issue_lists_no_teasers() -> None:
    """"More from Issue No. 82" under an essay lists the issue's other stories (as "In this issue" does)."""
    after = ('<section class="issue-toc"><h2>More from Issue No. 82</h2><ul><li><a href="/salvos/sleep-oil">Sleep '
             'Is the New Oil</a><p>Jonah Faraday</p></li><li><a href="/salvos/nap-pods">The Nap Pods of Wall Street'
             '</a><p>Adaeze Idowu</p></li></ul></section>')
    rec = extract_article(_page("<p>By Ann Lee</p>", after), "https://mag.example/salvos/council-delays-vote")
    assert not _related(rec) & {"https://mag.example/salvos/sleep-oil", "https://mag.example/salvos/nap-pods"}


def test_more_from_a_short_section_of_the_address_lists_no_teasers() -> None:
    """"More from TV" on a page filed under /tv/: the section's latest stories, a name of two letters too."""
    after = ('<section class="more"><h3>More from TV</h3><div class="card"><a href="/tv/reviews/lotus-review"><h5>'
             'The White Lotus Season 4 Review</h5></a><p>By Kristen Reid | March 10, 2026</p></div><div class="card">'
             '<a href="/tv/features/severance"><h5>What Severance Season 3 Needs</h5></a><p>By Leila Shahrour</p>'
             '</div></section>')
    rec = extract_article(_page("<p>By Ann Lee</p>", after), "https://paste.example/tv/lists/council-delays-vote")
    assert not _related(rec)


def test_a_caption_of_a_courtesy_credit_alone_is_a_credit() -> None:
    """"Photo courtesy of BBC/Severn Pictures" as a picture's only caption credits it."""
    assert split_caption("Photo courtesy of BBC/Severn Pictures") == (None, "Photo courtesy of BBC/Severn Pictures")
    assert clean_credit("Photo courtesy of BBC/Severn Pictures") == "Courtesy of BBC/Severn Pictures"
    assert split_caption("Courtesy of the artist. The painting hung in Leeds.")[0]


def test_the_stylists_after_the_photographer_are_no_credit() -> None:
    """"Photograph by NAME, Food Styling by NAME, Prop Styling by NAME": the photographer took the picture."""
    assert clean_credit("Photograph by Isa Zapatero, Food Styling by Taylor Ann Brennan, Prop Styling by Stephanie "
                        "DeLuca") == "Isa Zapatero"


def test_a_featured_image_line_names_the_photographer() -> None:
    """"Featured image: Photo by NAME" closing the text: the lead picture's label, then the credit's own."""
    assert clean_credit("Featured image: Photo by Marguerite Olsen") == "Marguerite Olsen"
    assert credited("Featured image: Photo by Marguerite Olsen") == [("photo", "Marguerite Olsen")]


def test_a_byline_inside_a_card_link_is_the_teasers() -> None:
    """"by NAME" in a teaser card set as one link around its picture and title (a "Similar Books" rail, with no
    byline of the article's): the card's writer, not the article's."""
    after = ('<div class="similar"><h3>Similar Books</h3><ul><li><a href="/reviews/cobalt/"><img src="/c.jpg" alt="">'
             '<p class="title">COBALT</p><p>by Tomasz Wilk</p></a></li></ul></div>')
    rec = extract_article(_page("", after), "https://reviews.example/reviews/council/")
    assert "Tomasz Wilk" not in rec["authors"]
    rec = extract_article(_page('<p><a href="/staff/ann-lee/"><span>By</span> Ann Lee</a></p>'),
                          "https://reviews.example/reviews/council/")
    assert rec["authors"] == ["Ann Lee"]


def test_a_photograph_courtesy_of_the_institution_closes_the_caption() -> None:
    """"… 1899. Photograph courtesy of the State Literary Museum." (held-out kind): the courtesy credit after the
    caption's last sentence, with "Photograph", "the" before the name and the closing full stop."""
    caption, printed = split_caption("A dacha veranda outside Melikhovo, 1899. Photograph courtesy of the State "
                                     "Literary Museum.")
    assert caption == "A dacha veranda outside Melikhovo, 1899."
    assert clean_credit(printed) == "Courtesy of the State Literary Museum"


def test_the_box_after_a_badges_icon_is_no_caption() -> None:
    """"<div class='badge'><img> Kirkus Star</div><p class='book-author'>by NAME ‧ RELEASE DATE: …</p>": the icon
    stands beside its own words; the line after the badge's box is no caption or credit of it."""
    header = ('<div class="kirkus-star"><img src="/static/img/star.svg" alt="Star"> Kirkus Star</div>'
              '<p class="book-author">by Veronika Dunne ‧ RELEASE DATE: March 11, 2026</p>')
    rec = extract_article(_page(header), "https://reviews.example/reviews/council/")
    assert not [a for a in rec["attributions"] if a["role"] == "photo"]


def test_a_books_note_closing_the_text_is_no_body() -> None:
    """"TITLE by NAME, translated by NAME, is available from PUBLISHER." after the text: the book's note."""
    note = ("<hr><p><em>The Salt Kitchen</em> by Rivka Malherbe, translated by Hana Oduya, is available from Kestrel "
            "Editions.</p>")
    page = _page("<p>By Ann Lee</p>").replace(b"</div></article>", f"{note}</div></article>".encode())
    rec = extract_article(page, "https://lit.example/council/")
    assert "Kestrel" not in rec["body"] and rec["body"].endswith("vote in April.")
