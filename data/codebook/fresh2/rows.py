"""The compact rows of data/codebook/fresh2.jsonl: a BLIND evaluation set (fresh, second round).

Written by hand by a writer who read no roydad rule code and ran no extraction on these texts.
Score it only; never read it while building rules.

Each row: (text, pub_date, style, [events]); an event is
(sub_event_type, date, country, admin1, location, actor1, actor2, fatalities, (lat, lon) | None);
a date "-Mon" ... "-Sun" is the last such weekday before pub_date. Coordinates come only from
roydad's gazetteer (`roydad geocode`), through GEO below; a place it does not hold has None.
Build from the repository root:
python tools/build_compact.py data/codebook/fresh2/rows.py fresh2 data/codebook/fresh2.jsonl
"""

AC, AT = "Armed clash", "Attack"
AS, IE, SH, GN = ("Air/drone strike", "Remote explosive/landmine/IED",
                  "Shelling/artillery/missile attack", "Grenade")
SB, CW = "Suicide bomb", "Chemical weapon"
SV, AB = "Sexual violence", "Abduction/forced disappearance"
PP, PI, EF = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VD, MV = "Violent demonstration", "Mob violence"
GR, NS, NV = ("Government regains territory", "Non-state actor overtakes territory",
              "Non-violent transfer of territory")
DW, AR, LP = "Disrupted weapons use", "Arrests", "Looting/property destruction"
AG, CG, HQ, OT = ("Agreement", "Change to group/activity", "Headquarters or base established",
                  "Other")

AFM, AFP = "Military Forces of Afghanistan (2021-)", "Police Forces of Afghanistan (2021-)"
PKM, PKP = "Military Forces of Pakistan", "Police Forces of Pakistan"
IRM, IRP = "Military Forces of Iran", "Police Forces of Iran"
CAF, CPK, CIR = "Civilians (Afghanistan)", "Civilians (Pakistan)", "Civilians (Iran)"
UAF, UPK, UIR = ("Unidentified Armed Group (Afghanistan)", "Unidentified Armed Group (Pakistan)",
                 "Unidentified Armed Group (Iran)")
TTP, BLA = "TTP: Tehreek-i-Taliban Pakistan", "BLA: Balochistan Liberation Army"
ISA = "Islamic State (Afghanistan)"
UA, RU = "Military Forces of Ukraine", "Military Forces of Russia"

# (country, place name) -> gazetteer coordinates, copied from `roydad geocode NAME` (the
# candidate of that name in the right country and province).
GEO = {
    ("Afghanistan", "Kabul"): (34.5281, 69.1723),
    ("Afghanistan", "Kandahar"): (31.6133, 65.7101),
    ("Afghanistan", "Barmal"): (32.9575, 68.7657),
    ("Afghanistan", "Baghlan-e-Jadid"): (36.1307, 68.7083),
    ("Pakistan", "Quetta"): (30.1841, 67.0014),
    ("Pakistan", "Islamabad"): (33.7215, 73.0433),
    ("Pakistan", "Khar"): (34.7361, 71.5274),
    ("Iran", "Chabahar"): (25.2919, 60.6430),
    ("Iran", "Rask"): (26.2368, 61.3990),
    ("Iran", "Zahedan"): (29.4963, 60.8629),
    ("Iran", "Baneh"): (35.9975, 45.8853),
    ("Iran", "Sanandaj"): (35.3150, 46.9988),
    ("Pakistan", "Mardan"): (34.1979, 72.0496),
    ("Pakistan", "Jaranwala"): (31.3332, 73.4187),
    ("Pakistan", "Kech"): (26.0010, 63.0480),
    ("Iran", "Ahvaz"): (31.3190, 48.6842),
    ("Iran", "Saravan"): (27.3709, 62.3310),
    ("Pakistan", "Kohat"): (33.5820, 71.4493),
    ("Afghanistan", "Bamyan"): (34.8216, 67.8273),
    ("Iran", "Kerman"): (30.2832, 57.0788),
    ("Afghanistan", "Darayim"): (36.8667, 70.3833),
    ("India", "Poonch"): (33.7703, 74.0925),
    ("Afghanistan", "Jalalabad"): (34.4265, 70.4515),
    ("Pakistan", "Mir Ali"): (32.9700, 70.2700),
    ("Iran", "Tehran"): (35.6944, 51.4215),
    ("Iran", "Natanz"): (33.5112, 51.9181),
    ("Iran", "Mahabad"): (36.7631, 45.7222),
    ("Pakistan", "Gwadar"): (25.1216, 62.3254),
    # not in the gazetteer: Dara (Panjshir), Chodhwan, Boshehra, Madyan, Bagh Maidan, Chamalwardah
}


