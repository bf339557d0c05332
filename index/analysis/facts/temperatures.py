"""What a temperature is of (issue #16, t13aa K4, round s35-fb).

A temperature whose clause names the weather ("temperatures in the city reached 39C", "Thermometers
in the city centre showed 41C", "The mercury hit 40C", "a 39C heatwave", "The temperature in
Lindmark reached 41C", "La température a atteint 41 °C dans la ville") is the air temperature of the
story's place: one measure, ``temperature``, compared across outlets whatever their sentences' other
words (as the death toll is; grouped by shared context alone, two long articles' 39C and 41C were
two rows with one label). A temperature its clause says of a thing ("the steel reached 52 °C", "the
bridge's sensors recorded 48C") is that thing's, a measure of its own ("temperature of the steel").
A forecast ("Forecasters expect a high of 4C") and a temperature of nothing named ("the temperature
hit 41C", "the temperature in the server room") keep no measure: context groups them, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from waic_reader.index.analysis.facts.words import WORD
from waic_reader.index.analysis.figures import Figure, after_qualifier
from waic_reader.index.analysis.lexicon import CHANGE_VERBS, MONTH_NUMBERS, STOP_WORDS, SUBORDINATORS, WEEKDAYS
from waic_reader.index.corpus.tokens import fold

# Measure key and label of the air temperature of the story's place.
AIR = ("temperature", "temperature")
# The words of a temperature (English, French, German, Spanish, Italian, Dutch), read with a place
# after them ("temperatures in the city", "la température … dans la ville"), or in the plural alone
# ("as temperatures soared to 39C"); the singular alone is any thing's ("the temperature hit 41C").
TEMPERATURE_WORDS = frozenset(
    """temperature temperatures température températures temperatur temperaturen temperatura
    temperaturas""".split()
)
_PLURAL_TEMPERATURES = frozenset("temperatures températures temperaturen temperaturas".split())
# Words that name the weather's heat wherever they stand in the clause: no thing has a "heatwave",
# a "mercury" or "thermometers in the city centre".
WEATHER_WORDS = frozenset(
    """heat heatwave heatwaves mercury thermometer thermometers weather shade air canicule chaleur
    thermomètre thermomètres hitze hitzewelle calor termómetro termómetros caldo
    hittegolf""".split()
)
# A day's or a night's extreme of the weather ("The overnight low in Harnwick was minus 9 degrees
# Celsius", "a high of 39C", "The daytime high in Velmont was 31C"): the air's wherever it stands in
# the clause, as a weather word is (t13ab L1, round s36-q: a row "temperature (°C)" apart from the
# wire's "-12C"). A forecast's high (:data:`FORECAST`) and a thing's ("the steel reached") are
# read before it.
EXTREME_WORDS = frozenset(
    """low lows high highs minimum minimums maximum maximums minima maxima minimale maximale mínima
    máxima massima tiefstwert höchstwert""".split()
)
# The time words that make an extreme word the weather's ("overnight low", "daytime high", "record
# high": as figures._TEMPERATURE_WORDS reads them) and the things that burn or are heated, whose
# clause's extreme is theirs ("the fire reached a maximum of 1,100C", "burned at a high temperature
# of 1,100C": review s36-rv2 finding 5, round s36-y2, they were the air temperature).
_EXTREME_TIMES = frozenset(
    """overnight daytime night-time nighttime night nightly record daily day morning afternoon evening
    weekend monthly annual""".split()
)
_HEATED_THINGS = frozenset(
    """fire fires blaze blazes flame flames furnace furnaces engine engines reactor reactors oven ovens
    kiln kilns boiler boilers steel metal iron glass water lava magma core cores battery batteries
    brake brakes turbine turbines smelter smelters""".split()
)
# Relative pronouns opening a clause after a comma: the clause's temperature is of the noun
# before the comma ("the low temperatures, which fell to -12C"; t13ab L1, round s36-q).
_RELATIVES = frozenset("which that who qui que die welche cui che".split())
# A forecast's temperature is no reading of the day (the radio's "expect a high of 4C" beside an
# overnight -3C): no measure. A forecast's rain is a measure of its own, never the rain that fell
# (``measures``: "Forecasters expect another 50 mm of rain", t13ae P2).
FORECAST = frozenset("forecast forecasts forecaster forecasters forecasting expect expects expected predicted".split())
# Nouns of a place a temperature is of ("in the city centre", "dans la ville", "in der Stadt").
PLACE_NOUNS = frozenset(
    """city town capital village centre center region country area streets suburbs district ville
    stadt ciudad città stad""".split()
)
_PLACE_PREPOSITIONS = frozenset("in on across at over throughout around dans en à au im".split())
_PREPOSITIONS = _PLACE_PREPOSITIONS | frozenset("of from with by for near inside outside under".split())
_ARTICLES = frozenset("the a an la le les l der die das den el los las il lo de het".split())
# Verbs by which a subject has or shows a temperature ("the steel reached 52 °C", "sensors read 48C").
_READING_VERBS = frozenset(
    """reached reach reaches hit hits showed shows show read reads recorded records registered measured
    measures rose rises climbed climbs soared soars peaked peaks topped tops touched stood stands was
    were is are fell falls dropped drops""".split()
)
# Verbs by which a place or its people feel the weather ("Varnhelm sweltered at 38C", "Residents
# shivered at -5C", "Crowds basked in 30C sunshine"): the air's temperature whatever their subject
# (t13ac M24, round s36-x2: "sweltered at 38C" was a row "temperature (°C)" apart from the air's).
WEATHER_VERBS = frozenset(
    """swelter swelters sweltered sweltering shiver shivers shivered shivering bask basks basked
    basking sizzle sizzles sizzled sizzling""".split()
)
# Verbs a place or a thing is read by ("the town baked at 40C", "the bread baked at 200C"): the air's
# for a place, a thing's for a thing, as a reading verb's (:data:`_READING_VERBS`).
_HEAT_VERBS = frozenset("baked bakes baking roasted roasts roasting froze freezes freezing".split())
# Comparatives read as a reading verb is ("Lava hotter than 1,200C": the lava's; t13ac M2).
_COMPARATIVES = frozenset("hotter colder warmer cooler".split())
# Words between a reading verb and its temperature ("reached about 39C", "rose to 41C").
_VERB_GAP = frozenset("to of at about around nearly almost over some a an up more than just roughly".split())
# Words before "temperatures" that say which of the weather's ("record temperatures", "daytime
# temperatures", "sub-zero temperatures"): no thing; any other common noun there names the thing
# whose temperatures they are ("lava temperatures", "water temperatures", "core temperatures";
# t13ac M2: the lava's 2,100 °F was one row with the island's 34C). Adjectives by their endings
# (:data:`_ADJECTIVE_ENDINGS`) are read as these.
_AIR_MODIFIERS = frozenset(
    """record high low extreme average mean hot cold warm cool mild outside outdoor summer winter
    spring autumn fall daytime overnight night nighttime night-time sub-zero subzero peak local
    global surface hotter colder warmer cooler higher lower such these those morning afternoon
    evening midday noon dawn day days week weekend month year season today tonight""".split()
)
_ADJECTIVE_ENDINGS = ("ing", "ed", "al", "ic", "ous", "ive", "ern", "ful", "less", "ly", "est", "ble", "ry", "zero")
# Above this °C no air's temperature (the air's plain range; figures._AIR_RANGE): a capitalised word
# opening the sentence that reads one ("Lava hotter than 1,200C") is a common noun, no place's name.
_AIR_LIMIT = 60.0
# Instruments that read a thing's temperature: their possessor is the thing ("the bridge's sensors").
_INSTRUMENTS = frozenset("sensor sensors gauge gauges probe probes instrument instruments camera cameras".split())
_POSSESSIVE = re.compile(r"^(?P<thing>[^\W\d_][\w-]*)(?:['’]s|s['’])$")
_CLAUSE_CUT = re.compile(r"[,;:()—–]|\s-\s|\band\b|\bor\b")


def _clause(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[list[str], list[str]]:
    """The words of a temperature's clause before it (as written, from its last cut or subordinator:
    "…collapsed on Tuesday, as temperatures in the city reached") and the words after it up to the
    clause's end ("heatwave", "dans la ville")."""
    seg = text[sent[0] : after_qualifier(text, fig)]  # "Lava hotter than": a comparison is a verb here
    cuts = list(_CLAUSE_CUT.finditer(seg))
    words = WORD.findall(seg[cuts[-1].end() :] if cuts else seg)
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in SUBORDINATORS), default=0)
    rest = text[fig.end : sent[1]]
    m = _CLAUSE_CUT.search(rest)
    return words[cut:], WORD.findall(rest[: m.start()] if m else rest)


