"""A ninety-ninth held-out round of pages imitating publishing systems (issue 9): foreign news, war and conflict
reporting: a US regional paper's AP war story, a UK national paper's foreign correspondent's report, a German public
broadcaster's correspondent's report, a French regional daily's AFP copy, a Japanese national paper's correspondent's
story, a Japanese regional paper's Kyodo copy, a mainland portal's Xinhua-based story, a Taiwanese site's CNA copy;
held out: an Australian site's Reuters copy, a Swiss portal's agency foreign news, a Japanese web magazine's
researcher's explainer, a Hong Kong paper's world news.

As in unseen71 to unseen98, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by conventions already written, after the blind
and dev scores: the agency whose copy a page carries (its byline or dateline: "Associated Press", "新华社", "中央社",
"共同通信", "Reuters") is a source (us_wire_conflict, cn_guoji_news, tw_guoji_news, ja_kyodo_haishin, au_reuters_world,
as unseen67's blox_ap and unseen77's jp_hokuryo_kyodo_bunkazai); "Writing by NAME" credits a contributor
(au_reuters_world, as unseen67's wire_client); the outlet's own map credits no photo ("Map: Meridian Graphics",
"地図：大和新聞": uk_correspondent_report, ja_kaigai_shinbun, as unseen87's "Chart: SITE"; so unseen98's "図：毎朝新聞作成"
too); "（港明製圖）" credits the maker, 港明 (hk_world_news, as unseen87's "（記者NAME製表）").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_wire_conflict, uk_correspondent_report, de_korrespondent_bericht,
  fr_agence_guerre, ja_kaigai_shinbun, ja_kyodo_haishin, cn_guoji_news, tw_guoji_news;
- held out (scored once, blind, before any rule of the round): au_reuters_world, ch_ausland_news, ja_kokusai_web,
  hk_world_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.950 date=1.000
  body_start=0.750 body_end=1.000 related=1.000 attributions=0.637 images=0.750 (trafilatura 2.3.1 on the same pages:
  headline=1.000 authors=0.500 date=1.000 body_start=0.250 body_end=0.500; newsarchive with the declarations taken
  out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=0.875 body_start=0.875 body_end=0.750
  related=0.875 attributions=0.767 images=0.875;
- dev and held out after the rules (see "Ninety-ninth held-out round" in docs/extraction-design.md): 1.000 in every
  field but one known failure, uk_correspondent_report's "told the BBC last week" (read since unseen100: an acronym
  after the article naming a broadcasting corporation).

``tests/unseen_score.py unseen99`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen99"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_DE = "".join(f"<p>Seit Mitte Februar sind nach UN-Angaben rund 86.000 Menschen aus dem Sudan geflohen. Teil {n}.</p>"
              for n in range(1, 6))


def test_outlets_named_by_their_kind_or_a_clause_after_them() -> None:
    """"sagte … der Nachrichtenagentur Reuters", "im Huthi-Sender Al-Masirah", "Die ägyptische Zeitung "X" berichtete"
    (in a sentence citing or quoting it: "in der Propagandazeitung „Stürmer“" names a paper only); "selon le média
    public ukrainien Suspilne", "l’agence Tass" (not "l’agence Frontex"); "Drovinform, the Drovanian state news
    agency, reported", "Reuters, citing two security sources, reported"; "published by the Wall Street Journal" (not
    a book "published by Fenwick Press", nor a partner's "also being published by the Gulf Coast Ledger")."""
    assert _sources("«Kein Hafen», sagte ein Sprecher am Nachmittag der Nachrichtenagentur Reuters.", "de") \
        == ["Reuters"]
    assert _sources("Ein Militärsprecher sagte im Huthi-Sender Al-Masirah, man habe das Schiff beschossen.", "de") \
        == ["Al-Masirah"]
    assert _sources('Die ägyptische Zeitung "Al-Masry Al-Youm" berichtete am Mittwoch, die Regierung erwäge das.',
                    "de") == ["Al-Masry Al-Youm"]
    assert _sources("Das fand in der NS-Zeit am deutlichsten in der Propagandazeitung „Stürmer“ statt.", "de") == []
    assert _sources("Plus de 300 installations avaient été endommagées, selon le média public ukrainien Suspilne.",
                    "fr") == ["Suspilne"]
    assert _sources("Selon l’agence Tass, les frappes ont visé le port.", "fr") == ["Tass"]
    assert _sources("Le Premier ministre a été reçu par l’agence Frontex à Varsovie.", "fr") == []
    assert _sources("Drovinform, the Drovanian state news agency, reported that 27 drones had been shot down.") \
        == ["Drovinform"]
    assert _sources("Reuters, citing two security sources in Dessa, reported that the shells came from the north.") \
        == ["Reuters"]
    assert _sources("John Smith, a local farmer, reported that the river was rising.") == []
    assert _sources("Satellite images published by the Wall Street Journal last week showed new positions.") \
        == ["Wall Street Journal"]
    assert _sources("Her memoir, The Long Road, is published by Fenwick Press in May.") == []
    assert _sources("It is also being published by the Gulf Coast Ledger.") == []


