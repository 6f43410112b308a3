"""An eighty-third held-out round of pages imitating publishing systems (issue 9): small newsrooms and blogs on
off-the-shelf themes and site builders (tagDiv's Newspaper, Jannah, GeneratePress with YARPP, Kadence, Ghost's
Casper, the Japanese SWELL and Lightning, Hatena Blog, WPCOM's JustNews), each printed as its theme prints it:
post-meta lines, breadcrumbs, tables of contents, blog cards, author boxes, related-posts blocks, widgets. Three
declare nothing but a ``<title>``. The held-out pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen82, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each theme's markup, with invented
text and ``.example`` domains:

- us_marlowledger: a small-town paper on tagDiv's Newspaper with Yoast: the logo's ``<h1>``, a sub-title standfirst,
  "By NAME – date", "(Photo courtesy of the Tillman family)", "told the Ledger", "RELATED ARTICLES";
- in_dairydimensions: a trade magazine on Jannah: a ticker, "Last Updated:", "| Photo Credit: NAME", an Easy Table
  of Contents, "Also Read:", "(With inputs from X)";
- de_selbachbote: a German local news site on Newspaper with Yoast: "- Werbung -", "Lesen Sie auch:", "Mitarbeit:
  NAME", "ÄHNLICHE ARTIKEL";
- fr_abeillesruchers: a French hobby magazine on Kadence, declaring only a ``<title>``: an author box naming the
  writer, "Articles similaires" cards (each card's title in its own ``<header>``);
- jp_railmodel_swell: a model-railway magazine on SWELL with Yoast: a key-points box ("この記事でわかること") opening
  the text, "あわせて読みたい" blog cards (the label and the card's title, excerpt and picture in boxes of their own);
- jp_mizube_lightning: a non-profit's report on Lightning, declaring only a ``<title>``: the desk's account "事務局" as
  the meta line's author, "（報告：事務局 NAME）" closing the text, "10月20日付のX日報でも紹介されました";
- cn_xichuan: a county news site on JustNews with Baidu's JSON-LD: "溪川在线讯（记者 NAME）", "责任编辑：NAME";
- tw_teaxiang: a tea trade magazine on Newspaper with Yoast: "文／NAME　攝影／NAME" opening the text's box;
- uk_riverwatchnotes (held out): a hydrologist's blog on GeneratePress with YARPP, declaring only a ``<title>``: the
  update's hidden ``<time class="updated">`` printed before the publication's;
- ch_netzfragen (held out): a Swiss expert blog on Ghost's Casper: a correction callout, "Das Onlinemagazin «X»", the
  writers' note in italics under a rule;
- jp_minato_hatena (held out): a forecaster's Hatena blog: the footer line naming the Hatena id only, an author box
  "この記事を書いた人" naming the writer;
- my_liuliannotes (held out): a Malaysian grower's blog on GeneratePress: a Simple Author Box (``itemprop="author"``)
  closing the content's box.

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``), and for these pages: a theme's related-posts block labelled as related is
related, its popular, recent and recommended widgets are not; an author box after the post names the writer when the
meta line does not. Mended by conventions already written, after the dev score: "Photo courtesy of X" is credited
"Courtesy of X" (us_marlowledger; as unseen10's, unseen12's, unseen57's pages and a dozen more); a Chinese editors'
line credits no contributor (cn_xichuan's "责任编辑"). Mended in unseen87's round, when "Grafik:" and "Chart:" came to
be read alike: the outlet's own chart credits no photographer (ch_netzfragen's "Grafik: Netzfragen", as unseen45's
"Chart: The Ledger"; the picture's credit stays "Netzfragen").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): us_marlowledger, in_dairydimensions, de_selbachbote, fr_abeillesruchers,
  jp_railmodel_swell, jp_mizube_lightning, cn_xichuan, tw_teaxiang;
- held out (scored once, blind, before any rule of the round): uk_riverwatchnotes, ch_netzfragen, jp_minato_hatena,
  my_liuliannotes.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.750 date=0.750
  body_start=1.000 body_end=0.500 related=1.000 attributions=0.931 images=1.000 (trafilatura 2.3.1 on the same
  pages: headline=0.750 authors=0.667 date=0.750 body_start=0.500 body_end=0.500; newsarchive with the declarations
  taken out: the same figures);
- dev, before any rule of the round (the expectations as first written): headline=1.000 authors=0.875 date=1.000
  body_start=0.875 body_end=1.000 related=0.911 attributions=0.877 images=0.938;
- dev and held out after the rules (see "Eighty-third held-out round" in docs/extraction-design.md): 1.000 in every
  field.

``tests/unseen_score.py unseen83`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

from newsarchive.extraction import extract, load_page  # noqa: E402
from newsarchive.extraction.hints import PROMPT_TEXT  # noqa: E402

SET = "unseen83"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()


test_page_field = field_test(SET, KNOWN_FAILURES)


_JA = "".join(f"<p>鉄道模型の愛好家や家族連れでにぎわう恒例のイベントが11月16、17の両日、市民交流センターで開かれ、2日間で"
              f"約4800人が訪れた。第{n}段落。</p>" for n in range(1, 6))


def test_the_sites_short_name_cites_nobody() -> None:
    """"told the Ledger" on the Marlow Valley Ledger's site: the paper calling itself by the last word of its name is
    no source; another outlet told so is one."""
    meta = "<meta property='og:site_name' content='Marlow Valley Ledger'>"
    said = "Gene Tillman told the Ledger on Monday that he will close the business at the end of next month."

    def sources(sentence: str) -> list[str]:
        record = _extract(_page(_TEXT[:200] + f"<p>{sentence}</p>" + _TEXT, meta=meta))
        return [a["name"] for a in record["attributions"] if a["role"] == "source"]
    assert sources(said) == []
    assert sources(said.replace("the Ledger", "the Oakridge Courier")) == ["the Oakridge Courier"]


def test_a_related_block_of_cards_whose_titles_sit_in_headers() -> None:
    """"<div class='entry-related'><h2>Articles similaires</h2>…<article><a><img></a><header><h3><a>TITLE</a></h3>
    </header></article>…": a card's ``<header>`` inside a box named "related" is read, its headline a teaser."""
    cards = "".join(f"<div class='carousel-item'><article class='entry loop-entry'><a class='post-thumbnail' "
                    f"href='/frelon-{n}/'><img src='/f{n}.jpg' alt=''></a><div class='entry-content-wrap'><header "
                    f"class='entry-header'><h3 class='entry-title'><a href='/frelon-{n}/'>Frelon asiatique : repérer "
                    f"et signaler un nid, partie {n}</a></h3></header></div></article></div>" for n in (1, 2))
    after = (f"<div class='entry-related'><div class='entry-related-inner'><h2 class='entry-related-title'>Articles "
             f"similaires</h2><div class='entry-related-carousel splide'>{cards}</div></div></div>")
    html = ("<html lang='fr'><head><title>Piégeage de printemps</title></head><body><main><div class='content-wrap'>"
            f"<article class='entry single-entry'><h1>Piégeage de printemps</h1><div class='entry-content'>"
            f"{_TEXT}</div></article>{after}</div></main></body></html>")
    assert _teasers(html) == ["https://news.example/frelon-1/", "https://news.example/frelon-2/"]


