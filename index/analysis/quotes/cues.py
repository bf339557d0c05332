"""The words that attribute speech in English news prose: speech verbs, pronouns, role nouns.

Kept in code: they describe how news is written, not the world (names come from the entity
recogniser).
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.lexicons import people_plural as plural_of_people
from waic_reader.index.analysis.entities.lexicons import person_noun
from waic_reader.index.analysis.lexicon import CHANGE_VERBS, IRREGULAR_PAST, MONTHS, WEEKDAYS

# Verbs that report speech, in the forms news uses (past, present 3rd person). A following
# particle ("called for", "warned against") belongs to the cue. "told" and "informed" need "that"
# after their object (``told reporters that``, ``informed the families that``); the others may take
# their content directly.
_SPEECH = """
said says told tells added adds warned warns urged urges emphasised emphasized emphasises
emphasizes stressed stresses noted notes argued argues insisted insists announced announces
acknowledged acknowledges cautioned cautions remarked remarks explained explains claimed claims
accused accuses demanded demands echoed echoes advocated advocates pledged pledges promised
promises vowed vows predicted predicts revealed reveals denied denies wrote writes reported
reports asserted asserts declared declares maintained maintains suggested suggests replied
conceded concedes admitted admits complained complains observed
observes stated states mentioned mentions highlighted described describes called
calls invited invites recalled recalls estimated estimates agreed agrees contended contends
proclaimed affirmed affirms reaffirmed reaffirms informed informs confirmed confirms
alleged alleges recounted recounts
labelled labeled labels branded brands dubbed dubs termed terms
""".split()

# Verbs of a stance taken, which introduce the speaker's words only before a colon and a
# quotation ("Marsh disagreed: "…"", "Okoro objected: "…""; review s43-rv 14: unattributed), never a
# reported clause ("objected to the plan" reports nothing): :func:`recognise._colon_lead`.
STANCE_VERBS = frozenset(
    """disagreed disagrees objected objects demurred demurs protested protests countered counters
    retorted retorts interjected interjects dissented dissents differed differs""".split()
)

# Forms of "deny": their reported words are what the speaker says is not so; the statement keeps
# the verb ("denied that any exit was locked"), never read as the speaker's own claim.
DENIALS = frozenset("denied denies deny denying".split())

# Verbs of an account whose "how" clause is the words reported, indirect speech as "said that" is
# ("Survivors described how the water rose", "She explained to reporters how the ward was
# evacuated", "He recounted how the roof fell in"; issue #16, s39-x2: only "told how" with quoted
# words was read). :data:`HOW_ONLY` report nothing without that clause ("recounted the night").
HOW_VERBS = frozenset("told tells described describes explained explains recounted recounts recalled recalls".split())
HOW_ONLY = frozenset("recounted recounts".split())

# Base forms report speech only after "will", "would" or "do" and with "that" ("The commission will
# say on Monday that …", "would later add that"), never after "to" ("declined to say"), a
# negation ("did not say") or "should" ("the council should insist that": the writer's opinion).
BASE_FORMS = frozenset(
    """say tell add warn urge insist argue claim deny admit announce stress emphasise emphasize
    acknowledge caution explain promise pledge vow predict reveal declare maintain concede contend
    reaffirm confirm allege""".split()
)
# A base form after a plural subject is the present tense, a report as its third-person form is
# ("…, police say.", "Officials now warn that …": live blogs and headlines report in the present;
# t13ab L17: such entries were in no speaker's row). Read so only right after a plural noun for
# people (:meth:`speakers.Speakers.plural_subject_before`), never after "to", "not" or a modal.
PRESENT_PLURAL: dict[str, str] = {w: f"{w}s" for w in BASE_FORMS if f"{w}s" in _SPEECH}

# Participles attribute speech to the clause's subject, and only after a comma
# ("..., saying it ...", "..., warning against ..."): "refrained from mentioning" is no report.
_PARTICIPLES = """
saying adding warning urging emphasising emphasizing stressing noting arguing insisting
announcing acknowledging cautioning remarking explaining claiming accusing demanding
mentioning stating declaring asserting describing calling pointing predicting
promising pledging vowing alleging
""".split()

# Present-tense forms that are also plural nouns ("analyst estimates", "trade talks"): a cue
# only right after its subject ("the agency notes", "Li says").
NOUN_LIKE = frozenset(
    """notes reports claims calls demands promises states remarks estimates echoes pledges vows admits
    agrees""".split()
)

# Verbs whose subject relays another's words: "Reuters reported that X said ..." keeps X as the
# speaker and Reuters as the source.
SOURCE_VERBS = frozenset("reported reports notes noted wrote writes quoted quotes cited cites".split())
# Verbs that only count with a particle or a quotation ("called for", "called it 'x'").
NEEDS_PARTICLE = {
    "called": ("for",),
    "calls": ("for",),
    "pointing": ("to", "out"),
    "calling": ("for",),
}
# Speech verbs in another sense, told by the words after them: "The bus depot echoed with radio
# chatter", "shouts echoed through the hall" (a sound, no words repeated); "a sister company that
# maintains the wagons, declined …" (keeps in repair: a noun phrase ending at a comma, the
# sentence's end or a preposition, where "maintained the wagons were safe" goes on with a verb)
# (t13j F7).
_ECHO_SENSE = re.compile(r"\s+(?:with|through|around|across|along|off|down|over|from|into|back|round)\b", re.I)
_MAINTAIN_SENSE = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|our|this|these|those)\s+(?:[\w'’-]+\s+)?[\w'’-]+"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:and|for|at|in|on|since|until|with|by|across|along)\b)",
    re.I,
)
# "Portugal's government pledged $5.6 million in aid", "promised five million euros in emergency
# aid": a pledge of a thing (a sum, a noun phrase) with no clause after it, to the next comma or the
# sentence's end, is no reported speech; "pledged that …", "pledged to rebuild …", "promised the
# money would be paid", "vowed they would rebuild" still report (t13n F10). Whatever the object
# starts with: a bare noun ("pledged aid.", "vowed revenge"), a currency of letters or a sign not
# listed ("pledged RM10 million", "pledged ₹3 lakh and …"), a name ("promised Lima a new bridge")
# (t13p F8: "Tomas Arvid of Sweden pledged aid." gave the statement "aid"). Not "announced":
# what is announced ("announced plans to build …") is the announcement's content.
# What opens a clause (or a time or manner before one: "pledged on Monday to rebuild", "vowed
# again that …") right after the verb: the words after it are read as before, a report.
_CLAUSE_OPENER = (
    r"(?:to|that|how|whether|if|when|why|what|where|he|she|they|we|i|you|it|on|in|at|during|last|this"
    r"|yesterday|today|again|also|once|[a-z]+ly)\b"
)
_CLAUSE_WORD = (
    # "may" in lower case only: "on a Sunday in May" is the month (t13y G7)
    r"\b(?:that|who|which|was|were|is|are|has|have|had|will|would|could|should|can|(?-i:may)|might|must|did|does|do"
    r"|won['’]t|wouldn['’]t)\b|['’](?:d|ll|re|ve)\b"
)
# A second verb of the same subject, its auxiliary after "and" or "but" with no subject between
# ("has pledged $250,000 to a relief fund and has committed $1.2 million to …"): no clause of its
# own, so an object before it is still alone (a number's separator, "$250,000", "1.2", ends nothing).
_SAME_SUBJECT_VERB = r"\b(?:and|but)\s+(?:has|have|had|was|were|is|are|will|would)\b"
# A relative clause inside the object describes the thing pledged, no clause of the verb's ("pledged
# $3 million in relief for patients whose operations were cancelled", "to a fund which will help
# …"; t13akr S8: it was an unattributed statement); one holding "that" may be the verb's own
# ("promised voters who backed him that taxes would fall") and still reports.
_OBJECT_RELATIVE = r"(?<=\s)(?:who|whose|which)\b(?:(?!\bthat\b)(?:[^,;.!?\"“”]|[.,](?=\d)))*"
_PLEDGE_SENSE = re.compile(
    rf"\s+(?!{_CLAUSE_OPENER})(?:{_SAME_SUBJECT_VERB}|(?!{_CLAUSE_WORD})(?:[^,;.!?\"“”]|[.,](?=\d)))*"
    rf"(?:{_OBJECT_RELATIVE})?(?:[,;.!?](?!\d)|$)",
    re.I,
)
# What is agreed: its object alone (:data:`_PLEDGE_SENSE`), or "to" and a verb, a time or place
# (up to three words, no clause's) between ("agreed to suspend the strike", "agreed on Monday to
# be bought"). "agreed to the plan" is a phrase alone (:data:`PHRASE_ALONE`).
_AGREE_SENSE = re.compile(
    rf"(?:{_PLEDGE_SENSE.pattern})|\s+(?:(?!{_CLAUSE_WORD})[\w'’-]+\s+){{0,3}}?to\s+(?-i:[a-z]+)\b(?!\s+that\b)",
    re.I,
)
# "Mount Keldra claimed 16 lives", "the flood has claimed the lives of nine fishermen", "claimed
# another victim": a toll, the lives a disaster took, never words claimed (t13ac M7: the volcano
# was a speaker of "16 lives on Thursday, officials said"). The object is up to four words with no
# clause's among them, then "life", "lives" or "victim(s)" with no clause going on after it
# ("claimed the lives of residents were never at risk" still reports).
# The object alone (no guard after it) is the toll the fact sheet reads ("claimed nearly 300 lives
# since March" is a toll's count, not a party's claim: facts.claims, s50-rv finding 8).
TOLL_OBJECT = re.compile(
    rf"\s+(?!{_CLAUSE_OPENER})(?:(?!{_CLAUSE_WORD})[\w,.'’-]+\s+){{0,4}}?(?:li(?:fe|ves)|victims?)\b", re.I
)
_TOLL_SENSE = re.compile(
    TOLL_OBJECT.pattern + rf"(?!['’]?\s+(?:of\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_CLAUSE_WORD}))",
    re.I,
)
# What is denied may be a pronoun for the claim ("denied this, saying …", "denies it."), which
# :data:`_PLEDGE_SENSE` reads as a clause opener ("pledged this week to …").
_DENY_SENSE = re.compile(rf"{_PLEDGE_SENSE.pattern}|\s+(?:this|that|it|these|those|them)\s*(?:[,;.!?](?!\d)|$)", re.I)
OTHER_SENSE = {
    **dict.fromkeys(
        "pledged pledges pledge pledging promised promises promise promising vowed vows vow vowing".split(),
        _PLEDGE_SENSE,
    ),
    **dict.fromkeys("claimed claims claim claiming".split(), _TOLL_SENSE),
    # "declared an emergency", "declared a state of emergency", "declared bankruptcy": an act, its
    # object alone with no clause after it, as a pledge's ("declared that …", "declared the war
    # was over" still report; t13ad N8: the captain "said" "an emergency at 08:14 local time")
    **dict.fromkeys("declared declares declare declaring".split(), _PLEDGE_SENSE),
    # "Rezaul Haque denied the claim.", "denied this, saying …", "denies any wrongdoing": what is
    # denied as a noun, no clause after it, is no statement ("denied that …", "denied the doors
    # were locked" still report; t13ag N10: the statement "the claim")
    **dict.fromkeys(DENIALS, _DENY_SENSE),
    **dict.fromkeys(("echoed", "echoes"), _ECHO_SENSE),
    **dict.fromkeys(("maintained", "maintains"), _MAINTAIN_SENSE),
    # "agreed a 4.99% rise", "agrees a deal with the unions": what was agreed, its object alone with
    # no clause after it, is an act, as a pledge's ("agreed that …", "agreed the plan had failed"
    # still report; review s41-rv finding 11: "…, after Leeds City Council agreed a 4.99% rise."
    # was the council's statement)
    # "agreed to pay $4.1bn", "agreed on Monday to be bought": an agreement to do something is an
    # act, no words reported (review s42-rv finding 13: "Corvex has agreed to pay $4.1bn for
    # Halvard" was Corvex's statement)
    **dict.fromkeys("agreed agrees agree agreeing".split(), _AGREE_SENSE),
}
# A second speech verb of the same subject after "and" or "but" ("pledged €50 million in aid and
# said each family would get €2,000", "promised new shelters and told reporters that …"): the first
# verb's object ends before it, and its words are the second verb's (t13ac M18: the statement was
# "€50 million in aid and said …", cued by "pledged").
SECOND_CUE = re.compile(
    r"\s+(?:and|but)\s+(?:(?:then|also|later|again)\s+)?(?:"
    + "|".join(sorted(_SPEECH, key=len, reverse=True))
    + r")\b",
    re.I,
)
# An addressee verb's object alone, a name or a noun phrase with no clause after it to the next comma
# or the sentence's end ("had warned Norvane twice", "cautioned the contractors on Monday",
# "accused Halvik Power on Tuesday"): whom the words were addressed to or blamed, never the words (t13x F11: 'Norvane twice' was Brannock's statement). What was said needs a clause or a
# quotation: "warned residents to stay away", "warned Norvane that …", "cautioned them about the
# cracks", "warned: …" still report; a particle the cue takes with a noun phrase alone after it
# ("warned of flooding") reports nothing either (:data:`_WARN_SENSE`, round s50-q).
# Only after the verbs whose object is the one addressed or blamed (and a thing's: OBJECT_VERBS):
# "said", "admitted" … take what was said as their object ("said the dam held": no auxiliary to tell a clause by), and
# what is urged is the call ("urged a united front between the U.S. and China": seed 002).
ADDRESSEE_VERBS = frozenset("warned warns warn cautioned cautions caution accused accuses invited invites".split())
# Past participles whose passive's subject is the one told, so that the agent after "by" is the
# speaker and a "that" clause after the agent the words: "He was told by police that …",
# "Residents were informed by the council that …", "Staff were warned by the trust that …"
# (recognise._passive_agent). Other participles' passives ("the ransom demanded by the hackers")
# report nothing of the agent's.
TOLD_PASSIVES = frozenset("told informed warned cautioned".split())


def _object_alone(stops: str) -> re.Pattern[str]:
    """A verb's object with no clause after it to the next comma or the sentence's end, running
    over any word but a clause's and the ``stops`` (an alternation of words: what may open the
    words reported after an object, "warned residents to stay away")."""
    return re.compile(
        rf"\s+(?!{_CLAUSE_OPENER})(?:{_SAME_SUBJECT_VERB}|(?!{_CLAUSE_WORD}|\b(?:{stops})\b)"
        r"(?:[^,;:.!?\"“”„«»]|[.,](?=\d)))*(?:[,;.!?](?!\d)|$)",
        re.I,
    )


OBJECT_ALONE = _object_alone("to|of|about|against|over|for|as|not")
# Verbs whose object alone is a thing, a sum or a person, never words (t13y G7: "Governor Brannock
# has announced an inquiry.", "the European Union added €1.5 million", "revealed a crack in the
# lining", "wrote a letter" gave the statements "an inquiry", "€1.5 million"): what was said needs a
# clause ("announced that …", "added the repairs would take weeks") or a quotation. The object runs
# over prepositions ("a crack in the lining of the shaft") but not "to" ("announced plans to build
# …" reports), and after "added" over "to" too: a sum added to whatever it went to ("added $2.4
# billion to the fund", :data:`OBJECT_ALONE_AFTER`).
OBJECT_VERBS = ADDRESSEE_VERBS | frozenset(
    """added adds announced announces announcing revealed reveals wrote writes mentioned mentions
    mentioning highlighted highlights confirmed confirms""".split()
)
# Verbs whose object can be a sum of money sought, given or added ("demanded €50,000 for each
# family", "pledged $2 million", "asked for £300,000"): a sum alone after them is no speech
# (:meth:`speakers.Speakers.sum_object`). Never "said", "told", "stated": a sum after those is the
# subject of the words reported ("said €300,000 of it went to repairs", review s35-rv2 item 8).
SUM_OBJECT_VERBS = frozenset(
    """demand demands demanded demanding claim claims claimed claiming seek seeks sought seeking ask
    asks asked asking offer offers offered offering pledge pledges pledged pledging pay pays paid
    paying add adds added adding""".split()
)
# A clause's finite verb, an adverb before it allowed: an auxiliary or a modal, "remains", or a past
# form ("had never carried", "was never tested", "sank in minutes", "went to repairs"). Case
# matters ("May" is the month). The rules asking whether words go on as a clause read it:
# recognise._TAG_CLOSE (a clause resumed after a speech tag's comma), speakers.Speakers.sum_object
# (a sum that is the subject of the words reported). Its group 1 is the verb.
FINITE_VERB = (
    r"(?:(?:never|not|also|still|only|already|always|just|now|even|once|then|[a-z]+ly)\s+)?"
    r"(is|was|were|are|has|have|had|will|would|can|could|should|shall|may|might|must|did|does|do|remains?|"
    rf"[a-z]+ed|{'|'.join(sorted((IRREGULAR_PAST | CHANGE_VERBS) - {'said'}, key=len, reverse=True))})\b"
)
# Words with no clause among them to the next comma or the sentence's end, over any preposition
# ("timetable to journalists,": what "confirmed that timetable" confirmed, t13z H7).
NO_CLAUSE = _object_alone("not")
OBJECT_ALONE_AFTER = {
    **dict.fromkeys(ADDRESSEE_VERBS, OBJECT_ALONE),
    **dict.fromkeys(("added", "adds"), NO_CLAUSE),
}
THING_OBJECT_ALONE = _object_alone("to|not")
# Verbs of a call or a demand ("demanded the arrest of Rezaul Haque", "called for an inquiry",
# "urged calm"): their object alone, a noun phrase with no clause after it to the next comma or the
# sentence's end, is what was sought, never words said (t13agr R1: "Garment unions on Friday
# demanded the arrest of Rezaul Haque, …" was the statement "the arrest of Rezaul Haque", shown as
# "reported" and credited to a union federation). What was said needs a clause or a quotation:
# "demanded that the owner be arrested", "urged residents to stay indoors", 'called for "calm
# heads"' still report. "to" opens the words before a verb ("urged the owners to pay"), never
# before an article, a possessive, a number or a name ("called for an end to the strike").
_TO_A_CLAUSE = r"to(?!\s+(?:the|a|an|its|their|his|her|our|this|these|those|all|any|each|every)\b|\s+(?-i:[A-Z\d]))"
# ... unless the speaker goes on, after the comma, in a participle of saying: "called for international
# cooperation on AI safety, warning against monopolies", "urged a united front, emphasizing the need for
# cooperation" report what was said, the demand and the words after it (the seeds' statements, lost to
# this rule's first form).
_SPEECH_PARTICIPLES = "warning|emphasi[sz]ing|stressing|saying|adding|noting|arguing|insisting|declaring|cautioning"
_OBJECT_END = r"(?:[,;.!?](?!\d)|$)"
_DEMAND_OBJECT = _object_alone(f"{_TO_A_CLAUSE}|not").pattern
assert _DEMAND_OBJECT.endswith(_OBJECT_END)
# An initialism's stops are inside the object ("a united front between the U.S. and China,
# emphasizing …"): a full stop ends it only before a capital, a quotation mark or the text's end.
_BODY = r"(?:[^,;:.!?\"“”„«»]|[.,](?=\d))"
_SENTENCE_STOP = r"\.(?=\s+[\"“‘(]|\s+(?-i:[A-Z])|\s*$)"
assert _BODY in _DEMAND_OBJECT
_DEMAND_SENSE = re.compile(
    r"(?:\s+for\b)?"
    + _DEMAND_OBJECT.removesuffix(_OBJECT_END).replace(
        _BODY, rf"(?:[^,;:.!?\"“”„«»]|[.,](?=\d)|\.(?!{_SENTENCE_STOP[2:]}))"
    )
    + rf"(?:,(?!\d)(?!\s*(?:{_SPEECH_PARTICIPLES})\b)|[;!?](?!\d)|{_SENTENCE_STOP}|$)",
    re.I,
)
DEMAND_VERBS = frozenset(
    """demanded demands demand demanding urged urges urge urging called calls calling advocated
    advocates""".split()
)
OTHER_SENSE.update(dict.fromkeys(DEMAND_VERBS, _DEMAND_SENSE))
# A warning's topic as a short noun phrase alone after its particle ("has warned about *BlackTarn*
# since January", "warned of AI monopolies", "cautioned against complacency"): what the warning
# was about, never words said (issue #16, s50-q: "BlackTarn since January" was a statement). Only
# the bare shape: up to three words (an article and emphasis markers aside, no clause's word among
# them), a time's phrase at most, then the object's end as :data:`_DEMAND_SENSE` reads it. A
# longer phrase or anything else after it ("warned of rising prices in the shops as supply routes
# stayed shut", "warned of a long recovery for the port and its workers", "warned of plans to
# close the plant") is what news reports as the warning, a statement (s50-rv finding 6).
_WARN_WORD = rf"(?!{_CLAUSE_WORD})[*_]*[^\W\d_][\w'’-]*[*_]*"
_WARN_TIME = (
    r"(?:since|for|until|over|during|throughout|in|on|this|last|earlier|all)\s+"
    r"(?:(?:the|past|last|recent|coming|several|many|some|few|a|two|three|four|\d+)\s+)*"
    rf"(?:weeks?|months?|years?|days?|decades?|hours?|\d{{4}}|{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)})\b"
)
_WARN_SENSE = re.compile(
    rf"\s+(?:of|about|against)\s+(?:(?:the|a|an)\s+)?(?:{_WARN_WORD}\s+){{0,2}}{_WARN_WORD}(?:\s+{_WARN_TIME})?"
    rf"(?:,(?!\d)(?!\s*(?:{_SPEECH_PARTICIPLES})\b)|[;!?](?!\d)|{_SENTENCE_STOP}|$)",
    re.I,
)
OTHER_SENSE.update(
    dict.fromkeys("warned warns warning warn cautioned cautions cautioning caution".split(), _WARN_SENSE)
)
# "claimed responsibility for the attack", "claims credit for the rescue": an act owned, never words
# claimed, as a toll is (:data:`_TOLL_SENSE`); a clause after it ("claimed responsibility was the
# council's") still reports.
_OWNING_SENSE = re.compile(
    rf"(?:{_TOLL_SENSE.pattern})|\s+(?:(?:full|sole|joint|no)\s+)?(?:responsibility|credit)\b(?!\s+(?:{_CLAUSE_WORD}))",
    re.I,
)
OTHER_SENSE.update(dict.fromkeys("claimed claims claim claiming".split(), _OWNING_SENSE))
# What the speaker said nothing of ("The mayor said nothing about the fire", "said little", "told
# reporters nothing", "said no more"): no words reported, whatever the verb; a finite verb after
# the word opens a clause of it ("said nothing had changed" reports "nothing had changed").
# The word must end the verb's object: a topic's or a time's preposition, "else"/"more"/
# "further", a time word or the sentence's mark after it; a noun or "than" after it makes it the
# statement's own determiner or adjective ("said no more than 12 people were hurt", "said little
# children should not walk", s50-rv finding 11).
_NOTHING_ENDS = (
    r"(?=[*_]*\s*(?:[.,;:!?\"”’)]|$)"
    r"|[*_]*\s+(?:about|of|on|regarding|concerning|over|in|at|to|for|when|after|before|during|since"
    r"|until|as|but|and|or|while|because|else|more|further|publicly|yesterday|today|tonight|"
    r"(?:this|last|on)\s+\w+|then|so\s+far|at\s+all)\b)"
)
SAID_NOTHING = re.compile(
    r"(?:\s+(?:reporters|journalists|the\s+press|us|him|her|them))?"
    rf"\s+[*_]*(?:nothing|little|not\s+a\s+word|no\s+more)\b[*_]*(?!\s+(?:else\s+|more\s+)?{FINITE_VERB})"
    + _NOTHING_ENDS,
    re.I,
)
# A particle's or a preposition's phrase right after the verb, with no clause, quotation or colon
# to the sentence's end ("wrote down the shift roster for week 12 before the shift changed",
# "argued about the cracked timber in gallery 4", "writes about the region for the Daily Beacon"):
# what was written down or argued about, never the words (t13y G7: 38 such "statements" of one
# speaker in an oral history). A cue's own particle ("warned of", "called for": :data:`PHRASAL`)
# is the cue's, and "said on Monday the shaft would be sealed" goes on with a clause.
# An addressee's "to" is one of them ("wrote to the council on Tuesday, demanding compensation …",
# "complained to Mayor Ortiz"): whom the words went to, with no clause after it (round s40-x2); "to"
# before a verb opens what was pledged or agreed ("pledged to rebuild the school") and reports.
# A bare plural in lower case is one too ("wrote to residents on Friday, calling for calm"), when
# a comma, a stop or a time or place word follows it; an "-ss"/"-us" word is a verb's ("pledged to
# address the shortfall", "to discuss").
_TO_ADDRESSEE = (
    r"to(?=\s+(?:the|a|an|its|their|his|her|our|this|these|those|all|any|each|every)\b|\s+(?-i:[A-Z\d])"
    r"|\s+(?-i:[a-z]+(?<![su])s)(?:[,;.!?]|\s+(?:on|in|at|of|from|across|last|this|earlier|yesterday|today)\b))"
)
PHRASE_ALONE = re.compile(
    r"\s+(?:down|up|about|of|on|upon|over|in|into|at|for|with|from|through|out|off|back|around"
    rf"|after|before|against|under|by|across|along|toward|towards|onto|without|among|between|{_TO_ADDRESSEE})\b"
    rf"(?:(?!{_CLAUSE_WORD})(?:[^;:.!?\"“”„«»]|[.,](?=\d)))*(?:[;.!?]|$)",
    re.I,
)
# A particle that makes the phrase after it a demand, what the speaker said must be: "insisted on a
# full inquiry", "argued for a ban", "argued against the plan" still report.
DEMAND_PARTICLES = frozenset("insisted:on insists:on argued:for argues:for argued:against argues:against".split())
# What opens a reported clause after "that": a subject (an article, a pronoun, a name, a number,
# "there") or, within three words, a clause's verb ("that rescuers were slow"). Else the "that" is
# a relative pronoun on the verb's object ("described the cage that ran every 7 minutes", "argued
# about the cage that ran …": no words reported, t13y G7).
THAT_CLAUSE = re.compile(
    r"\s*(?:(?:the|a|an|its|their|his|her|our|my|this|these|those|there|he|she|it|they|we|i|you"
    r"|no|some|all|every|each|any|both|one|two|three|if|when|while|because|after|before|despite)\b"
    rf"|[A-Z\d\"“‘'«]|(?:[\w'’-]+\s+){{0,2}}?(?:{_CLAUSE_WORD}))",
)
# An object before that "that": an article or a possessive opening the words between the verb
# and it, after a particle or not ("the cage", "down the cage", "about the cage").
OBJECT_BEFORE_THAT = re.compile(
    r"\s+(?:(?:down|up|about|of|on|over|out|off|back)\s+)?(?:the|a|an|its|their|his|her|our|this|these|those)\b",
    re.I,
)
# Nouns for what someone said, owned by its speaker before a colon that introduces the words ("Her
# verdict: "…"", "The mayor's message was simple: "…""): the owner is the speaker. Also the nouns
# that take up a quotation standing alone before the sentence naming its speaker ("The words came
# from Mayor Ana Reyes": direct._TAKEN_UP_FROM).
SPEECH_NOUNS = frozenset(
    """message verdict reply response answer warning advice words view plea reaction assessment comment
    retort statement explanation conclusion point argument appeal request instruction instructions order
    orders take position promise pledge demand question diagnosis prediction forecast reasoning defence
    defense excuse stance line verdicts summary account version remarks comments warnings pleas lines
    admission vow""".split()
)
NEEDS_QUOTE = frozenset("called calls described describes calling describing".split()) | frozenset(
    "labelled labeled labels branded brands dubbed dubs termed terms".split()
)
# The naming verbs of Levin's "dub" class (B. Levin, English Verb Classes and Alternations, 1993,
# §29.3: brand, call, dub, label, term, …) in the forms news writes, past and present: they report
# words only with a quotation after them ('labelled the plan "reckless"'), never with a plain
# "as" ("labelled the bottles as poison"), as "called" and "described" may (round s46-q).
QUOTE_ONLY = frozenset("labelled labeled labels branded brands dubbed dubs termed terms".split())
# Their "as" describes ("described the plan as a disaster"), unless it opens a clause of time: an
# article, a noun or two and a past verb ("described the cage as the lift came up", "… as the
# light faded": t13y G7), a superlative's participle apart ("as the worst affected").
DESCRIBED_AS = re.compile(
    r".{0,60}?\bas\b(?!\s+(?:the|a|an|his|her|their|its|our)\s+(?:(?![\w'’-]*est\b|most\b|least\b|worst\b|best\b)[\w'’-]+\s+){1,2}"
    r"(?:[a-z]+ed|came|went|began|fell|rose|ran|grew|broke|sank|shook|struck|hit|gave|took|got)\b)",
    re.I,
)
# Phrasal cues: the particle belongs to the cue ("called for"); after other verbs it starts the
# content or an adverbial ("said on Monday").
PHRASAL = frozenset(
    """warned:against warned:of warned:about warns:against warns:of warning:against warning:of
    warning:about cautioned:against cautioning:against cautions:against remarked:on remarks:on
    called:for calls:for calling:for advocated:for advocates:for pointing:to pointed:to
    pointing:out pointed:out""".split()
)

CUE = re.compile(
    r"\b(?:(according to)|(" + "|".join(sorted((*_SPEECH, *BASE_FORMS), key=len, reverse=True)) + r")"
    r"|(" + "|".join(sorted(_PARTICIPLES, key=len, reverse=True)) + r"))\b"
    r"(?:\s+(for|against|of|on|about|to|out)\b)?",
    re.IGNORECASE,
)

# Verbs of a manner of speaking that attribute only a quotation right before them ('"It was like the
# end of the world," sobbed farmer Jonas Reeve, 61', '"…," Tomas Arvid fumed'): tabloids' and
# features' tags (t13ac M9: unattributed). Never a reported-speech cue ("Residents wept as the lava
# came" reports nothing). Groups as :data:`CUE`'s (the verb is group 2; 1, 3 and 4 never match).
MANNER_VERBS = frozenset(
    """sobbed wept cried fumed raged shouted yelled screamed whispered muttered murmured exclaimed
    gasped sighed snapped quipped joked laughed beamed boasted pleaded begged groaned grumbled
    scoffed sneered snarled stammered blurted""".split()
)
TAIL_CUE = re.compile(
    r"\b(?:((?!))|(" + "|".join(sorted(MANNER_VERBS, key=len, reverse=True)) + r")|((?!)))\b((?!))?",
    re.IGNORECASE,
)

CUE_WORDS = frozenset(w.lower() for w in (*_SPEECH, *BASE_FORMS, *_PARTICIPLES, "according"))

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
NEUTER = frozenset({"it", "its", "they", "their"})
FEMALE_HONORIFICS = frozenset({"ms", "mrs", "miss", "madam", "dame", "lady"})
MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})

# Descriptions that stand for a person named earlier ("the premier", "the manager").
ROLES = frozenset(
    """
