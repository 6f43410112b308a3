"""Who the article credits besides its authors: photographers, contributing reporters
and agencies, the outlets and bodies it cites by link, and the rights holder.

Our own code because no extraction library reads these: they are sentences
("AFP contributed reporting.", "Reporting by ...; Editing by ...", "CNN reported",
"(dpa) -", "Mit Material von dpa", "© 2023 ...") rather than markup.  The rules are
wording patterns in the languages we archive plus the link structure of the text;
nothing is tied to one site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .agencies import PATTERN as AGENCY_PATTERN
from .agencies import BY_CASEFOLD, same_agency_key
from .authors import AUTHOR_PAGE, CJK_ROLE_LABELS, JA_TEXT_WORD, POSTED_FROM, byline_photographers, names_someone
from .blocks import BLOCK_TAGS, HEADINGS, teaser_line_link
from .credits import COMPANY_END, INSTITUTION_WORDS, LOWER_WORD, clean_credit, credit_parts, is_agency, normalize_space
from .credits_box import credits_after, listed_credits, page_credits
from .dates import parse_printed_date
from .headline import TITLE_PARTS, cjk_title_tail, find_headline, host_names, page_site_names
from .hints import CN_REPUBLISHED, HELPLINE, REPUBLISHED_FROM
from .journals import journal_citations
from .images import CREDIT_LINES, absolute, article_regions, base_url, hint
from .outlets import (CJK_OUTLET, CJK_OUTLET_WORDS, FRENCH_BROADCASTER, FRENCH_MONTHS, FRENCH_TITLE, FRENCH_WEEKDAYS,
                      JA_PERIODICAL, OUTLET_WORD)
from .page import Page, iter_around
from .prefilter import Prefiltered, holds_any, top_branches
from .structured import element_text, structured_data

_MAX_LINE = 300

# -- contributors ---------------------------------------------------------------------

_CONTRIBUTED = re.compile(
    r"^(?P<names>.+?)\s+contributed\s+(?:additional\s+)?(?:reporting|research|to\s+this\s+(?:report|story|article))",
    re.IGNORECASE)
#: the capitals of Latin Extended-A: Central European letters ("Č", "Ł", "Ž") and vowels with macrons ("Ō", Māori and
#: Latvian names: "the Ōhaupō Clarion")
_EXTENDED_CAPS = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
#: a capital letter of the scripts we archive
_UPPER = f"[A-ZÀ-ÞА-Я{_EXTENDED_CAPS}]"
#: the same credit closing on the verb, a line of its own: "The Associated Press contributed.", "NBC News' Jane Doe
#: contributed." (capitalised names, a few words: "Both companies contributed." credits nobody)
_CONTRIBUTED_BARE = re.compile(
    # (maybe after the outlet and the writer's job, in lower case: "Harbor City Tribune reporter NAME contributed.")
    rf"^(?:(?:{_UPPER}[\w.'’-]*\s+){{0,4}}(?:staff\s+)?(?:reporter|writer|correspondent|photographer|intern)s?\s+)?"
    rf"(?P<names>{_UPPER}[\w.'’-]*(?:(?:,?\s+(?:(?:and|&)\s+)?|\s+(?:of|the|de|del|van|von|der|da)\s+)"
    rf"{_UPPER}[\w.'’-]*){{0,7}})\s+contributed\s*\.?$")
#: the roles of a wire-style credit line, "Reporting by A in Kyiv; Additional reporting by B;
#: Writing by C; Editing by D and E" (also in brackets, or with commas, full stops or nothing
#: between the roles), and the agencies' lines in German ("Bericht von A, redigiert von B"),
#: French ("Reportage A; version française B, édité par C") and Spanish ("Reporte de A;
#: Editado en español por B").  Every person it names is a contributor, once, whatever the
#: role: the record keeps who took part, and the printed line (``text``) says in what role.
_ROLE_WORDS = (r"(?:reporting|writing|editing|compiled|research|translation|translated|production|produced|"
               r"graphics|reported|written|edited|fact-checking|fact-checked)")
_ROLE_BY = re.compile(
    rf"(?:(?:additional|further|extra)\s+)?{_ROLE_WORDS}(?:\s*(?:,|and|&)\s*{_ROLE_WORDS})*\s+by(?:\s*:)?\s+"
    r"|(?:additional|further|extra)\s+(?:reporting|research)\s*:\s*"
    # the agency's input, as Pakistani dailies credit it: "Additional input by APP"
    r"|(?:additional|further|extra)\s+inputs?\s+(?:by|from)\s+"
    # the bare form, the names right after the words: "Additional reporting PA", "Additional reporting Ralph Riegel"
    rf"|(?:additional|further|extra)\s+(?:reporting|research)\s+(?=(?-i:{_UPPER}))"
    r"|(?:weitere\s+)?(?:bericht|berichte|recherche|mitarbeit|übersetzung|geschrieben|redigiert|bearbeitet|"
    r"übersetzt|zusammengestellt)\s+von\s+|(?:reporter|(?:schluss|foto|bild|text|video)?redaktion|bearbeitung|mitarbeit|"
    # a non-profit newsroom's closing credits: "Redigatur: NAME; Faktencheck: NAME; Grafiken: NAME"
    r"redigatur|faktencheck|lektorat|korrektorat|(?:info)?grafik(?:en)?|"
    # a translated piece's translator named with a colon after it, closing an English-language text: "Translator:
    # NAME; editor: NAME." (not "Übersetzung:", which opens a German desk's line of other roles' credits)
    r"translators?)\s*:\s*"
    # (but "Übersetzung: NAME" closing the line, one person's name and nothing after it: "Dieser Artikel erschien
    # zuerst in französischer Sprache in unserer Samstagsausgabe. Übersetzung: NAME")
    rf"|übersetzung\s*:\s*(?=(?-i:{_UPPER})[\w'’-]+(?:\s+(?-i:{_UPPER})[\w'’-]+){{1,3}}\s*\.?\s*$)"
    # a TV report's crew after the channel's short name: "Reportage TF1 NAME, NAME"
    rf"|(?:reportage|version\s+française|traduction)\s+(?:de\s+|par\s+)?(?:(?-i:[A-Z][A-Z0-9]{{1,5}})\s+)?(?=(?-i:{_UPPER}))|(?:édité|rédigé|traduit|écrit)\s+par\s+"
    r"|(?:reporte|reporteo|información|reportaje)\s+(?:adicional\s+)?de\s+"
    r"|(?:editado|escrito|redactado|traducido)\s+(?:en\s+español\s+)?por\s+"
    # a Japanese or Chinese translator's line closing a translated piece: "翻訳：NAME", "翻译／NAME", "翻譯：NAME", the
    # translation's checker: "翻訳校正：NAME", the language's translation help: "印尼語翻譯協助：NAME", an interpreter:
    # "取材協力・通訳：NAME"
    r"|(?:[\u4e00-\u9fff]{1,4}[語语])?(?:翻訳(?:校正)?|翻译|翻譯)(?:協助|协助)?\s*[:：／/＝=]\s*"
    r"|(?:取材協力[・･])?通訳\s*[:：／/＝=]\s*"
    # a Hong Kong byline's helper in a field of its own beside the writer's: "撰文：A　協助採訪：B"
    r"|(?:協助採訪|协助采访|採訪協助|采访协助)\s*[:：／/]\s*"
    # an interview's translator named in a sentence of its own: "Her interview was translated by NAME."
    r"|(?:her|his|their|the)\s+(?:interviews?|conversations?|comments|remarks|quotes)\s+(?:was|were)\s+translated\s+"
    r"(?:from\s+\w+\s+)?by\s+"
    # a health story's medical or scientific reviewer, the title before the name going: "監修：医師　NAME", "審稿／醫師
    # NAME", "Medically reviewed by Dr NAME", "Fachlich geprüft von NAME", "Relu par le Dr NAME" (with the doctor's
    # specialty: "審稿／新陳代謝科醫師 NAME", "監修：小児科医　NAME"; or a profession's title closing on a word of one,
    # "士", "医", "家", "師", "者", a space after it: "監修：税理士　NAME", "監修：社会保険労務士　NAME", two joined by "・":
    # "監修：樹木医・園芸研究家　NAME")
    r"|(?:監修|(?:审稿|審稿)(?:专家|專家)?|审订|審訂|审阅|審閱)\s*[:：／/]\s*(?:(?:[\u4e00-\u9fff]{1,8}?科)?"
    r"(?:医師|醫師|医师|(?<=科)(?:医|部長|医長)|医学博士|醫學博士|薬剤師|藥師|药师|"
    r"管理栄養士|營養師|营养师|歯科医師|獣医師)\s*"
    r"|[\u4e00-\u9fff]{1,8}[士医家師者](?:・[\u4e00-\u9fff]{1,8}[士医家師者])?[ \u3000]+)?"
    r"|(?:(?:medically|clinically|scientifically|expert|fact)[\s-]+)?reviewed\s+by\s+(?:Dr\.?\s+|Prof\.?\s+)?"
    # (the German doctor's degree after the title: "Dr. med. NAME", "Prof. Dr. med. NAME")
    r"|(?:fachlich|medizinisch|wissenschaftlich)\s+geprüft\s+von\s+(?:(?:Prof\.?\s+)?Dr\.?\s+(?:med\.\s+)?|Prof\.?\s+)?"
    r"|fachliche\s+prüfung\s*:\s*"
    r"|(?:article\s+)?relu\s+par\s+(?:le\s+|la\s+)?(?:Dr\.?\s+|docteure?\s+|professeure?\s+)?",
    re.IGNORECASE)
#: the same role after "With" opening an element of its own: "With reporting by NAME", "With additional reporting by"
_WITH_ROLE = re.compile(r"with\s+(?:" + _ROLE_BY.pattern + ")", re.IGNORECASE)
#: the place a credited person reported from, in the credit's language ("in Kyiv", "à Paris",
#: "en Madrid", "aus Berlin"): capitalised words after the preposition.
_CREDIT_PLACE = re.compile(
    rf"\s+(?:in|from|at|à|en|desde|aus)\s+{_UPPER}[\w.'’-]*(?:\s+{_UPPER}[\w.'’-]*)*(?:,\s*{_UPPER}[\w.]*)?"
    r"(?=[\s,;]*(?:and|und|et|y|e)\b|[\s,;]*$)")
#: the credit of an article's audio version ("Produced by ElevenLabs and News Over Audio (Noa) using AI
#: narration."): its names made the recording, not the article.
#: So do an episode's production credits: "Produced by NAME. Sound design by NAME. Music by NAME." (a podcast's).
_AUDIO_CREDIT = re.compile(r"\b(?:narrat\w*|audio|podcast|voice-?over|text-to-speech|sound design|sound engineer\w*|"
                           r"mix(?:ed|ing) by|mastered by|(?:theme )?music by)\b", re.IGNORECASE)
#: where a credit line may begin: the start of the line or of a sentence, after an opening bracket,
#: a dash or "With" ("— With reporting by NAME", "With additional reporting by NAME").
_CREDIT_START = re.compile(r"(?:^|[.!?;]\s+|\n)(?:[-–—]{1,2}\s*)?[(\[]?\s*(?:[Ww]ith\s+)?")
_WITH = re.compile(r"^(?:[-–—]\s*)?(?:with|avec)\s+(?P<names>[A-Za-z][\w .&/-]{0,60}?)\.?$", re.IGNORECASE)
#: the same in German, agencies only ("mit dpa", "(mit dpa und AFP)"; "Mit freundlichen Grüßen" names nobody), maybe
#: after the editors' initials ("jh/sk mit dpa")
_MIT_AGENCIES = re.compile(r"^\(?(?:[a-zäöü]{2,4}(?:\s?/\s?[a-zäöü]{2,4}){0,3}\s+)?"
                           rf"(?i:mit)\s+(?P<names>(?:{AGENCY_PATTERN})(?:\s*(?:,|/|und)\s*(?:{AGENCY_PATTERN}))*)"
                           r"\)?\.?$")
_MATERIAL = re.compile(
    r"^(?:[-–—]{1,2}\s*)?[(\[（]?\s*(?:with\s+(?:a\s+|additional\s+)?(?:assistance|inputs?|contributions?|files|"
    r"reporting|reports?)\s+from|"
    r"mit\s+informationen\s+(?:von|der|des|aus)|"
    r"mit\s+material\s+(?:von|der|des)|unter\s+verwendung\s+von\s+material\s+(?:von|der|des)|"
    r"con\s+informaci[oó]n\s+de|con\s+(?:material|informaciones)\s+de|"
    # Radio-Canada's "Avec les informations de La Presse canadienne" (as "With files from The Canadian Press")
    r"avec\s+(?:les\s+)?informations\s+d(?:e|['’])\s*(?:l['’])?|"
    # Québec's "- Avec la collaboration de NAME" closing the text (as "With reporting from NAME")
    r"avec\s+la\s+collaboration\s+d(?:e|['’])\s*|con\s+la\s+colaboraci[oó]n\s+de\s+|"
    # "(avec AFP)", "avec l'AFP", "con EFE": the name's capital right after, or the correspondent who reported it
    # ("Avec notre correspondant à Dakar, NAME"), so a sentence opening "Avec cette victoire, Lens remonte …" credits
    # nobody
    # (or with its article: "Avec la Presse canadienne", "Avec la Presse universitaire de l’Est")
    r"avec\s+(?:l['’]|la\s+|le\s+)?(?=(?-i:[A-ZÀ-ÖØ-Þ])|(?:notre|nos)\s+(?:correspondant|envoy))|"
    # ... or a local correspondent's signature closing the text: "De notre correspondant NAME"
    r"de\s+(?=(?:notre|nos)\s+(?:correspondant|envoy))|"
    r"con\s+(?:l['’])?(?=(?-i:[A-ZÀ-ÖØ-Þ]))|"
    r"met\s+medewerking\s+van|z\s+materiałów|na\s+podstawie|"
    r"по\s+материалам|с\s+использованием\s+материалов|при\s+участии|"
    # a Chinese portal's "（部分内容综合自新华社）" closing the text: part of it compiled from the agency's copy
    r"(?:部分内容|部分內容|本文|内容|內容)?(?:综合自|綜合自)|"
    # (or the part compiled from an agency's report, no "自": "（本文部分內容綜合中央社報導）"; or the whole: "（綜合法新社報道）")
    r"(?:本文部分(?:内容|內容))?(?:综合|綜合)(?=[^）)]{2,12}(?:報導|报道|報道)))\s*"
    r"(?:(?:den\s+)?nachrichtenagentur(?:en)?\s+|агентств[а]?\s+)?(?P<names>.+?)(?:報導|报道|報道)?\.?[)\]）]?$",
    re.IGNORECASE)
#: the same credit as a passive sentence closing the text: "Information from The Associated Press was used in this
#: report.", "Material from Reuters and AFP was used in this story."
#: (and a public broadcaster's form of it: "Some information for this report came from The Associated Press and
#: Reuters.")
_USED_IN = re.compile(r"^(?:(?:information|material|reporting|reports?)\s+from\s+(?P<names>.+?)\s+(?:was|were|is)\s+used\s+"
                      r"in\s+this\s+(?:report|story|article)|(?:some\s+)?(?:information|material)\s+for\s+this\s+"
                      r"(?:report|story|article)\s+(?:came|comes)\s+from\s+(?P<more>.+?))\s*\.?$", re.IGNORECASE)
#: the agency in brackets after the place, before a dash: "LONDON (Reuters) -", "WASHINGTON, May 5 (AP) —", and a
#: release wire's in capitals, glued by double hyphens: "BOSTON--(BUSINESS WIRE)--" (Business Wire's and
#: GlobeNewswire's datelines); the place holds no dash between spaces (a list's row "NAME – TITLE (Publisher) –
#: withdrawn", a shortlist's book and its publisher, is no dateline)
_DATELINE = re.compile(r"^(?:[^\s(](?:(?!\s[-–—]\s)[^()]){0,60}?\s|[A-Z][^()]{0,60}?--(?=\([A-Z][A-Z .&-]+\)--))?"
                       r"\((?P<names>[A-Za-zА-Яа-я][\w .&/-]{0,24})\)\s*\.?\s*[-–—]\s?")
#: (an agency's copy markers "(END)", "(MORE)", "(LEAD)" closing or heading a wire story name nobody)
_BARE_AGENCY = re.compile(r"^\((?!(?i:end|ends|fin|more|lead)\))(?P<names>[A-Za-zА-Яа-я][\w .&/-]{0,30})\)\.?$")
#: "МОСКВА, 7 марта. /ТАСС/." - the agency between slashes after the dateline.
_SLASH_DATELINE = re.compile(r"^[^/]{2,60}?\s/(?P<names>[A-Za-zА-Яа-я][\w .&-]{0,20})/\.?\s")
#: "... contributed reporting from Kyiv, and Anna Lukinova from Kramatorsk."
_MORE_CONTRIBUTORS = re.compile(r"\band\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+from\b")
#: "Quelle: dpa", "Źródło: PAP", "Fuente: EFE" closing the text: the agencies it came from; "Additional sources •
#: EFE" under the text, a bullet for the colon; "Verwendete Quellen: dpa, X, Y" in one line.
_SOURCE_LINE = re.compile(r"^(?:additional\s+|verwendete\s+)?(?:quellen?|źródło|fuentes?|fonte|bron|sources?|источник)"
                          r"\s*[:•·]\s*"
                          r"(?P<names>.{2,80}?)\.?$", re.IGNORECASE)
#: a chart's or a map's credit after the data's source on its line: "Quelle: Bundesnetzagentur · Grafik: X"
_GRAPHIC_CREDIT_AFTER = re.compile(r"\s*[·|•/]\s*(?:Grafik|Infografik|Karte|Foto|Fotos|Bild|Illustration|Graphic|"
                                   r"Chart|Map|Graphique|Carte)\s*:.*$", re.IGNORECASE)
#: the writers' initials in lower case in brackets closing such a line: "Quelle: MDR AKTUELL/dpa (ksm)", "(ksm/dg)"
_SOURCE_INITIALS = re.compile(r"\s*\((?-i:[a-z]{2,4})(?:\s?[/,]\s?(?-i:[a-z]{2,4})){0,3}\)\s*$", re.IGNORECASE)


#: the line naming who issued or provided a story, closing a wire release or an aggregator's copy: "SOURCE Northwind
#: Robotics, Inc." (in capitals), "Provided by University of Port Meridian"
_ISSUER_LINE = re.compile(r"^(?:SOURCE|(?i:provided\s+by))\s+(?P<name>[A-Z][^:;!?]{1,80}?)\s*$")
_PROVIDED_BY = re.compile(r"\s*provided\s+by\s*$", re.IGNORECASE)
#: the label of such a line printed apart from the paragraphs, in a ``<div>`` or ``<span>`` of its own under the
#: text ("<div><span>Additional sources</span> • EFE</div>"): the label alone in its element, the line its parent's
_SOURCE_LINE_LABEL = re.compile(r"(?:additional\s+)?(?:quellen?|źródło|fuentes?|fonte|bron|sources?|источник)\s*[:•·]?\s*$",
                                re.IGNORECASE)
#: a picture's boxes, where "Source: NAME" is its credit (the images' credit lines), not the text's
_PICTURE_BOXES = ("figure", "figcaption")
#: "本文来源：航空观察家", "来源：新华网" closing a Chinese article: the outlet or account the text came from,
#: named by the label whether or not it is a known agency.
_CJK_SOURCE_LINE = re.compile(r"^(?:本文|文章|原文)?(?:来源|來源|稿源)\s*[:：]\s*"
                              r"(?P<names>[^\s，。；：:,;！？!?]{2,20}(?:[、/／][^\s，。；：:,;！？!?]{2,20}){0,2})$")
#: the author-and-agency sign-off of German and other outlets: "ama/dpa/AFP", "sti/Reuters".
_SIGN_OFF = re.compile(r"^[\w.]{1,14}(?:\s?/\s?[\w.]{1,14}){1,5}\.?$")
#: the Korean and Japanese datelines opening the text: in brackets, the place, "=", the agency (or
#: agencies, "AP/뉴시스"): "[서울=뉴시스]", "(서울=연합뉴스)", "【ソウル=共同】"; or the place run into the
#: agency, "【北京共同】", "【ワシントン時事】". Each name must be a known agency (``credited``): the same
#: brackets name a paper's own correspondent ("【ソウル＝小池和樹】") or a label ("【速報】").
_CJK_LETTER = r"[A-Z\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]"
_CJK_DATELINE = re.compile(
    rf"^\s*[\[(（【]\s*{_CJK_LETTER}[^\[\]()（）【】=＝]{{0,20}}?\s*[=＝]\s*"
    rf"(?P<names>{_CJK_LETTER}[^\[\]()（）【】=＝]{{0,30}}?)\s*[\])）】]")
_CJK_AGENCY_DATELINE = re.compile(rf"^\s*【\s*{_CJK_LETTER}[^【】=＝]{{0,15}}?(?P<names>{AGENCY_PATTERN})\s*】")
#: the Chinese agency dateline: the agency, the place and day, "电": "新华社北京3月12日电（记者王晓明）".
#: the correspondents a Chinese paper's dateline names after its reporters: "本报讯（记者 NAME 通讯员 NAME 文/图）"
#: (they contributed; the reporters are the authors)
_CN_DATELINE_CORRESPONDENTS = re.compile(
    r"^\s*[^\s（(。，]{1,30}?(?:电|電|讯|訊)\s*[（(][^（）()]{0,40}?(?:通讯员|通訊員)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，\s]+[\u4e00-\u9fff]{2,4})*?)\s*(?:文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文|摄影?|攝影?)?\s*[）)]")
#: ... or a Chinese paper's reporters' line of its own, the correspondents after the reporters: "PAPER记者 NAME 通讯员
#: NAME" (a city paper's text opening), "本报记者 NAME NAME 通讯员 NAME、NAME"
_CN_BYLINE_CORRESPONDENTS = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,12}(?:记者|記者)[\s\u4e00-\u9fff、，]{2,30}?(?:通讯员|通訊員)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，\s]+[\u4e00-\u9fff]{2,4}){0,3})\s*$")
#: ... or a Chinese line of its own in brackets after the text, crediting reporters who took part: "（本網記者NAME亦有參與
#: 採訪）", "（記者NAME、NAME協助採訪）" (the writers are the byline's; the names are lazy: "NAME亦參與" is no name's)
_CJK_TOOK_PART = re.compile(
    r"^\s*[（(]\s*(?:[\u4e00-\u9fff]{0,6}?(?:記者|记者|實習記者|实习记者|實習生|实习生))?\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}?(?:\s*[、，,]\s*[\u4e00-\u9fff]{2,4}?)*)\s*"
    r"(?:亦有|也有|亦|也)?(?:參與|参与|協助|协助)(?:採訪|采访|報道|报道|撰稿|撰寫|撰写)\s*[）)]\s*$")
#: the words one of which every match of ``_CJK_TOOK_PART`` holds (keep in step)
_TOOK_PART_WORDS = ("採訪", "采访", "報道", "报道", "撰")
#: (no kana nor "、" between: "ロイター通信が報じたところでは、欧州の複数の国が電力の…" is a Japanese sentence's "電力")
_CN_AGENCY_DATELINE = re.compile(rf"^\s*(?P<names>{AGENCY_PATTERN})[^\s（(。，、\u3040-\u30ff]{{1,20}}?(?:电|電)")
#: an agency's dateline in brackets opening the text, maybe with its reporter: "（中央社台北12日電）",
#: "（中央社記者鍾榮峰台北12日電）".
_BRACKETED_AGENCY_DATELINE = re.compile(
    rf"^\s*[（(]\s*(?P<names>{AGENCY_PATTERN})[^\s（()）]{{1,30}}?(?:電|电)\s*[）)]")
#: ... or an agency no list knows, named by the "社" closing its short name and glued to its reporter's title, the
#: place and day after: "（中和社記者NAME台北12日電）" (the agency's own copy opening the text)
_UNKNOWN_AGENCY_REPORTER_DATELINE = re.compile(
    r"^\s*[（(]\s*(?P<names>[\u4e00-\u9fff]{1,6}社)(?:记者|記者)[^（()）\s]{2,30}?\d{1,2}日\s*(?:專|专)?(?:電|电)\s*[）)]")
#: the writers' initials and the agency whose material they used, in brackets closing the text's last
#: sentence: "… Stammstrecke. (dg/kh mit dpa)", "… (avec AFP)", "(with AP)": the agency is a contributor
#: ... its agencies separated by a slash or "and" (split again by ``_SIGN_OFF_SPLIT``)
_SIGN_OFF_SEPARATOR = r"\s?/\s?|\s+(?:und|and|et)\s+"
_CLOSING_SIGN_OFF = re.compile(
    r"(?:^|[.!?…“”\"»]\s*)\((?:[\w.]{1,14}(?:\s?/\s?[\w.]{1,14}){0,3}\s+)?(?:mit|avec|with)\s+"
    rf"(?:material\s+(?:von|der)\s+)?(?P<names>[\w.]{{2,20}}(?:(?:{_SIGN_OFF_SEPARATOR})[\w.]{{2,20}}){{0,3}})\)\s*$",
    re.IGNORECASE)
_SIGN_OFF_SPLIT = re.compile(_SIGN_OFF_SEPARATOR, re.IGNORECASE)
#: a broadcaster's line under its text naming the programme, the day and, after a semicolon, the agencies whose copy it
#: used, in lower case ("SRF 4 News, 11.12.2025, 10:00 Uhr ; sda/reu"), and such a line's length at most
_PROGRAMME_AGENCIES = re.compile(r"\d[^;]{0,60};\s*(?P<names>[a-zA-Z]{2,6}(?:\s?/\s?[a-zA-Z]{2,6}){0,3})\s*$")
_PROGRAMME_LINE_MAX = 100
#: the items a list of sources may have (longer lists are navigation, contents, facts)
SOURCE_LIST_MAX = 6
#: a line of a list of sources naming the agencies used: "Nachrichtenagenturen dpa und AFP", "Agences AFP et Reuters"
_AGENCIES_NAMED = re.compile(
    r"^(?:(?:die|den|der|les|las|the)\s+)?(?:nachrichtenagentur(?:en)?|agences?(?:\s+de\s+presse)?|agencias?|"
    r"news\s+agenc(?:y|ies)|wire\s+services?)\s*:?\s+(?P<names>[^.:;!?]{2,60}?)\.?$", re.IGNORECASE)
#: the agencies alone in brackets after the text's last sentence, as German regionals and Japanese papers sign wire
#: copy: "… stornieren. (dpa/AFP/epd)", "…進める。（共同）": one agency is the story's source, several the
#: contributors whose material was combined (known agencies only: no writer's initials, "(mk)", nor a place); a source's
#: label may open the bracket, "… verursacht. (Quelle: afp/dpa)", which credits contributors, as "Quelle: dpa" does
_AGENCIES_BRACKET = (r"[（(](?P<label>(?i:quelle|quellen|source|sources|fuente|fonte)\s*:\s*)?"
                     r"(?P<names>[^()（）\d:]{2,40})[）)]\s*$")
#: (after a sentence's stop or a quote's closing mark, the German "„…“" and "‚…‘" and the Swiss "«…»" too)
_CLOSING_AGENCIES = re.compile(r"[.!?…。」』”“‘’\"»«›]\s*" + _AGENCIES_BRACKET)
#: the same bracket as a line of its own: "(APA/red)"
_AGENCIES_ALONE = re.compile(r"^\s*" + _AGENCIES_BRACKET)
_CLOSING_AGENCIES_SPLIT = re.compile(r"\s*[/／・]\s*|\s+(?:und|and|et|y)\s+")
#: a writer's initials in lower case beside the agencies in such a bracket: "lme" of "(lme/sda)"
_WRITERS_INITIALS = re.compile(r"^[a-z]{2,4}$")
#: the signature closing an Austrian paper's text, in brackets: the writer, the agencies used, the day
#: ("(Julia Berger, APA, 11.3.2026)", "(red, APA, 11.3.2026)"): the agencies are contributors
_SIGNATURE_BRACKET = r"\((?P<names>[^()\d]{2,80}?),\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\)$"
_DATED_SIGNATURE = re.compile(r"^" + _SIGNATURE_BRACKET)
#: ... or glued after the last sentence of the text's last paragraph: "… tut es auch.“ (APA, red, 12.3.2026)"
_CLOSING_DATED_SIGNATURE = re.compile(r"[.!?…“”\"»«]\s*" + _SIGNATURE_BRACKET)


def _signature_agencies(signature: re.Match[str]) -> list[str]:
    """The agencies a dated signature names among its parts (not the writer, nor "red" for the desk)."""
    return [n for n in re.split(r"\s*,\s*", signature.group("names")) if is_agency(n)]


#: the characters from the end of a line within which a closing sign-off is looked for
_SIGN_OFF_MAX = 90
#: a credit line for a picture the page shows elsewhere (its listing or header picture), printed under the
#: text: "Rubriklistenbild: © Matthias Balk/dpa", "Titelbild: NAME", "Beitragsbild: © NAME"
_PICTURE_CREDIT_LINE = re.compile(
    r"^(?:(?i:[a-zäöü]{3,}(?:bild|foto)|(?:title|header|cover|featured)\s+(?:image|photo))\s*:|"
    # a Chinese site's header picture: "题图来自：视觉中国", "题图来源：图虫创意", "頭圖來源：NAME", "封面图片：NAME"
    r"(?:题图|題圖|头图|頭圖|封面图片?|封面圖片?)(?:来自|来源|來自|來源)?\s*[:：])\s*(?:©\s*)?"
    r"(?P<name>[^\s©:.!?][^©:!?]{1,60}?)(?<![.])\s*$")
#: the writers' initials and the picture's credit on the line closing a German satire or blog post: "ssi, dan; Foto:
#: Shutterstock", "jl; Fotos: NAME" (the initials name nobody; the credit is the lead picture's)
_INITIALS_THEN_PHOTO = re.compile(r"^[a-zäöü]{2,4}(?:\s*[,/]\s*[a-zäöü]{2,4}){0,3}\s*;\s*(?i:fotos?|bilder?|photos?)\s*:\s*(?:©\s*)?"
                                  r"(?P<name>[^\s©:.!?][^©:!?;]{1,60}?)\s*$")
#: a republished story's note naming the outlet that printed it first: "Dieser Beitrag erschien zuerst im Magazin
#: „natur“, Ausgabe 3/2026.", "This article first appeared in The Conversation.", "Cet article a d'abord été publié
#: dans Le Temps.", "This article originally appeared on The X Courier: TITLE" (a portal's, the story's title after a
#: colon), "… originally published at nytimes.com." (a site's address, its dots kept) (the note stays the text's last
#: line; the outlet is the story's source)
_FIRST_APPEARED = re.compile(
    r"^(?:dieser|der|this|cet|ce)\s+(?:beitrag|artikel|text|article|story|piece|texte)\s+"
    r"(?:erschien\s+zuerst|(?:first|originally)\s+appeared|was\s+(?:first|originally)\s+published|"
    r"a\s+(?:d['’]abord\s+|initialement\s+)?été\s+(?:d['’]abord\s+|initialement\s+)?publié)\s+"
    r"(?:im|in\s+der|in\s+den|in|bei|auf|on|at|by|dans|sur|par)\s+"
    # (not a language, nor the paper's own edition: "erschien zuerst in französischer Sprache in unserer
    # Samstagsausgabe", "first appeared in our print edition", "erschien zuerst in der Regionalausgabe X der Y")
    r"(?!\w+(?:er|e)\s+sprache\b|unser|our\b|notre\b|nos\b|(?:der\s+|den\s+)?\w*ausgabe\b)"
    r"(?:(?:the\s+|le\s+|la\s+)?(?:magazin|magazine|zeitung|wochenzeitung|blog|site|revue|journal)\s+"
    r"(?:de\s+|du\s+|d['’])?)?"
    r"[„“\"«]?\s?(?P<name>[^\s,.;:„“”\"«»](?:[^,.;:„“”\"«»]|\.(?=[a-z]{2,6}\b)){0,58}?)\s?[“”\"»]?"
    r"(?:\s*(?:[,;:]|\.(?![a-z]{2,6}\b))|\s+(?:am|vom|on|le|ausgabe|issue)\b|\s+\d{1,2}/\d{2,4}\b|\s*$)", re.IGNORECASE)
#: an issue named by its month or number, no outlet: "the August 2024", "the 12/2025"
#: the months' names in English
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_AN_ISSUE = re.compile(rf"^(?:the\s+)?(?:{_EN_MONTHS}|Spring|Summer|Autumn|Fall|Winter|\d)", re.IGNORECASE)
_CONTRIBUTOR_LINES = (_CONTRIBUTED, _CONTRIBUTED_BARE, _MATERIAL, _USED_IN, _WITH, _MIT_AGENCIES, _DATELINE,
                      _SLASH_DATELINE, _BARE_AGENCY)
#: the agency of a dateline or printed alone in brackets: the wire service the story came from.
_DATELINES = (_DATELINE, _SLASH_DATELINE, _BARE_AGENCY)
#: a dash and the agency alone on the line closing the text, as New Zealand and Australian papers sign the stories of
#: agencies and partners: "- RNZ", "– AP", "- Reuters" (a known agency, or an acronym of three letters or more: no
#: person's name, nor a writer's initials, "– JS"); a mark closed by a dash too ("-NU-", "-30-", a college
#: athletics office's end mark, as "###") names no one
_DASHED_AGENCY = re.compile(r"^[-–—]\s?(?P<name>[A-Z]{2,6}|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})(?<![-–—])\s*\.?$")
#: "—Jane Doe contributed to this article.": a dash may set off the contribution line closing the text
_OPENING_DASH = re.compile(r"^[—–]\s*")
_CONTRIBUTED_LINES = (_CONTRIBUTED, _CONTRIBUTED_BARE)

_NAME_SPLIT = re.compile(r"\s*(,|;|&|/|\band\b|\bund\b|\bsowie\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b|\boraz\b|\bи\b)\s*")
#: (in French, a capitalised place after "à": "Avec la collaboration de NAME à Sherbrooke")
_LOCATION = re.compile(r"\s+(?:(?:in|from|at|aus|in der|в|из)\s+\S|à\s+(?-i:[A-ZÀ-Þ])).*$")
_ROLE_PREFIX = re.compile(r"^.*?\b(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?|photographers?|"
                          r"interns?|producers?|researchers?|correspondante?s?)\s+", re.IGNORECASE)
#: an outlet's possessive before its reporters' names: "CNN's Jane Doe", "Reuters' Jane Doe", "KVRN 7 News' Jane Doe".
_POSSESSIVE = re.compile(r"^[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,3}(?:['’]s|s['’])\s+(?=[A-Z])")
#: the noun before an agency's name in a credit: "(der) Nachrichtenagenturen AFP, AP und dpa"
_AGENCY_NOUN = re.compile(r"^(?:(?:der|den|des|die)\s+)?nachrichtenagentur(?:en)?\s+(?=\S)", re.IGNORECASE)
#: a group of reporters credited without names: "der ARD-Korrespondentinnen", "our correspondents"
_GROUP = re.compile(r"(?:korrespondent(?:inn)?en|correspondents|reporters|redaktionen)$", re.IGNORECASE)
#: a broadcaster's or bureau's acronym after a person's name and a comma: "SWR", "ARD-Studio Brüssel"
_AFFILIATION = re.compile(r"^[A-ZÄÖÜ]{2,5}(?:-[\w]+)?(?:\s+[\w-]+)?$")
#: a person's outlet after the name in a credit: "Jeremy Schwartz of The Texas Tribune (contributed reporting)", "Jane
#: Doe of NBC News": the person (two to four capitalised words) is the name
_OF_OUTLET = re.compile(rf"^(?P<person>{_UPPER}[\w.'’-]*(?:\s+{_UPPER}[\w.'’-]*){{1,3}})\s+of\s+(?:the\s+)?"
                        rf"{_UPPER}[\w.&'’-]*(?:\s+(?:{_UPPER}[\w.&'’-]*|of|and|&)){{0,5}}$")
_NOT_NAMES = frozenset({"staff", "agencies", "agency", "wires", "wire", "agenturen", "агентства", "others"})

# -- sources ------------------------------------------------------------------------

_VERBS = (
    r"said|says|reported|reports|told|wrote|writes|noted|notes|announced|stated|estimated|estimates|"
    r"found|finds|revealed|reveals|confirmed|confirms|claimed|claims|added|tweeted|posted|published|"
    r"warned|explained|assessed|assesses|concluded|observed|suggested|showed|shows|"
    r"berichtete|berichtet|meldete|meldet|schreibt|schrieb|sagte|sagt|erklärte|erklärt|zitiert|zitierte|"
    r"сообщил[аои]?|сообщает|сообщают|пишет|писал[аои]?|заявил[аои]?|заявляет|передает|передаёт|"
    r"отмечает|отметил[аои]?|рассказал[аои]?|указывает|указал[аои]?|documented|detailed|described|"
    r"rapporte|a\s+rapporté|indique|a\s+indiqué|écrit|a\s+écrit|a\s+annoncé|annonce|affirme|a\s+affirmé|"
    r"révèle|a\s+révélé|précise|a\s+précisé|relève|a\s+relevé|"
    # the French pluperfect of an earlier report: "Libération avait relevé", "comme l'avait révélé Le Monde"
    r"avait\s+(?:rapporté|révélé|relevé|écrit|indiqué|annoncé|précisé)|"
    # ... and the imperfect of a report of days before: "Le Soir rapportait mardi que …"
    r"rapportait|révélait|écrivait|"
    r"informó|informa|ha\s+informado|publicó|publica|ha\s+publicado|señaló|señala|dijo|afirmó|reveló|"
    r"riferisce|ha\s+riferito|riporta|ha\s+riportato|scrive|ha\s+scritto|ha\s+detto|ha\s+annunciato|"
    r"meldt|meldde|schrijft|schreef|zegt|zei|berichtte|"
    r"poinformował[aoy]?|podał[aoy]?|podaje|pisze|napisał[aoy]?|"
    r"によると|によりますと|によれば|が報じ\w*|は報じ\w*|が伝え\w*|が明らかにし\w*"
)
#: words that may stand inside the citing verb phrase, between the outlet and its verb or
#: around the verb: adverbs ("Politico first reported", "as Axios had previously reported",
#: "wie der Spiegel zuerst berichtete", "a d'abord rapporté", "ha informado previamente",
#: "как ранее сообщил") and the perfect's auxiliary ("has reported", "berichtet hatte").
#: They belong to the verb phrase, never to the name before it.
_ADVERBS = (
    r"first|also|previously|exclusively|initially|originally|earlier|later|recently|separately|subsequently|"
    r"already|independently|then|again|since|repeatedly|just|late|last\s+\w+day|on\s+\w+day|"
    r"zuerst|zuvor|vorher|vorab|bereits|schon|ebenfalls|auch|erstmals|exklusiv|zunächst|kürzlich|jüngst|damals|"
    r"seinerzeit|"
    r"d['’]abord|également|aussi|déjà|précédemment|initialement|en\s+premier|en\s+exclusivité|le\s+premier|"
    r"la\s+première|récemment|"
    r"también|primero|previamente|inicialmente|anteriormente|ya|en\s+exclusiva|recientemente|"
    r"anche|per\s+prim[oa]|inizialmente|già|precedentemente|in\s+esclusiva|"
    r"eerder|eerst|ook|al|als\s+eerste|onlangs|"
    r"wcześniej|jako\s+pierwsz[ya]|również|także|też|już|"
    r"ранее|также|первым|первой|первыми|уже|впервые|эксклюзивно|накануне|"
    # when, a month's or a weekday's name after a preposition: "wie der «X» im Januar berichtete", "wie die „X“ am
    # Sonntagabend … berichtete"
    # (or the month's part before its name: "wie die „X“ Anfang Februar berichtet hatte", "as X reported in early
    # March")
    # (Austrian months too: "im Jänner", "im Feber")
    r"(?:im|am|in|on|Anfang|Mitte|Ende|early|mid|late)\s+(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|"
    r"August|September|Oktober|November|Dezember|"
    r"January|February|March|May|June|July|October|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
    r"Sonntag)(?:abend|morgen|nachmittag|vormittag)?"
    # (a month's year after it: "wie der X im Mai 1928 berichtete")
    r"(?:\s+(?:1[6-9]|20)\d{2})?|am\s+(?:Wochenende|Vortag|Vorabend)|"
    # ... or a past year, month or week: "wie das „X“ im vergangenen Jahr berichtet hatte", "as X reported last year"
    r"im\s+(?:vergangenen|letzten|vorigen)\s+(?:Jahr|Monat|Sommer|Herbst|Winter|Frühjahr)|"
    # ... or a season: "wie das „X“ bereits im Herbst berichtet hatte", "as X reported in the spring"
    r"im\s+(?:Frühjahr|Frühling|Sommer|Herbst|Winter)|in\s+the\s+(?:spring|summer|autumn|fall|winter)|"
    r"(?:vergangene|letzte|vorige)\s+Woche|last\s+(?:year|month|week|spring|summer|fall|autumn|winter)|"
    # ... or where: "wie die „X“ in ihrer aktuellen Ausgabe schreibt"
    r"in\s+(?:ihrer|seiner|der)\s+(?:aktuellen|neuen|jüngsten|neuesten|heutigen)\s+Ausgabe|"
    # ... or this one: "wie der „X“ in dieser Woche berichtete", "as X reported earlier this week"
    r"(?:in\s+)?(?:dieser|diese)\s+Woche|(?:earlier\s+)?this\s+(?:week|month|year)|"
    # ... or a span of time ago: "wie die «X» vor zwei Wochen berichtete", "as X reported two weeks ago"
    r"vor\s+(?:einer|einem|zwei|drei|vier|fünf|wenigen|einigen)\s+(?:Tagen?|Wochen?|Monaten?|Jahren?)|"
    r"(?:a|one|two|three|four|five|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+ago|"
    # ... and in French: "L'hebdomadaire X évoquait la semaine dernière …", "comme le rapportait mardi X"
    r"la\s+semaine\s+(?:dernière|passée)|le\s+mois\s+(?:dernier|passé)|l['’]an(?:née)?\s+derni(?:er|ère)|la\s+veille|"
    r"hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_AUXILIARIES = r"has|have|had|hat|hatte|hatten|haben|heeft|hebben"
_ADVERB_RUN = rf"(?:(?:{_ADVERBS})\s+){{0,3}}"
#: a citing verb, adverbs allowed between the parts of a compound one ("a d'abord rapporté").
_VERB = "(?:" + _VERBS.replace(r"\s+", rf"\s+{_ADVERB_RUN}") + ")"
#: the citing verb phrase: auxiliary, adverbs, verb, adverbs, a trailing auxiliary.
_VERB_PHRASE = (rf"(?:(?:{_AUXILIARIES})\s+)?{_ADVERB_RUN}{_VERB}"
                rf"(?:\s+(?:{_ADVERBS}))?(?:\s+(?:{_AUXILIARIES}))?")
#: words of the verb phrase printed before the link ("Politico first [reported]"), which
#: end the subject.
_PHRASE_TAIL = re.compile(rf"(?:\s+(?:{_AUXILIARIES}|{_ADVERBS}))+$", re.IGNORECASE)
_VERB_ONLY = re.compile(rf"^{_VERB_PHRASE}(?:\s+(?:in\s+a\s+(?:statement|report|post)|on\s+\w+))?$", re.IGNORECASE)
_ENDS_WITH_VERB = re.compile(rf"^(?P<subject>.+?)\s+{_VERB_PHRASE}$", re.IGNORECASE)
_NAME_FIRST = re.compile(
    r"^(?:according\s+to|citing|cited\s+by|(?:(?:first|originally|initially|previously|also)\s+)?reported\s+by|quoted\s+by|laut|по\s+данным|по\s+информации|"
    r"по\s+словам|(?:a|an)\s+(?:new\s+)?(?:report|story|article|investigation|analysis|statement)\s+(?:in|by|from)|"
    r"selon|d['’]après|según|secondo|volgens|według)\s+(?P<name>.+)$", re.IGNORECASE)
_CITING_BEFORE = re.compile(
    r"(?:according\s+to|citing|cited\s+by|reported\s+by|quoted\s+by|told|per|via|interview\s+with|"
    # a writer quoted in the outlet that printed them, as digests of the papers quote: "said NAME in [The
    # Guardian]", "wrote NAME in the [Telegraph]" (the name capitalised, one to three words)
    r"(?:said|says|wrote|writes|argued|argues|noted|notes|warned|warns)\s+(?-i:(?:[A-Z][\w.'’-]+\s+){1,3})in|"
    r"a\s+report\s+(?:by|from|in)|a\s+statement\s+to|laut|wie|по\s+данным|по\s+информации|по\s+словам|"
    r"сообщает|сообщил[аои]?|пишет|передает|передаёт|как\s+сообщает|как\s+пишет|berichtet|meldet|schreibt|"
    r"nach\s+angaben\s+(?:von|der|des)|"
    r"selon|d['’]après|a\s+rapporté|rapporte|a\s+indiqué|indique|a\s+écrit|écrit|"
    r"según(?:\s+informó|\s+publicó|\s+ha\s+informado)?|de\s+acuerdo\s+con|informó|citado\s+por|"
    r"secondo|riferisce|ha\s+riferito|riporta|ha\s+riportato|scrive|come\s+ha\s+scritto|"
    r"volgens|meldt|schrijft|aldus|"
    r"według|poinformował[aoy]?|podał[aoy]?|podaje|jak\s+podaje|jak\s+podał[aoy]?|pisze)"
    r"(?:\s+(?:the|der|die|das|dem|den|le|la|les|el|los|las|il|lo|gli|het|de))?\s*$",
    re.IGNORECASE)
#: a citing verb after the link (the leading spaces possessive, as in ``authors._LEAD_IN_WORD``)
_VERB_AFTER = re.compile(rf"^\s*+(?:{_VERB_PHRASE}|zufolge)(?!\w)", re.IGNORECASE)
#: a player's tally after the linked name, no citation: "<a>NAME</a> added 12 points and six assists", "posted 21
#: points", "added two goals" (a number after "added" or "posted"; an outlet "added that …", or "posted a statement",
#: still cites)
_TALLY_AFTER = re.compile(r"^\s*(?:added|posted)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve)\s+[\w-]+)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r"[.!?;:,\"“”«»„()\[\]—–\u2029]|\b(?:that|which|who|while|as|because|after|when|where|dass|что|как)\b",
    re.IGNORECASE)
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|or|so|und|aber|и|а|но)\s+", re.IGNORECASE)
_PRONOUNS = frozenset({"we", "he", "she", "they", "it", "i", "you", "wir", "er", "sie", "es", "мы", "он", "она", "они"})
_GENERIC = re.compile(r"^(?:the|this|that)\s+(?:[a-z-]+\s*){1,3}$|^(?:das|die|der|dem|den)\s+[A-ZÄÖÜ][a-zäöüß]+$")
_ARTICLE = r"(?:(?:the|der|die|das|dem|den|des|le|la|les|el|los|las|il|lo|gli|het|de)\s+|l['’])"
_CAP = r"[A-ZÄÖÜА-Я][\w'’.&-]*"
_PROPER = rf"{_CAP}(?:\s+(?:(?:of|for|the|and|on|in|de|du|des|la|le|für|&)\s+)*{_CAP})*"
_MODIFIERS = r"(?:[\w.'’-]+-(?:based|led|backed|funded|run|owned|affiliated)\s+)*"
_NAMED = re.compile(rf"(?P<det>\b[Tt]he\s+)?{_MODIFIERS}(?P<name>{_PROPER})")
_NAMED_SPEAKER = re.compile(rf"(?P<det>\b[Tt]he\s+)?{_MODIFIERS}(?P<name>{_PROPER})\s+(?:{_VERBS})\b")
_ORG_WORD = re.compile(
    r"\b(?:Institute|Ministry|Agency|Council|Cent(?:er|re)|Foundation|Committee|Office|Department|Service|"
    r"University|Bank|Fund|Organi[sz]ation|Association|Union|Group|Party|Court|Commission|Bureau|Times|"
    r"Post|News|Journal|Tribune|Herald|Press|Institut|Ministerium|Amt)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_QUOTES = "\"'“”„«»‘’"
_PREVIOUS_BLOCKS = 3

#: citing verbs of reporting (not "said": people say, outlets report), singular, for citations in words
_REPORT_VERBS = (
    # ("revealed": "after the Sunday X revealed that …", the name read as an outlet's)
    r"reported|reports|revealed|berichteten|berichtete|berichtet|meldeten|meldete|meldet|schreibt|schrieben|schrieb|"
    r"rapporte|rapportait|révélait|évoquait|"
    r"a\s+rapporté|révèle|a\s+révélé|informó|informa|ha\s+informado|publicó|publica|reveló|riferisce|ha\s+riferito|"
    r"riporta|ha\s+riportato|meldt|meldde|berichtte|podał[aoy]?|podaje|сообщил[аои]?|сообщает|пишет")
_CAP_ANY = _UPPER + r"[\w'’&-]*(?:\.(?=\w)[\w'’&-]*)*"  # full stops inside ("U.S"), none closing
#: articles printed capitalised as part of a title: "Le Monde", "El País", "Die Zeit", "The Times"
_TITLE_ARTICLES = "The|Le|La|Les|El|Los|Las|Il|Lo|Die|Der|Das|De|Het"
#: (a French title's elided article too: "L’Indépendant du Midi", "L'Est Républicain")
_TITLE_ARTICLE = re.compile(rf"^(?:(?:{_TITLE_ARTICLES})\s|L['’](?=[A-ZÀ-Þ]))")
#: a cited name: in quotes, or capitalised words after an optional article that belongs to the title
_CITED_NAME = (
    r"(?P<name>[„“\"«‚]\s?(?P<quoted>[^„“”\"«»]{2,60}?)\s?[“”\"»‘]"
    # (an Australian station's call sign, its state's digit first: "told 3AW", read as an outlet's by ``_CALL_SIGN``;
    # maybe with its medium's word: "told 3BN Radio")
    r"|[1-9][A-Z]{2}(?:\s+(?:Radio|News|TV))?(?![\w-])"
    # (a German news agency printed in lower case: "wie dpa berichtete", "sagte NAME der dpa")
    r"|(?-i:dpa|epd|kna)(?![\w-])"
    # (a magazine's title opening on a number, after its noun: "par le magazine 60 Millions de consommateurs")
    r"|(?:(?<=magazine\s)|(?<=mensuel\s)|(?<=magazin\s)|(?<=Magazin\s))\d{1,3}\s+[A-Z][\w'’-]+"
    r"(?:\s+(?:de|des|du|d['’])\s*[a-zà-ÿ][\w'’-]+)?"
    # (not the word leading a sentence's clause in: "As the Guardian reported" cites the Guardian)
    rf"|(?!(?:As|Wie|Comme|Como|Come|Zoals|Jak)\s)(?:(?:{_TITLE_ARTICLES}|the)\s+)?{_CAP_ANY}"
    # (a number inside a broadcaster's name, "BBC Radio 5 Live", "Channel 4 News": one or two digits between words)
    rf"(?:\s+(?:(?:of|for|the|and|de|du|des|del|&)\s+)*(?:[ld]['’])?(?:{_CAP_ANY}|\d{{1,2}}(?=\s+[A-Z])"
    # (or closing it after a channel's word: "RTÉ Radio 1", "Channel 4")
    r"|(?:(?<=Radio\s)|(?<=Channel\s)|(?<=Kanal\s)|(?<=Canal\s))\d{1,2}\b"
    # (or a station's frequency after its word: "CKHV News 680", "Talk 1200"; or glued to its band: "KLR 96FM")
    r"|(?:(?<=News\s)|(?<=FM\s)|(?<=AM\s)|(?<=Talk\s))\d{2,4}(?:\.\d)?\b|\d{2,3}(?:\.\d)?FM\b)){0,5})")
#: ... and, where the name closes its clause, a French title going on in lower case after its article and noun ("cité
#: par La Gazette mosane.", "par Le Bulletin agricole,"): the title's words up to the clause's end
_CITED_NAME_CLOSING = rf"(?:(?P<ftitle>{FRENCH_TITLE})|{_CITED_NAME})"
#: the noun saying what kind of outlet a name is, after its article: "wie der Sender Radio X", "selon le quotidien Le
#: Monde", "l'hebdomadaire X" (in German a capitalised noun, no part of the name; maybe after a word saying whose:
#: "US-Magazin", "die britische Zeitung", a city's adjective, "die Bukarester Zeitung")
_MEDIUM_NOUN = (r"(?:(?-i:[A-Z]{2,3})-|(?-i:[a-zäöüß]{3,}(?:e|en|es))\s+|(?-i:[A-ZÄÖÜ][a-zäöüß]{2,}er)\s+)?"
                r"(?:(?:(?:Regional|Lokal|Privat)?(?:Radio|Fernseh|Nachrichten)?[Ss]ender|"
                r"(?:Regional|Lokal|Tages|Wochen)?[Zz]eitung|"
                r"(?:Nachrichten|Branchen|Fach|Online|Wirtschafts)?[Mm]agazin|"
                r"(?:Regional|Lokal)?[Ff]ernsehen|(?:Regional|Lokal)radio|"
                r"Nachrichtenagentur|(?:Nachrichten)?[Pp]ortal|(?:Fach|Branchen|Wochen|Anzeigen|Amts)?[Bb]latt|"
                r"quotidien|journal|hebdomadaire|mensuel|magazine|"
                # (a site named by its kind: "le site d’investigation X", "le site d'information X")
                r"site\s+d['’](?:investigation|informations?|actualités?)|"
                r"site|média|radio|chaîne|agence(?:\s+de\s+presse)?|"
                # (a French paper's adjective of place or language after its noun: "le quotidien alémanique «X»")
                r"(?:quotidien|hebdomadaire|mensuel)\s+(?-i:[a-zéèêàâîôûç]{4,}(?:que|ais|ois|ain|en|al))))\s+")
#: a lower-case article before the name, not part of it ("wie die „Rheinische Post“ berichtet"), maybe with the noun
#: saying what the name is
#: the same in English, after "the" and up to two words saying where from or in what language ("the Telugu daily X",
#: "the German weekly Die Zeit", "the state-run broadcaster X", "the local newspaper X")
_EN_MEDIUM_NOUN = (r"(?:daily|weekly|monthly|newspaper|paper|tabloid|broadcaster|magazine|newsletter|news\s+agency|"
                   r"news\s+site|"
                   # (a trade's periodical: "first reported by the trade title Horse & Stable Weekly")
                   r"(?:trade|industry|specialist)\s+(?:title|publication|journal|paper|magazine)|"
                   r"news\s+outlet|news\s+portal|news\s+website|(?:radio\s+|TV\s+|television\s+)?station|"
                   r"(?:TV|television)\s+(?:station|channel))")
_CITED_ART = (rf"(?:(?:(?P<art>der|die|das|le|la|les|el|los|las|il|lo|het|de)\s+|l['’])(?P<medium>{_MEDIUM_NOUN})?|"
              # (or a language's or place's word alone before it: "as reported by Kannada daily X"; or the noun
              # alone, maybe saying whose: "first reported last week by radio station X", "by local station X")
              rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?|(?-i:[A-Z][a-z]+)\s+|(?:local|regional|community|public)\s+)?"
              rf"(?P<medium_en>{_EN_MEDIUM_NOUN})\s+)?")
#: "[as] NAME [first] reported": at a sentence's start, or inside it after "as"/"wie"/"comme" or a comma
_REPORTED_BY_NAME = re.compile(
    # (or a German relative clause: "eine Auswertung, über die der „X“ berichtete")
    # (a line's end too, ``_LINE_START``)
    r"(?P<lead>^|(?<=[.!?\u2029])\s+|(?<=[,;:(—–])\s*|"
    # (or anywhere, where the name holds an outlet's word right before "reported": "a strategy Screen Trade Weekly
    # reported is being followed by …", the clause's "that" left out)
    r"(?<=\s)(?=(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]+\s+){0,3}?"
    rf"(?:{OUTLET_WORD.pattern})\s+(?:(?:first|also|later)\s+)?reported\b)|"
    r"(?i:\b(?:as|wie|so\s+wie|comme|como|come|zoals|jak|and(?=\s+the\s)|"
    # (or a relative clause's, the outlet's acronym or quoted name after it, or a name its word says is an outlet's:
    # "a separate assault, which RNZ reported had left a teenager …", "strikes in November, which The Harbour Times
    # reported cost …"; not "which Smith reported to the committee")
    r"which(?=\s+(?-i:[A-Z]{2,}(?![\w-])|[„“\"«]|(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]+\s+){0,3}?"
    rf"(?:{OUTLET_WORD.pattern})\s))|"
    # (or after "after" or "when": "… stopped a plant after the Bayou Courier reported that …", "… came to attention
    # when the Southside Echo reported in 2023 that …")
    r"(?:after|when)(?=\s+the\s)|"
    # (or after a conjunction: "…, although the Associated Press reported that …", "while Reuters reported")
    r"(?:although|though|whereas|while)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # (the adverb maybe before the article: "über die zuerst der „X“ berichtet hatte")
    rf"über\s+(?:die|den|das)(?=\s+(?:(?:{_ADVERBS})\s+)?(?:der|die|das)\s))\s+)"
    # (an adverb before the outlet: "wie zuerst der „X“ berichtet hatte")
    rf"(?:(?:{_ADVERBS})\s+)?|"
    # after the noun saying what the name is: "China's state news agency Xinhua reported", "the newspaper X reported"
    # (a specialist one too: "The specialist newsletter X first reported")
    r"(?i:\b(?P<kind>news\s+agency|press\s+agency|wire\s+service|newspaper|broadcaster|news\s+outlet|news\s+site|"
    r"(?:radio|TV|television)\s+station|"
    r"daily|weekly|tabloid|newsletter|magazine|trade\s+(?:title|paper|publication|journal))\s+))"
    # (maybe with an apposition saying what it is: "the X Ilbo, an affiliate of the Y, reported")
    rf"{_CITED_ART}{_CITED_NAME}(?:,\s+(?:an?|the)\s+[^,.;:]{{3,80}},)?"
    # (maybe with whom it cites: "wie das „X“ unter Berufung auf Unternehmenskreise berichtete")
    # (… and an adverb before it: "wie die „X“ am Sonntagabend unter Berufung auf Parteikreise berichtete")
    rf"(?:\s+{_ADVERB_RUN}(?i:unter\s+berufung\s+auf|citing|citant)\s+[^,.;:]{{3,60}}?)?"
    rf"\s+(?:(?:{_AUXILIARIES})\s+)?{_ADVERB_RUN}(?:{_REPORT_VERBS})(?!\w)")
#: an outlet named in quotes after the noun saying what it is, whatever the verb: "Das Onlinemagazin «X» kam in einer
#: eigenen Auswertung zu …", "die Tageszeitung „X“", "le quotidien « X »", "the magazine "X"" (the noun and the quotes
#: say it is an outlet, and naming it so the text draws on it)
_QUOTED_MEDIUM = re.compile(r"\b(?i:das|die|der|dem|den|des|le|la|du|au|the)\s+(?:[Oo]nline-?)?"
                            # (a German compound's first part saying which: "Tageszeitung", the trade press's "das
                            # Branchenblatt"; not any: "in der Propagandazeitung „X“" names a paper only)
                            r"(?:(?:Regional|Lokal|Tages|Wochen|Fach|Branchen|Nachrichten|Online)?"
                            r"(?:[Zz]eitung|[Mm]agazin|[Pp]ortal|[Bb]latt)|"
                            r"quotidien|hebdomadaire|mensuel|magazine|newspaper|weekly|daily)\s*"
                            r"[„“\"«]\s?(?P<name>[^„“”\"«»]{2,60}?)\s?[“”\"»]")
#: ... and in English without quotes, the noun before the capitalised name, whatever the verb: "a survey of owners by
#: the consumer magazine Home Verdict", "the newspaper Le Monde" (the noun says it is an outlet)
_NAMED_EN_MEDIUM = re.compile(rf"(?:\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?|"
                              # (or, no article, after a word saying whose it is: "an interview with national
                              # broadcaster VRK", "told public broadcaster X")
                              rf"\b(?:national|public|state|state-run|state-owned|regional|local|commercial)\s+)"
                              # (a publication of a trade's or a field's, whose kind its word says: "according to the
                              # trade publication Parts & Powertrain Weekly"; "the publication" alone may be a date's:
                              # "the publication Monday of …")
                              rf"(?:magazine|newspaper|daily|tabloid|broadcaster|news\s+site|news\s+agency|"
                              rf"(?:trade|industry|business|financial|specialist|tech|online)\s+publication)"
                              rf"\s+(?P<name>(?:{_TITLE_ARTICLES}\s+)?{_CAP_ANY}"
                              rf"(?:\s+(?:&\s+)?{_CAP_ANY}){{0,4}})")  # (in lower case: "the Daily Star" is a name)
#: ... and in German, a piece of an outlet named by its kind, the name after the noun: "eine Umfrage der
#: Finanznachrichtenagentur AWP", "ein Bericht der Wirtschaftszeitung X" (the noun, maybe a compound, says it is one)
_GERMAN_PIECE_OF_MEDIUM = re.compile(r"\b(?:Umfrage|Bericht|Auswertung|Recherche|Analyse|Berechnung|Erhebung)"
                                     r"\s+(?:der|des)\s+[A-ZÄÖÜ][a-zäöüß]*"
                                     r"(?:nachrichtenagentur|agentur|zeitung|magazin|portal|sender)s?\s+"
                                     rf"(?P<name>[„“\"«]?{_CAP_ANY}(?:\s+{_CAP_ANY}){{0,3}}[“”\"»]?)")
#: ... and in English, the noun after the name: "which Heartland Table magazine once called …" (two capitalised words
#: or more: "Sunday newspaper" names a day; an ampersand between them, "Stitch & Piece Australia magazine")
_EN_NAME_THEN_MEDIUM = re.compile(rf"(?<!&\s)(?<![\w’'])(?P<name>{_CAP_ANY}(?:\s+(?:&\s+)?{_CAP_ANY}){{1,4}})"
                                  r"\s+(?:magazine|newspaper)\b")
#: ... and in German, the name after the noun saying what it is, maybe a compound or after adjectives: "sagte … der
#: Nachrichtenagentur Reuters", "im Huthi-Sender Al-Masirah", "Die ägyptische Zeitung "Al-Masry Al-Youm" berichtete"
#: (a German noun is capitalised too: the name must be quoted, an agency's, or more than one plain word, ``_named_outlets``)
_GERMAN_NAMED_MEDIUM = re.compile(
    r"\b(?i:der|die|das|dem|den|des|im|vom|beim)\s+(?:[a-zäöüß]+e[nmrs]?\s+){0,2}(?:[A-ZÄÖÜ][\w]*-)?"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]*(?:nachrichtenagentur|agentur|zeitung|sender|magazin|portal)|Nachrichtenagentur|"
    rf"Agentur|Zeitung|Sender|Magazin|Portal)\s+"
    rf"(?P<name>[„“\"«]\s?[^„“”\"«»]{{2,60}}?\s?[“”\"»]|{_CAP_ANY}(?:\s+{_CAP_ANY}){{0,3}})"
    r"(?=\s*[,.;:!?)]|\s+[a-zäöüß])")
#: the words of a German sentence citing or quoting an outlet (``_GERMAN_NAMED_MEDIUM`` names one only in such)
_GERMAN_CITING = re.compile(r"\b(?i:berichte\w*|meldete\w*|meldet|sagte|sagt|erklärte|betonte|laut|zufolge|gegenüber|"
                            r"angaben|frage|interview|gespräch|zitiert\w*|schrieb|schreibt|veröffentlicht\w*)\b")
#: ... and in French, after the noun and its adjectives: "selon le média public ukrainien Suspilne", "la chaîne BFMTV",
#: "l’agence Tass", at the sentence's start too ("L'hebdomadaire X évoquait …") (an agency's name only after "agence",
#: which names public bodies as often)
_FRENCH_NAMED_MEDIUM = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:(?P<agence>agence)|média|journal|quotidien|hebdomadaire|mensuel|magazine|revue|"
    r"chaîne|radio|"
    # (or a specialist site: "selon le site spécialisé Air & Cabine"; a station said to be a broadcaster's, "la station
    # locale Radio X", "la station de radio X", not a resort's, "la station balnéaire X")
    r"télévision|site d['’]information|site spécialisé|"
    r"station(?=\s+(?:de\s+radio|de\s+télévision|locale|régionale|publique|radio)\b))"
    r"(?:\s+[a-zéèêëàâîïôöûüç-]+){0,3}\s+"
    rf"(?P<name>{_CAP_ANY}(?:\s+(?:&\s+)?{_CAP_ANY}){{0,3}}"
    # (a title going on in lower case after "des", "de", "du" or "et", closing the clause or before its verb: "le
    # magazine Trésors des régions,", "l'hebdomadaire Le Courrier des lettres évoquait …"; not "le magazine Time de la
    # semaine dernière"; or with a place's name: "le quotidien La Gazette de Brévine")
    r"(?:\s+(?:des|de|du|et)\s+[a-zà-ÿ][\w'’-]+(?=\s*[,.;:)!?]|\s+(?:en|à|le|dès|depuis|ce|cette)\s"
    rf"|\s+(?i:{_VERB_PHRASE}|évoquait|évoque|a\s+évoqué)(?!\w))"
    r"|\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?(?-i:[A-ZÀ-Þ])[\w'’-]+)?)")
#: the nouns one of which every match of ``_FRENCH_NAMED_MEDIUM`` holds (keep in step)
_FRENCH_MEDIUM_NOUNS = ("agence", "média", "journal", "quotidien", "hebdomadaire", "mensuel", "magazine", "revue",
                        "chaîne", "radio", "télévision", "site d", "site sp", "station")
#: an outlet named with a clause set off after it, before its verb of reporting: "Drovinform, the Drovanian state news
#: agency, reported that …", "Reuters, citing two security sources, reported that …" (the clause says what it is, or
#: the name does: an agency's, or one holding an outlet's word)
_APPOSED_REPORTED = re.compile(rf"(?<![\w’'])(?P<name>{_CAP_ANY}(?:\s+{_CAP_ANY}){{0,3}}),\s+"
                               r"(?P<clause>[^,.;]{3,80}?),\s+(?:reported|reports|wrote)\b")
#: the clause saying the name is an outlet's: "the Drovanian state news agency", "a Kyiv-based daily"
_OUTLET_CLAUSE = re.compile(r"\b(?:news\s+agency|wire\s+service|newspaper|daily|tabloid|broadcaster|news\s+site|"
                            r"news\s+outlet|magazine|weekly|television\s+channel|TV\s+channel|radio\s+station)$")
#: a piece published by an outlet: "Satellite images published by the Wall Street Journal last week" (the name holding
#: an outlet's word: books' and institutions' publishers are named so too)
_PUBLISHED_BY = re.compile(r"(?<!\bbeing )(?<!\bis )(?<!\bwas )(?<!\bbe )\bpublished\s+"
                           r"(?:(?:last|this|on|in)\s+\w+\s+)?by\s+(?:the\s+)?"
                           rf"(?P<name>{_CAP_ANY}(?:\s+{_CAP_ANY}){{0,4}})")
#: a name opening with a sentence's capitalised article or pronoun ("The Times", "Our newspaper" are read elsewhere)
_TITLE_OPENING = re.compile(r"^(?:The|A|An|Our|This|That|Its|His|Her|Their)\s")
#: the nouns one of which every match of ``_NAMED_EN_MEDIUM``, ``_QUOTED_MEDIUM``, ``_EN_NAME_THEN_MEDIUM`` and
#: ``_GERMAN_PIECE_OF_MEDIUM``
#: holds, in lower case (keep in step)
_MEDIUM_NOUNS = ("magazin", "zeitung", "portal", "blatt", "quotidien", "hebdomadaire", "mensuel", "newspaper",
                 "weekly", "daily", "tabloid", "broadcaster", "news site", "news agency", "agentur", "sender",
                 " publication")
#: when, between a passive verb and its "by": "first reported last year by", "first flagged in 2023 by"
_WHEN = (r"(?:(?:last|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|in\s+\d{4}|"
         # (a month or a weekday: "first reported in January by the X Courier", "reported on Monday by X")
         r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
         # (its part too: "first reported on Saturday night by the X Echo")
         r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
         r"(?:\s+(?:morning|afternoon|evening|night))?|"
         # (or the day bare, with its part: "first reported Monday morning by WRVN-TV")
         r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)")
#: the passive, the outlet after the verb: "The messages, first reported by Politico, showed ...", "as reported by
#: The Guardian.", "first reported in part by the X Courier", "an idea first described by the X Gazette", "the
#: concern was first raised by the X Advocate, which …", and in French, "l’existence avait été évoquée par X à
#: l’automne", "révélée par X" (the name closing the clause; read as an outlet's like "as Politico reported")
#: the documents an outlet obtained, named before "obtained by" (each a look-behind of its own: "Figures obtained by
#: the X Clarion show …", "documents obtained by X")
_DOCUMENT_NOUNS = ("[Ff]igures", "[Dd]ata", "[Dd]ocuments", "[Rr]ecords", "[Ll]etters", "[Ee]mails", "[Ff]iles",
                   "[Mm]inutes",
                   # (or pictures: "after footage obtained by the X Chronicle appeared to show …")
                   "[Ff]ootage", "[Vv]ideo", "[Ii]mages", "[Pp]hotos")
_DOCUMENTS_BEFORE = "(?:" + "|".join(f"(?<={noun} )" for noun in _DOCUMENT_NOUNS) + ")"
_PASSIVE_REPORTED_BY = re.compile(
    r"(?P<lead>\b(?:(?:first|initially|originally|earlier|previously)\s+)?(?:reported|described|revealed|disclosed|"
    # (or on the air: "The same images were broadcast Saturday evening by WBKF-TV")
    # (or records an outlet got first: "according to records first obtained by the X Ledger"; or got at all, the
    # documents named: "Figures obtained by the X Clarion under freedom of information rules show …")
    rf"broadcast|aired|(?<=first )raised|(?:(?<=first )|{_DOCUMENTS_BEFORE})obtained)(?:\s+in\s+part)?"
    rf"(?:\s+{_WHEN})?\s+by\s+|"
    # (or first reported as something, then by whom: "The practice was first reported to be spreading among younger
    # families by the X Herald in 2023")
    rf"\bfirst\s+reported\s+to\s+be\s+(?:[a-z][\w'’-]*\s+){{1,8}}?(?:{_WHEN}\s+)?by\s+|"
    # (or in a paper, first, its name holding an outlet's word: "The shop's story was first reported in the X
    # Advertiser, the town's old weekly, …"; not "first reported in the United States in 1999")
    # (or revealed there: "a plan first revealed in the X Advocate in February")
    r"\b(?:first|initially|originally)\s+(?:reported|revealed|disclosed)\s+in"
    rf"(?=\s+the\s+(?:[A-Z][\w'’.-]+\s+){{0,3}}?(?:{OUTLET_WORD.pattern})(?:[\s,.;:]|$))\s+|"
    # (a document an outlet saw or obtained: "selon un document de travail consulté par La Croix")
    r"(?i:\b(?:(?:révélé|rapporté|évoqué|dévoilé|relevé|signalé|cité|consulté|obtenu)e?s?|"
    # a piece the outlet published: "une enquête publiée … par X" (not a book's publisher: "publié par Gallimard")
    r"(?:enquête|étude|article|reportage|sondage)\s+publiée?s?)\s+"
    # (when between them: "publiée l’an dernier par X")
    # ("révélé à l’époque par X")
    r"(?:(?:d['’]abord|déjà|en\s+premier|à\s+l['’]époque|alors|en\s+\d{4})\s+|"
    r"(?:l['’]an|l['’]année|la\s+semaine|le\s+mois)\s+(?:dernier|dernière|"
    rf"passée?)\s+|(?:{FRENCH_WEEKDAYS}|hier|récemment)\s+"
    # (or the part of the day: "révélée dans la soirée par X", "hier soir", "la veille"; or of the month: "révélé fin
    # février par X", "début mars", "en janvier")
    r"(?:(?:matin|soir)\s+)?|dans\s+(?:la\s+(?:soirée|matinée|nuit|journée)|l['’]après-midi)\s+|la\s+veille\s+"
    rf"|(?:début|mi-|fin|en)\s*(?:{FRENCH_MONTHS})\s+)?"
    r"par\s+(?:nos\s+(?:confrères|consœurs)\s+(?:de\s+|du\s+|d['’]|des\s+)?)?))"
    # (maybe with when after it: "… by the X Gazette in October.", "par X à l’automne,"; or with what it reported:
    # "said in a statement reported by AAP that …")
    # (a part of the day after the weekday too: "… by The Globe and Mail on Wednesday evening.")
    # (the medium's noun after it, "by the X Eats newsletter,", says it is an outlet's: ``_MEDIUM_AFTER``)
    rf"{_CITED_ART}{_CITED_NAME_CLOSING}(?=(?:\s+(?:newsletter|newspaper|magazine|podcast))?\s*(?:[,.;:)!?]|$)|"
    r"\s+that\s|"
    r"\s+(?:in|on|last|this|à|en|dès)\s+[\w'’]+"
    rf"(?:\s+\d{{1,4}}|\s+(?:morning|afternoon|evening|night))?"
    # (or before a clause of when: "first reported by the X Advertiser after a passer-by filmed …"; or, the documents
    # it obtained the subject, before how it got them or their verb: "Figures obtained by the X Clarion under freedom
    # of information rules show …", "Records obtained by the X Ledger show …")
    r"\s*[,.;:)!?]|\s+(?:after|when|before|as)\s|"
    r"\s+(?:under|through|via)\s|"
    r"\s+(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests|indicate|indicates|appeared|appears)\b)")
#: what someone uncovered first, the name after "by": "first flagged last year by the Telugu daily X", "first exposed
#: by the X Courier" (people and institutions flag and expose things too: a name read as an outlet's only)
_FIRST_UNCOVERED_BY = re.compile(
    rf"(?P<lead>\bfirst\s+(?:flagged|uncovered|exposed)(?:\s+{_WHEN})?\s+by\s+)"
    rf"{_CITED_ART}{_CITED_NAME}(?=\s*(?:[,.;:)!?]|$)|\s+(?:in|on|last|this)\s+[\w'’]+(?:\s+\d{{1,4}})?\s*[,.;:)!?])")
#: "selon Le Monde", "según El País", "laut „Spiegel“", "according to The New York Times", the name closing the clause
_NAME_AFTER_PREPOSITION = re.compile(
    r"(?P<lead>(?i:\b(?:selon|según|d['’]après|laut|nach\s+Angaben|according\s+to|secondo|volgens|według)\s+"
    # "selon les informations de X" (a name read as an outlet's, ``_reads_as_outlet``)
    r"(?:(?:les\s+|des\s+)?informations\s+(?:de\s+|du\s+|d['’]\s*))?"
    # "laut einem Bericht der „X“", "selon un article du X" (a piece the name published)
    r"(?P<piece>(?:einem|einer)\s+(?:\w+en\s+)?(?:Bericht|Artikel|Beitrag|Report|Recherche)\s+(?=der\s|des\s|von\s)"
    r"(?:von\s+)?|une?\s+(?:article|reportage|sondage|enquête|étude)\s+(?:du\s+|de\s+|d['’]\s*))?"
    # "selon nos confrères de X", the outlet after the colleagues' word
    r"(?P<kind>nos\s+(?:confrères|consœurs|collègues)\s+(?:de\s+|du\s+|d['’]\s*)?)?))"
    # (the name closing the clause, or before the clause's verb, in quotes or before a word in lower case: "Laut einem
    # Bericht der „X“ denken …", "laut einem Bericht der Nachrichtenagentur X kurz vor …", the group ``before_verb``
    # then holding the space after it)
    # (a French title going on in lower case closes it too: "Selon Le Quotidien du médecin, …", ``FRENCH_TITLE``)
    rf"{_CITED_ART}{_CITED_NAME_CLOSING}(?:(?=\s*(?:[,.;:)!?]|$))|(?P<before_verb>(?<=[“”\"»])\s|\s(?=[a-zäöüéèà])))")
#: the outlet naming a report it published: "according to a Reuters report", "citing a Bloomberg News story" (an outlet's
#: name only: "a Federal Reserve report" cites no outlet)
_NAME_BEFORE_REPORT = re.compile(
    r"(?P<lead>(?i:\b(?:according\s+to|citing|per|in|based\s+on)\s+an?\s+))"
    rf"{_CITED_ART}{_CITED_NAME}\s+(?:report|story|article|investigation|analysis|interview|exclusive)\b")
#: a piece an outlet published, the outlet after "in": "according to a 1994 profile in Ohio Stage Quarterly", "citing
#: a recent story in X" (a name read as an outlet's, ``_reads_as_outlet``; "a report by X" may be anyone's)
_PIECE_IN_OUTLET = re.compile(
    # (or opening a sentence: "A report in the X last week said …")
    r"(?P<lead>(?i:\b(?:according\s+to\s+|citing\s+|(?<![\w,] )(?=an?\s))an?\s+"
    r"(?:\d{4}\s+|recent\s+|new\s+|earlier\s+)?"
    r"(?:report|story|article|profile|investigation|analysis|review|feature|column|editorial)\s+in\s+))"
    # (the name closing the clause, or before when or the verb: "A report in the X last week said …")
    rf"{_CITED_ART}{_CITED_NAME}(?=\s*(?:[,.;:)!?]|$)|\s+(?:last|this|earlier|on)\s|"
    r"\s+(?:said|says|found|finds|showed|shows|reported|revealed|described|noted)\b)")
#: German word order, the outlet after the verb: "Zuerst hatte das „Handelsblatt“ über den Entwurf
#: berichtet", "Darüber hatte zuerst der „Spiegel“ berichtet" (the auxiliary before the outlet, the
#: participle closing the clause), "Das berichtete die
#: Süddeutsche Zeitung", "meldete die Nachrichtenagentur dpa"
_GERMAN_PERFECT_CITATION = re.compile(
    rf"(?P<lead>\b(?:hatte|hat|hatten|haben)\s+{_ADVERB_RUN}){_CITED_ART}{_CITED_NAME}"
    r"(?=\s+(?:[\w„“”-]+\s+){0,5}?(?:berichtet|gemeldet|geschrieben|enthüllt)\b)")
_GERMAN_INVERTED_CITATION = re.compile(
    rf"(?P<lead>\b(?:berichtete|berichtet|meldete|meldet|schrieb|schreibt)\s+){_CITED_ART}"
    rf"(?:Nachrichtenagentur\s+|Zeitung\s+(?=[„“\"]))?{_CITED_NAME}")
#: French word order, the outlet after the verb: "Comme l'avait révélé «Le Journal du Haut-Val» en mars, …", "comme
#: l'a rapporté Le Monde"
_FRENCH_INVERTED_CITATION = re.compile(
    r"(?P<lead>\b(?i:comme|ainsi que)\s+l['’](?:a|avait|ont|avaient)\s+(?:(?:d['’]abord|déjà|initialement|le premier|"
    r"la première)\s+)?(?:révélé|rapporté|indiqué|annoncé|écrit|signalé|raconté|dévoilé)\s+"
    # (when, between the verb and the name: "comme l'avait rapporté à l'époque La Voix des Aravis")
    # (or the month: "Comme l’avait révélé en février «X»")
    rf"(?:(?:à\s+l['’]époque|alors|hier|récemment|en\s+(?:{FRENCH_MONTHS})|(?:{FRENCH_WEEKDAYS})"
    r"(?:\s+(?:matin|soir))?|"
    # ("la semaine dernière", "le mois dernier", "l'an dernier", "l'année passée")
    r"(?:la\s+semaine|le\s+mois|l['’]an|l['’]année)\s+(?:dernier|dernière|passée?))\s+)?"
    # ... or in the imperfect: "Comme le racontait X dans un portrait"
    # (or in the present, the outlet's plural too: "Comme le rapportent Les Echos", "comme le révèle X")
    # (or relayed: "Comme le relayait mardi L’Écho du X", the day between the verb and the name)
    r"|\b(?i:comme)\s+le\s+(?:racontait|rapportait|écrivait|révélait|relevait|notait|soulignait|relayait|"
    r"rapporten?t?|révèlen?t?|écrit|écrivent|indiquen?t?|souligne|soulignent|relaie|relaient)\s+"
    rf"(?:(?:récemment|alors|déjà|hier|{FRENCH_WEEKDAYS})(?:\s+(?:matin|soir))?\s+"
    # (or the month: "comme le rapportait en août L’Écho des Flandres")
    rf"|(?:en|début|fin|mi-)\s*(?:{FRENCH_MONTHS})\s+)?"
    # (the pronoun elided before a verb opening on a vowel: "Comme l'indiquait déjà Radio X la semaine dernière")
    r"|\b(?i:comme)\s+l['’](?:indiquait|écrivait|expliquait|annonçait|affirmait|évoquait|indique|écrit|explique|"
    r"annonce|affirme|évoque)\s+(?:(?:récemment|alors|déjà)\s+)?"
    # (or an incise after a comma, an agency reporting: "…, a rapporté l’AFP, citant une source")
    r"|(?<=,)\s+(?:a\s+(?:rapporté|écrit|révélé)|rapporte|écrit|révèle)\s+"
    rf"(?=(?:l['’]|le\s+|la\s+)?(?:{AGENCY_PATTERN})\b))"
    # (the outlet named as the writers' colleagues: "Comme l'ont révélé nos confrères néerlandophones de Het Stadsblad")
    r"(?:nos\s+confrères(?:\s+[a-zà-ÿ]{4,})?\s+(?:de\s+|d['’]))?"
    rf"{_CITED_ART}{_CITED_NAME_CLOSING}")
#: the French verbs of telling an outlet something ("a déclaré au Journal du Dimanche", ``_TOLD_OUTLET``; "a indiqué NAME
#: à Keystone-ATS.", ``_FR_TOLD``; keep ``_TOLD_STEMS`` in step)
_FR_TELLING = "déclaré|confié|indiqué|expliqué|précisé|affirmé|assuré"
#: a person speaking to an outlet, which cites it as its interviewer: "the mayor told WQTV", "Speaking to BBC Radio X,
#: the leader said", "said in an interview with the X Times", "a déclaré au Journal du Dimanche" (the name
#: closing the clause or before a word in lower case: "told the X Courier on Monday that …")
_TOLD_OUTLET = re.compile(
    r"(?P<lead>\b(?:told|[Ss]peaking\s+to|[Tt]alking\s+to|(?:spoke|talked)\s+to|"
    r"[Ii]n\s+an?\s+(?:\d{4}\s+|recent\s+|earlier\s+|exclusive\s+|lengthy\s+)?interview\s+with|"
    # (on the air: "said on BBC Radio 4's Today programme", "Speaking on LBC, …", "appearing on Sky News")
    r"(?:said|says|[Ss]peaking|[Aa]ppearing)\s+on|"
    # (an interview granted to an outlet: "dans un entretien accordé à Télérama", "une interview accordée au Monde")
    r"(?P<granted>(?:entretien|interview)\s+accordée?\s+(?:à(?=\s+(?:l['’]|la\s|[A-ZÀ-Þ]))|au|aux))|"
    # (a broadcaster's air, opening the sentence: "Sur RTL, la chanteuse a évoqué …"; an acronym only, ``_ACRONYM``)
    r"(?P<air>(?:(?<=^)|(?<=[.!?»]\s))Sur)|"
    # (the subject inverted after the auxiliary too: "a-t-elle confié à Paris Match")
    # (... or a day between: "qui a confié mardi à Radio X vouloir …")
    # (... or the speaker's name, inverted after a quote: "« … », a indiqué Bertrand Lhomme à France Bleu.")
    rf"(?:a(?:-t-(?:il|elle|on))?|avait(?:-(?:il|elle|on))?)\s+(?:{_FR_TELLING})\s+"
    rf"(?:(?:{FRENCH_WEEKDAYS}|hier)(?:\s+(?:matin|soir|après-midi))?\s+)?"
    r"(?:[A-ZÀ-Þ][\w'’-]+\s+){0,3}"
    r"(?:à(?=\s+(?:l['’]|la\s|[A-ZÀ-Þ]))|au|aux)|"
    # (... or on its air after the verb: "a prévenu sur France Bleu le secrétaire général", "a expliqué sur BFMTV")
    rf"(?P<on_air>(?:a|avait)\s+(?:{_FR_TELLING}|prévenu|réagi|témoigné|estimé)\s+sur(?=\s+[A-ZÀ-Þ]))|"
    # (... or the outlet that asked: "Interrogé par Le Parisien", "interrogée par France Inter"; a journalist is named
    # so as often: the name read as an outlet's, ``_interviewer``)
    r"(?P<asked>\b[Ii]nterrogée?s?\s+par(?=\s+(?:l['’](?=[A-ZÀ-Þ])|[A-ZÀ-Þ])))|"
    # (another outlet named as the writers' colleagues, "our fellow journalists at": "interrogée par nos confrères de
    # Radio X", "a confié à nos confrères du Parisien")
    # (maybe with an adjective saying which: "nos confrères néerlandophones de Het Stadsblad")
    r"\bnos\s+confrères(?:\s+[a-zà-ÿ]{4,})?\s+(?:d[eu]|des)(?=\s+[A-ZÀ-Þ])|"
    r"\bnos\s+confrères(?:\s+[a-zà-ÿ]{4,})?\s+d['’](?=[A-ZÀ-Þ])|"
    # (the German "gegenüber", maybe with the article: "sagte NAME gegenüber «Tele X»", "gegenüber dem „Spiegel“")
    r"[Gg]egenüber(?=\s+(?:(?:dem|der|den)\s+)?[„“\"«A-ZÄÖÜ])|"
    # (a broadcaster's microphone: "a-t-il glissé au micro de RMC Sport"; a German speaker's paper, quoted: "sagte
    # Sportdirektor NAME dem „Kicker“")
    r"(?P<micro>au\s+micro\s+d(?:e|['’]))|"
    # (a German broadcaster spoken with, its acronym closing on "R" or "F", Rundfunk or Fernsehen: "sagte sie im
    # Gespräch mit dem WDR", "Im Interview mit dem ORF"; not "mit der SPD", a party)
    r"(?P<broadcast>(?:[Ii]m\s+(?:Gespräch|Interview)\s+mit|"
    # (... or a speaker's words to it: "Landrat NAME sagte dem NDR, man wolle …"; or to a news agency: "sagte NAME der
    # APA", "sagte sie der dpa")
    r"(?:sagte|sagt|erklärte|betonte|bestätigte)\b[^.;:!?„“\"]{0,100}?)\s+(?:dem|der)"
    rf"(?=\s+(?:[A-ZÄÖÜ]{{1,3}}[RF]|{AGENCY_PATTERN})(?![\w-])))|"
    # (the speaker's job between them: "sagte NAME, Geschäftsführer der Reederei X & Söhne, der „Welt“")
    r"(?:sagte|sagt|erklärte|betonte|bestätigte)\b[^.;:!?„“\"]{0,100}?\s(?:dem|der)"
    r"(?=\s+[„“\"«]))\s*)"
    # (or before its programme's name, the possessive between: "told BBC Radio 4's Today programme that …")
    rf"{_CITED_ART}{_CITED_NAME}(?=\s*(?:[,.;:)!?]|$)|\s+[a-zà-ÿ]|['’]s\s+(?:[A-Z][\w-]*\s+){{1,3}}"
    r"(?:programme|program|show|podcast)\b)")
#: an article opening a title someone spoke to, as no person's name opens (``_interviewer``)
_TOLD_TITLE_ARTICLE = re.compile(r"^(?:(?:The|Les|Die|Der|Das|Il|Het)\s|L['’](?=[A-ZÀ-Þ]))")
#: a medium's noun in lower case right after a name someone spoke to: "told SEN radio on Tuesday", or one cited: "first
#: reported by the Capital Eats newsletter"
_MEDIUM_AFTER = re.compile(r"\s+(?:radio|television|tv|newspaper|magazine|podcast|newsletter)\b")
#: a name of capitals alone, an acronym, maybe with its programme ("told LBC the strike was …", "told CNN that …",
#: "Speaking to BBC Breakfast on Tuesday"): spoken to without an article
#: and before the clause of what was said (not a body's: "told the FBI", "told ICE officers"), a broadcaster's or
#: paper's
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{3,5}(?:\s+[A-Z][a-z]+){0,3}")  # (a programme of words: "told BBC Look East he had")
_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:that|the|on|in|last|this|earlier|it|he|she|they|we|his|her|"
                           r"their|its|there|a|an|about|after|before|during|while|when|how|what|why|yesterday|today|"
                           r"tonight|"
                           # (or the French speaker after the outlet, the subject set after the verb: "a confié à RTL le
                           # chanteur NAME")
                           r"le|la|les|son|sa|ses|ce|cette|un|une)\b")
#: an acronym after the article that names a broadcasting corporation ("told the BBC last week", "told the ABC"; not a
#: body's: "told the FBI", "told the ICC")
_BROADCASTING_CORPORATION = re.compile(r"the\s+[A-Z]{1,2}BC")
#: a broadcaster's call sign, which names an outlet only where someone spoke to it ("told WQTV"): a station's own pages
#: print it in their datelines ("(WQTV) —")
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$"
                        # (or an Australian one, the state's digit first: "told 3AW", "told 2GB")
                        r"|^[1-9][A-Z]{2}$")
#: the patterns of an outlet's report cited in words, tried on the lines holding one of their verbs (``_CITING_WORD``)
_CITING_PATTERNS = (_REPORTED_BY_NAME, _PASSIVE_REPORTED_BY, _FIRST_UNCOVERED_BY, _NAME_AFTER_PREPOSITION,
                    _NAME_BEFORE_REPORT, _PIECE_IN_OUTLET, _GERMAN_PERFECT_CITATION, _GERMAN_INVERTED_CITATION,
                    _FRENCH_INVERTED_CITATION)
#: the patterns whose verb says the name reported (one capitalised word may be an outlet's, ``_reads_as_outlet``)
_REPORTING_PATTERNS = (_REPORTED_BY_NAME, _PASSIVE_REPORTED_BY, _FRENCH_INVERTED_CITATION)
#: a reporter named with the outlet: "Wee of the Times", "Jane Roe of The Post"
_PERSON_OF = re.compile(r"^(?P<person>(?!(?:The|Le|La|El|Die|Der|Das)\s)[^ ]+(?:\s+[^ ]+)?)\s+of\s+(?P<outlet>[Tt]he\s+.+)$")
#: a quick test for a text that may cite in words: one of the patterns' verbs or prepositions, whole, each looked for
#: only in the texts holding the words its every match holds (``Prefiltered``: most paragraphs hold none)
_CITING_WORD = Prefiltered(rf"(?:{branch})(?!\w)" for branch in top_branches(
    rf"{_REPORT_VERBS}|citing|described|revealed|disclosed|"
    r"first\s+(?:raised|flagged|uncovered|exposed)|(?:report|story|article)\s+in(?=\s)|"
    rf"(?:{'|'.join(_DOCUMENT_NOUNS)})\s+(?:first\s+)?obtained\s+by|"
    r"(?:(?:évoqu|dévoil|relev|signal|révél|rapport|cit|publi|consult)ée?s?|obtenue?s?)\s+(?:[\w'’]+\s+){0,3}par|"
    r"l['’](?:a|avait|ont|avaient)(?=\s)|[Cc]omme\s+le\s+\w+(?:ait|ent|e|t)|[Cc]omme\s+l['’]\w+(?:ait|e|t)|"
    r"[Ss]elon|[Ss]egún|[Dd]['’]après|[Ll]aut|[Nn]ach\s+Angaben|ccording\s+to|"
    r"[Ss]econdo|[Vv]olgens|[Ww]edług"))
#: the words of ``_TOLD_OUTLET``'s verbs, lower case, one inside each of its matches
_TOLD_STEMS = ("told", "speaking to", "talking to", "spoke to", "talked to", "interview with", "said on", "says on",
               "speaking on", "interrogé", "appearing on", "gespräch mit", "interview mit", "accordé", "sur ",
               "déclaré", "confié", "indiqué", "expliqué", "précisé", "affirmé", "assuré", "au micro d", "sagte",
               "sagt ", "erklärte", "betonte", "bestätigte", "gegenüber", "nos confrères")

# -- copyright ----------------------------------------------------------------------

#: the markers of a rights notice in a text (``_rights_holders`` looks for any, ``prefilter.holds_any``)
_RIGHTS_TEXT = ("©", "opyright", "(c)", "(C)", "ll rights reserved", "lle Rechte", "се права")
#: "all rights reserved" in the languages we archive, which ends the rights holder's name.
_RESERVED = (r"all\s+rights|alle\s+rechte|все\s+права|tous\s+droits|todos\s+los\s+derechos|tutti\s+i\s+diritti|"
             r"alle\s+rechten|wszelkie\s+prawa|riproduzione\s+riservata|reproduction\s+interdite|版权所有|版權所有")
_RIGHTS = re.compile(
    r"(?:©|\(c\)|^copyright\b)\s*(?:©\s*|copyright\b\s*)?(?:(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?\s*,?\s*)?"
    r"(?:by\s+)?"
    # a company form after a comma ("Vox Media, LLC") and full stops inside abbreviations ("B.V", "sp. z o.o")
    r"(?P<name>(?:,\s*(?:LLC|L\.L\.C|Inc|Ltd|GmbH|AG|S\.A|S\.L|B\.V|N\.V|Co)\b|[^.|,©\n]|\.(?=\S)|\.(?=\s(?-i:[a-z]|KG\b|AG\b|OHG\b)))+?)"
    r"\s*(?:\.(?!\S|\s(?-i:[a-z]|KG\b|AG\b|OHG\b))|\||,(?!\s*(?:LLC|L\.L\.C|Inc|Ltd|GmbH|AG|S\.A|S\.L|B\.V|N\.V|Co)\b)|\s[-–—]\s|"
    rf"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))(?:{_RESERVED})\b|$)",  # also run together: "example.comAlle Rechte"
    re.IGNORECASE)
#: the holder printed before the sign: "Rail Notes © 2024", "Le Monde.fr © 2024 - Tous droits réservés".
_HOLDER_BEFORE = re.compile(r"(?:^|[|·•]\s*)(?P<name>[^|·•©.]{2,60}(?:\.[a-z]{2,4})?)\s*$")
_TRAILING_YEAR = re.compile(r"[\s,]*(?:(?:19|20)\d{2}\s*[-–—]\s*)?(?:19|20)\d{2}\s*[-–—]?$")
#: a short dotted abbreviation closing a company name: "B.V", "S.L", "sp. z o.o", "m.b.H".
_DOTTED_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}$")
_FOOTER_HINT = re.compile(r"\b(?:footer|copyright|rights|contentinfo|legal|imprint|impressum)\b")
_MAX_RIGHTS_LINE = 200


def extract_attributions(page: Page, root: HtmlElement | None, body_text: str, images: list[dict],
                         authors: Iterable[str] = (), agencies: Iterable[str] = ()) -> list[dict]:
    """Photo, contributor, source and copyright attributions as ``{"role","name","text","url"}``.

    ``authors`` are the byline's names: a person the byline already credits as author is
    not credited again as a contributor ("Reporting by" the same person), nor as a source (the writer's note after
    the text, "<a href='/by/NAME'>NAME</a> writes about …", where no word of the address names a writer's page,
    ``_own_writer``; a blog's "(NAME)" signing the text). ``agencies`` are the byline's agencies: the page is their
    copy, and "told Reuters" in Reuters' copy cites no outlet (``_spoken_to``)."""
    regions = article_regions(page, root)
    containers = [root] if root is not None else regions
    rights = _copyright(page, regions)
    holders = {_NON_WORD.sub("", entry["name"].casefold()) for entry in rights}
    credited = _photo(page, images) + _contributors(body_text, containers, regions, page)
    found = _spoken_to(credited + _sources(page, containers), agencies)
    # the line under the headline naming the paper whose rights the page's footer claims: the site itself, no source
    story = [e for e in _header_source(page) if _NON_WORD.sub("", e["name"].casefold()) not in holders]
    story += _listed_source(page, regions)
    story += _wire_label_source(page, found + story)
    found += story
    found += _cited_byline_agencies(agencies, found, story + [e for e in credited if e["role"] == "source"])
    # the editors and producers a feature's closing credits box names (its writers are the byline's, if any)
    rows = credits_after(root) + listed_credits(article_regions(page, root)) if root is not None \
        else page_credits(page)
    found += [_entry("contributor", name, row.text) for row in rows if row.kind == "editor" for name in row.names]
    found += rights
    people = {name.casefold() for name in authors}
    return _dedupe([e for e in found
                    if not (e["role"] in ("contributor", "source") and e["name"].casefold() in people)])


def _cited_byline_agencies(agencies: Iterable[str], found: list[dict], story: list[dict]) -> list[dict]:
    """The byline's agencies ("Par NAME (avec AFP)") that the text cites too ("selon un décompte cité par l’AFP") and no
    dateline, source line or label gives as the story's source (``story``), as contributors: the writer used the
    agency's material and cites its reporting besides. (Where the dateline names it, "PARIS (AFP) -", the byline's
    agency is that source, recorded once: the byline's entry goes where ``found`` credits its agency again.)"""
    own = {same_agency_key(e["name"]) for e in story}
    cited = {same_agency_key(e["name"]) for e in found if e["role"] == "source"}
    return [_entry("contributor", name, name) for name in agencies
            if (key := same_agency_key(name)) in cited and key not in own]


#: the role of an outlet someone spoke to, until ``_spoken_to`` decides whether it is a source
_SPOKEN_TO = "spoken"


def _spoken_to(found: list[dict], agencies: Iterable[str] = ()) -> list[dict]:
    """``found`` with each outlet someone spoke to ("told Reuters", "共同通信の取材に", "接受新华社记者采访") a source,
    but an agency the page credits otherwise: in its byline (``agencies``), as a contributor ("(共同)", "Reporting by
    … Reuters") or as the source of its dateline ("WASHINGTON (AP) —"): on its own copy, the agency's interview is its
    own reporting, no outlet the text cites (and a source cited already is cited once)."""
    # (an agency's code in lower case too, as a Swiss or German sign-off prints it: "(ats)", "(sda)")
    credited = {same_agency_key(e["name"]) for e in found if e["role"] in ("contributor", "source")
                and (_names_agency(e["name"]) or e["name"].casefold() in BY_CASEFOLD)}
    credited |= {same_agency_key(name) for name in agencies}
    return [{**e, "role": "source"} if e["role"] == _SPOKEN_TO else e for e in found
            if e["role"] != _SPOKEN_TO or not (_names_agency(e["name"]) and same_agency_key(e["name"]) in credited)]


#: the term of a definition list naming the story's source: "<dt>Source</dt><dd>NGO</dd>" (``_listed_source``)
_SOURCE_TERM = re.compile(r"^\s*(?:source|quelle|source de l['’]information|fuente|fonte)\s*:?\s*$", re.IGNORECASE)
#: the longest name such a list gives
_LISTED_SOURCE_MAX = 80


def _listed_source(page: Page, regions: list[HtmlElement]) -> list[dict]:
    """The source a definition list of the article's block names: "<dl><dt>Source</dt><dd><a>NGO</a></dd><dt>Posted
    </dt>…</dl>" under a humanitarian portal's headline, as portals republishing reports, releases and papers label
    the organisation that issued the story. A term of another kind ("Posted", "Origin") or a longer description names
    none."""
    base = base_url(page)
    for region in regions:
        for term in region.iter("dt"):
            if not _SOURCE_TERM.match(term.text_content()):
                continue
            value = term.getnext()
            if value is None or value.tag != "dd":
                continue
            name = normalize_space(value.text_content())
            if 2 <= len(name) <= _LISTED_SOURCE_MAX and not name.endswith((".", "!", "?")):
                link = next(value.iter("a"), None)
                href = (link.get("href") or "").strip() if link is not None else ""
                return [_entry("source", name, f"{normalize_space(term.text_content())}: {name}",
                               absolute(href, base) if href else None)]
    return []


def _entry(role: str, name: str, text: str, url: str | None = None) -> dict:
    return {"role": role, "name": name, "text": text, "url": url}


def _dedupe(entries: list[dict]) -> list[dict]:
    """Each (role, name) once; a name without a letter or digit (control characters a broken page put beside a
    label: "来源\x12\x08：NAME") names nobody; a source named by its call sign alone ("(KVRN)" in the dateline) that
    opens another source's name ("Originally published by KVRN 7 News") is that one; an agency cited by its short
    name ("Nachrichtenagentur dpa" in a list of sources) and by its full one ("berichtete die Deutsche
    Presse-Agentur") is one source, the full name kept; a name that opens another source's read in the same sentence
    ("Trésors" of "le magazine Trésors des régions") is that one; and so is a title after its article that closes
    another source's name ("The Record first reported …" beside "told the Ridgeford Record"), the paper named again
    short."""
    seen: set[tuple[str, str]] = set()
    out = []
    for entry in entries:
        key = (entry["role"], entry["name"].casefold())
        if key not in seen and names_someone(entry["name"]):
            seen.add(key)
            out.append(entry)
    sources = [e["name"] for e in out if e["role"] == "source"]
    return [e for e in out if not (e["role"] == "source" and (
        _CALL_SIGN.match(e["name"]) and any(s.startswith(e["name"] + " ") for s in sources)
        or _named_short(e["name"], sources)
        or any(o["role"] == "source" and o["text"] == e["text"] and o["name"].startswith(e["name"] + " ") for o in out)
        or is_agency(e["name"]) and any(len(s) > len(e["name"]) and same_agency_key(s) == same_agency_key(e["name"])
                                        for s in sources)))]


def _named_short(name: str, others: list[str]) -> bool:
    """Whether ``name`` is "the" and one title's word (``_SHORT_TITLE``) that closes one of the ``others`` after one
    or two capitalised words of its own (``_LONG_TITLE``): "The Record" beside "the Ridgeford Record"."""
    short = _SHORT_TITLE.fullmatch(name)
    return short is not None and any(
        (long := _LONG_TITLE.fullmatch(other)) is not None and long.group("word") == short.group("word")
        for other in others)


_SHORT_TITLE = re.compile(r"(?i:the)\s+(?P<word>[A-Z][a-z]+)")
_LONG_TITLE = re.compile(r"(?:(?i:the)\s+)?(?!(?i:the)\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?P<word>[A-Z][a-z]+)")


# -- photo --------------------------------------------------------------------------

def _photo(page: Page, images: list[dict]) -> list[dict]:
    printed = page.memo.get(CREDIT_LINES, {})
    out = []
    for img in images:
        if not img.get("credit"):
            continue
        line = printed.get(img["credit"], img["credit"])
        if _own_chart(line, page):
            continue  # "Chart: The Ledger" as printed under the chart: the outlet's own drawing
        out += [_entry("photo", part, line) for part in credit_parts(img["credit"]) if not _own_chart(part, page)]
    return out


#: a chart's, map's or graphic's label before its credit: "Chart: The Economist", "Graphic: NAME/OUTLET"
_CHART_LABEL = re.compile(r"^\s*(?:charts?|graphics?|maps?|infographics?|grafik|karte|graphique|carte|地図|図表|図)\s*[:：]"
                          r"\s*(?P<name>.+)$", re.IGNORECASE)


def _own_chart(part: str, page: Page) -> bool:
    """Whether a credit is the outlet's own chart ("Chart: The Ledger" on The Ledger's page): the outlet drew it, no
    photographer or agency is credited (a person's "Graphic: NAME/The Ledger" stays a credit, and so does the outlet's
    with another's data: "Karte: Isarbote/OpenTopo-Daten")."""
    match = _CHART_LABEL.match(part)
    if match is None or "/" in match.group("name"):
        return False
    name = _NON_WORD.sub("", re.sub(r"^the\s+", "", match.group("name").strip(), flags=re.I).casefold())
    # (or its graphics desk: "Chart: Axios Visuals" on axios.example)
    # (or the site's name less its edition's word: "地図：大和新聞" on 大和新聞オンライン)
    return any(name == site or len(site) >= _SITE_KEY_MIN and name.startswith(site)
               for site in {re.sub(r"^the", "", k) for k in _site_keys(page)}) \
        or _own_edition(match.group("name").strip(), page)


# -- contributors -------------------------------------------------------------------

#: The role of the agency in a dateline ("KYIV, March 7 (Reuters) -", "Berlin (dpa) -"):
#: the wire service the story came from. Not a contributor: the contract's contributor is a
#: line such as "AFP contributed reporting." that credits help with someone else's story.
DATELINE_ROLE: str | None = "source"


def _closing_agencies(body_text: str, alone: bool = False) -> list[dict]:
    """The agencies in brackets after the text's last sentence ("… stornieren. (dpa/AFP/epd)", "…進める。（共同）"):
    the last line only, since a caption closes the same way on its picture's agency ("… on Tuesday. (Newsis)"); or,
    ``alone``, a line of its own that is only such a bracket ("(APA/red)" after the text's box)."""
    line = body_text.rstrip()[-_SIGN_OFF_MAX:]
    if not alone and line.endswith(")") and (signed := _CLOSING_DATED_SIGNATURE.search(line)) is not None:
        # an Austrian paper's dated signature glued to the last sentence ("… auch.“ (APA, red, 12.3.2026)")
        text = body_text.rstrip().rsplit("\n", 1)[-1]
        return [_entry("contributor", n, text) for n in _signature_agencies(signed)]
    pattern = _AGENCIES_ALONE if alone else _CLOSING_AGENCIES
    match = pattern.search(line) if line.endswith((")", "）")) else None
    names = _CLOSING_AGENCIES_SPLIT.split(match.group("names").strip()) if match else []
    # an agency's code printed in lower case among the initials, "(lme/sda)", as "dpa" is: three letters or more
    agencies = [n for n in names if is_agency(n) or len(n) >= 3 and n.islower() and is_agency(n.upper())]
    # the writer's initials beside them ("(lme/sda)", "(APA/red)"): the writer used the agencies' copy, as in
    # "(dg/kh mit dpa)", so they contributed
    if not agencies or not all(n in agencies or _WRITERS_INITIALS.match(n) for n in names):
        return []
    text = body_text.rstrip().rsplit("\n", 1)[-1]
    role = DATELINE_ROLE if len(names) == 1 and not match.group("label") else "contributor"
    return [_entry(role, n, text) for n in agencies]


#: a line that is a name in brackets and nothing else
_NAME_IN_BRACKETS = re.compile(r"^\s*[（(][^()（）]{2,60}[)）]\s*$")


def _paragraph_agencies(body_text: str) -> list[dict]:
    """The agency in brackets closing a paragraph inside the text, one alone after its last sentence ("… um 40 Prozent
    eingebrochen. (SDA)", a Swiss paper marking the paragraph it took from the wire): the source of what it says, as
    the same bracket closing the text names it (``_closing_agencies``). Paragraphs only, ``_AGENCY_PARAGRAPH_MIN``
    characters or more: a caption closes so on its picture's agency."""
    out = []
    for line in (body_text or "").split("\n")[:-1]:
        if len(line) >= _AGENCY_PARAGRAPH_MIN and line.endswith(")"):
            out += [entry for entry in _closing_agencies(line) if entry["role"] == DATELINE_ROLE]
    return out


#: the fewest characters of a paragraph read for an agency closing it
_AGENCY_PARAGRAPH_MIN = 120


def _contributors(body_text: str, containers: list[HtmlElement], regions: list[HtmlElement], page: Page) -> list[dict]:
    out = _closing_agencies(body_text or "") + _paragraph_agencies(body_text)
    for line in _candidate_lines(body_text, containers, regions):
        if line.startswith("(") and (closing := _closing_agencies(line, alone=True)):
            out += closing  # "(APA/red)" in a line of its own after the text: the agency and the writer's initials
            continue
        for kind, name in credited(line):
            if kind == "republished":  # "Originally published on Live Science." on Live Science: the site itself
                if _NON_WORD.sub("", name.casefold()) in _site_keys(page):
                    continue
                kind = "source"
            elif kind == "issue":  # "※週刊エコノミア2026年3月24日号掲載" on 週刊エコノミア Online: the magazine's own site
                if _own_edition(name, page):
                    continue
                kind = "source"
            role = DATELINE_ROLE if kind == "dateline" else kind if kind in ("source", "photo") else "contributor"
            if role == "source" and _NAME_IN_BRACKETS.match(line) and _names_own_site(name, page):
                continue  # "(Radio Hexagone Info)" alone under a video on Radio Hexagone Info's site: its own clip
                # (an agency's dateline on its own site, "NEW YORK (Reuters) - …", names it the source still)
            if role:
                out.append(_entry(role, name, line))
    return out


#: the words a magazine's or paper's site adds to its name: "週刊エコノミア Online", "NAMEデジタル"
_EDITION_WORDS = frozenset("online オンライン デジタル digital web ウェブ plus プラス".split())


def _names_own_site(name: str, page: Page) -> bool:
    """Whether a cited outlet's name is the site's, its article aside, or with words after it ("ITN Network News" on
    itnnetwork.example, "The Daily Star" on thedailystar.example), or the last word of the site's name of two words or
    more, as a paper calls itself ("told the Ledger" on the Marlow Valley Ledger's site), maybe with its service's
    words ("told Courier News Service" on The Deccan Courier's), or the acronym opening it ("the BBC" on BBC News)."""
    key = _NON_WORD.sub("", name.casefold())
    keys = {key, re.sub(r"^the", "", key), _NON_WORD.sub("", _OWN_SERVICE.sub("", name).casefold())}
    # (or named without its article, as French merges it: "accordé au Jour" on Le Jour's site, lejour.example)
    keys.update(article + key for article in _NAME_ARTICLES)
    return any(site in keys or any(k.startswith(site) for k in keys if len(site) >= _SITE_KEY_MIN)
               # (or its host's name without the medium's word after it: "told the ABC" on abcnews.example; or with it:
               # "told CBN News" on cbn.example)
               or any(site == k + word or k == site + word for k in keys for word in _HOST_MEDIUM_WORDS)
               for site in _site_keys(page)) \
        or len(name.split()) <= 4 and any(len(words := site.split()) >= 2 and (len(last := _NON_WORD.sub(
            "", words[-1].casefold())) >= _SITE_KEY_MIN and last in keys
            # (or the acronym opening it: "told the BBC" on BBC News; or opening the name too, its service's: "told BNC
            # Wales" on BNC News)
            or words[0].isupper() and len(words[0]) >= 3 and (_NON_WORD.sub("", words[0].casefold()) in keys
                                                               or name.split()[:1] == words[:1]))
            for site in page_site_names(page))


#: the medium's words a host's name may close on after the outlet's own ("abcnews", "rtlonline")
_HOST_MEDIUM_WORDS = ("news", "online", "tv")
#: the articles a paper's name may open with, written as letters only ("lejour", "thepost")
_NAME_ARTICLES = ("the", "le", "la", "les", "l", "die", "der", "das")
#: the words of a paper's own service after its name: "Courier News Service", "Ledger Staff", "Herald Bureau"
_OWN_SERVICE = re.compile(r"\s+(?:News\s+(?:Service|Network|Desk)|Bureau|Desk|Staff|Wire)$")


#: the fewest letters of a site's key that a cited name may go on from
_SITE_KEY_MIN = 4


#: the opening of a German credits line naming the agencies used ("Mit Material von dpa", "mit Material der dpa")
_WITH_MATERIAL = ("Mit Material", "mit Material")


def _in_small_box_beside(element: HtmlElement, beside: set[HtmlElement]) -> bool:
    """Whether ``element`` stands in a small box of its own (``_CREDITS_BOX_CHILDREN`` elements at most) set beside the
    text's box: a wire copy's credits after the text ("<div data-testid='story-credits'><p>Reporting by …; Editing by
    …</p><p>© Thomson Reuters</p></div>")."""
    box = element.getparent()
    return box is not None and box.getparent() in beside and len(box) <= _CREDITS_BOX_CHILDREN


#: the most elements of a box of credits beside the text's box
_CREDITS_BOX_CHILDREN = 3


def _own_edition(name: str, page: Page) -> bool:
    """Whether ``name`` is the site's own, or the site's name less an edition's word ("週刊エコノミア" on
    "週刊エコノミア Online")."""
    key = _NON_WORD.sub("", name.casefold())
    return any(site == key or site.startswith(key) and site[len(key):] in _EDITION_WORDS for site in _site_keys(page))


#: the elements and first words of a byline's contributors' clause ("Contributions from NAME")
_CONTRIBUTIONS_TAGS = frozenset(("span", "div", "p", "dt", "th"))
#: (and Québec's "Avec la collaboration de NAME" in the byline's box, first thirteen characters)
_CONTRIBUTIONS_OPENINGS = frozenset(("Contributions", "Contribution ", "contributions", "Avec la colla",
                                     "avec la colla"))
#: a reviewer's label saying of what, alone in its cell: "アイヌ語監修" (the language's reviewer), "医学監修" (a noun in
#: katakana or kanji; not a phrase, "この記事の監修", a box's heading over its own "監修：NAME" line)
_QUALIFIED_ROLE = re.compile(r"^\s*[\u30a0-\u30ff\u4e00-\u9fff]{1,6}?(監修)\s*[:：]?\s*$")
#: a Japanese or Chinese reviewer's or translator's label opening a byline's element ("監修：NAME", "翻訳：NAME")
_CJK_ROLE_OPENINGS = frozenset(CJK_ROLE_LABELS)


def _candidate_lines(body_text: str, containers: list[HtmlElement], regions: list[HtmlElement]) -> Iterable[str]:
    """The body text's lines and the article's paragraphs; also, anywhere in the article
    (a ``<div>``, ``<em>`` or ``<span>``, outside the text container), a wire-style credit
    line, which systems print apart from the paragraphs."""
    raw = (body_text or "").split("\n")
    for container in containers:
        for p in container.iter("p", "li"):  # a short list of sources: "<li>Nachrichtenagenturen dpa und AFP</li>"
            if p.tag == "p" or (parent := p.getparent()) is not None and len(parent) <= SOURCE_LIST_MAX:
                raw += _text_with_breaks(p).split("\n")
    beside = {c.getparent() for c in containers} - {None}  # the boxes holding the text's box
    for element in _each_once(_unique(containers + regions)):
        tag = element.tag
        if tag in _NAME_TAGS and (tail := element.tail) and len(tail) < _ROLE_TAIL_MAX and not tail.isspace() \
                and tail.lstrip()[:1] in _ROLE_TAIL_MARKS \
                and _ROLE_BY.match(role := tail.lstrip(_ROLE_TAIL_LEAD) + " ") \
                and (named := element.getnext()) is not None:
            raw.append(normalize_space(role + named.text_content()))  # "NAME</a> — Édité par <a>NAME</a>"
        elif tag in _NAME_TAGS and (tail := element.tail) and "翻" in tail and len(tail) < _ROLE_TAIL_MAX \
                and (translator := _TRANSLATOR_IN_TAIL.search(tail)):
            raw.append(normalize_space(tail[translator.start():]))  # "NAME</a> (Outlet)　翻訳校正: NAME"
        if tag in _CONTRIBUTIONS_TAGS and (own := element.text) and (own.lstrip()[:13] in _CONTRIBUTIONS_OPENINGS
                                                     or own.lstrip()[:2] in _CJK_ROLE_OPENINGS
                                                     or _QUALIFIED_ROLE.match(own) is not None) \
                and len(line := normalize_space(element.text_content())) <= _ROLE_LINE_MAX:
            # a byline's "<span>Contributions from <a>NAME</a></span>" beside the writer's, or its "<span>監修：NAME
            # （JOB）</span>"; the label alone in its cell, the name in the next: "<span>監修</span><span>NAME</span>",
            # or after it in its line: "<p><span>監修</span>弁護士　NAME</p>"; the label maybe saying of what:
            # "<dt>アイヌ語監修</dt><dd>NAME</dd>"
            label = (qualified.group(1) if (qualified := _QUALIFIED_ROLE.match(line)) else line).rstrip(":：")
            if len(element) == 0 and label in _CJK_ROLE_OPENINGS \
                    and ((named := element.getnext()) is not None or (element.tail or "").strip()):
                name = named.text_content() if named is not None else element.tail
                line = f"{label}：{normalize_space(name)}"
            if len(line) <= _ROLE_LINE_MAX:
                raw.append(line)
        if tag == "p":
            if _says_contributed(element) and len(text := element.text_content()) <= _MAX_LINE \
                    and any(pattern.match(line := normalize_space(text)) for pattern in _CONTRIBUTED_LINES):
                raw.append(line)  # "The Associated Press contributed." under the writers' bios, after the text's box
            elif element.getparent() in beside and (text := element.text) and len(text) <= _ROLE_LINE_MAX \
                    and _WITH.match(line := normalize_space(element.text_content())):
                raw.append(line)  # "— with AAP" in a line of its own beside the text's box
            elif (text := element.text) and text.lstrip()[:12] in _WITH_MATERIAL \
                    and len(line := normalize_space(element.text_content())) <= _ROLE_LINE_MAX:
                raw.append(line)  # "<p class='article-footer__sources'>Mit Material der dpa</p>" in the footer
            elif (text := element.text) and len(line := normalize_space(element.text_content())) <= _ROLE_LINE_MAX \
                    and _MATERIAL.match(line) and not _in_card(element):
                raw.append(line)  # "<div class='storyCredit'><p>With files from Reuters</p></div>" after the story's
                # box and its wrapper
            elif (text := element.text) and _ROLE_BY.match(text.lstrip(" \t\n([\u00a0") + " ") \
                    and (element.getparent() in beside or _in_small_box_beside(element, beside)
                         or len(element.text_content()) <= _ROLE_LINE_MAX and not _in_card(element)):
                # "Redaktion: NAME; …" beside the text's box; a short line of its own by the headline:
                # "<p>Translation by <a>NAME</a></p>"
                raw += _text_with_breaks(element).split("\n")
            elif _first_published_elsewhere(element) or text and _JA_CREDITS_LINE.match(text) \
                    and len(element.text_content()) <= _ROLE_LINE_MAX \
                    or text and _took_part_line(text) \
                    or text and "配信" in text and len(text) <= _ROLE_LINE_MAX and _JA_WIRE_NOTE.match(text.strip()):
                # ("※一部、共同通信の配信記事を含みます。" in a note's box after the text's)
                # "Dieser Artikel erschien zuerst in der «X».", "取材・文：NAME　撮影：NAME" after the text's box, and
                # "（实习记者NAME协助采访）" set apart under it
                raw.append(normalize_space(element.text_content()))
        elif tag == "div" and len(element) == 0 and element.getparent() in beside and (text := element.text) \
                and len(text) <= _ROLE_LINE_MAX and text.lstrip()[:1] in "—–-" \
                and _WITH.match(line := normalize_space(text)):
            raw.append(line)  # the same "— with AAP" in a box of its own (its dash: a "With files from" box is the
            # site's own credit line, read with its rules)
        elif tag in ("span", "div", "em", "i") and (text := element.text) and _MATERIAL.match(text.lstrip()) \
                and len(line := normalize_space(element.text_content())) <= _ROLE_LINE_MAX and not _in_card(element) \
                and (box := element.getparent()) is not None and normalize_space(box.text_content()) == line:
            raw.append(line)  # "<div class='fileCredits'><span>With files from NAME</span></div>" after the text (or
            # in italics: "<div class='details-credit'><em>— With files from the X Ledger</em></div>")
        elif not (text := element.text) or text.isspace() or tag in ("script", "style"):
            continue  # (a text of spaces alone, the indentation before a box's first child, says nothing)
        elif "本文来自" in text[:12] and tag in ("div", "span"):
            raw.append(normalize_space(element.text_content()))  # "本文来自微信公众号：…" in a box over the text
        elif ("综合自" in text[:12] or "綜合自" in text[:12]) \
                and len(line := normalize_space(element.text_content())) <= _ROLE_LINE_MAX:
            raw.append(line)  # "<div class='post_statement'>（部分内容综合自新华社）</div>" after the text's box
        elif text.lstrip()[:12] in _WITH_MATERIAL \
                and len(line := normalize_space(element.text_content())) <= _ROLE_LINE_MAX:
            raw.append(line)  # "<span>Mit Material von Keystone-SDA</span>" in a box of its own after the text's box
        elif _ROLE_BY.match(lead := text.lstrip(" \t\n([\u00a0") + " ") \
                or lead[:4] in ("With", "with") and _WITH_ROLE.match(lead):
            # "Edited by <span>Name</span>"; an investigative outlet's meta line, "<span>With reporting by
            # <a>NAME</a></span>" beside the byline; a label alone in its element, the name after it in its box's
            # text: "<p><span>監修：</span>医師　NAME</p>"
            alone = len(element) == 0 and (element.tail or "").strip() and (parent := element.getparent()) is not None \
                and parent.tag in ("p", "div") and len(parent.text_content()) <= _ROLE_LINE_MAX
            named = element.getnext() if len(element) == 0 and not alone and not (element.tail or "").strip() \
                and lead.rstrip().endswith((" by", " von", " par", ":", "：")) and _SIBLING_ROLE.search(lead) else None
            if named is not None and named.tag in _NAME_TAGS:
                # the label's element, the name's link after it: "<span>Medically reviewed by</span> <a>NAME</a>",
                # "<span>Übersetzt von</span> <a>NAME</a>" (a writer's label so, "Geschrieben von", is the byline's)
                raw.append(normalize_space(f"{text} {named.text_content()}"))
            else:
                raw += _text_with_breaks(parent if alone else element).split("\n")
        elif ("rovided" in text or "ROVIDED" in text) and _PROVIDED_BY.match(text) \
                and next(element.iterancestors(*_PICTURE_BOXES), None) is None:
            # "<div>Provided by <a>European Space Agency</a></div>" after a science aggregator's text, or "<p>
            # <strong>Provided by</strong> <a>…</a></p>": the line, read apart from the text it closes
            holder = element if element.tag in ("div", "p", "li") or element.getparent() is None \
                else element.getparent()
            raw.append(normalize_space(holder.text_content()))
        elif tag in ("div", "span") and _first_published_elsewhere(element):
            # "<span>Originally published by <strong>OUTLET</strong></span>" in a box after the text
            raw.append(normalize_space(element.text_content()))
        elif len(text) < 30 and _SOURCE_LINE_LABEL.match(text.strip()) \
                and (parent := element.getparent()) is not None and parent.tag != "p" \
                and next(element.iterancestors(*_PICTURE_BOXES), None) is None:
            own = normalize_space(element.text_content())
            # "<div>Source: <a>OUTLET</a></div>", the line its own box; "<span>Additional sources</span> • EFE"
            raw.append(own if len(own) > len(text.strip()) else normalize_space(parent.text_content()))
    seen: set[str] = set()
    for line in map(normalize_space, dict.fromkeys(raw)):  # a paragraph is often a line of the body text too
        if len(line) > _MAX_LINE and (dateline := _DATELINE.match(line)) and is_agency(dateline.group("names")):
            line = dateline.group(0)  # a long first paragraph's agency dateline: "Lütjenhafen (dpa) - Wenn …"
        if line and len(line) <= _MAX_LINE and line not in seen:
            seen.add(line)
            yield line


def _first_published_elsewhere(element: HtmlElement) -> bool:
    """Whether the element is a note, after the text's box, naming the outlet that published the story first
    ("Originally published by <strong>X</strong>", "Dieser Artikel erschien zuerst in der «<a>X</a>».")."""
    text = element.text or ""
    if not ("riginally" in text or "zuerst" in text or "appeared" in text or "publié" in text):
        return False
    line = normalize_space(element.text_content())
    return len(line) <= _MAX_LINE and (REPUBLISHED_FROM.match(line) or _FIRST_APPEARED.match(line)) is not None


def _each_once(boxes: list[HtmlElement]) -> Iterator[HtmlElement]:
    """The elements of ``boxes``, each box's subtree in turn, none twice: a box inside one walked before is passed
    over, and one holding a box walked before is walked around it (an element gives the same lines wherever it is met,
    and the text's box lies inside the article's)."""
    done: list[HtmlElement] = []
    for box in boxes:
        above = set(box.iterancestors())
        if any(d is box or d in above for d in done):
            continue
        inside = [d for d in done if box in d.iterancestors()]
        if len(inside) == 1:
            yield from (el for el in iter_around(box, inside[0]) if el is not inside[0])
        else:
            yield from box.iter(etree.Element)
        done.append(box)


#: the longest paragraph read as a role's line wherever it stands ("Translation by NAME" under the headline)
_ROLE_LINE_MAX = 80
#: the names of a teaser card or list, whose byline ("Written by: NAME" under another post's title) is that post's
_CARD_HINT = re.compile(r"related|recommend|teaser|card|promo|more-?stories", re.IGNORECASE)
#: how many of a line's nearest boxes are looked at for a card's name
_CARD_LEVELS = 3


def _in_card(element: HtmlElement) -> bool:
    """Whether ``element`` or one of its nearest boxes is named as a teaser card or list."""
    return any(_CARD_HINT.search(el.get("class") or "") for el in (element, *islice(element.iterancestors(), _CARD_LEVELS)))


#: a role set between two names of a line, in the text after the first's element: "<a>NAME</a> — Édité par <a>NAME</a>"
_ROLE_TAIL_MAX = 40
_ROLE_TAIL_LEAD = " \t\n\u00a0—–-|·"
#: the elements a name is printed in, whose tail such a role follows
_NAME_TAGS = frozenset(("a", "span", "strong", "b", "em", "i"))
#: the separators of such a line (a sentence's comma before "written by NAME" is no line's part)
_ROLE_TAIL_MARKS = frozenset("—–-|·")


#: a translator's label after the writer's name in a byline's line: "<a>NAME</a> (Outlet)　翻訳校正: NAME"
_TRANSLATOR_IN_TAIL = re.compile(r"(?<=\s)(?:翻訳(?:校正)?|翻译|翻譯)\s*[:：／/＝=]\s*\S")


def _took_part_line(text: str) -> bool:
    """Whether a paragraph's words are a Chinese line crediting reporters who took part ("（实习记者NAME协助采访）",
    ``_CJK_TOOK_PART``), set apart under the text's box."""
    return len(text) <= _ROLE_LINE_MAX and holds_any(text, _TOOK_PART_WORDS) and _CJK_TOOK_PART.match(text) is not None


def _says_contributed(p: HtmlElement) -> bool:
    """Whether the paragraph's own words (its text, its children's tails, or those of the one italic element holding
    them all: "<p><em>NAME contributed research.</em></p>") hold "contributed": the verb of its sentence, read without
    the text of the whole paragraph."""
    return "contributed" in (p.text or "") or any("contributed" in (child.tail or "") for child in p) \
        or len(p) == 1 and p[0].tag in ("em", "i") and not (p.text or "").strip() and "contributed" in (p[0].text or "")


def _unique(elements: list[HtmlElement]) -> list[HtmlElement]:
    out: list[HtmlElement] = []
    for element in elements:
        if not any(element is e for e in out):
            out.append(element)
    return out


def _text_with_breaks(element: HtmlElement) -> str:
    """The element's text with a line break for each ``<br>``: "Reporting by A<br>Editing by B"
    is two lines, not "Reporting by AEditing by B"."""
    parts: list[str] = []
    _add_text_with_breaks(element, parts)
    return "".join(parts)


def _add_text_with_breaks(node: HtmlElement, parts: list[str]) -> None:
    """``_text_with_breaks``'s walk, appending to ``parts``. (A function of its own, not a closure calling itself:
    such a closure is a reference cycle, which only the garbage collector frees, with all it holds.)"""
    if node.tag == "br":
        parts.append("\n")
    elif isinstance(node.tag, str):
        parts.append(node.text or "")
        for child in node:
            _add_text_with_breaks(child, parts)
            parts.append(child.tail or "")


#: a Japanese paper's note that the story uses an agency's copy: "※一部、共同通信の配信記事を含みます。", "（時事通信の配信
#: 記事を基に作成）"
#: an agency's part named after a Japanese text's writers in their closing brackets: "（報道部　NAME、一部共同）"
_JA_PARTLY_WIRE = re.compile(r"^\s*（[^（）]{2,30}、\s*一部\s*(?P<name>[^、（）\s]{2,8})\s*）\s*$")
_JA_WIRE_NOTE = re.compile(r"^[※*（(]?\s*(?:一部(?:に)?[、，,]?\s*)?(?P<name>[^、。（）()\s]{2,12}?)(?:の|から)配信(?:記事|原稿)?"
                           r"(?:を含み|を含む|を基に|をもとに|を元に|に基づ)")


def contributor_names(line: str) -> list[str]:
    """Names credited by a contribution line ("AFP contributed reporting." -> ["AFP"]),
    the dateline's agency included ("KYIV, March 7 (Reuters) -" -> ["Reuters"])."""
    return [name for _, name in credited(line)]


#: the agencies a signature under the text closes on, in brackets: "NAME et NAME (avec AFP)", "NAME (with AP and
#: Reuters)"
_SIGNED_WITH_AGENCY = re.compile(rf"^\S.{{0,120}}?\s\((?i:avec|with|mit)\s+(?:l['’])?(?P<names>(?:{AGENCY_PATTERN})"
                                 rf"(?:\s*(?:,|/|et|and|und)\s*(?:{AGENCY_PATTERN}))*)\)$")


#: a Chinese picture's credit line alone: "图/视觉中国", "圖／NAME"
_PICTURE_LINE = re.compile(r"^(?:图片?|圖片?)\s*[/／:：]\s*(?P<name>[^\s/／]{2,30})$")
#: the word closing a document's name, no outlet's ("科普材料", "统计数据", "年度报告")
_CJK_DOCUMENT_END = re.compile(r"(?:材料|资料|資料|数据|數據|报告|報告|统计|統計|公报|公報)$")


def credited(line: str) -> list[tuple[str, str]]:
    """``(kind, name)`` for each name a credit line gives: kind ``"credit"`` for a line
    saying who took part ("AFP contributed reporting.", "Reporting by ...; Editing by ...",
    "Mit Material von dpa", "Quelle: dpa"), ``"dateline"`` for the agency in the story's
    dateline ("AMES, Iowa (AP) —", "МОСКВА, 7 марта. /ТАСС/.", a bare "(dpa)", "[서울=뉴시스]", "【北京共同】",
    "（中央社台北12日電）")."""
    match = _PICTURE_LINE.match(line) if line[:1] in "图圖" else None
    if match:  # "图/视觉中国" alone on its line under a picture: the picture's credit, no contributor's
        return [("photo", match.group("name"))]
    match = _SIGNED_WITH_AGENCY.search(line) if line.endswith(")") else None
    if match:  # "NAME et NAME (avec AFP)": the writers' signature under the text, the agency they used after it
        return [("credit", name) for name in re.split(r"\s*(?:,|/|\bet\b|\band\b|\bund\b)\s*", match.group("names"))]
    match = _ISSUER_LINE.match(line)
    if match:
        name = match.group("name")  # "Northwind Robotics, Inc.": the company's full stop is its name's
        return [("source", name.rstrip(" ,") if COMPANY_END.search(name) else name.rstrip(" ,."))]
    match = _SOURCE_LINE.match(line)
    if match:
        names = _SOURCE_INITIALS.sub("", match.group("names"))  # "MDR AKTUELL/dpa (ksm)": the writer's initials go
        names = _GRAPHIC_CREDIT_AFTER.sub("", names)  # "Quelle: X · Grafik: PAPER": the chart's maker is no source
        parts = _split_names(names)
        if len(parts) == 1 and not is_agency(parts[0]) and OUTLET_WORD.search(parts[0]):
            # "Source: Meridian Press Service" under a syndicated story: the outlet it came from (not the site itself)
            return [("republished", parts[0])]
        return [("credit", n) for n in parts if is_agency(n)]
    match = _CJK_SOURCE_LINE.match(line)
    if match:
        # (not a document a box's facts came from: "来源：中国养蜂学会科普材料", a society's leaflet, no outlet)
        return [("source", n) for n in re.split(r"[、/／]", match.group("names")) if not _CJK_DOCUMENT_END.search(n)]
    match = REPUBLISHED_FROM.match(line) if "riginally" in line[:30] or "》" in line[:40] else None
    if match:  # "Originally published by Lifehacker US [原文]", "本文經《獨立評論@天下》授權轉載"
        return [("republished", match.group("name") or match.group("cjk"))]
    match = CN_REPUBLISHED.match(line) if "本文来自" in line[:12] else None
    if match:  # "本文来自微信公众号：ACCOUNT（ID：…），作者：NAME，题图来自：视觉中国"
        return [("source", match.group("source"))] + ([("photo", match.group("photo"))] if match.group("photo") else [])
    match = _ISSUE_LINE.match(line) if "号" in line else None
    if match:
        return [("issue", match.group("name"))]
    if _JA_CREDITS_LINE.match(line) and ("撮影" in line or "写真" in line):
        # "取材・文：NAME　撮影：NAME　編集：NAME" closing a web magazine's text: its photographers ("写真：NAME" too)
        return [("photo", n) for n in byline_photographers(line)]
    match = _FIRST_APPEARED.match(line) if ("zuerst" in line or "appeared" in line or "published" in line
                                            or "publié" in line) else None
    if match and _AN_ISSUE.match(match.group("name")) is None:
        # "Dieser Beitrag erschien zuerst im Magazin „natur“, Ausgabe 3/2026.": where the story came from ("… in the
        # August 2024 issue": the magazine's own print issue, no outlet named)
        return [("source", match.group("name"))]
    if _SIGN_OFF.match(line):
        return [("credit", n) for n in re.split(r"\s?/\s?", line.rstrip(".")) if is_agency(n)]
    match = _JA_WIRE_NOTE.match(line) if "配信" in line else None
    if match and is_agency(match.group("name")):  # "※一部、共同通信の配信記事を含みます。": the agency's copy used
        return [("credit", match.group("name"))]
    match = _JA_PARTLY_WIRE.search(line) if "一部" in line else None
    if match and is_agency(match.group("name")):  # "（報道部　NAME、一部共同）": the writers used the agency's copy
        return [("credit", match.group("name"))]
    match = _PROGRAMME_AGENCIES.search(line) if ";" in line and len(line) <= _PROGRAMME_LINE_MAX else None
    names = re.split(r"\s?/\s?", match.group("names")) if match else []
    if names and all(is_agency(n.upper()) for n in names):
        return [("credit", n) for n in names]  # "HRF 4 News, 11.12.2025, 10:00 Uhr ; sda/reu": the agencies used
    names = _role_credits(line)
    if names:
        return names
    match = _CONTRIBUTING.match(line) if line[:1] in "Cc" else None
    if match:  # "Contributing: NAME, OUTLET; NAME, OUTLET": the people, each before the outlet they write for; a
        # byline's "Contributions from NAME" beside the writer's
        return [("credit", part.split(",")[0].strip()) for part in _CONTRIBUTING_PARTS.split(match.group("names"))
                if _reads_as_person(part.split(",")[0].strip())]
    match = _DASHED_AGENCY_WRITER.match(line) if line[:1] in "—–-" else None
    if match and is_agency(match.group("agency")):  # "— NAME, The Associated Press" closing a live page's entry
        return [("credit", match.group("name"))]
    match = _PICTURE_CREDIT_LINE.match(line) if ":" in line[:40] or "：" in line[:8] else None
    if match:  # "Featured image: Photo by NAME": the name after the picture's own label
        return [("photo", clean_credit(match.group("name")) or match.group("name"))]
    match = _INITIALS_THEN_PHOTO.match(line) if ";" in line[:30] else None
    if match:
        return [("photo", match.group("name"))]
    match = _AGENCIES_NAMED.match(line)
    if match:
        return [("source", n) for n in _split_names(match.group("names")) if is_agency(n)]
    match = _DATED_SIGNATURE.match(line) if line.startswith("(") else None
    if match:
        return [("credit", n) for n in _signature_agencies(match)]
    match = _CLOSING_SIGN_OFF.search(line, max(len(line) - _SIGN_OFF_MAX, 0)) if line.endswith(")") else None
    if match:
        return [("credit", n) for n in _SIGN_OFF_SPLIT.split(match.group("names")) if is_agency(n)]
    match = _CJK_DATELINE.match(line) or _CJK_AGENCY_DATELINE.match(line) or _CN_AGENCY_DATELINE.match(line) \
        or _BRACKETED_AGENCY_DATELINE.match(line)
    names = re.split(r"\s*[/／・]\s*", match.group("names").strip()) if match else []
    if names and all(map(is_agency, names)):  # not a correspondent's name: "【ソウル＝小池和樹】"
        return [("dateline", n) for n in names]
    match = _UNKNOWN_AGENCY_REPORTER_DATELINE.match(line) if line.lstrip()[:1] in "（(" else None
    if match:
        return [("dateline", match.group("names"))]
    match = _DASHED_AGENCY.match(line)
    if match and (is_agency(name := match.group("name")) or name.isupper() and " " not in name and len(name) >= 3):
        return [("dateline", name)]
    if "通" in line[:60]:
        match = _CN_DATELINE_CORRESPONDENTS.match(line) or _CN_BYLINE_CORRESPONDENTS.match(line)
    else:
        match = _CJK_TOOK_PART.match(line) if holds_any(line, _TOOK_PART_WORDS) else None
    if match:
        return [("credit", n) for n in re.split(r"[、，,\s]+", match.group("names")) if n]
    for pattern in _CONTRIBUTOR_LINES:
        subject = _OPENING_DASH.sub("", line) if pattern in _CONTRIBUTED_LINES else line
        match = pattern.match(subject)
        if match and pattern is _DATELINE \
                and len(LOWER_WORD.findall(subject[:match.start("names")])) > _PLACE_LOWER_MAX:
            continue  # "Check your phone supports 4G calling (VoLTE) – …": a sentence before the bracket, no place
        if match:
            more = _MORE_CONTRIBUTORS.findall(subject[match.end():]) if pattern is _CONTRIBUTED else []
            kind = "dateline" if pattern in _DATELINES else "credit"
            names = match.group("names") or match.groupdict().get("more") or ""  # (``_USED_IN``'s second form)
            return [(kind, n) for n in _split_names(names) + [m for m in more if _plausible_name(m)]]
    return []


#: the most words in lower case a dateline's place and day hold before the agency's bracket ("Madrid, 7 de marzo de
#: 2026 (EFE) –")
_PLACE_LOWER_MAX = 3


#: a chain's closing credit of its reporters, each with the outlet they write for: "Contributing: NAME, USA TODAY",
#: "Contributing: NAME, OUTLET; NAME and NAME, OUTLET" (the people are contributors, the outlets nobody)
_CONTRIBUTING = re.compile(r"^(?:contributing\s*:|contributions?\s+(?:from|by)\s*:?)\s*(?P<names>[^.!?]{2,200}?)\.?$",
                           re.IGNORECASE)
_CONTRIBUTING_PARTS = re.compile(r"\s*;\s*|\s+and\s+|\s*&\s*")


#: an agency writer's sign-off closing a part of the text, a line of its own: "— NAME, The Associated Press" (a live
#: page's entry written by the agency's reporter): the writer is a contributor, the agency (a known one) nobody more
_DASHED_AGENCY_WRITER = re.compile(
    rf"^[—–-]{{1,2}}\s*(?P<name>{_UPPER}[\w.'’-]*(?:\s+{_UPPER}[\w.'’-]*){{1,3}}),\s*(?P<agency>[^,;.]{{2,40}}?)\.?$")


def role_credit_names(line: str) -> list[str]:
    """The people of a wire-style credit line, each once, in order:
    "(Reporting by A in Kyiv and B; Editing by C)" -> ["A", "B", "C"].

    The line (or a sentence of it, or a bracket) must open with a role ("Reporting by"),
    so "said reporting by journalists was unfair" credits nobody; each later "<role> by"
    starts the next role's names."""
    return [name for kind, name in _role_credits(line) if kind == "credit"]


#: a role of such a line crediting the pictures it drew, after another role: "…; Grafiken: NAME"
_GRAPHICS_ROLE = re.compile(r"(?:info)?grafik(?:en)?\s*:", re.IGNORECASE)


def _role_credits(line: str) -> list[tuple[str, str]]:
    """``(kind, name)`` of the people of a wire-style credit line (see ``role_credit_names``): kind ``"photo"`` for
    a graphics role ("Grafiken: NAME"), ``"credit"`` for the others."""
    # the role is looked for where a credit may begin, not at every character of the line
    first = next((m for start in _CREDIT_START.finditer(line) if (m := _ROLE_BY.match(line, start.end()))), None)
    if first is None or _AUDIO_CREDIT.search(line) or _GRAPHICS_ROLE.match(first.group(0)):
        return []  # (a line opening with "Grafik:" is a picture's credit, which the images give)
    roles = [first] + list(_ROLE_BY.finditer(line, first.end()))
    names: list[tuple[str, str]] = []
    for role, following in zip(roles, roles[1:] + [None]):
        segment = line[role.end(): following.start() if following else len(line)]
        segment = re.split(r"(?<=[a-z])\.\s+(?=[A-Z])", segment)[0]  # a sentence after the credit
        if _REVIEWER_ROLE.search(role.group(0)):
            # "NAME, Kinder- und Jugendärztin", "NAME, MD", "NAME　北京某儿童医院…副主任医师": the reviewer's job goes
            segment = _CJK_JOB_AFTER_SPACE.sub(r"\1", segment.split(",", 1)[0])
        segment = _CREDIT_PLACE.sub("", re.sub(r"\b(?:with|avec|mit|con)\s+", ", ", segment.strip().rstrip(" ;,.|)]/—–-")))
        segment = _CJK_JOB_AFTER.sub("", segment)  # "監修：中原 道隆（浄慶寺住職）": the job after the name
        kind = "photo" if _GRAPHICS_ROLE.match(role.group(0)) else "credit"
        for name in _split_names(segment):
            if _reads_as_person(name) and (kind, name.casefold()) not in {(k, n.casefold()) for k, n in names}:
                names.append((kind, name))
    return names


#: the words of a medical or scientific reviewer's label ("Medically reviewed by", "Fachlich geprüft von", "Relu par")
_REVIEWER_WORDS = "review|geprüft|prüfung|relu"
#: the labels of a reviewer's or a translator's credit set in an element of its own, the name in the next
_SIBLING_ROLE = re.compile(rf"(?i:{_REVIEWER_WORDS}|übersetz|translat|tradui)")
#: the label of a reviewer's credit, in any of the four languages, whose one name a job follows after a comma
_REVIEWER_ROLE = re.compile(rf"(?i:{_REVIEWER_WORDS})|監修|审稿|審稿")
#: a Chinese reviewer's job after the name and a space, longer than a given name ("沈晓岚　北京某儿童医院…副主任医师"; a
#: Japanese name's own space parts two short words: "岡部　誠一"), the name kept (group 1)
_CJK_JOB_AFTER_SPACE = re.compile(r"^([\u4e00-\u9fff]{2,3})[\s\u3000]+[\u4e00-\u9fff]{5,}$")
#: a job in full-width brackets after a Japanese or Chinese name in a credit line ("（浄慶寺住職）")
_CJK_JOB_AFTER = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff々])（[^（）]{1,20}）$")


