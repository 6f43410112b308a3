"""Rules of the seventeenth held-out round (``tests/test_unseen17.py``): magazines and blogs."""

from __future__ import annotations

from newsarchive.extraction import extract_article


def test_blog_name_heading_linking_home_is_no_headline() -> None:
    """A blog theme's name in an ``<h1>`` linking to "/", the page's title joining it to the post's: the post's own
    title in an ``<h2>`` is the headline."""
    html = ('<html><head><title>field notes from the allotment — spring seed swap recap</title>'
            '<meta property="og:title" content="Spring seed swap recap"></head><body>'
            '<header><h1><a href="/">field notes from the allotment</a></h1></header>'
            '<article><h2><a href="/post/1/spring-seed-swap-recap">Spring seed swap recap</a></h2>'
            '<p>We had almost sixty people turn up at the community hall on Saturday, more than double last year.</p>'
            '<p>The tomato table ran out first, as it always does, and the beans went soon after that.</p>'
            '</article></body></html>')
    rec = extract_article(html.encode(), "https://allotment.blog.example/post/1/spring-seed-swap-recap")
    assert rec["headline"] == "Spring seed swap recap"


def test_declared_handle_naming_the_blog_host_is_the_writer() -> None:
    """A declared author "allotmentnotes" on allotmentnotes.tumblr.example/post/…: the account's handle, the writer;
    the site's own name on its registrable domain (dizindaba.co.za) is not."""
    body = ('<p>We had almost sixty people turn up at the community hall on Saturday, more than double last year.</p>'
            '<p>The tomato table ran out first, as it always does, and the beans went soon after that.</p>')

    def page(name: str) -> bytes:
        return ('<html><head><script type="application/ld+json">{"@context":"http://schema.org","@type":'
                f'"SocialMediaPosting","headline":"Seed swap","author":{{"@type":"Person","name":"{name}"}}}}</script>'
                f'</head><body><article><h1>Seed swap</h1>{body}</article></body></html>').encode()

    assert extract_article(page("allotmentnotes"),
                           "https://allotmentnotes.tumblr.example/post/7455/seed-swap")["authors"] == ["allotmentnotes"]
    assert extract_article(page("dizindaba"), "https://dizindaba.co.za/2023/04/10/seed-swap/")["authors"] == []


def test_teaser_titles_named_related_inside_a_related_block() -> None:
    """Jetpack's "Related" block after the text: each teaser's title is a ``<span>`` named "related" inside it; its
    headline links are teasers, a section badge of fewer than three words is not."""
    posts = "".join(
        f'<p class="jp-relatedposts-post"><span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" '
        f'href="https://bikes.example/2026/0{i}/0{i}/post-{i}/" rel="nofollow">Restoring an old bike, part {i}</a>'
        f'</span><span class="jp-relatedposts-post-date">March {i}, 2026</span></p>' for i in (1, 2))
    html = ('<html><head><title>Rear hub</title></head><body><article><h1>Rear hub</h1><div class="entry-content">'
            '<p>Part three of the restoration. This week the three-speed hub came apart on the bench at last.</p>'
            '<p>The planet cage was gummed up with old grease, but the pawls were fine after a soak overnight.</p>'
            '<div id="jp-post-flair" class="sharedaddy"><div id="jp-relatedposts" class="jp-relatedposts">'
            '<h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
            f'<div class="jp-relatedposts-items">{posts}<p class="jp-relatedposts-post"><span '
            'class="jp-relatedposts-post-context"><a href="https://bikes.example/category/bikes/">Bikes</a></span></p>'
            '</div></div></div></div></article></body></html>')
    rec = extract_article(html.encode(), "https://bikes.example/2026/03/11/rear-hub/")
    assert {link["url"] for link in rec["related_links"] if link["kind"] == "related"} == {
        "https://bikes.example/2026/01/01/post-1/", "https://bikes.example/2026/02/02/post-2/"}


