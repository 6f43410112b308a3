"""A two-hundred-and-eighth held-out round of pages imitating publishing systems (issue 9): volcanoes and volcano
watch: a UK public broadcaster's volcano eruption story, a US newspaper's volcano observatory story, a German news
magazine's volcano story, a French regional daily's volcano story, a Japanese national daily's volcano warning story, a
Japanese science web magazine's volcano feature, a mainland paper's volcano story, a Taiwanese news site's volcano
story; held out: a New Zealand site's volcano alert story, an Italian paper's volcano story, a Japanese regional
paper's volcano story, a Philippine paper's volcano story.

As in unseen71 to unseen207, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_volcano_news, us_volcano_news, de_vulkan_news, fr_volcan_news, ja_kazan_news,
  ja_kazan_web, cn_huoshan_news, tw_huoshan_news;
- held out (scored once, blind, before any rule of the round): nz_volcano_news, it_vulcano_news, ja_kazan_chiho,
  ph_volcano_news.

Until the held-out score is taken, no test runs on the held-out pages.

Expectation mended after the blind score, by the practice of the earlier sets (a Chinese paper's name on its own site
named for it, "X晚报" on X晚报网, is the source under the headline: unseen32, unseen44, unseen107, unseen154, unseen194):
cn_huoshan_news's "<span class='source'>北岭晨报</span>" on 北岭晨报网 (its writer had listed none).

``tests/unseen_score.py unseen208`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test, teaser_urls  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import paragraphs as _paragraphs  # noqa: E402

SET = "unseen208"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a correspondent's role line "BPB News, Puerto Lindo" under her name read as a third writer; the "More on this
    # story" cards in a list of card components, two of them unread; "told the Daily Ledger" beside a paper cited once
    # more; not tried
    ("uk_volcano_news", "authors"),
    ("uk_volcano_news", "related"),
    ("uk_volcano_news", "attributions"),
    # dev: a "Related to this story" box of cards in a grid after the article, two of three unread; not tried
    ("us_volcano_news", "related"),
    # dev: "<h1><span class='… block …'>KICKER</span> <span>HEADLINE</span></h1>", the kicker on a line of its own by a
    # utility class and printed by no declared title, kept in the headline: a rule reading such a class as a kicker's
    # line was tried and withdrawn (a bench page's kicker its declared title prints, Rheinische Post, lost it)
    ("de_vulkan_news", "headline"),
    # dev: "監修＝NAME（JOB）" in a credits line set off by "＝", the name spaced: as unseen144's ja_shokuhin_web, not read
    # as a contributor (reading "＝" as the credits line's mark took the line's rest into the photographer's credit)
    ("ja_kazan_web", "attributions"),
    # held: the Italian "Come riportato dall'Ansa", "ha spiegato al Giornale di X" and a set-apart "ha collaborato
    # NAME"; not tried
    ("it_vulcano_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_sources_of_the_round() -> None:
    """From the pages: "据海岳新闻社消息" (an agency's "社" before its news), "據華聲通訊社報導" (a "通訊社" of two
    characters' name), "東邦通信の取材に対し" (an agency's name closing on "通信" someone spoke to; not a carrier's, "X情報
    通信"), "told Radyo Batanlaya" (a Philippine station's word)."""
    assert cited_sources("据海岳新闻社消息，白河县应急管理局已于3月初组织周边乡镇开展疏散演练。", lang="zh-CN") == ["海岳新闻社"]
    assert cited_sources("據華聲通訊社報導，2014年大屯火山群也曾出現單月微震超過200起的情形。", lang="zh-TW") == ["華聲通訊社"]
    assert cited_sources("山頂へ続く登山道を閉鎖した。東邦通信の取材に対し、担当者は「見通せない」と話した。", lang="ja") == ["東邦通信"]
    assert cited_sources("山頂へ続く登山道を閉鎖した。北嶺情報通信の取材に対し、担当者は「見通せない」と話した。", lang="ja") == []
    assert cited_sources("Governor Ramon Dela Paz told Radyo Batanlaya that 12,000 residents had been moved.") \
        == ["Radyo Batanlaya"]


def test_credits_and_teasers_of_the_round() -> None:
    """From the pages: "<p><a>写真・図版</a>（全3枚）</p>" under a figure's caption links its pictures, no credit; a
    Philippine caption closing "… on Wednesday night. —RAMON VILLAFLOR" credits the photographer; "Ti potrebbe
    interessare" heads teasers; "今日熱門" heads the day's most read, and "猜你喜歡" in a box's own bare title line a feed
    for the reader, no teasers."""
    text = _paragraphs("気象庁は12日、白鷺岳の噴火警戒レベルを2から3に引き上げ、山頂火口から約2キロの範囲で警戒を呼びかけた", 5)
    figure = ("<figure><img src='https://img.news.example/1.jpg' width='1200' height='800'><figcaption><span "
              "class='caption'>噴煙を上げる白鷺岳の山頂火口＝2026年3月12日午前9時20分、本社ヘリから</span><span "
              "class='credit'>佐藤健撮影</span></figcaption><p class='photo-count'><a "
              "href='https://news.example/photo/1.html'>写真・図版</a>（全3枚）</p></figure>")
    record = _extract(article_page(figure + text, lang="ja", title="火山", h1="白鷺岳の噴火警戒レベル3に"))
    assert [image["credit"] for image in record["images"]] == ["佐藤健"]
    en = _paragraphs("Volcanologists raised the alert level at Mt. Kalayaan to 3 on Wednesday afternoon", 5)
    figure = ("<figure><img src='https://img.news.example/2.jpg' width='1200' height='800'><figcaption>Residents board "
              "a military truck bound for an evacuation center on Wednesday night, March 11, 2026. —RAMON VILLAFLOR"
              "</figcaption></figure>")
    record = _extract(article_page(figure + en, title="Volcano", h1="Kalayaan alert level raised"))
    assert [(image["caption"], image["credit"]) for image in record["images"]] == [
        ("Residents board a military truck bound for an evacuation center on Wednesday night, March 11, 2026.",
         "RAMON VILLAFLOR")]
    it = _paragraphs("Una scossa di magnitudo 3.8 ha svegliato gli abitanti dell'isola poco dopo le tre di notte", 6)
    tags = ("<div class='article-tags'><span>Argomenti:</span><a href='https://news.example/argomenti/vulcani/'>vulcani"
            "</a><a href='https://news.example/argomenti/terremoti/'>terremoti</a></div>")
    box = ("<section class='box'><h3>Ti potrebbe interessare</h3><ul>" + "".join(
        f"<li><a href='https://news.example/scienze/26_marzo_20/vulcano-{n}.shtml'>Come si misura il respiro di un "
        f"vulcano, parte {n}</a></li>" for n in range(3)) + "</ul></section>")
    page = article_page(it, lang="it", title="Vulcano", h1="Scossa sul vulcano", after=tags + box)
    assert len(teaser_urls(page)) == 3
    zh = _paragraphs("大屯火山群2月微震次數明顯增加，北台火山監測中心表示目前仍屬熱液活動", 6)

    def box(cls: str, label: str) -> str:
        return (f"<div class='related {cls}'><div class='tit'>{label}</div><ul>" + "".join(
            f"<li><a href='https://news.example/news/breakingnews/50126{n}'>國道三號連環車禍 三車追撞五人輕傷 第{n}則</a></li>"
            for n in range(3)) + "</ul></div>")
    for cls, label in (("hotnews", "今日熱門"), ("guess", "猜你喜歡")):
        html = ("<html lang='zh-Hant-TW'><head><meta charset='utf-8'><title>火山</title></head><body><main><article><h1>"
                f"大屯火山群微震增加</h1><div class='text'>{zh}</div></article>{box(cls, label)}</main></body></html>")
        assert teaser_urls(html) == [], label


def test_a_background_box_after_a_space_closes_the_text() -> None:
    """A dev page's "■链接 火山预警怎么分级？" over two paragraphs of background after the text (its title after a space,
    not a bar): the box closes the text."""
    zh = _paragraphs("青屏山火山近期地壳形变明显，省地震局已将监测频次由每月一次提高到每周一次", 6)
    link = ("<div class='link-box'><div class='lb-title'>■链接 火山预警怎么分级？</div><p>按照东岭省火山灾害应急预案，火山活动"
            "预警由低到高分为蓝色、黄色、橙色、红色四个等级。</p><p>目前青屏山火山处于加密监测阶段，尚未发布任何等级的火山预警。"
            "</p></div>")
    body = _extract(article_page(zh + link, lang="zh-CN", title="火山", h1="青屏山火山监测升级"))["body"]
    assert body.endswith("提高到每周一次, 5.")