premier president minister secretary governor mayor manager coach chairman chairwoman chair
director executive chief ceo founder spokesman spokeswoman spokesperson envoy ambassador
commissioner chancellor senator official leader captain analyst economist scientist professor
trustee councillor councilor negotiator head adviser advisor diplomat engineer architect lawyer
doctor nurse teacher researcher activist pilot farmer inspector surveyor
""".split()
)
# The heads of local public services the press names by their office alone: a US county's elected
# officers (sheriff, coroner, assessor), a school district's superintendent, a school's principal,
# headteacher, headmaster or headmistress, a college's dean. Read as a role subject a possessive
# pronoun's office stands for (pronouns._ROLE_WORDS: t13r2 NEW-3, round s52-fx4); not in
# :data:`ROLES`, whose "the Marsh County coroner said" reading is the place office's rule's.
LOCAL_OFFICES = frozenset(
    "sheriff coroner superintendent assessor principal headteacher headmaster headmistress dean".split()
)
# Descriptions that stand for an organisation named earlier ("the company", "the bank").
INSTITUTIONS = frozenset(
    """
company firm group bank ministry government utility authority agency museum fund airline
union club board council committee organisation organization institute university party
regulator department carrier bloc delegation court commission office association team
newspaper paper outlet broadcaster publisher trust watchdog
""".split()
)
# Institutions that are a public body of their own, never another word for the firm an article
# is about: "The regional council said", "The ministry said" with no council or ministry named is
# that body as written (unattributed, as "Police said" is), never the organisation named most
# (t13f F4: "The regional council said …" was credited to Nordbank, "Analysts at Nordbank said").
# "the company", "the bank", "the club" still stand for the organisation the article is about.
# A union, a board, an association, an institute, a party or an office is a body of its own kind
# too: "The union has said …" with no union named is that union (unattributed), never the firm
# of the paragraph before (t13i F1).
BODIES = frozenset(
    """
