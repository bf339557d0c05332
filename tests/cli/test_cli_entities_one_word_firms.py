"""A one-word airline or firm no list knows is one organisation in every article of a corpus that
writes it: its own press release ("X confirms that", "X is cooperating"), a wire story ("who has
flown for X", "X said it would pay"), a short item ("A X jet"), and an article naming it with no
cue at all, by the corpus pass (t13ad N10: "Nordair" was no entity in most of them, ``who:Nordair``
found none, the matrix showed "·"). The reported corpus (t13ad repro v8) and variants of other
names and trades, run through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_V8 = {
    "nordwire-0303.txt": "{f} jet makes emergency landing at Stavenholm after engine fire\n\n"
    "STAVENHOLM, March 3, 2026 (Nordwire) - A {f} passenger jet carrying 182 passengers and six crew made an "
    "emergency landing at Stavenholm airport on Tuesday after one of its engines caught fire shortly after "
    "take-off, the airline said.\n\n"
    "Flight NR418 from Kelvik to Porto Marena turned back 22 minutes into the flight, when it was climbing "
    "through 35,000 feet. Nine people were injured during the evacuation, airport officials said.\n\n"
    "Captain Marit Eskeland, 52, who has flown for {f} for 21 years, declared an emergency at 08:14 local "
    "time, according to the Civil Aviation Authority.\n\n"
    "{f} said it would pay each passenger €600 in compensation. Its shares fell 4.5% in Stavenholm trading.\n\n"
    "Reporting by Ola Vik; Editing by Sara Lind\n",
    "press-release.txt": "FOR IMMEDIATE RELEASE\n{f} statement on flight NR418\n"
    "STAVENHOLM, 3 March 2026 - {f} confirms that flight NR418 from Kelvik to Porto Marena returned to "
    "Stavenholm airport this morning following an engine fire warning.\n"
    "All 184 passengers and 6 crew members left the aircraft. Eleven passengers received treatment for "
    "minor injuries.\n"
    '"I want to thank our crew, who acted with great professionalism," said Rolf Agdestein, chief executive '
    "of {f}.\n"
    "Every passenger on the flight will receive compensation of EUR 600.\n"
    "{f} is cooperating fully with the Civil Aviation Authority.\n"
    "About {f}\n"
    "{f} is a regional airline based in Kelvik, flying to 42 destinations with a fleet of 31 aircraft.\n"
    "Media contact\npress@{low}.example | +47 555 01 234\n###\n",
    "short.txt": "{f} jet lands after engine fire\n\n"
    "A {f} jet with 182 passengers made an emergency landing at Stavenholm. Nine people were injured, "
    "airport officials said.\n",
}
# An article naming the firm with no cue of its own: the corpus's other article types it.
_UNCUED = {
    "a.txt": "Operator to pay passengers\n\nKELVIK, March 4, 2026 (Nordwire) - {f} said it would pay each "
    "passenger 600 euros after the emergency stop on Tuesday.\n",
    "b.txt": "Stranded travellers fume\n\nPassengers stranded at the terminal on Tuesday said {f} had left "
    "them without food or news for six hours. One traveller, Eva Lunde, said she would never book with {f} again.\n",
}


def _run(capsys: pytest.CaptureFixture[str], root: Path, ix: Path, *args: str) -> dict[str, object]:
    code = main(["--corpus", str(root), "--index-dir", str(ix), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return dict(json.loads(out))


def _write(root: Path, files: dict[str, str], firm: str) -> None:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text.format(f=firm, low=firm.lower()), encoding="utf-8")


@pytest.mark.parametrize(("files", "docs"), [(_V8, {"nordwire-0303", "press-release", "short"}), (_UNCUED, {"a", "b"})])
@pytest.mark.parametrize("firm", ["Nordair", "Fjellfly", "Ostrail"])  # the reported airline, then others
def test_a_one_word_firm_is_one_organisation_in_every_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, firm: str, files: dict[str, str], docs: set[str]
) -> None:
    root = tmp_path / "c"
    _write(root, files, firm)
    ix = tmp_path / "ix"
    entities = _run(capsys, root, ix, "entities")["entities"]
    found = [e for e in entities if e["name"] == firm]  # type: ignore[union-attr]
    assert [e["type"] for e in found] == ["ORG"], entities
    assert {m["doc"] for m in found[0]["mentions"]} == docs, found
    assert _run(capsys, root, ix, "search", f"who:{firm}")["total"] == len(docs)