def _antecedent(text: str, fig: Figure, sent: tuple[int, int]) -> list[str]:
    """The last words (at most four) before the comma that a relative clause holding the figure
    follows ("the low temperatures" of "the low temperatures, which fell to -12C"); [] when the
    figure's clause opens with no relative pronoun (:data:`_RELATIVES`)."""
    seg = text[sent[0] : fig.start]
    cuts = list(_CLAUSE_CUT.finditer(seg))
    if not cuts or cuts[-1].group() != ",":
        return []
    words = WORD.findall(seg[cuts[-1].end() :])
    if not words or words[0].lower() not in _RELATIVES:
        return []
    lead = seg[: cuts[-1].start()]
    inner = list(_CLAUSE_CUT.finditer(lead))
    return WORD.findall(lead[inner[-1].end() :] if inner else lead)[-4:]


def _place_after(words: list[str]) -> bool:
    """Whether ``words`` open with a place's phrase: a preposition, an article or two, then a name
    or a place noun ("in the city centre", "in Lindmark", "dans la ville")."""
    if not words or words[0].lower() not in _PLACE_PREPOSITIONS:
        return False
    rest = words[1:]
    while rest and rest[0].lower() in _ARTICLES:
        rest = rest[1:]
    return bool(rest) and (rest[0][:1].isupper() or rest[0].lower() in PLACE_NOUNS)


