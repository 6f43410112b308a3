"""One small page or string per kind of layout the seventh held-out round (``fixtures/unseen7``)
revealed; each fails without its rule (see "Seventh held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

import pytest

from newsarchive.extraction import extract_article

EN_PARA = ("<p>Our main test suite had crept up to forty minutes, and engineers had started batching their "
           "changes together to avoid waiting on the continuous integration pipeline every time.</p>")


def test_author_card_in_a_post_footer_beside_related_posts() -> None:
    """A blog's author card ("Written by NAME") in the post's footer, which also holds previous/next
    links and a "Related posts" section: the teasers sit in blocks of their own, so the card is
    the article's byline."""
    html = ("<html lang='en'><head><script type='application/ld+json'>{\"@type\":\"BlogPosting\","
            "\"headline\":\"Test sharding\",\"author\":{\"@type\":\"Organization\",\"name\":\"Acme Engineering\"}}"
            "</script></head><body><main><article><header><h1>Test sharding</h1></header><div class='prose'>"
            + EN_PARA * 4 + "</div><footer class='post-footer'><div class='author-card'><p>Written by "
            "<a href='/authors/priya-raman/'>Priya Raman</a></p><p>Priya is a staff engineer.</p></div>"
            "<nav class='post-nav'><a href='/blog/a/'>← Quarantining flaky tests in our pipeline</a></nav>"
            "<section class='related-posts'><h2>Related posts</h2><ul><li><a href='/blog/b/'>Pytest fixtures at "
            "a very large scale</a></li></ul></section></footer></article></main></body></html>")
    rec = extract_article(html.encode(), "https://eng.example/blog/test-sharding/")
    assert rec["authors"] == ["Priya Raman"]


def test_related_posts_in_the_article_footer() -> None:
    """A "Related posts" section named so, inside the article's own ``<footer>`` (skipped as page
    furniture), holds the article's teasers; a site footer's list is none."""
    html = ("<html lang='en'><body><main><article><h1>Test sharding</h1><div class='prose'>" + EN_PARA * 4
            + "</div><footer class='post-footer'><section class='related-posts'><h2>Related posts</h2><ul>"
            "<li><a href='/blog/flaky/'>Quarantining flaky tests without losing signal</a></li></ul></section>"
            "</footer></article></main><footer><div class='related-sites'><a href='/other/'>Our other engineering "
            "blog about databases</a></div></footer></body></html>")
    rec = extract_article(html.encode(), "https://eng.example/blog/test-sharding/")
    assert [link["url"] for link in rec["related_links"] if link["kind"] == "related"] == \
        ["https://eng.example/blog/flaky/"]

JA_PARA = ("<p>ドジャースの大谷翔平投手が11日、ジャイアンツとのオープン戦に先発出場し、3回に今季初本塁打となる"
           "特大のソロを放った。打球は右翼後方の芝生席に飛び込み、敵地のファンからもどよめきが起きた。</p>")


def test_captioned_credited_picture_linking_to_its_gallery() -> None:
    """A lead picture wrapped in a link to its photo gallery page ("［写真］ 全3枚を見る"), with a caption
    closing on "（撮影・NAME）", is the article's picture, not a teaser; a linked picture with no credit
    (a teaser's) is still left out."""
    html = ("<html lang='ja'><body><article><h1>大谷、初アーチ</h1><div class='photo-main'>"
            "<a href='/gazo/1.html'><img src='/jpeg/1.jpg' alt=''></a><p class='caption'>3回、ソロ本塁打を放つ大谷"
            "（撮影・沢田　明徳）</p><p><a href='/gazo/1.html'>［写真］ 全3枚を見る</a></p></div><div class='news-text'>"
            + JA_PARA * 3 + "</div><div class='box'><a href='/kiji/2.html'><img src='/jpeg/2.jpg' alt=''></a>"
            "<p class='caption'>ブルペンで40球</p></div></article></body></html>")
    rec = extract_article(html.encode(), "https://sports.example/kiji/1.html")
    images = [(i["url"], i["caption"], i["credit"]) for i in rec["images"]]
    assert images == [("https://sports.example/jpeg/1.jpg", "3回、ソロ本塁打を放つ大谷", "沢田 明徳")]

ZH_PARA = "<p>3月12日上午，我国自主研制的宽体客机首架机在上海浦东基地完成总装并正式下线，标志着该机型研制进入全面试验阶段。</p>"


