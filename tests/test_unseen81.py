"""An eighty-first held-out round of pages imitating publishing systems (issue 9): opinion, commentary and analysis
pages: a columnist's column with the columnist's box, a guest commentary closing on the writer's note and a
disclaimer of the views, unsigned editorials, an analysis by a think-tank's researcher, an interview written as
questions and answers, a first-person piece "as told to" a writer. Three declare nothing but a ``<title>``. The
held-out pages are scored blind, BEFORE any rule of the round.

As in unseen71 to unseen80, the pages were written by four writers side by side who did not read the extractor's
code or design notes, nor ran it, nor opened the others' pages, from memory of each system's markup, with invented
text and ``.example`` domains:

- en_uknational_column: a UK national paper's column (Guardian-like ``dcr-`` classes): the columnist's cutout, a
  series kicker, "Imogen … is a Lantern columnist" and a call for letters closing the text, a reader-support appeal
  after it (its button linking "/contribute"), "Explore more on these topics";
- en_usregional_editorial: a US regional daily's unsigned editorial (Gannett-like): "The Register Editorial Board" as
  byline and declared author, a map whose address only "data-gl-src" holds, "This editorial is the opinion of the X's
  editorial board: …" and "Share your opinion: Submit a letter to the editor …" after the text;
- fr_editorial: a Paris daily's editorial: the paper as byline and declared author, three "Lire aussi" boxes ("Lire
  aussi le décryptage |"), a signature line naming the paper;
- de_gastkommentar: an Austrian regional daily's guest commentary: "Gastautorin" over the name, "© APA/…" credits,
  "Zur Person: …" and "Gastkommentare geben ausschließlich die Meinung … wieder." in the text's box;
- jp_chuo_shasetsu: a national daily's unsigned 社説: the paper declared as author, "ロイター通信が報じたところでは",
  "時事通信の調べでは", a print note after the text;
- jp_shiomi_column: a regional paper's column: a columnist's box ("p-columnist": 論説委員, NAME), "（撮影・NAME）";
- cn_jhnews: a city paper's unsigned 社论, declaring only a ``<title>``: "编辑 / A　校对 / B" and a rights notice
  ("…版权归…所有，未经书面授权…不得转载") after the text;
- tw_windvane: a Taiwanese digital native's guest op-ed: "觀看數" in the byline's line, "根據《X》的分析", "*作者為…副教授"
  and "本文為作者觀點，不代表X立場…" closing the text;
- en_thinktank_qa (held out): a Canadian think tank's Q&A on Wagtail, declaring only a ``<title>``: "This interview
  has been edited for length and clarity.", a views disclaimer, a "Related" grid;
- fr_temoignage (held out): a Quebec magazine's first-person piece on WordPress, declaring only a ``<title>``:
  "Témoignage de A · Propos recueillis par B", "Ce témoignage a été condensé et révisé par souci de clarté.";
- jp_miraipri_analysis (held out): a think tank's analysis on an old XHTML system: "地域政策研究部　主任研究員　NAME", a
  "ポイント" box, a disclaimer "※本稿の内容は筆者個人の見解であり…";
- sg_chenbao (held out): a Singapore Chinese daily's column on a Drupal-like system: "作者是本报言论组副主任", "不过据《X》
  早前的报道".

``NAME.expected.json`` holds what a reader sees, by the conventions of the README and the earlier rounds (as given to
the writers; see ``test_unseen71.py``), and for these pieces: an unsigned editorial has no author; in an "as told to"
piece both the person whose words it is and the writer are authors; the writer's job line or note and a disclaimer of
the views are no body. Mended by a convention already written: an editor's line credits no contributor (cn_jhnews's
"编辑 / A　校对 / B").

The split was decided before any page was run, and written here first (each writer's third page held out):

- dev (the rules are fixed on these): en_uknational_column, en_usregional_editorial, fr_editorial, de_gastkommentar,
  jp_chuo_shasetsu, jp_shiomi_column, cn_jhnews, tw_windvane;
- held out (scored once, blind, before any rule of the round): en_thinktank_qa, fr_temoignage, jp_miraipri_analysis,
  sg_chenbao.

Until the held-out score was taken, no test ran on the held-out pages. Scores (``unseen_score.py``):

- held out, scored once blind before any rule of the round: headline=1.000 authors=0.500 date=1.000
  body_start=1.000 body_end=0.750 related=1.000 attributions=0.714 images=1.000 (trafilatura 2.3.1 on the same
  pages: headline=0.500 authors=0.500 date=0.750 body_start=0.750 body_end=0.750; newsarchive with the declarations
  taken out: the same figures);
- dev, before any rule of the round (the expectation mended): headline=1.000 authors=0.833 date=1.000
  body_start=1.000 body_end=0.375 related=1.000 attributions=0.783 images=0.938;
- dev and held out after the rules (see "Eighty-first held-out round" in docs/extraction-design.md): 1.000 in every
  field but fr_temoignage's attributions, mended in round 84 (below).

``tests/unseen_score.py unseen81`` prints the per-field scores (``dev``, ``held`` or ``all``).
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

from newsarchive.extraction.authors import split_byline  # noqa: E402

SET = "unseen81"

#: (page, field) pairs still wrong, each a kind not fixed yet.
KNOWN_FAILURES: set[tuple[str, str]] = set()
# (mended in round 84: "Selon une enquête publiée l’an dernier par <em>Le Bulletin agricole</em>", a French title
# going on in lower case after its noun, closing the clause, cites it)


test_page_field = field_test(SET, KNOWN_FAILURES)


_JA = "　住民の利用は年々増えており、町は来年度から蔵書を倍に増やす方針だ。担当者は「読みたい本がないと言われるのがつらい」と話す。"
_ZH = "".join(f"<p>　　老旧小区加装电梯已推行多年，但低层住户与高层住户之间的分歧，仍是许多项目迟迟无法落地的主因，第{i}段。</p>"
              for i in range(5))


def _ends(after: str, lang: str = "en", text: str = _TEXT, expected: str = "where it was last year.") -> bool:
    return _extract(_page(text + after, lang=lang))["body"].endswith(expected)


def test_an_opinion_pages_closing_notes_are_no_text() -> None:
    """After the text: a call for letters, the board whose editorial it is, a disclaimer of the views (English,
    German, French, Chinese, Japanese), the writer's note ("Zur Person: …", "*作者為…"), the editors' note on the
    piece as printed ("This interview has been edited for length and clarity.", "Ce témoignage a été condensé …"),
    and a Chinese paper's editors' line and rights notice."""
    assert _ends("<p><em>Do you have an opinion on the issues raised in this article? If you would like to submit a "
                 "response of up to 300 words by email to be considered for publication, please click here.</em></p>")
    assert _ends("<p><em>This editorial is the opinion of the Register's editorial board: Dana Whitcombe, executive "
                 "editor; and Harold Vint, community member.</em></p><p><strong>Share your opinion:</strong> Submit a "
                 "letter to the editor of 250 words or fewer.</p>")
    assert _ends("<p><em>The views expressed in this commentary are the author's own and do not necessarily reflect "
                 "those of the institute.</em></p>")
    assert _ends("<p><strong>Zur Person:</strong> Veronika Haidinger (47) ist Raumplanerin in Graz.</p><p><em>"
                 "Gastkommentare geben ausschließlich die Meinung der Autorin oder des Autors wieder.</em></p>", "de")
    assert _ends("<p><em>Ce témoignage a été condensé et révisé par souci de clarté.</em></p>", "fr")
    assert _ends("<p><em>This interview has been edited for length and clarity.</em></p>")
    zh_end = "第4段。"
    assert _ends("<p><em>*作者為南投科技大學社會工作系副教授</em></p><p>本文為作者觀點，不代表風向傳媒立場。</p>", "zh-Hant",
                 _ZH, zh_end)
    assert _ends("<div class='editor'><p>编辑 / 陈思远　校对 / 刘燕</p></div><div class='statement'><p>京华新报所有原创"
                 "内容版权归京华新报社所有，未经书面授权，任何单位及个人不得转载。</p></div>", "zh", _ZH, zh_end)
    ja = "".join(f"<p>{_JA}</p>" for _ in range(4))
    assert _ends("<p>※本稿の内容は筆者個人の見解であり、所属組織の見解を示すものではありません。</p>", "ja", ja, "話す。")
    # a sentence of the text speaking of views stays
    assert _ends("<p>The views expressed at the meeting were mixed, the mayor said afterwards.</p>", expected="wards.")
    assert _ends("<p>他表示，这只是个人看法，不代表公司立场。</p>", "zh", _ZH, "不代表公司立场。")


def test_an_appeal_box_before_the_topics_line_closes_no_text() -> None:
    """A reader-support appeal after the text, its button linking the site's "/contribute" page, then a label line
    ("Explore more on these topics"): the appeal's sentences are no text."""
    appeal = ("<div class='epic'><h2>… as you’re joining us today, we have a small favour to ask.</h2><p>Tens of "
              "millions have placed their trust in our fearless journalism, because we believe everyone deserves "
              "access to information.</p><p>If there were ever a time to join us, it is now. <strong>Support us from "
              "just £2 a month.</strong></p><a href='https://support.news.example/contribute?ref=1'>Continue</a></div>"
              "<div><span>Explore more on these topics</span></div>")
    assert _ends(appeal)


