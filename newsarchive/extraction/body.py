"""The article body: its text, its container element and the links in it.

Approach (our own, written for this project): one walk cuts the page into paragraph
blocks while skipping subtrees that cannot be article text (``blocks.py``); the blocks
vote for the ancestor that wraps the prose best (``container.py``); the blocks inside
that container, minus teaser and prompt lines, are the body. General-purpose
extractors (readability, trafilatura) clean a copy of the tree and then score it; doing
the cleaning and the scoring during one walk, without copying or mutating the shared
tree, keeps extraction fast and leaves ``page.tree`` intact for the other extractors.
"""

from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from urllib.parse import SplitResult, unquote, urljoin, urlsplit

from lxml.etree import Element, XPath
from lxml.html import HtmlElement

from newsarchive.extraction.authors import (
    ABOUT_WRITER,
    AUTHOR_PAGE,
    BYLINE_HINT,
    CREDIT_LABEL_CELL,
    CREDIT_NAME_LINE,
    POSTED_BY,
    POSTED_BY_LINE_MAX,
    signs_off,
    writers_line_after_text,
)
from newsarchive.extraction.blocks import (
    _WIDE,
    TEASER_MIN,
    Block,
    Walk,
    anchors_of,
    cut_blocks,
    prose_size,
)
from newsarchive.extraction.container import (
    LABEL_MAX,
    MAX_LINK_DENSITY,
    block_weight,
    card_summaries,
    choose_container,
    furniture_level,
    layout_wrappers,
)
from newsarchive.extraction.credits import closes_on_picture_note, is_agency, reads_as_credit, split_caption
from newsarchive.extraction.dates import (
    TEXT_DATELINE,
    is_date_statement,
    parse_printed_date,
)
from newsarchive.extraction.headline import find_headline, host_names, page_site_names
from newsarchive.extraction.hints import (
    AGENCY_LINE,
    CONTACT_LINE,
    CORRECTION_NOTE,
    EDITED_NOTE,
    PRINT_NOTE,
    PROMPT_TEXT,
    PROVENANCE_NOTE,
    RELATED,
    SENTENCE_STOPS,
    SERIES_NOTE,
    SITE_NOTICE,
    TAGLINE,
    TEASER_TEXT,
    UPDATE_NOTE,
    lowered_names,
    name_kinds,
)
from newsarchive.extraction.images import (
    CAPTION_LINE_MAX,
    PICTURE_COUNT,
    SHOT_BY,
    base_url,
    below_picture_row,
    own_page,
)
from newsarchive.extraction.metadata import declared_description
from newsarchive.extraction.outlets import OUTLET_WORD
from newsarchive.extraction.page import Page
from newsarchive.extraction.structured import Structured, structured_data, type_names

_DROP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#")
#: a body shorter than this (in Latin-letter equivalents, ``prose_size``) sends the page to the lenient walk.
SHORT_BODY = 200
#: a line this long, or ending like this, is prose rather than a label.
SENTENCE_MIN = 80
#: a pull quote set before the text, printed again inside a later paragraph, is this long at least
PULL_QUOTE_MIN = 40
SENTENCE_ENDS = frozenset(".!?…:;,\"”’»)。！？、」』")
#: inside the container a sentence may be mostly link ("<a>we reported</a> on ...").
PROSE_LINK_DENSITY = 0.8
LIST_ROWS = frozenset(("li", "td", "th", "dd", "pre"))
#: a table cell of at most this many characters that is only a date, beside a cell holding a link, dates
#: a row of a list of posts (``_listing_date``)
LISTING_DATE_MAX = 24
#: the opening before the container is looked for over this many short lines (byline, date,
#: a table's caption and column heads; furniture-named lines do not count) ...
LEDE_GAP = 5
#: a teaser box labelled "Related", "More on this story" ... is looked for this many levels
#: above the text's container (a box beside the article, in the article's column).
RELATED_LEVELS = 3
#: the path of a topic or tag listing (its first or second segment ``topic``, ``tags``, ``thema`` ...):
#: a teaser box's topic link, not a story.
#: (a category's page only at the address's top: "/category/celebrity-style", "/kategorien/early-retirement"; a story
#: may be filed under one, "/videos/category/history/the-1930s-…", or be a page of its own below the category's
#: section, "/category/ai/Rt7Yh2NbV8cD.html", as Chinese tech media file their stories)
_TOPIC_PAGE = re.compile(r"^/(?:(?:[^/]+/)?(?:topics?|tags?|thema|themen|sujets?|keywords?|all-about|"
                         # (a sport's page of a player: "/fussball/spieler/NAME", "/nfl/players/NAME"; a bulletin
                         # board's thread, a reader's question and its answers: "/bbs/1/30000/", no article; a "/forum/"
                         # section is a paper's opinion pages as often; a search's results, "/search/?kw=NAME")
                         r"spieler|players?|athleten|athletes?|joueurs?|bbs|search)|kategorien?|"
                         r"categor(?:y|ies)(?!/[^/]+/[^/]+\.s?html?$))/", re.IGNORECASE)
#: a story's slug closing such a path, its id (five digits or more) and a headline of ``STORY_SLUG_WORDS`` words or
#: more: a pure-player files its stories under "/sujet/1735210000-livreurs-accidents-du-travail-plateformes"; a topic's
#: name is a few words ("/tag/sorveglianza-e-ricognizione-isr-173264.html", its id too)
STORY_SLUG_WORDS = 5
_SLUG_ID = re.compile(r"\d{5}")


def _story_slug(path: str) -> bool:
    """Whether the path's last segment is a story's slug: an id and ``STORY_SLUG_WORDS`` words of letters."""
    slug = path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return _SLUG_ID.search(slug) is not None and sum(w.isalpha() for w in re.split(r"[-_]", slug)) >= STORY_SLUG_WORDS


#: a file's name (a download beside the teasers: "Lageplan_Bruecke.pdf", "脚本合集.zip"), in a link's address or text
_FILE_NAME = re.compile(r"\.(?:pdf|zip|rar|7z|gz|docx?|xlsx?|pptx?|odt|ods|csv|epub|mp3|mp4)$", re.IGNORECASE)
#: a heading addressing the reader: a feed picked for her ("More for You", "Recommended for you", "Für Sie"),
#: not the article's teasers
FOR_READER = re.compile(r"\b(?:for you|für (?:sie|dich)|pour vous|pour toi|para (?:ti|usted|você)|per te|"
                        r"voor (?:jou|u))\b|"
                        # ... and in Chinese and Japanese: "猜你喜歡" (guess what you like), "你可能有興趣", "为你推荐",
                        # "あなたへのおすすめ" (not "你可能也喜歡", "you may also like", a teaser label: unseen51's tw_mag)
                        r"猜你喜[歡欢]|你可能(?:會|会)?(?:感興趣|感兴趣|有興趣|有兴趣)|[為为]你推[薦荐]|"
                        r"あなた(?:へ|に)の?おすすめ", re.IGNORECASE)
#: a standfirst above the byline opens with at least this many characters of the declared
#: description (as words, ``_text_key``).
STANDFIRST_PREFIX = 40
#: ... or hold this share of its distinct words, and of the description's (one text reworded).
SAME_WORDS = 0.8
#: the label of the list of sources closing a text (``_without_sources``), among its last blocks
_SOURCES_LABEL = re.compile(r"^(?:verwendete|genutzte|benutzte)?\s*quellen\s*:?$|^sources?\s*(?:utilisées|used)?\s*:?$|"
                            # a Japanese release's or science story's study cited: "論文情報", "掲載論文", "参考文献"
                            r"^(?:論文情報|発表論文|掲載論文|論文|参考文献|参考資料|參考資料|参考资料|參考文獻|出典)\s*[:：]?$|"
                            # (or "参考" alone over a health feature's list of the pages it drew on)
                            r"^(?:参考|參考)(?:サイト|リンク|情報)?\s*[:：]?$|"
                            # ... a health story's reference list ("References", "Literatur", "Bibliographie")
                            r"^(?:references|références|literatur(?:hinweise)?|bibliograph(?:y|ie))\s*:?$|"
                            r"^fuentes?\s*(?:consultadas)?\s*:?$|"
                            r"^(?:notes|notas|fußnoten|anmerkungen|endnotes|footnotes)\s*:?$|"
                            # ... and in Japanese and Chinese: "注", "脚注", "注釈", "注释", "註釋"
                            r"^(?:注|脚注|注釈|注释|註釋|註解|注解)\s*[:：]?$",
                            re.IGNORECASE)
SOURCES_WINDOW = 8
#: a study cited under such a label, however long: its DOI ("10.1038/s41593-026-01577-1") or its "et al." list of
#: authors ("Jiang-Xie, L.-F. et al.: TITLE. Nature Neuroscience …, 2026")
_CITED_STUDY = re.compile(r"\b(?:doi:?\s*)?10\.\d{4,9}/\S|\bet al\.", re.IGNORECASE)
#: the heading of a data story's note on its method, closing the text ("Methodology", "How we did it", "About the
#: data", "Methodik", "Méthodologie"): the note (at most ``METHOD_NOTE_BLOCKS`` blocks after it) is no part of the text
_METHOD_HEADING = re.compile(r"^(?:(?:our )?methodology|methods?|how we (?:did (?:it|this)|did the analysis|analy[sz]ed "
                             r"the data|reported this story)|about (?:the|this|our) (?:data|analysis)|methodik|"
                             r"méthodologie|(?:la )?méthode|metodolog[íi]a)\s*:?$"
                             # ... or over a glossary's entry: "ことば　在留特別許可", "〈ことば〉X", "用語解説", "Glossary"
                             r"|^(?:〈ことば〉|ことば[\s\u3000]|用語解説|用語集|名词解释|名詞解釋|glossary\b|glossar\b|lexique\b)",
                             re.IGNORECASE)
METHOD_NOTE_BLOCKS = 3
#: the heading of a press office's contact box closing the text ("Media contact", "Press contacts", "For media
#: inquiries"; a release's bare "Contacts" box, as distribution sites head it): the box (at most ``METHOD_NOTE_BLOCKS``
#: blocks after it) is no part of the text, as "Media contact:" leading the line is a tagline (``hints.TAGLINE``)
_CONTACT_HEADING = re.compile(r"^(?:(?:(?:press|media|news)\s+)?(?:contacts?|enquiries|inquiries)|for\s+(?:press|media)\s+"
                              r"(?:enquiries|inquiries)|pressekontakt|kontakt\s+für\s+(?:die\s+)?presse|"
                              r"contacts?\s+(?:presse|médias?)|"
                              # a Japanese release's "お問い合わせ先", "本件に関するお問い合わせ", "報道に関するお問合せ先"
                              r"(?:\S{1,12}に関する)?お?問い?合わせ先?)\s*[:：]?$", re.IGNORECASE)
#: a correction note's label alone on its line, the note on the lines after it ("【訂正】", "Correction", "Korrektur:",
#: "更正啟事"): the note (at most ``METHOD_NOTE_BLOCKS`` blocks after it) is no part of the text, as the label leading
#: the note's own line is a tagline (``hints.TAGLINE``)
_CORRECTION_LABEL = re.compile(r"^\W{0,2}(?:【(?:訂正|更正|订正|おわび|訂正・おわび)】|"
                               r"(?:(?:Correction|Clarification|Korrektur|Berichtigung|Rectificatif|Correctif|"
                               r"Erratum)s?|"
                               r"(?:更正|訂正|订正)(?:啟事|启事)?|訂正(?:と|・)?おわび)\s*[:：]?)$")
#: the label of the profile a Japanese web magazine sets under an interview, alone on its line ("PROFILE", "プロフィール"),
#: or a paper's box on the guest under it ("人物略歴", "【略歴】", "人物小档案", "嘉宾小档案", "Zur Person"): the person's
#: career, and the boxes after it (an event's "INFORMATION"), are no part of the text
_PROFILE_LABEL = re.compile(r"^【?(?:PROFILE|Profile|Profil|プロフィール|人物略歴|略歴|"
                            r"(?:人物|嘉宾|嘉賓|受访者|受訪者)小?(?:档案|檔案|简介|簡介)|Zur Person|"
                            # (an advice column's box of the people who answered and checked it: "回答者", "監修者")
                            r"回答者|監修者|執筆者)】?$")
_PROFILE_LABEL_MAX = 24
#: ... or of a facts box a travel or food feature, or an exhibition's review, closes on ("＜メモ＞", "【店舗データ】NAME", "施設情報",
#: "記者の採点", "INFO", "Infos pratiques", "Y aller", "If you go", "Anreise", "Quick guide", "The low-down"), or a
#: magazine's box of the print issue ("この記事が掲載されている号"), or an obituary's funeral arrangements: the practical
#: facts, the rating, the issue, no part of the text
_FACTS_LABEL = re.compile(r"^[＜<【\[■◆]?\s*(?:メモ|MEMO|INFO|Info|INFORMATION|DATA|Data|インフォメーション|"
                          # (a Chinese paper's box of background after the text: "■链接", "【知识链接】")
                          # (maybe with its title after a bar or a space: "链接｜什么是“司放”和“分速”", "■链接 火山预警怎么分级？")
                          r"(?:知识|知識)?(?:链接|鏈接)(?:(?:\s*[｜|]\s*|\s+)[^。｜|]{1,40})?|"
                          # (or of facts on the story's subject, maybe named after it: "■小資料：望濠公園風車", "背景资料",
                          # "新聞小辭典：高山蘋果")
                          r"(?:新聞|新闻)?(?:小|背景)(?:資料|资料|檔案|档案|辭典|辞典)(?:\s*[:：]\s*[^\s:：。，]{1,20})?|"
                          # (a shop's, a place's or a work's: "店舗データ", "ゲーム情報", "作品情報", "公演概要")
                          r"(?:店舗|施設|ゲーム|作品|書籍|商品|製品|イベント|開催|公演|映画|番組)(?:データ|情報|概要)|"
                          r"infos? pratiques|informations? pratiques|pratique|y aller|anreise|reiseinfos|quick guide|"
                          r"need to know|the low-?down|getting there|if you go|practical information|"
                          r"店家資訊|店家资讯|餐廳資料|餐厅资料|(?:記者の)?採点|(?:この記事が掲載されている|掲載)号|"
                          # a university's release closing on its paper's details, its glossary, its press contact
                          # ("論文情報", "用語解説", "お問い合わせ先", "Notes to editors", "Media enquiries")
                          r"論文情報|掲載論文|発表論文|用語解説|(?:本件に関する)?(?:お)?問い?合わ?せ先?|notes to editors|"
                          r"media (?:contacts?|enquiries|inquiries)|for media (?:enquiries|inquiries)|"
                          # an obituary's funeral arrangements ("【治喪安排】", "Funeral details", "Trauerfeier")
                          r"治喪安排|治丧安排|funeral (?:details|arrangements|information)|service details|"
                          r"(?:trauerfeier|beisetzung)(?:\s+und\s+\w+)?|obsèques|通夜・葬儀|葬儀・告別式|"
                          # a Japanese paper's glossary box under the text: "＜ことば＞TERM", "【用語】TERM"
                          r"ことば|用語|"
                          # a place's or a shop's facts under its name and "DATA": "宇根島DATA", "SHOP DATA", "店舗データ"
                          r"[^\s\d。、，,.!?]{1,12}\s?(?-i:DATA|データ))"
                          r"\s*(?:[＞>】\]]\S{0,20})?\s*[:：]?$",
                          re.IGNORECASE)
#: the label of the citation a review prints under its text for readers citing it ("Pour citer cet article",
#: "Zitiervorschlag", "How to cite this article"): the note and the few lines after it are no part of the text
_HOW_TO_CITE = re.compile(r"^(?:pour\s+citer\s+cet\s+article|citer\s+cet\s+article|zitiervorschlag|zitierweise|"
                          r"(?:how\s+to\s+)?cite\s+this\s+(?:article|essay|piece)|para\s+citar\s+este\s+artículo)\s*:?$",
                          re.IGNORECASE)
#: ... followed by at most this many blocks (the citation, a web address)
HOW_TO_CITE_AFTER = 2
#: a blog post's footer line naming the writer, maybe after the post's categories: "Posted by NAME at 5:32 PM",
#: "in Science, Pick-up, Posted by NAME", "Posté par NAME"; a short line, so never a sentence quoting the words
_POSTED_BY_LINE = re.compile(rf"(?:^|[,|·•]\s*){POSTED_BY}\s+\w", re.IGNORECASE)
#: an offer box closing the text (``_without_offer``): at most this many characters, its call to act
#: among the blocks right after the text
OFFER_MAX = 600
OFFER_WINDOW = 8
_OFFER_CALL = re.compile(
    r"^\W*(?:jetzt (?:\d+ \w+ )?(?:gratis |kostenlos )?(?:testen|abonnieren|abonnent\w* werden|unterstützen|spenden|"
    r"registrieren|anmelden|freischalten|weiterlesen)|abo (?:abschließen|testen|wählen)|"
    r"je m['’]abonne|abonnez-vous|s['’]abonner|je m['’]inscris|inscrivez-vous|je soutiens|je fais un don|"
    r"subscribe(?: now| today)?|sign up(?: now| today| for free)?$|start (?:your )?free trial|donate(?: now| today)?|"
    r"support (?:us|our journalism)|"
    # (the outlet's name after it, the button's whole words: "Support the Ledger")
    r"support the \w+(?: \w+)?$|"
    # (a calculator's or a lender's call: "Get pre-approved", "Get a quote", "Compare mortgage rates")
    r"get (?:pre-?approved|a (?:free )?quote)|compare (?:mortgage |loan )?rates|"
    r"become a (?:member|subscriber|supporter))\b"
    # Chinese and Japanese calls, no word boundary after them ("無料会員登録はこちら"): a link's words
    r"|^\W*(?:今すぐ登録|(?:無料|有料)?会員登録|有料会員|立即订阅|立即登录)",
    re.IGNORECASE)
#: a call to install the site's app or follow its account, anywhere in a link's words ("ニュースを速報でお届け　毎朝新聞アプリを
#: ダウンロード（無料）", "Download the Courier app", "下载APP", "【加入X新聞網LINE好友】每天推播…", "LINEで友だち追加",
#: "Follow us on WhatsApp"): a promo's, no story's
_APP_CALL = re.compile(r"(?i:\b(?:download|get|install)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}app\b|"
                       r"\bapp\s+herunterladen\b|\bfollow\s+us\s+on\b|"
                       r"t[ée]l[ée]charge[zr]?\s+(?:l['’]|notre\s+)appli)|"
                       # (a call, closing the line or before "（無料）", "はこちら": not a headline's news of an app, "偽
                       # アプリのインストール促す")
                       r"アプリ(?:を|の)?(?:ダウンロード|インストール)(?=\s*[（(]無料|はこちら|する|して|\s*$)|"
                       r"下[载載]\s*(?:APP|App|app|客户端|客戶端)|"
                       r"加入[^，。]{0,16}?(?:LINE|Line|ＬＩＮＥ)\s*好友|友だち追加")
_OFFER_PAGE = re.compile(r"/(?:abo|abos|abonnement|abonnements|abonnieren|offres|subscribe|subscriptions?|login|signin|"
                         r"sign-in|"
                         r"connexion|anmelden|donate|spenden|contribute|membership)(?:/|$)"
                         r"|/newsletters?(?:/[\w-]+)?/?$", re.IGNORECASE)
#: the share of the declared description's words (as ``SAME_WORDS``) a first paragraph followed by one
#: opening with the place the text was filed from ("München – ...") needs to be a standfirst: the
#: dateline says where the text starts, the paragraph before it is the teaser
PLACE_SAME_WORDS = 0.6
#: the fewest characters of a description's first clause, one run of unspaced script, read as its opening
FIRST_CLAUSE_MIN = 20
#: a declared description ending so was cut from the opening paragraph, not written as a standfirst; so was one
#: that ends with none of ``_WHOLE_ENDS`` (cut in mid-word at a length)
_CUT_MARKS = ("...", "…")
_WHOLE_ENDS = (".", "!", "?", "。", "！", "？", "»", "“", "”", '"', "」")
#: ... and must share one of the container's nearest ancestors.
LEDE_LEVELS = 2
#: a paragraph named as the headline's sub-title ("sdc-article-header__sub-title", "article-subtitle"), lead or intro
#: ("ContentHead_lead", "park-article__intro", "lead", "leadIn"), deck ("simple-deck", "article-dek") or the article's
#: description ("article-desc", "c-article__description") above the text: a standfirst. Only before the text's box:
#: inside it, systems name their crossheads so, and their bold first paragraph "lead".
_SUB_TITLE = re.compile(r"(?:^|[\s_-])(?:sub-?title|sub-?head(?:er|line)?|subhed|lead|intro|deck|dek|unterzeile|vorspann|"
                        r"chapo|chapeau|desc(?:ription)?|standfirst)(?=$|[\s_-])")
_WORDS = re.compile(r"\w+")
_ADDRESS = re.compile(r"https?://\S+")
#: a card paid for among teasers: "card sponsored", "native-ad", "promoted-content"
_SPONSORED = re.compile(r"(?:^|[\s-])(?:sponsor\w*|advert\w*|native-?ad|ads?|promoted|paid-?(?:post|content))(?=$|[\s-])",
                        re.IGNORECASE)  # not "_": utility classes end in "_ad" ("fs_18_26_ad")
#: a box promoting another story: "PagePromo", "inline-promo", "story-promo"
_PROMO = re.compile(r"promo(?![a-z]*-?(?:code|banner|subscri|offer))", re.IGNORECASE)
#: a headline printed in capitals as one link between paragraphs ("FISHING BOAT SINKS OFF MAINE") has
#: at least this many words, and at most this share of its letters in lower case.
CAPITAL_HEADLINE_WORDS = 4
CAPITAL_LOWER_MAX = 0.1
#: ... and is no call to act ("GET THE APP BY CLICKING HERE", "WATCH LIVE >>>").
_CALL_TO_ACT = re.compile(r"\b(?:click|clicking|tap|tapping)\b|>\s*$", re.IGNORECASE)
#: a story card's linked picture is looked for this many levels above its headline (``_card_headline``),
#: a headline of at least ``CAPITAL_HEADLINE_WORDS`` words (or ``CJK_TEASER_MIN`` wide characters).
CARD_LEVELS = 3
#: the opening's furniture (date lines, repeated paragraphs) is looked for before this many paragraphs
OPENING_PARAGRAPHS = 2
#: a date line opening the text is at most this long (a byline, a date and an update time) ...
DATELINE_MAX = 160
#: ... and may end with a clock's "a.m."/"p.m." rather than a sentence's full stop.
_CLOCK_END = re.compile(r"\b[ap]\.\s?m\.$", re.IGNORECASE)
#: a parenthesis closing such a line ("By Ann Lee (with Bo Chan)") is no sentence's end.
#: a reading time closing a byline-and-date line ("… 16:20 Uhr Lesedauer: 3 Min.", "… · 4 min read")
_READING_TIME_END = re.compile(
    r"\s*[·|•-]?\s*(?:(?:lesezeit|lesedauer|reading time|read time|temps de lecture|lecture|tiempo de lectura|leestijd)"
    r"\s*:?\s*(?:ca\.?\s*)?\d+\s*(?:min\w*|minutes?|minuten)\.?|\d+\s*(?:min|mins|minutes?)\.?\s*(?:read|de lecture)|"
    # (or the minutes alone, abbreviated, closing a date line: "16. Juli 2026, 18:31 Uhr … 187 Kommentare 8 Min.")
    r"(?<=\s)\d{1,2}\s*min\.)\s*$",
    re.IGNORECASE)
_AFTERWORD = re.compile(r"\s*\([^()]*\)$")
#: a sports report's result line, the score and then the day and place in brackets: "オープン戦　ドジャース5―3
#: ジャイアンツ（2026年3月11日　スコッツデール）" opens the text; it is no date line.
_RESULT_LINE = re.compile(r"\D\d{1,3}\s?[―－–—-]\s?\d{1,3}\D[^()（）]*[（(][^()（）]*\d[^()（）]*[)）]$")
LEDE_LINK_DENSITY = 0.2
#: a dateline set as a line of its own before the first paragraph: a place in capitals, maybe
#: with a date and an agency, then a dash ("LONDON —", "WASHINGTON (AP) —"); at most this long.
PLACE_LINE_MAX = 60
_DASHES = "—–-"
#: a paragraph opening with the place it was filed from, a dash or bar after it ("München – Die ...",
#: "BERLIN taz | Die ...", "PARIS (AFP) — ...", dpa's hyphen: "Lütjenhafen (dpa) - ..."): where a news text starts
_PLACE_OPENING = re.compile(r"^[A-ZÄÖÜÉ][\w'’.-]*(?: (?:[A-ZÄÖÜÉ][\w'’.-]*|[a-z]{2,4}|\([A-Za-z]{2,10}\))){0,2}"
                            r" [–—|-] \S")


@dataclass
class Body:
    """Article text (paragraphs separated by one blank line), its container and links."""

    text: str
    root: HtmlElement | None
    links: list[dict] = field(default_factory=list)
    #: why the rules failed on this page ("TypeError: …"), its text then being its paragraphs as printed
    error: str | None = None


def extract_body(page: Page) -> Body:
    """The body of ``page``, computed once per page; never raises."""
    return page.cached("body", _safe_extract)


def _safe_extract(page: Page) -> Body:
    """``_extract``; where one of its rules fails on a page it was not written for, the page's paragraphs as
    printed, and the failure, so that a bug costs the record its text's boundaries and says so, not its text."""
    try:
        return _extract(page)
    except Exception as exc:  # noqa: BLE001 - a malformed page must not stop a crawl nor empty its record
        return Body(_printed_paragraphs(page), None, [], error=f"{type(exc).__name__}: {exc}")


def _printed_paragraphs(page: Page) -> str:
    """The text of the page's ``<p>`` elements, one paragraph each: the plainest reading of a page."""
    try:
        texts = (" ".join(p.text_content().split()) for p in page.tree.iter("p"))
        return "\n\n".join(text for text in texts if text)
    except Exception:  # noqa: BLE001 - the fallback of a fallback: a tree too broken to read has no text
        return ""


def _extract(page: Page) -> Body:
    """The body from the normal walk, or from the lenient one when the normal walk finds
    next to nothing (see ``cut_blocks``)."""
    body_el = page.tree.find("body")
    root = body_el if body_el is not None else page.tree
    found = _from_walk(page, cut_blocks(root))
    if prose_size(found.text) >= SHORT_BODY:
        return found
    second = _from_walk(page, cut_blocks(root, lenient=True))
    return second if prose_size(second.text) > prose_size(found.text) else found


def _from_walk(page: Page, walk: Walk) -> Body:
    cards = card_summaries(walk.blocks)
    layout = layout_wrappers(walk.blocks, cards)
    container = choose_container(walk.blocks, layout, cards)
    if container is None:
        return Body("", None, [])
    site = _host(base_url(page))
    data = structured_data(page)
    names = page_site_names(page)
    trail = _more_of_trail(page, walk.blocks)
    sites = tuple(key for name in names if len(key := _key(name)) >= 3) + _more_from_sections(data) \
        + trail + _more_from_short_name(names) \
        + tuple(host for host in host_names(page, data) if len(host) >= _HOST_NAME_MIN)
    heading = find_headline(page)
    declared = _DESCRIPTION_TAG.sub("", declared_description(data) or "", count=1)
    found = _link_paragraphs(_classify(walk, container, layout, site, sites, trail, f"{heading.text or ''} {declared}"),
                             site)
    headline = _text_key(heading.text or "")
    description = _text_key(declared)
    cut = declared.rstrip().endswith(_CUT_MARKS) or not declared.rstrip().endswith(_WHOLE_ENDS)  # cut from the opening
    inline = _without_standfirst([entry for entry in found if entry[2] == "inline"], headline, description,
                                 heading.element, walk, cut)
    keys = {pos: _text_key(block.text) for pos, block, _ in inline}  # for both tests of repeated paragraphs
    inline = _without_summary_list(_without_summary_box(walk, container, inline), heading.element)
    # what opens the text's blocks and is none of the text, each step reading what the one before left
    for trim in (_from_release_dateline, _without_folded_opening, _without_note_over_rule, _without_epigraph,
                 _handed_to_guest, _without_verdict_box, _without_data_table, _without_boxed_heading):
        inline = trim(inline)
    inline = _without_digest(_without_label_heading(inline, headline), headline)
    text = _without_offer(walk, container, _without_extras(inline, keys))
    # ... and what closes them
    recipe_card = () if _recipe_page(data) else (_without_recipe_card,)  # (a recipe's own page: the card is its text)
    for trim in (_without_closing_post, _to_rights_notice, _without_sources, _without_form_box, _without_post_footer,
                 _without_labelled_box, _without_folded_box, *recipe_card, _without_named_facts_box,
                 _without_advice_box, _without_facts_box, _without_facts_paragraph, _without_credits_box,
                 _without_stats_tables, _without_info_box, _without_marked_sections, _without_marked_notes,
                 _to_credits_line,
                 _to_signed_paragraph, _without_note_under_rule,
                 _without_person_card, _without_profile_box):
        text = trim(text)
    text = _trim_edges(_below_headline(text, walk, heading.element), headline)
    # the closing trims that read their box again once the edges' trim took what stood after it, each trimming the
    # edges again when it cut: a signup box under the writers' notes, a profile's box over the rights notice, a
    # reader's callout over the topics' line, a place's facts over a paywall's note, a recipe card over the writers'
    # cards, a fact box over a correction
    for again in (_without_signup_box, _without_labelled_box, _without_form_box, _without_facts_box, *recipe_card,
                  _without_named_facts_box):
        if (trimmed := again(text)) is not text:
            text = _trim_edges(trimmed, headline)
    if text:
        text = _join_place_line(_opening(walk, container, layout, text, description, keys, headline) + text)
    links = _Links(base_url(page), page.url)
    related = [entry for entry in found if entry[2] == "related"]
    for _, block, kind in sorted(text + related, key=lambda entry: entry[0]):
        links.add(block.links, kind)
    _add_related_boxes(walk, container, links, sites)
    return Body("\n\n".join(block.text for _, block, _ in text), container, links.items)


def _classify(walk: Walk, container: HtmlElement, layout: set[HtmlElement], site: str = "",
              sites: tuple[str, ...] = (), sections: tuple[str, ...] = (),
              topic: str = "") -> list[tuple[int, Block, str]]:
    """``(reading position, block, kind)`` of the article's text ("inline") and teaser
    ("related") blocks: teasers inside the container or in a teaser box next to it.

    The list rows under a teaser label ("More Great Stories") are not text. A
    heading directly followed by a teaser, link list or prompt is that box's label
    ("Related Internet Links", "A message from the editors:"), not a subheading. ``topic``: the story's headline and
    declared description, which a box of recommendations beside the container must share words with
    (``_label_box``).
    """
    found: list[tuple[int, Block, str]] = []
    scope = container.getparent()
    region = _related_region(container)
    lists = _list_link_density(walk.blocks, container)
    under_label = site_label = False
    label_box: HtmlElement | None = None  # the box of the last teaser label inside the container
    label: Block | None = None  # the last teaser label heading its list inside the container
    last_text: Block | None = None  # the last block of the text
    box: HtmlElement | None = None  # the box of a teaser label next to the container
    listed: list[int] = []  # indices in ``found`` of the headline lists set inside the text
    labelled: dict[HtmlElement, bool] = {}  # teaser boxes beside the article's column, by ``_labelled_near``
    latest: dict[HtmlElement, bool] = {}  # boxes beside the container labelled as the latest stories, ``_latest_box``
    feeds: dict[HtmlElement, bool] = {}  # related-named boxes picked for the reader, by ``_for_reader``
    closing: dict[HtmlElement, bool] = {}  # feeds for the reader after the text in the container, ``_reader_feed``
    named_boxes: dict[HtmlElement, bool] = {}  # related-named boxes headed by the site's or a section's name
    topics: HtmlElement | None = None  # the box a label of the story's topics heads (``_TOPICS_LABEL``)
    holding = set(container.iterancestors())  # the boxes holding the article, whose headings are no box's label
    for pos, block in enumerate(walk.blocks):
        if box is not None and box not in block.path:
            box = None
        if not block.links and _TOPICS_LABEL.match(block.text) is not None:
            topics = block.element.getparent()
        elif topics is not None and topics in block.path and block.links:
            block = _story_links(block)  # a topics box's links: only those to a story stay teasers
        if len(block.links) == 2 and _PREV_POST.search(block.text) and _NEXT_POST.search(block.text) \
                or len(block.links) == 1 and _POST_POINTER.match(block.text):
            # "« 前の記事：TITLE 次の記事：TITLE »": the blog's pointers to its neighbours, no teasers (or one a line)
            continue
        if container not in block.path:
            if block.related >= 0 and any(_for_reader(box_, feeds) for box_ in _around_related(block)
                                          if box_ not in holding):
                continue  # a card of a box headed for the reader ("Unsere Empfehlung für Sie" over its list)
            if scope is not None and scope in block.path and _latest_box(block, scope, latest, whole=True):
                continue  # a box beside the text headed "Other News in Finance", and its "More Finance news »" link
            if block.related >= 0 and _media_rail(block):
                continue  # a teaser box of the site's podcast or videos under its label ("Podcast"): no article's
            if block.related >= 0 and scope is not None and scope in block.path[:block.related] \
                    and not _latest_box(block, scope, latest) and not _section_box(block, sections, named_boxes) \
                    or _teaser_line(block, scope) \
                    or box is not None and _is_teaser(block) \
                    or block.related >= 0 and not _is_label(block) and _labelled_near(block, region, labelled, sites):
                if not _sponsored(block):
                    found.append((pos, block, "related"))
                if not block.links and block.path[block.related] is block.element and _is_label(block) \
                        and len(block.element.getparent()) <= 2:
                    # "<section><h2 id='related-news'>関連ニュース</h2><ul>…</ul></section>": a label named so, heading
                    # the one list of its box
                    box = _label_box(block, region, sites, topic)
            elif _is_label(block):
                box = _label_box(block, region, sites, topic)
            continue
        level = block.path.index(container)
        if any(_reader_feed(el, container, feeds, closing) for el in block.path[level + 1:]):
            continue  # a feed picked for the reader set in the container after the text ("猜你喜欢" over its cards)
        promo = False
        if block.related > level and _latest_box(block, container, latest):
            continue  # a box named "related" in the container, headed "Recent Press Releases": the site's latest
        if block.related > level and _media_rail(block) and _several_targets(block.path[block.related]):
            # ... or headed "おすすめ動画", "動画ニュース" over a list of clips: the site's (as beside the container; one
            # video's teaser set in the text, its kicker "Video", stays the story's)
            continue
        if TEASER_TEXT.match(block.text) and _latest_box(block, container, latest, whole=True):
            continue  # "More Finance news »" closing a box headed "Other News in Finance": the section's page
        if block.related > level and block.path[block.related] not in layout or TEASER_TEXT.match(block.text) \
                or block.links and _is_label(block) \
                or _label_and_link(block) or _bracketed_link(block) or _arrowed_link(block) \
                or _kind_labelled_link(block):
            # (a label heading its links in their paragraph, naming the site or its section: "<p><strong>More from
            # Personal Finance:</strong><br><a>…</a>…</p>", the section's latest, no teasers; "Read more from OUTLET:"
            # heads the outlet's teasers, and a reference's line names its outlet: "Lire aussi NAME, « TITLE », X")
            site_links = bool(block.links) and block.text[:5].casefold() == "more " \
                and ":" in block.text[:LABEL_MAX] and _names_site(block.text.split(":", 1)[0], sites)
            # (a label's line closing on a link to more of the same heads the lines after it as a bare one does:
            # "<p><strong>相关阅读</strong> <a>更多>></a></p>" over "<p><a>TITLE</a></p>" lines, ``_is_label``; its link
            # is the box's index page, no teaser)
            more_label = bool(block.links) and _is_label(block)
            kind = "related" if not _sponsored(block) and not site_links and not more_label else None
            under_label = block.heading or not block.links or more_label
            # (a label naming the section the story is filed under heads its latest, no teasers: "More from Local
            # News" over cards in the container, the nav linking /local-news/, ``_more_of_trail``)
            site_label = under_label and TEASER_TEXT.match(block.text) is not None \
                and _names_site(block.text, sections)
            outer = furniture_level(block, layout)  # a label in a furniture-named box of its own, not the site's
            label_box = block.path[outer] if under_label and outer > level and not _names_site(block.text, sites) \
                else None
            label = block if under_label and TEASER_TEXT.match(block.text) and not _names_site(block.text, sites) \
                else None
        elif furniture_level(block, layout) > level:
            if block.heading and not block.links and label_box is None:
                under_label = False  # another box's heading ("About the Author"): the label's section ended above
                continue
            if (label_box is not None and label_box in block.path
                    or under_label and _in_label_section(label, block, last_text, level)) \
                    and (block.element.tag in LIST_ROWS or _is_teaser(block)):
                # the label's own box, named as furniture ("recirc"), or the section it heads, whose cards are
                # ("<section><h2>More on this story</h2><ul><li><div class='Promo'><a>…")
                kind = "related" if _is_teaser(block) and not site_label else None
            elif not (_in_promo(block, level) and _lone_headline_link(block, site)):
                continue
            else:
                kind, promo = "listed", True  # a promo box between paragraphs: one headline link (``_headline_lists``)
        elif under_label and (block.element.tag in LIST_ROWS or _is_teaser(block)):
            kind = "related" if _is_teaser(block) and not site_label else None
        elif under_label and next(block.element.iterancestors("a"), None) is not None:
            continue  # a linked card's other line under the label (its section's name over its headline: "社會新聞")
        else:
            following = walk.blocks[pos + 1] if pos + 1 < len(walk.blocks) else None
            if (card := _called_card(block, following)) is not None:
                found.append((pos, card, "related"))  # a story's card in the text: its headline, then "記事を読む"
                continue
            kind, under_label = ("inline" if _is_text(block, lists, following) else None), False
            if kind == "inline" and (label_at := _closing_label(block.text)):
                block, under_label = replace(block, text=block.text[:label_at].rstrip()), True  # "…<br><b>Mehr zum Thema:</b><ul>"
            if kind is None and block.element.tag == "li" and _is_teaser(block) \
                    and lists.get(block.element.getparent(), 0.0) > MAX_LINK_DENSITY \
                    and _headline_rows(block.element.getparent()):
                kind = "listed"
            elif kind is None and (_capital_headline(block, site) or _card_headline(block, container, site)
                                   or _arrow_headline(block, site) or _paragraph_headline(block, site)):
                kind = "listed"  # a story's headline set between paragraphs (``_headline_lists``)
        if kind != "inline" and found and found[-1][2] == "inline" and found[-1][1].heading and not promo:
            found.pop()
        if kind:
            if kind == "listed":
                listed.append(len(found))
            found.append((pos, block, kind))
            if kind == "inline":
                last_text = block
    return _headline_lists(found, listed)


