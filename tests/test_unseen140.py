"""A hundred-and-fortieth held-out round of pages imitating publishing systems (issue 9): universities and student life:
a UK national paper's tuition story, an Australian news site's student housing story, a German regional paper's
university cuts story, a French regional daily's student housing story, a Japanese national daily's university story, a
Japanese education web medium's student life feature, a mainland portal's university story, a Taiwanese site's tuition
story; held out: a South African news site's campus protest story, a Quebec site's tuition story, a Japanese regional
paper's local university story, a Malaysian Chinese-language paper's university story.

As in unseen71 to unseen139, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the fee and
facts boxes and the student papers university stories carry:

- uk_uni_news: tuition fees on a national paper's hashed-class pages (a series label, a standfirst with a link, the
  picture before "NAME Education correspondent and NAME", "Read more" boxes, "Additional reporting by NAME" as the
  text's last paragraph);
- au_uni_news: student housing on a Next.js news site ("Exclusive" over a heading in curly quotes, "Updated … first
  published at 5.00am" against a UTC time, "<cite>Credit: NAME</cite>", a student paper cited, a help box);
- de_uni_news: job cuts at a university on a German regional paper's pages ("Aktualisiert am 15. Mai, 8.10 Uhr: …"
  opening the text's box, "Rhenfeld." in bold, "wie die Studierendenzeitung „X“ zuerst berichtet hatte", "Mit
  Material von dpa");
- fr_etudiants_news: student housing on a French regional daily's Drupal pages (the paper declared as writer, "Par
  NAME, avec AFP", "Comme l’a révélé la semaine dernière <em>Le Courrier de la fac</em>", a practical box);
- ja_daigaku_news: tuition rises on a national daily's Next.js pages (an AI summary box, "、NAME撮影" before a
  "写真・図版一覧" link in the caption, a student paper and a broadcaster cited, comments and writer cards after the text);
- ja_campus_web: student housing on a SWELL-theme medium ("取材・文：NAME（教育ライター）／撮影：NAME", a "この記事でわかること"
  box, a chart "…を基に編集部作成", an as-of note after the text);
- cn_daxue_news: an exam cheating scandal on a portal's account pages ("原标题" note and "X晚报记者 NAME 通讯员 NAME" opening
  the text, "图片来源：X官网", "据…学生刊物《X》…报道", "（来源：X）" after the text, a "推荐阅读" feed named so);
- tw_daxue_news: tuition rises on a Taiwanese site ("聯晨報／記者NAME／台北即時報導", "【延伸閱讀】" links in the text, a
  student paper cited, "記者NAME／攝影");
- held out: za_uni_news (a ``<title>`` alone: a synopsis over two bylines with roles, "UPDATE |" and a list of key
  points opening the text's box, "READ |" lines, "Do you have a story to share?"), qc_universite_news (a ``<title>``
  alone, styled-components classes: "Avec la collaboration de NAME à Sherbrooke" in the byline's box, "Avec la
  Presse universitaire de l’Est" closing the text, a readers' question and "Écrivez-nous" after it),
  ja_daigaku_chiho (a ``<title>`` alone, an old table layout: "…増している。【NAME】" closing the last paragraph, a
  "◆" facts table after it), my_daxue_news (a ``<title>`` alone, WordPress: "报道：NAME", "（布城8日讯）", "（摄影：NAME）",
  "根据马新社报道").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Two dev expectations were mended after the dev score,
by conventions already written: cn_daxue_news's "通讯员 NAME" is a contributor, no writer (the convention every round
since unseen90 follows; unseen89's cn_kejibao, which its writer followed, is the inconsistent one), and its "（来源：X）"
after the text names the story's source (as a portal's "本文来源：X"); tw_daxue_news's print paper named before the
reporter ("聯晨報／記者NAME") is the story's source (as unseen138's tw_yinyuejie_news).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_uni_news, au_uni_news, de_uni_news, fr_etudiants_news, ja_daigaku_news,
  ja_campus_web, cn_daxue_news, tw_daxue_news;
- held out (scored once, blind, before any rule of the round): za_uni_news, qc_universite_news, ja_daigaku_chiho,
  my_daxue_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000 body_start=0.750
  body_end=0.500 related=1.000 attributions=0.914 images=1.000 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.167 date=0.750 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before the mended expectations): headline=1.000 authors=0.958 date=1.000
  body_start=0.875 body_end=1.000 related=0.929 attributions=0.901 images=0.958;
- dev and held out after the rules (see "Hundred-and-fortieth held-out round" in docs/extraction-design.md): 1.000
  in every field. The rules made after the blind score, from the held-out pages: a deck named "synopsis", "UPDATE |"
  with a bar, a list of key points opening the text's box, a readers' question before "Écrivez-nous", "Avec la X"
  and "Avec la collaboration de NAME à PLACE" crediting contributors, a last paragraph signed "。【NAME】" closing
  the text.

``tests/unseen_score.py unseen140`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen140"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_decks_points_calls_credits_and_signatures_of_the_held_out_pages() -> None:
    """Rules made after the blind score: a deck named "synopsis", "UPDATE | …" and a list named for key points opening
    the text's box open no text; "Vous êtes étudiant …? Écrivez-nous à …" closes none; "Avec la collaboration de NAME à
    PLACE" and "Avec la Presse universitaire de l’Est" credit contributors; "…増している。【NAME】" signs the text and
    closes it before a facts table."""
    text = "".join(f"<p>Police fired rubber bullets at students outside Rand Central University on Wednesday after a "
                   f"day-long shutdown of the campus over a registration block, part {n}.</p>" for n in range(5))
    head = ("<div class='article__synopsis'><p>Hundreds of students at Rand Central University blockaded all entrances "
            "to the campus on Wednesday.</p></div>")
    body = ("<p><strong>UPDATE | </strong><em>This article was updated on Thursday morning with comment from the "
            "council.</em></p><ul class='article__bullets'><li>Students blocked all five entrances to the campus."
            "</li><li>Police fired rubber bullets; three students were taken to hospital.</li></ul>")
    assert _extract(article_page(body + text, head=head))["body"].startswith("Police fired rubber bullets")
    text = "".join(f"<p>Le gouvernement double les droits de scolarité des étudiants venus d’ailleurs, partie {n}.</p>"
                   for n in range(5))
    head = ("<div class='byline'>Par Catherine Bouchard-Roy</div><div>Avec la collaboration de Félix Ouellet à "
            "Sherbrooke</div>")
    after = ("<div><p><strong>Vous êtes étudiant et cette hausse vous touche?</strong> Écrivez-nous à "
             "<a href='mailto:education@lefleuve.example'>education@lefleuve.example</a>.</p></div>")
    record = _extract(article_page(text + "<p><em>Avec la Presse universitaire de l’Est</em></p>", head=head,
                                   lang="fr", after=after))
    assert "Écrivez-nous" not in record["body"]
    assert {("contributor", "Félix Ouellet"), ("contributor", "Presse universitaire de l’Est")} \
        <= {tuple(pair) for pair in _pairs(record)}
    text = "".join(f"<p>佳越学院大学は、人文学部の学生募集を2026年度から停止すると発表した。地方の私大を取り巻く環境は厳しい。第{n}段落。</p>"
                   for n in range(4))
    memo = ("<br clear='all'><table class='memo'><tr><td><b>◆佳越学院大学</b><br>1968年、佳越女子短期大学として開学し、82年に"
            "4年制大学となった。人文、経営、看護の3学部。</td></tr></table>")
    record = _extract(article_page(text + "<p>県内では昨年、別の私立短大も学生募集の停止を決めている。【三浦莉子】</p>" + memo,
                                   lang="ja", title="学生募集停止", h1="佳越学院大、人文学部の募集停止へ"))
    assert record["authors"] == ["三浦莉子"] and record["body"].endswith("【三浦莉子】")


def test_notes_citations_links_and_feeds_of_university_stories() -> None:
    """"Aktualisiert am 15. Mai, 8.10 Uhr: …" opens no text; "Comme l’a révélé la semaine dernière <em>Le Courrier de
    la fac</em>" cites the whole title; "据…学生刊物《X》今年2月报道" cites X; a "写真・図版一覧" link in a caption credits
    nobody; a box named a feed under "推荐阅读" holds no teasers."""
    text = "".join(f"<p>Die Universität Rhenfeld streicht bis 2030 rund 180 Stellen, um ein Defizit zu schließen, "
                   f"Teil {n}.</p>" for n in range(5))
    note = "<p><em>Aktualisiert am 15. Mai, 8.10 Uhr: Wir haben die Stellungnahme des Ministeriums ergänzt.</em></p>"
    assert _extract(article_page(note + text, lang="de"))["body"].startswith("Die Universität Rhenfeld")
    assert _sources("Comme l’a révélé la semaine dernière <em>Le Courrier de la fac</em>, le journal des étudiants, "
                    "une dizaine d’entre eux louent un emplacement.", "fr") == ["Le Courrier de la fac"]
    assert _sources("据澜江理工大学学生刊物《澜理青年》今年2月报道，有学生在校内二手交易群发现匿名账号。", "zh") == ["澜理青年"]
    text = "".join(f"<p>国立大学の授業料の値上げを決めたり検討したりしている大学が25校にのぼることが分かった。第{n}段落。</p>"
                   for n in range(5))
    figure = ("<figure><img src='https://image.example/01.jpg' width='800' height='533'><figcaption><span>会見で説明する"
              "学長＝2025年5月20日午後、札幌市北区、石黒健太撮影</span><a href='https://news.example/photo/AS1.html'>写真・図版"
              "一覧</a></figcaption></figure>")
    images = _extract(article_page(figure + text, lang="ja", title="授業料", h1="国立大25校が授業料値上げ"))["images"]
    assert [image["credit"] for image in images] == ["石黒健太"]
    text = "".join(f"<p>澜江理工大学4月1日晚通报，3名学生因组织考试作弊被开除学籍，第{n}段。</p>" for n in range(5))
    feed = ("<div class='more-article' id='god-feed'><div class='title'>推荐阅读</div><div class='news-box'><h4><a "
            "href='https://news.example/a/782410000_12095'>大学生兼职“代课”被约谈，高校出台课堂考勤新规</a></h4></div><div "
            "class='news-box'><h4><a href='https://news.example/a/782417331_12195'>多地高校启用人脸识别考场</a></h4></div></div>")
    html = article_page(text, lang="zh-CN", title="代考事件", h1="高校代考事件：3名学生被开除学籍", after=feed)
    assert [link for link in _extract(html)["related_links"] if link["kind"] == "related"] == []
