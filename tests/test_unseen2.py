"""A second held-out round of pages imitating publishing systems (issue 9).

Each page in ``fixtures/unseen2`` was written from memory of a publishing system's markup
that the other fixtures do not cover, with invented text: a Gannett/USA Today network
paper, BBC-style ``data-component`` blocks, a Guardian-style page (``data-gu-name``), a
Reach plc UK regional, a Times of India-style page (text set with ``<br>``), a Korean
portal page, a News Corp Australia page, a French regional (Ouest-France style), and a
NYT-style page, a WordPress Newspack site, a German regional (Funke style) and a Brazilian
page (Globo style). ``NAME.expected.json`` holds what a reader sees: headline, authors, day
of publication, the body's first and last sentence, the related-article teasers' URLs, the
attributions as ``(role, name)`` and the images' captions and credits.

The split was decided before any page was run, and written here first:

- dev (the rules were fixed on these): gannett, bbc, guardian, reach, toi, korean,
  newscorp_au, ouestfrance;
- held out (scored once, after the dev fixes, before any change for them): nyt, newspack,
  funke, globo.

``tests/unseen2_score.py`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""
