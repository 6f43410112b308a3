"""A hundred-and-sixty-first held-out round of pages imitating publishing systems (issue 9): markets, bakeries and local
shops: a UK national paper's high street story, an Irish regional paper's bakery story, a German city paper's shop
story, a Swiss national paper's bakery story, a Japanese national daily's shopping street story, a Japanese food web
medium's bakery feature, a mainland portal's market story, a Taiwanese paper's old shop story; held out: a New Zealand
regional site's market story, a French regional daily's market hall story, a Japanese regional paper's local bookshop
story, a Hong Kong site's small shop story.

As in unseen71 to unseen160, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_shops_news, ie_bakery_news, de_laden_news, ch_baeckerei_news,
  ja_shotengai_news, ja_pan_web, cn_caishichang_news, tw_laodian_news;
- held out (scored once, blind, before any rule of the round): nz_market_news, fr_marche_news, ja_shoten_chiho,
  hk_xiaodian_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=1.000 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.000 date=0.750 body_start=0.500 body_end=0.750; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before one expectation mended by a written convention: a portal's "来源: X" is
  its source, cn_caishichang_news): headline=1.000 authors=0.850 date=1.000 body_start=1.000 body_end=1.000
  related=0.947 attributions=0.906 images=1.000;
- dev after the rules (see "Hundred-and-sixty-first held-out round" in docs/extraction-design.md): the known failure
  below aside, every field right; no rule was made from the held-out pages.

``tests/unseen_score.py unseen161`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen161"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: the standfirst's list links a story ("…/business/2026/feb/03/readers-buy-shares-…") that the text's
    # "Related:" box links under another section's address ("…/books/2026/feb/03/readers-buy-shares-…"); the page's
    # expectations, as written, count the second alone; not mended (no written convention says which address a reader
    # keeps)
    ("uk_shops_news", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)

_BAKERY_TEXT = "".join("<p>The family bakery on Main Street will close its doors for the last time "
                       "on Saturday, after 92 years and three generations of the same family at "
                       f"the ovens, part {n}.</p>" for n in range(5))


def test_station_frequency_independent_bodies_and_latest_boxes() -> None:
    """"Speaking on KLR 96FM’s Morning Call programme, …" cites the station (its frequency glued to its band);
    "according to the Independent Bakers’ Guild" cites no paper ("Independent" before another capitalised word names a
    body); a box named for the latest stories ("<div class='latest-news'><h3>More Local News</h3>…") under the article
    gives no teasers, its label naming more news or not."""
    assert _sources("Speaking on KLR 96FM’s Morning Call programme, the councillor said the closure was a huge loss.") \
        == ["KLR 96FM"]
    assert _sources("According to the Independent Bakers’ Guild, the number of craft bakeries has fallen.") == []
    assert _sources("According to the Irish Independent, the number of craft bakeries has fallen by half.") \
        == ["the Irish Independent"]
    latest = ("<div class='latest-news'><h3 class='section-title'>More Local News</h3><div class='row'><div "
              "class='latest-item'><a href='https://news.example/news/1482300/parade-route-confirmed.html'>St "
              "Patrick’s Day parade route confirmed for the town centre</a></div><div class='latest-item'><a "
              "href='https://news.example/news/1482301/greenway-extension.html'>Council approves greenway extension "
              "to the river</a></div></div></div>")
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Bakery</title></head><body><div "
            "class='article-column'><article><h1>Family bakery to close after 92 years</h1><div "
            f"class='content'>{_BAKERY_TEXT}</div></article>{latest}</div></body></html>")
    assert _teasers(html) == []


def test_credits_list_and_a_trainee_reporter() -> None:
    """A writer's label cell in a list of credits' rows ("<ul class='p-article__credit'><li><span>文：</span><a>NAME</a>
    </li><li><span>写真：</span>NAME</li></ul>", named as credits) gives the writer and the photographer, over a
    placeholder the page declares; "（记者 A 见习记者 B）" in a dateline's brackets names both writers, no title."""
    credits = ("<ul class='p-article__credit'><li><span class='p-article__credit-label'>文：</span><a "
               "href='https://news.example/writer/asakura-hikari/'>浅倉ひかり</a></li><li><span "
               "class='p-article__credit-label'>写真：</span>久保田諒</li></ul>")
    text = "".join(f"<p>商店街の角にある小さなパン屋は、創業から６０年、毎朝４時にオーブンに火を入れてきた。常連客の朝は、この店の食パンから始まる。第{n}段落。</p>"
                   for n in range(5))
    meta = "<meta name='author' content='パンノジカン編集部'>"
    record = _extract(article_page(text, head=credits, lang="ja", title="パン屋", h1="創業60年のパン屋", meta=meta))
    assert record["authors"] == ["浅倉ひかり"]
    assert ["photo", "久保田諒"] in _pairs(record)
    text = "<p>北城晚报讯（记者 祁晓岚 见习记者 孟一帆）西岭区菜市场改造后重新开业，摊位由原来的86个增加到120个，市民买菜更方便了。</p>" \
        + "".join(f"<p>记者在现场看到，菜市场内地面干净整洁，各类蔬菜水果摆放整齐，不少市民一早就来采购，第{n}段。</p>" for n in range(4))
    record = _extract(article_page(text, lang="zh-CN", title="菜市场", h1="菜市场改造后重新开业"))
    assert record["authors"] == ["祁晓岚", "孟一帆"]
