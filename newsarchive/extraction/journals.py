"""The journal a study reported on appeared in, cited as a source: "published Wednesday in the journal Nature",
"The findings, published in The Lancet Child & Adolescent Health, …", "im Fachjournal „Science“ erschienen",
"selon une étude parue dans The Lancet", "英科学誌ネイチャーに掲載された", "相关研究成果发表于《自然》杂志".

Science and health stories name the periodical their news comes from the way other stories name the paper that
reported it first; a researcher gathering what a story cites wants it with the outlets. No library reads these
(citation parsers such as those of reference managers read reference lists, not a sentence's wording), so the forms
are written here, each by the words that say a name is a journal's: a noun ("the journal X", "Fachjournal",
"科学誌", "期刊"), or a verb of publishing after a study's noun ("a study published in X"). Institutions, a preprint
server or a press release are never named so by these words, and no journal's name is listed.
"""

from __future__ import annotations

import re

from .outlets import FRENCH_TITLE

#: words one of which every sentence these forms read holds, looked for first (most paragraphs hold none; a test of
#: each is faster than a search of their alternation, which tries it at each position of the paragraph)
_HINTS = ("journal", "Journal", "published", "appeared", "paru", "publié", "revue", "Fach", "eitschrift", "誌", "期刊",
          "杂志", "雜誌", "发表", "發表", "刊登", "刊发", "刊發", "刊载", "刊載", "登载", "登載", "刊於", "刊于")

#: a capitalised word of a title, "&" and the small words inside titles between them ("Journal of the American
#: Medical Association", "Environmental Science & Technology", "Nature Ecology & Evolution"); no full stop, which
#: closes the sentence ("… in the journal XXI. The …")
# (words joined by an en dash too: "JAMA Otolaryngology–Head & Neck Surgery")
_CAP = r"(?:[A-Z][\w'’-]*(?:–[A-Z][\w'’-]*)?|&)"
_TITLE = rf"(?:The\s+)?[A-Z][\w'’-]*(?:–[A-Z][\w'’-]*)?(?:\s+(?:(?:of|for|and|on|in|the)\s+)*{_CAP})*"
#: the months and days, when a study appeared ("published in March in the Journal of X")
_WHEN_WORDS = (r"January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
               r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
#: words that name a time, a place's kind or a language after "published in", no journal
_NOT_TITLES = re.compile(rf"^(?:{_WHEN_WORDS}|English|French|German|"
                         # (not a journal titled so: "The Journal of Rural Health")
                         r"Spanish|Chinese|Japanese|The\s+(?:Journal|Study|Paper|Report)(?!\s+of\s))\b")

#: "in the journal X", "the peer-reviewed medical journal X", "la revue X", "im Fachjournal X" (unquoted; in lower
#: case: "the Wall Street Journal Editorial Board" is a paper's name), "la revue Les Lettres plastiques." (a French
#: title, ``outlets.FRENCH_TITLE``)
_EN_JOURNAL = re.compile(rf"\b(?:journal|revue|Fachjournal|Fachzeitschrift|Fachblatt|Fachmagazin)\s+"
                         rf"(?:scientifique\s+|médicale\s+)?(?P<name>{FRENCH_TITLE}|{_TITLE})")
#: "a study published in X", "The findings, published in X,", "une étude parue dans X" (a study's noun earlier in the
#: sentence, the verb of publishing, up to three words of when, then the title; not a website's: "an article published
#: in UN Habitat website")
#: (after "the" in lower case, a title with a journal's word: "published in the Irish Medical Journal", not "in the
#: United States"; in French, in quotes after the article: "publié en 2020 dans le «New England Journal of Medicine»")
_PUBLISHED_IN = re.compile(rf"\b(?:published|appeared|appearing|parue?s?|publiée?s?)\s+(?:[\w-]+\s+){{0,3}}?"
                           rf"(?:in|dans)\s+(?:the\s+(?P<the>(?>{_TITLE}))|(?:(?:le|la|les)\s+)?[«“\"]\s?"
                           r"(?P<quoted>[^«»“”\"]{2,60}?)\s?[»”\"]|"
                           # (a French journal's title after its article, opening on its kind's word and going on in
                           # lower case: "parue en juin dans la Revue belge d’entomologie appliquée,")
                           r"(?:la|le|les)\s+(?P<revue>(?:Revue|Journal|Bulletin|Annales|Cahiers|Archives)"
                           r"(?:\s+(?:d['’])?[\wà-ÿ'’-]+){1,4}?)(?=\s*[,.;:)!?])|"
                           # (not a month or a day, when it appeared, the title after it: "published in March in
                           # the Journal of X")
                           rf"(?!(?:{_WHEN_WORDS})\b)(?P<name>(?>{_TITLE})))"
                           r"(?!\s+(?:website|site|blog|page|platform)\b)")
#: the article itself as what was published: "Cet article est paru dans X (édition Brest)", "This article appeared in
#: …" (a print note naming the paper, no study's journal)
_ITSELF = re.compile(r"\b(?:cet\s+article|ce\s+texte|this\s+(?:article|story|piece))\s+(?:[\w’']+\s+){0,2}$",
                     re.IGNORECASE)
#: a word of journals' titles ("the Irish Medical Journal", "the Annals of …")
_JOURNAL_WORD = re.compile(r"\b(?:Journal|Review|Annals|Proceedings|Bulletin|Letters|Reports|Medicine|Lancet|"
                           r"Science|Archives|Transactions)\b")
_STUDY = re.compile(r"\b(?:study|studies|paper|findings|research|results|trial|analysis|review|survey|report|"
                    r"case series|case reports?|"
                    r"étude|travaux|recherche|résultats|essai|article)\b", re.IGNORECASE)
#: a day or month read into the title after a small word: "… in the journal Nature Astronomy on Monday"
_TRAILING_WHEN = re.compile(rf"\s+(?:on|in|of|the)\s+(?:(?:the|of)\s+)?(?:{_WHEN_WORDS})\b.*$")
#: "im Fachjournal „X“", "in der Fachzeitschrift «X»", "dans la revue « X »", "the journal "X"" (quoted; the German
#: nouns' genitive too: "eine Kommission des Fachblatts „X“")
_QUOTED_JOURNAL = re.compile(r"(?:[Jj]ournal|[Zz]eitschrift|(?:Fachblatt|Fachmagazin|Fachjournal)(?:e?s)?|revue)"
                             r"\s*[„“\"«]\s?"
                             r"(?P<name>[^„“”\"«»]{2,60}?)\s?[“”\"»]")
#: Japanese: "英科学誌ネイチャーに掲載", "米科学誌サイエンスに発表", "英医学誌「BMJ」に2023年に掲載", "医学誌『X』に掲載",
#: "英天文学誌ネイチャー・アストロノミーに掲載される" (a science's journal: "天文学誌", "地質学誌")
#: (the journal's word, then its name in katakana or Latin letters or in 「」 or 『』, then where it appeared, maybe after
#: what appeared: "医学誌「X」に、…を分析した結果が掲載され")
_JA_JOURNAL = re.compile(r"(?:科学|医学|学術|専門|医療|学会|[\u4e00-\u9fff]{1,3}学)誌の?"
                         r"(?:「(?P<quoted>[^「」]{2,40})」|『(?P<titled>[^『』]{2,40})』|"
                         r"(?P<name>[\u30a0-\u30ffA-Za-z][\u30a0-\u30ffA-Za-z0-9・ー&.\s-]{1,40}?))"
                         r"(?:（電子版）|電子版)?(?:(?:に|で)[^。]{0,40}?(?:掲載|発表|報告|公表|載)"
                         # (or its commission's or its paper's finding: "英医学誌ランセットの委員会は、難聴を…に挙げている")
                         r"|の(?:委員会|論文|研究|報告|調査|分析)(?:は|が|で|に|によると))")
#: ... or a society's journal named by its own word closing it: "水環境学会誌に論文を発表した", "日本X学会論文誌に掲載された"
_JA_SOCIETY_JOURNAL = re.compile(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])(?P<name>[\u4e00-\u9fff\u30a0-\u30ff]{1,12}?"
                                 r"(?:学会誌|学会論文誌|学会雑誌))(?:（電子版）|電子版)?(?:に|で)[^。]{0,40}?"
                                 r"(?:掲載|発表|報告|公表|載)")