_NAME_PARTICLES = frozenset({"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "le", "la", "y", "e",
                             "bin", "ibn", "al", "el", "zu", "dos", "das", "ter", "ten"})


def _reads_as_person(name: str) -> bool:
    """A credited name: an agency, or capitalised words (particles aside), so the rest of a
    sentence ("Research by Harvard found that ...") is not taken for a person."""
    return is_agency(name) or all(w[0].isupper() or w.casefold() in _NAME_PARTICLES for w in name.split()) \
        or _CJK_CREDITED.match(name) is not None


#: a Chinese or Japanese name after a role's label ("翻訳：田中美和", "監修：医師　岡部　誠一" with its space): ideographs
#: and kana, no sentence
_CJK_CREDITED = re.compile(r"^(?=.{2,7}$)[\u3040-\u30ff\u4e00-\u9fff々]+(?: [\u3040-\u30ff\u4e00-\u9fff々]+)?$"
                           # (or a foreign name in katakana, its parts parted by middle dots: "ファム・ティ・ホア")
                           r"|^[\u30a1-\u30fa\u30fc]{1,10}(?:[・･][\u30a1-\u30fa\u30fc]{1,10}){1,3}$")


#: "the" in lower case before a capitalised name (``_split_names``)
_LOWER_THE = re.compile(r"^the\s+(?=[A-Z])")


