"""Build data/codebook/protest_extra.jsonl from the compact rows below (written by the project).

A development set for issue 13 §1 and §3: the three Protests and the two Riots sub-event types
and their borders with Battles, Violence against civilians and Arrests. Each row: (text,
pub_date, style, [events]); an event is
(sub_event_type, date, country, admin1, location, actor1, actor2, fatalities).
Run from the repository root: python data/codebook/protest_extra/build.py
"""

import datetime as dt
import json
import re
from pathlib import Path

EVENT_TYPE = {
    "Armed clash": "Battles", "Attack": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests", "Violent demonstration": "Riots",
    "Mob violence": "Riots", "Arrests": "Strategic developments",
}
PP, PI, EF = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VD, MV = "Violent demonstration", "Mob violence"
AC, AT, AR = "Armed clash", "Attack", "Arrests"

ROWS = [
    # ---- peaceful protests, told with many verbs (sit-in, downed tools, thronged, blocked,
    # boycotted, hunger strike, marched on, chanted slogans, vigil)
    ("On 4 March 2024, about 300 teachers staged a sit-in outside the education directorate in Peshawar (Khyber Pakhtunkhwa), demanding that their contracts be made permanent.",
     "2024-03-06", "note", [(PP, "2024-03-04", "Pakistan", "Khyber Pakhtunkhwa", "Peshawar", "Protesters (Pakistan)", None, None)]),
    ("Transport workers downed tools in Harare on Monday and gathered outside the city council offices to protest against new parking fees, union officials said.",
     "2023-09-13", "wire", [(PP, "2023-09-11", "Zimbabwe", "Harare", "Harare", "Protesters (Zimbabwe)", None, None)]),
    ("Thousands throng Colombo streets demanding release of detained union leader",
     "2023-02-10", "headline", [(PP, "2023-02-10", "Sri Lanka", "Western", "Colombo", "Protesters (Sri Lanka)", None, None)]),
    ("On 17 June 2023, residents of Ikorodu (Lagos) blocked the Ikorodu-Sagamu road for several hours to protest against repeated power cuts. The protest ended peacefully.",
     "2023-06-19", "note", [(PP, "2023-06-17", "Nigeria", "Lagos", "Ikorodu", "Protesters (Nigeria)", None, None)]),
    ("Students at Makerere University boycotted classes on Tuesday and marched to the vice-chancellor's office in Kampala, chanting slogans against a rise in tuition fees.",
     "2024-10-17", "wire", [(PP, "2024-10-15", "Uganda", "Central", "Kampala", "Protesters (Uganda)", None, None)]),
    ("On 8 May 2023, dozens of relatives of missing persons went on hunger strike in a tent outside the press club in Quetta (Balochistan).",
     "2023-05-10", "note", [(PP, "2023-05-08", "Pakistan", "Balochistan", "Quetta", "Protesters (Pakistan)", None, None)]),
    ("KATHMANDU, Nepal (AP) — Thousands of royalists marched on the city centre on Friday, waving flags and chanting slogans for the return of the monarchy, and dispersed peacefully by evening.",
     "2024-04-14", "wire", [(PP, "2024-04-12", "Nepal", "Central Region", "Kathmandu", "Protesters (Nepal)", None, None)]),
    ("Farmers hold tractor rally in Punjab's Sangrur against land acquisition",
     "2024-01-26", "headline", [(PP, "2024-01-26", "India", "Punjab", "Sangrur", "Protesters (India)", None, None)]),
    ("On 2 December 2022, around 150 women gathered in front of the parliament building in Tbilisi, calling for the resignation of the interior minister.",
     "2022-12-04", "note", [(PP, "2022-12-02", "Georgia", "Tbilisi", "Tbilisi", "Protesters (Georgia)", None, None)]),
    ("Mine workers in Rustenburg (North West) downed tools on 9 August 2023 and picketed outside the shaft gates to press for a wage increase.",
     "2023-08-11", "note", [(PP, "2023-08-09", "South Africa", "North West", "Rustenburg", "Protesters (South Africa)", None, None)]),
    ("Unemployed graduates demonstrate in Nasiriyah demanding public-sector jobs",
     "2023-05-21", "headline", [(PP, "2023-05-21", "Iraq", "Dhi Qar", "Nasiriyah", "Protesters (Iraq)", None, None)]),
    ("On 11 September 2023, thousands of people marched through Santiago to remember the victims of the 1973 coup.",
     "2023-09-13", "note", [(PP, "2023-09-11", "Chile", "Santiago Metropolitan", "Santiago", "Protesters (Chile)", None, None)]),
    ("Hundreds march in Bamako to condemn killing of imam",
     "2023-02-11", "headline", [(PP, "2023-02-11", "Mali", "Bamako", "Bamako", "Protesters (Mali)", None, None)]),
    ("On 23 October 2023, opposition supporters held a candlelight vigil in Lome to mark the anniversary of the 2017 crackdown on protests.",
     "2023-10-25", "note", [(PP, "2023-10-23", "Togo", "Maritime", "Lome", "Protesters (Togo)", None, None)]),
    # ---- protests broken up: dispersed, tear gas, batons, arrests made at the protest (one
    # event, the protest with intervention)
    ("On 12 July 2023, police fired tear gas to disperse opposition supporters who had blocked the Nairobi-Nakuru highway at Kikuyu (Kiambu). No injuries were reported.",
     "2023-07-14", "note", [(PI, "2023-07-12", "Kenya", "Kiambu", "Kikuyu", "Protesters (Kenya)", "Police Forces of Kenya", 0)]),
    ("Police detain 40 at Istanbul march for jailed journalist",
     "2023-03-05", "headline", [(PI, "2023-03-05", "Turkey", "Istanbul", "Istanbul", "Protesters (Turkey)", "Police Forces of Turkey", None)]),
    ("DHAKA — Police baton-charged garment workers who had thronged the highway at Ashulia on Sunday demanding unpaid wages, witnesses said.",
     "2023-11-01", "wire", [(PI, "2023-10-29", "Bangladesh", "Dhaka", "Ashulia", "Protesters (Bangladesh)", "Police Forces of Bangladesh", None)]),
    ("On 5 February 2024, security forces used water cannon on hundreds of people chanting slogans against the postponement of the election in Dakar, and arrested several of them.",
     "2024-02-07", "note", [(PI, "2024-02-05", "Senegal", "Dakar", "Dakar", "Protesters (Senegal)", "Police Forces of Senegal", None)]),
    ("Riot police broke up a sit-in by unemployed graduates in front of the parliament in Rabat on Wednesday and detained twelve people, an activist said.",
     "2023-03-17", "wire", [(PI, "2023-03-15", "Morocco", "Rabat", "Rabat", "Protesters (Morocco)", "Police Forces of Morocco", None)]),
    ("On 30 August 2022, police in Lilongwe dispersed a march of civil society activists against rising fuel prices; eight demonstrators were arrested.",
     "2022-09-01", "note", [(PI, "2022-08-30", "Malawi", "Central Region", "Lilongwe", "Protesters (Malawi)", "Police Forces of Malawi", None)]),
    ("Students protesting fee hike baton-charged in Lahore, dozens held",
     "2024-02-20", "headline", [(PI, "2024-02-20", "Pakistan", "Punjab", "Lahore", "Protesters (Pakistan)", "Police Forces of Pakistan", None)]),
    ("LIMA (Reuters) - Peruvian police fired tear gas at demonstrators who marched on Congress on Thursday to demand early elections; the interior ministry said 15 people were detained.",
     "2023-01-21", "wire", [(PI, "2023-01-19", "Peru", "Lima", "Lima", "Protesters (Peru)", "Police Forces of Peru", None)]),
    ("On 14 September 2023, Taliban forces dispersed a gathering of women demanding the reopening of girls' schools in Kabul city (Kabul) and briefly detained three of them.",
     "2023-09-16", "note", [(PI, "2023-09-14", "Afghanistan", "Kabul", "Kabul", "Protesters (Afghanistan)", "Taliban", None)]),
    ("Thai police tear down protest camp outside Government House, arrest 20",
     "2023-07-08", "headline", [(PI, "2023-07-08", "Thailand", "Bangkok", "Bangkok", "Protesters (Thailand)", "Police Forces of Thailand", None)]),
    # a peaceful march, and a later arrest of its organisers at home: two events
    ("On 3 April 2024, market vendors marched peacefully to the municipal office in Kano (Kano). Two days later, police arrested three of the march's organisers at their homes.",
     "2024-04-07", "note", [(PP, "2024-04-03", "Nigeria", "Kano", "Kano", "Protesters (Nigeria)", None, None),
                            (AR, "2024-04-05", "Nigeria", "Kano", "Kano", "Police Forces of Nigeria", "Protesters (Nigeria)", None)]),
    # arrests before any rally took place: Arrests
    ("On 15 March 2023, police in Minsk arrested 12 activists accused of planning an unauthorised rally.",
     "2023-03-17", "note", [(AR, "2023-03-15", "Belarus", "Minsk", "Minsk", "Police Forces of Belarus", "Civilians (Belarus)", None)]),
    # ---- force that kills or could kill, used on protesters (by troops, police or gunmen)
    ("Soldiers fire on protesters in Monywa; nine killed",
     "2021-04-03", "headline", [(EF, "2021-04-03", "Myanmar (Burma)", "Sagaing", "Monywa", "Military Forces of Myanmar", "Protesters (Myanmar)", 9)]),
    ("On 19 October 2023, police opened fire on residents protesting the demolition of a market in Kisii (Kisii), killing two people.",
     "2023-10-21", "note", [(EF, "2023-10-19", "Kenya", "Kisii", "Kisii", "Police Forces of Kenya", "Protesters (Kenya)", 2)]),
    ("KHARTOUM (AFP) — Security forces shot dead at least five people on Thursday as tens of thousands marched in Khartoum against military rule, medics said.",
     "2022-07-02", "wire", [(EF, "2022-06-30", "Sudan", "Khartoum", "Khartoum", "Military Forces of Sudan", "Protesters (Sudan)", 5)]),
    ("On 26 September 2022, security forces fired live ammunition at demonstrators chanting anti-government slogans in Mahabad (West Azerbaijan), wounding at least eleven.",
     "2022-09-28", "note", [(EF, "2022-09-26", "Iran", "West Azerbaijan", "Mahabad", "Police Forces of Iran", "Protesters (Iran)", 0)]),
    ("Gendarmes kill two youths during protest in Kankan",
     "2023-06-02", "headline", [(EF, "2023-06-02", "Guinea", "Kankan", "Kankan", "Police Forces of Guinea", "Protesters (Guinea)", 2)]),
    ("On 11 March 2024, unidentified gunmen on motorcycles fired on a peaceful march of street vendors in Cap-Haitien (Nord), killing one marcher.",
     "2024-03-13", "note", [(EF, "2024-03-11", "Haiti", "Nord", "Cap-Haitien", "Unidentified Armed Group (Haiti)", "Protesters (Haiti)", 1)]),
    ("Police in Freetown shot dead four people on Wednesday while dispersing a protest over the cost of living, the health ministry said.",
     "2022-08-12", "wire", [(EF, "2022-08-10", "Sierra Leone", "Western Area", "Freetown", "Police Forces of Sierra Leone", "Protesters (Sierra Leone)", 4)]),
    ("Police kill protester at Kinshasa march against electoral commission",
     "2023-05-21", "headline", [(EF, "2023-05-21", "DR Congo (Zaire)", "Kinshasa", "Kinshasa", "Police Forces of the Democratic Republic of Congo", "Protesters (Democratic Republic of Congo)", 1)]),
    ("On 15 June 2023, police in Patna (Bihar) baton-charged and then fired on teachers marching to the assembly; one teacher was killed and 20 were injured.",
     "2023-06-17", "note", [(EF, "2023-06-15", "India", "Bihar", "Patna", "Police Forces of India", "Protesters (India)", 1)]),
    ("Troops open fire on villagers protesting army checkpoint in Chin State, three dead",
     "2022-11-09", "headline", [(EF, "2022-11-09", "Myanmar (Burma)", "Chin", None, "Military Forces of Myanmar", "Protesters (Myanmar)", 3)]),
    ("Militiamen fired live rounds at a sit-in by displaced families outside the governor's office in Ed Daein (East Darfur) on 4 May 2024, killing three of the protesters.",
     "2024-05-06", "note", [(EF, "2024-05-04", "Sudan", "East Darfur", "Ed Daein", "Unidentified Armed Group (Sudan)", "Protesters (Sudan)", 3)]),
    # ---- demonstrations that turn destructive or fight the police: Violent demonstration
    ("Angry crowd burns police van after road accident in Jos",
     "2023-08-09", "headline", [(VD, "2023-08-09", "Nigeria", "Plateau", "Jos", "Rioters (Nigeria)", "Police Forces of Nigeria", None)]),
    ("On 2 July 2023, youths protesting a police shooting threw stones at officers and set fire to rubbish bins in Roubaix, northern France.",
     "2023-07-04", "note", [(VD, "2023-07-02", "France", "Nord-Pas-de-Calais", "Roubaix", "Rioters (France)", "Police Forces of France", None)]),
    ("Protesters torch ruling party office in Mombasa",
     "2023-07-20", "headline", [(VD, "2023-07-20", "Kenya", "Mombasa", "Mombasa", "Rioters (Kenya)", None, None)]),
    ("On 9 May 2023, supporters of Imran Khan stormed the corps commander's residence in Lahore (Punjab) and set it on fire.",
     "2023-05-11", "note", [(VD, "2023-05-09", "Pakistan", "Punjab", "Lahore", "Rioters (Pakistan)", None, None)]),
    ("COLOMBO (Reuters) - Protesters clashed with police and set fire to vehicles near the president's private residence on Thursday night, police said; 50 people were injured.",
     "2022-04-02", "wire", [(VD, "2022-03-31", "Sri Lanka", "Western", "Colombo", "Rioters (Sri Lanka)", "Police Forces of Sri Lanka", 0)]),
    ("On 18 November 2022, demonstrators in Bunia (Ituri) hurled stones at a UN convoy and looted a warehouse, accusing peacekeepers of failing to stop militia killings.",
     "2022-11-20", "note", [(VD, "2022-11-18", "DR Congo (Zaire)", "Ituri", "Bunia", "Rioters (Democratic Republic of Congo)", "MONUSCO", None)]),
    ("On 4 May 2024, villagers angry over the death of a man in police custody attacked the police station in Araria (Bihar), ransacking it and burning two motorcycles.",
     "2024-05-06", "note", [(VD, "2024-05-04", "India", "Bihar", "Araria", "Rioters (India)", "Police Forces of India", None)]),
    ("On 21 March 2024, students blocked the Dakar-Thies road with burning tyres and threw stones at gendarmes in Thies (Thies).",
     "2024-03-23", "note", [(VD, "2024-03-21", "Senegal", "Thies", "Thies", "Rioters (Senegal)", "Police Forces of Senegal", None)]),
    ("ABUJA — Protesters angry over fuel prices looted a government warehouse and set a customs vehicle ablaze in Kaduna on Monday, police said.",
     "2024-08-07", "wire", [(VD, "2024-08-05", "Nigeria", "Kaduna", "Kaduna", "Rioters (Nigeria)", None, None)]),
    ("Stone-pelting mob damages police vehicles during protest in Srinagar",
     "2023-10-06", "headline", [(VD, "2023-10-06", "India", "Jammu and Kashmir", "Srinagar", "Rioters (India)", "Police Forces of India", None)]),
    ("On 6 January 2024, demonstrators set fire to a gendarmerie post in Kaedi (Gorgol) after a young man died in detention.",
     "2024-01-08", "note", [(VD, "2024-01-06", "Mauritania", "Gorgol", "Kaedi", "Rioters (Mauritania)", "Police Forces of Mauritania", None)]),
    ("Striking dock workers smashed the windows of the port authority building and fought with security guards in Durban (KwaZulu-Natal) on 12 March 2023.",
     "2023-03-14", "note", [(VD, "2023-03-12", "South Africa", "KwaZulu-Natal", "Durban", "Rioters (South Africa)", None, None)]),
    # force used on rioters stays the riot
    ("On 25 June 2024, protesters stormed the parliament in Nairobi and set part of it on fire; police fired live rounds, killing at least five.",
     "2024-06-27", "note", [(VD, "2024-06-25", "Kenya", "Nairobi", "Nairobi", "Rioters (Kenya)", "Police Forces of Kenya", 5)]),
    ("Indigenous protesters blocked the Pan-American highway near Latacunga (Cotopaxi) with tree trunks and burning tyres on 14 June 2022 and pelted police with stones.",
     "2022-06-16", "note", [(VD, "2022-06-14", "Ecuador", "Cotopaxi", "Latacunga", "Rioters (Ecuador)", "Police Forces of Ecuador", None)]),
    # ---- crowds that attack people (lynchings, beatings): Mob violence; the accused crime is
    # no event of its own
    ("On 13 August 2023, a crowd in Kabale (Western) beat to death a man accused of stealing a goat.",
     "2023-08-15", "note", [(MV, "2023-08-13", "Uganda", "Western", "Kabale", "Rioters (Uganda)", "Civilians (Uganda)", 1)]),
    ("Mob kills two suspected child abductors in Bihar's Vaishali",
     "2023-09-03", "headline", [(MV, "2023-09-03", "India", "Bihar", "Vaishali", "Rioters (India)", "Civilians (India)", 2)]),
    ("On 4 February 2024, residents of a village near Mzuzu (Northern) set upon two men they accused of witchcraft and burned them to death.",
     "2024-02-06", "note", [(MV, "2024-02-04", "Malawi", "Northern Region", "Mzuzu", "Rioters (Malawi)", "Civilians (Malawi)", 2)]),
    ("A crowd attacked and injured a Hindu shopkeeper in Rangpur after a social media post, police said; the mob also looted his shop.",
     "2024-08-10", "case", [(MV, None, "Bangladesh", "Rangpur", "Rangpur", "Rioters (Bangladesh)", "Civilians (Bangladesh)", 0)]),
    ("PORT-AU-PRINCE (AP) — Residents of Petion-Ville stoned and burned to death eight suspected gang members on Tuesday after police stopped their car at a checkpoint.",
     "2023-05-12", "wire", [(MV, "2023-05-09", "Haiti", "Ouest", "Petion-Ville", "Rioters (Haiti)", "Unidentified Gang (Haiti)", 8)]),
    ("On 5 September 2023, residents of a village in Puno (Puno) tied up and beat two men suspected of cattle rustling; one of them died.",
     "2023-09-07", "note", [(MV, "2023-09-05", "Peru", "Puno", "Puno", "Rioters (Peru)", "Civilians (Peru)", 1)]),
    ("A crowd in Kitwe (Copperbelt) chased foreign truck drivers through the market with sticks and stones on 19 October 2023, injuring four of them.",
     "2023-10-21", "note", [(MV, "2023-10-19", "Zambia", "Copperbelt", "Kitwe", "Rioters (Zambia)", "Civilians (Zambia)", 0)]),
    ("Villagers lynch three elderly men over witchcraft claims in Kilifi",
     "2023-11-14", "headline", [(MV, "2023-11-14", "Kenya", "Kilifi", "Kilifi", "Rioters (Kenya)", "Civilians (Kenya)", 3)]),
    ("On 29 December 2022, a mob stoned to death a man accused of blasphemy in Nankana Sahib (Punjab) after dragging him out of a police station.",
     "2022-12-31", "note", [(MV, "2022-12-29", "Pakistan", "Punjab", "Nankana Sahib", "Rioters (Pakistan)", "Civilians (Pakistan)", 1)]),
    ("Hundreds of villagers armed with clubs attacked a family accused of sorcery in Enga province, killing a woman and her son, police said.",
     "2024-07-03", "case", [(MV, None, "Papua New Guinea", "Enga", None, "Rioters (Papua New Guinea)", "Civilians (Papua New Guinea)", 2)]),
    # ---- organised armed groups are no mob: vigilantes, defence groups and armed youths
    # fighting armed men (Armed clash); killing a suspect (Attack)
    ("On 16 January 2024, members of a local vigilante group clashed with bandits who tried to raid Tsafe (Zamfara); four bandits and one vigilante were killed.",
     "2024-01-18", "note", [(AC, "2024-01-16", "Nigeria", "Zamfara", "Tsafe", "Vigilante Militia (Nigeria)", "Unidentified Armed Group (Nigeria)", 5)]),
    ("Vigilantes fight off kidnappers in Guerrero village",
     "2023-07-14", "headline", [(AC, "2023-07-14", "Mexico", "Guerrero", None, "Vigilante Militia (Mexico)", "Unidentified Armed Group (Mexico)", None)]),
    ("OUAGADOUGOU — Volunteer defence fighters and soldiers repelled an attack by JNIM militants on Djibo on Sunday, the army said.",
     "2023-11-29", "wire", [(AC, "2023-11-26", "Burkina Faso", "Sahel", "Djibo", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso", None)]),
    ("On 22 February 2023, armed youths from two cattle-keeping communities clashed near Tonj (Warrap) over stolen cattle, leaving twelve people dead.",
     "2023-02-24", "note", [(AC, "2023-02-22", "South Sudan", "Warrap", "Tonj", "Communal Militia (South Sudan)", "Communal Militia (South Sudan)", 12)]),
    ("On 10 October 2023, members of a vigilante group shot dead a suspected cattle thief in Naka (Benue).",
     "2023-10-12", "note", [(AT, "2023-10-10", "Nigeria", "Benue", "Naka", "Vigilante Militia (Nigeria)", "Civilians (Nigeria)", 1)]),
    ("On 21 May 2023, gunmen dragged a local councillor out of his house in Kalehe (South Kivu) and beat him to death.",
     "2023-05-23", "note", [(AT, "2023-05-21", "DR Congo (Zaire)", "South Kivu", "Kalehe", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", 1)]),
    # fire on people who are not protesting: an attack on civilians
    ("On 6 December 2023, soldiers opened fire on traders at a weekly market in Hombori (Mopti), killing nine.",
     "2023-12-08", "note", [(AT, "2023-12-06", "Mali", "Mopti", "Hombori", "Military Forces of Mali", "Civilians (Mali)", 9)]),
    ("Gunmen kill five worshippers leaving mosque in Zamfara's Gusau",
     "2024-03-02", "headline", [(AT, "2024-03-02", "Nigeria", "Zamfara", "Gusau", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 5)]),
    # protesters who fight armed men at a checkpoint riot; troops who fight militants are a battle
    ("On 7 August 2023, protesters in Diffa (Diffa) threw stones at soldiers guarding a checkpoint, and the soldiers fired into the air; no casualties were reported.",
     "2023-08-09", "note", [(VD, "2023-08-07", "Niger", "Diffa", "Diffa", "Rioters (Niger)", "Military Forces of Niger", 0)]),
]

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _check_weekday(text: str, pub: str, date: str | None) -> None:
    for n, day in enumerate(DAYS):
        if re.search(rf"\b{day}\b", text, re.I) and date is not None:
            d, p = dt.date.fromisoformat(date), dt.date.fromisoformat(pub)
            assert d.weekday() == n and 0 <= (p - d).days < 7, (text, pub, date)


def main() -> None:
    out = Path("data/codebook/protest_extra.jsonl")
    texts: set[str] = set()
    lines = []
    for n, (text, pub, style, events) in enumerate(ROWS, start=1):
        assert text not in texts, text
        texts.add(text)
        doc = f"protest:{n:03d}"
        for k, (sub, date, country, admin1, loc, a1, a2, fat) in enumerate(events, start=1):
            _check_weekday(text, pub, date)
            gold = {"event_type": EVENT_TYPE[sub], "sub_event_type": sub, "date": date,
                    "country": country, "admin1": admin1, "location": loc, "lat": None,
                    "lon": None, "actor1": a1, "actor2": a2, "fatalities": fat,
                    "weapon": None, "claimed": None}
            lines.append({"id": doc if len(events) == 1 else f"{doc}-{k}", "doc_id": doc,
                          "source": "codebook", "text": text, "pub_date": pub, "gold": gold,
                          "raw": {"style": style, "error_classes": ["type"]}})
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    print(len(ROWS), "documents,", len(lines), "events ->", out)


if __name__ == "__main__":
    main()
