"""A hundred-and-ninety-sixth held-out round of pages imitating publishing systems (issue 9): church bells, pipe organs
and bell-ringers: a UK national paper's bell-ringers story, a US metro paper's pipe organ story, a German regional
paper's church bells story, a French regional daily's organ story, a Japanese national daily's temple bell story, a
Japanese web medium's pipe organ feature, a mainland portal's bell story, a Taiwanese paper's pipe organ story; held
out: an Australian site's town hall organ story, an Austrian paper's bell foundry story, a Japanese regional paper's
temple bell story, a Hong Kong paper's church bells story.

As in unseen71 to unseen195, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_bells_news, us_organ_news, de_glocken_news, fr_orgue_news, ja_kane_news,
  ja_organ_web, cn_zhong_news, tw_fengqin_news;
- held out (scored once, blind, before any rule of the round): au_organ_news, at_glocken_news, ja_kane_chiho,
  hk_zhong_news.

Until the held-out score is taken, no test runs on the held-out pages.

``tests/unseen_score.py unseen196`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import paragraphs as _paragraphs  # noqa: E402

SET = "unseen196"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: a web magazine's credits list under the headline, "<dt>編集</dt><dd>NAME（X編集部）</dd>", credits the editor
    # as a contributor (the README's convention for a feature's credits box), its writer expecting none (as unseen151's
    # ja_kotoba_web and unseen153's ja_podcast_web; earlier sets expect the editor: unseen82, unseen86, unseen103)
    ("ja_organ_web", "attributions"),
}

# Expectations mended by a written convention after the blind score: a picture "provided by" X in Japanese ("（宝泉寺提供）",
# "＝浄蓮寺提供") is credited as printed, "宝泉寺提供" (the README's convention, as "Courtesy of X"; its writer had set
# "宝泉寺"): ja_kane_news (dev) and ja_kane_chiho (held out); an Australian broadcaster's "(Supplied: X)" is credited
# whole, as the earlier sets credit it, and a body cited with its link ("according to the <a>Wirraminna and District
# Historical Society</a>") is a source, as the contract's `source` says ("a cited outlet or body") (au_organ_news, held
# out; its writer had dropped "Supplied:" and listed no such source); a Taiwanese
# paper's name before its reporter's on its group's news site ("聯興報 / 記者NAME／台南即時報導" on 聯興新聞網) is the
# story's source, as the earlier sets' pages of that system credit it (tw_fengqin_news, dev; its writer had listed none).


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_a_support_appeal_named_for_the_outlet_after_the_text() -> None:
    """A reader appeal after the text whose button calls to support the outlet by its name ("<a href='…/contribute?
    INTCMP=epic_uk'>Support the Ledger</a>" under "If you can, please support us today."), its words more than an
    offer's box prints (``body.OFFER_MAX``): no part of the text."""
    text = _paragraphs("Back in Wickbury, the tower captain has put a notice in the parish magazine and a poster in the "
                       "village shop, and two people have rung her so far, one of them a nine-year-old who will have to wait", 8)
    epic = ("<div class='dcr-epic'><h2>Before you move on …</h2><p>… we have a small favour to ask. Over the past year, "
            "millions of readers turned to the Ledger for independent reporting on the stories that matter where they "
            "live – from rural bus cuts to the future of village halls and parish churches.</p><p>We have no shareholders "
            "and no billionaire owner. That means our journalism is free from commercial and political influence, and we "
            "can keep it open for everyone to read, regardless of where they live or what they can afford to pay.</p><p>If "
            "you can, please support us today. It takes only a minute. If you can, please consider supporting us with a "
            "regular amount each month. Thank you.</p><div><a href='https://support.ledger."
            "example/contribute?INTCMP=epic_uk'>Support the Ledger</a></div></div>")
    record = _extract(article_page(f"<div id='maincontent'><div class='article-body'>{text}</div></div>{epic}",
                                   title="Bell-ringers", h1="Church bell-ringers struggle to find recruits"))
    assert record["body"].endswith("who will have to wait, 7.")


def test_a_background_label_in_the_texts_own_box_closes_it() -> None:
    """A Chinese portal's "【链接】" alone on its line in the text's own box, its background paragraph after it: the
    story ended above it (no box of its own says where the background ends)."""
    text = _paragraphs("博物馆方面表示，下一步还计划将编钟的全部演奏录音整理归档，并推出线上节目", 5)
    background = ("<p><strong>【链接】</strong></p><p>编钟是中国古代大型打击乐器，兴起于西周，盛行于春秋战国直至秦汉。编钟由若干"
                  "大小不同的钟按音调高低依次悬挂在钟架上，用木槌敲击发声。</p>")
    record = _extract(article_page(text + background, lang="zh-CN", title="编钟", h1="千年编钟再次奏响"))
    assert record["body"].endswith("并推出线上节目, 4.")


def test_a_facts_box_and_a_call_for_tips_after_a_hong_kong_story() -> None:
    """A Hong Kong paper's box of times under its title after the text, then its call for tips labelled "【報料】"
    alone (no "讀者" before it): neither is the text's."""
    text = _paragraphs("麥家信說，教堂鐘聲是社區記憶的一部分，我哋希望佢可以再響多一百年", 5)
    after = ("<div class='sc-box'><h4>聖安提帕堂鳴鐘時間</h4><p>主日崇拜：逢周日上午9時45分</p><p>節期鳴鐘：復活節、聖誕節"
             "</p><p>鐘樓開放日：每年9月</p></div><div class='sc-tip'><strong>【報料】</strong>你身邊有值得報道的故事？歡迎"
             "WhatsApp 5100 0101或電郵至 news@lingyi.example 向本報報料。</div>")
    record = _extract(article_page(text + after, lang="zh-HK", title="教堂鐘聲", h1="百年教堂鐘聲重現西營盤"))
    assert record["body"].endswith("我哋希望佢可以再響多一百年, 4.")


def test_sources_of_the_round() -> None:
    """A French title going on with its place after the speaker's verb ("a-t-il expliqué à L’Hebdo des Monts.") is
    cited whole."""
    assert cited_sources("« C’est notre patrimoine », a-t-il expliqué à L’Hebdo des Monts.", lang="fr") == [
        "L’Hebdo des Monts"]