def _split_names(text: str) -> list[str]:
    text = _POSSESSIVE.sub("", _ROLE_PREFIX.sub("", text.strip().rstrip(".")))
    out: list[str] = []
    pieces = _NAME_SPLIT.split(text)
    after_place = after_person = False
    for part, separator in zip(pieces[::2], [""] + pieces[1::2], strict=True):
        name = _AGENCY_NOUN.sub("", _LOCATION.sub("", part).strip(" .,"))
        if len(pieces) == 1:
            # (one outlet's name after "the" in lower case: "With files from the Kamloops Ledger"; not a list's last
            # part, "… found that …, as investors responded to tax changes and the Renters’ Rights Act")
            name = _LOWER_THE.sub("", name)
        if (of_outlet := _OF_OUTLET.match(name)) is not None and not is_agency(name):
            name = of_outlet.group("person")
        if _GROUP.search(name):
            continue  # "der ARD-Korrespondentinnen und -Korrespondenten": reporters, no one named
        if after_place and separator == "," and len(name.split()) == 1 and not is_agency(name):
            continue  # "in Baton Rouge, Louisiana, and ...": the rest of a place name
        if after_person and separator == "," and _AFFILIATION.match(name) and not is_agency(name):
            after_person = False
            continue  # "Jakob Mayr, ARD-Studio Brüssel", "Anna Schmidt, SWR": where the person works
        after_place = name != part.strip(" .,")
        after_person = len(name.split()) >= 2 and not after_place
        if _plausible_name(name):
            out.append(name)
    return out


