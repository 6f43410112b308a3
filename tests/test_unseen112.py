"""A hundred-and-twelfth held-out round of pages imitating publishing systems (issue 9): property, housing and homes:
a US real-estate news site's story, a UK national paper's property page, a German daily's real-estate story, a French
property news site's story, a Japanese real-estate web media story, a Japanese regional paper's housing story, a
mainland portal's property story, a Taiwanese property news story; held out: an Australian property site's story, an
Austrian daily's housing page, a Japanese rental web magazine's article, a Hong Kong paper's property story.

As in unseen71 to unseen111, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_realestate_news, uk_property_news, de_immobilien_news, fr_immo_actu,
  ja_fudosan_web, ja_jutaku_chiho, cn_loushi_news, tw_fangchan_news;
- held out (scored once, blind, before any rule of the round): au_property_news, at_wohnen_news, ja_chintai_web,
  hk_loushi_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=1.000 date=1.000 body_start=0.750 body_end=0.750 related=1.000 attributions=0.866 images=1.000 (trafilatura
  2.3.1 on the same pages: headline=1.000 authors=0.500 date=1.000 body_start=0.250 body_end=0.250; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=1.000 body_end=0.750
  related=0.975 attributions=0.935 images=1.000;
- dev and held out after the rules (see "Hundred-and-twelfth held-out round" in docs/extraction-design.md): 1.000 in
  every field but the known failures below.

``tests/unseen_score.py unseen112`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen112"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "he told Variety that …" (one word, as a surname is written), a listing's card in the text linking its
    # house's page read as a teaser; held: "The Australian Financial Review reported …" (a title opening the sentence,
    # no outlet's word), "wie zuletzt auch im „Falter“" (no verb), "週刊ダイヤモンドも特集で…取り上げていました" (no verb
    # of reporting); not tried
    ("us_realestate_news", "related"),
    ("us_realestate_news", "attributions"),
    ("au_property_news", "attributions"),
    ("at_wohnen_news", "attributions"),
    ("ja_chintai_web", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_LAST = "tax rate where it was last year."


def test_where_property_stories_open_and_close() -> None:
    """A calculator's box holding a form after the text closes it ("<section><h2>住宅ローン シミュレーション</h2><p>…</p>
    <form>…</form>…</section>"); so does a table of figures whose change is signed as Japanese tables print it ("＋2.1",
    "▲1.9"), its title line, its note ("（国土交通省の公示地価から）") and the writer's signature after it; an advice
    column's people's box ("回答者", "監修者") and its call for questions ("＼賃貸のお悩み募集中／"); an intro over a
    byline named only in its ``data-testid`` is a deck, no text."""
    ja = "".join(f"<p>首都圏の中古マンション価格は上昇が続いている。第{n}段落。</p>" for n in range(1, 6))
    calculator = ("<section class='LoanSimulator_root__h3GvE'><h2>住宅ローン シミュレーション</h2><p>借入額・金利・返済期間"
                  "を入力すると、毎月の返済額の目安を計算できます。</p><form><label><span>借入額</span><input name='amount' "
                  "value='4500'></label></form><p>毎月の返済額</p><p>124,358円</p></section>")
    assert _extract(_page(ja, after=calculator, lang="ja"))["body"].endswith("第5段落。")
    table = ("<div class='article-table'><p class='article-table__title'>◆県内の主な地点の住宅地公示地価</p><table><thead><tr>"
             "<th>地点</th><th>価格（円）</th><th>変動率（％）</th></tr></thead><tbody><tr><td>中央通2丁目</td><td>98,500</td>"
             "<td>＋2.1</td></tr><tr><td>本町3丁目</td><td>41,200</td><td>＋0.5</td></tr><tr><td>港町1丁目</td><td>23,800"
             "</td><td>▲1.9</td></tr></tbody></table><p class='article-table__note'>（国土交通省の公示地価から）</p></div>"
             "<p class='article__signature'>（報道部・千葉　遥）</p>")
    assert _extract(_page(ja + table, lang="ja"))["body"].endswith("第5段落。")
    closing = ("<div class='bosyu-box'><p class='bosyu-box__title'>＼賃貸のお悩み募集中／</p><p>「賃貸お悩み相談室」では、"
               "部屋探しや契約、退去のお悩みを募集しています。</p></div><div class='profile-box'><p class='profile-box__role'>"
               "回答者</p><p class='profile-box__name'>大森 和宏（おおもり・かずひろ）</p><p>宅地建物取引士。大手賃貸仲介会社で15年に"
               "わたり店舗運営に携わった後、独立。入居者と貸主の双方の立場から相談に応じている。</p></div>")
    assert _extract(_page(ja + closing, lang="ja"))["body"].endswith("第5段落。")
    html = ("<html><head><title>Balmain terrace - Hearth</title></head><body><article><div "
            "data-testid='article-header'><h1>Balmain terrace smashes suburb record</h1><p class='css-1lwmnel' "
            "data-testid='article-header__intro'>A renovated Victorian beat its guide by $750,000 after 11 bidders "
            "turned out on Saturday.</p><div "
            "class='css-1r8iwkf' data-testid='article-byline'><span>By <a href='/news/author/mia-kerrigan/'>Mia "
            "Kerrigan</a></span><span>March 9, 2026 — 5.30am</span><span>4 min read</span></div></div><div "
            f"class='css-3k9s1a' data-testid='article-body'>{_TEXT}</div></article></body></html>")
    assert _extract(html)["body"].startswith("The council voted on Tuesday")


def test_writers_outlets_and_teasers_of_property_stories() -> None:
    """"讯浪财经 记者 NAME" (the outlet, a space, the title) opening a portal's text names its writer; "<span>監修</span>
    弁護士　NAME" (the label in its element, the name after it) credits the reviewer; "wie die „X“ in ihrer aktuellen
    Ausgabe schreibt", "Comme le rapportent X", "週刊X の調査では" cite outlets; a calculator's "Get pre-approved" is no
    teaser."""
    cn = "".join(f"<p>　　国家统计局发布的数据显示，一线城市楼市率先出现企稳迹象。第{n}段。</p>" for n in range(1, 6))
    record = _extract(_page("<p>　　讯浪财经 记者 周以宁</p>" + cn, lang="zh-CN"))
    assert record["authors"] == ["周以宁"]
    ja = "".join(f"<p>退去時の原状回復費用をめぐるトラブルが増えています。第{n}段落。</p>" for n in range(1, 6))
    lines = ("<div class='writer-lines'><p class='writer-line'><span class='writer-line__label'>監修</span>弁護士　浜口 さやか"
             "</p></div>")
    record = _extract(_page(ja, head=lines, lang="ja"))
    assert ("contributor", "浜口 さやか") in [(a["role"], a["name"]) for a in record["attributions"]]
    assert _sources("Wie die „Wirtschaftswoche“ in ihrer aktuellen Ausgabe schreibt, prüft das Ministerium neue "
                    "Regeln.", "de") == ["Wirtschaftswoche"]
    assert _sources("Comme le rapportent Les Echos, plusieurs grands réseaux bancaires ont relevé leurs objectifs.",
                    "fr") == ["Les Echos"]
    assert _sources("週刊東洋経済の調査では、変動金利で借りている人のおよそ4割が苦しくなると回答している。", "ja") == ["週刊東洋経済"]
    widget = ("<aside class='rdc-mortgage-widget'><h3>What would the monthly payment be?</h3><a class='btn' "
              "href='https://news.example/mortgage/preapproval/?utm_source=news'>Get pre-approved</a></aside>"
              "<section class='rdc-related'><h2>Related</h2><ul><li><a href='https://news.example/2026/02/01/malibu-"
              "market-cools'>Malibu's luxury market cools as listings sit longer</a></li></ul></section>")
    assert _teasers(_page(_TEXT, after=widget)) == ["https://news.example/2026/02/01/malibu-market-cools"]
