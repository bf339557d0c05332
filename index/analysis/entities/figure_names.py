"""The name a figure entity (MONEY, PERCENT, QUANTITY, CARDINAL) is shown by: its value spelled
one way, from its key alone (``patterns.figure_value_name``), never from the spellings of the
articles counted.

Why from the key: a figure is one entity however it is written ("$2.5m", "$2.5 million"; "at least
312" and "312", the bound no part of the key, as the fact sheet compares a bound with its value),
so a name picked among its written spellings depended on which articles were counted: ``entities
DOC`` and the corpus's entity list named one entity apart ("At least 14" / "14"; round s48-f3,
reverted in 35e87d86), and a row was labelled by a bound's spelling ("More than 1,450" for the
1,450 row, t13ap N21). The value's one spelling is the same in every list, and each mention keeps
its own words (its bound too) in its span, shown per mention and cell.

The spelling is the English one the app shows figures in (thousands by commas, "million" and
"billion" as news copy writes amounts from a million up, AP style; a currency by its sign where
``figures.CURRENCY_SIGNS`` holds one that is not letters alone, else by the word news copy writes
after the number, ``figures.CURRENCY_WORDS``' first for it: "600 billion yuan", "5 billion yen",
"40 million francs"; by its ISO 4217 code only where no such word is known: "NOK 300 million").
Articles write "600 billion yuan" far more than "CNY 600 billion" (review s49-rv finding 13)."""

from __future__ import annotations

from waic_reader.index.analysis.figures import (
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    SI_UNITS,
    T_DOLLARS,
    UNITS,
    VAGUE,
    YEN_OR_YUAN,
)

# The key's first character (patterns.FIGURE_KEY_MARK; not imported: patterns imports the
# recogniser's tables and this module is read by spellings, which every entity list imports).
_KEY_MARK = "="

# The last part of a vague amount's key (patterns.VAGUE_KEY, not imported as the mark is not).
_VAGUE_KEY = "vague"

# Scale words for amounts of a million and more (AP style: "$2.5 million", "1.2 billion").
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))

# Units written after the number with no space ("15°C", "40°").
_GLUED_UNITS = frozenset({"°", "°C", "°F"})


def _signs() -> dict[str, str]:
    """ISO code → the sign to show it by: the first sign :data:`figures.CURRENCY_SIGNS` lists for
    it that is not letters alone ("$" for USD, "A$" for AUD, "₹" for INR; not "rs"), in capitals."""
    out: dict[str, str] = {}
    for sign, code in CURRENCY_SIGNS.items():
        if not sign.replace(".", "").isalpha():
            out.setdefault(code, sign.upper())
    out[YEN_OR_YUAN] = "¥"
    out[T_DOLLARS] = "T$"
    return out


_SIGN_OF = _signs()


def _words() -> dict[str, str]:
    """Unit → the word written after the number for it, for the units :func:`_signs` gives no sign:
    the first word :data:`figures.CURRENCY_WORDS` lists for it that is a word, not a code written in
    lower case ("yuan" for CNY, not "rmb" nor "cny"; "yen" for JPY; "pesos" for an unresolved peso, "pa'anga" for TOP)."""
    out: dict[str, str] = {}
    for word, unit in CURRENCY_WORDS.items():
        if unit in _SIGN_OF or not word.replace("'", "").isalpha() or word.upper() in CURRENCY_CODES:
            continue
        out.setdefault(unit, word)
    return out


_WORD_OF = _words()
# The units that are measures (figures.UNITS' values): shown after the number; any other unit of a
# key is a currency (its code).
_MEASURES = frozenset(UNITS.values()) | frozenset(SI_UNITS) | {"magnitude"}


def _number(value: float, scale: float) -> str:
    """``value`` / ``scale`` in English digits: thousands by commas, at most 12 significant digits,
    no trailing zeros ("1,450", "2.5", "0.75")."""
    v = value / scale
    text = format(v, ".12g")
    if "e" in text:
        return text
    whole, dot, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-') or 0):,}{dot}{frac}"


def _scale(value: float) -> tuple[float, str]:
    """The scale to write ``value`` with: a million or more as "million"/"billion"/"trillion" where
    that leaves at most three decimals ("2.5 million"; 1,234,567 stays in digits)."""
    for size, word in _SCALES:
        if abs(value) >= size and round(value / size, 3) == value / size:
            return size, word
    return 1.0, ""


def _vague_words(value: float) -> str:
    """A vague amount (its value the least it can mean, ``figures.VAGUE``) in the words that say it:
    2,000 "thousands", 20,000 "tens of thousands", 24 "dozens"; "at least" its number for a value
    no such words give."""
    for word, least in VAGUE.items():
        if value == least:
            return word
    for outer, many in VAGUE.items():
        for word, least in VAGUE.items():
            if many < least and value == many / 2 * least:
                return f"{outer} of {word}"
    return f"at least {_number(value, 1.0)}"


def _parse(number: str) -> float:
    return float(number.replace("neg", "-"))


def figure_shown(key_name: str) -> str | None:
    """The name a figure entity keyed ``key_name`` (``patterns.figure_value_name``: "=USD|2500000",
    "=|200..300", "=%|5", "=km|40") is shown by: "$2.5 million", "200-300", "5%", "40 km",
    "1,450", "€40 million", "600 billion yuan", "NOK 300 million", "8,500 acres", "magnitude 6.4"; None when
    ``key_name`` is no figure's key (no leading mark, or a value that is no number). A parameter
    after the value (a bound in keys made before round s49-f) is left out."""
    if not key_name.startswith(_KEY_MARK):
        return None
    unit, _, rest = key_name[len(_KEY_MARK) :].partition("|")
    unit = unit.replace("_", " ")
    value, *more = rest.split("|")
    low_text, _, high_text = value.partition("..")
    try:
        low = _parse(low_text)
        high = _parse(high_text) if high_text else None
    except ValueError:
        return None
    if _VAGUE_KEY in more and not unit and high is None:
        return _vague_words(low)
    size, word = _scale(high if high is not None else low)
    if high is not None and word and round(low / size, 3) != low / size:
        size, word = 1.0, ""
    amount = _number(low, size) + (f"-{_number(high, size)}" if high is not None else "")
    amount += f" {word}" if word else ""
    if not unit:
        return amount
    if unit == "%":
        return f"{amount}%"
    if unit == "magnitude":
        return f"magnitude {amount}"
    if unit in _GLUED_UNITS:
        return f"{amount}{unit}"
    if unit == "acre":
        return f"{amount} acre" if low == 1 and high is None else f"{amount} acres"
    if unit in _MEASURES:
        return f"{amount} {unit}"
    sign = _SIGN_OF.get(unit)
    if sign is not None:
        return f"{sign}{amount}"
    currency = _WORD_OF.get(unit)
    return f"{amount} {currency}" if currency is not None else f"{unit} {amount}"
