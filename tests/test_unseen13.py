"""A thirteenth held-out round of pages imitating publishing systems (issue 9): English-language news sites,
magazines, tech press and a personal blog not imitated before (US networks, a Washington politics site, business
news, two news magazines, two tech sites, a McClatchy regional, a UK broadcaster, an Irish daily on Arc XP, a
Jekyll blog). The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing,
before the single held-out score), BEFORE any rule of the round, so the held-out score measures the extractor as
it stood.

Each page in ``fixtures/unseen13`` was written from memory of a publishing system's markup, with invented text
and ``.example`` domains:

- cbs: a US network's news site (``content__title``, "By NAME, NAME" as two links, "Updated on: March 11, 2026 /
  6:45 PM EDT / CBS News", a video player as the lead, an ``embed__credit`` "NAME / Getty Images", an inline
  "Related" box, ad slot, the correspondent's bio, "Most Popular", newsletter box);
- thehill: a Washington politics site on WordPress VIP (``page-title``, "by NAME - 03/11/26 2:30 PM ET", a
  featured picture credited with a bare name, an inline "Related" box, the closing "Copyright 2026 Nexstar Media
  Inc. ..." line in italics, tags, "Most Popular", "More House News");
- businessinsider: a business news site (a "Key points" list above the text, the author's name with her role
  beside the headshot, "Mar 11, 2026, 5:15 AM ET", an affiliate disclaimer, "NAME/Business Insider" credits, a
  "Read more:" line inside the text, "Read next" after the article);
- newsweek: a news magazine (the author "NAME, Senior Writer", the "Newsweek is committed to ..." boilerplate
  near the byline and after the text, "Published Mar 11, 2026 at 10:22 AM EDT", a caption with the credit in a
  nested span, "Why It Matters" subheadings, "Related Articles" box, a closing "Update 3/11/26 ...:" note, an
  organisation ``<meta name="author">``);
- techcrunch: a tech startup site on WordPress (``article-hero``, the author's linked name without "By",
  "4:00 AM PDT · March 11, 2026", captions that are only "Image Credits: NAME / Getty Images", an author card,
  "More TechCrunch" and "Related" card lists after the article);
- miamiherald: a McClatchy regional ("By NAME", "Updated March 11, 2026 1:12 PM", a ``credits`` line with the
  photographer's e-mail, "Read Next" box inside the text, "This story was originally published March 11, 2026
  5:00 AM." closing the text, the reporter's bio);
- sky: a UK broadcaster (``sdc-article-header``, a sub-title, "NAME, political editor @handle", "Wednesday 11
  March 2026 12:30, UK", a caption closing on "Pic: PA", "Read more:" list inside the text, a WhatsApp channel
  box, "Related Topics", an organisation as the JSON-LD author);
- irishtimes: an Irish daily on Arc XP (a subtitle ``<h2>``, a caption and its "Photograph: NAME/The Irish Times"
  credit, the byline with its role and "Wed Mar 11 2026 - 06:00" inside the text's box, a "Related" box, the
  closing "Additional reporting: NAME" line, newsletter box, the author's bio);
- nbc (held out): a second US network on Next.js (a dek ``<h2>``, "By NAME and NAME" under the hero, the date
  above the byline, captions with ``caption__source`` "NAME / AP file", "NAME / Getty Images file", an inline
  "Related" teaser, the expanded bylines with bios and "The Associated Press contributed.", "More from NBC News");
- time (held out): a news magazine ("BY NAME" in capitals, "Updated: … | Originally published: …", a caption
  paragraph closing on a "NAME—AFP/Getty Images" credit span, "Read More:" box, newsletter box, "Write to NAME
  at ...", "More Must-Reads from TIME");
- ars (held out): a tech site (Tailwind classes, a kicker, a dek paragraph, "NAME – Mar 11, 2026 5:30 pm", a
  caption's "Credit: NAME" line, a gallery item's credit, "Further Reading" box, the author's bio, comments count,
  "Most Read");
- jekyll (held out): a personal blog on Jekyll's minima theme (``post-title``, ``post-meta`` with ``<time>`` and
  the author in ``itemprop``, the SEO tag's JSON-LD author, a code block, a picture followed by an italic line,
  "Related posts" list after the text).

``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the body's first and
last sentence, the related-article teasers' URLs, the attributions as ``(role, name)`` and the images' captions
and credits.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): cbs, thehill, businessinsider, newsweek, techcrunch, miamiherald, sky,
  irishtimes;
- held out (scored once, blind, before any rule of the round): nbc, time, ars, jekyll.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=0.750 attributions=0.972 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=0.875
  related=1.000 attributions=0.815 images=0.750. The dev expectations were checked against the conventions after
  this run and none was changed: businessinsider's key points above the text are a summary (not body) and its "Read
  next" list after the article holds teasers; techcrunch's "More TechCrunch" lists the site's latest stories (no
  teasers), its "Related" list the article's; miamiherald's closing "This story was originally published …" line
  says when the story went out (no sentence of it), while newsweek's closing "Update …:" note is the text's own
  (a reader reads it with the text); sky's organisation author in JSON-LD names nobody beside the printed byline.
- dev, after the dev rules (see "Thirteenth held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000
  (a teaser's headline "…, report finds" no source; an affiliate disclosure and the "originally published" line
  prompts; a credit's e-mail address, a screen-reader "Image:" label in a caption, "Additional reporting:", a
  sub-title above the byline);
- held out, after the dev rules: the same as the blind score (no dev rule touched a held-out failure: nbc's
  "The Associated Press contributed." in the writers' box after the text, time's "Read More:" box named
  ``inline-recirc``); after the two held-out kinds fixed by rule ("NAME contributed." on a line of its own, also
  after the text's box; a teaser label in a furniture-named box inside the text): headline=1.000 authors=1.000
  date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000. No known failure left.

``tests/unseen_score.py unseen13`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen13"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
