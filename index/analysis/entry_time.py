"""A live blog's entry time opening a block or a sentence ("**11:20** ", "(14:05) ", "[16:45] ",
"15.30: ", "*11:20* ", "**11:20 CET** ", "**Updated 11:20** ", "- 9.41pm - ", "11:20 "): one
pattern for the entity recogniser (the capital after it opens a sentence, no evidence of a name)
and the quote recogniser (the sentence's subject starts after it), so the two never read one
entry differently (t13k F1, F16: each had its own pattern, and a zone or an "Updated" in the
stamp, or a stamp in brackets, was read by one and not the other).

``ENTRY_STAMP.match(text, pos, endpos)`` matches the stamp with its list mark, mark-up and
separator, and the space after it, before a letter; not a decimal amount ("3.50 million").
A line that is nothing but a time (a live blog's entry heading) is the boilerplate split's
concern (``noise.live``)."""

from __future__ import annotations

import re

from waic_reader.index.corpus.date_patterns import SEASONAL_ZONES
from waic_reader.index.corpus.date_patterns import ZONES as DATE_ZONES

# Time zones written after an entry's clock time (upper case only: "11:20 UN said" keeps "UN"):
# the zones a date reads (``date_patterns.ZONES``, the tz database's abbreviations of one meaning,
# and the seasonal US ones), and the ambiguous CST and IST, which still mark an entry's stamp
# though no offset is read from them. Longest first, so "WITA" is not read as "WIT".
ZONES = tuple(sorted({*(z for z in DATE_ZONES if z != "Z"), *SEASONAL_ZONES, "CST", "IST"}, key=lambda z: (-len(z), z)))
# A zone written as its offset after a clock time ("08:45 +01:00", "08:45 -0500": t13ay N1).
OFFSET = r"[+-](?:0\d|1[0-4]):?[0-5]\d(?!\d)"
# A clock time with its am/pm and zone ("10.41 GMT", "11:02am", "9pm", "14:05 UTC+1", "11:20
# local time"): the one pattern for an entry time, opening a sentence here and alone on its line in
# the boilerplate split (noise.live), so the two read one live blog's stamps alike.
CLOCK = (
    r"(?:\d{1,2}[:.][0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}\s?[AaPp]\.?[Mm]\.?)"
    rf"(?:\s(?:Uhr\s)?(?:{'|'.join(ZONES)})(?:[+-]\d{{1,2}})?(?![A-Za-z])|\s{OFFSET}|\sUhr\b|\slocal(?:\stime)?)?"
)
# The zone :data:`CLOCK` reads after a stamp's clock time (its ``zone`` group: "CET", "UTC+1",
# "+01:00", "MEZ" of "Uhr MEZ"), matched where the clock time ends: what its offset is read from
# (``dates.entry_clock``).
STAMP_ZONE = re.compile(rf"\s(?:Uhr\s)?(?P<zone>(?:{'|'.join(ZONES)})(?:[+-]\d{{1,2}})?(?![A-Za-z])|{OFFSET})")
# Words a stamp may open with ("Updated 11:20", "Posted at 9.41pm").
_STAMP_WORDS = r"(?:Updated?|UPDATED?|Posted|POSTED|Edited|Breaking|BREAKING)"
ENTRY_STAMP = re.compile(
    r"[ \t]*(?:[-*•–][ \t]+)?[*_\[(<]*"
    rf"(?:{_STAMP_WORDS}[ \t]+(?:at[ \t]+)?)?{CLOCK}"
    r"[*_\])>]*(?:[ \t]?[-–—:|])?[*_]*\s+"
    r"(?!(?:million|billion|trillion|bn|mn|per|percent|pc)\b)(?=[^\W\d_])"
)
