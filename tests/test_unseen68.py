"""A sixty-eighth held-out round of pages imitating publishing systems (issue 9): magazines and news sites in English,
German, French, Japanese and Chinese whose byline is printed in ways earlier sets rarely show (blind authors are the
weakest field): a byline inside the date line ("NAME · 12 March 2026 · 4 min read"), "Text: NAME · Fotos: NAME" under
a deck, "Autorin: NAME" and "Texte : NAME / Illustrations : NAME" closing the text, "（文・NAME）" closing a Chinese
magazine's text, a handle ("@NAME") beside the display name and an avatar's alt text, a columnist's name in the kicker
over the headline, writer and translator, names with particles ("van der Berg", "de la Cruz") and hyphens
("Hanna-Lena", "Hans-Peter"), names in capitals after a role in lower case, the outlet after the writer ("NAME,
Deutsche Welle"), group bylines ("文＝…編集部", "The Courier Editorial Board") that name no person.
The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the single
held-out score), BEFORE any rule of the round.

Each page in ``fixtures/unseen68`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains; none of the systems was imitated in an earlier set (grepped):

- dezeen: a design magazine on WordPress (Dezeen-like: nothing declared about the writer, "NAME · 12 March 2026 · 4 min
  read · Leave a comment" as the date line, "Photo by NAME" closing captions, "Photography is by NAME." and a
  "Project credits" box after the text, "Related stories", "Most popular");
- brandeins: a German business magazine (brand-eins-like: "Text: NAME · Fotos: NAME" under the deck, a hyphenated
  first name, "Erschienen in Ausgabe 03/2026", a lead paragraph with a class of its own, captions without credit,
  "Mehr aus dieser Ausgabe");
- geo: a German nature magazine's site (GEO-like: nothing declared about the writer, "Autorin: NAME van der NAME"
  closing the text, "© NAME" in the caption's credit span, an "Auch interessant" link inside the text, "Mehr zum
  Thema", "Meistgelesen");
- usbek: a French futures magazine (Usbek-&-Rica-like: "Texte : NAME de la NAME<br>Illustrations : NAME" closing the
  text, "© NAME pour MAGAZINE" closing captions, a "Lire aussi" box, "Sur le même sujet", "Les plus lus");
- slatefr: a French online magazine's column (Slate.fr-like: the columnist's name and avatar (title) in the kicker
  over the headline, "Chronique « … »", no other byline, an author box after the text, "À lire aussi" inside it,
  "Sur le même sujet");
- note_jp: a Japanese blogging platform (note-like: the display name beside an "@handle" link and an avatar whose alt
  is the name, a creator profile after the text, "NAMEさんの他の記事", "おすすめの記事", comments);
- cn_weekly: a Chinese lifestyle weekly's site (Sanlian-Lifeweek-like: "来源：" the magazine itself, "导语：" deck,
  centred pictures with "（摄影：NAME）" caption lines, "（文・NAME）" closing the text, "责任编辑：NAME", "相关阅读",
  "热门文章");
- sixthtone: an English-language site on China (Sixth-Tone-like, Next.js: the writer in an author item with an empty
  avatar alt, "Translator: NAME; editor: NAME." after the text, a cover's caption closing on the agency, "Courtesy of
  NAME", "Related", "Trending");
- monocle (held out): a global affairs magazine (Monocle-like: "writer NAME IN CAPITALS  photographer NAME-NAME IN
  CAPITALS", captions without credit, "More from Issue 192", "Related articles");
- de_portal (held out): a German regional portal carrying a partner's piece ("Von NAME, Deutsche Welle", "Bild:
  NAME/DW", a partner's note closing the text, "Mehr zum Thema" inside the text, "Weitere Artikel aus …");
- jp_lifemag (held out): a Japanese design and travel magazine on WordPress (Casa-BRUTUS-like: the magazine's
  editorial department declared as the author, "文＝…編集部　写真＝NAME" closing the text after a facts box,
  "関連記事", "ランキング");
- editorial (held out): a US regional paper's editorial on Arc (an Arc-paper neighbour: "By The Courier Editorial
  Board" printed and declared, "(NAME / The Lakeshore Courier)" credit, "Related:" inside the text, the board's
  note after it, "Most Read", "More Opinion").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a byline
printed after the text ("Autorin: NAME", "Texte : NAME", "（文・NAME）") is the writer and closes no text; a role in
lower case before a name in capitals names the role, and the name is compared without case; the outlet after the
writer's name ("NAME, Deutsche Welle") is no part of it and names the source; a group byline ("文＝…編集部", "The
Courier Editorial Board") names no writer (authors empty, no author attribution); a translator is a contributor, an
editor ("editor: NAME", "责任编辑：NAME") no one; the magazine's own "来源：" names no source; "Fotos: NAME" in the
byline credits the photographer but gives no caption a credit; a facts box ("ホテル氷室" and its address), a "Project
credits" box, "Photography is by NAME.", the partner's note and the editorial board's note close no text; "More
from Issue …", "Mehr aus dieser Ausgabe", "Weitere Artikel aus …", "More Opinion" are feeds, not related; "Mehr zum
Thema", "Sur le même sujet", "相关阅读", "関連記事", "Related", "Related articles", "Related:" inside the text and
"NAMEさんの他の記事" (the writer's other posts, as a writer's "More from NAME"; first written otherwise, see below)
are related.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): dezeen, brandeins, geo, usbek, slatefr, note_jp, cn_weekly, sixthtone;
- held out (scored once, blind, before any rule of the round): monocle, de_portal, jp_lifemag, editorial (a
  magazine's capitals byline, a partner's byline with its outlet, and two group bylines).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.667 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=0.417 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.833 date=1.000 body_start=1.000 body_end=0.875
  related=0.875 attributions=0.829 images=0.938;
- dev, after the dev rules (see "Sixty-eighth held-out round" in docs/extraction-design.md: "文・" as a "text by"
  label; "Translator:" crediting a contributor; China's picture agency closing an English caption; an illustrator's
  label naming no writer; a separator's element between a byline's roles; a project's credits box closing no text):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.975 attributions=1.000
  images=1.000 (note_jp's six-character teaser failing). One dev expectation was changed after the run, to follow a
  convention written in an earlier round that the first expectation contradicted: note_jp's "NAMEさんの他の記事" (the
  writer's other posts) is a teaser label, as a writer's "More from NAME" stays one (``body._names_site``), so its
  three links are related (they were first written as none);
- held out, after the dev rules: unchanged (headline=1.000 authors=0.667 date=1.000 body_start=1.000 body_end=0.750
  related=1.000 attributions=0.417 images=1.000): monocle's capitals byline, de_portal's "NAME, Deutsche Welle" and
  partner's note, jp_lifemag's photographer beside the desk's byline failed;
- held out, after two held-out kinds fixed by rule (a partner's note closes no text; a desk's byline still credits
  its photographer): headline=1.000 authors=0.667 date=1.000 body_start=1.000 body_end=1.000 related=1.000
  attributions=0.667 images=1.000 (no held-out expectation was changed after a run); monocle's and de_portal's
  bylines are known failures.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=0.889
date=1.000 body_start=1.000 body_end=1.000 related=0.983 attributions=0.889 images=1.000 (the same known failures).

``tests/unseen_score.py unseen68`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen68"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # "開店資金の話" (six wide characters) among the writer's other posts: shorter than ``body.CJK_TEASER_MIN`` (eight),
    # the length a Chinese or Japanese teaser's title must reach to be told from a navigation label
    ("note_jp", "related"),
    # "writer MARA QUINTERO  photographer NAME" in a ``p.article__credits`` under the standfirst: no element of the
    # byline's kinds (a class naming a byline or an author, a "By" lead-in) holds it, so no writer is read; reading
    # "credits" boxes as bylines was not tried in the round
    ("monocle", "authors"),
    ("monocle", "attributions"),
    # "Von NAME, Deutsche Welle": the partner broadcaster after the writer reads as a second writer ("Welle" is no
    # outlet's word of ``authors._OUTLET_WORDS``, and a partner named only there is not known as an outlet); not tried
    ("de_portal", "authors"),
    ("de_portal", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_TEXT = ("<p>The county opened a second shelter on Thursday as the river kept rising, and officials asked residents "
         "of the lowest streets to leave before dark.</p>"
         + "".join(f"<p>Crews worked through the night on the levee, part {i}, and said the water would crest late "
                   "on Thursday, about a foot below the top of the wall.</p>" for i in range(5)))


def test_a_text_by_label_set_off_by_a_middle_dot() -> None:
    """"（文・NAME）" closing a Chinese magazine's text: "文・" is the "text by" label, as "文／" and "文＝" are, and the
    name alone is the writer; "文・写真／NAME" keeps its own label (text and pictures), and "文・構成＝NAME" is left as
    it was (no writer's label read)."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("（文・周以宁）")[0] == ["周以宁"]
    assert split_byline("文・周以宁")[0] == ["周以宁"]
    assert split_byline("文・写真／山田太郎")[0] == ["山田太郎"]
    assert split_byline("文・構成＝田中")[0] == ["文・構成＝田中"]


def test_a_translators_label_with_a_colon_credits_a_contributor() -> None:
    """"Translator: NAME; editor: NAME." after an English-language text on China: the translator is a contributor,
    as "Translated by NAME" is; the editor's "editor:" credits nobody, and a text without the line credits no
    contributor."""
    def contributors(closing: str) -> list[str]:
        page = ("<html><head><title>Doctors</title></head><body><article><h1>The village doctors who stayed</h1>"
                f"<div class='body'>{_TEXT}</div><div class='credits'>{closing}</div></article></body></html>")
        return [a["name"] for a in _extract(page)["attributions"] if a["role"] == "contributor"]

    assert contributors("<p>Translator: Lena Ashcombe; editor: Kit Oduya.</p>") == ["Lena Ashcombe"]
    assert contributors("<p>Share this story with a friend.</p>") == []


def test_chinas_picture_agency_closing_an_english_caption() -> None:
    """"…, Feb. 20, 2026. VCG" (an English-language site's caption closing on China's picture agency after its last
    full stop): the agency is the credit, as "… 2026. Reuters" is; a caption closing on a word that names no agency
    keeps it."""
    def credit(caption: str) -> str | None:
        page = ("<html><head><title>Doctors</title></head><body><article><h1>The village doctors who stayed</h1>"
                f"<figure><img src='/a.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
                f"<div class='body'>{_TEXT}</div></article></body></html>")
        return _extract(page)["images"][0]["credit"]

    assert credit("A village doctor checks a neighbor's blood pressure, Feb. 20, 2026. VCG") == "VCG"
    assert credit("A village doctor checks a neighbor's blood pressure, Feb. 20, 2026. Outside") is None


def test_an_illustrators_line_names_no_writer() -> None:
    """"Texte : NAME<br>Illustrations : NAME" closing a French magazine's text: the illustrator's label names
    another role, as "Photos :" does, so the illustrator is no writer; a byline of two writers keeps both."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("Texte : Camille de la Cruz\nIllustrations : Théo Marchal")[0] == ["Camille de la Cruz"]
    assert split_byline("Ann Lee, Illustrator")[0] == ["Ann Lee"]
    assert split_byline("Texte : Camille de la Cruz\nAnn Lee")[0] == ["Camille de la Cruz", "Ann Lee"]


def test_a_separators_element_between_a_bylines_roles() -> None:
    """"<span>Text: NAME</span><span>·</span><span>Fotos: NAME</span>" under a German magazine's deck: the dot's own
    element stands between the roles, and the photographer after it is credited; a sentence after the writer's line
    credits nobody."""
    def photos(after: str) -> list[str]:
        page = ("<html><head><title>Werkstatt</title></head><body><article><h1>Die Werkstatt, die keiner schließen "
                "wollte</h1><p class='credits'><span class='credit'>Text: Hanna-Lena Ostertag</span>" + after
                + f"</p><div class='body'>{_TEXT}</div></article></body></html>")
        return [a["name"] for a in _extract(page)["attributions"] if a["role"] == "photo"]

    assert photos("<span class='sep'>·</span><span class='credit'>Fotos: Jonas Brecht</span>") == ["Jonas Brecht"]
    assert photos("<span class='sep'>·</span><span class='note'>Erschienen in Ausgabe 03/2026</span>") == []


def test_a_projects_credits_box_closes_no_text() -> None:
    """"<p><strong>Project credits:</strong></p><p>Architect: STUDIO<br>Client: NAME<br>Structural engineer: NAME</p>"
    in a box of its own after a design magazine's text: the label line ending on a colon opens the box as a heading
    does, and its lines of a role's label and names close no text; the same lines as sentences stay."""
    def body(lines: str) -> str:
        page = ("<html><head><title>Pavilion</title></head><body><article><h1>Quarry pavilion</h1><div "
                f"class='body'>{_TEXT}<div class='project-info'><p><strong>Project credits:</strong></p><p>{lines}"
                "</p></div></div></article></body></html>")
        return _extract(page)["body"]

    assert body("Architect: Studio Perrault Vane<br>Client: Harlow Rim Trust<br>Structural engineer: Keld &amp; Ure") \
        .endswith("top of the wall.")
    assert body("Architect: the studio built it in eleven weeks.<br>Client: the trust paid for it.").endswith(
        "the trust paid for it.")


def test_a_partners_note_closes_no_text() -> None:
    """"Dieser Beitrag erscheint im Rahmen einer Kooperation mit der Deutschen Welle." after a portal's text
    (held-out kind): the note on the partner's piece closes no text, as a print note does; "Dieser Beitrag erscheint
    auch im Heft" without a partner stays."""
    def body(closing: str) -> str:
        page = ("<html><head><title>Milch</title></head><body><article><h1>Warum die Milchbauern aufgeben</h1>"
                f"<div class='body'>{_TEXT}<p><em>{closing}</em></p></div></article></body></html>")
        return _extract(page)["body"]

    assert body("Dieser Beitrag erscheint im Rahmen einer Kooperation mit der Deutschen Welle.").endswith(
        "top of the wall.")
    assert body("Dieser Beitrag erscheint auch in der gedruckten Zeitung am Samstag.").endswith("am Samstag.")


def test_a_desks_byline_still_credits_its_photographer() -> None:
    """"文＝MAGAZINE編集部　写真＝NAME" closing a Japanese magazine's text (held-out kind), the editorial department
    declared as the author: the byline names no writer, and its photographer is credited all the same; with a writer
    named the writer is the author, as before."""
    def record(credit: str) -> dict:
        page = ("<html><head><title>ホテル</title><script type='application/ld+json'>{\"@type\":\"Article\","
                "\"headline\":\"瀬戸内の小さな島に、製氷所を改装したホテルが誕生。\",\"author\":{\"@type\":"
                "\"Organization\",\"name\":\"カーサ・ヴィータ編集部\"}}</script></head><body><article><h1>瀬戸内の小さな"
                "島に、製氷所を改装したホテルが誕生。</h1><div class='body'>" + _TEXT
                + f"<p class='credit'>{credit}</p></div></article></body></html>")
        return _extract(page)

    rec = record("文＝カーサ・ヴィータ編集部　写真＝佐伯亮")
    assert rec["authors"] == [] and [a["name"] for a in rec["attributions"] if a["role"] == "photo"] == ["佐伯亮"]
    assert record("文＝山田太郎　写真＝佐伯亮")["authors"] == ["山田太郎"]
