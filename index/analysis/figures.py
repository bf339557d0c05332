"""The figure recogniser: numbers, money, percentages, quantities and dates in running text.

One module for the whole engine: the fact sheet (``facts.py``) and the entity recogniser's
MONEY / PERCENT / QUANTITY / CARDINAL labels both read :func:`find_figures`, so the two never
disagree about what "$ 1.8 bln" is.

A :class:`Figure` carries the value as a number, its unit (an ISO 4217 currency code, ``%``, a
canonical measurement unit such as ``km``, ``mi`` or ``magnitude``, a time unit for durations),
its kind, the qualifier written before it ("about", "more than"), the high end of a range
("between 200 and 300", "200-300", "$2-3 billion"), a conversion written beside it ("40
kilometres (25 miles)" is one figure) and, for counts, the counted noun ("12 people").

Forms read (see tests/gold/figures/figures.yaml for the labelled set):

* digits with thousands separators and decimals, scale words and abbreviations: "2.3 million",
  "$ 1.8 bln", "300 mln dlrs", "728 mil", "€2.5bn", "£40m", "¥0.7mn"; South Asian "lakh"
  (10^5) and "crore" (10^7): "Rs 16,189 crore", "₹3 lakh";
* spelled-out numbers in full ("thirty five thousand", "one hundred and fifty thousand",
  "seventy-five hundred"), converted by the ``text2num`` library;
* currency signs and codes before ("US$", "RM", "Rs", "￥", "EUR") and currency words after
  ("yuan", "dlrs", "stg", "euros"); "¥" is the yen's sign and the yuan's: its currency comes from
  the text around it (:func:`resolve_currency`), else it stays "¥ (JPY or CNY)"; so do "pesos"
  (Mexico's, the Philippines', Argentina's…: else "pesos", no country's code);
* percentages ("5 pct", "61.4%", "3 per cent"), measurements with units, magnitudes
  ("magnitude 6.8", "7.1-magnitude", "6.2 on the Richter scale"), durations ("three-day",
  "12 days"), dates ("March 3, 2024", "14 June 2025"; day first in other languages, "3 mars
  2025", "3. März", "8 марта": month_names.py) and years.

Every offset is a character offset into the text given.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from waic_reader.index.analysis.entities.lexicons import people_plural
from waic_reader.index.analysis.entry_time import ZONES
from waic_reader.index.analysis.lexicon import (
    BESIDE_WORDS,
    CHANGE_VERBS,
    COUNTED_ADJECTIVES,
    DETERMINERS,
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    MONTHS,
    NUMBER_WORDS,
    SCALE_WORDS,
    STOP_WORDS,
    SUBORDINATORS,
    UNMARKED_PLURALS,
    WEEKDAYS,
)
from waic_reader.index.corpus.date_forms import YEAR
from waic_reader.index.corpus.letters import CAP
from waic_reader.index.corpus.tokens import GROUP_SEPARATORS, ascii_digits, fold, number_forms

KINDS = ("count", "money", "percent", "quantity", "date", "year", "duration")


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure in a text.

    ``start``/``end`` span the whole figure as written (qualifier, currency, number, unit,
    conversion; for counts also the counted noun phrase); ``num_start``/``num_end`` the figure
    as an OntoNotes CARDINAL/MONEY/PERCENT/QUANTITY span covers it: bound words ("over",
    "more than") in, hedges ("about", "some") and the counted noun out ("over 800 companies" →
    "over 800"; "about $5 million" → "$5 million").
    """

    start: int
    end: int
    num_start: int
    num_end: int
    kind: str  # one of KINDS
    value: float  # dates: yyyymmdd (or mmdd without a year)
    unit: str = ""  # "USD", "%", "km", "magnitude", "day"; "" for counts
    qualifier: str = ""  # lower case as written: "about", "more than"; "" when exact
    high: float | None = None  # a range's high end
    noun: str = ""  # counts and durations: the counted noun phrase as written ("large language models")
    conversion: tuple[float, str] | None = None  # "(25 miles)" after "40 kilometres": (25.0, "mi")
    spelled: bool = False  # written in words ("twelve")
    conversion_span: tuple[int, int] | None = None  # where the conversion is written ("25 miles")
    vague: bool = False  # "thousands of": value is the least it can mean (2,000), not a figure to compare
    margin: float = 0.0  # a round span's year: how far either way it may be ("a century ago": 10 years)


# The word before a bare number that makes it part of a name: "Phase Two", "Route 7", "Array
# three", "Terminal 2", "Coastal News 24" (a capitalised word that is neither a function word, a
# qualifier, a month nor a weekday: "On Friday 12", "Nearly 300" count).
NAME_BEFORE = re.compile(rf"(?<![\w’'-])({CAP}[\w’'-]*)\s+$")
# Kind words a name's number follows, the number the thing is known by whatever noun comes after
# it: "House Bill 2", "BBC Radio 4", "Channel 5", a paper's or a broadcaster's "Coastal News 24",
# "Metro TV 2"; so "Channel 4 news reports", "Radio 4 listeners", "Channel 9 viewers" count no
# reports, listeners or viewers (t13aj N10's kind, round s43-y1); and the nouns of things named by
# their number, "Terminal 2", "Gate 7", "Route 66", "Phase 2 trials", "Ward 7 patients" (a ward's
# patients, none counted). The entity recogniser's ``laws.numbered_names`` reads the same list.
NUMBERED_KINDS = frozenset(
    "Bill Radio Channel News TV Television "
    "Terminal Gate Route Phase Platform Pier Berth Runway Highway Interstate Flight Line Stage Level "
    "Zone Block Building Hall Room Floor Exit Junction Ward Reactor Unit Array Sector Chapter Article "
    "Section Episode Season".split()
)
# A "Name N" pair beside another in a list: "Kisumu 312, Siaya 45, Homa Bay 28", "Green Alliance 14,
# Labour 9 and Conservatives 7": each number is its name's count (review s43-rv finding 10). The
# next pair after a number, the pair before a name, each with its name's last word.
_NEXT_PAIR = re.compile(rf"\s*(?:[,;]|\band\b)\s*(?:{CAP}[\w’'-]*\s+){{0,3}}({CAP}[\w’'-]*)\s+\d")
_PAIR_BEFORE = re.compile(rf"(?<![\w’'-])({CAP}[\w’'-]*)\s+\d[\d,.]*\s*(?:[,;]|\band\b)\s*(?:{CAP}[\w’'-]*\s+){{0,3}}$")


def tally_pair(text: str, start: int, end: int) -> bool:
    """Whether the name and number ``text[start:end]`` ("Siaya 45", "Old Quay 731") is one of a list
    of counts by name: a "Name N" pair beside it whose name is no kind word of
    :data:`NUMBERED_KINDS` ("Kisumu 312, Siaya 45", "Eastfield 988 and Old Quay 731"). A list of
    things named by number ("Terminal 2, Terminal 3 and Gate 7") is none."""
    after = _NEXT_PAIR.match(text, end)
    before = _PAIR_BEFORE.search(text, max(0, start - 80), start)
    return any(m is not None and m.group(1) not in NUMBERED_KINDS for m in (after, before))


# A capitalised word and the digits after it, as a name with its number is written ("Apollo 11")
_NAME_NUMBER = re.compile(rf"(?<![\w’'-])({CAP}[\w’'-]*)\s+(\d+)(?![\w.,]\d|\w)")


@lru_cache(maxsize=4)  # once per text, not once per figure (linear)
def _known_numbered(text: str) -> frozenset[str]:
    """The names ``text`` writes with their number ("Apollo 11") at least twice, in no list of
    counts by name (:func:`tally_pair`): "Word N" strings, as written."""
    seen: dict[str, int] = {}
    for m in _NAME_NUMBER.finditer(text):
        if tally_pair(text, m.start(), m.end()):
            continue
        key = f"{m.group(1)} {m.group(2)}"
        seen[key] = seen.get(key, 0) + 1
    return frozenset(k for k, n in seen.items() if n > 1)


# The street words of an address ("1200 Fair Lane", "221 Baker Street", "1600 Pennsylvania Ave."):
# the common primary street suffixes of the USPS Publication 28 (Appendix C1), written out and
# abbreviated, with Royal Mail's (BS 7666) British thoroughfare words. An address's number is the
# house's, no figure (t13aw N1: "the Fairgrounds, 1200 Fair Lane" read as 1,200 people evacuated).
STREET_WORDS = frozenset(
    "Street St Avenue Ave Road Rd Lane Ln Drive Dr Boulevard Blvd Way Court Ct Place Pl Terrace Ter "
    "Parkway Pkwy Circle Cir Highway Hwy Square Sq Crescent Close Grove Gardens Row Mews Alley Trail "
    "Pike Plaza Walk Hill Parade".split()
)
# A house number (digits alone, no thousands separator) and one to three capitalised words, the
# last a street word: the whole address's first part ("1200 Fair Lane", "45 North Elm St.").
_ADDRESS_AFTER = re.compile(rf"\s+(?:{CAP}[\w’'-]*\s+){{1,3}}({CAP}[a-z]*)\b")


def street_number(text: str, fig: Figure) -> bool:
    """Whether ``fig`` is a house number: digits alone (no separator, no unit) followed by a
    street's name whose last word is a :data:`STREET_WORDS` ("1200 Fair Lane", "221 Baker
    Street"): part of an address, no figure (t13aw N1)."""
    if fig.kind != "count" or fig.unit or fig.qualifier or not text[fig.start : fig.end].isdigit():
        return False
    m = _ADDRESS_AFTER.match(text, fig.end)
    return m is not None and m.group(1) in STREET_WORDS


def names_a_thing(text: str, fig: Figure, bound: int = 0) -> bool:
    """Whether ``fig`` is a count that is part of a name, the number a thing is named by, so no
    figure of the fact sheet's nor a Number entity (issue #16, t13aj N10): after a kind word of
    :data:`NUMBERED_KINDS` ("Terminal 2", "Gate 7", "Coastal News 24", and with a noun after it,
    "Channel 4 news reports"), or after a capitalised word the text writes with that number
    elsewhere too (:func:`_known_numbered`: "Apollo 11 … Apollo 11"). A place's, person's or
    party's count ("Kisumu 312, Siaya 45", "Souza 118,400, Lima 107,500": review s43-rv finding
    10) is none; so is a house number (:func:`street_number`: "1200 Fair Lane"). ``bound``: the
    offset before which no word is read (the figure's sentence or line start)."""
    if fig.kind != "count":
        return False
    if street_number(text, fig):
        return True
    m = NAME_BEFORE.search(text, max(bound, fig.start - 30), fig.start)
    if m is None:
        return False
    if m.group(1) in NUMBERED_KINDS:
        # a noun after the number is what it counts, unless the word before names things by number
        return (not fig.noun or text[fig.start].isdigit()) and not tally_pair(text, m.start(1), fig.end)
    word = m.group(1).lower()
    if fig.noun or word in STOP_WORDS or word in _NOT_NAMES:
        return False
    return f"{m.group(1)} {text[fig.start : fig.end]}" in _known_numbered(text)


def after_qualifier(text: str, fig: Figure) -> int:
    """Where ``fig``'s qualifier as written ends in ``text`` ("hotter than " of "hotter than 1,200C"):
    the words of a comparison belong to the clause before the number too ("Lava hotter than": the
    lava's temperature, read by the fact sheet); ``fig.start`` when it has none."""
    if not fig.qualifier:
        return fig.start
    m = re.compile(r"\s+".join(map(re.escape, fig.qualifier.split())) + r"\s*", re.I).match(text, fig.start)
    return m.end() if m is not None else fig.start


# ---------------------------------------------------------------------------------------------
# Word lists

# A comparison before a figure bounds it, whatever it compares: "more than 300 people", "Lava hotter
# than 1,200C", "temperatures above 40C" are more than the value, never the value (t13ac, round
# s37-f: "hotter than 1,200C" was 1,200 °C, in disagreement with a lava's 1,250 °C).
LOWER_BOUNDS = frozenset(
    "more than|just over|over|at least|upwards of|above|in excess of|exceeding|greater than|higher than|"
    "larger than|bigger than|hotter than|warmer than|deeper than|taller than|longer than|heavier than|"
    "faster than|stronger than".split("|")
)
UPPER_BOUNDS = frozenset(
    "up to|less than|fewer than|under|at most|as many as|as much as|below|lower than|smaller than|"
    "colder than|cooler than|shallower than|shorter than|lighter than|slower than".split("|")
)
# Bounds said "nearly" so: the value is all but reached, from below.
NEAR_BOUNDS = frozenset("nearly|almost|close to|just under".split("|"))
QUALIFIERS = "|".join(
    sorted(
        LOWER_BOUNDS
        | UPPER_BOUNDS
        | NEAR_BOUNDS
        | {"about", "around", "approximately", "roughly", "some", "an estimated"},
        key=lambda q: (-len(q), q),
    )
)
# Qualifiers that bound a value (inside an OntoNotes number span) rather than hedge it (outside).
BOUNDS = LOWER_BOUNDS | UPPER_BOUNDS | NEAR_BOUNDS
_NOT_NAMES = frozenset((*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *QUALIFIERS.split("|"), "another", "only", "just"))
SCALES: dict[str, float] = {
    **{w: float(v) for w, v in SCALE_WORDS.items() if w != "hundred"},
    "bn": 1e9,
    "bln": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    **dict.fromkeys(("millionen", "mio", "millions", "millones", "milioni", "miljoen", "miljoner", "milionów"), 1e6),
    **dict.fromkeys(
        ("milliarde", "milliarden", "mrd", "milliard", "milliards", "miliardi", "miljard", "miljarder"), 1e9
    ),
}
# (the last two lines: the long scale's million and milliard as CLDR's compact decimal formats write
# them in German, French, Spanish, Italian, Dutch, Swedish and Polish, with German's and French's
# abbreviations "Mio." and "Mrd.": "1,1 Milliarden Euro" is money of 1.1 billion, t13as N5; a
# word of those languages for 10^12, "billion" in French and German, is left out, as English
# reads it 10^9)
# One-letter scales only after a currency ("£40m"); alone "40m" is forty metres.
MONEY_SCALES: dict[str, float] = {"m": 1e6, "b": 1e9, "k": 1e3}
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "nt$": "TWD",
    "€": "EUR",
    "£": "GBP",
    # The YEN SIGN (and its full-width form) is also the yuan's sign in Chinese coverage:
    # resolved from the text around it by resolve_currency, else kept as both.
    "¥": "¥ (JPY or CNY)",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "₩": "KRW",
    "rm": "MYR",
    # regional signs and abbreviations written before an amount (t13ah N8, t13ag-r R3: "S/ 10
    # million" was a count and a place "S", "₱20,000" a bare number): read by the figure pattern
    # from this table (_SIGN), so a currency is added here, never as a case of its own
    "₱": "PHP",
    "s/": "PEN",
    "s/.": "PEN",
    "r$": "BRL",
    "₦": "NGN",
    "৳": "BDT",
    "tk": "BDT",
    "tk.": "BDT",
    "₫": "VND",
    "₺": "TRY",
    "₴": "UAH",
    "₽": "RUB",
    "₪": "ILS",
    "฿": "THB",
    "rp": "IDR",
    "ksh": "KES",
    # "T$" is Reuters' Taiwan dollar and the Tongan pa'anga's own sign: resolved from the text
    # around it by resolve_currency, else kept as written (t13ai N1: "T$1.2 billion" was a count)
    "t$": "T$",
}
YEN_OR_YUAN = "¥ (JPY or CNY)"
T_DOLLARS = "T$"  # the unit of a "T$" amount whose text does not say whose dollar it is
# Signs made of letters that are words or names of their own ("N" of a road, a mask's "N95"; "SKr"):
# money only as written, in their case, glued to an amount that reads as money, with a scale or
# thousands separators ("N500,000", "N2.5bn": the common spelling of the naira's sign; "NKr2.4bn",
# "SKr40m": the Scandinavian crowns as the financial press writes them; review s41-rv finding 14).
# Read by the figure pattern (_LETTER_SIGN) as the table's signs are, never a case of their own.
LETTER_SIGNS: dict[str, str] = {"N": "NGN", "NKr": "NOK", "SKr": "SEK", "DKr": "DKK", "IKr": "ISK"}


def currency_of_sign(sign: str) -> str:
    """The currency of a sign or code written before an amount (:data:`CURRENCY_SIGNS`, a code
    itself), its full-width form read as its ASCII one (NFKC: "＄" is "$", "￡" "£"); a dollar sign
    after capitals the table does not hold ("Z$", "FJ$") is that dollar, its unit the sign in
    capitals ("Z$")."""
    if sign in LETTER_SIGNS:
        return LETTER_SIGNS[sign]
    low = unicodedata.normalize("NFKC", sign).lower()
    return CURRENCY_SIGNS.get(
        low, low.upper() if low != "rmb" else "CNY"
    )  # the unit of a ¥ figure whose text does not say which currency


