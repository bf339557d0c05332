"""Language names used as languages: "spoke Hmong", "leaflets in Urdu, Punjabi and Somali",
"switching between English and Irish" (OntoNotes LANGUAGE), where the same word before a noun
is a nationality or group ("Thai cuisine", "the Irish government": NORP).

The names are CLDR's English names of languages, as packaged by ``babel``, one word each, less
given names (``languages.txt`` beside this module, one ``name<TAB>core`` a line;
babel is needed only to regenerate it: ``python -m waic_reader.index.analysis.entities.languages``).
``core`` marks the languages with a two-letter ISO 639-1 code (English, Urdu, Swahili) whose
name is no place ("Somali" is a region too): only those are read after a bare "in" ("in Urdu"); any listed language is read after a verb of
speaking, learning or translating ("spoke Hmong") and beside a language already read ("in Thai
and Lao").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from pathlib import Path

from waic_reader.index.analysis.entities.gazetteer import capitals, city_names, places_folded, region_names
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.words import Cand, cue_label, is_title
from waic_reader.index.analysis.lexicon import STOP_WORDS
from waic_reader.index.corpus.letters import CAP, LETTER
from waic_reader.index.corpus.tokens import fold, text_words

FILE = Path(__file__).with_name("languages.txt")

_WORD = re.compile(rf"(?<![\w'’-])({CAP}{LETTER}+)(?![\w'’]|-(?!speaking\b|speakers?\b|language\b))")
# Words after a language name that make it the language whatever comes before it: "the Irish
# language", "Welsh-speaking families", "a classroom of Welsh speakers", "report Gujarati as
# their mother tongue".
_LANGUAGE_AFTER = re.compile(
    r"(?:\s+language\b(?!\s+(?:school|schools)\b)|-(?:speaking|language)\b|[\s-]speakers?\b"
    r"|\s+as\s+(?:their|a|his|her|its|the|our|my|your)\s+(?:mother tongue|first language|second language|"
    r"native language|main language|home language|official language)"
    # a word of the language named ("the Estonian word for charger", "the Irish name for the town")
    # ("the Bashkir name of the Belaya river": round s35-e)
    r"|\s+(?:word|words|term|terms|phrase|expression|name)\s+(?:for|meaning|of)\b"
    # said to be a language ("made Aymara an official language", "Basque became a national language",
    # "Russian remains the main language of public life": round s35-e, heldout28)
    # (two such words too: "make Crimean Tatar an official regional language", "a protected minority
    # language": round s38-e, held-out 31)
    r"|\s+(?:(?:is|was|became|becomes|remains|remained)\s+)?(?:an?|the)\s+"
    r"(?:(?:official|national|minority|regional|endangered|working|second|first|native|main|primary|principal|"
    r"dominant|common|everyday|only|sole|liturgical|literary|home|mother|protected|recognised|recognized|"
    r"co-official|indigenous|heritage|state)\s+){0,2}language\b"
    # the one a people or a place speaks ("the modern Aramaic spoken by Assyrians": round s35-e)
    r"|\s+spoken\s+(?:by|in|on|across|among|at)\b)"
)
# A list of names in apposition to "languages" or "the … language": "handle Latvian, Lithuanian and
# Finnish, languages that rivals ignore", "in Tagalog, the national language": each is a language.
# (and "the ... language" or "tongue" after a possessive or of up to three words, a punctuation
# mark or a clause's word after it: "lessons in Shaetlan, the islands' own tongue, with",
# "interviews in Yugtun, the Central Alaskan Yup'ik language, and"; never "the town's language
# school": round s38-e, held-out 31's GPEs)
_TONGUE_APPOSED = (
    # (a creole, a dialect, a vernacular or a patois as a language's kind: "in Kwéyòl, the island's
    # creole,"; round s46-e, held-out 39 and held-out 8's GPEs)
    r",\s+(?:the|its|their|his|her|our|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:language|tongue|creole|dialect|vernacular|patois)"
    r"(?=[,.;:!?)]|\s+(?:and|or|of|that|which|spoken|once|still|now)\b"
    # a relative clause with no "that", its subject a pronoun or a possessive ("in Zazaki, the
    # language her great-grandmother spoke", "Kven, the tongue we spoke at home": issue #16, round
    # s41-e, held-out 34's GPE "Zazaki")
    r"|\s+(?:her|his|their|our|my|your|we|they|she|he|I|you)\b)"
)
_APPOSED = re.compile(
    rf",\s+(?:(?:the|both|all|two|three|four|five|six|other|minority)\s+)?(?:[\w-]+\s+)?languages?\b|{_TONGUE_APPOSED}"
)
# The next item of a list a language read as one opens: "speaks Turkmen, Dari and Pashto", "writes
# in English and Kiswahili" (a word no list of languages holds is one there too).
# ("in" said again before the next: "publish in Dutch and in Ndyuka": round s37-e)
# ("not in" before the next: "only in Indonesian, not in Makassarese or Buginese", "in Spanish but
# not in Tseltal": round s38-e)
# ("as well as" before the next: "in Lisu and Rawang as well as Jinghpaw": round s39-e)
_LIST_NEXT = re.compile(
    rf"(?:, | and | or |, and |, or |,? (?:but )?not |,? as well as )(?:in )?({CAP}{LETTER}+)(?![\w'’-])"
)
# The rest of a list after a "not in" item, and a comma after it: the list was of places the
# sentence goes on about ("sent in Swedish, not in Brenzola, where most tourists stay", "in English
# but not in Castelmarro or Tarvento, the mayor said"; round s38-z2, review s38-rv finding 11),
# where a list of languages ends the sentence ("in Spanish but not in Tseltal or Chol.").
_NOT_IN_LIST_THEN_COMMA = re.compile(rf"(?:(?:, |,? (?:and|or) )(?:in )?{CAP}{LETTER}+(?![\w'’-]))*,")
# A verb of speaking, learning or translating, then at most two words ("his", "careful",
# "fluent", "basic") and "in"/"into"/"from" before the language ("translated from the Hungarian").
_VERB = re.compile(
    r"\b(?:speak|speaks|spoke|spoken|speaking|learn|learns|learned|learnt|learning|teach|teaches|taught|"
    r"study|studies|studied|understand|understands|understood|translated?|translates|translating|"
    r"dubbed|subtitled|fluent|fluency|between|interpreted|interpreting|hear|hears|heard|hearing|"
    # a change of language ("switching to Japanese only", "switched to Portuguese": round s38-e)
    r"switch|switches|switched|switching|"
    # reading and writing it ("pupils who read Burmese better than their fathers": round s40-e,
    # held-out 33's NORP; "read Korean newspapers" keeps the noun after it, :func:`used_as_language`)
    r"read|reads|reading|write|writes|wrote|writing)"
    r"(?: (?:his|her|their|its|our|my|your|some|fluent|broken|basic|careful|good|perfect|little|native|"
    r"halting|rusty|excellent|both|in|into|from|more|less|mostly|mainly|only|better|first|partly|also|"
    # read or spoken aloud ("the count was read out in Kiswahili", "read aloud in Welsh": issue #16,
    # round s47-e2, held-out 40's GPEs)
    r"out|aloud|"
    r"again|then|later|briefly|largely|entirely))?(?: (?:in|into|from)|(?<=switch|itches|itched|tching) to)?"
    r"(?:(?<=from) the)? $"
)
# Said, written or given in a language, "in" right before it: "said in Cantonese that", "offered in
# Gaelic on Wednesdays" (not "said Japanese buyers": the people)
_GIVEN_IN = re.compile(
    r"\b(?:said|says|sang|sung|sing|sings|singing|written|wrote|writing|writes|write|printed|published|broadcast|preached|"
    # asked or explained in it ("asks in Karbi whether", "explain in Emberá why": round s53-e)
    r"asked|asks|explain|explains|explained|explaining|"
    # printing in it now ("still prints a greeting in Karelian": round s42-e, held-out 35's GPE)
    r"print|prints|printing|"
    # what is cut or set down in it ("a knife engraved in Occitan": round s37-e)
    r"engraved|inscribed|carved|etched|stamped|signed|replied|answered|answer|"
    r"answers|reply|replies|"
    r"offered|delivered|conducted|repeated|testified|"
    # a performer's language ("who performs in Tiv") and what is written or sung with "it"/"them"
    # between ("wrote it in Kurmanji": round s40-e2, held-out 33's GPEs)
    r"perform|performs|performed|performing|"
    r"(?:wrote|writes|write|written|writing|sang|sings|sing|sung|recorded|records) (?:it|them)|"
    # a verb of telling and whom it tells ("told reporters in Filipino", "greets me in Aymara",
    # "gave evidence in Tok Pisin")
    r"(?:told|tells|telling|greets|greeted|greeting|addressed|addresses|thanked|thanks|asked|asks) "
    r"(?:reporters|journalists|them|him|her|us|me|you|the (?:crowd|court|hearing|meeting|audience|congregation|"
    # a body that sits to hear it ("told the house in Balochi": round s37-e)
    r"house|chamber|assembly|senate|council|committee|jury|rally|gathering|villagers|elders))|"
    r"(?:gave|gives|give|giving) (?:evidence|testimony|a speech|a statement|an interview)|"
    # a talk held in it ("can hold a conversation in Livonian": round s44-e, held-out 37's GPE)
    r"(?:a |the )?(?:conversation|conversations|chat|chats)|"
    # a verb of saying and what is said ("repeated the promise in Guarani", "read the statement in
    # Welsh", "delivered his sermon in Tongan")
    r"(?:said|says|repeated|repeats|read|reads|delivered|delivers|gave|gives|made|makes|sang|sings|wrote|writes|"
    r"issued|issues|recited|recites|swore|swears|took|prints|printed|print|printing) (?:the|his|her|their|its|a|an|this|that) "
    r"(?:promise|message|statement|speech|sermon|address|prayer|announcement|warning|appeal|words|greeting|"
    r"news|verdict|ruling|oath|vow|apology|blessing|pledge|toast|eulogy|poem|song|hymn|anthem|lines))"
    # an adverb of order or extent between ("she spoke first in Hawaiian", "sang only in Shona")
    r"(?: (?:only|first|mostly|mainly|partly|also|again|then|later|briefly|largely|entirely))? in $"
)
# A word or a name glossed in quotes, then "in" and the language it is glossed from: '"Ag" means "son of"
# in Tamasheq', 'Kyym, meaning "spark" in Sakha', 'the word for "knife" in Inuktun': the language,
# whatever lists hold its name (round s34-c: heldout27's "Tamasheq", "Sakha" were GPEs).
_GLOSS = (
    r"(?:\b(?:means?|meant|meaning|called|calls|for|as)\s+[\"“‘'][^\"“”‘’'\n]{1,40}[\"”’']"
    # the quoted word first and its meaning after, unquoted ('"Inaq" means mother in Sasak': round
    # s44-e, held-out 37's GPE)
    r"|[\"”’'] (?:means|meant) (?:a |an |the )?[a-z]+(?: [a-z]+)?)\s+in"
)
# (before a listed language, a word in lower case quoted alone right before "in" is glossed too:
# 'chess - "shatr" in Kalmyk -', round s37-e; never a name no list holds: 'a "rail summit" in
# Birmingham')
_GLOSS_IN = re.compile(rf"(?:{_GLOSS}|(?<![\w\"“‘'])[\"“‘'][a-z][^\"“”‘’'\n]{{0,30}}[\"”’']\s+in) $")
_GLOSS_CUE = re.compile(rf"{_GLOSS} (?P<word>{CAP}{LETTER}+)(?![\w'’-])")
# Said, answered or spoken "in" a language that someone then translates or interprets in the same
# sentence ("He said it in Sherpa and his cousin translated", "answered the court in Tamang, which an
# interpreter translated"): the language, whatever lists hold its name (round s34-c: heldout27's GPE).
# (a translator or interpreters named so too: "she said in Awajún, speaking through a translator":
# issue #16, round s51-e, held-out 43's GPE)
_TRANSLATED_CUE = re.compile(
    rf"\b(?:said|says|say|spoke|speaks|speak|answered|answers|replied|replies|told|tells|sang|sings|wrote|writes|"
    rf"repeated|testified|prayed|preached)(?: [\w'’-]+){{0,4}}? in (?P<word>{CAP}{LETTER}+)(?![\w'’-])"
    rf"(?=[^.!?\n]{{0,80}}\b(?:translated|translates|translating|translators?|interpreted|interprets|interpreting|"
    rf"interpreters?)\b)"
)
# Said, asked, told or explained "in" a word no list holds, then what is said: a clause of reported
# speech ("said in Izon that the creeks", "asks in Karbi whether the camps", "explain in Emberá why
# the river") or the words quoted ("told me in Kuanua this morning, 'Run'"): the language (issue
# #16, round s53-e, held-out 45's LANGUAGEs were GPEs). A town there has its clause elsewhere
# ("police said in Harlingen on Monday that"), and a known town or region is never read
# (:func:`_no_name_but_a_language`).
_SAID_IN_CLAUSE_CUE = re.compile(
    rf"\b(?:said|says|asked|asks|explain|explains|explained|explaining|prayed|prays|"
    rf"(?:told|tells|telling|asked|asks) (?:me|us|him|her|them|you))"
    rf",? in (?P<word>{CAP}{LETTER}+)(?![\w'’-])"
    rf"(?=,? (?:that|whether|if|why|how|what)\b"
    rf"|(?: (?:this|that|last|on the) (?:morning|afternoon|evening|night|day)| yesterday| today)?[,:]? [\"“‘'])"
)
# A clause naming or saying something right after a language named after "in": '"In Bikol we call
# this"', "in Chukchi there are separate terms" (a people's name there takes a noun: "in Haida
# villages"; a place a clause of its own: "in Kinshasa they play").
_SUBJECT_AFTER = re.compile(
    r",? (?:(?:we|they|you|people|one|I) (?:call|calls|called|say|says|said|write|writes|wrote|sing|sang|pray)\b"
    r"|there (?:is|are|was|were) (?:[\w-]+ ){0,2}"
    r"(?:words?|terms?|names?|expressions?|phrases?|verbs?)\b)"
)
# A name no list holds after "in", in apposition to "the ... language" or "tongue" (:data:`_TONGUE_APPOSED`:
# "lessons in Shaetlan, the islands' own tongue,"), or written before "-language" ("a Kreol-language
# catch app", "a Wolastoqey-language podcast"): a language (round s38-e, held-out 31's GPEs).
_APPOSED_CUE = re.compile(rf"\b[Ii]n (?P<word>{CAP}{LETTER}+)(?![\w'’-])(?={_TONGUE_APPOSED})")
_HYPHEN_LANGUAGE_CUE = re.compile(rf"(?<![\w'’-])(?P<word>{CAP}{LETTER}+)-language\b")
# What a thing is called in a listed language: "In Ojibwe it is manoomin" (a place's clause has a
# verb of weather or of being there: "In Paris it rained", read only for listed names).
_IT_AFTER = re.compile(r",? (?:it|this|that) (?:is|was|means|meant) (?:called )?[\"“‘']?[a-z]")
# What is sung, said or written, several of them, "in" a language: "wrote 300 hymns in Jinghpaw",
# "trained choirs in Lisu", "local names for it in Nagovisi and Rotokas" (round s39-e: held-out
# 32's languages were GPEs); a place's "in" follows other nouns ("songs recorded in Laiza" has a verb
# between).
_WORKS = (
    r"\b(?:hymns|songs|prayers|poems|sermons|lullabies|proverbs|chants|names|choirs)(?: for (?:it|them|him|her))? in"
)
_WORKS_IN = re.compile(rf"{_WORKS} $")
_WORKS_CUE = re.compile(rf"{_WORKS} (?P<word>{CAP}{LETTER}+)(?![\w'’-])")
_IN_SUBJECT_CUE = re.compile(rf"\b[Ii]n (?P<word>{CAP}{LETTER}+)(?![\w'’-])(?={_SUBJECT_AFTER.pattern})")
# (capitalised too where it opens a sentence: "In Romanian, he said, the old word is ...")
_IN = re.compile(r"\b(?:[Ii]n|[Ii]nto) $")
# A list after a bare "in" that a core language ends: "sent in Gaelic and English", "told local
# radio in Kimwani and Portuguese". The words before the core one are languages too, listed or not
# (a language CLDR names in two words, "Scottish Gaelic", or not at all).
# ("as well as" before the core one, the list before it joined by commas, "and" or "or": "in Drehu,
# Nengone and Iaai as well as French": round s38-e, held-out 31's GPEs)
# (a name of parts joined by hyphens, lower-case ones too: "talks held in Innu-aimun, French and
# English", "signs in Nuu-chah-nulth as well as English": issue #16, round s47-e2, held-out 40)
_IN_ITEM = rf"{CAP}{LETTER}+(?:-{LETTER}+)*(?: {CAP}{LETTER}+)?"
_IN_LIST = re.compile(
    # (a word of order and "in" again before the core one: "told the crowd in Khakas and then in
    # Russian": issue #16, round s47-e2, held-out 40's GPE)
    rf"\b(?:in|into) ((?:{_IN_ITEM}, )*{_IN_ITEM}),? (?:and|or)"
    r"(?: (?:then|later|again|also) in)? $"
    # ("not in" before the core one: "I told him in Tiwi, not in English": round s43-e, held-out 36's GPE)
    rf"|\b(?:in|into) ({_IN_ITEM}),? (?:but )?not in $"
    rf"|\b(?:in|into) ((?:{_IN_ITEM}(?:, | and | or |, and ))*{_IN_ITEM}),? as well as $"
)
# An item of such a list: a listed language of two words, else one word ("Upper Sorbian", "Gaelic").
_IN_LIST_ITEM = re.compile(_IN_ITEM)
# A possessive or a word of how well one speaks right before a core language not followed by a
# noun: "learned his English from broadcasts", "in bad German,", "her careful Vietnamese with".
_HOW_WELL = re.compile(
    r"\b(?:his|her|their|my|our|your|fluent|broken|bad|good|perfect|careful|halting|rusty|basic|native|"
    r"schoolboy|schoolgirl|accented|faltering|flawless|passable|formal|colloquial) $",
    re.I,
)
# Between two languages of a list, or of a comparison ("speak more English than Inuktitut").
_LIST = re.compile(r"^(?:, | and | or |, and |, or | & |/| than )(?:in |an? )?$")  # ("a Kumyk and a Russian name")
# A noun only a language goes before: "English and French subtitles", "German lessons", "its
# Portuguese translation" (never "the French government"); one who renders it and its forms ("a
# Hmong interpreter", "through a Russian interpreter", "the Alsatian dialect", "Yiddish
# pronunciation": round s33-c, heldout26's "Hmong" and "Russian" were NORP).
_LANGUAGE_NOUN = re.compile(
    r"\s+(?:subtitles?|subtitled|captions?|captioned|dubbing|dubbed|translations?|translators?|versions?|editions?|"
    r"lessons?|class|classes|courses?|tuition|lyrics|dialogue|grammar|dictionar(?:y|ies)|proficiency|literacy|"
    r"teachers?|immersion|interpreters?|interpretation|interpreting|dialects?|pronunciation|vocabulary|"
    r"loanwords?|spelling|orthography|"
    # its words and its writing ("mixes old Bulgarian with Turkish and Greek words": issue #16,
    # round s49-e, held-out 42's NORPs; "speech" and "script" are read apart, _SPEECH_OR_SCRIPT)
    r"words|phrases?|expressions?|idioms?|alphabet|"
    # its study and its teaching ("the department of Crimean Tatar philology", "reduced Crimean
    # Tatar schooling": round s38-e)
    r"philology|linguistics|schooling|"
    # what is said, sung or written in it ("a Nepali song", "a slow Udmurt proverb", "Ainu place names":
    # round s34-c, heldout27's NORPs)
    r"songs?|lullab(?:y|ies)|hymns?|proverbs?|sayings?|poems?|poetry|verses?|rhymes?|prayers?|"
    r"(?:place |street |river )?names|"
    # a thing named or taught in two languages, a name in one ("Samoan and Tongan bilingual units",
    # "both a Kumyk and a Russian name", "Osage street signs": issue #16, round s45-e, held-out 38's
    # NORPs)
    r"bilingual|name|(?:road |street )?signs|signage|"
    # a kind of song in it ("a Hindi film song", "a Tagalog pop song": round s35-e, heldout28)
    r"(?:film|pop|folk|love|protest|church|rap|rock|wedding|drinking|work) (?:songs?|hymns?|ballads?)|"
    # any one word of its kind before a song ("a Papiamentu carnival song": round s37-e)
    r"[a-z]+(?:-[a-z]+)? (?:songs?|hymns?|ballads?|lullab(?:y|ies)|chants?))\b"
)
# A second capitalised word after "and"/"or" and the lower-case word after it, to which both
# words are adjectives ("Malagasy and French exporters").
# Not the end of a longer list ("Novels from Hungarian, Tamil and Georgian lead ...": a verb).
_PAIRED_BEFORE_NOUN = re.compile(rf"\s+(?:and|or)\s+{CAP}{LETTER}+\s+([a-z]+)(?![\w'’-])")
_LISTED_BEFORE = re.compile(rf", {CAP}{LETTER}+$")
# Lower-case words that may follow a language used as one: function words, auxiliaries, adverbs,
# a comparison's ("speak German better than Kurmanji": round s40-e, held-out 33's NORP).
# (a question word opening what is said in it: "explain in Emberá why the river": round s53-e)
# (a question word opening what is said in it: "explain in Emberá why the river": round s53-e)
_AFTER_OK = frozenset(
    """and or but nor with without to for from as at by on in of than then so yet while when where
    because since though although if whether which that who is are was were be been being has
    have had will would can could may might must should shall do does did only too also instead
    again now fluently well badly first outside inside around across along alongside about over under
    after before during throughout until like among via against near beside behind above below
    last next this every all yesterday today tonight earlier later through
    long soon ever even still just together aloud
    better worse once twice
    why how what
    underneath beneath atop overleaf opposite""".split()
)
# (the last line: adverbs of where a text stands on a sign, a label or a page, no nouns: "with
# 'Harbour Walk' in English underneath", "with Russian underneath"; round s46-e, held-out 39's NORPs)


# Capitalised words no list of languages holds: "in March and English", "in Parliament and Welsh".
_NOT_LANGUAGES = frozenset(
    """January February March April May June July August September October November December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday The Parliament Congress Court Government""".split()
) | frozenset(
    # Where things are said in politics and the courts, written with a capital: "said in Holyrood
    # that", "told MPs in Committee that" (review s53-rv H1: round s53-e's said-in cue read them as
    # languages). The chambers are the national legislatures' short names English copy uses
    # (Wikipedia, "List of legislatures by country"), then the rooms and forms of proceedings.
    """Holyrood Stormont Tynwald Dáil Seanad Oireachtas Senedd Westminster Commons Lords Knesset
    Bundestag Bundesrat Duma Storting Stortinget Riksdag Folketing Althing Alþingi Sejm Senat Eduskunta
    Cortes Majlis Diet Kokkai Senate Assembly Legislature Chamber Chambers Committee Committees Cabinet
    Council Tribunal Hearing Session Plenary Caucus Conference Court Courts Camera Interview
    Writing Print Person Public Private""".split()
)
# The endings of a capitalised common noun, never a language's name in English copy ("said in
# Writing", "explained in Training that", "asked in Consultation whether").
_COMMON_NOUN_ENDINGS = ("ing", "tion", "sion", "ment", "ness", "ship")
# Nouns ending in "-ly", which an adverb's test would take for one ("a Tamil family saga").
LY_NOUNS = frozenset("family supply rally assembly monopoly anomaly ally tally reply homily folly lily".split())


def ly_adverb(word: str) -> bool:
    """Whether lower-case ``word`` ends as an adverb in "-ly" ("quickly", "repeatedly") and is not
    one of the nouns so spelled (:data:`LY_NOUNS`: "family", "rally")."""
    return word.endswith("ly") and word not in LY_NOUNS


# A verb only a language follows as its object, or with "in" ("speaks Kreyòl", "spoke in Guaraní",
# "sang one verse in Kriolu", "answer in Kreyòl"): a word no list holds read there is a language
# (unlisted_languages); never "said in" (a town: "police said in Harlingen"), "hear", "between" nor
# "learn" (a poem: "learn Guba"). A performer "performs in Tiv" (round s40-e2: held-out 33's GPE).
_UNLISTED_VERBS = tuple(
    """speak speaks spoke spoken speaking sang sung sing sings singing answer answers answered reply replies
    replied teach teaches taught translated dubbed subtitled fluent perform performs performed
    performing""".split()
)
# A verb of writing is a language's only with "it"/"them" between ("wrote it in Kurmanji": round
# s40-e2): "wrote in Nature", "writes in Forbes" name a publication.
_WRITING_VERBS = tuple("write writes wrote written writing".split())
# A verb of reading is a language's only read out or aloud and "in" after it ("the count was read
# out in Bunun": issue #16, round s47-e2, held-out 40's GPE): "read Bunun" may be a book.
_READING_VERBS = tuple("read reads reading".split())
_UNLISTED_VERB_SET = frozenset((*_UNLISTED_VERBS, *_WRITING_VERBS, *_READING_VERBS, "translating"))
# (a translation's source after "from": "answers translated from Mẽbêngôkre by her brother": issue
# #16, round s51-e, held-out 44's LANGUAGE was no name; "translated from the Spanish" is read elsewhere)
_UNLISTED_CUE = re.compile(
    rf"\b(?:(?:translated|translating) from(?= )|(?:{'|'.join(_UNLISTED_VERBS)})(?: (?:it|them))?"
    rf"|(?:{'|'.join(_WRITING_VERBS)}) (?:it|them)"
    rf"|(?:{'|'.join(_READING_VERBS)}) (?:out|aloud)(?= in ))"
    rf"(?: (?:only|mostly|mainly|first|fluent|broken|basic|good|perfect|little|native))?(?: (?:in|into))? "
    rf"(?P<word>{CAP}{LETTER}+)(?![\w'’-])"
)


# The listed towns and regions without their accents ("Montreal" for "Montréal"): one list, the
# gazetteer's, also read by the colon datelines (round s32-r).
_places_folded = places_folded


# A list of two or more capitalised names before "speakers" or "-speaking": "Dakota and Nakota
# speakers", "Tsotsil, Tseltal and Chol speakers" (round s33-n). A single word there may be an
# adjective opening the sentence ("Native speakers", "Keynote speakers"); a list of them is rare.
_SPEAKERS_LIST = re.compile(
    rf"(?<![\w'’-])((?:{CAP}{LETTER}+, )*{CAP}{LETTER}+,? (?:and|or) {CAP}{LETTER}+)(?:\s+speakers\b|-speaking\b)"
)


def _speakers_list(text: str, every: frozenset[str]) -> set[str]:
    """The unlisted names of each list before "speakers" (:data:`_SPEAKERS_LIST`) none of whose
    names is a town's, a region's, a cue's, a title's, a month's or an English stop or common
    word. Read only in a text that uses another language as one (:func:`language_spans`): a
    brand's or a party's speakers ("Sonos and Bose", "Labour and Conservative") are no language."""
    out: set[str] = set()
    for m in _SPEAKERS_LIST.finditer(text):
        words = re.findall(rf"{CAP}{LETTER}+", m.group(1))
        if any(
            w in _NOT_LANGUAGES
            or w in city_names()
            or w in region_names()
            or w in _places_folded()
            or w.lower() in STOP_WORDS
            or w.lower() in COMMON_WORDS
            or cue_label(w)
            or is_title(w)[0]
            for w in words
        ):
            continue
        out.update(w for w in words if w not in every)
    return out


def _no_name_but_a_language(word: str) -> bool:
    """Whether ``word`` may be a language's name no list holds: no word that is never one
    (:data:`_NOT_LANGUAGES`), no given name, town, region or other place the gazetteers know."""
    return (
        word not in _NOT_LANGUAGES
        and word not in given_names()
        and word not in city_names()
        and word not in region_names()
        and word not in _places_folded()
    )


# A word after a preposition of place with no capitalised word after it: "in Ulaanbaatar and",
# "flew to Oporoma." (:func:`_placed_elsewhere`).
_PLACE_PREPOSITION = r"(?<![\w'’-])(?:in|at|from|to|near|outside|around|across)\s+"


def _placed_elsewhere(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` after a preposition of place somewhere no verb of saying
    stands right before it ("Reporting by X in Ulaanbaatar and Y in Hong Kong" beside "told us in
    Ulaanbaatar that"): a place's name the article says things in, no language (round s53-e)."""
    for m in re.finditer(rf"{_PLACE_PREPOSITION}{re.escape(word)}(?![\w'’-])(?!\s+{CAP})", text):
        if _SAID_IN_CLAUSE_CUE.match(text, max(0, m.start() - 40)) is None and not re.search(
            r"\b(?:said|says|asked|asks|explain|explains|explained|explaining|prayed|prays|me|us|him|her|them|you),? $",
            text[max(0, m.start() - 40) : m.start()],
        ):
            return True
    return False