#: a phone number in a linked name (seven digits or more, maybe spaced)
_PHONE_NUMBER = re.compile(r"\d(?:[\s-]?\d){6,}")


def _own_writer(href: str, url: str | None) -> bool:
    """Whether ``href`` links a writer's page on the page's own site (a university's "/staff/NAME/" cited in the
    text is a source's)."""
    if AUTHOR_PAGE.search(href) is None:
        return False
    host = urlsplit(href).hostname
    return host is None or host == urlsplit(url or "").hostname


def _plausible_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 6 or name.casefold() in _NOT_NAMES:
        return False
    # (an agency written in lower case: "dpa", "dpa-AFX")
    return name[0].isupper() or (len(words) == 1 and len(name) <= 5 and name.isalpha()) or is_agency(name) \
        or _CJK_CREDITED.match(name) is not None  # (a Japanese name spaced: "岡部 誠一"; "ファム・ティ・ホア")


# -- sources ------------------------------------------------------------------------

def _sources(page: Page, containers: list[HtmlElement]) -> list[dict]:
    base = base_url(page)
    # (and a box printing the text as its own lines between ``<br>``s, no paragraph elements: a business daily's
    # "<div class='artText'>…<br><br>…, Reuters reported at the time.<br><br>…</div>")
    blocks = [b for c in containers for b in c.iter("p", "li", "blockquote", "div", "td")
              if b.tag in ("p", "li", "blockquote") or _lines_box(b)] or containers
    read = [_text_and_links(block) for block in blocks]
    out = []
    for idx, (text, links) in enumerate(read):
        if links and HELPLINE.search(text):
            continue  # "… help and support is available via the <a>X Action Line</a>": a helpline's, no outlet cited
        for link, start, end in links:
            href = (link.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:")) or _own_writer(href, page.url):
                continue  # "<a href="/authors/…">NAME</a> reports for The Tyee.": the writer's note, no source
            name = _with_article(source_name(text[:start], text[start:end], text[end:]), text[:start])
            if name and _PHONE_NUMBER.search(name):
                continue  # "Send your story ideas to us … via <a>WhatsApp on 0800 313 4630</a>": a contact, no outlet
            if name and _GENERIC.match(name):
                previous = [before for before, _ in read[max(0, idx - _PREVIOUS_BLOCKS):idx]]
                name = _resolve(name, [text[:start]] + previous[::-1])
            if name:
                role = _SPOKEN_TO if _TOLD_LINK.match(normalize_space(text[start:end])) else "source"
                out.append(_entry(role, name, _sentence(text, start, end), absolute(href, base)))
    # (a linked citation of the same outlet keeps its address; the names set in italics in ``blocks``, as
    # publications' titles are, read as quoted)
    return out + _text_citations(read, page, blocks)


def _lines_box(box: HtmlElement) -> bool:
    """Whether ``box`` prints prose as its own lines between ``<br>``s: at least ``_LINES_BOX_MIN`` characters of its
    own text (its text and its children's tails), with a ``<br>`` among its children."""
    if not len(box) or box.find("br") is None:
        return False
    return len(box.text or "") + sum(len(child.tail or "") for child in box) >= _LINES_BOX_MIN


#: the fewest characters of its own text a box of lines holds (``_lines_box``)
_LINES_BOX_MIN = 200


#: an element named as the story's source ("<a class="source">中国新闻网</a>" in a portal's date line)
_SOURCE_NAME = re.compile(r"(?:^|\s)source(?:$|[\s_-])", re.IGNORECASE)
#: the same name as a part of a block's ("article-source", "meta__source"), when the element's text is labelled:
#: "source : 週刊文春 2026年3月19日号", "Źródło: PAP" (an agency set there unlabelled may be the byline's)
_SOURCE_PART = re.compile(r"[_-]source(?:$|[\s_-])", re.IGNORECASE)
_LABELLED = re.compile(r"^\s*\w{2,10}\s?[:：]")
#: a Japanese web magazine's credits line, the writer's role first: "取材・文：NAME　撮影：NAME　編集：NAME"
_JA_CREDITS_LINE = re.compile(r"^(?:取材・文|取材・執筆|文・取材|文|執筆|" + JA_TEXT_WORD + r")\s*[：:／/]")
#: the print issue a magazine's web article names after the magazine: "週刊文春 2026年3月19日号", "2026年4月号"
_PRINT_ISSUE = re.compile(r"\s*\d{4}年\s*\d{1,2}月(?:\s*\d{1,2}日)?(?:[・･]\d{1,2}日)?(?:合併)?号(?:より|掲載)?$")
#: the same issue after a note mark, closing the text: "※週刊ポスト2026年3月20日号", "※女性セブン2026年3月19・26日号":
#: the magazine is the text's source (its title in the brackets of titles or not: "※『週刊ミライ』2025年10月14日号より")
_ISSUE_LINE = re.compile(r"^※\s*『?(?P<name>[^\s\d※『』]{2,12}?)』?" + _PRINT_ISSUE.pattern)
#: a Chinese label of the source in the date line under the headline: "来源：新华社", "来自 北京日报客户端"
_CJK_SOURCE_LABEL = re.compile(r"(?:来源|來源|来自|來自|稿源)\s*[:：]?\s*(?P<name>[^\s，。|｜:：]{2,20})")
#: the next field's label glued to the source's name where the header line's spans print no space between them
#: ("来源：观察者网作者：NAME" read as "观察者网作者" up to the colon): no part of the name
_GLUED_NEXT_LABEL = re.compile(r"(?:作者|作家|编辑|編輯|责任编辑|責任編輯|责编|記者|记者|撰文|文|编者|编译|字号|评论)$")
#: an agency in brackets after the date and time in the line under the headline, as a wire service's portal prints
#: where each story came from: "2026年03月11日 18時30分 (共同通信)"
_DATE_AGENCY = re.compile(r"[(（](?P<name>[^()（）]{2,20})[)）]")
#: the longest date and time read before such an agency ("Wednesday, March 11, 2026, 2:35 PM EDT")
_DATE_ALONE_MAX = 40
#: a label or separator before the source's name: "Source: ", "Źródło:", "| "
_LEADING_LABEL = re.compile(r"^(?:[^\w\s]+\s*|\w{2,10}\s?[:：]\s*)")
#: the wrappers holding the headline alone climbed before its date line is looked for (its box; or its cell and
#: the cell's row)
_HEADLINE_WRAPPERS = 2
#: the elements after the headline that may be its date line, the most elements each may hold (a box of
#: more is the article itself) and the most text
_HEADER_LINES = 3
_HEADER_LINE_ELEMENTS = 24
_HEADER_LINE_MAX = 200
_NON_WORD = re.compile(r"\W")
#: the city in brackets after a source's name: "El País (Madrid)", "Le Monde (Paris)"
_PLACE_IN_BRACKETS = re.compile(r"\s+\((?:[A-Z][\w'’.-]*\s?){1,3}\)$")
#: a Chinese paper's web edition before the paper, joined by a dash: "人民网－人民日报", "光明网－光明日报" (the paper is
#: the source)
_WEB_EDITION = re.compile(r"^[\u4e00-\u9fff]{1,8}网\s*[－—–-]\s*(?=[\u4e00-\u9fff]{2,10}$)")


def _only_date(text: str) -> bool:
    """Whether ``text`` is a date and time alone ("2026年03月11日 18時30分", "11.03.2026 - 14:35 Uhr"), not a caption's
    sentence giving a day ("An MSC cargo ship leaves PortMiami, on Aug. 31, 2019.")."""
    text = text.strip()
    return 0 < len(text) <= _DATE_ALONE_MAX and not text.endswith((".", "。")) and parse_printed_date(text) is not None


def _header_source(page: Page) -> list[dict]:
    """The outlet a portal names as the story's source in the line under the headline: an element named
    "source" holding a short name, or a Chinese label ("来源：", "来自") before it. Portals (Sina, NetEase,
    ifeng) print where they took the story from there, not in the text."""
    heading = find_headline(page).element
    if heading is None:
        return []
    node = heading
    for level in range(_HEADLINE_WRAPPERS):
        if (parent := node.getparent()) is None or not _title_box(parent) or level and node.tag not in ("td", "th"):
            break
        # "<div class='head-line'><h1>…</h1></div><div>…来源：新华社</div>"; a table-laid page's
        # "<tr><td><h1>…</h1></td></tr><tr><td>来源：河南日报 …</td></tr>"; the headline's box holding its kicker and
        # subtitle too: "<div><h3>KICKER</h3><h1>…</h1><h2>——SUBTITLE</h2></div><div>来源：PAPER | 作者：NAME</div>"
        node = parent
    lines = []
    following = node.getnext()
    while following is not None and len(lines) < _HEADER_LINES:
        if isinstance(following.tag, str):
            lines.append(following)
        following = following.getnext()
    for line in lines:
        if next(islice(line.iter(), _HEADER_LINE_ELEMENTS, None), None) is not None:
            break  # a box of many elements (the article itself) is no date line, nor are the lines after the text
        text = normalize_space(line.text_content())
        if len(text) > _HEADER_LINE_MAX:
            break  # the text itself: the lines after it (a platform's disclaimer "本内容来自…") are not the header's
        if not text:
            continue
        name = None
        for el in line.iter():
            if isinstance(el.tag, str) and el is not line and (_SOURCE_NAME.search(el.get("class") or "") or _SOURCE_PART.search(
                    el.get("class") or "") and _LABELLED.match(el.text_content())):
                name = _PRINT_ISSUE.sub("", _LEADING_LABEL.sub("", normalize_space(el.text_content()))) or None
                if name and (labelled := _CJK_SOURCE_LABEL.match(name)):
                    name = labelled.group("name")  # "<span class='source'>来自 <a>中国新闻网</a></span>": no colon
                if name:
                    break  # (a label of its own named so, "<span class='source-label'>来源：</span><a>…", names none)
        match = _CJK_SOURCE_LABEL.search(text) if name is None else None
        if match:
            name = match.group("name")
            if text[match.end():match.end() + 1] in ":：":
                name = _GLUED_NEXT_LABEL.sub("", name)  # "来源：观察者网作者：NAME": the source, not the label after it
            # (a link's name, the element after it glued on: "来源: <a>云看新闻</a><span class='ip'>浙江</span>")
            name = next((linked for a in line.iter("a") if (linked := normalize_space(a.text_content()))
                         and len(linked) >= 2 and name.startswith(linked)), name)
        if name is None and (match := _DATE_AGENCY.search(text)) and is_agency(match.group("name")) \
                and _only_date(text[:match.start()]):
            name = match.group("name")  # "2026年03月11日 18時30分 (共同通信)": the story's agency after its time
        if name is not None:
            name = _WEB_EDITION.sub("", _PLACE_IN_BRACKETS.sub("", name))
            if name.casefold().startswith(POSTED_FROM):
                return []  # "发布于北京": where the account posted from, no source
            keys = _site_keys(page)
            # the site naming itself is no source, nor with its paper after it: "来源：SITE网-《PAPER》", nor one of
            # its channels ("来源: 易览财经" on 易览's pages; a group's paper on its news site is a source: "江城晚报")
            if 2 <= len(name) <= 20 and not _own_channel(name, page) \
                    and not any(_NON_WORD.sub("", part.casefold()) in keys
                                for part in (name, *_NAME_PARTS.split(name)) if part.strip()):
                return [_entry("source", name, text)]
            return []
    return []


def _title_box(box: HtmlElement) -> bool:
    """Whether ``box`` holds the headline alone, or with its kicker and subtitle: headings only."""
    return len(box) == 1 or all(child.tag == "h1" or child.tag in HEADINGS for child in box)


def _own_channel(name: str, page: Page) -> bool:
    """Whether a Chinese source line's name is one of the site's channels: its name and a portal's channel word
    ("易览财经" on the site 易览: its business channel)."""
    found = _CHANNEL.fullmatch(name)
    return found is not None and _NON_WORD.sub("", found.group(1).casefold()) in _site_keys(page)


#: a portal's name and one of its channels' words: "易览财经", "新浪科技", "网易体育"
_CHANNEL = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:财经|財經|科技|体育|體育|娱乐|娛樂|汽车|汽車|时尚|時尚|房产|房產|教育|"
                      r"健康|游戏|遊戲|数码|數碼|军事|軍事|旅游|旅遊|国际|國際)")