SHILLINGS = "shillings"  # an amount in shillings whose text does not say whose (Kenya's, Uganda's…)
PESOS = "pesos"  # the unit of an amount in pesos whose text does not say whose (Mexico's, the Philippines'…)
# ISO 4217 codes written before an amount ("NOK 300 million", "SEK 40 million"; t13k F9: "NOK" was
# an organisation and the amount a bare number). Codes that are English words are left out: the
# pattern reads them in any case ("try 5 times", "PHP 8", "cop", "pen", "rub", "Ron").
CURRENCY_CODES = frozenset(
    """USD EUR GBP JPY CNY RMB INR HKD CHF AUD CAD SGD KRW MYR NOK SEK DKK ISK PLN CZK HUF BGN ZAR
    BRL MXN ARS CLP TWD THB IDR VND NZD ILS AED SAR QAR EGP NGN KES UAH KZT PKR BDT LKR""".split()
)
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD",
    "dollar": "USD",
    "dlrs": "USD",
    "dlr": "USD",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "stg": "GBP",
    "yen": "JPY",
    "rupees": "INR",
    "rupee": "INR",
    "won": "KRW",
    "ringgit": "MYR",
    "francs": "CHF",
    # the peso of several countries: resolved from the text (resolve_currency), else "pesos"
    "pesos": PESOS,
    "peso": PESOS,
    "rand": "ZAR",
    "naira": "NGN",
    "roubles": "RUB",
    "cents": "USD",
    "cent": "USD",
    "pence": "GBP",
    "rubles": "RUB",
    # currencies written as words after the amount ("three hundred thousand soles", "5 million
    # reais"): money in that currency, never a count of "soles" (t13p F14); a name that is also an
    # English word ("real", "sol") is left out
    "soles": "PEN",
    "reais": "BRL",
    "bolivianos": "BOB",
    "zlotys": "PLN",
    "zloty": "PLN",
    "forints": "HUF",
    "forint": "HUF",
    "baht": "THB",
    "rupiah": "IDR",
    "shekels": "ILS",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "kwanzas": "AOA",
    "quetzales": "GTQ",
    "lempiras": "HNL",
    "guaranis": "PYG",
    # South Asian and African currencies written after the amount ("200,000 taka", "300,000 naira",
    # "5 lakh rupees"): money, never a bare count (t13ag N2); the shilling of several countries is
    # resolved from the text (resolve_currency), else stays "shillings"
    "taka": "BDT",
    "takas": "BDT",
    "shillings": SHILLINGS,
    "shilling": SHILLINGS,
    "cedis": "GHS",
    "kwacha": "ZMW",
    # the lira is Turkey's currency in today's news ("40,000 lira" was a bare count beside another
    # outlet's "₺50,000": t13ahr R3); "Lebanese lira" and "Syrian lira" are read with their
    # country's adjective (CURRENCY_ADJECTIVES)
    "lira": "TRY",
    "liras": "TRY",
    # Tonga's pa'anga, the name of the currency whose sign is "T$", with either apostrophe or none
    # ("5 million pa'anga" was no money beside another outlet's "T$5 million": t13air S6)
    **{f"pa{a}anga": "TOP" for a in ("'", "’", "")},
    # cryptocurrencies a ransom or a theft is counted in ("demanding 75 bitcoin", "about 1,200
    # ETH", "50,000 USDT"): money in that currency, never "no figure" (t13ar N4). Their exchanges'
    # tickers (BTC, ETH, USDT), as ISO 4217 leaves them out; "tether" is left out, an English word
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "btc": "BTC",
    "ether": "ETH",
    "eth": "ETH",
    "usdt": "USDT",
    **{c.lower(): ("CNY" if c == "RMB" else c) for c in CURRENCY_CODES},
}
# Currencies named by a country's adjective and a noun no figure reads alone, English words too
# ("410 million Namibian dollars", "21 billion Danish crowns", "Kenyan shillings"): with the words
# of :data:`CURRENCY_WORDS`, the nouns after which a nationality's adjective is the currency's
# name, no people (the entity recogniser's peoples.currency_adjectives; round s36-e).
CURRENCY_NOUNS = frozenset(w for w in CURRENCY_WORDS if w.isalpha() and w.islower() and len(w) > 3) | frozenset(
    "crowns crown kroner krone kronor krona kronur shillings shilling dinars dinar dirhams dirham riyals riyal "
    "rials rial lira liras manat kwacha cedis cedi leones leone birr somoni tenge som sums lari drams".split()
)
CURRENCY_ADJECTIVES: dict[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "hong kong": "HKD",
    "australian": "AUD",
    "canadian": "CAD",
    "singapore": "SGD",
    "new zealand": "NZD",
    "taiwan": "TWD",
    "swiss": "CHF",
    "new taiwan": "TWD",
    "mexican": "MXN",
    "philippine": "PHP",
    "argentine": "ARS",
    "chilean": "CLP",
    "colombian": "COP",
    "turkish": "TRY",
    "lebanese": "LBP",
    "syrian": "SYP",
}
# The lengths a speed is written with in words ("kilometres per hour") and its unit.
_SPEED_LENGTHS = {"kilometres": "km/h", "kilometers": "km/h", "km": "km/h", "miles": "mph"}
# Measurement units → canonical unit.
UNITS: dict[str, str] = {
    "km": "km",
    "kms": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "miles": "mi",
    "mile": "mi",
    "mi": "mi",
    # a sea mile, 1,852 m: "12 nautical miles west of Varnholm" (was a count of "miles", never
    # compared with "22 km west of" the same place: t13af N28, round s38-y1)
    "nautical miles": "nmi",
    "nautical mile": "nmi",
    "nmi": "nmi",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "m": "m",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "inches": "in",
    # a size fused before its noun is written in the singular: "a 24-inch pipe", "a 60-centimetre
    # shaft", "a 200-millimetre borehole" (were bare counts, "60", never compared: t13y G3, round s35-a)
    "inch": "in",
    "mm": "mm",
    "millimetres": "mm",
    "millimeters": "mm",
    "millimetre": "mm",
    "millimeter": "mm",
    "cm": "cm",
    "cubic metres": "m³",
    "cubic meters": "m³",
    "cubic feet": "ft³",
    "bcm": "bcm",
    "centimetres": "cm",
    "centimeters": "cm",
    "centimetre": "cm",
    "centimeter": "cm",
    "kg": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "tonnes": "t",
    "tons": "t",
    "tonne": "t",
    "ton": "t",
    "pounds": "lb",
    "lbs": "lb",
    "lb": "lb",
    "barrels": "bbl",
    "hectares": "ha",
    "acres": "acre",
    "litres": "l",
    "liters": "l",
    "gallons": "gal",
    "gw": "GW",
    "gigawatts": "GW",
    "mw": "MW",
    "megawatts": "MW",
    "kwh": "kWh",
    "twh": "TWh",
    "mph": "mph",
    "km/h": "km/h",
    # a speed however written: "150 kph", "185 kilometres per hour", "75 miles an hour"
    "kph": "km/h",
    "kmh": "km/h",
    "km/hr": "km/h",
    **{f"{u} {per} hour": s for u, s in _SPEED_LENGTHS.items() for per in ("per", "an")},
    "knots": "kn",
    # "33 m/s", "30 metres per second", "75 m.p.h." (a speed's other writings: the conversion was
    # read as a length or a count of its own, t13m F8)
    "m/s": "m/s",
    "metres per second": "m/s",
    "meters per second": "m/s",
    "m.p.h.": "mph",
    "m.p.h": "mph",
    "degrees": "°",
    # the sign alone ("41° in the shade"): an angle's, or a temperature's in its context (_temperature_scale)
    "°": "°",
    "°c": "°C",
    "degrees celsius": "°C",
    "degrees centigrade": "°C",
    "degrees fahrenheit": "°F",
    "degrees c": "°C",
    "degrees f": "°F",
    "°f": "°F",
    # a scale's name alone after the number, as a conversion is often written: "(59 Fahrenheit)"
    "celsius": "°C",
    "centigrade": "°C",
    "fahrenheit": "°F",
    "petaflops": "PFLOPS",
    "terabytes": "TB",
    "km²": "km²",
    "km2": "km²",
    "sq km": "km²",
    "square kilometres": "km²",
    "square kilometers": "km²",
    "square miles": "mi²",
    "sq miles": "mi²",
    "sq mi": "mi²",
    "tb": "TB",
    "gb": "GB",
    # A data rate however written: "300 Mbps", "300 megabits per second", "1 Gbit/s" (were counts
    # of "Mbps" and of "megabits", two rows never compared: t13z H13, round s35-j); in bytes a
    # second, "300 megabytes per second", a byte rate (:data:`SI_UNITS`). The short forms whose
    # "b" tells bits from bytes ("Mbps", "MB/s") are :data:`CASED_UNITS`, read only as written.
    **{f"{short}bit/s": unit for short, unit in (("k", "kbit/s"), ("m", "Mbit/s"), ("g", "Gbit/s"))},
    **{
        f"{prefix}{size}s {per} second": unit
        for prefix, size, unit in (
            ("kilo", "bit", "kbit/s"),
            ("mega", "bit", "Mbit/s"),
            ("giga", "bit", "Gbit/s"),
            ("kilo", "byte", "kB/s"),
            ("mega", "byte", "MB/s"),
            ("giga", "byte", "GB/s"),
        )
        for per in ("per", "a")
    },
}
# Units read only as written, never case-folded: a data rate's short form, whose "b" is a bit in
# lower case ("300 Mbps", "56 kbps", "10 Gb/s") and a byte in capitals ("300 MB/s", "40 MBps"), eight
# bits (review s35-rv item 5, round s35-y: "300 MB/s" was read as "300 Mbps" and agreed with it).
# A rate written all in capitals ("300 MBPS") says neither and is read as no unit.
CASED_UNITS: dict[str, str] = {
    **{
        f"{prefix}{tail}": unit
        for letter, unit in (("k", "kbit/s"), ("m", "Mbit/s"), ("g", "Gbit/s"))
        for prefix in (letter, letter.upper())
        for tail in ("bps", "b/s")
    },
    **{
        f"{prefix}{tail}": unit
        for prefixes, unit in ((("k", "K"), "kB/s"), (("M",), "MB/s"), (("G",), "GB/s"))
        for prefix in prefixes
        for tail in ("Bps", "B/s")
    },
}


def unit_of(written: str) -> str:
    """The canonical unit of a unit as written ("Mbps" → "Mbit/s", "MB/s" → "MB/s", "Kilometres" →
    "km"): :data:`CASED_UNITS` as written, else :data:`UNITS` case-folded. Raises KeyError for a
    spelling neither table holds."""
    return CASED_UNITS.get(written) or UNITS[written.lower()]


# SI factor and dimension per canonical unit: the fact sheet compares "25 miles" with "40 km" by it,
# and a conversion after "or" must agree with its figure by it ("120 km/h, or 75 mph").
SI_UNITS: dict[str, tuple[float, str]] = {
    "km": (1000.0, "length"),
    "m": (1.0, "length"),
    "mi": (1609.344, "length"),
    "nmi": (1852.0, "length"),
    "ft": (0.3048, "length"),
    "in": (0.0254, "length"),
    "cm": (0.01, "length"),
    "mm": (0.001, "length"),
    "kg": (1.0, "mass"),
    "t": (1000.0, "mass"),
    "lb": (0.45359237, "mass"),
    # Durations of fixed length ("72 hours" is "three days")
    "second": (1.0, "time"),
    "minute": (60.0, "time"),
    "hour": (3600.0, "time"),
    "day": (86400.0, "time"),
    "week": (604800.0, "time"),
    # Calendar durations, in months: a month's and a year's days vary, so they are never compared
    # with the fixed-length units above, but a year is twelve months ("42 months" is "three and a
    # half years", and disagrees with "four years": review s43-rv finding 5).
    "month": (1.0, "calendar time"),
    "year": (12.0, "calendar time"),
    "decade": (120.0, "calendar time"),
    "century": (1200.0, "calendar time"),
    # Areas ("3,000 hectares" is "7,400 acres", "30 km²")
    "ha": (10000.0, "area"),
    "acre": (4046.8564224, "area"),
    "km²": (1e6, "area"),
    "mi²": (2589988.110336, "area"),
    # Speeds ("185 km/h" is "115 mph")
    "km/h": (1 / 3.6, "speed"),
    "mph": (0.44704, "speed"),
    "kn": (1852 / 3600, "speed"),
    "m/s": (1.0, "speed"),
    # Data rates, in bits a second ("1 Gbps" is "1,000 megabits per second"); a byte is eight bits
    # ("300 MB/s" is "2.4 Gbps", and disagrees with "300 Mbps": review s35-rv item 5, round s35-y)
    "kbit/s": (1e3, "data rate"),
    "Mbit/s": (1e6, "data rate"),
    "Gbit/s": (1e9, "data rate"),
    "kB/s": (8e3, "data rate"),
    "MB/s": (8e6, "data rate"),
    "GB/s": (8e9, "data rate"),
}

TIME_UNITS: dict[str, str] = {
    f"{u}{s}": u
    for u in ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
    for s in ("", "s")
}
TIME_UNITS["centuries"] = "century"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Every unit as a pattern's alternatives: :data:`CASED_UNITS` as written (in a case-blind pattern
# too), then :data:`UNITS`; :func:`unit_of` reads a match.
_UNITS_ALT = f"(?-i:{_alt(CASED_UNITS)})|{_alt(UNITS)}"


_W = _alt([w for w in (*NUMBER_WORDS, *SCALE_WORDS)])
# A number as written in the common locales, one reading shared with search (tokens.number_forms):
# Indian grouping ("3,00,000"), comma groups ("3,000.5"), dot groups with a decimal comma
# ("3.000,50") or several of them ("1.500.000"), groups after a space (plain, no-break, thin,
# narrow no-break: "3 000") or an apostrophe (Swiss "1'000"), plain numbers and decimals. The
# space and apostrophe rule is the search tokeniser's (tokens.GROUP_SEPARATORS): a group of one to three
# digits, then groups of exactly three ("in 2019 300 people" stays two numbers).
_DIGITS = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|[1-9]\d{0,2}(?:\.\d{3})+,\d+|[1-9]\d{0,2}(?:\.\d{3}){2,}"
    rf"|\d{{1,3}}(?:{GROUP_SEPARATORS}\d{{3}})+(?:[.,]\d+)?"
    r"|\d{1,3},\d{1,2}(?![\d,])"  # a decimal comma ("2,5 %", "1,75 m"): never a thousands group
    r"|\d+(?:\.\d+)?|\.\d+"
)
# A fraction in words ("two-thirds of residents", "three quarters"): a share, no count of two or three.
# The denominators a fraction is written with in words ("two-thirds", "a quarter"): the one list the
# number words' pattern (no count of "two" in "two-thirds") and the shares in words read.
FRACTION_WORDS: dict[str, int] = {
    **dict.fromkeys(("half", "halves"), 2),
    **{
        f"{w}{s}": n
        for w, n in (
            ("third", 3),
            ("quarter", 4),
            ("fifth", 5),
            ("sixth", 6),
            ("seventh", 7),
            ("eighth", 8),
            ("ninth", 9),
            ("tenth", 10),
        )
        for s in ("", "s")
    },
}
# A run of number words: "one hundred and fifty thousand", "seventy-five hundred", "a million".
# "half a million" is half of "a million" (read as a million, it was twice the figure); "a
# half-dozen" is "half a dozen"; "a quarter of a million", "three-quarters of a billion" are that
# fraction of it (review s44-rv finding 10: "Nearly a quarter of a million dishwashers" was a million).
_FRACTION_NUMERATORS = {"a": 1, "an": 1, **{w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 9}}
_FRACTION_OF = (
    rf"(?:{_alt(_FRACTION_NUMERATORS)})[\s-](?:{_alt(w for w in FRACTION_WORDS if w not in ('half', 'halves'))})"
    r"\s+of\s+"
)
_WORDS_RUN = rf"(?:(?:half\s+|{_FRACTION_OF})?an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b)|an?\s+half[\s-](?=dozen\b))?(?:{_W})(?:(?:\s+and\s+|[\s-]+)(?:{_W}))*"
# A fraction of a scale's start, read back from the scale word a figure is found by ("a quarter of a
# million": the trigger is "million", the figure starts at "a quarter").
_FRACTION_OF_WHOLE = re.compile(
    rf"(?P<k>{_alt(_FRACTION_NUMERATORS)})[\s-](?P<d>{_alt(w for w in FRACTION_WORDS if w not in ('half', 'halves'))})"
    r"\s+of\s+(?P<whole>an?\s.+)"
)
_FRACTION_OF_BEFORE = re.compile(rf"(?<![\w-]){_FRACTION_OF}an?\s+$", re.I)
_FRACTION_OF_LONGEST = 40  # characters: "three-quarters of a " and its spaces
_FRACTION_AFTER = rf"(?![\s-](?:{'|'.join(w for w in FRACTION_WORDS if w != 'half')})\b)"
_SCALE_AFTER = _alt(SCALES)
# A currency sign is read in its full-width form too ("＄5 million", "￡40m", "￥700,000": NFKC folds
# them to "$", "£", "¥"; :func:`currency_of_sign` looks them up so), one pattern for both.
FULL_WIDTH_SIGNS = "＄￡￥￦"
# The signs' characters (no letter, no "." or "/"): where a figure may start (_triggers) and what
# no bare number follows ("$5": the number is the money's).
SIGN_CHARACTERS = "".join(
    sorted({c for sign in CURRENCY_SIGNS for c in sign if not c.isalnum() and c not in "./"} | set(FULL_WIDTH_SIGNS))
)
_FULL_WIDTH_OF = {"$": "＄", "£": "￡", "¥": "￥", "₩": "￦"}


