"""Products by a model's shape: a maker's name and a model code ("Aerovia A350-1000",
"CryoSat-2"), a model's suffix ("Snapdragon AR1"), a release's number ("Netscape Navigator 4.0").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from waic_reader.index.analysis.entities.lexicons import LEGAL_FORMS, WEEKDAYS_MONTHS
from waic_reader.index.analysis.entities.mentions import NAME_LABELS, entity_key, spans_take_over
from waic_reader.index.analysis.entities.words import Cand, cue_label
from waic_reader.index.analysis.figures import YEAR_DIGITS
from waic_reader.index.corpus.letters import CAP, LOWER

# A model's code after its maker's name: "A350-1000", "787-9", "777X", "A321neo", "X5": digits with a
# letter before or after them or a dash and a variant's number; never a bare number or a year.
_MODEL_CODE = re.compile(
    r" (?!(?:Q[1-4]|H[12]|FY\d*|[A-Z]\d{1,2}[A-Z]?)\b)(?P<code>(?:[A-Z]{1,3}\d{1,4}(?:-\d{1,4})?[A-Za-z]{0,3}|\d{2,4}(?:-\d{1,4}[A-Za-z]{0,2}|[A-Z]{1,2}|neo)))"
    r"(?![\w/-]|[.,]\d)"
)


def maker_models(text: str, chosen: list[Cand]) -> list[Cand]:
    """An organisation's name and a model's code right after it are one PRODUCT ("an order for 40
    Aerix A350-1000 jets", "its Boeing 777X"), and the code alone elsewhere in the article is that
    product ("the 777X programme")."""
    out: list[Cand] = []
    codes: dict[str, str] = {}
    skip_to = -1
    for k, (s, e, label, key) in enumerate(chosen):
        if s < skip_to:
            continue
        m = _MODEL_CODE.match(text, e) if label == "ORG" and " " not in text[s:e] else None
        if m is not None:
            end = m.end("code")
            name = text[s:end]
            out.append((s, end, "PRODUCT", entity_key("PRODUCT", name)))
            codes.setdefault(m.group("code"), entity_key("PRODUCT", name))
            skip_to = end  # a figure read in the code ("777", "1000") is part of the name
            continue
        out.append((s, e, label, key))
    if not codes:
        return chosen
    for code, key in codes.items():
        for m in re.finditer(rf"(?<![\w.,/-]){re.escape(code)}(?![\w/-]|[.,]\d)", text):
            a, b = m.span()
            k = bisect_left(out, (a,))
            lo = k - 1 if k and out[k - 1][1] > a else k
            hi = lo
            while hi < len(out) and out[hi][0] < b:
                hi += 1
            if any(c[2] in NAME_LABELS for c in out[lo:hi]):
                continue  # inside a name (the maker's product itself, or another)
            out[lo:hi] = [(a, b, "PRODUCT", key)]  # a figure read in it goes
    return out


# A model's suffix in capitals ("SE", "FE", "XL", "VI"): as short as a legal form, which a lone
# "SE" would otherwise be read as
_MODEL_SUFFIX = re.compile(r"[A-Z]{2}|[IVX]{1,4}")
# A model's name and code before the suffix: "Galaxy S24 ", "Xperia 10 ", "Pixel 8 "
_MODEL_BEFORE = re.compile(rf"(?<![\w'’-])({CAP}[{LOWER}]+|[{LOWER}]+{CAP}[\w]*) ([A-Z]{{0,2}}\d{{1,4}}[a-z]?) $")


def model_suffixes(text: str, chosen: list[Cand]) -> list[Cand]:
    """A lone organisation of two capitals (or a Roman numeral) right after a product ("iPhone
    SE") or a model's name and code ("Galaxy S24 FE", "Xperia 10 VI") is the model's suffix, no
    firm: the product goes on to it (a PRODUCT "iPhone SE", "Galaxy S24 FE"). A legal form that
    ends a firm's name is a part of that name already ("Baltic Rail SE") and stays."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        # only an organisation read from the word's shape (a known one, "EU", "UN", stays)
        if label == "ORG" and _MODEL_SUFFIX.fullmatch(text, s, e) and key == entity_key("ORG", text[s:e]):
            if out and out[-1][2] == "PRODUCT" and text[out[-1][1] : s] == " ":
                start = out.pop()[0]
                out.append((start, e, "PRODUCT", entity_key("PRODUCT", text[start:e])))
                continue
            m = _MODEL_BEFORE.search(text, max(0, s - 40), s)
            if (
                m is not None
                # a date ("March 2024") or a numbered place, road or body ("Route 66", "Flight
                # 370") is no model's name and code
                and m.group(1) not in WEEKDAYS_MONTHS
                and cue_label(m.group(1)) is None
                and not YEAR_DIGITS.fullmatch(m.group(2))
            ):
                start = m.start(1)
                while out and out[-1][1] > start:
                    if out[-1][2] in NAME_LABELS and out[-1][0] < start:
                        break  # a name the model's name is the last word of: leave both
                    out.pop()  # a figure read in the code ("10")
                else:
                    out.append((start, e, "PRODUCT", entity_key("PRODUCT", text[start:e])))
                    continue
        out.append((s, e, label, key))
    return out


# Nouns for a made thing a name in apposition is described by ("Lavina, a free app", "Fiore Sardo,
# the smoked raw-milk cheese of the Barbagia"): the name is that product.
PRODUCT_NOUNS = frozenset(
    """app apps application software game videogame chatbot browser cheese wine beer ale lager cider whisky
    whiskey gin vodka rum liqueur tea coffee chocolate biscuit sauce drink soda drug medicine vaccine pill
    smartphone phone handset laptop tablet console camera headset motorcycle scooter car sedan hatchback
    tractor truck rifle pistol drone satellite rocket aircraft airliner jet helicopter robot chip processor
    fragrance perfume cereal"""
    # made by hand and sold by name ("Lo Pastre, a shepherd's knife": round s37-e, heldout30's PERSON)
    """ knife blade watch bicycle canoe kayak guitar""".split()
)
_NOUNS = "|".join(sorted(PRODUCT_NOUNS, key=len, reverse=True))
# A name (one to three capitalised words) in apposition to a product noun after "a", "an" or
# "the" and at most four words, the noun ending the phrase (punctuation or a function word after
# it: "the first avalanche-risk app in Romansh", never "the app maker").
# Participles of making or selling a thing, after its noun ("a shepherd's knife engraved in Occitan").
_MADE = (
    "made|used|sold|engraved|designed|built|carved|crafted|handcrafted|forged|brewed|distilled|produced|named|called"
)
# (a gloss in brackets between, and a possessive among the words: 'Lo Pastre ("The Shepherd"), a
# folding knife', "a shepherd's knife")
_DESCRIBED = re.compile(
    rf"(?<![\w'’.-])(?P<name>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{0,2}})(?: \([^()\n]{{1,40}}\))?, (?:a|an|the) "
    rf"(?:[\w'’-]+ ){{0,4}}?"
    rf"(?:{_NOUNS})(?=[,.;:)]|\s+(?:that|which|whose|for|of|in|on|with|to|from|by|and|is|was|{_MADE})\b)"
)
# Names before a plural of "brand" ("the Teh Kabayan and Cikuray brands").
_BRANDS = re.compile(
    rf"\b(?:the|its|their|our) (?P<list>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{0,2}}"
    rf"(?:(?:, | and | or ){CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{0,2}})*) brands?\b"
)


# A brand word written in mixed case, a capital inside it ("SagarBot", "VaniTrack", "BeliLah").
_MIXED = rf"{CAP}[{LOWER}]+(?:{CAP}[{LOWER}]+)+"
# What a made thing sold or run under a brand is called after its name (with PRODUCT_NOUNS): "the
# BeliLah app", "its TapiFilm process", "whose HiveEye system", "the TorpaqGöz soil-moisture network".
_BRAND_KINDS = "|".join(
    sorted(
        PRODUCT_NOUNS
        | set("platform system network process service machine harvester locker sensor device kit range".split()),
        key=len,
        reverse=True,
    )
)
# A mixed-case brand word and the product's word beside it: a launch verb or "the name" before it,
# its kind after it (one word between at most, "grocery app"), or its kind in apposition either
# side ("SagarBot, a tracked machine that", "a new platform, VaniTrack,").
_MIXED_PRODUCT = re.compile(
    rf"(?:\b(?:launch(?:ed|es)?|unveil(?:ed|s)?|introduc(?:ed|es)|releas(?:ed|es)|under the (?:name|brand)) "
    rf"(?P<a>{_MIXED})(?![\w'’-])"
    rf"|(?<![\w'’-])(?P<b>{_MIXED}) (?:[\w-]+ )?(?:{_BRAND_KINDS})s?\b"
    rf"|(?<![\w'’-])(?P<c>{_MIXED}), (?:a|an|the) (?:[\w-]+ ){{0,3}}?(?:{_BRAND_KINDS})\b"
    rf"|\b(?:{_BRAND_KINDS}),? (?:called |named )?(?P<d>{_MIXED})(?![\w'’-]| {CAP}))"
)


# Words for a group of people or a firm a mixed-case name is written beside ("a group called
# GreyLantern", "the DarkTide gang", "MoyoPay, a fintech start-up"): a body, not a made thing.
_BODY_NOUNS = "|".join(
    sorted(
        set(
            "group gang crew cartel syndicate collective outfit firm company start-up startup charity "
            "organisation organization consortium cooperative co-operative".split()
        ),
        key=len,
        reverse=True,
    )
)
# A mixed-case word and the body's word beside it: the word after it ("the DarkTide gang"), in
# apposition after it ("MoyoPay, a fintech start-up"), or named by it ("a group called X", "the
# group behind the attack, known as X").
_MIXED_BODY = re.compile(
    rf"(?<![\w'’-])(?P<a>{_MIXED}) (?:[\w-]+ )?(?:{_BODY_NOUNS})s?\b"
    rf"|(?<![\w'’-])(?P<b>{_MIXED}), (?:a|an|the) (?:[\w-]+ ){{0,3}}?(?:{_BODY_NOUNS})\b"
    rf"|\b(?:{_BODY_NOUNS})\b[^.;:!?]{{0,60}}?\b(?:called|named|known as|calling itself) (?P<c>{_MIXED})(?![\w'’-]| {CAP})"
)


# The name a thing is sold under, one to three capitalised words: "sold under the Lidder Pro
# name", "under the brand Sweet Hollow", "under the Harbour Gold label" (round s34-b).
_SOLD_UNDER = re.compile(
    rf"\bunder the (?:(?:name|brand|label|trademark) (?P<a>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{0,2}})(?![\w'’-]| {CAP})"
    rf"|(?P<b>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{0,2}}) (?:name|brand|label|trademark)\b)"
)
# A firm's legal form after a name ("KenTel Ltd"): the name is the firm's, however else it is used.
_FIRM_AFTER = rf",? (?:{'|'.join(sorted((re.escape(f) for f in LEGAL_FORMS), key=len, reverse=True))})(?![\w])"


# A firm's legal form ending a name ("Kessler Foods Ltd"): the firm's own name.
_FIRM_AFTER_NAME = re.compile(rf"{_FIRM_AFTER}$")


def described_products(text: str, chosen: list[Cand], known: Any) -> list[Cand]:
    """A name the article describes as a product, in apposition to a product noun (:data:`_DESCRIBED`:
    "Lavina, a free app", "Fiore Sardo, the smoked raw-milk cheese") or before "brand(s)" ("the Teh
    Kabayan and Cikuray brands"), or a brand word in mixed case beside a product's word
    (:data:`_MIXED_PRODUCT`: "launched SagarBot", "the BeliLah app", "a new platform, VaniTrack,"),
    is a PRODUCT, and so is the name written alone elsewhere in the
    article: where no mention covers it, or a person was guessed from its shape. A name the
    gazetteer knows keeps its type."""
    if ", " not in text and "brand" not in text and "under the " not in text and _MIXED_PRODUCT.search(text) is None:
        return chosen
    names: set[str] = set()
    for m in _DESCRIBED.finditer(text):
        names.add(m.group("name"))
    for m in _BRANDS.finditer(text) if "brand" in text else ():
        names.update(re.split(r", | and | or ", m.group("list")))
    for m in _SOLD_UNDER.finditer(text) if "under the " in text else ():
        name = m.group("a") or m.group("b")
        if (
            re.search(rf"(?<![\w'’-]){re.escape(name)}{_FIRM_AFTER}", text) is None
            and _FIRM_AFTER_NAME.search(name) is None
        ):
            names.add(name)  # "sold under the Lidder Pro name": the name of a range
    for m in _MIXED_PRODUCT.finditer(text):
        # a brand word in mixed case beside a product's word (round s34-b: "launched SagarBot, a
        # tracked machine", "the BeliLah app"); a firm's legal form after it elsewhere keeps it a firm
        name = next(g for g in m.groups() if g)
        if re.search(rf"(?<![\w'’-]){re.escape(name)}{_FIRM_AFTER}", text) is None:
            names.add(name)
    names = {n for n in names if known(n) is None and n.split()[0] not in WEEKDAYS_MONTHS and n not in _NOT_PRODUCTS}
    if not names:
        return chosen

    def replaces(old: Cand, a: int, b: int) -> bool:
        # a person guessed from the name's shape, or a firm's short form read inside the product's
        # name ("Lidder" of "the Lidder Pro name" beside "Lidder Willow Industries Ltd": round s34-b)
        return old[:3] == (a, b, "PERSON") or (old[2] == "ORG" and a <= old[0] and old[1] <= b and old[:2] != (a, b))

    return _typed_everywhere(text, chosen, names, "PRODUCT", replaces)


# A software release's dotted number right after a name: "4.0", "2.1.3", "v3.5" (never a decimal
# figure's unit or a date: a version has no unit and the name before it is no number's word).
_VERSION_AFTER = re.compile(r" v?\d{1,3}(?:\.\d{1,3}){1,3}(?![\w%])")
# A release's bare major number, where the words around it say it is one: "4 or later", "6 at
# 800x600" (a screen's size), or after "viewed in" / "works best in" (t13al N10: "Best viewed in
# Netscape Navigator 4 at 800x600" was a place); "Zone 4", "District 9" have none of them.
_BARE_VERSION_AFTER = re.compile(
    r" v?\d{1,2}(?= or (?:later|higher|above|newer)\b| at \d{3,4} ?[x×] ?\d{3,4}\b)|"
    r" v?\d{1,2}(?![\w%.,]\d)(?P<bare>)"
)
_VIEWED_IN = re.compile(
    # (never "works in" alone: "He works in Harwick 3 days a week" is a place's)
    r"\b(?:viewed|displayed|optimi[sz]ed|(?:works?|runs?|looks?) best|best) (?:in|with|using|for|on) $",
    re.I,
)


def _bare_version(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is followed by a release's bare major number the
    words around it make one (:data:`_BARE_VERSION_AFTER`, :data:`_VIEWED_IN`)."""
    m = _BARE_VERSION_AFTER.match(text, end)
    if m is None:
        return False
    return m.group("bare") is None or _VIEWED_IN.search(text, max(0, start - 30), start) is not None


def versioned_products(text: str, chosen: list[Cand], known: Any) -> list[Cand]:
    """A name no list knows, guessed a place or a person from its shape or from the word before it,
    and written right before a release's dotted number ("viewed in Netscape Navigator 4.0",
    "Lotus Notes 8.5") or a bare one the words around it make a release's ("Best viewed in
    Netscape Navigator 4 at 800x600", "Internet Explorer 6 or later") is a PRODUCT, there and wherever the article writes it alone (t13ag N9:
    "Netscape Navigator" was a place after "in")."""
    names = {
        text[s:e]
        for s, e, label, key in chosen
        if label in ("GPE", "LOC", "PERSON")
        and (_VERSION_AFTER.match(text, e) or _bare_version(text, s, e))
        and key == entity_key(label, " ".join(text[s:e].split()))
        and known(text[s:e]) is None
        and text[s:e] not in WEEKDAYS_MONTHS
        and cue_label(text[s:e].rsplit(" ", 1)[-1]) is None
    }
    if not names:
        return chosen
    return _typed_everywhere(
        text, chosen, names, "PRODUCT", lambda old, a, b: old[:2] == (a, b) and old[2] in ("GPE", "LOC", "PERSON")
    )


def _typed_everywhere(
    text: str, chosen: list[Cand], names: set[str], label: str, replaces: Any, keys: dict[str, str] | None = None
) -> list[Cand]:
    """``chosen`` with every whole-word occurrence of each of ``names`` (no capitalised word after
    it) typed ``label``: added where no name covers it, put in place of the one name it overlaps
    when ``replaces(that name, start, end)``; sorted by position. ``keys``: a name's entity key
    where it is not its own (``label:name``)."""
    out = list(chosen)
    for name in names:
        key = (keys or {}).get(name) or entity_key(label, name)
        # (a possessive "'s" after it is no part of a longer word: "IronVole's leak site")
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-]|['’](?!s\b)| {CAP})", text):
            a, b = m.span()
            hit = [k for k, c in enumerate(out) if c[0] < b and a < c[1] and c[2] in NAME_LABELS]
            if not hit:
                out.append((a, b, label, key))
            elif len(hit) == 1 and replaces(out[hit[0]], a, b):
                out[hit[0]] = (a, b, label, key)
    out.sort(key=lambda c: (c[0], c[1]))
    return out


# A body's own name for itself, right after the body's word and a naming verb: "the gang, which
# calls itself Black Tarn", "a crew known as Iron Vole", "the group, dubbed Silent Heron by
# researchers" (a reported fault: a PERSON "Black Tarn", or nothing). One to four capitalised words
# ending the name (not "known as Mothers of the Disappeared": its "of" goes on past the rule).
_SELF_NAMED = re.compile(
    rf"\b(?:{_BODY_NOUNS})(?:,? (?:which|that|who) |,? (?:also |now |widely |publicly )?)"
    r"(?:calls itself|calling itself|called itself|call themselves|calling themselves|called themselves"
    r"|styles itself|styling itself|styled itself|known as|dubbed|going by|goes by) "
    rf"(?P<name>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{0,3}})(?![\w'’-]| (?:of|for|and|&|de|the|{CAP}))"
)
# A possessive ending ("Britain's", "Europe’s", "Jesus'") and a lower-case word after a name (the
# noun a possessive governs).
_POSSESSIVE_END = re.compile(r"['’]s?$")
_LOWER_WORD_AFTER = re.compile(rf"\s+[{LOWER}]")
# The capitals inside a mixed-case word: where its spaced spelling's words begin ("BlackTarn").
_HUMP = re.compile(rf"(?<=[{LOWER}])(?={CAP})")


def camel_words(word: str) -> tuple[str, ...] | None:
    """The words of ``word`` read as a mixed-case name ("BlackTarn" → ("Black", "Tarn")), split
    at each capital after a lower-case letter; None for a word with no such capital, or whose
    parts are not each a capital and lower-case letters. A spaced name of the same words ("Black
    Tarn") is the same name written apart (a reported fault)."""
    if _MIXED_WORD.fullmatch(word) is None:
        return None
    return tuple(_HUMP.split(word))


_MIXED_WORD = re.compile(_MIXED)


def mixed_case_bodies(text: str, chosen: list[Cand], known: Any) -> list[Cand]:
    """A name written in mixed case, a capital inside one word ("GreyLantern", "MoyoPay",
    "DarkTide"), that the article sets beside a group's or a firm's word (:data:`_MIXED_BODY`: "a
    group called GreyLantern", "the DarkTide gang", "MoyoPay, a fintech start-up") is an
    organisation, ORG, and so is the word written alone elsewhere in the article where no name
    covers it or a person was guessed from its shape (t13z H5: the ransomware gang "GreyLantern"
    was no entity in any of its four articles; the mixed-case brand word beside a product's word
    is :func:`described_products`' PRODUCT). A name the gazetteer knows keeps its type."""
    selves = _self_names(text, known)
    if _MIXED_BODY.search(text) is None and not selves:
        return chosen
    names = {next(g for g in m.groups() if g) for m in _MIXED_BODY.finditer(text)}
    names = {n for n in names if known(n) is None}
    out = _typed_everywhere(text, chosen, names, "ORG", lambda old, a, b: old[:3] == (a, b, "PERSON"))
    for name, key in selves.items():
        # the self-name replaces the one name read over the same words or inside them (a person
        # guessed from the shape of "Black Tarn")
        out = _typed_everywhere(
            text, out, {name}, "ORG", lambda old, a, b: a <= old[0] and old[1] <= b, keys={name: key}
        )
    return out


def _self_names(text: str, known: Any) -> dict[str, str]:
    """The names a body calls itself in ``text`` (:data:`_SELF_NAMED`) → their ORG keys: the key of
    the mixed-case word of the same words where the text writes one ("calls itself Black Tarn"
    beside "BlackTarn": one entity), else the name's own. A name the gazetteer knows
    (``known``: name → (label, key) or None) is left to it."""
    if " itself " not in text and " as " not in text and " dubbed " not in text and " by " not in text:
        return {}
    out: dict[str, str] = {}
    joined = {w: camel_words(w) for w in set(_MIXED_WORD.findall(text))}
    for m in _SELF_NAMED.finditer(text):
        name = m.group("name")
        if known(name) is not None or name.split()[0] in WEEKDAYS_MONTHS:
            continue
        if _POSSESSIVE_END.search(name) and _LOWER_WORD_AFTER.match(text, m.end("name")):
            # "known as Britain's biggest lender": a possessive governing a description, no
            # self-name; the place stays a place (review s50-rv finding 2)
            continue
        bare = _POSSESSIVE_END.sub("", name)
        if bare != name and (k := known(bare)) is not None and k[0] in ("GPE", "LOC", "NORP"):
            continue
        words = tuple(name.split())
        camel = next((w for w, parts in joined.items() if parts == words), None)
        out[name] = entity_key("ORG", camel or name)
        if camel is not None:
            out[camel] = entity_key("ORG", camel)
    return out


# Sentence-opening words a pattern could take for a name ("The", "It", "This").
_NOT_PRODUCTS = frozenset("The A An It This That These Those Its Their Our".split())


# A medicine's kind after its initials ("the MMR vaccine", "an HPV jab") and a dose's words before
# them ("35,000 doses of MMR", "a booster of DTP"): the initials name a medicine, no organisation.
_MEDICINE_AFTER = re.compile(r" (?:vaccines?|jabs?|shots?|boosters?|drugs?|pills?|tablets?|doses?|injections?)\b")
_DOSE_BEFORE = re.compile(r"\b(?:doses?|shots?|jabs?|boosters?|courses?|vials?) of (?:the )?$")


def medicine_initials(text: str, chosen: list[Cand], known: Any) -> list[Cand]:
    """``chosen`` without the organisations named by initials that the article uses as a vaccine
    or a drug (t13ak N10: an ORG "MMR" of "doses of MMR vaccine"): a word in capitals of two to
    six letters and digits, right before a medicine's kind (:data:`_MEDICINE_AFTER`) or after a
    dose's words (:data:`_DOSE_BEFORE`), that the gazetteer does not know (``known``: name →
    (label, key) or None; "the GSK vaccine" is the firm's); every ORG of that word in the article
    is then dropped (a medicine, never scored as a name). Linear in ``chosen``."""
    medicines: set[str] = set()
    for s, e, label, _key in chosen:
        word = text[s:e]
        if (
            label == "ORG"
            and 2 <= len(word) <= 6
            and word.isupper()
            and word.isalnum()
            and (_MEDICINE_AFTER.match(text, e) is not None or _DOSE_BEFORE.search(text, max(0, s - 24), s) is not None)
            and known(word) is None
        ):
            medicines.add(word)
    if not medicines:
        return chosen
    return [c for c in chosen if not (c[2] == "ORG" and text[c[0] : c[1]] in medicines)]


# A site's theme credit, in a page's footer: "Theme: Ledger by Inkwell Themes", "Ledger Theme by
# Inkwell Themes", "Theme by Inkwell Themes" (the credit line of WordPress's, Ghost's and Blogger's
# themes), the maker always named (a "Theme:" alone heads an event's subject as well). The theme is a made thing, PRODUCT, and its maker an organisation, never an outlet or a
# firm of the theme's name (a reported fault: the footer's "Ledger" was the corpus's ORG "Ledger").
_NAME_WORDS = rf"{CAP}[\w'’.-]*(?: {CAP}[\w'’.-]*){{0,3}}"
_THEME_CREDIT = re.compile(
    rf"(?:(?<![\w'’-])(?:Theme|Template|Skin)\s*:\s*(?P<a>{_NAME_WORDS})"
    rf"|(?<![\w'’-])(?P<b>{_NAME_WORDS}) (?:(?:WordPress|Ghost|Blogger|Joomla|Drupal) )?(?:[Tt]heme|[Tt]emplate))"
    rf" (?:by|from) (?P<maker>{_NAME_WORDS})(?![\w'’-])"
)


# A credit line's most words: a footer's "Powered by WordPress | Theme: Astra by Brainstorm Force"
# has nine; a sentence of prose runs longer or ends in its mark.
_CREDIT_LINE_WORDS = 12


def _credit_line(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` sits on a line of its own that is no sentence: a footer's credit line,
    at most :data:`_CREDIT_LINE_WORDS` words, no comma after the credit nor sentence mark ending
    it ("the Jurassic Park theme by John Williams, who was in the hall" is prose)."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    line = text[start : len(text) if end < 0 else end].strip()
    return (
        len(line.split()) <= _CREDIT_LINE_WORDS
        and not line.endswith((".", "!", "?", ","))
        and ", " not in text[b : b + 2]
    )


def theme_credits(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a site theme's credit (:data:`_THEME_CREDIT`) read as the theme, PRODUCT,
    and its maker, ORG, over whatever names were read there, on a footer's credit line only
    (:func:`_credit_line`; in prose, "the Pink Panther Theme by Henry Mancini" credits a composer)."""
    if "heme" not in text and "emplate" not in text and "Skin" not in text:
        return chosen
    out = chosen
    for m in _THEME_CREDIT.finditer(text):
        theme = "a" if m.group("a") else "b"
        if m.group(theme).split()[0] in _NOT_PRODUCTS:
            continue  # ("The Theme by …")
        if not _credit_line(text, m.start(), m.end()):
            continue  # "played the Jurassic Park theme by John Williams": a composer (review s50-rv 21)
        out = spans_take_over(out, [m.span(theme), m.span("maker")], "PRODUCT", text)
        out = spans_take_over(out, [m.span("maker")], "ORG", text)
    return out
