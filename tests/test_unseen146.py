"""A hundred-and-forty-sixth held-out round of pages imitating publishing systems (issue 9): courts, prisons and justice
reform: a UK regional paper's sentencing story, a New Zealand news site's appeal ruling story, a German national
weekly's online prison report story, a French national daily's court hearing story, a Japanese national daily's court
ruling story, a Japanese magazine's web feature on prison reform, a mainland legal daily's court story, a Taiwanese
paper's ruling story; held out: a US public radio station's site's wrongful conviction story, a Luxembourg French-
language site's appeal story, a Japanese regional paper's local trial story, a Hong Kong online outlet's court story.

As in unseen71 to unseen145, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the court
reporters' bylines, quoted judgments and legal notes court stories carry:

- uk_court_news: a sentencing on a UK regional paper's pages ("Court Reporter" under the name, a sign-up box in the
  text's box before its first paragraph, "(Image: Westshire Police)", "Family handout", a helpline note after the text);
- nz_court_news: an appeal ruling on a New Zealand site (an italic correction note opening the text's section, "Photo /
  NAME", a "Key points" box, an italic bio closing the section, a "Reporting restrictions:" note after it);
- de_gericht_news: a prison report on a German weekly's pages (the kicker inside the ``<h1>``, "Eine Recherche von A und
  B", "Das Wichtigste in Kürze", "*Mitarbeit: NAME*", "© NAME für X", "Wie das Magazin „X“ zuerst berichtet hatte");
- fr_justice_news: a court hearing on a French national daily (the byline at the top of the text's box, "Lire aussi |"
  boxes, "CROQUIS D’AUDIENCE : NAME", the writer's signature after the text);
- ja_saiban_news: an appeal overturning an arson conviction on a national daily's Next.js pages (a "この記事のポイント"
  box, "＝法廷画・NAME", "地元紙のX新聞によると", a "訂正" box and comments after the text);
- ja_keimusho_web: a prison reform feature on a magazine's site ("NAME／ジャーナリスト", "写真：NAME" beside the byline, a
  "目次" box, "※本記事は『週刊ミライ』…再構成したものです。" closing the text's box);
- cn_fayuan_news: a fraud trial on a mainland legal daily's TRS pages (a "核心阅读" box, "□ 本报记者　NAME" and "□ 本报通讯员
  NAME" opening the text's box, "江临市中级人民法院供图", "【责任编辑：NAME】" and a rights notice after it);
- tw_fayuan_news: a drink-driving ruling on a Taiwanese daily ("聯興報 / 記者NAME／台南即時報導" its link to the reporter's
  page printing the paper's name, an italic "（更新：…）" note, "記者NAME／攝影", "◎喝酒不開車，開車不喝酒◎");
- held out: us_court_news (a ``<title>`` alone: "Published November 19 / Updated November 20", an audio player, a
  content note opening the text, "Courtesy of X", "KRVL's NAME contributed to this report."), lu_justice_news (a
  ``<title>`` alone, an old WordPress theme: "Publié le 04/03/2026 à 17:35 · Mis à jour …", an "En bref" box, "(Photo :
  NAME)", an italic note on the victim's name withheld after the text), ja_saiban_chiho (a ``<title>`` alone, an old
  table layout: the headline in an ``<h2 class="midashi">``, "（NAME）" closing the text, a print note), hk_fayuan_news
  (a ``<title>`` alone, hashed classes: "撰文：NAME　攝影：NAME　責任編輯：NAME", "發佈日期：2026/03/20", "（資料圖片）",
  "（懲教署圖片）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_court_news, nz_court_news, de_gericht_news, fr_justice_news, ja_saiban_news,
  ja_keimusho_web, cn_fayuan_news, tw_fayuan_news;
- held out (scored once, blind, before any rule of the round): us_court_news, lu_justice_news, ja_saiban_chiho,
  hk_fayuan_news.

Until the held-out score was taken, no rule of the round was written. One test run did reach the held-out pages
before the score: the extraction tests were run (for the previous round's rules) while the writers were still writing
this round's pages, and the summary of that run named four failing ``test_page_field`` cases of this module, two of
them held-out fields (us_court_news's body start, lu_justice_news's body end); the code did not change between that
run and the score, so the score is the same, but the two fields were known to fail before it was taken. Scores
(``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=0.750 related=1.000 attributions=1.000 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.250 date=0.750 body_start=0.000 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before two expectations mended by written conventions: a kicker the declared
  titles print too stays in the headline, de_gericht_news's "Justizvollzug: …"; a Taiwanese paper named before the
  reporter's title is the story's source, tw_fayuan_news's "聯興報"): headline=0.875 authors=1.000 date=1.000
  body_start=0.875 body_end=0.750 related=1.000 attributions=0.941 images=0.875;
- dev and held out after the rules (see "Hundred-and-forty-sixth held-out round" in docs/extraction-design.md): 1.000
  in every field. The rules made after the blind score, from the held-out pages: an unlabelled content note over the
  text, a note on a name withheld closing it.

``tests/unseen_score.py unseen146`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen146"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_content_and_names_notes_of_the_held_out_pages() -> None:
    """Rules made after the blind score: a short unlabelled content note over the text ("This story contains
    descriptions of violence.") opens no text; a note on a name withheld closing it ("Conformément à la volonté de la
    famille, le nom de la victime n’est pas publié.") closes none."""
    text = "".join(f"<p>A Corwin County judge on Wednesday vacated the murder conviction of a Bellhaven man, part {n}."
                   "</p>" for n in range(5))
    record = _extract(article_page("<p><em>This story contains descriptions of violence.</em></p>" + text))
    assert record["body"].startswith("A Corwin County judge")
    text = "".join(f"<p>La Cour d’appel a réduit de deux ans la peine du conducteur ivre, partie {n}.</p>"
                   for n in range(5))
    note = ("<p class='note'><em>Conformément à la volonté de la famille, le nom de la victime n’est pas publié.</em>"
            "</p>")
    record = _extract(article_page(text + note, lang="fr", title="Cour d’appel", h1="La Cour d’appel réduit la peine"))
    assert record["body"].endswith("partie 4.")


def test_court_notes_sketches_and_correspondents_lines() -> None:
    """A court story's "Reporting restrictions: …" note closes no text; "Croquis d’audience : NAME" and "＝法廷画・NAME"
    credit the court sketch's artist by name; a Chinese paper's correspondents' line under its reporters' ("□ 本报通讯员
    NAME") opens no text, nor its rights notice "…，未经本网授权不得转载…" closes it."""
    text = "".join(f"<p>The Court of Appeal has quashed the conviction of a Porirua man and ordered a retrial, part "
                   f"{n}.</p>" for n in range(5))
    after = ("<div role='note'><strong>Reporting restrictions:</strong> The court has made orders suppressing the "
             "names of two witnesses. Comments on this article have been disabled for legal reasons.</div>")
    assert _extract(article_page(text, after=after))["body"].endswith("part 4.")
    figure = ("<figure><img src='https://news.example/img/sketch.jpg' alt=''><figcaption>Fabrice Lanternier à la barre "
              "du tribunal correctionnel de Lyon. <span class='credit'>CROQUIS D’AUDIENCE : NOÉMIE VALLOTTON</span>"
              "</figcaption></figure>")
    text = "".join(f"<p>Le tribunal correctionnel de Lyon juge depuis lundi l’évadé de Villefranche, partie {n}.</p>"
                   for n in range(5))
    record = _extract(article_page(text[:200] + figure + text, lang="fr", title="Procès", h1="Le procès de l’évadé"))
    assert ["photo", "NOÉMIE VALLOTTON"] in _pairs(record)
    figure = ("<figure><img src='https://news.example/img/court.jpg' alt=''><figcaption>判決の言い渡しを聞く西岡隆司さん（中央）"
              "＝法廷画・横井麻衣</figcaption></figure>")
    text = "".join(f"<p>放火事件で有罪とされた男性の控訴審で、東京高裁は一審判決を破棄し、無罪を言い渡した。第{n}段落。</p>"
                   for n in range(5))
    record = _extract(article_page(text + figure, lang="ja", title="控訴審", h1="東京高裁が逆転無罪"))
    assert ["photo", "横井麻衣"] in _pairs(record)
    text = "".join(f"<p>3月17日，江临市中级人民法院对一起特大跨境电信网络诈骗案进行一审公开宣判，主犯被判处无期徒刑，第{n}段。</p>"
                   for n in range(5))
    lines = "<p>□ 本报记者　韩逸舟</p><p>□ 本报通讯员　贺芷宁</p>"
    notice = "<p>凡本网注明“来源：法治时报”的所有作品，版权均属于法治时报社，未经本网授权不得转载、摘编或利用其它方式使用上述作品。</p>"
    record = _extract(article_page(lines + text + notice, lang="zh-CN", title="诈骗案宣判", h1="特大跨境电信网络诈骗案一审宣判"))
    assert record["body"].startswith("3月17日") and record["body"].endswith("第4段。")
