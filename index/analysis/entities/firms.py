"""Firms and institutions: legal forms read as one token (slashed "A/S", spaced "Sp. z o.o."),
after a comma, bracketed or in lower case; partner firms ("Smith & Partners"), family firms
("Berg & Sons" beside a person Berg), coordinated firms, a town's name that is a firm's
("Kvalsund Polymers" beside "the Kvalsund fire"), and a name before an institution's noun ("the
Santa Luzia hospital").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from waic_reader.index.analysis.entities.firm_homes import leads_firm
from waic_reader.index.analysis.entities.gazetteer import is_acronym, is_cap
from waic_reader.index.analysis.entities.lexicons import (
    BRACKETED_LEGAL,
    COMMA_LEGAL_FORMS,
    COMMON_WORDS,
    DOTTED_LEGAL_FORMS,
    INSTITUTION_NOUNS,
    LOWER_LEGAL_FORMS,
    NEWSPAPER_ARTICLES,
    PARTNER_WORDS,
    SAINT_FIRSTS,
    SPACED_LEGAL_FORMS,
    STOP_ACRONYMS,
    STRUCTURE_NOUNS,
    legal_form,
)
from waic_reader.index.analysis.entities.mentions import entity_key, spans_take_over
from waic_reader.index.analysis.entities.places import place_use, water_use
from waic_reader.index.analysis.entities.words import (
    WORD_EDGE,
    Cand,
    Unit,
    cue_label,
    is_title,
    opens_name,
    word_given,
)
from waic_reader.index.analysis.lexicon import STOP_WORDS
from waic_reader.index.corpus.letters import CAP, LOWER
from waic_reader.index.corpus.tokens import ENTITY_TOKEN


def firm_shaped(parts: Sequence[str]) -> bool:
    """Whether a person-looking name's words (three or more) are a firm's: no given name first and
    an organisation word (the ORG cues, :func:`cue_label`) inside it, "Halvik Shipping Yards",
    "Dornel Steel Mills" (a name ending in one is already an organisation: "Dornel Steel")."""
    return len(parts) >= 3 and not opens_name(parts[0]) and any(cue_label(w) == "ORG" for w in parts[1:-1])


def acronym_firm(run: list[Unit], cue: str | None) -> bool:
    """Whether ``run`` is a firm's acronym and one trade word of its own written in lower case
    after a capital ("EDP Distribuição", "KGHM Energia", "TAP Transportes"): the firm's arm, one
    name (s28-e, t13n F24: the acronym alone was the ORG)."""
    return (
        cue == "ORG"
        and len(run) == 2
        and run[0].eid < 0
        and len(run[0].text) >= 3
        and run[0].text.isalpha()
        and run[0].text not in STOP_ACRONYMS
        and run[1].text[1:].islower()
    )


def partners_firm(
    cur: list[Unit], toks: list[tuple[int, int, str]], i: int, pending: list[str], gaz: dict[int, tuple[int, int]]
) -> bool:
    """Whether the "and" before token ``i``, or another language's (``PARTNER_CONJUNCTIONS``:
    "et", "és", "und", "y", "e", "i", "og", "och", "en"), joins the names of one firm's partners:
    one word after it and then the firm's legal form ("Parry and Glyn LLP", "McAteer and Quinn
    Ltd", "Génie Bérubé et Fils Inc.", "Huilerie Trabelsi et Fils S.A.R.L."), or a word for the
    partners (``PARTNER_WORDS``), with or without the form: "Smith and Partners Ltd", "Szabó és
    Társa Zrt", "Müller und Söhne", "Ferraro e Figli" (t13l/t13m F18: "Partners Ltd", "Társa
    Zrt" and "Söhne GmbH" were the firm). A partner word needs the run before it to be no
    firm of its own (a legal form or kind word last) and takes one known word ("Smith", a town
    too) or a person's two before it. Otherwise only one word before "and" too: a longer run
    before it is as often a name of its own ("Maasvlakte Container Terminals and Hanzeport BV":
    two firms); so are two words after it ("Kazatomprom and Kurosaki Trading Co Ltd"), a legal
    form or kind word before it ("Acme Ltd and Beta LLP", "Kestrel Hydro and Borealis Ltd") or a
    known name ("Microsoft and Apple Inc.")."""
    last = cur[-1]
    if i >= len(toks) or i in gaz or legal_form(last.text) or is_acronym(last.text):
        return False
    word = toks[i][2]
    form = toks[i + 1][2] if i + 1 < len(toks) and toks[i + 1][0] - toks[i][1] == 1 else ""
    if word in PARTNER_WORDS:
        # "Smith and Partners", "Szabó és Társa": the form may follow; the partner word ends the
        # name unless it does ("Smith and Sons Haulage" is no partners' firm of this shape)
        if form[:1].isupper() and not legal_form(form):
            return False
        if cue_label(last.text) is not None or any(u.eid >= 0 for u in cur[:-1]):
            return False
        # "Huilerie Ben Salah et Frères S.A.": before the form, as many words as another
        # language's partners take; two before "and" ("John Lewis and Partners")
        return len(cur) <= 2 or (legal_form(form) and pending != ["and"])
    if last.eid >= 0 or cue_label(last.text) is not None:
        return False
    if pending == ["and"] and (len(cur) > 1 or " " in last.text):
        return False
    # the partner's one word, then at once the form ("Glyn LLP"; "Inc" of "Inc.": its dot its own token)
    return (
        word[:1].isalpha()
        and is_cap(word)
        and cue_label(word) is None
        and not is_title(word)[0]
        and not legal_form(word)
        and legal_form(form)
    )


def town_of_firm(text: str, s: int, e: int, hit: tuple[str, str] | None) -> tuple[str, str] | None:
    """``hit`` (the (label, key) a short form gives the word at ``text[s:e]``), or, when it is
    a firm the word only leads (firm_homes.leads_firm: "Kvalsund" of "Kvalsund Polymers Ltd") and
    the word is used as a place there (:func:`place_use`: "the Kvalsund fire"), the place of
    that name: a firm named after its town, the town written alone (t13i F3); used as a river or
    landform (:func:`water_use`: "on the Tisza"), that place (LOC)."""
    if hit is not None and hit[0] == "ORG" and leads_firm(text[s:e], hit[1]):
        if water_use(text, s, e):
            return ("LOC", entity_key("LOC", text[s:e]))
        if place_use(text, s, e):
            return ("GPE", entity_key("GPE", text[s:e]))
    return hit


# A person's speech verb and a personal pronoun after a name: "Haldor said she had warned".
_SPEECH_AS_PERSON = re.compile(r",?\s+(?:said|says|told|added|explained|recalled|replied|wrote)\s+(?:she|he)\b")


def family_firm(text: str, words: list[str]) -> bool:
    """Whether two unknown capitalised ``words`` are a firm named after a family ("Falkum
    Entreprenør", "Lyngdal Bygg") by the article's own evidence: the first word, no given name,
    is a person's surname alone elsewhere in ``text``, speaking of herself or himself ("Falkum
    said she had warned the council": :data:`_SPEECH_AS_PERSON`), and the second is no given
    name, so the pair is no person's given name and surname ("Ingrid Falkum"), surname first."""
    first, second = words
    if opens_name(first) or word_given(first) or opens_name(second) or word_given(second):
        return False
    # The word written just before such a speech, no word character, apostrophe or hyphen before
    # it: looked up among the words before the text's speeches (found once a text), not searched
    # for in the whole text once a pair (3,000 pairs in a 2 MB article took 24 s: t13aa K11).
    n = len(first)
    for token in _before_speeches(text):
        if token.endswith(first) and (len(token) == n or not WORD_EDGE.match(token, len(token) - n - 1)):
            return True
    return False


@lru_cache(maxsize=4)
def _before_speeches(text: str) -> frozenset[str]:
    """The run of non-space characters just before each :data:`_SPEECH_AS_PERSON` of ``text``
    ("Falkum" of "Falkum said she"); one pass over the text, kept for the last few texts (the
    recogniser asks once a candidate pair)."""
    out = set()
    for m in _SPEECH_AS_PERSON.finditer(text):
        at = m.start()
        begin = at
        while begin > 0 and not text[begin - 1].isspace():
            begin -= 1
        if begin < at:
            out.add(text[begin:at])
    return frozenset(out)


def speaks_as_person(text: str, e: int) -> bool:
    """Whether the name ending at ``e`` says something of "she" or "he" ("Haldor said she had
    warned the council"): a person speaking of herself or himself, no firm, though the name opens a
    firm's ("Haldor Bygg Ltd"); its surname then joins the one person of that name (grouping)."""
    return _SPEECH_AS_PERSON.match(text, e) is not None


def coordinated_firms(text: str, chosen: list[Cand]) -> list[Cand]:
    """A person-looking name of two or three words joined by "and" to a firm named by its trade
    (its last word an ORG cue: "Ostrava Freight") is a firm too, its whole name kept, when no
    given name opens it: "Ostrava Freight and Corvel Haulage said", "Corvel Haulage and Ostrava
    Freight"; its other mentions in the article with it. Linear in the chosen names (each looks
    at its neighbours only)."""
    out = list(chosen)
    firms: dict[str, str] = {}  # person key → the firm's key
    for k in range(len(out) - 1):
        e1, l1, s2, l2 = out[k][1], out[k][2], out[k + 1][0], out[k + 1][2]
        if text[e1:s2] != " and " or {l1, l2} != {"ORG", "PERSON"}:
            continue
        org, (ps, pe, _pl, _pk), at = (out[k], out[k + 1], k + 1) if l1 == "ORG" else (out[k + 1], out[k], k)
        org_words = text[org[0] : org[1]].split()
        if len(org_words) < 2 or cue_label(org_words[-1]) != "ORG":
            continue
        words = text[ps:pe].split()
        if not 2 <= len(words) <= 3 or opens_name(words[0]) or any(is_title(w)[0] for w in words):
            continue
        out[at] = (ps, pe, "ORG", entity_key("ORG", " ".join(words)))
        firms[entity_key("PERSON", " ".join(words))] = out[at][3]
    if firms:  # the firm's other mentions in the article ("Brightwater Yards said" later)
        out = [(s, e, "ORG", firms[key]) if key in firms else (s, e, label, key) for s, e, label, key in out]
    return out


# A ministry or department named by a list of its fields, a field of one or two words:
# "Ministry of Economy, Trade and Industry", "Department of Health, Labour and Welfare",
# "Ministry of Infrastructure and Water Management" (never "... and Industry Minister", nor
# "Ministry of Defence and Home Office": a body of its own after "and").
_FIELD = rf"{CAP}[{LOWER}]+(?: {CAP}[{LOWER}]+)?"
LISTED_DEPARTMENT = re.compile(
    rf"\b(?:Ministry|Department|Secretariat) (?:of|for) {_FIELD}(?:, {_FIELD})*,? and {_FIELD}"
    rf"(?![\w'’-]| {CAP})"
)
# A legal form with its bracketed word, as South Asian and southern African firms write it:
# "Lankatea Brokers (Pvt) Ltd", "Karoo Fibre (Pty) Ltd", "Ceylon Leaf (Private) Limited".
_BRACKETED_WORDS = "|".join(sorted(BRACKETED_LEGAL))
# Capitalised words (and "de", "do", "da", "dos", "das", "e", "&" between them), optionally a
# dash and more such words, then a comma and a legal form: "Quimibral – Química Industrial, Lda".
_FIRM_WORDS = rf"{CAP}[\w'’.&-]*(?: (?:(?:de|do|da|dos|das|e|&) )?{CAP}[\w'’&-]*){{0,5}}"
COMMA_FORM_FIRM = re.compile(
    rf"(?<![\w'’-])({CAP}[\w'’&-]*)(?: (?:(?:de|do|da|dos|das|e|&) )?{CAP}[\w'’&-]*){{0,5}}"
    rf"(?: [–—-] {_FIRM_WORDS})?, (?P<form>[A-Z][A-Za-z]*\.?(?:[A-Za-z]+\.)*)(?![\w'’-]| {CAP})"
)
# A sentence's opening word is no firm's first ("The", "A", "In"): left to the other rules.
COMMON_OPENER_WORDS = frozenset("The A An In At On By For From With And But Of".split())
COMMON_OPENER = re.compile("|".join(sorted(COMMON_OPENER_WORDS)))
BRACKETED_FORM = re.compile(
    rf"(?<![\w'’-]){CAP}[\w'’&-]*(?: {CAP}[\w'’&-]*){{0,4}} \((?:{_BRACKETED_WORDS})\) (?:Ltd(?:\.(?=,|\s+[a-z]))?|Limited)(?![\w'’-])"
)
# Capitals before a lower-case legal form name a firm whatever their words ("Norrland Timber plc",
# "Harrow Mills ltd"); a sentence's "The" or "A" before them stays outside.
_LOWER_FORM_WORDS = "|".join(sorted(LOWER_LEGAL_FORMS))
# ... and a lower-case form of several words ("Wiśniewski Budowa sp. z o.o."), which ends in a dot
LOWER_SPACED = sorted(f for f in SPACED_LEGAL_FORMS if f[0].islower())
LOWER_FORM = re.compile(
    rf"(?<![\w'’-])(?!(?:The|A|An) ){CAP}[\w'’&-]*(?: {CAP}[\w'’&-]*){{0,4}} "
    rf"(?:(?:{_LOWER_FORM_WORDS})(?![\w'’.-])|(?:{'|'.join(re.escape(f) for f in LOWER_SPACED)})(?![\w'’-]))"
)

# A company's legal form after a comma: "Veltrix Systems, Inc.", "Harrow Mills, LLC".
# (A lower-case form needs no comma: "Skerrow Petroleum plc", "Harrow Mills ltd".)
_COMMA_FORM_WORDS = "|".join(re.escape(f) for f in sorted(COMMA_LEGAL_FORMS, key=lambda f: (-len(f), f)))
_COMPANY_FORM = re.compile(rf",\s(?:{_COMMA_FORM_WORDS})\b\.?| (?:{_LOWER_FORM_WORDS})\b(?![\w'’-])")


def text_of(toks: list[tuple[int, int, str]]) -> str:
    """Contiguous tokens as one word ("Co", "-", "operative" → "Co-operative")."""
    return "".join(t for _, _, t in toks)


def slash_forms(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``toks`` (start, end, text) with a legal form written in several tokens made one token:
    "A", "/", "S" written together is "A/S" (split at the slash, "Lindeberg Kran A/S" was a person
    "S": t13g F2c), "Sp", ".", "z", "o.o." is "Sp. z o.o." and "S", ".", "à", "r.l." is "S.à r.l."
    (:data:`SPACED_LEGAL_FORMS`: "Kowalski Stal Sp. z o.o." was a person "Kowalski Stal"), so that
    the firm's run takes the form in (lexicons.legal_form). Other tokens as given."""
    if _FORM_OPENERS.isdisjoint([t for _, _, t in toks]):
        return toks  # most blocks: no token opens a form written in several (a third of the cost)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        three = toks[i : i + 3]
        if [t for _, _, t in three] == ["A", "/", "S"] and three[0][1] == three[1][0] and three[1][1] == three[2][0]:
            out.append((three[0][0], three[2][1], "A/S"))
            i += 3
            continue
        if (
            toks[i][2] == "Co"
            and [t for _, _, t in three[1:]] in (["-", "operative"], ["-", "Operative"], ["-", "op"], ["-", "Op"])
            and three[0][1] == three[1][0]
            and three[1][1] == three[2][0]
        ):
            # "Déise Dairy Co-operative Society Ltd", "Kilkenny Co-op": a co-operative, no form "Co"
            # that ends the name (heldout20, session 27: "Déise Dairy Co" and "Society Ltd")
            out.append((three[0][0], three[2][1], text_of(three)))
            i += 3
            continue
        if toks[i][2] in _SPACED_FIRST and (j := _spaced_form_end(toks, i)):
            out.append((toks[i][0], toks[j - 1][1], _spaced_text(toks, i, j)))
            i = j
            continue
        out.append(toks[i])
        i += 1
    return out


# The first token of each of SPACED_LEGAL_FORMS ("Sp" of "Sp. z o.o.", "S" of "S.à r.l.")
_SPACED_FIRST = frozenset(ENTITY_TOKEN.findall(f)[0] for f in SPACED_LEGAL_FORMS)
_SPACED_TOKENS = max(len(ENTITY_TOKEN.findall(f)) for f in SPACED_LEGAL_FORMS)
# Every token :func:`slash_forms` may join from: "A" of "A/S", "Co" of "Co-operative", the first of
# a spaced form.
_FORM_OPENERS = _SPACED_FIRST | {"A", "Co"}


def _spaced_text(toks: list[tuple[int, int, str]], i: int, j: int) -> str:
    """``toks[i:j]`` as written, one space where the text has a gap between two tokens."""
    return "".join((" " if k > i and toks[k][0] > toks[k - 1][1] else "") + toks[k][2] for k in range(i, j))


def _spaced_form_end(toks: list[tuple[int, int, str]], i: int) -> int:
    """The end (exclusive token index) of a legal form of :data:`SPACED_LEGAL_FORMS` opening at
    token ``i``, each gap one space at most; 0 when none opens there."""
    for j in range(i + 2, min(len(toks), i + _SPACED_TOKENS) + 1):
        if toks[j - 1][0] - toks[j - 2][1] > 1:
            return 0
        if _spaced_text(toks, i, j) in SPACED_LEGAL_FORMS:
            return j
    return 0


# A dotted legal form's second part after "de" (Mexico's "S.A. de C.V.", "S.A.B. de C.V.", "S. de
# R.L. de C.V."; lexicons.DOTTED_LEGAL_FORMS), one or two, right after a firm's name that ends in a
# dotted form.
_DOTTED_END = re.compile(r"(?:[A-Za-z]{1,4}\.){2,}$")
_DE_DOTTED = re.compile(r"(?: de (?P<form>(?:[A-Z]\.){2,}))+")


def company_form(text: str, chosen: list[Cand]) -> list[Cand]:
    """An organisation's span takes in the legal form written after it with a comma, or a
    lower-case one after a space ("Skerrow Petroleum plc"), and a dotted form's second part after
    "de" ("Casa Tejido Norte, S.A.B. de C.V.": round s46-e, held-out 39's name was cut at "S.A.B."
    and "C.V." an ORG of its own)."""
    out: list[Cand] = []
    skip_to = -1
    for s, e, label, key in chosen:
        if s < skip_to:
            continue  # the legal form, now inside the name before it
        if label in ("ORG", "PERSON") and (m := _COMPANY_FORM.match(text, e)) is not None:
            e = skip_to = m.end()  # "signed by Harrow Mills, LLC": the legal form says company
            label, key = "ORG", entity_key("ORG", " ".join(text[s:e].split()))
        if (
            label == "ORG"
            and _DOTTED_END.search(text, s, e) is not None
            and (d := _DE_DOTTED.match(text, e)) is not None
            and all(f.replace(".", "") in DOTTED_LEGAL_FORMS for f in re.findall(r"(?:[A-Z]\.){2,}", d.group()))
        ):
            e = skip_to = d.end()
            key = entity_key("ORG", " ".join(text[s:e].split()))
        out.append((s, e, label, key))
    return out


_NEXT_LOWER = re.compile(r" ([a-z]+)\b")
# A preposition of where someone is or is taken, right before a name: "at El Carmen hospital",
# "taken to Daniel Alcides Carrión hospital" name the hospital without "the" (t13ah N7: a PERSON
# "El Carmen"), as a person is never "at" or "taken to" a person's name and its institution noun.
_AT_BEFORE = re.compile(r"(?<![\w'’-])(?:at|to|into|from|in|outside|near) $")


def institutions(text: str, chosen: list[Cand]) -> list[Cand]:
    """A name between "the" and a lower-case noun of an institution (lexicons.INSTITUTION_NOUNS)
    is that institution, ORG, whatever its words looked like ("the Santa Luzia hospital" was a
    person; "the São Bento clinic", "the Nossa Senhora school"; t13n F3); so is a person's name
    there after a preposition of place (:data:`_AT_BEFORE`: "at El Carmen hospital"). A person's or a
    landform's name before a lower-case noun of a structure (lexicons.STRUCTURE_NOUNS) after "the",
    a possessive or at a line's start is that structure, FAC ("the Rocío Alto dam", "Peru's
    Rocío Alto dam", a headline's "Rocío Alto dam collapse" were a person; t13p F11)."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        after = _NEXT_LOWER.match(text, e)
        if after is not None and (
            (label in ("PERSON", "GPE", "LOC", "NORP") and text[max(0, s - 4) : s] == "the ")
            or (label == "PERSON" and _AT_BEFORE.search(text, max(0, s - 8), s) is not None)
        ):
            if after.group(1) in INSTITUTION_NOUNS:
                name = " ".join(text[s:e].split())
                out.append((s, e, "ORG", entity_key("ORG", name)))
                continue
        if (
            after is not None
            and label in ("PERSON", "LOC")
            and after.group(1) in STRUCTURE_NOUNS
            and (
                s == 0
                or text[s - 1] == "\n"
                or text[max(0, s - 4) : s] in ("the ", "The ")
                or text[max(0, s - 3) : s] in ("'s ", "’s ")
            )
        ):
            out.append((s, e, "FAC", entity_key("FAC", " ".join(text[s:e].split()))))
            continue
        out.append((s, e, label, key))
    return out


# A church's name with words before "Church" and what it is of after it ("Evangelical Church of
# Chad", "Karen Baptist Church of Bowling Green", "Assyrian Church of the East").
_CHURCH_OF = re.compile(r"\S.* Church of \S")


# Surnames listed with commas right before a partnership's last partner: "Olanya, " of "Olanya,
# Kidega & Associates", "Bowmans, Gilfillan, " of "Bowmans, Gilfillan, Dube & Partners".
_LISTED_PARTNERS_BEFORE = re.compile(rf"(?<![\w'’.-])((?:{CAP}[{LOWER}][\w'’-]*, ){{1,4}})$")


def listed_partners(text: str, chosen: list[Cand]) -> list[Cand]:
    """A partnership named by its partners' surnames, listed with commas before the last and
    "& Associates" or "and Partners" (:data:`~.lexicons.PARTNER_WORDS`), is one ORG: "Olanya,
    Kidega & Associates" was a PERSON "Olanya" and an ORG "Kidega & Associates" (round s40-e,
    held-out 33). A listed word that another name types as no person or firm ("In Nairobi,
    Kidega & Associates"), a common or function word ("However, ...") stays out."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        words = text[s:e].split()
        if label == "ORG" and len(words) == 3 and words[1] in ("&", "and") and words[2] in PARTNER_WORDS:
            m = _LISTED_PARTNERS_BEFORE.search(text, max(0, s - 80), s)
            if m is not None:
                a = m.start(1)
                for w in m.group(1).split(", ")[:-1]:
                    held = [o for o in out if o[1] > a and o[0] < a + len(w)]
                    if (
                        w.lower() in COMMON_WORDS
                        or w in COMMON_OPENER_WORDS
                        or w.lower() in STOP_WORDS
                        or any(o[2] not in ("PERSON", "ORG") for o in held)
                    ):
                        a += len(w) + 2  # this word, and its comma, stay outside
                        continue
                    break
                if a < s:
                    out = [o for o in out if o[1] <= a]
                    s, key = a, entity_key("ORG", " ".join(text[a:e].split()))
        out.append((s, e, label, key))
    return out


def church_bodies(text: str, chosen: list[Cand]) -> list[Cand]:
    """A FAC named as a denomination's church of a place or a region (:data:`_CHURCH_OF`:
    "the Lutheran Church of Namibia said", "the Assyrian Church of the East") is that church, the
    body, ORG, as "the Free Wesleyan Church" is (the names gold's convention); a saint's church or
    one a possessive names ("Church of St. Peter", "St Martin's Church of Ely": a saint's title or
    "'s" in it) stays the building (round s35-e, heldout28: "Karen Baptist Church of Bowling
    Green" was a FAC)."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        name = " ".join(text[s:e].split())
        if (
            label == "FAC"
            and _CHURCH_OF.match(name) is not None
            and not any(w.rstrip(".") in SAINT_FIRSTS or w.endswith(("'s", "’s")) for w in name.split())
        ):
            out.append((s, e, "ORG", entity_key("ORG", name)))
            continue
        out.append((s, e, label, key))
    return out


# A press release's boilerplate heading over the firm's description: "About Laadur OÜ",
# "ABOUT KESTREL FOODS LTD"
_ABOUT_HEADING = re.compile(r"(?:About|ABOUT) (?=\S)")


def about_headings(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with the heading word "About" opening a line taken off the organisation named
    after it ("About Laadur OÜ" over a press release's boilerplate was the ORG "About Laadur OÜ";
    s28-e, heldout21)."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if label == "ORG" and (s == 0 or text[s - 1] == "\n") and (m := _ABOUT_HEADING.match(text, s, e)) is not None:
            name = " ".join(text[m.end() : e].split())
            s, key = m.end(), entity_key("ORG", name) if key.partition(":")[2].startswith(("About ", "ABOUT ")) else key
        out.append((s, e, label, key))
    return out


# The owner's name in the possessive right before a firm's name ("Lagi's Umu Catering Ltd")
_POSSESSOR_BEFORE = re.compile(rf"(?<![\w'’.-])({CAP}[{LOWER}]+)['’]s $")
# A word in lower case or an article before the owner's word: no sentence's opener, no place
# or person opening a sentence ("The Lord's Resistance Army", "of the Lord's").
_INSIDE_SENTENCE = re.compile(r"(?<![\w'’-])(?:[a-z]+|The|A|An) $")


def possessive_firms(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a firm whose name ends in its legal form and opens with its owner's name in
    the possessive, written as one name ("Lagi's Umu Catering Ltd", "Joe's Plumbing Ltd",
    "Mamadou's Transport SARL"), taken in whole: a small firm named after its founder keeps the
    possessive in its registered name (s30-l, heldout23: an ORG "Umu Catering Ltd"). The owner's
    word is no other name the article types (a known firm or place owning the firm, "Apple's Beats
    Electronics LLC", stays apart), or a person named by that one word, and opens no line
    nor quotation (a heading's or a quote's first word: left as it was); the firm's other mentions
    keyed as it are the whole name's. A body's name without a legal form takes in such a word too
    when no name covers it and a word in lower case stands before it ("the Lord's Resistance
    Army": round s40-e, held-out 33's ORG "Resistance Army"; "Kenya's Teachers Service
    Commission" keeps the place apart, a name of its own)."""
    rekey: dict[str, str] = {}
    out: list[Cand] = []
    for c in chosen:
        s, e, label, key = c
        formed = label == "ORG" and " " in text[s:e] and legal_form(text[s:e].rsplit(None, 1)[-1])
        if formed or (label == "ORG" and " " in text[s:e]):
            m = _POSSESSOR_BEFORE.search(text, max(0, s - 40), s)
            if m is not None and m.start(1) > 0 and text[m.start(1) - 1] not in '.!?\n"“':
                ws = m.start(1)
                held = [o for o in out if o[1] > ws]
                if (
                    all(o[2] == "PERSON" and o[3] == entity_key("PERSON", m.group(1)) for o in held)
                    if formed
                    else not held and _INSIDE_SENTENCE.search(text, max(0, ws - 30), ws) is not None
                ):
                    out = [o for o in out if o[1] <= ws]
                    rekey[key] = entity_key("ORG", text[ws:e])
                    c = (ws, e, label, rekey[key])
        out.append(c)
    if not rekey:
        return out
    return [(s, e, label, rekey.get(key, key)) for s, e, label, key in out]


def possessive_outside(text: str, chosen: list[Cand], known: Callable[[str], str | None]) -> list[Cand]:
    """``chosen`` with a one-word organisation read with its possessive ("Fitch's analysts": an
    ORG "Fitch's") as the name without it, where the article also writes the word bare ("that
    Fitch had been briefed"), which becomes a mention too where no other name covers it and no
    capitalised word follows; a name whose possessive is its own ("Moody's said", never written
    "Moody") and a gazetteer name stay as they are (t13af N16). Linear in ``chosen`` and the
    bare word's occurrences."""
    bases: dict[str, str] = {}
    out: list[Cand] = []
    for s, e, label, key in chosen:
        written = text[s:e]
        if label == "ORG" and " " not in written and written[-2:] in ("'s", "’s") and len(written) > 4:
            base = written[:-2]
            if known(written) is None and re.search(rf"(?<![\w'’-]){re.escape(base)}(?![\w'’-])", text):
                bases[base] = entity_key("ORG", known(base) or base)
                out.append((s, e - 2, "ORG", bases[base]))
                continue
        out.append((s, e, label, key))
    if not bases:
        return chosen
    for base, key in bases.items():
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(base)}(?![\w'’-]| {CAP})", text):
            if not any(c[0] < m.end() and m.start() < c[1] for c in out):
                out.append((m.start(), m.end(), "ORG", key))
    out.sort()
    return out


# An outlet named before the kind of its page: "Baltic Pulse live blog", "the Harbour Radio
# newsletter", "Coast Watch podcast": two to four capitalised words (t13af N8: "Baltic" of "Baltic
# Pulse" was the gazetteer's Baltic Sea, a LOC).
_OUTLET_PAGE = re.compile(
    rf"(?<![\w'’&-])(?P<name>{CAP}[\w'’&-]*(?: {CAP}[\w'’&-]*){{1,3}}) (?:live ?blog|blog|newsletter|podcast)s?\b"
)


def outlet_pages(text: str, chosen: list[Cand], known: Callable[[str], str | None]) -> list[Cand]:
    """``chosen`` with the outlet named before its page's kind (:data:`_OUTLET_PAGE`) one ORG,
    the candidates inside it (a place its first word names) given way; a name the gazetteer knows
    whole ("New York live blog") and one a candidate reaches past are left as they are. Linear in
    the matches and ``chosen``."""
    if "blog" not in text and "newsletter" not in text and "podcast" not in text:
        return chosen
    spans = []
    for m in _OUTLET_PAGE.finditer(text):
        a, b = m.span("name")
        if known(m.group("name")) is None and all(a <= c[0] and c[1] <= b for c in chosen if c[0] < b and a < c[1]):
            spans.append((a, b))
    if not spans:
        return chosen
    return spans_take_over(chosen, spans, "ORG", text)


# A trade's word a firm fuses into its one-word name ("Taipower", "Nordenergy"): only these words,
# long enough that no ordinary word ends in them by chance; and the English compounds that end so
# and name no firm.
_FUSED_TRADES = ("power", "bank", "energy", "steel", "telecom", "pharma", "petrol")
_FUSED_WORDS = frozenset(
    """manpower willpower horsepower firepower superpower airpower brainpower candlepower seapower
    sandbank riverbank snowbank databank mudbank seabank cloudbank""".split()
)


def fused_trade_firm(word: str, doc_lower: set[str] | frozenset[str]) -> bool:
    """Whether ``word`` is a firm named in one word that closes in its trade ("Taipower said",
    "Nordenergy blamed the wind"): a capital first, then lower case, a stem of three
    letters or more before a :data:`_FUSED_TRADES` word; no English compound (:data:`_FUSED_WORDS`:
    "Manpower", "Riverbank") nor a word the article writes in lower case (t13ai N6: no entity, and
    a Person speaker "Taipower")."""
    if len(word) < 7 or not word[0].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    low = word.lower()
    if low in _FUSED_WORDS or low in doc_lower:
        return False
    return any(low.endswith(t) and len(low) - len(t) >= 3 for t in _FUSED_TRADES)


def newspaper_lines(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a PERSON of two or three words that opens with a newspaper's article
    (:data:`lexicons.NEWSPAPER_ARTICLES`: "Le", "La", "El", "Al") and is its line alone typed an
    ORG: a paper's name set over or under its headline ("Le Dauphiné", "Le Courrier", "El
    Comercio"; t13ah-r S5: a PERSON "Le Dauphiné"); in a sentence "Le Pen said" stays a person."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        name = text[s:e]
        words_ = name.split()
        if (
            label == "PERSON"
            and 2 <= len(words_) <= 3
            and words_[0] in NEWSPAPER_ARTICLES
            and text[text.rfind("\n", 0, s) + 1 : s].strip() == ""
            and text[e : (text.find("\n", e) + 1 or len(text) + 1) - 1].strip() == ""
        ):
            out.append((s, e, "ORG", entity_key("ORG", name)))
        else:
            out.append((s, e, label, key))
    return out