def _sign_pattern(sign: str) -> str:
    """One sign of :data:`CURRENCY_SIGNS` as a pattern, its full-width form too ("＄", "￡")."""
    return "".join(f"[{re.escape(c)}{_FULL_WIDTH_OF[c]}]" if c in _FULL_WIDTH_OF else re.escape(c) for c in sign)


# Every sign of the table, the longest first ("US$" before "$", "S/." before "S/").
_SIGN = "(?:" + "|".join(_sign_pattern(s) for s in sorted(CURRENCY_SIGNS, key=lambda s: (-len(s), s))) + ")"
_CODE = _alt(CURRENCY_CODES)
# ISO codes that are English or programming words ("try", "PHP 8", "cop", "pen", "rub", "Ron"):
# money only in capitals before an amount that reads as money, with a scale word or thousands
# separators ("PHP 2.1 billion", "TRY 45,000"; s26-g: the council's crop damage was lost).
WORD_CURRENCY_CODES = ("TRY", "PHP", "COP", "PEN", "RUB", "RON")
_WORD_CODE = (
    rf"(?-i:{'|'.join(WORD_CURRENCY_CODES)})\b"
    rf"(?=\s?(?:\d[\d,]*(?:\.\d+)?\s?(?:{_alt([*SCALES, *MONEY_SCALES])})\b|\d{{1,3}}(?:,\d{{3}})+(?!\d|\.\d)))"
)
# (the letter signs glued to the amount: "N 500" and "N1" are no money)
_LETTER_SIGN = (
    rf"(?-i:{'|'.join(sorted(LETTER_SIGNS, key=lambda s: (-len(s), s)))})"
    rf"(?=(?:\d[\d,]*(?:\.\d+)?\s?(?:{_alt([*SCALES, *MONEY_SCALES])})\b|\d{{1,3}}(?:,\d{{3}})+(?!\d|\.\d)))"
)

# A dollar sign after one to three capitals the table does not hold, the way "A$", "NZ$" and "HK$"
# are written: that country's dollar ("FJ$5 million", "Z$"; t13ai N1: "T$1.2 billion" was a count)
_LETTERS_DOLLAR = r"(?-i:[A-Z]{1,3})[$＄]"

# A percentage's sign or word after its number, spaced or glued ("5 pct", "7.5pct", "7.5pc" as
# British papers write it, lower case: "5 PC" is a computer), and percentage points ("3.2
# percentage points", "3.2ppt": unit "pp"). Glued, the number is read before it (NUMBER's
# lookahead); t13al-r S7: "Sales grew 7.5pct." was no figure. The search analyzer reads the same
# words (search.whoosh.analyzer: "3.2ppt" found by 3.2, "7.5pc" a percentage).
PERCENTAGE_POINTS = ("ppt",)
GLUED_PERCENT = rf"(?:pct|percent|{_alt(PERCENTAGE_POINTS)}|(?-i:pc))\b"

NUMBER = re.compile(
    rf"(?:(?<![A-Za-z])(?P<cur>{_SIGN}|{_LETTERS_DOLLAR}|(?:{_CODE})\b|{_WORD_CODE}|{_LETTER_SIGN})\s?(?=[.\d])|(?<![\w.,:/{re.escape(SIGN_CHARACTERS)}]))"
    rf"(?:(?P<num>{_DIGITS})(?:(?P<sfx>{_alt([*SCALES, *MONEY_SCALES])})\b|(?=(?:{_UNITS_ALT})(?![\w/²]))|(?=(?-i:[CF]|p)\b)|(?={GLUED_PERCENT})|(?![\w:/]|[.,]\d))"
    rf"|(?<![\w-])(?P<words>{_WORDS_RUN})\b(?!-(?:{_W})){_FRACTION_AFTER})",
    re.I,
)
_QUAL_BEFORE = re.compile(rf"\b(?P<q>{QUALIFIERS})\s+$", re.I)
# "over" as a verb's particle, not a bound: "declined to hand over €20 million", "turned over
# $3m" say the amount itself, never more than it (t13aa K18). Only handing and turning over are
# sure particles: "Donors gave over $2 million", "signed over 200 petitions", "passed over 30
# bills" mean more than the number (review s35-rv2 finding 10, round s35-p4).
_PARTICLE_OVER = re.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+over\s+$", re.I)
# "over" before a duration is a bound ("more than") after a preposition, at its clause's start or
# after a verb whose object is the time itself ("for over four years", "Over four years have
# passed", "lasted over", "spent over four years in prison", "has been over"), or before "ago",
# "old", "later" ("over four years ago"); anywhere else the time something is spread across: "will
# pay $40 million over four years", "carried out over four years", "stole the money over four
# years" (a payment plan's four years read as "more than 4 years"; issue #16, round s42-y1).
_OVER_BOUND_BEFORE = re.compile(
    r"(?:^|[,;:(\[\u2013\u2014\"“]|\b(?:for|in|of|after|than|within|since|by|to|at|from|about|last(?:s|ed|ing)?|"
    r"t(?:ake|akes|aking|aken|ook)|spen[dt]|spending|spends|serv(?:e|es|ed|ing)|wait(?:s|ed|ing)?|"
    r"be|been|being|is|are|was|were|'s|’s))\s*$",
    re.I,
)
_OVER_BOUND_AFTER = re.compile(r"\s+(?:ago|old|later|earlier|before|after)\b", re.I)


def _over_a_span(text: str, over: int, end: int) -> bool:
    """Whether the "over" at ``over`` before a duration ending at ``end`` says the time something is
    spread across, no bound (:data:`_OVER_BOUND_BEFORE`)."""
    line_start = max(text.rfind("\n", 0, over) + 1, over - 40)
    if _OVER_BOUND_BEFORE.search(text[line_start:over].rstrip()):
        return False
    return _OVER_BOUND_AFTER.match(text, end) is None


