"""The boilerplate split's phrase and pattern tables: the known boilerplate phrases (``PHRASES``:
kind, pattern, the most words a matching block may have, what the reader is told), the words
that gate each pattern (``PHRASE_NEEDS``), wire-service names, month words, social networks,
credit endings and the labels the rules share.

The phrase lists are the "known boilerplate phrases" signal jusText, Boilerpipe and trafilatura
use besides a block's shape; they are written from real pages' menus, share rows, consent
dialogs, newsletter prompts and footers, never from particular files.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.lexicons import GERMAN_SAY, MEDIA_COMMON, OUTLET_LAST
from waic_reader.index.analysis.literal_needs import literal_needs, start_anchored
from waic_reader.index.corpus import letters
from waic_reader.index.corpus.blocks import WIRE_SLUG
from waic_reader.index.corpus.bylines import FOREIGN_BY, NAME_PARTICLE, PERSON_NAME
from waic_reader.index.corpus.page_links import CALL_PROMPT_SOURCE, FOLLOW_TAIL, SHARE_WORDS, SOCIAL_NETWORKS

# A writer's role, in the languages the bio rules read (English, German, French, Spanish, Italian,
# Portuguese, Dutch; stems where a role is inflected: "rédact" for "rédacteur", "rédactrice"): the
# one list an author bio's and an author box's role is read from (block_rules.BIO_ABROAD,
# bylines._WRITER_VERB).
WRITER_ROLES = (
    "reporter|correspondent|journalist|writer|editor|columnist|contributor|author|blogger"
    "|redakteur|autor|korrespondent|journaliste|rédact|chroniqueu|correspondant|periodista|redactor|corresponsal"
    "|giornalista|redattore|corrispondente|jornalista|redator|correspondente|verslaggever|redacteur|schrijver"
)
# An author bio's pointer to the writer's account: "Follow X on <network>" in the languages read
# ("Folgen Sie Jonas auf Mastodon", "Suivez Jonas sur Bluesky", "Sigue a Jonas en X"), the name one
# to three capitalised words (never "us", "me", "our": a site's own follow prompt).
# A name closed by a word that closes papers' and outlets' names ("Tevaro Today", "Halvik Post":
# lexicons.OUTLET_LAST, MEDIA_COMMON) is the site's, and following it the site's own prompt, a call
# to action (t13av N15 leftover: "Follow Tevaro Today on Facebook" was an author bio).
_OUTLET_CLOSING = "|".join(sorted(OUTLET_LAST | MEDIA_COMMON, key=len, reverse=True))
FOLLOW_AUTHOR = (
    r"(?:follow|folgen sie|folge|suivez|sigue a|siga a|segui|volg)\s+(?!us\b|me\b|our\b|uns\b|nous\b|nos\b|ci\b|ons\b)"
    rf"(?!(?:[A-Z][\w.'’-]+\s+){{0,2}}(?-i:{_OUTLET_CLOSING})\s+(?:on|auf|sur|en|no|su|op)\s)"
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}\s+(?:on|auf|sur|en|no|su|op)\s+"
    rf"(?:{'|'.join(sorted(SOCIAL_NETWORKS - {'email', 'e-mail', 'whatsapp', 'messenger'}))})\b"
    # (What following brings after it, "… on X for updates", makes it the site's own prompt, a call
    # to action: page_links.FOLLOW_TAIL, t13ak N12.)
    rf"(?!\s+(?i:{FOLLOW_TAIL}))"
)
# What an author bio says of its writer straight after their name, in the languages read: a verb of
# writing or covering ("writes", "schreibt", "écrit", "escribe"), or a role ("is a reporter", "ist
# Redakteurin", "est journaliste"; the roles: WRITER_ROLES). A release's paragraph on a company
# ("Acme is a maker of …", "Acme reports …") says neither. (Matched case-insensitively; read by an
# "About X" header's author box, bylines.about_author, and by an author bio's label, AUTHOR_LABEL.)
WRITER_VERB = (
    r"\s*,?\s+(?:(?:also|regularly|mostly|mainly|auch|vor allem|seit \d{4})\s+)?"
    r"(?:writes|wrote|has (?:been )?writ(?:ten|ing)|covers|has covered|reports on|joined|blogs"
    r"|schreibt|schrieb|berichtet|bloggt|écrit|couvre|escribe|cubre|escreve|scrive|schrijft"
    r"|(?:is|was|has been|ist|war|est|était|es|era|é|è)\s+(?:(?:a|an|the|our|ein|eine|un|une|uno|una|um|uma|een|seit \d{4})\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{WRITER_ROLES}))"
)
# An author bio's label, in the languages the bio rules read: "About the author", "About the
# writer", "Author bio", "Über den Autor", "À propos de l'auteur", "Sobre el autor" (t13z H8).
# (The press release's "About X" rule leaves "About the author" to this one.)
AUTHOR_LABEL = (
    r"(?:about (?:the|this) (?:author|writer|reporter)s?|(?:the )?author(?:['’]s)? (?:bio(?:graphy)?|profile)"
    r"|über (?:den autor|die autorin|die autoren)|à propos de l['’](?:auteur|autrice)"
    r"|sobre (?:el autor|la autora|o autor|a autora)|over de (?:auteur|schrijver)|(?:informazioni )?sull['’]autore)"
)
# A name opening a bio: one to four capitalised words, a name's particles between them ("Dana
# Whitlock", "Lucía Fernández", "Pieter de Wit"), in any cased script.
BIO_NAME = rf"{letters.CAP}[\w'’.-]+(?:\s+(?:{NAME_PARTICLE}\s+)?{letters.CAP}[\w'’.-]+){{0,3}}"
# A bio's sentence by itself: "Dana Whitlock writes about health technology." (matched
# case-insensitively by the author-bio rule; the article's own sentence about a novelist reads the
# same, so between the article's paragraphs it is the article's: block_rules.bare_bio).
BIO_SENTENCE = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?:writes|reports|covers) (?:about|on)\b"
# A pointer to the writer after a bio's sentence: "Follow NAME on <network>" (FOLLOW_AUTHOR), an
# e-mail address, a handle ("@priyaraman"), "is on X at @jroe".
BIO_POINTER = rf"(?:{FOLLOW_AUTHOR}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w{{2,}}|\bis on (?:twitter|x) at @?\w+)"

# ---------------------------------------------------------------------------------------------
# Known boilerplate phrases. Each rule: kind, pattern (matched at the block start unless noted),
# the most words a matching block may have, and what the reader is told.

FOLD_CASE = re.IGNORECASE
# The verb "share" in the other languages read, as the page-link lexicon has it (page_links.SHARE_WORDS):
# of the languages written with spaces, and of Chinese, Japanese and Korean (a whole word).
SHARE_SPACED = "|".join(w for lang, ws in SHARE_WORDS.items() if lang not in ("ja", "zh", "ko") for w in ws)
SHARE_UNSPACED = "|".join(w for lang in ("zh", "ja", "ko") for w in SHARE_WORDS[lang])

# Words every match of a phrase pattern holds, in :func:`ignorecase_fold`'s form: the pattern
# is searched only in a line holding one of them (searching every short line with the largest
# patterns was a third of the boilerplate split). Written by hand for a few (:func:`_needing`),
# read off the pattern's tree for the rest (:func:`literal_needs`, after :data:`PHRASES`).
PHRASE_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {}


def _needing(pattern: re.Pattern[str], *words: str) -> re.Pattern[str]:
    PHRASE_NEEDS[pattern] = words
    return pattern


# Characters re.IGNORECASE equates with an ASCII letter that str.lower() does not turn into it
# (tests/analysis/test_noise_phrase_needs.py checks every character).
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def ignorecase_fold(text: str) -> str:
    """``text`` lower-cased so that where a case-insensitive pattern matches ASCII words, their
    lower-case form is a substring of it."""
    return text.translate(_TO_ASCII).lower()


# The wire services and broadcasters a bare byline names ("Reuters" under the headline), then a
# desk's words that name no outlet ("Staff", "Web Desk"): together the wire-service bylines.
_AGENCIES = (
    r"reuters|associated press|the associated press|ap|afp|agence france[- ]presse|bloomberg"
    r"|bloomberg news|xinhua|upi|dpa|ani|pti|ians|kyodo|kyodo news|yonhap|tass|efe|ansa|cnn"
    r"|bbc news"
)
_WIRES = _AGENCIES + r"|staff|staff reporter|staff writer|wire services|news desk|web desk"
_AGENCY_LINE = re.compile(rf"^\W*(?:{_AGENCIES})\W*$", re.I)


def agency_line(line: str) -> bool:
    """Whether ``line`` is a wire service's or broadcaster's name alone ("Reuters", "AP", "Agence
    France-Presse"), a bare byline naming the outlet (a desk's "Staff" names none)."""
    return _AGENCY_LINE.match(line.strip()) is not None


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

# A release's own note opening it, alone on the line: its name in any of several languages ("PRESS
# RELEASE", "COMMUNIQUÉ DE PRESSE", "PRESSEMITTEILUNG"; "MEDIA RELEASE", "MEDIA STATEMENT", as
# governments and authorities head theirs: t13av N15, round s52-m2) and "For immediate release" ("POUR
# DIFFUSION IMMÉDIATE"); round s33-b, F14. The release's text follows it: no furniture after an
# article starts at it (RELEASE_NOTE), as a closing mark ("About X", "Media contact", "###") does.
_RELEASE_NOTE = (
    r"for immediate release|(?:press release|news release|media release|media statement|press statement|pressemitteilung|pressemeldung|communiqué de presse"
    r"|comunicado de prensa|nota de prensa|comunicato stampa|comunicado de imprensa|persbericht)\W*$"
    r"|pour (?:diffusion|publication) imm[ée]diate|para (?:difusi[oó]n|publicaci[oó]n|divulga[cç][aã]o) imediata"
    r"|para (?:difusi[oó]n|publicaci[oó]n) inmediata|zur (?:sofortigen )?veröffentlichung\W*$"
    r"|per la (?:diffusione|pubblicazione) immediata"
)
RELEASE_NOTE = re.compile(rf"^\W*(?:{_RELEASE_NOTE})", FOLD_CASE)
# A press release's contact line under its issuer: "Contact:", "Media Contact:", "Press contacts:"
# (a colon after a bare "Contact", so a page's "Contact us" link is none), and its names in the
# languages of :data:`_RELEASE_NOTE` ("Pressekontakt", "Contact presse", "Contacto de prensa").
PRESS_CONTACT = re.compile(
    r"^\W*(?:(?:(?:media|press|news)\s+)?contacts?\s*:|pressekontakt|contacts?\s+presse"
    r"|contactos?\s+de\s+(?:prensa|imprensa)|contatos?\s+de\s+imprensa|contatt[oi]\s+stampa)",
    FOLD_CASE,
)
# A quote's or an embedded post's signature line: a dash, then who (and when).
SIGNATURE = re.compile(r"^\s*[—―–]\s*[^\W\d_]")
COMMENTS_HEADER = "comments section header"
COMMENTS_HEADER_WORDS = 12  # the most words of a line the comments-header rule takes
_COMMENT_POLICY_WORDS = 90  # the most words of a commenting policy over the comments (three or four sentences)
BYLINE_LABEL = "a byline's field label"
AUTHOR_BIO = "author bio"  # (the phrase rules' reason for an author bio and its label)
TEASER_LINK = "link to another story"
TEASER = "teaser for another story"  # (the phrase rule's reason for "Read more: X", "Trending: X")
# An English month's name or newsroom abbreviation, as a comment's date writes it.
MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A comment's author and time, "Rarst · March 10, 2017 at 1:26 AM": comment furniture, but for
# an outlet's stamp of the same shape straight under the headline or a byline ("Diário de
# Alcobrena | 3 May 2026 19:30", :func:`bylines.stamps_under_byline`). One opening with a
# byline's "By" ("By Anna Lind | March 3, 2025 09:15") is the article's byline, never a commenter's
# (acceptance t13af N1: under a site menu it was comment furniture, and the article lost its author
# and date); a commenter's stamp names no "By".
_COMMENTER_STAMP = (
    r"^[^·•|]{2,60}\s[·•|]\s+(?:\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w{3,9}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\W*$"
)
COMMENTER_STAMP = re.compile(_COMMENTER_STAMP, FOLD_CASE)
# A commenter's name and the date they wrote: "Rarst says: March 10, 2017", "X said 10 March", "X
# wrote 3/10/17" (a date, not a count: "Officials said 12 people died" is the story).
_COMMENTER_SAYS = (
    rf"^[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){{0,3}}\s+(?:says|said|wrote|replied):?\s*"
    rf"(?:{MONTH_WORD}\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_WORD}\b|\d{{1,2}}[/.]\d{{1,2}}\b)"
)
COMMENTER_SAYS = re.compile(_COMMENTER_SAYS, FOLD_CASE)


# A source line in Chinese, Japanese or Korean after the story's date stamp: "2026-06-04 09:15
# 来源：新华网", "2025年3月12日 18時40分 出典：共同通信"; its name is the outlet when no dateline or
# byline names one (corpus.titles.derive_outlet). (Alone, "來源：Jobsdb" is often a chart's source
# in the article's text.)
CJK_SOURCE = re.compile(
    r"^\s*\d[\d\s年月日時时分:./-]*?\s*(?:来源|來源|出典|출처)\s*[:：]\s*(?P<name>[^\s。！？,，:：]{1,20})\s*$"
)
# A live blog's control, a line of its own: "Key events", "Show key events only", "Please turn on
# JavaScript to use this feature", "Refresh the feed", "3 new updates" (a phrase rule below; the
# key-events summary passes over it: live.key_events_summary, t13y G14).
LIVE_CONTROL = re.compile(
    r"^(?:key events?|live|show key events only|please turn on javascript to use this feature|live updates?|live feed"
    r"|refresh (?:the )?(?:page|feed)|(?:new|\d+ new) (?:posts?|updates?)|latest updates?|auto-?update(?: on| off)?"
    r"|pinned(?: post)?|filter(?: by)?:? key events)\W*$",
    FOLD_CASE,
)
# "Source" in the languages read: a source line ("Source: Reuters", "Quelle: Spiceworks", "Fuente:
# INE", "来源：新华社"), an attribution line closing an article, or a topic card's
# (teasers.sourced_blurbs). The one list.
SOURCE_WORD = (
    r"(?:sources?|quellen?|fuentes?|fontes?|bron(?:nen)?|źródło|kilde|källa|kaynak|来源|來源|出典|出处|出處|출처)"
)

# A block's start from which no one's words are reported (no "said", "told", "according to" …
# anywhere in it): a notice that speaks to the reader itself ("By clicking Accept you agree …")
# against a news paragraph reporting one ("…, the regulator said"). A pattern source (folded case)
# the consent notices below open with (review s48-rv finding 10).
# German verbs of saying are the entity recogniser's one list (lexicons.GERMAN_SAY), an umlaut
# also matched as the bare vowel copy typed without one writes ("erklarte").
_BARE_VOWEL = {"ä": "a", "ö": "o", "ü": "u"}
_GERMAN_SAY = "|".join(sorted(re.sub("[äöü]", lambda m: f"[{m[0]}{_BARE_VOWEL[m[0]]}]", w) for w in GERMAN_SAY))
REPORTS_NO_ONE = (
    r"^(?!.*\b(?:said|says|told|tells|according to|called|wrote|writes|reported|"
    + _GERMAN_SAY
    + r"|schrieb|hie(?:ß|ss) es|a d[ée]clar[ée]|a dit|a [ée]crit|dijo|escribi[óo]|afirm[óo]|seg[úu]n)\b)"
)
# A prompt sending the reader's questions or thoughts to the comments under the post: "Got a question
# for us? Mention them in the comments section and we will get back to you." (issue #14, unseen42
# edureka-1), "Let us know what you think in the comments below.", "Schreibt eure Fragen in die
# Kommentare!", "Dites-le-nous dans les commentaires", "Déjanos tu opinión en los comentarios". The
# imperative opens the line, led at most by a stock question ("Got a question for us?", "Any
# questions?"): a closing question of the article's own about its story ("Did the reveal get you
# excited about the launch? Let us know in the comments below.") is the writer's last line (unseen19
# wccftech-1's reference keeps it). A news sentence reporting readers' comments opens with no
# imperative, and one reporting someone's words is no prompt (REPORTS_NO_ONE). Read once the main
# text is found (classify.py), not with the phrase rules: such a line often closes the article's last
# list, whose run of prose it anchors (edureka-1's closing list of tools went with the page's menus
# when the prompt was labelled first).
COMMENTS_PROMPT = re.compile(
    rf"{REPORTS_NO_ONE}\W*(?:"
    r"(?:got|have|any|do you have|still have|have you got) (?:a |any |some |more )?"
    r"(?:questions?|queries|doubts|thoughts|feedback|suggestions?)(?: for (?:us|me)| about (?:this|it))?"
    r"|(?:noch |habt ihr |haben sie )?(?:fragen|anregungen)(?: zum thema)?|(?:vous avez )?des questions"
    r"|¿?\s*(?:tienes |alguna )?(?:preguntas?|dudas?)"
    r")?\s*\??\s*(?:please |so |and )?(?:"
    r"(?:let (?:us|me) know|tell (?:us|me)|mention (?:it|them|yours)|drop (?:it|them|us|me|a)|leave (?:it|them|us|me|a|your)"
    r"|post (?:it|them|your)|ask (?:it|them|us|me|away|your)|share (?:it|them|your)|write (?:it|them|us|your)|put (?:it|them|your))"
    r"\b[^.!?]{0,60}?\b(?:in|into|on|via|through) (?:the |our )?comments?(?: section| box| form| field| below)?\b"
    # ... in German, French and Spanish.
    r"|(?:schreib(?:t|en sie)?|lass(?:t)?|hinterlass(?:t|en sie)?|stell(?:t|en sie)?)\b[^.!?]{0,60}?"
    r"\bin (?:die|den) kommentar(?:e|en)\b"
    r"|(?:dites|laissez|posez|partagez|écrivez)\b[^.!?]{0,60}?\b(?:en commentaires?|dans les commentaires)\b"
    r"|(?:d[ée]janos|d[ée]jalo|cu[ée]ntanos|escr[íi]benos|deja)\b[^.!?]{0,60}?\ben (?:los|la secci[óo]n de) comentarios\b)",
    FOLD_CASE,
)
COMMENTS_PROMPT_WORDS = 40  # the most words of a line it takes
COMMENTS_PROMPT_REASON = "prompt to write in the comments"

# "Editor's picks" in the languages the header phrases read: "Empfehlungen der Redaktion", "Unsere
# Empfehlungen", "La sélection de la rédaction", "Selección del editor", "Scelti dalla redazione"
# (issue #14, unseen43 t3n-1). A pattern source, folded case, shared by the header phrase below and
# the rule that keeps such a header noise straight over prose (menus.OTHER_STORIES_HEADER).
EDITORS_PICKS = (
    r"editor'?s'? picks|(?:unsere )?empfehlungen(?: der redaktion)?|redaktionsempfehlungen|die redaktion empfiehlt"
    r"|(?:la )?s[ée]lection de la r[ée]daction|(?:le |les )?choix de la r[ée]daction"
    r"|(?:la )?selecci[óo]n (?:del editor|de la redacci[óo]n)|scelti (?:dalla|per voi dalla) redazione"
    # The box's other name, "recommended (editorial) content", the related-content block's heading
    # (a widget's or an embed's: "Empfohlene redaktionelle Inhalte" over t3n's video embed, issue #14,
    # unseen43 t3n-1): "Recommended content", "Contenus recommandés", "Contenido recomendado",
    # "Contenuti consigliati", "Aanbevolen inhoud", "Conteúdo recomendado".
    r"|(?:editorially )?recommended (?:editorial )?content|empfohlene (?:redaktionelle )?inhalte"
    r"|contenus? (?:[ée]ditoria(?:l|ux) )?recommand[ée]s?|contenidos? (?:editoriales? )?recomendados?"
    r"|contenuti (?:editoriali )?consigliati|aanbevolen (?:redactionele )?(?:inhoud|content)"
    r"|conte[úu]dos? (?:editoriais? )?recomendados?"
)
# More stories on a topic: "More stories about marijuana reform" (unseen43 abc2news-1), "More
# coverage on the strike": the words before the topic (a pattern source, folded case).
MORE_STORIES_ON = r"more (?:\w+ )?(?:stories|news|headlines|articles|coverage) (?:about|on)"

# The links an affiliate programme pays for, by the names sites give them in the languages read:
# "affiliate links", "Partnerlinks", "Affiliate-Links", "Werbelinks", "liens affiliés", "enlaces de
# afiliados" (a pattern source, folded case; the affiliate disclosure below).
_AFFILIATE_LINKS = (
    r"(?:affiliate[- ]?links?|partner-?links?|werbe-?links?|provisions-?links?|liens? (?:affiliés|d['’]affiliation)"
    r"|enlaces? (?:de )?afiliad[oa]s?)"
)

# A closing list's names as encyclopedias and style guides give that section (see the
# related-stories headers in PHRASES, which read them): such a header heads the article's own list
# of resources when its items are no other stories (menus.consume_after_headers).
READING_LIST_NAMES = (
    r"(?:links|(?:further|additional|suggested|more) reading|(?:useful|external|further|more|other) links"
    r"|weblinks|weiterführende links|weitere links|links zum thema|zum weiterlesen"
    r"|liens (?:utiles|externes)|pour (?:aller|en savoir) plus loin|lectures? complémentaires?"
    r"|enlaces (?:externos|de interés|útiles)|lecturas? recomendadas?|para saber más"
    r"|collegamenti esterni|link utili|per approfondire|letture consigliate|externe links|nuttige links)"
)
# The mark a header alone on its line may be set off with: the squares, diamonds, triangles and
# circles the header rules read since they were written, and the bullets CJK typography uses for
# a heading (the katakana middle dot "・", U+30FB, and its halfwidth form "･", as JIS X 4051 sets a
# list mark) and Western typography's ("•", "▪", "‣"): "・関連記事" heads the same list "関連記事"
# does (issue #14, unseen47 gigazine-1, round s52-a). A pattern source, one character.
HEADER_MARK = r"[■□◆◇▶▷►▼●○・･•▪‣]"
READING_LIST_HEADER = re.compile(rf"^{HEADER_MARK}?\s*{READING_LIST_NAMES}\W*$", FOLD_CASE)


# A publisher's description of itself closing its story, the tagline news agencies and
# nonprofit newsrooms set under every story: "The Associated Press is an independent global
# news organization dedicated to factual reporting.", "ProPublica is an independent, nonprofit
# newsroom that produces investigative journalism", "X is a nonpartisan, member-supported
# newsroom". The name (capitalised words), "is a/an", then a word by which an outlet tells its
# independence or funding (so "Al Jazeera is a Qatari state-funded news organization" in a
# story about it stays), then what it is: a news organization, newsroom, news agency, service,
# outlet or site, a media organization or a source of news (issue #14, t13au N11, round s52-a).
PUBLISHER_SELF = re.compile(
    r"^(?-i:(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for|&)){0,6})\s+is\s+(?:a|an)\s+"
    r"(?:[\w'’-]+,?\s+){0,5}?"
    r"(?:independent|nonprofit|non-profit|not-for-profit|nonpartisan|non-partisan|member-supported"
    r"|reader-supported|reader-funded|listener-supported|public-service|public-interest)\b"
    r",?\s+(?:(?:and|[\w'’-]+),?\s+){0,4}?"
    r"(?:news(?:room| organi[sz]ation| agency| service| outlet| site| website| publication| cooperative)"
    r"|media (?:organi[sz]ation|outlet|company|venture)|source of (?:news|journalism)"
    r"|(?:journalism|reporting) (?:organi[sz]ation|project))\b",
)


# The sources a photo's credit names after "via" closing its caption (a pattern source, folded
# case): the news agencies and picture agencies the credit rules name ("AP", "Getty Images",
# "Shutterstock", "Alamy", "iStock", "Corbis", "Rex Features") and the free-licence photo sites
# credited the same way ("Flickr", "Wikimedia Commons", "Unsplash", "Pexels", "Pixabay").
PICTURE_SOURCES = (
    r"ap|reuters|afp|epa|getty images|shutterstock|alamy|istock(?:photo)?|corbis|rex features"
    r"|flickr|wikimedia commons|unsplash|pexels|pixabay"
)


PHRASES: list[tuple[str, re.Pattern[str], int, str]] = [
    (
        "comments",
        re.compile(
            # (None in a line reporting someone's words, REPORTS_NO_ONE: "Join the conversation, the
            # mayor told residents", "Leave a comment, she wrote" is the article quoting a prompt;
            # issue #14, round s50-a.)
            rf"{REPORTS_NO_ONE}(?:"
            # A count, in figures or words, alone or beside its prompt ("One comment Add your comment").
            r"^[\[(]?\s*(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies)"
            r"(?:\W+(?:add|leave|post|write) (?:your|a) (?:comment|reply))?\W*$"
            r"|^(?:top(?:[- ]rated)?|most (?:liked|popular|recent)|best|featured|newest|latest|all) comments?\W*$"
            # (in German, Norwegian, French and Spanish too: "Kommentare (3)"; the singular
            # "Kommentar" is an opinion column's rubric)
            # A section's name may say whose comments they are, its prompt beside it ("Visitor
            # comments Add your comment", "Readers' comments (12)"). (Not "Comments: 0": a teaser
            # card's count, in a list of other stories.)
            r"|^(?:comments?|responses|discussion|(?:readers?|visitors?|users?|members?)['’]?\s+comments"
            r"|(?:leser)?kommentare|kommentarer|commentaires|comentarios|comentários|commenti|reacties)"
            r"(?:\s*\(\s*\d+(?:\s+posted)?\s*\))?(?:\W+(?:add|leave|post|write) (?:your|a) (?:comment|reply))?\W*$"
            r"|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
            r"\s+(?:thoughts?|responses?|comments?|replies) (?:on|to)\b|^(?:leave|post|add|write) a (?:comment|reply)\b"
            r"|^(?:show|view|read|load|see|hide) (?:all |the |more |older |newer )?(?:\d+ )?(?:more )?(?:comments|replies)\b"
            r"|^join the (?:conversation|discussion)\b"
            # Comments closed, in the languages the headers above read ("Readers' comments are closed
            # for this article.", "Les commentaires sont fermés", "Kommentare sind geschlossen";
            # round s33-b, F14: they were content or a 'menu or page footer line').
            r"|^(?:(?:readers?['’]?|user) )?(?:comments?|discussion)(?: (?:on|for|to) this (?:article|story|post|page))?"
            r" (?:are|is|have been|has been) (?:now |temporarily )?(?:closed|disabled|switched off|turned off)\b"
            r"|^(?:les )?commentaires (?:sont|ont été) (?:désormais |maintenant )?(?:fermés|clos|désactivés)\b"
            r"|^(?:die )?(?:kommentare|kommentarfunktion) (?:sind|ist|wurden|wurde) (?:für diesen artikel )?"
            r"(?:geschlossen|deaktiviert)\b|^(?:los )?comentarios (?:están|han sido) (?:cerrados|desactivados)\b"
            r"|^(?:i )?commenti (?:sono|sono stati) (?:chiusi|disattivati)\b"
            r"|^(?:os )?comentários (?:estão|foram) (?:encerrados|fechados|desativados)\b"
            r"|^there (?:are|is) (?:\d+|no) (?:comments?|responses?|replies)\W*$"
            # A count in the languages the section names above read, and in Polish ("11 komentarze:",
            # "3 Kommentare", "12 commentaires"; round s35-g, unseen30's devblogi-1).
            r"|^\d+\s+(?:komentarz(?:e|y)?|kommentare|kommentarer|commentaires?|comentarios?|comentários?|commenti"
            r"|reacties)\W*$|^komentarze(?:\s*\(\s*\d+\s*\))?\W*$)",
            FOLD_CASE,
        ),
        COMMENTS_HEADER_WORDS,
        COMMENTS_HEADER,
    ),
    (
        # A comments section's house rules, shown over the comments: the commenting policy that
        # comment systems (WordPress's, Disqus's, Viafoura's) let a site set above the thread ("Please
        # be respectful of our online community … We reserve the right to remove … comments", "By
        # posting a comment you agree to our community guidelines", "Comments are moderated"): it
        # heads the comments as "Comments" does (issue #14, unseen46 bostonmagazine-1: the policy
        # and the comments under it were kept). Addressed to the commenter and opening its line;
        # never in a line reporting someone's words (REPORTS_NO_ONE).
        "comments",
        re.compile(
            rf"{REPORTS_NO_ONE}(?:"
            r"^please (?:be|keep|remain|stay) (?:respectful|civil|courteous|polite|on[- ]topic)\b"
            r".*\b(?:comments?|commenters?|conversation|discussion|community|posts?|posting)\b"
            r"|^(?:we|the editors?|moderators?) reserves? the right to (?:remove|delete|edit|moderate|reject|block)\b"
            r".*\bcomments?\b"
            r"|^by (?:posting|commenting|submitting (?:a|your) comment|leaving a comment)\b.*\b(?:agree|permit|accept|grant)"
            r"|^(?:all )?comments (?:are|will be|may be) (?:moderated|reviewed|screened|subject to)\b"
            r"|^(?:please )?(?:read|review|see|follow|respect) our (?:community|commenting|comment|discussion)"
            r" (?:guidelines|policy|rules|standards)\b)",
            FOLD_CASE,
        ),
        _COMMENT_POLICY_WORDS,
        COMMENTS_HEADER,
    ),
    (
        "comments",
        re.compile(
            r"your email address will not be published|required fields are marked"
            # A comment's score: "Score: 97 Votes (Like | Disagree)".
            r"|^score:\s*[+-]?\d+\s+votes?\b"
            r"|^(?:reply|antworten|reageer|répondre|responder|rispondi|report(?: abuse)?"
            r"|flag|permalink|recommend|report comment)(?:\s*[|·•]\s*\w+)*\W*$"
            # "X says: March 10, 2017" / "X said 10 March" / "X wrote 3/10/17": a date, not a count
            # ("Officials said 12 people died" is the story).
            rf"|{_COMMENTER_SAYS}"
            r"|^you must be (?:logged|signed) in to (?:post|leave|report|recommend)\b"
            r"|^(?:please )?(?:sign|log) ?in to (?:post|leave|add|write|join|reply|comment)\b|\bcan['’]?t load comments\b"
            # A comments widget's own line: "blog comments powered by Disqus", "Please enable JavaScript
            # to view the comments powered by Disqus." (issue #14, unseen33 antirez-1).
            r"|^(?:blog )?comments powered by disqus\W*$|^please enable javascript to view the comments\b"
            # A comment's author and time: "Rarst · March 10, 2017 at 1:26 AM".
            rf"|{_COMMENTER_STAMP}",
            FOLD_CASE,
        ),
        25,
        "comment furniture",
    ),
    (
        "caption",
        re.compile(
            # (A chart's or a figure's label too, "Chart: Flood claims by year. Source: ABI", "Figure 2:
            # …", "Graph: …": a chart's caption, not the article's text; t13am-r, cryptoslate's charts.
            # Not "Map: …", a section's title over a map the article walks through (the tuned half's
            # wapo-1), nor a type signature's "::".)
            r"^(?:photograph|photographer|photo|picture|image|illustration|graphic|video|credit|caption|source image"
            r"|screenshot|artist|foto|fotografía|imagen|bild|图注|图片来源|图片|摄影|写真"
            # ... in Hungarian, Turkish, Finnish, Polish and Russian: "Fotó: Bence Szemerey" (issue
            # #14, unseen44 index-1), "Fotoğraf: …", "Kuva: …", "Zdjęcie: …", "Фото: …".
            r"|fotó|fotoğraf|kuva|zdjęcie|фото"
            r"|chart|graph|figure|fig\.|diagram|infographic)s?(?: credit)?(?:\s+\d{1,3})?\s*[:：](?![:：])\s*\S"
            # The BBC's screen-reader labels: "Image caption, Osland's school has 23 pupils",
            # "Image source, Getty Images", "Media caption, …".
            r"|^(?:image|media|video) (?:caption|source)\s*,\s*\S.*"
            r"|\((?:photo|picture|image|credit|artist|illustration|screenshot)s?\s*[:：]?[^)]{2,80}\)\W*$"
            # A credit alone in brackets, its source a link's words or none: "[Pic via]", "[Photo via
            # Reuters]", "(Pic by Jane Roe)" (issue #14, unseen33 adweek-1).
            r"|^[\[(]\s*(?:photo|pic|picture|image|img|video)s?\s+(?:via|by|from|courtesy(?: of)?)\b[^\])]{0,60}(?<![.!?])[\])]\W*$"
            # A credit in brackets closing a caption: "(Scott Heins/Gothamist)", "(Public domain)". The
            # names capitalised as names are (case kept): "(rather than fix/maintain)" closing a list's
            # point is no credit (issue #14, unseen42 edureka-1).
            r"|(?-i:\((?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+\s*/\s*[A-Z][^()]{1,40}\))\W*$|\(public domain\)\W*$"
            r"|[/|]\s*(?:getty images|afp(?: via getty images)?|reuters|ap(?: photo)?|epa|shutterstock|alamy|pa wire|pa media)\W*$"
            # A photographer's name and the agency that sent the picture: "Jane Roe via AP".
            r"|^(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+via\s+(?:ap|reuters|afp|epa|getty images)\W*$"
            # ... closing the caption's sentence, the source a picture agency or a stock or free
            # photo site, by its name or its address (PICTURE_SOURCES): "Balancing requires
            # attention. Jane Roe via shutterstock.com", "A flick, a spin? jane roe via Flickr" (issue
            # #14, unseen47 theconversation-1, round s52-a: the plain text kept three such captions).
            rf"|[.!?…]\s+(?:\S+\s+){{1,4}}via\s+(?:{PICTURE_SOURCES})(?:\.com)?\s*$"
            r"|^(?:view|buy|enlarge|expand|see|open) (?:this |the )?(?:photos?|images?|pictures?|gallery)\W*$|^caption\W*$"
            # A caption's own toggle under a photo: "Show Caption", "Hide Caption", "Expand caption"
            # (issue #14, unseen43 abc2news-1: a Scripps station's player).
            r"|^(?:show|hide|toggle|expand|collapse|close|open) (?:the |photo |image )?captions?\W*$"
            # An image credit of a photo site: "Photo by Jane Roe", "Photo by Jane Roe on Unsplash".
            r"|^(?:photo|photograph|image|picture|illustration|cover photo|header image|screenshot)s? by [A-Z][^.!?]{1,60}$"
            # A numbered figure's caption: "Figure 1 - Users and their needs", "Fig. 3: The map", "Abbildung 2: …".
            r"|^(?:figure|fig\.|abbildung|abb\.|figura|рис\.|рисунок)\s*\d{1,3}[a-z]?\s*[-–—:.)]\s+\S"
            r"|^media caption\b|^(?:photo |image )?gallery\s*[:：]|\|\s*\d{1,3}\s+(?:photos|images|pictures)\W*$"
            # A credit line naming a picture agency: "Reuters/Corbis", "2011 Getty Images", "GETTY IMAGES".
            r"|^[^.!?]{0,60}\b(?:getty images|corbis|shutterstock|alamy|istock(?:photo)?|rex features|splash news"
            r"|pa (?:wire|media))\W*$"
            r"|^\d{1,3} of \d{1,3}\W*(?:photos?|images?)?\W*$|^(?:full ?screen|autoplay|skip ad|image \d+ of \d+)\W*$"
            # A caption ending in its credit: "Whale expert Hori Parata. Photograph: A Malloch for the Guardian",
            # "… on Sunday. Credit: Anna Berg/Halvik Daily".
            r"|[.!?]\s+(?:photograph|photo|picture|illustration|image|credit)s?\s*[:：]\s*[^.:;!?]{2,80}$"
            # ... or with the credit glued on ("in Queens.CreditChang W. Lee") or after a dash or bar
            # ("Raspberry Pi 3 - Image: Raspberry Pi Foundation").
            r"|[.!?”\"’)](?-i:Credit)\s*[A-Z][^!?]{1,80}$|\s[-–—|]\s*(?:photograph|photo|picture|image|credit|foto)s?"
            r"\s*[:：]\s*[^.!?]{2,80}$|\|\s*sources?\s*:\s*\S",
            FOLD_CASE,
        ),
        40,
        "photo caption or credit",
    ),
    (
        "press-release",
        re.compile(
            rf"^(?:{_RELEASE_NOTE}|media (?:contacts?|enquiries|inquiries)|press (?:contacts?|office|enquiries)"
            # The release's contact header in other languages ("Contact presse", "Pressekontakt");
            # round s33-b, F14.
            r"|(?:contacts? presse|pressekontakte?|contactos? de prensa"
            r"|contatt[oi] stampa|contactos? de imprensa|contatos? de imprensa)\b"
            # A release's end mark alone on its line: "ENDS", "END", "FIN", "ENDE", "FIM" in capitals,
            # or in any case between dashes or asterisks ("-ENDS-", "– FIN –", "*** Ende ***"; a
            # leading dash is read as a bullet and gone here: "FIN –").
            r"|[-–—*]*\s*(?-i:ENDS?|FIN|ENDE|FIM)\s*[-–—*]*\s*$|[-–—*]*\s*(?:ends?|fin|ende|fim)\s*[-–—*]+\s*$"
            # A mark ends a release alone on its line ("-30-", "*** ENDS ***"; "###" alone is
            # END_MARK's); asterisks or hashes leading words or code ("****** **** UAGCAAAAAA
            # AAAA…", "### What we found") are the text's own.
            r"|contacts?\s*:|contacts?\W*$|investor (?:relations|contacts?)\b"
            r"|(?:#{3,}|-30-|\*{3,})(?:\s*(?:ends?|end of (?:press )?release)\b)?[\W_]*$"
            r"|end of (?:press )?release|(?:tel|phone|mobile|fax|e-?mail)\s*[:.]\s*\S"
            # The same end-of-copy mark in Persian news agencies' copy ("انتهای پیام", "end of the
            # message", ISNA's, IRNA's, Fars's; "پایان خبر", "end of the news"), alone on its line
            # (issue #14, unseen46 isna-1 and farsnews-1: kept in the HTML layout).
            r"|(?:انتهای پیام|پایان (?:پیام|خبر))\s*[/.]?\s*$)",
            FOLD_CASE,
        ),
        20,
        "press-release furniture",
    ),
    (
        "press-release",
        re.compile(
            # ("Über die Nordwerft GmbH", "Acerca de Varmer", "Sobre a Lusomar", "A proposito di X":
            # in other languages, an article before the name; round s33-b.)
            r"^(?i:about|über|à propos de|acerca de|sobre|a proposito di|informazioni su|over)\s+"
            r"(?!(?i:the (?:author|writer|reporter)|us|this|our|de auteur|el autor|o autor|l['’]auteur|den autor)\b)"
            r"(?:(?i:the|die|der|das|den|el|la|le|les|los|las|il|lo|o|a|os|as|het|de)\s+|(?i:l)['’])?"
            r"[A-Z][\w&.,'’ -]{1,60}\W*$"
        ),
        8,
        "“About” section header of a press release",
    ),
    (
        "navigation",
        re.compile(
            r"^(?:[A-Z0-9][\w&.'’-]*\s+){0,4}(?:News|TV|Radio|Online|\d{1,3})\s*[|·•]\s*[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,2}\W*$"
        ),
        8,
        "site header (“Station | Section”)",
    ),
    (
        "live-blog",
        LIVE_CONTROL,
        10,
        "live-blog control",
    ),
    (
        # An author bio's label alone on its line, or with the bio after it: the writer's name
        # alone ("About the Author: Michael Illiano") or their name and what they write or are
        # ("About the author: Dana Whitlock writes about health technology. Follow Dana on …").
        "byline",
        re.compile(rf"^(?i:{AUTHOR_LABEL})\s*(?:[:：.—–-]\s*)?(?:$|{BIO_NAME}\W*$|{BIO_NAME}(?i:{WRITER_VERB}))"),
        60,
        AUTHOR_BIO,
    ),
    (
        "byline",
        re.compile(
            rf"^{BIO_SENTENCE}"
            # A sentence of what the writer covers, then a pointer to them: "Dana Whitlock covers
            # health technology for the Ledger. Email: dana@ledger.example".
            rf"|^{BIO_NAME}\s+(?:writes|reports|covers|blogs)\b[^.!?]*[.!?]\s.*{BIO_POINTER}"
            rf"|^{FOLLOW_AUTHOR}"
            r"|\bis on (?:twitter|x) at @?\w+\W*$"
            r"|^by [A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}, (?:a|an|the|our) [^.]{0,80}\b(?:reporter|correspondent"
            r"|journalist|writer|editor|columnist|contributor)\b",
            FOLD_CASE,
        ),
        60,
        AUTHOR_BIO,
    ),
    (
        "advertisement",
        re.compile(
            r"^(?:advertisements?|advert|ad|sponsored(?: content| links?)?|paid content"
            r"|partner content|promoted(?: content)?|story continues below(?: this)?(?: advertisement)?"
            r"|article continues below(?: this)?(?: advertisement)?|scroll to continue(?: with content)?"
            # The marker and its note on one line: "Advertisement - story continues below".
            r"|advertisements?\s*[-–—:|·]\s*(?:story|article) continues below(?: this)?(?: advertisement)?"
            r"|continue reading (?:the main story|below)"
            # A sponsored-content widget's header: "Around the Web", "Promoted Stories".
            r"|(?:from )?around the web|promoted stories|sponsored stories"
            # A sponsor box's heading: "Our Learning Partner", "Our Technology Partners", "Our
            # Sponsors" (issue #14, unseen40 csstricks-1), alone on its line.
            r"|our (?:[\w-]+ ){0,2}(?:partners?|sponsors?)"
            # ... and a box's heading naming its sponsor on the line under it: "Sponsored by",
            # "In partnership with", "Presented by", "Brought to you by" alone on their line
            # (review s46-rv finding 11).
            r"|sponsored by|in partnership with|presented by|brought to you by)\W*$",
            FOLD_CASE,
        ),
        8,
        "advertising marker",
    ),
    # "Sponsored by State Farm" over an ad; a sponsored-content widget's disclosure.
    ("advertisement", re.compile(r"^sponsored by\b[^.!?]*$", FOLD_CASE), 6, "advertising marker"),
    (
        "advertisement",
        re.compile(r"^the content you see here is paid for by the advertiser\b", FOLD_CASE),
        80,
        "sponsored-content disclosure",
    ),
    ("legal", re.compile(r"^our standards\b.*\btrust principles\b", FOLD_CASE), 12, "editorial standards link"),
    # A sponsorship disclosure of the piece itself, closing it: "This video is part of Beet.TV
    # coverage of CES 2016 sponsored by Adobe.", "This series was produced with support from X",
    # "Dieser Beitrag wurde unterstützt von X", "Dit artikel is mogelijk gemaakt door X", "Cet article
    # est sponsorisé par X" (issue #14, unseen33 beettv-1). The piece names itself ("this video"):
    # "The festival is sponsored by the city" is the story's.
    (
        "legal",
        re.compile(
            r"^this (?:video|article|story|post|series|content|episode|podcast(?: episode)?|report|newsletter|coverage|page)"
            r"\b.{0,100}?\b(?:sponsored|presented|underwritten|funded|supported|paid for|made possible|brought to you"
            r"|produced (?:with|in) (?:support|partnership|association))(?: by| from| with)?\b"
            r"|^(?:dieser|dies(?:es)?) (?:beitrag|artikel|inhalt|video|podcast)\b.{0,60}?\b(?:gesponsert|unterstützt|präsentiert"
            r"|ermöglicht|gefördert|in (?:zusammenarbeit|kooperation) mit)\b"
            r"|^dit (?:artikel|bericht|stuk|video)\b.{0,60}?\b(?:gesponsord|mogelijk gemaakt|ondersteund)\b"
            r"|^cet(?:te)? (?:article|vidéo|contenu|épisode)\b.{0,60}?\b(?:sponsorisée?|parrainée?|soutenue?|réalisée? en partenariat)\b",
            FOLD_CASE,
        ),
        40,
        "sponsorship disclosure",
    ),
    (
        "legal",
        re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}|by\b|of\b))", FOLD_CASE),
        40,
        "copyright notice",
    ),
    # A site's footer line naming it with its copyright year, not opening with it: "Osland Island
    # News © 2025 | Webmaster: admin@…" (a table-layout page's footer, s16 t14 item 9), unended.
    (
        "legal",
        re.compile(r"(?:©\s*(?:19|20)\d\d|(?:19|20)\d\d\s*©)\b(?:[^.!?]|[.!?](?=\S))*$", FOLD_CASE),
        20,
        "copyright notice",
    ),
    (
        "legal",
        re.compile(
            r"all rights reserved|may not be (?:published|reproduced|broadcast|rewritten|"
            r"redistributed)|do not sell my personal information"
            # In Chinese, Japanese and Korean: "版权所有 新华网", "無断転載を禁じます", "무단 전재 및 재배포 금지".
            r"|^(?:版权所有|版權所有)|無断(?:転載|複製)|무단\s?전재",
            FOLD_CASE | re.M,
        ),
        40,
        "rights notice",
    ),
    (
        "legal",
        _needing(
            re.compile(
                r"\b(?:we|this (?:site|website)|our (?:site|website|partners)) uses? cookies|"
                r"cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|by (?:continuing|using)"
                r" (?:to (?:use|browse) )?(?:this|our) (?:site|website)",
                FOLD_CASE,
            ),
            "cookie",
            "site",
        ),
        90,
        "cookie or consent notice",
    ),
    # An embedded player's or post's consent placeholder: clicking loads another company's content and
    # may send it the reader's data. "Mit dem Klick auf "Inhalte anzeigen" erklärst du dich
    # einverstanden, dass …", "By clicking 'Show content' you agree …" (issue #14, unseen43 t3n-1), and
    # its button, heading and link ("Inhalte anzeigen", "Externer Inhalt", "Hinweis zum Datenschutz").
    # The notice speaks to the reader itself: its clause opens a sentence, in a block that reports no
    # one's words, so a news paragraph quoting such wording ("The banner told readers that by clicking
    # "Accept" you agree …", "…, the regulator said") stays the article's (review s48-rv finding 10).
    (
        "legal",
        re.compile(
            rf"{REPORTS_NO_ONE}.*?(?:^|(?<=[.!?] ))[\W]{{0,3}}"
            r"(?:(?:mit dem klick auf|durch (?:das )?klicken auf|wenn (?:du|sie) auf)\b[^.!?]{0,80}?"
            r"\b(?:einverstanden|stimm(?:st|en) (?:du|sie) zu|willig(?:st|en) (?:du|sie) ein)"
            r"|by clicking (?:on )?[\"“'‘]?(?:show|load|view|display|accept|allow|play|unblock)\b[^.!?]{0,80}?"
            r"\byou (?:agree|consent|accept)\b"
            r"|en cliquant sur\b[^.!?]{0,80}?\bvous (?:acceptez|consentez)\b"
            r"|al (?:hacer )?clic(?:ar)? en\b[^.!?]{0,80}?\b(?:aceptas?|consientes?)\b)",
            FOLD_CASE,
        ),
        90,
        "consent notice for embedded content",
    ),
    (
        "legal",
        re.compile(
            r"^(?:(?:externe[n]? )?inhalte? (?:anzeigen|laden|aktivieren|freischalten)|externer inhalt|externe inhalte"
            r"|(?:load|show|display|view|allow) (?:external |embedded |third[- ]party )?content|external content"
            r"|hinweis zum datenschutz|datenschutzhinweise?)\W*$",
            FOLD_CASE,
        ),
        4,
        "consent notice for embedded content",
    ),
    (
        "legal",
        # A consent dialog's headings and toggles: "Strictly Necessary Cookies", "Always Active".
        re.compile(
            r"^(?:(?:strictly necessary|performance|functional|targeting|advertising|analytics|marketing|social media)"
            r" cookies|cookie information|always active)\W*$",
            FOLD_CASE,
        ),
        4,
        "cookie or consent notice",
    ),
    (
        # A disclaimer: "This article is for informational purposes only and does not constitute
        # legal advice.", "The content of this site is provided for general information only and
        # is not financial advice." (The article's own report of one is a sentence about someone:
        # "The firm said its note was for information only" does not open with it.)
        "legal",
        _needing(
            re.compile(
                r"^(?:the (?:content|information|material)s? (?:of|on|in) )?(?:this|the|our) (?:article|story|post|site|website|page|content|information|material|newsletter|blog|publication)s?"
                r"(?: (?:above|below|herein))? (?:is|are|was|has been) (?:provided |intended |published |offered )?(?:solely |only |strictly )?"
                r"for (?:general |educational |)?(?:informational|information|educational|entertainment)(?: and (?:educational|informational|entertainment))? purposes(?: only)?"
                r"|^(?:the (?:content|information|material)s? (?:of|on|in) )?(?:this|the|our) (?:article|story|post|site|website|page|content|information|material)s?"
                r"[^.!?]{0,60}\b(?:does not|do not|is not intended to|should not be (?:taken|construed) as|is not) "
                r"(?:constitute |a substitute for |to be )?(?:legal|financial|investment|medical|tax|professional) advice\b",
                FOLD_CASE,
            ),
            "purposes",
            "advice",
        ),
        50,
        "disclaimer",
    ),
    (
        # An affiliate disclosure: "The Block may earn a commission if you use our partner offers, at
        # no extra cost to you.", "We may earn a commission from links on this page." (issue #14,
        # unseen39). A report of a broker's fee names no link, offer or purchase of the reader's.
        "legal",
        re.compile(
            r"^[^.!?]{0,80}\bmay (?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?(?:commission|compensation)\b"
            r"[^.!?]{0,60}(?:at no (?:extra|additional) cost|if you (?:buy|use|click|purchase|sign up|subscribe)"
            r"|(?:from|through|via|on) (?:links?|purchases|our (?:links|partner)|affiliate|qualifying))"
            # That the article holds affiliate links, as German, French and Spanish sites say it too
            # ("Transparenz: In diesem Artikel sind Partnerlinks enthalten.", "Cet article contient des
            # liens affiliés", "Este artículo contiene enlaces de afiliados"; issue #14, unseen45
            # caschy-1, round s50-a): the link's word is the affiliate programme's, either order.
            rf"|^[^.!?]{{0,80}}\b(?:contains?|includes?|enthält|enthalten|contient|contiennent|contiene|contienen)\b"
            rf"[^.!?]{{0,40}}\b{_AFFILIATE_LINKS}"
            rf"|^[^.!?]{{0,80}}\b{_AFFILIATE_LINKS}[^.!?]{{0,40}}\b(?:enthalten|contained|included)\b",
            FOLD_CASE,
        ),
        60,
        "affiliate disclosure",
    ),
    (
        # A disclosure of interests under its label, closing the article: "Disclaimer: The Block is an
        # independent media outlet … Foresight Ventures is a majority investor of The Block.",
        # "Disclosure: the author holds BTC." (issue #14, unseen39). A bare label over the
        # author's own note ("Disclaimer: if you see different sizes, …") names no investment,
        # holding, sponsor, commission or advice, and stays.
        "legal",
        re.compile(
            r"^\s*(?:disclaimer|disclosure)s?\s*[:：]\s*(?=[^\n]*?\b(?:investors?|invests|investments?|holds|holdings"
            r"|positions? in|stakes? in|affiliates?|affiliated|sponsored|sponsors?|compensated|compensation|commissions?"
            r"|(?:financial|investment|legal|tax) advice|financial disclosures?|independent (?:media|news) (?:outlet|organi[sz]ation|publication))\b)",
            FOLD_CASE,
        ),
        150,
        "disclaimer",
    ),
    (
        # A disclaimer under its label: "【免责声明】本文仅代表作者本人观点…", "免責聲明：…", "[Disclaimer]
        # The views expressed are the author's own.", "[Zastrzeżenie] …": the label in brackets, or a
        # Chinese one before its colon. (A bare "Disclaimer: if you see different sizes, …" between
        # an article's paragraphs is its author's own note: unseen5's android-developers-1.)
        "legal",
        re.compile(
            r"^\s*(?:[\[【(（]\s*(?:免责声明|免責聲明|免责申明|disclaimer|haftungsausschluss|zastrzeżenie"
            r"|clause de non-responsabilité|aviso legal|descargo de responsabilidad)\s*[\]】)）]"
            r"|(?:免责声明|免責聲明|免责申明)\s*[:：])\s*(?=\S)",
            FOLD_CASE,
        ),
        150,
        "disclaimer",
    ),
    (
        # An advertisement's label in brackets opening its line: "[advertisement] JIRA 4 - Simplify
        # issue tracking…", "【广告】…", "[Reklama] …", "(Anzeige) …".
        "advertisement",
        re.compile(
            r"^\s*[\[【(（]\s*(?:advertisements?|advert|ad|sponsored|promoted|paid post|reklama|anzeige|werbung"
            r"|publicité|publicidad|pubblicità|广告|廣告|推广|推廣|广告推广|広告|광고)\s*[\]】)）]",
            FOLD_CASE,
        ),
        60,
        "advertising marker",
    ),
    (
        "legal",
        re.compile(r"^(?:reuse this content|reprints? (?:and|&) permissions|licensing options)\W*$", FOLD_CASE),
        5,
        "reuse and licensing link",
    ),
    (
        "legal",
        re.compile(
            r"^(?:privacy policy|terms (?:of (?:use|service)|and conditions)|cookie policy|disclosure policy"
            r"|accessibility statement|manage (?:cookies|preferences))(?:\s*[|·•,]\s*[\w ]{2,30})*\W*$",
            FOLD_CASE,
        ),
        20,
        "legal links",
    ),
    (
        # A sign-up form's consent line: "By signing up you agree to our Terms of Use and Privacy
        # Policy.", "By clicking Subscribe, you acknowledge our privacy notice." (It speaks to the
        # reader: "By signing up, members agreed to …" is the story's, and so is such a line reported,
        # "…, the regulator said": REPORTS_NO_ONE, review s48-rv finding 10.)
        "legal",
        re.compile(
            rf"{REPORTS_NO_ONE}by (?:signing up|subscribing|registering|clicking|submitting|entering your e-?mail|creating an account"
            r"|continuing|proceeding)\b[^.!?]{0,60}?\byou(?:['’]re| are)? (?:agree|consent|accept|acknowledge)",
            FOLD_CASE,
        ),
        40,
        "sign-up consent notice",
    ),
    (
        "attribution",
        re.compile(
            # (Led by a signature's dashes, as a credit closing copy often is: "-- Reporting by Nils
            # Berg", "—Writing by Tom Hale"; a spaced single dash is read as a bullet and gone here.)
            r"^(?:(?:-{2,}|[–—]+)\s*)?\(?\s*(?:(?:proudly )?powered by|brought to you by|content (?:provided|supplied) by"
            rf"|{SOURCE_WORD}\s*[:：]|courtesy(?: of)?\s*:?|(?:additional )?reporting by|writing by|editing by"
            r"|compiled by|translated by|produced by|with (?:inputs?|reporting) from|image credit|photo credit"
            r"|this (?:article|story|post) (?:was |first |originally )*(?:appeared|published|produced)"
            # Where the article appears in print, and in German: "This article appears in the May
            # issue", "Dieser Artikel ist enthalten in X".
            r"|this (?:article|story) (?:appears|is included|is featured) in (?:the|our) [^.!?]{0,40}\b(?:issue|edition)\b"
            r"|dieser (?:artikel|beitrag) ist (?:enthalten|erschienen) in"
            r"|(?:originally|first) published (?:on|in|at|by)|republished (?:with permission )?from)(?!\w)",
            FOLD_CASE,
        ),
        30,
        "attribution line",
    ),
    (
        # WordPress's feed footer ("The post Ferry strike enters third day appeared first on
        # Halvik Post."), in the feed's content and on pages and texts copied from it; also as
        # some themes word it ("first appeared on"). The headline between is any words.
        "attribution",
        _needing(
            re.compile(r"^the post\s.{1,300}?\s(?:appeared first|first appeared) on\s[^.!?]{1,80}[.!]?\s*$", FOLD_CASE),
            "the post",
        ),
        60,
        "feed footer",
    ),
    # A publisher's description of itself (PUBLISHER_SELF; issue #14, t13au N11, round s52-a).
    ("attribution", PUBLISHER_SELF, 60, "publisher's description of itself"),
    (
        "attribution",
        re.compile(r"\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b", FOLD_CASE),
        30,
        "contributor credit",
    ),
    ("attribution", re.compile(r"^(?:via|source|from)\s+[\w.&' -]+\W*$", FOLD_CASE), 5, "attribution line"),
    # A Chinese, Japanese or Korean editor's credit, bracketed or not: "【责任编辑：王芳】", "（編集：山田）".
    (
        "attribution",
        re.compile(
            r"^[【\[(（〔]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|編集|편집)\s*[:：][^。！？]{1,20}[】\])）〕]?\s*$",
            FOLD_CASE,
        ),
        12,
        "editor's credit",
    ),
    # A source line in Chinese, Japanese or Korean (:data:`CJK_SOURCE`).
    ("attribution", CJK_SOURCE, 16, "source line"),
    # A wire service's transmission slug closing its story: "AP-WS-03-14-25 2214EST" (service,
    # desk, date, time and zone), "UPI-NY 07-02-98 1530EDT".
    (
        "attribution",
        re.compile(
            r"^(?-i:[A-Z]{2,4})(?:-(?-i:[A-Z]{2,4}))?[- ]\d{1,2}-\d{1,2}-\d{2,4}\s+\d{3,4}\s*(?:[ECMP][SD]T|GMT|UTC)\W*$",
            FOLD_CASE,
        ),
        4,
        "wire service's transmission slug",
    ),
    # A wire story's slug heading its copy: cycle (AM, PM, BC for both), keywords, a version and
    # the word count after a comma ("BC-Valdmark-Ferry,0210", "AM-Tarro-Strike 1st Ld,0388").
    (
        "attribution",
        WIRE_SLUG,
        4,
        "wire story's slug",
    ),
    # A shoot's or a story's thanks on a short line: "Special thanks to Harbour Home & Garden."
    ("attribution", re.compile(r"^special thanks to\b[^.!?]*[.!]?$", FOLD_CASE), 10, "acknowledgement line"),
    # A content network's footer on the page it serves (its challenge or error page copied with
    # the article): "Performance & security by Cloudflare", "Cloudflare Ray ID: 8f2a1b3c4d5e6f70",
    # "Your IP: Click to reveal", one field or several on a line set apart by bullets (issue #14,
    # round s53-a: each stayed article text). A request's ID is hexadecimal; the network is one word.
    (
        "attribution",
        re.compile(
            r"^(?:(?:\w+\s+)?ray id\s*[:：]\s*[0-9a-f]{8,}|your ip(?: address)?\s*[:：]\s*[\w.: -]{1,40}?"
            r"|performance (?:&|and) security by \w+)"
            r"(?:\s*[•·|]\s*(?:(?:\w+\s+)?ray id\s*[:：]\s*[0-9a-f]{8,}|your ip(?: address)?\s*[:：]\s*[\w.: -]{1,40}?"
            r"|performance (?:&|and) security by \w+))*\W*$",
            FOLD_CASE,
        ),
        20,
        "content network's footer",
    ),
    # Who prepared the piece, in Ukrainian, Russian, Belarusian or Polish, a name (or two) alone
    # after the verb: "Підготував Олександр Петренко", "Подготовила Анна Смирнова", "Opracowała
    # Anna Nowak" (issue #14, round s53-a: it stayed article text). The name is capitalised words
    # (bylines.PERSON_NAME, case kept), so a sentence opening with the verb ("Підготувала вона
    # доповідь …") stays the article's.
    (
        "attribution",
        re.compile(
            r"^\W{0,3}(?:підготува(?:в|ла|ли)|подготови(?:л|ла|ли)|падрыхтава(?:ў|ла|лі)|przygotowa(?:ł|ła|li|ły)"
            r"|opracowa(?:ł|ła|li|ły))(?:\s+(?:матеріал|материал|матэрыял|tekst))?\s*[:：]?\s+"
            rf"(?-i:{PERSON_NAME})(?:\s*(?:,|та|і|и|i|oraz)\s*(?-i:{PERSON_NAME}))?\W*$",
            FOLD_CASE,
        ),
        10,
        "credit line (prepared by)",
    ),
    # A site's name and its accounts on a line of their own, set apart by dots or bars: "Metro ·
    # @MetroUK · @metro_news", "@guardian | @guardiannews" (issue #14, round s53-a: it stayed article
    # text). Nothing but the name and the handles: a sentence naming an account is the story's.
    (
        "call-to-action",
        re.compile(
            r"^(?:[^\W_][\w.'’&-]*(?:\s+[^\W_][\w.'’&-]*){0,4}\s*[·•|/–—-]\s*)?@\w{2,30}"
            r"(?:\s*[·•|/,]\s*@\w{2,30})*\W*$",
            FOLD_CASE,
        ),
        12,
        "site's name and its accounts",
    ),
    (
        # A translation's credit: "Translated and adapted from an article in X", "Von »X« übersetzte
        # und bearbeitete Fassung des Artikels »Y«".
        "attribution",
        _needing(
            re.compile(
                r"\b(?:übersetzte|bearbeitete)(?: und (?:übersetzte|bearbeitete))? fassung (?:des|eines) (?:artikels|beitrags)\b"
                r"|^(?:translated|adapted)(?: and (?:adapted|edited|translated))? from (?:an?|the) (?:article|story|original)\b",
                FOLD_CASE,
            ),
            "fassung",
            " from ",
        ),
        60,
        "translation credit",
    ),
    (
        # A byline's field labels on lines of their own, the value on the next: "Author:", "Publish date:".
        "byline",
        re.compile(
            r"^(?:author|authors|written by|by|published|publish(?:ed)? date|date published|updated|last updated"
            r"|posted(?: on)?|date)\s*[:：]\s*$",
            FOLD_CASE,
        ),
        3,
        BYLINE_LABEL,
    ),
    (
        "byline",
        # (Its fields apart by a middle dot too: "By Liv Strand · Halvik Herald · March 24, 2025"; a
        # field's time keeps its colon: "By Anna Lind | March 3, 2025 09:15", acceptance t13af N1.)
        # A hyphen parts fields only before a space, "and" only between spaces, and a field holds
        # neither: each line reads one way (read either way, a run of 40 hyphens took 50 s to fail,
        # review s38-rv finding 6). The fields' loop is possessive for the same reason. The name is
        # a byline's (bylines.PERSON_NAME), its particles too: "By Pieter de Wit", "By Alejandro de
        # la Garza" (issue #14, round s39-x3: they were no match, the author's line the article's).
        re.compile(
            rf"^(?i:by)\s+{PERSON_NAME}\s*"
            r"(?:(?:,|(?<=\s)and(?=\s)|&|\||-(?=\s)|–|—|·|•)\s*(?:(?!(?<=\s)and\s)[\w.'’ ]|-(?!\s)|(?<=\d):(?=\d)){1,40})*+$"
        ),
        14,
        "byline",
    ),
    # "By" (or its word in another language) with a colon, then the author's names alone: "By: Jane
    # Roe", "Door: Witold Kepinski", "Von: Anna Lind und Jonas Weber" (issue #14, unseen33
    # dutchitchannel-1: a Dutch byline closing the article's text stayed the article's).
    (
        "byline",
        re.compile(
            rf"^\W{{0,3}}(?i:by|{'|'.join(FOREIGN_BY)})\s*:\s*{letters.CAP_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)*{letters.CAP_WORD}){{1,3}}"
            rf"(?:\s*(?:,|(?i:and|&|und|et|y|en|e|og|och))\s*{letters.CAP_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)*{letters.CAP_WORD}){{1,3}}){{0,3}}\W*$"
        ),
        16,
        "byline",
    ),
    ("byline", re.compile(rf"^(?:{_WIRES})\W*$", FOLD_CASE), 3, "wire-service byline"),
    # A byline's outlet and place under the author's name: "BBC News, Osland", a newspaper's
    # "Hindustan Times, Delhi" (issue #14, unseen38).
    (
        "byline",
        re.compile(
            r"^(?:[A-Z][\w&.'’-]*\s+){0,3}(?:News|Radio|TV|Times|Post|Herald|Tribune|Gazette|Chronicle|Telegraph)"
            r"(?:\s+[A-Z][\w'’-]+)?\s*,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
        ),
        6,
        "byline's outlet and place",
    ),
    # A live blog's byline naming who writes it now and who wrote it before: "Ingrid Sæther (now)
    # and Per Lie (earlier)".
    (
        "byline",
        re.compile(
            r"^(?:[A-Z][\w.'’-]+,?\s+(?:(?:and|&)\s+)?){1,8}\((?:now|earlier|later)\)"
            r"(?:,?\s*(?:(?:and|&)\s+)?(?:[A-Z][\w.'’-]+,?\s+(?:(?:and|&)\s+)?){1,8}\((?:now|earlier|later)\))*\W*$"
        ),
        16,
        "live blog's byline",
    ),
    # A blog post's meta line: "Posted by admin on March 18, 2025 | 4 Comments" (s16 t14 item 14),
    # "Written by Jane Roe in News", unended (a sentence "Posted by a reader, the video …" ends).
    (
        "byline",
        re.compile(
            r"^(?:posted|written|published|filed) by \S+(?: \S+){0,3}? (?:on|at|in)\b(?:[^.!?]|[.!?](?=\S))*$",
            FOLD_CASE,
        ),
        16,
        "post's byline and date line",
    ),
    (
        "byline",
        re.compile(
            r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:Reporter|Correspondent|Journalist|Writer|Editor|Columnist|Contributor"
            r"|Photographer)s?\W*$"
            # An author note in capitals: "JANE DOE IS THE COURIER'S POLITICAL EDITOR".
            r"|^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3} (?:IS|WAS) (?:A|AN|THE|OUR) [A-Z0-9 ,.'’&-]*(?:EDITOR|REPORTER"
            r"|CORRESPONDENT|COLUMNIST|WRITER|JOURNALIST)S?\W*$"
        ),
        14,
        "author's role",
    ),
    # An author's name closed by their degrees, a journal's or a trade paper's byline: "Surabhi
    # Dangi-Garimella, PhD", "Jane Roe, MD, MPH", "Anna Lind, PhD, RN" (issue #14, unseen33 ajmc-1).
    (
        "byline",
        re.compile(
            r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s*,\s*(?:Ph\.?\s?D|M\.?D|MPH|MBA|MSc|MSN|MS|MA|MFA|MPP|BSc|BA|RN|NP"
            r"|PharmD|DO|JD|DrPH|DVM|DPhil|EdD|MBBS|FACP|FACC|FRCP|CPA|CFA|PA-C|LCSW|Dr\.(?: med\.)?)\.?)+\s*$"
        ),
        12,
        "author's name and degrees",
    ),
    (
        "tags",
        re.compile(
            r"^(?:tags?|tagged(?: with)?|topics?|filed under|categor(?:y|ies)|keywords"
            r"|related (?:tags|topics?|forums?|categor(?:y|ies)))"
            r"\s*[:：|-]\s*\S.*$|^(?:tags?|tagged|filed under|keywords|posted in)\W*$",
            FOLD_CASE,
        ),
        30,
        "tag list",
    ),
    ("tags", re.compile(r"^(?:#[\w-]+[\s,]*){2,}$"), 30, "hashtags"),
    # A blog's closing category and tag lines written without a colon (s30-s, t13r F10): "Posted in
    # World News", "Filed under Ports & Shipping", "Tagged Huancarí, Peru, Rail", "Categories Latin
    # America, Mining": the lead words, then only capitalised names, run together by commas. A
    # sentence that opens with the same words ("Posted in Lima on Monday, the letter …", "Tagged as
    # urgent by …") goes on in lower case or ends in a full stop, and stays.
    (
        "tags",
        re.compile(
            r"^(?i:posted in|filed (?:in|under)|tagged(?: with| in)?|tags|categor(?:y|ies)|topics)\s+"
            r"(?:[A-Z0-9#][\w'’.&-]*(?:\s+(?:&|and|of|the|[A-Z0-9][\w'’.&-]*))*)"
            r"(?:\s*[,;|/•·]\s*[A-Z0-9#][\w'’.&-]*(?:\s+(?:&|and|of|the|[A-Z0-9][\w'’.&-]*))*)*$"
        ),
        30,
        "closing category or tag line",
    ),
    # Tags are often written in lower case ("Tagged fire, Hotel Mirador, Puerto Alcina", s31-h t13s
    # F6): after "Tagged" or "Tags", two or more short items (up to four words each) set apart by
    # commas, with no full stop at the end and no function word opening the first ("Tagged as
    # urgent by the clerk, it had sat …" stays); a page's category line may stand before them on
    # the same line ("Posted in Local News Tagged fire, firefighters", two spans of one footer).
    (
        "tags",
        re.compile(
            r"^(?:(?i:posted in|filed (?:in|under)|categor(?:y|ies))\s+"
            r"[A-Z0-9#][\w'’.&-]*(?:\s+(?:&|and|of|the|[A-Z0-9][\w'’.&-]*))*\s+)?"
            r"(?i:tagged(?: with| in)?|tags)\s+"
            r"(?!(?i:as|by|a|an|the|to|for|on|at|in|and|of|from|after|before|it|he|she|they|we|i|this|that)\b)"
            r"(?!.*[.!?:]\s*$)"
            r"[\w#][\w'’.&-]*(?:[ ][\w'’.&-]+){0,3}(?:\s*[,;|/•·]\s*[\w#][\w'’.&-]*(?:[ ][\w'’.&-]+){0,3})+\s*$"
        ),
        30,
        "closing category or tag line",
    ),
    (
        "related-topics",
        re.compile(
            r"^(?:go deeper|more on (?:these|this) topics?|related topics|topics?|explore (?:more(?: on (?:these|this) topics?)?|topics)"
            r"|topics in this (?:article|story)|more on this story|learn more about"
            # A box of the assets, people or places the article names, closing it ("Mentioned in
            # this article" over "Solana StarkNet Token Arbitrum"; issue #14, unseen39).
            r"|(?:mentioned|featured|named) in this (?:article|story|post))\W*$",
            FOLD_CASE,
        ),
        6,
        "topic card header",
    ),
    (
        "headline-list",
        re.compile(
            rf"^{HEADER_MARK}?\s*(?:related(?: articles?| stories| news| coverage| content| posts| reading| links| videos?)?"
            r"|read more|read next|read also|also read|see also|more (?:\w+ )?(?:stories|news|headlines)|more (?:from|in)\b.*"
            r"|most (?:read|popular|viewed|shared)|(?:more )?trending(?: now| stories)?|top (?:stories|news|headlines)"
            # With a section or a noun: "Most Read Business Stories", "Most read in Football", "More
            # Related to this Story", "Next Up In Culture", "Other People Are Reading" (round s24-f).
            r"|most (?:read|popular|viewed|shared) (?:in )?[\w&'’-]+(?: (?:stories|articles|news|headlines))?"
            r"|more related(?: to this (?:story|article))?|next up(?: in [\w&'’-]+)?|other (?:people|readers) are reading"
            r"|read more (?:stories|articles|news)"
            r"|latest(?: news| stories| headlines| videos| articles| posts)?|recommended(?: for you| stories| reading)?"
            r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|what to read next|don'?t miss|popular now"
            # A blog's popular-posts widget, by its default title ("Popular Posts", WordPress's and
            # Blogger's widget; issue #14, unseen43 klog-1) and in other languages: "Beliebte
            # Beiträge", "Articles populaires", "Entradas populares", "Post popolari", "Populaire berichten".
            r"|popular (?:posts|stories|articles|reads)|beliebte(?:ste)? (?:beiträge|artikel)|(?:articles|billets) populaires"
            r"|(?:entradas|art[íi]culos|publicaciones) (?:m[áa]s )?populares|(?:post|articoli) (?:pi[ùu] )?popolari"
            r"|populaire (?:berichten|artikelen)"
            r"|recent (?:posts|videos|articles|stories|news|entries|episodes)|also on\b.*|more coverage|in other news|elsewhere"
            # A blog's or a notes garden's pages linking to this one (issue #14, unseen34, round s39-a):
            # "Linked mentions", "3 Backlinks", "Mentions around the web", "Links to this note".
            r"|linked mentions|(?:\d+ )?backlinks|mentions around the web|links to this (?:page|note|post)"
            # A closing list of links to read on, by the names encyclopedias and style guides give that
            # section (Wikipedia's "Further reading" and "External links" appendices and their titles in
            # the German, French, Spanish, Italian and Dutch editions: "Weblinks", "Liens externes",
            # "Enlaces externos", "Collegamenti esterni", "Externe links"), and a blog's "Links",
            # "Useful links", "Weiterführende Links", "Pour aller plus loin", "Per approfondire" (issue
            # #14: such a list closing a plain text was kept, the saved page's dropped; round s50-a).
            rf"|{READING_LIST_NAMES}"
            # A most-read list's header in Japanese or with a site's name: "アクセストップ10"
            # (access top 10), "アクセスランキング", "人気記事ランキング", "OSS×Cloud ACCESS RANKING".
            r"|(?:\S+ ){0,3}access (?:ranking|top ?\d+)|アクセス(?:トップ|ランキング)\s*\d*|人気記事(?:ランキング)?"
            # The same in other languages, a header alone on its line: "関連記事" (Japanese),
            # "相关新闻" (Chinese), "관련기사" (Korean), "Noticias relacionadas", "Mehr zum Thema",
            # "Leggi anche", "Czytaj więcej", "Související články", "Läs också", "İlgili haberler".
            r"|関連(?:記事|ニュース|リンク)|相[关關](?:新[闻聞]|[阅閱]读|文章)|延伸[阅閱][读讀]|관련\s?(?:기사|뉴스)"
            # The English headers above in Japanese, Chinese and Korean, the names a blog's or a news
            # site's widgets take in those languages: "Related content" ("関連コンテンツ", "関連エントリー",
            # "関連情報"), "Latest news" / "Latest articles" / "Recent posts" ("最新ニュース", "最新記事",
            # "新着記事", "最近の投稿" (WordPress's Japanese "Recent Posts" widget), "最新新闻", "최신 기사"),
            # "Popular articles" ("人気のエントリー", "热门文章", "인기 기사"), a count of items after it as
            # Japanese writes one ("最新ニュース40件": the latest 40) (issue #14, unseen47 gigazine-1, round s52-a).
            r"|関連(?:コンテンツ|エントリー?|情報|トピックス?)|(?:最新|新着)の?(?:ニュース|記事|エントリー?|情報|投稿)"
            r"|最近の(?:投稿|記事|エントリー?)|人気の?(?:エントリー?|ニュース)"
            r"|最新(?:新[闻聞]|文章|消息|[报報]道)|[热熱][门門](?:文章|新[闻聞])|(?:최신|인기|많이 본)\s?(?:기사|뉴스)"
            r"|(?:関連|最新|新着|人気)\S{1,8}\s*\d+件"
            r"|not[ií]cias? relacionadas?|(?:art[ií]culos? |artigos? |contenidos? )?relacionad[oa]s?|te puede interesar"
            r"|(?:usted )?(?:podría|puede) (?:estar )?interesad[oa] en|leggi anche|articoli correlati|mehr zum thema"
            r"|das könnte sie auch interessieren|lesen sie (?:auch|mehr)|czytaj (?:więcej|też|także)|zobacz (?:też|także)"
            r"|související články|čtěte (?:také|též)|les også|läs (?:också|även)|ilgili haberler"
            # "Lire aussi", "À lire aussi", "Voir aussi", "Lee también", "Leia também", "Veja também" (s31-h, t13s F7).
            r"|(?:à |a )?lire (?:aussi|également)|voir aussi|le[ae] también|leia também|veja também"
            # The same headers in Russian and Ukrainian ("Читайте также", "Читайте також", "Смотрите
            # также", "Дивіться також", "Вас может заинтересовать", "Вас зацікавить", "Похожие новости",
            # "Схожі новини", "Самое читаемое", "Читайте далее", "Дивіться спецтему" (see the topic's page)),
            # Persian and Arabic ("اخبار مرتبط", "مطالب مرتبط", "بیشتر بخوانید", "اقرأ أيضا", "أخبار ذات
            # صلة"): the translations of "Read also", "See also", "You may be interested in", "Related
            # news", "Most popular" above (issue #14, unseen46 zn-1: no Cyrillic header was read).
            r"|читайте (?:также|тоже|також|далее|далі|наступне)|(?:смотрите|дивіться) (?:также|також|спецтему)"
            r"|вас (?:может |може )?(?:заинтересовать|заинтересует|зацікавити|зацікавить)"
            r"|(?:похожие|связанные|другие|схожі|пов['’]язані|інші) (?:новости|статьи|материалы|новини|статті|матеріали)"
            r"|самое (?:читаемое|популярное)|найпопулярніше|найбільш (?:читане|популярне)"
            r"|(?:اخبار|مطالب|مقالات) (?:مرتبط|مشابه)|بیشتر بخوانید|اقرأ (?:أيضا|أيضًا)|(?:أخبار|مقالات) (?:ذات صلة|متعلقة)"
            # The editors' picks in the languages above and more stories on a topic (OTHER_STORIES_HEADER).
            rf"|{EDITORS_PICKS}|{MORE_STORIES_ON} [^.!?:]{{1,60}})\W*$",
            FOLD_CASE,
        ),
        8,
        "related-stories header",
    ),
    (
        "headline-list",
        re.compile(
            r"^(?:read more|related|see also|also read|read also|watch|listen|recommended|trending(?: now)?"
            r"|related (?:coverage|article|story|content)|further reading|you (?:may|might) (?:also )?like"
            # The same in other languages: "Das könnte Sie auch interessieren: X", "Lesen Sie auch:
            # X", "Mehr zum Thema: X", "Lee también: X". (Not French "Lire aussi : X": Readability,
            # whose output labels `tuned`, keeps Le Monde's in the article.)
            r"|das könnte sie auch interessieren|lesen sie auch|mehr zum thema"
            r"|lee (?:también|además)|leia (?:também|mais)|te puede interesar)"
            r"\s*[:：|»>–—]\s*\S"
            # "More: Ferry fares to rise again": another story's headline, no sentence.
            r"|^more\s*[:：]\s*[^.!?]+$",
            FOLD_CASE,
        ),
        24,
        TEASER,
    ),
    (
        "headline-list",
        re.compile(r"^(?:read|view|open|go to) (?:the )?(?:full )?(?:article|story)\W*$", FOLD_CASE),
        4,
        TEASER_LINK,
    ),
    (
        "navigation",
        re.compile(
            r"^[←→«»‹›<>]?\s*(?:skip to (?:main )?(?:content|navigation)|back to top|jump to (?:content|navigation|comments)|menu|main menu"
            r"|open menu|close menu|search|sign in|log ?in|log ?out|register|home|homepage|next (?:article|story|post)"
            r"|previous (?:article|story|post)|(?:next|previous|prev) ?:.*|go to (?:top|home(?:page)?)|return to top|you are here:.*"
            r"|toggle (?:the )?(?:main |site )?(?:navigation|menu|search)|(?:open|close|show|hide) (?:the )?(?:main )?(?:navigation|menu)"
            r"|close|open|print(?: this)?(?: article| page)?|top of page|(?:site|main) navigation"
            r"|(?:table of )?contents|in this (?:article|post|story)|on this page|up next)\W*$",
            FOLD_CASE,
        ),
        8,
        "navigation link",
    ),
    (
        # A site's footer links: "About us", "Advertise with us", "Sitemap". ("Contact us" is the
        # prompt's below.)
        "navigation",
        re.compile(r"^(?:about us|who we are|advertise with us|site ?map)\W*$", FOLD_CASE),
        3,
        "site link",
    ),
    # A link to the rest of a box, wherever it stands (a widget's between the article's paragraphs
    # too): "View all announcements", "View full quote", "See all stories", "Show more", "Alle
    # Meldungen anzeigen", "Voir tout", "Ver más", "Lees meer hier." (issue #14, unseen33 afr-1,
    # dutchitchannel-1). A sentence going on past it ("See all of the figures in …") is longer.
    (
        "navigation",
        re.compile(
            # (Not one ending in ":", which introduces what follows: "See more photos:" over the article's own.)
            r"^(?![^\n]*[:：]\s*$)(?:(?:view|see|show|load|browse) (?:all|more|full|the full|every)(?:\s+[\w'’&-]+){0,2}\W*$"
            r"|^(?:alle|mehr)(?:\s+[\w-]+)? anzeigen\W*$|^voir (?:tout|tous|toutes|plus)\W*$|^ver (?:todo|todos|todas|más|mais)\W*$"
            r"|^mostra (?:tutto|tutti|altro)\W*$|^(?:toon|bekijk) (?:alles|alle|meer)(?:\s+[\w-]+)?\W*$|^lees meer(?: hier)?\W*$)",
            FOLD_CASE,
        ),
        4,
        "link to the rest of a list",
    ),
    (
        "call-to-action",
        re.compile(
            # (What is shared, as pages name it: "Share this live blog", "Share this video": t13x F3.)
            r"^(?:share(?: this)?(?: article| story| post| page| live ?blog| blog(?: post)?| video| gallery| podcast"
            r"| episode| interactive| feature)?(?: on| via|\s*:|\W*$)"
            # ... whatever it names, up to three words closing the line: "Share this live coverage",
            # "Share these updates", "Share this breaking news story" (t13at N7: any wording).
            r"|share (?:this|these)(?:\s+[\w'’-]+){1,3}\W*$"
            # The calls to action: the one list of them, corpus.page_links.CALL_PROMPTS.
            rf"|{CALL_PROMPT_SOURCE}"
            r"|(?:leave|post|add) a comment\b|(?:\d+\s+)?comments?\W*$|(?:view|show|read) comments\b|copy link\b"
            r"|email this\b|save (?:this )?(?:article|story)\b|gift (?:this )?article\b|listen to (?:this )?(?:article|story)\b"
            r"|enjoy(?:ed)? (?:this|reading)\b"
            r"|for more (?:news|stories|updates)\b|we want to hear from you\b|(?:got|have) a (?:news )?tip\b"
            r"|send us (?:a|your) tip\b|did you (?:like|enjoy) this\b|if you (?:liked|enjoyed|value) (?:this|our)\b"
            r"|like this:|like loading\b|thanks for reading\b|discussion about this (?:post|article)\b|restacks?\W*$"
            r"|ready for more\?|newsletters?\W*$|enter your e-?mail(?: address)?(?: here)?\W*$|contact (?:the |our )?(?:reporter|author|writer|editor|newsroom)\b|contact us\W*$|don'?t miss (?:a|out|another)\b"
            r"|\d*\s*click to (?:share|email|print|tweet|post|pin)\b|(?:like|love) (?:it|this),? share (?:it|this)\b"
            # The same prompts in other languages: share, copy the link, get the newsletter.
            # (The verbs are the page-link lexicon's, corpus.page_links.SHARE_WORDS: one list.)
            rf"|(?:{SHARE_SPACED})(?:\s+\S+)?\W*$"
            # ... naming where, as "Share on" does: "Partager sur Facebook · Partager sur X" (s31-h, t13s F7).
            # (A sentence opening so, ending in a full stop or going on in lower case, stays.)
            rf"|(?![^\n]*[.!?]\s*$)(?:{SHARE_SPACED})"
            r"\s+(?:en|no|na|sur|auf|su|via)\s+(?-i:[A-Z])\S*(?:\s+\S+){0,8}\s*$"  # (a platform's name)
            r"|(?:copiar|copier|kopieren|copia)\s+(?:o |el |le |la |il )?(?:link|lien|enlace)\b"
            r"|(?:recevoir|recibir|receber|ricevi)\s+(?:la |a |o |el )?newsletter\b"
            # In Chinese, Japanese and Korean: "分享到：微信 微博", "シェアする", "공유하기".
            rf"|(?:{SHARE_UNSPACED})(?:\s*[:：].*|\W*$)"
            # ... and their newsletter's sign-up: "ニュースレターに登録して、…", "订阅我们的新闻通讯",
            # "뉴스레터 구독하기" (issue #14, unseen34 hypebeast-1, round s39-a).
            # (The verb asked of the reader, or the button's words alone: not "ニュースレターの登録者数は…".)
            r"|(?:ニュースレター|メルマガ|メールマガジン)(?:(?:に|を)(?:登録|購読)(?:する|して|しよう|はこちら)|(?:登録|購読)\W*$)"
            r"|(?:订阅|訂閱)(?:我们的|我們的)?(?:新闻通讯|新聞通訊|电子报|電子報|邮件|郵件)"
            r"|뉴스레터\s*(?:를\s*)?(?:구독|신청))",
            FOLD_CASE,
        ),
        40,
        "share, subscribe or follow prompt",
    ),
    # A closing prompt whose link is the word "here", a sentence of its own: "If you're reading this on
    # the web, you can subscribe here.", "Get it here.", "Sie können ihn hier abonnieren.", "Vous pouvez
    # vous abonner ici." (issue #14, unseen33 buttondown-1). The verb's object is the reader's own
    # subscription or copy; "The report can be read here along with …" goes on past "here".
    (
        "call-to-action",
        re.compile(
            r"(?:^|[.!?]\s+|,\s+)(?:you can |to )?(?:subscribe|sign up|get it|buy it|grab (?:it|a copy)|pre-?order(?: it)?"
            r"|order (?:it|a copy))\s+(?:here|below)\s*[.!]"
            r"|\b(?:hier|ici)\s+(?:abonnieren|bestellen|anmelden)\b|\bvous (?:pouvez |)(?:vous )?abonner ici\b"
            r"|\b(?:abonnieren|bestellen) sie (?:\w+ )?hier\b",
            FOLD_CASE,
        ),
        40,
        "prompt linking “here”",
    ),
    (
        "call-to-action",
        _needing(
            re.compile(
                r"\bnewsletter\b.*\b(?:sign up|subscribe|inbox|delivered|get)\b|\b(?:sign up|subscribe|keep up with)"
                r"\b.*\bnewsletter\b|\bdelivered (?:straight |directly |right )?to your inbox\b"
                r"|\b(?:get|receive) (?:the best of|the latest|our|all the)\b[^.]{0,60}\bin(?:to)? your inbox\b"
                # "Get the Courier in your inbox.": a site's name in place of "the best of".
                r"|^(?:get|receive) (?:[A-Z][\w&'’-]*\s+){1,3}in(?:to)? your inbox(?: every (?:morning|evening|day|weekday|week))?\W*$"
                # An imperative opening the line: "Get the day's top stories in your inbox every
                # morning.", "Get a look at the day ahead in markets with our newsletter".
                r"|^(?:get|receive|start your day with) [^.!?]{0,60}\bin(?:to)? your inbox\b"
                r"|^(?:get|receive|read|start) [^.!?]{0,80}\bwith our (?:[\w'’-]+ ){0,3}newsletter\W*$"
                # A sign-up box's opt-in: "Keep me up to date on the latest happenings".
                r"|^keep me (?:up to date|updated|informed|posted)\b"
                # "... share this post with them!", "... – Subscribe on YouTube!", "Jetzt abonnieren!".
                # (An imperative opening the line or after a dash: "She did not share this post with ..." is a sentence;
                # a hyphen only with a space before it: "re-share this post with" is a word.)
                r"|(?:^|[–—]\s*|\s-\s*)(?:please )?share this (?:post|article|story|page|information|news|video) with\b"
                # A count of the readers already signed up: "Join the 3.6 million subscribers already
                # getting …", "Join over 70,000 of your peers" (issue #14, unseen38's komando-1, pehub-1).
                # (A subscribers' count: thousands or more; "Join the 12 members of the board" is none.)
                r"|^join (?:the |over |more than |almost |nearly )?"
                r"(?:\d{1,3}(?:[,.]\d{3})+|\d{4,}|[\d.,]+\s*(?:million|thousand|k)\b)\+?\s+"
                r"(?:other |fellow )?(?:subscribers|readers|members|professionals|people|others|of your peers)\b"
                r"|(?:^|[–—]\s*|\s-\s*)subscribe (?:to (?:us|our channel) )?on youtube\W*$"
                r"|(?:^|[?!]\s+)jetzt abonnieren\b|^noch kein abo\b"
                # Inside a prompt's sentence: "Check out more of our travel stories by signing up to our
                # free weekly newsletter", "Just R20 for the first month. Support independent journalism
                # by subscribing …".
                r"|\bby signing up (?:to|for) (?:our|the) (?:free )?(?:[\w'’-]+ ){0,3}newsletters?\b"
                r"|(?:^|[.!?]\s+)support (?:our|independent|quality) journalism by subscribing\b",
                FOLD_CASE,
            ),
            "newsletter",
            "inbox",
            "keep me",
            "share this",
            "youtube",
            "jetzt abonnieren",
            "noch kein abo",
            "journalism by subscribing",
            "join",
        ),
        40,
        "newsletter prompt",
    ),
    (
        # A browser push-notification box's prompt: "Get real time update about this post categories
        # directly on your device, subscribe now." (issue #14, unseen36 kenyatimes-1). Either the
        # imperative opens the line and the updates come "on your device", or the bid to subscribe
        # closes a clause that ends the line. ("Readers subscribe now more than ever." goes on past
        # "now"; "The app sent alerts on your phone" opens with no imperative.)
        "call-to-action",
        re.compile(
            r"^(?:get|receive|enable|allow|turn on) [^.!?]{0,80}\b(?:updates?|notifications?|alerts?)\b[^.!?]{0,60}"
            r"\bon your (?:device|phone|browser|desktop|computer)\b"
            r"|[,;:–—]\s*(?:subscribe|sign up|suscr[ií]bete|abonnez-vous|jetzt abonnieren)"
            r" (?:now|today|ahora|ya|maintenant)?\s*[.!]*\s*$",
            FOLD_CASE,
        ),
        40,
        "push-notification or closing subscribe prompt",
    ),
    (
        # A sponsor slot's own line where an advertisement stands between the article's paragraphs:
        # "Become a KPBS sponsor", "Become an underwriter", "Become a sponsor today" (issue #14,
        # unseen36 kpbs-1). The line is the bid alone: "Become a sponsor of the festival, the mayor
        # urged local firms" goes on.
        "advertisement",
        re.compile(
            r"^(?:become|be) an? (?:[\w.'’&-]+ ){0,3}(?:sponsor|underwriter|advertiser)(?: (?:today|now))?\W*$",
            FOLD_CASE,
        ),
        8,
        "sponsor or advertiser prompt",
    ),
    (
        # A sponsor's line set over or inside the article: its pitch, then an ad's call to start for
        # free closing it ("Take the pain out of building site search with the Algolia hosted API.
        # Start free now!", "… Try it free today.", "… Start your free trial!"; issue #14, unseen40
        # csstricks-1). The call follows a sentence of its own on the line: an article's sentence
        # saying something is free ("Parking will be free today.") has no call after a pitch.
        "advertisement",
        re.compile(
            r"[.!?]\s+(?:(?:start|try(?: it)?|get started)(?: for)? free|start your free trial)"
            r"(?: (?:now|today))?\s*[.!]*\s*$",
            FOLD_CASE,
        ),
        40,
        "sponsor's line closing with an ad's call to start free",
    ),
    (
        # A registration or subscription wall over the rest of the article: "Join LeadDev.com for free
        # to access this content", "Create an account to access our free content …", "Please sign up
        # or log in to continue reading", "Subscribe to read the full story" (issue #14, unseen35).
        # (The bidding verb opens the line: "Readers who subscribe to read the full story …" is a sentence.)
        "call-to-action",
        re.compile(
            r"^(?:please )?(?:sign up|sign in|log ?in|register|subscribe|create an? (?:free )?account"
            r"|join (?:[\w.'’&-]+ ){0,2}[\w.'’&-]+)(?: (?:or|and) (?:sign up|sign in|log ?in|register|subscribe))?"
            r"(?: (?:for free|free|now|today))?,? to (?:continue reading|keep reading|read (?:on|more|the (?:full|whole|rest of the)"
            r" (?:article|story|post))|access (?:this|the|our|all|full|unlimited)\b|unlock (?:this|the)\b)",
            FOLD_CASE,
        ),
        50,
        "registration or subscription wall",
    ),
    (
        "call-to-action",
        re.compile(
            # A link's prompt closing a short line: "To submit a correction for our consideration,
            # click here.", "For Reprints and Permissions, click here."
            r"^[^.!?]{3,80},\s*click here\W*$"
            # A reading list's or bookmark's notice: "Story Saved", "You can find this story in My Bookmarks".
            r"|^(?:story|article) saved\W*$|^you can find this (?:story|article) in\b",
            FOLD_CASE,
        ),
        24,
        "link or bookmark prompt",
    ),
    (
        "navigation",
        re.compile(r"^(?:view |read |see )?(?:our |the |this )?(?:current|latest) (?:print )?issue\W*$", FOLD_CASE),
        6,
        "link to a magazine's issue",
    ),
    (
        # A documentation or blog generator's link to the page's source or to editing it, its footer's
        # or header's: Docusaurus's and VuePress's "Edit this page", MkDocs's "Edit on GitHub",
        # Sphinx's "View page source", Jekyll themes' "Improve this page", "View this page on GitHub"
        # (issue #14, unseen45 jakearchibald-1). The line is the link alone: "We edit this page
        # weekly, the editor said" goes on.
        "call-to-action",
        re.compile(
            r"^(?:view|edit|improve|fork|suggest (?:an )?edits? (?:to|for|on)|report an issue (?:with|on)|fix a typo (?:on|in))"
            r"(?:(?: (?:this|the))? (?:page|post|article|doc|docs|document|documentation|file)(?: source)?"
            r"(?: (?:on|in) (?:github|gitlab|codeberg|bitbucket|sourcehut))?"
            r"| (?:on|in) (?:github|gitlab|codeberg|bitbucket|sourcehut))\W*$"
            r"|^(?:view|edit) (?:page )?source(?: on (?:github|gitlab|codeberg|bitbucket|sourcehut))?\W*$"
            r"|^suggest (?:an )?edits?\W*$",
            FOLD_CASE,
        ),
        8,
        "link to the page's source or to editing it",
    ),
    (
        # A page's language switcher as a sentence: "This post is also available in 简体中文,
        # Deutsch, 日本語, 한국어, Español and Français." (issue #14, unseen45 cloudflare-1), "Also
        # available in: Español · Português", "Read this post in: English | Français": the other
        # languages' names, each capitalised or in a script without case, two at least.
        # ("Also available in paperback and hardback": lower case; "The phone is also available in
        # Blue and Red" names no page.)
        "navigation",
        re.compile(
            r"^(?:(?:(?:this|the) (?:post|article|page|story|blog post|site) is )?(?:also )?available in|read (?:this|it)"
            r"(?: (?:post|article|page|story))? in"
            r")\s*:?\s*(?-i:[^\W\d_a-z][\w-]*(?: [A-Z][\w-]*)?)(?:\s*(?:,|·|\||/|\band\b|&)\s*"
            r"(?-i:[^\W\d_a-z][\w-]*(?: [A-Z][\w-]*)?))+\W*$",
            FOLD_CASE,
        ),
        30,
        "links to the page in other languages",
    ),
]
# The gates written by hand (tests/analysis/test_noise_phrase_needs.py proves each).
WRITTEN_NEEDS = dict(PHRASE_NEEDS)
# Every other phrase pattern searched beyond a line's start, gated by the words its tree proves
# every match holds (s33-g: a line without any of them cannot match, so no label changes; one
# anchored at the start fails at once, and looking for its words would cost more than that).
for _kind, _pattern, _most, _desc in PHRASES:
    if (
        _pattern not in PHRASE_NEEDS
        and not start_anchored(_pattern)
        and (_words := literal_needs(_pattern)) is not None
    ):
        PHRASE_NEEDS[_pattern] = _words

