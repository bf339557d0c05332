"""Names typed by the words around them, where their own shape says too little.

The recogniser (``recogniser.py``) types a name by its own words ("Pelican Robotics" by
"Robotics", "Dr" before a person). Many names have no such word: a one-word company
("Norlinka"), a company named after a family ("Acme Analytica"), a rating agency written as a
possessive ("Dunmore's"). News prose names what they are next to them; these rules read that:

* an apposition naming a kind of organisation: "Acme Analytica, the data firm", "Vindhavet, a
  joint venture";
* a relation only organisations have: "run by Norlinka", "owned by Statvind and Oresund Kraft",
  "a joint venture of Estgrid and Latvenergo", "shares of Brightwave", "Gridmover shares",
  "analysts at Corrimal Fenwick", "a spokeswoman for Ardent Biologics";
* a possessive name a rating agency or bank goes by: "Dunmore's rating agency", "Fitchley's
  analysts", "Moody's downgraded", "Moody's Investors Service" (the "'s" is part of the name);
  any other possessive ("Kestrel's chief executive") is the name without its "'s";
* a product's model name: "the Helix 3 processor", "the Stacker X2 robot".

Each rule gives candidates ``(start, end, label)``; the recogniser lets them compete with its
own (longest span first) and never lets them override a gazetteer name.

:func:`echo_headlines` then types the words of headlines (title case or all caps, where
capitals say nothing) by the names the article's prose has typed: "QUAKE ROCKS VALDMARK COAST"
after "Valdmark" is a place in the text, "Judge halts takeover of Harbor & Sons" after "Harbor &
Sons" is an organisation there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    CUES,
    FACILITY_KINDS_BEFORE,
    FACILITY_MODIFIERS,
    GROUP_KIND_CUES,
    KIN,
    NUMBERED_NOUNS,
    PERSON_NOUNS,
    PLACE_OF,
    SAINT_FIRSTS,
    STRUCTURE_NOUNS,
    TITLE_CORE,
    TITLE_MOD,
    WEEKDAYS_MONTHS,
    job_word,
    kind_of_word,
)
from waic_reader.index.analysis.entities.mentions import NAME_LABELS
from waic_reader.index.analysis.entities.numbered_outlets import numbered_outlets
from waic_reader.index.analysis.entities.words import SPEECH_AFTER, WHO_AFTER, given_word, is_title
from waic_reader.index.analysis.lexicon import AIR_SERVICES, CHANGE_VERBS, IRREGULAR_PAST, OPERATED_CRAFT, craft_forms
from waic_reader.index.corpus.letters import CAP, LOWER
from waic_reader.index.corpus.tokens import text_words

# One to four capitalised words: the name a cue is about ("&" may join them: "Harbor & Sons").
# A possessive ends it ("Bank Nusantara Raya's Singapore branch": the bank, then a place), unless
# it names a group inside the name ("People's Party", "St Mary's School").
_INNER_POSSESSIVE = "".join(
    rf"|(?<={h}['’]s)" for h in "People Women Children Men Workers Farmers Citizens Veterans St Saint".split()
)
_NAME = rf"{CAP}[\w'’.-]*[\w](?:(?:(?<!['’]s){_INNER_POSSESSIVE})(?: & | ){CAP}[\w'’.-]*[\w]){{0,3}}"
# The cargoes a ship's type is named by before "carrier" ("bulk carrier", "LNG carrier": the ship
# types of the shipping trade's registers); one list for the ship reading (_SHIP_KINDS) and the firm
# reading it keeps off (_ORG_NOUNS), so the two stay in step (review s52-rv #18).
_CARRIER_CARGOES = ("bulk", "ore", "oil", "gas", "car", "vehicle", "LNG", "LPG", "aircraft")
# Nouns for a kind of organisation, after "Name, the/a ...".
_ORG_NOUNS = (
    r"company|firm|start-?up|group|maker|manufacturer|venture|bank|lender|insurer|utility|operator|"
    # (a carrier by its cargo is a ship: "the Coral Meridian, a bulk carrier that", _SHIP_KINDS)
    + "".join(rf"(?<!{cargo} )" for cargo in _CARRIER_CARGOES)
    + r"carrier|"
    r"airline|retailer|chain|developer|producer|supplier|agency|charity|broker|brokerage|"
    r"conglomerate|subsidiary|consultancy|laboratory|foundation|publisher|broadcaster|outlet|"
    r"exchange|watchdog|regulator|shipbuilder|shipyard|miner|automaker|carmaker|chipmaker|"
    r"drugmaker|builder|contractor|fund|trust|union|club|university|institute|think[- ]tank|"
    r"organi[sz]ation|association|coalition|party"
)
# The kind noun must end its phrase ("the party leader" is a person's title, "the party" not).
_ENDS_PHRASE = (
    r"(?=\s*(?:[,.;:)—–]|$|(?:that|which|whose|based|founded|owned|led|run|in|of|with|from|for|and|behind)\b))"
)
# Found by its tail (the kind noun), then the name is read backwards from the comma: trying the
# name pattern at every capital of the text was most of the recogniser's time.
_APPOSITION_TAIL = re.compile(rf", (?:the|a|an|its|their) (?:[\w-]+ ){{0,3}}?(?:{_ORG_NOUNS})s?{_ENDS_PHRASE}")
_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<name>{_NAME})$")
# A thing's name before its apposition: capitalised words, or a code in capitals with its number.
_THING_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<name>{_NAME}|[A-Z][A-Z0-9]+-\d+)$")
# Relations only an organisation is in. The name after "by" is one to three words (a person
# would be named with a title or a given name, which the recogniser reads first).
_RELATIONS = (
    r"(?:run|owned|operated|controlled|acquired|bought|backed|financed|funded|built|made|supplied) by"
    r"|(?:joint )?venture (?:of|between)|[Ss]hares (?:of|in)|stake in|subsidiary of|unit of|spun off from"
    r"|merger (?:of|with)|takeover of|rival"
    # the firm market analysts work at or a spokesperson speaks for: "analysts at Corrimal Fenwick",
    # "a spokeswoman for Tessin Cocoa" (a person's spokesman is named with a given name or a title)
    r"|(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Bb]rokers?) (?:at|with)|spokes(?:man|woman|person) for"
)
# The body a person heads, in apposition or before a speech verb: "Dieter Vranck, head of Corvane,
# said", "chief of Marrowgate Logistics said" (not "head of Valdmark's navy": the possessive is
# the navy's; not a word the article names a place by, "in Valdmark"; not a title written in
# capitals, "Head of Communications", nor a department, "head of Marketing").
_HEAD_OF = re.compile(rf"\b(?:head|chief|boss) of (?P<name>{_NAME})(?=\s*[,.;)—–]|\s+(?:said|says|told|added)\b)")
_PLACE_USE = "in to from near outside around across".split()
# A firm's own department after a job title ("Head of Communications", "head of Marketing"): a
# part of the body, no body of its own.
_DEPARTMENTS = frozenset(
    "Communications Marketing Sales Research Operations Finance Security Staff Policy Strategy Engineering "
    "Design Legal Compliance Development Technology Digital Media Press News Production Procurement "
    "Investigations Content Product Products Partnerships Programmes Programs Education Training".split()
)
_RELATION_AFTER = re.compile(rf"\b(?:{_RELATIONS}) (?P<name>{_NAME})(?: and (?P<second>{_NAME}))?")
# A kind of organisation written right before its name, or in apposition before it: "told
# broadcaster TVN24", "the lender Banco Rialto", "their company, Setu Pay, processes". Nouns that
# also name a person's job ("developer", "producer") are left out.
_KINDS_BEFORE = (
    r"company|firm|start-?up|carmaker|automaker|chipmaker|drugmaker|shipbuilder|lender|insurer|"
    r"utility|carrier|airline|retailer|conglomerate|subsidiary|consultancy|broadcaster|newspaper|"
    r"journal|magazine|tabloid|news agency|rating agency|"
    r"watchdog|regulator|fintech|charity|club|brokerage|asset manager|investment bank|network operator|"
    # trades and bodies named by what they do: "the brewer Sagres", "Santiago broker Cordillera
    # Valores", "grid operator Litgrid", "the trading house Kestrel Grains", "certifier Kinabalu Assurance"
    r"brewer|brewery|distiller|winery|broker|contractor|certifier|cooperative(?=,)|trading house|"
    # a public body's kind in apposition, its name in commas: "The national fisheries service,
    # Sernapesca, said", "the forestry agency, Serfor,", "The union, Unite," (heldout20, session 27: a
    # PERSON "Sernapesca")
    r"(?:agency|service|union|authority|commission|board|inspectorate|ministry|department)(?=,)|"
    r"exporter|importer|(?<=[a-z] )operator|"
    # a maker of a thing: "printer maker Kurobane Imaging", "chip maker Tessel"
    r"(?<=[a-z] )maker|"
    # a team after its league or country: "Premier League side Kumasi Royal Oaks", "Saudi side Al-Nasr Club"
    r"(?<=[A-Za-z] )side|"
    # a firm after where it is based: "Accra-based Citi Sports", "Dakar-based Teranga Sports Management"
    r"(?<=[a-z]-)(?:based|headquartered)|"
    r"(?<!ethnic )(?<!religious )(?<!age )(?<!pressure )(?<!working )(?<!focus )(?<!support )group"
)
_KIND_BEFORE = re.compile(rf"\b(?:{_KINDS_BEFORE})(?P<comma>,)? (?P<name>{_NAME})(?(comma),|(?=[\s,.;:]))")
# A club, an association or a lodging named after its kind written in lower case, in English or
# French, the name holding a French particle ("le club des Cigales", "l'association Bateliers de
# la Rade", "the hotel Costa Azul", "au camping Les Pins"; round s33-d: PERSONs, or a hotel's
# "Costa" read as Amélie Costa): the body (ORG) or the place it runs (FAC).
_PARTICLED_NAME = rf"{CAP}[\w'’-]*[\w](?: (?:(?:de la|de l['’]|du|des|de|d['’]) ?)?{CAP}[\w'’-]*[\w]){{0,4}}"
_GROUP_KINDS = {kind: CUES[cue] for kind, cue in GROUP_KIND_CUES.items()}
_GROUP_KIND_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:[Ll]['’])?(?P<kind>{'|'.join(_GROUP_KINDS)}) (?:(?:des|du|de la|de l['’]|d['’]) ?)?"
    rf"(?P<name>{_PARTICLED_NAME})(?=[\s,.;:!?)]|$)"
)
# A facility named by its structure noun after it, a material or a working's word or two between
# (lexicons.STRUCTURE_NOUNS, FACILITY_MODIFIERS: "Rescuers at the San Telmo mine", "the San Telmo
# copper mine", "at Morwenna Vale colliery"), and by its kind noun before it in the other languages
# the recogniser reads (lexicons.FACILITY_KINDS_BEFORE: "de la mina San Telmo", "du puits
# Sainte-Barbe", "der Zeche Glückauf Ost"): the facility, FAC (t13y G10: a PERSON "San Telmo" from
# the Spanish wire, no name at all in English). What the name may be: _facility_name.
_FACILITY_AFTER = re.compile(
    rf"(?<![\w'’-])(?:[Tt]he|at|in|near|from|of|['’]s) (?P<name>{_NAME})"
    rf" (?:(?:{'|'.join(sorted(FACILITY_MODIFIERS))}) ){{0,2}}(?:{'|'.join(sorted(STRUCTURE_NOUNS))})\b"
)
_FACILITY_KIND_BEFORE = re.compile(
    rf"(?:(?<=[{LOWER}'’] )(?:{'|'.join(sorted(FACILITY_KINDS_BEFORE))})|(?<=la |ne )mine)"
    rf" (?P<name>{_PARTICLED_NAME})(?=[\s,.;:!?)]|$)"
)
_FACILITY_NEEDS = STRUCTURE_NOUNS | FACILITY_KINDS_BEFORE | {"mine"}


# A speech verb right before a name ("said Kwame Asante"), and the word before a name.
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|asked)\s+$")
_LAST_WORD_BEFORE = re.compile(r"([\w.'’-]+)\s+$")
_FACILITY_TAIL = re.compile(
    rf" (?:(?:{'|'.join(sorted(FACILITY_MODIFIERS))}) ){{0,2}}(?:{'|'.join(sorted(STRUCTURE_NOUNS))})\b"
)


def _read_as_person(text: str, name: str) -> bool:
    """Whether ``text`` reads ``name`` (a facility's, :data:`_FACILITY_AFTER`) as a person's
    where it is not the facility's (no structure noun after it): a title or a job word right
    before it ("Dr. Anna Berg", "founder Kwame Asante"), a speech verb right after or before it
    or ", who" after it ("Kwame Asante, who founded the mine"); for a name opening with a given
    name the recogniser knows, its last word alone so too ("Asante said"). A mine named after
    its founder is then his name and the mine's words, the founder a person elsewhere (review
    s35-rv item 4: every mention of him became the facility)."""
    words = name.split(" ")
    forms = [name]
    if len(words) >= 2 and given_word(words[0]) and len(words[-1]) > 2:
        forms.append(words[-1])
    for form in forms:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])", text):
            if _FACILITY_TAIL.match(text, m.end()):
                continue  # the facility itself
            if form != name and text.startswith(name, max(0, m.end() - len(name))):
                continue  # the surname of the whole name, read with it above
            if SPEECH_AFTER.match(text, m.end()) or WHO_AFTER.match(text, m.end()):
                return True
            head = text[max(0, m.start() - 40) : m.start()]
            if _SPEECH_BEFORE.search(head):
                return True
            before = _LAST_WORD_BEFORE.search(head)
            if before is not None and (is_title(before.group(1))[0] or job_word(before.group(1))):
                return True
    return False


def _facility_name(name: str, before: bool) -> bool:
    """Whether ``name`` (read by :data:`_FACILITY_AFTER`, or :data:`_FACILITY_KIND_BEFORE` when
    ``before``) may be a facility's: no title or common word first, no organisation's cue word in
    it ("the Kestrel Mining copper mine" is the firm's). After the name, where a firm's one word
    often stands ("the Ferrocobre smelter": the firm runs it), two words or more, a hyphened word
    of capitalised parts or a saint's title first ("the Sainte-Barbe coal pit")."""
    words = name.split(" ")
    if not _ok(name) or words[0] in _TITLES or any(CUES.get(w) == "ORG" for w in words):
        return False
    # (a hyphen joining two capitalised words, not an adjective's: "the Chinese-owned copper mine")
    hyphened = any(part[:1].isupper() for part in name.split("-")[1:])
    return before or len(words) >= 2 or hyphened or words[0] in SAINT_FIRSTS


# A body's local branch or a church's congregation named by its locality: "Its Dawrpui branch
# president", "the Mission Veng congregation of the church" (round s34-c: heldout27's places were no
# name): the locality, a place; a firm's branch after "the" is left out ("the Acme branch").
_LOCAL_UNIT = re.compile(
    rf"(?<![\w'’-])(?:(?:[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er) (?P<own>{_NAME}) (?:branch|branches|chapter)"
    rf"|(?:[Tt]he|[Ii]ts|[Tt]heir) (?P<church>{_NAME}) (?:congregation|congregations|parish))\b"
)
# A publication or broadcaster someone spoke to: "she told The Sun", "told The Evening Ledger"
# (its "The" is part of its title).
_TOLD_THE = re.compile(rf"\btold (?P<name>The {_NAME})(?=[\s,.;:!?\"”])")
# ... and one whose "the" the sentence gives it: "he told the Sunday Clarion", "told the
# Mercury Metro that" (a person is never "the" Name).
_TOLD_LOWER_THE = re.compile(rf"\btold the (?P<name>{_NAME})(?=[,.;:!?\"”]| that\b| on\b| in\b)")
# An organisation's officer named right after it: "Havlund chief executive Mira Stol", "Tovek Gas
# chairman Arman Sadykov", "Brightwave spokeswoman Ines". A country's "president" or "minister"
# is left out (their name is a place's), and so are jobs a person holds anywhere ("leader").
_OFFICER_TAIL = re.compile(
    r" (?:chief (?:executive|operating|financial|technology|investment|commercial) officer|chief executive"
    r"|CEO|CFO|COO|chairman|chairwoman|chairperson|managing director|co-founder|founder|general counsel"
    rf"|spokesman|spokeswoman|spokesperson"
    # a team's: "Golden Eagles captain Kofi Mensima", "Dunmore United manager X" (a country's team
    # keeps the country's type: the gazetteer's names are never retyped by context)
    rf"|captain|head coach|coach|manager) (?={CAP})"
)
_NAME_BEFORE_WORDS = re.compile(rf"{CAP}[\w'’.-]*[\w] {CAP}")
_LOWER_BEFORE = re.compile(rf"(?<![\w'’.-])[{LOWER}][\w-]* $")
_CONTINUES = re.compile(rf" (?:of|for|and|on|de|du) (?:the )?{CAP}")
_RELATION_BEFORE_TAIL = re.compile(r" (?:shares|stock|share price)\b")
# A listing code right after a name: "Lianhe Precision Industry <2391.TW>", "Tovek Gas (TVK.OL)",
# "Quillbar (NASDAQ: QLB)": only a listed company has one.
_LISTING_TAIL = re.compile(
    r" (?:<[A-Z0-9][A-Z0-9.\-]{0,11}>|\((?:[A-Z0-9]{1,6}\.[A-Z]{1,3})\)|\([A-Z]{2,8}:\s?[A-Z][A-Z0-9.\-]{0,9}\))"
)
# Organisations listed after their kind in the plural: "Chinese brands such as BYD and Leapmotor",
# "lenders including Banco Rialto, Norvik Bank and Estgrid" (the quotes' speakers read the kind
# too: "Oil firms Shell, BP and Eni said", quotes.speakers.Speakers.kind_list).
KINDS_LISTED = (
    r"companies|firms|brands|carmakers|automakers|manufacturers|makers|lenders|banks|insurers|airlines|carriers|"
    r"retailers|suppliers|rivals|competitors|clubs|agencies|startups|start-ups|groups|broadcasters|publishers"
)
_KIND_LIST = re.compile(rf"\b(?:{KINDS_LISTED}),? (?:such as|including|like) ")
_LIST_NAME = re.compile(rf"(?P<name>{_NAME})(?P<sep>, and |, | and | or |, or )?")
_POSSESSIVE_ORG = re.compile(
    rf"(?<=[{LOWER}])(?:'s|’s) (?=(?:credit )?ratings? (?:agency|service)|analysts?\b"
    r"|economists?\b|Investors Service|Ratings\b)"
)
_POSSESSOR = re.compile(rf"(?<![\w'’.-]){CAP}[\w-]*$")
# A possessive name as the subject of a rating agency's verb ("Moody's downgraded the bank": a
# possessive is never followed by a finite verb) or followed by the agency's own words
# ("Moody's Investors Service" is one name).
# A verb in the past (regular, irregular or of change: "cut", "shut", "closed") with its object's
# determiner after it: "Moody's cut its rating", "Sainsbury's shut its store", "Domino's closed a
# branch" (issue 16, t13w F6: "Moody's" was no entity); a possessive is followed by a noun, never so.
_PAST_WITH_OBJECT = r"(?:[a-z]+ed|{})\s+(?:its|their|the|a|an|his|her|our)\b".format(
    "|".join(sorted(IRREGULAR_PAST | CHANGE_VERBS))
)
_POSSESSIVE_SUBJECT = re.compile(
    rf"(?<![\w'’.-])(?P<name>{CAP}[\w-]*[{LOWER}](?:'s|’s))"
    r"(?P<rest> (?:Investors Service|Ratings(?: Services?)?|Analytics)\b"
    r"| (?=(?:downgraded|upgraded|lowered|raised|rated|rates|affirmed|said|says|warned|placed|assigned|revised)\b)"
    rf"| (?={_PAST_WITH_OBJECT}))"
)
_PRODUCT_NOUNS = (
    "processor|chip|robot|phone|smartphone|handset|headset|tablet|laptop|computer|drone|car|truck|"
    "model|jet|aircraft|airliner|engine|platform|console|camera|satellite|rocket|vaccine|drug|device"
)
_PRODUCT = re.compile(
    rf"\b(?:the|its|a|an|new) (?P<name>{CAP}[{LOWER}][\w-]*(?: {CAP}[{LOWER}][\w-]*)? (?:[A-Z]{{0,2}}\d[\w.]*|[IVX]{{1,4}}))"
    rf" (?=(?:{_PRODUCT_NOUNS})s?\b)"
)
# A product named after its kind, in apposition or "called": "its first folding phone, the Orlo
# Flip, at", "a smartwatch, the Kite Band 2, which", "a new assistant called Wren".
_PRODUCT_WORD = rf"(?:{CAP}[\w-]*|\d+[\w.]*)"
_PRODUCT_KINDS = (
    r"phone|smartphone|handset|smartwatch|watch|tablet|laptop|earphones|earbuds|headphones|headset|"
    r"console|chip|processor|app|assistant|chatbot|drone|robot|speaker|camera|vehicle|car|satellite|rocket|"
    r"browser|game|beer|lager|wine|vaccine|drug"
)
_PRODUCT_KIND = re.compile(
    rf"\b(?:{_PRODUCT_KINDS})s?(?:, the| called| named) "
    rf"(?P<name>{CAP}[\w-]*(?: {_PRODUCT_WORD}){{0,3}})(?=[,.;:)]| (?:which|that|will|is|was|and|has|costs)\b)"
)
# An operating system by its name's end, a version after it: "LumaOS 5", "iOS 18", "macOS".
_OS = re.compile(r"(?<![\w-])[A-Za-z]*[a-z]OS(?: \d+(?:\.\d+)?)?(?![\w-])")
# A model written in mixed case with its number: "CryoSat-2", "ICESat-2", "GalaxyTab-4" (not
# "COVID-19" in capitals, nor "Falcon-9", a word that may be anything).
_MIXED_MODEL = re.compile(r"(?:[A-Z]{2,}[a-z]+|[A-Za-z]*[a-z][A-Z][A-Za-z]*)")
# Found by its number: trying the word's shape at every letter cost a tenth of the context rules.
_MODEL_NUMBER = re.compile(r"-\d+\b(?![.,]\d)")
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
# A vessel or a craft named after its kind: "the research vessel Tangaroa", "the rover Selkie".
# A ferry and the other boats carrying people or goods too: "the ferry Santa Rosalía", "the
# catamaran Isla Bonita" (t13t F2: a PERSON "Santa Rosalía").
_CRAFTS = (
    "vessel ship icebreaker submarine frigate tanker yacht trawler spacecraft rover probe lander telescope "
    "ferry catamaran liner freighter barge tugboat steamer hovercraft schooner"
    # the harbour and rescue craft of the ship-type lists (a tug, a lifeboat, a dredger: t13anr C,
    # "the tug Kalinaw" was a PERSON)
    " tug lifeboat dredger gunboat sailboat speedboat dinghy"
).split()
# What may follow a craft's name: a clause's end, a verb or a preposition of where or when.
_CRAFT_AFTER = (
    r"(?=[,.;:)]| (?:which|that|will|is|was|were|and|has|had|from|to|in|off|near|at|into|said|sailed|left|arrived|ran"
    r"|on|this|as|after|before|when|while|with|carrying|caught|burned|burnt|sank|capsized|docked|"
    r"berthed|listed|exploded|struck|hit|collided|reached|towed|joined|returned|rescued|headed|pulled)\b)"
)
_CRAFT = re.compile(
    rf"\b(?:{'|'.join(_CRAFTS)})"
    rf"(?:,? called|,? named|, the|,)? (?P<name>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*)?)" + _CRAFT_AFTER
)
# A vessel named after its German kind noun, a compound or its genitive ("das Containerschiff
# Kestrel Bay", "des Frachtschiffs Nordic Swan", "die Fähre Sunniva", "der Tanker Arctic Dawn"):
# German capitalises the noun, which is therefore no word of the name (t13af N7: a PERSON
# "Frachtschiffs Nordic Swan", a LOC "Containerschiff Kestrel Bay"). German words after it. Read
# by the recogniser (``german_crafts``), which takes the noun out of any name it was read into.
GERMAN_CRAFT = re.compile(
    r"(?:(?<![\w'’-])(?P<article>[Dd](?:er|ie|as|es|em|en)|[Ee]ine?[mnrs]?) )?"
    r"(?P<noun>(?<![\w'’-])(?:[A-ZÄÖÜ][a-zäöüß]+?(?:schiff|frachter|tanker|fähre|trawler|kutter|boot|jacht)"
    r"|Schiff|Frachter|Tanker|Fähre|Trawler|Kutter|Boot|Jacht)(?:e?s|en|n)?) "
    rf"(?P<name>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*)?)"
    r"(?=[,.;:)]| (?:ist|war|wurde|wird|sank|lag|liegt|hat|hatte|fuhr|sind|vor|nach|in|im|auf|an|am|bei|mit|und"
    r"|der|die|das|des|aus|von|zur|zum|sei|soll|habe|kollidierte|gesunken|gerettet)\b)"
)
# The bare kind nouns of GERMAN_CRAFT, a vessel's only after a German article ("der Tanker X";
# "Sindh Trawlers Association" is English).
GERMAN_CRAFT_BARE = frozenset("Schiff Frachter Tanker Fähre Trawler Kutter Boot Jacht".split())
# A vessel named after "aboard the" ("aboard the Santa Rosalía"): a vessel, PRODUCT as OntoNotes
# types it, never a person (t13t F2).
_ABOARD = re.compile(
    rf"\b(?:aboard|onboard|on board|(?<![\w'’-])master of) the (?P<name>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*)?)"
    + _CRAFT_AFTER
)
# A vessel named after its ship's prefix ("MV Sewol", "HMS Endurance", "the MS Estonia"): the
# name after the prefix, the prefix outside it as a title is outside a person's name, and no
# organisation of its own (t13u F9: "The MV Estrella carried" was an ORG "MV" and no vessel). The
# prefix says ship whatever verb follows; "MS" (a Welsh member of the Senedd), "SS", "MT" and
# "INS" (words of other kinds too) only after "the", a possessive determiner or a craft's kind ("its
# tug MT Kalinaw", "the ferry MS Baltic Star": t13anr C, a PERSON "Kalinaw").
_SHIP_PREFIXES = "MV|RMS|HMS|USS|HMAS|HMCS|HMNZS|M/V"
_THE_SHIP_PREFIXES = "MS|SS|MT|INS"
# A possessive before "MS"/"SS"/"MT" is as often a product's or a club's ("Her MS Teams call",
# "our SS Lazio tickets": review s47-rv finding 12): a ship's prefix only with a vessel in the sentence.
_POSSESSIVES = frozenset("its their our his her".split())
# (each possessive written as a sentence may open it: "[Ii]ts", "[Tt]heir", …)
_BEFORE_THE_PREFIXES = "|".join(
    ["[Tt]he", "THE", *(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(_POSSESSIVES)), *_CRAFTS]
)
_PREFIXED_SHIP = re.compile(
    rf"(?:(?<![\w./-])(?P<prefix>{_SHIP_PREFIXES})|\b(?P<before>{_BEFORE_THE_PREFIXES}) (?P<the_prefix>{_THE_SHIP_PREFIXES})) "
    rf"(?P<name>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{0,2}})(?![\w'’-]| {CAP})"
)
# What every match of _ABOARD holds (looked for with ``in``: searching a pattern for it was slower).
_ABOARD_GATES = ("board the ", "master of the ")
# The verbs only a vessel does, of the marine-casualty and port reports (_CRAFT_AFTER's verbs that
# people and bodies do too, "joined", "reached", "returned", are not): with a craft word, what
# makes "master of the X" or "her MS X" a vessel (review s47-rv findings 3 and 12: "master of the
# Rolls", "Her MS Teams call" were vessels).
_VESSEL_CUE = re.compile(
    rf"(?i)\b(?:{'|'.join(_CRAFTS)}|boat|aboard|on board|sailed|sails|sank|sunk|capsized|docked|berthed|moored|anchored|aground)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“'‘(]?[A-Z0-9])|\n")


def _vessel_near(text: str, start: int, end: int, sentence: bool) -> bool:
    """Whether a craft word or a vessel's verb (:data:`_VESSEL_CUE`) is in the sentence
    (``sentence``) or the paragraph of ``text[start:end]``, the span itself left out."""
    if sentence:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]
        lo = ends[-1] if ends else max(0, start - 300)
        after = _SENTENCE_END.search(text, end)
        hi = after.start() if after else len(text)
    else:
        lo = text.rfind("\n\n", 0, start) + 1
        hi = text.find("\n\n", end)
        hi = len(text) if hi < 0 else hi
    return bool(_VESSEL_CUE.search(text, lo, start) or _VESSEL_CUE.search(text, end, hi))


