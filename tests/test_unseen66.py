"""A sixty-sixth held-out round of pages imitating publishing systems (issue 9): pages that declare little (no
JSON-LD on any of the twelve, no og: tags, a ``<title>`` holding the site's name, and often only that), from old or
home-grown publishing systems, in English, German, French, Japanese and Chinese: the headline, the date and the
byline come from what the page shows. The held-out pages are scored blind (no test runs on them, and no field of
theirs is seen failing, before the single held-out score), BEFORE any rule of the round.

Each page in ``fixtures/unseen66`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (none of these systems was imitated before; where the brief's kind was, a neighbour was taken):

- en_weekly: a small-town weekly's home-grown PHP site (a table layout with ``<font>`` everywhere, the day
  "Thursday, March 5, 2026" in a table cell before the title, the title a ``<font size="+2"><b>``, "By <b>NAME</b>
  Courier Staff Writer" in a cell of its own, ``<br><br>`` paragraphs in a ``<td>``, a right-floated photo table
  "… <i>Courier photo by NAME</i>", print/e-mail row, "Related Stories", "« Previous story | Back to … | Next story »");
- en_phpnuke: a club's PHP-Nuke news module (the DeepBlue theme's nested tables, the title in ``font.option``,
  "Posted by HANDLE on Thursday, March 05, 2026 @ 14:32:10 CST (312 reads)", the topic's icon floated in the text,
  ``<br><br>`` paragraphs, "Send to a Friend | Printer Friendly Page", previous/next, the "Related Links" block of
  the topic's search, the author's news and the topic's most-read story, the article rating block);
- en_wpold: an early WordPress theme (Kubrick-era "default": the blog's name as the ``<h1>``, the post's title an
  ``<h2>`` link, "Posted by NAME on March 5, 2026" in a div, a ``wp-caption`` with "(Photo: NAME)", a related-posts
  plugin's list inside the entry, the "This entry was posted on …" metadata, comments);
- en_unidept: a university department's news item on a Dreamweaver template (``InstanceBeginEditable`` regions,
  Spry menu, ``p.newsdate`` above the ``<h1>``, "Story by NAME, department communications", a photo table
  "… Photo courtesy of NAME.", "See also:" links in a paragraph, "« Back to News", "Page last updated" footer);
- de_lokal: a German regional paper's legacy system (no heading at all: the title in ``div.artikel_titel``,
  "Von NAME | 05.03.2026" in a div, the caption "… Foto: NAME", the text in ``div.artikel_text`` with ``<br><br>``
  paragraphs, "Mehr zum Thema", readers' comments, "« vorheriger Artikel | zur Übersicht | nächster Artikel »");
- fr_asso: a French association's site on a site builder (e-monsite-like: "Publié le 5 mars 2026 par NAME" in
  ``p.metas``, a centred picture paragraph and an italic caption paragraph "… © Photo : NAME", share row,
  "Voir aussi", "Retour à la liste", comments);
- jp_xoops: a 2000s Japanese CMS (a XOOPS news module: the topic and the title in ``span.itemTitle``, a poster's
  table "投稿者 : NAME | 投稿日時 : 2026-03-05 14:32:10 (412 ヒット)", ``<br />`` paragraphs, a centred picture
  "…（撮影：NAME）", "前の記事 / ニュース一覧へ戻る / 次の記事", "関連記事", print and mail icons);
- cn_county: a Chinese county government's news page (the ``<title>`` only the government's name, the title a
  ``<font size="5">`` in a table cell, "[ 2026-03-05 14:32 | 来源：X | 作者：NAME ] 点击数：N 【字体：大 中 小】", a
  blue caption line "…（NAME 摄）", "责任编辑：NAME", "【打印本页】【关闭窗口】", "上一篇/下一篇", "【返回列表】",
  "相关文章");
- de_union (held out): a German trade union district's press release on a Dreamweaver-era site (the
  "Pressemitteilung 07/2026 · Kempfeld, 05.03.2026" line above a ``<font size="4"><b>`` title, ``<br><br>``
  paragraphs, the union's boilerplate, "Pressekontakt:" closing the text, "Weitere Pressemitteilungen");
- fr_frameset (held out): a French commune's news page, the inner page of a frameset (FrontPage: a script sending
  it back into its frameset, ``<center>``, a ``<font size="+2">`` title, "Article rédigé par NAME - mis en ligne le
  05/03/2026", a photo table "… Crédit photo : NAME", a "Pratique" box, "À lire également :", the commune's
  latest news, agenda and visitor counter);
- jp_lab (held out): a Japanese graduate school department's news item (table layout, the date "2026.03.05" in a
  table cell before the bold title, a centred photo "…（写真提供：ORG）", an info table "掲載日 / 文 / 関連リンク" after
  the text, "関連するお知らせ", previous/next);
- cn_college (held out): a Chinese university college's news page on a campus CMS (WebPlus-like: "发布者：COLLEGE
  发布时间：2026-03-05 浏览次数：N", a picture paragraph and a caption paragraph without credit, "撰稿：NAME 摄影：NAME
  审核：NAME" closing the text, "上一条/下一条", "【打印】【关闭】").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a topic or
section before the title ("募集: TITLE") is no headline; a handle the page prints as its poster ("Posted by
kb9tml") is the writer, as a handle signing a post is; "Previous/Next", "Back to list" and their translations are
no related links, nor a box of the topic's search, the author's other news and the topic's most-read story
(PHP-Nuke's "Related Links"), nor a list of the site's latest releases or news ("Weitere Pressemitteilungen", the
commune's latest news); "Related Stories", "See also:", "Mehr zum Thema", "Voir aussi", "À lire également",
"関連記事", "関連するお知らせ" and "相关文章" are; a press release names no writer, and its press contact is no writer
and no body; an information box after the text ("Pratique : …") is no body; "来源：X" naming another office than the
site is the source; "发布者：COLLEGE" (the publishing office) names no writer; "撰稿：NAME" is the writer and
"摄影：NAME" the photographer of the page (an attribution, the picture's caption printing no credit), "审核" and
"责任编辑" name nobody; "文：DESK NAME" in an info table is the writer; "（写真提供：ORG）" credits the organisation.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): en_weekly, en_phpnuke, en_wpold, en_unidept, de_lokal, fr_asso, jp_xoops,
  cn_county;
- held out (scored once, blind, before any rule of the round): de_union, fr_frameset, jp_lab, cn_college (one
  German, one French, one Japanese, one Chinese).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.000 authors=0.250 date=0.500
  body_start=0.000 body_end=0.500 related=0.667 attributions=0.417 images=0.750. Three faults of the fixtures
  themselves were found after it and mended, no expectation's value changed: fr_frameset (and the dev page
  de_lokal) declared windows-1252 (iso-8859-1) but were saved in UTF-8, so the page read as mojibake (now saved in
  the encoding declared); cn_college's (and the dev page jp_xoops's) ``body_first`` was the first sentence alone,
  shorter than the 40 characters compared, so a right start could not match (now the paragraph's first 40 and
  more); and en_unidept's credit was written "NAME" where the convention (unseen57, round 47) keeps "Courtesy of
  NAME". The held-out pages re-scored with the round's starting code after these repairs: headline=0.000
  authors=0.250 date=0.500 body_start=0.250 body_end=0.750 related=0.667 attributions=0.583 images=1.000;
- dev, before any rule of the round (the repaired pages): headline=0.000 authors=0.375 date=1.000 body_start=0.625
  body_end=0.625 related=0.625 attributions=0.579 images=0.875;
- dev, after the dev rules (see "Sixty-sixth held-out round" in docs/extraction-design.md: a styled title over the
  text when the ``<title>`` names the site; the "Blog Archive" label of an early WordPress title; "Publié le DATE par
  NAME" / "Posted on DATE by NAME"; readers' comments named in German, French and Spanish and the comment form; the
  "This entry was posted on …" metadata; a ``<font>`` caption row and "PAPER photo by NAME"): headline=0.500
  authors=0.625 date=1.000 body_start=0.750 body_end=0.875 related=0.625 attributions=0.808 images=1.000;
- held out, after the dev rules: headline=0.750 authors=0.250 date=0.500 body_start=0.500 body_end=0.750
  related=0.667 attributions=0.583 images=1.000 (de_union's and fr_frameset's ``<font>`` titles found by the styled
  title rule);
- held out, after two held-out kinds fixed by rule (a dated line beside the title in a table layout, before the
  site's list of latest items; a Chinese institution's credits line "撰稿：NAME　摄影：NAME　审核：NAME"):
  headline=0.750 authors=0.500 date=1.000 body_start=0.500 body_end=0.750 related=0.667 attributions=0.833
  images=1.000 (against the first expectations, repaired as said above: none was changed after a run). The
  failures left are listed in ``KNOWN_FAILURES`` with their reasons. jp_lab's writer is found since unseen104 ("文"
  alone in a label cell names the writer, a committee before the name is its desk: "専攻広報委員会 NAME").

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=0.583 authors=0.583
date=1.000 body_start=0.667 body_end=0.833 related=0.639 attributions=0.817 images=1.000 (the pages declare almost
nothing: the same as declared).

``tests/unseen_score.py unseen66`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen66"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a table cell's headline after a one-cell breadcrumb row, the deck in the same cell: the text's root is the
    # table, and its first block the title and deck (no rule drops a styled title opening the root yet)
    ("en_weekly", "body_start"),
    # "Related Stories" in bold over bulleted links in the same <font>: no teaser box's label in its own element
    ("en_weekly", "related"),
    # PHP-Nuke's title in ``font.option`` (no class or size the styled-title rule reads), the <title> "SITE - TITLE"
    # with a site's name nothing else names ("Welcome to SITE" as the logo's alt)
    ("en_phpnuke", "headline"),
    # "Posted by HANDLE on DATE @ TIME (312 reads)": the footer-line rules read "Posted by NAME on" only as a line
    # of its own, here in the title's cell after a <br>; the organisation the <meta name="author"> declares wins
    ("en_phpnuke", "authors"),
    ("en_phpnuke", "attributions"),
    # the text in a cell of nested tables beside block tables of the same size: the side blocks win the text's root
    ("en_phpnuke", "body_start"),
    ("en_phpnuke", "body_end"),
    # the side block "Related Links" (the topic's search, the author's news, the topic's most-read story) is read
    # as a teaser box: by the page's conventions these are no related stories
    ("en_phpnuke", "related"),
    # a <title> naming only the site, the article's <h1> sharing no word with it: the only-heading rule needs a
    # shared word, and waiving it for a <title> alone made a Korean magazine's logo <h1> its headline on the bench
    # (tried and dropped) (cn_college's, a Chinese heading sharing pairs of characters with the title, is read since
    # unseen95; en_unidept's, "Department of Earth Sciences | Harlow State University", since unseen130: the
    # department's logo, a second logo linking the home, names the site too); fixed with unseen177: a heading of more
    # than a logo's few words, on a page declaring its <title> alone, is its headline whatever the title says
    # (``headline._only_heading``; the Korean magazine's two-word logo stays none)
    # XOOPS's "TOPIC: TITLE" in ``span.itemTitle``: the topic's link opens the title, and the <title>'s last part
    # (the headline) is no whole part the styled title agrees with closely enough
    ("jp_xoops", "headline"),
    # "投稿者 : | NAME | 投稿日時 : …" in three cells of a poster's table: the label's cell names the writer in the next
    # cell only for "作者" and the other labels of ``authors._AUTHOR_CELL``
    ("jp_xoops", "authors"),
    ("jp_xoops", "attributions"),
    # "関連記事" in ``span.itemTitle`` of the box's head row: a teaser label inside a title class, not read
    ("jp_xoops", "related"),
    # ("[ DATE | 来源：X | 作者：NAME ] 点击数：N 【字体：大 中 小】", "作者" after a bar, the counter and the font-size
    # links on the same line: read since unseen132, the line's labelled parts)
    # held out: "Pressekontakt:" after <br><br> in the text's one <font> stays in it (no block of its own)
    ("de_union", "body_end"),
    # held out: "Article rédigé par NAME - mis en ligne le 05/03/2026" ("rédigé par" is no lead-in yet), and "À lire
    # également :" in bold over links in a <font> is no teaser label's element (the photo table floated before the
    # text, which opened it, is read as a table of pictures and captions since unseen86)
    ("fr_frameset", "authors"),
    ("fr_frameset", "attributions"),
    ("fr_frameset", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "http://www.news.example/article.php?id=4412") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = ("The county board voted on Tuesday night to repave a three-mile stretch of the road, ending nearly two years "
         "of debate over the county's most complained-about route.<br><br>") * 4


def _table_page(title: str, head: str = "", box: str = "") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><table><tr><td>{box}</td><td><table>"
            "<tr><td><font size='+2'><b>County board votes to repave Old Mill Road</b></font></td></tr>"
            f"<tr><td>By Ann Lee</td></tr><tr><td><font size='2'>{_TEXT}</font></td></tr></table></td></tr>"
            "</table></body></html>")


def test_a_styled_title_over_the_text_when_the_title_names_the_site() -> None:
    """Nothing declared but a ``<title>`` naming the site ("The Courier - Weekly News"), no heading: the element
    named as a title or set in a large ``<font>`` ("+2" read too), with the most words and the text after it, is
    the headline; a box's title over teaser links is none, and a declared ``og:title`` still decides."""
    assert _extract(_table_page("The Courier - Weekly News for Tanner County"))["headline"] \
        == "County board votes to repave Old Mill Road"
    teasers = ("<div class='box_title'>Most read stories this week here</div>"
               + "".join(f"<a href='/a{i}'>Teaser headline number {i} of the box</a><br>" for i in range(8)))
    assert _extract(_table_page("The Courier", box=teasers))["headline"] == "County board votes to repave Old Mill Road"
    only_teasers = ("<html><head><title>The Courier</title></head><body><div class='box_title'>Most read stories "
                    "this week here</div>" + "".join(f"<p><a href='/a{i}'>Teaser headline number {i} of the box "
                                                     "and its long words</a></p>" for i in range(8)) + "</body></html>")
    assert _extract(only_teasers)["headline"] != "Most read stories this week here"
    declared = _table_page("The Courier", head="<meta property='og:title' content='Old Mill Road to be repaved'>")
    assert _extract(declared)["headline"] == "Old Mill Road to be repaved"