def _called_card(block: Block, following: Block | None) -> Block | None:
    """The teaser a card in the text makes of its headline line and a link under it that only calls to read the story
    ("<div><p>【そもそも解説】X とは　何が違う？</p><a href='/articles/ID.html'>記事を読む</a></div>", "Read the article"): the
    headline with the link's address, or None. The headline is a line of its own in the card's box, no sentence (an
    excerpt closing on a full stop over "Read more", a text's fold, stays text), and the call no "read more"."""
    if following is None or block.links or len(following.links) != 1 or len(block.text) > _CARD_HEADLINE_MAX \
            or block.text[-1:] in ("。", ".") or following.text.strip() != following.links[0][1].strip() \
            or _READ_CALL.fullmatch(following.text.strip()) is None:
        return None
    href = following.links[0][0].strip()
    box = block.element.getparent()
    if not href or href.startswith(("#", "javascript:")) or box is None \
            or not (box is following.element or box is following.element.getparent() and len(box) <= 3):
        return None
    return replace(block, links=[(href, block.text)], link_chars=len(block.text))


#: a link's words calling to read the story a card in the text gives the headline of (not "Read more", "続きを読む":
#: a text's fold opens as often)
_READ_CALL = re.compile(r"(?:(?:この)?記事を(?:読む|見る)|記事はこちら|read the (?:full )?(?:article|story)|"
                        r"lire l['’]article|zum artikel|artikel lesen)\s*[>›»→]*", re.IGNORECASE)
#: the longest headline line of such a card
_CARD_HEADLINE_MAX = 100


def _in_label_section(label: Block | None, block: Block, last_text: Block | None, level: int) -> bool:
    """Whether ``block`` stands in the section a teaser label after the text heads inside the container (``level`` in
    its path): the innermost box holding both is inside the container and holds no line of the text."""
    if label is None or last_text is None:
        return False
    shared = None
    for mine, theirs in zip(block.path, (*label.path, label.element)):
        if mine is not theirs:
            break
        shared = mine
    if shared is None or block.path.index(shared) <= level:
        return False
    return shared not in last_text.path


def _label_box(label: Block, region: list[HtmlElement], sites: tuple[str, ...], topic: str = "") -> HtmlElement | None:
    """The teaser box a label (``_is_label``) outside the text's container heads, when it stands beside the container
    (in ``region``) and names neither the site nor its picks or latest ("Recommended", "Top Stories": the site's
    feed); a box under a label of recommending only when its cards are on the story's ``topic``, its headline and
    declared description (``_off_topic_picks``)."""
    found = _labelled_box(label, region, sites)
    return None if found is not None and _off_topic_picks(label.text, found, topic) else found


def _off_topic_picks(label: str, box: HtmlElement, topic: str) -> bool:
    """Whether a box under a label of recommending ("Recommended from Editorial", "推薦閱讀"; not "相关推荐", which says
    the cards are related) holds the site's picks, its cards on other topics than the story's (``_picks_off_topic``;
    the story's words read only here, where a label of recommending asks for them)."""
    return _RECOMMENDING.search(label) is not None and _SAYS_RELATED.search(label) is None \
        and bool(words := _topic_words(topic)) and _picks_off_topic(box, words)


#: a label's word saying its cards are related ("相关推荐", "Related recommendations"): the site's word for teasers
_SAYS_RELATED = re.compile(r"related|相关|相關|関連", re.IGNORECASE)


def _labelled_box(label: Block, region: list[HtmlElement], sites: tuple[str, ...]) -> HtmlElement | None:
    """``_label_box``'s box, its cards' topics aside."""
    if not any(el in label.path for el in region) or _names_site(label.text, sites) \
            or _BARE_RECOMMENDED.match(label.text) is not None or _LATEST_LABEL.match(label.text) is not None \
            or _CLIP_TITLE.match(label.text) is not None \
            or _MEDIA_RAIL_LABEL.match(label.text) is not None or _outlet_feed(label.text) \
            or FOR_READER.search(label.text) is not None or _OTHER_SITES_LABEL.match(label.text) is not None \
            or _PICKS_LABEL.match(label.text) is not None:
        return None
    box = label.element.getparent()
    if box is None or box.tag in ("body", "html") or _RANKING_BOX.search(lowered_names(box.get("class") or "")) \
            or _LATEST_BOX.search(box.get("class") or ""):
        # (a box named as a ranking, "rm_ranking" under "推荐阅读": the site's most read, whatever its label; or as the
        # latest stories, "latest-news" under "More Local News")
        return None
    if any(_MACHINE_PICKS.search(value) for value in box.values()) \
            or any(_MACHINE_PICKS.search(value) for child in box.iterchildren(Element)
                   for name, value in child.items() if name.startswith("data-")):
        # (a box saying an algorithm fills it, "data-reco-source='algorithm'": the reader's picks; or its list under
        # the label saying so in its data, "<div class='title'>推荐阅读</div><div class='news-list' data-role='feed'>";
        # a theme's grid class, Ghost's "gh-feed" under "Read more", says nothing)
        return None
    if label.element.tag == "div" and not len(label.element) \
            and (following := label.element.getnext()) is not None and following.tag in ("ul", "ol"):
        # a bare line of words right over its list, both set in a column of other boxes ("<div class='tit'>相关阅读
        # </div><ul>…</ul><div class='tit'>猜你喜欢</div><ul>…</ul>"): the list is the box it heads, not the column
        return following
    return _labelled_list(box, label)


#: the label of a box of the story's topics ("Related Topics", "Topics", "Explore more on these topics"): its links go
#: to topic pages, whatever their addresses ("/news/north/"), but for a numbered story's (``_story_links``)
_TOPICS_LABEL = re.compile(r"^\W{0,3}(?:(?:related|more|explore more on these) )?(?:topics?|tags)\W*$", re.IGNORECASE)


def _story_links(block: Block) -> Block:
    """The block with only its links to a numbered story (a figure in the address: "/news/uk-68040000"), as a box of
    the story's topics holds them beside its topic pages ("/news/north/", "North of England")."""
    kept = [link for link in block.links if any(c.isdigit() for c in _path_of(link[0]))]
    return block if len(kept) == len(block.links) else replace(block, links=kept)


def _path_of(href: str) -> str:
    """The path of a link's address; "" for a broken one ("http://[x/")."""
    try:
        return urlsplit(href.strip()).path
    except ValueError:
        return ""


#: a clip's title line under its player in a rail, its kind's word first ("Watch: Ardcarrig gets ready for …", "Video:
#: …"): the clip's, no label of the links after it
_CLIP_TITLE = re.compile(r"^\W{0,3}(?:watch|listen|video|vidéo|視頻|视频|動画)\s*[:：]\s*\S", re.IGNORECASE)


#: the label of a box of the editors' picks beside the text ("DON'T MISS", "Must read", "Editor's picks"): the site's
#: stories of the day, no teasers of the article's (a line so labelled between the text's paragraphs still is one)
_PICKS_LABEL = re.compile(r"^\W{0,3}(?:don[’']t miss|must[ -]reads?|editor[’']?s[’']? picks?)\W*$", re.IGNORECASE)
#: an attribute's value saying an algorithm fills the box ("data-reco-source='algorithm'", "data-reco='personalized'"),
#: or naming the recommendation service that does ("data-component='cxense-recs'")
#: (or a box named a feed, the site's endless stream: "<div class='more-article' id='god-feed'>" under "推荐阅读")
_MACHINE_PICKS = re.compile(r"\balgorithm|personali[sz]ed|cxense|outbrain|taboola|(?:^|[\s_-])feed(?:$|[\s_-])",
                            re.IGNORECASE)
#: the name of a box ranking the site's most read stories ("rm_ranking", "ranking-list"; a "MostPopular" widget may
#: hold a "Related" tab, which its label says)
_RANKING_BOX = re.compile(r"(?:^|[\s_-])ranking(?=$|[\s_-])")


#: the label of a box of links to other sites' pages ("Related internet links", "External links", "Weblinks",
#: "Liens externes", "外部リンク"; the Japanese "関連リンク", related links, as against "関連記事", related articles, lists
#: the official sites and the makers' pages a story names): the organisations' and services' own pages, no articles'
#: teasers
_OTHER_SITES_LABEL = re.compile(r"^\W{0,3}(?:(?:related |useful )?(?:internet|external|web) ?(?:links|sites)|"
                                r"related websites|"
                                r"(?:externe )?weblinks|externe links|liens externes|enlaces externos|外部リンク|外部链接|"
                                r"外部連結|関連リンク)\W*$", re.IGNORECASE)


def _closing_label(text: str) -> int:
    """Where a teaser label closing a text written as ``<br>``-separated paragraphs starts ("…<br><br><b>Mehr zum
    Thema:</b><br><ul><li><a>…" in a blog post's one element), so the list rows after it are teasers; 0 for none."""
    at = text.rfind("\n\n")
    if at <= 0:
        return 0
    last = text[at + 2:]
    return at if len(last) <= LABEL_MAX and TEASER_TEXT.match(last) is not None else 0


def _link_paragraphs(found: list[tuple[int, Block, str]], site: str) -> list[tuple[int, Block, str]]:
    """``found`` with the teaser lines taken out of text written as one element's ``<br>``-separated
    paragraphs: a paragraph between two others that is only headline links to the site ("▶ 농촌 빈집
    15만 채 넘어 ▶ 지방 소멸 위기 지역 89곳"), maybe after a teaser label, is a teaser list set in the
    text, as ``_headline_lists`` finds one between paragraph elements."""
    out = []
    for pos, block, kind in found:
        if kind != "inline" or not block.links or len(block.links) > PARAGRAPH_LINKS_MAX or "\n\n" not in block.text:
            out.append((pos, block, kind))
            continue
        paragraphs = block.text.split("\n\n")
        placed = _links_by_paragraph(paragraphs, block.links)
        # (between two others, or closing the block under a teaser's label: "…<br><br><a>Also Read: HEADLINE</a>"
        # before a box set in the text)
        teasers = {i for i, links in placed.items()
                   if (0 < i < len(paragraphs) - 1 or 0 < i and TEASER_TEXT.match(paragraphs[i]) is not None)
                   and _teaser_paragraph(paragraphs[i], links, site)}
        if not teasers:
            out.append((pos, block, kind))
            continue
        moved = [link for i in sorted(teasers) for link in placed[i]]
        kept = "\n\n".join(p for i, p in enumerate(paragraphs) if i not in teasers)
        out.append((pos, replace(block, text=kept, links=[link for link in block.links if link not in moved]), kind))
        out.append((pos, replace(block, text="", links=moved), "related"))
    return out


#: a block of ``<br>`` paragraphs with more links than this is no text with a teaser line in it
PARAGRAPH_LINKS_MAX = 200


def _links_by_paragraph(paragraphs: list[str], links: list[tuple[str, str]]) -> dict[int, list[tuple[str, str]]]:
    """The links of a block by the index of the paragraph printing them: each link's text looked for
    after the previous one's, as the links are in reading order (one pass over the text)."""
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 2
    text, cursor, placed = "\n\n".join(paragraphs), 0, {}
    for link in links:
        at = text.find(link[1], cursor) if link[1] else -1
        if at >= 0:
            placed.setdefault(bisect_right(starts, at) - 1, []).append(link)
            cursor = at + len(link[1])
    return placed


def _teaser_paragraph(paragraph: str, links: list[tuple[str, str]], site: str) -> bool:
    """Whether ``paragraph`` is only headline links to the site (``links``: those it prints), maybe
    after a teaser label."""
    rest = paragraph
    for href, text in links:
        if not _headline_wide(text) or text[-1] in SENTENCE_ENDS or (site and _host(href) not in ("", site)):
            return False
        rest = rest.replace(text, " ", 1)
    rest = rest.strip(" ▶►▸•·|-–—")
    return not rest or len(rest) <= LABEL_MAX and TEASER_TEXT.match(rest) is not None


def _headline_rows(rows: HtmlElement) -> bool:
    """Whether half of a list's rows or more are as long as a headline (``_headline_wide``): a list of stories, not
    of topics whose one longer name reads as one ("Crownpost, Communities, Wales, Consumer affairs, news")."""
    items = [" ".join(li.text_content().split()) for li in rows.iterchildren("li")]
    return sum(_headline_wide(item) for item in items) * 2 >= len(items)


def _headline_lists(found: list[tuple[int, Block, str]], listed: list[int]) -> list[tuple[int, Block, str]]:
    """``found`` with the lists of headline links set between paragraphs of the text made
    ``related``: a list whose items are each a link to another story, with no label, set
    inside the text (a "links block" between two paragraphs) is a teaser list. A link list
    at the text's edges (a table of contents, a list of sources) is not, nor one under a sources label
    (``_SOURCES_LABEL``: a health story's references, a disclaimer after them)."""
    kinds = [entry[2] for entry in found]
    for idx in listed:
        if kinds[idx] != "listed":
            continue
        end = idx
        while end + 1 < len(found) and kinds[end + 1] == "listed":
            end += 1
        inside = idx > 0 and kinds[idx - 1] == "inline" and end + 1 < len(found) and kinds[end + 1] == "inline" \
            and _SOURCES_LABEL.match(found[idx - 1][1].text) is None  # (a reference list under "參考資料")
        for pos in range(idx, end + 1):
            kinds[pos] = "related" if inside else ""
    return [(pos, block, kind) for (pos, block, _), kind in zip(found, kinds, strict=True) if kind]


#: a post's pointers to the one before and the one after, both in one line: "« 前の記事：TITLE", "次の記事：TITLE »",
#: "上一篇：TITLE", "下一篇：TITLE" (a label alone, "前回の記事はこちら", still heads a teaser)
_PREV_POST = re.compile(r"(?:前の(?:記事|投稿)|上一篇)\s*[:：]")
_NEXT_POST = re.compile(r"(?:次の(?:記事|投稿)|下一篇)\s*[:：]")
#: ... each on a line of its own, the line opening with its label: "« 前の記事：TITLE", "次の記事：TITLE »" (or the label
#: over the title, after a line break: "<< 前の記事<br><a>TITLE</a>", "次の記事 >><br><a>TITLE</a>")
_POST_POINTER = re.compile(r"^\W{0,3}(?:前の(?:記事|投稿)|次の(?:記事|投稿)|上一篇|下一篇)(?:\s*[:：]|\s*[>＞»≫]{0,2}\s)")


def _latest_box(block: Block, scope: HtmlElement, seen: dict[HtmlElement, bool], whole: bool = False) -> bool:
    """Whether a block of a teaser-named box beside the container lies in a box whose first heading labels
    the latest stories ("Neueste Artikel", "Latest news", "Les dernières actualités de Vroom", "国際の新着記事") or
    the section's ("Dans la même rubrique", "Other News in Finance"):
    the site's or section's latest, no teasers of the article, whatever the box is named ("teaser-list"); so is a box
    headed as other sites' links ("関連リンク" in a "colBoxRelatedLink", ``_OTHER_SITES_LABEL``); with
    ``whole``, in any box below ``scope`` (a box named for nothing, its "More Finance news »" link closing it)."""
    for el in block.path[block.path.index(scope) + 1:None if whole else block.related + 1]:
        if el not in seen:
            heading = _bare_title(el)
            if heading is None:
                heading = next(el.iter("h2", "h3", "h4", "h5", "h6"), None)
            if heading is None and len(el) and el[0].tag == "p" and len(el[0]) == 1 and el[0][0].tag in ("b", "strong"):
                heading = el[0]  # "<p><b>More from this section</b></p>" heading the box, as older systems set it
            elif heading is None and el.tag == "table":
                heading = _label_row(el)  # a table's label row: "<tr><td class='kanren_head'>■地域の新着ニュース</td></tr>"
            text = " ".join(heading.text_content().split()) if heading is not None else ""
            seen[el] = len(text) <= LABEL_MAX and (_LATEST_LABEL.match(text) is not None
                                                   or _OTHER_SITES_LABEL.match(text) is not None)
        if seen[el]:
            return True
    return False


def _row_label(cell: HtmlElement) -> str:
    """A label cell's words, or the text of the one picture set in it in their place."""
    words = " ".join(cell.text_content().split())
    pictures = list(cell.iter("img"))
    return words or (" ".join((pictures[0].get("alt") or "").split()) if len(pictures) == 1 else "")


def _label_row(table: HtmlElement) -> HtmlElement | None:
    """The one cell of a table's first row, without a link: the label an old layout's box of links is headed with."""
    row = next(table.iter("tr"), None)
    cells = [] if row is None else [cell for cell in row if cell.tag in ("td", "th")]
    return cells[0] if len(cells) == 1 and next(cells[0].iter("a"), None) is None else None


#: a label of the latest stories (``_latest_box``)
_LATEST_LABEL = re.compile(
    r"^\W{0,3}(?:latest(?: \w+){0,2}|latest (?:on|from|in) (?:\S+ ){0,3}\S+|most recent(?: \w+)?|recent (?:posts|articles|stories|news|(?:press |news )?releases)|"
    # an agency's newsroom ("Recent Press Releases"), a print page's other articles ("Weitere Artikel auf dieser Seite")
    r"(?:weitere|andere) artikel (?:auf|von) dieser seite|(?:more|other) (?:articles|stories) on this page|"
    r"neueste(?:n)?(?: \w+)?|aktuelle (?:artikel|beiträge|nachrichten|meldungen)|"
    # a review site's newest reviews beside the text: "Neue Rezensionen", "Neue Kritiken", "Nouvelles critiques"
    r"neue (?:rezensionen|kritiken|artikel|beiträge|texte)|nouvelles critiques|new reviews|"
    r"(?:les )?dernières? (?:actualités|articles|infos|nouvelles|publications)(?: \S+){0,3}|"
    r"(?:las )?últimas (?:noticias|notas)(?: \S+){0,3}|(?:le )?ultime (?:notizie|news)(?: \S+){0,3}|"
    r"(?:\S{1,12}の)?(?:新着記事|最新記事|新着ニュース|最新ニュース)|最新文章|最新新闻|最新消息|"
    # ... and a Chinese section's more: "更多港聞", "更多財經新聞" (not "更多相關新聞", more related news)
    r"更多(?!相關|相关|延伸)[\u4e00-\u9fff]{0,4}?(?:新聞|新闻|港聞|港闻|報導|报道|資訊|资讯)|"
    # the section's stories: "Dans la même rubrique", "Dans la rubrique Arts", "More in this section", "Mehr aus dem
    # Ressort"
    r"dans la (?:même )?rubrique(?: \S+){0,3}|(?:more |other stories )?(?:in|from) (?:the same|this) section|"
    r"mehr aus dem ressort|"
    # ... named: "Other News in Finance", "More stories from Business"
    r"(?:more|other) (?:news|stories|articles) (?:in|from) (?:\S+ ){0,2}\S+|"
    # the site's lead stories of the hour, whatever the article: "Top Stories", "More Top Stories:", "Headlines", "More
    # from Headlines"
    r"(?:more )?top (?:stories|news|headlines)|(?:more )?(?:from (?:the )?)?headlines|"
    r"(?:weitere )?top-?(?:themen|meldungen|nachrichten|news)|"
    # the region's or section's stories in German: "Mehr aus der Region Dresden", "Mehr aus Sachsen"
    r"mehr aus (?:der region |der rubrik |dem bereich )?(?:\S+ ){0,2}\S+|"
    # and as a broadcaster labels them: "Weitere Meldungen aus Inland", "Weitere Nachrichten aus der Region", "Mehr
    # Nachrichten aus der Region Lüneburg"
    r"(?:weitere|mehr) (?:meldungen|nachrichten|news|beiträge) aus (?:der |dem )?(?:\S+ ){0,2}\S+|"
    # the site's most read, whatever the article: "Most read", "Les plus lus", "Meistgelesen", "人気記事ランキング"; maybe
    # of a region or section: "Meistgelesen in Baden-Württemberg", "Most read in Sport"
    r"(?:most (?:read|popular|viewed|shared)(?: \w+)?|(?:les )?(?:articles )?les? plus (?:lus|populaires|partagés)|"
    r"meistgelesene?(?: \w+)?|meist(?:geklickt|gelesen)e?|am meisten gelesen)(?: (?:in|aus|im|en) (?:der |dem )?\S+)?|"
    r"lo más leído|i più letti|"
    # (the site's trending stories, whatever the article: "Trending Now", "Trending")
    r"trending(?: now| stories| news| articles)?|"
    # (the day's: "今日熱門")
    r"(?:人気|アクセス)(?:記事)?ランキング|(?:今日|今天)?(?:热门(?:文章|新闻|阅读)?|熱門(?:文章|新聞|閱讀)?)|阅读排行|閱讀排行)\W*$",
    re.IGNORECASE,
)


def _labelled_list(box: HtmlElement, label: Block) -> HtmlElement:
    """The teaser box a label's box names: the box itself, or, when it holds the label alone, the
    list right after it (``<div class="linked_title"><h4>관련뉴스</h4></div><ul>…</ul>``)."""
    following = box.getnext()
    if following is None:
        return box
    text = " ".join(box.text_content().split())
    if following.tag in ("ul", "ol") and text == label.text:
        return following
    parent = box.getparent()
    if text == label.text and following.tag not in _BOX_HEADINGS and _links_at_least(following, 1) \
            and parent is not None and parent.tag not in ("body", "html") \
            and next(parent.iterchildren(Element)) is box and _links_at_least(parent, 2):
        # the label's own header heading a box of teaser rows: "<section><div class='header'><h3>延伸閱讀</h3></div>
        # <div class='news'>…</div><div class='news'>…</div></section>"
        return parent
    # a label's box beside a "See All" link, over a grid of cards: "<div><h2>Related Posts</h2><a>See All</a></div>
    # <div>cards</div>"
    rest = text[len(label.text):].split() if text.startswith(label.text) else None
    if rest is not None and len(rest) <= _SEE_ALL_WORDS and prose_size(" ".join(rest)) <= _SEE_ALL_SIZE \
            and _links_at_least(following, 2):
        parent = box.getparent()  # the box of both, when it holds nothing else: the "See All" line lies in it
        both = parent is not None and [c for c in parent if isinstance(c.tag, str)] == [box, following]
        return parent if both and parent.tag not in ("body", "html") else following
    return box


#: the words a teaser label's box may hold beside the label ("See All", "View more"), and their size as prose
#: (``prose_size``: "もっと見る" is one word, a list of Japanese headlines too, but no short one)
_SEE_ALL_WORDS = 2
_SEE_ALL_SIZE = 30


def _links_at_least(el: HtmlElement, count: int) -> bool:
    return sum(1 for _ in zip(range(count), el.iter("a"))) >= count


def _is_label(block: Block) -> bool:
    """A teaser box's label ("Related", "More on this story", "Read also") standing alone, or closing on a link to
    more of the same ("<h3>推荐阅读<a>更多精彩内容</a></h3>", "Related posts <a>View all</a>")."""
    text = block.text
    if len(text) > LABEL_MAX + _MORE_LINK_MAX:
        return False
    if block.links:
        if len(block.links) > 1:
            return False
        more = block.links[0][1].strip()
        if not more or len(more) >= len(text) or not text.endswith(more) or _MORE_LINK.match(more) is None:
            return False  # a link alone (a menu's item, a teaser's headline) is no label
        text = text[:-len(more)]
    return len(text) <= LABEL_MAX and TEASER_TEXT.match(text) is not None


#: the characters at most of a link to more (``_MORE_LINK``) closing a label
_MORE_LINK_MAX = 40
#: a link to more of a box's kind, closing its label: "View all", "See more", "更多精彩内容", "もっと見る", "Alle anzeigen"
_MORE_LINK = re.compile(r"^\W*(?:(?:see|view|show|read) (?:all|more)|more|all|更多\S{0,6}|查看(?:更多|全部)|もっと見る|一覧|"
                        r"alle (?:anzeigen|ansehen|artikel)|mehr anzeigen|voir (?:tout|plus)|tout voir)\W*$", re.IGNORECASE)


def _sponsored(block: Block) -> bool:
    """Whether a teaser box's line sits in a card named as paid for ("card sponsored", "native-ad"), or printing an
    ad's label ("<a><p>TITLE</p><span>广告</span></a>", ``_ad_labelled``): an advertisement among the teasers, not one.
    A line in no teaser box is looked at in its nearest boxes only (Drupal names the whole article "node--promoted",
    promoted to the front page; a box so named that holds the page's ``<h1>`` is that article: "<article class='node
    node--promoted'><h1>…</h1><div class='field--name-body'><p class='lire-aussi'>…")."""
    boxes = block.path[block.related + 1:] if block.related >= 0 else block.path[-_SPONSOR_LEVELS:]
    return any(_SPONSORED.search(el.get("class") or "") and next(el.iter("h1"), None) is None for el in boxes) \
        or _ad_labelled(_teaser_card(block))


def _teaser_card(block: Block) -> HtmlElement:
    """The card a teaser's line is: its block's element, or, for a link set bare in a bigger box (a "<a><span>Lire
    aussi</span><span>TITLE</span></a>" between the text's paragraphs, the text's box its block's owner), the link."""
    if len(block.links) == 1 and block.link_chars >= len(block.text):
        link = _own_link(block)
        if link is not None and link is not block.element and " ".join(link.text_content().split()) == block.text:
            return link
    return block.element


def _own_link(block: Block) -> HtmlElement | None:
    """The element of the block's first link: the first ``<a>`` of its owner to that address (the owner, a box holding
    other lines, may hold other links before it)."""
    href = block.links[0][0]
    return next((a for a in block.element.iter("a") if a.get("href") == href), None)


#: the boxes of a line in no teaser box looked at for a paid card's name
_SPONSOR_LEVELS = 3


#: the label an ad network prints on each of its cards among teasers ("广告", "Anzeige"), a leaf element's whole text
_AD_LABELS = frozenset({"广告", "廣告", "広告", "推广", "推廣", "ad", "ads", "anzeige", "werbung", "sponsored",
                        "advertisement", "publicité"})
#: the most elements of a card looked at for that label
_AD_CARD_ELEMENTS = 12


def _ad_labelled(el: HtmlElement) -> bool:
    """Whether the card ``el`` is, or the card whose link holds it, prints an ad's label in an element of its own: a
    paid card among the teasers ("猜你喜欢" over an ad network's cards, each marked "广告"); a link's card, with the
    few lines beside it in their box ("<div><span>Auch interessant</span><a>…</a><span>Anzeige · Präsentiert von X
    </span></div>")."""
    parent = el.getparent()
    card = parent.getparent() if parent is not None and parent.tag == "a" and parent.getparent() is not None \
        else parent if el.tag == "a" and parent is not None and 2 <= len(parent) <= _AD_CARD_LINES else el
    for count, child in enumerate(card.iterdescendants()):
        if count >= _AD_CARD_ELEMENTS:
            return False
        if child is not el and not len(child) and isinstance(child.tag, str) \
                and ((text := (child.text or "").strip()).casefold() in _AD_LABELS or _AD_SPONSOR.match(text)):
            return True
    return False


#: the most elements a link's box holds to be read as the link's card (its label, the link, the sponsor's line)
_AD_CARD_LINES = 3
#: an ad's label with its advertiser after it, in a card's element of its own: "PR：さくら証券", "Sponsored by X"
_AD_SPONSOR = re.compile(r"^(?:PR|AD|広告)\s*[:：]\s*\S|^(?i:sponsored\s+by|anzeige\s+von)\s+\S"
                         # (or the label, a dot, then its advertiser: "Anzeige · Präsentiert von X")
                         r"|^(?i:anzeige|werbung|sponsored|advertisement|publicité)\s*[·•|]\s*\S")


def _lone_headline_link(block: Block, site: str) -> bool:
    """A block that is one headline link and nothing else (no sentence's end), to a page of the
    same site (or a relative address): an inline promo of another story ("Arizona cities scramble
    for groundwater"), a teaser when set between two paragraphs of the text (``_headline_lists``)."""
    if block.heading or len(block.links) != 1:
        return False
    href, text = block.links[0]
    if text != block.text or len(text) < TEASER_MIN or text[-1] in SENTENCE_ENDS:
        return False
    host = _host(href)
    return not host or not site or host == site


#: an arrow pointing at a teaser's link, opening its line: "►", "▶", "▸", "➤"
_TEASER_ARROW = "►▶▸➤"


def _arrow_headline(block: Block, site: str) -> bool:
    """A paragraph that is an arrow and one headline link to the same site ("►<a>Headline</a>"): portals
    set their teasers of other stories so between paragraphs (a teaser when set between two of them,
    ``_headline_lists``)."""
    if block.heading or len(block.links) != 1 or not block.text or block.text[0] not in _TEASER_ARROW:
        return False
    href, text = block.links[0]
    if text != block.text[1:].strip() or not _headline_wide(text) or text[-1] in SENTENCE_ENDS:
        return False
    host = _host(href)
    return not host or not site or host == site


def _capital_headline(block: Block, site: str) -> bool:
    """A paragraph that is one headline link printed in capitals ("FISHING BOAT SINKS IN GULF OF
    MAINE, LEAVING 3 CREW MEMBERS MISSING"), to the same site: cable news and tabloid systems set
    their teasers of other stories so between paragraphs. A prompt ("CLICK HERE TO GET THE APP") is
    none."""
    if not _lone_headline_link(block, site) or len(block.text.split()) < CAPITAL_HEADLINE_WORDS \
            or _CALL_TO_ACT.search(block.text):
        return False
    letters = [c for c in block.text if c.isalpha()]
    lower = sum(1 for c in letters if c.islower())
    return bool(letters) and lower <= CAPITAL_LOWER_MAX * len(letters) \
        and any(c.isupper() for c in letters) and PROMPT_TEXT.match(block.text) is None


def _paragraph_headline(block: Block, site: str) -> bool:
    """A paragraph that is one headline link to the same site and nothing else ("<p class='interstitial-link'><a>
    <span>The hottest summers on record are quickly becoming the new normal</span></a></p>"): a story's teaser set
    between the text's paragraphs, as a line to read also is without its label (``_headline_lists``). A prompt
    ("Sign up for our newsletter") is none."""
    if not site or block.element.tag != "p" or block.heading or len(block.links) != 1 \
            or block.links[0][1] != block.text or len(block.text.split()) < CAPITAL_HEADLINE_WORDS:
        return False  # (its full stop may be the headline's: "Extreme heat is getting more dangerous. Here's how …")
    return _host(block.links[0][0]) in ("", site) and not _CALL_TO_ACT.search(block.text) \
        and PROMPT_TEXT.match(block.text) is None


def _card_headline(block: Block, container: HtmlElement, site: str) -> bool:
    """A story card set in the text: a headline that is one link to a page of the same site (a
    heading or a line), in a box below the container that also holds a picture linking to the same
    address (``<div><h3><a>Section</a></h3><a href=X><img></a><h3><a href=X>Headline</a></h3></div>``).
    A line printing a full date (a match's or a magazine issue's card) is no headline."""
    texted = [link for link in block.links if link[1]]  # the picture's link may run into the headline's block
    if len(texted) != 1 or any(href != texted[0][0] for href, _ in block.links):
        return False
    href, text = texted[0]
    if text != block.text or len(text) < TEASER_MIN or text[-1] in SENTENCE_ENDS \
            or len(text.split()) < CAPITAL_HEADLINE_WORDS and len(_WIDE.findall(text)) < CJK_TEASER_MIN:
        return False  # a name under a writer's picture ("Michael Hiltzik") is no headline
    host = _host(href)
    if host and site and host != site:
        return False
    box = block.element
    for _ in range(CARD_LEVELS):
        box = box.getparent()
        if box is None or box is container:
            return False
        if any((a.get("href") or "").strip() == href.strip() and next(a.iter("img", "picture"), None) is not None
               for a in box.iter("a")):
            return parse_printed_date(text) is None  # a match's or an issue's card ("Nov 02, 2023") is none
    return False


def _more_from_sections(data: Structured) -> tuple[str, ...]:
    """Keys of the labels "More from SECTION" for the article's declared sections (``articleSection``,
    ``article:section``, the names of a JSON-LD breadcrumb trail), which ``_names_site`` takes for naming
    the site: "More From Bangalore News" lists the section's latest stories, not the article's teasers,
    as "More from Slate" lists the site's (a writer's "More from NAME" stays a teaser label)."""
    section = (data.article or {}).get("articleSection")
    names = [*(section if isinstance(section, list) else [section]), data.meta_first("article:section"),
             *_breadcrumb_names(data)]
    return tuple(dict.fromkeys(f"more from {key}" for name in names
                               if isinstance(name, str) and len(key := _key(name)) >= 3))


#: the links of a visible breadcrumb trail ("News / Local News")
_TRAIL_LINKS = XPath("//*[contains(@class, 'breadcrumb')]//a")


def _more_from_short_name(names: list[str]) -> tuple[str, ...]:
    """Keys of the labels "More from the WORD" for the last word of the site's names of two words or more: a paper
    calls itself by it ("More from The Star & Partners" on the Toronto Star's pages, "More from the Post"), so such
    a box lists the site's stories, as "More from Toronto Star" does (``_names_site``). ``names``: the site's names."""
    words = [name.split() for name in names]
    return tuple(dict.fromkeys(f"more from {the}{key}" for name in words if len(name) >= 2
                               and len(key := _key(name[-1])) >= 4 for the in ("the ", "")))


