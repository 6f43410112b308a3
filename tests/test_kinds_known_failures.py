"""Kinds that earlier held-out rounds left as known failures, fixed in a later session; one small page
per kind, each failing without its rule (see "Known failures fixed later" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

EN_PARAS = ("<p>Authorities on two of the busiest holiday islands have ordered water rationing from June, after "
            "the driest winter on record left reservoirs at a fifth of their capacity.</p><p>Hotels will be asked to "
            "cut use by a third, and new swimming pools will not be filled until the autumn rains arrive.</p>"
            "<p>Environmental groups said the rationing was overdue and called for a ban on new golf courses.</p>")


def test_a_support_box_after_the_text_is_no_text() -> None:
    """A donation appeal in a box named "support" after the text ("… we have a small favour to ask")
    does not close the article."""
    html = ("<html lang='en'><body><article><h1>Islands ration water</h1><div class='article-body'>" + EN_PARAS
            + "</div><div class='dcr-support'><p>… we have a small favour to ask. Millions have placed their trust "
            "in our fearless journalism.</p><a href='https://support.news.example/contribute'>Support us</a></div>"
            "</article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/world/islands-water")
    assert rec["body"].endswith("a ban on new golf courses.")


KO = ("<html lang='ko'><body><article><h1>빈집 2만 채 리모델링</h1><div id='dic_area'>"
      "정부가 인구 감소 지역의 빈집 2만 채를 리모델링해 청년과 신혼부부에게 저렴하게 빌려주기로 했다.<br><br>"
      "국토교통부는 12일 이런 내용을 담은 종합대책을 발표했다. 정부는 2030년까지 리모델링 비용을 지원한다.<br><br>{links}<br><br>"
      "국토부 관계자는 방치된 빈집은 안전과 위생 문제를 일으킨다고 말했다.<br><br>정부는 상반기 중 시범 지역 10곳을 선정할 계획이다."
      "</div></article></body></html>")
KO_LINKS = ("<a href='https://news.example/article/003/1'>▶ 농촌 빈집 15만 채 넘어…5년 새 30% 증가</a><br>"
            "<a href='https://news.example/article/003/2'>▶ 지방 소멸 위기 지역 89곳, 청년 유입 대책 시급</a>")


def _related(rec: dict) -> list[str]:
    return [link["url"] for link in rec["related_links"] if link["kind"] == "related"]


def test_headline_links_between_br_paragraphs_are_teasers() -> None:
    """Text written as one element's ``<br><br>``-separated paragraphs, with a paragraph of headline
    links to the site between two of them (maybe under a label, "관련기사"): a teaser list, not text."""
    for links in (KO_LINKS, "<strong>관련기사</strong><br>" + KO_LINKS):
        rec = extract_article(KO.format(links=links).encode(), "https://news.example/article/003/0")
        assert _related(rec) == ["https://news.example/article/003/1", "https://news.example/article/003/2"]
        assert "▶" not in rec["body"] and "관련기사" not in rec["body"]
        assert rec["body"].endswith("시범 지역 10곳을 선정할 계획이다.")


def test_a_linked_sentence_between_br_paragraphs_stays_text() -> None:
    """A paragraph that is a link to another site, or a linked sentence, is text: no teaser."""
    for links in ("<a href='https://ministry.example/plan'>국토교통부 종합대책 전문 보기</a>",
                  "<a href='https://news.example/article/003/9'>정부는 지난해에도 비슷한 대책을 발표했다.</a>"):
        rec = extract_article(KO.format(links=links).encode(), "https://news.example/article/003/0")
        assert _related(rec) == []
        assert links.split(">")[1].split("<")[0] in rec["body"]


def _portal(author: str, publisher: str = "MSN", site: str = "MSN", url: str = "https://www.msn.example/a/1") -> dict:
    html = ("<html lang='en'><head><meta property='og:site_name' content='" + site + "'>"
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\","
            "\"author\":{\"@type\":\"Organization\",\"name\":\"" + author + "\"},\"publisher\":{\"@type\":"
            "\"Organization\",\"name\":\"" + publisher + "\"}}</script></head><body><article><h1>Bridge reopens</h1>"
            + EN_PARAS + "</article></body></html>")
    return extract_article(html.encode(), url)


def _sources(rec: dict) -> list[str]:
    return [a["name"] for a in rec["attributions"] if a["role"] == "source"]


def test_a_portals_declared_outlet_author_is_the_source() -> None:
    """A portal's page declaring an outlet as the article's Organization author, beside its own
    publisher, syndicates that outlet's story: the outlet is the source."""
    assert _sources(_portal("Columbus Courier")) == ["Columbus Courier"]
    assert _sources(_portal("毎日新聞", "Yahoo!ニュース", "Yahoo!ニュース", "https://news.yahoo.example/a/1")) == ["毎日新聞"]


