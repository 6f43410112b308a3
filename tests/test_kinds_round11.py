"""One small page or string per kind of layout the eleventh held-out round (``fixtures/unseen11``)
revealed; each fails without its rule (see "Eleventh held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

EN_PARA = ("<p>The district administration on Wednesday capped the price of private water tankers for the summer, "
           "weeks before the city's peak demand, and set fines for operators who charge more.</p>")
FR_PARA = ("<p>Sous caténaire, entre Clermont et Pont-de-Dore, le train roule comme un TER électrique classique et "
           "recharge ses batteries avant de continuer sans bruit jusqu'à Thiers.</p>")
KO_PARA = ("<p>지난 주말, 통영항에서 배를 타고 연화도에 다녀왔어요. 통영항 여객선터미널에서 첫 배가 오전 6시 30분에 출발하고, "
           "연화도까지는 한 시간 정도 걸립니다. 배표는 온라인으로 미리 예매하는 게 좋아요.</p>")


def _related(rec: dict) -> list[str]:
    return [link["url"] for link in rec["related_links"] if link["kind"] == "related"]


def _images(rec: dict) -> list[tuple]:
    return [(i["url"].rsplit("/", 1)[-1], i["caption"], i["credit"]) for i in rec["images"]]


def test_call_to_follow_the_site_closing_the_text() -> None:
    """"Pour ne rien manquer de l'actualité, suivez NAME sur Google News !", "Siga-nos no Telegram.":
    a call to follow the site on a platform is no sentence of the text."""
    for line in ("Pour ne rien manquer de l’actualité, suivez Numerama sur Google News !",
                 "Follow TechRadar on Google News to get our news in your feeds."):
        html = ("<html lang='fr'><body><article><h1>Le TER à batteries</h1><div class='article-content'>"
                + FR_PARA * 4 + f"<div class='gn-box'><p>{line}</p></div></div></article></body></html>")
        rec = extract_article(html.encode(), "https://mag.example/vroom/ter.html")
        assert rec["body"].endswith("jusqu'à Thiers."), line


def test_dates_of_a_list_of_posts_set_as_a_table() -> None:
    """A table of a blog's other posts, a title link and its date a row: the dates are no text."""
    html = ("<html lang='ko'><body><article><h1>통영 연화도 당일치기</h1><div class='entry-content'>"
            "<div class='contents_style'>" + KO_PARA * 4 + "</div><div class='another_category'>"
            "<h4>'국내여행' 카테고리의 다른 글</h4><table><tr><th><a href='/213'>거제 바람의 언덕, 평일 오전에 가면 한적해요</a>"
            "</th><td>2026.03.04</td></tr><tr><th><a href='/211'>남해 독일마을 1박 2일 코스 정리</a></th>"
            "<td>2026.02.25</td></tr></table></div></div></article></body></html>")
    rec = extract_article(html.encode(), "https://blog.example/214")
    assert rec["body"].endswith("예매하는 게 좋아요.")


