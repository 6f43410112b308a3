"""A twenty-second held-out round of pages imitating publishing systems (issue 9): German, French, Japanese and
Chinese outlets not imitated before (an Austrian daily, a Swiss daily, a public broadcaster's news site, a regional
daily; a Catholic daily, a Belgian daily, a Canadian daily, a Riviera regional daily; a TV network's news site, a
business weekly's site; an English-language state daily, a Taiwanese news portal). The held-out pages are scored
blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE any
rule of the round, so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen22`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- derstandard: an Austrian daily (a kicker ``<h2>`` over the ``<h1>``, a subtitle, the writer alone in
  ``div.article-origins``, "11. März 2026, 17:30", "Foto: APA/NAME" under the caption, a "Weiterlesen:" list in the
  text, the "(NAME, APA, 11.3.2026)" signature closing it, the forum's postings, "Mehr aus Wien", "Meistgelesen");
- tagesanzeiger: a Swiss daily on Next.js (a catchword outside the ``<h1>``, a lead, "Publiziert: 11.03.2026,
  17:30", "Foto: NAME (Keystone)", an inline "Mehr zum Thema" box, "SDA/AFP" in italics closing the text, an author
  box, "Fehler gefunden? Jetzt melden.", comments, the section's latest stories);
- zdf (held out): a public broadcaster's news site (a kicker outside the ``<h1>``, "Datum: 11.03.2026 17:30 Uhr",
  a lead, "Quelle: dpa" under the pictures, an inline "Mehr zu …" teaser cluster, "Quelle: dpa, Reuters, AFP"
  closing the text, no writer, the broadcaster as the declared author);
- rp: a regional daily ("Von NAME", "11. März 2026 um 17:30 Uhr", an intro "Düsseldorf · …", "Foto:
  dpa/NAME", a paywall teaser inside the text, "Mehr zum Thema" after it, the outlet as ``meta author``);
- lacroix: a Catholic daily ("Article réservé aux abonnés", a chapo, "NAME (envoyée spéciale …)", "le 11/03/2026 à
  17h30", "NAME/Hans Lucas", two "Lire aussi :" paragraphs in the text, the outlet as a declared Person, "Sur le
  même sujet", "Les plus lus");
- lesoir: a Belgian daily (a chapo, "Par NAME et NAME", "Publié le 11/03/2026 à 17:30", "© Belga", "Sur le même
  sujet", "Le fil info", comments for subscribers);
- lapresse: a Canadian daily (a suptitle inside the ``<h1>`` the declared titles print as "SUPTITLE | TITLE",
  "NAME La Presse" in two spans, "Publié à 17 h 30", "PHOTO NAME, LA PRESSE", "(Québec)" opening the text, "Avec
  l'Agence France-Presse" closing it, "À lire aussi");
- nicematin (held out): a Riviera regional daily ("Article réservé aux abonnés", a chapo, "Par NAME", "Publié le
  11/03/2026 à 17:30, mis à jour le …", "… Photo NAME" closing the caption, an inline "Lire aussi", a paywall box,
  "Dans la rubrique Transports");
- ann: a TV network's news site (the video's still, "[2026/03/11 17:30]", no byline, the network as the declared
  author, the text as one paragraph of ``<br><br>`` lines closed by "(「報道ステーション」2026年3月11日放送分より)",
  "関連ニュース", ranking, the section's latest);
- diamond (held out): a business weekly's site ("NAME：ジャーナリスト", "2026.3.11 5:30" while the meta time is
  the day before in UTC, a lead, "写真はイメージです　Photo:PIXTA", a "次のページ" pager, an author profile, "関連記事");
- chinadaily (held out): an English-language state daily ("By NAME in Shanghai | chinadaily.com.cn | Updated:
  2026-03-11 17:30", no JSON-LD, "[Photo/Xinhua]" and "[Photo by NAME/For China Daily]" closing captions,
  "(Editor:NAME)", "Related Stories", "Most Popular");
- ettoday: a Taiwanese news portal ("記者NAME／台北報導" as the text's first paragraph, "2026年03月11日 17:30",
  "▲…（圖／記者NAME攝）" captions, "►" teaser paragraphs in the text, "延伸閱讀", the portal as a declared
  Person, "►歡迎加入…" after the text).

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: overlines,
catchwords and kickers outside the ``<h1>`` are no part of the headline (fourteenth round); La Presse's suptitle
inside the ``<h1>``, printed by the declared titles as "SUPTITLE | TITLE", stays (ninth round: a kicker in the
``<h1>`` that the declared titles also print stays in the headline); "(NAME, APA, 11.3.2026)" names the writer and
APA as a contributor; "SDA/AFP" closing the text and "Quelle: dpa, Reuters, AFP" name the agencies as contributors
(as ntv's "Quelle: …, dpa/AFP", fourteenth round); "Avec l'Agence France-Presse" names the agency as contributor;
"Quelle: dpa" under a picture is its credit; "(envoyée spéciale …)" and "：ジャーナリスト" are no part of the name;
the byline printed alone as the text's first paragraph ("記者NAME／台北報導") is no part of the body (as udn's);
"（圖／記者NAME攝）" names the photographer; the editor ("(Editor:NAME)") is no attribution; the outlet as the
declared author ("テレビ朝日", "ZDF") names nobody; the broadcast note "(「報道ステーション」…放送分より)" is no part
of the last sentence; standfirsts, chapos and leads are no body; the section's latest stories, "Dans la rubrique",
"Le fil info", rankings and "Most Popular" are no teasers; "Weiterlesen:", "Lire aussi :", "►" paragraphs and
"延伸閱讀" are teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): derstandard, tagesanzeiger, rp, lacroix, lesoir, lapresse, ann, ettoday;
- held out (scored once, blind, before any rule of the round): zdf, nicematin, diamond, chinadaily.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.500 date=1.000
  body_start=0.500 body_end=1.000 related=1.000 attributions=0.725 images=0.875;
- dev, before any rule of the round: headline=1.000 authors=0.875 date=1.000 body_start=0.625 body_end=1.000
  related=0.938 attributions=0.900 images=0.938;
- dev, after the dev rules (see "Twenty-second held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- held out, after the dev rules (unchanged): headline=1.000 authors=0.500 date=1.000 body_start=0.500
  body_end=1.000 related=1.000 attributions=0.725 images=0.875;
- held out, after the held-out kinds fixed by rule (a lead-named deck with the lead picture after it, "By NAME in
  PLACE", a Chinese name in capitals, "[Photo/Xinhua]", the declared name without the byline's space):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000
  images=1.000. Diamond's expected opening (38 characters, one paragraph) was lengthened with the next paragraph's
  opening after the held-out score, a plain mistake of mine (the scorer compares 40 characters); its blind failure
  stands (the lead was taken). Known failures left: none.

``tests/unseen_score.py unseen22`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen22"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