def test_the_sites_own_organization_author_is_no_source() -> None:
    """The site itself as the Organization author (by a name, the host, an umlaut spelt out), an
    organisation not named as an outlet, or an agency (a contributor) is no source."""
    assert _sources(_portal("Stuttgarter Zeitung", "Stuttgarter Zeitung Verlag", "StZ",
                            "https://www.stuttgarter-zeitung.example/a/1")) == []
    assert _sources(_portal("Springer Medizin, Ärzte Zeitung", "Springer", "AerzteZeitung.de",
                            "https://www.aerztezeitung.example/a/1")) == []
    assert _sources(_portal("Acme Widgets Inc")) == []
    assert _sources(_portal("Associated Press")) == []


def test_the_sites_own_organization_author_known_by_the_host_of_a_saved_page() -> None:
    """A page saved without its address: the site's own Organization author is known by the host of its ``og:url``,
    read past a country's second level ("Harbour Courier" of www.harbourcourier.co.uk); another outlet is the source."""
    def saved(author: str) -> dict:
        html = ("<html lang='en'><head><meta property='og:url' content='https://www.harbourcourier.co.uk/news/1'>"
                "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\","
                "\"author\":{\"@type\":\"Organization\",\"name\":\"" + author + "\"}}</script></head><body><article>"
                "<h1>Bridge reopens</h1>" + EN_PARAS + "</article></body></html>")
        return extract_article(html.encode())

    assert _sources(saved("Harbour Courier")) == []
    assert _sources(saved("Columbus Courier")) == ["Columbus Courier"]


def test_a_copyright_line_without_its_script() -> None:
    """"© Copyright <script>document.write(year)</script> Hearst Newspapers, LLC": the holder is named
    without the script's code."""
    html = ("<html lang='en'><body><article><h1>Bridge reopens</h1>" + EN_PARAS + "</article><footer><p>© Copyright "
            "<script>document.write(new Date().getFullYear());</script> Example Newspapers, LLC</p></footer></body></html>")
    rec = extract_article(html.encode(), "https://news.example/a/1")
    assert [a["name"] for a in rec["attributions"] if a["role"] == "copyright"] == ["Example Newspapers, LLC"]


def test_nested_inline_elements_keep_their_order() -> None:
    """An element's words read in order when a link wraps another element ("Part of the
    <a><span>Springer Nature</span></a> group."): a tail follows the element's own words."""
    html = ("<html lang='de'><body><article><h1><span>Technologie im Klassenzimmer:</span> <a href='/ki'><span>"
            "Künstliche Intelligenz</span></a> in der Schule</h1>" + EN_PARAS + "</article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/a/1")
    assert rec["headline"] == "Technologie im Klassenzimmer: Künstliche Intelligenz in der Schule"


# -- found on the body benchmark's opening lines (body starting where the article starts) -----------

PT_TEXT = ("A equipe do Serviço de Atendimento Domiciliar registrou nesta manhã o arrombamento de dois dos cinco "
           "automóveis da unidade.<br><br>Os veículos estavam sem as respectivas baterias e com marcas de depredação."
           "<br><br>Foi feito boletim de ocorrência e a polícia foi até o local para verificar os danos.")


def test_a_date_line_opening_br_paragraphs_is_no_text() -> None:
    """Text written as ``<br><br>``-separated paragraphs, opened by the date-and-byline line ("05/10/2018 -
    Publicado por: NAME - Categoria: Saúde"): the text starts after that line."""
    html = ("<html lang='pt'><body><div class='col'><p class='titulo'>Atendimento Domiciliar registra arrombamento</p>"
            "<small><b>05/10/2018</b> - Publicado por: Clarissa Borba - Categoria: <a href='/c/19'>Saúde</a></small>"
            "<br><br>" + PT_TEXT + "</div></body></html>")
    rec = extract_article(html.encode(), "https://city.example/noticia.php?id=1")
    assert rec["body"].startswith("A equipe do Serviço")


def test_text_starts_below_the_headline() -> None:
    """A picture's caption (or a kicker, or navigation) set above the headline inside the text's box is
    no part of the text, which starts below the headline."""
    html = ("<html lang='en'><body><table><tr><td><img src='/sls.jpg'><div class='info2'>The core stage of the "
            "first rocket at the assembly facility after the installation of its four engines. (credit: NASA)</div>"
            "<h1 class='headline'>Seeking a bigger role for a big rocket</h1><h3>by Jeff Foust</h3>" + EN_PARAS
            + "<p>Tourism officials warned that the measures could deter visitors at the height of the season, "
            "when the islands' population triples and demand for water peaks.</p></td></tr></table></body></html>")
    rec = extract_article(html.encode(), "https://review.example/article/3834/1")
    assert rec["body"].startswith("Authorities on two of the busiest")


