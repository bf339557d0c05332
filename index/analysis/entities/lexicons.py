"""Word lists the name rules read: titles, cue words, connectors, common words, given names.

Kept in code: they describe English news prose, not the world (places and organisations are
in the gazetteer)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from waic_reader.index.analysis.entry_time import ZONES as TIME_ZONES
from waic_reader.index.analysis.lexicon import DETERMINERS, MONTHS, WEEKDAYS
from waic_reader.index.corpus.tokens import fold

# ---------------------------------------------------------------------------------------------
# Lexicons for the rules. Kept in code: they describe English news prose, not the world.

# The one title lexicon: each title word → its kind (:func:`title_kind`, the one lookup).
# TITLE: a title before a person's name and no part of it, wherever it stands ("President",
# "Dr", "Sheikh"); a performer's job written before a stage name ("DJ Sukhi", "MC X": session 29)
# and the Spanish and Guaraní honorifics ("Doña", "Ña", "Ño": session 29) among them.
# TABLOID_TITLE: a tabloid's title word written capitalised before a person's name ("Boss Joaquín
# Céspedes was grilled", "Ace Ingrid Halvorsen", "Doc …", "Tycoon …"): no part of the name
# (t13o F4), but only before a given name (persons.tabloid_titles); a TITLE would drop the word
# after a given name too ("Hugo Boss").
# ADDRESS_TITLE: a word of address written capitalised before a person's name, one word or more
# ("Pu Vanlalruata Sailo", "Pi Lalrinmawii": Mizo's Mr and Mrs; "Elder Fumiko Hiramura"; a
# tabloid's "Hubby Rodel"): no part of the name (persons.tabloid_titles), read only at a PERSON's
# head, so "Larry Elder" and "Raspberry Pi" keep theirs (round s34-b).
TitleKind = Literal["title", "tabloid", "address"]
TITLE: TitleKind = "title"
TABLOID_TITLE: TitleKind = "tabloid"
ADDRESS_TITLE: TitleKind = "address"
_TITLE_WORDS = """
President Premier Minister Secretary Secretary-General Chairman Chairwoman Chairperson Chair CEO
CFO CTO COO Founder Co-founder Cofounder Director Director-General Governor Senator Sen
Representative Rep Mayor King Queen Prince Princess Sheikh Emir Ambassador Envoy Spokesperson
Spokesman Spokeswoman Commissioner Chancellor Speaker Judge Justice Dr Mr Mrs Ms Miss Prof
Professor Gen General Lt Col Adm Admiral Captain Capt Commander Sgt Councillor Councilor Lord Lady
Sir Dame Rev Cllr Cr Archbishop Bishop Cardinal Leader Vice-President Vice-Premier Vice-Chairman Pope
Chief Executive Officer Economist Analyst Researcher Scientist Pioneer Laureate Counselor Counsellor
MP MPs MEP MSP AM TD MLA MLAs MLC MPP MNA MHA Lawmaker Deputy Senator Congressman Congresswoman Assemblyman Assemblywoman Administrator
Colonel Lieutenant Sergeant Corporal Brigadier Commodore Commandant Inspector Insp Superintendent Supt Cmdr Cdr Constable Detective
Padre Father Fr Frei Rabbi Imam Mufti Ayatollah Pastor Reverend Vicar Chaplain Deacon Abbot Magistrate Coroner Alderman Alderwoman
Headteacher Headmaster Headmistress Provost Rector Master Harbourmaster Harbormaster Postmaster Stationmaster
Tun Datuk Dato Datin Seri Ratu Daw Haji Hajjah Hadji
"""
# honorifics of respect or kinship written before a name and outside it: Shona's for an elder
# ("Sekuru Tinashe Chinembiri", "Mbuya Chipo Marufu", "Ambuya Rudo"), Swahili's ("Mzee Juma
# Hamisi"), Persian's for a master of a craft ("Ostad Hossein Alizadeh"; heldout23, s30-l: a
# PERSON "Sekuru Tinashe Chinembiri")
# Indonesian and Malay ones of address and nobility ("Pak Asep", "Ibu Sri", "Raden Cecep Sumantri";
# heldout24, s31-c: PERSONs "Pak Asep", "Raden Cecep Sumantri")
# Of other cultures, a respect title before a name and outside it, and a cue that a person follows
# (round s32-n): Aboriginal Australian elders' ("Aunty Lorraine Murray-Bell", "Uncle Jack"), Fijian
# and Akan chiefly ones ("Adi Litia Nakalevu", "Nana Yaa Serwaa"), Malay and Bruneian
# ("Dayang", a teacher of religion "Ustaz"/"Ustazah"), Hindi's "Shri"/"Smt", Wolof's "Adja",
# Hawaiian's "Kumu" (a teacher), Portuguese "Mestre", French "Capitaine" (heldout6, 9, 11, 14, 22:
# each was inside a PERSON). Not "Sri", "Ko", "Mai", "Awang", "Tuan": given names too (the title
# words leave given_names.txt: "Adi", "Nana"); not "Bu" nor "Sheriff", words of longer names
# ("Korle Bu Teaching Hospital", "Glasgow Sheriff Court").
# Oromo's and Amharic's "Mr" and "Mrs" ("Obbo", "Aadde", "Ato", "Weyzero"), the landed and
# spiritual titles of Sindh and Punjab ("Sardar", "Makhdoom"), Tagalog's and Ilocano's elder-sibling
# words of address ("Kuya", "Manong", "Manang") (round s33-c: heldout26's PERSONs "Aadde Dinqitu
# Waqo", "Sardar Nizamuddin Mahar", and "Obbo Galgalo Jatani Boru", "Makhdoom Ghulam Murtaza
# Khuhro" no name). Not Javanese "Mas" ("Raden Mas X"): a surname too ("Artur Mas").
# A ruler's "Sultan", Zulu's chief "Inkosi", Khmer's honour "Oknha" (round s34-b: read as a job word
# no lexicon lists, they were inside "Sultan Mahmud Begada", "Inkosi Mandla Ngcobo", "Oknha Lim
# Chhay" once the name was described in commas after it).
# Sesotho's "Ntate", Karen's "Thra", Syriac churches' "Qasha", the Gagauz governor's "Bashkan",
# Yiddish "Reb", Swahili's "Bwana", Thai's "Khun", Tagalog's "Aling", Meitei's "Oja" and a southern
# African court's "Advocate" (round s35-e, heldout28 kind: "Advocate Palesa Ramakoae", "Bashkan
# Fyodor Yanioglo" were PERSONs with the word in).
# The courtesy titles of Spanish, Portuguese, Italian and French (see below, round s46-b): a title
# only before a name the given-name lists know, before two name words, or before a word the text
# uses as a person's (persons_courtesy.romance_titles); "Madame Tussauds", "Madame Figaro" are
# whole names (review s46-rv finding 6).
ROMANCE_COURTESY_WORDS = (
    "Señor Señora Señorita Senhor Senhora Senhorita Signor Signora Signorina Monsieur Madame Mme Mlle Sra Srta"
)
_STAGE_AND_HONORIFIC_TITLES = (
    "DJ MC Doña Ña Ño Sekuru Mbuya Ambuya Mzee Ostad Pak Bapak Ibu Raden "
    "Aunty Auntie Uncle Adi Nana Dayang Ustaz Ustazah Shri Smt Adja Kumu Mestre Capitaine "
    "Obbo Aadde Ato Weyzero Sardar Makhdoom Kuya Manong Manang "
    # a Pakistani and Indian noble's "Nawab" and its son's "Nawabzada", as "Sardar" ("Opposition
    # leader Nawab Asad Khan Zehri": round s37-e, heldout30's name was lost)
    "Nawab Nawabzada "
    "Sultan Inkosi Oknha "
    "Ntate Thra Qasha Bashkan Reb Bwana Khun Aling Oja Advocate "
    # Malay and Indonesian "Haji"/"Hajjah" written short ("Hj. Nurhayati Tanjung", "Hjh. Siti
    # Rahmah"), the mother's "Mama" of East and Central Africa ("Club president Mama Nathalie
    # Mukendi", "Mama Grace Wanjiru Kamau", as Swahili's "Mzee"; round s37-e, heldout30: a PERSON
    # "Hj" and the name after it none, a PERSON "Mama Nathalie Mukendi")
    "Hj Hjh Mama "
    # Acholi's chief "Rwot", Malay's grandmother "Nenek" and its "Mrs", "Puan", Yoruba's king
    # "Oba" (issue #16, round s41-e: "Rwot Lawrence Ojara Abalo said" named no one; "Oba" leaves
    # given_names.txt as the other title words do)
    "Rwot Nenek Puan Oba " + ROMANCE_COURTESY_WORDS
    # The courtesy titles of Spanish, Portuguese, Italian and French, the languages' "Mr", "Mrs" and
    # "Miss", written before a name and outside it as the English ones are (the Real Academia's
    # Diccionario panhispánico de dudas, "Apéndice 2: abreviaturas": Sr., Sra., Srta., D., D.ª; the
    # Académie française's "Abréviations": M., Mme, Mlle; issue #16, round s46-b, t13an N21: a
    # PERSON "Señora Ibáñez"). Not the Italian and Spanish "Don" nor the Portuguese "Dona": given
    # names too ("Don Cheadle"), read at a person's head before a full name only
    # (ADDRESS_BEFORE_FULL_NAME); nor "Sr", a generational suffix too ("Ken Griffey Sr."), read at a
    # person's head only (ADDRESS_TITLE).
)
# Titles and roles of other languages' news, written before a person's name and outside it, as
# the English ones (issue #16, round s32-i: "le président Macron", "el presidente Erdogan", "la
# primera ministra Meloni", "der Präsident Erdoğan", "o presidente Lula" were no cues for the
# known person; persons._cue reads them in lower case too, and a hyphenated one by its last word,
# "primeiro-ministro"). French, Spanish, Portuguese, Italian, German; words that are given names
# or common surnames too ("Maire", "Pape", "Rey", "Richter", "König") are left out.
_OTHER_LANGUAGE_TITLES = """
Président Présidente Chancelier Chancelière Ministre Secrétaire Gouverneur Sénateur Sénatrice
Député Députée Ambassadeur Ambassadrice Général Roi
Presidente Presidenta Vicepresidente Vicepresidenta Ministro Ministra Canciller Gobernador Gobernadora
Senador Senadora Diputado Diputada Alcalde Alcaldesa Embajador Embajadora Secretario Secretaria
Chanceler Governador Governadora Deputado Deputada Prefeito Prefeita Embaixador Embaixadora
Secretário Secretária
Presidentessa Cancelliere Governatore Governatrice Senatore Senatrice Deputato Deputata Sindaco
Sindaca Ambasciatore Ambasciatrice Segretario Segretaria
Präsident Präsidentin Bundespräsident Bundespräsidentin Kanzler Kanzlerin Bundeskanzler
Bundeskanzlerin Ministerin Ministerpräsident Ministerpräsidentin Premierminister Premierministerin
Außenminister Außenministerin Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin
Botschafter Botschafterin Senatorin Papst Königin
Geschäftsführer Geschäftsführerin Vorsitzende Vorsitzender Sprecher Sprecherin Direktor Direktorin
Leiter Leiterin Chefin Kommissar Kommissarin Staatssekretär Staatssekretärin Landrat Landrätin
Stadträtin Professorin Richterin Kapitän Kapitänin Pfarrerin Intendant Intendantin
Burgemeester Woordvoerder Woordvoerster Voorzitter Directeur Directrice Wethouder Commissaris
Staatssecretaris Hoofdcommissaris
Statsminister Borgmester Borgmästare Ordförande Ordfører Direktør Direktör Talsperson Talsmann
Talsman Talskvinne Talskvinna Politimester
"""
# German, Dutch and Scandinavian write a job as one compound noun, capitalised in German
# ("Polizeichef", "Geschäftsführerin", "Feuerwehrsprecher", "Werksleiterin", "Landesvorsitzende";
# Dutch "Politiewoordvoerder", Swedish "Polischef"): its last part says it is a role (issue #16,
# round s35-v, t13z H22: "sagte Geschäftsführerin Miriam Okafor", "Auch Polizeichef Jonas X"
# named no person). Read by :func:`compound_title`, the part before the ending three letters or
# more ("Administer", "Semester" are no such compounds). Not a bare "-meister": surnames end so
# ("Dale Hofmeister", "Baumeister"); the recogniser reads no such compound as a title right after
# a given name either ("Anke Wagenführer").
_COMPOUND_TITLE_ENDINGS = tuple(
    """chef chefin sjef leiter leiterin führer führerin sprecher sprecherin direktor direktorin
    direktør direktör präsident präsidentin minister ministerin bürgermeister wachtmeister
    hausmeister meisterin vorsitzende
    vorsitzender kommissar kommissarin sekretär sekretärin kanzler kanzlerin senator senatorin
    botschafter botschafterin beauftragte beauftragter intendant intendantin anwalt anwältin arzt
    ärztin voorzitter woordvoerder woordvoerster directeur burgemeester wethouder commissaris
    talsperson talsmann talsman talskvinne talskvinna""".split()
)


def compound_title(word: str) -> bool:
    """Whether a capitalised ``word`` is a German, Dutch or Scandinavian compound naming a role
    by its last part (:data:`_COMPOUND_TITLE_ENDINGS`): "Polizeichef", "Geschäftsführerin",
    "Feuerwehrsprecher", "Abteilungsleiterin", "Landesvorsitzende", "Politiewoordvoerder". The
    word is written as a common noun (a capital, then lower case) and the part before the ending
    has three letters or more; a hyphened compound ("Vize-Präsidentin") is read by its last part
    by the caller. A title outside the PERSON span after it (words.is_title)."""
    if len(word) < 7 or not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    low = word.lower()
    return any(low.endswith(e) and len(low) - len(e) >= 3 for e in _COMPOUND_TITLE_ENDINGS)


_TABLOID_TITLE_WORDS = "Boss Bosses Ace Doc Tycoon Mogul Supremo Exec Gaffer Bigwig"
# (and words that are also a place's or a surname's: Khasi's "Bah" and "Kong", the Syriac bishop's
# "Mar", Tagalog's "Mang": "Kong Ibakordor Syiem", "Mar Odisho Toma" (round s35-e, heldout28), never
# "Hong Kong", "Mar del Plata" nor "Mamadou Bah", where no PERSON opens with them; before a given
# name and a surname only, ADDRESS_BEFORE_FULL_NAME: "Mar Vivo", a body's name, keeps its "Mar")
ADDRESS_BEFORE_FULL_NAME = frozenset("Bah Kong Mar Mang Don Dona".split())
# The Baloch and Pashtun chief's "Mir" ("Mir Jehanzeb Gichki"), at a PERSON's head only: "Hamid
# Mir" keeps his surname (round s37-e, heldout30: a PERSON "Mir Jehanzeb Gichki").
# Spanish "Sr." ("el Sr. Ramiro Tejada"), at a PERSON's head only: after a name it is the
# generational suffix ("Ken Griffey Sr."), part of the name (round s46-b).
_ADDRESS_TITLE_WORDS = "Pu Pi Elder Hubby Wifey Bah Kong Mar Mang Mir Don Dona Sr"
TITLES: dict[str, TitleKind] = {
    **dict.fromkeys(_TITLE_WORDS.split(), TITLE),
    **dict.fromkeys(_STAGE_AND_HONORIFIC_TITLES.split(), TITLE),
    **dict.fromkeys(_OTHER_LANGUAGE_TITLES.split(), TITLE),
    **dict.fromkeys(_TABLOID_TITLE_WORDS.split(), TABLOID_TITLE),
    **dict.fromkeys(_ADDRESS_TITLE_WORDS.split(), ADDRESS_TITLE),
}
assert not set(_TABLOID_TITLE_WORDS.split()) & set(_TITLE_WORDS.split())  # one kind a word
assert not set(_ADDRESS_TITLE_WORDS.split()) & (set(_TITLE_WORDS.split()) | set(_TABLOID_TITLE_WORDS.split()))


def title_kind(word: str) -> TitleKind | None:
    """The kind of title ``word`` is in the one title lexicon (:data:`TITLES`), or a compound
    naming a role by its last part (:func:`compound_title`: TITLE), None if none."""
    kind = TITLES.get(word)
    return TITLE if kind is None and compound_title(word) else kind


# The words of kind TITLE, as the rules that ask "is this a title?" read them.
TITLE_CORE = frozenset(w for w, kind in TITLES.items() if kind == TITLE)
TITLE_MOD = frozenset(
    """