def unlisted_languages(text: str, every: frozenset[str]) -> frozenset[str]:
    """Words no list of languages holds that the text uses as a language's name after a verb of
    speaking, singing, answering, learning or teaching (:data:`_UNLISTED_CUE`): "Almost every
    Haitian speaks Kreyòl", "She spoke in Guaraní" (a listed name written with its own accents:
    "Guarani"); not a town, a region or a given name, nor a word before a capitalised one."""
    out: set[str] = set()
    if " in " in text and ('"' in text or "“" in text or "'" in text or "‘" in text):
        # a language a quoted gloss is in, whatever lists hold its name (a region's too: "Sakha")
        out.update(
            m.group("word")
            for m in _GLOSS_CUE.finditer(text)
            if m.group("word") not in every and m.group("word") not in _NOT_LANGUAGES
        )
    if "translat" in text or "interpret" in text:
        out.update(
            w
            for m in _TRANSLATED_CUE.finditer(text)
            if (w := m.group("word")) not in every
            and w not in _NOT_LANGUAGES
            and w not in city_names()
            and w not in region_names()
            and w not in _places_folded()
        )
    if " in " in text:
        out.update(
            w
            for m in _SAID_IN_CLAUSE_CUE.finditer(text)
            if (w := m.group("word")) not in every
            and not w.endswith(_COMMON_NOUN_ENDINGS)
            and _no_name_but_a_language(w)
            and fold(w) not in capitals()
            and not _placed_elsewhere(text, w)
        )
    if any(kind in text for kind in ("tongue", "language", "creole", "dialect", "vernacular", "patois")):
        out.update(
            w
            for cue in (_APPOSED_CUE, _HYPHEN_LANGUAGE_CUE)
            for m in cue.finditer(text)
            if (w := m.group("word")) not in every and _no_name_but_a_language(w)
        )
    if " there " in text or " we " in text or " they " in text or " you " in text or " people " in text:
        # "in Chukchi there are separate terms for", '"In Gullah we say"' (round s37-e)
        out.update(
            w
            for m in _IN_SUBJECT_CUE.finditer(text)
            if (w := m.group("word")) not in every and _no_name_but_a_language(w)
        )
    if " in " in text:
        out.update(
            w
            for m in _WORKS_CUE.finditer(text)
            if (w := m.group("word")) not in every
            and _no_name_but_a_language(w)
            and used_as_language(text, m.end("word"))
        )
    # (Every match's verb is a whole run of word characters, a space after it: a text without
    # one of those words, most, is not searched.)
    if text_words(text).isdisjoint(_UNLISTED_VERB_SET) or not _UNLISTED_CUE.search(text):
        return frozenset(out)
    for m in _UNLISTED_CUE.finditer(text):
        word = m.group("word")
        if word in every or word in _NOT_LANGUAGES or word in city_names() or word in region_names():
            continue
        if word.isascii() and word in _places_folded():
            continue  # "We spoke in Montreal" (listed as "Montréal"; "Guaraní" is no "Guarani")
        if word in given_names() or not used_as_language(text, m.end("word")):
            continue
        out.add(word)
    return frozenset(out)


