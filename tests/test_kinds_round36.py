"""One small page or string per kind of layout the thirty-sixth held-out round (``fixtures/unseen36``) revealed; each
fails without its rule (see "Thirty-sixth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

PARAS = "".join(f"<p>商店街の組合は{n}回目の会合で、駅前の再開発計画について話し合い、来月までに意見をまとめることを決めた。"
                "組合長は「まちの顔を残したい」と話している。</p>"
                for n in range(1, 6))


def _page(header: str = "", after: str = "", head: str = "") -> bytes:
    return (f"<html><head><title>商店街が再開発に意見</title>{head}</head><body><main><article><div class='head'>"
            f"<h1>商店街が再開発に意見</h1>{header}</div><div class='text'>{PARAS}{after}</div></article></main>"
            f"</body></html>").encode()


def test_a_full_width_colon_after_the_text_by_label() -> None:
    """"取材・文：NAME　撮影：NAME" closing a regional magazine's text: the writer, and the photographer as photo."""
    rec = extract_article(_page(after="<p class='credit'>取材・文：三浦綾乃　撮影：葛西大輔</p>"), "https://city.example/a/1/")
    assert rec["authors"] == ["三浦綾乃"]
    assert ("photo", "葛西大輔") in [(a["role"], a["name"]) for a in rec["attributions"]]


def test_a_text_by_label_inside_closing_brackets() -> None:
    """"（文＝NAME）" as the text's last paragraph (a Japanese entertainment site): the writer."""
    rec = extract_article(_page(after="<p class='writer'>（文＝佐々木真由）</p>"), "https://ent.example/a/1/")
    assert rec["authors"] == ["佐々木真由"]


def test_a_writer_then_the_edition_after_a_dash() -> None:
    """"NAME - Lifehacker US" linked to the writer's page: the writer, not the edition she writes for."""
    rec = extract_article(_page("<div class='info'><span class='writer'><a href='/author/alex-grant/'>Alex Grant - "
                                "Lifehacker US</a></span></div>"), "https://lh.example/article/1/")
    assert rec["authors"] == ["Alex Grant"]


def test_a_labelled_digest_before_the_text_is_no_body() -> None:
    """"<blockquote><p><strong>导读：</strong>…</p></blockquote>" under the byline line of an engineering blog: a
    summary, the text opens after it."""
    rec = extract_article(_page(header="<p>作者：王启航 | 2026-03-11</p><blockquote><p><strong>导读：</strong>"
                                "随着业务规模增长，服务发现成了微服务调用链上不容忽视的一环。本文介绍注册中心的演进。</p></blockquote>"),
                          "https://tech.example/2026/03/11/a/")
    assert rec["body"].startswith("商店街の組合は1回目")


def test_a_sections_latest_named_with_the_section() -> None:
    """"音楽の最新記事" (the music section's latest) heading a box named for related posts: no teasers."""
    rec = extract_article(_page(after="<div class='related-posts'><h3>音楽の最新記事</h3><ul>"
                                "<li><a href='https://ent.example/music/2026/03/p1.html'>ハルカゼ、新アルバムの全曲解説を公開</a></li>"
                                "<li><a href='https://ent.example/music/2026/03/p2.html'>青山みのりが語る、ソロ5年目の決意</a></li>"
                                "</ul></div>"), "https://ent.example/music/2026/03/p0.html")
    assert not [r for r in rec["related_links"] if r["kind"] == "related"]


def _roles(rec: dict) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in rec["attributions"]]


def test_a_translators_line_credits_a_contributor() -> None:
    """"翻訳：NAME" closing a translated piece: the translator, a contributor."""
    rec = extract_article(_page(after="<p class='translator'>翻訳：田中美和</p>"), "https://lh.example/article/1/")
    assert ("contributor", "田中美和") in _roles(rec)


def test_a_chinese_header_picture_credit_line() -> None:
    """"题图来自：视觉中国" closing the text: the header picture's credit."""
    rec = extract_article(_page(after="<p>题图来自：视觉中国</p>"), "https://design.example/articles/1.html")
    assert ("photo", "视觉中国") in _roles(rec)


