"""A hundred-and-eightieth held-out round of pages imitating publishing systems (issue 9): bees, beekeeping and honey: a
UK regional paper's rooftop hives story, a US national site's honey fraud story, a German regional paper's beekeepers
story, a French national daily's pesticide story, a Japanese national daily's honeybee story, a Japanese food web
medium's honey story, a mainland portal's honey story, a Taiwanese paper's bee decline story; held out: a Canadian
regional site's bee disease story, a Swiss regional paper's stolen hives story, a Japanese regional paper's local
beekeeper story, a Hong Kong site's urban beekeeping story.

As in unseen71 to unseen179, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_bees_news, us_honey_news, de_imker_news, fr_abeilles_news, ja_mitsubachi_news,
  ja_hachimitsu_web, cn_fengmi_news, tw_mifeng_news;
- held out (scored once, blind, before any rule of the round): ca_apiary_news, ch_bienen_news, ja_yoho_chiho,
  hk_yangfeng_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=0.750 related=1.000 attributions=0.905 images=1.000 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.250 date=1.000 body_start=0.250 body_end=0.250; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round, against the expectations as mended by a written convention (the paper opening a
  Taiwanese byline on the group's site is a source, tw_mifeng_news's "聯晨報", as unseen14's udn has it):
  headline=1.000 authors=1.000 date=1.000 body_start=1.000 body_end=0.875 related=1.000 attributions=0.982
  images=1.000;
- dev and held out after the rules (see "Hundred-and-eightieth held-out round" in docs/extraction-design.md): every
  field right. The rules made after the blind score, from the held-out pages: an audio player's German note, "— With
  files from the X Ledger" in italics, a paper named by its kind that featured the subject ("農業専門紙の農業日報も…
  紹介しており"), a Hong Kong weekly's print note.

``tests/unseen_score.py unseen180`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, credit_pairs, field_test, teaser_urls  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen180"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_DE_TEXT = "".join("<p>Unbekannte haben in der Nacht auf Sonntag zwölf Bienenvölker von einem Stand oberhalb des "
                   f"Dorfes gestohlen, Teil {n}.</p>" for n in range(5))


def test_an_audio_players_note_a_files_line_and_a_signatures_agency() -> None:
    """From the held-out pages: an audio player's German note over the text ("Artikel zum Hören 5:12 min Diese
    Audioversion wurde künstlich generiert. Mehr Infos") opens none; "— With files from the X Ledger" in italics in a
    box of its own after the text credits the paper (its "the" no part of the name); a signature closing on the agency
    used ("NAME et NAME (avec AFP)") credits the agency, "(with his wife)" nobody."""
    player = ("<div class='audio'><span>Artikel zum Hören</span><span>5:12 min</span><span>Diese Audioversion wurde "
              "künstlich generiert. Mehr Infos</span></div>")
    assert _extract(article_page(player + _DE_TEXT, lang="de", title="Bienen",
                                 h1="Zwölf Bienenvölker gestohlen"))["body"].startswith("Unbekannte haben")
    text = "".join("<p>Inspectors confirmed American foulbrood in three apiaries near the lake this week, and the "
                   f"province ordered the hives burned, part {n}.</p>" for n in range(5))
    files = "<div class='details-credit'><em>— With files from the Kamloops Ledger</em></div>"
    assert ["contributor", "Kamloops Ledger"] in credit_pairs(_extract(article_page(text, after=files)))
    signed = ("<section class='article__signature'><span>Claire Vandermeersch</span> et <span>Hugo Létang</span> "
              "(avec AFP)</section><section class='article__reactions'><div class='services'><a href='/contribuer'>"
              "Contribuer</a><a href='/reutiliser'>Réutiliser ce contenu</a><button>Partager</button></div></section>")
    fr_text = "".join("<p>Le gouvernement a accordé une nouvelle dérogation pour un insecticide interdit, au grand dam "
                      f"des apiculteurs de la région, partie {n}.</p>" for n in range(5))
    page = ("<html lang='fr'><head><meta charset='utf-8'><title>Abeilles</title></head><body><article><h1>Les "
            "apiculteurs en colère</h1><p class='byline'>Par <a href='/signataires/claire-vandermeersch'>Claire "
            "Vandermeersch</a> et <a href='/signataires/hugo-letang'>Hugo Létang</a></p>"
            "<section class='article__content'>"
            + fr_text.replace("<p>", "<p class='article__paragraph'>") + signed + "</section></article></body></html>")
    assert ["contributor", "AFP"] in credit_pairs(_extract(page))
    unsigned = "<section class='article__signature'><span>Claire Vandermeersch</span> (with his wife)</section>"
    assert not any(role == "contributor" for role, _ in credit_pairs(_extract(article_page(fr_text + unsigned))))


_JA_TEXT = "".join(f"<p>南郷地区の養蜂家らでつくる会が、耕作放棄地に蜜源植物を植える取り組みを続けている。第{n}段落。</p>"
                   for n in range(5))


def test_a_trade_paper_named_by_its_kind_a_recipe_cards_module_and_a_sources_document() -> None:
    """From the held-out page: a paper named after its kind and "の" that featured the subject ("農業専門紙の農業日報も
    昨年、…として紹介しており") is a source, a letter none ("手紙の存在は…報じて話題となり"). A recipe card set as a CSS
    module's box ("<div class='RecipeCard_root__eP0Wn'>") after the text, notes marked "※" after it, closes no text; a
    box's "来源：" naming a society's leaflet ("中国养蜂学会科普材料") cites no outlet."""
    assert cited_sources("農業専門紙の農業日報も昨年、会の活動を「過疎地の養蜂再生モデル」として紹介しており、視察も相次ぐ。",
                         lang="ja") == ["農業日報"]
    assert cited_sources("手紙の存在は、2月に地元の研究者が報じて話題となった。", lang="ja") == []
    card = ("<div class='RecipeCard_root__eP0Wn'><p class='RecipeCard_label'>おまけレシピ</p><h3>はちみつトースト</h3><h4>材料"
            "</h4><ul><li>食パン　1枚</li><li>はちみつ　大さじ1</li></ul><h4>作り方</h4><ol><li>パンを焼く。</li><li>はちみつを"
            "かける。</li></ol></div><div class='Note'><p>※記事内の情報は2026年5月20日時点のものです。</p><p>※1歳未満の乳児には、"
            "はちみつを与えないでください。</p></div>")
    assert _extract(article_page(_JA_TEXT + card, lang="ja", title="はちみつ",
                                 h1="はちみつ、本当に体にいい？"))["body"].endswith("第4段落。")
    zh_text = "".join(f"<p>记者调查发现，市场上部分低价蜂蜜存在掺入糖浆的问题，消费者难以分辨，第{n}段。</p>" for n in range(5))
    box = "<div class='box'><p>【链接】什么是成熟蜜</p><p>蜂蜜在蜂巢中充分酿造后封盖。</p><p>来源：中国养蜂学会科普材料</p></div>"
    sources = [name for role, name in credit_pairs(_extract(article_page(zh_text[:150] + box + zh_text, lang="zh-CN",
                                                                          title="蜂蜜", h1="低价蜂蜜调查")))
               if role == "source"]
    assert "中国养蜂学会科普材料" not in sources


def test_a_hong_kong_weeklys_print_note_closing_the_text() -> None:
    """From the held-out page: the note that the story appeared in the site's print weekly ("上述文章刊登於第318期《港一
    周報》（2026年6月1日）〈城市蜜〉。如欲閱讀更多周報文章，請按此訂閱…") closes no text, and cites no journal or outlet; a study
    "刊登於國際期刊《X》" still cites its journal."""
    text = "".join(f"<p>天台養蜂在市區漸受歡迎，有養蜂人在大廈天台放置蜂箱，第{n}段。研究已刊登於國際期刊《Journal of Apicultural "
                   "Research》。</p>" if n == 2 else f"<p>天台養蜂在市區漸受歡迎，有養蜂人在大廈天台放置蜂箱，第{n}段。</p>"
                   for n in range(5))
    note = "<p>上述文章刊登於第318期《港一周報》（2026年6月1日）〈城市蜜〉。如欲閱讀更多周報文章，請按此訂閱港一周報電子版。</p>"
    record = _extract(article_page(text + note, lang="zh-HK", title="天台養蜂", h1="天台養蜂漸受歡迎"))
    assert record["body"].endswith("第4段。")
    sources = [name for role, name in credit_pairs(record) if role == "source"]
    assert sources == ["Journal of Apicultural Research"]