def test_the_blog_archive_label_in_an_early_wordpress_title() -> None:
    """"Blog » Blog Archive » Post" (the Kubrick-era theme's ``<title>``): the label after the blog's name is no
    part of the post's title, so the post's ``<h2>`` agrees with it; a title without the label keeps its words."""
    from newsarchive.extraction.headline import strip_site_name

    assert strip_site_name("Ashford History » Blog Archive » Schoolhouse bell comes home", ["Ashford History"]) \
        == "Schoolhouse bell comes home"
    assert strip_site_name("Ashford History » Archive news from the valley", ["Ashford History"]) \
        == "Archive news from the valley"


def test_a_dated_post_line_names_its_writer_after_the_day() -> None:
    """"Publié le 5 mars 2026 par NAME" and "Posted on March 5, 2026 by NAME" (a meta line, maybe in a span of its
    own) name the writer after the day; an office ("par la mairie") or a line whose day reads as no date names
    nobody."""
    body = "<div>" + "<p>Samedi dernier, trente-deux bénévoles ont parcouru les douze kilomètres du sentier.</p>" * 5
    page = "<html><head><title>Site</title></head><body><h1>Un titre assez long ici</h1>{}" + body + "</div></body></html>"
    assert _extract(page.format("<p class='metas'><span>Publié le 5 mars 2026 par Odile Ferrand</span> "
                                "<span>Dans <a href='/c/'>Vie</a></span></p>"))["authors"] == ["Odile Ferrand"]
    assert _extract(page.format("<div class='meta'>Posted on March 5, 2026 by Ann Lee | 2 comments</div>"))[
        "authors"] == ["Ann Lee"]
    assert _extract(page.format("<p>Publié le 5 mars 2026 par la mairie</p>"))["authors"] == []
    assert _extract(page.format("<p>Publié le lundi par Odile Ferrand</p>"))["authors"] == []


