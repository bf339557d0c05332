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

A form's data-protection notice is the same kind of text without the cookies: the information a data
controller owes the person whose data a form collects (GDPR Art. 13; before it Spain's LOPD 15/1999
Art. 5, whose "ARCO" rights are access, rectification, cancellation and opposition): who the controller
is, what the data is processed for, the reader's rights and where to exercise them, often closed by a
consent line in the first person ("I expressly authorize …"). Its paragraphs were taken for a sports
club page's main text (issue #14, unseen44 fcbarcelona-1). So a run also counts when
:data:`_NOTICE_ANCHORS` of its blocks speak to the reader ("your", or "I" consenting) about their
rights or the controller, and one of its blocks points to the procedure (this form, the first-person
consent, an e-mail address the site gives in its own voice, "write to us at …"): an explainer about data
protection law names the rights but no form of its own, and an address it quotes is another's ("most
firms publish an address such as privacy@…").
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.noise.features import Feat
from waic_reader.index.analysis.noise.patterns import FOLD_CASE, REPORTS_NO_ONE

CONSENT_DIALOG = "consent dialog (a cookie and data-processing notice's paragraphs)"
DATA_NOTICE = "data-protection notice (a form's note of the controller, the data's use and the reader's rights)"

# A data subject's right by name, in English, Spanish, German, French, Italian and Portuguese.
_RIGHT = (
    r"\b(?:access|rectification|erasure|cancell?ation|opposition|objection|portability"
    r"|acceso|rectificaci[óo]n|cancelaci[óo]n|oposici[óo]n|supresi[óo]n|portabilidad"
    r"|auskunft|berichtigung|l[öo]schung|widerspruch|daten[üu]bertragbarkeit"
    r"|acc[èe]s|effacement|rettifica|cancellazione|opposizione|acesso|retifica[çc][ãa]o|elimina[çc][ãa]o)\b"
)

# A data-protection notice's voice: it speaks to the reader ("your rights"), or the reader consents in
# the first person under it ("I expressly authorize", "autorizo", "ich willige ein", "j'accepte").
_CONSENTING = (
    r"\b(?-i:I) (?:hereby |expressly |freely )*(?:authori[sz]e|consent|agree|accept)\b"
    r"|\b(?:autorizo|consiento|acepto|acconsento|autorizzo|ich willige\b|ich stimme\b|j['’](?:accepte|autorise))"
)
# The dialog's vocabulary, by family: a block's families are counted once each ("cookies" twice is one).
_TERMS = re.compile(
    r"(?P<cookie>\bcookies?\b)"
    r"|(?P<consent>\bconsent(?:s|ing|ed)?\b)"
    r"|(?P<data>\bpersonal (?:data|information)\b|\bdata process|\bprocess(?:es|ing)? (?:of )?(?:your |personal )?data\b"
    # ... in Spanish, German, French, Italian and Portuguese.
    r"|\bdatos (?:personales|de car[áa]cter personal)\b|\bpersonenbezogene[nr]? daten\b"
    r"|\bdonn[ée]es (?:[àa] caract[èe]re )?personnelles\b|\bdati personali\b|\bdados pessoais\b)"
    # The data subject's rights, two of them named together (GDPR Arts. 15-21; Spain's ARCO rights):
    # "your rights of opposition, access, rectification and cancellation", "Recht auf Auskunft,
    # Berichtigung, Löschung", "droits d'accès, de rectification et d'opposition".
    rf"|(?P<rights>{_RIGHT}\W+(?:\w+\W+){{0,3}}?{_RIGHT})"
    # The controller named: "FC Barcelona is the Controller", "responsable del tratamiento".
    r"|(?P<controller>\b(?:data )?controller\b|\bresponsable del tratamiento\b|\bverantwortliche[rn]?\b"
    r"|\bresponsable (?:du|de) traitement\b|\btitolare del trattamento\b|\bencarregado do tratamento\b)"
    # The reader's consent in the first person closing the notice (:data:`_CONSENTING`).
    rf"|(?P<consenting>{_CONSENTING})"
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

_ADDRESSED = re.compile(
    rf"\byour?\b|\b(?:sus?|tus?|ihr|ihre[nmrs]?|vos|votre|suoi|tuoi|seus?)\b|\b(?-i:Sie)\b|{_CONSENTING}", FOLD_CASE
)
# ... and where it points: the form the data is given on, the consent itself, or an address to write
# to given in the site's own voice (:func:`_points_to_procedure`).
_PROCEDURE = re.compile(
    r"\b(?:this|the) form\b|\b(?:este|el) formulario\b|\bdiese[sm]? formular\b|\bce formulaire\b"
    rf"|\bquesto modulo\b|\beste formul[áa]rio\b|{_CONSENTING}",
    FOLD_CASE,
)
_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _points_to_procedure(text: str) -> bool:
    """Whether a block points to the notice's own procedure: its form or the reader's consent
    (:data:`_PROCEDURE`), or an e-mail address the site gives as its own, speaking as "we"/"our"/
    "this website" (:data:`_WE`: "write to us at privacy@…", "our data protection officer"). A bare
    address in prose is no form's: a consumer explainer's "most firms publish an address such as
    privacy@example.com" tells the reader where others' notices point (review s49-rv2 #11)."""
    if _PROCEDURE.search(text) is not None:
        return True
    return _MAIL_ADDRESS.search(text) is not None and _WE.search(text) is not None


# A notice needs this many blocks speaking to the reader about their rights or the controller.
_NOTICE_ANCHORS = 2

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
    CONSENT_DIALOG)``. So is a run holding :data:`_NOTICE_ANCHORS` blocks that speak to the reader
    (:data:`_ADDRESSED`), report no one's words and name their rights or the controller, and a block
    pointing to the procedure (:data:`_PROCEDURE`): a form's data-protection notice, its blocks
    ``("legal", DATA_NOTICE)``. Linear in the blocks.
    """
    run: list[int] = []
    pending: list[int] = []  # short lines without the vocabulary, bridged if the run goes on
    purposes = voiced = notice = procedure = 0
    named = -1  # the last block naming a purpose

    def close() -> None:
        data_notice = notice >= _NOTICE_ANCHORS and procedure > 0
        if (purposes or voiced >= _VOICED_ANCHORS or data_notice) and len(run) >= 2:
            reason = CONSENT_DIALOG if purposes or voiced >= _VOICED_ANCHORS else DATA_NOTICE
            for k in run:
                if labels[k] is None:
                    labels[k] = ("legal", reason)

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
            notice += (
                bool(families & {"rights", "controller"})
                and _ADDRESSED.search(f.text) is not None
                and re.match(REPORTS_NO_ONE, f.text, FOLD_CASE) is not None
            )
            procedure += _points_to_procedure(f.text)
        elif run and f.n <= _BRIDGE_WORDS and not pending:
            pending.append(i)
        else:
            close()
            run, pending, purposes, voiced, notice, procedure = [], [], 0, 0, 0, 0
    close()