# The marks written for a glottal stop or an elision inside a name: CLDR writes the modifier letter
# apostrophe (U+02BC, "Gwichʼin"), news the typewriter's or the typographer's one ("Gwich'in").
_APOSTROPHES = re.compile("[ʼ'’]")


@cache
def language_names() -> tuple[frozenset[str], frozenset[str]]:
    """(every listed language, the core ones) from ``languages.txt``; a name with an apostrophe
    inside in each of its three spellings (:data:`_APOSTROPHES`)."""
    every: set[str] = set()
    core: set[str] = set()
    for line in FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, flag = line.partition("\t")
        forms = {_APOSTROPHES.sub(mark, name) for mark in "ʼ'’"} if _APOSTROPHES.search(name) else {name}
        every.update(forms)
        if flag == "1":
            core.update(forms)
    return frozenset(every), frozenset(core)


def used_as_language(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is not an adjective before a noun ("Thai cuisine")."""
    rest = text[end : end + 40]
    if not rest or not rest[0].isspace():
        return True  # punctuation or the end: "in Urdu, Punjabi", "learned his English."
    if "\n" in rest[: len(rest) - len(rest.lstrip())]:
        return True  # the end of a line: a headline's "… keyboard for Upper Sorbian" (round s34-c)
    m = re.match(r"\s+(\S+)", rest)
    if m is None:
        return True
    nxt = m.group(1).rstrip(".,;:!?\"'”’)")
    if not nxt or not nxt[0].isalpha():
        return True
    if nxt[0].isupper():
        return False  # "English Premier League", "Thai Airways": part of a longer name
    if (
        nxt in ("and", "or")
        and (pair := _PAIRED_BEFORE_NOUN.match(rest)) is not None
        and not _LISTED_BEFORE.search(text, max(0, end - 60), end)
    ):
        noun = pair.group(1)
        if noun not in _AFTER_OK and not ly_adverb(noun) and not _LANGUAGE_NOUN.match(rest, pair.start(1) - 1):
            return False  # "Malagasy and French exporters", "Tatar and Chuvash villages": adjectives of a noun
    return nxt in _AFTER_OK or ly_adverb(nxt) or nxt.startswith("mid-")


def _language_words(text: str, every: frozenset[str]) -> list[re.Match[str]]:
    """The matches of ``_WORD.finditer(text)`` naming a language of ``every``, in text order.

    A match of _WORD is a whole run of word characters and the marks on their letters
    (letters.LETTER holds tokens.LETTER_MARKS; nothing of \\w on either side), so it is one of
    the text's words (``text_words`` runs over the same characters; an invisible character such as
    a soft hyphen beside it belongs to neither: review s48-rve finding 5): only the language names
    among them are looked for, each where it occurs. (_WORD, opening with a lookbehind, was tried at every position
    of the text, and all its capitalised words were read in Python.)"""
    found = []
    words = text_words(text)
    for name in every.intersection(words):
        at = text.find(name)
        while at >= 0:
            if (m := _WORD.match(text, at)) is not None and m.group(1) == name:
                found.append(m)
            at = text.find(name, at + 1)
    # names of several words ("Tok Pisin", "Upper Sorbian"), looked for where their first word is;
    # a one-word name inside one is no name of its own ("Gaelic" of "Scottish Gaelic")
    longer = [
        m
        for name, pattern in _several_words()
        if _APOSTROPHES.split(name.partition(" ")[0])[0] in words and name in text
        for m in pattern.finditer(text)
    ]
    if longer:
        found = [m for m in found if not any(o.start(1) <= m.start(1) and m.end(1) <= o.end(1) for o in longer)]
        found += longer
    found.sort(key=lambda m: m.start())
    return found


@cache
def _several_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The listed languages named in several words, each with its pattern (as :data:`_WORD`'s);
    and those with an apostrophe inside (a text's words end at it: "Gwich'in")."""
    return tuple(
        (name, re.compile(rf"(?<![\w'’-])({re.escape(name)})(?![\w'’]|-(?!speaking\b|speakers?\b|language\b))"))
        for name in sorted(language_names()[0])
        if " " in name or _APOSTROPHES.search(name)
    )