def _master_of_vessel(text: str, m: re.Match[str], vessels: set[str]) -> bool:
    """Whether "master of the X" (an :data:`_ABOARD` match) names a vessel's master: X a vessel by
    another rule of the text ("its tug MT Kalinaw ... master of the Kalinaw"), or a craft word or
    a vessel's verb in its paragraph; "master of the Rolls", "a master of the Bundesliga" are an
    office and a skill (review s47-rv finding 3)."""
    name = m.group("name")
    return name in vessels or _vessel_near(text, m.start(), m.end("name"), sentence=False)


_SHIP_PREFIX_GATE = re.compile(rf"(?:{_SHIP_PREFIXES}|{_THE_SHIP_PREFIXES}) ")


def vessel_prefixes(text: str) -> list[tuple[int, int]]:
    """The spans of the ship's prefixes before vessels' names in ``text`` ("MV" of "MV Estrella"),
    which are no names of their own."""
    if not _SHIP_PREFIX_GATE.search(text):
        return []
    return [m.span("prefix" if m.group("prefix") else "the_prefix") for m in _prefixed_ships(text)]


def _prefixed_ships(text: str) -> list[re.Match[str]]:
    return [
        m
        for m in _PREFIXED_SHIP.finditer(text)
        if _ok(m.group("name"))
        and m.group("name") not in WEEKDAYS_MONTHS
        # a ship is often named after a person ("MV Carmen Lucia"); after "the MS" a person's
        # shape is a Welsh member of the Senedd's name
        and not (m.group("the_prefix") and _person_shaped(m.group("name")))
        and not (
            (m.group("before") or "").lower() in _POSSESSIVES
            and not _vessel_near(text, m.start("the_prefix"), m.end("name"), sentence=True)
        )
    ]