def _more_of_trail(page: Page, blocks: list[Block]) -> tuple[str, ...]:
    """Keys of the labels "More SECTION" for the sections of the page's visible breadcrumb trail: "More Local
    News" under "News / Local News" lists the section's latest stories, as "More from SECTION" does for a
    declared section (``_more_from_sections``), a section the address files the story under, or a section or series
    the kicker over the headline links (``_kicker_keys``). The trail is read only when a block opens with "More " (a
    search of the whole tree costs about 3 % of the extraction's time on every page). A label may head its links in
    their paragraph ("<p><strong>More from Personal Finance:</strong><br><a>…</a><br><a>…</a></p>"): the words before
    the colon."""
    labels = [label for block in blocks if block.text[:5].casefold() == "more "
              and len(label := block.text.split(":", 1)[0]) <= LABEL_MAX]
    if not labels:
        return ()
    segments = {_SLUG_CHARS.sub("", part.casefold()) for part in urlsplit(page.url or "").path.split("/")} - {""}
    filed = [f"more from {key}" for label in labels if (m := _MORE_FROM.match(label))
             and _SLUG_CHARS.sub("", m.group(1).casefold()) in segments and len(key := _key(m.group(1))) >= 2]
    # "More World News" on /world/…: the section the address files the story under, then "News" or "Stories" (the
    # noun maybe the address's too: "More Local News" on /news/local-news/…)
    filed += [f"more {key}" for label in labels if (m := _MORE_SECTION.match(label))
              and (_SLUG_CHARS.sub("", m.group(1).casefold()) in segments
                   or _SLUG_CHARS.sub("", label[5:].casefold()) in segments) and len(key := _key(m.group(1))) >= 3]
    froms = [key for label in labels if (m := _MORE_FROM.match(label)) and len(key := _key(m.group(1))) >= 3]
    if froms:
        # "More from In Their Own Words" under a story whose kicker links that series over the headline
        kickers = _kicker_keys(page)
        filed += [f"more from {key}" for key in froms if key in kickers]
    # "More Sydney news", "More from UK" on /article/…: a section the site's navigation links to by its own slug
    # ("<nav><a href="/sydney">Sydney</a>", "<a href="/uk">UK</a>") is the site's, its latest stories no teasers
    sections = [m.group(1) for label in labels if (m := _MORE_SECTION.match(label))]
    sources = [m.group(1) for label in labels if (m := _MORE_FROM.match(label))]
    if (sections or sources) and (named := _nav_sections(page)):
        filed += [f"more {_key(section)}" for section in sections if _SLUG_CHARS.sub("", section.casefold()) in named]
        filed += [f"more from {_key(name)}" for name in sources if _SLUG_CHARS.sub("", name.casefold()) in named]
    # (and "More from SECTION" for a section of the visible trail as for a declared one: "More from Local Democracy
    # Reporting" under "News / Local Democracy Reporting")
    return tuple(dict.fromkeys([*filed, *(f"more{word} {key}" for link in _TRAIL_LINKS(page.tree)
                                          if len(key := _key(link.text_content())) >= 3 for word in ("", " from"))]))


def _kicker_keys(page: Page) -> set[str]:
    """Keys of the links set just over the headline (``_KICKER_SIBLINGS`` elements before the ``<h1>``): the section's
    or the series' name the story is filed under ("<p class='story__series'><a href='/series/…'>In Their Own
    Words</a></p><h1>…"), whose "More from NAME" lists its latest stories, no teasers of the article's."""
    heading = find_headline(page).element
    if heading is None:
        return set()
    return {_key(link.text_content()) for sibling in islice(heading.itersiblings(preceding=True), _KICKER_SIBLINGS)
            if isinstance(sibling.tag, str) for link in sibling.iter("a")}


#: how many elements before the headline may hold its kicker's link (``_kicker_keys``)
_KICKER_SIBLINGS = 2


def _outlet_feed(label: str) -> bool:
    """Whether a label heads an outlet's feed, wherever its box stands: "More from KVRN 7 News" under an app's article
    (the provider's other stories, a word of outlets' names after "More from"; a writer's "More from NAME" stays a
    teaser label)."""
    found = _MORE_FROM.match(label)
    return found is not None and OUTLET_WORD.search(found.group(1)) is not None


def _nav_sections(page: Page) -> set[str]:
    """The slugs of the sections the page's ``<nav>`` (or an old page's ``<div id="nav">``) links to by their own
    names: a link whose address's last part is its text's slug ("<a href="/sydney">Sydney</a>", "<a
    href="/category/tv/">TV</a>")."""
    named = set()
    for nav in _NAV_BOXES(page.tree):
        for link in nav.iter("a"):
            slug = _SLUG_CHARS.sub("", link.text_content().casefold())
            path = urlsplit(link.get("href") or "").path.rstrip("/")
            if len(slug) >= 2 and _SLUG_CHARS.sub("", path.rsplit("/", 1)[-1].casefold()) == slug:
                named.add(slug)
    return named


#: the site's navigation: a ``<nav>``, or a box an old page names so by its id ("<div id='nav'>", "<ul id='menu'>")
_NAV_BOXES = XPath("//nav | //*[@id='nav' or @id='navigation' or @id='menu' or @id='main-nav' or @id='mainnav']")
#: "More From SECTION" (``_more_of_trail``): a section the article's address files it under ("More From Men's
#: Fashion" on /style/mens-fashion/a64123456/…) lists that section's latest stories
_MORE_FROM = re.compile(r"more from (?:the )?(.+?)\W*$", re.IGNORECASE)
#: "More SECTION News" (``_more_of_trail``): a section of one or two words the address files the story under, then
#: "News", "Stories" or "Headlines" ("More World News" on /world/reuters/…)
_MORE_SECTION = re.compile(r"more ((?!from\b)[^\W\d_]+(?: [^\W\d_]+)?) (?:news|stories|headlines)\W*$", re.IGNORECASE)
_SLUG_CHARS = re.compile(r"[\W_]+")


def _breadcrumb_names(data: Structured) -> Iterator[object]:
    """The names of the items of the page's JSON-LD breadcrumb trails (``BreadcrumbList``)."""
    for obj in data.jsonld:
        if "BreadcrumbList" not in type_names(obj) or not isinstance(items := obj.get("itemListElement"), list):
            continue
        for item in items:
            if isinstance(item, dict):
                inner = item.get("item")
                yield item.get("name") or (inner.get("name") if isinstance(inner, dict) else None)


def _names_site(label: str, sites: tuple[str, ...]) -> bool:
    """Whether a teaser label names the site itself ("More From the Los Angeles Times", "More Axios
    stories", "More From Slate", "More from NBC News" on nbcnews.example): the site's other stories, not the
    article's related ones; ``sites`` also holds "More from SECTION" for the article's sections
    (``_more_from_sections``) and the site's name as its host spells it. A label naming a magazine's issue
    ("More from Issue No. 82", "More from the April 2026 issue") lists that issue's other stories, as "In this
    issue" does: no teasers of the article's either."""
    if _MORE_FROM_ISSUE.match(label):
        return True
    if not sites:
        return False
    words = f" {_key(label)} "
    joined = words.replace(" ", "")  # "morefromthecourtside" holds the host's "thecourtside"
    words = words.replace(" from the ", " from ")  # "More from The Back Lot" names "back lot"
    return any(f" {site} " in words or " " not in site and len(site) >= _HOST_NAME_MIN and site in joined
               for site in sites)


#: "More from Issue No. 82", "More from the April 2026 issue", "More from this issue" (``_names_site``)
_MORE_FROM_ISSUE = re.compile(r"^\W{0,3}more from (?:the |this )?(?:[\w ]{0,30}\b)?issue\b", re.IGNORECASE)
#: a site's name as its host spells it ("nbcnews", "restofworld"), matched in a label's words written together
#: ("More from NBC News"), is this long at least: a shorter one is a word of many labels
_HOST_NAME_MIN = 5


def _key(text: str) -> str:
    """Lower-cased words of a name, without a leading "the" and a trailing ".com" or other domain ending ("Scroll.in",
    "Stuff.co.nz": the site calls itself "Scroll" in "More from Scroll")."""
    words = " ".join(_WORDS.findall(_NAME_DOMAIN_END.sub("", text.casefold().removesuffix(".com"))))
    return words[4:] if words.startswith("the ") else words


#: a domain's ending closing a site's name ("Scroll.in", "Rediff.com", "Stuff.co.nz"), no word of the name
_NAME_DOMAIN_END = re.compile(r"(?<=\w)\.(?:com|net|org|co|in|pk|bd|lk|np|uk|au|nz|za|ng|ke|ie|ca|de|fr|it|es|nl|ch|at|"
                         r"jp|cn|io|news)(?:\.[a-z]{2})?$")


def _in_promo(block: Block, level: int) -> bool:
    """Whether a furniture-named box below the container's level is named as a promo of a story."""
    return any(_PROMO.search(block.path[idx].get("class") or "") for idx in block.furniture if idx > level)


def _host(url: str) -> str:
    """The host of an absolute address without "www."; "" for a relative one."""
    try:
        host = urlsplit(url.strip()).netloc.lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _teaser_line(block: Block, scope: HtmlElement | None) -> bool:
    """A line of the container's parent that is a teaser label and a headline link ("READ MORE: What really
    happens when you win the lottery" among the summary bullets over the byline), as inside the container."""
    return scope is not None and bool(block.links) and TEASER_TEXT.match(block.text) is not None \
        and scope in block.path and _is_teaser(block)


def _label_and_link(block: Block) -> bool:
    """A teaser label set in its own element before headline links, with no punctuation
    between them ("<span>À lire aussi</span> <a>Headline</a>", "<span>延伸閱讀</span><a>…</a><a>…</a>"):
    the label's box is the separator."""
    if not block.links:
        return False
    if len(block.links) == 1 and _label_in_link(block):
        return True
    label = block.text
    for _, anchor in reversed(block.links):
        if not _headline_wide(anchor) or not label.endswith(anchor):
            return False
        label = label[:-len(anchor)].rstrip().rstrip(_LIST_BULLETS).rstrip()  # "【関連記事】<br>・<a>…</a><br>・<a>…</a>"
    return bool(label) and len(label) <= LABEL_MAX and (TEASER_TEXT.match(label) is not None
                                                        or _INLINE_MORE_LABEL.match(label) is not None)


#: a bare "More news" labelling the link after it in its own line, its colon closing it ("<p><strong>MORE NEWS:</strong>
#: <a>TITLE</a></p>" between the text's paragraphs): a pointer to one more story, where a box headed "More news" is
#: the site's feed
_INLINE_MORE_LABEL = re.compile(r"^(?:more news|more stories)\s*:$", re.IGNORECASE)


def _bracketed_link(block: Block) -> bool:
    """Whether the block is one headline link in square brackets and nothing else ("<p><b>[</b> <a>TITLE</a> <b>]
    </b></p>" between the paragraphs): a paper's pointer to one more story, its brackets the label."""
    inner = block.text[1:-1].strip() if block.text[:1] == "[" and block.text[-1:] == "]" else ""
    return len(block.links) == 1 and bool(inner) and block.links[0][1].strip() == inner and _headline_wide(inner)


def _arrowed_link(block: Block) -> bool:
    """Whether the block is one headline link opening on an arrow and nothing else ("<p><a>►TITLE</a></p>" after the
    text's last paragraph): a pointer to one more story, its arrow the label."""
    text = block.text.strip()
    return len(block.links) == 1 and text[:1] in _LINK_ARROWS and block.links[0][1].strip() == text \
        and _headline_wide(text[1:].strip())


#: the arrows a pointer to another story opens on (not "»", a German headline's opening quotation mark)
_LINK_ARROWS = frozenset("►▶▷→")


def _kind_labelled_link(block: Block) -> bool:
    """Whether the block is one headline link opening on its kind's label in lenticular brackets and nothing else
    ("<p><a>【図解】TITLE</a></p>" between the text's paragraphs, an explainer's graphic story): a pointer to one more
    story, as an arrow opens one (``_arrowed_link``)."""
    text = block.text.strip()
    return len(block.links) == 1 and text[:1] == "【" and block.links[0][1].strip() == text \
        and (label := _KIND_LABEL.match(text)) is not None and _headline_wide(text[label.end():].strip())


#: the label of a story's kind opening a link to it: "【図解】", "【解説】", "【詳報】" (not a video's, "【動画】", a rail's
#: clips as often)
_KIND_LABEL = re.compile(r"【(?:図解|解説|詳報|一問一答|Q&A|Ｑ＆Ａ)】")


def _label_in_link(block: Block) -> bool:
    """Whether the block's one link opens with a teaser label in an element of its own, its headline after it ("<a>
    <span>Lesen Sie auch</span><span>TITLE</span></a>": a card in the text, the whole of it linked; set bare in the
    text's box between its paragraphs too, the box the block's owner: the link read is the block's own)."""
    anchor = _own_link(block)
    first = next(anchor.iterchildren(Element), None) if anchor is not None else None
    if first is None or (anchor.text or "").strip():
        return False
    label = " ".join(first.text_content().split())
    title = block.links[0][1][len(label):].strip() if block.links[0][1].startswith(label) else ""
    return bool(label) and len(label) <= LABEL_MAX and TEASER_TEXT.match(label) is not None and _headline_wide(title)


#: the bullets a line of links sets before each ("・", "•", "▶")
_LIST_BULLETS = "・•·▶▷►"


def _headline_wide(text: str) -> bool:
    """Whether a link's text is as long as a headline: ``TEASER_MIN`` characters, or a Chinese or
    Japanese one of ``CJK_TEASER_MIN`` wide characters ("小镇青年的第一份工作")."""
    return len(text) >= TEASER_MIN or len(_WIDE.findall(text)) >= CJK_TEASER_MIN


def _is_teaser(block: Block) -> bool:
    """A line under a teaser label that is a headline link ("Ferry prices to rise again"); a
    Chinese or Japanese headline is one from ``CJK_TEASER_MIN`` wide characters ("小镇青年的第一份工作",
    not a share bar's "ブックマーク"); a heading wrapped in its link (``<a><h3>Headline</h3></a>``, whose link
    holds no text of its own line) by the heading's words."""
    if block.heading and len(block.links) == 1 and not block.links[0][1]:
        return _headline_wide(block.text)
    if not any(_headline_wide(text) for _, text in block.links):
        return False
    if block.link_chars > MAX_LINK_DENSITY * len(block.text):
        return True
    # the teaser's date after its link ("郑开大道智慧化改造完成 2026-01-06") is no text of the line
    rest = block.text
    for _, text in block.links:
        rest = rest.replace(text, "", 1)
    rest = rest.strip(" ()[]（）|｜-–—·")
    return 0 < len(rest) <= _TEASER_DATE_MAX and parse_printed_date(rest) is not None


#: the most characters of a teaser's date printed beside its link (see ``_is_teaser``)
_TEASER_DATE_MAX = 25
#: the wide (CJK) characters from which a link's text is a headline (see ``_is_teaser``)
CJK_TEASER_MIN = 8


def _is_text(block: Block, lists: dict[HtmlElement, float], following: Block | None) -> bool:
    """Whether a block inside the container is article text, not a prompt or link list.

    Link density is judged where a reader judges it: a list item also by its whole list
    (in a list of prose items, the item that is one link, "Here's our year in review!",
    is an item like the others; a list of links is navigation), and a heading that links
    to its subject by the paragraph it opens (a list article's ``<h3><a>Product</a></h3>``
    followed by the product's review).
    """
    if PROMPT_TEXT.match(block.text) is not None or _mostly_addresses(block.text) or _listing_date(block):
        return False
    if len(block.text) <= CAPTION_LINE_MAX and SHOT_BY.search(block.text):
        return False  # a picture's caption line closing on "… 本报记者 NAME摄": no sentence of the text ends so
    limit = MAX_LINK_DENSITY if block.element.tag in LIST_ROWS else PROSE_LINK_DENSITY
    if block.link_chars <= limit * len(block.text):
        return True
    if block.element.tag == "li":
        return lists.get(block.element.getparent(), 1.0) <= MAX_LINK_DENSITY
    return block.heading and following is not None and _opens_section_text(block, following)


def _listing_date(block: Block) -> bool:
    """A table cell that is only a date, in a row whose other cell holds a link: the date of a post in a
    list of posts set as a table (a blog's "other posts of the category": a title link and its date a
    row), whose links leave the text, not a line of the text."""
    cell = block.element
    if cell.tag not in ("td", "th") or len(block.text) > LISTING_DATE_MAX or parse_printed_date(block.text) is None:
        return False
    row = cell.getparent()
    return row is not None and any(other is not cell and other.find(".//a") is not None for other in row)


def _mostly_addresses(text: str) -> bool:
    """Whether several web addresses make up most of ``text``: image and page URLs with their
    sizes that a theme printed as text ("https://.../photo.jpg 540 960 admin https://..."), not
    prose; a sentence giving one address ("More on the maker's site at https://...") is text."""
    if text.count("://") < 2:
        return False
    return sum(len(url) for url in _ADDRESS.findall(text)) > len(text) / 2


def _list_link_density(blocks: list[Block], container: HtmlElement) -> dict[HtmlElement, float]:
    """Share of link text of each list (``ul``/``ol``) inside the container, over its items' text."""
    links: dict[HtmlElement, int] = {}
    chars: dict[HtmlElement, int] = {}
    for block in blocks:
        if block.element.tag == "li" and container in block.path:
            parent = block.element.getparent()
            links[parent] = links.get(parent, 0) + block.link_chars
            chars[parent] = chars.get(parent, 0) + len(block.text)
    return {parent: links[parent] / chars[parent] for parent in chars}


def _opens_section_text(heading: Block, following: Block) -> bool:
    """Whether ``following``, the block after a heading, is the prose of its section:
    a paragraph beside it (same parent), mostly unlinked."""
    return following.element.getparent() is heading.element.getparent() and not following.heading \
        and prose_size(following.text) >= SENTENCE_MIN and following.link_chars <= LEDE_LINK_DENSITY * len(following.text)


def _without_extras(blocks: list[tuple[int, Block, str]], keys: dict[int, str]) -> list[tuple[int, Block, str]]:
    """The text without the furniture that sits among its first paragraphs: a date line
    (the byline and date between the lede and the rest) and a paragraph printed again
    further on (a highlight or pull quote set before the text), a print note ("This article is taken from the April
    2026 issue of …", ``PRINT_NOTE``). Further down, such lines
    are the text's own (an embedded post's "— Name (@handle) November 18, 2019", an
    interview's question asked twice). ``keys``: each block's words (``_text_key``) by its position."""
    words = [keys[pos] for pos, _, _ in blocks]
    kept: list[tuple[int, Block, str]] = []
    prose = 0
    for idx, entry in enumerate(blocks):
        block = entry[1]
        if prose < OPENING_PARAGRAPHS and (_is_dateline(block.text) and block.element.tag not in LIST_ROWS
                                           or _repeated_elsewhere(idx, blocks, words)
                                           or PRINT_NOTE.match(block.text) is not None):
            continue
        prose += prose_size(block.text) >= SENTENCE_MIN
        kept.append(entry)
    return kept


def _repeated_elsewhere(idx: int, blocks: list[tuple[int, Block, str]], keys: list[str]) -> bool:
    """Whether the paragraph ``blocks[idx]``, alone in its box, is printed again further on (a paragraph repeated
    among its siblings is the text's own repetition); or, set as a quote (``<blockquote>``), printed inside a later
    paragraph: a pull quote ("“We paid for coal we never received, and nobody asked why”" over the paragraph "“We
    paid for coal we never received, and nobody asked why,” said an Eskom manager …")."""
    block = blocks[idx][1]
    parent = block.element.getparent()
    quoted = block.element.tag == "blockquote" or parent is not None and parent.tag == "blockquote"
    if prose_size(block.text) < (PULL_QUOTE_MIN if quoted else SENTENCE_MIN):
        return False
    if quoted:
        key = f" {keys[idx]} "
        return any(key in f" {later} " for later in keys[idx + 1:])
    if sum(other.element.getparent() is parent for _, other, _ in blocks) > 1:
        return False
    return keys[idx] in keys[idx + 1:]


def _without_standfirst(blocks: list[tuple[int, Block, str]], headline: str, description: str,
                        heading: HtmlElement | None = None, walk: Walk | None = None,
                        cut: bool = False) -> list[tuple[int, Block, str]]:
    """The text without a standfirst printed above the byline inside the container: the
    first paragraph, when it opens with the declared description and a date line follows
    it before the next paragraph (the container holds the article's header too), when it
    rewords the description and the next paragraph opens with the text's dateline ("München –"),
    or when it repeats the description or is named as a sub-title, lead or intro (``_SUB_TITLE``) in the box of
    the page's headline (``heading``), set apart from the box of the paragraphs that follow (a deck under the headline, as
    ``<div class="heading"><h1>…</h1><p>DECK</p></div><figure>…</figure><div class="text">…``); or when, named so, it
    opens the text's own box in a quote box with the lead picture right after it and the description's words
    (``<div class="content"><blockquote class="lead"><p>DECK</p></blockquote><figure>…</figure><p>…``)."""
    first = _next_opening(blocks, -1, headline)
    if first is None:
        return blocks
    key = _text_key(blocks[first][1].text)
    following = _next_opening(blocks, first, headline)
    if following is None:
        return blocks
    if walk is not None and _bold_lead_over_byline(blocks[first], walk):
        return blocks[following:]  # a lead in bold over the byline's paragraph, in the text's own box
    if heading is not None and prose_size(blocks[first][1].text) < SENTENCE_MIN \
            and _row_under_headline(blocks[first][1], heading, 1):
        return blocks[following:]  # an old table layout's sub-headline, a short line in the row under the headline's
    if walk is not None and _beside_picture(blocks[first][1].element) \
            and _bold_lead_over_byline(blocks[following], walk):
        # ... under the lead picture's caption (a broadcaster's header: picture, caption, headline, date line)
        after = _next_opening(blocks, following, headline)
        return blocks[after:] if after is not None else blocks
    # a page declaring no description: only a deck named as one (below) is one
    declared = len(description) >= STANDFIRST_PREFIX
    opens = declared and (key.startswith(description[:STANDFIRST_PREFIX]) or _same_first_clause(key, description))
    if opens and any(_is_dateline(entry[1].text) for entry in blocks[first + 1:following]):
        return blocks[following:]
    if opens and walk is not None and any(_JA_CREDITS_PARAGRAPH.match(block.text)
                                          for block in walk.blocks[blocks[first][0] + 1:blocks[following][0]]):
        return blocks[following:]  # (or a Japanese credits line, whatever read it: "文：NAME　写真：NAME　編集：DESK")
    if declared and (opens or _same_words(key, description, PLACE_SAME_WORDS)) \
            and _PLACE_OPENING.match(blocks[following][1].text):
        return blocks[following:]  # the news text opens with its dateline: "München – ...", "BERLIN taz | ..."
    if declared and (opens or _same_words(key, description)) \
            and _with_headline(blocks[first][1], blocks[following][1], heading):
        return blocks[following:]  # a deck repeating the description
    prose = next((idx for idx in range(following, len(blocks))
                  if _opens_text(blocks[idx][1], headline) and prose_size(blocks[idx][1].text) >= SENTENCE_MIN), None)
    if opens and not cut and prose is not None and prose > following \
            and _with_headline(blocks[first][1], blocks[prose][1], heading):
        return blocks[prose:]  # a deck repeating the description, short header lines after it ("El País (Madrid)")
    deck = first if prose_size(blocks[first][1].text) >= SENTENCE_MIN else following  # after a kicker's line
    rest = _next_opening(blocks, deck, headline)
    if rest is None:
        return blocks
    between = [entry[1] for entry in blocks[deck + 1:rest]] if walk is None \
        else walk.blocks[blocks[deck][0] + 1:blocks[rest][0]]  # the header's lines and caption too
    dated = any(_header_line(block) for block in between)
    # (the description opening the deck, or reworded in it: "… people bedded down outside …" for "… people sleeping
    # rough …", most of the description's words in the deck)
    described = opens or declared and _holds_words(key, description)
    if _named_deck(blocks[deck][1], dated) \
            and _with_headline(blocks[deck][1], blocks[rest][1], heading, _lead_box_above_picture(blocks[deck][1])
                               or _beside_headline(blocks[deck][1], blocks[rest][1], heading,
                                                   described and deck == first)):
        return blocks[rest:]  # named as one ("lead", "intro"), maybe under a kicker's line
    if dated and _deck_under_headline(blocks[deck][1]) \
            and (_with_headline(blocks[deck][1], blocks[rest][1], heading)
                 or _beside_headline(blocks[deck][1], blocks[rest][1], heading, True)):
        return blocks[rest:]  # right under the headline (maybe after a kicker's line), the byline or date line after it
    if opens and deck == first and _lead_box_beside_header(blocks[deck][1], blocks[rest][1], heading):
        return blocks[rest:]  # a lead's box after the picture, beside the header's box and the text's
    if opens and deck == first and walk is not None and _bold_lead_under_byline(blocks[deck], walk):
        return blocks[rest:]  # a lead in bold under the byline's paragraph, in the text's own box
    if deck == first and blocks[deck][1].quote and prose_size(description) >= STANDFIRST_PREFIX \
            and _named_deck(blocks[deck][1], False) \
            and (key.startswith(description[:STANDFIRST_PREFIX]) or _same_words(key, description)):
        # a lead named so in a quote box opening the text's box, the lead picture after it, the description's words
        # (a Chinese or Japanese description counted as it reads, ``prose_size``)
        return blocks[rest:]
    return blocks


#: the levels above the headline where a lead's box set beside the header's box may stand
LEAD_BOX_LEVELS = 2


def _lead_box_beside_header(block: Block, following: Block, heading: HtmlElement | None) -> bool:
    """Whether the paragraph, opening with the declared description, stands alone in a box named as a lead or intro
    whose parent also holds the headline's box and the text's (``<article><div class="header"><h1>…</h1>…</div>
    <figure>…</figure><div class="StoryLead"><p>…</p></div><div class="StoryBody"><p>…``): the deck set after the lead
    picture, as ``_beside_headline`` reads one beside the headline itself."""
    parent = block.element.getparent()
    if heading is None or parent is None or len(parent) != 1 or block.element.get("class") \
            or _SUB_TITLE.search(lowered_names(parent.get("class") or "")) is None:
        return False
    holder = parent.getparent()
    return holder is not None and holder in islice(heading.iterancestors(), LEAD_BOX_LEVELS) \
        and parent not in following.path


#: a paragraph's first sentence (all of it when it has one only): the part a declared description rewords of a deck
#: of two sentences or more
_FIRST_SENTENCE = re.compile(r".*?[.!?。！？](?=\s|$)|.*", re.DOTALL)


def _same_first_clause(key: str, description: str) -> bool:
    """Whether a paragraph (``_text_key``) opens with the declared description's first clause, when that clause is
    one long run of unspaced script (``FIRST_CLAUSE_MIN`` characters: Chinese or Japanese up to its first "。"):
    "保育士1人が…新基準から1年。それでも…" against the description "保育士1人が…新基準から1年。現場の…"."""
    clause = description.split(" ", 1)[0]
    return len(clause) >= FIRST_CLAUSE_MIN and key.split(" ", 1)[0] == clause


def _named_deck(block: Block, dated: bool) -> bool:
    """Whether ``block`` is named as the headline's sub-title, or as a lead or intro set above the byline, the date
    line or the lead picture (``dated``: one stands between it and the text, ``_header_line``), as decks are; a lead
    right above the text is its opening set large."""
    el = block.element
    if not el.get("class") and (parent := el.getparent()) is not None and len(parent) == 1:
        el = parent  # the paragraph alone in a box named so: <div class="article-lead"><p>…</p></div>
        if (outer := el.getparent()) is not None and len(outer) == 1 and not _SUB_TITLE.search(
                lowered_names(" ".join([el.get("class") or "", *_data_names(el)]))):
            el = outer  # ... or in a hashed box inside it: <div data-gu-name="standfirst"><div class="dcr-1yi1cnj"><p>
    names = lowered_names(" ".join([el.get("class") or "", *_data_names(el)]))
    return (_SUB_TITLE.search(names) is not None) and (dated or "title" in names or _picture_after(el)
                                                       or _byline_after(el))


def _byline_after(el: HtmlElement) -> bool:
    """Whether the box right after ``el`` is named as the byline's ("<p class='article__intro'>DECK</p><div
    class='byline'>…</div>"): a deck's place, whatever the byline's lines became (a writer's name and date the
    extractor took out of the text's blocks, ``_header_line`` unable to see them)."""
    following = el.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()  # (a comment between them)
    return following is not None and BYLINE_HINT.search(following.get("class") or "") is not None


def _data_names(el: HtmlElement) -> list[str]:
    """The names a box gives itself in its ``data-`` attributes ("data-journey-hook='content-dek'",
    "data-testid='article-standfirst'"): where a system hashes its class names ("css-1o2gljl"), the only ones."""
    return [value for name, value in el.attrib.items() if name.startswith("data-") and _DATA_NAME.match(value)]


#: a ``data-`` attribute's value that is a name: one word of letters and hyphens, no number, address or sentence
_DATA_NAME = re.compile(r"^[A-Za-z][A-Za-z_-]{1,40}$")


def _picture_after(el: HtmlElement) -> bool:
    """Whether the lead picture comes right after ``el`` or after one of its nearest boxes (``BYLINE_BOX_LEVELS``):
    a ``<figure>``, ``<picture>`` or ``<img>`` is the next element, or opens it."""
    for node in (el, *islice(el.iterancestors(), BYLINE_BOX_LEVELS)):
        following = node.getnext()
        while following is not None and (not isinstance(following.tag, str) or _share_bar(following)):
            following = following.getnext()  # a comment between them, or the share buttons' bar
        if following is not None:
            return following.tag in _PICTURE_TAGS or len(following) > 0 and following[0].tag in _PICTURE_TAGS
    return False


def _share_bar(el: HtmlElement) -> bool:
    """Whether ``el`` is a bar of a few links or buttons and their short words ("X", "Facebook", "LINE", "保存"), no
    picture and no paragraph: the share buttons between a header's deck and the lead picture."""
    return next(el.iter("img", "p", "figure", "picture"), None) is None \
        and next(el.iter("a", "button"), None) is not None and len(el.text_content().split()) <= _SHARE_BAR_WORDS


#: the most words of a share buttons' bar
_SHARE_BAR_WORDS = 8


#: the byline's box is one of a line's nearest boxes (its own element and this many ancestors)
BYLINE_BOX_LEVELS = 3
_PICTURE_TAGS = ("figure", "picture", "img")


def _header_line(block: Block) -> bool:
    """A line of the article's header that a deck stands above: a date line, or a line in a box named as the byline
    or author's ("authorModule", "ContentMetaInfo_author", "data-testid='article-byline'" where the classes are
    hashed); a separator the byline's link left before the date ("|
    07.03.2024, 06:45 Uhr", the writer's name set apart) opens none."""
    return bool(line := block.text.lstrip(_META_SEPARATORS)) and _is_dateline(line) \
        or any(BYLINE_HINT.search(" ".join([el.get("class") or "", *_data_names(el)]))
               for el in block.path[-BYLINE_BOX_LEVELS:])


#: the separators a meta line prints between its parts ("Von NAME | DATE", "NAME · DATE")
_META_SEPARATORS = "|·•–- \u00a0"


def _deck_under_headline(block: Block) -> bool:
    """Whether the paragraph stands right after the ``<h1>`` in its header box (the byline or date line after it, as
    the caller checks): a deck no class names, set in bold (``<header><h1>…</h1><div><strong>DECK</strong></div><div>Von
    …</div><time>…``) or as a plain paragraph (``<h1>…</h1><p>DECK</p><div><p>Words by NAME</p><p>DATE</p></div>``),
    whatever its class says ("c-lede" names a deck as often as a lede)."""
    el = _in_bold(block)
    if el is None:
        el = block.element
        if (parent := el.getparent()) is not None and len(parent) == 1 \
                and _SUB_TITLE.search(lowered_names(parent.get("class") or "")):
            # the paragraph alone in a box named as a deck: "<h1>…</h1><div class='news-single-subheader'><p>DECK</p>
            # </div>" (an unnamed box, or one named "article-first-paragraph", holds the text's opening)
            el = parent
    return any(isinstance(sibling.tag, str) and sibling.tag == "h1"
               for sibling in islice(el.itersiblings(preceding=True), 2))


def _bold_lead_under_byline(entry: tuple[int, Block, str], walk: Walk) -> bool:
    """Whether the paragraph is set wholly in bold (``_in_bold``) right under the byline set as a paragraph of the
    same box ("<p class='author'>Von NAME</p><p><strong>LEAD</strong></p><p>…", ``_BYLINE_PARAGRAPH``): a broadcaster's
    regional page prints its lead so, the text's first paragraph below it. A bold first paragraph under the header's
    box, a picture or a date line is the text's."""
    pos, block, _ = entry
    el = _in_bold(block)
    if el is None or not pos:
        return False
    before = walk.blocks[pos - 1]
    return before.element.getparent() is el.getparent() and _BYLINE_PARAGRAPH.match(before.text) is not None


def _bold_lead_over_byline(entry: tuple[int, Block, str], walk: Walk) -> bool:
    """Whether the text's first paragraph is set wholly in bold (``_in_bold``) right over the byline set as a paragraph
    of the same box ("<p><strong>LEAD</strong></p><p>PAPER记者：NAME</p><p>…", "<p><b>LEAD</b></p><p>By NAME</p>"), or
    in the box right after it ("<p><strong>LEAD</strong></p><div class='authorline'><div>Von NAME</div></div><p>…"): a
    Chinese financial daily's lead (导语), a broadcaster's standfirst above the byline, which the text's first paragraph
    follows; or right over a paragraph of the date alone ("<p><strong>LEAD</strong></p><p><time>08.02.2024</time> um
    06:00</p>", as a reader view keeps a magazine's header)."""
    pos, block, _ = entry
    el = _in_bold(block)
    if el is None or pos + 1 >= len(walk.blocks):
        return False
    if _byline_box_dropped(el, walk.blocks[pos + 1].element):
        return True
    after = walk.blocks[pos + 1]
    box = after.element
    if box.getparent() is not el.getparent():
        box = next((a for a in box.iterancestors() if a.getparent() is el.getparent()), None)
        if box is None or box.getprevious() is not el or len(after.text) > _BYLINE_BOX_CHARS:
            return False
    return _BYLINE_PARAGRAPH.match(after.text) is not None or _REPORTERS_PARAGRAPH.match(after.text) is not None \
        or after.element.getprevious() is el and _is_dateline(after.text)


def _next_opening(blocks: list[tuple[int, Block, str]], after: int, headline: str) -> int | None:
    """The index of the first block after ``blocks[after]`` that may open the text (``_opens_text``), or None."""
    return next((idx for idx in range(after + 1, len(blocks)) if _opens_text(blocks[idx][1], headline)), None)


def _beside_picture(el: HtmlElement) -> bool:
    """Whether ``el`` or its box comes right after a box holding a picture and no words: the picture's caption line
    (``<div class="media"><picture>…</picture></div><div class="info"><p>CAPTION</p>…``)."""
    for node in (el, el.getparent()):
        if node is None:
            return False
        before = node.getprevious()
        if before is not None and isinstance(before.tag, str) and next(before.iter("img"), None) is not None \
                and not before.text_content().strip():
            return True
    return False


def _byline_box_dropped(el: HtmlElement, following: HtmlElement) -> bool:
    """Whether the box right after the paragraph ``el``, before the box of the ``following`` block, is a byline the
    walk left out, its parts named as an author's furniture (``<div class="authorline"><span class="authorline__author">
    Von <a>NAME</a>, NOR</span></div>``): read from the tree, it is the byline all the same."""
    box = el.getnext()
    if box is None or not isinstance(box.tag, str) or box is following or box in following.iterancestors():
        return False
    text = " ".join(box.text_content().split())
    return len(text) <= _BYLINE_BOX_CHARS and _BYLINE_PARAGRAPH.match(text) is not None


