"""One small page or string per kind of layout the eighteenth held-out round (``fixtures/unseen18``)
revealed; each fails without its rule (see "Eighteenth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.authors import reporters_in_text
from newsarchive.extraction.credits import clean_credit, split_caption

JA_PARA = ("<p>都によると、認可保育所などの定員は前年より約2千人増えて約32万人となった。就学前の子どもの数が"
           "減少していることも影響したとみられる。</p>")
EN_PARA = ("<p>The researchers scanned the brains of 24 volunteers after a full night of sleep and again after a "
           "night without any, and found the regions that read other people's minds far less active.</p>")


def test_writer_in_round_brackets_closing_a_japanese_text() -> None:
    """A Japanese paper's writer in full-width round brackets after the last sentence names the writer;
    the notes such brackets close a text with, an agency and a desk name nobody."""
    assert reporters_in_text("…補助を拡充する。（山田太郎）") == ["山田太郎"]
    assert reporters_in_text("…と話した。（山田太郎、佐藤花子）") == ["山田太郎", "佐藤花子"]
    for note in ("…と話した。（敬称略）", "…と話した。（共同）", "…と話した。（社会部）", "…表示。（央视新闻）", "…表示。（完）"):
        assert reporters_in_text(note) == []


def test_writer_closing_the_text_on_a_page() -> None:
    html = ("<html lang='ja'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
            "{\"@type\":\"Organization\",\"name\":\"東京新聞\"}}</script></head><body><article><h1>待機児童、3年連続ゼロに</h1>"
            + JA_PARA * 3 + "<p>都は新年度、保育士の処遇改善や送迎バスの運行費の補助を拡充する。（山田太郎）</p></article></body></html>")
    rec = extract_article(html.encode(), "https://shimbun.example/article/1")
    assert rec["authors"] == ["山田太郎"]


def test_blog_post_footer_line_ends_the_text() -> None:
    """A blog post's footer line naming the writer after the categories ("in Science, Posted by NAME")
    ends the text: the note after it is the blog's."""
    html = ("<html><body><div id='article'><h1>Sleep loss makes people less helpful</h1>" + EN_PARA * 4
            + "<p>in <a href='/c/science/'>Science</a>, Posted by log1h_ik</p>"
            "<p>You can read the machine translated English article <a href='/en/1/'>here</a>.</p>"
            "</div></body></html>")
    rec = extract_article(html.encode(), "https://blog.example/news/20260311-sleep/")
    assert rec["body"].endswith("far less active.")


def test_blog_post_footer_line_in_other_languages() -> None:
    """The footer line read in the languages blogs print it ("Science | Publié par jdupont", "Wissenschaft ·
    Eingestellt von kbauer"): the text ends there, and the handle with no byline is the writer, as in English."""
    for line, handle in (("<a href='/c/science/'>Science</a> | Publié par jdupont", "jdupont"),
                         ("<a href='/c/wissen/'>Wissenschaft</a> · Eingestellt von kbauer", "kbauer")):
        html = ("<html><body><div id='article'><h1>Sleep loss makes people less helpful</h1>" + EN_PARA * 4
                + f"<p>{line}</p><p>You can read the machine translated article <a href='/en/1/'>here</a>.</p>"
                "</div></body></html>")
        rec = extract_article(html.encode(), "https://blog.example/news/20260311-sleep/")
        assert rec["body"].endswith("far less active."), line
        assert rec["authors"] == [handle], line


def test_shot_label_alone_in_a_chinese_caption() -> None:
    """"攝：NAME/OUTLET" closing a caption credits the photographer, as "攝影：" does."""
    caption, credit = split_caption("2026年2月20日，宜蘭清水地熱電廠。攝：陳怡安/端傳媒")
    assert caption == "2026年2月20日，宜蘭清水地熱電廠。" and clean_credit(credit) == "陳怡安/端傳媒"


def test_outlet_reporter_without_name_closing_a_caption() -> None:
    """"…。（明報記者攝）": the outlet's reporter, unnamed, took the picture: the staff credit is the credit."""
    caption, credit = split_caption("發展局局長昨日介紹北部都會區大學城發展框架。（明報記者攝）")
    assert caption == "發展局局長昨日介紹北部都會區大學城發展框架。" and credit == "明報記者"


FR_PARA = ("<p>« Avec le prix de la farine et de l'électricité, nous travaillons à perte depuis deux ans », explique "
           "Mamadou Ndiaye, boulanger depuis trente ans dans le quartier de la Médina, à Dakar.</p>")


def test_own_correspondent_under_an_outlet_byline_is_the_writer() -> None:
    """"Par : RFI" names the outlet; "Avec notre correspondant à Dakar, NAME" opening the text names the
    correspondent who reported the story: its author, when no person is named as writer."""
    html = ("<html lang='fr'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
            "[{\"@type\":\"Organization\",\"name\":\"RFI\"}]}</script></head><body><article>"
            "<h1>Sénégal: la hausse du prix du pain provoque la colère des boulangers</h1>"
            "<div class='byline'>Par : RFI</div><div class='body'><p><strong>Avec notre correspondant à Dakar, "
            "Moussa Diop</strong></p>" + FR_PARA * 4 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://radio.example/fr/afrique/20260311-pain")
    assert rec["authors"] == ["Moussa Diop"]
    assert ("author", "Moussa Diop") in {(a["role"], a["name"]) for a in rec["attributions"]}


def test_account_handle_in_a_blog_post_footer_line_is_the_writer() -> None:
    """With no byline, the handle closing a blog post's footer line ("in Science, Posted by log1h_ik") is the
    writer's; the software's own account ("Posted by admin") names nobody."""
    page = ("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
            "{\"@type\":\"Organization\",\"name\":\"Blog\"}}</script></head><body><div id='article'>"
            "<h1>Sleep loss makes people less helpful</h1>" + EN_PARA * 4
            + "<p>in <a href='/c/science/'>Science</a>, Posted by {}</p></div></body></html>")
    rec = extract_article(page.replace("{}", "log1h_ik").encode(), "https://blog.example/news/20260311-sleep/")
    assert rec["authors"] == ["log1h_ik"]
    rec = extract_article(page.replace("{}", "admin").encode(), "https://blog.example/news/20260311-sleep/")
    assert rec["authors"] == []