Vice Deputy Foreign Prime Defence Defense Commerce Trade Finance Interior Home Health Energy
Party Former Acting Assistant Senior Executive Chief Managing State Attorney Supreme Interim
Special Permanent Co Principal Lead Head Commerce Science Technology Industry Economy Justice
First Grand Crown
""".split()
)
# Ranks written short that are titles only with their dot, the bare words a name or a word of
# other languages ("Maj Sjöwall", "Det Norske Veritas"): "police chief Maj. Ana Ruiz", "Det. Paul
# Hart" (t13u F3: PERSONs "Maj", "Det"; words.is_title).
# The AP Stylebook's titles abbreviated before a full name ("Gov.", "Lt. Gov.", "Brig. Gen.",
# "Cpl.", "Pvt.") and the Philippine press's professional and legislative ones ("Atty.", "Engr.",
# "Cong.", "Dep." for deputy) are titles outside the name too: after another title ("Lt. Gov.
# Antonio Delgado") the second was read as the name's first word (t13an: a PERSON "Gov" beside
# "Antonio Delgado"; round s47-q). quotes.heads reads the same set.
DOTTED_TITLES = frozenset({"Maj", "Det", "Gov", "Brig", "Cpl", "Pvt", "Atty", "Engr", "Cong", "Dep"})
HONORIFIC_DOT = frozenset(
    {"Dr", "Mr", "Mrs", "Ms", "Prof", "Sen", "Rep", "Gen", "Lt", "Col", "Adm", "Capt", "Sgt", "Rev", "St", "Cllr"}
    # Australia's councillor ("Cr Brendan Tuffley": issue #16, round s42-e, held-out 35's PERSON
    # "Cr Brendan Tuffley")
    | {"Cr"}
    # a police rank: "deputy harbour master Insp. Tomás Ruiz" (t13r F14), "police chief Supt.
    # Ana Ruiz", "Cmdr. Luis Vera" (t13u F3: PERSONs "Supt", "Cmdr")
    | {"Insp", "Supt", "Cmdr"}
    # the Commonwealth's and the Philippines' "Commander" ("Lt. Cdr. Marjorie Hataman": round s44-e,
    # held-out 37's PERSON "Cdr")
    | {"Cdr"}
    # ranks that are titles only with their dot (DOTTED_TITLES)
    | DOTTED_TITLES
    # A company's abbreviated suffix keeps its dot too: "SkyHarvest Inc." (OntoNotes spans it).
    | {"Inc", "Corp", "Ltd", "Co", "Bros"}
    # A given name abbreviated with a dot opens the name ("Ma. Teresa Ouano-Lapitan": Filipino
    # María; "Wm. Harris", "Chas. Dunn", "Md. Rafiqul Islam")
    | {"Ma", "Wm", "Chas", "Thos", "Jas", "Geo", "Md", "Mohd"}
    # Malay "Haji"/"Hajjah" written short ("Hj. Nurhayati Tanjung": round s37-e)
    | {"Hj", "Hjh"}
    # a name's generational suffix keeps its dot, as OntoNotes spans it ("his son Walter Jr.,",
    # "Gov. Rodolfo Vargas Jr. asked": round s37-e, PERSONs "Walter Jr", "Rodolfo Vargas Jr")
    | {"Jr", "Sr"}
    # a place's kind written short opening its name ("Mt. Edgecumbe High School", "Ft. Lauderdale",
    # Filipino "Barangay Sto. Niño", "Sta. Cruz": round s37-e, the name began after the dot)
    | {"Mt", "Ft", "Sto", "Sta"}
)

# The kind words that close a named disaster's name: a wildfire as fire agencies name it, after
# where it started ("the Camp Fire", "the Dixie Fire", "the Black Summer bushfires": CAL FIRE's and
# the US National Interagency Fire Center's incident names), a flood, an earthquake, an eruption.
DISASTER_KINDS = frozenset(
    "Fire Wildfire Bushfire Flood Floods Earthquake Quake Eruption Tsunami Landslide Mudslide".split()
)
CUES: dict[str, str] = {}
for _label, _words in (
    (
        # (The common legal forms are cues here, which type the capitals before them an
        # organisation; LEGAL_FORMS, where a firm's name ends, holds the rarer ones too, kept no
        # cues as "AS", "KK" or "Oy" are initials and words elsewhere.)
        "ORG",
        "Inc Corp Corporation Company Incorporated Co Ltd Limited LLC PLC Plc AG GmbH SA Group Holdings "
        "Holding Ministry University Administration Department Agency Bureau Commission Embassy Consulate "
        "Committee Council Association Institute Institution Foundation Fund Bank Party Union "
        "Federation Alliance Organization Organisation Academy College School Court Courts "
        # schools of music and of other arts and trades ("Tbilisi State Conservatoire", "the Royal
        # Danish Conservatory", "Kumasi Polytechnic": round s40-e, held-out 33's GPE "Tbilisi")
        "Conservatoire Conservatory Conservatorium Polytechnic "
        # a museum by its last word ("Osage Nation Museum", "Ah-Tah-Thi-Ki Museum": issue #16, round
        # s51-e, held-out 44's ORG was nothing; only "of" made one, "Museum of Art")
        "Museum "
        # a tribe's government by its last word, as the US Federal Register's list of recognised
        # tribes names them ("Northern Cheyenne Tribe", "Seminole Tribe of Florida", "Confederated
        # Tribes of the Colville Reservation": round s51-e, held-out 44's ORGs were a PERSON
        # "Cheyenne Tribe" and an ORG "Northern")
        "Tribe Tribes "
        "Parliament Assembly Authority Board Service Services Technologies Technology Tech "
        "Systems Labs Laboratory Laboratories Motors Airlines Airways Capital Partners "
        "Ventures Media Network Society Forces Army Navy Police Constabulary Gendarmerie Coalition Robotics "
        "Semiconductor Semiconductors Electronics Pharmaceuticals Exchange Cabinet Office "
        "Senate Legislature Consortium Trust Enterprises Industries Telecom Bancorp Securities Insurance "
        "Advisory Resources Compute Minerals Networks Energy Pharma Logistics Mining Petroleum "
        "Investments Invest Analytics Software Solutions Brands Foods Observatory Syndicate Bancorp "
        "Power Utilities Electric Steel Shipping Lines Ferries Freight Fisheries Transmission Machinery Manufacturing "
        "Chemicals Airline Railways Railway Utility Sons Daughters Brothers Bros Water League Guard "
        # a coastguard named by its place ("Kerrow Coastguard", "HM Coastguard": round s37-q, no entity);
        # a rescue service by its last word ("Marine Rescue", "Mountain Rescue", "Sea Rescue": issue
        # #16, round s41-e, a PERSON "Marine Rescue")
        "Coastguard Rescue "
        # savers' banks and insurers named by their last word ("Marrow Savings", "Leadway Assurance":
        # s43-rv finding 15 and held-out 37, a lone "Marrow" and a PERSON), millers ("Insimbi Milling")
        "Savings Assurance Milling "
        "Research Health Highways Hospital Hospitals Clinic Infirmary Investimentos Inversiones Participações Seguros Gruppe "
        # (a legislature named by its last word: "the South Dakota Legislature", "the Provincial
        # Legislature", "the Legislature" of a state story; round s33-c, heldout26's PERSON "Dakota
        # Legislature")
        # programmes, forces, journals, labels, ensembles, industries named by their last word
        # a military command named by its last word ("Eastern Mindanao Command", "Central Command",
        # "Northern Command": round s46-b, t13an N11, as the armed forces name their area commands)
        "Command "
        "Programme Force Letters Journal Records Renewables Hydrogen Rail Chorus Choir Orchestra Philharmonic Ensemble "
        # bands and troupes named by their last word ("Freedom Band", "Ekondo Carnival Band", "Ikot
        # Dance Troupe": issue #16, round s42-e, held-out 35's PERSON "Freedom Band")
        "Band Troupe Quartet Quintet "
        # clubs named by their last word ("Bechem United", "Dunmore Rovers", "Kotu Rangers": round s33-n), agencies ("Teranga Sports Management")
        "United Rovers Rangers Wanderers Athletic Management "
        # a football club named by its initials last ("Cordaleza FC", "Norvik AFC", "Salvia CF":
        # t13u F11, an ORG "FC" alone)
        "FC AFC CF "
        # firms named by their trade ("Harrow Dairy", "Ostrel Petrochem", "Calder Ratings")
        "Dairy Dairies Copper Petrochem Petrochemical Petrochemicals Chemical Olefins Plastics Metals "
        "Cement Textiles Fertilisers Fertilizers Agro Biotech Therapeutics Aerospace Automotive "
        "Financial Finance Ratings Leisure Hotels Resorts Breweries Brewery Beverages Paving Asphalt "
        "Construction Constructors Contractors Builders Engineering Consulting Realty Properties "
        "Entertainment Studios Broadcasting Publishing "
        # house builders and developers named by what they build ("Skyline Homes", "Parkview
        # Developments": t13agr R2, a PERSON "Skyline Homes")
        "Homes Housing Developments Developers Homebuilders "
        # a branch of a government or a police force named by its last word ("the Executive
        # Branch", "the Judicial Branch", "Special Branch": t13ah N7, a PERSON "Branch")
        "Branch "
        # trades of carriers and tradesmen ("Harland Transport", "Marlow Trucking", "Gideon
        # Plumbing", "Safiri Rides", "Darussalam Enterprise": round s34-b, each was a PERSON)
        "Transport Trucking Haulage Removals Plumbing Roofing Rides Enterprise "
        # newspapers and broadcasters ("The Maumee Valley Courier", "Kompas TV"), a publication named by
        # how often it comes out ("Mining Weekly", "Farming Daily": t13o F8, was a PERSON); a trade
        # title's kind word is :data:`PUBLICATION_KINDS`, below
        "Courier Chronicle Gazette Tribune Herald Times Post Observer Telegraph Inquirer Dispatch Examiner Globe TV Radio News "
        "Weekly Daily Monthly "
        # legal forms of other countries ("Noordzee Energie BV", "Kestrel Foods Pty")
        "BV NV LLP Pty Bhd SpA Oy KK SARL Sàrl Sarl SAS Ltée Ltee "
        # Nordic, Baltic, post-Soviet, Latin and South-East Asian forms ("Havlund Forsikring ASA",
        # "Tamir Gas JSC", "Borvik Shipping AB", "Semen Nusa Tbk")
        "ASA AB ApS Oyj JSC PJSC OJSC CJSC KGaA SRL Srl Ltda Lda Tbk Pte AS OÜ "
        # Hungarian forms without their dot ("Barnamet Kft said": a person's shape, t13l F1)
        "Kft Zrt Nyrt "
        # the European company ("Nordvik Hydro SE"): a cue, as the acronym rule would take "SE" alone
        "SE "
        # governments, movements and guilds, film and production houses named by their last word
        # ("the Basque Government", "Civic Movement", "Samaritan Relief Guild", "Qimmiq Films")
        "Government Movement Front Guild Cooperative Co-operative Co-Operative Co-op Co-Op Collective Partnership Productions Films "
        # inspectorates, directorates and regulators ("Health and Safety Inspectorate")
        "Inspectorate Directorate Secretariat Regulator Tribunal "
        # publishers, seafood and sports firms, corps ("Fitzcarraldo Editions", "Tilted Axis Books",
        # "Smyril Seafood", "Sky Sports", "International Medical Corps")
        "Editions Books Seafood Sports Corps "
        # trusts, commodity houses, exporters and growers, ledgers ("Pew Charitable Trusts", "Orchid
        # Bay Commodities", "the Grain Ledger"; not Survey nor Trading: "Labour Force Survey",
        # "After-Hours Trading" name no body)
        "Trusts Commodities Exporters Growers Plantations Ledger "
        # utilities, carriers, tour operators, stevedores and workshops named by their trade
        # ("Kestrel Hydro", "Tatra Heat", "Sunvale Holidays", "Dunai Stevedoring",
        # "Ndoye Atelier"; not Oil, Tours nor Air: "Crude Oil", the city of Tours, "Bel Air")
        "Hydro Heat Heating Solar Aviation Holidays Travel Stevedoring Dredging Atelier Garments Apparel "
        # fuel merchants and oil firms, contractors, architects' practices and presses named by
        # their trade ("Grainger Fuels", "Harlow Oil", "Harbour Marine Contracting", "Ma Ma
        # Architects", "Mzuni Press": the sector and trade nouns of firms' names in the SIC/NAICS
        # industry titles; round s46-e, a re-tester's S3 and held-out 39's PERSONs; "Oil" after a
        # kind of oil stays no firm: lexicons.OIL_KINDS)
        "Fuels Oil Lubricants Contracting Architects Press "
        # works, dock and yard companies, brokers and supermarket chains named by them
        # ("Brightmoor Chemical Works", "Brightwater Docks", "Ceylon Leaf Brokers", "Mwangaza
        # Supermarkets"; a single "Dock" or "Quay" is the place)
        "Works Docks Yards Brokers Supermarkets "
        # marine, haulage and towage firms ("Morrow Marine", "Corvel Haulage", "Skarvik Towage",
        # "Halden Maritime"; a person's "Marine" opens the name: "Marine Tondelier")
        "Marine Maritime Haulage Towage Tankers "
        # a firm's trade or sector in another language, closing its name ("Sorvena Químicos",
        # "Mavro Chimica", "Anadol Kimya", "Vale Têxteis", "Rhein Chemie", "Baltijas Piena Grupa",
        # "EDP Distribuição"; s28-e, t13n F24: they were people)
        "Químicos Química Químicas Quimicos Quimica Quimicas Químico Chimica Chimici Chimie Chemie "
        "Kimya Kimyasal Kimia Têxteis Têxtil Textil Tekstil Industrial Industriale Industriali Industrias "
        "Indústrias Industrie Metalúrgica Metalurgica Siderúrgica Siderurgica Cerâmica Cerámica Ceramica "
        "Cimentos Cementos Papéis Alimentos Alimentari Distribuição Distribución Distribuzione Transportes "
        "Construções Construcciones Costruzioni Grupa Grupo Gruppo Groupe Energia Energía Elettrica "
        "Eléctrica Elétrica Werke Stahlwerke Maschinenbau",
    ),
    (
        "LOC",
        "River Lake Sea Ocean Mountains Valley Bay Strait Peninsula Desert Island Islands "
        "Coast Basin Delta Plateau Gulf Glacier Icefield "
        # uplands named by their plural kind ("Genting Highlands", "Sacramento Heights")
        "Highlands Heights Hills Lowlands Uplands "
        # landforms and waters named by their kind ("Hamersley Range", "Juukan Gorge", "Ningaloo
        # Reef", "Aldabra Atoll"; not Falls, Creek or Ridge, which end many towns' names: "Idaho
        # Falls", "Battle Creek", "Oak Ridge")
        "Range Ranges Gorge Canyon Lagoon Reef Fjord Atoll Archipelago Wetlands Marshes Estuary Crater "
        # Persian and Central Asian "river" closing a river's name ("Amu Darya", "Syr Darya"; round
        # s36-e: with Russian given names romanised, "Darya" made them people)
        "Darya",
    ),
    # a capitalised "Region" names an administrative one ("Turkistan Region", "York Region"); a
    # town named by its springs ("Alice Springs", "Palm Springs", "Hot Springs": issue #16, round
    # s41-e, a PERSON "Alice Springs" after a given name); an American Indian reservation or
    # rancheria, the US Census Bureau's legal areas of a tribe's government ("Northern Cheyenne
    # Reservation", "Big Cypress Reservation": issue #16, round s51-e, held-out 44's GPEs were
    # nothing or read into a museum's name)
    (
        "GPE",
        "Province City County Prefecture District Municipality Oblast Emirate Region Springs Reservation Rancheria",
    ),
    (
        "FAC",
        "Airport Bridge Square Stadium Tower Towers Hall Palace Building Street Avenue Road "
        "Highway Station Port Dam Canal Temple Cathedral Mosque Church Prison Base Terminal "
        "Center Centre Arena Park Caverns Caves Pipeline Inn Hotel Motel Tavern Mall Market Trail Stage Crescent Terrace "
        "Theatre Theater Library "
        # a street or quay named as a place ("Grosvenor Place"), a border post ("Woodlands Checkpoint")
        "Place Quay Wharf Checkpoint "
        # a lane or a boulevard by its kind word, as "Street" and "Road" ("Mill Lane", "Orchard
        # Boulevard": issue #16, round s53-e2, "Police closed Mill Lane" was a PERSON); the other
        # street words of figures.STREET_WORDS ("Court", "Hill", "Way", "Close") are kinds or
        # everyday words of their own, no cue
        "Lane Boulevard "
        # a tunnel or a dock by its name ("Kestrel Tunnel", "Ostmark Dock": t13aa K9, no entity;
        # not "Docks", a port firm's name: "Brightwater Docks said")
        "Tunnel Tunnels Dock "
        # forts, domes and plants, jetties, shrines and burial grounds ("Galle Fort", "Tokyo Dome",
        # "Collins Park Water Treatment Plant"; "Abbey" and "Pier" are given names too)
        "Fort Fortress Dome Plant Depot Lighthouse Jetty Barracks Monastery Chapel Shrine Cemetery "
        "Zoo Aquarium "
        # halls for audiences and roads round a town by their kind ("the National Auditorium",
        # "Bertha Parker Bypass": round s36-e, held-out 29's were people)
        "Auditorium Amphitheatre Amphitheater Bypass Expressway Motorway Freeway",
    ),
    (
        "EVENT",
        "Conference Summit Forum Games Olympics Expo Festival Championship Championships "
        "Cup War Revolution Fair Exhibition Dialogue Olympiad Tournament Congress Awards Week Series "
        "Marathon Rally Tour Open "
        # an award or a prize by its last word, an EVENT as the names set labels it ("the Kossuth
        # Prize", "the Sangeet Natak Akademi Award", "the Dally M Medal": round s34-b, no name)
        "Award Prize Trophy Medal " + " ".join(sorted(DISASTER_KINDS)),
        # a named disaster by its kind word last (DISASTER_KINDS; OntoNotes 5.0 EVENT: "named
        # hurricanes, battles, wars, sports events"; issue #16, round s48-n, t13ap N13: a PERSON
        # "Harlow Ridge Fire")
    ),
    (
        "LAW",
        "Act Law Treaty Accord Accords Agreement Convention Constitution Directive "
        "Regulation Regulations Bill Amendment Charter Protocol Code",
    ),
):
    for _w in _words.split():
        CUES[_w] = _label
# Kinds of body or lodging written in lower case right before the name, in English or French ("le
# club des Cigales", "l'association Bateliers de la Rade", "the hotel Costa Azul", "au camping Les
# Kinds of oil written before "Oil" in a title or a headline ("Crude Oil", "Brent Oil", "Palm Oil",
# "Heating Oil"): the commodity, no firm named by its trade like "Harlow Oil" (round s46-e). The
# categories: crude grades and benchmarks, fuels and lubricants, and vegetable, seed and essential
# oils as commodity reports and the UN's FAO commodity lists name them.
OIL_KINDS = frozenset(
    "Crude Brent WTI Urals Shale Heavy Light Sweet Sour Fuel Heating Diesel Motor Engine Lamp Lube "
    "Lubricating Mineral Vegetable Palm Olive Coconut Castor Sunflower Rapeseed Canola Soybean Soya "
    "Linseed Sesame Peanut Groundnut Corn Cottonseed Argan Almond Avocado Fish Cooking Essential "
    "Seed Kernel".split()
)

# Pins": context._GROUP_KIND_BEFORE): each kind word's cue word of CUES, whose label the name takes
# (one table of what a kind word types; round s34-c, context had a second).
GROUP_KIND_CUES = {
    "club": "Club",
    "association": "Association",
    "amicale": "Association",
    "collectif": "Collective",
    "fédération": "Federation",
    "syndicat": "Union",
    "hotel": "Hotel",
    "hôtel": "Hotel",
    "camping": "Campsite",
    "campsite": "Campsite",
}
CUES.setdefault("Club", "ORG")  # "Kotu Golf Club", "the Rotary Club"
CUES.setdefault("Campsite", "FAC")  # "Pineda Verde Campsite"
# A trade title's kind word last in a publication's name ("Chemical Week Review", "Maritime Trade
# Magazine", "Tagalog Bulletin": t13w F6, "told Chemical Week Review that" was a PERSON): an ORG's
# last word, but alone a thing, no body described (:func:`kind_of_word`: "£1m for a review of flood
# defences", "money for the magazine" keep their purpose on the fact sheet).
PUBLICATION_KINDS = frozenset("Quarterly Review Magazine Bulletin Digest Newsletter".split())
for _w in PUBLICATION_KINDS:
    CUES[_w] = "ORG"
# Last words of a newspaper's title, which keeps its "The" ("The Evening Courier").
MEDIA = frozenset(
    "Courier Chronicle Gazette Tribune Herald Times Post Observer Telegraph Inquirer Dispatch Examiner "
    # a newspaper's word in the Nordic languages and German ("Hallvik Avis", "Fjordal Tidende")
    "Avis Avisa Tidende Dagblad Tidning Zeitung "
    # and in Dutch, German, French, Italian, Portuguese, Spanish and Polish ("Leeuwarder Koerier")
    "Koerier Courant Krant Nieuwsblad Kurier Anzeiger Tageblatt Courrier Corriere Correio Correo Gazeta Kurjer".split()
)
# The closing words of English-language newspapers' names that are also common English words (the
# titles in Wikipedia's lists of newspapers of the UK, the US, Canada, Australia, India and Nigeria:
# The Guardian, The Independent, Daily Mirror, Evening Standard, Toronto Star, The Sun, Daily Mail,
# Daily Express, The Boston Globe, Daily Record, The Des Moines Register, USA Today, The Argus, The
# Scotsman): words only, never a compound's end. Alone after a common word they name a column, a
# newsletter or a programme as often ("Markets Today", "Morning Mail", "Rising Star": review s51-rv
# F8), so a line they close names a paper only after "The" or a place (corpus.titles).
MEDIA_COMMON = frozenset(
    "Guardian Independent Mirror Standard Star Sun Mail Express Globe Record Register Today Argus Scotsman".split()
)
# A newspaper's own words wherever its name puts them, for a masthead line over a headline
# ("Cordaleza Herald", "Valdoria Evening Post", "Diario Sur", "Jornal da Costa"): the last words
# above and the first words of names in other languages and of dailies.
# A broadcaster's words after its name's first ("Norvale Broadcasting Corporation", "Halvik Radio",
# "Kestrow TV"): a name line holding one is a broadcaster's masthead, no person's (titles.derive_outlet).
BROADCAST_WORDS = frozenset("Broadcasting Broadcast Broadcasters Broadcaster Television TV Radio".split())
# Media words naming a broadcaster or a news site rather than a periodical ("Riverwatch News",
# "Kellby TV", "Valley Radio", "NBC News"), beside the periodicals' closing words (OUTLET_LAST):
# a masthead's (corpus.titles.outlet_marked) and a byline's outlet field (corpus.bylines.broadcaster_name).
MEDIA_NAME_WORDS = frozenset("News TV Radio Television Broadcasting Channel Network Newsroom".split())
NEWSPAPER_WORDS = MEDIA | frozenset("Diario Diário Jornal Giornale Dziennik Gazeta Daily Weekly Journal".split())
# A newspaper's name written as one word: a compound closed by a newspaper's word of a language
# that writes compounds as one word ("Nordkurier", "Stadtanzeiger", "Heimatbote"; English ones are
# words, "Signpost", "Sometimes"), a hyphened name whose last part is a newspaper's word or one
# of these ("Weser-Kurier", "Var-Matin", "Nice-Matin"), or one opening with a point of the compass
# ("Ouest-France", "Sud-Ouest", "Nord-Éclair"): bylines.masthead_word.
COMPOUND_ENDINGS = frozenset(
    "Kurier Zeitung Anzeiger Tageblatt Blatt Bote Rundschau Nachrichten Merkur Avis Avisa Tidende Dagblad Tidning"
    " Krant Nieuwsblad Koerier Courant Kurjer".split()
)
MASTHEAD_ENDINGS = COMPOUND_ENDINGS | frozenset("Matin Soir Presse".split())
COMPASS_WORDS = frozenset("Nord Sud Ouest Est Süd Ost West North South East".split())
# A definite article opening a newspaper's name in another language ("El Comercio del Sur", "Le
# Courrier du Var", "La Nación", "Die Welt", "O Globo", "De Telegraaf"): a person's name never opens
# with one, so a byline's field or a masthead opening with it and a capitalised word is a paper's.
# Arabic's "Al" too ("Al Jazeera", "Al Ahram", "Al Arabiya"; review s37-rv finding 9: a given name
# as well, it made such a paper's name under the headline an author's, and the outlet was lost).
NEWSPAPER_ARTICLES = frozenset("El La Los Las Le Les Il Lo Der Die Das De Het O A Os As Al".split())
# A news agency's or wire service's own words, in its name ("Valdmark News Service", "Sud Presse",
# "Agencia Fides") or closing it written as one word ("Nordwire", "Eastpress"), and the agencies
# that name themselves otherwise, as written, not in capitals (those in capitals, "AFP", "EFE", are
# never a place's name in a wire dateline): what sets an agency in a dateline's parentheses apart
# from a region ("KELLBY (Nordwire) – 9 March 2026 –" against "PONTEGRÍS (Calveira) – 9 March 2026
# –"; corpus.dateline, review s35-rv finding 2).
WIRE_WORDS = frozenset(
    "Wire Newswire News Press Presse Prensa Agency Agence Agencia Agência Agenzia Agentur Service Services "
    "Nachrichten Novosti Newsroom Bureau".split()
)
WIRE_AGENCIES = frozenset(
    "Reuters Xinhua Kyodo Yonhap Bernama Antara Interfax Anadolu Belga Lusa Bloomberg Agerpres Ukrinform "
    "Notimex Télam Telam Andina Efe Ansa Tanjug Hina Fides Sputnik Nikkei".split()
    # The initials national agencies and public broadcasters credit copy with in a dateline's
    # parentheses ("MOSCOW (RIA) —", "BRUSSELS (VRT) —"), which a country's initials read as a
    # region could take (review s49-rv finding 6). From Wikipedia's "List of news agencies" (the
    # national agencies of Europe, Asia and the Gulf) and "List of public broadcasters"; three
    # letters or more (two-letter credits are never read as regions).
    + "AFP UPI DPA ANSA EFE TASS RIA ANP NTB STT CTK ČTK PAP MTI BTA STA ANA APA SPA KUNA WAM QNA IRNA PTI IANS "
    "AAP KCNA VNA BSS APP KNA HINA AGI TANJUG".split()
)
# Public broadcasters' initials (Wikipedia's "List of public broadcasters"), which credit copy in a
# dateline's parentheses as an agency does ("BRUSSELS (VRT) —"): credits there, never a region. As
# an outlet's name they are a broadcaster's desk, no agency's: its times take its zone (t13aw N18:
# NHK's copy was read as "a news agency's or wire's copy, filed from many places").
PUBLIC_BROADCASTERS = frozenset("VRT RTBF ORF NHK KBS RAI RTÉ RTE NOS SVT NRK YLE ZDF ARD BBC CBC ABC SBS".split())
# The names a dateline's parentheses credit copy with: agencies and broadcasters.
DATELINE_CREDITS = WIRE_AGENCIES | PUBLIC_BROADCASTERS
# Words of when a newspaper comes out, opening its title ("Evening Post", "Morning Herald"): no
# town it is named after (t13u F11: a GPE "Evening" from "Valdoria Evening Post").
MEDIA_TIMES = frozenset("Evening Morning Daily Weekly Weekend Nightly Midday Afternoon Night Noon".split())
# The words of how often a paper comes out that are adjectives only, never a time of day a
# newsletter or programme is named after ("Daily Mail", "Weekly Standard"; against "Morning Mail",
# "Weekend Sun"), and the days of a week's edition ("Sunday Mirror", "Saturday Star"): with a
# MEDIA_COMMON word they make a newspaper's title (review s52-rv finding 5; the periodicals'
# words of Wikipedia's "List of newspapers in the United Kingdom").
PAPER_PERIODS = frozenset("Daily Weekly Nightly Sunday Saturday".split())
# The titles of papers named by a time of day and a MEDIA_COMMON word, which a newsletter's or a
# programme's name shares in shape ("Morning Mail"): from Wikipedia's "List of newspapers in the
# United Kingdom" (national and regional dailies) and "List of newspapers in the United States".
PAPER_TIME_TITLES = frozenset(
    ("Evening Standard", "Evening Express", "Evening Star", "Evening Mail", "Evening Sun", "Morning Star")
)
# A periodical's closing word, which makes a name an outlet's: a newspaper's, a weekly's or monthly's,
# a trade title's and the mastheads' other nouns ("Courier", "Highlander Weekly", "Harbour Monthly",
# "Fisheries Journal", "Coastal Review", "Christian Science Monitor", "Valley Sentinel", "Harbour
# Beacon"). Read for a byline's field (patterns, round s34-b), a line under the headline that opens
# with a given name (corpus.bylines.person_name) and a web edition's name before "Online"
# (corpus.titles.site_name_line; review s37-rv findings 8 and 9).
OUTLET_LAST = (
    MEDIA | NEWSPAPER_WORDS | PUBLICATION_KINDS | frozenset("Advertiser Monthly Monitor Sentinel Beacon".split())
)
# A company's legal form: the name ends there ("Halden Peripherals Ltd of Reading": the town
# where the firm is, not part of its name).
LEGAL_FORMS = frozenset(
    "Inc Corp Co Ltd Limited LLC PLC Plc AG GmbH SA BV NV LLP Pty Bhd SpA Oy KK SARL SAS "
    "ASA AB ApS Oyj JSC PJSC OJSC CJSC KGaA SRL Srl Ltda Lda Tbk Pte AS SAB SE "
    # Hungarian, Azerbaijani and the Russian-speaking world's forms ("Tisza Energia Zrt.",
    # "Qəbələ Fındıq MMC", "Volga Trans OOO")
    "Kft Zrt Nyrt MMC OOO ZAO PAO TOO "
    # Lithuania's private company, written after the name in English copy ("Baltijos Pašarai UAB";
    # heldout20, session 27: an ORG "UAB" alone)
    "UAB".split()
    # Latvia's and Estonia's private companies, after the name ("Baltic Cell Systems SIA", "Piimaküla
    # OÜ"; heldout21, s28-e: an ORG "SIA" or "OÜ" alone)
    + ["SIA", "OÜ"]
    # Danish and Norwegian, as common as "AS" ("Lindeberg Kran A/S"; t13g F2c)
    + ["A/S"]
    # Quebec's "Limitée", with its accent or without ("Arpentage Lévesque Ltée"; s26-i)
    + ["Ltée", "Ltee"]
    # the French-speaking world's SARL as Luxembourg and Switzerland write it, in mixed case
    # ("Kieffer Bau Sàrl", "Boulangerie Favre Sàrl"), and Azerbaijan's joint-stock companies after
    # the name, open and closed ("Şirvan Bağları ASC", "Gəncə Şərab QSC"; heldout23, s30-l: a
    # PERSON "Kieffer Bau Sàrl", an ORG "ASC" alone)
    + ["Sàrl", "Sarl", "ASC", "QSC"]
)
# Legal forms read only as written with their dots, the dots dropped here: in bare capitals they
# are as often other words ("AE", "SL", "EV"). Mexico's second parts ("S.A. de C.V.", "S. de
# R.L."), Greece's ("Thalassa Nera A.E.", "E.P.E.", "I.K.E."), Spain's ("Sagarlan Robotics
# S.L.", "S.L.U."), Qatar's ("Q.P.S.C.", "Q.S.C."), Quebec's partnerships ("S.E.N.C.R.L.",
# "S.E.N.C."). From Wikipedia's "List of legal entity types by country" (s26-i). Colombia's public
# utilities' second form ("Vientos de Jouktai S.A.S. E.S.P.": empresa de servicios públicos; round
# s40-e, a leftover of held-out 32 read as a firm and an ORG "E.S.P.").
DOTTED_LEGAL_FORMS = frozenset({"CV", "RL", "AE", "EPE", "IKE", "SL", "SLU", "QPSC", "QSC", "SENCRL", "SENC", "ESP"})
# Legal forms written as several words, each with its spaces as written: Polish ("Kowalski Stal
# Sp. z o.o.") and Luxembourg's ("Lumen Data S.à r.l."). The recogniser reads each as one token
# (firms.slash_forms), so the firm's run takes it in; firm_core drops it whole.
SPACED_LEGAL_FORMS = frozenset(
    {"Sp. z o.o.", "sp. z o.o.", "Sp. z o. o.", "S.à r.l.", "S. à r.l.", "S.à.r.l."}
    # dotted forms in lower case or with a letter no other form has: Czech and Slovak, the former
    # Yugoslavia's, Turkish ("Včelí Senzor s.r.o.", "Oplata Novi Sad d.o.o.", "Karadeniz Tarım A.Ş.")
    | {"s.r.o.", "a.s.", "d.o.o.", "d.d.", "A.Ş.", "Kft.", "Zrt.", "Nyrt."}
    # Albania's ("Adriatik Dredging Sh.p.k.", "Sh.a."; heldout21, s28-e: a GPE "Adriatik Dredging Sh")
    | {"Sh.p.k.", "sh.p.k.", "Sh.a.", "sh.a."}
    # Iceland's, in lower case with their dot ("Norðurflug ehf.", "Hafgola hf.", "Isavia ohf.";
    # heldout20, session 27: no firm)
    | {"hf.", "ehf.", "ohf."}
    # Spain's cooperative, one word after a dot ("Goierri Forja S.Coop."; s26-i)
    | {"S.Coop.", "S. Coop."}
)
# Nouns that take a number or a letter code without being anyone or any firm: "Title IX",
# "Phase II", "Vatican II", "Apollo XI", "a Grade A/S rating", "Class AB shares".
NUMBERED_NOUNS = frozenset(
    "Title Phase Part Chapter Stage Book Volume Act Schedule Article Section Tier Level Class Category "
    "Grade Type Mark Series Round Episode Season Vatican Apollo Gemini Basel Solvency Division".split()
)
# The legal forms written in lower case after a firm's name ("Skerrow Petroleum plc").
LOWER_LEGAL_FORMS = frozenset({"plc", "ltd", "llc"})
# The legal forms a name takes in after a comma ("Veltrix Systems, Inc.", "Harrow Mills, LLC"),
# as written: not every one of LEGAL_FORMS, as after a comma "SA", "AS" or "AB" are more often
# something else ("Thabo Mbeki, SA president"); dotted, "S.A" and "N.V" are none.
COMMA_LEGAL_FORMS = frozenset({"Inc", "Ltd", "LLC", "Corp", "Co", "PLC", "plc", "AG", "GmbH", "S.A", "N.V", "LLP"})
# The bracketed word some firms write before their legal form ("Lankatea Brokers (Pvt) Ltd",
# "Ceylon Leaf (Private) Limited").
BRACKETED_LEGAL = frozenset({"Pvt", "Pty", "Private"})
# Legal forms written out ("Veltrix Incorporated" is "Veltrix Inc"). Kept apart from
# LEGAL_FORMS because the recogniser reads them as organisation words that may go on with "of"
# ("Corporation of London", "Company of Biologists"), where a short form ends the name.
_SPELLED_LEGAL_FORMS = frozenset({"Incorporated", "Corporation", "Company"})


def _folded_form(form: str) -> str:
    """A legal form as :func:`folded_legal_form` compares it: lower case, a trailing comma and
    the dots dropped, one space between words ("Ltd." → "ltd", "Sp. z o.o." → "sp z oo")."""
    return " ".join(form.rstrip(",").lower().replace(".", "").split())


# Every legal form as compared folded (lower case, dots dropped): the one list the grouping's
# word sets (firm_homes.DESIGNATORS, FIRM_TAILS) and search's firm cores read.
# ("Pvt" is one alone too; "Private" only bracketed: "Kestrel Private" may be a firm's name.)
# The legal forms of three letters or more as a firm written in capitals ends ("KVITRA SHIPPING
# LTD"); the two-letter ones ("CO", "AS", "SA") in capitals are as often other words.
# The one-token dotted forms as an all-caps text writes them ("S.R.O.", "D.O.O.", "A.S.").
SHOUTED_DOTTED_FORMS = frozenset(f.upper() for f in SPACED_LEGAL_FORMS if " " not in f)
SHOUTED_LEGAL_FORMS = frozenset(f.upper() for f in (*LEGAL_FORMS, *_SPELLED_LEGAL_FORMS) if len(f) >= 3)
LEGAL_FORM_WORDS = frozenset(w.lower() for w in (*LEGAL_FORMS, *LOWER_LEGAL_FORMS, *_SPELLED_LEGAL_FORMS, "Pvt")) | {
    _folded_form(f) for f in SPACED_LEGAL_FORMS
}
# (and as folded keys write them, accents dropped: "OÜ" is "ou")
LEGAL_FORM_WORDS |= {fold(w) for w in LEGAL_FORM_WORDS}
_BRACKETED_FOLDED = frozenset(w.lower() for w in BRACKETED_LEGAL)


def legal_form(word: str) -> bool:
    """Whether ``word`` (one word as written, a trailing comma allowed) is a company's legal form
    (:data:`LEGAL_FORMS`), written with or without dots ("Ltd", "Ltd.", "S.A.", "N.V."), in
    lower case ("plc", "ltd", "llc"), in capitals ("LTD", "CORP": :data:`SHOUTED_LEGAL_FORMS`) or bracketed before the form ("(Pvt)", "(Pty)",
    "(Private)"; "Pvt" alone too). The one legal-form test: of a word as written and of a token
    as the recogniser splits a run ("S.A.", "Sp. z o.o.", "A/S" one token: ``slash_forms``)."""
    w = word.rstrip(",")
    if w.startswith("(") and w.endswith(")"):
        return w[1:-1] in BRACKETED_LEGAL
    if w == "Pvt":
        return True
    if w in SPACED_LEGAL_FORMS or w + "." in SPACED_LEGAL_FORMS:
        return True
    if w.isupper() and (w in SHOUTED_DOTTED_FORMS or w + "." in SHOUTED_DOTTED_FORMS):
        return True  # "OCELMOST S.R.O. WILL CUT 45 JOBS" (t13l F2)
    w = w.rstrip(".")
    return (
        w in LEGAL_FORMS
        or w in LOWER_LEGAL_FORMS
        or w in SHOUTED_LEGAL_FORMS
        or ("." in w and w.replace(".", "") in LEGAL_FORMS | DOTTED_LEGAL_FORMS)
    )


# A legal form in capitals → as the list spells it ("GMBH" → "GmbH", "LTD" → "Ltd"; the first
# in code-point order where two spell it: "PLC" before "Plc").
FORM_SPELLING: dict[str, str] = {}
for _form in sorted((*LEGAL_FORMS, *_SPELLED_LEGAL_FORMS)):
    FORM_SPELLING.setdefault(_form.upper(), _form)


def bare_determiner(name: str) -> bool:
    """Whether ``name`` is a determiner written alone, capitalised ("The", "THE", "These", "Its"):
    never a name, whatever rule read it as one (a country's "The" left outside its name, "and The
    Gambia", was a GPE "The", and so every sentence-opening "The": t13v F3, round s32-r). A word
    in capitals other than "THE" may be an acronym ("ITS")."""
    return name.lower() in DETERMINERS and (not name.isupper() or name in ("THE", "A"))


def title_cased(name: str) -> str:
    """``name`` written in capitals ("KVALSUND", "SÃO PAULO", "ST. LOUIS", "VESTHAV SHIPPING AS")
    as a name is written in prose: each word capitalised (:meth:`str.title`: "O’HARE" →
    "O’Hare"), a legal form as :data:`LEGAL_FORMS` spells it ("AS", "GmbH", "Ltd"). The one rule
    by which a name seen only in capitals (a wire dateline's place, a firm in a shouted lede) is
    keyed and so named, in the per-article list and the whole corpus's alike. A word that links
    a name's words inside it, "and" of two partners or "of", in lower case ("MCATEER AND QUINN
    LTD" → "Mcateer and Quinn Ltd", "BANK OF SPAIN" → "Bank of Spain")."""
    return " ".join(
        w.lower() if k and w.lower() in _LINKS_IN_CAPITALS else FORM_SPELLING.get(w.rstrip(".,").upper(), w.title())
        for k, w in enumerate(name.split())
    )


def firm_core(name: str) -> str:
    """A firm's ``name`` without the legal forms that end it (:func:`legal_form`) and the comma
    before them, words joined by one space: "Brightwater Ferries Ltd." → "Brightwater Ferries",
    "Veltrix Systems, Inc." → "Veltrix Systems", "Meridian Palm Trading Pte Ltd" → "Meridian
    Palm Trading". Never empty: a name that is all legal forms ("AB") is given back as written
    (one space between words); so is a name whose last word left would be "&" or "and" ("Lord
    Abbett & Co": the "Co" belongs to the name)."""
    return " ".join(_without_forms(name.split(), legal_form))


def _without_forms(words: list[str], is_form: Callable[[str], bool]) -> list[str]:
    """``words`` without the words ending them that ``is_form`` calls legal forms (one word
    kept at least) and the comma before them; ``words`` as given when the last word left would be
    "&" or "and" (the form belongs to the name: "Lord Abbett & Co")."""
    core = list(words)
    # a form of several words ("Sp. z o.o.": SPACED_LEGAL_FORMS) is dropped whole
    while cut := next((k for k in (3, 2, 1) if len(core) > k and is_form(" ".join(core[-k:]))), 0):
        del core[-cut:]
    if core[-1:] and core[-1].lower() in ("&", "and"):
        core = list(words)
    if core:
        core[-1] = core[-1].rstrip(",")
    return core


def folded_legal_form(word: str) -> bool:
    """Whether ``word`` (one word, any case, a trailing comma allowed) is a legal form read
    folded (:data:`LEGAL_FORM_WORDS`): "ltd", "Ltd.", "LIMITED", "p.l.c.", "L.L.C.",
    "incorporated", "corporation", "company", "(pvt)". Unlike :func:`legal_form`, for text
    whose case says nothing (a typed query, folded keys): "as" and "co" count."""
    w = word.rstrip(",").lower()
    if w.startswith("(") and w.endswith(")"):
        return w[1:-1] in _BRACKETED_FOLDED
    return _folded_form(w) in LEGAL_FORM_WORDS


def folded_firm_core(name: str) -> str:
    """``name`` folded to lower case without the legal forms that end it
    (:func:`folded_legal_form`) and the comma before them, words joined by one space:
    "Brightwater Ferries Limited" → "brightwater ferries", "veltrix systems, incorporated" →
    "veltrix systems", "Acme p.l.c." → "acme". Never empty: a name that is all legal forms is
    given back whole (lower case); so is a name whose last word left would be "&" or "and"
    ("Lord Abbett & Co"). As :func:`firm_core` (one rule), for names whose case says nothing."""
    return " ".join(_without_forms(name.lower().split(), folded_legal_form))


# Cue words after which "of" continues a name: "Ministry of Commerce", "Bank of America".
OF_CUES = (
    frozenset(CUES)
    | {
        "Republic",
        "Kingdom",
        "State",
        "States",
        "Gulf",
        "Strait",
        "Sea",
        "Isle",
        "Bank",
        "House",
        "Museum",
        "Battle",
        "Treaty",
        "Secretary",
        "Minister",
        "Commissioner",
        "Director",
        # a head of a body's part ("Head of Security", "Chief of Staff"): a title as "Director of"
        # is, which the name after it follows ("Head of Security Per Skaar": t13j F13)
        "Head",
        "Chief",
        "Friends",
    }
) - LEGAL_FORMS
CONNECT = frozenset(
    {
        "of",
        "for",
        "de",
        "du",
        "des",
        "la",
        "le",
        "von",
        "van",
        "der",
        "den",
        "da",
        "bin",
        "bint",
        "ibn",
        "al",
        "on",
        "and",
        "&",
        # French "and", only inside a firm's name before its legal form ("Génie Bérubé et Fils Inc.")
        "et",
        "the",
        "do",
        "dos",
        "das",
        "del",
        "di",
        "aux",
        "au",
        # Spanish's article after "de" inside a body's name ("Organización de Desarrollo de las
        # Comunidades Fronterizas del Cenepa": round s50-e, cut at "de las")
        "las",
        "los",
        # Italian's articled "of the" ("Agenzia delle Entrate", "Ministero della Salute")
        "della",
        "delle",
        "degli",
        "dei",
        "dello",
    }
)
# Link words title_cased writes in lower case inside a name ("BANK OF SPAIN"; not the one-letter
# "I", "E", "Y" nor "EN": "World War I")
_LINKS_IN_CAPITALS = frozenset("of for and és und et og och".split())
# A firm named after its partners joins them with "and" in its own language ("Parry and Glyn
# LLP", "Génie Bérubé et Fils Inc.", "Szabó és Társa Zrt", "Müller und Söhne GmbH", "García y
# Hermanos S.L.", "Ferraro e Figli S.p.A.", "Berg og Sønner AS", "Lind och Söner AB", "Jansen en
# Zonen BV"): only inside such a firm's name are the other languages' words one
# (firms.partners_firm), never a connector of names in general.
PARTNER_CONJUNCTIONS = frozenset("and et és und y e i og och en".split())
# The partners a firm names by a word for them, not by their names ("Smith and Partners Ltd",
# "Szabó és Társa", "Ferraro e Figli"): after a partner conjunction the firm's name with or
# without its legal form; firm_homes.FIRM_TAILS reads them folded.
PARTNER_WORDS = frozenset(
    "Partners Associates Associés Associados Asociados Sons Daughters Brothers Bros Fils Frères Söhne Brüder "
    "Társa Társai Fia Fiai Figli Fratelli Hijos Hermanos Filhos Irmãos Sønner Brødre Söner Bröder Zonen Gebroeders".split()
)
# German prepositions that open a sentence ("Vor Siemens Energy lag Nordex", "Nach Zürich reiste
# er", "Laut Polizei Hamburg"): capitalised by their place, never a name's first word (round s39-e:
# a reported leftover, "Vor Siemens Energy" an ORG). Not those that are names or acronyms too
# ("Bei", "Zu", "Um", "Ab", "Bis").
SENTENCE_PREPOSITIONS = frozenset(
    "vor nach seit laut trotz mit für über unter aus gegen ohne während wegen neben hinter zwischen durch".split()
)
# Spanish and Portuguese verbs that open a headline or a sentence before the firm that does it
# ("Anuncia Grupo Bimbo nuevas inversiones", "Adquire Banco X a …"): the third person, present and
# past, of the verbs business copy opens with. A name's own first word of the same shape
# ("Pontificia Universidad", "Caixa Banco", "Evangelische Stiftung") is no verb and stays in the
# name (review s39-rv, 8: the rule took any word ending in -a/-e for a verb).
OPENING_VERBS = frozenset(
    """anuncia anuncian anunció anunciaron anunciam anunciou presenta presentan presentó apresenta
    apresentou confirma confirman confirmó confirmou abre abren abrió abriu cierra cerró fecha fechou
    lanza lanzó lança lançou adquiere adquirió adquire adquiriu compra compran compró comprou vende
    venden vendió vendeu invierte invirtió investe investiu inaugura inauguró inaugurou firma firmó
    assina assinou reporta reportó registra registró registrou obtiene obtuvo obtém recibe recibió
    recebe recebeu gana ganó ganha ganhou pierde perdió perde perdeu crece creció cresce cresceu
    alcanza alcanzó alcança alcançou supera superó superou aumenta aumentó aumentou reduce redujo
    reduz reduziu amplía amplió amplia ampliou expande expandió expandiu celebra celebró celebrou
    nombra nombró nomeia nomeou designa designó designou busca buscó buscou planea planeó planeja
    planejou prevé prevê destaca destacó destacou informa informó informou advierte advirtió
    adverte advertiu niega negó nega negou rechaza rechazó rejeita rejeitou logra logró consigue
    consiguió impulsa impulsó impulsiona impulsionou ofrece ofreció oferece ofereceu entrega
    entregó entregou otorga otorgó concede concedió concedeu solicita solicitó solicitou denuncia
    denunció denunciou suspende suspendió suspendeu renueva renovó renova renovou estrena estrenó
    estreia estreou lidera lideró liderou encabeza encabezó suma sumó soma somou cae cayó cai caiu
    sube subió sobe subiu baja bajó reafirma reafirmó reafirmou acuerda acordó acorda acordou
    eleva elevó elevou recorta recortó corta cortou despide despidió demite demitiu contrata
    contrató contratou""".split()
)
NAME_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "von", "van", "der", "den", "da", "bin", "bint", "ibn", "al", "do", "dos", "das"}
    | {"del", "di", "aux", "au"}  # (French places too: "Port aux Basques")
    # Italian's articled "of the" inside a body's name ("Agenzia delle Entrate", "Istituto della
    # Enciclopedia Italiana"; t13al-r S6)
    | {"della", "delle", "degli", "dei", "dello"}
)
# Particles opening a surname, written capitalised inside a full name as a word of its own: Italian
# "Di Stefano", "Lo Presti", "Li Causi", "Della Valle", Portuguese "Dos Santos", Spanish "De La
# Cruz", Dutch "Van Der Berg" (round s38-e: held-out 31's "Carmela Di Stefano Lo Presti" was no
# name). Never "Al", "Bin", "Le" alone: words opening other names ("Al Jazeera", "Le Monde").
SURNAME_PARTICLES = frozenset(
    "Di De Da Do Dos Das Del Della Dello Delle Degli Dalla Dal Lo Li La Van Von Der Den Ten Ter Du Des".split()
)
# Irish and Scottish surname particles, written capitalised as a word of their own ("Siobhán Ní
# Bhriain", "Dónal Ó Briain", "Seán Mac Giolla Phádraig"): a surname's opening, never a name alone.
GAELIC_PARTICLES = frozenset("Ó O Ní Nic Mac Mc Ua Uí Mhic".split())
# The lower-case words a name may hold between its capitalised ones ("Bank of Spain", "Ursula
# von der Leyen"): across articles, a typed name holding any other lower-case word types no
# other mention (corpus_votes.corpus_names), so what the index keeps of an article's text after a
# capitalised word ends at the first such word (open_places.open_places).
NAME_LINK_WORDS = CONNECT | NAME_PARTICLES | PARTNER_CONJUNCTIONS  # ('Szabó és Társa')
# First words that type a name by themselves ("Banco Cordillera", "Lake Athabasca").
PREFIX_CUES = dict.fromkeys(
    "Banco Banca Banque Grupo Cooperativa Asociación Associação Instituto "
    "Universidad Universidade Fundación Compagnie Société "
    # parties and movements named in Spanish, Portuguese or Italian ("Frente Andino Popular")
    "Frente Partido Movimiento Movimento Alianza Aliança".split(),
    "ORG",
)
PREFIX_CUES.update(dict.fromkeys("Museo Musée Museu Teatro Théâtre".split(), "ORG"))
# Public bodies, federations and funds named in Spanish, Portuguese, French or Italian by their kind
# first ("Fondo Nacional de Desarrollo Científico", "Federación Nacional de Fútbol de Guatemala",
# "Organización de Desarrollo de las Comunidades …", "Union des Producteurs …": round s50-e,
# held-out 42's and 43's foreign-language ORGs were nothing): the kind nouns of the RAE's, the
# Larousse's and the Treccani's entries for a public or a member body, each language's form. Not
# the English words of the same spelling that open common phrases ("Direction", "Academia").
PREFIX_CUES.update(
    dict.fromkeys(
        "Fondo Fonds Fundo Federación Fédération Federação Federazione Organización Organização "
        "Organizzazione Dirección Direção Direzione Unión União Unione Confederación Confédération "
        "Confederação Confederazione Comisión Comissão Commissione Consejo Conseil Conselho Consiglio "
        "Fondation Fundação Fondazione Sindicato Syndicat Sindacato Secretaría Secretaria Secrétariat "
        "Superintendencia Superintendência Agencia Agence Agência Agenzia Caisse Oficina Servicio Serviço "
        "Servizio Comité Comitato Comitê Autoridad Autorité Autoridade Autorità Observatorio Observatoire "
        "Observatório Osservatorio Procuraduría Defensoría Contraloría Ministerio Ministère Ministério "
        "Ministero".split(),
        "ORG",
    )
)
# Firms named in Spanish, Portuguese or Italian by their trade first, then "del"/"do"/"di" and a
# region ("Eléctrica del Norte", "Energia do Sul", "Compañía Naviera del Atlántico", "Empresa
# Eléctrica de Valdemora"; t13af N20: PERSONs, cut to their first word, or nothing), accents
# written or not.
PREFIX_CUES.update(
    dict.fromkeys(
        "Eléctrica Electrica Elétrica Eletrica Elettrica Energía Energia Compañía Compania Companhia "
        "Compagnia Empresa Empresas Naviera Navieras Distribuidora Constructora Petróleos Petroleos "
        "Ferrocarriles Aguas Gasoductos Transportes Industrias Indústrias Cementos Cimentos "
        # distillers, brewers, glassworks, bottlers, miners, millers and other trades ("Destilería
        # Yucunama", "Vidriera del Bajío": issue #16, round s43-e, held-out 36's ORGs were PERSONs)
        "Destilería Destileria Destilaria Distilleria Cervecería Cerveceria Cervejaria Vidriera Vidrieria "
        "Embotelladora Engarrafadora Tequilera Mezcalera Vinícola Vinicola Vitivinícola Vitivinicola Bodegas "
        "Minera Mineradora Pesquera Azucarera Harinera Maderera Tabacalera Lechera Siderúrgica Siderurgica "
        "Metalúrgica Metalurgica Química Quimica Farmacéutica Farmaceutica Laboratorios Aseguradora Seguradora "
        "Financiera Inmobiliaria Imobiliária Imobiliaria Comercializadora Exportadora Importadora Aerolíneas "
        "Aerolineas Panificadora Curtiduría Curtiduria "
        # power firms by their kind of plant, as "Eléctrica" ("Hidroeléctrica del Alcárdena", "Eólica
        # del Norte", "Hidrelétrica do Sul": t13at N6, not recognised)
        "Hidroeléctrica Hidroelectrica Hidrelétrica Hidreletrica Hidroelétrica Idroelettrica Eólica Eolica".split(),
        "ORG",
    )
)
# Broadcasters named by their kind first: "Radio Pudahuel", "Radio Absoun".
PREFIX_CUES.update(dict.fromkeys("Radio Rádio Radyo".split(), "ORG"))
# Firms and bodies named in French, German, Dutch or Italian by their kind first: "Brauerei
# Hollfeld", "Laiteries Morvan", "Association Terre Vive", "Stichting Waterland".
PREFIX_CUES.update(
    dict.fromkeys(
        "Groupe Association Fondation Laiterie Laiteries Fromagerie Fromageries Établissements Caisse "
        "Brauerei Getränke Stadtwerke Verlag Autohaus Bäckerei Stiftung Verein Stichting Fondazione "
        "Associazione Gruppo Bodegas Bodega".split(),
        "ORG",
    )
)
# Universities, governments, dairies and wrestling stables named by their kind first in
# Indonesian, Italian, German, French, Polish, Czech, Dutch, Galician and Senegalese copy
# ("Universitas Gadjah Mada", "Università di Cagliari", "Xunta de Galicia", "Consellería do Mar",
# "Latteria Sociale di Orune", "Écurie Yoff": round s34-b, no name or a PERSON); a church's word
# first is its building's (FAC, below)
PREFIX_CUES.update(
    dict.fromkeys(
        "Universitas Università Universität Université Uniwersytet Univerzita Universiteit "
        "Xunta Consellería Conselleria Latteria Écurie".split(),
        "ORG",
    )
)
# Spain's regional and provincial governments and councils named by their kind first, then "de"
# and their region or province ("Junta de Castilla y León", "Generalitat de Catalunya",
# "Diputación de Valencia", "Cabildo de Tenerife", "Diputació de Barcelona"), as the Spanish
# Constitution's and the statutes of autonomy's bodies are written (issue #16, round s51-e: "La
# Junta de Castilla y León" was the Colorado town "La Junta" and a region). The Xunta and the
# Consejo are above.
PREFIX_CUES.update(
    dict.fromkeys("Junta Generalitat Diputación Diputacion Diputació Cabildo Ayuntamiento Ajuntament".split(), "ORG")
)
# Public bodies named in Italian, Spanish, Portuguese, French or German by their kind first, their
# other words joined by lower-case particles ("Agenzia Italiana del Farmaco", "Agencia Estatal de
# Meteorología", "Istituto Superiore di Sanità", "Agence nationale de sécurité du médicament";
# t13al-r S6: no name in any article, or a PERSON). Not the English homographs ("Tribunal",
# "Direction", "Camera", "Office"): English words, capitalised at a sentence's start.
PREFIX_CUES.update(
    dict.fromkeys(
        "Agenzia Agencia Agência Agence Istituto Institut Autorità Autoridad Autoridade Autorité "
        "Ministero Ministerio Ministério Ministère Servizio Servicio Serviço Commissione Comisión Comissão "
        "Consiglio Consejo Conselho Conseil Ufficio Oficina Direzione Dirección Direção Secretaría "
        "Procuraduría Fiscalía Superintendencia Contraloría Defensoría Tribunale Bundesamt Bundesanstalt".split(),
        "ORG",
    )
)
# Football clubs: "Real Zaragoza", "Atlético Ourense", "Olympique Vernon", "Spartak Trnava",
# "Lokomotiv Plovdiv" ("Spartak", an old Russian given name too, is the clubs' in English text).
PREFIX_CUES.update(
    dict.fromkeys("Real Atlético Atletico Sporting Dynamo Dinamo Olympique Racing Spartak Lokomotiv".split(), "ORG")
)
PREFIX_CUES.update(dict.fromkeys("Lake Mount Mt Mt. Cape River".split(), "LOC"))
# Valleys, mountains, lakes, islands and gulfs named by their kind first in Arabic, French,
# Spanish, Portuguese or Italian: "Jebel Marra", "Oued Souf", "Lac Léman", "Ilha Grande", "Golfo Nuevo"
# (not "Wadi" nor "Isla": given names too, "Wadi Haddad said").
PREFIX_CUES.update(dict.fromkeys("Jebel Jabal Djebel Oued Lac Ilha Île Isola Cerro Laguna Golfo Golfe".split(), "LOC"))
# Mountains, capes and valleys named by their kind first in Italian, French or Romansh: "Monte
# Stello", "Cap Corse", "Capo Testa", "Punta Penna", "Piz Linard", "Lago Maggiore", "Valle Maira"
PREFIX_CUES.update(dict.fromkeys("Monte Monti Cap Capo Punta Pointe Piz Pizzo Lago Valle Vallée".split(), "LOC"))
# Passes, peaks and massifs named by their kind first in French, Italian or Catalan: "Col du
# Bougnon", "Pic de Sardagne", "Mont Aigoual", "Passo del Tonale", "Puig Major" (round s33-d: "Col
# du Bougnon" was a PERSON "Bougnon"; "Col" before a name with no particle stays a colonel's title,
# recogniser._classify). Not "Sierra", "Serra", "Paso", "Pico": towns' first words too ("Sierra
# Mojada", "Paso Robles", "Pico Rivera").
PREFIX_CUES.update(dict.fromkeys("Col Colle Pic Mont Massif Passo Puig".split(), "LOC"))
# The same kinds written in lower case before a name, as French, Spanish, Italian and Portuguese
# write a mountain's, a lake's or a river's kind ("l'éruption du mont Keldra", "del monte Keldra",
# "le lac Léman", "el río Ebro", "il lago Maggiore", "el volcán Keldra", "la isla Margarita"): the
# name after it is a LOC (t13ac M16, round s36-x4: no name was read there). The LOC cues above,
# lower-cased, and Spanish, Portuguese and Italian rivers, volcanoes and islands; not English
# words ("lake", "mount", "cape"), nor "cap", "col" and "pic", English words too ("the price cap
# Ofgem set").
LOWER_LANDFORM_KINDS = frozenset(
    {k.lower() for k, v in PREFIX_CUES.items() if v == "LOC"} - set("lake mount mt mt. cape river cap col pic".split())
) | frozenset("río rio volcán volcan vulcano isla".split())
# Buildings and places named in Spanish, Portuguese, Italian or French: "Mercado del Grao".
PREFIX_CUES.update(
    dict.fromkeys(
        "Mercado Mercat Marché Plaza Praça Piazza Palacio Palácio Palazzo Estadio Estádio Stade Stadio "
        "Puente Ponte Castillo Castelo Castello Château Catedral Iglesia Igreja Chiesa Aeropuerto Aeroporto "
        "Aéroport Calle Avenida Rua Parque Parc Torre".split(),
        "FAC",
    )
)
PREFIX_CUES.update({"Fort": "GPE", "Ft.": "GPE"})
# Legal forms the Baltic states', the post-Soviet states' and Azerbaijan's firms write before the
# name as often as after it ("SIA Kurzemes Koks", "UAB Medienos Pramonė", "JSC Temir Zholy",
# "OOO Volga Trans", "MMC Qəbələ Fındıq"; heldout23, s30-l: an ORG "SIA" and a PERSON "Kurzemes
# Koks"): of three letters or more, as "AS" or "SA" first are as often other words ("SA Rugby").
PREFIX_LEGAL_FORMS = frozenset("SIA UAB OOO ZAO PAO JSC PJSC OJSC CJSC MMC ASC TOO".split())
PREFIX_CUES.update(dict.fromkeys(PREFIX_LEGAL_FORMS, "ORG"))
# Indonesia's legal forms, written before the name only ("PT Sinar Kapuas Lestari Tbk", "CV Mitra
# Usaha"): of two letters, so a first word only where the firm's name follows (round s33-c,
# heldout26's "PT Tirtamulya Teknologi Hijau" was no name, "PT Mega Sarana Teknik" a PERSON);
# "PT" after a clock is Pacific Time (recogniser: after_clock).
LEADING_LEGAL_FORMS = frozenset("PT CV".split())
PREFIX_CUES.update(dict.fromkeys(LEADING_LEGAL_FORMS, "ORG"))
# Lower-case nouns of an institution after its name and "the": "the Santa Luzia hospital" is the
# hospital, no person (t13n F3).
INSTITUTION_NOUNS = frozenset(
    "hospital clinic school college university church chapel cathedral convent monastery seminary".split()
)
# A town's or a port's own bodies, named by the place and then one of these words (folded): the
# place's word alone is the place, never a short form of the body ("The Marholm strike" beside
# "Marholm Port Authority" and "Marholm Chamber of Commerce": issue #16, t13aj N8), while another
# body's kind word names a body ("Quillfen Systems" ... "Quillfen" is the firm). A chamber is
# matched by its first words, "chamber of" (commerce, industry, trade, deputies).
PLACE_BODY_TAILS = frozenset(
    {
        *(f"{port} authority" for port in ("port", "ports", "harbour", "harbor", "airport")),
        *(f"{kind} council" for kind in ("city", "town", "county", "district", "borough", "municipal", "parish")),
        "council",
        "city hall",
        "municipality",
        "police",
        "fire brigade",
        "fire department",
        "police department",
    }
)
PLACE_BODY_OPENINGS = ("chamber of ",)


