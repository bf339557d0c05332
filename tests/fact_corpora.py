"""Corpora of the fact-sheet report s21-d (#16, a new user's test) and its variants, shared by
the CLI and TUI tests: (a) one count of people taken to hospital, qualified in one outlet, was
two rows; (b) a row whose values agree was drawn with arrows, as a figure that changed.

Each corpus is {file name: text}; articles are Markdown with front matter (outlet, date)."""

from __future__ import annotations

from pathlib import Path


def article(title: str, outlet: str, date: str, body: str) -> str:
    return f"---\ntitle: {title}\noutlet: {outlet}\ndate: {date}\n---\n{body}\n"


# (a) the report: "At least 7 people were taken to hospital" and "9 people were taken to
# hospital", in articles that share little else (so no shared context joined them).
HOSPITAL_REPORTED = {
    "north.md": article(
        "Fire at Kelby chemical plant",
        "Northwire",
        "2025-03-14T07:10:00Z",
        "At least 7 people were taken to hospital, the fire service said on Thursday night.",
    ),
    "gazette.md": article(
        "Smoke over Dunmore",
        "The Gazette",
        "2025-03-14T12:00:00Z",
        "9 people were taken to hospital. Schools in Dunmore stayed shut on Friday morning.",
    ),
}
# variant: three verbs for one count ("rushed to", "hospitalised", "taken to"), and a count of
# those still there ("3 remain in hospital"), which is another count and no value of the row.
HOSPITAL_VERBS = {
    "north.md": HOSPITAL_REPORTED["north.md"],
    "gazette.md": article(
        "Smoke over Dunmore",
        "The Gazette",
        "2025-03-14T12:00:00Z",
        "Ambulance crews said 9 people were rushed to hospital. Schools in Dunmore stayed shut.",
    ),
    "ledger.md": article(
        "Chemical cloud over the estuary",
        "The Ledger",
        "2025-03-15T09:00:00Z",
        "Health officials said 9 people were hospitalised with breathing problems. 3 people remain in hospital.",
    ),
}
# variant: other qualifiers ("more than", "about") and "treated in hospital"; exact figures that
# conflict (12 and 15) are a disagreement of the one row.
HOSPITAL_CONFLICT = {
    "a.md": article(
        "Coach crash on the A9",
        "Northwire",
        "2025-06-02T08:00:00Z",
        "More than 12 people were taken to hospital after the coach left the road near Dalwhinnie.",
    ),
    "b.md": article(
        "Drivers warned after crash",
        "The Gazette",
        "2025-06-02T10:00:00Z",
        "Police said 12 people were treated in hospital. The road reopened at noon.",
    ),
    "c.md": article(
        "Coach firm questioned",
        "The Ledger",
        "2025-06-02T18:00:00Z",
        "About 15 people were admitted to hospital, the health board said in the evening.",
    ),
}

# (b) agreeing values, each from several outlets, whose dates interleave with another wording
# or a compatible value: the row had read "300 → about 290 → 300".
EVACUATED_INTERLEAVED = {
    "a.md": article(
        "Kelby plant fire",
        "Northwire",
        "2025-03-14T07:10:00Z",
        "300 people were evacuated from streets near the Kelby chemical plant after a fire broke out.",
    ),
    "b.md": article(
        "Kelby blaze",
        "The Gazette",
        "2025-03-14T12:00:00Z",
        "About 290 people were evacuated from streets near the Kelby chemical plant as the fire spread.",
    ),
    "c.md": article(
        "Kelby residents return",
        "The Ledger",
        "2025-03-15T09:00:00Z",
        "The fire at the Kelby chemical plant is out; 300 people were evacuated from nearby streets overnight.",
    ),
}
# variant: every outlet 300, one of them "some 300" between the others
EVACUATED_SAME = {
    "a.md": EVACUATED_INTERLEAVED["a.md"],
    "b.md": article(
        "Kelby blaze",
        "The Gazette",
        "2025-03-14T12:00:00Z",
        "Some 300 people were evacuated from streets near the Kelby chemical plant as the fire spread.",
    ),
    "c.md": EVACUATED_INTERLEAVED["c.md"],
    "d.md": article(
        "Kelby plant reopens",
        "The Post",
        "2025-03-16T09:00:00Z",
        "All 300 people who were evacuated from streets near the Kelby chemical plant are home.",
    ),
}
# variant: one distance in two units ("40 km", "25 miles"): the same value, no change
DISTANCE_UNITS = {
    "a.md": article(
        "Quake shakes Oresund",
        "Northwire",
        "2025-05-01T06:00:00Z",
        "The quake struck 40 km north of Oresund City early on Thursday, the institute said.",
    ),
    "b.md": article(
        "Oresund quake",
        "The Gazette",
        "2025-05-01T09:00:00Z",
        "The epicentre was 25 miles north of Oresund City, seismologists said.",
    ),
    "c.md": article(
        "Oresund counts the cost",
        "The Ledger",
        "2025-05-02T09:00:00Z",
        "The quake struck 40 km north of Oresund City, and schools stayed closed.",
    ),
}
# control: a toll that changed is a timeline, with its arrow
TOLL_CHANGED = {
    "a.md": article(
        "Ferry sinks off Halvik",
        "Northwire",
        "2025-03-14T08:00:00Z",
        "12 people were killed when the ferry sank off Halvik.",
    ),
    "b.md": article(
        "Halvik ferry toll rises",
        "The Gazette",
        "2025-03-15T08:00:00Z",
        "14 people were killed when the ferry sank off Halvik.",
    ),
}


def write(root: Path, files: dict[str, str]) -> Path:
    """The corpus ``files`` written to the folder ``root`` (made), returned."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root
