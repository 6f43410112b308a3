"""One small page or string per kind of layout the ninth held-out round (``fixtures/unseen9``)
revealed; each fails without its rule (see "Ninth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

DE_PARA = ("<p>Verkehrsminister Christian Bernreiter zeigte sich verärgert. „Die Menschen in München haben ein "
           "Recht darauf, dass Zusagen auch eingehalten werden“, sagte er am Donnerstag im Landtag.</p>")


def test_teaser_paragraph_before_the_dateline() -> None:
    """A lead text under the byline that rewords the declared description, followed by the paragraph
    opening with the place the text was filed from ("München – ..."), is the teaser: the text starts
    at the dateline."""
    html = ("<html lang='de'><head><meta name='description' content='Die zweite Stammstrecke in München wird "
            "noch später fertig. Die Bahn nennt einen Termin für den Start – und neue Kosten. Alle Infos.'></head>"
            "<body><article><h1>Bahn nennt neuen Termin für die Stammstrecke</h1><div class='authorTime'>Von "
            "Dominik Göttler</div><p class='leadText'>Die zweite Stammstrecke in München wird noch später fertig "
            "als angekündigt. Die Bahn nennt einen verbindlichen Termin – und neue Kosten.</p>"
            "<p><strong>München</strong> – Die zweite Stammstrecke soll nun Ende 2037 in Betrieb gehen. Das teilte "
            "die Deutsche Bahn am Donnerstag im Verkehrsausschuss mit.</p>" + DE_PARA * 3 + "</article></body></html>")
    rec = extract_article(html.encode(), "https://zeitung.example/muenchen/stammstrecke-123.html")
    assert rec["body"].startswith("München – Die zweite Stammstrecke soll nun Ende 2037")


def test_intro_repeating_the_description_before_a_taz_dateline() -> None:
    """The intro printed word for word as the declared description, then the authors and the picture,
    then "BERLIN taz | ...": the intro is the description, the text opens at the dateline."""
    desc = "Der Senat legt die Umgestaltung der Friedrichstraße auf Eis. Initiativen sprechen von Wortbruch."
    html = (f"<html lang='de'><head><meta name='description' content='{desc}'></head><body><div class='sectbody'>"
            f"<h1>Senat stoppt Planungen</h1><p class='intro'>{desc}</p><div class='authors'><a href='/!a1/'>Erik "
            "Peter</a></div><p><span class='dateline'>BERLIN taz</span> | Die Friedrichstraße wird vorerst nicht zur "
            "Fahrradstraße. Die Senatorin kündigte an, die Planungen zu stoppen.</p>" + DE_PARA * 3
            + "</div></body></html>")
    rec = extract_article(html.encode(), "https://taz.example/Friedrichstrasse/!6082345/")
    assert rec["body"].startswith("BERLIN taz | Die Friedrichstraße")


FR_PARA = ("<p>Les collectivités locales seraient mises à contribution à hauteur de quatre milliards d'euros, via "
           "un gel de la dotation globale de fonctionnement et une mise en réserve de leurs recettes.</p>")


def test_paywall_stub_closing_the_text() -> None:
    """A paywall's stub inside the text's box ("Cet article est réservé aux abonnés", an offer, "Je
    m'abonne" linking to the subscription page) is no part of the text."""
    html = ("<html lang='fr'><body><article><h1>Budget : Bercy cherche des économies</h1><div class='ArticleBody'>"
            + FR_PARA * 4 + "<div class='ArticleBody-paywall'><div class='Paywall'><p>Cet article est réservé aux "
            "abonnés.</p><p>Profitez de notre offre spéciale : 1 € le premier mois, sans engagement.</p>"
            "<a href='/abonnement/offre'>Je m'abonne</a><p>Déjà abonné ? <a href='/connexion/'>Se connecter</a></p>"
            "</div></div></div></article></body></html>")
    rec = extract_article(html.encode(), "https://hebdo.example/economie/budget-2614567.php")
    assert rec["body"].endswith("mise en réserve de leurs recettes.")


def test_donation_box_closing_the_text() -> None:
    """A box after the last paragraph asking for support, with a "Jetzt unterstützen" button, is an
    appeal, not the text's end; a paragraph of the text giving a link stays."""
    html = ("<html lang='de'><body><div class='sectbody'><h1>Senat stoppt Planungen</h1>" + DE_PARA * 4
            + "<p>Mehr dazu im <a href='/abo/'>Newsletter</a> der Redaktion, der jeden Freitag erscheint.</p>"
            "<div class='sect inline'><h4>Ihre Unterstützung für unabhängigen Journalismus</h4><p>Die Zeitung ist "
            "unabhängig, weil ihre Leser*innen sie finanzieren. Unterstützen Sie uns mit einem freiwilligen "
            "Beitrag.</p><a class='button' href='/zahlich'>Jetzt unterstützen</a></div></div></body></html>")
    rec = extract_article(html.encode(), "https://zeitung.example/Senat/!6082345/")
    assert rec["body"].endswith("der jeden Freitag erscheint.")


ZH_PARA = ("<p>　　该项目位于广东阳江以南约70公里海域，水深超过60米，共安装6台单机容量16兆瓦的漂浮式风电机组，"
           "总装机容量96兆瓦。项目全部投产后，预计每年可提供清洁电力约3.2亿千瓦时。</p>")


def test_credited_caption_in_the_paragraph_after_the_picture() -> None:
    """A picture alone in its paragraph, the caption in the next paragraph (a centred ``<font>``,
    named for nothing) closing on a photo credit: caption and credit. An unnamed paragraph with no
    credit after a picture is text, not its caption."""
    html = ("<html><body><div id='detail'><h1>我国首个深远海漂浮式风电项目全容量并网</h1>" + ZH_PARA
            + "<p style='text-align: center;'><img src='a.jpg'></p><p style='text-align: center;'><font color='navy'>"
            "　　这是3月11日拍摄的风电机组（无人机照片）。新华社记者 刘大伟 摄</font></p>" + ZH_PARA
            + "<p style='text-align: center;'><img src='b.jpg'></p>" + ZH_PARA * 2 + "</div></body></html>")
    rec = extract_article(html.encode(), "https://news.example/tech/20260312/c.html")
    images = [(i["url"].rsplit("/", 1)[1], i["caption"], i["credit"]) for i in rec["images"]]
    assert images == [("a.jpg", "这是3月11日拍摄的风电机组（无人机照片）。", "刘大伟"), ("b.jpg", None, None)]


def test_supplied_picture_closing_a_chinese_caption() -> None:
    """"…巡检。新华社发（中国能建供图）": the supplier with 供图 is the credit, the agency releasing it goes."""
    html = ("<html><body><div id='detail'><h1>我国首个深远海漂浮式风电项目全容量并网</h1>" + ZH_PARA * 2
            + "<figure><img src='b.jpg'><figcaption>3月10日，工作人员在风电机组平台上巡检。新华社发（中国能建供图）"
            "</figcaption></figure>" + ZH_PARA * 2 + "</div></body></html>")
    rec = extract_article(html.encode(), "https://news.example/tech/20260312/c.html")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [("3月10日，工作人员在风电机组平台上巡检。", "中国能建供图")]


def test_byline_naming_the_declared_writer_and_another() -> None:
    """"Par A et B" printed, only A declared: both write the article. A byline setting a title off with a
    comma ("A, AP National Writer") adds nobody."""
    def page(byline: str) -> bytes:
        return ("<html lang='fr'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":"
                "\"Budget : Bercy cherche des économies\",\"author\":[{\"@type\":\"Person\",\"name\":\"Géraldine "
                "Woessner\"}]}</script></head><body><article><header><h1>Budget : Bercy cherche des économies</h1>"
                f"<span class='ArticleHeader-authors'>{byline}</span></header><div class='ArticleBody'>"
                + FR_PARA * 4 + "</div></article></body></html>").encode()
    rec = extract_article(page("Par <a href='/journalistes/gw/'>Géraldine Woessner</a> et <a href='/journalistes/mv/'>"
                               "Marc Vignaud</a>"), "https://hebdo.example/economie/budget-2614567.php")
    assert rec["authors"] == ["Géraldine Woessner", "Marc Vignaud"]
    rec = extract_article(page("Par Géraldine Woessner, Chef du service Économie"),
                          "https://hebdo.example/economie/budget-2614567.php")
    assert rec["authors"] == ["Géraldine Woessner"]


def _roles(rec: dict) -> set[tuple[str, str]]:
    return {(a["role"], a["name"]) for a in rec["attributions"] if a["role"] not in ("author", "copyright")}


def test_writers_initials_with_the_agency_closing_the_text() -> None:
    """"… Stammstrecke. (dg/kh mit dpa)": the writers used the agency's material, a contributor; a
    bracket closing a sentence that names no agency ("(mit Blick auf die Wahl)") credits nobody."""
    html = ("<html lang='de'><body><article><h1>Bahn nennt neuen Termin für die Stammstrecke</h1>" + DE_PARA * 3
            + "<p>Für Pendler bedeutet die Verzögerung weitere Jahre mit Sperrungen. <em>(dg/kh mit dpa)</em></p>"
            "<p>Das sagte er am Abend (mit Blick auf die Wahl)</p></article></body></html>")
    rec = extract_article(html.encode(), "https://zeitung.example/muenchen/stammstrecke-123.html")
    assert _roles(rec) == {("contributor", "dpa")}


def test_credit_line_of_the_listing_picture() -> None:
    """"Rubriklistenbild: © NAME/dpa" under the text credits the picture the section's listing shows."""
    html = ("<html lang='de'><body><article><h1>Bahn nennt neuen Termin für die Stammstrecke</h1>" + DE_PARA * 3
            + "<p class='crossPageText'>Rubriklistenbild: © Matthias Balk/dpa</p></article></body></html>")
    rec = extract_article(html.encode(), "https://zeitung.example/muenchen/stammstrecke-123.html")
    assert _roles(rec) == {("photo", "Matthias Balk/dpa")}


def test_source_named_in_the_portals_date_line() -> None:
    """A portal's line under the headline, "2026年03月12日 18:23 <a class='source'>中国新闻网</a>", names the
    outlet the story came from; the site naming itself there is no source."""
    def page(source: str) -> bytes:
        return ("<html><head><meta property='og:site_name' content='新浪新闻'></head><body><h1 class='main-title'>"
                "上海启动全国首个低空物流试点航线</h1><div class='top-bar'><div class='date-source'><span class='date'>"
                f"2026年03月12日 18:23</span><a class='source ent-source' href='https://cn.example/'>{source}</a>"
                "</div></div><div class='article'>" + ZH_PARA * 4 + "</div></body></html>").encode()
    rec = extract_article(page("中国新闻网"), "https://news.sina.example/c/2026-03-12/doc-1.shtml")
    assert _roles(rec) == {("source", "中国新闻网")}
    assert _roles(extract_article(page("新浪新闻"), "https://news.sina.example/c/2026-03-12/doc-1.shtml")) == set()


def _related(rec: dict) -> list[str]:
    return [link["url"].split("/")[3] for link in rec["related_links"] if link["kind"] == "related"]


def test_the_writers_other_articles_and_the_sections_latest() -> None:
    """"mehr von NAME" (the writer's other articles) labels teasers, like "more from NAME"; "Dans la même
    rubrique" (the section's latest stories) does not: they are no article's teasers."""
    html = ("<html lang='de'><body><main><article><h1>Senat stoppt Planungen</h1>" + DE_PARA * 4 + "</article>"
            "<div class='sect sect_list'><h2>mehr von <span>Erik Peter</span></h2><ul><li><a href='/Haushalt/!6079876/'>"
            "Berliner Haushalt: Kürzungen treffen die Kultur</a></li></ul></div>"
            "<section class='same-section-list'><h2>Dans la même rubrique</h2><ul><li><a href='/env/loup-2026/'>Loup : "
            "le gouvernement assouplit les règles de tir</a></li></ul></section></main></body></html>")
    rec = extract_article(html.encode(), "https://zeitung.example/Senat/!6082345/")
    assert _related(rec) == ["Haushalt"]


def test_kicker_named_by_its_test_id() -> None:
    """React pages name their parts in ``data-testid``: a kicker span so named ("ArticleTitle.Kicker"), glued
    to the title by CSS ("Neue Sparpreise ab JuniDas ändert sich ..."), is left out of the headline."""
    html = ("<html lang='de'><head><meta property='og:title' content='Bahn stellt Preissystem um: Das ändert sich'>"
            "</head><body><article><h1 data-testid='ArticleTitle'><span class='tw-block tw-text-red-700' "
            "data-testid='ArticleTitle.Kicker'>Neue Sparpreise ab Juni</span><span class='tw-block'>Das ändert sich "
            "jetzt für Bahnfahrer</span></h1>" + DE_PARA * 4 + "</article></body></html>")
    rec = extract_article(html.encode(), "https://portal.example/finanzen/id_100612345/bahn.html")
    assert rec["headline"] == "Das ändert sich jetzt für Bahnfahrer"


def test_byline_and_date_line_closing_with_a_reading_time() -> None:
    """"Von A und B Aktualisiert am 12.03.2026 - 16:20 Uhr Lesedauer: 3 Min." in one box above the text: the
    full stop is the abbreviation's, the line is a byline-and-date line, not the text's opening."""
    html = ("<html lang='de'><body><article><h1>Das ändert sich jetzt für Bahnfahrer</h1><div data-testid='Meta'>"
            "<span>Von <a href='/autoren/id_1/cw.html'>Carsten Werner</a> und Nina Lenz</span> <span>Aktualisiert am "
            "12.03.2026 - 16:20 Uhr</span> <span>Lesedauer: 3 Min.</span></div><div data-testid='ArticleBody'>"
            + DE_PARA * 4 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://portal.example/finanzen/id_100612345/bahn.html")
    assert rec["body"].startswith("Verkehrsminister Christian Bernreiter")

JA_PARA = ("<p>　2026年春闘は12日、大手企業の集中回答日を迎えた。自動車や電機、重工などの大手で労働組合の要求に満額で"
           "応じる回答が相次ぎ、連合が集計する賃上げ率は3年連続で5％台となる見通しだ。</p>")


def test_writers_linked_to_their_pages_by_id_in_japanese() -> None:
    """Two Japanese names, each linked to the writer's page under an id ("/journalist/20190401ay1/"), set
    apart by a space in a box of their own: both write the article (the organisation is declared)."""
    html = ("<html lang='ja'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":"
            "\"春闘集中回答\",\"author\":{\"@type\":\"Organization\",\"name\":\"毎日新聞\"}}</script></head><body><article>"
            "<header><h1>春闘集中回答　大手の賃上げ率5％台</h1><p class='head-writer'><a href='/journalist/20190401ay1/'>"
            "竹地広憲</a>　<a href='/journalist/20210401ay7/'>宇多川はるか</a></p></header><div class='body'>" + JA_PARA * 4
            + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://np.example/articles/20260312/k00/00m/020/187000c")
    assert rec["authors"] == ["竹地広憲", "宇多川はるか"]


def test_outlet_bar_and_reporters_opening_the_text() -> None:
    """"北京日报客户端｜记者 朱松梅 王天淇" as the text's first paragraph (no author declared): the outlet, a bar
    and the reporter's title lead the byline in; the names set apart by spaces are the authors."""
    html = ("<html lang='zh-CN'><body><h1 class='topic'>北京地铁3号线一期全线贯通</h1><div class='info'><span>2026年03月12日"
            " 18:23:45</span></div><div class='main_content'><div class='text'><p>北京日报客户端｜记者 朱松梅 王天淇</p>"
            + ZH_PARA * 4 + "</div></div></body></html>")
    rec = extract_article(html.encode(), "https://news.portal.example/c/8hQxYz3AbCd")
    assert rec["authors"] == ["朱松梅", "王天淇"]


def test_gallery_link_in_a_japanese_caption_and_a_picture_agency() -> None:
    """A caption closing on "…、NAME撮影" followed by a link to the photo gallery ("写真一覧"): the link is no part
    of the caption, and the picture linking to its gallery is the article's; "（写真はイメージ）＝ゲッティ" is
    credited to the picture agency."""
    html = ("<html lang='ja'><body><article><h1>春闘集中回答　大手の賃上げ率5％台</h1><div class='body'>"
            "<figure><a href='/graphs/20260312/004000g/1'><img src='/vol1/6.jpg' alt=''></a><figcaption>組合員に回答内容を"
            "伝える労組幹部＝東京都港区で2026年3月12日午前10時12分、宮本明登撮影<a href='/graphs/20260312/004000g/1'>写真一覧</a>"
            "</figcaption></figure>" + JA_PARA * 2 + "<figure><img src='/vol1/7.jpg' alt=''><figcaption>中小企業の工場"
            "（写真はイメージ）＝ゲッティ</figcaption></figure>" + JA_PARA * 2 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://np.example/articles/20260312/k00/00m/020/187000c")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [
        ("組合員に回答内容を伝える労組幹部＝東京都港区で2026年3月12日午前10時12分", "宮本明登"),
        ("中小企業の工場（写真はイメージ）", "ゲッティ")]


def test_list_of_sources_closing_the_text() -> None:
    """"Verwendete Quellen" over a list (the agencies, a press release, a web address) closing the text is a note
    on how the text was made, not its end; the agencies it names are the story's sources."""
    html = ("<html lang='de'><body><article><h1>Das ändert sich jetzt für Bahnfahrer</h1><div data-testid='ArticleBody'>"
            + DE_PARA * 4 + "<p>Die neuen Preise gelten für alle Fahrkarten, die ab dem 14. Juni gebucht werden.</p>"
            "<div data-testid='ArticleSources'><details><summary>Verwendete Quellen</summary><ul><li>Nachrichtenagenturen "
            "dpa und AFP</li><li>Pressemitteilung der Deutschen Bahn vom 12. März 2026</li><li>pro-bahn.example: "
            "Stellungnahme zur Tarifreform</li></ul></details></div></div></article></body></html>")
    rec = extract_article(html.encode(), "https://portal.example/finanzen/id_100612345/bahn.html")
    assert rec["body"].endswith("die ab dem 14. Juni gebucht werden.")
    assert _roles(rec) == {("source", "dpa"), ("source", "AFP")}


def test_the_site_named_in_the_date_line_by_its_host_alone() -> None:
    """With no declared site name, the site naming itself in the line under the headline is known by its host's
    name, read past a country's second level (www.harbourpost.co.uk is "harbourpost") or from the ``og:url`` of a
    page saved without its address (not from a canonical link, which on a portal's copy names the story's outlet);
    another outlet named there is still the source."""
    url = "https://www.harbourpost.co.uk/news/2026/03/12/ferry-timetable/"

    def page(source: str, head: str = "") -> bytes:
        return (f"<html><head>{head}</head><body><h1 class='main-title'>Ferry timetable cut for the spring</h1>"
                "<div class='top-bar'><div class='date-source'><span class='date'>2026-03-12 18:23</span>"
                f"<a class='source' href='/'>{source}</a></div></div><div class='article'>"
                + "<p>The island ferry will run four times a day instead of six from April, the operator said on "
                  "Thursday, blaming a shortage of crew.</p>" * 4 + "</div></body></html>").encode()

    assert _roles(extract_article(page("Harbourpost"), url)) == set()
    assert _roles(extract_article(page("Harbourpost", f"<meta property='og:url' content='{url}'>"))) == set()
    syndicated = f"<meta property='og:url' content='https://portal.example/a/1'><link rel='canonical' href='{url}'>"
    assert _roles(extract_article(page("Harbourpost", syndicated))) == {("source", "Harbourpost")}
    assert _roles(extract_article(page("Coastline Radio"), url)) == {("source", "Coastline Radio")}