SOCIAL = SOCIAL_NETWORKS | frozenset("print copy link share youtube tiktok sms tweet".split())
# An encyclopedia blurb opens by defining its subject: "X, officially Y, is a country in ...".
DEFINITION = re.compile(
    r"^[A-Z][\w'’.&-]*(?:\s+[A-Z(][\w'’.&)-]*){0,6}(?:,[^.]{0,120},)?\s+(?:is|was|are|were)"
    r"\s+(?:a|an|the|one)\b"
)
ROLE = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*[,|–—-]\s*(?:[\w'’]+\s+){0,3}(?i:reporter|"
    r"correspondent|journalist|writer|editor|columnist|contributor|bureau chief)s?\W*$"
)
HEADERS = ("related-stories header", "topic card header")
# A teaser's cue that may head the page's own piece ("Watch: …" over a video's page, "Listen: …"
# over a podcast's): on a text's first line, its title. The other cues ("Read more:", "Related:",
# "Trending:") name another story there too.
OWN_PIECE_CUE = re.compile(r"^\W*(?:watch|listen)\s*[:：|»>–—]", FOLD_CASE)
END_MARK = re.compile(r"^\s*(?:#{3,}|-30-)\s*$")


CRUMB_LABEL = ("navigation", "breadcrumb or menu row")


# A line that is one bare address: numbered ("9. https://…/authors/tom-hale", the "References" list
# closing a text-mode browser's dump), a link list's line (block_rules.phrase_label). Any scheme the dump
# writes: a saved page's "file://localhost/…", a button's "javascript:void(0)", "mailto:?subject=…".
BARE_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]{1,15}://|(?:mailto|javascript|tel|sms|news):|www\.)\S+$", FOLD_CASE)
# The reason for such a line alone (a list of them is :data:`LINK_LIST`'s).

