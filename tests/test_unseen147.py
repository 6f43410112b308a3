"""A hundred-and-forty-seventh held-out round of pages imitating publishing systems (issue 9): nuclear power and energy
policy: a UK national broadcaster's site's energy price cap story, a US regional paper's reactor restart story, a German
business daily's gas pipeline story, a French regional daily's plant decommissioning story, a Japanese national daily's
reactor restart story, a Japanese energy trade web medium's grid feature, a mainland financial portal's energy story, a
Taiwanese paper's nuclear referendum story; held out: a Canadian public broadcaster's site's SMR plan story, an Austrian
paper's wind farm dispute story, a Japanese regional paper's local plant story, a Hong Kong paper's power tariff story.

As in unseen71 to unseen146, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the explainer
boxes and credited charts energy stories carry:

- uk_energy_news: a price cap on a broadcaster's hashed classes (the outlet declared as author, two contributor cards
  with roles and hidden "By"/"and", "Listen to this article", "Image source, X", "according to the Financial Ledger",
  a "…? Get in touch." box after the text);
- us_nuclear_news: a reactor restart on a newsroom system's regional paper (the lead picture in an "asset-masthead"
  box, "Courtesy of X", "SOUTH HAVEN TOWNSHIP —", "as first reported by the X", an italic contributor's line closing
  the text);
- de_energie_news: a pipeline deal on a German business daily ("Foto: picture alliance/dpa | NAME", a place line
  "Oslo, Düsseldorf", "Quelle: Bundesnetzagentur · Grafik: X", "Mit Material von Reuters.");
- fr_nucleaire_news: a decommissioning on a French regional Drupal daily ("NAME, avec AFP", "Rectificatif :" over the
  text, "Infographie : X", "Photo DR", an outlet named after "revenait récemment");
- ja_genpatsu_news: a reactor restart on a national daily's pages (a "〈訂正〉" box, "記事のポイント", "…ヘリから、NAME撮影",
  "出典：資源エネルギー庁", a "コメントプラス" comment after the text);
- ja_denki_web: a blackout inquiry on a trade medium ("[NAME，X]", "※本記事は…を基に構成しています。" opening the text's box,
  "用語解説：", "出典：" and "提供：" credits);
- cn_nengyuan_news: reactor approvals on a financial portal (a stock quote's box, a promo link, "原标题：…" and "◎记者 NAME
  ○编辑 NAME" opening the text's box, "据新华社消息", a risk notice and an app promo after it);
- tw_nengyuan_news: a referendum on a Taiwanese daily ("聯興報／ 記者NAME、NAME／台北即時報導", a "【更正啟事】" box, "圖／X系資
  料照片", "名詞解釋");
- held out: ca_nuclear_news (a ``<title>`` alone: "NAME · CBN News · Posted: …", "told CBN News", "(NAME/CBN)", a
  "With files from Reuters" box after the story's wrapper), at_energie_news (a ``<title>`` alone: "12. März 2026,
  06:00", an italic "Update, 14.20 Uhr:" note, "(NAME, 12.3.2026)", "Visualisierung: X"), ja_genpatsu_chiho (a
  ``<title>`` alone, an old table layout: a speaker's words as a sub-headline, "（潮見支局・NAME）", "［メモ］"),
  hk_nengyuan_news (a ``<title>`` alone, an old table layout: "本報記者 NAME　NAME", "【港灣專訊】", "（記者 NAME攝）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_energy_news, us_nuclear_news, de_energie_news, fr_nucleaire_news,
  ja_genpatsu_news, ja_denki_web, cn_nengyuan_news, tw_nengyuan_news;
- held out (scored once, blind, before any rule of the round): ca_nuclear_news, at_energie_news, ja_genpatsu_chiho,
  hk_nengyuan_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=1.000 related=1.000 attributions=0.950 images=1.000 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.500 date=0.750 body_start=0.000 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before two expectations mended by written conventions: a Taiwanese paper named
  before the reporter's title is the story's source, tw_nengyuan_news's "聯興報"; the outlet a portal names as the
  story's origin is its source, cn_nengyuan_news's "证券日讯" printed as the date line's link): headline=1.000
  authors=0.833 date=1.000 body_start=0.625 body_end=0.750 related=0.982 attributions=0.893 images=0.938;
- dev and held out after the rules (see "Hundred-and-forty-seventh held-out round" in docs/extraction-design.md):
  1.000 in every field but related 0.988 and attributions 0.991 (the known failures below). The rules made after the
  blind score, from the held-out pages: "With files from X" in a credits box after the story's wrapper, "told CBN News"
  on cbn.example as the site's own name, a Japanese sub-headline of a speaker's words.

``tests/unseen_score.py unseen147`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen147"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "…, et sur lequel revenait récemment Le Télégramme du Ponant, qui évoquait « … »": the outlet the inverted
    # subject of a verb no citation pattern reads ("revenir sur"), its name holding no outlet's word; not tried
    ("fr_nucleaire_news", "attributions"),
    # dev: a stock quote's box opening the text's box, named "hqimg_related" (a chart linking to the company's quote
    # page, its name under it): its link read as a teaser; not tried
    ("cn_nengyuan_news", "related"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_own_names_and_quoted_subheads_of_the_held_out_pages() -> None:
    """Rules made after the blind score: "told CBN News" on cbn.example names the site itself, no source; a Japanese
    sub-headline of a speaker's words under the headline ("町「敷地内の長期保管は避けて」") opens no text. (The third,
    "With files from Reuters" in a credits box after the story's box and its wrapper, is tried on ca_nuclear_news's
    attributions: hand pages of the same boxes had their line read before the rule.)"""
    text = "".join(f"<p>A northern Ontario utility says it wants to build four small modular reactors, part {n}.</p>"
                   for n in range(5))
    quote = "<p>“The northwest has been at the end of the wire,” the utility's president told CBN News.</p>"
    record = _extract(article_page(text + quote + text), url="https://www.cbn.example/news/canada/smr-plan-1.7412236")
    assert [pair for pair in _pairs(record) if pair[0] == "source"] == []
    text = "".join(f"<p>北陸東電力は１９日、廃炉作業を進めている原発１号機の使用済み核燃料について、県外への搬出計画を申請した。第{n}段落。</p>"
                   for n in range(5))
    record = _extract(article_page("<p class='submidashi'>町「敷地内の長期保管は避けて」</p>" + text, lang="ja",
                                   title="使用済み燃料", h1="使用済み燃料、２８年度から搬出へ"))
    assert record["body"].startswith("北陸東電力は")


def test_corrections_provenance_cards_and_portal_lines_of_energy_stories() -> None:
    """"【更正啟事】…" and "当初配信した記事で…訂正します。" open no text, nor "※本記事は…を基に構成しています。"; a
    newsroom system's lead picture in its "asset-masthead" box is the article's; a second contributor's card opened by
    the byline's hidden "and" names a writer; a "…? Get in touch." box after a rule closes no text; "据新华社消息，" cites
    the agency; "◎记者 NAME ○编辑 NAME" names the writer alone; a portal's risk notice and app promo close no text."""
    text = "".join(f"<p>中央選舉委員會今天通過核電公投案的投票日期，訂於12月13日與地方選舉同日舉行，第{n}段。</p>" for n in range(5))
    note = "<p>【更正啟事】本文稍早誤植公投投票日期，已更正為12月13日，特此更正並致歉。</p>"
    assert _extract(article_page(note + text, lang="zh-TW", title="公投", h1="核電公投12月舉行"))["body"].startswith(
        "中央選舉委員會")
    text = "".join(f"<p>北浜県の知事は１２日、県庁で記者会見し、原発２号機の再稼働に同意すると表明した。第{n}段落。</p>"
                   for n in range(5))
    note = ("当初配信した記事で、２号機の出力を「８５万キロワット」としていましたが、「８２万キロワット」の誤りでした。訂正します。"
            "（６月１２日１５時２０分）")
    assert _extract(article_page(f"<p>{note}</p>" + text, lang="ja", title="再稼働", h1="知事が再稼働に同意"))[
        "body"].startswith("北浜県の知事は")
    note = "※本記事は、2025年6月27日に公表された検証委員会の中間報告および関係者への取材を基に構成しています。"
    assert _extract(article_page(f"<p>{note}</p>" + text, lang="ja", title="再稼働", h1="知事が再稼働に同意"))[
        "body"].startswith("北浜県の知事は")
    text = "".join(f"<p>Cedar Bluff nuclear plant was cleared to restart after three years offline, part {n}.</p>"
                   for n in range(5))
    masthead = ("<div class='asset-masthead'><figure class='photo'><img src='https://news.example/img/plant.jpg' "
                "alt='The plant'><figcaption><div class='caption-text'><p>The Cedar Bluff station, seen from the lake."
                "</p></div><div class='photo-credit'>Courtesy of Harbor Point Energy</div></figcaption></figure></div>")
    record = _extract(article_page(text, head=masthead))
    assert ["photo", "Courtesy of Harbor Point Energy"] in _pairs(record)
    name, card = "ssrcss-68pt20-Text-TextContributorName", "ssrcss-b0ctif-ContributorContainer"
    cards = (f"<div data-component='byline-block'><div class='{name}'><div class='{card}'><img src='/b/ho.png' alt=''>"
             f"<div><div class='{name}'><span hidden>By </span>Harriet Okonjo</div><div>Cost of living correspondent"
             f"</div></div></div><div class='{card}'><div><div class='{name}'><span hidden>and </span>"
             "Daniel Pryce-Jones</div><div>Business reporter</div></div></div></div></div>")
    box = ("<div class='text-block'><div><hr/><h2>Are you worried about paying your energy bills this winter? Get in "
           "touch.</h2><ul><li>Email: <a href='mailto:x@news.example'>x@news.example</a></li><li>WhatsApp: +44 7700 "
           "900 417</li></ul><p>If you are reading this page and can't see the form you will need to visit the mobile "
           "version of the website to submit your question or comment.</p></div></div>")
    text = "".join(f"<div class='text-block'><p>Household energy bills will rise by 6% from January, part {n}.</p>"
                   "</div>" for n in range(5))
    record = _extract(article_page(text + box, head=cards))
    assert record["authors"] == ["Harriet Okonjo", "Daniel Pryce-Jones"]
    assert record["body"].endswith("part 4.")
    assert _sources("据新华社消息，会议指出，核电是安全、清洁、低碳的能源，要在确保绝对安全的前提下积极安全有序发展核电。", "zh-CN") == [
        "新华社"]
    text = "".join(f"<p>国务院常务会议核准了新的核电机组，总投资规模预计超过2000亿元，核电产业链订单可期，第{n}段。</p>" for n in range(5))
    closing = ("<p>海量资讯、精准解读，尽在金澜财经APP</p>"
               "<p>风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。</p>")
    record = _extract(article_page("<p>◎记者 甘雨桐 ○编辑 邵墨</p>" + text + closing, lang="zh-CN", title="核电",
                                   h1="核电审批提速"))
    assert record["authors"] == ["甘雨桐"]
    assert record["body"].endswith("第4段。")
