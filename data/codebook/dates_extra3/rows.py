"""The compact rows of data/codebook/dates_extra3.jsonl (written by the project in its own words):
a development set for event dates, third round (issue 13 section 4).

Weighted to date wordings the first two date sets cover little: a reporting day beside the
event's day ("police said on Monday that militants had attacked the post on Saturday"), deaths
of wounds later (the event is the attack's day), funerals and protests the day after, "in the
early hours of", "shortly before midnight on", clock times with zones, numeric dates (day
first), datelines, "yesterday"/"today"/"last night" in wire leads, later sentences with their
own date or inheriting the first, background dates earlier in the note, year rollovers, Solar
Hijri days with Afghan and Iranian month names, "on the eve of", holidays named with a date
elsewhere, and "late last week" / "earlier this month" (gold null: no day).

Each row: (text, pub_date, style, [events]); an event is
(sub_event_type, date, country, admin1, location, actor1, actor2, fatalities); places and
actors may be null (the set is about dates); a date "-Mon" ... "-Sun" is the last such weekday
before pub_date. Build from the repository root:
python tools/build_compact.py data/codebook/dates_extra3/rows.py dates3 data/codebook/dates_extra3.jsonl
"""

AC, AT, AB, SV = "Armed clash", "Attack", "Abduction/forced disappearance", "Sexual violence"
AD, SH, IE = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
GN, SB = "Grenade", "Suicide bomb"
PP, PI, EF = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VD, MV = "Violent demonstration", "Mob violence"
AR, DW, LP = "Arrests", "Disrupted weapons use", "Looting/property destruction"

NGA, MLI, BFA, NER = "Nigeria", "Mali", "Burkina Faso", "Niger"
SOM, SDN, COD, CMR = "Somalia", "Sudan", "DR Congo (Zaire)", "Cameroon"
MOZ, ETH, YEM, SYR = "Mozambique", "Ethiopia", "Yemen (North Yemen)", "Syria"
IRQ, LBN, MMR, PHL = "Iraq", "Lebanon", "Myanmar (Burma)", "Philippines"
IND, PAK, AFG, IRN = "India", "Pakistan", "Afghanistan", "Iran"
COL, MEX, HTI, BRA = "Colombia", "Mexico", "Haiti", "Brazil"
UKR, KEN, LBY, BGD = "Ukraine", "Kenya", "Libya", "Bangladesh"
PSE, RUS, PER, ECU = "Palestine", "Russia (Soviet Union)", "Peru", "Ecuador"
TUR, THA, CAF, TCD = "Turkey", "Thailand", "Central African Republic", "Chad"
N = None


def ev(sub, day, country, admin1, fat=None):
    """An event with null place name and actors (the set is about dates)."""
    return (sub, day, country, admin1, N, N, N, fat)


