"""A hundred-and-thirty-seventh held-out round of pages imitating publishing systems (issue 9): zoos, aquariums and
wildlife parks: a UK national paper's zoo birth story, an Australian broadcaster's aquarium story, a German city paper's
zoo story, a Swiss French-language site's zoo story, a Japanese national daily's zoo story, a Japanese web medium's
aquarium feature, a mainland portal's zoo story, a Taiwanese site's aquarium story; held out: a New Zealand regional
site's wildlife park story, a Belgian site's animal park story, a Japanese regional paper's zoo story, a Hong Kong
outlet's marine park story.

As in unseen71 to unseen136, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the animal
facts and visitor boxes zoo stories carry:

- uk_zoo_news: tiger cubs on a national paper's hashed-class pages (a standfirst with its own link, "Photograph:
  NAME/ZOO", a byline with photo, role and Follow link, a "Related:" box, a fact file and a newsletter box in the text,
  "first reported by the X Messenger", "More on this story");
- au_aquarium_news: a reef tank on a broadcaster's Next.js pages ("Posted Mon 4 May 2026" against a UTC time, "By A
  and B", a "Key points:" box, credits in brackets of their own, "(Supplied: X)", "As the X Tide reported", "Read
  more:" in the text, an "If you're going" box);
- de_tierpark_news: an elephant's death on a German city paper's Next.js pages (a headline in „“, declared titles worded
  otherwise, an "Aktualisierung" note, "Hellental." opening the text, a "Steckbrief" box, "Mit Material der dpa");
- ch_zoo_news: a keeper injured on a Swiss French paper's pages (an "Abo" badge, two bylines with roles, an "En bref"
  box, "Publié: 11.05.2026, 18h47", "À lire aussi" cards in the text, "Plus sur le sujet", "avec AFP");
- ja_doubutsuen_news: a keeper bitten on a national daily's Next.js pages (a "有料記事" badge, an update note, its label
  run into it and its time after it, "＝…、NAME撮影", "Xが…最初に報じた", commentators after the text);
- ja_suizokukan_web: an aquarium feature on a WordPress medium (Yoast's desk declared, "文：A　写真：B", a lead over the
  byline, an update note and a table of contents over the text, "（写真提供：X）", "施設情報" after it);
- cn_dongwuyuan_news: panda twins on a portal's pages ("（原标题：…）", an update note, a "摘要" box, "图/X提供" and "X记者
  NAME 摄" in an ``img_source`` span, "据《X》此前报道", "责任编辑：…_NF5521");
- tw_haiyangguan_news: an aquarium tank on a Taiwanese site ("記者A、B／屏東報導" against the declared organisation,
  "►延伸閱讀：" lines in the text, "（圖／X提供）", "（記者NAME／攝影）");
- held out: nz_wildlife_park (a ``<title>`` alone: a curly apostrophe and macrons in the heading, "Update 5.40pm:",
  "Photo / X", "first reported by the Ōhaupō Clarion"), be_parc_animalier (a ``<title>`` alone, old Drupal: "«»" in
  the heading, "Par NAME (Correspondante)", "© X" credits, "Comme l'a d'abord rapporté la télévision locale X"),
  ja_zoo_chiho (a ``<title>`` alone, an old table layout: full-width digits, "（同園提供）", "（NAME）" after the text,
  "■関連記事"), hk_haiyang_park (a ``<title>`` alone, hashed classes: "撰文：NAME", "出版：" and "更新：" lines over a
  "重點" box and an "【更新】" note, "（X圖片）", a call for news tips after the text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_zoo_news, au_aquarium_news, de_tierpark_news, ch_zoo_news, ja_doubutsuen_news,
  ja_suizokukan_web, cn_dongwuyuan_news, tw_haiyangguan_news;
- held out (scored once, blind, before any rule of the round): nz_wildlife_park, be_parc_animalier, ja_zoo_chiho,
  hk_haiyang_park.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=0.750 related=1.000 attributions=0.964 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.000 date=1.000 body_start=0.000 body_end=0.000; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=1.000
  related=0.958 attributions=0.913 images=0.812;
- dev and held out after the rules (see "Hundred-and-thirty-seventh held-out round" in docs/extraction-design.md):
  1.000 in every field but attributions 0.991 (the known failure below). The rules made after the blind score, from
  the held-out pages: a Chinese summary box's label ("重點") under up to four short lines, a call for news tips in
  traditional characters ("如有新聞線索"), names opening on a capital of Latin Extended-A ("Ōhaupō").

``tests/unseen_score.py unseen137`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen137"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "As the Southport Tide reported" names a paper by no word of papers' names ("Tide"), and people and bodies
    # report too ("As the Council reported"); not tried
    ("au_aquarium_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def _images(html: str) -> list[tuple[str | None, str | None]]:
    return [(image["caption"], image["credit"]) for image in _extract(html)["images"]]


def test_summaries_tips_and_names_of_the_held_out_pages() -> None:
    """Rules made after the blind score: a "重點" box under a writer's line and two of dates opens no text; "如有新聞線索，
    歡迎電郵至…" closes none; "the Ōhaupō Clarion" is a name (a capital of Latin Extended-A)."""
    text = "".join(f"<p>翠灣海洋公園周一下午發生動物傷人事故，一名女護理員在後台準備餵飼示範期間被海獅咬傷右前臂，第{n}段。</p>"
                   for n in range(5))
    head = ("<div><div>撰文：陳曉彤</div><div>出版：2026-06-02 18:45</div><div>更新：2026-06-03 09:10</div></div>"
            "<div><h2>重點</h2><ul><li>女護理員在後台被海獅咬傷右前臂</li><li>園方即時暫停所有海獅餵飼示範</li></ul></div>")
    html = article_page(head + text + "<p>如有新聞線索，歡迎電郵至 tips@gangxun.example 與我們聯絡。</p>", lang="zh-HK",
                        title="海獅咬傷護理員", h1="海洋公園海獅咬傷護理員　園方暫停餵飼示範")
    body = _extract(html)["body"]
    assert body.startswith("翠灣海洋公園周一下午") and body.endswith("第4段。")
    assert _sources("The escape was first reported by the Ōhaupō Clarion, whose reader sent in a photo.") \
        == ["the Ōhaupō Clarion"]


