"""A fifty-second held-out round of pages imitating publishing systems (issue 9): German-language news, magazines and
blogs declaring little (nine of the twelve declare no writer, only the organisation or nothing; four declare no
JSON-LD at all). The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing,
before the single held-out score), BEFORE any rule of the round. The round's focus: authors, attributions, body
start and end, related teasers.

Each page in ``fixtures/unseen52`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- wochenzeitung: a national weekly paper's site (neighbour of Die Zeit and Der Freitag, imitated in unseen9 and
  unseen30: the writer declared, a kicker span in the ``<h1>``, a lead repeating the description, "Von <a>NAME</a>
  | Ausgabe 47/2026 vom 19.11.2026", "Foto: picture alliance/dpa | NAME" in the caption, an inline "Lesen Sie auch"
  box, a "W+" paywall teaser among the paragraphs, an author box and readers' comments after the article);
- hessenschau: a public broadcaster's regional site (hessenschau-like, ARD: the organisation declared as writer, a
  topline and hidden colon in the ``<h1>``, "Bild © Imago Images", a "Das Wichtigste in Kürze" list, "Von NAME" as
  a paragraph inside the text's box, the bold lead repeating the description, a "Weitere Informationen" box with
  one link, "Mit Material von dpa" and a "Sendung: …" note closing the text);
- abendzeitung (held out): a city tabloid (Abendzeitung-like: the organisation declared, a "Dachzeile" over the
  headline, two writers by name alone in a span, "© NAME" in the caption, a bold "München - …" teaser repeating
  the description, an inline "Lesen Sie auch", comments, "Mehr aus München");
- boersenzeitung: a business paper (Börsen-Zeitung-like, neighbour of Handelsblatt and WirtschaftsWoche imitated
  before: the writer declared, an overline, the intro repeating the description, "Von NAME, Frankfurt",
  "Foto: Reuters" in the caption, an "Auf einen Blick" box before the text, the text cut by a paywall box, "Mehr
  zum Thema" after it);
- automagazin: a car magazine (auto motor und sport-like: the organisation declared, the intro repeating the
  description, "Text: NAME, Fotos: NAME" on one line, captions without credits, "Lesen Sie auch", "Fazit", a
  technical data table after the text, "Weitere Tests");
- stadtmagazin: a city magazine on WordPress (tip Berlin-like: no JSON-LD, no writer declared, the caption under the
  post thumbnail closing "Foto: Kiezpost/NAME", "<em>Autorin: NAME</em>" opening the text, "<strong>Lies auch:
  </strong> <a>…", an address box after the text, comments, "Das könnte dich auch interessieren");
- kirchenzeitung (held out): a church newspaper's site on TYPO3 (a diocesan weekly, katholisch.de-like: no JSON-LD,
  a teaser div repeating the description after the picture, "Von NAME (KNA)" as the text's first paragraph, "Foto:
  KNA/NAME" in the caption, "Lesen Sie auch" box, "Links zum Thema" to the diocese, a donation box);
- polblog: a political blog on WordPress (GeneratePress, Volksverpetzer-like: no JSON-LD, "von <a>Redaktion</a>" in
  the theme's meta line, "<strong>Ein Kommentar von NAME</strong>" opening the text, "Lest auch:", Jetpack's
  "Ähnliche Beiträge", share buttons, comments);
- zolablog: a tech blog on Zola (tabi theme; Ghost and Hugo were imitated in unseen3, unseen17, unseen21 and
  unseen37, so a neighbour static site generator: no JSON-LD, "Autor: <span class='p-author'>NAME</span>" in the
  meta list, a table of contents, a code block, a figure without credit, "Fazit");
- kleine (held out): an Austrian regional paper (Kleine Zeitung-like, neighbour of the Salzburger Nachrichten
  imitated in unseen30: the organisation declared, a kicker div over the headline, a lead repeating the
  description, "© APA/AFP/NAME", no writer, "Mehr zum Thema" between two text boxes, "(Quelle: afp/dpa)" closing
  the text, "Das könnte Sie auch interessieren");
- beobachter: a Swiss consumer magazine on Drupal (Beobachter-like: two writers declared, "Von <a>NAME</a> und
  <a>NAME</a>", the lead repeating the description, "Foto: Getty Images", numbered sub-headings in paragraph
  boxes, "Lesen Sie auch", a subscription box and "Über die Autoren" cards, "Weitere Artikel zum Thema");
- fachblatt (held out): a medical trade journal (Deutsches Ärzteblatt-like: the organisation declared, the date over
  the headline, "Foto: picture alliance/dpa | NAME" over the picture and the caption under it, a bold "Berlin – …"
  opening sentence, a "Lesen Sie auch" box of two, "NAME (dpa)" signing the text, readers' comments).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the headline
is the visible ``<h1>`` without its named kicker or topline; leads and teasers that repeat the declared description
are the description, no body, also with a dateline before it ("München - …", abendzeitung); a bold opening
sentence that goes on in the same paragraph is the text's (fachblatt); summary boxes ("Das Wichtigste in Kürze",
"Auf einen Blick"), a technical data table, an address box, paywall, subscription and donation boxes and a
broadcast note ("Sendung: …") are no body; "Mit Material von dpa" closing the text names a contributor and stays in
the text (a contribution line, ``hints.AGENCY_LINE``); "Ein Kommentar von NAME", "Autorin: NAME" and "Autor: NAME"
name the writer; a "von Redaktion" link names nobody; "NAME (KNA)" and "NAME (dpa)" name the writer, the agency a
contributor (as "avec Belga"); "(Quelle: afp/dpa)" makes both agencies contributors; "Text: NAME, Fotos: NAME"
names the writer and credits the photographer with the page's pictures; "Weitere Informationen", "Ähnliche
Beiträge", "Das könnte Sie/dich auch interessieren" and "Weitere Artikel zum Thema" head teasers, "Mehr aus
München", "Mehr aus dem Ressort Politik", "Weitere Tests", "Weitere Nachrichten aus Wirtschaft" a section's
listing; a link out to a diocese's document is no related story.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): wochenzeitung, hessenschau, boersenzeitung, automagazin, stadtmagazin, polblog,
  zolablog, beobachter;
- held out (scored once, blind, before any rule of the round): abendzeitung, kirchenzeitung, kleine, fachblatt.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=0.867 attributions=0.775 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.833 date=1.000 body_start=0.750 body_end=1.000
  related=0.958 attributions=0.771 images=0.750;
- dev, after the dev rules (see "Fifty-second held-out round" in docs/extraction-design.md: a photographer's label
  after a comma, "Text: NAME, Fotos: NAME"; "Ein Kommentar von" leading a byline in; a post's meta list opens no
  text; "Bild ©" as a credit's label; a lead in bold under the byline's paragraph repeating the description; a call
  to subscribe is no teaser): all eight fields 1.000 (against the mended expectation below);
- held out, after the dev rules: unchanged (related=0.867 attributions=0.775, the other fields 1.000);
- held out, after three held-out kinds fixed by rule (an agency bare in brackets after the writer's name, "Von NAME
  (KNA)", "NAME (dpa)"; a source's label in the closing bracket, "(Quelle: afp/dpa)"; a teaser label before headline
  links in its box, "<span class='…teaser__label'>Mehr zum Thema</span><a>…"): all eight fields 1.000 (against the
  mended expectation below).

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=0.833 authors=1.000
date=1.000 body_start=0.917 body_end=1.000 related=1.000 attributions=1.000 images=1.000 (wochenzeitung's kicker span
and hessenschau's topline stay in the headline with no declared title to tell them; hessenschau's bold lead, with no
description to repeat, opens the text, as the convention has a lead right above the text do).

Expectations changed after a run, by a written convention only: automagazin's two pictures print no credit, so
their credit is none, though "Fotos: NAME" in the byline names the photographer (as unseen3's jp_web and unseen46's
my_chinese expect under a byline's "写真／NAME", "摄影：NAME"; my first expectation gave them the photographer, and
a rule crediting him, tried, cost those two pages their pictures' credit: dropped); kirchenzeitung's "Links zum Thema" link to the
diocese's document is a teaser (docs/extraction-design.md, round 8's "Related Internet Links" to other sites'
pages are teasers in round 2's expectation), so it is a related link; the blind held-out figure (related=0.867)
was scored against my first expectation, where it was none (kirchenzeitung's related failed on it, and on nothing
else; kleine's inline "Mehr zum Thema" failed on its own).

``tests/unseen_score.py unseen52`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen52"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_TEXT = ("<p>Auf der Testrunde über Autobahn und Landstraße kam der Kombi bei sommerlichen Temperaturen auf einen "
         "Verbrauch von knapp 18 kWh pro 100 Kilometer.</p>" * 4)


def test_a_photographers_label_after_a_comma() -> None:
    """"Text: NAME, Fotos: NAME" on one line (a car magazine's credits): the photographer's label after the comma
    starts a line of its own, as after a bar, so the photographer is no writer; "Text/Fotos: NAME" still names one
    writer."""
    from newsarchive.extraction.authors import _role_lines

    assert _role_lines("Text: Benedikt Aurich, Fotos: Lorenz Hagedorn") == ["Text: Benedikt Aurich",
                                                                             "Fotos: Lorenz Hagedorn"]
    assert _role_lines("Text/Fotos: Lorenz Hagedorn") == ["Text/Fotos: Lorenz Hagedorn"]
    page = ('<html><head><title>Test</title></head><body><article><h1>Der leise Kombi für Vielfahrer im Test</h1>'
            '<div class="credits"><span>Text: Benedikt Aurich, Fotos: Lorenz Hagedorn</span></div>' + _TEXT
            + "</article></body></html>")
    record = _extract(page)
    assert record["authors"] == ["Benedikt Aurich"]
    assert ("photo", "Lorenz Hagedorn") in [(a["role"], a["name"]) for a in record["attributions"]]


def test_ein_kommentar_von_leads_a_byline_in() -> None:
    """"<p><strong>Ein Kommentar von NAME</strong></p>" opening a blog's text (its theme's meta line naming
    "Redaktion"): the piece's kind before "von" leads the byline in, as "Ein Beitrag von"; a sentence opening
    "Kommentar von Ministerpräsident …" without the article names nobody."""
    from newsarchive.extraction.authors import _LEAD_IN_WORD

    text = ("<p>Wer in diesen Wochen Haushaltspolitikern zuhört, könnte glauben, die Schuldenbremse sei vom Himmel "
            "gefallen. Beides ist falsch, und das lässt sich zeigen.</p>" * 4)
    page = ('<html><head><title>Schuldenbremse</title></head><body><article><h1>Die Schuldenbremse ist kein '
            'Naturgesetz</h1><div class="entry-content"><p><strong>Ein Kommentar von Leonie Fahrenkamp</strong></p>'
            + text + "</div></article></body></html>")
    record = _extract(page)
    assert record["authors"] == ["Leonie Fahrenkamp"]
    assert record["body"].startswith("Wer in diesen Wochen")
    assert _LEAD_IN_WORD.match("Eine Analyse von Jonas Berg")
    assert not _LEAD_IN_WORD.match("Kommentar von Ministerpräsident Weil")


def test_a_posts_meta_list_opens_no_text() -> None:
    """"<ul class='meta'><li>4. März 2026</li><li>• 7 Min. Lesezeit</li><li>• Autor: NAME</li><li>• Tags: …</li></ul>"
    under a static blog's headline: the rows of a list named as the post's meta data are no text's opening; a list
    opening a text elsewhere (no such name) still does."""
    text = ("<p>Vor zwei Jahren haben wir unsere Anwendung auf Kubernetes umgezogen, weil jeder Vortrag auf jeder "
            "Konferenz mit einem Helm-Chart endete.</p>" * 4)
    page = ('<html><head><title>Kubernetes</title></head><body><main><article><div class="article-title"><h1>Warum '
            'wir unsere Cluster abgeschaltet haben</h1><ul class="{name}"><li><time>4. März 2026</time></li><li>• 7 '
            'Min. Lesezeit</li><li>• Autor: <span>Jonas Kettelhake</span></li><li>• Tags: <a href="/tags/k8s/">'
            '#Kubernetes</a></li></ul></div><section class="body">' + text + "</section></article></main></body></html>")
    assert _extract(page.format(name="meta"))["body"].startswith("Vor zwei Jahren")
    assert _extract(page.format(name="post-meta"))["body"].startswith("Vor zwei Jahren")


def test_bild_before_the_copyright_sign_is_a_label() -> None:
    """"Bild © Imago Images" under a broadcaster's picture: "Bild" is the label, the agency the credit, as in
    "Foto ANSA"; a credit's own words stay."""
    from newsarchive.extraction.credits import clean_credit

    assert clean_credit("Bild © Imago Images") == "Imago Images"
    assert clean_credit("Foto © Imago") == "Imago"
    assert clean_credit("Bildagentur Huber") == "Bildagentur Huber"
    assert clean_credit("© Bild am Sonntag") == "Bild am Sonntag"


