"""One small page or string per kind of layout the thirty-fifth held-out round (``fixtures/unseen35``) revealed; each
fails without its rule (see "Thirty-fifth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.authors import split_byline
from newsarchive.extraction.credits import clean_credit

PARAS = "".join(f"<p>Der Rat hat am Dienstag zum {n}. Mal in diesem Jahr über den Plan beraten, gegen den sich die "
                "Anwohner seit Monaten wehren und über den nun im April abgestimmt werden soll.</p>" for n in range(1, 6))


def _page(header: str, text: str = "", after: str = "") -> bytes:
    return (f"<html><head><title>Rat vertagt Abstimmung</title></head><body><main><article><div class='head'>"
            f"<h1>Rat vertagt Abstimmung</h1>{header}</div><div class='text'>{text}{PARAS}</div></article>{after}"
            f"</main></body></html>").encode()


def test_a_guest_post_line_names_the_writer_and_opens_no_body() -> None:
    """"Ein Gastbeitrag von NAME." over a blog's text, posted under a shared "Gastautor" account."""
    rec = extract_article(_page('<div class="entry-meta">Veröffentlicht am 11. März 2026 von Gastautor</div>',
                                "<p><em>Ein Gastbeitrag von Martin Koslowski.</em></p>"),
                          "https://blog.example/rat-vertagt/241877/")
    assert rec["authors"] == ["Martin Koslowski"]
    assert rec["body"].startswith("Der Rat hat am Dienstag zum 1. Mal")


def test_a_licence_after_the_credit_names_nobody() -> None:
    """"Foto: NAME Lizenz: CC BY-SA 4.0": the credit is the name."""
    assert clean_credit("Foto: Jörg Mehlhorn Lizenz: CC BY-SA 4.0") == "Jörg Mehlhorn"
    assert clean_credit("Foto: president.gov.ua , via Wikimedia Commons | Lizenz: CC BY 4.0") \
        == "president.gov.ua , via Wikimedia Commons"


def test_a_curator_names_the_writer_and_the_sources_writer_does_not() -> None:
    """A curation site's "NAME empfiehlt" in a box named for the curator, and the recommended original's writer in
    its source box ("piq__source-author"), which is no writer of the page."""
    rec = extract_article(_page('<div class="piq__curator"><a href="/users/jonas-wiesner" class="piq__curator-name">'
                                'Jonas Wiesner</a> empfiehlt</div>',
                                after='<div class="piq__source"><a href="https://zeit.example/a"><div '
                                      'class="piq__source-title">Das zweite Leben der Kaufhäuser</div><div '
                                      'class="piq__source-author">Lena Niethammer</div></a></div>'),
                          "https://piqd.example/stadt/rat-vertagt")
    assert rec["authors"] == ["Jonas Wiesner"]


def test_a_second_linked_writer_before_a_bulleted_date() -> None:
    """"NAME, NAME • 11 mars 2026" (two linked writers, the date after a bullet): both write the article."""
    assert split_byline("Camille Thévenot\n, Aksel Nordahl • 11 mars 2026")[0] == ["Camille Thévenot", "Aksel Nordahl"]


def test_how_to_cite_and_notes_close_no_text() -> None:
    """"Pour citer cet article" (or "Zitiervorschlag") and the citation after it, and a "Notes" list before it."""
    rec = extract_article(_page("", after="<div class='notes-and-cite'></div>").replace(
        b"</div></article>", b"<h3>Notes</h3><ol><li>Bureau, <em>Policy</em>, 2018.</li><li>Survey, 2025.</li></ol>"
        b"<h4>Pour citer cet article</h4><p>Camille Th\xc3\xa9venot, \xc2\xab Rat vertagt Abstimmung \xc2\xbb, Le "
        b"Grand Continent, 11 mars 2026, https://gc.example/fr/a/</p></div></article>", 1),
        "https://gc.example/fr/a/")
    assert rec["body"].endswith("im April abgestimmt werden soll.")