# A ship named after its flag ("the Panama-flagged Cape Orinoco", "a Liberian-flagged bulk carrier,
# Marrow Star,"): only ships fly one; and a Japanese ship's name ending in "Maru", its number after it
# ("the Hakuyo Maru No. 7").
_FLAGGED = re.compile(
    rf"{CAP}[\w'’]*-flagged(?: [a-z-]+){{0,3}}?(?:,? (?:called|named))?,? "
    rf"(?P<name>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{0,2}})(?![\w'’-]| {CAP})"
)
_MARU = re.compile(rf"(?<![\w'’-])(?P<name>{CAP}[{LOWER}]+ Maru(?: No\. ?\d+)?)(?![\w'’-])")
# A product or instrument named by its kind in apposition after it ("XENOVA-2, a detector holding
# 18 tonnes", "Selkie-3, the rover that") or before it ("the LZ experiment", "the ADMX axion
# experiment"): the kind nouns of things made, never of people.
_THING_KINDS = (
    r"detector|telescope|satellite|spacecraft|rover|probe|experiment|instrument|observatory|collider|"
    r"reactor|rocket|launcher|drone|aircraft|airliner|jet|tanker|vessel|ship|submarine|vaccine|drug|"
    r"chip|processor|smartphone|handset|platform|engine"
)
# Ships by their trade's type names (the craft words of _CRAFTS, a carrier by its cargo): "the Coral
# Meridian, a bulk carrier that struck Kessra Reef" was an ORG in its article and a PERSON in the
# corpus (t13av N9); no person is one, so a given name first makes no person of the ship.
_SHIP_KINDS = (
    rf"(?:{'|'.join(_CARRIER_CARGOES)}) carrier|freighter|ferry|trawler|liner|"
    r"yacht|barge|tug|icebreaker|frigate|catamaran|schooner|dredger"
)
_THING_APPOSITION_TAIL = re.compile(
    rf", (?:a|an|the|its|their) (?:[\w-]+ ){{0,2}}?(?:{_THING_KINDS}|(?P<ship>{_SHIP_KINDS}))\b"
    r"(?=\s*(?:[,.;:)—–]|$|(?:that|which|holding|with|in|of|built|made|designed|launched|able|capable|due|set)\b))"
)
_THE_NAME_THING = re.compile(
    rf"\bthe (?P<name>(?:[A-Z][A-Z0-9]+(?:-\d+)?|{CAP}[{LOWER}]+-\d+))(?: [a-z]+)? (?:{_THING_KINDS})\b"
)
# A company's product whose name ends in a model word: "Orlo's Nimbus X Fold", "Kite's Pulse Pro".
_MODEL_END = r"(?:Pro|Max|Ultra|Mini|Plus|Lite|Fold|Flip|Buds|Edge|\d+[A-Za-z]?|[A-Z]{1,3}\d+[A-Za-z]?)"
_POSSESSED_PRODUCT = re.compile(
    rf"(?<![\w'’.-]){CAP}[\w-]*(?:'s|’s) (?P<name>{CAP}[\w-]*(?: {CAP}[\w-]*){{0,2}} {_MODEL_END})(?![\w'’-]| {CAP})"
)
# A candidate named with the party they stand for: "declared Ada Okoro of the Unity Progress
# Party", "for Tade Bello of the People's Congress".
_PARTIES = "Party|Congress|Alliance|Movement|Front"
_PARTY_MEMBER = re.compile(
    rf"(?<![\w'’.-])(?P<name>{CAP}[{LOWER}]+(?:-{CAP}[{LOWER}]+)?(?: {CAP}[{LOWER}]+(?:-{CAP}[{LOWER}]+)?){{1,2}})"
    rf" of the (?:{CAP}[\w'’-]* ){{0,4}}(?:{_PARTIES})\b"
)
# A title after its kind of work: "their second album, Salt in the Engine,", "his debut mixtape
# North Strand Psalms", "the traditional song Siúil a Rún"; small words inside a title stay in it;
# a feature film, a book, a play, an exhibition, a collection too ("her second feature, The Ice
# Speaks Twice,", "an exhibition called The River Remembers": round s34-b).
_WORK_KINDS = (
    "album|record|song|EP|mixtape|film|movie|novel|documentary|opera|musical|poem|ballad|anthem|memoir|sitcom|podcast"
    "|feature|book|play|exhibition|collection|painting|adaptation|production"
)
_WORK = re.compile(
    r"\b(?P<mod>(?:the|a|an|new|debut|latest|first|second|third|fourth|last|final|their|his|her|its|hit|"
    r"traditional|classic|upcoming|forthcoming|acclaimed)(?: [a-z-]+)?) "
    rf"(?:{_WORK_KINDS})(?P<link>,| called| titled| named)? "
    rf"(?P<name>{CAP}[\w'’-]*(?: (?:(?:a|an|the|of|in|to|on|at|for|and|from|with) )*{CAP}[\w'’-]*){{0,5}})"
    r"(?=[,.;:!?)\"”]| [a-z])"
)
# A title's tail that is when the work is shown, no part of its name ("… The Salmon Return in May").
# A one-word firm no list knows, named by what only a firm does (t13ad N10, round s37-x5: the
# airline "Nordair" was no entity in its own press release): the subject of a speech verb with
# "it" after it or of a firm's verb ("Nordair said it would pay", "Nordair confirms that",
# "Nordair is cooperating fully"), the body one works or flies for ("who has flown for Nordair",
# "works for Tovalent"), the maker or operator of a vehicle and the employer of staff written
# before them ("A Nordair jet", "a Brisklo spokesperson", "a Ferolin train"). Nothing else may
# say otherwise (:func:`_lone_firm`): no given name, no place ("in Kelvik"), no person's surname
# ("Halvard Moen" then "Moen said it"), no word the text writes in lower case.
_LONE = rf"(?P<name>{CAP}[{LOWER}][\w-]*[{LOWER}])"
_FIRM_VERB_AFTER = (
    r" (?:(?:said|says) (?:it|its|in a statement)\b"
    r"|(?:confirms|confirmed|announces|announced|regrets|regretted|apologi[sz]es|apologi[sz]ed)"
    r" (?:that|it|its|the)\b"
    r"|(?:is|was|has been|will be) (?:co-?operating|working closely)\b)"
)
_LONE_FIRM_SUBJECT = re.compile(rf"(?<![\w'’.@-]){_LONE}(?={_FIRM_VERB_AFTER})")
# A firm's officers ("chief executive of Geotekna") and a firm's kind before its name, in the
# languages the reader names ("the company X", "Die Firma X", "la société X": t13ae P3, P14).
_FIRM_OFFICERS = (
    r"(?:chief (?:executive|financial|operating)(?: officer)?|CEO|chairman|chairwoman|managing director|"
    r"shareholders|board) of"
)
# ("the group" is left out: "the group People for the Ethical Treatment of Goats" is a group of people,
# a name it opens no firm)
_FIRM_KINDS_BEFORE = (
    r"(?:[Tt]he (?:company|firm|airline|operator|contractor|carmaker|manufacturer)|"
    r"[Dd]ie (?:Firma|Baufirma|Fluggesellschaft|Gesellschaft)|[Dd]as Unternehmen|"
    r"[Ll]a (?:société|compagnie|empresa|compañía|società|ditta)|[Ll]['’](?:entreprise|azienda|impresa))"
)
_LONE_FIRM_OBJECT = re.compile(
    r"(?:\b(?:(?:works?|worked|working|flown|flies|flew|flying) for|employed by|employees? of)|"
    rf"(?<![\w'’-]){_FIRM_KINDS_BEFORE}) {_LONE}(?![\w'’-]| {CAP})"
)
# An officer's body ends its phrase: "chief executive of Geotekna.", not "chairman of X council".
_LONE_FIRM_OFFICER = re.compile(rf"\b{_FIRM_OFFICERS} {_LONE}(?=[.,;:)\"”]|\s*$)")
# German writes a firm's kind capitalised before its name ("Die Firma Geotekna"): no first name.
_FIRM_KIND_NOUNS = frozenset("Firma Baufirma Fluggesellschaft Gesellschaft Unternehmen".split())
# A firm's own release: its "About X" heading on a line of its own, "X today announced", "X's
# chief executive".
_LONE_FIRM_ABOUT = re.compile(rf"^About {_LONE}[ \t]*$", re.M)
_LONE_FIRM_OWN = re.compile(
    rf"(?<![\w'’.@-]){_LONE}(?= today (?:announced|confirmed|said it)\b|['’]s "
    r"(?:chief (?:executive|financial|operating)|CEO|chairman|chairwoman|managing director|board|shareholders)\b)"
)
# After "the", a ground vehicle's word names a route or a vessel as often as an operator ("the Dover
# ferry", "the Zephyrine ferry service", "the Brighton train"): only the indefinite or a possessive
# makes it the operator's vehicle there ("a Ferolin train").
# (the craft's nouns, each with its plural: lexicon.CRAFT_PLURALS, the one list of vehicles)
_OPERATED = "|".join(re.escape(w) for w in craft_forms(OPERATED_CRAFT))
_AIR_SERVICES = "|".join(re.escape(w) for w in craft_forms(AIR_SERVICES))
_LONE_FIRM_MODIFIER = re.compile(
    rf"(?<![\w'’-])(?:[Aa]n?|[Ii]ts|[Tt]heir) {_LONE}(?= (?:passenger |cargo |commuter )?"
    rf"(?:{_OPERATED}|spokes(?:man|woman|person)|pilots?|employees?|crew)\b)"
)
_LONE_FIRM_THE_MODIFIER = re.compile(
    rf"(?<![\w'’-])[Tt]he {_LONE}(?= (?:passenger |cargo )?"
    rf"(?:{_AIR_SERVICES}|spokes(?:man|woman|person)|pilots?|employees?|crew)\b)"
)
# Words before a subject's name that make it a place or a second subject ("X of Brisbane said it",
# "the coastguard at Redcar said it", "workers in Grindavík and Þórshöfn said it": held-out names).
_SUBJECT_AFTER_NOT = frozenset("of at in on from to near and or by with for".split())
# Words a firm's verb may follow that name no firm: pronouns of everyone or no one.
_NO_ONE = frozenset("Everyone Everybody Nobody Someone Somebody Anyone Anybody None Nothing Everything".split())