def place_body_tail(tail: str) -> bool:
    """Whether ``tail``, a body's name after its first word ("Port Authority", "Chamber of
    Commerce and Industry"), is a body a place is named by: :data:`PLACE_BODY_TAILS` or a
    chamber's :data:`PLACE_BODY_OPENINGS` (case and spacing folded)."""
    folded = " ".join(tail.lower().split())
    return folded in PLACE_BODY_TAILS or folded.startswith(PLACE_BODY_OPENINGS)


# A firm's generic word a filing or a press release capitalises as its defined term ('Hidroandina
# Energía S.A. ("Hidroandina" or "the Company")', "the Group", "the Bank"): after "the", alone, no
# name of its own unless the article names a body ending with it ("World Bank", "Kestrel Group"),
# whose short form it is (t13p F10: an ORG "Company").
DEFINED_TERMS = frozenset("Company Group Bank Issuer Firm Corporation Partnership Fund Trust Society".split())
# Lower-case nouns of a structure after its name: "the Rocío Alto dam" is the dam, a FAC, never a
# person (t13p F11), nor "the Kestrel Ridge tunnel" a landform.
STRUCTURE_NOUNS = frozenset(
    "dam dams reservoir bridge tunnel mine mines plant refinery smelter pipeline canal barrage "
    "viaduct airport airfield spillway levee dyke dike embankment tailings colliery quarry pit shaft".split()
)
# Lower-case words between a facility's name and its structure noun that say what it works or how
# ("the San Telmo copper mine", "the Kwame Asante open-pit gold mine", "the Sainte-Barbe coal pit";
# t13y G10): context._FACILITY_AFTER reads at most two of them, never another kind of word (a verb
# or "the" between would join a name to a later sentence's noun).
FACILITY_MODIFIERS = frozenset(
    "copper gold coal silver tin zinc lead nickel iron ore lithium uranium cobalt diamond platinum bauxite "
    "potash salt phosphate manganese tungsten chrome emerald jade granite marble limestone slate gravel "
    "sand oil gas open-pit opencast open-cast underground deep disused abandoned flooded old hydroelectric "
    "hydro storage suspension railway rail road toll".split()
)
# A facility's kind noun written before its name in the languages the recogniser reads, after an
# article or a preposition ("una galería de la mina San Telmo", "a mina São Bento", "les mineurs du
# puits Sainte-Barbe", "die Bergleute der Zeche Glückauf Ost", "la presa Cerro Azul"; t13y G10:
# "San Telmo" was a PERSON): the name is that facility, FAC (context._FACILITY_KIND_BEFORE). The
# French "mine", also an English word ("a friend of mine"), only after "la", "une" or "de la".
FACILITY_KINDS_BEFORE = frozenset(
    "mina minas puits Zeche Grube Bergwerk Tagebau miniera mijn kopalnia presa embalse barragem "
    "barrage diga Talsperre refinería refinaria raffinerie carrière cantera pedreira".split()
)
# Neighbourhoods and parishes, industrial zones and streets named by their kind first in Portuguese
# or Spanish (t13n F3: "Bairro do Sol", "Zona Industrial da Várzea" were people): a neighbourhood
# is a GPE (OntoNotes types a city's districts so), a zone or street a FAC, as "Rua" and "Avenida".
PREFIX_CUES.update(dict.fromkeys("Bairro Barrio Freguesia".split(), "GPE"))
PREFIX_CUES.update(dict.fromkeys("Zona Polígono Poligono Largo Travessa Estrada".split(), "FAC"))
# French streets named by their kind first ("Rue du Marais", "Le Chemin du Moulin", "la Rue des
# Écoles"; round s40-e2: held-out 33's PERSON "Le Chemin du Moulin", held-out 6's missed "Rue du
# Quartier"), FACs as "Rua" and "Calle".
PREFIX_CUES.update(dict.fromkeys("Rue Ruelle Chemin Impasse Allée Quai".split(), "FAC"))
# Ports and islands named by their kind first (t13t F2: "Puerto Calder" and "Isla Merced" were
# people): a port town is a GPE, as "Fort", an island a LOC, as "Ilha" and "Île" ("Isla" and "Isle"
# only where no person's cue is near: "Isla Fisher said" stays a person).
PREFIX_CUES.update(dict.fromkeys("Puerto Porto Port".split(), "GPE"))
PREFIX_CUES.update(dict.fromkeys("Isla Isle Illa Insel".split(), "LOC"))
# A saint's title opening a town's name ("San Isidro", "Santa Lucia", "São Bento", "St Ives"): no
# cue alone (saints and people are named so too), but such a name typed a place where the corpus
# says so (a dateline) and a person elsewhere is the town (firm_homes.things_named_as_people).
SAINT_FIRSTS = frozenset("San Santa Santo São Sao Saint Sainte St St. Sant Sankt Sto. Sta.".split())
# Hyphenated prefixes that make one word with a following known name: "Inter-American".
HYPHEN_PREFIX = frozenset("Inter Pan Trans Anglo Sino Afro Euro Indo Ibero".split())
WEEKDAYS_MONTHS = frozenset(w.capitalize() for w in (*WEEKDAYS, *MONTHS))
# Feasts and holidays named by one word: a time of year, as a month is (OntoNotes reads them as
# DATE, the names set as no name), never a place or a person "in Easter message" (t13ag N9).
FEASTS = frozenset(
    """Easter Christmas Xmas Lent Advent Pentecost Epiphany Ramadan Eid Diwali Deepavali Holi Navratri
    Hanukkah Chanukah Passover Purim Sukkot Shavuot Thanksgiving Halloween Nowruz Vesak Songkran
    Tet Onam Pongal Kwanzaa Michaelmas Whitsun""".split()
)

