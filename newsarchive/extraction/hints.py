"""Name and text hints that tell article text from page furniture.

News pages are built from a small vocabulary: publishing systems name the article
container ``article-body``, ``story-content``, ``entry-content`` ... and the furniture
around it ``share``, ``related``, ``newsletter``, ``promo``, ``comments``, ``footer``.
Those words recur across WordPress, Arc, Drupal, BBC-, Guardian- or AMP-built pages,
so matching them (on word boundaries inside ``class``/``id`` values) is a generic rule,
not a per-site one.

Teaser and prompt lines ("Related article: ...", "Sign up for our newsletter", donation
appeals) are recognised by their wording in the languages we archive (English, German,
French, Spanish, Russian); they are furniture wherever they appear. Author taglines
("Email her at ...", "Jane Doe is a reporter for ...") are furniture where the text ends.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from .prefilter import Prefiltered, flat_branches, holds_any

# Words inside class/id values are delimited by start/end, space, '-', '_' or a camelCase
# change (``signupTitle___15fvr`` is read as ``signup-title___15fvr``). The names are searched with a space before
# them (``_kinds``), so a word's start is always one of these characters: a search for an expression opening with a
# set of characters skips to them, where one opening with "start or a character" tries every position.
_B = r"[\s_-]"
_E = r"(?=$|[\s_-])"
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

#: furniture: never article text, whatever it contains. First the words that may be
#: glued to a suffix (``advertisement``, ``newsletterSignup``), then whole words.
_FURNITURE = re.compile(
    _B + r"(?:"
    r"advert|sponsor|share|sharing|social|related|relation(?!s)|kanren|recirc|recommend|outbrain|taboola|"
    r"newsletter|signup|subscri|(?<!node-)(?<!node--)promo|donat|cookie|byline|author|caption|legende?|legenda|credit|photo|gallery|"
    r"slideshow|carousel|lightbox|breadcrumb|popular|trending|most-?read|excerpt|"
    r"standfirst|abstract|summary|synopsis|subtitulo|sottotitolo|entradilla|sumario|key-?points|verdict|screen-?reader"
    r"|(?:ad|ads|adv|dfp|gpt|banner|sign-?up|more-?(?:stories|from|news|articles|posts|in|on|coverage|links)|"
    r"read-?more|read-?next|up-?next|also-?read|read-?also|see-?also|cta|footer|nav|navbar|navigation|menu|sidebar|"
    r"consent|gdpr|paywall-?prompt|support(?:-?us)?|contribute|membership|don|dons|soutien|soutenir|bio|contributors?|dek|chapo|chapeau|pie|tags|tag-?list|"
    r"keywords|topics|"
    # what stands beside a long read's text, none of it: an essay's epigraph named in French ("épigraphe"; not the
    # English "epigraph", which a Spanish daily names its sub-headings, "epígrafe"), a review's facts box of the
    # work ("The Cutting … 448pp. Fenwick Press. £25."), a travel feature's practical box ("Need to know")
    r"epigraphe|book-?(?:details|info|facts)|key-?facts|"
    # a helpline's box after a story of illness, abuse or an outbreak ("info-box--helpline", "r-box--help"); a box of
    # tips or facts beside the text ("story-info-box tip-box")
    r"help|helplines?|hotlines?|info-?box|tip-?box|"
    # a media player's box in the text, its title and programme lines ("media-player", "audio-embed"; a radio site's
    # "play-controller", its title, duration and download links)
    # (a picture's word abbreviated, a Chinese CMS's caption and credit lines: "<p class='pic-desc'>", "pic-source")
    r"image|images|img|pics?|(?:video|audio|media|podcast|radio)-?player|(?:audio|podcast)-?embed|play-?controller|"
    r"toolbar|tools|print-?only|visually-?hidden|sr-?only|"
    r"modal|popup|popover|tooltip|hovercard|rollover|overlay|skip-?link|jump-?link|teaser|teasers|card-?list|rail|"
    r"widget|"
    # an old layout's side column by its whole name ("<td id='side'>", "side_box"); not a column named for the side it
    # stands on ("left-side", which may hold the text), nor a style ("side-lines", a heading's rules)
    r"(?<=\s)side(?:[_-]?(?:col|column|box|area|menu|nav|block))?(?=\s|$))" + _E +
    r")"
)

#: a BEM element of the text's block that sums the text up or stands before it ("article-body__summary"), or holds
#: teasers set in it ("article__content-read-more")
_SUMMARY_ELEMENT = re.compile(r"(?:summary|synopsis|standfirst|chapo|chapeau|dek|abstract|key-?points|"
                              # (or a box of teasers set in it: "article__content-read-more", its "READ MORE ON X")
                              r"(?:[\w-]*-)?(?:read-?more|related))")

#: hover popups (a person's card, a term's definition): the element that opens one sits in the
#: sentence, its words are the sentence's; the popup inside it is not text.
_POPUP = re.compile(_B + r"(?:tooltip|popover|hover-?card|rollover)" + _E)

#: embedded posts and quotes (tweets, Instagram) are article text even when their
#: wrapper is named "social-media-embed"; their links (the post's date, its short links) are no teasers
EMBED = re.compile(r"embed|tweet|instagram-media|tiktok-embed")
#: ... but an embedded gallery ("inline-gallery-embedded", "gallery-embed") is a gallery: its title, blurb, captions
#: and "View Photos" prompt stand beside the text
_GALLERY = re.compile(_B + r"(?:gallery|slideshow)" + _E)
#: ... and an embedded audio player ("audio-embed") is a player: its title, duration and programme line; an embedded
#: picture ("InlineImage-imageEmbed", its "imageEmbedCaption" and "imageEmbedCredit") is a picture
_MEDIA_EMBED = re.compile(_B + r"(?:audio|podcast|image|photo)-?embed" + _E)

#: reader comments: pruned wherever they are, since they can outweigh the article. The word
#: may follow a prefix ("page-comments", "pb-comment-wrapper"). A state modifier on the
#: article's own wrapper ("comments-enabled", "comments-closed", "has-comments") names no comments.
#: The form a reader comments in ("commentform", WordPress's) is the discussion's, and so are the comments as other
#: languages name them in the plural ("kommentare", "leserkommentare", "commentaires", "comentarios"; the
#: singular "kommentar" names a German commentary, an article).
_DISCUSSION = re.compile(
    _B + r"(?<!has-)(?<!no-)(?<!with-)(?<!allow-)(?<!enable-)"
    # (and experts' comments under a story named in one word: "<section id='commentplus'>", "コメントプラス")
    r"(?:comments?|comment-?(?:list|area|section|body|content|wrapper|container|thread|links|form|s|plus)|"
    # (and a paper's readers' forum under the story, its postings: "<section class='forum'><div class='postings'>")
    r"commentlist|disqus\w*|respond|replies|reader-?comments|(?:leser-?)?kommentare|commentaires|comentarios|"
    r"forum|postings)"
    r"(?=$|[\s_-])"
    r"(?!-(?:enabled|disabled|open|closed|on|off|allowed)\b)"
)

#: teaser boxes whose links are kept as kind "related".
_RELATED = re.compile(
    # ("relation": a Japanese broadcaster's "module--relation", its "関連ニュース"; not "relations", a company's PR; and
    # the word itself in Japanese, romanised: "kanren", 関連, an old paper's "<table class='kanren'>")
    _B + r"(?:related\w*|relation|more-?on\w*|read-?more|read-?next|up-?next|also-?read|read-?also|see-?also|"
    r"further-?reading|inline-?related|story-?teaser|teaser\w*|kanren\w*)" + _E
)

#: the article container itself.
_ARTICLE = re.compile(
    r"(?:article|story|entry|post|news|content|main|body|text|rich)[\s_-]*"
    r"(?:body|content|text|copy|main|inner|container|wrapper|blocks?|__body|page)"
    r"|articlebody|storybody|articletext|main-?content|bodytext|post-?body|"
    r"article__text|paragraphs?|"
    # metered and paywalled text: the part every reader sees and the part subscribers see
    r"subscriber-?(?:preview|only|content|premium)|(?:premium|paid|gated|locked|metered)-?content|"
    # Drupal's body field ("field--name-body", a "text-with-summary" field type)
    r"field-{1,2}name-{1,2}body|text-with-summary"
)

#: teaser lines inside the text: "Related article: <a>...</a>", "Read more: ...", or a
#: teaser box's own label ("Related topics").
TEASER_TEXT = re.compile(
    # (bare "More stories" / "More news" heads the site's feed of latest stories, no teasers of the article's:
    # a word must say whose, "More Malvern stories", "More top headlines")
    # (after the badge of a subscribers' story: "Article réservé à nos abonnés Lire aussi l’entretien |")
    r"^\W{0,3}(?:(?:article )?réservé (?:à nos|aux) abonnés\s+|(?:premium|subscribers? only)\W{0,3}\s+)?"
    r"(?:more|see more|more (?:\w+ ){1,3}(?:stories|articles|news|coverage|headlines)|more coverage|"
    r"more from(?: \S+){1,5}|"
    # ("Related reading", and BLOX's "Related to this story" under an agency's copy)
    r"related(?: articles?| stories| story| coverage| content| news| topics| posts?| links| reading|"
    r" to this (?:story|article))?|"
    r"read (?:more(?: from(?: \S+){1,5})?|also|next)|see also|also read|more on this(?: story| topic| subject)?|"
    # (the editors' picks for the story: "Recommended from Editorial", as a chain of papers labels them under it)
    r"recommended(?: stories| articles| reading| (?:from|by) (?:editorial|(?:the|our) editors|the newsroom))?|"
    r"you (?:may|might) also like|further reading|"
    # a magazine's cards after the text: "More Stories Like This", "Stories like this"
    r"(?:more )?(?:stories|articles|posts|reads) like this|"
    r"also (?:watch|see)|must read|don[’']t miss|up next|go deeper|"
    r"watch|listen|lesen sie (?:auch|mehr|dazu(?: auch| mehr)?|zum thema)|"
    r"mehr zum thema|mehr dazu|zum thema|auch interessant|"
    # the same addressing readers as "du" or "ihr", as city and youth magazines do: "Lies auch:", "Lest auch:"
    r"(?:lies|lest) (?:auch|mehr|dazu)|"
    # the writer's other articles: "mehr von Erik Peter" (as "more from NAME")
    r"mehr von(?: \S+){1,4}|"
    # more on the story's topic: "Mehr zu Chatkontrolle" (as "more on this topic"); not the writer's page, "Mehr zu
    # diesem Autor"
    r"mehr zu(?! (?:diesem|dieser|diesen|dem|der|den|mir|uns|ihr|ihm)\b)(?: \S+){1,3}|"
    # a business daily's closing line to one more story: "Mehr: Die Krise der Zulieferer in Zahlen" (the colon needed)
    r"mehr(?=\s*:)|"
    # the Philippine press's line to one more story: "READ: EDSA busway operators seek fare hike" (the colon needed)
    r"read(?=\s*:)|"
    # a blog's related-posts box (Kadence's "Similar Posts", Jetpack's "Articles similaires" and "Ähnliche Beiträge")
    r"similar (?:posts?|articles?|stories)|ähnliche (?:beiträge|artikel|posts)|(?:articles|billets) similaires|"
    r"ebenfalls interessant|passend (?:zum thema|zum artikel|dazu)|das könnte (?:sie|dich) (?:auch )?interessieren|"
    # … and in French: "Ça va vous intéresser :", "Cela pourrait aussi vous intéresser"
    r"(?:ça|cela) (?:va|peut|pourrait) (?:aussi |également )?vous intéresser|"
    # the same in French: "Ces articles peuvent vous intéresser", "Ces articles pourraient (aussi) vous intéresser"
    r"(?:ces|d['’]autres) articles (?:peuvent|pourraient) (?:aussi |également )?vous intéresser|"
    # (a bare "Weitere Artikel" heads the site's feed: unseen30's salzburg, a regional portal's column of its latest)
    r"(?:zum )?weiterlesen|weitere artikel zum thema|"
    # a monthly's pointer to an earlier article cited as a reference: "Lire aussi NAME, « TITLE », Le Monde
    # diplomatique, février 2025." (the whole line)
    r"lire (?:aussi|également) [^«»:\n]{2,80}, « [^«»\n]{2,200} »[^«»\n]{0,80}$|"
    # ("Lire aussi l’entretien |", "Lire aussi le décryptage |", "Lire aussi le portrait (2012) |": what kind of piece
    # it is, maybe its year, or the year alone, "Lire aussi (2025) |"; "Lire aussi (article réservé à nos abonnés) |":
    # the badge after the label)
    r"lire (?:aussi|également)(?: (?:l['’]|le |la |les |notre |nos )[\w'’-]{3,20})?(?: \((?:19|20)\d{2}\))?"
    r"(?:\s*\((?:article )?réservé (?:à nos|aux) abonnés\))?|"
    r"[àa] lire (?:aussi|également)(?: sur (?:le|ce) (?:blog|site))?|[àa]? ?voir aussi|sur le même (?:sujet|thème)|"
    # ("À lire sur le sujet <a>TITLE</a>", a Breton daily's line in the text)
    r"[àa] lire sur (?:le|ce) (?:sujet|thème)|"
    # (a piece's kind after the verb alone: "Lire le décryptage |", "Lire l’entretien |")
    r"lire (?:l['’]|le |la )(?:décryptage|analyse|entretien|portrait|enquête|reportage|récit|éditorial|chronique|"
    r"tribune|témoignage)|"
    # ("Plus sur le sujet", as "More on this topic")
    r"plus sur (?:le|ce) (?:sujet|thème)|"
    # the other stories of the story's file (a magazine's series on one subject): "Dans le même dossier"
    r"dans le même dossier|"
    r"pour aller plus loin|"
    # a series' pointer to its earlier part, opening an episode: "Précédemment dans « TITLE » : LINK", "Previously
    # on TITLE: LINK" (the Japanese "前回の記事はこちら" below)
    r"précédemment(?: dans (?:« ?[^»]{1,60}»|\S+(?: \S+){0,4}))?|previously(?: (?:in|on) \S+(?: \S+){0,4})?|"
    r"lea también|leer más|(?:también )?te puede interesar|más información|"
    # the same in German, a line to one more story in the text: "Weitere Informationen: <a>TITLE</a>"
    r"weitere informationen|"
    r"(?:noticias|artículos|entradas|publicaciones) relacionad[ao]s|"
    r"leggi anche|leggi pure|potrebbe interessarti|ti potrebbe(?:ro)? interessare|(?:articoli|notizie) correlat[ei]|"
    r"lees ook|lees meer|zie ook|"
    r"czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|przeczytaj (?:też|także)|"
    r"leia (?:também|mais)|veja (?:também|mais)|läs (?:också|mer)|se også|læs også|les også|"
    r"читайте также|смотрите также|по теме|подробнее|"
    # Indonesian and Malay: "Baca juga:", "Berita Terkait", "Artikel terkait"
    r"baca juga|(?:berita|artikel) terkait|"
    # Japanese, Chinese and Korean labels ("【関連記事】", "相关阅读：", "延伸閱讀", "관련기사")
    # ("この記事の関連ニュース": the article's own related stories)
    # ("関連：<a>TITLE</a>", a bare label before the link in the text's closing line)
    # ("（参考記事：「TITLE」）", a magazine's pointer to its earlier story in the text)
    # ("【関連記事・情報】", a financial portal's list of related stories and data pages)
    # (after its English word set as an ornament before it: "<h2><span>RELATED</span>関連記事</h2>")
    # ("■この記事に関連する記事", an old regional paper's box)
    r"(?:(?-i:[A-Z]{3,12})\s*)?(?:この(?:記事|ニュース)の)?関連(?:記事|ニュース)?(?:・情報)?|参考記事|"
    r"この(?:記事|ニュース)に関連する(?:記事|ニュース)|"
    r"(?:あわせて|合わせて)読(?:みたい|む)|相关链接|相關連結|"
    # "you might also like" in Japanese: "こちらの記事もおすすめ", "こちらもおすすめ"
    r"こちら(?:の記事)?も(?:おすすめ|オススメ)|"
    # a blog platform's related posts: cnblogs' "相关博文"
    r"相关博文|"
    r"(?:(?-i:[A-Z]{3,12})\s*)?(?:相关(?:阅读|新闻|报道|文章|推荐|资讯)|相關(?:閱讀|新聞|報導|報道|文章|推薦|資訊))|"
    r"延伸阅读|延伸閱讀|推荐(?:阅读|新闻)|推薦(?:閱讀|新聞)|"
    # (a Singapore paper's "关联阅读", linked reading)
    r"关联阅读|關聯閱讀|"
    r"往期(?:推荐|推薦|回顾|回顧|精选|精選)|"
    # "you may also like" in Chinese: "你可能也喜歡", "您可能还喜欢" ("猜你喜欢", "guess what you like", is a feed picked
    # for the reader: ``body.FOR_READER``)
    r"(?:你|您)(?:可能|或许|或許)?(?:也|还|還)(?:会|會)?喜(?:欢|歡)|"
    # a Japanese "NAME's other articles": "森川あおいさんの他の記事", "この著者の他の記事"
    r"\S{1,24}?の(?:他|ほか)の(?:記事|ノート|投稿)|"
    # a blog's "articles of the same theme" and its pointer to the previous (next) post: "同じテーマ「子育て」の記事",
    # "▼前回の記事はこちら"
    r"同じ(?:テーマ|カテゴリー?)(?:「[^」]{1,20}」)?の(?:記事|ブログ|投稿)|(?:前回|前|次|次回)の(?:記事|ブログ|投稿)(?:はこちら)?|"
    # a Japanese pointer down to the link under it, the arrow marking it: "▼春キャベツを使ったレシピはこちら"
    r"(?<=[▼▽↓])\s*\S{1,30}?はこちら|"
    # a Korean label may name the outlet first: "한국경제 관련뉴스"
    r"(?:[\uac00-\ud7a3A-Za-z0-9]{1,12}\s)?관련\s?기사|(?:[\uac00-\ud7a3A-Za-z0-9]{1,12}\s)?관련\s?뉴스)"
    # (maybe with a note in full-width brackets after it: "関連ニュース［自動検索］", picked by a search; "関連記事（外部サイト）")
    # (or closed by its lenticular bracket before the link: "【延伸閱讀】<a>TITLE</a>")
    r"(?:\s*(?:［[^］]{1,12}］|（[^）]{1,12}）))?(?:\s*[:：|>»\-–—】]|\W*$)",
    re.IGNORECASE,
)

#: the lead picture's caption printed as a labelled line after the text ("Header image: …", "Cover photo: …"):
#: where the picture stands and what it is (``images.LEAD_CAPTION_LINE``)
LEAD_PLACES, LEAD_KINDS = "header|cover|top|featured|lead|main|banner|hero", "image|photo|picture|illustration"

#: a warning to First Nations readers that a story names or shows people who have died
_DECEASED_WARNING = (r"(?:aboriginal|first nations|indigenous|māori|maori)\b.{0,40}\b(?:readers|viewers|audiences?)\b"
                     r".{0,20}\b(?:advised|warned|cautioned)\b.{0,100}\b(?:died|deceased)\b.{0,20}$")
#: prompts that are furniture even when they sit inside the article container: the branches opening on a word
_PROMPT_OPENING = re.compile(
    r"^(?:advertisement|anzeige|реклама|publicidad|publicité|sponsored|"
    # a site's call for its readers' tips under every story: "Une info, une photo, une vidéo ? Contactez la rédaction
    # via notre formulaire …", "Vous avez une info ?"
    r"(?:vous avez )?une info(?:,\s*une photo)?(?:,\s*une vidéo)?\s?\?|"
    # a local site's prompt to follow it after every story: "Cet article vous a été utile ? Sachez que vous pouvez
    # suivre Actu Quimper dans l'espace Mon Actu."
    r"cet article vous a(?: été|-t-il été) utile\s?\?|"
    # ... and in English and German: "Was this page helpful?" (Yes / No buttons), "War dieser Artikel hilfreich?"
    r"was this (?:page|article|story) (?:helpful|useful)\s?\?|war dieser (?:artikel|beitrag) hilfreich\s?\?|"
    # ... and a Japanese paper's, with its rights notice: "この記事は役に立ちましたか？", "この記事の著作権はX新聞に帰属します。"
    r"この記事は(?:役に立ちましたか|参考になりましたか)|(?:この|本)記事の著作権は.{1,40}?に帰属|"
    r"(?:sign up|subscribe|register)\b.{0,80}(?:newsletter|email|inbox|updates|free)|subscribe (?:to|now|today)\b|"
    r"(?:you have been|you're|you are) (?:successfully )?subscribed|"
    r"there was an? (?:problem|error) (?:subscribing|signing)|have your say\b|(?:do you |does anyone )?(?:have|got) a (?:news )?tip\b|"
    r"join (?:our|the) .{0,40}\b(?:forums?|community|conversation|discussion)\b|"
    r"share (?:this|on)\b|"
    r"follow\b.{0,60}\bon (?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|telegram|threads|bluesky|google news)\b|"
    r"(?:get|download) (?:the|our) (?:\w+ )?app\b|"
    # a blog's links to its neighbours closing a post: "Next article: TITLE", "Previous article: TITLE"
    r"(?:next|previous|prev) (?:article|post|story)\s*:|"
    # an early WordPress theme's post metadata under every post: "This entry was posted on Thursday, March 5th, 2026
    # at 2:32 pm and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed. …"
    r"this entry was posted (?:on|in|by) .{0,300}\b(?:filed under|responses to this entry|trackback)\b|"
    # an audio player's prompt over the text: "Listen to this story. Enjoy more audio and podcasts on iOS or Android.",
    # "Listen to this article · 12 min" (a short line)
    r"listen to this (?:story|article)\b(?=.{0,100}$)|"
    # ... the placeholder a text-to-speech widget prints until its script loads: "Getting your X Audio player ready..."
    r"(?:getting|loading) (?:your |the )?(?:\S+ ){0,3}(?:audio )?player(?: ready)?\W{0,4}$|"
    # a content note over the text: "Trigger warning : cet article évoque …", "Content warning: this story
    # discusses …", "Triggerwarnung: …", "Inhaltswarnung: …" (the label and its colon)
    r"(?:trigger|content)[ -]?warning\s*:|triggerwarnung\s*:|inhaltswarnung\s*:|"
    # ... or unlabelled, a short line saying what the story holds: "This story contains descriptions of violence.",
    # "Dieser Artikel enthält Schilderungen von Gewalt.", "Cet article évoque des violences sexuelles."
    r"(?:this (?:story|article|report|piece|episode) (?:contains|includes|discusses|describes|deals with|references)|"
    r"dieser (?:artikel|text|beitrag) (?:enthält|beschreibt|thematisiert|behandelt)|"
    r"cet (?:article|récit|reportage) (?:évoque|contient|aborde|décrit))\b.{0,80}$|"
    # ... or the warning to First Nations readers of the names or images of people who have died, at either end
    # (``TAGLINE``): "Aboriginal and Torres Strait Islander readers are advised this story contains the names of people
    # who have died."
    + _DECEASED_WARNING + r"|"
    # a news site's pointer to its sections closing every story: "Catch all the Latest India News, Breaking News and
    # Delhi News along with Weather Today at Hindustan Times.", "Catch all the Business News … on Live Mint."
    r"catch (?:all )?the (?:latest )?(?:[\w&.-]+ ){0,3}news\b.{0,200}\b(?:at|on) \S.{0,40}$|"
    # a newsletter form's confirmation note: "Bitte klicke auf den Link in der Bestätigungsmail, um …"
    r"(?:bitte |please )?(?:klicke|klicken sie|click|cliquez|cliquer)\b.{0,60}\b(?:bestätigungs-?(?:e-?)?mail|"
    r"confirmation (?:e-?)?mail|e-?mail de confirmation)|"
    r"this (?:article|story|content) is (?:for|only available to) (?:subscribers|members)|"
    r"(?:already a subscriber|to continue reading|to read the full)|"
    # a comment section's gate closing the text: "Are you a News24 subscriber? Log in to comment on this article."
    r"(?:are you an? .{0,40}\b(?:subscriber|member)\?\s*)?(?:log|sign) ?in to (?:comment|leave a comment)\b|"
    # donation appeals; a writer's appeal in a box over the text: "Note from the author: Hi, this is NAME. I cover …"
    r"note from (?:the |our )?(?:author|editors?|newsroom|reporter)\s*:|"
    r"dear readers?\b|(?:please )?(?:support|fund) (?:us|our|independent|quality)\b.{0,40}\bjournalism|"
    r"(?:donate|give) (?:now|today|here)\b|make a (?:one-off |monthly )?(?:donation|contribution)|"
    r"become an? (?:member|supporter|patron)\b|"
    r"we use cookies|cookies? (?:policy|settings)|"
    # the lead picture's caption printed after the text: "Header image: A tanker at a hydrant. — NAME/White Star"
    rf"(?:{LEAD_PLACES})\s+(?:{LEAD_KINDS})\s*:|"
    r"copyright\s|©|all rights reserved|like this (?:story|article)\?|"
    # an affiliate disclosure: "Every time you shop through our links, Insider may earn a commission. Learn more.",
    # "If you buy something using links in our stories, we may earn a commission.", the commission near the line's end
    # (maybe after the editors' word on their choice: "Our editors independently choose the products we review. We
    # may get a commission …")
    r"(?:our editors\b[^.!?]{0,100}[.!?]\s+)?"
    r"(?:(?:every time|whenever|when|if) you (?:buy|shop|purchase|click)\b|we (?:may|might|could) (?:earn|receive|get)\b)"
    r".{0,120}?\b(?:commissions?|share of (?:the )?sales)\b(?=.{0,80}$)|"
    # the same in German, over the text of tech portals and shopping guides: "Für Links auf dieser Seite zahlt der
    # Händler ggf. eine Provision …", "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision."
    r"(?:für links (?:auf|in) dies(?:er seite|em artikel|em beitrag)|wenn (?:sie|du) über (?:diese|unsere) links?)\b"
    r".{0,120}?\bprovision\b|"
    # a blog's disclosure over or under its text, a label first or not: "This post contains affiliate links. …",
    # "Werbung | Dieser Beitrag enthält Affiliate-Links …", "*Affiliate-Link: Wenn Du über …", "Cet article contient
    # des liens affiliés", a platform's contest notice "本文已参与「新人创作礼」活动…", "この記事にはアフィリエイト広告が…"
    r"(?:(?:werbung|anzeige|advertising|ad|(?:affiliate )?disclosure|transparenz(?:hinweis)?|hinweis|publicité)"
    r"\s*[|:–-]\s*)?(?:this (?:post|article|page|review|guide) (?:may )?contains? (?:affiliate|sponsored|paid)\b|"
    # "Transparenz: In diesem Artikel sind Partnerlinks enthalten. …" (the label, then the links' kind)
    r"(?<=transparenz: )(?:in|im) diese[mr] (?:artikel|beitrag|text)\b.{0,80}?\b(?:partner|affiliate)-?links?\b|"
    r"(?:dieser|der) (?:beitrag|artikel|blogbeitrag|post) enthält (?:affiliate|werbe|werbung|provisions)|"
    r"cet (?:article|billet) (?:contient|peut contenir) des liens (?:affiliés|sponsorisés|d['’]affiliation)|"
    r"\*\s*affiliate[- ]links?\b|本文(?:已|正在)?参(?:与|加)\S{0,30}?(?:活动|征文)|"
    # (maybe after a note's mark: "※本記事はプロモーションを含みます。"); in Chinese: "本文含有聯盟行銷連結，…"
    # ("※本記事には一部アフィリエイトリンクが含まれます。", some of its links; its label before it: "<span>PR</span>※本記事には
    # 広告リンクが含まれます。")
    # (the label in brackets too: "【PR】本記事はアフィリエイト広告を利用しています。")
    r"(?:[【\[［]?(?-i:PR|AD)[】\]］]?\s*)?※?\s*(?:この|本)記事(?:に|で)?は(?:一部)?(?:アフィリエイト|プロモーション|広告|PR)|"
    # (or the site's: "※当サイトはアフィリエイトプログラムによる収益を得ている場合があります。")
    r"※?\s*(?:当|本)(?:サイト|ブログ|メディア)(?:で|に)?は(?:一部)?(?:アフィリエイト|プロモーション|広告)|"
    r"本文(?:含有|包含|內含|内含)(?:聯盟行銷|联盟营销|聯盟|联盟|廣告|广告|贊助|赞助|推廣|推广)(?:連結|链接|連接|內容|内容)?)|"
    # when the story first went out, printed under it: "This story was originally published March 11, 2026 5:00 AM."
    r"this (?:story|article) was (?:originally|first) published (?:on )?(?:\w+day,? )?(?:\w+\.? \d{1,2},? \d{4}|"
    r"\d{1,2} \w+ \d{4})\b.{0,24}$|"
    # the editors' note that the story changed since it went out, a line of its own over or under the text: "This
    # article has been updated.", "This story has been updated with comment from the ministry."
    r"this (?:article|story|post|report|piece) (?:has been|was) updated\b[^.!?]{0,80}[.!]?\s*$|"
    # (after its dated label, saying with what, a time's abbreviation in it: "Updated 3/13: This story has been updated
    # to include the department's estimate of how many trucks operate after 9 p.m.")
    r"updated?\b[^:.!?]{0,20}:\s*this (?:article|story|post|report|piece) (?:has been|was) updated\b.{0,160}$|"
    # a translated story's note on its translation: "This article was originally written in Korean and translated by a
    # bilingual reporter with the help of generative AI tools."
    r"this (?:article|story) was (?:originally )?written in \w+ and translated\b|"
    # a syndicated copy's note on what it may not show: "（外部配信先では図表や画像を全部閲覧できない場合があります。その際は
    # X内でお読みください）"
    r"^[（(]?\s*外部配信先では.{0,40}?(?:閲覧|表示)できない場合があります|"
    # a Taiwanese paper's reminder set in stars after the text: "☆晨光時報電子報提醒您：放風箏請遠離高壓電線…☆"
    # (or after a black star: "★ X提醒您：…")
    r"^[☆★][^☆★]{0,20}?提醒您|"
    # a topic's follow button's line: "Recevez une alerte à chaque nouvel article sur ce thème."
    r"^recevez une (?:alerte|notification) (?:à|pour) chaque nouvel article\b|"
    # (in German, the language it appeared in first: "Dieser Artikel erschien zuerst in französischer Sprache in
    # unserer Samstagsausgabe. Übersetzung: NAME")
    r"^(?:dieser|der)\s+(?:artikel|beitrag|text)\s+erschien\s+(?:zuerst|ursprünglich)\s+in\s+\w+er\s+sprache\b|"
    # a Chinese magazine's rights statement closing its articles: "版权声明：凡注明“来源：X”的所有作品，版权均属于X，…"
    r"^(?:版权声明|版權聲明)\s*[:：]|"
    # the same as a label under the text: "Originally Published: March 11, 2026 at 4:10 p.m."; or the story's first
    # title: "Originally published as ‘HEADLINE’" (a chain's copy of a sister site's story)
    r"originally (?:published|posted)\s*:\s*(?:\w+day,? )?(?:\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+ \d{4})\b.{0,24}$|"
    r"^originally published as\b|"
    # a reading time: "Lesezeit: 3 Min.", "Temps de lecture : 3 min", "4 min read"
    # (or its label cut short on the page, the rest read aloud only: "<span class='sr-only'>Temps de </span>Lecture 4
    # min.")
    r"(?:lesezeit|lesedauer|reading time|read time|temps de lecture|lecture|tiempo de lectura|tempo di lettura|"
    r"leestijd)"
    r"\s*:?\s*(?:ca\.?\s*)?\d+\s*(?:min\w*|minutes?|minuten)\.?\s*$|"
    r"\d+\s*(?:min|mins|minutes?|minuten)\.?\s*(?:read|de lecture|lesezeit|lesedauer|di lettura|de lectura)\s*$|"
    r"(?:advert|advertisement|anzeige|реклама|publicidad|publicité|sponsored|trending|share|comments?)\W*$|"
    # a paywall's note over a story left open: "This article is free to read. Subscribe for unlimited access …"
    r"this (?:article|story) is free to read\b|"
    # a site's notice on its use of AI over the text: "Our journalists use AI tools to help bring you the latest news,
    # read more about it here."
    r"(?:our|we) (?:journalists|newsroom|reporters|editors)? ?use (?:ai|artificial intelligence)(?: tools?)?\b.{0,80}"
    r"\b(?:read|learn|find out) more\b|"
    # a subscribers' story's badge alone on its line: "Article réservé aux abonnés"
    r"(?:article )?réservé (?:à nos|aux) abonnés\W*$|"
    # ... or its thanks under the text: "Cet article est réservé aux abonnés. Merci de votre fidélité."
    r"(?:cet )?article (?:est )?réservé (?:à nos|aux) abonnés\.\s*merci de votre (?:fidélité|soutien|confiance)\b|"
    # a text size switcher, its label and buttons: "文字サイズ 小 中 大", "字級：小 中 大", "Schriftgröße: A A A"
    r"(?:文字サイズ|文字の大きさ|字級|字体大小|字體大小|字号|字號|text ?size|font ?size|schriftgröße|textgröße|"
    r"taille du texte)\s*[:：]?(?:\s*(?:[小中大]|標準|标准|拡大|縮小|特大|[aＡ][+＋\-－]?|[+＋\-－]))*\s*$|"
    # markup or shortcodes that leaked into text ("[caption id=...]", "[/embed]", a line that is
    # only "[gallery]"), and bare URLs; a bracketed word opening a sentence is text ("[Update] Police
    # said ...", a chat log's "[harry] Amy joins the team")
    r"<[a-z!/][^>]*>|\[/[a-z_]+\]|\[[a-z_]+\s[^\]]*=[^\]]*\]|\[[a-z_]+\]\s*(?:https?://\S*)?$|https?://\S+$)",
    re.IGNORECASE,
)


class GuardedMatch:
    """An alternation matched at a text's start, whose branches that scan the line before their words (``.{0,N}``)
    are tried only on the texts holding a word each of them needs (:class:`~.prefilter.Prefiltered`): the same answer
    as the whole alternation's match, in half its time on the many lines that are no prompt (those branches scanned
    every line)."""

    def __init__(self, opening: re.Pattern[str], scanning: list[str]) -> None:
        self._opening = opening
        self._scanning = Prefiltered(scanning, opening.flags, at_start=True)

    def match(self, text: str) -> re.Match[str] | None:
        found = self._opening.match(text)
        return found if found is not None else self._scanning.search(text)


#: prompts that are furniture even when they sit inside the article container (``_PROMPT_OPENING``), and those that
#: close a line on the call
PROMPT_TEXT = GuardedMatch(_PROMPT_OPENING, [
    # a pitch closing on the call: "Start the day with a summary of … Sign up for our Morning Edition newsletter."
    r".{0,200}[.!?]\s+sign up (?:for|to) (?:our|the) .{0,60}\bnewsletters?\W{0,3}$",
    # a newsroom's pitch or a partner's note closing on the call, short of a paragraph: "ProPublica is a nonprofit
    # newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they're published."
    # (or "Subscribe to our daily newsletter for …" after "Stay on top of the news that matters.")
    r"(?=.{0,320}$)[^.!?]{20,200}[.!?]\s+(?:sign up|subscribe) (?:for|to)\b[^.!?]{0,120}[.!?]?\s*$",
    r".{0,80}\b(?:to|in|into) your inbox\b",
    r".{0,100}\b(?:click|tap) here\b",
    # the call to follow in other languages, closing a short line ("Pour ne rien manquer de l'actualité, suivez
    # Numerama sur Google News !", "Folgen Sie uns auf WhatsApp")
    r".{0,60}\b(?:suivez|folgen sie|seguici|síguenos|siga-nos)\b.{0,40}\b(?:sur|auf|su|en|no) "
    r"(?:google (?:news|actualités)|facebook|twitter|x|instagram|whatsapp|telegram|linkedin|youtube)\b\W{0,3}$",
    # (and in English, the outlet named, a line short of a paragraph: "Join The X on WhatsApp and stay up to date",
    # "Follow the X on Google News"; or its podcast's: "Listen to our podcast NAME for interviews with …")
    r"(?=.{0,160}$)(?:join|follow)\b.{0,50}\bon (?:google news|facebook|twitter|x|instagram|whatsapp|telegram|"
    r"linkedin|youtube)\b",
    r"(?=.{0,160}$)listen to our (?:daily |weekly )?podcast\b",
    # (in French, where to follow the town's news on the site: "Sachez que vous pouvez suivre X dans l'espace Mon X
    # pour retrouver les actualités de …")
    r"(?=.{0,240}$)(?:sachez que )?vous pouvez (?:suivre|retrouver)\b.{0,80}\b(?:l['’]espace|votre espace|"
    r"l['’]application|notre (?:application|appli))\b",
    # (or its alerts: "Sign up for push alerts and have the best news … delivered directly to your phone")
    r"(?=.{0,200}$)sign up (?:for|to) (?:our )?(?:push |breaking news |news )?(?:alerts|notifications)\b",
    # an audio player's note on the voice, a line short of a paragraph: "This audio version was generated by a
    # synthetic voice; the text below is its transcript.", "This audio is produced with text-to-speech technology."
    # (or "The audio version of this article is generated by text-to-speech, a technology based on artificial
    # intelligence.")
    r"(?=.{0,240}$)(?:this|the) audio (?:version )?(?:of this (?:article|story) )?(?:was|is|has been) "
    r"(?:generated|produced|created|made|"
    r"read|narrated)\b.{0,80}?\b(?:synthetic|automated|artificial|ai|computer|text-to-speech)\b",
    # (and in German, after the player's label and length: "Artikel zum Hören 5:12 min Diese Audioversion wurde
    # künstlich generiert. Mehr Infos")
    r"(?=.{0,240}$).{0,60}?(?:diese|die) (?:audioversion|audiofassung|hörversion)\b.{0,60}?"
    r"\b(?:künstlich|automatisch|synthetisch|mit ki|von einer ki)\b",
    # (and in Japanese, after the read-aloud button: "▶ 記事を読み上げる 音声は自動で作成しているため、読み方が実際と異なる
    # 場合があります。")
    r"(?=.{0,160}$).{0,40}?音声は.{0,20}?(?:自動|合成音声|AI|ＡＩ).{0,60}?(?:場合が|ことが)(?:あります|ございます)\W{0,3}$",
    # (or after the player's length, the voice named first: "約7分・自動音声です。固有名詞などが正しく読み上げられない場合があり
    # ます")
    r"(?=.{0,160}$).{0,20}?(?:自動|合成|AI|ＡＩ)音声(?:です|で(?:お届け|読み上げ)).{0,60}?(?:場合が|ことが)(?:あります|ございます)"
    r"\W{0,3}$",
])


class CaselessPattern:
    """``re.compile(pattern, re.IGNORECASE)`` for a lower-case ``pattern`` of words, searched
    in names (classes, ids): on ASCII text, which nearly all names are, a case-sensitive search
    of the lower-cased text finds the same, several times faster than sre's caseless search
    of alternatives. A match found so is in the lower-cased text."""

    def __init__(self, pattern: str) -> None:
        self._lower = re.compile(pattern)
        self._caseless = re.compile(pattern, re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        return self._lower.search(text.lower()) if text.isascii() else self._caseless.search(text)


#: how many texts' answers a :class:`StartOrAnywhere` keeps (more than a long page's paragraphs)
_SEARCHES_KEPT = 4096


class StartOrAnywhere:
    """An alternation of many phrases, searched in a paragraph: its branches anchored at the text's start ("^…") are
    tried there once (a branch that is a group in inline flags split into its branches first,
    ``prefilter.flat_branches``: a caseless group of anchored notices is no one branch searched at every position),
    the others searched, each only in the texts holding a word its every match holds
    (:class:`~.prefilter.Prefiltered`). Whether it is found is the whole alternation's answer, in a sixth of its
    time: such a search tries every branch, the anchored ones too, at every position of the text; the match found
    may be another (no caller reads it). (No branch may refer to another's group: the branches are compiled
    apart.) The answers for the last texts searched are kept: the body's closing rules each read the text's last
    paragraphs again, and a page's paragraphs are searched two or three times each."""

    def __init__(self, pattern: str) -> None:
        if re.search(r"\\\d|\(\?P=|\(\?\(", pattern):
            raise ValueError("a reference to a group across branches")
        self.pattern = pattern
        branches = flat_branches(pattern)
        start = [branch[1:] for branch in branches if branch.startswith("^")]
        anywhere = [branch for branch in branches if not branch.startswith("^")]
        self._start = re.compile("|".join(start)) if start else None
        self._anywhere = Prefiltered(anywhere) if anywhere else None
        self.search = lru_cache(maxsize=_SEARCHES_KEPT)(self._search)

    def _search(self, text: str) -> re.Match[str] | None:
        found = self._start.match(text) if self._start else None
        return found or (self._anywhere.search(text) if self._anywhere else None)


