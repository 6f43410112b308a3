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
