"""Photo-credit strings: telling the credit apart from the caption, and cleaning it.

Newsrooms print credits in many shapes ("Photo: Reuters", "Image source, Getty Images",
"Photograph: Name/Agency", "(Bild: picture alliance / dpa)", "Credit...Name for The
New York Times", "© dpa", or a bare "Name / Agency" after the caption). No parsing
library splits a caption from its credit, so the rules live here, shared by the image
extractor (captions) and the attribution extractor (printed credit lines).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .agencies import PATTERN as AGENCY_PATTERN
from .hints import LEAD_KINDS, LEAD_PLACES
from .outlets import CJK_OUTLET

#: words that introduce a credit, in the languages we archive; only recognised with
#: a following ":" / "," / "..." (or "by"/"von"), so ordinary caption words never match.
#: Kinds of picture (photo, illustration, graphic, map, screenshot) and of credit
#: (credit, source, courtesy) in English, German, French, Spanish, Italian, Dutch,
#: Polish and Russian; "Staff photo by", "File photo:" take a qualifier; "Photo-Illustration:" is one word. The photographer named
#: as such ("Photographer: Name/Agency", "Fotograf:", "Photographe :"), a file picture's "File:"
#: ("[File: Name/Agency]") and the picture's designer ("Image design: NAME", "Design: NAME") introduce a credit too.
_LABEL_WORDS = (
    r"(?:(?:staff|file|handout|archive|pool)\s+)?(?:photo\s+credit|photographs?|photos?|pictures?|pics?)|"
    r"photographers?|fotograf(?:in)?|photographe|fot[oó]grafa?|file(?=\s*:)|(?:image\s+)?design(?=\s*:)|"
    # a magazine's label for a photograph or a drawing alike: "Visual: NAME", "Visuals by NAME"
    r"visuals?(?=\s*:|\s+by\b)|"
    r"(?:image|picture)\s+credits?|images?\s+source|(?:image|photo)\s+d['’]illustration|images?|(?:photo[-\s]?)?illustrations?|graphics?|infographics?|screenshots?|maps?|videos?|"
    r"credits?|fotos?|fotografie|fotograf[ií]as?|fotografi[ae]|bild(?:er)?|bildquelle|bildrechte|quelle|grafik|karte|"
    # (a screenshot's in French, its source after it: "Capture d’écran : X")
    r"captures?\s+d['’]\s?écran|"
    # a chart's maker: "Chart: NAME", "Graphique : NAME", "Infographie : NAME"; an architect's drawing: "Rendering:
    # NAME", "Plan: NAME", "Visualisierung: NAME"
    r"charts?(?=\s*:)|graphique(?=\s*:)|infografik(?=\s*:)|infographie(?=\s*:)|"
    # (a map's in French: "Carte : NAME")
    r"cartes?(?=\s*:)|"
    r"(?:renderings?|plans?|visuali[sz]ierung|visuali[sz]ation)(?=\s*:)|"
    # a court sketch's artist: "Dessin : NAME", "Zeichnung: NAME", "Court sketch: NAME", "Croquis d’audience : NAME",
    # "Gerichtszeichnung: NAME"
    r"(?:(?:dessin|croquis)(?:\s+d['’]audience)?|(?:gerichts)?zeichnung|(?:court(?:room)?\s+)?sketch)(?=\s*:)|"
    r"source|sources|crédit(?:s)?(?:\s+photo)?|photographie|illustration|archivfoto|archivbild|symbolfoto|symbolbild|"
    r"kuva|skjermdump|skärmdump|"
    r"imagen|fuente|cr[ée]dito|fonte|immagine|beeld|bron|zdj[eę]cie|źródło|ilustracja|"
    r"фото(?:графия)?|источник"
)
#: the same words in Korean, Japanese and Chinese (photo, photography, picture, provided by,
#: source), written before the credit with "=", ":", "/" or "・": "(사진=연합뉴스)", "[사진 제공=서울시]",
#: "（写真=共同）", "（撮影・山田太郎）", "（写真撮影／山田太郎）", "图/新华社", "圖／中央社", "摄影：张三".
_CJK_LABEL_WORDS = (r"사진\s*제공|사진|제공|写真提供|画像提供|写真撮影|写真|提供|撮影|画像|出典|出所|資料|"
                    # a Japanese chart's or map's maker: "…の見通し　図：X新聞作成", "地図：X新聞", "（図表：筆者作成）",
                    # "地図作成：NAME"
                    r"地図作成|図表作成|作図|地図|図表|図|"
                    # a chart's data source: "…分时走势　数据来源：Wind", "出所：X"
                    r"数据来源|數據來源|资料来源|資料來源|"
                    # a Japanese sports paper's photographer: "…放つ佐伯（カメラ・NAME）"
                    r"カメラ|"
                    # ... and a paper's graphic designer: "（グラフィック・NAME）"
                    r"グラフィック|"
                    # (a Taiwanese magazine's supplier label: "（圖片提供／NAME）")
                    r"图片提供|圖片提供|照片提供|图片来源|圖片來源|图源|圖源|图片|圖片|"
                    # a chart's maker: "…（数据来源：X）　制图／Y"; a court sketch's artist: "法庭繪圖：NAME", a Japanese
                    # paper's "…＝法廷画・NAME"; a rendering's maker: "效果图/X"
                    r"制图|製圖|法庭繪圖|法庭绘图|法廷画|繪圖|绘图|效果图|效果圖|图|圖|摄影|攝影|来源|來源|"
                    # the cover picture's source, as business and tech sites print it: "封面来源｜视觉中国"
                    r"封面(?:来源|來源|图片|圖片|图|圖)|"
                    # an illustrative picture's source, as Taiwanese TV sites print it: "（示意圖／TVBS）"
                    r"示意(?:图|圖)|"
                    # "shot:" alone, as Hong Kong and Taiwan long-form sites label the photographer: "…。攝：NAME/端傳媒"
                    r"攝|摄")
_CJK_LABEL_SEP = r"\s*[:：=＝/／・｜|]"
#: (a bar too, between spaces, as Indian papers print it: "(Photo | NAME)", "(Photo | Special Arrangement)")
#: (a comma only before a capital or a copyright sign: "Image source, Getty Images"; "im Bild, kein Hinweis auf Werbung"
#: is a caption's words)
_LABEL_SEP = (r"(?:\s*[:：＝=]|\s*,(?=\s*(?-i:[A-ZÀ-ÞА-Я©]|\(c\)))|\s+\|(?=\s)|\s*(?:\.{2,}|…)|\s+by\b|\s+von\b|\s+par\b|"
              r"\s+por\b|\s+di\b|\s+door\b)")
#: abbreviated labels carry their own full stop: "Fot. PAP/Name".
_ABBREVIATED_LABEL = r"fot\.|phot\.|abb\.|ill\."
#: "image source" in Chinese, written with a comma as "Image source, " is: "圖像來源，Getty Images"
_CJK_SOURCE_COMMA = r"(?:图像来源|圖像來源|图片来源|圖片來源)\s*[，,]"
#: a drawing credited with "de" before the artist's name, as French sites print it: "Illustration de NAME", "Dessin
#: d'NAME", "Infographie de NAME" (the name's capital right after: "illustration de la crise" is a caption's words)
_DRAWN_BY = r"(?:illustrations?|dessins?|infographies?)\s+d(?:e\s+|['’]\s*)(?=(?-i:[A-ZÀ-ÖØ-Þ]))"
_LABEL = (rf"(?:(?:{_LABEL_WORDS}){_LABEL_SEP}|(?:{_CJK_LABEL_WORDS}){_CJK_LABEL_SEP}|{_CJK_SOURCE_COMMA}|"
          rf"{_DRAWN_BY}|(?:{_ABBREVIATED_LABEL})(?=\s*\S))")
#: a label word printed without separator before a capitalised name, "Foto ANSA", "Beeld ANP", "Carte Météo-France",
#: or before the copyright sign, as broadcasters print it ("Bild © Imago Images"); only stripped from text already known
#: to be a credit.
_BARE_LABEL = re.compile(r"^\s*(?i:photos?|fotos?|beeld|bild|pics?|zdj[eę]cie|capture\s+d['’]écran|screenshot|carte|karte|"
                         # (or before a family's name: "Photo famille Tissot")
                         r"map)\s+(?=[A-ZÀ-ÝА-Я]|©|famille\s+[A-ZÀ-Ý])")
#: a picture's label, then a screenshot's word and its source ("Foto: Screenshot TikTok/@NAME", "Photo : capture
#: d'écran X"): the credit is what the label labels, the screenshot's word with it (bare, "Screenshot: X" and "Capture
#: d'écran X" credit X)
_LABELLED_SCREENSHOT = re.compile(r"^\s*(?i:photos?|fotos?|bild|image|crédits?(?:\s+photo)?|credits?)\s*:\s*"
                                  r"((?i:screenshot|capture\s+d['’]écran)\s+\S.*?)\s*$")
#: "Photo courtesy of X" -> "Courtesy of X".
_PHOTO_COURTESY = re.compile(r"^\s*(?:photos?|photographs?|images?|pictures?|fotos?)\s+(?=courtesy\b)", re.IGNORECASE)
#: a caption that is only a courtesy credit, "Photo courtesy of BBC/Severn Pictures", "Courtesy of the artist": a
#: credit (``split_caption``); one short line, no sentence in it
_COURTESY_ONLY = re.compile(r"^(?:(?:photos?|photographs?|images?|pictures?)\s+)?"
                            r"(?:courtesy\s+(?:of\s+)?|provided\s+by\s+)[^.!?]{2,60}$", re.IGNORECASE)
#: a caption that is only a name of a few capitalised words in brackets: "(Solenne)", "(Arden & Vale)" (a product
#: test's picture credited to its maker, nothing else said)
_BRACKETED_NAME_ONLY = re.compile(r"^[(（]\s*([A-Z][\w'’.-]*(?:\s+(?:&\s+)?[A-Z][\w'’.-]*){0,3})\s*[)）]$")
#: the lead picture's place and kind labelling its credit after the text: "Featured image: Photo by NAME"
_LEAD_LABEL = re.compile(rf"^\s*(?:{LEAD_PLACES})\s+(?:{LEAD_KINDS})\s*:\s*", re.IGNORECASE)
#: the stylists credited after the photographer, as food and fashion magazines print it: "Photograph by NAME, Food
#: Styling by NAME, Prop Styling by NAME" (they took no picture: the credit is the photographer's)
_STYLING_AFTER = re.compile(r"\s*[,;|]\s*(?:(?:food|prop|props|set|wardrobe|fashion)\s+)?styl(?:ing|ed|ist)\b.*$",
                            re.IGNORECASE)

#: a label at the start of a string: "Photo: ", "Image source, ", "Credit...".
LEADING_LABEL = re.compile(rf"^\s*(?:{_LABEL})\s*", re.IGNORECASE)
#: a label starting a credit inside a caption; must begin with a capital letter (or a letter of
#: a script without case) after a space, an opening bracket or a full stop of those scripts (or a full-width slash
#: parting a Japanese caption from its credit: "…（東京都台東区）／写真：NAME").
_INNER_LABEL = re.compile(rf"(?:^|(?<=\s)|(?<=[(\[|（【。．！？＝／]))"
                          rf"(?=[A-ZА-ЯÀ-Ý\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])(?i:{_LABEL})")
#: a second labelled credit after a semicolon: "Illustration: NAME; Source image: NAME/AGENCY"
_SECOND_CREDIT = re.compile(rf"\s*;\s*(?i:{_LABEL}|source\s+images?\s*:)\s*")


def credit_parts(credit: str) -> list[str]:
    """The credits one picture's credit line joins, each after its own label ("NAME; Source image: NAME/AGENCY", a
    magazine's illustration made from a photograph): each names a holder of the picture's rights."""
    parts = [part.strip(" ;") for part in _SECOND_CREDIT.split(credit)]
    return [part for part in parts if part] if len(parts) > 1 else [credit]


#: dates and e-mail addresses some systems print after a bracketed credit (dropped with it): "(사진=뉴시스 DB) 2026.03.12. photo@x.kr".
_CREDIT_TRAILER = re.compile(r"^(?:[\s.,;|·]|\d{2,4}[./-]\d{1,2}[./-]\d{1,2}\.?|\S+@\S+\.\w+)*$")
_CLOSING = {"(": ")", "[": "]", "（": "）", "【": "】"}
#: (the sign's letter maybe full-width: "（Ｃ）東和鉄道")
_COPYRIGHT = re.compile(r"^\s*(?:©\s*(?:copyright\b)?|[(（][cｃＣ][)）]|copyright\b\s*©?)"
                        r"\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?", re.IGNORECASE)
#: ... or glued to a Japanese caption, the sign written "（C）": "藤崎ゆう（C）エンタメプレス"
_TRAILING_COPYRIGHT = re.compile(r"(?:^|\s|(?<=[\u3040-\u30ff\u4e00-\u9fff々』」）]))((?:©|（[CcＣｃ]）)\s*[^©]{2,80})$")
#: "(Getty Images)" / "(Name/Agency)" closing a caption, or in square brackets: "[Name/Agency]".
#: a day written in figures, which a caption may close on in parentheses ("…, Rabu (11/3/2026)."): no credit
_NUMERIC_DATE = re.compile(r"\s*\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\s*")
_TRAILING_PARENS = re.compile(r"\s*(?:\(([^()]{2,80})\)|\[([^\[\]]{2,80})\])\s*\.?\s*$")
#: a credit in capitals in those square brackets, as Korean English-language dailies print it: "[HWASEO CITY
#: GOVERNMENT]", "[JANG JIN-YOUNG]" (two letters or more in capitals, nothing in lower case)
_CAPITALS = re.compile(r"[A-Z][A-Z0-9 .,'&/-]{1,60}")
#: the words closing an institution's name, no outlet's nor person's ("Dunmore County Sheriff's Office", "the
#: Department of Transport"): also ``attributions._INSTITUTION``'s
INSTITUTION_WORDS = (r"(?:Office|Department|Dept|Police|Sheriff|Service|Council|Court|Committee|Bureau|University|"
                     r"College|Museum|Library|Archives?|Agency|Authority|Ministry|Foundation|Institute|Center|Centre|"
                     r"Commission|Board|District|Government|Society|Association|Hospital|Patrol|Guard|Corps|"
                     r"Administration)")
#: an institution's name in brackets after the caption's last sentence, as local papers credit a handout: "… on
#: Saturday night. (Dunmore County Sheriff's Office)", "(Springfield Police Department)"; capitalised words closed by
#: an institution's word
_INSTITUTION_CREDIT = re.compile(rf"(?:[A-Z][\w'’.&-]*\s+(?:(?:of|the|and|&|for)\s+)*){{0,6}}{INSTITUTION_WORDS}\.?")
#: the same credit in full-width brackets closing a Japanese caption, written in Latin letters: "写真はイメージです
#: （Sakura/stock.adobe.com）", "（PIXTA）", "（iStock）"
_TRAILING_WIDE_PARENS = re.compile(r"\s*（\s*([^（）]*[A-Za-z][^（）]{1,79}?)\s*）\s*$")
#: "Name / Agency" or "Name/Agency" after the caption's last sentence; an initial's full stop
#: ("David M. Benett/Getty Images") is part of the name.
#: (an initial's full stop inside the credit, also right after its opening bracket: "… période. (F. Faugère/L'Équipe)")
_TRAILING_SLASH = re.compile(
    r"(?:(?<=[.!?\"”»])|(?<=[.!?]['’]))\s+((?:[^.!?\"”«»]|(?<=[\s(\[][A-Z])\.){2,80}?\s?/\s?(?:[^.!?/\"”«»]|(?<=\s[A-Z])\.){2,60})$")
#: news agencies, whose bare name closes a caption as its credit ("... on Thursday. EFE").
_AGENCY_NAME = re.compile(rf"^(?:{AGENCY_PATTERN})$")
#: a bare agency (optionally "/ Name") after the caption's last sentence.
_TRAILING_AGENCY = re.compile(rf"(?<=[.!?])\s+((?:{AGENCY_PATTERN})(?:\s?/\s?[^.!?/]{{2,40}})?)\s*$")
#: a label word without separator and a name after the caption's last sentence, as blogs sign
#: their pictures: "... par le parc naturel régional. Photo M. Le Corre", "... der Burg. Foto Kai Berg"; and a
#: courtesy credit, as Indian magazines print it: "... near Banda in January. Photo courtesy NAME", "Courtesy of NAME",
#: "Image courtesy of NAME" (science news), "Photo courtesy of the NAME family";
#: and a screenshot's source, as media critics print it: "... dans le 20 Heures. Capture d'écran France 2".
_TRAILING_BARE_LABEL = re.compile(
    r"(?<=[.!?])\s+((?:(?i:photos?|fotos?|bild|capture\s+d['’]écran|screenshot)\s+"
    r"(?:(?i:courtesy)\s+(?:of\s+)?(?:the\s+)?)?|"
    # (or "Provided by NAME", as a chain of papers prints a reader's picture: "… since 2013. Provided by NAME")
    r"(?i:(?:photographs?|images?|pictures?)\s+)?(?i:courtesy\s+(?:of\s+)?|provided\s+by\s+)(?:the\s+)?)"
    r"(?:[A-ZÀ-Ý]\.\s?)*[A-ZÀ-Ý][\w'’-]+(?:\s+[\w'’-]+){0,3})\.?\s*$")
#: a paper's own label and its photographer after the caption's last sentence, unbracketed, as a weekly's table layout
#: prints it: "… on Monday. Courier photo by NAME", "… Staff photo by NAME" (``_OUTLET_PHOTO_BY`` leaves the name)
_TRAILING_OUTLET_PHOTO_BY = re.compile(r"(?<=[.!?])\s+((?:[A-Z][\w.'’&-]*\s+){1,3}(?i:photos?|photograph)\s+by\s+"
                                       r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})\.?\s*$")
#: the outlet's file picture note alone after the caption's last sentence, as Asian English-language dailies print it:
#: "… in Valenzuela City. INQUIRER FILE PHOTO", "… in Humla. Post File Photo" (the outlet is the credit, its note goes)
_TRAILING_OUTLET_FILE = re.compile(r"(?<=[.!?])\s+((?:[A-Z][\w.'’&-]*\s+){1,3}(?i:file\s+(?:photo|picture|image)s?))\s*\.?\s*$")
#: a source and the word "pic" after a dash closing the caption, as Malaysian portals print it: "… March 11, 2026.
#: — Bernama pic", "— Reuters pic" (the source alone is the credit)
_TRAILING_DASH_PIC = re.compile(r"(?<=[\w.!?)])\s+[—–]\s+([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2})\s+(?i:pics?|picture)\s*\.?\s*$")
#: a photographer's name in capitals after a dash closing the caption's last sentence, as Philippine papers print it:
#: "… bound for an evacuation center on Wednesday night. —RAMON VILLAFLOR" (two or three words of capitals)
_TRAILING_DASH_CAPS = re.compile(r"(?<=[.!?])\s+[—–]\s?([A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){1,2})\s*$")
#: a courtesy credit naming a body in more words after the caption's last sentence, as Vietnamese and South Asian
#: English-language sites print it: "… in District 12. Photo courtesy of the HCMC Management Authority for Urban Railways"
_TRAILING_COURTESY = re.compile(r"(?<=[.!?])\s+((?i:(?:photos?|photographs?|images?|pictures?)\s+)?(?i:courtesy)\s+(?:of\s+)?"
                                r"(?:the\s+)?[A-ZÀ-Ý][\w'’&-]*(?:\s+(?:[A-ZÀ-Ý][\w'’&-]*|of|for|and|the|de)){1,7})\.?\s*$")
#: a credit after a Korean caption's last sentence, which ends in "다.": "…쌓여 있다. 한경DB",
#: "…열렸다. 연합뉴스" (one or two words, no sentence of their own)
_TRAILING_KO_CREDIT = re.compile(r"(?<=[\uac00-\ud7a3]다\.)\s+([^\s.!?]{2,20}(?:\s[^\s.!?]{1,20})?)\s*$")
#: an agency set off by a spaced slash after a caption printed without a closing full stop, as German magazines
#: print it: "Boris Pistorius im Bundestag / dpa" (the caption has a word in lower case, so a name is no caption)
_TRAILING_SPACED_SLASH_AGENCY = re.compile(rf"(?<=\w)\s+/\s+((?:{AGENCY_PATTERN}))\s*$")
#: a word opening in lower case (counted: a caption's words, a dateline's place before its bracket)
LOWER_WORD = re.compile(r"(?:^|\s)[a-zß-ÿ]")
#: an outlet in capitals and a photographer after a dash, closing the caption's last sentence, as French regional
#: dailies print it: "… à Montpellier. MIDI LIBRE - Sylvie Cambon"
_TRAILING_CAPS_OUTLET = re.compile(
    r"(?<=[.!?])\s+((?:[A-ZÀ-Ý'’]{2,}\s+){0,2}[A-ZÀ-Ý'’]{2,}\s+[-–]\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})\s*$")
#: "Name (AGENCY)" after the caption's last sentence: "Chema Moya (EFE)".
_TRAILING_NAME_PARENS = re.compile(r"(?<=[.!?])\s+([A-ZÀ-ÝА-Я][^.!?()]{1,50}?\s?\([^()]{2,40}\))\s*\.?\s*$")
#: the photographer named before the verb at the end of a Japanese or Chinese caption: "…＝岡山県内で
#: 2026年2月20日、小林一郎撮影", "…充电。新华社记者 陈刚 摄", "…。（記者林佳蓉攝）", "圖／記者陳映伶攝影", "…。記者王小明／攝影" (a Taiwanese
#: paper's slash before the verb), "…。（資料圖片／陳嘉欣攝）" (a file picture's), "…。（記者NAME製表）" (a chart's maker); the
#: name is the credit (an outlet and a reporter's title before it, "新华社记者", are not).
_TRAILING_CJK_SHOT = re.compile(
    r"(?:^|(?<=[、，,＝=。．！？\s(（]))(?:[\u4e00-\u9fff]{1,4}(?:社|网|網|报|報|新闻|新聞)"
    # or its short name glued to the reporter's title: "每经记者 NAME 摄"
    r"|[\u4e00-\u9fff]{1,4}(?=(?:记者|記者|摄影记者|攝影記者)))?\s*"
    # a file picture's note before the name: "（資料圖片／陳嘉欣攝）"
    r"(?:(?:資料|资料|檔案|档案)(?:圖片|图片|照片|相片|圖|图)\s*[/／]\s*)?"
    r"(?:(?:本报|本報|特约|特約)?(?:记者|記者|摄影记者|攝影記者|通讯员|通訊員))?\s*"
    # the photo desk before the name: "（写真部・NAME撮影）"
    r"(?:[\u4e00-\u9fff]{0,6}(?:部|総局|支局)[・･])?"
    # the name, maybe padded with spaces between its characters: "本报记者　周　扬/摄"
    r"([\u3040-\u30ff\u4e00-\u9fff々・·]{2,8}?|[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,2})"
    r"(?:\s*(?:撮影|写す|攝影|摄影|摄|攝)|\s*[/／]\s*(?:攝影|摄影|摄|攝)|\s+(?:图|圖)|\s*[/／]\s*(?:图|圖)"
    # ... or a chart's maker: "…財報。（記者鄭羽彤製表）"
    r"|\s*(?:製表|制表|製圖|制图|繪圖|绘图))"
    # (the day it was shot after the verb, a Taiwanese agency's in the Minguo year: "（記者NAME攝 115年3月12日）")
    r"(?:\s+\d{2,4}年\d{1,2}月\d{1,2}日)?"
    r"\s*[)）]?\s*$")


def _shot_name(found: re.Match) -> str:
    """The photographer's name of ``_TRAILING_CJK_SHOT``, without the spaces padding it ("周　扬")."""
    name = found.group(1)
    return name.replace(" ", "").replace("\u3000", "") if len(name) <= 5 and name[1:2] in (" ", "\u3000") else name