#: bits returned by ``name_kinds``.
ARTICLE, FURNITURE, DISCUSSION, RELATED, POPUP = 1, 2, 4, 8, 16

_CHROME_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "dialog", "alert", "menu"))

#: ruby annotations: readings printed small above a word (``rt``) and the brackets browsers without ruby show around
#: them (``rp``); no part of the line a reader reads (``blocks.SKIP_TAGS``, ``headline``'s heading text)
RUBY_ANNOTATIONS = ("rt", "rp")


#: a word that every match of ``_ARTICLE``, ``_DISCUSSION``, ``_RELATED`` contains (keep them
#: in step with the expressions): substring tests rule most names out several times faster than
#: the expressions' searches, and a page has a hundred or more names never seen before.
_ARTICLE_WORDS = ("body", "content", "text", "copy", "main", "inner", "container", "wrapper", "block", "page",
                  "paragraph", "subscriber")
_DISCUSSION_WORDS = ("comment", "disqus", "respond", "replies", "kommentare", "comentarios", "forum", "postings")
_RELATED_WORDS = ("related", "relation", "more", "read", "next", "also", "teaser", "kanren")


@lru_cache(maxsize=65536)
def _kinds(cls: str | None, ident: str | None, component: str | None) -> int:
    """Bit set of what class/id values say; cached, since pages repeat class names a lot."""
    names = lowered_names(f" {cls or ''} | {ident or ''} | {component or ''}")  # a space before: see ``_B``
    article = holds_any(names, _ARTICLE_WORDS) and _ARTICLE.search(names) is not None
    if article and "__" in names and _furniture_element(names):
        article = False  # "ArticleBody__Summary": a part of the text's block named as furniture, no text
    if article and "--type-" in names and _furniture_type(names):
        article = False  # "paragraph paragraph--type-infobox": a component of the text named by its type
    kinds = ARTICLE if article else 0
    if not article and _FURNITURE.search(names) and (not EMBED.search(names) or _GALLERY.search(names)
                                                     or _MEDIA_EMBED.search(names)):
        kinds |= FURNITURE
    if holds_any(names, _DISCUSSION_WORDS) and _DISCUSSION.search(names):
        kinds |= DISCUSSION
    if holds_any(names, _RELATED_WORDS) and _RELATED.search(names):
        kinds |= RELATED
    if kinds & FURNITURE and _POPUP.search(names):
        kinds |= POPUP
    return kinds