_SCALE_WORD = re.compile(rf"\s?(?P<s>{_SCALE_AFTER})\b", re.I)
# (its high end's percent glued too: "by 5-10pct", "between 3pc and 4pc")
_RANGE = re.compile(
    rf"\s?(?:-|–|—|\s(?:to|and)\s)\s?(?P<cur>{_SIGN})?(?P<num>{_DIGITS})(?:(?={GLUED_PERCENT})|(?![\w]|[.,]\d))", re.I
)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.I)
# A change verb straight before a number, "rose 28% to 153p", "up from 12 to 14", or with "by",
# "will rise by £89 to £1,872", "went up by 20p to £3.40": a change and the level reached, never a
# range (s43-rv finding 16: the range £89-1,872 agreed with any bill in between), unless only the
# high end carries the unit ("will rise by 5 to 10 per cent": a range of the change).
_CHANGE_BEFORE = re.compile(rf"\b(?:{_alt(CHANGE_VERBS)}|up|down)\s+(?:from\s+)?$", re.I)
# The words of a change's amount right before it, its verb and "by" ("rose by", "went up by about"),
# or its noun and "of" ("an increase of", "a rise of"): the one reading of "this figure is a
# change", for the range above and the fact sheet (facts.changes).
CHANGE_BY_BEFORE = re.compile(
    rf"\b(?:(?:{_alt(CHANGE_VERBS)}|up|down)\s+by|(?:an?\s+)?(?:increase|rise|hike|jump|fall|drop|decrease)\s+of)"
    r"\s+(?:(?:some|about|around|nearly|almost|roughly|just)\s+)?$",
    re.I,
)
# "raised the toll from four to six", "revised the number of people injured from 12 to 15": a
# change verb, its object, "from" the value replaced (then "to" the new one): two figures, never the
# range 12-15 (the fact sheet leaves the replaced value out of its measure too).
CHANGED_FROM = re.compile(rf"\b(?:{_alt(CHANGE_VERBS)})\s+(?:[^\W\d_][\w’'-]*\s+){{1,5}}from\s+$", re.I)
# (GLUED_PERCENT's words spaced too, above NUMBER)
_PERCENT = re.compile(
    rf"\s?(?P<p>%|pct\b|(?-i:pc)\b|percent\b|per\s+cent\b|percentage\s+points?\b|(?P<pp>{_alt(PERCENTAGE_POINTS)})\b)",
    re.I,
)
# (after a scale word, French and Spanish put "de" before the currency and German abbreviates the
# scale with a dot: "1,5 millions d'euros", "3 millones de euros", "3,2 Mrd. Euro"; German hyphens
# the country's adjective to the currency: "2,5 Millionen US-Dollar")
_CUR_WORD = re.compile(
    rf"(?:(?<=[^\W\d_])\.)?\s(?:(?<=[^\W\d_]\s)(?:de\s+|d[’']\s*))?(?:(?P<adj>{_alt(CURRENCY_ADJECTIVES)})[\s-])?"
    rf"(?P<w>{_alt(CURRENCY_WORDS)})\b(?:\s+sterling\b)?",
    re.I,
)
_UNIT = re.compile(rf"(?P<sep>-|\s?)(?P<u>{_UNITS_ALT})(?![\w/²])", re.I)
# The exchanges' tickers among the currency words: also the short names of bodies ("ETH Zurich",
# "40 ETH researchers", "BTC Markets staff", s50-rv finding 17), so a ticker is a currency only in
# capitals and with no capitalised name or noun for people after it.
_TICKERS = frozenset({"btc", "eth", "usdt"})
_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_][\w'’-]*)")


def _currency_word(text: str, at: int, limit: int) -> re.Match[str] | None:
    """The currency's word after the number ending at ``at`` (:data:`_CUR_WORD`), or None; a ticker
    (:data:`_TICKERS`) that names a body is none."""
    cw = _CUR_WORD.match(text, at, limit)
    if cw is None or cw.group("w").lower() not in _TICKERS:
        return cw
    if not cw.group("w").isupper():
        return None
    after = _WORD_AFTER.match(text, cw.end(), limit)
    if after is not None and (after.group("word")[0].isupper() or people_plural(after.group("word"))):
        return None
    return cw


# Words of a price in a sentence, which make a number with a glued "p" pence ("160p a share",
# "shares closed at 153p", "a 5p rise in fuel duty"): a pound sign or a word of paying or pricing.
_PRICE_WORDS = re.compile(
    r"£|\b(?:shares?|prices?|priced|pence|pay|pays|paid|cost|costs|fare|fares|dividend|stamp|litre|offer)\b", re.I
)


def _priced(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` speaks of a price (:data:`_PRICE_WORDS`)."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)), default=max(0, at - 300))
    end = _SENTENCE_END.search(text, at)
    return _PRICE_WORDS.search(text, lo, end.start() + 1 if end else len(text)) is not None


def _unit_after(text: str, at: int, limit: int) -> bool:
    """Whether a percent sign, a unit, a currency's or a scale's word follows ``at`` (the high end of
    "by 5 to 10 per cent", "by 2 to 3 metres": a unit both ends share)."""
    return _currency_word(text, at, limit) is not None or any(
        p.match(text, at, limit) for p in (_PERCENT, _UNIT, _SCALE_WORD)
    )


# "(115 miles) per hour": an hour written after a length's conversion makes both speeds.
_PER_HOUR = re.compile(r"\s+(?:per|an)\s+hour\b", re.I)
# Temperatures: a scale's letter written onto the number ("15C", "-3C", "59F": a bare temperature,
# read only with its conversion in the other scale beside it, "15C (59F)", after a temperature's
# word, "a high of 15C", or below zero, "It fell to -9C", "minus 7C" (no flat or gate is numbered
# below zero: t13ab L1, round s36-q); "Flat 15C", "Gate 5F" are no temperatures), a sign or "minus" before it
# ("-3°C", "minus 3C": below zero, was 3), and the conversion in brackets in either writing, its
# sign too ("15°C (59°F)", "-20C (-4F)", "15 degrees Celsius (59 Fahrenheit)"): one figure.
TEMPERATURE_UNITS = frozenset({"°C", "°F"})
# (the letter after one space too, "39 C", read only where a glued one is: t13z H12, round s35-j)
_GLUED_TEMPERATURE = re.compile(r" ?(?-i:(?P<u>[CF]))\b(?![’'-]\w)")
_TEMPERATURE_CONVERSION = re.compile(
    r"\s?[(\[]\s*(?:about\s+|around\s+|~)?(?P<sign>[-−–]|minus\s+)?(?P<num>\d{1,3}(?:\.\d+)?)\s?"
    r"(?:°\s?|degrees?\s+)?(?P<u>(?-i:[CF])|celsius|centigrade|fahrenheit)\b\s*[)\]]",
    re.I,
)
# A temperature's word before the number: near it across commas, or anywhere in its clause ("The
# temperature in the server room at Velmont General Hospital reached 41C", "Servers overheated
# once the room reached 45C": no figure before, t13z H12); or a heat word right after it ("a 41C
# heatwave").
_TEMPERATURE_WORDS = (
    r"\b(?:temperatures?|thermometers?|(?:highs?|lows?|peak|maximum|minimum)\s+of|mercury"
    r"|(?:overnight|daytime|night-time|nighttime|record|daily)\s+(?:highs?|lows?)"  # t13ab L1
    r"|heat(?:waves?)?|overheat(?:s|ed|ing)?|swelter(?:s|ed|ing)?"
    # a comparison of heat and the weather felt ("Lava hotter than 1,200C", "Crowds basked in 30C
    # sunshine", "Residents shivered at 2C"; t13ac M2, M24, round s36-x2)
    r"|(?:hotter|colder|warmer|cooler)\s+than|shiver(?:s|ed|ing)?|bask(?:s|ed|ing)?|sizzl(?:e|es|ed|ing))\b"
)
_TEMPERATURE_WORD_BEFORE = re.compile(rf"{_TEMPERATURE_WORDS}(?:[^.;:!?]{{0,40}}|[^.,;:!?]{{0,90}})$", re.I)
_TEMPERATURE_WORD_AFTER = re.compile(r"\s+(?:heat(?:waves?)?|temperatures?)\b", re.I)
# A heat word after a bare "degrees" or "°" ("41° in the shade", "39 degrees of heat"): the air's.
_HEAT_AFTER = re.compile(r"\s+(?:heat(?:waves?)?|temperatures?|in\s+the\s+shade|of\s+heat)\b", re.I)
# A text's scale said anywhere in it: "Fahrenheit" or a value in °F ("102F", "98 °F").
_FAHRENHEIT = re.compile(r"\bfahrenheit\b|\d\s?°?\s?(?-i:F)\b", re.I)
_CELSIUS = re.compile(r"\b(?:celsius|centigrade)\b|\d\s?°?\s?(?-i:C)\b", re.I)


@lru_cache(maxsize=4)  # once per text, not once per bare "degrees" in it (s35-rv2 item 2)
def _temperature_scale(text: str) -> str:
    """The scale of a bare "degrees" or "°" a temperature's word says is a temperature: °F when the
    text says Fahrenheit or writes a value in °F and never says Celsius or writes one in °C (an
    American article's "hit 102 degrees"), else °C, the scale of the rest of the world (t13aa
    K12: "Temperatures hit a high of 39 degrees" was "quantity (°)", never compared). Cached: the
    whole text is searched once, however many figures ask."""
    return "°F" if _FAHRENHEIT.search(text) and not _CELSIUS.search(text) else "°C"


# A turn's or a slope's angle before a bare "degrees" ("the wind swung round 90 degrees", "tilted
# 30 degrees", "an angle of 45 degrees"): no temperature, whatever temperature word is near
# (s35-rv2 item 11, round s35-p2).
_ANGLE_BEFORE = re.compile(
    r"\b(?:turn(?:s|ed|ing)?|swung|swing(?:s|ing)?|rotat(?:e|es|ed|ing)|tilt(?:s|ed|ing)?|veer(?:s|ed|ing)?"
    r"|bank(?:s|ed|ing)?|angles?|slopes?|inclines?|gradients?)"
    r"(?:\s+(?:round|around|through|by|about|of|at|some|nearly|almost|a|full))*\s+$",
    re.I,
)
# A clause cut between a temperature's word and a bare "degrees": a subordinate clause the word
# is in ("As temperatures fell,", "While the heat eased,"; lexicon.SUBORDINATORS and the prepositions
# that open one) ended by a comma and a new subject after it ("…, the wind swung round 90 degrees").
_OPENS_CLAUSE = SUBORDINATORS | {"with", "despite", "amid"}
_LEAD_WORD = re.compile(r"\b([^\W\d_]+)\s+(?:the\s+)?$")
_NEW_SUBJECT = re.compile(r",\s+(?:the|a|an|its|his|her|their|our|this|that|it|he|she|they|we|i)\s", re.I)


def _temperature_word_before(text: str, s: int) -> bool:
    """Whether a temperature's word (:data:`_TEMPERATURE_WORD_BEFORE`) stands before a bare
    "degrees" at ``s`` in the same clause: not one in a subordinate clause a comma and a new
    subject close (:data:`_OPENS_CLAUSE`, :data:`_NEW_SUBJECT`; s35-rv2 item 11)."""
    m = _TEMPERATURE_WORD_BEFORE.search(text, max(0, s - 120), s)
    while m is not None:
        cut = _NEW_SUBJECT.search(text, m.start(), s)
        lead = _LEAD_WORD.search(text, max(0, m.start() - 24), m.start())
        if cut is None or lead is None or lead.group(1).lower() not in _OPENS_CLAUSE:
            return True
        m = _TEMPERATURE_WORD_BEFORE.search(text, cut.end(), s)  # "…, the mercury hit 41 degrees"
    return False


# The air's plain range, °C and °F (−60…60 °C): a bare "degrees" beyond it is no air temperature.
_AIR_RANGE = {"°C": 60.0, "°F": 140.0}


# "temperatures" right before a bare "degrees" in its clause ("Lava temperatures of up to 1,200
# degrees"): a temperature whatever its value, a thing's beyond the air's range (t13ac M2).
_TEMPERATURE_RIGHT_BEFORE = re.compile(r"\btemperatures?\b[^.,;:!?]{0,24}$", re.I)


def _bare_degrees_scale(text: str, value: float, s: int | None = None) -> str:
    """The scale of a bare "degrees" or "°" read as an air temperature of ``value`` (no sign yet):
    the text's (:func:`_temperature_scale`), but °F for a value above the °C air's 60 (an American
    "hit 104 degrees" in a text that names no scale, s35-rv2 item 5), and "°" (no temperature) for a
    value beyond either scale's air (:data:`_AIR_RANGE`, s35-rv2 item 11) unless "temperatures"
    stands right before it at ``s`` (:data:`_TEMPERATURE_RIGHT_BEFORE`: a thing's, round s36-x2)."""
    scale = _temperature_scale(text)
    if s is not None and abs(value) > _AIR_RANGE["°F"] and _TEMPERATURE_RIGHT_BEFORE.search(text, max(0, s - 40), s):
        return scale  # "Lava temperatures of up to 1,200 degrees": the lava's, in the text's scale
    if scale == "°C" and value > _AIR_RANGE["°C"]:
        scale = "°F"
    return scale if abs(value) <= _AIR_RANGE[scale] else "°"


_MINUS_BEFORE = re.compile(r"(?:(?<![\w.,])[-−–]|\bminus\s+)$", re.I)
TEMPERATURE_AGREEMENT = 1.5  # °F: a conversion rounded to whole degrees of either scale


def _fahrenheit(value: float, unit: str) -> float:
    return value * 9 / 5 + 32 if unit == "°C" else value


def _temperature_conversion(
    text: str, pos: int, limit: int, value: float, unit: str
) -> tuple[re.Match[str], float, str] | None:
    """The conversion of a temperature ``value`` ``unit`` in brackets at ``pos`` (in the other
    scale, agreeing with it within :data:`TEMPERATURE_AGREEMENT` °F): (its match, value, unit)."""
    m = _TEMPERATURE_CONVERSION.match(text, pos, limit)
    if m is None:
        return None
    letter = m.group("u").lower()
    other = "°C" if letter in ("c", "celsius", "centigrade") else "°F"
    number = float(m.group("num")) * (-1 if m.group("sign") else 1)
    if other == unit or abs(_fahrenheit(value, unit) - _fahrenheit(number, other)) > TEMPERATURE_AGREEMENT:
        return None
    return m, number, other


_HOURLY = {"km": "km/h", "mi": "mph"}
_TIME = re.compile(rf"(?P<sep>-|\s)(?P<u>{_alt(TIME_UNITS)})\b(?!-old)", re.I)
# What makes "second" after a number the ordinal: a plural noun after it (a word of letters ending
# in "s", not "ss"), "8,000 second doses", "40 second homes", or a compound it opens, "300
# second-year students": they count the second of things, no seconds
_PLURAL_AFTER = re.compile(r"-[a-z]|\s+[a-z]*[^s\W]s\b")


def _ordinal_second(text: str, tm: re.Match[str], value: float, limit: int) -> bool:
    """Whether the time unit :data:`_TIME` matched after a number is the ordinal "second": singular,
    after a number other than one and before it a space, and a plural noun after it ("8,000 second
    doses" were a duration of 8,000 seconds, a row "duration"; s44-y1's leftover). "30 seconds",
    "a 30-second clip" and "waited 45 second before" (no plural noun after it) stay durations."""
    return (
        tm.group("u").lower() == "second"
        and tm.group("sep") != "-"
        and value != 1
        and _PLURAL_AFTER.match(text, tm.end(), limit) is not None
    )


# A half after a whole number of a unit: "six and a half years", "two-and-a-half hours" (N + 0.5 of
# the unit after it). It was no part of the figure, so "jailed for six and a half years" was read
# as no duration at all (review s41-rv finding 9).
_AND_A_HALF = re.compile(r"(?:\s+|-)and(?:\s+|-)an?(?:\s+|-)half(?=[\s-])", re.I)
# A compound duration, a whole number of a unit and a number of the next smaller one: "six years
# and six months", "2 hours 30 minutes", "ten years and a half". One value: it was two figures, 6
# years and 6 months, and "six years and six months" disagreed with "six and a half years" (review
# s42-rv finding 3). Read in the larger unit where the smaller one varies in length (years and
# months: 6.5 years), else in the smaller one, which is exact (150 minutes, equal to "2.5 hours"
# as any two fixed-length units are).
# A fraction after a whole number, before a percent sign or a scale word: "two and a quarter
# percent" (2.25%), "four and three quarters per cent", "six and a half million passengers". The
# whole number alone was the figure and the fraction another ("two and a quarter percent" read as
# the number two and the offer was in no row; "three quarters" a share: t13ajr N7); halves of a
# unit of time are the durations' (:data:`_COMPOUND_TIME`).
_AND_A_FRACTION = re.compile(
    rf"(?:\s+|-)and(?:\s+|-)(?P<n>an?|{_alt(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9)})(?:\s+|-)"
    rf"(?P<d>{_alt(FRACTION_WORDS)})\b",
    re.I,
)


def _fraction_scaled(text: str, at: int, limit: int) -> bool:
    """Whether a fraction with a percent sign or a scale word after it follows ``at`` ("… and a
    half million", "… and a quarter per cent"): :data:`_AND_A_FRACTION`, the figure's own part."""
    fr = _AND_A_FRACTION.match(text, at, limit)
    return fr is not None and bool(_PERCENT.match(text, fr.end(), limit) or _SCALE_WORD.match(text, fr.end(), limit))


# A decimal point said in words: "five point two percent" is 5.2%, "one point seven five" 1.75
# ("five" was a bare number and "two percent" a second figure, a wrong 2%: t13ajr N7). Each word
# after "point" is one digit ("oh" for nought).
_DIGIT_WORDS = {**{w: n for w, n in NUMBER_WORDS.items() if 0 <= n <= 9}, "oh": 0, "nought": 0}
_POINT_DIGITS = re.compile(rf"\s+point(?P<d>(?:[\s-]+(?:{_alt(_DIGIT_WORDS)})\b)+)", re.I)
# "at one point two people …" is the idiom ("at one point"), no decimal.
_AT_ONE_POINT = re.compile(r"\bat\s+$", re.I)
_COMPOUND_TIME = re.compile(
    rf"(?:,?\s+and\s+|\s+)(?:(?P<half>an?\s+half\b)|(?:(?P<num>\d+)|(?P<words>{_WORDS_RUN}))[\s-](?P<u>{_alt(TIME_UNITS)})\b(?!-old))",
    re.I,
)
# How many of the smaller unit make one of the larger, for the pairs a compound duration is written in.
_SMALLER_UNITS: dict[tuple[str, str], int] = {
    ("century", "year"): 100,
    ("decade", "year"): 10,
    ("year", "month"): 12,
    ("week", "day"): 7,
    ("day", "hour"): 24,
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
}


def _compound_time(text: str, end: int, limit: int, value: float, unit: str) -> tuple[float, str, int] | None:
    """(value, unit, end) of a duration of ``value`` ``unit`` (a whole number, its unit's word
    ending at ``end``) that goes on in a smaller unit (:data:`_COMPOUND_TIME`: "six years and six
    months" → (6.5, "year", end of "months"); "2 hours 30 minutes" → (150, "minute", …)); None
    when nothing of a smaller unit follows or the smaller part is a whole larger unit or more."""
    m = _COMPOUND_TIME.match(text, end, limit)
    if m is None or value != int(value):
        return None
    if m.group("half"):
        return value + 0.5, unit, m.end()
    small = TIME_UNITS[m.group("u").lower()]
    per = _SMALLER_UNITS.get((unit, small))
    part = float(m.group("num")) if m.group("num") else words_value(m.group("words"))
    if per is None or part is None or not 0 < part < per:
        return None
    if SI_UNITS.get(small, (0.0, ""))[1] == "time":  # (a fixed length: seconds to days)
        return value * per + part, small, m.end()
    return value + part / per, unit, m.end()


# "40 kilometres (25 miles)", "10km (six miles)": a conversion in digits or in number words.
_CONVERSION = re.compile(
    rf"\s?[(\[](?:about|around|approximately|roughly|some|nearly|or|~)?\s*(?:(?P<num>{_DIGITS})|(?P<words>{_WORDS_RUN}))(?:\s?(?P<s>{_SCALE_AFTER}))?"
    # a range's conversion, "2 to 3 metres (6.5 to 10 feet)": its low end is the conversion
    rf"(?:(?<=\d)\s?(?:-|–|\sto\s)\s?(?:{_DIGITS}))?"
    rf"(?P<sep>[\s-]?)(?P<u>{_UNITS_ALT})(?![\w/²])"  # "(10-foot)" too
    # a second conversion in the brackets: "(75 mph; 65 knots)", "(75 mph, 65 kt)", "[75 mph]"
    rf"(?:\s*(?:[;,/]|\bor\b)\s*(?:about\s+|around\s+|~)?\d[^()\[\]\n]{{0,24}})?[)\]]",
    re.I,
)
# A conversion after "or" or between dashes, without brackets: "winds of 120 km/h, or 75 mph,",
# "gusts of 130 km/h – 81 mph – were": one only where its value is the figure's in another unit
# (:data:`SI_UNITS`, within :data:`CONVERSION_AGREEMENT`): "5 km or 10 km" are two lengths.
_LOOSE_CONVERSION = re.compile(
    # (never-matching "words" and "s" groups: read as a bracketed conversion is, one code path)
    rf"(?P<words>(?!))?(?P<s>(?!))?(?:,?\s+or|\s+[–—-])\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?P<num>{_DIGITS})"
    rf"(?P<sep>[\s-]?)(?P<u>{_UNITS_ALT})(?![\w/²])",
    re.I,
)
# A conversion into another currency after a comma and a hedge, ending its clause ("Rs 16,189 crore,
# about $1.9 billion."): the same amount, one figure (t13p F15: two facts, amounts INR and USD)
# (after "or" too, its hedge then optional: "200,000 taka, or about $1,640, per family": issue #16,
# s40-x1, two values of one row)
_MONEY_CONVERSION_AFTER = re.compile(
    rf",\s+(?:or\s+(?:(?:about|around|approximately|roughly|some)\s+)?|(?:about|around|approximately|roughly|some)\s+)"
    rf"(?P<cur>{_SIGN}|{_LETTERS_DOLLAR})\s?(?P<num>{_DIGITS})"
    # (a dot ends the clause, never a decimal's: "$2.5m, or £1.9m," was £1, t13ahr N9)
    rf"(?:\s?(?P<s>{_SCALE_AFTER})\b|(?P<ms>[mbk])\b)?(?=\s*(?:[.;,)](?!\d)|$))",
    re.I,
)
CONVERSION_AGREEMENT = 0.06  # "120 km/h, or 75 mph": 33.3 and 33.5 m/s
_MONEY_CONVERSION = re.compile(
    rf"\s?\((?:about|around|approximately|roughly|some|nearly|or|~)?\s*(?P<cur>{_SIGN}|{_LETTERS_DOLLAR})\s?(?P<num>{_DIGITS})"
    # (a one-letter scale glued on too: "NT$1.5bn ($47m)", t13ai N2: "$47m" was its own row)
    rf"(?:\s?(?P<s>{_SCALE_AFTER})|(?P<ms>[mbk]))?\)",
    re.I,
)
# A conversion in brackets written with a currency's word after it: "$1,640 (200,000 taka)", "(about
# 5 million rupees)" (issue #16, s40-x1: the taka were a second amount, the dollars' "per family"
# lost)
_MONEY_CONVERSION_WORD = re.compile(
    rf"\s?\((?:about|around|approximately|roughly|some|nearly|or|~)?\s*(?P<num>{_DIGITS})"
    rf"(?:\s?(?P<s>{_SCALE_AFTER}))?\s+(?P<w>{_alt(CURRENCY_WORDS)})\)",
    re.I,
)
# The same after a comma and "or" or a hedge, ending its clause: "$4.5 million, or about 75
# bitcoin, according to …" (t13ar N4: the bitcoin a second amount beside the dollars)
_MONEY_CONVERSION_AFTER_WORD = re.compile(
    rf",\s+(?:or\s+(?:(?:about|around|approximately|roughly|some)\s+)?|(?:about|around|approximately|roughly|some)\s+)"
    rf"(?P<num>{_DIGITS})(?:\s?(?P<s>{_SCALE_AFTER}))?\s+(?P<w>{_alt(CURRENCY_WORDS)})(?=\s*(?:[.;,)](?!\d)|$))",
    re.I,
)
_MAG_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?[\s-]+$|\bM\s?$", re.I)
_MAG_AFTER = re.compile(r"(?:-|\s)magnitude\b|\s+on\s+the\s+(?:open-ended\s+)?Richter\s+scale\b", re.I)
_DATE = re.compile(
    r"\b(?:(?P<m1>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
    r"(?:,?\s+(?P<y1>(?:1[89]|20)\d\d))?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"(?:,?\s+(?P<y2>(?:1[89]|20)\d\d))?)\b"
)
# A clock word after a number makes it a time of day: English "a.m.", "o'clock", French "h" ("à 3 h
# 47"), German "Uhr" ("um 4.10 Uhr", "11.42 Uhr"), Dutch "uur" after hours and minutes ("om 4.10
# uur"; "24 uur" alone is a duration): t13as N5, a German time was the number 4.1.
_TIME_OF_DAY = re.compile(
    r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|h\b|Uhr\b|(?<=\d[.:]\d\d)\s?uur\b)|\s+o[’']clock\b", re.I
)
# The hour and "h" before a number make it the minutes of a clock time ("à 3 h 47", "15h30"): the
# French and Spanish way of writing the time (t13as N5: "à 3 h 47" was the number 47).
_HOUR_BEFORE = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\s?h\s?$")
_O_CLOCK = re.compile(r"\s+o[’']clock\b", re.I)
# A clock time with its time zone, one of the zones a live blog's entry stamp takes ("12.30 BST",
# "08.15 CEST"; entry_time.ZONES, upper case only): a time, never a number (t13ai N11: a live
# blog's "12.30 BST" entries were the numbers 12.3)
_CLOCK_DIGITS = re.compile(r"(?:[01]\d|2[0-3]|[1-9])[.:][0-5]\d")
_ZONE_AFTER = re.compile(rf"\s?(?:{'|'.join(ZONES)})(?![A-Za-z])")


def _clock_time(text: str, raw: str, start: int, end: int) -> bool:
    """Whether the number ``raw`` (``text[start:end]``) is a clock time, never a number: hours and
    minutes ("12.30", "08:40") with a time zone after them (:data:`_ZONE_AFTER`), or alone on their
    line (a live blog's entry heading), or an hour written with a leading zero ("08.15": no writer
    pads a decimal so)."""
    if not _CLOCK_DIGITS.fullmatch(raw):
        return False
    if (raw[0] == "0" and raw[2] in ".:") or _ZONE_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : len(text) if line_end < 0 else line_end].strip()


# Words after a number that stand for what it counts without naming it ("30 others").
_PRONOUN_HEADS = frozenset("others ones apiece".split())
_NP_WORD = re.compile(r"\s*([^\W\d_][\w’'-]*)")
_VERB_ENDINGS = ("ing", "ed")


@lru_cache(maxsize=4096)
def words_value(words: str) -> float | None:
    """The value of a spelled-out number ("seventy-five hundred" → 7500), or None.

    Parsed by ``text2num`` (English); "a hundred" reads as "one hundred", "a dozen" as 12,
    "two dozen" as 24 (a number of dozens), "half a million" as 500,000.
    """
    low = re.sub(r"\s+", " ", words.lower().strip())
    low = re.sub(r"^an? half[ -]dozen$", "half dozen", low)  # "a half-dozen" is "half a dozen"
    if low.startswith("half "):
        whole = words_value(low[5:])
        return whole / 2 if whole is not None else None
    if (part := _FRACTION_OF_WHOLE.match(low)) is not None:
        # "a quarter of a million", "three-quarters of a billion": that fraction of the whole
        whole = words_value(part.group("whole"))
        k, d = _FRACTION_NUMERATORS[part.group("k")], FRACTION_WORDS[part.group("d")]
        return whole * k / d if whole is not None else None
    low = re.sub(r"^an? ", "one ", low)
    if low in ("dozen", "one dozen"):
        return 12.0
    if low.endswith((" dozen", "-dozen")):
        # "two dozen" 24, "three dozen" 36: a number times twelve (text2num reads no "dozen", and
        # the run's longest parsing prefix "two" was the figure: t13aa K3)
        times = words_value(low[:-6].rstrip(" -"))
        return times * 12 if times is not None and times == int(times) and times >= 1 else None
    from text_to_num import text2num  # lazy: not needed until a figure is read

    try:
        return float(text2num(low.replace(" and ", " "), "en"))
    except ValueError:
        return None


# A text that writes numbers the continental way (a decimal comma: "2,5 %", "3.000,50"; dots
# grouping thousands: "1.500.000") reads "3.000" as three thousand; elsewhere it is 3.000.
# (Each alternative opens with a digit, so re skips straight to the digits; the first's
# "(?<![\d.,])" before its number is checked after the first digit: at every position it cost
# ~0.3 ms an article.)
_DOT_THOUSANDS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:\.\d{3})*,\d{1,2}(?![\d,.])|\d\.\d{3}\.\d{3}(?!\d)")


_SEPARATOR = re.compile(GROUP_SEPARATORS)


def dot_thousands(text: str) -> bool:
    """Whether ``text`` groups thousands with dots (it writes a decimal comma or a number with
    several dot groups, or it is written in a language whose numbers write a decimal comma:
    German "Rund 23.000 Einwohner", Spanish "más de 4.500"): how an ambiguous "3.000" in it reads
    (three thousand, not three). The language is the one identifier's
    (:func:`analysis.language.text_language`, CLDR's decimal symbol of it:
    :func:`analysis.language.decimal_comma_languages`; t13ap N21), asked only of a text that
    writes such a number (an English corpus never loads the identifier)."""
    if _DOT_THOUSANDS.search(text) is not None:
        return True
    if _ONE_DOT_GROUP_IN_TEXT.search(text) is None:
        return False
    from waic_reader.index.analysis.language import decimal_comma_languages, text_language

    return text_language(text) in decimal_comma_languages()


def _digits(raw: str, dots_group: bool = False) -> float:
    """The value of a number as written (``raw`` as :data:`_DIGITS` matched it), read by the
    search tokeniser's :func:`tokens.number_forms` so that search and figures agree; one dot
    before three digits ("3.000") reads as a thousands separator when ``dots_group`` (the text's
    convention, :func:`dot_thousands`), else as a decimal point."""
    forms = number_forms(_SEPARATOR.sub("", raw))
    form = forms[0] if dots_group or len(forms) == 1 else forms[1]
    return float(form.replace(",", "."))


def _valid_words(text: str, m: re.Match[str]) -> tuple[int, float] | None:
    """The longest prefix of a number-word run that parses, as (end, value)."""
    start, end = m.span("words")
    run = text[start:end]
    parts = list(re.finditer(r"[^\s-]+", run))
    while parts:
        if parts[-1].group().lower() != "and":
            value = words_value(run[: parts[-1].end()])
            if value is not None:
                return start + parts[-1].end(), value
        parts.pop()
    return None


def _same_line(gap: str, word: str) -> bool:
    """Whether a word after ``gap`` goes on the phrase before it: no line break between, or one
    break of a paragraph wrapped at a fixed width before a word in lower case ("Some 1,700⏎
    firefighters are battling the flames", t13apr N5: the count had no noun and was in no fact); a
    line in a capital (a box's or list's next line: "Deaths: 6⏎Injured: 12") or after a blank line
    is another's."""
    return "\n" not in gap or (gap.count("\n") == 1 and not gap.strip() and word[:1].islower())


def noun_phrase(text: str, pos: int, limit: int = 4, beside: bool = True) -> tuple[str, int, int]:
    """The counted noun phrase at ``pos``: (words, start, end), up to the first plural noun.

    Stops at punctuation, function words, currency and scale words, and -ing/-ed verbs after the
    first word ("800 companies showcasing ..."); ("", pos, pos) when there is none. A word saying
    the things are beside others before the first (:data:`~.lexicon.BESIDE_WORDS`: "Three other
    miners", "two more people", "three fellow workers") is skipped, no part of the phrase (it
    stopped it: "other" and "more" are function words, t13y G6), its span the words after it;
    unless not ``beside`` (:func:`is_year`: "By 2030 other countries will follow" says when).
    """
    words: list[tuple[int, int]] = []
    at = pos
    first = _NP_WORD.match(text, pos) if beside else None
    if first and first.group(1).lower() in BESIDE_WORDS and "\n" not in text[pos : first.start(1)]:
        pos = first.end(1)
    while len(words) < limit:
        m = _NP_WORD.match(text, pos)
        if not m or not _same_line(text[pos : m.start(1)], m.group(1)):
            break
        word = m.group(1).rstrip("-'’")
        low = word.lower()
        if (
            words
            and low in ("and", "or")
            and not counts_plural(text[words[-1][0] : words[-1][1]])  # "40 crew and joins": the noun ends it
            and _coordinated(text, m.start(1) + len(word))
        ):
            # "140 domestic and international flights", "300 local or foreign tourists": two
            # modifiers of one noun (the count was dropped: "domestic" alone is no counted noun)
            pos = m.start(1) + len(word)
            continue
        if (
            not word
            or low in STOP_WORDS
            # "The AP figure of five dead appears to count …", "12 people seems low": a verb after
            # a complete count ("dead", "people") is the clause's, never part of what it counts
            or (
                words
                and low in _VERBS_S
                and counts_plural(text[words[-1][0] : words[-1][1]])
                and _read_as_verb(text, words, low, m.start(1) + len(word))
            )
            or low in CURRENCY_WORDS
            or low in SCALES
            or low in NUMBER_WORDS
            or low in _PRONOUN_HEADS
            or (words and low.endswith(_VERB_ENDINGS) and len(low) > 4)
            # "1,200 fish died", "3 children killed": the participle says what happened to the
            # counted things, it is not what is counted ("12 dead" alone is: no noun before it).
            or (words and low in COUNTED_ADJECTIVES)
        ):
            break
        words.append((m.start(1), m.start(1) + len(word)))
        pos = m.start(1) + len(word)
        if looks_plural(low):
            break  # the first plural is the head: "40 large language models"
        if pos < len(text) and text[pos] not in " -":
            break
    if not words:
        return "", at, at
    return text[words[0][0] : words[-1][1]], words[0][0], words[-1][1]


def _coordinated(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` (after an "and"/"or" inside a counted noun phrase) is a second
    modifier of the phrase's noun, a plain word that is no function, number or currency word."""
    m = _NP_WORD.match(text, pos)
    if not m or "\n" in text[pos : m.start(1)]:
        return False
    low = m.group(1).rstrip("-'’").lower()
    return bool(low) and not (low in STOP_WORDS or low in NUMBER_WORDS or low in CURRENCY_WORDS or low in SCALES)


# Nouns in "-s" that are no plural, never what a number counts: a disease ("112 measles cases"
# counts cases; read as "measles", the count was a row "measles" apart from the outbreak's other
# cases, s42-rv finding 10) or a field ("news", "politics").
_SINGULAR_S = frozenset(
    """measles mumps rabies scabies rickets shingles diabetes herpes tetanus news politics economics
    physics mathematics athletics gymnastics""".split()
)


def looks_plural(low: str) -> bool:
    """Whether a lower-case word has a plural's "-s": "models", not "glass", "status",
    "crisis", "famous", a possessive ("world's") or a noun in "-s" of one thing ("measles")."""
    if low.endswith(("'s", "’s")) or low in _SINGULAR_S:
        return False
    return low.endswith("s") and len(low) > 3 and not low.endswith(("ss", "us", "sis", "itis"))


# Words in "-men" that are no plural of a "-man": "a specimen", "the abdomen".
_SINGULAR_MEN = frozenset(
    """specimen specimens abdomen regimen acumen albumen bitumen cerumen dolmen foramen gravamen
    cyclamen""".split()
)


def counts_plural(word: str) -> bool:
    """Whether ``word`` can end what a number above one counts: it looks plural ("boats",
    "AI-powered"+"gadgets"), is a noun counted without "-s" ("people", "crew", "police",
    "aircraft", a demonym in "-ese"), or an adjective or participle news copy counts people by
    ("12 dead", "5 missing", "3 arrested")."""
    last = word.lower().rstrip("'’")
    if last.endswith(("'s", "’s")):
        last = last[:-2]  # "children's": what the possessive is of
    if looks_plural(last):
        return True
    if last.endswith("men") and len(last) > 5 and last not in _SINGULAR_MEN:
        return True  # "three fishermen", "40 linemen", "two gunmen" (were counts of nothing)
    return last in UNMARKED_PLURALS or last in COUNTED_ADJECTIVES or last.endswith("ese")


def counted_part(noun: str) -> str:
    """The part of a noun phrase after a number above one that is what it counts: up to its
    last word that :func:`counts_plural` accepts ("people" of "people remain"), else "".

    "three content", "the top 10 list", "2 million first promised", "12 yesterday" count
    nothing: the words after such a number are not what it counts.
    """
    for m in reversed(list(re.finditer(r"\S+", noun))):
        if counts_plural(m.group()):
            return noun[: m.end()]
    return ""


def _date_value(m: re.Match[str]) -> float:
    month = MONTH_NUMBERS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
    day = int(m.group("d1") or m.group("d2"))
    year = m.group("y1") or m.group("y2")
    return float((int(year) * 10000 if year else 0) + month * 100 + day)


# A day and a month in another language: "3 mars 2025", "3. März", "3 de marzo de 2025",
# "8 марта", "3 d’abril" (month names: month_names.py, from CLDR).
_OTHER_MONTH = re.compile(r"(?P<dot>\.)?\s+(?:de\s+|d[’']\s*)?(?P<m>[^\W\d_]{3,})\b")
_OTHER_YEAR = re.compile(r"\s+(?:de\s+)?(?P<y>(?:1[89]|20)\d\d)(?!\d)")


def _other_language_date(text: str, d: re.Match[str], limit: int) -> Figure | None:
    """A date written day first with a month name of another language after the day number
    ``d``, or None. A capitalised name in Latin script needs a dot after the day or a year after
    it ("3. März", "14 Mars 2025"): "3 Mars rovers" is a count of the planet's rovers."""
    from waic_reader.index.analysis.month_names import month_names

    if len(d.group()) > 2 or int(d.group()) == 0 or int(d.group()) > 31:
        return None
    if d.start() > 0 and text[d.start() - 1] in ".,:/-":
        return None
    m = _OTHER_MONTH.match(text, d.end(), limit)
    if m is None:
        return None
    name = m.group("m").lower()
    month = month_names().get(name)
    if month is None and m.group("dot"):
        month = MONTH_NUMBERS.get(name) if name in MONTHS else None  # German "9. April", "1. August"
    if month is None:
        return None
    y = _OTHER_YEAR.match(text, m.end(), limit)
    # (a name in another script is no English word: "21 Μαρ" is a date)
    if m.group("m")[0].isupper() and not (m.group("dot") or y) and "LATIN" in unicodedata.name(m.group("m")[0], ""):
        return None
    end = y.end() if y else m.end()
    value = (int(y.group("y")) * 10000 if y else 0) + month * 100 + int(d.group())
    return Figure(d.start(), end, d.start(), end, "date", float(value), "date")


# "thousands of people": the least each can mean ("tens of thousands" 20,000).
VAGUE: dict[str, float] = {
    "dozens": 24,
    "tens": 20,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2e6,
    "billions": 2e9,
}
# "several hundred", "a few thousand", "a couple of hundred", "many thousand": a scale word after
# a word that counts no exact number is as vague as "hundreds of" (read alone, "hundred" would be
# 100, and "several hundred people" would disagree with another outlet's "about 300").
FEW: dict[str, float] = {"several": 2, "few": 2, "couple": 2, "many": 2}
_SCALE: dict[str, int] = {"dozen": NUMBER_WORDS["dozen"], **SCALE_WORDS}  # the lexicon's scale words
_VAGUE = re.compile(
    r"\b(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions)\b(?=\s+of\b)"
    r"|\b(?:several|(?:a\s+)?few|a\s+couple\s+of|many)\s+(?:dozen|hundred|thousand|million|billion)"
    r"(?:\s+(?:thousand|million|billion))?\b(?!-)",
    re.I,
)
_SCALE_WORDS = tuple(_SCALE)  # a text holding none of them holds no vague amount


# A share written in words: a fraction of a whole ("a third of the homes", "Nearly two-thirds of
# flights"; never of a unit, "a quarter of an hour", "a third of a mile") or a ratio opening its
# clause ("One in three homes", "two out of five flights", "4 in 10 schools"; "killed 12 in three
# villages", a verb before it, is a count and where its things were). A percentage of what it
# counts, as precise as a share rounded to the nearest 5% (:data:`SHARE_MARGIN`): t13ac M19, round
# s37-f (was nothing, or a count of "three homes").
SHARE_MARGIN = 2.5  # percentage points either way of a share in words
_SHARE_NUMERATORS = {"a": 1, "an": 1, **{w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 10}}
_RATIO_TERMS = {**{w: n for w, n in NUMBER_WORDS.items() if 2 <= n <= 100 and w != "dozen"}}
_WORD_SHARE = re.compile(
    rf"(?<![\w-])(?:(?:(?P<k>{_alt(_SHARE_NUMERATORS)})[\s-](?P<n>{_alt(w for w in FRACTION_WORDS if w not in ('half', 'halves'))})"
    r"|(?P<half>half))(?=\s+of\s)(?!\s+of\s+(?:a|an|one)\b)"
    rf"|(?P<rk>{_alt(w for w in _SHARE_NUMERATORS if w not in ('a', 'an'))}|\d{{1,2}})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<rn>{_alt(_RATIO_TERMS)}|\d{{1,3}})(?![\w-]|[.,]\d)(?!\s+(?:{_alt(TIME_UNITS)}|{_alt(SCALES)})\b))",
    re.I,
)
# What opens a ratio's clause before its first number (besides a text's or sentence's start): a
# clause's start, a hedge or a conjunction ("Nearly one in three homes", "…, and one in five").
RATIO_OPENING = re.compile(
    r"(?:^|[.!?:;,(—–]\s*|\n\s*|\b(?:that|and|but|about|around|nearly|almost|roughly|some|approximately|over"
    r"|than|just|only|least|fewer|more|said|says|left|where|while|with)\s+)$",
    re.I,
)


# The words before "half of" that make it a part of a whole, no share ("the first half of the
# season", "in the second half of 2024", "the other half of the team").
_HALF_OF_A_PART = DETERMINERS | frozenset("first second last final other latter former upper lower top bottom".split())
_WORD_BEFORE = re.compile(r"\b([^\W\d_]+)\s+$")


def _share_term(word: str) -> int | None:
    low = word.lower()
    if low.isdigit():
        return int(low)
    return _SHARE_NUMERATORS.get(low) or _RATIO_TERMS.get(low) or FRACTION_WORDS.get(low)


def _word_shares(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Figure]:
    """The shares written in words in ``text[start:end]`` (:data:`_WORD_SHARE`) outside ``taken``:
    percentages (unit "%") of their numerator over their denominator, their qualifier read as any
    figure's ("Nearly two-thirds": a bound), ``margin`` :data:`SHARE_MARGIN`."""
    out: list[Figure] = []
    for m in _WORD_SHARE.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in taken):
            continue
        ratio = m.group("rk") is not None
        k: int | None = 1
        n: int | None = 2
        if m.group("half") is not None:
            before = _WORD_BEFORE.search(text, max(start, m.start() - 24), m.start())
            if before is not None and before.group(1).lower() in _HALF_OF_A_PART:
                continue  # "the first half of the season", "the other half of the team": no share
        else:
            k, n = (_share_term(m.group(g)) for g in (("rk", "rn") if ratio else ("k", "n")))
        if not k or not n or k >= n:
            continue  # "five in five" is no share
        s = m.start()
        qm = _QUAL_BEFORE.search(text, max(start, s - 24), s)
        qual = re.sub(r"\s+", " ", qm.group("q").lower()) if qm else ""
        lead = qm.start("q") if qm else s
        if ratio and not RATIO_OPENING.search(text, max(start, lead - 40), lead):
            continue  # "killed 12 in three villages": a count and where its things were
        num_start = lead if qual in BOUNDS else s
        out.append(
            Figure(
                lead,
                m.end(),
                num_start,
                m.end(),
                "percent",
                100.0 * k / n,
                "%",
                qual,
                spelled=True,
                margin=SHARE_MARGIN,
            )
        )
    return out


def is_word_ratio(text: str, fig: Figure) -> bool:
    """Whether ``fig`` is a ratio in words whose noun follows it ("One in three homes"), not a
    fraction "of" a whole: what it is a share of is the noun phrase right after it."""
    m = _WORD_SHARE.match(text, fig.num_start if fig.num_start == fig.start else after_qualifier(text, fig), fig.end)
    return fig.kind == "percent" and m is not None and m.group("rk") is not None


def _vague_value(phrase: str) -> float:
    """The least a vague amount can mean: "thousands of" 2,000, "tens of thousands of" 20,000,
    "several hundred" 200, "a few thousand" 2,000, "several hundred thousand" 200,000."""
    words = phrase.lower().split()
    if words[-1] in VAGUE:
        return VAGUE[words[-1]] * (VAGUE[words[0]] / 2 if len(words) > 1 else 1)
    value = next(FEW[w] for w in words if w in FEW)
    for w in words:
        value *= _SCALE.get(w, 1)
    return value


_SIGN_OR_DIGITS = re.compile(rf"[\d{re.escape(SIGN_CHARACTERS)}]+")
_CODE_BEFORE = re.compile(
    rf"(?:{_SIGN}|{_CODE}|(?-i:{'|'.join(WORD_CURRENCY_CODES)})|(?-i:{'|'.join(LETTER_SIGNS)})|U\.?S\.?|AU?|CA?|HK|NZ|S|NT)\s?$"
    # capitals right before a dollar sign the trigger stands on: "R$12 million", "T$1.2 billion"
    # (the trigger is the "$", so "R" is read here: t13ahr N8, "R$12 million" was a count)
    r"|(?-i:(?<![A-Za-z])[A-Z]{1,3})$",
    re.I,
)
_TRIGGER_I = re.compile(rf"[{re.escape(SIGN_CHARACTERS)}]|\d+|\b(?:{_W}|half)\b", re.I)
_DIGIT_RUN = re.compile(r"\d+")
_TRIGGER_WORDS = (*NUMBER_WORDS, *SCALE_WORDS, "half")  # "half a million"


def _triggers(text: str, start: int, end: int) -> list[int]:
    """Offsets where a figure can start: digit runs, currency signs, number words.

    Number words are found by substring search with a boundary check: much faster than a pattern
    of ~40 alternatives tried at every word.
    """
    low = text[start:end].lower()
    if len(low) != end - start:  # lower() changed a length (a few letters do): offsets would shift
        return [t.start() for t in _TRIGGER_I.finditer(text, start, end)]
    found = {start + t.start() for t in _SIGN_OR_DIGITS.finditer(low)}
    n = len(low)
    for word in _TRIGGER_WORDS:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalnum()) and (j == n or not low[j].isalnum()):
                found.add(start + i)
            i = low.find(word, j)
    return sorted(found)