# The article's own resource list closing it (issue #14, unseen42 ibmdeveloper-1: "Links", then
# "Source code – https://github.com/…", "Demo – https://….example/"): each line names a resource and
# gives its address written out after a dash or a colon, as a post lists its project's code, demo
# and docs. A site's menus and footers show link words, not addresses written out; a text-mode
# browser's numbered list of a page's links (LINK_LIST) names no resource before them. (Here, not in
# page.py: a "Links" header over such lines heads the article's list, no related-stories list,
# menus.consume_after_headers.)
LABELLED_ADDRESS = re.compile(
    r"^\s*(?:[-*•]\s+)?[^\s:/–—-][^:/–—]{0,60}?\s*(?:[–—:]|\s-)\s*(?:[a-z][a-z0-9+.-]{1,15}://|www\.)\S+\s*$",
    re.IGNORECASE,
)


LINK_LINE = "numbered link list line (a bare address)"
# The reason for a text-mode browser's list of the page's links and its header lines ("References",
# "Visible links:", "Hidden links:"): one reason, so the boilerplate panel shows the list as one entry.
LINK_LIST = "a text-mode browser's list of the page's links: {header}each link's number and address"
# A line's items split by a menu's separators: bars, dots, bullets, a tab, two spaces or more
# ("Home  News  Sport", "Inicio · Bolivia · Mundo").
MENU_ITEMS = re.compile(r"\s*[|•·]\s*|\s{2,}|\t")
# A line that is one Markdown link, bulleted or not: "[Skip to content](#main)", "- [Home](/)".
MARKDOWN_LINK = re.compile(r"^\s*(?:[-*+]\s+)?\[([^\[\]]{1,80})\]\([^()\s]*\)\s*$")
# A transcript's stage direction in brackets closing a speaker's paragraph, "(Applause.)",
# "(Laughter)", "(Cheers and applause)": no credit. A credit's name never ends with a full stop.
STAGE_DIRECTION = re.compile(
    r"(?:applause|laughter|cheers?|cheering|booing|boos|crosstalk|inaudible|silence|pause|music|sighs?"
    r"|interruptions?|beifall|gelächter|applaus|rires|applaudissements|risas|aplausos)\b",
    FOLD_CASE,
)
# A Korean caption's sentence closed by its photographer, "… 올리고 있다. 홍길동 기자" (reporter).
# (With the stock photo sites, free ones too: "… never get enough of.(Unsplash)", issue #14, unseen38.)
NAMED_AGENCY = re.compile(
    r"AP|AFP|Reuters|EPA|Getty(?: Images)?|dpa|ANP|Xinhua|Alamy|Shutterstock|iStock(?:photo)?|Unsplash|Pexels|Pixabay"
)
# An author's initials signing a paragraph, in capitals, with a wire's or a second author's after a
# slash ("(JP)", "(RH/dpa)"; issue #14, s34-d: unseen29's ak-kurier-1 ended "… in Olpe wenden. (JP)").
SIGNING_INITIALS = re.compile(r"(?-i:[A-Z]{2,4})(?:/[A-Za-z]{2,8})?")
# A sentence closed by a bracketed stage direction, a wire's name or its author's initials after its
# mark ("… on budget. (Laughter)", "… at short notice. (AFP)", "… by the end of May. (RH)"): the
# line ends a sentence all the same.
TAGGED_SENTENCE_END = re.compile(
    rf"[.!?…][\"”’]?\s+\((?:(?:{STAGE_DIRECTION.pattern})[^()]{{0,30}}|{NAMED_AGENCY.pattern}"
    rf"|{SIGNING_INITIALS.pattern})\)\s*$",
    FOLD_CASE,
)
# A sentence closed by a short note in brackets after its full stop, numbered or in lower case
# ("… to contain the blaze. (L 1)", "… (see fig. 3)", "… (updated)"): the line ends a sentence
# all the same and is no headline, which never closes with a full stop (issue #13/#14, s17 m4).
# A capitalised name there ("(Courtesy of Jane Roe)", "(Mario Jasso/Cuartoscuro)") is a credit:
# the caption rules judge it.
_NOTE = r"\((?=[^()]*\d|\s*[a-z])[^()]{1,40}\)\s*$"
BRACKETED_TAIL = re.compile(rf"[.!?…][\"”’]?\s+{_NOTE}")
FULL_STOP_BRACKETED_TAIL = re.compile(rf"[.…][\"”’]?\s+{_NOTE}")
