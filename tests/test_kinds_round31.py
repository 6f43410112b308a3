"""One small page or string per kind of layout the thirty-first held-out round (``fixtures/unseen31``) revealed; each
fails without its rule (see "Thirty-first held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.credits import split_caption

JA_PARAS = "".join(f"<p>市は{n}日、新しい図書館の建設計画を発表した。駅前の再開発地区に建て、2028年度の開館を目指す。"
                   "蔵書は約30万冊を予定し、学習スペースも大幅に増やすという。</p>" for n in range(1, 6))
DE_PARAS = "".join(f"<p>Der Landtag hat am Mittwoch in seiner {n}. Sitzung über das neue Gesetz beraten, das die "
                   "Gemeinden im ganzen Land betrifft und lange umstritten war.</p>" for n in range(1, 6))


def _ja_page(head: str, tail: str = "") -> bytes:
    return (f"<html><head><title>新図書館、駅前に建設へ</title></head><body><article><h1>新図書館、駅前に建設へ</h1>{head}"
            f"<div class=\"text\">{JA_PARAS}{tail}</div></article></body></html>").encode()


def _de_page(head: str, tail: str = "") -> bytes:
    return (f"<html><head><title>Landtag beschließt Gesetz</title></head><body><article><h1>Landtag beschließt "
            f"Gesetz</h1>{head}<div class=\"text\">{DE_PARAS}{tail}</div></article></body></html>").encode()


def test_a_black_circle_sets_a_role_label_off_its_name() -> None:
    """"文●藤原 亮　編集●ASCII" (Japanese IT news sites): the writer after "文●", the editor's label ends the part."""
    rec = extract_article(_ja_page('<div class="artdata"><p class="date">2026年03月11日 17時30分更新</p>'
                                   '<p class="author">文●藤原 亮　編集●ASCII</p></div>'), "https://it.example/elem/1/")
    assert rec["authors"] == ["藤原 亮"]


def test_a_german_affiliate_disclosure_opens_no_text() -> None:
    """"Für Links auf dieser Seite zahlt der Händler ggf. eine Provision …" over a tech portal's text is a notice."""
    rec = extract_article(_de_page("", "").replace(
        b'<div class="text">', '<div class="text"><p>Für Links auf dieser Seite zahlt der Händler ggf. eine Provision, '
        'z.B. für mit ★ oder ✱ gekennzeichnete. Mehr Infos.</p>'.encode(), 1), "https://tech.example/test/a_1.html")
    assert rec["body"].startswith("Der Landtag hat am Mittwoch")


def test_a_linked_name_and_a_date_after_a_comma_name_the_writer() -> None:
    """"<a>NAME</a>, 11.03.2026 17:30 | Aktualisiert: …" in a plain box under the headline, no byline class."""
    rec = extract_article(_de_page('<div class="mt-sm fs-xs"><span><a href="/team/felix-baumann_1234.html">Felix '
                                   'Baumann</a>, 11.03.2026 17:30 | Aktualisiert: 12.03.2026 08:15</span></div>'),
                          "https://tech.example/test/a_1.html")
    assert rec["authors"] == ["Felix Baumann"]


def test_a_web_medium_and_its_writer_in_brackets_close_the_text() -> None:
    """"（まいどなニュース・松田 直樹）" as the text's last paragraph: the medium's name before the middle dot, as a
    bureau's ("（浜松総局・鈴木花子）"), and a name keeping its space."""
    rec = extract_article(_ja_page("", "<p>（まいどなニュース・松田 直樹）</p>"), "https://local.example/article/1")
    assert rec["authors"] == ["松田 直樹"]


def test_a_name_and_its_outlet_in_brackets_sign_the_text_off() -> None:
    """"澤田彩乃（ハフポスト日本版）" closing the text, each paragraph in a box of its own (``<div class="cli"><p>``)."""
    boxed = JA_PARAS.replace("<p>", '<div class="cli"><p>').replace("</p>", "</p></div>")
    page = _ja_page("").replace(JA_PARAS.encode(), (boxed + '<div class="cli"><p>澤田彩乃（ハフポスト日本版）</p></div>').encode())
    rec = extract_article(page, "https://web.example/jp/entry/a_1")
    assert rec["authors"] == ["澤田彩乃"]


def test_a_latin_credit_in_full_width_brackets_closes_a_japanese_caption() -> None:
    """"写真はイメージです（Sakura/stock.adobe.com）": a stock library's credit in full-width brackets."""
    assert split_caption("写真はイメージです（Sakura/stock.adobe.com）") == ("写真はイメージです", "（Sakura/stock.adobe.com）")
    assert split_caption("会見するCEO（東京都港区）") == ("会見するCEO（東京都港区）", None)


def test_a_picture_kind_label_opens_a_caption_credited_by_its_own_label() -> None:
    """"Symbolbild: CAPTION. Foto: NAME": "Symbolbild:" says what the picture is, "Foto:" labels the credit."""
    assert split_caption("Symbolbild: Stimmzettel in einer Wahlurne. Foto: IMAGO / Steinach") == (
        "Symbolbild: Stimmzettel in einer Wahlurne.", "Foto: IMAGO / Steinach")
    assert split_caption("Symbolbild: dpa") == (None, "Symbolbild: dpa")


