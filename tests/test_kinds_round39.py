"""Rules of the thirty-ninth held-out round (``fixtures/unseen39``): English-language dailies of Asia, Africa and the
Middle East declaring little; pictures' captions and credits."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.credits import clean_credit, split_caption


def test_outlet_file_photo_closing_a_caption_credits_the_outlet() -> None:
    caption, credit = split_caption("Workers stack sacks of rice inside a warehouse in Valenzuela City. INQUIRER FILE PHOTO")
    assert caption == "Workers stack sacks of rice inside a warehouse in Valenzuela City."
    assert clean_credit(credit) == "INQUIRER"
    assert clean_credit(split_caption("Students at a community school in Humla. Post File Photo")[1]) == "Post"


def test_source_and_pic_after_a_dash_closing_a_caption() -> None:
    caption, credit = split_caption("Anthony Loke speaks to reporters in Kuala Lumpur March 11, 2026. — Bernama pic")
    assert caption == "Anthony Loke speaks to reporters in Kuala Lumpur March 11, 2026."
    assert credit == "Bernama"


def test_bare_file_note_before_a_bar_goes() -> None:
    assert clean_credit("Photo credit: File | Nation Media Group") == "Nation Media Group"
    assert clean_credit("Jared Nyataya | Nation Media Group") == "Jared Nyataya | Nation Media Group"


def test_courtesy_credit_naming_a_body_in_more_words_closing_a_caption() -> None:
    caption, credit = split_caption("The depot in District 12. Photo courtesy of the HCMC Management Authority for Urban Railways")
    assert caption == "The depot in District 12."
    assert clean_credit(credit) == "Courtesy of the HCMC Management Authority for Urban Railways"


_PARAS = "".join(
    f"<p>The city's {w} metro line will run 11 km under the old centre, officials said, after more than a decade of "
    "delays over land clearance, funding and the choice of contractors for the tunnels.</p>"
    for w in ("second", "third", "fourth")
)


def test_picture_table_caption_row() -> None:
    html = ("<html><head><title>Metro</title></head><body><article><h1>Metro line 2 to begin in June</h1>"
            f"<div class='fck_detail'>{_PARAS}<table class='tplCaption'><tbody>"
            "<tr><td><img src='https://img.example/metro.jpg' alt=''></td></tr>"
            "<tr><td><p class='Image'>A train runs on an elevated section of line 1. Photo by Saigon Wire/Quynh Tran</p>"
            f"</td></tr></tbody></table>{_PARAS}</div></article></body></html>")
    rec = extract_article(html, "https://wire.example/metro-line-2-4721958.html")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [
        ("A train runs on an elevated section of line 1.", "Saigon Wire/Quynh Tran")]


def test_illustrative_note_labels_the_credit() -> None:
    caption, credit = split_caption("A nurse prepares a vaccine in Jerusalem, March 10, 2026. (Illustrative: Yonatan Sindel/Flash90)")
    assert caption == "A nurse prepares a vaccine in Jerusalem, March 10, 2026."
    assert clean_credit(credit) == "Yonatan Sindel/Flash90"


def test_additional_input_by_an_agency_credits_a_contributor() -> None:
    from newsarchive.extraction.attributions import credited

    assert credited("Additional input by APP") == [("credit", "APP")]


def test_print_edition_note_with_the_print_is_no_text() -> None:
    from newsarchive.extraction.hints import PRINT_NOTE

    assert PRINT_NOTE.match("A version of this story appears in the print on March 12, 2026, of The Kathmandu Post.")
