"""A fifty-fifth held-out round of pages imitating publishing systems (issue 9): blogs and newsletters in English,
German, French, Japanese and Chinese declaring little (ten of the twelve declare no person as writer in their meta
tags or JSON-LD, only the site or nothing; nine declare no JSON-LD). The held-out pages are scored blind (no test runs on them, and no field
of theirs is seen failing, before the single held-out score), BEFORE any rule of the round. The round's focus:
authors, date, body start and end, related.

Each page in ``fixtures/unseen55`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains (where the system of the brief was imitated in an earlier set, a neighbour of the same kind was
taken, and is named so):

- wp_classic: a personal WordPress blog on a classic theme (Twenty Ten-like, neighbour of the Twenty Twelve imitated
  in unseen17: no JSON-LD, nothing declared but the generator, "Posted on DATE by NAME" in ``div.entry-meta``,
  a ``wp-caption`` without credit, Jetpack's "Related" box inside the entry's content, the author box "About NAME",
  "This entry was posted in … and tagged …", prev/next above and below, comments with a pingback, a tag cloud);
- blogger: a Blogger blog (the Simple template with its date header, neighbour of the classic template imitated in
  unseen3: only ``og:`` title and description declared, the text as ``<br>``-separated lines in one ``div``, a
  ``tr-caption`` table, the date in the ``h2.date-header`` and "Posted by NAME at 21:07" in the post footer, share
  buttons, labels, comments, "Newer Post / Older Post", the profile widget and a label cloud);
- ghost: a Ghost newsletter post (the Source theme, neighbour of Casper: the writer declared in JSON-LD, the
  excerpt repeating the description, "Photo: NAME" closing the feature image's caption, a callout card, "Read
  more" cards after the article, a signup footer);
- zola: a personal site on a static site generator (Zola, neighbour of the Hugo and Jekyll sites imitated in
  unseen3 and unseen13: no JSON-LD, nothing declared but ``og:title``, no byline over the text; "Written by NAME on
  <time>" in the post's footer, tags, prev/next);
- fr_eklablog: a French blog on a hosted platform (Eklablog-like, neighbour of the Overblog, Canalblog and
  Hautetfort imitated in unseen6, unseen10 and unseen53: no JSON-LD, the date as day/month/year spans over the
  title, the picture and its italic caption in centred paragraphs, "Publié par NAME le … à 11:40 dans Catégorie"
  after the post, tags, a share bar, "Vous aimerez aussi :", prev/next, comments, a tag cloud);
- jp_seesaa: a Japanese blog on a hosted platform (Seesaa-like, neighbour of the Hatena, Ameba, FC2 and livedoor
  blogs imitated earlier: no JSON-LD, the date as ``h2.date``, the title an ``h3``, the text as ``<br>`` lines,
  "投稿者：NAME 21:15| Comment(2) | TrackBack(0) | カテゴリ" after it, "関連記事", comments, a tag cloud);
- cn_typecho: a Chinese personal blog (Typecho's default theme: no JSON-LD, "作者：<a>NAME</a>" "时间：" "分类："
  in ``ul.post-meta``, a licence note in a blockquote closing the text, tags, "相关文章", comments,
  "上一篇/下一篇");
- cn_column: a Chinese platform column (a Baijiahao-like author column, neighbour of the Jianshu and Juejin imitated
  in unseen27: the platform's JSON-LD naming no writer, the account's name "城事观察" (the column, no person) and
  the date over the text, "作者：NAME" as the text's first line, "图源：受访者供图" closing the caption, the
  column's "本文为…原创，未经授权禁止转载。" closing it, "相关推荐");
- de_blog (held out): a German blog on a hosted platform (a blog host's theme, neighbour of the wpde and
  Wix-like pages of unseen6 and unseen10: no JSON-LD, the day as a line over the ``h2`` title, "Geschrieben von
  <a>NAME</a> um 18:20 in <a>Kategorie</a> | 4 Kommentare | Trackback" after the text, "Schlagwörter:", a share
  bar, "Das könnte dich auch interessieren", prev/next, comments "Geschrieben von NAME am …", a tag cloud);
- jp_creator (held out): a Japanese creator platform's post (note-like, neighbour of the note imitated in unseen6:
  no JSON-LD, the creator's name and ``<time>`` under the title, a figure's caption, hashtags, "スキ", a support box,
  the creator's profile card, "NAMEさんの他の記事");
- substack_guest (held out): a Substack-like newsletter's guest post (the writers declared in JSON-LD, "NAME and
  NAME" as the byline, "A guest post by NAME." in italics opening the text, "Photo: NAME" closing the caption, a
  subscription widget inside the text, the guest's italic note closing it, comments);
- academic (held out): a personal academic's blog on a university's staff pages (hand-written HTML: nothing
  declared, the site's name and her post in the header, "Posted by NAME on 12 March 2026 · Filed under … · 3
  comments" after the post, prev/next, comments, the sidebar's about box and tags).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a name in the
post's footer ("Posted by", "Geschrieben von", "Publié par", "投稿者：", "Written by") names the writer, and the
footer's date dates the post; readers' comments, trackbacks, profile widgets and about boxes name nobody; a column's
account name ("城事观察") is the column, no person, and its "作者：NAME" line names the writer and opens no text; a
newsletter's greeting opens the text (ghost), a guest post's one-line "A guest post by NAME." does not
(substack_guest, round 35's convention), and the guest's italic note about herself closing the text is a tagline
(round 49); licence and reprint notes ("本文由 NAME 创作，采用 … 许可协议", "本文为…原创，未经授权禁止转载。") close
no text; "Related", "Vous aimerez aussi", "関連記事", "相关文章", "相关推荐", "Das könnte dich auch interessieren" and
"NAMEさんの他の記事" label related links (and "Read more", mended below); prev/next pointers, recent posts, tag clouds
and label clouds are not related; captions are as printed, without the label of their credit ("Photo:",
"图源：").

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): wp_classic, blogger, ghost, zola, fr_eklablog, jp_seesaa, cn_typecho,
  cn_column;
- held out (scored once, blind, before any rule of the round): de_blog, jp_creator, substack_guest, academic
  (a German hosted blog, a Japanese creator post, a newsletter's guest post, an academic's blog).

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=0.750 date=1.000 body_start=0.750
  body_end=0.750 related=1.000 attributions=0.750 images=1.000 (the body start's miss was jp_creator's expectation
  itself, mended below);
- dev, before any rule of the round (the expectations' too-short openings mended, below): headline=1.000
  authors=0.625 date=0.875 body_start=1.000 body_end=1.000 related=0.875 attributions=0.667 images=0.875 (zola's
  writer, named only by "Written by NAME on <time>" in the post's footer; jp_seesaa's writer ("投稿者：NAME 21:15|"),
  date (the ``h2.date`` day heading) and caption (in small print after a ``<br>``); cn_column's writer and
  "发布于北京" taken for a writer and a source; ghost's "Read more" cards, against the first expectation);
- dev, after the dev rules (see "Fifty-fifth held-out round" in docs/extraction-design.md) and ghost's expectation
  mended (below): all eight fields 1.000;
- held out, after the dev rules: headline=0.750 authors=1.000 date=1.000 body_start=1.000 body_end=0.750 related=1.000
  attributions=1.000 images=1.000 (the footer-line rule named academic's writer, "Posted by NAME on 12 March 2026 · Filed under …"; left: academic's
  headline, the title's "| NAME" where the site's name is a block linking home, and substack_guest's body end, the
  guest's italic note on herself);
- held out, after two held-out-kind rules (a block of one link home names the site; "NAME is a … and writes about …
  at PUBLICATION" is a tagline): all eight fields 1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=0.917 date=0.917, the other
fields 1.000 (jp_seesaa: without its ``og:title`` the title "POST: BLOG" is not cut at its colon, so the post's
``h3`` is not found as the headline, and the date heading is not looked for; not fixed).

Expectations changed after a run, by the scorer's form and by written conventions only: cn_column's, cn_typecho's and
jp_creator's ``body_first`` were shorter than the 40 characters the scorer compares (so no page could match them),
and were lengthened to the same paragraph's first words (jp_creator's is a held-out page: the blind body-start
figure above counts that miss); ghost's "Read more" cards after the article were first expected as a feed of the
latest posts, but "Read more" is a teaser label after the article (``hints.TEASER_TEXT``, "A teaser label in its own
element"; only a bare "Read more" in a side column heads none), so its two links are related links.

``tests/unseen_score.py unseen55`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen55"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _extract(html: str, url: str = "https://blog.example/2026/03/12/post/") -> dict:
    from newsarchive.extraction import extract_article

    return extract_article(html, url=url)


_TEXT = ("<p>The stones were numbered one by one before the wall came down, and most of them went back in the same "
         "place, which is more than anyone expected of a village project run on weekends.</p>" * 4)


_OWN_SITE = "https://jonaswren.example/posts/walls/"


def test_a_post_footer_line_naming_the_writer_and_the_day() -> None:
    """"Written by NAME on <time>12 March 2026</time>" in a post's footer (a personal site's theme, the site's logo
    spelling the owner's name as its host: the writer, not the site naming itself), "Posted by NAME
    on 12 March 2026 · Filed under …" (a hand-made blog) and "Geschrieben von <a>NAME</a> um 18:20 in <a>…</a> |"
    name the writer where no byline does; a reader's "Posted by Ann Lee on 13 March 2026" in the comments block
    names nobody."""
    page = ('<html><head><title>Walls · jonaswren.example</title></head><body><header class="site-header"><nav><a '
            'class="site-name" href="https://jonaswren.example/">jonaswren.example</a></nav></header><article><header>'
            '<h1>Rebuilding the village wall</h1></header><div class="post-content">' + _TEXT + '</div><footer '
            'class="post-footer"><p class="post-meta">{line}</p></footer></article>{comments}</body></html>')
    written = 'Written by Jonas Wren on <time datetime="2026-03-12">12 March 2026</time>'
    assert _extract(page.format(line=written, comments=""), _OWN_SITE)["authors"] == ["Jonas Wren"]
    german = ('Geschrieben von <a href="/profil/">Sabine Kettler</a> um 18:20 in <a href="/moore/">Moore</a> | '
              '<a href="#k">4 Kommentare</a>')
    assert _extract(page.format(line=german, comments=""))["authors"] == ["Sabine Kettler"]
    posted = page.replace('<p class="post-meta">{line}</p>', '<div class="post-footer">{line}</div>')
    line = 'Posted by Imogen Vale on 12 March 2026 &middot; Filed under <a href="/tags/a.html">academia</a>'
    assert _extract(posted.format(line=line, comments=""))["authors"] == ["Imogen Vale"]
    comments = ('<div class="comments"><div class="comment"><p>Posted by Ann Lee on 13 March 2026 | '
                '<a href="#c1">link</a></p><p>Lovely wall.</p></div></div>')
    assert _extract(page.format(line="Tagged: walls, stone", comments=comments))["authors"] == []
    assert _extract(page.format(line="Written by Jonas Wren for fun", comments=""), _OWN_SITE)["authors"] == []


_JA_TEXT = "今朝は川沿いを歩きました。桜はまだ三分咲きで、鴨がたくさん浮かんでいました。<br><br>" * 4


def test_a_japanese_post_footer_names_the_poster() -> None:
    """"投稿者：NAME 21:15| Comment(2) | TrackBack(0)" after a hosted Japanese blog's post names the writer; a
    reader's comment "投稿者：ゆず" in the comments block, and "投稿者" in a sentence, name nobody."""
    page = ('<html lang="ja"><head><title>桜並木</title></head><body><div class="blog"><h2 class="date">2026年03月12日'
            '</h2><div class="blogbody"><h3 class="title">川沿いの桜並木、今年は三分咲き</h3><div class="text">'
            + _JA_TEXT + '</div><div class="posted">{line}</div></div>{comments}</div></body></html>')
    line = '投稿者：水野 さくら 21:15| <a href="#comment">Comment(2)</a> | <a href="#tb">TrackBack(0)</a>'
    record = _extract(page.format(line=line, comments=""), "https://sanpo.example/article/512873390.html")
    assert record["authors"] == ["水野 さくら"]
    comments = '<div class="comment"><div class="comment-body">いいですね<div>投稿者：ゆず | 2026年03月12日</div></div></div>'
    record = _extract(page.format(line='<a href="#comment">Comment(2)</a>', comments=comments),
                      "https://sanpo.example/article/512873390.html")
    assert record["authors"] == []


