"""A thirty-first held-out round of pages imitating publishing systems (issue 9): Japanese and German digital, tech
and weekly-magazine sites outside the majors, all of which declare little (eight declare no writer or only the
organisation, four only the first of several writers; three declare no JSON-LD at all). The held-out pages are
scored blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score),
BEFORE any rule of the round. The round's focus: bylines marked without byline class names, and the ways the text
opens.

Each page in ``fixtures/unseen31`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- huffjp: a web-native outlet's Japanese edition ("2026年03月11日 17時30分 JST", a dek, the organisation as the
  declared author, "NAME（ハフポスト日本版）" closing the text in a paragraph of its own after "＊", an embedded post,
  "【関連記事】" inline, "撮影：NAME" and a chart "…をもとにハフポスト日本版作成");
- postseven (held out): a weekly magazine's site ("2026.03.11 17:30", "撮影／NAME" in the caption, a "【写真】" gallery
  link, "◆関連記事：" inline, "取材・文／NAME" and "※週刊ポスト2026年3月20日号" closing the text, rankings);
- ascii: a Japanese IT news site, no JSON-LD ("文●NAME　編集●ASCII", "2026年03月11日 17時30分更新", a series line and a
  sub-title, a spec table, "（出典：COMPANY）" in a caption, "関連記事" inline and after the text, "この記事の編集者は以下の
  記事がオススメです", pages "1 2 次へ");
- nikkeibiz: a business magazine online (two writers each with "日経ビジネス記者", only the first declared, a lead box,
  "（写真：NAME）", the paywall "この記事は会員登録で続きをご覧いただけます", "この記事を書いた人" profiles, the series'
  other articles, "関連記事" cards with writers);
- maidona: a Kansai web medium, no JSON-LD ("まいどなニュース" beside the date, "（まいどなニュース・NAME）" closing the
  text, "写真はイメージです（Sakura/stock.adobe.com）", "（提供写真）", an Instagram embed, "【関連記事】", "関連ニュース"
  cards, rails with relative dates);
- sportsjp (held out): a Japanese sports paper ("[2026年3月11日17時30分]", "＜オープン戦：巨人3－2阪神＞◇11日◇東京ドーム"
  as the text's first line, "（撮影・NAME）", "【写真】" gallery links, "【関連】" inline, "【NAME】" closing the text, a
  score board, the organisation as the declared author);
- spektrum: a German science magazine ("von NAME und NAME" in a plain ``<div>``, only the first declared,
  "11.03.2026", "Lesedauer ca. 5 Minuten", an intro, a kicker in the ``<h1>`` the declared titles leave out, "Das
  Wichtigste in Kürze" box over the text, "Mehr Wissen auf »Spektrum.de«", "Lesen Sie auch:", sources with a DOI,
  author boxes, "Mehr zum Thema");
- chip: a German tech portal ("NAME, 11.03.2026 17:30 | Aktualisiert: …" in a plain ``<span>``, a teaser over the
  byline, "Bild: COMPANY", affiliate "Zum Angebot" boxes, "Auch interessant:", a "Fazit" heading, "Mehr zum Thema"
  cards with teaser bylines, comments, the organisation as the declared author);
- uebermedien: a media-criticism site on WordPress, no JSON-LD (the writer's name beside a portrait and the date,
  a drop-cap first letter in its own span, footnotes, a members' box inside the text, an author box, "Mehr von
  NAME", comments);
- correctiv (held out): a non-profit newsroom ("von NAME, NAME und NAME", only the first declared, an excerpt,
  "Foto: NAME / CORRECTIV", "Grafik: …", a "Weiterlesen" box, "Recherche: …; Redigatur: NAME; Faktencheck: NAME;
  Grafiken: NAME" closing the text, "Weiterlesen" cards with teaser bylines);
- kicker: a football magazine ("11.03.2026, 17:30", "von NAME" beside a portrait, a Dachzeile, a bold intro
  inside the text's box, a match box widget in the text, "IMAGO/Eibner", "tlü/dpa", "Mehr zum Thema", a table,
  comments with relative dates, the organisation as the declared author);
- managermag (held out): a German business magazine ("Von NAME, NAME" in linked names, only the first declared,
  "11.03.2026, 17.30 Uhr", the kicker in an ``<h2>``, a bold lead in the header, "Artikel verschenken", "Lesen Sie
  auch:" in its own text box, a "Zur Person:" box about the article's subject, "Mehr zum Thema", a rail with teaser
  bylines).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: a dek,
intro, teaser, excerpt or lead above the byline is no body, nor a "Das Wichtigste in Kürze" box; a bold intro INSIDE
the text's box below the byline (kicker) opens the body; the sports header line "＜…＞◇11日◇東京ドーム" is the
text's first line (as in round 16); "編集●ASCII" and "（提供写真）" name no person; "※週刊ポスト2026年3月20日号"
names the text's source (the weekly, as Bunshun's "source : 週刊文春"); "tlü/dpa" names dpa as a contributor (see
below); editors and fact-checkers ("Redigatur:", "Faktencheck:") are contributors; a graphics credit
("Grafiken: NAME") is a photo credit, as illustrations are; a journal reference names no source; footnotes after
the text are no part of its end; inline "【関連記事】", "関連記事", "Lesen Sie auch", "Auch interessant", "Weiterlesen"
and after-text "関連記事", "関連ニュース", "Mehr zum Thema", "Weiterlesen", a writer's "Mehr von NAME" boxes hold
teasers; editors' picks after the text ("この記事の編集者は以下の記事がオススメです"), a series' other articles, rankings,
gallery links ("【写真】…"), affiliate links and the latest stories are no teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): huffjp, ascii, nikkeibiz, maidona, spektrum, chip, uebermedien, kicker;
- held out (scored once, blind, before any rule of the round): postseven, sportsjp, correctiv, managermag.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.667 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.707 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=0.500 date=1.000 body_start=0.875 body_end=0.875
  related=0.875 attributions=0.646 images=0.750;
- dev, after the dev rules ("文●NAME", a German affiliate disclosure, "<a>NAME</a>, DATE", "（まいどなニュース・NAME）",
  "NAME（OUTLET）" in a box of its own, "（Sakura/stock.adobe.com）", "Symbolbild: … Foto: NAME", a teaser-labelled box
  in the article's footer; see "Thirty-first held-out round" in docs/extraction-design.md), with the mended
  expectation below: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=0.875 related=1.000
  attributions=0.975 images=1.000;
- held out, after the held-out kinds fixed by rule (writers linked to pages of one folder, "【NAME】", a newsroom's
  closing credits, "※週刊ポスト2026年3月20日号"): headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- all twelve with what they declare taken out (``--undeclared``), after a last rule (a bold deck beside the
  headline, which manager magazin's page opened its text with): headline=0.917 authors=1.000 date=1.000
  body_start=1.000 body_end=0.917 related=1.000 attributions=0.983 images=1.000 (Spektrum's kicker "Klimaforschung:"
  stays in the headline when no declared title leaves it out, as the ``<title>`` prints it).

One expectation was changed after the first dev run, to follow a decision already written in
docs/extraction-design.md (ninth round, "The writers' initials with the agency, closing the text": "(dg/kh mit dpa)"
names the agency whose material the writers used, a contributor): kicker's closing "tlü/dpa", the same sign-off
without brackets, was first expected as a source (as round 12's Spiegel "ani/dpa" was, a known failure there); it
names a contributor. The dev figures before any rule above were scored against my first expectation.

``tests/unseen_score.py unseen31`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen31"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # footnotes after the text ("<div class="footnotes"><ol><li>… ↩") read as its end; tried as furniture, dropped:
    # the bench's truth keeps footnotes as text (Google's SRE book, Wikipedia)
    ("uebermedien", "body_end"),
    # "meldete „Radio Hochrhein“ eine Sensation": the station the story is about read as a source ("OUTLET meldete"
    # names who reported); the text's subject, not its source; not fixed (a rule telling the two apart needs more
    # than this page)
    ("uebermedien", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