#: what parts a source line's name: "晨光网-《晨光日报》" (the site, then its paper)
_NAME_PARTS = re.compile(r"\s*[-－–—|｜]\s*|[《》]")


def _wire_label_source(page: Page, found: list[dict]) -> list[dict]:
    """A wire's label set over the headline, a known agency's name alone in the element right before it (a paper's
    page of a wire story: "<p class='provider'><span>時事通信</span></p><h1>…</h1>"): the story's source, as the
    agency in brackets after the time under the headline is; not the site's own name, nor again when the text
    names the agency as source already ("【ワシントン共同】" under "共同通信")."""
    heading = find_headline(page).element
    previous = heading.getprevious() if heading is not None else None
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None or len(previous) > 2:
        return []
    text = normalize_space(previous.text_content())
    if not 2 <= len(text) <= 20 or not is_agency(text) or _NON_WORD.sub("", text.casefold()) in _site_keys(page):
        return []
    key = same_agency_key(text)
    if any(e["role"] == "source" and same_agency_key(e["name"]) == key for e in found):
        return []
    return [_entry("source", text, text)]


def _site_keys(page: Page) -> frozenset[str]:
    """The site's names and its host's name, as letters only ("ouestfrance"); an outlet's name declared as the
    page's author (a Chinese outlet's ``<meta name="author">``) is one of them. (Computed once a page: every cited
    name is compared with them.)"""
    return page.cached("attributions.site_keys", _page_site_keys)


