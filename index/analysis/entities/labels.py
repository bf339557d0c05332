"""OntoNotes entity labels in words, for people to read.

The codes (``PERSON``, ``GPE``, ``CARDINAL``…) stay what the JSON output, the index and the
queries use; everything shown to a reader (the app's legend, panels, matrix, dialogs, the
text output) says the words instead. Names and descriptions follow the OntoNotes Release 5.0
named-entity guidelines (BBN/LDC, LDC2013T19): all eighteen labels are here, including those
the recogniser does not emit yet (``TIME``, ``ORDINAL``).
"""

from __future__ import annotations

# code -> (name, what it covers)
LABEL_WORDS: dict[str, tuple[str, str]] = {
    "PERSON": ("Person", "people, real or fictional"),
    "NORP": ("Nationality or group", "nationalities, religious and political groups"),
    "ORG": ("Organisation", "companies, agencies, institutions"),
    "GPE": ("Place", "countries, cities, states"),
    "LOC": ("Other place", "regions, mountains, seas, other places"),
    "FAC": ("Facility", "buildings, airports, bridges, roads"),
    "EVENT": ("Event", "named events: conferences, storms, wars"),
    "PRODUCT": ("Product", "products, vehicles, software"),
    "LAW": ("Law", "laws, treaties, named documents"),
    "WORK_OF_ART": ("Work of art", "titles of books, songs, films"),
    "LANGUAGE": ("Language", "named languages"),
    "DATE": ("Date", "dates and periods"),
    "TIME": ("Time", "times of day, durations under a day"),
    "MONEY": ("Money", "amounts of money"),
    "PERCENT": ("Percent", "percentages"),
    "QUANTITY": ("Quantity", "measurements: weight, distance, area"),
    "ORDINAL": ("Ordinal", "first, second, 3rd"),
    "CARDINAL": ("Number", "other numbers"),
}


# code -> a short form of its name, at most SHORT_WIDTH cells, for narrow table columns (the
# entities × outlets matrix at 60 columns); the detail line beside them says the name whole.
LABEL_SHORT: dict[str, str] = {
    "PERSON": "Person",
    "NORP": "Group",
    "ORG": "Org.",
    "GPE": "Place",
    "LOC": "Other…",  # ("Loc." was the code's word, read nowhere else in the app: t13l F15)
    "FAC": "Facil.",
    "EVENT": "Event",
    "PRODUCT": "Prod.",
    "LAW": "Law",
    "WORK_OF_ART": "Work",
    "LANGUAGE": "Lang.",
    "DATE": "Date",
    "TIME": "Time",
    "MONEY": "Money",
    "PERCENT": "Pct.",
    "QUANTITY": "Qty",
    "ORDINAL": "Ord.",
    "CARDINAL": "Number",
}
SHORT_WIDTH = 6


def label_short(code: str) -> str:
    """``code``'s name in at most :data:`SHORT_WIDTH` characters (``ORG`` -> ``Org.``); an
    unknown code's name (:func:`label_name`) cut with an ellipsis."""
    short = LABEL_SHORT.get(code)
    if short is not None:
        return short
    name = label_name(code)
    return name if len(name) <= SHORT_WIDTH else name[: SHORT_WIDTH - 1] + "…"


def label_name(code: str) -> str:
    """``code`` in words (``GPE`` -> ``Place``); an unknown code as itself, lower-cased after
    its first letter and with ``_`` as spaces (``NEW_LABEL`` -> ``New label``)."""
    known = LABEL_WORDS.get(code)
    if known is not None:
        return known[0]
    return code.replace("_", " ").capitalize()


def label_description(code: str) -> str:
    """What the label covers, in words ("" for an unknown code)."""
    known = LABEL_WORDS.get(code)
    return known[1] if known is not None else ""
