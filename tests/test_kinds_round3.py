"""Kinds of layout met on the third round of imitation pages (``fixtures/unseen3``): one small
page or string per rule (see "Third held-out round" in ``docs/extraction-design.md``)."""

from __future__ import annotations

from newsarchive.extraction import extract_article

TEXT = ["Ferry fares will rise by twelve per cent from July, the biggest single increase in more than a "
        "decade, under a new schedule released by the regulator on Thursday morning.",
        "An adult trip on the longest route will cost more at peak times, while the weekly cap will climb "
        "again, the regulator said in a statement published with the new schedule."]


def _page(after: str) -> dict:
    html = ("<html><body><article><h1>Ferry fares to rise</h1><div class='body'>"
            + "".join(f"<p>{t}</p>" for t in TEXT) + after + "</div></article></body></html>")
    return extract_article(html.encode(), "https://news.example/ferry")


def test_a_print_issue_note_after_the_text_is_not_text() -> None:
    for note in ("<p><em>This article appears in the April 2026 issue of Harbour Monthly. "
                 "<a href='/subscribe'>Subscribe now</a>.</em></p>",
                 "<p>This article appears in the <a href='/toc'>April 2026</a> print edition with the headline "
                 "“Fares Rise.”</p>",
                 "<p>A version of this article appears in print on March 13, 2026, Section A, Page 1 of the "
                 "New York edition with the headline: Ferry Fares to Rise.</p>"):
        assert _page(note)["body"].endswith(TEXT[-1]), note


def test_a_rights_notice_after_the_text_is_not_text() -> None:
    for note in ("<p>毎日新聞のニュースサイトに掲載の記事・写真・図表など無断転載を禁止します。</p>",
                 "<p>版权所有，未经授权不得转载。</p>"):
        assert _page(note)["body"].endswith(TEXT[-1]), note


def test_a_cjk_photographer_before_the_verb_is_the_credit() -> None:
    from newsarchive.extraction.credits import split_caption
    assert split_caption("ローカル線を走る列車＝岡山県内で2026年2月20日、小林一郎撮影") == (
        "ローカル線を走る列車＝岡山県内で2026年2月20日", "小林一郎")
    assert split_caption("车主在服务区为新能源汽车充电。新华社记者 陈刚 摄") == ("车主在服务区为新能源汽车充电。", "陈刚")
    assert split_caption("市區公車將全面汰換為電動公車。（記者林佳蓉攝）") == ("市區公車將全面汰換為電動公車。", "林佳蓉")
    assert split_caption("記者会見する社長（東京都千代田区で、山田太郎撮影）") == ("記者会見する社長", "山田太郎")
    assert split_caption("工人在车间忙碌。") == ("工人在车间忙碌。", None)