def test_a_date_heading_over_a_blogs_post() -> None:
    """A blog's day heading over its posts ("<h2 class="date">2026年03月12日</h2>" over the post's title) dates the
    post; a heading not named for the date ("<h2 class="title">2026年の桜</h2>") does not."""
    page = ('<html lang="ja"><head><title>川沿いの桜並木、今年は三分咲き: 散歩と写真の覚え書き</title><meta property="og:site_name" content="散歩と写真の覚え書き"><meta property="og:title" content="川沿いの桜並木、今年は三分咲き"></head><body><h1><a href="/">散歩と写真の覚え書き</a></h1><div class="blog"><h2 class="{cls}">{day}</h2>'
            '<div class="blogbody"><h3 class="title">川沿いの桜並木、今年は三分咲き</h3><div class="text">' + _JA_TEXT
            + '</div></div></div></body></html>')
    url = "https://sanpo.example/article/512873390.html"
    assert _extract(page.format(cls="date", day="2026年03月12日"), url)["published"][:10] == "2026-03-12"
    assert _extract(page.format(cls="title", day="2026年03月12日の桜"), url)["published"] is None


_ZH_TEXT = "".join(f"<p>老小区加装电梯，难点往往不在钱，而在一楼住户。第{i}次协调会上，各方仍然没有谈拢补偿的标准。</p>"
                   for i in range(1, 6))