#: Chinese: "发表于《X》杂志", "刊登於國際期刊《X》", "刊於醫學期刊《X》", "在《X》杂志上发表" (not the article's own print
#: note: "上述文章刊登於第318期《X周報》")
_ZH_JOURNAL = re.compile(r"(?<!上述文章)(?<!上文)(?<!本文)"
                         r"(?:发表|發表|刊登|刊发|刊發|刊载|刊載|登载|登載)(?:于|於|在)\s*[^《》，。；]{0,10}?"
                         r"《(?P<name>[^《》]{2,40})》"
                         # ("刊於" only before a journal's word: "本文原刊於《X》第38期" is a magazine's piece)
                         r"|刊(?:于|於)\s*[^《》，。；]{0,8}?(?:期刊|杂志|雜誌|学报|學報)\s*《(?P<kind>[^《》]{2,40})》"
                         r"|在\s*(?:[^《》，。；]{0,8}?(?:期刊|杂志|雜誌))?《(?P<before>[^《》]{2,40})》\s*(?:杂志|雜誌|期刊)?\s*上?"
                         r"(?:发表|發表|刊登|刊发|刊發|刊载|刊載)")


def journal_citations(text: str) -> list[tuple[str, int, int, bool]]:
    """The journals the paragraph ``text`` names as where a study appeared: (name, start, end, in Chinese or
    Japanese)."""
    if not any(hint in text for hint in _HINTS):
        return []
    found: list[tuple[str, int, int, bool]] = []
    for m in _EN_JOURNAL.finditer(text):
        found.append((m.group("name"), m.start("name"), m.end("name"), False))
    for m in _QUOTED_JOURNAL.finditer(text):
        found.append((m.group("name").strip(), m.start("name"), m.end("name"), False))
    for m in _PUBLISHED_IN.finditer(text):
        group = "name" if m.group("name") else "quoted" if m.group("quoted") else "revue" if m.group("revue") else "the"
        before = text[max(0, m.start() - 120):m.start()]
        if _STUDY.search(before) and not _ITSELF.search(before) \
                and (group != "the" or _JOURNAL_WORD.search(m.group("the"))):
            found.append((m.group(group), m.start(group), m.end(group), False))
    for m in _JA_JOURNAL.finditer(text):
        name = m.group("quoted") or m.group("titled") or m.group("name")
        found.append((name.strip(), m.start(), m.end(), True))
    for m in _JA_SOCIETY_JOURNAL.finditer(text):
        found.append((m.group("name"), m.start(), m.end(), True))
    for m in _ZH_JOURNAL.finditer(text):
        found.append((m.group("name") or m.group("kind") or m.group("before"), m.start(), m.end(), True))
    return [(_TRAILING_WHEN.sub("", name).rstrip("’'"), start, end, cjk) for name, start, end, cjk in found
            if not _NOT_TITLES.match(name)]
