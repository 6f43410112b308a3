"""One small page or string per kind of layout the sixteenth held-out round (``fixtures/unseen16``)
revealed; each fails without its rule (see "Sixteenth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction import extract_article
from newsarchive.extraction.authors import split_byline
from newsarchive.extraction.credits import clean_credit, strip_caption_label

ZH_PARA = "<p>2011年3月11日，日本東北地區發生9級大地震並引發海嘯，導致福島第一核電站發生核洩漏事故，當地居民至今仍未全部返鄉。</p>"


def test_chinese_image_source_and_caption_labels_with_a_comma() -> None:
    """"圖像來源，Getty Images" and "圖像加註文字，…": "Image source, " and "Image caption, " in Chinese."""
    assert clean_credit("圖像來源，Getty Images") == "Getty Images"
    assert clean_credit("图像来源，Reuters") == "Reuters"
    assert strip_caption_label("圖像加註文字， 福島第一核電站的處理水儲存罐。") == "福島第一核電站的處理水儲存罐。"
    html = ("<html lang='zh-Hant'><body><main><h1>日本核電重啟爭議</h1><figure><img src='/a.jpg'>"
            "<p class='copyright'><span>圖像來源，</span>Getty Images</p><p class='caption'><span>圖像加註文字，</span>"
            "福島第一核電站的處理水儲存罐。</p></figure>" + ZH_PARA * 4 + "</main></body></html>")
    rec = extract_article(html.encode(), "https://www.bbc.example/zhongwen/articles/c9x/trad")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [("福島第一核電站的處理水儲存罐。", "Getty Images")]


def test_byline_list_lines_of_the_writers_role_and_place() -> None:
    """"Role, BBC News" / "Reporting from, Kyiv" (and "職務, …" / "報道自 …") are facts about the writer, no names."""
    assert split_byline("作者, 林美華\n職務, BBC中文記者\n報道自 福島")[0] == ["林美華"]
    assert split_byline("Author, Jane Doe\nRole, BBC News\nReporting from, 福島")[0] == ["Jane Doe"]


def test_bildrechte_labels_a_credit() -> None:
    """"Bildrechte: BR/NAME" (German "picture rights") labels the picture's credit."""
    assert clean_credit("Bildrechte: BR/Stefan Meier") == "BR/Stefan Meier"
    html = ("<html lang='de'><body><article><h1>Freistaat verspricht schnelle Soforthilfe</h1><figure><img src='/a.jpg'>"
            "<figcaption><p>Überflutete Straße in Passau am Dienstag</p><p>Bildrechte: BR/Stefan Meier</p></figcaption>"
            "</figure>" + "<p>Betroffene des Hochwassers in Niederbayern sollen rasch finanzielle Unterstützung erhalten, "
            "das hat das bayerische Kabinett am Mittwoch in München beschlossen.</p>" * 4 + "</article></body></html>")
    rec = extract_article(html.encode(), "https://www.br.example/nachrichten/bayern/soforthilfe,UaBcDeF")
    assert [(i["caption"], i["credit"]) for i in rec["images"]] == [
        ("Überflutete Straße in Passau am Dienstag", "BR/Stefan Meier")]


def test_subtitle_span_closing_the_heading() -> None:
    """"<h1>TITLE<span class="subtitle">SUB</span></h1>", the declared titles printing TITLE alone: the headline is
    TITLE; a heading whose subtitle the first declared title prints too keeps it."""
    def page(declared: str) -> bytes:
        ld = ('{"@context":"http://schema.org","@type":"NewsArticle","headline":"%s",'
              '"datePublished":"2026-03-11T09:00:00+09:00"}' % declared)
        return (f"<html lang='ja'><head><script type='application/ld+json'>{ld}</script></head><body><article>"
                "<h1>なぜ「できる人」ほど会議で黙るのか<span class='subtitle'>発言の量より「問いの質」が評価を決める</span></h1>"
                + "<p>会議で真っ先に手を挙げ、次々と意見を述べる人がいる。一見すると積極的で頼もしいが、必ずしも高く評価されているわけではない。</p>" * 4
                + "</article></body></html>").encode()
    url = "https://president.example/articles/-/98765"
    assert extract_article(page("なぜ「できる人」ほど会議で黙るのか"), url)["headline"] == "なぜ「できる人」ほど会議で黙るのか"
    both = "なぜ「できる人」ほど会議で黙るのか 発言の量より「問いの質」が評価を決める"
    assert extract_article(page(both), url)["headline"] == both


def test_sports_game_line_opening_the_text() -> None:
    """"＜オープン戦：巨人3－2阪神＞◇11日◇東京ドーム", the game, day and venue a Japanese sports paper opens the report
    with, is the text's first line."""
    html = ("<html lang='ja'><body><div id='news'><h1>【巨人】岡本和真が決勝２ラン「最高の形で」開幕へ弾み</h1>"
            "<p class='date'>[2026年3月11日18時30分]</p><div class='article-body'><p>＜オープン戦：巨人3－2阪神＞◇11日◇東京ドーム</p>"
            + "<p>巨人岡本和真内野手（29）が、決勝の２ランを放った。１点を追う６回無死一塁、阪神才木の初球をとらえた打球は左翼席へ一直線。</p>" * 3
            + "</div></div></body></html>")
    rec = extract_article(html.encode(), "https://www.nikkansports.example/baseball/news/202603110001234.html")
    assert rec["body"].startswith("＜オープン戦：巨人3－2阪神＞◇11日◇東京ドーム")