def _page_site_keys(page: Page) -> frozenset[str]:
    data = structured_data(page)
    site = {_NON_WORD.sub("", n.casefold()) for n in page_site_names(page)}
    declared = normalize_space(data.meta_first("author") or "")
    hosts = host_names(page, data, canonical=False)
    site.update(_NON_WORD.sub("", name) for name in hosts)
    # (and the initials of a host of hyphenated words, as the paper calls itself: "nd" of neues-deutschland.example)
    site.update("".join(part[0] for part in parts) for name in hosts
                if len(parts := name.split("-")) >= 2 and all(parts))
    title = page.tree.find("head/title")
    words = normalize_space(title.text_content()) if title is not None else ""
    tail = cjk_title_tail(words) if words else None
    if tail and 2 <= len(tail) <= 20:  # "<title>TITLE - 新京报</title>": the site's own name closes its titles
        site.add(_NON_WORD.sub("", tail.casefold()))
    key = _NON_WORD.sub("", declared.casefold())
    if CJK_OUTLET.fullmatch(declared) and (not declared.endswith(("报", "報")) or any(key in name for name in site)
                                           or all(name.isascii() for name in site)):
        # <meta name="author" content="中国新闻网">, "江州晚报" on 江州晚报网: the site declaring itself (a paper's name on a
        # site naming itself otherwise, "澜江日报" on 澜江新闻网, is the paper the story came from, a source where a line
        # names it: "来源：澜江日报")
        site.add(key)
    if declared and declared in TITLE_PARTS.split(words)[1:]:
        # "<meta name='author' content='云阅时尚'>" and "<title>TITLE_云阅时尚_云阅网</title>": the site's channel
        site.add(_NON_WORD.sub("", declared.casefold()))
    return frozenset(site)



#: the verbs and phrases of a Chinese or Japanese citation: "据路透社报道", "路透社引述分析师指出",
#: "《纽约时报》报道", "ロイター通信によると".
_CJK_CITING_VERBS = ("引述|援引|报道|報導|報道|"
                     # (a broadcaster's programme featuring it: "Xテレビが7月に…を番組で取り上げると", "…を同日夕、テレビXが
                     # ニュースで放送した"; or a paper among others: "X新聞などでも取り上げられ")
                     "(?:など)?が(?:[0-9０-９]{1,2}月に)?[^。、]{0,16}?(?:番組|ニュース)で(?:取り上げ|放送|報じ)|"
                     "など(?:で|に)も?取り上げられ|"
                     # (its news, before the clause's comma: "据新华社消息，会议指出…")
                     "消息(?=[，,])|"
                     "によると|(?:など)?が(?:最初に|先に|いち早く|"
                     # when: "地元紙のX新報が今年1月に報じたところによると"
                     "(?:(?:今年|昨年|去年|先月|今月|先週|今週)(?:[0-9０-９]{1,2}月)?|[0-9０-９]{1,2}月)"
                     "(?:[0-9０-９]{1,2}日|末|上旬|中旬|下旬|初め)?に|"
                     # (or a day and its part: "…が２０日朝に報じていた")
                     "[0-9０-９]{1,2}日(?:朝|昼|夜|夕方|午前|午後)に|"
                     # (or its day alone: "地元紙の北浜日報が13日に報じた")
                     # (or "伝え", conveyed: "地元紙のX新報が伝えたところでは"; and "など", X among others: "共同通信などが先に
                     # 報じていた")
                     "[0-9０-９]{1,2}日に|先月|先週|昨年|去年|今年|今月|今週)?(?:報じ|伝え)|"
                     # its count or survey: "共同通信の集計では", "据《X》统计"
                     "の(?:出口|世論)?(?:集計|調べ|調査)(?:では|によると|によりますと|によれば)|统计|統計|"
                     # its poll: "地元紙の北陵新報が行った世論調査では"
                     # (or its survey, when and of whom between: "共同通信が5月に実施した全国の自治体アンケートでも", "共同
                     # 通信が今春まとめた全国の主な繁華街を抱える自治体への調査では")
                     "が(?:[0-9０-９]{1,2}月に|先月|昨年|今年|(?:今|昨)(?:春|夏|秋|冬))?(?:行った|実施した|まとめた)"
                     "[^。、]{0,30}?(?:調査|アンケート)"
                     "(?:では|でも|によると|によれば)")
_CJK_CITING = re.compile(_CJK_CITING_VERBS)
#: an agency's or a title's analysis, "pointed out": "法新社指出，高物價與能源帳單是選民最關心的議題", "《X》指出" (not any
#: body's: "GJRA指出" names an association as often)
_CJK_POINTED_OUT = re.compile(rf"(?:《(?P<quoted>[^《》]{{2,20}})》|(?<![A-Za-z0-9])(?P<agency>{AGENCY_PATTERN}))\s*指出")
#: an outlet's name in Latin letters inside Chinese or Japanese text, capitalised words ("米Northwind Reportが最初に報じた")
_LATIN_OUTLET = r"[A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,4}"
#: an agency, an outlet's name in 《》, or a name closed by an outlet's word after a clause's start (the text's start
#: too, but not "据" opening it, nor "更多", a teaser list's label "更多X報導"; or in Latin letters, after a country's
#: mark: "米X"), before a verb of reporting, maybe after a word of when: the outlet cited as the source
#: ("据《X》此前报道").
_CJK_CITATION = re.compile(
    # (a Taiwanese agency's copy names the paper in 「」 before its verb: "「紐約時報」引述2名官員報導")
    # (an agency's name no part of a longer word of Latin letters: not "TT" of "NTTによると")
    # (not a body its kind names before the brackets: "競売会社「X」によると", "業界団体「X」によると")
    rf"(?:《(?P<quoted>[^《》]{{2,20}})》|(?<!会社)(?<!協会)(?<!団体)(?<!法人)(?<!財団)(?<!組合)"
    # (or its web edition after it: "「月刊あきつ」のウェブ版が先に報じていた"; not a document someone published: "X社が公表した
    # 「クリエイターエコノミー白書2025」によると", a white paper's, a report's or a survey's title)
    rf"(?<!公表した)(?<!発表した)(?<!まとめた)"
    # (nor a body whose name closes on its kind: "「山梨ワイン醸造者協会」によると", "「X協議会」によると")
    rf"「(?P<bracketed>(?![^「」]*(?:白書|報告書|調査|レポート|リポート|統計))"
    rf"(?![^「」]*(?:協会|団体|組合|連合会|協議会|委員会|財団|機構|研究所|連盟)」)[^「」]{{2,20}})」"
    rf"(?=(?:（電子版）|の(?:ウェブ|WEB|Web|デジタル|電子)版)?"
    rf"(?:によると|が(?:最初に|先に)?報じ|引述|援引))|"
    rf"(?P<name>(?:(?<![A-Za-z0-9])(?<!綜合)(?<!综合)(?:{AGENCY_PATTERN})|"
    # (or after a Japanese clause's topic, "は": "買収の第一報は東邦経済新聞が26日朝に報じ", the name's start)
    rf"(?:^(?![据據]|更多)|(?<=[据據，。；：、（\sは])(?![据據]))(?:{CJK_OUTLET.pattern})"
    rf"|(?<=[据據，。；：、（「\s米英独仏中韓露豪紙誌站體体台])(?-i:{_LATIN_OUTLET})"
    # (or after the word of its kind and "の": "地元放送局のJPBが報じた", "地元紙のXによると")
    rf"|(?<=[紙誌局]の)(?-i:{_LATIN_OUTLET})"
    # (a news agency named by its last character, "社", before its verb: "俄國官方塔斯社引述國防部聲明", "據華聲通訊社報導")
    rf"|(?:(?<=官方)|(?<=[据據，。；：、（\s國国]))(?![据據])(?:[\u4e00-\u9fff]{{2,3}}|[\u4e00-\u9fff]{{2}}(?:通訊|通讯))社"
    r"(?=\s*(?:引述|援引|報導|报道))"
    # (or a broadcaster's or agency's name in katakana after the word saying so: "衛星テレビ局アルジャジーラによると")
    rf"|(?<=局)[\u30a0-\u30ff]{{2,20}}|(?<=通信社)[\u30a0-\u30ff]{{2,20}}"
    # a Japanese paper or magazine named after the word saying so: "英紙ノース・シー・クロニクルが報じた", "地元紙のX新報によると"
    # (the agency's word as printed: "ロイター通信が報じた")
    # (a periodical's word before the katakana: "海事専門紙の日刊マリタイム・ジャーナルによると")
    rf"|(?<=[紙誌])(?:日刊|週刊|月刊)?[\u30a0-\u30ff]{{2,20}}|(?<=[紙誌]の)(?:日刊|週刊|月刊)?[\u30a0-\u30ff]{{2,20}}"
    # ... or a paper's name after it: "地元紙の浅葱日報が9月末に報じていた" (or after a middle dot: "地方紙・X新聞の調べでは")
    rf"|(?<=[紙誌][の・])(?:{CJK_OUTLET.pattern})"
    # (or a Japanese broadcaster's closing on "テレビ" as the subject of "報じ": "地元の日本海テレビが報じたところでは",
    # maybe with a word of when between: "北浜テレビが先月報じた"; before "によると" a maker's name as often)
    # (or a community radio's, "FM" before its name: "FMきたはまが9日に報じた")
    # (after "地元の", the name alone: "地元のかつらぎテレビが4月に報じたところでは", its month before the verb)
    # (or after a word of when and "に": "昨年秋にXテレビが特集番組で報じ")
    r"|(?:^|(?<=[，。；：、（\s])|(?<=の)|(?<=[年月秋春夏冬]に))"
    r"(?:[\u3040-\u306d\u306f-\u30ff\u3400-\u9fff]{1,10}?テレビ|テレビ[\u30a0-\u30ff\u3400-\u9fff]{1,6}?|"
    r"FM[\u3040-\u30ff\u3400-\u9fff]{2,10}?)"
    r"(?=(?:など)?が(?:先月|先週|今月|今週|昨年|去年|(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:朝|昼|夜|夕方|午前|午後)?に|"
    r"[0-9０-９]{1,2}月(?:上旬|中旬|下旬|末)?に)?"
    # (or its programme that featured it: "県北ケーブルテレビが7月に修理の様子を番組で取り上げると", "…が特集番組で報じ")
    r"(?:(?:報じ|伝え)|[^。、]{0,16}?(?:番組|ニュース)で(?:取り上げ|放送|報じ)))"
    # (or a name closing in katakana before the paper's word: "信州タイムス紙によると")
    # (a country's mark before the name none of it: "英ガーディアン紙によると")
    r"|(?:^|(?<=[，。；：、（\s])|(?<=[米英独仏中韓露豪]))(?![米英独仏中韓露豪][\u30a0-\u30ff])"
    r"[\u4e00-\u9fff]{0,6}[\u30a0-\u30ff]{2,20}(?=[紙誌](?:によると|が)))"
    # (or a Chinese agency's "社" before its news or report: "据海岳新闻社消息")
    r"(?:通信社|通信|社(?=\s*(?:消息|报道|報導|引述|援引)))?))"
    # (the paper's word after a name in katakana, or its web edition's: "「X」（電子版）が最初に報じた", "独紙X（電子版）
    # によると")
    r"(?:(?<=[\u30a0-\u30ff])[紙誌]|(?:(?<=」)|(?<=[\u30a0-\u30ff]))(?:（電子版）|の(?:ウェブ|WEB|Web|デジタル|電子)版))?"
    # when, before the adverb: "《X》2019年曾報導", "《X》3月5日报道"
    # (maybe on local time: "据路透社当地时间6月8日报道")
    rf"\s*(?:(?:当地时间|當地時間)?(?:[0-9０-９]{{4}}年(?:[0-9０-９]{{1,2}}月)?(?:[0-9０-９]{{1,2}}日)?|"
    rf"(?:[0-9０-９]{{1,2}}月)?[0-9０-９]{{1,2}}日)|去年|"
    r"前年|当年|當年|"
    r"同年)?"
    # (two of them too: "《X》日前也報導"; "in": "《X》在報導這項研究時也提到")
    # (or the week or month before: "《X》上月报道")
    rf"(?:\s*(?:此前|日前|近日|早前|先前|最早|曾经?|曾經|也|亦|还|還|獨家|独家|赛前|賽前|会前|會前|昨天|昨日|今天|今日|"
    rf"上月|上个月|上個月|上周|上週|上星期|前天|最近|近期|"
    rf"在(?=報導|报道|報道))){{0,2}}"
    # (its piece before the verb: "英國《衛報》去年一篇報導指出")
    rf"\s*(?:一篇|一则|一則|的)?\s*(?:{_CJK_CITING_VERBS})")


