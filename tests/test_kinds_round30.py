"""One small page or string per kind of layout the thirtieth held-out round (``fixtures/unseen30``) revealed; each
fails without its rule (see "Thirtieth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.credits import split_caption

DE_PARAS = "".join(f"<p>Der Landtag hat am Mittwoch in seiner {n}. Sitzung über das neue Gesetz beraten, das die "
                   "Gemeinden im ganzen Land betrifft und lange umstritten war.</p>" for n in range(1, 6))


def _page(inner: str) -> bytes:
    return (f"<html><head><title>Landtag beschließt Gesetz</title></head><body><article><h1>Landtag beschließt "
            f"Gesetz</h1>{inner}{DE_PARAS}</article></body></html>").encode()


def test_an_agency_after_a_spaced_slash_closes_a_caption() -> None:
    """"Boris Pistorius im Bundestag / dpa": a caption printed without a full stop, the agency after a spaced slash."""
    assert split_caption("Boris Pistorius im Bundestag / dpa") == ("Boris Pistorius im Bundestag", "dpa")
    assert split_caption("Michael Kappeler / dpa")[0] != "Michael Kappeler"  # a credit alone is no caption


def test_an_outlet_in_capitals_and_a_photographer_close_a_caption() -> None:
    """"… à Montpellier. MIDI LIBRE - Sylvie Cambon": French regional dailies' credit after the last sentence."""
    assert split_caption("Le chantier du pont de la Mosson, à Montpellier. MIDI LIBRE - Sylvie Cambon") == (
        "Le chantier du pont de la Mosson, à Montpellier.", "MIDI LIBRE - Sylvie Cambon")


def test_the_line_after_the_picture_in_its_box_is_its_caption() -> None:
    """``<div class="article-image"><img><div class="image-text">Caption. <span>Bild: NAME</span></div></div>``: a
    box not named a caption, its line closing on a labelled credit."""
    rec = extract_article(_page('<div class="article-image"><img src="https://i.example/landtag.jpg" alt="">'
                                '<div class="image-text">Der Landtag tagte am Mittwoch im Chiemseehof. '
                                '<span>Bild: SN/APA/Barbara Gindl</span></div></div>'), "https://sn.example/a/landtag-1")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [
        ("Der Landtag tagte am Mittwoch im Chiemseehof.", "SN/APA/Barbara Gindl")]


def test_rights_reserved_names_no_holder() -> None:
    """"Photo DR" (droits réservés) credits nobody."""
    from newsarchive.extraction.credits import clean_credit
    assert clean_credit("Photo DR") is None and clean_credit("D.R.") is None and clean_credit("Photo AFP") == "AFP"


def test_writers_set_one_to_an_element_complete_the_first_declared() -> None:
    """Two writers each in an element of one class ("<span class="author__name">"), only the first declared: both
    write the story, though no "and" joins them."""
    head = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            '"headline":"Landtag beschließt Gesetz","author":[{"@type":"Person","name":"Dario Pollice"}]}</script>')
    byline = ('<div class="article-authors"><span class="author__name"><a href="/autor/dp">Dario Pollice</a></span> '
              '<span class="author__name"><a href="/autor/nl">Noemi Lea Landolt</a></span>'
              '<div class="date">11.03.2026, 17.30 Uhr</div></div>')
    page = _page(byline).replace(b"</title>", b"</title>" + head.encode())
    assert extract_article(page, "https://az.example/a/landtag-1")["authors"] == ["Dario Pollice", "Noemi Lea Landolt"]
    # a name and a link of other kinds beside it ("Social Links", a section) complete nothing
    other = byline.replace('class="author__name"><a href="/autor/nl"', 'class="social"><a href="/autor/nl"')
    page = _page(other).replace(b"</title>", b"</title>" + head.encode())
    assert extract_article(page, "https://az.example/a/landtag-1")["authors"] == ["Dario Pollice"]
    # nor does a photographer's name set like the writers' ("<span>Photographs by </span><span class=…>")
    photo = byline.replace('<span class="author__name"><a href="/autor/nl">', '<span>Fotos von </span>'
                           '<span class="author__name"><a href="/autor/nl">')
    page = _page(photo).replace(b"</title>", b"</title>" + head.encode())
    assert extract_article(page, "https://az.example/a/landtag-1")["authors"] == ["Dario Pollice"]


def test_a_dashed_meta_line_opened_by_a_linked_name_names_the_writer() -> None:
    """"NAME — Édité par NAME — 11 mars 2026 à 17h30" under the headline, no byline class, nothing declared: the
    linked name opening the line is the writer, the editor a contributor."""
    line = ('<p class="article-infos__text"><a href="/source/mathilde-cousin">Mathilde Cousin</a> — Édité par '
            '<a href="/source/emile-vaizand">Émile Vaizand</a> — 11 mars 2026 à 17h30</p>')
    rec = extract_article(_page(line), "https://slate.example/story/271234/semaine")
    assert rec["authors"] == ["Mathilde Cousin"]
    unlinked = line.replace('<a href="/source/mathilde-cousin">Mathilde Cousin</a>', "Mathilde Cousin")
    assert extract_article(_page(unlinked), "https://slate.example/story/271234/semaine")["authors"] == []


