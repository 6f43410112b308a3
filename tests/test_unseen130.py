"""A hundred-and-thirtieth held-out round of pages imitating publishing systems (issue 9): science, research and
universities' labs: a UK paper's research funding story, a US public radio site's lab discovery story, a German
regional paper's research story, a French daily's research or laboratory story, a Japanese national daily's research
story, a Japanese web medium's science feature, a mainland portal's research story, a Taiwanese site's science story;
held out: a Canadian site's university research story, a Swiss site's science story, a Japanese regional paper's
university lab story, a Singapore Chinese-language outlet's science story.

As in unseen71 to unseen129, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the study
references and explainer boxes science stories carry:

- uk_research_news: a research grant cut on a UK paper's pages (hashed classes, "NAME Science correspondent and NAME",
  "Related:" cards in the text, a newsletter box ending "after newsletter promotion", an italic correction after the
  text, "first reported by" a newsletter);
- us_lab_news: a lab's discovery on a US public radio site ("Heard on Morning Edition", an audio bar, "hide caption" /
  "toggle caption", a station's contributor closing the text, a sponsor note after it);
- de_forschung_news: a lost research grant on a German regional paper's pages (a paid mark, "Talberg." opening the text,
  a "Stichwort" box, "Mit Material von dpa" set apart);
- fr_recherche_news: a retracted paper on a French daily's pages ("Lire aussi (2025) |", a box on retractions, capital
  credits, the writers' names printed again after the text);
- ja_kenkyu_news: a retracted paper on a national daily's Next.js pages (a paid label, "【NAME、NAME】" closing the text,
  a "関連記事" box in the text, "共同通信などが先に報じていた");
- ja_kagaku_web: a telescope's first light on a WordPress medium ("文 NAME", "監修 NAME", a correction note and a key
  points box over the text, "（Credit: X）" captions, "信州中央新報が伝えたところでは");
- cn_keyan_news: a lab's discovery on a portal's pages (the paper's source link in the date line, the channel declared
  as author, "科技日报记者 NAME 通讯员 NAME" opening the text, "责任编辑：NAME");
- tw_keji_news: a telescope find on a Taiwanese paper's pages ("〔記者NAME／台北報導〕", an app's prompt in the text,
  subscribe lines after it);
- held out: ca_science_news (a ``<title>`` alone: "NAME · Outlet", "Posted: … | Last Updated: …", "(ScholarSleuth)"
  closing a caption, "With files from Reuters"), ch_forschung_news (a ``<title>`` alone: "Publiziert: …", "Foto:",
  "Illustration:" credits, "Mit Material der SDA"), ja_daigaku_chiho (a ``<title>`` alone, an old table layout:
  "（白山支局・NAME）" in a ``<div>`` after the text, a "【メモ】" table after it, "北陸テレビが伝えていた"), sg_kexue_news (a
  ``<title>`` alone: the byline's box holding the share buttons, "发布/…　更新/…", a glossary box in the text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One expectation was mended after the blind score, by
conventions already written: cn_keyan_news's "通讯员 NAME" is a contributor, no writer (as unseen101's cn_jiedao_news
and fourteen earlier pages), and the paper its date line links as the source ("ent-source") is a source (as
unseen116's cn_dianli_news and unseen125's cn_gangkou_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_research_news, us_lab_news, de_forschung_news, fr_recherche_news,
  ja_kenkyu_news, ja_kagaku_web, cn_keyan_news, tw_keji_news;
- held out (scored once, blind, before any rule of the round): ca_science_news, ch_forschung_news, ja_daigaku_chiho,
  sg_kexue_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.625 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=0.858 images=0.875 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.667 date=0.750 body_start=0.500 body_end=0.750; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (the mended expectation): headline=1.000 authors=0.875 date=1.000
  body_start=1.000 body_end=1.000 related=0.986 attributions=0.948 images=1.000;
- after the blind score, rules from ja_daigaku_chiho's, sg_kexue_news's and ca_science_news's misses: writers in
  brackets in a ``<div>`` right after the text's last paragraph, the byline's box of share buttons, a name of marked
  words in brackets closing a caption;
- dev and held out after the rules (see "Hundred-and-thirtieth held-out round" in docs/extraction-design.md): 1.000 in
  every field but the known failure below.

``tests/unseen_score.py unseen130`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen130"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: the journal whose editors informed the lab ("la rédaction de <em>Science</em> a informé NAME que l’article
    # publié … dans la prestigieuse revue américaine serait retiré") is cited with no verb of reporting or publishing
    # beside its name; not tried
    ("fr_recherche_news", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_portal_channels_logo_names_the_site() -> None:
    """A portal's channel has a logo of its own after the portal's, linking its host's home ("<a
    href='https://tech.X/'><img alt='X科技'>"): the channel declared as the author names no writer."""
    text = "".join(f"<p>　　星澜大学物理学院副教授韩沐阳团队日前在一种层状铁磁材料中，首次在室温条件下观测并精确操控了手性拓扑声子，第{n}段。</p>"
                   for n in range(5))
    html = ("<html lang='zh-CN'><head><meta charset='utf-8'><title>星澜大学团队实现室温下声子精确操控_新澜网</title>"
            "<meta property='article:author' content='新澜科技'></head><body>"
            "<div class='top'><a href='https://www.xinlan.example/'><img src='/logo.png' alt='新澜网'></a></div>"
            "<div class='logo'><a href='https://tech.xinlan.example/'><img src='/tech.png' alt='新澜科技'></a></div>"
            f"<h1>星澜大学团队实现室温下“拓扑声子”精确操控</h1><div class='article' id='artibody'>{text}</div>"
            "</body></html>")
    assert "新澜科技" not in _extract(html, "https://tech.xinlan.example/d/2025-05-14/doc-1.shtml")["authors"]


