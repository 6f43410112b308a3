"""A hundred-and-eighth held-out round of pages imitating publishing systems (issue 9): celebrities, TV and showbiz: a
US entertainment site's celebrity story, a UK tabloid's showbiz page, a German celebrity news site's story, a French
people magazine's page, a Japanese entertainment news site's story, a Japanese women's web magazine's article, a
mainland portal's entertainment story, a Taiwanese entertainment news story; held out: an Australian TV news site's
story, an Austrian society page, a Japanese talent agency news web story, a Hong Kong entertainment story.

As in unseen71 to unseen107, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). Mended by a convention already written, after the
blind and dev scores: "記者NAME攝" credits NAME (tw_yule_news, as unseen104's cn_jiuye_news and unseen106's
tw_liulang_news have it).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_celeb_news, uk_showbiz_tabloid, de_promi_news, fr_people_magazine,
  ja_geino_news, ja_josei_web, cn_yule_news, tw_yule_news;
- held out (scored once, blind, before any rule of the round): au_tv_news, at_society_news, ja_talent_web,
  hk_yule_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (the expectations as first written): headline=1.000
  authors=1.000 date=1.000 body_start=1.000 body_end=0.500 related=0.889 attributions=0.798 images=0.738 (trafilatura
  2.3.1 on the same pages: headline=0.000 authors=0.750 date=0.750 body_start=0.750 body_end=0.500; newsarchive with
  the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=0.750
  related=0.767 attributions=0.886 images=0.917;
- dev and held out after the rules (see "Hundred-and-eighth held-out round" in docs/extraction-design.md): 1.000 in
  every field but the known failures below.

``tests/unseen_score.py unseen108`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import COUNCIL_TEXT as _TEXT  # noqa: E402
from unseen_score import article_page as _page  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import field_test  # noqa: E402
from unseen_score import teaser_urls as _teasers  # noqa: E402

SET = "unseen108"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = {
    # dev: "she told Vogue in October" (an outlet's one word, as a person's surname is written); not tried (a
    # figcaption holding only its credit's element, "figure-article-caption-owner", is read since unseen111)
    ("us_celeb_news", "attributions"),
    # dev: "told OK! before heading into the villa", "according to MailOnline" (one word each); not tried
    ("uk_showbiz_tabloid", "attributions"),
    # dev: a "Bilderstrecke" teaser (a gallery of pictures, "18 Bilder") read as a teaser; not tried
    ("de_promi_news", "related"),
    # (tw_yule_news's "推薦閱讀" list after the "相關新聞" box, read as teasers until unseen206: its cards on other
    # topics are the site's picks, ``body._picks_off_topic``)
    # held: its lead picture's caption under the gallery's teaser unread; "Speaking to Stellar" (one word); not tried
    # (the gallery's link, "View Gallery (24 images)", is no teaser since unseen109: a count of pictures closing it)
    ("au_tv_news", "attributions"),
    ("au_tv_news", "images"),
    # held: "ＦＭみなとのレギュラー番組で" (a station's name in full-width capitals and kana); not tried
    ("ja_talent_web", "attributions"),
}


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_where_showbiz_stories_end_and_open() -> None:
    """Social posts embedded after the text's last paragraph ("<blockquote class='twitter-tweet'>", Instagram's,
    TikTok's) close it (one between paragraphs stays); a box after the text that a tagline opens ("We pay for your
    stories!", "Do you have a story for The X team?") and "Offenlegung: …" close it; a "Need to Know" box of points
    over the text opens none."""
    tweet = ("<div class='embed'><blockquote class='twitter-tweet'><p lang='fr'>Tellement heureuse pour toi ma "
             "Camille ! Le plus beau rôle de ta vie commence.</p>&mdash; Inès Garnier (@inesgarnier) <a href='https://"
             "x.example/s/1'>3 juin 2026</a></blockquote></div>")
    fr = "".join(f"<p>L'actrice a annoncé attendre son premier enfant, dans un entretien publié mercredi. "
                 f"Partie {n}.</p>" for n in range(1, 6))
    assert _extract(_page(fr + tweet, lang="fr"))["body"].endswith("Partie 5.")
    assert "Tellement heureuse" in _extract(_page(fr[:200] + tweet + fr, lang="fr"))["body"]
    contact = ("<div class='article__content--contact'><p><strong>We pay for your stories!</strong></p><p>Do you "
               "have a story for The Beacon TV &amp; Showbiz team?</p><p>Email us at showbiz@news.example or call "
               "020 7946 0813. We pay for videos too.</p></div>")
    assert _extract(_page(_TEXT + contact))["body"].endswith(_TEXT.rsplit("<p>", 1)[1].removesuffix("</p>"))
    de = "".join(f"<p>Die Schauspielerin war der Stargast des Balls in der Hofburg. Teil {n}.</p>" for n in range(1, 6))
    note = ("<p><em>Offenlegung: Die Ballkarten wurden der Redaktion vom Veranstalter kostenlos zur Verfügung gestellt."
            "</em></p>")
    assert _extract(_page(de + note, lang="de"))["body"].endswith("Teil 5.")
    points = ("<div class='mntl-sc-block-callout--need-to-know'><div><h3>Need to Know</h3></div><div><ul><li>Sienna "
              "Marlowe and Rhett Calloway are engaged after two years of dating</li><li>The singer announced the news "
              "on Instagram on Tuesday</li></ul></div></div>")
    assert _extract(_page(points + _TEXT))["body"].startswith("The council voted on Tuesday")


def test_outlets_credits_and_teasers_of_showbiz_stories() -> None:
    """"a-t-elle confié à <em>Paris Match</em>" (the subject inverted after the auxiliary); "told KIIS FM's breakfast
    show" (the possessive no part of the name); "昨年秋に週刊ミラージュが「…」を報じていた" (a magazine's name opening with
    its kind); "音楽誌「X」６月号のインタビューで"; a caption closing on "（IG@NAME）" credits the account; a site's search
    ("/search/?kw=NAME") is no teaser. (A "READ MORE ON X" box named as a BEM element of the text's block,
    "article__content-read-more", holding teasers is uk_showbiz_tabloid's related field.)"""
    assert _sources("« J'ai appris que j'étais enceinte seule », a-t-elle confié à <em>Paris Match</em>. L'actrice "
                    "assure.", "fr") == ["Paris Match"]
    assert _sources("Calder told KIIS FM's breakfast show this season's cast was the most strategic.") == ["KIIS FM"]
    assert _sources("2人の交際は、昨年秋に週刊ミラージュが「都内の飲食店で食事を楽しむ姿」を報じていた。", "ja") == ["週刊ミラージュ"]
    assert _sources("美月は音楽誌「ロッキング・ノート」６月号のインタビューで休止期間を振り返った。", "ja") == ["ロッキング・ノート"]
    hk = "".join(f"<p>邵俊霆今日宣布太太誕下女兒，兩人結婚5年。第{n}段。</p>" for n in range(1, 6))
    figure = ("<figure><img src='/ig.jpg' alt=''><figcaption>邵俊霆今日在IG宣布太太梁穎希誕女喜訊。（IG@shiuchunting）"
              "</figcaption></figure>")
    title = "邵俊霆宣布做爸爸"
    images = _extract(_page(hk[:30] + figure + hk, lang="zh-HK", title=title, h1=title))["images"]
    assert [(i["caption"], i["credit"]) for i in images] == [("邵俊霆今日在IG宣布太太梁穎希誕女喜訊。", "IG@shiuchunting")]
    search = ("<div class='related-keywords'><h3>関連記事</h3><ul>" + "".join(
        f"<li><a href='https://news.example/search/?kw=word{n}'>ルミナゲートの関連ニュースを探す {n}</a></li>"
        for n in range(1, 4)) + "</ul></div>")
    assert _teasers(_page(_TEXT + search)) == []