def test_a_blog_cards_label_over_its_parts() -> None:
    """"<div class='p-blogCard__inner'><span class='p-blogCard__caption'>あわせて読みたい</span><div><figure>…</div>
    <div><a>TITLE</a><span class='p-blogCard__excerpt'>…</span></div></div>" in the text: the label, named as a
    caption, heads the card's headline, a teaser; the card is no text."""
    card = ("<div class='p-blogCard'><div class='p-blogCard__inner'><span class='p-blogCard__caption'>あわせて読みたい</span>"
            "<div class='p-blogCard__thumb'><figure><img src='/t.jpg' alt=''></figure></div><div class='p-blogCard__body'>"
            "<a class='p-blogCard__title' href='/club/kitahama-tech/'>高校鉄研の「いま」を訪ねて（3）北浜工業高校　廃線跡を"
            "Nゲージでよみがえらせる</a><span class='p-blogCard__excerpt'>部室の床一面に広がるのは、半世紀前に姿を消した路面"
            "電車の町並み。</span></div></div></div>")
    record = _extract(_page(_JA + card + _JA, lang="ja"))
    assert [link["url"] for link in record["related_links"] if link["kind"] == "related"] == [
        "https://news.example/club/kitahama-tech/"]
    assert "部室の床一面" not in record["body"]


