"""One small page or string per kind of layout the twenty-second held-out round (``fixtures/unseen22``)
revealed; each fails without its rule (see "Twenty-second held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.attributions import credited
from newsarchive.extraction.credits import clean_credit, split_caption

DE_PARA = ("<p>Verkehrsminister Christian Bernreiter zeigte sich verärgert. „Die Menschen in München haben ein "
           "Recht darauf, dass Zusagen auch eingehalten werden“, sagte er am Donnerstag im Landtag.</p>")
ZH_PARA = "<p>交通局指出，目前全市站點已超過1,500站，去年總騎乘量突破5,000萬人次，創下新高，不過部分山坡地區的站點距離仍偏遠。</p>"


def test_lead_named_paragraph_in_the_headline_box_is_a_standfirst() -> None:
    """A paragraph named as the lead or intro ("ContentHead_lead", "park-article__intro") in the headline's box,
    above the text's box, is a standfirst even when it rewords nothing the page declares: the text starts in its
    own box."""
    html = ("<html lang='de'><head><meta name='description' content='Etwas ganz anderes als der Vorspann, "
            "damit keine Beschreibung ihn verrät.'></head><body><article><div class='ContentHead_root'>"
            "<h1>Stadt plant Badeplattform beim Utoquai</h1><p class='ContentHead_lead'>Ab dem Sommer 2027 soll vor "
            "der Seepromenade eine schwimmende Plattform zum Baden einladen. Anwohner wehren sich.</p>"
            "<div class='meta'>Von Anna Keller · 11.03.2026, 17:30 Uhr</div></div><div class='ArticleBody_root'><p>Die Stadt Zürich will das "
            "Seebecken beim Utoquai für Schwimmerinnen und Schwimmer öffnen, wie sie am Mittwoch mitteilte.</p>"
            + DE_PARA * 3 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://zeitung.example/zuerich/badeplattform-123")
    assert rec["body"].startswith("Die Stadt Zürich will das Seebecken")


def test_lead_named_box_above_the_lead_picture_is_a_standfirst() -> None:
    """A lead-named box (or a paragraph alone in one) with the lead picture right after it, then the text: a deck,
    even below the date line; a lead paragraph right above the text stays its opening (``test_body_layouts``)."""
    for lead in ("<p class='c-lead'>{}</p>", "<div class='article-lead'><p>{}</p></div>"):
        deck = lead.format("Bahnreisende müssen sich erneut auf Ausfälle einstellen: Die Gewerkschaft ruft ab Freitag "
                           "zum Streik auf. Die Bahn spricht von einem Angriff auf die Fahrgäste.")
        html = ("<html lang='de'><head><meta name='description' content='Die Lokführergewerkschaft ruft erneut zum "
                "Streik auf, betroffen sind Fern- und Regionalverkehr.'></head><body><article>"
                "<div class='c-content-header'><h1>GDL kündigt neuen Streik an</h1>"
                "<p class='c-date'>Datum: 11.03.2026 17:30 Uhr</p>" + deck + "</div><figure><img src='/a.jpg'>"
                "<figcaption>Eine Anzeigetafel zeigt Zugausfälle an.</figcaption></figure><div class='r-richtext'>"
                "<p>Die Gewerkschaft hat einen neuen Streik bei der Deutschen Bahn angekündigt, teilte sie mit.</p>"
                + DE_PARA * 3 + "</div></article></body></html>")
        rec = extract_article(html.encode(), "https://sender.example/nachrichten/bahnstreik-100.html")
        assert rec["body"].startswith("Die Gewerkschaft hat einen neuen Streik"), lead


def test_reporter_line_as_the_first_paragraph_names_the_writer() -> None:
    """"記者NAME／台北報導" printed alone as the text's first paragraph (no byline class) is the byline."""
    html = ("<html lang='zh-Hant'><head><meta name='author' content='某某新聞雲'><meta property='og:site_name' content='某某新聞雲'></head><body><article>"
            "<h1>北市YouBike 2.0再擴站　年底前新增300站</h1><div class='story'><p>記者林志明／台北報導</p>"
            + ZH_PARA * 4 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/news/20260311/2987654.htm")
    assert rec["authors"] == ["林志明"]


def test_labelled_credit_of_a_reporter_who_shot_the_picture() -> None:
    """"（圖／記者NAME攝）": after the picture label, the reporter's title and the verb "shot" go."""
    caption, credit = split_caption("▲交通局宣布年底前新增300個站點。（圖／記者林志明攝）")
    assert clean_credit(credit) == "林志明"
    assert clean_credit("圖／中央社") == "中央社"
    assert clean_credit("記者攝") == "記者攝"  # no name before the verb: left as printed


def test_arrow_led_headline_link_between_paragraphs_is_a_teaser() -> None:
    """"►<a>Headline</a>" set between two paragraphs of the text, to the same site, is a teaser."""
    html = ("<html lang='zh-Hant'><body><article><h1>北市YouBike 2.0再擴站</h1><div class='story'>" + ZH_PARA * 2
            + "<p>►<a href='https://news.example/news/20260220/2970001.htm'>YouBike前30分鐘免費延長　北市議員：財源在哪"
            "</a></p>" + ZH_PARA * 2 + "</div></article></body></html>")
    rec = extract_article(html.encode(), "https://news.example/news/20260311/2987654.htm")
    assert [link["url"] for link in rec["related_links"] if link["kind"] == "related"] == [
        "https://news.example/news/20260220/2970001.htm"]
    assert "財源在哪" not in rec["body"]


def test_dated_signature_names_the_agencies_as_contributors() -> None:
    """"(NAME, APA, 11.3.2026)" closing an Austrian paper's text: the agencies among its parts contributed."""
    assert credited("(Julia Berger, APA, 11.3.2026)") == [("credit", "APA")]
    assert credited("(red, APA, dpa, 11.3.2026)") == [("credit", "APA"), ("credit", "dpa")]
    assert credited("(Julia Berger, 11.3.2026)") == []


def test_place_after_the_name_and_a_chinese_name_in_capitals() -> None:
    """"By NAME in PLACE": the place the writer filed from is no part of the name; a Chinese name's short syllables
    printed in capitals ("LI WEN") are a name, while outlets' capitals ("BBC NEWS", "CNN WIRE") stay none."""
    from newsarchive.extraction.authors import split_byline
    assert split_byline("By Anna Smith in London") == (["Anna Smith"], [])
    assert split_byline("By LI WEN in Shanghai | chinadaily.com.cn | Updated: 2026-03-11 17:30")[0] == ["LI WEN"]
    assert split_byline("By ABC NEWS") == ([], []) and split_byline("By CNN WIRE") == ([], [])


def test_slash_label_in_a_bracketed_credit() -> None:
    """"[Photo/Xinhua]" closing an English caption: the label before the slash goes."""
    caption, credit = split_caption("Visitors learn about data services in Shanghai on Wednesday. [Photo/Xinhua]")
    assert caption == "Visitors learn about data services in Shanghai on Wednesday."
    assert clean_credit(credit) == "Xinhua"


def test_declared_name_without_the_printed_space() -> None:
    """"高橋浩介" declared, "高橋 浩介" printed in the byline: the name as the byline spaces it."""
    html = ("<html lang='ja'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
            "{\"@type\":\"Person\",\"name\":\"高橋浩介\"}}</script></head><body><article><h1>空き家税は本当に効くのか</h1>"
            "<p class='author'><a href='/list/author/takahashi'>高橋 浩介</a>：ジャーナリスト</p><div class='article-body'>"
            + "<p>京都市の中心部、町家が並ぶ通りを歩くと、雨戸を閉め切ったままの家が目に付く。近所に住む70代の女性はそう話す。</p>" * 5
            + "</div></article></body></html>")
    assert extract_article(html.encode(), "https://weekly.example/articles/-/381234")["authors"] == ["高橋 浩介"]