def _furniture_element(names: str) -> bool:
    """Whether a BEM element name (after "__") names a summary or standfirst ("article-body__summary"), or a box of
    teasers ("article__content-read-more"), or furniture ("article-content__subscribe", "article-content__tags"),
    though its block names the text: every such name must, the element's own words deciding. A credits line of the
    text's is the text's ("body-copy-v2__contributor": "— With assistance from NAME", "ArticleBody__Credit":
    "Additional reporting by NAME", lines a text closes on)."""
    parts = [name.rsplit("__", 1)[1] for name in names.split() if "__" in name]
    return bool(parts) and all(_SUMMARY_ELEMENT.fullmatch(part)
                               or _FURNITURE.search(f" {part}") and not _CREDITS_ELEMENT.search(part)
                               for part in parts)


#: a BEM element of the text's block holding its credits line (``_furniture_element``)
_CREDITS_ELEMENT = re.compile(r"credit|contributor|byline|author")


def _furniture_type(names: str) -> bool:
    """Whether a component's type modifier names furniture: Drupal's paragraphs, each of a text's parts a
    "paragraph paragraph--type-NAME" (``text``, ``image``, ``infobox``, ``related-content``), the word "paragraph"
    naming every one, its type what it is (a type naming text too holds text: "text-with-image")."""
    types = [part.split("--type-", 1)[1] for part in names.split() if "--type-" in part]
    return any(_FURNITURE.search(" " + kind) and "text" not in kind for kind in types)


def lowered_names(raw: str) -> str:
    """``raw`` in lower case with camelCase words split by "-"; a name without upper case (most
    are) needs no split, and a search for camelCase changes costs as much as the rest."""
    lowered = raw.lower()
    return lowered if lowered == raw else _CAMEL.sub("-", raw).lower()


def kinds_of(cls: str | None, ident: str | None, component: str | None) -> int:
    """What these ``class`` / ``id`` / component values say: a bit set of ARTICLE, FURNITURE, ..."""
    return _kinds(cls, ident, component) if cls or ident or component else 0


def name_kinds(el: HtmlElement) -> int:
    """What the element's names say it is: a bit set of ARTICLE, FURNITURE, ...

    Names are ``class``, ``id`` and the component names React-built pages carry in
    ``data-component`` / ``data-testid``. A paragraph's ``id`` is an anchor (a slug of
    its words, ``speakable-summary`` marking the opening paragraph for voice assistants),
    not the name of a box, and says nothing.
    """
    get = el.get
    cls, ident, component = get("class"), get("id") if el.tag != "p" else None, get("data-component") or get("data-testid")
    return _kinds(cls, ident, component) if cls or ident or component else 0