def test_a_previous_episode_pointer_is_a_teaser() -> None:
    """"Précédemment dans « SERIES » : LINK." opening an episode's text: a teaser, no opening."""
    rec = extract_article(_page("", '<p class="precedemment"><em>Précédemment dans « L’empire Orsane » : <a '
                                    'href="/obsessions/orsane/ep3/">Les infirmières de nuit, variable d’ajustement</a>'
                                    '.</em></p>'), "https://jours.example/obsessions/orsane/ep4/")
    assert rec["body"].startswith("Der Rat hat am Dienstag zum 1. Mal")
    assert [r["url"] for r in rec["related_links"] if r["kind"] == "related"] == \
        ["https://jours.example/obsessions/orsane/ep3/"]


def test_a_caption_over_a_credit_named_so_opens_no_text() -> None:
    """SPIP's document: ``<img>``, then "<p class="titre">CAPTION</p><p class="credits">NAME / AFP</p>" in the text."""
    rec = extract_article(_page("", '<div class="spip_documents"><img src="/a.jpg" alt=""><div class="spip_doc_descriptif">'
                                    '<p class="titre">Portique de contrôle à l\'entrée de Milan, en janvier 2026.</p>'
                                    '<p class="credits">Piero Cruciatti / AFP</p></div></div>'),
                          "https://diplo.example/2026/03/A/1")
    assert rec["body"].startswith("Der Rat hat am Dienstag zum 1. Mal")


def _related(rec: dict) -> list[str]:
    return [r["url"] for r in rec["related_links"] if r["kind"] == "related"]


def test_newest_reviews_beside_the_text_are_no_teasers() -> None:
    """A review site's "Neue Rezensionen" box beside the text: the newest reviews, no teasers of the article."""
    cards = "".join(f'<div class="teaser-klein"><p class="klein">Rezensionsnotiz zu Die Zeit, 10.03.2026</p><h4><a '
                    f'href="/buch/autor-{n}/titel-{n}.html">Autorin {n}: Ein Roman über die Stadt</a></h4></div>'
                    for n in range(3))
    rec = extract_article(_page("", after=f'<div class="spalte-rechts"><div class="box"><h3>Neue Rezensionen</h3>'
                                          f'{cards}</div></div>'), "https://pt.example/essay/rat.html")
    assert _related(rec) == []


def test_a_teaser_label_closing_br_paragraphs_heads_the_list_after_it() -> None:
    """A blog post written as one element's ``<br>`` paragraphs, closing on "<b>Mehr zum Thema:</b>" over a list."""
    lines = "<br><br>".join(f"Der Rat hat am Dienstag zum {n}. Mal in diesem Jahr über den Plan beraten, gegen den "
                            "sich die Anwohner seit Monaten wehren." for n in range(1, 6))
    raw = (f"<html><head><title>Rat vertagt</title></head><body><div class='post'><h3 class='post-title'>Rat vertagt"
           f"</h3><div class='post-body'>{lines}<br><br><b>Mehr zum Thema:</b><br><ul><li><a href='/2025/11/rat-a.html'>"
           f"Rat entschuldigt sich künftig automatisch vor jeder Sitzung</a></li><li><a href='/2025/08/rat-b.html'>"
           f"Klimaanlage im Rathaus fällt aus: Stadt verkauft Sitzung als Saunagang</a></li></ul></div></div>"
           f"</body></html>")
    rec = extract_article(raw.encode(), "https://postillon.example/2026/03/rat.html")
    assert _related(rec) == ["https://postillon.example/2025/11/rat-a.html", "https://postillon.example/2025/08/rat-b.html"]
    assert not rec["body"].endswith("Mehr zum Thema:")


def test_initials_then_the_photo_credit_closing_the_text() -> None:
    """"ssi, dan; Foto: Shutterstock" closing a satire post: the picture's credit; the initials name nobody."""
    rec = extract_article(_page("", after="").replace(b"</div></article>", b"<p>ssi, dan; Foto: Shutterstock</p>"
                                                                         b"</div></article>", 1),
                          "https://postillon.example/2026/03/rat.html")
    assert ("photo", "Shutterstock") in {(a["role"], a["name"]) for a in rec["attributions"]}
    assert rec["authors"] == []