def test_more_outlets_cited_in_chinese_and_japanese() -> None:
    """"以色列《国土报》7日援引", "「紐約時報」引述…報導", "政治新聞網站Politico報導", "俄國官方塔斯社引述" (and "据路透社报道"
    names 路透社), "英誌エコノミストによれば" (not "NTTによれば"), "北朝鮮の朝鮮中央通信は…と報じた", "衛星テレビ局アルジャジーラに
    よると", "韓国・聯合ニュースによると" (the country no part of the name), "独立系メディア「X」は…と報じた"."""
    assert _sources("以色列《国土报》7日援引以方安全官员的话说，安全内阁将于8日召开会议。", "zh") == ["国土报"]
    assert _sources("「紐約時報」引述2名匿名國防官員報導，五角大廈正在評估增派驅逐艦。", "zh-TW") == ["紐約時報"]
    assert _sources("政治新聞網站Politico報導，國會兩黨部分議員近來要求白宮提出紅海戰略。", "zh-TW") == ["Politico"]
    assert _sources("俄國官方塔斯社引述國防部聲明指，俄軍同日再控制一個村莊。", "zh-TW") == ["塔斯社"]
    assert _sources("油价周一上涨，据路透社报道，交易员担心管道中断。", "zh") == ["路透社"]
    assert _sources("英誌エコノミストによれば、同国の国防費は過去5年で2倍になった。", "ja") == ["エコノミスト"]
    assert _sources("NTTによれば、通信障害は午前中に復旧した。", "ja") == []
    assert _sources("北朝鮮の朝鮮中央通信は7日、新型ミサイルの発射実験を6日に行ったと報じた。", "ja") == ["朝鮮中央通信"]
    assert _sources("カタールの衛星テレビ局アルジャジーラによると、攻撃は6日夜から続いた。", "ja") == ["アルジャジーラ"]
    assert _sources("韓国・聯合ニュースによると、北朝鮮は7日に発射した。", "ja") == ["聯合ニュース"]
    assert _sources("独立系メディア「ノーヴァヤ・ヴォルナ」は、政府が動員を進めていると報じた。", "ja") == ["ノーヴァヤ・ヴォルナ"]


def test_more_credits_read() -> None:
    """"…人々＝ＡＰ" (an agency in full-width letters); "FILE PHOTO: CAPTION. REUTERS/NAME" (the note opens the
    caption); a caption's "Photos" button, no part of its credit; "地図：大和新聞" on 大和新聞オンライン's page, the site's
    own map (its credit, no photo attribution, as "Map: SITE Graphics")."""
    ja = "".join(f"<p>マグリス北部で政府軍と武装勢力の戦闘が続いている。第{n}段落。</p>" for n in range(1, 6))
    figure = ("<figure><img src='/a.jpg' alt=''><figcaption>５日、避難民キャンプで配給の水を受け取る人々＝ＡＰ</figcaption>"
              "</figure><figure><img src='/map.png' alt=''><figcaption>マグリスの主な戦闘地域<span class='credit'>地図："
              "大和新聞</span></figcaption></figure>")
    page = _page(ja[:40] + figure + ja, lang="ja", h1="マグリス北部で激戦", meta="<meta property='og:site_name' "
                 "content='大和新聞オンライン'>")
    record = _extract(page)
    assert [(i["caption"], i["credit"]) for i in record["images"]] == [("５日、避難民キャンプで配給の水を受け取る人々", "ＡＰ"),
                                                                         ("マグリスの主な戦闘地域", "大和新聞")]
    assert [a["name"] for a in record["attributions"] if a["role"] == "photo"] == ["ＡＰ"]
    wire = ("<figure><img src='/v.jpg' alt=''><figcaption>FILE PHOTO: The foreign minister speaks during a news "
            "conference in Sorello, January 19, 2026. REUTERS/Irena Kostic</figcaption></figure>"
            "<figure><img src='/f.jpg' alt=''><figcaption class='caption'><div class='caption-container'><div "
            "class='caption-text' itemprop='caption'><p>Firefighters work at a grain terminal, March 7, 2026. (AP "
            "Photo/Ruslan Dorenko)</p></div><ul class='list-inline'><li><a class='btn btn-xs tnt-photo-link' "
            "href='/multimedia/photos/war.html'>Photos</a></li></ul></div></figcaption></figure>")
    images = _extract(_page(_TEXT[:300] + wire + _TEXT))["images"]
    assert [i["credit"] for i in images] == ["REUTERS/Irena Kostic", "AP Photo/Ruslan Dorenko"]
    assert images[0]["caption"] == ("FILE PHOTO: The foreign minister speaks during a news conference in Sorello, "
                                    "January 19, 2026.")