def test_a_bylines_view_counter_and_a_columnists_box() -> None:
    """"觀看數 --" in the byline's line is a counter, no writer; a column's box of its columnist ("p-columnist__name")
    names the writer, and a Japanese job before the name ("論説委員　NAME", "地域政策研究部　主任研究員　NAME") goes."""
    head = ("<div class='author_block'><span class='info_author'><a href='/authors/86219'>林昱廷</a></span> <span>"
            "2024-09-12 06:50</span> <span class='info_view'>觀看數 <span class='view_count'>--</span></span></div>")
    assert _extract(_page(_ZH, head=head, lang="zh-Hant", h1="長照3.0上路前"))["authors"] == ["林昱廷"]
    head = ("<div class='p-columnist'><div class='p-columnist__info'><p class='p-columnist__title'>論説委員</p>"
            "<p class='p-columnist__name'>藤井直樹</p></div></div>")
    ja = "".join(f"<p>{_JA}</p>" for _ in range(4))
    assert _extract(_page(ja, head=head, lang="ja", h1="最終便が出る日まで"))["authors"] == ["藤井直樹"]
    assert split_byline("地域政策研究部　主任研究員　山本恵子")[0] == ["山本恵子"]
    assert split_byline("論説委員　藤井直樹")[0] == ["藤井直樹"]
    assert split_byline("研究員 佐藤 真理")[0] == ["佐藤 真理"]