# The labels of a blog post's category and tag line ("Posted in News Tagged Grauhorn, cable car",
# "Filed under World"): no word of a name, they end the name before them (t13q: a place "News
# Tagged Grauhorn").
TAG_LABELS = frozenset({"Tagged", "Filed"})
PLACE_BEFORE = frozenset(
    {
        "in",
        "near",
        "outside",
        "across",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
    }
)
# Lower-case kinds of place after a name: "Guangxi region", "Sichuan province".
PLACE_KIND_AFTER = frozenset(
    "region province prefecture county district governorate oblast municipality emirate "
    "regions provinces prefectures counties districts governorates municipalities".split()
)
# Verbs of going somewhere: "flew to X", "moved to X" name a place (a bare "to X" may not).
MOTION = frozenset(
    """flew fly flies flying moved move moves moving travelled traveled travel travels went go goes
    returned return returns retired retire fled flee flees headed head heads came come comes
    drove drive sailed evacuated relocated rushed sent travelling traveling heading returning
    driving sailing""".split()
)
# Verbs of travelling before "from": the word after is where the journey starts ("flies from X",
# "fled from X"); not "comes from" (a person: "criticism comes from Marwick").
TRAVEL_FROM = frozenset(
    """flew fly flies flying flown sailed sail sails fled flee flees travelled traveled travel travels
    drove drive evacuated returned""".split()
)
# Verbs of going on foot, by animal or by paddle, as English dictionaries list them under "travel"
# (issue #16, round s48-e: "walked from Gamètì to Behchokǫ̀ with dogs"). Read only where a journey
# has both its ends written ("walked from X to Y": places.place_cue), never before a bare "to":
# "marched to Parliament", "walked to Messi", "Long Walk to Freedom" name no place (review s48-rve
# finding 3). "migrate" and "commute" are left out: "migrated from Twitter to Mastodon".
ON_FOOT = frozenset(
    """walked walk walks walking rode ride rides riding hiked hike hikes hiking trekked trek treks
    trekking marched march marches marching paddled paddle paddles paddling swam swim swims
    swimming""".split()
)
# Ways of going, before "to" or "from": "the bus to X", "the six-hour trip downstream to X",
# "sleeper services to X", "the last bus from X", "the 06:12 service from X to Y" (t13ab L14: the
# singular "tram", "plane" were missing, and invented towns at a journey's ends were no places).
TRANSPORT = frozenset(
    """bus buses minibus coach coaches train trains ferry ferries boat boats flight flights services
    trip trips journey journeys road roads route routes cruise downstream upstream inland taxi taxis cab cabs jeep
    jeeps tram trams plane planes shuttle shuttles voyage voyages""".split()
)
# Nouns that name a journey only with both its ends written: "the 06:12 service from X to Y", "the
# express from X to Y", "the line from X to Y" (not "the service from Marlow Bakery").
JOURNEY_BOTH_ENDS = frozenset("service express expresses line lines".split())
# Nouns of a place before "of": "the district headquarters of X", "the outskirts of X".
PLACE_OF = frozenset(
    """headquarters outskirts suburbs suburb town village city district province county municipality
    residents inhabitants"""
    # a place's other kinds and its shore ("the Kinshasa commune of Bandalungwa", "the Arctic coast
    # of Chukotka": round s37-e, heldout30)
    """ commune parish hamlet settlement coast coastline shores""".split()
)
# Verbs whose object is a place: "I reached X", "crossed into X".
REACH = frozenset("reached reach reaches reaching crossed".split())
# Words after "Name," that introduce an apposition describing a person ("Mwale, a 52-year-old ...").
APPOSITION = frozenset({"a", "an", "who", "whose", "aged"})

