"""A consent dialog's paragraphs: the cookie and data-processing notice a page sets over itself.

A consent management platform's dialog is saved with the page, often first, as several paragraphs
of prose: what the site and its "third parties" store on "your device", the purposes' names
(IAB's Transparency and Consent Framework names them the same on every site: "Store and/or access
information on a device", "Precise geolocation data, and identification through device scanning")
and their descriptions. Read as prose they outweigh a short or paywalled article and were taken for
its main text (issue #14, unseen35's thelocal-1), and one paragraph of them is longer than the phrase
rules take (:data:`~waic_reader.index.analysis.noise.patterns.PHRASES` stop at 90 words for cookies).

So the dialog is judged as a run of blocks: each block speaks its vocabulary (:data:`_TERMS`), and
the run names a framework purpose or holds two blocks speaking to the reader about their data in
three of the vocabulary's families at least. A news story about cookies or privacy law
reports what a site or a regulator does in the third person; the dialog addresses "you" and speaks as
"we" or "this website".
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.noise.features import Feat
from waic_reader.index.analysis.noise.patterns import FOLD_CASE

CONSENT_DIALOG = "consent dialog (a cookie and data-processing notice's paragraphs)"

# The dialog's vocabulary, by family: a block's families are counted once each ("cookies" twice is one).
_TERMS = re.compile(
    r"(?P<cookie>\bcookies?\b)"
    r"|(?P<consent>\bconsent(?:s|ing|ed)?\b)"
    r"|(?P<data>\bpersonal data\b|\bdata process|\bprocess(?:es|ing)? (?:of )?(?:your |personal )?data\b)"
    r"|(?P<device>\b(?:end |your |a |the )?devices?\b)"
    r"|(?P<ident>\bidentifiers?\b|\bidentification\b|\bip[- ]address)"
    r"|(?P<parties>\bthird[- ]part(?:y|ies)\b|\b(?:our|selected|advertising) (?:partners|vendors)\b)"
    r"|(?P<profile>\bprofiles?\b)"
    r"|(?P<personal>\bpersonali[sz]ed? (?:advertising|ads|content)\b)"
    r"|(?P<geo>\bgeolocation\b)"
    r"|(?P<browser>\bbrowser\b)"
    r"|(?P<withdraw>\b(?:withdraw|revoke|revoked|deny)\b)"
    r"|(?P<measure>\b(?:advertising|content) (?:and content )?(?:measurement|performance)\b|\baudience research\b)"
    r"|(?P<interest>\blegitimate interests?\b)",
    FOLD_CASE,
)

# The framework's purposes and features by their names (TCF v2.2, English): a line each in a dialog, or
# listed in its paragraph ("… may use precise geolocation data, and identification through device scanning
# in order to store and/or access information on a device …").
_PURPOSE_NAMES = re.compile(
    r"\b(?:store and/or access information on a device|use limited data to select (?:advertising|content)"
    r"|create profiles (?:for|to) personali[sz]e(?:d)? (?:advertising|content)"
    r"|use profiles to select personali[sz]ed (?:advertising|content)|measure (?:advertising|content) performance"
    r"|understand audiences through statistics or combinations of data from different sources"
    r"|develop and improve services|ensure security, prevent and detect fraud, and fix errors"
    r"|deliver and present advertising and content|save and communicate privacy choices"
    r"|match and combine data from other data sources|link different devices"
    r"|identify devices based on information transmitted automatically|use precise geolocation data"
    r"|actively scan device characteristics for identification"
    r"|precise geolocation data,? and identification through device scanning"
    r"|personali[sz]ed advertising and content, advertising and content measurement, audience research and services"
    r" development)\b",
    FOLD_CASE,
)

# The dialog's voice: it speaks to the reader ("your device") as the site ("we", "this website").
_YOU = re.compile(r"\byou(?:r)?\b", FOLD_CASE)
_WE = re.compile(r"\b(?:we|our|us)\b|\bthis (?:web)?site\b|\bthis service\b", FOLD_CASE)

# An anchor block speaking to the reader: this many families at least, cookies or consent among them;
# a run needs this many such blocks when it names no framework purpose.
_ANCHOR_FAMILIES = 3
_VOICED_ANCHORS = 2
# A line without the vocabulary inside the run ("With respect to advertising, we and 1111 selected",
# cut at a link): bridged when this short and between two of the run's blocks.
_BRIDGE_WORDS = 8


def _families(text: str) -> set[str]:
    return {m.lastgroup for m in _TERMS.finditer(text) if m.lastgroup}


def consent_dialog(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """Label a consent dialog's blocks as legal noise, in place.

    ``feats``: each block's features, in text order; ``labels``: each block's (kind, reason) or
    ``None``. A run is the consecutive blocks with words (empty ones skipped) that each name a
    family of :data:`_TERMS` or a framework purpose (:data:`_PURPOSE_NAMES`) or describe the purpose
    named on the line before, a block without any
    of up to :data:`_BRIDGE_WORDS` words bridged between two of them. A run of two blocks or more
    naming a purpose, or holding :data:`_VOICED_ANCHORS` blocks that each say "you" and "we" (or
    "this website") in :data:`_ANCHOR_FAMILIES` families, cookies or consent among them, is the dialog: its unlabelled blocks become ``("legal",
    CONSENT_DIALOG)``. Linear in the blocks.
    """
    run: list[int] = []
    pending: list[int] = []  # short lines without the vocabulary, bridged if the run goes on
    purposes = voiced = 0
    named = -1  # the last block naming a purpose

    def close() -> None:
        if (purposes or voiced >= _VOICED_ANCHORS) and len(run) >= 2:
            for k in run:
                if labels[k] is None:
                    labels[k] = ("legal", CONSENT_DIALOG)

    for i, f in enumerate(feats):
        if not f.n:
            continue
        purpose = _PURPOSE_NAMES.search(f.text) is not None
        families = _families(f.text)
        # (A purpose's name stands over its description, in whatever words: "Measure advertising
        # performance" over "Information regarding which advertising is presented to you …".)
        described = bool(run) and not pending and run[-1] == named
        if purpose or families or described:
            if run:
                run.extend(pending)
            pending = []
            run.append(i)
            purposes += purpose
            named = i if purpose else -1
            voiced += (
                len(families) >= _ANCHOR_FAMILIES
                and bool(families & {"cookie", "consent"})
                and _YOU.search(f.text) is not None
                and _WE.search(f.text) is not None
            )
        elif run and f.n <= _BRIDGE_WORDS and not pending:
            pending.append(i)
        else:
            close()
            run, pending, purposes, voiced = [], [], 0, 0
    close()
