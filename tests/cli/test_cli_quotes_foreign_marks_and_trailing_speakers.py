"""`quotes --json` on the quote probe of acceptance report t13n (one Reuters-style article and two
PAP-style ones about an invented explosion in Alcobrena, Portugal; F18, F26): Polish „…” quotes and
'…' close and are credited (they swallowed "said consul Małgorzata Świątek", the speaker lost),
a trailing speaker after a firm's "S.A." and a job title speaks ('"…," Sorvena Químicos S.A. chief
executive Ricardo Sá Pereira told reporters.' was unattributed), and "Women from the Bairro do Sol
neighbourhood said …" is an unattributed statement (it was dropped). The probe's files verbatim,
then invented variants in a fourth."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "q1.txt": (
        "Alcobrena plant director defends safety record\n\n"
        "LISBON, May 6 (Reuters) - The director of the Quimibral plant defended its safety record on Wednesday.\n\n"
        '"We followed every rule, every single day," said the plant\'s director, João Galvão Simões.\n\n'
        "According to the mayor, Maria da Conceição Fernandes, the town will sue the company.\n\n"
        'Residents said they no longer trusted the company. "We want the plant closed," one resident said.\n\n'
        "Workers at the plant said they had been told to keep working after the alarm sounded.\n\n"
        "Women from the Bairro do Sol neighbourhood said they would march on Saturday.\n\n"
        "The Nowak family said the company had not contacted them.\n\n"
        '"It was a tragedy that nobody could have foreseen," Sorvena Químicos S.A. chief executive Ricardo Sá Pereira told reporters.\n\n'
        'Simões, 58, said he would cooperate with prosecutors. "I have nothing to hide," he added.\n'
    ),
    "q2.txt": (
        "Polish consul visits Alcobrena\n\n"
        "KATOWICE, May 6 (PAP) - The Polish consul in Lisbon visited the site of the explosion on Wednesday.\n\n"
        '„We will bring Tomasz home," said consul Małgorzata Świątek.\n\n'
        "«Não esquecemos», disse o presidente da câmara. «We will not forget,» the mayor, Maria da Conceição Fernandes, told Polish journalists.\n\n"
        "'Everyone here knew him,' Grzegorz Kołodziej said.\n\n"
        "Kołodziej added that Wisłostal would review its contracts abroad.\n\n"
        'The plant\'s director, speaking to Lusa, said: "The valve was replaced in April."\n'
    ),
    "q3.txt": (
        "Consul in Alcobrena\n\n"
        "KATOWICE, May 6 (PAP) - The Polish consul visited the site on Wednesday.\n\n"
        "„We will bring Tomasz home”, said consul Małgorzata Świątek.\n\n"
        "„He was a good man” – Paweł Wójcik said.\n"
    ),
    "q4.txt": "Consul in Tomar\n\nLISBON, May 7 (PAP) - The Czech consul visited the town on Thursday.\n\n"
    "„Nikdo nás nevaroval”, said consul Jiří Dvořák.\n\n"
    "‚We will stay until the end‘ – Hana Procházková told reporters.\n\n"
    '"Every tank was inspected," Tejo Químicos Lda. safety director Rui Pedro Antunes said on Thursday.\n\n'
    "Shopkeepers from the Rua da Prata area said their windows were blown out.\n",
}


def quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_the_probes_quotes_are_credited(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes(tmp_path, capsys)
    said = {(s["name"], q["doc"], q["kind"], q["text"]) for s in data["speakers"] for q in s["quotes"]}
    assert {
        ("Małgorzata Świątek", "q2", "direct", "We will bring Tomasz home"),
        ("Małgorzata Świątek", "q3", "direct", "We will bring Tomasz home"),
        ("Paweł Wójcik", "q3", "direct", "He was a good man"),
        ("Grzegorz Kołodziej", "q2", "direct", "Everyone here knew him"),
        ("Ricardo Sá Pereira", "q1", "direct", "It was a tragedy that nobody could have foreseen"),
        ("Jiří Dvořák", "q4", "direct", "Nikdo nás nevaroval"),
        ("Hana Procházková", "q4", "direct", "We will stay until the end"),
        ("Rui Pedro Antunes", "q4", "direct", "Every tank was inspected"),
    } <= said
    unattributed = {(q["doc"], q["text"]) for q in data["unattributed"]}
    assert ("q1", "they would march on Saturday") in unattributed
    assert ("q4", "their windows were blown out") in unattributed
    # no quote swallows its attribution
    every = [q["text"] for s in data["speakers"] for q in s["quotes"]] + [q["text"] for q in data["unattributed"]]
    assert not any(mark in text for text in every for mark in "„”'‚‘")