def _thing(subject: list[str]) -> str:
    """The thing a subject names whose temperature is read: a possessive's owner ("the bridge's
    temperature sensors": the bridge), else the subject's nouns in lower case ("the steel"); "" for
    an instrument alone, a name, a pronoun or a stop word."""
    # the noun phrase nearest the verb that follows no preposition: "Engineers say the steel"
    # is the steel, "temperatures in the city" no thing
    opening = [k for k, w in enumerate(subject) if w.lower() in _ARTICLES]
    if opening and opening[-1] > 0 and subject[opening[-1] - 1].lower() not in _PREPOSITIONS:
        subject = subject[opening[-1] :]
    for k, w in enumerate(subject):
        m = _POSSESSIVE.match(w)
        if m is not None:
            nouns = [x for x in subject[:k] if x.lower() not in _ARTICLES] + [m.group("thing")]
            return " ".join(nouns).lower() if all(x.islower() for x in nouns) else ""
    nouns = [w for w in subject if w.lower() not in _ARTICLES]
    if not nouns or len(nouns) > 3 or not all(w.islower() for w in nouns[1:]):
        return ""
    if subject[0].lower() not in _ARTICLES and not nouns[0].islower():
        return ""  # a name ("Lindmark recorded 41C"), no thing
    low = [w.lower() for w in nouns]
    if any(
        w in STOP_WORDS or w in _PREPOSITIONS or w in _INSTRUMENTS or w in TEMPERATURE_WORDS or w in WEATHER_WORDS
        for w in low
    ):
        return ""
    return " ".join(low)


@lru_cache(maxsize=4)  # once per text, not once per capitalised subject in it (s35-rv2 item 2)
def _lower_words(text: str) -> frozenset[str]:
    """The words (runs of word characters) the text writes in lower case, read once per text."""
    return frozenset(w for w in re.findall(r"\w+", text) if w.islower())


def _written_lower(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case as a whole word (a word of word characters
    alone by the cached :func:`_lower_words`; one with an apostrophe or hyphen by a search)."""
    low = word.lower()
    if re.fullmatch(r"\w+", low):
        return low in _lower_words(text)
    return re.search(rf"\b{re.escape(low)}\b", text) is not None


def _place_name(text: str, subject: list[str]) -> bool:
    """Whether a reading verb's subject is a name alone (one or two capitalised words, "Lindmark",
    "Death Valley"), which reads a temperature only as a place does (a thing is a common noun,
    :func:`_thing`): a word the text also writes in lower case ("Engineers recorded 52C" at a
    sentence's start) is no name."""
    if not subject or len(subject) > 2 or not all(w[:1].isupper() for w in subject):
        return False
    return not any(w.lower() in STOP_WORDS or _written_lower(text, w) for w in subject)


def _weather_extreme(before: list[str], after: list[str]) -> bool:
    """Whether a temperature's clause (``before`` it and ``after`` it, as written) names the
    weather's extreme: an :data:`EXTREME_WORDS` word after a time word ("The overnight low", "the
    daytime high", :data:`_EXTREME_TIMES`) or with a place's phrase after it or after the value
    ("the low in Harnwick", "a high of 31C in Velmont") or right before the value ("a low of 10F"), in
    a clause naming no thing that burns or
    is heated (:data:`_HEATED_THINGS`: "the fire reached a maximum of 1,100C" is the fire's)."""
    low = [w.lower() for w in before]
    if any(w in _HEATED_THINGS for w in low) or any(w.lower() in _HEATED_THINGS for w in after):
        return False
    return any(
        w in EXTREME_WORDS
        and (
            (j > 0 and low[j - 1].removesuffix("'s").removesuffix("’s") in _EXTREME_TIMES)
            or _place_after(before[j + 1 :])
            or _place_after(after)
            # "Harlow recorded a low of 10 degrees Fahrenheit overnight": the extreme's "of" right
            # before the value makes the value the extreme itself (was a row "temperature (°C)"
            # apart from the outlets' -12 °C, t13af N30, round s38-y1)
            or low[j + 1 :] == ["of"]
        )
        for j, w in enumerate(low)
    )


# A temperature's difference, no reading (s35-rv2 item 4, round s35-p2): a comparison or a change
# after the value ("15 degrees Fahrenheit above normal", "10F warmer than", "a 20-degree drop") or
# a change verb right before it ("rose by 10F", "fell 5C overnight"; "rose to 41C" is a reading).
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:(?:above|below)\s+(?:the\s+)?(?:normal|average|usual|norm|seasonal)\b"
    r"|(?:warmer|cooler|colder|hotter|higher|lower)\b"
    r"|(?:rise|drop|jump|fall|increase|decrease|swing|difference)s?\b)",
    re.I,
)
_DIFFERENCE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(CHANGE_VERBS))})\s+(?:by\s+)?(?:(?:some|about|around|nearly|almost)\s+)?$", re.I
)


