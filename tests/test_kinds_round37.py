"""Focused tests of the thirty-seventh round's rules (see "Thirty-seventh held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction.credits import clean_credit


def test_outlet_file_photo_note_after_name():
    assert clean_credit("Valley Gazette file photo") == "Valley Gazette"
    assert clean_credit("Reuters/File") == "Reuters"


def test_rights_reserved_after_dash_names_nobody():
    assert clean_credit("Photo : Arnaud Sciboz - DR") == "Arnaud Sciboz"
    assert clean_credit("Foto: Anne Berg / DR") == "Anne Berg / DR"  # DR, the Danish broadcaster


_TEXT = "<p>" + "This is the text of the story, a long paragraph that the extractor reads as the body. " * 3 + "</p>"


def _authors(byline: str) -> list[str]:
    from newsarchive.extraction import extract_article

    page = (f"<html><head><title>A headline here</title></head><body><article><h1>A headline here</h1>{byline}"
            f"{_TEXT * 3}</article><aside><div class='teaser'><a href='/x'>Other story</a>"
            "<span class='byline'>By Jesse Marr</span></div></aside></body></html>")
    return extract_article(page, "https://news.example/a/b")["authors"]


def test_french_texte_label():
    assert _authors('<div class="meta">Texte : <b>Mathilde Rochat</b></div>') == ["Mathilde Rochat"]


def test_byline_in_a_font_element():
    assert _authors('<div class="meta"><font color="#666">Text: <b>Mathilde Rochat</b></font></div>') == ["Mathilde Rochat"]


def test_bootstrap_inline_list_holds_the_header_date():
    from newsarchive.extraction import extract_article

    page = ("<html><head><title>A headline here</title></head><body><div class='asset-header'><h1>A headline here</h1>"
            "<ul class='list-inline'><li><time datetime='2026-03-10T16:45:00-06:00'>Mar 10, 2026</time></li></ul>"
            f"</div><div class='body'>{_TEXT * 3}</div><div class='card'><a href='/x'>Other</a>"
            "<time>Mar 9, 2026</time></div></body></html>")
    assert extract_article(page, "https://news.example/a/b")["published"][:10] == "2026-03-10"


def test_writer_line_after_the_photographers():
    byline = '<div class="credit-line"><p>Photographs by <a href="/staff/d">Dana Whitfield</a><br>Text by <a href="/staff/m">Marcus Ole</a></p></div>'
    assert _authors(byline) == ["Marcus Ole"]


def test_map_maker_before_its_data_source():
    from newsarchive.extraction.credits import split_caption

    assert split_caption("The range in 2000 and 2025. Map: Sophie Lang; Source: Vincent Wildlife Trust") == (
        "The range in 2000 and 2025.", "Map: Sophie Lang")
    assert split_caption("A photo. Photo: Ann Lee; Source: Reuters")[1] == "Source: Reuters"


def test_japanese_photo_and_text_label_with_a_space():
    from newsarchive.extraction.authors import split_byline

    assert split_byline("写真・文　奥村健")[0] == ["奥村健"]


def test_image_courtesy_closing_a_caption():
    from newsarchive.extraction.credits import split_caption

    caption, credit = split_caption("Ines Araújo at the University of Lisbon's observatory. Image courtesy of Ines Araújo")
    assert (caption, clean_credit(credit)) == ("Ines Araújo at the University of Lisbon's observatory.",
                                               "Courtesy of Ines Araújo")


def test_second_name_alone_is_the_bracketed_photographer():
    from newsarchive.extraction.authors import byline_photographers, split_byline

    byline = "Von Sabine Hollerbach und Jörg Wendt (Fotos)"
    assert split_byline(byline)[0] == ["Sabine Hollerbach"]
    assert byline_photographers(byline) == ["Jörg Wendt"]


def test_lead_in_after_the_date_before_a_bold_name():
    byline = '<div class="info">16.02.2026, 17:42 Uhr &middot; Von <b>Sabine Hollerbach</b></div>'
    assert _authors(byline) == ["Sabine Hollerbach"]