def _match_at(text: str, p: int, pos: int, end: int) -> re.Match[str] | None:
    """The figure pattern matched at trigger ``p``, or a few characters earlier when a currency
    sign or code stands before it ("US$5", "Rs 16,189", "RM10")."""
    pre = text[max(pos, p - 6) : p]
    tries: Iterable[int] = range(max(pos, p - 6), p + 1) if pre and _CODE_BEFORE.search(pre) else (p,)
    if (part := _FRACTION_OF_BEFORE.search(text, max(pos, p - _FRACTION_OF_LONGEST), p)) is not None:
        tries = (part.start(), *tries)  # "a quarter of a million": the figure starts at its fraction
    for a in tries:
        m = NUMBER.match(text, a, end)
        if m is not None and (m.group("num") is not None or m.group("words") is not None) and m.end() > p:
            return m
    return None


_LAST: tuple[str, tuple[Figure, ...]] | None = None
# ECMA-48 control sequences (CSI "ESC [ … final byte") and operating system commands (OSC "ESC ]
# … BEL or ESC \\").
_ESCAPE = re.compile(r"\x1b\[[0-?]{0,64}[ -/]{0,8}[@-~]|\x1b\][^\x07\x1b\n]{0,256}(?:\x07|\x1b\\)?")


def figures_of(text: str) -> tuple[Figure, ...]:
    """``find_figures(text)`` over a whole text, the last text's result kept (by value): the
    entity recogniser and the fact sheet's extraction read the same article one after the other
    while it is indexed, and the recognition is the larger part of either. (By value, not
    identity: the recogniser reads a copy of the text, equal unless a headline's "Of" was put in
    lower case, and the figures were recognised twice for ~9 articles in 10.)"""
    global _LAST
    last = _LAST
    if last is not None and (last[0] is text or last[0] == text):
        return last[1]
    figures = tuple(find_figures(text))
    _LAST = (text, figures)
    return figures