def _lone_firm(text: str, name: str) -> bool:
    """Whether nothing in ``text`` says the one capitalised word ``name``, read as a firm by a
    cue of :data:`_LONE_FIRM_SUBJECT`, :data:`_LONE_FIRM_OBJECT` or :data:`_LONE_FIRM_MODIFIER`,
    is anything else: no common, pronoun, weekday or month word, no given name, job, kind of body
    or group of people, no plural ("Investigators said it"), no word the text writes in lower
    case (an address's excepted: "press@nordair.example"), no place the text names as one ("from
    Kelvik", "residents of Keldholm": lexicons.PLACE_OF), and nowhere after a capitalised word
    that is no determiner or common word (the surname of "Halvard Moen", the last word of a
    longer name)."""
    low = name.lower()
    if (
        not _ok(name)
        or name in _NO_ONE
        or name in WEEKDAYS_MONTHS
        or name.endswith("s")
        or given_word(name)
        or job_word(name)
        or kind_of_word(name) is not None
        or low in PERSON_NOUNS
        or low in KIN
        or is_title(name)[0]
    ):
        return False
    if re.search(rf"(?<![\w@.'’-]){re.escape(low)}(?![\w'’-]|\.\w)", text):
        return False
    if any(f"{w} {name}" in text for w in _PLACE_USE):
        return False
    if f"of {name}" in text and re.search(rf"\b(?:{'|'.join(sorted(PLACE_OF))}) of {re.escape(name)}\b", text, re.I):
        return False  # "Residents of Keldholm", "the outskirts of X": a place
    for m in re.finditer(rf"(?<![\w'’-])([\w'’.-]+) {re.escape(name)}(?![\w'’-])", text):
        before = m.group(1)
        if _sentence_end(before) or before in _FIRM_KIND_NOUNS:
            continue  # "… the people of Brenzola. Geotekna will pay": the last sentence's last word
        if before[:1].isupper() and before not in _NOT_NAMES and before.lower() not in COMMON_WORDS:
            return False
    return True