ministry government council committee court commission authority agency department regulator delegation
union board association organisation organization institute university party office bloc
embassy consulate brigade coastguard watchdog
""".split()
)
# Kinds of public body a description names ("the central bank", "the regulator", "the watchdog",
# "the council") and the words whose presence in an organisation's name tells that it is of that
# kind, beside the description's own noun (a "Bank of England" is a bank by its noun already):
# central banks are named "… Reserve …" (the Federal Reserve, the Reserve Bank of India, of
# Australia, of New Zealand: the Bank for International Settlements' list of its member central
# banks); regulators ("watchdog" is the press's word for one) by a word that says so, "…
# Regulator", "… Regulatory …", "… Ombudsman", "… Inspectorate" (Ofgem's "Gas and Electricity
# Markets Authority" aside, the UK's and the EU's regulators' names). A bare "Authority" or
# "Commission" is no regulator's: it names port, transit, housing and local authorities and trade
# commissions, often the body a regulator looks into (review s46-rv 3: "the regulator said" went to
# the Port Authority); such a body is the regulator only when the article calls it one
# (:meth:`speakers.Speakers._org_named`: "the Financial Conduct Authority, the City regulator,") or
# the description's own qualifier is in its name (:data:`KIND_BODY_NOUNS`: "the competition
# watchdog", the Competition and Markets Authority). A council, a ministry or a court is told by
# its noun alone ("Leeds City Council"), so needs no entry. :meth:`speakers.Speakers._org_of_kind`
# and :meth:`speakers.Speakers._org_named` read it (round s46-q: "the Federal Reserve … the central
# bank said" was unattributed).
# Firms a description names by their trade ("the utility", "the airline", "the carrier") are told
# by the trade's words in their names: utilities by what they supply (GICS sector 55, "Utilities":
# electric, gas, water and multi-utilities, independent power producers: "Sierra Crest Power Co",
# "Brightwater Energy", "Pacific Gas and Electric"), airlines by "Air"/"Airlines"/"Airways" (the
# names in IATA's airline members list); only a firm's name counts (a "Ministry of Energy" is no
# utility: :meth:`speakers.Speakers._org_named`; round s48-q2, t13ap N10: "Shares of Sierra Crest
# Power Co … fell. The utility said …" was unattributed).
_UTILITY_NAMES = frozenset("power energy electric electricity gas water utilities utility hydro".split())
_AIRLINE_NAMES = frozenset("air airlines airline airways aviation".split())
_REGULATOR_NAMES = frozenset("regulator regulatory ombudsman inspectorate oversight supervisory".split())
KIND_NAME_WORDS: dict[str, frozenset[str]] = {
    "central bank": frozenset({"reserve"}),
    "regulator": _REGULATOR_NAMES,
    "watchdog": _REGULATOR_NAMES,
    "utility": _UTILITY_NAMES,
    "airline": _AIRLINE_NAMES,
    "carrier": _AIRLINE_NAMES,
}
# Descriptions told by the trade words of a firm's name (:data:`KIND_NAME_WORDS`), never a public
# body's name holding the same word.
FIRM_KINDS = frozenset({"utility", "airline", "carrier"})
# The nouns of a regulating body's name ("… Authority", "… Commission": the Securities and
# Exchange Commission, the Competition and Markets Authority), which tell its kind only beside the
# description's qualifier ("the competition watchdog", "the securities regulator").
KIND_BODY_NOUNS: dict[str, frozenset[str]] = {
    "regulator": frozenset({"authority", "commission"}),
    "watchdog": frozenset({"authority", "commission"}),
}
# "a spokesman said" with no name: the organisation the spokesman speaks for.
SPEAKS_FOR_ORG = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "statement"})
# Unnamed speakers: a group or an unnamed person ("Harbour officials said", "police said", "a
# spokesperson said", "witnesses said"). With no name in the subject itself, the speaker is the
# group as written, never a named entity from elsewhere in the text; "its spokesman" and "the
# company's officials" still speak for the organisation the possessive refers to, and "a ministry
# official" for the organisation whose name holds "ministry".
GROUPS = frozenset(
    """