#: the writer's own picture in brackets closing a Japanese caption: "（筆者撮影）", "（画像は筆者撮影）"
_WRITER_SHOT = re.compile(r"[（(]\s*(?:(?:画像|写真)は)?(筆者撮影)\s*[)）]\s*$")
#: words before "撮影" that name no photographer: a pool photo ("代表撮影"), the paper itself, the writer ("筆者", no
#: name; in brackets alone, "（画像は筆者撮影）", the credit is kept as printed: ``_WRITER_SHOT``), a reader, a place
#: shot from ("本社ヘリから撮影")
_NOT_PHOTOGRAPHER = re.compile(r"^(?:(?:画像|写真)は)?(?:代表|本社|本紙|読者|筆者|記者|編集部|同|本报|本報)$|(?:から|より|で)$")
#: an outlet's reporter with no name before the verb, in brackets after a Chinese caption's last sentence: "…。（明報記者攝）",
#: "…。（新华社记者摄）": the staff credit is the outlet's reporter, printed as such (a bare "記者" stays none, above)
_TRAILING_CJK_STAFF_SHOT = re.compile(
    r"(?<=[。．！？])\s*[（(]\s*([\u4e00-\u9fff]{1,4}(?:社|网|網|报|報|新闻|新聞)(?:摄影记者|攝影記者|记者|記者))\s*(?:攝|摄|撮影)\s*[)）]\s*$")