def test_a_columns_writer_line_over_its_account() -> None:
    """A Chinese platform's column: the account's name by the headline ("城事观察", unlabelled, beside "发布于北京")
    and "作者：NAME" as a paragraph of its own over the text: the line names the writer, "发布于北京" (where the
    account posted from) names nobody and is no source; without the line, the account's name stays."""
    page = ('<html lang="zh-CN"><head><title>老小区加装电梯</title></head><body><div class="article-main"><h1>老小区加装电梯'
            '，为什么总卡在一楼？</h1><div class="author-box"><p class="author-name"><a href="/home?id=1">城事观察</a></p>'
            '<div class="date-source"><span class="date">2026-03-12 20:31</span><span class="source">发布于北京</span>'
            '</div></div><div class="article">{line}' + _ZH_TEXT + '</div></div></body></html>')
    url = "https://column.example/s?id=1792834012934857123"
    record = _extract(page.format(line="<p><span><strong>作者：周明远</strong></span></p>"), url)
    assert record["authors"] == ["周明远"]
    assert not [a for a in record["attributions"] if a["role"] == "source"]
    assert _extract(page.format(line=""), url)["authors"] == ["城事观察"]
    said = _extract(page.format(line="<p>作者：周明远，城市规划师，现居成都。</p>"), url)
    assert said["authors"] == ["城事观察"]