officials spokesman spokeswoman spokesperson official police witnesses authorities rescuers
residents investigators prosecutors organisers organizers firefighters sources survivors
passengers relatives campaigners protesters activists medics paramedics doctors experts
workers employees fishermen commuters locals neighbours neighbors volunteers villagers farmers
staff crew members students parents teachers nurses miners drivers traders shoppers tourists
visitors fans voters tenants families
""".split()
)

# A family or household as a whole: "the Gyenes family", "the Horvath brothers", "The Kiss
# household", "Tamás Gyenes's relatives", "his family", "the family of Anna Fekete" are a group of
# people, never the person of that surname (t13m F4: credited to Tamás Gyenes).
FAMILY = frozenset(
    """
family families household households clan clans brothers sisters siblings twins cousins relatives
relations parents children sons daughters couple kin dynasty
""".split()
)

# The people who act for a possessor ("Ellery's lawyer", "Berg's spokesman", "her solicitor"):
# persons of their own, never the possessor (review s41-rv finding 10: "Ellery's lawyer said her
# client was deeply ashamed" was Ellery's own statement). A named possessor's spokesperson is its
# spokesperson (:func:`model.spokesperson_of`), as "a spokesperson for X" is; anyone else unnamed.
OWNER_AGENTS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople representative representatives lawyer lawyers
    attorney attorneys counsel solicitor solicitors barrister barristers""".split()
)
# What a possessor speaks through ("Mayor Ana Ruiz's office", "its statement", "the company's
# officials"): the owner is the speaker. Any other head of a possessive subject is a person of its
# own ("Her father", "The minister's aide", "Ríos's daughter", "Ellery's lawyer"), unnamed, never
# the possessor (t13y G7: "Her father argued …" was credited to the woman named before).
SPEAKS_FOR_OWNER = (
    SPEAKS_FOR_ORG | INSTITUTIONS | BODIES | SPEECH_NOUNS | frozenset({"campaign", "camp"})
) - OWNER_AGENTS


