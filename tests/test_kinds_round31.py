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
