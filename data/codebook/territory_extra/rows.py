"""The compact rows of data/codebook/territory_extra.jsonl (written by the project): a development
set for ACLED's three territorial sub-event types and their near neighbours.

Government regains territory and Non-state actor overtakes territory are Battles (ground taken in
fighting, by the state or its allies on one hand, by a non-state group on the other; the fighting
itself is not coded again as an armed clash); Non-violent transfer of territory is a Strategic
development (ground handed over, vacated or walked into without fighting). Near neighbours:
fighters "captured" (arrests or abductions), weapons "seized" (disrupted weapons use), and
figures of speech ("took control of the situation", "seized the initiative") that code nothing.

Each row: (text, pub_date, style, [events]); an event is (sub_event_type, date, country, admin1,
location, actor1, actor2, fatalities). A row with no events is a no-event text (gold null). Build
from the repository root:
python tools/build_compact.py data/codebook/territory_extra/rows.py territory data/codebook/territory_extra.jsonl
"""

GR, NS, NV = ("Government regains territory", "Non-state actor overtakes territory",
              "Non-violent transfer of territory")
AC, AT, AR, AB = "Armed clash", "Attack", "Arrests", "Abduction/forced disappearance"
DW, HQ = "Disrupted weapons use", "Headquarters or base established"

ERROR_CLASSES = ("type", "territory")

MLI, BFA, SOM, SDN = "Mali", "Burkina Faso", "Somalia", "Sudan"
COD, MOZ, MMR, SYR = "DR Congo (Zaire)", "Mozambique", "Myanmar (Burma)", "Syria"
YEM, UKR, AFG, ETH = "Yemen (North Yemen)", "Ukraine", "Afghanistan", "Ethiopia"
NGA, NER = "Nigeria", "Niger"
JNIM, SHAB, M23 = "JNIM: Group for Support of Islam and Muslims", "Al Shabaab", "M23: March 23 Movement"
RSF, ISM = "RSF: Rapid Support Forces", "Islamic State (Mozambique)"
FML, FBF, FSO = "Military Forces of Mali", "Military Forces of Burkina Faso", "Military Forces of Somalia"
FSD, FCD, FMZ = "Military Forces of Sudan", "Military Forces of the Democratic Republic of Congo", "Military Forces of Mozambique"
FMM, FSY, FYE = "Military Forces of Myanmar", "Military Forces of Syria", "Military Forces of Yemen"
FUA, FRU, FAF = "Military Forces of Ukraine", "Military Forces of Russia", "Military Forces of Afghanistan"
FET, FNG, FNE = "Military Forces of Ethiopia", "Military Forces of Nigeria", "Military Forces of Niger"
HOU = "Houthis: Ansar Allah"