def test_a_screenshots_source_closes_a_caption() -> None:
    """"… dans le 20 Heures de France 2. Capture d'écran France 2": the screenshot's source is the credit."""
    from newsarchive.extraction.credits import split_caption
    caption, credit = split_caption("Le graphique diffusé lundi 9 mars dans le 20 Heures de France 2. Capture d'écran "
                                    "France 2")
    assert caption == "Le graphique diffusé lundi 9 mars dans le 20 Heures de France 2."
    assert clean_credit(credit) == "France 2"


def test_an_outlet_cited_in_the_french_pluperfect() -> None:
    """"<a>Libération avait relevé</a> un graphique …": the linked outlet is a source."""
    rec = extract_article(_page("", "<p>Ce n'est pas la première fois. En janvier 2023 déjà, <a "
                                    "href='https://www.liberation.example/checknews/2023/01/20/graphique/'>Libération "
                                    "avait relevé</a> un graphique comparable sur la même chaîne, diffusé au 20 Heures."
                                    "</p>"), "https://asi.example/articles/rat")
    assert ("source", "Libération") in {(a["role"], a["name"]) for a in rec["attributions"]}


def test_lire_aussi_with_a_cited_article_is_a_teaser() -> None:
    """"Lire aussi NAME, « TITLE », Le Monde diplomatique, février 2025." inside the text: a teaser, no text."""
    rec = extract_article(_page("", after="").replace(
        b"</div></article>", "<div class='lireaussi'><p>Lire aussi Antoine Vercourt, « <a href='/2025/02/VERCOURT/67740'>"
        "Zones à faibles émissions, zones à forte exclusion</a> », <i>Le Monde diplomatique</i>, février 2025.</p></div>"
        "<p>Der Rat will im April abstimmen, und die Anwohner kündigen schon jetzt neue Proteste vor dem Rathaus an.</p>"
        "</div></article>".encode(), 1), "https://diplo.example/2026/03/A/1")
    assert _related(rec) == ["https://diplo.example/2025/02/VERCOURT/67740"]
    assert "Lire aussi" not in rec["body"]


def test_ces_articles_peuvent_vous_interesser_labels_teasers() -> None:
    """"Ces articles peuvent vous intéresser" over cards after the article, as "Das könnte Sie auch interessieren"."""
    from newsarchive.extraction.hints import TEASER_TEXT
    assert TEASER_TEXT.match("Ces articles peuvent vous intéresser")
    assert TEASER_TEXT.match("Ces articles pourraient aussi vous intéresser")


def test_image_d_illustration_labels_a_credit() -> None:
    """"Image d'illustration : NAME / Unsplash" as a cover's legend: the credit, no caption."""
    assert clean_credit("Image d'illustration : Mehdi Saadi / Unsplash") == "Mehdi Saadi / Unsplash"


def test_a_first_appeared_note_names_the_source() -> None:
    """"Dieser Beitrag erschien zuerst im Magazin „natur“, Ausgabe 3/2026.", "This article originally appeared on
    The Atlantic.": the outlet that printed the story first is its source."""
    from newsarchive.extraction.attributions import credited
    assert credited("Dieser Beitrag erschien zuerst im Magazin „natur“, Ausgabe 3/2026.") == [("source", "natur")]
    assert credited("This article originally appeared on The Atlantic.") == [("source", "The Atlantic")]
    assert credited("Dieser Artikel erschien zuerst in der EMOTION 10/22.") == [("source", "EMOTION")]


def test_a_german_unterzeile_is_a_standfirst_undeclared() -> None:
    """A standfirst named "unterzeile" (German: the line under the headline) above the byline, on a page declaring no
    description: no opening of the text."""
    rec = extract_article(_page('<div class="unterzeile">Warum der Rat die Abstimmung über den Plan vertagt hat und was '
                                'die Anwohner nun vorhaben. Eine Chronik.</div><p class="smaller">Von Friederike '
                                'Hallstein<br>11.03.2026</p>'), "https://pt.example/essay/rat.html")
    assert rec["body"].startswith("Der Rat hat am Dienstag zum 1. Mal")