def language_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each language name used as a language in ``text``; in a text that uses
    one so, the names of a list before "speakers" too ("Dakota and Nakota speakers" beside
    "taught in Lakota": :func:`_speakers_list`; never "Apple and Samsung speakers" nor
    "Labour and Conservative speakers" in a text that speaks of no language)."""
    every, core = language_names()
    every = every | unlisted_languages(text, every)
    out = _spans(text, every, core)
    if out and "speak" in text and (extra := _speakers_list(text, every)):
        out = _spans(text, every | extra, core)
    return out


# The labels a lone language name may have been given by a rule that did not see it used as a
# language ("Swahili" a GPE, "Tamil" a NORP): the article's one sense retypes them.
_RETYPED = frozenset({"NORP", "GPE", "LOC"})
# A capitalised word and "of" right before a mention: the end of a longer name ("the Leech Lake
# Band of Ojibwe", "Academy of Santali"), no language on its own.
_OF_NAME_BEFORE = re.compile(rf"{CAP}[\w'’-]* of $")
# A verb in the past right after a bare mention: its subject, no adjective of a noun ("after Santali
# entered the Constitution", "speaking Livonian died"); not a noun so spelled ("bed", "seed", "shed").
_PAST_VERB_AFTER = re.compile(r" (?:[a-z]{3,}(?<!e)ed|died)\b")


def _bare_mentions(text: str, spans: list[tuple[int, int]], chosen: list[Cand]) -> list[tuple[int, int]]:
    """``spans`` with the article's other mentions of each name they read as a language where
    no cue stands ("Twenty-three years after Santali entered the Constitution", "placed Santali in
    the Eighth Schedule" beside "teaches Santali"; issue #16, round s42-e: held-out 35's LANGUAGEs
    were no name), one sense per article, before no noun (:func:`used_as_language`) or before a verb in
    the past (:data:`_PAST_VERB_AFTER`); and the lists such a mention opens ("beside Bengali, Tamil
    and Hindi", :func:`_list_goes_on`). Not a mention before a noun ("a Santali reader", the people's
    or an adjective), after a lower-case "the" (the people: :func:`_the_people`), inside a
    longer name (:func:`_in_longer_name`: "the Santali Writers' Association", :data:`_OF_NAME_BEFORE`:
    "the Leech Lake Band of Ojibwe") nor where a rule read
    another kind of name in ``chosen`` (sorted candidates: the speaker's label "Lepcha:" of an
    interview, a PERSON); a word read a people or a place alone is retyped (:data:`_RETYPED`)."""
    have = set(spans)
    out = list(spans)
    for word in {text[s:e] for s, e in spans}:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
            s, e = m.span()
            if (
                (s, e) in have
                or _the_people(text, s)
                or _in_longer_name(text, s)
                or _OF_NAME_BEFORE.search(text, max(0, s - 60), s)
            ):
                continue
            if not used_as_language(text, e) and _PAST_VERB_AFTER.match(text, e) is None:
                continue
            k = bisect_left(chosen, (s,))
            here = [c for c in chosen[max(0, k - 1) : k + 2] if c[0] < e and s < c[1]]
            if all((c[0], c[1]) == (s, e) and c[2] in _RETYPED for c in here):
                out.append((s, e))
    if len(out) == len(spans):
        return spans
    return _list_goes_on(text, sorted(out), language_names()[0])


# A person's possessive before a name in a people's tradition: "whose Tlingit name was Kaalkáawu",
# "his Mohawk name" (the people's, NORP), never "a Kumyk and a Russian name" nor a thing's "its
# Polish name" (a name in the language).
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])(?:whose|his|her|their|my|our|your) $", re.I)


# "speech" and "script" after a people's adjective are as often a speech given by one of that
# people or a draft text ("a French speech at the UN", "the Turkish script of the deal": review
# s49-rv finding 17) as the language: they mark one only right after "in" ("sang it in Pomak
# speech", "written first in Arabic script", round s49-e's held-out 40 and 42 cases), or, for
# "script", after the name of a writing system (:data:`WRITING_SYSTEMS`: "the Cyrillic script").
_SPEECH_OR_SCRIPT = re.compile(r"\s+(speech|script)\b")
_IN_BEFORE = re.compile(r"(?<![\w'’-])in $", re.I)
# Writing systems named as languages are ("Arabic script", "Latin script"): the scripts of ISO
# 15924's code list (Unicode's Script property values) whose English names are also language or
# people words the recogniser reads.
WRITING_SYSTEMS = frozenset(
    """Arabic Armenian Bengali Cyrillic Devanagari Georgian Greek Gujarati Gurmukhi Hebrew Kannada
    Khmer Lao Latin Malayalam Mongolian Oriya Sinhala Syriac Tamil Telugu Thai Tibetan Tifinagh
    Cherokee Coptic Glagolitic Runic Ogham""".split()
)


def _speech_or_script(text: str, s: int, e: int) -> bool:
    """Whether the language name at ``text[s:e]`` is followed by "speech" or "script" that mark it
    a language (:data:`_SPEECH_OR_SCRIPT`): right after "in", or a writing system's name before
    "script"."""
    m = _SPEECH_OR_SCRIPT.match(text, e)
    if m is None:
        return False
    if _IN_BEFORE.search(text, max(0, s - 4), s) is not None:
        return True
    return m.group(1) == "script" and text[s:e] in WRITING_SYSTEMS


def _language_noun(text: str, s: int, e: int) -> bool:
    """Whether the language name at ``text[s:e]`` is followed by a noun only a language goes
    before (:data:`_LANGUAGE_NOUN`), a person's "name" after a possessive left out (:data:`_OWNER_BEFORE`),
    or by "speech" or "script" read as its (:func:`_speech_or_script`)."""
    if _speech_or_script(text, s, e):
        return True
    m = _LANGUAGE_NOUN.match(text, e)
    if m is None:
        return False
    return m.group().strip() != "name" or _OWNER_BEFORE.search(text, max(0, s - 8), s) is None


def _spans(text: str, every: frozenset[str], core: frozenset[str]) -> list[tuple[int, int]]:
    """:func:`language_spans` for the language names ``every`` (``core``: the core ones)."""
    out: list[tuple[int, int]] = []
    last_end = -1
    seen: list[tuple[int, int]] = []  # every language name so far, used as one or not
    for m in _language_words(text, every):
        name = m.group(1)
        s, e = m.span(1)
        seen.append((s, e))
        before = text[max(0, s - 60) : s]
        listed = last_end >= 0 and _LIST.match(text[last_end:s]) is not None
        if _LANGUAGE_AFTER.match(text, e) or _language_noun(text, s, e) or _APPOSED.match(text, e):
            # the list before it shares the noun: "English and French subtitles", "Welsh and
            # Gaelic speakers" (round s33-n: Welsh was NORP)
            k = len(seen) - 1
            while k and _LIST.match(text[seen[k - 1][1] : seen[k][0]]) and seen[k - 1] not in out:
                k -= 1
            out.extend(seen[k:])
            last_end = e
            continue
        if text.startswith("-", e):
            continue  # "French-born": an adjective, not the language
        if name in core and (lm := _IN_LIST.search(before)) is not None and used_as_language(text, e):
            # (an item of a listed language's several words is one: "in Upper Sorbian, Lower Sorbian and German")
            # the list before "and"/"or", the one name before "not in", the list before "as well as"
            g = next(k for k in (1, 2, 3) if lm.group(k) is not None)
            words = list(_IN_LIST_ITEM.finditer(lm.group(g)))
            if not any(w.group() in _NOT_LANGUAGES for w in words):
                at = s - len(before) + lm.start(g)
                out.extend((at + w.start(), at + w.end()) for w in words if (at + w.start(), at + w.end()) not in out)
                out.append((s, e))
                last_end = e
                continue
        cue = (
            listed
            # a name of several words is a language's alone ("Tok Pisin", "Upper Sorbian")
            or " " in name
            or _VERB.search(before) is not None
            or _GIVEN_IN.search(before) is not None
            or _GLOSS_IN.search(before) is not None
            or _WORKS_IN.search(before) is not None
            or any(
                m.start("word") == s for m in _TRANSLATED_CUE.finditer(text, max(0, s - 80), min(len(text), e + 100))
            )
            or (name in core and (_IN.search(before) is not None or _HOW_WELL.search(before) is not None))
            # "in" before it and a clause's subject after it: '"In Bikol we call this …"', "in
            # Chukchi there are separate terms" (round s37-e)
            or (
                _IN.search(before) is not None
                and (_SUBJECT_AFTER.match(text, e) is not None or _IT_AFTER.match(text, e) is not None)
            )
        )
        if cue and (
            used_as_language(text, e)
            or _SUBJECT_AFTER.match(text, e) is not None
            or _IT_AFTER.match(text, e) is not None
            # the clause goes on with its verb ("the last person to grow up speaking Livonian died":
            # round s44-e, held-out 37's GPE), no noun the name describes
            or _PAST_VERB_AFTER.match(text, e) is not None
        ):
            out.append((s, e))
            last_end = e
    return sorted(_list_goes_on(text, out, every))


def _list_goes_on(text: str, spans: list[tuple[int, int]], every: frozenset[str]) -> list[tuple[int, int]]:
    """``spans`` with the items of a list that a language read as one opens (:data:`_LIST_NEXT`:
    "speaks Turkmen, Dari and Pashto", "in English and Kiswahili"), listed or not, while each is
    used as a language (no noun after it) and is no month, town, region or given name. An unknown
    word after "(but) not (in)" whose list a comma clause follows is a place (:data:`_NOT_IN_LIST_THEN_COMMA`)."""
    out = set(spans)
    todo = sorted(out)
    while todo:
        _s, e = todo.pop()
        m = _LIST_NEXT.match(text, e)
        if m is None or m.span(1) in out:
            continue
        # a listed name of several words going on from the item's first ("including Sorbian, North
        # Frisian and Kashubian")
        longer = next(
            (
                o
                for name, pattern in _several_words()
                if text.startswith(name, m.start(1)) and (o := pattern.match(text, m.start(1)))
            ),
            None,
        )
        if longer is not None:
            m = longer
        word = m.group(1)
        if word in _NOT_LANGUAGES or not used_as_language(text, m.end(1)):
            continue
        if " not " in m.group(0) and word not in every and _NOT_IN_LIST_THEN_COMMA.match(text, m.end(1)):
            continue  # "not in Brenzola, where …": a place the message did not reach
        if word not in every and (
            word in given_names() or word in city_names() or word in region_names() or word in _places_folded()
        ):
            continue
        out.add(m.span(1))
        todo.append(m.span(1))
    return sorted(out)


# A noun-less word after a people's name that "a"/"an" opens: "a Tsimshian from Metlakatla", "a
# Chipewyan, she said": one of the people.
_ONE_BEFORE = re.compile(r"(?<![\w'’-])[Aa]n? $")
_ONE_OF_AFTER = re.compile(r"(?:\s+(?:from|of|who|whose|by|and|or|in|on|at|with)\b|[,;:.)]|$)")


def attributive_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each language name (:func:`language_names`) written before a lower-case
    noun inside a sentence, the people who speak it (OntoNotes NORP): "a Tamil acoustician",
    "other Bengali wives", "the Punjabi singer", "a visiting Haida carver", "the Minangkabau
    system"; after "a"/"an" with no noun after it ("a Tsimshian from Metlakatla"); and a name's
    plural anywhere ("Kalmyks are", "Many Buriats left"). Not at a sentence's start (a language
    such as "Even" is an English word there), not before a word a language is used before
    (:func:`used_as_language`: "in Tamil and Sinhala") nor a language's noun ("Tamil lessons");
    a name no two-letter code has is read so only when it is no town's, region's, English stop or
    common word (round s37-e: heldout30's "Haida", "Tlingit", "Minangkabau", "Tsimshian" and
    "Kalmyks" were no name)."""
    every, core = language_names()
    out: list[tuple[int, int]] = []
    words = text_words(text)
    for m in _language_words(text, every):
        s, e = m.span(1)
        name = m.group(1)
        if " " in name:
            continue
        if name not in core and not _people_word(name):
            continue
        before = text[max(0, s - 3) : s].rstrip(" \t\"“‘'(")
        if not before or before[-1] in ".!?:\n":
            continue  # a sentence's or a line's first word
        if _language_noun(text, s, e) or (
            _IN.search(text, max(0, s - 5), s) is not None and _SUBJECT_AFTER.match(text, e) is not None
        ):
            continue  # "Tamil lessons", '"In Bikol we call this"': the language
        if re.match(r" [a-z]", text[e : e + 2]) and not used_as_language(text, e):
            out.append((s, e))
        elif _ONE_BEFORE.search(text, max(0, s - 4), s) and _ONE_OF_AFTER.match(text, e):
            out.append((s, e))  # "a Tsimshian from Metlakatla"
    # plurals: "Kalmyks", "Buriats" (a listed name and "s", no listed name itself)
    for word in words:
        if len(word) < 5 or not word.endswith("s") or not word[:1].isupper() or word[:-1] not in every:
            continue
        if word in every or not _people_word(word[:-1]) or word in given_names() or word in city_names():
            continue
        for pm in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
            # never a word of a longer name ("Institut d'Estudis Occitans", "Kalmyks United")
            if not CAP_NEXT.match(text, pm.end()) and not _in_longer_name(text, pm.start()):
                out.append(pm.span())
    return sorted(set(out))