def test_notes_around_the_text() -> None:
    """"• This article was amended on …" (a correction note), a broadcaster's "Über dieses Thema berichtete X am …"
    and "Haben Sie einen Fehler entdeckt?" close no text; "※本稿は2026年3月9日時点の情報に基づいています。" opens none; a bold
    lead over "Von NAME, ARD-Studio Kairo, zzt. Assuan" (an abbreviation's full stop in the byline) is no text."""
    amended = "<p><em>• This article was amended on 13 June 2026. An earlier version said 25 lorries.</em></p>"
    assert _extract(_page(_TEXT + amended))["body"].endswith("where it was last year.")
    footer = ("<div class='meldungsfooter'><p><em>Über dieses Thema berichtete tagesblick am 05. März 2026 um 17:00 "
              "Uhr.</em></p></div><p>Haben Sie einen Fehler entdeckt? Schreiben Sie uns.</p>")
    assert _extract(_page(_DE + footer, lang="de"))["body"].endswith("Teil 5.")
    ja = "".join(f"<p>2月22日未明、国境の回廊で両国軍による大規模な戦闘が始まった。第{n}段落。</p>" for n in range(1, 6))
    note = "<div class='article-note'><p>※本稿は2026年3月9日時点の情報に基づいています。</p></div>"
    assert _extract(_page(note + ja, lang="ja", h1="回廊の戦闘"))["body"].startswith("2月22日未明")
    lead = ("<p class='textabsatz'><strong>Seit die Kämpfe wieder aufgeflammt sind, fliehen täglich Tausende nach "
            "Ägypten.</strong></p><div class='authorline'><div class='authorline__author'><em>Von <a href='/k/m'>"
            "Miriam Altenhofer</a>, DFR-Studio Kairo, zzt. Assuan</em></div></div>")
    assert _extract(_page(lead + _DE, lang="de"))["body"].startswith("Seit Mitte Februar")


def test_cards_dates_and_credits_boxes() -> None:
    """Cards an empty link is laid over first ("<a aria-label='HEADLINE'></a><div><img></div><h3>HEADLINE</h3>") in
    "More on this story" are teasers; a date in "<details data-component='meta-dates'>" a day after the declared UTC
    time is the day the page prints; a wire copy's credits in a box after the text ("Reporting by …; Additional
    reporting by …; Writing by …; Editing by …") name its contributors."""
    cards = ("<section id='more-on-this-story'><h2>More on this story</h2><ul>" + "".join(
        f"<li><div class='card'><a href='/world/2026/jun/0{n}/story-{n}' aria-label='Convoy story number {n} of the "
        f"siege'></a><div><img src='/{n}.jpg' alt=''></div><h3><span>Varesh</span> <span>Convoy story number {n} of "
        "the siege</span></h3></div></li>" for n in range(1, 3)) + "</ul></section>")
    html = _page(_TEXT).replace("</article>", "</article>" + cards)
    assert _teasers(html) == ["https://news.example/world/2026/jun/01/story-1",
                              "https://news.example/world/2026/jun/02/story-2"]
    dated = _page(_TEXT, head="<details data-component='meta-dates'><summary><span>Sat 13 Jun 2026 00.25 BST</span>"
                  "</summary><span>Last modified on Sat 13 Jun 2026 11.02 BST</span></details>",
                  meta="<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
                  "\"2026-06-12T23:25:41Z\"}</script>")
    assert _extract(dated)["published"][:10] == "2026-06-13"
    credits = ("<div data-testid='story-credits'><p class='italic'>Reporting by Mira Castellan in Sorello and Pavel "
               "Dunaj in Ilvara; Additional reporting by Kenji Amari; Writing by Lorna Fitch; Editing by Aidan Mercer "
               "and Clara Bose</p><p>© Thomson Reuters 2026.</p></div>")
    record = _extract(_page(_TEXT, after=credits))
    assert {a["name"] for a in record["attributions"] if a["role"] == "contributor"} \
        == {"Kenji Amari", "Lorna Fitch", "Aidan Mercer", "Clara Bose"}
