"""An eightieth held-out round of pages imitating publishing systems (issue 9): pages as an archive or a reader's
browser keeps them. Each writer kept three sites' articles three ways: a Wayback-Machine-style capture (the
archive's toolbar inserted, every address rewritten to ``/web/TIMESTAMP/ORIGINAL``), an archive.today-style snapshot
(classes and ids dropped, styles inlined, the archive's header bar and its own ``<head>``, whose ``datePublished`` is
the capture's time), and a browser's save, a print view or a Firefox Reader View page. The held-out pages are scored
blind, BEFORE any rule of the round.

As in unseen71 to unseen79, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's and each tool's markup,
with invented text and ``.example`` domains:

- en_wayback_broadcaster: a UK broadcaster's regional story (BBC-like ``ssrcss`` classes) in a Wayback capture:
  "By A & B", "Image source, …", an italic "Follow … on X" line, "More on this story" (cards in "Promo" boxes),
  "Related Internet Links" (an organisation's home page) with "The X is not responsible for the content of external
  sites.", "Related Topics";
- en_archivetoday_citypaper: a US regional daily on BLOX in an archive.today snapshot: no class left, the author card
  "NAME Staff writer" linking "/users/profile/NAME", a subhead as standfirst, "Related to this story", "Staff writer
  NAME contributed to this report." closing the text;
- de_isartalkurier: a Bavarian regional daily (Ippen-like ``id-`` classes) in a Wayback capture: "Stand: …" (the
  update), "Von: NAME", a lead paragraph named "leadText" under the byline, "Lesen Sie auch:", a newsletter box
  ("Jetzt kostenlos anmelden"), "Wie das „X“ bereits im Herbst berichtet hatte", "Mehr zum Thema";
- fr_gazettenationale: a Paris national daily in an archive.today snapshot: pictures in unnamed boxes, each caption
  closing on its credit in a ``<span>`` ("PAULINE ROUX POUR « … »", "LUC ARNAUD / AFP"), "Lire aussi |", "Article
  réservé à nos abonnés Lire aussi l’entretien |", "Comme l’a rapporté <em>L’Indépendant du Midi</em>";
- jp_zenkoku_wayback: a national daily in a Wayback capture, declaring the paper as author: "【A、B】" closing the last
  paragraph, then "この記事の著作権は…に帰属します。" and "この記事は役に立ちましたか？" in the text's box;
- jp_koto_archive: a regional daily in an archive.today snapshot: "（撮影・NAME）", "（X提供）", "地元のケーブルテレビ局「X」が
  番組で紹介した", "（NAME）" closing the text;
- cn_qiantangnet: a provincial portal in a browser's "Save Page As": "来源：PAPER", "作者：记者 A B 通讯员 C", "NAME 摄"
  caption lines, "责任编辑：NAME", "相关阅读";
- tw_hualian: a Taiwanese national portal in a Wayback capture: "華聯報／ 記者A、B／…報導", "延伸閱讀" in a section whose
  label has a header box of its own, "猜你喜歡" in one named "recommend";
- en_readermode_magazine (held out): an Australian magazine in Firefox's Reader View: the reader's credits line "A,
  B", a date line of a ``<time>`` alone, "Read more:" lines, a pull quote, an italic bio and print note;
- de_weitblick (held out): an Austrian weekly in Firefox's Reader View: a bold lead over "<time>…</time> um 06:00",
  the lead figure, "Lesen Sie auch:", "Dieser Artikel ist in der X-Ausgabe Nr. 6/2024 vom … erschienen.";
- jp_keizai_print (held out): a business web magazine's print view, declaring only a ``<title>``: "NAME : job",
  "（写真：X／PIXTA）", "経済誌「X」が…実施した調査によれば";
- hk_hkline (held out): a Hong Kong digital native in an archive.today snapshot: "撰文：NAME", "（NAME攝）",
  "（房屋署圖片）", two "延伸閱讀：" links in archive.today's "/o/" form, "你可能有興趣".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``). Mended by conventions already written: "X提供" credited as printed
(jp_koto_archive, tw_hualian); an editor's line credits no contributor (cn_qiantangnet's "责任编辑"); a portal's paper
before its reporter is a source (tw_hualian's "華聯報"); a paragraph below the byline opens the text whatever it is
named (de_isartalkurier's "leadText"). One convention set after the blind score, written in the README: a capture's
record is the kept page's, its addresses given back as the ones they keep, so the related URLs that the writers gave
in the archive's rewritten form (five pages, hk_hkline's held out among them) are given as the originals.

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): en_wayback_broadcaster, en_archivetoday_citypaper, de_isartalkurier,
  fr_gazettenationale, jp_zenkoku_wayback, jp_koto_archive, cn_qiantangnet, tw_hualian;
- held out (scored once, blind, before any rule of the round): en_readermode_magazine, de_weitblick, jp_keizai_print,
  hk_hkline.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=0.500 date=1.000 body_start=0.750 body_end=0.750 related=1.000 attributions=0.804 images=0.875
  (trafilatura 2.3.1 on the same pages: headline=0.750 authors=0.000 date=0.750 body_start=0.500 body_end=0.500;
  newsarchive with the declarations taken out: the same figures);
- dev, before any rule of the round (the expectations mended): headline=1.000 authors=0.750 date=0.625
  body_start=1.000 body_end=0.875 related=0.424 attributions=0.842 images=0.875;
- dev and held out after the rules (see "Eightieth held-out round" in docs/extraction-design.md): 1.000 in every
  field.

``tests/unseen_score.py unseen80`` prints the per-field scores (``dev``, ``held`` or ``all``). The archives' own
handling is tested in ``test_captures.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import article_page as _page  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

from newsarchive.extraction.credits import split_caption  # noqa: E402

SET = "unseen80"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_JA = "　住民の利用は年々増えており、町は来年度から蔵書を倍に増やす方針だ。担当者は「読みたい本がないと言われるのがつらい」と話す。"
_ZH = "".join(f"<p>　　青溪古码头修缮工程历时两年，昨天正式完工，百年老街的夜市也随之重开，吸引了大批市民前来，第{i}段。</p>"
              for i in range(5))


def test_a_reader_views_credits_line_and_header() -> None:
    """Firefox's Reader View: its credits line ("<div class='credits reader-credits'>A, B</div>") is the byline; a
    bold lead right over a paragraph of the date alone ("<p><time>…</time> um 06:00</p>") is a deck, the text opening
    under them; a bold first paragraph over a sentence still opens it."""
    header = ("<div class='header reader-header'><a class='domain reader-domain' href='https://weekly.example/a/1'>"
              "weekly.example</a><h1 class='reader-title'>Der letzte Winter am Hollerkogel</h1><div class='credits "
              "reader-credits'>Lisa Beispiel, Thomas Probe</div></div>")
    lead = "<p><strong>Zu wenig Schnee, zu hohe Stromkosten: In Österreich sperren kleine Skigebiete zu.</strong></p>"
    dated = "<p><time datetime='2024-02-08T06:00:00+01:00'>08.02.2024</time> um 06:00</p>"
    html = (f"<html lang='de'><head><title>Hollerkogel</title></head><body><div class='container'>{header}<hr>"
            f"<div class='content'><div class='moz-reader-content'><div id='readability-page-1' class='page'>{lead}"
            f"{dated}{_TEXT}</div></div></div></div></body></html>")
    record = _extract(html)
    assert record["authors"] == ["Lisa Beispiel", "Thomas Probe"]
    assert record["body"].startswith("The council voted on Tuesday")
    assert _extract(html.replace(dated, ""))["body"].startswith("Zu wenig Schnee")


def test_teaser_cards_in_boxes_of_their_own_under_a_label_of_the_text() -> None:
    """A label after the text ("<h2>More on this story</h2>") heading a list whose cards sit in boxes named as
    furniture ("<div class='Promo'>"): each card's headline is a teaser; the links of a box under "Related Internet
    Links" to an organisation's home page are none, and its disclaimer ("The X is not responsible for the content of
    external sites.") closes no text."""
    card = ("<li><div class='Promo'><div class='PromoContent'><a href='/news/uk-{n}'><p class='PromoHeadline'>Three "
            "rescued after crabber capsizes off Gull Point, number {n}</p></a><div><time>19 November 2023</time></div>"
            "</div></div></li>")
    more = ("<div class='links-block'><div class='Stack'><div class='HeadingWrapper'><h2>More on this story</h2></div>"
            "<ul>" + "".join(card.format(n=n) for n in (1, 2)) + "</ul></div></div>")
    external = ("<div class='links-block'><div class='Stack'><div class='HeadingWrapper'><h2>Related Internet Links</h2>"
                "</div><ul><li><div class='Promo'><a href='https://www.lifeboats.example/'><p class='PromoHeadline'>"
                "Coastal Lifeboat Trust</p></a></div></li></ul><p class='Disclaimer'>The BNC is not responsible for the "
                "content of external sites.</p></div></div>")
    html = _page(_TEXT + more + external)
    assert _teasers(html) == ["https://news.example/news/uk-1", "https://news.example/news/uk-2"]
    assert _extract(html)["body"].endswith("where it was last year.")