def test_a_republication_note_names_the_source() -> None:
    """"Originally published by OUTLET [原文]" and "本文經《OUTLET》授權轉載": the outlet the piece came from."""
    rec = extract_article(_page(after="<p>Originally published by <a href='https://lh-us.example/a'>Lifehacker US</a> "
                                "[原文]</p>"), "https://lh.example/article/1/")
    assert ("source", "Lifehacker US") in _roles(rec)
    rec = extract_article(_page(after="<p>本文經《獨立評論@天下》授權轉載，原文發表於此</p>"), "https://kp.example/article/1")
    assert ("source", "獨立評論@天下") in _roles(rec)
    # the site naming itself as the first publisher is no source
    rec = extract_article(_page(after="<p>Originally published on Live Science.</p>"),
                          "https://www.livescience.example/space/1.html")
    assert not [n for r, n in _roles(rec) if r == "source"]


def test_a_photo_and_text_label_before_a_linked_writer() -> None:
    """"写真・文：<a>NAME</a>" (an outdoor medium's credit, the label in the paragraph, the writer linked) and
    "撰文：NAME　攝影：NAME" in one cell (a Hong Kong magazine) name the writer; "<span>撰文：</span>" alone still labels
    the next cell."""
    rec = extract_article(_page("<p class='credit'>写真・文：<a href='/writers/118'>森本さやか</a></p>"),
                          "https://mag.example/articles/1")
    assert rec["authors"] == ["森本さやか"]
    rec = extract_article(_page("<div class='entry-credit'>撰文：鄧穎欣　攝影：周子朗</div>"),
                          "https://scribe.example/2026/03/11/a/")
    assert rec["authors"] == ["鄧穎欣"]


def test_a_photo_provided_label_closing_a_japanese_caption() -> None:
    """"…（写真提供：NAME）": the supplier named after "写真提供" is the picture's credit."""
    from newsarchive.extraction.credits import split_caption

    caption, credit = split_caption("山頂から望む富士山（写真提供：高尾ビジターセンター）")
    assert caption == "山頂から望む富士山" and "高尾ビジターセンター" in (credit or "")


def test_a_posts_prev_and_next_pointers_are_no_teasers() -> None:
    """"« 前の記事：TITLE" and "次の記事：TITLE »" in one box after the text (a city magazine's post navigation): the
    blog's neighbours, no teasers of the article."""
    rec = extract_article(_page(after="<div class='prev-next'><a href='/2026/03/a/'>« 前の記事：今年の弘前さくらまつり、見どころは？"
                                "</a><a href='/2026/03/b/'>次の記事：りんご農家が始めたカフェ »</a></div>"),
                          "https://city.example/2026/03/c/")
    assert not [r for r in rec["related_links"] if r["kind"] == "related"]


def test_text_and_photos_by_one_person() -> None:
    """"写真・文：NAME" credits the writer with the pictures too."""
    rec = extract_article(_page("<p class='credit'>写真・文：<a href='/writers/118'>森本さやか</a></p>"),
                          "https://mag.example/articles/1")
    assert ("photo", "森本さやか") in _roles(rec) and ("author", "森本さやか") in _roles(rec)


def test_a_facts_table_closing_the_text_is_no_body() -> None:
    """A shop's box after the last sentence (its name in a heading, a table of "<th>住所</th><td>…</td>" rows) and
    "※掲載情報は…時点のものです" after it: the text ended above."""
    rec = extract_article(_page(after="<div class='shop-info'><h4>みどり食堂</h4><table><tr><th>住所</th><td>弘前市大町1-2-3"
                                "</td></tr><tr><th>営業時間</th><td>11:00～15:00</td></tr><tr><th>定休日</th><td>日曜・祝日</td>"
                                "</tr></table></div><p class='note'>※掲載情報は2026年3月11日時点のものです。</p>"),
                          "https://city.example/2026/03/c/")
    assert rec["body"].rstrip().endswith("と話している。")


def test_a_captioned_cover_over_the_headlines_box() -> None:
    """The cover picture in its own box right before the headline's box (no <article>), its caption "…。圖片來源：
    Shutterstock" in a <p> beside the <img>: the lead picture, caption and credit."""
    html = ("<html><head><title>在柏林租房的第一年</title></head><body><main class='article'><div class='article__cover'>"
            "<img src='https://tw.example/uploads/berlin.jpg' alt=''><p class='article__coverCaption'>柏林的老公寓。圖片來源："
            "Shutterstock</p></div><div class='article__head'><h1>在柏林租房的第一年</h1></div><div class='article__content'>"
            + "".join(f"<p>我是去年三月到柏林攻讀碩士的。學校宿舍早在一年前就排滿了，我只能在租屋網站上碰運氣，第{n}個月寄出了八十多封看房申請。</p>"
                      for n in range(1, 6)) + "</div></main></body></html>")
    rec = extract_article(html.encode(), "https://tw.example/article/1")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [("柏林的老公寓。", "Shutterstock")]