def people_plural(word: str) -> bool:
    """Whether a lower-case word is a plural noun for people: a group word (:data:`GROUPS`), the
    plural of a role (:data:`ROLES`: "analysts") or a plural of a person noun by its form
    (:func:`lexicons.people_plural`: "engineers", "pensioners", "women", "firemen", "midwives",
    "children", "people"). A surname of that form ("Rogers") is told apart by the caller (a name's
    mention covers it)."""
    return (
        word in GROUPS
        or word.removesuffix("s") in ROLES
        or (word.endswith("s") and word[:-1] in CREW_NOUNS)
        or plural_of_people(word)
    )


# Collective nouns for a body of people working or serving together, as English grammars list
# them beside "staff" and "family" (crew, team, squad, brigade, platoon, troop): their plurals are
# groups of people ("tells crews they must …", "rescue teams said"; round s48-q4, t13apr N20
# variant: "crews" was no listener and the quotation was lost).
CREW_NOUNS = frozenset("crew team squad brigade platoon troop".split())


# Nouns for a person described by their plight or part in a story, no job or kin ("a patient",
# "one victim", "a witness"): with :func:`entities.lexicons.person_noun`'s jobs, kin and person
# nouns, what an unnamed person a pronoun may stand for is called (:func:`person_singular`).
SITUATION_NOUNS = frozenset(
    """patient victim survivor witness passenger visitor customer relative bystander mourner caller
    source insider volunteer protester commuter tenant voter shopper student pensioner""".split()
)