def test_credit_printed_after_the_caption_element_in_its_box() -> None:
    """``<div class="…cap"><span class="…caption">Text.</span> (Photo: PTI)</div>``: the words after the
    caption element in its box, a credit alone, are the picture's credit."""
    html = ("<html lang='en'><body><article><h1>Tanker prices capped</h1><div class='story'>" + EN_PARA
            + "<div class='ins_instory_dv'><div class='ins_instory_dv_img'><img src='/img/tanker_625x300.jpg' "
            "width='625' height='300'></div><div class='ins_instory_dv_cap'><span class='ins_instory_dv_caption'>"
            "Private tankers queue at a borewell on Tuesday.</span> (Photo: PTI)</div></div>" + EN_PARA * 3
            + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/city/tanker-8012345")
    assert _images(rec)[0] == ("tanker_625x300.jpg", "Private tankers queue at a borewell on Tuesday.", "PTI")


def test_line_set_off_after_a_picture_in_text_written_as_lines() -> None:
    """In text written as ``<br>`` lines, the one line after a picture, the two set off by blank lines, is
    its caption when it ends like no sentence; a sentence there is text."""
    para = "平日の11時半に着いたら、すでに5人待ち。カウンター8席だけの小さなお店なので、回転はゆっくりめです。<br><br>"
    for line, caption in (("醤油らーめん（850円）。チャーシューは豚と鶏の2種類", "醤油らーめん（850円）。チャーシューは豚と鶏の2種類"),
                          ("スープは鶏ガラに煮干しと昆布を合わせた清湯系です。", None)):
        html = ("<html lang='ja'><body><div class='article-outer'><h2 class='article-title'>麺屋しろくま</h2>"
                "<div class='article-body-inner'>" + para * 3 + "<a href='/imgs/a.jpg'><img src='/imgs/a-s.jpg' "
                f"width='480' height='360'></a><br>{line}<br><br>" + para * 2 + "</div></div></body></html>")
        rec = extract_article(html.encode(), "http://ramen.blog.example/archives/29384756.html")
        assert _images(rec)[0] == ("a-s.jpg", caption, None), line


def test_author_in_a_post_footer_set_as_a_div() -> None:
    """A blog post's footer set as ``<div class="article-footer">`` holding ``<li class="author">NAME</li>``
    beside the category names the writer, as an article's ``<footer>`` does."""
    para = "スープは鶏ガラに煮干しと昆布を合わせた清湯系。ひと口目は魚介の香りが立って、後から醤油のキレが来ます。<br><br>"
    html = ("<html lang='ja'><body><div id='blog-header'><h1>北のラーメン食べ歩き日記</h1></div><div id='main'>"
            "<div class='article-outer'><div class='article-header'><h2 class='article-title'>麺屋しろくま</h2></div>"
            "<div class='article-body'><div class='article-body-inner'>" + para * 4 + "</div></div>"
            "<div class='article-footer'><ul class='article-info'><li class='author'>ゆうき</li>"
            "<li class='category'><a href='/archives/cat_1.html'>旭川ラーメン</a></li></ul></div></div></div>"
            "</body></html>")
    rec = extract_article(html.encode(), "http://ramen.blog.example/archives/29384756.html")
    assert rec["authors"] == ["ゆうき"]


def test_chinese_outlet_and_app_glued_to_the_reporters_title_on_an_undeclared_page() -> None:
    """"钱江晚报·小时新闻记者 王晓燕 方婷" (an outlet, a middle dot, its app's name and the reporter's title) leads
    the names in, which spaces separate on a page whose text is Chinese though its ``<html>`` declares no
    language."""
    para = "<p>3月11日上午9时，杭州地铁3号线北延段正式开通试运营。北延段全长约11.2公里，共设6座车站，全部为地下站，从星桥站一路向北延伸至临平区的运河新城。</p>"
    html = ("<html><head><title>杭州地铁3号线北延段今起试运营</title></head><body><div class='text'>"
            "<h1>杭州地铁3号线北延段今起试运营</h1><article class='article'><p>钱江晚报·小时新闻记者 王晓燕 方婷</p>"
            + para * 4 + "</article></div></body></html>")
    rec = extract_article(html.encode(), "https://portal.example/a/781234567_121106832")
    assert rec["authors"] == ["王晓燕", "方婷"]


def test_author_box_named_in_one_word_is_no_picture_of_the_article() -> None:
    """``<div class="authorbox"><img class="authorbox__image">…NAME, Redaktor…</div>`` under the text: an author
    box named in one word is furniture like "author-box"; its photo is no picture of the article, and the
    name beside it no photo credit."""
    para = ("<p class='articlecomponent text'>Wer in Zürich eine Genossenschaftswohnung sucht, braucht Geduld. Bei der "
            "Allgemeinen Baugenossenschaft stehen derzeit gut 11 000 Personen auf der Warteliste.</p>")
    html = ("<html lang='de'><body><article class='article'><h1 class='headline__title'>Genossenschaften bauen</h1>"
            "<section class='articlecomponent-wrapper'>" + para * 4 + "</section><div class='articlecomponent "
            "authorbox'><div class='authorbox__item'><img class='authorbox__image' src='/authors/daniel-brunner.jpg' "
            "width='120' height='160'><div class='authorbox__text'><a class='authorbox__name' "
            "href='/impressum/daniel-brunner-ld.1403321'>Daniel Brunner</a><p class='authorbox__role'>Redaktor "
            "Zürich</p></div></div></div></article></body></html>")
    rec = extract_article(html.encode(), "https://paper.example/zuerich/genossenschaften-ld.1874512")
    assert _images(rec) == []
    assert [a for a in rec["attributions"] if a["role"] == "photo"] == []


def test_more_from_the_articles_section_is_no_teaser_label() -> None:
    """"More From Bangalore News", the article's section in its breadcrumb trail, lists the section's latest
    stories, not teasers; "More from NAME" (a writer) still labels teasers."""
    crumbs = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList",'
              '"itemListElement":[{"@type":"ListItem","position":1,"name":"News","item":"https://news.example/"},'
              '{"@type":"ListItem","position":2,"name":"Bangalore News","item":"https://news.example/bangalore-news"}]}'
              '</script>')
    for label, related in (("More From Bangalore News", []), ("More from Nikhil Rao", ["https://news.example/b/metro-8011122"])):
        html = (f"<html lang='en'><head>{crumbs}</head><body><div class='col'><article><h1>Tanker prices capped</h1>"
                "<div class='story_body'>" + EN_PARA * 4 + f"</div></article><section><h2>{label}</h2><ul><li>"
                "<a href='/b/metro-8011122'>Namma Metro Pink Line Trial Run Begins On Elevated Stretch</a></li></ul>"
                "</section></div></body></html>")
        rec = extract_article(html.encode(), "https://news.example/b/tanker-8012345")
        assert _related(rec) == related, label


