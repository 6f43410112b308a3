"""One small page or string per kind of layout the twenty-ninth held-out round (``fixtures/unseen29``)
revealed; each fails without its rule (see "Twenty-ninth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from pathlib import Path

from newsarchive.extraction import extract_article

JA_PARAS = ("<p>浜松市は11日、天竜川沿いに整備しているサイクリングロードを約12キロ延伸し、天竜区二俣町まで結ぶ計画を発表した。"
            "2028年度の全線開通を目指す。</p>"
            "<p>現在のサイクリングロードは河口付近から浜北区までの約18キロ。延伸区間は堤防上の管理用道路を活用し、路面の舗装と"
            "案内標識の設置を進める。</p>"
            "<p>市は4月以降、地元の自治会や国土交通省と協議を進め、26年度中に詳細設計をまとめる。</p>")


def _page(inner: str, head: str = "") -> bytes:
    return (f"<html><head><title>浜松市、サイクリングロード延伸</title>{head}</head><body><div class='wrap'>"
            f"<h2 class='title'>浜松市、サイクリングロード延伸</h2><p class='date'>2026/3/11 17:30</p>"
            f"<div class='article-body'>{inner}</div></div></body></html>").encode()


def test_a_writer_in_brackets_closing_the_text_in_a_plain_paragraph() -> None:
    """"（浜松総局・鈴木花子）" as the text's last paragraph, in a plain ``<p>`` with no byline class, names the writer
    (the bureau before the middle dot is no part of the name); a note or a desk in such brackets names nobody."""
    rec = extract_article(_page(JA_PARAS + "<p>（浜松総局・鈴木花子）</p>"), "https://np.example/news/1")
    assert rec["authors"] == ["鈴木花子"]
    assert rec["body"].endswith("詳細設計をまとめる。")
    assert extract_article(_page(JA_PARAS + "<p>（山田太郎）</p>"), "https://np.example/news/1")["authors"] == ["山田太郎"]
    for note in ("（敬称略）", "（社会部）", "（共同）"):
        assert extract_article(_page(JA_PARAS + f"<p>{note}</p>"), "https://np.example/news/1")["authors"] == [], note


ZH_PARAS = ("<p>　　记者从郑州市交通运输局获悉，郑州至开封城际公交线路将于3月20日正式开通运营，两地居民乘坐公交即可往返，全程约70分钟。</p>"
            "<p>　　据介绍，该线路西起郑州东站公交枢纽，东至开封宋都古城游客中心，全长约62公里，沿途设置12个站点。</p>"
            "<p>　　线路票价实行分段计价，全程票价为12元，市民可使用两地公交卡、手机扫码等方式支付，享受与市内公交相同的换乘优惠。</p>")


def test_a_chinese_portals_author_after_the_source_in_a_table_laid_header() -> None:
    """"来源：河南日报  作者：李明  2026-03-11 17:30" in the cell under the headline's (an old table layout, no
    declared author): "作者：" after the source names the writer, and the source is read from the next row."""
    html = ("<html><head><meta charset=\"utf-8\"><title>郑州至开封城际公交3月20日开通 全程约70分钟_河南频道_中原网讯</title>"
            "<meta name=\"description\" content=\"记者从郑州市交通运输局获悉，郑州至开封城际公交线路将于3月20日正式开通运营。\"></head><body><table><tr><td><a href='/'><img src='/logo.gif' alt='中原网讯'></a>"
            "<a href='/'>首页</a> | <a href='/henan/'>河南</a></td></tr></table><table width='680'>"
            "<tr><td class='title'><h1>郑州至开封城际公交3月20日开通 全程约70分钟</h1></td></tr>"
            "<tr><td class='info'>来源：河南日报&nbsp;&nbsp;作者：李明&nbsp;&nbsp;2026-03-11 17:30&nbsp;&nbsp;"
            "<a href='javascript:window.print()'>【打印】</a></td></tr>"
            f"<tr><td class='content' id='zoom'>{ZH_PARAS}</td></tr></table></body></html>")
    rec = extract_article(html.encode(), "https://henan.news.example/system/2026/03/11/010129999.shtml")
    assert rec["authors"] == ["李明"]
    assert ("source", "河南日报") in {(a["role"], a["name"]) for a in rec["attributions"]}
    div = html.replace("<tr><td class='info'>", "<tr><td><div class='info'>").replace("【打印】</a></td>", "【打印】</a></div></td>")
    assert extract_article(div.encode(), "https://henan.news.example/system/2026/03/11/010129999.shtml")["authors"] == ["李明"]


def test_a_byline_naming_the_declared_writer_and_another_joined_by_the_enumeration_comma() -> None:
    """"撰文者：林書瑋、陳怡君" under the headline with only the first writer declared names both: the enumeration
    comma "、" joins names, as "and" does (a Latin comma alone may set off a title)."""
    html = ("<html><head><meta charset='utf-8'><title>AI伺服器訂單滿到明年 中部精密機械廠為何還不敢擴廠？</title>"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            "\"headline\":\"AI伺服器訂單滿到明年 中部精密機械廠為何還不敢擴廠？\",\"datePublished\":\"2026-03-11T17:30:00+08:00\","
            "\"author\":[{\"@type\":\"Person\",\"name\":\"林書瑋\"}]}</script></head><body><main><div class='head'>"
            "<h1>AI伺服器訂單滿到明年 中部精密機械廠為何還不敢擴廠？</h1><div class='article-author'><p>撰文者：林書瑋、陳怡君</p>"
            "<p>商周頭條 2026.03.11</p></div></div><div class='article-content'>"
            "<p>走進台中工業區一家精密機械廠，三條產線全速運轉，廠長指著牆上的排程表說，AI伺服器機殼與散熱零件的訂單，已經排到明年第二季。</p>"
            "<p>這家成立三十年的公司，過去主要生產工具機零件，兩年前開始接AI伺服器相關訂單，去年營收成長近四成。</p>"
            "<p>除了缺工，電力也是隱憂。業者指出，新廠要申請高壓用電，等待時間動輒一年以上，加上電價上漲。</p></div></main></body></html>")
    assert extract_article(html.encode(), "https://www.bw.example/focus/blog/3015678")["authors"] == ["林書瑋", "陳怡君"]


KO_HEAD = ("<html><head><meta charset='utf-8'><title>서울 지하철 심야 연장운행 내달 재개 : 사회 : 뉴스 : 한빛일보</title></head><body>"
           "<div class='article-main'><div class='article-head'><h3 class='title'>서울 지하철 심야 연장운행 내달 재개</h3>"
           "<ul class='date'><li>입력 2026.03.11 17:30</li></ul></div><div class='article-text'>")
KO_PARAS = ("<p>서울 지하철 1~8호선이 다음달부터 금요일에 한해 새벽 1시까지 연장 운행한다. 코로나19 유행 이후 승객이 줄면서 중단됐던 "
            "심야 연장운행이 3년 만에 다시 시작되는 것이다.</p>"
            "<p>서울교통공사는 11일 심야 시간대 승객 수요가 코로나19 이전의 90% 수준까지 회복됨에 따라 4월3일부터 금요일 막차 시간을 "
            "새벽 1시로 1시간 늦춘다고 밝혔다.</p>"
            "<p>서울시는 심야버스 노선 조정도 함께 검토하고 있다.</p>")


def test_a_korean_reporter_signing_the_text_off() -> None:
    """"김민준 기자 mjkim@…" as the text's last paragraph, with no byline class and no declared writer, names the
    writer; a paragraph naming a reporter among others is no signature."""
    html = KO_HEAD + "<div class='text'>" + KO_PARAS + "<p>김민준 기자 <a href='mailto:mjkim@hanbit.example'>" \
        "mjkim@hanbit.example</a></p></div></div></div></body></html>"
    rec = extract_article(html.encode(), "https://www.hanbit.example/arti/society/1187654.html")
    assert rec["authors"] == ["김민준"]
    assert rec["body"].endswith("검토하고 있다.")
    mid = KO_HEAD + "<div class='text'><p>김민준 기자</p>" + KO_PARAS + "</div></div></div></body></html>"
    assert extract_article(mid.encode(), "https://www.hanbit.example/arti/society/1187654.html")["authors"] == []


def test_the_lead_picture_above_the_text_under_a_headline_set_as_h3() -> None:
    """A page whose headline is an ``<h3>`` (no ``<h1>``): the lead picture between the headline and the text's box
    is the article's, with its caption and credit ("… 사진=연합뉴스")."""
    html = KO_HEAD + "<div class='image-area'><div class='imageC'><img src='https://img.hanbit.example/53_17732.jpg' " \
        "alt=''></div><div class='desc'>서울 지하철 2호선 강남역 승강장에서 시민들이 열차를 기다리고 있다. 사진=연합뉴스</div></div>" \
        "<div class='text'>" + KO_PARAS + "</div></div></div></body></html>"
    rec = extract_article(html.encode(), "https://www.hanbit.example/arti/society/1187654.html")
    assert [(i["caption"], i["credit"]) for i in rec["images"]][:1] == [
        ("서울 지하철 2호선 강남역 승강장에서 시민들이 열차를 기다리고 있다.", "연합뉴스")]


