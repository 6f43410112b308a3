"""A seventeenth held-out round of pages imitating publishing systems (issue 9): magazines and blogs not imitated
before (a Hearst men's magazine, a museum's magazine, a science monthly, a foundation's science magazine, an essay
magazine, a literary monthly; a Tumblr theme, a LiveJournal journal, a Docusaurus blog, a Hugo PaperMod blog, a Bear
Blog post, a WordPress.com blog on Twenty Twelve). The held-out pages are scored blind (no test runs on them, and no
field of theirs is seen failing, before the single held-out score), BEFORE any rule of the round, so the held-out
score measures the extractor as it stood.

Each page in ``fixtures/unseen17`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- esquire: a Hearst magazine's buying guide ("By NAME" and "Published: Mar 11, 2026" under a dek, an affiliate
  note, the caption and credit as two spans, "Advertisement - Continue Reading Below" slots, product cards, two
  "Related Story" cards inside the text, the author's bio, "More From Men's Fashion", newsletter);
- smithsonian (held out): a museum's magazine (the writer's name and "Daily Correspondent" as two paragraphs, the
  magazine as the declared author organisation, "March 11, 2026", a credit "NAME / Smithsonian", a "Related:" line
  in the text, "Recommended Videos", author bio, "Filed Under", "Most Popular");
- sciam: a science monthly on Next.js ("By NAME edited by NAME", the title in a ``<p>`` inside the ``<h1>``, a dek,
  "4 min read", share buttons, the credit in its own paragraph of the caption, a support box, "Rights &
  Permissions", the author's bio after the text, "Popular Stories");
- quanta: a foundation's science magazine (a kicker tag, an excerpt, a lead illustration with an empty caption and
  "NAME for Quanta Magazine", "By NAME" and "Contributing Writer" in a side column with the date, an inline picture,
  a pull quote, a "Related:" numbered box inside the text, tags, comments, "Next article"; JSON-LD naming an
  admin account);
- aeon (essay): an essay magazine ("by NAME" with a bio, "Edited by NAME", "11 March 2026" after the header, a
  caption and a "Photo courtesy …" credit, "Syndicate this essay", a closing diamond, three essay cards of the
  same topic, "Popular", donation box);
- harpers (held out): a literary monthly ("From the April 2026 issue", "By NAME", "Photographs by NAME", a caption
  ending "… © NAME", a drop cap, a paywall gate inside the text, the author's note in italics after it, "More from
  the April 2026 issue", "Related" cards, JSON-LD naming an admin account);
- tumblr: a Tumblr theme (the post's title in an ``<h2>``, "Posted on March 11, 2026", "42 notes", tags, reblog
  and like notes with a reblogger's comment, previous/next post, the account's name declared as the author);
- livejournal (held out): a LiveJournal entry in an old table layout ("NAME (username) wrote," and
  "2026-03-11 14:35:00" above the subject, text in lines broken by ``<br>``, tags, comments, previous/next entry);
- docusaurus: a Docusaurus blog post (two authors with titles and avatars, "March 11, 2026 · 6 min read", an
  admonition, a code block with a copy button, tags, "Edit this page", "Newer post / Older post", a recent posts
  side bar, a table of contents);
- papermod (held out): a Hugo PaperMod post ("March 11, 2026 · 5 min · NAME", "Me" as the declared author, a
  breadcrumb, a description, a table of contents, a code block, tags, "« Prev / Next »", share buttons);
- bearblog: a Bear Blog post (no meta but a title and canonical link: the ``<h1>``, ``<p><i><time>``, hashtags,
  an upvote button);
- twentytwelve: a WordPress.com blog on Twenty Twelve (the byline only in the closing "This entry was posted in …
  on DATE by NAME.", "3 Replies", a captioned picture without credit, "Share this:", "Like this:", the Jetpack
  "Related" block of three posts, post navigation, comments, "Recent Posts").

``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits. Decisions taken on arguable values when writing them:
"edited by NAME" (sciam, aeon) names a contributor, as "Edited by" did in earlier rounds; the Tumblr account's name,
declared as the author and filing the post under its address, is the writer (fourteenth round: a declared handle of
the account in the address); the Bear Blog post names nobody; "Photographs by NAME" credits the photographer;
standfirsts, deks and excerpts are no body; authors' bios and notes after the text are no body; "Related Story"
cards, "Related:" boxes and lines, Aeon's essay cards and the Jetpack "Related" block are teasers; "More From …",
"Most Popular", "Popular Stories", "Next article", the issue's table of contents, recent posts and previous/next
links are not.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): esquire, sciam, quanta, aeon, tumblr, docusaurus, bearblog, twentytwelve;
- held out (scored once, blind, before any rule of the round): smithsonian, harpers, livejournal, papermod.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.500 date=1.000
  body_start=1.000 body_end=1.000 related=0.875 attributions=0.500 images=1.000;
- dev, before any rule of the round: headline=0.750 authors=0.750 date=1.000 body_start=1.000 body_end=1.000
  related=0.821 attributions=0.808 images=0.750. One dev expectation was then mended by the conventions: Aeon's
  credit "Photo courtesy the Little White House, …" is "Courtesy the Little White House, …", the label word "Photo"
  before the name being no part of the credit ('"Photo NAME" after the caption', ``credits._TRAILING_BARE_LABEL``);
  with it the dev score before any rule is attributions=0.850 images=0.875, the other fields the same;
- dev, after the dev rules (see "Seventeenth held-out round" in docs/extraction-design.md): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- held out, after the dev rules: the same as the blind score (no dev rule touched a held-out failure);
- held out, after three held-out kinds fixed by rule (a declared author "Me", a writer in a meta line with a date
  and a reading time, a journal entry's "NAME (username) wrote,"): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=0.875 attributions=1.000 images=1.000. Known failure left: harpers's
  related (see ``KNOWN_FAILURES``).

``tests/unseen_score.py unseen17`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen17"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a literary monthly's "Related" cards after the text, one with a two-word title ("Water Wars") taken for no
    # teaser, and "More from the April 2026 issue" leaving the page as a teaser; not tried (the round's time)
    ("harpers", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
