"""A fiftieth held-out round of pages imitating publishing systems (issue 9): Japanese news and magazine sites
declaring little (eight of the twelve declare no writer, only the organisation or nothing; four declare no JSON-LD
at all), with headings and titles worded differently from each other, kickers in 【】, bylines and credits printed
the many ways these pages print them. The held-out pages are scored blind (no test runs on them, and no field of
theirs is seen failing, before the single held-out score), BEFORE any rule of the round. The round's focus:
headline, authors, body start and end, attributions.

The split was decided before any page was run, and written here first:

- dev (the rules are fixed on these): jp_national, jp_sports, jp_bizmag, jp_womens, jp_regional, jp_gadget, jp_blog,
  jp_column;
- held out (scored once, blind, before any rule of the round): jp_tabloid, jp_agency, jp_entame, jp_interview.
"""