def temperature_difference(text: str, fig: Figure) -> bool:
    """Whether a temperature ``fig`` (°C or °F) is a difference of two, no reading: its °F is then
    converted to °C without the offset (x 5/9) or not at all, and it is no :data:`AIR` measure
    (:data:`_DIFFERENCE_AFTER`, :data:`_DIFFERENCE_BEFORE`; change verbs from lexicon.CHANGE_VERBS)."""
    return bool(
        _DIFFERENCE_AFTER.match(text, fig.end)
        or (
            fig.qualifier not in _LEVEL_BOUNDS
            and _DIFFERENCE_BEFORE.search(text, max(0, fig.start - 40), fig.start) is not None
        )
    )


# A bound that says a level, never an amount of change: "Temperatures fell below -20C" is a reading
# under -20 °C, no fall of 20 degrees ("fell by more than 5C" stays a difference).
_LEVEL_BOUNDS = frozenset(
    {"above", "below", "hotter than", "colder than", "warmer than", "cooler than", "higher than", "lower than"}
)


def _opens_sentence(text: str, sent: tuple[int, int], word: str) -> bool:
    """Whether ``word`` is the first word of the sentence ``sent``."""
    first = WORD.search(text, sent[0], sent[1])
    return first is not None and first.group() == word


def _beyond_air(fig: Figure) -> bool:
    """Whether a temperature is hotter than any air's (:data:`_AIR_LIMIT` °C, its °F converted)."""
    if isinstance(fig.value, str):
        return False
    c = (float(fig.value) - 32) * 5 / 9 if fig.unit == "°F" else float(fig.value)
    return c > _AIR_LIMIT


def _common_opening(text: str, fig: Figure, sent: tuple[int, int], subject: list[str]) -> list[str]:
    """``subject`` with the capitalised word opening its sentence in lower case where that word is
    a common noun: the text writes it in lower case elsewhere, or the temperature it reads is
    beyond any air's ("Lava hotter than 1,200C": no place is that hot); else as it was."""
    if len(subject) != 1 or not subject[0][:1].isupper() or not _opens_sentence(text, sent, subject[0]):
        return subject
    if subject[0].lower() in STOP_WORDS:
        return subject
    if _written_lower(text, subject[0]) or _beyond_air(fig):
        return [subject[0].lower()]
    return subject


def _modifier_thing(text: str, fig: Figure, sent: tuple[int, int], words: list[str]) -> str:
    """The thing a noun before "temperatures" names ("lava temperatures": "lava"), "" for one of
    the weather's words (:data:`_AIR_MODIFIERS`, an adjective's ending, a stop word, a weather or
    place word) or a name ("Varnhelm temperatures": the place's air)."""
    if not words:
        return ""
    w = words[0]
    if w[:1].isupper():
        opening = _opens_sentence(text, sent, w)
        if not opening or not (_written_lower(text, w) or _beyond_air(fig)):
            return ""
    low = w.lower()
    if (
        low in _AIR_MODIFIERS
        or low in STOP_WORDS
        or low in WEATHER_WORDS
        or low in EXTREME_WORDS
        or low in PLACE_NOUNS
        or low in TEMPERATURE_WORDS
        or low in WEEKDAYS
        or low in MONTH_NUMBERS
        or low.endswith(_ADJECTIVE_ENDINGS)
        or not low.isalpha()
    ):
        return ""
    return low