#: an agency after the full-width equals sign closing a Japanese caption: "…（山梨県韮崎市）＝共同", "…＝ロイター".
_TRAILING_CJK_AGENCY = re.compile(rf"(?<=[\u3040-\u30ff\u4e00-\u9fff々）」』])\s*[＝=]\s*((?:{AGENCY_PATTERN})"
                                  # (or a news agency named so, its name closing on "通信": "…＝列島通信")
                                  r"|[\u30a0-\u30ff\u4e00-\u9fff]{1,8}通信(?:社)?)\s*$")
#: full-width Latin letters and digits as their ASCII, one character for one: a Japanese caption prints an agency so
#: ("…＝ＡＰ", "ＡＦＰ＝時事")
_HALF_WIDTH = {**{0xFF10 + i: 0x30 + i for i in range(10)}, **{0xFF21 + i: 0x41 + i for i in range(26)},
               **{0xFF41 + i: 0x61 + i for i in range(26)}}
#: ... or whoever provided the picture: "…（2011年3月）＝三浜鉄道提供" (a name: no date, no place's "、…で")
_TRAILING_CJK_PROVIDED = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff々）」』])\s*[＝=]\s*([^＝=\s（）、，。で\d０-９]{1,20}提供)\s*$")
#: a screenshot's note in brackets closing a Chinese caption, credited as printed ("…舊卡。（網上截圖）", as a portal's
#: "图/网络截图" is)
_TRAILING_SCREENSHOT = re.compile(r"(?<=[。！？」\u4e00-\u9fff])\s*（\s*((?:網上|网上|網絡|网络|網路|网路)?(?:截圖|截图))\s*）\s*$")
#: the artist of a drawing closing a Japanese caption: "…＝水城地裁で2024年2月27日（イラスト・NAME）", "（絵・NAME）" (a
#: courtroom sketch's, as "（NAME撮影）" is a photographer's)
_TRAILING_JA_DRAWN = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff々）」』0-9０-９])\s*[（(]\s*(?:イラスト|絵|画)\s*[・･：:／/＝=]\s*"
                                r"([^（）()、，。\s]{2,12})\s*[）)]\s*$")
