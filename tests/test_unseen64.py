"""A sixty-fourth held-out round of pages imitating publishing systems (issue 9): English-language magazines,
newsletters and blogs, where blind author F1 is weakest: bylines printed as credits with roles ("Story by NAME |
Illustrations by NAME", "Words by NAME · Photography by NAME", "Written by NAME", "Interview by NAME", "By NAME, as told
to NAME", "Guest post by NAME"), writers named only in a ``rel=author`` link or a ``<meta name=author>``, several
writers with avatars and roles, contributor boxes after the text; dates as "Published in the March 2026 issue",
"Posted on March 5, 2026", "Updated 3 days ago"; texts opening after a dek, an epigraph, a pull quote, an editor's
note or a series' introduction; teasers under "You might also like", "Read next", "Further reading", beside the
issue's, the section's or the series' own lists ("Keep reading", "More from this issue", "In This Issue", "More
episodes"). The held-out
pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single held-out
score), BEFORE any rule of the round. The round's focus: authors, body start and end, related.

Each page in ``fixtures/unseen64`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- walrus: a monthly magazine's long read on WordPress (The-Walrus-like, a neighbour of the Harper's and monthly pages
  of unseen17 and unseen45: a kicker, an ``<h1>`` shorter than the declared titles, a dek, "Story by <a>NAME</a> |
  Illustrations by NAME", "Published in the March 2026 issue", the illustration credited "Illustration by NAME", a
  pull quote in an aside, an ad slot, a contributor box "NAME is a contributing writer at …", "More from this
  issue" cards, "You might also like");
- litreview: a literary review (NYRB-like, a neighbour of the LRB and TLS pages of unseen45 and unseen58: an
  Article in JSON-LD with no writer, the issue's date beside the declared one, the reviewer only in a
  ``<a rel="author">`` under the headline, a book-details box, an excerpt blockquote, footnotes after a rule, a
  contributor's note, "Keep reading", "In This Issue", a metered-paywall prompt);
- sciencemag: a nonprofit science magazine on WordPress/Genesis (Undark-like: "Fathom Staff" declared as writer,
  "Written by <a>NAME</a>", "Posted on DATE", a different ``<h1>`` from the titles, "Visual: NAME" closing the
  caption, an italic "Editor’s note:" in a box opening the text, an inline "Related" link, an author box, "Further
  reading" and "Read Next" after the text, "Most Popular" in a sidebar);
- newsletter: a newsletter platform's web archive of a post (Kit/ConvertKit-like, a neighbour of the Substack,
  beehiiv and Buttondown pages imitated before: no JSON-LD, no writer declared, "Posted on March 5, 2026", the email's
  table layout, a picture paragraph and an italic caption line "… Photo: NAME", the owner's greeting over a rule,
  "Guest post by NAME" in bold, the guest's italic note on herself, the owner's sign-off after a rule, "You might
  also like" cards);
- staticblog: a personal blog on a static-site generator (an Eleventy theme, a neighbour of the Hugo, Jekyll and Zola
  blogs imitated before: no JSON-LD, the writer only in ``<meta name="author">``, a title worded unlike the
  ``<h1>``, "Posted on <time>", an epigraph blockquote with its source in a ``<footer>``, a code block, footnotes
  after an ``<hr>``, "Read next" over previous and next posts, webmentions);
- engblog: a company engineering blog on Ghost (Casper theme: an Article in JSON-LD with no writer, three writers'
  avatars then their linked names in one line, an ``<h1>`` worded unlike the title, a figure "Figure 1: …", a
  diff in the text, a hiring box, writers' cards with roles after the text, "Related posts");
- thinktank: a think tank's "Expert comment" on Drupal (Chatham-House-like, a neighbour of the Brookings page
  imitated before: the writer declared, a summary in the hero, the writer's avatar, linked name and role, "Published"
  and "Updated" dates, "Photo: NAME/AGENCY via Getty Images" closing the caption, a pull quote repeating a sentence,
  a topics sidebar, a "Contributors" card, "Related content" cards of several kinds);
- foodmag: a food magazine on Dotdash-like markup (Serious-Eats-like, a neighbour of the food magazines of unseen49
  and unseen56: "Words by <a>NAME</a> · Photography by <a>NAME</a>", "Published DATE", an ``<h1>`` worded unlike the
  title, the caption's owner "MAGAZINE / NAME", a tip callout, an inline "Related:" link, "Article Sources", an
  author tooltip, "You Might Also Like" cards);
- photoessay (held out): a photo magazine's essay on Next.js (no JSON-LD, no ``<meta>`` declarations but the image,
  "Words by NAME · Photography by NAME" in plain spans, captions closed by a credit span "© NAME", a pull quote,
  a bio note on both, "Read next");
- podcast (held out): a podcast's episode page on Drupal (a PodcastEpisode in JSON-LD with no writer, "Episode 212"
  over the ``<h1>``, "Interview by <a>NAME</a>", an audio player, show notes then a "Transcript" with the speakers in
  bold capitals, production credits, a transcript note, "More episodes", "You might also like");
- reviewsite (held out): a product review site (Wirecutter/RTINGS-like: the writer declared, "Written by <a>NAME</a>"
  and "Edited by <a>NAME</a>" under an avatar, "Updated 3 days ago" in a ``<time>`` of the modification, a dek, an
  "Our pick" box before the text, an inline "Read next:", "Sources" naming people interviewed, an author card, "Read
  next" after the guide);
- univnews (held out): a university news office's first-person series (a neighbour of the news offices imitated in
  unseen28 and unseen56: no JSON-LD, ``dcterms.date``, the series' name over the ``<h1>``, "By NAME, as told to NAME",
  "(Photo: NAME)" closing the caption, the series' italic introduction as the text's first paragraph, a media
  contact, "Related Stories", "More from In Their Own Words").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them, by the written
conventions (docs/extraction-design.md, README's settled conventions, earlier rounds' test modules): an illustrator
("Illustrations by NAME", "Illustration by NAME" on the picture) is the picture's credit, no writer (unseen25,
unseen34); a photographer named in the byline ("Photography by NAME") is a photo attribution, and a caption's own
credit ("MAGAZINE / NAME") a second one as printed (unseen37); "Edited by NAME" names a contributor (a role's credit line); "By NAME, as told
to NAME" names both (the speaker signs, "As told to" leads a byline in: `authors._LEAD_IN`); "Interview by NAME" names
the interviewer; "Guest post by NAME" names the guest, not the newsletter's owner; a declared placeholder ("Fathom
Staff") gives way to the printed byline; a writer named only in ``rel=author`` or ``<meta name=author>`` is the
writer; an issue's date ("Published in the March 2026 issue", "March 26, 2026 issue") dates nothing, the declared or
printed day does, and "Updated 3 days ago" is the modification, not the publication; a dek or summary above the
byline, an epigraph, an "Editor’s note:" opening the text, a newsletter owner's greeting over a rule, a guest line and
a product box ("Our pick") are no text; the series' unlabelled introduction under the byline opens the text (a
paragraph below the byline opens the text whatever it is named); footnotes after a rule, a contributor's note, a
guest's note on herself, a newsletter's sign-off, production credits, a transcript note and "Sources" are no text;
"You might also like", "Read next", "Further reading", "Related", "Related content" and "Related Stories" head
teasers; "Keep reading" (unseen34's written convention: it heads a section's feed), "More from this issue", "In This
Issue", "More episodes" and "More from SERIES" list the section's, the issue's or the series' latest, no teasers
(README: a section's latest stories is no teaser of the article); an episode's production credits ("Produced by",
"Sound design by") name no contributor (unseen43's podcast page);
"Sources" naming people interviewed cites no outlet.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): walrus, litreview, sciencemag, newsletter, staticblog, engblog, thinktank,
  foodmag;
- held out (scored once, blind, before any rule of the round): photoessay, podcast, reviewsite, univnews.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=0.750 body_end=0.750 related=0.917 attributions=0.900 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=0.750 body_end=0.625
  related=0.857 attributions=0.854 images=0.750 (litreview's related then scored against "Keep reading" as teasers:
  0.000; by the mended expectation, 1.000);
- dev, after the dev rules (see "Sixty-fourth held-out round" in docs/extraction-design.md: "Visual:" labelling a
  credit; a box named for a commentary piece holding the headline being the header; an epigraph's quote box opening
  no text; a newsletter handed over to a guest, "Guest post by NAME" naming the writer): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=0.750 related=0.982 attributions=1.000 images=1.000 (the known
  failures below);
- held out, after the dev rules: unchanged (headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=0.750
  related=0.917 attributions=0.900 images=1.000): the podcast's transcript note closed its text and its producer was
  read as a contributor, the review site's "Our pick" heading opened its text, the university page's "More from In
  Their Own Words" was read as teasers (and "Edited by NAME" was expected as nobody, see below);
- held out, after four held-out kinds fixed by rule (an episode's production credits; a transcript's note; a heading
  left alone of a box opening the text; "More from SERIES" named by the kicker): all eight fields 1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=0.875
date=0.833 body_start=1.000 body_end=0.833 related=0.988 attributions=0.889 images=1.000 (staticblog names its writer
only in the ``<meta name=author>`` taken out; the think tank's avatar card, "NAME" and "Senior Research Fellow, Energy
and Climate Programme" in spans of one link's box, is read as three writers; the literary review then prints only its
issue's date, "March 26, 2026 issue"; the review site only "Updated 3 days ago", its modification; and the known
failures).

Expectations mended after a run, by written conventions only: reviewsite's "Edited by NAME" names a contributor (the
fourth round's rule: a role's credit line, "Edited by <span>Name</span>", wherever the article prints it); litreview's
"Keep reading" links are no teasers (unseen34's convention, kept by unseen49: "Keep Reading" heads a section's feed;
unseen58's tls page, which expects them as teasers, lists that as a known failure). A rule reading "Keep reading" as
a teaser label was tried and dropped for it (below, and in docs/extraction-design.md).

``tests/unseen_score.py unseen64`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen64"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # footnotes after the text ("<div class='article-footnotes'><hr><ol>…</ol>", an Eleventy theme's
    # "<section class='footnotes'>" after an ``<hr>``) read as the text's last paragraphs: footnotes as furniture was
    # tried and dropped in an earlier round (the bench's truth keeps them as text: Google's SRE book, Wikipedia); not
    # tried again
    ("litreview", "body_end"),
    ("staticblog", "body_end"),
    # a recipe card's title of two words ("Risotto Bianco", 14 characters) under "You Might Also Like" is shorter than
    # a headline link (``blocks.TEASER_MIN``, 15 characters, which keeps menus' short links out); not tried
    ("foodmag", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://magazine.example/2026/03/05/story") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = "".join(f"<p>The keepers recorded the wind, the swell and the visibility every three hours, night {i} included, "
                "and radioed the figures to the marine weather service on the mainland before dawn.</p>"
                for i in range(4))

#: a paragraph of prose long enough to sign (``authors._PROSE_CHARS``)
_LONG = ("<p>Every March, for about a week, the water along a certain stretch of the coast turns the colour of skim "
         "milk, almost overnight, and the beaches grow loud with gulls and sea lions while the herring spawn in the "
         "shallows, and the eagles arrive.</p>")


def _related(page: str) -> set[str]:
    return {link["url"] for link in _extract(page)["related_links"] if link["kind"] == "related"}


def test_visual_labels_a_credit() -> None:
    """"<span class='caption-credit'>Visual: NAME</span>" closing a science magazine's caption: "Visual:" labels the
    credit of a photograph or a drawing, as "Photo:" does (and "Visuals by NAME"); "visual" inside a sentence labels
    nothing."""
    from newsarchive.extraction.credits import split_caption

    figure = ("<figure><img src='https://magazine.example/uploads/lake-core.jpg' width='1200' height='675' alt='Ice'>"
              "<figcaption><span class='caption-text'>Researchers lower a corer through the ice.</span> "
              "<span class='caption-credit'>{credit}</span></figcaption></figure>")
    page = ("<html><head><title>Lake</title></head><body><article><h1>The microbes that remember</h1>{figure}"
            "<div class='entry-content'>" + _TEXT + "</div></article></body></html>")
    for credit in ("Visual: Ines Morrow", "Visuals by Ines Morrow"):
        images = _extract(page.format(figure=figure.format(credit=credit)))["images"]
        assert images[0]["credit"] == "Ines Morrow"
    assert split_caption("Researchers lower a corer through the ice. Visual: Ines Morrow") == (
        "Researchers lower a corer through the ice.", "Visual: Ines Morrow")
    assert split_caption("The visual effect of the ice at dawn is striking.")[1] is None


def test_a_comment_named_header_keeps_its_picture() -> None:
    """A think tank's "Expert comment" sets its headline and lead picture in ``div.hero--expert-comment``: a box named
    for a commentary piece holding the ``<h1>`` is the header, and its captioned picture the article's; a comments
    section's picture ("comment" boxes holding no headline) stays out."""
    figure = ("<figure><img src='https://thinktank.example/files/substation.jpg' width='1200' height='675' alt='A "
              "substation'><figcaption>A substation outside Uppsala in January. Photo: Jonas Lindqvist/Nordbild"
              "</figcaption></figure>")
    page = ("<html><head><title>Grids</title></head><body><article class='node--type-expert-comment'>"
            "<div class='hero hero--expert-comment'><h1>Europe’s grid needs a shared plan</h1>" + figure + "</div>"
            "<div class='field--name-body'>" + _TEXT + "</div></article></body></html>")
    images = _extract(page)["images"]
    assert images and images[0]["credit"] == "Jonas Lindqvist/Nordbild"
    page = ("<html><head><title>Grids</title></head><body><article><h1>Europe’s grid needs a shared plan</h1>"
            "<div class='field--name-body'>" + _TEXT + "</div><div class='comment comment-item'>"
            "<img src='https://thinktank.example/files/reader-photo.jpg' width='1200' height='675' alt=''>"
            "<p>A reader’s photo of the substation.</p></div></article></body></html>")
    assert not any("reader-photo" in image["url"] for image in _extract(page)["images"])