def is_hidden(el: HtmlElement, styled_only: bool = False) -> bool:
    """True when attributes, ARIA role or inline style hide the element or mark it as chrome
    (a dialog, or a modal: ``aria-modal="true"``, a consent centre whatever its role);
    with ``styled_only``, only when its style or ``aria-hidden`` does (the ``hidden``
    attribute and the role are markup a script may undo: see ``blocks.cut_blocks``)."""
    if HIDING_ATTRIBUTES.isdisjoint(el.keys()):
        return False  # most elements: none of the attributes that may hide them
    get = el.get
    if get("aria-hidden") == "true" or get("hidden") is not None and not styled_only or _hidden_by_style(el):
        return True
    return not styled_only and (get("role") in _CHROME_ROLES or get("aria-modal") == "true")


#: the attributes ``is_hidden`` reads
HIDING_ATTRIBUTES = frozenset(("aria-hidden", "hidden", "style", "role", "aria-modal"))


def _hidden_by_style(el: HtmlElement) -> bool:
    """Whether the element's inline ``style`` hides it (``display: none``, ``visibility: hidden``).
    ``visibility: hidden`` on a box of text (``REVEALED_CHARS`` or more) does not: the box keeps
    its place, and pages set it on the article's text until a script has laid it out (WeChat's
    ``#js_content``, fade-in effects); a reader sees that text."""
    style = el.get("style")
    if not style:
        return False
    compact = style.replace(" ", "").lower()  # CSS values are case-insensitive
    return "display:none" in compact or "visibility:hidden" in compact and len(el.text_content()) < REVEALED_CHARS


#: the text above which a box hidden by ``visibility: hidden`` is text a script reveals (see ``_hidden_by_style``)
REVEALED_CHARS = 200


#: paywalled text: a paragraph or box named "paywall" holds the part of the text a script
#: hides (``hidden``, ``aria-hidden``) from readers without a subscription.
_PAYWALLED = re.compile(r"(?:^|\s)paywall(?:ed)?(?:$|\s)")


def is_paywalled(el: HtmlElement) -> bool:
    """True for an element whose class names it paywalled text (``class="paywall"``), which a
    script hides from some readers: the article's text, even when ``hidden``/``aria-hidden``
    (a ``style`` that hides it still hides it)."""
    cls = el.get("class")
    if not cls or "paywall" not in cls or _PAYWALLED.search(cls) is None:
        return False
    return not _hidden_by_style(el)


def is_schema_body(el: HtmlElement) -> bool:
    """True for the element schema.org microdata / RDFa marks as the article body."""
    prop = el.get("itemprop") or el.get("property")
    return prop is not None and "articleBody" in prop

#: the marks closing a sentence in the scripts read here (a closing bracket or quote closes a name or a note as well)
SENTENCE_STOPS = frozenset(".!?。！？")

#: agency and contributor lines that close an article ("AFP contributed reporting.",
#: "Reporting by ...; Editing by ...", "Mit Material von dpa"): article text, kept.
AGENCY_LINE = re.compile(
    # (a newspaper chain's closing "Contributing: NAME, OUTLET")
    r"\b(?:contributed|contributing(?=\s*:)|reporting by|editing by|writing by|"
    r"with (?:additional )?(?:files|reporting|assistance|inputs?|contributions?) from|"
    r"mit (?:material|informationen) (?:von|der|des)|unter mitarbeit|con información de|avec (?:l['’]\s?)?(?:afp|ap|reuters|agences?)\b|avec la collaboration d(?:e\b|['’])|"
    r"con (?:agencias|efe|europa press)\b|con informazioni di|met medewerking van|"
    r"по материалам|при участии)\b|"
    # (a Taiwanese paper's line on the agency's report it compiled from: "（本文部分內容綜合中央社報導）")
    r"本文部分(?:内容|內容)(?:综合|綜合)",
    re.IGNORECASE,
)

#: a magazine's or paper's print note: "This article appears in the April 2026 issue of Vogue.", "This article is
#: taken from the April 2026 issue of The Critic.", "This article was first published in the print edition of …",
#: "A version of this article appears in print on March 13, 2026, Section A, Page 1 ...", "This article originally
#: appeared in print under the headline …" (closing the text, or set
#: above it: ``PRINT_NOTE``); in German and French, "Dieser Artikel erschien in der profil-Ausgabe 11/2026.", "Der
#: Text ist im Heft 3/2026 erschienen.", "Cet article est paru dans le numéro 1123 du magazine." (a note that the
#: text appeared first elsewhere, "erschien zuerst im Magazin …", names its source and stays: ``attributions``); a
#: city magazine's note naming no article, its print title in quotation marks or none: "Published as “The Last
#: Loaves” in the April 2026 issue of Harbor City Magazine.", "Appeared in the March 2026 issue."
_PRINT_NOTE = (r"^(?:Originally )?(?:[Pp]ublished|[Aa]ppeared|[Aa]ppears) (?:as [“\"‘'][^“”\"]{1,120}[”\"’'],? )?"
               r"in (?:the )?(?:print |(?:[A-Z][a-z]+\.? )?(?:\d{1,2}, )?\d{4} )(?:issue|edition)\b|"
               r"^(?:An? (?:version|earlier version) of )?[Tt]his (?:article|story|essay|piece|feature|review) "
               r"(?:(?:originally|first) )?(?:appears|appeared|was (?:first )?published|ran|(?:is|was) taken) "
               r"(?:in (?:the )?print\b|(?:in|on|from) "
               r"(?:the )?.{0,50}?\b(?:issue|edition)\b|"
               # (or the outlet's own paper: "This story first appeared in our weekly X Weekend newspaper, which is
               # available countrywide for R35.")
               r"in our\b.{0,50}?\b(?:newspaper|paper|magazine)\b)|"
               # a science magazine's note of the print title: "This article was originally published with the title
               # “A Flash from Next Door” in Scientific American Magazine Vol. 335 No. 3"
               r"^This (?:article|story) was (?:originally |first )?published with the (?:title|headline) .{1,150}? in "
               r".{1,60}?\b(?:issue|edition|Vol\.|Volume)\s|"
               # a regional weekly's call to its print edition: "Read more on this story in this week's print edition
               # of the X Chronicle, in shops now, or read the ePaper."
               r"^(?:Read|See) (?:more|the full story|more on this story) in (?:this week['’]s|today['’]s|this|"
               r"the(?: latest)?|our) (?:print )?(?:edition|issue|paper)\b|"
               # (first in an edition of the paper's own: "Dieser Artikel erschien zuerst in der Regionalausgabe X")
               r"^(?:Dieser|Der) (?:Artikel|Beitrag|Text) (?:erschien\b(?! zuerst(?! in der \w*ausgabe\b)).{0,50}?"
               r"(?:[Aa]usgabe|Heft)\b|"
               r"ist (?!zuerst).{0,50}?(?:[Aa]usgabe|Heft)\b.{0,40}?\berschienen\b)|"
               # (a Hong Kong weekly's note on its print issue: "上述文章刊登於第318期《X周報》…", "上文節錄自第311期《X》周報…")
               r"^(?:上述|上文|本文)(?:文章)?(?:刊登|刊載|刊载|節錄|节录|摘錄|摘录)(?:於|于|自)\s*第\s*\d+\s*期|"
               # (a Japanese web magazine's note on its print issue: "※この記事は雑誌『X』2026年春号（3月5日発売）に掲載した記事
               # を、WEB用に再編集したものです。")
               # (or re-edited, no word of the web: "…2026年3月号（X出版）に掲載された記事を再編集したものです。")
               r"^※?\s*(?:この記事|本記事|本稿)は.{0,60}?号.{0,20}?に掲載(?:した|された|の)記事を.{0,10}?(?:(?:WEB|Web|web|ウェブ)"
               r"用に|再編集|再構成|加筆)|"
               # (a Japanese paper's note on the day's print edition that carried it: "この記事は2026年3月21日付の
               # X新聞朝刊南部版に掲載されています。")
               r"^※?\s*(?:この記事|本記事)は.{0,20}?付(?:の|で)?.{0,30}?(?:朝刊|夕刊|紙面|本紙).{0,20}?に掲載"
               r"(?:されています|されました|しています|しました)|"
               # (the verb first, no subject: "Erschienen in der gedruckten Ausgabe der X vom 14.03.2026.")
               r"^(?:Erschienen|Veröffentlicht) (?:in der|im) (?:gedruckten |Print-?|Samstags-|Sonntags-)?"
               r"(?:Ausgabe|Zeitung|Heft)\b|"
               r"^(?:Cet article|Ce texte|Cette (?:enquête|chronique)) (?:est|a)(?: également| aussi)? "
               r"(?:paru|été publié)\b"
               r"(?! d['’]abord| initialement).{0,50}?\b(?:numéro|n°|édition)|"
               # a portal's note on a partner's piece: "Dieser Beitrag erscheint im Rahmen einer Kooperation mit der
               # Deutschen Welle." (the partner is the byline's)
               r"^(?:Dieser|Der) (?:Artikel|Beitrag|Text) (?:erscheint|erschien|ist) im Rahmen (?:einer|der|unserer) "
               r"(?:Medien|Content-)?(?:[Kk]ooperation|[Pp]artnerschaft|[Zz]usammenarbeit) mit\b")
PRINT_NOTE = re.compile(_PRINT_NOTE)

#: a note closing a piece another outlet published first, with its leave: "Originally published by Lifehacker US
#: [原文]", "This article was originally published on The Conversation.", "本文經《獨立評論@天下》授權轉載", "本文转载自《…》",
#: "本文經授權轉載自：《…》"
REPUBLISHED_FROM = re.compile(
    r"^(?:(?i:(?:this\s+(?:article|story|piece|post|essay)\s+(?:was|is)\s+)?originally\s+published\s+(?:by|on|in|at))\s+"
    r"(?P<name>[A-Z][^.;:!?\[\]()]{1,50}?)(?:\s*[\[(][^\])]{0,12}[\])])?\s*\.?"
    r"|本文(?:(?:經|经)(?:授權|授权)?(?:轉載自|转载自|轉自|转自)?|轉載自|转载自|轉自|转自)\s*[：:]?\s*《(?P<cjk>[^》]{2,30})》"
    r".{0,30})$")
#: a Chinese site's note on the account a republished text came from, over or under it: "本文来自微信公众号：ACCOUNT
#: （ID：…），作者：NAME，题图来自：AGENCY" (the account is the source, NAME the writer, the agency the picture's)
CN_REPUBLISHED = re.compile(
    # the account after a colon, or in quotation marks ("本文来自微信公众号“ACCOUNT”（ID：…），作者：NAME")
    r"^\s*本文来自(?:微信)?公众号\s*(?:[:：]\s*|(?=[“「]))[“「]?(?P<source>[^（(，,：:\s“”「」]{2,30})[”」]?\s*"
    r"(?:[（(][^）)]{0,40}[）)])?"
    r"(?:\s*[，,]\s*(?:作者|文)\s*[:：|｜]\s*(?P<writer>[^，,。；;\s]{2,20}))?"
    r"(?:\s*[，,]\s*(?:题图|头图|封面图?)(?:来自|来源)?\s*[:：|｜]\s*(?P<photo>[^，,。；;\s]{2,20}))?")

#: a German desk's label opening its note on the article: "Hinweis der Redaktion:", "Anmerkung der Redaktion:"
_DESK_NOTE_LABEL = r"(?:Hinweis|Anmerkung|Nachtrag)(?: der Redaktion)?\s*:\s*"
#: the correction note on the article, under its text or in italics over it: "Correction: March 12, 2026 An earlier
#: version of this article misstated ...", "Clarification (March 12): ...", "An earlier version of this story
#: incorrectly said ..." (no sentence of the text, at either end)
_CORRECTION_NOTE = (r"^(?:Correction|Clarification)s?\b(?:[^.:]|\.(?=\s\d)){0,30}:|"  # "Correction, Oct. 10:"
                    # (or the note alone: "A previous version of this story said the recall covered Manitoba. …")
                    r"^(?:A|An) (?:previous|earlier) version of this (?:story|article|report)\b|"
                    r"^An earlier version of this (?:article|story|post|report)\b|"
                    # in German and French: "Korrektur, 15. März 2024: In einer früheren Version dieses Artikels hieß
                    # es …", "Rectificatif : …", "Cet article a été mis à jour le 8 mai 2024 avec …"
                    r"^(?:Korrektur|Korrigendum|Corrigendum|Berichtigung|Richtigstellung|Correctif|Rectificatif|"
                    r"Erratum)\b[^:]{0,30}:|"
                    # (after the desk's label: "Hinweis der Redaktion: In einer früheren Version …")
                    r"^(?:" + _DESK_NOTE_LABEL + r")?"
                    r"(?:In einer früheren (?:Version|Fassung) (?:dieses|des) (?:Artikels|Textes|Beitrags)|"
                    r"Dans une (?:précédente|première) version de cet article)\b|"
                    r"^(?:Cet article|Cette dépêche|Ce texte) a été (?:mis à jour|modifié|corrigé|actualisé|complété|"
                    r"enrichi)\b|"
                    # ... or first published as a brief, closing the text: "Cet article a été publié une première fois
                    # le lundi 3 mars sous la forme d'une brève."
                    r"^(?:Cet article|Ce texte) a été publié (?:une première fois|initialement|d['’]abord)\b|"
                    r"^(?:" + _DESK_NOTE_LABEL + r")?(?:Dieser|Der) (?:Artikel|Beitrag|Text) wurde "
                    # (when and with what between: "Dieser Artikel wurde am Freitagmittag mit der Stellungnahme der
                    # Redaktion ergänzt.")
                    # (a time's full stop no sentence's: "Dieser Artikel wurde um 14.20 Uhr mit … ergänzt.")
                    r"(?:(?:[^.!?]|\.(?=\d)){0,80}?\s)?(?:aktualisiert|korrigiert|ergänzt|überarbeitet)\b|"
                    # in English, the story's own note in brackets: "(This story was first published on February 12 and
                    # has been updated with …)", "This article has been updated to include …"
                    # (after a bullet too, as a note amended in the text's last line: "• This article was amended on …")
                    r"^[(•]?\s*(?:This|The) (?:story|article|report|piece) (?:was (?:first|originally) published\b"
                    r"[^.()]{0,60}?\band )?(?:has been|was) (?:updated|corrected|expanded|amended)\b|"
                    # in Japanese and Chinese: "※この記事は7月3日に掲載したものに…更新しました。", "【11月22日 10:30 更新】…",
                    # "※訂正 14日に配信した記事で…", "更正啟事：本文稍早版本誤將…"
                    r"^※?\s*この(?:記事|ニュース)は.{0,60}?(?:更新|追記|加筆|修正|訂正)(?:しました|しています)|"
                    # (or its time first: "※3月23日午後0時10分、写真を追加しました。")
                    r"^※\s*\d{1,2}月\d{1,2}日[^。]{0,40}?(?:追加|更新|追記|加筆|修正|差し替え|訂正)しました|"
                    # (and in Chinese: "【更正】本文5月21日刊出時，誤植…")
                    # (or the label and the time it was updated at: "【更新時間17:20】增加…等內容。")
                    # (or the label of the notice: "【更正啟事】本文稍早誤植…")
                    # (or in tortoise-shell brackets, as a Taiwanese paper sets its dateline: "〔更新〕15:12 補充…")
                    r"^[【〔][^】〕]{0,24}(?:更新|追記|訂正|更正|订正)(?:啟事|启事)?(?:(?:時間|时间)[^】〕]{0,12})?[】〕]|"
                    r"^※\s*(?:訂正|おわび)|"
                    # (or the label first, its time after a colon: "【更新：2025年3月7日午前10時45分】…を更新しました。")
                    r"^【\s*(?:更新|追記|訂正)\s*[:：][^】]{0,30}】|"
                    r"^[（(](?:訂正|更正|订正)[）)]|"
                    # (or unlabelled, on the article as first sent out: "当初配信した記事で、…の誤りでした。訂正します。")
                    r"^.{0,20}?(?:(?:配信|掲載|公開)した|当初の|最初の)(?:記事|ニュース)で.{0,240}?(?:訂正|修正)"
                    r"(?:します|いたします|しました)。|"
                    # ... dated, on the first version: "※2026年2月20日11時：初出時、表の…に誤りがありました。おわびして
                    # 訂正します。", or closing on the apology and the correction
                    r"^※[^。]{0,40}?(?:初出時|配信時|掲載時|公開時)|^.{0,300}?(?:おわび|お詫び)して(?:訂正|修正)"
                    r"(?:します|いたします|しました)。?\s*$|"
                    r"^(?:更正啟事|更正启事|更正|訂正|订正)\s*[:：]")