#: an agency or a "…社" in lenticular brackets closing a Japanese or Chinese caption: "…＝東京都内【時事通信社】"
_TRAILING_CJK_LENTICULAR = re.compile(
    rf"(?<=[\u3040-\u30ff\u4e00-\u9fff々）」』。])\s*【\s*((?:{AGENCY_PATTERN})|[\u4e00-\u9fff]{{1,8}}社)\s*】\s*$")
#: an agency or outlet in full-width brackets after a Chinese caption's last sentence, "…港口。（路透社）",
#: "…。（海峡时报）", maybe calling the picture one of its files ("…。（中央社檔案照片）"); without the
#: sentence's end only a known agency ("…港口（法新社）"), or two joined by "＝" ("…（ロイター＝共同）").
_TRAILING_CJK_PARENS = re.compile(
    rf"(?:(?<=[。！？」])\s*（\s*((?:(?:{AGENCY_PATTERN})|{CJK_OUTLET.pattern}|[\u4e00-\u9fff]{{1,8}}社)"
    r"(?:檔案照片?|档案照片?|資料照片?|资料照片?|資料圖片?|资料图片?)?)\s*）"
    # a Japanese caption's picture agency and the wire that relays it: "…（ロイター＝共同）", "（AP＝共同）"
    rf"|\s*（\s*((?:{AGENCY_PATTERN})(?:\s*＝\s*(?:{AGENCY_PATTERN}))?)\s*）)\s*$")
#: the same credit set bare after a Hong Kong caption's last sentence, no bracket around it: "…巡查。漁護署提供" (a supplier),
#: "…漁船。中新社" (an agency, or a name closing on "社")
#: (a bare "…。X供图" is ``_TRAILING_CJK_SUPPLIED``'s, tried first)
_TRAILING_CJK_BARE = re.compile(rf"(?<=[。！？」])\s*((?:{AGENCY_PATTERN})|[\u4e00-\u9fff]{{2,8}}社|"
                                r"[\u4e00-\u9fff\w]{2,12}?(?<!資料)(?<!资料)(?<!無償)(?<!無料)提供)\s*$")
#: a picture supplied by someone, closing a Chinese caption: "…巡检。新华社发（中国能建供图）", "…。（受访者供图）";
#: the supplier with "供图" is the credit (an agency's "…社发", released by it, goes with it); or a Japanese caption's
#: supplier with "提供" in full-width brackets, "…旧職員室（北沢町提供）", "（本人提供）", also after a Taiwanese caption's
#: last sentence, "…邊坡落石。（公路局提供）", credited as printed (as
#: "（写真：本人提供）" is), the caption's last word glued to the bracket ("（写真提供）" alone and "（無料提供）", free of
#: charge, name nobody); or a Chinese caption's "图据NAME", a Taiwanese one's "（取自NAME）"
#: a Japanese caption's supplier, "提供" glued after the name ("北沢町提供", "本人提供"; "写真提供" alone and "無料提供", free
#: of charge, name nobody), or the archive holding the picture ("大阪府立中之島文庫所蔵")
_JA_SUPPLIER = r"([\u3040-\u30ff\u4e00-\u9fff々ー・\w]{1,15}?(?<!写真)(?<!画像)(?<!無料)(?<!無償)(?:提供|所蔵))"
#: a social account in full-width brackets after a Chinese or Japanese caption's last sentence, whose post the picture
#: is: "…誕女喜訊。（IG@shiuchunting）", "（微博@NAME）" (credited as printed)
_TRAILING_HANDLE = re.compile(r"(?<=[。！？」』])\s*（\s*((?:IG|Instagram|FB|Facebook|微博|Threads|X)\s*[@＠]\s*[\w.]{2,40})"
                              r"\s*）\s*$")
_TRAILING_CJK_SUPPLIED = re.compile(
    r"(?<=[。！？」”])\s*(?:[\u4e00-\u9fff]{1,4}社发)?\s*[（(]?\s*([\u4e00-\u9fff\w·]{1,12}?(?:供图|供圖))\s*[)）]?\s*$"
    # (after the picture's topic word too: "（画像はメーカー提供）", "（写真はX提供）", "the picture is X's")
    rf"|(?<=[\u3040-\u30ff\u4e00-\u9fff々」』。])（\s*(?:画像|写真)は\s*{_JA_SUPPLIER}\s*）\s*$"
    # (a space before it where the credit's own element follows the caption's: "<span>…收銀櫃枱。</span><span>（警方提供）";
    # or after another bracket closing the caption, its year: "…港町工場（１９５８年）（北浦製紙提供）")
    rf"|(?<=[\u3040-\u30ff\u4e00-\u9fff々」』。）])\s*（\s*{_JA_SUPPLIER}\s*）\s*$"
    # ... or a chart's document it is drawn from, credited without its "from": "…の推移（国土交通省資料より）"
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff々」』）])（\s*([\u3040-\u30ff\u4e00-\u9fff々ー・\w]{1,15}資料)(?:より|から)\s*）\s*$"
    # ... and a Chinese supplier's "供图" in brackets after a name ("…创始人NAME（受访者供图）")
    r"|(?<=[\u4e00-\u9fff\w」”])（\s*([\u4e00-\u9fff\w·]{1,12}?(?:供图|供圖))\s*）\s*$"
    # "…聊天记录 图据受访者" (the picture "according to" its supplier, after a space or the sentence's end: "…石缝。图据受访者"); a
    # Taiwanese caption's "taken from" in brackets: "…。（取自NAME臉書）", "（翻攝自NAME）"
    r"|(?<=[\s。！？])(?:图|圖)据\s*([\u4e00-\u9fff\w·]{2,12})\s*$"
    r"|（(?:取自|翻攝自?|翻摄自?)\s*([^（）\s]{2,20})）\s*$"
    # a Hong Kong caption's owner of the picture after its last sentence, or its words: "…。（房屋署圖片）", "…顏色區分
    # （交通事務局圖片）" (not a file picture's "（資料圖片）", an illustration's "（示意圖片）" nor one "from the web")
    r"|(?<=[。！？」\u4e00-\u9fff])\s*（\s*([\u4e00-\u9fff]{2,16}?)(?<!資料)(?<!资料)(?<!示意)(?<!網上)(?<!网上)(?<!網絡)(?<!网络)"
    r"(?:圖片|图片|相片)\s*）\s*$")
#: the supplier closing a Japanese caption's "＝when、where" part as a photographer does ("…＝DATE、PLACE、NAME撮影"):
#: "…＝2024年3月31日、岬山県海沢市、海沢市提供", credited as printed, as "（海沢市提供）" is; or the agency whose picture
#: it is: "…＝ドイツ西部ケルンで2025年3月5日、ロイター"
_SUPPLIED_AFTER_PLACE = re.compile(rf"(?<=、)\s*(?:{_JA_SUPPLIER}|((?:{AGENCY_PATTERN})))\s*$")
#: a correspondent or reporter named after a Chinese caption's last sentence as the picture's supplier, title, name and
#: verb spaced: "…服务。通讯员 陈立 供图" (the name, as "记者 NAME 摄" gives the photographer's; a supplier no title
#: names keeps "供图": "（受访者供图）")
_STAFF_SUPPLIED = re.compile(r"(?<=[。！？])\s*(?:通讯员|通訊員|(?:本报|本報)?(?:记者|記者))\s*([\u4e00-\u9fff]{2,4})\s+(?:供图|供圖)\s*$")
#: a note calling the picture an illustration, a symbol or a file picture, in brackets closing a
#: caption: caption, not credit ("(photo d’illustration)", "(Symbolbild)", "(file photo)").
_PICTURE_NOTE = re.compile(
    r"^\s*(?:(?:photo|image|illustration)s?\s+d['’]\s*(?:illustration|archives?)|illustration|symbol(?:bild|foto)|"
    # (a German "Archivbild" / "Archivfoto" alone in the credit's place: a file picture, its holder unnamed)
    r"archiv(?:bild|foto)|"
    # (or the word alone after the credit's label: "Photo / File", "Foto: Archiv", "Photo : archives")
    r"file|archives?|archiv|"
    r"(?:file|archive|stock|illustrative|representational|representative)\s+(?:photo|image|picture)|foto\s+de\s+archivo|foto\s+d['’]archivio)\s*\.?$",
    re.IGNORECASE)
