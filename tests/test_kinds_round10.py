"""One small page or string per kind of layout the tenth held-out round (``fixtures/unseen10``)
revealed; each fails without its rule (see "Tenth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

EN_PARA = ("<p>A ninety-year-old cast iron water main split under Main Street early on Wednesday, sending water "
           "into the basements and ground floors of at least a dozen downtown businesses.</p>")
IT_PARA = ("<p>Dopo dodici giorni di chiusura, la strada provinciale tra Castelvetro e Piani di Sopra è stata "
           "riaperta ieri pomeriggio, ma solo a senso unico alternato regolato da un semaforo.</p>")


def _related(rec: dict) -> list[str]:
    return [link["url"] for link in rec["related_links"] if link["kind"] == "related"]


def _images(rec: dict) -> list[tuple]:
    return [(i["url"].rsplit("/", 1)[-1], i["caption"], i["credit"]) for i in rec["images"]]


def test_labelled_related_grid_after_the_article_wrapper() -> None:
    """A theme's "Related Articles" grid named "related", set after the article's wrapper in the
    article's column (beyond the container's parent), whose cards the walk enters: its headline links
    are teasers, as they are when the walk skips such a box. A box named so without a teaser label
    (a "Popular" list) is not."""
    html = ("<html lang='en'><body><div class='main-content'><article class='post'><h1>Water main break</h1>"
            "<div class='entry-content'>" + EN_PARA * 4 + "</div></article><div class='post-components'>"
            "<div class='about-author'><h3>Kwame Asante</h3><p>Kwame is our business editor.</p></div>"
            "<div id='related-posts' class='container-wrapper'><div class='mag-box-title'><h3>Related Articles</h3>"
            "</div><div class='related-posts-list'><div class='related-item'><h3 class='post-title'>"
            "<a href='/a/council-delays-vote/'>Council delays vote on water rate increase</a></h3></div>"
            "<div class='related-item'><h3 class='post-title'><a href='/a/city-maps-pipes/'>City maps aging pipes "
            "under downtown</a></h3></div></div></div><div class='related-popular'><h3>Popular</h3><div>"
            "<a href='/a/grocery/'>New grocery store coming to Route 9 plaza</a></div></div></div></div>"
            "</body></html>")
    rec = extract_article(html.encode(), "https://paper.example/a/water-main/")
    assert _related(rec) == ["https://paper.example/a/council-delays-vote/", "https://paper.example/a/city-maps-pipes/"]


def test_teaser_heading_set_as_tabs() -> None:
    """A heading made of tabs ("<h4><a>RELATED ARTICLES</a><a>MORE FROM AUTHOR</a></h4>") is labelled
    by its first tab."""
    html = ("<html lang='en'><body><div class='td-main-content'><div class='td-ss-main-content'><article>"
            "<h1>Water main break</h1><div class='td-post-content'>" + EN_PARA * 4 + "</div></article>"
            "<div class='td_block_wrap td_block_related_posts'><h4 class='td-related-title'><a href='#'>RELATED "
            "ARTICLES</a><a href='#'>MORE FROM AUTHOR</a></h4><div class='td_block_inner'><div class='td-related-span4'>"
            "<h3 class='entry-title'><a href='/a/council-delays-vote/'>Council delays vote on water rate increase</a>"
            "</h3></div></div></div></div></div></body></html>")
    rec = extract_article(html.encode(), "https://paper.example/a/water-main/")
    assert _related(rec) == ["https://paper.example/a/council-delays-vote/"]


def test_italian_and_spanish_related_labels() -> None:
    """"Articoli correlati", "Notizie correlate", "Noticias relacionadas", "Related posts" label teasers."""
    for label in ("Articoli correlati", "Notizie correlate", "Noticias relacionadas:", "Related Posts"):
        html = ("<html lang='it'><body><main><div class='item-page'><h2>Frana sulla provinciale</h2>"
                "<div itemprop='articleBody'>" + IT_PARA * 4 + f"<p><b>{label}</b></p><ul>"
                "<li><a href='/cronaca/4790-maltempo'>Maltempo, allerta arancione in tutta la Valle</a></li>"
                "<li><a href='/cronaca/4802-frana'>Frana a Piani di Sopra, il paese resta isolato</a></li></ul>"
                "</div></div></main></body></html>")
        rec = extract_article(html.encode(), "https://valle.example/cronaca/4821-frana")
        assert _related(rec) == ["https://valle.example/cronaca/4790-maltempo",
                                 "https://valle.example/cronaca/4802-frana"], label


def test_caption_in_italics_after_the_picture() -> None:
    """A line wholly in italics right after the picture's paragraph is its caption; a credit alone on
    the line after it ("Foto: NAME") is the credit; an email's caption cell ``<td><em>…</em></td>``
    in the row after the picture's row too."""
    html = ("<html lang='es'><body><main><article><h1>El lavadero</h1><div class='texto'>" + IT_PARA * 2
            + "<p align='center'><img src='/f/a.jpg' width='520' height='347'></p><p><i>Algunos de los voluntarios, "
            "el pasado domingo.</i></p><p>Foto: Ana Beltrán</p>" + IT_PARA * 2
            + "<table><tr><td><img src='/f/b.jpg' width='564'></td></tr><tr><td class='mcnTextContent'>"
            "<em>The 7.10 leaving the slipway. Photo: Mairi Strachan</em></td></tr></table>"
            + IT_PARA + "</div></article></main></body></html>")
    rec = extract_article(html.encode(), "https://eco.example/noticias/1412.html")
    assert _images(rec) == [("a.jpg", "Algunos de los voluntarios, el pasado domingo.", "Ana Beltrán"),
                            ("b.jpg", "The 7.10 leaving the slipway.", "Mairi Strachan")]


