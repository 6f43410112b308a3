"""Kinds of layout met on the third round of imitation pages (``fixtures/unseen3``): one small
page or string per rule (see "Third held-out round" in ``docs/extraction-design.md``)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

TEXT = ["Ferry fares will rise by twelve per cent from July, the biggest single increase in more than a "
        "decade, under a new schedule released by the regulator on Thursday morning.",
        "An adult trip on the longest route will cost more at peak times, while the weekly cap will climb "
        "again, the regulator said in a statement published with the new schedule."]


def _page(after: str) -> dict:
    html = ("<html><body><article><h1>Ferry fares to rise</h1><div class='body'>"
            + "".join(f"<p>{t}</p>" for t in TEXT) + after + "</div></article></body></html>")
    return extract_article(html.encode(), "https://news.example/ferry")


def test_a_print_issue_note_after_the_text_is_not_text() -> None:
    for note in ("<p><em>This article appears in the April 2026 issue of Harbour Monthly. "
                 "<a href='/subscribe'>Subscribe now</a>.</em></p>",
                 "<p>This article appears in the <a href='/toc'>April 2026</a> print edition with the headline "
                 "“Fares Rise.”</p>",
                 "<p>A version of this article appears in print on March 13, 2026, Section A, Page 1 of the "
                 "New York edition with the headline: Ferry Fares to Rise.</p>"):
        assert _page(note)["body"].endswith(TEXT[-1]), note


def test_a_rights_notice_after_the_text_is_not_text() -> None:
    for note in ("<p>毎日新聞のニュースサイトに掲載の記事・写真・図表など無断転載を禁止します。</p>",
                 "<p>版权所有，未经授权不得转载。</p>"):
        assert _page(note)["body"].endswith(TEXT[-1]), note


def test_a_cjk_photographer_before_the_verb_is_the_credit() -> None:
    from newsarchive.extraction.credits import split_caption
    assert split_caption("ローカル線を走る列車＝岡山県内で2026年2月20日、小林一郎撮影") == (
        "ローカル線を走る列車＝岡山県内で2026年2月20日", "小林一郎")
    assert split_caption("车主在服务区为新能源汽车充电。新华社记者 陈刚 摄") == ("车主在服务区为新能源汽车充电。", "陈刚")
    assert split_caption("市區公車將全面汰換為電動公車。（記者林佳蓉攝）") == ("市區公車將全面汰換為電動公車。", "林佳蓉")
    assert split_caption("記者会見する社長（東京都千代田区で、山田太郎撮影）") == ("記者会見する社長", "山田太郎")
    assert split_caption("工人在车间忙碌。") == ("工人在车间忙碌。", None)


ZH = ["交通运输部公路局有关负责人介绍，2025年全国高速公路服务区新增充电桩8600个，春节假期期间高速公路充电量同比增长46%。",
      "据介绍，交通运输部还将会同有关部门完善充电设施运营维护机制，提升设施完好率，进一步方便群众出行。"]


def _zh_page(first: str, after: str = "") -> dict:
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'></head><body><h1>高速公路服务区充电桩实现全覆盖</h1>"
            f"<div class='article'><p>{first}</p>" + "".join(f"<p>{t}</p>" for t in ZH) + after
            + "</div></body></html>")
    return extract_article(html.encode(), "https://news.example/c/2026-03-12/doc-1.shtml")


def test_an_editors_line_names_no_author() -> None:
    """"责任编辑：张伟" (and "編輯：", with a full-width colon) credits the editor, not the writer."""
    from newsarchive.extraction.authors import split_byline
    assert split_byline("责任编辑：张伟") == ([], [])
    assert split_byline("編輯：王小明") == ([], [])
    rec = _zh_page("记者12日从交通运输部获悉，截至2月底，全国高速公路服务区已累计建成充电桩3.2万个。",
                   "<p class='show_author'>责任编辑：张伟 </p>")
    assert "张伟" not in rec["authors"]


def test_the_reporters_of_a_chinese_dateline_are_the_authors() -> None:
    rec = _zh_page("新华社北京3月12日电（记者王晓明、李静）记者12日从交通运输部获悉，截至2月底，全国高速公路服务区已累计建成充电桩3.2万个。")
    assert rec["authors"] == ["王晓明", "李静"]
    assert ("source", "新华社") in {(a["role"], a["name"]) for a in rec["attributions"]}
    assert _zh_page("本报讯（记者 张三）记者12日从交通运输部获悉，截至2月底，全国高速公路服务区已累计建成充电桩3.2万个。")[
        "authors"] == ["张三"]


def test_reporters_in_brackets_after_the_last_sentence_are_the_authors() -> None:
    from newsarchive.extraction.authors import reporters_in_text
    assert reporters_in_text("国交省は１２日、発表した。\n関連法の改正案を今国会に提出する。【山本直樹、佐々木千夏】") == [
        "山本直樹", "佐々木千夏"]
    assert reporters_in_text("国交省は１２日、発表した。\n改正案を提出する。【共同】") == []
    assert reporters_in_text("国交省は１２日、発表した。\n改正案を提出する。【関連記事】") == []
    html = ("<html lang='ja'><head><meta charset='utf-8'><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            "\"author\":{\"@type\":\"Organization\",\"name\":\"毎日新聞\"}}</script></head><body><h1>地方鉄道の再編協議</h1>"
            "<div class='articledetail-body'><p>　国土交通省は１２日、地方鉄道の赤字路線について、国が主導して再編協議を進める新制度を導入すると発表した。</p>"
            "<p>　同省は協議の結果、存続が決まった路線には設備更新費の最大２分の１を補助する方針で、関連法の改正案を今国会に提出する。【山本直樹、佐々木千夏】</p>"
            "</div></body></html>")
    assert extract_article(html.encode(), "https://news.example/articles/1")["authors"] == ["山本直樹", "佐々木千夏"]


def test_a_custom_element_named_for_an_image_is_the_figures_image() -> None:
    """``<progressive-image src=...>`` in a figure (a web component, like ``amp-img``) carries the
    figure's caption and credit; a custom element not named for an image (a video player) is none."""
    html = ("<html><body><article><h1>Ferry fares to rise</h1><div class='body'>"
            "<figure><progressive-image src='https://img.example/ferry-960x0.jpg' alt='A ferry'></progressive-image>"
            "<figcaption><p>The harbour ferry leaves the quay on Thursday.</p><small>getty</small></figcaption></figure>"
            "<figure><lite-player src='https://img.example/clip.mp4'></lite-player><figcaption>A clip</figcaption></figure>"
            + "".join(f"<p>{t}</p>" for t in TEXT) + "</div></article></body></html>")
    images = extract_article(html.encode(), "https://news.example/ferry")["images"]
    assert [(i["url"], i["caption"], i["credit"]) for i in images] == [
        ("https://img.example/ferry-960x0.jpg", "The harbour ferry leaves the quay on Thursday.", "getty")]


