"""One small page or string per kind of layout the twenty-sixth held-out round (``fixtures/unseen26``)
revealed; each fails without its rule (see "Twenty-sixth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

JA_PARA = "<p>保育士の有効求人倍率は全国で3倍を超え、都市部ではさらに高い。賃金の低さや、書類仕事の多さを理由に辞める人も後を絶たない。</p>"


def _related(rec: dict) -> set[str]:
    return {link["url"] for link in rec.get("related_links") or [] if link.get("kind") == "related"}


def test_japanese_you_might_also_like_heads_teasers_inside_the_text() -> None:
    """"こちらの記事もおすすめ" (these articles are recommended too) heads a teaser box inside the text; over cards after
    the article it heads the site's picks, as a bare "Recommended" does."""
    html = ("<html lang='ja'><head><title>保育士不足が深刻に | ニュース</title></head><body><article>"
            "<h1>保育士不足が深刻に</h1><div class='article__body'>" + JA_PARA +
            "<div class='box'><p>こちらの記事もおすすめ</p><a href='/articles/-/100'>待機児童ゼロの自治体が"
            "増えた理由</a></div>" + JA_PARA.replace("保育士", "幼稚園教諭") + "</div>"
            "<div class='recommend'><h2>こちらの記事もおすすめ</h2><ul><li><a href='/articles/-/200'>"
            "保育園の「午睡チェック」の負担</a></li></ul></div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/articles/-/300")
    assert _related(rec) == {"https://news.example/articles/-/100"}


def test_tv_report_crew_after_the_writer_is_no_author() -> None:
    """"NAME | Reportage TF1 NAME, NAME": the writer is the author, the report's crew (after the channel's short
    name) are contributors, none of them a writer."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("Julie Masson\n | \nReportage TF1 Antoine Lebrun, Sophie Garnier") == (["Julie Masson"], [])
    html = ("<html lang='fr'><head><title>Un village rouvre son école | TF1 INFO</title></head><body><main>"
            "<h1>Un village rouvre son école</h1><div class='ArticleHeader__Authors'><span class='author'>Julie "
            "Masson</span> | <span>Reportage TF1 Antoine Lebrun, Sophie Garnier</span></div>"
            "<div class='ArticleBody'><p>Dans la cour, les cris des enfants ont remplacé le silence depuis la rentrée "
            "de janvier, avec dix-sept élèves inscrits.</p><p>Il y a six ans, l'académie avait fermé la classe unique, "
            "faute d'effectifs suffisants, au grand regret du maire.</p></div></main></body></html>")
    rec = extract_article(html.encode(), "https://www.tf1info.example/societe/un-village-rouvre-son-ecole-1.html")
    assert rec["authors"] == ["Julie Masson"]
    roles = {(a["role"], a["name"]) for a in rec["attributions"]}
    assert {("contributor", "Antoine Lebrun"), ("contributor", "Sophie Garnier")} <= roles


def test_summary_element_of_the_text_block_is_no_text() -> None:
    """A bullet summary named as an element of the text's block ("ArticleBody__Summary") first in the text's box:
    no opening of the text, though the block's name says "body"."""
    html = ("<html lang='fr'><head><title>Un village rouvre son école</title></head><body><main>"
            "<h1>Un village rouvre son école</h1><div class='ArticleBody'><ul class='ArticleBody__Summary'>"
            "<li>L'école avait fermé en 2019, faute d'élèves.</li><li>Elle accueille aujourd'hui 17 enfants.</li></ul>"
            "<p>Dans la cour, les cris des enfants ont remplacé le silence depuis la rentrée de janvier, avec "
            "dix-sept élèves inscrits.</p><p>Il y a six ans, l'académie avait fermé la classe unique, faute "
            "d'effectifs suffisants, au grand regret du maire.</p></div></main></body></html>")
    rec = extract_article(html.encode(), "https://www.tf1info.example/societe/un-village-rouvre-son-ecole-1.html")
    assert rec["body"].startswith("Dans la cour, les cris des enfants")
    from newsarchive.extraction.hints import ARTICLE, kinds_of

    assert kinds_of("article-body__text", None, None) & ARTICLE


