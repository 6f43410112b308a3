"""One small page or string per kind of layout the twelfth held-out round (``fixtures/unseen12``)
revealed; each fails without its rule (see "Twelfth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.credits import split_caption

EN_PARA = ("<p>Minibus taxis were back on the roads on Wednesday morning after a two-day strike left thousands "
           "of commuters stranded at ranks across the city and its northern suburbs.</p>")


def _related(rec: dict) -> list[str]:
    return [link["url"] for link in rec["related_links"] if link["kind"] == "related"]


def test_comment_gate_closing_the_text() -> None:
    """"Are you a NAME subscriber? Log in to comment on this article.": the comment section's gate is
    no sentence of the text."""
    html = ("<html><body><article><h1>Taxi strike ends</h1><div class='article__body'>" + EN_PARA * 4
            + "<p class='article__disclaimer'>Are you a News24 subscriber? Log in to comment on this article.</p>"
            "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/taxi-strike-ends")
    assert rec["body"].endswith("northern suburbs.")


def test_box_of_the_sections_stories_beside_the_text() -> None:
    """A teaser-named box after the text headed "Dans la même rubrique" lists the section's stories, no
    teasers of the article."""
    para = ("<p>Devant l’école Jean-Jaurès, les parents ont pris l’habitude de se garer en double file, moteur "
            "allumé, le temps de déposer les enfants avant de repartir vers le centre.</p>")
    html = ("<html lang='fr'><body><main><section class='wrap'><article class='article__content'>"
            "<h1>Rues aux écoles</h1>" + para * 4 + "</article><section class='aside'><h3>Dans la même rubrique</h3>"
            "<div class='teaser'><a href='/planete/article/2026/03/10/pollution-paris.html'>Pic de pollution à "
            "Paris : la circulation différenciée mise en place</a></div></section></section></main></body></html>")
    rec = extract_article(html.encode(), "https://journal.example/planete/article/2026/03/11/rues.html")
    assert _related(rec) == []


def test_related_links_label_after_the_text() -> None:
    """"Related links:" heads a teaser box, as "Related stories:" does."""
    html = ("<html><body><article class='article'><h1>Taxi strike ends</h1><div class='article__body'>" + EN_PARA * 4
            + "<div class='rel_wrp'><div class='rel_blck'><b>Related links:</b><div class='outline_list'>"
            "<a href='/news/taxi-impoundments-bylaw'>Taxi impoundments: what the city bylaw says</a></div></div></div>"
            "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/news/taxi-strike-ends")
    assert _related(rec) == ["https://news.example/news/taxi-impoundments-bylaw"]


def test_paper_declared_as_author_on_its_own_news_site() -> None:
    """A paper's site ("産経ニュース") declaring the paper ("産経新聞") as its JSON-LD author names itself: no
    source credit."""
    para = "<p>奈良公園周辺に生息する国の天然記念物「奈良のシカ」の頭数が、昨年より約６０頭少ない１２７５頭だったことが、調査で分かった。</p>"
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"奈良公園のシカ、初の頭数減少",'
          '"datePublished":"2026-03-11T18:30:00+09:00","author":{"@type":"Organization","name":"産経新聞"},'
          '"publisher":{"@type":"Organization","name":"産経ニュース"}}')
    html = (f"<html lang='ja'><head><script type='application/ld+json'>{ld}</script></head><body><article>"
            "<h1>奈良公園のシカ、初の頭数減少</h1><div class='article-body'>" + para * 4 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://www.sankei.example/article/20260311-QW3ERTY/")
    assert [a for a in rec["attributions"] if a["role"] == "source"] == []



def test_indonesian_teaser_labels() -> None:
    """"Baca juga:" inside the text and "Berita Terkait" after it are teaser labels."""
    para = ("<p>Pemerintah Kota Bandung menyiapkan 50 titik sumur resapan baru untuk mengurangi genangan air di "
            "jalan saat hujan deras, kata kepala dinas di Balai Kota.</p>")
    html = ("<html lang='id'><body><article><h1>Sumur resapan</h1><div class='read__content'>" + para * 2
            + "<p><strong>Baca juga:</strong> <a href='/read/2026/02/20/hujan-deras'>Hujan Deras, Sejumlah Ruas "
            "Jalan di Bandung Tergenang</a></p>" + para * 2 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://kota.example/read/2026/03/11/sumur-resapan")
    assert _related(rec) == ["https://kota.example/read/2026/02/20/hujan-deras"]


def test_caption_closing_on_a_day_in_parentheses() -> None:
    """"…, Kota Bandung, Rabu (11/3/2026).": the day in figures in parentheses is the caption's, no credit."""
    caption = "Pekerja membuat sumur resapan di Jalan Pasteur, Kota Bandung, Rabu (11/3/2026)."
    assert split_caption(caption)[0] == caption


def test_more_section_box_under_a_visible_breadcrumb() -> None:
    """"More Local News" after the article, whose breadcrumb trail reads "News / Local News": the section's latest
    stories, no teasers."""
    para = ("<p>Tulsa County commissioners on Wednesday approved a plan to widen a stretch of Mingo Creek and buy "
            "out homes that flood almost every spring, after years of complaints.</p>")
    html = ("<html><body><main><article class='article-wrapper'><header><div class='article-head__breadcrumbs'>"
            "<a href='/news/'>News</a> / <a href='/news/local-news/'>Local News</a></div><h1>Flood plan</h1></header>"
            "<div class='article-content'>" + para * 4 + "</div></article><section class='article-list'>"
            "<h2>More Local News</h2><article><h3><a href='/news/local-news/splash-pad-opens-this-summer/'>Broken "
            "Arrow to open new splash pad this summer</a></h3></article></section></main></body></html>")
    rec = extract_article(html.encode(), "https://station.example/news/local-news/flood-plan/")
    assert _related(rec) == []
