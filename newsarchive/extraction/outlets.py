"""Words that name news outlets, in the languages the extractors meet.

An outlet's name usually says what it is: "Times", "Post", "Zeitung" in the West, a
closing "网" (net), "新聞" (newspaper), "ニュース" or "일보" in Chinese, Japanese and
Korean. A name read in a sentence ("as the Rheinische Post reported") or at the end of
a page's title ("...-新华网") is taken for an outlet's by these words when the page
does not declare the outlet's name.
"""

from __future__ import annotations

import re

#: the French weekdays and months, in lower case as French prints them (words of when around a cited name)
FRENCH_WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
FRENCH_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"

#: a French title going on in lower case after its article and noun, closing the clause or before when ("cité par La
#: Gazette mosane.", "à la revue Les Lettres plastiques.", "comme l'a rapporté La Gazette médicale en mai,"): a
#: publication's name, whose later words no capital marks (but a place's name after "de": "L'Écho de la Loire")
FRENCH_TITLE = (r"(?-i:(?:Le|La|Les)\s|L['’])[A-ZÀ-Þ][\w'’-]+"
                # (no word of when after the name: "Le Temps en janvier", "Le Monde mardi", "Le Soir dès lundi")
                r"(?!\s+(?:en|à|dès|depuis|ce|cette|lors|" + FRENCH_WEEKDAYS + r"|hier|aujourd['’]hui)\b)"
                # (its words in lower case no weekday's nor yesterday's: "L’Écho charentais vendredi,")
                r"(?:(?:\s+(?!(?:" + FRENCH_WEEKDAYS + r"|hier)\b)[a-zà-ÿ][\w'’-]+){1,2}"
                # (then maybe its place: "La Gazette agricole de l'Orne")
                r"(?:\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-Þ][\w'’-]+)?"
                # (or a place's name after "de", "du", "des": "comme l'a révélé L'Écho de la Loire,"; maybe going on
                # in lower case: "La Gazette de la Rive droite")
                r"|\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-Þ][\w'’-]+"
                r"(?:\s+(?!(?:en|à|dès|depuis|ce|cette|lors|hier|le|la|les|et|ou|qui|que|dont|selon)\b)"
                r"[a-zà-ÿ][\w'’-]+)?)"
                r"(?=\s*[,.;:)!?]|\s+(?:en|à|le|dès|depuis|ce|cette)\s|"
                r"\s+(?:" + FRENCH_WEEKDAYS + r"|hier)\b)")

#: the names of France's public broadcasters, the country's name before a capitalised word or a channel's number
#: ("France Inter", "France Bleu", "France Télévisions", "France 3"): an outlet's only where someone spoke to it or it
#: reported (bodies are named so too: "selon France Travail", "France Stratégie")
FRENCH_BROADCASTER = re.compile(r"^France\s+(?:[A-ZÀ-Þ][\w'’-]+|\d{1,2})$|"
                                # (or a regional station, its region's words after it: "France Bleu Loire Océan",
                                # "France 3 Centre-Val de Loire")
                                r"^France\s+(?:Bleu|3)(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|de|du|des)){1,4}$")
