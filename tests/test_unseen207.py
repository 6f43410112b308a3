"""A two-hundred-and-seventh held-out round of pages imitating publishing systems (issue 9): puppets and puppet
theatre: a UK regional paper's puppet theatre story, a US public radio station's puppeteer story, a German public
broadcaster's puppet theatre story, a French regional daily's marionette story, a Japanese public broadcaster's puppet
theatre story, a Japanese culture web magazine's puppeteer interview, a mainland paper's puppet show story, a Taiwanese
news site's glove puppetry story; held out: an Australian broadcaster's puppet story, a Belgian French-language paper's
marionette theatre story, a Japanese regional paper's puppet theatre story, a Singapore paper's puppet show story.

As in unseen71 to unseen206, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_puppet_news, us_puppet_news, de_puppen_news, fr_marionnette_news,
  ja_ningyo_news, ja_ningyo_web, cn_muou_news, tw_budaixi_news;
- held out (scored once, blind, before any rule of the round): au_puppet_news, be_marionnette_news, ja_ningyo_chiho,
  sg_muou_news.

Until the held-out score is taken, no test runs on the held-out pages.

Expectation mended after the blind score, by the README's convention ("X提供" credited as printed): ja_ningyo_chiho's
"（雲母谷人形保存会提供）" credits "雲母谷人形保存会提供" (its writer had set the name alone).

``tests/unseen_score.py unseen207`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, credit_pairs, field_test, teaser_urls  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402
from unseen_score import paragraphs as _paragraphs  # noqa: E402

SET = "unseen207"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def test_sources_of_the_round() -> None:
    """From the pages: "a-t-il déclaré à Télé Meuse-Vesdre" cites a local television by its "Télé"; "昨年秋に南アルプス
    テレビが特集番組で報じ" cites the station after a word of when, its programme the verb's place."""
    assert cited_sources("« Le laisser mourir aurait été une faute », a-t-il déclaré à Télé Meuse-Vesdre. Il espère "
                         "attirer aussi des écoles.", lang="fr") == ["Télé Meuse-Vesdre"]
    assert cited_sources("かしらの発見は昨年秋に南アルプステレビが特集番組で報じ、問い合わせが相次いだ。", lang="ja") == ["南アルプステレビ"]


def test_writers_and_helpers_of_the_round() -> None:
    """From the pages: a broadcaster's box after the text headed "取材した記者" ("the reporter who covered it"), the desk
    and job over the name ("<p>徳島放送局 記者</p><p>NAME</p><p>BIO</p>"), names the writer; "（实习记者NAME协助采访）" set
    apart under the text's box credits the intern as a contributor."""
    ja = _paragraphs("徳島県の山あいの集落に伝わる人形浄瑠璃の一座に、今年、地元の高校生たちが加わり、稽古に励んでいます", 5)
    box = ("<section class='reporter-box'><h2 class='visually-hidden'>取材した記者</h2><div class='item'><img "
           "src='/reporter/kawabata.jpg' alt=''><div class='txt'><p>徳島放送局 記者</p><p>川端 綾乃</p><p>2019年入局。"
           "警察・司法担当を経て、現在は県西部の文化や地域の話題を中心に取材。</p></div></div></section>")
    html = article_page(ja, lang="ja", title="人形浄瑠璃", h1="山あいの人形座に高校生").replace("</article>", "</article>" + box)
    assert _extract(html)["authors"] == ["川端 綾乃"]
    zh = ("<p>在林子轩的带动下，剧团去年又招收了三名年轻学徒，其中两人不会说福建话，剧团便为他们准备了注音唱词。</p><h2>获资助排演"
          "本地题材新剧</h2><p>今年，剧团获得文化艺术发展局资助，正在排练以本地民间故事为题材的新剧，预计年底在海湾剧院首演。</p><p>"
          "文化艺术发展局发言人答复本报询问时说，当局自2023年起已资助超过20个传统艺术团体开展传承工作。</p><p>对于剧团的未来，"
          "黄振发显得比几年前乐观许多。“只要还有人愿意拉起这些线，木偶就还能走下去。”</p>")
    html = ("<html lang='zh-Hans'><head></head><body><main><article><div class='article-body'>"
            f"{zh}</div><p class='article-credit'>（实习记者陈思颖协助采访）</p></article></main></body></html>")
    assert ["contributor", "陈思颖"] in credit_pairs(_extract(html))


def test_teasers_headline_and_a_follow_prompt_of_the_round() -> None:
    """From the pages: "Mehr Nachrichten aus der Region Lüneburg" heads the region's latest, no teasers; a teaser box's
    "Kultur in Norddeutschland: Alle Beiträge" links a section's index, no story; a French page's printed "… rouvre
    enfin : Tchantchès …" keeps its space before the colon where the <title> drops it; "Sachez que vous pouvez suivre X
    dans l'espace Mon X …" closes no text."""
    de = _paragraphs("Die Marionettenbühne Ahrens spielt seit 1952 in einer alten Scheune am Ortsrand von Wendhusen", 6)
    latest = ("<section class='teaserlist'><h2>Mehr Nachrichten aus der Region Lüneburg</h2>" + "".join(
        f"<div class='teaser'><h3><a href='https://news.example/nachrichten/region/Meldung-{n},meldung{n}.html'>"
        f"Kreistag beschließt neues Busnetz für die Region, Teil {n}</a></h3></div>" for n in range(3)) + "</section>")
    infos = ("<aside class='infobox'><h2>Weitere Informationen</h2><div class='teaser'><h3><a href='https://news."
             "example/kultur/Figurentheater-Festival,figurentheater212.html'>Figurentheater-Festival: Puppen aus zwölf "
             "Ländern</a></h3></div><div class='teaser'><h3><a href='https://news.example/kultur/index.html'>Kultur in "
             "Norddeutschland: Alle Beiträge</a></h3></div></aside>")
    page = article_page(de[:400] + infos + de, lang="de", title="Puppentheater", h1="Marionettenbühne in Not").replace(
        "</article>", "</article>" + latest)
    assert teaser_urls(page) == ["https://news.example/kultur/Figurentheater-Festival,figurentheater212.html"]
    fr = _paragraphs("Fermé depuis trois ans, le petit théâtre de marionnettes du Vieux-Pont rouvre ses portes "
                     "samedi", 5)
    html = article_page(fr, lang="fr", title="Le théâtre du Vieux-Pont rouvre enfin: Tchantchès retrouve sa scène - "
                        "SudMeuse", h1="Le théâtre du Vieux-Pont rouvre enfin : Tchantchès retrouve sa scène")
    assert _extract(html, url="https://www.sudmeuse.example/2026/03/21/theatre")["headline"] \
        == "Le théâtre du Vieux-Pont rouvre enfin : Tchantchès retrouve sa scène"
    follow = ("<p>Sachez que vous pouvez suivre L'Ouest Républicain dans l'espace Mon Républicain pour retrouver les "
              "actualités de Kerbellec et de vos autres communes.</p>")
    body = _extract(article_page(fr + follow, lang="fr", title="Marionnettes", h1="Marionnettes"))["body"]
    assert body.endswith("rouvre ses portes samedi, 4.")