def temperature_measure(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, str] | None:
    """(measure key, label) of a temperature (a quantity in °C or °F) by its clause: :data:`AIR`
    for the weather's (a :data:`WEATHER_WORDS` word in the clause, the plural of a
    :data:`TEMPERATURE_WORDS` word, or one with a place after it, :func:`_place_after`),
    ("temperature|<thing>", "temperature of the <thing>") for a thing its clause's subject names
    before a reading verb (:data:`_READING_VERBS`: "the steel reached 52 °C"); None when neither,
    or for a forecast (:data:`FORECAST`) or a difference (:func:`temperature_difference`)."""
    if temperature_difference(text, fig):
        return None  # "15 degrees Fahrenheit above normal": no temperature of the air
    before, after = _clause(text, fig, sent)
    low = [w.lower() for w in before]
    if any(w in FORECAST for w in low):
        return None
    k = len(low) - 1
    while k >= 0 and low[k] in _VERB_GAP:
        k -= 1
    if k >= 1 and low[k] in TEMPERATURE_WORDS and low[k - 1] in _READING_VERBS:
        k -= 1  # "The lava reached temperatures of 1,150 degrees Celsius": the lava's (t13ac M10)
    verb = low[k] if k >= 0 else ""
    if verb in WEATHER_VERBS:
        return AIR  # "Varnhelm sweltered at 38C", "Residents shivered at -5C"
    reading = verb in _READING_VERBS or verb in _HEAT_VERBS or verb in _COMPARATIVES
    subject = before[:k] if reading else []
    while subject and subject[-1].lower() in ("has", "had", "have", "was", "were", "is", "are"):
        subject = subject[:-1]
    subject = _common_opening(text, fig, sent, subject)
    thing = _thing(subject) if subject else ""
    if thing.split()[-1:] and thing.split()[-1] in PLACE_NOUNS:
        return AIR  # "the city recorded 40C": a place's temperature is its weather's
    if thing:
        return f"temperature|{fold(thing)}", f"temperature of the {thing}"
    if _place_name(text, subject):
        return AIR  # "Lindmark recorded 102 degrees Fahrenheit": a place's reading is its weather's
    if any(w in WEATHER_WORDS for w in low) or any(w.lower() in WEATHER_WORDS for w in after[:2]):
        return AIR  # "a 39C heatwave"
    if _weather_extreme(before, after):
        return AIR  # "The overnight low in Harnwick was minus 9 degrees Celsius"
    antecedent = [w.lower() for w in _antecedent(text, fig, sent)]
    if any(w in _PLURAL_TEMPERATURES or w in WEATHER_WORDS for w in antecedent):
        return AIR  # "the low temperatures, which fell to -12C", "the heatwave, which peaked at 41C"
    if [w.lower() for w in subject[-1:]] == ["it"] and _place_after(after):
        return AIR  # "By dawn it was minus 7C in Kerrow": the weather's "it" and a place
    if [w.lower() for w in after[:3]] == ["in", "the", "shade"]:
        return AIR  # "It was 41° in the shade" (t13aa K12; "after the air conditioning failed" is not)
    for j, w in enumerate(low):
        if w in TEMPERATURE_WORDS and (w in _PLURAL_TEMPERATURES or _place_after(before[j + 1 :])):
            owner = _modifier_thing(text, fig, sent, before[j - 1 : j] if j > 0 else [])
            if owner:
                return f"temperature|{fold(owner)}", f"temperature of the {owner}"
            return AIR
    if any(w in TEMPERATURE_WORDS for w in low) and _place_after(after):
        return AIR  # "La température a atteint 41 °C dans la ville"
    if (
        any(w in TEMPERATURE_WORDS for w in low)
        and any(w in _EXTREME_TIMES for w in [*low, *(x.lower() for x in after[:3])])
        and not any(w in _HEATED_THINGS for w in [*low, *(x.lower() for x in after)])
    ):
        # "Overnight the temperature dropped to 19F": a night's or a day's temperature, no thing
        # named, is the weather's (t13ae P10, round s37-z2: a row "temperature (°C)" apart from
        # the outlets' "minus 2C" and "minus 7 degrees Celsius")
        return AIR
    return None
