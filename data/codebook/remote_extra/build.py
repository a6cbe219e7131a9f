"""Build data/codebook/remote_extra.jsonl from the compact rows below (written by the project).

Each row: (text, pub_date, style, [events]); an event is
(sub_event_type, date, country, admin1, location, actor1, actor2, fatalities).
A date written "-Mon" ... "-Sun" is the last such weekday before pub_date (the builder resolves
it, so weekdays in a text always agree with the gold). Run from the repository root:
python data/codebook/remote_extra/build.py
"""

import datetime as dt
import json
from pathlib import Path

EVENT_TYPE = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Protest with intervention": "Protests",
    "Disrupted weapons use": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
}

AC, AT, AB = "Armed clash", "Attack", "Abduction/forced disappearance"
CW, SH, AD = "Chemical weapon", "Shelling/artillery/missile attack", "Air/drone strike"
SB, IE, GN = "Suicide bomb", "Remote explosive/landmine/IED", "Grenade"
DW, PI = "Disrupted weapons use", "Protest with intervention"
NV, NS, GR = ("Non-violent transfer of territory", "Non-state actor overtakes territory",
              "Government regains territory")
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

ROWS = [
    # ---- chemical payloads, however delivered (Chemical weapon) vs tear gas at a protest
    ("On 19 March 2017, government aircraft dropped canisters of chlorine on the outskirts of Al-Lataminah (Hama), leaving about 30 people with breathing problems.",
     "2017-03-21", "note", [(CW, "2017-03-19", "Syria", "Hama", "Al-Lataminah", "Military Forces of Syria", "Civilians (Syria)", None)]),
    ("Islamic State militants fired rockets carrying a chlorine payload at a Peshmerga checkpoint near Sinjar on Saturday, wounding eleven fighters, a Kurdish spokesman said.",
     "2016-03-14", "wire", [(CW, "-Sat", "Iraq", "Nineveh", "Sinjar", "Islamic State", "Military Forces of Iraq", 0)]),
    ("Sarin rockets hit Ghouta suburbs, hundreds reported dead",
     "2013-08-21", "headline", [(CW, "2013-08-21", "Syria", "Rif Dimashq", "Ghouta", "Military Forces of Syria", "Civilians (Syria)", None)]),
    ("On 10 May 2024, Russian troops used grenades loaded with chloropicrin against Ukrainian positions near Robotyne (Zaporizhia), the Ukrainian general staff said.",
     "2024-05-12", "note", [(CW, "2024-05-10", "Ukraine", "Zaporizhia", "Robotyne", "Military Forces of Russia", "Military Forces of Ukraine", None)]),
    ("Artillery shells packed with mustard agent struck Taza (Kirkuk) on 8 March 2016, injuring dozens of residents; officials blamed the Islamic State.",
     "2016-03-10", "note", [(CW, "2016-03-08", "Iraq", "Kirkuk", "Taza", "Islamic State", "Civilians (Iraq)", 0)]),
    ("Yemeni army says Houthi drone released poison gas over its troops in Marib",
     "2022-01-19", "headline", [(CW, "2022-01-19", "Yemen (North Yemen)", "Marib", "Marib", "Houthis: Ansar Allah", "Military Forces of Yemen", None)]),
    ("Rescue workers blamed a chlorine attack for the deaths of four children in Kafr Zita on Wednesday.",
     "2016-04-08", "wire", [(CW, "-Wed", "Syria", "Hama", "Kafr Zita", "Military Forces of Syria", "Civilians (Syria)", 4)]),
    ("Police fired tear gas at hundreds of farmers marching on the district office in Patiala on Tuesday, witnesses said.",
     "2021-02-04", "wire", [(PI, "-Tue", "India", "Punjab", "Patiala", "Protesters (India)", "Police Forces of India", None)]),
    ("On 4 June 2023, gendarmes used tear gas canisters to disperse opposition supporters gathered in Ziguinchor (Ziguinchor).",
     "2023-06-06", "note", [(PI, "2023-06-04", "Senegal", "Ziguinchor", "Ziguinchor", "Protesters (Senegal)", "Police Forces of Senegal", None)]),
    # ---- mortars, rockets, shells and missiles that land, fall or strike (Shelling)
    ("Mortar bombs crashed into Mogadishu's Halane compound late on Thursday; no casualties were reported, the African Union mission said.",
     "2022-03-26", "wire", [(SH, "-Thu", "Somalia", "Banadir", "Mogadishu", "Al Shabaab", None, 0)]),
    ("Two Katyusha rockets fell inside Ain al-Asad air base (Al Anbar) on 15 January 2023 without causing casualties.",
     "2023-01-17", "note", [(SH, "2023-01-15", "Iraq", "Al Anbar", "Ain al-Asad", "Unidentified Armed Group (Iraq)", None, 0)]),
    ("A shell struck a house in Horlivka (Donetsk) on 7 November 2022, killing a woman and her grandson. Fatalities: 2.",
     "2022-11-09", "note", [(SH, "2022-11-07", "Ukraine", "Donetsk", "Horlivka", "Military Forces of Ukraine", "Civilians (Ukraine)", 2)]),
    ("Grad rockets rain down on Kherson as shelling intensifies",
     "2023-05-03", "headline", [(SH, "2023-05-03", "Ukraine", "Kherson", "Kherson", "Military Forces of Russia", "Civilians (Ukraine)", None)]),
    ("A tank shell hit a school sheltering displaced families in Jabalia (Gaza Strip) on 4 December 2023, killing seven people. Fatalities: 7.",
     "2023-12-06", "note", [(SH, "2023-12-04", "Palestine", "Gaza Strip", "Jabalia", "Military Forces of Israel", "Civilians (Palestine)", 7)]),
    ("Artillery fire from RSF positions slammed into the Karari market in Omdurman on Sunday, killing 19 shoppers, activists said.",
     "2023-10-03", "wire", [(SH, "-Sun", "Sudan", "Khartoum", "Omdurman", "RSF: Rapid Support Forces", "Civilians (Sudan)", 19)]),
    ("Missile hits apartment block in Dnipro; 12 dead",
     "2023-01-15", "headline", [(SH, "2023-01-15", "Ukraine", "Dnipropetrovsk", "Dnipro", "Military Forces of Russia", "Civilians (Ukraine)", 12)]),
    ("On 20 May 2023, junta artillery shelled Mrauk-U (Rakhine), destroying a monastery; no deaths were reported.",
     "2023-05-22", "note", [(SH, "2023-05-20", "Myanmar (Burma)", "Rakhine", "Mrauk-U", "Military Forces of Myanmar", "Civilians (Myanmar)", 0)]),
    ("On 13 March 2022, the IRGC launched a dozen ballistic missiles at Erbil (Erbil), damaging a television station; no one was killed.",
     "2022-03-15", "note", [(SH, "2022-03-13", "Iraq", "Erbil", "Erbil", "Military Forces of Iran", None, 0)]),
    ("Rockets fired from across the border landed in an orchard outside Kiryat Shmona on Monday, starting a fire but causing no injuries, the Israeli army said.",
     "2023-10-18", "wire", [(SH, "-Mon", "Israel", "Northern", "Kiryat Shmona", "Hezbollah", None, 0)]),
    # ---- air and drone strikes
    ("On 18 February 2024, a Turkish drone hit a car near Qamishli (Al Hasakah), killing two SDF members. Fatalities: 2.",
     "2024-02-20", "note", [(AD, "2024-02-18", "Syria", "Al Hasakah", "Qamishli", "Military Forces of Turkey", "SDF: Syrian Democratic Forces", 2)]),
    ("Pakistani jets bomb suspected TTP hideouts in Khost's Sperah district, Taliban say",
     "2024-03-18", "headline", [(AD, "2024-03-18", "Afghanistan", "Khost", "Sperah", "Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan", None)]),
    ("Military helicopters strafed a village near Hpakant (Kachin) on Tuesday, killing three civilians, a local rescue group said.",
     "2023-09-14", "wire", [(AD, "-Tue", "Myanmar (Burma)", "Kachin", "Hpakant", "Military Forces of Myanmar", "Civilians (Myanmar)", 3)]),
    ("On 5 January 2023, a drone strike by the Somali army on al-Shabaab fighters in Jilib district (Middle Juba) killed 12 militants. Fatalities: 12.",
     "2023-01-07", "note", [(AD, "2023-01-05", "Somalia", "Middle Juba", "Jilib", "Military Forces of Somalia", "Al Shabaab", 12)]),
    # ---- suicide bombings
    ("A teenage girl detonated explosives strapped to her body at a fish market in Konduga (Borno) on 16 June 2019, killing nine people. Fatalities: 9.",
     "2019-06-18", "note", [(SB, "2019-06-16", "Nigeria", "Borno", "Konduga", "Boko Haram - JAS", "Civilians (Nigeria)", 9)]),
    ("An attacker rammed an explosives-packed pickup into an army checkpoint outside Ghazni city on Friday, killing six soldiers, officials said.",
     "2019-07-21", "wire", [(SB, "-Fri", "Afghanistan", "Ghazni", "Ghazni", "Taliban", "Military Forces of Afghanistan", 6)]),
    ("A man wearing an explosive belt blew himself up among worshippers at a Shia mosque in Kunduz during Friday prayers, killing at least 46 people, officials said.",
     "2021-10-09", "wire", [(SB, "-Fri", "Afghanistan", "Kunduz", "Kunduz", "Islamic State (Afghanistan)", "Civilians (Afghanistan)", 46)]),
    # ---- bombs, mines, IEDs
    ("On 27 April 2023, a police vehicle struck a landmine on the Djibo-Namsiguia road (Sahel), killing four officers. Fatalities: 4.",
     "2023-04-29", "note", [(IE, "2023-04-27", "Burkina Faso", "Sahel", "Djibo", "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso", 4)]),
    ("A bomb concealed in a motorbike went off outside a district office in Jolo on Monday, wounding seven people, police said.",
     "2022-06-08", "wire", [(IE, "-Mon", "Philippines", "Sulu", "Jolo", "Unidentified Armed Group (Philippines)", "Civilians (Philippines)", 0)]),
    ("On 3 July 2023, a device planted on the roadside exploded as a military convoy passed near Tessit (Gao), killing two soldiers. Fatalities: 2.",
     "2023-07-05", "note", [(IE, "2023-07-03", "Mali", "Gao", "Tessit", "Unidentified Armed Group (Mali)", "Military Forces of Mali", 2)]),
    ("Explosion rips through passenger bus near Quetta; 3 killed",
     "2022-09-12", "headline", [(IE, "2022-09-12", "Pakistan", "Balochistan", "Quetta", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", 3)]),
    # ---- grenades
    ("Unknown assailants lobbed a hand grenade into a bar in Bunia (Ituri) late on Saturday, wounding nine patrons.",
     "2023-04-10", "wire", [(GN, "-Sat", "DR Congo (Zaire)", "Ituri", "Bunia", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", 0)]),
    ("On 14 August 2023, a militant hurled a grenade at a CRPF bunker in Sopore (Jammu and Kashmir); no one was hurt.",
     "2023-08-16", "note", [(GN, "2023-08-14", "India", "Jammu and Kashmir", "Sopore", "Unidentified Armed Group (India)", "Military Forces of India", 0)]),
    ("Grenade attack on Imphal market injures five",
     "2024-01-23", "headline", [(GN, "2024-01-23", "India", "Manipur", "Imphal", "Unidentified Armed Group (India)", "Civilians (India)", 0)]),
    ("On 2 February 2024, gang members threw two grenades at a police station in Carrefour (Ouest), damaging its gate. No casualties were reported.",
     "2024-02-04", "note", [(GN, "2024-02-02", "Haiti", "Ouest", "Carrefour", "Unidentified Gang (Haiti)", "Police Forces of Haiti", 0)]),
    # ---- disrupted weapons use: interceptions, drones downed, defusals, foiled attacks, caches
    ("Air defences intercepted a missile fired at Odesa on Tuesday night, the regional administration said, adding that falling debris damaged a warehouse.",
     "2023-08-10", "wire", [(DW, "-Tue", "Ukraine", "Odesa", "Odesa", "Military Forces of Ukraine", "Military Forces of Russia", None)]),
    ("On 30 May 2023, Russian air defence shot down eight drones over Moscow (Moscow).",
     "2023-06-01", "note", [(DW, "2023-05-30", "Russia (Soviet Union)", "Moscow", "Moscow", "Military Forces of Russia", "Military Forces of Ukraine", None)]),
    ("A police bomb squad defused an explosive device found near a church in Maiduguri on Sunday, a police spokesman said.",
     "2023-02-21", "wire", [(DW, "-Sun", "Nigeria", "Borno", "Maiduguri", "Police Forces of Nigeria", None, None)]),
    ("On 9 March 2023, police foiled a suicide attack in Peshawar (Khyber Pakhtunkhwa), arresting a would-be bomber wearing an explosive vest.",
     "2023-03-11", "note", [(DW, "2023-03-09", "Pakistan", "Khyber Pakhtunkhwa", "Peshawar", "Police Forces of Pakistan", None, None)]),
    ("On 22 November 2023, Colombian soldiers found an ELN arms depot containing rifles and explosives in Tame (Arauca).",
     "2023-11-24", "note", [(DW, "2023-11-22", "Colombia", "Arauca", "Tame", "Military Forces of Colombia", "ELN: National Liberation Army", None)]),
    ("Iron Dome downs rockets fired from Gaza at Sderot",
     "2023-05-10", "headline", [(DW, "2023-05-10", "Israel", "Southern", "Sderot", "Military Forces of Israel", None, None)]),
    ("Saudi air defences destroyed an explosive-laden drone launched by the Houthis towards Khamis Mushait on Thursday, the coalition said.",
     "2021-06-05", "wire", [(DW, "-Thu", "Saudi Arabia", "Asir", "Khamis Mushait", "Military Forces of Saudi Arabia", "Houthis: Ansar Allah", None)]),
    # ---- attacks repelled (Armed clash)
    ("On 26 January 2024, soldiers repelled an attack by JNIM fighters on their camp in Sofara (Mopti), killing 14 assailants. Fatalities: 14.",
     "2024-01-28", "note", [(AC, "2024-01-26", "Mali", "Mopti", "Sofara", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", 14)]),
    ("Police in Lakki Marwat repulsed a militant assault on their station late on Monday; two policemen and three attackers were killed.",
     "2023-07-12", "wire", [(AC, "-Mon", "Pakistan", "Khyber Pakhtunkhwa", "Lakki Marwat", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", 5)]),
    # ---- ground retaken by the state (Government regains territory)
    ("On 4 October 2023, Somali forces and clan militias recaptured Harardhere (Mudug) from al-Shabaab after a day of fighting. Fatalities: 7.",
     "2023-10-06", "note", [(GR, "2023-10-04", "Somalia", "Mudug", "Harardhere", "Military Forces of Somalia", "Al Shabaab", 7)]),
    ("Ukrainian troops liberate Andriivka south of Bakhmut, military says",
     "2023-09-15", "headline", [(GR, "2023-09-15", "Ukraine", "Donetsk", "Andriivka", "Military Forces of Ukraine", "Military Forces of Russia", None)]),
    ("Philippine marines wrested control of a Maute stronghold in Piagapo on Friday after a five-hour firefight, the army said.",
     "2017-04-24", "wire", [(GR, "-Fri", "Philippines", "Lanao del Sur", "Piagapo", "Military Forces of the Philippines", "Maute Group", None)]),
    ("On 15 March 2024, Nigerien troops regained control of Tamou (Tillaberi) after clashes with IS Sahel fighters.",
     "2024-03-17", "note", [(GR, "2024-03-15", "Niger", "Tillaberi", "Tamou", "Military Forces of Niger", "Islamic State (Sahel)", None)]),
    # ---- ground taken by an armed group in fighting (Non-state actor overtakes territory)
    ("On 29 October 2023, MNDAA fighters captured Chinshwehaw (Shan) after overrunning the junta's border posts. Fatalities: 5.",
     "2023-10-31", "note", [(NS, "2023-10-29", "Myanmar (Burma)", "Shan", "Chinshwehaw", "MNDAA: Myanmar National Democratic Alliance Army", "Military Forces of Myanmar", 5)]),
    ("Al-Shabaab militants overran an army base in El Baraf on Saturday and took control of the town after heavy fighting, residents said.",
     "2022-07-04", "wire", [(NS, "-Sat", "Somalia", "Middle Shabelle", "El Baraf", "Al Shabaab", "Military Forces of Somalia", None)]),
    ("Ansaroul Islam fighters capture Djibasso gendarmerie post after fierce battle",
     "2022-11-21", "headline", [(NS, "2022-11-21", "Burkina Faso", "Boucle du Mouhoun", "Djibasso", "Ansaroul Islam", "Police Forces of Burkina Faso", None)]),
    ("On 3 November 2023, TNLA forces seized Namhsan (Shan) following three days of clashes with junta troops.",
     "2023-11-05", "note", [(NS, "2023-11-03", "Myanmar (Burma)", "Shan", "Namhsan", "TNLA: Ta'ang National Liberation Army", "Military Forces of Myanmar", None)]),
    ("After the army withdrew from Menaka on Tuesday, IS Sahel fighters stormed the remaining militia posts and took the town following hours of clashes.",
     "2022-06-23", "wire", [(NS, "-Tue", "Mali", "Menaka", "Menaka", "Islamic State (Sahel)", "GATIA: Imghad Tuareg and Allies Self-Defense Group", None)]),
    # ---- ground changing hands without a fight (Non-violent transfer of territory)
    ("On 13 October 2023, Malian troops moved into the former UN camp in Tessalit (Kidal) after the peacekeepers handed it over.",
     "2023-10-15", "note", [(NV, "2023-10-13", "Mali", "Kidal", "Tessalit", "Military Forces of Mali", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali", None)]),
    ("Taliban fighters walked into Mazar-i-Sharif on Saturday evening as government forces melted away, with no fighting reported in the city.",
     "2021-08-15", "wire", [(NV, "-Sat", "Afghanistan", "Balkh", "Mazar-i-Sharif", "Taliban", "Military Forces of Afghanistan", None)]),
    ("On 11 November 2022, Ukrainian troops entered Kherson (Kherson) without a fight after Russian forces withdrew across the Dnipro.",
     "2022-11-13", "note", [(NV, "2022-11-11", "Ukraine", "Kherson", "Kherson", "Military Forces of Ukraine", "Military Forces of Russia", None)]),
    ("Jihadists occupy Boni after troops vacate base",
     "2022-09-02", "headline", [(NV, "2022-09-02", "Mali", "Mopti", "Boni", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", None)]),
    ("Congolese soldiers withdrew from Kiwanja on Sunday and M23 rebels took control of the town hours later; residents reported no shooting.",
     "2022-10-31", "wire", [(NV, "-Sun", "DR Congo (Zaire)", "North Kivu", "Kiwanja", "M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo", None)]),
    ("On 6 May 2024, ISWAP fighters moved into Malam Fatori (Borno) after the military pulled out of its base there; locals said no clashes occurred.",
     "2024-05-08", "note", [(NV, "2024-05-06", "Nigeria", "Borno", "Malam Fatori", "ISWAP: Islamic State West Africa Province", "Military Forces of Nigeria", None)]),
    ("Houthis take over abandoned government positions in Al Bayda without fighting",
     "2021-09-20", "headline", [(NV, "2021-09-20", "Yemen (North Yemen)", "Al Bayda", "Al Bayda", "Houthis: Ansar Allah", "Military Forces of Yemen", None)]),
    # ---- abductions vs people abducted earlier and now found dead (Attack)
    ("On 9 March 2024, gunmen kidnapped a Catholic priest from his parish house in Kafanchan (Kaduna).",
     "2024-03-11", "note", [(AB, "2024-03-09", "Nigeria", "Kaduna", "Kafanchan", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", None)]),
    ("Armed men took away three aid workers at a checkpoint near Rann (Borno) on 2 March 2023, the UN said.",
     "2023-03-04", "note", [(AB, "2023-03-02", "Nigeria", "Borno", "Rann", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", None)]),
    ("Five teachers were taken hostage by suspected ADF militants on Tuesday as they travelled to Lubero, the local administrator said.",
     "2023-11-16", "wire", [(AB, "-Tue", "DR Congo (Zaire)", "North Kivu", "Lubero", "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", None)]),
    ("Men in plain clothes picked up a student activist from his home in Dera Bugti on Wednesday night and his whereabouts remain unknown, his family said.",
     "2023-05-26", "wire", [(AB, "-Wed", "Pakistan", "Balochistan", "Dera Bugti", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", None)]),
    ("On 7 May 2023, villagers found the beheaded body of a village chief who had been kidnapped by jihadists three days earlier near Djibo (Sahel). Fatalities: 1.",
     "2023-05-09", "note", [(AT, "2023-05-07", "Burkina Faso", "Sahel", "Djibo", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", 1)]),
    ("The body of an engineer abducted in Guerrero last month was dumped on a highway near Chilpancingo on Friday, prosecutors said.",
     "2023-06-19", "wire", [(AT, "-Fri", "Mexico", "Guerrero", "Chilpancingo", "Unidentified Gang (Mexico)", "Civilians (Mexico)", 1)]),
    ("Abducted district official found dead in Kandahar",
     "2022-02-07", "headline", [(AT, "2022-02-07", "Afghanistan", "Kandahar", "Kandahar", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)", 1)]),
    ("On 21 June 2023, a farmer held by kidnappers since early June was executed by his captors in Tsafe (Zamfara) after his family failed to pay a ransom. Fatalities: 1.",
     "2023-06-23", "note", [(AT, "2023-06-21", "Nigeria", "Zamfara", "Tsafe", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 1)]),
    # ---- two happenings in one report
    ("On 5 December 2023, suspected ADF militants attacked Mukondi village (North Kivu), hacking eight residents to death; troops later engaged the attackers in a nearby forest, killing two of them.",
     "2023-12-07", "note", [(AT, "2023-12-05", "DR Congo (Zaire)", "North Kivu", "Mukondi", "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", 8),
                            (AC, "2023-12-05", "DR Congo (Zaire)", "North Kivu", "Mukondi", "Military Forces of the Democratic Republic of Congo", "ADF: Allied Democratic Forces", 2)]),
    ("Gunmen raided a wedding party in Zurmi on Saturday, shooting dead six guests, and then clashed with police who responded, leaving one officer dead.",
     "2023-04-17", "wire", [(AT, "-Sat", "Nigeria", "Zamfara", "Zurmi", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 6),
                            (AC, "-Sat", "Nigeria", "Zamfara", "Zurmi", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria", 1)]),
    ("On 17 July 2022, a roadside bomb struck a police pickup in Tank (Khyber Pakhtunkhwa), wounding three officers. In a separate incident the same day, gunmen shot dead a polio worker in Bannu (Khyber Pakhtunkhwa).",
     "2022-07-19", "note", [(IE, "2022-07-17", "Pakistan", "Khyber Pakhtunkhwa", "Tank", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", 0),
                            (AT, "2022-07-17", "Pakistan", "Khyber Pakhtunkhwa", "Bannu", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", 1)]),
    ("On 12 May 2024, bandits abducted 23 farmers in Gidan Gora (Sokoto). Troops pursued the kidnappers and clashed with them near the forest, rescuing nine of the captives.",
     "2024-05-14", "note", [(AB, "2024-05-12", "Nigeria", "Sokoto", "Gidan Gora", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", None),
                            (AC, "2024-05-12", "Nigeria", "Sokoto", "Gidan Gora", "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)", None)]),
    ("On 12 October 2023, Hezbollah fired anti-tank missiles at Israeli army posts near Shtula (Northern). Israeli artillery responded by shelling the outskirts of Aita al-Shaab (South Lebanon).",
     "2023-10-14", "note", [(SH, "2023-10-12", "Israel", "Northern", "Shtula", "Hezbollah", "Military Forces of Israel", None),
                            (SH, "2023-10-12", "Lebanon", "South Lebanon", "Aita al-Shaab", "Military Forces of Israel", None, None)]),
]


def _resolve(date: str | None, pub: str, text: str) -> str | None:
    if date is None or not date.startswith("-"):
        return date
    wd = DAYS.index(date[1:])
    assert DAY_NAMES[wd] in text, (date, text)
    day = dt.date.fromisoformat(pub) - dt.timedelta(days=1)
    while day.weekday() != wd:
        day -= dt.timedelta(days=1)
    return day.isoformat()


def main() -> None:
    out = Path("data/codebook/remote_extra.jsonl")
    texts: set[str] = set()
    lines = []
    for n, (text, pub, style, events) in enumerate(ROWS, start=1):
        assert text not in texts, text
        texts.add(text)
        doc = f"remote:{n:03d}"
        for k, (sub, date, country, admin1, loc, a1, a2, fat) in enumerate(events, start=1):
            gold = {"event_type": EVENT_TYPE[sub], "sub_event_type": sub,
                    "date": _resolve(date, pub, text), "country": country, "admin1": admin1,
                    "location": loc, "lat": None, "lon": None, "actor1": a1, "actor2": a2,
                    "fatalities": fat, "weapon": None, "claimed": None}
            lines.append({"id": doc if len(events) == 1 else f"{doc}-{k}", "doc_id": doc,
                          "source": "codebook", "text": text, "pub_date": pub, "gold": gold,
                          "raw": {"style": style, "error_classes": ["type"]}})
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    print(len(ROWS), "documents,", len(lines), "events ->", out)


if __name__ == "__main__":
    main()
