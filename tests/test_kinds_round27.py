"""One small page or string per kind of layout the twenty-seventh held-out round (``fixtures/unseen27``)
revealed; each fails without its rule (see "Twenty-seventh held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.hints import PROMPT_TEXT, TEASER_TEXT

EN_PARAS = ("<p>Every November for the last nine years I have stood in the bottom bed with a garden fork, muttering, "
            "while the first frost blackened the dahlia foliage overnight.</p>"
            "<p>This year I finally wrote down what I actually do, because three readers asked and because I keep "
            "forgetting it myself, season after season.</p>"
            "<p>I wait until a frost has killed the top growth, then give the plants another week before I lift "
            "them out of the ground.</p>")


def _related(rec: dict) -> list[str]:
    return [link["url"] for link in rec["related_links"] if link["kind"] == "related"]


def test_a_blogs_disclosure_is_no_text() -> None:
    """A disclosure over or under a blog's text ("This post contains affiliate links. …", "Werbung | Dieser Beitrag
    enthält Affiliate-Links", "*Affiliate-Link: …", a platform's contest notice) is furniture, not its opening."""
    for line in ("This post contains affiliate links. If you buy through them I may earn a small commission.",
                 "Werbung | Dieser Beitrag enthält Affiliate-Links, die mit einem Sternchen (*) gekennzeichnet sind.",
                 "*Affiliate-Link: Wenn Du über einen dieser Links einkaufst, erhalte ich eine kleine Provision.",
                 "Cet article contient des liens affiliés : je touche une petite commission sur vos achats.",
                 "本文已参与「新人创作礼」活动，一起开启掘金创作之路。", "本文参加简书“生活有温度”征文活动，首发于简书，禁止转载。",
                 "この記事にはアフィリエイト広告が含まれています。"):
        assert PROMPT_TEXT.match(line), line
    assert not PROMPT_TEXT.match("This post contains the full list of the candidates standing in the ward.")
    html = ("<html><head><title>Dahlias</title></head><body><article><h1>How I Overwinter Dahlias</h1>"
            "<div class='entry-content'><p><em>This post contains affiliate links. If you buy through them I may earn "
            "a small commission at no extra cost to you. Read my full disclosure policy.</em></p>" + EN_PARAS
            + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://garden.example/2026/03/11/dahlias/")
    assert rec["body"].startswith("Every November for the last nine years")


def test_related_posts_labels_of_blog_plugins() -> None:
    """"Similar Posts" (Kadence), "Ähnliche Beiträge" and "Articles similaires" (Jetpack), "相关博文" (cnblogs) label
    related posts, as "Related posts" does."""
    for label in ("Similar Posts", "Ähnliche Beiträge", "Ähnliche Artikel", "Articles similaires", "相关博文："):
        assert TEASER_TEXT.match(label), label
    html = ("<html><head><title>Dahlias</title></head><body><div class='content-wrap'><article><h1>How I Overwinter "
            "Dahlias</h1><div class='entry-content'>" + EN_PARAS + "</div></article>"
            "<div class='entry-related'><h2 class='entry-related-title'>Similar Posts</h2><ul>"
            "<li><article><h3><a href='/2025/10/02/dividing-dahlia-clumps/'>How to divide dahlia clumps without losing "
            "the eyes</a></h3><span>By Maggie Thornbury</span></article></li>"
            "<li><article><h3><a href='/2025/05/20/planting-out-dahlias/'>Planting out dahlias: when, where and how "
            "deep</a></h3><span>By Tom Thornbury</span></article></li></ul></div></div></body></html>")
    rec = extract_article(html.encode(), "https://garden.example/2026/03/11/dahlias/")
    assert _related(rec) == ["https://garden.example/2025/10/02/dividing-dahlia-clumps/",
                             "https://garden.example/2025/05/20/planting-out-dahlias/"]


def test_a_label_closing_on_a_link_to_more() -> None:
    """"<h3>推荐阅读<a>更多精彩内容</a></h3>" over cards after the article: the label stands alone but for a link to
    more of the same, and its box's cards are teasers."""
    zh = ("<p>搬到杭州的第三年，房租涨了两次，我也搬了两次家。第一次是被房东通知卖房，第二次是我自己实在受不了隔壁凌晨三点的麻将声。</p>"
          "<p>白天看房的时候，小区安静、采光也好，中介说什么都对。真正住进去才发现，楼下的烧烤摊要营业到凌晨两点。</p>"
          "<p>三年下来，我还是没能在杭州买得起房子，但已经不再害怕搬家了。如果你也刚来杭州，希望这些经验能让你少走一点弯路。</p>")
    html = ("<html lang='zh'><head><title>租房 - 简书</title></head><body><div class='col'><section><h1>一个人在杭州租房的"
            "第三年</h1><article>" + zh + "</article></section>"
            "<section><h3>推荐阅读<a href='/'>更多精彩内容</a></h3><div><div><a href='/p/1a2b3c4d5e6f'>在杭州工作五年，我终于"
            "搬离了城西</a><div>五年前刚毕业的时候，我和同学合租在城西一个老小区里……</div></div>"
            "<div><a href='/p/6f5e4d3c2b1a'>租房避坑指南：签合同前一定要看的十个细节</a><div>作为一个搬了七次家的人……</div>"
            "</div></div></section></div></body></html>")
    rec = extract_article(html.encode(), "https://www.jianshu.example/p/8d3f2a1b9c7e")
    assert _related(rec) == ["https://www.jianshu.example/p/1a2b3c4d5e6f", "https://www.jianshu.example/p/6f5e4d3c2b1a"]


def test_the_name_beside_a_follow_button_is_the_writer() -> None:
    """Under the headline, a link reading as a name beside a "关注" (follow) button, whose address the page also
    links from a picture (the avatar), is the writer's byline, though its address ("/u/ID") is no home of the
    article's."""
    html = ("<html lang='zh'><head><title>一个人在杭州租房的第三年，我学会了这几件事 - 简书</title></head><body><section><h1>一个人在杭州租房的第三年，我学会了"
            "这几件事</h1><div><div><a href='/u/a3b5c7d9e1f2'><img src='/avatar.jpg' alt=''></a><div><div><span>"
            "<a href='/u/a3b5c7d9e1f2'>林小鹿</a></span><button type='button'><span>关注</span></button></div><div>"
            "<time datetime='2026-03-11T09:30:00.000Z'>2026.03.11 17:30:00</time><span>字数 1,234</span></div></div>"
            "</div></div><article><p>搬到杭州的第三年，房租涨了两次，我也搬了两次家。第一次是被房东通知卖房，第二次是我自己"
            "实在受不了隔壁凌晨三点的麻将声。</p><p>三年下来，我还是没能在杭州买得起房子，但已经不再害怕搬家了。如果你也刚来"
            "杭州，希望这些经验能让你少走一点弯路。</p></article></section></body></html>")
    rec = extract_article(html.encode(), "https://www.jianshu.example/p/8d3f2a1b9c7e")
    assert rec["authors"] == ["林小鹿"]


def test_the_display_name_printed_over_a_declared_account_name() -> None:
    """The account name of the address ("kishikawa" of /kishikawa/articles/…) declared as the author, the display
    name "Kenta Ishikawa" printed by the headline, linked from the avatar to the account's home: the printed name."""
    html = ("<html lang='ja'><head><title>エラー処理入門</title><script type='application/ld+json'>{\"@type\": "
            "\"Article\", \"headline\": \"エラー処理入門\", \"author\": {\"@type\": \"Person\", \"name\": \"kishikawa\"}}"
            "</script></head><body><article><h1>エラー処理入門</h1><div><a href='/kishikawa'><img src='/a.jpg' alt=''>"
            "</a><div><a href='/kishikawa'>Kenta Ishikawa</a></div></div><div><p>社内向けに小さなCLIツールをいくつか書いているのですが、"
            "エラー処理の書き方がツールごとにばらばらになっていました。</p><p>ライブラリ側はthiserrorで型を、アプリケーション側は"
            "anyhowで文脈を、という分担にしてから、エラーメッセージの質がかなり揃いました。</p></div></article></body></html>")
    rec = extract_article(html.encode(), "https://zenn.example/kishikawa/articles/7f3a9c1e2b4d5a")
    assert rec["authors"] == ["Kenta Ishikawa"]


def test_a_declared_first_name_printed_whole() -> None:
    """A blog's display name "Claire" declared, "par Claire Vasseur" printed by the headline: the whole name."""
    html = ("<html lang='fr'><head><title>Trois jours dans le Vercors</title><script type='application/ld+json'>"
            "{\"@type\": \"BlogPosting\", \"headline\": \"Trois jours dans le Vercors\", \"author\": {\"name\": "
            "\"Claire\"}}</script></head><body><article><header><h1>Trois jours dans le Vercors</h1><div "
            "class='entry-meta'>Publié le 11 mars 2026 <span class='byline'>par <span class='author vcard'><a "
            "class='url fn n' href='/author/claire/'>Claire Vasseur</a></span></span></div></header><div "
            "class='entry-content'><p>Cela faisait des années que les Hauts Plateaux du Vercors me faisaient de l’œil "
            "depuis le train entre Grenoble et Valence.</p><p>Voici notre itinéraire, les refuges où nous avons dormi, "
            "et ce que ce petit voyage nous a coûté, au centime près.</p></div></article></body></html>")
    rec = extract_article(html.encode(), "https://carnets.example/vercors/")
    assert rec["authors"] == ["Claire Vasseur"]


def test_a_follow_button_names_nobody() -> None:
    """"+加关注" in the writer's profile box is a button, no second writer."""
    from newsarchive.extraction.authors import _FOLLOW

    assert _FOLLOW.match("+加关注") and _FOLLOW.match("关注") and _FOLLOW.match("Follow")
    assert not _FOLLOW.match("Follower Count")


def test_an_introduction_heading_opens_no_text() -> None:
    """A text opening with the subhead "はじめに" (introduction) before its first paragraph, further subheads
    following: the text opens with the paragraph, not the heading (a first subhead otherwise stays, as a live blog's
    first entry title)."""
    ja = ("<h2>はじめに</h2><p>社内向けに小さなCLIツールをいくつか書いているのですが、エラー処理の書き方がツールごとにばらばらに"
          "なっていました。今回はその使い分けをまとめておきます。</p><h2>thiserrorで型を定義する</h2><p>呼び出し側がエラーの種類に"
          "よって処理を分けたい場合は、このように列挙型で定義しておくと便利です。</p><h2>まとめ</h2><p>同じように迷っている方の"
          "参考になれば幸いです。ライブラリ側とアプリケーション側で使い分けると、エラーメッセージの質がかなり揃いました。</p>")
    html = ("<html lang='ja'><head><title>エラー処理入門</title></head><body><article><h1>エラー処理入門</h1>"
            "<div class='znc'>" + ja + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://zenn.example/kishikawa/articles/7f3a9c1e2b4d5a")
    assert rec["body"].startswith("社内向けに小さなCLIツール")
