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


def test_caption_line_closing_on_a_chinese_shot_by_credit() -> None:
    # "<div><img><p class='left_pt'>…。中新社记者 NAME 摄</p></div>": the line after the picture is its caption
    from newsarchive.extraction.images import extract_images
    from newsarchive.extraction.page import load_page

    page = load_page("<html><body><article><h1>北京今年将新建改建城市公园30处</h1><div class='zw'><p>记者11日从北京市园林绿化局获悉，"
                     "今年北京将新建改建城市公园30处，新增城市绿地200公顷，全市公园总数将超过1100个。</p>"
                     "<div class='left_ph'><img src='/2026/0311/park.jpg'><p class='left_pt'>3月10日，市民在北京奥林匹克森林公园游览。"
                     "中新社记者 刘思远 摄</p></div><p>据介绍，北京将重点在城市副中心和南部地区建设一批口袋公园和社区公园，"
                     "让市民出门见绿。</p></div></article></body></html>", "https://news.example/gn/2026/03-11/1.shtml")
    got = [(i.get("caption"), i.get("credit")) for i in extract_images(page, None)]
    assert ("3月10日，市民在北京奥林匹克森林公园游览。", "刘思远") in got