def test_a_key_points_box_opening_the_text() -> None:
    """"<div class='cap_box'><div class='cap_box_ttl'>この記事でわかること</div><ul><li>…</li></ul></div>" before the
    first paragraph: the points sum the text up, it opens under them."""
    box = ("<div class='swell-block-capbox cap_box'><div class='cap_box_ttl'><span>この記事でわかること</span></div>"
           "<div class='cap_box_content'><ul><li>2日間の来場者は約4800人で、第1回以来の最多に</li><li>来年の第13回は"
           "北浜市民体育館に会場を移す方針</li></ul></div></div>")
    assert _extract(_page(box + _JA, lang="ja"))["body"].startswith("鉄道模型の愛好家や家族連れで")


def test_an_associations_office_as_author_and_its_reporters_signature() -> None:
    """The meta line's author "事務局" (an association's office, a desk) names no writer; "（報告：事務局 NAME）"
    closing the text names the writer, without the label and the office."""
    head = "<div class='entry-meta'><span class='vcard author'><span class='fn'>事務局</span></span></div>"
    record = _extract(_page(_JA + "<p class='has-text-align-right'>（報告：事務局 浜野ゆかり）</p>", head=head, lang="ja"))
    assert record["authors"] == ["浜野ゆかり"]


def test_a_japanese_paper_that_carried_the_story() -> None:
    """"10月20日付の南湊日報でも紹介されました", "朝日新聞に掲載された" cite the paper; "新聞で紹介された" names none."""
    assert _sources("調査の結果は、10月20日付の南湊日報でも紹介されました。", lang="ja") == ["南湊日報"]
    assert _sources("この件は港北新聞に掲載された。", lang="ja") == ["港北新聞"]
    assert _sources("その取り組みは新聞で紹介された。", lang="ja") == []


def test_the_updates_hidden_time_before_the_publications() -> None:
    """"<span class='posted-on'><time class='updated'>12 March 2024</time><time class='entry-date published'>10 March
    2024</time></span>": the line's first date is the update's; a theme naming its one date "entry-date updated"
    prints the publication's."""
    head = ("<div class='entry-meta'><span class='posted-on'><time class='updated' datetime='2024-03-12T08:41:19+00:00'>"
            "12 March 2024</time><time class='entry-date published' datetime='2024-03-10T17:56:03+00:00'>10 March 2024"
            "</time></span></div>")
    assert _extract(_page(_TEXT, head=head))["published"][:10] == "2024-03-10"
    head = ("<div class='td-module-meta-info'><span class='td-post-date'><time class='entry-date updated td-module-date' "
            "datetime='2024-03-12T08:41:19+00:00'>12 March 2024</time></span></div>")
    assert _extract(_page(_TEXT, head=head))["published"][:10] == "2024-03-12"


def test_a_control_character_beside_the_updates_time_costs_nothing() -> None:
    """A control character in the line's words after the update's time (a broken page's): the line is read around the
    update's time, not cut out of a copy lxml cannot write the character back into (a ``ValueError`` lost the whole
    record)."""
    head = ("<div class='entry-meta'><span class='posted-on'><time class='updated' "
            "datetime='2024-03-12T08:41:19+00:00'>12 March 2024</time>\x0b <time class='entry-date published' "
            "datetime='2024-03-10T17:56:03+00:00'>10 March 2024</time>\x01</span></div>")
    result = extract(load_page(_page(_TEXT, head=head).encode("utf-8"), "https://news.example/2026/03/12/story"))
    assert result.error is None
    assert result.fields["published"][:10] == "2024-03-10"


