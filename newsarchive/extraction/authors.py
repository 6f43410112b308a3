"""Authors: the persons named as the article's authors, and agencies credited in the byline.

Two sources: the authors the page declares (JSON-LD ``author`` persons, else
``<meta name=author>`` and the like), and the byline it prints, found where
publishing systems put it (``rel=author`` links, ``itemprop=author``, ``<address>``,
elements whose class or id says byline/author, short texts led in by "By"/"Von"/
"Por"/"Par"/"Автор" close to the headline, outside figures and "related" blocks).
Declared persons come first: on real pages they are more precise than printed
bylines (which mix in roles, datelines and photo credits); the printed byline
gives the text as printed, author links and agencies, and the names when none are
declared.

Every candidate text goes through ``split_byline``, which removes the lead-in,
e-mails, handles, dates and "Updated" tails, splits on commas, tag boundaries and
conjunctions of several languages, drops job titles, desks and the outlet's own
name, and sets agency names (AFP, Reuters, dpa, ...) aside: they are credited as
contributors, never as authors.  No library does this well across languages
(trafilatura's author heuristics keep agencies and desks), so this is our own.

Names keep the page's own spelling, capitals included ("JOSH HASKELL"): a name
printed in capitals is not title-cased, since "McDonald", "DiBiase" or "da Silva"
cannot be recovered from capitals, and archives keep what the page printed.
An agency glued to the name ("MARIA ESTRADA Associated Press") is split off;
desk and staff accounts ("Web Desk", "Newsdesk") and lines crediting another role
("Redaktion: ...") name no author.  Class names of ``<body>``/``<html>``, layout
flags ("has-sidebar") and the classes of blocks that hold the headline itself do
not make a byline part of a "related"/"teaser" block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, reduce
from itertools import islice, takewhile
from typing import Iterable, Iterator
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .agencies import BY_CASEFOLD, PATTERN
from .credits_box import page_credits
from .dates import parse_printed_date
from .headline import SECOND_LEVEL, blog_home, find_headline, host_names, title_ends
from .hints import AUTHOR_PAGE, CN_REPUBLISHED, PRINT_NOTE, REPUBLISHED_FROM, CaselessPattern
from .language import find_language
from .outlets import CJK_OUTLET, OUTLET_WORD, cjk_outlet_stem
from .page import Page, iter_around
from .prefilter import holds_any
from .structured import Structured, element_text, structured_data, type_names

#: words that make a byline part a job title, desk or outlet rather than a person
ROLE_WORDS = frozenset("""
staff writer writers correspondent correspondents reporter reporters editor editors editorial
redakteur redakteurin redaktor redaktorin redaktion autor autorin autoren author authors journalist journalistin
contributor contributors columnist senior chief deputy political desk team newsroom news online
agency agencies press photographer photographers photography photographs picture pictures photo photos foto fotos bild
bilder video producer analyst illustration illustrations illustrator illustrators illustrateur illustratrice
guest gastautor gastbeitrag kolumnist kolumnistin special leitender leitende stellvertretender
freier freie updated update published aktualisiert veröffentlicht actualizado publicado mis jour
read min minutes minuten lesezeit share teilen compartir partager follow folgen mail email
twitter facebook instagram linkedin newsletter more mehr alle articles artikel view profile
redacción redaccion rédaction redazione redactie agencia agence agentur ressort admin administrator
correspondant correspondante envoyé envoyée corresponsal enviado enviada today heute sponsored
bureau office sendung moderation 기자 記者 记者 特派員
me myself anonymous anonym anonyme 匿名 匿名用户 匿名用戶 匿名ユーザー 关注 關注 フォロー 팔로우 구독
tweet whatsapp telegram reddit pinterest mastodon bluesky 发布 發布 更新 发表 發表
manager director officer specialist strategist consultant engineer developer designer founder co-founder cofounder
ceo cto cmo coo vp university universität université universidad università universiteit college institute institut
journalism initiative democracy
release releases
""".split())
#: endings of compound job titles ("Wirtschaftsredakteur", "NZZ-Redaktion", "FOCUS-Online-Experte") and
#: of bureaus ("ARD-Studio", "Hauptstadtstudio")
ROLE_SUFFIXES = ("redakteur", "redakteurin", "redaktor", "redaktorin", "redaktion", "korrespondent", "korrespondentin",
                 "reporter",
                 "reporterin", "experte", "expertin", "agentur", "autor", "autorin", "-team", "ressort", "desk", "staff",
                 # Chinese and Japanese editors' titles ("责任编辑", "編輯", "校对"), written without spaces
                 "编辑", "編輯", "編集", "责编", "責編", "校对", "校對", "审核", "審核", "审校", "主编", "主編",
                 # an editorial department named as the writer ("「週刊文春」編集部", "ITmedia NEWS編集部"), an
                 # association's office ("事務局")
                 "編集部", "编辑部", "編輯部", "事務局",
                 "studio",  # a broadcaster's bureau after the name: "Kai Küstner, ARD-Studio Brüssel"
                 # a reporter's title glued to the outlet's name ("澎湃新闻记者", "本报记者")
                 "记者", "記者", "通讯员", "通訊員", "实习生", "實習生",
                 # (a Taiwanese paper's print edition and its day beside the byline: "紙本 2026.05.24")
                 "紙本", "纸本")
#: a Chinese magazine's "text by" label set off from the name by a middle dot, as "（文・NAME）" closes the text (not
#: "文・写真", "文・撮影", "文・構成", labels of their own)
_TEXT_DOT = r"文[・･](?!写真|撮影|構成|图|圖)(?=[\u4e00-\u9fff])"
#: a magazine's credit of one person for the text and the pictures, either named first: "Words and photographs by
#: NAME", "Photographs and text by NAME" (read by ``_LEAD_IN``, ``_LEAD_IN_WORD`` and ``_WORDS_AND_PHOTOS``)
_WORDS_AND_PHOTOS_BY = (r"(?:(?:words|text|story)\s+and\s+(?:photo(?:graph)?s|pictures|images)|"
                        r"(?:photo(?:graph)?s|pictures|images)\s+and\s+(?:words|text|story))\s+by")
_LEAD_IN = re.compile(
    r"^\s*(?:(?:propos\s+recueillis|interview\s+réalisée|entretien\s+réalisé|das\s+gespräch\s+führten?|"
    r"interview\s+by|as\s+told\s+to|hosted\s+by|posté\s+par|publié\s+par|publicado\s+por|pubblicato\s+da|eingestellt\s+von|"
    r"geschrieben\s+von|"
    # a magazine's credit of one person for text and pictures: "Words and photographs by NAME", "Photographs and
    # text by NAME"
    + _WORDS_AND_PHOTOS_BY + r"|"
    # a German regional paper's "Von unserem Redakteur NAME", "Von unserer Korrespondentin NAME"
    r"(?:von\s+)?unser(?:em|er|en)\s+[^\W\d_]*(?:redakteur|korrespondent|mitarbeiter|reporter)(?:in|en|e|n)?)\b[:\s]*"
    r"(?:par\b\s*)?|(?:written|reported|posted|curated|story|article|artikel|beitrag|gastbeitrag|words|text|texte|texto|interview|commentary|analysis|"
    r"kommentar|analyse|(?:gast)?kolumne|glosse|gespräch|test|bericht|rezension|kritik|von|vom|by|por|par|door|di|av|af|от|від|автор|авторы|fotos?|autor(?:in)?|"
    r"author|auteur|autore|escrito|escribe|redacción|redaktion|ein|eine|a|an|de|da)\b[:\s]*|writer\s*:\s*|"
    # a government newsroom's issuer: "From: DEPARTMENT" (the label names no one)
    r"from\s*:\s*|作者\s*[:：]?\s*|"
    r"(?:une?\s+)?(?:rédaction|chronique|reportage|enquête|témoignage)\s+d(?:e\b|['’])\s*|"
    r"（?(?:(?:取材[・･])?文(?:[・･](?:写真|撮影))?|撰文|作者|记者|記者|構成|聞き手)\s*[｜|/／＝=:：]\s*|聞き手[・･](?:構成\s*[｜|/／＝=:：]?)?\s*|"
    + _TEXT_DOT + r"|"
    # a Japanese paper's photo story: "写真・文　NAME" (an ideographic space, no mark, between label and name)
    r"(?:写真|撮影)[・･]文(?:\s*[｜|/／＝=:：]\s*|[\s\u3000]+))+",
    re.I,
)
_CREDIT = re.compile(r"^\s*(?:©|\(c\)|copyright|bild|foto|photo|fotos|photos|image|quelle|source)\b", re.I)
#: e-mails, addresses, handles, brackets, ©; a bracket holding words may close on another line ("Name (<br>
#: id:name<br>)"), one holding a bare number there is a counter's ("人氣(<br>23925<br>)"), and marks no name
_JUNK = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|@\w+|\(.*?\)|\((?=[^()]*[^\W\d_])[^()]*\)|\[.*?\]|©")
#: an English month's name or its abbreviation ("Mar", "Sept.")
_EN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_TAIL = re.compile(
    r"\s*(?:\b(?:(?:last\s+|zuletzt\s+)?updated|published|posted|aktualisiert|veröffentlicht|stand|actualizado|"
    r"publicado|mis à jour|publié|on|am|le|el|il|em|at|à|um|alle|às)\b\s*[:\d]|\d{1,2}[./:]\d{1,2}|\d{4}|"
    # a Chinese header line's next labelled figure after the name: "記者：NAME　點擊數：3362", "电话：0571…" (the figure
    # maybe in an element of its own, on the next line: "瀏覽次數：<span>2384</span>")
    r"(?<=[\u4e00-\u9fff\s])[\u4e00-\u9fff]{2,4}\s*[:：]\s*(?:\d|$)|"
    # "Posted by NAME on <time>…</time>": the date in an element of its own leaves the "on" closing the line
    r"(?-i:(?<=[^\W\d_]\s)(?:on|at)$)|"
    # an English date printed after the name: "NAME 11 Mar 2026 | SITE", "NAME March 11, 2026" (after a word, not
    # a weekday's: "Wednesday, 08 Apr 2020" is a date line)
    rf"(?<=[^\W\d_]\s)(?<!day\s)(?:\d{{1,2}}\s+{_EN_MONTH}\s+\d{{4}}|{_EN_MONTH}\s+\d{{1,2}},\s+\d{{4}})).*$",
    re.I,
)
_SPLIT = re.compile(
    r"\s*(?:\n|[,;/&+|•·、]|\s(?:and|und|y|e|et|i|и|en|och|og|ve|és|a|with|mit|con|avec|sowie|ja|"
    r"AND|UND|ET|WITH|MIT|CON|AVEC|SOWIE|And|Und|Et)\s)\s*"
)
_PARTICLES = frozenset("van von der den de da del della di du dos das ten ter la le al el bin ibn y zu".split())
#: the jobs of those who write a story, as a byline prints them after a name ("Staff Reporter", "Columnist")
_JOB_WORDS = r"(?:reporter|writer|editor|correspondent|columnist|producer|contributor)"
#: the outlet a writer's job title names after a dash and a comma, up to the next writer or the line's end:
#: "NAME – Staff Reporter, Twin Lakes Business Journal and NAME – Reporter, …" (the outlet is no writer)
_OUTLET_AFTER_DASHED_TITLE = re.compile(
    rf"(\s[–—-]\s*(?:[^\W\d_]+\s+){{0,3}}?{_JOB_WORDS}s?)"
    r"\s*,\s*(?:(?!\s[–—-]\s)[^,\n])+?(?=\s+(?:and|&)\s+|\s*$)", re.I | re.M)
BYLINE_HINT = re.compile(r"byline|author|autor|auteur|autore|writer|verfasser|firma|signature|creator|reporter|curator|"
                         # (a contributor's name in a byline's card: "<span class='TextContributorName'>NAME</span>")
                         r"kurator|reader-credits|columnist|kolumnist|chroniqueur|contributor[-_]?name(?!s)", re.I)
_SKIP_HINT = CaselessPattern(
    r"related|teaser|recommend|sidebar|comment|footer|most|popular|share|social|bio\b|image|photo|caption|credit")
#: ... and for a name a writer's label cell names: a box of the text's and pictures' credits ("<ul
#: class='p-article__credit'><li><span>文：</span><a>NAME</a></li><li><span>写真：</span>NAME</li></ul>") is the byline,
#: the label saying so
_LABELLED_SKIP_HINT = CaselessPattern(
    r"related|teaser|recommend|sidebar|comment|footer|most|popular|share|social|bio\b")
#: parts of ``class`` / ``id`` values that mark an element as (part of) a byline (see ``_hinted``)
#: (and a reader view's credits line: Firefox's "reader-credits", the byline Readability found)
#: (and a column's box of its columnist: "p-columnist__name")
_CLASS_MARK = re.compile("yline|uthor|utor|uteur|ignature|firma|erfasser|urator|reader-credits|olumnist|hroniqueur|"
                         "ontributor[-_]?[Nn]ame(?!s)")
#: the class of the writer's job line beside the name ("byline-title": "Gazette Food Editor", "c-byline__role",
#: "author-title"), no name
_JOB_CLASS = re.compile(r"(?:byline|author)[-_]*(?:title|role)(?![\w-])", re.IGNORECASE)
_ID_MARK = re.compile("uthor|yline")
_NOT_BYLINE_TAGS = frozenset({"meta", "link", "script", "style", "img", "body", "html", "head"})
#: blocks about other articles: a "By ..." text there is another article's byline
_ELSEWHERE_HINT = CaselessPattern(r"related|recommend|comment")
#: a byline line's label ("Redaktion:"), up to three words
_LABEL = re.compile(r"^\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*[:：]")
#: labels that do name the writer
_AUTHOR_LABELS = frozenset("autor autorin autoren author authors auteur auteurs autore text texte texto words writer writers".split())
#: last words of outlet names ("Solar News", "Daily Online", a partner paper after its writer: "NAME, Thurgauer
#: Rundschau", "NAME, Springfield Courier"): never a person's surname here (unlike "Post", "Press" or "Ledger")
_OUTLET_WORDS = frozenset("news online media tv radio magazin magazine zeitung desk wire courier tribune gazette "
                          "chronicle journal telegraph guardian observer examiner inquirer enquirer bulletin dispatch "
                          "advocate sentinel rundschau anzeiger kurier nachrichten tagblatt tageblatt allgemeine "
                          "times daily weekly".split())
_FLAG_CLASS = re.compile(r"(?:has|no|not|with|without|hide|show|one|two)-", re.I)
_SKIP_TAGS = frozenset({"aside", "nav", "footer", "figure", "figcaption", "form"})
MAX_BYLINE_CHARS = 250
#: paragraphs of text a name signs (see ``_signatures``), and the characters of one of them at least
SIGNED_PARAGRAPHS = 3
_PROSE_CHARS = 200
MAX_LEAD_IN_CHARS = 150
_TEXT_TAGS = ("p", "span", "div", "li", "small", "strong", "b", "em", "address", "dd", "font")
#: a text opening with a lead-in word. The leading spaces are taken possessively (``\s*+``): no
#: word starts with a space, and giving them back one by one retried every word, ten times the work.
#: what stands between a Chinese outlet and its reporter's title in a byline: a bar, a slash, or a middle dot and the
#: outlet's app ("北京日报｜记者", "聯合報／ 記者", "钱江晚报·小时新闻记者"; ``metadata._BYLINE_OUTLET`` reads the outlet)
OUTLET_BEFORE_TITLE = r"\s*(?:[｜|／/]|[·・][\u4e00-\u9fff]{0,8})\s*(?:(?:本报|本報|特约|特約)?(?:记者|記者)|編譯|编译)"
#: a Japanese web magazine's "text" in katakana, maybe after the interview's or the reporting's word:
#: "テキスト：NAME", "インタビュー・テキスト：NAME", "取材・テキスト：NAME" (as "取材・文：NAME")
JA_TEXT_WORD = r"(?:(?:インタビュー|取材)[・･])?テキスト"
#: a Chinese or Japanese "text by" label read before a full-width colon ("取材・文：", "写真・文：", "撰文：", "構成：", and a
#: broadcaster's "取材：報道部　NAME" under its text)
_CJK_TEXT_LABEL = r"(?:(?:取材[・･]|(?:写真|撮影)[・･])?文(?:[・･](?:写真|撮影))?|撰文|構成|取材|" + JA_TEXT_WORD + ")"
_LEAD_IN_WORD = re.compile(
    r"\s*+(?:(?:(?:(?:eine?|an?)\s+)?(?:artikel|article|story|beitrag|gastbeitrag|guest\s+post)\s+(?:von|by)|by|von|por|par|door|av|af|di|автор|от|"
    # the piece's kind named before the writer: "Ein Kommentar von NAME", "Eine Analyse von NAME", "Ein Gastkommentar
    # von NAME", "Ein Test von NAME" (the article needed: "Kommentar von …" alone may open a sentence about someone's
    # comment)
    r"(?:eine?\s+(?:gast)?(?:kommentar|analyse|kolumne|glosse|essay|reportage|interview|gespräch|test|bericht|"
    r"rezension|kritik)\s+von)|"
    # the French "Un article de NAME", "Une rédaction de NAME", "Une enquête de NAME" (as "Ein Beitrag von")
    # (and a first-person piece's speaker, "Témoignage de NAME", over its "Propos recueillis par NAME")
    r"(?:une?\s+)?(?:article|rédaction|chronique|analyse|reportage|enquête|témoignage)\s+d(?:e\b|['’])|"
    r"text|texte|texto|written by|escrito por|escribe|"
    # a magazine's credit line: "Words by NAME", "Words and photographs by NAME"
    r"words\s+by|" + _WORDS_AND_PHOTOS_BY + r"|"
    # a blog post's footer line: "Posted by NAME at 5:32 PM", "Posté par NAME à 17:32"
    # an aggregator's "via" page: "Curated by NAME" over the summary it wrote of another outlet's story
    r"curated\s+by|posted by|posté par|publié par|publicado por|pubblicato da|eingestellt von|geschrieben von|"
    # an interview's interviewer: "Propos recueillis par", "Das Gespräch führte", "As told to"
    r"propos\s+recueillis\s+par|(?:interview\s+réalisée|entretien\s+réalisé)\s+par|das\s+gespräch\s+führten?|"
    r"interview\s+by|as\s+told\s+to|"
    # a podcast episode's host: "Hosted by NAME"
    r"hosted\s+by)\b\s*:?|(?:autor|autorin|author|auteur|writer|words|作者)\s*[:：]|"
    # Chinese and Japanese "text by": "文｜财新 王晓东", "文/王丽丽", "文＝山田太郎", "取材・文／山田太郎",
    # "構成／山田太郎" (an interview's writer), "聞き手・山田太郎" (its interviewer), "聞き手・構成　山田太郎" (the
    # interviewer who composed it, one label); IT news sites set a black
    # circle between label and name ("文●藤原 亮　編集●ASCII"); a regional magazine a full-width colon before the name
    # on the same line ("取材・文：NAME　撮影：NAME"; "撰文：" alone in its cell labels the next, ``_AUTHOR_CELL``)
    # (the line maybe wholly in full-width brackets, closing the text: "（取材・文：NAME）")
    r"(?:（(?=[^（）]{2,40}）\s*$))?"
    r"(?:(?:(?:取材[・･])?文(?:[・･](?:写真|撮影))?|撰文|作者|構成|聞き手)\s*[｜|/／＝=●]|聞き手[・･](?:構成\s*[｜|/／＝=:：]?\s*)?|"
    # a Chinese magazine's "text by" set off by a middle dot, closing the text in brackets: "（文・NAME）"
    + _TEXT_DOT + "|"
    # a news portal's credit line setting the label off by a space: "取材・文　NAME　／　撮影　NAME"
    r"取材[・･]文\s+(?=[\u4e00-\u9fff])|"
    + _CJK_TEXT_LABEL + r"\s*：(?=\s*(?:[^\W\d_]|$)))|"
    # a Chinese outlet, a bar and the reporter's title: "北京日报客户端｜记者 朱松梅 王天淇"; or the outlet, a
    # middle dot and its app's name glued to the title: "钱江晚报·小时新闻记者 王晓燕 方婷"; or a slash: "聯合報／ 記者王小明"
    rf"[\u4e00-\u9fff]{{2,12}}{OUTLET_BEFORE_TITLE}|"
    # the outlet glued to the reporter's title, then a bar: "界面新闻记者 | 张晓 李明远" opening the text; or a colon, the
    # outlet's short name before the title: "每经记者：NAME　每经编辑：NAME"
    r"[\u4e00-\u9fff]{2,12}(?:记者|記者)\s*[｜|]|[\u4e00-\u9fff]{0,12}(?:记者|記者)\s*[:：]\s*(?=[\u4e00-\u9fff])|"
    # the outlet glued to the title, or the title alone, then a space and a name on a line of its own: "证券晨报记者 NAME",
    # "川见新闻记者 NAME 摄影 NAME" (not a caption's "新华社记者 NAME 摄"); a two-character name padded to three by an
    # ideographic space between its characters: "本报记者　刘　洋　通讯员　NAME"; an outlet's name opening with figures:
    # "21世纪财经日报记者 NAME NAME"; a paper's mark before the title: "◎记者 NAME NAME", "□本报记者 NAME 文/图"
    # (or a space between the outlet and the title: "讯浪财经 记者 NAME")
    r"(?:[◎□■]\s*)?[0-9A-Za-z]{0,4}(?:[\u4e00-\u9fff]{2,12}[ \u3000])?[\u4e00-\u9fff]{0,12}(?:记者|記者)[ \u3000]+"
    r"(?=(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff])(?:[ \u3000]|$))"
    # (a writer's "文/摄" closing it, "text and photographs": "江城晚报记者 NAME 文/摄")
    r"(?![^\n]*(?<!文/)(?<!文／)(?:摄|攝)\s*$))"
    r"\s*(?:$|[^\W\d_])",
    re.I,
)
_LEAD_IN_ONLY = re.compile(
    r"^\s*(?:by|von|por|par|door|av|af|di|da|de|автор|от|text|texte|texto|written by|escrito por|escribe|autor|auteur|"
    r"autore|author|words|作者)\s*[:：]?\s*$",
    re.I,
)
_BLOCK_TAGS = frozenset({"div", "p", "li", "br", "ul", "ol", "dd", "dt", "section", "header", "h2", "h3", "h4", "h5", "h6", "time"})
#: an agency printed after a name without a comma: a name of at least two words, then the agency
_GLUED_AGENCY = re.compile(rf"(?<=\S\s)(?<!^\S\s)(?:of\s+|for\s+|/\s*)?\b({PATTERN})$")
#: the same in any case, for the longer names only ("ASSOCIATED PRESS"; "Sid" stays a name)
_GLUED_AGENCY_ANY_CASE = re.compile(_GLUED_AGENCY.pattern, re.I)
#: (not before a full-width slash or bar leading the reporter's title in, which goes on the line: "<a>聯晨報</a>／ 記者NAME／
#: 台北報導", the outlet before the title; "<a>NAME</a>、<a>NAME</a>／台北報導" breaks before the place)
_GLUED = re.compile(r"(?<=\S)\x00+(?=\S)(?![／｜]\s*(?:本報|本报)?(?:記者|记者))")
#: a web address in a declared author ("Deutsche Welle (www.dw.com)"): the site's own name, nobody's
_SITE_ADDRESS = re.compile(r"\bwww\.|\(\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\s*\)")
#: the outlet a name wrote for, printed after it ("Jane Smith for The Mail on Sunday", "For Dailymail.com")
_FOR_OUTLET = re.compile(r"(?<=\S)\s+(?:for|For|FOR)\s+(?=[^\W\d_])(?=\S*[A-Z]).*$")


@dataclass
class Byline:
    """Persons and agencies of the article's byline, the byline as printed, author page links."""

    names: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    text: str | None = None
    urls: dict[str, str] = field(default_factory=dict)
    #: photographers the byline credits beside the writer ("文／佐藤誠　写真／中村亮", "Photos: Ann Lee")
    photographers: list[str] = field(default_factory=list)
    #: the names set one under another, each in an element of its own (``_listed``) or a card of a row of writers'
    #: cards (``_next_cards``), as a list of writers: names beyond the declared ones are writers too
    listed: bool = False


def find_byline(page: Page, header: HtmlElement | None = None, sites: list[str] = ()) -> Byline:
    """The article's byline: declared authors, completed by the printed byline
    (searched around the headline, and anywhere only when none are declared); a printed
    byline naming every declared author and more names them all. A name without a letter or
    digit names nobody (``names_someone``). A name printed beside another that is the site's name closing the
    ``<title>`` is the outlet's brand on the byline's line ("By NAME / Local Democracy Reporter · Coast Herald · 5 mins
    to read" under "HEADLINE - Coast Herald"), no writer; alone, it may be a blog's writer ("Post - Jane Doe"). Nor is
    a writer's label read as a line of its own in a writer's box ("<p class='p-authorBox__label'>執筆者</p><a>NAME</a>",
    ``_AUTHOR_CELL``)."""
    byline = _found_byline(page, header, sites)
    if len(byline.names) > 1 and (ends := _title_end_keys(page)):
        byline = replace(byline, names=[n for n in byline.names if _key(n) not in ends] or byline.names)
    if len(byline.names) > 1 and any(_AUTHOR_CELL.match(n) for n in byline.names):
        byline = replace(byline, names=[n for n in byline.names if not _AUTHOR_CELL.match(n)])
    if any(_CJK_DESK.match(n) for n in byline.names):
        # a Japanese paper's bureau or desk in an element of its own before its writers ("<span class='authorDesk'>
        # 北浜支局</span><a>NAME</a>、<a>NAME</a>"): no writer
        byline = replace(byline, names=[n for n in byline.names if not _CJK_DESK.match(n)])
    return replace(byline, names=[n for n in byline.names if names_someone(n)],
                   agencies=[n for n in byline.agencies if names_someone(n)],
                   photographers=[n for n in byline.photographers if names_someone(n)])


#: a letter or a digit, of any script
_WORD_CHAR = re.compile(r"[^\W_]")


def names_someone(name: str) -> bool:
    """Whether a name found in a page holds a letter or digit: one made of control characters or punctuation a
    broken page put where a name goes ("<li class=author>\x05\x1a</li>", "来源\x12\x08：") names nobody, and is
    empty once a record's control characters are taken out."""
    return _WORD_CHAR.search(name) is not None


def _title_end_keys(page: Page) -> set[str]:
    """The ``_key`` of each part the page's ``<title>`` opens or closes with (``title_ends``): where a site names
    itself."""
    return {_key(end) for end in title_ends(page)}


#: a declared "author" that is the system's number of its writer's record, a few letters maybe before it ("F_100236",
#: "u-20418"): nobody's name
_RECORD_ID = re.compile(r"[A-Za-z]{0,4}[_-]?\d{3,}")