def _sentence_end(word: str) -> bool:
    """Whether ``word`` (a token written before a name, with its punctuation) ends a sentence: a
    word of three letters or more with a full stop that is no title ("Brenzola.", "plan."; not
    "Mr.", "Prof.", "St." nor an initial "J.")."""
    stem = word.rstrip(".")
    return word.endswith(".") and len(stem) >= 3 and "." not in stem and not is_title(stem)[0]


def lone_firms(text: str) -> list[tuple[int, int, str]]:
    """One-word firms named by a firm's cue (see :data:`_LONE`): ``(start, end, "ORG")`` for each
    cued mention; the recogniser types the article's other mentions of the name the same (its
    ``typed`` pass), a gazetteer name keeps its own type."""
    out: list[tuple[int, int, str]] = []
    verdict: dict[str, bool] = {}
    for pattern, needs in (
        (_LONE_FIRM_SUBJECT, (" said ", " says ", " confirm", " announce", " regret", " apologi", " co", " working ")),
        (_LONE_FIRM_OBJECT, (" for ", " by ", " of ", "he ", "ie ", "as ", "a ", "'", "’")),
        (_LONE_FIRM_MODIFIER, ("a ", "A ", "ts ", "heir ")),
        (_LONE_FIRM_THE_MODIFIER, ("the ", "The ")),
        (_LONE_FIRM_OFFICER, (" of ",)),
        (_LONE_FIRM_ABOUT, ("About ",)),
        (_LONE_FIRM_OWN, (" today ", "s ")),
    ):
        if not any(n in text for n in needs):
            continue
        for m in pattern.finditer(text):
            name = m.group("name")
            if pattern is _LONE_FIRM_SUBJECT and (
                w := _LAST_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
            ):
                if w.group(1).lower() in _SUBJECT_AFTER_NOT:
                    continue  # "Southern Cross Medical of Brisbane said it", "the coastguard at Redcar said it"
            if name not in verdict:
                verdict[name] = _lone_firm(text, name)
            if verdict[name]:
                out.append((m.start("name"), m.end("name"), "ORG"))
    return out