CORRECTION_NOTE = re.compile(_CORRECTION_NOTE)
#: the label of an update note (``UPDATE_NOTE``)
_UPDATE_LABEL = r"(?:Update[ds]?|UPDATE[DS]?|Aktualisierung|Aktualisiert am|Nachtrag|Mise à jour)"
#: an update note over the text, its label alone or before a date (a digit within the next 30 characters) and a
#: colon: "Update, March 5: …", "UPDATE 3/5: …", "Update, 5. März: …", "Aktualisierung (14.20 Uhr): …", "Mise à
#: jour, 5 mars : …", in brackets too ("(Update, March 12, 9:40 a.m. ET: …)") (a time's colon is none: "Updated at
#: 1:23 p.m." is a date line; "Update your browser:" is no note); over the text it opens none, as a correction note
#: does, but under it it may close the text, as the update notes closing a news magazine's story and a media blog's
#: post do (so it is no ``TAGLINE``)
UPDATE_NOTE = re.compile(rf"^[(\[]?{_UPDATE_LABEL}"
                         r"(?:\s*[,(–—-]?\s*(?=[^:\n]{0,30}\d)(?:[^:\n]|:\d){1,30}?)?\s*:(?!\d)"
                         # ... or the French label set off by a dash before the note: "Mise à jour - Cet article …"
                         r"|^Mise à jour\s+[-–—]\s+(?=\w)"
                         # ... or a label set off by a bar, as a site sets its labels ("UPDATE | This article was …",
                         # beside its "READ | …" lines)
                         rf"|^{_UPDATE_LABEL}\s+\|\s+(?=\w)"
                         # ... or its time closed by a full stop, the note after it: "Mise à jour, 18 h 05. La compagnie
                         # a indiqué …", "Update, 3 p.m. The council said …"
                         rf"|^{_UPDATE_LABEL}\s*,\s*(?=[^:\n]{{0,12}}\d)"
                         r"[^:\n]{1,20}?\.\s"
                         # ... or a note that the story will be updated: "This story will be updated as more information
                         # becomes available.", "※この記事は随時更新します。", "持續更新"
                         r"|^(?i:this (?:story|article|post|page|report) (?:will be|is being|may be) updated)\b"
                         # ... or that it was, when and with what, maybe after a note's asterisk: "* This article was
                         # updated at 5.10pm with comment from the Department of Internal Affairs."
                         r"|^\*?\s*(?i:this (?:story|article|post|report) (?:was|has been) updated)\b[^\n]{0,60}?"
                         r"\b(?:with|to (?:add|include|reflect|correct))\b"
                         # ... or the time it was updated and with what, no colon: "Updated March 18, 2026, at 3:40
                         # p.m. PT with comment from X."
                         r"|^Updated (?:on )?(?=[^\n]{0,30}\d)[^\n]{1,60}? "
                         r"(?:with|to (?:add|include|reflect|correct))\b"
                         # (or what was added alone, a short line: "Updated with a response from X.")
                         r"|^Updated (?:with|to (?:add|include|reflect|correct))\b(?=[^\n]{0,120}$)"
                         r"|^※?\s*この(?:記事|ニュース|ページ)は(?:随時|適宜)?更新(?:します|していきます|予定です)"
                         # ... or its day and what was added: "2026年2月16日：…に関する記述を追記しました。"
                         r"|^[【\[]?\d{4}年\d{1,2}月\d{1,2}日[】\]]?\s*[:：]?.{0,80}?(?:追記|加筆|追加|更新|修正)しました。?$"
                         # ... or set off by the note mark: "※7日午前、通夜と告別式の日程を追記しました。", maybe with the
                         # time it was added after it: "※記事の後半に…を追記しました。（5月14日 19時48分）"
                         r"|^※.{0,80}?(?:追記|加筆|更新|修正)しました。?(?:\s*[（(][^（）()]{1,20}[）)])?$"
                         # ... or alone under its box's dated title ("追記（2025年2月17日 9:05）"): "…の見通しと、共同通信の
                         # 報道について追記しました。" (what was added, and no more; maybe the time it was added after
                         # it, after its label run into it: "更新飼育員の容体と…を追記しました（3月14日21時40分）")
                         r"|^.{0,80}?(?:について|を)(?:追記|加筆)しました(?:。|\s*[（(][^（）()]{1,20}[）)])$"
                         # ... or the whole note in brackets, its time first: "（8月31日午前8時10分、2日目の中止決定を
                         # 受けて記事を更新しました）"
                         r"|^[（(][^（）()]{0,80}?(?:記事|本文|内容)を(?:更新|追記|加筆|修正)しました。?[）)]$"
                         # ... or the day its facts are as of: "※本稿は2026年3月9日時点の情報に基づいています。"
                         r"|^※?\s*(?:本稿|本記事|この記事|記事)(?:の内容)?は.{0,30}?時点の(?:情報|もの|データ)に基づ"
                         r"|^(?:持續更新|持续更新|不斷更新|不断更新)"
                         # ... or a Chinese note that the text was updated and what was added: "更新提示：本文13:05更新，
                         # 補充X回應。", "＊本文於4月11日上午更新，補充…"
                         # (maybe after the editors' label: "【編按】本文已於5月23日上午更新，補充…")
                         r"|^(?:【\s*(?:編按|编按)\s*】)?[＊*※]?\s*(?:更新提示\s*[:：]\s*)?本文(?:已)?(?:於|于)?[^，。]{0,20}?"
                         r"更新[，,]"
                         # ... or a Chinese note in brackets, labelled: "（更新：9月23日上午10時05分加入運輸署最新公布的…安排）"
                         r"|^[（(【]\s*(?:更新|最後更新|最后更新)\s*[:：].{0,100}[）)】]$"
                         # ... or unbracketed, on what it added: "更新：補充X球團及被告律師回應。"
                         r"|^(?:更新|最後更新|最后更新)\s*[:：]\s*(?:補充|补充|新增|增加|加入)")
#: a site's labelled notice on its business or its advice, at either end of the text: "Advertiser disclosure: Many or
#: all of the products featured here are from our partners …", "Disclaimer: The information in this article is for
#: educational purposes only …", "Transparenzhinweis: X gehört zu Y …" (a site on its own owner) (no sentence of
#: the text; "disclaimer" inside a sentence stays)
_SITE_NOTICE = (r"(?i:^(?:(?:advertiser|affiliate|editorial)\s+)?(?:disclaimer|disclosure|offenlegung|"
                # (and in French: "Transparence : X compte parmi les actionnaires de la société éditrice de Y.")
                r"transparenzhinweis|transparence)\s*:|"
                # ... or a site's note on its sourcing under every text: "X uses only high-quality sources, including
                # peer-reviewed studies, to support the facts within our articles."
                r"^(?:[\w'’.&-]+\s+){1,4}uses only (?:high-quality|trusted|reputable) sources\b|"
                # ... or a note that a body helped the reporting, a press trip's: "※この記事は、X観光協会の協力を得て取材しました。
                # 宿泊費の一部は同協会が負担しています。"
                r"^※?\s*(?:この|本)記事は、?[^。]{0,40}?(?:協力|協賛|招待|支援)(?:を得て|を受けて|により)(?:取材|制作|作成)|"
                # ... or a note on the article's age, maybe after the date line it stands in: "Published DATE Updated
                # DATE This article was published more than 6 months ago. Some information may no longer be current."
                r"^(?:(?:published|updated|posted)\b[^.!?]{0,80}?\s)?this (?:article|story) was published more than "
                r"(?:\d+|one|two|a) (?:months?|years?) ago\b|"
                # ... or the note itself: "This post contains affiliate links.", "Dieser Beitrag enthält keine Werbung."
                r"^this (?:post|article|story|page|review) (?:contains|may contain|includes) "
                r"(?:affiliate|sponsored|paid)\b|"
                r"^(?:dieser|der) (?:beitrag|artikel|text|post) (?:enthält|beinhaltet) (?:keine )?"
                r"(?:werbung|anzeigen?|affiliate|unbezahlte werbung)\b|"
                r"^cet article (?:contient|peut contenir) des liens (?:affiliés|sponsorisés|commerciaux)\b|"
                # ... or the commission it tells of: "We may earn a commission …", "Wenn du etwas über diese Links
                # kaufst, erhalten wir möglicherweise eine Provision", "Alle auf X vorgestellten Produkte werden
                # unabhängig … ausgewählt", "… nous pouvons percevoir une commission"
                # (a note of its own, no paragraph of the text it closes: "… Vodafone-Netz. In diesem Artikel sind
                # Affiliate-Links enthalten. … erhalten wir eine kleine Provision.")
                # (or the site's name for "we": "X may earn a commission on purchases made through links on this page.")
                r"^(?=.{0,400}$).{0,250}?(?:\bwe (?:may |might |could )?(?:earn|receive|get) (?:a )?"
                r"(?:small |affiliate )?commission\b|\b(?:may|might|could) (?:earn|receive) (?:a |an )?"
                r"(?:small |affiliate )?commission (?:on|from) (?:purchases|sales|products)\b|"
                r"\berhalten wir (?:möglicherweise |eventuell |ggf\. )?eine (?:kleine )?provision\b)|"
                r"^alle (?:auf|bei|von) \S+ (?:vorgestellten|empfohlenen) produkte\b|"
                r"\bnous (?:pouvons|pourrions) (?:percevoir|toucher|recevoir) une (?:petite )?commission\b|"
                # ... or a review's note on how it was made, over or under its text: "Our critic dined anonymously at X
                # on three occasions, and the Tribune paid for all meals.", "Unsere Restauranttester besuchen die
                # Lokale unangemeldet und anonym.", and the note on its prices: "Prices were correct at time of
                # publication." (in Chinese, below)
                r"^(?:our|the) (?:restaurant |food )?(?:critic|reviewer|writer|tester)s? (?:dined|dines|visited|visits|"
                r"ate|eats)\b.{0,80}?\b(?:anonymously|unannounced)\b|"
                r"^unsere? (?:restaurant)?(?:tester|kritiker|testesser)\w*\b.{0,80}?\b(?:unangemeldet|anonym)\b|"
                r"^(?:notre|nos) (?:critique|journaliste|chroniqueu)\w*\b.{0,80}?\b(?:anonymement|incognito)\b|"
                r"^prices? (?:were|are|was|is) (?:correct|accurate) at (?:the )?time of (?:publication|writing)\b|"
                # ... or a registration prompt over the text: "You can save this article by registering for free here."
                r"^you can save this article by registering\b|"
                # (or a French daily's gift note over a paid story: "Cet article vous est offert. Pour lire gratuitement
                # d'autres articles, créez votre compte.")
                r"^cet article vous est offert\b|"
                # ... or on the links to other sites under the text: "The BNC is not responsible for the content of
                # external sites.", "Für den Inhalt externer Seiten ist X nicht verantwortlich."
                r"\bnot responsible for the content of (?:external|other) (?:internet )?(?:sites|websites|links)\b|"
                r"^für (?:den|die) inhalte? (?:externer|verlinkter) (?:seiten|webseiten|links)\b|"
                r"\bn['’]est pas responsable du contenu des sites (?:internet )?(?:externes|tiers)\b)|"
                # ... or a paywall's note to a reader logged in, over the text: "この記事は有料記事です。", "有料会員として
                # ログイン中のため、全文をお読みいただけます。", "You're reading a subscriber-only article"
                r"^この記事は(?:有料|会員限定)(?:記事|会員限定記事)です|(?:有料)?会員として(?:ログイン|ログオン)中の?ため|"
                # (or the paid article's mark alone on its line: "有料記事", "会員限定記事")
                r"^(?:有料|会員限定|有料会員限定|購読者限定)(?:記事)?$|"
                # (or to a reader not logged in, under the text's opening: "X新聞デジタルに登録すると、続きをお読みいただけ
                # ます。", "続きを読むには、会員登録（無料）が必要です。")
                r"^.{0,30}?(?:登録|ログイン|購読)(?:する|すれば|すると|いただくと|いただければ)、?\s*(?:この記事の)?続き(?:を|が)"
                r"(?:お読み|読め|ご覧)|^(?:この記事の)?続きを(?:お読み|読む|ご覧)(?:いただく|になる)?には、?.{0,30}?(?:登録|ログイン|購読|会員)|"
                r"^(?i:you(?:['’]re| are) reading (?:a|an) (?:subscriber|premium|member)[- ]only)|"
                # (and the thanks to a subscriber reading it: "Vous lisez cet article grâce à votre abonnement. Merci de
                # soutenir …", "Thanks to your subscription, you can read this article")
                r"^(?i:vous lisez cet article grâce à votre abonnement|"
                r"(?:thanks|thank you) (?:to|for) your subscription[, ]+you (?:can|are) read)|"
                # ... or a streaming service's promo over a sports story: "Watch every game of the season live on X. New
                # to X? Start your free trial now"
                r"^(?i:.{0,200}?\b(?:start|begin|claim) (?:your|a) free trial\b)|"
                # ... a dining review's note in Chinese that the writer paid ("本文為記者自費實測", "…自費用餐，不接受店家招待"),
                # and Taiwan's warning on drink printed under a story on it ("禁止酒駕　飲酒過量有害健康")
                r"^(?=.{0,150}$).{0,40}?自[費费](?:實測|实测|用餐|消費|消费)|^(?:禁止酒駕|飲酒過量[，,\s]*有害健康)|"
                # ... or the legal warning on gambling a site prints with such stories, a short note of its own: "※パチンコ・
                # パチスロは適度に楽しむ遊びです。のめり込みに注意しましょう。", "18+ | Gamble responsibly", "Spielen kann
                # süchtig machen", "Jouer comporte des risques", "★理性購買彩券★"
                r"^(?=.{0,300}$).{0,200}?(?:のめり込みに(?:ご)?注意|(?i:gamble responsibly|play responsibly|"
                r"spielen kann süchtig machen|jouer comporte des risques)|理性購買|理性购买|理性投注)|"
                # ... and a Japanese affiliate note: "※記事内の商品は編集部が独自に選んでいます。リンクから購入があった場合、売上の
                # 一部が当サイトに還元されることがあります。"
                r"^(?=.{0,200}$).{0,120}?売上の一部が.{0,20}?還元")
