"""`waic-reader facts --json` over the tester's five articles (issue #16, t13x F14, repro v24) and
a variant corpus of my own: who pays money given is its clause's subject, "The company will contribute
EUR 40 million" the release's firm's pledge, "The governor has released forty million euros" the
government's; two payers never share a row, and the firm's pledge reported by two outlets is no
single source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fact_corpora import write

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

# the tester's files as they were (/work/s34/t13x/repro/v24)
REPORTED = {
    "courier.htm": (
        "<html>\n"
        "<head><title>Kellby Courier - Online</title></head>\n"
        '<body bgcolor="#ffffff">\n'
        '<table width="100%" border="0">\n'
        '<tr><td colspan="2"><font size="5" face="Arial"><b>Kellby Courier</b></font><br><font size="1">Your town, your news since 1921</font></td></tr>\n'
        "<tr>\n"
        '<td width="20%" valign="top"><font size="2"><a href="/">Front page</a><br><a href="/local">Local</a><br><a href="/sport">Sport</a><br><a href="/obits">Obituaries</a><br><a href="/classifieds">Classifieds</a></font></td>\n'
        '<td valign="top">\n'
        '<font face="Times" size="4"><b>NINE DEAD, TOWN UNDER WATER</b></font><br>\n'
        '<font size="2">Posted: Mar 9, 2026</font><br><br>\n'
        '<font size="3">Nine people were confirmed dead on Monday afternoon after the Velmora dam gave way above Kellby, the sheriff\'s office said.<br><br>\n'
        '"We have never seen anything like it," said Sheriff<br>Tom Delaney, who led the search in the lower town.<br><br>\n'
        "Water rose to 10 feet in Market Street. The town is 7.5 miles below the dam.<br><br>\n"
        "Those missing are:<br>\n"
        "Erik Holm, 71<br>\n"
        "Greta Sandvik, 64<br>\n"
        "Jonas Sandvik, 66<br><br>\n"
        "The governor has released forty million euros in emergency aid.</font>\n"
        "</td>\n"
        "</tr>\n"
        '<tr><td colspan="2"><font size="1">Copyright 2026 Kellby Courier. Site by Webworks.</font></td></tr>\n'
        "</table>\n"
        "</body>\n"
        "</html>\n"
    ),
    "gazette.txt": (
        "Velmora dam failure leaves Kellby counting its dead\n"
        "\n"
        "March 9, 2026 | By Sofie Lund\n"
        "\n"
        "    Rescue crews worked through the afternoon in the flooded lower town of\n"
        "Kellby on Monday, where seven people were confirmed dead after the Velmora\n"
        "dam failed in the early hours, the regional crisis office said.\n"
        "    Officials said 20 people were still missing and that about 3,600\n"
        "residents had been moved to schools and sports halls in neighbouring\n"
        "villages. The crisis office warned that the number of dead could rise.\n"
        "    The dam's operator, Norvane Hydro Holdings, said its engineers were at\n"
        "the site. Its chief executive Pieter Vandermolen told the Gazette the\n"
        'company would "not hide from its responsibility".\n'
        "    According to Governor Ilsa Brannock, the evacuation of Kellby was\n"
        "completed by 09:00. Brannock said the regional government would release\n"
        "emergency funds of 40 million euros.\n"
    ),
    "release.txt": (
        "FOR IMMEDIATE RELEASE\n"
        "\n"
        "Norvane Hydro Holdings statement on the Velmora dam\n"
        "\n"
        "DORVIK, 9 March 2026 - Norvane Hydro Holdings is deeply saddened by the failure of the Velmora dam early this morning and by the loss of life in Kellby.\n"
        "\n"
        '"Our thoughts are with the families of the victims. We will not hide from our responsibility," said Pieter Vandermolen, chief executive of Norvane Hydro Holdings.\n'
        "\n"
        "The company will contribute EUR 40 million to a relief fund for the residents of the Ostrand valley and has suspended operations at its two other plants on the river pending inspection.\n"
        "\n"
        "Norvane is cooperating fully with the authorities and the independent inquiry announced by Governor Brannock.\n"
        "\n"
        "About Norvane Hydro Holdings\n"
        "Norvane Hydro Holdings operates six hydroelectric plants in Ostrand and employs 1,200 people. It is listed on the Dorvik stock exchange.\n"
        "\n"
        "Media contact\n"
        "Lena Sund, Head of Communications\n"
        "+47 555 01 234\n"
        "press@norvane.example\n"
        "\n"
        "###\n"
    ),
    "wire0809.txt": (
        "Dam breach floods Ostrand valley town, at least four dead\n"
        "\n"
        "KELLBY, Ostrand, March 9 (Nordwire) - The Velmora dam in the Ostrand valley gave way before dawn on Monday, sending a wall of water into the town of Kellby and killing at least four people, regional officials said.\n"
        "\n"
        "Twenty people were missing and about 3,600 residents had been evacuated from low-lying streets, the regional crisis office said in a statement.\n"
        "\n"
        '"We are doing everything we can to reach the people still trapped," Governor Ilsa Brannock told reporters at the crisis centre in Dorvik. "Nobody should go back to the river until we say it is safe."\n'
        "\n"
        "The dam, 48 metres high and operated by Norvane Hydro Holdings, held back a reservoir about 30 metres deep. Kellby lies 12 kilometres downstream.\n"
        "\n"
        "Rescue chief Mariusz Zieliński said boats had been sent into the flooded centre, where water stood up to 3 metres deep in places.\n"
        "\n"
        'Norvane Hydro said it was "cooperating fully" with investigators. The company\'s shares fell 9 percent in early trading.\n'
        "\n"
        "The regional government released an emergency fund of 40 million euros.\n"
        "\n"
        "Reporting by Katja Lindqvist; Editing by Tom Rivers\n"
        "Our Standards: The Nordwire Trust Principles.\n"
    ),
    "wire1930.txt": (
        "UPDATE 3-Death toll from Ostrand dam breach rises to 11\n"
        "\n"
        "KELLBY, Ostrand, March 9 (Nordwire) - The death toll from the collapse of the Velmora dam rose to 11 on Monday evening, the regional crisis office said, as rescuers searched flooded homes in Kellby.\n"
        "\n"
        "Twenty-three people remained missing. Earlier on Monday officials had said four people were killed.\n"
        "\n"
        'Governor Ilsa Brannock said the breach was "a catastrophe we were warned about" and promised an inquiry into Norvane Hydro Holdings, which runs the dam.\n'
        "\n"
        "Brannock said 3,400 people had spent the night in schools and sports halls.\n"
        "\n"
        'Norvane\'s chief executive Pieter Vandermolen said in a statement that the company would pay €40 million into a relief fund. "We will not hide from our responsibility," Vandermolen said.\n'
        "\n"
        "Engineers had warned in 2023 that the spillway was too small, according to a report seen by Nordwire.\n"
        "\n"
        "Reporting by Katja Lindqvist and Anders Holm; Editing by Tom Rivers\n"
        "Our Standards: The Nordwire Trust Principles.\n"
    ),
}

# variant: other names, other verbs ("donate", "allocated"), a governor speaking of the firm's pledge,
# the firm's articles first
VARIANT = {
    "corpus.yaml": (
        "a.txt:\n  outlet: Harbour Post\n  date: 2026-06-01T08:00+00:00\n"
        "b.txt:\n  outlet: Kestrel Chemicals\n  date: 2026-06-01T09:00+00:00\n"
        "c.txt:\n  outlet: Valley Wire\n  date: 2026-06-01T10:00+00:00\n"
        "d.txt:\n  outlet: Lakeside Times\n  date: 2026-06-02T07:00+00:00\n"
    ),
    "a.txt": (
        "Chemical fire in Sandvik\n\n"
        "The Sandvik plant belongs to Kestrel Chemicals. Governor Ana Ruiz visited it on Saturday.\n\n"
        "Governor Ana Ruiz said the company would pay 3 million dollars into a relief fund.\n"
    ),
    "b.txt": (
        "Kestrel Chemicals statement on the Sandvik fire\n\n"
        "Kestrel Chemicals is deeply saddened by the fire at its Sandvik plant.\n\n"
        "The firm will donate $3 million to a relief fund for the families of the victims.\n"
    ),
    "c.txt": (
        "Sandvik fire: state aid\n\nThe ministry allocated $3 million in emergency aid for the town on Sunday.\n"
    ),
    "d.txt": ("Sandvik counts the cost\n\nThe governor has released three million dollars in emergency aid.\n"),
}


def _pledged(tmp_path: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    corpus = write(tmp_path / "c", files)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {
        f["label"]: sorted(v["doc"] for v in f["values"])
        for f in json.loads(out)["facts"]
        if f["label"].startswith("money pledged")
    }


def test_reported_payers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _pledged(tmp_path, REPORTED, capsys)
    assert rows == {
        "money pledged (the government)": ["courier", "gazette", "wire0809"],
        "money pledged (Norvane Hydro Holdings)": ["release", "wire1930"],
    } or rows == {
        "money pledged (the government)": ["courier", "gazette", "wire0809"],
        "money pledged (Norvane)": ["release", "wire1930"],
    }, rows


def test_variant_payers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _pledged(tmp_path, VARIANT, capsys)
    assert sorted(rows.values()) == [["a", "b"], ["c", "d"]], rows
    assert rows["money pledged (the government)"] == ["c", "d"], rows


# review s34-r item 9 (round s34-q): the firm named in the speaker's own phrase pays what "the firm"
# pledges (was no owner, filed beside the government's)
SPEAKER_FIRM = {
    "a.txt": "Kellby aid\n\nSpeaking in Kellby, Jonas Berg of Larkfield Foods said the firm would donate £1 million "
    "to the families.\n\nThe governor has released £1 million in emergency aid.\n",
    "b.txt": "Larkfield gives\n\nLarkfield Foods will donate £1 million to the families, the company said.\n",
}


def test_a_firm_in_the_speakers_phrase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _pledged(tmp_path, SPEAKER_FIRM, capsys)
    assert rows == {"money pledged (Larkfield Foods)": ["a", "b"], "money pledged (the government)": ["a"]}, rows