def test_caption_after_a_break_in_the_pictures_paragraph() -> None:
    """A portal's picture paragraph ``<p><img><br>CAPTION。图/AGENCY</p>``: the line after the break, closing
    on a photo credit, is the caption and credit; a line with no credit is left alone."""
    html = ("<html lang='zh'><body><article><h1>大飞机下线</h1><div class='post_body'>"
            "<p class='f_center'><img src='/photo/1.jpeg' alt='C929'><br>C929首架机总装下线仪式现场。图/视觉中国</p>"
            + ZH_PARA * 3 + "<p><img src='/photo/2.jpeg' alt=''><br>这是一段没有署名的文字。</p>" + ZH_PARA
            + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://portal.example/article/1.html")
    images = {i["url"]: (i["caption"], i["credit"]) for i in rec["images"]}
    assert images["https://portal.example/photo/1.jpeg"] == ("C929首架机总装下线仪式现场。", "视觉中国")
    assert images.get("https://portal.example/photo/2.jpeg", (None, None)) == (None, None)


def test_chinese_source_line_names_the_source() -> None:
    """"本文来源：ACCOUNT" closing a portal's article names the outlet or account the text came from
    (a 网易号 account, no known agency) as its source."""
    html = ("<html lang='zh'><body><article><h1>大飞机下线</h1><div class='post_body'>" + ZH_PARA * 4
            + "<p>本文来源：航空观察家</p></div></article></body></html>")
    rec = extract_article(html.encode(), "https://portal.example/article/1.html")
    assert ("source", "航空观察家") in [(a["role"], a["name"]) for a in rec["attributions"]]


@pytest.mark.parametrize("topic", ["/topic/Chennai_Metro_Rail/", "/thema/Chennai_Metro_Rail"])
def test_topic_links_in_a_related_box_are_no_teasers(topic: str) -> None:
    """A "Related Topics" box named related links topic pages ("/topic/Chennai_Metro_Rail/", German
    "/thema/..."), not stories: no teasers; a story link in a teaser box still is one."""
    html = ("<html lang='en'><body><article><h1>Metro trial run</h1><div class='articlebody'>" + EN_PARA * 2
            + "<div class='related-box'><h4>Also Read</h4><a href='/news/metro-driverless-train/article1.ece'>"
            "The first driverless train arrives in the city</a></div>" + EN_PARA * 2 + "</div>"
            f"<div class='related-topics'><h3>Related Topics</h3><a href='{topic}'>Chennai Metro "
            "Rail Limited</a></div></article></body></html>")
    rec = extract_article(html.encode(), "https://daily.example/news/metro-trial/article2.ece")
    assert [link["url"] for link in rec["related_links"] if link["kind"] == "related"] == \
        ["https://daily.example/news/metro-driverless-train/article1.ece"]


def test_sports_result_line_opens_the_text() -> None:
    """A sports report's first line, the result and then the day and place in brackets ("オープン戦
    ドジャース5―3ジャイアンツ（2026年3月11日　スコッツデール）"), is text, not a date line to drop."""
    html = ("<html lang='ja'><body><article><h1>大谷、初アーチ</h1><div class='news-text'>"
            "<p>オープン戦　ドジャース5―3ジャイアンツ（2026年3月11日　スコッツデール）</p>" + JA_PARA * 3
            + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://sports.example/kiji/1.html")
    assert rec["body"].startswith("オープン戦")


# -- the held-out pages' kinds, fixed after the round ------------------------------------------------

FR_PARAS = ("<p>Dès 8 heures, la file d'attente s'étirait jusqu'à la cathédrale. Samedi, le marché a connu une "
            "affluence jamais vue depuis sa création.</p><p>« On a vu arriver des gens de Bordeaux, de Toulouse et "
            "même de Belgique », se réjouit le président du syndicat.</p><p>Le prix a oscillé entre 800 et 1 000 "
            "euros le kilo, un niveau stable par rapport à l'an dernier.</p><p>La prochaine édition est prévue en "
            "décembre, avec une journée consacrée aux chiens truffiers.</p>")


def _regional(top: str) -> str:
    html = ("<html lang='fr'><body><main><div class='article-wrapper'><h1>Le marché aux truffes bat un record</h1>"
            + top + "<div class='article-body'>" + FR_PARAS + "</div></div></main></body></html>")
    return extract_article(html.encode(), "https://regional.example/truffes.php")["body"]


def test_published_and_updated_sentences_are_a_date_line() -> None:
    """"Publié le … à 18h20. Mis à jour le … à 6h10." ends in full stops but only says when the
    article was published and updated: not the text's opening."""
    body = _regional("<p class='signature'>Par Pierre Castagné</p>"
                     "<p class='dates'>Publié le 11/03/2026 à 18h20. Mis à jour le 12/03/2026 à 6h10.</p>")
    assert body.startswith("Dès 8 heures")


def test_a_published_sentence_of_the_text_stays() -> None:
    """A lede that names a publication and a date, with more words than a date line has, opens the text."""
    body = _regional("<p>Le rapport du syndicat a été publié le 11/03/2026 après deux ans de retard et trois "
                     "changements de président.</p>")
    assert body.startswith("Le rapport du syndicat")


def test_a_legend_box_is_the_pictures_caption_not_text() -> None:
    """A picture's legend in a paragraph named so ("article-media__legende") before the text's box is
    its caption, not the text's opening."""
    body = _regional("<div class='article-media'><img src='/t.jpg'><p class='article-media__legende'>Les "
                     "trufficulteurs ont vendu près de 80 kilos de truffes en une seule matinée. "
                     "<span class='article-media__credit'>Photo Pierre Castagné</span></p></div>")
    assert body.startswith("Dès 8 heures")


TW_PARA = "<p>台積電表示，2奈米製程採用奈米片電晶體架構，與3奈米相比，在相同功耗下效能提升10%至15%，功耗降低25%至30%。</p>"


def _tw_page(dateline: str, meta_author: str = "中央社") -> dict:
    html = (f"<html lang='zh-Hant-TW'><head><meta name='author' content='{meta_author}'></head><body><article>"
            f"<h1>台積電高雄廠2奈米量產</h1><div class='paragraph'><p>{dateline}台積電今天宣布，高雄廠2奈米製程正式進入量產，"
            "首批晶片將於第2季交付。</p>" + TW_PARA * 3 + "</div></article></body></html>")
    return extract_article(html.encode(), "https://agency.example/news/afe/1.aspx")


@pytest.mark.parametrize(("dateline", "authors"), [
    ("（中央社記者鍾榮峰台北12日電）", ["鍾榮峰"]),
    ("（中央社記者王明台北12日電）", ["王明"]),
    ("（中央社記者林宏翰、陳美玲華盛頓11日專電）", ["林宏翰", "陳美玲"]),
    ("（中央社台北12日電）", []),
])
def test_agency_dateline_in_brackets_names_reporters_and_source(dateline: str, authors: list[str]) -> None:
    """A Taiwanese agency's dateline, "（AGENCY記者NAME PLACE DAY電）": the reporters between the title and
    the place are the authors, the agency is the source (not a contributor, though the page's declared
    author names it)."""
    rec = _tw_page(dateline)
    assert rec["authors"] == authors
    roles = {(a["role"], a["name"]) for a in rec["attributions"] if a["role"] != "author"}
    assert roles == {("source", "中央社")}


def test_byline_agency_named_by_the_dateline_is_the_source_once() -> None:
    """"By Ann Lee, Reuters" over "WASHINGTON (Reuters) -": Reuters is the story's source, recorded
    once; a byline agency the text does not name stays a contributor."""
    def roles(dateline: str) -> set[tuple[str, str]]:
        html = ("<html lang='en'><body><article><h1>Titan mapped</h1><p class='byline'>By Ann Lee, Reuters</p>"
                f"<div class='body'><p>{dateline}Scientists on Monday unveiled the first global geological map of "
                "Saturn's moon Titan, including vast plains and dunes of frozen organic material.</p>" + EN_PARA * 3
                + "</div></article></body></html>")
        rec = extract_article(html.encode(), "https://wire.example/titan")
        return {(a["role"], a["name"]) for a in rec["attributions"] if a["role"] != "author"}
    assert roles("WASHINGTON (Reuters) - ") == {("source", "Reuters")}
    assert roles("") == {("contributor", "Reuters")}


def test_teaser_label_before_several_bare_links() -> None:
    """A box holding a teaser label and, with no list and no punctuation, several headline links
    ("<span>延伸閱讀</span><a>…</a><a>…</a>") is a teaser box: both links are related."""
    html = ("<html lang='zh-Hant-TW'><body><article><h1>台積電高雄廠2奈米量產</h1><div class='paragraph'>" + TW_PARA * 2
            + "<div class='more'><span class='title'>延伸閱讀</span><a href='/news/a.aspx'>台積電2月營收年增32% 創同期新高</a>"
            "<a href='/news/b.aspx'>2奈米良率傳突破7成 法人看好</a></div>" + TW_PARA * 2 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://agency.example/news/afe/1.aspx")
    assert [link["url"] for link in rec["related_links"] if link["kind"] == "related"] == \
        ["https://agency.example/news/a.aspx", "https://agency.example/news/b.aspx"]
    assert "延伸閱讀" not in rec["body"]


@pytest.mark.parametrize(("note", "credit"), [("（中央社檔案照片）", "中央社檔案照片"), ("（新華社資料照片）", "新華社資料照片"),
                                              ("（路透社）", "路透社")])
def test_caption_closing_with_an_agency_file_photo_note(note: str, credit: str) -> None:
    """A Chinese caption closing with the agency in brackets, maybe calling the picture one of its
    files ("（中央社檔案照片）"): that bracket is the credit."""
    html = ("<html lang='zh-Hant-TW'><body><article><h1>台積電高雄廠2奈米量產</h1><figure><img src='/p.jpg'>"
            f"<figcaption>台積電高雄廠12日宣布2奈米製程進入量產。圖為廠區外觀。{note}</figcaption></figure>"
            + TW_PARA * 4 + "</article></body></html>")
    rec = extract_article(html.encode(), "https://agency.example/news/afe/1.aspx")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [("台積電高雄廠12日宣布2奈米製程進入量產。圖為廠區外觀。", credit)]