_DESCRIPTION = ("Die Gemeinde Grebenhain will den Bau von sieben Windrädern auf dem Oberwald verhindern. Das "
                "Regierungspräsidium hält die Genehmigung für rechtmäßig.")
_WIND = ("<p>Der Gemeindevorstand hat am Mittwoch Klage gegen die Genehmigung eines Windparks auf dem Oberwald "
         "eingereicht, wie der Bürgermeister bestätigte.</p>" * 4)


def test_a_bold_lead_under_the_bylines_paragraph_repeating_the_description() -> None:
    """"<p class='author'>Von NAME</p><p><strong>LEAD</strong></p><p>…" in the text's box of a broadcaster's regional
    page: the lead in bold repeating the declared description is the description; a bold first paragraph under the
    header's box (no byline's paragraph right before it) stays the text's."""
    head = f'<meta name="description" content="{_DESCRIPTION}">'
    page = ('<html><head><title>Windpark</title>' + head + '</head><body><article><h1>Gemeinde klagt gegen '
            'Windpark-Genehmigung</h1><div class="article-body">{byline}<p><strong>' + _DESCRIPTION
            + "</strong></p>" + _WIND + "</div></article></body></html>")
    assert _extract(page.format(byline='<p class="author">Von Tamara Weilbächer</p>'))["body"].startswith(
        "Der Gemeindevorstand")
    assert _extract(page.format(byline=""))["body"].startswith("Die Gemeinde Grebenhain")


