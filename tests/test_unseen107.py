"""A hundred-and-seventh held-out round of pages imitating publishing systems (issue 9): crime, police and courts: a
US local news site's police blotter story, a UK national site's court report, a German regional daily's police
report, a French daily's faits divers page, a Japanese national broadcaster's crime story, a Japanese web magazine's
court story, a mainland portal's police notice story, a Taiwanese site's court story; held out: a New Zealand news
site's crime story, a Swiss news site's court story, a Japanese regional paper's police story, a Hong Kong site's court
story.

As in unseen71 to unseen106, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by conventions already written, after the
blind and dev scores: a portal's paper in the byline beside its own site's name is a source (tw_fayuan_news's "聯興報 /
記者NAME", as unseen14 and unseen75 have it); "来源：X晚报" on X晚报网 is a source (cn_jingfang_news's "来源：江城晚报", as
unseen32's metrodaily and unseen44's cn_central have it).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_police_blotter, uk_court_report, de_polizeibericht, fr_faits_divers,
  ja_jiken_news, ja_saiban_web, cn_jingfang_news, tw_fayuan_news;
- held out (scored once, blind, before any rule of the round): nz_crime_news, ch_gericht_news, ja_keisatsu_chiho,
  hk_fating_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=0.750
  authors=1.000 date=0.750 body_start=1.000 body_end=0.750 related=1.000 attributions=0.826 images=0.625 (trafilatura
  2.3.1 on the same pages: headline=0.000 authors=0.750 date=0.500 body_start=0.250 body_end=0.500; newsarchive with
  the declarations taken out: headline=1.000 date=1.000, the rest the same);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.950 attributions=0.915 images=0.938;
- dev and held out after the rules (a short round; see "Hundred-and-seventh held-out round" in
  docs/extraction-design.md): 1.000 in every field but the known failure below.

``tests/unseen_score.py unseen107`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import article_page as _page  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen107"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: "案件編號：DCCC 1285/2025", a court story's case number as its last line (read as a line of no sentence
    # at the text's edge, which closes none; no earlier set prints one); not tried
    ("hk_fating_news", "body_end"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_outlets_of_court_stories() -> None:
    """"broadcast Saturday evening by WBKF-TV" (on the air, a weekday and its part between); "first reported by the X
    Advertiser after a passer-by filmed …" (a clause of when after the name); "which RNZ reported had left …" (a
    relative clause, the outlet's acronym after "which"; not "which Smith reported to the committee")."""
    assert _sources("The same images were broadcast Saturday evening by WBKF-TV, which first reported the search.") \
        == ["WBKF-TV"]
    assert _sources("The raid was first reported by the Ashcombe Advertiser after a passer-by filmed officers.") \
        == ["the Ashcombe Advertiser"]
    assert _sources("It comes after a separate assault, which RNZ reported had left a teenager with head injuries.") \
        == ["RNZ"]
    assert _sources("The bill, which Smith reported to the committee, passed on Tuesday.") == []


def test_court_sketches_and_headlines() -> None:
    """A court sketch's artist after its label ("Dessin : NAME", "Zeichnung: NAME", "法庭繪圖：NAME") and "（警方提供）" in
    an element of its own after the caption's (a space between them) are the pictures' credits; with no <h1>, the
    <h2> opening the article that its class or test id names the headline is the headline, though no word of it is
    in the declared (SEO) titles; a bulletin board's threads ("/bbs/1/30000/") in a box named "related" are no
    teasers."""
    sketch = "<figure><img src='/s.jpg' alt=''><figcaption><span>{}</span><span>{}</span></figcaption></figure>"
    fr = "".join(f"<p>Le prévenu a été condamné à deux ans de prison, dont un avec sursis. Partie {n}.</p>"
                 for n in range(1, 6))
    images = _extract(_page(fr[:100] + sketch.format("Karim B., dans le box des prévenus.", "Dessin : Benoît Carrel")
                            + fr, lang="fr"))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("Karim B., dans le box des prévenus.", "Benoît Carrel")]
    de = "".join(f"<p>Das Bezirksgericht hat den Anlageberater zu vier Jahren verurteilt. Teil {n}.</p>"
                 for n in range(1, 6))
    images = _extract(_page(de[:100] + sketch.format("Der Beschuldigte bei der Urteilseröffnung.",
                                                     "Zeichnung: Corinne Aebi") + de, lang="de"))["images"]
    assert [i["credit"] for i in images] == ["Corinne Aebi"]
    hk = "".join(f"<p>被告鄧志恒今日在區域法院被判囚3年8個月。第{n}段。</p>" for n in range(1, 6))
    title = "便利店持刀行劫 男子囚3年8個月"
    figures = (sketch.format("被告鄧志恒今日在區域法院被判囚3年8個月。", "法庭繪圖：鄭慧心")
               + sketch.format("閉路電視片段顯示，被告持刀走向收銀櫃枱。", "（警方提供）").replace("/s.jpg", "/cctv.jpg"))
    images = _extract(_page(hk[:30] + figures + hk, lang="zh-HK", title=title, h1=title))["images"]
    assert [i["credit"] for i in images] == ["鄭慧心", "警方提供"]
    text = "".join(f"<p>Ein 52-jähriger Anlageberater hat rund 40 Kundinnen und Kunden um ihr Geld gebracht. Teil {n}."
                   f"</p>" for n in range(1, 8))
    html = ("<html lang='de'><head><title>Bezirksgericht Glattwil: Anlagebetrüger muss vier Jahre ins Gefängnis</title>"
            "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
            "\"headline\": \"Anlagebetrüger aus dem Glattal muss vier Jahre ins Gefängnis\"}</script></head><body>"
            "<main><article><div class='ContentHead_root'><span>Urteil am Bezirksgericht</span><h2 "
            "class='ContentHead_title' data-testid='headline'>Er versprach 12 Prozent Rendite – und verspekulierte das "
            f"Geld seiner Kunden</h2></div><div class='ArticleBody'>{text}</div></article></main></body></html>")
    assert _extract(html)["headline"] == "Er versprach 12 Prozent Rendite – und verspekulierte das Geld seiner Kunden"
    threads = "".join(f"<li><a href='https://news.example/bbs/1/3000{n}/'>口コミに「まずい」と書いたら店から削除を求められました"
                      f"（相談{n}）</a></li>" for n in range(1, 4))
    ja = "".join(f"<p>東京地裁は投稿者に110万円の支払いを命じた。第{n}段落。</p>" for n in range(1, 6))
    title = "虚偽の口コミに賠償命令"
    box = f"<div class='related-qa'><h2>みんなの法律相談</h2><ul>{threads}</ul></div>"
    assert _teasers(_page(ja, after=box, lang="ja", title=title, h1=title)) == []