def test_teaser_box_labelled_as_the_latest_stories() -> None:
    """A teaser-named box beside the article whose first heading labels the latest stories ("Neueste
    Artikel", "Les dernières actualités de Vroom") lists the section's latest: no teasers."""
    for label, related in (("Neueste Artikel", []), ("Mehr zum Thema", ["https://paper.example/z/seebad-ld.1874377"])):
        html = ("<html lang='de'><body><main><article><h1>Genossenschaften bauen</h1>"
                + EN_PARA * 4 + f"</article><section class='teaser-list'><h2>{label}</h2><div class='teaser'>"
                "<a href='/z/seebad-ld.1874377'><h3>Das Seebad Enge wird für 12 Millionen Franken saniert</h3></a></div>"
                "</section></main></body></html>")
        rec = extract_article(html.encode(), "https://paper.example/z/genossenschaften-ld.1874512")
        assert _related(rec) == related, label


def test_outlet_before_the_reporters_title_is_a_portals_source() -> None:
    """"钱江晚报·小时新闻记者 王晓燕 方婷" on a portal: the outlet named before the reporters is the story's source;
    on the outlet's own site it names nobody."""
    para = "<p>3月11日上午9时，杭州地铁3号线北延段正式开通试运营。北延段全长约11.2公里，共设6座车站，全部为地下站，从星桥站一路向北延伸至临平区的运河新城。</p>"
    for site, sources in (("搜狐", ["钱江晚报"]), ("钱江晚报", [])):
        html = (f"<html lang='zh-CN'><head><meta property='og:site_name' content='{site}'></head><body><div class='text'>"
                "<h1>杭州地铁3号线北延段今起试运营</h1><article class='article'><p>钱江晚报·小时新闻记者 王晓燕 方婷</p>"
                + para * 4 + "</article></div></body></html>")
        rec = extract_article(html.encode(), "https://portal.example/a/781234567_121106832")
        assert [a["name"] for a in rec["attributions"] if a["role"] == "source"] == sources, site


def test_newsletter_pitch_closing_on_the_call_to_sign_up() -> None:
    """"Start the day with a summary of … Sign up for our Morning Edition newsletter." after the last
    paragraph: a pitch closing on the call to sign up is no sentence of the text."""
    html = ("<html lang='en'><body><article><h1>Light rail blowout</h1><div data-testid='body-content'>" + EN_PARA * 4
            + "<p><i>Start the day with a summary of the day’s most important stories, analysis and insights. "
            "<a href='/newsletters'>Sign up for our Morning Edition newsletter</a>.</i></p></div></article></body></html>")
    rec = extract_article(html.encode(), "https://paper.example/national/light-rail-20260310-p5ltq2.html")
    assert rec["body"].endswith("charge more.")

