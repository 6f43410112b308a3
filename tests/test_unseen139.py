"""A hundred-and-thirty-ninth held-out round of pages imitating publishing systems (issue 9): startups, venture capital
and tech funding: a US tech news site's funding story, an Indian business daily's startup story, a German business
paper's startup story, a French tech site's funding story, a Japanese business daily's startup funding story, a Japanese
startup web medium's feature, a mainland tech portal's funding story, a Taiwanese business site's startup story; held
out: an Irish business site's scale-up layoffs story, a Swiss site's fintech story, a Japanese regional paper's local
startup story, a Hong Kong outlet's startup story.

As in unseen71 to unseen138, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the company
facts, timelines and disclosure notes funding stories carry:

- us_startup_news: a funding round on a US tech site's WordPress pages ("Updated DATE with comment from X." over the
  text, a facts box, "Pitchline <a>first reported</a>", "Image Credits:X", a newsletter box and a "Disclosure:" note
  after the text);
- in_startup_news: an IPO postponed on an Indian business daily's pages (a "Synopsis" box, the text as one box's lines
  between ``<br>``s, "Also Read:" links set in it, "Moneyline had first reported", ", Reuters reported", "(With inputs
  from PTI)", "(Catch all the … News …)" and "Download The X News App to get …" after it);
- de_startup_news: a logistics startup on a German business paper's pages (an "H+" badge, "Von A und B", "Hamburg."
  opening the text, a facts box with its "Quelle:", "Zuerst hatte das Branchenportal X berichtet", "Mit Material von
  dpa");
- fr_startup_news: a fintech's round on a French tech site's WordPress pages ("Mise à jour … :" note, a "Fiche startup"
  box, "révélée … par *X*", "Crédit : X" in captions, a "Transparence :" note closing the text's box);
- ja_startup_news: a space startup's round on a business daily's Next.js pages ("会員限定", an update note, "（同社提供）",
  "（企業報道部　NAME）" after the text, "ロイター通信が報じた");
- ja_startup_web: a founder interview on a startup medium's WordPress pages (Yoast's desk declared, "文：A　写真：B　編集：C",
  a lead over the byline, "──" questions, "※開示：…株主です。", PROFILE and COMPANY DATA boxes after the text);
- cn_chuangye_news: a funding story on a tech portal ("文｜A 编辑｜B" opening the text's box, "封面来源｜X", "据《X》此前报道",
  a reprint notice and a disclosure after the text);
- tw_chuangye_news: a startup story on a Taiwanese business site ("撰文者：A、B", a "重點一覽" box, "編按：本文於…更新" opening
  the text, "圖／X提供", "攝影／NAME");
- held out: ie_startup_news (a ``<title>`` alone, old Drupal: "This article is free to read. Subscribe …" over the text,
  "Picture: NAME", "Additional reporting: NAME"), ch_startup_news (a ``<title>`` alone, hashed classes: "Redaktorin
  Wirtschaft", "Mitarbeit: NAME", a bio "NAME ist Redaktorin im Ressort …" and "Haben Sie einen Hinweis?" after the
  text), ja_startup_chiho (a ``<title>`` alone, an old table layout: "取材・文　NAME（支局）" in the date line, "（撮影・NAME）"
  before a "写真を拡大（全2枚）" row), hk_chuangye_news (a ``<title>`` alone, hashed classes: "撰文：A｜協助採訪：B",
  "（X圖片）", "（資料圖片）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_startup_news, in_startup_news, de_startup_news, fr_startup_news,
  ja_startup_news, ja_startup_web, cn_chuangye_news, tw_chuangye_news;
- held out (scored once, blind, before any rule of the round): ie_startup_news, ch_startup_news, ja_startup_chiho,
  hk_chuangye_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.917 date=1.000 body_start=0.750
  body_end=0.750 related=1.000 attributions=0.896 images=0.875 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.000 date=0.500 body_start=0.000 body_end=0.500; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=0.750
  related=0.875 attributions=0.979 images=1.000;
- dev and held out after the rules (see "Hundred-and-thirty-ninth held-out round" in docs/extraction-design.md):
  1.000 in every field. The rules made after the blind score, from the held-out pages: "This article is free to
  read", a Swiss writer's note ("NAME ist Redaktorin im Ressort …"), "Haben Sie einen Hinweis?", a gallery's count
  after its link in a caption ("写真を拡大（全2枚）"), "協助採訪：NAME" a contributor.

``tests/unseen_score.py unseen139`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen139"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_notes_helpers_and_counts_of_the_held_out_pages() -> None:
    """Rules made after the blind score: "This article is free to read. Subscribe …" opens no text; "NAME ist
    Redaktorin im Ressort …" and "Haben Sie einen Hinweis? …" close none; "（撮影・NAME）" before "<a>写真を拡大</a>（全2枚）"
    credits NAME; "撰文：A｜協助採訪：B" names A the writer, B a contributor."""
    text = "".join(f"<p>Tallyroom, the Dublin payroll start-up, is cutting more than a third of its staff, "
                   f"part {n}.</p>" for n in range(5))
    note = "<div class='paywall-note'>This article is free to read. <a href='/subscribe'>Subscribe</a> for more.</div>"
    assert _extract(article_page(note + text))["body"].startswith("Tallyroom, the Dublin")
    text = "".join(f"<p>Die Finanzmarktaufsicht hat dem Zürcher Fintech Zahlwerk die Bewilligung entzogen, "
                   f"Teil {n}.</p>" for n in range(5))
    after = ("<div><p>Nadia Caviezel ist Redaktorin im Ressort Wirtschaft und schreibt über Banken und Fintech.</p>"
             "</div><div><p>Haben Sie einen Hinweis? Schreiben Sie uns vertraulich an hinweise@tagesblick.example."
             "</p></div>")
    assert _extract(article_page(text, lang="de", after=after))["body"].endswith("Teil 4.")
    text = "".join(f"<p>津軽野市の農業ＩＴ企業は14日、リンゴの傷をＡＩで見分ける選果システムの事業拡大に向け、資金を調達したと発表した。第{n}段落。</p>"
                   for n in range(5))
    photo = ("<table class='photo'><tr><td><a href='/news/photo.php?id=1&no=1'><img src='/news/img/1_s.jpg' "
             "width='480' height='320'></a></td></tr><tr><td class='cap'>資金調達について説明する社長＝14日、津軽野市（撮影・木村直人）</td></tr>"
             "<tr><td class='cap_more'><a href='/news/photo.php?id=1&no=1'>写真を拡大</a>（全2枚）</td></tr></table>")
    images = _extract(article_page(photo + text, lang="ja", title="ＡＩ選果", h1="ＡＩ選果の新興企業、３億円調達"))["images"]
    assert [(image["caption"], image["credit"]) for image in images] == [("資金調達について説明する社長＝14日、津軽野市", "木村直人")]
    text = "".join(f"<p>本地物流初創拾光物流宣布裁員逾三成，創辦人承認最新一輪融資未如預期，第{n}段。</p>" for n in range(5))
    byline = ("<div class='byline'><span>撰文：</span><a href='/author/1'>梁詠詩</a><span>｜</span><span>協助採訪：</span>"
              "<span>何俊傑</span></div>")
    record = _extract(article_page(text, head=byline, lang="zh-HK", title="物流初創裁員", h1="物流初創拾光物流裁員逾三成"))
    assert record["authors"] == ["梁詠詩"] and ["contributor", "何俊傑"] in _pairs(record)


def test_lines_teasers_and_notes_of_funding_stories() -> None:
    """An "Also Read:" link opening a line of a box's ``<br>`` lines is a teaser, the line after it a sentence of its
    own ("Moneyline had first reported"); such a box's citations are read (", Reuters reported"); a passive's subject
    before a linked verb cites nobody; "Updated DATE with comment from X.", "(Catch all the … Updates on X.)",
    "Download The X News App to get …", "Subscribe to our daily newsletter …" and "Transparence : …" are no text."""
    lines = ("New Delhi: Quick-commerce startup Dashbasket has deferred its initial public offering after the "
             "regulator sought more disclosures on its dark stores.<br><br>\n<a class='alsoRead' "
             "href='/tech/startups/burn-rate/articleshow/1.cms'>Also Read: Quick-commerce startups’ dark-store race "
             "pushes monthly burn past a record</a>\nMoneyline had first reported on Tuesday that the "
             "regulator’s observations were holding up the listing.<br><br>"
             "Dashbasket was last valued at $2.1 billion in 2024, Reuters reported at the time.<br><br>"
             "Bankers said the delay could work in the company’s favour if markets stabilise, one of them said."
             "<br><br>")
    after = ("<div><p>Stay on top of technology and startup news that matters. Subscribe to our daily newsletter for "
             "the latest tech news, delivered straight to your inbox.</p></div><div>(Catch all the <a href='/news'>"
             "Business News</a> and <a href='/latest'>Latest News</a> Updates on The Commerce Times.)</div>"
             "<div>Download The Commerce Times News App to get Daily Market Updates &amp; Live Business News.</div>")
    html = ("<html><head><meta charset='utf-8'><title>Dashbasket defers IPO</title></head><body><article><h1>"
            "Dashbasket defers its IPO after the regulator seeks more disclosures</h1>"
            f"<div class='artText'>{lines}</div>{after}"
            "</article></body></html>")
    record = _extract(html, "https://www.commercetimes.example/tech/startups/dashbasket/articleshow/2.cms")
    assert record["body"].endswith("one of them said.")
    assert "https://www.commercetimes.example/tech/startups/burn-rate/articleshow/1.cms" in [
        link["url"] for link in record["related_links"] if link["kind"] == "related"]
    assert {"Moneyline", "Reuters"} <= {a["name"] for a in record["attributions"] if a["role"] == "source"}
    assert _sources("The LibreOffice project was <a href='https://lwn.example/a'>announced</a> in September 2010.") \
        == []
    text = "".join(f"<p>Every truckload that moves across the country leaves behind a paper trail, part {n}.</p>"
                   for n in range(5))
    note = "<p><em>Updated March 18, 2026, at 3:40 p.m. PT with comment from Northpine Ventures.</em></p>"
    assert _extract(article_page(note + text))["body"].startswith("Every truckload")
    text = "".join(f"<p>La fintech nantaise Vireo lève 18 millions d’euros pour financer sa croissance, partie {n}.</p>"
                   for n in range(5))
    note = "<p>Transparence : Boréal Ventures compte parmi les actionnaires minoritaires de la société éditrice.</p>"
    assert _extract(article_page(text + note, lang="fr"))["body"].endswith("partie 4.")
