"""A hundred-and-forty-second held-out round of pages imitating publishing systems (issue 9): elections abroad and
foreign politics: a UK national paper's foreign run-off story, a US wire-fed metro paper's coalition collapse story, a
German public broadcaster's site's foreign election story, a French national daily's referendum story, a Japanese
national daily's foreign election story, a Japanese business web medium's foreign politics analysis, a mainland portal's
foreign election story, a Taiwanese site's foreign election story; held out: a Singapore English-language site's snap
election story, a Belgian site's foreign vote story, a Japanese regional paper's story on a sister city's election
abroad, a Hong Kong outlet's foreign election story.

As in unseen71 to unseen141, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the results
tables, "how the vote works" boxes and correspondents' datelines election stories carry:

- uk_election_news: a run-off on a UK national paper's hashed-class pages ("NAME in Quito", a results table's
  "Source:", "As the newspaper X reported", "More on this story");
- us_election_news: a coalition collapse on a US metro paper's AP copy ("By A and B The Associated Press", "THE HAGUE,
  Netherlands (AP) —", "Associated Press writer NAME … contributed to this report." as the last paragraph);
- de_wahl_news: a run-off on a German public broadcaster's site (a topline in the ``<h1>``, "Von NAME, ARD-Studio
  Wien", "Stand:", "Bild: picture alliance/dpa | NAME" under a picture its URL names "1x1-256.jpg", "die Bukarester
  Zeitung „X“ berichtete");
- fr_election_news: a referendum on a French national daily's pages ("Par A (Santiago, correspondante) et B", credits in
  capitals, "Lire le décryptage |", "Selon le quotidien *X*", "a rapporté la radio X");
- ja_senkyo_news: a run-off on a national daily's pages ("サンティアゴ＝A、サンパウロ＝B", "＝ロイター", "＝AFP時事", a results
  table, expert comments after the text);
- ja_senkyo_web: a coalition collapse on a business medium ("NAME : 在オランダ・ジャーナリスト", "（写真：ロイター/アフロ）",
  "あわせて読みたい" over cards marked "PR：X");
- cn_xuanju_news: a run-off on a portal ("【环球网报道 记者 NAME】据路透社当地时间6月8日报道，…" opening the text, "本文来源：X"
  after it);
- tw_xuanju_news: an election on a Taiwanese site ("聯合報／ 編譯NAME／即時報導", the same declared as the author, "法新社
  指出", a bare "美聯社" closing a caption);
- held out: sg_election_news (a ``<title>`` alone, Drupal: an AI summary box, "PHOTO: REUTERS", "According to the
  Bangkok daily X"), be_election_news (a ``<title>`` alone, custom elements: "Correspondant à La Haye", "Avec AFP",
  "© NAME/AFP"), ja_senkyo_chiho (a ``<title>`` alone, an old table layout: "（西部支局・NAME）" after the text, a
  "【メモ】" box, "地元紙Xによると"), hk_xuanju_news (a ``<title>`` alone, hashed classes: "撰文：NAME", an update note in
  brackets, "（法新社）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev score,
by conventions already written: cn_xuanju_news's "本文来源：环球网" names the story's source (a portal's source line), and
tw_xuanju_news's print paper before the compiler ("聯合報／ 編譯NAME") is the story's source (as unseen140's
tw_daxue_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_election_news, us_election_news, de_wahl_news, fr_election_news,
  ja_senkyo_news, ja_senkyo_web, cn_xuanju_news, tw_xuanju_news;
- held out (scored once, blind, before any rule of the round): sg_election_news, be_election_news, ja_senkyo_chiho,
  hk_xuanju_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: 1.000 in every field (trafilatura 2.3.1 on the same
  pages: headline=1.000 authors=0.250 date=0.500 body_start=0.000 body_end=0.500; newsarchive with the declarations
  taken out: the same figures);
- dev, before any rule of the round (before the mended expectations): headline=1.000 authors=0.750 date=1.000
  body_start=1.000 body_end=1.000 related=0.944 attributions=0.890 images=0.938;
- dev and held out after the rules (see "Hundred-and-forty-second held-out round" in docs/extraction-design.md):
  1.000 in every field.

``tests/unseen_score.py unseen142`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen142"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_bylines_citations_pictures_and_teasers_of_election_stories() -> None:
    """"聯合報／ 編譯NAME／即時報導" names the compiler the writer and the paper the source; "【环球网报道 记者 NAME】" opening
    the text names the writer; "据路透社当地时间6月8日报道", "法新社指出" and "die Bukarester Zeitung „X“ berichtete" cite
    outlets ("GJRA指出" none); a picture whose URL holds a crop's ratio ("/1x1-256.jpg") is no pixel; "Lire le
    décryptage |" heads a teaser; cards marked "PR：X" under "あわせて読みたい" are ads, no teasers."""
    text = "".join(f"<p>捷克眾議院選舉4日結果出爐，右翼民粹政黨「行動黨」得票率居冠，執政聯盟失去多數，第{n}段。</p>"
                   for n in range(5))
    record = _extract(article_page(text, head="<div class='byline'>聯合報／ 編譯陳思妤／即時報導</div>", lang="zh-TW",
                                   title="捷克大選", h1="捷克大選 民粹政黨居冠"))
    assert record["authors"] == ["陳思妤"] and ["source", "聯合報"] in _pairs(record)
    text = "".join(f"<p>秘鲁全国选举程序办公室已统计超过六成选票，两名候选人的得票率差距不足1个百分点，第{n}段。</p>"
                   for n in range(4))
    lead = "<p>【环球网报道 记者 林晓舟】据路透社当地时间6月8日报道，秘鲁总统选举第二轮投票于7日结束，计票结果胶着。</p>"
    record = _extract(article_page(lead + text, lang="zh-CN", title="秘鲁大选", h1="秘鲁大选第二轮计票胶着"))
    assert record["authors"] == ["林晓舟"] and ["source", "路透社"] in _pairs(record)
    assert _sources("本屆選舉投票率達68.4%，為1998年以來最高。法新社指出，高物價是選民最關心的議題。", "zh") == ["法新社"]
    assert _sources("GJRA指出，全球有超過一半的國家和地區被歸類為新聞自由「困難」。", "zh") == []
    assert _sources("Wie die Bukarester Zeitung „Jurnalul de Seară“ berichtete, hatte die Wahlbehörde Konten gesperrt.",
                    "de") == ["Jurnalul de Seară"]
    text = "".join(f"<p>Teodor Manescu hat die Stichwahl um das Präsidentenamt in Rumänien knapp gewonnen, "
                   f"Teil {n}.</p>" for n in range(5))
    picture = ("<div class='absatzbild'><div class='absatzbild__media'><img src='https://images.example/image/3f2a/"
               "wahllokal/1x1-256.jpg' alt='Wähler'></div><div class='absatzbild__info'><p "
               "class='absatzbild__info__text'>Lange Schlangen vor dem Generalkonsulat in München.</p><p "
               "class='absatzbild__info__copyright'><span>Bild:</span> picture alliance/dpa | Lukas Wendeler</p></div>"
               "</div>")
    assert [image["credit"] for image in _extract(article_page(text[:150] + picture + text, lang="de"))["images"]] \
        == ["picture alliance/dpa | Lukas Wendeler"]
    text = "".join(f"<p>Les Chiliens ont rejeté dimanche la réforme des retraites soumise à référendum, partie {n}.</p>"
                   for n in range(5))
    catcher = ("<section class='catcher'><span>Lire le décryptage</span> | <a href='https://news.example/2026/04/10/"
               "referendum-au-chili_6611703.html'>Référendum au Chili : ce que prévoit la réforme des retraites</a>"
               "</section>")
    html = article_page(text[:160] + catcher + text, lang="fr")
    assert [link["url"] for link in _extract(html)["related_links"] if link["kind"] == "related"] \
        == ["https://news.example/2026/04/10/referendum-au-chili_6611703.html"]
    text = "".join(f"<p>オランダの連立政権が崩壊し、首相が辞意を表明した。総選挙は秋に前倒しされる見通しだ。第{n}段落。</p>"
                   for n in range(5))
    ads = ("<div class='recommend-area'><h3>あわせて読みたい</h3><div class='recommend-widget'><ul><li class='pr'><a "
           "href='https://ad.example/c/9981'><span>50代からの資産運用、まず見直すべき3つのこと</span><span>PR：さくら証券</span>"
           "</a></li><li class='pr'><a href='https://ad.example/c/9984'><span>中小企業のDX、成功企業に共通する最初の一歩</span>"
           "<span>PR：クラウドワークス</span></a></li></ul></div></div>")
    html = article_page(text, lang="ja", title="オランダ連立崩壊", h1="オランダ連立政権が崩壊", after=ads)
    assert [link for link in _extract(html)["related_links"] if link["kind"] == "related"] == []
