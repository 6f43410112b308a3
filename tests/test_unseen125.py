"""A hundred-and-twenty-fifth held-out round of pages imitating publishing systems (issue 9): ports, shipping and
the sea: a UK regional paper's ferry story, a US business site's shipping story, a German regional paper's port
story, a French regional daily's maritime story, a Japanese business paper's shipping story, a Japanese web medium's
port town feature, a mainland portal's port story, a Taiwanese site's port story; held out: an Irish site's coastal
story, a Belgian French-language site's port story, a Japanese regional paper's coastguard or ferry story, a Hong
Kong outlet's harbour story.

As in unseen71 to unseen124, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- uk_port_news: ferry cancellations on a UK regional paper's pages (a standfirst under the headline, an author card,
  a newsletter box before the text's box, a sailings table, "(Image: X reader NAME)", "As first reported by the trade
  paper X", a WhatsApp line closing the text's box);
- us_shipping_news: container shipping on a US business site's pages (a "Key Points" list in the text's box, a market
  ticker, "NAME | Getty Images", "— X's NAME and Reuters contributed to this report.");
- de_hafen_news: a shipyard's order on a German regional paper's pages (a paid mark, "Foto: NAME" where NAME is a
  writer too, a "Die Schiffe in Zahlen" box, "Visualisierung: X", "wie das Fachblatt „X“ zuerst berichtet hatte",
  "Mit Material von dpa");
- fr_maritime_news: cancelled ferry crossings on a French regional daily's Next.js pages ("Par NAME, avec AFP", an
  italic "Mise à jour, 18 h 05." note opening the text's box, a table with its "Source :" line);
- ja_kaiun_news: a shipyard's order book on a business paper's hashed-class pages (the company declared as writer, the
  writers in a closing "（大阪経済部　NAME、シンガポール支局　NAME）", "海事専門紙の日刊X・ジャーナルによると", "=ロイター");
- ja_minato_web: a port town on a web medium's WordPress pages ("文：NAME　写真：NAME　編集：NAME", a lead, a table of
  contents, an "INFORMATION" box, a writer's box with her role "ライター" in its own line);
- cn_gangkou_news: a grounded ship on a portal's pages (the paper's name as the header's source link, "（原标题：…）", a
  reporter's line with "通讯员", a "【船舶档案】" table, "责任编辑：NAME SF183");
- tw_hanggang_news: cancelled ferries on a Taiwanese paper's pages ("聯合報／ 記者NAME／澎湖即時報導", "記者NAME／攝影",
  "圖／航港局提供", a table with its "資料來源：" line);
- held out: ie_coast_news (a ``<title>`` alone: "6.45pm, 8 Mar 2026" beside "Updated", a bold capitals opening,
  "Image: RNLI/NAME", "Read next:" cards), be_haven_news (a ``<title>`` alone: "Par NAME (avec AFP)", "© Kustwacht",
  "selon le site spécialisé X", a tags row labelled "Sur le même sujet :"), ja_kaijo_chiho (a ``<title>`` alone, an
  old table layout: the writer's line after the text, "■関連記事" with relative links in a table of its own beside
  the latest news' table, an "航路情報" table in the sidebar), hk_matou_news (a ``<title>`` alone, an old table layout:
  "【港海專訊】", "撰文：NAME　攝影：NAME", "（資料圖片）", a "【更正】" box after the text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev score
by conventions already written: a portal's source link beside the date names the paper as source (cn_gangkou_news's
"海港日报", as unseen124's cn_gongyi_news); the group's paper in a Taiwanese byline ("聯合報／ 記者NAME") is a source
(tw_hanggang_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_port_news, us_shipping_news, de_hafen_news, fr_maritime_news,
  ja_kaiun_news, ja_minato_web, cn_gangkou_news, tw_hanggang_news;
- held out (scored once, blind, before any rule of the round): ie_coast_news, be_haven_news, ja_kaijo_chiho,
  hk_matou_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=0.750 attributions=1.000 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.250 date=1.000 body_start=0.500 body_end=0.500; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.958 date=1.000
  body_start=0.875 body_end=1.000 related=1.000 attributions=0.943 images=1.000;
- no rule after the blind score;
- dev and held out after the rules (see "Hundred-and-twenty-fifth held-out round" in docs/extraction-design.md):
  1.000 in every field but the known failure below.

``tests/unseen_score.py unseen125`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT, article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen125"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: an old table layout's "■関連記事" table ("<tr><td>■関連記事</td></tr><tr><td>・<a href='/news/…'>…</a><br>…")
    # set beside the latest news' table under the article's table gives no teasers (as unseen121's ja_tabunka_chiho's
    # table of relative links); tried: reading a label's cell alone in its row as the row found nothing more; fixed
    # with unseen159 (a table after the article's table, no <h1>, labelled by its first cell, ``body._related_region``)
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_an_update_note_closed_by_a_full_stop_opens_no_text() -> None:
    """"Mise à jour, 18 h 05. La compagnie a indiqué …" (the note's time closed by a full stop, the note after it) over
    the text; "Update, the council said 3 things." (no time after the label) opens it."""
    text = "".join(f"<p>Onze traversées entre Lorient et Groix ont été annulées samedi, partie {n} du récit.</p>"
                   for n in range(5))
    note = ("<p class='c-note'><strong>Mise à jour, 18 h 05.</strong> La compagnie a indiqué en fin d’après-midi "
            "qu’une rotation supplémentaire serait assurée dimanche.</p>")
    assert _extract(article_page(note + text, lang="fr"))["body"].startswith("Onze traversées")
    plain = "<p>Update, the council said 3 things about the budget on Tuesday, and all of them passed.</p>"
    assert _extract(article_page(plain + COUNCIL_TEXT))["body"].startswith("Update, the council said")


def test_a_trade_paper_with_its_periodicals_word_and_a_writers_role_line() -> None:
    """"海事専門紙の日刊マリタイム・ジャーナルによると" (a periodical's word before the katakana name) cites it; a writer's box
    printing her role in a line of its own ("<p class='p-authorBox__role'>ライター</p>") names no second writer."""
    assert _sources("海事専門紙の日刊マリタイム・ジャーナルによると、新造船の約5割が重油以外の燃料に対応した。", "ja") \
        == ["日刊マリタイム・ジャーナル"]
    text = "".join(f"<p>瀬戸内の港町、潮待町を歩いた。古い雁木が残る波止場には、今も渡船が発着する。第{n}段落。</p>" for n in range(5))
    box = ("<div class='p-authorBox'><p class='p-authorBox__heading'>この記事を書いた人</p><div class='p-authorBox__body'>"
           "<p class='p-authorBox__name'><a href='https://www.minato.example/writer/hasebe-minori/'>長谷部 みのり</a></p>"
           "<p class='p-authorBox__role'>ライター</p><p class='p-authorBox__desc'>広島県生まれ。地方紙の記者を経て、2019年から"
           "フリーランス。</p></div></div>")
    html = article_page(text, after=box, lang="ja", title="潮待町を歩く", h1="雁木の残る港町、潮待町を歩く")
    assert _extract(html)["authors"] == ["長谷部 みのり"]