def _found_byline(page: Page, header: HtmlElement | None, sites: list[str]) -> Byline:
    names = list(_declared_names(structured_data(page)))
    # a declared "author" that is an outlet's name ("财新网", "澎湃新闻"), or its company's ("朔川日报社", "朝日新聞社": the
    # paper's name and "社"), names the site, not a writer
    sites = [*sites, *(n for n in names if CJK_OUTLET.fullmatch(n.strip().removesuffix("社"))),
             *_republished_from(page, names)]
    # ... and so does the stem of the site's name, declared or closing the title ("网澜" declared on "…_网澜新闻", a
    # portal's company)
    stems = {stem for site in [*sites, *title_ends(page)] if (stem := cjk_outlet_stem(site))}
    names = [n for n in names if n.strip() not in stems and not _RECORD_ID.fullmatch(n.strip())]
    if header is not None and names and all(_CJK_WORD.match(n.strip()) for n in names):
        sites += _sources_named(header, names)  # "来源: 城市观察局" under the headline: the account, no writer
    if spaced_page := (find_language(page) or "").casefold().startswith("zh"):
        # one name declared, the account a note on the republished text names: "本文来自微信公众号“ACCOUNT”…，作者：NAME"
        republished = _republished_writer(page) if len(names) == 1 else None
        if republished is not None and _key(names[0]) == _key(CN_REPUBLISHED.match(republished.text).group("source")):
            return republished
    declared = _declared_byline(names, sites)
    handle = False
    if not declared.names and (handles := [n.strip() for n in names if _account_handle(n, page.url)]):
        declared = Byline(handles[:1], declared.agencies, None)  # "tanaka_dev" of qiita.example/tanaka_dev/items/…
        handle = True
    hosts = [] if declared.names else [n.strip() for n in names if _account_handle(n, page.url, host=True)]
    spaced = spaced_page  # declared, else detected (a portal's bare <html>)
    printed = _printed_byline(page, header, sites, anywhere=not declared.names, spaced=spaced)
    if any(_is_acronym(n.split()[0]) for n in printed.names if len(n.split()) > 1):
        printed = _without_programmes(printed, page)
    if handle and printed.names:
        return printed  # the account "kishikawa" declared, its display name "Kenta Ishikawa" printed by the headline
    if declared.names and all(_outlet_desk(n, sites) for n in declared.names) and printed.names \
            and not any(_outlet_desk(n, sites) for n in printed.names):
        return printed  # "Sun Showbiz" declared, "Jessica Reed, Showbiz Reporter" printed by the headline
    if declared.names and printed.names and (ends := _title_end_keys(page)) \
            and all(_key(n) in ends for n in declared.names) and not any(_key(n) in ends for n in printed.names):
        return printed  # the site's name the <title> closes with declared ("…_网越体育"), "X晚报记者 NAME" printed
    if spaced_page and declared.names and printed.names and _declared_editors(declared.names, page):
        return printed  # "孙琪" declared, the editor "(责编：孙琪、郝萌)" names; "本报记者　A　B" printed by the headline
    if declared.names and printed.names and _printed_as_outlet(declared.names, printed):
        return printed  # "Thurgauer Rundschau" declared, "NAME, Thurgauer Rundschau" printed: the writer's paper
    if not declared.names:
        if spaced and (republished := _republished_writer(page)) is not None:
            return republished  # "本文来自微信公众号：ACCOUNT，作者：NAME": the account printed by the headline is no writer
        if spaced and printed.names and not _opens_lead_in(printed.text or "") \
                and (labelled := _text_writer_line(page)) is not None \
                and _key(labelled.names[0]) not in {_key(n) for n in printed.names}:
            return labelled  # an account's name by the headline ("城事观察"), "作者：NAME" opening the text
        if printed.names or printed.agencies:
            return printed
        # "allotmentnotes" of allotmentnotes.tumblr.example/post/…, when nothing printed names the writer
        return _source_line_writer(page, sites) or _portal_source_writer(page) or _meta_line_writer(header) \
            or _labelled_parts_writer(header) \
            or _job_line_writer(header) \
            or _name_and_outlet(page, header, sites) \
            or _wrote_line(page) or _wire_credit_writer(page, sites) or _writer_note(page) \
            or _post_footer_writer(page) or _post_footer_handle(page) or _credits_line(page) \
            or _credits_box_writers(page) or _about_writer_box(page, sites) or _interview_credits(page, sites) \
            or _writer_element(page, sites) \
            or (Byline(hosts[:1], declared.agencies, None) if hosts
                else replace(declared, photographers=printed.photographers))  # "文＝…編集部　写真＝NAME": the photographer
    agencies = _unique(declared.agencies + printed.agencies)
    names = declared.names
    if len(printed.names) > len(names) and {_key(n) for n in names} <= {_key(n) for n in printed.names} \
            and (_joined(printed.text or "", printed.names) or printed.listed):
        names = printed.names  # the byline names the declared writers and more: "Par A et B", only A declared
    elif len(printed.names) == len(names) and names != printed.names \
            and all("".join(a.split()) == "".join(b.split()) for a, b in zip(names, printed.names)):
        names = printed.names  # "高橋浩介" declared, "高橋 浩介" printed: the name as the byline spaces it
    elif printed.names and _romanized(names, printed.names):
        names = printed.names  # "Misaki Ishida" declared, "石田美咲" printed: the name as readers read it
    elif len(printed.names) == len(names) and all(len(a.split()) == 1 and len(b.split()) > 1
                                                  and b.split()[0].casefold() == a.casefold()
                                                  for a, b in zip(names, printed.names)):
        names = printed.names  # "Claire" declared (a blog's display name), "par Claire Vasseur" printed
    if printed.photographers and len(names) > 1:
        # a photographer declared as a writer, the printed byline crediting him apart ("Photographs by NAME")
        shot = {_key(n) for n in printed.photographers}
        names = [n for n in names if _key(n) not in shot] or names
    return Byline(names, agencies, printed.text, printed.urls, printed.photographers)


#: a paragraph of the text that is only a writer's label and a Chinese name: "<p><strong>作者：NAME</strong></p>", and
#: an account's article's "文｜NAME", "文/NAME", "文：NAME", a portal's "文｜记者　NAME" (the text's writer, the editor's
#: line "编辑｜NAME" after it)
_TEXT_WRITER_LINE_XPATH = etree.XPath("//body//p[starts-with(normalize-space(.), '作者') "
                                      "or starts-with(normalize-space(.), '文')]")
_TEXT_WRITER_LINE = re.compile(r"^(?:作者\s*[:：]|文\s*[:：|｜/／])\s*(?:(?:本报|本報)?(?:记者|記者)\s*)?"
                               r"(?P<name>[\u4e00-\u9fff]{2,4})$")


def _text_writer_line(page: Page) -> Byline | None:
    """The writer a Chinese platform's column names in a paragraph of its own ("作者：NAME" or "文｜NAME" over the
    text), where the name printed by the headline is the column's account, unlabelled; a line in a comments or
    related block is another's, and a line saying more ("作者：NAME，城市规划师") is no label's line."""
    for p in _TEXT_WRITER_LINE_XPATH(page.tree):
        if (found := _TEXT_WRITER_LINE.match(p.text_content().strip())) is not None \
                and not _in_others_block(p):
            return Byline([found.group("name")], [], found.group(0))
    return None


#: a Chinese institution's credits line, a paragraph of its own closing the text: "撰稿：NAME　摄影：NAME　审核：NAME"
#: (a college's, a bureau's news), each role's label, a colon and two to four ideographs; only the roles' parts
_CREDITS_LINE_XPATH = etree.XPath("//body//p[starts-with(normalize-space(.), '撰稿') or starts-with(normalize-space(.), "
                                  "'文字') or starts-with(normalize-space(.), '撰文') or "
                                  # (a Japanese magazine's recipe or feature: "料理・文：NAME　撮影：NAME　スタイリング：NAME")
                                  "starts-with(normalize-space(.), '料理・文') or starts-with(normalize-space(.), '取材・文')]")
_CREDITS_PART = re.compile(r"(撰稿|撰文|文字|料理・文|取材・文|摄影|攝影|撮影|图片|圖片|审核|審核|审稿|審稿|(?:责任)?编辑|"
                           r"(?:責任)?編輯|校对|校對|初审|复审|终审|スタイリング|編集)"
                           r"\s*[:：]\s*([\u3040-\u30ff\u4e00-\u9fff]{2,6}(?:[、，][\u3040-\u30ff\u4e00-\u9fff]{2,6}){0,3})"
                           r"[\s\u3000]*")
_CREDITS_LINE_MAX = 80


def _credits_line(page: Page) -> Byline | None:
    """With no byline, the writers a Chinese institution's credits line names after "撰稿：" or "文字：", and the
    photographers after "摄影：" or "图片：" (editors and reviewers, "审核", "编辑", none): a paragraph holding only such
    parts."""
    for p in _CREDITS_LINE_XPATH(page.tree):
        text = " ".join(p.text_content().split())
        if len(text) > _CREDITS_LINE_MAX or _in_others_block(p):
            continue
        parts = list(_CREDITS_PART.finditer(text))
        if not parts or "".join(m.group(0) for m in parts).replace(" ", "") != text.replace(" ", ""):
            continue  # a sentence of the text opening "文字…", or a line saying more than the roles
        roles = [(m.group(1), re.split(r"[、，]", m.group(2))) for m in parts]
        writers = [n for role, names in roles if role in ("撰稿", "撰文", "文字", "料理・文", "取材・文") for n in names]
        if writers:
            photos = [n for role, names in roles if role in ("摄影", "攝影", "撮影", "图片", "圖片") for n in names]
            return Byline(writers, [], text, photographers=photos)
    return None


def _credits_box_writers(page: Page) -> Byline | None:
    """With no byline, the writers the closing credits box names ("取材・文 NAME" in a feature's "CREDIT" box, "Text"
    in its "Impressum": ``credits_box``)."""
    rows = [row for row in page_credits(page) if row.kind == "writer"]
    return Byline(_unique([name for row in rows for name in row.names]), [], rows[0].text) if rows else None


def _interview_credits(page: Page, sites: list[str]) -> Byline | None:
    """With no byline, the interviewer and the writer an interview's credit lines name, a line each in a paragraph of
    its own ("<p><em>Das Interview führte NAME.</em></p>" closing the text, "<p>Débat animé par NAME</p><p>Adaptation
    web: NAME</p>" under it): the first such line, and those right after it."""
    for p, text in _paragraph_lines(page):
        if len(text) > _INTERVIEW_CREDIT_MAX or not _INTERVIEW_CREDIT.match(text) or _in_others_block(p):
            continue
        names, lines = [], []
        for line in (p, *islice(p.itersiblings(), _INTERVIEW_CREDITS_MORE)):
            words = " ".join(line.text_content().split()) if line.tag == "p" else ""
            if len(words) > _INTERVIEW_CREDIT_MAX or not (found := _INTERVIEW_CREDIT.match(words)):
                break
            names += split_byline(words[found.end():].rstrip(". "), sites)[0]
            lines.append(words)
        return Byline(_unique(names), [], " ".join(lines)) if names else None
    return None


def _writer_element(page: Page, sites: list[str]) -> Byline | None:
    """With no byline, the first element named for the writer alone ("<span class='writer'>NAME</span>" beside the
    date under the headline, an old system's info line) holding one person's name and no other element or word (the
    many boxes named "writer-…" about a writer, a byline's reading passes over: only this exact name, and only as a
    fallback)."""
    for el in _WRITER_ELEMENTS(page.tree):
        text = " ".join(el.text_content().split())
        if len(el) or len(text) > _WRITER_ELEMENT_MAX or _in_others_block(el):
            continue  # (a box named so holding a label, a job and a link, a writer's card, is read as one elsewhere)
        persons, agencies = split_byline(text, sites)
        if len(persons) == 1 and not agencies and _key(persons[0]) == _key(text):
            return Byline(persons, [], text)
    return None


#: the elements named for the writer alone, and the longest name read there
_WRITER_ELEMENTS = etree.XPath("//body//*[@class='writer' or @class='reporter']")
_WRITER_ELEMENT_MAX = 40


#: an interview's credit line: who led it ("Das Interview führte NAME", "Propos recueillis par NAME", "Débat animé
#: par NAME", "Interview conducted by NAME", "Moderated by NAME") and who wrote it up for the web ("Adaptation web:
#: NAME")
_INTERVIEW_CREDIT = re.compile(r"^(?:das\s+(?:interview|gespräch)\s+führten?|propos\s+recueillis\s+par|"
                               r"(?:interview|entretien)\s+réalisée?\s+par|"
                               r"(?:débat|entretien|émission|discussion)\s+animée?\s+par|"
                               r"(?:adaptation|rédaction)\s+web\s*:|"
                               r"interview\s+(?:conducted\s+)?by|(?:conversation\s+|discussion\s+)?moderated\s+by|"
                               r"moderation\s*:)\s*", re.IGNORECASE)
#: such a line's length at most, and the lines after the first read
_INTERVIEW_CREDIT_MAX, _INTERVIEW_CREDITS_MORE = 80, 2


def _about_writer_box(page: Page, sites: list[str]) -> Byline | None:
    """With no byline, the writer an author box names under its heading ("この記事を書いた人", "About the author",
    ``ABOUT_WRITER``), in its next line of a few words ("<p>この記事を書いた人</p><img …><p><strong>NAME</strong>
    （気象予報士）</p><p>BIO…</p>", a blog's box in the post's footer, which the byline's reading passes over as the
    page's footer)."""
    for label in page.tree.iter(*_ABOUT_LABEL_TAGS):
        text = label.text
        if not text or len(text) > _ABOUT_LABEL_MAX or not ABOUT_WRITER.match(text) or len(label):
            continue
        for line in islice(_about_lines(label), _ABOUT_LINES):
            words = " ".join(line.text_content().split()) if isinstance(line.tag, str) else ""
            if not words:
                continue  # the writer's picture
            persons, _ = split_byline(words, sites) if len(words) <= _ABOUT_NAME_MAX else ([], [])
            if len(persons) == 1 and _key(persons[0]) == _key(_JOB_IN_BRACKETS.sub("", words)):
                return Byline(persons, [], words)  # the line is the name (and the job in brackets), nothing else
            if _DESK_AND_JOB.search(words) is None or len(words) > _ABOUT_NAME_MAX:
                break
            # (the writer's desk and job over the name: "<p>徳島放送局 記者</p><p>NAME</p>")
    return None


def _about_lines(label: HtmlElement) -> Iterator[HtmlElement]:
    """The lines after an author box's heading: its siblings, and a sibling box's own lines in their turn (a
    broadcaster's "<h2>取材した記者</h2><div><img><div><p>DESK 記者</p><p>NAME</p><p>BIO</p></div></div>")."""
    for sibling in label.itersiblings():
        if isinstance(sibling.tag, str) and sibling.tag == "div" and (lines := sibling.xpath(".//p")):
            yield from lines
        else:
            yield sibling


#: a line naming the writer's desk and job alone, over her name in an author box ("徳島放送局 記者")
_DESK_AND_JOB = re.compile(r"(?:記者|キャスター|ディレクター|アナウンサー|カメラマン)$")


#: the elements an author box's heading is set in, its length at most, the lines read after it, a name's line at most
_ABOUT_LABEL_TAGS = ("p", "div", "span", "h2", "h3", "h4", "h5", "dt")
_ABOUT_LABEL_MAX, _ABOUT_LINES, _ABOUT_NAME_MAX = 30, 3, 40


def _republished_from(page: Page, names: list[str]) -> list[str]:
    """The declared authors that a note on the text names as the outlet that published it first ("本文經授權轉載自：
    《NAME》", "Originally published by NAME."): a partner outlet whose pieces a site republishes is declared and printed
    as their author, the writer named in the text ("文：NAME"); it is the story's source, no writer."""
    if not names:
        return []  # (the paragraphs' own first words are read: a search of the page's text for them took longer)
    keys = {_key(n): n for n in names}
    found = []
    for el in page.tree.iter("p"):
        opening = (el.text or "").lstrip()
        if (opening.startswith("本文") or "riginally" in opening[:40]) \
                and (match := REPUBLISHED_FROM.match(el.text_content().strip())) \
                and (name := keys.get(_key(match.group("name") or match.group("cjk")))):
            found.append(name)
    return found


def _republished_writer(page: Page) -> Byline | None:
    """The writer a Chinese site's note on a republished text names ("本文来自微信公众号：ACCOUNT（ID：…），作者：NAME"),
    over or under the text, when nothing declares one: the account the site prints as the poster is the source."""
    for el in page.tree.iter("p", "div"):
        if (text := el.text) is not None and "本文来自" in text[:12] \
                and (found := CN_REPUBLISHED.match(" ".join(el.text_content().split()))) and found.group("writer"):
            return Byline(re.split(r"[、/／]", found.group("writer")), [], found.group(0))
    return None


#: the most characters of the headline's block read for a Chinese source label naming the declared author
_SOURCE_LABEL_SPAN = 600


def _sources_named(header: HtmlElement, names: list[str]) -> list[str]:
    """The declared authors that the headline's block names as the story's source after a Chinese label
    ("2026-03-11 17:30:12　来源: 城市观察局"): a portal reposting an account's article declares the account as
    ``<meta name="author">`` and prints it as the source, so it is no writer."""
    text = " ".join(header.text_content()[:_SOURCE_LABEL_SPAN].split())
    labelled = [n for n in names if re.search(rf"(?:来源|來源|来自|來自)\s*[:：]?\s*{re.escape(n.strip())}", text)]
    # ... or in an element named as the source, unlabelled (a portal's "<span class='date-source'>DATE <a
    # class='source'>PAPER</a></span>")
    sources = {" ".join(el.text_content().split()) for el in header.iter("a", "span")
               if _SOURCE_CLASS.search(el.get("class") or "")}
    return labelled + [n for n in names if n.strip() in sources and n not in labelled]


#: the class of an element naming the story's source in its header ("source", "ent-source", "article-source")
_SOURCE_CLASS = re.compile(r"(?:^|[\s_-])source(?:$|\s)")


def _romanized(declared: list[str], printed: list[str]) -> bool:
    """Whether the declared names are in Latin letters and the byline by the headline prints Chinese or Japanese
    names only: a site declares its writers' names romanized for search engines and feeds ("Misaki Ishida"), and
    prints them as readers read them ("石田美咲")."""
    return all(_LATIN_NAME.match(n) for n in declared) and all(_CJK_SPACED_NAME.match(n) for n in printed)


#: a name in Latin letters ("Misaki Ishida", "Zhang Wei")
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'-]*$")


def _without_programmes(byline: Byline, page: Page) -> Byline:
    """The byline without the site's own programme or desk printed after the writer ("von NAME, MDR AKTUELL" on
    mdr.de, "NDR Info"): a part opening with the host's name in capitals names the broadcaster, not a person."""
    own = {h.upper() for h in host_names(page, structured_data(page), canonical=False) if _is_acronym(h.upper())}
    kept = [n for n in byline.names if not (len(n.split()) > 1 and n.split()[0] in own)]
    return byline if len(kept) == len(byline.names) else replace(byline, names=kept)


#: a line naming where the text came from: "Quelle: ntv.de, Jan Gänger, dpa/AFP"
_SOURCE_LINE_WRITER = re.compile(r"^\s*(?:quelle|source|fuente|fonte|źródło|bron)\s*:\s*(?P<parts>[^:]{4,120})$", re.IGNORECASE)


def _source_line_writer(page: Page, sites: list[str]) -> Byline | None:
    """With no byline, the writer a source line names after the site itself ("Quelle: ntv.de, Jan Gänger,
    dpa/AFP", a paragraph of its own): the site's own writer (the agencies after the name are credited
    by the attributions)."""
    keys = [k for k in (_key(s) for s in [*sites, *host_names(page, structured_data(page))]) if len(k) >= 3]
    if not keys:
        return None
    for p in page.tree.iter("p"):
        if (text := p.text) is None or not _SOURCE_LINE_WRITER.match(text) or len(p) > 2:
            continue
        found = _SOURCE_LINE_WRITER.match(" ".join(p.text_content().split()))
        parts = [part.strip() for part in found.group("parts").split(",")] if found else []
        if len(parts) < 3 or not any(_key(parts[0]) == k or _key(parts[0]).startswith(k) for k in keys):
            continue
        names = [part for part in parts[1:-1] if len(part.split()) >= 2 and is_person_name(part)
                 and not BY_CASEFOLD.get(part.casefold())]
        if names:
            return Byline(names, [], found.group(0))
    return None


def _labelled_parts_writer(header: HtmlElement | None) -> Byline | None:
    """With no byline, the writer a Chinese info line under the headline names among its labelled parts ("2026-11-14
    08:05　來源：濠聲日報　撰文：NAME　攝影：NAME　瀏覽次數：3,418"): the name after a writer's label, the one after a
    photographer's the photographer's; two labelled parts at least, each name two to four ideographs."""
    if header is None:
        return None
    for el in _header_lines(header):
        text = el.text_content() if el.tag not in _HEADING_TAGS else ""
        if len(text) > _LABELLED_LINE_MAX or not holds_any(text, _WRITER_LABELS):
            continue
        parts = _LABELLED_PART.findall(text)
        if len(parts) >= 2 and (titled := _TITLED_WRITERS_PART.search(text)) is not None \
                and (names := split_byline(part := " ".join(titled.group(1).split()), spaced=True)[0]):
            # "来源：PAPER | 作者：本报记者 NAME NAME 通讯员 NAME | 【字号…": the reporters after their title, and the
            # correspondents after theirs (read from the part, the byline's text)
            return Byline(names, [], part)
        writers = [name for label, name in parts if label in _WRITER_LABELS and len(name) <= _CJK_NAME_MAX]
        if len(parts) >= 2 and len(writers) == 1:
            photos = [name for label, name in parts if label in _PHOTO_LABELS]
            return Byline(writers, [], " ".join(text.split()), photographers=photos)
    return None


#: a writer's label in such a line, a reporter's title and the names after it, up to the next bar: "作者：本报记者 NAME
#: NAME 通讯员 NAME |"
_TITLED_WRITERS_PART = re.compile(r"(?:作者|撰文)\s*[:：]\s*((?:本报|本報)?(?:记者|記者)[\s\u3000]+[^|｜【]{2,60}?)\s*(?:[|｜【]|$)")


#: a Chinese portal's source line in a box named for the author: "本文来源：PAPER 责任编辑：NAME" (the paper is the
#: story's source, the editor no writer)
_SOURCE_LABELLED = re.compile(r"^\s*(?:本文)?(?:来源|來源|来自|來自)\s*[:：]\s*([^\s:：]+)")


#: a labelled part of a Chinese info line ("撰文：NAME", "來源：X"), the labels read, and the longest such line
#: (a Malaysian Chinese paper's reporter under "报道：": "报道：NAME　摄影：NAME")
_LABELLED_PART = re.compile(r"(撰文|作者|报道|報導|攝影|摄影|來源|来源|編輯|编辑|責任編輯|责任编辑)\s*[:：]\s*"
                            r"([\u4e00-\u9fff]{2,12})(?=[\s\u3000]|$)")
_WRITER_LABELS, _PHOTO_LABELS = ("撰文", "作者", "报道", "報導"), ("攝影", "摄影")
_LABELLED_LINE_MAX = 160
#: the most ideographs of a Chinese writer's name after her label
_CJK_NAME_MAX = 4


def _portal_source_writer(page: Page) -> Byline | None:
    """With no byline, the writer a Chinese portal's source line after the text names ("<span>本文来源：OUTLET 作者：NAME
    </span>" in a box named for nothing a byline's name says): the outlet is the story's source, the name its writer."""
    for piece in _WRITER_LABEL_TEXTS(page.tree):  # (the text pieces holding the label: few on any page)
        el = piece.getparent()
        if piece.is_tail and el is not None:
            el = el.getparent()  # "<span><a><img></a> 本文来源：…</span>": the line is the link's parent's
        if el is not None and len(text := el.text_content()) <= _PORTAL_SOURCE_MAX \
                and (found := _PORTAL_SOURCE_WRITER.match(" ".join(text.split()))) is not None:
            return Byline(found.group("names").split("、"), [], found.group(0))
    return None


#: a Chinese portal's source line naming the writer after the outlet: "本文来源：环球时讯网 作者：林嘉屿"
_PORTAL_SOURCE_WRITER = re.compile(r"^(?:本文)?(?:来源|來源)\s*[:：]\s*\S{2,20}\s+作者\s*[:：]\s*"
                                   r"(?P<names>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,2})$")
#: the longest such line, and the page's text pieces holding the writer's label (few on any page: read, not the page)
_PORTAL_SOURCE_MAX = 60
_WRITER_LABEL_TEXTS = etree.XPath("//body//text()[contains(., '作者')]")


#: a spaced dash between the parts of a meta line under the headline: "NAME — Édité par NAME — 11 mars 2026"
_META_DASH = re.compile(r"\s+[—–]\s+")


def _header_lines(header: HtmlElement) -> list[HtmlElement]:
    """The elements a line under the headline may be: the header block's children, then its siblings (the header
    block and the header itself among them)."""
    parent = header.getparent()
    return [*header.iterchildren(etree.Element), *(parent.iterchildren(etree.Element) if parent is not None else ())]


def _meta_line_writer(header: HtmlElement | None) -> Byline | None:
    """With no byline, the writer a blog's meta line under the headline names without a lead-in word, after its
    date and reading time ("March 11, 2026 · 5 min · NAME", Hugo PaperMod's ``post-meta``): the line's part that
    reads as a person's name, when the line holds a date and a reading time too; or a linked name opening a line of
    parts set off by dashes, or a comma before the date ("<a>NAME</a>, 11.03.2026 17:30")."""
    if header is None:
        return None
    for el in _header_lines(header):
        text = " ".join(el.text_content().split()) if el is not header and el.tag not in _HEADING_TAGS else ""
        if not 20 <= len(text) <= _META_LINE_MAX:
            continue
        dashed = text.count("·") < 2
        barred = False
        if dashed and len(_META_DASH.findall(text)) >= 2:
            parts = [part.split("|")[0].strip() for part in _META_DASH.split(text)]
        elif not dashed:
            parts = [part.split("|")[0].strip() for part in text.split("·")]
        elif text.count(" | ") == 1 and "," not in text.partition(" | ")[0]:
            parts = [part.strip() for part in text.split(" | ")]  # "<a>NAME</a> | March 11, 2026" (an alt-weekly's)
            barred = True
        elif (comma := text.partition(", "))[1]:
            # "NAME, 11.03.2026 17:30 | Aktualisiert: …": the name and the date after a comma (tech portals)
            parts = [comma[0].strip(), comma[2].split("|")[0].strip()]
        else:
            continue
        if not any(parse_printed_date(p) for p in parts):
            continue
        names = [part for part in parts if len(part.split()) >= 2 and is_person_name(part)
                 and not BY_CASEFOLD.get(part.casefold()) and not parse_printed_date(part)]
        if len(names) != 1:
            continue
        # a reading time beside the date, or the name linked to the writer's page and opening the line
        # ("NAME — Édité par NAME — 11 mars 2026 à 17h30", a magazine's line without byline names), or, unlinked,
        # the name and the date alone on either side of one bar ("NAME | March 11, 2026", an alt-weekly's)
        if any(_READ_TIME.fullmatch(part) for part in parts) or parts[0] == names[0] and (
                any(" ".join(a.text_content().split()) == names[0] for a in el.iter("a"))
                or barred and _DATE_ALONE.fullmatch(parts[1]) is not None):
            return Byline(names, [], text)
    return None


#: a printed date and nothing else, its time maybe after it: "March 11, 2026", "Mar. 11, 2026 5:00AM", "11 March 2026"
_DATE_ALONE = re.compile(rf"(?i:{_EN_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_EN_MONTH}\s+\d{{4}})"
                         r"(?:,?\s+\d{1,2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)?)?")


