"""Corpora of a firm, a town and a person sharing a word across articles (tester report t13i F3,
F8, F9; round s24-c), for ``tests/cli/test_cli_firm_town_surname_t13i.py`` and
``tests/tui/test_entity_panel_firm_town_surname.py``. Each list's first corpus is the tester's (its
sentences); the other two are invented.

- ``TOWNS``: (files, firm, town, the docs naming the firm, docs naming only the town);
- ``SURNAMES``: (files, person, firm): a names the person in full, b only the firm, c both (the
  lone surname), d the lone surname alone;
- ``LEADING``: (files, firm, its leading word, whether c's statement is "said"): c writes the
  firm's leading word alone as its subject."""

from __future__ import annotations

TOWNS: list[tuple[dict[str, str], str, str, list[str], list[str]]] = [
    (  # reported (fire/ corpus, its sentences)
        {
            "local.txt": "Plant fire\n\nKvalsund Polymers AS, the neighbouring plant, said its own tanks were "
            "undamaged. Kvalsund Polymers also said it had sent staff home.\n",
            "union.txt": "Industry union on the Kvalsund fire\n\nKvalsund Polymers Ltd said its workers would "
            "be paid during the closure.\n",
            "finans.txt": "Tennfjord shares slide after Kvalsund fire\n\nExperts said the market was nervous.\n",
            "voices.txt": "Voices from Kvalsund\n\nExperts warned that the ground water was at risk.\n",
            "press.txt": "Update\n\nTennfjord Chemicals AS today confirmed that the fire at its Kvalsund plant "
            "has been extinguished.\n",
            "wire.txt": "Fire update\n\nKVALSUND, Norway, April 13 (Nordwire) - The sirens sounded at intervals.\n",
        },
        "Kvalsund Polymers AS",
        "Kvalsund",
        ["local", "union"],
        ["finans", "voices"],
    ),
    (  # invented: a blaze in the firm's own article's headline, "residents near", "families from", a dateline
        {
            "a.txt": "Energy firm\n\nBrattvik Energi AS said the turbines were shut down.\n",
            "b.txt": "Brattvik blaze under control\n\nBrattvik Energi Ltd said the smoke was not toxic.\n",
            "f.txt": "Indoors\n\nResidents near Brattvik were told to stay indoors.\n",
            "c.txt": "Blaze out\n\nThe Brattvik blaze was put out at dawn.\n",
            "d.txt": "Night in the school\n\nFamilies from Brattvik slept in the school gym.\n",
            "e.txt": "Smoke\n\nBRATTVIK, Norway, May 2 (Nordwire) - Smoke rose over the fjord.\n",
        },
        "Brattvik Energi AS",
        "Brattvik",
        ["a", "b"],
        ["c", "d", "f"],
    ),
    (  # invented: no dateline; "in X", "the X area", "X explosion"
        {
            "a.txt": "Valves\n\nSolheim Kjemi ASA said the valves held.\n",
            "b.txt": "Pay\n\nSolheim Kjemi Ltd paid the workers after the Solheim explosion.\n",
            "e.txt": "Shops\n\nShops in Solheim stayed shut.\n",
            "c.txt": "Tests\n\nWater in the Solheim area was tested on Friday.\n",
            "d.txt": "Valley\n\nThe Solheim explosion shook the valley.\n",
        },
        "Solheim Kjemi ASA",
        "Solheim",
        ["a", "b"],
        ["c", "d", "e"],
    ),
]


SURNAMES: list[tuple[dict[str, str], str, str]] = [
    (  # reported (/tmp/h13i/s5)
        {
            "a.txt": "Notes A\n\nEngineer Solfrid Tveter inspected the tanks on Monday.\n",
            "b.txt": "Notes B\n\nTveter Bygg AS built the tank farm in 2004. Tveter Bygg said it followed the drawings.\n",
            "c.txt": "Notes C\n\nTveter said she had warned the council twice.\n\nTveter Bygg Ltd declined to comment.\n",
            "d.txt": "Notes D\n\nTveter said she would testify.\n",
        },
        "Solfrid Tveter",
        "Tveter Bygg AS",
    ),
    (  # invented: a doctor; the firm's bare core in its own article
        {
            "a.txt": "Ward\n\nDoctor Ingrid Hauge treated the workers on Monday.\n",
            "b.txt": "Road\n\nHauge Anlegg AS built the road in 2010. Hauge Anlegg said it used the right gravel.\n",
            "c.txt": "Burns\n\nHauge said she had seen the burns.\n\nHauge Anlegg Ltd declined to comment.\n",
            "d.txt": "Inquiry\n\nHauge said she would speak to the inquiry.\n",
        },
        "Ingrid Hauge",
        "Hauge Anlegg AS",
    ),
    (  # invented: "he", "told", an apposition for the job
        {
            "a.txt": "Valves\n\nTor Lunde, an electrician, checked the valves on Sunday.\n",
            "b.txt": "Cables\n\nLunde Elektro ASA wired the plant. Lunde Elektro said the cables were new.\n",
            "c.txt": "Fault\n\nLunde said he had reported the fault.\n\nLunde Elektro Ltd did not answer.\n",
            "d.txt": "Regrets\n\nLunde told reporters he had no regrets.\n",
        },
        "Tor Lunde",
        "Lunde Elektro ASA",
    ),
]


LEADING: list[tuple[dict[str, str], str, str, bool]] = [
    (  # reported (/tmp/h13i/s2)
        {
            "a.txt": "Firm notes\n\nOsterby Pumps AS made the pumps. Osterby Pumps sold them to the plant.\n",
            "b.txt": "Firm notes two\n\nOsterby Pumps Ltd said the pumps were fine.\n",
            "c.txt": "Firm notes three\n\nOsterby said the warranty still applied.\n",
            "d.txt": "Firm notes four\n\nOsterby Pumps said the seals were replaced.\n",
        },
        "Osterby Pumps AS",
        "Osterby",
        True,
    ),
    (  # invented: "told"
        {
            "a.txt": "Seals\n\nBrenna Pumper AS made the seals. Brenna Pumper sold them to the yard.\n",
            "b.txt": "Yard\n\nBrenna Pumper Ltd said the seals were fine.\n",
            "c.txt": "Inquiry\n\nBrenna told the inquiry the seals had been tested twice.\n",
        },
        "Brenna Pumper AS",
        "Brenna",
        False,
    ),
    (  # invented: a firm's verb that is no speech
        {
            "a.txt": "Beams\n\nKvitberg Stal ASA rolled the beams.\n",
            "b.txt": "Sound\n\nKvitberg Stal said the beams were sound.\n",
            "c.txt": "Standard\n\nKvitberg supplied the beams in 2019, and the inspectors passed them.\n",
        },
        "Kvitberg Stal ASA",
        "Kvitberg",
        False,
    ),
]
