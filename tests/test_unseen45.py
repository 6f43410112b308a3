"""A forty-fifth held-out round of pages imitating publishing systems (issue 9): English-language national news and
magazine sites with multi-writer bylines and credit lines, declaring little (eight of the twelve declare no writer,
only the organisation, a placeholder, or only the first of several writers; three declare no JSON-LD at all). The
held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round. The round's focus: authors and attributions.

Each page in ``fixtures/unseen45`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (the systems of the brief were imitated in earlier sets, so a neighbour of each kind was taken):

- marketwatch: a business news site of a wire's group (MarketWatch-like: the organisation declared, "By A and B" in
  an ``h4.byline``, "Last Updated" / "First Published" times, "Photo: NAME/Bloomberg News" credit span, an inline
  "Read:" box, "—NAME contributed to this article." in italics closing the text, writers' bios, "Read Next" cards
  with bylines, "Most Popular", a ticker bar);
- ft (held out): a financial daily (FT-like: only the first of two writers declared, "A in Lisbon and B in Madrid"
  in a plain ``p``, a standfirst, the caption closing on "© NAME/Corbis/Getty Images", a "Stay informed" myFT box
  opening the body, an inline "Recommended" box, "Additional reporting by NAME" in italics closing the text, a
  "Follow the topics" list naming the writers, "Latest on TOPIC" cards);
- weekly: a British weekly on Next.js with no bylines (Economist-like neighbour: no JSON-LD, a ``__NEXT_DATA__``
  script, a fly title, a rubric, "Mar 12th 2026 | BIRMINGHAM", "Photograph: Alamy", a drop cap with small capitals,
  "Chart: The Ledger", the ending ornament, a newsletter line and the print-edition note, "More from Britain");
- semafor: a newsletter-style news site (Semafor-like: only the first of two writers declared, writers' cards with
  job titles, "Updated Mar 12, 2026, 6:03pm EDT", "The News" / "Know More" / "NAME’s view" / "Room for
  Disagreement" / "The View From …" sections, an inline "Related:" line, a rail of "Latest" with relative times);
- rollcall: a Capitol Hill politics site on WordPress/Yoast (a "Staff" placeholder person declared, "By A, B and C"
  in a plain ``p`` of a ``div.post-meta``, "Posted March 12, 2026 at 5:13pm, Updated at 7:40pm", the credit in
  parentheses closing the caption, two "Related:" lines in the text, "NAME and NAME contributed to this report."
  closing it, writers' bios in bold, "Recent Stories" with bylines, "Most Read");
- monthly: a state monthly magazine's long-form story (no JSON-LD, no declared date or writer, "By NAME |
  Photographs by NAME" in a ``div.meta``, "March 12, 2026" printed, the print-issue note, a drop cap in its own
  span, a pull quote, "Photograph by NAME" inside the inline caption, "Read Next" cards, an author box);
- lrb (held out): a literary review (London Review of Books-like: no JSON-LD, the writer's name inside the ``<h1>``
  above the title, "Vol. 48 No. 5 · 12 March 2026", the reviewed book's details, "Illustration by NAME", a drop cap,
  the contributor's note and "Send Letters To:" after the text, "More from this issue", "From the archive");
- conversation: an academics' explanatory site (The Conversation-like: only the first of two writers declared,
  writers' cards with job titles and institutions, a series note in italics and the reader's question in a
  quote box before the text, "Read more:" inline, the series' invitation closing it, a disclosure statement, "You
  might also like");
- marshall (held out): a nonprofit criminal-justice newsroom (Marshall Project-like: the organisation declared,
  "By A and B", "Published 03.12.2026", "This article was published in partnership with OUTLET", "Photographs by
  NAME for OUTLET", a newsletter box opening the body, a bold dateline, "Related Stories" in the text, "Do you have
  a tip?" closing it, "Data analysis by NAME. Edited by NAME.", "Latest from OUTLET" with bylines);
- broadcaster: an international broadcaster's site (TRT World-like neighbour of Al Jazeera: no JSON-LD, the writer
  in a ``strong`` followed by "and agencies", "12 MAR 2026 14:20 GMT+3", a news spot standfirst, "Photo: NAME /
  AFP" in italics in the caption, an inline "Related" box, "Source: World Channel and agencies" closing the text,
  "RELATED NEWS", "MOST READ" with relative times);
- cable (held out): a cable news site (CNN-like neighbour, Vossi-like markup: the organisation declared as writer in
  JSON-LD and meta, "By A, B and C, ANN" with the last writer unlinked, "Updated 4:12 PM EDT, Thu March 12, 2026",
  a "Washington ANN —" source cite, a "Related article" card, "ANN’s NAME and NAME contributed to this report.",
  "More from ANN", "Paid Content");
- fastco: a business news site (Business Insider-like neighbour: only the first of two writers declared, "By A and
  B" in a plain ``div.meta``, "Key takeaways" above the text, "NAME/OUTLET" credit span, a "Read next" inline link,
  a tip request in italics closing the text, writers' cards with job titles at the end, "Read next" touts with
  bylines, "Trending").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: an unsigned
weekly has no author (as unseen11's economist); "and agencies" and "Source: OUTLET and agencies" name no writer and
no attribution (as unseen4's aljazeera); "published in partnership with OUTLET" and "Data analysis by NAME. Edited
by NAME." are no attribution (conventions: a partner note is a prompt; editors credit no role); "Illustration by
NAME" and "Photographs by NAME for OUTLET" give photo credits; "contributed to this report/article" and "Additional
reporting by" give contributors; summary boxes ("Key takeaways"), a series note and the reader's question, a
newsletter box, a tip request, the series' invitation and a print-edition note are no body; "More from SECTION"
and "Latest on TOPIC" are a section's latest stories (no teasers), "More from ANN" is an editors' box of teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): marketwatch, weekly, semafor, rollcall, monthly, conversation, broadcaster,
  fastco;
- held out (scored once, blind, before any rule of the round): ft, lrb, marshall, cable.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=1.000 date=1.000
  body_start=0.750 body_end=0.500 related=1.000 attributions=0.958 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.833 date=1.000 body_start=0.625 body_end=0.625
  related=0.875 attributions=0.871 images=1.000;
- dev, after the dev rules (see "Forty-fifth held-out round" in docs/extraction-design.md: a card's byline class
  names a teaser's writer; a row of writers' cards with job lines names the linked writers; a tip request to the
  reporters and an audio player's prompt are no text): headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=0.875 related=0.875 attributions=0.958 images=1.000 (body_end scored against rollcall's mended
  expectation below);
- held out, after the dev rules: headline=0.750 authors=1.000 date=1.000 body_start=0.750 body_end=0.750
  related=1.000 attributions=0.958 images=0.750 (body_end against cable's mended expectation below: against the
  first expectations it stays 0.500, as blind);
- held out, after two held-out kinds fixed by rule (a caption element named also an attribution before its sibling
  credit; a newsroom's call for tips "… we want to hear from you. Contact us securely." closing the text):
  headline=0.750 authors=1.000 date=1.000 body_start=0.750 body_end=1.000 related=1.000 attributions=1.000
  images=1.000;
- dev, after a last dev rule (the outlet's own chart, "Chart: The Ledger", credits no photographer): headline=1.000
  authors=1.000 date=1.000 body_start=0.750 body_end=0.875 related=0.875 attributions=1.000 images=1.000 (held out
  unchanged);
- held out, after a third held-out kind fixed by rule (the writer's name in a leading child of the ``<h1>`` named as
  the writer's is no part of the headline): headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=1.000
  related=1.000 attributions=1.000 images=1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=0.917 body_start=0.750 body_end=0.917 related=0.917 attributions=1.000 images=1.000 (marshall's printed
"Published 03.12.2026", month first on an English page, is read day first: 3 December).

Expectations changed after a run, by a written convention only: a contribution line closing the text stays in it
(docs/extraction-design.md, "Information from AGENCY was used in this report.": "the line stays in the text like
'AP contributed to this report.'", ``hints.AGENCY_LINE``), so rollcall's and cable's ``body_last`` are their
"NAME and NAME contributed to this report." lines (marketwatch's "—NAME contributed to this article." was already
within the scorer's margin). The blind held-out figures above were scored against my first expectations (cable's
body_end failed on this alone).

``tests/unseen_score.py unseen45`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen45"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # an unsigned weekly's "More from Britain" cards (a heading, each card a linked <h3> and a one-line rubric) after
    # the text: read as teasers though the section is declared (``article:section``) and in the address; fixed with
    # unseen173 (a related-named box beside the text headed by a section the page files the story under,
    # ``body._section_box``)
    # a series note in italics ("Curious Kids is a series for children of all ages …") and the reader's question in
    # a quote box before the text; not tried (the series' invitation in italics under a rule closing it is no text
    # since unseen83's rule)
    ("conversation", "body_start"),
    # a literary review's reviewed book's details (title, "by NAME", publisher, price, ISBN) in a box between the
    # heading and the text open the body; not tried (the writer's name in the <h1> is fixed by rule)
    ("lrb", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _authors(html: str) -> list[str]:
    from newsarchive.extraction import extract_article

    return extract_article(html, url="https://news.example/2026/03/12/story")["authors"]


_PAGE = """<html><head><title>Bridges sway</title>{head}</head><body><article><header><h1>Why do bridges sway?</h1>
{byline}</header><div class="body"><p>{text}</p><p>{text}</p><p>{text}</p></div>{after}</article></body></html>"""
_TEXT = ("Every structure has a favorite rhythm, and engineers call that favorite rhythm the natural frequency of the "
         "structure, which they measure before a bridge opens to walkers.")


def test_writers_cards_with_job_lines_name_the_linked_writers() -> None:
    """A row of writers' cards, each a marked link and a job line in a box of its own: the linked names are the
    writers (the first alone declared), the job lines' words name nobody."""
    head = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            '"headline":"Why do bridges sway?","author":[{"@type":"Person","name":"Priya Raman"}]}</script>')
    cards = ('<ul class="authors">' + "".join(
        f'<li><div class="details"><a class="author-name" href="/profiles/{slug}">{name}</a>'
        f'<span class="role">{job}, <i>Lakeshore State University</i></span></div></li>'
        for slug, name, job in (("priya-raman-1412233", "Priya Raman", "Associate Professor of Civil Engineering"),
                                ("owen-delacroix-1501177", "Owen Delacroix", "PhD Candidate in Structural Engineering")))
             + "</ul>")
    assert _authors(_PAGE.format(head=head, byline=cards, text=_TEXT, after="")) == ["Priya Raman", "Owen Delacroix"]