def test_next_label_glued_to_the_source_is_no_part_of_it() -> None:
    """"来源：观察者网作者：NAME" (the header line's spans printed without a space): the source is 观察者网, the site
    itself here (no source), never "观察者网作者"."""
    from newsarchive.extraction.attributions import _CJK_SOURCE_LABEL, _GLUED_NEXT_LABEL

    match = _CJK_SOURCE_LABEL.search("2026-03-11 17:30:12来源：新京报作者：李文涛")
    assert _GLUED_NEXT_LABEL.sub("", match.group("name")) == "新京报"
    html = ("<html lang='zh-CN'><head><title>国产大飞机完成首次试车_新闻网</title></head><body><div class='left'>"
            "<h1>国产大飞机完成首次试车</h1><div class='time'><span>2026-03-11 17:30:12</span><span>来源：新京报</span>"
            "<span>作者：李文涛</span></div><div class='all-txt'><p>3月11日，中国商飞宣布，宽体客机原型机在上海浦东基地完成首次"
            "发动机地面试车，标志着该机型向首飞迈出关键一步。</p><p>据介绍，此次试车持续约40分钟，先后完成了发动机启动、慢车运行、"
            "加速和停车等科目，各系统工作正常。</p></div></div></body></html>")
    rec = extract_article(html.encode(), "https://www.news.example/industry/2026_03_11_768123.shtml")
    assert [a["name"] for a in rec["attributions"] if a["role"] == "source"] == ["新京报"]


def test_picture_in_a_teaser_named_header_box_with_its_caption_line_above_the_credit() -> None:
    """The headline's box named as a teaser ("cssBoxTeaserStandard") holds the lead picture: the article's, not a
    teaser's; its caption is the plain line above the named credit ("<p class='subtitle'>…</p><p class='copyright'>
    Bildrechte: NAME</p>")."""
    html = ("<html lang='de'><head><title>Landtag beschließt Schulgesetz | MDR.DE</title></head><body>"
            "<div class='sectionWrapper'><div class='cssBoxTeaserStandard conTeaser'><div class='detail'>"
            "<h1>Landtag beschließt Schulgesetz</h1></div><div class='mediaCon'><div class='img'><img "
            "src='/bilder/landtag-plenum-100.jpg' alt=''></div><div class='cssBoxContent'><p class='subtitle'>Im "
            "Plenarsaal des Landtags wurde am Mittwoch abgestimmt.</p><p class='copyright'>Bildrechte: picture "
            "alliance/dpa | Robert Michael</p></div></div></div><div class='paragraphs'><p class='text'>Mit den "
            "Stimmen der Koalitionsfraktionen hat der Landtag am Mittwoch das neue Schulgesetz verabschiedet.</p>"
            "<p class='text'>Kern des Gesetzes ist eine schrittweise Senkung der Klassenobergrenze an "
            "Grundschulen.</p></div></div></body></html>")
    rec = extract_article(html.encode(), "https://www.mdr.example/nachrichten/landtag-schulgesetz-100.html")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [
        ("Im Plenarsaal des Landtags wurde am Mittwoch abgestimmt.", "picture alliance/dpa | Robert Michael")]


def test_broadcasters_programme_after_the_writer_is_no_author() -> None:
    """"von NAME, MDR AKTUELL" on mdr's host: the part opening with the host's name in capitals is the broadcaster's
    programme, no writer."""
    html = ("<html lang='de'><head><title>Landtag beschließt Schulgesetz | MDR.DE</title></head><body><article>"
            "<h1>Landtag beschließt Schulgesetz</h1><p class='author'>von Katrin Sommerfeld, MDR AKTUELL</p>"
            "<div class='paragraphs'><p>Mit den Stimmen der Koalitionsfraktionen hat der Landtag am Mittwoch das neue "
            "Schulgesetz verabschiedet, nach monatelanger Debatte.</p><p>Kern des Gesetzes ist eine schrittweise "
            "Senkung der Klassenobergrenze an Grundschulen von 28 auf 25 Kinder.</p></div></article></body></html>")
    rec = extract_article(html.encode(), "https://www.mdr.example/nachrichten/landtag-schulgesetz-100.html")
    assert rec["authors"] == ["Katrin Sommerfeld"]