# Telephone numbers: an international prefix and groups of digits ("+33 4 94 12 34 56", "+1
# 555-123-4567", "+44 (0)20 7946 0958"); a trunk "0" and four pairs ("04 94 12 34 56",
# "06.12.34.56.78"); an area code in brackets or three, three and four digits ("(555) 123-4567",
# "555-123-4567", "555.123.4567").
# The international form's groups are set apart by spaces or hyphens, a bracket only around the
# trunk or area group after the prefix: "+125.50 (0.45) 38,250.10", a market's change, its
# percentage and its level, was read as one telephone number and its figures lost (review s33-r).
_PHONE = re.compile(
    r"(?<![\w+])\+\d{1,3}[ -]?(?:\(0?\d{1,4}\)[ -]?)?\d{1,4}(?:[ -]\d{2,4}){1,5}(?![\w]|[.,]\d)"
    r"|(?<![\w.,])0\d(?:([ .])\d\d)(?:\1\d\d){3}(?![\w]|[.,]\d)"
    r"|\(\d{3}\)\s?\d{3}[-. ]\d{4}(?![\w]|[.,]\d)"
    r"|(?<![\w.,-])\d{3}([-.])\d{3}\2\d{4}(?![\w]|[.,]\d)"
)
# A copyright notice's years ("© 2026", "(c) 2019-2026 Halvik Post", "Copyright 2025"). "(c)" is also
# a list's or a clause's third item ("clauses (a) 2019 and (c) 2021 apply"): a notice only when the
# holder's capitalised name, "All rights" or the line's end follows its years (review s33-r).
_COPYRIGHT_YEARS = re.compile(
    r"(?:©|\b[Cc]opyright\b|\bCOPYRIGHT\b)\s*(?:©\s*)?\d{4}(?:\s*[-–—]\s*\d{4})?"
    r"|\([cC]\)\s*\d{4}(?:\s*[-–—]\s*\d{4})?(?=[ \t]+[A-Z]|[ \t]+[Aa]ll\s+rights|[ \t]*[.,]?[ \t]*(?:\n|$))"
)


def no_figure_spans(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The matches in ``text[start:end]`` that hold digits but no figure: telephone numbers and a
    copyright notice's years (:data:`_PHONE`, :data:`_COPYRIGHT_YEARS`), in text order."""
    end = len(text) if end is None else end
    found = [*_COPYRIGHT_YEARS.finditer(text, start, end)]
    found += [m for m in _PHONE.finditer(text, start, end) if sum(c.isdigit() for c in m.group()) >= 8]
    return sorted(found, key=lambda m: m.start())


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]``, in text order, with offsets into ``text``.

    The patterns are only tried where a figure can start (a digit, a currency sign, a number
    word), found in one pass over the text: trying them at every position was most of the cost.
    """
    end = len(text) if end is None else end
    # Digits of other scripts are read as their values ("١٬٢٠٠" is 1,200: tokens.ascii_digits,
    # one character for one, so the offsets hold; t13az N9).
    text = ascii_digits(text)
    out: list[Figure] = []
    # A terminal escape sequence in the text ("\x1b[0m", "\x1b[1;31m": pasted coloured output,
    # or hostile text) is shown as stand-ins, never read: its numbers are no figures ("0m").
    escapes = [m.span() for m in _ESCAPE.finditer(text, start, end)] if "\x1b" in text else []
    escape_starts = [a for a, _ in escapes]

    def in_escape(pos: int) -> bool:  # by bisection: a text may hold thousands of sequences
        k = bisect.bisect_right(escape_starts, pos) - 1
        return k >= 0 and pos < escapes[k][1]

    # A telephone number or a copyright notice's years hold no figure ("04 94 12 34 56", "+33 4 94
    # 12 34 56", "(555) 123-4567", "© 2026"): their spans are taken first (round s33-d).
    taken: list[tuple[int, int]] = [m.span() for m in no_figure_spans(text, start, end)]
    dots_group = dot_thousands(text)
    last = start
    for d in _DIGIT_RUN.finditer(text, start, end):
        if d.start() < last or (escapes and in_escape(d.start())):
            continue
        if taken and any(a <= d.start() < b for a, b in taken):
            continue
        m = _DATE.search(text, max(last, d.start() - 12), min(end, d.end() + 16))
        if m is None or not m.start() <= d.start() < m.end() or int(m.group("d1") or m.group("d2")) > 31:
            other = _other_language_date(text, d, end)
            if other is not None:
                out.append(other)
                taken.append((other.start, other.end))
                last = other.end
            continue
        out.append(Figure(m.start(), m.end(), m.start(), m.end(), "date", _date_value(m), "date"))
        taken.append(m.span())
        last = m.end()
    low = text[start:end].lower()
    if any(w in low for w in _SCALE_WORDS):
        for m in _VAGUE.finditer(text, start, end):
            value = _vague_value(m.group())
            out.append(Figure(m.start(), m.end(), m.start(), m.end(), "count", value, qualifier="at least", vague=True))
            taken.append(m.span())
    if any(
        w in low
        for w in (
            " in ",
            " out of ",
            "half",
            "third",
            "quarter",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
        )
    ):
        for share in _word_shares(text, start, end, taken):
            out.append(share)
            taken.append((share.start, share.end))
    for m in _ONE_UNIT.finditer(text, start, end):
        if not any(a <= m.start("a") < b for a, b in taken):
            out.append(_one_unit_duration(text, m, start))
            taken.append((m.start("a"), m.end()))
    for m in _HALF_UNIT.finditer(text, start, end):
        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
            out.append(_half_unit_duration(text, m, start))
            taken.append((m.start(), m.end()))
    for victim in _a_victims(text, start, end):
        if not any(a <= victim.start < b for a, b in taken):
            out.append(victim)
            taken.append((victim.start, victim.end))
    pos = start
    for p in _triggers(text, start, end):
        if p < pos or any(a <= p < b for a, b in taken) or (escapes and in_escape(p)):
            continue
        m = _match_at(text, p, pos, end)
        if m is None:
            continue
        pos = m.end()
        fig = _figure(text, m, end, dots_group)
        if fig is None:
            continue
        out.append(fig)
        pos = max(pos, fig.end)
    out.sort(key=lambda f: f.start)
    if any(f.unit in _AMBIGUOUS for f in out):
        out = [resolve_currency(text, f) if f.unit in _AMBIGUOUS else f for f in out]
    return out


# Words that say which currency a "¥" is, by their own names (each group named by the currency's
# code); the country, its people, its cities and news agencies are read by :func:`_countries_cued`.
_CURRENCY_NAME = re.compile(r"\b(?:(?P<cny>yuan|rmb|renminbi|cny)|(?P<jpy>yen|jpy))\b", re.I)
# Codes in capitals that say whose peso an amount in pesos is (a typhoon story's "MANILA (Reuters)"
# and "Philippine province" made its "2.1 billion pesos" Mexico's, MXN, before: the peso was read
# as one country's).
# The sign ₱ (U+20B1 PESO SIGN) is the Philippine peso's alone (the other pesos write "$"): an
# article that writes "₱2 million" and "40,000 pesos" means one peso (t13anr N3 variant, round
# s47-f: "40,000 pesos" stayed "pesos", apart from the release's "PHP 50,000", "not compared").
_PESO_NAME = re.compile(
    r"\b(?:(?P<php>PHP)|(?P<mxn>MXN)|(?P<ars>ARS)|(?P<clp>CLP)|(?P<cop>COP))\b|(?P<php_sign>₱)"
)  # codes in capitals
# Words that say whose shilling an amount in shillings is (as _PESO_NAME for the peso).
_SHILLING_NAME = re.compile(r"\b(?:(?P<kes>KES|KSh)|(?P<ugx>UGX|USh)|(?P<tzs>TZS|TSh)|(?P<sos>SOS))\b")
# Words that say whose dollar a "T$" is: Taiwan's (Reuters' "T$") or Tonga's pa'anga.
# (the pa'anga's names are the currency table's: CURRENCY_WORDS)
_T_DOLLAR_NAME = re.compile(
    r"(?P<twd>\bNT\$|\bTWD\b|(?i:\bnew\s+taiwan\s+dollars?\b))"
    rf"|(?P<top>(?i:\b(?:{_alt(w for w, c in CURRENCY_WORDS.items() if c == 'TOP')})\b))"
)
# An ambiguous currency's names (read first, see resolve_currency) and its countries, each by the
# gazetteer's name for it (entities.gazetteer.nations: a country's names, its people's, its capital)
# with the code of its currency.
_AMBIGUOUS: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {
    YEN_OR_YUAN: (_CURRENCY_NAME, {"China": "CNY", "Japan": "JPY"}),
    PESOS: (
        _PESO_NAME,
        {"Philippines": "PHP", "Mexico": "MXN", "Argentina": "ARS", "Chile": "CLP", "Colombia": "COP"},
    ),
    SHILLINGS: (_SHILLING_NAME, {"Kenya": "KES", "Uganda": "UGX", "Tanzania": "TZS", "Somalia": "SOS"}),
    T_DOLLARS: (_T_DOLLAR_NAME, {"Taiwan": "TWD", "Tonga": "TOP"}),
}
# The words naming one of those countries that the gazetteer does not hold (it holds a country's
# names, demonyms and capital, and no other city's or region's country): main cities and regions
# and the news agencies of datelines ("SHANGHAI (Reuters)", "OSAKA (Kyodo)"), folded as
# corpus.tokens.fold folds them.
_MORE_COUNTRY_WORDS: dict[str, str] = {
    **dict.fromkeys(("shanghai", "shenzhen", "guangzhou", "xinhua"), "China"),
    **dict.fromkeys(("osaka", "nikkei", "kyodo"), "Japan"),
    **dict.fromkeys(("luzon", "mindanao", "visayas", "cebu", "davao", "quezon"), "Philippines"),
    **dict.fromkeys(("guadalajara", "monterrey"), "Mexico"),
    "valparaiso": "Chile",
    "medellin": "Colombia",
    **dict.fromkeys(("mombasa", "kisumu"), "Kenya"),
    **dict.fromkeys(("dar es salaam", "zanzibar"), "Tanzania"),
    **dict.fromkeys(("kaohsiung", "taichung", "tainan"), "Taiwan"),
}
# A word of a place's name (letters, an apostrophe inside: "Nuku'alofa"), its possessive left out,
# and the most words of a country's name the gazetteer holds ("people's republic of china").
_PLACE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_PLACE_WORDS_MOST = 5
_SENTENCE_END = re.compile(r"[.!?。！？]\s|\n\s*\n")


def _cued(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> set[str]:
    """The currency codes ``pattern``'s named groups find in ``text[lo:hi]`` (a group's name, upper
    case, before any "_": "php_sign" is PHP)."""
    return {str(m.lastgroup).split("_")[0].upper() for m in pattern.finditer(text, lo, hi)}


def _countries_cued(codes: dict[str, str], text: str, lo: int, hi: int) -> set[str]:
    """The currencies (``codes``: country → code) of the countries that ``text[lo:hi]`` names by
    a name, a demonym or a capital the gazetteer holds (:func:`~.entities.gazetteer.nations`,
    folded), or by :data:`_MORE_COUNTRY_WORDS`; each run of up to :data:`_PLACE_WORDS_MOST` words."""
    from waic_reader.index.analysis.entities.gazetteer import nations

    names = nations()
    words = [_POSSESSIVE.sub("", fold(m.group())) for m in _PLACE_WORD.finditer(text, lo, hi)]
    found: set[str] = set()
    for i in range(len(words)):
        for n in range(1, min(_PLACE_WORDS_MOST, len(words) - i) + 1):
            key = " ".join(words[i : i + n])
            country = names.get(key) or _MORE_COUNTRY_WORDS.get(key)
            if country in codes:
                found.add(codes[country])
    return found


def resolve_currency(text: str, fig: Figure) -> Figure:
    """An ambiguous currency's figure (a "¥"/"￥" sign, :data:`YEN_OR_YUAN`, or "pesos",
    :data:`PESOS`) with its currency read from its context, the first that names one currency
    only: currency words in its sentence ("¥5 billion yuan"), then country and city words in its
    sentence ("Japan's ¥2 trillion budget"), then those words in the whole text (a dateline such
    as "BEIJING (Reuters)", "MANILA, Oct 13 (Reuters)"). When none does (no cue, or cues for two),
    the unit stays as it was: never a silent guess."""
    names, countries = _AMBIGUOUS[fig.unit]
    lo = 0
    for m in _SENTENCE_END.finditer(text, max(0, fig.start - 600), fig.start):
        lo = m.end()
    end = _SENTENCE_END.search(text, fig.end)
    hi = end.start() + 1 if end else len(text)
    for by_name, a, b in ((True, lo, hi), (False, lo, hi), (True, 0, len(text)), (False, 0, len(text))):
        cued = _cued(names, text, a, b) if by_name else _countries_cued(countries, text, a, b)
        if len(cued) == 1:
            return replace(fig, unit=cued.pop())
        if cued:
            return fig  # two currencies named just here: the text does not tell
    return fig


# A victim of one ("One person was killed", "One worker died", "one was injured"): at most two
# words, none a function word, then a casualty's verb. The word "one" is then a count of one, so
# that a toll rising from one death shows (t13ak-r S1: "One person was killed" was no figure while
# "killed 1 person" was, and the rise 1 → 2 was lost). ("A man was killed" is left: "a" is no
# number word of the pattern's outside "a hundred".)
_NOT_VICTIM = r"(?:of|the|in|on|at|by|for|to|and|or|who|that|which|more|other|another|day|time|way|thing|year)"
_ONE_VICTIM = re.compile(
    rf"\s+(?:(?!{_NOT_VICTIM}\b)[a-z][a-z-]*\s+){{0,2}}"
    r"(?:(?:was|were|has\s+been|had\s+been|has|had|is)\s+)?(?:killed|died|dead|injured|hurt|wounded)\b"
    # a missing one is counted as a victim ("One person remains missing", "one is still
    # unaccounted for": t13aq N14, the update's 1 missing was no figure, the row stopped at 2)
    rf"|\s+(?:(?!{_NOT_VICTIM}\b)[a-z][a-z-]*\s+){{0,2}}(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?"
    r"(?:missing|unaccounted\s+for)\b",
    re.I,
)


# A negation written right before "one" ("No one was injured", "no-one is missing", "not one
# passenger was hurt", "nor one"): the pronoun of none (Quirk et al. 1985, §6.62, "no one" as the
# negative of "someone"), a count of zero, never the victim count 1 (review s49-rv2 #5).
_NEGATED_ONE = re.compile(r"\b(?:no|not|nor|never)[\s-]+$", re.I)


# Linking (copular) verbs in their third person singular, other than "is" (Quirk et al. 1985,
# §16.21: remain, stay, seem, appear, look, lie): after a count of one they end its noun ("One person
# remains missing"), where a plural's verb is no plural noun and so never part of it.
_LINKING_VERBS_S = frozenset("remains stays seems appears lies".split())
# Verbs in their third person singular "-s" that follow a count's head as the verb of the noun
# phrase the count is part of, whose "-s" is no plural's: the linking verbs (Quirk et al. 1985,
# §16.21: appear, seem, remain, stay, look, sound, feel, become, prove) and the verbs a figure
# shows or says by (§16.31-16.33, verbs of "that"-clauses: suggest, show, indicate, mean, imply,
# include, exceed, reflect, compare). After a complete count ("five dead", "12 people") such a
# word ends its noun ("five dead appears": the "appears killed" row of t13au N14).
_VERBS_S = _LINKING_VERBS_S | frozenset(
    """looks sounds feels becomes proves suggests shows indicates means implies includes exceeds
    reflects compares says""".split()
)

# The words of :data:`_VERBS_S` that are also plural nouns (Wiktionary: show, look, sound, means,
# remains, lie, stay): after a noun they may end a compound ("12 cattle shows", "40 horse shows":
# s52-rv finding 10), a verb only as :func:`_read_as_verb` tells.
_NOUNS_S = frozenset("shows looks sounds means remains lies stays".split())
# Words that open a verb's complement, not a noun's next word: a determiner, a "that"/"wh-" clause,
# an infinitive's "to", "like" ("shows how", "means the", "looks like").
_COMPLEMENT_OPENERS = DETERMINERS | frozenset("that how what why whether who which to like".split())
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _read_as_verb(text: str, words: list[tuple[int, int]], low: str, end: int) -> bool:
    """Whether ``low`` (a word of :data:`_VERBS_S`, ending at ``end``, after the count's words
    ``words``) is the clause's verb: always, but for a plural noun's homograph (:data:`_NOUNS_S`),
    only after a count's lone adjective ("five dead shows") or before a complement's opener
    (:data:`_COMPLEMENT_OPENERS`: "12 people means the"); "12 cattle shows and" keeps its noun."""
    if low not in _NOUNS_S:
        return True
    if len(words) == 1 and text[words[0][0] : words[0][1]].lower() in COUNTED_ADJECTIVES:
        return True
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).lower() in _COMPLEMENT_OPENERS


# "A man was killed", "An elderly woman died", "a worker has died": the article before a singular
# noun (its last word, :func:`_a_victims`) and a death verb, passive or intransitive ("A fire killed
# three" is no victim)
_A_VICTIM = re.compile(
    r"\b(?P<a>[Aa]n?)\s+(?P<n>[a-z][a-z-]*(?:\s+(?!(?:was|has|had|is)\b)[a-z][a-z-]*)?)\s+(?:(?:was|has\s+been|had\s+been)\s+killed"
    r"|(?:has\s+|had\s+)?died|(?:was|is)\s+(?:found\s+)?dead)\b"
)


# Words before a victim's noun that make "a" no count of a toll's one: "a first child", "a further
# worker", "a fresh victim" (a next victim, the ordinals' kind)
_NOT_ONE_VICTIM = frozenset("first next further fresh new last final".split())


def _a_victims(text: str, start: int, end: int) -> Iterable[Figure]:
    """Counts of one victim written with "a"/"an" in ``text[start:end]``: a singular noun of one
    person after it (:func:`~.facts.words.one_of_people`) and a death verb (:data:`_A_VICTIM`), a
    count of 1 of that noun ("A man was killed": "A man"). It was no figure while "One person was
    killed" was a toll of one (s44-y3's leftover); "A fire killed three", "a man was seen" none."""
    from waic_reader.index.analysis.facts.earlier import ORDINALS  # (the facts' people nouns, ordinals)
    from waic_reader.index.analysis.facts.words import one_of_people

    for m in _A_VICTIM.finditer(text, start, end):
        words = m.group("n").lower().split()
        # ("A third child has died" is a toll of three, an ordinal's: earlier.ordinal_victims)
        if one_of_people(words[-1]) and not any(w in ORDINALS or w in _NOT_ONE_VICTIM for w in words):
            yield Figure(
                m.start("a"), m.end("n"), m.start("a"), m.end("a"), "count", 1.0, noun=m.group("n"), spelled=True
            )