def ev(sub, date, country, admin1, loc, a1, a2, fat):
    name = loc.split("|")[-1] if loc else None
    return (sub, date, country, admin1, loc, a1, a2, fat, GEO.get((country, name)))


ROWS = [
    ("On 11 March 2024, a magnetic IED attached to a car carrying two Taliban intelligence officers exploded in the Dasht-e-Barchi area of Kabul city, killing one of them and wounding the other. Fatalities: 1.",
     "2024-03-13", "note", [ev(IE, "2024-03-11", "Afghanistan", "Kabul", "Kabul", UAF, AFM, 1)]),
    ("KANDAHAR, Afghanistan (AP) - A suicide bomber struck a crowd waiting outside a private bank in the southern city of Kandahar on Thursday, killing three people, a Taliban spokesman said. Doctors at the city's main hospital later put the toll at 21, most of them government employees who had come to draw their salaries. The Islamic State group's regional affiliate claimed the bombing.",
     "2024-03-22", "wire", [ev(SB, "-Thu", "Afghanistan", "Kandahar", "Kandahar", ISA, CAF, 21)]),
    ("(Translated from Dari) Local sources in Panjshir say that on the evening of 15 Hamal 1403, fighters of the National Resistance Front attacked a Taliban checkpoint in Dara district, and the firefight lasted nearly two hours. Two Taliban fighters and one member of the Front were killed, the sources said.",
     "2024-04-05", "translation", [ev(AC, "2024-04-03", "Afghanistan", "Panjshir", "Dara", "NRF: National Resistance Front", AFM, 3)]),
    ("Taliban use water cannon, fire into air to disperse women protesting beauty salon ban in Kabul",
     "2023-07-19", "headline", [ev(PI, "2023-07-19", "Afghanistan", "Kabul", "Kabul", "Protesters (Afghanistan)", AFP, None)]),
    ("On 24 December 2024, Pakistani military aircraft bombed several villages in Barmal district (Paktika). Taliban officials said 46 civilians, most of them women and children, were killed. Fatalities: 46.",
     "2024-12-26", "note", [ev(AS, "2024-12-24", "Afghanistan", "Paktika", "Barmal", PKM, CAF, 46)]),
    ("Taliban fighters took a former army commander from his home in Baghlan-e-Jadid district on Sunday night, and his family has heard nothing of him since.",
     "2024-05-29", "case", [ev(AB, "-Sun", "Afghanistan", "Baghlan", "Baghlan-e-Jadid", AFM, CAF, None)]),
    ("On 2 February 2024, militants stormed the Chodhwan police station in Dera Ismail Khan district (Khyber Pakhtunkhwa) at night; ten policemen were killed in the exchange of fire, which went on for several hours. The TTP claimed the assault. Fatalities: 10.",
     "2024-02-05", "note", [ev(AC, "2024-02-02", "Pakistan", "Khyber Pakhtunkhwa", "Chodhwan", TTP, PKP, 10)]),
    ("QUETTA, Pakistan (Reuters) - Unidentified attackers lobbed a hand grenade into a mobile phone shop on Quetta's Jinnah Road on Monday evening, wounding six people, police said.",
     "2024-08-13", "wire", [ev(GN, "-Mon", "Pakistan", "Balochistan", "Quetta", UPK, CPK, 0)]),
    ("Police baton-charge, tear-gas PTI marchers at Islamabad's D-Chowk",
     "2024-10-05", "headline", [ev(PI, "2024-10-05", "Pakistan", "Islamabad Capital", "Islamabad", "Protesters (Pakistan)", PKP, None)]),
    ("(Translated from Urdu, Daily Jang) Bajaur: Two Levies personnel were martyred on Saturday when a remote-controlled device planted beside the road went off as their vehicle passed near Khar, the district police officer said.",
     "2024-06-10", "translation", [ev(IE, "-Sat", "Pakistan", "Khyber Pakhtunkhwa", "Khar", UPK, PKP, 2)]),
    ("On 4 April 2024, Jaish al-Adl fighters launched simultaneous assaults on an IRGC base in Chabahar and on a police station in Rask (Sistan and Baluchestan). In Chabahar, five members of the security forces and ten attackers were killed in fighting that lasted into the night. In Rask, police repelled the assault and six of the attackers were killed.",
     "2024-04-06", "note", [ev(AC, "2024-04-04", "Iran", "Sistan and Baluchestan", "Chabahar", "Jaish al-Adl", IRM, 15),
                            ev(AC, "2024-04-04", "Iran", "Sistan and Baluchestan", "Rask", "Jaish al-Adl", IRP, 6)]),
    ("Iranian security forces opened fire on worshippers who had gathered to protest outside a police station in Zahedan after Friday prayers, killing at least 66 people, Amnesty International said on Sunday.",
     "2022-10-02", "wire", [ev(EF, "-Fri", "Iran", "Sistan and Baluchestan", "Zahedan", "Protesters (Iran)", IRP, 66)]),
    ("Two kolbars shot dead by Iranian border guards near Baneh",
     "2024-01-17", "headline", [ev(AT, "2024-01-17", "Iran", "Kurdistan", "Baneh", IRP, CIR, 2)]),
    ("(Translated from Persian, HRANA) On 12 Aban 1402, police in Sanandaj arrested three labour activists at their homes and transferred them to the city's intelligence detention centre.",
     "2023-11-05", "translation", [ev(AR, "2023-11-03", "Iran", "Kurdistan", "Sanandaj", IRP, "Labour Group (Iran)", None)]),
    ("A polio vaccinator was shot dead by two gunmen on a motorbike as he went from house to house in Mardan district on Wednesday.",
     "2023-12-07", "case", [ev(AT, "-Wed", "Pakistan", "Khyber Pakhtunkhwa", "Mardan", UPK, CPK, 1)]),
    ("On 16 August 2023, a mob ransacked and set fire to several churches and dozens of Christian homes in Jaranwala (Punjab) after two Christian residents were accused of blasphemy. No fatalities were reported.",
     "2023-08-18", "note", [ev(MV, "2023-08-16", "Pakistan", "Punjab", "Jaranwala", "Rioters (Pakistan)", "Christian Group (Pakistan)", 0)]),
    ("QUETTA (AFP) - A roadside bomb tore through a vehicle carrying Frontier Corps personnel in Kech district on Saturday, killing seven soldiers, the military's media wing said. The Balochistan Liberation Army claimed responsibility.",
     "2024-05-27", "wire", [ev(IE, "-Sat", "Pakistan", "Balochistan", "Kech", BLA, PKM, 7)]),
    ("On 9 January 2024, retired employees of the Telecommunication Company of Iran gathered in front of the company's provincial office in Ahvaz (Khuzestan) to demand unpaid pensions.",
     "2024-01-11", "note", [ev(PP, "2024-01-09", "Iran", "Khuzestan", "Ahvaz", "Protesters (Iran)", None, None)]),
    ("On 18 January 2024, Pakistani drones and rockets struck houses in a village near Saravan (Sistan and Baluchestan) that Islamabad described as hideouts of Baluch separatists. Iranian officials said nine people, including four children, were killed. Fatalities: 9.",
     "2024-01-20", "note", [ev(AS, "2024-01-18", "Iran", "Sistan and Baluchestan", "Saravan", PKM, CIR, 9)]),
    ("On 1 January 2025, elders of the Turi and Bangash tribes signed a 14-point peace agreement at a jirga in Kohat (Khyber Pakhtunkhwa), pledging to hand over heavy weapons and dismantle bunkers in Kurram district.",
     "2025-01-02", "note", [ev(AG, "2025-01-01", "Pakistan", "Khyber Pakhtunkhwa", "Kohat", "Turi Communal Militia (Pakistan)", "Bangash Communal Militia (Pakistan)", None)]),
    ("On 25 July 2024, armed men of two rival tribes exchanged fire with heavy weapons over a disputed plot of land in Boshehra village (Kurram, Khyber Pakhtunkhwa). By the evening of the next day, hospital officials said 11 people had been killed. Fatalities: 11.",
     "2024-07-27", "note", [ev(AC, "2024-07-25", "Pakistan", "Khyber Pakhtunkhwa", "Boshehra", "Turi Communal Militia (Pakistan)", "Bangash Communal Militia (Pakistan)", 11)]),
    ("On 17 May 2024, gunmen opened fire on a group of foreign tourists in the main bazaar of Bamyan city, killing three Spanish nationals and their Afghan guide. Four others were wounded. Fatalities: 4.",
     "2024-05-19", "note", [ev(AT, "2024-05-17", "Afghanistan", "Bamyan", "Bamyan", UAF, "Civilians (Spain)", 4)]),
    ("Bombers strike Soleimani memorial crowd in Kerman: two blasts leave 95 dead; Islamic State says two of its men wore explosive belts",
     "2024-01-03", "headline", [ev(SB, "2024-01-03", "Iran", "Kerman", "Kerman", "Islamic State (Iran)", CIR, 95)]),
    ("On 21 June 2024, a crowd dragged a man accused of burning pages of the Quran out of a police station in Madyan (Swat, Khyber Pakhtunkhwa), lynched him and set his body on fire. The crowd also set the police station ablaze. Fatalities: 1.",
     "2024-06-22", "note", [ev(MV, "2024-06-21", "Pakistan", "Khyber Pakhtunkhwa", "Madyan", "Rioters (Pakistan)", CPK, 1)]),
    ("Angry farmers armed with sticks and stones attacked a Taliban poppy eradication team in Darayim district of Badakhshan on Friday and set one of its vehicles on fire, residents said.",
     "2024-05-26", "wire", [ev(VD, "-Fri", "Afghanistan", "Badakhshan", "Darayim", "Rioters (Afghanistan)", AFP, None)]),
    ("On 3 June 2024, about 20 women held an indoor protest in Kabul, holding placards that read 'Education is our right' and posting photos online; no security forces intervened.",
     "2024-06-04", "note", [ev(PP, "2024-06-03", "Afghanistan", "Kabul", "Kabul", "Protesters (Afghanistan)", None, None)]),
    ("On 7 May 2025, Pakistani forces fired artillery and mortar shells across the Line of Control into Poonch town (Jammu and Kashmir), killing 12 civilians. Fatalities: 12.",
     "2025-05-09", "note", [ev(SH, "2025-05-07", "India", "Jammu and Kashmir", "Poonch", PKM, "Civilians (India)", 12)]),
    ("Police in Jalalabad seized a truck loaded with anti-personnel mines and detonators on the Torkham highway on Tuesday, the provincial police spokesman said.",
     "2024-10-30", "case", [ev(DW, "-Tue", "Afghanistan", "Nangarhar", "Jalalabad", AFP, None, None)]),
    ("Taliban intelligence detains Tolo News reporter in Kabul",
     "2024-11-12", "headline", [ev(AR, "2024-11-12", "Afghanistan", "Kabul", "Kabul", AFM, "Journalists (Afghanistan)", None)]),
    ("PESHAWAR (Reuters) - Pakistani Taliban fighters ambushed a military convoy in North Waziristan's Mir Ali area on Wednesday, triggering a gunfight in which four soldiers and six militants were killed, the army said.",
     "2024-09-19", "wire", [ev(AC, "-Wed", "Pakistan", "Khyber Pakhtunkhwa", "Mir Ali", TTP, PKM, 10)]),
    ("Late on 8 November 2024, a suicide bomber blew himself up in the ticket hall of Quetta railway station (Balochistan) as an army unit waited for a train to Peshawar. Twenty-six people, among them 14 soldiers, were killed. The BLA claimed the bombing. Fatalities: 26.",
     "2024-11-10", "note", [ev(SB, "2024-11-08", "Pakistan", "Balochistan", "Quetta", BLA, PKM, 26)]),
    ("Iranian police fire tear gas at families of detained protesters outside Evin prison",
     "2022-10-17", "headline", [ev(PI, "2022-10-17", "Iran", "Tehran", "Tehran", "Protesters (Iran)", IRP, None)]),
    ("On 13 June 2025, Israeli aircraft struck the uranium enrichment plant at Natanz (Isfahan), damaging the above-ground facility. Iranian officials did not report casualties at the site.",
     "2025-06-14", "note", [ev(AS, "2025-06-13", "Iran", "Isfahan", "Natanz", "Military Forces of Israel", IRM, None)]),
    ("(Translated from Persian, Kurdistan Human Rights Network) On Tuesday, 20 Shahrivar 1403, agents of the Ministry of Intelligence took a young Kurdish woman from her workplace in Mahabad; her family has been told nothing of where she is held.",
     "2024-09-13", "translation", [ev(AB, "2024-09-10", "Iran", "West Azerbaijan", "Mahabad", "Government of Iran (1989-)", CIR, None)]),
    ("Pakistani security forces have retaken the Bagh Maidan area of Tirah valley, which Lashkar-e-Islam militants had held for three days, an official said on Monday, adding that the militants fled after a short exchange of fire.",
     "2024-04-23", "wire", [ev(GR, "-Mon", "Pakistan", "Khyber Pakhtunkhwa", "Bagh Maidan", PKM, "Lashkar-e-Islam", None)]),
    ("On 6 October 2023, a group of Taliban fighters set up a new military post on the hill above Chamalwardah village in Andarab district (Baghlan), residents reported.",
     "2023-10-08", "note", [ev(HQ, "2023-10-06", "Afghanistan", "Baghlan", "Chamalwardah", AFM, None, None)]),
    ("Police used batons to break up a sit-in by the Baloch Yakjehti Committee in Gwadar on Sunday and detained dozens of participants, organisers said.",
     "2024-07-29", "case", [ev(PI, "-Sun", "Pakistan", "Balochistan", "Gwadar", "Protesters (Pakistan)", PKP, None)]),
    ("On 22 February 2025, the TTP announced in a statement that it was forming a new 'special forces' unit and extending its attacks to military-run businesses across Pakistan.",
     "2025-02-24", "note", [ev(CG, "2025-02-22", "Pakistan", None, None, TTP, None, None)]),
]