def test_a_caption_in_small_print_after_a_break() -> None:
    """A hosted blog's picture with its caption in small print after a line break in the picture's box
    ("<div><a><img></a><br><span style="font-size:small">CAPTION</span></div>") is captioned; a line in normal
    print there is not."""
    page = ('<html lang="ja"><head><title>桜並木</title></head><body><article><h1>川沿いの桜並木、今年は三分咲き</h1>'
            '<p>今朝は川沿いを歩きました。桜はまだ三分咲きで、鴨がたくさん浮かんでいました。</p><div style="text-align:center">'
            '<a href="/image/sakura.jpg"><img src="https://sanpo.example/image/sakura.jpg" width="480" height="320"></a>'
            '<br><span style="{style}">橋のたもとの一本。ここだけ一足早い。</span></div>' + "<p>帰り道、いつものパン屋さんで桜あん"
            "ぱんを買いました。季節限定だそうで、塩漬けの桜の花がのっています。</p>" * 4 + '</article></body></html>')
    url = "https://sanpo.example/article/512873390.html"
    images = _extract(page.format(style="font-size:small"), url)["images"]
    assert images and images[0]["caption"] == "橋のたもとの一本。ここだけ一足早い。"
    images = _extract(page.format(style="color:#666"), url)["images"]
    assert not images or not images[0].get("caption")