def test_a_headline_found_mid_text_keeps_the_text_above() -> None:
    """When the text above the page's headline outweighs a quarter of the text below it, the headline is
    set mid-text (a subheading in ``<h1>``): the text above stays."""
    html = ("<html lang='en'><body><div class='post'>" + EN_PARAS + "<h1>What comes next</h1><p>Officials "
            "will review the measures in September.</p></div></body></html>")
    rec = extract_article(html.encode(), "https://news.example/a/1")
    assert rec["body"].startswith("Authorities on two of the busiest")


# -- unseen10's blog platform (kinds of the tenth round's known failures) -----------------------------

ZH_PARAS = ("<p>最近接手了一个日志清洗脚本，单进程处理一个大日志文件需要四十多分钟，每天凌晨跑一次，经常拖到早上还没跑完。</p>"
            "<p>原脚本的逻辑很简单：逐行读取文件，用正则解析每一行，过滤掉无效记录，最后把结果写入表格文件。</p>"
            "<p>在十六核的机器上用十二个进程，总耗时从四十一分钟降到了六分钟左右。欢迎在评论区交流。</p>")


def test_a_cambrian_json_ld_object_declares_the_date() -> None:
    """An untyped JSON-LD object of the "cambrian" vocabulary Chinese pages declare (``pubDate``, ``upDate``)
    dates the article, over a printed date of another article nearer the headline."""
    html = ("<html lang='zh-CN'><head><script type='application/ld+json'>{\"@context\":\"https://ziyuan.baidu.example/"
            "contexts/cambrian.jsonld\",\"title\":\"多进程处理大文件\",\"pubDate\":\"2026-03-11T10:25:41\",\"upDate\":"
            "\"2026-03-12T08:00:00\"}</script></head><body><h1>多进程处理大文件</h1><div class='up-time'>最新推荐文章于 "
            "2025-12-01 09:15:30 发布</div><span class='time'>于 2026-03-11 10:25:41 发布</span><article>" + ZH_PARAS
            + "</article></body></html>")
    rec = extract_article(html.encode(), "https://blog.example/lin/article/details/1")
    assert rec["published"].startswith("2026-03-11")
    assert rec["modified"].startswith("2026-03-12")


def _blog_post(byline: str, url: str = "https://blog.example/lin_haoyu/article/details/136598812",
               avatar: str = "<div class='profile'><a href='/lin_haoyu'><img src='/avatar.jpg'></a></div>") -> dict:
    html = ("<html lang='zh-CN'><body><div class='header'><h1>多进程处理大文件</h1><div class='bar'>" + byline
            + "<span class='time'>于 2026-03-11 10:25:41 发布</span></div></div><article>" + ZH_PARAS
            + "</article>" + avatar + "</body></html>")
    return extract_article(html.encode(), url)


def test_a_link_to_the_writers_home_on_a_blog_platform_is_a_byline() -> None:
    """On a platform of blogs, the article's address goes on from its writer's home ("/lin_haoyu" for
    "/lin_haoyu/article/details/1"): a link below the headline to that home, reading as a name, is the byline
    when the page links that home from a picture too (the writer's avatar)."""
    rec = _blog_post("<a class='follow-nickName' href='https://blog.example/lin_haoyu'>林浩宇</a>")
    assert rec["authors"] == ["林浩宇"]
    rec = _blog_post("<a href='/annalee_87/'>Anna Lee</a>", "https://blog.example/annalee_87/entry-1234.html",
                     "<a href='https://blog.example/annalee_87'><img src='/a.jpg'></a>")
    assert rec["authors"] == ["Anna Lee"]


def test_a_link_to_the_articles_section_is_no_byline() -> None:
    """A link to the first part of the article's address reading as that part (a section: "/politics"
    printed "Politics"), or naming nobody, or without a picture linking there too (a section "国際" at
    "/world"), is no byline."""
    assert _blog_post("<a href='/politics'>Politics</a>", "https://news.example/politics/2026/03/11/x",
                      "<a href='/politics'><img src='/p.jpg'></a>")["authors"] == []
    assert _blog_post("<a href='/lin_haoyu'>关注</a>")["authors"] == []
    assert _blog_post("<a href='/world'>国際</a>", "https://news.example/world/20241203-OYT1T5/", "")["authors"] == []