def _figure(text: str, m: re.Match[str], limit: int, dots_group: bool) -> Figure | None:
    cur = m.group("cur")
    fractional = False  # a decimal or fraction in words was read ("five point two", "two and a quarter")
    if m.group("num") is not None:
        num_s, num_e = m.span("num")
        raw = m.group("num")
        value = _digits(raw, dots_group)
        spelled = False
        if not cur and (
            _TIME_OF_DAY.match(text, num_e)
            or _clock_time(text, raw, num_s, num_e)
            or (len(raw) == 2 and raw[0] in "012345" and _HOUR_BEFORE.search(text, max(0, num_s - 6), num_s))
        ):
            return None
    else:
        parsed = _valid_words(text, m)
        if parsed is None:
            return None
        num_s, (num_e, value) = m.start("words"), parsed
        spelled = True
        point = _POINT_DIGITS.match(text, num_e, limit)
        if point is not None and not (
            text[num_s:num_e].lower() == "one" and _AT_ONE_POINT.search(text, max(0, num_s - 8), num_s)
        ):
            digits = [_DIGIT_WORDS[w.lower()] for w in re.findall(r"[^\s-]+", point.group("d"))]
            value += sum(d / 10 ** (k + 1) for k, d in enumerate(digits))
            num_e, fractional = point.end(), True
        raw = text[num_s:num_e]
        if raw.lower() in ("one", "zero", "a", "an") and not (
            raw.lower() == "one"
            and not _NEGATED_ONE.search(text, max(0, num_s - 8), num_s)
            and (_ONE_VICTIM.match(text, num_e) or _fraction_scaled(text, num_e, limit))
        ):
            # "one of the" reads as prose ("a dozen" is 12, as "a hundred" is 100: t13aa K3); "one
            # and a half million" is a figure (review s45-rv finding 13: read as 1 million)
            return None
        if _O_CLOCK.match(text, num_e):
            return None  # "ten o'clock": a time of day
    s = m.start("cur") if cur else num_s
    e = num_e
    unit, kind, high = "", "count", None
    if not spelled and text.startswith("p", num_e) and not text[num_e + 1 : num_e + 2].isalnum():
        if cur or not _priced(text, num_s):
            return None  # "1080p video", "Phase 3p": no pence
        # "160p a share", "rose 2.1% to 412p": pence, a pound's hundredth (review s43-rv finding 16)
        return Figure(s, num_e + 1, s, num_e + 1, "money", value / 100, "GBP")
    if (fr := _AND_A_FRACTION.match(text, e, limit)) is not None and value == int(value) and not fractional:
        # "two and a quarter percent", "six and a half million": the fraction is the figure's when
        # a percent sign or a scale word follows it (else "two and a quarter of the staff" is two
        # things, and a time's half is the duration's)
        after = fr.end()
        if _fraction_scaled(text, e, limit):
            n = fr.group("n").lower()
            value += (1 if n in ("a", "an") else NUMBER_WORDS[n]) / FRACTION_WORDS[fr.group("d").lower()]
            e, fractional = after, True
    # scale: attached suffix ("2.5bn", "£40m") or a following word ("1.8 billion", "16,189 crore")
    sfx = (m.group("sfx") or "").lower() if m.group("num") is not None else ""
    if sfx in MONEY_SCALES and not cur:
        sfx = ""  # "40m" alone is forty metres: left for the unit below
    if sfx:
        value *= SCALES.get(sfx, MONEY_SCALES.get(sfx, 1.0))
        e = m.end("sfx")
    else:
        sm = _SCALE_WORD.match(text, e, limit)
        if sm and (not spelled or fractional):  # a spelled run holds its own scale ("six million")
            value *= SCALES[sm.group("s").lower()]
            e = sm.end()
    scale_factor = (
        value / (_digits(raw, dots_group) if not spelled and _digits(raw, dots_group) else 1.0) if not spelled else 1.0
    )
    # range: "200-300", "between 200 and 300", "$2-3 billion", "10 to 15"
    rm = _RANGE.match(text, e, limit)
    if rm and not spelled:
        joiner = text[e : rm.start("num")].strip().lower().rstrip("$€£¥").strip()
        before = text[max(0, s - 20) : s]
        between = _BETWEEN_BEFORE.search(before)
        if (
            (joiner == "and" and between and between.group().lower().startswith("between"))
            or (
                joiner == "to"
                and not _CHANGE_BEFORE.search(before)
                and not CHANGED_FROM.search(text, max(0, s - 64), s)
                and not (
                    CHANGE_BY_BEFORE.search(before)
                    and (cur or rm.group("cur") or not _unit_after(text, rm.end(), limit))
                )
            )
            or joiner in ("-", "–", "—")
        ) and not _years_apart(text, raw, rm):
            hi = _digits(rm.group("num"), dots_group)
            if hi > _digits(raw, dots_group):
                high = hi * scale_factor
                if scale_factor == 1.0:
                    sm = _SCALE_WORD.match(text, rm.end(), limit)
                    if sm:
                        value *= SCALES[sm.group("s").lower()]
                        high *= SCALES[sm.group("s").lower()]
                        e = sm.end()
                e = max(e, rm.end())
                if between:
                    s = between.start() + max(0, s - 20)
    # what the number measures
    conversion: tuple[float, str] | None = None
    if cur:
        kind, unit = "money", currency_of_sign(cur)
        if sfx in MONEY_SCALES or (
            not sfx and text[e : e + 1].lower() in MONEY_SCALES and not text[e + 1 : e + 2].isalnum()
        ):
            if not sfx:
                value *= MONEY_SCALES[text[e].lower()]
                if high is not None:
                    high *= MONEY_SCALES[text[e].lower()]
                e += 1
        cw = _currency_word(text, e, limit)
        if cw and cw.group("w").lower() in ("dlrs", "dollars"):
            e = cw.end()  # "US$5 million dollars"
    elif (pm := _PERCENT.match(text, e, limit)) is not None:
        kind, unit = "percent", ("pp" if pm.group("p").lower().startswith("percentage") or pm.group("pp") else "%")
        e = pm.end()
    elif (cw := _currency_word(text, e, limit)) is not None:
        kind = "money"
        adj = (cw.group("adj") or "").lower()
        word = cw.group("w").lower()
        unit = CURRENCY_WORDS[word]
        if adj and word in ("dollars", "dollar", "francs", "franc", "pesos", "peso", "lira", "liras"):
            unit = CURRENCY_ADJECTIVES[adj]
        if word in ("cents", "cent", "pence"):
            value /= 100
        e = cw.end()
    conversion_span: tuple[int, int] | None = None
    before_conversion = e
    signed: int | None = None  # where a temperature's sign or "minus" stands
    if kind == "money" and (
        (mc := _MONEY_CONVERSION.match(text, e, limit)) is not None
        or (
            (mc := _MONEY_CONVERSION_AFTER.match(text, e, limit)) is not None
            and currency_of_sign(mc.group("cur")) != unit
        )
    ):
        cval = _digits(mc.group("num"), dots_group) * (
            SCALES[mc.group("s").lower()]
            if mc.group("s")
            else MONEY_SCALES[mc.group("ms").lower()]
            if mc.group("ms")
            else 1.0
        )
        conversion = (cval, currency_of_sign(mc.group("cur")))
        conversion_span = (mc.start("cur"), mc.end() - (1 if mc.re is _MONEY_CONVERSION else 0))
        e = mc.end()
    elif (
        kind == "money"
        and (
            (mw := _MONEY_CONVERSION_WORD.match(text, e, limit)) is not None
            or (mw := _MONEY_CONVERSION_AFTER_WORD.match(text, e, limit)) is not None
        )
        and CURRENCY_WORDS[mw.group("w").lower()] != unit
    ):
        cval = _digits(mw.group("num"), dots_group) * (SCALES[mw.group("s").lower()] if mw.group("s") else 1.0)
        conversion = (cval, CURRENCY_WORDS[mw.group("w").lower()])
        conversion_span = (mw.start("num"), mw.end() - (1 if mw.re is _MONEY_CONVERSION_WORD else 0))
        e = mw.end()
    elif (gt := _GLUED_TEMPERATURE.match(text, e, limit)) is not None and not spelled and high is None:
        # "15C (59F)", "a high of 15C": a bare temperature (else "Flat 15C" is no figure at all)
        unit = "°" + gt.group("u")
        value = -value if _MINUS_BEFORE.search(text, max(0, s - 6), s) else value
        tc = _temperature_conversion(text, gt.end(), limit, value, unit)
        if (
            tc is None
            and value >= 0  # "-9C", "minus 7C": below zero on a scale, a temperature (t13ab L1)
            and not _TEMPERATURE_WORD_BEFORE.search(text, max(0, s - 120), s)
            and not _TEMPERATURE_WORD_AFTER.match(text, gt.end(), limit)
        ):
            return None
        kind, e = "quantity", gt.end()
        before_conversion = e
        if tc is not None:
            cm, cval, cunit = tc
            conversion = (cval, cunit)
            conversion_span = ((cm.start("sign") if cm.group("sign") else cm.start("num")), cm.end() - 1)
            e = cm.end()
        if value < 0:
            s = signed = _MINUS_BEFORE.search(text, max(0, s - 6), s).start()  # type: ignore[union-attr]
    elif (mg := _MAG_AFTER.match(text, e, limit)) is not None:
        kind, unit = "quantity", "magnitude"
        e = mg.end()
    elif (mb := _MAG_BEFORE.search(text, max(0, s - 16), s)) is not None and not spelled:
        kind, unit = "quantity", "magnitude"
        s = mb.start()
    elif (um := _UNIT.match(text, e, limit)) is not None and not (
        um.group("u").lower() in ("m", "ft", "in", "mi") and um.group("sep") == "-"
    ):
        kind, unit = "quantity", unit_of(um.group("u"))
        if um.group("u").lower() == "pounds" and not re.match(r"\s+of\b", text[um.end() : um.end() + 4]):
            kind, unit = "money", "GBP"
        e = before_conversion = um.end()
        if (
            unit == "°"
            and (_temperature_word_before(text, s) or _HEAT_AFTER.match(text, e, limit))
            and not _ANGLE_BEFORE.search(text, max(0, s - 40), s)
        ):
            unit = _bare_degrees_scale(text, value, s)  # "Temperatures hit a high of 39 degrees", "41° in the shade"
        if unit in TEMPERATURE_UNITS and (minus := _MINUS_BEFORE.search(text, max(0, s - 6), s)) is not None:
            value, s = -value, minus.start()  # "-3°C", "minus 3 degrees Celsius": below zero
            signed = s
        tc = _temperature_conversion(text, e, limit, value, unit) if unit in TEMPERATURE_UNITS else None
        cv = (
            None
            if tc is not None
            else _CONVERSION.match(text, e, limit)
            or (_loose_conversion(text, e, limit, value, unit, dots_group) if high is None else None)
        )
        number = None
        if cv and cv.group("num") is not None:
            number = _digits(cv.group("num"), dots_group)
        elif cv:
            number = words_value(cv.group("words"))
        if cv and number is not None:
            cval = number * (SCALES[cv.group("s").lower()] if cv.group("s") else 1.0)
            conversion = (cval, unit_of(cv.group("u")))
            closed = cv.group().endswith((")", "]"))
            conversion_span = (cv.start("num" if cv.group("num") is not None else "words"), cv.end() - closed)
            e = cv.end()
            if (ph := _PER_HOUR.match(text, e, limit)) is not None and unit in _HOURLY and conversion[1] in _HOURLY:
                # "185 kilometers (115 miles) per hour": the hour after the conversion makes both
                # speeds (was a length of 185 km, compared with distances)
                unit, conversion = _HOURLY[unit], (conversion[0], _HOURLY[conversion[1]])
                e = ph.end()
        elif tc is not None:
            cm, cval, cunit = tc
            conversion = (cval, cunit)
            conversion_span = ((cm.start("sign") if cm.group("sign") else cm.start("num")), cm.end() - 1)
            e = cm.end()
    elif (tm := _TIME.match(text, e, limit)) is not None and not _ordinal_second(text, tm, value, limit):
        kind, unit = "duration", TIME_UNITS[tm.group("u").lower()]
        e = tm.end()
        if high is None and (compound := _compound_time(text, e, limit, value, unit)) is not None:
            value, unit, e = compound
    elif (half := _AND_A_HALF.match(text, e, limit)) is not None and (
        tm := _TIME.match(text, half.end(), limit)
    ) is not None:
        kind, unit = "duration", TIME_UNITS[tm.group("u").lower()]
        value, e = value + 0.5, tm.end()
    elif (
        not spelled
        and not high
        and YEAR_DIGITS.fullmatch(raw)
        and value == _digits(raw, dots_group)
        and is_year(text, s, e, int(raw))
    ):
        kind = "year"
    # qualifier
    qual = ""
    if kind != "year":
        qm = _QUAL_BEFORE.search(text, max(0, s - 24), s)
        if qm and qm.group("q").lower() == "over" and _PARTICLE_OVER.search(text, max(0, s - 24), s):
            qm = None  # "hand over €20 million": the verb's particle
        if qm and kind == "duration" and qm.group("q").lower() == "over" and _over_a_span(text, qm.start("q"), e):
            qm = None  # "$40 million over four years": the time it is spread across, no bound
        if qm:
            qual = re.sub(r"\s+", " ", qm.group("q").lower())
            s = qm.start("q")
    noun = ""
    num_end = before_conversion if conversion_span else e
    if kind == "count":
        # a word written onto the number ("4K screens", "5G", "3D printers") is part of it
        glued = e < len(text) and text[e].isalpha()
        noun, _, np_end = ("", e, e) if glued else noun_phrase(text, e)
        if noun and value != 1:
            # "Array three content", "2 million first promised": not what is counted
            np_end -= len(noun) - len(counted := counted_part(noun))
            noun = counted
        elif noun and (linked := noun.rpartition(" "))[0] and linked[2].lower() in _LINKING_VERBS_S:
            # "One person remains missing": the singular's linking verb, no part of what is counted
            np_end -= len(noun) - len(linked[0].rstrip())
            noun = linked[0].rstrip()
        if noun:
            e = np_end
            if not spelled and not dots_group and high is None and _ONE_DOT_GROUP.fullmatch(raw):
                # "about 3.000 residents": a count of people or things is never fractional, so
                # one dot before three digits groups thousands, as "3 000" and "3,000" do
                # ("2.000 km", a measure, stays two; "3.5 million" has no three-digit group).
                value = _digits(raw, True)
    elif kind == "duration":
        noun = text[e - len(tm.group("u")) : e]  # type: ignore[union-attr]
    num_start = m.start("cur") if cur else num_s
    if signed is not None:
        num_start = signed  # the sign is the number's ("-3C" is a QUANTITY whole, never "3C")
    if kind == "quantity" and unit == "magnitude" and s < num_start:
        num_start = s
    if not qual and kind != "year" and (bound := _BOUND_AFTER.match(text, e)) is not None:
        # "twelve tonnes or more": the bound written after the figure (t13ax N3: dropped)
        qual = "at least" if bound.group("b").lower() in _LOWER_AFTER else "at most"
    if qual and qual in BOUNDS:
        num_start = s
    return Figure(s, e, num_start, num_end, kind, value, unit, qual, high, noun, conversion, spelled, conversion_span)