def test_a_first_person_pieces_speaker_and_a_chinese_papers_according_to() -> None:
    """"Témoignage de NAME" leads the speaker in; "根據《X》的分析", "不过据《X》早前的报道" cite X (but not "数据《…》");
    "ロイター通信が報じた" cites the agency by the name printed."""
    assert split_byline("Témoignage de Sylvie Gagnon")[0] == ["Sylvie Gagnon"]
    assert _sources("根據《東洋新報》的分析，日本透過分級證照制度讓照顧人員逐步晉升。", lang="zh-Hant") == ["東洋新報"]
    assert _sources("不过据《南岛经济周刊》早前的报道，参加培训的学员中三年后仍在经营的比例不到一半。", lang="zh") == ["南岛经济周刊"]
    assert _sources("相关数据《统计年鉴》中也有记载，各地差异明显。", lang="zh") == []
    assert _sources("ロイター通信が報じたところでは、欧州の複数の国が電力の輸入を急増させた。", lang="ja") == ["ロイター通信"]


def test_a_picture_whose_address_only_a_lazy_loaders_own_attribute_holds() -> None:
    """"<img src='data:…' data-gl-src='URL'>" (a lazy loader's attribute no list knows): the picture is the URL's,
    with its caption and credit."""
    figure = ("<figure><div><img src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' "
              "data-gl-src='https://news.example/gcdn/2024/02/14/LeadMap.png?width=660' width='660' height='440' "
              "alt='Map'></div><figcaption><span>A city map shows lead lines on the north side.</span> <span "
              "class='credit'>Courtesy of City of Linnhaven</span></figcaption></figure>")
    images = _extract(_page(_TEXT[:300] + figure + _TEXT))["images"]
    assert [(i["url"], i["credit"]) for i in images] == [
        ("https://news.example/gcdn/2024/02/14/LeadMap.png?width=660", "Courtesy of City of Linnhaven")]


def test_the_writer_a_first_person_piece_was_told_to() -> None:
    """"<span>Témoignage de A</span><span>·</span><span>Propos recueillis par <a>B</a></span>": the speaker and the
    writer it was told to are both authors; a date after the byline names nobody."""
    head = ("<div class='entry-meta'><span class='byline'>Témoignage de <span>Sylvie Gagnon</span></span><span "
            "class='meta-sep'>·</span><span class='as-told-to'>Propos recueillis par <span class='author vcard'><a "
            "href='/auteur/genevieve-lavoie/'>Geneviève Lavoie</a></span></span><span class='meta-sep'>·</span>"
            "<span class='posted-on'>8 février 2024</span></div>")
    assert _extract(_page(_TEXT, head=head, lang="fr"))["authors"] == ["Sylvie Gagnon", "Geneviève Lavoie"]
    head = "<p class='byline'>By Jane Roe</p><p>As told to Sam Lee</p>"
    assert _extract(_page(_TEXT, head=head))["authors"] == ["Jane Roe", "Sam Lee"]