def _job_line_writer(header: HtmlElement | None) -> Byline | None:
    """With no byline, a line under the headline naming a person with a writer's job and nothing else ("Ann Lee,
    Staff Writer", "<strong>Ann Lee</strong><br>Senior Reporter", "<span>NAME</span><span>Correspondent</span>"):
    the job says whose the text is, where no lead-in word or class name does."""
    if header is None:
        return None
    for el in _header_lines(header):
        if el is header or el.tag in _HEADING_TAGS or len(text := " ".join(el.text_content().split())) > _JOB_LINE_MAX:
            continue
        # (a contact link after them is none of the line: "NAME / Journalist / Email")
        lines = [line for line in byline_text(el).split("\n") if _CONTACT_LINE.fullmatch(line.strip()) is None]
        name, job = (lines[0], lines[1]) if len(lines) == 2 else lines[0].rpartition(", ")[::2] if len(lines) == 1 \
            else ("", "")
        if _WRITER_JOB.fullmatch(job.strip()) and len(name.split()) >= 2 and is_person_name(name.strip()) \
                and not BY_CASEFOLD.get(name.strip().casefold()):
            return Byline([name.strip()], [], text)
    return None


#: a writer's job named by its beat alone, no name in it: "Consumer Affairs Editor", "Senior Political Correspondent",
#: "Home Affairs Reporter" (the beat's words are no person's names)
_BEAT_JOB = re.compile(
    r"(?:(?:senior|chief|deputy|associate|assistant|executive|managing|contributing|special|staff|global|national|"
    r"international|political|politics|consumer|home|foreign|affairs|health|medical|science|business|economics|"
    r"economy|education|environment|climate|energy|transport|technology|tech|sports?|royal|crime|security|defen[cs]e|"
    r"diplomatic|legal|arts|culture|music|film|travel|food|fashion|money|finance|social|investigations?|data|"
    r"digital|news|and|&)\s+){1,4}" + _JOB_WORDS + r"s?", re.IGNORECASE)
#: a writer's contact link in a line of its own beside her name and job ("Email", "Follow", "@handle")
_CONTACT_LINE = re.compile(r"e-?mail|follow|contact|@\w+", re.IGNORECASE)
#: the longest line of a name and a job (``_job_line_writer``)
_JOB_LINE_MAX = 80
#: a writer's job after the name, a few words qualifying it before ("Staff Writer", "Senior Political
#: Correspondent", "Environment Reporter", "Redakteurin", "Journaliste")
_WRITER_JOB = re.compile(
    rf"(?:[A-Z][\w-]*\s+){{0,3}}(?i:{_JOB_WORDS}|reporterin|critic|journalist(?:in|e)?|redakteur(?:in)?|"
    r"redaktor(?:in)?|korrespondent(?:in)?|rédact(?:eur|rice)|correspondant(?:e)?|corresponsal|periodista|"
    r"redactor(?:a)?)"
    # (a German or Swiss writer's desk after the title: "Redaktorin Region Seeburg", "Redakteur Wirtschaft")
    r"(?:(?<=[nr])\s+(?-i:[A-ZÄÖÜ][\wäöüß-]*)(?:\s+(?-i:[A-ZÄÖÜ][\wäöüß-]*)){0,2})?")


#: the child elements at most of such a block (its lines' ``<br>``, links and spans)
_OUTLET_LINE_CHILDREN = 8
#: the elements of the headline's box (and the first children of each) looked at for a byline of names over the
#: outlet's name (``_name_and_outlet``)
_OUTLET_LINE_BLOCKS = 8


def _name_and_outlet(page: Page, header: HtmlElement | None, sites: list[str]) -> Byline | None:
    """With no byline, a short block under the headline (or opening the text right after it) of two or three lines:
    the writers' names, then the outlet's name and maybe the date ("Ellen Sato and Marcus Webb<br>Valley
    Courier<br>Mar 11, 2026" in a print view's plain ``<p>``, "<strong>NAME</strong><br>Lakeshore Herald" opening an
    AMP page's text): a byline printed without a class or a "By"."""
    if header is None:
        return None
    own = {_key(name) for name in [*sites, *host_names(page, structured_data(page))]} - {""}
    if not own:
        return None
    after = False
    looked = 0
    for child in header.iterchildren(etree.Element):
        if child.tag in _HEADING_TAGS:
            after = after or child.tag == "h1"
            continue
        if not after:
            continue
        for el in [child, *islice(child.iterchildren("p", "div"), 2)]:
            looked += 1
            if looked > _OUTLET_LINE_BLOCKS:
                return None
            if len(el) > _OUTLET_LINE_CHILDREN or len(el.text_content()) > _META_LINE_MAX:
                continue  # a box of many elements or words (the text's, a gallery's) is no two- or three-line byline
            text = byline_text(el)
            lines = text.split("\n")
            if len(text) > _META_LINE_MAX or not 2 <= len(lines) <= 3 or _key(lines[1]) not in own \
                    or len(lines) == 3 and parse_printed_date(lines[2]) is None:
                continue
            persons, agencies = split_byline(lines[0], sites)
            if persons and not agencies and all(is_person_name(n) for n in persons):
                return Byline(persons, [], text)
    return None


def _wrote_line(page: Page) -> Byline | None:
    """With no byline, the writer of a journal's entry header "NAME (username) wrote," (LiveJournal's, above the
    entry's subject): the page's first such line, when its name reads as a person's (a comment's "user wrote:"
    further down is a handle, no name)."""
    if " wrote" not in page.html:
        return None  # (a substring test of the page's text spares most pages the XPath's walk)
    for el in _WROTE_XPATH(page.tree):
        text = " ".join(el.text_content().split())
        if len(text) > _META_LINE_MAX or not (found := _WROTE.match(text)):
            continue
        name = found.group("name").strip()
        if len(name.split()) >= 2 and is_person_name(name) and not BY_CASEFOLD.get(name.casefold()):
            return Byline([name], [], found.group(0))
        return None
    return None


def _wire_credit_writer(page: Page, sites: list[str]) -> Byline | None:
    """With no byline, the reporters a wire's credit line closing the text names ("(Reporting by NAME in CITY;
    Additional reporting by NAME; Editing by NAME)", a regional site running the wire's copy under the wire's name
    alone): its first role, reporting or writing, names the writers; the others stay contributors."""
    if "eporting by" not in page.html and "riting by" not in page.html:
        return None  # (a substring test of the page's source spares most pages the walk)
    for el in page.tree.iter("p"):
        text = el.text_content().lstrip(" \t\n(\u00a0")
        if text[:7] not in ("Reporti", "Writing") or not (found := _WIRE_CREDIT.match(text)):
            continue
        persons, _ = split_byline(found.group("names"), sites)
        if persons:
            return Byline(persons, [], " ".join(el.text_content().split()))
    return None


#: a wire's credit line's first role: "Reporting by A in Chicago and B; …", "Writing by A; Editing by B"
_WIRE_CREDIT = re.compile(r"(?:Reporting|Writing) by (?P<names>[^;()]{3,120}?)\s*(?:;|\)|\.?\s*$)")


def _writer_note(page: Page) -> Byline | None:
    """With no byline, the writer a note at either end of the text names: "NAME is a staff writer at OUTLET. …"
    closing it (a magazine's note on its writer, the page's only mention of her), or "Editor’s note: This is a guest
    post by NAME, a staff engineer at COMPANY, …" opening it (a company's or a group's blog under the team's name), or
    "Guest post by NAME" alone (a newsletter handed over to a guest), among the first ``_GUEST_LINE_PARAGRAPHS``
    paragraphs (the host's greeting over it).
    The note is a paragraph closing (or opening) a run of at least ``SIGNED_PARAGRAPHS`` paragraphs with prose among
    them (``_signs_run``), and the name a person's of two words or more; a note about someone quoted, among the
    paragraphs, names no writer."""
    html = page.html
    if " is a" not in html and " guest " not in html and "Guest post by" not in html and " est " not in html \
            and " ist " not in html:
        return None  # (a substring test of the page's text spares most pages the walk)
    for p, text in _paragraph_lines(page):
        if len(text) > _WRITER_NOTE_MAX or not text[:1].isupper():
            continue
        closing = _WRITER_NOTE.match(text)
        found = closing or _GUEST_NOTE.match(text)
        if found is None:
            continue
        name = found.group("name").strip()
        if len(name.split()) >= 2 and is_person_name(name) and not BY_CASEFOLD.get(name.casefold()) \
                and (_signs_run(p, _PROSE_CHARS, opening=closing is None,
                                within=1 if closing is not None else _GUEST_LINE_PARAGRAPHS)
                     or closing is not None and _printed_by_headline(page, name)):
            return Byline([name], [], text)
    return None


def _printed_by_headline(page: Page, name: str) -> bool:
    """Whether ``name`` is printed alone in an element of the box holding the headline: the writer's name set by the
    headline with no byline's word or name saying so ("<span class='sc-…'>NAME</span><span>Publié …</span>"), which
    the note on her after the text confirms."""
    heading = find_headline(page).element
    box = heading.getparent() if heading is not None else None
    if box is None:
        return False
    return any(not len(el) and " ".join((el.text or "").split()) == name for el in box.iter("span", "p", "div", "a"))


def _paragraph_lines(page: Page) -> list[tuple[HtmlElement, str]]:
    """Each ``<p>`` of the page with its text on one line, read once per page: the fallbacks for a page without
    a byline (``_writer_note``, ``_post_footer_handle``) each look through every paragraph."""
    return page.cached("authors.paragraph_lines",
                       lambda page: [(p, " ".join(p.text_content().split())) for p in page.tree.iter("p")])


#: the note on the writer closing the text: "NAME is a staff writer at OUTLET.", "NAME is a freelance science
#: journalist based in Toronto." (a job of ``_JOB_WORDS``, a journalist's or a critic's)
_WRITER_NOTE = re.compile(rf"^(?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){{1,3}}) (?:(?:is|was) an? "
                          rf"(?:[\w-]+ ){{0,3}}(?:{_JOB_WORDS}|journalist|critic)s?\b|"
                          # (and in French and German: "NAME est journaliste au service Politique de X depuis 2018.",
                          # "NAME ist Redakteurin im Ressort Politik.")
                          r"(?:est|était) (?:une? )?(?:[\w-]+ ){0,2}(?:journaliste|rédact(?:eur|rice)|reporter|"
                          r"correspondante?|chroniqueu(?:r|se)|éditorialiste)\b|"
                          r"(?:ist|war) (?:[\w-]+ ){0,2}(?:Redakteur|Journalist|Korrespondent|Reporter|Autor|"
                          r"Kolumnist)(?:in)?\b)")
#: the editor's note presenting a guest writer over the text: "Editor’s note: This is a guest post by NAME, …", or a
#: newsletter's line handing an issue over to its guest: "Guest post by NAME"
_GUEST_NOTE = re.compile(r"^(?:editor[’']?s[’']? note\s*:\s*)?(?:(?:this is an?|an?) )?guest (?:post|column|essay|article|"
                         r"blog post) (?:by|from) (?P<name>[^\W\d_][^,.;:()]{2,60})", re.IGNORECASE)
#: the longest note read
_WRITER_NOTE_MAX = 400
#: how far into the text a guest's line may stand, after the host's greeting (``_writer_note``)
_GUEST_LINE_PARAGRAPHS = 4


#: elements with a text of their own saying someone wrote (``_wrote_line``)
_WROTE_XPATH = etree.XPath("//body//*[text()[contains(., ' wrote')]]")
_WROTE = re.compile(r"^(?P<name>[^\W\d_][^()\d:,]{2,60}?)\s*(?:\(\s*[\w.-]+\s*\))?\s+wrote\s*[,:]")


#: a meta line's reading time ("5 min", "6 min read", "12 minutes")
_READ_TIME = re.compile(r"\d+\s*(?:min|mins|minutes?)(?:\s+read)?", re.IGNORECASE)
_META_LINE_MAX = 160
_HEADING_TAGS = ("h1", "h2", "h3")


#: "posted by" in the languages blogs print it, opening a post's footer line ("in Science, Posted by NAME")
POSTED_BY = r"(?:posted|posté|publié|publicado|pubblicato|eingestellt)\s+(?:by|par|por|da|von)"
#: a post's footer line is this long at most
POSTED_BY_LINE_MAX = 120
#: a blog post's footer line closing on the writer's account handle, maybe after the post's categories:
#: "in Science, Pick-up, Posted by log1h_ik", "Posted by tanaka_dev"
_POSTED_BY_HANDLE = re.compile(rf"(?:^|[,|·•])\s*{POSTED_BY}\s*:?\s+(?P<handle>(?=[\w.-]*[^\W\d_])[\w.-]{{2,40}})\s*$",
                               re.IGNORECASE)
#: the accounts blogging software creates, nobody's handle ("Posted by admin")
_SOFTWARE_ACCOUNTS = frozenset("admin administrator editor staff guest webmaster root user anonymous unknown".split())


#: a blog post's footer line opening on its writer's name and the category it was filed in, the post's links after
#: a bar: "Écrit par NAME dans Patrimoine | Lien permanent | Commentaires (3)", "Posted by NAME in News | Permalink"
_WRITTEN_BY = re.compile(rf"\s*(?:{POSTED_BY}|(?:written|écrit|escrito|scritto|geschrieben|verfasst)\s+(?:by|par|por|da|von))"
                         r"\s+(?=[^\W\d_])", re.IGNORECASE)
_POST_FOOTER_WRITER = re.compile(rf"{_WRITTEN_BY.pattern}(?P<name>[^|:,;·•]+?)\s+(?:(?:in|dans|en|em|nel|unter)\s+[^|]{{1,60}}\||"
                                 # or the day or the hour it was posted: "Written by NAME on <time>12 March
                                 # 2026</time>", "Geschrieben von NAME um 18:20 in Kategorie |", "… le 12 mars"
                                 r"(?:on|le|am|um|at|à|el|il|em|op|alle|às)\s+(?=[^|]{0,20}\d))",
                                 re.IGNORECASE)
#: a Japanese blog post's footer line: "投稿者：NAME 21:15| Comment(2) | TrackBack(0) | カテゴリ" (the hour, or a bar)
_POST_FOOTER_POSTER = re.compile(r"\s*投稿者\s*[:：]\s*(?P<name>[^\W\d_](?:[^\W\d_]|[ \u3000](?=[^\W\d_])){1,11})"
                                 r"\s*(?:\d{1,2}:\d{2}|[|｜])")
#: a post's date line naming its writer after the day: "Publié le 5 mars 2026 par NAME", "Posted on March 5, 2026 by
#: NAME" (an association's or a blog's meta line, maybe in a span of its own, with the category and comments after)
_DATED_POST_WRITER = re.compile(r"\s*(?:posted|published|publié|posté|publicado|pubblicato|veröffentlicht)\s+"
                                r"(?:on|le|el|il|am)\s+(?P<date>[^|·•]{4,40}?)\s+(?:by|par|por|da|von)\s+"
                                r"(?P<name>[^\W\d_][^|:,;·•()]{2,60}?)\s*(?:$|[|·•])", re.IGNORECASE)
#: the blocks a footer line is looked for in, and the length it has at most (a dated line also in a span)
_POST_FOOTER_TAGS = ("p", "div", "span")
_POST_FOOTER_LINE_MAX = 300


def _post_footer_writer(page: Page) -> Byline | None:
    """With no byline, the writer a blog post's footer line names before the post's category and links ("Écrit par
    NAME dans Patrimoine | Lien permanent | Commentaires (3)", a paragraph of its own) or before the day or hour it
    was posted ("Written by NAME on 12 March 2026", "Posted by NAME on … · Filed under …", "投稿者：NAME 21:15|
    Comment(2)"), when the name reads as a person's; a reader's comment ("Écrit par : Martine | 12.03.2026") names no
    category, a one-word name ("Geschrieben von Holger am …") is none, and lines in a comments block are readers'."""
    for p in page.tree.iter(_POST_FOOTER_TAGS):
        if p.text is None:
            continue
        dated = _DATED_POST_WRITER.match(p.text)
        if dated is None and (p.tag == "span" or _WRITTEN_BY.match(p.text) is None and "投稿者" not in p.text[:8]):
            continue  # (the element's own first words spare most blocks the walk of their text)
        text = " ".join(p.text_content().split())
        if len(text) > _POST_FOOTER_LINE_MAX or _in_others_block(p):
            continue
        if dated is not None:
            found = _DATED_POST_WRITER.match(text)
            if found is None or not parse_printed_date(found.group("date")):
                continue  # "Publié le DATE par NAME": the day read as a date, the name after it
        elif (found := _POST_FOOTER_WRITER.match(text) or _POST_FOOTER_POSTER.match(text)) is None:
            continue
        name = found.group("name").strip()
        if _CJK_DESK.match(name):
            continue  # "posted by 丸福食品 総務部": a company's department signs the post, nobody's name
        if found.re is _POST_FOOTER_POSTER \
                or len(name.split()) >= 2 and is_person_name(name) and not BY_CASEFOLD.get(name.casefold()):
            return Byline([name], [], text)
    return None


def _post_footer_handle(page: Page) -> Byline | None:
    """With no byline, the account handle a blog post's footer line names ("in Science, Posted by log1h_ik", a
    paragraph of its own): the writer, as a handle that reads as no name (``split_byline`` takes none)."""
    for _, text in _paragraph_lines(page):
        if len(text) <= POSTED_BY_LINE_MAX and (found := _POSTED_BY_HANDLE.search(text)) is not None \
                and found.group("handle").casefold() not in _SOFTWARE_ACCOUNTS:
            return Byline([found.group("handle")], [], text)
    return None


def _account_handle(name: str, url: str | None, host: bool = False) -> bool:
    """Whether a declared author's name is the account the page's address files the article under (its first
    segment, maybe after "@": "tanaka_dev" of "/tanaka_dev/items/1a2b", "@ann" of "/@ann/my-post"): on a platform
    of writers' accounts, the writer's handle, which reads as no name. ``host``: the account a blog platform files it
    under as its host name instead ("allotmentnotes" of allotmentnotes.tumblr.example/post/…)."""
    parts = urlsplit(url or "")
    segments = [s for s in parts.path.split("/") if s]
    handle = name.strip().lstrip("@")
    if _HANDLE.fullmatch(handle) is None:
        return False
    if host:
        return len(segments) >= 1 and _host_account(url) == handle.casefold()
    return len(segments) >= 2 and segments[0].lstrip("@").casefold() == handle.casefold()


#: an account's handle: letters, digits, "_", "-" and "."
_HANDLE = re.compile(r"[\w.-]{2,40}")


#: what may stand between the names of one byline: commas and "and" in the languages bylines use
_AND = r"\b(?:and|und|et|y|e|i|en|og|och|ja)\b"
_AND_WORD = re.compile(rf"&|{_AND}", re.IGNORECASE)
_NAME_JOINER = re.compile(rf"^(?:\s*(?:[,;&、・]|{_AND})\s*)+$", re.IGNORECASE)


#: a writer's job title after a dash or comma, and maybe the outlet after it, between two names of a byline
_TITLE_IN_GAP = re.compile(
    rf"^\s*[,–—-]\s*(?:[^\W\d_]+\s+){{0,3}}?{_JOB_WORDS}s?"
    r"(?:\s*,\s*(?:(?![–—-]\s)[^,])+?)?(?=\s+(?:and|&)\s+$|\s*,\s*$)", re.I)


def _joined(text: str, names: list[str]) -> bool:
    """Whether ``text`` prints ``names`` one after another joined by commas and, before the last,
    "and" ("Géraldine Woessner et Marc Vignaud"), and nothing else between them."""
    folded, at = text.casefold(), []
    for name in names:
        start = folded.find(name.casefold())
        if start < 0:
            return False
        at.append((start, start + len(name)))
    at.sort()
    gaps = [text[end:start] for (_, end), (start, _) in zip(at, at[1:])]
    # a job title after each writer, maybe with the outlet ("A – Staff Reporter, OUTLET and B – Reporter, OUTLET")
    gaps = [_TITLE_IN_GAP.sub("", gap, count=1) for gap in gaps]
    # ... or a note in brackets, the writer's place or job ("A (Vaubrecourt, correspondante) et B")
    gaps = [_BRACKET_IN_GAP.sub("", gap, count=1) for gap in gaps]
    # the last two joined by a word ("A, B and C"): a comma alone may set off a title ("Ann Lee, AP National Writer");
    # the enumeration comma of Chinese and Japanese ("林書瑋、陳怡君") joins names only
    if len(gaps) == 1 and _WITH_BRACKET.match(gaps[0]) and text.rstrip().endswith(")"):
        return True  # "NAME (avec NAME)": a French daily's co-writer in brackets after the writer
    return all(_NAME_JOINER.match(gap) for gap in gaps) and (_AND_WORD.search(gaps[-1]) is not None or "、" in gaps[-1])


#: a note in brackets after a writer's name, before the word joining the next writer's: "(Vaubrecourt, correspondante)",
#: "(Boston)"
_BRACKET_IN_GAP = re.compile(r"^\s*\([^()]{1,60}\)(?=\s*,|\s+(?:and|et|und|y|e|&)\s)", re.IGNORECASE)
#: the bracket opening a co-writer's name after the writer's: "NAME (avec NAME)", "NAME (with NAME)"
_WITH_BRACKET = re.compile(r"^\s*\(\s*(?:avec|with|mit|con)\s+$", re.IGNORECASE)


#: a reporter's title, maybe of the paper's own or a special reporter: "记者", "本报记者", "特約記者"
#: (or the desk's "compiler" of a foreign story, its writer as a Taiwanese paper prints it: "聯合報／ 編譯NAME／即時報導")
_CJK_REPORTER = r"(?:(?:本报|本報|特约|特約|實習|实习|見習|见习)?(?:记者|記者)|編譯|编译)"
#: the reporter's title before the second of two names: "記者A、實習記者B／台中報導" (the names alone)
_NEXT_REPORTER_TITLE = re.compile(rf"(?<=[、，,])\s*{_CJK_REPORTER}\s*")
#: the reporters a Chinese story's dateline names in brackets: "新华社北京3月12日电（记者王晓明、李静）",
#: "本报讯（记者 张三）".
_DATELINE_REPORTERS = re.compile(
    rf"^\s*[^\s（(。，]{{1,30}}?(?:电|電|讯|訊)\s*[（(]\s*{_CJK_REPORTER}\s*([^（()）]{{2,40}}?)\s*[）)]")
#: the reporters named in brackets opening the text, with the place they report from:
#: "〔記者林佳蓉／台北報導〕", "【記者王小明／台中報導】", "（记者 张三）".
_OPENING_REPORTERS = re.compile(
    # (maybe the outlet's report before the title: "【环球网报道 记者 NAME】据路透社…报道，…")
    rf"^\s*[〔【［\[（(]\s*(?:[\u4e00-\u9fff]{{2,10}}(?:报道|報導|報道)\s+)?{_CJK_REPORTER}\s*"
    rf"([^〔〕【】［］\[\]（）()／/]{{2,40}}?)\s*"
    r"(?:[／/][^〔〕【】［］\[\]（）()]{1,12}?(?:报道|報導|电|電)|"
    # the reporting verb glued after the name: "【本報記者NAME報道】" (a Hong Kong or Macau paper's opening)
    r"(?<=[\u4e00-\u9fff])(?:报道|報道|報導))?\s*[〕】］\]）)]")
#: the reporters an agency's dateline names in brackets opening the text, before the place and day it
#: was filed from: "（中央社記者鍾榮峰台北12日電）", "（中央社記者王明、李華東京12日專電）".
_AGENCY_REPORTERS = re.compile(
    rf"^\s*[（(]\s*[^\s（()）]{{1,10}}?{_CJK_REPORTER}\s*([^（()）\d]{{3,40}}?)\s*\d{{1,2}}日\s*(?:專|专)?(?:電|电)\s*[）)]")
#: the places of more than two characters such a dateline may give after the names ("華盛頓", "布魯塞爾");
#: any other is taken to be two characters, as most are ("台北", "東京", "北京")
_LONG_PLACE = re.compile(
    "(?:華盛頓|华盛顿|舊金山|旧金山|洛杉磯|洛杉矶|莫斯科|新加坡|吉隆坡|雅加達|雅加达|布魯塞爾|布鲁塞尔|耶路撒冷|"
    "日內瓦|日内瓦|芝加哥|多倫多|多伦多|溫哥華|温哥华|墨爾本|墨尔本|新德里|馬尼拉|马尼拉|維也納|维也纳|"
    "法蘭克福|法兰克福|伊斯坦堡|胡志明市)$")
#: the reporters a Japanese paper names in brackets after the text's last sentence: "…提出する。【山本直樹、佐々木千夏】".
_CLOSING_REPORTERS = re.compile(r"[。」』]\s*【\s*([^【】＝=]{2,40}?)\s*】\s*$")
#: the writer a Japanese paper names in round full-width brackets after the text's last sentence: "…拡充する。（山田太郎）";
#: names only (ideographs first, then ideographs or kana), not the notes such brackets also close a text with
#: ("（敬称略）", "（おわり）") nor an outlet, a desk or an office ("（共同）", "（社会部）", "（央视新闻）"); the paper may
#: follow the name after a slash
_CLOSING_WRITER = re.compile(r"[。」』]\s*（\s*"
                             # the desk before the name with a middle dot: "（経済部・中川翔太記者）"
                             # or the place a correspondent files from with a full-width equals sign: "（ニューヨーク＝森田健一）"
                             r"(?:[\u30a0-\u30ff\u4e00-\u9fff]{0,8}(?:部|総局|支局)[・･]|"
                             r"[\u30a0-\u30ff\u4e00-\u9fff]{1,10}＝)?"
                             r"([\u4e00-\u9fff々](?:[\u3040-\u30ff\u4e00-\u9fff々]{1,4}|"
                             r"[\u4e00-\u9fff々]{0,2}[ \u3000][\u3040-\u30ff\u4e00-\u9fff々]{1,3})"
                             r"(?:[、，][\u4e00-\u9fff々][\u3040-\u30ff\u4e00-\u9fff々]{1,4}){0,3})"
                             # the paper after a slash, as a portal re-serving its story prints it: "（山内健太／中日新聞）"
                             # a broadcaster's reporter, the title after the name: "（松井健太記者）"
                             r"(?:記者|记者)?"
                             r"(?:\s*[／/]\s*[^（）／/\s]{2,12})?\s*）\s*$")
#: the reporter's title closing the names in those brackets
_REPORTER_TITLE_END = re.compile(r"(?:記者|记者)$")
_NOT_WRITER_END = re.compile(r"(?:略|委員|員|者|社|部|局|班|団|会|省|庁|署|課|室|新聞|新闻|日报|日報|报|報|网|網|台|版|稿|電|电|完)$")
#: kana, ideographs and the repetition mark: the letters of Chinese and Japanese names
_CJK_LETTERS = "\u3040-\u30ff\u4e00-\u9fff々"
_CJK_NAME = re.compile(rf"^[{_CJK_LETTERS}]{{2,5}}$")
#: a Korean name (two to four Hangul syllables), which a Korean byline prints before the title: "김정호 기자"
_HANGUL_NAME = re.compile(r"^[\uac00-\ud7a3]{2,4}$")
#: a Chinese or Japanese name linked to the writer's page: up to eight letters ("宇多川はるか"), one space;
#: not the words of a link about the writer ("この記事の筆者", "記事一覧")
_CJK_LINKED_NAME = re.compile(rf"^(?=.{{2,9}}$)(?!.*(?:の|記事|一覧|筆者|著者|记者|記者|作者|文章|专栏|專欄))"
                              rf"[{_CJK_LETTERS}]{{1,6}}[\s\u3000]?[{_CJK_LETTERS}]{{1,6}}$")
