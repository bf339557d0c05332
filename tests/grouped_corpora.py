"""Small corpora whose articles get entities from the corpus grouping of names that their own
entity lists lack (issue 13, t13c faults 1-2), shared by the CLI and TUI tests of it: the
tester's reported input (/work/s19/t13c/c1, their own articles: "Sorvaag" alone in
northern-post-03 is Ingrid Sorvaag named in full elsewhere; "Portmere" a place typed only in
other articles; "Kestrel Hydro" the firm "Kestrel Hydro Holdings"), and two invented variants:
a place typed only in another article, and a firm named by its leading words."""

from __future__ import annotations

from pathlib import Path

REPORTED = {
    "daily-ledger-02.md": "---\n"
    'title: "Portmere evacuates thousands after barrier breach"\n'
    "outlet: Daily Ledger\n"
    "date: 2026-03-14T11:30:00Z\n"
    "---\n"
    "# Portmere evacuates thousands\n\n"
    "Officials in **Portmere** ordered about 3,400 people to leave low-lying streets on Saturday "
    "after a barrier gave way.\n\n"
    'Kestrel Hydro, the contractor, blamed "exceptional pressure" for the failure. A spokesman for '
    "Kestrel Hydro said the company would pay for repairs.\n\n"
    'Ingrid Sorvaag, who leads the council, called the failure "unacceptable". At least 14 people '
    "were injured.\n\n"
    "Damage could reach €55 million, the insurer Maribel Re estimated.\n\n"
    "Related: [Storm season begins](https://dailyledger.example/storm)\n",
    "gazette-05.md": "---\n"
    "title: Who pays for the Dalle barrier?\n"
    "outlet: Lorne Gazette\n"
    "date: 2026-03-16T15:00:00Z\n"
    "---\n"
    "Kestrel Hydro Holdings faces claims of up to €55 million after the Dalle barrier failed.\n\n"
    "Portmere Council met in emergency session. Council leader Ingrid Sorvaag said the town would "
    "seek damages from Kestrel Hydro Holdings.\n\n"
    "Oskar Brannlund, chief executive of Kestrel Hydro Holdings, said the firm would cooperate. "
    "Brannlund added that 14 people were hurt.\n",
    "harbor-wire-01.md": "---\n"
    "title: Flood barrier fails at Portmere as river peaks\n"
    "outlet: Harbor Wire\n"
    "date: 2026-03-14T08:10:00Z\n"
    "url: https://harborwire.example/portmere-flood\n"
    "---\n"
    "PORTMERE, March 14 (Harbor Wire) - A flood barrier on the river Dalle failed early on "
    "Saturday, forcing 3,600 residents from their homes, Portmere Council said.\n\n"
    'Council leader Ingrid Sorvaag said the barrier had been inspected in January. "We were told '
    'it would hold for a century," Sorvaag said.\n\n'
    "The barrier was built by Kestrel Hydro Holdings, which said engineers were on site. Kestrel "
    "Hydro Holdings shares fell 12 percent in Oslo.\n\n"
    "At least 12 people were injured, according to the regional health service. Damage was "
    "estimated at €40 million.\n\n"
    "Emergency crews from Vantby and Lorne joined the effort by midday.\n",
    "northern-post-03.txt": "Barrier contractor under scrutiny after Portmere breach\n\n"
    "By Tomas Leck, Northern Post\n"
    "March 15, 2026 09:00\n\n"
    "The mayor's office in Portmere has asked Kestrel Hydro to publish its inspection reports.\n\n"
    "Sorvaag told reporters that the 3,600 residents evacuated could return within a week.\n\n"
    "Kestrel, which built barriers in Vantby and Lorne, said its designs met every standard. The "
    "company's chief executive, Oskar Brannlund, apologised for the disruption.\n\n"
    "At least 12 people were injured and €45 million of damage was done, officials said.\n",
    "coast-radio-04.txt": "Residents return to riverside streets\n\n"
    "Coast Radio\n"
    "March 16, 2026\n\n"
    "Families began returning to homes along the Dalle on Monday as water levels fell.\n\n"
    "Volunteers handed out blankets at the sports hall. A school reopened in the afternoon.\n\n"
    "The weather service said no more heavy rain was expected this week.\n",
}
# A place the recogniser types in one article only: "**Brisholm** residents" is that place.
PLACE = {
    "a-wire.txt": "Ferry service halted at Brisholm\n\nTidewater Wire\nApril 2, 2026\n\n"
    "Ferries between Brisholm and the mainland stopped on Thursday after a pier cracked, the "
    "harbour office in Brisholm said.\n\nInspectors will visit the pier on Friday.\n",
    "b-post.txt": "Islanders wait for repairs\n\nCoastal Post\nApril 3, 2026\n\n"
    "**Brisholm** residents queued for hours at the only shop still open.\n\n"
    '"We have bread for two days," a shopkeeper said. Repairs could take a month.\n',
    "c-radio.txt": "Weather clears over the coast\n\nCoast Radio\nApril 3, 2026\n\n"
    "Skies cleared on Friday and winds dropped, forecasters said.\n",
}
# A firm named in full in one article, by its leading words in another.
FIRM = {
    "a-desk.txt": "Turbine maker wins harbour contract\n\nBusiness Desk\nMay 4, 2026\n\n"
    "Lindqvist Marine Holdings won a contract to supply four turbines to the port, Lindqvist "
    "Marine Holdings said on Monday. Shares of Lindqvist Marine Holdings rose 3 percent.\n",
    "b-daily.txt": "Port picks turbine supplier\n\nThe Daily\nMay 5, 2026\n\n"
    "Lindqvist Marine said the turbines would be delivered next spring. A spokesman for Lindqvist "
    "Marine said the price was not disclosed.\n",
    "c-radio.txt": "Rain expected\n\nCoast Radio\nMay 5, 2026\n\n"
    "Heavy rain is expected over the weekend, forecasters said.\n",
}


def write(root: Path, files: dict[str, str]) -> Path:
    """``files`` written into ``root`` (made), which is returned."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root