def test_an_epigraph_box_opens_no_text() -> None:
    """"<blockquote class='epigraph'><p>QUOTATION</p><footer>— SOURCE</footer></blockquote>" over a blog post's text
    (after its date line): the text opens below it; a quote box of another name there stays the text's."""
    epigraph = ("<blockquote class='{name}'><p>The sea finds out everything you did wrong.</p><footer>— a harbour "
                "master</footer></blockquote>")
    page = ("<html><head><title>Log</title></head><body><main><h1>Pencil, paper, tide</h1><p class='meta'>Posted on "
            "<time datetime='2026-03-05'>05 March 2026</time></p>{quote}" + _TEXT + "</main></body></html>")
    body = _extract(page.format(quote=epigraph.format(name="epigraph")))["body"]
    assert body.startswith("The keepers recorded")
    body = _extract(page.format(quote=epigraph.format(name="wp-block-quote")))["body"]
    assert body.startswith("The sea finds out")


def test_a_newsletter_handed_to_a_guest() -> None:
    """The host's greeting, a rule, "<p><strong>Guest post by NAME</strong></p>", the guest's text, her note on herself
    ("NAME is a marine biologist …"), a rule and the host's sign-off: the guest is the writer, her text opens after the
    line and closes before her note; a line "Guest post by NAME" deep in the text (a list of past guests) decides
    nothing."""
    page = ("<html><head><title>Notes: herring</title></head><body><main><h1>What the herring know</h1>"
            "<div class='post-body'><p>Hello friends,</p><p>This week I am handing the newsletter over to a guest. "
            "— R.</p><hr><p><strong>Guest post by Corin Ashdown</strong></p>" + _TEXT + _LONG
            + "<p><em>Corin Ashdown is a marine biologist who coordinates a herring survey.</em></p><hr>"
            "<p>That’s all for this week. See you next Thursday.</p><p>— Rosalind</p></div></main></body></html>")
    record = _extract(page)
    assert record["authors"] == ["Corin Ashdown"]
    assert record["body"].startswith("The keepers recorded")
    assert record["body"].rstrip().endswith("and the eagles arrive.")
    page = ("<html><head><title>Notes: herring</title></head><body><main><h1>What the herring know</h1>"
            "<div class='post-body'>" + _TEXT + _TEXT + "<p>Guest post by Corin Ashdown</p>" + _TEXT + _LONG
            + "</div></main></body></html>")
    record = _extract(page)
    assert record["authors"] == [] and record["body"].startswith("The keepers recorded")