def test_a_label_with_a_header_box_of_its_own_over_teaser_rows() -> None:
    """"<section><div class='header'><h3>延伸閱讀</h3></div><div class='news'>…</div>…</section>" after the text's box: the
    rows are teasers; "猜你喜歡" (guess what you like) heads a feed picked for the reader, and a bare "Weitere Artikel"
    the site's: no teasers."""
    def section(label: str, slug: str) -> str:
        rows = "".join(f"<div class='story-list__news'><div class='story-list__text'><h3><a href='/news/story/{slug}"
                       f"{n}'>夜市垃圾量居高不下 嘉濱市擬推循環杯碗第{n}則</a></h3></div></div>" for n in (1, 2))
        return (f"<section class='story-list__holder context-box'><div class='context-box__header'><h3>{label}</h3>"
                f"</div>{rows}</section>")
    html = (f"<html lang='zh-Hant'><head><title>夜市</title></head><body><div class='wrapper'><section class='wrap'>"
            f"<h1>夜市一次性餐具減量上路</h1><section class='article-content__editor'>{_ZH}</section>"
            f"{section('延伸閱讀', 'a')}{section('猜你喜歡', 'b')}{section('Weitere Artikel', 'c')}</section></div>"
            "</body></html>")
    assert _teasers(html) == ["https://news.example/news/story/a1", "https://news.example/news/story/a2"]