def test_lead_box_between_the_byline_and_the_picture_beside_the_headline() -> None:
    """A lead alone in a box named so, after the byline's box and right before the lead picture's, all beside the
    ``<h1>`` in the box that also holds the text's: a deck, no opening of the text."""
    html = ("<html lang='de'><head><title>Bergretter warnen vor Triebschnee | krone.at</title><meta name='description' "
            "content='Nach den Neuschneefällen herrscht in weiten Teilen Tirols große Lawinengefahr.'></head><body>"
            "<div class='c_article'><h1 class='c_title'>Bergretter warnen vor Triebschnee</h1><div class='c_authordate'>"
            "<div class='c_author'>Manuel Schwaiger</div><div class='c_time'>11.03.2026 17:30</div></div>"
            "<div class='c_lead'><p>Nach bis zu einem Meter Neuschnee herrscht in Tirol Lawinenwarnstufe 4. Die "
            "Bergrettung appelliert an alle Wintersportler, die Pisten nicht zu verlassen.</p></div><div class='c_image'>"
            "<img src='/lawine.jpg' alt=''><div class='c_caption'>Ein Lawinenkegel oberhalb von Sölden (Bild: APA)</div>"
            "</div><div class='c_content'><div class='c_text'><p><b>Der Lawinenwarndienst Tirol hat am Mittwoch die "
            "zweithöchste Gefahrenstufe ausgerufen.</b> Vor allem Triebschnee sei leicht auszulösen.</p></div>"
            "<div class='c_text'><p>Bereits am Dienstag wurden in Tirol drei Lawinenabgänge mit Personenbeteiligung "
            "gemeldet, alle gingen glimpflich aus.</p></div></div></div></body></html>")
    rec = extract_article(html.encode(), "https://www.krone.example/3412987")
    assert rec["body"].startswith("Der Lawinenwarndienst Tirol hat am Mittwoch")


def test_writers_initials_closing_a_source_line() -> None:
    """"Quelle: MDR AKTUELL/dpa (ksm)": the lower-case initials in brackets closing the line are the writer's; the
    agency before them is still credited."""
    from newsarchive.extraction.attributions import credited

    assert credited("Quelle: MDR AKTUELL/dpa (ksm)") == [("credit", "dpa")]
    assert credited("Quelle: dpa (ksm/dg)") == [("credit", "dpa")]


def test_german_region_latest_label_heads_no_teasers() -> None:
    """"Mehr aus der Region Dresden", "Mehr aus Sachsen" over a teaser-named box after the article: the region's
    latest stories, no teasers; "Mehr zum Thema" before it still heads teasers."""
    from newsarchive.extraction.body import _LATEST_LABEL

    assert _LATEST_LABEL.match("Mehr aus der Region Dresden") and _LATEST_LABEL.match("Mehr aus Sachsen")
    assert not _LATEST_LABEL.match("Mehr zum Thema")
    html = ("<html lang='de'><head><title>Landtag beschließt Schulgesetz | MDR.DE</title></head><body>"
            "<div class='wrap'><div class='head'><h1>Landtag beschließt Schulgesetz</h1></div>"
            "<div class='paragraphs'><p class='text'>Mit den Stimmen der Koalitionsfraktionen hat der Landtag am "
            "Mittwoch das neue Schulgesetz verabschiedet, nach monatelanger Debatte.</p><p class='text'>Kern des "
            "Gesetzes ist eine schrittweise Senkung der Klassenobergrenze an Grundschulen von 28 auf 25 Kinder.</p>"
            "</div><div class='section3'><div class='cssBoxTeaserStandard linkList'><h2>Mehr zum Thema</h2>"
            "<a href='/nachrichten/schulsozialarbeit-100.html'>Wer bezahlt die Sozialarbeiter an Oberschulen?</a></div>"
            "<div class='cssBoxTeaserStandard moreFrom'><h2>Mehr aus Sachsen</h2><ul><li><a "
            "href='/nachrichten/messe-100.html'>Buchmesse: Rekord bei Vorverkauf</a></li><li><a "
            "href='/nachrichten/kulturhauptstadt-100.html'>Kulturhauptstadt: Die Bilanz</a></li></ul></div></div>"
            "</div></body></html>")
    rec = extract_article(html.encode(), "https://www.mdr.example/nachrichten/landtag-schulgesetz-100.html")
    assert "https://www.mdr.example/nachrichten/messe-100.html" not in _related(rec)