def test_a_call_to_subscribe_is_no_teaser() -> None:
    """A paywall box among the paragraphs labelled "Weiterlesen mit W+" over "<a href='/abo/plus'>Jetzt 4 Wochen gratis
    testen</a>": the link calls to subscribe, no story (``body._OFFER_PAGE``, ``_OFFER_CALL``); a story's link stays."""
    from newsarchive.extraction.body import _no_story

    assert _no_story("/abo/plus", "Jetzt 4 Wochen gratis testen")
    assert _no_story("/detroit/NewsletterSignup/Page", "Subscribe to Metro Times newsletters")
    assert not _no_story("/wirtschaft/mieterbund-fordert-bussgeld-fuer-vermieter", "Mieterbund fordert Bußgeld")


def test_an_agency_in_brackets_after_the_writers_name() -> None:
    """"Von NAME (KNA)", "NAME (dpa)" (held-out kind): the agency the writer works for, bare in the bracket, is
    credited (a contributor), as "NAME (mit dpa)"; a bracket holding a place or an age names no agency."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("Von Johanna Rehbein (KNA)") == (["Johanna Rehbein"], ["KNA"])
    assert split_byline("Sabine Wollnik (dpa)") == (["Sabine Wollnik"], ["dpa"])
    assert split_byline("Von Anna Berg (dpa/AFP)") == (["Anna Berg"], ["dpa", "AFP"])
    assert split_byline("Von Anna Berg (Berlin)") == (["Anna Berg"], [])
    assert split_byline("Par Anne Roux (avec Marc Petit)") == (["Anne Roux", "Marc Petit"], [])


def test_a_source_label_in_the_closing_bracket() -> None:
    """"… verursacht. (Quelle: afp/dpa)" closing the text (held-out kind): the agencies after the source's label are
    contributors, as "Quelle: dpa" is; a bare "(dpa)" stays the story's source, and a label before no agency
    ("(Quelle: Bundesamt)") credits none."""
    from newsarchive.extraction.attributions import _closing_agencies

    def roles(text: str) -> list[tuple[str, str]]:
        return [(entry["role"], entry["name"]) for entry in _closing_agencies(text)]

    assert roles("Schäden in Milliardenhöhe verursacht. (Quelle: afp/dpa)") == [("contributor", "afp"),
                                                                                ("contributor", "dpa")]
    assert roles("Schäden in Milliardenhöhe verursacht. (Quelle: APA)") == [("contributor", "APA")]
    assert roles("Schäden in Milliardenhöhe verursacht. (dpa)") == [("source", "dpa")]
    assert roles("Schäden in Milliardenhöhe verursacht. (Quelle: Bundesamt)") == []


def test_a_teaser_label_before_headline_links_in_its_box() -> None:
    """"<div class='article-teaser'><span class='article-teaser__label'>Mehr zum Thema</span><a>HEADLINE</a></div>"
    between two boxes of text (held-out kind): the label, furniture by its name, is kept for its box, so the headline
    link after it is a teaser; a label before short links ("Themen: <a>Unwetter</a>") is no teaser's."""
    text = ("<p>Die Autobahn zwischen Maribor und dem Grenzübergang Spielfeld wurde am Vormittag gesperrt, nachdem "
            "eine Mure einen Fahrstreifen verschüttet hatte.</p>" * 3)
    page = ('<html><head><title>Muren</title></head><body><article><h1>Murenabgänge in Slowenien</h1><div '
            'class="article-body"><div class="article-body__text">' + text + '</div><div class="article-body__teaser">'
            '<span class="article-teaser__label">{label}</span><a class="article-teaser__link" href="{href}"><span '
            'class="article-teaser__title">{title}</span></a></div><div class="article-body__text">' + text
            + "</div></div></article></body></html>")
    teaser = page.format(label="Mehr zum Thema", href="/steiermark/20425980/unwetterwarnung-fuer-suedsteiermark",
                         title="Unwetterwarnung für die Südsteiermark bis Freitag")
    assert [link["url"] for link in _extract(teaser)["related_links"] if link["kind"] == "related"] == [
        "https://news.example/steiermark/20425980/unwetterwarnung-fuer-suedsteiermark"]
    topic = page.format(label="Mehr zum Thema", href="/thema/unwetter", title="Unwetter")
    assert [link for link in _extract(topic)["related_links"] if link["kind"] == "related"] == []