SITE_NOTICE = re.compile(_SITE_NOTICE)
#: a series note at either end of the text: "This post is part of a series on restoring a Model 33 Teletype: …",
#: "This piece is part of Securing Critical Infrastructure, a series examining …" (no sentence of the text)
_SERIES_NOTE = (r"(?i:^this (?:post|piece|article|story|essay|column|report|episode|commentary) is (?:the \w+ )?"
                r"(?:part|instal?lment|chapter) (?:\w+ )?of\b)"
                # (in French and German: "Ce texte fait partie de notre série «Fait ici», qui présente …", "Dieser Text
                # ist Teil unserer Serie …")
                r"|(?i:^(?:ce|cet) (?:texte|article|reportage|portrait) fait partie (?:d['’]une|de (?:notre|la|cette)) "
                r"série|"
                r"^(?:dieser|der) (?:text|artikel|beitrag) ist (?:ein )?teil (?:unserer|der|einer) serie)\b"
                # (in Japanese, the series named, then its part: "この記事は、…による連載「X」の第3回です。連載一覧はこちら")
                r"|^[※＊*]?\s*(?:この記事|本記事|本稿)は、?.{0,60}?連載.{0,40}?(?:第[0-9０-９一二三四五六七八九十]+回|最終回)"
                r"(?:です|となります)")
SERIES_NOTE = re.compile(_SERIES_NOTE)
#: a note over the text on where the story comes from: "This story was produced by OUTLET in partnership with
#: PARTNER.", "This story was originally published by OUTLET. Republished from OUTLET under a Creative Commons
#: license.", "Republished from OUTLET …" (no opening of the text, ``body._opens_text``; under the text such a note
#: stays its last line, as the body benchmark's annotators keep it)
PROVENANCE_NOTE = re.compile(
    r"(?i:^(?:this (?:article|story|piece|report|post|investigation) was (?:originally |first )?"
    r"(?:published|produced|co-published|reported|written)(?: and (?:published|edited|reported))? "
    r"(?:by|in|on|with|through|for)|republished (?:from|with permission from)|originally published (?:by|on|in)|"
    # a partner newsroom's co-publication: "This article is a collaboration between X and Y, …"
    r"this (?:article|story|piece|report|investigation) is (?:a|part of a) (?:collaboration|partnership|joint project|"
    r"co-publication) (?:between|with|of))\s)"
    # (a Japanese note on what the story was put together from: "※本記事は、…の中間報告および関係者への取材を基に構成して
    # います。")
    r"|^[※＊*（(]?\s*(?:本記事|この記事|本稿)は.{0,120}?(?:を|に)(?:基に|もとに|基づいて|基づき)(?:構成|作成|執筆|再構成|まとめ)")

#: the editors' note on an interview or a testimony as printed: "This interview has been edited for length and
#: clarity.", "Ce témoignage a été condensé et révisé par souci de clarté.", "Les propos ont été condensés et édités
#: pour en faciliter la lecture.", "Das Gespräch wurde gekürzt.", "*访谈内容经过编辑和删节。", "（本文經編輯刪節）",
#: "※インタビューは一部を編集しています。" (a closing note, ``TAGLINE``; closing an interview with the lines after it,
#: ``body._without_edited_note``)
_EDITED_NOTE = (r"^(?i:this (?:interview|conversation|testimony|transcript) has been (?:edited|condensed|"
                r"lightly edited))\b|"
                r"^(?i:(?:ce|cet) (?:témoignage|entretien|texte) a été (?:condensé|édité|révisé|raccourci))|"
                r"^(?i:les (?:propos|échanges) (?:ont été|sont) (?:condensés|édités|résumés|raccourcis|réduits))|"
                r"^(?i:(?:das )?(?:gespräch|interview) wurde (?:\w+ )?(?:gekürzt|redigiert|bearbeitet|autorisiert))|"
                r"^[*＊※（(]?\s*(?:访谈|訪談|采访|採訪|对谈|對談|本文|全文)(?:内容|內容)?(?:经过?|經過?|已经?|已經?)"
                r"(?:编辑|編輯|删节|刪節|整理|节选|節選)|"
                r"^[*＊※（(]?\s*(?:インタビュー|対談|鼎談|本文)(?:内容)?は.{0,10}?(?:編集|抜粋|再構成)")
EDITED_NOTE = re.compile(_EDITED_NOTE)


#: a press office's contact label opening a line: "Contact:", "Media contact:", "Kontakt für Rückfragen:" (a closing
#: note in ``TAGLINE``; over a release's text, ``CONTACT_LINE``)
_CONTACT_LABEL = (r"(?i:^(?:(?:press|presse|media|medien)[\s-]?)?(?:contact|kontakt)(?:\s+(?:für|for)\s+(?:rückfragen|"
                  r"presseanfragen|(?:further )?(?:information|enquiries|inquiries|questions)))?\s*:)")
#: the same line as a release prints it over its text ("FOR IMMEDIATE RELEASE", then "Contact: NAME, Director of
#: Communications, PHONE | EMAIL"): no opening of the text (``body._opens_text``)
CONTACT_LINE = re.compile(_CONTACT_LABEL)
#: closing lines about the author: a contact or follow prompt ("Email Tariq Malik at ...
#: or follow him @tariqjmalik", "Have a tip? ... may be reached at"), or a short
#: biography ("Meg James is a corporate media reporter for ..."). Searched only in the
#: last blocks of the text, where the article is over.
#: a helpline note closing a story on health or hardship: "If you have been affected by any of the issues raised in this
#: story, help and support is available via …", "If you or someone you know is struggling, call …" (no text, and its
#: link cites no outlet)
_HELPLINE = (r"^(?i:if you(?:['’]ve| have) been affected by|if you or someone you know)\b|"
             r"(?i:\bhelp and support (?:is|are) available\b)|"
             # (a Hong Kong or mainland site's, under its label: "【情緒支援】如你正經歷喪親之痛需要支援，可致電…熱線")
             r"^【\s*(?:情緒|情绪|心理|精神)?(?:支援|求助|輔導|辅导)(?:熱線|热线)?\s*】")
HELPLINE = re.compile(_HELPLINE)