def _in_bold(block: Block) -> HtmlElement | None:
    """The paragraph's element when the paragraph is set wholly in bold (``<p><strong>…</strong></p>``), else None.
    A broadcaster's regional page sets its lead so in the text's box, under the byline's paragraph: repeating the
    declared description, it is the description (``_bold_lead_under_byline``, read in ``_without_standfirst``)."""
    el = block.element
    if el.tag in ("strong", "b") and (parent := el.getparent()) is not None:
        el = parent
    bold = el[0] if len(el) == 1 else None
    if bold is not None and bold.tag in ("strong", "b") and not (el.text or "").strip() \
            and not (bold.tail or "").strip():
        return el
    return None


def _beside_headline(block: Block, following: Block, heading: HtmlElement | None, boxed: bool = False) -> bool:
    """Whether the paragraph stands beside the headline in one flat header box (``<article><h1>…</h1><p
    class="lead">…</p><div class="byline">…</div><div class="text"><p>…``), the text's paragraphs in a box of their
    own inside it: the deck's box is the headline's, as much as the text's. With ``boxed`` (the paragraph opens with
    the declared description), so is the paragraph alone in a box of its own beside the headline (``<h1>…</h1><div
    class="field-lead"><p>…</p></div><div class="field-autoren">…</div>…<div class="field-body"><p>…``: a deck its box
    names, as ``_named_deck`` read it; without a description, such an intro box opens the text). An old table layout's
    rows are its boxes: a cell alone in the row under the headline's row (``<tr><td><h1>…</h1></td></tr><tr><td
    class="lead">…</td></tr><tr><td class="autor">…``) stands beside it as well."""
    parent = block.element.getparent()
    if heading is None or parent is None or following.element.getparent() is parent:
        return False
    if _row_under_headline(block, heading, 2):
        return True
    return heading.getparent() is parent or boxed and len(parent) == 1 \
        and _outside_wrappers(parent, WRAPPER_LEVELS).getparent() \
        is _outside_wrappers(heading, WRAPPER_LEVELS).getparent()


def _row_under_headline(block: Block, heading: HtmlElement, rows: int) -> bool:
    """Whether ``block`` is an old table layout's cell alone in its row, ``rows`` rows or fewer under the headline's
    row (``<tr><td><h2>…</h2></td></tr><tr><td class="news_sub"><b>…</b></td></tr>``)."""
    return block.element.tag == "td" and (row := _outside_wrappers(block.element, WRAPPER_LEVELS)).tag == "tr" \
        and (head_row := _outside_wrappers(heading, WRAPPER_LEVELS)).tag == "tr" \
        and any(sibling is head_row for sibling in islice(row.itersiblings(preceding=True), rows))


def _outside_wrappers(el: HtmlElement, levels: int | None = None) -> HtmlElement:
    """``el``, or the outermost of the boxes holding it alone below ``<body>``, up to ``levels`` of them (any number
    with None): a system's hashed wrapper ("<div data-gu-name='standfirst'><div class='dcr-1yi1cnj'><p>…", "<div
    data-gu-name='headline'><h1>"), a layout's boxes around the article's region ("<div class='l-container'><main>
    <article>…")."""
    climbed = 0
    while (levels is None or climbed < levels) and (outer := el.getparent()) is not None and len(outer) == 1 \
            and outer.tag not in ("body", "html"):
        el, climbed = outer, climbed + 1
    return el


#: how many boxes holding one element alone a deck's and a headline's wrappers are climbed (``_beside_headline``)
WRAPPER_LEVELS = 2


def _lead_box_above_picture(block: Block) -> bool:
    """Whether the paragraph stands alone in a box named as a lead or intro with the lead picture right after that box
    (``<div class="c_lead"><p>…</p></div><div class="c_image"><img>…``)."""
    parent = block.element.getparent()
    return not block.element.get("class") and parent is not None and len(parent) == 1 \
        and _SUB_TITLE.search(lowered_names(parent.get("class") or "")) is not None and _picture_after(parent) \
        and _byline_box_before(parent)


def _byline_box_before(box: HtmlElement) -> bool:
    """Whether one of the few elements before ``box`` is the byline's or date's (named so, or a ``<time>`` in it):
    the lead stands below the header's lines, as a deck between them and the picture does."""
    for sibling in islice(box.itersiblings(preceding=True), BYLINE_BOX_LEVELS):
        if isinstance(sibling.tag, str) and (BYLINE_HINT.search(sibling.get("class") or "")
                                             or next(sibling.iter("time"), None) is not None):
            return True
    return False


def _with_headline(block: Block, following: Block, heading: HtmlElement | None, level: bool = False) -> bool:
    """Whether ``block`` shares a box with the headline ``heading`` that the ``following`` text is not in:
    it belongs to the article's header, not to its text. With ``level`` (a lead's own box above the lead picture),
    the box holding headline, deck and text alike will do: the deck's box stands beside the headline's."""
    if heading is None:
        return False
    above = set(heading.iterancestors())
    with_heading = max((depth for depth, el in enumerate(block.path) if el in above), default=-1)
    shared = next((depth for depth, (el, other) in enumerate(zip(block.path, following.path)) if el is not other),
                  min(len(block.path), len(following.path))) - 1
    return with_heading > shared or level and with_heading == shared


#: the label heading a box that sums the article up before its text: "L'essentiel", "Key points", "Das Wichtigste in
#: Kürze", "Auf einen Blick", "この記事のポイント", "划重点", "The bottom line"
_SUMMARY_LABEL = re.compile(
    r"^\W*(?:l['’]essentiel(?: en bref)?|ce qu['’]il faut retenir|à retenir|key points|key takeaways|at a glance|"
    # a personal finance site's or a guide's box before the text: "The bottom line", "TL;DR", "Quick summary"
    r"(?:the )?bottom line|tl;? ?dr|quick (?:summary|take)|"
    r"das wichtigste(?: in kürze)?|in kürze|auf einen blick|lo esencial|in sintesi|"
    # a science magazine's box of the feature's findings before its text: "In Brief"
    r"in brief|en bref|"
    # a local site's points of a council's vote before the text: "What you need to know:", "Need to Know"
    r"(?:what you )?need to know|"
    # a developing story's box of the facts so far: "What we know so far", "Ce que l'on sait à ce stade", "Was wir
    # wissen"
    r"what we know(?: so far| now)?|ce que l['’]on sait(?: à ce stade| pour l['’]instant)?|ce que nous savons|"
    r"was (?:wir )?(?:bisher )?(?:wissen|bekannt ist)|"
    # a Japanese theme's box of what the reader learns before the text: "この記事でわかること", "この記事の要約"
    r"(?:(?:この)?記事の)?ポイント|要点|この記事で(?:わかる|分かる)こと|この記事の要約|要約|划重点|重点速览|"
    # … and a Chinese site's: "重點" (a Hong Kong site's points over its text, "文章重點"), "要點", "摘要"
    # (a note in brackets after the label: "この記事のポイント（AIによる要約をもとに編集部が確認しています）")
    # (and a mainland paper's "核心阅读", "core reading", over the text of its feature)
    r"(?:文章|新聞|新闻|本文)?重[点點]|要點|摘要|核心(?:阅读|閱讀))(?:\s*[（(][^（）()]{1,40}[）)]"
    # (or a note of the AI's hand after it, in the label's line: "Key Points AI-assisted summary")
    r"|\s+(?:ai|ki)[- ](?:assisted|generated|gestützt|generiert)(?:\s+(?:summary|zusammenfassung))?)?\W*$", re.IGNORECASE)


#: the short lines that may stand above a summary box's label, and their most characters (``_without_summary_box``)
_SUMMARY_LEAD_LINES, _SUMMARY_LEAD_MAX = 2, 40
#: ... and how many when none of them is a sentence (``_ENDS_SENTENCE``: a paid story's and a series' labels, the
#: writer's name, the date line and the share buttons' words, "X", "Facebook", "コメント3")
_SUMMARY_LEAD_LINES_NO_SENTENCE = 8
#: a line closing as a sentence does
_ENDS_SENTENCE = re.compile(r"[.!?。！？]\W*$")


def _without_summary_list(blocks: list[tuple[int, Block, str]],
                          heading: HtmlElement | None) -> list[tuple[int, Block, str]]:
    """The text without a list of summary points opening it, set right under the headline with the byline's box right
    after it (``<h1>…</h1><ul class="mol-bullets-with-font"><li><strong>POINT</strong></li>…</ul><div
    class="author-share"><p class="byline-plain">By NAME</p>…``): the points sum the article up above its byline, a
    standfirst; the text opens under the byline."""
    if blocks and heading is not None and blocks[0][1].element is heading:
        # (the headline read among the text's blocks, an <h2> in the text's box: trimmed later, by ``_below_headline``)
        return blocks[:1] + _without_summary_list(blocks[1:], heading)
    notes = 0  # (an update note over the points, kept for the trims that read notes)
    while notes < len(blocks) - 1 and UPDATE_NOTE.match(blocks[notes][1].text):
        notes += 1
    if heading is None or len(blocks) <= notes or blocks[notes][1].element.tag != "li":
        return blocks
    rows = blocks[notes][1].element.getparent()
    if rows is None or rows.tag not in ("ul", "ol") \
            or not (rows.getprevious() is heading and _holds_byline(rows.getnext()) or _points_opening_box(rows)):
        return blocks
    cut = next((n for n, (_, block, _) in enumerate(blocks) if n >= notes and block.element.getparent() is not rows),
               len(blocks))
    return blocks[:notes] + blocks[cut:] if cut < len(blocks) else blocks


def _points_opening_box(rows: HtmlElement) -> bool:
    """Whether a list named for points opens the text's box (but for an update note's line over it) and sums the text
    up: a few rows, each a sentence or two of its own, then a paragraph of prose longer than any row ("<div
    class='article__body'><p>UPDATE | …</p><ul class='article__bullets'><li>Students blocked all five entrances.</li>
    <li>Police fired rubber bullets.</li></ul><p>Police fired rubber bullets at students outside …</p>"): key points, no
    text's list (a text's list follows its words; an unnamed list of sentences over the text stays its opening)."""
    if not _POINTS_NAME.search(lowered_names(rows.get("class") or "")):
        return False
    before = [el for el in rows.itersiblings(preceding=True) if isinstance(el.tag, str)]
    if any(not UPDATE_NOTE.match(" ".join(el.text_content().split())) for el in before):
        return False
    items = [" ".join(li.text_content().split()) for li in rows.iterchildren("li")]
    following = rows.getnext()
    if not _POINTS_MIN <= len(items) <= _POINTS_MAX or following is None or following.tag != "p" \
            or any(not item or item[-1] not in _FULL_STOPS or len(item) > _POINT_MAX for item in items):
        return False
    paragraph = " ".join(following.text_content().split())
    return len(paragraph) > max(map(len, items)) and paragraph[-1:] in _FULL_STOPS


#: how many rows a list of key points has, and its longest row
_POINTS_MIN, _POINTS_MAX, _POINT_MAX = 2, 5, 250
#: the name of a list of key points ("article__bullets", "story-highlights", "takeaways")
_POINTS_NAME = re.compile(r"(?:^|[\s_-])(?:bullets?|points|highlights|takeaways)(?:$|[\s_-])")


def _holds_byline(box: HtmlElement | None) -> bool:
    """Whether ``box`` is, or holds among its first elements, a byline: named so, or a line "By NAME"."""
    if box is None or not isinstance(box.tag, str):
        return False
    for el in islice(box.iter(), _BYLINE_LOOK):
        if isinstance(el.tag, str) and (BYLINE_HINT.search(el.get("class") or "")
                                        or _BYLINE_PARAGRAPH.match(" ".join(el.text_content().split()))):
            return True
    return False


#: the elements of a box read for its byline (``_holds_byline``)
_BYLINE_LOOK = 8


#: the name of a picture's caption's element ("bildlegende", "caption", "cutline"; ``_without_summary_box``)
_CAPTION_NAMED = re.compile(r"caption|legende?\b|bildunterschrift|bildtext|cutline", re.IGNORECASE)