#: a Japanese paper's or broadcaster's name: a run of kanji and katakana closing on a paper's word, "放送" or "テレビ"
#: ("日本経済新聞", "北灘放送", "日本海テレビ")
_JA_PAPER = rf"(?:[\u30a0-\u30ff\u3400-\u9fff]{{1,10}}(?:{CJK_OUTLET_WORDS}|テレビ)|{JA_PERIODICAL})"
#: a Japanese paper or magazine named after the word saying so as the sentence's topic, its verb of reporting closing
#: the sentence: "米紙ハドソン・トリビューンは、…と報じている", "英誌Xは…と伝えた", "地元紙の岬山新報は…と報じた", or as
#: its subject: "英紙Xが4月、…と報じていた"; the verbs closing it (reported, conveyed; pointed out, commented, wrote:
#: "豪紙Xは当時、「…」と指摘した"), which a line must hold for it to be tried
_JA_TOPIC_VERBS = ("報じ", "伝え", "指摘し", "論評し", "書い")
_CJK_TOPIC_CITATION = re.compile(rf"(?:(?<=[紙誌])の?(?P<name>[\u30a0-\u30ff]{{2,20}}|{CJK_OUTLET.pattern})|"
                                 # or any name after "紙の" ("建設業界紙の日刊北陵建設は先月、…と報じていた"; not the
                                 # paper's reporter or piece: "地元紙の記者は")
                                 r"(?<=[紙誌]の)(?P<named>(?![^はが]{0,12}?(?:記者|編集部?|取材班|紙面|記事|報道)[はが])"
                                 r"[\u3400-\u9fff\u30a0-\u30ff]{2,12})|"
                                 # or a paper's name alone ("当時の青葉新報は「…」と報じている"), a run of kanji and
                                 # katakana closing on a paper's word, maybe its edition after it ("日本経済新聞朝刊が")
                                 # (or a broadcaster's closing on "放送": "地元の北灘放送は…のニュースで…と報じた")
                                 rf"(?<![\u30a0-\u30ff\u3400-\u9fff])(?P<paper>{_JA_PAPER})(?:朝刊|夕刊|電子版)?|"
                                 # or a magazine named by its kind, opening its name ("昨年秋に週刊ミラージュが「…」を報じていた")
                                 r"(?<![\u30a0-\u30ff\u3400-\u9fff])"
                                 r"(?P<weekly>(?:週刊|月刊)[\u30a0-\u30ff\u3400-\u9fff]{2,12})|"
                                 # or an agency ("イギリスのロイター通信は", "経済通信社ブルームバーグは")
                                 rf"(?<![\u30a0-\u30ff])(?P<agency>(?:{AGENCY_PATTERN})(?:通信社|通信)?)|"
                                 # or a state's agency after its country: "北朝鮮の朝鮮中央通信は7日、…と報じた"
                                 rf"(?<=の)(?P<wire>[\u4e00-\u9fff]{{2,8}}通信)|"
                                 # or a title in brackets after a country's mark: "米「アリュール」も、…と報じています"
                                 r"(?<=[米英独仏中韓露豪])「(?P<marked>[^「」]{2,20})」|"
                                 # or a name in katakana between the country's mark and the paper's word: "英フィナン
                                 # シャル・タイムズ紙は2月、…と報じた"
                                 r"(?<=[米英独仏中韓露豪])(?P<kinded>[\u30a0-\u30ff]{2,20})[紙誌])"
                                 r"(?:（電子版）)?[はがも][、，]?[^。！？]{2,160}?[とを][^。！？、]{0,12}?"
                                 rf"(?:{'|'.join(_JA_TOPIC_VERBS)})")
#: a Japanese paper or magazine, its kind's word before its title in brackets, that featured what the text tells of:
#: "クラブの活動は今春、囲碁専門誌「X」でも「…」として紹介された", "地元紙「X」に取り上げられた" (a body's brochure names no kind of
#: periodical: "市の広報誌" is one, named by the body's word, and reads as none here)
_JA_FEATURED_IN = re.compile(r"(?<!広報誌)(?<!会報誌)(?<!会報紙)(?<=[紙誌])「(?P<name>[^「」]{2,20})」(?:で|に)も?[^。！？]{0,60}?"
                             r"(?:紹介|取り上げ|特集)(?:され|られ)")
#: a Japanese paper or magazine named after the word saying what it is and "の", the subject of a verb of featuring
#: or reporting: "農業専門紙の農業日報も昨年、会の活動を…として紹介しており" (not the paper's reporter or desk: "地元紙の記者が
#: 取り上げた")
_JA_KIND_FEATURED = re.compile("(?:" + "|".join(f"(?<={kind}の)" for kind in (
    "専門紙", "業界紙", "地元紙", "地方紙", "全国紙", "経済紙", "一般紙", "日刊紙", "機関紙", "専門誌", "業界誌", "情報誌",
    "経済誌", "週刊誌", "月刊誌", "雑誌", "英紙", "米紙", "独紙", "仏紙", "英誌", "米誌")) + ")"
                               # (a periodical's kind before "の", not any word closing on 紙: "手紙の存在は…報じて")
                               r"(?!記者|編集|取材|紙面|記事)"
                               r"(?P<name>[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9]{2,12}?)(?:も|が|は)[、，]?"
                               r"[^。！？]{0,60}?(?:紹介し|取り上げ|特集し|報じ)")
#: a Japanese outlet named after what it reported, the subject of the verb closing the sentence: "…企業も増えていると
#: 日本経済新聞が報じています", "…と米紙Xが伝えた", "…とロイター通信が報じた" (a paper's or broadcaster's name, an agency's,
#: or a name in katakana after the word saying it is a paper)
_JA_REPORTED_THAT = re.compile(rf"と(?:(?:[米英独仏中韓露豪]|地元)?[紙誌]の?(?P<named>[\u30a0-\u30ff]{{2,20}})|"
                               rf"(?P<paper>{_JA_PAPER})(?:朝刊|夕刊|電子版)?|(?P<agency>(?:{AGENCY_PATTERN})(?:通信社|通信)?))"
                               r"(?:（電子版）)?が(?:報じ|伝え)")
#: a Japanese outlet that reported the story first, the subject of the verb: "事故は、地元の遠州中央テレビが昼のニュース
#: で最初に報じた" (what it reported is the sentence's topic, no "と" clause: the first to report a story is an outlet), or
#: whose report a sentence draws on: "地元のみなとケーブルテレビが昨年9月に報じたところでは、…" (a local station's name may
#: open in hiragana, after "の": "みなとケーブルテレビ"; not a demonstrative, "そのニュース")
_JA_FIRST_REPORTED = re.compile(r"(?<![\u30a0-\u30ff\u3400-\u9fff])"
                                r"(?P<paper>(?:(?<=の)(?!その|この|あの|どの|ある)[\u3040-\u309f]{2,4}(?=[\u30a0-\u30ff]))?"
                                # (or a periodical named by its kind, its name maybe in hiragana: "水産専門紙の週刊みなと水産が
                                # 報じたところでは")
                                # (or an agency's, closing on "通信": "東亜通信が13日に報じたところでは")
                                rf"{_JA_PAPER}|(?:週刊|月刊|旬刊)(?![誌紙])[\u3040-\u30ff\u3400-\u9fff]{{2,10}}?"
                                r"|[\u4e00-\u9fff]{2,6}通信(?:社)?)"
                                r"(?:朝刊|夕刊|電子版)?(?:（電子版）)?が"
                                r"(?:[^。！？「」]{0,24}?(?:最初に|初めて|いち早く|真っ先に)(?:報じ|伝え|報道し)"
                                r"|[^。！？「」、]{0,16}?(?:報じ|伝え)たところ(?:では|によると|によれば))")
#: a Japanese cleft sentence naming the outlet that reported it (first): "この異変を最初に報じたのは、米紙Xだった",
#: "…と伝えたのは地元紙のX新報だ" (a name in katakana after the word saying it is a paper or magazine, or a paper's
#: name); "報じたのは田中記者だった" names a reporter, no outlet
_CJK_CLEFT_CITATION = re.compile(rf"(?:報じ|伝え|報道し|スクープし)たのは[、，\s]*"
                                 rf"(?:(?:[米英独仏中韓露豪]|地元)?[紙誌]の?(?P<name>[\u30a0-\u30ff]{{2,20}}|"
                                 rf"{CJK_OUTLET.pattern})|(?P<paper>{CJK_OUTLET.pattern}))(?:だった|だ|である|でした|です)")
#: a Japanese paper's name as where a story was carried: "10月20日付の南湊日報でも紹介されました", "X新聞に掲載された",
#: "X日報で報じられた" (a run of kanji and katakana closing on a paper's word, its edition maybe after it)
_CJK_CARRIED_IN = re.compile(rf"(?<![\u30a0-\u30ff\u3400-\u9fff])(?P<name>[\u30a0-\u30ff\u3400-\u9fff]{{1,10}}"
                             rf"{CJK_OUTLET_WORDS})(?:の(?:紙面|記事|朝刊|夕刊|電子版))?(?:で|に)も?"
                             r"(?:紹介|報じ|取り上げ|掲載|報道)")
#: a Japanese outlet in katakana after the word saying what it is, before "according to" in its written form:
#: "英誌エコノミストによれば" (the form a company's name takes too, "NTTによれば", needs the word)
_JA_KIND_ACCORDING = re.compile(r"(?:[紙誌]|テレビ局|放送局|ラジオ局|通信社)(?P<name>[\u30a0-\u30ff]{2,20})によれば"
                                # ... or any name after "紙の" in any form of it ("米穀業界紙の週刊米穀ジャーナルによると";
                                # not the paper's reporter or its piece: "地元紙の記者によると")
                                r"|(?<=[紙誌]の)(?P<named>(?![^にはが]{0,12}?(?:記者|編集部?|取材班?|紙面|記事|報道|調べ|調査)に)"
                                # (Latin letters in the name too: "流通専門紙の日経MJによると")
                                r"[\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9]{2,12})(?:によると|によれば|によりますと)")
#: a Japanese outlet in 「」 right after the word saying what it is, the sentence's subject or its report's maker:
#: "経済誌「X」が…実施した調査によれば", "地元のケーブルテレビ局「X」が番組で紹介した", "地元紙「X」の報道では", "文芸誌「X」の
#: インタビューに応じ", "音楽誌『X』のインタビューで", "地元のFM局「X」の番組に出演した際には"
_CJK_NAMED_MEDIUM = re.compile(r"(?:[紙誌]|テレビ局?|ラジオ局?|放送局|(?:FM|ＦＭ)局|通信社|新聞社?|メディア|"
                               # (a community station named by its kind: "地元のコミュニティーＦＭ「X」が…番組で最初に伝えた")
                               r"(?:コミュニティー?|地域)(?:FM|ＦＭ)局?)"
                               # (maybe after "の": "業界誌の「X」も1月号で…を特集しています"; a body's own brochure, "広報誌の
                               # 「X」", is no outlet)
                               r"(?:(?<!広報誌)(?<!会報誌)(?<!会報紙)の)?[「『]"
                               r"(?P<name>[^「」『』]{2,20})[」』]"
                               # (the subject's particle, "also" too: "ウェブメディア「X」も…取り上げていた")
                               r"(?=が|は|も|によると|によれば|の(?:読者|独自|最新)?(?:調査|調べ|報道|取材|集計|番組|記事|インタビュー|"
                               # (or its issue: "文芸誌「X」の24年2月号に寄せたエッセーでは")
                               r"特集)|の?(?:\d{2,4}年)?\d{1,2}月号)"
                               # ... or a Chinese medium's noun before an outlet in 《》: "科技媒體《Gadget Insider》在評測中…"
                               r"|(?:媒體|媒体|外媒|雜誌|杂志|週刊|周刊|月刊|網站|网站)《(?P<quoted>[^《》]{2,30})》"
                               # ... or after it: "英國《經濟學人》雜誌先前也曾將…形容為"
                               r"|《(?P<named>[^《》]{2,30})》(?=雜誌|杂志|週刊|周刊|月刊)"
                               # ... or a periodical's title in 『』 or 「」, its kind in the title, before its piece:
                               # "『月刊X』のインタビューで", "「X新聞」の取材に"
                               r"|[『「](?P<titled>(?:月刊|週刊|季刊|隔週刊)[^『』「」]{1,18}|[^『』「」]{1,18}"
                               r"(?:新聞|日報|新報|タイムズ|ジャーナル|マガジン))[』」]"
                               r"(?=の(?:インタビュー|取材|記事|報道|調査|特集)|が報じ|は報じ|によると)")
#: an outlet in 《》 after "according to", whatever the verb after it: "據《X》早前綜合多名分析員的預測"
#: (after any word but those 据 closes: "数据", "证据", "票据", "占据", "收据", "单据", "凭据", "论据"; "根據《X》的分析",
#: "不过据《X》早前的报道")
#: (not a law's or a plan's title, which "根據" cites as much: "根據《城市規劃條例》展示", "依据《X规划纲要》")
#: "according to" and, maybe, whose and what kind of medium before the title: "据澜江理工大学学生刊物《X》今年2月报道"
_ACCORDING_LEAD = (r"(?<![数數证證票占佔收单單凭憑论論])[据據]\s*"
                   r"(?:[\u4e00-\u9fff]{0,16}?(?:刊物|杂志|雜誌|报纸|報紙|周刊|週刊|媒体|媒體|网站|網站|校报|校報))?\s*")
_CJK_ACCORDING = re.compile(_ACCORDING_LEAD + r"《(?P<name>[^《》]{2,20}"
                            r"(?<!條例)(?<!条例)(?<!法)(?<!規例)(?<!规例)(?<!辦法)(?<!办法)(?<!規定)(?<!规定)(?<!計劃)(?<!计划)"
                            r"(?<!規劃)(?<!规划)(?<!綱要)(?<!纲要)(?<!大綱)(?<!大纲)(?<!方案)(?<!條約)(?<!条约)(?<!憲章)(?<!宪章)"
                            # (nor a rule's marked as on trial, a draft or provisional: "根据《X管理办法（试行）》")
                            r"(?<!（试行）)(?<!（試行）)(?<!（草案）)(?<!（暂行）)(?<!（暫行）))》"
                            # ... or its published report saying so: "英國《X》日前公布的全球房價報告也指出"
                            r"|《(?P<reporting>[^《》]{2,20})》\s*(?:日前|近日|此前|早前|先前|最近|今年|去年)?\s*"
                            r"(?:公布|發布|发布|發表|发表|刊出|刊登)的[^，。；《》]{0,20}?(?:報告|报告|調查|调查|報導|报道|文章|分析)"
                            r"\s*(?:也|亦)?\s*(?:指出|顯示|显示|稱|称|提到|認為|认为)"
                            # ... or the title in corner brackets, as Taiwanese papers print one, before the verb of
                            # reporting (not a quote's words): "據地方媒體「港都新報」先前報導"
                            r"|" + _ACCORDING_LEAD
                            + r"「(?P<cornered>[^「」，。]{2,20})」\s*(?:日前|近日|此前|早前|先前|最近)?\s*(?:報導|报道|報道)")

#: an outlet in Latin letters a Japanese text names after its kind and "の", before its piece or as the subject:
#: "海外ゲームメディアのGamesBeaconのインタビューで", "IT系ニュースサイトのTechPulseが報じた", "米紙のX Heraldによると"
_JA_MEDIUM_THEN_NAME = re.compile(r"(?:メディア|ニュースサイト|情報サイト|専門サイト|専門誌|[紙誌])の"
                                  r"(?P<name>[A-Z][A-Za-z0-9.&'’-]*(?: [A-Z][A-Za-z0-9.&'’-]*){0,3})"
                                  r"(?=の(?:インタビュー|取材|記事|報道|調査|特集|レビュー)|は|が|によると|によれば)")
#: an agency a French text's speaker told or informed, whatever the verb and its object before it: "Sa famille a annoncé
#: sa disparition à l’Agence France-Presse", "a-t-on appris auprès de l’AFP" (an agency is named so by nobody else);
#: without the article, closing a clause whose verb says something was told: "a indiqué NAME, …, à Keystone-ATS."
#: (not "Il se rend à Bloomberg pour …", the company)
_FR_TO_AGENCY = re.compile(rf"(?:\bà|\bauprès\s+de)\s+(?:l['’](?P<name>{AGENCY_PATTERN})(?![\w-])|"
                           rf"(?<=\bà\s)(?P<bare>{AGENCY_PATTERN})(?=\s*[,.;)]|$))")
_FR_TOLD = re.compile(rf"\b(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on))?\s+(?:{_FR_TELLING}|annoncé|dit|raconté|"
                      r"souligné|répondu)\b")
#: an outlet a Chinese text's speaker spoke to ("接受《体坛周报》采访时表示", "在接受中央广播电视总台采访时说", "接受香港電台訪問時表示"):
#: the name in 《》 (maybe after its country: "接受美國《X》專訪"), or a name closed by a broadcaster's or paper's word,
#: before the word of the interview (maybe its reporter's, "接受《X》记者采访", or the programme's, "接受X電台節目《Y》訪問")
_CJK_INTERVIEWED_BY = re.compile(rf"接受\s*(?:(?:[\u4e00-\u9fff]{{1,2}}[国國])?《(?P<quoted>[^《》]{{2,20}})》|"
                                 # (an agency named bare: "接受新华社记者采访", "接受中央社專訪")
                                 rf"(?P<agency>{AGENCY_PATTERN})(?=(?:记者|記者)?(?:采访|採訪|訪問|访问|專訪|专访))|"
                                 r"(?P<name>[\u4e00-\u9fff]{2,12}?(?:电台|電台|电视台|電視台|"
                                 r"总台|總台|日报|日報|周刊|週刊|晚报|晚報|时报|時報|新闻|新聞)))\s*(?:的)?"
                                 r"(?:(?:节目|節目)《[^《》]{1,20}》)?(?:记者|記者)?(?:采访|採訪|訪問|访问|專訪|专访)"
                                 # ... or the outlet told: "向《X》表示"
                                 r"|向\s*《(?P<told>[^《》]{2,20})》\s*(?:表示|透露|指出|坦言|證實|证实|說|说)")
#: an agency or outlet cited in a broadcaster's Japanese ("共同通信によりますと", "NHKの取材によれば", "X新聞の報道によると"):
#: the polite and written forms of "according to", after an agency's or outlet's name only (a company's is no outlet:
#: "NTTによれば"); or the outlet someone spoke to: "市長は共同通信の取材に「…」と語った", "X新聞の取材に対し"
_JA_ACCORDING = re.compile(rf"(?<![A-Za-z\u30a0-\u30fa\u30fc-\u30ff\u3400-\u9fff])"  # (after "・" too)
                           rf"(?P<name>(?:{AGENCY_PATTERN})(?:通信社|通信)?|{CJK_OUTLET.pattern}"
                           # (or a broadcaster's acronym someone spoke to: "NHKの取材に対し"; its report, "NTTによると",
                           # names a company as often)
                           r"|(?<![A-Za-z]\s)[A-Z]{2,5}(?=の(?:取材|インタビュー)に)"
                           # (or a news agency's name closing on "通信" someone spoke to: "東邦通信の取材に対し"; not a
                           # carrier's, "X情報通信", "X電気通信")
                           r"|[\u30a0-\u30ff\u4e00-\u9fff]{2,6}?通信(?:社)?(?<!情報通信)(?<!電気通信)(?<!データ通信)(?<!移動通信)"
                           r"(?=の(?:取材|インタビュー)に)"
                           # (or any name after the word saying it is a broadcaster: "地元テレビ局の北浜テレビの取材に",
                           # "ケーブルテレビ局・なぐもCATVの報道によると", a cable station's name in kana and Latin letters)
                           r"|(?:(?<=テレビ局の)|(?<=ラジオ局の)|(?<=放送局の)|(?<=テレビ局・)|(?<=ラジオ局・)|(?<=放送局・))"
                           r"[\u3040-\u30ff\u3400-\u9fffA-Za-z]{2,12}?"
                           # (or a magazine named by its kind, opening its name: "週刊東洋経済の調査では")
                           r"|(?:週刊|月刊)[\u30a0-\u30ff\u3400-\u9fff]{2,12}?"
                           # (or a broadcaster's name closing on "テレビ" before its reporting: "紀州テレビの報道によると";
                           # before "によると" alone, or "の取材に", any company's name as often)
                           r"|[\u30a0-\u30ff\u3400-\u9fff]{1,10}?テレビ(?=の報道))"
                           # (its tally or its findings in the plain form too: "共同通信のまとめによると")
                           r"(?:(?:の(?:取材|調べ|報道))?(?:によりますと|によれば)|の(?:報道|まとめ|集計|調べ)によると"
                           r"|の(?:独自)?(?:調査|集計)で[はも]"
                           r"|(?P<spoken>の(?:取材|インタビュー)に(?:対し|応じ|答え)?))")
#: the sentence's subject and its particle before the outlet, read with it as one run of script: "真柴由紀さんは" of
#: "真柴由紀さんは東都新聞の取材に対し"
_JA_SUBJECT = re.compile(r"^[\u3040-\u30ff\u4e00-\u9fff]*[はが](?=[\u30a0-\u30ff\u4e00-\u9fff])")
#: the word saying what the cited name is, before it: "地元紙の" (the local paper's), "業界誌の" (no part of the name)
_PAPER_OF = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}の)?[\u3040-\u30ff\u4e00-\u9fff]{0,4}[紙誌][の・]")
#: the Chinese "according to" read with the name after it as one run of script: "另据" of "另据潇湘晨讯此前报道"
_ACCORDING_WORD = re.compile(r"^(?:另|又|而|并|並)?[据據](?=[\u4e00-\u9fff]{2})")
#: a country named before an outlet in Japanese: "韓国の", "米国の", "中国の"
_COUNTRY_OF = re.compile(r"^[\u4e00-\u9fff]{1,3}国[の・]")
#: when, before a Japanese outlet's name, read with it as one run of script: "昨年秋に" (last autumn), "2025年3月に",
#: "先週にも"
_WHEN_BEFORE = re.compile(r"^(?:[\u4e00-\u9fff0-9０-９]{0,6}(?:年|月|春|夏|秋|冬|旬|週)|先日|以前|過去)にも?"
                          r"(?=[\u30a0-\u30ff\u4e00-\u9fff])")
#: the words placing an outlet or saying what it is before its name in Japanese, no part of it: "地元の" (local),
#: "現地の", "県内の", "地元テレビ局の" (the local TV station's), "民放の" (the commercial broadcaster's), "隣県の" (the
#: neighbouring prefecture's), maybe after when: "先月にも隣県の"
_LOCAL_OF = re.compile(r"^(?:(?:先月|先週|昨年|去年|今年|今月|以前|過去)に?も)?"
                       r"(?:(?:地元|現地|県内|地域|隣県|隣市|隣町|他県)(?:テレビ局|ラジオ局|放送局)?|テレビ局|ラジオ局|放送局|"
                       r"(?:地元|在京|在阪)?民放)の"
                       r"(?=[\u30a0-\u30ff\u4e00-\u9fff])")


def _italic_names(blocks: list[HtmlElement]) -> frozenset[str]:
    """The short texts the paragraphs set in italics (``<em>``, ``<i>``, ``<cite>``), as style guides set a
    publication's title: "In an interview with <em>Wired</em>"."""
    return frozenset(name for block in blocks for el in block.iter("em", "i", "cite")
                     if 2 <= len(name := normalize_space(el.text_content())) <= _ITALIC_TITLE_MAX)


#: the longest title read from italics
_ITALIC_TITLE_MAX = 60


def _italic_title(name: str, after: str, italics: frozenset[str]) -> str:
    """The whole title a cited name opens where the page sets it in italics and its words go on in lower case after
    the match ("<em>Le Courrier de la fac</em>": "Le Courrier" read, "de la fac" printed after it)."""
    for title in italics:
        if len(title) > len(name) and title.startswith(name + " ") and after.startswith(title[len(name):]):
            return title
    return name


def _text_citations(read: list[tuple[str, list[tuple[HtmlElement, int, int]]]], page: Page,
                    blocks: list[HtmlElement] = ()) -> list[dict]:
    """``_cited_in_words`` of the paragraphs, names in German printers' turned guillemets read as in French ones ("im
    Fachblatt »JAMA Neurology«" as "«JAMA Neurology»", each one character for one: a match's place is the same), each
    entry's sentence as printed."""
    turned = [(_TURNED_GUILLEMETS.sub(r"«\1»", text) if "»" in text else text, links) for text, links in read]
    out = _cited_in_words(turned, page, blocks)
    changed = [(new, old) for (new, _), (old, _) in zip(turned, read) if new != old]
    for entry in out if changed else ():
        for new, old in changed:
            if (at := new.find(entry["text"])) >= 0:
                entry["text"] = old[at:at + len(entry["text"])]
                break
    return out


#: a name in turned guillemets, as German printers set quotes ("»Deutsches Ärzteblatt«"), the marks next to it
_TURNED_GUILLEMETS = re.compile(r"»(?=\S)([^«»\n]{1,80}?)(?<=\S)«")