def test_credits_notes_and_outlets_of_zoo_stories() -> None:
    """A credit in brackets of its own after the caption ("(Supplied: X)", "(<cite>ABC Gold Coast: NAME</cite>)")
    leaves no empty brackets in it; a picture named for the colour among its words ("grey-nurse-shark.jpg") is no
    placeholder; "X记者 NAME 摄" in an ``img_source`` span credits NAME; an update note, its time after it, opens no
    text; "Xが…最初に報じた" cites X; "Plus sur le sujet" heads teasers."""
    text = "".join(f"<p>The Gold Coast aquarium has opened its long-delayed reef tank, two years late, part {n}.</p>"
                   for n in range(5))
    figures = ("<figure><img src='https://img.example/a/1/3x2/grey-nurse-shark.jpg'><figcaption><span>Six sharks were "
               "moved into the tank.</span> <span>(Supplied: Harbourside Gambling Reform Alliance)</span></figcaption>"
               "</figure><figure><img src='https://img.example/a/2/tank.jpg'><figcaption><span>Visitors got a first "
               "look.</span><span> <span>(</span><cite>ABC Gold Coast: Mia Tolhurst</cite>)</span></figcaption>"
               "</figure>")
    assert _images(article_page(text[:200] + figures + text)) == [
        ("Six sharks were moved into the tank.", "Supplied: Harbourside Gambling Reform Alliance"),
        ("Visitors got a first look.", "ABC Gold Coast: Mia Tolhurst")]
    text = "".join(f"<p>4月17日凌晨，锦城动物园大熊猫繁育馆内，12岁的雌性大熊猫先后产下两只幼崽，第{n}段。</p>" for n in range(5))
    picture = ("<p class='f_center'><img src='https://nimg.example/2026/0418/f6a7.jpg' width='600'><br><span "
               "class='img_desc'>饲养员将“老二”放入保温箱。</span><span class='img_source'>云帆新闻记者 刘沐阳 摄</span></p>")
    assert _images(article_page(picture + text, lang="zh-CN", title="大熊猫双胞胎", h1="动物园迎来大熊猫双胞胎")) \
        == [("饲养员将“老二”放入保温箱。", "刘沐阳")]
    text = "".join(f"<p>14日午前、市立動物園でトラ舎の清掃作業をしていた飼育員の男性が、トラに右腕をかまれた。第{n}段落。</p>"
                   for n in range(5))
    note = "<div><span>更新</span>飼育員の容体と、園長の記者会見の内容を追記しました（3月14日21時40分）</div>"
    html = article_page(note + text, lang="ja", title="トラにかまれ重傷", h1="飼育員がトラにかまれ重傷")
    assert _extract(html)["body"].startswith("14日午前")
    assert _sources("事故は、地元の遠州中央テレビが昼のニュースで最初に報じた。", "ja") == ["遠州中央テレビ"]
    cards = ("<section><h2>Plus sur le sujet</h2><ul><li><a href='https://news.example/zoo/tigreaux-2023'>Naissance de "
             "trois tigreaux de l’Amour aux Crêts</a></li></ul></section>")
    text = "".join(f"<p>Une soigneuse a été grièvement blessée par un tigre au zoo des Crêts, paragraphe {n}.</p>"
                   for n in range(5))
    html = article_page(text, lang="fr", title="Soigneuse blessée", h1="Une soigneuse blessée par un tigre",
                        after=cards)
    assert "https://news.example/zoo/tigreaux-2023" in [
        link["url"] for link in _extract(html)["related_links"] if link["kind"] == "related"]
