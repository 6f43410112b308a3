"""A sixteenth held-out round of pages imitating publishing systems (issue 9): Japanese, German, French and
Chinese sites not imitated before (a wire service's portal, a business magazine, a sports daily; a tabloid, a
business daily, a regional public broadcaster; a news channel, a news weekly, an investigative subscription site;
a Taiwanese daily, a Chinese business media site, an international broadcaster in Chinese). The held-out pages are
scored blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score),
BEFORE any rule of the round, so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen16`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- kyodo: a wire service's news portal (no byline, "2026年03月11日 18時30分 (共同通信)", the agency as the JSON-LD
  author organisation, a caption "…＝11日午後、北海道釧路市（共同）", "関連記事", ranking, latest stories);
- president: a business magazine's web site (the writer's name and job under the title, the magazine as the
  declared author, a subtitle span inside the ``<h1>``, "※写真はイメージです" and "写真＝iStock.com／NAME" as caption and
  credit, subheadings, "1 2 3 次ページ" with the next page's heading, the writer's profile after the text,
  "関連記事", newsletter, ranking);
- nikkansports (held out): a sports daily ("[2026年3月11日18時30分]", the paper as the JSON-LD author
  organisation, "＜オープン戦：巨人3－2阪神＞◇11日◇東京ドーム" lead line, a caption closing on "（撮影・NAME）",
  "関連ニュース", the section's latest news, ranking);
- bild: a tabloid (kicker and title as two spans of an ``<h2>``, the declared titles printing "KICKER: TITLE",
  "Von NAME und NAME", "11.03.2026 - 14:35 Uhr", "Foto: NAME" inside the caption, a bold intro paragraph, an
  inline teaser with kicker, "Mehr aus München" with a BILDplus mark, "Meistgelesen", cookie layer);
- handelsblatt (held out): a business daily (an overline outside the ``<h1>`` that the declared title prints,
  a "Premium" mark, a lead, the writer's name alone, "11.03.2026 - 14:35 Uhr", "Foto: dpa", a paywall stub inside
  the text, "Mehr: …" closing teaser line, "Top-Themen", newsletter);
- br24: a regional public broadcaster on Next.js (kicker "Nach Hochwasser:" inside the ``<h1>``, a teaser
  paragraph, "Von NAME", the newsroom as the declared author, "Bildrechte: BR/NAME" in the caption, "Auch
  interessant" box in the text, "Über dieses Thema berichtet: …" closing box, "Mehr aus Bayern", newsletter);
- bfmtv: a news channel ("NAME avec AFP", "Le 11/03/2026 à 14:35", "Modifié le …", a chapo, "© NAME - AFP",
  "À lire aussi" inline box, "Article original publié sur BFMTV.com" closing the text, most read, sponsored);
- lobs: a news weekly ("Par NAME", "Publié le 11 mars 2026 à 14h35", an "Abonné" mark, a chapo, a credit
  "NAME / AFP", a "Lire aussi" paragraph in the text, a subscriber paywall after it, "Sur le même sujet");
- mediapart (held out): an investigative subscription site (two names without "Par", "11 mars 2026 à 14h35",
  an intro, "© Photo NAME / Hans Lucas via AFP" closing the caption, a paywall box "Cet article est réservé aux
  abonnés" inside the text, a "Boîte noire" note closing it, "À lire aussi", comments);
- ltn: a Taiwanese daily ("〔記者NAME／台北報導〕" opening the text, "2026/03/11 14:35", the paper as the declared
  author, a caption "…。（記者NAME攝）" in the text box, an inline related link, an app promotion line, "相關新聞",
  "今日熱門");
- jiemian (held out): a Chinese business media site ("界面新闻记者 | NAME" and "来源：界面新闻" under the title,
  "记者 | NAME" and "编辑 | NAME" as the text's first paragraphs, "图片来源：视觉中国" under the picture, the
  outlet as the declared author, a reprint notice, "相关文章", comments, "热门新闻");
- bbczh: an international broadcaster in Chinese (a byline list "作者, NAME", "職務, BBC中文記者", "報道自 …" with
  hidden labels, "2026年3月11日", "圖像來源，Getty Images" before "圖像加註文字，…", the outlet as the declared author,
  the text in one ``<div>`` per paragraph, an inline "相關報道" box, "相關主題", "相關報道", "熱讀").

``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits. Decisions taken on arguable values when writing them:
the agency printed after the date on its own portal (kyodo) is a source, as an agency's dateline on its own site is,
and (withdrawn after the blind score, see below) "来源：界面新闻" on the outlet's own site too; Bild's and BR24's kickers, which the declared titles print as
"KICKER: TITLE", stay in the headline (ninth round's convention), Handelsblatt's overline outside the ``<h1>`` does
not; President's subtitle span inside the ``<h1>``, which the declared titles leave out, is no part of the headline;
Bild's bold intro inside the text box is its first paragraph, BFMTV's and L'Obs's chapos and BR24's teaser paragraph
are standfirsts; "avec AFP" names a contributor; the editor ("编辑 | NAME") is no attribution (no role for it, as
kr36's "编辑：NAME" in round 14); Mediapart's "Boîte noire" note closes the text; "Mehr aus München", "Mehr aus
Bayern", "今日熱門", "熱讀" and the latest-news lists are no teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): kyodo, president, bild, br24, bfmtv, lobs, ltn, bbczh;
- held out (scored once, blind, before any rule of the round): nikkansports, handelsblatt, mediapart, jiemian.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=0.500 body_end=1.000 related=0.750 attributions=0.950 images=1.000. Three expected openings (kyodo,
  president, jiemian) were shorter than the 40 characters compared, a plain mistake of the expectations: they go on
  as the text prints it (round 14's convention for qiita), which no failure of the extractor decided; held out with
  them: body_start=0.750, the other fields the same;
- dev, before any rule of the round (with the mended openings): headline=0.875 authors=0.925 date=1.000
  body_start=1.000 body_end=1.000 related=0.958 attributions=0.786 images=0.750 (before the openings were mended:
  body_start=0.750);
- dev, after the dev rules (see "Sixteenth held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=0.958 attributions=0.938 images=1.000 (known
  failures then: kyodo's attributions, lobs's related);
- dev, after a rule added after the held-out fixes below (a sidebar's box headed by a teaser label of its own, fixing lobs's
  "Sur le même sujet" beside "Les plus lus"): related=1.000, the other fields as above (known failure left: kyodo's
  attributions);
- dev, after the round's last rule (an agency in brackets after the time under the headline, fixing kyodo's
  attributions): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000
  attributions=1.000 images=1.000. Known failures left: none;
- held out, after the dev rules: headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=1.000
  related=0.750 attributions=0.950 images=1.000 (no dev rule touched a held-out failure). One held-out expectation
  was then corrected by the conventions: jiemian's "来源：界面新闻" under the headline is the site naming itself, no
  source (ninth round: "the site naming itself there (Ouest-France, 澎湃新闻) is none", ``attributions._header_source``),
  so the writing-time decision above is withdrawn for it: attributions=1.000;
- held out, after the two held-out kinds fixed by rule (a sports game's line "＜…＞◇day◇venue" opening the text,
  a closing "Mehr: STORY" line with category pages no stories): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000; the same after the two later dev
  rules above.

``tests/unseen_score.py unseen16`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen16"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