_CJK_WORD = re.compile(rf"^[{_CJK_LETTERS}]+$")
#: a Chinese or Japanese name as a byline prints it, a space or a middle dot between its parts or none
_CJK_SPACED_NAME = re.compile(rf"^[{_CJK_LETTERS}][{_CJK_LETTERS}\s\u3000・]{{1,9}}$")
#: a Taiwanese or Chinese byline of the reporter's title, the names and where they report from:
#: "記者王小明／台北報導", "記者 王小明、陳美玲／台中即時報導", "本报记者 张三/北京报道"
_REPORTER_PLACE = re.compile(
    rf"^\s*{_CJK_REPORTER}\s*([^／/]{{2,30}}?)\s*[／/]\s*[^／/\s]{{1,12}}?(?:报道|報導|报导|電|电)\s*$")
#: the paper a Taiwanese or Chinese byline names before the reporter's title, after a slash, a bar or a space:
#: "聯合報／ 記者王小明／台北報導", "聯合報 記者王小明" (the names are read after it), or glued before the title and its
#: colon: "每经记者：NAME"
_OUTLET_BEFORE_REPORTER = re.compile(rf"^\s*[\u4e00-\u9fff]{{2,12}}?\s*(?:[／/｜|]|\s)\s*(?={_CJK_REPORTER})"
                                     r"|^\s*[\u4e00-\u9fff]{1,12}?(?=(?:记者|記者)\s*[:：])")
#: the reporter's title glued before one name, or labelled with a colon before one or more: "記者王小明", "記者：王小明",
#: "记者：NAME NAME"
_GLUED_REPORTER = re.compile(rf"^\s*{_CJK_REPORTER}\s*(?:[：:]\s*"
                             rf"(?=[{_CJK_LETTERS}]{{2,5}}(?:[\s、，]+[{_CJK_LETTERS}]{{2,5}}){{0,4}}\s*$)"
                             rf"|(?=[{_CJK_LETTERS}]{{2,5}}\s*$))")
#: where a Chinese byline's writer reported from, after the name: "發自台北、宜蘭", "发自北京", or after a space, the
#: places and "reporting": "PAPER记者 NAME NAME 北京、深圳报道"
_FILED_FROM = re.compile(r"\s*(?:发自|發自)\s*\S+$|[ \u3000]+[\u4e00-\u9fff、，]{2,20}?(?:报道|報道|報導|报导)\s*$")
#: a byline line wholly in full-width brackets: "（田中健太）"
_BRACKETED = re.compile(r"^\s*（\s*([^（）()]{2,40}?)\s*）\s*$")
#: an agency's part of a Japanese text named after its writers: "一部共同" (partly Kyodo's copy)
_PARTLY = re.compile(r"^一部\s*(\S{2,8})$")
#: words of bracketed labels, never a name: "【関連記事】", "【動画】", "【速報】"
_BRACKET_LABEL = re.compile(r"記事|动画|動画|写真|速報|続報|詳報|特集|解説|関連|相关|相關|图|圖|完")
#: the writer's job or affiliation a Japanese magazine prints in full-width brackets after the name, closing the line:
#: "文／田中一郎（ジャーナリスト）", "NAME（経済評論家）": no part of the name
_JOB_IN_BRACKETS = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff々])\s*（[^（）\d]{1,20}）\s*$")
#: the same after a spaced colon, as a business magazine's writer card prints it: "宮下 彩 : ビズトレンド 記者",
#: "NAME : 経済ジャーナリスト" (a job's word closing it; "文 : NAME", a label's, is no job)
_JOB_AFTER_COLON = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff々])\s+[:：]\s+[^:：\n]{0,20}?"
                              r"(?:記者|ライター|ジャーナリスト|編集部員?|編集者|編集長|コラムニスト|エコノミスト|アナリスト|評論家|"
                              r"解説委員|論説委員|特派員|研究員)\s*$")
#: the bureau or desk a Japanese paper prints before the writer's name with a middle dot: "（浜松総局・鈴木花子）",
#: "（石巻支局・NAME）", "（政治部・NAME）", or a bureau and a space ("（旭川支局　NAME記者）", "（汐見支社　NAME）"; a desk
#: and a space, "フジテレビ社会部 NAME記者", is ``_DESK_BEFORE_NAME``'s; the place's name in kana too: "（さいたま総局・NAME）"):
#: the name alone
_BUREAU_BEFORE_NAME = re.compile(r"^\s*[\u3040-\u30ff\u4e00-\u9fff]{0,8}(?:総局|支局|支社|本社|通信部|報道部|取材班|部|事務局|"
                                 # or a web medium's name: "（まいどなニュース・松田 直樹）"
                                 r"[\u3040-\u30ff\u4e00-\u9fff]{0,8}(?:ニュース|新聞|新報|日報))(?:\s*[・･]\s*|(?<=[局社])\s+)"
                                 rf"(?=(?:[{_CJK_LETTERS}]{{2,5}}|[{_CJK_LETTERS}]{{1,4}}\s[{_CJK_LETTERS}]{{1,4}})\s*$)")
#: a Japanese writer's job, maybe after the department, printed before the name with spaces: "論説委員　NAME",
#: "地域政策研究部　主任研究員　NAME" (a column's or a think-tank's byline): the name alone
_JA_JOB_BEFORE_NAME = re.compile(r"^\s*(?:[\u30a0-\u30ff\u4e00-\u9fff]{1,12}(?:部|局|室|課|センター|グループ)[ \u3000]+)?"
                              r"(?:論説委員長?|編集委員|解説委員|論説副委員長|(?:主任|上席|主席|客員|特別)?研究員|特派員|"
                              r"コラムニスト|エコノミスト|アナリスト|部長|室長|所長|センター長)[ \u3000]+"
                              rf"(?=(?:[{_CJK_LETTERS}]{{2,5}}|[{_CJK_LETTERS}]{{1,4}}\s[{_CJK_LETTERS}]{{1,4}})\s*$)")
def _without_jobs(line: str) -> str:
    """A byline's line without the bureau, desk or job printed around a Japanese or Chinese writer's name."""
    for pattern in (_BUREAU_BEFORE_NAME, _JOB_IN_BRACKETS, _JOB_AFTER_COLON, _JA_JOB_BEFORE_NAME):
        line = pattern.sub("", line)
    return line


#: the label of the reporting opening a broadcaster's line under its text ("取材：報道部　NAME")
_REPORTED_LABEL = re.compile(r"^\s*取材\s*[：:]\s*(?=\S)")
#: the label of the reporting a local broadcaster's closing brackets open with: "（取材：旭川支局　NAME記者）"
_REPORTING_LABEL = re.compile(r"^\s*(?:取材|報告)\s*[：:]\s*"  # "（報告：事務局 NAME）", a group's report
                              r"|^\s*聞き手\s*[・･：:]\s*"  # "（聞き手・報道部　NAME）", an interview's interviewer
                              # a Malaysian Chinese paper's closing line, its name and desk before the label:
                              # "（PAPER/REGION·报道：NAME；摄影：NAME）"
                              r"|^\s*(?:[^\s：:·・･]{1,20}\s*[·・･]\s*)?(?:报道|報道|報導)\s*[：:]\s*")
#: the photographer's part after the writers in such closing brackets ("；摄影：NAME"), credited apart as the picture's
_PHOTO_PART = re.compile(r"\s*[；;]\s*(?:摄影|攝影|摄|攝|图|圖)\s*[：:][^；;]*$")


def _bracketed_names(found: re.Match) -> str:
    """The names inside a byline line's full-width brackets, each without the label, the bureau or desk and the
    reporter's title around it: "（石巻総局・NAME、報道部・NAME）", "（取材：旭川支局　NAME記者）" (an agency's part,
    "一部共同", is none of them)."""
    return "、".join(_bracket_names(found.group(1)))


def _bracket_names(inside: str, labelled: bool = False) -> list[str]:
    """The names of a Japanese text's closing brackets, each piece parted by "、" without the bureau, desk or title
    around it (``_bracketed_name``; with ``labelled``, without a writer's label before it: "文・"), an agency's part
    ("一部共同") and a photographer's part ("；摄影：NAME", ``_PHOTO_PART``) left out."""
    pieces = (_TEXT_BY_LABEL.sub("", piece) if labelled else piece
              for piece in _PHOTO_PART.sub("", inside).split("、", 3))
    return [name for name in map(_bracketed_name, pieces) if not _partly_agency(name)]


def _partly_agency(piece: str) -> bool:
    """Whether a piece of a Japanese text's closing brackets is an agency's part, "一部共同" (partly Kyodo's copy)."""
    return (partly := _PARTLY.match(piece)) is not None and partly.group(1).casefold() in BY_CASEFOLD


def _bracketed_name(piece: str) -> str:
    # "（本报记者　NAME）": a Chinese paper's reporter's title before the name
    # ("（聞き手・報道部　NAME）": the interviewer's desk and a space, ``_DESK_BEFORE_NAME``)
    return _DESK_BEFORE_NAME.sub("", _BUREAU_BEFORE_NAME.sub("", _REPORTER_AFTER_NAME.sub("", _GLUED_REPORTER.sub(
        "", _REPORTING_LABEL.sub("", piece)))))


#: a byline line that is a name in lenticular brackets, as a Japanese sports paper signs its text off: "【中村大輔】"
_LENTICULAR_ONE = rf"(?:[{_CJK_LETTERS}]{{2,5}}|[{_CJK_LETTERS}]{{1,4}}\s[{_CJK_LETTERS}]{{1,4}})"
#: (or several, as a national daily signs its text off: "【NAME、NAME】"; an interview's, its interviewer's:
#: "【聞き手・NAME】")
_LENTICULAR_NAME = re.compile(rf"^\s*【\s*(?:聞き手\s*[・･：:]\s*)?({_LENTICULAR_ONE}(?:、{_LENTICULAR_ONE}){{0,3}})\s*】\s*$")


def _unbracketed_name(found: re.Match) -> str:
    """The name in lenticular brackets, not a label ("【関連記事】" stays)."""
    return found.group(0) if _BRACKET_LABEL.search(found.group(1)) else found.group(1)


#: a Japanese web medium's writer signing the text off, the outlet in brackets after the name: "澤田彩乃（ハフポスト日本版）"
_NAME_THEN_OUTLET = re.compile(rf"^\s*([{_CJK_LETTERS}]{{2,5}}|[{_CJK_LETTERS}]{{1,4}}\s[{_CJK_LETTERS}]{{1,4}})"
                               r"\s*（([^（）\d]{2,20})）\s*$")


#: what a Chinese paper's dateline brackets give after the reporters: its correspondents ("通讯员 NAME", credited
#: apart) and the note that they wrote and photographed ("文/图", "摄"): "本报讯（记者 NAME 通讯员 NAME 文/图）"
_CREW_IN_DATELINE = re.compile(r"\s*(?:(?:通讯员|通訊員|实习生|實習生).*|(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文\s*[/／]\s*圖|摄影?|攝影?))$")
#: a trainee reporter's title before the second writer's name in a dateline's brackets ("（记者 A 见习记者 B）"): the title
#: goes, the trainee is a writer too
_TRAINEE_REPORTER = re.compile(r"\s*(?:见习|見習)(?:记者|記者)\s*")


def reporters_in_text(text: str) -> list[str]:
    """Reporters that Chinese and Japanese stories name inside the text rather than in a byline:
    in brackets after the dateline's "电" ("新华社北京3月12日电（记者王晓明、李静）"), in an agency's bracketed
    dateline before the place ("（中央社記者鍾榮峰台北12日電）"), or in 【】 after the
    last sentence ("…提出する。【山本直樹、佐々木千夏】"), or after the first paragraph's. Each name is two to five CJK
    characters, no agency and no bracketed label."""
    text = text.strip()
    if not text:
        return []
    first, last = text.split("\n", 1)[0], text.rsplit("\n", 1)[-1]
    # (or after the first paragraph's last sentence, as a national daily signs its lead: "…求められた。【NAME、NAME】")
    found = _DATELINE_REPORTERS.match(first) or _OPENING_REPORTERS.match(first) or _CLOSING_REPORTERS.search(last) \
        or _CLOSING_REPORTERS.search(first)
    closing = _CLOSING_WRITER.search(last) if found is None else None
    closed = _REPORTER_TITLE_END.sub("", closing.group(1)) if closing is not None else ""  # "松井健太記者": the name
    closed = "、".join(_bracketed_name(piece) for piece in closed.split("、")) if closed else ""  # "（科学部　NAME）"
    if closed and "＝" in closing.group() and any(n.casefold() in BY_CASEFOLD for n in re.split(r"[、，]", closed)):
        closed = ""  # a wire after the place, "（ワシントン＝共同）", names no writer
    if closed and not any(_NOT_WRITER_END.search(n) for n in re.split(r"[、，]", closed)):
        found = closing
        if not re.search(r"[、，]", closed) and (spaced := _spaced_name(closed)):
            return spaced  # "（山下 彩）": a Japanese name printed with a space between its two parts
    if found is not None:
        names = _TRAINEE_REPORTER.sub(" ", _CREW_IN_DATELINE.sub("", closed or found.group(1)))
    elif found := _AGENCY_REPORTERS.match(first):
        names = found.group(1)
        names = names[:-(len(place.group()) if (place := _LONG_PLACE.search(names)) else 2)]  # the place goes
    elif "\n" in text and (signed := _bracketed_writers(last)):
        # (a paragraph of its own that no <p> holds, the text's lines split by <br>: "…と話している。<br><br>（水杉支局・
        # NAME）", ``_bracketed_signature`` on the text; the name maybe spaced: "<br>（日下部 隆）")
        return (len(signed) == 1 and _spaced_name(signed[0])) or _names_in_text(signed)
    else:
        return []
    return _names_in_text([n for n in re.split(r"\s*[、，,\s]\s*", names) if n])


def signs_off(paragraph: str) -> bool:
    """Whether a paragraph closes on its writers' names in brackets after its last sentence ("…増している。【三浦莉子】",
    "…拡充する。（山田太郎）"), as ``reporters_in_text`` reads them: the text's last paragraph."""
    last = paragraph.rsplit("\n", 1)[-1]
    return (_CLOSING_REPORTERS.search(last) is not None or _CLOSING_WRITER.search(last) is not None) \
        and bool(reporters_in_text(last))


def _spaced_name(name: str) -> list[str]:
    """A Japanese name printed with a space between its two parts ("山下 彩", "日下部 隆"), as a list of it, or none."""
    parts = name.split()
    return [" ".join(parts)] if len(parts) == 2 and _CJK_NAME.match("".join(parts)) else []


def _names_in_text(names: list[str]) -> list[str]:
    """The names a Chinese or Japanese text gives its writers in, each once: none unless there are one to four, each
    two to five CJK letters, no agency and no bracketed label."""
    if not names or len(names) > 4 or not all(_CJK_NAME.match(n) and not BY_CASEFOLD.get(n.casefold())
                                              and not _BRACKET_LABEL.search(n) for n in names):
        return []
    return _unique(names)


#: a Japanese correspondent's dateline opening the text, the place they file from and the writers after a full-width
#: equals sign: "【ワシントン＝大野拓也】", "【北京＝NAME、NAME】" (a wire or a bureau there, "【ワシントン＝共同】",
#: "【北京＝中国総局】", names no writer), or a half-width one as some papers' web pages set it ("【仙台=NAME】"); or, no
#: sign between them, a foreign place in katakana and the writers in kanji: "【ベルリンNAME】", "【ワシントンNAME、NAME】"
#: (the script changes where the name starts)
_OPENING_CORRESPONDENT = re.compile(r"^\s*【\s*(?:[\u30a0-\u30ff\u4e00-\u9fff]{1,10}\s*[＝=]\s*([^【】＝=]{2,30}?)|"
                                    r"[\u30a0-\u30ff]{2,10}([\u4e00-\u9fff々]{2,5}(?:、[\u4e00-\u9fff々]{2,5}){0,3}))"
                                    r"\s*】")


def correspondents_in_text(text: str) -> list[str]:
    """The correspondents a Japanese paper's dateline names before the text's first sentence: "【ロンドン＝NAME】…".
    They wrote the story whatever else signs it (a closing "（NAME、NAME）" names the desk's writers who added to it)."""
    found = _OPENING_CORRESPONDENT.match(text)
    if found is None:
        return []
    names = [n for n in re.split(r"\s*[、，]\s*", found.group(1) or found.group(2)) if n]
    return [] if any(_NOT_WRITER_END.search(n) for n in names) else _names_in_text(names)


#: agencies whose material the writer used, in brackets after the name: "NAME (mit dpa, AFP)", "(avec AFP)", "(with AP)";
#: or the agency the writer works for, bare in the bracket: "Von NAME (KNA)", "NAME (dpa)" (agencies only, then)
_WITH_AGENCIES = re.compile(r"\(\s*(?:(?P<with>mit|with|avec|con|met)\s+)?(?P<names>[^()]{2,40}?)\s*\)", re.IGNORECASE)
_AGENCY_LIST = re.compile(r"\s*(?:[,/&]|\s(?:und|and|et|y|en)\s)\s*")


def _with_agencies(found: re.Match) -> str:
    """The agencies of a bracket "(mit dpa, AFP)" as parts of the byline (", dpa, AFP"), when each is one, or the
    writers of one ("NAME (avec NAME)", a French daily's co-writer: each a person's name of two words or more); the
    bracket as it was otherwise (it goes with the other brackets)."""
    names = _AGENCY_LIST.split(found.group("names"))
    if found.group("with") is None:
        return ", " + ", ".join(names) if all(BY_CASEFOLD.get(n.casefold()) for n in names) else found.group(0)
    return ", " + ", ".join(names) if all(BY_CASEFOLD.get(n.casefold()) or len(n.split()) > 1 and is_person_name(n)
                                          for n in names) else found.group(0)


#: a name the byline gives another role in brackets after it: "Par NAME (Texte) et NAME (Photos)", "NAME (Fotos)",
#: "NAME (Illustration)", "NAME (Bilder)": a photographer or illustrator, no writer (with the "and" joining it to the writer)
#: (the name holds no "und"/"and"/"et": "Von NAME und NAME (Fotos)" names a writer, then the photographer)
_BRACKETED_OTHER_ROLE = re.compile(
    r"(?:\s+(?:et|und|and|y|e)\s+|[,;]\s*)?(?P<name>[^\W\d_](?:(?!\s(?:et|und|and|y|e)\s)[^,;()\n]){1,60}?)\s*\(\s*(?:(?P<photo>photos?|fotos?|"
    r"photographies?|fotografie|photographs|pictures|bilder)|illustrations?|infographies?|grafik|vid[ée]os?)\s*\)",
    re.IGNORECASE,
)
#: a newsroom's desk printed as the byline ("社会部", "政治部", "経済部", "编辑部"), or a company's department signing
#: its blog's posts ("総務部", "広報室", "営業部"): a department, nobody's name
_DESK_WORD = (r"(?:社会|政治|経済|经济|国際|国际|外信|報道|报道|文化|運動|运动|科学|生活|地域|編集|编辑|編輯|科技|体育|體育|"
              r"総務|広報|営業|人事|企画|経営企画|販売|業務|管理)(?:部|局|課|班|组|組|室|委員会)")
#: ... alone, or after the name of its paper or company ("丸福食品 総務部", "毎朝新聞社会部")
#: (or a Japanese paper's bureau, in an element of its own before its writers: "<span class='authorDesk'>北浜支局</span>
#: <a>NAME</a>、<a>NAME</a>")
_CJK_DESK = re.compile(rf"^(?:[^\s]{{1,16}}[ \u3000]?)?{_DESK_WORD}$|^[\u4e00-\u9fff]{{0,8}}(?:総局|支局|支社|通信部|取材班)$")
#: a Japanese broadcaster's signature "フジテレビ社会部 NAME記者": the outlet and desk before the name, the title after it
_DESK_BEFORE_NAME = re.compile(rf"^\s*[\u30a0-\u30ff\u4e00-\u9fff]{{0,12}}{_DESK_WORD}\s+(?=\S)")
_REPORTER_AFTER_NAME = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff々])\s*(?:記者|记者)\s*$")
#: a Japanese paper's staff title after the writer's name, joined by a middle dot or a space: "NAME・編集委員",
#: "NAME 論説委員", "NAME・ワシントン特派員" (a place or desk only after the dot), "NAME・専門記者" (a bare "記者" is
#: ``_REPORTER_AFTER_NAME``'s)
_STAFF_TITLE_AFTER = re.compile(r"(?:^|\s*[・･]\s*(?:[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{1,8}?)?|\s+)(?:特別|客員|上席|上級)?"
                                r"(?:編集委員|論説委員|解説委員|専門記者|特派員)\s*$")
#: a Japanese name written with a space between family and given name ("北見 恒一")
_SPACED_CJK_NAME = re.compile(rf"^[{_CJK_LETTERS}]{{1,4}}[ \u3000][{_CJK_LETTERS}]{{1,4}}$")
#: a Japanese writer's job or qualification printed before the name and a space, the name alone after it:
#: "管理栄養士 NAME", "料理研究家 NAME", "フードコーディネーター NAME" (a job of three characters or more closing on a
#: job's ending, so a surname is never one): no part of the name
_JOB_BEFORE_NAME = re.compile(r"^\s*[\u30a0-\u30ff\u4e00-\u9fff]{1,12}(?<=[\u30a0-\u30ff\u4e00-\u9fff]{2})"
                              r"(?:士|師|家|ター|ナー|スト)\s+"
                              rf"(?=(?:[{_CJK_LETTERS}]{{2,5}}|[{_CJK_LETTERS}]{{1,4}}\s[{_CJK_LETTERS}]{{1,4}})\s*$)")


#: a TV report's crew printed after the writer in the byline, "NAME | Reportage TF1 NAME, NAME", "NAME – Images NAME":
#: its names filmed the report, they did not write the article (the credit lines read them as contributors)
_CREW_AFTER_WRITER = re.compile(r"(?<=\S)\s*[|,;–—]\s*(?:[Rr]eportage|[Ii]mages|[Mm]ontage|[Rr]éalisation|[Tt]ournage)"
                                r"\s+(?=[A-ZÀ-Ý])[^\n]*")


#: a bullet between a byline's parts ("NAME • 11 mars 2026", "NAME · 8 Min. Lesezeit")
_BULLET_PARTS = re.compile(r"\s[•·|]\s")


#: a byline wholly in square brackets, half or full width: "[NAME，OUTLET]", "［NAME，OUTLET］"
_SQUARED_BYLINE = re.compile(r"^\s*[\[［]\s*([^\[\]［］]{2,60}?)\s*[\]］]\s*$")
#: the last comma of such a byline, half or full width, before the writer's outlet
_LAST_COMMA = re.compile(r"\s*[，,]\s*(?=[^，,]*$)")