def test_line_closing_on_a_credit_after_the_picture() -> None:
    """A short line right after the picture that closes on a photo credit is its caption, whatever its
    element or class ("<p class='pie'>… Foto: NAME</p>")."""
    html = ("<html lang='es'><body><main><article><h1>El lavadero</h1><div class='texto'>" + IT_PARA * 2
            + "<p align='center'><img src='/f/a.jpg' width='520' height='347'></p><p class='pie'>El lavadero, tras "
            "la reparación del tejado. Foto: Ana Beltrán</p>" + IT_PARA * 2 + "</div></article></main></body></html>")
    rec = extract_article(html.encode(), "https://eco.example/noticias/1412.html")
    assert _images(rec) == [("a.jpg", "El lavadero, tras la reparación del tejado.", "Ana Beltrán")]


def test_italic_line_after_a_break_in_the_pictures_paragraph() -> None:
    """``<p><img><br><em>Caption (foto di NAME)</em></p>``: the italic line after the break is the caption."""
    html = ("<html lang='it'><body><main><article><h1>Frana</h1><div class='testo'>" + IT_PARA * 2
            + "<p><img src='/images/rete.jpg' width='600' height='400'><br><em>Gli operai durante la posa della "
            "rete (foto di Marco Rinaldi)</em></p>" + IT_PARA * 2 + "</div></article></main></body></html>")
    rec = extract_article(html.encode(), "https://valle.example/cronaca/4821-frana")
    assert _images(rec) == [("rete.jpg", "Gli operai durante la posa della rete", "Marco Rinaldi")]


def test_image_classed_caption_is_captioned_by_its_title() -> None:
    """Joomla's caption.js prints an ``<img class="caption" title="…">``'s title as its caption."""
    html = ("<html lang='it'><body><main><div class='item-page' itemscope itemtype='https://schema.org/Article'><h2>Frana</h2><div class='item-image'>"
            "<img class='caption' title=\"La frana al km 12 (foto Vigili del fuoco)\" src='/images/frana.jpg' width='600' height='400'></div>"
            "<div itemprop='articleBody'>" + IT_PARA * 4 + "</div></div></main></body></html>")
    rec = extract_article(html.encode(), "https://valle.example/cronaca/4821-frana")
    assert _images(rec) == [("frana.jpg", "La frana al km 12", "Vigili del fuoco")]


def test_pictures_of_an_item_page_holding_a_microdata_author() -> None:
    """An item page whose info list names the author (``itemprop="author"``) beside the text and its
    pictures: the box holding the text's container is the article, so its pictures are no author photos."""
    html = ("<html lang='it'><body><main><div class='item-page' itemscope itemtype='https://schema.org/Article'>"
            "<h2 itemprop='headline'>Frana</h2><dl class='article-info'><dd class='createdby' itemprop='author'>"
            "Scritto da <span itemprop='name'>Giulia Ferraris</span></dd></dl><div itemprop='articleBody'>"
            + IT_PARA * 2 + "<p><img src='/images/rete.jpg' width='600' height='400'></p>" + IT_PARA * 2
            + "</div></div></main></body></html>")
    rec = extract_article(html.encode(), "https://valle.example/cronaca/4821-frana")
    assert [i["url"] for i in rec["images"]] == ["https://valle.example/images/rete.jpg"]