def test_a_writer_after_a_chinese_label_cell() -> None:
    """"<span class='meta-label'>撰文：</span><span class='meta-value'>梁嘉欣</span>" (a label and its value as a
    row of the header, above "攝影：" and "編輯：" rows; no byline class, no declared writer, a pull quote and
    inline teasers in the text) names the writer, as "<dt>Author</dt><dd>NAME</dd>" does."""
    page = Path(__file__).parent / "fixtures" / "unseen29" / "hkcitizen.html"
    rec = extract_article(page.read_bytes(), "https://www.cityeye.example/article/community/20260311-sewing")
    assert rec["authors"] == ["梁嘉欣"]


def test_an_end_mark_closes_a_chinese_accounts_text() -> None:
    """"- END -" alone after the text of a reposted account's article: the credits ("作者 | NAME", "编辑 | NAME"),
    "往期推荐" with its links, the calls to follow and "阅读原文" after it are no text."""
    from newsarchive.extraction.body import _END_MARK

    for mark in ("- END -", "—END—", "（完）", "-全文完-"):
        assert _END_MARK.match(mark), mark
    assert not _END_MARK.match("The End of an era")
    page = Path(__file__).parent / "fixtures" / "unseen29" / "gzhportal.html"
    rec = extract_article(page.read_bytes(), "https://www.163.example/dy/article/JQ8ABC1205561234.html")
    assert rec["body"].endswith("而是一种放松、自在的旅行方式。")