def test_comments_in_other_languages_and_the_comment_form_are_no_text() -> None:
    """Readers' comments named in the plural in German, French or Spanish ("kommentare", "leserkommentare",
    "commentaires", "comentarios") and WordPress's "commentform" are the discussion; the singular "kommentar" (a
    German commentary, an article) is none."""
    from newsarchive.extraction.hints import DISCUSSION, kinds_of

    for names in ("kommentare", "leserkommentare", "commentaires", "comentarios", "commentform", "comment-form"):
        assert kinds_of(names, None, None) & DISCUSSION, names
    for names in ("kommentar", "artikel-kommentar", "commentary"):
        assert not kinds_of(names, None, None) & DISCUSSION, names


def test_an_early_wordpress_themes_post_metadata_is_no_text() -> None:
    """"This entry was posted on DATE and is filed under CATEGORY. You can follow any responses to this entry
    through the RSS 2.0 feed." under every post is furniture; a sentence of the text opening "This entry" stays."""
    from newsarchive.extraction.hints import PROMPT_TEXT

    assert PROMPT_TEXT.match("This entry was posted on Thursday, March 5th, 2026 at 2:32 pm and is filed under News. "
                             "You can follow any responses to this entry through the RSS 2.0 feed.")
    assert PROMPT_TEXT.match("This entry was posted in News and tagged bells. Bookmark the permalink.") is None


