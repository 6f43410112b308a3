"""A hundred-and-eighty-ninth held-out round of pages imitating publishing systems (issue 9): forests, woodland and
logging: a UK national paper's woodland story, a US metro paper's logging story, a German regional paper's forest
story, a French regional daily's forest story, a Japanese national daily's forestry story, a Japanese lifestyle web
medium's forest story, a mainland portal's forest story, a Taiwanese paper's forest story; held out: a New Zealand
site's plantation story, a Swiss German-language paper's forest story, a Japanese regional paper's forestry story, a
Hong Kong site's country park story.

As in unseen71 to unseen188, the pages are written by four writers side by side who do not read the extractor's
code or design notes, nor run it, nor open the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains; the brief asks for openings and endings a tool could get wrong.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``, ``test_unseen89.py`` and ``test_unseen186.py``).

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): uk_forest_news, us_logging_news, de_wald_news, fr_foret_news,
  ja_shinrin_news, ja_mori_web, cn_senlin_news, tw_senlin_news;
- held out (scored once, blind, before any rule of the round): nz_forest_news, ch_wald_news, ja_ringyo_chiho,
  hk_jiaoye_news.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round (``git diff -- newsarchive`` empty): headline=1.000
  authors=1.000 date=1.000 body_start=0.500 body_end=1.000 related=0.950 attributions=0.917 images=0.917
  (trafilatura 2.3.1 on the same pages: headline=1.000 authors=0.125 date=0.500 body_start=0.500 body_end=0.250;
  newsarchive with the declarations taken out: the same figures);
- dev, before any rule of the round: headline=1.000 authors=1.000 date=1.000 body_start=0.875 body_end=0.750
  related=0.925 attributions=0.975 images=0.958;
- dev and held out after the rules (see "Hundred-and-eighty-ninth held-out round" in docs/extraction-design.md):
  every field right.

Two expectations were mended after the blind score, by written conventions only: ja_ringyo_chiho's "（X提供）"
picture credit is "X提供", credited as printed (its writer had cut "提供"; the blind score counted that picture's credit
and its attribution wrong on the page as written); ja_mori_web's "こちらの記事もおすすめ" cards after the article are
the site's picks, no teasers (round 26's convention, which aera, jp_tvnews, yahoojp and jp_column follow; the card of
that label between the text's paragraphs stays a teaser).

``tests/unseen_score.py unseen189`` prints the per-field scores (``dev``, ``held`` or ``all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_score import article_page, cited_sources, field_test, teaser_urls  # noqa: E402
from unseen_score import extract_page as _extract  # noqa: E402

SET = "unseen189"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


def _paragraphs(sentence: str, count: int = 5) -> list[str]:
    return [f"<p>{sentence}, {n}.</p>" for n in range(count)]


_SLASH = _paragraphs("Residents on the coast have woken to beaches buried under logs and tangled forestry waste after "
                     "the storm sent tonnes of pine slash down swollen rivers")
_FOREST = _paragraphs("白根沢町森林組合で、20～30代の若手作業員が増えている。伐採や間伐だけでなく、木材の販売やドローンを使った苗木の運搬まで任され"
                      "ている")


def test_a_radio_sites_play_controller_over_the_text() -> None:
    """The held-out page's player box between the lead picture and the text ("<div class='c-play-controller'>", its
    "▶ Listen" link, title, "duration 3′ 58″" and "Download: Ogg MP3 ( 3′ 58″ )" line) opens no text."""
    player = ("<div class='c-play-controller'><a class='c-play-controller__play' href='/audio/2019882614' "
              "role='button'>▶ Listen</a><div><div class='c-play-controller__title'>Reporter reports from the coast</div>"
              "<div class='c-play-controller__duration'>duration 3′ 58″</div></div>"
              "<div class='c-play-controller__download'>Download: <a href='https://podcast.news.example/a.ogg'>Ogg</a> "
              "<a href='https://podcast.news.example/a.mp3'>MP3</a> ( 3′ 58″ )</div></div>")
    record = _extract(article_page(player + "".join(_SLASH), title="Slash", h1="Slash buries coast after storm"))
    assert record["body"].startswith("Residents on the coast have woken")


def test_a_read_aloud_buttons_note_on_its_voice() -> None:
    """The held-out page's "▶ 記事を読み上げる 音声は自動で作成しているため、読み方が実際と異なる場合があります。" over the text,
    the read-aloud player's note on its machine voice, opens no text; a paragraph of the text on a voice does."""
    note = ("<div class='yomiage'><button type='button'>▶ 記事を読み上げる</button> 音声は自動で作成しているため、読み方が"
            "実際と異なる場合があります。</div>")
    record = _extract(article_page(note + "".join(_FOREST), lang="ja", title="林業", h1="森林組合に若手続々"))
    assert record["body"].startswith("白根沢町森林組合で")
    voice = "<p>音声は自動で作成しているが、組合長は「若い声が山に戻ってきた」と話す。</p>"
    record = _extract(article_page(voice + "".join(_FOREST), lang="ja", title="林業", h1="森林組合に若手続々"))
    assert record["body"].startswith("音声は自動で作成しているが")


