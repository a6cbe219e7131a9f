"""Build data/codebook/types_extra2.jsonl from the compact rows below (written by the project).

Each row: (text, pub_date, style, [events]); an event is
(sub_event_type, date, country, admin1, location, actor1, actor2, fatalities).
Run from the repository root: python data/codebook/types_extra2/build.py
"""

import json
from pathlib import Path

EVENT_TYPE = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence", "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests", "Violent demonstration": "Riots",
    "Mob violence": "Riots", "Agreement": "Strategic developments",
    "Arrests": "Strategic developments", "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

AC, AT, LO = "Armed clash", "Attack", "Looting/property destruction"
VD, MV, EF, PI = ("Violent demonstration", "Mob violence", "Excessive force against protesters",
                  "Protest with intervention")
CW, SH, DW, AG = ("Chemical weapon", "Shelling/artillery/missile attack", "Disrupted weapons use",
                  "Agreement")
NV, NS, GR, AB = ("Non-violent transfer of territory", "Non-state actor overtakes territory",
                  "Government regains territory", "Abduction/forced disappearance")
CG = "Change to group/activity"

ROWS = [
    # ---- arson: of homes with their people (Attack), of empty or public property (Looting),
    # by a crowd (Riots)
    ("On 3 March 2024, Israeli settlers set fire to four homes and several cars in Huwara (West Bank), forcing families to flee; two residents suffered burns.",
     "2024-03-05", "note", [(AT, "2024-03-03", "Palestine", "West Bank", "Huwara", "Israeli Settlers", "Civilians (Palestine)", 0)]),
    ("Militiamen torch homes in Djugu village as residents flee into the bush",
     "2023-06-12", "headline", [(AT, "2023-06-12", "DR Congo (Zaire)", "Ituri", "Djugu", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", None)]),
    ("On 18 October 2022, bandits set fire to houses in Kurar village, Maru LGA (Zamfara), killing an elderly woman trapped inside. Fatalities: 1.",
     "2022-10-20", "note", [(AT, "2022-10-18", "Nigeria", "Zamfara", "Kurar", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 1)]),
    ("On 9 May 2023, suspected separatists set fire to an abandoned sub-divisional office in Bamenda (North-West). No one was hurt.",
     "2023-05-11", "note", [(LO, "2023-05-09", "Cameroon", "North-West", "Bamenda", "Ambazonian Separatists", None, 0)]),
    ("On 21 August 2023, al-Shabaab fighters burned a telecommunications tower outside Jilib (Middle Juba).",
     "2023-08-23", "note", [(LO, "2023-08-21", "Somalia", "Middle Juba", "Jilib", "Al Shabaab", None, None)]),
    ("A mob set fire to a dozen Christian homes in a village near Sargodha after rumours that a Quran had been desecrated, police said.",
     "2024-05-26", "case", [(MV, None, "Pakistan", "Punjab", "Sargodha", "Rioters (Pakistan)", "Christian Group (Pakistan)", None)]),
    ("On 2 April 2024, herders burned more than forty empty houses in Mgban (Benue); the villagers had fled the area days before.",
     "2024-04-04", "note", [(LO, "2024-04-02", "Nigeria", "Benue", "Mgban", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", None)]),
    ("On 30 June 2023, RSF fighters set a displacement camp ablaze in Geneina (West Darfur), burning three people to death. Fatalities: 3.",
     "2023-07-02", "note", [(AT, "2023-06-30", "Sudan", "West Darfur", "Geneina", "RSF: Rapid Support Forces", "Civilians (Sudan)", 3)]),
    ("Insurgents burn health centre in Cabo Delgado's Macomia",
     "2023-02-14", "headline", [(LO, "2023-02-14", "Mozambique", "Cabo Delgado", "Macomia", "Islamic State (Mozambique)", None, None)]),
    ("Rioters set fire to the house of a ruling party MP in Kisumu on Tuesday after the election results were announced, police said.",
     "2022-08-17", "wire", [(VD, "2022-08-16", "Kenya", "Kisumu", "Kisumu", "Rioters (Kenya)", None, None)]),
    ("Gunmen raided Kwata in Plateau state overnight, shooting residents and setting houses alight; eleven people were killed.",
     "2023-05-17", "case", [(AT, None, "Nigeria", "Plateau", "Kwata", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 11)]),
    # ---- fighting in spite of a truce (Armed clash) vs the truce itself (Agreement)
    ("On 11 July 2023, troops and KNLA fighters traded fire near Hpapun (Kayin) despite a truce agreed the week before; two soldiers were killed. Fatalities: 2.",
     "2023-07-13", "note", [(AC, "2023-07-11", "Myanmar (Burma)", "Kayin", "Hpapun", "Military Forces of Myanmar", "KNLA: Karen National Liberation Army", 2)]),
    ("Despite the ceasefire, Azerbaijani and Armenian forces exchanged fire along the border near Sotk on Monday, the Armenian defence ministry said.",
     "2023-04-12", "wire", [(AC, "2023-04-10", "Armenia", "Gegharkunik", "Sotk", "Military Forces of Azerbaijan", "Military Forces of Armenia", None)]),
    ("Ceasefire violated as army and RSF clash in El Fasher",
     "2024-05-12", "headline", [(AC, "2024-05-12", "Sudan", "North Darfur", "El Fasher", "Military Forces of Sudan", "RSF: Rapid Support Forces", None)]),
    ("On 3 October 2023, the Colombian government and the EMC dissidents agreed a three-month ceasefire at a meeting in Tibu (Norte de Santander).",
     "2023-10-05", "note", [(AG, "2023-10-03", "Colombia", "Norte de Santander", "Tibu", "Government of Colombia", "FARC Dissidents", None)]),
    ("The truce in Taiz collapsed on Friday as Houthi fighters and government troops clashed on the city's eastern front, leaving six dead.",
     "2022-06-19", "wire", [(AC, "2022-06-17", "Yemen (North Yemen)", "Taiz", "Taiz", "Houthis: Ansar Allah", "Military Forces of Yemen", 6)]),
    ("Army and SDF agree local truce in Manbij after days of shelling",
     "2024-12-20", "headline", [(AG, "2024-12-20", "Syria", "Aleppo", "Manbij", "Military Forces of Syria", "SDF: Syrian Democratic Forces", None)]),
    ("On 14 February 2024, the Arakan Army and junta troops fought for three hours near Pauktaw (Rakhine) in breach of a China-brokered ceasefire. Fatalities: 4.",
     "2024-02-16", "note", [(AC, "2024-02-14", "Myanmar (Burma)", "Rakhine", "Pauktaw", "AA: Arakan Army", "Military Forces of Myanmar", 4)]),
    # ---- "neutralised" fighters (Armed clash) vs a neutralised bomb (Disrupted weapons use)
    ("Troops neutralise 11 ISWAP fighters in Borno's Marte",
     "2023-09-08", "headline", [(AC, "2023-09-08", "Nigeria", "Borno", "Marte", "Military Forces of Nigeria", "ISWAP: Islamic State West Africa Province", 11)]),
    ("RAWALPINDI: Security forces neutralised seven terrorists during an intelligence-based operation in Mir Ali, North Waziristan, on Thursday, the ISPR said.",
     "2024-03-16", "wire", [(AC, "2024-03-14", "Pakistan", "Khyber Pakhtunkhwa", "Mir Ali", "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)", 7)]),
    ("On 27 January 2024, the army said it neutralised a bandit commander and four of his men in an ambush near Safana (Katsina). Fatalities: 5.",
     "2024-01-29", "note", [(AC, "2024-01-27", "Nigeria", "Katsina", "Safana", "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)", 5)]),
    ("On 5 June 2023, the bomb disposal squad neutralised an improvised explosive device planted near a school in Bannu (Khyber Pakhtunkhwa).",
     "2023-06-07", "note", [(DW, "2023-06-05", "Pakistan", "Khyber Pakhtunkhwa", "Bannu", "Police Forces of Pakistan", None, None)]),
    ("On 19 November 2023, twenty ISWAP fighters surrendered to troops in Bama (Borno) with their rifles.",
     "2023-11-21", "note", [(CG, "2023-11-19", "Nigeria", "Borno", "Bama", "ISWAP: Islamic State West Africa Province", None, None)]),
    ("Burkinabe soldiers 'neutralised' about 30 jihadists who attacked a convoy near Djibo on Sunday, the army said.",
     "2023-04-04", "case", [(AC, "2023-04-02", "Burkina Faso", "Sahel", "Djibo", "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)", 30)]),
    # ---- an attack repelled (Armed clash) vs drones repelled (Disrupted weapons use)
    ("Forces repel attack on army base in Menaka",
     "2023-03-21", "headline", [(AC, "2023-03-21", "Mali", "Menaka", "Menaka", "Military Forces of Mali", "Unidentified Armed Group (Mali)", None)]),
    ("On 8 August 2022, soldiers repulsed a JNIM assault on their post at Tessit (Gao), killing twelve attackers. Fatalities: 12.",
     "2022-08-10", "note", [(AC, "2022-08-08", "Mali", "Gao", "Tessit", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", 12)]),
    ("Police repelled a bandit attack on the divisional headquarters in Kankara late on Saturday, a spokesman said; no officer was hurt.",
     "2022-12-12", "wire", [(AC, "2022-12-10", "Nigeria", "Katsina", "Kankara", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria", 0)]),
    ("On 14 May 2024, air defence units repelled a drone attack on Belgorod (Belgorod), shooting down all nine drones.",
     "2024-05-16", "note", [(DW, "2024-05-14", "Russia (Soviet Union)", "Belgorod", "Belgorod", "Military Forces of Russia", "Military Forces of Ukraine", None)]),
    ("Vigilantes in Bakura fought off bandits who tried to raid the village on Wednesday night, killing three of them, residents said.",
     "2023-10-20", "wire", [(AC, "2023-10-18", "Nigeria", "Zamfara", "Bakura", "Vigilante Militia (Nigeria)", "Unidentified Armed Group (Nigeria)", 3)]),
    # ---- force at protesters (Protests) vs protesters who use force (Riots)
    ("Soldiers fire on protesters in Mandalay; dozens killed",
     "2021-03-04", "headline", [(EF, "2021-03-04", "Myanmar (Burma)", "Mandalay", "Mandalay", "Military Forces of Myanmar", "Protesters (Myanmar)", None)]),
    ("On 12 July 2023, police opened fire on residents demonstrating over water shortages in Sehwan (Sindh), killing two of them. Fatalities: 2.",
     "2023-07-14", "note", [(EF, "2023-07-12", "Pakistan", "Sindh", "Sehwan", "Police Forces of Pakistan", "Protesters (Pakistan)", 2)]),
    ("Security forces shot dead four demonstrators in Zahedan on Friday as worshippers marched after prayers, rights groups said.",
     "2022-10-01", "wire", [(EF, "2022-09-30", "Iran", "Sistan and Baluchestan", "Zahedan", "Police Forces of Iran", "Protesters (Iran)", 4)]),
    ("On 7 June 2024, traders in Kano (Kano) pelted police with stones and burned tyres over the closure of a market; police fired tear gas.",
     "2024-06-09", "note", [(VD, "2024-06-07", "Nigeria", "Kano", "Kano", "Rioters (Nigeria)", "Police Forces of Nigeria", None)]),
    ("Police fire tear gas to disperse teachers marching on parliament in Nairobi",
     "2023-11-22", "headline", [(PI, "2023-11-22", "Kenya", "Nairobi", "Nairobi", "Protesters (Kenya)", "Police Forces of Kenya", None)]),
    ("Police fired tear gas and water cannon at opposition supporters gathered outside the party office in Dhaka on Saturday.",
     "2023-10-30", "wire", [(PI, "2023-10-28", "Bangladesh", "Dhaka", "Dhaka", "Protesters (Bangladesh)", "Police Forces of Bangladesh", None)]),
    ("Troops shoot dead three marchers in Conakry protest against junta",
     "2023-05-11", "headline", [(EF, "2023-05-11", "Guinea", "Conakry", "Conakry", "Military Forces of Guinea", "Protesters (Guinea)", 3)]),
    # ---- chemical weapons vs riot control at a protest
    ("On 7 April 2018, government helicopters dropped barrels of chlorine gas on Douma (Rif Dimashq); dozens of residents suffocated.",
     "2018-04-09", "note", [(CW, "2018-04-07", "Syria", "Rif Dimashq", "Douma", "Military Forces of Syria", "Civilians (Syria)", None)]),
    ("Islamic State fighters fired mortar shells filled with mustard agent at Peshmerga positions near Makhmour, wounding eight fighters.",
     "2016-08-14", "case", [(CW, None, "Iraq", "Erbil", "Makhmour", "Islamic State", "Military Forces of Iraq", 0)]),
    ("On 22 February 2024, Russian drones dropped grenades filled with CS gas on Ukrainian trenches near Avdiivka (Donetsk).",
     "2024-02-24", "note", [(CW, "2024-02-22", "Ukraine", "Donetsk", "Avdiivka", "Military Forces of Russia", "Military Forces of Ukraine", None)]),
    ("Riot police used tear gas and rubber bullets against students protesting tuition fees in Lima on Thursday.",
     "2023-06-17", "wire", [(PI, "2023-06-15", "Peru", "Lima", "Lima", "Protesters (Peru)", "Police Forces of Peru", None)]),
    ("Dozens suffocate as toxic gas attack hits village in Idlib countryside",
     "2017-04-04", "headline", [(CW, "2017-04-04", "Syria", "Idlib", None, "Military Forces of Syria", "Civilians (Syria)", None)]),
    ("On 2 March 2023, rebels used a chlorine-filled shell against an army position outside Sanaa (Amanat al Asimah), poisoning five soldiers.",
     "2023-03-04", "note", [(CW, "2023-03-02", "Yemen (North Yemen)", "Amanat al Asimah", "Sanaa", "Houthis: Ansar Allah", "Military Forces of Yemen", None)]),
    # ---- shells and mortars that landed (Shelling) vs found or defused ones (Disrupted)
    ("On 16 January 2024, mortar rounds landed in a market in Hamarweyne district of Mogadishu (Banadir), killing three traders. Fatalities: 3.",
     "2024-01-18", "note", [(SH, "2024-01-16", "Somalia", "Banadir", "Mogadishu", "Al Shabaab", "Civilians (Somalia)", 3)]),
    ("Two rockets landed near the US embassy in Baghdad's Green Zone late on Sunday, causing no casualties, Iraqi security officials said.",
     "2023-01-10", "wire", [(SH, "2023-01-08", "Iraq", "Baghdad", "Baghdad", "Unidentified Armed Group (Iraq)", None, 0)]),
    ("Shells fell on residential areas of Kharkiv overnight, wounding six people, the regional governor said.",
     "2023-07-03", "case", [(SH, None, "Ukraine", "Kharkiv", "Kharkiv", "Military Forces of Russia", "Civilians (Ukraine)", 0)]),
    ("On 4 September 2023, police found and defused an unexploded mortar round in a field outside Ghazni city (Ghazni).",
     "2023-09-06", "note", [(DW, "2023-09-04", "Afghanistan", "Ghazni", "Ghazni", "Police Forces of Afghanistan", None, None)]),
    ("Several mortar shells struck Kidal airport camp on Tuesday, wounding two peacekeepers, the UN mission said.",
     "2023-08-23", "wire", [(SH, "2023-08-22", "Mali", "Kidal", "Kidal", "Unidentified Armed Group (Mali)", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali", 0)]),
    ("Artillery shells hit Halfaya village north of Khartoum, killing five",
     "2023-09-19", "headline", [(SH, "2023-09-19", "Sudan", "Khartoum", "Halfaya", "RSF: Rapid Support Forces", "Civilians (Sudan)", 5)]),
    # ---- interceptions: one Disrupted weapons use record, not shelling beside it
    ("On 12 June 2024, Israeli air defences intercepted a rocket fired from Gaza over Ashkelon (Southern). There was no damage.",
     "2024-06-14", "note", [(DW, "2024-06-12", "Israel", "Southern", "Ashkelon", "Military Forces of Israel", "Hamas", 0)]),
    ("The Saudi-led coalition said it intercepted a Houthi ballistic missile fired at Jazan on Wednesday.",
     "2022-03-10", "wire", [(DW, "2022-03-09", "Saudi Arabia", "Jazan", "Jazan", "Military Forces of Saudi Arabia", "Houthis: Ansar Allah", None)]),
    ("Air defence downs cruise missile over Lviv region",
     "2024-01-08", "headline", [(DW, "2024-01-08", "Ukraine", "Lviv", None, "Military Forces of Ukraine", "Military Forces of Russia", None)]),
    ("On 5 December 2023, a Houthi missile struck an oil depot in Jazan (Jazan), wounding two workers.",
     "2023-12-07", "note", [(SH, "2023-12-05", "Saudi Arabia", "Jazan", "Jazan", "Houthis: Ansar Allah", "Civilians (Saudi Arabia)", 0)]),
    # ---- crowds that burn things (Violent demonstration) vs crowds that attack people (Mob)
    ("On 2 July 2023, rioters burned cars and ransacked a town hall in L'Hay-les-Roses (Ile-de-France).",
     "2023-07-04", "note", [(VD, "2023-07-02", "France", "Ile-de-France", "L'Hay-les-Roses", "Rioters (France)", None, None)]),
    ("Youths torch buses in Dakar after opposition leader's arrest",
     "2023-08-01", "headline", [(VD, "2023-08-01", "Senegal", "Dakar", "Dakar", "Rioters (Senegal)", None, None)]),
    ("Rioters set fire to vehicles outside the electoral commission office in Kinshasa on Friday as results were delayed.",
     "2023-12-24", "wire", [(VD, "2023-12-22", "DR Congo (Zaire)", "Kinshasa", "Kinshasa", "Rioters (Democratic Republic of Congo)", None, None)]),
    ("On 11 March 2024, a mob beat a suspected pickpocket to death at the main bus park in Kampala (Kampala). Fatalities: 1.",
     "2024-03-13", "note", [(MV, "2024-03-11", "Uganda", "Kampala", "Kampala", "Rioters (Uganda)", "Civilians (Uganda)", 1)]),
    ("Residents angry over week-long power cuts blocked the Maiduguri road and set a government pickup truck on fire in Damaturu on Monday.",
     "2024-02-07", "wire", [(VD, "2024-02-05", "Nigeria", "Yobe", "Damaturu", "Rioters (Nigeria)", None, None)]),
    ("Angry crowd burns police van in Karachi after traffic death",
     "2023-04-19", "headline", [(VD, "2023-04-19", "Pakistan", "Sindh", "Karachi", "Rioters (Pakistan)", "Police Forces of Pakistan", None)]),
    # ---- ground handed over without a fight (Non-violent transfer) vs taken in battle
    ("On 6 October 2023, JNIM fighters took over Ber (Timbuktu) after the army withdrew from its camp in the town.",
     "2023-10-08", "note", [(NV, "2023-10-06", "Mali", "Timbuktu", "Ber", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", None)]),
    ("The army pulled out of Paletwa on Sunday and Arakan Army fighters moved into the town the next day without a fight, residents said.",
     "2024-01-17", "wire", [(NV, "2024-01-14", "Myanmar (Burma)", "Chin", "Paletwa", "AA: Arakan Army", "Military Forces of Myanmar", None)]),
    ("On 20 February 2024, al-Shabaab retook Mahas (Hiraan) after Ethiopian troops left their bases there; no fighting was reported.",
     "2024-02-22", "note", [(NV, "2024-02-20", "Somalia", "Hiraan", "Mahas", "Al Shabaab", None, None)]),
    ("M23 rebels seize Rubaya after heavy fighting with Congolese army",
     "2024-05-01", "headline", [(NS, "2024-05-01", "DR Congo (Zaire)", "North Kivu", "Rubaya", "M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo", None)]),
    ("On 26 March 2023, troops recaptured Kukawa (Borno) from ISWAP after a two-hour gun battle. Fatalities: 9.",
     "2023-03-28", "note", [(GR, "2023-03-26", "Nigeria", "Borno", "Kukawa", "Military Forces of Nigeria", "ISWAP: Islamic State West Africa Province", 9)]),
    ("Tigrayan forces entered Alamata unopposed on Monday after federal troops fled the town overnight, a local official said.",
     "2021-06-30", "wire", [(NV, "2021-06-28", "Ethiopia", "Tigray", "Alamata", "TPLF: Tigray People's Liberation Front", "Military Forces of Ethiopia", None)]),
    ("Rebels occupy Bure after government soldiers abandon their positions",
     "2021-07-20", "headline", [(NV, "2021-07-20", "Ethiopia", "Amhara", "Bure", "Fano Militia", "Military Forces of Ethiopia", None)]),
    # ---- abducted earlier and now found dead (Attack) vs an abduction
    ("On 8 May 2023, the body of a cattle trader abducted by gunmen the week before was found near Birnin Gwari (Kaduna). Fatalities: 1.",
     "2023-05-10", "note", [(AT, "2023-05-08", "Nigeria", "Kaduna", "Birnin Gwari", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 1)]),
    ("Kidnapped priest found dead in Kaduna's Kauru",
     "2022-07-21", "headline", [(AT, "2022-07-21", "Nigeria", "Kaduna", "Kauru", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 1)]),
    ("On 14 August 2023, gunmen abducted 15 passengers from a bus on the Abuja-Kaduna highway near Katari (Kaduna).",
     "2023-08-16", "note", [(AB, "2023-08-14", "Nigeria", "Kaduna", "Katari", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", None)]),
    ("A local journalist who was seized by armed men in Gao on Monday was found shot dead on Wednesday, his colleagues said.",
     "2023-02-10", "wire", [(AT, "2023-02-08", "Mali", "Gao", "Gao", "Unidentified Armed Group (Mali)", "Civilians (Mali)", 1)]),
    ("On 3 November 2022, the remains of two road engineers kidnapped in September were recovered from a forest near Buta (Bas-Uele). Fatalities: 2.",
     "2022-11-05", "note", [(AT, "2022-11-03", "DR Congo (Zaire)", "Bas-Uele", "Buta", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", 2)]),
    # ---- mob violence against someone accused of a crime: one record, the crime is not one
    ("On 20 June 2024, a mob lynched a man accused of blasphemy in Madyan (Khyber Pakhtunkhwa) and set his body alight. Fatalities: 1.",
     "2024-06-22", "note", [(MV, "2024-06-20", "Pakistan", "Khyber Pakhtunkhwa", "Madyan", "Rioters (Pakistan)", "Civilians (Pakistan)", 1)]),
    ("Villagers beat to death two men they suspected of kidnapping children in Nyanza on Sunday, police said.",
     "2023-03-14", "wire", [(MV, "2023-03-12", "Kenya", "Nyanza", "Nyanza", "Rioters (Kenya)", "Civilians (Kenya)", 2)]),
    ("Crowd burns alive man accused of stealing a motorcycle in Abeokuta",
     "2023-09-27", "headline", [(MV, "2023-09-27", "Nigeria", "Ogun", "Abeokuta", "Rioters (Nigeria)", "Civilians (Nigeria)", 1)]),
    ("On 4 April 2024, residents of a village near Bukavu (South Kivu) attacked an elderly woman accused of witchcraft, beating her to death. Fatalities: 1.",
     "2024-04-06", "note", [(MV, "2024-04-04", "DR Congo (Zaire)", "South Kivu", "Bukavu", "Rioters (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", 1)]),
    ("A crowd in Jessore thrashed two youths accused of theft of a cow on Saturday; one of them died in hospital.",
     "2023-02-20", "wire", [(MV, "2023-02-18", "Bangladesh", "Khulna", "Jessore", "Rioters (Bangladesh)", "Civilians (Bangladesh)", 1)]),
    # ---- two happenings: an attack on villagers, then a clash with the attackers
    ("On 9 September 2023, gunmen stormed Tudun Wada village (Niger), killing five villagers; troops then traded fire with the attackers, killing two of them.",
     "2023-09-11", "note", [(AT, "2023-09-09", "Nigeria", "Niger", "Tudun Wada", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 5),
                            (AC, "2023-09-09", "Nigeria", "Niger", "Tudun Wada", "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)", 2)]),
    ("On 17 April 2024, ADF militants killed four farmers in their fields near Oicha (North Kivu). Soldiers who arrived later clashed with the militants, killing three.",
     "2024-04-19", "note", [(AT, "2024-04-17", "DR Congo (Zaire)", "North Kivu", "Oicha", "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", 4),
                            (AC, "2024-04-17", "DR Congo (Zaire)", "North Kivu", "Oicha", "Military Forces of the Democratic Republic of Congo", "ADF: Allied Democratic Forces", 3)]),
    ("Bandits shot dead seven worshippers at a mosque in Gusau on Friday; vigilantes pursued the gang and exchanged fire with it, killing four bandits, police said.",
     "2023-06-25", "wire", [(AT, "2023-06-23", "Nigeria", "Zamfara", "Gusau", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 7),
                            (AC, "2023-06-23", "Nigeria", "Zamfara", "Gusau", "Vigilante Militia (Nigeria)", "Unidentified Armed Group (Nigeria)", 4)]),
    ("On 30 May 2023, gunmen attacked an army post in Diapaga (Est), killing five soldiers. Fatalities: 5.",
     "2023-06-01", "note", [(AC, "2023-05-30", "Burkina Faso", "Est", "Diapaga", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso", 5)]),
    ("ISWAP fighters kill four fishermen on Lake Chad island of Kirta",
     "2023-08-06", "headline", [(AT, "2023-08-06", "Nigeria", "Borno", "Kirta", "ISWAP: Islamic State West Africa Province", "Civilians (Nigeria)", 4)]),
]


def main() -> None:
    out = Path("data/codebook/types_extra2.jsonl")
    texts: set[str] = set()
    lines = []
    for n, (text, pub, style, events) in enumerate(ROWS, start=1):
        assert text not in texts, text
        texts.add(text)
        doc = f"types2:{n:03d}"
        for k, (sub, date, country, admin1, loc, a1, a2, fat) in enumerate(events, start=1):
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