ZH_CARDS = ("<div class='recommend-box'><div class='recommend-tit-mod'>{label}</div>"
            "<div class='recommend-item-box'><a href='https://blog.example/wang/article/details/2'>Python多进程读取大文件的三种方式对比</a>"
            "<span>2025-11-02</span></div>"
            "<div class='recommend-item-box'><a href='https://blog.example/zhao/article/details/3'>multiprocessing 的 imap 与 map 有什么区别"
            "</a><span>2025-12-01</span></div>"
            "<div class='recommend-item-box'><a href='https://download.example/download/abc/4'>Python 日志分析脚本合集.zip</a></div>"
            "</div>")


def _zh_related(label: str) -> list[str]:
    html = ("<html lang='zh-CN'><body><main><div class='blog-content-box'><h1>多进程处理大文件</h1><article><div "
            "class='article_content'>" + ZH_PARAS + "</div></article></div>" + ZH_CARDS.format(label=label)
            + "</main></body></html>")
    return _related(extract_article(html.encode(), "https://blog.example/lin/article/details/1"))


def test_a_teaser_label_in_a_furniture_named_span_labels_its_box() -> None:
    """A teaser label set alone in its box as an inline element its box's name names
    (``<span class="recommend-title">相关推荐</span>``) still labels the cards under it; a link to a file
    (a download: "….zip", "….pdf") is no story."""
    assert _zh_related("<span class='recommend-title'>相关推荐</span>") == [
        "https://blog.example/wang/article/details/2", "https://blog.example/zhao/article/details/3"]


def test_a_span_that_is_no_label_labels_nothing() -> None:
    """A furniture-named span reading otherwise ("分享") labels nothing: the cards are no teasers."""
    assert _zh_related("<span class='recommend-title'>分享</span>") == []


JA_PARAS = ("<p>3月の三連休初日、丹沢の塔ノ岳に登ってきました。前週に降った雪がまだ残っていると聞いて、軽アイゼンを持って出かけました。</p>"
            "<p>大倉尾根は階段が続く道ですが、そのぶん迷う心配がなく、ペース配分さえ気をつければ初心者にもおすすめできます。</p>"
            "<p>次は雪が消えたころに、鍋割山を回る周回コースを歩いてみたいと思います。</p>")


def _own_blog(host: str, account: str = "yamaaruki") -> dict:
    html = ("<html lang='ja'><head><meta property='og:site_name' content='やまある記'></head><body><header><h1><a href='/'>"
            "やまある記</a></h1></header><div id='main'><article class='entry'><div class='entry-inner'><header "
            "class='entry-header'><h1 class='entry-title'>残雪の丹沢・塔ノ岳へ</h1></header><div class='entry-content'>"
            + JA_PARAS + "</div><div class='entry-footer'><p class='entry-footer-section'><span class='author vcard'>"
            "<span class='fn' data-user-name='" + account + "'><span class='nickname'>やまある記</span> <span>(</span>"
            "<span>id:" + account + "</span><span>)</span></span></span></p></div></div></article></div></body></html>")
    return extract_article(html.encode(), f"https://{host}/entry/2026/03/11/123000")


def test_a_blog_on_its_writers_own_host_is_signed_by_its_name() -> None:
    """A blog on a host named for its writer's account (``yamaaruki.blogs.example``), whose byline names that
    account ("id:yamaaruki"): the blog's name printed as the byline is the writer's nickname, her byline,
    also when set in the article's footer box (``entry-footer``, as in a ``<footer>``)."""
    assert _own_blog("yamaaruki.blogs.example")["authors"] == ["やまある記"]


def test_a_byline_naming_the_site_elsewhere_names_nobody() -> None:
    """On another host, or when the byline names another account, the site's name as the byline names
    nobody (a newsroom's account signed with the site's name)."""
    assert _own_blog("www.yamaaruki.example")["authors"] == []
    assert _own_blog("yamaaruki.blogs.example", "editor01")["authors"] == []


DE_TEXT = ("<p>Die alte Holzbrücke am Auenpark war im Herbst 2024 nach einer Prüfung wegen morscher Tragbalken gesperrt "
           "worden. Seitdem mussten Fußgänger und Radfahrer einen Umweg von gut einem Kilometer nehmen.</p>"
           "<p>Die neue Brücke aus Stahl und Lärchenholz ist 38 Meter lang und mit drei Metern deutlich breiter als ihre "
           "Vorgängerin. Damit können sich Radfahrer und Kinderwagen nun bequem begegnen.</p>")