def test_a_declared_author_the_header_names_as_the_source_is_no_writer() -> None:
    """A portal reposting an account's article declares the account as ``<meta name="author">`` and prints it as the
    source under the headline ("来源: 城市观察局"): the writer is the one the text's credits name ("作者 | 周子涵")."""
    html = ("<html><head><meta charset='utf-8'><title>年轻人开始“反向旅游”：小县城为什么突然火了？_网易订阅</title>"
            "<meta name='author' content='城市观察局'></head><body><div class='post_main'>"
            "<h1 class='post_title'>年轻人开始“反向旅游”：小县城为什么突然火了？</h1>"
            "<div class='post_info'>2026-03-11 17:30:12　来源: <a href='/dy/media/T155.html'>城市观察局</a></div>"
            "<div class='post_body'>"
            "<p>今年春节以来，不少年轻人放弃热门景区，转而前往名气不大的小县城，住民宿、逛早市、吃当地小吃，“反向旅游”成了热门话题。</p>"
            "<p>在某旅游平台上，今年一季度县域目的地的酒店预订量同比增长超过六成，其中不少县城此前几乎不在游客的视野之内。</p>"
            "<p>说到底，年轻人追求的不是某个具体的地方，而是一种放松、自在的旅行方式。</p>"
            "<p>作者 | 周子涵</p><p>编辑 | 林小雨</p></div></div></body></html>")
    rec = extract_article(html.encode(), "https://www.163.example/dy/article/JQ8ABC.html")
    assert rec["authors"] == ["周子涵"]


def test_held_out_kinds_of_the_round() -> None:
    """Three kinds the held-out pages revealed: a Chinese dateline's bracket naming the reporter, a correspondent and
    "文/图" ("本报讯（记者 NAME 通讯员 NAME 文/图）": the reporter alone); a Japanese magazine's writer with the job in
    full-width brackets ("文／NAME（ジャーナリスト）"); a Korean byline after an icon ("<li><i></i> NAME 기자</li>")."""
    from newsarchive.extraction.authors import reporters_in_text, split_byline

    assert reporters_in_text("本报讯（记者 黄晓婷 通讯员 陈志强 文/图）记者11日从市城市管理局获悉，今年以来……") == ["黄晓婷"]
    assert reporters_in_text("本报讯（记者 张三 摄）今天上午……") == ["张三"]
    assert split_byline("文／田中一郎（ジャーナリスト）") == (["田中一郎"], [])
    html = ("<html><head><meta charset='utf-8'><title>중소 조선사 수주 반등 - 산업경제뉴스</title></head><body>"
            "<header><a href='/'><img src='/logo.png' alt='산업경제뉴스'></a></header><div class='float-left'>"
            "<section class='article-view-header'><h3 class='heading'>중소 조선사 수주 반등</h3><div class='info-group'>"
            "<ul class='infomation'><li><i class='icon-user'></i> 최서윤 기자</li><li><i class='icon-clock'></i> 승인 "
            "2026.03.11 17:30</li></ul></div></section><article class='article-veiw-body'>"
            "<p>중소 조선사들의 수주가 2년 만에 반등했지만 현장 인력 부족이 발목을 잡고 있다. 올해 1~2월 신규 수주량은 전년보다 38% 늘었다.</p>"
            "<p>하지만 현장에서는 일감을 소화할 인력이 부족하다는 목소리가 높다. 협회는 용접과 도장 분야에서만 약 2천명이 부족하다고 추산했다.</p>"
            "<p>정부는 상반기 중 조선업 외국인 인력 쿼터를 확대하고, 지역 특성화고와 연계한 기능인력 양성 과정을 신설할 계획이다.</p>"
            "</article></div></body></html>")
    rec = extract_article(html.encode(), "https://www.ieconews.example/news/articleView.html?idxno=204512")
    assert rec["authors"] == ["최서윤"]