def test_an_affiliate_disclosure_after_the_text_is_not_text() -> None:
    for note in ("<p>When you buy a book using a link on this page, we receive a commission. Thank you for "
                 "supporting the Harbour Review.</p>",
                 "<p>All products are independently selected by our editors. However, when you buy something "
                 "through our retail links, we may earn an affiliate commission.</p>"):
        assert _page(note)["body"].endswith(TEXT[-1]), note
    closing = "<p>The broker will earn a commission of two per cent on each sale, the filing said.</p>"
    assert _page(closing)["body"].endswith("the filing said.")


def test_the_credit_of_an_articles_audio_version_names_no_contributor() -> None:
    from newsarchive.extraction.attributions import role_credit_names
    assert role_credit_names("Produced by ElevenLabs and News Over Audio (Noa) using AI narration.") == []
    assert role_credit_names("Produced by Jane Roe.") == ["Jane Roe"]


def test_reporters_in_the_brackets_opening_the_text_are_the_authors() -> None:
    from newsarchive.extraction.authors import reporters_in_text
    assert reporters_in_text("〔記者林佳蓉／台北報導〕台北市政府今（12）日宣布，市區公車將全面汰換。") == ["林佳蓉"]
    assert reporters_in_text("【記者王小明、陳美玲／台中報導】台中市政府今日表示。") == ["王小明", "陳美玲"]
    assert reporters_in_text("〔中央社〕台北市政府今日宣布。") == []


def test_a_blog_posts_microdata_author_is_declared() -> None:
    """Blog themes print "Posted by" under the post, in its footer, with the author as microdata."""
    html = ("<html><body><div class='post hentry' itemscope itemtype='http://schema.org/BlogPosting'>"
            "<h3 class='post-title' itemprop='name'>Ferry fares to rise</h3><div class='post-body' itemprop='articleBody'>"
            + "".join(f"<p>{t}</p>" for t in TEXT) + "</div><div class='post-footer'><span class='post-author vcard'>"
            "Posted by <span class='fn' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
            "<a class='g-profile' href='https://blog.example/profile/1' rel='author'><span itemprop='name'>Annie Whitcombe"
            "</span></a></span></span></div></div></body></html>")
    assert extract_article(html.encode(), "https://blog.example/2026/03/ferry.html")["authors"] == ["Annie Whitcombe"]