CAP_NEXT = re.compile(rf" {CAP}")
# A particle of another language's name right before a word ("Institut d'Estudis Occitans",
# "Casa de los Mayas"), or a capitalised word inside a sentence.
_PARTICLE_BEFORE = re.compile(r"(?:\b(?:d['’]|de|del|des|di|da|du|dels|la|los|las|les)|d['’]) ?$")
_CAP_WORD_BEFORE = re.compile(rf"(?:(?<=[\w,;] )|(?<=\w['’])){CAP}[\w'’-]* $")


def _in_longer_name(text: str, s: int) -> bool:
    """Whether the word at ``s`` follows a name's particle ("d'", "de") or a capitalised word that
    no sentence opens ("Institut d'Estudis Occitans", "the Kalmyk Buriats Fund"): a longer name's."""
    before = text[max(0, s - 40) : s]
    if _PARTICLE_BEFORE.search(before):
        return True
    m = _CAP_WORD_BEFORE.search(before)
    return m is not None and m.group().strip().lower() not in STOP_WORDS


def _people_word(name: str) -> bool:
    """Whether a listed language's one-word ``name`` may be read as its people: no town's,
    region's, given name, English stop or common word ("Ewe", "Even" are words)."""
    low = name.lower()
    return not (
        low in STOP_WORDS
        or low in COMMON_WORDS
        or name in city_names()
        or name in region_names()
        or name in given_names()
        or cue_label(name) is not None
        or is_title(name)[0]
    )