TAGLINE = StartOrAnywhere(
    # an opinion page's closing notes: a call for letters ("Do you have an opinion on the issues raised in this
    # article? If you would like to submit a response …", "Share your opinion: Submit a letter to the editor"), the
    # board whose editorial it is ("This editorial is the opinion of the X's editorial board: …"), a disclaimer of the
    # views ("The views expressed are the author's own", "Gastkommentare geben ausschließlich die Meinung … wieder",
    # "Les propos n'engagent que leur auteur", "本文為作者觀點，不代表X立場", "本稿の内容は筆者個人の見解であり"), the
    # writer's note ("Zur Person: NAME …", "*作者為…副教授", "作者是本报言论组副主任")
    r"\b(?i:submit (?:a|your) (?:letter|response))\b|^(?i:share your opinion)\s*:|"
    r"^(?i:this (?:editorial|column|commentary|op-ed) (?:is|represents|reflects) the (?:opinion|views?) of)\b|"
    r"\b(?i:(?:the )?(?:views|opinions) expressed\b.{0,80}\b(?:are (?:those of|solely)|(?:author|writer)['’]?s? own|"
    r"do not necessarily))|"
    r"\b(?i:(?:gast)?(?:kommentare?|beitr[äa]ge?) (?:geben|gibt) (?:ausschließlich |nur |allein )?die "
    r"(?:meinung|ansicht))|"
    r"(?i:n['’]engagen?t que (?:leur|son|ses) auteur)|^(?i:zur person)\s*:|"
    r"(?:作者|本文).{0,20}?不代表.{0,20}?(?:立場|立场)|不代表本(?:報|报|刊|網|网|站|台|社).{0,4}(?:立場|立场)|"
    r"^\*?\s*作者(?:[為为是]|系).{2,40}$|"
    # ... a Japanese paper's profile of the writer or of the book's author, the name's reading in kana after a
    # diamond: "◇かつらぎ・しんいちろう＝1968年、北海道生まれ。…"
    r"^◇\s*[\u3040-\u309f\u30a0-\u30ff・]{2,24}\s*[＝=]|"
    # (or a sports paper's profile box of the athlete, the name and its reading as its title: "◆NAME（はやせ・みづき）")
    r"^[◆◇]\s*[^\s（(]{2,12}\s*[（(][\u3040-\u309f・]{2,24}[)）]\s*$|"
    r"(?:本稿|本記事|この記事|本コラム)の(?:内容|意見)は.{0,6}?(?:筆者|執筆者)(?:個人)?の(?:見解|意見)|"
    # (or the note over experts' comments under a story, that they are theirs and not the paper's: "※X投稿は、エキスパート
    # ご自身の見解であり、X新聞の見解ではありません。")
    r"(?:の|ご自身の|個人の)(?:見解|意見)であり、.{1,24}?の(?:見解|意見)(?:ではありません|ではない|を代表するものではありません)|"
    # ... and the editors' note on the piece as printed (``EDITED_NOTE``)
    + _EDITED_NOTE + r"|"
    # ... and a travel or food feature's note on who paid for the trip ("The trip was provided by X", "The writer
    # travelled as a guest of X", "Die Recherche für diesen Artikel wurde von X unterstützt", "Ce reportage a été réalisé
    # à l'invitation de X", "（本次采访得到X协助）", "取材協力：X")
    r"(?i:^(?:the|this|our|my) (?:trip|travel|journey|stay|visit)\b.{0,60}?\b(?:was|were) (?:provided|paid for|"
    r"supported|arranged|hosted|organi[sz]ed|funded|sponsored)\b|\b(?:travell?ed|stayed) as (?:a |the )?guests? of\b|"
    r"^(?:die |diese |unsere )?(?:recherche|reise|unterkunft)\b.{0,80}?\bwurden? .{0,120}?\b(?:unterstützt|ermöglicht|"
    r"bezahlt|finanziert)\b|^(?:ce |cet )?(?:reportage|voyage|séjour)\b.{0,60}?\ba été (?:réalisé|effectué|financé|"
    r"organisé)\b.{0,40}?\b(?:à l['’]invitation|avec le soutien|grâce)\b)|"
    r"^[（(]?本次(?:采访|採訪|旅行|行程)(?:得到|由|获得|獲得).{1,40}(?:协助|協助|邀请|邀請|支持|赞助|贊助)|^取材協力\s*(?:[：:]|$)|"
    # ... or a car review's note on who lent the car and paid the launch's trip ("The manufacturer provided the
    # vehicle for this review", "Der Testwagen wurde von X zur Verfügung gestellt", "Essai réalisé lors d'une
    # présentation organisée par X, qui a pris en charge les frais de transport", "※試乗車はXが用意したものです",
    # "（試駕車由本地代理提供）")
    r"(?i:^(?:the )?(?:manufacturer|maker|automaker|carmaker|brand|importer) (?:provided|supplied|loaned|lent|"
    r"paid for)\b.{0,80}\bfor (?:this|the|our) (?:review|test|story|article|drive)\b|"
    r"\b(?:test|press|review|loan) (?:car|vehicle)s? (?:was|were) (?:provided|supplied|loaned|lent)\b|"
    r"^(?:der |das )?(?:testwagen|testfahrzeug)\b.{0,60}?\bwurden? .{0,60}?\b(?:gestellt|geliehen)\b|"
    r"^(?:cet )?essai (?:a été )?(?:réalisé|effectué)\b.{0,150}?\b(?:pris en charge|à l['’]invitation|"
    r"organisée? par)\b)|"
    r"^[※*]?\s*(?:試乗車|取材車両|テスト車)は.{1,30}(?:用意|提供|貸与|貸し出)|"
    r"(?:交通費|宿泊費|渡航費)[^。]{0,12}は[^。]{1,20}が負担し(?:ました|ています)|"
    r"^[（(]?\s*(?:試駕車|试驾车|測試車|测试车)(?:輛|辆)?(?:由|為|为).{1,20}(?:提供|借出|安排)|"
    # ... and a financial page's notice that it gives no investment advice, and its market data's supplier ("This
    # article is for information only and does not constitute investment advice", "Keine Anlageberatung", "Ceci ne
    # constitue pas un conseil en investissement", "投資勧誘を目的としたものではありません", "不构成投资建议", "Market data
    # provided by X", "株価・指数データ提供：X", "市場數據由X提供")
    r"(?i:\b(?:(?:does|do|is|are) not|nor) (?:constitute|represent|intended as|to be (?:construed|considered) as) "
    r"(?:an? )?(?:(?:personal|professional) )?(?:investment|financial) (?:advice|recommendation)|"
    r"\bkeine (?:anlageberatung|anlageempfehlung|aufforderung zum kauf)|"
    r"\bne constitue (?:pas|en aucun cas) (?:un conseil|une recommandation) (?:en|d['’])\s?investissement|"
    r"^market data (?:provided|supplied|powered) by\b|^(?:alle )?kurse ohne gewähr\b)|"
    r"投資勧誘を目的と(?:した|する)もの(?:では|で)(?:ありません|はない)|(?:データ|情報)提供\s*[：:]\s*\S{2,20}$|"
    r"不[构構]成(?:任何)?投[资資](?:建[议議]|意[见見])|(?:市场|市場)(?:数据|數據)由.{1,20}提供|"
    # (a self-publishing platform's disclaimer under its users' posts, in Chinese and English: "本平台仅提供信息存储服务",
    # "… is uploaded and posted by a user of X, which is a social media platform and only provides information storage
    # services.")
    r"仅提供信息存储服务|僅提供資訊儲存服務|(?i:\bonly provides information storage services\b)|"
    # (a portal's risk notice and its app's promo under every story: "…所涉及标的不作推荐，据此买卖，风险自负。", "海量资讯、
    # 精准解读，尽在X财经APP")
    r"据此(?:买卖|操作)，?风险自负|據此(?:買賣|操作)，?風險自負|^.{0,20}尽在.{1,16}(?:APP|App|客户端)$|"
    # ... and a Chinese paper's editors' line and rights notice under the text: "编辑 / NAME　校对 / NAME",
    # "X所有原创内容版权归X社所有，未经书面授权，任何单位及个人不得转载", "…版权均属于X社，未经本网授权不得转载"
    r"^(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核)\s*[／/：:｜|]\s*[\u4e00-\u9fff]{2,4}"
    r"(?:\s+(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核)\s*[／/：:｜|]\s*[\u4e00-\u9fff]{2,4})*\s*$|"
    r"版[权權][归歸].{1,20}所有|未[经經](?:本[网網站报報社刊台])?(?:[书書]面)?[授许許][权權可].{0,20}不得[转轉][载載]|"
    # (the way to reach the writer after it: "may be reached at EMAIL"; not "so that they can be contacted quickly")
    r"\bfollow (?:him|her|them|me|us)\b|\b(?:can|may) be (?:reached|contacted|emailed) (?:at|via|on|through|by "
    r"(?:e-?mail|phone|telephone))\b|"
    r"\bemail (?:him|her|them|me|us)\b|\bemail \w+(?: \w+)? at\b|"
    # the writer's address after the beat: "Andrea Kowalczyk covers housing for Eastside Voice. Reach her at EMAIL."
    r"\b[Rr]each (?:him|her|them) at [\w.+-]+@\w|"
    # the writer's address as a line: "Reach Ricardo Cano: ricardo.cano@example.com; Twitter: @handle", "Contact
    # Jane Doe at jdoe@example.com" (a name, then an e-mail address or handle soon after)
    r"^(?:Reach|Contact) (?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+(?::| at\b)[^.]{0,12}?[\w.+-]*@\w|"
    # … or a telephone number first: "Contact Tom Reddick at 570-555-0148 or treddick@example.com."
    r"^(?:Reach|Contact) (?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+ at \(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b|"
    # … or the writer's beat and how to reach her, as a local paper closes its stories: "NAME covers Harlan Falls and
    # the western county for the Sentinel. Reach her at PHONE or EMAIL."
    r"^(?:[A-Z][\w.'’-]+ ){1,3}(?:covers|reports on|writes about) [^.]{3,120}? for (?:the )?[A-Z][^.]{1,60}\.\s+"
    r"(?:Reach|Contact|Email) (?:him|her|them)\b|"
    # … or an address: "Write to NAME at EMAIL and NAME at EMAIL", as a business daily closes its stories
    r"^Write to (?:[A-Z][\w.'’-]+ ){1,3}at [\w.+-]+@\w|"
    # a tip request naming the writers by their job: "Do you work at a company that …? Contact the reporters at
    # EMAIL or via Signal at NUMBER.", "Contact this reporter via email at …"
    r"\b(?i:contact|email) (?:the|this|these|our) (?:reporters?|writers?|authors?|journalists?) "
    r"(?:(?:via e-?mail )?at [\w.+-]+@\w|(?:via|using) (?:e-?mail|Signal|WhatsApp)\b|securely\b)|"
    # … or a regional paper's call for stories: "Do you have a story for us? Email the newsdesk at EMAIL", "Got a
    # news tip? Contact us …"
    r"^(?:Do you have|Have you got|Got) an? (?:news )?(?:story|tip|story idea)\b[^?.]{0,60}\?|"
    # (… or after the writer's beat, in the writer's card under the text: "Transport reporter at the X. Got a story?
    # Email ADDRESS")
    r"\b(?:Got|Have you got) an? (?:news )?(?:story|tip|story idea)\?\s*(?:E-?mail|Contact|Call|Message|Text)\b|"
    # (or any question to the readers before the call to write: "Vous êtes étudiant et cette hausse vous touche?
    # Écrivez-nous à EMAIL.", "Are you affected? Tell us …")
    # ("Are you worried about paying your energy bills this winter? Get in touch.")
    r"^[^?.!]{5,140}\?\s*(?:Écrivez-nous|Contactez-nous|Racontez-nous|Write to us|Tell us|Email us|Contact us|"
    r"Get in touch|"
    r"Schreiben Sie uns|Erzählen Sie uns|Schicken Sie uns|Senden Sie uns|Send us)\b|"
    # (or any question to the readers, then a call to send word to an address: "Have a family story to share? Email
    # news@X – we'd love to hear …", "Do you know someone celebrating a milestone? Send announcements and photos to
    # news@X or call …")
    r"^[^?.!]{5,120}\?\s*(?:E-?mail|Send|Write to|Contact|Call|Share)\b[^?!]{0,80}?[\w.+-]+@\w|"
    # (or the newsroom saying it wants to hear from readers, then where to write: "KRVX wants to hear from streetcar
    # riders — … Email news@X or leave a message on our tip line")
    r"^[^?.!]{2,40}\b(?:wants?|would (?:love|like)) to hear from\b[^?!]{0,200}?\b(?:E-?mail|Write to|Contact)\s+"
    r"[\w.+-]+@\w|"
    # (and in French, the call to tell the newsroom: "Vous organisez un vide-grenier dans le secteur ? Signalez-le à la
    # rédaction via notre formulaire", "… ? Écrivez-nous")
    r"^[^?.!]{5,120}\s?\?\s*(?:Signalez|Écrivez|Contactez|Envoyez|Racontez|Partagez)(?:-(?:le|la|les|nous))?\b"
    r"[^?!]{0,40}?\b(?:la rédaction|nous|-nous)\b|"
    # (a Hong Kong paper's call for readers' tips, labelled: "【讀者報料】家中添丁…歡迎電郵至 EMAIL", "【報料】你身邊有…")
    r"^【\s*(?:讀者|读者)?(?:報料|报料|爆料)\s*】|"
    # (or a question to the readers, then a call to write in: "📮 你也有…故事嗎？歡迎來信 EMAIL，與我們分享…"; maybe a
    # second question before it, and a call for a letter to the paper: "…嗎？對X有什麼建議？歡迎投書「Y」，來稿請附…")
    r"^\W{0,3}[^？?。]{4,60}[嗎吗][？?]\s*(?:[^？?。]{2,40}[？?]\s*)?(?:歡迎|欢迎)"
    # (or to mail it: "…吗？欢迎电邮 EMAIL 或 WhatsApp NUMBER 与我们分享…")
    r"(?:來信|来信|投稿|投書|投书|分享|留言|爆料|報料|报料|电邮|電郵)|"
    # (and in German: "Haben Sie einen Hinweis? Schreiben Sie uns vertraulich an …", "Hast du einen Tipp?")
    r"^(?:Haben Sie|Hast du|Habt ihr) (?:einen|ein) (?:Hinweis|Tipp|Thema)\b[^?.]{0,60}\?|"
    # … or a what's-on page's call for events: "Have an event you'd like us to consider for the weekend guide?"
    r"^(?:Do you have|Have you got|Have) an? (?:event|gig|show|festival)\b[^?.]{0,80}\?\s*(?:Submit|Send|Email|Tell)\b|"
    # (a tabloid's box opening on its offer: "We pay for your stories!")
    r"^(?i:we pay for (?:your )?(?:stories|videos|pictures|photos))\b|"
    # (a business daily's lines under every story: "(Catch all the Business News, … Updates on OUTLET.)", "Download
    # The OUTLET News App to get Daily Market Updates …")
    r"^[(]?(?i:catch all the\b.{0,200}\bupdates on\b)|"
    # (a note on names withheld or changed, a line of its own: "Conformément à la volonté de la famille, le nom de la
    # victime n’est pas publié.", "Some names have been changed.", "*Name von der Redaktion geändert.")
    r"^(?i:\W*(?:conformément à [^,.]{3,60}, )?(?:le |les )?(?:pré)?noms? (?:de [^,.]{2,40} )?(?:n['’](?:est|sont) pas "
    r"publiés?|(?:a|ont) été (?:modifiés?|changés?))\b.{0,60}$)|"
    r"^(?i:\W*(?:at the request of [^,.]{3,60}, )?(?:some |all )?(?:the )?(?:names?|identit(?:y|ies))"
    r"(?: of [^,.]{2,40})? (?:(?:has|have) been|(?:is|are) being|(?:is|are)) "
    r"(?:changed|withheld|not (?:published|disclosed|named))\b.{0,60}$)|"
    r"^(?i:\W*(?:alle )?namen? (?:\w+ )?(?:von der|der) redaktion (?:geändert|bekannt)\b.{0,40}$)|"
    r"^※.{0,40}?(?:名前を伏せ|名前は伏せ|仮名(?:です|としています|にしています))|"
    # (or a court story's note on what the law keeps from print: "Reporting restrictions: The court has made orders
    # suppressing the names of two witnesses. Comments on this article have been disabled for legal reasons.")
    r"^(?i:reporting restrictions?|suppression orders?|legal (?:notice|note))\s*:|"
    # (a warning to First Nations readers of the names of people who have died, closing the text)
    r"^(?i:" + _DECEASED_WARNING + r")|"
    r"\b(?i:comments? (?:on|for|to) this (?:article|story) (?:have|has) been (?:disabled|closed|turned off)\b)|"
    r"^(?i:download (?:the |our )?(?:[\w&'’.-]+ ){0,4}app\b.{0,20}\b(?:to get|for)\b)|"
    # … or the newsroom's call for them: "If you have been before a parole board, or work for one, we want to hear
    # from you. Contact us securely."
    r"(?i:\bwe(?:[’']d| would)? (?:want|like|love) to hear from you\b.{0,80}\bcontact us\b)|"
    # (or a question to the readers first, then the call: "Do you pick fiddleheads in the park? We'd like to hear from
    # you. Email X.")
    r"^[^?.!]{5,120}\?\s*(?i:we(?:[’']d| would) (?:like|love) to hear from you)\b|"
    # a science or health story's closing notes: a reference to the study ("Quelle: A. NAME et al., "TITLE", JOURNAL,
    # 2024", a reference list's entry "… BMJ. 2023;382:e074519."), a medical disclaimer ("This article is for
    # information only and is not a substitute for medical advice", "※本記事は…医師による診断や治療に代わるものでは
    # ありません", "本文僅供參考，不能取代醫師診斷"), a helpline note ("If you have been affected by any of the issues raised
    # in this story, help and support is available via …", "If you or someone you know is struggling, call …")
    r"^(?i:quellen?|sources?|references?|référence|literatur|zur studie|originalstudie|studie)\s*:\s*.{0,200}?"
    r"(?:\bet al\.|\bdoi\b|\bDOI\b|\b(?:19|20)\d{2}\b)|\b(?:19|20)\d{2}\s*;\s*\d{1,4}(?:\(\d{1,3}\))?\s*:\s*e?\d+|"
    r"(?i:\bnot (?:a |intended as a |meant as a |to be used as a )?substitute for (?:professional )?medical\b|"
    r"\bersetz(?:t|en) (?:keine|nicht die) (?:ärztliche|medizinische)|"
    r"\bne (?:remplacen?t?|se substituen?t?) (?:pas|en aucun cas) (?:à )?(?:l['’]avis|une consultation|un avis|"
    r"un diagnostic))|" + _HELPLINE + r"|"
    r"(?:医師|医療機関)による(?:診断|診察|治療)(?:や(?:診断|診察|治療))?に代わるもの(?:では|で)(?:ありません|はない)|"
    r"不能(?:取代|替代|代替)(?:專業|专业)?(?:醫師|医师|醫療|医疗|醫生|医生)|僅供參考|仅供参考|"
    r"(?:記事の内容|掲載内容|本記事|本稿|この記事)は.{0,30}?時点の(?:情報|もの|データ)に基づ|"
    # (and a Japanese page's notes on what it is for and when its prices held: "※本記事は一般的な情報提供を目的とした
    # もので…", "※価格はすべて税込み、編集部調べ（2026年2月時点）です。")
    r"情報(?:の)?提供を目的と(?:した|する)もの|^※.{0,60}(?:時点|現在)[）)]?です|"
    # a nonprofit newsroom's appeal to its readers after the text: "This story, like all the news we publish, is free to
    # read. That's because X is a 501c3 nonprofit …", "… please join the readers who support our work with a donation"
    # (or a site's, whatever it is: "X is free to read, because we believe everyone deserves access to trusted news.
    # If you can, please support our journalism.")
    r"(?i:\bis free to read\b.{0,80}\bnonprofit\b|\b501\s?\(?c\)?\s?\(?3\)?\s+nonprofit\b|"
    r"\bis free to read\b.{0,120}\bplease (?:support|consider supporting|donate|contribute)\b|"
    # (or a paper's: "Our health coverage is made possible by subscribers. If you value local reporting, please
    # consider subscribing.")
    r"\bmade possible by (?:our )?(?:subscribers|readers|members|supporters)\b.{0,120}\bplease consider "
    r"(?:subscribing|supporting|becoming)\b|"
    r"\bsupport (?:our|this|independent|nonprofit) (?:work|journalism|reporting|newsroom)\b.{0,40}"
    r"\b(?:donation|gift)\b|"
    r"\b(?:make|give) a (?:tax-deductible )?(?:donation|gift) (?:today|now)\b)|"
    # a funder's note on the reporting: "This reporting was supported by the X Center.", "The X Society, committed to
    # …, funded Explorer NAME's work."
    r"^(?i:this (?:reporting|story|project|series|work) was (?:supported|funded|made possible))\b|"
    # (in French, a programme's: "Cet article est produit dans le cadre de l’Initiative de journalisme local, financée
    # par le gouvernement du Canada.")
    r"^(?i:(?:cet article|ce texte|ce reportage) (?:est|a été) (?:produit|réalisé|rendu possible) (?:dans le cadre|grâce au "
    r"soutien|avec le soutien) d)|"
    # (or produced with a fund's support: "This story was produced with the support of the Public Interest
    # Journalism Fund.")
    r"^(?i:this (?:story|article|report|reporting|project) was (?:produced|made|written|reported) with the "
    r"(?:support|funding|help) of)\b|"
    # (or the fund's note alone, one sentence naming the fund: "Made with the support of the Public Interest Journalism
    # Fund."; a sentence of the text goes on: "Made with the help of volunteers, the new carriages …")
    r"^(?i:(?:produced|made) with the (?:support|funding|help) of) [^,.!?;:]{3,80}\.?$|"
    r"\bfunded (?:\w+ ){0,3}\w+['’]s (?:work|reporting|fieldwork|travel)\b|"
    # a follow button's note after the text: "Recevez une alerte dès qu'un nouvel article sur ce sujet est publié.",
    # "Get an alert when a new story on this topic is published"
    r"^(?i:recevez une (?:alerte|notification) (?:dès|lorsqu|quand)|"
    r"get (?:an? )?(?:alert|notification) when (?:a )?new)\b|"
    # a messaging app's follow box after the text: "LINE公式アカウントで旬のレシピをお届け", "友だち追加で…をプレゼント"
    r"LINE公式アカウント(?:で|を|の).{0,30}?(?:お届け|配信|登録)|友(?:だ|達)ち?追加(?:で|して|はこちら)|"
    # the writers' initials set apart under the text: "M.Vdb. et L.D.", "J.-P.D."
    r"^(?-i:(?:[A-Z][a-z]{0,2}\.-?){2,4}(?:\s*(?:et|and|und|,)\s*(?:[A-Z][a-z]{0,2}\.-?){2,4})*)$|"
    # … or a Japanese site's call for tips closing the text: "地域の開店・閉店情報を募集しています。情報提供はこちら",
    # "情報をお寄せください"
    r"情報(?:提供)?を(?:募集しています|募集中|お寄せください|お待ちしています)|情報提供はこちら|"
    # (and a column's call for readers' questions: "＼賃貸のお悩み募集中／", "お悩みを募集しています")
    r"^[＼\\].{1,20}募集中[／/]$|(?:お悩み|ご相談|質問)を(?:募集しています|募集中|お寄せください)|"
    # … or a Chinese paper's: "新闻线索报料通道：…一经采纳，即付报酬。24小时报料热线：…", "如有新聞線索，歡迎電郵至…"
    r"新[闻聞][线線]索|(?:报料|爆料)(?:通道|热线|邮箱|微信)|"
    # … or a public body's note on reading its attached files: "PDF形式のファイルをご利用するためには、「Adobe Acrobat
    # Reader」が必要です。"
    r"PDF(?:形式の)?ファイルを(?:ご覧|ご利用|閲覧)|Acrobat\s*Reader」?(?:（[^）]{0,20}）)?(?:が必要|を(?:ダウンロード|インストール))|"
    # a broadcaster's note on its programme's report ("Über dieses Thema berichtete X am 05. März 2026 um 17:00 Uhr.")
    # and a call to report an error ("Haben Sie einen Fehler entdeckt? Schreiben Sie uns.", "Spotted an error?")
    r"^(?i:über dieses thema (?:berichtete|berichteten|berichtet) .{0,80}\b(?:am|im|in|um)\b)|"
    r"^(?i:(?:haben sie|hast du) einen fehler (?:entdeckt|gefunden)\?|(?:spotted|found|see) an? (?:error|mistake)\?|"
    r"vous avez (?:repéré|trouvé|vu) une erreur\s?\?)|"
    # a Japanese paper's glossary entry under the text, the term in angle brackets first: "〈日本版ライドシェア〉 タクシー
    # 会社が運行を管理し、…仕組み。"
    r"^〈[^〈〉]{2,20}〉\s*\S|"
    # (or its line of the documents it drew on after the text: "参考：X社「…のお知らせ」（2025年2月26日）、…")
    r"^(?:参考|參考|参考資料|出典)\s*[:：]\s*\S|"
    # a French daily's lines under the text: "Réutiliser ce contenu", "Réagissez ou posez une question aux journalistes
    # de la rubrique X."
    r"^(?i:réutiliser ce contenu\W*$|réagissez ou posez une question aux journalistes)|"
    # a platform's note that a reader wrote the post: "Dieser Beitrag wurde von einem Regionauten bzw. einer
    # Regionautin verfasst.", "This story was submitted by a community contributor."
    r"^(?:Dieser|Der) (?:Beitrag|Artikel|Text) wurde von (?:einem|einer) .{2,80}?(?:verfasst|erstellt|geschrieben)\b|"
    r"^(?i:this (?:article|story|post|piece) was (?:written|submitted|contributed) by (?:a|an|one of our) "
    r"(?:community|reader|citizen|local|guest|volunteer)\b)|"
    # a German writer's note opening on the job, its desk or place, then the beat: "Redakteurin im Ressort Wissenschaft,
    # schreibt über Wasser …", "Wirtschaftsredakteur in Düsseldorf, zuständig für Industrie …" (or the beat in a
    # sentence of its own: "Wissenschaftsredakteurin im Ressort Gesundheit. Schreibt über Neurologie …")
    r"(?i:^[a-zäöüß-]*(?:redakteur|redaktor|korrespondent|reporter|journalist|autor|kolumnist)(?:in)?\s+"
    r"(?:im|in|bei|für|der|"
    r"des)\s+[^,.]{2,40}[,.]\s+(?:schreibt|zuständig|berichtet|betreut|verantwortlich|arbeitet)\b)|"
    # (the job capitalised as a scheme's title: "NAME is a Local Democracy Reporter based at the X Herald.")
    r"^(?:[A-Z][\w.'’-]+ ){1,3}(?:is|was|has been|covers)\b.{0,80}\b(?i:reporter|writer|editor|correspondent|"
    r"columnist|journalist|contributor|curator|author|producer|critic|blogger|freelancer)\b|"
    # ... and in French and German: "NAME est journaliste au service Politique de X depuis 2018.", "NAME ist
    # Redakteurin im Ressort Politik."
    r"^(?:[A-ZÀ-Þ][\w.'’-]+ ){1,3}(?:est|était)\b.{0,80}\b(?:journaliste|rédact(?:eur|rice)|correspondante?|"
    r"chroniqueu(?:r|se)|éditorialiste)\b|"
    # (the Swiss title too: "NAME ist Redaktorin im Ressort Wirtschaft und schreibt über Banken")
    r"^(?:[A-ZÄÖÜ][\w.'’-]+ ){1,3}(?:ist|war)\b.{0,80}\b(?:Redakteur|Redaktor|Journalist|Korrespondent|Reporter|Autor|"
    r"Kolumnist)(?:in)?\b|"
    # a guest's note on herself under her post: "NAME is a shellfish surveyor and writes about estuaries at
    # PUBLICATION." (where she writes named, capitalised; "… who writes about Rome." stays)
    r"^(?:[A-Z][\w.'’-]+ ){1,3}(?:is|was)\b[^.]{0,80}\bwrites (?:about|on) [^.]{1,60}\b(?:at|for|in) [A-Z]|"
    # … or a magazine's note on its writer and photographers: "NAME writes about water and risk from Lima. NAME …"
    r"^(?:[A-Z][\w.'’-]+ ){1,3}writes (?:about|on) [^.]{1,80}\b(?:from|for|at|in) [A-Z]|"
    # a funding note: "LDR is local body journalism co-funded by RNZ and NZ On Air.", "The Local Democracy Reporting
    # Service is funded by the BBC ..."
    # (the journalism named: "The bus service is funded by the council." closing a story stays its sentence)
    # (the scheme's name capitalised too: "NAME covers municipal affairs for X under the Local Journalism Initiative,
    # which is funded by the Government of Canada.")
    # (or "through" a fund: "Local Democracy Reporting is Public Interest Journalism funded through the Local News
    # Fund.")
    r"^(?=.{0,240}$).{0,80}\b(?i:journalism|reporting|reporters?)\b.{0,60}\b(?:co-?|part-|jointly )?"
    r"funded (?:by|through)\b|"
    # the outlet's own closing note: "The Ledger is a nonprofit newsroom covering ..."
    # or part of a network: "Prairie State Capital is part of States Newsroom, a nonprofit news network …"
    r"^(?:The )?(?:[A-Z][\w.'’-]+ ){1,4}(?:is|are) (?:part of (?:the )?(?:[A-Z][\w.'’-]+ ?){1,4}, )?an? "
    r"(?:[\w-]+,? ){0,3}(?:newsroom|news (?:organi[sz]ation|outlet|site|service|publication|network))\b|"
    # a republishing offer: "Our stories may be republished online or in print under Creative Commons license …"
    r"^(?:Our|This|These) (?:stories|story|articles?) (?:may|can) be republished\b|"
    # … or the newsroom's invitation under "Republish This Story": "We encourage organizations to republish our
    # content, free of charge."
    r"^We (?:encourage|invite|welcome) (?:[\w-]+ ){0,3}to republish\b|"
    # … or a bureau's to its members: "Member newspapers may republish this story with credit to Capitol News Service."
    r"^(?:[A-Z][\w'’-]+ ){0,2}(?i:newspapers|papers|outlets|publications|members|partners|stations) "
    r"(?:may|can|are (?:welcome|free) to) (?:re-?publish|reprint|re-?run) (?:this|these|our) (?:story|stories|articles?)\b|"
    # a broadcaster's note on when its programmes covered the story: "Über dieses Thema berichtete
    # tagesschau24 am 12. März 2026 um 17:00 Uhr.", "Dieses Thema im Programm: ...", "This story aired on ..."
    r"^(?:Über dieses Thema (?:berichtete|berichteten|berichtet)\b|Dieses Thema im Programm\b|"
    r"This (?:story|report|segment) (?:first )?(?:aired|was (?:first )?(?:aired|broadcast))\b|"
    # … and a Japanese broadcaster's: "※この記事は北星テレビ「NEWSほくせい」で3月12日に放送した内容をもとにしています。"
    r"※?\s*この(?:記事|ニュース)は.{0,60}?(?:放送|放映)(?:した|された|しました|されました)内容)|"
    # a serial's note on its next instalment under the text: "（次回は3月26日公開予定です）", "※次回は4月2日に掲載します",
    # "※次回「TITLE」は3月19日公開予定です。"
    r"^[（(※]?\s*次回(?:の(?:更新|公開|配信)|「[^」]{1,40}」)?は.{0,30}?(?:公開|掲載|配信|更新|お届け)(?:予定|します|いたします)|"
    # a Japanese paper's notice of its own under the text, labelled so: "【社告】大雨災害義援金を受け付けています …"
    r"^[【＜<〈■◆]\s*社告\s*[】＞>〉]?|"
    # the correction note under the text (or over it: ``CORRECTION_NOTE``), a site's notice ("Disclaimer: …"), a
    # series note
    + _CORRECTION_NOTE + "|" + _SITE_NOTICE + "|" + _SERIES_NOTE + "|"
    # a podcast's note on its transcript under the text: "Transcripts are generated with software … and may contain
    # errors.", "This transcript … may not be in its final form."
    r"(?i:\btranscripts?\b[^.]{0,100}\b(?:may contain (?:errors|inaccuracies|mistakes)|may not be in (?:its|their) "
    r"final form))|"
    # a newsletter's footer under its text: "Forward this email to a friend.", "Was this forwarded to you?", "You're
    # receiving this email because you signed up …", "The Dispatch is written by NAME and edited by NAME."
    r"(?i:\bforward this (?:e-?mail|newsletter)\b|^was this (?:e-?mail |newsletter )?forwarded to you\b|"
    r"^you(?:'re|’re| are) receiving this (?:e-?mail|newsletter)\b)|"
    r"^(?:The )?(?:[A-Z][\w.'’-]+ ){1,4}is (?:written|compiled|reported) by [A-Z][^.]{0,60}\band edited by\b|"
    # an opinion page's disclaimer: "The views expressed are the author's own.", "The opinions expressed in this
    # commentary are solely those of the author."
    r"^(?:The )?(?:views|opinions) expressed\b[^.]{0,60}?\b(?:are|is)\b[^.]{0,30}?\b(?:own|those of the (?:author|writer|"
    r"columnist)s?)\b|"
    + _PRINT_NOTE + "|"
    # the rights notice under the text: "無断転載を禁止します", "版权所有，未经授权不得转载"
    r"無断(?:転載|複製|転用)|(?:版权|版權)所有|(?:未经|未經)(?:授权|授權|许可|許可|允许|允許|同意).{0,12}(?:转载|轉載)|"
    # a republishing site's notes: "本文来自微信公众号：ACCOUNT，作者：NAME", "本内容为作者独立观点，不代表虎嗅立场"
    r"^本文来自(?:微信)?公众号\s*[:：]|^本内容为作者独立观点|"
    # a Chinese site's disclaimer under the text: "郑重声明：SITE发布此信息的目的在于传播更多信息…", "【免责声明】…"
    r"^\W{0,2}(?:郑重|鄭重|免责|免責|特别|特別)(?:声明|聲明)\s*[:：】]|"
    # a first-publication note and a follow prompt closing a Chinese tech site's text: "（本文首发于钛媒体APP，作者|NAME）",
    # "更多精彩内容，关注钛媒体微信号（ID：taimeiti），或者下载钛媒体App"
    r"^[（(]?本文(?:首发|首發)(?:于|於)|^更多精彩(?:内容|內容)\s*[，,]?\s*(?:请)?(?:关注|關注)|"
    # the affiliate disclosure: "When you buy a book using a link on this page, we receive a commission.",
    # "... may earn a portion of sales ... as part of our Affiliate Partnerships" (the outlet speaking:
    # "the broker will earn a commission" closes a story)
    r"(?i:\b(?:we|us)\b[^.]{0,60}?\b(?:receive|earn|get)s?\b[^.]{0,20}?\b(?:commission|portion of (?:the )?sales|"
    r"share of (?:the )?(?:sales|revenue))\b|\baffiliate (?:commissions?|links?|partnerships?|programs?)\b|"
    # the outlet named: "Roam may earn a commission on bookings made through links in this article."
    r"\bearns? an? commission\b[^.]{0,50}\bthrough (?:the |our )?links (?:in|on) this (?:article|page|story|post)\b)|"
    # a funder's disclosure: "The Associated Press receives support from ... The AP is solely responsible for all content."
    r"^(?:The )?(?:[A-Z][\w.'’-]+ ){1,4}receives? (?:financial )?support from\b|\bis solely responsible for all content\b|"
    # a nonprofit newsroom's disclosure of the funders its story names: "Disclosure: The Texas Association of
    # Builders … have been financial supporters of The Texas Tribune, … Financial supporters play no role in …"
    r"\b(?:is|are|has been|have been) (?:a )?financial (?:supporters?|sponsors?|donors?) of\b|"
    r"\bfinancial supporters play no role\b|"
    # an institute's disclaimer under a commentary: "The conclusions and recommendations of any … publication are
    # solely those of its author(s) …", "The views expressed in this commentary are those of the author."
    r"\bare solely those of (?:the|its) authors?\b|(?i:^the (?:views|opinions) expressed (?:here(?:in)?|in this "
    r"(?:article|piece|post|commentary|essay|blog post) )?are (?:solely )?(?:those )?of the authors?\b)|"
    # a press office's contact under the text: "Kontakt für Rückfragen: Pressestelle ..., Telefon ...", "Media contact:"
    + _CONTACT_LABEL + "|"
    # a print view's address of the article, after the text: "URL: https://…"; a science aggregator's notes after
    # the text: "More information: AUTHORS, TITLE, JOURNAL (2026). DOI: …", "Citation: TITLE (2026, March 11)
    # retrieved 12 March 2026 from https://…", "This document is subject to copyright."
    r"^URL:\s*https?://\S+$|^More information:\s.{0,400}\bDOI\b|^Citation\s*:.{0,300}\bretrieved\b.{0,40}\bfrom\b|"
    r"^This document is subject to copyright\b|"
    # a book's note closing a literary site's text: "TITLE by NAME, translated by NAME, is available from PUBLISHER.",
    # "TITLE by NAME is published by PUBLISHER (£20)." (the writer and the publisher named with capitals; "published by"
    # with the price after it, as a study "by NAME is published by JOURNAL." closing a story is its sentence)
    r"^(?=.{0,240}$).{2,120}?\bby (?:[A-Z][\w.'’-]*\s?){1,4}.{0,80}?\b(?:is|are) (?:(?:now )?(?:available|out)(?: now)? "
    r"(?:from|with|through) (?:the )?[A-Z]|published by [A-Z][^.()]{1,60}\()|"
    # a wire release's closing line naming its issuer in capitals: "SOURCE Northwind Robotics, Inc."
    r"^SOURCE [A-Z0-9][^.!?]{0,80}(?:\b(?:Inc|Corp|Co|Ltd|LLC|plc|AG|SA)\.)?$"
)