DE_MORE = ("<p>Die Baukosten liegen mit rund 1,2 Millionen Euro leicht über der ursprünglichen Schätzung. Grund dafür "
           "waren vor allem gestiegene Stahlpreise.</p><p>Die restlichen Arbeiten sollen bis Ende April abgeschlossen "
           "sein. Bis dahin kann es am Auenpark noch zu kurzen Sperrungen kommen.</p>")


def _press_release(more: str, box: str = "news-content-elements") -> dict:
    html = ("<html lang='de'><body><div class='news news-single'><div class='header'><h1>Neue Brücke am Auenpark "
            "freigegeben</h1></div><span class='news-list-date'>12.03.2026</span><div class='news-text-wrap' "
            "itemprop='articleBody'>" + DE_TEXT + "</div><div class='" + box + "'>" + more + "</div>"
            "<div class='news-related-wrap'><a href='/a/2'>Stahlträger eingehoben</a></div></div></body></html>")
    return extract_article(html.encode(), "https://city.example/aktuelles/detail/bruecke")


def test_a_text_goes_on_after_its_article_body_box() -> None:
    """The box marked ``articleBody`` followed by a box named as the article's text holding prose (a publishing
    system's content elements after its news text): the text goes on there; a press office's contact line
    ("Kontakt für Rückfragen: ...") closes no text."""
    rec = _press_release("<div class='ce-bodytext'>" + DE_MORE + "</div><div class='ce-bodytext'><p><strong>Kontakt "
                         "für Rückfragen:</strong><br>Pressestelle der Stadt, Telefon 05551 400-120, "
                         "<a href='mailto:presse@city.example'>presse@city.example</a></p></div>")
    assert rec["body"].startswith("Die alte Holzbrücke")
    assert rec["body"].endswith("zu kurzen Sperrungen kommen.")


def test_a_box_after_the_article_body_box_named_otherwise_is_no_text() -> None:
    """A box after the ``articleBody`` box that is not named as the article's text (a note, a disclaimer)
    adds nothing to the text."""
    rec = _press_release("<p>" + "Diese Meldung wurde von der Pressestelle der Stadt verfasst und verbreitet. " * 3
                         + "</p>", "frame-note")
    assert rec["body"].endswith("bequem begegnen.")


def _ja_blog(text_end: str, boxes: str) -> list[str]:
    html = ("<html lang='ja'><body><div class='blog-main'><div class='entry-list'><article class='entry'><h1>娘の卒園式</h1>"
            "<div class='entry-body'>" + JA_PARAS + text_end + "</div></article><div class='comment-box'><p>おめでとう！</p>"
            "</div>" + boxes + "</div></div></body></html>")
    return _related(extract_article(html.encode(), "https://blog.example/satomi/entry-100.html"))


JA_THEME = ("<div class='theme-entries'><h3 class='widget-title'>同じテーマ「子育て」の記事</h3><ul>"
            "<li><a href='/satomi/entry-90.html'><img src='/a.jpg'><span>そうたのイヤイヤ期、ピークを越えた気がする</span></a></li>"
            "<li><a href='/satomi/entry-80.html'><img src='/b.jpg'><span>ランドセル、結局ひなが選んだのはこの色でした</span></a></li>"
            "</ul><a href='/satomi/theme-1.html'>もっと見る</a></div>")
JA_POPULAR = ("<div class='recommend-area'><h3>人気ブロガーの記事</h3><ul><li><a href='https://blog.example/x/entry-5.html'>"
              "【年収公開】共働き4人家族のリアルな家計簿</a></li><li><a href='https://blog.example/y/entry-6.html'>"
              "3ヶ月でマイナス8キロ、私がやめた3つの習慣</a></li></ul></div>")


def test_a_blogs_same_theme_list_and_previous_post_are_teasers() -> None:
    """A blog's "articles of the same theme" ("同じテーマ「子育て」の記事") and its pointer to the previous post
    ("▼前回の記事はこちら") are teaser labels; a label's box holding Japanese headlines beside it (no spaces, one
    "word" each) is not a label beside a "See All" link: the box after it is not taken for its list."""
    related = _ja_blog("<div>▼前回の記事はこちら</div><div><a href='/satomi/entry-99.html'>卒園式前夜、ひなへの手紙を書きました</a>"
                       "</div>", JA_THEME + JA_POPULAR)
    assert related == ["https://blog.example/satomi/entry-99.html", "https://blog.example/satomi/entry-90.html",
                       "https://blog.example/satomi/entry-80.html"]