def test_outlets_and_teasers_of_research_stories() -> None:
    """"共同通信などが先に報じていた" (X among others), "地元紙のX新報が伝えたところでは" and "北陸テレビが伝えていた" ("伝え",
    conveyed) cite the outlet; "Lire aussi (2025) | TITLE" (the year of the article pointed to) is a teaser's line."""
    assert _sources("この問題は、共同通信などが先に報じていた。", "ja") == ["共同通信"]
    assert _sources("地元紙の信州中央新報が伝えたところでは、観測所のある町ではツアーの準備も進んでいる。", "ja") == ["信州中央新報"]
    assert _sources("化石の発見は昨年、北陸テレビが伝えていた。", "ja") == ["北陸テレビ"]
    text = "".join(f"<p>Le courriel tient en quatre lignes, et la rédaction a informé le directeur, partie {n}.</p>"
                   for n in range(5))
    teaser = ("<section class='catcher catcher--inline'><a href='https://news.example/2025/11/19/images-truquees'>"
              "<span class='catcher__label'>Lire aussi (2025)</span> | <span class='catcher__title'>Les images "
              "truquées, fléau silencieux de la biologie</span></a></section>")
    assert _teasers(article_page(text[:200] + teaser + text[200:], lang="fr")) \
        == ["https://news.example/2025/11/19/images-truquees"]


def test_a_signature_box_a_bylines_tools_and_a_bracketed_credit() -> None:
    """After the blind score: "<div class='writer'>（白山支局・NAME）</div>" right after the text's last paragraph signs
    it, and the memo table after it is no text; the byline's box of share buttons ("<div class='article-tools'><a
    class='share-copy'>复制链接</a>") names nobody; "… from different mice. (ScholarSleuth)" credits the name in brackets,
    not "(Left)"."""
    text = "".join(f"<p>　白山市の海岸沿いの崖で見つかった約1億3千万年前の海生爬虫類の化石が、首長竜の仲間の新種であることが分かった。"
                   f"加越大の研究室が3日、発表した。第{n}段落。</p>" for n in range(4))
    memo = ("<table class='memo_box'><tr><td><b>【メモ】首長竜</b><br>　中生代の海に生息した爬虫類のグループ。長い首を持つ。"
            "</td></tr></table>")
    html = article_page(text + "<div align='right' class='writer'>（白山支局・本田貴志）</div>" + memo, lang="ja",
                        title="首長竜の新種", h1="白山の崖の化石、首長竜の新種と判明")
    record = _extract(html)
    assert record["authors"] == ["本田貴志"]
    assert "【メモ】" not in record["body"]
    text = "".join(f"<p>滨海理工大学三篇论文涉数据造假遭撤稿，校方已成立独立小组展开调查，预计年底前公布结果，第{n}段。</p>"
                   for n in range(5))
    byline = ("<div class='article-byline'><div class='author-info'><a href='/byline/lin-huimin' class='author-name'>"
              "林慧敏</a><span class='author-role'>记者</span></div><div class='article-tools'>"
              "<a class='share-fb' href='javascript:;'>分享</a><a class='share-copy' href='javascript:;'>复制链接</a>"
              "</div></div>")
    html = article_page(text, head=byline, lang="zh-CN", title="三篇论文遭撤稿", h1="滨海理工大学三篇论文遭撤稿")
    assert _extract(html)["authors"] == ["林慧敏"]
    text = "".join(f"<p>The journal retracted the study on Tuesday after months of questions, part {n}.</p>"
                   for n in range(5))
    figures = "".join(f"<figure><img src='/p/{n}.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
                      for n, caption in enumerate(("Images flagged in 2024 appeared to show the same tissue sample. "
                                                   "(ScholarSleuth)", "The lab's director at the hearing. (Left)")))
    images = _extract(article_page(text[:100] + figures + text[100:]))["images"]
    assert [i["credit"] for i in images] == ["ScholarSleuth", None]