_WORK_WHEN = re.compile(rf" (?:in|on|until|from|since) (?:{'|'.join(sorted(WEEKDAYS_MONTHS))})$")
# Capitalised words that are no name: a sentence's first word or a pronoun after a cue.
_NOT_NAMES = frozenset(
    "The A An It Its This That These Those He She They We I Our Their His Her Shares Investors".split()
)


_TITLES = TITLE_CORE | TITLE_MOD


def _ok(name: str) -> bool:
    first, _, rest = name.partition(" ")
    if first in NUMBERED_NOUNS and rest and all(_CODE.fullmatch(w) for w in rest.split(" ")):
        return False  # "Class AB shares", "Series C2 stock": a share class's code, no firm
    return first not in _NOT_NAMES and first.lower() not in COMMON_WORDS


# A number or letter code after a numbered noun ("AB", "A/S", "C2", "IV").
_CODE = re.compile(r"[A-Z0-9]{1,3}(?:/[A-Z0-9]{1,3})?")


def _mid_sentence_words(text: str, s: int) -> bool:
    """Whether the capitalised words from ``s`` are two or more and follow a lower-case word, so
    their capitals are the name's, not a sentence's ("confirmed by Royal Oaks chairman X")."""
    words = _NAME_BEFORE_WORDS.match(text, s)
    return words is not None and _LOWER_BEFORE.search(text, max(0, s - 30), s) is not None


# A possessive name's kin or person after it: "run by Beridze's cousin Davit", "owned by Moretti's
# widow": the possessor is a person, never the organisation the relation would make it (s28-e,
# heldout21: "Beridze" was an ORG everywhere in its article).
_KIN_OF = re.compile(
    r"['’]s (?:{})\b".format("|".join(sorted({*KIN, *PERSON_NOUNS, "mum", "dad", "uncle", "aunt", "grandson"})))
)


def _person_shaped(name: str) -> bool:
    """Whether ``name`` (words one space apart) is a person's: a given name first, two or three
    words, no kind word last; or a job word or its plural before a given name and a surname
    ("run by Nurses Eva Lange": the job describes the person, it names no organisation)."""
    words = name.split(" ")
    if len(words) == 3 and job_word(words[0]) and words[1] in given_names():
        return CUES.get(words[-1]) is None
    return len(words) in (2, 3) and words[0] in given_names() and CUES.get(words[-1]) is None


# A capitalised word made an adjective by a participle after a hyphen ("Oslo-based",
# "Lagos-born", "state-owned" with a capital at a sentence's start): it describes the name after
# it and is no part of it.
_ADJECTIVE_LEAD = re.compile(
    rf"{CAP}[\w'’.]*-(?:based|born|bred|headquartered|listed|registered|owned|controlled|backed|led|run|made|focused) "
)


# An owner's possessive before the name: "owned by China's MMG" → "MMG" (the country is a name
# of its own).
_POSSESSIVE_LEAD = re.compile(rf"{CAP}[\w-]*['’]s (?={CAP})")


def _no_possessive(s: int, e: int, text: str) -> tuple[int, int]:
    """A possessive's "'s" is not part of the name ("Dunmore's shares" → "Dunmore"), nor is an
    adjective before it ("Oslo-based Fjordvik Energy" → "Fjordvik Energy") or an owner's
    possessive ("China's MMG" → "MMG")."""
    if (m := _ADJECTIVE_LEAD.match(text, s, e)) is not None or (m := _POSSESSIVE_LEAD.match(text, s, e)) is not None:
        s = m.end()
    return (s, e - 2) if text[e - 2 : e] in ("'s", "’s") else (s, e)


# -- trying a rule only where it can match ----------------------------------------------------
#
# A pattern opening with ``\b(?:word|word|...)`` gives re no first character to look for: it
# runs the whole alternation at every position of the text, and a dozen such rules over every
# article were most of the recogniser's time. Two shortcuts find the same matches:
# :func:`_starting_with` tries a rule only where a word its matches start with occurs, and
# the text's words (``text_words``) let a rule be skipped when a whole word it needs is nowhere in the text.


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regex alternation ("a|(?:b|c)d" → "a", "(?:b|c)d"); the
    text after an unmatched ")" is left out ("b|c)d" → "b", "c")."""
    out: list[str] = []
    depth = start = i = 0
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 1  # an escaped character
        elif c == "[":
            i = alternation.index("]", i + 1)  # a class: its "|" and parentheses are literal
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                break
        elif c == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    out.append(alternation[start:i])
    return out


_LEADING_LOOKBEHIND = re.compile(r"\(\?<[=!][^()]*\)")
_LEADING_WORD = re.compile(r"[A-Za-z]+")


def _first_words(alternation: str) -> list[str]:
    """Words one of which starts every match of ``alternation`` (written from literal words,
    groups, letter classes and lookbehinds): "start-?up" → "start", "(?<=[a-z] )maker" →
    "maker", "(?:joint )?venture" → "joint", "venture", "[Ss]hares" → "Shares", "shares",
    "companies?" → "companie". Raises ValueError for an alternative it cannot read, so a rule
    rewritten in another form fails at import instead of losing matches."""
    words: list[str] = []
    for alt in _alternatives(alternation):
        while (lb := _LEADING_LOOKBEHIND.match(alt)) is not None:  # it reads before the match
            alt = alt[lb.end() :]
        if alt.startswith("(?:"):
            inner = _alternatives(alt[3:])
            end = 3 + sum(map(len, inner)) + len(inner) - 1  # the group's ")"
            words += _first_words(alt[3:end])
            if alt[end + 1 : end + 2] in ("?", "*"):  # an optional group: what follows may start
                words += _first_words(alt[end + 2 :])
            continue
        if alt.startswith("[") and (cls := alt[1 : alt.index("]")]).isalpha():
            words += [c + w for c in cls for w in _first_words(alt[len(cls) + 2 :])]
            continue
        lead = _LEADING_WORD.match(alt)
        word = lead.group() if lead is not None else ""
        if alt[len(word) : len(word) + 1] in ("?", "*", "{"):
            word = word[:-1]  # the quantifier makes the last letter optional
        if not word:
            raise ValueError(f"no literal word starts {alt!r}")
        words.append(word)
    return words


def _starting_with(
    pattern: re.Pattern[str], text: str, cue_words: list[str], starts: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern opening with ``\\b`` whose every match starts
    with one of ``starts`` (:func:`_first_words`); ``cue_words``: the text's words (:func:`~waic_reader.index.corpus.tokens.text_words`)
    starting with any of them (a superset is fine).

    A match starts where a word of the text starts (``\\b``, then a letter), so that word
    begins with one of ``starts``; the rule is tried only where such words occur, in text order,
    never inside the last match, as finditer does."""
    at: set[int] = set()
    for w in cue_words:
        if w.startswith(starts):
            i = text.find(w)
            while i >= 0:
                at.add(i)
                i = text.find(w, i + 1)
    end = 0
    for i in sorted(at):
        if i >= end and (m := pattern.match(text, i)) is not None:  # (\b and lookbehinds see before i)
            end = m.end()
            yield m


# Words every match of these rules starts with, or needs whole.
_RELATION_WORDS = tuple(_first_words(_RELATIONS))
_KIND_BEFORE_WORDS = tuple(_first_words(_KINDS_BEFORE))
_KIND_LIST_WORDS = tuple(_first_words(KINDS_LISTED))
_PRODUCT_KIND_WORDS = tuple(_first_words(_PRODUCT_KINDS))
_CRAFT_WORDS = tuple(_CRAFTS)
# Looked for before running GERMAN_CRAFT: its kind nouns in any case.
GERMAN_CRAFT_GATE = re.compile(r"(?i)schiff|frachter|tanker|fähre|trawler|kutter|boot|jacht")
# Those words by their first three letters (none is shorter): a text word is looked up once
# instead of compared with all ~130.
# The same kinds written with a capital, opening a sentence or a clause, right before the name:
# "Operator Ferrovias Andinas said", "Contractor Andes Vial put its bid", "Insurer Pacifico
# Seguros said" (t13r F9: a PERSON "Operator Ferrovias Andinas"). The kind is outside the name and
# types it. Kinds of one plain word of _KINDS_BEFORE (and "operator", which needs a lower-case
# word before it there), less those that open names of their own ("Club Brugge", "Charity
# Commission", "Journal Communications", "Utility Warehouse", "Company Secretary"); and never where
# the article writes the two together after a word in lower case (then the kind is the name's).
OPENING_KINDS = frozenset(
    w.capitalize()
    for w in (*_alternatives(_KINDS_BEFORE), "operator")
    if re.fullmatch(r"[a-z]+", w)
    and w not in {"club", "charity", "journal", "magazine", "newspaper", "tabloid", "utility", "company"}
)
_KIND_OPENING = re.compile(
    rf"(?:^|(?<=[.!?;:] )|(?<=[\"“‘(—–] )|(?<=[\"“‘(]))(?P<kind>{'|'.join(sorted(OPENING_KINDS))})"
    rf" (?P<name>{_NAME})(?=[\s,.;:])",
    re.M,
)
_CUE_STARTS: dict[str, tuple[str, ...]] = {}
for _w in {*_RELATION_WORDS, *_KIND_BEFORE_WORDS, *_KIND_LIST_WORDS, *_PRODUCT_KIND_WORDS, *_CRAFT_WORDS}:
    assert len(_w) >= 3, _w
    _CUE_STARTS[_w[:3]] = (*_CUE_STARTS.get(_w[:3], ()), _w)