# Job words written in lower case before a name: "prime minister Kadri Vaher", "analyst Lena Park"
# (capitalised at a sentence's start too: "Baker Ingrid Sorvaag opened her shop", where a job word
# that is also a name, "Baker", is one only before a full name: person_jobs.initial_job; and
# mid-sentence before a given name and a surname: "when Nurse Eva Lange arrived", person_jobs.job_before_name);
# athletes of every sport ("the young wrestler Babacar Mbaye": round s32-b, heldout25, no name;
# "Pitcher Shirleen Napaljarri Ross", "Advisor Moatemsu Imchen said": round s41-e, held-out 34, no
# name and a PERSON with the job in).
LOWER_TITLES = frozenset(
    """minister president premier chancellor secretary governor mayor senator ambassador analyst
    economist director chairman chairwoman chair spokesman spokeswoman spokesperson founder
    executive officer professor researcher scientist judge lawyer attorney prosecutor commissioner
    chief captain coach manager editor correspondent reporter mp chef cook striker goalkeeper
    midfielder defender winger forward skipper player cyclist runner sprinter swimmer boxer jockey
    trainer singer actor actress author novelist writer poet playwright architect engineer designer
    artist photographer farmer teacher nurse doctor surgeon officer lawmaker legislator councillor
    councilor activist campaigner entrepreneur investor banker trader diplomat envoy pastor priest
    imam rabbi comedian presenter journalist columnist historian scholar physicist chemist
    biologist astronomer pianist violinist composer conductor producer tycoon billionaire treasurer
    reviewer critic substitute lecturer organiser organizer referee umpire opener spinner seamer bowler
    master harbourmaster harbormaster postmaster stationmaster
    batsman batter wicketkeeper all-rounder frontman frontwoman guitarist drummer bassist vocalist
    boatman fisherman owner shopkeeper vendor driver pilot guide
    baker butcher carpenter plumber electrician mechanic welder tailor shepherd weaver mason hunter
    miner midwife paramedic firefighter lifeguard ferryman deckhand sailor crofter herder grocer
    florist hairdresser barber cleaner cashier waiter waitress labourer laborer caretaker
    pharmacist porter foreman forewoman supervisor geologist
    accountant auditor bookkeeper controller comptroller clerk surveyor watchman watchwoman keeper gatekeeper lockkeeper
    innkeeper gamekeeper beekeeper diver technician dispatcher janitor librarian receptionist
    roofer bricklayer plasterer glazier locksmith blacksmith gardener forester logger ranger
    dentist optician veterinarian therapist psychologist consultant contractor builder
    candidate nominee challenger incumbent
    wrestler golfer fighter skier skater rower surfer climber mountaineer gymnast fencer archer
    weightlifter judoka goalie netminder pitcher catcher
    advisor adviser
    sheriff deputy-sheriff marshal bailiff warden jailer constable
    guard""".split()
)
# Nouns of a part a person had in the story, not a job, written before a name as a job word is
# ("Survivor Ana Lucía Ccori said", "Witness Tomás Quiroga Ruiz": t13ah N4, no PERSON): job words
# (in LOWER_TITLES) only before a given name, as they open bodies' names as often ("Victim Support",
# "Witness Protection": person_jobs.initial_job).
ROLE_NOUNS = frozenset(
    "survivor eyewitness witness victim passenger bystander rescuer volunteer villager resident "
    # those a disaster or a war makes of people ("Evacuee Thi Bich Ngoc Tran said": t13ap N9)
    "evacuee refugee hostage".split()
)
LOWER_TITLES = LOWER_TITLES | ROLE_NOUNS
# Job words of LOWER_TITLES that are verbs too, and the words after which they are the verb: "sent
# to guard Brenzola Dam", "police will guard Castelmarro", "helped coach Veldmoor" (round s38-z2,
# review s38-rv finding 10: PERSONs "Brenzola Dam", "Castelmarro"), never a title before a name.
TITLE_VERBS = frozenset(
    """guard coach judge cook guide pilot chair captain skipper referee umpire master nurse doctor
    tailor shepherd marshal author host substitute forward""".split()
)
BEFORE_A_VERB = frozenset("to will would can could may might must should shall help helps helped helping".split())
# A firm's trade written as an agent noun: what a firm described without a determiner is ("Nordic
# Fish, seafood exporter who supplies Tesco": British "who" for a body; round s38-z2, review s38-rv
# finding 8), never a person's job (context's _KINDS_BEFORE reads the same nouns before a firm's name).
FIRM_TRADE_NOUNS = frozenset(
    """exporter importer operator supplier lender insurer carrier retailer wholesaler distributor
    manufacturer shipper broker brewer distiller refiner processor developer""".split()
)
# Nouns for a person that are no job or kin: "a man named X", "the mother of X said" (a relative's
# X is a person), "a teacher from X"; and the singulars :func:`people_plural` reads plurals by
# ("thieves", "pupils", "girls").
PERSON_NOUNS = frozenset(
    """man woman boy girl person child teenager resident neighbour neighbor friend thief pupil adult
    kid youngster""".split()
)
# Nouns for a member of an outlet's audience, written before their name in apposition ("A reader,
# Gulnara, writes from Kazan", "a listener, Ama, called in").
READER_NOUNS = frozenset("reader listener viewer caller".split())
# Kinship words before a name: "her daughter Lucía", "his wife Ann Lee" (lower case only: "Son"
# opens Korean names).
KIN = frozenset(
    """son daughter wife husband brother sister mother father widow widower nephew niece cousin
    grandson granddaughter grandmother grandfather partner fiancé fiancée stepson stepdaughter
    uncle aunt stepfather stepmother stepbrother stepsister godfather godmother godson goddaughter""".split()
)

