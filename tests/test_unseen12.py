"""A twelfth held-out round of pages imitating publishing systems (issue 9): news sites not imitated
before, in English (a US local TV station, Canadian, South African, Singaporean, Irish), French, Japanese,
Dutch, Polish, German, Chinese and Indonesian. The held-out pages are scored blind (no test runs on them,
and no field of theirs is seen failing, before the single held-out score), BEFORE any rule of the round,
so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen12`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- nexstar: a US local TV station on Nexstar's WordPress theme (``article-head``, "by: NAME", "Posted: … /
  Updated: …", a featured picture "(Photo courtesy of NAME)", "(KTLN Photo/NAME)", an inline "Related
  Content" box, the station's copyright line closing the text, newsletter box, "More Local News");
- cbc: a Canadian public broadcaster (``detailHeadline``, a deck ``<h2>``, "NAME · CBC News", "Posted: …
  | Last Updated: 2 hours ago", ``image-credit`` spans "(NAME/CBC)", "ALSO READ", "ABOUT THE AUTHOR",
  "With files from …", "RELATED STORIES", comments notice, "Top Stories");
- news24: a South African daily (``article__synopsis``, two linked authors joined by "and", "11 Mar 2026
  14:12", a credit span "(NAME/News24)", "READ |" line inside the text, a subscriber comment line closing
  it, "Related Links" in the side column, "Trending");
- straitstimes: a Singapore daily on Drupal (``node-title``, the author's designation under the name,
  "Published Mar 11, 2026, 05:30 PM", a credit "ST PHOTO: NAME" at the end of the caption, "READ MORE
  HERE" embedded box, a Telegram channel line, "Related Stories", "Most Popular");
- lemonde: a French national daily ("Publié le … à 06h00, modifié à 09h41", "Article réservé aux
  abonnés", the lead picture in the header with an ``article__credit`` "NAME / AFP", the author line
  "NAME (Lyon, correspondant)" opening and closing the text, "Lire aussi |", newsletter, "Dans la même
  rubrique");
- sankei: a Japanese daily on Arc XP ("2026/3/11 18:30", a reporter's linked name, a caption
  "…＝11日午前、奈良市（NAME撮影）", "関連記事" inside the text, newsletter, "関連ニュース", ranking);
- nos: a Dutch public broadcaster on Next.js (styled-components class names, "vandaag, 14:21",
  "Aangepast …", a caption with the agency "ANP", "NOS Nieuws • NAME verslaggever" under the picture, a
  subheading, "Meer over dit onderwerp:" with topic links and articles, "Laatste nieuws");
- onet: a Polish portal (``mainTitle``, ``authorName``, "11 marca 2026, 12:05", a lead above the picture,
  "Foto: NAME / East News", "Zobacz także:" box in the text, "Źródło: Onet", comments count, "Więcej z
  sekcji …");
- rte (held out): an Irish public broadcaster (``itemprop`` headline, "Updated / Wednesday, 11 Mar 2026
  13:10", a caption without credit, the byline with its role inside the text box, "Read more:" box,
  "Related Stories", "Most Read");
- spiegel (held out): a German news magazine (Tailwind classes, ``data-area`` names, kicker and headline
  as two spans of an ``<h2>``, a teaser paragraph, "Von NAME, Leipzig", "11.03.2026, 15.48 Uhr",
  "Foto: NAME / dpa", a "Mehr zum Thema" box between text blocks, "ani/dpa" closing the text);
- people (held out): a Chinese party paper's provincial channel (empty ``pre``/``sub`` headings,
  "2026年03月11日08:36 | 来源：人民网－浙江频道", "人民网杭州3月11日电 （记者NAME）", a centred picture and
  its "…。人民网 NAME摄" line, "(责编：NAME、NAME)", "相关新闻", "热点推荐");
- kompas (held out): an Indonesian portal ("Kompas.com - NAME", "11/03/2026, 15:30 WIB",
  ``photo__caption`` and ``photo__author`` "KOMPAS.com/NAME", a "BANDUNG, KOMPAS.com -" dateline, "Baca
  juga:" paragraphs, "Penulis : NAME / Editor : NAME", "Berita Terkait", "Terpopuler").

``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): nexstar, cbc, news24, straitstimes, lemonde, sankei, nos, onet;
- held out (scored once, blind, before any rule of the round): rte, spiegel, people, kompas.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=0.750 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.750 attributions=0.833 images=0.750;
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=0.875
  related=0.821 attributions=0.957 images=1.000. The dev expectations were checked against the conventions
  after this run and none was changed: onet's lead above the picture is a standfirst (not body), nexstar's
  "More Local News" and lemonde's "Dans la même rubrique" list the section's latest stories (no teasers), the
  paper named as the JSON-LD author organisation beside a reporter's byline (sankei) is no source credit (as
  on the mainichi and kyoto pages of earlier rounds). One expectation was changed after the rules began:
  nexstar's dateline "(KTLN) —" names the station itself, which the expectation had left out of the sources;
  a rule dropping a dateline that names the site took "(Reuters)" off Reuters' own pages and "(ANSA)" off
  ANSA's, which earlier rounds' expectations and the bench keep as sources, so the rule was dropped and the
  expectation given ``("source", "KTLN")`` as that convention says.
- dev, after the dev rules (see "Twelfth held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=0.875 body_end=1.000 related=0.884 attributions=1.000 images=1.000
  (attributions 0.957 -> 0.982 by the sankei rule, -> 1.000 by nexstar's changed expectation); after one more dev
  rule taken after the held-out ones ("More SECTION" under a visible breadcrumb trail), related=0.938;
- held out, after the dev rules: the same as the blind score (no dev rule touched a held-out failure); after the two held-out kinds fixed by rule (Indonesian teaser labels, a caption closing on
  a day in parentheses): headline=0.750 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000
  attributions=0.833 images=1.000. Known failures left: 5 (see ``KNOWN_FAILURES``); 4 since the fifteenth round,
  whose rule on a side column's labelled boxes (``body._side_related``) takes news24's "Related Links".

``tests/unseen_score.py unseen12`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen12"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # (news24's "Related Links" box in the side column was fixed later: tests/test_kinds_known_failures.py)
    # held out: kicker and title as two spans of one heading, the declared titles (JSON-LD, <title>) printing
    # "KICKER: TITLE"; the expectation leaves the kicker out, against the ninth round's convention (a kicker the
    # declared titles also print stays in the headline), which the extractor follows; no rule
    ("spiegel", "headline"),
    # held out: the closing sign-off "ani/dpa" credits dpa as a contributor where the expectation says source (earlier
    # rounds' expectations differ on this sign-off: sz's "dpa" is a contributor); not changed
    ("spiegel", "attributions"),
    # held out: "来源：人民网－浙江频道" (the channel) taken as the source where the expectation names the outlet of the
    # dateline "人民网杭州3月11日电"; both are readings of the page, not changed
    ("people", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
