"""A fifteenth held-out round of pages imitating publishing systems (issue 9): English-language news sites around
the world and explanatory/nonprofit outlets not imitated before (a Tokyo daily on WordPress, a Hong Kong daily on
React, a Seoul daily, a Philippine news site, a Pakistani daily, a Kenyan daily, a South African outlet, a Canadian
daily on Arc; an academic explainer site, a nonprofit investigative newsroom, a nonprofit magazine, a personal blog
on a WordPress block theme). The held-out pages are scored blind (no test runs on them, and no field of theirs is
seen failing, before the single held-out score), BEFORE any rule of the round, so the held-out score measures the
extractor as it stood.

Each page in ``fixtures/unseen15`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- japantimes: a Tokyo English daily on WordPress ("By NAME" and "Staff writer", "Mar 11, 2026", captions closing
  "| KYODO" and "| NAME", an inline "RELATED" list, keywords, newsletter, "Most Popular", "Latest news");
- scmp: a Hong Kong daily on React (``data-qa`` parts, the ``<h1>`` in a span, a "Key points" list over the text,
  "NAME + FOLLOW", "Published: 5:30pm, 11 Mar 2026", "Why you can trust SCMP", "Photo: NAME" credits, "Related
  Articles" between paragraphs, "More on this" in the rail, the declared headline worded differently);
- koreaherald (held out): a Seoul English daily ("By NAME", "Published : Mar. 11, 2026 - 15:30", a sub-headline
  ``<h2>``, the text as bare lines between ``<br>``s, "(Yonhap)" and "(Newsis)" closing captions, the reporter's
  e-mail, "[ⓒ Herald Corporation]", the outlet as the declared JSON-LD author, "Related Articles");
- rappler: a Philippine news site on WordPress (a summary line under the title, the name alone, "Published 3:30 PM,
  March 11, 2026", a capitalised caption lead "CATCH.", "NAME/Rappler" credit, "Must Read" inline card, "– Rappler.com"
  closing the text, an italic author's note after it, mood meter, "Latest from Visayas");
- dawn: a Pakistani daily ("NAME | Published March 11, 2026" with the ``<h2>`` title, "KARACHI:" dateline, "— Reuters/File"
  closing a caption, the lead picture's caption printed after the text as "Header image: … — NAME/White Star",
  "Published in Dawn, March 11th, 2026", comments, "Most Popular");
- nation (held out): a Kenyan daily ("NAME" over "Nation Media Group", the group as the declared author, "What you need
  to know:" summary box, "Photo credit: NAME | Nation Media Group", paragraphs in wrapper divs, an inline "Read"
  teaser, the section's latest stories, "Most Read");
- dailymaverick: a South African outlet (an excerpt under the title, the name with a one-line bio, "11 Mar 2026",
  "(Photo: Gallo Images / NAME)" closing captions, a "Gallery" of two pictures between paragraphs, "Read more in Daily
  Maverick:" inline link, the text closing on a bold "DM", the outlet as the declared author, "Maverick Insider" box);
- globe (held out): a Canadian daily on Arc (two bylines each with a job title, "Published March 11, 2026 Updated …",
  credits "NAME/The Canadian Press", an inline "Related" list, "With a report from The Canadian Press" closing the
  text, "Report an editorial error", the declared headline shorter than the visible one);
- conversation (held out): an academic explainer site (authors with their universities, "Published: March 11, 2026
  8:24am EDT", "Republish this article", captions with "NAME/Getty Images" and "NAMES, CC BY-ND" attributions,
  "Read more:" inline link, "Disclosure statement", "Partners", the Creative Commons republishing box, "You might also
  like");
- propublica: a nonprofit investigative newsroom ("by NAME, ProPublica, and NAME, The Texas Tribune", a partner note,
  a promotional line and a "co-published with" note opening the text, "Credit: NAME for ProPublica and The Texas
  Tribune", "Do You Have a Tip?" box, "NAME of The Texas Tribune contributed reporting.", "More in SERIES");
- motherjones: a nonprofit magazine on WordPress (a dek ``<h3>``, byline and dateline glued "NAMEMar 11, 2026", the
  outlet as the declared author, the declared headline worded differently, a "Get your news from a source that's not
  owned and controlled by oligarchs" promotion over the text, "Related:" paragraph, "Fight disinformation" donation
  box, "Related" list after the article);
- wpblock: a personal blog on a WordPress block theme (Twenty Twenty-Four: ``wp-block-post-title``,
  ``wp-block-post-date``, "— by" ``wp-block-post-author-name``, no JSON-LD at all, a caption without credit, comments,
  "More posts" query loop of the blog's latest posts).

``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits. Decisions taken on arguable values when writing them:
a caption's "— Reuters/File" credits Reuters (the file note goes, as "資料圖片／" does in round 14); dawn's "Header
image: …" line printed after the text is the lead picture's caption and credit, not text; propublica's promotional and
"co-published with" notes opening the text box are no text; rappler's italic note on its writer after "– Rappler.com"
is no text; the blog's "More posts" are its latest posts (no teasers); "More on this", "Read more:", "You might also
like", "More in SERIES" and the "Related" lists head teasers; "With a report from The Canadian Press" and "NAME …
contributed reporting" name contributors.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): japantimes, scmp, rappler, dawn, dailymaverick, propublica, motherjones, wpblock;
- held out (scored once, blind, before any rule of the round): koreaherald, nation, globe, conversation.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.964 attributions=0.922 images=0.875;
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=0.875
  related=0.950 attributions=0.894 images=0.875;
- dev, after the dev rules (see "Fifteenth held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- held out, after the dev rules: the same as the blind score (no dev rule touched a held-out failure);
- held out, after the three held-out kinds fixed by rule (a known agency in brackets closing an English caption,
  "(Newsis)"; "With a report from AGENCY" closing the text; a credit link in a figure's caption, no teaser):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000
  images=1.000. No expectation was changed after a run. Known failures left: none.

``tests/unseen_score.py unseen15`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen15"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)
