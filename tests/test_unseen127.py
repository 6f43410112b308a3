"""A hundred-and-twenty-seventh held-out round of pages imitating publishing systems (issue 9): libraries,
museums and archives: a UK local paper's library story, a US arts site's museum story, a German regional paper's
museum story, a French regional daily's library or archive story, a Japanese national daily's museum story, a
Japanese web medium's library feature, a mainland portal's museum story, a Taiwanese site's library story; held out:
an Irish site's archive story, an Austrian site's museum story, a Japanese regional paper's local history story, a
Hong Kong outlet's museum story.

As in unseen71 to unseen126, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong:

- uk_library_news: a library's closure on a UK local paper's pages (a kicker, a standfirst, "Local Democracy Reporter",
  an italic update note, "READ MORE:" lines, a "Visitor information" box and an LDRS note after the text);
- us_museum_news: a bronze returned on a US arts site's pages ("Photo: Courtesy of …", "The specialist newsletter X
  first reported", "The Associated Press contributed reporting.", a correction box, "More From Our Brands");
- de_museum_news: a restitution on a German regional paper's pages (a kicker in the ``<h1>``'s span, "© NAME",
  "Fachzeitschrift „X“", an "Öffnungszeiten" box, "Mit Material von dpa", an editor's correction note);
- fr_bibliotheque_news: a book returned 62 years late on a French regional daily's pages (the paper declared as
  writer, "« … »" opening the headline, "la revue professionnelle X & Y", "un appel de Radio X : la radio locale a
  relayé l'histoire");
- ja_hakubutsukan_news: a folding screen's return on a national daily's pages ("＝…、NAME撮影", "＝X提供", "【NAME】" closing
  the last paragraph, a "開館情報" box);
- ja_toshokan_web: a library on a web medium's Next.js pages (a credits box of role spans, each name linking the
  person's page, "文 / 写真 / 編集"; "連載のほかの記事" after the text);
- cn_bowuguan_news: a returned Buddha head on a portal's pages ("（原标题：…）", "X晚报记者 NAME NAME" over the text,
  "来源: X" in the header, "图/X供图", "…记者 NAME 摄");
- tw_tushuguan_news: a book returned 47 years late on a Taiwanese paper's pages ("聯合報／ 記者NAME", "圖／記者NAME" with no
  verb);
- held out: ie_archive_news (a ``<title>`` alone: "As the X Review reported", "Read:" lines, "Additional reporting by
  NAME" set apart), at_museum_news (a ``<title>`` alone: "(NAME, 22.4.2026)" closing the text, "Zuerst hatte X
  berichtet"), ja_shiryo_chiho (a ``<title>`` alone, an old table layout: "（奥川支局　NAME）", then an exhibition's
  "◇資料展…" lines, "関連記事" with relative links, the journal 「北方史学」), hk_bowuguan_news (a ``<title>`` alone, hashed
  classes: a standfirst under the headline, "撰文：NAME", "（X圖片）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations and one held-out expectation were
mended after their scores by conventions already written: a portal's "来源: X" names X as source (cn_bowuguan_news);
the group's paper in a Taiwanese byline is a source (tw_tushuguan_news); "（X圖片）" credits X (hk_bowuguan_news, as
unseen120's hk_taikong_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_library_news, us_museum_news, de_museum_news, fr_bibliotheque_news,
  ja_hakubutsukan_news, ja_toshokan_web, cn_bowuguan_news, tw_tushuguan_news;
- held out (scored once, blind, before any rule of the round): ie_archive_news, at_museum_news, ja_shiryo_chiho,
  hk_bowuguan_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=0.750 related=0.750 attributions=0.860 images=0.917 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.250 date=0.750 body_start=0.500 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.958 date=1.000
  body_start=1.000 body_end=1.000 related=0.917 attributions=0.890 images=0.958;
- no rule after the blind score;
- dev and held out after the rules (see "Hundred-and-twenty-seventh held-out round" in docs/extraction-design.md):
  1.000 in every field but the known failures below.

``tests/unseen_score.py unseen127`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen127"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "More From Our Brands" (the publisher's other sites, other hosts) read as teasers; not tried
    ("us_museum_news", "related"),
    # dev: "un appel de Radio X : la radio locale a relayé l'histoire" not read as a source; not tried
    ("fr_bibliotheque_news", "attributions"),
    # dev: a credits box of role spans ("文", "写真", "編集"), each name linking the person's page, read as its linked
    # names (the photographer a writer too: the links are read, not the label of each); "連載のほかの記事" (the series'
    # other pieces) read as teasers; not tried
    ("ja_toshokan_web", "authors"),
    ("ja_toshokan_web", "related"),
    ("ja_toshokan_web", "attributions"),
    # held: "As the X Review reported" not read as a source ("Review" is no outlet's word: "the Spending Review" is
    # none); not tried
    ("ie_archive_news", "attributions"),
    # held: an exhibition's "◇資料展…" lines after the writer's closing brackets kept as the text's end (as unseen122's
    # ja_gyoukou_chiho's schedule table); the journal 「北方史学」 cited without a medium's word before it; not tried (its
    # "関連記事" table of relative links, headed by a picture of the words, failing until unseen150: the picture's text is
    # the label)
    ("ja_shiryo_chiho", "body_end"),
    ("ja_shiryo_chiho", "attributions"),
    # held: a standfirst alone in a hashed box under the headline read as the opening (as unseen123's hk_meiti_news)
    ("hk_bowuguan_news", "body_start"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_outlets_and_credits_of_museum_stories() -> None:
    """"The specialist newsletter X first reported" (the medium's noun before the name); "la revue professionnelle X &
    Y" (a review, an ampersand in its name); "圖／記者NAME" (the reporter's title before the name, no verb after it)
    credits NAME."""
    assert _sources("The specialist newsletter Provenance Quarterly first reported in February that the vessel was "
                    "among two dozen objects under review.") == ["Provenance Quarterly"]
    assert _sources("The magazine said on Tuesday that the vessel had been sold in 1972.") == []
    assert _sources("Selon la revue professionnelle Lectures & Territoires, qui recense ces retours, une trentaine de "
                    "cas ont été signalés.", "fr") == ["Lectures & Territoires"]
    text = "".join(f"<p>竹溪市立圖書館日前收到一本逾期47年的《老人與海》中譯本，館方表示將免除逾期罰款，第{n}段。</p>" for n in range(5))
    figure = ("<figure><img src='/p/3.jpg' alt=''><figcaption>館長展示舊式借書卡，上頭留有十多位讀者的借閱紀錄。圖／記者陳郁婷"
              "</figcaption></figure>")
    html = article_page(text[:60] + figure + text, lang="zh-TW", title="逾期47年 書還回來了", h1="逾期47年　借書還回來了")
    assert [i["credit"] for i in _extract(html)["images"]] == ["陳郁婷"]
