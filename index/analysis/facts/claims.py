"""Claimed and unofficial counts (issue #16, t13as N10, t13ar N6; round s50-f2).

A count a party claims ("the 1.2 million the gang claimed", "The gang claims to have stolen 1.2
million records", "claimed 1.2 million records") and a count set against an official one in its own
sentence ("Naïve observers counted 5 dead, though officials said 2") are what someone says, not
what the story's count is: each is a claim, a measure of its own (``<measure>|claimed``, labelled
"<label> (claimed)"), never a value of the count itself. So an article keeps one value of a fact,
the official one, and a verified count beside a claimed one is neither an agreement nor a change.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.figures import Figure
from waic_reader.index.analysis.quotes.cues import TOLL_OBJECT

CLAIMED = "claimed"

# A claim verb governing a count straight after it: "claimed 1.2 million records", "claims to have
# stolen 1.2 million", "claiming to hold 40,000 files" (the verb, an optional "to have" and one verb).
_CLAIM_BEFORE = re.compile(
    r"\bclaim(?:s|ed|ing)?(?P<verb_end>)(?:\s+to\s+(?:have\s+)?[^\W\d_][\w’'-]*)?\s+(?:(?:about|around|some|nearly|over)\s+)?$",
    re.I,
)
# A claim verb after a count whose noun is elided or written, the count its object in a relative
# clause: "the 1.2 million the gang claimed", "the 40,000 files hackers claim to hold" (a subject of
# up to three words, no clause's punctuation between). A passive "claimed by" is responsibility
# for an act ("nine killed in a bomb attack claimed by the Red Hand group", s50-rv finding 8).
_CLAIM_AFTER = re.compile(
    r"(?:\s+[^\W\d_][\w’'-]*){0,4}?\s+(?:the\s+)?(?:[^\W\d_][\w’'-]*\s+){0,2}?claim(?:s|ed)\b(?!\s+(?:that|responsibility|by)\b)",
    re.I,
)
# The nouns of an official source: who gives a count with a public body's authority. Officials and
# the bodies of government (government, ministry, department, agency, council, army, military,
# police, coroner, hospital), and the units of government of the ISO 3166-2 subdivision categories
# a count is given by (prefecture, province, region, county, state, municipality, district,
# governorate, canton, city hall, town hall) with the offices that speak for them (governor, mayor,
# mayor's office): t13as N10 re-test, "though the prefecture said 6" was read as the toll's value.
_AUTHORITIES = (
    r"officials?|authorities|police|government|ministry|department|agency|coroner|hospitals?|council|army|military"
    r"|prefecture|province|region|county|state|municipality|district|governorate|canton|(?:city|town)\s+hall"
    r"|governor|mayor|mayor[’']s\s+office"
)
# A count a clause calls unofficial before it: "Unofficial tallies put the dead at 11", "An
# unconfirmed count gave 40 dead" (no clause's mark between, a comma neither: "unofficial" names the
# count's source, whatever verb gives it, only within its own clause; "Despite unconfirmed reports of
# a second explosion, the ministry said 14 people were killed" is the ministry's count: s51-rv F6).
_UNOFFICIAL_BEFORE = re.compile(
    r"\b(?:unofficial|unconfirmed|unverified)\s+(?:[^\W\d_][\w’'-]*\s+)?"
    r"(?:tall(?:y|ies)|counts?|estimates?|figures?|reports?|numbers?|sources?)\b[^,;:.!?()]*$",
    re.I,
)
# An official source set against an unofficial count in one sentence (a few words of the count's
# own clause between, "12 people killed, but …"): "…, though officials said 2",
# "but police put it at 3", "while the authorities gave 4": a contrast (the concessive and
# adversative conjunctions of CGEL 8.9), the source (an authority's noun: officials, police,
# authorities, the government, a ministry, an agency, a coroner, a hospital, the council), its
# reporting verb, and what may stand before the value ("it at", "the toll at", "only").
_OFFICIAL_CONTRAST = re.compile(
    r"(?:\s+[^\W\d_][\w’'-]*){0,3},?\s+(?:though|although|but|while|whereas|yet)\s+(?:the\s+)?(?:[^\W\d_][\w’'-]*\s+)?"
    rf"(?:{_AUTHORITIES})"
    r"\s+(?:have\s+|had\s+)?(?:said|say|says|put|puts|gave|give|gives|reported|reports|confirmed|confirm|counted|count)"
    r"(?:\s+(?:it|the\s+(?:toll|number|figure|count|total))\s+at)?(?:\s+(?:only|just))?\s+$",
    re.I,
)
# A comparison straight before a count whose noun is elided, the noun of the count before it:
# "about 900,000 patient records, fewer than the 1.2 million the gang claimed".
_THAN_BEFORE = re.compile(
    r",?\s+(?:(?:far|many|much)\s+)?(?:fewer|less|more|lower|higher|smaller|larger)\s+than\s+(?:the\s+)?$", re.I
)


# A sentence asking a question: its last mark a question mark, closing quotes or brackets after it
# ("Ravensworth Bridge: toll now 8?", "Did 40 people really die?").
_QUESTION_END = re.compile(r"\?[\"”’')\]]*\s*$")


def asked(text: str, sent: tuple[int, int]) -> bool:
    """Whether the sentence at ``sent`` (offsets into ``text``) is a question: a figure in it is
    asked about, not reported (t13ax N11: a headline "… toll now 8?" was a firm report of 8)."""
    return _QUESTION_END.search(text, sent[0], sent[1]) is not None


def claimed(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether the count ``fig`` (in the sentence ``sent``) is what a party claims: a claim verb
    straight before it (:data:`_CLAIM_BEFORE`) or after it as its relative clause's verb
    (:data:`_CLAIM_AFTER`), a count its clause calls unofficial (:data:`_UNOFFICIAL_BEFORE`), or a
    count in a question (:func:`asked`: what a question offers is no report); a toll's "claimed N
    lives/victims" and a passive "claimed by" are none."""
    if asked(text, sent):
        return True
    before = _CLAIM_BEFORE.search(text, max(sent[0], fig.start - 48), fig.start)
    if before is not None:
        # "the storm has claimed seven lives": the toll's own verb (cause the loss of), as the
        # quotes' cue reads it (:data:`~waic_reader.index.analysis.quotes.cues.TOLL_OBJECT`), no
        # party's claim (s50-rv finding 8)
        # (searched, not matched: a qualifier of the count, "nearly 300 lives", opens no toll's
        # object there)
        toll = TOLL_OBJECT.search(text, before.end("verb_end"), sent[1])
        return toll is None or toll.start() > fig.end
    return (
        _CLAIM_AFTER.match(text, fig.end, sent[1]) is not None
        or _UNOFFICIAL_BEFORE.search(text, max(sent[0], fig.start - 80), fig.start) is not None
    )


def set_against_official(text: str, fig: Figure, official: Figure) -> bool:
    """Whether the count ``fig`` is an unofficial count its sentence sets against the ``official``
    count after it (:data:`_OFFICIAL_CONTRAST` between them, nothing else)."""
    return official.start > fig.end and _OFFICIAL_CONTRAST.fullmatch(text, fig.end, official.start) is not None


def compared_to(text: str, whole: Figure, fig: Figure) -> bool:
    """Whether the noun-less count ``fig`` is compared to the count ``whole`` before it ("fewer than
    the 1.2 million"), counting ``whole``'s things (:data:`_THAN_BEFORE`)."""
    return bool(whole.noun) and _THAN_BEFORE.fullmatch(text, whole.end, fig.start) is not None


def claim_measure(measure: tuple[str, str], unit: str) -> tuple[str, str]:
    """(measure key, label) of a claim of a count of ``measure`` (key, label; keyed by its counted
    ``unit`` when it names no measure): "death toll (claimed)", "patient records (claimed)"."""
    key, label = measure
    return f"{key or unit.lower()}|{CLAIMED}", f"{label} (claimed)"
