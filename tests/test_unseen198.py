"""A hundred-and-ninety-eighth held-out round of pages imitating publishing systems (issue 9): orchards, apple harvests
and cider: a UK national paper's cider story, a US metro paper's orchard story, a German regional paper's apple harvest
story, a French regional daily's cider story, a Japanese national daily's apple story, a Japanese web medium's apple
feature, a mainland portal's apple harvest story, a Taiwanese paper's apple story; held out: a New Zealand site's
orchard story, a Belgian French-language paper's cider story, a Japanese regional paper's apple story, a Hong Kong
paper's orchard story.

As in unseen71 to unseen197, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_cider_news, us_orchard_news, de_apfel_news, fr_cidre_news, ja_ringo_news,
  ja_ringo_web, cn_pingguo_news, tw_pingguo_news;
- held out (scored once, blind, before any rule of the round): nz_orchard_news, be_cidre_news, ja_ringo_chiho,
  hk_guoyuan_news.

Until the held-out score is taken, no test runs on the held-out pages.

``tests/unseen_score.py unseen198`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, credit_pairs, field_test  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import paragraphs as _paragraphs  # noqa: E402

SET = "unseen198"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a picture set in the facts box after the text ("Info: …" with its list and a "© NAME/dpa" picture), which
    # its writer counts among the article's pictures, is not read as one; not tried
    ("de_apfel_news", "images"),
    ("de_apfel_news", "attributions"),
}

# Expectations mended by a written convention after the blind score: "（X提供）", "（X供图）" credited as printed
# (hk_guoyuan_news, held out; cn_pingguo_news and tw_pingguo_news, dev; the writers had set "X"), "à nos confrères du
# Courrier de Herve" cites the name as printed after "du", as unseen141's "du Journal de Penthièvre" (be_cidre_news,
# held out; its writer had set "Le Courrier de Herve"), and a paragraph under the byline, the date and the lead picture
# opens the text whatever it is named ("<p class='id-StoryElement-leadText'>", de_apfel_news, dev; its writer had
# taken it for a Vorspann).


# (cn_pingguo_news's "推荐阅读" cards after the article, read as teasers until unseen205: a rule reading any such box
# outside the text as the site's picks took teasers from twenty-eight earlier pages and was withdrawn; one reading the
# cards as picks when none shares a word with the story's headline or description fixed it, ``body._picks_off_topic``)

test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_paid_mark_and_a_series_box_at_the_texts_edges() -> None:
    """A Japanese national daily's paid mark alone in its header's tags over the text ("有料記事") opens none; its series box after the text
    ("<div><p>連載「TITLE」</p><p>BLURB</p><a>連載一覧へ</a></div>") closes it, with the correction before it."""
    text = _paragraphs("成田さんは近所の若手農家に園地の一部を貸す話を進めている。雪解けを待つ園地に剪定ばさみの音が響いた", 5)
    series = ("<div class='articledetail-series-box'><p>連載「実りのゆくえ　リンゴ王国のいま」</p><p>後継者不足や気候変動、"
              "輸出拡大に揺れるリンゴ産地の今を追います。（中）は13日に掲載予定です。</p><a href='/series/minori/'>連載一覧へ"
              "</a></div>")
    head = ("<div class='articletag'><ul><li><a href='https://www.tozai.example/biz/'>経済</a></li><li class='articletag-"
            "item--premium'><span class='icon-premium'>有料記事</span></li></ul><p class='articletag-date'><span>東西新聞</span>"
            "<time datetime='2026-03-12T05:00'>2026/3/12 05:00</time> <span>有料記事 2861文字</span></p></div>")
    page = article_page(text, head=head, lang="ja", title="リンゴ", h1="リンゴ王国の後継者不足", after=series)
    body = _extract(page)["body"]
    assert body.startswith("成田さんは")
    assert body.endswith("剪定ばさみの音が響いた, 4.")


def test_closing_boxes_and_notes_of_the_round() -> None:
    """A web magazine's note that the piece first ran in its print issue ("※この記事は雑誌『X』2026年春号（3月5日発売）に掲載
    した記事を、WEB用に再編集したものです。") and a Taiwanese paper's "新聞小辭典：TERM" box close the text."""
    ja = _paragraphs("りんごの花が咲く5月、丘の上のりんご畑を眺めながら、できたてのシードルを味わいに出かけてみてはいかがでしょう", 5)
    note = "<p class='c-firstAppeared'>※この記事は雑誌『旅と食卓』2026年春号（3月5日発売）に掲載した記事を、WEB用に再編集したものです。</p>"
    assert _extract(article_page(ja + note, lang="ja", title="シードル", h1="丘の上のシードリー"))["body"].endswith(
        "出かけてみてはいかがでしょう, 4.")
    tw = _paragraphs("林阿富則說，只要天氣配合，今年8月底就能採收第一批早熟品種，我們不怕競爭", 5)
    box = ("<div class='news_dictionary'><h5>新聞小辭典：高山蘋果</h5><p>台灣蘋果多種植於中部海拔1500公尺以上山區，需足夠低溫才能"
           "開花結果。</p></div>")
    assert _extract(article_page(tw + box, lang="zh-TW", title="高山蘋果", h1="高山蘋果拚品牌"))["body"].endswith(
        "我們不怕競爭, 4.")


def test_sources_and_contributors_of_the_round() -> None:
    """"Selon La Gazette agricole de l'Orne," cites the title with its place; "Comme l’expliquait récemment à nos
    confrères du Courrier de Herve l’économiste …" cites the outlet whatever the verb; a declared author the printed
    byline does not name, whom the text's closing line credits ("Staff writer NAME contributed reporting."), is a
    contributor, no author."""
    assert cited_sources("Selon La Gazette agricole de l'Orne, la nouvelle AOP concernera 1 200 hectares.", lang="fr") == [
        "La Gazette agricole de l'Orne"]
    assert cited_sources("Comme l’expliquait récemment à nos confrères du Courrier de Herve l’économiste rural Pieter "
                         "Claes, le marché belge du cidre reste modeste.", lang="fr") == ["Courrier de Herve"]
    text = _paragraphs("The Ostrander family will pick the last of the Empires this fall before the land is sold", 5)
    meta = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Last harvest\", "
            "\"author\": [{\"@type\": \"Person\", \"name\": \"Marisa Kowalczyk\"}, {\"@type\": \"Person\", "
            "\"name\": \"Dev Ramani\"}]}</script>")
    byline = "<div class='byline'>By <a href='/author/marisa-kowalczyk/'>Marisa Kowalczyk</a>, Staff Writer</div>"
    credit = "<p><em>Staff writer Dev Ramani contributed reporting.</em></p>"
    record = _extract(article_page(text + credit, head=byline, meta=meta, title="Last harvest",
                                   h1="A family orchard's last harvest"))
    assert record["authors"] == ["Marisa Kowalczyk"]
    assert ["contributor", "Dev Ramani"] in credit_pairs(record)
