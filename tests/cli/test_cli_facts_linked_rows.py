"""`waic-reader facts --json` (issue #16, t13z H2, H4): one measure is one row. The tester's four
accounts of a hospital outage (repro v3, copied) give one `duration` row that disagrees, 36 hours
against 48, and one `$4.5 million` row; "some 65 per cent" and "70 per cent" (repro v2, copied)
disagree. tests/analysis/test_fact_linked_rows.py and test_fact_approximator_tolerance.py pin the
rules with variants of other stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fact_corpora import write

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

REPRO_V3 = {
    "daily-ledger-live.txt": 'Velmont hospital cyber-attack: live updates\n\nThe Daily Ledger · Live · 12 March 2026\n\nKey events\nShow key events only\nPlease turn on JavaScript to use this feature\n\n08.10 GMT\nGood morning. Velmont General Hospital in Kesterbridge says it has been hit by a serious IT incident overnight. Ambulances are being diverted.\n\n09.45 GMT\nThe trust now says 40 ambulances have been diverted so far. Its chief executive Miriam Okafor called it "a deliberate criminal attack".\n\n12.30 GMT\nThe number of diverted ambulances has risen to 65, a trust spokesperson said.\n\n15.20 GMT\nPolice say the hackers are demanding 4.5 million dollars. Detective Superintendent Jonas Pellworth said: "We have a strong lead on who is behind this."\n\n17.55 GMT\nThe trust says 80 ambulances have now been diverted and that systems may be down for 48 hours. Health Minister Aurelia Stanning said the government would "stand behind Velmont every step of the way".\n',
    "nordwire-0312.txt": 'Hackers cripple Velmont General Hospital, ambulances diverted\n\nKESTERBRIDGE, March 12, 2026 (Nordwire) - A ransomware attack crippled computer systems at Velmont General Hospital in Kesterbridge on Thursday, forcing staff to divert 40 ambulances to neighbouring hospitals and cancel between 120 and 150 planned operations, officials said.\n\nThe attackers demanded a ransom of $4.5 million in bitcoin, according to a police official who asked not to be named because the investigation is ongoing.\n\n"We will not pay criminals who put patients at risk," said Miriam Okafor, chief executive of the Velmont Health Trust.\n\nAbout 70% of the hospital\'s clinical systems were offline by midday, the trust said. Detective Superintendent Jonas Pellworth said the attack began at 03:40 local time and that his officers were working with the National Cyber Security Centre.\n\nHealth Minister Aurelia Stanning told reporters the outage could last 36 hours. "Patient safety comes first, and every emergency will still be treated," she said.\n\nA spokesperson for the National Cyber Security Centre said the group behind the attack, known as GreyLantern, had hit two other European hospitals this year.\n\nReporting by Tove Lindqvist; Editing by Mark Heron\n',
    "regional.rss": '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Regional Radio News</title><link>https://rrn.example</link><description>News</description>\n<item><title>Hospital hackers demand millions</title><link>https://rrn.example/news/hospital-hack-ransom.html?utm_source=rss</link><guid>https://rrn.example/news/hospital-hack-ransom.html</guid><pubDate>Thu, 12 Mar 2026 11:00:00 GMT</pubDate>\n<description><![CDATA[<p>Hackers who attacked Velmont General Hospital are demanding $4.5 million, police said. Jonas Pellworth, the detective leading the case, told Regional Radio that the gang was "well known to European police".</p><p>So far 40 ambulances have been turned away.</p>]]></description></item>\n<item><title>Velmont systems back within 48 hours, says minister</title><link>https://rrn.example/news/velmont-minister.html</link><guid>https://rrn.example/news/velmont-minister.html</guid><pubDate>Thu, 12 Mar 2026 19:30:00 GMT</pubDate>\n<description><![CDATA[<p>Health Minister Aurelia Stanning said on Thursday evening that Velmont General Hospital\'s systems should be back within 48 hours. "The engineers are working through the night," Stanning said.</p><p>The hospital has diverted 80 ambulances and cancelled 150 operations.</p>]]></description></item>\n</channel></rss>\n',
    "techwatch.md": '---\ntitle: "**GreyLantern** ransomware: what we know about the _Velmont_ hack"\ndate: 2026-03-13T10:00:00Z\noutlet: TechWatch\nauthor: Lars Eide\ntags: [ransomware, health]\n---\n\n# What happened\n\nAttackers encrypted the systems of [Velmont General Hospital](https://velmont.example/hospital) early on **Thursday**. The hospital says 70 per cent of its clinical systems were affected.\n\n## The ransom\n\nThe gang asked for **$ 4.5 mln** in cryptocurrency, according to [Nordwire](https://nordwire.example). Security researcher Ines Halvorsen said the group "usually leaks data within a week".\n\n- Ambulances diverted: 80\n- Operations cancelled: about 150\n- Records at risk: 1.2 million\n\n"Hospitals are soft targets because they cannot afford downtime," Halvorsen said.\n\n| Figure | Value |\n|---|---|\n| Ransom | $4.5m |\n| Outage | 36 hours |\n',
}

REPRO_V2 = {
    "a.txt": "Hospital hack takes systems offline\n\nKESTERBRIDGE, March 12, 2026 (Nordwire) - Some 65 per cent of clinical systems were down at Velmont General Hospital on Thursday after a cyber-attack, the trust said.\n",
    "b.txt": "Velmont hospital offline\n\nKESTERBRIDGE, March 13, 2026 (Dayline) - The hospital says 70 per cent of its clinical systems were affected by the cyber-attack on Thursday.\n",
}

CLOSURE = {
    "a.txt": (
        "Rail line shut\n\nSignallers at Harwick Junction walked out at dawn. The operator says 12 trains have been "
        "cancelled and that the line may be closed for 14 days. Transport Secretary Lena Forsby said the government "
        "would back the operator all the way.\n"
    ),
    "b.txt": (
        "Signals fail\n\nAbout 40% of the network's signals failed by noon, the operator said. Inspector Raul Menk "
        "said the fault began at 04:10 and that engineers were checking every relay.\n\n"
        'Transport Secretary Lena Forsby told reporters the closure could last 10 days. "Passengers come first," she said.\n'
    ),
    "c.txt": (
        "Line to reopen\n\nTransport Secretary Lena Forsby said on Friday evening that the Harwick line should reopen "
        'within 14 days. "The crews are working through the weekend," Forsby said.\n'
    ),
    "d.md": "# Rail line shut\n\nSignals failed across the network.\n\n| Figure | Value |\n|---|---|\n| Closure | 10 days |\n",
}


def facts(tmp_path: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    corpus = write(tmp_path / "c", files)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return list(json.loads(out)["facts"])


def rows(got: list[dict[str, object]], kind: str) -> list[tuple[object, list[object]]]:
    out = []
    for f in got:
        values = f["values"]
        assert isinstance(values, list)
        if values[0]["kind"] == kind:
            out.append((f["status"], sorted({v["value"] for v in values})))
    return out


@pytest.mark.parametrize(("files", "values"), [(REPRO_V3, [36, 48]), (CLOSURE, [10, 14])], ids=["reported", "closure"])
def test_one_duration_row_that_disagrees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], values: list[int]
) -> None:
    got = [r for r in rows(facts(tmp_path, files, capsys), "duration") if r[0] != "single source"]
    assert got == [("disagree", values)], got


def test_one_ransom_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = [r for r in rows(facts(tmp_path, REPRO_V3, capsys), "money") if r[0] != "single source"]
    assert got == [("agree", [4500000])], got


def test_no_two_shared_rows_share_a_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = facts(tmp_path, REPRO_V3, capsys)
    labels = [f["label"] for f in got if f["status"] != "single source"]
    assert len(labels) == len(set(labels)), labels


def test_some_65_and_70_per_cent_disagree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = rows(facts(tmp_path, REPRO_V2, capsys), "percent")
    assert got == [("disagree", [65, 70])], got


def test_the_share_is_labelled_by_its_whole_noun_phrase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = facts(tmp_path, REPRO_V2, capsys)
    assert [f["label"] for f in got if f["values"][0]["kind"] == "percent"] == ["share of clinical systems"]  # type: ignore[index]
