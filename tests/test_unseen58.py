"""A fifty-eighth held-out round of pages imitating publishing systems (issue 9): long-form features and magazine
stories in English, German and French declaring little (eight of the twelve declare no writer; four declare no
JSON-LD at all), where the text's opening is hard to find. The held-out pages are scored blind (no test runs on them,
and no field of theirs is seen failing, before the single held-out score), BEFORE any rule of the round. The round's
focus: body start and end, authors, headline.

Each page in ``fixtures/unseen58`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- newstatesman: a weekly's cover story (New Statesman-like on WordPress: the organisation declared, a "Cover story"
  kicker and a "Britain" rubric above the ``<h1>``, a long standfirst, "By <a>NAME</a>", "Photo by NAME for the New
  Statesman" in the caption, an inline "Read more" box, the print-issue note in italics closing the text, a
  newsletter box, "More from Politics");
- zeitmagazin: a Sunday magazine's reportage (ZEITmagazin-like, neighbour of the weeklies imitated before: no
  JSON-LD, a kicker span in the ``<h1>``, a summary repeating the description, the issue's number beside the date,
  "© NAME für ZEITmagazin", the opening scene in a pull-quote-like box above the text, "Von NAME" in italics signing
  the text, a Z+ box, "Mehr aus dem ZEITmagazin");
- atavist: a photo essay (Atavist-like: the organisation declared, a full-bleed cover, the issue's number over the
  title, a subtitle repeating the description, "Photographs and text by NAME", the text starting after the lead
  picture and its caption without credit, an end mark, the editors' credits after the story);
- republik (held out): an interview (Republik-like, Swiss, no JSON-LD: a "Interview" format line, "Ein Interview von
  <a>NAME</a> (Text) und <a>NAME</a> (Bilder), DATE", an introduction of two paragraphs before the first question in
  bold, the photographer's name alone after the caption, "Illustration und Bilder: NAME" after the text);
- tls: a review (TLS-like, neighbour of the literary reviews imitated before: the reviewer declared, the reviewer's
  link alone under the standfirst, the book's facts box (title, subtitle, author, "448pp. Fenwick Press. £25.")
  before the text, the reviewer's bio in italics after it, "Keep reading");
- letemps (held out): a Swiss daily's "Dossier" piece (Le Temps-like, neighbour of the French-language dailies
  imitated before: the organisation declared, "Dossier · Santé" as over-title, the lead repeating the description,
  an "L'essentiel" summary box before the text, "A lire aussi:" inline, the writer's name alone signing the text);
- revuexxi: an essay with an epigraph (XXI-like: no JSON-LD, "Essai" rubric, the "chapô" repeating the description,
  an epigraph quoting a writer before the text, the writer's name in bold signing it and a bio in italics after,
  the print-issue note, "À lire aussi");
- sternkolumne: a column (stern-like, neighbour of the German weeklies imitated before: the organisation declared,
  a "Kolumne" kicker span, the columnist's photo and a short bio above the text, "Eine Kolumne von <a>NAME</a>",
  "Mehr Kolumnen");
- longreads: a long read split over pages (WordPress, page one of three: no JSON-LD, no writer declared, a dek
  repeating the description, "Illustration: NAME" in the caption, "— <em>Words by NAME</em>" after the text, a
  "Pages: 1 2 3" pager with "Continue reading →");
- sciam (held out): a science magazine's feature (Scientific American-like: the organisation declared, a kicker,
  a dek, "By <a>NAME</a>", "Credit: NAME", an "In Brief" box before the text, "Related:" inline, the writer's bio
  and the print-title note after the text);
- monopol (held out): a culture magazine's portrait (Monopol-like on Drupal: no JSON-LD, a "Dachzeile", a teaser
  closing on "Ein Atelierbesuch", "Text: NAME", "Foto: NAME" in the caption, "Mehr zum Thema");
- lonelyplanet: a travel feature (Lonely Planet-like: the writer declared, breadcrumbs, the writer's name without
  "By" beside the date and "6 min read", "NAME / Shutterstock" credit, a sub-heading, a "Need to know" box closing
  the text, an author card after it, "Related articles").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the headline
is the visible ``<h1>`` without its named kicker (zeitmagazin, sternkolumne); standfirsts, decks and teasers
repeating the declared description (or named so) are no body; the scene box above the text (zeitmagazin), the
epigraph (revuexxi), the facts box of the book (tls), summary boxes ("L'essentiel", "In Brief"), the columnist's bio
above the text, a practical "Need to know" box, print-issue notes, bios after the text and pagers are no body; the
interview's introduction before the first question is the text's opening (it is the writer's text, no lead
repeating the description); a photo essay's text opens after the lead picture's caption; "Photographs and text by
NAME" names the writer and credits the photographs to the same person; "Words by NAME", "Text: NAME", "Eine Kolumne
von" and a name signing the text name the writer; in "Ein Interview von NAME (Text) und NAME (Bilder)" the second
name is the photographer; "More from Politics", "Mehr aus dem ZEITmagazin", "Mehr Kolumnen", "Popular Stories" and
"Dans la même rubrique" are feeds, no related links.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): newstatesman, zeitmagazin, atavist, tls, revuexxi, sternkolumne, longreads,
  lonelyplanet;
- held out (scored once, blind, before any rule of the round): republik, letemps, sciam, monopol (two German-language,
  one French-language, one English-language).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.750 body_end=0.750 related=1.000 attributions=0.917 images=1.000;
- dev, before any rule of the round (against the first expectations): headline=0.875 authors=0.875 date=1.000
  body_start=0.625 body_end=0.875 related=0.750 attributions=0.708 images=0.625;
- dev, after the dev rules (see "Fifty-eighth held-out round" in docs/extraction-design.md: a French-named epigraph,
  a review's book facts box and a travel feature's "key facts" box are no text; "Eine Kolumne von" names the writer
  alone; "Photographs and text by NAME" credits writer and photographer): headline=1.000 authors=1.000 date=1.000
  body_start=0.875 body_end=1.000 related=0.750 attributions=1.000 images=0.875 (the four known failures below);
- held out, after the dev rules: unchanged (headline=1.000 authors=0.750 date=1.000 body_start=0.750
  body_end=0.750 related=1.000 attributions=0.917 images=1.000);
- held out, after four held-out kinds fixed by rule ("In Brief" heading a summary box; a print-title note "This
  article was originally published with the title … in … Vol."; "Ein Interview von" leading a byline in; "(Bilder)"
  after a name marking the photographer): all eight fields 1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=0.917 authors=1.000
date=1.000 body_start=0.833 body_end=1.000 related=0.833 attributions=1.000 images=0.917 (sternkolumne's kicker
stays in the headline with no declared title to leave it out; republik's introduction, with no description to tell
it from a lead, is taken for one; the three known failures above).

Expectations changed after a run, by written conventions only: zeitmagazin's headline keeps its kicker, since the
page's declared title reads kicker and headline (docs/extraction-design.md, headline conventions: a named kicker is
left out "unless the page's first declared title reads kicker and headline"); newstatesman's and zeitmagazin's
credits keep "for the New Statesman" / "für ZEITmagazin" as printed, as the earlier sets' credits "NAME for Quanta
Magazine", "NAME pour Numerama" and "NAME for The New York Times" do. The blind held-out figures above were scored
against the first expectations (no held-out expectation was changed).

``tests/unseen_score.py unseen58`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen58"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # the opening scene set in a pull-quote-like box (a ``<blockquote>`` in a box named only "scene") above the text:
    # a box named so is one system's name, and a blockquote opening the text is often the text's quote; not done
    ("zeitmagazin", "body_start"),
    # the pictures carry no credit line; the byline's "Photographs and text by NAME" credits them all (the
    # attribution is read): giving the byline's photographer to each uncredited picture is not done
    ("atavist", "images"),
    # "Keep reading" heading a box of teasers beside the article is no teaser label yet (a paywall's button says
    # the same words)
    ("tls", "related"),
    # "Mehr Kolumnen" after the column: the extractor reads its card as a teaser, the expectation takes the box for
    # the column's feed (as "More from Politics")
    ("sternkolumne", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_TEXT = ("<p>The salt pans begin where the road ends, a white plain that shimmers at noon until the horizon dissolves "
         "into it, and the cutters walk out before dawn.</p>" * 5)


def test_an_epigraph_a_works_facts_box_and_a_practical_box_are_no_text() -> None:
    """An essay's epigraph (``blockquote.recit__epigraphe``), a review's facts box of the book ("The Cutting …
    448pp. Fenwick Press. £25." in ``div.tls-book-details``) and a travel feature's "Need to know" box
    (``div.KeyFacts``) stand beside the text, none of it; a box named only a "fact box" (a paper's list of facts
    inside the text), an English-named "epigraph" (a Spanish daily's sub-heading) and a plain blockquote opening the
    text stay as they were."""
    epigraph = ('<blockquote class="recit__epigraphe"><p>« Les morts ne sont pas des absents, ce sont des '
                'invisibles. »</p><footer>— Victor Hugo</footer></blockquote>')
    book = ('<div class="tls-book-details"><p><em>The Cutting</em></p><p>Quill Harper</p><p>448pp. Fenwick Press. '
            '£25.</p></div>')
    facts = '<div class="KeyFacts"><h3>Need to know</h3><p>Getting there: bus 34 from Chiavari, twice daily.</p></div>'
    for box in (epigraph, book):
        page = f"<html><body><article><h1>The Salt Cutters</h1><div class='body'>{box}{_TEXT}</div></article></body></html>"
        assert _extract(page)["body"].startswith("The salt pans begin")
    page = f"<html><body><article><h1>The Salt Cutters</h1><div class='body'>{_TEXT}{facts}</div></article></body></html>"
    assert "Need to know" not in _extract(page)["body"]
    kept = ('<div class="metro-factbox"><p>Four quick facts about sting jets: it can accelerate to more than 100 mph '
            'as it descends.</p></div>')
    page = f"<html><body><article><h1>The Salt Cutters</h1><div class='body'>{_TEXT}{kept}</div></article></body></html>"
    assert "Four quick facts" in _extract(page)["body"]
    sub = '<h3 class="epigraph">Barrancos, pinar y viviendas: el terreno que convirtió el incendio en una trampa</h3>'
    page = (f"<html><body><article><h1>The Salt Cutters</h1><div class='body'>{_TEXT}{sub}{_TEXT}</div></article>"
            "</body></html>")
    assert "Barrancos, pinar" in _extract(page)["body"]  # a Spanish daily's sub-heading ("epígrafe") is the text's
    quote = '<blockquote><p>“We walk down every year,” says the oldest of the cutters, “and we always will.”</p></blockquote>'
    page = f"<html><body><article><h1>The Salt Cutters</h1><div class='body'>{quote}{_TEXT}</div></article></body></html>"
    assert _extract(page)["body"].startswith("“We walk down")


def test_the_pieces_kind_before_von_names_the_writer() -> None:
    """"Eine Kolumne von <a>NAME</a>" and "Ein Interview von <a>NAME</a>" name the writer alone (as "Ein Kommentar
    von NAME"); "Kolumne" or "Interview" stays where it is a name's word in no lead-in ("Von NAME")."""
    from newsarchive.extraction.authors import _LEAD_IN, _LEAD_IN_WORD

    assert _LEAD_IN.sub("", "Eine Kolumne von Lars Wendeborn") == "Lars Wendeborn"
    assert _LEAD_IN_WORD.match("Ein Interview von Jonas Schnyder")
    assert _LEAD_IN_WORD.match("Ein Gespräch von Jonas Schnyder")
    assert not _LEAD_IN_WORD.match("Interview mit Jonas Schnyder")
    for by in ("Eine Kolumne von", "Ein Interview von"):
        page = (f'<html><body><article><h1>Ordnung im Einkaufswagen</h1><p class="credits">{by} <a href="/autoren/'
                f'lars-wendeborn">Lars Wendeborn</a></p>{_TEXT}</article></body></html>')
        assert _extract(page)["authors"] == ["Lars Wendeborn"]


def test_photographs_and_text_by_names_writer_and_photographer() -> None:
    """"Photographs and text by NAME" (the pictures named first) names the writer and credits the pictures to her,
    as "Words and photographs by NAME"; "Photographs by NAME" alone names no writer."""
    from newsarchive.extraction.authors import _WORDS_AND_PHOTOS

    assert _WORDS_AND_PHOTOS.match("Photographs and text by Amina Okoth")
    assert _WORDS_AND_PHOTOS.match("Words and photographs by Amina Okoth")
    assert not _WORDS_AND_PHOTOS.match("Photographs by Amina Okoth")
    page = ('<html><body><article><h1>The Salt Cutters</h1><p class="story-byline">Photographs and text by Amina '
            f'Okoth</p>{_TEXT}</article></body></html>')
    got = _extract(page)
    assert got["authors"] == ["Amina Okoth"]
    assert ("photo", "Amina Okoth") in {(a["role"], a["name"]) for a in got["attributions"]}


def test_an_in_brief_box_opens_no_text() -> None:
    """Held-out kind: a science magazine's "In Brief" box of the feature's findings before its text is a summary box
    (as "Key points"); "In brief, the data do not fit." opening a paragraph is the text's."""
    from newsarchive.extraction.body import _SUMMARY_LABEL

    assert _SUMMARY_LABEL.match("In Brief")
    assert _SUMMARY_LABEL.match("En bref")
    assert not _SUMMARY_LABEL.match("In brief, the data do not fit.")
    box = ('<div class="article__inbrief"><h2>In Brief</h2><ul><li>A fast radio burst has been detected from inside '
           'the Milky Way.</li><li>Its closeness lets astronomers test the magnetar hypothesis.</li></ul></div>')
    page = f"<html><body><article><h1>The Closest Burst</h1><div class='body'>{box}{_TEXT}</div></article></body></html>"
    assert _extract(page)["body"].startswith("The salt pans begin")


def test_a_print_title_note_closes_no_text() -> None:
    """Held-out kind: "This article was originally published with the title “…” in Scientific American Magazine
    Vol. 335 No. 3" is a print note; "This article was originally published on The Conversation." names the text's
    source and is no print note."""
    from newsarchive.extraction.hints import PRINT_NOTE

    assert PRINT_NOTE.match("This article was originally published with the title “A Flash from Next Door” in "
                            "Scientific American Magazine Vol. 335 No. 3")
    assert not PRINT_NOTE.match("This article was originally published on The Conversation.")
    assert not PRINT_NOTE.match("This article was originally published with the title “A Flash” on Medium.")


def test_a_name_marked_bilder_in_brackets_is_the_photographer() -> None:
    """Held-out kind: "Ein Interview von NAME (Text) und NAME (Bilder)" names the writer, then the photographer (as
    "(Fotos)"); "Von NAME und NAME" names two writers."""
    for by, want in (('Ein Interview von <a href="/~js">Jonas Schnyder</a> (Text) und <a href="/~pm">Petra Meier</a> '
                      '(Bilder), 03.02.2026', ["Jonas Schnyder"]),
                     ('Von <a href="/~js">Jonas Schnyder</a> und <a href="/~pm">Petra Meier</a>, 03.02.2026',
                      ["Jonas Schnyder", "Petra Meier"])):
        page = (f'<html><body><article><h1>Die Zahl ist keine Schulnote</h1><p class="credits">{by}</p>{_TEXT}'
                '</article></body></html>')
        got = _extract(page)
        assert got["authors"] == want
    assert ("photo", "Petra Meier") in {(a["role"], a["name"]) for a in _extract(
        '<html><body><article><h1>Die Zahl</h1><p class="credits">Ein Interview von <a href="/~js">Jonas Schnyder</a> '
        '(Text) und <a href="/~pm">Petra Meier</a> (Bilder)</p>' + _TEXT + "</article></body></html>")["attributions"]}