def split_byline(text: str, sites: list[str] = (), spaced: bool = False) -> tuple[list[str], list[str]]:
    """``(persons, agencies)`` named in a byline such as "By Anna Smith and Boris Petrov, AFP".

    Lines of ``text`` (tag boundaries of a printed byline) separate names as commas do.
    A one-word part counts as a name only when it is the whole byline (pen names),
    so datelines such as "Anna Smith, London" lose the place. A line wholly in full-width
    brackets ("（田中健太）", a name in "【】") is the name inside them. With ``spaced`` (a Chinese page), spaces
    separate names written in Chinese characters ("澎湃新闻记者 陈晓 王敏"), as Chinese names
    have none inside them (a Japanese name may: "佐藤 真理").
    """
    site_keys = [_key(s) for s in sites if len(_key(s)) >= 3]
    parts = []
    text = text.replace("｜", "|")  # (a full-width bar parts a byline's fields as a bar does: "記者　NAME　｜　DATE")
    if (squared := _SQUARED_BYLINE.match(text)) is not None:
        # "[NAME，OUTLET]": a Japanese tech medium's byline in square brackets, the writer's outlet after the last comma
        text = _LAST_COMMA.split(squared.group(1), maxsplit=1)[0]
    if "--" in text:
        text = _DASH_FRAME.sub("", text)  # a wire's sign-off framed in dashes: "--- Von NAME, dpa-AFX ---"
    if "ontribution" in text:
        text = _CONTRIBUTIONS_FROM.sub("\n", text)  # "By NAME Contributions from NAME": the second contributed
    if "協助" in text or "协助" in text:
        text = _LABELLED_HELPERS.sub("", text)  # "撰文：A｜協助採訪：B": B helped report, no writer
    if "@" in text:
        text = _HANDLE_AFTER_NAME.sub("\n", text)  # "By NAME @handle March 11, 2026": the handle parts name and date
    if "者" in text:  # "記者：A　實習記者：B": the second label parts the two writers
        text = _NEXT_REPORTER_LABEL.sub(lambda m: "、" if _REPORTER_LABEL_BEFORE.search(text, 0, m.start()) else m[0],
                                        text)
    # (a line after the first that is a job alone, "Gazette Food Editor" under "By NAME", names nobody; nor one
    # crediting a reviewer or a translator, "監修　NAME（JOB）" under "文　NAME")
    text = "\n".join(_without_jobs(_BRACKETED.sub(_bracketed_names, _LENTICULAR_NAME.sub(_unbracketed_name, line)))
                     for index, line in enumerate(_without_other_roles(text.split("\n")))
                     if not (index and _WRITER_JOB.fullmatch(line.strip())))
    if "eportage" in text or "mages" in text or "ontage" in text or "éalisation" in text or "ournage" in text:
        text = _CREW_AFTER_WRITER.sub("", text)  # "NAME | Reportage TF1 NAME, NAME": the crew is no writer
    if "(" in text:
        text = _BRACKETED_OTHER_ROLE.sub("", text)  # "NAME (Photos)": the photographer is no writer
        text = _WITH_AGENCIES.sub(_with_agencies, text)  # "NAME (mit dpa, AFP)": the agencies, out of the bracket
    other_role = False
    for index, line in enumerate(_role_lines(_JUNK.sub(" ", text))):
        if other_role or line.rstrip(" :：")[-2:].casefold() == "by" and _OTHER_ROLE_BY.match(line):
            other_role = not other_role  # the label's line, then the name of its own line: no writer's
            continue
        line = _OUTLET_BEFORE_REPORTER.sub("", line)  # "聯合報／ 記者王小明／台北報導": the paper goes
        line = _REPORTER_PLACE.sub(r"\1", line)  # "記者王小明／台北報導": the names, not the place
        if "、" in line or "，" in line:
            line = _NEXT_REPORTER_TITLE.sub("", line)  # "林冠宇、實習記者張芷瑜": the second name without its title
        line = _GLUED_REPORTER.sub("", line)  # "記者王小明": the name, not the title
        line = _FILED_FROM.sub("", line)  # "陳怡安 發自台北、宜蘭": the name, not where she reported from
        if ABOUT_WRITER.match(line):
            continue  # "关于作者", "About the author": an author box's heading, no name
        if _FONT_SIZES.match(line):
            continue  # "字號：<a>大</a> <a>中</a> <a>小</a>" in a header line: the font size's buttons, no name
        if _FACT_LINE.match(line):
            continue  # "Role, BBC News", "職務, BBC中文記者", "Reporting from, Kyiv": the writer's job or place
        if " of " in line or " for " in line:
            line = _UNIT.sub(" ", line)  # "College of Agriculture and Life Sciences": the writer's unit, no names
        if index and not _LEAD_IN_WORD.match(line) and parse_printed_date(_BULLET_PARTS.split(line, 1)[0]):
            continue  # a line of its own giving place and date ("La Fresneda, 11 de marzo de 2026"); in ", NAME •
            # 11 mars 2026" (the second of two linked writers, then the date after a bullet) the date is no line's own
        line = _REPORTED_LABEL.sub("", line)  # "取材：報道部　NAME" under a broadcaster's text: the desk and name
        if _JOB_BEFORE_NAME.match(line):  # "管理栄養士 NAME": the name alone
            line = _JOB_BEFORE_NAME.sub("", line)
        if ("員" in line or "専門記者" in line) and (staff := _STAFF_TITLE_AFTER.search(line)) is not None:
            alone = line[:staff.start()].strip()
            if not alone or _CJK_NAME.match(alone) or _SPACED_CJK_NAME.match(alone):
                line = alone  # "NAME・編集委員", "・論説委員" after the linked name: the name alone, the title none
        if _DESK_BEFORE_NAME.match(line):  # "フジテレビ社会部 NAME記者": the name alone
            line = _REPORTER_AFTER_NAME.sub("", _DESK_BEFORE_NAME.sub("", line))
        elif (bracketed := _BRACKETED_REPORTER.match(line)) is not None:  # "【NAME記者】": the names alone
            line = bracketed.group(1)
        elif reporting := _reporting_names(line):
            line = reporting  # "NAME 报道": the names alone
        elif _REPORTER_AFTER_NAME.search(line) and _CJK_NAME.match(alone := _REPORTER_AFTER_NAME.sub("", line).strip()) \
                and not _NOT_WRITER_END.search(alone) and not _OWN_OR_SPECIAL.match(alone):
            line = alone  # "NAME記者" printed alone in a byline: the name, not the title ("本报记者", "澎湃新闻记者": none)
        if line.strip() and not _CREDIT.match(line) and not _is_other_role(line):
            if "," in line and ("–" in line or "—" in line or " - " in line):
                line = _OUTLET_AFTER_DASHED_TITLE.sub(r"\1", line)  # "NAME – Staff Reporter, OUTLET": the outlet goes
            parts += _SPLIT.split(_TAIL.sub("", _LEAD_IN.sub("", line)))
    # each part without its bureau or desk: "経済部　A、東京支社　B" names A and B
    # (and not a job alone, set after the name it qualifies: "NAME, Consumer Affairs Editor and NAME")
    parts = [p for p in (_strip_part(_BUREAU_BEFORE_NAME.sub("", p)) for p in parts
                         if not _BEAT_JOB.fullmatch(p.strip()))
             if p and not _BARE_ROLE_LABEL.match(p)]
    persons, agencies = [], []
    for part in parts:
        if site_keys and (lead := _BEFORE_DASH.match(part)) and _is_site(lead.group(1), site_keys):
            part = part[lead.end():]  # "Kompas.com - Agie Permadi": the site's name before the writer's
        elif (lead := _BEFORE_DASH.match(part)) and " " in lead.group(1) and is_person_name(lead.group(1)) \
                and not is_person_name(part) and not is_person_name(part[lead.end():]):
            part = lead.group(1)  # "Alex Grant - Lifehacker US": the writer, then the edition she writes for
        # "Isabelle Tremblay La Presse": the site's name glued after the writer's, where no line or comma parts them
        part = next((part[:-len(site)].rstrip(" ,|-–—") for site in sites if len(site) >= 3
                     and part.casefold().endswith(" " + site.casefold()) and len(part[:-len(site)].split()) >= 2), part)
        if sites and len(part) > 12 and _is_role(part.rsplit(None, 1)[-1]):
            part = _without_paper_title(part, sites)  # "Tomás Reyes Globe Staff": the paper's short name, then the job
        glued = _glued_agency(part)
        if glued:  # "MARIA ESTRADA Associated Press"
            agencies.append(BY_CASEFOLD[" ".join(glued.group(1).split()).casefold()])
            part = part[:glued.start()].strip(" ,-–—")
        outlet = _FOR_OUTLET.search(part)
        if outlet and len(part[:outlet.start()].split()) >= 2:  # "Organization for ..." is no name and an outlet
            part = part[:outlet.start()]
        agency = BY_CASEFOLD.get(part.casefold())
        if " in " in part and len(part[:part.index(" in ")].split()) >= 2:
            part = _IN_PLACE.sub("", part)  # "Anna Smith in London", "LI WEN in Shanghai": where the writer filed from
        name = _name_part(part)
        if CJK_OUTLET.fullmatch(part) or _CJK_DESK.match(part):
            continue  # "财新网", "澎湃新闻": an outlet, no person
        if agency:
            agencies.append(agency)
        elif spaced and " " in name and all(_CJK_WORD.match(w) for w in name.split()):
            persons += [w for w in _unpadded(_before_correspondent(name.split())) if _CJK_NAME.match(w) and not _is_site(w, site_keys)
                        and not BY_CASEFOLD.get(w.casefold()) and not _CJK_COUNTER.match(w) and not _is_role(w)]
        elif name and is_person_name(name) and (" " in name or len(parts) == 1 or _CJK_NAME.match(name)
                                                or _HANGUL_NAME.match(name)) \
                and not _is_site(name, site_keys) and not _CJK_COUNTER.match(name):
            persons.append(name)
    persons = [p for i, p in enumerate(persons) if not (i and _KANA_READING.match(p) and _KANJI.search(persons[i - 1]))]
    if "with" in text or "avec" in text or "mit" in text:
        agencies += [" ".join(m.group(1).split()) for m in _WITH_WIRE_SERVICE.finditer(text)]
    return _unique(persons), _unique(agencies)


#: a wire service no list knows, named so, whose copy the writer used: "NAME with NCA NewsWire" (an agency, credited as
#: a contributor, as "with AFP" is; "NAME, Tribune News Service" names the writer's employer, no contribution)
_WITH_WIRE_SERVICE = re.compile(r"\b(?:with|avec|mit)\s+((?:[A-Z][\w&.'’-]*\s+){1,3}(?:News\s?[Ww]ire|Newswire|Wire|"
                                r"News\s+Service|Press\s+Service|News\s+Agency))(?![\w-])")


def _without_paper_title(part: str, sites: list[str]) -> str:
    """The name before a paper's staff title glued after it: "Tomás Reyes Globe Staff", "Ann Lee Times Staff Writer",
    "Ann Lee Post Reporter" (the site's name's last word, as the paper calls itself, then job words), after a name of
    two words or more; "Ann Lee Staff Writer" is left to ``_drop_roles``, a name ending with another word stays."""
    words = part.split()
    end = len(words)
    while end > 3 and _is_role(words[end - 1]):
        end -= 1
    if end == len(words) or end < 3 or not words[end - 1][:1].isupper():
        return part
    short = words[end - 1].casefold()
    if len(short) >= 4 and any(site.split() and site.split()[-1].casefold() == short for site in sites):
        return " ".join(words[:end - 1])
    return part


#: a Chinese correspondent's title: the names after it in a byline ("本报记者 NAME 通讯员 NAME") helped the reporters
#: (a contributor, as in a dateline's brackets), they are no writers
_CORRESPONDENT = frozenset({"通讯员", "通訊員"})


def _before_correspondent(words: list[str]) -> list[str]:
    return next((words[:i] for i, w in enumerate(words) if w in _CORRESPONDENT), words)


#: the correspondents closing a Chinese byline after its reporters: "作者：记者 NAME NAME 通讯员 NAME、NAME"
_BYLINE_CORRESPONDENTS = re.compile(r"(?:通讯员|通訊員)[\s：:]*"
                                    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，\s]+[\u4e00-\u9fff]{2,4}){0,3})\s*$")


#: the helpers a Chinese byline names after its writers under a label of their own: "撰文：A｜協助採訪：B、C"
_LABELLED_HELPERS = re.compile(r"\s*[|｜/／]?\s*(?:協助採訪|协助采访|採訪協助|采访协助)\s*[:：]\s*"
                               r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，\s]+[\u4e00-\u9fff]{2,4}){0,3}?)"
                               # (at the byline's end, or before the next label: "協助採訪：B　攝影：C")
                               r"(?:\s*$|(?=\s+[\u4e00-\u9fff]{2,4}\s*[:：]))")


def byline_correspondents(text: str | None) -> list[str]:
    """The correspondents a Chinese byline names after its reporters (``_CORRESPONDENT``), and the helpers after their
    label (``_LABELLED_HELPERS``): contributors, no writers."""
    found = _BYLINE_CORRESPONDENTS.search(text or "") or _LABELLED_HELPERS.search(text or "")
    return [name for name in re.split(r"[、，\s]+", found.group("names")) if name] if found else []


def _unpadded(words: list[str]) -> list[str]:
    """Chinese names a byline pads with spaces between their characters ("本报记者　刘　畅　实习生　NAME", "郑　美　玲"):
    a run of two or three one-character words is one name; a longer run is left as it was."""
    if all(len(w) > 1 for w in words):
        return words
    out, run = [], []
    for word in words + [""]:
        if len(word) == 1:
            run.append(word)
            continue
        out += ["".join(run)] if 2 <= len(run) <= 3 else run
        run = []
        if word:
            out.append(word)
    return out


#: an author card's counters, read as a part once their figures go ("文章 312 | 粉丝 1.2万", "关注者 1468"): no names
_CJK_COUNTER = re.compile(r"^(?:文章|粉丝|粉絲|关注者?|關注者?|(?:阅读|閱讀|观看|觀看|浏览|瀏覽|点击|點擊)[数數量]?|获赞|獲讚|订阅|訂閱|"
                          r"收藏|评论|評論|点赞|點讚|作品|人[气氣])$")
#: a writer's social handle printed after the name in the byline's line: "By Sarah Scire @sarahscire March 11, 2026"
_HANDLE_AFTER_NAME = re.compile(r"(?<=[^\W\d_])\s+@[A-Za-z0-9_.]{2,30}(?=\s|$)")
#: a byline part's words before a dash ("Kompas.com - NAME")
_BEFORE_DASH = re.compile(r"^(\S.{1,39}?)\s+[-–—]\s+(?=\S)")
#: a Japanese name's reading in hiragana, printed after the name in kanji ("佐藤 真理" "さとう まり"): no second writer
_KANA_READING = re.compile(r"^[\u3040-\u309f]+(?:[\s\u3000][\u3040-\u309f]+)+$")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")


