"""A hundred-and-forty-fourth held-out round of pages imitating publishing systems (issue 9): food safety, product
recalls and health warnings: a UK regional paper's product recall story, a US local TV station's site's outbreak story,
a German consumer news site's recall story, a French regional daily's recall story, a Japanese national daily's recall
story, a Japanese food web medium's allergy labelling feature, a mainland portal's recall story, a Taiwanese site's food
safety story; held out: a Canadian news site's food recall story, a Swiss site's recall story, a Japanese regional
paper's local food poisoning story, a Singapore Chinese-language outlet's recall story.

As in unseen71 to unseen143, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the affected
products' tables and "what to do" boxes recall stories carry:

- uk_recall_news: an allergy recall on a UK regional paper's pages ("UPDATE 6.40pm:" and a bullet summary over the
  text, "Read More" boxes, "(Image: X)", "as trade title The X first reported");
- us_recall_news: a salmonella outbreak on a local TV station's site ("Apr. 15, 2026 at 9:47 PM CDT" against a UTC
  time, "RIDGEFIELD, Okla. (KVTN) -", "The Associated Press contributed to this report.", "(Source: X)" credits);
- de_rueckruf_news: a recall on a German consumer site ("Stand:" the update's day, "Update vom 15. März", a batch table,
  "(lm mit Material der dpa)", "© Foto: Hersteller");
- fr_rappel_news: a cheese recall on a French regional daily ("Par A et B", a table's "Source : … RappelConso", a radio
  cited, "Photo X / OUTLET");
- ja_kaishu_news: a formula recall on a national daily's pages ("（最終更新 …）", an AI summary box, a recall table,
  "＝X提供", "業界紙のXが２０日朝に報じていた", comments after the text);
- ja_shokuhin_web: an allergy labelling feature on a WordPress medium ("文：NAME（食品ジャーナリスト）", "監修：管理栄養士 NAME",
  "2025年3月2日：…を表に追加しました。" over the text, "業界紙のX タイムスが２月に報じたところでは");
- cn_zhaohui_news: a car recall on a portal (a "核心提示：" box and "（原标题：…）" over the text, "图/X官网", "图/受访者供图");
- tw_shian_news: Sudan red in chilli powder on a Taiwanese site ("記者NAME／攝影", "（本文部分內容綜合中央社報導）" closing the
  text, a bio and a tip line after it);
- held out: ca_recall_news (a ``<title>`` alone: "A previous version of this story said … In fact, …" over the text,
  "— With files from OUTLET's NAME"), ch_rueckruf_news (a ``<title>`` alone, hashed classes: "avec ATS", "Photo: DR",
  "Selon le quotidien alémanique «X»"), ja_kaishu_chiho (a ``<title>`` alone, an old table layout: "（支局・NAME）" after
  the text, a "【ことば】" box), sg_shian_news (a ``<title>`` alone: "发布/…", "（X提供）", "（NAME摄）", "据英文《X》此前报道").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_recall_news, us_recall_news, de_rueckruf_news, fr_rappel_news, ja_kaishu_news,
  ja_shokuhin_web, cn_zhaohui_news, tw_shian_news;
- held out (scored once, blind, before any rule of the round): ca_recall_news, ch_rueckruf_news, ja_kaishu_chiho,
  sg_shian_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=1.000 related=1.000 attributions=0.977 images=1.000 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.500 date=0.750 body_start=0.250 body_end=0.500; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750 body_end=0.875
  related=1.000 attributions=0.902 images=1.000;
- dev and held out after the rules (see "Hundred-and-forty-fourth held-out round" in docs/extraction-design.md):
  1.000 in every field but attributions 0.984 (the known failures below). The rules made after the blind score, from
  the held-out pages: "A previous version of this story said …", "Selon le quotidien alémanique «X»".

``tests/unseen_score.py unseen144`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import credit_pairs as _pairs  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen144"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "監修：管理栄養士 木崎 遥", a reviewer whose name has a space, not read as a contributor; not tried
    ("ja_shokuhin_web", "attributions"),
}


# Expectation mended with unseen206, by the README's convention ("one source where a dateline gives the station's call
# sign"): us_recall_news's own dateline "RIDGEFIELD, Okla. (KVTN) -" names KVTN a source (its writer had listed none;
# it had stood as a known failure).

test_page_field = field_test(SET, KNOWN_FAILURES)


def test_notes_outlets_and_compiled_reports_of_recall_stories() -> None:
    """"A previous version of this story said …" and "2025年3月2日：…を表に追加しました。" open no text; "Selon le quotidien
    alémanique «X»", "as trade title The X first reported", "Xが２０日朝に報じていた" and "食品産業タイムス" cite outlets; a
    "核心提示：" box opens no text; "（本文部分內容綜合中央社報導）" credits the agency as a contributor, no source, and
    closes the text."""
    text = "".join(f"<p>Enoki mushrooms sold across Canada are being recalled over possible listeria, part {n}.</p>"
                   for n in range(5))
    note = ("<p><em>A previous version of this story said the recall covered Manitoba. In fact, it covers Ontario."
            "</em></p>")
    assert _extract(article_page(note + text))["body"].startswith("Enoki mushrooms")
    assert _sources("Selon le quotidien alémanique «Tages-Bote», qui a révélé l'affaire mardi soir, le défaut aurait "
                    "été découvert.", "fr") == ["Tages-Bote"]
    assert _sources("The problem came to light, as trade title The Grocery Ledger first reported, after a customer "
                    "fell ill.") == ["The Grocery Ledger"]
    assert _sources("回収の動きは、業界紙の日本食品経済新報が２０日朝に報じていた。", "ja") == ["日本食品経済新報"]
    assert _sources("業界紙の食品産業タイムスが２月に報じたところでは、企業の約半数が答えたといいます。", "ja") == ["食品産業タイムス"]
    text = "".join(f"<p>今年に入り、菓子や総菜でアレルギー表示が漏れていたとして、メーカーが商品を回収するケースが相次いでいます。第{n}段落。</p>"
                   for n in range(5))
    note = "<p>2025年3月2日：北浜フーズの回収事例を表に追加しました。</p>"
    assert _extract(article_page(note + text, lang="ja", title="アレルギー表示", h1="アレルギー表示漏れの回収が相次ぐ"))[
        "body"].startswith("今年に入り")
    text = "".join(f"<p>华曜汽车向市场监管总局备案了召回计划，召回部分纯电动车，第{n}段。</p>" for n in range(5))
    box = "<div class='digest'><p>核心提示：本次召回范围内部分车辆电池包下壳体密封胶涂覆不均匀，长时间涉水后可能进水。</p></div>"
    assert _extract(article_page(box + text, lang="zh-CN", title="汽车召回", h1="华曜汽车召回部分纯电动车"))[
        "body"].startswith("华曜汽车向市场监管总局")
    text = "".join(f"<p>台北市衛生局抽驗辣椒粉，驗出禁用色素蘇丹紅，業者已下架相關產品並追查來源，第{n}段。</p>" for n in range(5))
    after = ("<div class='author-card'><p>食安網生活中心記者，跑食品安全與消費線，關注食品標示議題。</p></div>"
             "<p>※ 食安網關心您的健康，若有食安問題歡迎來信 news@shian.example 爆料。</p>")
    record = _extract(article_page(text + "<p>（本文部分內容綜合中央社報導）</p>", lang="zh-TW", title="蘇丹紅",
                                   h1="辣椒粉驗出蘇丹紅", after=after))
    assert ["contributor", "中央社"] in _pairs(record) and ["source", "中央社"] not in _pairs(record)
    assert "爆料" not in record["body"]