def test_a_font_caption_row_and_the_papers_own_photo_credit() -> None:
    """A picture table's caption row set in a ``<font>`` ("<td><font size=1>CAPTION <i>Courier photo by
    NAME</i></font></td>") is the caption, and "PAPER photo by NAME" after its last sentence the credit, the name
    alone; a caption closing on words after "by" but no label names no credit."""
    from newsarchive.extraction.credits import clean_credit, split_caption

    caption, credit = split_caption("Potholes line the road north of the bridge. Courier photo by Nora Pettibone")
    assert (caption, clean_credit(credit)) == ("Potholes line the road north of the bridge.", "Nora Pettibone")
    assert split_caption("The mayor took this photo. New York by night")[1] is None
    page = ("<html><head><title>The Courier</title></head><body><h1>County board votes to repave the road</h1>"
            "<table align='right'><tr><td><img src='/p/road.jpg' width='240' height='160'></td></tr><tr><td>"
            "<font size='1'>Potholes line the road north of the bridge. <i>Courier photo by Nora Pettibone</i>"
            f"</font></td></tr></table><p>{_TEXT}</p></body></html>")
    images = _extract(page)["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("Potholes line the road north of the bridge.",
                                                              "Nora Pettibone")]


def test_a_dated_line_beside_the_title_dates_the_page() -> None:
    """Held-out kind. Where nothing marks a date, a short line printing one beside the headline in an old table
    layout ("Pressemitteilung 07/2026 · Kempfeld, 05.03.2026" over the title, "… mis en ligne le 05/03/2026" in the
    row under it) dates the page, before the site's list of latest items further down; a line naming no date leaves
    the list's (the whole page's search)."""
    latest = "".join(f"<tr><td>{day:02d}.01.2026 &middot; <a href='/pm{day}.html'>Older release number {day}</a></td></tr>"
                     for day in (28, 19, 6))

    def page(line: str) -> str:
        return (f"<html><head><title>IG Holz - Bezirk</title></head><body><table><tr><td>{line}<br><br>"
                "<font size='4'><b>Warnstreik bei Faltschachtelwerk: Beschäftigte legen Frühschicht nieder</b></font>"
                f"<br><br><font size='2'>{'Rund 140 Beschäftigte haben am Donnerstagmorgen die Arbeit niedergelegt. ' * 6}"
                f"</font></td></tr>{latest}</table></body></html>")

    assert _extract(page("<font size='2'><b>Pressemitteilung 07/2026 · Kempfeld, 05.03.2026</b></font>"))[
        "published"][:10] == "2026-03-05"
    assert _extract(page("<font size='2'><b>Pressemitteilung · Kempfeld</b></font>"))["published"][:10] != "2026-03-05"


