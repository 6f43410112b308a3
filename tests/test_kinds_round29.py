"""One small page or string per kind of layout the twenty-ninth held-out round (``fixtures/unseen29``)
revealed; each fails without its rule (see "Twenty-ninth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

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
