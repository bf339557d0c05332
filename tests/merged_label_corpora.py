"""Corpora where a name one article types a person is merged into a firm the corpus names (t13ay
N6): the reader's tints, legend and entity panel must all give it the firm's label.

Reported (/work/s53/t13ay/corpus, shortened): "Halvard Grid" typed a person in the wire and the
opinion piece, a firm in the live blog ("Halvard Grid chief executive Ingrid Solvang says"); the
entity panel listed it under Organisation while its mentions were tinted as a Person and the
legend lacked Organisation. Variants (invented): other firms named with a given name first, in
other wording."""

from __future__ import annotations

# file name → text
REPORTED = {
    "nordwire.txt": (
        "Blackout hits 380,000 in Valmora after substation fire\n\n"
        "VALMORA, January 14 (Nordwire) - A fire at a high-voltage substation cut power to around "
        "380,000 customers in the Valmora region on Tuesday evening, officials said.\n\n"
        "The fire at Halvard Grid's Kessmoor substation started shortly before 17:45 local time, the "
        "city fire service said.\n\n"
        "Halvard Grid said it believed the fire was caused by a failed bushing on a transformer.\n"
    ),
    "drenfeld-live.txt": (
        "LIVE: Valmora blackout - latest updates\n\n"
        "10:20 CET - Halvard Grid chief executive Ingrid Solvang says 40,000 customers have been "
        'reconnected. "We will have most homes back by Thursday evening," she said.\n\n'
        "12:05 CET - Regulator chair Tomasz Wierzbicki tells Drenfeld Radio the cause was a cooling "
        "fault that Halvard Grid had known about since November. Halvard Grid denies this.\n\n"
        "17:40 CET - Exactly 24 hours since the fire. Halvard Grid now says 290,000 customers are "
        "still without power.\n"
    ),
    "opinion.txt": (
        "Opinion: Valmora froze because nobody owned the risk\n\n"
        "Halvard Grid's chief executive, Ingrid Solvang, told us on Tuesday night that power would be "
        "back by Thursday evening. It was not.\n\n"
        "Mr Wierzbicki also says Halvard Grid knew about a cooling fault since November.\n"
    ),
}

PULSE = {
    "ledger.txt": (
        "Water cut to 20,000 homes in Brannock\n\n"
        "BRANNOCK, March 3 (Ledger) - A burst main left about 20,000 homes without water on Monday, "
        "officials said.\n\n"
        "The leak at Korvath Pulse's Elmshaw pumping station began before dawn, the fire service said.\n\n"
        "Korvath Pulse said it expected supplies to return by Wednesday.\n"
    ),
    "brannock-live.txt": (
        "LIVE: Brannock water cut - latest\n\n"
        "09:10 GMT - Korvath Pulse chief executive Paula Renwick says 5,000 homes have water again.\n\n"
        "11:30 GMT - Councillor Amos Creed says Korvath Pulse had been warned about the main. Korvath "
        "Water denies this.\n\n"
        "15:00 GMT - Korvath Pulse now says 12,000 homes are still without water.\n"
    ),
    "column.txt": (
        "Comment: Brannock's taps ran dry on a warning nobody heeded\n\n"
        "Korvath Pulse's chief executive, Paula Renwick, promised water by Tuesday. It did not come.\n\n"
        "Councillor Creed also says Korvath Pulse knew about the main for a year.\n"
    ),
}

CREST = {
    "herald.txt": (
        "Ferry stranded off Kelby with 300 aboard\n\n"
        "KELBY, June 9 (Herald) - A ferry with 300 passengers lost power off Kelby on Sunday, the "
        "coastguard said.\n\n"
        "The engine on Ostrava Crest' ferry Mavis failed an hour after it left port, the coastguard "
        "said.\n\n"
        "Ostrava Crest said it would refund every passenger.\n"
    ),
    "kelby-live.txt": (
        "LIVE: Kelby ferry - latest\n\n"
        "14:00 BST - Ostrava Crest chief executive Omar Faleh says tugs have reached the ferry.\n\n"
        "15:20 BST - Harbour master Ruth Mallory says Ostrava Crest was told of the engine fault. "
        "Ostrava Crest denies this.\n\n"
        "18:45 BST - Ostrava Crest now says all 300 passengers are ashore.\n"
    ),
    "letters.txt": (
        "Letters: who answers for the Mavis?\n\n"
        "Ostrava Crest' chief executive, Omar Faleh, told us the ferry was safe. It was not.\n\n"
        "Ms Mallory also says Ostrava Crest knew about the fault for months.\n"
    ),
}

# (corpus, the firm's name, the article opened, the words of its mentions there)
CASES = [
    (REPORTED, "Halvard Grid", "nordwire", ["Grid", "Halvard Grid"]),
    (PULSE, "Korvath Pulse", "ledger", ["Pulse", "Korvath Pulse"]),
    (CREST, "Ostrava Crest", "herald", ["Crest", "Ostrava Crest"]),
]