def test_a_cards_byline_class_names_a_teasers_writer() -> None:
    """"<span class='card-byline'>By NAME</span>" under a "Read Next" card's title is the teaser's writer (its class
    marks it as a byline, which ranked it before the unmarked "<span>By</span> <a>NAME</a>" line of the article's
    own ``div.meta``): the monthly's writer is the one its credits line names."""
    from newsarchive.extraction import extract_article

    page = Path(__file__).parent / "fixtures" / SET / "monthly.html"
    url = "https://www.lonestarmonthly.example/travel-outdoors/bolivar-ferry-last-crossings/"
    assert extract_article(page.read_text(encoding="utf-8"), url=url)["authors"] == ["Hannah Greer"]


def test_a_tip_request_to_the_reporters_closes_no_text() -> None:
    """"… Contact the reporters at EMAIL or via Signal …" after the text is a tip request, not its last sentence;
    "could not contact the reporters at the scene" stays a sentence."""
    from newsarchive.extraction.hints import TAGLINE

    assert TAGLINE.search("Do you work at a company that has changed its schedule? Contact the reporters at "
                          "jpike@businesscurrent.example or via Signal at 555-0142.")
    assert TAGLINE.search("Contact this reporter via email at ann@news.example.")
    assert not TAGLINE.search("Police said they could not contact the reporters at the scene.")
    # the newsroom's call for tips in a box after the text (held-out kind)
    assert TAGLINE.search("If you have been before a parole board, or work for one, we want to hear from you. "
                          "Contact us securely.")
    assert not TAGLINE.search("“We want to hear from you,” the mayor told residents at the meeting.")