def test_a_teasers_date_beside_its_link_is_no_text_of_the_line() -> None:
    """Under "相关新闻", a teaser line whose short headline link is followed by its date ("郑开大道智慧化改造完成
    2026-01-06") is a teaser, though the date halves the line's link density."""
    page = Path(__file__).parent / "fixtures" / "unseen29" / "dahe.html"
    rec = extract_article(page.read_bytes(), "https://henan.zynews.example/system/2026/03/11/010129999.shtml")
    related = {link["url"] for link in rec["related_links"] if link["kind"] == "related"}
    assert "https://henan.zynews.example/system/2026/01/06/010110987.shtml" in related


def test_the_articles_own_related_news_label() -> None:
    """"この記事の関連ニュース" ("this article's related news") labels teasers, as "関連ニュース" does."""
    from newsarchive.extraction.hints import TEASER_TEXT

    for label in ("この記事の関連ニュース", "この記事の関連記事", "関連ニュース"):
        assert TEASER_TEXT.match(label), label


def test_a_chinese_datelines_correspondent_is_a_contributor() -> None:
    """"本报讯（记者 NAME 通讯员 NAME 文/图）" opening the text: the correspondent contributed (the reporter is the
    author)."""
    html = ("<html><head><meta charset='utf-8'><title>我市新增5处口袋公园--泉州新闻网</title></head><body>"
            "<div class='article'><h1>我市新增5处口袋公园</h1><div class='art-info'>发布时间：2026-03-11 17:30:00</div>"
            "<div class='art-content'><p>本报讯（记者 黄晓婷 通讯员 陈志强 文/图）记者11日从市城市管理局获悉，今年以来我市已在中心城区建成5处口袋公园。</p>"
            "<p>新建成的口袋公园分布在鲤城区、丰泽区的老旧街区，利用边角地、闲置地改造而成，配备座椅、儿童游乐设施和健身器材。</p>"
            "<p>市城市管理局相关负责人介绍，接下来将结合城市更新，优先在学校、医院和老旧小区周边选址。</p></div></div></body></html>")
    rec = extract_article(html.encode(), "https://www.qznews.example/news/qz/202603/t20260311_820045.html")
    assert rec["authors"] == ["黄晓婷"]
    assert ("contributor", "陈志强") in {(a["role"], a["name"]) for a in rec["attributions"]}


def test_a_centred_line_under_a_centred_picture_is_its_caption() -> None:
    """``<p style="text-align:center"><img></p><p style="text-align:center">市民在……休憩。</p>`` (a Chinese newsroom
    system's picture and caption, no credit, no class): the centred line is the caption; a centred quotation is not."""
    def page(line: str) -> bytes:
        return ("<html><head><meta charset='utf-8'><title>我市新增5处口袋公园--泉州新闻网</title></head><body>"
                "<div class='article'><h1>我市新增5处口袋公园</h1><div class='art-content'>"
                "<p>本报讯 记者11日从市城市管理局获悉，今年以来我市已在中心城区建成5处口袋公园，年底前还将再建12处。</p>"
                "<p style='text-align:center'><img src='https://img.qznews.example/2026/03/11/park1.jpg'></p>"
                f"<p style='text-align:center'>{line}</p>"
                "<p>新建成的口袋公园分布在鲤城区、丰泽区的老旧街区，利用边角地、闲置地改造而成，配备座椅、儿童游乐设施和健身器材。</p>"
                "<p>市城市管理局相关负责人介绍，接下来将结合城市更新，优先在学校、医院和老旧小区周边选址。</p></div></div></body></html>"
                ).encode()
    rec = extract_article(page("市民在新建成的东街口袋公园休憩。"), "https://www.qznews.example/news/qz/1.html")
    assert rec["images"][0]["caption"] == "市民在新建成的东街口袋公园休憩。"
    rec = extract_article(page("“以前这里是一块堆放杂物的空地。”"), "https://www.qznews.example/news/qz/1.html")
    assert not rec["images"][0]["caption"]