#: the same note in Chinese, in full-width brackets closing the caption, or bare after its last sentence: "…工廈。（資料
#: 圖片）", "…（示意圖）", "…休漁。資料圖片"
_CJK_FILE = r"(?:資料|资料|檔案|档案)"  # (the file's word, "資料圖片": a file picture)
_CJK_PICTURE = r"(?:圖片|图片|照片|相片)"
#: (the picture's word maybe short: "…查看鸽子。资料图")
_CJK_PICTURE_NOTE = re.compile(rf"(?:（\s*(?:{_CJK_FILE}(?:{_CJK_PICTURE}|圖|图)|示意(?:圖|图)片?)\s*）|"
                               rf"(?<=[。！？」])\s*{_CJK_FILE}(?:{_CJK_PICTURE}|圖|图))\s*$")
_BRACKETED_END = re.compile(r"\(\s*([^()]{3,40})\s*\)\s*$")
#: ... and alone in the credit's place, bracketed or not: "<span class='credit'>（資料写真）</span>", "資料照片"
_CJK_FILE_NOTE = re.compile(rf"[（(]?\s*{_CJK_FILE}(?:写真|{_CJK_PICTURE}|照)\s*[）)]?")


def closes_on_picture_note(text: str) -> bool:
    """Whether a caption closes on a note calling its picture a file picture, an illustration or a symbol, in brackets
    ("…工廈。（資料圖片）", "… (Symbolbild)"): a caption that credits nobody."""
    if _CJK_PICTURE_NOTE.search(text):
        return True
    bracketed = _BRACKETED_END.search(text)
    return bracketed is not None and _PICTURE_NOTE.match(bracketed.group(1)) is not None


#: an arrow pointing up at the picture, opening the caption printed under it ("▲ 老街上的咖啡馆。摄影：陈默")
CAPTION_ARROWS = "▲△↑⬆☝"
#: rights boilerplate some systems append to every caption.
_CAPTION_RIGHTS = re.compile(
    r"\s*(?:[-–—|]\s*)?(?:riproduzione\s+riservata|all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|"
    r"tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados|reproduction\s+interdite)\.?\s*$",
    re.IGNORECASE)
_CAPTION_LABEL = re.compile(
    # the label in Chinese too, as a broadcaster's pages in that language print it: "圖像加註文字，…", "图像加注文字，…"
    r"^\s*(?:image\s+caption|caption|bildunterschrift|подпись|图像加注文字|圖像加註文字)\s*[:,，]\s*"
    # (or a Japanese paper's link to its pictures set before the caption's words: "写真・図版海開きした…＝DATE、NAME撮影")
    # (not a credit's label: "写真・画像提供：X")
    r"|^\s*写真・(?:図版|図表|画像)\s*(?=\S)(?![提：:／/＝=])"
    # (or the picture's label in lenticular brackets opening the caption: "【写真】再開した休憩所で…＝PLACE（NAME撮影）")
    r"|^\s*[【［\[](?:写真|画像|図|图片|圖片)[】］\]]\s*(?=\S)", re.IGNORECASE
)
#: words that make a parenthetical at the end of a caption a credit.
_CREDIT_WORDS = re.compile(
    # (a reader's picture, as a public broadcaster credits it: "(Submitted by NAME)", "(Provided by NAME)")
    r"/|\b(?:getty|images|photo|photos|foto|press|pool|handout|courtesy|(?:submitted|provided)(?=\s+by\b)|"
    r"archive|archiv|"
    # "(Agencies)", "(Agences)": material of several agencies, as South Asian and Gulf papers credit it
    r"agency|agencies|agences|agentur|agenturen|agencia|agencias|agenzia|agenzie|shutterstock|alamy|istock|reuters|afp|ap|epa|dpa|imago|tass|ria|"
    r"efe|ansa|anp|pap|xinhua|kyodo|belga|lusa|keystone|anadolu|yonhap|kna|epd|aap|unsplash|pexels)\b|"
    r"(?-i:^[A-ZА-Я]{2,}$)|^фото\b|тасс|риа",
    re.IGNORECASE,
)
#: zero-width characters systems put inside credits ("Boris Roessler/\u200bdpa") to allow line breaks,
#: and soft hyphens (not the zero-width joiner, which holds emoji sequences together): dropped
_DROP_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u2060\ufeff\u00ad"))
_ZERO_WIDTH = re.compile("[\u200b\u200c\u2060\ufeff\u00ad]")
#: a credit's edges: the separators before and after it, and the equals sign a Japanese paper sets before it ("=共同")
_EDGE_PUNCT = " \t\n.,;:|–—-=＝"
#: a paper's own label before its photographer: "Gazette photo by NAME", "Staff photo by NAME", "Times photo by" (with
#: a colon, "KT Photo: NAME", the label stays: unseen39's convention)
_OUTLET_PHOTO_BY = re.compile(r"^((?:[A-Z][\w.'’&-]*\s+){1,3})(?:[Pp]hotos?|[Pp]hotograph)\s+by\s+(?=[A-Z])")
#: a company's name closing on an abbreviation with its full stop: "…, Inc.", "… Co.", "… Ltd."
#: (or a dotted abbreviation of a company's or society's kind: "e.V.", "S.A.", "B.V.")
COMPANY_END = re.compile(r"(\b(?:Inc|Corp|Co|Ltd|Bros)|(?<!\S)(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3})\.\s*$")
#: a Korean reporter's title after the name in a credit: "[사진 = 김혜진 기자]" credits 김혜진.
_TITLE_AFTER = re.compile(r"(?<=\S)\s+(?:기자|특파원)$")
#: the photographer's e-mail address printed after the name ("Pedro Portal pportal@herald.example"): a contact, no name
_CONTACT_AFTER = re.compile(r"(?<=\S)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def normalize_space(text: str | None) -> str:
    """Collapse runs of whitespace (including no-break spaces) and trim; zero-width characters
    and soft hyphens dropped. (``str.split`` splits on exactly what ``\\s`` matches.)"""
    if not text:
        return ""
    return " ".join((text.translate(_DROP_ZERO_WIDTH) if _ZERO_WIDTH.search(text) else text).split())


def strip_caption_label(text: str) -> str:
    """Drop a leading "Image caption, " / "Caption:" label."""
    return _CAPTION_LABEL.sub("", text, count=1)


def starts_with_credit_label(text: str) -> bool:
    """True for strings such as "Photo: Reuters", "Image source, Getty", "© dpa"."""
    return bool(LEADING_LABEL.match(text) or _COPYRIGHT.match(text))


def is_agency(text: str) -> bool:
    """True for the bare name of a news agency ("AFP", "EFE", "dpa")."""
    return bool(_AGENCY_NAME.match(normalize_space(text)))


def reads_as_credit(text: str) -> bool:
    """True for a short unlabelled string printed as a credit on its own: a name with an
    agency ("Name / Agency", "Name (EFE)"), a bare agency, or a person's name
    ("Claudio Álvarez") - capitalised words, no sentence punctuation."""
    text = normalize_space(text)
    if not text or len(text) > 60 or text[-1] in ".!?:;,":
        return False
    if starts_with_credit_label(text) or is_agency(text) or _CREDIT_WORDS.search(text):
        return True
    if (shot := _TRAILING_CJK_SHOT.match(text)) and not _NOT_PHOTOGRAPHER.search(shot.group(1)):
        return True  # a Chinese or Japanese photographer's line alone: "云帆新闻记者 刘沐阳 摄", "（記者NAME攝）"
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[0].isupper() or w.lower() in _PARTICLES for w in words)


def credit_link_text(text: str) -> bool:
    """Whether a link's text in a figure reads as the picture's credit, no headline: a labelled credit, an agency,
    or a name with a picture agency's word ("Jim Cumming/Getty Images", "AP Photo/Jane Doe")."""
    text = normalize_space(text)
    return 0 < len(text) <= 60 and text[-1] not in ".!?:;," \
        and (starts_with_credit_label(text) or is_agency(text) or _CREDIT_WORDS.search(text) is not None)


_PARTICLES = frozenset({"de", "da", "del", "della", "di", "van", "von", "der", "den", "le", "la", "y", "e", "bin", "al"})


#: a file picture's note after the credit's name: "Reuters/File", "AP / File photo", "AFP/Archives", and the local
#: paper's own "Valley Gazette file photo" (a space, then the note with its noun); "DR" (droits réservés) after a dash:
#: "Photo : NAME - DR" credits NAME (not "NAME / DR", the Danish broadcaster); and a German note in brackets on what
#: was done with the picture: "© NAME / Getty Images / iStock (Ausschnitt)" (cropped), "(Bildausschnitt)", "(Archivbild)"
_FILE_AFTER = re.compile(r"(?<=\w)(?:\s*/\s*(?:file|archives?)(?:\s+(?:photo|picture|image))?|\s+file\s+(?:photo|picture|image)s?"
                         r"|\s+[-–]\s+D\.?\s?R\.?|\s*\((?:(?:bild)?ausschnitt|archivbild)\))$", re.IGNORECASE)


#: the French regional press's file picture note before the credit: "PHOTO ARCHIVES NAME", "Photo archives Le Progrès"
#: (not an archive's own name: "Photo Archives nationales", "Photo archives de Lille")
_PHOTO_ARCHIVES = re.compile(r"^photos?\s+archives?\s+(?!(?:de|du|des|d['’]|nationales|départementales|municipales|"
                             r"communales|régionales)\b)(?=\S)", re.IGNORECASE)