def test_a_chinese_institutions_credits_line_names_writer_and_photographer() -> None:
    """Held-out kind. "撰稿：NAME　摄影：NAME　审核：NAME" closing a Chinese college's or bureau's news, a paragraph of
    its own: the writer after "撰稿" (or "文字"), the photographer after "摄影" (or "图片"), the reviewer and editors
    nobody; a paragraph saying more than the roles, or naming no writer, names nobody."""
    text = "<p>近日，第十二届全国大学生机械创新设计大赛决赛在武汉落下帷幕，我院学生团队荣获一等奖。</p>" * 5

    def page(line: str) -> str:
        return (f"<html><head><title>学院</title></head><body><h1>我院学子在全国大赛中获一等奖</h1><div class='text'>{text}"
                f"<p style='text-align:right'>{line}</p></div></body></html>")

    found = _extract(page("撰稿：刘思琪　摄影：陈浩然　审核：孙建国"))
    assert found["authors"] == ["刘思琪"]
    assert ("photo", "陈浩然") in {(a["role"], a["name"]) for a in found["attributions"]}
    assert _extract(page("文字：刘思琪、王磊　编辑：孙建国"))["authors"] == ["刘思琪", "王磊"]
    assert _extract(page("摄影：陈浩然　审核：孙建国"))["authors"] == []
    assert _extract(page("撰稿：刘思琪，感谢学院各部门的大力支持与配合"))["authors"] == []