def test_closing_mehr_line_and_category_pages() -> None:
    """"Mehr: <a>STORY</a>" closing the article is a teaser; a link to a category's page ("/kategorien/…",
    "/category/…" at the address's top) in a teaser line is no story, but a page of its own under the category's
    section ("/category/ai/Rt7Yh2NbV8cD.html", as Chinese tech media file their stories) is one."""
    para = ("<p>Der Autozulieferer Bosch baut in Deutschland weitere 3000 Arbeitsplätze ab, das teilte das Unternehmen "
            "am Mittwoch in Stuttgart mit, betroffen sind vor allem Werke in Baden-Württemberg.</p>")
    story = "https://www.hb.example/unternehmen/industrie/die-krise-der-zulieferer-in-zahlen/100098765.html"

    def related(line: str) -> list[str]:
        html = (f"<html lang='de'><body><article><h1>Bosch streicht weitere 3000 Stellen</h1>{para * 4}{line}"
                "</article></body></html>")
        rec = extract_article(html.encode(), "https://www.hb.example/unternehmen/bosch/100112233.html")
        return [link["url"] for link in rec["related_links"] if link["kind"] == "related"]
    assert related(f"<p><b>Mehr:</b> <a href='{story}'>Die Krise der Zulieferer in Zahlen</a></p>") == [story]
    assert related("<p><b>Mehr:</b> <a href='https://www.hb.example/kategorien/early-retirement'>Early Retirement</a>"
                   " <a href='https://www.hb.example/category/your-money'>Your Money</a></p>") == []
    filed = "https://www.hb.example/category/industrie/Rt7Yh2NbV8cD.html"
    assert related(f"<p><b>Mehr:</b> <a href='{filed}'>Die Krise der Zulieferer in Zahlen</a></p>") == [filed]
    assert related("<p><b>Mehr:</b> <a href='https://www.hb.example/category/industrie/'>Die Krise der Zulieferer in "
                   "Zahlen</a></p>") == []


def test_teaser_box_of_its_own_in_a_sidebar_after_most_read() -> None:
    """A sidebar holding "Les plus lus" and then "Sur le même sujet": the second box's links are teasers, the first's
    not; a box headed "More from Politics" (a section's feed) neither."""
    para = ("<p>C'est une première depuis 1989. La gauche marseillaise partira unie aux élections municipales, derrière "
            "le maire sortant, après des semaines de négociations entre les partis.</p>")
    story = "https://www.obs.example/politique/20260115.OBS95500/municipales-2027-les-grandes-villes-a-suivre.html"
    html = ("<html lang='fr'><body><main><article><h1>Municipales à Marseille : la gauche unie</h1>" + para * 4 +
            "</article><aside class='sidebar'><section><h2>Les plus lus</h2><ol><li><a href='https://www.obs.example/"
            "societe/20260311.OBS98700/retraites.html'>Retraites : ce qui change en avril</a></li></ol></section>"
            f"<section><h2>Sur le même sujet</h2><ul><li><a href='{story}'>Municipales 2027 : les grandes villes à "
            "suivre</a></li></ul></section><section><h2>More from Politics</h2><ul><li><a href='https://www.obs.example/"
            "politique/20260312.OBS98800/budget.html'>Budget : le gouvernement à la peine au Sénat</a></li></ul></section>"
            "</aside></main></body></html>")
    rec = extract_article(html.encode(), "https://www.obs.example/politique/20260311.OBS98765/marseille.html")
    assert [link["url"] for link in rec["related_links"] if link["kind"] == "related"] == [story]


def test_agency_in_brackets_after_the_time_under_the_headline() -> None:
    """"2026年03月11日 18時30分 (共同通信)" under the headline, the agency declared as the author organisation: the story's
    source (no contributor); a caption's sentence giving a day before "(AP)" names none."""
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"北海道で震度５弱、津波の心配なし",'
          '"datePublished":"2026-03-11T18:30:00+09:00","author":{"@type":"Organization","name":"共同通信"},'
          '"publisher":{"@type":"Organization","name":"47NEWS"}}')
    para = "<p>11日午後6時10分ごろ、北海道東部で震度５弱の地震があった。気象庁によると、震源地は釧路沖で、震源の深さは約50キロ。</p>"

    def attributions(line: str) -> list[tuple[str, str]]:
        html = (f"<html lang='ja'><head><script type='application/ld+json'>{ld}</script></head><body><article>"
                f"<h1>北海道で震度５弱、津波の心配なし</h1><div class='meta'>{line}<a href='#'>シェア</a></div>"
                f"<div class='body'>{para * 4}</div></article></body></html>")
        rec = extract_article(html.encode(), "https://www.47news.example/13812345.html")
        return [(a["role"], a["name"]) for a in rec["attributions"] if a["role"] != "copyright"]
    assert attributions("<span>2026年03月11日 18時30分 (共同通信)</span>") == [("source", "共同通信")]
    assert attributions("<span>地震で落ちた商品、11日午後。 (共同通信)</span>") == [("contributor", "共同通信")]