#: an illustrative picture's note opening its bracketed credit, as Israeli sites print it: "(Illustrative: NAME/Flash90)"
#: (the note opening a caption, "Illustrative: CAPTION (NAME/Flash90)", stays the caption's)
#: (and a French one's "Photo d’illustration Ouest-Matin / NAME": the credit is the rest)
_ILLUSTRATIVE_NOTE = re.compile(r"^(?:illustrative\s*:|photo\s+d['’]illustration)\s*(?=\S)", re.IGNORECASE)


#: a label word and a slash before the credit's name, as New Zealand and Australian papers print it ("Photo / Mark
#: Mitchell", "Photo / Getty Images") and Chinese English-language papers in brackets ("[Photo/Xinhua]", as "图/新华社");
#: not "AP Photo/NAME", where the word does not open the credit
_SLASH_LABEL = re.compile(r"^\s*(?:photos?|pictures?|images?|graphics?|videos?|illustrations?)\s*/\s*(?=\S)", re.IGNORECASE)
#: a file picture's note, maybe the outlet's, and a slash before the photographer: "INQUIRER FILE PHOTO / NAME" (the note
#: goes, as "PHOTO ARCHIVES NAME"'s does; "AP Photo/NAME", no file picture's, stays whole)
#: and a bare "File" before a bar, as Kenyan dailies print it: "Photo credit: File | Nation Media Group"
_FILE_PHOTO_SLASH = re.compile(r"^(?:(?:[^\W\d_][\w.]*\s+){0,2}?file\s+(?:photo|picture|image)s?\s*/"
                               r"|file(?:\s+(?:photo|picture|image)s?)?\s*\|)\s*(?=\S)", re.IGNORECASE)


#: the picture's licence after the credited name ("Foto: NAME Lizenz: CC BY-SA 4.0", "Photo: NAME, License: CC BY 2.0"),
#: as blogs credit free pictures: a licence names nobody
_LICENCE_AFTER = re.compile(r"[\s,;|]+(?:lizenz|license|licence|licencia|licenza)\s*:.*$", re.IGNORECASE)


def clean_credit(printed: str | None) -> str | None:
    """Return the name part of a printed credit, or None when nothing is left.

    "Photo: Reuters" -> "Reuters"; "(Getty Images)" -> "Getty Images";
    "© dpa" -> "dpa"; "Image source, Getty Images" -> "Getty Images"; "圖／記者王小明攝" -> "王小明";
    "[Photo/Xinhua]" -> "Xinhua"; "Grafik: APA, Quelle: BMI" -> "APA" (the drawing's maker, not its data's source).
    """
    text = normalize_space(printed)
    if (screenshot := _LABELLED_SCREENSHOT.match(text)) is not None:
        return screenshot.group(1)  # "Foto: Screenshot Instagram / @NAME": after the label, the credit as printed
    if _DRAWN_LABEL.match(text) and (source := _DATA_SOURCE_AFTER.search(text)):
        text = text[:source.start()]
    for _ in range(3):
        if is_agency(text):  # "Photo News", a picture agency's whole name: no "Photo" label before "News"
            break
        before = text
        text = _unwrap(text)
        text = _SOURCE_BRACKET.sub("", text, count=1)
        text = _PHOTO_ARCHIVES.sub("", text, count=1)
        text = _ILLUSTRATIVE_NOTE.sub("", text, count=1)
        text = _SLASH_LABEL.sub("", _FILE_PHOTO_SLASH.sub("", text, count=1), count=1)
        if (outlet := _OUTLET_PHOTO_BY.match(text)) and not is_agency(outlet.group(1).strip()):
            text = text[outlet.end():]  # "Gazette photo by NAME", "Staff photo by NAME": the photographer
        text = LEADING_LABEL.sub("", _LEAD_LABEL.sub("", text, count=1), count=1)
        text = _STYLING_AFTER.sub("", text, count=1)
        text = _WHERE_WHEN_AFTER.sub("", text, count=1)
        if _PHOTO_COURTESY.match(text):
            text = _PHOTO_COURTESY.sub("", text, count=1)
            text = text[:1].upper() + text[1:]
        text = _BARE_LABEL.sub("", text, count=1)
        text = _COPYRIGHT.sub("", text, count=1)
        # "(PRNewsfoto/Northwind Robotics, Inc.)", "© NAME et al.": the full stop is the name's
        company = COMPANY_END.search(text) or _ET_AL.search(text)
        text = _FILE_AFTER.sub("", _CONTACT_AFTER.sub("", _TITLE_AFTER.sub("", _LICENCE_AFTER.sub("", text).strip(_EDGE_PUNCT))))
        if text[-1:].isdigit():
            text = _PICTURE_NUMBER.sub("", text)  # "Supplied 435682_01": the photo library's number is no name
        if company and text.endswith(company.group(1)):
            text += "."
        if (shot := _TRAILING_CJK_SHOT.match(text)) and not _NOT_PHOTOGRAPHER.search(shot.group(1)):
            text = _shot_name(shot)  # "圖／記者NAME攝": after the label, the reporter's title and the verb go
        elif titled := _REPORTER_TITLED.fullmatch(text):
            text = titled.group(1)  # "圖／記者NAME" (no verb): the reporter's title goes too
        if text == before:
            break
    # (nor a note of the picture's kind alone in the credit's place: "Symbolbild", "File photo")
    return None if _RIGHTS_RESERVED.match(text) or _BY_THE_WRITER.match(text) or _PICTURE_KIND.match(text) \
        or _PICTURE_NOTE.match(text) or _CJK_FILE_NOTE.fullmatch(text) else text or None


#: a reporter's title before her name alone in a Chinese credit, no verb after it: "圖／記者NAME", "图/PAPER记者 NAME"
#: (``clean_credit``)
_REPORTER_TITLED = re.compile(r"(?:本报|本報|特约|特約|[\u4e00-\u9fff]{2,6}?(?:日报|日報|晚报|晚報|时报|時報|商报|商報))?"
                              r"(?:记者|記者|摄影记者|攝影記者)\s*([\u4e00-\u9fff]{2,4})")
#: a Japanese chart's source label in brackets before the source: "（出所）会社資料を基に東邦経済作成"
_SOURCE_BRACKET = re.compile(r"^[（(](?:出所|出典)[)）]\s*(?=\S)")
#: ... closing the chart's caption: "北斗電産の受注高の推移（出所）会社資料を基に東邦経済作成"
_TRAILING_SOURCE_BRACKET = re.compile(r"(?<=\S)([（(](?:出所|出典)[)）]\s*[^（）()]{2,60})$")


#: where and when the picture was taken, in brackets after the photographer, as Swiss and German regional papers print
#: it: "Bild: NAME (Hochdorf, 14. 3. 2026)", "Foto: NAME (14.03.2026)" (``clean_credit``: the name)
_WHERE_WHEN_AFTER = re.compile(r"(?<=\S)\s+\((?:[^()\d]{2,40},\s*)?\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\)$")
#: a paper's writers named by the first of them, closing a credit: "© NAME et al." (the full stop is the name's)
_ET_AL = re.compile(r"\b(et al)\.$")


#: a picture desk's number for the photograph after the credit (a regional group's library: "Picture: Supplied
#: 435682_01", "NAME 220134_03"): five digits or more, maybe a shot's number after an underscore
_PICTURE_NUMBER = re.compile(r"(?<=[^\W\d_])\s+\d{5,}(?:_\d{1,3})?$")


#: "DR" / "D.R." (droits réservés, rights reserved) in a French credit: no holder named
_RIGHTS_RESERVED = re.compile(r"^(?:D\.?\s?R\.?|droits réservés|tous droits réservés)$", re.IGNORECASE)
#: what kind of picture it is, left of a Japanese paper's label over its pictures ("写真・図版", photo or figure): nobody
_PICTURE_KIND = re.compile(r"^(?:図版|図|表|グラフ|イラスト|画像|写真|動画|图表|圖表)$")
#: the writer credited by her role, as a blog's or an essay's caption credits her ("Photo by the author.", "Image:
#: author's own", "Photos: the writer"): no name printed, no photographer named (as "筆者" is none)
_BY_THE_WRITER = re.compile(r"^(?:the\s+)?(?:author|writer)(?:['’]s\s+own)?$", re.IGNORECASE)


#: a label saying what kind of picture it is ("Symbolbild:", "Archivfoto:"), which may stand for the credit's label
#: ("Symbolbild: dpa") or open a caption credited by a label of its own ("Symbolbild: CAPTION. Foto: NAME")
_PICTURE_KIND_LABEL = re.compile(r"^\s*(?:symbolbild|symbolfoto|archivbild|archivfoto|file\s+photo)\s*:", re.IGNORECASE)


