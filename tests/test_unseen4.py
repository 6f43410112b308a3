"""A fourth held-out round of pages imitating publishing systems (issue 9): wires, portals,
French, German and regional pages.

Each page in ``fixtures/unseen4`` was written from memory of a publishing system's markup,
with invented text and ``.example`` domains: a Reuters-style wire story (dateline
"CITY, Month D (Reuters) -", "Reporting by ...; Editing by ..."), an AP-style story
(capitalised dateline "CITY (AP) —", byline "By NAME and NAME", "Associated Press writer X
contributed"), a Bloomberg-style page (bylines with "+Follow", a gated text, "Read More:"
lines, "— With assistance from"), a syndicating portal (MSN style: "Story by X • 3h", the
original outlet credited), an Al Jazeera-style page ("Recommended Stories" inside the text),
an Indian national daily ("Written By", "Edited by", IST times, "Also Read |", "(With inputs
from PTI)"), a French national daily (Le Figaro style: "Par X", "Publié le ... à ..., mis à
jour le ...", "Réservé aux abonnés", "À lire aussi"), a French 20 Minutes-style page ("X avec
AFP"), a German national page (FAZ style: "Von X und Y, Berlin", "Aktualisiert am",
"Mehr zum Thema"), a German public broadcaster page (tagesschau style: "Stand: ... Uhr",
"Mit Informationen von ..."), an Austrian daily (Der Standard style: "(Name, 12.3.2026)",
"Weiterlesen:") and a US metro daily on Arc XP ("Name, Staff Writer").
``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules were fixed on these): reuters, bloomberg, aljazeera, indian, figaro, faz,
  tagesschau, metro;
- held out (scored once, after the dev fixes, before any change for them): ap, portal,
  vingtminutes, standard.

``tests/unseen_score.py unseen4`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import expected, field_test, record, score  # noqa: E402

SET = "unseen4"


#: (page, field) pairs still wrong, each a kind not fixed yet (see the report in the commit log).
#: (The portal page's expected attributions gained the original outlet as source, declared as the
#: Organization author beside the portal's publisher: the convention unseen5's yahoojp and unseen6's naver
#: expect, decided later.)
KNOWN_FAILURES: set[tuple[str, str]] = set()
# (portal's recommendation feed, "More for You" in a box named "related-articles", was fixed later:
# tests/test_kinds_known_failures.py)


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_photographer_label_and_a_credit_in_square_brackets_close_a_caption() -> None:
    """"Photographer: Name/Agency" is labelled like "Photo:"; "[File: Name/Agency]" closes a caption
    as "(Name/Agency)" does."""
    from newsarchive.extraction.credits import clean_credit, split_caption
    assert clean_credit("Photographer: Jonathan Nackstrand/Bloomberg") == "Jonathan Nackstrand/Bloomberg"
    caption, credit = split_caption("Workers sort roses at a farm in Naivasha [File: Monicah Mwangi/Reuters]")
    assert (caption, clean_credit(credit)) == ("Workers sort roses at a farm in Naivasha", "Monicah Mwangi/Reuters")
    assert split_caption("The letter was signed [sic]") == ("The letter was signed [sic]", None)
    for name in ("bloomberg", "aljazeera"):
        assert score(name, folder=SET)["images"] == 1.0


def test_with_assistance_or_inputs_from_credits_contributors() -> None:
    """"— With assistance from Name" (Bloomberg), "(With inputs from PTI)", "With files from ...",
    "Mit Informationen von Name, ARD-Studio Brüssel" (the person, not the bureau): kept in the
    text as closing credit lines, and their names are contributors."""
    from newsarchive.extraction.attributions import credited
    assert credited("— With assistance from Kari Lundgren") == [("credit", "Kari Lundgren")]
    assert credited("(With inputs from PTI)") == [("credit", "PTI")]
    assert credited("--With assistance from Anna Edwards.") == [("credit", "Anna Edwards")]
    assert credited("Edited by: Rohit Menon") == [("credit", "Rohit Menon")]
    assert credited("With inputs from PTI and Reuters") == [("credit", "PTI"), ("credit", "Reuters")]
    assert credited("With files from The Canadian Press") == [("credit", "The Canadian Press")]
    assert credited("Mit Informationen von Jakob Mayr, ARD-Studio Brüssel") == [("credit", "Jakob Mayr")]
    assert credited("Mit Informationen von Kai Küstner, ARD-Studio Brüssel, und Anna Schmidt, SWR") == [
        ("credit", "Kai Küstner"), ("credit", "Anna Schmidt")]
    assert credited("Mit Informationen der ARD-Korrespondentinnen und -Korrespondenten sowie der "
                    "Nachrichtenagenturen AFP, dpa und KNA.") == [("credit", "AFP"), ("credit", "dpa"), ("credit", "KNA")]
    assert credited("Reporting by Jane Doe, AFP and Tom Roe") == [
        ("credit", "Jane Doe"), ("credit", "AFP"), ("credit", "Tom Roe")]
    assert score("bloomberg", folder=SET)["body_end"] == 1.0
    for name in ("bloomberg", "indian", "tagesschau"):
        assert ("contributor", expected(name, SET)["attributions"][-1][1]) in {
            (a["role"], a["name"]) for a in record(name, SET)["attributions"]}


def test_a_role_credit_whose_name_is_set_in_its_own_element() -> None:
    """"Edited by <span>Name</span>" in the article's header credits the name."""
    from newsarchive.extraction import extract_article
    html = ("<html><body><article><h1>Metro line to open in April</h1><div class='by'>Written By "
            "<a href='/author/a'>Ananya Kulkarni</a></div><div class='edited'>Edited by <span>Rohit Menon</span></div>"
            "<div class='story'>" + "<p>The long-delayed metro line will open to passengers in the first week of April, "
            "officials said on Thursday after the final inspection.</p>" * 3 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/metro")
    assert ("contributor", "Rohit Menon") in {(a["role"], a["name"]) for a in rec["attributions"]}


def test_a_teaser_label_in_its_own_element_before_a_headline_link() -> None:
    """"<span>À lire aussi</span> <a>Headline</a>" with no punctuation between label and link is a
    teaser line (its link is ``related``, its text no part of the body); a sentence ending in a link is not."""
    from newsarchive.extraction import extract_article
    para = "<p>Le dépassement moyen atteint 212 euros par mois, soit près de 2 500 euros par an, selon l’étude.</p>"
    html = ("<html><body><article><h1>Loyers</h1><div class='body'>" + para * 2
            + "<div class='link'><span>À lire aussi</span> <a href='https://j.example/a'>Encadrement des loyers : "
            "les villes où il s’applique</a></div>" + para + "<p>Les propriétaires ont répondu dans "
            "<a href='https://j.example/b'>un long communiqué publié mardi</a></p>" + para + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://j.example/loyers")
    assert [link["url"] for link in rec["related_links"] if link["kind"] == "related"] == ["https://j.example/a"]
    assert "lire aussi" not in rec["body"] and "communiqué" in rec["body"]
    assert score("figaro", folder=SET)["related"] == 1.0


def test_a_broadcasters_programme_note_closes_no_text() -> None:
    """"Über dieses Thema berichtete tagesschau24 am ... um 17:00 Uhr." after the text is a note of
    the broadcaster's, like an author's tagline, not the text's last sentence."""
    from newsarchive.extraction import extract_article
    from newsarchive.extraction.hints import TAGLINE
    for line in ("Über dieses Thema berichtete tagesschau24 am 12. März 2026 um 17:00 Uhr.",
                 "Dieses Thema im Programm: MDR THÜRINGEN - Das Radio | Nachrichten | 28. April 2023 | 10:00 Uhr",
                 "This story aired on Morning Edition on March 12, 2026."):
        assert TAGLINE.search(line)
    assert not TAGLINE.search("Über dieses Thema wird im Parlament seit Jahren gestritten.")
    para = "<p>Der Vorschlag muss noch vom Europäischen Parlament und von den Mitgliedstaaten gebilligt werden.</p>"
    html = ("<html><body><article><h1>Verpackungen</h1>" + para * 3 + "<div class='note'><p>Über dieses Thema "
            "berichtete tagesschau24 am 12. März 2026 um 17:00 Uhr.</p></div></article></body></html>")
    assert extract_article(html.encode(), "https://ts.example/a")["body"].endswith("gebilligt werden.")
    assert score("tagesschau", folder=SET)["body_end"] == 1.0


def test_an_outlet_cited_after_the_german_verb() -> None:
    """German puts the outlet after the finite verb: "Zuerst hatte das „Handelsblatt“ über den Entwurf
    berichtet", "Das berichtete die Süddeutsche Zeitung"; "Das berichtete die Polizei" cites no outlet."""
    from newsarchive.extraction import extract_article

    def sources(sentence: str) -> list[str]:
        html = ("<html><body><article><h1>Titel</h1><p>" + "Der Vorschlag muss noch vom Parlament gebilligt "
                "werden, sagten Diplomaten am Donnerstag. " * 3 + f"</p><p>{sentence}</p></article></body></html>")
        rec = extract_article(html.encode(), "https://x.example/a")
        return [a["name"] for a in rec["attributions"] if a["role"] == "source"]

    assert sources("Zuerst hatte das „Handelsblatt“ über den Entwurf berichtet.") == ["Handelsblatt"]
    assert sources("Darüber hatte zuerst der „Spiegel“ berichtet.") == ["Spiegel"]
    assert sources("Das berichtete die Süddeutsche Zeitung am Freitag.") == ["Süddeutsche Zeitung"]
    assert sources("Das berichtete die Polizei am Freitag.") == []
    assert sources("Zuvor hatte der Konzern darüber berichtet.") == []
    assert score("faz", folder=SET)["attributions"] == 1.0


def test_a_standfirst_above_the_byline_reworded_in_the_description() -> None:
    """A paragraph above the byline holding nearly the description's words (one word added or cut)
    is the standfirst, as one opening with the description is; below the byline it opens the text."""
    from newsarchive.extraction import extract_article
    dek = "Ab Herbst sollen auf der neuen Linie Züge ohne Fahrer unterwegs sein. Nun beginnt der Probebetrieb in der Nacht"
    text = ("<div class='article-body'>" + "<p>Wer in den kommenden Wochen spätnachts an der Station Rathaus wartet, könnte "
            "einen leeren Zug vorbeifahren sehen, ganz ohne Menschen an Bord.</p>" * 3 + "</div>")

    def page(header: str) -> str:
        html = ("<html><head><meta name='description' content='Ab Herbst sollen auf der neuen Linie U5 Züge ohne "
                "Fahrer unterwegs sein. Nun beginnt der Probebetrieb in der Nacht.'></head><body><article><header>"
                f"<h1>Fahrerlose U-Bahn</h1>{header}</header>{text}</article></body></html>")
        return extract_article(html.encode(), "https://s.example/a")["body"]

    byline = "<div class='meta'><span>Anna Pichler</span><time>12. März 2026, 17:00</time></div>"
    assert page(f"<p class='sub'>{dek}</p>{byline}").startswith("Wer in den")
    assert page(f"{byline}<p class='sub'>{dek}</p>").startswith("Ab Herbst")


def test_a_funders_disclosure_closes_no_text() -> None:
    """"The Associated Press receives support from ... The AP is solely responsible for all content."
    after the text is a disclosure, not the text's last sentence."""
    from newsarchive.extraction import extract_article
    from newsarchive.extraction.hints import TAGLINE
    assert TAGLINE.search("The Associated Press receives support from the Walton Family Foundation for coverage of "
                          "water policy. The AP is solely responsible for all content.")
    assert TAGLINE.search("The Ledger receives financial support from several foundations.")
    assert not TAGLINE.search("The hospital receives support payments from the state every month, officials said.")
    para = "<p>Mayor Chris Higgins said the town hoped to close the purchase by the end of the year.</p>"
    html = ("<html><body><article><h1>Water company vote</h1><div class='RichTextStoryBody'>" + para * 3
            + "<p>___</p><p><em>The Associated Press receives support from the Walton Family Foundation for coverage"
            " of water and environmental policy. The AP is solely responsible for all content.</em></p>"
            "</div></article></body></html>")
    assert extract_article(html.encode(), "https://ap.example/a")["body"].endswith("by the end of the year.")


def test_a_promo_box_of_one_headline_link_between_paragraphs_is_a_teaser() -> None:
    """An inline promo (a box named "promo" holding one headline link and nothing else) set between
    two paragraphs of the text promotes another story of the site: its link is ``related``. A promo
    link to another site is not."""
    from newsarchive.extraction import extract_article
    para = "<p>The company raised rates three times since 2021 and said the money paid for new wells.</p>"

    def related(href: str) -> list[str]:
        html = ("<html><body><article><h1>Water vote</h1><div class='RichTextStoryBody'>" + para * 2
                + f"<div class='Enhancement'><div class='PagePromo'><div class='PagePromo-title'><a href='{href}'>"
                "Arizona cities scramble for groundwater as river cuts deepen</a></div></div></div>"
                + para * 2 + "</div></article></body></html>")
        rec = extract_article(html.encode(), "https://apnews.example/article/water-vote")
        assert "scramble" not in rec["body"]
        return [link["url"] for link in rec["related_links"] if link["kind"] == "related"]

    assert related("https://apnews.example/article/arizona-groundwater") == ["https://apnews.example/article/arizona-groundwater"]
    assert related("https://ads.example/click?id=7") == []
    assert score("ap", folder=SET)["related"] == 1.0


def test_a_gallery_slide_of_one_image_holds_its_caption() -> None:
    """A slide of one image (``CarouselSlide``, ``swiper-slide``) is the image's captioned wrapper:
    its description and attribution elements are caption and credit, though no figure holds them."""
    from newsarchive.extraction import extract_article
    html = ("<html><body><article><h1>Water vote</h1><div class='CarouselSlide'><div class='CarouselSlide-media'>"
            "<picture><img src='https://img.example/payson.jpg' width='600' height='400'></picture></div>"
            "<div class='CarouselSlide-info'><div class='CarouselSlide-infoDescription'><p>Water tanks above "
            "Payson, Ariz., Tuesday, March 10, 2026.</p></div><div class='CarouselSlide-infoAttribution'>"
            "<p>(AP Photo/Ross D. Franklin)</p></div></div></div><div class='RichTextStoryBody'>"
            + "<p>The company raised rates three times since 2021 and said the money paid for new wells.</p>" * 3
            + "</div></article></body></html>")
    images = extract_article(html.encode(), "https://apnews.example/article/water")["images"]
    assert (images[0]["caption"], images[0]["credit"]) == (
        "Water tanks above Payson, Ariz., Tuesday, March 10, 2026.", "AP Photo/Ross D. Franklin")


def test_a_sponsored_card_among_teasers_is_no_teaser() -> None:
    """A card named as paid for ("card sponsored") in a teaser box is an advertisement: its link is
    not ``related``; the other cards' links are."""
    from newsarchive.extraction import extract_article
    html = ("<html><body><article><h1>Covered bridge to reopen</h1><div class='article-body'>"
            + "<p>The 1829 bridge over Little Darby Creek was closed in 2024 after an inspection found rot.</p>" * 3
            + "</div><div class='related-articles'><h2>Related</h2>"
            "<div class='card'><a href='https://news.example/a/snowstorm'><h3>Snowstorm to dump a foot on Great Lakes"
            "</h3></a></div><div class='card sponsored'><a href='https://ads.example/click?id=91'><div>Sponsored</div>"
            "<h3>This Simple Trick Cuts Your Energy Bill in Half</h3></a></div></div></article></body></html>")
    links = extract_article(html.encode(), "https://news.example/a/bridge")["related_links"]
    assert [link["url"] for link in links if link["kind"] == "related"] == ["https://news.example/a/snowstorm"]


def test_a_broadcasters_bureau_after_the_authors_name_is_no_author() -> None:
    """"Von Kai Küstner, ARD-Studio Brüssel": the studio is where the author works (as a place after
    the comma is where the author wrote from), not a second author."""
    from newsarchive.extraction.authors import split_byline
    assert split_byline("Von Kai Küstner, ARD-Studio Brüssel") == (["Kai Küstner"], [])
    assert split_byline("Von Kai Küstner und Jakob Mayr, ARD-Hauptstadtstudio") == (["Kai Küstner", "Jakob Mayr"], [])


def test_a_reading_time_line_is_not_text() -> None:
    """"Lesezeit: 3 Min." (its full stop an abbreviation's), "Temps de lecture : 3 min", "4 min read"
    printed in the text's box are furniture, not the text's first sentence."""
    from newsarchive.extraction import extract_article
    from newsarchive.extraction.hints import PROMPT_TEXT
    for line in ("Lesezeit: 3 Min.", "Lesedauer: ca. 8 Min.", "Temps de lecture : 3 min", "4 min read", "Reading time: 5 minutes"):
        assert PROMPT_TEXT.match(line), line
    assert not PROMPT_TEXT.match("Lesezeit: 3 Min. reichen, um den Entwurf zu verstehen, sagt die Ministerin.")
    first = "Anträge auf Wohngeld sollen künftig schneller bearbeitet werden, sagte die Ministerin am Donnerstag."
    html = ("<html><body><article><h1>Wohngeld</h1><div class='article-body'><p>Lesezeit: 3 Min.</p>"
            + f"<p>{first}</p>" * 3 + "</div></article></body></html>")
    assert extract_article(html.encode(), "https://faz.example/a")["body"].startswith(first)


def test_teaser_labels_of_german_french_and_english_systems() -> None:
    """Labels of teaser boxes the label list lacked: "Zum Thema", "Das könnte Sie auch interessieren",
    "Weiterlesen", "Sur le même sujet", "Pour aller plus loin", "A lire aussi", "You may also like",
    "Recommended Stories", "Don't miss", "Up next" ...; a sentence opening with the same words is text."""
    from newsarchive.extraction import extract_article
    from newsarchive.extraction.hints import TEASER_TEXT
    for label in ("Zum Thema", "Das könnte Sie auch interessieren", "Passend zum Thema", "Weiterlesen:",
                  "Sur le même sujet", "Pour aller plus loin", "A lire aussi", "À lire également", "You may also like",
                  "Recommended Stories", "Further reading", "DON'T MISS", "UP NEXT", "Más información"):
        assert TEASER_TEXT.match(label), label
    assert not TEASER_TEXT.match("Zum Thema Wohnen sagte die Ministerin nichts.")
    para = "<p>Les commerçants seront installés place de la Libération à partir du 4 avril, a annoncé la mairie.</p>"
    html = ("<html><body><article><h1>Le marché déménage</h1><div class='article-body'>" + para * 2
            + "<div class='box'><p>Sur le même sujet</p><ul><li><a href='https://j.example/b'>Les halles des Lices vont "
            "être rénovées</a></li></ul></div>" + para + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://j.example/a")
    assert [link["url"] for link in rec["related_links"] if link["kind"] == "related"] == ["https://j.example/b"]
    assert "même sujet" not in rec["body"]