def person_singular(word: str) -> bool:
    """Whether a lower-case singular noun names one person: a job, kin or person noun
    (:func:`entities.lexicons.person_noun`: "nurse", "daughter", "woman"), a role (:data:`ROLES`)
    or a plight (:data:`SITUATION_NOUNS`: "patient", "witness")."""
    return person_noun(word) or word in ROLES or word in SITUATION_NOUNS


# Nouns that name a source by not naming it: an unnamed group or person so called ("Sources told
# the Courier", "a government source said", "an insider said") is an anonymous source, as one
# with a phrase saying why it is not named (:data:`SOURCE_PHRASE`) is: its words are grouped
# across articles under one label (:attr:`model.Quote.anonymous`; t13ac v27: six outlets' "came
# far too late" were six unattributed rows).
SOURCE_NOUNS = frozenset("source sources insider insiders".split())

# Documents and data an "according to" may name instead of a speaker (:func:`document_source`;
# not "paper", a newspaper as often).
DOCUMENT_WORDS = frozenset(
    """document documents report reports figures figure data record records filing filings
    statistics stats survey surveys study studies agenda agendas minutes papers analysis
    estimates estimate poll polls memo memos emails e-mails tally tallies transcript transcripts
    indictment indictments dossier dossiers accounts""".split()
)
# The opening of the words after "according to" when they are a document's: one of
# DOCUMENT_WORDS in the first four words, before any preposition and not an owner's ("the
# report's author, Jan Berg" is a speaker); or a phrase naming who saw, got or put out what it
# holds ("seen by", "obtained by", "published by").
_DOCUMENT_HEAD = re.compile(
    r"\s*(?:(?!(?:of|by|from|for|at|with|in|on|to|about)\b)[\w.&-]+\s+){0,3}?(?:"
    + "|".join(sorted(DOCUMENT_WORDS))
    + r")\b(?!['’])(?:\s+([\w-]+))?",
    re.I,
)
_DOCUMENT_AGENT = re.compile(r".*?\b(?:seen|obtained|reviewed|leaked|compiled|published|filed)\s+by\b", re.I | re.S)


