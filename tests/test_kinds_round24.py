"""One small page or string per kind of layout the twenty-fourth held-out round (``fixtures/unseen24``)
revealed; each fails without its rule (see "Twenty-fourth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.language import normalise_tag

ZH_PARA = "<p>　　专家认为，加装电梯既是民生工程，也是基层治理的考题，应进一步完善资金分摊和后期维护机制，让更多居民受益。</p>"
JA_PARA = "<p>保育士の有効求人倍率は全国で3倍を超え、都市部ではさらに高い。賃金の低さや、書類仕事の多さを理由に辞める人も後を絶たない。</p>"


def test_closing_quote_before_the_outlet_stays_in_the_headline() -> None:
    """"… : « QUOTE » - Outlet": the "»" closing the quote is no separator; the visible headline keeps it."""
    html = ("<html lang='fr'><head><title>Usine de Cholet : « On nous a sacrifiés » - L'Humanité</title>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"publisher\": {\"@type\": "
            "\"Organization\", \"name\": \"L'Humanité\"}}</script></head><body>"
            "<article><h1>Usine de Cholet : « On nous a sacrifiés »</h1><p>Les mains dans les poches de son bleu de "
            "travail, Didier regarde fixement la grille fermée depuis mardi matin, comme tous ses collègues.</p>"
            "<p>Mardi, la direction du groupe a annoncé aux représentants du personnel la fermeture de l’usine "
            "d’ici à décembre, invoquant la concurrence asiatique.</p></article></body></html>")
    rec = extract_article(html.encode(), "https://journal.example/social/usine-de-cholet")
    assert rec["headline"] == "Usine de Cholet : « On nous a sacrifiés »"
    from newsarchive.extraction.headline import _spelled

    assert _spelled("Usine de Cholet : « On nous a sacrifiés »", ["Usine de Cholet : « On nous a sacrifiés"]) \
        == "Usine de Cholet : « On nous a sacrifiés »"
    assert _spelled("BreakpointHilfe für Mieter", ["Breakpoint: Hilfe für Mieter"]) == "Breakpoint: Hilfe für Mieter"


def test_character_set_declared_as_the_language_is_no_language() -> None:
    """``<meta http-equiv="Content-Language" content="utf-8">``: a character set, no language tag."""
    assert normalise_tag("utf-8") is None and normalise_tag("gb2312") is None
    assert normalise_tag("zh-CN") == "zh-CN" and normalise_tag("de") == "de"


def test_spaced_chinese_names_on_a_page_declaring_a_charset_as_language() -> None:
    """"本报记者 NAME NAME" on a page whose Content-Language is "utf-8": the text is Chinese, two writers."""
    html = ("<html><head><meta http-equiv='Content-Language' content='utf-8'><title>老旧小区加装电梯--人民网</title>"
            "</head><body><div class='rm_txt'><h1>多地推进老旧小区加装电梯</h1><p class='author'>本报记者 刘晓宇 陈静怡</p>"
            "<div class='box'>2026年03月11日17:30 | 来源：人民网－人民日报</div><div class='content'>"
            "<p>　　走进北京市朝阳区劲松街道的一个老旧小区，几部新装的电梯沿楼外侧拔地而起，居民上下楼方便了许多。</p>"
            + ZH_PARA * 3 + "</div></div></body></html>")
    rec = extract_article(html.encode("utf-8"), "http://society.news.example/n1/2026/0311/c1008-40712345.html")
    assert rec["authors"] == ["刘晓宇", "陈静怡"]


def test_caption_line_closing_on_shot_by_is_no_text() -> None:
    """A picture's caption set as a paragraph of the text, closing on "本报记者 NAME摄", is not the text's opening."""
    html = ("<html lang='zh-CN'><body><div class='rm_txt'><h1>多地推进老旧小区加装电梯</h1><div class='content'>"
            "<p style='text-align: center;'><img src='/a.jpg'></p><p class='pic_c'>北京市朝阳区某老旧小区新加装的电梯"
            "投入使用。本报记者 王海涛摄</p><p>　　走进北京市朝阳区劲松街道的一个老旧小区，几部新装的电梯沿楼外侧拔地而起。</p>"
            + ZH_PARA * 3 + "</div></div></body></html>")
    rec = extract_article(html.encode("utf-8"), "http://society.news.example/n1/2026/0311/c1008-40712345.html")
    assert rec["body"].startswith("走进北京市朝阳区")


def test_deck_repeating_the_descriptions_first_clause_is_a_standfirst() -> None:
    """A Japanese deck above the byline and date opening with the declared description's first sentence (the rest
    reworded) is the standfirst: the text starts below."""
    html = ("<html lang='ja'><head><meta name='description' content='保育士1人が見る子どもの数を減らす国の新基準から1年。"
            "現場の保育士たちに話を聞いた。'></head><body><article><div class='headline'><h1>保育士の配置基準、現場の声は</h1>"
            "<p class='headline_description'>保育士1人が見る子どもの数を減らす国の新基準から1年。それでも人手は足りないと、"
            "現場の保育士たちは訴えます。</p></div><div class='byline'><span>石田美咲</span></div>"
            "<div class='timestamp'><time>2026年3月11日, 午後 5:30</time></div><div class='subbuzzes'>"
            "<p>東京都内の認可保育園で働く30代の保育士、佐藤さん（仮名）は、毎朝7時に園の鍵を開ける。</p>"
            + JA_PARA * 3 + "</div></article></body></html>")
    rec = extract_article(html.encode("utf-8"), "https://news.example/jp/hoikushi-haichi-kijun")
    assert rec["body"].startswith("東京都内の認可保育園")


def test_deck_repeating_the_description_before_short_header_lines() -> None:
    """A deck repeating the description in the headline's box, then a short line (the source "El País (Madrid)")
    before the text: both are header, the text starts at its first paragraph."""
    html = ("<html lang='fr'><head><meta name='description' content='Faute de pouvoir se loger, de plus en plus de "
            "professeurs refusent les postes proposés dans la capitale.'></head><body><article><div class='head'>"
            "<h1>À Madrid, les loyers chassent les enseignants</h1><p class='heading'>Faute de pouvoir se loger, de plus "
            "en plus de professeurs refusent les postes proposés dans la capitale, raconte El País.</p>"
            "<p class='src'><a href='/notule-source/el-pais'>El País</a> (Madrid)</p></div><div class='text'>"
            "<p>Quand Marta Ruiz a reçu son affectation dans un collège du quartier de Tetuán, elle a sauté de joie.</p>"
            "<p>Comme elle, de plus en plus d’enseignants renoncent à des postes dans la capitale espagnole, selon les "
            "syndicats, qui comptent près de 400 postes vacants.</p></div></article></body></html>")
    rec = extract_article(html.encode(), "https://hebdo.example/article/madrid-loyers_237654")
    assert rec["body"].startswith("Quand Marta Ruiz")


def test_source_names_without_city_or_web_edition() -> None:
    """"El País (Madrid)" names El País; "人民网－人民日报" names the paper, 人民日报."""
    from newsarchive.extraction.attributions import _PLACE_IN_BRACKETS, _WEB_EDITION

    assert _PLACE_IN_BRACKETS.sub("", "El País (Madrid)") == "El País"
    assert _WEB_EDITION.sub("", "人民网－人民日报") == "人民日报" and _WEB_EDITION.sub("", "新京报") == "新京报"
    html = ("<html lang='zh-CN'><body><div class='rm_txt'><h1>多地推进老旧小区加装电梯</h1><div class='box'>"
            "2026年03月11日17:30 | 来源：<a href='http://paper.news.example/'>人民网－人民日报</a></div><div class='content'>"
            "<p>　　走进北京市朝阳区劲松街道的一个老旧小区，几部新装的电梯沿楼外侧拔地而起，居民上下楼方便了许多。</p>"
            + ZH_PARA * 3 + "</div></div></body></html>")
    rec = extract_article(html.encode("utf-8"), "http://society.news.example/n1/2026/0311/c1008-40712345.html")
    assert [a["name"] for a in rec["attributions"] if a["role"] == "source"] == ["人民日报"]


def test_newsletter_confirmation_note_is_no_text() -> None:
    """"Bitte klicke auf den Link in der Bestätigungsmail, …" (a newsletter form's note) is no sentence of the text."""
    from newsarchive.extraction.hints import PROMPT_TEXT

    assert PROMPT_TEXT.match("Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung abzuschließen.")
    assert PROMPT_TEXT.match("Please click the link in the confirmation email to complete your sign-up.")
    assert not PROMPT_TEXT.match("Bitte klicke nicht auf Links in E-Mails von Unbekannten, rät die Polizei.")


def test_long_form_credit_line_with_labels_set_off_by_spaces() -> None:
    """"文字 NAME　攝影 NAME　設計 NAME": the writer is the one under "文字"; the photographer and designer no writers."""
    from newsarchive.extraction.authors import split_byline

    assert split_byline("文字 林佳穎　攝影 陳家豪　設計 吳宛臻")[0] == ["林佳穎"]
    assert split_byline("文字\n林佳穎\n攝影\n陳家豪\n設計\n吳宛臻")[0] == ["林佳穎"]


def test_lines_after_the_text_are_no_header_source() -> None:
    """The source under the headline is read before the text: a platform's disclaimer after it ("本内容来自…创作者")
    names no source."""
    html = ("<html lang='zh-CN'><body><div class='LEFT'><h1>北京地铁多条线路延长夜间运营</h1>"
            "<div class='info'><span>2026-03-11 17:30</span></div><div class='content-article'>"
            "<p>北京地铁运营方11日宣布，自3月20日起，1号线、2号线等多条线路在每周五、周六延长夜间运营时间，末班车推迟至次日凌晨1点左右。</p>"
            + ZH_PARA * 3 + "</div><div class='content-copyright'><p>免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。"
            "</p></div></div></body></html>")
    rec = extract_article(html.encode("utf-8"), "https://news.qq.example/rain/a/20260311A07XYZ00")
    assert not [a for a in rec["attributions"] if a["role"] == "source"]


def test_more_on_the_topic_label_heads_teasers() -> None:
    """"Mehr zu Chatkontrolle" (more on the story's topic) is a teaser label, as "Mehr zum Thema" is."""
    from newsarchive.extraction.hints import TEASER_TEXT

    assert TEASER_TEXT.match("Mehr zu Chatkontrolle") and TEASER_TEXT.match("Mehr zu Stuttgart 21")
    assert not TEASER_TEXT.match("Mehr zu diesem Autor")


def test_romanized_declared_name_gives_way_to_the_printed_byline() -> None:
    """"Misaki Ishida" declared for search engines, "石田美咲" and "坂本健" printed by the headline: the names as
    readers read them (a known failure of the round, mended after it)."""
    html = ("<html lang='ja'><head><meta name='author' content='Misaki Ishida'></head><body><article>"
            "<div class='headline'><h1>保育士の配置基準見直しから1年、現場の声</h1></div>"
            "<div class='byline-list'><div class='byline'><a href='/jp/misakiishida'><span class='byline-name'>石田美咲"
            "</span><span class='byline-title'>News Reporter, Japan</span></a></div><div class='byline'>"
            "<a href='/jp/kensakamoto'><span class='byline-name'>坂本健</span><span class='byline-title'>Reporter"
            "</span></a></div></div><div class='article-body'>" + JA_PARA * 5 + "</div></article></body></html>")
    assert extract_article(html.encode(), "https://news.example/jp/articles/hoiku")["authors"] == ["石田美咲", "坂本健"]
