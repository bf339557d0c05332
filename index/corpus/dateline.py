"""The wire dateline (``ZÜRICH, March 3 (Reuters) -``, ``SÃO PAULO (AP) —``): its parts as regex
sources, shared by the three readers of a dateline (the date in :mod:`dates`, the outlet in
:func:`reader.derive_outlet`, the place and agency in ``analysis.entities.patterns``), so that
they agree on what a dateline place is.

Places are written in any cased script (İSTANBUL, ÅLESUND, ŁÓDŹ, МОСКВА): the letters are those
of :mod:`letters`, never ``[A-Z]``.
"""

from __future__ import annotations

from waic_reader.index.corpus.letters import LETTER, LOWER, UPPER

# The letters are re-exported: the dateline readers take them from here with the place.
__all__ = ["LETTER", "LOWER", "PLACE", "PLACE_CAPS", "UPPER"]

# The place in capitals: "ZÜRICH", "MEXICO CITY", "SÃO PAULO", "WINSTON-SALEM", "ST. LOUIS".
PLACE_CAPS = rf"[{UPPER}][{UPPER}'’.]+(?:[ -][{UPPER}][{UPPER}'’.]+){{0,3}}"
# The place as written, capitals or not ("Shanghai", "ZÜRICH"), with an optional state or country
# after a comma ("HALVIK, Valdmark").
PLACE = rf"[{UPPER}](?:{LETTER}|[.'’ -]){{1,40}}(?:,\s*[{UPPER}](?:{LETTER}|[.'’ -]){{1,30}})?"