# English names of languages that CLDR has since renamed and news still writes (code → name; CLDR
# 40 made "bn" "Bangla", "or" "Odia", "fa" keeps "Persian"): "a column in Bengali", "Oriya"; and the
# other English name news writes for one ("sl" is "Slovenian" to CLDR: "a hymn in Slovene"; "gd"
# "Scottish Gaelic", two words no rule reads: "offered in Gaelic").
# (and news's spellings of CLDR's "Baluchi", "Papiamento" and "Ojibwa": "told the house in Balochi",
# "a Papiamentu carnival song", "In Ojibwe it is manoomin"; round s37-e)
_FORMER_NAMES = {
    "bn": "Bengali",
    "or": "Oriya",
    "fa": "Farsi",
    "sl": "Slovene",
    "gd": "Gaelic",
    "bal": "Balochi",
    "pap": "Papiamentu",
    "oj": "Ojibwe",
}


# CLDR's compass words opening a language's name and the ones English news writes there: "Northern
# Frisian" is "North Frisian", "Northern Sami" "North Sami", "Western Frisian" "West Frisian".
_COMPASS_FORMS = {"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West"}


def _name_forms(name: str) -> list[str]:
    """``name`` and, opened by a compass adjective, its form with the compass noun
    (:data:`_COMPASS_FORMS`)."""
    first, _, rest = name.partition(" ")
    return [name, f"{_COMPASS_FORMS[first]} {rest}"] if rest and first in _COMPASS_FORMS else [name]


