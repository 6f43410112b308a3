"""A nineteenth held-out round of pages imitating publishing systems (issue 9): English-language news sites rich
in bylines, wires and credits, not imitated before (a New York business daily, a London business daily, a London
broadsheet, a London tabloid, a New York news site, an investigative site, two Israeli sites, a Saudi daily, a
Korean agency's English service, a Japanese business weekly's English site, a Vietnamese site's English edition).
The held-out pages are scored blind (no test runs on them, and no field of theirs is seen failing, before the
single held-out score), BEFORE any rule of the round, so the held-out score measures the extractor as it stood.

Each page in ``fixtures/unseen19`` was written from memory of a publishing system's markup, with
invented text and ``.example`` domains:

- wsj: a business daily ("By NAME and NAME" with links, "Updated March 11, 2026 6:10 pm ET", a dek, "Photo:
  NAME/Bloomberg News" closing the caption, "—NAME contributed to this article." and "Write to NAME at email
  and NAME at email" closing the text, "Further Reading", "Most Popular News", cookie banner);
- ft: a business daily ("NAME in Brussels and NAME in London", a standfirst, "© NAME/AFP via Getty Images"
  closing the caption, an inline "Recommended" box, "Additional reporting by NAME in Washington" closing the
  text, "Latest on …", promoted content, newsletter);
- thetimes: a broadsheet ("NAME, Policy Editor | NAME", "Wednesday March 11 2026, 5.00pm, The Times", the
  credit "ALAMY", an inline "Related articles" box, newsletter, comments, "Most read");
- thesun (held out): a tabloid (a kicker span above the ``<h1>``, "NAME, Showbiz Reporter", "Published: 17:30,
  11 Mar 2026", "Credit: Getty", an organisation "Sun Showbiz" as the declared author, an inline "Read More on
  Strictly" box, "Got a story? Email …", "Most Read in TV");
- dailybeast: a news site ("NAME" then "Senior Reporter" in its own element, "Published Mar. 11, 2026 5:30PM
  EDT", the credit "Chip Somodevilla/Getty Images" in its own element, "first reported by Politico", an inline
  "READ MORE AT THE DAILY BEAST" box, "Read more at The Daily Beast." closing, "Trending Now");
- intercept (held out): an investigative site ("March 11 2026, 5:30 p.m.", "Photo: NAME/AP" in the caption,
  an inline "Join Our Newsletter" box, a "Correction: …" note closing the text, "Related", donation box);
- timesofisrael: a news site ("By NAME and Agencies", "Today, 5:30 pm", "Agencies" as a second declared author,
  "Illustrative: … (NAME/Flash90)", an inline "Related:" link, "according to Reuters", a support box);
- haaretz (held out): a daily ("NAME, Haaretz Correspondent", "Mar 11, 2026 5:30 pm IST", "Credit: NAME" in its
  own element, two free paragraphs then a paywall box, "Related Articles", "Most Popular");
- arabnews: a daily on Drupal ("NAME" linked to a taxonomy term, "11 March 2026" and "Updated 11 March 2026", the
  outlet as the declared author, a summary, "(SPA)" closing the caption, "RIYADH:" opening the text, "the Saudi
  Press Agency reported", "(With Reuters)" closing the text, "Related");
- yonhap: an agency's English service ("(LEAD)" in the title, "By NAME" as the text's first paragraph, "SEOUL,
  March 11 (Yonhap) --", "(Yonhap)" closing the caption set inside the text, "Kyodo News reported", the writer's
  e-mail and "(END)" closing the text, keywords, "Related News", "Most Viewed");
- nikkei: a business site ("NAME, Nikkei staff writer, and NAME, Nikkei staff writer" in capitals, "March 11,
  2026 17:30 JST", "(Photo by NAME)" closing the caption, "BANGKOK/TOKYO --", an inline "Read Next" box,
  "Latest On …");
- vnexpress (held out): a site's English edition ("By NAME" and "March 11, 2026 | 05:30 pm GMT+7" ABOVE the
  ``<h1>``, the outlet as the declared author, a description, "Photo by VnExpress/NAME" closing the caption, an
  inline "Related news:" box, "Reuters reported", "Story: NAME" closing the text, "More news").

``NAME.expected.json`` holds what a reader sees: headline, authors, day of publication, the
body's first and last sentence, the related-article teasers' URLs, the attributions as
``(role, name)`` and the images' captions and credits. Decisions taken on arguable values when writing them:
the standfirsts (deks, subtitles, summaries) are no body; the job titles after a name ("Policy Editor",
"Showbiz Reporter", "Senior Reporter", "Haaretz Correspondent", "Nikkei staff writer") are no names; "and
Agencies" credits a group without names, so nobody (docs/extraction-design.md: "a group credited without names
... is nobody"); "Write to NAME at email" repeats the authors; "—NAME contributed to this article.", "Additional
reporting by NAME" and "(With Reuters)" name contributors; a dateline's agency on the agency's own site is still
a source (Yonhap); "first reported by Politico", "according to Reuters", "Kyodo News reported", "the Saudi Press
Agency reported" cite sources; a credit "Photo: NAME/AP", "(Photo by NAME)", "Credit: NAME" names the
photographer as the credit prints it; the Intercept's correction note, "Read more at The Daily Beast.", the
writer's e-mail, "(END)" and "Story: NAME" are no sentences of the story's text; the free paragraphs before a
paywall box close the text; the section's latest stories, "Most …", "Trending Now", "More news" and tags are no
teasers.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): wsj, ft, thetimes, dailybeast, timesofisrael, arabnews, yonhap, nikkei;
- held out (scored once, blind, before any rule of the round): thesun, intercept, haaretz, vnexpress.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=1.000
  body_start=0.500 body_end=0.750 related=0.750 attributions=0.875 images=1.000;
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000
  related=0.958 attributions=0.943 images=1.000;
- dev, after the dev rules (see "Nineteenth held-out round" in docs/extraction-design.md: copy markers "(END)",
  a dash before "NAME contributed to this article.", "first reported by NAME", "Latest on TOPIC"): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000 images=1.000;
- held out, after the dev rules: the same as blind (no dev rule touched a held-out field);
- held out, after the two held-out kinds fixed by rule (the outlet's desk declared as the author, "Sun Showbiz",
  giving way to the person printed by the headline; a "Correction: DATE …" note closing the text):
  headline=1.000 authors=1.000 date=1.000 body_start=0.500 body_end=1.000 related=0.750 attributions=1.000
  images=1.000; dev unchanged (all 1.000). Known failures left: thesun's related (a teaser rail named
  "rail--trending" inside the text), haaretz's and vnexpress's body_start (a subtitle / description paragraph
  above the text read as its opening).

``tests/unseen_score.py unseen19`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen19"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # a labelled teaser rail inside the text whose box is named as trending ("rail--trending", "Read More on
    # Strictly"): the box's names read as furniture; not tried
    ("thesun", "related"),
    # (haaretz's subtitle paragraph in the article's header, ``data-test="articleSubtitle"``, right under the
    # ``<h1>`` with the byline after it, is a deck since round 76: ``body._deck_under_headline``)
    # (vnexpress's description paragraph, ``p.description`` between the ``<h1>`` and the ``<article>``, is a deck
    # since round 62: ``body._SUB_TITLE`` names it)
}


test_page_field = field_test(SET, KNOWN_FAILURES)