def _cited_in_words(read: list[tuple[str, list[tuple[HtmlElement, int, int]]]], page: Page,
                    blocks: list[HtmlElement] = ()) -> list[dict]:
    """Outlets cited in words, without a link: "Politico first reported", "as Reuters reported",
    "wie die „Rheinische Post“ berichtet", "selon Le Monde", "según El País". Only names that
    read as an outlet count (:func:`_reads_as_outlet`), so "The mayor first reported the leak"
    or "as Jane Smith reported" cite nothing; an outlet someone spoke to may be named in quotes or in italics (the
    paragraphs' italics, ``blocks``, read only when a name someone spoke to needs them)."""
    whole = ""
    italics: frozenset[str] | None = None
    out = []
    for text, links in read:
        if not text.isascii() and _CJK_CITING.search(text):  # (its every match holds a CJK word)
            # (the sentence's topic before a name opening the paragraph is none of it: "市長は東都新聞が報じた内容を…")
            out += [_entry("source", _ACCORDING_WORD.sub("", _COUNTRY_OF.sub("", _PAPER_OF.sub("", _JA_SUBJECT.sub(
                "", m.group("name") or m.group("quoted") or m.group("bracketed"))))),
                           _cjk_sentence(text, m.start(), m.end())) for m in _CJK_CITATION.finditer(text)]
        if ("紹介" in text or "取り上げ" in text) and "」" in text:
            out += [_entry("source", m.group("name"), _cjk_sentence(text, m.start(), m.end()))
                    for m in _JA_FEATURED_IN.finditer(text)]
        if "紙の" in text or "誌の" in text:
            out += [_entry("source", m.group("name"), _cjk_sentence(text, m.start(), m.end()))
                    for m in _JA_KIND_FEATURED.finditer(text)]
        if any(verb in text for verb in _JA_TOPIC_VERBS):
            out += [_entry("source", m.group("name") or m.group("named") or m.group("paper") or m.group("agency")
                           or m.group("wire") or m.group("weekly") or m.group("marked") or m.group("kinded"),
                           _cjk_sentence(text, m.start(), m.end()))
                    for m in _CJK_TOPIC_CITATION.finditer(text)]
            out += [_entry("source", name, _cjk_sentence(text, m.start(), m.end()))
                    for m in _JA_REPORTED_THAT.finditer(text)
                    if not _names_own_site(name := m.group("named") or m.group("paper") or m.group("agency"), page)]
            # (the paper's kind before a middle dot is no part of its name: "地元紙・X日報が報じたところによると")
            out += [_entry("source", _PAPER_OF.sub("", m.group("paper")), _cjk_sentence(text, m.start(), m.end()))
                    for m in _JA_FIRST_REPORTED.finditer(text) if not _names_own_site(m.group("paper"), page)]
        if "紹介" in text or "報じ" in text or "掲載" in text or "取り上げ" in text or "報道" in text:
            out += [_entry("source", m.group("name"), _cjk_sentence(text, m.start(), m.end()))
                    for m in _CJK_CARRIED_IN.finditer(text)
                    if not _names_own_site(m.group("name"), page)]  # ("※X新聞に掲載の記事の無断転載を禁じます" on X's site)
        if "たのは" in text:
            out += [_entry("source", m.group("name") or m.group("paper"), _cjk_sentence(text, m.start(), m.end()))
                    for m in _CJK_CLEFT_CITATION.finditer(text)]
        if "《" in text or "「" in text:
            out += [_entry("source", m.group("name") or m.group("reporting") or m.group("cornered"),
                           _cjk_sentence(text, m.start(), m.end()))
                    for m in _CJK_ACCORDING.finditer(text)]
        if "指出" in text:
            out += [_entry("source", m.group("quoted") or m.group("agency"), _cjk_sentence(text, m.start(), m.end()))
                    for m in _CJK_POINTED_OUT.finditer(text)]
        if "接受" in text or "向" in text:
            out += [_entry(_SPOKEN_TO, name, _cjk_sentence(text, m.start(), m.end()))
                    for m in _CJK_INTERVIEWED_BY.finditer(text)
                    if not _names_own_site(name := m.group("quoted") or m.group("name") or m.group("told")
                                           or m.group("agency"), page)]
        if "à " in text or "auprès" in text:
            out += [_entry(_SPOKEN_TO, m.group("name") or m.group("bare"), sentence)
                    for m in _FR_TO_AGENCY.finditer(text) for sentence in (_sentence(text, m.start(), m.end()),)
                    if m.group("name") or _FR_TOLD.search(sentence)]
        if "によれば" in text or "によると" in text or "によりますと" in text:
            # (after a word saying it is a paper or broadcaster: "英誌エコノミストによれば")
            out += [_entry("source", m.group("name") or m.group("named"), _cjk_sentence(text, m.start(), m.end()))
                    for m in _JA_KIND_ACCORDING.finditer(text)]
        if "メディアの" in text or "サイトの" in text or "紙の" in text or "誌の" in text:
            out += [_entry("source", m.group("name"), _cjk_sentence(text, m.start(), m.end()))
                    for m in _JA_MEDIUM_THEN_NAME.finditer(text) if not _names_own_site(m.group("name"), page)]
        if "によりますと" in text or "によれば" in text or "によると" in text or "の取材に" in text \
                or "のインタビューに" in text or "査で" in text or "計で" in text:
            # (the outlet's country before it is no part of its name: "韓国の聯合ニュースによりますと")
            out += [_entry(_SPOKEN_TO if m.group("spoken") else "source", name, _cjk_sentence(text, m.start(), m.end()))
                    for m in _JA_ACCORDING.finditer(text)
                    # (not the site's own: "NHBのインタビューに応じ" on NHB's pages)
                    # (nor the paper's kind before a middle dot: "地元紙・X新聞の報道によれば")
                    if not _names_own_site(name := _PAPER_OF.sub("", _COUNTRY_OF.sub("", _JA_SUBJECT.sub(
                        "", m.group("name")))), page)]
        if "」" in text or "》" in text or "』" in text:
            out += [_entry("source", name, _cjk_sentence(text, m.start(), m.end()))
                    for m in _CJK_NAMED_MEDIUM.finditer(text)
                    # (not the site's own magazine: "发于…总第1149期《时代新闻周刊》杂志" on its own site)
                    if not _names_own_site(name := m.group("name") or m.group("quoted") or m.group("titled")
                                           or m.group("named"), page)]
        out += [_entry("source", name, (_cjk_sentence if cjk else _sentence)(text, start, end))
                for name, start, end, cjk in journal_citations(text) if not _names_own_site(name, page)]
        lower = text.lower()
        if any(noun in lower for noun in _MEDIUM_NOUNS):  # (most paragraphs name no kind of outlet)
            named = [(m, m.group("name")) for m in _NAMED_EN_MEDIUM.finditer(text)]
            named += [(m, m.group("name").strip("„“”\"«»")) for m in _GERMAN_PIECE_OF_MEDIUM.finditer(text)]
            named += [(m, m.group("name")) for m in _EN_NAME_THEN_MEDIUM.finditer(text)
                      if not _TITLE_OPENING.match(m.group("name")) and not _names_own_site(m.group("name"), page)]
            if "«" in text or "„" in text or "“" in text or '"' in text:
                named += [(m, normalize_space(m.group("name"))) for m in _QUOTED_MEDIUM.finditer(text)]
            out += [_entry("source", name, _sentence(text, m.start(), m.end())) for m, name in named
                    if not any(a < m.end("name") and m.start("name") < b for _, a, b in links)]
        out += [_entry("source", name, _sentence(text, start, end)) for name, start, end in _named_outlets(text, lower)
                if not any(a < end and start < b for _, a, b in links) and not _names_own_site(name, page)]
        patterns = _CITING_PATTERNS if _CITING_WORD.search(text) else ()
        if any(stem in lower for stem in _TOLD_STEMS):
            patterns += (_TOLD_OUTLET,)
        if not patterns:
            continue
        whole = whole or " ".join(text for text, _ in read)
        spans = [(start, end) for _, start, end in links]
        for pattern in patterns:
            for match in pattern.finditer(text):
                group = "ftitle" if match.groupdict().get("ftitle") else "name"  # (``_CITED_NAME_CLOSING``)
                start, end = match.span(group)
                if any(a < end and start < b for a, b in spans):
                    continue  # a linked citation: read with its link
                name = normalize_space(match.group(group))
                quoted = match.group("quoted") is not None
                if quoted:
                    name = normalize_space(match.group("quoted"))
                person = _PERSON_OF.match(name)
                if person and not OUTLET_WORD.search(person.group("person")):
                    name = person.group("outlet")  # "Wee of the Times reports": the reporter's outlet
                before = text[:start].rstrip()  # (the name's group, ``group``: "ftitle" maybe)
                mid = bool(before) and before[-1] not in ".!?\"”»"  # inside a sentence, not opening it
                named = match.groupdict()
                if pattern is _TOLD_OUTLET:
                    name = _TOLD_NAME_TAIL.sub("", name)
                    if "à" in match.group("lead") or "au" in match.group("lead"):
                        name = _inverted_speaker(name)
                    elif " the " in name and OUTLET_WORD.search(head := name.split(" the ", 1)[0]):
                        name = head  # "told Times Radio the Government was …": what was said opens after the outlet
                    # (a medium's noun in lower case after the name says it is an outlet: "told SEN radio")
                    acronym = (_ACRONYM.fullmatch(name) if not match.group("art") and name[:4] != "the "
                               else _BROADCASTING_CORPORATION.fullmatch(name)) is not None \
                        and _CLAUSE_AFTER.match(text, end) is not None
                    if named.get("air") and (quoted or not acronym):
                        continue  # "Sur «Rhône», le titre phare, …": a song's name, no broadcaster's air
                    medium = bool(named.get("medium_en") or named.get("micro") or named.get("broadcast")
                                  or named.get("granted")) or _MEDIUM_AFTER.match(text, end) is not None or acronym \
                        or bool(named.get("asked")) and _TITLE_ARTICLE.match(name) is not None  # "par Le Parisien"
                    if not (quoted or medium) and italics is None:
                        italics = _italic_names(blocks)
                    if _interviewer(name, quoted or medium or name in (italics or ()), page):
                        out.append(_entry(_SPOKEN_TO, name, _sentence(text, start, end)))
                    continue
                if named.get("before_verb") and not named.get("piece") and OUTLET_WORD.search(name) is None \
                        and not (match.group("lead") == "Laut " and match.group("name").startswith("„")):
                    # "laut «Vier Pfoten» die Pelzproduktion …", "Nach Angaben der „Task Force“ ist …": a name in
                    # quotes before the verb, no piece (but a title in German quotes opening the sentence before its
                    # verb, "Laut „Auto Bild“ peilt der Hersteller …", is a publication's)
                    continue
                # (a noun saying the name is an outlet's, "der Sender X", "the daily X", "the X newsletter": it is)
                if named.get("medium") or named.get("kind") or named.get("medium_en") \
                        or _MEDIUM_AFTER.match(text, end) is not None \
                        or pattern is _PASSIVE_REPORTED_BY and _THE_TITLE.match(name) \
                        and not _INSTITUTION.search(name) \
                        or pattern is _REPORTED_BY_NAME and _THE_TITLE.match(name) and not _INSTITUTION.search(name) \
                        and not _ORG_WORD.search(name) \
                        and _FIRST_BEFORE_VERB.match(text, match.end("name")) is not None \
                        or _reads_as_outlet(name, quoted, mid and not match.group("art"), pattern in _REPORTING_PATTERNS,
                                            whole):
                    if not _names_own_site(name, page):  # ("des documents obtenus par Mediapart" on Mediapart)
                        if italics is None:
                            italics = _italic_names(blocks)
                        out.append(_entry("source", _italic_title(name, text[end:], italics), _sentence(text, start,
                                                                                                     end)))
    for entry in out:  # (a Japanese name read with the word placing it before it: "地元の北浜放送によると")
        entry["name"] = _LOCAL_OF.sub("", _WHEN_BEFORE.sub("", entry["name"]))  # (or when: "昨年秋に東海経済新聞が報じた")
    if any("法人" in text or "会社" in text for text, _ in read):
        bodies = {m.group("name") for text, _ in read for m in _JA_BODY_NAMED.finditer(text)}
        out = [entry for entry in out if entry["name"] not in bodies]
    return out


#: a Japanese body named in 「」 after its legal form ("NPO法人「にゃんだふる北浜」", "株式会社「X」"): the text's later
#: "「X」によると" cites that body, no outlet
_JA_BODY_NAMED = re.compile(r"(?:NPO法人|(?:一般|公益)?(?:社団|財団)法人|社会福祉法人|学校法人|株式会社|有限会社|合同会社)"
                            r"\s*[「『](?P<name>[^「」『』]{2,20})[」』]")


def _inverted_speaker(name: str) -> str:
    """The outlet of a French name someone spoke to when the speaker follows it, the subject set after the verb: "a
    indiqué à La Tribune Antoine Férec, délégué …" (the name closes on the outlet's word); a name the outlet's word
    opens goes on after it ("à Radio Vallée Bleue"), and so does one going on with a place after "de" ("à L’Hebdo des
    Monts": no speaker's name opens so)."""
    found = OUTLET_WORD.search(name)
    rest = name[found.end():].strip() if found else ""
    return name[:found.end()] if found and found.start() > 0 and " " in rest and not _OF_PLACE.match(rest) else name


#: the words of a French title going on with its place: "de", "du", "des", "d'"
_OF_PLACE = re.compile(r"(?:de|du|des|d['’])(?:\s|(?<=['’]))")


def _named_outlets(text: str, lower: str) -> Iterator[tuple[str, int, int]]:
    """The outlets a paragraph names by the noun saying what they are or the clause set off after them
    (``_GERMAN_NAMED_MEDIUM``, ``_FRENCH_NAMED_MEDIUM``, ``_APPOSED_REPORTED``, ``_PUBLISHED_BY``): (name, start,
    end)."""
    if "agentur" in lower or "zeitung" in lower or "sender" in lower or "magazin" in lower or "portal" in lower:
        for m in _GERMAN_NAMED_MEDIUM.finditer(text):
            name = m.group("name").strip("„“”\"«» ")
            if not _GERMAN_CITING.search(_sentence(text, m.start(), m.end())) \
                    or "agentur" in m.group("noun").casefold() and "nachrichten" not in m.group("noun").casefold() \
                    and not is_agency(name):
                continue  # a paper named, not cited ("in der Propagandazeitung „Stürmer“"), an agency of no news
            if m.group("name")[0] in "„“\"«" or is_agency(name) or " " in name or "-" in name:
                yield name, m.start("name"), m.end("name")
    if ("le " in lower or "la " in lower or "l'" in lower or "l’" in lower) \
            and any(noun in lower for noun in _FRENCH_MEDIUM_NOUNS):  # ("le ", "la " stand in English words too)
        for m in _FRENCH_NAMED_MEDIUM.finditer(text):
            if not m.group("agence") or is_agency(m.group("name")):
                yield m.group("name"), m.start("name"), m.end("name")
    if "reported" in lower or "reports" in lower or "wrote" in lower:
        for m in _APPOSED_REPORTED.finditer(text):
            name = m.group("name")
            before = text[:m.start()].split()[-1:]
            if before and before[0][-1] not in ".!?:;»\"”" and (before[0][:1].isupper() or before[0] in ("the", "The")):
                continue  # (the name's end only: "the Hanmaru Ilbo, an affiliate of …, reported" is read elsewhere)
            if _OUTLET_CLAUSE.search(m.group("clause")) or _names_agency(name) or OUTLET_WORD.search(name):
                yield name, m.start("name"), m.end("name")
    if "published by" in lower:
        for m in _PUBLISHED_BY.finditer(text):
            name = _TOLD_NAME_TAIL.sub("", m.group("name"))
            # (a book's publisher is named "X Press" too: a paper's other word says it is one)
            if any(w.group() not in ("Press", "Presse") for w in OUTLET_WORD.finditer(name)) \
                    and not _INSTITUTION.search(name):
                yield name, m.start("name"), m.start("name") + len(name)


#: a name the lower-case article leads, capitalised: "first reported by the Midland Clarion" (a title: a person is no
#: "the Jane Roe"), unless an institution's ("the Department of Transport")
_THE_TITLE = re.compile(r"^the\s+[A-Z]")
#: "first" between a name and its verb of reporting: "As the Dartmouth Tide first reported" (what a title with its
#: article was first to report, an outlet did; "As the World Bank reported" names no outlet)
_FIRST_BEFORE_VERB = re.compile(r"\s+(?:had\s+|has\s+)?first\s+(?:reported|revealed|broke)\b")
_INSTITUTION = re.compile(rf"\b{INSTITUTION_WORDS}\b")


def _names_agency(name: str) -> bool:
    """Whether a cited name is an agency's, with the article before it or not ("the Associated Press")."""
    return is_agency(name) or is_agency(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))


def _interviewer(name: str, quoted: bool, page: Page) -> bool:
    """Whether an outlet someone spoke to ("the mayor told X") is cited: named in quotes, by an outlet's word, by a
    station's call sign or with a title's article ("L'Équipe"), or an agency ("told Reuters", unless the page is that
    agency's copy: ``_spoken_to``); not the site itself ("told the Courier" on the Courier's page)."""
    if len(name) < 2 or _names_own_site(name, page) or _own_programme(name, page):
        return False
    if _names_agency(name):
        return True
    # (or a title opening with an article no person's name opens with: "told L'Équipe", "told Die Zeit"; not "El", "Le",
    # "La", "De", which open names too: "told El Saife", "Le Pen")
    return quoted or OUTLET_WORD.search(name) is not None or _CALL_SIGN.match(name) is not None \
        or _TOLD_TITLE_ARTICLE.match(name) is not None or _COMPOUND_OUTLET.match(name) is not None \
        or FRENCH_BROADCASTER.match(name) is not None


#: one word compounding a medium's word, as broadcasters name themselves ("Newstalk", "NewsNation", "TeleZüri",
#: "RadioEins", "SportsRadio"): no person's name (nor "Newsome", a surname: four letters at least after "News"; nor
#: "Telegram", an app: "Tele" and "Radio" only before a capital)
_COMPOUND_OUTLET = re.compile(r"^News[a-z]{4,}$|^(?:News|Radio|Tele)[A-ZÄÖÜ]\w+$|^[A-Z][a-z]{2,}(?:Radio|News|TV|FM)$")


def _own_programme(name: str, page: Page) -> bool:
    """Whether ``name`` is one of the site's own programmes or sections, which its navigation links to on its own
    host ("She told Evening Dispatch" on a broadcaster's page whose menu lists "Evening Dispatch"): its own
    interview."""
    key = _NON_WORD.sub("", name.casefold())
    return key in page.cached("attributions.own_programmes", _own_programmes)


def _own_programmes(page: Page) -> set[str]:
    """The names the page's navigation (``<nav>``) links to on the page's own host."""
    host = _host(page.url or "")
    return {_NON_WORD.sub("", element_text(a).casefold()) for nav in page.tree.iter("nav") for a in nav.iter("a")
            if (link := _host(a.get("href") or "")) is None or link == host}


def _host(url: str) -> str | None:
    """The host of an address, None for a relative one, "" for a broken one."""
    try:
        return urlsplit(url).hostname
    except ValueError:  # a broken address ("http://[x/")
        return ""


#: what follows an interviewer's name that is no part of it: a possessive and the programme ("NBC News' Today show"),
#: a day or month ("told the X Leader Monday")
_TOLD_NAME_TAIL = re.compile(r"['’]s?\s.*$|['’]s?$|(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                             rf"{_EN_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)+$")


def _cjk_sentence(text: str, start: int, end: int) -> str:
    """The Chinese or Japanese sentence around ``text[start:end]``, from the last "。" before it."""
    opening = max(text.rfind("。", 0, start), text.rfind("！", 0, start), text.rfind("？", 0, start))
    closing = re.search("[。！？]", text[end:])
    return normalize_space(text[opening + 1: end + closing.end() if closing else len(text)])


#: a broadcaster's acronym closing on "R" or "F" (Rundfunk, Fernsehen, Radio), maybe with its region after it: "Wie der
#: MDR berichtet hatte", "Wie der ORF Niederösterreich berichtete" (not "der ADAC", a club)
_BROADCASTER_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{1,3}[RF](?:\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)?$")
#: a regional news site named for its place and "Live", a chain's way of naming its sites ("as first reported by
#: Severn Vale Live"): an outlet's where it reported ("Live" closing the name: not "Live Nation", a company)
_LIVE_SITE = re.compile(r"^(?:[A-Z][\w'’-]+\s+){1,3}Live$")


def _reads_as_outlet(name: str, quoted: bool, bare_mid_sentence: bool, reported: bool, whole: str) -> bool:
    """A cited name that is an outlet's: printed in quotes, an agency, holding a word of outlets'
    names ("Times", "Zeitung"), a broadcaster's acronym before a verb of reporting ("wie der MDR berichtete"), a title
    opening with a capitalised article mid-sentence ("selon Le Monde", "selon L'Echo"); or, before "reported" inside a
    sentence, one capitalised word that is nobody's
    surname in the text ("as Politico reported", not "as Smith reported" after "Adam Smith")."""
    if quoted or _names_agency(name):
        return True
    if OUTLET_WORD.search(name) or reported and (_BROADCASTER_ACRONYM.match(name) or FRENCH_BROADCASTER.match(name)
                                                 or _LIVE_SITE.match(name)):
        return True
    words = name.split()
    # (the elided article of one word's title too: "selon L'Echo")
    if bare_mid_sentence and (len(words) > 1 or name[1:2] in "'’") and _TITLE_ARTICLE.match(name):
        return True
    if not (reported and bare_mid_sentence and len(words) == 1) or name.casefold() in _PRONOUNS or len(name) < 3:
        return False
    # (the word leading the clause in, "Wie BR24 berichtete", is no first name)
    return not re.search(rf"\b(?!(?:As|Wie|Comme|Como|Come|Zoals|Jak)\s){_CAP_ANY}\s+{re.escape(name)}\b", whole)


def _text_and_links(block: HtmlElement) -> tuple[str, list[tuple[HtmlElement, int, int]]]:
    """A block's text and the character span of each link in it."""
    parts: list[str] = []
    links: list[tuple[HtmlElement, int, int]] = []
    _add_text_and_links(block, block, parts, links, 0)
    return "".join(parts), links


def _add_text_and_links(node: HtmlElement, block: HtmlElement, parts: list[str],
                        links: list[tuple[HtmlElement, int, int]], size: int) -> int:
    """``_text_and_links``'s walk of ``node`` inside ``block``, the text so far ``size`` long: appends to ``parts`` and
    ``links``, and returns the text's size after the node (its tail aside). (No closure calling itself: see
    ``_add_text_with_breaks``.)"""
    if node.tag in ("script", "style"):
        return size
    start = size
    if text := node.text:
        parts.append(text)
        size += len(text)
    for child in node:
        if isinstance(child.tag, str):
            size = _add_text_and_links(child, block, parts, links, size)
            if child.tag == "br" or child.tag in BLOCK_TAGS or child.tag == "a" and teaser_line_link(child):
                # a line's end: "By NAME<br>March 25, 2015</div> The project was <a>announced</a>" (the clause opens
                # after it), "<br><a>Also Read: HEADLINE</a>\nMoneyline had first reported" (a teaser's own line)
                parts.append(_LINE_START)
                size += 1
        if tail := child.tail:
            parts.append(tail)
            size += len(tail)
    if node.tag == "a" and node is not block:
        links.append((node, start, size))
    return size


#: where a line of a block's text ends, at a ``<br>`` or a teaser's link set off as a line (``_add_text_and_links``),
#: read as a clause's and a sentence's end: a paragraph separator, which pages never print (white space to the
#: expressions and to ``normalize_space``)
_LINE_START = "\u2029"


#: the longest linked name a line "Source : NAME" gives
_LINKED_SOURCE_MAX = 60
#: the words in lower case, not of a name's joining words (``_NAME_JOINERS``), that make a linked subject before its
#: verb a headline's ("X shares sink as chipmaker guides below [estimates]"; "[the Institute for the Study of War
#: said]" names an institute)
_LINKED_SUBJECT_WORDS = 2
_NAME_JOINERS = frozenset("the of for and on in at de du des la le el der die das von und".split())


def source_name(before: str, link_text: str, after: str) -> str | None:
    """The outlet or body a link cites, from the link text and the words around it."""
    link_text = normalize_space(link_text)
    if _SOURCE_LINE_LABEL.match(before.strip()) and not after.strip(" .") and 2 <= len(link_text) <= _LINKED_SOURCE_MAX:
        return link_text  # "Source : <a>Blog Windows Insider</a>", a line of its own: the publication the text draws on
    clause = _clause_tail(before)
    if told := _TOLD_LINK.match(link_text):
        # "Voss [told The New York Times] last month", "[in an interview with Granta]": the outlet spoken to, linked
        # with the verb
        return _as_name(_TOLD_NAME_TAIL.sub("", told.group("name")))
    if _VERB_ONLY.match(link_text):
        if _PASSIVE_AUXILIARY.search(clause):
            return None  # "The project was <a>announced</a> in 2010": the passive's subject reported nothing
        return _subject(_PHRASE_TAIL.sub("", clause))
    match = _ENDS_WITH_VERB.match(link_text)
    if match:
        verb = link_text[match.end("subject"):].strip()
        if match.group("subject").endswith(",") or verb[:1].isupper():
            return None  # a title in title case ("Flour Protein, Explained", "How the Fed Works Explained")
        if "," in match.group("subject") or ":" in match.group("subject") \
                or sum(1 for w in match.group("subject").split() if w[0].islower() and w not in _NAME_JOINERS) \
                >= _LINKED_SUBJECT_WORDS:
            return None  # a headline closing on its cited noun ("Thousands of bridges overdue, federal report finds",
            # "Etihad Rail passenger service: launch date confirmed", "X shares sink as chipmaker guides below
            # estimates")
        return _subject(match.group("subject"))
    match = _NAME_FIRST.match(link_text)
    if match:
        return _as_name(match.group("name"))
    if _CITING_BEFORE.search(clause):  # "according to [the ministry]" names the body itself
        if owned := _OWNED_DOCUMENT.match(link_text):
            # "according to [Halvard’s advisory]": a document of its owner's, cited as an outlet's only where the
            # owner reads as one ("[the Guardian's report]")
            return _as_name(owned.group("owner")) if OUTLET_WORD.search(owned.group("owner")) else None
        return link_text if _GENERIC.match(link_text) else _as_name(link_text)
    if _VERB_AFTER.match(after) and not _TALLY_AFTER.match(after):
        return _as_name(link_text)
    return None


#: a link's text opening with the verb of speaking to an outlet: "told The New York Times", "in an interview with X"
#: (a name of capitalised words, not a clause: "told [Harris about abuse she was suffering]" links a memoir's page)
_TOLD_LINK = re.compile(r"^(?i:told|(?:speaking|talking)\s+to|(?:said\s+)?in\s+an\s+interview\s+with)\s+"
                        r"(?P<name>(?:[Tt]he\s+)?[A-Z0-9][\w'’.&-]*(?:\s+(?:of|the|and|for|&|[A-Z0-9][\w'’.&-]*)){0,5})"
                        r"\s*[,.:;]?$")
#: a document named by its owner's possessive: "Halvard’s advisory", "the company's statement", "NASA's website"
_OWNED_DOCUMENT = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?:own\s+|latest\s+|new\s+|official\s+)?(?:advisory|statement|"
                             r"announcement|blog(?:\s+post)?|post|website|site|filing|press\s+release|release\s+notes|"
                             r"documentation|changelog|report|analysis|findings|data|figures|page|notice|bulletin)$")


def _with_article(name: str | None, before: str) -> str | None:
    """"the" printed just before the link belongs to the name ("the [Financial Times reported]")."""
    if name and _THE_BEFORE.search(before) and not re.match(_ARTICLE, name, re.IGNORECASE):
        return "the " + name
    return name


#: a passive's auxiliary closing the clause before a linked verb ("was <a>announced</a>")
_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|being|be)$", re.IGNORECASE)


def _clause_tail(before: str) -> str:
    return normalize_space(_CLAUSE_BREAK.split(before[-300:])[-1])


def _subject(text: str) -> str | None:
    subject = _LEADING_CONJUNCTION.sub("", normalize_space(text).strip(_QUOTES + " "))
    words = subject.split()
    if not words or len(words) > 8 or subject.casefold() in _PRONOUNS:
        return None
    if _GENERIC.match(subject):
        return subject
    return _as_name(subject)


def _as_name(text: str) -> str | None:
    """``text`` when it reads as a name: short, capitalised after an optional article."""
    name = normalize_space(text).strip(_QUOTES + " .,")
    head = re.sub(rf"^{_ARTICLE}", "", name, flags=re.IGNORECASE)
    if not head or len(name.split()) > 8 or len(name) > 80 or not (head[0].isdigit() or (
            head[0].isalpha() and not head[0].islower())):  # capitals, or a script without case (日本語)
        return None
    return name


def _resolve(generic: str, earlier: list[str]) -> str:
    """The body a generic phrase ("the think tank") stands for: the nearest earlier
    named speaker ("The U.S.-based Institute for the Study of War said"), else the
    nearest organisation name; the phrase itself when there is none."""
    for pattern, org_only in ((_NAMED_SPEAKER, False), (_NAMED, True)):
        for text in earlier:
            matches = [m for m in pattern.finditer(text) if not org_only or _ORG_WORD.search(m.group("name"))]
            if matches:
                last = matches[-1]
                return ("the " if last.group("det") else "") + last.group("name")
    return generic


def _sentence(text: str, start: int, end: int) -> str:
    opening = max(text.rfind(". ", 0, start), text.rfind("! ", 0, start), text.rfind("? ", 0, start))
    closing = re.search(r"[.!?](?=\s|$)", text[end:])
    stop = end + closing.end() if closing else len(text)
    return normalize_space(text[opening + 1 if opening >= 0 else 0: stop])


# -- copyright ----------------------------------------------------------------------


def _rights_holders(body: HtmlElement) -> Iterator[HtmlElement]:
    """The element holding each text with a rights marker, in document order; the text of
    scripts and styles (often large JSON or CSS) is never searched. (One test of the markers
    per text in a walk of the tree: three times faster than an XPath of ``contains()``; a walk
    of elements, each met once, with the rare tail that matches held back until the walk has
    left its element, where the tail stands.)"""
    tails: list[HtmlElement] = []  # elements whose tail matched, innermost last
    for element in body.iter():
        while tails and not any(a is tails[-1] for a in element.iterancestors()):
            yield tails.pop().getparent()
        tag = element.tag
        if (text := element.text) and isinstance(tag, str) and tag not in ("script", "style") \
                and holds_any(text, _RIGHTS_TEXT):
            yield element
        if (tail := element.tail) and element is not body and holds_any(tail, _RIGHTS_TEXT) \
                and element.getparent() is not None:
            tails.append(element)
    while tails:
        yield tails.pop().getparent()


def _copyright(page: Page, regions: list[HtmlElement]) -> list[dict]:
    body = page.tree.find("body")
    if body is None:
        return []
    out = []
    for element in _rights_holders(body):
        if not _rights_place(element, regions):
            continue
        line = normalize_space(element_text(element))  # a script's text is none ("© 1996-<script>…")
        match = _RIGHTS.search(line) if len(line) <= _MAX_RIGHTS_LINE else None
        name = _TRAILING_YEAR.sub("", match.group("name")).strip(_QUOTES + " ,–—-") if match else ""
        bare = name.rstrip(". ")
        stop = name.endswith(".") or (match is not None and line[match.end("name"):match.end("name") + 1] == ".")
        # "B.V." / "S.L." / "o.o." keep the abbreviation's own full stop; "www.example.com." does not
        name = bare + "." if bare and stop and _DOTTED_ABBREVIATION.search(bare) else bare
        if match and (not name or re.match(_RESERVED, name, re.IGNORECASE)):
            before = _HOLDER_BEFORE.search(line[:match.start()])
            name = before.group("name").strip(_QUOTES + " ,–—-") if before and len(before.group("name").split()) <= 6 else ""
        if name and not re.match(_RESERVED, name, re.IGNORECASE):
            out.append(_entry("copyright", name, line))
    return out


def _rights_place(element: HtmlElement, regions: list[HtmlElement]) -> bool:
    """In the article or the page footer, but not a photo credit or a script."""
    in_footer = False
    for node in [element, *element.iterancestors()]:
        tag = node.tag
        if tag in ("script", "style", "figure", "figcaption", "noscript"):
            return False
        words = hint(node)
        if "caption" in words or "credit" in words:
            return False
        if any(node is r for r in regions):
            return True
        in_footer = in_footer or tag == "footer" or bool(_FOOTER_HINT.search(words))
    return in_footer