#: a university's or an institution's unit named beside the writer, its words joined by "and" ("College of
#: Agriculture and Life Sciences", "Department of Ecology and Evolutionary Biology", "Center for Climate and Health"):
#: no part of it names a person
_UNIT = re.compile(r"\b(?:College|School|Faculty|Department|Institute|Center|Centre|Division|Office|Program|Programme|"
                   r"Laboratory)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                   r"(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)(?:the\s+)?[A-Z][\w'’-]*)*")
#: a byline's line of labelled facts about the writer other than the name, as a byline list prints them
#: ("Author, NAME" / "Role, BBC News" / "Reporting from, Kyiv"; "作者, NAME" / "職務, BBC中文記者" / "報道自 福島")
_FACT_LINE = re.compile(r"^\s*(?:(?:role|job\s+title|reporting\s+from)\s*,|(?:職務|职务)\s*[,，]|(?:報道自|报道自)\s)", re.I)
#: a Chinese or Japanese role label before its names with "／" or "：": "文／佐藤誠", "写真／中村亮", "摄影：张三";
#: each starts a line of its own (a byline of roles, "文／佐藤誠　写真／中村亮", is one line per role); "文●NAME　編集●NAME";
#: the roles may be set off by bars: "撰文：NAME｜攝影：NAME｜編輯：NAME"; the outlet's short name may open the editor's
#: label: "每经记者：NAME　每经编辑：NAME"
_CJK_ROLE_LABEL = re.compile(r"(?:^|(?<=\s)|[｜|]\s*)(?:[\u4e00-\u9fff]{1,4}?(?=编辑|編輯))?"
                             r"(取材・文|文|作者|撰文|文字|取材|構成|" + JA_TEXT_WORD + r"|写真|撮影|摄影|攝影|图片|圖片|图|圖|イラスト|插图|插圖|"
                             r"編集|编辑|編輯|责编|責編|設計|设计|ヘア[＆&]?メイク|スタイリング|翻訳校正|翻訳|翻译|翻譯|校正|"
                             # the video's maker and the copy's checker ("视频：NAME" under a writer's card)
                             r"视频|視頻|影音|影像|核稿|审稿|審稿|"
                             # (and the photographer's label cut to its first character, as a Hong Kong paper's meta
                             # line prints it: "文：NAME　攝：NAME")
                             r"攝|摄)"
                             r"\s*[／/：:＝=｜|●]\s*"
                             # a long-form credit line setting its labels off by spaces: "文字 NAME　攝影 NAME　設計 NAME",
                             # "取材・文　NAME　／　撮影　NAME"
                             # a Chinese reporter's line naming the editor and proof-reader after the writer, set off
                             # by spaces: "新京报记者 NAME 编辑 NAME 校对 NAME", maybe after a paper's mark: "◎记者 NAME
                             # ○编辑 NAME"
                             r"|(?:^|(?<=\s))[○◎□■]?(取材・文|文字|撰文|撮影|摄影|攝影|設計|设计|插畫|插画|(?:责任|責任)?(?:编辑|編輯)|"
                             r"校对|校對|影音|影像|视频|視頻|核稿)\s+(?=[\u4e00-\u9fff])")
#: labels of a Chinese long-form credit line crediting no writer: the designer's, the editor's, the translator's
_CJK_OTHER_LABELS = frozenset("設計 设计 編輯 编辑 編集 责编 責編 ヘアメイク スタイリング 翻訳校正 翻訳 翻译 翻譯 校正 视频 視頻 影音 "
                               "影像 核稿 审稿 審稿".split())
#: the labels of a Japanese magazine's credits naming the writer: beside one, "構成／NAME" names the editor who
#: composed the piece, no writer ("撮影／NAME　取材・文／NAME　構成／NAME")
_CJK_WRITER_LINES = ("文：", "取材文：", "作者：", "撰文：", "文字：")
_CJK_PHOTO_LABELS = frozenset("写真 撮影 摄影 攝影 攝 摄 图片 圖片 图 圖 イラスト 插图 插圖".split())
#: a label left alone as a byline part ("文：" before the name's own line)
#: an author box's heading over the writer's name: "关于作者", "作者简介", "About the author", "この記事の著者"
ABOUT_WRITER = re.compile(r"^\s*(?:关于作者|關於作者|作者简介|作者簡介|作者介绍|作者介紹|この記事の(?:著者|筆者)|著者について|"
                          # "この記事を書いた人" (the person who wrote this article), "この記事を書いた記者"; a broadcaster's
                          # "取材した記者" (the reporter who covered it)
                          r"この記事を(?:書いた|執筆した)(?:人|記者|ライター)|(?:この記事を)?取材した記者|"
                          r"(?:著者|筆者|執筆者)(?:プロフィール|紹介)|"
                          r"about the (?:author|writer)|über (?:den autor|die autorin))\s*[:：]?\s*$", re.IGNORECASE)
_BARE_ROLE_LABEL = re.compile(r"^[^\W\d_]{1,12}\s*[:：]$")
#: a byline line that is only another role's label, its name on the next line ("Written by<br>NAME<br>Edited
#: by<br>NAME", a tech site's author box; "Reviewed by", "Fact-checked by"): the next line names no writer
_OTHER_ROLE_BY = re.compile(r"^\s*(?:edited|reviewed|fact[- ]?checked|copy[- ]?edited|produced|illustrated|"
                            r"photographed)\s+by\s*[:：]?\s*$", re.IGNORECASE)
#: a byline line crediting photographs: "Photos: Ann Lee", "Fotos: Kai Berg", "写真：中村亮"
_PHOTO_LINE = re.compile(r"^\s*(?:photos?|photographs?|photography|pictures?|fotos?|bilder?|" + "|".join(sorted(_CJK_PHOTO_LABELS, key=len, reverse=True)) + r")\s*"
                         r"(?:[:：]|\bby\b|\bvon\b)\s*(?P<names>\S.*)$", re.IGNORECASE)


#: the photographer's label after the writer's on one line, set off by a bar, bullet, dash or comma: "Text: NAME |
#: Fotos: NAME", "Words: NAME · Photos: NAME", "Text: NAME und NAME · Bilder: NAME", a car magazine's "Text: NAME,
#: Fotos: NAME" (not a slash: "Text/Fotos: NAME" credits one person with both)
_PHOTOS_AFTER = re.compile(r"\s*(?:[|·•;,]|\s[–—-])\s*"
                           r"(?=(?:photos?|photographs|photography|pictures|fotos?|bild(?:er)?)\s*[:：])", re.IGNORECASE)


def _role_lines(text: str) -> list[str]:
    """The byline's lines, a Chinese or Japanese role label ("写真／") starting a line of its own,
    written "LABEL：" like the labels of other bylines, and so does a photographer's label after the writer's
    (``_PHOTOS_AFTER``)."""
    if _CJK_ROLE_LABEL.search(text):
        # the label's word characters ("取材・文" and "ヘア＆メイク" read as "取材文", "ヘアメイク")
        text = _CJK_ROLE_LABEL.sub(lambda m: "\n" + _NON_WORD_CHARS.sub("", m.group(1) or m.group(2)) + "：", text)
        # a slash or bar left closing a role's line ("取材・文　NAME　／　撮影　NAME"): no part of the name
        lines = [line.rstrip(_ROLE_SEPARATORS) for line in text.split("\n")]
        if any(line.startswith(_CJK_WRITER_LINES) for line in lines):
            lines = [line for line in lines if not line.startswith("構成：")]
        return lines
    if ":" in text or "：" in text:
        text = _PHOTOS_AFTER.sub("\n", text)
    return text.split("\n")


_NON_WORD_CHARS = re.compile(r"\W")
_ROLE_SEPARATORS = " \u3000／/｜|"


def byline_photographers(text: str) -> list[str]:
    """The photographers a byline credits on a line of their own ("Photos: Ann Lee", "写真／中村亮")."""
    names = [" ".join(m.group("name").split()) for m in _BRACKETED_OTHER_ROLE.finditer(text)
             if m.group("photo") and is_person_name(m.group("name").strip())]
    for line in _role_lines(_JUNK.sub(" ", text)):
        found = _PHOTO_LINE.match(line)
        if found:
            # (up to the next field's label on the same line: "攝影：NAME　　來源：SITE　　點擊：4826")
            listed = _NEXT_FIELD_LABEL.split(found.group("names"), maxsplit=1)[0]
            names += [" ".join(_unpadded(n.split())) for n in (_strip_part(p) for p in _SPLIT.split(listed))
                      if n and is_person_name(n)]  # "摄影：刘　国　伟": the padded name is one word
    return _unique(names)


#: a Chinese or Japanese field's label after spaces on a byline's line: "　　來源：", "　點擊："
_NEXT_FIELD_LABEL = re.compile(r"\s+[\u4e00-\u9fff]{2,4}\s*[:：]")


def _glued_agency(part: str) -> re.Match | None:
    """An agency printed after the name in the same part ("Anna Smith AP"), matched as
    spelled for short names, in any case for longer ones ("ASSOCIATED PRESS")."""
    if BY_CASEFOLD.get(part.casefold()):
        return None
    found = _GLUED_AGENCY.search(part)
    if found is None:
        found = _GLUED_AGENCY_ANY_CASE.search(part)
        found = found if found and len(found.group(1)) > 4 else None
    return found


def is_person_name(text: str) -> bool:
    """Whether ``text`` looks like a person's name (not a role, desk, outlet, date or sentence)."""
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 60 or any(c.isdigit() for c in text) or words[0] in _ARTICLES:
        return False
    if any(_is_role(w) for w in words) or (any(_is_acronym(w) for w in words) and not _all_caps_name(words)
                                           and not _capital_surname(words)):
        return False
    if len(words) > 1 and words[-1].casefold() in _PARTICLES:
        return False  # "Autorenseite von": a label before a name, no name ends with its particle
    cased = [w for w in words if w[0].isalpha() and w[0].lower() != w[0].upper()]
    return all(w[0].isupper() or w.casefold() in _PARTICLES for w in cased)


#: an English article opening a byline's part: an outlet's or an institution's name ("The Texas Tribune"), no person's
_ARTICLES = frozenset({"The", "THE"})


def _strip_part(part: str) -> str:
    part = _LEAD_IN.sub("", part.strip()).strip(" :-–—\"'“”„«»")
    part = _DANGLING_AND.sub("", part)  # "Markus Huber und" / "et Tristan Berteloot": a line break beside the "and"
    if part.endswith(".") and len(part.split()[-1]) > 4:
        part = part[:-1]
    return part


#: an "and" left at either end of a byline's part, where a tag boundary (a line) stands beside it
_DANGLING_AND = re.compile(r"^(?:and|und|et|avec|with|mit|con|sowie|en|och|og|ja)\s+|\s+(?:and|und|et|avec|with|mit|con|"
                           r"sowie|en|och|og|ja)$", re.IGNORECASE)
#: the place a writer filed from, after the name: " in London", " in Hong Kong" (one to three capitalised words)
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*$")


def _name_part(part: str) -> str:
    """The name in a byline part: after any "Label:", without job titles around it."""
    words = re.split("[:：]", part)[-1].split()
    kept = _drop_roles(words)
    if len(kept) == 1 and len(words) > 1 and not (_CJK_NAME.match(kept[0]) and words[-1] == kept[0]) \
            and not (_HANGUL_NAME.match(kept[0]) and words[0] == kept[0]) \
            or words and words[-1].casefold() in _OUTLET_WORDS:
        return ""  # "Web Desk", "Online Redaktion", "Solar News": a desk or outlet, not a person
    return " ".join(kept)  # a Chinese name after the title is one word: "澎湃新闻记者 陈晓" names 陈晓


#: a Chinese name of two to four characters alone up to a space, a comma or the line's end, after a label
_REPORTER_NAME = re.compile(r"\s*[\u4e00-\u9fff]{2,4}(?:[\s\u3000、，,]|$)")


def _is_other_role(line: str) -> bool:
    """A line crediting another role ("Redaktion: Anna Smith", "Editor: ...", "Sendung: ..."):
    its names edited or presented the piece, they did not write it."""
    label = _LABEL.match(line)
    if not label:
        return False
    if label.group(1) in ("記者", "记者") and _REPORTER_NAME.match(line, label.end()):
        return False  # "記者：NAME　點擊數：3362" in a Chinese header line: the reporter's (an interviewer's question
        # after the label, "記者：請問您怎麼看…", is none)
    if label.group(1) in _CJK_PHOTO_LABELS or label.group(1) in _CJK_OTHER_LABELS:
        return True
    words = label.group(1).split()
    return all(_is_role(w) for w in words) and not any(w.casefold() in _AUTHOR_LABELS for w in words)


def _is_site(name: str, site_keys: list[str]) -> bool:
    key = _key(name)
    return any(key in site and not _named_for(key, site) or site in key for site in site_keys)


#: the words a blog's name puts before its writer's ("Les petits plats de Mamie Jo", "Notes of Ann Lee")
_OF_WRITER = ("de", "of", "von", "di", "da", "du")


def _named_for(key: str, site: str) -> bool:
    """A blog named for its writer ("さとみママの毎日ごはん日記", "Les petits plats de Mamie Jo"): the name
    is hers, she is no site. Keys are letters and digits only."""
    return site.startswith(key + "の") or any(site.endswith(of + key) for of in _OF_WRITER)


def _key(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _drop_roles(words: list[str]) -> list[str]:
    """Remove leading and trailing job titles ("Korrespondent Anna Smith Staff Writer"), and a dash left between
    the name and a title ("Jel Santos - Reporter"): a name neither opens nor closes with one. A title in lower case
    before the name goes whole, its beat too ("defence correspondent Callum Whitlock")."""
    lead = next((i for i, w in enumerate(words) if not w[:1].islower()), len(words))
    if 0 < lead < len(words) and _is_role(words[lead - 1]):
        words = words[lead:]
    while words and (_is_role(words[0]) or words[0] in _DASH_WORDS):
        words = words[1:]
    count = len(words)
    while words and (_is_role(words[-1]) or words[-1] in _DASH_WORDS):
        words = words[:-1]
    if len(words) == count:
        return words
    # a title closing the part holds a place: "Bill Curry Deputy Ottawa Bureau Chief" keeps "Bill Curry"
    inner = next((i for i, w in enumerate(words[2:], 2) if _is_role(w)), None)
    return words[:inner] if inner is not None else words


#: a dash printed as a word of a byline's part ("NAME - Reporter")
_DASH_WORDS = frozenset("- – — ‒ ―".split())


def _is_role(word: str) -> bool:
    word = word.casefold().strip(".,")
    return word in ROLE_WORDS or word.endswith(ROLE_SUFFIXES) or word.startswith(POSTED_FROM)


#: where a Chinese platform says a post was sent from, by the account's name: "发布于北京", "IP属地：上海" (no name)
POSTED_FROM = ("发布于", "發布於", "发表于", "發表於", "ip属地", "ip屬地")


def _all_caps_name(words: list[str]) -> bool:
    """A name printed in capitals ("MORITZ GATHMANN"), not an outlet acronym; a Chinese name's short syllables
    too ("LI WEN", "ZHOU MIN"), as Chinese English-language papers print their bylines."""
    return all(w.isupper() for w in words) and (any(len(w) > 4 for w in words)
                                                or len(words) > 1 and all(_CAPS_PINYIN.match(w) for w in words)
                                                or len(words) > 1 and all(_short_caps_name_word(w) for w in words))


def _short_caps_name_word(word: str) -> bool:
    """A short word of a name in capitals ("ANN LEE", "TOM HAYS"): a vowel in it, as in every given name and surname
    and in few acronyms ("BBC", "NDR", "RTL"), no roman numeral, and neither an agency's name nor an outlet's word
    ("ABC NEWS", "AFP")."""
    return _VOWEL.search(word) is not None and not _ROMAN.fullmatch(word) and not BY_CASEFOLD.get(word.casefold()) \
        and not OUTLET_WORD.fullmatch(word.capitalize()) and not OUTLET_WORD.fullmatch(word)


_VOWEL = re.compile(r"[AEIOUY]")
#: a roman numeral, a channel's or a monarch's ("ORF III"), no name
_ROMAN = re.compile(r"[IVX]+")


#: a word of one or two pinyin syllables in capitals: an initial, vowels, a closing "N", "NG" or "R" ("LI", "WEN",
#: "ZHOU", "XIAOMING"); no outlet acronym reads so ("BBC", "CNN", "NEWS")
_CAPS_PINYIN = re.compile(r"^(?:(?:ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?[AEIOUV]+(?:NG|N|R)?){1,2}$")


def _capital_surname(words: list[str]) -> bool:
    """A given name followed by a surname in capitals with its particle, as French, Italian
    and Spanish bylines print it ("Jeanne LE GUEN", "Marco DE LUCA"): not an outlet's acronym."""
    rest = words[1:]
    return not words[0].isupper() and bool(rest) and all(w.isupper() for w in rest) \
        and any(w.casefold() in _PARTICLES for w in rest[:-1])


def _is_acronym(word: str) -> bool:
    """An outlet-style acronym ("NDR", "SN"), not an initial ("J.", "J.R.")."""
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha()


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in items if not (x.casefold() in seen or seen.add(x.casefold()))]


def _printed_byline(page: Page, header: HtmlElement | None, sites: list[str], anywhere: bool,
                    spaced: bool = False) -> Byline:
    elements = _byline_elements(page, header, anywhere)
    for el in elements:
        if _headline_listing(el) or _in_teaser_row(el):
            continue  # a side box named for the columnists ("columnist") listing their columns' headlines, or a row's
        text = _from_lead_in(byline_text(el))
        outlets = [] if _on_writers_host(el, page.url) else sites
        roles = _role_texts(el)
        persons, agencies = split_byline(text, outlets, spaced)
        if not persons and not agencies and roles:
            # each writer's job in a role's element after the name, the line reading no names with them ("Von <a>A</a>
            # <span class='byline__role'>Redakteurin Oststeiermark</span> und <a>B</a> <span …>Redakteur Wirtschaft
            # </span>"): the line without the jobs names them
            bare = " ".join(reduce(lambda line, role: line.replace(role, " "), roles, text).split())
            persons, agencies = split_byline(bare, outlets, spaced)
        if _linked_only(el):
            agencies = []  # a writer's page is a person's: its link's "PA" is her initials, not the agency
            persons = _linked_writers(el) or _linked_rows(el) or persons
        elif el.tag == "a" and len(persons) == 1 and _is_author_link(el):
            # a link marked as the author's (``rel="author"``) beside the other writers' in a line no class names
            persons = _linked_writers(el) or persons
        persons = [p for p in persons if _FOLLOW.match(p) is None]  # "+加关注" beside the name: a button
        if persons and (source := _SOURCE_LABELLED.match(text)) is not None:
            persons = [p for p in persons if p != source.group(1)]  # "本文来源：PAPER 责任编辑：NAME": the source
        if persons and roles:
            persons = [p for p in persons if p not in roles]  # a desk printed as the writer's role: no writer
        if not persons and not agencies and "文" in text and _TEXT_BY_LABEL.match(text) \
                and (photographers := byline_photographers(text)):
            # "文＝MAGAZINE編集部　写真＝NAME": the text is the desk's, whom the byline does not name; its photographer
            return Byline(text=text, photographers=photographers)
        if persons or agencies:
            fuller = _fuller_line(elements, persons, sites, spaced) if len(persons) == 1 else None
            if fuller:
                persons, el, text = fuller  # "<span class=author>A</span>", then "OUTLET记者 | A B" opening the text
            byline = _refined(el, persons, agencies, sites)
            if len(byline.names) > 2 and (carded := _card_writers(el, byline.names)):
                byline.names = persons = carded
            cards = _next_cards(el, byline.names, sites)
            byline.names += cards
            byline.names += [n for n in _told_to_lines(el) if n not in byline.names]
            byline.photographers = [n for n in byline_photographers(text) or _next_photo_lines(el) if n not in persons]
            if "・" in text and _TEXT_AND_PHOTOS.match(text) or " and " in text and _WORDS_AND_PHOTOS.match(text):
                # "写真・文：NAME", "文・写真／NAME", "Words and photographs by NAME": the writer took the pictures too
                byline.photographers += persons
            elif not byline.photographers and any(_KANA_OR_KANJI.search(n) for n in persons):
                byline.photographers += _shot_by_writer(page, persons)  # ... said in a line of its own elsewhere
            byline.listed = bool(cards or fuller) or len(persons) > 1 and _listed(el, persons)
            if len(byline.names) > 1 and (shot := _photographers_carded(el, byline.names)) \
                    and len(shot) < len(byline.names):
                # a writers' box whose second card is the photographer's ("宮城航　フォトグラファー。鹿児島市在住。…")
                byline.names = [n for n in byline.names if n not in shot]
                byline.photographers += [n for n in shot if n not in byline.photographers]
            return byline
    return Byline()


def _photographers_carded(box: HtmlElement, names: list[str]) -> list[str]:
    """The names of a box of writers' cards whose card's words after the name open with a photographer's title
    ("<a>NAME</a><p>フォトグラファー。鹿児島市在住。…</p>", "NAME Photographer, based in …"): the pictures' maker,
    listed beside the writer under "この記事を書いた人", no writer."""
    shot = []
    for name in names:
        node = next((n for n in box.iter() if isinstance(n.tag, str) and (n.text or "").strip() == name), None)
        if node is None:
            continue
        card = node
        while (parent := card.getparent()) is not None and parent is not box \
                and not any(other in parent.text_content() for other in names if other != name):
            card = parent
        words = card.text_content()
        after = words[words.find(name) + len(name):]
        if _PHOTOGRAPHER_TITLE.match(after):
            shot.append(name)
    return shot


#: a photographer's title opening a writer's card's words after the name
_PHOTOGRAPHER_TITLE = re.compile(r"^\W*(?:フォトグラファー|写真家|カメラマン|摄影师|攝影師|(?i:photographer|"
                                 r"fotograf(?:in)?|photographe))(?![\w])")


#: words no name is printed in: a headline's (five words or more, nine Chinese or Japanese characters running on, a
#: space between two of them as headlines set their clauses apart, "區議會改革兩年 地區諮詢做得夠嗎？"; a colon or a
#: question between words)
_HEADLINE_WORDS = re.compile(r"(?:\S+\s+){4}\S|[\u3040-\u30ff\u4e00-\u9fff](?:\s?[\u3040-\u30ff\u4e00-\u9fff]){8}|"
                             r"\S\s?[:：?？]\s?\S")


def _headline_listing(el: HtmlElement) -> bool:
    """Whether ``el`` lists two rows or more, each a link to no writer's page whose words are a headline's
    (``_HEADLINE_WORDS``: "社評：區議會運作一年　檢討不宜拖"): a box of teasers, whatever its name says, no byline."""
    rows = 0
    for row in el.iter("li"):
        link = row.find(".//a")
        if link is not None and not AUTHOR_PAGE.search(link.get("href") or "") \
                and _HEADLINE_WORDS.search(" ".join(link.text_content().split())):
            rows += 1
            if rows >= 2:
                return True
    return False


#: the most lines of a credits box read after the writer's line, and the most characters of one
_CREDIT_LINES = 3
_CREDIT_LINE_MAX = 60


#: a mark set in an element of its own between a credits line's roles ("Text: NAME · Fotos: NAME")
_CREDIT_SEPARATORS = frozenset("·•|/／｜–—-")


def _lines_after(el: HtmlElement, wanted: re.Pattern[str]) -> Iterator[str]:
    """The lines of the boxes right after the byline's element that ``wanted`` matches, up to the first it does not
    (at most ``_CREDIT_LINES``, none longer than ``_CREDIT_LINE_MAX``), a separator's element passed over ("<span>Text:
    NAME</span><span>·</span><span>Fotos: NAME</span>": the dot's element)."""
    for sibling in islice(el.itersiblings(), _CREDIT_LINES):
        line = sibling.text_content().strip() if isinstance(sibling.tag, str) else ""
        if line in _CREDIT_SEPARATORS:
            continue
        if not line or len(line) > _CREDIT_LINE_MAX or not wanted.match(line):
            return
        yield line


def _next_photo_lines(el: HtmlElement) -> list[str]:
    """The photographers a credits box names in the lines after the writer's, one role a paragraph ("<p>取材・文／NAME</p>
    <p>撮影／NAME</p><p>編集／…</p>", "<p>Words: NAME</p><p>Photos: NAME</p>"): each line after it a role's label and
    names."""
    return [name for line in _lines_after(el, _ROLE_LINE) for name in byline_photographers(line)]


#: a line of a credits box opening with a role's label, Latin or CJK (``_LABEL``, ``_CJK_ROLE_LABEL``)
_ROLE_LINE = re.compile(f"(?:{_LABEL.pattern})|(?:{_CJK_ROLE_LABEL.pattern})")


#: a line naming whom a first-person piece was told to, or who led an interview: "Propos recueillis par NAME", "As told
#: to NAME", "Interview by NAME", "Das Gespräch führte NAME"
_TOLD_TO = re.compile(r"^\s*(?:propos\s+recueillis\s+par|as\s+told\s+to|interview\s+by|das\s+gespräch\s+führten?)\b",
                      re.IGNORECASE)


def _told_to_lines(el: HtmlElement) -> list[str]:
    """The writers a line beside the byline names as those the piece was told to ("<span>Témoignage de A</span><span>·
    </span><span>Propos recueillis par B</span>"): authors too, as the speaker is (in an element of its own, the
    byline's element names the speaker alone)."""
    return [name for line in _lines_after(el, _TOLD_TO) for name in split_byline(_from_lead_in(line))[0]]


def _card_writers(el: HtmlElement, persons: list[str]) -> list[str] | None:
    """The writers of a row of writers' cards, each card a link to the writer's page (or one marked as the writer's) with a line of her job or
    institution beside it in a box of its own ("<li><a href='/profiles/…'>NAME</a><span>Associate Professor of
    Civil Engineering, Lakeshore State University</span></li>"): the linked names, the job lines' words ("Lakeshore
    State", "PhD Candidate") naming nobody. Links sharing a box ("By <a>A</a>, <a>B</a> and C") are a byline."""
    links = [a for a in el.iter("a") if _marked(a) or _is_author_link(a)]
    names = _unique([" ".join(a.text_content().split()) for a in links])
    if len(names) < 2 or len(names) >= len(persons) or not all(n in persons for n in names) \
            or len({a.getparent() for a in links}) != len(links):
        return None
    jobs = " ".join(" ".join(box.text_content().split()) for box in {a.getparent() for a in links})
    return names if all(p in jobs for p in persons if p not in names) else None


def _fuller_line(elements: Iterator[HtmlElement], persons: list[str], sites: list[str],
                 spaced: bool) -> tuple[list[str], HtmlElement, str] | None:
    """The next byline found, when it is a line led in ("OUTLET记者 | A B", "By A and B") naming the one writer
    found first and more (joined as a byline joins names, or by spaces on a Chinese page): ``(persons, element,
    text)``; one more element is read, no more."""
    el = next(elements, None)
    if el is None or not _opens_lead_in(el.text or ""):
        return None
    text = _from_lead_in(byline_text(el))
    found, _ = split_byline(text, sites, spaced)
    if len(found) > 1 and _key(persons[0]) in {_key(n) for n in found} and (spaced or _joined(text, found)):
        return found, el, text
    return None


def _next_cards(el: HtmlElement, names: list[str], sites: list[str]) -> list[str]:
    """The writers of the author cards following ``el`` as its siblings of the same tag and class (a row of cards,
    each a headshot, a name and a job title: "NAME / Staff Writer", "NAME / Celtics reporter"), one person each; a
    card labelled otherwise than as the writer's ("Übersetzt von: NAME") ends the row. ``el`` may be the name's line
    inside its card ("<div class='ContributorContainer'><img><div><div class='ContributorName'>By NAME</div><div>JOB
    </div></div></div>"): the next cards' lines of the same class are read then, a card without a headshot too when
    the byline's joiner opens it ("and NAME", hidden or not)."""
    more: list[str] = []
    card = _card_in_row(el) if names else None
    if card is None:
        return more
    for sib in card.itersiblings():
        if _joiner_alone(sib):
            continue  # "<span class='authors__separator'>und</span>" between two cards
        if sib.tag != card.tag or sib.get("class") != card.get("class"):
            break
        # (the same element in the next card, found by comparing tags: a tag a broken page put a control character
        # in is refused by lxml as a filter, ``iter(tag)``)
        line = sib if card is el else next((d for d in sib.iter() if d.tag == el.tag
                                            and d.get("class") == el.get("class")), None)
        text = byline_text(line) if line is not None else ""
        label = _LABEL.match(text)
        if not text or len(text) > MAX_BYLINE_CHARS \
                or next(sib.iter("img"), None) is None and (card is el or _JOINER.match(text) is None) \
                or label and label.group(1).casefold() not in _AUTHOR_LABELS:
            break  # a card shows the writer's headshot; "Übersetzt von: NAME" names a translator
        found = _refined(line, split_byline(_from_lead_in(text), sites)[0], [], sites).names
        more += [n for n in found[:1] if n not in names and n not in more]
    return more


#: the levels above a writer's name looked at for the card it stands in, and the byline's joiner opening a card
_CARD_LEVELS = 3
_JOINER = re.compile(r"^(?:and|und|et|y|e|&)\s+\S", re.IGNORECASE)


def _card_in_row(el: HtmlElement) -> HtmlElement | None:
    """``el``, or the box around it (a few levels up), that the next box of the same tag and class follows, its class
    naming a byline or a contributor: the writer's card in a row of them."""
    for node in (el, *islice(el.iterancestors(), _CARD_LEVELS)):
        cls = node.get("class")
        nxt = node.getnext()
        while nxt is not None and _joiner_alone(nxt):
            nxt = nxt.getnext()
        if cls and (_CLASS_MARK.search(cls) or "ontributor" in cls) \
                and nxt is not None and nxt.tag == node.tag and nxt.get("class") == cls:
            return node
    return None


def _joiner_alone(el: HtmlElement) -> bool:
    """Whether ``el`` prints the byline's joiner alone between two writers' cards ("<span>und</span>", "&", ",")."""
    return not len(el) and _JOINER_WORD.fullmatch((el.text or "").strip()) is not None


#: a byline's joiner printed alone between two writers' cards (``_joiner_alone``)
_JOINER_WORD = re.compile(r"and|und|et|y|e|&|,|·", re.IGNORECASE)


def _listed(el: HtmlElement, persons: list[str]) -> bool:
    """Whether each name is set in an element of its own, all of one tag and class, as a list of writers
    (``<span class="author__name">Dario Pollice</span> <span class="author__name">Noemi Lea Landolt</span>``); or
    links of no class to pages of one folder ("Von <a href="/impressum/autor-a1">A</a>, <a href="/impressum/autor-b2">B</a>",
    "<a href="/author/…">NAME</a><span>Politics editor</span>", a job title beside each)."""
    kinds = set()
    for person in persons:
        holder = next((inner for inner in el.iter(etree.Element) if (inner.get("class") or inner.tag == "a")
                       and " ".join(inner.text_content().split()) == person), None)
        if holder is None:
            return False
        before = holder.getprevious()  # "<span>Photographs by </span><span class="BylineName">": no writer
        label = " ".join((before.text_content() if before is not None else holder.getparent().text or "").split())
        if label and (_PHOTO_LINE.match(f"{label} {person}") or _is_other_role(f"{label} {person}")):
            return False
        # links of no class to pages side by side ("/impressum/autor-a1b2c3", "/impressum/autor-d4e5f6")
        kinds.add((holder.tag, holder.get("class") or (holder.get("href") or "").rstrip("/").rpartition("/")[0]
                   or None))
    return len(kinds) == 1 and None not in next(iter(kinds))


def _on_writers_host(el: HtmlElement, url: str | None) -> bool:
    """Whether the page is on a host named for its writer's account (``yamaaruki.blogs.example``) and the byline
    ``el`` names that account ("id:yamaaruki", ``data-user-name="yamaaruki"``): a platform of blogs gives each
    writer a host of her own, and the blog's name printed as the byline is then her nickname, not a site's."""
    account = _host_account(url)
    if not account:
        return False
    return account in el.text_content() or any(account in el_.attrib.values() for el_ in el.iter(etree.Element))


def _host_account(url: str | None) -> str:
    """The writer's account a blog platform names the page's host for ("yamaaruki" of
    yamaaruki.blogs.example), or "": the first of three or more labels, unless the host is a site's own
    under a country's second level (news.example.co.uk) or that label names a service (www, news, amp)."""
    labels = (urlsplit(url or "").hostname or "").split(".")
    if len(labels) < 3 or labels[-2] in SECOND_LEVEL or len(labels[0]) < _ACCOUNT_MIN or labels[0] in _HOST_WORDS:
        return ""
    return labels[0]


#: a writer's account name on a host of her own is this long at least; the first labels of news sites' hosts
_ACCOUNT_MIN = 3
_HOST_WORDS = frozenset("www www1 www2 web news blog blogs amp mobile edition english beta".split())


def _linked_writers(link: HtmlElement) -> list[str]:
    """The writers a box of links to writers' pages names, when ``link`` is one of them and the box prints
    nothing else than separators (``<p><a href="/journalist/…">竹地広憲</a>　<a href="/journalist/…">宇多川はるか</a></p>``:
    Japanese and Chinese names set apart by a space, which one name may also hold), words joining names ("By <a>A</a>
    and <a>B</a>", "<a>A</a>, <span>Local Democracy Reporter</span> and <a>B</a>") and short lines of their jobs
    or outlets (``<a href="/staff/…">NAME</a><div>Des Moines Register</div><a …>NAME</a>``)."""
    box = link.getparent()
    if box is None:
        return []
    links = [a for a in box if isinstance(a.tag, str) and _is_author_link(a)]
    others = [c for c in box if isinstance(c.tag, str) and c not in links]
    if len(links) < 2 or any(c.tag == "a" or len(c.text_content()) > _JOB_LINE_MAX for c in others):
        return []
    gaps = [c.tail or "" for c in box]
    lead = box.text or ""
    if _NAME_SEPARATORS.sub("", lead) and not _BY_ALONE.match(lead) \
            or any(_NAME_SEPARATORS.sub("", g) and not _NAME_JOINER.match(g) for g in gaps):
        return []
    return [" ".join(a.text_content().split()) for a in links]


def _linked_rows(link: HtmlElement) -> list[str]:
    """The writers of a column of rows, one a writer, when ``link`` is one row's link to a writer's page and each row
    of the column (all of one tag and class) holds one such link and short words beside it (a follow button:
    ``<div><div class=row><a href="/author/A">A : OUTLET 記者</a><button>著者フォロー</button></div><div class=row>
    <a href="/author/B">…``); each link's name without the job after its colon."""
    row = link.getparent()
    column = row.getparent() if row is not None else None
    if column is None:
        return []
    rows = [r for r in column if isinstance(r.tag, str)]
    if len(rows) < 2 or any(r.tag != row.tag or r.get("class") != row.get("class") for r in rows):
        return []
    names = []
    for r in rows:
        links = [a for a in r.iter("a") if _is_author_link(a)]
        if len(links) != 1 or len(r.text_content()) - len(links[0].text_content()) > _JOB_LINE_MAX:
            return []
        names.append(_JOB_AFTER_COLON.sub("", " ".join(links[0].text_content().split())))
    return names


#: "By" alone before a box's first link to a writer's page: "By <a>A</a> and <a>B</a>", the links joined as names are
#: (``_NAME_JOINER``), names every linked writer
_BY_ALONE = re.compile(r"^\s*by\s*$", re.IGNORECASE)


#: a line of a writer's job or outlet under her link in a box of writers ("Des Moines Register") is this long at most
_JOB_LINE_MAX = 60
#: what may separate the links of a box of writers: spaces, commas, "、", "・", "/"
_NAME_SEPARATORS = re.compile(r"[\s,、，・/／|｜]+")


def _refined(el: HtmlElement, persons: list[str], agencies: list[str], sites: list[str]) -> Byline:
    """Use the byline elements nested in ``el`` to trim names ("Anna Smith" in
    "Anna Smith Environment correspondent"); the byline as printed is the shortest
    of these elements that names everyone, one with a "By" lead-in preferred."""
    texts = {inner: byline_text(inner) for inner in el.iterdescendants() if _is_byline(inner) or _is_lead_in(inner)}
    nested = {inner: split_byline(text, sites)[0] for inner, text in texts.items()}
    for found in nested.values():
        persons = [next((f for f in found if _shortens(f, p)), p) for p in persons]
    texts[el] = byline_text(el)
    naming_all = [inner for inner, found in nested.items() if found and all(p in found for p in persons)]
    best = min([el, *naming_all], key=lambda e: (not _LEAD_IN_WORD.match(texts[e]), len(texts[e])))
    return Byline(persons, agencies, " ".join(texts[best].split()), _author_links(el, persons))


def _shortens(inner: str, outer: str) -> bool:
    """``inner`` is ``outer`` without trailing words."""
    return len(inner) < len(outer) and outer.startswith(inner + " ")


#: an element of a byline naming the writer's organisation, no writer: "<span class='byline__org'>Capitol Watch</span>"
#: (the byline's or the writer's part named so: not "rtr-schema-org", a name's microdata wrapper)
_ORG_PART = re.compile(r"(?:byline|author|writer|contributor)s?(?:__|[_-])(?:org|organi[sz]ation|affiliation|outlet)\b|"
                       r"(?:^|\s)affiliation(?:\s|$)|"
                       # (or the writer's department, its class maybe hashed: "<span class='author__dept_a1z3x5c7'>くらし
                       # 経済部</span> <a class='author__name_…'>NAME</a>")
                       r"(?:byline|author|writer)s?(?:__|[_-])(?:dept|department|desk)"
                       r"(?=$|\s|[_-][a-z0-9]{4,}(?:$|\s))")


#: an element of a byline naming the writer's role, which a desk's name may fill: "<span class='byline__role'>Ledger
#: Daily Business</span>" after the name, "<p class='p-authorBox__role'>ライター</p>" under it in the writer's box (its
#: words stay the line's: a role may be a label, "Edited by")
_ROLE_PART = re.compile(r"(?:byline|author|writer|contributor)(?:s|box|card|info)?(?:__|[_-])(?:role|job|job-?title|"
                        # (or its title: "<span class='author-title'>ライター</span>" after "<span class='author-name'>")
                        r"position|title)\b|"
                        # (or a class closing on the role's word in the byline's box, its block abbreviated or hashed:
                        # "css-bl-role")
                        r"[_-](?:role|job-?title)(?=$|\s)", re.IGNORECASE)


def _role_texts(el: HtmlElement) -> set[str]:
    """The words of each element of the byline ``el`` named as a writer's role (``_ROLE_PART``), without the full-width
    brackets a Japanese writer's box sets it in ("<span class='p-authorBox__role'>（ライター）</span>")."""
    return {" ".join(node.text_content().split()).strip("（）") for node in el.iter(etree.Element)
            if _ROLE_PART.search(node.get("class") or "") is not None}


def _unread(node: HtmlElement) -> bool:
    """Whether a byline's element is none of its words: a script, a style, a button (a share bar's "字級", "Follow"),
    a link to a network's share form (a share bar's "面簿" linking "…/sharer/sharer.php?u=…"), a box named as the
    share bar or tools ("<div class='article-tools'>…<a class='share-copy'>复制链接</a>"), the writer's
    organisation (``_ORG_PART``) unless an agency (whose copy it is: "<div class='c-byline__org'>The Associated
    Press</div>")."""
    return node.tag in ("script", "style", "button") \
        or node.tag == "a" and _SHARE_FORM.search(node.get("href") or "") is not None \
        or node.tag == "a" and (node.get("href") or "").lstrip()[:11].casefold() == "javascript:" \
        and _SCRIPT_BUTTON.match(" ".join(node.text_content().split())) is not None \
        or _TOOLS_BOX.search(node.get("class") or "") is not None \
        or _ORG_PART.search(node.get("class") or "") is not None \
        and " ".join(node.text_content().split()).casefold() not in BY_CASEFOLD


#: a link running a script whose words are a button's: a text size's ("大", "A+"), printing ("列印", "印刷", "Print"),
#: sharing or saving ("分享", "收藏") — no name ("<a href='javascript:printArticle()'>列印</a>" in an info line)
_SCRIPT_BUTTON = re.compile(r"^(?:\S|A[+-]|列印|打印|印刷|分享|收藏|轉寄|转发|print|share|e-?mail)$", re.IGNORECASE)
#: a box of a byline's buttons, by its name: "article-tools", "share-bar", "social-share"
_TOOLS_BOX = re.compile(r"(?:^|[\s_-])(?:share|sharing|tools|toolbar)(?=$|[\s_-])", re.IGNORECASE)
#: the address of a network's form sharing a page ("facebook.com/sharer/sharer.php?u=", "twitter.com/intent/tweet?",
#: "linkedin.com/shareArticle?", "wa.me/?text=", "t.me/share/url?url=")
_SHARE_FORM = re.compile(r"/sharer(?:\.php|/)|/intent/(?:tweet|post)\b|/shareArticle\b|/share(?:/url)?\?|"
                         r"/send\?text=|/\?text=|/pin/create/", re.IGNORECASE)


def byline_text(el: HtmlElement) -> str:
    """An element's text, with a line break between blocks and between inline
    elements that are glued without a space ("Anna Smith</a><span>Reporter")."""
    parts: list[str] = []
    skipping = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        mark = "\n" if node.tag in _BLOCK_TAGS else "\x00"
        if event == "start":
            skipping += node is not el and _unread(node)
            if not skipping:
                parts += [mark, node.text or ""]
            continue
        skipping -= node is not el and _unread(node)
        if node is not el and not skipping:
            parts += [mark, node.tail or ""]  # a tail follows the element's children
    text = _GLUED.sub("\n", "".join(parts)).replace("\x00", "")
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def _byline_elements(page: Page, header: HtmlElement | None, anywhere: bool) -> Iterator[HtmlElement]:
    """Byline containers: first around the headline, closest first (elements marked
    as bylines, and short texts led in by "By"/"Von"/...), then, if ``anywhere``,
    marked elements anywhere else."""
    scopes = [header, *list(header.iterancestors())[:3]] if header is not None else []
    rank = {scope: i for i, scope in enumerate(scopes)}
    local, hinted, led_in = [], [], []
    if scopes:
        hinted, (led_in, labelled) = _hinted(scopes[-1]), _led_in(scopes[-1])
        local = [el for el in hinted if _is_byline(el, header)]
        local += _unique_elements(_lead_in_holder(el) for el in led_in if _is_lead_in(el, header))
        local += [el for el in labelled if el not in local and el.tag not in _NOT_BYLINE_TAGS
                  and len(el.text_content()) <= MAX_BYLINE_CHARS
                  and not _in_skipped_block(el, _LABELLED_SKIP_HINT, header)]
    # a link to an author's page alone comes after the bylines holding it ("By <a>Ann Lee</a> - May 5")
    yield from sorted(local, key=lambda el: (_linked_only(el), _scope_rank(el, rank)))
    if scopes:
        yield from _home_links(scopes[-1], page.url, header)
    if anywhere:
        seen = set(local)
        body = page.tree.find("body")  # the head's <link rel="author"> prints no byline
        everywhere = page.tree if body is None else body
        for el in _hinted_around(everywhere, scopes[-1], hinted) if scopes else _hinted(everywhere):
            if el in seen or not _is_byline(el):
                continue
            # a link to a writer's page in a line led in by "By" names one of the line's writers: the line names all
            if _linked_only(el) and (line := el.getparent()) is not None and _is_lead_in(line):
                el = line
            if el not in seen:
                seen.add(el)
                yield el
        if scopes:
            yield from _set_apart(scopes[-1], hinted, led_in)
        yield from _signatures(page.tree)


def _in_teaser_row(el: HtmlElement) -> bool:
    """Whether a byline stands in a list row beside a headline's link, outside the byline (a side box's "<li><a>工廈改劃
    不能只畫圖 配套要先行</a><span class='byline'>文：NAME</span></li>"), or inside a card's link holding its headline
    ("<a href='/story'><h4>HEADLINE</h4>…<span class='item__author'>NAME</span></a>"): another article's writer."""
    for box in islice(el.iterancestors(), _CARD_LEVELS):
        if box.tag == "a" and box.get("href") and next(box.iter(*_CARD_HEADINGS), None) is not None:
            return True
        if box.tag == "li":
            return any(not any(x is el for x in a.iterancestors()) and a is not el
                       and _HEADLINE_WORDS.search(" ".join(a.text_content().split())) for a in box.iter("a"))
    return False


#: the levels above a byline looked through for a teaser's row or card, and the headings a card's link holds
_CARD_LEVELS = 4
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _home_links(scope: HtmlElement, url: str | None, header: HtmlElement) -> Iterator[HtmlElement]:
    """Links near the headline to the writer's home on a platform of blogs, whose address the article's own
    goes on from ("/lin_haoyu" for "/lin_haoyu/article/details/1", "/satomi-mama" for
    "/satomi-mama/entry-12.html"), reading as a name other than the address's word, when the page also links
    that home from a picture (the writer's avatar): a byline no class names. A section's link reads as its
    address ("/politics": "Politics") and names nobody."""
    segments = [s for s in urlsplit(url or "").path.split("/") if s]
    if not segments:
        return
    home = blog_home(url)

    def address(link: HtmlElement) -> str:
        return urljoin(url, link.get("href", "")).rstrip("/")

    follow = _follow_boxes(scope)
    for link in _links_after(scope, header):
        target = address(link)
        if target != home and not _beside_follow(link, follow):
            continue
        text = " ".join(link.text_content().split())
        if _key(text) != _key(segments[0]) \
                and (is_person_name(text) and any(c.isupper() for c in text) or _CJK_LINKED_NAME.match(text)) \
                and not _in_link_row(link) and not _in_skipped_block(link, _SKIP_HINT, header) \
                and any(address(a) == target and next(a.iter("img"), None) is not None
                        for a in link.getroottree().iter("a")):
            yield link


#: a button to follow a writer on a platform of blogs ("关注", "Follow", "フォロー", "+ Folgen")
_FOLLOW = re.compile(r"^\W*(?:follow|加?(?:关注|關注)|フォロー(?:する)?|folgen|suivre|팔로우)\W*$", re.IGNORECASE)


def _follow_boxes(scope: HtmlElement) -> set[HtmlElement]:
    """The boxes holding a button to follow (its ancestors up to ``_FOLLOW_DEPTH`` levels), read in one pass over
    the scope's buttons."""
    boxes: set[HtmlElement] = set()
    for button in scope.iter("button"):
        if _FOLLOW.match(button.text_content()):
            boxes.update(anc for anc, _ in zip(button.iterancestors(), range(_FOLLOW_DEPTH)))
    return boxes


#: how far above a follow button its box may lie
_FOLLOW_DEPTH = 4


def _beside_follow(link: HtmlElement, follow: set[HtmlElement]) -> bool:
    """Whether the link's box (its parent or the parent's) holds a button to follow (``follow``: the boxes of such
    buttons): the writer's name beside "关注" or "Follow" under the headline, as platforms of blogs print it (a link
    to "/u/ID", no home address)."""
    parent = link.getparent()
    return parent is not None and (parent in follow or parent.getparent() in follow)


def _links_after(scope: HtmlElement, header: HtmlElement) -> Iterator[HtmlElement]:
    """The links of ``scope`` after the headline (the ``<h1>`` of the block ``header``, outside it), in
    document order: a byline is printed below the headline, navigation above it."""
    headline = next(header.iter("h1"), header)
    passed = False
    for el in scope.iter(etree.Element):
        if el is headline:
            passed = True
        elif passed and el.tag == "a" and headline not in el.iterancestors():
            yield el


def _in_link_row(link: HtmlElement) -> bool:
    """Whether ``link``'s box links elsewhere too: a row of sections or a breadcrumb ("トップ > 野球 > MLB")."""
    box = link.getparent()
    return box is not None and any(a is not link and a.get("href") for a in box.iter("a"))


def _hinted(root: HtmlElement) -> list[HtmlElement]:
    """Elements under ``root`` whose attributes mark them as (part of) a byline, in document
    order; the exact check is ``_is_byline``."""
    return list(_marked_as_byline(root.iterdescendants(etree.Element)))


def _marked_as_byline(elements: Iterable[HtmlElement]) -> Iterator[HtmlElement]:
    """The elements whose attributes mark them as (part of) a byline. (One loop reading each element's attributes
    once, in Python: faster than an XPath of ``contains()``, and than a ``get`` for each attribute.)"""
    for el in elements:
        tag = el.tag
        if tag == "address" or "-" in tag and _byline_tag(tag):
            yield el
            continue
        for key, value in el.items():
            if key == "class":
                hit = _byline_class(value)
            elif key == "id":
                hit = _ID_MARK.search(value) is not None
            elif key == "rel" or key == "itemprop":
                hit = value == "author"
            elif key in _TEST_HOOKS:
                hit = "yline" in value
            else:
                continue
            if hit:
                yield el
                break
        else:
            if tag == "a" and _is_author_link(el):
                yield el


@lru_cache(maxsize=8192)
def _byline_class(value: str) -> bool:
    """Whether a ``class`` value marks a byline, not the writer's job line beside the name ("byline-title",
    "byline__role", "author-title"); remembered, as a page repeats its classes (``hints._kinds`` does the same)."""
    return _CLASS_MARK.search(value) is not None and _JOB_CLASS.search(value) is None


def _hinted_around(root: HtmlElement, inner: HtmlElement, inner_found: list[HtmlElement]) -> list[HtmlElement]:
    """``_hinted(root)``, given ``inner_found``, ``_hinted(inner)`` of an element ``inner`` under ``root``: the rest of
    ``root`` walked, ``inner``'s subtree not again (the headline's block, walked first, is often most of the page)."""
    if inner is root or root not in inner.iterancestors():
        return _hinted(root)
    elements = islice(iter_around(root, inner), 1, None)  # root itself is none of its descendants
    before = list(_marked_as_byline(takewhile(lambda el: el is not inner, elements)))  # inner taken, not given
    return before + list(_marked_as_byline((inner,))) + inner_found + list(_marked_as_byline(elements))


#: a photographer's label opening a byline's first line ("Photographs by", "Photos:"), the writer's on a line after it
_PHOTOS_FIRST = re.compile(r"^\s*(?:photos?|photographs?|photography|pictures|fotos?|bilder)\s*(?:[:：]|\bby\b|\bvon\b)",
                           re.IGNORECASE)


#: the dashes framing a wire's sign-off line ("--- Von NAME, dpa-AFX ---")
_DASH_FRAME = re.compile(r"^\s*-{2,}\s*|\s*-{2,}\s*$")
#: a contributor's clause in a byline, beside the writer's: "By NAME Contributions from NAME" (to the line's end or a
#: bar)
_CONTRIBUTIONS_FROM = re.compile(r"\b(?:with\s+)?contributions?\s+(?:from|by)\s*:?\s+[^|•·\n]*", re.IGNORECASE)


#: a Japanese magazine's credits line opening with the photographer's label, the writer's later on the same line
#: ("撮影／NAME　ヘア＆メイク／NAME　取材・文／NAME　構成／NAME", closing an interview)
_CJK_PHOTOS_FIRST = re.compile(r"^\s*(?:撮影|写真)\s*[／/：:]\s*[^／/：:]{1,40}?\s(?:[^\s／/：:]{1,10}\s*[／/：:]\s*[^／/：:]{1,40}?\s)"
                               r"{0,4}(?:取材・文|文)\s*[／/：:]")


def _photos_first(el: HtmlElement) -> bool:
    """Whether ``el`` opens with the photographer's line and gives the writer's after a ``<br>`` ("Photographs by
    NAME<br>Text by NAME"), or a Japanese credits line giving the writer after the photographer on the same line."""
    return _PHOTOS_FIRST.match(el.text or "") is not None and any(
        br.tail and _opens_lead_in(br.tail) for br in el.iterchildren("br")) or _CJK_PHOTOS_FIRST.match(el.text or "") is not None


def _led_in(scope: HtmlElement) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """Text elements in ``scope`` whose text opens with a byline lead-in word ("By", "Von"), or
    whose meta line has a part opening with one ("Issue #84 · 11 March 2026 · By Theo Lindqvist"); and the
    elements after a label cell naming the writer ("<div>Autorin/Autor</div><div>NAME</div>", "<dt>Author</dt>
    <dd>NAME</dd>", "<th>Autor</th><td>NAME</td>": a table of the article's facts; a lead-in is read as before)."""
    led, labelled = [], []
    for el in scope.iter(_LABEL_TAGS):
        if not (text := el.text) or not text.strip():
            # an icon before the byline's words: "<li><i class='icon-user'></i> NAME 기자</li>"; the date before them:
            # "<p class='info'><time>11.03.2025 09:14</time> von NAME</p>"
            if _korean_after_icon(el) or _dated_lead_in(el):
                led.append(el)
            continue
        if _opens_lead_in(text) and (len(el) or _CJK_LABEL_ALONE.match(text) is None) \
                and _BOOK_CARD.search(text) is None:
            if el.tag in _TEXT_TAGS or el.tag == "td":  # a table-laid page's info cell under the headline's
                led.append(el)
        elif el.tag in _TEXT_TAGS and _photos_first(el):
            led.append(el)
        elif len(text) <= _AUTHOR_CELL_MAX and not len(el) and _AUTHOR_CELL.match(text) \
                and (value := el.getnext()) is not None:
            labelled.append(_labelled_line(el, value))
    return led, labelled


def _labelled_line(label: HtmlElement, value: HtmlElement) -> HtmlElement:
    """The element a writer's label cell names: the cell after it, or the line the label opens when the names are
    links in a row after it ("<div><span>撰文：</span><a>NAME</a><span>　</span><a>NAME</a></div>": every link names a
    writer, not the first alone), or the list of credits' rows the label's row is one of (the photographer's row
    after it: "<ul><li><span>文：</span><a>NAME</a></li><li><span>写真：</span>NAME</li></ul>")."""
    line = label.getparent()
    if value.tag == "a" and line is not None and line[0] is label and any(s.tag == "a" for s in value.itersiblings()) \
            and len(line.text_content()) <= MAX_BYLINE_CHARS:
        return line
    rows = line.getparent() if line is not None and line.tag == "li" else None
    if rows is not None and 1 < len(rows) <= _CREDIT_ROWS_MAX \
            and all(row.tag == "li" and _CREDIT_ROW.match(" ".join(row.text_content().split())) for row in rows):
        return rows  # a list of credits' rows, the writer's one of them: "<li>文：NAME</li><li>写真：NAME</li>"
    return value


#: a credit's row of a list of them, a label and a name ("文：NAME", "写真：NAME", "Text: NAME"), and their most rows
_CREDIT_ROW = re.compile(r"^[^\s:：]{1,12}\s?[:：／/]\s*\S[^。.!?]{0,30}$")
_CREDIT_ROWS_MAX = 4


_LABEL_TAGS = (*_TEXT_TAGS, "dt", "th", "td")
#: a book's card, its author's label beside its publisher's or its number's ("作者：NAME　出版社：X" under a recommended
#: book's cover in a side box, "Author: NAME · Publisher: X · ISBN …"): the book's author, not the article's writer
_BOOK_CARD = re.compile(r"(?:出版社|出版者|出版單位|出版单位|発行所|発売元|版元)\s*[:：]|\bISBN\b|"
                        r"\b(?:publisher|verlag|éditeur|editeur|editorial)\s*:", re.IGNORECASE)
#: a Chinese or Japanese "text by" label with a full-width colon alone in its cell ("<span>撰文：</span>"): the label of
#: the next cell, not a lead-in ("<p>写真・文：<a>NAME</a></p>" leads the link in)
_CJK_LABEL_ALONE = re.compile(r"^\s*" + _CJK_TEXT_LABEL + r"\s*：\s*$")
#: a label cell naming the writer: "Autorin/Autor", "Author", "Auteur :", "Verfasser", "撰文：", "作者：", a Japanese web
#: magazine's "<span>取材・文</span><span>NAME</span>"
_AUTHOR_CELL = re.compile(r"^\s*(?:autor(?:in)?(?:\s*/\s*autor(?:in)?)?|authors?|auteure?s?|autore|verfasser(?:in)?|"
                          r"撰文|撰稿|作者|文字|ライター|執筆者?|筆者|著者|(?:取材[・･])?(?:文|執筆)|文[・･]取材)\s*[:：]?\s*$",
                          re.IGNORECASE)
_AUTHOR_CELL_MAX = 20
#: the labels of a Japanese or Chinese reviewer's or translator's credit ("監修：NAME", "翻訳：NAME", "審稿／NAME")
CJK_ROLE_LABELS = ("監修", "翻訳", "審稿", "审稿")
#: a byline's line opening with such a label, its name after it (a space, a colon or a slash between them, or none: a
#: label cell's words joined to the name's, "監修大沢健吾（…）")
_OTHER_ROLE_LINE = re.compile(rf"^\s*(?:{'|'.join(CJK_ROLE_LABELS)})(?:者)?\s*[：:／/＝=]?")


def _without_other_roles(lines: list[str]) -> list[str]:
    """A byline's lines, after its first, without those crediting a reviewer or a translator: a line opening with the
    label and the name ("監修：NAME（JOB）"), or the label's line alone with the name's and a job's in brackets after it
    (a box's cells, "文 / NAME / （ライター） / 監修 / NAME / （JOB）")."""
    out, named, credited = [], False, False
    for index, line in enumerate(lines):
        if credited and line.strip()[:1] in "（(":
            continue  # the credited person's job in brackets after the name
        credited = False
        if named:
            named, credited = False, True
            continue  # the name after its label's line
        if index and (found := _OTHER_ROLE_LINE.match(line)):
            named, credited = not line[found.end():].strip(), bool(line[found.end():].strip())
            continue
        out.append(line)
    return out
#: a label cell of any role credited over the text: the writer's (``_AUTHOR_CELL``), a reviewer's or a translator's
#: ("<span>監修</span><span>NAME</span><p>JOB AND CAREER</p>": the person's box, its paragraph their profile)
CREDIT_LABEL_CELL = re.compile(rf"{_AUTHOR_CELL.pattern}|^\s*(?:{'|'.join(CJK_ROLE_LABELS)})\s*[:：]?\s*$",
                               re.IGNORECASE)
#: ... and a reviewer's or translator's line with the name after the label, in one cell ("<p>監修：小児科医　NAME</p>"
#: over "<p>…クリニック院長。…</p>": the person's box)
CREDIT_NAME_LINE = re.compile(rf"^\s*(?:{'|'.join(CJK_ROLE_LABELS)})\s*[:：]\s*\S[^。．.]{{0,40}}$")


#: a part of a meta line, after a separator, opening with a byline lead-in ("… · By NAME"); or a Chinese portal's
#: "作者：" or "記者：" after the source or the time and a space ("来源：河南日报  作者：李明  2026-03-11 17:30",
#: "發佈時間：2026-05-10 08:15　來源：X　記者：NAME　點擊數：3362")
_INNER_LEAD_IN = re.compile(r"\s[·|•]\s*(?=(?:by|von|por|par)(?:\s+[^\W\d_]|\s*$))"
                            r"|(?<=[\u4e00-\u9fff\d])\s+(?=(?:作者|记者|記者)\s*[:：]\s*[\u4e00-\u9fff])"
                            # the date and time opening the line before it: "11.03.2025 09:14 von NAME"
                            r"|^\d[\d./:\s-]{5,30}?\s(?=(?:by|von|por|par)\s+[^\W\d_])",
                            re.I)


def _inner_lead_in(text: str) -> re.Match[str] | None:
    """``_INNER_LEAD_IN.search(text)``, asked only of a text holding a mark it needs (a separator, "作者"): the search
    tries every position of the text, and most texts asked are paragraphs without one."""
    if "·" in text or "|" in text or "•" in text or "者" in text or text[:1].isdigit():
        return _INNER_LEAD_IN.search(text)
    return None


#: a line of font-size buttons ("大 中 小", "特大 大 中 小"): no name
_FONT_SIZES = re.compile(r"^(?:特?[大中小][\s\u3000]*){2,4}$")
#: a second reporter's label after a first labelled name in a Chinese header line, an intern's maybe: "記者：A　實習記者：B"
_NEXT_REPORTER_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?:實習|实习|見習|见习)?(?:記者|记者)\s*[:：]\s*"
                                  r"(?=[\u4e00-\u9fff])")
