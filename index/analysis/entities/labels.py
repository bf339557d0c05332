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