def test_writers_linked_to_pages_of_one_folder_are_a_list() -> None:
    """"Von <a>A</a>, <a>B</a>", links of no class to writers' pages side by side, only A declared: both write."""
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":'
          '"Landtag beschließt Gesetz","author":[{"@type":"Person","name":"Kristina Gnirke"}]}</script>')
    page = _de_page('<div data-area="author"><span>Von </span><a href="/impressum/autor-a1b2c3">Kristina Gnirke</a>'
                    '<span>, </span><a href="/impressum/autor-d4e5f6">Michael Freitag</a></div>')
    rec = extract_article(page.replace(b"</head>", ld.encode() + b"</head>"), "https://mm.example/unternehmen/a-1")
    assert rec["authors"] == ["Kristina Gnirke", "Michael Freitag"]


def test_a_name_in_lenticular_brackets_is_the_name() -> None:
    """"<p class="author">【中村大輔】</p>" closing a sports paper's text: the name inside the brackets."""
    rec = extract_article(_ja_page("", '<p class="author">【中村大輔】</p>'), "https://sports.example/news/1.html")
    assert rec["authors"] == ["中村大輔"]


def test_a_newsroom_s_closing_credits_name_editors_fact_checkers_and_graphics() -> None:
    """"Recherche: …; Redigatur: NAME; Faktencheck: NAME; Grafiken: NAME": the editor and the fact-checker
    contributed, the graphics' maker is credited for pictures."""
    rec = extract_article(_de_page("", "<p><em>Redigatur: Justus von Daniels; Faktencheck: Paul Kreiner; Grafiken: "
                                       "Ivo Mayr</em></p>"), "https://newsroom.example/aktuelles/2026/03/11/a/")
    got = {(a["role"], a["name"]) for a in rec["attributions"]}
    assert {("contributor", "Justus von Daniels"), ("contributor", "Paul Kreiner"), ("photo", "Ivo Mayr")} <= got


def test_a_magazine_s_print_issue_closing_the_text_names_its_source() -> None:
    """"※週刊ポスト2026年3月20日号" after a weekly's web article: the magazine the text comes from."""
    rec = extract_article(_ja_page("", "<p>取材・文／中島由美子</p><p>※週刊ポスト2026年3月20日号</p>"),
                          "https://weekly.example/archives/20260311_1.html")
    assert ("source", "週刊ポスト") in {(a["role"], a["name"]) for a in rec["attributions"]}


def test_a_bold_deck_beside_the_headline_opens_no_text() -> None:
    """``<header><h1>…</h1><div><strong>DECK</strong></div><div>Von …</div><time>…</header><section>TEXT``, no
    description declared: the paragraph wholly in bold right after the headline, over the byline, is a deck."""
    page = ('<html><head><title>Zalando stoppt Umbau</title></head><body><main><article><header><h2><span>Zalando'
            '</span></h2><h1>Warum der neue Chef den Logistikumbau stoppt</h1><div class="RichText"><strong>Zalando-Chef '
            'Robert Gentz war der Vater des Logistikumbaus. Sein Nachfolger stoppt das Projekt. Was steckt dahinter?'
            '</strong></div><div data-area="author"><span>Von </span><a href="/impressum/autor-a1">Kristina Gnirke</a>'
            '</div><div><time datetime="2026-03-11 17:30:00">11.03.2026, 17.30 Uhr</time></div></header><section>'
            f'<div class="RichText">{DE_PARAS}</div></section></article></main></body></html>')
    rec = extract_article(page.encode(), "https://mm.example/unternehmen/zalando-a-1")
    assert rec["body"].startswith("Der Landtag hat am Mittwoch")


def test_a_teaser_labelled_box_in_the_article_s_footer_holds_teasers() -> None:
    """``<footer class="entry-footer"><div class="more-posts"><h3>Mehr von NAME</h3><ul>…``: a box of the article's
    footer headed by a teaser label holds teasers, though no name says so; a site footer's column "More" does not."""
    footer = ('<footer class="entry-footer"><div class="more-posts"><h3>Mehr von Lea Hartmann</h3><ul><li><a '
              'href="https://media.example/97654/lokalzeitung-polizei/">Die Lokalzeitung, die nur noch Polizeimeldungen '
              'druckt</a></li><li><a href="https://media.example/96543/talkshow-gaeste/">Wer in Talkshows sitzt, und '
              'wer nicht</a></li></ul></div></footer>')
    page = _de_page("").replace(b"</article>", footer.encode() + b"</article>")
    rec = extract_article(page, "https://media.example/98765/umfrage/")
    assert {link["url"] for link in rec["related_links"] if link["kind"] == "related"} == {
        "https://media.example/97654/lokalzeitung-polizei/", "https://media.example/96543/talkshow-gaeste/"}