# A bound written after a figure, a disjunction with a comparative (CGEL 6.7: "or more", "or
# less"): "twelve tonnes or more", "40 people or fewer", "six hours or longer" bound the value as
# "at least"/"at most" before it do; never a comparison going on ("or more than 20", "or less than
# a week": a second figure, a range of its own).
_LOWER_AFTER = frozenset("more above over greater higher longer larger".split())
_BOUND_AFTER = re.compile(
    rf",?\s+or\s+(?P<b>{_alt([*_LOWER_AFTER, 'less', 'fewer', 'below', 'under', 'lower', 'shorter', 'smaller'])})\b"
    r"(?!\s+than\b)",
    re.I,
)


# A duration of one unit written with the article, after a word that says it lasts: "closed for a
# week", "delayed by an hour", "suspended for a fortnight" (two weeks), "lasting a day". It was no
# figure, so "closed for a week" was never compared with "48 hours" (t13ab L9). Only after such a
# word: "a week ago", "once a week", "a day after the flood" say when or how often, no duration;
# nor "for a day longer" (what was added to one) or "for a day or so"; "within a week" says by
# when, left as it was. The unit ends its noun phrase: punctuation, the text's end or a word of
# :data:`_ONE_UNIT_NEXT` follows it, never a noun it qualifies ("for a day trip", "by an hour
# drive", "by a week margin"); and "second" is left out, the ordinal far more often than the unit
# ("suspended for a second day", "closed for a second time" were a duration of one second,
# review s36-rv2 finding 1).
_ONE_UNIT_NEXT = (
    "on in at from to until till through throughout while as during pending because since due following "
    "amid with without and but so when this last next starting beginning instead only now"
).split()
_ONE_UNIT = re.compile(
    r"\b(?:for|by|lasting|lasted|lasts)\s+(?:(?:at\s+least|at\s+most|more\s+than|less\s+than|up\s+to|"
    r"nearly|almost|about|around|only|just|over|under)\s+)?(?P<a>an?)\s+"
    rf"(?P<u>fortnight|{_alt(u for u in TIME_UNITS if not u.endswith('s') and u != 'second')})\b"
    r"(?![-'’]|\s+(?:ago|earlier|later|before|after|since|longer|more|extra|or\s+(?:so|two|more)\b"
    r"|and\s+an?\s+half\b))"
    rf"(?=\s*(?:[^\w\s]|$)|\s+(?:{_alt(_ONE_UNIT_NEXT)})\b)",
    re.I,
)
_ONE_UNIT_VALUES = {"fortnight": (2.0, "week")}  # a fortnight is two weeks, compared as 14 days


def _one_unit_duration(text: str, m: re.Match[str], start: int) -> Figure:
    """The duration :data:`_ONE_UNIT` matched ("a week": 1 week, "a fortnight": 2 weeks), its
    qualifier read as any figure's ("for at least a week"), its noun the unit as written."""
    word = m.group("u").lower()
    value, unit = _ONE_UNIT_VALUES[word] if word in _ONE_UNIT_VALUES else (1.0, TIME_UNITS[word])
    s, e = m.start("a"), m.end()
    qual = ""
    if (qm := _QUAL_BEFORE.search(text, max(start, s - 24), s)) is not None:
        qual, s = re.sub(r"\s+", " ", qm.group("q").lower()), qm.start("q")
    num_start = s if qual in BOUNDS else m.start("a")
    return Figure(s, e, num_start, e, "duration", value, unit, qual, noun=m.group("u"), spelled=True)


# Half of one unit written with the article: "about half an hour", "half a day" (0.5 hour, 0.5
# day). It was no figure, so "had been in the air for about half an hour when the pilot turned
# back" was compared with nothing (t13ad N9, round s37-x2). Not what says when or how often ("half
# an hour ago", "half an hour later", "every half an hour"), nor a span of years (a year's margin:
# "half a century ago" is the year it names, extract.span_margin).
_HALF_UNIT = re.compile(
    r"(?<!\bevery\s)(?<!\beach\s)\bhalf\s+(?P<a>an?)\s+(?P<u>hour|day|minute)\b"
    r"(?![-'’]|\s+(?:ago|earlier|later|before|since|longer|more|extra|or\s+(?:so|two|more)\b))",
    re.I,
)


def _half_unit_duration(text: str, m: re.Match[str], start: int) -> Figure:
    """The duration :data:`_HALF_UNIT` matched ("half an hour": 0.5 hour), its qualifier read as
    any figure's ("about half an hour"), its noun the unit as written."""
    s, e = m.start(), m.end()
    qual = ""
    if (qm := _QUAL_BEFORE.search(text, max(start, s - 24), s)) is not None:
        qual, s = re.sub(r"\s+", " ", qm.group("q").lower()), qm.start("q")
    num_start = s if qual in BOUNDS else m.start()
    return Figure(
        s, e, num_start, e, "duration", 0.5, TIME_UNITS[m.group("u").lower()], qual, noun=m.group("u"), spelled=True
    )


def _loose_conversion(
    text: str, pos: int, limit: int, value: float, unit: str, dots_group: bool
) -> re.Match[str] | None:
    """A conversion written after "or" or a dash at ``pos`` (:data:`_LOOSE_CONVERSION`) of the
    figure ``value`` ``unit``: its match when its value in SI agrees with the figure's, else None."""
    m = _LOOSE_CONVERSION.match(text, pos, limit)
    if m is None:
        return None
    other = unit_of(m.group("u"))
    mine, theirs = SI_UNITS.get(unit), SI_UNITS.get(other)
    if other == unit or mine is None or theirs is None or mine[1] != theirs[1]:
        return None
    a, b = value * mine[0], _digits(m.group("num"), dots_group) * theirs[0]
    return m if abs(a - b) <= CONVERSION_AGREEMENT * max(abs(a), abs(b)) else None


# One dot between one to three digits and exactly three ("3.000", "12.500"): a thousands group or
# a decimal point, as the text's convention (:func:`dot_thousands`) or what is counted says.
_ONE_DOT_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")
# The same, standing alone in a text (no digit or separator on either side).
_ONE_DOT_GROUP_IN_TEXT = re.compile(r"(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?![\d.,]\d)")


# What stands straight before a year written before a plural noun and never before a count of it
# written without a thousands separator: a determiner or a possessive ("the 2019 renovation plans",
# "its 2021 expansion plans", "Acme's 1998 accounts"), a preposition of time ("in 2019 floods");
# not "that", a conjunction too ("said that 2019 people were evacuated").
_YEAR_CONTEXT_BEFORE = re.compile(
    rf"(?:\b(?:{_alt((DETERMINERS - {'that'}) | {'whose', 'in', 'since', 'until', 'till', 'during'})})|\w['’]s"
    # a month's name, capitalised ("the March 2019 floods"; "In March 2000 people marched" stays a
    # count, as a round hundred after a determiner does)
    rf"|\b(?-i:{_alt(m.title() for m in MONTHS)}))\s+$",
    re.I,
)
# What makes the four digits after it a year whatever follows, a round hundred too: a quarter or a
# fiscal year ("Q1 2019 sales", "fiscal 2000 results", "FY2021 earnings") or a part of the year
# ("mid-2019 people", "late 2000 floods"), or a law's short title, which ends in its year ("the
# Medical Act 1983 applies", "the Building Regulations 2010 cover": the entity recogniser's LAW
# takes the year in, entities/laws.py). Were counts of the noun (of "applies", of "cover") while
# the entity recogniser read a DATE or a law's year (issue #16, round s32-j).
_YEAR_TIME_BEFORE = re.compile(
    r"\b(?:Q[1-4]|FY|fiscal)\s*$|\b(?:early|mid|late)(?:\s+|-)$|\b(?-i:Act|Bill|Measure|Order|Regulations)\s+$", re.I
)


def _years_apart(text: str, raw: str, rm: re.Match[str]) -> bool:
    """Whether a range's two ends ``raw`` and ``rm``'s number are years, each a figure of its own
    ("between 2019 and 2021", "1990-2000", "from 2015 to 2019": the high end a year by
    :func:`is_year`; was one count of 2,019 to 2,021 while the entity recogniser read a DATE), not a
    count's range ("between 1990 and 2000 workers": the high end counts workers)."""
    hi = rm.group("num")
    return (
        rm.group("cur") is None
        and YEAR_DIGITS.fullmatch(raw) is not None
        and YEAR_DIGITS.fullmatch(hi) is not None
        and is_year(text, rm.start("num"), rm.end("num"), int(hi))
    )


# Four digits a year may be written in (1800-2099): the corpus's dates read the same range.
YEAR_DIGITS = re.compile(YEAR)


def is_year(text: str, start: int, end: int, number: int) -> bool:
    """Whether a number of four digits from 1800 to 2099 written without a separator at
    ``start``:``end`` is a year (else a count). The engine's one rule for it: the figures' kind
    "year" and the entity recogniser's DATE for a year written alone (entities/patterns.py) both
    ask it, so ``entities`` and ``facts`` never read one number two ways (issue #16, round s32-j).

    A year is one before no noun a number counts ("in 2019", "the 2026 budget", "its 1998 report"),
    one after a quarter, a fiscal year or a part of the year (:data:`_YEAR_TIME_BEFORE`: "Q1 2019
    sales", "mid-2019"), and one before a counted plural ("plans", "people", "fishermen", "dead":
    :func:`counts_plural`) that stands straight after a determiner, a possessive, a preposition of
    time or a month's name (:data:`_YEAR_CONTEXT_BEFORE`), unless a round hundred ("the 2000 homes",
    as a count is written): "the 2019 renovation plans" was a count of 2,019 plans (t13u F9, round
    s32-g); "2000 people", "2019 people were evacuated" and "About 1900 children" are counts."""
    noun, _, _ = noun_phrase(text, end, beside=False)
    if not counted_part(noun) or _YEAR_TIME_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    return number % 100 != 0 and _YEAR_CONTEXT_BEFORE.search(text, max(0, start - 24), start) is not None