def write_language_names(path: Path = FILE) -> int:
    """Regenerate ``languages.txt`` from babel's CLDR data (a development step); returns the count.
    Names of one to three capitalised words ("Hmong", "Tok Pisin", "Swiss High German"); no
    regional variant ("British English": a code with a region) nor a place or a given name."""
    import babel
    from babel import Locale

    from waic_reader.index.analysis.entities.gazetteer import city_names, region_names
    from waic_reader.index.analysis.entities.given_names import given_names

    places = city_names() | region_names()
    names: dict[str, bool] = {}
    for code, cldr in [*Locale("en").languages.items(), *_FORMER_NAMES.items()]:
        words = cldr.split(" ")
        if "_" in code or len(words) > 3 or not all(w.isalpha() and w[:1].isupper() for w in words) or len(cldr) < 3:
            continue
        for name in _name_forms(cldr):
            if name in given_names():
                continue  # "Cheyenne" (names of two letters, "Ga", are too short)
            # "in Somali" may be the region: a place's name is a language only after a verb or in a list
            names[name] = names.get(name, False) or (len(code) == 2 and name not in places)
    header = (
        f"# Languages: CLDR's English names (babel {babel.__version__}), one to three words, less given names\n"
        "# and regional variants, with North/South/East/West for CLDR's Northern/Southern/Eastern/Western;\n"
        "# 1: an ISO 639-1 (two-letter) language whose name is no place. Regenerate: python -m waic_reader.index.analysis.entities.languages\n"
    )
    lines = [f"{name}\t{int(flag)}" for name, flag in sorted(names.items())]
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    print(write_language_names(), "names written to", FILE)


