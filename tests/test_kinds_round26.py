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