def test_a_video_news_box_after_the_article() -> None:
    """The held-out page's box after the article's "関連記事" box, headed "動画ニュース" ("video news") and named
    "kanren" (related) too, lists the site's clips, no teasers; the same box headed "関連記事" holds teasers."""
    related = ("<div class='kanren'><h2>関連記事</h2><ul><li><a href='https://www.np.example/articles/-/482100'>"
               "県内の林業就業者、10年ぶり増加</a></li><li><a href='https://www.np.example/articles/-/481950'>"
               "町有林の間伐、ドローンで効率化</a></li></ul></div>")

    def urls(label: str) -> list[str]:
        box = (f"<div class='kanren pickup-video'><h2>{label}</h2><ul>"
               "<li><a href='https://www.np.example/movie/20260317-yuki/'>【動画】山麓で季節外れの大雪　除雪に追われる</a></li>"
               "<li><a href='https://www.np.example/movie/20260315-sake/'>【動画】酒蔵で新酒の仕込み最盛期</a></li></ul></div>")
        return teaser_urls(article_page("".join(_FOREST), lang="ja", title="林業", h1="森林組合に若手続々",
                                        after=related + box))
    articles = ["https://www.np.example/articles/-/482100", "https://www.np.example/articles/-/481950"]
    assert urls("動画ニュース") == articles
    assert urls("関連記事") == articles + ["https://www.np.example/movie/20260317-yuki/",
                                       "https://www.np.example/movie/20260315-sake/"]


def test_a_reader_callout_with_a_pitch_of_two_paragraphs() -> None:
    """A dev page's reader callout after the last paragraph, named so ("<div data-component='callout-block'
    class='dcr-callout'>"), its pitch two paragraphs long over the form and its fields' hints (more words than a
    widget's lines), closes no text."""
    pitch = ("<p>We would like to hear from people living near woods that are affected by road, rail or housing "
             "schemes. Are you campaigning to save a local wood, or do you support a scheme that would mean losing "
             "trees? Tell us what the wood means to you and what you think should happen next.</p><p>You can get in "
             "touch by filling in the form below, anonymously if you wish, or by contacting "
             "us via WhatsApp by clicking here or adding the contact +44(0)7700 900 512. Only the Courier can see your "
             "messages.</p>")
    form = ("<form action='/callout'><label>Name</label><p class='hint'>You do not need to use your full name</p>"
            "<input name='name'><label>Tell us about the wood near you and what is planned</label><p class='hint'>"
            "Please include as much detail as possible.</p><textarea name='story'></textarea><label>Email address"
            "</label><p class='hint'>Your contact details are helpful so we can contact you for more information. "
            "They will only be seen by the Courier.</p><input name='email'><p class='terms'>By submitting your "
            "response, you are agreeing to share your details with us for this feature.</p></form>")
    callout = (f"<div data-component='callout-block' class='dcr-callout'><details open><summary><h4>Do you live near "
               f"ancient woodland threatened by development?</h4></summary><div>{pitch}{form}</div></details></div>")
    text = "".join(_paragraphs("Campaigners say the bypass would cut through eleven hectares of a wood recorded since "
                               "the 1600s", 10))
    record = _extract(article_page(text + callout, title="Wood", h1="Ancient wood to be felled"))
    assert record["body"].endswith("recorded since the 1600s, 9.")