ROWS = [
    # ---- reporting day beside the event's day
    ("Police said on Monday that militants had attacked a checkpoint in Tank district on Saturday night, killing two constables before escaping into the hills.",
     "2024-03-12", "wire", [ev(AC, "-Sat", PAK, "Khyber Pakhtunkhwa", 2)]),
    ("The army announced on Thursday that its troops had killed six insurgents in a raid on a hideout in Borno's Sambisa forest on Tuesday.",
     "2023-05-19", "wire", [ev(AC, "-Tue", NGA, "Borno", 6)]),
    ("Officials confirmed on Wednesday that a convoy carrying flour had been looted by armed men near Nyala on Sunday.",
     "2024-02-09", "wire", [ev(LP, "-Sun", SDN, "South Darfur")]),
    ("A rights group reported on Friday that soldiers had detained eleven young men during a sweep of villages near Kindu on Tuesday.",
     "2023-08-26", "wire", [ev(AR, "-Tue", COD, "Maniema")]),
    ("Local officials told reporters on Tuesday that an airstrike on Saturday had destroyed a school building in Kyaukme township, killing four children.",
     "2024-01-17", "wire", [ev(AD, "-Sat", MMR, "Shan", 4)]),
    ("The provincial police chief said at a press conference on 14 March that gunmen had kidnapped two engineers on the Jamrud road on 11 March.",
     "2024-03-15", "wire", [ev(AB, "2024-03-11", PAK, "Khyber Pakhtunkhwa")]),
    ("It emerged on Monday that a local councillor had been shot dead outside his home in Chilpancingo on Friday evening.",
     "2023-10-10", "wire", [ev(AT, "-Fri", MEX, "Guerrero", 1)]),
    ("On 22 July 2023, the governor's office said that on 19 July, gunmen had killed a herder and stolen his cattle in Gashaka (Taraba).",
     "2023-07-24", "note", [ev(AT, "2023-07-19", NGA, "Taraba", 1)]),
    ("As reported on 5 September 2022, on 2 September 2022, Taliban fighters clashed with NRF fighters in Dara district (Panjshir). Fatalities: 4.",
     "2022-09-07", "note", [ev(AC, "2022-09-02", AFG, "Panjshir", 4)]),
    ("Villagers said on Sunday that a militia had burned at least 30 homes in a village near Bambari in an attack on Thursday, and that residents had fled into the bush.",
     "2023-04-18", "wire", [ev(AT, "-Thu", CAF, "Ouaka")]),

    # ---- deaths of wounds later: the attack's day
    ("A police officer wounded when gunmen fired on his patrol in Quetta on 3 June died of his injuries in hospital on 6 June, officials said.",
     "2023-06-07", "wire", [ev(AT, "2023-06-03", PAK, "Balochistan", 1)]),
    ("On 14 August 2022, a grenade thrown into a bar in Ntahangwa (Bujumbura Mairie) wounded five people. One of them died of his wounds on 20 August. Fatalities: 1.",
     "2022-08-22", "note", [ev(GN, "2022-08-14", "Burundi", "Bujumbura Mairie", 1)]),
    ("A teenage protester shot by police during a march in Nairobi on Tuesday succumbed to his wounds on Friday, his family said.",
     "2023-07-22", "wire", [ev(EF, "-Tue", KEN, "Nairobi", 1)]),
    ("A second soldier has died of wounds sustained in Sunday's roadside bombing near Ansongo, bringing the toll to three, the army said on Thursday.",
     "2024-05-31", "wire", [ev(IE, "-Sun", MLI, "Gao", 3)]),
    ("On 9 November 2023, an Israeli drone strike hit a car near Naqoura (South), seriously wounding two men; one of them died in hospital two days later. Fatalities: 1.",
     "2023-11-13", "note", [ev(AD, "2023-11-09", LBN, "South", 1)]),
    ("The journalist, who was stabbed outside his office in Dhaka's Mohakhali area on the evening of 27 February, died on 4 March without regaining consciousness.",
     "2024-03-05", "translated", [ev(AT, "2024-02-27", BGD, "Dhaka", 1)]),

    # ---- funerals and protests the day after
    ("Gunmen killed three farmers in a village in Benue's Guma area on Sunday. On Monday, hundreds of residents blocked the Makurdi-Lafia highway to protest the killings.",
     "2024-04-17", "wire", [ev(AT, "-Sun", NGA, "Benue", 3), ev(PP, "-Mon", NGA, "Benue")]),
    ("On 10 May 2023, police shot dead a young man during a raid in a Port-au-Prince suburb. The following day, angry residents burned tyres and threw stones at police in the same neighbourhood. Fatalities: 1.",
     "2023-05-12", "note", [ev(AT, "2023-05-10", HTI, "Ouest", 1), ev(VD, "2023-05-11", HTI, "Ouest")]),
    ("Thousands attended the funeral in Nablus on Thursday of two men killed in an Israeli raid on the city the day before; mourners chanted against the occupation.",
     "2023-03-10", "wire", [ev(AC, "2023-03-08", PSE, "West Bank", 2), ev(PP, "-Thu", PSE, "West Bank")]),
    ("On 26 January 2024, unidentified gunmen shot dead a tribal elder in Parachinar (Khyber Pakhtunkhwa). On 27 January, members of his tribe staged a sit-in outside the press club demanding the arrest of the killers. Fatalities: 1.",
     "2024-01-29", "note", [ev(AT, "2024-01-26", PAK, "Khyber Pakhtunkhwa", 1), ev(PP, "2024-01-27", PAK, "Khyber Pakhtunkhwa")]),
    ("A day after a bomb killed a trader in Maiduguri market, traders shut their shops and marched to the state governor's office on Wednesday.",
     "2023-09-15", "wire", [ev(IE, "2023-09-12", NGA, "Borno", 1), ev(PP, "-Wed", NGA, "Borno")]),
    ("Mourners carrying the body of a student killed by security forces the previous night were fired upon in Zahedan on Saturday, witnesses said.",
     "2022-10-04", "wire", [ev(EF, "-Sat", IRN, "Sistan and Baluchestan")]),

    # ---- early hours, shortly before midnight, late night
    ("In the early hours of 8 April 2024, armed men stormed a police post in Kidal (Kidal) and set it on fire. No casualties were reported.",
     "2024-04-10", "note", [ev(AT, "2024-04-08", MLI, "Kidal", 0)]),
    ("Shortly before midnight on Tuesday, a grenade was thrown at a bus stand in Imphal West, injuring four people, police said.",
     "2023-06-22", "wire", [ev(GN, "-Tue", IND, "Manipur", 0)]),
    ("Rebels attacked an army camp in the early hours of Sunday in Bamenda, killing one soldier, a military source said on Monday.",
     "2024-02-20", "wire", [ev(AC, "-Sun", CMR, "North-West", 1)]),
    ("Shortly after midnight on 1 July 2023, a drone strike hit a house in the outskirts of Khartoum North (Khartoum), killing five members of one family.",
     "2023-07-03", "note", [ev(AD, "2023-07-01", SDN, "Khartoum", 5)]),
    ("Late on the night of 15 December 2023, unknown assailants threw a petrol bomb at a mosque in Cotabato City (Maguindanao). Fatalities: 0.",
     "2023-12-18", "note", [ev(AT, "2023-12-15", PHL, "Maguindanao", 0)]),
    ("In the small hours of Friday, an Islamic State cell attacked a Syrian army checkpoint in the desert east of Palmyra, killing seven soldiers, a monitor said on Saturday.",
     "2023-08-14", "wire", [ev(AC, "-Fri", SYR, "Homs", 7)]),
    ("Around 11:45 p.m. on Saturday, a gang opened fire on a family gathering in the Cité Soleil area, killing four people, a rights group said.",
     "2024-03-19", "wire", [ev(AT, "-Sat", HTI, "Ouest", 4)]),
    ("A little before dawn on 3 October 2023, troops and FARC dissidents exchanged fire near Suárez (Cauca). Fatalities: 2.",
     "2023-10-05", "note", [ev(AC, "2023-10-03", COL, "Cauca", 2)]),

    # ---- clock times with zones
    ("At 02:30 GMT on 19 February 2024, a Houthi missile struck a cargo ship in the Red Sea off Mokha (Taizz). There were no casualties.",
     "2024-02-20", "note", [ev(SH, "2024-02-19", YEM, "Taizz", 0)]),
    ("The explosion at the checkpoint near Tal Afar happened at 0600 local time (0300 GMT) on Wednesday, killing two federal police officers, a security official said.",
     "2023-11-24", "wire", [ev(IE, "-Wed", IRQ, "Ninewa", 2)]),
    ("Russian missiles struck Odesa's port at about 4 a.m. (0100 GMT) on 20 July 2023, officials said, killing one security guard.",
     "2023-07-21", "wire", [ev(SH, "2023-07-20", UKR, "Odesa", 1)]),
    ("The shooting happened at around 11 p.m. EST on Sunday, but the victims' families in Port-au-Prince only learned of it on Monday. Gang members had opened fire on a minibus in Carrefour, killing three.",
     "2024-05-08", "wire", [ev(AT, "-Sun", HTI, "Ouest", 3)]),
    ("At 9.30pm IST on Thursday, militants fired on a police team in Anantnag, injuring two officers, a police spokesman said on Friday.",
     "2023-09-16", "wire", [ev(AC, "-Thu", IND, "Jammu and Kashmir", 0)]),

    # ---- numeric dates (day first)
    ("On 05/03/2024, unidentified gunmen abducted a parish priest on the road between Kaduna and Kachia (Kaduna).",
     "2024-03-08", "note", [ev(AB, "2024-03-05", NGA, "Kaduna")]),
    ("Herat, 12/11/2023 (translated): Taliban forces arrested a former police commander in Guzara district.",
     "2023-11-13", "translated", [ev(AR, "2023-11-12", AFG, "Herat")]),
    ("On 7.6.2023, an explosive device went off near a Turkish army vehicle in Hakkari province, wounding two soldiers.",
     "2023-06-09", "note", [ev(IE, "2023-06-07", TUR, "Hakkari", 0)]),
    ("A suicide bomber blew himself up at the gate of a police station in Bajaur on 30/07/2023, killing four policemen, according to the district police report dated 31/07/2023.",
     "2023-08-02", "translated", [ev(SB, "2023-07-30", PAK, "Khyber Pakhtunkhwa", 4)]),
    ("Date of incident: 02-10-2022. Location: Buea, South-West region. Separatist fighters attacked a gendarmerie post; one gendarme was killed.",
     "2022-10-05", "note", [ev(AC, "2022-10-02", CMR, "South-West", 1)]),
    ("On 11/01/2024, the Thai army said insurgents had detonated a bomb beside a rubber plantation road in Yala, injuring three rangers.",
     "2024-01-12", "translated", [ev(IE, "2024-01-11", THA, "Yala", 0)]),
    ("Reported on 16/08/2023: on 14/08/2023, villagers in Kaya (Centre-Nord) beat to death a man suspected of being a jihadist informant.",
     "2023-08-18", "note", [ev(MV, "2023-08-14", BFA, "Centre-Nord", 1)]),

    # ---- datelines
    ("KANO, Nigeria, March 4 (wire) - Police fired tear gas to disperse hundreds of youths protesting against rising food prices in Kano city, witnesses said.",
     "2024-03-04", "wire", [ev(PI, "2024-03-04", NGA, "Kano")]),
    ("GOMA, Congo, Oct 30 (wire) - M23 rebels shelled a camp for displaced people on the outskirts of Goma, killing five people, camp officials said.",
     "2023-10-31", "wire", [ev(SH, "2023-10-30", COD, "North Kivu", 5)]),
    ("TRIPOLI, Aug 15 (wire) - Clashes between two armed groups erupted in the Libyan capital late on Monday, a health official said on Tuesday, killing at least 27 people.",
     "2023-08-16", "wire", [ev(AC, "2023-08-14", LBY, "Tarabulus", 27)]),
    ("KHARTOUM, Sudan (AP) Jan. 9 - Paramilitary fighters stormed a village in Al Jazirah state and shot dead 14 residents, activists said.",
     "2024-01-10", "wire", [ev(AT, "2024-01-09", SDN, "Al Jazirah", 14)]),
    ("CAUCA, Colombia, Sept. 12 (wire) - An explosive device hidden in a motorcycle blew up outside a police station in Jamundí, wounding three officers, authorities said.",
     "2023-09-13", "wire", [ev(IE, "2023-09-12", COL, "Valle del Cauca", 0)]),
    ("MAPUTO, June 21 (wire) - Insurgents beheaded four fishermen on an island off Cabo Delgado's coast, a local administrator said on Wednesday. The killings happened on Monday.",
     "2023-06-22", "wire", [ev(AT, "-Mon", MOZ, "Cabo Delgado", 4)]),
    ("QUITO, Ecuador, Jan 10 (wire) - Masked gunmen burst into a television studio in Guayaquil during a live broadcast on Tuesday and held staff at gunpoint before police arrested them.",
     "2024-01-10", "wire", [ev(AR, "2024-01-09", ECU, "Guayas")]),
    ("N'DJAMENA, Feb 28 (wire) - Security forces surrounded the headquarters of an opposition party and exchanged fire with its guards, killing the party leader, the government said.",
     "2024-02-28", "wire", [ev(AC, "2024-02-28", TCD, "Ndjamena")]),

    # ---- yesterday, today, last night in wire leads
    ("BAGHDAD (wire) - A roadside bomb struck an army patrol north of Baqubah yesterday, killing an officer and two soldiers, police said today.",
     "2023-04-26", "wire", [ev(IE, "2023-04-25", IRQ, "Diyala", 3)]),
    ("ISLAMABAD (wire) - Security forces killed four militants in an intelligence-based operation in North Waziristan last night, the military's media wing said today.",
     "2024-06-04", "wire", [ev(AC, "2024-06-03", PAK, "Khyber Pakhtunkhwa", 4)]),
    ("MOGADISHU (wire) - Al Shabaab fighters today overran a military base in Hiiraan region after heavy fighting, residents said.",
     "2023-08-29", "wire", [ev(AC, "2023-08-29", SOM, "Hiiraan")]),
    ("Tolo News reports that yesterday evening, unknown gunmen shot dead a religious scholar in Kandahar city.",
     "2023-12-05", "translated", [ev(AT, "2023-12-04", AFG, "Kandahar", 1)]),
    ("KYIV (wire) - Russia launched dozens of drones against Kyiv overnight, the city administration said on Sunday, with debris falling on a residential building.",
     "2023-05-28", "wire", [ev(AD, "2023-05-28", UKR, "Kyiv City", 0)]),
    ("LAGOS (wire) - Gunmen abducted at least 20 passengers from a bus in Edo state late yesterday, police said in a statement issued today.",
     "2024-02-14", "wire", [ev(AB, "2024-02-13", NGA, "Edo")]),
    ("IRNA: Last night, a terrorist group fired on a police vehicle in Saravan, martyring two officers, the provincial police said today.",
     "2023-07-16", "translated", [ev(AC, "2023-07-15", IRN, "Sistan and Baluchestan", 2)]),
    ("DHAKA (wire) - At least 30 people were injured this afternoon when supporters of rival parties clashed with sticks and bricks in Narayanganj.",
     "2023-11-02", "wire", [ev(VD, "2023-11-02", BGD, "Dhaka")]),

    # ---- later sentences: their own date, or the first one's
    ("On 3 February 2024, JNIM fighters ambushed a supply convoy near Djibo (Sahel). Four soldiers were killed and two trucks were burned. On 5 February, the army said it had killed 20 assailants in air strikes on their retreat.",
     "2024-02-08", "note", [ev(AC, "2024-02-03", BFA, "Sahel", 4), ev(AD, "2024-02-05", BFA, "Sahel", 20)]),
    ("On 21 March 2023, suspected ADF rebels attacked Kirindera village (North Kivu) with machetes. Eleven civilians were killed. Several houses were set on fire. Fatalities: 11.",
     "2023-03-24", "note", [ev(AT, "2023-03-21", COD, "North Kivu", 11)]),
    ("On 8 September 2022, Fano militiamen and ENDF soldiers fought around Lalibela (Amhara). There was also an exchange of fire at a checkpoint on the Woldia road the same day. Fatalities: 6.",
     "2022-09-10", "note", [ev(AC, "2022-09-08", ETH, "Amhara", 6), ev(AC, "2022-09-08", ETH, "Amhara")]),
    ("On 17 May 2024, Baloch separatists attacked a Frontier Corps post in Panjgur (Balochistan); three soldiers were killed. On 18 May, a grenade was hurled at a shop in Turbat (Balochistan), injuring two people. Fatalities: 3.",
     "2024-05-20", "note", [ev(AC, "2024-05-17", PAK, "Balochistan", 3), ev(GN, "2024-05-18", PAK, "Balochistan", 0)]),
    ("On 29 June 2023, armed men attacked a bus carrying mine workers on the road to Bouca (Ouham). The driver was killed. Passengers were robbed of their belongings.",
     "2023-07-02", "note", [ev(AT, "2023-06-29", CAF, "Ouham", 1)]),
    ("On 12 April 2023, a military helicopter fired on a village in Sagaing region's Kanbalu township. Later, troops entered the village and torched dozens of homes. Fatalities: 5.",
     "2023-04-15", "note", [ev(AD, "2023-04-12", MMR, "Sagaing", 5), ev(LP, "2023-04-12", MMR, "Sagaing")]),
    ("On 1 December 2023, gunmen on motorbikes killed a tea-stall owner in Peshawar (Khyber Pakhtunkhwa). The attack was the third on traders in the city since October. Police registered a case the same evening.",
     "2023-12-03", "note", [ev(AT, "2023-12-01", PAK, "Khyber Pakhtunkhwa", 1)]),
    ("On 23 October 2023, Israeli soldiers shot dead a 17-year-old in Qalqiliya (Qalqiliya). On 24 October, settlers attacked olive pickers near Burin (Nablus), beating three farmers.",
     "2023-10-26", "note", [ev(AT, "2023-10-23", PSE, "West Bank", 1), ev(AT, "2023-10-24", PSE, "West Bank", 0)]),

    # ---- background dates before the event that must not be chosen
    ("The village had already been attacked in March 2021, when 40 people died. On 9 January 2024, gunmen returned and killed six more residents of Kuru-Karama (Kaduna).",
     "2024-01-11", "note", [ev(AT, "2024-01-09", NGA, "Kaduna", 6)]),
    ("Since the coup of 26 July 2023, protests have been banned in Niamey. On 14 September 2023, police dispersed a gathering of students outside the university with tear gas.",
     "2023-09-16", "note", [ev(PI, "2023-09-14", NER, "Niamey")]),
    ("In 2019, the same group had kidnapped 30 schoolgirls from the town. On Tuesday, its fighters again raided Dapchi in Yobe state, burning the market.",
     "2024-03-01", "wire", [ev(LP, "-Tue", NGA, "Yobe")]),
    ("A ceasefire agreed on 2 November 2022 had largely held until the evening of 18 February 2024, when Tigrayan and Amhara militiamen clashed near Alamata (Tigray). Fatalities: 3.",
     "2024-02-21", "note", [ev(AC, "2024-02-18", ETH, "Tigray", 3)]),
    ("The journalist, who had received threats since 12 December 2022, was shot dead by two men on a motorcycle in Tegucigalpa (Francisco Morazan) on 4 March 2023.",
     "2023-03-06", "note", [ev(AT, "2023-03-04", "Honduras", "Francisco Morazan", 1)]),
    ("Two years after the fall of Kabul on 15 August 2021, the NRF claimed on 16 August 2023 that its fighters had killed three Taliban members in an ambush in Andarab (Baghlan) on 14 August.",
     "2023-08-18", "note", [ev(AC, "2023-08-14", AFG, "Baghlan", 3)]),
    ("Residents recalled the massacre of 12 May 2018 as security forces on Thursday opened fire on a funeral procession in Bangassou, killing two mourners.",
     "2023-05-13", "wire", [ev(EF, "-Thu", CAF, "Mbomou", 2)]),
    ("Ahmed, who had been arrested once before in June 2022, was detained again by intelligence agents in Tehran on 30 October 2023, his lawyer said.",
     "2023-11-01", "translated", [ev(AR, "2023-10-30", IRN, "Tehran")]),

    # ---- year rollovers
    ("On 31 December, Russian shells hit a market in Donetsk city (Donetsk), killing 9 people, the Russian-installed authorities said.",
     "2024-01-02", "note", [ev(SH, "2023-12-31", UKR, "Donetsk", 9)]),
    ("Gunmen opened fire on revellers in a bar in Celaya, Guanajuato shortly after midnight on New Year's Day, killing three, police said on 2 January.",
     "2024-01-03", "wire", [ev(AT, "2024-01-01", MEX, "Guanajuato", 3)]),
    ("Police said on Tuesday that a bomb had exploded on 29 December outside a liquor shop in Imphal East, injuring two people.",
     "2024-01-03", "wire", [ev(IE, "2023-12-29", IND, "Manipur", 0)]),
    ("Al Shabaab militants attacked a base in El Baraf (Middle Shabelle) on Dec. 30; six soldiers were killed, the defence ministry said on Jan. 2.",
     "2024-01-04", "wire", [ev(AC, "2023-12-30", SOM, "Middle Shabeelle", 6)]),
    ("On the night of 31 December to 1 January, security forces and armed men exchanged fire in Wadi Hadramawt (Hadramawt). Fatalities: 2.",
     "2023-01-03", "note", [ev(AC, "2022-12-31", YEM, "Hadramawt", 2)]),

    # ---- Solar Hijri
    ("Pajhwok: On 25 Asad 1401, Taliban fighters clashed with armed men of a former commander in Balkhab district of Sar-e Pul. Fatalities: 5.",
     "2022-08-18", "translated", [ev(AC, "2022-08-16", AFG, "Sar-e Pul", 5)]),
    ("Hasht-e Subh reports that on Wednesday, 19 Dalw 1401, the Taliban detained two female activists in Mazar-i-Sharif.",
     "2023-02-10", "translated", [ev(AR, "2023-02-08", AFG, "Balkh")]),
    ("According to a report by HRANA dated 28 Khordad 1402, on 26 Khordad security forces arrested three labour activists in Ahvaz.",
     "2023-06-20", "translated", [ev(AR, "2023-06-16", IRN, "Khuzestan")]),
    ("On the morning of 3 Hamal 1402, a magnetic bomb attached to a car exploded in Kabul's Dasht-e Barchi area, wounding two.",
     "2023-03-25", "translated", [ev(IE, "2023-03-23", AFG, "Kabul", 0)]),
    ("Etilaatroz: Unknown gunmen killed a former soldier in Khost city on the night of 12 Jadi 1400; his body was found the next morning.",
     "2022-01-04", "translated", [ev(AT, "2022-01-02", AFG, "Khost", 1)]),
    ("Rasa: On Friday, 14 Mehr 1402, worshippers leaving Friday prayers in Zahedan chanted slogans against the government; security forces fired tear gas.",
     "2023-10-08", "translated", [ev(PI, "2023-10-06", IRN, "Sistan and Baluchestan")]),
    ("Afghanistan International: On 10 Saur 1403, Taliban intelligence raided a house in Panjshir's Rokha district and detained four men accused of links to the resistance.",
     "2024-05-01", "translated", [ev(AR, "2024-04-29", AFG, "Panjshir")]),

    # ---- on the eve of; holidays named with a date elsewhere
    ("On the eve of the presidential election on 7 January 2024, arsonists set fire to a polling centre in Gazipur (Dhaka).",
     "2024-01-08", "note", [ev(LP, "2024-01-06", BGD, "Dhaka")]),
    ("On the eve of Eid al-Fitr, which fell on 10 April 2024, a suicide bomber attacked a market in Kabul's Kart-e Naw area, killing two.",
     "2024-04-12", "translated", [ev(SB, "2024-04-09", AFG, "Kabul", 2)]),
    ("Christmas Day, 25 December 2023: gunmen attacked three villages in Bokkos (Plateau), killing dozens. Fatalities: 79.",
     "2023-12-28", "note", [ev(AT, "2023-12-25", NGA, "Plateau", 79)]),
    ("Ashura processions were held across Pakistan on 28 July 2023. On the day of Ashura, a hand grenade was thrown at mourners in Hangu (Khyber Pakhtunkhwa), wounding five.",
     "2023-07-30", "note", [ev(GN, "2023-07-28", PAK, "Khyber Pakhtunkhwa", 0)]),
    ("On the eve of Independence Day (14 August), a bomb exploded near a rally in Hyderabad (Sindh), wounding six.",
     "2022-08-16", "note", [ev(IE, "2022-08-13", PAK, "Sindh", 0)]),
    ("On Good Friday, 7 April 2023, unknown attackers killed a catechist on his way to church near Bouar (Nana-Mambere).",
     "2023-04-10", "note", [ev(AT, "2023-04-07", CAF, "Nana-Mambere", 1)]),

    # ---- no day: gold null
    ("Late last week, armed men ambushed a military convoy in the Tillaberi region, killing at least 12 soldiers, the defence ministry said on Monday.",
     "2024-03-26", "wire", [ev(AC, None, NER, "Tillaberi", 12)]),
    ("Earlier this month, gunmen abducted nine students from a hostel in Zamfara state; police said on Wednesday that five had since escaped.",
     "2023-10-20", "wire", [ev(AB, None, NGA, "Zamfara")]),
    ("Security forces have arrested dozens of demonstrators in Sulaymaniyah over the past week, a rights group said.",
     "2023-02-11", "wire", [ev(AR, None, IRQ, "Sulaymaniyah")]),
    ("In late November 2023, JNIM fighters besieged Boulkessi (Mopti) and clashed with the army for several days.",
     "2023-12-12", "note", [ev(AC, None, MLI, "Mopti")]),
    ("As reported on 12 October 2023, an IED attack on a police vehicle occurred in Dera Ismail Khan (Khyber Pakhtunkhwa). Two policemen were killed.",
     "2023-10-14", "note", [ev(IE, None, PAK, "Khyber Pakhtunkhwa", 2)]),

    # ---- mixed: more of the classes above in other wordings
    ("Officials said on Saturday that two rangers wounded in Thursday's bombing in Narathiwat had died overnight, raising the toll of the attack to three.",
     "2024-02-05", "wire", [ev(IE, "-Thu", THA, "Narathiwat", 3)]),
    ("Funeral prayers were held on 20 November 2023 for four soldiers killed when their post in Zhob (Balochistan) came under attack on 18 November.",
     "2023-11-21", "note", [ev(AC, "2023-11-18", PAK, "Balochistan", 4)]),
    ("PESHAWAR, Dec 5 (wire) - A policeman guarding a polio team was shot dead in Lakki Marwat this morning, a day after a similar attack in Bannu that wounded two vaccinators.",
     "2023-12-05", "wire", [ev(AT, "2023-12-05", PAK, "Khyber Pakhtunkhwa", 1), ev(AT, "2023-12-04", PAK, "Khyber Pakhtunkhwa", 0)]),
    ("Around 14:00 local time on 2 May 2024, Sudanese army aircraft bombed a livestock market in El Fasher (North Darfur), killing at least eight people.",
     "2024-05-04", "note", [ev(AD, "2024-05-02", SDN, "North Darfur", 8)]),
    ("Lima, 15 de enero (translated) - Police fired rubber bullets at protesters blocking a bridge in Juliaca (Puno) on 13 January, injuring 11.",
     "2023-01-15", "translated", [ev(EF, "2023-01-13", PER, "Puno", 0)]),
    ("According to the report published on Wednesday, soldiers raided a house in Gao on the night of Monday to Tuesday and arrested three suspected jihadists.",
     "2023-06-15", "translated", [ev(AR, "-Mon", MLI, "Gao")]),
    ("SANAA (wire) - US and British jets struck Houthi targets around Hodeidah in the early hours of today, Houthi-run media said, a day after the group fired missiles at a tanker.",
     "2024-02-24", "wire", [ev(AD, "2024-02-24", YEM, "Al Hudaydah"), ev(SH, "2024-02-23", YEM, "Al Hudaydah")]),
    ("Abducted on 4 April near Kabo (Ouham), the two aid workers were released unharmed on 9 April, their organisation said on 10 April.",
     "2023-04-11", "note", [ev(AB, "2023-04-04", CAF, "Ouham")]),
    ("São Paulo, 22/05/2023 (translated): Military police killed two suspected drug traffickers during an operation in a favela of Guarujá (São Paulo) on Saturday night.",
     "2023-05-22", "translated", [ev(AC, "-Sat", BRA, "Sao Paulo", 2)]),
    ("The bodies of three men abducted on Sunday were found on Tuesday morning in a ravine outside Culiacán, Sinaloa, prosecutors said on Wednesday.",
     "2023-09-21", "wire", [ev(AB, "-Sun", MEX, "Sinaloa", 3)]),
]
