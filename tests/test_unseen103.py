"""A hundred-and-third held-out round of pages imitating publishing systems (issue 9): religion, faith and
communities: a US religion news service's story, a UK church weekly's news page, a German regional daily's church
story, a French national daily's religion page, a Japanese regional paper's shrine festival story, a Japanese web
magazine's article on temples, a mainland city paper's temple fair story, a Taiwanese site's Mazu pilgrimage story;
held out: an Indian English daily's festival story, a Swiss church news portal's article, a Japanese national paper's
story on temples closing, a Hong Kong paper's church or Buddhist festival story.

As in unseen71 to unseen102, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by conventions already written, after the
blind and dev scores: "、NAME撮影" closing a caption credits NAME (ja_tera_news, as unseen3's jp_paper and unseen37's
jp_photostory); a "通讯员" is a contributor (cn_miaohui_news, as unseen101's cn_jiedao_news and thirteen earlier
pages). Mended in unseen104: the group's paper named under the headline is a source on its news site too
(cn_miaohui_news's "来源：金城晚报" on 金城网, as unseen75's and unseen82's have it).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_religion_news, uk_church_paper, de_kirche_regional, fr_religion_quotidien,
  ja_matsuri_chiho, ja_shukyo_web, cn_miaohui_news, tw_zongjiao_news;
- held out (scored once, blind, before any rule of the round): in_festival_news, ch_glaube_portal, ja_tera_news,
  hk_jiaohui_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=0.750 related=1.000 attributions=0.859 images=0.875 (trafilatura
  2.3.1 on the same pages: headline=0.000 authors=0.250 date=1.000 body_start=1.000 body_end=0.750; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=0.958 date=1.000 body_start=0.875 body_end=1.000
  related=0.911 attributions=0.896 images=1.000;
- dev and held out after the rules (a short round; see "Hundred-and-third held-out round" in
  docs/extraction-design.md): 1.000 in every field but the known failures below.

``tests/unseen_score.py unseen103`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page as _page  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402

SET = "unseen103"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a "More news" box of the site's latest stories, each story a box named "teaser"; not tried
    ("uk_church_paper", "related"),
    # dev: "編集：NAME" closing the text (unseen50's jp_interview and unseen78's jp_gohantsushin credit a Japanese
    # editor's line nobody; the sets disagree); not tried
    ("ja_shukyo_web", "attributions"),
    # dev: "《中国文物报》曾对…进行过专题报道" (the verb far after the name); not tried
    ("cn_miaohui_news", "attributions"),
    # (dev: a "► HEADLINE" link line between paragraphs, failing until unseen148: a line that is one headline link
    # opening on an arrow is a teaser)
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_outlets_and_credits_of_faith_pages() -> None:
    """"as first reported by Awadh Samachar" (the word for news in a transliterated paper's name), "selon un document
    consulté par La Croix", "NHKの取材に対し" (a broadcaster's acronym someone spoke to), "據香港電台報道" opening a
    paragraph after a space (the name without "據"); "監修：NAME（JOB）" in a byline's span credits the reviewer."""
    assert _sources("A consignment of banned firecrackers was seized, as first reported by Awadh Samachar, a daily.") \
        == ["Awadh Samachar"]
    assert _sources("Selon un document de travail consulté par La Croix, l’enveloppe pourrait atteindre 12 millions.",
                    "fr") == ["La Croix"]
    assert _sources("宗派の担当者はNHKの取材に対し「地域に仏教の灯を残したい」と述べた。", "ja") == ["NHK"]
    assert _sources(" 據香港電台報道，東涌纜車站中午一度出現逾一小時的輪候時間。", "zh-TW") == ["香港電台"]
    ja = "".join(f"<p>過疎地で寺の閉鎖が相次いでいる。住職のいない寺も増えた。第{n}段落。</p>" for n in range(1, 6))
    credit = ("<div class='c-postCredit'><span>文：<a href='/author/yoshikawa/'>吉川さやか</a></span><span>監修：中原　道隆"
              "（浄慶寺住職）</span></div>")
    record = _extract(_page(ja, head=credit, lang="ja", h1="寺じまいの今"))
    assert ("contributor", "中原 道隆") in {(a["role"], a["name"]) for a in record["attributions"]}


def test_where_faith_stories_open_and_close() -> None:
    """"【导读】…" in a box under the byline opens no text; "（訂正）…訂正します。" and "<p>この記事を書いた人</p>" over the
    writers' bios close it."""
    zh = "".join(f"<p>修缮一新的城隍庙重新开门，庙会也随之回归。第{n}段。</p>" for n in range(1, 6))
    digest = ("<div class='daodu'><b>【导读】</b>正月初一，修缮一新的城隍庙重新开门，停办十余年的庙会“回来了”。舞龙舞狮、"
              "社火皮影，让不少市民直呼“年味回来了”。</div>")
    assert _extract(_page(zh, head=digest, lang="zh-CN", h1="城隍庙庙会回来了"))["body"].startswith("修缮一新")
    ja = "".join(f"<p>正覚寺の本堂は今春にも取り壊される予定だ。第{n}段落。</p>" for n in range(1, 6))
    after = ("<div><p>（訂正）23日7時配信の記事で、回答率を「85％」としていましたが、「82％」の誤りでした。訂正します。</p></div>"
             "<div><p>この記事を書いた人</p><div><a href='/reporter/matsuda/'><span>松田恭平</span></a><p>山陰の過疎や地域の"
             "暮らしを取材。寺社や祭りに関心があります。</p></div></div>")
    assert _extract(_page(ja + after, lang="ja", h1="寺の閉鎖相次ぐ"))["body"].endswith("第5段落。")
