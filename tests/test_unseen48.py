"""A forty-eighth held-out round of pages imitating publishing systems (issue 9): German- and French-language outlets
declaring little (nine of the twelve declare no writer, only the organisation or nothing; four declare no JSON-LD at
all). The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the
single held-out score), BEFORE any rule of the round. The round's focus: headline, authors, attributions, body start
and end.

Each page in ``fixtures/unseen48`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- noz: a regional daily on a large regional publishers' CMS (NOZ/mh:n-like, neighbour of the Madsack, Funke and
  Ippen pages imitated before: the organisation declared, a kicker span in the ``<h1>``, a "Teaser" standfirst
  repeating the description, "Von NAME | 12.03.2026, 17:30 Uhr", a "NOZ+" badge, "Foto: NAME" credit span, an inline
  "Lesen Sie auch" box, the subscribers' part of the text in a ``div.paywall``, an "abo" box and "Mehr aus
  Osnabrück" after the article);
- profil: an Austrian news weekly (profil-like, neighbour of the German weeklies imitated before; no JSON-LD, two
  writers' links parted by a comma under the lead, "Lesezeit", "Foto: APA/NAME", an info box, the print-issue note
  in italics closing the text, a subscription box and two author boxes after it);
- computerbild: a computer magazine (COMPUTER BILD-like: the writer declared, a kicker span, "Von <a>NAME</a>" in an
  author bar, the intro repeating the description under the byline, "Foto: COMPUTER BILD" inside the caption, a
  test verdict box of pros and cons before the text, "Auch interessant", "Fazit", an affiliate price widget and an
  author box after it);
- tag24: a local news portal (TAG24-like: no JSON-LD, the date printed without ``<time>``, "Von <a>NAME</a>", a bold
  lead opening "Dresden - …", a caption paragraph closing on "© NAME", "Mehr zum Thema Unfall Dresden:" with a
  list, "Titelfoto: NAME" in italics closing the text, a ticker of latest stories);
- brigitte (held out): a women's and lifestyle magazine (BRIGITTE-like: the organisation declared, a kicker span, a
  "Teaser" repeating the description, "© NAME / Adobe Stock", numbered sub-headings, an "Anzeige" product box,
  "Auch interessant:", "Verwendete Quellen:" closing the text, "Ein Beitrag von" author box after it, an affiliate
  note);
- zwanzigmin (held out): a Swiss free daily on Next.js (20 Minuten-like: the organisation declared, a kicker span
  in the ``<h1>``, the lead repeating the description, a "Darum gehts" summary box, the writer's link without "Von"
  after it, "Publiziert: …" / "Aktualisiert: …", "20min/NAME" credit, "Mehr zum Thema", "(lme/sda)" closing the
  text, "Hast du einen Fehler gefunden?");
- lamontagne: a French regional daily (Centre France-like, neighbour of the regional dailies imitated before: the
  organisation declared, the town as over-title, an "Abonnés" tag, the "chapô" repeating the description, "Publié le
  12/03/2026 à 17h30 Mis à jour le …", "Photo NAME" without a colon, "À lire aussi", the writer's name in bold
  signing the text);
- valeurs: a French news weekly on WordPress/Yoast (Valeurs actuelles-like: the organisation declared, an interview
  with "Propos recueillis par <a>NAME</a>" as its byline, the excerpt repeating the description, "Publié le … Mis à
  jour le …", the questions in bold, "Lire aussi", a subscription box after the text);
- streetpress (held out): an independent pure-player on Drupal (StreetPress-like: no JSON-LD, no printed time, a
  bold "chapô" in a chapo field, "Par <a>NAME</a>", "Illustration de NAME" under the picture, "Lire aussi :", a
  donation box closing the article, "Nos derniers articles");
- sofoot: a sports site (So Foot-like, neighbour of the sports daily L'Équipe imitated in unseen32: no JSON-LD, the
  "chapeau", "Photo : Iconsport" under a picture without caption, a match sheet with scorers before the text, "Lire
  aussi :", "Par <a>NAME</a>, à Lens" signing after the text, readers' comments);
- lalibre (held out): a Belgian outlet (La Libre-like, IPM: the organisation declared, "Une rédaction de <a>NAME</a>
  avec Belga", "Publié le 12-03-2026 à 17h30 - Mis à jour le …", "©Belga" glued, the lead repeating the description
  after the picture, "Sur le même sujet", the text cut by a paywall box "Cet article est réservé aux abonnés");
- jdm: a Quebec daily (Journal de Montréal-like, Québecor: the writer declared, the writer's name without "Par" in an
  author box with a photo, "Jeudi, 12 mars 2026 17:30 MISE À JOUR …", "Photo NAME", "À lire aussi", "- Avec la
  collaboration de NAME" in italics closing the text).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the headline
is the visible ``<h1>`` without its named kicker, where a declared title adds the town or a section (lamontagne,
computerbild's "Nova Fold 3 im Test: …" under an SEO title); standfirsts ("Teaser", "chapô", "chapeau", lead) that
repeat the declared description, or are named so, are the description, no body; a bold lead opening "Dresden - …"
inside the text's box is the text's first paragraph (tag24); summary boxes ("Darum gehts"), a test verdict box, a
match sheet, a print-issue note, "Verwendete Quellen:", "Titelfoto:" lines, subscription, paywall and donation
boxes are no body; the interview's first question opens the text (valeurs); "Propos recueillis par", "Ein Beitrag
von", "Une rédaction de" and a name in bold signing the text name the writer; "avec Belga" and "(lme/sda)" (writer's
initials with one agency) make the agency a contributor (as "(dg/kh mit dpa)", "(avec AFP)"); "Avec la collaboration
de NAME" gives a contributor, and stays in the text as a contribution line does; "Titelfoto: NAME" credits a
photographer; the outlet's own "Foto: COMPUTER BILD" is a photo credit as printed; "Illustration de NAME" is a photo
credit (as "Illustration by NAME").

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): noz, profil, computerbild, tag24, lamontagne, valeurs, sofoot, jdm;
- held out (scored once, blind, before any rule of the round): brigitte, zwanzigmin, lalibre, streetpress (two
  German-language, two French-language).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.500 body_end=1.000 related=0.625 attributions=0.775 images=0.750;
- dev, before any rule of the round: headline=0.875 authors=1.000 date=1.000 body_start=1.000 body_end=0.750
  related=1.000 attributions=0.950 images=1.000;
- dev, after the dev rules (see "Forty-eighth held-out round" in docs/extraction-design.md: the heading's own
  separator kept against a declared title's other marks; a sentence opening "Avec cette victoire, …" credits nobody;
  "Avec la collaboration de NAME" names a contributor and stays in the text; a German or French print-issue note
  closes no text): all eight fields 1.000;
- held out, after the dev rules: unchanged (headline=1.000 authors=0.750 date=1.000 body_start=0.500 body_end=1.000
  related=0.625 attributions=0.775 images=0.750, against the first expectations);
- held out, after five held-out kinds fixed by rule ("Illustration de NAME" as a credit's label; a writer's initials
  beside an agency's code in the closing bracket, "(lme/sda)"; "Une rédaction de" leading a byline in; a lead's box
  after the picture repeating the description; a story's id and slug under a topic path): all eight fields 1.000
  (against the mended expectations below).

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=1.000 body_start=0.917 body_end=1.000 related=1.000 attributions=1.000 images=1.000 (lalibre's lead box, with
no description to repeat, opens the text, as the convention has a lead right above the text do).

Expectations changed after a run, by a written convention or the scorer's reading only: brigitte's "Das könnte Sie
auch interessieren" after the article heads teasers (docs/extraction-design.md, "More teaser labels": the label is
in ``hints.TEASER_TEXT``; tagesspiegel's of unseen14 was mended the same way), so its two cards are related links;
streetpress's ``body_first`` was shorter than the 40 characters the scorer compares (the value unchanged, the
sentence after it added). The blind held-out figures above were scored against my first expectations (brigitte's
related and streetpress's body_start failed on these; streetpress's related failed on its own as well).

``tests/unseen_score.py unseen48`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen48"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_TEXT = ("<p>Die Linien 3 und 7 wurden während der Bergung umgeleitet, ein Ersatzverkehr mit Bussen war am Abend "
         "eingerichtet.</p>" * 4)


def test_the_headings_own_separator_is_kept() -> None:
    """"<h1>Straßenbahn entgleist an der Carolabrücke: Zwei Verletzte</h1>" under an ``og:title`` of the same words
    with a dash ("… - zwei Verletzte"): the reader sees the colon; a declared title printing more marks (a kicker
    glued to the headline by CSS) or the same marks spaced otherwise still gives its spelling."""
    from newsarchive.extraction.headline import _spelled

    page = ('<html><head><meta property="og:title" content="Straßenbahn entgleist an der Carolabrücke - zwei '
            'Verletzte"></head><body><main><h1>Straßenbahn entgleist an der Carolabrücke: Zwei Verletzte</h1>'
            + _TEXT + "</main></body></html>")
    assert _extract(page)["headline"] == "Straßenbahn entgleist an der Carolabrücke: Zwei Verletzte"
    assert _spelled("BreakpointHilfe für Mieter", ["Breakpoint: Hilfe für Mieter"]) == "Breakpoint: Hilfe für Mieter"
    assert _spelled("49-Euro-Ticket : Pendler sparen", ["49-Euro-Ticket: Pendler sparen"]) \
        == "49-Euro-Ticket: Pendler sparen"
    assert _spelled("Signa in Sorge - Finanzdaten", ["Signa in Sorge – Finanzdaten"]) == "Signa in Sorge – Finanzdaten"


def test_a_sentence_opening_with_avec_credits_nobody() -> None:
    """"Avec cette victoire, Lens remonte à la troisième place …" is a sentence of the text, no "avec AFP" credit
    (the name's capital must follow "avec"); "(avec AFP)", "avec l'AFP" and "con EFE" still credit the agency."""
    from newsarchive.extraction.attributions import credited

    assert credited("Avec cette victoire, Lens remonte à la troisième place, à deux points de l’OM.") == []
    assert credited("Con sensual fotografía, Edwin Luna y Kimberly Ruiz abren la exposición.") == []
    assert credited("(avec AFP)") == [("credit", "AFP")]
    assert credited("Avec l'AFP") == [("credit", "AFP")]
    assert credited("con EFE") == [("credit", "EFE")]


def test_avec_la_collaboration_de_names_a_contributor_and_stays_in_the_text() -> None:
    """"- Avec la collaboration de NAME" in italics closing a Quebec daily's text: NAME contributed (as "With
    reporting from NAME"), and the line stays in the text as a contribution line does; a sentence opening "Avec la
    collaboration de la mairie, …" names nobody."""
    from newsarchive.extraction.attributions import credited

    text = ("<p>Le centre de services scolaire prévoit que les circuits touchés seront de nouveau desservis lundi, "
            "a indiqué sa porte-parole.</p>" * 4)
    page = ("<html><head><title>Autobus</title></head><body><article><h1>Des circuits d’autobus scolaires annulés "
            "à Laval</h1>" + text + "<p><em>- Avec la collaboration de Samuel Poitras</em></p></article></body></html>")
    record = _extract(page)
    assert ("contributor", "Samuel Poitras") in [(a["role"], a["name"]) for a in record["attributions"]]
    assert record["body"].rstrip().endswith("Avec la collaboration de Samuel Poitras")
    assert credited("Avec la collaboration de la mairie, le club a rénové ses vestiaires.") == []


def test_a_german_or_french_print_issue_note_closes_no_text() -> None:
    """"Dieser Artikel erschien in der profil-Ausgabe 11/2026 vom 12. März 2026." and "Cet article est paru dans le
    numéro 1123 du magazine." after the text are print notes, as "This article appears in the April 2026 issue of …";
    a note that the text appeared first elsewhere ("erschien zuerst im Magazin …", its source) and a sentence
    speaking of an issue stay."""
    from newsarchive.extraction.hints import TAGLINE

    assert TAGLINE.search("Dieser Artikel erschien in der profil-Ausgabe 11/2026 vom 12. März 2026.")
    assert TAGLINE.search("Der Text ist in der Ausgabe 3/2026 erschienen.")
    assert TAGLINE.search("Cet article est paru dans le numéro 1123 du magazine.")
    assert not TAGLINE.search("Dieser Beitrag erschien zuerst im Magazin „natur“, Ausgabe 3/2026.")
    assert not TAGLINE.search("Der Artikel ist eine Ausgabe wert, sagt der Verleger.")


def test_illustration_de_name_credits_the_artist() -> None:
    """"Illustration de NAME" under a pure-player's picture (held-out kind): the artist is the credit, as in
    "Illustration by NAME"; a caption speaking of "une illustration de la crise" credits nobody."""
    from newsarchive.extraction.credits import clean_credit, split_caption

    assert clean_credit("Illustration de Théo Marchal") == "Théo Marchal"
    assert clean_credit("Dessin d’Anne Roux") == "Anne Roux"
    assert split_caption("Une illustration de la crise du logement à Paris.") == (
        "Une illustration de la crise du logement à Paris.", None)


def test_initials_beside_an_agency_in_the_closing_bracket() -> None:
    """"… wieder normal rollen. (lme/sda)" (held-out kind): the writer's initials beside the agency's code, in lower
    case as Swiss papers print it, make the agency a contributor, as "(dg/kh mit dpa)"; initials alone name none."""
    from newsarchive.extraction.attributions import _closing_agencies

    def roles(text: str) -> list[tuple[str, str]]:
        return [(entry["role"], entry["name"]) for entry in _closing_agencies(text)]

    assert roles("Ab dem 21. Juli soll der Verkehr wieder normal rollen. (lme/sda)") == [("contributor", "sda")]
    assert roles("Ab dem 21. Juli soll der Verkehr wieder normal rollen. (APA/red)") == [("contributor", "APA")]
    assert roles("Ab dem 21. Juli soll der Verkehr wieder normal rollen. (dpa)") == [("source", "dpa")]
    assert roles("Ab dem 21. Juli soll der Verkehr wieder normal rollen. (mk/jr)") == []
    assert roles("Ab dem 21. Juli soll der Verkehr wieder normal rollen. (ap/jr)") == []


_FR_TEXT = ("<p>Les trois lignes concernées desservent notamment Uccle, Anderlecht et Evere, et transportaient "
            "ensemble environ 1 800 voyageurs par week-end.</p>" * 4)


def test_une_redaction_de_leads_a_byline_in() -> None:
    """"Une rédaction de <a>NAME</a> avec Belga" under a Belgian headline (held-out kind), as "Ein Beitrag von": the
    linked name is the writer; "Une analyse de Bercy …" opening a sentence of the text names nobody."""
    page = ('<html><head><title>STIB</title></head><body><article><div class="header"><h1>La STIB supprime trois '
            'lignes de bus de nuit</h1><div class="meta"><div class="byline">Une rédaction de <a href="/auteurs/'
            'sophie-delvaux/">Sophie Delvaux</a> avec Belga</div></div></div><div class="body">' + _FR_TEXT
            + "</div></article></body></html>")
    assert _extract(page)["authors"] == ["Sophie Delvaux"]
    plain = ('<html><head><title>Budget</title></head><body><article><h1>Le budget des collectivités</h1><div '
             'class="body"><p>Une analyse de Bercy montre que les communes rurales ont perdu des recettes depuis '
             'dix ans.</p>' + _FR_TEXT + "</div></article></body></html>")
    assert _extract(plain)["authors"] == []


def test_a_lead_box_after_the_picture_repeating_the_description_is_no_text() -> None:
    """"<article><div class='StoryHeader'><h1>…</h1>…</div><figure>…</figure><div class='ap-StoryLead'><p>LEAD</p>
    </div><div class='ap-StoryBody'><p>…" (held-out kind): the lead, alone in its box named so and repeating the
    declared description, is the description; without a description, such a box opens the text."""
    lead = ("La STIB suspend dès avril trois de ses lignes Noctis. La société de transport peine à recruter des "
            "chauffeurs pour les services de nuit.")
    page = ('<html><head><title>STIB</title>{head}</head><body><article class="ap-Story"><div class="ap-StoryHeader">'
            '<h1>La STIB supprime trois lignes de bus de nuit</h1><div class="ap-Byline">Par Sophie Delvaux</div>'
            '</div><figure><img src="https://img.news.example/bus.jpg" alt=""><figcaption>Un bus Noctis.</figcaption>'
            '</figure><div class="ap-StoryLead"><p>' + lead + '</p></div><div class="ap-StoryBody">' + _FR_TEXT
            + "</div></article></body></html>")
    described = _extract(page.format(head=f'<meta name="description" content="{lead}">'))["body"]
    assert described.startswith("Les trois lignes concernées")
    assert _extract(page.format(head=""))["body"].startswith("La STIB suspend dès avril")


def test_a_story_filed_under_a_topic_path_is_a_teaser() -> None:
    """"<p><strong>Lire aussi :</strong> <a href='/sujet/1735210000-livreurs-accidents-du-travail-plateformes'>…"
    (held-out kind): a path under a topic word ("sujet") ending in a story's id and slug of five words or more is a
    story; a topic's page ("/sujet/ukraine", "/tag/sorveglianza-e-ricognizione-isr-173264.html") is none."""
    from newsarchive.extraction.body import _no_story

    assert not _no_story("/sujet/1735210000-livreurs-accidents-du-travail-plateformes", "Accidents du travail")
    assert _no_story("/sujet/ukraine", "Ukraine")
    assert _no_story("/tag/sorveglianza-e-ricognizione-isr-173264.html", "Sorveglianza e ricognizione (ISR)")
