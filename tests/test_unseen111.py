"""A hundred-and-eleventh held-out round of pages imitating publishing systems (issue 9): parenting, family and
childhood: a US parenting site's article, a UK national paper's family page, a German family magazine's story, a
French parents' magazine's article, a Japanese parenting web magazine's article, a Japanese regional paper's nursery
story, a mainland portal's parenting story, a Taiwanese parenting site's article; held out: an Irish paper's childcare
story, a Swiss family page, a Japanese paediatric health web article, a Singapore Chinese paper's family story.

As in unseen71 to unseen110, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by a convention already written, after the
blind and dev scores: a reviewer is credited by name, without title or degree ("Priya Ramanathan, MD" ->
"Priya Ramanathan" on us_parenting_news, "Dr. med. Henrike Vossberg" -> "Henrike Vossberg" on de_familie_news, as
unseen106's fr_animaux_quotidien credits "le Dr Claire Vasseur, vétérinaire").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_parenting_news, uk_family_news, de_familie_news, fr_parents_mag,
  ja_kosodate_web, ja_hoiku_chiho, cn_yuer_news, tw_qinzi_news;
- held out (scored once, blind, before any rule of the round): ie_childcare_news, ch_familie_news, ja_shoni_web,
  sg_qinzi_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=1.000 date=1.000 body_start=0.750 body_end=0.750 related=0.688 attributions=0.927 images=1.000 (trafilatura
  2.3.1 on the same pages: headline=1.000 authors=0.500 date=0.750 body_start=0.500 body_end=0.750; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round: headline=0.875 authors=0.875 date=1.000 body_start=0.875 body_end=0.750
  related=1.000 attributions=0.837 images=0.750;
- dev and held out after the rules (see "Hundred-and-eleventh held-out round" in docs/extraction-design.md): 1.000 in
  every field but the known failures below.

``tests/unseen_score.py unseen111`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen111"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: a hospital's column whose text's box sits among a dozen boxes of one block (references, notes, a survey,
    # the pager, related columns): the box of departments after them, each a link and a sentence, read as the text's
    # end and two of its links as teasers; not tried
    ("ja_shoni_web", "body_end"),
    ("ja_shoni_web", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


_LAST = "tax rate where it was last year."


def _credits(html: str) -> list[tuple[str, str]]:
    return [(a["role"], a["name"]) for a in _extract(html)["attributions"] if a["role"] in ("contributor", "author")]


def test_where_family_stories_open_and_close() -> None:
    """"（原标题：…）" over a portal's text opens none; a reviewer's profile box ("colDetail__supervisor") over the text
    neither; numbered references ("[1] …") under "参考文献：" and a French disclaimer in the plural ("… ne remplacent en
    aucun cas l'avis d'un médecin") close it."""
    cn = "".join(f"<p>一项最新发表的大型研究显示，睡前使用屏幕的孩子入睡时间明显推迟。第{n}段。</p>" for n in range(1, 6))
    note = "<p class='otitle'>（原标题：屏幕与睡眠：一项覆盖万名幼儿的研究给家长提了个醒）</p>"
    assert _extract(_page(note + cn, lang="zh-CN"))["body"].startswith("一项最新发表的大型研究")
    refs = ("<p><strong>参考文献：</strong></p><p>[1] Screen use before bedtime and sleep outcomes in children aged 2–5 "
            "years: a multinational cohort study. Lancet Child Adolesc Health, 2026.</p><p>[2] 世界卫生组织. 5岁以下儿童身"
            "体活动、久坐行为和睡眠指南. 2019.</p>")
    assert _extract(_page(cn + refs, lang="zh-CN"))["body"].endswith("第5段。")
    ja = "".join(f"<p>RSウイルス感染症は、2歳までにほぼすべての子どもがかかる呼吸器の感染症です。第{n}段落。</p>" for n in range(1, 6))
    profile = ("<div class='colDetail__supervisor'><div><p class='colDetail__supervisorName'>監修：小児科部長　石倉 達也</p>"
               "<p class='colDetail__supervisorProf'>日本小児科学会 小児科専門医・指導医。大学病院小児科、県立病院小児科医長を経て"
               "、2018年より当院小児科部長。地域の保育施設向けの感染症対策研修にも携わっている。</p></div></div>")
    html = (f"<html lang='ja'><head><title>RSウイルス</title></head><body><article><h1>赤ちゃんのRSウイルス感染症</h1>"
            f"{profile}<div class='colDetail__body'>{ja}</div></article></body></html>")
    record = _extract(html)
    assert record["body"].startswith("RSウイルス感染症は")
    assert ("contributor", "石倉 達也") in [(a["role"], a["name"]) for a in record["attributions"]]
    fr = "".join(f"<p>Votre enfant se réveille la nuit en pleurant, et c'est normal à cet âge. Partie {n}.</p>"
                 for n in range(1, 6))
    warning = ("<p><em>Avertissement : les informations de cet article sont données à titre indicatif et ne remplacent "
               "en aucun cas l'avis d'un médecin.</em></p>")
    assert _extract(_page(fr + warning, lang="fr"))["body"].endswith("Partie 5.")


def test_writers_and_reviewers_of_family_stories() -> None:
    """A reviewer's label in an element of its own, the name's link after it ("<span>Medically reviewed by</span>
    <a>NAME, MD</a>", "<span>Fachlich geprüft von</span> <a>Dr. med. NAME</a>, <span>Kinder- und Jugendärztin</span>")
    credits the name alone (a writer's label so, "Geschrieben von", is the byline's, no contributor's); "監修：小児科医
    NAME", "审稿专家：NAME　北京某儿童医院…副主任医师" credit the name. (A portal's "文｜记者　NAME" in the text naming its
    writer beside the portal's channel declared as author is cn_yuer_news's authors field.)"""
    head = ("<div class='mntl-bylines'><span class='mntl-attribution__item-descriptor'>Medically reviewed by</span> "
            "<a class='mntl-attribution__item-name' href='/priya-ramanathan-md'>Priya Ramanathan, MD</a></div>")
    assert ("contributor", "Priya Ramanathan") in _credits(_page(_TEXT, head=head))
    head = ("<div class='m-author-meta'><span class='m-author-meta__label'>Fachlich geprüft von</span> <a "
            "href='/fachbeirat/henrike-vossberg/'>Dr. med. Henrike Vossberg</a>, <span>Kinder- und Jugendärztin</span>"
            "</div>")
    de = "".join(f"<p>Kinder mit Bildschirm im Schlafzimmer schlafen deutlich kürzer. Teil {n}.</p>" for n in range(5))
    assert [n for r, n in _credits(_page(de, head=head, lang="de")) if r == "contributor"] == ["Henrike Vossberg"]
    written = ("<div class='contributor-name'><span class='credit-label'>Geschrieben von</span><a href='/author/gv/'>"
               "Global Voices Latin America</a></div>")
    assert not [n for r, n in _credits(_page(de, head=written, lang="de")) if r == "contributor"]
    ja = "".join(f"<p>2歳のスクリーンタイムは1日1時間以内が目安とされています。第{n}段落。</p>" for n in range(1, 6))
    box = "<aside class='supervisor-box'><p>監修：小児科医　<a href='/supervisor/takamine'>高峰 遼子</a></p></aside>"
    assert ("contributor", "高峰 遼子") in _credits(_page(ja, head=box, lang="ja"))
    cn = "".join(f"<p>一项最新发表的大型研究显示，睡前使用屏幕的孩子入睡时间明显推迟。第{n}段。</p>" for n in range(1, 6))
    lines = ("<p class='expert-review'><strong>审稿专家：</strong>沈晓岚　北京某儿童医院儿童保健科副主任医师</p>"
             "<p>文｜记者　林嘉禾</p>")
    html = (f"<html lang='zh-CN'><head><title>屏幕与睡眠</title><meta name='author' content='网澜育儿'></head><body>"
            f"<article><h1>睡前刷屏半小时，孩子入睡晚了近20分钟</h1><div class='post_body'>{lines}{cn}</div></article>"
            "</body></html>")
    assert ("contributor", "沈晓岚") in [(a["role"], a["name"]) for a in _extract(html)["attributions"]]


def test_headlines_outlets_credits_and_teasers_of_family_stories() -> None:
    """An ``<h2>`` opening the article over the byline, with no ``<h1>``, is the headline beside an SEO title of other
    words (not one that is a part of the declared title, nor a section's heading under the text's first paragraphs);
    "told BBC Radio 4's Today programme", "wie die «X» vor zwei Wochen berichtete", "美國《X》在報導…時" cite outlets; a
    credit in an element named so right after the caption's box, a credit alone in an element named as the picture's
    owner ("figure-article-caption-owner"); a lead picture linking to the article's photo page ("/photo/ID/1") is the
    article's; "[ <a>TITLE</a> ]" between paragraphs is a teaser; a gallery's strip of thumbnails linking to the
    article's own slides ("?slide=2", unseen109's us_auto_review) holds none of the article's pictures."""
    html = ("<html><head><title>Children with screens in bedroom lose almost an HOUR of sleep, study finds</title>"
            "<meta property='og:title' content='Children with screens in bedroom lose almost an HOUR of sleep, study "
            "finds'><meta name='description' content='Researchers tracked 9,000 schoolchildren.'></head><body><div "
            "id='content'><div id='js-article-text'><h2>Children with screens in their bedroom lose almost an hour of "
            "sleep a night, major study finds</h2><div class='author-section'>By <a rel='author' href='/a'>Harriet "
            f"Pemberton-Cole</a></div><div itemprop='articleBody'>{_TEXT}</div></div></div></body></html>")
    assert _extract(html)["headline"] == ("Children with screens in their bedroom lose almost an hour of sleep a night,"
                                          " major study finds")
    assert _sources("Professor Ashcroft-Lyle told BBC Radio 4's Today programme that many parents struggled.") \
        == ["BBC Radio 4"]
    assert _sources("Wie die «NZZ am Sonntag» vor zwei Wochen berichtete, klagen Kita-Betreiber über Personalmangel.",
                    "de") == ["NZZ am Sonntag"]
    assert _sources("美國《紐約時報》在報導這項研究時也提到，許多家長最擔心的其實不是疼痛本身。", "zh-TW") == ["紐約時報"]
    figure = ("<div class='artSplitter'><div class='mol-img'><img src='/tablet.jpg' alt='' width='634'><span "
              "class='imageCaption'>Children who took a phone to bed fell asleep later (stock image)</span></div><p "
              "class='imageCaption mol-style-italic credit'>Getty Images/iStockphoto</p></div>")
    images = _extract(_page(_TEXT[:200] + figure + _TEXT))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("Children who took a phone to bed fell asleep later "
                                                              "(stock image)", "Getty Images/iStockphoto")]
    owner = ("<figure><img src='/bed.jpg' alt='' width='1500'><figcaption class='figure-article-caption'><span "
             "class='figure-article-caption-owner'>Maskot / Getty Images</span></figcaption></figure>")
    images = _extract(_page(_TEXT[:200] + owner + _TEXT))["images"]
    assert [i["credit"] for i in images] == ["Maskot / Getty Images"]
    ja = "".join(f"<p>北上台市の「隠れ待機児童」が312人に上ることが分かった。第{n}段落。</p>" for n in range(1, 6))
    lead = ("<figure><a class='js-photo-modal' href='/photo/582714/1'><img src='/images/582714/01.jpg' alt='' "
            "width='960'></a><figcaption>定員に空きがない状態が続く認可保育園＝2月下旬、北上台市中央町</figcaption></figure>")
    record = _extract(_page(ja, head=lead, lang="ja"), "https://www.michinoku.example/articles/-/582714")
    assert [i["caption"] for i in record["images"]] == ["定員に空きがない状態が続く認可保育園＝2月下旬、北上台市中央町"]
    line = ("<p class='c-paragraph'><b>[</b> <a href='/your-money/2026/02/17/the-real-cost-of-childcare-in-ireland/'>"
            "The real cost of childcare in Ireland: four families open their books</a> <b>]</b></p>")
    assert _teasers(_page(_TEXT[:200] + line + _TEXT)) == [
        "https://news.example/your-money/2026/02/17/the-real-cost-of-childcare-in-ireland/"]
    strip = ("<div data-embed='gallery'><figure><img src='/hero.jpg' alt='' width='980'><figcaption>The new hybrid."
             "</figcaption></figure><ul>" + "".join(
                 f"<li><a href='https://news.example/2026/03/12/story?slide={n}'><img "
                 f"src='/thumb-{n}.jpg?resize=160:*' alt=''></a></li>" for n in range(1, 6)) + "</ul></div>")
    images = _extract(_page(_TEXT, head=strip))["images"]
    assert [i["url"].rsplit("/", 1)[-1] for i in images] == ["hero.jpg"]
