"""A hundred-and-fifty-third held-out round of pages imitating publishing systems (issue 9): radio, podcasts and
broadcasting: a UK trade magazine site's licence fee story, a US public radio station's site's station anniversary
story, a German media magazine's site's broadcaster reform story, a French national daily's podcast story, a Japanese
national daily's broadcaster reform story, a Japanese media web medium's podcast feature, a mainland portal's
broadcaster story, a Taiwanese paper's radio station story; held out: an Irish regional paper's local radio closure
story, a Luxembourg German-language site's presenter farewell story, a Japanese regional paper's community radio story,
a Macau site's TV channel story.

As in unseen71 to unseen152, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the audio
players, programme schedules and broadcasters citing each other that broadcasting stories carry:

- uk_radio_news: a licence fee story on a trade magazine's WordPress theme ("Update, 15 May:" over the text, "first
  reported by PressLine", "Additional reporting by NAME" after it);
- us_radio_news: a station's anniversary on a public radio station's site ("Courtesy of X", "Listen • 6:41", "the X
  Gazette reported at the time", "KWRF’s NAME contributed to this report.");
- de_rundfunk_news: a broadcaster reform on a German media magazine ("Von NAME, Redakteurin Medienpolitik", "mit dpa",
  "Nach Informationen des „X“", "Wie der private Konkurrent Radio X … berichtete");
- fr_radio_news: podcasts on a French national daily ("Article réservé aux abonnés", "Lire aussi |", capitalised
  credits, "Comme l'a révélé X", "D'après X");
- ja_hoso_news: a licence fee reform on a national daily's pages ("＝…、NAME撮影", "英紙X", "コメントプラス" after the text);
- ja_podcast_web: a podcast feature on a media medium's Next.js pages (a credits box "文 / 写真 / 編集", an episode player,
  "写真：番組提供");
- cn_guangbo_news: a frequency change on a portal ("来源: X", "（原标题：…）", "X讯（记者 NAME）", a platform's Chinese and English
  disclaimer after the text);
- tw_guangbo_news: a station's closure on a Taiwanese daily ("紙本 DATE" beside the byline, captions in links' titles,
  "〔記者NAME／屏東報導〕", "➠ 延伸閱讀：");
- held out: ie_radio_news (a ``<title>`` alone: "Reporter: NAME" with an address, a bold first paragraph under the
  byline, "Picture: X"), lu_radio_news (a ``<title>`` alone, hashed classes: „Äddi“, "Audio: X", "Wie die „X“ am
  Freitag berichtet hatte"), ja_radio_chiho (a ``<title>`` alone, an old table layout: "（上伊奈支局・NAME）", a "関連記事"
  table with a bold label cell), mo_guangbo_news (a ``<title>`` alone, WordPress: "記者　NAME｜攝影　NAME", "【編按】本文已於…
  更新", "香江廣播亦曾報道", "（實習記者NAME協助採訪）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_radio_news, us_radio_news, de_rundfunk_news, fr_radio_news, ja_hoso_news,
  ja_podcast_web, cn_guangbo_news, tw_guangbo_news;
- held out (scored once, blind, before any rule of the round): ie_radio_news, lu_radio_news, ja_radio_chiho,
  mo_guangbo_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=1.000 related=0.750 attributions=0.977 images=1.000 (trafilatura 2.3.1 on the same pages: headline=1.000
  authors=0.500 date=0.750 body_start=0.250 body_end=0.750; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round: headline=1.000 authors=0.833 date=1.000 body_start=0.875 body_end=0.875
  related=1.000 attributions=0.887 images=0.875;
- dev and held out after the rules (see "Hundred-and-fifty-third held-out round" in docs/extraction-design.md): the
  known failures below aside, every field right. The rules made after the blind score, from the held-out pages:
  "【編按】本文已於…更新", a broadcaster's name closing on "廣播".

``tests/unseen_score.py unseen153`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen153"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # held: a "関連記事" table whose label is a bold cell ("<td class='rel_hd'><b>関連記事</b></td>") beside a section's
    # list of the same shape, its links not read as teasers; not tried
    ("ja_radio_chiho", "related"),
    # dev: "Nach Informationen des „Nordkurier am Sonntag“" and "Wie der private Konkurrent Radio Mittelland …
    # berichtete" not read as sources; not tried
    ("de_rundfunk_news", "attributions"),
    # dev: a credits box "文 / 写真 / 編集" read with its label "ライター" as a name and the editor as a contributor; not tried
    # (the label no name since unseen176: a writer's label read as a name beside another, ``authors._AUTHOR_CELL``)
    ("ja_podcast_web", "attributions"),
    # dev: a Taiwanese paper's pictures as links holding their captions in a title attribute and lazy images, the
    # caption read as the text's opening before the reporter's dateline "〔記者NAME／屏東報導〕" (the print edition's line
    # "紙本 DATE" beside the byline, read as a name before, names nobody since this round); not fixed
    ("tw_guangbo_news", "authors"),
    ("tw_guangbo_news", "body_start"),
    ("tw_guangbo_news", "attributions"),
    ("tw_guangbo_news", "images"),
}

# Expectation mended by a written convention after unseen203's round: cn_guangbo_news's "来源: 临湾晚报" under the
# headline of a portal naming itself otherwise (云帆新闻) is the story's source, as the README reads a Chinese portal's
# source line (its writer had listed none; the paper, declared as the page's author, was read as the site itself).


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_editors_notes_and_broadcasters_of_the_held_out_pages() -> None:
    """Rules made after the blind score: "【編按】本文已於5月23日上午更新，補充…" opens no text; "香江廣播亦曾報道" cites the
    broadcaster, its name closing on "廣播"."""
    text = "".join(f"<p>位於氹仔北區的濠江電視台新聞中心昨日下午舉行啟用儀式，多名傳媒界人士出席，第{n}段。</p>" for n in range(5))
    note = "<p>【編按】本文已於5月23日上午更新，補充新聞局回覆。</p>"
    assert _extract(article_page(note + text, lang="zh-HK", title="新聞中心", h1="電視台新聞中心啟用"))["body"].startswith(
        "位於氹仔")
    assert _sources("香江廣播亦曾報道，本澳多間媒體近年面對廣告收入下跌，電視台此次斥資興建新中心。", "zh-HK") == ["香江廣播"]


def test_platform_disclaimers_of_broadcasting_stories() -> None:
    """A self-publishing platform's disclaimer under its users' posts, in English and Chinese, closes no text; a
    Taiwanese paper's print edition beside the byline ("紙本 DATE") names nobody."""
    text = "".join(f"<p>临湾交通广播将于下月起更换播出频率，新频率覆盖范围更广，第{n}段。</p>" for n in range(5))
    after = ("<p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“云帆号”用户上传并发布，本平台仅提供信息存储服务。</p>"
             "<p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a "
             "user of Yunfan Hao, which is a social media platform and only provides information storage services.</p>")
    assert _extract(article_page(text + after, lang="zh-CN", title="频率", h1="交通广播换频"))["body"].endswith("第4段。")
    head = "<div class='author_info'>紙本 <a href='https://epaper.example/20260524'>2026.05.24</a></div>"
    text = "".join(f"<p>屏東縣南灣鄉唯一的在地電台將於本月31日午夜正式停播，結束38年的廣播歲月，第{n}段。</p>" for n in range(5))
    assert _extract(article_page(text, head=head, lang="zh-TW", title="停播", h1="在地電台停播"))["authors"] == []
