"""A hundred-and-fifty-first held-out round of pages imitating publishing systems (issue 9): languages, dialects and
minority cultures: a UK national broadcaster's site's minority language story, a US local paper's indigenous language
app story, a German regional paper's dialect-in-schools story, a French national daily's regional language story, a
Japanese national daily's dialect story, a Japanese culture web medium's feature on an indigenous language, a mainland
portal's dialect protection story, a Taiwanese public broadcaster's site's mother-tongue education story; held out: an
Australian public broadcaster's site's language revival story, a Swiss German site's Romansh story, a Japanese regional
paper's local dialect dictionary story, a Hong Kong site's Cantonese story.

As in unseen71 to unseen150, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the glossed
words and glossary boxes language stories carry:

- uk_language_news: a minority language on a broadcaster's hashed classes (the organisation declared as author, two
  writers with a role line, "Image source, X", a "What does *cynefin* mean?" box, "told BNC Wales" on BNC News's site,
  an italic correction after the text);
- us_language_news: an indigenous language app on a newsroom system's local paper ("Ledger staff writer", "RIVERTON —",
  "Photo: Courtesy of X", "The Associated Press contributed to this report.");
- de_sprache_news: dialect in schools on a German regional paper's pages ("Von A und B", a "Glossar" box with its own
  "Quelle:", "Mit Material der dpa", a "Korrektur:" note);
- fr_langue_news: Breton schools on a French national daily ("Par NAME (Quimper, correspondante)" after the lead
  picture, capitalised credits, "Petit lexique", "interrogée par Skignan FM");
- ja_hogen_news: dialect storytelling on a national daily's Next.js pages (a "訂正" box opening the text's box, "＝DATE、
  PLACE、NAME撮影", "東北新報が報じた");
- ja_kotoba_web: an indigenous language app on a culture magazine's Next.js pages (a credits list "文 / 写真 / アイヌ語監修 /
  編集", an interview of "――" questions, small kana "ㇷ゚");
- cn_fangyan_news: dialect protection on a portal ("来源: X" in the date line, "【导读】", "（原标题：…）", "东岭晚报记者 NAME NAME",
  "小词典", "责任编辑：NAME_NF7581");
- tw_muyu_news: mother-tongue education on a public broadcaster's site ("眾視記者 NAME、NAME / 台北報導", a "【更正】" note, a
  Tâi-lô glossary, "（圖／NAME 攝）");
- held out: au_language_news (a ``<title>`` alone: "ANB Kimberley / Topic:", "In short:" and an "Editor's note:" over
  the text, "(ANB Kimberley: NAME)", a deceased-persons warning after the text), ch_sprache_news (a ``<title>`` alone,
  hashed classes: a "Korrigendum:" note, "Mitarbeit: NAME", «X»), ja_hogen_chiho (a ``<title>`` alone, an old table
  layout: an ``<h2>`` split by ``<br>``, "（NAME）" after the text, a "＜訂正＞" table), hk_yuyan_news (a ``<title>``
  alone, Next.js: "撰文：NAME 攝影：NAME", Jyutping glosses, "（受訪者提供）", raw Chinese characters in addresses).

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_language_news, us_language_news, de_sprache_news, fr_langue_news,
  ja_hogen_news, ja_kotoba_web, cn_fangyan_news, tw_muyu_news;
- held out (scored once, blind, before any rule of the round): au_language_news, ch_sprache_news, ja_hogen_chiho,
  hk_yuyan_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=1.000
  body_end=0.750 related=1.000 attributions=1.000 images=1.000 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.100 date=1.000 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before one expectation mended by a written convention: a portal's "来源: X" names
  its source, cn_fangyan_news's "东岭晚报"): headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=1.000
  related=1.000 attributions=0.948 images=1.000;
- dev and held out after the rules (see "Hundred-and-fifty-first held-out round" in docs/extraction-design.md): 1.000
  in every field but attributions 0.991 (the known failure below). The rule made after the blind score, from the
  held-out pages: a deceased-persons warning closes no text.

``tests/unseen_score.py unseen151`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen151"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "<dt>編集</dt><dd>NAME（X編集部）</dd>" in a feature's credits list read as a contributor, the writer expecting
    # none (earlier sets disagree on a Japanese editor's line: unseen103's ja_shukyo_web); not fixed
    ("ja_kotoba_web", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_deceased_warnings_of_the_held_out_pages() -> None:
    """Rule made after the blind score: the warning to First Nations readers that a story names people who have died,
    "Aboriginal and Torres Strait Islander readers are advised this story contains the names of people who have died.",
    closes no text, nor opens it."""
    text = "".join(f"<p>Now the Marrun language is heard every morning at the primary school, part {n}.</p>"
                   for n in range(5))
    warning = ("<p><em>Aboriginal and Torres Strait Islander readers are advised this story contains the names of "
               "people who have died.</em></p>")
    assert _extract(article_page(text + warning))["body"].endswith("part 4.")
    assert _extract(article_page(warning + text))["body"].startswith("Now the Marrun")


def test_own_services_corrections_and_reviewers_of_language_stories() -> None:
    """"told BNC Wales" on BNC News's site names its own service, no source; "<dt>アイヌ語監修</dt><dd>NAME</dd>" credits the
    reviewer as a contributor. (A third, "当初の記事で…の誤りでした。訂正します。" opening no text, is tried on ja_hogen_news's
    body start: hand pages of the same box dropped the note before the rule.)"""
    text = "".join(f"<p>More children are learning the language in school than at any time in a century, part {n}.</p>"
                   for n in range(5))
    quote = "<p>“It is the language of the playground again,” the head teacher told BNC Wales.</p>"
    meta = "<meta property='og:site_name' content='BNC News'>"
    record = _extract(article_page(text + quote + text, meta=meta), url="https://www.bnc.example/news/uk-wales-1")
    assert [pair for pair in _pairs(record) if pair[0] == "source"] == []
    text = "".join(f"<p>遠野の昔話を方言で語り継ぐ会が、子どもたちに向けた語りの教室を始めた。参加者は年々増えているという。第{n}段落。</p>"
                   for n in range(5))
    credits = "<dl class='credits'><div><dt>文</dt><dd>大川ゆう</dd></div><div><dt>アイヌ語監修</dt><dd>萱野澄江</dd></div></dl>"
    record = _extract(article_page(text, head=credits, lang="ja", title="アイヌ語", h1="アイヌ語を学ぶアプリ"))
    assert ["contributor", "萱野澄江"] in _pairs(record)
