"""The compact rows of data/codebook/places_extra4.jsonl (written by the project): a development
set for places (issue 13 section 5), fourth round, in short reports from the countries the
earlier place rounds covered least: Myanmar ("X village of Y township, Z region", townships,
states), Mozambique (Cabo Delgado's districts; Palma, which GeoNames holds only abroad),
Somalia (Somali spellings beside English ones: x/h, c, dh, doubled vowels, words run together:
Harardhere/Xarardheere, Ceel Buur/Ceelbuur, El Dher/Ceeldheer, Beled Xaawo/Beled Hawo, Bur
Hakaba/Buurhakaba), Mali, Burkina Faso, Niger, DR Congo (Ituri and North Kivu under GeoNames'
names: "Eastern Province", "Nord Kivu"), Nigeria (LGAs), Cameroon, Sudan, Ethiopia, Colombia,
Mexico, Syria, Yemen, Iraq, the Philippines, India (Chhattisgarh, Manipur) and Ukraine; villages
the gazetteer lacks (their province from the text, null coordinates), namesakes in another
country or province (Bama, Bali, Argelia, Toledo, Bijapur, Bishnupur, Kyauktan, Taw Pyar, El
Wak), and places of speakers, crowds and displaced people that are not the event's place ("a
spokesman in Mogadishu said", "displaced families arriving in Pemba said", "hundreds rally in
Imphal after ...").

Each row: (text, pub_date, style, [events]); an event is (sub_event_type, date, country,
admin1, location, actor1, actor2, fatalities, (lat, lon) or None). admin1 is spelt as roydad's
gazetteer spells the province. Coordinates come only from the gazetteer (GeoNames cities500),
the town matched by its exact name or a listed variant in the right country and province, as
the comment on each row says; "Label|Name" gives the gazetteer's name of a place the text
writes otherwise. Places the gazetteer lacks keep their names with no coordinates.
Build from the repository root:
python tools/build_compact.py data/codebook/places_extra4/rows.py places4 data/codebook/places_extra4.jsonl
"""
AC, AT, AB = "Armed clash", "Attack", "Abduction/forced disappearance"
SH, AD, IE, GN = "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Grenade"
SB = "Suicide bomb"
NS, GR = "Non-state actor overtakes territory", "Government regains territory"
PP, PI, VD, MV = "Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence"
LO, AR, DW = "Looting/property destruction", "Arrests", "Disrupted weapons use"
NGA, NER, MLI, BFA, CMR, COD = "Nigeria", "Niger", "Mali", "Burkina Faso", "Cameroon", "DR Congo (Zaire)"
SDN, ETH, SOM, MOZ = "Sudan", "Ethiopia", "Somalia", "Mozambique"
YEM, SYR, IRQ = "Yemen (North Yemen)", "Syria", "Iraq"
MMR, PHL, IND = "Myanmar (Burma)", "Philippines", "India"
COL, MEX, UKR, KEN = "Colombia", "Mexico", "Ukraine", "Kenya"
MAF = "Military Forces of Myanmar (2021-)"
PDF = "PDF: People's Defense Force"
ISM = "Islamic State Mozambique Province"
ASH = "Al Shabaab"
JNIM = "JNIM: Group for Support of Islam and Muslims"
ISS = "Islamic State Sahel Province"
RSF = "RSF: Rapid Support Forces"
SAF = "Military Forces of Sudan (2019-)"

ERROR_CLASSES = ("place",)