def _with_box(label: str) -> list[str]:
    html = ("<html lang='en'><body><main><article><h1>Islands ration water</h1><div class='article-body'>" + EN_PARAS
            + "</div></article><section class='more'><h2>" + label + "</h2><a href='/news/1.school-wins-award/'>School "
            "wins national award for its reading scheme</a></section></main></body></html>")
    return _related(extract_article(html.encode(), "https://news.example/news/2.islands-water/"))


def test_bare_more_stories_heads_the_sites_feed() -> None:
    """"More stories" / "More news" with no word saying whose heads the site's feed of latest stories, no
    teasers of the article; "More Malvern stories", "More on this story" still label teasers."""
    assert _with_box("More stories") == []
    assert _with_box("More news") == []
    assert _with_box("More Malvern stories") == ["https://news.example/news/1.school-wins-award/"]
    assert _with_box("More on this story") == ["https://news.example/news/1.school-wins-award/"]


def _named_box(label: str) -> list[str]:
    html = ("<html lang='en'><body><main><article><h1>Islands ration water</h1><div class='article-body'>" + EN_PARAS
            + "</div></article><div class='related-articles'><h2>" + label + "</h2><div class='card'><a href='/a/ar-1'>"
            "<h3>Snowstorm to dump up to a foot of snow on the Great Lakes</h3></a></div></div></main></body></html>")
    return _related(extract_article(html.encode(), "https://portal.example/a/ar-0"))


def test_a_box_picked_for_the_reader_holds_no_teasers() -> None:
    """A box whose heading addresses the reader ("More for You", "Recommended for you", "Für Sie") is a feed picked
    for her, no teasers of the article, even when the box is named "related"; "Related" still labels teasers."""
    assert _named_box("More for You") == []
    assert _named_box("RECOMMENDED FOR YOU") == []
    assert _named_box("Related") == ["https://portal.example/a/ar-1"]


def test_a_teaser_line_beside_the_text_is_a_teaser() -> None:
    """A line that is a teaser label and a headline link ("READ MORE: What really happens when you win the
    lottery"), among summary bullets over the byline in the text's parent box, is a teaser as inside the text."""
    html = ("<html lang='en'><body><div class='article-text'><h2>Islands ration water</h2><ul class='bullets'><li>"
            "<strong>Hotels will be asked to cut their use of water by a third</strong></li><li><strong><a href="
            "'https://news.example/news/article-1/what-next.html'>READ MORE: What really happens when the taps run "
            "dry</a></strong></li></ul><div class='byline'>By Ann Lee</div><div itemprop='articleBody'>" + EN_PARAS
            + "</div></div></body></html>")
    rec = extract_article(html.encode(), "https://news.example/news/article-2/islands.html")
    assert _related(rec) == ["https://news.example/news/article-1/what-next.html"]


def _figure(line: str) -> list[dict]:
    html = ("<html lang='zh-CN'><body><h1>多进程处理大文件</h1><article><div class='article_content'>" + ZH_PARAS
            + "<p style='text-align:center'><img src='https://img.blog.example/a/1a2b3c.png' width='800' height='500' "
            "alt='在这里插入图片描述'></p><p style='text-align:center'>" + line + "</p>" + ZH_PARAS
            + "</div></article></body></html>")
    return extract_article(html.encode(), "https://blog.example/lin/article/details/1")["images"]


def test_a_figure_label_opens_a_caption_line() -> None:
    """The paragraph after a picture's own opening with a figure's label ("图：…", "Figure 2: …") is its caption,
    label and all; a label before a name only ("图：视觉中国") is no caption."""
    assert _figure("图：不同进程数下的处理耗时（12GB 日志）")[0]["caption"] == "图：不同进程数下的处理耗时（12GB 日志）"
    assert _figure("Figure 2: Processing time by the number of worker processes")[0]["caption"] \
        == "Figure 2: Processing time by the number of worker processes"
    assert not _figure("图：视觉中国")[0]["caption"]


def _side_column(*boxes: tuple[str, list[tuple[str, str]]]) -> bytes:
    sections = "".join(f"<section class='article-list'><h3>{label}</h3><ul>"
                       + "".join(f"<li><a href='{href}'>{text}</a></li>" for href, text in links) + "</ul></section>"
                       for label, links in boxes)
    return ("<html lang='en'><body><div class='page'><article><h1>Islands ration water</h1>"
            f"<div class='article-body'>{EN_PARAS}</div></article>"
            f"<aside class='article-page__sidebar'>{sections}</aside></div></body></html>").encode()


RELATED_SIDE = ("Related Links", [("https://news.example/world/reservoirs-at-a-fifth", "Reservoirs at a fifth of capacity"),
                                  ("https://news.example/world/golf-course-ban-call", "Greens call for golf course ban")])
