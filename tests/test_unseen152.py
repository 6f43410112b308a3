"""A hundred-and-fifty-second held-out round of pages imitating publishing systems (issue 9): weddings, births,
anniversaries and family life notices: a UK local paper's diamond wedding story, a US small-town paper's centenarian
story, a German regional paper's baby names ranking story, a French regional daily's mass wedding story, a Japanese
national daily's oldest resident story, a Japanese parenting web medium's feature on baby names, a mainland city paper's
family reunion story, a Taiwanese site's centenarian story; held out: a New Zealand regional site's family reunion
story, a Belgian French-language site's twins story, a Japanese regional paper's local wedding anniversary story, a Hong
Kong paper's twins story.

As in unseen71 to unseen151, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the readers'
photos, rankings and "send us your news" calls family notices carry:

- uk_family_news: a diamond wedding on a UK local paper's pages ("(Image: Supplied)", "READ MORE:" lines, "told Vale
  Community Radio", a "Celebrating a special anniversary?" box after the text);
- us_family_news: a centenarian on a newsroom system's small-town paper ("Ledger Staff Writer" outside the link,
  "HOLLIS CREEK —", "Courtesy of the X family", "the X Courier, which first reported in 1951", an italic readers' call
  closing the text's box);
- de_familie_news: a baby names ranking on a German regional paper ("Kessling –", a Top 10 table, "Foto: privat", "wie
  der Lokalsender X zuerst berichtet hatte", a "send us your baby" box);
- fr_famille_news: eighteen weddings on a French regional daily ("NAME, correspondante et NAME", "Photo DR", "Photo
  famille Tissot", "relayés par l'hebdomadaire X", "rapporte la radio locale X");
- ja_kazoku_news: the prefecture's oldest woman on a national daily's pages ("【NAME】" closing the last paragraph,
  "（家族提供）", "ひだまりCATV" cited, a "情報をお寄せください" box);
- ja_kazoku_web: baby names on a parenting medium's Next.js pages ("監修：名付け研究家　NAME", "文 NAME X編集部", "写真：読者提
  供", "月刊すくすく家族" cited);
- cn_jiating_news: a family reunited on a city evening paper ("【摘要】", "金城晚报记者 NAME 通讯员 NAME", "图/受访者供图", a tip
  call after the text);
- tw_jiating_news: a centenarian on a Taiwanese site ("記者NAME／台南報導" opening the text's box, "▲" captions, "►"
  teaser lines and a "►" readers' call after them);
- held out: nz_family_news (a ``<title>`` alone: "Correction:" opening the text's box, "Photo / NAME", "Have a family
  story to share? Email …" and an italic bio after the text), be_famille_news (a ``<title>`` alone: "L'essentiel", "©
  NAME", "le magazine Parents d’ici"), ja_kazoku_chiho (a ``<title>`` alone, an old table layout: "（北浦支局・NAME）",
  "【メモ】"), hk_jiating_news (a ``<title>`` alone, an old table layout: "文：NAME、NAME　圖：NAME", "（資料圖片）",
  "【讀者報料】…" after the text).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_family_news, us_family_news, de_familie_news, fr_famille_news, ja_kazoku_news,
  ja_kazoku_web, cn_jiating_news, tw_jiating_news;
- held out (scored once, blind, before any rule of the round): nz_family_news, be_famille_news, ja_kazoku_chiho,
  hk_jiating_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.500 related=1.000 attributions=0.938 images=1.000 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.125 date=1.000 body_start=0.000 body_end=0.000; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before one expectation mended by a written convention: a Chinese paper's
  "通讯员" is a contributor, cn_jiating_news's second name): headline=1.000 authors=0.958 date=1.000 body_start=0.875
  body_end=0.875 related=0.982 attributions=0.927 images=0.958;
- dev and held out after the rules (see "Hundred-and-fifty-second held-out round" in docs/extraction-design.md): 1.000
  in every field but body_start, related and attributions (the known failures below). The rules made after the blind
  score, from the held-out pages: a readers' call by question and address, a labelled "【讀者報料】" call.

``tests/unseen_score.py unseen152`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen152"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: "Comme l’indiquait en janvier le magazine Parents d’ici," read as "Parents" (a title going on with "d’" and
    # a word in lower case: tried, it read "Libération d’abord" as a title); not fixed
    ("be_famille_news", "attributions"),
    # dev: "was covered by the X Courier, which first reported in 1951 that …" (a passive "covered by" and a relative
    # clause's "first reported" with a year); not tried
    ("us_family_news", "attributions"),
    # dev: "監修：名付け研究家　NAME", a title of kana and kanji before the name; not tried
    ("ja_kazoku_web", "attributions"),
    # dev: a "【摘要】" box before the text's box re-read as the text's opening; not tried
    ("cn_jiating_news", "body_start"),
    # dev: a "►" line of a readers' call ("►家中有喜事…想分享？歡迎來信 EMAIL，或加入…爆料LINE。") after the teaser lines, its LINE
    # link read as a teaser; not tried
    ("tw_jiating_news", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_readers_calls_of_the_held_out_pages() -> None:
    """Rules made after the blind score: a question to the readers, then a call to send word to an address ("Have a
    family story to share? Email news@X – we’d love to hear …"), and a Hong Kong paper's labelled call for tips
    ("【讀者報料】…歡迎電郵至 EMAIL") close no text."""
    text = "".join(f"<p>The two brothers met again at the airport after 38 years apart, part {n}.</p>"
                   for n in range(5))
    call = ("<p>Have a family story to share? Email news@coast.example – we’d love to hear about reunions, milestones "
            "and celebrations.</p>")
    assert _extract(article_page(text + call))["body"].endswith("part 4.")
    text = "".join(f"<p>港東醫院去年共迎來一百零二對雙胞胎，創下開院以來新高，醫院成立家長支援小組，第{n}段。</p>" for n in range(5))
    call = "<p>【讀者報料】家中添丁、金婚鑽禧或有溫馨家庭故事想分享？歡迎電郵至 news@hkdaily.example，提供姓名及聯絡方法。</p>"
    assert _extract(article_page(text + call, lang="zh-HK", title="雙胞胎", h1="雙胞胎創新高"))["body"].endswith("第4段。")


def test_family_credits_of_family_stories() -> None:
    """"Photo famille Tissot" credits the family, the label before its name going."""
    text = "".join(f"<p>Dix-huit couples se sont dit oui samedi à la mairie de Saint-Aurel, partie {n}.</p>"
                   for n in range(5))
    figure = ("<figure><img src='https://news.example/img/tissot.jpg' alt=''><figcaption>Monique et Bernard Tissot, "
              "unis par le maire à 15 h 30. <span class='credit'>Photo famille Tissot</span></figcaption></figure>")
    record = _extract(article_page(text[:120] + figure + text, lang="fr", title="Mariages", h1="Dix-huit mariages"))
    assert ["photo", "famille Tissot"] in _pairs(record)
