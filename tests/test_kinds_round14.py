"""One small page or string per kind of layout the fourteenth held-out round (``fixtures/unseen14``)
revealed; each fails without its rule (see "Fourteenth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.credits import split_caption

ZH_PARA = "<p>台北市交通局今天宣布，YouBike 2.0前30分鐘免費措施原訂3月底到期，將延長至今年12月31日，經費約1.2億元由市府編列。</p>"


def test_agency_in_lenticular_brackets_closing_a_caption() -> None:
    """"…＝東京都内【時事通信社】": an agency (or a "…社") in 【】 closing a Japanese or Chinese caption is its credit; the
    picture's label in 【】 opening one credits nobody (and is no word of the caption since unseen181: "【写真】CAPTION")."""
    assert split_caption("東京電力の送電線＝東京都内【時事通信社】") == ("東京電力の送電線＝東京都内", "時事通信社")
    assert split_caption("首相官邸に入る首相＝11日午前【共同】") == ("首相官邸に入る首相＝11日午前", "共同")
    assert split_caption("【写真】東京電力の送電線") == ("東京電力の送電線", None)


def test_reporter_slash_photographed_closing_a_caption() -> None:
    """"…。記者王小明／攝影": a Taiwanese paper's reporter before "／攝影" is the photographer."""
    assert split_caption("台北市交通局宣布措施延長至年底。記者王小明／攝影") == ("台北市交通局宣布措施延長至年底。", "王小明")
    assert split_caption("民眾在站點租借自行車。記者林伯東/攝影") == ("民眾在站點租借自行車。", "林伯東")


def test_paper_slash_reporter_byline_and_declared_reporter_title() -> None:
    """"聯合報／ 記者NAME／台北報導" printed, "聯合報 記者NAME" declared: the reporter is the author, the paper the
    story's source on the group's portal."""
    ld = ('{"@context":"http://schema.org","@type":"NewsArticle","headline":"北市YouBike前30分鐘免費 延長至年底",'
          '"datePublished":"2026-03-11T14:35:12+08:00","author":{"@type":"Person","name":"聯合報 記者王小明"},'
          '"publisher":{"@type":"Organization","name":"聯合新聞網"}}')
    html = (f"<html lang='zh-Hant-TW'><head><script type='application/ld+json'>{ld}</script></head><body><section>"
            "<h1>北市YouBike前30分鐘免費 延長至年底</h1><div class='info'><time>2026-03-11 14:35</time>"
            "<span class='article-author'>聯合報／ 記者<a href='/news/reporter/WANGXM'>王小明</a>／台北報導</span></div>"
            "<section class='article-body'>" + ZH_PARA * 4 + "</section></section></body></html>")
    rec = extract_article(html.encode(), "https://udn.example/news/story/7266/8612345")
    assert rec["authors"] == ["王小明"]
    assert [(a["role"], a["name"]) for a in rec["attributions"] if a["role"] == "source"] == [("source", "聯合報")]