_THE_BEFORE = re.compile(r"(?<![\w'’-])(?:the|[Aa]n?) $")


def _the_people(text: str, s: int) -> bool:
    """Whether the name at ``s`` follows a lower-case "the" that no verb of speaking or translating
    makes a language's ("recognised the Ainu as an indigenous people", never "translated from the
    Hungarian"), or "a"/"an" ("Not a Sherpa, not an Englishman"): the people, as "the English"
    are, or one of them."""
    return _THE_BEFORE.search(text, max(0, s - 4), s) is not None and _VERB.search(text[max(0, s - 60) : s]) is None


def language_mentions(text: str, chosen: list[Cand]) -> list[Cand]:
    """A language name used as a language ("spoke Hmong", "in Urdu, Punjabi and Somali") is a
    LANGUAGE, whatever the word was typed as (a nationality, a place); one inside a longer name
    ("the Irish Times") is left alone."""
    spans = language_spans(text)
    if spans:
        spans = _bare_mentions(text, spans, chosen)
    out = list(chosen)
    # A core language before a lower-case noun no rule named is the people who speak it ("a Tamil
    # acoustician", "Bengali wives"; heldout20, session 27: nothing), as a demonym is; not where
    # the article uses the word as a language (one sense per article, below).
    as_language = {text[s:e] for s, e in spans}
    for s, e in attributive_spans(text):
        if text[s:e] in as_language:
            continue
        k = bisect_left(out, (s,))
        if not any(c[0] < e and s < c[1] for c in out[max(0, k - 1) : k + 1]):
            out.insert(k, (s, e, "NORP", entity_key("NORP", text[s:e])))
    if not spans:
        return out
    for s, e in spans:
        k = bisect_left(out, (s,))
        here = [c for c in out[max(0, k - 1) : k + 3] if c[0] < e and s < c[1]]
        # part of a longer name, or holding another language ("Gaelic" of "Scottish Gaelic"); the
        # words of a language of several read alone go ("Scottish" NORP of "Scottish Gaelic")
        if any(c[0] < s or c[1] > e or ((c[0], c[1]) != (s, e) and c[2] == "LANGUAGE") for c in here):
            continue
        for c in here:
            out.remove(c)
        k = bisect_left(out, (s,))
        out.insert(k, (s, e, "LANGUAGE", entity_key("LANGUAGE", text[s:e])))
    # One sense per article: a word the article uses as a language is that language at its
    # other mentions too ("Novels from Hungarian, Tamil and Georgian", beside "translated from
    # the Tamil"), or, before a noun, the people who speak it ("a Tamil family saga"), never a
    # place that "in Tamil" made of it.
    used = {text[s:e] for s, e in spans}
    for k, (s, e, label, key) in enumerate(out):
        if (
            # (a lone word the article uses as a language is no body's short form either: "Sorbian"
            # of "the Sorbian Institute", round s34-c)
            (label in ("NORP", "GPE", "LOC") or (label == "ORG" and " " not in text[s:e]))
            and text[s:e] in used
            and text[s - 1 : s] != "-"
            and text[e : e + 1] != "-"
        ):
            label = "LANGUAGE" if used_as_language(text, e) and not _the_people(text, s) else "NORP"
            out[k] = (s, e, label, entity_key(label, text[s:e]))
    # A language no list holds, read once after a verb of speaking ("speaks Kreyòl"), is that
    # language at its other mentions no rule typed ("use Kreyòl to help new arrivals"); any language
    # read so, after a lower-case "the", the people ("recognised the Māori as", round s34-c).
    every = language_names()[0]
    for word in used:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
            s, e = m.span()
            k = bisect_left(out, (s,))
            if any(c[0] < e and s < c[1] for c in out[max(0, k - 1) : k + 1]) or not used_as_language(text, e):
                continue
            if _the_people(text, s):
                out.insert(k, (s, e, "NORP", entity_key("NORP", word)))
            elif word not in every:
                out.insert(k, (s, e, "LANGUAGE", entity_key("LANGUAGE", word)))
    return out
