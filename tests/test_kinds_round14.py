"""One small page or string per kind of layout the fourteenth held-out round (``fixtures/unseen14``)
revealed; each fails without its rule (see "Fourteenth held-out round" in docs/extraction-design.md)."""

from __future__ import annotations

from newsarchive.extraction.credits import split_caption


def test_agency_in_lenticular_brackets_closing_a_caption() -> None:
    """"…＝東京都内【時事通信社】": an agency (or a "…社") in 【】 closing a Japanese or Chinese caption is its credit."""
    assert split_caption("東京電力の送電線＝東京都内【時事通信社】") == ("東京電力の送電線＝東京都内", "時事通信社")
    assert split_caption("首相官邸に入る首相＝11日午前【共同】") == ("首相官邸に入る首相＝11日午前", "共同")
    assert split_caption("【写真】東京電力の送電線") == ("【写真】東京電力の送電線", None)


def test_reporter_slash_photographed_closing_a_caption() -> None:
    """"…。記者王小明／攝影": a Taiwanese paper's reporter before "／攝影" is the photographer."""
    assert split_caption("台北市交通局宣布措施延長至年底。記者王小明／攝影") == ("台北市交通局宣布措施延長至年底。", "王小明")
    assert split_caption("民眾在站點租借自行車。記者林伯東/攝影") == ("民眾在站點租借自行車。", "林伯東")