def test_editorial_department_declared_as_author() -> None:
    """A declared author "「週刊文春」編集部" is the editorial department, no person: the printed "文＝NAME" names the
    writer."""
    para = "<p>　芸能界きっての“おしどり夫婦”として知られ、夫婦そろってテレビCMに出演したこともある人気司会者が、多額の金銭援助をしていたことが分かった。</p>"
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"人気司会者、妻が明かす3億円の使い道",'
          '"datePublished":"2026-03-11T05:00:00+09:00","author":[{"@type":"Person","name":"「週刊文春」編集部"}]}')
    html = (f"<html lang='ja'><head><script type='application/ld+json'>{ld}</script></head><body><article>"
            "<h1>人気司会者、妻が明かす3億円の使い道</h1><div class='info'><span class='article-author'>文＝"
            "<a href='/list/author/5e1f2a3b'>広田 恭平</a></span></div><div class='article-body'>" + para * 4
            + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://bunshun.example/articles/-/78901")
    assert rec["authors"] == ["広田 恭平"]


def test_heading_kicker_the_declared_titles_leave_out() -> None:
    """"<span>Mehr Züge im Berufsverkehr</span><span>BVG verdichtet …</span>" under titles opening with the second
    span and going on after a colon: the first span is a kicker, whatever its class."""
    para = ("<p>Wer morgens mit der U8 zwischen Hermannstraße und Wittenau unterwegs ist, kennt das Gedränge auf den "
            "Bahnsteigen. Ab dem 7. April soll es besser werden, die BVG verdichtet den Takt.</p>")
    html = ("<html lang='de'><head><title>BVG verdichtet Takt der U8 ab April: Was Fahrgäste jetzt wissen müssen</title>"
            "<meta property='og:title' content='BVG verdichtet Takt der U8 ab April: Was Fahrgäste jetzt wissen müssen'>"
            "</head><body><article><h1><span class='Akr'>Mehr Züge im Berufsverkehr</span> <span class='Ahl'>BVG "
            "verdichtet Takt der U8 ab April</span></h1><div class='Artb'>" + para * 4 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://www.tagesspiegel.example/berlin/bvg-13456789.html")
    assert rec["headline"] == "BVG verdichtet Takt der U8 ab April"


def test_caption_and_credit_on_two_lines_after_the_picture() -> None:
    """"<p>Caption<br><span>Bild: NAME</span></p>" after the picture: the line break parts caption and credit."""
    para = ("<p>Die Europäische Union verschärft ihre Vorgaben gegen Verpackungsmüll. In der Nacht zum Mittwoch einigten "
            "sich Unterhändler des Europaparlaments und der Mitgliedstaaten in Brüssel auf eine Verordnung.</p>")
    html = ("<html lang='de'><body><div class='artikel'><h1>EU einigt sich auf schärfere Regeln für Verpackungsmüll</h1>"
            "<div class='longText'>" + para * 2 + "<div class='picBox small'><img src='https://static.dw.example/image/"
            "70990112_303.jpg' alt='Jessika Roswall'><p>EU-Umweltkommissarin Jessika Roswall sprach von einem "
            "\"großen Schritt\"<br><span>Bild: Virginia Mayo/AP Photo/picture alliance</span></p></div>" + para * 2
            + "</div></div></body></html>")
    rec = extract_article(html.encode(), "https://www.dw.example/de/a-71234567")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [
        ("EU-Umweltkommissarin Jessika Roswall sprach von einem \"großen Schritt\"", "Virginia Mayo/AP Photo/picture alliance")]


def test_writer_after_an_author_label_cell_with_agencies_in_brackets() -> None:
    """"<div>Autorin/Autor</div><div>NAME (mit dpa, AFP)</div>" after the text: the cell after the label is the
    byline, and the agencies in its bracket are contributors."""
    para = ("<p>Die Europäische Union verschärft ihre Vorgaben gegen Verpackungsmüll. In der Nacht zum Mittwoch einigten "
            "sich Unterhändler des Europaparlaments und der Mitgliedstaaten in Brüssel auf eine Verordnung.</p>")
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"EU einigt sich auf schärfere Regeln",'
          '"datePublished":"2026-03-11T16:20:00.000Z","author":[{"@type":"Person","name":"Bernd Riegert"}]}')
    html = (f"<html lang='de'><head><script type='application/ld+json'>{ld}</script></head><body><div class='artikel'>"
            "<h1>EU einigt sich auf schärfere Regeln</h1><div class='longText'>" + para * 4 + "</div><div class='group'>"
            "<div class='col1'>Datum</div><div class='col2'>11.03.2026</div><div class='col1'>Autorin/Autor</div>"
            "<div class='col2'>Bernd Riegert (mit dpa, AFP)</div></div></div></body></html>")
    rec = extract_article(html.encode(), "https://www.dw.example/de/a-71234567")
    assert rec["authors"] == ["Bernd Riegert"]
    assert [(a["role"], a["name"]) for a in rec["attributions"] if a["role"] == "contributor"] == [
        ("contributor", "dpa"), ("contributor", "AFP")]


def test_cover_source_line_after_the_picture() -> None:
    """"<p><img></p><p>封面来源｜视觉中国</p>": the line after the picture's own paragraph is its credit alone."""
    para = "<p>36氪获悉，具身智能公司「灵动纪元」近日完成数亿元人民币B轮融资，由启明创投领投，老股东高瓴创投、顺为资本跟投，本轮融资将用于量产线建设。</p>"
    html = ("<html lang='zh-CN'><body><div class='article-detail'><h1>具身智能公司完成数亿元B轮融资</h1>"
            "<div class='articleDetailContent'><p><img src='https://img.36krcdn.example/hsossms/20260311/v2_a1b2c3_img_000'"
            " data-img-size-val='1080,460'></p><p>封面来源｜视觉中国</p>" + para * 4 + "</div></div></body></html>")
    rec = extract_article(html.encode(), "https://36kr.example/p/3123456789012345")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [(None, "视觉中国")]
    assert split_caption("封面来源｜视觉中国") == (None, "封面来源｜视觉中国")


def test_declared_handle_of_the_account_in_the_address() -> None:
    """A declared author "tanaka_dev" on qiita.example/tanaka_dev/items/…: the account's handle, the writer."""
    para = "<p>業務で毎日約5万ページを取得するクローラーを運用しています。これまではrequestsで1ページずつ順番に取得していたため、1回の実行に6時間以上かかっていました。</p>"
    ld = ('{"@context":"http://schema.org","@type":"Article","headline":"asyncioでクローラーを書き直した話",'
          '"datePublished":"2026-03-11T09:12:44+09:00","author":{"@type":"Person","name":"tanaka_dev"}}')
    html = (f"<html lang='ja'><head><script type='application/ld+json'>{ld}</script></head><body><article>"
            "<h1>asyncioでクローラーを書き直した話</h1><section class='it-MdContent'>" + para * 4
            + "</section></article></body></html>")
    rec = extract_article(html.encode(), "https://qiita.example/tanaka_dev/items/1a2b3c4d5e6f7a8b9c0d")
    assert rec["authors"] == ["tanaka_dev"]
    rec = extract_article(html.encode(), "https://qiita.example/items/1a2b3c4d5e6f7a8b9c0d")
    assert rec["authors"] == []


def test_labelled_print_issue_source_under_the_headline() -> None:
    """"<span class='article-source'>source : 週刊文春 2026年3月19日号</span>" under the headline: the magazine, without
    its issue, is the story's source; an unlabelled name in such an element is not read."""
    para = "<p>　芸能界きっての“おしどり夫婦”として知られ、夫婦そろってテレビCMに出演したこともある人気司会者が、多額の金銭援助をしていたことが分かった。</p>"

    def sources(line: str) -> list[str]:
        html = ("<html lang='ja'><body><article><h1>人気司会者、妻が明かす3億円の使い道</h1><div class='article-info'>"
                f"<span class='article-author'>文＝広田 恭平</span>{line}<time>2026/03/11</time></div>"
                "<div class='article-body'>" + para * 4 + "</div></article></body></html>")
        rec = extract_article(html.encode(), "https://bunshun.example/articles/-/78901")
        return [a["name"] for a in rec["attributions"] if a["role"] == "source"]

    assert sources("<span class='article-source'>source : <a href='/list/magazine/weekly'>週刊文春</a> 2026年3月19日号</span>") \
        == ["週刊文春"]
    assert sources("<span class='article-source'>週刊文春</span>") == []


def test_file_picture_note_before_the_photographer() -> None:
    """"…。（資料圖片／陳嘉欣攝）": the photographer after a file picture's note is the credit."""
    assert split_caption("港鐵東涌綫延線工程進展順利。（資料圖片／陳嘉欣攝）") == ("港鐵東涌綫延線工程進展順利。", "陳嘉欣")


def test_small_caption_line_closing_on_a_japanese_source() -> None:
    """"<a><img></a><small>Caption（出典：NTT）</small>": a ``<small>`` line after the picture closing on a Japanese
    credit label is its caption and credit."""
    para = ("<p>　NTTは3月11日、独自の大規模言語モデル（LLM）の新版「tsuzumi 3」を発表した。パラメータ数を従来の140億から280億に増やし、"
            "日本語の長文読解性能を高めた。</p>")
    html = ("<html lang='ja'><body><div id='cmsTitle'><h1><span>NTT、国産LLM「tsuzumi 3」発表</span></h1></div>"
            "<div id='cmsBody'><div class='inner'>" + para * 2 + "<div id='col600c'><a href='https://image.itmedia.example/l_"
            "yu_01.jpg'><img src='https://image.itmedia.example/yu_01.jpg' width='590' alt='性能比較'></a>"
            "<small>tsuzumi 3と他社LLMの日本語ベンチマーク比較（出典：NTT）</small></div>" + para * 2
            + "</div></div></body></html>")
    rec = extract_article(html.encode(), "https://www.itmedia.example/news/articles/2603/11/news123.html")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [("tsuzumi 3と他社LLMの日本語ベンチマーク比較", "NTT")]


def test_summary_box_headed_by_a_label_before_the_text() -> None:
    """"<div><p>l'essentiel</p><p>SUMMARY</p></div><div><p>TEXT</p>…": a box summing the article up, headed by its
    label, is no opening of the text."""
    para = ("<p>En cause, selon le président de Tisséo, des difficultés géologiques rencontrées par les tunneliers dans "
            "le secteur de la gare Matabiau, ainsi que la défaillance d'un sous-traitant.</p>")
    html = ("<html lang='fr'><body><article class='article-full'><h1>Toulouse : la ligne C du métro reportée à 2029</h1>"
            "<div class='article-full__essentiel'><p class='essentiel__title'>l'essentiel</p><p>Le chantier de la troisième "
            "ligne de métro toulousaine prend encore du retard. Tisséo annonce une mise en service fin 2029.</p></div>"
            "<div class='article-full__body'><p>La nouvelle est tombée mardi soir, en conseil syndical de Tisséo "
            "Collectivités, devant des élus déjà résignés.</p>" + para * 4 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://www.ladepeche.example/2026/03/11/metro-12534567.php")
    assert rec["body"].startswith("La nouvelle est tombée mardi soir")


def test_writer_named_in_the_source_line_after_the_site() -> None:
    """"Quelle: ntv.de, Jan Gänger, dpa/AFP" closing the text of a page with no byline: the name after the site's own
    is the writer; the agencies stay contributors."""
    para = ("<p>Der Bundestag hat das umstrittene Rentenpaket der Bundesregierung beschlossen. In namentlicher Abstimmung "
            "votierten 318 Abgeordnete für den Gesetzentwurf, 289 stimmten dagegen.</p>")
    html = ("<html lang='de'><head><meta property='og:site_name' content='n-tv.de'></head><body><article class='article'>"
            "<h2><span class='article__kicker'>Streit bis zuletzt</span> <span class='article__headline'>Bundestag "
            "beschließt Rentenpaket</span></h2><div class='article__text'>" + para * 4
            + "<p class='article__source'>Quelle: ntv.de, Jan Gänger, dpa/AFP</p></div></article></body></html>")
    rec = extract_article(html.encode(), "https://www.n-tv.example/politik/Rentenpaket-article26612345.html")
    assert rec["authors"] == ["Jan Gänger"]
    assert [(a["role"], a["name"]) for a in rec["attributions"] if a["role"] == "contributor"] == [
        ("contributor", "dpa"), ("contributor", "AFP")]


def test_source_line_site_named_by_its_host_under_a_country_second_level() -> None:
    """With no declared site name, the source line's site is the page's host by name: "abendpost" of
    www.abendpost.co.at (not the country's second level "co"), also when only the canonical link says where the
    page lives (a saved page extracted without its address)."""
    para = ("<p>Der Bundestag hat das umstrittene Rentenpaket der Bundesregierung beschlossen. In namentlicher "
            "Abstimmung votierten 318 Abgeordnete für den Gesetzentwurf, 289 stimmten dagegen.</p>")
    url = "https://www.abendpost.co.at/politik/rentenpaket-26612345.html"

    def page(head: str = "") -> bytes:
        return ("<html lang='de'><head>" + head + "</head><body><article class='article'><h1>Bundestag beschließt "
                "Rentenpaket</h1><div class='article__text'>" + para * 4 + "<p class='article__source'>Quelle: "
                "abendpost.at, Jan Gänger, dpa/AFP</p></div></article></body></html>").encode()

    assert extract_article(page(), url)["authors"] == ["Jan Gänger"]
    assert extract_article(page(f"<link rel='canonical' href='{url}'>"))["authors"] == ["Jan Gänger"]