@lru_cache(maxsize=4096)
def split_caption(text: str | None) -> tuple[str | None, str | None]:
    """Split a caption that carries its own credit into ``(caption, printed_credit)``.

    The printed credit keeps its label ("Photograph: Name/Agency"); pass it to
    :func:`clean_credit` for the name. Either part may be None. (Remembered: the readers of a picture's
    surroundings ask about the same line three times over.)
    """
    text = strip_caption_label(normalize_space(text))
    if not text:
        return None, None
    if text[-1] in ">›»" and (link := _EXPAND_LINK.search(text)):
        text = text[:link.start()]  # "… (AP Photo/NAME) more >": the caption's link to its full text, no words of it
    if "拡大" in text and (link := _ENLARGE_LINK.search(text)):
        # "…（撮影・NAME） [写真を拡大]": the caption cell's link to the larger picture (and one to buy a print of it after
        # it: "[写真を拡大]　写真の購入はこちら")
        text = text[:link.start()]
    if "hoto" in text and (outlet := _OUTLET_PHOTO_AFTER.search(text)):
        return _tidy_caption(text[:outlet.start(1)]), outlet.group(1)  # "… on Monday. Tribune photo: NAME"
    if text[0] == "【" and text[-1] == "】" and text.count("【") == 1 and text.count("】") == 1:
        text = text[1:-1].strip()  # a caption wrapped whole in lenticular brackets: "【▲ CAPTION（Credit: NAME）】"
    if _COURTESY_ONLY.match(text):
        return None, text
    if (bracketed := _BRACKETED_NAME_ONLY.match(text)) is not None:
        return None, bracketed.group(1)  # "(Solenne)" alone under a product's picture: its maker's credit
    if starts_with_credit_label(text):
        if is_video_title(text):
            # "Video: Beach patrol clears the water after …": a clip's title under a label that may open a credit
            return _tidy_caption(_VIDEO_LABEL.sub("", text, count=1)), None
        if _VIDEO_LABEL.match(text):
            # "Video: SHOW | 11.03.2026 | NAME", "Video: NAME/Reuters" under a player: the clip's credit, none of its
            # poster's (a picture's credit is a photo credit; a clip's is no picture's)
            return None, None
        if _PICTURE_KIND_LABEL.match(text):
            # "Symbolbild: CAPTION. Foto: NAME", "FILE PHOTO: CAPTION. REUTERS/NAME": the note opens the caption
            for find in (_split_at_label, _split_trailing):
                if (found := find(text)) and found[0].strip():
                    return _tidy_caption(found[0]), found[1]
        return None, text
    for find in (_split_at_label, _split_trailing):
        found = find(text)
        if found:
            caption, credit = found
            note = _TRAILING_PIPE.search(caption.rstrip("| "))
            if note and _PICTURE_NOTE.match(note.group(1)):
                caption = caption[: note.start()]  # "… | File photo | ANI": the note about the picture is no caption
            return _tidy_caption(caption), credit
    if (note := _CJK_PICTURE_NOTE.search(text)) is not None and note.start() > 0 and "（" not in note.group(0):
        return _tidy_caption(text[:note.start()]), None  # "…休漁。資料圖片": a file picture, its credit nobody's
    return _tidy_caption(text), None


#: the label of a video's title under its player: "Video: …", "Vidéo : …" (or of the clip's credit: "Video:
#: NAME/Reuters")
_VIDEO_LABEL = re.compile(r"^\s*(?i:video|vidéo)\s*:\s*")
#: the fewest words, and of them in lower case, of a title (no name's credit)
_TITLE_WORDS, _TITLE_LOWER_WORDS = 4, 2


def is_video_title(text: str) -> bool:
    """Whether ``text`` is a video's title under its label ("Video: Beach patrol clears the water at …"), not the clip's
    credit ("Video: NAME/Reuters")."""
    return (found := _VIDEO_LABEL.match(text)) is not None and _titled(text[found.end():])


def _titled(text: str) -> bool:
    """Whether ``text`` reads as a title, a clause of words in lower case among capitalised ones (the words joining a
    name's aside: "Courtesy of the City of X" is a credit), no credit's name."""
    words = text.split()
    return len(words) >= _TITLE_WORDS \
        and sum(word[0].islower() and word not in _NAME_JOINING_WORDS for word in words) >= _TITLE_LOWER_WORDS


#: the words in lower case a name or a credit holds ("City of X", "Courtesy of the X")
_NAME_JOINING_WORDS = frozenset(("of", "the", "and", "for", "de", "du", "des", "la", "le", "von", "der", "die", "das",
                                 "und", "et"))


#: a paper's photo label and its photographer after the caption's last sentence: "… on Monday. Tribune photo: NAME"
_OUTLET_PHOTO_AFTER = re.compile(r"(?<=[.!?] )((?:[A-Z][\w.'’&-]*\s+){1,2}[Pp]hotos?\s*:\s*[A-Z][^.:]{1,40})$")
#: the link a caption closes on to show its whole text: "more >", "mehr ›", "plus »"
#: a Japanese caption cell's link to the picture shown larger, closing it: "[写真を拡大]", "［拡大］" (or after a
#: triangle, in a row of its own under the caption's: "▼写真を拡大"; or after guillemets: "≫拡大")
_ENLARGE_LINK = re.compile(r"\s*(?:[\[［]\s*(?:写真を?|画像を?)?拡大(?:する)?\s*[\]］]|[▼▽▶►→]\s*(?:写真|画像)を?拡大(?:する)?|"
                           r"[≫»＞>]{1,2}\s*(?:写真を?|画像を?)?拡大(?:する)?)"
                           r"(?:\s*(?:写真|画像)の(?:ご?購入|販売)(?:はこちら)?)?\s*$")
_EXPAND_LINK = re.compile(r"\s+(?i:more|mehr|plus|suite)\s*[>›»]$")


def tidy_caption(text: str | None) -> str | None:
    """Normalise a caption that has no credit in it; None when empty."""
    return _tidy_caption(strip_caption_label(normalize_space(text)))


#: a drawn picture's maker label ("Map:", "Graphic:", "Grafik:", "Karte:", "Infographie :") and the label of its
#: data's source after it ("Source:", "Quelle:"), as maps and charts print them: "Map: NAME; Source: TRUST", "Grafik:
#: NAME / Quelle: NETWORK"
_DRAWN_LABEL = re.compile(r"^(?:maps?|graphics?|charts?|infographics?|grafik|karte|infografik|infographie|carte|graphique)\s*:",
                          re.IGNORECASE)
_DATA_SOURCE_WORDS = r"(?:sources?|quellen?|data|daten|fuente|fonte)\s*:"
_DATA_SOURCE_LABEL = re.compile("^" + _DATA_SOURCE_WORDS, re.IGNORECASE)
#: a chart's data source as a caption's closing line reads once split off: "Source: ONS", "资料来源：人力部"
DATA_SOURCE_LINE = re.compile(rf"^(?:{_DATA_SOURCE_WORDS}|(?:数据来源|數據來源|资料来源|資料來源)\s*[:：])", re.IGNORECASE)
#: ... the data's source after the maker in one credit: "Grafik: APA, Quelle: BMI"
_DATA_SOURCE_AFTER = re.compile(r"\s*[,;|/]\s*" + _DATA_SOURCE_WORDS + ".*$", re.IGNORECASE)


#: a paper's name of one to three capitalised words opening a credit's bracket before the label ("(Express Photo by
#: NAME)", "(Herald Photo: NAME)"): the bracket is the credit (``_OUTLET_PHOTO_BY`` then drops the name)
_OUTLET_BEFORE_LABEL = re.compile(r"[(\[]((?:[A-Z][\w.'’&-]*\s+){1,3})$")


def _split_at_label(text: str) -> tuple[str, str] | None:
    matches = list(_INNER_LABEL.finditer(text))
    if not matches:
        return None
    chosen = len(matches) - 1
    if chosen > 0 and _DATA_SOURCE_LABEL.match(matches[chosen].group()) \
            and _DRAWN_LABEL.match(matches[chosen - 1].group()) \
            and text[matches[chosen - 1].end():matches[chosen].start()].rstrip().endswith((";", "|", ",", "/")):
        drawn = matches[chosen - 1]  # "Map: NAME; Source: TRUST": the maker is the picture's credit, the source its data's
        return text[:drawn.start()], text[drawn.start():matches[chosen].start()].strip().rstrip(";|,/").strip()
    while chosen > 0 and not text[matches[chosen - 1].end():matches[chosen].start()].strip():
        chosen -= 1  # labels in a row belong to one credit: "Foto: Skjermdump, The Guardian"
    start = matches[chosen].start()
    if start > 1 and text[start - 1] == " " and (outlet := _OUTLET_BEFORE_LABEL.search(text, 0, start)) is not None:
        start = outlet.start(1)  # "(Express Photo by NAME)": the paper's name in the bracket before its label
    if start > 0 and text[start - 1] in "([（【":
        start -= 1
        close = text.find(_CLOSING[text[start]], start)
        if close > 0 and text.find(text[start], start + 1, close) < 0 and _CREDIT_TRAILER.match(text[close + 1:]):
            return text[:start], text[start:close + 1]  # the bracket holds the credit; a date or address after it goes
    # "…藤川監督＝撮影・NAME", "…（東京都台東区）／写真：NAME": the equals sign or the slash leads the credit in
    return text[:start].rstrip("＝／"), text[start:].strip()