def test_an_audio_players_prompt_is_no_text() -> None:
    """"Listen to this story. Enjoy more audio and podcasts on iOS or Android." over the text is a prompt; a
    sentence telling readers to listen to this story's recording, long, stays."""
    from newsarchive.extraction.hints import PROMPT_TEXT

    assert PROMPT_TEXT.match("Listen to this story. Enjoy more audio and podcasts on iOS or Android.")
    assert PROMPT_TEXT.match("Listen to this article · 12 min")
    assert not PROMPT_TEXT.match("Listen to this story’s recording of the hearing, which the court released on "
                                 "Tuesday after a judge ruled that the public had a right to hear the testimony.")


def test_a_caption_named_also_an_attribution_before_its_credit_is_the_caption() -> None:
    """"<div class='image__caption attribution'>CAPTION</div><figcaption class='image__credit'>NAME</figcaption>"
    (no ``itemprop="caption"``): the first element is the caption, the second the credit, not two credits joined."""
    from newsarchive.extraction import extract_article

    html = ('<html><head><title>Jets</title></head><body><article><h1>FAA orders inspections of regional jets</h1>'
            '<div class="image"><div class="image__container"><img src="https://media.news.example/jet.jpg" alt="">'
            '</div><div class="image__metadata"><div class="image__caption attribution"><span>A regional jet taxis '
            'at Chicago O’Hare International Airport in January.</span></div><figcaption class="image__credit">'
            'Scott Olson/Getty Images</figcaption></div></div>'
            + "<p>The Federal Aviation Administration on Thursday ordered airlines to inspect the engine mounts on "
              "about 300 regional jets after a mechanic found cracks in two aircraft last month.</p>" * 3
            + "</article></body></html>")
    image = extract_article(html, url="https://news.example/2026/03/12/jets")["images"][0]
    assert (image["caption"], image["credit"]) == (
        "A regional jet taxis at Chicago O’Hare International Airport in January.", "Scott Olson/Getty Images")


