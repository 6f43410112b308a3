"""A hundred-and-forty-first held-out round of pages imitating publishing systems (issue 9): social media, influencers
and online platforms: a UK national broadcaster's site's platform fine story, a US tech and culture site's influencer
story, a German news magazine's site's influencer advertising story, a French regional daily's viral hoax story, a
Japanese national daily's platform regulation story, a Japanese IT web medium's creator economy feature, a mainland
portal's livestreamer story, a Taiwanese site's platform fine story; held out: a New Zealand news site's teen social
media ban story, a Swiss site's data leak story, a Japanese regional paper's local influencer story, a Hong Kong
outlet's viral hoax story.

As in unseen71 to unseen140, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asked for openings and endings a tool could get wrong, and for the verdict
boxes, embedded posts and screenshots platform stories carry:

- uk_social_news: a platform fined on a broadcaster's pages (a role and a handle in the byline, an update note over
  the text, "Pic: Reuters", "… Screenshot: Chirrup" in a box named "article-widget article-image", "as the X first
  reported", "Additional reporting by Reuters");
- us_creator_news: warning letters to creators on a Next.js site ("by A and B", a dek in an ``<h2>``, "Update, March
  10th…", TikTok and Instagram embeds, "first reported by the creator economy newsletter X", bios after the text);
- de_social_news: an influencer fined on a news magazine's pages (an ``<h2>`` headline after a kicker, "Update, 13.
  März…", "Foto: Screenshot Instagram / @NAME" under a caption whose words hold "im Bild,", "mit Material von dpa");
- fr_reseaux_news: a viral hoax on a French regional daily's pages (a "FAUX" verdict box, "| Capture d’écran TikTok",
  "Interrogé par Radio X", "Selon nos confrères du X", a ClaimReview declared);
- ja_sns_news: a regulator's order on a national daily's pages ("…求められた。【A、B】" closing the first paragraph, an AI
  summary box, "＝…、NAME撮影", "画像：Xのスクリーンショット");
- ja_sns_web: a creator economy feature on an IT medium ("[NAME，OUTLET]", a ``cmsAbstract`` summary, "公表した「…白書
  2025」によると", "（出典：X）", "（提供：X）");
- cn_wanghong_news: a livestreamer fined on a tech portal ("出品｜X", "作者｜NAME", "编辑｜NAME" opening the text's box, a
  Weibo embed, "图/网络截图", "据《X》报道", "新华社此前报道");
- tw_shequn_news: a platform fined on a Taiwanese site ("記者A、B／台北即時報導", "【更新】…" over the text, "記者NAME／攝影",
  "圖／取自X", a Facebook embed, a "※ 疑似詐騙請撥打165" hint after the text);
- held out: nz_social_news (a ``<title>`` alone, Arc: a "Quick Read" box, "Photo / X", "although the Associated Press
  reported", a bio in the text's box), ch_social_news (a ``<title>`` alone, hashed classes: "Das Wichtigste in Kürze",
  "Screenshot: X", "Mitarbeit: NAME"), ja_sns_chiho (a ``<title>`` alone, an old table layout: "（NAME）" closing the last
  paragraph, "「月刊あきつ」のウェブ版が先に報じていた"), hk_shejiao_news (a ``<title>`` alone, hashed classes: a verdict box
  and a "<strong>重點：</strong><ul>…" box over the text, "（網上截圖）", "（資料圖片／NAME攝）").

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py`` and ``test_unseen89.py``). One dev expectation was mended after the dev score,
by a convention already written: fr_reseaux_news's "Capture d’écran TikTok" credits TikTok (a screenshot's source
closing a caption is its credit, ``test_kinds_round35``; after a picture's label, "Foto: Screenshot X", the screenshot's
word stays, as unseen118's at_chronik_news and this round's de_social_news have it).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_social_news, us_creator_news, de_social_news, fr_reseaux_news, ja_sns_news,
  ja_sns_web, cn_wanghong_news, tw_shequn_news;
- held out (scored once, blind, before any rule of the round): nz_social_news, ch_social_news, ja_sns_chiho,
  hk_shejiao_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.750
  body_end=1.000 related=1.000 attributions=0.887 images=0.833 (trafilatura 2.3.1 on the same pages: headline=0.750
  authors=0.000 date=0.500 body_start=0.000 body_end=0.000; newsarchive with the declarations taken out: the same
  figures);
- dev, before any rule of the round (before the mended expectation): headline=1.000 authors=0.958 date=1.000
  body_start=1.000 body_end=1.000 related=1.000 attributions=0.918 images=0.812;
- dev and held out after the rules (see "Hundred-and-forty-first held-out round" in docs/extraction-design.md):
  1.000 in every field. The rules made after the blind score, from the held-out pages: "although the Associated Press
  reported", "「X」のウェブ版が先に報じていた", a summary's label as its box's own words ("<strong>重點：</strong><ul>"),
  "（網上截圖）" credited as printed.

``tests/unseen_score.py unseen141`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, field_test  # noqa: E402
from unseen_score import cited_sources as _sources  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen141"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _images(html: str) -> list[tuple[str | None, str | None]]:
    return [(image["caption"], image["credit"]) for image in _extract(html)["images"]]


def test_citations_summaries_and_screenshots_of_the_held_out_pages() -> None:
    """Rules made after the blind score: "although the Associated Press reported" and "「月刊あきつ」のウェブ版が先に報じていた"
    cite outlets; a summary's label set as its box's own words ("<div><strong>重點：</strong><ul>…") opens no text;
    "（網上截圖）" credits the screenshot as printed."""
    assert _sources("Australia removed 4.7 million accounts, although the Associated Press reported that many "
                    "teenagers had moved to messaging apps.") == ["the Associated Press"]
    assert _sources("このことは、地元の情報誌「月刊あきつ」のウェブ版が先に報じていた。", "ja") == ["月刊あきつ"]
    text = "".join(f"<p>一則聲稱八達通將於4月1日起停用舊卡的訊息，近日在WhatsApp群組瘋傳，八達通公司昨日澄清，第{n}段。</p>"
                   for n in range(5))
    box = ("<div class='css-1cx5kqb'><strong>重點：</strong><ul><li>網傳訊息稱舊款八達通4月起停用</li><li>八達通公司澄清從無"
           "此安排</li></ul></div>")
    figure = ("<figure><img src='https://cdn.example/1.jpeg'><figcaption><span>網傳訊息聲稱八達通將停用舊卡。（網上截圖）"
              "</span></figcaption></figure>")
    html = article_page(box + figure + text, lang="zh-HK", title="八達通停用舊卡？", h1="查核：八達通4月停用舊卡？錯誤")
    assert _extract(html)["body"].startswith("一則聲稱八達通")
    assert _images(html) == [("網傳訊息聲稱八達通將停用舊卡。", "網上截圖")]


def test_signatures_credits_and_pictures_of_platform_stories() -> None:
    """"…求められた。【A、B】" closing the first paragraph names both writers; "Foto: Screenshot Instagram / @NAME" keeps
    the screenshot's word after the label, and "im Bild, kein Hinweis" in the caption's words is no label; a box named
    "article-widget article-image" holds the article's picture; "<span>写真・図版一覧（2枚）</span>" credits nobody; a
    white paper's title someone published ("公表した「…白書2025」によると") cites no outlet."""
    text = "".join(f"<p>同省によると、削除申請の約3割で通知が期限を超えていた。同社は改善計画を提出する。第{n}段落。</p>" for n in range(4))
    lead = "<p>総務省は14日、交流サイト大手の日本法人に対し、初の是正勧告を出した。同社は改善計画を提出するよう求められた。【木崎遥人、三好紗季】</p>"
    record = _extract(article_page(lead + text, lang="ja", title="是正勧告", h1="ＳＮＳ大手に初の是正勧告"))
    assert record["authors"] == ["木崎遥人", "三好紗季"]
    text = "".join(f"<p>Das Landgericht Hamburg hat eine Fitness-Influencerin wegen Schleichwerbung verurteilt, Teil "
                   f"{n}.</p>" for n in range(5))
    figure = ("<figure><img src='https://cdn.example/lara.jpg'><figcaption><p>Die Influencerin in einem der Videos: "
              "Eine Tube Creme im Bild, kein Hinweis auf Werbung</p><span>Foto: Screenshot Instagram / "
              "@lara.moves</span></figcaption></figure>")
    assert _images(article_page(text[:200] + figure + text, lang="de")) == [
        ("Die Influencerin in einem der Videos: Eine Tube Creme im Bild, kein Hinweis auf Werbung",
         "Screenshot Instagram / @lara.moves")]
    text = "".join(f"<p>The regulator fined the video app £18.4m for failing to protect children, part {n}.</p>"
                   for n in range(5))
    widget = ("<div class='sdc-article-widget sdc-article-image'><div class='sdc-article-image__wrapper'><img "
              "src='https://cdn.example/images/768x432/signup.jpg' alt='Sign-up screen'></div><figcaption><span>The "
              "sign-up screen let children enter any date of birth. Screenshot: Chirrup</span></figcaption></div>")
    assert _images(article_page(text[:200] + widget + text)) == [
        ("The sign-up screen let children enter any date of birth.", "Chirrup")]
    text = "".join(f"<p>格安航空会社のスカイメドウ航空は12日、機材繰りのため国内線の一部を欠航すると発表した。第{n}段落。</p>"
                   for n in range(5))
    figure = ("<figure><a href='https://news.example/photo/AS1.html'><img src='https://news.example/photos/AS1.jpg' "
              "width='640' height='427'></a><figcaption>成田空港に駐機する旅客機＝2026年3月12日午前、千葉県成田市、山本拓也撮影"
              "<span class='p-article__photoCount'>写真・図版一覧（2枚）</span></figcaption></figure>")
    assert _images(article_page(figure + text, lang="ja", title="欠航", h1="スカイメドウ航空、国内線を欠航")) == [
        ("成田空港に駐機する旅客機＝2026年3月12日午前、千葉県成田市", "山本拓也")]
    assert _sources("調査会社クリエイティブ総研が3月12日に公表した「クリエイターエコノミー白書2025」によると、市場は拡大した。",
                    "ja") == []
