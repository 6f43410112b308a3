"""A hundred-and-sixth held-out round of pages imitating publishing systems (issue 9): animals, pets and wildlife: a
US metro site's zoo story, a UK national site's wildlife story, a German regional daily's animal park story, a French
daily's animals page, a Japanese regional paper's bear sighting story, a Japanese pet web magazine's advice piece, a
mainland portal's giant panda story, a Taiwanese site's stray animals story; held out: an Irish news site's animal
rescue story, an Austrian news site's animal story, a Japanese national paper's zoo story, a Hong Kong site's wildlife
story.

As in unseen71 to unseen105, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by a convention already written, after the
blind and dev scores: a portal's "来源：X" under the headline is a source (cn_panda_news's "来源: 锦城晚报", as unseen24,
unseen51, unseen75 and unseen82 have it).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_zoo_news, uk_wildlife_news, de_tierpark_regional, fr_animaux_quotidien,
  ja_kuma_chiho, ja_pet_web, cn_panda_news, tw_liulang_news;
- held out (scored once, blind, before any rule of the round): ie_rescue_news, at_tier_news, ja_zoo_zenkokushi,
  hk_yesheng_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=0.500 related=1.000 attributions=0.972 images=1.000 (trafilatura
  2.3.1 on the same pages: headline=0.000 authors=0.917 date=1.000 body_start=0.500 body_end=0.250; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=0.750
  related=1.000 attributions=0.911 images=0.938;
- dev and held out after the rules (a short round; see "Hundred-and-sixth held-out round" in
  docs/extraction-design.md): 1.000 in every field, declared and undeclared.

``tests/unseen_score.py unseen106`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

SET = "unseen106"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)

def test_outlets_and_credits_of_animal_stories() -> None:
    """"first reported Monday morning by WRVN-TV" (a weekday bare, with its part); "she told Lakeland FM" ("FM", a
    radio's word of outlets' names); "comme le rapportait récemment Le Parisien"; a linked contact channel with its
    number after "via" cites nobody ("Send your story ideas to us … via <a>WhatsApp on 0800 313 4630</a>"); "Article
    relu par le Dr NAME, vétérinaire." credits the reviewer; "地図作成：NAME" closing a map's caption credits NAME."""
    assert _sources("The birth was first reported Monday morning by WRVN-TV, which aired footage of the calf.") \
        == ["WRVN-TV"]
    assert _sources("“We were already full before Sunday,” she told Lakeland FM.") == ["Lakeland FM"]
    assert _sources("Un passant peut alerter la police, comme le rapportait récemment Le Parisien après une "
                    "intervention.", "fr") == ["Le Parisien"]
    contact = ("<p><i>Follow us on <a href='https://social.example/x'>Facebook</a>. Send your story ideas to us on "
               "<a href='mailto:desk@news.example'>email</a> or via <a href='https://chat.example/443134630'>"
               "WhatsApp on 0800 313 4630</a>.</i></p>")
    assert [a["name"] for a in _extract(_page(_TEXT + contact))["attributions"] if a["role"] == "source"] == []
    fr = "".join(f"<p>Par fortes chaleurs, un chien peut souffrir d'un coup de chaleur en quelques minutes. Partie {n}."
                 f"</p>" for n in range(1, 6))
    record = _extract(_page(fr + "<p><em>Article relu par le Dr Claire Vasseur, vétérinaire.</em></p>", lang="fr"))
    assert ("contributor", "Claire Vasseur") in {(a["role"], a["name"]) for a in record["attributions"]}
    ja = "".join(f"<p>山里町の住宅街で２日連続してクマが目撃された。第{n}段落。</p>" for n in range(1, 6))
    figure = ("<figure><img src='/map.png' alt=''><figcaption><span>山里町上野周辺のクマの目撃地点</span><span>地図作成：坂口美穂"
              "</span></figcaption></figure>")
    title = "住宅街で２日連続クマ"
    images = _extract(_page(ja[:60] + figure + ja, lang="ja", title=title, h1=title))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("山里町上野周辺のクマの目撃地点", "坂口美穂")]


def test_boxes_around_animal_stories() -> None:
    """A box after the text that a label in lenticular brackets opens ("【認養資訊】" over the shelter's addresses,
    "【链接】大熊猫小档案", a reader's tip-off "【讀者報料】…") closes it; such a box set in the text, its paragraphs
    resuming after it, closes nothing; "184 Postings – Diskutieren Sie mit." under the text closes it; a video's
    "视频：…" title line under its player opens none."""
    info = ("<div class='post_knowledge'><p><strong>【链接】大熊猫小档案</strong></p><p>大熊猫是中国特有物种，属于国家一级保护野生"
            "动物，主要栖息在海拔1500米至3000米的竹林中。成年大熊猫每天要花10个小时以上进食竹子。</p></div>")
    title = "大熊猫双胞胎幼崽满月"
    cn = "".join(f"<p>岷峰大熊猫繁育研究基地发布消息，一对大熊猫双胞胎幼崽迎来满月。第{n}段。</p>" for n in range(1, 6))
    assert _extract(_page(cn + info, lang="zh-CN", title=title, h1=title))["body"].endswith("第5段。")
    tips = ("<div class='blank-box'><p>【ポイント】</p><p>具体的な数字を入れると伝わりやすくなります。</p></div>")
    ja = "".join(f"<p>ガクチカは経験の大きさより伝え方が大切です。第{n}段落。</p>" for n in range(1, 6))
    title = "ガクチカの伝え方"
    body = _extract(_page(ja[:90] + tips + ja, lang="ja", title=title, h1=title))["body"]
    assert body.endswith("第5段落。") and "具体的な数字" in body
    de = "".join(f"<p>Ein junger Braunbär ist nachts durch Kalsbach spaziert, eine Wildkamera hat ihn gefilmt. "
                 f"Teil {n}.</p>" for n in range(1, 6))
    forum = ("<section class='story-community'><h2>Forum</h2><p>184 Postings – Diskutieren Sie mit. Bitte beachten Sie "
             "die Community-Richtlinien.</p></section>")
    assert _extract(_page(de + forum, lang="de"))["body"].endswith("Teil 5.")
    video = ("<div class='video-inner'><div class='video-player'><video controls src='/v.mp4'></video></div>"
             "<p class='video-title'>视频：双胞胎大熊猫幼崽满月“体检”</p></div>")
    assert _extract(_page(video + cn, lang="zh-CN", title=title, h1=title))["body"].startswith("岷峰大熊猫")