def test_a_members_newsrooms_desk_line_after_the_text() -> None:
    """"Redaktion: NAME; Schlussredaktion: NAME; Fotoredaktion: NAME" in a paragraph after the text's box: each desk
    credits a contributor ("Schluss" and "Foto" are no names)."""
    page = _page("").replace(b"</article>", "<p class=\"article-credits\">Redaktion: Theresa Bäuerlein; "
                             "Schlussredaktion: Susan Mücke; Fotoredaktion: Philipp Sipos.</p></article>".encode())
    rec = extract_article(page, "https://k.example/4821-landtag")
    assert sorted(a["name"] for a in rec["attributions"] if a["role"] == "contributor") == [
        "Philipp Sipos", "Susan Mücke", "Theresa Bäuerlein"]


def test_a_lead_beside_the_headline_in_a_flat_header_is_no_body() -> None:
    """``<article><h1>…</h1><p class="headline__lead">…</p><div>NAME</div><div>11.03.2026, 17.30 Uhr</div><figure>…
    </figure><div class="article-body"><p>…``: a lead named so beside the headline, the byline and date between it and
    the text's own box, is a deck even where the declared description words it otherwise."""
    lead = ("Der Neubau des Kantonsspitals wird teurer als geplant. Die Spitalleitung nennt die Bauteuerung als Grund "
            "und hält am Zeitplan fest.")
    html = ('<html><head><title>Neubau kostet mehr</title><meta name="description" content="Das Spital wird 62 '
            'Millionen Franken teurer, teilte die Leitung mit."></head><body><article><h1>Neubau kostet mehr</h1>'
            f'<p class="headline__lead">{lead}</p><div class="article-authors"><span>Dario Pollice</span></div>'
            '<div class="meta-date">11.03.2026, 17.30 Uhr</div><div class="article-body">'
            f'{DE_PARAS}</div></article></body></html>')
    body = extract_article(html.encode(), "https://az.example/a/spital-ld.1")["body"]
    assert body.startswith("Der Landtag hat am Mittwoch in seiner 1."), body[:80]


def test_avec_les_informations_de_names_a_contributor() -> None:
    """"Avec les informations de La Presse canadienne" closing the text, as "With files from The Canadian Press"."""
    from newsarchive.extraction.attributions import credited
    assert credited("Avec les informations de La Presse canadienne") == [("credit", "La Presse canadienne")]
    assert credited("Avec les informations de l'AFP") == [("credit", "AFP")]


def test_a_role_between_two_names_of_a_meta_line() -> None:
    """"<a>NAME</a> — Édité par <a>NAME</a> — DATE": the editor after the dash is a contributor; a sentence's
    ", written by <a>NAME</a>" is no credit line."""
    line = ('<p class="article-infos__text"><a href="/source/mathilde-cousin">Mathilde Cousin</a> — Édité par '
            '<a href="/source/emile-vaizand">Émile Vaizand</a> — 11 mars 2026 à 17h30</p>')
    rec = extract_article(_page(line), "https://slate.example/story/271234/semaine")
    assert ("contributor", "Émile Vaizand") in [(a["role"], a["name"]) for a in rec["attributions"]]
    sentence = ('<p>Der Roman <i>Das neue Gesetz</i>, written by <a href="/wiki/Vinoy">Vinoy Thomas</a>, wurde im '
                'Landtag vorgelesen und lange diskutiert, bevor die Gemeinden zustimmten.</p>')
    rec = extract_article(_page(sentence), "https://slate.example/story/271234/semaine")
    assert all(a["role"] != "contributor" for a in rec["attributions"])


def test_a_teaser_named_box_beside_the_headline_linking_nowhere_holds_the_lead_picture() -> None:
    """``<h1>…</h1><div class="teaser-image"><img><div class="image-caption">… / dpa</div></div>``: a CMS's teaser
    field for the lead picture, no link in it, is no teaser of another story."""
    box = ('<div class="teaser-image"><img src="https://i.example/pistorius.jpg" alt="">'
           '<div class="image-caption">Boris Pistorius im Bundestag / dpa</div></div>')
    rec = extract_article(_page(box), "https://cicero.example/innenpolitik/wehrdienst")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [("Boris Pistorius im Bundestag", "dpa")]
    linked = box.replace('<img src="https://i.example/pistorius.jpg" alt="">',
                         '<a href="/other-story"><img src="https://i.example/pistorius.jpg" alt=""></a>')
    assert extract_article(_page(linked), "https://cicero.example/innenpolitik/wehrdienst")["images"] == []