_PRODUCT_NEEDS = frozenset(w + s for w in _PRODUCT_NOUNS.split("|") for s in ("", "s"))  # "s?\b" after
_WORK_NEEDS = frozenset(_WORK_KINDS.split("|"))
_THING_NEEDS = frozenset(_THING_KINDS.split("|"))
_PARTY_NEEDS = frozenset(_PARTIES.split("|"))
assert all(
    p.pattern.startswith(r"\b(?:") for p in (_RELATION_AFTER, _KIND_BEFORE, _KIND_LIST, _PRODUCT_KIND, _CRAFT)
), "_starting_with needs the \\b"


def context_candidates(text: str) -> list[tuple[int, int, str]]:
    """Names typed by what surrounds them (see the module docstring): (start, end, label)."""
    out: list[tuple[int, int, str]] = []
    for tail in (_APPOSITION_TAIL, _RELATION_BEFORE_TAIL, _OFFICER_TAIL, _LISTING_TAIL):
        for t in tail.finditer(text):
            lo = max(0, t.start() - 80)
            m = _NAME_BEFORE.search(text[lo : t.start()])
            if m and (_ok(m.group("name")) or (tail is _OFFICER_TAIL and _mid_sentence_words(text, lo + m.start()))):
                if tail is _OFFICER_TAIL and m.group("name").split(" ", 1)[0] in _TITLES:
                    continue  # "Deputy Chairman Arman Sadykbek": a title, no organisation
                if tail is _OFFICER_TAIL and kind_of_word(m.group("name")) == "ORG":
                    # "Union spokesman Søren Dahl", "Ministry spokesman", "Board chairman": a
                    # kind of body alone, capitalised as a title's word or a sentence's first,
                    # describes the officer's body and names none (t13w F6: an ORG "Union")
                    continue
                # (a firm's name may begin with a given name, "by Royal Oaks chairman X": a person
                # is not written right before another person's job and name)
                out.append((*_no_possessive(lo + m.start("name"), lo + m.end("name"), text), "ORG"))
    in_text = text_words(text)  # a rule needing a noun whole (space before, \b after) needs it here
    cue_starts = _CUE_STARTS
    cue_words = [w for w in in_text if (cues := cue_starts.get(w[:3])) and w.startswith(cues)]  # one pass for the rules
    possessive = "'s " in text or "’s " in text  # every possessive rule needs one
    for k in _starting_with(_KIND_LIST, text, cue_words, _KIND_LIST_WORDS):
        at = k.end()
        while (m := _LIST_NAME.match(text, at)) is not None:
            name = m.group("name")
            if _ok(name) and not _person_shaped(name) and name.split(" ", 1)[0] not in _TITLES:
                out.append((*_no_possessive(m.start("name"), m.end("name"), text), "ORG"))
            if not m.group("sep"):
                break
            at = m.end()
    for m in _starting_with(_RELATION_AFTER, text, cue_words, _RELATION_WORDS):
        for g in ("name", "second"):
            # "run by Adaeze Okonkwo-Bello": a given name and a surname are a person
            if (
                m.group(g)
                and _ok(m.group(g))
                and not _person_shaped(m.group(g))
                and m.group(g).split(" ", 1)[0] not in _TITLES  # "a spokesman for Prime Minister X"
                and not m.group(g).endswith(("-based", "-headquartered"))  # "an analyst at Lusaka-based X"
                and not _KIN_OF.match(text, m.end(g) - 2)  # "run by Beridze's cousin X": Beridze has kin
            ):
                out.append((*_no_possessive(m.start(g), m.end(g), text), "ORG"))
    for m in _HEAD_OF.finditer(text) if " of " in text else ():
        name = m.group("name")
        if (
            _ok(name)
            and not _person_shaped(name)
            and name.split(" ", 1)[0] not in _TITLES  # "chief of Staff Ana Reyes"
            and not any(f"{w} {name}" in text for w in _PLACE_USE)  # "in Valdmark": a place's head
            and name.split(" ", 1)[0] not in _DEPARTMENTS
        ):
            out.append((m.start("name"), m.end("name"), "ORG"))
    for m in _starting_with(_KIND_BEFORE, text, cue_words, _KIND_BEFORE_WORDS):
        name = m.group("name")
        first = name.split(" ", 1)[0]
        if _CONTINUES.match(text, m.end("name")):
            continue  # "the group People for the Ethical ...": a longer name than the pattern reads
        if _ok(name) and not _person_shaped(name) and first not in _TITLES:
            out.append((*_no_possessive(m.start("name"), m.end("name"), text), "ORG"))
    for m in _GROUP_KIND_BEFORE.finditer(text) if any(k in text for k in _GROUP_KINDS) else ():
        name = m.group("name")
        if _ok(name) and not _person_shaped(name) and name.split(" ", 1)[0] not in _TITLES:
            out.append((*_no_possessive(m.start("name"), m.end("name"), text), _GROUP_KINDS[m.group("kind")]))
    if not in_text.isdisjoint(_FACILITY_NEEDS):
        # a name's person cues searched once (the whole text each time): a mine named 2,000
        # times was quadratic, 15.8 s (review s35-rv2 item 3)
        as_person: dict[str, bool] = {}

        def read_as_person(name: str) -> bool:
            if name not in as_person:
                as_person[name] = _read_as_person(text, name)
            return as_person[name]

        for m in _FACILITY_AFTER.finditer(text):
            if _facility_name(m.group("name"), before=False):
                # a facility named after a person the article names: the whole phrase, so the
                # person stays one ("the Kwame Asante gold mine … Kwame Asante, who founded it")
                end = m.end() if read_as_person(m.group("name")) else m.end("name")
                out.append((*_no_possessive(m.start("name"), end, text), "FAC"))
        for m in _FACILITY_KIND_BEFORE.finditer(text):
            # ("la mina Rosa Quispe … Dr. Rosa Quispe": the person's name, and the mine no name)
            if _facility_name(m.group("name"), before=True) and not read_as_person(m.group("name")):
                out.append((m.start("name"), m.end("name"), "FAC"))
    for m in _KIND_OPENING.finditer(text) if any(k in in_text for k in OPENING_KINDS) else ():
        name = m.group("name")
        whole = f"{m.group('kind')} {name}"
        if (
            _ok(name)
            and not _person_shaped(name)
            and name.split(" ", 1)[0] not in _TITLES
            and not re.search(rf"[{LOWER}] {re.escape(whole)}\b", text)
        ):
            out.append((*_no_possessive(m.start("name"), m.end("name"), text), "ORG"))
    for m in (
        _LOCAL_UNIT.finditer(text)
        if " branch" in text or " chapter" in text or " congregation" in text or " parish" in text
        else ()
    ):
        group = "own" if m.group("own") else "church"
        if _ok(m.group(group)) and not _person_shaped(m.group(group)):
            out.append((m.start(group), m.end(group), "GPE"))
    for m in _TOLD_LOWER_THE.finditer(text) if "told the " in text else ():
        name = m.group("name")
        goes_on = _CONTINUES.match(text, m.end("name"))
        if goes_on and text[goes_on.end() - 1 :].split(" ", 1)[0].rstrip(".,;:") in WEEKDAYS_MONTHS:
            goes_on = None  # "told the Harbour Ledger on Monday"
        if _ok(name) and name.split(" ", 1)[0] not in _TITLES and not goes_on:
            out.append((*_no_possessive(m.start("name"), m.end("name"), text), "ORG"))
    for m in _TOLD_THE.finditer(text) if "told The " in text else ():
        if _ok(m.group("name")[4:]) and not _CONTINUES.match(text, m.end("name")):
            out.append((*_no_possessive(m.start("name"), m.end("name"), text), "ORG"))
    for t in _POSSESSIVE_ORG.finditer(text) if possessive else ():
        lo = max(0, t.start() - 40)
        m = _POSSESSOR.search(text, lo, t.start())
        if m and _ok(m.group()):
            out.append((m.start(), t.end() - 1, "ORG"))  # the "'s" is part of the name
    if possessive:
        for m in _POSSESSIVE_SUBJECT.finditer(text):
            if _ok(m.group("name")[:-2]):
                out.append((m.start("name"), m.end("name") + len(m.group("rest").rstrip()), "ORG"))
    for m in _PRODUCT.finditer(text) if not in_text.isdisjoint(_PRODUCT_NEEDS) else ():
        out.append((m.start("name"), m.end("name"), "PRODUCT"))
    for m in _WORK.finditer(text) if not in_text.isdisjoint(_WORK_NEEDS) else ():
        name, end = m.group("name"), m.end("name")
        if (when := _WORK_WHEN.search(name)) is not None:
            name, end = name[: when.start()], m.start("name") + when.start()  # "called The Salmon Return in May"
        # a title may open with "The" ("The Ice Speaks Twice"): the words after it are the test
        own = name[4:] if name.startswith("The ") else name
        if (
            m.group("link") == ","
            and m.group("mod") in ("the", "a", "an")
            and not (own != name and text.startswith(",", end))
        ):
            # "In the film, Varda joins him": a person may follow a bare "the film,"; a title
            # opening with "The" in commas is the work's ("a documentary, The Hands Remember, was made")
            continue
        if _ok(own) and not _person_shaped(own):
            out.append((m.start("name"), end, "WORK_OF_ART"))
    for m in _PARTY_MEMBER.finditer(text) if not in_text.isdisjoint(_PARTY_NEEDS) else ():
        words = m.group("name").split(" ")
        if _ok(m.group("name")) and not any(w in CUES or w in _TITLES for w in words):
            out.append((m.start("name"), m.end("name"), "PERSON"))
    for m in _starting_with(
        _PRODUCT_KIND, text, cue_words, _PRODUCT_KIND_WORDS
    ):  # after a product's kind a given name is no person's
        if _ok(m.group("name")):
            out.append((m.start("name"), m.end("name"), "PRODUCT"))
    for m in _POSSESSED_PRODUCT.finditer(text) if possessive else ():
        words = m.group("name").split(" ")
        if len(words) == 2 and words[1][0].isdigit():
            continue  # "Air Vessa's Flight 447", "Acme's Phase 2": a number of a word, no model
        if _ok(m.group("name")) and not _person_shaped(m.group("name")):
            out.append((m.start("name"), m.end("name"), "PRODUCT"))
    if "OS" in text:
        out.extend((m.start(), m.end(), "PRODUCT") for m in _OS.finditer(text))
    for m in _MODEL_NUMBER.finditer(text):
        if not (m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha()):
            continue
        w = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if (
            w
            and _MIXED_MODEL.fullmatch(w.group())
            and not (w.start() and (text[w.start() - 1].isalnum() or text[w.start() - 1] in "-_"))
        ):
            out.append((w.start(), m.end(), "PRODUCT"))
    for t in _THING_APPOSITION_TAIL.finditer(text):
        lo = max(0, t.start() - 40)
        m = _THING_NAME_BEFORE.search(text, lo, t.start())
        if m is None or not _ok(m.group("name")):
            continue
        if t.group("ship") is not None:
            # (a ship is written with "the" before its name, a person never: "the Coral Meridian, a
            # bulk carrier" is the ship whatever its words, "John Ferry, a tug of war champion" no
            # ship, review s52-rv #3)
            thing = text[max(0, m.start("name") - 4) : m.start("name")].lower() == "the "
        else:
            thing = not _person_shaped(m.group("name"))
        if thing:
            out.append((m.start("name"), m.end("name"), "PRODUCT"))
    for m in _THE_NAME_THING.finditer(text) if not in_text.isdisjoint(_THING_NEEDS) else ():
        out.append((m.start("name"), m.end("name"), "PRODUCT"))
    vessels: set[str] = set()
    for m in _starting_with(_CRAFT, text, cue_words, _CRAFT_WORDS):
        if _ok(m.group("name")) and m.group("name") not in WEEKDAYS_MONTHS:
            out.append((m.start("name"), m.end("name"), "PRODUCT"))
            vessels.add(m.group("name"))
    prefixed = _prefixed_ships(text) if _SHIP_PREFIX_GATE.search(text) else []
    vessels.update(m.group("name") for m in prefixed)
    aboard = list(_ABOARD.finditer(text)) if any(g in text for g in _ABOARD_GATES) else []
    vessels.update(m.group("name") for m in aboard if not m.group().startswith("master"))
    for m in aboard:
        if (
            _ok(m.group("name"))
            and m.group("name") not in WEEKDAYS_MONTHS
            and (not m.group().startswith("master") or _master_of_vessel(text, m, vessels))
        ):
            out.append((m.start("name"), m.end("name"), "PRODUCT"))
    for m in prefixed:
        out.append((m.start("name"), m.end("name"), "PRODUCT"))
    # A flag or "Maru" says ship whatever else the words around say ("a bulk carrier, X," would
    # make X a firm): first, so it wins a tie.
    ships = [
        *(_FLAGGED.finditer(text) if "-flagged " in text else ()),
        *(_MARU.finditer(text) if " Maru" in text else ()),
    ]
    out[:0] = [(m.start("name"), m.end("name"), "PRODUCT") for m in ships if _ok(m.group("name"))]
    out.extend(lone_firms(text))
    out.extend(numbered_outlets(text))  # "Channel 5 Luzon News": the number inside the outlet's name
    if prefixes := vessel_prefixes(text):
        # "A ferry, the MV Esterel, is", "aboard the HMS Tern": a craft's name read by another rule
        # with its ship's prefix is the vessel after it (t13v F2, round s32-r: a PRODUCT "MV
        # Esterel" beside "Esterel" of the articles writing "The MV Esterel")
        ends = dict(prefixes)  # each prefix's start: its end
        out = [(ends[s] + 1, e, "PRODUCT") if ends.get(s, e) + 1 < e else (s, e, label) for s, e, label in out]
    return out