def test_a_japanese_papers_closing_notes_after_the_writers_brackets() -> None:
    """"この記事の著作権は…に帰属します。" and "この記事は役に立ちましたか？" in the text's box end no text: the last paragraph's
    "【A、B】" names the writers."""
    text = "".join(f"<p>{_JA}</p>" for _ in range(3)) + f"<p>{_JA}【宮下怜奈、坂口聡】</p>"
    notes = "<p>この記事の著作権は全国日報に帰属します。</p><p>この記事は役に立ちましたか？</p>"
    record = _extract(_page(text + notes, lang="ja", h1="電子図書館、広がる地域差"))
    assert record["body"].endswith("【宮下怜奈、坂口聡】")
    assert record["authors"] == ["宮下怜奈", "坂口聡"]


def test_a_chinese_bylines_correspondents_are_contributors() -> None:
    """"作者：记者 A B 通讯员 C": the reporters write, the correspondent contributed."""
    head = "<div class='contInfo'><span class='author'>作者：记者 沈一帆 俞可欣 通讯员 方晓蕾</span></div>"
    record = _extract(_page(_ZH, head=head, lang="zh", h1="青溪古码头修缮完工"))
    assert record["authors"] == ["沈一帆", "俞可欣"]
    assert ("contributor", "方晓蕾") in [(a["role"], a["name"]) for a in record["attributions"]]


def test_a_writers_user_profile_link_and_a_newsletter_call() -> None:
    """A card linking "/users/profile/NAME" under the headline (a snapshot that dropped every class) names the writer;
    a newsletter box's "Jetzt kostenlos anmelden" link offers no story."""
    head = ("<div><div><a href='https://news.example/users/profile/mquintero'>Marisol Quintero</a> <span>Staff writer"
            "</span></div></div>")
    assert _extract(_page(_TEXT, head=head))["authors"] == ["Marisol Quintero"]
    box = ("<div class='id-StoryElement-newsletterTeaser'><p>Altwies-Newsletter: Alles aus Ihrer Region</p><p>Jeden "
           "Morgen die wichtigsten Nachrichten. <a href='/newsletter/landkreis-altwies/'>Jetzt kostenlos anmelden</a>"
           "</p></div>")
    assert _teasers(_page(_TEXT[:400] + box + _TEXT, lang="de")) == []