ROWS = [
    # ---- Non-state actor overtakes territory: ground taken in fighting, many verbs
    ("On 2 July 2021, Taliban fighters overran the district centre of Panjwai (Kandahar) after two days of clashes with Afghan army and police units. Fatalities: 12.",
     "2021-07-04", "note", [(NS, "2021-07-02", AFG, "Kandahar", "Panjwai", "Taliban", FAF, 12)]),
    ("Taliban overrun district headquarters in Badakhshan's Yawan after fierce battle",
     "2021-06-20", "headline", [(NS, "2021-06-20", AFG, "Badakhshan", "Yawan", "Taliban", FAF, None)]),
    ("KABUL (Reuters) - Taliban insurgents captured the provincial capital of Ghazni on Thursday after heavy fighting with government troops, officials said.",
     "2021-08-14", "wire", [(NS, "-Thu", AFG, "Ghazni", "Ghazni", "Taliban", FAF, None)]),
    ("Junta loses Hpakant jade town to Kachin rebels after week of fighting",
     "2024-03-10", "headline", [(NS, "2024-03-10", MMR, "Kachin", "Hpakant", "KIA: Kachin Independence Army", FMM, None)]),
    ("On 7 January 2024, Arakan Army fighters seized two military outposts near Paletwa (Chin) after clashes with junta troops that left several soldiers dead.",
     "2024-01-09", "note", [(NS, "2024-01-07", MMR, "Chin", "Paletwa", "AA: Arakan Army", FMM, None)]),
    ("The Arakan Army said on Tuesday it had captured a junta battalion headquarters in Pauktaw after days of fighting.",
     "2024-01-25", "wire", [(NS, "-Tue", MMR, "Rakhine", "Pauktaw", "AA: Arakan Army", FMM, None)]),
    ("Resistance fighters take control of Kawlin town in Sagaing after junta troops flee under attack",
     "2023-11-07", "headline", [(NS, "2023-11-07", MMR, "Sagaing", "Kawlin", "PDF: People's Defense Force", FMM, None)]),
    ("On 30 April 2024, M23 rebels seized the mining town of Rubaya (North Kivu) after fighting with the FARDC and allied Wazalendo militias.",
     "2024-05-02", "note", [(NS, "2024-04-30", COD, "North Kivu", "Rubaya", M23, FCD, None)]),
    ("GOMA, Congo - M23 fighters pushed Congolese troops out of Bunagana on Monday after a night of shelling and gunfire, local officials said.",
     "2022-06-15", "wire", [(NS, "-Mon", COD, "North Kivu", "Bunagana", M23, FCD, None)]),
    ("Al-Shabaab militants overran a military base at Bulo Marer on Sunday, killing several soldiers, before taking over the town, residents said.",
     "2023-05-30", "wire", [(NS, "-Sun", SOM, "Lower Shabelle", "Bulo Marer", SHAB, FSO, None)]),
    ("On 11 August 2023, al-Shabaab fighters retook Cowsweyne (Galgaduud) from government troops after an assault on the forward operating base. Fatalities: 20.",
     "2023-08-13", "note", [(NS, "2023-08-11", SOM, "Galgaduud", "Cowsweyne", SHAB, FSO, 20)]),
    ("RSF captures Wad Madani after army withdraws under fire",
     "2023-12-19", "headline", [(NS, "2023-12-19", SDN, "Al Jazirah", "Wad Madani", RSF, FSD, None)]),
    ("On 26 October 2023, the RSF took control of the army's 16th Infantry Division headquarters in Nyala (South Darfur) after weeks of fighting.",
     "2023-10-28", "note", [(NS, "2023-10-26", SDN, "South Darfur", "Nyala", RSF, FSD, None)]),
    ("KHARTOUM (AFP) - The Rapid Support Forces stormed the army garrison at Zalingei on Wednesday and seized it after hours of fighting, witnesses said.",
     "2023-11-02", "wire", [(NS, "-Wed", SDN, "Central Darfur", "Zalingei", RSF, FSD, None)]),
    ("Insurgents linked to the Islamic State occupied parts of Macomia town (Cabo Delgado) on 10 May 2024 after fighting with government soldiers, looting shops and the health centre.",
     "2024-05-12", "note", [(NS, "2024-05-10", MOZ, "Cabo Delgado", "Macomia", ISM, FMZ, None)]),
    ("JNIM fighters on Friday drove soldiers and militia out of the rural commune of Boulkessi after a dawn assault, a local official said.",
     "2022-07-04", "wire", [(NS, "-Fri", MLI, "Mopti", "Boulkessi", JNIM, FML, None)]),
    ("Jihadists overrun army detachment in Burkina's Djibo region, hoist flag over town",
     "2023-11-27", "headline", [(NS, "2023-11-27", BFA, "Sahel", "Djibo", JNIM, FBF, None)]),
    ("Houthi fighters captured the Al-Abdiya district centre (Marib) on 21 October 2021 after weeks of besieging government troops there.",
     "2021-10-23", "note", [(NS, "2021-10-21", YEM, "Marib", "Al-Abdiya", HOU, FYE, None)]),
    ("Opposition fighters led by HTS seize Saraqib after government forces collapse",
     "2024-11-30", "headline", [(NS, "2024-11-30", SYR, "Idlib", "Saraqib", "HTS: Hayat Tahrir al Sham", FSY, None)]),
    ("TPLF forces regained control of Alamata (Tigray) on 3 July 2021 after fighting with federal troops and Amhara special forces.",
     "2021-07-05", "note", [(NS, "2021-07-03", ETH, "Tigray", "Alamata", "TPLF: Tigray People's Liberation Front", FET, None)]),
    ("Fano militiamen took over Debre Markos on Sunday after a gun battle with the federal army, before pulling back overnight, witnesses said.",
     "2023-08-08", "wire", [(NS, "-Sun", ETH, "Amhara", "Debre Markos", "Fano Militia", FET, None)]),
    ("ISWAP fighters overran a military super camp in Marte (Borno) on 29 March 2024 and held the town for several hours. Fatalities: 9.",
     "2024-03-31", "note", [(NS, "2024-03-29", NGA, "Borno", "Marte", "ISWAP: Islamic State West Africa Province", FNG, 9)]),
    ("The town fell to the rebels: Lalibela (Amhara) was taken by TPLF forces on Thursday after a short exchange of fire with local militia, residents told reporters.",
     "2021-08-07", "wire", [(NS, "-Thu", ETH, "Amhara", "Lalibela", "TPLF: Tigray People's Liberation Front", "Amhara Communal Militia (Ethiopia)", None)]),
    # ---- Government regains territory: ground retaken in fighting
    ("On 26 November 2022, Somali forces backed by Macawisley militia retook Adan Yabaal (Middle Shabelle) from al-Shabaab after heavy fighting. Fatalities: 15.",
     "2022-11-28", "note", [(GR, "2022-11-26", SOM, "Middle Shabelle", "Adan Yabaal", FSO, SHAB, 15)]),
    ("Somali army recaptures Mahas district from al-Shabaab",
     "2022-09-05", "headline", [(GR, "2022-09-05", SOM, "Hiraan", "Mahas", FSO, SHAB, None)]),
    ("MOGADISHU (Reuters) - Government troops liberated the coastal town of Harardhere on Monday after al-Shabaab fighters were pushed out following clashes, the defence ministry said.",
     "2023-01-18", "wire", [(GR, "-Mon", SOM, "Mudug", "Harardhere", FSO, SHAB, None)]),
    ("On 8 August 2021, Mozambican and Rwandan troops took Mocimboa da Praia (Cabo Delgado) back from Islamic State insurgents after weeks of fighting.",
     "2021-08-10", "note", [(GR, "2021-08-08", MOZ, "Cabo Delgado", "Mocimboa da Praia", FMZ, ISM, None)]),
    ("Malian army and Russian fighters seize rebel stronghold of Kidal after airstrikes and ground assault",
     "2023-11-14", "headline", [(GR, "2023-11-14", MLI, "Kidal", "Kidal", FML, "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", None)]),
    ("Sudanese troops regained control of Jebel Moya (Sennar) on 5 October 2024 after driving out RSF fighters following heavy clashes.",
     "2024-10-07", "note", [(GR, "2024-10-05", SDN, "Sennar", "Jebel Moya", FSD, RSF, None)]),
    ("Sudan army retakes Omdurman radio building from paramilitary RSF",
     "2024-03-12", "headline", [(GR, "2024-03-12", SDN, "Khartoum", "Omdurman", FSD, RSF, None)]),
    ("Congolese troops said on Saturday they had reclaimed the village of Kitshanga from M23 fighters after two days of combat.",
     "2023-03-06", "wire", [(GR, "-Sat", COD, "North Kivu", "Kitshanga", FCD, M23, None)]),
    ("On 22 February 2024, Burkinabe soldiers and VDP auxiliaries recaptured the town of Diapaga (Est) after expelling JNIM militants in an offensive. Fatalities: 30.",
     "2024-02-24", "note", [(GR, "2024-02-22", BFA, "Est", "Diapaga", FBF, JNIM, 30)]),
    ("Nigerian troops clear ISWAP fighters from Malam Fatori and reclaim the town",
     "2024-05-20", "headline", [(GR, "2024-05-20", NGA, "Borno", "Malam Fatori", FNG, "ISWAP: Islamic State West Africa Province", None)]),
    ("KYIV (AP) - Ukrainian forces pushed Russian troops out of Robotyne on Monday and regained control of the village after weeks of assaults, the general staff said.",
     "2023-08-30", "wire", [(GR, "-Mon", UKR, "Zaporizhia", "Robotyne", FUA, FRU, None)]),
    ("Ethiopian federal forces recapture Lalibela from Tigrayan rebels",
     "2021-12-02", "headline", [(GR, "2021-12-02", ETH, "Amhara", "Lalibela", FET, "TPLF: Tigray People's Liberation Front", None)]),
    ("On 14 January 2024, the Myanmar military regained the town of Kani (Sagaing) after air strikes and clashes with PDF fighters, who withdrew to nearby villages.",
     "2024-01-16", "note", [(GR, "2024-01-14", MMR, "Sagaing", "Kani", FMM, "PDF: People's Defense Force", None)]),
    ("Yemeni government forces wrested back the Hays district centre (Al Hudaydah) from the Houthis on Friday following heavy fighting, a military source said.",
     "2018-03-19", "wire", [(GR, "-Fri", YEM, "Al Hudaydah", "Hays", FYE, HOU, None)]),
    ("On 2 December 2024, Syrian government troops and allied militias retook several villages north of Hama (Hama) from HTS fighters after counter-attacks.",
     "2024-12-04", "note", [(GR, "2024-12-02", SYR, "Hama", "Hama", FSY, "HTS: Hayat Tahrir al Sham", None)]),
    ("Nigerien troops took back the commune of Tamou (Tillaberi) on Sunday, forcing IS Sahel fighters to flee after an exchange of fire, the defence ministry said.",
     "2024-04-02", "wire", [(GR, "-Sun", NER, "Tillaberi", "Tamou", FNE, "Islamic State (Sahel)", None)]),
    ("Afghan commandos retake Kunduz city centre from Taliban",
     "2016-10-05", "headline", [(GR, "2016-10-05", AFG, "Kunduz", "Kunduz", FAF, "Taliban", None)]),
    # ---- Non-violent transfer of territory: handed over, vacated, walked in, without fighting
    ("On 15 August 2021, Taliban fighters entered Jalalabad (Nangarhar) without a fight after the provincial governor surrendered the city.",
     "2021-08-17", "note", [(NV, "2021-08-15", AFG, "Nangarhar", "Jalalabad", "Taliban", FAF, None)]),
    ("Herat district handed over to Taliban after elders broker deal with local commanders",
     "2021-07-12", "headline", [(NV, "2021-07-12", AFG, "Herat", "Herat", "Taliban", FAF, None)]),
    ("KANDAHAR - Afghan troops abandoned their checkpoints in Maruf district on Tuesday and Taliban fighters moved in unopposed, a provincial council member said.",
     "2021-05-06", "wire", [(NV, "-Tue", AFG, "Kandahar", "Maruf", "Taliban", FAF, None)]),
    ("On 15 October 2023, the Malian army withdrew from its camp in Ber (Tombouctou) and CMA fighters took control of the town without any clashes.",
     "2023-10-17", "note", [(NV, "2023-10-15", MLI, "Tombouctou", "Ber", "CMA: Coordination of Azawad Movements", FML, None)]),
    ("UN peacekeepers hand over Kidal camp to Malian army",
     "2023-11-01", "headline", [(NV, "2023-11-01", MLI, "Kidal", "Kidal", FML, "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali", None)]),
    ("Soldiers pulled out of the garrison at Tessit on Saturday and jihadist fighters occupied it the next morning without firing a shot, local sources said.",
     "2023-08-16", "wire", [(NV, "-Sat", MLI, "Gao", "Tessit", JNIM, FML, None)]),
    ("On 3 February 2024, M23 rebels entered the village of Shasha (North Kivu) after FARDC soldiers retreated without resistance.",
     "2024-02-05", "note", [(NV, "2024-02-03", COD, "North Kivu", "Shasha", M23, FCD, None)]),
    ("Ethiopian troops vacate bases in Bakool; al-Shabaab moves into Yeed",
     "2023-01-10", "headline", [(NV, "2023-01-10", SOM, "Bakool", "Yeed", SHAB, "Military Forces of Ethiopia", None)]),
    ("On 9 December 2024, Syrian government forces left Deir ez-Zor city (Deir ez-Zor) and SDF fighters took it over without fighting.",
     "2024-12-11", "note", [(NV, "2024-12-09", SYR, "Deir ez-Zor", "Deir ez-Zor", "SDF: Syrian Democratic Forces", FSY, None)]),
    ("Russian forces withdraw from Snake Island; Ukrainian troops return to the island days later",
     "2022-07-08", "headline", [(NV, "2022-07-08", UKR, "Odesa", "Snake Island", FUA, FRU, None)]),
    ("On 19 May 2023, the junta's troops surrendered their camp at Kawkareik (Kayin) to KNLA forces without a fight after negotiations with local monks.",
     "2023-05-21", "note", [(NV, "2023-05-19", MMR, "Kayin", "Kawkareik", "KNLA: Karen National Liberation Army", FMM, None)]),
    ("The army handed the control of Kobe (Tigray) to TPLF fighters on Wednesday under the terms of the local truce, and no shots were fired, officials said.",
     "2023-03-03", "wire", [(NV, "-Wed", ETH, "Tigray", "Kobe", "TPLF: Tigray People's Liberation Front", FET, None)]),
    ("Houthis walk into abandoned army camp in Al Jawf after government troops pull back",
     "2022-03-04", "headline", [(NV, "2022-03-04", YEM, "Al Jawf", "Al Jawf", HOU, FYE, None)]),
    ("On 20 November 2023, soldiers deserted their positions in Anefis (Kidal) and JNIM fighters took control of the village shortly afterwards; no fighting was reported.",
     "2023-11-22", "note", [(NV, "2023-11-20", MLI, "Kidal", "Anefis", JNIM, FML, None)]),
    # a withdrawal after a fight and a takeover: ground taken in the fight
    ("Army soldiers abandoned their positions in Aguelhok (Kidal) on Saturday after a day of clashes, and rebel fighters took control of the town, a local official said.",
     "2023-10-03", "wire", [(NS, "-Sat", MLI, "Kidal", "Aguelhok", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", FML, None)]),
    # ---- near neighbours: fighters captured (Arrests, Abduction), weapons seized (Disrupted
    # weapons use), a base set up
    ("On 4 April 2024, soldiers captured five al-Shabaab fighters during a search operation in Jowhar (Middle Shabelle).",
     "2024-04-06", "note", [(AR, "2024-04-04", SOM, "Middle Shabelle", "Jowhar", FSO, SHAB, None)]),
    ("Nigerian troops capture suspected Boko Haram commander in Bama",
     "2023-09-14", "headline", [(AR, "2023-09-14", NGA, "Borno", "Bama", FNG, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", None)]),
    ("JNIM militants seized three soldiers at a checkpoint near Boni (Mopti) on 12 June 2023 and took them to an unknown location.",
     "2023-06-14", "note", [(AB, "2023-06-12", MLI, "Mopti", "Boni", JNIM, FML, None)]),
    ("Police in Kismayo seized a cache of rifles and grenades from a house on Thursday, a regional official said.",
     "2023-02-11", "wire", [(DW, "-Thu", SOM, "Lower Juba", "Kismayo", "Police Forces of Somalia", None, None)]),
    ("On 17 March 2024, Mozambican troops seized explosives and ammunition abandoned by insurgents in a forest near Macomia (Cabo Delgado).",
     "2024-03-19", "note", [(DW, "2024-03-17", MOZ, "Cabo Delgado", "Macomia", FMZ, None, None)]),
    ("Ukrainian soldiers capture Russian tank near Kupiansk",
     "2023-10-02", "headline", [(DW, "2023-10-02", UKR, "Kharkiv", "Kupiansk", FUA, FRU, None)]),
    ("On 28 September 2022, Wagner fighters set up a base at the former French camp in Menaka (Menaka).",
     "2022-09-30", "note", [(HQ, "2022-09-28", MLI, "Menaka", "Menaka", "Wagner Group", None, None)]),
    # fighting without ground changing hands: an armed clash
    ("Troops repulsed an al-Shabaab attempt to overrun their base in Bal'ad on Friday, killing eight militants; the base remained in army hands.",
     "2023-06-05", "wire", [(AC, "-Fri", SOM, "Middle Shabelle", "Bal'ad", SHAB, FSO, 8)]),
    # ---- no event: figures of speech and politics
    ("The new police commander said his officers had taken control of the situation in the capital after a week of rumours, and urged residents to go about their business.",
     "2023-05-10", "wire", []),
    ("Opposition party seizes control of Kaduna state assembly in by-election landslide",
     "2023-07-02", "headline", []),
    ("Analysts say the Taliban have captured the imagination of young men in the border districts with a slick online campaign.",
     "2022-04-11", "wire", []),
    ("Ruling coalition loses ground in Sindh as defectors join rivals ahead of polls",
     "2023-10-15", "headline", []),
    ("The government regained control of the budget process on Tuesday after parliament passed the finance bill by a wide margin.",
     "2024-06-20", "wire", []),
    ("Army chief vows to retake every village still under militant control before the rainy season.",
     "2024-03-05", "wire", []),
    ("Mali's transitional authorities took over the management of the Kidal airport's civilian terminal from a private contractor on Monday, the transport ministry said.",
     "2024-01-25", "wire", []),
]
