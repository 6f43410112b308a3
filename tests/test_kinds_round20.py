"""Kinds of layout the twentieth held-out round (``fixtures/unseen20``) brought to light."""

from __future__ import annotations

from newsarchive.extraction.authors import reporters_in_text


def test_closing_writer_with_a_space_between_surname_and_given_name() -> None:
    # "…課題となっている。（山下 彩）": a Japanese regional daily's writer, the name printed with a space
    assert reporters_in_text("一方で、観光バスによる周辺道路の渋滞対策が課題となっている。（山下 彩）") == ["山下 彩"]
    assert reporters_in_text("…課題となっている。（社会 部）") == []


def test_bracketed_photos_role_in_byline_is_a_photographer() -> None:
    # "Par NAME (Texte) et NAME (Photos)": the second is the photographer, no writer
    from newsarchive.extraction.authors import byline_photographers, split_byline

    text = "Par Sophie Delattre (Texte) et Baziz Chibane (Photos)"
    assert split_byline(text) == (["Sophie Delattre"], [])
    assert byline_photographers(text) == ["Baziz Chibane"]


def test_photo_archives_note_before_the_credit() -> None:
    # "PHOTO ARCHIVES NAME" closing a French regional daily's caption: the file note goes, an archive's name stays
    from newsarchive.extraction.credits import clean_credit

    assert clean_credit("PHOTO ARCHIVES BAZIZ CHIBANE") == "BAZIZ CHIBANE"
    assert clean_credit("Photo Archives nationales") == "Archives nationales"


def test_cjk_title_tail_with_the_outlets_host_in_brackets() -> None:
    # "TITLE_新闻频道_央视网(cctv.com)": the outlet's name with its host in brackets is the site's, not the headline's
    from newsarchive.extraction.headline import _without_outlet

    assert _without_outlet("我国首条跨海高铁全线贯通_新闻频道_央视网(cctv.com)") == "我国首条跨海高铁全线贯通"
    assert _without_outlet("我国首条跨海高铁全线贯通_新闻频道_央视网") == "我国首条跨海高铁全线贯通"