def test_a_byline_of_role_labels_names_the_writer_and_credits_the_photographer() -> None:
    """"文／佐藤誠　写真／中村亮": the writer is the author, the photographer a photo credit."""
    from newsarchive.extraction.authors import byline_photographers, split_byline
    assert split_byline("文／佐藤誠　写真／中村亮") == (["佐藤誠"], [])
    assert byline_photographers("文／佐藤誠　写真／中村亮") == ["中村亮"]
    html = ("<html><body><article><h1>Ferry fares to rise</h1><div class='byline'>By Ann Lee<br>Photos: Bo Chen</div>"
            "<div class='body'><figure><img src='https://img.example/ferry.jpg' width='800'><figcaption>The harbour ferry."
            " Photo: Bo Chen</figcaption></figure>" + "".join(f"<p>{t}</p>" for t in TEXT) + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/ferry")
    assert rec["authors"] == ["Ann Lee"]
    assert [(a["role"], a["name"]) for a in rec["attributions"] if a["role"] in ("author", "photo")] == [
        ("author", "Ann Lee"), ("photo", "Bo Chen")]


def test_a_picture_in_the_texts_furniture_named_wrapper_is_the_articles() -> None:
    """A blog theme wraps the post in "widget Blog": the text's own ancestors are never furniture for
    the pictures inside them (here a caption table, Blogger's ``tr-caption``)."""
    html = ("<html><head><meta property='og:title' content='Ferry fares to rise'></head><body><div class='content'>"
            "<header><h1 class='title'><a href='/'>Harbour Notes</a></h1></header><div class='main'><div class='widget Blog'><div class='post'>"
            "<h3 class='post-title'>Ferry fares to rise</h3><div class='post-body entry-content'>"
            "<table class='tr-caption-container'><tbody><tr><td><a href='https://img.example/ferry-big.jpg'>"
            "<img src='https://img.example/ferry.jpg' width='400' height='300'></a></td></tr>"
            "<tr><td class='tr-caption'>The ferry at the quay on Thursday.</td></tr></tbody></table>"
            + "".join(f"<div>{t}</div><div><br></div>" for t in TEXT) + "</div></div></div></div></div></body></html>")
    images = extract_article(html.encode(), "https://blog.example/2026/03/ferry.html")["images"]
    assert [(i["url"], i["caption"]) for i in images] == [("https://img.example/ferry.jpg", "The ferry at the quay on Thursday.")]


def test_a_text_after_the_image_printing_its_alt_text_is_the_caption() -> None:
    alt = "台北市政府今宣布，市區公車將自明年起全面汰換為電動公車。（記者林佳蓉攝）"
    html = ("<html><body><div class='article'><h1>北市公車明年起全面電動化</h1><div class='text'>"
            f"<div class='photo'><a href='https://img.example/1.jpg'><img src='https://img.example/1.jpg' alt='{alt}'></a>"
            f"<span class='ph_b'>{alt}</span></div>"
            + "".join(f"<p>{t}</p>" for t in ZH) + "</div></div></body></html>")
    images = extract_article(html.encode(), "https://news.example/news/1")["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("台北市政府今宣布，市區公車將自明年起全面汰換為電動公車。", "林佳蓉")]


def test_no_photographer_in_a_pool_credit_and_no_author_in_an_outlets_microdata() -> None:
    from newsarchive.extraction.credits import split_caption
    assert split_caption("気象庁で開かれた評価検討会＝１３日午後１０時３１分（代表撮影）")[1] is None
    html = ("<html><body><div itemscope itemtype='https://schema.org/NewsArticle'><h1>Ferry fares to rise</h1>"
            "<div class='body'>" + "".join(f"<p>{t}</p>" for t in TEXT) + "</div><div itemprop='author' itemscope "
            "itemtype='https://schema.org/Organization'><meta itemprop='name' content='Harbour Courier'></div></div>"
            "</body></html>")
    assert extract_article(html.encode(), "https://news.example/ferry")["authors"] == []


def test_image_credit_is_a_credit_label() -> None:
    from newsarchive.extraction.credits import clean_credit
    assert clean_credit("Image credit: Google") == "Google"
    assert clean_credit("Picture credits: Ann Lee") == "Ann Lee"