def test_production_credits_name_no_contributor() -> None:
    """"Produced by NAME. Sound design by NAME. Music by NAME." under a podcast episode: the audio's credits, no
    contributor to the page's text (held-out kind, as an audio version's "Produced by … using AI narration"); "Reporting
    by NAME" still credits."""
    from newsarchive.extraction.attributions import role_credit_names

    assert role_credit_names("Produced by Ilse Varga. Sound design by Tomasz Wren. Music by The Hollow Pines.") == []
    assert role_credit_names("Produced by Ilse Varga and mixed by Tomasz Wren.") == []
    assert role_credit_names("Reporting by Ilse Varga; Editing by Tomasz Wren") == ["Ilse Varga", "Tomasz Wren"]


def test_a_transcript_note_closes_no_text() -> None:
    """"Transcripts are generated with software …, and may contain errors." in italics under an episode's transcript: a
    note on the transcript, no text (held-out kind, ``hints.TAGLINE``); a sentence about court transcripts stays."""
    from newsarchive.extraction.hints import TAGLINE

    note = ("<p><em>Long Table Radio is produced for the ear. Transcripts are generated with software and corrected by "
            "our staff, and may contain errors. Please check the audio before quoting.</em></p>")
    page = ("<html><head><title>Episode</title></head><body><article><h1>The bell ringers</h1><div class='body'>"
            + _TEXT + note + "</div></article></body></html>")
    assert _extract(page)["body"].rstrip().endswith("before dawn.")
    assert TAGLINE.search("This transcript was produced on a deadline and may not be in its final form.")
    assert not TAGLINE.search("The court transcripts show the judge asked the witness twice about the errors.")