#: ... read only after a first such label ("記者：A"): a lone "记者：" after the source ("来源：X　记者：NAME") parts nothing
_REPORTER_LABEL_BEFORE = re.compile(r"(?:記者|记者)\s*[:：]\s*[\u4e00-\u9fff]")
#: a Korean reporter's name and title: "최서윤 기자", "이서연 선임기자"
_KOREAN_REPORTER = r"[\uac00-\ud7a3]{2,4}\s*(?:선임|수석|객원)?기자"
#: a Korean byline line: the name and the reporter's title alone, led in by an icon
_KOREAN_BYLINE = re.compile(rf"^\s*{_KOREAN_REPORTER}\s*$")
#: the empty elements that draw an icon before a line's words
_ICON_TAGS = frozenset({"i", "span", "svg", "img", "em"})


def _korean_after_icon(el: HtmlElement) -> bool:
    """Whether ``el`` is a Korean byline line after an empty icon element ("<li><i></i> NAME 기자</li>")."""
    if not len(el) or "기자" not in ((first := el[0]).tail or ""):  # most elements: no Korean byline after a child
        return False
    return not (el.text or "").strip() and first.tag in _ICON_TAGS and not len(first) \
        and not (first.text or "").strip() and _KOREAN_BYLINE.match(first.tail) is not None


def _opens_lead_in(text: str) -> bool:
    """Whether ``text`` opens with a byline's lead-in word, has a part opening with one, or is a Taiwanese or Chinese
    reporter's line of its own ("記者王小明／台北報導", printed as the text's first paragraph)."""
    return _LEAD_IN_WORD.match(text) is not None and _BY_DOING.match(text) is None \
        or _inner_lead_in(text) is not None or _REPORTER_PLACE.match(text) is not None \
        or ("記者" in text or "记者" in text) and len(text) <= _REPORTER_LINE_MAX \
        and (_CLOSING_REPORTER_LABEL.match(text) is not None or _BRACKETED_REPORTER.match(text) is not None) \
        or ("报道" in text or "報道" in text or "報導" in text) and len(text) <= _REPORTER_LINE_MAX \
        and _reporting_names(text) != ""


#: "By" and a verb's lower-case "-ing" form opening a sentence, no byline: "By subscribing, you agree to our Terms and
#: Privacy Policy", "By clicking …" (a name ending so is capitalised: "By Ann Keating")
_BY_DOING = re.compile(r"\s*(?i:by)\s+[a-z]+ing\b")


#: a reporter's line of its own, the names in lenticular brackets before the title: "【NAME記者】" (a Japanese regional
#: paper's text opening), "【NAME、NAME記者】"; with "記者：NAME" (``_CLOSING_REPORTER_LABEL``) a line no longer
#: than ``_REPORTER_LINE_MAX`` characters
_BRACKETED_REPORTER = re.compile(r"^\s*【\s*([\u4e00-\u9fff々][\u3040-\u30ff\u4e00-\u9fff々]{1,4}"
                                 r"(?:[、，][\u4e00-\u9fff々][\u3040-\u30ff\u4e00-\u9fff々]{1,4}){0,2})\s*(?:記者|记者)\s*】\s*$")
_REPORTER_LINE_MAX = 40
#: the words a reporter's title may follow that name no one: the paper's own, a special or staff reporter's
_OWN_OR_SPECIAL = re.compile(r"^(?:本报|本報|本社|特约|特約|特派|特派员|見習|实习|實習|首席|资深|資深|専属|专属)$")
#: a Singapore or Malaysian Chinese paper's reporter's line of its own, the names, a space and the verb: "NAME 报道",
#: "NAME、NAME 報道" (no outlet: a name closing on "社", "报" or "台" is none); a mainland paper's puts the reporter's
#: title first: "记者 NAME 报道", "本报记者 NAME 报道"
_NAMES_REPORTING = re.compile(r"^\s*(?:(?:本报|本報)?(?:记者|記者)[ \u3000]*)?"
                              r"([\u4e00-\u9fff]{2,4}(?:[、，][\u4e00-\u9fff]{2,4}){0,2})[ \u3000]+(?:报道|報道|報導)\s*$")


def _reporting_names(line: str) -> str:
    """The names of a line "NAME 报道" (``_NAMES_REPORTING``), or "" where one reads as an outlet ("新华社 报道")."""
    found = _NAMES_REPORTING.match(line)
    names = found.group(1) if found is not None else ""
    return "" if any(_NOT_WRITER_END.search(n) for n in re.split(r"[、，]", names)) else names


def _from_lead_in(text: str) -> str:
    """A byline's text from its lead-in, past the meta line's other parts before it."""
    if _LEAD_IN_WORD.match(text) or not (inner := _inner_lead_in(text)):
        return text
    return text[inner.end():]


#: a post's footer set as a ``<div>`` ("article-footer", "entry-footer", "post-footer"), an article's
#: ``<footer>`` by its name: its one byline ("<li class="author">NAME</li>" beside the category) names the writer
_POST_FOOTER = re.compile(r"(?:^|\s)(?:article|entry|post)[-_]footer(?:\s|$)", re.IGNORECASE)


def _set_apart(scope: HtmlElement, hinted: list[HtmlElement], led_in: list[HtmlElement]) -> Iterator[HtmlElement]:
    """Bylines set apart from the headline, in an aside or footer of the article's own
    block (an author box beside the text, "Written by ..." at its foot): the only byline
    of that box, so a box of teasers, each with its own byline, names no author.
    ``hinted`` and ``led_in`` are ``_hinted(scope)`` and ``_led_in(scope)``."""
    boxes: dict[HtmlElement, list[HtmlElement]] = {}
    marked = [el for el in hinted if el.tag not in _NOT_BYLINE_TAGS and BYLINE_HINT.search(
        f"{el.get('class', '')} {el.get('id', '')} {el.get('rel', '')} {el.get('itemprop', '')}")]
    marked += [_lead_in_holder(el) for el in led_in]
    for el in _unique_elements(iter(marked)):
        box = next((a for a in el.iterancestors() if a.tag in ("aside", "footer") or a is scope
                    or _POST_FOOTER.search(a.get("class", ""))), None)
        if box is None or box is scope or len(el.text_content()) > MAX_BYLINE_CHARS:
            continue
        if not any(a.tag in ("nav", "figure", "figcaption", "form") or _ELSEWHERE_HINT.search(_block_classes(a))
                   for a in el.iterancestors() if a is not scope and scope in a.iterancestors()):
            boxes.setdefault(box, []).append(el)
    for box, found in boxes.items():
        outermost = [el for el in found if not any(a in found for a in el.iterancestors())]
        if len(outermost) == 1 and not _has_teasers(box, outermost[0]):
            yield outermost[0]


#: the dashes a sign-off opens with: "— NAME" as the text's last paragraph (``_signatures``), and the characters of a
#: paragraph of prose among those it signs (the dash marks the signature: less prose is asked than of a bold name)
_SIGN_OFF_DASHES = "—–"
_SIGN_OFF_PROSE_CHARS = 120


def _signatures(tree: HtmlElement) -> Iterator[HtmlElement]:
    """Names set in bold as a paragraph of their own at the very start or end of the text
    (``<p><strong>Ann Lee</strong></p>`` before the lede, or signing it off): the byline of
    layouts that print none elsewhere. The paragraph must open or close a run of at least
    ``SIGNED_PARAGRAPHS`` paragraphs, one of them prose, so a bold name among others (a
    list of people, an interview's speaker) is not taken; and a name in full-width brackets as the
    text's last paragraph (``_bracketed_signature``), or in a ``<div>`` of its own right after it (``_signs_after``),
    or a name and its outlet in brackets ("NAME（OUTLET）")."""
    for p in tree.iter("p", "div", "td"):
        if p.tag == "td":
            # (or in a table's row of its own under the text's row: "<tr><td>　…。<br>　…。</td></tr><tr><td
            # class='kisha'><font size='3'>（NAME）</font></td></tr>", an old layout's)
            if _bare(p) and (line := p.text_content()).lstrip().startswith("（") and _bracketed_writers(line) \
                    and _signs_row_before(p):
                yield p
            continue
        if p.tag == "div":
            # (or right after the text's box: "</div><div class='kiji-writer'>（報道部・NAME）</div>")
            # (its words maybe in an old layout's type: "<div class='kisha'><font size='2'>（NAME）</font></div>")
            if _bare(p) and (line := p.text_content()).lstrip().startswith("（") and (
                    _signs_after(p) or _bracketed_writers(line) and _signs_box_before(p)):
                yield p
            continue
        if not len(p) and (p.text or "").lstrip().startswith("（"):
            if _bracketed_signature(p):
                yield p
            continue
        if not len(p) and (p.text or "").lstrip().startswith("【"):
            # a national daily's writers in lenticular brackets as the text's last paragraph: "【NAME、NAME】" (a
            # correction's box may follow, in a box of its own)
            if _lenticular_signature(p):
                yield p
            continue
        if not len(p) and (p.text or "").rstrip().endswith("）"):
            if (found := _NAME_THEN_OUTLET.match(p.text)) and not _NOT_WRITER_END.search(found.group(1)) \
                    and not _BRACKET_LABEL.search(found.group(2)) and _signs_run(p, _CJK_PROSE_CHARS):
                yield p
            continue
        if not len(p) and ("記者" in (p.text or "") or "记者" in (p.text or "")):
            # a Hong Kong or Chinese paper's reporter labelled as the text's last paragraph: "記者：NAME"
            if _CLOSING_REPORTER_LABEL.match(p.text) and _signs_run(p, _CJK_PROSE_CHARS):
                yield p
            continue
        if "기자" in (p.text or ""):
            if _KOREAN_SIGNATURE.match(p.text_content()) and _signs_run(p, _CJK_PROSE_CHARS):
                yield p
            continue
        if not len(p) and (p.text or "").lstrip()[:1] in _SIGN_OFF_DASHES and (p.text or "").strip():
            # a newsletter's or letter's sign-off closing the text: "— Priya Nandakumar"
            name = p.text.strip()[1:].strip()
            if 2 <= len(name.split()) <= 4 and is_person_name(name) and _signs_run(p, _SIGN_OFF_PROSE_CHARS):
                yield p
            continue
        if len(p) == 2 and p[1].tag == "br" and _signed_with_role(p):
            # a letter's sign-off: the name in bold, the writer's role under it ("<strong>NAME</strong><br>Shelter
            # Coordinator"): the bold name is the byline, the role no second name
            yield p[0]
            continue
        bold = p[0] if len(p) == 1 else None
        if bold is None or bold.tag not in ("strong", "b") or (p.text or "").strip() or (bold.tail or "").strip():
            continue
        if _signs_run(p, _PROSE_CHARS, opening=True):
            words = bold.text_content().split()
            if 2 <= len(words) <= 4 and is_person_name(" ".join(words)):
                yield p