def test_a_personal_sites_name_as_a_line_linking_home() -> None:
    """A hand-made personal site's masthead, "<div id="name"><a href="…/~ivale/">Imogen Vale</a></div>" (a block of
    one link to the site's home, here the staff page's first segment), names the site: "Post | Imogen Vale" as the
    title leaves the post's heading the headline (held-out kind); a block linking elsewhere names no site. (The heading
    is named by no "title" here: a heading named so is the headline of a page without ``<h1>`` whatever the site's name,
    ``headline._STYLED_HEADINGS``, since unseen97; and its words are set in parts, "<em>more</em>": an element printing
    the title's head alone as its one line is the headline whatever the site's name, ``headline._printed_title_head``,
    since unseen197.)"""
    page = ('<html><head><title>Why do reviewers ask for more experiments? | Imogen Vale</title></head><body><div '
            'id="top"><div id="name"><a href="{home}">Imogen Vale</a></div><div id="affil">Senior Lecturer in '
            'Phonetics</div></div><div id="main"><div class="post"><h2 class="post-head">Why do reviewers ask for '
            '<em>more</em> experiments?</h2><div class="post-body">' + _TEXT + '</div></div></div></body></html>')
    url = "https://staff.northfield-uni.example/~ivale/blog/2026/03/why-more-experiments.html"
    home = "https://staff.northfield-uni.example/~ivale/"
    assert _extract(page.format(home=home), url)["headline"] == "Why do reviewers ask for more experiments?"
    away = _extract(page.format(home="https://staff.northfield-uni.example/~ivale/publications.html"), url)
    assert away["headline"] == "Why do reviewers ask for more experiments? | Imogen Vale"


def test_a_guests_note_on_herself_closes_no_text() -> None:
    """"Ifeoma Strand is a shellfish surveyor and writes about estuaries at Brackish." in italics under a guest post
    is her note, no text (held-out kind; `hints.TAGLINE`); "… a historian who writes about Rome." names no place she
    writes at, and stays the text's last paragraph."""
    page = ('<html><head><title>Tides</title></head><body><article><h1>What the tide tables don\u2019t tell you</h1>'
            '<div class="body markup">' + _TEXT + '<p>So my advice: read the tables, then go and stand on the shore at '
            'low water and do nothing for an hour.</p><p><em>{note}</em></p></div></article></body></html>')
    note = "Ifeoma Strand is a shellfish surveyor and writes about estuaries at Brackish."
    body = _extract(page.format(note=note))["body"]
    assert body.rstrip().endswith("do nothing for an hour.")
    stays = "My neighbour is a historian who writes about Rome, and she came along too."
    assert _extract(page.format(note=stays))["body"].rstrip().endswith(stays)