#: a word of outlets' names in Latin script
OUTLET_WORD = re.compile(
    # ("Independent" before no other capitalised word: "the Irish Independent", not "the Independent Bakers’ Guild" nor
    # "the Independent Police Complaints Commission")
    r"\b(?:Times|Post|News|Journal|Tribune|Herald|Press|Gazette|Telegraph|Guardian|Chronicle|Courier|"
    r"Independent(?!\s+[A-Z])|"
    r"Observer|Standard|Mail|Express|Daily|Weekly|Week|Magazine|Radio|TV|FM|Television|Broadcasting|Wire|Zeitung|"
    # (a Philippine station's "Radyo": "told Radyo Batanlaya")
    r"Radyo|"
    # (a French-speaking local television's "Télé" before its region's name: "Télé Meuse-Vesdre")
    r"Télé(?=\s+[A-ZÀ-Þ])|"
    # (a paper's "Voice": "the Upper Valley Voice", "the Village Voice")
    r"Voice|"
    # (an Irish or English local paper's "Champion", not a sport's: "the X Champion", not "the World Champion")
    r"(?<!World )(?<!Olympic )(?<!European )(?<!National )(?<!Defending )(?<!Reigning )(?<!Club )Champion|"
    # (a public broadcaster's "Public Media", as American ones call themselves: "X Public Media"; not "Media" alone, a
    # company's as often)
    r"(?<=Public )Media|"
    r"Allgemeine|Rundschau|Anzeiger|Kurier|Nachrichten|Tagblatt|Blatt|Presse|Tageblatt|Diario|Periódico|Corriere|"
    r"Clarion|Beacon|Gleaner|Gazzetta|Stampa|Dagblad|Krant|Gazeta|Courrier|Nouvelles|Sentinel|Ledger|Examiner|"
    r"Inquirer|Bulletin|Dispatch|Echo|Mercury|Star|Hebdo|"
    # (a French paper's time of day: "Le Soir", "Bruxelles Matin", "Nice-Matin")
    r"Matin|Soir|"
    # (a paper's "Record": "the X Business Record", "Daily Record"; not a world's, a court's or a public one)
    r"(?<!World )(?<!Court )(?<!Public )(?<!Criminal )(?<!Medical )(?<!Police )(?<!Track )Record|"
    # (and its "Recorder": "the Greenfield Recorder"; not a court's officer, "the Recorder of London")
    r"Recorder(?!\s+of\b)|"
    # (and the word for news in the transliterated names of South Asian and Arab papers: "Awadh Samachar", "Akhbar")
    r"Enquirer|Advocate|Argus|Ilbo|Shimbun|Shinbun|Sinmun|Nippo|Quarterly|Monthly|Advertiser|Samachar|Khabar|Akhbar|"
    # (a community paper's "Leader", not a title's: "the Valley Leader", not "the Opposition Leader")
    r"(?<!Majority )(?<!Minority )(?<!Opposition )(?<!Party )(?<!House )(?<!Senate )(?<!Council )(?<!Deputy )"
    r"(?<!Team )(?<!Group )(?<!World )Leader)\b"
    # (or a station's frequency glued to its band: "KLR 96FM", "Radio 103.2FM")
    r"|\b\d{2,3}(?:\.\d)?FM\b"
    # (or closing a German compound, in camel case or not: "SonntagsZeitung", "Landeszeitung", "Kreisanzeiger",
    # "Westfalenrundschau", "Stadtnachrichten"; not a paper's kind alone: "die Tageszeitung junge Welt")
    r"|(?<=[a-zäöüß])Zeitung\b"
    r"|(?<=[a-zäöüß])(?<!Tages)(?<!Wochen)(?<!Lokal)(?<!Regional)(?<!Boulevard)(?<!Fach)(?<!Gratis)(?<!Partei)"
    r"(?<!Monats)(?:zeitung|anzeiger|rundschau|nachrichten)\b"
    # (or a paper's "-kurier": "Südkurier", "Nordkurier"; not a person's trade: "Fahrradkurier", "Drogenkurier")
    r"|(?<=[a-zäöüß])(?<!Fahrrad)(?<!Paket)(?<!Drogen)(?<!Geld)(?<!Essens)(?<!Motorrad)(?<!Post)kurier\b"
    # (or a paper's "-post": "Morgenpost", "Abendpost", "Westfalenpost"; not the mail's: "Briefpost", "Luftpost")
    r"|(?<=[a-zäöüß])(?<!Brief)(?<!Luft)(?<!Feld)(?<!Paket)(?<!Eil)(?<!Rohr)(?<!Flaschen)(?<!Tauben)post\b"
    # (or a paper's "-blatt": "Ärzteblatt", "Abendblatt", "Handelsblatt"; not a leaflet's, a sheet's or a gazette's of
    # the state: "Flugblatt", "Merkblatt", "Datenblatt", "Amtsblatt")
    r"|(?<=[a-zäöüß])(?<!Flug)(?<!Merk)(?<!Daten)(?<!Arbeits)(?<!Falt)(?<!Deck)(?<!Bei)(?<!Klee)(?<!Amts)(?<!Gesetz)"
    r"(?<!Ahorn)(?<!Eichen)(?<!Feigen)(?<!Lorbeer)blatt\b")

#: a Chinese, Japanese or Korean outlet's name: a few characters closed by a word saying what it
#: is (新华网, 人民網, 中国新闻, 朝日新聞デジタル, 産経ニュース, 연합뉴스, 한국일보, 조선비즈 aside), or a Chinese
#: broadcaster's station (X电视台, X广播电视台, X电台)
CJK_OUTLET_WORDS = (r"(?:网|網|新闻|新聞|新聞デジタル|新報|新报|日报|日報|晚报|晚報|晨讯|晨訊|时报|時報|电视台|電視台|电台|電台|ニュース|뉴스|"
                    # a broadcaster's closing on "廣播" (broadcasting): "香江廣播"
                    r"廣播|广播|"
                    # a Japanese broadcaster's: "北浜放送" (not "Xテレビ", a maker's name as often: read where a verb of
                    # reporting follows it, ``attributions._JA_PAPER``)
                    r"放送|"
                    # a Chinese county's media centre, its news outlet: "南溪县融媒体中心"
                    r"融媒体中心|融媒體中心|"
                    r"일보|신문|통신|방송)")
#: a Japanese periodical named closing in katakana: "日経産業ジャーナル", "北港タイムズ", "食品産業タイムス" (not the paper's
#: word before it, "英紙", which the citations read apart: "英紙フィナンシャル・タイムズ")
JA_PERIODICAL = r"(?:(?![紙誌])[\u3040-\u30ff\u3400-\u9fff]){1,10}(?:ジャーナル|タイムズ|タイムス)"
CJK_OUTLET = re.compile(r"(?:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,10}" + CJK_OUTLET_WORDS
                        + "|" + JA_PERIODICAL + ")")
#: the same name, its part before the closing word a group: "産経" of "産経新聞" and of "産経ニュース"
CJK_OUTLET_STEM = re.compile(r"([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,10}?)" + CJK_OUTLET_WORDS)


def cjk_outlet_stem(name: str) -> str | None:
    """The name of a Chinese, Japanese or Korean outlet without the word saying what it is ("産経" of "産経新聞"
    and of "産経ニュース"): a paper's site ("産経ニュース") declaring the paper ("産経新聞") as the author names
    itself; None for another name. At least two characters, so that a one-character stem matches nothing."""
    found = CJK_OUTLET_STEM.fullmatch(name.strip())
    return found.group(1) if found and len(found.group(1)) >= 2 else None