def test_outlets_and_agencies_of_the_round() -> None:
    """From the dev pages: "first reported by Cascade Public Media" (a public broadcaster's "Public Media"; "Cascade
    Media", a company's name as often, cites nothing), and a Japanese caption closing on an agency named so,
    "…＝列島通信"."""
    assert cited_sources("Campaign finance filings, first reported by Cascade Public Media, show the yes campaign has "
                         "raised $1.4 million.") == ["Cascade Public Media"]
    assert cited_sources("Campaign finance filings, first reported by Cascade Media, show the yes campaign has raised "
                         "$1.4 million.") == []
    picture = ("<figure><img src='https://www.np.example/img/kafun.jpg' width='800' height='533'><figcaption>風に揺れた"
               "スギの枝から、煙のように舞い上がる花粉＝列島通信</figcaption></figure>")
    record = _extract(article_page("".join(_FOREST[:2]) + picture + "".join(_FOREST[2:]), lang="ja", title="花粉",
                                   h1="スギ人工林、手入れ追いつかず"))
    assert [(image["caption"], image["credit"]) for image in record["images"]] == [
        ("風に揺れたスギの枝から、煙のように舞い上がる花粉", "列島通信")]


def test_a_series_note_over_a_japanese_feature() -> None:
    """A dev page's "この記事は、…編集部による連載「森とまちの手帖」の第3回です。連載一覧はこちら" over the text (the part of a
    series the article is) opens no text."""
    note = ("<p class='series-note'>この記事は、奥杉町とくらしのたね編集部による連載「森とまちの手帖」の第3回です。"
            "<a href='https://kurashinotane.example/series/mori-to-machi/'>連載一覧はこちら</a></p>")
    record = _extract(article_page(note + "".join(_FOREST), lang="ja", title="森", h1="森の町で木を削る"))
    assert record["body"].startswith("白根沢町森林組合で")


def test_a_tip_lines_box_of_a_title_and_its_words() -> None:
    """A dev page's box after the last paragraph, its title in lenticular brackets in an element of its own and its
    words loose after it ("<div class='report-box'><div>【森林保護檢舉專線】</div>發現盜伐…請撥打…</div>"), closes no
    text."""
    text = "".join(f"<p>林區分署表示，近年山老鼠盜伐紅檜與牛樟的案件雖有下降，但手法越來越隱密，巡山員仍需日夜巡護，第{n}段。</p>"
                   for n in range(5))
    box = ("<div class='report-box'><div class='report-box__title'>【森林保護檢舉專線】</div>發現盜伐、盜採或可疑人車，請撥打"
           "林區分署24小時專線 0800-000-000，或就近向警察機關報案（110）。檢舉人身分將予以保密。</div>")
    record = _extract(article_page(text + box, lang="zh-TW", title="盜伐", h1="山老鼠盜伐紅檜"))
    assert record["body"].endswith("巡山員仍需日夜巡護，第4段。")


def test_a_related_named_box_of_clips_right_after_the_text() -> None:
    """Found while writing the test above: the same "kanren" box headed "動画ニュース" or "おすすめ動画" right after the
    text, inside the article's box, is the site's clips too, no teasers (as beside the article); headed "関連記事" it
    holds teasers."""
    def urls(label: str) -> list[str]:
        box = (f"<div class='kanren pickup-video'><h2>{label}</h2><ul>"
               "<li><a href='https://www.np.example/movie/20260317-yuki/'>【動画】山麓で季節外れの大雪　除雪に追われる</a></li>"
               "<li><a href='https://www.np.example/movie/20260315-sake/'>【動画】酒蔵で新酒の仕込み最盛期</a></li></ul></div>")
        return teaser_urls(article_page("".join(_FOREST), lang="ja", title="林業", h1="森林組合に若手続々", after=box))
    assert urls("動画ニュース") == []
    assert urls("おすすめ動画") == []
    assert urls("関連記事") == ["https://www.np.example/movie/20260317-yuki/", "https://www.np.example/movie/20260315-sake/"]
