"""One measure is one row: two rows of one kind (no named measure) that a figure links, by the same
value or as a strongly shared different value, are one fact, whatever order the articles come in
(#16, t13z H2: `duration agree 48 hours` and `duration agree 36 hours` beside each other hid a 36 h
vs 48 h disagreement; `amount (USD) agree $4.5 million` twice)."""

from __future__ import annotations

from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _rows(facts: list[Fact], label: str) -> list[Fact]:
    return [f for f in facts if f.label == label]


def _labels_unique(facts: list[Fact]) -> None:
    labels = [f.label for f in facts if f.sources > 1]
    assert len(labels) == len(set(labels)), labels


# The reported input (t13z repro v3, shortened): a live blog, a wire, a radio item, a fact box.
LEDGER = 'The Daily Ledger · Live · 12 March 2026\n\nKey events\nShow key events only\nPlease turn on JavaScript to use this feature\n\n08.10 GMT\nGood morning. Velmont General Hospital in Kesterbridge says it has been hit by a serious IT incident overnight. Ambulances are being diverted.\n\n09.45 GMT\nThe trust now says 40 ambulances have been diverted so far. Its chief executive Miriam Okafor called it "a deliberate criminal attack".\n\n12.30 GMT\nThe number of diverted ambulances has risen to 65, a trust spokesperson said.\n\n15.20 GMT\nPolice say the hackers are demanding 4.5 million dollars. Detective Superintendent Jonas Pellworth said: "We have a strong lead on who is behind this."\n\n17.55 GMT\nThe trust says 80 ambulances have now been diverted and that systems may be down for 48 hours. Health Minister Aurelia Stanning said the government would "stand behind Velmont every step of the way".'
WIRE = 'KESTERBRIDGE, March 12, 2026 (Nordwire) - A ransomware attack crippled computer systems at Velmont General Hospital in Kesterbridge on Thursday, forcing staff to divert 40 ambulances to neighbouring hospitals and cancel between 120 and 150 planned operations, officials said.\n\nThe attackers demanded a ransom of $4.5 million in bitcoin, according to a police official who asked not to be named because the investigation is ongoing.\n\n"We will not pay criminals who put patients at risk," said Miriam Okafor, chief executive of the Velmont Health Trust.\n\nAbout 70% of the hospital\'s clinical systems were offline by midday, the trust said. Detective Superintendent Jonas Pellworth said the attack began at 03:40 local time and that his officers were working with the National Cyber Security Centre.\n\nHealth Minister Aurelia Stanning told reporters the outage could last 36 hours. "Patient safety comes first, and every emergency will still be treated," she said.\n\nA spokesperson for the National Cyber Security Centre said the group behind the attack, known as GreyLantern, had hit two other European hospitals this year.\n\nReporting by Tove Lindqvist; Editing by Mark Heron'
RADIO = 'Health Minister Aurelia Stanning said on Thursday evening that Velmont General Hospital\'s systems should be back within 48 hours. "The engineers are working through the night," Stanning said.\n\nThe hospital has diverted 80 ambulances and cancelled 150 operations.'
BOX = '# What happened\n\nAttackers encrypted the systems of [Velmont General Hospital](https://velmont.example/hospital) early on **Thursday**. The hospital says 70 per cent of its clinical systems were affected.\n\n## The ransom\n\nThe gang asked for **$ 4.5 mln** in cryptocurrency, according to [Nordwire](https://nordwire.example). Security researcher Ines Halvorsen said the group "usually leaks data within a week".\n\n- Ambulances diverted: 80\n- Operations cancelled: about 150\n- Records at risk: 1.2 million\n\n"Hospitals are soft targets because they cannot afford downtime," Halvorsen said.\n\n| Figure | Value |\n|---|---|\n| Ransom | $4.5m |\n| Outage | 36 hours |'


def test_reported_durations_one_row_that_disagrees() -> None:
    facts = sheet(LEDGER, WIRE, RADIO, BOX)
    rows = _rows(facts, "duration")
    assert len(rows) == 1, [(f.label, [v.display for v in f.values]) for f in rows]
    assert rows[0].status == "disagree"
    assert {v.display for v in rows[0].values} == {"48 hours", "36 hours"}


def test_durations_in_another_order_of_articles() -> None:
    # the same four accounts, the box and the radio item first: one row whatever the order
    facts = sheet(BOX, RADIO, WIRE, LEDGER)
    rows = _rows(facts, "duration")
    assert len(rows) == 1 and rows[0].status == "disagree"


def test_variant_closure_days() -> None:
    # another story, other names and units: a rail line shut for 10 or 14 days
    a = (
        "Signallers at Harwick Junction walked out at dawn. The operator says 12 trains have been cancelled "
        "and that the line may be closed for 14 days. Transport Secretary Lena Forsby said the government "
        "would back the operator all the way."
    )
    b = (
        "About 40% of the network's signals failed by noon, the operator said. Inspector Raul Menk said the "
        "fault began at 04:10 and that engineers were checking every relay.\n\n"
        'Transport Secretary Lena Forsby told reporters the closure could last 10 days. "Passengers come first," she said.'
    )
    c = (
        "Transport Secretary Lena Forsby said on Friday evening that the Harwick line should reopen within 14 days. "
        '"The crews are working through the weekend," Forsby said.'
    )
    d = "Signals failed across the network.\n\n| Figure | Value |\n|---|---|\n| Closure | 10 days |"
    facts = sheet(a, b, c, d)
    # (labelled by what lasts since s36-qa: "closed for 14 days", "the closure could last 10 days")
    rows = _rows(facts, "closure duration")
    assert len(rows) == 1, [[v.display for v in f.values] for f in rows]
    assert rows[0].status == "disagree"


def test_variant_same_amount_two_chains() -> None:
    # one ransom of $4.5 million in five accounts, linked in two chains: one row
    a = "Hackers demanded a ransom of $4.5 million, police said. Detective Jonas Pellworth said the inquiry was moving fast."
    b = "The attackers put a price of 4.5 million US dollars on the stolen hospital data, putting patients at risk."
    c = "Police say the hackers are demanding 4.5 million dollars. Detective Jonas Pellworth said: we have a lead."
    d = "The gang asked for $4.5 million in cryptocurrency, according to a wire report."
    e = "The attackers demanded $4.5 million from the hospital, putting patients at risk, an official who asked not to be named said."
    facts = sheet(a, b, c, d, e)
    money = [f for f in facts if f.values[0].kind == "money"]
    assert len(money) == 1, [(f.label, [v.doc for v in f.values]) for f in money]
    assert money[0].sources == 5
    _labels_unique(facts)