def _head_fold(text: str) -> str:
    """``text.casefold()`` with a dotless "ı" as "i": the case-insensitive match of :mod:`re`
    equates "ı" with "I" and "i" where casefold() does not; every other pair it equates has one
    casefold() (checked over all of Unicode's one-character case mappings)."""
    return text.casefold().replace("ı", "i")


_DIRECTION = re.compile(r"northern|southern|eastern|western|central", re.I)


def echo_headlines(
    text: str,
    chosen: list[tuple[int, int, str, str]],
    headlines: list[tuple[int, int, bool]],
    names: list[tuple[str, str, str]],
) -> list[tuple[int, int, str, str]]:
    """``chosen`` with the headline words that repeat a name of the prose typed as that name.

    ``headlines``: (start, end, all caps) of the blocks in title case or capitals; ``names``:
    (name as written, label, key) typed in the prose, longest first. In an all-caps headline
    the match ignores case. A direction before a place there ("NORTHERN ENGLAND") is a region
    (LOC). Longer spans replace the shorter candidates they cover."""
    if not headlines or not names:
        return chosen
    # Only names written in some headline can match there: the patterns are built from those
    # alone (building them from every name of the prose, per article, was ~8% of a build's CPU).
    # Where re.IGNORECASE matches a name, _head_fold() of the two agrees character by character,
    # so the name's fold lies in the headlines' fold: the same names match at the same places.
    heads = _head_fold("\n".join(text[hs:he] for hs, he, _ in headlines))
    names = [x for x in names if _head_fold(x[0]) in heads]
    if not names:
        return chosen
    add: list[tuple[int, int, str, str]] = []
    by_name: dict[str, tuple[str, str]] = {}
    for name, label, key in names:
        by_name.setdefault(name.casefold(), (label, key))
    alternation = "|".join(re.escape(n) for n, _, _ in names)  # longest first: the longest wins
    exact = re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w-])")
    # (compiled only for a page with an all-caps headline: each compile parses every name again)
    folded = re.compile(exact.pattern, re.I) if any(caps for _, _, caps in headlines) else exact
    for hs, he, caps in headlines:
        # A name already found there (the gazetteer's "Google DeepMind") is only replaced by a
        # longer echo that covers it, never cut by a shorter one ("Google").
        taken = [(s, e) for s, e, label, _ in chosen if hs <= s < he and label in NAME_LABELS]
        for m in (folded if caps else exact).finditer(text, hs, he):
            s, e = m.span()
            if any(a < e and s < b and not (s <= a and b <= e) for a, b in taken):
                continue
            found = by_name.get(m.group().casefold())
            if found is None:  # a case-insensitive match casefold() spells differently ("ß")
                continue
            label, key = found
            before = re.search(r"(\w+) $", text[max(hs, s - 12) : s])
            if label == "GPE" and before and _DIRECTION.fullmatch(before.group(1)):
                # "NORTHERN ENGLAND", "Southern Valdmark" in a headline: a region
                direction = before.group(1)
                if (caps and direction.isupper()) or (not caps and direction[0].isupper()):
                    s -= len(before.group(0))
                    label, key = "LOC", "LOC:" + " ".join(w.capitalize() if caps else w for w in text[s:e].split())
            taken = [(a, b) for a, b in taken if not (s <= a and b <= e)] + [(s, e)]
            add.append((s, e, label, key))
    if not add:
        return chosen
    kept = [c for c in chosen if not any(a <= c[0] and c[1] <= b for a, b, _, _ in add)]
    kept = [c for c in kept if not any(a < c[1] and c[0] < b for a, b, _, _ in add)]
    return sorted(kept + add)