ROWS = [
    # ---- Myanmar: "X village of Y township, Z region", townships, states, speakers abroad
    ("On 11 April 2023, a junta air strike hit a crowd at a ceremony in Pazigyi village of Kanbalu township, Sagaing region, killing at least 160 people.",
     "2023-04-13", "note", [(AD, "2023-04-11", MMR, "Sagaing", "Pazigyi", MAF, "Civilians (Myanmar)", 160, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 16 September 2022, helicopters fired on a school in Let Yet Kone village, Tabayin township (Sagaing), killing 13 people, seven of them children.",
     "2022-09-18", "note", [(AD, "2022-09-16", MMR, "Sagaing", "Let Yet Kone", MAF, "Civilians (Myanmar)", 13, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 2 March 2024, resistance fighters attacked an army outpost in Myaing township, Magway region. 7 fatalities.",
     "2024-03-04", "note", [(AC, "2024-03-02", MMR, "Magway", "Myaing", PDF, MAF, 7, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("Exiled activists in Mae Sot said on Thursday that soldiers had torched some 200 houses in Done Taw village of Myaung township, Sagaing region, on 28 June 2023.",
     "2023-07-06", "wire", [(LO, "2023-06-28", MMR, "Sagaing", "Done Taw", MAF, "Civilians (Myanmar)", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 24 December 2021, troops killed at least 35 people and burned their vehicles near Moso village, Hpruso township, Kayah state.",
     "2021-12-26", "note", [(AT, "2021-12-24", MMR, "Kayah", "Moso", MAF, "Civilians (Myanmar)", 35, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("YANGON (Reuters) - Arakan Army fighters overran a border guard post near Maungdaw in western Rakhine state on Sunday, the group said.",
     "2024-02-06", "wire", [(NS, "-Sun", MMR, "Rakhine", "Maungdaw", "AA: Arakan Army", MAF, None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 9 November 2023, TNLA fighters clashed with troops at Kutkai in northern Shan state. 5 fatalities.",
     "2023-11-11", "note", [(AC, "2023-11-09", MMR, "Shan", "Kutkai", "TNLA: Ta'ang National Liberation Army", MAF, 5, (23.45789, 97.93799))]),  # GeoNames 1317682 Kutkai (city, Shan), exact match
    ("On 23 October 2022, an air strike on a concert at A Nang Pa in Hpakant township, Kachin state, killed about 60 people.",
     "2022-10-25", "note", [(AD, "2022-10-23", MMR, "Kachin", "A Nang Pa", MAF, "Civilians (Myanmar)", 60, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 18 September 2021, junta shelling set fire to houses in Thantlang, Chin state; one man was shot dead.",
     "2021-09-20", "note", [(SH, "2021-09-18", MMR, "Chin", "Thantlang", MAF, "Civilians (Myanmar)", 1, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 14 May 2023, soldiers shot dead three farmers in Hnget Aing Tan village of Kyaukkyi township, Bago region.",
     "2023-05-16", "note", [(AT, "2023-05-14", MMR, "Bago", "Hnget Aing Tan", MAF, "Civilians (Myanmar)", 3, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 6 January 2024, a bomb blast at a market in Thaton, Mon state, wounded four people.",
     "2024-01-08", "note", [(IE, "2024-01-06", MMR, "Mon", "Thaton", "Unidentified Armed Group (Myanmar)", "Civilians (Myanmar)", 0, (16.91867, 97.37001))]),  # GeoNames 1292288 Thaton (city, Mon), exact match
    ("On 20 August 2023, resistance fighters ambushed a junta column near Thanbyuzayat, Mon state. 6 fatalities.",
     "2023-08-22", "note", [(AC, "2023-08-20", MMR, "Mon", "Thanbyuzayat", PDF, MAF, 6, (15.96893, 97.72745))]),  # GeoNames 1292507 Thanbyuzayat (city, Mon), exact match
    ("On 12 February 2024, troops raided Kyun Taw village in Madaya township, Mandalay region, and killed two villagers.",
     "2024-02-14", "note", [(AT, "2024-02-12", MMR, "Mandalay", "Kyun Taw", MAF, "Civilians (Myanmar)", 2, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 30 March 2024, KNU fighters and troops clashed near Hpa-an, the capital of Kayin state. 4 fatalities.",
     "2024-04-01", "note", [(AC, "2024-03-30", MMR, "Kayin", "Hpa-an", "KNU: Karen National Union", MAF, 4, (16.88953, 97.63482))]),  # GeoNames 1302849 Hpa-An (city, Kayin), exact match
    ("On 7 July 2023, PDF fighters shot dead a junta-appointed administrator in Launglon township of Tanintharyi region.",
     "2023-07-09", "note", [(AT, "2023-07-07", MMR, "Tanintharyi", "Launglon", PDF, "Civilians (Myanmar)", 1, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 4 October 2023, an air strike hit Kanan village, Khampat township, Sagaing region, killing eight.",
     "2023-10-06", "note", [(AD, "2023-10-04", MMR, "Sagaing", "Kanan", MAF, "Civilians (Myanmar)", 8, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 5 November 2023, resistance fighters seized a police station in Kyauktan, a village tract in the north of Sagaing region. 3 fatalities.",
     "2023-11-07", "note", [(AC, "2023-11-05", MMR, "Sagaing", "Kyauktan", PDF, "Police Forces of Myanmar (2021-)", 3, (24.2782, 95.89487))]),  # GeoNames 1316539 Kyauktan (city, Sagaing), exact match
    ("On 19 March 2024, soldiers burned houses in Taw Pyar village, Tanintharyi region, after a clash nearby.",
     "2024-03-21", "note", [(LO, "2024-03-19", MMR, "Tanintharyi", "Taw Pyar", MAF, "Civilians (Myanmar)", None, (12.21627, 98.45449))]),  # GeoNames 1293586 Taw Pyar (city, Tanintharyi), exact match
    ("On 10 January 2024, junta jets bombed a church compound in Haka, the capital of Chin state, killing two.",
     "2024-01-12", "note", [(AD, "2024-01-10", MMR, "Chin", "Haka|Hakha", MAF, "Civilians (Myanmar)", 2, (22.64452, 93.61076))]),  # GeoNames 1325443 Hakha (city, Chin), exact match
    ("On 2 June 2024, PDF fighters and troops fought for the town of Kale in Sagaing region. 6 fatalities.",
     "2024-06-04", "note", [(AC, "2024-06-02", MMR, "Sagaing", "Kale|Kalemyo", PDF, MAF, 6, (23.19014, 94.06405))]),  # GeoNames 1321218 Kalemyo (city, Sagaing), exact match
    # ---- Mozambique: Cabo Delgado districts, Palma (namesakes abroad), displaced people's towns
    ("On 24 March 2021, insurgents stormed the town of Palma in Cabo Delgado province, killing dozens of residents and contractors.",
     "2021-03-27", "note", [(AT, "2021-03-24", MOZ, "Cabo Delgado", "Palma", ISM, "Civilians (Mozambique)", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("Displaced families arriving in Pemba said on Monday that insurgents had beheaded two men in Nangade district, Cabo Delgado, on 14 August 2022.",
     "2022-08-22", "wire", [(AT, "2022-08-14", MOZ, "Cabo Delgado", "Nangade", ISM, "Civilians (Mozambique)", 2, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 8 June 2022, fighters burned a church and houses in Ancuabe district, Cabo Delgado.",
     "2022-06-10", "note", [(LO, "2022-06-08", MOZ, "Cabo Delgado", "Ancuabe", ISM, "Civilians (Mozambique)", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 18 January 2024, Rwandan and Mozambican troops clashed with insurgents near Mucojo, Macomia district. 9 fatalities.",
     "2024-01-20", "note", [(AC, "2024-01-18", MOZ, "Cabo Delgado", "Mucojo", "Military Forces of Rwanda", ISM, 9, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("Insurgents kill three fishermen off Mocímboa da Praia",
     "2023-09-02", "headline", [(AT, "2023-09-02", MOZ, "Cabo Delgado", "Mocimboa da Praia", ISM, "Civilians (Mozambique)", 3, (-11.35172, 40.35158))]),  # GeoNames 1024699 Mocimboa da Praia (city, Cabo Delgado), exact match
    ("On 29 October 2022, armed men abducted five women in Quissanga district of Cabo Delgado province.",
     "2022-10-31", "note", [(AB, "2022-10-29", MOZ, "Cabo Delgado", "Quissanga", ISM, "Civilians (Mozambique)", 0, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 2 February 2024, insurgents attacked a military post in Mueda, Cabo Delgado, and seized weapons. 3 fatalities.",
     "2024-02-04", "note", [(AC, "2024-02-02", MOZ, "Cabo Delgado", "Mueda", ISM, "Military Forces of Mozambique", 3, (-11.66278, 39.55056))]),  # GeoNames 1036263 Mueda (city, Cabo Delgado), exact match
    ("On 15 September 2022, insurgents killed an Italian nun at the Chipene mission in Memba district, Nampula province.",
     "2022-09-17", "note", [(AT, "2022-09-15", MOZ, "Nampula", "Chipene", ISM, "Civilians (Mozambique)", 1, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 12 March 2024, insurgents raided Mazeze and Ocua in Chiure district, killing four.",
     "2024-03-14", "note", [(AT, "2024-03-12", MOZ, "Cabo Delgado", "Ocua", ISM, "Civilians (Mozambique)", 4, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("MAPUTO (Lusa) - Insurgents killed two hunters near Mecula in the Niassa reserve on Wednesday, a district official said in Lichinga.",
     "2023-06-09", "wire", [(AT, "-Wed", MOZ, "Niassa", "Mecula", ISM, "Civilians (Mozambique)", 2, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Somalia: Somali spellings (x/h, c, dh, doubled vowels), speakers in Mogadishu
    ("On 4 March 2023, Al Shabaab fighters attacked an army base in Harardhere, Mudug region. 11 fatalities.",
     "2023-03-06", "note", [(AC, "2023-03-04", SOM, "Mudug", "Harardhere|Xarardheere", ASH, "Military Forces of Somalia", 11, (4.6544, 47.8575))]),  # GeoNames 50064 Xarardheere (city, Mudug), exact match
    ("A government spokesman in Mogadishu said on Sunday that troops had retaken Ceel Buur in Galguduud from Al Shabaab.",
     "2023-08-28", "wire", [(GR, "-Sun", SOM, "Galguduud", "Ceel Buur|Ceelbuur", "Military Forces of Somalia", ASH, None, (4.68501, 46.6176))]),  # GeoNames 62821 Ceelbuur (city, Galguduud), exact match
    ("On 20 January 2023, a roadside bomb struck a minibus near El Dher, Galguduud region, killing six passengers.",
     "2023-01-22", "note", [(IE, "2023-01-20", SOM, "Galguduud", "El Dher|Ceeldheer", ASH, "Civilians (Somalia)", 6, (3.84878, 47.18064))]),  # GeoNames 62788 Ceeldheer (city, Galguduud), exact match
    ("On 7 May 2024, a suicide car bomb hit a checkpoint at the entrance of Baladweyne, Hiiraan. 5 fatalities.",
     "2024-05-09", "note", [(SB, "2024-05-07", SOM, "Hiiraan", "Baladweyne|Beledweyne", ASH, "Military Forces of Somalia", 5, (4.73583, 45.20361))]),  # GeoNames 64460 Beledweyne (city, Hiiraan), exact match
    ("On 23 February 2024, clan militiamen and Al Shabaab fought near Mahas, in the Hiiraan region. 8 fatalities.",
     "2024-02-25", "note", [(AC, "2024-02-23", SOM, "Hiiraan", "Mahas", "Macawisley Militia", ASH, 8, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 1 June 2023, Al Shabaab overran an ATMIS base at Bulo Marer, Lower Shabelle. Dozens of soldiers were killed.",
     "2023-06-03", "note", [(NS, "2023-06-01", SOM, "Lower Shabeelle", "Bulo Marer", ASH, "ATMIS: African Union Transition Mission in Somalia", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 17 October 2023, a mortar round hit a house in Wanla Weyn, Lower Shabelle, killing a mother and her child.",
     "2023-10-19", "note", [(SH, "2023-10-17", SOM, "Lower Shabeelle", "Wanla Weyn|Wanlaweyn", ASH, "Civilians (Somalia)", 2, (2.6185, 44.8938))]),  # GeoNames 50672 Wanlaweyn (city, Lower Shabeelle), exact match
    ("On 11 November 2023, troops clashed with Al Shabaab near Bulo Burde, Hiiraan. 4 fatalities.",
     "2023-11-13", "note", [(AC, "2023-11-11", SOM, "Hiiraan", "Bulo Burde|Buulobarde", "Military Forces of Somalia", ASH, 4, (3.85375, 45.56744))]),  # GeoNames 63689 Buulobarde (city, Hiiraan), exact match
    ("Elders in Beledweyne say Al Shabaab gunmen executed two men in Xawaadley village, Middle Shabelle",
     "2024-04-16", "headline", [(AT, "2024-04-16", SOM, "Middle Shabele", "Xawaadley", ASH, "Civilians (Somalia)", 2, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 2 September 2023, Kenyan police repelled an attack on a camp near El Wak, Mandera county. 2 fatalities.",
     "2023-09-04", "note", [(AC, "2023-09-02", KEN, "Mandera", "El Wak", ASH, "Police Forces of Kenya", 2, (2.80922, 40.92885))]),  # GeoNames 198547 El Wak (city, Mandera), exact match
    ("On 9 August 2023, Al Shabaab fighters attacked government troops in Ceel Waaq, Gedo region. 6 fatalities.",
     "2023-08-11", "note", [(AC, "2023-08-09", SOM, "Gedo", "Ceel Waaq", ASH, "Military Forces of Somalia", 6, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 26 December 2023, a landmine killed three soldiers near Dhoobley, Lower Juba.",
     "2023-12-28", "note", [(IE, "2023-12-26", SOM, "Lower Juba", "Dhoobley|Dhobley", ASH, "Military Forces of Somalia", 3, (0.40997, 41.00995))]),  # GeoNames 10228788 Dhobley (city, Lower Juba), exact match
    ("On 14 July 2024, gunmen shot dead a district commissioner in Jowhar, Middle Shabelle.",
     "2024-07-16", "note", [(AT, "2024-07-14", SOM, "Middle Shabele", "Jowhar|Jawhar", ASH, "Civilians (Somalia)", 1, (2.78087, 45.50048))]),  # GeoNames 56335 Jawhar (city, Middle Shabele), exact match
    ("On 30 April 2024, Puntland forces clashed with Islamic State fighters in the Cal Miskaad mountains, Bari region. 7 fatalities.",
     "2024-05-02", "note", [(AC, "2024-04-30", SOM, "Bari", "Cal Miskaad", "Military Forces of Puntland", "Islamic State (Somalia)", 7, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 5 February 2024, Al Shabaab fighters attacked Balcad district, Middle Shabelle, from two sides. 9 fatalities.",
     "2024-02-07", "note", [(AC, "2024-02-05", SOM, "Middle Shabele", "Balcad", ASH, "Military Forces of Somalia", 9, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 22 March 2024, a grenade thrown into a tea shop in Gaalkacyo, Mudug, wounded five.",
     "2024-03-24", "note", [(GN, "2024-03-22", SOM, "Mudug", "Gaalkacyo", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)", 0, (6.76972, 47.43083))]),  # GeoNames 59611 Gaalkacyo (city, Mudug), exact match
    ("On 27 June 2023, Al Shabaab fighters attacked a base in Beled Xaawo, Gedo, near the Kenyan border. 4 fatalities.",
     "2023-06-29", "note", [(AC, "2023-06-27", SOM, "Gedo", "Beled Xaawo|Beled Hawo", ASH, "Military Forces of Somalia", 4, (3.9284, 41.87997))]),  # GeoNames 12212406 Beled Hawo (city, Gedo), exact match
    ("On 13 April 2024, a roadside bomb killed two soldiers on the road out of Bur Hakaba, Bay region.",
     "2024-04-15", "note", [(IE, "2024-04-13", SOM, "Bay", "Bur Hakaba|Buurhakaba", ASH, "Military Forces of Somalia", 2, (2.80257, 44.07805))]),  # GeoNames 63571 Buurhakaba (city, Bay), exact match
    # ---- Mali, Burkina Faso, Niger: cercles, communes, provinces, namesakes across the borders
    ("On 7 September 2023, JNIM fighters attacked a passenger boat on the Niger river near Bourem, Gao region. 49 civilians and 15 soldiers were killed.",
     "2023-09-09", "note", [(AT, "2023-09-07", MLI, "Gao", "Bourem", JNIM, "Civilians (Mali)", 64, (16.955, -0.34861))]),  # GeoNames 2459657 Bourem (city, Gao), exact match
    ("On 18 February 2024, militants killed 14 traders at Boni, Douentza cercle (Mopti).",
     "2024-02-20", "note", [(AT, "2024-02-18", MLI, "Mopti", "Boni", JNIM, "Civilians (Mali)", 14, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 11 June 2023, ISSP fighters raided Tessit in the Gao region and clashed with JNIM. 20 fatalities.",
     "2023-06-13", "note", [(AC, "2023-06-11", MLI, "Gao", "Tessit", ISS, JNIM, 20, (15.21667, -0.3))]),  # GeoNames 10343856 Tessit (city, Gao), exact match
    ("On 3 August 2023, soldiers arrested 12 men at the weekly fair of Diafarabe, Tenenkou cercle, Mopti region.",
     "2023-08-05", "note", [(AR, "2023-08-03", MLI, "Mopti", "Diafarabe", "Military Forces of Mali", "Civilians (Mali)", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("BAMAKO (AFP) - Hundreds marched in Bamako on Friday to mourn 30 villagers killed in an attack on Ogossagou in central Mali's Bankass cercle on 4 May 2024.",
     "2024-05-11", "wire", [(AT, "2024-05-04", MLI, "Mopti", "Ogossagou", JNIM, "Civilians (Mali)", 30, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 28 January 2024, a convoy hit a mine near Leré, Tombouctou region, on the road from Niono; two drivers died.",
     "2024-01-30", "note", [(IE, "2024-01-28", MLI, "Tombouctou", "Lere", JNIM, "Civilians (Mali)", 2, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 9 April 2024, drones struck a wedding at Inadiatafane, Tombouctou region, killing 10.",
     "2024-04-11", "note", [(AD, "2024-04-09", MLI, "Tombouctou", "Inadiatafane", "Military Forces of Mali", "Civilians (Mali)", 10, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 26 November 2023, militants attacked Djibo in Soum province, Sahel region, fighting soldiers and VDP for hours. 40 fatalities.",
     "2023-11-28", "note", [(AC, "2023-11-26", BFA, "Sahel", "Djibo", JNIM, "Military Forces of Burkina Faso", 40, (14.09864, -1.62665))]),  # GeoNames 2361177 Djibo (city, Sahel), exact match
    ("On 24 August 2024, JNIM fighters killed scores of residents digging trenches around Barsalogho, Sanmatenga province (Centre-Nord).",
     "2024-08-26", "note", [(AT, "2024-08-24", BFA, "Centre-Nord", "Barsalogho", JNIM, "Civilians (Burkina Faso)", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 15 April 2023, men in army uniforms killed dozens of villagers in Karma, Yatenga province, Nord region.",
     "2023-04-17", "note", [(AT, "2023-04-15", BFA, "Nord", "Karma", "Military Forces of Burkina Faso", "Civilians (Burkina Faso)", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 20 March 2024, a bomb hidden on the road between Fada N'Gourma and Kantchari hit a bus. 6 fatalities.",
     "2024-03-22", "note", [(IE, "2024-03-20", BFA, "Est", "Fada N'Gourma", JNIM, "Civilians (Burkina Faso)", 6, (12.06157, 0.35843))]),  # GeoNames 2360886 Fada Ngourma (city, Est), exact match
    ("On 5 July 2023, VDP auxiliaries clashed with JNIM near Bama, Houet province (Hauts-Bassins). 9 fatalities.",
     "2023-07-07", "note", [(AC, "2023-07-05", BFA, "High-Basins", "Bama", "VDP: Volunteers for the Defense of the Homeland", JNIM, 9, None)]),  # GeoNames' Bama of Burkina Faso lies in Boucle du Mouhoun, not in Hauts-Bassins: not this town
    ("On 19 December 2023, gunmen killed a catechist in Dedougou, Boucle du Mouhoun region.",
     "2023-12-21", "note", [(AT, "2023-12-19", BFA, "Boucle du Mouhoun", "Dedougou", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", 1, (12.4636, -3.46075))]),  # GeoNames 2361477 Dedougou (city, Boucle du Mouhoun), exact match
    ("On 10 February 2024, JNIM fighters overran an army post at Seytenga, Seno province (Sahel region).",
     "2024-02-12", "note", [(NS, "2024-02-10", BFA, "Sahel", "Seytenga", JNIM, "Military Forces of Burkina Faso", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 21 March 2021, gunmen killed 137 people in villages around Tillia in Niger's Tahoua region.",
     "2021-03-23", "note", [(AT, "2021-03-21", NER, "Tahoua", "Tillia", ISS, "Civilians (Niger)", 137, (16.12333, 4.78972))]),  # GeoNames 2438675 Tillia (city, Tahoua), exact match
    ("On 15 August 2023, militants ambushed soldiers near Koutougou, Torodi commune (Tillaberi). 17 fatalities.",
     "2023-08-17", "note", [(AC, "2023-08-15", NER, "Tillaberi", "Koutougou", JNIM, "Military Forces of Niger", 17, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 2 October 2023, Boko Haram fighters abducted 11 farmers near Bosso, Diffa region.",
     "2023-10-04", "note", [(AB, "2023-10-02", NER, "Diffa", "Bosso", "Boko Haram - JAS", "Civilians (Niger)", 0, (13.69869, 13.30951))]),  # GeoNames 2446613 Bosso (city, Diffa), exact match
    ("Protesters in Niamey denounce killing of 12 villagers in Tera department",
     "2024-06-25", "headline", [(AT, "2024-06-25", NER, "Tillaberi", "Tera", ISS, "Civilians (Niger)", 12, (14.00776, 0.75306))]),  # GeoNames 2438855 Tera (city, Tillaberi), exact match
    ("On 20 March 2024, gunmen killed 23 soldiers near Tassia, Tillaberi region.",
     "2024-03-22", "note", [(AC, "2024-03-20", NER, "Tillaberi", "Tassia", ISS, "Military Forces of Niger", 23, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- DR Congo: Ituri (Eastern Province), North Kivu (Nord Kivu); speakers in Bunia and Goma
    ("On 1 February 2022, CODECO militiamen attacked the Plaine Savo displacement camp in Djugu territory, Ituri, killing 60 people.",
     "2022-02-03", "note", [(AT, "2022-02-01", COD, "Eastern Province", "Plaine Savo", "CODECO: Cooperative for the Development of Congo", "Civilians (DR Congo)", 60, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("An army spokesman in Bunia said on Saturday that ADF rebels had killed nine farmers near Komanda in Irumu territory on Thursday.",
     "2023-05-21", "wire", [(AT, "-Thu", COD, "Eastern Province", "Komanda", "ADF: Allied Democratic Forces", "Civilians (DR Congo)", 9, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 29 November 2022, M23 fighters killed dozens of civilians in Kishishe, Rutshuru territory (North Kivu).",
     "2022-12-01", "note", [(AT, "2022-11-29", COD, "Nord Kivu", "Kishishe", "M23: March 23 Movement", "Civilians (DR Congo)", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 7 February 2024, M23 shells fell on the town of Sake in Masisi territory, North Kivu, killing three.",
     "2024-02-09", "note", [(SH, "2024-02-07", COD, "Nord Kivu", "Sake", "M23: March 23 Movement", "Civilians (DR Congo)", 3, (-1.57386, 29.04339))]),  # GeoNames 205970 Sake (city, Nord Kivu), exact match
    ("On 13 June 2023, ADF fighters killed 11 people with machetes in Oicha, Beni territory.",
     "2023-06-15", "note", [(AT, "2023-06-13", COD, "Nord Kivu", "Oicha", "ADF: Allied Democratic Forces", "Civilians (DR Congo)", 11, (0.69781, 29.51863))]),  # GeoNames 8329635 Hyosha (city, Nord Kivu), variant match
    ("GOMA (Reuters) - Fighting between M23 rebels and Wazalendo militias broke out around Kitshanga on Tuesday, residents said.",
     "2023-10-26", "wire", [(AC, "-Tue", COD, "Nord Kivu", "Kitshanga", "M23: March 23 Movement", "Wazalendo", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 17 September 2023, CODECO and Zaire militias clashed in Mahagi territory, Ituri province. 6 fatalities.",
     "2023-09-19", "note", [(AC, "2023-09-17", COD, "Eastern Province", "Mahagi", "CODECO: Cooperative for the Development of Congo", "Zaire Militia", 6, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 8 January 2024, Mai-Mai fighters ambushed a police patrol near Lubero, North Kivu. 3 fatalities.",
     "2024-01-10", "note", [(AC, "2024-01-08", COD, "Nord Kivu", "Lubero", "Mai-Mai Militia", "Police Forces of DR Congo", 3, (-0.15837, 29.23859))]),  # GeoNames 211069 Lubero (city, Nord Kivu), exact match
    ("Students in Butembo protest killings in Mambasa territory",
     "2024-03-15", "headline", [(PP, "2024-03-15", COD, "Nord Kivu", "Butembo", "Protesters (DR Congo)", None, None, (0.14164, 29.29117))]),  # GeoNames 217562 Butembo (city, Nord Kivu), exact match
    ("On 20 December 2023, gunmen killed four gold miners near Mambasa, Ituri.",
     "2023-12-22", "note", [(AT, "2023-12-20", COD, "Eastern Province", "Mambasa", "Unidentified Armed Group (DR Congo)", "Civilians (DR Congo)", 4, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Nigeria: LGAs, namesakes abroad (Bama, Guma, Mangu), speakers in Abuja and Maiduguri
    ("On 16 April 2024, Boko Haram fighters killed six farmers in Bama LGA of Borno state.",
     "2024-04-18", "note", [(AT, "2024-04-16", NGA, "Borno", "Bama", "Boko Haram - JAS", "Civilians (Nigeria)", 6, (11.52134, 13.68952))]),  # GeoNames 2347954 Bama (city, Borno), exact match
    ("On 24 January 2024, herders attacked villages in Mangu LGA, Plateau state, killing 30 people.",
     "2024-01-26", "note", [(AT, "2024-01-24", NGA, "Plateau", "Mangu", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", 30, (9.5206, 9.09769))]),  # GeoNames 2329951 Mangu (city, Plateau), exact match
    ("On 3 November 2023, gunmen killed eight farmers in Yelwata, Guma LGA of Benue state.",
     "2023-11-05", "note", [(AT, "2023-11-03", NGA, "Benue", "Yelwata", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", 8, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("A police spokesman in Gusau said on Friday that bandits had abducted 20 people in Maru LGA.",
     "2023-07-08", "wire", [(AB, None, NGA, "Zamfara", "Maru", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 0, (12.3336, 6.40372))]),  # GeoNames 2330717 Maru (city, Zamfara), exact match
    ("On 10 March 2024, troops repelled an ISWAP raid on Monguno, Borno state. 12 fatalities.",
     "2024-03-12", "note", [(AC, "2024-03-10", NGA, "Borno", "Monguno", "Military Forces of Nigeria", "ISWAP: Islamic State West Africa Province", 12, (12.67059, 13.61224))]),  # GeoNames 2329946 Monguno (city, Borno), exact match
    ("On 7 March 2024, gunmen abducted 287 pupils from a school in Kuriga, Chikun LGA, Kaduna state.",
     "2024-03-09", "note", [(AB, "2024-03-07", NGA, "Kaduna", "Kuriga", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 0, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 19 May 2023, bandits killed nine vigilantes in Isa LGA of Sokoto state.",
     "2023-05-21", "note", [(AC, "2023-05-19", NGA, "Sokoto", "Isa", "Unidentified Armed Group (Nigeria)", "Vigilante Militia (Nigeria)", 9, (13.20066, 6.40487))]),  # GeoNames 2337275 Isa (city, Sokoto), exact match
    ("On 14 June 2023, a suicide bomber blew herself up at a fish market in Konduga, Borno, killing nine.",
     "2023-06-16", "note", [(SB, "2023-06-14", NGA, "Borno", "Konduga", "Boko Haram - JAS", "Civilians (Nigeria)", 9, (11.65331, 13.41787))]),  # GeoNames 2334044 Konduga (city, Borno), exact match
    ("On 28 August 2023, gunmen attacked a mosque in Kafur, Katsina state, killing seven worshippers.",
     "2023-08-30", "note", [(AT, "2023-08-28", NGA, "Katsina", "Kafur", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 7, (11.64589, 7.69068))]),  # GeoNames 2335648 Kafur (city, Katsina), exact match
    ("On 5 December 2023, gunmen killed four people in Agatu LGA, Benue.",
     "2023-12-07", "note", [(AT, "2023-12-05", NGA, "Benue", "Agatu", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", 4, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Cameroon: Far North and the two English-speaking regions; Bali (namesake abroad)
    ("On 6 October 2023, separatist fighters killed two gendarmes in Bali Nyonga, North-West region.",
     "2023-10-08", "note", [(AC, "2023-10-06", CMR, "North-West Province", "Bali", "Ambazonian Separatists", "Military Forces of Cameroon", 2, (5.88737, 10.01176))]),  # GeoNames 2235029 Bali (city, North-West Province), exact match
    ("On 11 February 2024, Boko Haram fighters killed three herders near Mozogo, Mayo-Tsanaga department (Far North).",
     "2024-02-13", "note", [(AT, "2024-02-11", CMR, "Far North", "Mozogo", "Boko Haram - JAS", "Civilians (Cameroon)", 3, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("The governor in Buea said soldiers had killed five separatists in an operation at Mamfe, Manyu division, on 16 January 2024.",
     "2024-01-19", "wire", [(AC, "2024-01-16", CMR, "South-West Province", "Mamfe", "Military Forces of Cameroon", "Ambazonian Separatists", 5, (5.75132, 9.3137))]),  # GeoNames 2228675 Mamfe (city, South-West Province), exact match
    ("On 4 May 2024, an IED struck a military vehicle in Ndop, Ngoketunjia (North-West). 2 fatalities.",
     "2024-05-06", "note", [(IE, "2024-05-04", CMR, "North-West Province", "Ndop", "Ambazonian Separatists", "Military Forces of Cameroon", 2, (5.98843, 10.43859))]),  # GeoNames 2234942 Ndop (city, North-West Province), exact match
    ("On 22 July 2023, suicide bombers struck a market in Tourou, Far North region, killing four.",
     "2023-07-24", "note", [(SB, "2023-07-22", CMR, "Far North", "Tourou", "Boko Haram - JAS", "Civilians (Cameroon)", 4, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Sudan: Darfur and Kordofan spellings
    ("On 13 May 2024, RSF shells hit a market in Al Fashir, North Darfur, killing 12.",
     "2024-05-15", "note", [(SH, "2024-05-13", SDN, "Northern Darfur", "Al Fashir|El Fasher", RSF, "Civilians (Sudan)", 12, (13.62793, 25.34936))]),  # GeoNames 379555 El Fasher (city, Northern Darfur), exact match
    ("On 14 June 2023, RSF fighters killed the governor of West Darfur in Al Junaynah.",
     "2023-06-16", "note", [(AT, "2023-06-14", SDN, "Western Darfur", "Al Junaynah|Al-Junaynah", RSF, "Civilians (Sudan)", 1, (13.45262, 22.44725))]),  # GeoNames 379303 Al-Junaynah (city, Western Darfur), exact match
    ("On 18 December 2023, RSF fighters entered Wad Medani in Al Jazirah state after the army withdrew.",
     "2023-12-20", "note", [(NS, "2023-12-18", SDN, "Al Jazirah", "Wad Medani", RSF, SAF, None, (14.40118, 33.51989))]),  # GeoNames 364103 Wad Medani (city, Al Jazirah), exact match
    ("On 5 June 2024, RSF fighters attacked Wad al-Nourah village in Al Jazirah state, killing about 100 villagers.",
     "2024-06-07", "note", [(AT, "2024-06-05", SDN, "Al Jazirah", "Wad al-Nourah", RSF, "Civilians (Sudan)", 100, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 9 February 2024, SPLM-N fighters shelled Kadugli, South Kordofan. 3 fatalities.",
     "2024-02-11", "note", [(SH, "2024-02-09", SDN, "Southern Kordofan", "Kadugli", "SPLM-N: Sudan People's Liberation Movement-North", "Civilians (Sudan)", 3, (11.01111, 29.71833))]),  # GeoNames 373141 Kadugli (city, Southern Kordofan), exact match
    ("Refugees reaching Adre in Chad said on Monday that RSF fighters had killed at least 20 men in Misterei, West Darfur, on 28 May 2023.",
     "2023-06-06", "wire", [(AT, "2023-05-28", SDN, "Western Darfur", "Misterei", RSF, "Civilians (Sudan)", 20, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Ethiopia: Amhara and Oromia spellings
    ("On 10 August 2023, an army drone strike hit a bus station in Finote Selam, West Gojjam zone, Amhara, killing 26.",
     "2023-08-12", "note", [(AD, "2023-08-10", ETH, "Amhara", "Finote Selam", "Military Forces of Ethiopia", "Civilians (Ethiopia)", 26, (10.7, 37.26667))]),  # GeoNames 337712 Finote Selam (city, Amhara), exact match
    ("On 6 September 2023, Fano fighters clashed with the army in Gonder town, Amhara region. 10 fatalities.",
     "2023-09-08", "note", [(AC, "2023-09-06", ETH, "Amhara", "Gonder", "Fano Militia", "Military Forces of Ethiopia", 10, (12.6, 37.46667))]),  # GeoNames 336014 Gonder (city, Amhara), exact match
    ("On 18 June 2022, gunmen killed hundreds of Amhara residents in Tole kebele, Gimbi woreda, West Welega zone (Oromia).",
     "2022-06-20", "note", [(AT, "2022-06-18", ETH, "Oromiya", "Tole", "OLA: Oromo Liberation Army", "Civilians (Ethiopia)", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 3 April 2024, OLA fighters killed a local official in Nekemte, East Welega zone, Oromia.",
     "2024-04-05", "note", [(AT, "2024-04-03", ETH, "Oromiya", "Nekemte", "OLA: Oromo Liberation Army", "Civilians (Ethiopia)", 1, (9.08333, 36.55))]),  # GeoNames 330118 Nekemte (city, Oromiya), exact match
    ("On 28 March 2024, Fano militiamen briefly took Debre Tabor, South Gondar zone, before withdrawing.",
     "2024-03-30", "note", [(NS, "2024-03-28", ETH, "Amhara", "Debre Tabor", "Fano Militia", "Military Forces of Ethiopia", None, (11.85, 38.01667))]),  # GeoNames 339686 Debre Tabor (city, Amhara), exact match
    # ---- Colombia: municipalities and their departments; Argelia, Toledo, Bolivar (namesakes)
    ("On 14 March 2024, FARC dissidents attacked a police station in Argelia, Cauca. 2 fatalities.",
     "2024-03-16", "note", [(AC, "2024-03-14", COL, "Cauca", "Argelia", "FARC Dissidents", "Police Forces of Colombia", 2, (2.25563, -77.24876))]),  # GeoNames 3689615 Argelia (city, Cauca), exact match
    ("On 9 June 2023, ELN fighters and FARC dissidents clashed near Tibu, Norte de Santander. 5 fatalities.",
     "2023-06-11", "note", [(AC, "2023-06-09", COL, "Norte de Santander", "Tibu", "ELN: National Liberation Army", "FARC Dissidents", 5, (8.63895, -72.73583))]),  # GeoNames 3667202 Tibu (city, Norte de Santander), exact match
    ("On 20 August 2023, an explosive device went off near Toledo, Norte de Santander, wounding two soldiers.",
     "2023-08-22", "note", [(IE, "2023-08-20", COL, "Norte de Santander", "Toledo", "ELN: National Liberation Army", "Military Forces of Colombia", 0, (7.30984, -72.48295))]),  # GeoNames 3666959 Toledo (city, Norte de Santander), exact match
    ("On 30 January 2024, gunmen killed a social leader in Saravena, Arauca.",
     "2024-02-01", "note", [(AT, "2024-01-30", COL, "Arauca", "Saravena", "Unidentified Armed Group (Colombia)", "Civilians (Colombia)", 1, (6.96319, -71.8823))]),  # GeoNames 3668257 Saravena (city, Arauca), exact match
    ("On 17 May 2024, dissidents fired explosives from drones at a base in Jamundi, Valle del Cauca.",
     "2024-05-19", "note", [(AD, "2024-05-17", COL, "Valle del Cauca", "Jamundi", "FARC Dissidents", "Military Forces of Colombia", 0, (3.26074, -76.53499))]),  # GeoNames 3680387 Jamundi (city, Valle del Cauca), exact match
    # ---- Mexico: municipalities, namesakes (Buenavista), a US speaker
    ("On 20 April 2023, cartel gunmen attacked police in Buenavista, Michoacan. 3 fatalities.",
     "2023-04-22", "note", [(AC, "2023-04-20", MEX, "Michoacan", "Buenavista|Buenavista Tomatlan", "CJNG: Jalisco New Generation Cartel", "Police Forces of Mexico", 3, (19.21145, -102.58827))]),  # GeoNames 4016599 Buenavista Tomatlan (city, Michoacan), exact match
    ("On 12 July 2023, gunmen killed six people at a party in Fresnillo, Zacatecas.",
     "2023-07-14", "note", [(AT, "2023-07-12", MEX, "Zacatecas", "Fresnillo", "Unidentified Gang (Mexico)", "Civilians (Mexico)", 6, (23.1749, -102.86785))]),  # GeoNames 4006163 Fresnillo (city, Zacatecas), exact match
    ("US officials in Texas said gunmen had kidnapped four Americans in the Mexican border city of Matamoros on 3 March 2023.",
     "2023-03-07", "wire", [(AB, "2023-03-03", MEX, "Tamaulipas", "Matamoros", "Unidentified Gang (Mexico)", "Civilians (United States)", 0, (25.87972, -97.50417))]),  # GeoNames 3523466 Heroica Matamoros (city, Tamaulipas), variant match
    ("On 25 February 2024, a drone dropped explosives on houses in Chilapa, Guerrero.",
     "2024-02-27", "note", [(AD, "2024-02-25", MEX, "Guerrero", "Chilapa", "Unidentified Gang (Mexico)", "Civilians (Mexico)", 0, (17.59917, -99.17389))]),  # GeoNames 3530886 Chilapa de Alvarez (city, Guerrero), variant match
    ("On 8 October 2023, gunmen shot dead a mayoral candidate in Celaya, Guanajuato.",
     "2023-10-10", "note", [(AT, "2023-10-08", MEX, "Guanajuato", "Celaya", "Unidentified Gang (Mexico)", "Civilians (Mexico)", 1, (20.52181, -100.81399))]),  # GeoNames 4014875 Celaya (city, Guanajuato), exact match
    # ---- Syria, Yemen, Iraq: Arabic transliterations
    ("On 25 October 2023, government shelling hit Ariha, Idlib governorate, killing five.",
     "2023-10-27", "note", [(SH, "2023-10-25", SYR, "Idlib", "Ariha", "Military Forces of Syria", "Civilians (Syria)", 5, (35.81374, 36.60964))]),  # GeoNames 172994 Ariha (city, Idlib), exact match
    ("On 13 September 2023, tribal fighters attacked SDF positions in Dhiban, Deir al-Zour countryside. 9 fatalities.",
     "2023-09-15", "note", [(AC, "2023-09-13", SYR, "Deir ez-Zor", "Dhiban", "Arab Tribal Forces", "SDF: Syrian Democratic Forces", 9, (35.01498, 40.51028))]),  # GeoNames 170691 Dhiban (city, Deir ez-Zor), exact match
    ("On 4 January 2024, an air strike near Albu Kamal on the Iraqi border killed four militiamen.",
     "2024-01-06", "note", [(AD, "2024-01-04", SYR, "Deir ez-Zor", "Albu Kamal", "Unidentified Military Forces", "Iranian-backed militia", 4, (34.45226, 40.91854))]),  # GeoNames 174448 Albu Kamal (city, Deir ez-Zor), exact match
    ("On 19 June 2024, gunmen shot dead a former rebel commander in Tafas, Daraa province.",
     "2024-06-21", "note", [(AT, "2024-06-19", SYR, "Daraa", "Tafas", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 1, (32.73709, 36.06654))]),  # GeoNames 163806 Tafas (city, Daraa), exact match
    ("On 27 April 2024, Turkish drones struck a car near Qamishli, Hasakah province, killing two SDF members.",
     "2024-04-29", "note", [(AD, "2024-04-27", SYR, "Al-Hasakah", "Qamishli|Al Qamishli", "Military Forces of Turkey", "SDF: Syrian Democratic Forces", 2, (37.05215, 41.23142))]),  # GeoNames 173377 Al Qamishli (city, Al-Hasakah), exact match
    ("On 2 March 2024, Houthi forces shelled Sirwah district, Ma'rib, killing a boy.",
     "2024-03-04", "note", [(SH, "2024-03-02", YEM, "Marib", "Sirwah", "Houthis: Ansar Allah", "Civilians (Yemen)", 1, (15.44933, 45.01891))]),  # GeoNames 34703 Suq Sirwah (city, Marib), variant match
    ("On 16 January 2024, a sniper shot dead a woman in Taiz city.",
     "2024-01-18", "note", [(AT, "2024-01-16", YEM, "Taizz", "Taiz", "Houthis: Ansar Allah", "Civilians (Yemen)", 1, (13.57952, 44.02091))]),  # GeoNames 70225 Taiz (city, Taizz), exact match
    ("A Houthi spokesman in Sanaa said on Thursday that coalition aircraft had struck a farm in Hays district, Hodeidah, killing three.",
     "2023-04-14", "wire", [(AD, None, YEM, "Al Hudaydah", "Hays", "Saudi-led coalition", "Civilians (Yemen)", 3, (13.9317, 43.4831))]),  # GeoNames 74906 Hays (city, Al Hudaydah), exact match
    ("On 11 August 2023, AQAP fighters attacked a checkpoint in Mudiyah, Abyan. 5 fatalities.",
     "2023-08-13", "note", [(AC, "2023-08-11", YEM, "Abyan", "Mudiyah", "AQAP: Al Qaeda in the Arabian Peninsula", "STC: Southern Transitional Council", 5, (13.9284, 46.08254))]),  # GeoNames 72557 Mudiyah (city, Abyan), exact match
    ("On 22 December 2023, an IED killed three soldiers near Tuz Khormato, Salahuddin province.",
     "2023-12-24", "note", [(IE, "2023-12-22", IRQ, "Salah ad-Din", "Tuz Khormato|Tuz Khurmatu", "Islamic State (Iraq)", "Military Forces of Iraq", 3, (34.88808, 44.63256))]),  # GeoNames 90026 Tuz Khurmatu (city, Salah ad-Din), exact match
    ("On 29 May 2024, IS militants attacked an army post near Muqdadiya, Diyala. 4 fatalities.",
     "2024-05-31", "note", [(AC, "2024-05-29", IRQ, "Diyala", "Muqdadiya|Al Miqdadiyah", "Islamic State (Iraq)", "Military Forces of Iraq", 4, (33.97861, 44.93694))]),  # GeoNames 99062 Al Miqdadiyah (city, Diyala), exact match
    ("On 17 August 2023, a Turkish drone struck a car near Penjwen, Sulaymaniyah, killing two PKK members.",
     "2023-08-19", "note", [(AD, "2023-08-17", IRQ, "Sulaymaniyah", "Penjwen", "Military Forces of Turkey", "PKK: Kurdistan Workers Party", 2, (35.62054, 45.94908))]),  # GeoNames 98012 Baynjiwayn (city, Sulaymaniyah), variant match
    ("Residents displaced to Erbil say gunmen burned shops in Sinjar on Sunday",
     "2024-03-12", "headline", [(LO, "-Sun", IRQ, "Nineveh", "Sinjar", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", None, (36.3209, 41.87656))]),  # GeoNames 448149 Sinjar (city, Nineveh), exact match
    # ---- Philippines: municipalities, provinces and their regions
    ("On 3 December 2023, a bomb exploded during Mass at a university gym in Marawi, Lanao del Sur, killing four.",
     "2023-12-05", "note", [(IE, "2023-12-03", PHL, "Autonomous Region in Muslim Mindanao", "Marawi", "Dawlah Islamiyah", "Civilians (Philippines)", 4, (8.0034, 124.28395))]),  # GeoNames 1701053 Marawi City (city, Autonomous Region in Muslim Mindanao), exact match
    ("On 18 February 2024, soldiers clashed with BIFF fighters in Datu Saudi Ampatuan, Maguindanao del Sur. 6 fatalities.",
     "2024-02-20", "note", [(AC, "2024-02-18", PHL, "Autonomous Region in Muslim Mindanao", "Datu Saudi Ampatuan", "Military Forces of the Philippines", "BIFF: Bangsamoro Islamic Freedom Fighters", 6, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 9 May 2024, NPA rebels ambushed soldiers in Catubig, Northern Samar. 2 fatalities.",
     "2024-05-11", "note", [(AC, "2024-05-09", PHL, "Eastern Visayas", "Catubig", "NPA: New People's Army", "Military Forces of the Philippines", 2, (12.4098, 125.0548))]),  # GeoNames 1717792 Catubig (city, Eastern Visayas), exact match
    ("On 21 January 2024, gunmen shot dead a village chief in Patikul, Sulu.",
     "2024-01-23", "note", [(AT, "2024-01-21", PHL, "Autonomous Region in Muslim Mindanao", "Patikul", "Unidentified Armed Group (Philippines)", "Civilians (Philippines)", 1, (6.08917, 121.10528))]),  # GeoNames 1684409 Patikul (city, Autonomous Region in Muslim Mindanao), exact match
    # ---- India: Chhattisgarh (Dantewada, Bijapur) and Manipur (Bishnupur, Jiribam)
    ("On 26 April 2023, Maoists blew up a police vehicle in Aranpur, Dantewara district, killing ten policemen and their driver.",
     "2023-04-28", "note", [(IE, "2023-04-26", IND, "Chhattisgarh", "Aranpur", "CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India", 11, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 16 April 2024, security forces killed 29 Maoists in a gunfight in Kanker district, Chhattisgarh.",
     "2024-04-18", "note", [(AC, "2024-04-16", IND, "Chhattisgarh", "Kanker", "Police Forces of India", "CPI (Maoist): Communist Party of India (Maoist)", 29, (20.27193, 81.49177))]),  # GeoNames 1268031 Kanker (city, Chhattisgarh), exact match
    ("On 6 January 2025, an IED blast killed eight policemen and a driver in Bijapur district, Chhattisgarh.",
     "2025-01-08", "note", [(IE, "2025-01-06", IND, "Chhattisgarh", "Bijapur", "CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India", 9, (18.79387, 80.81599))]),  # GeoNames 1275700 Bijapur (city, Chhattisgarh), exact match
    ("On 3 August 2023, mobs clashed with security forces in Bishnupur district, Manipur. 2 fatalities.",
     "2023-08-05", "note", [(VD, "2023-08-03", IND, "Manipur", "Bishnupur", "Rioters (India)", "Military Forces of India", 2, (24.62845, 93.76179))]),  # GeoNames 8740324 Bishnupur (city, Manipur), exact match
    ("On 7 September 2024, militants fired rockets at a village near Jiribam, Manipur, killing an elderly man.",
     "2024-09-09", "note", [(SH, "2024-09-07", IND, "Manipur", "Jiribam", "Unidentified Armed Group (India)", "Civilians (India)", 1, (24.80427, 93.12148))]),  # GeoNames 11875582 Jiribam (city, Manipur), exact match
    ("Hundreds rally in Imphal after gunmen kill two in Churachandpur district",
     "2023-09-20", "headline", [(AT, "2023-09-20", IND, "Manipur", "Churachandpur", "Unidentified Armed Group (India)", "Civilians (India)", 2, (24.33353, 93.66999))]),  # GeoNames 1273909 Churachandpur (city, Manipur), exact match
    ("Maoists shot dead a party worker at the weekly market in Dantewada town, Chhattisgarh, on Saturday, police said.",
     "2024-02-13", "wire", [(AT, "-Sat", IND, "Chhattisgarh", "Dantewada|Dantewara", "CPI (Maoist): Communist Party of India (Maoist)", "Civilians (India)", 1, (18.88881, 81.35068))]),  # GeoNames 1273525 Dantewara (city, Chhattisgarh), exact match
    # ---- Ukraine: oblasts and spellings; a governor speaking in another city
    ("On 4 May 2024, Russian glide bombs hit Kostiantynivka, Donetsk oblast, killing three.",
     "2024-05-06", "note", [(AD, "2024-05-04", UKR, "Donetsk", "Kostiantynivka|Kostyantynivka", "Military Forces of Russia", "Civilians (Ukraine)", 3, (48.52728, 37.70594))]),  # GeoNames 705104 Kostyantynivka (city, Donetsk), exact match
    ("The governor in Kharkiv said on Monday that Russian artillery had killed two people in Kupyansk.",
     "2023-11-21", "wire", [(SH, None, UKR, "Kharkiv", "Kupyansk", "Military Forces of Russia", "Civilians (Ukraine)", 2, (49.71003, 37.61581))]),  # GeoNames 703656 Kupyansk (city, Kharkiv), exact match
    ("On 19 February 2024, Russian and Ukrainian troops fought near Orikhiv, Zaporizhzhia oblast. 5 fatalities.",
     "2024-02-21", "note", [(AC, "2024-02-19", UKR, "Zaporizhia", "Orikhiv", "Military Forces of Russia", "Military Forces of Ukraine", 5, (47.57613, 35.78333))]),  # GeoNames 698428 Orikhiv (city, Zaporizhia), exact match
    ("On 27 March 2024, drones struck the port of Izmail, Odesa oblast, damaging grain stores.",
     "2024-03-29", "note", [(AD, "2024-03-27", UKR, "Odessa", "Izmail", "Military Forces of Russia", "Civilians (Ukraine)", 0, (45.35058, 28.83751))]),  # GeoNames 707308 Izmayil (city, Odessa), variant match
    ("On 12 June 2024, Russian shells hit Marhanets across the Dnipro, Dnipropetrovsk oblast, wounding five.",
     "2024-06-14", "note", [(SH, "2024-06-12", UKR, "Dnipropetrovsk", "Marhanets", "Military Forces of Russia", "Civilians (Ukraine)", 0, (47.63088, 34.6245))]),  # GeoNames 701855 Marhanets (city, Dnipropetrovsk), exact match
]
