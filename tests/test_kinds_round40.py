"""Rules of the fortieth held-out round (``fixtures/unseen40``): German- and French-language broadcasters and
magazines declaring little."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.authors import byline_photographers, split_byline
from newsarchive.extraction.credits import split_caption

_FILL = "".join(
    f"<p>Die Bezirksvertretung hat am Dienstag über den {w} Teil des Plans beraten, der die Einkaufsstraßen beleben "
    "soll, und die Geschäftsleute hoffen auf eine rasche Entscheidung vor dem Sommer.</p>"
    for w in ("ersten", "zweiten", "dritten")
)


def test_an_abbreviation_in_brackets_closing_a_sentence_is_no_credit() -> None:
    text = "La ligne 1 sera fermée cet été, a confirmé la Métropole européenne de Lille (MEL)."
    assert split_caption(text) == (text, None)
    assert split_caption("Des manifestants à Paris (AFP).")[1] == "(AFP)."  # an agency stays a credit
    assert split_caption("Des manifestants à Paris. (MEL)")[1] == "(MEL)"  # after the caption's own stop


def test_first_paragraph_closing_on_an_abbreviation_after_the_picture_opens_the_text() -> None:
    html = ("<html><head><title>Métro</title></head><body><article><h1>La ligne 1 du métro fermée cet été</h1>"
            "<figure><img src='/m.jpg'><figcaption>Une rame à la gare. © NAME / France Télévisions</figcaption>"
            "</figure><div class='c-article__body'><p>Les usagers du métro devront s'organiser autrement cet été. "
            "La ligne 1 sera fermée du 14 juillet au 3 août, a confirmé la Métropole européenne de Lille (MEL).</p>"
            f"{_FILL}</div></article></body></html>")
    body = extract_article(html, "https://f3.example/lille/metro-2988412.html")["body"]
    assert body.startswith("Les usagers du métro")


def test_photographer_after_the_writer_on_one_line() -> None:
    assert split_byline("Text: Nina Horaczek | Fotos: Heribert Corn") == (["Nina Horaczek"], [])
    assert byline_photographers("Text: Nina Horaczek | Fotos: Heribert Corn") == ["Heribert Corn"]
    assert split_byline("Words: Ann Lee · Photos: Bob Stone") == (["Ann Lee"], [])
    assert split_byline("Text/Fotos: Kai Berg") == (["Kai Berg"], [])  # one person, both roles


def test_credit_over_the_picture_and_caption_under_its_box() -> None:
    html = ("<html><head><title>Leerstand</title></head><body><article><h1>Die Stadt der leeren Geschäfte</h1>"
            "<div class='hero-image'><div class='img-wrap'><img src='/hero.jpg' alt=''>"
            "<span class='img-copyright'>© Heribert Corn</span></div>"
            "<p class='img-caption'>Zu vermieten: In der Thaliastraße stehen mehrere Lokale leer</p></div>"
            f"<div class='article-body'>{_FILL}</div></article></body></html>")
    images = extract_article(html, "https://falter.example/zeitung/20260311/leerstand")["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("Zu vermieten: In der Thaliastraße stehen mehrere Lokale leer", "Heribert Corn")]


def test_date_printed_after_the_writers_link_on_its_line() -> None:
    html = ("<html><head><title>Edeka</title></head><body><div class='Content'><div class='ArticleHead'>"
            "<h1>Edeka kürzt TV-Budget zugunsten von Retail Media</h1><div class='ArticleHead-line'>"
            "<a href='/autoren/katrin-hoffmann/'>Katrin Hoffmann</a>, Mittwoch, 11. März 2026</div></div>"
            f"<div class='ArticleBody'>{_FILL}</div><div class='TeaserList'><h2>Mehr zum Thema</h2>"
            "<div><a href='/marketing/kampagne-229870'>Edeka startet neue Kampagne</a>"
            "<span class='TeaserList-date'>18.02.2026</span></div></div></div></body></html>")
    assert extract_article(html, "https://horizont.example/marketing/edeka-231877")["published"][:10] == "2026-03-11"


def _related(box: str, after: str = "") -> set[str]:
    html = ("<html><head><title>Markthalle</title></head><body><main><article><h1>Neue Markthalle in Neukölln</h1>"
            f"<div class='entry-content'>{_FILL}{box}</div></article>{after}</main></body></html>")
    rec = extract_article(html, "https://city.example/essen/markthalle/")
    return {link["url"] for link in rec["related_links"] if link["kind"] == "related"}


def test_read_also_addressing_readers_as_du_or_ihr() -> None:
    box = ("<p class='lesetipp'><strong>Lest auch:</strong> <a href='https://city.example/essen/markthallen/'>"
           "Die 12 besten Markthallen in Berlin</a></p>")
    assert _related(box) == {"https://city.example/essen/markthallen/"}


def test_the_stories_of_the_same_file_are_teasers() -> None:
    cards = "".join(f"<div class='card'><a href='https://city.example/eco/dossier-{i}/'><img src='/t{i}.jpg'><h3>Cacao "
                    f": un marché sous tension, épisode {i}</h3></a><p>Par Julien Clémençot · 11 mars 2026</p></div>"
                    for i in range(2))
    assert _related("", f"<section><h2>Dans le même dossier</h2>{cards}</section>") == {
        "https://city.example/eco/dossier-0/", "https://city.example/eco/dossier-1/"}


def test_byline_and_date_line_closing_on_a_french_reading_time_opens_no_text() -> None:
    html = ("<html><head><title>Cacao</title></head><body><article><h1>À Abidjan, la bataille du cacao</h1>"
            "<div class='info'><span>Par <a href='/auteurs/m.soumare/'>Marième Soumaré</a>, envoyée spéciale à "
            "Abidjan</span> <span>Publié le 11 mars 2026 à 17:30</span> <span>Lecture : 5 minutes.</span></div>"
            "<div class='content'><p>Sous le soleil de midi, les dockers empilent les sacs de jute dans les "
            "conteneurs du port autonome, et le ballet n’a pas cessé depuis l’aube.</p>"
            f"{_FILL}</div></article></body></html>")
    body = extract_article(html, "https://mag.example/1788234/eco/cacao/")["body"]
    assert body.startswith("Sous le soleil de midi")


def test_crop_note_after_a_credit_is_no_part_of_it() -> None:
    from newsarchive.extraction.credits import clean_credit
    assert clean_credit("© Ridofranz / Getty Images / iStock (Ausschnitt)") == "Ridofranz / Getty Images / iStock"
    assert clean_credit("KEYSTONE/Urs Flueeler (Archivbild)") == "KEYSTONE/Urs Flueeler"


def test_lead_alone_in_a_box_beside_the_headline_is_no_body() -> None:
    html = ("<html><head><title>«Wir sind keine Maschinen» | WOZ</title><meta name='description' content='In "
            "Zürcher Alterszentren fehlen Hunderte Pflegende. Ein Besuch bei jenen, die geblieben sind.'></head><body>"
            "<div class='node'>"
            "<h1>«Wir sind keine Maschinen»</h1><div class='field-lead'><p>In Zürcher Alterszentren fehlen Hunderte "
            "Pflegende. Die Stadt verspricht Besserung, die Betroffenen glauben nicht mehr daran.</p></div>"
            "<div class='field-autoren'><p>Von <a href='/autorinnen/anna-j'>Anna Jikhareva</a> (Text)</p></div>"
            "<div class='field-bild'><img src='/p1.jpg'><div class='bildlegende'>Mirela Kovač im Alterszentrum. "
            "Foto: Florian Bachmann</div></div><div class='field-body'><p>Es ist kurz nach sechs Uhr morgens, und "
            f"Mirela Kovač hat schon zwei Bewohnerinnen geweckt.</p>{_FILL}</div></div></body></html>")
    body = extract_article(html, "https://woz.example/2611/pflege/wir-sind-keine-maschinen")["body"]
    assert body.startswith("Es ist kurz nach sechs Uhr morgens")


def test_publication_and_update_sentences_parted_by_a_slash() -> None:
    from newsarchive.extraction.dates import is_date_statement
    assert is_date_statement("Publié le 11 mars 2026 à 17:42. / Modifié le 11 mars 2026 à 20:05.")
    assert not is_date_statement("Le conseil a voté le 11 mars 2026. / Il reviendra sur la question en avril prochain.")


def test_a_study_cited_under_the_sources_label_closes_no_text() -> None:
    html = ("<html><head><title>Schlaf</title></head><body><article><h1>Warum das Gehirn im Tiefschlaf aufräumt</h1>"
            f"<div class='content__body'>{_FILL}<p>Sollte sich das bestätigen, könnte das erklären, warum Schlafmangel "
            "mit einem erhöhten Risiko für Alzheimer einhergeht.</p></div><div class='content__sources'><h3>Quellen"
            "</h3><p>Jiang-Xie, L.-F. et al.: Neuronal dynamics direct cerebrospinal fluid perfusion and brain "
            "clearance. Nature Neuroscience 10.1038/s41593-026-01577-1, 2026</p></div></article></body></html>")
    body = extract_article(html, "https://science.example/news/schlaf/2299014")["body"]
    assert body.endswith("mit einem erhöhten Risiko für Alzheimer einhergeht.")