#: a link to one writer's page ("/author/anna-smith/", "/autoren/max-muster", "/journalist/jane-doe.html",
#: "/staff/2648102001/jane-doe/" with the writer's number before the name, "/Authors/2019/04/02/Jane-Doe/" with the
#: day her page was made, a think tank's "/experts/jane-doe/"),
#: not to the list of them ("/authors", "/columnists/index.html") nor to pages filed under it
AUTHOR_PAGE = re.compile(r"/(?:(?:authors?|autor(?:en|in)?|auteurs?|autor[ei]|journalist(?:s|en|e)?|"
                         r"reporters?|writers?|"
                         # (a newsroom system's user profile: BLOX's "/users/profile/NAME")
                         r"users?/profiles?|"
                         r"columnists?|contributors?|redakteur(?:e|in)?|staff|experts?)/(?:\d+/){0,3}(?!index\b)"
                         r"(?:[^\W\d_][^/?#]*|\d+[a-z][a-z\d]*)|"
                         # (a numbered profile named for a person, first and last name: "/profile/3321/sam-whitlock/";
                         # a site's profiles of anything, "/profile/338123/fictions", "/blog/profile/NICK", are not)
                         r"profiles?/\d+/[^\W\d_]+(?:-[^\W\d_]+)+)/?(?:[?#].*)?$",
                         re.I)