def document_source(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` after "according to" name a document or data, no
    speaker: headed by a document word ("court documents", "a report", "the latest figures", "an
    agenda", "data"; :data:`DOCUMENT_WORDS`), not one before a body's or a person's noun ("the
    data firm Nielsen", "the records office"), or naming who saw or put it out ("… seen by Alpha
    News", "… published by Varn Council"). A name inside such a phrase is whose the document is
    or who saw it (s37-rv 7: the outlet or the council was credited)."""
    head = _DOCUMENT_HEAD.match(text, start, end)
    if head is not None:
        after = (head.group(1) or "").lower()
        if after not in ROLES and after not in INSTITUTIONS and after not in BODIES and after not in GROUPS:
            return True
    return _DOCUMENT_AGENT.match(text, start, end) is not None


# What follows an unnamed source's noun to say how the source knows or why it is not named ("a
# source close to the investigation", "people familiar with the talks", "two officials with
# knowledge of the plan", "a person briefed on the report", "one engineer, who asked not to be
# named,", "a senior official speaking on condition of anonymity", "officials, speaking
# anonymously,"): no name in the phrase speaks
# (:meth:`speakers.Speakers.anonymous_source`; t13ab L10: the quote was lost altogether).
SOURCE_PHRASE = re.compile(
    r"(?:close\s+to|familiar\s+with|with\s+(?:[a-z-]+\s+)?knowledge\s+of|briefed\s+on|involved\s+in"
    r"|(?:speaking\s+)?(?:on|under)\s+(?:the\s+)?(?:condition|cover)\s+of\s+anonymity"
    # "officials, speaking anonymously, told reporters" (t13ac M26: lost)
    r"|speaking\s+(?:anonymously|privately|off\s+the\s+record|on\s+background)"
    r"|(?:who\s+(?:is|was|are|were)\s+)?(?:not\s+)?authori[sz]ed\s+to\s+(?:speak|comment)"
    r"|who\s+(?:asked|requested|declined|spoke|wished|did\s+not\s+(?:want|wish))\b)\b",
    re.I,
)


# A verb of habit or liking before "to" and a verb of saying: the habitual past or present, a tag
# as "said" is ('"…," as my old professor used to say', '"…," as my old teacher liked to say',
# "as he loves to say", "as she was wont to say"). English grammars read "used to" and "would" as
# the habitual past (Quirk et al., A Comprehensive Grammar of the English Language, 4.50), and
# "like/love to" with "wont to" as habit, as in "as the saying goes" (t13r: "liked to say" tagged
# nothing).
HABITUAL_TO = r"(?:used|liked|likes|loved|loves|(?:was|is)\s+wont)\s+to"