TRENDING_SIDE = ("Trending", [("https://news.example/sport/cup-final-tickets", "Cup final tickets sell out"),
                              ("https://news.example/business/fuel-price-april", "Fuel price to drop in April")])


def test_a_related_box_in_the_side_column_lists_teasers() -> None:
    """The side column beside the article (an ``<aside>``, named only as a sidebar) holds a box under "Related
    Links" next to a "Trending" one: the first lists the article's teasers, the second the site's."""
    rec = extract_article(_side_column(RELATED_SIDE, TRENDING_SIDE), "https://news.example/world/islands-water")
    assert _related(rec) == [href for href, _ in RELATED_SIDE[1]]


def test_a_side_column_without_a_related_label_holds_no_teasers() -> None:
    """"Trending", "Recommended" or "Read more" boxes of the side column say nothing of the article."""
    boxes = [TRENDING_SIDE, ("Recommended", RELATED_SIDE[1]), ("Read more", RELATED_SIDE[1])]
    rec = extract_article(_side_column(*boxes), "https://news.example/world/islands-water")
    assert _related(rec) == []


DE_PARAS = ("<p>Seit einem Jahr kümmern sich Ehrenamtliche im Parkhaus am Bahnhof um rund 160 Stadttauben, im Auftrag "
            "der Stadt und an sieben Tagen in der Woche.</p><p>Im ersten Jahr haben sie nach eigener Zählung rund 2900 "
            "Eier gegen Attrappen getauscht, der Bestand in der Innenstadt ist deutlich gesunken.</p><p>Die Stadt will "
            "das Projekt nun um zwei weitere Jahre verlängern und einen zweiten Schlag einrichten.</p>")


def _cards_after(label: str) -> bytes:
    cards = "".join(f"<article class='teaser'><a class='teaser__link' href='https://www.kurier.example/inhalt.{slug}.html'>"
                    f"<span class='teaser__kicker'>Region</span><span class='teaser__headline'>{slug}</span></a>"
                    "</article>" for slug in ("neue-pizzeria-am-marktplatz", "trainerwechsel-im-abstiegskampf"))
    return ("<html lang='de'><body><main><article><h1>Wie ein Taubenschlag die Innenstadt entlastet</h1>"
            f"<div class='article-body'>{DE_PARAS}</div><section class='teaser-block'><h2 "
            f"class='teaser-block__title'>{label}</h2><div class='teaser-list'>{cards}</div></section></article></main>"
            "</body></html>").encode()


def test_cards_of_a_box_headed_for_the_reader_are_no_teasers() -> None:
    """Cards named "teaser" in a box after the article's text headed for the reader ("Unsere Empfehlung für Sie", "Picked for
    you"): the site's picks for the reader, no teasers of the article, as a box so headed round a list is; the same
    cards under "Mehr zum Thema" are teasers."""
    url = "https://www.kurier.example/inhalt.remsheim-taubenschlag.html"
    for label in ("Unsere Empfehlung für Sie", "Picked for you"):
        assert _related(extract_article(_cards_after(label), url)) == [], label
    assert len(_related(extract_article(_cards_after("Mehr zum Thema"), url))) == 2


def _closing_line(line: str) -> dict:
    text = "".join(f"<p>每年季候风季节，甘榜巴朗的老师傅都会在自家后院赶制传统月亮风筝，供各地风筝节参赛和展出之用，村里的年轻人也常来帮忙削竹、糊纸和上色，第{n}段。</p>"
                   for n in range(5))
    html = ("<html lang='zh'><body><article><h1>老师傅守护月亮风筝</h1><div class='article-content'>"
            f"{text}<p class='article-credit'>{line}</p></div></article></body></html>")
    return extract_article(html.encode(), "https://www.xingchen.example/news/20260317/local/7294518")


def test_a_malaysian_papers_closing_line_names_the_writer() -> None:
    """A Malaysian Chinese paper's set-apart line closing the text, "（PAPER/REGION·报道：NAME；摄影：NAME）": the name after
    "报道：" is the writer's, the one after "摄影：" the photographer's, no writer."""
    record = _closing_line("（星辰日报/东海岸·报道：林慧心；摄影：黄国强）")
    assert record["authors"] == ["林慧心"]
    assert not record["body"].endswith("黄国强）")
    assert _closing_line("（星辰日报/东海岸·报道：林慧心、陈嘉明）")["authors"] == ["林慧心", "陈嘉明"]


MORE_EN_PARAS = ("<p>The regional water authority said the measures would be reviewed every month and lifted as soon "
                 "as the reservoirs were back above half of their capacity.</p><p>Farmers, who use most of the "
                 "islands' water, will be allowed to irrigate at night only, and wells drilled without a permit will "
                 "be sealed.</p><p>Tour operators fear cancellations in the high season, though bookings for July "
                 "have so far held up, the hoteliers' association said.</p>")