def _without_summary_box(walk: Walk, container: HtmlElement,
                         blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a summary box opening it: a box of its own inside the container, headed by a label line
    ("L'essentiel", "Key points", "Das Wichtigste in Kürze"), before the box of the text. Its sentences sum the
    article up (a standfirst), they do not open it. A note over the text on its changes may stand above the box
    ("Mise à jour - Cet article a été complété …" over "Ce que l'on sait à ce stade"): it is kept, for the trims that
    read notes."""
    notes = 0
    while notes < len(blocks) - 1 and (CORRECTION_NOTE.match(blocks[notes][1].text)
                                       or UPDATE_NOTE.match(blocks[notes][1].text)):
        notes += 1
    if notes:
        return blocks[:notes] + _without_summary_box(walk, container, blocks[notes:])
    # (or short lines above it, kept for the trims that read them: a site's notice, the writer's credits line,
    # "※本記事にはアフィリエイト広告が含まれます。", "文・写真：NAME", over "この記事のポイント"; more of them where none
    # is a sentence, a writer's line and two of dates, "撰文：NAME", "出版：DATE", "更新：DATE", over "重點"; and the date
    # line however long, "Publié le DATE Mis à jour le DATE Temps de lecture: 4 min" over "L’essentiel" (a box set
    # in the text, after its short paragraphs, is no summary over it; and the lead picture's caption, named so: "<div
    # class='bildlegende'>…</div>" over "Das Wichtigste in Kürze")
    lead = next((i for i in range(1, min(len(blocks) - 1, _SUMMARY_LEAD_LINES_NO_SENTENCE + 1))
                 if _summary_label_at(walk, blocks[i], blocks[i - 1][0])
                 and all(len(block.text) <= _SUMMARY_LEAD_MAX or _is_dateline(block.text)
                         or _CAPTION_NAMED.search(block.element.get("class") or "") for _, block, _ in blocks[:i])
                 and (i <= _SUMMARY_LEAD_LINES
                      or not any(_ENDS_SENTENCE.search(block.text) for _, block, _ in blocks[:i]))), 0)
    if lead:
        return blocks[:lead] + _without_summary_box(walk, container, blocks[lead:])
    if len(blocks) < 2:
        return blocks
    first, pos = blocks[0][1], blocks[0][0]
    if first.heading and _LIST_SUMMARY_LABEL.match(first.text):
        return _summary_list(blocks, first)
    if _SUMMARY_LABEL.match(first.text):
        label, summary = first, blocks[1][1]  # the label taken for a line of the text
        if len(blocks) > 2 and len(summary.text) <= LABEL_MAX \
                and label.element.getparent() in (summary.element, summary.element.getparent()):
            summary = blocks[2][1]  # (a short line beside the label in its head: "<h2>Key points</h2><span>AI-assisted
            # summary</span>" over the rows)
    elif pos and _SUMMARY_LABEL.match(walk.blocks[pos - 1].text):
        label, summary = walk.blocks[pos - 1], first
    else:
        return blocks
    path = set(summary.path)
    # (the label may be the loose words of the box holding the rows: "<div><strong>重點：</strong><ul><li>…</li></ul>
    # </div>")
    box = label.element if label.element in path \
        else next((a for a in label.element.iterancestors() if a in path), None)
    rest = [] if box is None or box is container or container not in box.iterancestors() \
        else [entry for entry in blocks if box not in entry[1].path]
    if not rest:  # the label's box holds the text too
        # (a label line of its own over a list of points, "<p><strong>What you need to know:</strong></p><ul>…</ul>
        # <hr/><p>…", sums the text up as a heading does)
        return _summary_list(blocks, label, paragraph_after=not label.heading) \
            if label.heading or _label_line(label) else blocks
    return rest if rest[0][0] > pos else blocks


def _summary_label_at(walk: Walk, entry: tuple[int, Block, str], before: int) -> bool:
    """Whether the block is a summary box's label, or its first row right under one that the text's blocks left
    out ("<h2>記事のポイント</h2><ul><li>…</li></ul>", the heading read as no line of the text; ``before``: the reading
    position of the text's block before it)."""
    pos = entry[0]
    return bool(_SUMMARY_LABEL.match(entry[1].text)) or pos - 1 > before and walk.blocks[pos - 1].heading \
        and bool(_SUMMARY_LABEL.match(walk.blocks[pos - 1].text))


def _label_line(label: Block) -> bool:
    """Whether a summary's label stands as a paragraph of its own, its words alone ("<p><strong>What you need to
    know:</strong></p>"), no line of the text that opens with them."""
    return label.element.tag == "p" and len(label.text) <= LABEL_MAX


#: the blocks before a release's dateline paragraph that may be its header's lines (``_from_release_dateline``)
_RELEASE_HEAD_BLOCKS = 3


def _from_release_dateline(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text of a press release from its dateline paragraph ("WASHINGTON, March 11, 2026 – …", "COLUMBUS, Ohio,
    March 11, 2026 /PRNewswire/ -- …", ``dates.TEXT_DATELINE``): the few lines before it that end like no sentence
    (an italic subhead, "Contact: NAME<br>Director of Communications<br>PHONE") are the release's header. A sentence
    before the dateline paragraph keeps the text as it was."""
    for index, (_, block, _) in enumerate(blocks[:_RELEASE_HEAD_BLOCKS + 1]):
        if index and block.text[:1].isupper() and (TEXT_DATELINE.match(block.text[:120]) or _wire_dateline(block.text)):
            if all(b.text.rstrip()[-1:] not in _FULL_STOPS for _, b, _ in blocks[:index]):
                return blocks[index:]
            break
    return blocks


#: a wire story's dateline: the place in capitals, maybe the day, and the agency in brackets before a dash ("OSLO,
#: March 12 (Reuters) -", "SAULT STE. MARIE, Mich. (AP) —"); the agency must be a known one (``credits.is_agency``)
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w.’' -]{1,30}?)?(?:,\s*[^\W\d_]{3,}\.?\s+\d{1,2})?"
                            r"\s*\((?P<agency>[^()]{2,30})\)\s*[-–—]")


def _wire_dateline(text: str) -> bool:
    """Whether ``text`` opens with a wire story's dateline (``_WIRE_DATELINE``): the summary's bullets before it
    ("Four operators to pool 2.4 GW by 2029" on a wire's client page) are no part of the text, as a release's header
    lines before its dateline are not."""
    match = _WIRE_DATELINE.match(text[:120]) if "(" in text[:80] else None
    return match is not None and is_agency(match.group("agency"))


#: a situation report's "Highlights" heading over a list of sentences before its text, as humanitarian portals and
#: NGOs print it (``_summary_list`` only: a box so headed on a front page holds its linked stories)
_LIST_SUMMARY_LABEL = re.compile(r"^\W*highlights\W*$", re.IGNORECASE)


def _summary_list(blocks: list[tuple[int, Block, str]], label: Block,
                  paragraph_after: bool = False) -> list[tuple[int, Block, str]]:
    """The text without a summary set in no box of its own: the label as a heading, the rows of one list under it,
    each a sentence and not a link, then the text's next heading ("<h3>Highlights</h3><ul><li>…</li></ul><h3>Situation
    overview</h3><p>…", an NGO's situation report): the rows sum the report up, and the text opens under that
    heading. A label followed by paragraphs, by rows the text goes on from without a heading, or by headlines (a
    front page's "Highlights" of linked stories) leaves the text as it was; but a summary's label set as a line of its
    own (``paragraph_after``: "What you need to know:", ``_SUMMARY_LABEL``) says what the rows are, and the text opens
    at the paragraph after them."""
    start = next((i for i, entry in enumerate(blocks) if entry[1] is not label), 0)
    end = start
    while end < len(blocks) and blocks[end][1].element.tag == "li" and blocks[end][1].text.rstrip()[-1:] in _FULL_STOPS \
            and blocks[end][1].link_chars <= MAX_LINK_DENSITY * len(blocks[end][1].text):
        end += 1
    if end == start or end + 1 >= len(blocks) \
            or len({blocks[i][1].element.getparent() for i in range(start, end)}) != 1:
        return blocks
    if paragraph_after:
        return blocks[end:] if blocks[end][1].element.tag == "p" and not blocks[end][1].heading else blocks
    return blocks[end + 1:] if blocks[end][1].heading else blocks  # the text opens under its first heading


#: the label a Chinese text's summary opens on, set before the text ("导读：", "導讀：", "导语：", "摘要：", "内容提要：")
_DIGEST_LABELS = ("导读", "導讀", "导语", "導語", "摘要", "内容提要", "內容提要", "核心提示")
_DIGEST_WORDS = f"(?:{'|'.join(_DIGEST_LABELS)})"
_DIGEST_LABEL = re.compile(rf"^\W*{_DIGEST_WORDS}\s*[:：]|^\s*【\s*{_DIGEST_WORDS}\s*】")  # (or in brackets: "【导读】…")
#: the label alone in the summary box's first child, no colon after it: "<div class="intro"><span>摘要</span>…</div>"
_DIGEST_WORD = re.compile(rf"^\s*{_DIGEST_WORDS}\s*$")


#: the first two characters of those labels, the cheap test before the box is looked at
_DIGEST_OPENINGS = frozenset(label[:2] for label in _DIGEST_LABELS)


def _is_digest(block: Block) -> bool:
    """Whether ``block`` is a Chinese text's labelled summary: "摘要：…", or the label alone in the box's first child
    ("<div class="intro"><span>摘要</span>…</div>"), or in the element right before the paragraph ("<div
    class="post_digest"><span>摘要</span><p>…</p></div>")."""
    return _DIGEST_LABEL.match(block.text) is not None \
        or block.text.lstrip()[:2] in _DIGEST_OPENINGS and _digest_box(block.element) \
        or _digest_label_before(block.element)


def _digest_label_before(el: HtmlElement) -> bool:
    """Whether the element right before ``el``, nothing between them, is a summary's label alone ("摘要")."""
    label = el.getprevious()
    return label is not None and isinstance(label.tag, str) and not (label.tail or "").strip() \
        and _DIGEST_WORD.match(label.text_content()) is not None


def _digest_box(el: HtmlElement) -> bool:
    """Whether ``el`` opens with the summary's label alone in its first child, nothing before it."""
    return len(el) > 0 and not (el.text or "").strip() and isinstance(el[0].tag, str) \
        and _DIGEST_WORD.match(el[0].text_content()) is not None and bool((el[0].tail or "").strip() or len(el) > 1)


#: the most characters of a heading ending in a colon that labels the text's first part ("Dive Brief:")
_LABEL_HEADING_MAX = 40
#: the label of an editor's note set over the text ("Editor's note: This story has been updated …", "Editors’ Note:"),
#: in Chinese "編按：", "编者按：" (or in lenticular brackets, "【编者按】"), in French "Note de la rédaction :", "NDLR :",
#: in German "Anm. d. Red.:" (or under it: "Editor’s note: The club is among the station's financial supporters.",
#: ``_closes_text``)
_EDITOR_NOTE_LABEL = re.compile(r"^\W*(?:(?:editor(?:['’]?s|s['’])?\s+note|note\s+de\s+la\s+rédaction|ndlr|"
                                r"anm\.\s*d\.\s*red\.)\s*:|(?:编者按|編者按|编按|編按)\s*[:：】])", re.IGNORECASE)


def _without_boxed_heading(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a heading left alone of a box opening it: "<section class='our-pick-box'><h2>Our pick</h2>
    <h3>PRODUCT</h3><p>SUMMARY</p><a>BUY</a></section>" before a review's text (the box's other lines furniture or
    summary, gone): a heading whose parent holds more than the heading and none of the text's blocks heads that box,
    not the text."""
    if len(blocks) < 2 or not blocks[0][1].heading:
        return blocks
    box = blocks[0][1].element.getparent()
    if box is None or len(box) < _BOXED_HEADING_CHILDREN or any(box in entry[1].path for entry in blocks[1:]):
        return blocks
    return blocks[1:]


def _without_verdict_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a box of labelled rows opening it under its heading: a review's verdict ("<h2>Highs, Lows,
    Verdict</h2><ul><li><strong>Highs:</strong> …</li><li><strong>Lows:</strong> …</li>…", ``_labelled_row``), the
    text's blocks after the box. Its lines sum the review up; the text opens below (as the same box closing the text
    is ``_without_info_box``'s)."""
    if len(blocks) < 2 + _VERDICT_ROWS_MIN or not blocks[0][1].heading:
        return blocks
    idx = 1
    while idx < len(blocks) and _labelled_row(blocks[idx][1].element):
        idx += 1
    box = blocks[0][1].element.getparent()
    if idx - 1 < _VERDICT_ROWS_MIN or idx == len(blocks) or box is None \
            or any(box not in entry[1].path for entry in blocks[1:idx]) \
            or any(box in entry[1].path for entry in blocks[idx:]):
        return blocks
    return blocks[idx:]


def _without_data_table(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a table of data opening it in a box of its own, and the box's title lines before it: a car's
    versions and prices ("<div class='price-box'><div>MODEL</div><table><tr><th>车型名称</th><th>官方指导价</th>…"), every
    cell a figure or a name, no sentence. Figures to look up; the text opens below the box (one closing it is
    ``_without_facts_box``'s or ``_without_stats_tables``')."""
    start = 0
    while start < min(len(blocks), _TABLE_TITLE_LINES) and not any(el.tag == "table" for el in blocks[start][1].path) \
            and len(blocks[start][1].text) <= LABEL_MAX and blocks[start][1].text[-1:] not in SENTENCE_STOPS:
        start += 1
    table = next((el for el in blocks[start][1].path if el.tag == "table"), None) if start < len(blocks) else None
    if table is None or (box := table.getparent()) is None:
        return blocks
    idx = start
    while idx < len(blocks) and table in blocks[idx][1].path:
        idx += 1
    if idx == len(blocks) or any(box not in entry[1].path for entry in blocks[:idx]) \
            or any(box in entry[1].path for entry in blocks[idx:]) or not _data_cells(table):
        return blocks
    return blocks[idx:]


def _data_cells(table: HtmlElement) -> bool:
    """Whether ``table`` has two rows or more and each of its cells is short and no sentence ("15.98万元", "后驱")."""
    cells = [" ".join(cell.text_content().split()) for cell in table.iter("td", "th")]
    return len(list(table.iter("tr"))) >= 2 \
        and all(len(text) <= _FACT_VALUE_MAX and text[-1:] not in SENTENCE_STOPS for text in cells)


#: the most title lines of a data table's box read over before it (``_without_data_table``)
_TABLE_TITLE_LINES = 2


#: the fewest labelled rows of a verdict box opening the text ("Highs:", "Lows:")
_VERDICT_ROWS_MIN = 2


#: the fewest children of a box a heading heads alone (``_without_boxed_heading``): the heading and two more
_BOXED_HEADING_CHILDREN = 3


def _without_label_heading(blocks: list[tuple[int, Block, str]], headline: str) -> list[tuple[int, Block, str]]:
    """The text without a heading labelling its first part ("Dive Brief:", a short heading ending in a colon, over
    the bullets of a trade site's brief): a label, not a sentence of the text. One the headline prints ("Open
    Journalism Project:" over the rest of a title set as two headings) is left to ``_part_of_headline``."""
    if len(blocks) > 1 and blocks[0][1].heading and len(label := blocks[0][1].text.strip()) <= _LABEL_HEADING_MAX \
            and label.endswith((":", "：")) and _text_key(label) not in headline:
        return blocks[1:]
    return blocks


#: the most short lines (bylines) over a labelled summary opening the text, and the most characters of each
_DIGEST_AFTER_LINES = 2
_DIGEST_AFTER_LINE_MAX = 80


def _without_digest(blocks: list[tuple[int, Block, str]], headline: str = "") -> list[tuple[int, Block, str]]:
    """The text without a labelled summary opening it ("<blockquote><p><strong>导读：</strong>本文介绍…</p></blockquote>"),
    maybe under a short byline line, or two ("文/NAME", "编辑/NAME", an account's writer's and editor's lines), and
    under the headline when the text's box holds it (a platform's headline set in a ``div.title``): it sums the
    article up (a standfirst), the text opens after it. So with an editor's note opening it ("Editor's note: This
    story has been updated …"): it speaks of the text, the text opens after it."""
    first = int(bool(headline and blocks and _text_key(blocks[0][1].text) == headline))
    for i, (_, block, _) in enumerate(blocks[:first + _DIGEST_AFTER_LINES + 1]):
        if i > first and len(blocks[i - 1][1].text) > _DIGEST_AFTER_LINE_MAX:
            break
        if _is_digest(block) or _EDITOR_NOTE_LABEL.match(block.text):
            # (the label alone, a block of its own: the summary is the block after it, "<div><span>摘要</span><p>…")
            end = i + 2 if _DIGEST_WORD.match(block.text) and len(blocks) > i + 2 \
                and _digest_label_before(blocks[i + 1][1].element) else i + 1
            return blocks[:i] + blocks[end:] if len(blocks) > end else blocks
    return blocks


def _without_note_over_rule(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without an editor's note set off over it: a quote box opening the text's box, a rule (``<hr>``) right
    after it ("<blockquote><p>Matrix 是少数派的写作社区…</p></blockquote><hr><p>…"): the note introduces the text, the
    text opens below the rule."""
    if len(blocks) < 2 or not blocks[0][1].quote:
        return blocks
    quote = next((el for el in reversed(blocks[0][1].path) if el.tag == "blockquote"), None)
    if quote is None or quote.getprevious() is not None or (quote.text or "").strip():
        return blocks
    following = quote.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()  # a comment between them
    if following is None or following.tag != "hr":
        return blocks
    rest = [entry for entry in blocks if quote not in entry[1].path]
    return rest if rest and len(rest) < len(blocks) else blocks


def _without_note_under_rule(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a note set off under it: its last paragraph set wholly in italics right after a rule
    (``<hr><p><i>NAME ist Energieökonomin … Gemeinsam schreiben sie X.</i></p>``, the writers' note of a blog's post,
    an editor's note, a disclaimer): the text closed above the rule."""
    if len(blocks) < 2:
        return blocks
    el = _in_italics(blocks[-1][1])
    previous = el.getprevious() if el is not None else None
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()  # a comment between them
    return blocks[:-1] if previous is not None and previous.tag == "hr" else blocks


def _without_person_card(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without the writer's card closing it: its last blocks in an element the page marks up as the author,
    a person (``<div itemprop="author" itemscope itemtype="http://schema.org/Person">`` holding the name and the bio,
    an author-box plugin's, in the text's box), or in a small box led by a link to a writer's page, the name its words
    ("<div><img><div><a href='/autor/NAME'>NAME</a><p>Redakteurin im Ressort Graz …</p></div></div>", ``_writer_card``):
    the text closed above it."""
    end = len(blocks)
    while end > 1 and (any(el.get("itemprop") == "author" or "schema.org/Person" in (el.get("itemtype") or "")
                           for el in blocks[end - 1][1].path) or _writer_card(blocks[end - 1][1], blocks[0][1])):
        end -= 1
    return blocks[:end]


#: the nearest boxes of a block looked at for a writer's card, and the most characters of one
_WRITER_CARD_LEVELS, _WRITER_CARD_CHARS = 2, 300


def _writer_card(block: Block, first: Block) -> bool:
    """Whether ``block`` stands in a small box (``_WRITER_CARD_CHARS``) whose first link goes to a writer's page, its
    words a name of a few words (``AUTHOR_PAGE``), and which holds none of the text's ``first`` block."""
    for box in block.path[-_WRITER_CARD_LEVELS:]:
        if box in first.path:
            return False
        link = next(box.iter("a"), None)
        if link is not None and AUTHOR_PAGE.search(link.get("href") or "") \
                and 0 < len(link.text_content().split()) <= 4 \
                and len(" ".join(box.text_content().split())) <= _WRITER_CARD_CHARS:
            return True
    return False


def _without_profile_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a box named as a person's profile closing it (a writer's card, "c-writer-profile": the name
    and the bio; ``_PROFILE_BOX``), which holds none of the text before it (as ``_profile_over_text`` over the
    text)."""
    end = len(blocks)
    while end > 1 and _profile_over_text(blocks[end - 1][1], blocks[0][1]):
        end -= 1
    return blocks[:end]


def _without_signup_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a newsletter's sign-up box closing it: a box holding an e-mail field ("Newsletter / Die Lage:
    Klima / Jeden Donnerstag analysiert … / [E-Mail-Adresse] [Kostenlos anmelden] / Mit der Anmeldung stimmen Sie der
    Datenschutzerklärung zu."), none of the text's opening: its lines are the offer's, not the text's."""
    end, whole = len(blocks), _prose_of(blocks)
    while end > 1 and _signup_box(blocks[end - 1][1], blocks[0][1].path, whole) is not None:
        end -= 1
    return blocks[:end] if end < len(blocks) else blocks


#: how many of a block's innermost boxes are looked into for a sign-up form's e-mail field
_SIGNUP_LEVELS = 4
_EMAIL_FIELD = XPath(".//input[@type='email' or @name='email' or @name='EMAIL']")


def _signup_box(block: Block, opening: tuple[HtmlElement, ...], whole: int) -> HtmlElement | None:
    """The box among ``block``'s few innermost that holds an e-mail field or a link calling to sign up ("<a
    href='/email-newsletters?CMP=…'>Sign up to Starwatch</a>" under a newsletter's pitch, ``_SIGNUP_LINK``), unless it
    holds the text's opening too or more words than a sign-up box prints (``OFFER_MAX`` characters: a form at the foot
    of the text's own box); or a reader appeal's box (``_appeal_call``), less than half the text's prose (``whole``:
    not the text's own box, a "Sign up" button at its foot); or a box listing the ways to keep reading the outlet
    (``_follow_rows``)."""
    for box in block.path[:-_SIGNUP_LEVELS - 1:-1]:
        size = prose_size(box.text_content())
        if box in opening or size > _APPEAL_MAX:
            return None
        if size <= OFFER_MAX and (_EMAIL_FIELD(box) or any(_signup_call(a) for a in box.iter("a"))
                                  or _follow_rows(box)) \
                or 2 * size < whole and any(_appeal_call(a) for a in box.iter("a")):
            return box
    return None


def _follow_rows(box: HtmlElement) -> bool:
    """Whether ``box`` lists the ways to keep reading the outlet, every row but one a call to follow it
    (``_FOLLOW_CALL``): "This is how you can continue to access our trusted content: • Bookmark SITE • Make sure you
    are signed up for our breaking and regular headline newsletters • Follow us on X"."""
    rows = [" ".join(row.text_content().split()) for row in box.iter("li")]
    return len(rows) >= 2 and sum(_FOLLOW_CALL.match(row) is not None for row in rows) >= max(2, len(rows) - 1)


#: a row calling the reader to follow the outlet itself ("us", "our"; a story's own advice, "Follow @RFS on X", is
#: none): bookmark it, follow it, sign up for its newsletters, download its app
_FOLLOW_CALL = re.compile(
    r"^\W*(?:bookmark\b|(?:make sure you(?:['’]re| are) )?(?:follow(?:ing)?|like|join) us\b|"
    r"(?:make sure you(?:['’]re| are) )?(?:sign(?:ed)? up|subscrib(?:e|ed)|register(?:ed)?) (?:to|for|with) our\b|"
    r"download our\b|(?:folgen|abonnieren) sie (?:uns|unseren?)\b|suivez-nous\b|abonnez-vous à not(?:re|s)\b)",
    re.IGNORECASE)


#: the most characters of a reader appeal's box after the text (a few paragraphs asking for support, its button)
_APPEAL_MAX = 1500


def _appeal_call(link: HtmlElement) -> bool:
    """Whether ``link`` is a reader appeal's button: a call to support or subscribe ("Support us", ``_OFFER_CALL``)
    standing alone, to an offer's page ("/contribute?…", ``_OFFER_PAGE``): "You've read 7 articles in the last year
    … <a href='https://support.X/contribute?INTCMP=epic'>Support us</a>" after the text."""
    words = " ".join(link.text_content().split())
    return _OFFER_PAGE.search(urlsplit(link.get("href") or "").path) is not None \
        and _OFFER_CALL.match(words) is not None and _standalone(link, words)


def _signup_call(link: HtmlElement) -> bool:
    """Whether ``link`` is a sign-up box's call (``_SIGNUP_LINK``) standing as a button of its own, not a link in a
    sentence ("You can also <a>subscribe to this newsletter here</a> — just tick …", the text's own line)."""
    words = " ".join(link.text_content().split())
    return _SIGNUP_LINK.match(words) is not None and _standalone(link, words)


def _standalone(link: HtmlElement, words: str) -> bool:
    """Whether ``link`` (printing ``words``) stands as a button of its own: in no paragraph or list row of other words
    ("<p><b>… and <a>sign up to our daily newsletter</a> here.</b></p>" is a sentence's link), or in a row of buttons,
    its line holding no words of its own ("<p><a>Support the X</a> <span>Remind me in May</span></p>")."""
    line = next((el for el in islice(link.iterancestors(), _SIGNUP_LINE_LEVELS) if el.tag in ("p", "li")), None)
    return line is None or " ".join(line.text_content().split()) == words \
        or link.getparent() is line and not (line.text or "").strip() and not any((child.tail or "").strip()
                                                                                   for child in line)


#: how far up a call's paragraph is looked for (``_standalone``)
_SIGNUP_LINE_LEVELS = 3


#: a link's call to sign up to a newsletter, the whole of its words: "Sign up to Starwatch", "Sign up for First
#: Edition", "Jetzt kostenlos anmelden", "Je m'inscris", "Inscrivez-vous"
_SIGNUP_LINK = re.compile(r"^(?:sign ?up|subscribe)(?: (?:now|today|for free))?(?: (?:to|for) .{1,40})?$|"
                          r"^(?:jetzt )?(?:kostenlos |gratis )?(?:anmelden|abonnieren)$|^je m['’]inscris$|"
                          r"^inscrivez-vous$", re.IGNORECASE)


def _in_italics(block: Block) -> HtmlElement | None:
    """The paragraph's element when the paragraph is set wholly in italics (``<p><i>…</i></p>``, ``<p><em>…</em>
    </p>``), else None."""
    el = block.element
    if el.tag != "p" or len(el) != 1 or (el.text or "").strip() or (el[0].tail or "").strip():
        return None
    return el if el[0].tag in ("i", "em") else None


def _without_epigraph(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without the epigraph over it: a quote box named so opening the text ("<blockquote class='epigraph'>
    <p>QUOTATION</p><footer>— SOURCE</footer></blockquote>", a blog theme's or an essay's) among the first
    ``_EPIGRAPH_BLOCKS`` blocks (a date line may come first): the text opens below it.
    Only a quote box: a Spanish daily names its sub-headings ``h3.epigraph`` (``hints._FURNITURE`` names the French
    "épigraphe" of any element)."""
    first = next((entry[1] for entry in blocks[:_EPIGRAPH_BLOCKS] if entry[1].quote), None)
    if first is None or len(blocks) < 2:
        return blocks
    quote = next((el for el in reversed(first.path) if el.tag == "blockquote"), None)
    if quote is None or "epigraph" not in f"{quote.get('class') or ''} {quote.get('id') or ''}".lower():
        return blocks
    rest = [entry for entry in blocks if quote not in entry[1].path]
    return rest if rest and len(rest) < len(blocks) else blocks


def _handed_to_guest(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """A newsletter handing its issue over to a guest: the host's greeting, then "Guest post by NAME" among the first
    ``_GUEST_LINE_BLOCKS`` blocks (``_GUEST_BYLINE``), the guest's text, a rule (``<hr>``) and the host's sign-off.
    The guest's text opens after the line and closes at the rule; a last paragraph opening with the guest's name, "NAME
    is …", is her note on herself, no text either."""
    found = next((at for at, entry in enumerate(blocks[:_GUEST_LINE_BLOCKS]) if _GUEST_BYLINE.match(entry[1].text)),
                 None)
    if found is None or found + 1 >= len(blocks):
        return blocks
    line = blocks[found][1]
    rest = blocks[found + 1:]
    for box in line.path[::-1][:2]:  # the line's paragraph, or the element holding its bold name
        rule = next((el for el in box.itersiblings() if el.tag == "hr"), None)
        if rule is not None:
            below = set(rule.itersiblings())
            kept = [entry for entry in rest if not below.intersection(entry[1].path)]
            rest = kept or rest
            break
    name = _GUEST_BYLINE.match(line.text).group("name").rstrip(". ")
    if len(rest) > 1 and rest[-1][1].text.startswith((f"{name} is ", f"{name} was ")):
        rest = rest[:-1]
    return rest


def _without_offer(walk: Walk, container: HtmlElement,
                   blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without the offer box closing it: a paywall's stub ("Dieser Artikel ist exklusiv für
    Abonnenten", "Cet article est réservé aux abonnés") or a donation appeal, a small box (at most
    ``OFFER_MAX`` characters, and not holding the text's opening) inside the container whose link calls to subscribe, log in or give
    ("Jetzt testen", "Je m'abonne", "Jetzt unterstützen", a link to ``/abo``, ``/login``): its
    sentences are the offer's, not the article's."""
    if not blocks:
        return blocks
    last = blocks[-1][0]
    calls = [block for block in walk.blocks[blocks[max(len(blocks) - OFFER_WINDOW, 0)][0]:last + 1 + OFFER_WINDOW]
             if block.links and container in block.path and any(_calls_to_act(href, text) for href, text in block.links)]
    if not calls:
        return blocks
    level = calls[0].path.index(container)
    opening = blocks[0][1].path
    tail = len(blocks)
    while tail > 1 and prose_size(blocks[tail - 1][1].text) < SENTENCE_MIN \
            and ((box := _shared_box(blocks[tail - 1][1], calls, level)) is None or box in opening):
        tail -= 1  # a label after the offer's box ("Explore more on these topics"), for the trims after this one
    end = tail
    while end > 1:
        box = _shared_box(blocks[end - 1][1], calls, level)
        if box is None or box in opening or prose_size(box.text_content()) > OFFER_MAX:
            break  # not an offer, or the box of the whole text
        end -= 1
    return blocks[:end] if end < tail else blocks


def _without_sources(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without the list of sources closing it: a label ("Verwendete Quellen", "Sources :",
    "Fuentes") followed only by list rows, short lines (the agencies, a press release, a web address) or studies
    cited (``_CITED_STUDY``) among the last ``SOURCES_WINDOW`` blocks is a note on how the text was made, not its
    end; so is a note on how to cite the text (``_HOW_TO_CITE``) and the few lines after it, and a heading over a
    method's note or the writer's profile (``authors.ABOUT_WRITER``, a heading or a line of its own), a press office's
    contact box or a correction note's label alone on its line ("【訂正】", ``_CORRECTION_LABEL``) with the few lines
    after it, and an interview's "PROFILE" label (``_PROFILE_LABEL``) with all after it, where the text does not go on
    after its box."""
    window = range(max(len(blocks) - _PROFILE_WINDOW, 1), len(blocks))
    if (profile := next((idx for idx in window if len(blocks[idx][1].text) <= _PROFILE_LABEL_MAX
                         and (_PROFILE_LABEL.match(blocks[idx][1].text) or _FACTS_LABEL.match(blocks[idx][1].text))
                         and not _text_resumes(blocks, idx, not _background_label(blocks, idx))),
                        None)) is not None:
        return blocks[:profile]  # an interview's "PROFILE" of the person it met, and the boxes after it
    for idx in range(len(blocks) - 1, max(len(blocks) - SOURCES_WINDOW, 0) - 1, -1):
        if idx and len(blocks) - idx - 1 <= HOW_TO_CITE_AFTER and _HOW_TO_CITE.match(blocks[idx][1].text):
            return _without_sources(blocks[:idx])  # "Pour citer cet article": the notes before it may close too
        if idx and len(blocks) - idx - 1 <= METHOD_NOTE_BLOCKS \
                and (blocks[idx][1].heading and (_METHOD_HEADING.match(blocks[idx][1].text)
                                                 or ABOUT_WRITER.match(blocks[idx][1].text))
                     # the contact box's label, a heading or a line of its own ("このページに関するお問い合わせ"), or a
                     # correction note's ("【訂正】"), or the writers' box's ("<p>この記事を書いた人</p>" over the bios)
                     or _CONTACT_HEADING.match(blocks[idx][1].text) or _CORRECTION_LABEL.match(blocks[idx][1].text)
                     or ABOUT_WRITER.match(blocks[idx][1].text)):
            # a data story's "Methodology" note closing it, the writer's profile under its heading ("著者プロフィール",
            # "About the author"), a press office's "Media contact" (the study cited above it may close too: a
            # Japanese release's "論文情報" before its "お問い合わせ先")
            return _without_sources(blocks[:idx])
        if _SOURCES_LABEL.match(blocks[idx][1].text):
            rest = [block for _, block, _ in blocks[idx + 1:]]
            if idx and rest and all(b.element.tag in LIST_ROWS or prose_size(b.text) < SENTENCE_MIN
                                    or _CITED_STUDY.search(b.text) or TAGLINE.search(b.text)
                                    or _NUMBERED_REFERENCE.match(b.text) for b in rest):
                # (a medical disclaimer under the list, ``TAGLINE``, closes no text either; nor do the notes over
                # it: "<h3>注</h3><ol><li>※1 …</li></ol><h3>参考文献</h3><ul>…")
                return _without_sources(blocks[:idx])
            break
    return blocks


#: an entry of a numbered list of references set as paragraphs: "[1] TITLE. JOURNAL, 2026.", "［2］…", "3. …"
_NUMBERED_REFERENCE = re.compile(r"^\s*(?:[\[［【]\d{1,3}[\]］】]|\d{1,3}[.．)）])\s*\S")


def _text_resumes(blocks: list[tuple[int, Block, str]], idx: int, boxed: bool = True) -> bool:
    """Whether a block after ``idx`` stands in the same box as one before it, or in a box of the same kind (the text
    split into several "text-long" boxes around an ad): the text's paragraphs go on after a box set inside it (a "Zur
    Person" box between two answers), where boxes after the text hold their own lines. A label not ``boxed`` heads
    lines of the text's own kind (a Chinese paper's "【链接】" over its background paragraphs, set in the text's box):
    those go on to the end."""
    if sum(len(block.text) for _, block, _ in blocks[idx + 1:]) > sum(len(block.text) for _, block, _ in blocks[:idx]):
        return True  # more words after the box than before it: a box opening the text ("Need to know" over a review)
    if not boxed:
        return False
    boxes = {_box_kind(block) for _, block, _ in blocks[:idx]}
    # (a note under the box, "取材協力：X", is no text going on; nor one on when its facts held, "※記事内の情報は取材時（…）
    # のものです。料金や開催日は変更になる場合があります。")
    return any(_box_kind(block) in boxes and _is_lede(block) and not _AS_OF_NOTE.match(block.text)
               for _, block, _ in blocks[idx + 1:])


def _box_kind(block: Block) -> tuple[str, str]:
    box = block.element.getparent()
    return (box.tag, box.get("class") or "") if box is not None else ("", "")


def _background_label(blocks: list[tuple[int, Block, str]], idx: int) -> bool:
    """Whether block ``idx`` is a Chinese paper's label over background paragraphs (``_BACKGROUND_LABEL``) set in the
    text's own box, as the paragraph before it is ("<p>…</p><p><strong>【链接】</strong></p><p>BACKGROUND</p>"), not
    in a box of its own ("<blockquote><p>■链接</p><p>…</p></blockquote>" between two parts of the text)."""
    element = blocks[idx][1].element
    return idx > 0 and _BACKGROUND_LABEL.match(blocks[idx][1].text) is not None \
        and element.getparent() is blocks[idx - 1][1].element.getparent()


#: a Chinese paper's label over background paragraphs closing the text ("【链接】", "■知识链接", "新闻链接：")
_BACKGROUND_LABEL = re.compile(r"^[【■\[]?\s*(?:知识|知識|新闻|新聞|背景)?(?:链接|鏈接)\s*[】\]]?\s*[:：]?$")
#: the last blocks looked through for a profile's or a facts box's label closing the text (two guests' profiles and a
#: book's facts after an interview; a shop's facts table, each cell a block)
_PROFILE_WINDOW = 40


def _without_post_footer(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text up to a blog post's footer line ("in Science, Posted by NAME") among its last
    ``SOURCES_WINDOW`` blocks, or up to an end mark ("- END -", "（完）") among its last ``_END_MARK_WINDOW``: the post ends there, and the notes after it (a pointer to a translation,
    the blog's matched content) are the blog's, not the post's. A footer line in a quote is an embedded post's own
    ("<blockquote class='fb-xfbml-parse-ignore'>…Posted by NAME on DATE</blockquote>"), the text going on after it."""
    for idx in range(len(blocks) - 1, max(len(blocks) - _END_MARK_WINDOW, 0) - 1, -1):
        block = blocks[idx][1]
        text = block.text
        if idx and len(text) <= POSTED_BY_LINE_MAX and (idx >= len(blocks) - SOURCES_WINDOW and not block.quote
                                                         and _POSTED_BY_LINE.search(text) or _END_MARK.match(text)):
            return blocks[:idx]
    return blocks


#: the class of a social network's post embedded in a page ("<blockquote class='twitter-tweet'>", Instagram's,
#: TikTok's): the post's words, quoted, no words of the writer's
_SOCIAL_POST = re.compile(r"(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|text-post-media)"
                          r"(?=$|\s)")


def _without_form_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a box holding a form after it, its title and lines with it: a mortgage or loan calculator
    ("<section class='LoanSimulator'><h2>住宅ローン シミュレーション</h2><p>…</p><form>…</form>…</section>"), a quote's
    widget, a login's prompt. A reader fills it in; the story ended above. (Before the edges' trim, on the widget's
    short lines; a newsletter's sign-up box, after it, is ``_without_signup_box``'s: tried as one test, the sign-up's
    few boxes and its size let five bench texts keep such widgets.)"""
    if len(blocks) < _FORM_BOX_AFTER + 1:
        return blocks
    cut = None
    first = blocks[0][1].path
    last = [box for box in blocks[-1][1].path if box not in first]  # (a box of the first block's holds the text)
    # (a box named as a reader callout around the form allows its pitch more words: ``_callout_named``)
    most = None
    # (the widest box holding the form and no more than the widget: a reader's callout, "<div data-component=
    # 'callout-embed'><details><summary><h4>Share your experience</h4>…</summary><form><p>…</p>…</form></details>")
    for box in reversed(last):
        if not _HOLDS_FORM(box):
            continue
        idx = next(i for i, entry in enumerate(blocks) if box in entry[1].path)
        # (a widget's few short lines, after more of the text: not a box holding the text with its paywall's or its
        # comments' form)
        inside = blocks[idx:]
        if most is None:
            most = _CALLOUT_BOX_TEXT if any(_callout_named(box) for box in last) else _FORM_BOX_TEXT
        if idx < max(_FORM_BOX_AFTER, len(inside)) or len(inside) > _FORM_BOX_BLOCKS \
                or sum(len(block.text) for _, block, _ in inside) > most:
            break
        cut = idx
    return blocks[:cut] if cut is not None else blocks


def _callout_named(box: HtmlElement) -> bool:
    """Whether a box around a form is named as a reader callout ("<div data-component='callout-block'
    class='dcr-callout'>"): its pitch to readers may run to two paragraphs of its own ("We would like to hear from …
    You can get in touch by filling in the form below …"), longer than a widget's lines."""
    return "callout" in lowered_names(" ".join([box.get("class") or "", box.get("id") or "", *_data_names(box)]))


#: whether an element holds a form or a field of one
_HOLDS_FORM = XPath("boolean(.//form | .//input | .//select)")
#: the fewest blocks of text before a form's box for it to close the text; the most blocks, and characters, of the box
#: (of a box named as a reader callout, more: ``_callout_named``)
_FORM_BOX_AFTER, _FORM_BOX_BLOCKS, _FORM_BOX_TEXT, _CALLOUT_BOX_TEXT = 2, 8, 400, 1200


def _to_rights_notice(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text up to a rights notice among its last ``SOURCES_WINDOW`` blocks ("朝陽新聞デジタルに掲載の記事・写真の無断転載を禁じ
    ます。", "All rights reserved."), where no block after it stands in the box of the text's paragraphs: the page's
    boxes follow it (an expert's comment, the writer's card), none of the story's."""
    for idx in range(max(len(blocks) - SOURCES_WINDOW, _RIGHTS_AFTER), len(blocks) - 1):  # (the last stays: the edges')
        if len(blocks[idx][1].text) > _RIGHTS_NOTICE_MAX or _RIGHTS_NOTICE.search(blocks[idx][1].text) is None:
            continue
        boxes = Counter(block.element.getparent() for _, block, _ in blocks[:idx])
        text_box = boxes.most_common(1)[0][0]
        if all(block.element.getparent() is not text_box for _, block, _ in blocks[idx + 1:]):
            return blocks[:idx]
    return blocks


#: a rights notice's words, the longest such line, and the fewest blocks of text before it (``_to_rights_notice``)
_RIGHTS_NOTICE = re.compile(r"無断(?:転載|複製|転用)|(?:版权|版權)所有|(?i:all rights reserved|tous droits réservés|"
                            r"alle rechte vorbehalten)")
_RIGHTS_NOTICE_MAX, _RIGHTS_AFTER = 200, 3


def _without_closing_post(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without the social posts embedded after its last paragraph ("<blockquote class='twitter-tweet'><p>…
    </p>&mdash; NAME (@handle)</blockquote>"): a post the page shows, which closes no text (one between the text's
    paragraphs stays, as a quotation)."""
    end = len(blocks)
    while end > 1 and any(el.tag == "blockquote" and _SOCIAL_POST.search(el.get("class") or "")
                          for el in blocks[end - 1][1].path):
        end -= 1
    return blocks[:end] if end < len(blocks) else blocks


#: a label in lenticular brackets opening a line: "【链接】", "【認養資訊】", "【遇見野豬點算好？】"
_BRACKETED_LABEL = re.compile(r"^\s*【[^】]{1,20}】")
#: the title of a box of comments on the story, readers' or invited experts' ("コメントプラス", "みんなのコメント", "Reader
#: comments", "Leserkommentare", "Commentaires", "網友評論"): whatever the box's hashed class, it holds no text of the
#: story's
_COMMENTS_TITLE = re.compile(r"^\W{0,3}(?:コメントプラス|(?:みんなの|読者の|専門家の)?コメント(?:一覧)?|"
                             r"(?:reader |readers['’] )?comments|(?:leser)?kommentare|commentaires|"
                             r"(?:網友|网友|讀者|读者)?(?:評論|评论|留言))\W{0,3}$", re.IGNORECASE)
#: the title line of a box on the series the story belongs to, under the text ("連載「実りのゆくえ　リンゴ王国のいま」", "シリーズ
#: 『…』", "連載：…"): the series' blurb and index link, no part of the story
_SERIES_TITLE = re.compile(r"^\s*(?:連載|シリーズ|连载|連載企画)\s*(?:[「『《]|[:：])")
#: the blocks at the text's end read for such a box's first line
_LABELLED_BOX_BLOCKS = 12


def _without_labelled_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a box after it that a label in lenticular brackets opens, as its first line: a box of facts,
    advice or contacts ("<div><p><strong>【链接】大熊猫小档案</strong></p><p>…</p></div>", "<div><p>【認養資訊】</p><p>地址：…
    </p></div>", "<div><h4>【遇見野豬點算好？】漁護署建議：</h4><ul>…", "<div><div>【X檢舉專線】</div>WORDS</div>", the box's
    own words after its title), a box on the story's series ("<div><p>連載「TITLE」</p><p>BLURB</p><a>連載一覧へ</a></div>",
    ``_SERIES_TITLE``), or a call for readers' tips ("<div><p>【讀者報料】…",
    and one a tagline opens: "<div><p><strong>We pay for your stories!</strong></p><p>…</p></div>", ``TAGLINE``): the
    story ended above it; so is a box its heading titles as comments on the story (``_COMMENTS_TITLE``: "<section
    class='cPl7u'><h2>コメントプラス</h2><div><p>NAME（ROLE）</p><p>【解説】…"). (Such a label opening a paragraph of
    the text's own box, a dateline "【港明專訊】" or a section's title, is the text's; and so is a box holding more of
    the text than stands above it: a note in brackets opening the text's own box, "【更新】…", under a deck set
    apart.)"""
    for idx in range(max(1, len(blocks) - _LABELLED_BOX_BLOCKS), len(blocks)):
        block = blocks[idx][1]
        labelled = _BRACKETED_LABEL.match(block.text) is not None \
            or block.heading and _COMMENTS_TITLE.match(block.text) is not None \
            or _SERIES_TITLE.match(block.text) is not None
        if not labelled and TAGLINE.search(block.text) is None:
            continue
        box = block.element.getparent()
        if not labelled and idx > 1 and _titles_box(blocks[idx - 1][1], box):
            idx -= 1  # the box's title over the tagline ("<section><h2>Think!</h2><p>※Think!投稿は、…の見解ではありません。")
            block = blocks[idx][1]
        text_box = blocks[idx - 1][1].element.getparent()
        # (not where the text's paragraphs resume after it: a box of tips set in the text; a tagline's box holds
        # all that follows)
        if box is not None and box.tag in ("div", "section", "aside") \
                and next((child for child in box.iterchildren(Element) if child.tag not in _RULES), None) \
                is block.element and box not in blocks[idx - 1][1].path \
                and all((b.element is box or b.element.getparent() is not text_box) if labelled else box in b.path
                        for _, b, _ in blocks[idx + 1:]) \
                and _prose_of(blocks[:idx]) > _prose_of(blocks[idx:]):
            return blocks[:idx]
    return blocks


#: a rule or a break opening a box before its label ("<div><hr/><h2>Are you worried …? Get in touch.</h2>…")
_RULES = ("hr", "br")


def _titles_box(block: Block, box: HtmlElement | None) -> bool:
    """Whether ``block`` is a heading of ``box``, its first child: the title of a box of experts' comments, over the
    note on whose views they are."""
    return box is not None and block.heading and block.element.getparent() is box


def _prose_of(blocks: list[tuple[int, Block, str]]) -> int:
    """The prose size of the blocks' texts together."""
    return sum(prose_size(block.text) for _, block, _ in blocks)


def _without_facts_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a facts box closing it: a table of label and value rows ("<tr><th>住所</th><td>…</td></tr>",
    a shop's or an event's address and hours, a car's specifications and prices), or several such tables in one box,
    as its last blocks, each with the heading or title line naming it, and a note on when the facts held
    ("※掲載情報は2026年3月11日時点のものです") after them: the box sums the facts up, the text ended above."""
    end = len(blocks)
    # the note, and a site's closing lines after it (a call for tips, ``TAGLINE``: "…情報を募集しています。情報提供はこちら";
    # a review's note on how it was made)
    while end > 1 and (_AS_OF_NOTE.match(blocks[end - 1][1].text) or TAGLINE.search(blocks[end - 1][1].text)):
        end -= 1
    # (and the box's labelled lines under the table: "優點：…", "缺點：…", "評分：★★★★☆")
    lines = end
    while lines > 1 and _LABELLED_LINE.match(blocks[lines - 1][1].text):
        lines -= 1
    idx, table = _trailing_holder(blocks, lines)
    if table is None or table.tag != "table" \
            or any(table.getparent() not in block.path for _, block, _ in blocks[lines:end]):
        idx, table = _trailing_holder(blocks, end)
    if table is None or idx < 2:
        return blocks
    if table.tag != "table":
        return _without_facts_list(blocks, idx, table)
    if not _label_value_rows(table):
        return blocks
    idx = _with_table_title(blocks, idx, table)
    # (another such table before it in the same box: "主要諸元" over "車両本体価格")
    while (found := _trailing_holder(blocks, idx))[1] is not None and found[1].tag == "table" and found[0] >= 2 \
            and found[1].getparent() is table.getparent() and _label_value_rows(found[1]):
        idx = _with_table_title(blocks, found[0], found[1])
    return blocks[:idx]


def _trailing_holder(blocks: list[tuple[int, Block, str]], end: int) -> tuple[int, HtmlElement | None]:
    """Where the blocks before ``end`` set in one facts holder (``_FACTS_HOLDERS``) start, and the holder."""
    idx, table = end, None
    while idx > 1:
        cell_table = next((el for el in blocks[idx - 1][1].path if el.tag in _FACTS_HOLDERS), None)
        if cell_table is None or table is not None and cell_table is not table:
            break
        table, idx = cell_table, idx - 1
    return idx, table


def _with_table_title(blocks: list[tuple[int, Block, str]], idx: int, table: HtmlElement) -> int:
    """``idx`` moved over the heading naming a facts table in its box (the shop's name), or the short line set right
    before it ("<p class='spec-box__title'>車両本体価格（消費税込み）</p>", "<p><b>NAME 規格一覽</b></p>")."""
    block = blocks[idx - 1][1]
    if block.heading and table.getparent() in block.path \
            or block.element is table.getprevious() and len(block.text) <= LABEL_MAX \
            and block.text[-1] not in SENTENCE_ENDS:
        return idx - 1
    return idx


#: a line of a work's credits: a role's label of a few words, a full-width colon and the names ("監督：NAME",
#: "アニメーション制作：STUDIO"), no sentence
_CREDIT_LINE = re.compile(r"^[^：。\s]{1,15}：[^。]{1,80}$"
                          # and a project's credits in a design magazine: "Architect: STUDIO", "Structural engineer:
                          # NAME" (a label of one to three capitalised words, names closing on no sentence's stop)
                          r"|^[A-Z][a-z]+(?: [a-z]+){0,2}: [A-Z][^.!?:]{0,78}[^.!?:\s]$")
_CREDIT_BLOCK_MAX = 400


def _credit_lines(element: HtmlElement) -> bool:
    """Whether ``element``'s lines (split at its ``<br>``) are two or more, each a role's label and names."""
    lines = _br_lines(element)
    return len(lines) >= 2 and all(_CREDIT_LINE.match(text) for text in lines)


def _br_lines(element: HtmlElement) -> list[str]:
    """``element``'s lines, split at its ``<br>`` children, blank ones left out."""
    lines, line = [], element.text or ""
    for child in element:
        if child.tag == "br":
            lines.append(line)
            line = child.tail or ""
        else:
            line += child.text_content() + (child.tail or "")
    return [text.strip() for text in (*lines, line) if text.strip()]


def _opens_credits(block: Block) -> bool:
    """Whether ``block`` may open a credits box: a heading, or a short label line closing on a colon ("<p><strong>
    Project credits:</strong></p>")."""
    return block.heading or len(block.text) <= _CREDITS_LABEL_MAX and block.text.endswith((":", "："))


#: the longest label line opening a credits box
_CREDITS_LABEL_MAX = 40


def _without_facts_paragraph(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a work's facts set as one paragraph closing it, under a marked heading line: "■公開情報<br>
    『TITLE』<br>全国公開中<br>出演：NAME、NAME<br>監督：NAME<br>…<br>公式サイト：URL" (a film review's release facts;
    the ``_without_credits_box`` of a paragraph in the text's own box), or its lines of advice, bulleted."""
    if not blocks:
        return blocks
    last = len(blocks)  # (past a site's lines after it: a label left of a list of its latest stories, a rights note)
    while last > 1 and (TAGLINE.search(text := blocks[last - 1][1].text) is not None
                        or len(text) <= LABEL_MAX and text[-1] not in SENTENCE_ENDS):
        last -= 1
    lines = _br_lines(blocks[last - 1][1].element)
    if len(lines) >= _FACT_LINES_MIN and lines[0].startswith(_FACTS_MARKS) \
            and sum("：" in line or ": " in line or line.startswith(_BULLETS + _FACTS_MARKS)
                    for line in lines[1:]) * 2 >= len(lines) - 1:
        return blocks[:last - 1]  # (or advice: "■停電時の注意<br>・…<br>・…<br>■連絡先<br>…")
    # ... or a box of its own after the text, of label and value lines only ("<div class='shop-info'><p><strong>
    # NAME</strong></p><p>地址：…<br>電話：…<br>營業時間：…</p></div>"), the place's name over them or on their first
    # line ("<p><strong>NAME</strong><br>住所：…"), the box's title in a title box of its own beside them ("<div
    # class='cap_box'><div class='cap_box_ttl'>店舗情報</div><div class='cap_box_content'><p>…"), maybe a line after it
    # (a credits line, or a note that the facts held when reported, "※記事の内容・価格は取材時点のものです。", which the
    # text's edges trim)
    end = len(blocks) - 1 if len(blocks) > 2 and (not _closes_text(blocks[-1][1])
                                                   or _AS_OF_NOTE.match(blocks[-1][1].text)) else len(blocks)
    lines = _br_lines(blocks[end - 1][1].element)
    box = blocks[end - 1][1].element.getparent()
    named = len(lines) > _SHOP_LINES_MIN and len(lines[0]) <= _SHOP_NAME_MAX and not _LABELLED_LINE.match(lines[0])
    labelled = [_LABELLED_LINE.match(line) is not None for line in lines[named:]]
    # (under the place's name, its address may go unlabelled: "NAME<br>東京都杉並区…<br>営業時間：…<br>Instagram：…")
    if len(lines) < _SHOP_LINES_MIN or end < 2 \
            or not (all(labelled) or named and labelled.count(False) == 1 and labelled.count(True) >= 2):
        return blocks
    cut = end - 1
    if not named and blocks[cut - 1][1].element.getparent() is box and len(blocks[cut - 1][1].text) <= _SHOP_NAME_MAX:
        cut -= 1  # the place's name
    if cut > 1 and (shared := _titled_box(blocks[cut - 1][1], blocks[end - 1][1].element)) is not None \
            and not _holds(shared, blocks[cut - 2][1].element):
        return blocks[:cut - 1] + blocks[end:]  # the box's title beside its lines, both in one box
    return blocks[:cut] + blocks[end:] if cut and not _holds(box, blocks[cut - 1][1].element) else blocks


def _titled_box(title: Block, lines: HtmlElement) -> HtmlElement | None:
    """The box holding a facts box's title, a short line in a box of its own, and the element of its lines, a level or
    two above each: "<div class='cap_box'><div class='cap_box_ttl'><span>店舗情報</span></div><div class='cap_box_content'>
    <p>…", "<table><tr><td><b>◆NAME</b></td></tr><tr><td>所在地　…<br>…</td></tr></table>"; or None."""
    if len(title.text) > _SHOP_NAME_MAX or title.text[-1] in SENTENCE_ENDS:
        return None
    theirs = list(islice(lines.iterancestors(), _TITLE_BOX_LEVELS + 1))
    return next((box for box in islice(title.element.iterancestors(), _TITLE_BOX_LEVELS) if box in theirs), None)


#: the levels above a facts box's title its box is looked for
_TITLE_BOX_LEVELS = 2


def _holds(box: HtmlElement | None, element: HtmlElement) -> bool:
    """Whether ``element`` lies inside ``box``."""
    return box is not None and any(a is box for a in element.iterancestors())


#: the marks opening a facts paragraph's heading line ("■公開情報", "◆作品情報"), and its fewest lines; the bullets opening
#: its lines of advice ("・垂れ下がった電線には近づかない")
_FACTS_MARKS, _FACT_LINES_MIN = ("■", "◆", "●", "▼"), 4
_BULLETS = ("・", "･", "•")
#: a line of a label and its value ("地址：…", "Adresse : …", and in Taiwan "地點／…"), the fewest such lines of a place's
#: facts box, and its name's line at most
_LABELLED_LINE = re.compile(r"^[^\s:：。.!?]{1,12}\s?[:：]\s*\S|^[^\s／/:：。]{1,6}／\S"
                            # (or a Japanese label and its value parted by a full-width space: "所在地　北山町山辺１２３３")
                            r"|^[^\s:：。、.!?]{2,6}\u3000+\S")
_SHOP_LINES_MIN, _SHOP_NAME_MAX = 3, 30


def _to_credits_line(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text up to the agency's credits line closing it, set apart in an element of its own after the box of the
    paragraph before it, in a box holding that one ("<div><div class='prose'>…</p></div><p>Avec AFP</p>…", "- with
    AAP"; not a newsletter's paragraphs, each in a box of its own, one of them a credit), or among the text's paragraphs
    with nothing but boxes of their own after it ("…</p><p><em>Mit Material von AWP</em></p><div class='disclaimer'>"):
    the story ends there, and the blocks after it (a donation appeal, the writers' bios under their names, an
    investment disclaimer) are the page's. The line is kept, as a credits line inside the text's box is
    (``hints.AGENCY_LINE``). So is a Japanese paper's writers' line in full-width brackets set apart right after the
    text's box ("</div><p class='kiji_kisha'>（汐見支局・NAME）</p><table class='memo_box'>…",
    ``authors.writers_line_after_text``)."""
    for idx in range(len(blocks) - 2, max(len(blocks) - SOURCES_WINDOW, 1) - 1, -1):
        block = blocks[idx][1]
        if len(block.text) > _CREDITS_LINE_MAX:
            continue
        if writers_line_after_text(block.element):
            return blocks[:idx + 1]  # (right after the text's box, whatever boxes follow: a memo, a print note)
        if AGENCY_LINE.search(block.text) is None:
            continue
        box = block.element.getparent()
        before = blocks[idx - 1][1].element.getparent()
        if box is not before and box in blocks[idx - 1][1].path \
                or box is before and all(after.element.getparent() is not box for _, after, _ in blocks[idx + 1:]):
            return blocks[:idx + 1]
    return blocks


def _to_signed_paragraph(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text up to its paragraph closing on the writers' names in brackets ("…増している。【三浦莉子】",
    ``authors.signs_off``), where what follows it is no paragraph of its run (a facts table after a ``<br>``, "<table
    class='memo'><tr><td><b>◆NAME</b><br>1968年、…</td></tr></table>"): the writer signed the story off there."""
    for idx in range(len(blocks) - 2, max(len(blocks) - _SIGNED_WINDOW, 0) - 1, -1):
        element = blocks[idx][1].element
        if element.tag == "p" and signs_off(blocks[idx][1].text) and all(
                after.element.tag != "p" or after.element.getparent() is not element.getparent()
                for _, after, _ in blocks[idx + 1:]):
            return blocks[:idx + 1]
    return blocks


#: how many blocks from the text's end its signed paragraph is looked for (``_to_signed_paragraph``)
_SIGNED_WINDOW = 3


def _without_credits_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a work's credits box closing it: a box of its own (not the text's) opening with a heading
    (the work's title, "スタッフ", "キャスト") whose other blocks are lines of a role's label and names each
    ("原作：NAME<br>監督：NAME<br>アニメーション制作：STUDIO", a manga or film news item's facts; "住所：…<br>アクセス：…", a
    travel story's spot), with or without a note on when the facts held after it: the text ended above."""
    end = len(blocks)
    while end > 1 and _AS_OF_NOTE.match(blocks[end - 1][1].text):
        end -= 1  # a note on when the facts held after the box ("※記事の情報は2026年3月取材時点のものです。")
    idx = end
    while idx > 1:
        block = blocks[idx - 1][1]
        if not _opens_credits(block) and not (("：" in block.text or ": " in block.text)
                                               and len(block.text) <= _CREDIT_BLOCK_MAX and _credit_lines(block.element)):
            break
        idx -= 1
    if idx == end or idx < 2 or not _opens_credits(blocks[idx][1]) or _opens_credits(blocks[end - 1][1]):
        return blocks
    first, last = blocks[idx][1].path, blocks[end - 1][1].path
    depth = next((i for i, (a, b) in enumerate(zip(first, last)) if a is not b), min(len(first), len(last)))
    if not depth or first[depth - 1] in blocks[idx - 1][1].path:
        return blocks  # the text's own box: a section of the text
    return blocks[:idx]


def _without_stats_tables(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without the tables of figures closing it, and the heading over them: a match report's line-ups and
    box score ("双方首发及主要数据", a header row, then players and their minutes, points, rebounds), a results table
    (``_numeric_table``: most of its cells figures), and the note on their data's source under them ("数据来源：…",
    "Source: …", "（国土交通省の公示地価から）", ``_TABLE_NOTE``), a writer's signature after it, the title line over them
    in their box. The story ended above them; a table of words is left to the text."""
    idx, tables, first = len(blocks), set(), None
    # (the short lines closing no text after them go too: a writer's signature, "（報道部・NAME）")
    while idx > 1 and len(blocks[idx - 1][1].text) <= LABEL_MAX and not _closes_text(blocks[idx - 1][1]) \
            and next((el for el in blocks[idx - 1][1].path if el.tag == "table"), None) is None:
        idx -= 1
    if idx > 1 and (_DATA_SOURCE_NOTE.match(blocks[idx - 1][1].text) or _TABLE_NOTE.match(blocks[idx - 1][1].text)):
        idx -= 1
    while idx > 1:
        table = next((el for el in blocks[idx - 1][1].path if el.tag == "table"), None)
        if table is None:
            break
        tables.add(table)
        first, idx = table, idx - 1
    if not tables or idx < 2 or not all(_numeric_table(table) for table in tables):
        return blocks
    if blocks[idx - 1][1].heading and len(blocks[idx - 1][1].text) <= LABEL_MAX:
        return blocks[:idx - 1]  # the tables' heading
    return blocks[:_with_table_title(blocks, idx, first)]  # (or the title line in the table's box)


def _without_folded_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a folded note closing it: a ``<details>`` element not set open, whose ``<summary>`` alone the
    page shows until a reader unfolds it ("<details><summary>So bewerten wir</summary><p>Wir vergeben …</p></details>",
    a review's note on its ratings under the text). (A run of them, or one its summary asks a question of, is an FAQ's:
    "<details><summary><h3>Can I book for my child?</h3></summary><p>…</p></details>", read as the text's.)"""
    end = len(blocks)
    while end > 1 and _in_folded_note(blocks[end - 1][1]):
        end -= 1
    return blocks[:end]


def _without_folded_opening(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a folded note opening it, as ``_without_folded_box`` closing it: a video's transcript under
    its player ("<details><summary>Video transcript</summary><p>ANCHOR: …</p></details>"), which the page shows as
    its summary line alone, before the story's first paragraph."""
    start = 0
    while start < len(blocks) - 1 and _in_folded_note(blocks[start][1]):
        start += 1
    return blocks[start:]


def _in_folded_note(block: Block) -> bool:
    """Whether ``block`` is inside a folded note (``_folded_note``)."""
    box = next((el for el in block.path if el.tag == "details"), None)
    return box is not None and _folded_note(box)


def _folded_note(details: HtmlElement) -> bool:
    """Whether a ``<details>`` element is a folded note: not set open, alone in its box, its summary no question."""
    summary = details.find("summary")
    return details.get("open") is None and summary is not None \
        and not " ".join(summary.text_content().split()).endswith(("?", "？")) \
        and sum(el.tag == "details" for el in details.getparent()) == 1


def _closing_end(blocks: list[tuple[int, Block, str]]) -> int:
    """Where the text's blocks end once the lines after its last block that may close it are left out (a credits or
    editor's line, a label: ``_closes_text``), the first block kept whatever it is."""
    end = len(blocks)
    while end > 1 and not _closes_text(blocks[end - 1][1]):
        end -= 1
    return end


def _without_recipe_card(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a recipe card closing a story: a box named as a recipe's ("wprm-recipe-container",
    "recipe-card") with its ingredients and steps, after which nothing of the text follows (a tip box's line at most),
    holding less prose than the story above it: the dish's recipe set under a story about a chef or a restaurant. (On
    a recipe's own page, ``_recipe_page``, the card is the article.)"""
    if not blocks:
        return blocks
    # (the card holds the text's last block that may close it: a tip box's line after it closes none, nor notes marked
    # "※" after it, "※記事内の情報は…時点のものです。", "※1歳未満の乳児には、はちみつを与えないでください。")
    last = _closing_end(blocks) - 1
    while last > 0 and blocks[last][1].text[:1] in ("※", "＊") and not any(
            _RECIPE_CARD.search(el.get("class") or "") for el in blocks[last][1].path):
        last -= 1
    card = next((el for el in blocks[last][1].path if _RECIPE_CARD.search(el.get("class") or "")), None)
    if card is None:
        return blocks
    idx = last
    while idx > 1 and any(el is card for el in blocks[idx - 1][1].path):
        idx -= 1  # (the card's first block)
    return blocks[:idx] if idx > 0 and _prose_of(blocks[:idx]) > _prose_of(blocks[idx:]) else blocks


def _without_named_facts_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a box named as a fact box closing it ("<div data-component='factbox'><p><strong>X festival
    </strong> is at …, 20–23 August. Weekend tickets £249 … Line-up subject to change.</p></div>", "info-box"): an
    event's facts summed up after the story, closing on the note that they may change, or opened by a title of its own
    (``_opens_with_title``), holding less prose than the story above it."""
    end = len(blocks)
    box = None
    # (the outermost box so named: its title's and its body's boxes may be named so too, "factbox-title",
    # "factbox-body")
    while end > 1 and (named := next((el for el in blocks[end - 1][1].path if _FACTS_BOX.search(
            " ".join([el.get("class") or "", el.get("data-component") or ""]))), None)) is not None \
            and (box is None or named is box):
        box, end = named, end - 1
    if box is None or _prose_of(blocks[:end]) <= _prose_of(blocks[end:]) \
            or _FACTS_MAY_CHANGE.search(blocks[-1][1].text) is None and not _opens_with_title(box, blocks[end][1]):
        return blocks
    return blocks[:end]


def _opens_with_title(box: HtmlElement, first: Block) -> bool:
    """Whether a fact box opens with a heading of its own, its title ("<div class='factbox'><div class='factbox-title'>
    <h3>WHAT IS A MOON FLASK?</h3></div><div class='factbox-body'><p>…"): a box of facts beside the story, titled so;
    or with a short line in a box named as its title ("<div class='factbox-title'><span>X: WHAT YOU NEED TO KNOW
    </span></div>")."""
    if first.heading:
        return next(box.iter(*_BOX_HEADINGS), None) is first.element
    opening = next(box.iterchildren(Element), None)
    return opening is not None and opening in first.path and _TITLE_BOX.search(opening.get("class") or "") is not None \
        and len(first.text) <= LABEL_MAX and first.text[-1] not in SENTENCE_ENDS


#: the name of a box's title line: "factbox-title", "box__title", "title"
_TITLE_BOX = re.compile(r"(?:^|[\s_-])title(?:$|[\s_-])", re.IGNORECASE)


def _without_advice_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a box of advice or answers closing it, a box of its own after the text's paragraphs: a short
    label opening it ("断水・濁り水のときは", "停电期间温馨提示", "電費加價　你要知道的事", a heading or a line in bold or a title
    line), then two or more list rows or short lines (what to do, questions and their answers, a hotline), less prose
    than the text above. Not a last section of the text (its paragraphs are longer, or headed: an explainer's FAQ,
    each question a heading or folded in a ``<details>``, is its text), nor one of the text's own boxes set one after
    another (a box of the same tag and class before it)."""
    end = _closing_end(blocks)  # (past the lines the text's edges trim after it: "责任编辑：NAME")
    for idx in range(max(1, end - _ADVICE_BLOCKS), end - 2):
        label, rows = blocks[idx][1], [block for _, block, _ in blocks[idx + 1:end]]
        # (a heading asking the box's question is a label too: "<h3>Need a doctor after hours?</h3><ul>…")
        if label.element.tag in LIST_ROWS or len(label.text) > LABEL_MAX \
                or label.text[-1] in SENTENCE_ENDS and not (label.heading and label.text[-1] in "?？") \
                or not all(not row.heading and (row.element.tag in LIST_ROWS or len(row.text) <= _ADVICE_LINE_MAX)
                           for row in rows):
            continue
        box = next((el for el in reversed(label.path) if el is not label.element
                    and all(el in row.path for row in rows) and el not in blocks[idx - 1][1].path), None)
        if box is None or box.tag not in ("div", "section", "aside") \
                or not (label.heading or _in_bold(label) is not None or next(box.iterchildren(Element), None) in (
                    label.element, label.element.getparent())) \
                or _prose_of(blocks[:idx]) <= _prose_of(blocks[idx:end]) or _one_of_series(box) \
                or next(box.iter("details"), None) is not None:
            continue
        return blocks[:idx]
    return blocks


#: the last blocks an advice box is looked for among, and the longest line of one (a question and its answer)
_ADVICE_BLOCKS, _ADVICE_LINE_MAX = 12, 120


def _one_of_series(box: HtmlElement) -> bool:
    """Whether a box has a sibling before it of the same tag and class: one of a run of boxes (the text's sections)."""
    return any(sibling.tag == box.tag and sibling.get("class") == box.get("class")
               for sibling in box.itersiblings(preceding=True))


#: a fact box's name: "factbox", "fact-box", "c-factbox", "info-box", "infobox", "infokasten"
_FACTS_BOX = re.compile(r"(?:^|[\s_-])(?:fact-?box|info-?box|infokasten)(?:$|[\s_-])", re.IGNORECASE)
#: the note closing an event's facts that they may change: "Line-up subject to change.", "Angaben ohne Gewähr." (a box
#: of the story's own facts, "Four quick facts about sting jets: …", has none, and stays text)
_FACTS_MAY_CHANGE = re.compile(r"(?:subject to change|ohne gewähr|sous réserve de modifications?)\W*$", re.IGNORECASE)


def _recipe_page(data: Structured) -> bool:
    """Whether the page declares itself a recipe: a JSON-LD ``Recipe`` and no article (a story declaring both is an
    article that prints a recipe)."""
    return data.article is None and any("Recipe" in type_names(obj) for obj in data.jsonld)


#: a recipe card's box: "wprm-recipe-container" (WP Recipe Maker), "tasty-recipes", "recipe-card", "mv-create-card"
#: (a CSS module's too: "RecipeCard_root__eP0Wn")
_RECIPE_CARD = re.compile(r"(?:^|[\s_-])(?:wprm-recipe-container|tasty-recipes|recipe-?card|mv-create-card)(?:$|[\s_])",
                          re.IGNORECASE)


def _without_info_box(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without a box of practical facts closing it: headings and list rows each opening with a label in bold
    ("<h4>店家資訊</h4><ul><li><strong>地址：</strong>…</li>…", "<li><b>Address:</b> …</li>") or values each under a
    heading of its label (``_headed_value``), maybe a note marked "※"
    after them, all in one box that its first heading opens: a shop's, a trip's or an event's facts, the story ended
    above (a facts table or list is ``_without_facts_box``'s)."""
    end = len(blocks)
    while end > 1 and blocks[end - 1][1].text.startswith("※"):
        end -= 1
    idx, rows = end, 0
    while idx > 1 and (blocks[idx - 1][1].heading or _labelled_row(blocks[idx - 1][1].element)
                       or _headed_value(blocks[idx - 2][1], blocks[idx - 1][1])):
        rows += not blocks[idx - 1][1].heading
        idx -= 1
    if rows < _INFO_ROWS_MIN or idx == end or not blocks[idx][1].heading:
        return blocks
    box = blocks[idx][1].element.getparent()
    if box is None or next((c for c in box if isinstance(c.tag, str)), None) is not blocks[idx][1].element \
            or any(box not in block.path for _, block, _ in blocks[idx:]):
        return blocks
    return blocks[:idx]


def _without_marked_sections(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without the sections closing it under headings opening on a mark ("■セットリスト", "■公演情報",
    "◆リリース情報"), where no section holds a sentence of prose: a Japanese medium's set list, dates and prices after
    a concert report, its facts, no story (a section of the story under a marked heading holds its sentences)."""
    idx = len(blocks)
    start = None
    while idx > 1:
        block = blocks[idx - 1][1]
        if block.heading and block.text[:1] in _SECTION_MARKS:
            start = idx - 1
        elif block.heading or _prose_line(block.text):
            break
        idx -= 1
    if start is None or start < 1 or not _prose_line(blocks[start - 1][1].text):
        return blocks
    return blocks[:start]


def _without_marked_notes(blocks: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without the notes closing it that open on a mark, each the one line of a box of its own after the
    text's box ("<div class='factbox'><p>◇宝泉寺骨董市　毎月第2日曜日…</p></div>", "<div class='correction'><p>■訂正　当初
    …</p></div>", "<div class='memo'><p>◇次回の…は10月18日…</p></div>"): a Japanese paper's facts, its next date or its
    correction, no story. (A marked line in the text's own box is a section's heading or its lead, the text's.)"""
    end = len(blocks)
    while end > 2:
        block = blocks[end - 1][1]
        box = block.element.getparent()
        if block.text[:1] not in _SECTION_MARKS or box is None or block.element.tag != "p" \
                or sum(1 for child in box if isinstance(child.tag, str)) != 1 \
                or any(b.element.getparent() is box for _, b, _ in blocks[:end - 1]) \
                or box in blocks[end - 2][1].path:
            break
        end -= 1
    return blocks[:end] if end < len(blocks) and _prose_line(blocks[end - 1][1].text) else blocks


#: the marks opening a heading of a facts section after the text
_SECTION_MARKS = frozenset("■◆□◇●")
#: the shortest sentence of prose (``_prose_line``)
_PROSE_LINE_MIN = 40


def _prose_line(text: str) -> bool:
    """Whether a block reads as a sentence of prose, or holds one among its paragraphs (``<br><br>`` between them):
    long enough, closing on a sentence's stop."""
    return any(len(part) >= _PROSE_LINE_MIN and part.rstrip("」』”\"')）)")[-1:] in SENTENCE_STOPS
               for part in text.split("\n\n"))


def _headed_value(heading: Block, block: Block) -> bool:
    """Whether ``block`` is a value under its label's heading, no sentence ("<h4>PRICE</h4><p>Base/As Tested:
    $37,295/$43,820</p>", a car review's specifications box)."""
    return heading.heading and not block.heading and block.element.getprevious() is heading.element \
        and block.text[-1:] not in SENTENCE_STOPS and len(block.text) <= LABEL_MAX * 4


def _labelled_row(el: HtmlElement) -> bool:
    """Whether a list row opens with a label set in bold and closed by a colon ("<li><strong>地址：</strong>…")."""
    if el.tag != "li" or len(el) == 0 or (el.text or "").strip():
        return False
    first = el[0]
    return first.tag in ("strong", "b") and first.text_content().strip()[-1:] in (":", "：")


#: the fewest labelled rows that make a box of facts
_INFO_ROWS_MIN = 3


def _numeric_table(table: HtmlElement) -> bool:
    """Whether most of a table's data cells (``NUMERIC_CELLS``) are figures ("38", "3:1", "12.5%")."""
    cells = [" ".join(td.text_content().split()) for td in table.iter("td")]
    figures = sum(1 for cell in cells if _FIGURE.match(cell))
    return len(cells) >= _TABLE_CELLS_MIN and figures >= NUMERIC_CELLS * len(cells)


#: the note naming the source of a table's data under it: "数据来源：新澜体育数据库", "資料來源：…", "Source: Opta"
_DATA_SOURCE_NOTE = re.compile(r"^(?:数据来源|數據來源|资料来源|資料來源|データ出典|出典|sources?|quellen?|données)\s*[:：]",
                               re.IGNORECASE)
#: a cell holding a figure: "38", "3:1", "12.5%", "-0,4", "1.2万", and a change's sign as Japanese tables print it:
#: "＋2.1", "▲1.9"
_FIGURE = re.compile(r"^[+\-–−＋▲△▼]?\d[\d.,:/'’ ]*[%％万億亿]?$")
#: a table's note in brackets on where its figures come from: "（国土交通省の公示地価から）", "（県調べ）", "（X資料を基に作成）"
_TABLE_NOTE = re.compile(r"^[（(][^（）()]{2,40}(?:から|より|調べ|作成)[）)]$")
#: the share of a table's data cells that are figures for it to be a table of figures, and its fewest cells
NUMERIC_CELLS, _TABLE_CELLS_MIN = 0.5, 6


#: the elements a facts box closing the text is set in: a table, a definition list, a list of labelled rows
_FACTS_HOLDERS = ("table", "dl", "ul", "ol")


def _without_facts_list(blocks: list[tuple[int, Block, str]], idx: int, facts: HtmlElement) -> list[tuple[int, Block, str]]:
    """The text without the facts box's other forms, a definition list of label and value pairs closing it
    (``_label_value_pairs``: "<dl><dt>アクセス</dt><dd>…</dd><dt>入浴料</dt><dd>…</dd></dl>", a travel or shop guide's
    practical box) or a list of rows each a label and its value (``_labelled_rows``: "<ul><li>日期：…</li><li>地點：…
    </li><li>票價：…</li></ul>", a concert's or an exhibition's), and the label line naming the box ("INFORMATION",
    "DATA", the tour's name) in the list's own box before it."""
    if not (_label_value_pairs(facts) if facts.tag == "dl" else _labelled_rows(facts)):
        return blocks
    label = blocks[idx - 1][1]
    if facts.getparent() in label.path and len(label.text) <= LABEL_MAX and label.text[-1] not in SENTENCE_ENDS:
        idx -= 1
    return blocks[:idx]


def _labelled_rows(facts: HtmlElement) -> bool:
    """Whether ``facts`` (a ``<ul>`` or ``<ol>``) holds ``_SHOP_LINES_MIN`` rows or more, each a short label, a colon
    and its value ("日期：…", "Lieu : …"), and nothing else."""
    rows = [" ".join(el.text_content().split()) for el in facts if isinstance(el.tag, str)]
    return len(rows) >= _SHOP_LINES_MIN and all(el.tag == "li" for el in facts if isinstance(el.tag, str)) \
        and all(_LABELLED_LINE.match(row) for row in rows)


#: the longest label of a facts list's pair, and of its value (a glossary's definitions are sentences)
_FACT_LABEL_MAX = 12
_FACT_VALUE_MAX = 80
#: ... and of a definition list's label and value ("Accessibility", "Recommended; book through the restaurant's
#: website. Counter seats held for walk-ins.")
_PAIR_LABEL_MAX, _PAIR_VALUE_MAX = 20, 160


#: the kinds of a place's facts (``_label_value_pairs``): its hours, its prices, its closing day
_PLACE_FACTS = (re.compile(r"\d{1,2}(?::\d{2}|時)\s*[～~〜\-–]\s*(?:午前|午後)?\d{1,2}(?::\d{2}|時)|"
                           r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*[-–]\s*\d{1,2}"),
                re.compile(r"\d[\d,.]*\s*(?:円|元|ユーロ|Euro|CHF|Franken)|[$€£¥]\s?\d"),
                re.compile(r"定休|休館|休業|(?i:\bRuhetag|\bclosed (?:on )?(?:mondays?|tuesdays?|sundays?)\b|\bfermé le\b)"))


def _label_value_pairs(facts: HtmlElement) -> bool:
    """Whether ``facts`` (a ``<dl>``) holds two or more pairs of a short label and a short value ("<dt>アクセス</dt>
    <dd>最寄り駅から路線バスで約40分</dd>", "食堂「しおさい」", "6:00〜9:00（売り切れ次第終了）"; a restaurant's "<dt>Reservations</dt>
    <dd>Recommended; book through the website. Counter seats held for walk-ins.</dd>" among its address and prices),
    and nothing else: not a glossary, whose every definition is a sentence."""
    labels = [" ".join(el.text_content().split()) for el in facts if el.tag == "dt"]
    values = [" ".join(el.text_content().split()) for el in facts if el.tag == "dd"]
    if len(labels) == len(values) == 1 == len(facts) // 2 and 0 < len(labels[0]) <= _SHOP_NAME_MAX:
        # (or one pair, the place's name and its facts: "<dt>松の湯</dt><dd>東京都墨田区…。営業は午後3時～11時、月曜定休。
        # 入浴料は大人550円…</dd>", two kinds of them at least: hours, prices, a closing day)
        return sum(1 for kind in _PLACE_FACTS if kind.search(values[0])) >= 2
    return len(labels) >= 2 and len(labels) == len(values) == len(facts) // 2 and len(facts) % 2 == 0 \
        and all(0 < len(t) <= _PAIR_LABEL_MAX for t in labels) and all(0 < len(t) <= _PAIR_VALUE_MAX for t in values) \
        and not all(t[-1] in SENTENCE_STOPS for t in values)


def _label_value_rows(table: HtmlElement) -> bool:
    """Whether every row of ``table`` (two or more) is a label cell and a value cell ("<th>住所</th><td>…</td>")."""
    rows = list(table.iter("tr"))
    return len(rows) >= 2 and all(len(tr) == 2 and tr[1].tag == "td" and (tr[0].tag == "th" or _label_cell(tr[0]))
                                  for tr in rows)


def _label_cell(cell: HtmlElement) -> bool:
    """Whether a data cell reads as a label ("售價", "0-100km/h", "Leistung"): short, no sentence (a spec table sets its
    labels in plain cells as often as in ``<th>``)."""
    text = " ".join(cell.text_content().split())
    return cell.tag == "td" and 0 < len(text) <= _FACT_LABEL_MAX and text[-1] not in SENTENCE_ENDS


#: a note on the date the facts above held, closing a Japanese guide: "※掲載情報は2026年3月11日時点のものです。", or a
#: dining review's note on its prices: "※文中價格為採訪當時價格，實際以店家公告為準。", "※価格は取材時のものです。"; or an
#: event's note that its facts may change: "Angaben ohne Gewähr.", "Line-up subject to change.", "※主辦單位保留修改活動內容
#: 之權利", "※内容は変更になる場合があります"
_AS_OF_NOTE = re.compile(r"^※.{0,60}(?:時点|現在)(?:のもの|の情報)|^※.{0,30}?(?:採訪|采访|取材)(?:當時|当时|時)|"
                         r"^(?i:(?:alle )?angaben ohne gewähr|(?:[\w-]+ ){0,3}(?:is |are )?subject to change|"
                         r"sous réserve de modifications?)\b.{0,40}$|"
                         r"^※.{0,20}?(?:保留(?:修改|變更|变更)|(?:変更|中止)(?:に|と)なる場合があります)")


#: a line marking the end of a Chinese account's or paper's text, alone: "- END -", "—END—", "（完）", "-全文完-" (and a
#: Japanese web magazine's "【了】"): the credits, past articles and calls to follow after it are the account's, not the
#: text's
_END_MARK = re.compile(r"^[\s\-–—_=~·.*#（）()\[\]【】]*(?:END|完|全文完|本文完|(?<=【)了(?=】))[\s\-–—_=~·.*#（）()\[\]【】]*$")
#: the last blocks such a line is looked for among (the credits, "往期推荐" and its links, a QR code's call)
_END_MARK_WINDOW = 16


def _shared_box(block: Block, calls: list[Block], level: int) -> HtmlElement | None:
    """The innermost element below the container (``path[level]``) holding ``block`` and a call to act
    (not ``block``'s own element: a paragraph giving a link is no box)."""
    for call in calls:
        depth = level + 1
        while depth < min(len(call.path), len(block.path) - 1) and call.path[depth] is block.path[depth]:
            depth += 1
        if depth > level + 1:
            return call.path[depth - 1]
    return None


def _calls_to_act(href: str | None, text: str) -> bool:
    """Whether a link calls to subscribe, log in or give, by its words or its address."""
    if _OFFER_CALL.search(text) is not None:
        return True
    try:
        path = urlsplit(href or "").path
    except ValueError:
        return False
    return _OFFER_PAGE.search(path) is not None


def _trim_edges(blocks: list[tuple[int, Block, str]], headline: str) -> list[tuple[int, Block, str]]:
    """Drop the bylines, dates, labels and headings that open or close the container.

    Article text starts and ends with a sentence; short unpunctuated lines at the edges
    ("By Jane Doe", "Nov. 19, 2019", "Share", "More from the Times") are furniture, and
    so are the author's tagline and a heading at the end. At the start, so are a
    dateline however long ("By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m."),
    the headline repeated (``headline``: its words, see ``_text_key``) and a person's profile over the text
    (``_profile_over_text``, ``_credited_profile``).
    """
    start, end = 0, len(blocks)
    while start < end and (not _opens_text(blocks[start][1], headline)
                           or _profile_over_text(blocks[start][1], blocks[end - 1][1])
                           or _credited_profile(blocks[start][1])
                           or start + 1 < end and _subheading_over(blocks[start][1], blocks[start + 1][1])
                           or start + 1 < end and _deck_over_dateline(blocks[start][1], blocks[start + 1][1])):
        start += 1
    # the readers' comments set in the text's own box after it, under their label ("Comments (3)") or a call to read
    # them ("Réagissez ou posez vos questions à la rédaction. Voir les contributions (48)")
    end = next((i for i in range(start + 1, end)
                if _COMMENTS_LABEL.match(blocks[i][1].text) or _comments_call(blocks[i][1].text)), end)
    start = _past_caption(blocks, start, end, headline)
    start = _past_reporters_line(blocks, start, end)
    while end > start and not _closes_text(blocks[end - 1][1]):
        end -= 1
    if end - start > 1 and _AS_OF_NOTE.match(blocks[end - 1][1].text) \
            and prose_size(blocks[end - 2][1].text) >= SENTENCE_MIN:
        end -= 1  # "※料金や営業期間は変更になる場合があります。…" after the text's last paragraph (after facts lines, it stays)
    text = _without_edited_note(_without_notes_before_credits(blocks[start:end]))
    blocks, end = blocks[:start] + text + blocks[end:], start + len(text)
    if start and start < end and (_is_place_line(blocks[start - 1][1].text) or _GAME_LINE.match(blocks[start - 1][1].text)):
        start -= 1
    if start and start < end and _opens_section(blocks[start - 1][1], blocks[start:end]) \
            and not _opens_section_text(blocks[start - 1][1], blocks[start][1]) \
            and _INTRO_HEADING.match(blocks[start - 1][1].text) is None \
            and _DECK_SENTENCES.match(blocks[start - 1][1].text) is None \
            and not _holds_headline(blocks[start - 1][1].text, headline):
        start -= 1
    return _without_opening_lines(blocks[start:end], headline)


def _deck_over_dateline(block: Block, following: Block) -> bool:
    """Whether ``block`` is a deck set over the story's date line, no sentence closed in it ("<td class='news_lead'><b>
    不過夜旅客增幅近兩成　居民：出門返工都要兜路</b></td>" over "發佈時間：… 記者：…"): a header's line, the text opens
    under the date line."""
    return block.text[-1:] not in SENTENCE_STOPS and _is_dateline(following.text)


def _without_notes_before_credits(text: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without the notes (a correction, a disclosure: no block that closes a text) set between its last
    paragraph and the agency's credits line closing it ("…Angabe korrigiert.</em></p><p>Mit Material von dpa</p>"),
    which the line, a sentence of the text's (``_is_sentence``), would otherwise keep inside it."""
    last = len(text) - 1
    if last < 2 or len(text[last][1].text) > _CREDITS_LINE_MAX or AGENCY_LINE.search(text[last][1].text) is None:
        return text
    cut = last
    while cut > 1 and not _closes_text(text[cut - 1][1]):
        cut -= 1
    return text[:cut] + text[last:]


#: the longest agency credits line closing a text ("Mit Material von dpa", "With reporting by Reuters.")
_CREDITS_LINE_MAX = 120


def _without_edited_note(text: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text without the editors' note closing an interview ("*访谈内容经过编辑和删节。", ``EDITED_NOTE``) and the
    short lines after it (the programme's times, the credits: "Débat animé par NAME"), which would keep the note inside
    the text; a note set between the introduction and the questions stays where it is, one of the text's lines."""
    for i in range(len(text) - 1, max(len(text) - 2 - _EDITED_NOTE_AFTER, 0), -1):
        if EDITED_NOTE.match(text[i][1].text):
            after = text[i + 1:]
            return text[:i] if all(len(b.text) <= _EDITED_NOTE_LINE_MAX for _, b, _ in after) else text
    return text


#: the lines after an interview's closing editors' note, at most, and their length at most
_EDITED_NOTE_AFTER, _EDITED_NOTE_LINE_MAX = 3, 160


#: a first subhead naming the part it opens as the introduction ("はじめに", "背景", "前言", "Introduction"): the
#: text's first section, whose heading is no opening line of the text (a live blog's first entry title is kept)
_INTRO_HEADING = re.compile(r"^\W*(?:\d+[.、．]?\s*)?(?:はじめに|始めに|概要|背景|前言|引言|写在前面|简介|introduction|intro|"
                            r"background|overview|einleitung|einführung|hintergrund|vorwort)\W*$", re.IGNORECASE)


def _past_reporters_line(blocks: list[tuple[int, Block, str]], start: int, end: int) -> int:
    """``start``, or past a Chinese paper's reporters' line among the first blocks ("□本报记者 NAME 文/图") when only
    lines as short as a caption stand before it (an e-paper's titles and its pictures' captions in the text's table):
    the text opens under its byline."""
    for idx in range(start, min(end - 1, start + _REPORTERS_LINE_WINDOW)):
        text = blocks[idx][1].text
        if _REPORTERS_PARAGRAPH.match(text):
            while idx + 2 < end and _REPORTERS_PARAGRAPH.match(blocks[idx + 1][1].text):
                idx += 1  # (the correspondents' line under the reporters': "□ 本报通讯员　NAME")
            return idx + 1 if idx > start else start
        if len(text) > CAPTION_LINE_MAX:
            break
    return start


#: the first blocks looked through for such a line
_REPORTERS_LINE_WINDOW = 8


def _past_caption(blocks: list[tuple[int, Block, str]], start: int, end: int, headline: str) -> int:
    """``start``, or past it when it is a picture's caption line (``_picture_caption``), which opens no text when text
    other than captions follows it (a slideshow's text is its captions)."""
    if start < end and (_picture_caption(blocks[start][1]) or _player_caption(blocks[start][1])):
        after = next((i for i in range(start + 1, end) if _opens_text(blocks[i][1], headline)
                      and not _picture_caption(blocks[i][1])), end)
        return after if after < end else start
    return start


#: a video's label opening its title line under the player: "视频：…", "影片：…", "動画：…", "Video: …", or in lenticular
#: brackets: "【動画】TITLE（1分48秒）"
_VIDEO_LABEL = re.compile(r"^\s*(?:(?:视频|視頻|影片|動画|映像|video|vidéo)\s*[:：｜|]|【\s*(?:视频|視頻|影片|動画|映像)\s*】)",
                          re.IGNORECASE)


def _player_caption(block: Block) -> bool:
    """A video's title line right after its player, labelled so ("<div class='video-player'><video>…</video></div>
    <p>视频：…</p>"): no opening of the text."""
    before = block.element.getprevious()
    return len(block.text) <= CAPTION_LINE_MAX and _VIDEO_LABEL.match(block.text) is not None and before is not None \
        and isinstance(before.tag, str) and next(before.iter("video", "iframe"), None) is not None


def _below_headline(blocks: list[tuple[int, Block, str]], walk: Walk,
                    heading: HtmlElement | None) -> list[tuple[int, Block, str]]:
    """``blocks`` from the page's headline on, when the text's container also holds a few lines above it
    (a picture's caption set over the headline, a kicker; a table-laid page's row of section and date over its
    ``<h2>`` headline, read among the blocks, and the subtitle heading under it in its box): the article's text starts
    below its headline.
    Kept whole when the lines above outweigh a quarter of those below (a headline found mid-text)."""
    at = next((pos for pos, el in walk.marks if el is heading), None) if heading is not None else None
    if at is None and heading is not None:
        # (the heading read as a block, or the headline's box holding its heading and subtitle as blocks)
        at = max((pos + 1 for pos, block, _ in blocks if block.element is heading or heading in block.path),
                 default=None)
        for pos, block, _ in (entry for entry in blocks if at is not None and entry[0] >= at):
            if not block.heading or block.element.getparent() is not heading.getparent():
                break
            at = pos + 1  # the subtitle under it in the headline's box: "<h2>…</h2><h3 class='kiji_sub'>…</h3>"
    if at is None or not blocks or blocks[0][0] >= at:
        return blocks
    above = sum(prose_size(block.text) for pos, block, _ in blocks if pos < at)
    below = sum(prose_size(block.text) for pos, block, _ in blocks if pos >= at)
    return [entry for entry in blocks if entry[0] >= at] if below and above * 4 <= below else blocks


def _without_opening_lines(blocks: list[tuple[int, Block, str]], headline: str) -> list[tuple[int, Block, str]]:
    """``blocks`` without the date lines and headline that open a first block written as ``<br>``-separated
    paragraphs ("05/10/2018 - Publicado por: NAME - Categoria: Saúde<br><br>A equipe ..."), as
    ``_trim_edges`` drops such lines set in blocks of their own."""
    if not blocks or "\n\n" not in blocks[0][1].text:
        return blocks
    pos, block, kind = blocks[0]
    paragraphs = block.text.split("\n\n")
    skip = 0
    while skip < len(paragraphs) - 1 and (_is_dateline(paragraphs[skip]) or _text_key(paragraphs[skip]) == headline):
        skip += 1
    if skip and len(blocks) > 1 and skip == len(paragraphs) - 1 and _BYLINE_PARAGRAPH.match(paragraphs[skip]):
        # "…headline<br><br>By NAME<br>Staff Writer": a table cell's header lines, then the text (maybe after a caption)
        return blocks[_past_caption(blocks, 1, len(blocks), headline):]
    return [(pos, replace(block, text="\n\n".join(paragraphs[skip:])), kind)] + blocks[1:] if skip else blocks


#: the label of the readers' comments with their count: "Comments (3)", "3 Comments", "Kommentare (12)"
_COMMENTS_LABEL = re.compile(r"^(?:(?:reader\s+)?comments?|kommentare?|commentaires?|comentarios?|commenti)\s*\(\d+\)\s*:?$|"
                             r"^\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti)$|"
                             # (a forum's count and its call: "184 Postings – Diskutieren Sie mit.")
                             r"^\d+\s+postings?\b|"
                             # (a Japanese or Chinese site's button and its count: "コメント3", "评论（12）")
                             r"^(?:コメント|评论|評論|留言)\s*[（(]?\d+[）)]?$", re.IGNORECASE)
#: a call to read the readers' comments closing a line, with their count: "Voir les contributions (48)", "View all 12
#: comments", "Alle 87 Kommentare anzeigen"
_COMMENTS_CALL = re.compile(r"(?:^|[.!?:]\s+)(?:"
                            r"(?:voir|lire|afficher)\s+(?:tous\s+)?les\s+(?:(?P<n1>\d+)\s+)?"
                            r"(?:contributions|commentaires|réactions)|"
                            r"(?:view|read|see|show)\s+(?:all\s+)?(?:(?P<n2>\d+)\s+)?(?:comments|replies)|"
                            r"(?:alle\s+)?(?:(?P<n3>\d+)\s+)?kommentare\s+(?:anzeigen|lesen))"
                            r"(?:\s*\((?P<n4>\d+)\))?\s*$", re.IGNORECASE)


def _comments_call(text: str) -> bool:
    """Whether a line closes on a call to read the readers' comments, their count given (no sentence of the text
    saying readers may comment)."""
    found = _COMMENTS_CALL.search(text) if len(text) <= _COMMENTS_CALL_MAX else None
    return found is not None and any(found.group(f"n{i}") for i in range(1, 5))


#: the longest line read for such a call (a short call to react before it)
_COMMENTS_CALL_MAX = 200
#: the most characters of a byline read in a box of its own after a bold lead (names, a desk, no sentence)
_BYLINE_BOX_CHARS = 120
#: a byline as the last line of the header lines opening the text's first block: "By NAME Staff Writer Print | Email"
#: (or a credits line naming the writer first: "Text: NAME, Bilder: NAME"; an abbreviation's full stop inside it: "Von
#: NAME, ARD-Studio Kairo, zzt. Assuan")
_BYLINE_PARAGRAPH = re.compile(r"^(?:By|BY|Von|VON|Par|PAR|Por|POR|(?:Text|Texte|Texto)\s*:)\s+[A-ZÀ-Þ]"
                               r"(?:[^.!?。]|\.(?=\s)){0,120}$")
#: a Japanese web magazine's credits line as a paragraph, the writer's label first: "文：NAME　写真：NAME　編集：DESK"
_JA_CREDITS_PARAGRAPH = re.compile(r"^(?:取材[・･])?文\s*[：:／/＝=]\s*\S[^。！？]{0,80}$")
#: a Chinese paper's reporters' line as a paragraph: "PAPER记者：NAME　PAPER编辑：NAME", "本报记者 NAME NAME", its
#: correspondents' under it: "□ 本报通讯员　NAME"
_REPORTERS_PARAGRAPH = re.compile(r"^(?:[◎□■]\s*)?[\u4e00-\u9fff]{0,12}(?:记者|記者|通讯员|通訊員)\s*[:：\s]\s*[\u4e00-\u9fff]"
                                  r"[^。！？]{0,60}$")


def _opening(walk: Walk, container: HtmlElement, layout: set[HtmlElement],
             text: list[tuple[int, Block, str]], description: str,
             keys: dict[int, str], headline: str = "") -> list[tuple[int, Block, str]]:
    """The article's opening paragraphs set in their own boxes before the text's container.

    Layouts put the first paragraph (a lede in bold, an intro, a whole introduction
    before a table or list) next to the headline, in the article's header or in a
    box of its own, outside the element that holds the rest of the text. Read back
    from the text towards the headline, it is the prose met over at most a few short
    lines (byline, date, share buttons, a table's caption and column heads), inside
    the container's neighbourhood; reading stops at the headline, at a heading or at
    prose from elsewhere. A paragraph that repeats the page's declared description is
    the summary teaser (the record's ``description``), and a box named as a standfirst,
    dek or summary is furniture: neither is the article's opening, nor is a paragraph of
    the text repeated before it (a highlight or pull quote). ``description``: the declared
    description's words (``_text_key``), ``keys`` the text's blocks' words by their positions, ``headline`` the
    headline's: reading stops at a block printing it, though no ``<h1>`` (an app's share page, "<div
    class='articleTitle'>").
    """
    near = set(_ancestors(container, LEDE_LEVELS))
    repeated = {keys[pos] for pos, _, _ in text}
    repeated.add(description)
    reader = _OpeningReader(container, layout, near, repeated, description, headline)
    for pos, item in _before(walk, text[0][0]):
        if isinstance(item, Block):
            if headline and _text_key(item.text) == headline or not reader.read(pos, item):
                break
        elif item.tag == "h1" or not reader.read_header(pos, item):
            break
    return reader.finish()


#: a box presenting a person over the text ("interview_person", "p-profile", "speaker-box", "interviewee"): the
#: person's name, job and career, no opening of the text
_PROFILE_BOX = re.compile(r"(?:^|[\s_-])(?:profiles?|person|interviewee|speakers?|supervisor|reviewer)(?=$|[\s_-])")
#: the nearest boxes of a block looked at for a profile's name
PROFILE_LEVELS = 3


def _headed_box(block: Block, headline: str) -> bool:
    """Whether the paragraph stands in a box that a heading of its own opens (``<section><h2>Why we chose this
    story</h2><p>…</p></section>`` over the text's box): an editor's note or a box of its own, which the text's opening,
    set apart beside the headline, never has. The article's own headline (``headline``, its words) heading the box
    heads the article (a post's ``<h2 class="entry-title">`` over its first paragraph)."""
    parent = block.element.getparent()
    if parent is None:
        return False
    first = next((child for child in parent.iterchildren() if isinstance(child.tag, str)), None)
    return first is not None and first is not block.element and first.tag in _BOX_HEADINGS \
        and _text_key(first.text_content()) != headline


def _profile_over_text(block: Block, last: Block) -> bool:
    """Whether ``block`` stands in a box named as a person's profile (``_PROFILE_BOX``, among its ``PROFILE_LEVELS``
    nearest boxes) that holds none of the text after it (not its ``last`` block: a post's own wrapper named
    "tag-person" by its tags holds the whole text)."""
    if last is block:
        return False
    held = set(last.path)
    return any(el not in held and (cls := el.get("class")) and _PROFILE_BOX.search(lowered_names(cls))
               for el in (block.element, *block.path[-PROFILE_LEVELS:]))


#: the siblings before a paragraph read for a credit's label cell
_CREDIT_SIBLINGS = 2


def _credited_profile(block: Block) -> bool:
    """Whether the paragraph follows a credit's label cell, the name's cell between them, in its box ("<span>監修</span>
    <span>NAME</span><p>国家資格キャリアコンサルタント。…</p>" in the byline's box), or the credit's line naming the person
    ("<p>監修：小児科医　NAME</p><p>…クリニック院長。…</p>" in a reviewer's box over the text): the credited person's job and
    career, no opening of the text."""
    if block.element.tag != "p":
        return False
    return any(isinstance(sibling.tag, str) and len(sibling) == 0
               and (CREDIT_LABEL_CELL.match(sibling.text or "") or CREDIT_NAME_LINE.match(sibling.text or ""))
               for sibling in islice(block.element.itersiblings(preceding=True), _CREDIT_SIBLINGS))


#: the rows of lists, none of them a text's opening set apart (a table's caption and column heads are passed over:
#: the table may be the text)
_ROW_TAGS = frozenset(("li", "dd", "dt"))


def _in_list_item(el: HtmlElement) -> bool:
    """Whether ``el`` is a paragraph set in a list's item (``<li><p>…</p></li>``: a bullet, as a bare ``<li>`` is)."""
    parent = el.getparent()
    return parent is not None and parent.tag == "li"


def _before(walk: Walk, first: int) -> Iterator[tuple[int, Block | HtmlElement]]:
    """Blocks before block ``first`` and the headings/headers skipped between them, nearest first."""
    marks = [mark for mark in walk.marks if mark[0] <= first]
    for pos in range(first, -1, -1):
        while marks and marks[-1][0] == pos:
            yield pos, marks.pop()[1]
        if pos:
            yield pos - 1, walk.blocks[pos - 1]


class _OpeningReader:
    """State of the backward reading of ``_opening``: the paragraphs found and the short lines passed."""

    def __init__(self, container: HtmlElement, layout: set[HtmlElement], near: set[HtmlElement],
                 repeated: set[str], description: str, headline: str = "") -> None:
        self.container, self.layout, self.near, self.repeated = container, layout, near, repeated
        self.description, self.headline = description, headline
        self.found: list[tuple[int, Block, str]] = []
        self.gap = 0
        self.passed = False  # lines (byline, date, share bar) passed since the last prose
        self.dated = False  # a byline or date line among them
        #: paragraphs in boxes named as the header's summary, nearest first, and whether a byline or date line stands
        #: above them (then they open the text: ``finish``)
        self.summary: list[tuple[int, Block, str]] = []
        self.summary_dated = False

    def read(self, pos: int, block: Block, outer: HtmlElement | None = None) -> bool:
        """Take ``block`` if it is opening prose; False when reading must stop there."""
        continued = _continued(block) or _continuation(block)
        if not self.found and block.related < 0 and (self.container not in block.path or continued) \
                and (not self.summary or self.summary[-1][0] == pos + 1) \
                and _summary_under_byline(block, self.layout) and _is_lede(block) and not _is_digest(block) \
                and (_text_key(block.text) not in self.repeated or continued):
            self.summary.append((pos, block, "inline"))  # its box named as a summary: text if dated above (``finish``)
            return True
        if self.container in block.path or furniture_level(block, self.layout) >= 0 or block.related >= 0:
            self.passed = self.passed or self.container not in block.path and _is_dateline(block.text)
            self.dated = self.dated or _header_line(block)
            self.summary_dated = self.summary_dated or bool(self.summary) and _header_line(block)
            return True
        if block.heading or block.element.tag in _ROW_TAGS or _in_list_item(block.element):
            # a list above the text's box is a summary in bullets, not its opening; a match's facts list
            # ("<dt>本塁打</dt><dd>NAME５号ソロ（２回・NAME）…</dd>" in the score box over the report) neither
            return False
        near = bool(self.near & set(block.path if outer is None else outer.iterancestors()))
        if not self.found and near and _is_place_line(block.text):
            self.found.append((pos, block, "inline"))
            return True
        if _picture_caption(block) or _player_caption(block):
            # a picture's caption closing on its credit over the text's box ("… Foto: NAME/dpa"), or a video's title
            # under its player ("<iframe …></div><p class='movie-title'>【動画】TITLE（1分48秒）</p>")
            return True
        if _is_lede(block):
            if not near:
                return False
            # a summary labelled so ("导语：…") in its own box over the text is a standfirst (``_without_digest``)
            if _text_key(block.text) not in self.repeated and not self._standfirst(block) \
                    and not _named_deck(block, self.dated) and not (self.dated and _deck_under_headline(block)) \
                    and not _is_digest(block) and not _headed_box(block, self.headline) \
                    and not _credited_profile(block):
                self.found.append((pos, block, "inline"))
            self.passed = self.dated = False
            return True
        self.gap += 1
        self.passed = True
        self.dated = self.dated or _header_line(block)
        self.summary_dated = self.summary_dated or bool(self.summary) and _header_line(block)
        return self.gap <= LEDE_GAP and block_weight(block) <= 0

    def _declared_opening(self, block: Block) -> bool:
        """Whether the paragraph opens with the page's declared description and goes on past it: the text's first
        paragraph as the page declares it (its first sentence the description), not an editor's summary of it."""
        key = _text_key(block.text)
        return len(self.description) >= STANDFIRST_PREFIX and len(key) > len(self.description) \
            and key.startswith(self.description[:STANDFIRST_PREFIX])

    def finish(self) -> list[tuple[int, Block, str]]:
        """The opening paragraphs found, in reading order: the paragraphs of boxes named as the header's summary that
        the reading passed right over the text (a broadcaster's "content--summary" and its "content--summary-more"
        under the video), when a byline or date line stands above them, the first opens with the declared description
        (``_declared_opening``) and no other opening was found: as the convention has it, a paragraph below the byline
        opens the text whatever it is named (an editor's one-line summary there, declaring nothing, stays out). So do
        they, dated or not, where the box after the first is named as its continuation (``_continued``: a broadcaster's
        "content--summary" lead, repeating the declared description, before "content--summary-more" or
        "content--detail-more")."""
        if not self.found and self.summary and (self.summary_dated and self._declared_opening(self.summary[-1][1])
                                                or _continued(self.summary[-1][1])):
            return self.summary[::-1]
        return self.found[::-1]

    def _standfirst(self, block: Block) -> bool:
        """A paragraph above the byline and date lines whose opening the page declares as its
        description (its first sentence, or a shortened version of its first clause) is the
        standfirst: the article's text starts below the byline."""
        if not self.passed or self.found or len(self.description) < STANDFIRST_PREFIX:
            return False
        key = _text_key(block.text)
        return key.startswith(self.description) or key.startswith(self.description[:STANDFIRST_PREFIX]) \
            or _same_first_clause(key, self.description) or _same_words(key, self.description) \
            or _same_words(_text_key(_FIRST_SENTENCE.match(block.text).group(0)), self.description)

    def read_header(self, pos: int, header: HtmlElement) -> bool:
        """Read the blocks of a skipped ``<header>`` after its headline; False when reading stops
        (always, when it holds the headline: the article starts below it)."""
        inner = cut_blocks(header)
        heads = [at for at, el in inner.marks if el.tag == "h1"]
        if not heads:
            self.gap += 1
            return self.gap <= LEDE_GAP
        after = inner.blocks[heads[-1]:]
        self.summary_dated = self.summary_dated or bool(self.summary) and any(_header_line(line) for line in after)
        for at in range(len(after) - 1, -1, -1):
            block = after[at]
            if not self.found and _summary_under_byline(block, self.layout) \
                    and any(_header_line(line) for line in after[:at]) and _is_lede(block) \
                    and _text_key(block.text) not in self.repeated:
                self.found.append((pos, block, "inline"))
                continue
            if not self.read(pos, block, header):
                break
        return False


#: a label in lenticular brackets opening a declared description, the outlet's or the story's kind ("【JBC】日銀は…",
#: "【速報】…"): no words of the text it describes
_DESCRIPTION_TAG = re.compile(r"^\s*【[^】]{1,12}】\s*")


#: the one furniture name of a header's box that a paragraph below the byline opens the text from: a live page's
#: "live-header__summary", a story's "summary" under its date line, and the summary's continuation ("summary-more")
_SUMMARY_BOX = re.compile(r"(?:^|[\s_-])summary(?:[_-]+more)?$")


#: the last word of a box's name saying it holds the rest of what the box before it opens ("content--summary-more",
#: "content--detail-more")
_MORE_BOX = re.compile(r"(?:^|[\s_-])more$")


def _continued(block: Block) -> bool:
    """Whether the element right after the paragraph is named as its continuation (``_MORE_BOX``)."""
    following = block.element.getnext()
    return following is not None and isinstance(following.tag, str) \
        and _MORE_BOX.search(lowered_names(following.get("class") or "")) is not None


def _continuation(block: Block) -> bool:
    """Whether the paragraph stands in such a continuation's box ("<div class='content--summary-more'><p>…")."""
    parent = block.element.getparent()
    return parent is not None and _MORE_BOX.search(lowered_names(parent.get("class") or "")) is not None


def _summary_under_byline(block: Block, layout: set[HtmlElement]) -> bool:
    """Whether ``block`` is a paragraph in a box of the article's header named as a summary and nothing else
    furniture-like (``_SUMMARY_BOX``, its class's last word), set below the byline or date line (the caller's test):
    as the convention has it, a paragraph below the byline opens the text whatever it is named (a live page's summary
    under "By NAME and NAME" and the time)."""
    boxes = [block.path[idx] for idx in block.furniture if block.path[idx] not in layout]
    return len(boxes) == 1 and _SUMMARY_BOX.search(lowered_names(boxes[0].get("class") or "")) is not None


def _same_words(key: str, other: str, share: float = SAME_WORDS) -> bool:
    """Whether two texts (``_text_key``) are one text reworded: each holds at least ``share``
    of the other's distinct words (a description edited from the standfirst, a word added or cut)."""
    words, others = set(key.split()), set(other.split())
    return len(words & others) >= share * max(len(words), len(others))


def _holds_words(key: str, other: str, share: float = SAME_WORDS) -> bool:
    """Whether a text (``_text_key``) holds at least ``share`` of another's distinct words: a shorter description
    reworded inside a longer deck."""
    others = set(other.split())
    return bool(others) and len(set(key.split()) & others) >= share * len(others)


@lru_cache(maxsize=4096)
def _text_key(text: str) -> str:
    """``text`` compared as words only (case, spaces and punctuation aside); remembered, as the text's trims compare
    the same paragraphs again."""
    return " ".join(_WORDS.findall(text.casefold()))


def _is_lede(block: Block) -> bool:
    """Prose of a sentence or more, with few links, ending like a sentence (no note on where the story comes from,
    ``PROVENANCE_NOTE``, nor on its updates, ``UPDATE_NOTE``)."""
    text = block.text
    return prose_size(text) >= SENTENCE_MIN and block.link_chars <= LEDE_LINK_DENSITY * len(text) \
        and PROMPT_TEXT.match(text) is None and TEASER_TEXT.match(text) is None and TAGLINE.search(text) is None \
        and PROVENANCE_NOTE.match(text) is None and UPDATE_NOTE.match(text) is None and not _is_dateline(text) \
        and _EDITOR_NOTE_LABEL.match(text) is None


def _related_region(container: HtmlElement) -> list[HtmlElement]:
    """The boxes around the text where its teaser boxes stand: the container's ``RELATED_LEVELS`` nearest ancestors,
    the ``<article>`` holding the text further up (its "関連ニュース" section after the text's nested boxes), the
    box holding that ``<article>`` (its "More on this story" section set after it), and the box right after that one
    or after the wrappers holding it alone (a CMS's "Mehr zum Thema" block set after the article's region: "<div>
    <article>…</article></div><div id='block-mehrzumthema'><h2>Mehr zum Thema</h2>…"); with no ``<article>``, the
    boxes after the one holding the headline and the text whose heading labels the topic's teasers."""
    region = _ancestors(container, RELATED_LEVELS)
    article = next((el for el in region if el.tag == "article"), None)
    if article is None and (article := next(container.iterancestors("article"), None)) is not None:
        region.append(article)
    if article is None:
        # (in a page of <div>s, the boxes after the nearest one holding the headline too whose heading labels the
        # topic's teasers: "<div class='article'><h1>…</h1>…<div id='ozoom'>TEXT</div>…</div><div class='xgyd'><h3>
        # 相关阅读</h3>…", not its "推荐阅读" box)
        # (read from the <h1>s' ancestors, once: each ancestor's subtree searched for one read the page over again)
        # (or after the box holding that one alone: "<section class='article-content'><div class='wrapper'><h1>…</h1>
        # …TEXT…</div></section><section><h3>延伸閱讀</h3>…")
        holding = {el for h1 in container.getroottree().iter("h1") for el in h1.iterancestors()}
        box = next((el for el in container.iterancestors() if el in holding), None)
        if box is None and (box := next(container.iterancestors("table"), None)) is not None:
            # (no <h1>: an old layout's table of the article, its headline a bold line, and the table of its related
            # stories after it, labelled by its first cell: "<table class='kiji'>…</table><table class='kanren'><tr>
            # <td>関連記事</td></tr>…")
            # (or a box of <div>s after it: an e-paper's "<table>…TEXT…</table><div class='relbox'><div class='hd'>
            # 相關報道</div><ul>…")
            region += [following for following in islice(box.itersiblings(), _TOPIC_BOXES_AFTER)
                       if following.tag in ("table", "div") and _topic_teasers_heading(following)]
        elif box is not None and box.tag not in ("body", "html"):
            box = _outside_wrappers(box)
            region += [following for following in islice(box.itersiblings(), _TOPIC_BOXES_AFTER)
                       if following.tag in ("div", "section", "aside") and _topic_teasers_heading(following)]
    if article is not None and (outer := article.getparent()) is not None and outer.tag not in ("body", "html"):
        if outer not in region:
            region.append(outer)
        # (the box after the wrappers holding that box alone: "<div class='l-container'><main><article>…</article>
        # </main></div><section class='articledetail-related'><h2>関連記事</h2>…")
        following = _outside_wrappers(outer).getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is not None and following.tag in ("div", "section", "aside") and following not in region \
                and _topic_teasers_heading(following):
            region.append(following)
    return region


#: the boxes after the article's, in a page of <div>s, read for a heading of the topic's teasers
_TOPIC_BOXES_AFTER = 4


def _topic_teasers_heading(box: HtmlElement) -> bool:
    """Whether a box's first heading labels teasers of the article's topic ("Mehr zum Thema", "Related", "関連記事"), no
    recommendations ("Recommended Stories", "推薦閱讀", a box named "recommend-stream": the site's picks, which a box
    outside the article's holds)."""
    heading = next(box.iter("h2", "h3", "h4"), None)
    if heading is None and box.tag == "table":
        heading = next(box.iter("td", "th"), None)  # a table's label cell, its first: "<tr><td>関連記事</td></tr>"
    elif heading is None:
        heading = _bare_title(box)  # a bare line over the list: "<div class='relbox'><div class='hd'>相關報道</div><ul>"
    text = " ".join(heading.text_content().split()) if heading is not None else ""
    return bool(text) and TEASER_TEXT.match(text) is not None and _RECOMMENDING.search(text) is None \
        and not any(_RECOMMENDING.search(el.get("class") or "") for el in (box, heading.getparent()))


#: a box's name saying it lists the site's latest stories ("latest-news" under "More Local News"), no topic's teasers
_LATEST_BOX = re.compile(r"(?i)(?:^|[\s_-])latest(?:$|[\s_-])")


#: a label's word of recommending ("Recommended", "Empfohlen", "推薦", "おすすめ")
_RECOMMENDING = re.compile(r"recommend|empfohl|empfehl|recommandé|推薦|推荐|おすすめ|オススメ", re.IGNORECASE)


def _picks_off_topic(box: HtmlElement, topic: frozenset[str]) -> bool:
    """Whether the cards of a box under a label of recommending are the site's picks: ``_PICKS_CARDS`` linked
    headlines or more, fewer than half of them sharing a word with the story's headline or description ("Ferry
    terminal parking rates to rise" beside "Buskers say new rotation rules …"; a local site's picks may share the
    town's name, one card of four); a box whose cards share words ("Mail strike: what residents need to know" beside
    "Striking CanMail workers …") lists the story's teasers under the same label."""
    titles = [text for link in box.iter("a") if len(text := link.text_content().strip()) >= _PICK_TITLE_MIN]
    return len(titles) >= _PICKS_CARDS and 2 * sum(bool(_topic_words(title) & topic) for title in titles) < len(titles)


#: the fewest cards of a box of picks, and the fewest characters of a card's headline
_PICKS_CARDS, _PICK_TITLE_MIN = 3, 8


def _topic_words(text: str) -> frozenset[str]:
    """The words a story's topic is told by: each Latin-script word of four letters or more but the commonest, cut to
    its first ``_STEM`` letters (a crude stem: "striking" and "strike", "mailboxes" and "mail" meet), and each pair of
    ideographs or katakana side by side in Chinese and Japanese text."""
    words = {word[:_STEM] for word in _LATIN_WORD.findall(text.casefold())
             if word not in _COMMON_WORDS and _CJK_CHAR.search(word) is None}
    words.update(run[i:i + 2] for run in _IDEOGRAPH_RUN.findall(text) for i in range(len(run) - 1))
    return frozenset(words)


#: the letters of a Latin-script word's stem (``_topic_words``), and the words of any topic
_STEM = 4
_LATIN_WORD = re.compile(r"[^\W\d_]{4,}")
#: (ideographs and katakana: a pair of hiragana, "した", "ている", says nothing of a topic)
_IDEOGRAPH_RUN = re.compile(r"[\u30a0-\u30ff\u3400-\u9fff]{2,}")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_COMMON_WORDS = frozenset("""with from that this have will after over more says said they them their what when where
which while into about than then been were your know need year years first also just only could would should some most
there these those other here make made news week today dans pour avec sont plus nach über eine einer sich auch
noch wird nicht oder sind""".split())


def _ancestors(el: HtmlElement, levels: int) -> list[HtmlElement]:
    """``el``'s parent and the ``levels - 1`` elements above it, below ``<body>``."""
    found = []
    parent = el.getparent()
    while parent is not None and len(found) < levels and parent.tag not in ("body", "html"):
        found.append(parent)
        parent = parent.getparent()
    return found


def _subheading_over(heading: Block, following: Block) -> bool:
    """Whether ``heading`` is a subheading over its section's prose (``_opens_section_text``), a short phrase, no
    sentence closed by a stop ("<h2>30年ぶりの「世代交代」</h2><p>…</p>" first in the text's box; not a lede or deck set
    as a heading, "<h2>It is impossible to say when … lifted, NAME said.</h2>"): the text opens below it (a live page's
    entry title, set in the entry's box over the box of its paragraphs, is left to ``_opens_section``)."""
    text = heading.text.rstrip(" \"'”’»）)」』")
    return heading.heading and len(text) <= LABEL_MAX and text[-1:] not in SENTENCE_STOPS \
        and _opens_section_text(heading, following)


def _opens_section(block: Block, text: list[tuple[int, Block, str]]) -> bool:
    """Whether a heading just before the first paragraph is the first of the text's
    subheads (the first entry's title in a live blog) rather than a label: the text
    goes on with further headings of the same kind."""
    return block.heading and any(b.heading and b.element.tag == block.element.tag for _, b, _ in text)


def _closes_text(block: Block) -> bool:
    """Whether a block may be the article's last: a sentence, not a heading or tagline, nor a label whose links, list,
    form or player were left out of the text ("Tags:", "Siehe auch:", "Lue myös:", "Enter your email address:",
    ``_DANGLING_LABEL``), nor a note on when its facts held ("※記事内の情報は…時点のものです。", ``_AS_OF_NOTE``), nor a
    Japanese update note set off by "※" ("※2025年2月3日、…を更新しました。", ``UPDATE_NOTE``), nor an editor's note
    ("Editor’s note: The club is among the station's financial supporters.", ``_EDITOR_NOTE_LABEL``): the text's notes,
    none of its paragraphs (an English magazine's "Update, March 5: …" closing a story stays its last)."""
    return not block.heading and _is_sentence(block) and TAGLINE.search(block.text) is None \
        and _DANGLING_LABEL.match(block.text) is None and _AS_OF_NOTE.match(block.text) is None \
        and not (block.text.startswith("※") and UPDATE_NOTE.match(block.text)) \
        and _EDITOR_NOTE_LABEL.match(block.text) is None


#: a label of a few words closing on a colon: what it heads is no text (a sentence introducing a quote or an embed
#: has more words: "Twitter seemed a bit confused by the campaign:"; a Chinese or Japanese one is short: "関連記事：", not
#: "据市气象局介绍，今年以来的降水情况如下：")
_DANGLING_LABEL = re.compile(r"^\W*(?:[^\s:：]{1,20}\s+){0,5}[^\s:：]{1,20}\s*[:：]$")


def _opens_text(block: Block, headline: str) -> bool:
    """Whether the article's text may start with ``block``: a sentence, not a date line
    (in a list row, where ``_without_extras`` keeps it), nor the headline printed again, nor a guest writer's
    byline set as a sentence ("Ein Gastbeitrag von NAME.", ``_GUEST_BYLINE``), nor a correction note set over the
    text ("Correction: An earlier version of this story misstated …", ``CORRECTION_NOTE``) or an update note ("Update,
    5. März: …", ``UPDATE_NOTE``), nor a site's notice
    ("Advertiser disclosure: …", ``SITE_NOTICE``), nor the readers' comments' count ("3 Comments", "コメント3",
    ``_COMMENTS_LABEL``), nor a series note ("This post is part of …", ``SERIES_NOTE``), nor
    a note on where the story comes from ("This story was produced by OUTLET in partnership with …",
    ``PROVENANCE_NOTE``), nor
    a post's tag row (``_linked_row``) or a row of its meta list (``_in_meta_list``), nor a release's contact line
    ("Contact: NAME, Director of Communications, PHONE", ``hints.CONTACT_LINE``), nor a standfirst closing on the
    byline ("… who is responsible. By NAME", ``_BYLINE_CLOSING``), nor a heading of two sentences or more
    (``_DECK_SENTENCES``: "<h2>Nach 68 Jahren wollte der Betreiber aufhören. Jetzt übernehmen …</h2>", a deck set as
    a heading; a subheading is a phrase), nor a note on the story's original title ("（原标题：…）",
    ``_ORIGINAL_TITLE``), nor one on when its facts held ("※この記事の情報は…時点のものです。", ``_AS_OF_NOTE``), nor a
    Japanese sub-headline of a speaker's words, "町「敷地内の長期保管は避けて」" (``_QUOTED_SUBHEAD``), nor a table
    layout's cell of Chinese or Japanese clauses, spaced and unpunctuated ("司警：損失逾二千萬元 籲接可疑來電即掛線", a
    subtitle; "字號：大 中 小 列印", the page's controls: ``_SPACED_CLAUSES``; a blog's paragraphs may be written so, and a
    sports report's result line opens its text), nor a short credits line of the byline's box ("Radio Hexagone avec
    AFP" under the writers' names: ``hints.AGENCY_LINE``, which closes a text but opens none)."""
    return _is_sentence(block) and not _is_dateline(block.text) and _text_key(block.text) != headline \
        and not (block.heading and _part_of_headline(block.text, headline)) \
        and _GUEST_BYLINE.match(block.text) is None and CORRECTION_NOTE.match(block.text) is None \
        and UPDATE_NOTE.match(block.text) is None and _EDITOR_NOTE_LABEL.match(block.text) is None \
        and SITE_NOTICE.match(block.text) is None and SERIES_NOTE.match(block.text) is None \
        and PROVENANCE_NOTE.match(block.text) is None \
        and CONTACT_LINE.match(block.text) is None and not _linked_row(block) and not _in_meta_list(block) \
        and _BYLINE_CLOSING.search(block.text) is None and not (block.heading and _DECK_SENTENCES.match(block.text)) \
        and _ORIGINAL_TITLE.match(block.text) is None and _AS_OF_NOTE.match(block.text) is None \
        and _QUOTED_SUBHEAD.match(block.text) is None \
        and not (block.element.tag in ("td", "th") and _SPACED_CLAUSES.match(block.text) is not None
                 and _RESULT_LINE.search(block.text) is None) \
        and not (prose_size(block.text) < SENTENCE_MIN and AGENCY_LINE.search(block.text) is not None) \
        and _AI_SUMMARY.search(block.text) is None and _COMMENTS_LABEL.match(block.text) is None


#: a summary a machine wrote over the text, under its label or with the note saying so: "AI速览…以上内容由AI生成，仅供参考",
#: "AI摘要", "AIによる要約", "Summary generated by AI" (no opening of the text, which follows it)
_AI_SUMMARY = re.compile(r"^\W*(?:AI\s?(?:速览|速覽|摘要|导读|導讀|总结|總結|要約|要点|要點)|AIによる要約)|"
                         # (or the note on it in brackets after its label: "この記事のポイント（AIによる要約をもとに編集部が
                         # 確認しています）")
                         r"[（(]\s*AI\s?(?:による|が|で)?(?:要約|生成)|"
                         r"(?:以上|本文)?(?:内容|內容|摘要)(?:由|為|为)AI(?:生成|整理)|この要約はAI|"
                         r"(?i:\b(?:summary|this summary) (?:was )?(?:generated|written|created) (?:by|with) "
                         r"(?:AI|artificial intelligence)\b)")


#: a short line of Chinese or Japanese clauses parted by spaces, no sentence's or clause's punctuation in it: a
#: headline's shape (a paragraph of the text closes its clauses with "，" and its sentences with "。")
_SPACED_CLAUSES = re.compile(r"^(?=[^，。！？；,.!?;]{4,40}$)(?=.*[\u3040-\u30ff\u3400-\u9fff][ \u3000]"
                             r"[\u3040-\u30ff\u3400-\u9fff]).*$")
#: a Japanese headline's shape: a short speaker's name, then their words in brackets closing the line, no sentence
#: closed anywhere in it ("町「敷地内の長期保管は避けて」", "知事「判断は慎重に」"); a paragraph quoting someone closes a
#: sentence in the brackets or after them (「…避けてほしい。」と話した。)
_QUOTED_SUBHEAD = re.compile(r"^[^「」。！？\s]{1,12}「[^「」。！？]{2,40}」$")
#: a portal's note on the title the story first ran under, over its text: "（原标题：…）"
_ORIGINAL_TITLE = re.compile(r"^[（(【\[]?\s*(?:原标题|原標題|原题|原題)\s*[:：]")
#: two sentences or more, the last closed: a deck, not a subheading (nor a lede set as a heading, opening with its
#: dateline: "Bernau (Barnim): Ein bisschen ungerecht ist es ja schon. Da müssen …")
_DECK_SENTENCES = re.compile(r"^(?![A-ZÄÖÜÉ][\w'’.-]*(?: \([^)]{2,20}\))?\s?[:–—]\s)"
                             r"[^.!?。！？]{10,}[.!?。！？]\s+\S[^.!?。！？]{10,}[.!?。！？][\s\"”»’]*$", re.DOTALL)
#: a byline closing a paragraph after its last sentence, as a long read's standfirst signs itself: "… Now a whole town
#: is asking who is responsible. By NAME"
_BYLINE_CLOSING = re.compile(r"[.!?…]\s+(?:By|Von|Par|Por)\s+[A-ZÀ-Þ][\w'’.-]*"
                             r"(?:\s+(?:and|und|et|y|&)?\s*[A-ZÀ-Þ][\w'’.-]*){0,5}$")


def _part_of_headline(text: str, headline: str) -> bool:
    """Whether a heading's words, two or more, run on in the headline's (``headline``: its ``_text_key``): a part of
    the headline printed again over the text, the title set as a heading and its subtitle as another ("<h2>Open
    Data Project:</h2><h4>Better Public Records</h4>" under "The Open Data Project: Better Public Records")."""
    key = _text_key(text)
    return key.count(" ") >= 1 and f" {key} " in f" {headline} "


def _holds_headline(text: str, headline: str) -> bool:
    """Whether a heading holds the headline's words (``headline``: its ``_text_key``), maybe after a kicker's: the
    article's heading (kicker and title in one ``<h2>``), no heading of the text's first section."""
    return bool(headline) and f" {headline} " in f" {_text_key(text)} "


def _linked_row(block: Block) -> bool:
    """A list row of a word or a few that is all a link, not ending like a sentence (a post's tags over its text,
    "<li><a href='/tags/x/'>x</a>,</li>"): a row may close the text, but a tag's opens none (a linked headline
    row, "Here’s our Firefox Year in Review!", may)."""
    return _is_row(block) and bool(block.links) and len(block.text.split()) <= _TAG_ROW_WORDS \
        and block.link_chars > MAX_LINK_DENSITY * len(block.text) and block.text[-1] not in _FULL_STOPS


#: the most words of a tag's row, and the marks ending a sentence, not a tag's (``_linked_row``: "teletype," is a tag)
_TAG_ROW_WORDS = 3
_FULL_STOPS = frozenset(".!?…。！？")


#: a list's class naming the post's meta data: "meta", "post-meta", "entry-meta", "article__meta"
_META_CLASS = re.compile(r"(?:^|[\s_-])meta(?:$|\s)")


def _in_meta_list(block: Block) -> bool:
    """Whether ``block`` is an item of a list named as the post's meta data (a static blog theme's ``<ul
    class="meta"><li>DATE</li><li>• 7 Min. Lesezeit</li><li>• Autor: NAME</li><li>• Tags: …</li></ul>`` under the
    headline): its rows are no text's opening."""
    if block.element.tag != "li":
        return False
    parent = block.element.getparent()
    return parent is not None and _META_CLASS.search(parent.get("class") or "") is not None


#: a guest writer's byline as a sentence of its own over a blog's text: "Ein Gastbeitrag von NAME.", "A guest post
#: by NAME." (a blog network's posts under a shared "Gastautor" account name their writer so)
_GUEST_BYLINE = re.compile(r"^(?:(?:ein|eine|a)\s+)?(?:gast(?:beitrag|kommentar|text)|guest\s+(?:post|column|essay))\s+"
                           r"(?:von|by)\s+(?P<name>[^\W\d_][^.!?\n]{2,60})\.?$", re.IGNORECASE)
#: how far into the text an epigraph may stand (``_without_epigraph``)
_EPIGRAPH_BLOCKS = 3
#: how far into the text a guest's line hands a newsletter over (``_handed_to_guest``)
_GUEST_LINE_BLOCKS = 4


def _picture_caption(block: Block) -> bool:
    """A picture's caption closing on its credit ("… built in 1961. (Photo: AGENCY)", "… erneuert werden. Foto:
    NAME") or on a note crediting nobody ("…工廈。（資料圖片）"), set in a plain line right after the picture (an
    ``<img>`` in its own element, or just before it or its box) rather than in a ``<figcaption>``; or any line in a
    picture table's caption row, credited or not (an old layout's "<table align=right><tr><td><img></td></tr><tr><td
    class=cap>CAPTION＝3日、PLACE</td></tr></table>" floated beside the text, ``images.below_picture_row``): no
    opening of the text."""
    return len(block.text) <= CAPTION_LINE_MAX and (
        _picture_before(block.element) and (split_caption(block.text)[1] is not None or _credit_next(block.element)
                                            or closes_on_picture_note(block.text))
        or below_picture_row(block.element))


def _credit_next(el: HtmlElement) -> bool:
    """Whether the element right after ``el`` is a credit named so ("<p class="titre">CAPTION</p><p
    class="credits">NAME / AFP</p>" under a picture, as SPIP's documents print a picture's description; "<p
    class='absatzbild__info__copyright'>Bild: NAME</p>", a German site's "<span class='artikelBild__quelle'>Bild:
    NAME</span>", its source), or ``el``'s own last element is (the caption's box holding both, the credit left out of
    its line as furniture: "<div class='bildunterschrift'><span>CAPTION</span><span class='bu-credit'>Bild: NAME</span>
    </div>")."""
    return any(other is not None and isinstance(other.tag, str)
               and any(word in (other.get("class") or "").casefold() for word in ("credit", "copyright", "quelle"))
               and reads_as_credit(other.text_content())
               for other in (el.getnext(), el[-1] if len(el) else None))


def _picture_before(el: HtmlElement) -> bool:
    """Whether a picture opens ``el`` or comes right before it or its box (a ``<br>`` between them)."""
    if next(el.iter("img"), None) is not None:
        return True
    for node in (el, el.getparent()):
        if node is None:
            return False
        before = node.getprevious()
        while before is not None and (not isinstance(before.tag, str) or before.tag == "br"):
            before = before.getprevious()
        if before is not None:
            # a box holding the picture alone: class-less, or named and holding no words ("<div
            # class="InlineImage-wrapper"><img></div>" before the caption's own div)
            # (or a box holding the picture in its link alone: "<div class='album_box'><a><img></a></div>")
            return before.tag in _PICTURE_TAGS or len(before) == 1 and before[0].tag in _PICTURE_TAGS \
                and (before.get("class") is None or not before.text_content().strip()) \
                or before.tag in ("tr", "div") and _picture_row(before)
    return False


def _picture_row(row: HtmlElement) -> bool:
    """Whether a table's row (or a box) holds one picture and no words (an e-paper's table of pictures, each row's
    caption in the row after it; a gallery's box of the picture shown, its counter and arrows no words: "<div
    class='galerie-bild'><a><img></a><div>1 / 8</div><a>‹</a><a>›</a></div>", its caption's box after it)."""
    return sum(1 for _ in row.iter("img")) == 1 and _LETTER.search(row.text_content()) is None


#: a letter of any script
_LETTER = re.compile(r"[^\W\d_]")


#: the line a Japanese sports paper opens a game's report with: the game in angle brackets, then day and venue
#: after diamonds ("＜オープン戦：巨人3－2阪神＞◇11日◇東京ドーム"): the text's first line, no furniture
_GAME_LINE = re.compile(r"^[＜<][^＜＞<>]{2,40}[＞>]\s*[◇◆]")


def _is_place_line(text: str) -> bool:
    """A dateline on a line of its own: a first word in capitals, a final dash ("LONDON —")."""
    if len(text) > PLACE_LINE_MAX or text[-1] not in _DASHES:
        return False
    first = text.split(maxsplit=1)[0].rstrip(",")
    return len(first) > 1 and first.isalpha() and first.isupper()


def _join_place_line(text: list[tuple[int, Block, str]]) -> list[tuple[int, Block, str]]:
    """The text with a dateline set on its own line joined to the paragraph it opens
    ("LONDON —" + "The ferry company ..." reads "LONDON — The ferry company ...")."""
    if len(text) < 2 or not _is_place_line(text[0][1].text):
        return text
    place, first = text[0][1], text[1][1]
    joined = replace(first, text=f"{place.text} {first.text}", link_chars=place.link_chars + first.link_chars,
                     links=place.links + first.links)
    return [(text[1][0], joined, text[1][2])] + text[2:]


def _is_dateline(text: str) -> bool:
    """A short line that prints a date and does not end like a sentence (a clock's "a.m."
    and a closing parenthesis aside), or only says in sentences when the article was published
    and updated: a byline-and-date or published/updated line; not a
    place's dateline ("LONDON, May 5 —"), which opens the text."""
    if _is_place_line(text) or prose_size(text) > DATELINE_MAX or _RESULT_LINE.search(text):
        return False
    end = _AFTERWORD.sub("", text) or text  # "... | By Ann Lee (with Bo Chan)" ends with the name
    end = _READING_TIME_END.sub("", end) or end  # "... 16:20 Uhr Lesedauer: 3 Min.": the abbreviation's full stop
    if end[-1] in SENTENCE_ENDS and not _CLOCK_END.search(end):
        return is_date_statement(text)  # "Publié le 11/03/2026 à 18h20. Mis à jour le 12/03/2026 à 6h10."
    return parse_printed_date(text) is not None or _YEARLESS_DATE_LINE.fullmatch(text.strip()) is not None


#: a Japanese date line printing the day and the hour without the year ("6月18日 12時41分", "6月18日（火）午後3時",
#: "6月18日 12:41"), as broadcasters' news pages print it: a date line all the same, though no date is read from it
_YEARLESS_DATE_LINE = re.compile(r"\d{1,2}月\d{1,2}日\s*(?:[(（][月火水木金土日][)）])?\s*(?:午前|午後)?\s*"
                                 r"\d{1,2}(?:時(?:\d{1,2}分)?|[:：]\d{2})")


def _is_sentence(block: Block) -> bool:
    """Prose, an agency line, a sports report's result line (``_RESULT_LINE``: "◇オープン戦　東北3―2横浜（11日・仙台）",
    short as it is), or a list/table row (lists and tables may close an article)."""
    text = block.text
    if _WORDS.search(text) is None:
        return False
    if prose_size(text) >= SENTENCE_MIN:
        return True
    if block.link_chars > MAX_LINK_DENSITY * len(text) and not _is_row(block):
        return False
    return text[-1] in SENTENCE_ENDS or _is_row(block) or AGENCY_LINE.search(text) is not None \
        or text[-1] in "）)" and not block.links and _RESULT_LINE.search(text) is not None or _agency_signoff(text)


#: a sign-off of names between slashes: "ABC/Reuters", "AusBC/AAP", "dpa/AFP/jk"
_SLASHED_NAMES = re.compile(r"^[^\s/]{2,20}(?:\s?/\s?[^\s/]{2,20}){1,3}$")


def _agency_signoff(text: str) -> bool:
    """Whether ``text`` is a broadcaster's sign-off naming itself and the agencies its story drew on ("ABC/Reuters",
    "AusBC/AAP"), one of them a known agency: a credits line, which closes the text as "AFP contributed reporting." does
    (the line names the agency a contributor, ``attributions``)."""
    if (bracketed := _BRACKETED_NAMES.match(text)) is not None:  # "（路透社）", "(sda)" alone: the copy's agency
        return all(is_agency(part.strip()) for part in _NAME_SEPARATORS.split(bracketed.group(1)) if part.strip())
    return "/" in text and _SLASHED_NAMES.match(text) is not None \
        and any(is_agency(part.strip()) for part in text.split("/"))


#: a line of names in brackets, half or full width, and the marks that part them ("（路透社、法新社）", "(dpa/AFP)")
_BRACKETED_NAMES = re.compile(r"^[（(]\s*([^()（）]{2,40}?)\s*[)）]$")
_NAME_SEPARATORS = re.compile(r"[/／、,，]")


def _is_row(block: Block) -> bool:
    """A list item or table cell; not the loose text of a layout cell that also holds
    paragraphs (a table-laid page's headline and byline before its ``<p>`` text)."""
    return block.element.tag in LIST_ROWS and (block.element.tag != "td" or block.element.find(".//p") is None)


#: the headings that may label a box (``<h1>`` is the article's)
_BOX_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _add_related_boxes(walk: Walk, container: HtmlElement, links: "_Links", sites: tuple[str, ...] = ()) -> None:
    """Links of teaser boxes inside the container, or named "related" next to it, or named
    "related" and labelled as teasers ("More related stories") in the article's column
    (``RELATED_LEVELS``: an ``<aside>`` beside the article's text)."""
    scope = container.getparent() if container.getparent() is not None else container
    region = _related_region(container)
    for box, anchors, named in walk.related:
        ancestors = list(box.iterancestors())
        if _for_reader(box, {}):
            continue
        beside = any(el in ancestors for el in region)
        inside = container in ancestors
        if beside and box.tag == "aside" and not named and not inside:
            # a side column's boxes, each by its own label ("Les plus lus" over one, "Sur le même sujet" over another)
            for side_box in _side_related(box, sites):
                links.add(anchors_of(side_box), "related")
        elif _latest_heading(box) or inside and not named and _prompt_box(box) or _facts_heading(box) \
                or _facts_rows(box) or box.tag == "aside" and _feed_aside(box):
            continue
        elif inside or named and scope in ancestors or named and beside and _labelled(box, sites):
            galleries = _gallery_lines(box)
            links.add([anchor for anchor in anchors if anchor[0] not in galleries], "related")


def _gallery_lines(box: HtmlElement) -> set[str]:
    """The addresses of the box's links whose line closes on a count of pictures, after the link ("<p><a href='…'>【写真】
    NAME</a>（全3枚）</p>" under the lead picture): a gallery, no story (as ``_GALLERY_LINK`` reads one in the link's
    words)."""
    return {link.get("href") for link in box.iter("a")
            if (line := link.getparent()) is not None and line is not box
            and _GALLERY_LINK.search(" ".join(line.text_content().split())) is not None}


#: the label of a rail of videos or audio the site offers beside or under the article ("Watch", "Up next", "More
#: videos", "おすすめ動画", "動画ニュース", "推荐视频", "Vidéos"): whatever its clips are about, no article's teasers (``_label_box``)
_MEDIA_RAIL_LABEL = re.compile(r"^\W{0,3}(?:watch(?: more| next| now)?|listen|up next|"
                               r"(?:more |latest |top |weitere |plus de )?(?:videos?|vidéos?)|"
                               r"(?:more |latest )?podcasts?|"
                               r"(?:おすすめ|注目の)?動画(?:ニュース)?|ニュース動画|"
                               r"(?:推荐|热门|精选)?视频|(?:推薦|熱門|精選)?(?:視頻|影音|影片))\W*$", re.IGNORECASE)


def _facts_heading(box: HtmlElement) -> bool:
    """Whether the box's first heading names a travel or food feature's facts box ("Reiseinfos Kalmtal", "Infos
    pratiques", "Getting there"): the links in it (a railway's tickets, a hotel's site) are its facts', no teasers."""
    heading = next(box.iter("h2", "h3", "h4", "h5", "h6"), None)
    return heading is not None and _FACTS_HEADING.match(" ".join(heading.text_content().split())) is not None


#: a facts box's heading, maybe with the place after it
_FACTS_HEADING = re.compile(r"^\W{0,3}(?:reiseinfos?|reise-?tipps|infos? pratiques|quick guide|fact ?box|getting there|"
                            r"need to know|the low-?down|info(?:box)?|anreise|メモ|インフォメーション|店舗(?:データ|情報))\b",
                            re.IGNORECASE)


def _facts_rows(box: HtmlElement) -> bool:
    """Whether the box's list is a facts box's, ``_SHOP_LINES_MIN`` rows or more, most of them a label and its value,
    not a link (``_FACT_ROW``: "<li><strong>Fahrplan:</strong> … unter <a>bahn.example/bauinfos</a></li>", "S'informer :
    … <a>notre direct</a>"), or holds a definition list of such pairs (``_label_value_pairs``: "<dt>Datum</dt><dd>…
    </dd>…", an event's "Zum vollständigen Programm" button under it; not a teaser card's "<dt>Date</dt>" in its row):
    the links in its rows are the facts' (a timetable, a live page, the organiser's programme), no teasers."""
    rows = [(" ".join(li.text_content().split()), li) for li in box.iter("li")]
    return len(rows) >= _SHOP_LINES_MIN and sum(_FACT_ROW.match(row) is not None and not _mostly_linked(row, li)
                                                 for row, li in rows) * 2 > len(rows) \
        or any(_label_value_pairs(dl) for dl in box.iterchildren("dl"))


def _mostly_linked(text: str, row: HtmlElement) -> bool:
    """Whether half of a row's words or more are its links' (a teaser's headline, "Elzbrücke voll gesperrt: Pendler
    müssen Umwege fahren", reads as a label and its value too)."""
    return sum(len(" ".join(a.text_content().split())) for a in row.iter("a")) * 2 >= len(text)


#: a facts box's row: a label of a few words (a line's two ends: "Vernay-sur-Loire – Port-Hérel"), a colon, the value
_FACT_ROW = re.compile(r"^[^:：.!?。]{1,40}?\s?[:：]\s*\S")


def _latest_heading(box: HtmlElement) -> bool:
    """Whether the box's first heading labels the latest stories or the page's others (``_LATEST_LABEL``)."""
    heading = next(box.iter("h2", "h3", "h4", "h5", "h6"), None)
    text = " ".join(heading.text_content().split()) if heading is not None else ""
    return len(text) <= LABEL_MAX and _LATEST_LABEL.match(text) is not None


#: a rail box's label heading a feed of a section's, a writer's or a provider's stories ("More from Politics", "Mehr
#: von NAME", "More Politics stories"), or one saying only that there is more ("Read more", "Recommended", "Watch"):
#: beside the article, no teasers of its own
_RAIL_FEED_LABEL = re.compile(r"^\W{0,3}(?:more from|mehr von|plus de|more (?:\w+ ){1,3}(?:stories|articles|news)\b|"
                              r"(?:more|see more|read more|recommended|watch|listen|up next|must read|don[’']t miss)\W*$)",
                              re.IGNORECASE)
#: a bare "Recommended" over cards next to the article (not in its text): the site's picks, no teasers of its own
#: (in Japanese "こちらの記事もおすすめ", "these articles are recommended too")
_BARE_RECOMMENDED = re.compile(r"^\W{0,3}(?:recommended|こちら(?:の記事)?も(?:おすすめ|オススメ))\W*$", re.IGNORECASE)
_LABEL_END = " :：|>»-–—\u00a0"


def _side_related(aside: HtmlElement, sites: tuple[str, ...]) -> Iterator[HtmlElement]:
    """The boxes of a side column beside the article (an unnamed ``<aside>`` in its column) that a teaser label
    heads ("Related Links", "Mehr zum Thema", "Sur le même sujet", next to "Trending" and "Most read" boxes): a
    box of the column that opens with the label, or else the widest box holding the label's heading and no other.
    A label of a feed ("More from Politics"), a bare "Read more" or one addressing the reader ("Recommended for
    you") heads none."""
    for heading in aside.iter(*_BOX_HEADINGS):
        text = " ".join(heading.text_content().split())
        label = TEASER_TEXT.match(text) if len(text) <= LABEL_MAX else None
        if label is None or text[label.end():].strip(_LABEL_END) or _RAIL_FEED_LABEL.match(text) \
                or _names_site(text, sites) or FOR_READER.search(text):
            continue  # (a card's title opening with a label, "Watch: …", is no label)
        part = next((el for el in heading.iterancestors() if el.getparent() is aside), None)
        if part is not None and next(part.iter(*_BOX_HEADINGS)) is heading:
            yield part  # the column's box opening with the label, maybe over cards with headings of their own
            continue
        box = heading
        while box is not aside and (parent := box.getparent()) is not None \
                and sum(1 for _ in parent.iter(*_BOX_HEADINGS)) == 1:
            box = parent
        if box is not heading:
            yield box


def _feed_aside(box: HtmlElement) -> bool:
    """Whether a side box's first heading names the site's services ("Services Le Quotidien", "Nos services", "Our
    services", "Unsere Angebote", "サービス一覧": its links are the site's offers, a language course, crosswords, promo
    codes) or its picks ("Don't miss", "Must read", ``_PICKS_LABEL``): no teasers, wherever the column is set
    (an ``<aside>`` after the last paragraph inside the text's box too). (Not every feed's label: a "Read more" aside in
    the text holds the article's teasers.)"""
    text = _first_heading(box)
    return text is not None and len(text) <= LABEL_MAX and (_SERVICES_LABEL.match(text) is not None
                                                            or _PICKS_LABEL.match(text) is not None)


#: the label of a box of the site's services
_SERVICES_LABEL = re.compile(r"^(?:services?|nos services|our services|unsere (?:services|angebote)|angebote|"
                             r"サービス(?:一覧)?|服务|服務)\b", re.IGNORECASE)


def _prompt_box(box: HtmlElement) -> bool:
    """Whether an unnamed box set in the text opens with a heading that addresses the reader as a prompt
    ("Do You Have a Tip?", "Sign up for our newsletter"): a call to write in or sign up, its links no teasers."""
    text = _first_heading(box)
    return text is not None and len(text) <= LABEL_MAX and PROMPT_TEXT.match(text) is not None


def _labelled(box: HtmlElement, sites: tuple[str, ...] = ()) -> bool:
    """Whether the box's first heading is a teaser label ("Related", "More on this story"), not one
    naming the site ("More From Slate"); or, in a table, its label row's, set as a picture of the words ("<tr><td
    class='kanren-title'><img alt='関連記事'></td></tr>": the picture's text)."""
    text = _first_heading(box) or (_row_label(row) if box.tag == "table" and (row := _label_row(box)) is not None
                                   else None)
    return text is not None and len(text) <= LABEL_MAX and TEASER_TEXT.match(text) is not None \
        and not _names_site(text, sites)


#: the class word of a box a page hides until a script shows it ("style-title hide")
_HIDE_CLASS = re.compile(r"(?:^|\s)(?:hide|hidden)(?:\s|$)")


def _hidden_title(heading: HtmlElement, box: HtmlElement) -> bool:
    """Whether ``heading`` sits, below ``box``, in an element classed "hide" or "hidden"."""
    for el in heading.iterancestors():
        if el is box:
            return False
        if "hid" in (cls := el.get("class") or "") and _HIDE_CLASS.search(cls):
            return True
    return False


def _first_heading(box: HtmlElement) -> str | None:
    """The text of the box's first heading; of a heading set as tabs ("<h4><a>RELATED ARTICLES</a><a>MORE
    FROM AUTHOR</a></h4>"), its first tab's. A heading in a box classed "hide" is none: no reader sees it (BLOX's
    "Related to this story" title over a box that shows "Most Popular" when the story has no related ones)."""
    for heading in box.iter(*_BOX_HEADINGS):
        if _hidden_title(heading, box):
            continue
        tabs = [child for child in heading if isinstance(child.tag, str)]
        if len(tabs) >= 2 and not (heading.text or "").strip():
            return " ".join(tabs[0].text_content().split())
        return " ".join(heading.text_content().split())
    return None


def _several_targets(box: HtmlElement) -> bool:
    """Whether the box links two addresses or more (a rail, not one teaser's links)."""
    return len({href for a in box.iter("a") if (href := a.get("href"))}) >= 2


#: how many boxes around a related-named one ``_media_rail`` reads for its label
_MEDIA_RAIL_LEVELS = 3


def _media_rail(block: Block) -> bool:
    """Whether the block's related-named box, or one of the few boxes around it, is first headed by a label of the
    site's videos or audio (``_MEDIA_RAIL_LABEL``: "<section><h2>Podcast</h2><div class='teaser'>…"), or by a bare
    "Recommended" ("<section class='_recommended'><h2>Recommended</h2>", the site's picks, as ``_label_box`` reads
    the label over a box named for nothing; the Japanese "こちらの記事もおすすめ" over a related-named box heads
    teasers)."""
    for box in block.path[max(block.related - _MEDIA_RAIL_LEVELS, 0):block.related + 1][::-1]:
        if (text := _first_heading(box)) is not None:
            return _MEDIA_RAIL_LABEL.match(text) is not None or _RECOMMENDED_ALONE.match(text) is not None
    return False


#: "Recommended" alone (``_BARE_RECOMMENDED`` without its Japanese label)
_RECOMMENDED_ALONE = re.compile(r"^\W{0,3}recommended\W*$", re.IGNORECASE)


def _section_box(block: Block, sections: tuple[str, ...], seen: dict[HtmlElement, bool]) -> bool:
    """Whether a related-named box of a block beside the text, or a box a few levels around it, is headed by a label
    naming a section the page files the story under ("More from News" on /news/home/…, ``sections``, the keys of
    ``_more_of_trail``; not the site's own name, "More from the Ledger", read as teasers where it heads related-named
    cards): that section's latest, no teasers."""
    if not sections:
        return False
    for box in _around_related(block):
        if box not in seen:
            label = _first_heading(box)
            seen[box] = label is not None and len(label) <= LABEL_MAX and _names_site(label, sections)
        if seen[box]:
            return True
    return False


#: the levels above a teaser's related-named box looked at for a section's label (``_section_box``)
_SECTION_BOX_LEVELS = 2


def _reader_feed(box: HtmlElement, container: HtmlElement, feeds: dict[HtmlElement, bool],
                 seen: dict[HtmlElement, bool]) -> bool:
    """Whether ``box`` is a feed picked for the reader inside the container (``_for_reader``: "猜你喜欢" over cards), its
    words mostly its links' (no box of the text, whose first heading may be the feed's), and no paragraph of prose
    (``SENTENCE_MIN`` characters) after it in the container: set after the text, not between its paragraphs (a "More
    for you" box inside a story is its teasers)."""
    if box not in seen:
        words = len("".join(box.text_content().split()))
        linked = sum(len("".join(a.text_content().split())) for a in box.iter("a"))
        found = _for_reader(box, feeds) and words > 0 and linked * 2 >= words
        node = box
        while found and node is not None and node is not container:
            found = not any(len(p.text_content()) >= SENTENCE_MIN for sibling in node.itersiblings()
                            if isinstance(sibling.tag, str) for p in sibling.iter("p"))
            node = node.getparent()
        seen[box] = found
    return seen[box]


def _around_related(block: Block) -> list[HtmlElement]:
    """The box named "related" a block lies in (``Block.related``) and the boxes up to ``_SECTION_BOX_LEVELS`` around
    it: a card named "teaser" sits in its box's list, under the box's heading."""
    return block.path[max(block.related - _SECTION_BOX_LEVELS, 0):block.related + 1]


def _for_reader(box: HtmlElement, seen: dict[HtmlElement, bool]) -> bool:
    """Whether the box's first heading addresses the reader ("More for You", "Recommended for you", "Für Sie
    empfohlen"): a feed picked for the reader, no teasers of the article, whatever the box's name; or the bare line
    titling the box around it ("<section><div class='sec-title'>猜你喜歡</div><div class='teaser-grid'>…"), or the box
    itself ("<div class='related guess'><div class='tit'>猜你喜歡</div><ul>…")."""
    if box not in seen:
        outer = box.getparent()
        title = _bare_title(outer) if outer is not None else None
        if title is None or title is box:
            title = _bare_title(box)  # (never the box itself: its own first child)
        text = " ".join(title.text_content().split()) if title is not None else _first_heading(box)
        seen[box] = text is not None and len(text) <= LABEL_MAX and FOR_READER.search(text) is not None
    return seen[box]


def _bare_title(box: HtmlElement) -> HtmlElement | None:
    """The bare line of words a box opens with, in an element of its own, over more (its cards, with headings of their
    own): "<section><div class='sec-title'>更多港聞</div><ul><li>…<h5>TITLE</h5>". Not a paragraph: "<p>関連リンク</p>"
    over a list in the text's box may head a story's teaser too."""
    first = box[0] if len(box) > 1 else None
    return first if first is not None and first.tag in ("div", "span") and not len(first) \
        and (first.text or "").strip() else None


def _labelled_near(block: Block, region: list[HtmlElement], seen: dict[HtmlElement, bool],
                   sites: tuple[str, ...] = ()) -> bool:
    """Whether the block lies in a box named "related" that the walk entered, outside the container's
    parent but in the article's column (``RELATED_LEVELS``), and that opens with a teaser label: a
    theme's "Related Articles" grid after the article's wrapper, as ``_add_related_boxes`` takes such
    a box when the walk skipped it."""
    inside = False
    for el in block.path[:block.related + 1]:
        if not inside:
            inside = el in region
            continue
        if el not in seen:
            seen[el] = bool(name_kinds(el) & RELATED) and _labelled(el, sites)
        if seen[el]:
            return True
    return False


def _front_page(parts: SplitResult) -> bool:
    """Whether the address is a site's front page (no path, no query): a link to another site in a box of links
    ("Related internet links: Harbour Commissioners"), or the site's own home, never a story."""
    return parts.path in ("", "/") and not parts.query


#: a call to listen to or watch a show, a link's whole words ("Jetzt reinhören", "Listen now", "Écouter l'épisode"): a
#: podcast's or a channel's promo button, no story's headline
_LISTEN_CALL = re.compile(r"\W*(?:(?:jetzt|hier)\s+(?:reinhören|anhören|reinschauen|ansehen)|(?:listen|watch)\s+(?:now|here)|"
                          r"écouter\s+(?:maintenant|l['’]épisode|le\s+podcast)|今すぐ聴く)\W*", re.IGNORECASE)


def _no_story(path: str, text: str) -> bool:
    """Whether a teaser box's link goes to no story: a topic, tag or writer's page ("Related Topics: Chennai
    Metro Rail"), a file to download ("Lageplan.pdf", "脚本合集.zip"), or a web address printed as the link's text
    (a release's "Related Links: http://www.company.example"), or a source document's name ("ニュースリリース",
    "製品情報", "Press release": a tech site's "関連リンク" to the maker's pages), no headline, nor a call to
    subscribe or log in (a paywall box's "Weiterlesen mit W+" over "<a href='/abo/plus'>Jetzt 4 Wochen gratis
    testen</a>", ``_OFFER_PAGE``) or to install its app or follow it (``_APP_CALL``), nor a gallery of pictures
    (``_GALLERY_LINK``, ``_GALLERY_PAGE``), nor a person's profile ("/profile/NAME", ``_PROFILE_PAGE``), a site's own
    page ("/pages/how-we-review-restaurants", ``_SITE_PAGE``) or a section's ("/transfer-centre", ``_HUB_PAGE``)."""
    return _TOPIC_PAGE.match(path) is not None and not _story_slug(path) \
        or AUTHOR_PAGE.search(path) is not None and not _headline_slug(path) \
        or _PROFILE_PAGE.match(path) is not None \
        or _SITE_PAGE.match(path) is not None or _HUB_PAGE.match(path) is not None and not _cjk_headline(text) \
        or _OFFER_PAGE.search(path) is not None or _OFFER_CALL.search(text) is not None \
        or _GALLERY_PAGE.search(path) is not None \
        or _APP_CALL.search(text) is not None or _GALLERY_LINK.search(text) is not None \
        or _LISTEN_CALL.fullmatch(text.strip()) is not None \
        or _FILE_NAME.search(path) is not None or _FILE_NAME.search(text.strip()) is not None \
        or _BARE_ADDRESS.fullmatch(text.strip()) is not None \
        or len(text) <= _SOURCE_DOCUMENT_MAX and _SOURCE_DOCUMENT.fullmatch(text.strip()) is not None \
        or text[:3].casefold() in _SECTION_INVITE_STARTS and _SECTION_INVITE.match(text.strip()) is not None \
        or _SERIES_INDEX.search(text) is not None \
        or text[:4].casefold() in _SECTION_LINK_STARTS and _SECTION_LINK.fullmatch(text.strip()) is not None \
        and _SECTION_PATH.fullmatch(path) is not None \
        or "更多" in text[:4] and _MORE_SECTION_CJK.fullmatch(text.strip()) is not None \
        or ":" in text[:16] and _TOPIC_LINK.fullmatch(text.strip()) is not None


#: a box's heading linking to the section it draws on, a label, no headline: "More from Books", "More in Opinion", "Mehr
#: aus Kultur", "Plus de Sport" (a few words), on a section's address of a word or two and no figure ("/books",
#: "/culture/books/"); a story of that section has a slug or a figure in its address
_SECTION_LINK = re.compile(r"(?:more\s+(?:from|in|on)|mehr\s+(?:aus|zu|zum|zur|von)|plus\s+(?:de|d'|d’))"
                           r"\s*\S+(?:\s+\S+){0,3}", re.IGNORECASE)
_SECTION_LINK_STARTS = frozenset({"more", "mehr", "plus"})
#: a link to a topic's page, its label and the topic's name in a few words: "Dossier: Wiener Kaffeehäuser",
#: "Schwerpunkt: Klimakrise", "Special: Election 2026" (a story's headline after such a label says more)
_TOPIC_LINK = re.compile(r"(?:dossier|schwerpunkt|themenseite|themendossier|special|topic)\s*:\s*\S+(?:\s+\S+){0,3}",
                         re.IGNORECASE)
#: ... and a Chinese box's link to its section's list closing it: "更多生活新聞", "查看更多财经新闻", "更多" (the section's name of
#: four characters at most and the word for news: "更多人返鄉種咖啡", a headline opening with "more", stays one)
_MORE_SECTION_CJK = re.compile(r"(?:查看|看)?更多(?:[\u4e00-\u9fff]{0,4}(?:新聞|新闻|報導|报道|文章|消息|資訊|资讯))?\s*[>›»→]*")
_SECTION_PATH = re.compile(r"(?:/[^\W\d_]+(?:-[^\W\d_]+)?){1,2}/?")


#: a link to a series' or a topic's index, no story: its back numbers or list ("→連載「X」バックナンバー", "記事一覧"), or
#: the count of its stories ("全固体電池 43本の記事", "(12 articles)")
_SERIES_INDEX = re.compile(r"(?:バックナンバー|記事一覧|連載一覧|[0-9０-９]+\s*本の記事|\(\d+\s+(?:articles|stories|Artikel)\)|"
                           # (a section's, its name then a colon: "Kultur in Norddeutschland: Alle Beiträge")
                           r":\s*(?i:alle (?:beiträge|artikel|meldungen)|all (?:stories|articles)|"
                           r"tous les articles))\s*$")


def _headline_slug(path: str) -> bool:
    """Whether an address closes on a headline's slug, ``_HEADLINE_SLUG_WORDS`` words or more: a story filed under a
    writers' folder ("/opinion/columnists/deposit-programs-work-lets-expand-them"), no writer's page ("/columnists/
    jane-roe")."""
    return len(path.rstrip("/").rsplit("/", 1)[-1].split("-")) >= _HEADLINE_SLUG_WORDS


_HEADLINE_SLUG_WORDS = 5
_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
#: a person's profile page, no story: "/profile/harriet-pennington" (a writer's, linked from the byline)
_PROFILE_PAGE = re.compile(r"^/profiles?/[^/]+/?$")
#: a link to a gallery of pictures, no story: the count of its pictures closing it ("图集：NAME实拍（共36张）", "…をすべて
#: 見る（46枚）", "(24 Bilder)"; a photo story's teaser, "【写真】…" or "组图：…", is a story)
_GALLERY_LINK = re.compile(PICTURE_COUNT + r"\s*$")
#: ... or its address saying so: "/picture-gallery/money/2026/03/07/photos-…/89101299007/", "/photo-galleries/…"
_GALLERY_PAGE = re.compile(r"/(?:picture|photo|image)s?-?galler(?:y|ies)/", re.IGNORECASE)
#: a section's or hub's page, no story: one folder of two words ("/transfer-centre", "/live-scores/"), no number (a
#: one-word path may be a story's, its id in the query: "/s?id=…", or a diocese's page among its teasers)
_HUB_PAGE = re.compile(r"^/[a-z]+-[a-z]+/?$")


def _cjk_headline(text: str) -> bool:
    """Whether a link's text is a Chinese or Japanese headline (``_CJK_HEADLINE_MIN`` wide characters or more): a
    story's, whatever its address (a Japanese blog's post of two romanised words, "/demachiyanagi-cafe/", under
    "出町柳の学生街カフェ。本を片手に長居したいお店5選"), where a hub's link names the hub in a few."""
    return len(_WIDE.findall(text)) >= _CJK_HEADLINE_MIN


_CJK_HEADLINE_MIN = 12


#: a site's own static page, no story: "/pages/how-forkful-reviews-restaurants", "/about/ethics", "/impressum/…" (not
#: "/info/…", where a broadcaster files its stories: "/info/Das-RB-Gen-in-der-Bundesliga,audio575298.html")
_SITE_PAGE = re.compile(r"^/(?:pages?|about|impressum|hilfe|help|faq)/[^/]*/?$|"
                        # its legal pages, linked from a newsletter box's small print ("…akzeptieren Sie unsere
                        # <a href='/datenschutz/'>Datenschutzbestimmungen</a>")
                        r"^/(?:datenschutz(?:erklaerung)?|privacy(?:-policy)?|terms(?:-of-(?:use|service))?|agb|"
                        r"nutzungsbedingungen|cookies?(?:-policy)?|mentions-legales|cgu|confidentialite|"
                        r"politique-de-confidentialite)(?:\.html?)?/?$", re.IGNORECASE)
#: a source document named as a link's whole text: the maker's release or product page, an official site
_SOURCE_DOCUMENT = re.compile(r"(?i:(?:the )?(?:press|news|media) release|official (?:web)?site|product (?:page|information))|"
                              r"(?:ニュース|プレス)リリース|報道発表(?:資料)?|製品(?:情報|ページ)|公式(?:サイト|ホームページ)")
_SOURCE_DOCUMENT_MAX = 30
#: a link inviting to a section's latest stories, no headline: "Read more: All the latest news from Medway", "For
#: all our coverage of the election" (a regional paper's line after the text)
_SECTION_INVITE = re.compile(r"(?i:(?:for|get|read|see)\s+)?(?i:all\s+(?:the|our)\s+latest\b|all\s+our\b.{0,40}"
                             r"\bcoverage\b)")
_SECTION_INVITE_STARTS = frozenset({"all", "for", "get", "rea", "see"})


def _shares_page(parts: SplitResult, own: str) -> bool:
    """Whether a link on another host carries the page's own address in its path or query: a button sharing or
    bookmarking the article ("https://b.hatena.example/entry/s/www.site.example/articles/ID.html"), no other story."""
    page = urlsplit(own)
    if parts.netloc == page.netloc:
        return False
    # (or a sharing dialog given a short address of it: "https://www.facebook.example/dialog/share?href=…%2Fp%2Fz8kq4")
    return _SHARE_PATH.search(parts.path) is not None or bool(page.path.strip("/")) \
        and (page.netloc + page.path).rstrip("/") in unquote(parts.path + "?" + parts.query)


#: the path of a social site's sharing dialog: "/dialog/share", "/sharer/sharer.php", "/intent/tweet", "/share"
_SHARE_PATH = re.compile(r"^/(?:dialog/share|sharer(?:/sharer)?(?:\.php)?|intent/(?:tweet|post)|share(?:Article)?)/?$",
                         re.IGNORECASE)


class _Links:
    """Absolute, de-duplicated links in first-seen order. A link of the text offered again in a teaser box after it
    ("Mehr zum Thema") is a related article: the box says so, and gives its headline."""

    def __init__(self, base: str, own: str | None) -> None:
        self.base = base
        self.own = (own or "").split("#")[0]  # the page's address: a link to its own pages is no other article
        self.items: list[dict] = []
        self.seen: set[str] = set()
        self.inline: dict[str, dict] = {}  # the text's links, by URL

    def add(self, anchors: list[tuple[str, str]], kind: str) -> None:
        for href, text in anchors:
            href = href.strip()
            if not href or href.lower().startswith(_DROP_SCHEMES):
                continue
            if kind == "related" and text.strip() \
                    and (prose_size(text) < TEASER_MIN or not any(c.isalpha() for c in text)):
                # a topic tag in a teaser box ("Read related topics: Transport"), no headline; nor a placeholder's
                # blocks drawn until a script fills the teaser in ("▄ ▄ ▄ …")
                continue
            try:
                url = urljoin(self.base, href)
            except ValueError:
                continue
            if kind == "related" and (_no_story((parts := urlsplit(url)).path, text) or _front_page(parts)
                                      or own_page(url.split("#")[0], self.own) or _shares_page(parts, self.own)):
                continue
            if url and url not in self.seen and url.startswith(("http://", "https://", "/")):
                self.seen.add(url)
                self.items.append({"url": url, "text": text, "kind": kind})
                if kind == "inline":
                    self.inline[url] = self.items[-1]
            elif kind == "related" and (item := self.inline.pop(url, None)) is not None:
                item.update(kind="related", text=text or item["text"])
            elif url in self.seen and text and not self.items[-1]["text"] and self.items[-1]["url"] == url:
                self.items[-1]["text"] = text  # a card's picture link, then its headline's