def test_more_from_the_section_the_address_files_the_article_under() -> None:
    """"More From Men's Fashion" after the article on /style/mens-fashion/a64123456/…: the section's latest stories, no
    teasers; the "Related Story" card inside the text stays one."""
    html = ('<html><head><title>Raincoats</title></head><body><main><article><h1>The best raincoats, tested</h1>'
            '<div class="article-body-content"><p>Nobody enjoys being caught in the rain, but a good raincoat helps.</p>'
            '<div class="embed-editorial-links"><span>Related Story</span><a href="https://mag.example/style/'
            'mens-fashion/a1/best-boots/"><span>The Best Winter Boots for Men</span></a></div>'
            '<p>The first thing to check is whether the seams are taped, as a coat can leak at every stitch.</p>'
            '<p>Whichever coat you pick, re-proof it once a season and it will last for many years.</p></div>'
            '</article><section class="more"><h2>More From Men\'s Fashion</h2><ul>'
            '<li><a href="/style/mens-fashion/a2/spring-jackets/">The Best Spring Jackets for Men</a></li>'
            '<li><a href="/style/mens-fashion/a3/white-sneakers/">The 20 Best White Sneakers</a></li></ul></section>'
            '</main></body></html>')
    rec = extract_article(html.encode(), "https://mag.example/style/mens-fashion/a64123456/best-raincoats/")
    assert {link["url"] for link in rec["related_links"] if link["kind"] == "related"} == {
        "https://mag.example/style/mens-fashion/a1/best-boots/"}


def test_title_in_a_paragraph_inside_the_h1() -> None:
    """"<h1><p>Title</p></h1>": the parser closes the heading before the paragraph; the paragraph is its text, with
    the page's curly apostrophe, not the declared title's straight one."""
    html = ('<html><head><meta property="og:title" content="Bats Rarely Get Cancer. Scientists Know Why">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            '"headline":"Why Bats Don\'t Get Cancer as Often as We Do"}</script></head><body><article><header>'
            '<h1 class="article_hed"><p>Why Bats Don\u2019t Get Cancer as Often as We Do</p></h1></header>'
            '<div><p>Bats are strange animals in many ways. They fly and they navigate by sound, for a start.</p>'
            '<p>They also seem to rarely develop cancer, as a study published on Wednesday reports.</p></div>'
            '</article></body></html>')
    rec = extract_article(html.encode(), "https://sci.example/article/why-bats-dont-get-cancer/")
    assert rec["headline"] == "Why Bats Don\u2019t Get Cancer as Often as We Do"


def test_caption_italics_run_on_from_the_text_around_them() -> None:
    """"A little brown bat (<i>Myotis lucifugus</i>) roosting …": the italic name runs on from the brackets, as a
    browser prints it; the credit in a paragraph of its own stays apart."""
    html = ('<html><head><title>Bats</title></head><body><article><h1>Why bats rarely get cancer</h1><figure>'
            '<img src="https://sci.example/bat.jpg" alt=""><figcaption><p>A little brown bat (<i>Myotis lucifugus</i>)'
            ' roosting in a cave in Vermont.</p><p class="lead_image__credit">Michael Durham/Minden Pictures</p>'
            '</figcaption></figure><div><p>Bats are strange animals in many ways. They fly and they navigate by sound.</p>'
            '<p>They also seem to rarely develop cancer, as a study published on Wednesday reports.</p></div>'
            '</article></body></html>')
    rec = extract_article(html.encode(), "https://sci.example/article/bats/")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [
        ("A little brown bat (Myotis lucifugus) roosting in a cave in Vermont.", "Michael Durham/Minden Pictures")]


