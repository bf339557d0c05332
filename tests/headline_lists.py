"""Lists of headlines of nearly equal length, no blank lines between them (issue #14, t13 fault 5),
and prose hard-wrapped at 72 columns whose lines open with capitals: the inputs of the joiner's
tests (tests/corpus/test_hard_wrap.py) and of the boilerplate split's
(tests/analysis/test_noise_equal_length_list.py)."""

from __future__ import annotations

PROSE = (
    "Portmere inquiry opens\n\n"
    "The Maritime Safety Board opened its inquiry into the Calder Rose on Tuesday in Portmere.\n\n"
    "Elena Varga gave evidence for two hours.\n\n"
)
# The reported input, t13/corp/008_fifteen_related.txt: 15 lines of 72-73 columns under "Most read".
MOST_READ = [f"Headline number {n} about a completely unrelated story in sport or weather" for n in range(1, 16)]
# A variant: eight teasers of 67-72 columns under "More from the Valdmark Courier".
VALDMARK = [
    "Brennholt council delays vote on the new tram line until the autumn",
    "Fishing fleet stays in port as the second winter storm reaches Skarvik",
    "Local bakery wins national prize for its rye bread after ten long years",
    "School in Lindmoor closes early as heating fails in the main building",
    "Volunteers clear four tonnes of plastic from the beaches near Oskvik",
    "Harbour master warns of thick ice on the inner quay through the weekend",
    "Valdmark football club signs two young players from its own youth team",
    "Ferry timetable changes from Monday while the old jetty is being rebuilt",
]
# A variant: ten headlines of exactly 68-70 columns under "Related", one with a comma inside.
RELATED = [
    "Regional court fines haulage firm over unsafe trailers on coast road",
    "Tollby's residents protest against plans for a wind farm on the ridge",
    "Winter sea swimming club marks its fiftieth year with a swim at dawn",
    "Rail operator promises new carriages for the northern line by spring",
    "Museum at Aldersund returns the carved panels to an old village church",
    "Price of heating oil rises for the third month in a row, figures show",
    "Two hikers rescued from the Kallberg plateau after a night in the snow",
    "Harbour cranes at Brennholt to be replaced in a project of two summers",
    "University opens a new marine research station on the island of Hellsø",
    "Cycle path between Norby and Ostvik finally opens after longer delays",
]
LISTS = [("Most read", MOST_READ), ("More from the Valdmark Courier", VALDMARK), ("Related", RELATED)]

NAMES_WRAPPED = (
    "Elena Varga, the first officer of the Calder Rose, told the board that\n"
    "Captain Tomas Brenner had ordered the ferry out of Portmere on time and\n"
    "Ingrid Halvorsen of the coastguard described how the lifeboats reached\n"
    "Marek Olsen, the harbour pilot, within twenty minutes of his call for help\n"
    "From the bridge, as the fog closed over the outer channel of the bay.\n"
)
