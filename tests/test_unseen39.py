"""A thirty-ninth held-out round of pages imitating publishing systems (issue 9): English-language dailies and digital
outlets of Asia, Africa and the Middle East, declaring little (eleven of the twelve declare no writer, or only the
organisation, a placeholder or the first of several writers; four declare no JSON-LD at all). The held-out pages are
scored blind (no test runs on them, and no field of theirs is seen failing, before the single held-out score), BEFORE
any rule of the round. The round's focus: images (caption and credit of each picture) and attributions, then authors.

Each page in ``fixtures/unseen39`` was written from memory of a publishing system's markup, with invented text and
``.example`` domains:

- kr_yonhap: a Korean English-language wire (the agency declared as the author, "SEOUL, March 11 (Yonhap) --",
  lazy pictures whose captions close "(For Use Only in the Republic of Korea. No Redistribution) (Yonhap)" and
  "(PHOTO NOT FOR SALE) (Yonhap)", the writer's email and "(END)" closing the text, "By NAME" after the text in a
  "writer-zone", "Related News", "Most Viewed" and "Photo News" rails);
- ph_inquirer: a Philippine daily on WordPress (the organisation declared, "By: NAME - Reporter / @handle",
  "INQUIRER.net / 05:30 PM March 11, 2026", a wp-caption closing "INQUIRER FILE PHOTO", bold "MANILA, Philippines"
  dateline, "READ:" links inside the text, "Read Next", "Trending" and "Latest Stories" rails);
- id_jakartapost: an Indonesian English daily (the writer declared; "NAME (The Jakarta Post)" then "Jakarta ● Wed,
  March 11, 2026", a subtitle, a <picture> with a <noscript> copy and a caption closing "(JP/NAME)", an inline figure
  "(Antara/NAME)", "Read also:" boxes, "Related Article" cards, "Most Viewed" with writers' names);
- vn_vnexpress: a Vietnamese English site (the organisation declared, "By NAME  March 11, 2026 | 05:30 pm GMT+7",
  captions in "tplCaption" tables closing "Photo by VnExpress/NAME" and "Photo courtesy of ...", an embedded teaser,
  a bold "By NAME" closing the text, "Other news" with relative times);
- my_malaymail: a Malaysian portal, no JSON-LD ("By NAME" and "Wednesday, 11 Mar 2026 5:30 PM MYT" in plain divs,
  captions closing "— Picture by NAME" and "— Bernama pic", a summary list before the dateline, an inline
  "Related Article" list, a section's latest cards);
- ae_khaleej: a Gulf English daily on an Arc-like system (only the first of two writers declared, "by NAME and NAME",
  "Published: ..." and "Last updated: ...", a sub-headline, "KT Photo: NAME" and "Image Credit: Supplied/OUTLET" in
  credit spans, an "Also read:" list, author bio cards after the text, "More from UAE");
- ke_nation: a Kenyan daily, no JSON-LD ("By NAME" then "Senior Correspondent" and "Nation Media Group" in plain
  paragraphs below the picture, captions with "Photo credit: NAME | Nation Media Group" and "Photo credit: File |
  Nation Media Group" inside one paragraph, "What you need to know:" box, a bold first paragraph, the writer's email
  closing, a "Read" box, "Popular Stories" with writers);
- bd_dailystar: a Bangladeshi daily on Drupal, no JSON-LD ("NAME, Dhaka" in an unmarked div, "Wed Mar 11, 2026 05:30
  PM" and "Last update on: ...", a caption span closing "Photo: Star/ NAME", a figure closing "File photo: Star",
  "Also read:", "Related News" cards with "2w ago");
- th_bangkokpost (held out): a Thai English daily (only the first of two writers declared, the company as meta
  author, "PUBLISHED : 11 Mar 2026 at 05:30", "WRITER: NAME and NAME", a lead line, "(Photo: NAME)" closing captions,
  one in a bare <p> under the picture, "RELATED", "LATEST IN THAILAND" cards with writers and relative dates);
- pk_dawn (held out): a Pakistani daily (no writer declared, the headline in an h2 link, "NAME Published March 11,
  2026", "Updated about 2 hours ago", a header picture without caption whose caption closes the text as "Header
  image: ... — Photo: AFP", "— Photo: NAME/White Star", "Additional input by APP", "Related Stories" with writers);
- il_toi (held out): an Israeli English site ("Times of Israel staff" declared as a Person, "By NAME Follow 11 March
  2026, 5:30 pm", "(Illustrative: NAME/Flash90)", a "Related:" box, "Agencies contributed to this report.", a
  community box, liveblog rail with relative times);
- np_kathmandu (held out): a Nepali daily, no JSON-LD (the writer in an h5, "Published at : March 11, 2026" and
  "Updated at : ...", a caption span "Post File Photo", a picture in a centred <p> with its caption in the next
  italic <p> closing "NAME/TKP", "Read More:", a print-edition note, "Related News", "Most Read", "Editor's Picks").

``NAME.expected.json`` holds what a reader sees. Decisions taken on arguable values when writing them: the agency's
"(Yonhap)" closing a caption is the credit (the picture provided by another body, the agency's the credit printed);
"INQUIRER FILE PHOTO", "File photo: Star", "File | Nation Media Group" and "Post File Photo" credit the outlet without
the file note (docs/extraction-design.md: "PTI File Photo" gives PTI, "File photo" a picture note); "KT Photo: NAME"
is the credit whole (mended, below); "(Illustrative: NAME/Flash90)" credits "NAME/Flash90";
"Additional input by APP" and "Agencies contributed to this report." make contributors; "Header image: CAPTION —
Photo: AFP" closing Dawn's text is the header picture's caption and credit, and no body; summary boxes, sub-headlines,
emails, "(END)" and print-edition notes are no body; labelled "Read Next" / "Related" boxes after the text hold
teasers, a section's latest, "Other news", most read and "Editor's Picks" do not.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): kr_yonhap, ph_inquirer, id_jakartapost, vn_vnexpress, my_malaymail, ae_khaleej,
  ke_nation, bd_dailystar;
- held out (scored once, blind, before any rule of the round): th_bangkokpost, pk_dawn, il_toi, np_kathmandu.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.500 related=1.000 attributions=0.764 images=0.625;
- dev, before any rule of the round (first expectations): headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=1.000 related=1.000 attributions=0.798 images=0.562;
- dev, before any rule, after the mended expectations below: headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.829 images=0.625;
- dev, after the dev rules (see "Thirty-ninth held-out round" in docs/extraction-design.md: an outlet's file photo
  note, "— SOURCE pic", a bare "File |" note, a long courtesy credit closing a caption; a picture table's caption
  row): headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=1.000 related=1.000 attributions=1.000
  images=1.000;
- held out, after the dev rules (no held-out kind fixed yet): headline=1.000 authors=1.000 date=1.000
  body_start=1.000 body_end=0.500 related=1.000 attributions=0.814 images=0.750;
- held out, after three held-out kinds fixed by rule ("Illustrative:" labelling a credit, "Additional input by
  AGENCY", a print note "appears in the print on …"): headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=0.950 images=1.000.

All twelve with what they declare taken out (``--undeclared``), after the rules: headline=1.000 authors=1.000
date=1.000 body_start=0.917 body_end=0.917 related=1.000 attributions=0.983 images=1.000.

Expectations mended after the first dev run, each to follow a convention already written or plain in the earlier
sets: vn_vnexpress's "Photo courtesy of the HCMC Management Authority for Urban Railways" credits "Courtesy of the
HCMC Management Authority for Urban Railways" (credits._PHOTO_COURTESY: "Photo courtesy of X" gives "Courtesy of X",
as unseen pages' "Courtesy of Carla Benning"), not the body alone; ae_khaleej's "KT Photo: Neeraj Murali" is the
credit whole, as unseen12's Straits Times "ST PHOTO: GAVIN FOO" (my first expectation, the photographer alone, went
against it; a rule reading it so was tried and dropped for that reason).

``tests/unseen_score.py unseen39`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import field_test  # noqa: E402

SET = "unseen39"


#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # (il_toi's membership box after the text's box is no text's end since round 78: the text ends at "Agencies
    # contributed to this report.", a credits line with nothing but boxes after it, ``body._to_credits_line``)
    # "Agencies contributed to this report.": "agencies" names nobody to the contributor lines (attributions._NOT_NAMES,
    # a choice of earlier rounds; unseen19's Times of Israel page expected no contributor either), so the
    # expectation, a reader's "Agencies", stays unmet; not tried
    ("il_toi", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)