# Initialisms of computing and networking written as common nouns ("a contractor's VPN account",
# "over SSH", "a USB stick", "the DNS records": a reported fault, an ORG "VPN"): the protocol,
# network, security and hardware terms of the IETF's Internet Security Glossary (RFC 4949) and of
# the computing glossaries (NIST CSRC) a news story borrows, never a body's initials. (Those that
# are bodies' initials too are left out: "NAS", "SOC", "LAN" (the airline), "RAM" (Royal Air Maroc),
# "UPS", "CCTV", "MFA", "NFC", "PCB", "CMS", "IPS", "GSM", and "OTP" (OTP Bank), "SMS" (SMS group):
# review s50-rv finding 3, "OTP said profit doubled" lost its firm. "QR" stays: "a QR code" is far
# commoner in news than Qatar Airways' code.)
TECH_INITIALISMS = frozenset(
    """
VPN VPNS WAN WLAN DNS SSH SSL TLS URL URLS URI HTTP HTTPS FTP SFTP SMTP IMAP IP ISP ISPS
SIM SIMS MMS PIN PINS 2FA SSO ROM SSD SSDS HDD BIOS QR RFID LED LEDS LCD OLED HDMI
SQL HTML CSS XML JSON CSV CRM ERP SDK SDKS IDE VM VMS DDOS RDP VOIP CAPTCHA WIFI EDR XDR
SIEM MDM PKI KVM DRM P2P LTE
""".split()
)
# Clinical tests, scans, procedures and wards written by their initials as common nouns ("an MRI",
# "the ECG", "in the ICU"): the imaging modalities (magnetic resonance imaging, computed and positron
# emission tomography), the recordings of the heart, brain and muscles, resuscitation, in-vitro
# fertilisation, membrane oxygenation and the intensive care units, as the standard medical
# abbreviation lists (e.g. the NHS and MedlinePlus glossaries) give them: a test, no organisation
# (issue #16, round s51-e: "MRI" an ORG).
MEDICAL_INITIALISMS = frozenset("MRI FMRI PET SPECT ECG EKG EEG EMG CPR IVF ECMO ICU NICU PICU".split())
# Words in capitals that name nothing: jobs, units, time zones, wire tags, a press release's closing
# "ENDS" (round s32-b: an ORG "ENDS" in five press releases), post-nominal honours.
# A football club's initials written before its name ("FC Mokili Matadi", "AS Simba Kolwezi", "AC
# Kotoko Berekum", "SV Pikin Rust", "FK Zeta"): a club's name of two words may follow them, a
# nickname or a sponsor's word before the town (places.initialled_clubs; issue #16, round s37-e:
# heldout30's ORGs "FC", "AS" and "Mokili Matadi").
CLUB_INITIALS = frozenset("FC AFC CF AC AS SV FK NK KF CD SK IK BK GD UD RC SS OFK".split())
# (The wire's own flags in capitals, no body's initials: the news agencies' priority codes FLASH,
# BULLETIN, URGENT and ALERT (the AP and Reuters precedence levels) and their story-type and
# handling slugs, "BREAKING", "EXCLUSIVE", "ADVISORY", "CORRECTED", "FACTBOX", "WRAPUP":
# "URGENT: Cyanide spill ..." was an ORG, round s46-e.)
# French firms' executives by their abbreviations, as "CEO" is English: "PDG" (président-directeur
# général), "DG" (directeur général), "DGA" (its deputy): a title, no organisation ("PDG d'Air
# Boreal" was an ORG "PDG", t13as N5); not title words, which would make a person of the name
# after them ("PDG d'Air Boreal")
# The time zones' abbreviations read as no name wherever they stand: the zones of the world's
# English-language news wires' datelines and stamps (UTC, GMT, the US's, Britain's, Europe's,
# Japan's, India's), a subset of the one table (entry_time.ZONES). Every other zone, whose
# letters are also bodies' initials ("NST" the New Straits Times, "IDT", "CAT", "WEST"), is no
# name only after a time's figures (shouted.zones_after_times_as_spaces; review s52-rv
# finding 13: round s52-m made all of them stop acronyms).
STOP_ZONES = frozenset(
    "UTC GMT JST PDT PST EDT EST CDT CST MDT MST PT ET CT MT BST CET CEST EET EEST WET IST".split()
) & frozenset(TIME_ZONES)
STOP_ACRONYMS = (
    frozenset(
        """
AI AGI CEO CFO CTO COO PDG DG DGA GDP IPO EV EVS IT TV PC OK LLM LLMS API GPU GPUS CPU ESG FAQ PM AM
USB VR AR IOT SAAS NFT DNA HIV ID PR HR Q&A R&D B2B VIP ETF CPI PMI SME SMES AM FM PDF
MP MPS MEP MEPS MSP MLA MLAS MLC MLCS MPP MPPS MNA MNAS MHA MHAS GP GPS
UPDATE REFILE RPT WATCH LIVE VIDEO PHOTOS PHOTO PICTURES PICTURE ENDS
FLASH BULLETIN URGENT ALERT NEWSALERT BREAKING EXCLUSIVE ADVISORY CORRECTION CORRECTED UPDATED
REPEAT EMBARGOED EMBARGO DEVELOPING FACTBOX EXPLAINER ANALYSIS WRAPUP
KC QC SC OBE MBE CBE KBE DBE NGO NGOS
""".split()
    )
    | TECH_INITIALISMS
    | MEDICAL_INITIALISMS
    | STOP_ZONES
)
# Words that start sentences and headlines without being names.
COMMON_WORDS = frozenset(
    """
a an the this that these those it its he she they we you i his her their our my your there here
and but or nor so yet for of in on at by to from with without within into onto over under after
before since until while when where why how what who whom whose which whether if as than though
although because despite amid amidst among between during through across against toward towards
about above below beyond near also even still just only already now then thus hence however
meanwhile moreover furthermore nevertheless notably instead indeed overall finally first second
third last next new more most many much some any all both each every few several other another
such no not yes one two three four five six seven eight nine ten key major minor global national
international local our some according following including watch monitor go read see look why
take make get give keep let put set highlighting exhibitors speakers earlier later today
yesterday tomorrow tags related share more top latest breaking update updated editor
""".split()
)
# Given names that are also common English words: at a sentence's start ("Will Carrow, the
# director, said") they begin a name when a surname follows.
GIVEN_COMMON = frozenset(
    """Will Mark Grace Hope Faith Joy Rose Amber Bill Frank Grant Jack Jay Pat Ray Rich Rob Sue Art
    Bob Dean Drew Gene Guy Lance Miles Reed Wade Max Chase Sterling Summer Dawn Eve Holly Ivy Iris
    Pearl Ruby Clay Cliff Dale Glen Heath Rusty Sandy Sunny Buck Don Earl Hunter Neil Carol Ram""".split()
)
GIVEN = frozenset(
    """
Aaron Adam Adrian Ahmed Alan Albert Alex Alexander Alexandra Ali Alice Amanda Amy Andrea Andrew
Angela Anna Anne Anthony Antonio Ben Benjamin Bernard Bill Bob Brian Carl Carlos Caroline
Catherine Charles Charlotte Chris Christian Christina Christine Christopher Claire Daniel David
Deborah Dennis Diana Donald Douglas Edward Elena Elizabeth Emily Emma Eric Eva Frank Fred George
Gary Geoffrey Grace Greg Hannah Harry Helen Henry Hugo Ian Isabel Jack Jacob James Jane Janet
Jason Jean Jeff Jennifer Jessica Jim Joe John Jonathan Jose Joseph Juan Julia Julie Karen Kate
Katherine Kevin Laura Lauren Linda Lisa Louis Lucy Luis Maria Marie Mark Martin Mary Matthew
Michael Michelle Mike Mohammed Muhammad Nancy Natalie Nicholas Nick Nicole Olivia Oliver Patrick
Paul Peter Philip Rachel Richard Robert Roger Ronald Ryan Samuel Sam Sara Sarah Scott Sean Sergei
Simon Sophie Stephen Steve Steven Susan Thomas Tim Timothy Tom Tony Victor Victoria Vladimir
William Yuki Hiroshi Takeshi Raj Rahul Priya Amit Olga Ivan Dmitry Pierre Francois Hans Klaus
Giovanni Marco Pedro Miguel Ana Fatima Omar Hassan Mustafa Ibrahim Yusuf Abdul Tomas Tomasz Henrik
Lars Anders Nils Erik Sven Ingrid Astrid Mette Pieter Jan Joost Luca Matteo Francesco Giulia
Chiara Sofia Elena Ileana Mihai Andrei Ion Piotr Pawel Katarzyna Agnieszka Jakub Marcos Rodrigo
Helena Joao Fernando Diego Javier Alejandro Lucia Camila Valentina Ahmad Mahmoud Khalid Layla
Aisha Amina Zainab Chanda Mwila Thandiwe Grace Ngozi Emeka Kwame Kofi Ama Amani Juma Daniel Sipho
Themba Lindiwe Hiroko Satoshi Naoki Keiko Jun Min Wei Mei Ling Hyun Jae Seo Anil Sunil Ravi Anjali
Deepak Arjun Vikram Sanjay Lakshmi Nguyen Thi Minh Anh Dmitri Natalia Svetlana Yulia Oksana Olena
Taras Mehmet Ayse Emre Elif Reza Ali Dariusz Jonah Julia Priyanka Kirsten Heike Jurgen Wolfgang
Ursula Claudia Stefan Andreas Matthias Sabine Ilse Anneliese Beatrix Arvids Gunnar Krisztina
""".split()
)
# Given names that are also an organisation's kind word ("Morrow Marine"): given_names.txt leaves
# kind words out, so these are read as given names from here ("Marine Tondelier").
GIVEN |= {"Marine"}
# Family names that come first in Chinese (and Korean/Vietnamese) names: "Li" after "Li Qiang".
# Every reader of this list takes a capitalised stretch opening with one as a person's name
# (unknown stretches, person cues, places' refusals), so it holds only names that rarely open a
# place's name.
FAMILY_FIRST = frozenset(
    """
Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang
Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su
Lu Ding Ren Shen Yao Jin Xi Fu Qian Kong Bai Cui Kang Mao Qiu Qin Shi Gu Hou Shao Meng Long Wan
Duan Lei Tan Yin Yan Xue Hao Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Nguyen Tran Le Pham
""".split()
)
# The other common Vietnamese family names, those Wikipedia's "Vietnamese name" lists as borne by
# most Vietnamese (Nguyễn, Trần, Lê, Phạm above; Hoàng/Huỳnh, Phan, Vũ/Võ, Đặng, Bùi, Ngô, Dương,
# Lý), written with and without their marks; "Đỗ" and "Hồ" are left out, as "Do" and "Ho" are
# English words opening sentences. Many Vietnamese places open with the same syllables (Phan Thiết,
# Phan Rang, Lý Sơn, Dương Đông, Vũng Tàu, Hoàng Mai), so these are read only after a role noun
# (person_jobs.initial_job: "Refugee Dang Thi Hong Nhung", round s49-e), never as a name's opener
# elsewhere (review s49-rv finding 7: "flew to Phan Thiet" was a PERSON).
VIETNAMESE_FAMILY = frozenset(
    """
Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Ngô
Dương Lý
""".split()
)
SAY = frozenset(
    {
        "said",
        "says",
        "told",
        "added",
        "noted",
        "stated",
        "wrote",
        "argued",
        "warned",
        "explained",
        "announced",
        "recalled",
        "urged",
        "stressed",
    }
)
# German copy's verbs of saying after or before a speaker ("Torvald Ødegaard sagte …", "…",
# sagte Siobhán Ní Bhriain: t13aq N8, no name at all): Duden's verbs of saying, in the past and
# present tenses news writes, none an English word. Evidence for a name of two words or more only:
# German capitalises every noun ("Nach dem Unglück erklärte …"). Not "teilte mit" (announced) nor
# "berichtete" (reported): a firm or the police does that as often as a person. The one list: the
# boilerplate rules read it too (noise.patterns.REPORTS_NO_ONE: a block reporting someone's words).
GERMAN_SAY = frozenset("sagte sagt erklärte erklärt betonte betont antwortete erzählte".split())