def test_the_writers_note_under_a_rule_and_the_writers_card() -> None:
    """A last paragraph set wholly in italics under an ``<hr>`` (the writers' note) and a writer's card marked up as
    the author (``<div itemprop="author" itemscope itemtype="http://schema.org/Person">``, an author-box plugin's, in
    the text's box) close no text; an italic paragraph without the rule is the text's."""
    note = ("<hr><p><i><em>Corina Baumgartner ist Energieökonomin und forscht zu Strommärkten. Gemeinsam schreiben sie "
            "Netzfragen.</em></i></p>")
    assert _extract(_page(_TEXT + note, lang="de"))["body"].endswith("where it was last year.")
    assert _extract(_page(_TEXT + note.replace("<hr>", ""), lang="de"))["body"].endswith("schreiben sie Netzfragen.")
    card = ("<div class='saboxplugin-wrap' itemtype='http://schema.org/Person' itemscope itemprop='author'><div "
            "class='saboxplugin-authorname'><a href='/author/laohuang/'>黄国伟</a></div><div class='saboxplugin-desc'>"
            "<div itemprop='description'><p>人称“老黄”，柔佛州武吉丹那榴莲园园主，种植猫山王和黑刺已有十五年，曾任农业合作社技术"
            "顾问。</p></div></div></div>")
    assert _extract(_page(_TEXT + card))["body"].endswith("where it was last year.")


def test_an_outlet_named_with_its_kind_in_quotes() -> None:
    """"Das Onlinemagazin «X» kam … zu", "die Tageszeitung „X“", "le quotidien « X »", "the magazine "X"" cite X,
    whatever the verb; a quote after a noun of another kind ("Die Zeitung hat „keine Zeit“ gesagt") none."""
    assert _sources("Das Onlinemagazin «Energiewende heute» kam in einer eigenen Auswertung zu einem ähnlichen Befund.",
                    lang="de") == ["Energiewende heute"]
    assert _sources("Er arbeitet seit Langem für die Tageszeitung „Le Républicain Lorrain“.", lang="de") \
        == ["Le Républicain Lorrain"]
    assert _sources('The magazine "Harbor Life" found the same pattern in three other towns.') == ["Harbor Life"]
    assert _sources("Die Zeitung hat „keine Zeit“ gesagt, hieß es am Dienstag aus dem Rathaus.", lang="de") == []


def test_an_author_box_under_its_heading_names_the_writer() -> None:
    """With no byline, "<p>この記事を書いた人</p><img …><p><strong>NAME</strong>（気象予報士・防災士）</p><p>BIO</p>" in the
    post's footer names the writer, whatever the box's names; a line of a name and more ("NAME東京社会部フォロー…")
    names nobody."""
    def authors(line: str) -> list[str]:
        footer = (f"<footer class='entry-footer'><div class='customized-footer'><div class='profile-box'><p "
                  f"class='box-title'>この記事を書いた人</p><img src='/a.jpg' alt=''><p class='box-name'>{line}</p><p>"
                  f"南湊市在住。民間の気象会社で10年間予報業務に携わった。</p></div></div></footer>")
        return _extract(_page(_JA, lang="ja", after=footer))["authors"]
    assert authors("<strong>樋口 湊</strong>（気象予報士・防災士）") == ["樋口 湊"]
    assert authors("渡辺洋介東京社会部フォロー専門・関心分野戦争、平和、核問題") == []


def test_the_prompts_that_close_a_line_on_the_call() -> None:
    """``hints.PROMPT_TEXT`` tries its branches that scan the line before their words only when the words are there
    (``GuardedMatch``): each still matches its prompt, and a line of the text with none of the words matches none."""
    prompts = ["Start the day with a summary of the news. Sign up for our Morning Edition newsletter.",
               "ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest "
               "stories as soon as they're published.",
               "Get the best of our reporting delivered to your inbox every morning.",
               "To report a typo or an error, please click here.",
               "Pour ne rien manquer de l'actualité, suivez Numerama sur Google News !",
               "This audio version was generated by a synthetic voice; the text below is its transcript."]
    assert all(PROMPT_TEXT.match(text) for text in prompts)
    assert PROMPT_TEXT.match("The council voted on Tuesday to sign up for the regional transit plan.") is None
    assert PROMPT_TEXT.match("Readers who walk the river path say the old rails were taken up in the spring.") is None
