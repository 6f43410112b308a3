"""A hundred-and-fifty-fifth held-out round of pages imitating publishing systems (issue 9): architecture, design and
heritage buildings: a UK design magazine site's brutalist estate story, an Australian national paper's skyscraper story,
a German national daily's library design story, a French regional daily's church restoration story, a Japanese national
daily's heritage building story, a Japanese architecture web medium's feature, a mainland portal's architecture story, a
Taiwanese paper's heritage story; held out: an Irish national paper's heritage building story, an Austrian paper's
modernist house story, a Japanese regional paper's local old building story, a Hong Kong site's heritage building story.

As in unseen71 to unseen154, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the renderings,
galleries and heritage registers architecture stories carry (held out: ie_architecture_news, a ``<title>`` alone on Arc,
"Photograph:" and "Image:" labels, "when the Southside Echo reported in 2023 that", "Additional reporting: NAME";
at_architektur_news, a ``<title>`` alone, "(NAME, 5.3.2026)" closing the last paragraph, "Visualisierung: X";
ja_kenchiku_chiho, a ``<title>`` alone on an old table layout, "（撮影・NAME）" before a "[写真を拡大]" link in the caption
cell, "（藤代支局・NAME）"; hk_jianzhu_news, a ``<title>`` alone on hashed classes, captions repeating the pictures' alt
texts with "（NAME攝）", "（古物古蹟辦事處圖片）" and "（間尺設計提供）" after them).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_architecture_news, au_architecture_news, de_architektur_news,
  fr_patrimoine_news, ja_kenchiku_news, ja_kenchiku_web, cn_jianzhu_news, tw_jianzhu_news;
- held out (scored once, blind, before any rule of the round): ie_architecture_news, at_architektur_news,
  ja_kenchiku_chiho, hk_jianzhu_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=0.750 attributions=0.811 images=0.625 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.500 date=1.000 body_start=0.250 body_end=0.750; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before two expectations mended by written conventions: a Chinese paper's
  "通讯员" is a contributor and a portal's "来源: X" its source, cn_jianzhu_news): headline=1.000 authors=0.958
  date=1.000 body_start=1.000 body_end=0.875 related=1.000 attributions=0.899 images=0.917;
- dev and held out after the rules (see "Hundred-and-fifty-fifth held-out round" in docs/extraction-design.md): the
  known failures below aside, every field right. The rules made after the blind score, from the held-out pages: a
  caption box repeating the picture's alt text with its credit, a caption cell's "[写真を拡大]" link, "when the X
  reported".

``tests/unseen_score.py unseen155`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen155"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: a "この記事の関連ニュース" table of relative links after a reprint notice (as unseen121's ja_tabunka_chiho),
    # failing until unseen159: a table after the article's table, no <h1>, labelled by its first cell, is read
    # dev: "wie zuerst die Hessische Abendpost berichtet hatte", an unquoted name no outlet's word closes ("Abendpost" a
    # compound); fixed with unseen169 (a German paper's name closing on "-post", ``outlets.OUTLET_WORD``)
    # dev: a "コメントプラス" expert's comment after the text ("2025年11月18日 20時12分 投稿 【視点】…") read into its end;
    # fixed with unseen176 (a box its heading titles as comments, ``body._COMMENTS_TITLE``)
    # dev: "写真：NAME（特記以外）" ("except where noted") kept in the photographer's name, and "英国の建築誌「The
    # Architectural Ledger」" (a title in Latin letters in 「」 after the magazine's word) not read; not tried
    ("ja_kenchiku_web", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_alt_repeating_captions_and_enlarge_links_of_the_held_out_pages() -> None:
    """Rules made after the blind score: a caption box repeating the picture's alt text with its credit after it ("<div>
    <span>CAPTION</span><span>（NAME攝）</span></div>" beside the picture's box, no figure) captions and credits it; a
    Japanese caption cell's "[写真を拡大]" link is no part of the credit; "when the Southside Echo reported in 2023 that …"
    cites the paper."""
    text = "".join(f"<p>古物諮詢委員會昨日確認，位於桂林街的戰前唐樓獲評為一級歷史建築，業主須保留其騎樓及臨街立面，第{n}段。</p>"
                   for n in range(5))
    picture = ("<div class='css-1x9d3tf'><div class='css-o5kj2s'><span><img alt='位於桂林街與北河街交界的戰前唐樓，建於1932年。' "
               "src='https://news.example/img/18b2f.jpeg'></span></div><div class='css-1u2l9xc'><span>位於桂林街與北河街交界的"
               "戰前唐樓，建於1932年。</span><span>（梁凱晴攝）</span></div></div>")
    record = _extract(article_page(text[:120] + picture + text, lang="zh-HK", title="唐樓", h1="戰前唐樓獲評一級歷史建築"))
    assert ["photo", "梁凱晴"] in _pairs(record)
    text = "".join(f"<p>大正時代に建てられた旧藤代小学校の木造校舎が、国の登録有形文化財に登録されることになった。町は改修を進める。第{n}段落。</p>"
                   for n in range(5))
    picture = ("<table class='photo' align='right'><tr><td><img src='https://news.example/img/school.jpg' width='300' "
               "height='200'></td></tr><tr><td class='caption'><font size='-1'>旧藤代小学校の校舎＝北浦町藤代（撮影・佐々木亮介）"
               "</font><br><font size='-1'><a href='/photo.php?id=1&amp;no=1'>[写真を拡大]</a></font></td></tr></table>")
    record = _extract(article_page(picture + text, lang="ja", title="旧藤代小", h1="旧藤代小校舎が登録有形文化財に"))
    assert ["photo", "佐々木亮介"] in _pairs(record)
    assert _sources("The house had first come to wider attention when the Southside Echo reported in 2023 that its "
                    "upper floors had been stripped.") == ["the Southside Echo"]


def test_renderings_and_archives_of_architecture_stories() -> None:
    """"效果图/X" credits the rendering's maker; "（X文庫所蔵）" credits the archive holding the picture, as printed."""
    text = "".join(f"<p>江城第三棉纺织厂旧厂房改造的棉仓图书馆昨日开馆，保留了原织布车间的锯齿形屋顶，第{n}段。</p>" for n in range(5))
    figure = ("<figure><img src='https://news.example/img/r.jpg' alt=''><figcaption>图书馆二期滨水广场效果图。效果图/栖原建筑设计"
              "事务所</figcaption></figure>")
    record = _extract(article_page(text[:100] + figure + text, lang="zh-CN", title="图书馆", h1="棉仓图书馆开馆"))
    assert ["photo", "栖原建筑设计事务所"] in _pairs(record)
    text = "".join(f"<p>大阪・北浜の旧浪速商工銀行本店の解体が検討されている。明治期の銀行建築の保存を求める声が上がる。第{n}段落。</p>"
                   for n in range(5))
    figure = ("<figure><img src='https://news.example/img/bank.jpg' alt=''><figcaption>竣工当時の旧浪速商工銀行本店。正面に4本の円柱"
              "が並ぶ（大阪府立中之島文庫所蔵）</figcaption></figure>")
    record = _extract(article_page(text[:100] + figure + text, lang="ja", title="銀行建築", h1="明治の銀行建築、解体検討"))
    assert ["photo", "大阪府立中之島文庫所蔵"] in _pairs(record)