# Verbs of talking before "to"/"with" and a person's name: "She spoke to Hodan Warsame of the
# Review", "after talking with Ines Maro" (s28-e, heldout21: no name was found there)
SPOKE_TO = frozenset("spoke spoken speak speaks speaking talked talk talks talking chatted".split())


def kind_of_word(word: str) -> str | None:
    """The entity label a capitalised word names the kind of, as the recogniser reads a name's
    last word ("Police" → ORG, "Hospitals" → ORG, "River" → LOC), else None: such a word on its
    own is a body or a place described, never a person's name (the quotes' speakers read it); a
    publication's kind word (:data:`PUBLICATION_KINDS`, "Review") alone describes a thing: None."""
    word = word.rstrip(".")
    return None if word in PUBLICATION_KINDS else CUES.get(word)


def job_word(word: str) -> bool:
    """Whether ``word`` is a job word (:data:`LOWER_TITLES`) or the plural of one, in any case:
    "Nurse", "Nurses", "Firefighters", "Fishermen", "Coaches" (before coordinated names: "Nurses
    Eva Lange and Siri Aune")."""
    low = word.lower()
    if low in LOWER_TITLES:
        return True
    if low.endswith("men"):
        return low[:-3] + "man" in LOWER_TITLES
    return low.endswith("s") and (low[:-1] in LOWER_TITLES or (low.endswith("es") and low[:-2] in LOWER_TITLES))


