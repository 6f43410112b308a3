"""A hundred-and-thirty-second held-out round of pages imitating publishing systems (issue 9): taxes, budgets and
public finances: a UK regional paper's council budget story, a US state capital news site's tax story, a German city
paper's budget story, a French national daily's tax story, a Japanese national daily's budget story, a Japanese web
medium's tax explainer, a mainland portal's public finance story, a Taiwanese site's tax story; held out: an Australian
site's state budget story, a Luxembourg site's budget story, a Japanese regional paper's city finances story, a Macau
outlet's budget story.

As in unseen71 to unseen131, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the figures
tables and explainer boxes budget stories carry:

- uk_budget_news: a council budget on a UK regional paper's pages (a "Politics" label, a standfirst, "Local Democracy
  Reporter", a "Read More" box and a spending table in the text, "As Thornbury Sound first reported", "Comments (87)");
- us_tax_news: a tax story on a US nonprofit state newsroom's Newspack pages (a correction note opening the content
  box, "JEFFERSON CITY —", "RELATED:" lines, "The Associated Press contributed to this report." closing the text, a
  republish box and bios after it);
- de_haushalt_news: a savings budget on a German city paper's pages (a paid badge and kicker, "Brückenfeld." opening
  the text, a "Die wichtigsten Zahlen" table, two outlets cited, "Mit Material von dpa" set apart);
- fr_impots_news: delayed tax refunds on a French national daily's pages (the paper itself named in the text, "révélé
  fin février par X", a "Les chiffres clés" box, capital credits);
- ja_yosan_news: the national budget on a national daily's Next.js pages (two writers, an update note, an AI summary
  box, "＝…、NAME撮影", "英X紙は…と報じた", commentators' names after the text);
- ja_zeikin_web: a tax refund explainer on a WordPress medium ("文：NAME（…）", "監修：税理士　NAME", a points box and a
  table of contents, "※本記事は…時点の情報に基づいて作成しています。" after the text);
- cn_caizheng_news: a city budget on a portal's pages (the outlet declared as author, a "核心提示" box, "X记者 NAME NAME
  江临报道" opening the text, "数据来源：…／制表");
- tw_fushui_news: delayed refunds on a Taiwanese site ("X／ 記者A、B／台北即時報導", "更新：", "記者NAME／攝影", a tips box
  after the text);
- held out: au_budget_news (a ``<title>`` alone: "Credit: NAME" in ``<cite>``, "Related Article" cards, "as the
  Townsville Mercury first reported"), lu_budget_news (a ``<title>`` alone, hashed classes: a bare name by the headline,
  the writer's note "NAME est journaliste …" after the text), ja_shisei_chiho (a ``<title>`` alone, an old table layout:
  pictures linking "photo.php?id=N&no=1" from "article.php?storyid=N", "（政経部・NAME）"), mo_caizheng_news (a
  ``<title>`` alone, an old table layout: "來源：X　撰文：NAME　攝影：NAME", "【更正】" over the headline).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One held-out expectation was mended after the blind
score, by a convention already written: mo_caizheng_news's "來源：濠聲日報" (the group's paper, on its news site) names
the story's source (as unseen116's tw_tingdian_news's "聯合報／記者NAME").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_budget_news, us_tax_news, de_haushalt_news, fr_impots_news, ja_yosan_news,
  ja_zeikin_web, cn_caizheng_news, tw_fushui_news;
- held out (scored once, blind, before any rule of the round): au_budget_news, lu_budget_news, ja_shisei_chiho,
  mo_caizheng_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (before the mended expectation): headline=1.000
  authors=0.500 date=1.000 body_start=1.000 body_end=0.750 related=1.000 attributions=0.874 images=0.750 (trafilatura
  2.3.1 on the same pages: headline=0.750 authors=0.000 date=1.000 body_start=0.250 body_end=0.250; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=0.875
  related=1.000 attributions=0.946 images=1.000;
- after the blind score, rules from lu_budget_news's, mo_caizheng_news's and ja_shisei_chiho's misses: a French or
  German note on the writer after the text, her name printed by the headline; a Chinese info line's labelled parts; a
  photo viewer named by the article's number under another query key;
- dev and held out after the rules (see "Hundred-and-thirty-second held-out round" in docs/extraction-design.md):
  1.000 in every field but the known failure below.

``tests/unseen_score.py unseen132`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen132"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a local radio station named "X Sound" ("As Thornbury Sound first reported"): "Sound" is no word of outlets'
    # names here (a transit agency, "Sound Transit", reports too); not tried
    ("uk_budget_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_outlets_and_notes_of_budget_stories() -> None:
    """"as the Townsville Mercury first reported" ("Mercury", a word of papers' names); "révélé fin février par X"
    (the part of the month between the verb and "par"); "英フィナンシャル・タイムズ紙は2月、…と報じた" (the name between the
    country's mark and the paper's word); "※本記事は2026年3月1日時点の情報に基づいて作成しています。…" after the text closes
    none."""
    assert _sources("The project was shelved, as the Townsville Mercury first reported on Monday.") \
        == ["the Townsville Mercury"]
    assert _sources("Le dysfonctionnement avait été révélé fin février par Le Courrier financier. Bercy a depuis "
                    "reconnu un incident.", "fr") == ["Le Courrier financier"]
    assert _sources("英フィナンシャル・タイムズ紙は2月、日本の長期金利の上昇について「財政への警戒がにじむ」と報じた。", "ja") \
        == ["フィナンシャル・タイムズ"]
    text = "".join(f"<p>確定申告で還付を申請してから、還付金が振り込まれるまでの期間は、e-Taxなら通常3週間ほどが目安とされています。第{n}段落。</p>"
                   for n in range(5))
    note = ("<p>※本記事は2026年3月1日時点の情報に基づいて作成しています。制度の詳細や個別の税務判断については、国税庁の"
            "ホームページや税理士等の専門家にご確認ください。</p>")
    html = article_page(text + note, lang="ja", title="還付金が遅い理由", h1="還付金が遅い？理由と確認方法")
    assert _extract(html)["body"].endswith("第4段落。")


def test_writers_named_by_a_note_and_an_info_line_and_a_photo_viewer() -> None:
    """After the blind score: "NAME est journaliste au service Politique de X depuis 2018." after the text, NAME
    printed alone by the headline, names the writer and closes no text; "2026-11-14 08:05　來源：X　撰文：NAME　攝影：NAME"
    under the headline names the writer and the photographer; a picture linking "photo.php?id=61842&no=1" from
    "article.php?storyid=61842" (the article's number under another key) is the article's, not a teaser's."""
    text = "".join(f"<p>Après trois jours de débats, les députés ont voté jeudi le projet de budget pour 2026, "
                   f"partie {n}.</p>" for n in range(5))
    bio = ("<div class='sc-9c0d1e-0'><p>Nadine Kieffer est journaliste au service Politique de Moselle Matin depuis "
           "2018. Elle suit les travaux de la Chambre des députés.</p></div>")
    head = "<div class='sc-4d5e6f-1'><span class='sc-4d5e6f-2'>Nadine Kieffer</span><span>Publié à 17:52</span></div>"
    record = _extract(article_page(text, head=head, after=bio, lang="fr"))
    assert record["authors"] == ["Nadine Kieffer"]
    assert record["body"].endswith("partie 4.")
    text = "".join(f"<p>【本報訊】立法會昨日一般性通過明年財政年度預算案，議員關注公共投資執行率偏低，政府承諾加快工程進度，第{n}段。</p>"
                   for n in range(5))
    info = "<div class='info'>2026-11-14 08:05　來源：濠聲日報　撰文：鄭穎欣　攝影：馮卓謙　瀏覽次數：3,418</div>"
    record = _extract(article_page(text, head=info, lang="zh-HK", title="預算案獲通過", h1="立法會一般性通過明年預算案"))
    assert record["authors"] == ["鄭穎欣"]
    text = "".join(f"<p>北浜市は26日、2026年度から3年間の「財政再建計画案」を市議会全員協議会に示した。市債の残高が膨らんでいる。第{n}段落。</p>"
                   for n in range(4))
    picture = ("<table align='right' width='320' class='photo_r'><tr><td><a href='/news/photo.php?id=61842&amp;no=1'>"
               "<img src='/news/photo/2026/02/61842_1.jpg' width='300' height='200' alt=''></a></td></tr>"
               "<tr><td class='photo_cap'>財政再建計画案について説明する市長＝26日、北浜市役所</td></tr></table>")
    html = article_page(picture + text, lang="ja", title="財政再建計画案", h1="北浜市が財政再建計画案")
    images = _extract(html, "https://www.hokuto-np.example/news/article.php?storyid=61842")["images"]
    assert [i["url"] for i in images] == ["https://www.hokuto-np.example/news/photo/2026/02/61842_1.jpg"]
