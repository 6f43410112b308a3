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