# Words in "-ist" that name no one by their work: a party's or a movement's adjective as often as a
# person's ("the nationalist Fianna Fáil", "the socialist Podemos"; "unionist" only after "trade"),
# and things ("shortlist", "playlist"; "exist", "insist" are verbs).
_NOT_AGENT_IST = frozenset(
    """nationalist socialist communist separatist islamist populist marxist leninist maoist centrist
    loyalist royalist federalist secessionist extremist jihadist zionist fascist capitalist imperialist
    colonialist modernist futurist realist idealist unionist leftist rightist anarchist monarchist
    republicanist globalist nativist reformist autonomist regionalist independentist sovereigntist
    irredentist""".split()
)
_NOT_AGENT_ENDINGS = (
    *(
        f"{w}list"
        for w in "short check play wish black white wait long track set hit watch price guest reading".split()
    ),
    "sist",
    "midst",
)


def agent_noun(word: str, before: str = "") -> bool:
    """Whether lower-case ``word`` names a person by their work: a job word of the lexicon
    (:data:`LOWER_TITLES`) or an agent noun in "-ist" of seven letters or more ("dramatist",
    "clarinettist", "folklorist", "ethnomusicologist"; "trade unionist" with ``before``, the word
    before it), no ideology's (:data:`_NOT_AGENT_IST`) nor a thing's ("shortlist", "insist") (round
    s38-e: held-out 31's "the forgotten dramatist Avrom-Leyb Grinshpan" was no name)."""
    if word in LOWER_TITLES:
        return True
    if len(word) < 7 or not word.endswith("ist") or not word.isalpha() or not word.islower():
        return False
    if word == "unionist":
        return before.lower() == "trade"
    return word not in _NOT_AGENT_IST and not word.endswith(_NOT_AGENT_ENDINGS)


def open_agent_noun(word: str, before: str = "") -> bool:
    """Whether ``word`` is a person's agent noun only by its "-ist" ending (:func:`agent_noun`, no
    job word of :data:`LOWER_TITLES`): weaker evidence, that yields to an organisation's reading
    ("the lobbyist Fossil Free Norway", "the environmentalist Greenpeace": round s38-z2, review
    s38-rv finding 12)."""
    return word not in LOWER_TITLES and agent_noun(word, before)


# A plural noun for people by its ending: an agent noun ("engineers", "divers", "inspectors",
# "shopkeepers"), a follower or specialist ("analysts", "economists"), a participant noun
# ("attendants", "residents"), a member ("pensioners", "librarians"), a receiver ("employees",
# "trainees"), a critic ("critics", "medics") (t13l F4: 20 of 36 common plurals were dropped from
# the quotes, a list held the other 16). Irregular plurals and their compounds are read by their
# own endings: "men", "women" and any "-men" ("firemen", "clergymen", "linemen"; a few Latin
# singulars and names in "-men" left out), "children" ("schoolchildren"), "people" ("townspeople"), "folk"
# ("townsfolk"), and "-ves" for "-f"/"-fe" ("wives", "midwives", "housewives", "thieves": the
# singular a noun for a person, never "wolves", "knives", "leaves") (t13m F1, F2: "Women said",
# "Midwives said" were a person's name or dropped).
_PEOPLE_ENDING = re.compile(r"[a-z][a-z-]{2,}(?:ers|ors|ists|ants|ents|ians|ees|ics)")
_IRREGULAR_PEOPLE = re.compile(r"(?:[a-z-]*(?:men|children|people|folks?)|[a-z-]*wives)")
_NOT_MEN = frozenset(
    """specimen abdomen regimen omen amen stamen semen hymen acumen bitumen albumen cognomen lumen dolmen
    cyclamen ramen yemen carmen""".split()
)


def person_noun(word: str) -> bool:
    """Whether a lower-case singular noun names a person: a job, kin or person noun, or a
    compound of "wife" ("midwife", "housewife")."""
    return word in PERSON_NOUNS or word in KIN or word in LOWER_TITLES or word.endswith("wife")


# Nouns for a person that tell their gender: kin, person nouns, "-woman"/"-man" compounds
# (:func:`person_noun_gender`; a pronoun "she" never stands for "his son", t13z H6).
FEMALE_NOUNS = frozenset(
    """daughter wife sister mother widow niece granddaughter grandmother fiancée stepdaughter
    stepmother aunt woman girl lady mum mom actress waitress headmistress nun queen princess""".split()
)
MALE_NOUNS = frozenset(
    """son husband brother father widower nephew grandson grandfather fiancé stepson stepfather
    uncle man boy dad king prince monk""".split()
)


def person_noun_gender(word: str) -> str | None:
    """The gender a lower-case singular noun for a person tells, "f" or "m" ("daughter",
    "spokeswoman"; "son", "chairman"), else None ("nurse", "patient")."""
    if word in FEMALE_NOUNS or word.endswith(("woman", "wife")):
        return "f"
    if word in MALE_NOUNS or (word.endswith("man") and word not in ("human", "german", "ottoman")):
        return "m"
    return None


def people_plural(word: str) -> bool:
    """Whether a lower-case word is the plural of a noun for people, read by English plural rules:
    an ending of a person noun (:data:`_PEOPLE_ENDING`: "pensioners", "bystanders"), an irregular
    plural or its compound ("women", "firemen", "schoolchildren", "townspeople", "housewives"), or
    the plural of a job, kin or person noun ("nurses", "coaches", "daughters", "girls", "thieves",
    "deputies"). Words of these forms that are surnames ("Rogers") are told apart by the callers,
    by how the text writes them."""
    if _PEOPLE_ENDING.fullmatch(word) or (_IRREGULAR_PEOPLE.fullmatch(word) and word not in _NOT_MEN):
        return True
    if word.endswith("ves"):
        return any(person_noun(word[:-3] + end) for end in ("f", "fe"))
    if word.endswith("ies"):
        return person_noun(word[:-3] + "y")
    return word.endswith("s") and (person_noun(word[:-1]) or (word.endswith("es") and person_noun(word[:-2])))
