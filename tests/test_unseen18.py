"""An eighteenth held-out round of pages imitating publishing systems (issue 9): Japanese, German-language,
French-language and Chinese sites not imitated before (a Tokyo daily, a Hokkaido daily, a tech blog; an IT news
site, a Swiss public broadcaster, an Austrian daily; a Swiss daily, a Quebec daily, an international broadcaster;
a Hong Kong long-form site, a Beijing daily, a Hong Kong daily). The held-out pages are scored blind (no test runs
on them, and no field of theirs is seen failing, before the single held-out score), BEFORE any rule of the round,
so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen18`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- tokyo: a Tokyo daily ("2026年3月11日 18時30分", the paper as the JSON-LD author organisation, a caption
  "…＝東京都世田谷区で（NAME撮影）", the writer's name in brackets "（NAME）" closing the text, tags, "関連記事",
  ranking, the section's new stories, newsletter, cookie notice);
- hokkaido (held out): a regional daily ("03/11 18:30 更新" without a year, the publisher as the JSON-LD author,
  a caption "…（NAME撮影）", two free paragraphs then a paywall box "この記事は会員限定です。", "関連記事", ranking);
- gigazine: a tech blog ("2026年03月11日 12時00分" and the category before the ``<h1>``, the outlet as the declared
  author, the text as ``p.preface`` lines between uncaptioned screenshots, the source paper's title and URL as a
  line of the text, "・関連記事" list, "・関連コンテンツ", "Posted by NAME" closing the box, a machine-translation
  note);
- golem: an IT news site (kicker "Raspberry Pi 6:" as a span of the ``<h1>``, the declared titles printing
  "KICKER: TITLE", a teaser, "NAME 11. März 2026, 14:35 Uhr", "(Bild: NAME/Golem.de)" closing the caption, page 1 of
  2 with "Nächste Seite: …" and a table of contents, "Mehr zum Thema", comments, "Meistgelesen", cookie layer);
- srf: a Swiss public broadcaster (an overline span in the ``<h1>`` that the declared titles leave out, a lead,
  "Mittwoch, 11.03.2026, 14:35 Uhr", the broadcaster as the declared author, "Legende: … Keystone/NAME" caption,
  an inline "Mehr zum Thema" box, "NAME, SRF; sda/dpa/roga" closing the text, "Mehr zum Thema", a radio note,
  "Meistgelesen");
- kurier (held out): an Austrian daily (a lead, "von NAME", "11.03.26, 14:35", "Foto: APA/NAME" in the caption,
  paragraphs wrapped in ``div.paragraph``, an inline "Mehr zum Thema" link, tags, "Mehr zum Thema", newsletter,
  comments, "Meistgelesen");
- letemps: a Swiss daily (an "Abonné" mark by the section, a lead, "NAME" then "Publié mercredi 11 mars 2026 à
  14:35" and "Modifié jeudi …", "© NAME / KEYSTONE" in the caption, a "Lire aussi:" paragraph in the text, a
  paywall box, "Sur le même sujet", newsletter, "Les plus lus");
- ledevoir: a Quebec daily (a subtitle, "Photo: NAME La Presse canadienne" ABOVE the picture, its caption under
  it, "NAME à Québec", "11 mars 2026", the paper as the declared author, an inline "À lire aussi" box, "À voir en
  vidéo", "Dans la même section", newsletter);
- rfi (held out): an international broadcaster ("Publié le : 11/03/2026 - 14:35", "Par : RFI", a chapo,
  "© NAME / RFI", "Avec notre correspondant à Dakar, NAME" as the text's first line, an inline "À lire aussi"
  box, tags, "Sur le même sujet", newsletter, "À la Une");
- initium: a long-form site on Next.js ("端傳媒記者 NAME 發自台北、宜蘭", "2026-03-11", a "深度" badge, a lead,
  "攝：NAME/端傳媒" closing the caption, three free paragraphs then a paywall box, "延伸閱讀", "熱門文章");
- bjnews: a Beijing daily ("新京报记者 NAME 编辑 NAME 校对 NAME", "来源：新京报", "2026-03-11 14:35" under a ``div``
  title, no JSON-LD, "新京报讯（记者NAME）" opening the text, a centred caption "…。新京报记者 NAME 摄", the
  editor line closing the text, a copyright notice, "相关推荐", comments, "热点新闻");
- mingpao (held out): a Hong Kong daily ("2026年3月11日 星期三" above the section, "【明報專訊】" opening the text,
  the picture and its caption "…（明報記者攝）" before the text, "相關字詞" tags, previous/next story links,
  "熱門新聞").

``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits. Decisions taken on arguable values when writing them:
Golem's kicker, which the declared titles print as "KICKER: TITLE", stays in the headline (ninth round's
convention), SRF's overline, which they leave out, does not (fourteenth round); the name in brackets closing the
Tokyo daily's text is its writer; "sda/dpa" after the writer's name are sources, "roga" (an editor's initials)
and the Beijing daily's editor and proof-reader are no attributions (as kr36's "编辑：NAME" in round 14); "来源：新京报"
is the site naming itself, no source (ninth round); the correspondent RFI names "Avec notre correspondant à Dakar,
NAME" is the writer ("Par : RFI" names the outlet); a credit "新京报记者 NAME 摄" or "（NAME撮影）" names the
photographer alone (as ltn's "（記者NAME攝）" in round 16); the standfirsts (leads, chapos, subtitle) are no body;
the free paragraphs before a paywall box close the text; GIGAZINE's source-paper line is part of its text but
neither its first nor last sentence; the section's latest stories, "Dans la même section", "À la Une", "熱門…",
previous/next links, tags ("相關字詞") and the next page of a multi-page story are no teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): tokyo, gigazine, golem, srf, letemps, ledevoir, initium, bjnews;
- held out (scored once, blind, before any rule of the round): hokkaido, kurier, rfi, mingpao.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.625 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=0.750 date=1.000 body_start=1.000 body_end=0.875
  related=1.000 attributions=0.729 images=0.875. SRF's agencies after the writer ("NAME, SRF; sda/dpa/roga") were
  first written as sources; by the fourteenth round's convention ("Quelle: dpa" and ntv's "Quelle: …, dpa/AFP"
  credit contributors, see docs/extraction-design.md) they are contributors, and the expectation follows it;
- dev, after the dev rules (see "Eighteenth held-out round" in docs/extraction-design.md): headline=1.000
  authors=0.875 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=0.875 images=1.000 (known
  failures then: gigazine's authors and attributions, a writer printed as a lower-case account handle);
- held out, after the dev rules: the same as blind (no dev rule touched a held-out field);
- held out, after the two held-out kinds fixed by rule (an outlet's unnamed reporter "（明報記者攝）" closing a caption,
  the outlet's own correspondent "Avec notre correspondant à Dakar, NAME" under the byline "Par : RFI"):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000
  images=1.000;
- dev, after a last rule (an account handle closing a blog post's footer line, "Posted by log1h_ik", fixing
  gigazine's authors and attributions): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=1.000 attributions=1.000 images=1.000; held out the same as above. Known failures left: none.

``tests/unseen_score.py unseen18`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen18"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