def test_the_outlets_own_chart_credits_no_photographer() -> None:
    """"Chart: The Ledger" under a chart on The Ledger's page is the outlet's own drawing: no photo attribution (the
    photograph's "Photograph: Alamy" stays one); a graphic credited to a person or another outlet stays a credit."""
    from newsarchive.extraction import extract_article

    expected = json.loads((Path(__file__).parent / "fixtures" / SET / "weekly.expected.json").read_text("utf-8"))
    html = (Path(__file__).parent / "fixtures" / SET / "weekly.html").read_text("utf-8")
    roles = [(a["role"], a["name"]) for a in extract_article(html, url=expected["url"])["attributions"]]
    assert ("photo", "Alamy") in roles and not any("Ledger" in name for role, name in roles if role == "photo")
    other = html.replace("Chart: The Ledger", "Chart: Statista")
    roles = [(a["role"], a["name"]) for a in extract_article(other, url=expected["url"])["attributions"]]
    assert any("Statista" in name for role, name in roles if role == "photo")


def test_the_writers_name_in_the_heading_is_no_part_of_the_headline() -> None:
    """"<h1><span class='article-author'><a>NAME</a></span> <span class='article-title'>TITLE</span></h1>" (a
    literary review's heading, the writer above the title): the headline is the title, as a named kicker is left
    out; a leading child of no such name still stays in."""
    from newsarchive.extraction import extract_article

    text = "<p>" + "In the autumn of 1913 some five thousand Scottish women came south by train to gut herring. " * 3
    page = ("<html><head><title>Marian Voss · Salt and Silence · LRB 12 March 2026</title></head><body><article>"
            "<h1><span class='{cls}'><a href='/contributors/marian-voss'>Marian Voss</a></span> "
            "<span class='article-title'>Salt and Silence</span></h1>" + text + "</p></article></body></html>")
    url = "https://www.londonreview.example/the-paper/v48/n05/marian-voss/salt-and-silence"
    assert extract_article(page.format(cls="article-author"), url=url)["headline"] == "Salt and Silence"
    assert extract_article(page.format(cls="lead"), url=url)["headline"] == "Marian Voss Salt and Silence"