JA_PARA = ("<div>今日は娘のひなの卒園式でした。朝からずっとそわそわしていて、園に着く前からもう涙目になっていました。"
           "卒園証書をもらうとき、ひなが大きな声で返事をしていて、もうそこで号泣してしまいました。</div>")
FR_PARA = ("<p>Les derniers poireaux du potager ont bien profité du redoux de cette semaine, alors je vous propose "
           "une tarte toute simple, parfaite pour un soir où l'on n'a pas envie de passer des heures en cuisine.</p>")


def test_japanese_blog_named_for_its_writer() -> None:
    """A declared author whose name opens the blog's name before "の" ("さとみママの毎日ごはんと子育て日記")
    is the writer the blog is named for, not the site."""
    html = ("<html lang='ja'><head><meta property='og:site_name' content='さとみママの毎日ごはんと子育て日記'>"
            "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"卒園式\","
            "\"author\":{\"@type\":\"Person\",\"name\":\"さとみママ\"}}</script></head><body><article>"
            "<h1>卒園式</h1><div class='skin-entryBody'>" + JA_PARA * 4 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://ameblo.example/satomi-mama/entry-1.html")
    assert rec["authors"] == ["さとみママ"]


def test_posted_by_line_under_a_blog_post() -> None:
    """"Posté par NAME à 17:32 - Catégorie - Commentaires [4]" under a post (as "Posted by NAME at 5:32 PM")
    is its byline; the blog named "… de NAME" is named for its writer."""
    html = ("<html lang='fr'><head><title>Tarte fine aux poireaux - Les petits plats de Mamie Jo</title><meta property='og:site_name' content='Les petits plats de Mamie Jo'></head>"
            "<body><div id='banner'><h1><a href='/'>Les petits plats de Mamie Jo</a></h1></div><div class='blogbody'>"
            "<div class='date-header'>11 mars 2026</div><h3 class='post-title'>Tarte fine aux poireaux</h3>"
            "<div class='articlebody'>" + FR_PARA * 4 + "</div><div class='itemfooter'>Posté par <a href='/profile/mamiejo'>"
            "Mamie Jo</a> à 17:32 - <a href='/archives/tartes/'>Tartes et quiches</a> - <a href='#comments'>"
            "Commentaires [4]</a></div></div></body></html>")
    rec = extract_article(html.encode(), "https://mamiejo.blog.example/archives/2026/03/11/41234567.html")
    assert rec["authors"] == ["Mamie Jo"]


def test_byline_over_a_line_of_place_and_date() -> None:
    """A byline followed, after a line break, by the place and date it was written ("Texto: NAME<br>La
    Fresneda, 11 de marzo de 2026"): the second line names nobody."""
    html = ("<html lang='es'><body><table><tr><td><p class='titular'>Los vecinos recuperan el lavadero municipal</p>"
            "<p class='firma'>Texto: Ramón Cifuentes<br>La Fresneda, 11 de marzo de 2026</p>" + IT_PARA * 4
            + "</td></tr></table></body></html>")
    rec = extract_article(html.encode(), "https://eco.example/noticias/2026/noticia-1412.html")
    assert rec["authors"] == ["Ramón Cifuentes"]


def test_by_inside_a_meta_line() -> None:
    """A meta line whose last part opens with "By" ("Issue #84 · Wednesday 11 March 2026 · By NAME") is
    the byline from there."""
    html = ("<html lang='en'><body><table><tr><td class='mcnTextContent'><h1>The ferry timetable nobody asked for</h1>"
            "<p><span><em>Issue #84 · Wednesday 11 March 2026 · By Theo Lindqvist</em></span></p>" + EN_PARA * 4
            + "</td></tr></table></body></html>")
    rec = extract_article(html.encode(), "https://archive.example/?u=1&id=2")
    assert rec["authors"] == ["Theo Lindqvist"]


ES_PARA = ("<p class='texto'>El lavadero de La Fresneda vuelve a tener agua. Después de más de cuarenta años de "
           "abandono, una treintena de vecinos ha dedicado seis fines de semana a limpiar la balsa.</p>")


def test_spanish_subtitle_and_caption_are_no_text() -> None:
    """A dek named "subtitulo" (or "sottotitolo", "entradilla", "sumario") and a caption named "pie" (Spanish
    for a caption, and a footer) are no part of the text: it starts with the first paragraph."""
    html = ("<html lang='es'><body><table><tr><td class='columnacentral'><p class='titular'>Los vecinos recuperan "
            "el lavadero municipal</p><p class='subtitulo'>Una treintena de voluntarios ha trabajado seis fines de "
            "semana para restaurar la construcción de 1924, abandonada desde hace décadas</p>"
            "<p align='center'><img src='/f/a.jpg' width='520' height='347'></p><p class='pie'>El lavadero, tras la "
            "reparación del tejado, con la balsa limpia y el agua corriendo de nuevo. Foto: Ana Beltrán</p>"
            + ES_PARA * 4 + "</td></tr></table></body></html>")
    rec = extract_article(html.encode(), "https://eco.example/noticias/2026/noticia-1412.html")
    assert rec["body"].startswith("El lavadero de La Fresneda vuelve a tener agua.")


def test_french_blog_read_also_label() -> None:
    """"À lire aussi sur le blog :" labels the headline links after it."""
    html = ("<html lang='fr'><body><div class='blogbody'><h3>Tarte fine aux poireaux</h3><div class='articlebody'>"
            + FR_PARA * 4 + "<p>À lire aussi sur le blog :</p><p><a href='/archives/2026/02/18/41198765.html'>Soupe de "
            "poireaux-pommes de terre à l'ancienne</a><br><a href='/archives/2025/11/06/41034521.html'>Quiche lorraine "
            "comme chez ma mère</a></p>" + FR_PARA + "</div></div></body></html>")
    rec = extract_article(html.encode(), "https://mamiejo.blog.example/archives/2026/03/11/41234567.html")
    assert _related(rec) == ["https://mamiejo.blog.example/archives/2026/02/18/41198765.html",
                             "https://mamiejo.blog.example/archives/2025/11/06/41034521.html"]


def test_picture_linking_to_its_viewer_named_by_the_articles_id() -> None:
    """A picture linking to a viewer page named by the article's ID (``entry-12891234567.html`` ->
    ``image-12891234567-15512345679.html``) is the article's, read with its caption ("↑…")."""
    html = ("<html lang='ja'><body><article><h1>卒園式</h1><div class='skin-entryBody'>" + JA_PARA * 2
            + "<div><a href='https://ameblo.example/satomi-mama/image-12891234567-15512345679.html'><img "
            "src='https://stat.ameba.example/user_images/o1080.jpg' width='560' height='420'></a></div>"
            "<div>↑先生たちが作ってくれたアルバム</div>" + JA_PARA * 2 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://ameblo.example/satomi-mama/entry-12891234567.html")
    assert _images(rec) == [("o1080.jpg", "先生たちが作ってくれたアルバム", None)]



def test_fragment_after_a_break_in_the_pictures_paragraph() -> None:
    """``<p><img><br>Les poireaux du jardin, juste avant d'être lavés</p>``: a short line after the break that
    does not end like a sentence is the caption though it credits nobody; a sentence there is not."""
    html = ("<html lang='fr'><body><div class='blogbody'><h3>Tarte fine aux poireaux</h3><div class='articlebody'>"
            + FR_PARA * 2 + "<p style='text-align:center'><img src='/p/1.jpg' width='500' height='375'><br>Les "
            "poireaux du jardin, juste avant d'être lavés</p>" + FR_PARA + "<p><img src='/p/2.jpg' width='500' "
            "height='375'><br>Ensuite, on fait fondre les poireaux dans une noix de beurre.</p>" + FR_PARA
            + "</div></div></body></html>")
    rec = extract_article(html.encode(), "https://mamiejo.blog.example/archives/2026/03/11/41234567.html")
    assert _images(rec) == [("1.jpg", "Les poireaux du jardin, juste avant d'être lavés", None), ("2.jpg", None, None)]


def test_image_inside_an_addressless_custom_element_named_by_data_hook() -> None:
    """``<wow-image><img src=…></wow-image>``: a custom image element without an address of its own wraps the
    image, which is read; a ``data-hook`` names a caption as ``data-testid`` does ("imageViewerCaption")."""
    html = ("<html lang='en'><body><main><article data-hook='post'><h1>Five native shrubs</h1><div data-hook="
            "'post-description'>" + EN_PARA * 2 + "<div class='_3CWa-' data-hook='imageViewer'><div role='button'>"
            "<div class='_2kGal' data-hook='imageViewer-image'><wow-image class='_2BUsJ'><img src='https://static."
            "wix.example/media/4c2d_8a7b~mv2.jpg' width='740' height='493'></wow-image></div></div><span class='_1GAhv' "
            "data-hook='imageViewerCaption'>Guelder rose berries hang on well into January. Photo: Tom Haverley</span>"
            "</div>" + EN_PARA * 2 + "<div data-hook='imageViewer'><div role='button'><div data-hook='imageViewer-image'>"
            "<wow-image><img src='https://static.wix.example/media/4c2d_1f2e~mv2.jpg' width='740' height='493'>"
            "</wow-image></div></div><span class='_1GAhv' data-hook='imageViewerCaption'>A blackbird on ivy in early "
            "March</span></div>" + EN_PARA + "</div></article></main></body></html>")
    rec = extract_article(html.encode(), "https://garden.example/post/five-native-shrubs")
    assert _images(rec) == [("4c2d_8a7b~mv2.jpg", "Guelder rose berries hang on well into January.", "Tom Haverley"),
                            ("4c2d_1f2e~mv2.jpg", "A blackbird on ivy in early March", None)]


def test_related_posts_label_beside_see_all_over_linked_heading_cards() -> None:
    """A teaser label in a box beside a "See All" link labels the grid of cards after that box; a card's
    headline set as a heading inside its link (``<a><h3>Headline</h3></a>``) is a teaser."""
    html = ("<html lang='en'><body><main><div class='_1rNgk'><article data-hook='post'><h1>Five native shrubs</h1>"
            "<div class='_2GRaC'>" + EN_PARA * 4 + "</div></article><section class='_3v0hy'><div class='_1Gqz9'>"
            "<h2>Related Posts</h2><a href='/blog'>See All</a></div><div class='_1N3zi'><div class='_3pFtW'><a "
            "href='/post/how-to-lay-a-hedge'><img src='/m/h.jpg' alt=''></a><a href='/post/how-to-lay-a-hedge'><h3>How to "
            "lay a hedge the Midland way</h3></a></div><div class='_3pFtW'><a href='/post/a-pond'><h3>A wildlife pond in a "
            "weekend</h3></a></div></div></section></div></main></body></html>")
    rec = extract_article(html.encode(), "https://garden.example/post/five-native-shrubs")
    assert _related(rec) == ["https://garden.example/post/how-to-lay-a-hedge", "https://garden.example/post/a-pond"]


def test_date_in_the_printed_byline() -> None:
    """With no date declared or marked, the date the printed byline gives after the names ("Texto: NAME<br>La
    Fresneda, 11 de marzo de 2026") dates the article, before a year in a link's address."""
    html = ("<html lang='es'><body><table><tr><td><p class='titular'>Los vecinos recuperan el lavadero municipal</p>"
            "<p class='firma'>Texto: Ramón Cifuentes<br>La Fresneda, 11 de marzo de 2026</p>" + ES_PARA * 4
            + "<p><a href='../2025/noticia-1187.html'>La Fresneda busca voluntarios para el lavadero</a></p>"
            "</td></tr></table></body></html>")
    rec = extract_article(html.encode(), "https://eco.example/noticias/2026/noticia-1412.html")
    assert (rec["published"] or "")[:10] == "2026-03-11"


def test_writer_pages_are_no_teasers() -> None:
    """A link to a writer's page in a teaser box (a card's byline) is no related article."""
    html = ("<html lang='en'><body><main><article><h1>Water main break</h1><div class='entry-content'>" + EN_PARA * 4
            + "<div class='related'><h3>Related</h3><ul><li><a href='/a/council-delays-vote/'>Council delays vote on "
            "water rate increase</a> <a href='/author/dana-whitfield/'>Dana Whitfield, City Hall reporter</a></li>"
            "</ul></div></div></article></main></body></html>")
    rec = extract_article(html.encode(), "https://paper.example/a/water-main/")
    assert _related(rec) == ["https://paper.example/a/council-delays-vote/"]


def test_label_named_related_over_teaser_cards() -> None:
    """A teaser label that is itself named "related" (``<h2 class="internal_related">Related coverage</h2>``) still
    labels the cards after it, beyond the container's parent."""
    html = ("<html lang='en'><body><div class='page'><div class='main'><article><h1>Consciousness</h1><div "
            "class='article_body'>" + EN_PARA * 4 + "</div></article></div><div id='suggest_outer' class='place'>"
            "<h2 class='suggested_reading internal_related'>Related coverage</h2><div><div class='suggested_item'><a "
            "href='/articles/319529.php'><span class='title'>Consciousness restored using nerve stimulation</span></a>"
            "</div><div class='suggested_item'><a href='/articles/318965.php'><span class='title'>Cannabis for pain "
            "lacks high-quality evidence</span></a></div></div></div></div></body></html>")
    rec = extract_article(html.encode(), "https://health.example/articles/321000.php")
    assert _related(rec) == ["https://health.example/articles/319529.php", "https://health.example/articles/318965.php"]
