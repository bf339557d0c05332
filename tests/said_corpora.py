"""Small corpora of speakers the corpus grouping names otherwise in some articles (t13x F12):
"Governor Ilsa Brannock" and the lone "Governor Brannock", "Chiamaka Okafor" and "Ms Okafor", a
minister named by title and surname in two more articles, and two Brannocks the grouping keeps
apart. Used by ``tests/cli/test_cli_said_grouped_speakers.py`` and the Quotes screen's test."""

from __future__ import annotations

from pathlib import Path

BRANNOCK = {
    "wire.txt": 'Dam breach\n\nKELLBY, March 9 (Nordwire) - "We are doing everything we can," '
    "Governor Ilsa Brannock told reporters.\n",
    "blog.txt": "The night the dam broke\n\nKELLBY, March 9 (Valley Watch) - Governor Brannock said on the radio "
    'that "nobody should go back to the river until we say it is safe".\n',
}
OKAFOR = {
    "wire.txt": 'Bridge closed\n\nLAGOS, May 2 (Coastwire) - "We will rebuild the bridge before the rains," '
    "Transport Minister Chiamaka Okafor told reporters on Tuesday.\n",
    "paper.txt": "Commuters stranded\n\nLAGOS, May 2 (Harbour Times) - Ms Okafor said the ministry "
    '"will open a ferry service across the lagoon within a week".\n',
    # another speaker on the same ferry: never Okafor's
    "other.txt": 'Ferry plans\n\nLAGOS, May 3 (City Post) - "The lagoon ferry is a good idea," '
    "Mayor Tunde Bakare said on Wednesday.\n",
}
HALVORSEN = {
    "one.txt": 'Hospital opens\n\nBERGEN, April 1 (Westwire) - "This hospital will serve the whole valley," '
    "Health Minister Ingrid Halvorsen told reporters.\n",
    "two.txt": "Valley hospital\n\nBERGEN, April 1 (Valley Post) - Dr Halvorsen said the hospital "
    '"would hire two hundred nurses this year".\n',
    "three.txt": "Nurses wanted\n\nBERGEN, April 2 (Bergen Daily) - Minister Halvorsen said the region "
    '"needs more nurses in every valley town".\n',
    "four.txt": 'Union reply\n\nBERGEN, April 2 (Union News) - "Nurses in the valley are tired," '
    "union leader Sigrid Moe said.\n",
}
TWO_BRANNOCKS = {
    **BRANNOCK,
    "third.txt": 'Farm flooded\n\nKELLBY, March 10 (Farm Weekly) - "The river took every field we had," '
    "farmer Piet Brannock told the paper.\n",
}


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root
