"""Quotes' speakers are named as the entity list names them, by the same corpus grouping (tester,
issue #13 N7 leftover, corpus /tmp/t13s16b/dam: ``quotes`` listed "Hydrolyne (Person)" apart from
"Hydrolyne Corp (Organisation)" and called "Okonkwo (Person)" the hydrologist ``entities`` names
"Samuel Okonkwo"). The first corpus holds the reported sentences; the others are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

REPORTED = {
    "reuters.txt": "Dam repairs\n\nHydrolyne Corp, which operates the dam, said repairs would cost €40 million. "
    "Marta Kowalczyk, the company's chief engineer, said the spillway had passed inspection in May.\n",
    "dw.txt": "Dam failure leaves town under water\n\nOkonkwo said the river had been rising for days.\n",
    "guardian.txt": "Questions mount over dam\n\nHydrolyne put the repair bill at €65 million. Engineers had "
    "warned about the ageing spillway, Dr Samuel Okonkwo, a hydrologist, said.\n",
    # (a clause after "warned": since round s50-q "warned of more rain", a noun object alone, is no
    # statement, issue #16; the speaker is what this file tests)
    "courier.txt": "Veldhaven counts the cost\n\nNine people died. Hydrolyne said repairs would cost €40 million. "
    "Okonkwo warned that more rain would come.\n",
}
FERRY = {
    "a.txt": "Ferry strike\n\nBrevik Lines Ltd said talks would resume on Monday. Union leader Ada Lindqvist said "
    "workers were ready to strike.\n",
    "b.txt": "Strike talks\n\nLindqvist said the offer was too low. Brevik Lines said it would not raise it.\n",
}
MINE = {
    "a.txt": "Mine flooded\n\nKarbomex Corp said no one was hurt. Mayor Petr Hrubec said the town was shaken.\n",
    "b.txt": "Mine reopens\n\nKarbomex said the shaft would reopen on Friday. Hrubec said the town was relieved.\n",
}


def speakers(capsys: pytest.CaptureFixture[str], root: Path, files: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    """Each speaker's name → (type, the docs quoting them)."""
    root.mkdir(exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "quotes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {s["name"]: (s["type"], sorted({q["doc"] for q in s["quotes"]})) for s in json.loads(out)["speakers"]}


@pytest.mark.parametrize(
    ("files", "name", "label", "docs", "not_named"),
    [
        (REPORTED, "Hydrolyne Corp", "ORG", ["courier", "reuters"], "Hydrolyne"),
        (REPORTED, "Samuel Okonkwo", "PERSON", ["courier", "dw"], "Okonkwo"),
        (FERRY, "Brevik Lines Ltd", "ORG", ["a", "b"], "Brevik Lines"),
        (FERRY, "Ada Lindqvist", "PERSON", ["a", "b"], "Lindqvist"),
        (MINE, "Karbomex Corp", "ORG", ["a", "b"], "Karbomex"),
        (MINE, "Petr Hrubec", "PERSON", ["a", "b"], "Hrubec"),
    ],
)
def test_a_speaker_is_the_entity_the_entity_list_names(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    files: dict[str, str],
    name: str,
    label: str,
    docs: list[str],
    not_named: str,
) -> None:
    found = speakers(capsys, tmp_path / "c", files)
    assert found.get(name) == (label, docs), found
    assert not_named not in found, found