#: the words of a role line under a bold name signing a letter off (``_signed_with_role``), at most
_SIGN_OFF_ROLE_WORDS = 5


def _signed_with_role(p: HtmlElement) -> bool:
    """Whether ``p`` is a name in bold, a line break and a short role line without a sentence's end ("Shelter
    Coordinator", "Chair of Trustees") closing a run of ``SIGNED_PARAGRAPHS`` paragraphs with prose: a letter or a
    newsletter signed off by its writer (``_signatures``)."""
    bold, role = p[0], (p[1].tail or "").strip()
    if bold.tag not in ("strong", "b") or (p.text or "").strip() or (bold.tail or "").strip() or not role \
            or not role[0].isupper() or len(role.split()) > _SIGN_OFF_ROLE_WORDS or role[-1] in ".!?:" \
            or any(c.isdigit() for c in role):
        return False
    words = bold.text_content().split()
    return 2 <= len(words) <= 4 and is_person_name(" ".join(words)) and _signs_run(p, _PROSE_CHARS)


#: a reporter's label and names alone in a paragraph: "記者：鄭嘉怡", "记者：张伟、李红"
_CLOSING_REPORTER_LABEL = re.compile(rf"^\s*(?:記者|记者)\s*[：:]\s*[{_CJK_LETTERS}]{{2,5}}(?:\s*[、，,\s]\s*[{_CJK_LETTERS}]{{2,5}}){{0,2}}\s*$")


#: a Japanese label crediting one person with the text and the pictures: "写真・文：NAME", "文・写真／NAME", "文・撮影＝NAME"
_TEXT_AND_PHOTOS = re.compile(r"^\s*(?:(?:写真|撮影)[・･]文|文[・･](?:写真|撮影))\s*[：:／/＝=]")
#: the paragraphs that may hold such a label, and a name's kana or kanji
_TEXT_AND_PHOTOS_LINES = etree.XPath("//body//p[contains(., '文・写真') or contains(., '写真・文') or contains(., '文・撮影')]")
_KANA_OR_KANJI = re.compile(rf"[{_CJK_LETTERS}]")


def _shot_by_writer(page: Page, persons: list[str]) -> list[str]:
    """The writers a Japanese page credits with the pictures too in a line of its own ("<p>文・写真：NAME</p>" under the
    headline, where the byline read is the writer's box after the text, "この記事を書いた人 NAME ライター"): those of
    ``persons`` the line names, alone after the label."""
    keys = {"".join(n.split()): n for n in persons}
    for line in _TEXT_AND_PHOTOS_LINES(page.tree):
        text = " ".join(line.text_content().split())
        if len(text) <= _PHOTOS_LINE_MAX and (label := _TEXT_AND_PHOTOS.match(text)) is not None \
                and (name := keys.get("".join(text[label.end():].split()))) is not None:
            return [name]
    return []


#: the longest line of such a label and one name
_PHOTOS_LINE_MAX = 40
#: the same in English: "Words and photographs by NAME", "Text and photos by NAME", "Photographs and text by NAME"
_WORDS_AND_PHOTOS = re.compile(r"^\s*" + _WORDS_AND_PHOTOS_BY + r"\b", re.IGNORECASE)
#: the "text by" label a magazine sets inside the closing brackets: "（文＝NAME）", "（取材・文／NAME）"
#: (or a space after the label, in closing brackets: "（文・写真　NAME）")
_TEXT_BY_LABEL = re.compile(r"^(?:(?:(?:取材[・･])?文(?:[・･](?:写真|撮影))?|撰文|構成)"
                            r"(?:\s*[／/＝=：]|[ \u3000]+(?=[\u3040-\u30ff\u4e00-\u9fff]))|" + _TEXT_DOT + r")\s*")


#: the space a Japanese name may print between its family and given names, half-width or ideographic ("石川　大輔")
_FAMILY_GIVEN_SPACE = re.compile(r"[ \u3000]")


def _bracketed_signature(p: HtmlElement) -> bool:
    """Whether ``p`` is a Japanese paper's writer named in full-width brackets as the text's last paragraph, in a
    plain ``<p>`` ("（山田太郎）", "（浜松総局・鈴木花子）", ``_bracketed_writers``): it closes a run of at least
    ``SIGNED_PARAGRAPHS`` paragraphs, one of them a sentence of ``_CJK_PROSE_CHARS`` characters or more, or it follows
    the box holding such a run ("<div class='kiji_honbun'><p>…</p>…</div><p class='kiji_kisha'>（支局・NAME）</p>", an
    old system's writer set apart under the text)."""
    return bool(_bracketed_writers(p.text)) and (_signs_run(p, _CJK_PROSE_CHARS) or _signs_box_before(p))


def _signs_after(div: HtmlElement) -> bool:
    """Whether ``div`` names writers in full-width brackets right after the last of a run of the text's paragraphs
    (``_signs_run``): "<p>…</p><div align='right' class='writer'>（白山支局・NAME）</div>", an old system's signature
    set in a box of its own, a facts box maybe after it."""
    before = div.getprevious()
    return before is not None and bool(_bracketed_writers(div.text_content())) \
        and (before.tag == "p" and _signs_run(before, _CJK_PROSE_CHARS) or before.tag == "br" and _after_lines(div))


def _signs_row_before(cell: HtmlElement) -> bool:
    """Whether a table's cell, alone in its row, follows the row whose last cell holds the text: ``SIGNED_PARAGRAPHS``
    lines of prose or more (``_CJK_PROSE_CHARS`` characters each), as an old layout sets its paragraphs between
    ``<br>``s in one cell."""
    row = cell.getparent()
    if row is None or row.tag != "tr" or sum(1 for c in row if isinstance(c.tag, str)) != 1:
        return False
    before = next((r for r in row.itersiblings(preceding=True) if isinstance(r.tag, str)), None)
    text_cell = next((c for c in reversed(before) if c.tag == "td"), None) if before is not None \
        and before.tag == "tr" else None
    return text_cell is not None and sum(1 for piece in text_cell.itertext()
                                         if len(piece.strip()) >= _CJK_PROSE_CHARS) >= SIGNED_PARAGRAPHS


def _after_lines(div: HtmlElement) -> bool:
    """Whether ``div`` follows an old system's paragraphs set as lines of its box between ``<br>``s, at least
    ``SIGNED_PARAGRAPHS`` of them, the last one prose ("　…。<br><br>　…。<br><br><div class='kisha'>（NAME）</div>")."""
    tails = [tail for br in div.itersiblings("br", preceding=True) if (tail := br.tail or "").strip()]  # nearest first
    lines = len(tails) + bool((div.getparent().text or "").strip())
    return lines >= SIGNED_PARAGRAPHS and bool(tails) and len(tails[0].strip()) >= _CJK_PROSE_CHARS


def writers_line_after_text(p: HtmlElement) -> bool:
    """Whether ``p`` is a Japanese paper's writers in full-width brackets set apart right after the box of the text
    they sign ("</div><p class='kiji_kisha'>（汐見支局・NAME）</p>", "</div><div class='kiji-writer'>（報道部・NAME）</div>",
    ``_signs_box_before``), or closing the run of its
    paragraphs ("<p class='kisha'>（社会部・NAME）</p>", ``_bracketed_signature``), or in a ``<div>`` of its own right
    after its last paragraph or line (``_signs_after``); not a quote's source in brackets inside the text
    ("<blockquote><p>…</p>（判決文より）</blockquote>")."""
    return (p.tag == "p" or p.tag == "div" and _bare(p)) and bool(_bracketed_writers(p.text_content())) \
        and _signs_box_before(p) \
        or p.tag == "p" and not len(p) and _bracketed_signature(p) \
        or p.tag == "div" and _bare(p) and _signs_after(p) \
        or p.tag == "p" and not len(p) and _lenticular_signature(p)


def _bare(box: HtmlElement) -> bool:
    """Whether ``box`` holds its words alone, or in one element of type alone ("<div class='kisha'><font size='2'>
    （NAME）</font></div>", an old layout's signature)."""
    return not len(box) or len(box) == 1 and box[0].tag in _TYPE_TAGS and not len(box[0]) \
        and not (box.text or "").strip() and not (box[0].tail or "").strip()


#: the elements of an old layout's type around a line's words
_TYPE_TAGS = frozenset(("font", "span", "b", "strong", "small", "em", "i"))


def _lenticular_signature(p: HtmlElement) -> bool:
    """Whether ``p`` is writers' names in lenticular brackets closing the run of the text's paragraphs ("<p
    class='kisha'>【NAME】</p>", a table of tips maybe after it in the text's cell)."""
    text = p.text or ""
    return text.lstrip().startswith("【") and _LENTICULAR_NAME.match(text) is not None \
        and not _BRACKET_LABEL.search(text) and _signs_run(p, _CJK_PROSE_CHARS)


def _signs_box_before(p: HtmlElement) -> bool:
    """Whether the element right before ``p`` is a box of at least ``SIGNED_PARAGRAPHS`` paragraphs with words, one
    of them prose of ``_CJK_PROSE_CHARS`` characters or more: the text that ``p`` signs. (An old system's paragraphs
    may be its box's lines between ``<br>``s: "<div class='kiji_honbun'>　…<br>　…<br>　…</div>".)"""
    box = p.getprevious()
    while box is not None and not isinstance(box.tag, str):  # (a comment between them)
        box = box.getprevious()
    if box is None or box.tag == "p":
        return False
    paragraphs = [child for child in box.iterchildren("p") if child.text_content().strip()]
    if len(paragraphs) < SIGNED_PARAGRAPHS:
        return sum(child.tag == "br" for child in box) >= SIGNED_PARAGRAPHS - 1 \
            and any(len(line) >= _CJK_PROSE_CHARS for line in box.itertext())
    return any(len(c.text_content()) >= _CJK_PROSE_CHARS for c in paragraphs)


def _bracketed_writers(line: str) -> list[str]:
    """The writers a line names alone in full-width brackets ("（山田太郎）", "（浜松総局・鈴木花子）"), each without the
    label, bureau or desk before it; none where a piece is no name or the brackets hold a label's words."""
    found = _BRACKETED.match(line)
    inside = _PHOTO_PART.sub("", found.group(1)) if found is not None else ""
    if not inside or _BRACKET_LABEL.search(_TEXT_BY_LABEL.sub("", inside, count=1)):  # ("文・写真＝NAME": the writer's)
        return []
    # (an agency's part after the writers, "（報道部　NAME、一部共同）": the agency's copy used, no writer)
    names = _bracket_names(inside, labelled=True)
    return names if names and all(_CJK_NAME.match(_FAMILY_GIVEN_SPACE.sub("", name, 1))
                                  and not _NOT_WRITER_END.search(name) for name in names) else []


def _signs_run(p: HtmlElement, prose_chars: int, opening: bool = False, within: int = 1) -> bool:
    """Whether ``p`` is the last (with ``opening``, or one of the first ``within``) of at least ``SIGNED_PARAGRAPHS``
    paragraphs with words, one of them prose of ``prose_chars`` characters or more: a signature closing (or opening)
    the text. A paragraph alone in its box is one of the boxes set one after another; a note marked "※" after it (a
    correction's, "※4日午前9時10分、…を訂正しました。") is none of the run, nor is the note of the print edition that
    carried it ("この記事は…付のX新聞朝刊に掲載されています。", ``PRINT_NOTE``)."""
    parent, tag = p.getparent(), "p"
    if parent is not None and len(parent) == 1 and parent.getparent() is not None:
        # each paragraph in a box of its own (``<div class="cli"><p>…</p></div>``): the boxes are the run
        p, parent, tag = parent, parent.getparent(), parent.tag
    # compared here, not handed to lxml as a filter: a broken page's tag may hold control characters, which lxml's
    # tag matcher refuses (ValueError)
    texts = [sibling for sibling in parent.iterchildren() if sibling.tag == tag
             and (words := sibling.text_content().strip()) and not words.startswith("※")
             and PRINT_NOTE.match(words) is None] if parent is not None else []
    return len(texts) >= SIGNED_PARAGRAPHS and (p is texts[-1] or opening and any(p is t for t in texts[:within])) \
        and any(len(sibling.text_content()) >= prose_chars for sibling in texts)


#: a Korean reporter signing the text off in its last paragraph: the name, the title and maybe an email address
#: ("김민준 기자 mjkim@hani.example", "이서연 선임기자")
_KOREAN_SIGNATURE = re.compile(rf"^\s*{_KOREAN_REPORTER}\s*(?:[\w.+-]+@[\w.-]+)?\s*$")


#: the characters of a Chinese or Japanese paragraph of prose among those a bracketed name signs
_CJK_PROSE_CHARS = 60


def _has_teasers(box: HtmlElement, byline: HtmlElement) -> bool:
    """Whether ``box`` links to other articles (a headline link: four words or more, none
    of them the byline's), so that its byline is a teaser's, not the article's."""
    names = set(element_text(byline).casefold().split())
    for link in box.iter("a"):
        words = element_text(link).casefold().split()
        if len(words) >= 4 and byline not in link.iterancestors() and link not in byline.iter() \
                and not names & set(words) and not _in_own_block(link, box, byline):
            return True
    return False


def _in_own_block(link: HtmlElement, box: HtmlElement, byline: HtmlElement) -> bool:
    """Whether ``link`` sits in a block of its own inside ``box`` (a ``nav`` or ``section``
    without the byline: previous/next links, "Related posts" under an author card in the
    post's footer), so its teasers are not the byline's."""
    for a in link.iterancestors():
        if a is box:
            return False
        if a.tag in ("nav", "section") and byline not in a.iterdescendants():
            return True
    return False


def _scope_rank(el: HtmlElement, rank: dict[HtmlElement, int]) -> int:
    """The index of the innermost scope containing ``el``."""
    return next((rank[a] for a in el.iterancestors() if a in rank), len(rank))


def _dated_lead_in(el: HtmlElement) -> bool:
    """A meta line opening with the date's element, the byline's lead-in after it: "<p class='info'><time>11.03.2025
    09:14</time> von NAME</p>"."""
    return len(el) > 0 and el[0].tag == "time" and _LEAD_IN_WORD.match((el[0].tail or "").strip()) is not None


def _is_lead_in(el: HtmlElement, header: HtmlElement | None = None) -> bool:
    if not (el.text and el.text.strip() and (_opens_lead_in(el.text) or _photos_first(el)) or _korean_after_icon(el)
            or _dated_lead_in(el)):
        return False
    return len(text := el.text_content()) < MAX_LEAD_IN_CHARS and not _in_skipped_block(el, _ELSEWHERE_HINT, header) \
        and not _in_card_link(el, len(text))


def _in_card_link(el: HtmlElement, chars: int) -> bool:
    """Whether the line ``el`` (of ``chars`` characters) sits in a link that holds more than it, a picture or a block
    of words beside it: a teaser card set as one link around its picture, title and byline ("<a href='/reviews/…'>
    <img><p>COBALT</p><p>by NAME</p></a>"), whose "by NAME" is the teaser's (a link to the writer's page holds her
    byline alone)."""
    for level, a in enumerate(el.iterancestors()):
        if level >= _CARD_LINK_DEPTH:
            return False
        if a.tag == "a":
            inside = set(el.iterancestors())
            return len(a.text_content()) > chars and any(
                part is not el and part not in inside and (part.tag in ("img", "picture") or part.text_content().strip())
                for part in a.iter(_CARD_PARTS))
    return False


#: the levels above a "by NAME" line looked through for a card's link; the elements of a card besides its byline
_CARD_LINK_DEPTH = 3
_CARD_PARTS = ("img", "picture", "h2", "h3", "h4", "h5", "h6", "p", "div")


def _lead_in_holder(el: HtmlElement) -> HtmlElement:
    """The byline a lead-in belongs to: the element itself, or its parent when the
    element holds the lead-in word alone (``<span>Por </span><a>Laura Gómez</a>``)."""
    parent = el.getparent()
    if _LEAD_IN_ONLY.match(el.text_content()) and parent is not None and parent.tag not in _NOT_BYLINE_TAGS \
            and len(parent.text_content()) < MAX_LEAD_IN_CHARS:
        return parent
    return el


def _unique_elements(elements: Iterator[HtmlElement]) -> list[HtmlElement]:
    seen: set[HtmlElement] = set()
    return [el for el in elements if not (el in seen or seen.add(el))]


def _is_author_link(el: HtmlElement) -> bool:
    """A link to one writer's page (its slug, or an id of digits and letters: "/journalist/20190401ay1/"),
    whatever its class says, reading as a name in letters that have capitals or as a Chinese or Japanese
    name (``_CJK_LINKED_NAME``; a link "この記事の筆者", "the writer of this article", names nobody), maybe after the
    reporter's title glued before it ("記者陳怡君")."""
    if el.tag != "a" or AUTHOR_PAGE.search(el.get("href", "")) is None:
        return False
    text = el.text_content()
    return any(c.isupper() for c in text) \
        or _CJK_LINKED_NAME.match(_JOB_AFTER_COLON.sub("", _GLUED_REPORTER.sub("", text.strip()))) is not None


def _linked_only(el: HtmlElement) -> bool:
    """A byline candidate only for linking to a writer's page (nothing in it says byline)."""
    return not _marked(el) and _is_author_link(el)


#: the attributes front-end frameworks name elements by for their tests ("data-testid", "data-test-locator",
#: "data-qa"): a byline's says so where its classes are atomic styles ("Fz(14px) C(#6e7780)")
_TEST_HOOKS = frozenset(("data-testid", "data-test-id", "data-test", "data-test-locator", "data-qa", "data-cy"))


def _marked(el: HtmlElement) -> bool:
    """Whether the element's tag or attributes say it is a byline or an author's."""
    hint = " ".join([el.get("class", ""), el.get("id", ""), el.get("rel", ""), el.get("itemprop", ""),
                     *(value for key, value in el.items() if key in _TEST_HOOKS)])
    return el.tag == "address" or _byline_tag(el.tag) or BYLINE_HINT.search(hint) is not None


def _byline_tag(tag: str) -> bool:
    """A custom element named for the byline, as an e-paper's templates print it (``<founder-author>``)."""
    return "-" in tag and ("author" in tag or "byline" in tag)


def _is_byline(el: HtmlElement, header: HtmlElement | None = None) -> bool:
    if not (_marked(el) or _is_author_link(el)) or el.tag in _NOT_BYLINE_TAGS or _section_link_only(el):
        return False
    if _TEASERS_OWN.search(el.get("class", "")):
        return False  # "<p class="teaser-author">NAME</p>" under a teaser's title: the teaser's writer
    return len(el.text_content()) <= MAX_BYLINE_CHARS and not _in_skipped_block(el, _SKIP_HINT, header)


def _in_skipped_block(el: HtmlElement, hint: CaselessPattern, header: HtmlElement | None = None) -> bool:
    """Inside navigation, a figure, or a block whose class matches ``hint``; a
    ``<footer>`` inside the headline's own block is that header's footer (HTML5 puts
    byline and date there), not the page's."""
    holding = set(header.iterancestors()) | {header} if header is not None else set()
    for a in el.iterancestors():
        if a.tag in ("body", "html"):
            return False  # the page's own classes ("has-sidebar", "single-post") describe the page, not a block
        if a is header:
            header = None  # ancestors from here on are outside the header
        elif a.tag == "footer" and header is not None and any(h is header for h in a.iterancestors()):
            continue
        if a.tag in _SKIP_TAGS and a.tag != "aside" and not _page_form(a) or a.tag == "aside" and a not in holding:
            return True
        if a not in holding and hint.search(classes := _block_classes(a)):
            if a.getparent() in holding and "yline" in el.get("class", "").casefold() \
                    and not hint.search(_SIDE_COLUMN.sub(" ", classes)):
                continue  # the article's side column beside its title, holding its marked byline and date
            return True  # a block holding the article's headline is the article's own, whatever its class
    return False


#: an element's own class naming it a teaser's or a related story's part ("teaser-author", "related__byline"), or the
#: writer of a recommended original in a curation site's source box ("piq__source-author": the original's writer)
#: a card's or tout's byline by its class ("card-byline", "story-card__byline", "tout-byline": the byline of a teaser card,
#: not a writer's own card, "byline-card", "author-card")
_TEASERS_OWN = re.compile(r"teaser|related|recommend|source[-_]*(?:author|byline|autor)|"
                          r"(?:card|tout)s?[-_]+(?:byline|author)", re.IGNORECASE)
#: the class word of a side column (``_in_skipped_block``)
_SIDE_COLUMN = re.compile(r"sidebar", re.IGNORECASE)


def _in_others_block(el: HtmlElement) -> bool:
    """Whether one of ``el``'s boxes is named as a related, recommended or comments block (``_ELSEWHERE_HINT``): a
    line there is another article's or a reader's, no writer's line of this one."""
    return any(_ELSEWHERE_HINT.search(_block_classes(a)) for a in el.iterancestors())


def _section_link_only(el: HtmlElement) -> bool:
    """Whether a box marked as the author's holds a link to a section's page and no other words (a broadcaster's
    "article_details_author_container" printing the category's badge where no writer signs): it names no writer."""
    links = [el] if el.tag == "a" else list(el.iter("a"))
    return bool(links) and all(_SECTION_HREF.search(a.get("href") or "") for a in links) \
        and sum(len(element_text(a)) for a in links) >= len(element_text(el))


#: the address of a section's, a category's or a tag's page
_SECTION_HREF = re.compile(r"/(?:category|categories|section|sections|tag|tags|topic|topics|rubrik|ressort|kategorie|"
                           r"categorie|categoria)/", re.IGNORECASE)


def _page_form(el: HtmlElement) -> bool:
    """A form wrapping the page's article, its ``<h1>`` inside (ASP.NET WebForms wraps every page in one ``<form>``):
    the page, not a form box."""
    return el.tag == "form" and next(el.iter("h1"), None) is not None


def _block_classes(el: HtmlElement) -> str:
    """An element's classes without layout flags ("has-sidebar", "no-comments")."""
    return " ".join(c for c in el.get("class", "").split() if not _FLAG_CLASS.match(c))


def _author_links(el: HtmlElement, persons: list[str]) -> dict[str, str]:
    links = [el] if el.tag == "a" else el.iter("a")
    found = {}
    for a in links:
        name, href = element_text(a), a.get("href")
        if href and name in persons:
            found[name] = href
    return found


#: a Chinese page's line naming its editors, "(责编：NAME、NAME)", "责任编辑：NAME" (``_declared_editors``)
_EDITORS_LINE_XPATH = etree.XPath("//body//*[contains(text(), '责编') or contains(text(), '責編') "
                                  "or contains(text(), '责任编辑') or contains(text(), '責任編輯')]")
_EDITORS_LINE = re.compile(r"(?:责编|責編|责任编辑|責任編輯)\s*[:：／/｜|]\s*"
                           rf"(?P<names>[{_CJK_LETTERS}]{{2,4}}(?:\s*[、，,/／\s]\s*[{_CJK_LETTERS}]{{2,4}}){{0,3}})")


def _declared_editors(declared: list[str], page: Page) -> bool:
    """Whether each declared author is an editor the page's editors' line names ("(责编：孙琪、郝萌)" under the text): a
    system that declares the editor on duty as ``<meta name="author">``, whose byline by the headline names the
    reporters. (With no byline printed, the declared name stays: nothing printed says who wrote it.)"""
    found: set[str] = set()
    for element in _EDITORS_LINE_XPATH(page.tree):
        for m in _EDITORS_LINE.finditer(element.text or ""):
            found |= {_key(n) for n in re.split(r"\s*[、，,/／\s]\s*", m.group("names")) if n}
    return all(_key(n) in found for n in declared)


def _declared_byline(names: list[str], sites: list[str]) -> Byline:
    persons: list[str] = []
    agencies: list[str] = []
    for name in names:
        found, credited = split_byline(name, sites)
        persons += found
        agencies += credited
    return Byline(_unique(persons), _unique(agencies), None)


def _printed_as_outlet(declared: list[str], printed: Byline) -> bool:
    """Whether each declared author is an outlet's name (a word of outlets' names in it) that the printed byline
    prints beside the writer it names ("Seraina Caduff, Thurgauer Rundschau" under a portal's headline, the partner
    paper declared as ``<meta name="author">``): the writer's paper, no writer."""
    text = (printed.text or "").casefold()
    named = {_key(n) for n in printed.names}
    return all(OUTLET_WORD.search(n) is not None and _key(n) not in named and n.strip().casefold() in text
               for n in declared)


def _outlet_desk(name: str, sites: list[str]) -> bool:
    """Whether a declared author is the outlet's desk: the site's name (without "The") and one or two words of a
    section, "Sun Showbiz" on The Sun, "Mirror Sport" on the Mirror: nobody's name, a person the byline by the
    headline prints is the writer."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    for site in sites:
        own = re.sub(r"^the\s+", "", site.strip(), flags=re.IGNORECASE).split()
        if own and len(words) - len(own) in (1, 2) and [w.casefold() for w in words[:len(own)]] == \
                [w.casefold() for w in own]:
            return True
    return False


def _declared_names(data: Structured) -> Iterator[str]:
    authors = (data.article or {}).get("author") or (data.article or {}).get("creator")
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, str):
            yield author
        elif isinstance(author, dict) and isinstance(author.get("name"), str):
            if "Organization" not in type_names(author) or author["name"].casefold() in BY_CASEFOLD:
                yield author["name"]
    if not authors:
        found = False
        for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"):
            for value in data.meta.get(key, ()):
                if not value.startswith("http") and not _SITE_ADDRESS.search(value):
                    found = True
                    yield _uninverted(value) if key == "dc.creator" else value
        if not found:
            yield from _microdata_authors(data)


#: the ``itemtype`` of an article's microdata item ("http://schema.org/BlogPosting")
_ARTICLE_ITEMTYPE = re.compile(r"(?:Article|Posting)/?$")


def _microdata_authors(data: Structured) -> Iterator[str]:
    """Authors the article's microdata item declares: ``itemprop="author"``, read from its own
    ``itemprop="name"`` when it is an item (a Person), else from its text; a blog theme's
    "Posted by <span itemprop=author ...><span itemprop=name>Name</span></span>" under the post."""
    for el in data.itemprops.get("author", ()):
        scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        if scope is None or not _ARTICLE_ITEMTYPE.search(scope.get("itemtype") or "") \
                or (el.get("itemtype") or "").rstrip("/").endswith("Organization"):
            continue  # the outlet declared as author ("Московский Комсомолец") names nobody
        if el.get("itemscope") is not None:
            name = next((n for n in el.iterdescendants() if "name" in (n.get("itemprop") or "").split()), None)
            text = (name.get("content") or element_text(name)) if name is not None else ""
        else:
            text = el.get("content") or element_text(el)
        if text and not text.startswith("http"):
            yield text


def _uninverted(value: str) -> str:
    """A Dublin Core creator written "Surname, Given names" ("Jong, Michiel de") in reading
    order ("Michiel de Jong"); a value naming several people or an agency is left alone."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts) or parts[0].casefold() in BY_CASEFOLD or parts[1].casefold() in BY_CASEFOLD:
        return value
    surname, given = parts[0].split(), parts[1].split()
    if any(word.casefold() not in _PARTICLES for word in surname[:-1]) or len(given) > 3 \
            or not is_person_name(f"{parts[1]} {parts[0]}"):
        return value
    return f"{parts[1]} {parts[0]}"