def test_citations_of_titles_and_outlets_named_by_kind() -> None:
    """A French title with its elided article ("L’Indépendant du Midi"), a report "im Herbst", a Japanese outlet in
    「」 after the word saying what it is ("ケーブルテレビ局「X」が", "経済誌「X」が…調査によれば") cite the outlet; one word
    after the article in lower case ("selon l’État") names none (since unseen104, after "L’" capitalised inside a
    sentence it names a title's: "Selon L'Echo")."""
    assert _sources("Comme l’a rapporté <em>L’Indépendant du Midi</em>, plusieurs exploitants ont obtenu une aide.",
                    lang="fr") == ["L’Indépendant du Midi"]
    assert _sources("Selon l’État, la mairie a tranché.", lang="fr") == []
    assert _sources("Wie das „Altwieser Tagblatt“ bereits im Herbst berichtet hatte, war das Bad geschlossen.",
                    lang="de") == ["Altwieser Tagblatt"]
    japanese = ("地元のケーブルテレビ局「湊ケーブルネット」が番組で紹介したことから、復活を望む声が高まった。"
                "経済誌「月刊ビジネスアイ」が昨年秋に実施した調査によれば、効果を感じた企業は半数にとどまった。")
    assert _sources(japanese, lang="ja") == ["湊ケーブルネット", "月刊ビジネスアイ"]
    assert _sources("地元の商店街「湊銀座」が主催する祭りが開かれた。", lang="ja") == []


def test_captions_closing_on_a_credit_in_boxes_named_for_nothing() -> None:
    """"<div><img><div>CAPTION <span>CREDIT</span></div></div>" (a snapshot that dropped every class): the line's last
    element is the credit when it reads as one (capitals, an agency); an emphasised word closing a caption is none.
    "…。（房屋署圖片）" credits the department, not a file picture's "（資料圖片）"."""
    def figure(line: str) -> str:
        return f"<div><img src='/vignes.jpg' alt=''><div>{line}</div></div>"
    lines = {"Une parcelle de vignes arrachées, le 7 mars 2024. <span>PAULINE ROUX POUR « LA GAZETTE »</span>":
             ("Une parcelle de vignes arrachées, le 7 mars 2024.", "PAULINE ROUX POUR « LA GAZETTE »"),
             "Le barrage de la Vallière, le 1er mars 2024. <span>LUC ARNAUD / AFP</span>":
             ("Le barrage de la Vallière, le 1er mars 2024.", "LUC ARNAUD / AFP"),
             "Les vignes au printemps, <em>avant</em>": None}
    for line, expected in lines.items():
        images = _extract(_page(_TEXT[:300] + figure(line) + _TEXT, lang="fr"))["images"]
        got = [(i["caption"], i["credit"]) for i in images if i["caption"] or i["credit"]]
        assert got == ([expected] if expected else []), line
    assert split_caption("當局早前在過渡性房屋項目提供單位。（房屋署圖片）") == ("當局早前在過渡性房屋項目提供單位。", "房屋署")
    assert split_caption("市民在街上排隊。（資料圖片）")[1] is None


def test_a_teaser_line_after_a_subscribers_badge_and_a_print_note() -> None:
    """"<span>Article réservé à nos abonnés</span> Lire aussi l’entretien | <a>TITLE</a>": a teaser line, badge and
    kind of piece before the bar; "Dieser Artikel ist in der X-Ausgabe Nr. 6/2024 vom 10. Februar 2024 erschienen."
    closes no text."""
    line = ("<p><span><span>Article réservé à nos abonnés</span> Lire aussi l’entretien |</span> <a href='/planete/"
            "article/2024/01/19/serge-alvarez'>Serge Alvarez, agronome : « Les cépages méditerranéens atteignent leurs "
            "limites »</a></p>")
    assert _teasers(_page(_TEXT[:400] + line + _TEXT, lang="fr")) == [
        "https://news.example/planete/article/2024/01/19/serge-alvarez"]
    note = "<p><em>Dieser Artikel ist in der Weitblick-Ausgabe Nr. 6/2024 vom 10. Februar 2024 erschienen.</em></p>"
    assert _extract(_page(_TEXT + note, lang="de"))["body"].endswith("where it was last year.")