def _facts_after(facts: str, after: str = "") -> str:
    html = ("<html lang='en'><body><article><h1>Islands ration water</h1><div class='article-body'>"
            f"{MORE_EN_PARAS}{EN_PARAS}{facts}{after}</div></article></body></html>")
    return extract_article(html.encode(), "https://news.example/world/islands-water")["body"]


def test_a_titled_facts_box_closing_the_text_is_no_text() -> None:
    """A box named as a fact box closing the text, titled by a line in a box named as its title ("<div
    class='factbox-title'><span>X: WHAT YOU NEED TO KNOW</span></div>") over label and value lines, or by a heading and
    followed by a correction: no part of the text."""
    rows = "".join(f"<p><strong>{label}:</strong> {value}</p>" for label, value in (
        ("When", "From Monday June 1 until the autumn rains, 24 hours a day."),
        ("Where", "Hotels, holiday homes and public pools on both islands."),
        ("Fines", "Up to 3,000 euros for a hotel; 500 euros for a household."),
        ("Reservoirs", "The two main reservoirs hold 21 and 19 per cent of their capacity, the lowest since records "
                       "began in 1961. The levels are published every Monday."),
        ("Exemptions", "Hospitals, care homes, schools and the fire brigade, and wells used to water animals on the "
                       "islands' farms.")))
    titled = ("<div class='mol-factbox'><div class='mol-factbox-title'><span>WATER RATIONING: WHAT YOU NEED TO KNOW"
              f"</span></div><div class='mol-factbox-body'>{rows}</div></div>")
    assert _facts_after(titled).endswith("a ban on new golf courses.")
    headed = ("<div class='fact-box'><h3>Reservoir levels</h3><p>The two main reservoirs hold 21 and 19 per cent of their "
              "capacity, the lowest since records began in 1961.</p></div>")
    correction = ("<p class='correction'><strong>Correction:</strong> An earlier version of this article gave the wrong "
                  "month for the start of rationing.</p>")
    assert _facts_after(headed, correction).endswith("a ban on new golf courses.")


def test_a_chinese_caption_closing_on_a_bare_file_picture_note() -> None:
    """The paragraph after a picture's own, named for nothing, closing on a bare file picture's note ("…查看鸽子。资料图"):
    the picture's caption, crediting nobody, and no line of the text."""
    text = "".join(f"<p>今年59岁的鸽友钱德顺已养鸽二十余年，此次送了8羽鸽参赛，鸽舍设在城东一栋老楼楼顶，第{n}段。</p>" for n in range(4))
    picture = ("<p class='detailPic'><img src='https://img.example/ucms/2026/gezi.jpg' width='640' height='427'></p>"
               "<p class='picIntro'><span>鸽友在自家楼顶鸽舍查看鸽子。资料图</span></p>")
    html = (f"<html lang='zh-CN'><body><article><h1>信鸽协会春季大奖赛新规出炉</h1><div class='article-text'>{text[:60]}"
            f"{picture}{text}</div></article></body></html>")
    record = extract_article(html.encode(), "https://news.example/c/8QxL3m2vKpT")
    assert [(i["caption"], i["credit"]) for i in record["images"]] == [("鸽友在自家楼顶鸽舍查看鸽子。", None)]
    assert "资料图" not in record["body"]


def _more_box(label: str) -> bytes:
    rows = "".join(f"<li><a href='https://www.post.example/{slug}'>{slug}</a></li>"
                   for slug in ("politics/2026/mar/12/growth-forecast", "world/2026/mar/12/eu-summit"))
    return ("<html lang='en'><body><main><article><h1>Islands ration water</h1>"
            f"<div class='article-body'>{EN_PARAS}</div></article><section data-component='onwards-lower'>"
            f"<h2>{label}</h2><ul>{rows}</ul></section></main></body></html>").encode()


def test_more_from_headlines_is_no_teasers_label() -> None:
    """"More from Headlines" (the site's top stories) over a list after the article: no teasers; the same list under
    "Related stories" is. (A sharing dialog linked with the article's short address, "https://www.facebook.example/
    dialog/share?href=…%2Fp%2Fz8kq4", is no teaser either: unseen199's uk_pottery_news.)"""
    url = "https://www.post.example/world/2026/mar/12/islands-water"
    assert _related(extract_article(_more_box("More from Headlines"), url)) == []
    assert len(_related(extract_article(_more_box("Related stories"), url))) == 2
