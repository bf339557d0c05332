"""Words and clauses the fact sheet reads a figure by: the casualty cue words, money roles, the
clause before and after a figure, its verb, participles, the kinds of people counted."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from waic_reader.index.analysis.lexicon import (
    COUNTED_ADJECTIVES,
    NOUN_PHRASE_END,
    NUMBER_WORDS,
    STOP_WORDS,
)

CASUALTY: dict[str, tuple[str, str]] = {}  # cue word → (measure, label)
for _words, _key, _label in (
    (
        "killed kill kills killing dead died die dies dying deaths death toll fatalities lives bodies",
        "death",
        "death toll",
    ),
    # (each verb in its forms: "to injure 12 workers", "evacuates 300 patients", "are rescuing 40
    # villagers" say "were injured / evacuated / rescued", t13z H1, round s35-j)
    ("injured injure injuring injuries injures hurt wounded", "injured", "people injured"),
    ("missing unaccounted", "missing", "people missing"),
    (
        "evacuated evacuate evacuates evacuating evacuation evacuees moved relocated",
        "evacuated",
        "people evacuated",
    ),
    # Displaced is not evacuated: an evacuation moves people out ahead of a danger, and they go
    # back; the displaced have lost their homes ("left homeless"). Outlets report both, with
    # different figures, and a reader must not see them as one count in disagreement.
    ("displaced displace displaces displacing displacement homeless", "displaced", "people displaced"),
    ("rescued rescue rescues rescuing", "rescued", "people rescued"),
    ("arrested detained", "arrested", "people arrested"),
    # "90,000 containers are stuck on the quays" and "85,000 containers are stranded" are one
    # count (t13aj N4: two rows, the disagreement hidden)
    ("stranded stuck", "stranded", "people stranded"),
):
    for _w in _words.split():
        CASUALTY[_w] = (_key, _label)
# The units a text is written in (typography's and prosody's: a word, a sentence, a paragraph, a
# page, a chapter, a verse, a stanza, a syllable): a count of them ("we hear the same three
# sentences", "a statement of four paragraphs") counts words said or written, no thing of the story
# an outlet could report otherwise (t13an N7, round s47-f: a row "sentences"). "lines" and
# "letters" are left out: phone lines, rail lines and letters sent are things of a story.
TEXT_UNITS = frozenset(
    """word words sentence sentences paragraph paragraphs page pages chapter chapters verse verses
    stanza stanzas syllable syllables""".split()
)
# Nouns of what is said or thought, not of things: a count of them ("had heard two stories about
# the water", "gave three reasons why", "two versions of events") counts an outlet's discourse, no
# thing of the story another outlet could report otherwise (t13az N7, round s53-f2: a row "stories:
# 2"). Read only before a word that opens what they are about (:data:`DISCOURSE_AFTER`): "stories"
# of a building ("a 12-storey block", "three stories high") are floors.
DISCOURSE_NOUNS = frozenset(
    """stories accounts versions explanations narratives theories reasons questions answers
    arguments messages""".split()
)
DISCOURSE_AFTER = frozenset("about on why how that of".split())
# "times" after a number is a multiplier or a frequency ("almost three times the rail company's
# figure", "flooded three times"), never a count of things (t13az N7: a row "times: almost 3").
MULTIPLIER_NOUNS = frozenset({"times", "time", "fold"})
# Nouns that name one kind of counted thing, each mapped to the one key its counts and shares are
# compared by (the one list; percent.py and a count's noun read it): "40 ships" and "60 vessels"
# at anchor are one count (s42-rv finding 10: two single rows, a rising count never shown), as
# "9,000 dockworkers" and "9,000 dockers" are, and a share of checks one of inspections (t13ahr N2).
SAME_NOUN: dict[str, str] = {
    **dict.fromkeys("ships vessels".split(), "ships"),
    **dict.fromkeys("ship vessel".split(), "ship"),
    **dict.fromkeys("dockworkers dockers longshoremen stevedores".split(), "dockworkers"),
    **dict.fromkeys("dockworker docker longshoreman stevedore".split(), "dockworker"),
    **dict.fromkeys("inspections inspection checks check audits audit checkups checkup".split(), "inspections"),
    # British and American words for one thing: "1,200 lorries were stuck" and "1,500 trucks were
    # stranded" are one count in disagreement (t13ajr S3: two single-source rows); British
    # spellings of one word too ("centres", "centers")
    **{
        word: key
        for words, key in (
            ("lorries trucks", "trucks"),
            ("lorry truck", "truck"),
            ("flats apartments", "apartments"),
            ("flat apartment", "apartment"),
            ("petrol gasoline", "petrol"),
            ("lifts elevators", "elevators"),
            ("pavements sidewalks", "sidewalks"),
            ("railways railroads", "railways"),
            ("aeroplanes airplanes", "airplanes"),
            ("trams streetcars", "trams"),
            ("nappies diapers", "diapers"),
            ("holidaymakers vacationers", "holidaymakers"),
            ("motorways freeways", "motorways"),
            ("tyres tires", "tires"),
            ("centres centers", "centers"),
            ("theatres theaters", "theaters"),
            ("programmes programs", "programs"),
            # a state's armed service members (the US DoD Dictionary's "service member": a member
            # of the armed forces, by any name a report gives them): "300 troops deployed" and
            # "300 soldiers deployed" are one count (round s48-f3; were two rows); a firefighter or
            # a police officer is another kind of responder and stays apart
            ("troops soldiers servicemembers servicemen servicewomen guardsmen", "troops"),
        )
        for word in words.split()
    },
}
# Two-word nouns of one kind with a one-word noun of SAME_NOUN: the US DoD Dictionary's "service
# member" and the British "service personnel" are the armed forces' members, "troops" (t13ap-r,
# round s49-f: "1,100 service members" was not compared with "1,200 soldiers", its "service" a
# modifier telling two kinds apart).
SAME_COMPOUND: dict[tuple[str, str], str] = {("service", "members"): "troops", ("service", "personnel"): "troops"}


def counted_kind(words: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """(the kind a count's noun phrase ``words`` (lower case) is keyed by, its words before that
    noun): its last two words where they are a noun of :data:`SAME_COMPOUND` ("service members" →
    "troops", ()), else its last word as :data:`SAME_NOUN` keys it ("large vessels" → "ships",
    ("large",)); ("", ()) for no words."""
    if len(words) >= 2 and (kind := SAME_COMPOUND.get((words[-2], words[-1]))):
        return kind, tuple(words[:-2])
    if not words:
        return "", ()
    return SAME_NOUN.get(words[-1], words[-1]), tuple(words[:-1])


# Words before a counted noun that tell no count of it from another, left out of the modifiers its
# counts are compared by (the label keeps them as written): that the things were officially counted
# ("87 confirmed cases", "112 recorded cases" and "134 cases" are one outbreak's cases; "suspected"
# cases stay apart), or the disease of its cases ("measles cases": the one outbreak's; s42-rv
# finding 10, three single rows and no rise shown).
# Diseases by name: what cases are of, and what a rate is of ("polio vaccination coverage")
DISEASES = frozenset(
    """measles mumps rabies scabies cholera covid covid-19 flu influenza ebola mpox dengue polio
    diphtheria tuberculosis malaria typhoid hepatitis rubella""".split()
)
PLAIN_MODIFIERS = DISEASES | frozenset("confirmed reported recorded registered known official".split())
MONEY_ROLES: dict[str, str] = {}
for _words, _role in (
    # Money given or promised (what it is for is read apart, whatever the verb: :func:`~.money_purpose.money_purpose`)
    # (its verbs of giving too: "The firm will donate $5m", "The ministry allocated €3m", "would
    # contribute EUR 40 million", "would release emergency funds of 40 million euros": t13x F14;
    # "would pay $5 million", "has offered five million dollars": t13y G1; the noun "offer" is a
    # bid's, "tendered its offer at"; "will give Rs 1 lakh to each bereaved family", "would provide
    # S/ 10 million": t13ag-r N2, a bare "amount (INR)" beside the other outlet's money pledged;
    # "given" is left out, a preposition too: "given the $2 billion deficit"; the noun "grant" is
    # money_roles.GRANTS, read only where it names the sum's level: "cut £2m from the grant" is a cut;
    # a loan, "offered a bridge loan of $300 million", "would lend $300 million to the airline", as
    # "a credit line" is: t13al-r N2/a, rows "money offered" and "amount (USD): airline"; "sent" is
    # no verb of giving here, it sends remittances home and prices up: money_roles.sent_as_aid reads
    # it as aid only by its goods or a giver body's recipient, review s47-rv finding 4)
    (
        """pledged pledge pledges promised promise package aid relief fund funds earmarked donate donates
        donated donating donation donations contribute contributes contributed contributing contribution
        allocate allocates allocated allocating release releases released releasing
        pay pays paying give gives gave giving provide provides provided providing
        approve approves approved approving funding
        lend lends lent lending loan loans""",
        "pledged",
    ),
    # An offer is no pledge: offered in a negotiation or a settlement, it may be turned down ("The
    # rail company offered €800 to each family" was *money pledged*, round s36-d); only the verb's
    # forms, the noun "offer" is a bid's or a pay offer's. "offering" is the verb only after an
    # auxiliary ("is offering €800": :data:`OFFERING`), else a noun of finance ("The bank's share
    # offering of $500 million" was money offered: review s36-rv finding 13, round s36-c3).
    # ("tabled" too: "has tabled a 3% increase", "tabled £40m", an offer put to the other side)
    ("offered tabled", "offered"),
    ("damage damages losses loss", "damage"),
    # What something costs, by any of its words: "Repairs will cost", "the repair bill", "the
    # price of the new pumps" (the thing it is the cost of: :func:`cost_thing`).
    ("cost costs costing bill bills price prices tab expense expenses", "cost"),
    # ("funding" is money given, "$4.5m in emergency funding", "increase emergency funding to $6m";
    # "approved $4.5 million" gives it: t13ak N4, three outlets' sum read "money raised")
    ("raised raise raises round", "raised"),
    # Money a budget cuts or saves ("cuts £58m from services", "needs to save £58m"), and a gap in
    # one ("a £72m funding gap", "a shortfall of $3bn"): measures of their own, never money raised
    # or given (review s41-rv finding 4: the three were one row "money raised" that disagreed)
    ("cut cuts cutting save saves saving savings", "cut"),
    ("gap gaps shortfall shortfalls deficit deficits", "shortfall"),
    ("profit profits earnings", "profit"),
    ("revenue revenues sales turnover", "revenue"),
    ("investment invest invested investing", "investment"),
    # "fined £2.3m", "paid ₹3 lakh in fines", "$40,000 in penalties" (t13w F5: a revenue)
    ("fine fined fines penalty penalties", "fine"),
    # What an owner holds ("holds NOK 300 million of the contractor's bonds", "a €45 million
    # stake"): its verb, nearer the money than the holder's own noun ("a Norwegian fund" read
    # as money pledged, t13l F10).
    ("holds hold held holding owns owned stake stakes", "holding"),
    # What a bidder offers for a contract ("put its repair bid at Rs 16,189 crore", "tendered at"):
    # a bid, never money pledged (t13p F5).
    ("bid bids tender tenders tendered", "bid"),
    # A bank's deposits, the money its savers hold with it ("holds total deposits of €18.4
    # billion", "18.2 billion euros in deposits", "Deposits totalled …"): one measure however
    # worded, never a bare amount beside a credit line or the per-saver guarantee (t13al N1, N2:
    # "amount (EUR)" held €18.4bn and €100,000, "amount (EUR): central" €17.9bn and a €2.5bn loan).
    # (a cap on what a guarantee covers is read first: money_roles.cover_limit)
    ("deposits", "deposits"),
    # What a debtor owes ("owed $1.2 billion to creditors", "had debts of $1.4 billion", "owes
    # £30m"): one measure however worded, its debtor's (owners.OWNED_MEASURES), never a bare amount
    # beside a row "amount: debts" (t13al-r N2/a: the true disagreement showed as two single rows)
    ("owe owes owed owing debt debts liabilities", "debt"),
    # Money one side demands of another: a ransom, money "demanded", "sought" or that someone
    # "wants" (t13z H3, round s35-j: "will not pay the €4.1m ransom demanded by the hackers",
    # "would not pay the £3.6m the hackers want" were *money pledged*); "asked for" is
    # :data:`ASKED_FOR` ("asked how the $2.5 million would be spent" demands nothing).
    # "the £500,000 payout claimed by the residents' solicitors", "a €20 million claim from the families"
    # (t13aa K5, round s35-fb; the plural "claims" is an insurer's, left out)
    (
        "ransom ransoms demanded demand demands demanding sought seeking want wants wanted claimed claiming claim",
        "demanded",
    ),
):
    for _w in _words.split():
        MONEY_ROLES[_w] = _role
# The bare forms of the giving verbs (:data:`MONEY_ROLES`' "pledged"), as a clause one side demands
# of another words them ("demanded that Halvard Grid pay €150", "wants the firm to give $2m"), the
# verbs of demanding that put such a clause (MONEY_ROLES' "demanded" but "claimed" and "sought",
# which report and try: "claimed it would pay", "sought to pay"), and the verbs of urging that
# demand as "demand" does ("urged the council to pay £200", "called on the insurer to provide €5m"):
# such a sum is demanded, never money the payer pledged (t13ay N3, round s53-f3: the regulator's
# demand was "money pledged").
_BARE_GIVING = frozenset("pay give contribute provide donate allocate release lend offer".split())
_DEMANDING = frozenset("demanded demand demands demanding want wants wanted".split())
_URGING = frozenset("urged urge urges urging called calls calling insisted insists ordered orders told".split())
# the most words between the verb of demanding and the giving verb: "that", the payer, "to"
_PAYER_WORDS = 6


def payment_demanded(before: Sequence[str]) -> int | None:
    """The index in ``before`` of a verb of demanding or urging (:data:`_DEMANDING`,
    :data:`_URGING`) whose clause the giving verb governing an amount is the bare verb of, the payer
    between ("demanded that X pay", "urged X to give"; "wants to pay" is the subject's own intent,
    "told reporters it would pay" a report: no modal nor auxiliary between); its subject is the
    demander (owners.demander). None when there is none. ``before``: the clause's lower-case words
    before the amount."""
    giving = [k for k, w in enumerate(before) if w in _BARE_GIVING]
    if not giving:
        return None
    k = giving[-1]
    demands = [j for j, w in enumerate(before[:k]) if w in _DEMANDING or w in _URGING]
    if not demands:
        return None
    between = before[demands[-1] + 1 : k]
    if not 0 < len(between) <= _PAYER_WORDS or not set(between) - {"to", "that", "on"}:
        return None
    if set(between) & (AUXILIARIES | MODALS):
        return None
    return demands[-1]
    k = giving[-1]
    demands = [
        j for j, w in enumerate(before[:k]) if MONEY_ROLES.get(bare_word(w)) == "demanded" or bare_word(w) in _URGING
    ]
    if demands and [w for w in before[demands[-1] + 1 : k] if w not in ("to", "that")]:
        return demands[-1]
    return None


# Money set apart for a use, a provision in a firm's accounts (IAS 37's "provisions", the press's
# "set aside", "put aside"; "earmarked" is a giving verb above): the phrasal verbs' first words
# before "aside", and the one-word verbs of reserving money (earmark, reserve, ring-fence), the one
# list :func:`sets_aside` and money_roles' verb after a sum read (review s47-rv finding 10: two
# lists, "reserved" in one only). A sum set aside is money given by its owner (round s47-f: "has
# set aside £1.4bn" was a bare "amount (GBP)" beside the other article's "£1.2bn to cover
# compensation").
SETTING_ASIDE = frozenset("set sets setting put puts putting laid lay lays laying".split())
ASIDE_WORD = "aside"
SET_APART = frozenset("earmarked reserved ring-fenced ringfenced".split())
# The noun of an accounting provision counts only in its phrase, "a provision of £2bn", "provisions
# for claims": bare "provisions" are food and supplies in disaster news ("delivered provisions worth
# ₱2 million", review s47-rv finding 9).
_PROVISION = frozenset("provision provisions".split())
_PROVISION_AFTER = frozenset("of for".split())


def sets_aside(words: Sequence[str]) -> bool:
    """Whether lower-case clause or sentence ``words`` set money aside: "set aside", "has put
    aside", "laid aside" (:data:`SETTING_ASIDE` right before "aside"), "earmarked", "reserved",
    "ring-fenced" (:data:`SET_APART`), "a provision of", "provisions for"."""
    return any(
        w in SET_APART
        or (w == ASIDE_WORD and k and words[k - 1] in SETTING_ASIDE)
        or (w in _PROVISION and k + 1 < len(words) and words[k + 1] in _PROVISION_AFTER)
        for k, w in enumerate(words)
    )


# A verb of setting money apart after the sum, with its auxiliaries ("£1.4bn set aside", "$2m has
# been put aside", "£165m earmarked", "€3m ring-fenced"): the sum's purpose is read after it, as after
# the verb written before the sum ("set aside £1.4bn for claims"), and its owner in a passive's agent
# ("has been set aside by Northwave Water": owners.donor). Built from the one word list above.
SET_ASIDE_AFTER = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|been|being|be))*"
    rf"\s+(?:(?:{'|'.join(sorted(SETTING_ASIDE))})\s+{ASIDE_WORD}|{'|'.join(re.escape(w) for w in sorted(SET_APART))})\b",
    re.I,
)


# The gerund of "offer": money offered only after an auxiliary ("The rail company is offering
# €800", "was offering $5 million"), a noun otherwise ("a share offering", "its public offering").
OFFERING = "offering"
# "asked for $500,000", "is asking for €2m": money demanded, only with "for" right before the amount.
ASKED_FOR = frozenset("ask asks asked asking".split())


# The nouns of events a story's figures may be of, as a regular expression: this one's ("Five crew
# members were injured in the fire") or an earlier one ("A 1987 landslide killed 31").
EVENT_NOUNS = (
    "fires?|blasts?|explosions?|accidents?|disasters?|(?:earth)?quakes?|floods?|storms?|incidents?"
    "|crash(?:es)?|attacks?|leaks?|spills?|collapses?|eruptions?|outbreaks?|derailments?|strikes?"
    "|avalanches?|landslides?|mudslides?|rockslides?|slides?"
)
# The past tense of the verbs of :data:`EVENT_NOUNS`' events, as a regular expression: "when Keldra
# last erupted", "the train derailed at 2:40 a.m.", "the blast happened at around 3:15".
EVENTS_DONE = (
    r"erupted|burned|burnt|exploded|flooded|struck|hit|crashed|collapsed|derailed|occurred|happened"
    r"|broke\s+out|shook|blew"
)


# Verbs of giving read only right before the amount they give, never after it ("the European Union
# added €1.5 million", "the union has found 200,000 euros of its own"; "'Damage is €3bn,' he added"
# names no gift): ``None`` — any amount after; a word — only with that word after the amount ("of
# its own": "police found €20,000" is no gift). t13y G1.
GIVING_BEFORE: dict[str, str | None] = {"added": None, "adds": None, "found": "own", "finds": "own"}
# (an ampersand between letters is inside the word, as a name writes it: "PG&E", "AT&T", "R&D";
# was split into "PG", "E", labels "PG E Corp", "change in E Corp shares": issue #16, round s53-f)
WORD = re.compile(r"[^\W\d_][\w’'-]*(?:&[^\W\d_][\w’'-]*)*")
# "a factor of twelve", "the population of 5,000": a bare number named by the noun it closes.
OF_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+([^\W\d_]+)\s+of\s+$")
# Nouns that close "a ... of N" without saying what N counts ("a total of 12", "the number of"),
# never a fact's label.
QUANTITY_NOUNS = frozenset(
    """total number numbers maximum minimum average tally figure figures count sum estimate
    majority minority handful fraction share proportion percentage ratio rate level score
    amount amounts range series set group batch lot""".split()
)
# What joins a count to the count of where its things are: "12 people in 3 cars", "300 homes
# in 4 districts", "40 people from 12 villages".
JOINED = re.compile(
    r"\s+(?:of|in|from|across|on|aboard|inside|at)\s+(?:(?:the|an?|its|their|our|his|her)\s+)?"
    # "400 of the plant's 1,100 workers", "200 of its 1,500 staff", "90 of Harbor Mill's 640 employees"
    r"(?:(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*['’]s\s+)?",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s|\band\b|\bbut\b|\bwhile\b|\bwhich\b|\bwho\b")


# A relative clause right after a count says what happened to its things: "All 300 people who
# were evacuated are home" is a count of the evacuated (a "who" there had cut the clause before
# "evacuated": a split row, "people" beside *people evacuated*: #16, s21-d).
# So does a participle phrase of where its people live ("About 1,200 residents living within 2
# kilometres of the plant were evacuated": a count of people evacuated, read as *residents*, its
# verb past the phrase's own figure, t13n F6).
_RELATIVE_AFTER = re.compile(r"\s*(?:who|living|residing|staying|sheltering)\b", re.I)


# A count of some of the things just counted, by a pronoun: "21 people were injured, six of them
# seriously", "carrying 212 passengers, seven of whom were killed" (a part, never a value of the
# whole's count: places.partitive; its clause is the part's, never the whole's: roles.list_tail).
OF_PRONOUN_AFTER = re.compile(r"\s+of\s+(?:them|whom|those|these|which)\b(?!\s+(?:who|that)\b)", re.I)


# A list of places' (or other) names after a count's "of", "in" or "from", its commas and "and"
# no clause break: "about 23,000 residents of Millbrook, Cedar Flats and Ostrava Springs were
# ordered to leave" keeps its verb (t13ap N2: the count was a bare row "residents"). Names are
# words opening with a capital, one to three of them each. Two names joined by "and" are such a
# list too ("Approximately 1,200 residents of Marrow Point and Little Aubrac have been evacuated",
# t13av N5: a row "residents"), and so is a last conjunct in lower case right before the count's
# auxiliary ("of Millbrook and nearby villages were evacuated"): a noun phrase of the "of", no
# clause of its own (one with a verb, "and rescuers reached them", has no auxiliary right after
# its first words and still ends the clause).
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
_LAST_CONJUNCT = rf"(?:{_NAME}\b|(?:[a-z][\w’'-]*\s+){{0,2}}[a-z][\w’'-]*(?=\s+(?:were|was|have|has|had|are|is)\s))"
_NAME_LIST = re.compile(rf"\s+(?:of|in|from)\s+(?:{_NAME},\s+)*{_NAME},?\s+(?:and|or)\s+{_LAST_CONJUNCT}")


def clause_end(seg: str) -> int:
    """Where the clause that opens ``seg`` (the text after a figure) ends: at its first clause
    break (:data:`_CLAUSE_BREAK`), past a relative "who" right after the figure and past a list of
    names (:data:`_NAME_LIST`); ``len(seg)`` when none."""
    rel = _RELATIVE_AFTER.match(seg)
    names = _NAME_LIST.match(seg)
    cut = _CLAUSE_BREAK.search(seg, names.end() if names else rel.end() if rel else 0)
    return cut.start() if cut else len(seg)


def clause_after(text: str, pos: int, limit: int, next_start: int | None = None) -> list[str]:
    """The first words of the clause after a figure (at most six; twelve when a relative "who"
    opens it), lower case. When the next
    figure of the sentence (at ``next_start``) comes first, the words nearer to it than to this
    one are left out: they are said of it ("three ferries were in port when the toll hit 16":
    "toll" is the 16's)."""
    seg = text[pos:limit]
    end = clause_end(seg)
    words = [w.lower() for w in WORD.findall(seg[:end])]
    relative = _RELATIVE_AFTER.match(seg)
    if next_start is not None and pos <= next_start < pos + end and not relative:
        words = [w.lower() for w in WORD.findall(text[pos:next_start])]
        words = words[: max((len(words) + 1) // 2, _own_verb_end(words))]
    # A relative clause before the count's own verb takes words of its own: "300 people who live
    # near the plant were evacuated" (a "people" row apart, its cue the seventh word); so does an
    # "of" phrase, "All 3,700 residents of the fishing town of Hafnarvík were evacuated" (t13as N3).
    return words[: 12 if relative or words[:1] == ["of"] else 6]


_NOUN_WORDS_BEFORE_VERB = 2  # "17 miners were trapped", "17 coal miners were trapped"


def _own_verb_end(words: Sequence[str]) -> int:
    """How many of ``words`` (after a figure, lower case) are its own verb phrase: at most
    :data:`_NOUN_WORDS_BEFORE_VERB` words of its noun, auxiliaries or adverbs (one auxiliary at
    least) and a participle ("miners were trapped", "are still trapped"); 0 when they open
    otherwise. The count's own verb however near the next figure it stands ("Seventeen miners were
    trapped 420 metres underground" was a count of "miners", "trapped" read as the 420 m's; t13y G2)."""
    i = 0
    while i < len(words) and i < _NOUN_WORDS_BEFORE_VERB and words[i] not in AUXILIARIES:
        i += 1
    auxiliaries = 0
    while i < len(words) and (words[i] in AUXILIARIES or words[i] in VERB_ADVERBS):
        auxiliaries += words[i] in AUXILIARIES
        i += 1
    return i + 1 if auxiliaries and i < len(words) and is_participle(words[i]) else 0


# A name's appositive before the verb ("X Nyrt, the inspection company, fell", "Hidroandina, the
# operator, said it had set aside"): the last pair of commas before the figure, opening with an
# article, after a capitalised word (read by a rate's subject and a figure's owner).
APPOSITIVE = re.compile(r"(?P<name>[^\W\d_][\w’'-]*),\s+(?:the|an?)\s+[^,;:()—–]{1,60}?,\s+(?=[^,;:()—–]*$)")


# A clause joiner between two figures of a sentence ("India's government pledged ₹3 lakh and Indian
# contractor Larsen Hydro put its repair bid at Rs 16,189 crore"): the second figure's clause opens
# after it when it has words of its own (a subject, a verb: :data:`OWN_CLAUSE_WORDS` or more), so its
# measure and owner are never read from the first figure's words ("pledged", "government"; t13p F5).
_FIGURE_JOINER = re.compile(r"\b(?:and|while|whereas|but)\b|;", re.I)
OWN_CLAUSE_WORDS = 3


def own_clause_start(text: str, start: int, pos: int, prev_end: int | None) -> int:
    """Where the clause of a figure at ``pos`` opens: ``start`` (its sentence's or clause's start),
    or after the last joiner (:data:`_FIGURE_JOINER`) between the sentence's previous figure
    (ending at ``prev_end``) and it, when at least :data:`OWN_CLAUSE_WORDS` words follow the joiner
    ("and Indian contractor Larsen Hydro put its repair bid at", never "and another")."""
    if prev_end is None or prev_end <= start or prev_end > pos:
        return start
    joiner = None
    for joiner in _FIGURE_JOINER.finditer(text, prev_end, pos):
        pass
    if joiner is None or len(WORD.findall(text, joiner.end(), pos)) < OWN_CLAUSE_WORDS:
        return start
    return joiner.end()


def clause_before(
    text: str, pos: int, start: int, strict: bool = False, keep_case: bool = False, most: int = 12
) -> list[str]:
    """The words of the clause before a figure (at most ``most``), lower case (as written with
    ``keep_case``); ``strict`` also ends the clause at a comma, "and", "or" (for a figure that
    names what it counts, a cue there is another figure's: "evacuated from the town and two
    hamlets")."""
    seg = text[start:pos]
    cuts = list(re.finditer(r"[;:()—–]|\s-\s" + (r"|,|\band\b|\bor\b" if strict else ""), seg))
    if cuts:
        seg = seg[cuts[-1].end() :]
    return [w if keep_case else w.lower() for w in WORD.findall(seg)][-most:]


def comma_parts(text: str, pos: int, start: int) -> list[list[str]]:
    """The lower-case words of the clause before ``pos`` (from ``start``, cut as
    :func:`clause_before` cuts it) in its parts between commas, in order: "Oskby airport, 30 km
    from the crater, will stay closed for" → [["oskby", "airport"], ["km", "from", "the",
    "crater"], ["will", "stay", "closed", "for"]] (numbers are no words). A phrase before a
    subject ("In Oskby, schools …") or an aside after it is a part of its own."""
    seg = text[start:pos]
    cuts = list(re.finditer(r"[;:()—–]|\s-\s", seg))
    if cuts:
        seg = seg[cuts[-1].end() :]
    return [[w.lower() for w in WORD.findall(part)] for part in seg.split(",")]


def nearest_cue(words: Sequence[str], table: dict[str, Any], reverse: bool = False) -> Any:
    for w in reversed(words) if reverse else words:
        w = bare_word(w)
        if w in table:
            return table[w]
    return None


# The verb of a figure's clause, read for every counted noun and measured area or length:
# "12 schools were closed", "80 families had been displaced", "3,000 hectares had burned".
# Auxiliaries and the adverbs between them and the participle ("had also been", "were
# temporarily") are passed over; the participle is a word in "-ed" or an irregular one.
# Verbs whose subject is given the money, never its payer ("Kellby would receive €5 million",
# "the town was granted $2m"): a reported clause holding one names no payer of its own
# (owners._reported_payer), and a fund as their subject is what the money is for
# (money_purpose.money_purpose: "The guarantee fund will receive a credit line of 2.5 billion euros").
RECEIVING = frozenset("receive receives received receiving get gets got getting granted awarded".split())
AUXILIARIES = frozenset("were was are is be been being have has had get got gets remain remained remains".split())
VERB_ADVERBS = frozenset("also already now still reportedly all since then later either both".split())
# Modal verbs before a clause's auxiliary ("30 people may be trapped", "12 miners could still be
# buried", "40 homes might have been destroyed"): a hedged report of what befell the counted things,
# read as the verb after them is (t13ao N5, round s47-f2: "up to 30 people may be trapped" was a
# row "people"). A modal with no auxiliary after it ("500 workers will strike") is no participle's.
MODALS = frozenset("may might could can would will should must shall".split())
_IRREGULAR_PARTICIPLES = frozenset(
    """burnt burned shut hit cut lost built sold struck swept broken taken stolen frozen fallen
    torn thrown blown overrun spent sent held kept laid paid sunk shot slain felled split spread
    wiped beaten drawn driven shaken bought caught brought fought sought razed rebuilt""".split()
)
# Participles that say how a count is known, not what happened to its things ("12 people
# were found dead", "were reported missing", "were left homeless"): the words after them do.
# English simple prepositions, a closed class (Quirk et al. 1985, §9.7): a word of where or when,
# never what a figure counts ("rescuers are still working inside two carriages" is no row
# "carriages: inside", t13aq N14).
PREPOSITIONS = frozenset(
    """aboard about above across after against along alongside amid amidst among amongst around astride
    at atop before behind below beneath beside besides between beyond by despite down during except
    for from inside into like near off on onto opposite outside over past per since through throughout
    till to toward towards under underneath unlike until up upon via with within without""".split()
)
# Those of them that say where a thing is (Quirk et al. 1985, §9.15-9.23, position): the object of one
# is a place, "working inside two carriages", never what a count of it measures ("a train with 120
# passengers" is a count of passengers).
PLACE_PREPOSITIONS = frozenset(
    """aboard above across along amid amidst among amongst around at atop behind below beneath beside between
    beyond in inside into near on onto outside over through throughout under underneath within""".split()
)
REPORTING_VERBS = frozenset(
    """found reported said believed thought feared expected estimated known confirmed listed
    counted recorded presumed understood registered identified left taken put seen""".split()
)

# Verbs a count can be the subject of without an auxiliary before them ("2,100 fled their homes",
# "400 spent the night in shelters", "90 remain in hospital"): with one of them, or a participle
# or an auxiliary, right after it, the figure is its own clause's subject (:func:`own_verb`); a past tense among them ("spent",
# "fled") is the count's own deed, never a participle of what befell it (measures._own_participle).
# (the verbs of changing over to another means, "Seven hospitals switched to generators", "clinics
# resorted to candles": the things' own move, whose count is the count of those things, as "Nine
# hospitals were running on generators" is; t13ay N7, round s53-f3: a row "hospitals switched")
FINITE_VERBS = frozenset(
    """fled spent left went took sought lost slept stayed stay stays remain remains remained
    live lived face faced need needed returned return returns moved sheltered huddled
    switched resorted reverted""".split()
)


# A rate: the period a figure is counted or measured over, read in the words right after the number
# or its counted noun ("3,000 passengers a day", "$3,000 a month", "500 litres per hour", "40
# flights daily", "each week", "annually"), or a rate's adjective in the counted noun ("3,000 daily
# passengers"). A rate and a total over a period ("412,000 passengers last year") count different
# things (t13q F15): the rate is part of what the figure measures, as its unit is. "A day after",
# "a year ago", "a week later" say when, no rate.
_PERIODS = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "night": "night",
    "week": "week",
    "fortnight": "fortnight",
    "month": "month",
    "year": "year",
    "annum": "year",
}
RATE_ADJECTIVES = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "fortnightly": "fortnight",
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
}
_RATE_AFTER = re.compile(
    rf"\s+(?:(?:a|an|per|each|every)\s+(?P<period>{'|'.join(_PERIODS)})"
    rf"|(?P<adverb>{'|'.join(w for w in RATE_ADJECTIVES if w != 'annual')}))\b"
    r"(?![’'-]|\s+(?:ago|after|before|later|earlier|on|into|or|and\s+a\s+half)\b)",
    re.I,
)


def rate_after(text: str, pos: int, limit: int) -> str:
    """The period of a rate written right after ``pos`` (a figure's end) in ``text[:limit]``: "day"
    for " a day", " per day", " each day", " daily"; "" when none (see :data:`_RATE_AFTER`)."""
    m = _RATE_AFTER.match(text, pos, limit)
    if m is None:
        return ""
    if m.group("period"):
        return _PERIODS[m.group("period").lower()]
    return RATE_ADJECTIVES[m.group("adverb").lower()]


def own_verb(after: Sequence[str]) -> bool:
    """Whether the clause after a figure opens with a verb of its own, adverbs passed over
    ("2,100 fled", "400 were moved", "90 still remain"): the figure is that verb's subject, and
    a cue in a clause before it ("Four people died and 2,100 fled") is said of another count."""
    for w in after[:4]:
        if w in VERB_ADVERBS:
            continue
        return w in AUXILIARIES or w in FINITE_VERBS or w in _IRREGULAR_PARTICIPLES or is_participle(w)
    return False


# Verbs that announce a count, saying who told it, not what was done to its things: "has confirmed
# 198 cases" and "the number of confirmed cases has risen to 214" are one count (t13ak N3: a live
# blog's two values under two verbs were never one value, its 198 never superseded).
_ANNOUNCING = frozenset(
    """report reports reported confirm confirms confirmed record records recorded register registers
    registered""".split()
)


def object_verb(before: Sequence[str]) -> str:
    """The verb right before a count, of which the count is the object, in the one form two such
    verbs are compared by ("runs three hospitals", "has hit three hospitals", "operated 12
    factories" → "run", "hit", "operat"): the last word of ``before`` (:func:`clause_before`) when
    it is a finite verb (:data:`FINITE_VERBS`), a participle or a third person's "-s" form; "" for
    any other word (a preposition, a possessive, an adjective, a base form after "to") or a verb
    announcing the count (:data:`_ANNOUNCING`: "reported 214 cases")."""
    if not before:
        return ""
    w = before[-1]
    if not w.isalpha() or w in STOP_WORDS or w in _ANNOUNCING:
        return ""
    if w in FINITE_VERBS or w in _IRREGULAR_PARTICIPLES:
        return DELIVERED if w in _DELIVERING else w
    if is_participle(w):
        stem = w[:-3] + "y" if w.endswith("ied") else w[:-2] if w.endswith("ed") else w
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        stem = w[:-3] + "y" if w.endswith("ies") else w[:-1]
    else:
        return ""
    # "operates" and "operated", "closes" and "closed", "reaches" and "reached": one stem
    stem = stem[:-1] if stem.endswith("e") and len(stem) > 3 else stem
    return DELIVERED if stem in _DELIVERING else stem


# The ``verb`` of a count reported as its things' running figure, whatever verb says it: a count an
# announcing verb reports ("The county now reports 340 cases") or a tally's value ("cases have
# reached 331", "cases now stand at 352"): no verb done to its things, so compared as a count of no
# verb, but a live blog's such counts in two entries are its one count updated (review s43-rv
# finding 12: the blog's 331, 340 and 352 were three rows, "cases: reports" and "cases: stand").
REPORTED = "(reported)"


def announcing(before: Sequence[str]) -> bool:
    """Whether the last of ``before`` (a count's clause before it, lower case) is a verb announcing
    the count (:data:`_ANNOUNCING`: "reported", "confirms", "has recorded")."""
    return bool(before) and before[-1] in _ANNOUNCING


# Verbs that move things from a sender to a recipient (stems as :func:`object_verb` cuts them):
# "shipped 35,000 doses", "has distributed 35,000 doses", "had received 35,000 doses" count one
# delivery, one verb of comparison (t13ak N5: three rows of one count). Giving them out
# ("administered", "given") and ordering them ("ordered", "bought") are other counts.
DELIVERED = "deliver"
_DELIVERING = frozenset("deliver shipp ship distribut send sent dispatch suppli supply receiv airlift".split())


# Words ending in "ed" that are no participle: a noun, a verb's base form, a number ("| Line speed |
# 97 km/h |" was read "97 km/h line were speed", no speed limit: t13ab L2, round s36-q).
_ED_NON_PARTICIPLES = frozenset(
    "speed bleed breed creed greed steed tweed proceed succeed exceed hundred kindred sacred".split()
)


def is_participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or (
        len(word) > 4 and word.endswith("ed") and word not in STOP_WORDS and word not in _ED_NON_PARTICIPLES
    )


def ends_noun_phrase(after: Sequence[str]) -> bool:
    """Whether a noun followed by ``after`` (lower-case words) ends its noun phrase: nothing follows
    it, or a word of :data:`~waic_reader.index.analysis.lexicon.NOUN_PHRASE_END`, a participle or
    an "-ing" form opening a clause of its own ("burns requiring surgery", "the bus travelling to
    Oskby"). Any other word is a noun the first qualifies ("the bus station", "water treatment
    plants"; review s37-rv findings 2, 15, round s37-y2)."""
    if not after:
        return True
    w = after[0]
    return w in NOUN_PHRASE_END or is_participle(w) or (len(w) > 5 and w.endswith("ing"))


def bare_verb(after: Sequence[str]) -> list[str]:
    """The verb opening the clause after a count, past any auxiliaries and adverbs ("died",
    "were later killed" → "killed"), as a one-word list, else []."""
    i = 0
    while i < len(after) and i < 4 and (after[i] in AUXILIARIES or after[i] in VERB_ADVERBS):
        i += 1
    return list(after[i : i + 1])


# The words of an "of" phrase after a count passed over to its clause's verb ("of the nearby town
# of Hafnarvik": six words): a noun phrase of a determiner, two modifiers and a head, then a name's
# "of" phrase of two words.
_OF_PHRASE_WORDS = 8


def clause_verb(after: Sequence[str], need_auxiliary: bool = True) -> str:
    """The participle of the clause after a figure ("were closed", "had been displaced", "had
    burned"; with ``need_auxiliary`` false also a bare one, "3,000 hectares burned"), lower case;
    "" when there is none or it only says how the figure is known (:data:`REPORTING_VERBS`).
    A leading "of ..." is passed over, up to :data:`_OF_PHRASE_WORDS` words: "40 km of coastline
    had been flooded", "All 3,700 residents of the fishing town of Hafnarvík were evacuated" (t13as
    N3, round s50-f: a town named by its kind's noun and its name was too long a phrase)."""
    i = 0
    if after[:1] == ["of"]:
        i = next((k for k in range(1, min(len(after), _OF_PHRASE_WORDS + 1)) if after[k] in AUXILIARIES), len(after))
    auxiliaries = 0
    start = i
    modal = False
    while i < len(after) and i - start < 4:
        w = after[i]
        if w in AUXILIARIES:
            auxiliaries += 1
        elif w in MODALS and i == start:
            modal = True  # ("may be trapped": counted once its auxiliary follows)
        elif not (w in VERB_ADVERBS or ((auxiliaries or modal) and w.endswith("ly"))):
            break
        i += 1
    if i >= len(after) or (need_auxiliary and not auxiliaries) or (start > 0 and not auxiliaries):
        return ""
    w = after[i]
    return spelled_one_way(w) if is_participle(w) and w not in REPORTING_VERBS else ""


# The auxiliaries of the perfect ("have diverted"), active unless "been" follows; the others
# (be, get, remain) make the participle after them passive or a state.
_PERFECT_AUXILIARIES = frozenset("have has had".split())
# Words that open a verb's object noun phrase: the articles and a number (a count's object,
# "diverted 340 patients"); possessives are left out ("had lost their homes" is what befell them).
_OBJECT_OPENERS = frozenset("a an the".split())


# The adverbial particles of English phrasal verbs (CGEL 16.2: "turn away", "call off", "hand
# over") that may stand between a transitive verb and its object.
_PARTICLES = frozenset("away off out back up down over in on aside".split())
# A word or a number of the text after a count (digits with their separators: "340", "1,200").
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*")
# How far after a count's noun its verb and the object's first word are looked for (characters).
_ACTS_SPAN = 80


def acts_on_object(rest: str) -> bool:
    """Whether the text ``rest`` after a count's noun (to its sentence's end) opens with an active
    verb and its object: a verb in "-ed" bare or after a perfect's "have" (a particle may follow it,
    :data:`_PARTICLES`) (no "been", no be, get or remain: :data:`_PERFECT_AUXILIARIES`), then an
    article or a number (:data:`_OBJECT_OPENERS`, digits, lexicon.NUMBER_WORDS). "The group's
    five hospitals have diverted 340 patients", "its five hospitals entered a fourth day": the
    counted things did it, nothing befell them (t13ar N5: rows "hospitals diverted" and
    "hospitals entered"); "80 families had been displaced" and "had lost their homes" are not."""
    tail = [w.lower() for w in _TOKEN.findall(rest[:_ACTS_SPAN])]
    i = 0
    while i < len(tail) and (tail[i] in _PERFECT_AUXILIARIES or tail[i] in VERB_ADVERBS):
        i += 1
    if i + 1 >= len(tail) or tail[i] in AUXILIARIES or not tail[i].endswith("ed"):
        return False
    # (a phrasal verb's particle between the verb and its object: "have turned away 120
    # ambulances", "had called off 40 flights")
    i += 1 if tail[i + 1] in _PARTICLES and i + 2 < len(tail) else 0
    nxt = tail[i + 1]
    return nxt in _OBJECT_OPENERS or nxt[:1].isdigit() or nxt in NUMBER_WORDS


def spelled_one_way(verb: str) -> str:
    """A participle in the one spelling a measure keys it by: American "-eled" as British
    "-elled" ("canceled" and "cancelled" flights are one fact: two rows before, one outlet each)."""
    return verb[:-2] + "led" if verb.endswith("eled") and not verb.endswith("eeled") else verb


# Singular nouns in "-us" (their plurals end in "-uses" or "-i"); "menus", "emus" are plurals.
_SINGULAR_US = frozenset(
    "virus census campus status bonus corpus consensus apparatus stimulus fungus cactus nucleus radius".split()
)


def singular_of(word: str) -> str:
    """``word`` (a noun, lower case) without its plural's ending; a noun in "-ss" or "-is" is no
    plural ("debris", "crisis": "debri" had been a thing of its own, round s37-z2), nor a word in
    "-ous" or a singular noun in "-us" (:data:`_SINGULAR_US`: "previous", "virus", "census": "previou"
    had been an eruption's thing and a row's label, issue #16, s39-x1)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ous") or word in _SINGULAR_US:
        return word
    if word.endswith("s") and not word.endswith(("ss", "is")) and len(word) > 3:
        return word[:-1]
    return word


def sentence_words(text: str, sent: tuple[int, int]) -> list[str]:
    return [w.lower() for w in WORD.findall(text, sent[0], sent[1])]


# Nouns that count people as such, interchangeable in a named casualty measure: "twelve people
# killed", "18 dead", "the death toll stands at 18" (no noun) are one count. A narrower noun
# ("3 children killed", "300 families evacuated") counts a part or another thing: never compared.
PERSON_NOUNS = frozenset(
    {
        "people",
        "person",
        "persons",
        "dead",
        "deaths",
        "victims",
        "bodies",
        "casualties",
        "fatalities",
        "individuals",
        "lives",
    }
)


# Nouns for people of some kind, counted by a casualty measure ("3,500 residents evacuated",
# "2,000 passengers stranded"): the measure's fact, though never compared with a count of
# "people" (:data:`PERSON_NOUNS`). Any other noun ("homes", "vehicles", "cattle") is a thing
# the measure is said of: a fact of its own, labelled by the noun (:func:`_casualty_label`).
_PEOPLE_KINDS = frozenset(
    """residents inhabitants villagers locals citizens civilians passengers travellers travelers
    commuters tourists visitors holidaymakers guests pilgrims climbers hikers skiers swimmers
    divers fishermen sailors seafarers crew crewmen miners workers labourers employees staff
    soldiers troops officers policemen firefighters rescuers volunteers patients students pupils
    children kids adults men women girls boys babies infants elderly pensioners migrants
    refugees asylum protesters demonstrators strikers picketers activists rioters spectators fans
    prisoners inmates hostages survivors
    journalists reporters doctors nurses members colleagues co-workers coworkers""".split()
)

# The singular of each kind of people, counted when one is ("One worker was killed", "A man died"):
# the kind of its plural
_ONE_OF_KIND = {
    **{w[:-1]: w for w in _PEOPLE_KINDS if w.endswith("s") and not w.endswith(("ss", "men"))},
    **{w[:-3] + "man": w for w in _PEOPLE_KINDS if w.endswith("men")},
    "child": "children",
    "person": "people",
}


def one_of_people(noun: str) -> bool:
    """Whether a singular noun (lower case) names one person: "man", "woman", "worker", "person"
    (the singular of a kind of people, :data:`_ONE_OF_KIND`)."""
    return noun in _ONE_OF_KIND


def people_kind(head: str) -> bool:
    """Whether a count's noun counts people: of any kind (:data:`_PEOPLE_KINDS`), as such
    (:data:`PERSON_NOUNS`), by a casualty word used as a noun ("12 injured", "200 evacuees"),
    or with no noun at all."""
    head = SAME_NOUN.get(head, head)  # "dockers" are "dockworkers"
    head = _ONE_OF_KIND.get(head, head)  # "One worker was killed" counts a worker (t13ak-r S1)
    return (
        not head
        or head in PERSON_NOUNS
        or head in _PEOPLE_KINDS
        or head in COUNTED_ADJECTIVES
        or head in CASUALTY
        # workers of a trade in one word: "dockworkers", "steelworkers", "farmworkers" (t13aj N1)
        or (head.endswith("workers") and len(head) > 7)
    )


# People of an age or sex: a part of a toll ("3 children" of "7 dead"), never the toll itself.
_PART_KINDS = frozenset("children kids adults men women girls boys babies infants elderly pensioners".split())

# The casualty measures whose count is of people whatever noun names them (t13y G6: "Three other
# miners were killed", "three miners died", "Three died." are one death toll of 3): the dead,
# injured and missing of a story are its miners, passengers or climbers. Evacuated and displaced
# counts keep their nouns apart ("3,600 residents" beside "3,400 people": t13r F2), but for a place's
# population named as people where no article tells them apart (dimensions.POPULATION_NOUNS).
TOLL_MEASURES = frozenset({"death"})

# The people of a ship, a boat or a crew however named: one kind of count ("three crew missing",
# "four crew members", "five sailors", "six missing fishermen" were rows "members missing" and
# "people missing" whose crew, sailors and fishermen were never compared: t13af N4, round s38-y1).
CREW_NOUNS = frozenset("crew crews crewmen crewmembers sailors seafarers mariners fishermen deckhands".split())


def crew_kind(head: str, modifiers: Sequence[str] = ()) -> bool:
    """Whether a count's noun (lower case) counts a crew's people: :data:`CREW_NOUNS`, or
    "members" of a crew ("four crew members": ``modifiers`` holding "crew")."""
    return head in CREW_NOUNS or (head in ("members", "member") and "crew" in modifiers)


def toll_people(head: str) -> bool:
    """Whether a casualty count's noun (lower case, "" when none) names the people a toll
    (:data:`TOLL_MEASURES`) counts: people as such, or of any kind (:func:`people_kind`: "miners",
    "passengers", "climbers") but not a part of them by age or sex ("children", "women")."""
    return people_kind(head) and head not in _PART_KINDS


# Bodies recovered, found or pulled from somewhere ("The Ministry said two bodies were recovered
# downstream", "Divers recovered three bodies from the river", "the bodies of two men were found"):
# how many the searchers have got back so far, never the death toll (t13aa K2: a live blog's toll
# 6 → 9 → 11 was superseded by 2, a wire's 9 by 3). "Forty bodies lay in the morgue" still counts
# the dead.
BODY_NOUNS = frozenset("body bodies corpse corpses".split())
_RECOVERY_VERBS = frozenset(
    """recovered recover recovers recovering found find finds finding pulled pull pulls pulling
    retrieved retrieve retrieves retrieving located locate locates locating discovered discover
    discovers discovering exhumed washed brought dragged""".split()
)
# Words between the verb and a count of the bodies' people ("recovered the bodies of three men").
_BODIES_OF = ("the", "bodies", "body", "of")


def bodies_recovered(noun_words: Sequence[str], before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a count (its counted noun's lower-case ``noun_words``, the clause's lower-case words
    ``before`` and ``after`` it) counts bodies recovered or found: a body noun as its head or right
    before it ("the bodies of two men"), and a verb of recovery right after it past auxiliaries
    and adverbs ("were recovered", "have been found") or right before it, the body words passed
    over ("Divers recovered three bodies", "pulled the bodies of four people")."""
    rest = list(before)
    of_bodies = len(rest) >= 2 and rest[-1] == "of" and rest[-2] in BODY_NOUNS
    if not (noun_words[-1:] and noun_words[-1] in BODY_NOUNS) and not of_bodies:
        return False
    while rest and rest[-1] in _BODIES_OF:
        rest.pop()
    if rest[-1:] and rest[-1] in _RECOVERY_VERBS:
        return True
    i = 0
    while i < len(after) and i < 5 and (after[i] in AUXILIARIES or after[i] in VERB_ADVERBS):
        i += 1
    return i < len(after) and after[i] in _RECOVERY_VERBS


def bare_word(word: str) -> str:
    """A word without its possessive "'s" ("Balto's" → "Balto")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


# Wholes larger than one employer or event, by each noun that names one → the one word it is keyed
# by: "sector" and "industry" are one whole ("the garment sector's workers" and "the garment
# industry's workforce", "in the mining sector" and "in the mining industry"), as "nation" and
# "country" are. The one rule of it, for scoped statistics (scope.py), an industry's headcount and
# size (people_counts.py, money_purpose.py) and a share's whole (percent.py) (s41-rv finding 5: three rules, unlike).
_WHOLE_KEYS = {
    "industry": "industry",
    "industries": "industry",
    "sector": "industry",
    "sectors": "industry",
    "economy": "economy",
    "country": "country",
    "nation": "country",
    "trade": "trade",
}
WHOLE_NOUNS = frozenset(_WHOLE_KEYS)


def whole_noun(word: str) -> str:
    """The key of the whole a noun names ("sector" → "industry", "nation" → "country", "trade" →
    "trade"), any case; "" for a noun of no whole ("factory")."""
    return _WHOLE_KEYS.get(word.lower(), "")


# "per victim", "for each family", "for each of the families" (the noun after "of the"): the
# recipient is a noun, never a stop word ("$500 each to the families" names none; review s35-rv2
# finding 9, round s35-p4).
# The recipient's participle or adjective in "-ing" before it is read with it ("to each bereaved
# family", "per injured victim", "each grieving family": t13ab L19, "per bereaved" was the label).
# (a family's noun before "of" is the recipient still: "to every family of the dead")
RECIPIENT = r"(?:(?P<adj>[a-z]+(?:ed|ing))\s+)?(?P<who>[a-z]+)\b(?!(?<!family)(?<!families)\s+of\b)"
# "in compensation" or "as compensation" may come between ("200,000 taka in compensation for each
# family"); "to the family of each worker killed" is per family, its noun "family" the recipient
# (group "fam"), as is a possessive's noun, "for each victim's family" (``extract._recipient_noun``;
# t13ag N2: "per victim", "per family" and a bare amount were three rows of one compensation).
PER_RECIPIENT = re.compile(
    r"(?:\s+(?:in|as)\s+compensation)?"
    r"\s+(?:per|for\s+each|for\s+every|to\s+each|to\s+every|each"
    r"|(?:to|for)\s+the\s+(?P<fam>family|families|relatives|next\s+of\s+kin)\s+of\s+(?:each|every))"
    # (after "the family of each" the noun may have its own "of": "to the family of each victim of
    # the market fire", t13ag-r N2 variant, was a bare "amount (PHP)")
    rf"(?:\s+of\s+(?:the|their|its|his|her|these|those))?\s+{RECIPIENT.replace(r'(?!', r'(?(fam)|(?!', 1)})",
    re.I,
)


# An amount said of the average or typical one of many ("The average Band D bill will rise to
# £1,872", "the typical homeowner's bill", "… for the average household"): a value per unit, never
# compared with a total (review s42-rv finding 11: a council's £620m budget and a household's
# £1,872 bill were one row that disagreed), as "per family" is (:data:`PER_RECIPIENT`).
_AVERAGE = frozenset("average typical mean".split())
_AVERAGE_BEFORE = frozenset("the an a".split())
# What one unit pays or is paid, a noun that is itself the unit ("the average household bill": per bill)
UNIT_PAYMENTS = frozenset(
    "bill bills fee fees fare fares ticket tickets rent rents premium premiums salary salaries wage wages".split()
)
_AVERAGE_AFTER = frozenset("for to of".split())  # "… to £1,872 for the average household"


def average_unit(before: Sequence[str], after: Sequence[str]) -> str:
    """The unit (a singular noun, lower case) an amount is an average of, from the words (as
    written) of its clause before it ("The average Band D bill will rise by £89 a year to" →
    "bill", "the typical homeowner's bill" → "bill", "The average household will pay" →
    "household") or right after it ("for the average Band D household" → "household"); "" when
    no "the average/typical/mean" phrase names one."""
    phrases = [before]
    if len(after) > 2 and after[0].lower() in _AVERAGE_AFTER:
        phrases.append(after[1:])
    for words in phrases:
        for k, w in enumerate(words):
            if w.lower() not in _AVERAGE or not k or words[k - 1].lower() not in _AVERAGE_BEFORE:
                continue
            # (a name's capitalised words and letters before the noun: "Band D")
            rest = [r for r in words[k + 1 : k + 6] if not (r[:1].isupper() or len(r) == 1)]
            if not rest:
                continue
            noun = re.sub(r"['’]s?$", "", rest[0].lower())
            if len(rest) > 1 and (rest[1].lower() in UNIT_PAYMENTS or noun != rest[0].lower()):
                noun = rest[1].lower()  # "the average household bill", "the typical homeowner's bill"
            if noun not in STOP_WORDS and noun.isalpha():
                return singular_of(noun)
    return ""
