"""A hundred-and-first held-out round of pages imitating publishing systems (issue 9): local government, planning and
community news: a US hyperlocal network's town council story, a UK regional site's local democracy reporter's
planning story, a German regional daily's "Aus dem Gemeinderat", a French regional daily's "Conseil municipal", a
Japanese regional paper's city assembly story, a Japanese local web magazine's community story, a mainland evening
paper's district story, a Taiwanese local site's city council story; held out: a Canadian city daily's city-hall
story, an Austrian regional weekly's district page, a Japanese local TV station's town assembly news, a Hong Kong
paper's District Council story.

As in unseen71 to unseen100, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by conventions already written, after the
blind and dev scores: "Photo courtesy of NAME" credits "Courtesy of NAME" (us_patch_council, as unseen10's tagdiv,
unseen17's and unseen28's pages); a "通讯员" named beside the reporter is a contributor (cn_jiedao_news, as unseen29's
xmnn, unseen44's cn_central and eleven other pages).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_patch_council, uk_ldrs_planning, de_gemeinderat, fr_conseil_municipal,
  ja_shigikai, ja_jimoto_web, cn_jiedao_news, tw_yihui_news;
- held out (scored once, blind, before any rule of the round): ca_city_hall, at_gemeinderat_bezirk, ja_chiiki_tv,
  hk_district_council.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.750 body_end=0.750 related=0.750 attributions=0.838 images=1.000 (trafilatura 2.3.1 on the same pages:
  headline=0.000 authors=0.500 date=0.500 body_start=0.000 body_end=0.500; newsarchive with the declarations taken
  out: the same but attributions=0.847);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.833 date=1.000
  body_start=0.875 body_end=0.875 related=0.958 attributions=0.767 images=0.833;
- dev and held out after the rules (see "Hundred-and-first held-out round" in docs/extraction-design.md): 1.000 in
  every field but the known failure below.

``tests/unseen_score.py unseen101`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen101"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()  # ("Comme l'a rapporté France Bleu" cites it since unseen105)


test_page_field = field_test(SET, KNOWN_FAILURES)

_DE = "".join(f"<p>Der Gemeinderat hat am Dienstag das neue Baugebiet am Mühlberg beschlossen. Teil {n}.</p>"
              for n in range(1, 6))
_OTHER = "https://www.councilnews.example/2026/03/12/story"


def test_credits_and_sources_of_local_news() -> None:
    """An architect's drawing credited "Rendering: X" or "Plan: X" in its caption; "first reported in January by the
    X Courier"; a broadcaster's acronym closing on R or F before a verb of reporting ("Wie der MDR im vergangenen
    Herbst berichtet hatte", "Wie der ORF Niederösterreich berichtete"; not "der ADAC"); "建設業界紙の日刊X建設は先月、
    …と報じていた" (not "地元紙の記者は…"); "Speaking to Newstalk" (a medium's word compounded, as no person is named;
    not "Newsome"); "根據《城市規劃條例》" (a law's title, no outlet)."""
    figure = ("<figure><img src='/r.jpg' alt=''><figcaption>A rendering shows the courtyard between two of the "
              "buildings. (Rendering: Kessler Shaw Architects via Glen Ashby Township)</figcaption></figure>")
    images = _extract(_page(_TEXT[:200] + figure + _TEXT))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [
        ("A rendering shows the courtyard between two of the buildings.",
         "Kessler Shaw Architects via Glen Ashby Township")]
    plan = ("<figure><img src='/p.jpg' alt=''><figcaption>So soll das Baugebiet aussehen. <span>Plan: Architekturbüro "
            "Hessler &amp; Partner</span></figcaption></figure>")
    assert [i["credit"] for i in _extract(_page(_DE[:100] + plan + _DE, lang="de"))["images"]] \
        == ["Architekturbüro Hessler & Partner"]
    assert _sources("The estimate was first reported in January by the Ashby County Courier.") \
        == ["the Ashby County Courier"]
    assert _sources("Wie der MDR im vergangenen Herbst berichtet hatte, gehört der Ort zu den wenigen Gemeinden.",
                    "de") == ["MDR"]
    assert _sources("Wie der ORF Niederösterreich berichtete, hatten Wirte eine Sperre befürchtet.", "de") \
        == ["ORF Niederösterreich"]
    assert _sources("Wie der ADAC berichtete, hatten Wirte eine Sperre befürchtet.", "de") == []
    assert _sources("建設業界紙の日刊北陵建設は先月、工事の入札に参加する企業の確保が難しくなると報じていた。", "ja") \
        == ["日刊北陵建設"]
    assert _sources("地元紙の記者は先月、工事の入札が難しくなると報じていた。", "ja") == []
    told = (_TEXT[:200] + "<p>Speaking to Newstalk on Monday evening, the minister said 61 posts were filled.</p>"
            + _TEXT)
    assert [a["name"] for a in _extract(_page(told), _OTHER)["attributions"] if a["role"] == "source"] \
        == ["Newstalk"]
    surname = told.replace("Newstalk", "Newsome")
    assert [a["name"] for a in _extract(_page(surname), _OTHER)["attributions"] if a["role"] == "source"] == []
    assert _sources("城市規劃委員會已根據《城市規劃條例》展示有關草圖。", "zh-TW") == []
    assert _sources("據《維港日報》報道，政府將於下月公布計劃。", "zh-TW") == ["維港日報"]


def test_where_local_stories_open_and_close() -> None:
    """A label line of its own over a list of points ("<p><strong>What you need to know:</strong></p><ul>…</ul>")
    opens no text; a caption closing on "（資料圖片）" under the picture before the text opens none either; a
    facility's facts under "施設情報" and a platform's note that a reader wrote the post ("Dieser Beitrag wurde von
    einem Regionauten bzw. einer Regionautin verfasst.") close it; "De notre correspondant NAME" signing the text
    names its writer."""
    points = ("<p><strong>What you need to know:</strong></p><ul><li>The council voted 4-3 to adopt the plan.</li>"
              "<li>The plan allows up to 280 apartments on the site.</li></ul><hr/>")
    assert _extract(_page(points + _TEXT))["body"].startswith("The council voted on Tuesday")
    zh = "".join(f"<p>【港明專訊】規劃署建議把青灣北面舊工業地帶改劃作住宅用途。第{n}段。</p>" for n in range(1, 6))
    top = ("<div class='album'><a class='fancybox' href='/a.jpg'><img src='/a_s.jpg' alt=''></a><div "
           "class='imgcaption'><p>規劃署建議把青灣北面舊工業區改劃作住宅及商業用途。（資料圖片）</p></div></div>")
    assert _extract(_page(top + zh, lang="zh-HK", h1="青灣舊工業區擬改劃"))["body"].startswith("【港明專訊】")
    ja = "".join(f"<p>みどり野町の旧小学校が交流施設に生まれ変わる。第{n}段落。</p>" for n in range(1, 6))
    facts = "<h2>施設情報</h2><table><tr><th>住所</th><td>みどり野町1-2</td></tr></table><p>取材協力：みどり野町</p>"
    assert _extract(_page(ja + facts, lang="ja", h1="旧小学校が交流施設に"))["body"].endswith("第5段落。")
    note = ("<div class='regionaut-notice'><p>Dieser Beitrag wurde von einem Regionauten bzw. einer Regionautin "
            "verfasst. Du möchtest auch aus deiner Gemeinde berichten? <a href='/werden'>Jetzt Regionaut:in werden!"
            "</a></p></div>")
    assert _extract(_page(_DE + note, lang="de"))["body"].endswith("Teil 5.")
    fr = "".join(f"<p>Le conseil municipal a voté le budget primitif 2026. Partie {n}.</p>" for n in range(1, 6))
    record = _extract(_page(fr + "<p class='signature'>De notre correspondant Gérard Lhomme</p>", lang="fr",
                            h1="Conseil municipal : ce qu'il faut retenir"))
    assert record["authors"] == ["Gérard Lhomme"]
    assert record["body"].endswith("Partie 5.")


def test_boxes_that_hold_no_teasers() -> None:
    """An inline "Read More" box of the site's most read ("<aside class='read-more-links' data-type='most-read'>",
    its header "Read More · Most Read"; its "Related Articles" twin holds teasers); "Das könnte dich auch
    interessieren" over a box an algorithm fills ("data-reco-source='algorithm'"); a person's name linked in a
    caption ("hochgeladen von <a>NAME</a>")."""
    def box(kind: str, label: str) -> str:
        return (f"<aside class='read-more-links' data-type='{kind}'><div class='read-more-header'><span>Read More"
                "</span>"
                f"<span>{label}</span></div><ul>" + "".join(
                    f"<li><a href='/news/{kind}-story-{n}'>Harbridge story number {n} about the {kind} list</a></li>"
                    for n in range(1, 3)) + "</ul></aside>")
    html = _page(_TEXT[:400] + box("most-read", "Most Read") + box("related", "Related Articles") + _TEXT)
    assert _teasers(html) == ["https://news.example/news/related-story-1", "https://news.example/news/related-story-2"]
    reco = ("<section class='recommendations' data-reco-source='algorithm'><h2>Das könnte dich auch interessieren</h2>"
            "<div>" + "".join(f"<a href='/bezirk/c-leute/geschichte-nummer-{n}_a71249{n}'><span>Geschichte Nummer {n} "
                              "aus dem Nachbarbezirk</span></a>" for n in range(1, 3)) + "</div></section>")
    assert _teasers(_page(_DE, lang="de").replace("</article>", "</article>" + reco)) == []
    figure = ("<figure><img src='/g.jpg' alt=''><figcaption>Die Ortsdurchfahrt wird gesperrt. Foto: Gemeinde "
              "<span>hochgeladen von <a href='/bezirk/profile-friedrich-haberl/u-318472'>Friedrich Haberl</a></span>"
              "</figcaption></figure>")
    assert _teasers(_page(_DE[:100] + figure + _DE, lang="de")) == []


def test_writers_and_the_site_own_names() -> None:
    """A side box's rows of other columns, each a headline and its byline ("<li><a>工廈改劃不能只畫圖 配套要先行</a><span
    class='byline'>文：NAME</span></li>", a space between a headline's clauses), name no writer of the page; the
    paper the page's ``<title>`` opens with ("港明日報｜…"), declared as the author, is the site itself, no source."""
    zh = "".join(f"<p>規劃署建議把青灣北面舊工業地帶改劃作住宅用途，區議員憂配套不足。第{n}段。</p>" for n in range(1, 6))
    side = ("<div class='columnist_box'><h3>觀點</h3><ul><li><a href='/pns/col/1'>工廈改劃不能只畫圖 配套要先行</a><span "
            "class='byline'>文：蘇綺雯</span></li><li><a href='/pns/col/2'>區議會改革兩年 地區諮詢做得夠嗎？</a><span "
            "class='byline'>文：馮浩然</span></li></ul></div>")
    meta = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Organization\", "
            "\"name\": \"港明日報\"}}</script>")
    html = _page(zh, lang="zh-HK", h1="青灣舊工業區擬改劃住宅", title="港明日報｜青灣舊工業區改劃 - 20260318 - 港聞 - 每日港明",
                 meta=meta).replace("</article>", "</article>" + side)
    record = _extract(html)
    assert record["authors"] == []
    assert [a for a in record["attributions"] if a["role"] in ("author", "source")] == []