def test_marked_byline_in_the_side_column_beside_the_title() -> None:
    """A long-form magazine's "By NAME" and date in a side column ("post__sidebar") beside the title block, the
    declared author an account's reference only: the side column's marked byline names the writer."""
    html = ('<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":'
            '"WebPage","name":"Random mazes","author":{"@id":"https://q.example/#/schema/person/abc"}}]}</script>'
            '</head><body><main><div class="post__title"><h1>Mathematicians Find Hidden Order in Random Mazes</h1>'
            '</div><div class="post__sidebar"><div class="byline"><div class="byline__author"><a href="/authors/el/">'
            'By <span class="byline__author__name">Erica Lindqvist</span></a><span class="byline__author__title">'
            'Contributing Writer</span></div><div>March 11, 2026</div></div></div><div class="post__content">'
            '<p>Draw a grid of squares. Knock down walls between neighboring squares at random until it is a maze.</p>'
            '<p>Such mazes have been studied for decades, both for their own sake and as models of porous rock.</p>'
            '</div></main></body></html>')
    rec = extract_article(html.encode(), "https://q.example/mathematicians-find-hidden-order-in-random-mazes-20260311/")
    assert rec["authors"] == ["Erica Lindqvist"]


def test_declared_author_me_names_nobody() -> None:
    """A blog theme's default author "Me" (Hugo PaperMod's ``author: Me``) declared in the meta tags and JSON-LD is a
    placeholder, no writer."""
    html = ('<html><head><meta name="author" content="Me"><script type="application/ld+json">{"@context":'
            '"https://schema.org","@type":"BlogPosting","headline":"Tuning autovacuum","author":{"@type":"Person",'
            '"name":"Me"}}</script></head><body><article><h1>Tuning autovacuum</h1><div class="post-content">'
            '<p>Our background jobs live in a single Postgres table, and workers pick them up in turn.</p>'
            '<p>That pattern creates a lot of dead tuples, which autovacuum did not keep up with.</p>'
            '</div></article></body></html>')
    rec = extract_article(html.encode(), "https://blog.example/posts/tuning-autovacuum/")
    assert rec["authors"] == []


def test_writer_in_a_meta_line_with_date_and_reading_time() -> None:
    """Hugo PaperMod's meta line under the title, "March 11, 2026 · 5 min · NAME | Suggest Changes", the declared
    author the theme's "Me": the part reading as a name is the writer."""
    html = ('<html><head><meta name="author" content="Me"></head><body><main><article class="post-single">'
            '<header class="post-header"><h1 class="post-title">Tuning autovacuum for a queue table</h1>'
            '<div class="post-meta"><span title="2026-03-11">March 11, 2026</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;'
            'Nils Bergström&nbsp;|&nbsp;<a href="https://github.example/x.md">Suggest Changes</a></div></header>'
            '<div class="post-content"><p>Our background jobs live in a single Postgres table, picked up in turn.</p>'
            '<p>That pattern creates a lot of dead tuples, which autovacuum did not keep up with.</p></div>'
            '</article></main></body></html>')
    rec = extract_article(html.encode(), "https://nilsb.example/posts/tuning-autovacuum/")
    assert rec["authors"] == ["Nils Bergström"]


def test_journal_entry_header_name_wrote() -> None:
    """A journal entry's header "NAME (username) wrote," above the subject, the declared author the username: the
    name is the writer; a comment's "username wrote:" further down names nobody."""
    html = ('<html><head><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting",'
            '"headline":"Trains and tea","author":{"@type":"Person","name":"olga_p"}}</script></head><body><table>'
            '<tr><td class="caption"><span class="entry-header">Olga Petrenko (<span class="ljuser"><a href="/"><b>'
            'olga_p</b></a></span>) wrote,<br>2026-03-11 14:35:00</span></td></tr><tr><td><h2>Trains and tea</h2>'
            '</td></tr><tr><td class="entry-text">Got back from Lviv on the night train yesterday, tea at six.<br><br>'
            'Came home to find the boiler had died while I was away. Of course it did.</td></tr></table>'
            '<div class="comments"><p>kat_in_kyiv wrote: Oh no, the boiler!</p></div></body></html>')
    rec = extract_article(html.encode(), "https://olga-p.journal.example/284512.html")
    assert rec["authors"] == ["Olga Petrenko"]