def test_a_heading_left_alone_of_a_box_opens_no_text() -> None:
    """"<section class='our-pick-box'><h2>Our pick</h2><h3>PRODUCT</h3><p>SUMMARY</p><a>BUY</a></section>" before a
    review's text: the box's heading, left alone when the rest of the box is no text, heads the box, not the text
    (held-out kind); a box holding a paragraph of the text is the text's, and that paragraph stays its opening."""
    box = ("<section class='our-pick-box'><h2>Our pick</h2><h3 class='product'>Caldera Uno</h3><p class='summary'>"
           "The best shots under $500.</p><a class='buy' href='https://go.example/click?p=uno'>$449 from Shopmart</a>"
           "</section>")
    page = ("<html><head><title>Espresso</title></head><body><main><h1>The best budget espresso machine</h1>"
            "<div class='guide-body'>" + box + _TEXT + "</div></main></body></html>")
    assert _extract(page)["body"].startswith("The keepers recorded")
    box = ("<section class='pick'><h2>Our pick</h2><h3 class='product'>Caldera Uno</h3><p>If you want real espresso "
           "at home for a few hundred dollars, the Caldera Uno is the machine to buy: it pulled the steadiest shots."
           "</p></section>")
    page = ("<html><head><title>Espresso</title></head><body><main><h1>The best budget espresso machine</h1>"
            "<div class='guide-body'>" + box + _TEXT + "</div></main></body></html>")
    assert _extract(page)["body"].startswith("If you want real espresso")


def test_more_from_the_kickers_series_lists_no_teasers() -> None:
    """"More from In Their Own Words" under a story whose kicker links that series over the headline: the series'
    latest stories, no teasers of the article (held-out kind, ``body._kicker_keys``); "More from Harwick Research",
    a name the kicker does not print, still heads teasers."""
    items = "".join(f"<li><a href='https://news.example/stories/2026/0{i + 1}/in-their-own-words-guest-{i}'>The "
                    f"night-shift librarian and the beekeeper, part {i}</a></li>" for i in range(2))
    page = ("<html><head><title>Glaciers</title></head><body><main><article><header><p class='series'><a "
            "href='https://news.example/series/in-their-own-words/'>In Their Own Words</a></p><h1>Why I study "
            "glaciers from a wheelchair</h1></header><div class='story__body'>" + _TEXT + "</div></article>"
            "<section><h2>More from {label}</h2><ul>" + items + "</ul></section></main></body></html>")
    assert _related(page.replace("{label}", "In Their Own Words")) == set()
    assert len(_related(page.replace("{label}", "Harwick Research"))) == 2