#: a Japanese map's or chart's note of what it was drawn from, in brackets closing its caption: "…避難所（国土地理院の
#: 地図を基に作成）", "（厚生労働省の資料をもとに作成）", credited as printed (as the same words in a credit's own element)
_TRAILING_MADE_FROM = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff々」』])\s*([（(]\s*[^（）()]{2,40}?を(?:基|もと)に"
                                 r"[^（）()]{0,20}?作成\s*[）)])\s*$")


def _split_trailing(text: str) -> tuple[str, str] | None:
    for pattern in (_TRAILING_SOURCE_BRACKET, _TRAILING_MADE_FROM, _TRAILING_COPYRIGHT, _TRAILING_SLASH,
                    _TRAILING_AGENCY,
                    _TRAILING_BARE_LABEL, _TRAILING_KO_CREDIT, _TRAILING_OUTLET_PHOTO_BY, _TRAILING_CAPS_OUTLET,
                    _TRAILING_OUTLET_FILE, _TRAILING_DASH_PIC, _TRAILING_DASH_CAPS, _TRAILING_COURTESY):
        match = pattern.search(text)
        if match and match.start(1) > 0:
            return text[: match.start(1)], match.group(1).strip()
    match = _TRAILING_SPACED_SLASH_AGENCY.search(text)
    if match and LOWER_WORD.search(text[: match.start()]):
        return text[: match.start()], match.group(1).strip()
    match = _TRAILING_PIPE.search(text)
    if match and match.start() > 0 and (is_agency(match.group(1)) or _CREDIT_WORDS.search(match.group(1))
                                        or starts_with_credit_label(match.group(1))):
        return text[: match.start()], match.group(1).strip()
    if (match := _TRAILING_CJK_AGENCY.search(text.translate(_HALF_WIDTH))) is not None:
        return text[: match.start()], text[match.start(1):match.end(1)]  # "…＝ＡＰ": the agency as printed
    match = _TRAILING_CJK_LENTICULAR.search(text) or _TRAILING_CJK_PROVIDED.search(text) \
        or _TRAILING_JA_DRAWN.search(text) or _TRAILING_SCREENSHOT.search(text)
    if match:
        return text[: match.start()], match.group(1)
    if (match := _WRITER_SHOT.search(text)) is not None and match.start() > 0:
        return text[: match.start()], match.group(1)  # "…担当者（筆者撮影）": credited as printed, as "写真：筆者撮影" is
    match = _TRAILING_CJK_SHOT.search(text)
    if match and match.start() > 0 and not _NOT_PHOTOGRAPHER.search(match.group(1)):
        caption = text[: match.start()].rstrip("、，,＝=(（ ")
        if caption.count("（") > caption.count("）"):  # "…社長（東京都千代田区で、山田太郎撮影）"
            caption = caption[: caption.rfind("（")]
        return caption, _shot_name(match)
    if "＝" in text and (match := _SUPPLIED_AFTER_PLACE.search(text)) is not None:
        return text[: match.start()].rstrip("、，, "), match.group(1) or match.group(2)  # "…＝DATE、PLACE、NAME提供"
    match = _TRAILING_CJK_STAFF_SHOT.search(text)
    if match and match.start() > 0:
        return text[: match.start()], match.group(1)
    if (match := _STAFF_SUPPLIED.search(text)) is not None and match.start() > 0:
        return text[: match.start()], match.group(1)  # "…。通讯员 NAME 供图": the correspondent, as "记者 NAME 摄" credits
    match = _TRAILING_CJK_SUPPLIED.search(text)
    if match and match.start() > 0:
        return text[: match.start()], next(group for group in match.groups() if group)
    match = _TRAILING_CJK_PARENS.search(text)
    if match and match.start() > 0:
        return text[: match.start()], match.group(1) or match.group(2)
    match = _TRAILING_HANDLE.search(text)
    if match and match.start() > 0:
        return text[: match.start()], match.group(1)  # "…誕女喜訊。（IG@NAME）": the account's post, credited so
    match = _TRAILING_CJK_BARE.search(text) if text[-1:] != "。" else None
    if match and match.start() > 0:
        return text[: match.start()], match.group(1)  # "…巡查。漁護署提供", "…漁船。中新社": no brackets
    match = _TRAILING_NAME_PARENS.search(text)
    if match and match.start(1) > 0 and _CREDIT_WORDS.search(match.group(1).rsplit("(", 1)[1]):
        return text[: match.start(1)], match.group(1).strip()
    match = _TRAILING_PARENS.search(text)
    if match and match.start() > 0 and (_CREDIT_WORDS.search(match.group(1) or match.group(2))
                                        or is_agency((match.group(1) or match.group(2)).strip())
                                        or match.group(2) is not None and _CAPITALS.fullmatch(match.group(2))
                                        or match.group(1) is not None and text[match.start() - 1] in ".!?"
                                        and (_INSTITUTION_CREDIT.fullmatch(match.group(1).strip())
                                             or _named_after_sentence(match.group(1)))) \
            and not _PICTURE_NOTE.search(match.group(1) or match.group(2)) \
            and not _NUMERIC_DATE.fullmatch(match.group(1) or match.group(2)) \
            and not _sentence_abbreviation(text, match):
        return text[: match.start()], match.group(0).strip()
    match = _TRAILING_WIDE_PARENS.search(text)
    if match and match.start() > 0 and (_CREDIT_WORDS.search(match.group(1)) or is_agency(match.group(1))) \
            and not _PICTURE_NOTE.search(match.group(1)):
        return text[: match.start()], match.group(0).strip()
    return None


def _named_after_sentence(bracketed: str) -> bool:
    """Whether the words in brackets after a caption's last sentence are a name of a few capitalised words, the
    picture's source ("… de Noia Apostoli. (Edu Luque)", as "(Solenne)" alone credits its maker), or one word a
    name's inner capital or apostrophe marks ("… from different mice. (ScholarSleuth)", "(Christie's)"): not one plain
    word, as often a place ("… en Jerusalén, 21 de mayo. (Jerusalén)") or a note ("(Cedida)"), nor where the picture
    stands or what it is ("(Left)", "(File photo)", "(Archivbild)")."""
    name = bracketed.strip()
    return _BRACKETED_NAME_ONLY.match(f"({name})") is not None and _PLACE_OR_KIND.match(name) is None \
        and (" " in name or _MARKED_WORD.search(name) is not None)


#: a word a name's marks set apart from a plain word: a capital inside it, an apostrophe, an ampersand
_MARKED_WORD = re.compile(r"[a-zß-ÿ][A-Z]|['’&]")
#: the words opening a bracket after a caption that says where the people stand or what the picture is, in the
#: languages archived ("(Left to right)", "(File photo)", "(Foto de archivo)", "(Symbolbild Polizei)")
_PLACE_OR_KIND = re.compile(r"(?:Files?|Left|Right|Above|Below|Top|Bottom|Cent(?:re|er)|Front|Back|Inset|Pictured|"
                            r"Archives?|Video|Photos?|Handout|Stock|Supplied|Submitted|Illustration|Image|"
                            r"Archiv\w*|Arkiv\w*|Symbol\w*|Foto|Fotos|Imagen|Archivo|Cedidas?|Links|Rechts|Oben|Unten|"
                            r"Gauche|Droite|Izquierda|Derecha)\b")


def _sentence_abbreviation(text: str, match: re.Match) -> bool:
    """Whether the bracket closing ``text`` (``_TRAILING_PARENS``) is an abbreviation the sentence spells out before
    its full stop ("… a confirmé la Métropole européenne de Lille (MEL)."): no agency's nor a credit's word (its
    capitals alone, folded, match none), set right after a word of the sentence (no stop before it) with the
    sentence's full stop after it. A credit in brackets follows the caption's own stop ("… in 1961. (AFP)") or closes
    it without one."""
    inner = (match.group(1) or match.group(2)).strip()
    return match.group(0).rstrip().endswith(".") and text[: match.start()].rstrip()[-1:].isalpha() \
        and _CREDIT_WORDS.search(inner.casefold()) is None and not is_agency(inner)


#: a credit set off by a bar after the caption, as Indian outlets print it: "… in Kolhapur | File photo | ANI",
#: "… in New Delhi | Photo: PTI" (the last part, when it reads as a credit; a picture note before it goes)
_TRAILING_PIPE = re.compile(r"\s+\|\s+([^|]{2,60}?)\s*$")


def _unwrap(text: str) -> str:
    if len(text) > 1 and text[0] in "([（【" and text[-1] in ")]）】" and text.count("(") <= 1:
        return text[1:-1].strip()
    return text


#: the brackets a credit printed in an element of its own stood in, left empty once it is taken out ("Caption. <span>(
#: </span><cite>NAME</cite>)")
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|（\s*）|\[\s*\])")


def _tidy_caption(text: str) -> str | None:
    text = _EMPTY_BRACKETS.sub("", _CAPTION_RIGHTS.sub("", text))
    text = text.strip().rstrip("|–—-/,; ").lstrip(CAPTION_ARROWS + " ").strip()  # the separator before a credit split off,
    # and the arrow pointing at the picture above ("▲ …")
    return text or None
