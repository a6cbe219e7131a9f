"""The compact rows of data/codebook/places_extra3.jsonl (written by the project): a development
set for places (issue 13 section 5) in short reports from countries other than Afghanistan,
Pakistan and Iran: villages named with their LGA, commune, cercle, territory, woreda, township,
county or municipality and their state or region ("X village, Y LGA (Z state)"), places named
only by their district, states named like countries ("Niger state", "State of Mexico"),
namesakes abroad or in another province (Palma, Segovia, Calamba, Aurangabad, Bure, Karma),
"near the border with", quarters of big cities ("Mogadishu's Hodan district", placed at the
city), provinces in their local and English spellings.

Each row: (text, pub_date, style, [events]); an event is (sub_event_type, date, country,
admin1, location, actor1, actor2, fatalities, (lat, lon) or None). admin1 is spelt as roydad's
gazetteer spells the province where it knows it (DR Congo's provinces under GeoNames' former
names: Ituri is "Eastern Province", Mai-Ndombe "Bandundu", Tanganyika "Katanga"; the
Philippines' regions). Coordinates come only from the gazetteer (GeoNames cities500), the town
matched by its exact name or a listed variant in the right country and province, as the
comment on each row says; "Label|Name" gives the gazetteer's name of a place written otherwise,
or the city a quarter lies in. Places the gazetteer lacks keep their names with no coordinates.
Build from the repository root:
python tools/build_compact.py data/codebook/places_extra3/rows.py places3 data/codebook/places_extra3.jsonl
"""
AC, AT, AB = "Armed clash", "Attack", "Abduction/forced disappearance"
SH, AD, IE, GN = "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Grenade"
NS, NV = "Non-state actor overtakes territory", "Non-violent transfer of territory"
PP, PI, VD, MV = "Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence"
LO = "Looting/property destruction"
NGA, NER, MLI, BFA, CMR, COD = "Nigeria", "Niger", "Mali", "Burkina Faso", "Cameroon", "DR Congo (Zaire)"
SDN, SSD, ETH, SOM, KEN, MOZ = "Sudan", "South Sudan", "Ethiopia", "Somalia", "Kenya", "Mozambique"
YEM, SYR, IRQ, LBN, PSE = "Yemen (North Yemen)", "Syria", "Iraq", "Lebanon", "Palestine"
MMR, PHL, IND, BGD = "Myanmar (Burma)", "Philippines", "India", "Bangladesh"
COL, MEX, BRA, HTI, UKR = "Colombia", "Mexico", "Brazil", "Haiti", "Ukraine"
TCD, CAF, BEN = "Chad", "Central African Republic", "Benin"

ERROR_CLASSES = ("place",)

ROWS = [
    # ---- Nigeria: "X village, Y LGA (Z state)", a state named like a country, a namesake town
    ("On 3 April 2024, bandits killed nine villagers in Kadisau village, Faskari LGA (Katsina state).",
     "2024-04-05", "note", [(AT, "2024-04-03", NGA, "Katsina", "Kadisau", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 9, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 19 June 2023, gunmen abducted 14 worshippers from a church in Kauru town, Kauru LGA, Kaduna state.",
     "2023-06-21", "note", [(AB, "2023-06-19", NGA, "Kaduna", "Kauru", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 0, (10.57601, 8.15096))]),  # GeoNames 2334747 Kauru (city, Kaduna), exact match
    ("On 11 January 2024, suspected herders attacked Mushu village in Bokkos LGA of Plateau state, killing 17 people.",
     "2024-01-13", "note", [(AT, "2024-01-11", NGA, "Plateau", "Mushu", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", 17, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 8 September 2023, troops clashed with bandits near Erena in Shiroro LGA, Niger state. 12 fatalities.",
     "2023-09-10", "note", [(AC, "2023-09-08", NGA, "Niger", "Erena", "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)", 12, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 25 July 2023, ISWAP fighters ambushed a military convoy near Sabon Gari, Damboa LGA (Borno). Four soldiers were killed.",
     "2023-07-27", "note", [(AC, "2023-07-25", NGA, "Borno", "Sabon Gari", "ISWAP: Islamic State West Africa Province", "Military Forces of Nigeria", 4, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("KANO, Nigeria (Reuters) - Gunmen shot dead a village head in Tsafe, a town in northwestern Zamfara state, on Tuesday, police said.",
     "2023-11-16", "wire", [(AT, "-Tue", NGA, "Zamfara", "Tsafe", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 1, (11.95775, 6.92083))]),  # GeoNames 2346199 Tsafe (city, Zamfara), exact match
    ("On 2 February 2024, gunmen stormed the divisional police headquarters in Ihiala, Anambra state, and killed two officers.",
     "2024-02-04", "note", [(AC, "2024-02-02", NGA, "Anambra", "Ihiala", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria", 2, (5.85475, 6.85944))]),  # GeoNames 2338497 Ihiala (city, Anambra), exact match
    ("On 14 May 2023, suspected separatist gunmen killed four people in Orsu LGA of Imo state.",
     "2023-05-16", "note", [(AT, "2023-05-14", NGA, "Imo", "Orsu", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 4, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("Bandits kill 11 in raid on Sokoto's Sabon Birni",
     "2023-08-22", "headline", [(AT, "2023-08-22", NGA, "Sokoto", "Sabon Birni", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 11, (13.56387, 6.32355))]),  # GeoNames 2324178 Sabon Birni (city, Sokoto), exact match
    ("On 3 December 2023, a military drone strike meant for bandits hit a religious gathering in Tudun Biri village, Igabi LGA, Kaduna state, killing 85 civilians.",
     "2023-12-05", "note", [(AD, "2023-12-03", NGA, "Kaduna", "Tudun Biri", "Military Forces of Nigeria", "Civilians (Nigeria)", 85, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 12 March 2024, police fired tear gas at residents protesting food prices in Minna, the capital of Niger state.",
     "2024-03-14", "note", [(PI, "2024-03-12", NGA, "Niger", "Minna", "Protesters (Nigeria)", "Police Forces of Nigeria", None, (9.61524, 6.54776))]),  # GeoNames 2330100 Minna (city, Niger), exact match
    ("On 22 April 2024, ISWAP fighters raided Geidam town in Yobe state and fought soldiers for two hours. 5 fatalities.",
     "2024-04-24", "note", [(AC, "2024-04-22", NGA, "Yobe", "Geidam", "ISWAP: Islamic State West Africa Province", "Military Forces of Nigeria", 5, (12.89439, 11.92649))]),  # GeoNames 2341294 Geidam (city, Yobe), exact match
    ("On 6 October 2023, Boko Haram militants killed five fishermen near Dumba, on the Lake Chad shore of Kukawa LGA, Borno.",
     "2023-10-08", "note", [(AT, "2023-10-06", NGA, "Borno", "Dumba", "Boko Haram - JAS", "Civilians (Nigeria)", 5, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Niger: departments and communes, the border with Burkina Faso and with Nigeria
    ("On 9 January 2024, gunmen on motorcycles killed six villagers in Tillia department, Tahoua region.",
     "2024-01-11", "note", [(AT, "2024-01-09", NER, "Tahoua", "Tillia", "Islamic State Sahel Province", "Civilians (Niger)", 6, (16.12333, 4.78972))]),  # GeoNames 2438675 Tillia (city, Tahoua), exact match
    ("On 27 June 2023, Boko Haram fighters abducted eight women in the commune of Gueskerou, Diffa region.",
     "2023-06-29", "note", [(AB, "2023-06-27", NER, "Diffa", "Gueskerou", "Boko Haram - JAS", "Civilians (Niger)", 0, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 10 December 2023, militants killed 11 civilians in Petelkole, a village of Tera department near the border with Burkina Faso.",
     "2023-12-12", "note", [(AT, "2023-12-10", NER, "Tillaberi", "Petelkole", "Islamic State Sahel Province", "Civilians (Niger)", 11, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("Gunmen kill village chief in Guidan Roumdji, near Niger's border with Nigeria",
     "2023-05-30", "headline", [(AT, "2023-05-30", NER, "Maradi", "Guidan Roumdji", "Unidentified Armed Group (Niger)", "Civilians (Niger)", 1, (13.6576, 6.69567))]),  # GeoNames 2443623 Guidan Roumdji (city, Maradi), exact match
    ("NIAMEY (AFP) - Several thousand people rallied in Niamey's Yantala district on Sunday to demand the departure of foreign troops, and dispersed without incident.",
     "2023-09-05", "wire", [(PP, "-Sun", NER, "Niamey", "Yantala|Niamey", "Protesters (Niger)", None, None, (13.51366, 2.1098))]),  # GeoNames 2440485 Niamey (city, Niamey), exact match
    # ---- Mali: cercles and communes
    ("On 17 July 2023, soldiers and Wagner personnel killed 12 civilians in Dogofry, Niono cercle (Segou).",
     "2023-07-19", "note", [(AT, "2023-07-17", MLI, "Segou", "Dogofry", "Military Forces of Mali", "Civilians (Mali)", 12, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 5 September 2023, JNIM fighters attacked the army camp at Bamba in Bourem cercle, Gao region. 10 fatalities.",
     "2023-09-07", "note", [(AC, "2023-09-05", MLI, "Gao", "Bamba", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", 10, None)]),  # GeoNames' Bamba under Gao's code lies at 10.38 N 7.15 W, in Sikasso: not this town
    ("On 22 February 2024, Dozo militiamen killed seven Fulani herders near Dinangourou, Koro cercle (Mopti region).",
     "2024-02-24", "note", [(AT, "2024-02-22", MLI, "Mopti", "Dinangourou", "Dozo Communal Militia (Mali)", "Civilians (Mali)", 7, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 30 October 2023, armed forces drones struck a gathering of CSP fighters in Aguelhok, Tessalit cercle, Kidal region, killing four.",
     "2023-11-01", "note", [(AD, "2023-10-30", MLI, "Kidal", "Aguelhok", "Military Forces of Mali", "CSP-PSD", 4, (19.46139, 0.85889))]),  # GeoNames 2461247 Aguelhok (city, Kidal), exact match
    ("On 1 April 2024, JNIM militants abducted the village chief of Sokolo, in Niono cercle of the Segou region.",
     "2024-04-03", "note", [(AB, "2024-04-01", MLI, "Segou", "Sokolo", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)", 0, (14.7328, -6.1219))]),  # GeoNames 2450849 Sokolo (city, Segou), exact match
    ("On 3 March 2024, suspected JNIM militants killed four traders on the road out of Goundam (Tombouctou region).",
     "2024-03-05", "note", [(AT, "2024-03-03", MLI, "Tombouctou", "Goundam", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)", 4, (16.41453, -3.67075))]),  # GeoNames 2456917 Goundam (city, Tombouctou), exact match
    ("On 14 August 2023, Islamic State Sahel fighters killed eight civilians in the commune of Anderamboukane (Menaka region).",
     "2023-08-16", "note", [(AT, "2023-08-14", MLI, "Menaka", "Anderamboukane", "Islamic State Sahel Province", "Civilians (Mali)", 8, (15.4275, 3.0175))]),  # GeoNames 2461034 Anderanboukan (city, Menaka), variant match
    # ---- Burkina Faso: provinces and regions, a namesake village in Niger
    ("On 11 June 2023, JNIM fighters attacked a gendarmerie post in Tougan, Sourou province (Boucle du Mouhoun region). 6 fatalities.",
     "2023-06-13", "note", [(AC, "2023-06-11", BFA, "Boucle du Mouhoun", "Tougan", "JNIM: Group for Support of Islam and Muslims", "Gendarmerie of Burkina Faso", 6, (13.07237, -3.06939))]),  # GeoNames 2354176 Tougan (city, Boucle du Mouhoun), exact match
    ("On 25 February 2024, JNIM militants overran the army detachment at Natiaboani in Gourma province, Est region. 20 fatalities.",
     "2024-02-27", "note", [(AC, "2024-02-25", BFA, "Est", "Natiaboani", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso", 20, (11.69917, 0.50611))]),  # GeoNames 2357487 Natiaboani (city, Est), exact match
    ("On 20 April 2023, men in army uniforms killed dozens of villagers in Karma, a village of Yatenga province in the Nord region.",
     "2023-04-22", "note", [(AT, "2023-04-20", BFA, "Nord", "Karma", "Military Forces of Burkina Faso", "Civilians (Burkina Faso)", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 3 August 2023, VDP auxiliaries clashed with JNIM fighters in Barsalogho department (Sanmatenga province, Centre-Nord). 9 fatalities.",
     "2023-08-05", "note", [(AC, "2023-08-03", BFA, "Centre-Nord", "Barsalogho", "VDP: Volunteers for the Defense of the Homeland", "JNIM: Group for Support of Islam and Muslims", 9, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("Militants ambush supply convoy near Solenzo in western Burkina Faso's Banwa province",
     "2023-10-18", "headline", [(AC, "2023-10-18", BFA, "Boucle du Mouhoun", "Solenzo", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso", None, (12.17423, -4.08477))]),  # GeoNames 2355404 Solenzo (city, Boucle du Mouhoun), exact match
    ("Seven killed as gunmen storm market in Sebba, Yagha province",
     "2023-03-09", "headline", [(AT, "2023-03-09", BFA, "Sahel", "Sebba", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", 7, (13.43641, 0.53044))]),  # GeoNames 2355803 Sebba (city, Sahel), exact match
    # ---- Cameroon: departments and divisions, a city quarter
    ("On 5 May 2023, Boko Haram fighters killed three civilians in Kolofata (Mayo-Sava department, Far North region).",
     "2023-05-07", "note", [(AT, "2023-05-05", CMR, "Far North", "Kolofata", "Boko Haram - JAS", "Civilians (Cameroon)", 3, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 12 July 2023, Ambazonian separatists kidnapped a school principal in Kumbo, Bui division (North-West).",
     "2023-07-14", "note", [(AB, "2023-07-12", CMR, "North-West Province", "Kumbo", "Ambazonian Separatists", "Civilians (Cameroon)", 0, (6.2, 10.66667))]),  # GeoNames 2229748 Kumbo (city, North-West Province), exact match
    ("On 20 September 2023, soldiers clashed with separatist fighters in Muyuka, Fako division, South-West region. 3 fatalities.",
     "2023-09-22", "note", [(AC, "2023-09-20", CMR, "South-West Province", "Muyuka", "Military Forces of Cameroon", "Ambazonian Separatists", 3, (4.2898, 9.4103))]),  # GeoNames 2225726 Muyuka (city, South-West Province), exact match
    ("On 18 March 2024, separatist fighters set fire to a government school in the Nkwen neighbourhood of Bamenda.",
     "2024-03-20", "note", [(LO, "2024-03-18", CMR, "North-West Province", "Nkwen|Bamenda", "Ambazonian Separatists", "Civilians (Cameroon)", None, (5.9597, 10.14597))]),  # GeoNames 2234974 Bamenda (city, North-West Province), exact match
    # ---- DR Congo: territories, provinces GeoNames names by their former province
    ("On 12 June 2023, CODECO militiamen attacked the Lala displacement site in Djugu territory, Ituri province, killing 46 people.",
     "2023-06-14", "note", [(AT, "2023-06-12", COD, "Eastern Province", "Lala", "CODECO: Cooperative for Development of Congo", "Civilians (Democratic Republic of Congo)", 46, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 15 January 2023, a bomb went off in a church in Kasindi, a town in Beni territory near the border with Uganda, killing 14 worshippers.",
     "2023-01-17", "note", [(IE, "2023-01-15", COD, "Nord Kivu", "Kasindi", "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", 14, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 26 January 2024, M23 rebels and the FARDC fought around Mweso in Masisi territory (North Kivu). 8 fatalities.",
     "2024-01-28", "note", [(AC, "2024-01-26", COD, "Nord Kivu", "Mweso", "M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo", 8, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 5 April 2023, Mai-Mai fighters clashed with the FARDC near Fizi, in the territory of the same name (South Kivu). 4 fatalities.",
     "2023-04-07", "note", [(AC, "2023-04-05", COD, "South Kivu", "Fizi", "Mai-Mai Militia", "Military Forces of the Democratic Republic of Congo", 4, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 9 July 2023, Mobondo militiamen killed nine villagers in Kwamouth territory, Mai-Ndombe province.",
     "2023-07-11", "note", [(AT, "2023-07-09", COD, "Bandundu", "Kwamouth", "Mobondo Militia", "Civilians (Democratic Republic of Congo)", 9, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("KINSHASA (Reuters) - Police fired tear gas at opposition supporters gathered in Kinshasa's Limete commune on Saturday, witnesses said.",
     "2023-05-22", "wire", [(PI, "-Sat", COD, "Kinshasa", "Limete|Kinshasa", "Protesters (Democratic Republic of Congo)", "Police Forces of the Democratic Republic of Congo", None, (-4.32758, 15.31357))]),  # GeoNames 2314302 Kinshasa (city, Kinshasa), exact match
    ("On 4 August 2023, Twa militiamen killed four villagers near Nyunzu, Tanganyika province.",
     "2023-08-06", "note", [(AT, "2023-08-04", COD, "Katanga", "Nyunzu", "Twa Ethnic Militia (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", 4, (-5.95609, 28.01649))]),  # GeoNames 206847 Nyunzu (city, Katanga), exact match
    # ---- Sudan: localities, a suburb, provinces with Arabic and English names
    ("On 4 November 2023, RSF fighters killed dozens of Masalit civilians in Ardamata, on the edge of El Geneina (West Darfur).",
     "2023-11-06", "note", [(AT, "2023-11-04", SDN, "Western Darfur", "Ardamata", "RSF: Rapid Support Forces", "Civilians (Sudan)", None, (13.47546, 22.48531))]),  # GeoNames 13132452 Ardamata (city, Western Darfur), exact match
    ("On 9 May 2024, SAF aircraft bombed a market in Kabkabiya (North Darfur), killing 15 people.",
     "2024-05-11", "note", [(AD, "2024-05-09", SDN, "Northern Darfur", "Kabkabiya|Kabkabiyah", "Military Forces of Sudan", "Civilians (Sudan)", 15, (13.65, 24.08333))]),  # GeoNames 373198 Kabkabiyah (city, Northern Darfur), exact match
    ("On 20 December 2023, RSF fighters entered Hasaheisa in Gezira state unopposed after army troops withdrew.",
     "2023-12-22", "note", [(NV, "2023-12-20", SDN, "Al Jazirah", "Hasaheisa|Al Hasaheisa", "RSF: Rapid Support Forces", "Military Forces of Sudan", None, (14.75264, 33.29836))]),  # GeoNames 379427 Al Hasaheisa (city, Al Jazirah), exact match
    ("On 27 April 2024, SAF and RSF forces clashed in El Fula, the capital of West Kordofan. 11 fatalities.",
     "2024-04-29", "note", [(AC, "2024-04-27", SDN, "West Kordofan", "El Fula", "Military Forces of Sudan", "RSF: Rapid Support Forces", 11, (11.71195, 28.3462))]),  # GeoNames 11003055 Al-Fulah (city, West Kordofan), variant match
    ("On 2 January 2024, RSF shells hit the Karari locality of Omdurman, killing five civilians.",
     "2024-01-04", "note", [(SH, "2024-01-02", SDN, "Khartoum", "Karari|Omdurman", "RSF: Rapid Support Forces", "Civilians (Sudan)", 5, (15.64453, 32.47773))]),  # GeoNames 365137 Omdurman (city, Khartoum), exact match
    ("On 15 July 2023, SPLM-N (al-Hilu) fighters clashed with the army near Dilling, South Kordofan. 7 fatalities.",
     "2023-07-17", "note", [(AC, "2023-07-15", SDN, "Southern Kordofan", "Dilling", "SPLM-N: Sudan People's Liberation Movement-North", "Military Forces of Sudan", 7, (12.05, 29.65))]),  # GeoNames 376450 Dilling (city, Southern Kordofan), exact match
    ("RSF seizes Singa, capital of Sudan's Sennar state",
     "2024-06-30", "headline", [(NS, "2024-06-30", SDN, "Sennar", "Singa", "RSF: Rapid Support Forces", "Military Forces of Sudan", None, (13.1483, 33.93117))]),  # GeoNames 366847 Singa (city, Sennar), exact match
    ("On 11 August 2023, the RSF shelled a residential area of El Obeid, North Kordofan, killing three civilians.",
     "2023-08-13", "note", [(SH, "2023-08-11", SDN, "Shamal Kurdufan", "El Obeid", "RSF: Rapid Support Forces", "Civilians (Sudan)", 3, (13.18421, 30.21669))]),  # GeoNames 379003 El Obeid (city, Shamal Kurdufan), exact match
    # ---- South Sudan: counties
    ("On 7 March 2024, armed youths raided cattle camps near Pibor town (Jonglei), killing nine herders.",
     "2024-03-09", "note", [(AT, "2024-03-07", SSD, "Jonglei", "Pibor", "Unidentified Communal Militia (South Sudan)", "Civilians (South Sudan)", 9, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 4 March 2024, SSPDF troops and White Army fighters clashed in Nasir county, Upper Nile state. 12 fatalities.",
     "2024-03-06", "note", [(AC, "2024-03-04", SSD, "Upper Nile", "Nasir", "Military Forces of South Sudan", "White Army", 12, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 20 May 2023, gunmen killed three aid workers on the Yei-Morobo road, outside Yei (Central Equatoria).",
     "2023-05-22", "note", [(AT, "2023-05-20", SSD, "Central Equatoria", "Yei", "Unidentified Armed Group (South Sudan)", "Civilians (South Sudan)", 3, (4.09444, 30.67639))]),  # GeoNames 363619 Yei (city, Central Equatoria), exact match
    # ---- Ethiopia: zones and woredas, a namesake town in another region
    ("On 14 August 2023, Fano militiamen clashed with ENDF troops in Debre Tabor, South Gondar zone (Amhara region). 10 fatalities.",
     "2023-08-16", "note", [(AC, "2023-08-14", ETH, "Amhara", "Debre Tabor", "Fano Militia", "Military Forces of Ethiopia", 10, (11.85, 38.01667))]),  # GeoNames 339686 Debre Tabor (city, Amhara), exact match
    ("On 20 June 2023, OLA fighters killed seven civilians in Gida Kiremu woreda, East Welega zone (Oromia).",
     "2023-06-22", "note", [(AT, "2023-06-20", ETH, "Oromiya", "Gida Kiremu", "OLA: Oromo Liberation Army", "Civilians (Ethiopia)", 7, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 26 October 2023, a drone strike hit a minibus near Bure in West Gojjam zone, killing six passengers.",
     "2023-10-28", "note", [(AD, "2023-10-26", ETH, "Amhara", "Bure", "Military Forces of Ethiopia", "Civilians (Ethiopia)", 6, (10.7, 37.06667))]),  # GeoNames 341397 Bure (city, Amhara), exact match
    ("On 16 March 2024, unidentified gunmen abducted 20 students in Shewa Robit, North Shewa zone (Amhara).",
     "2024-03-18", "note", [(AB, "2024-03-16", ETH, "Amhara", "Shewa Robit", "Unidentified Armed Group (Ethiopia)", "Civilians (Ethiopia)", 0, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 5 February 2024, gunmen killed four farmers in Bulen woreda, Metekel zone (Benishangul-Gumuz).",
     "2024-02-07", "note", [(AT, "2024-02-05", ETH, "Binshangul Gumuz", "Bulen", "Unidentified Armed Group (Ethiopia)", "Civilians (Ethiopia)", 4, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Somalia: districts of Mogadishu, regions in Somali and English spellings
    ("On 3 May 2023, a grenade thrown at a tea shop in Mogadishu's Hodan district wounded four people.",
     "2023-05-05", "note", [(GN, "2023-05-03", SOM, "Banaadir", "Hodan|Mogadishu", "Al Shabaab", "Civilians (Somalia)", 0, (2.03711, 45.34375))]),  # GeoNames 53654 Mogadishu (city, Banaadir), exact match
    ("On 10 September 2023, SNA troops and clan militiamen clashed with al Shabaab near El Bur (Galgaduud region). 14 fatalities.",
     "2023-09-12", "note", [(AC, "2023-09-10", SOM, "Galguduud", "El Bur", "Military Forces of Somalia", "Al Shabaab", 14, (4.68501, 46.6176))]),  # GeoNames 62821 Ceelbuur (city, Galguduud), variant match
    ("On 30 January 2024, a roadside bomb hit an AU convoy near Qoryoley, Lower Shabelle, killing two soldiers.",
     "2024-01-31", "note", [(IE, "2024-01-30", SOM, "Lower Shabeelle", "Qoryoley|Qoryooley", "Al Shabaab", "ATMIS: African Union Transition Mission in Somalia", 2, (1.78784, 44.52999))]),  # GeoNames 52867 Qoryooley (city, Lower Shabeelle), exact match
    ("On 21 June 2023, al Shabaab fighters shot dead three men accused of spying in Bardhere, Gedo region.",
     "2023-06-23", "note", [(AT, "2023-06-21", SOM, "Gedo", "Bardhere|Baardheere", "Al Shabaab", "Civilians (Somalia)", 3, (2.34464, 42.27644))]),  # GeoNames 65170 Baardheere (city, Gedo), exact match
    ("On 6 February 2023, Somaliland troops and SSC-Khatumo militiamen fought on the outskirts of Las Anod (Sool). 20 fatalities.",
     "2023-02-08", "note", [(AC, "2023-02-06", SOM, "Sool", "Las Anod", "Military Forces of Somaliland", "SSC-Khatumo", 20, (8.47738, 47.35971))]),  # GeoNames 400769 Laascaanood (city, Sool), variant match
    ("On 8 July 2023, al Shabaab militants abducted six elders in Dinsoor district, Bay region.",
     "2023-07-10", "note", [(AB, "2023-07-08", SOM, "Bay", "Dinsoor", "Al Shabaab", "Civilians (Somalia)", 0, (2.4085, 42.9771))]),  # GeoNames 60809 Diinsoor (city, Bay), variant match
    # ---- Kenya: counties, a Nairobi area
    ("On 5 January 2024, suspected al Shabaab militants killed three people in Mpeketoni, Lamu county.",
     "2024-01-07", "note", [(AT, "2024-01-05", KEN, "Lamu", "Mpeketoni", "Al Shabaab", "Civilians (Kenya)", 3, (-2.38913, 40.69812))]),  # GeoNames 10340477 Mpeketoni (city, Lamu), exact match
    ("On 9 October 2023, Borana and Gabra militiamen exchanged fire in Marsabit town, leaving two dead.",
     "2023-10-11", "note", [(AC, "2023-10-09", KEN, "Marsabit", "Marsabit", "Borana Ethnic Militia (Kenya)", "Gabra Ethnic Militia (Kenya)", 2, (2.33468, 37.99086))]),  # GeoNames 187585 Marsabit (city, Marsabit), exact match
    ("NAIROBI (Reuters) - Police fired tear gas at stone-throwing protesters in the Kibera area of Nairobi on Wednesday, as anger over tax rises spread.",
     "2024-06-28", "wire", [(VD, "-Wed", KEN, "Nairobi City", "Kibera|Nairobi", "Rioters (Kenya)", "Police Forces of Kenya", None, (-1.28333, 36.81667))]),  # GeoNames 184745 Nairobi (city, Nairobi City), exact match
    # ---- Mozambique: districts, a namesake of a Spanish city
    ("On 10 February 2024, Islamic State fighters killed three civilians in Mazeze, Chiure district (Cabo Delgado).",
     "2024-02-12", "note", [(AT, "2024-02-10", MOZ, "Cabo Delgado", "Mazeze", "Islamic State Mozambique Province", "Civilians (Mozambique)", 3, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("Insurgents storm Palma in northern Mozambique, fighting with troops",
     "2021-03-25", "headline", [(AC, "2021-03-25", MOZ, "Cabo Delgado", "Palma", "Islamic State Mozambique Province", "Military Forces of Mozambique", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 11 May 2024, insurgents overran Macomia town (Macomia district, Cabo Delgado) and looted shops before withdrawing.",
     "2024-05-13", "note", [(NS, "2024-05-11", MOZ, "Cabo Delgado", "Macomia", "Islamic State Mozambique Province", "Military Forces of Mozambique", None, (-12.24667, 40.12083))]),  # GeoNames 1042456 Macomia (city, Cabo Delgado), exact match
    ("On 19 September 2022, insurgents beheaded two men near Namapa, the seat of Erati district (Nampula province).",
     "2022-09-21", "note", [(AT, "2022-09-19", MOZ, "Nampula", "Namapa", "Islamic State Mozambique Province", "Civilians (Mozambique)", 2, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Yemen: districts, a governorate in several spellings, a border named that is not the place
    ("On 4 June 2023, a Houthi sniper shot dead a boy in al-Qahira district of Taiz city.",
     "2023-06-06", "note", [(AT, "2023-06-04", YEM, "Taizz", "Taiz", "Houthis: Ansar Allah", "Civilians (Yemen)", 1, (13.57952, 44.02091))]),  # GeoNames 70225 Taiz (city, Taizz), exact match
    ("On 19 August 2023, AQAP militants attacked STC forces in Mudiyah district (Abyan). 5 fatalities.",
     "2023-08-21", "note", [(AC, "2023-08-19", YEM, "Abyan", "Mudiyah", "AQAP: Al Qaeda in the Arabian Peninsula", "STC: Southern Transitional Council", 5, (13.9284, 46.08254))]),  # GeoNames 72557 Mudiyah (city, Abyan), exact match
    ("On 26 January 2024, Houthi shelling hit a village in Maqbanah district, west of Taiz, killing a woman.",
     "2024-01-28", "note", [(SH, "2024-01-26", YEM, "Taizz", "Maqbanah", "Houthis: Ansar Allah", "Civilians (Yemen)", 1, (13.66394, 43.6873))]),  # GeoNames 407716 Maqbanah (city, Taizz), exact match
    ("On 7 March 2024, Houthi and government forces clashed in Harib district, Marib governorate. 6 fatalities.",
     "2024-03-09", "note", [(AC, "2024-03-07", YEM, "Marib", "Harib", "Houthis: Ansar Allah", "Military Forces of Yemen", 6, (14.93156, 45.50356))]),  # GeoNames 75133 Harib (city, Marib), exact match
    ("On 12 October 2023, Saudi artillery shelled Monabbih district of Saada governorate, near the border with Saudi Arabia, wounding four migrants.",
     "2023-10-14", "note", [(SH, "2023-10-12", YEM, "Sadah", "Monabbih", "Military Forces of Saudi Arabia", "Civilians (Yemen)", 0, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Syria: countryside of a city, quarters, spellings
    ("On 25 October 2023, Turkish drones struck a power station near Qamishli (Hasakah governorate).",
     "2023-10-27", "note", [(AD, "2023-10-25", SYR, "Al-Hasakah", "Qamishli|Al Qamishli", "Military Forces of Turkey", "Civilians (Syria)", 0, (37.05215, 41.23142))]),  # GeoNames 173377 Al Qamishli (city, Al-Hasakah), exact match
    ("On 4 January 2024, a car bomb exploded in Jarablus, in the northern countryside of Aleppo, killing four people.",
     "2024-01-06", "note", [(IE, "2024-01-04", SYR, "Aleppo", "Jarablus", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 4, (36.8175, 38.01111))]),  # GeoNames 169179 Jarabulus (city, Aleppo), variant match
    ("On 10 May 2023, regime forces shelled al-Atarib in the western Aleppo countryside, wounding two children.",
     "2023-05-12", "note", [(SH, "2023-05-10", SYR, "Aleppo", "Al-Atarib", "Military Forces of Syria", "Civilians (Syria)", 0, (36.13907, 36.82504))]),  # GeoNames 174030 Al Atarib (city, Aleppo), exact match
    ("On 15 February 2024, gunmen shot dead a former rebel commander in Jasim town, in the Daraa countryside.",
     "2024-02-17", "note", [(AT, "2024-02-15", SYR, "Daraa", "Jasim", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 1, (32.99125, 36.06093))]),  # GeoNames 165997 Jasim (city, Daraa), exact match
    ("On 16 February 2024, Islamic State fighters ambushed truffle hunters in the desert near al-Sukhnah, east of Palmyra (Homs). 11 fatalities.",
     "2024-02-18", "note", [(AT, "2024-02-16", SYR, "Homs", "Al-Sukhnah|As Sukhnah", "Islamic State", "Civilians (Syria)", 11, (34.88533, 38.8711))]),  # GeoNames 172425 As Sukhnah (city, Homs), exact match
    ("On 7 April 2024, shells fell on Aleppo's Sheikh Maqsoud neighbourhood, wounding three residents.",
     "2024-04-09", "note", [(SH, "2024-04-07", SYR, "Aleppo", "Sheikh Maqsoud|Aleppo", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 0, (36.20124, 37.16117))]),  # GeoNames 170063 Aleppo (city, Aleppo), exact match
    ("On 29 August 2023, Arab tribal fighters and the SDF clashed in al-Shuhayl, in the eastern countryside of Deir ez-Zor. 9 fatalities.",
     "2023-08-31", "note", [(AC, "2023-08-29", SYR, "Deir ez-Zor", "Al-Shuhayl|Ash Shuhayl", "Arab Tribal Militia (Syria)", "SDF: Syrian Democratic Forces", 9, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Iraq: districts, areas of Baghdad and Basra
    ("On 21 March 2023, a roadside bomb hit a pickup near Jalawla, Diyala, killing two farmers.",
     "2023-03-23", "note", [(IE, "2023-03-21", IRQ, "Diyala", "Jalawla", "Islamic State (Iraq)", "Civilians (Iraq)", 2, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 13 November 2023, an Islamic State cell killed two shepherds in the desert near Rutba, in western Anbar.",
     "2023-11-15", "note", [(AT, "2023-11-13", IRQ, "Anbar", "Rutba", "Islamic State (Iraq)", "Civilians (Iraq)", 2, (33.03718, 40.28586))]),  # GeoNames 98677 Ar Rutbah (city, Anbar), variant match
    ("On 24 May 2024, Turkish aircraft struck PKK positions in the Amedi district of Duhok province.",
     "2024-05-26", "note", [(AD, "2024-05-24", IRQ, "Duhok", "Amedi", "Military Forces of Turkey", "PKK: Kurdistan Workers Party", None, (37.09214, 43.48769))]),  # GeoNames 99611 Al Amadiyah (city, Duhok), variant match
    ("On 7 February 2024, a US drone strike killed a Kataib Hezbollah commander in a car in the Mashtal area of eastern Baghdad.",
     "2024-02-09", "note", [(AD, "2024-02-07", IRQ, "Baghdad", "Mashtal|Baghdad", "Military Forces of the United States", "Kataib Hezbollah", 1, (33.34058, 44.40088))]),  # GeoNames 98182 Baghdad (city, Baghdad), exact match
    ("On 12 May 2023, gunmen shot dead a lawyer in the Hayaniya district of Basra.",
     "2023-05-14", "note", [(AT, "2023-05-12", IRQ, "Basra", "Hayaniya|Basra", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", 1, (30.50852, 47.7804))]),  # GeoNames 99532 Basrah (city, Basra), variant match
    # ---- Lebanon: districts of the south, Beirut's southern suburbs (Mount Lebanon)
    ("On 8 December 2023, an Israeli strike killed two people in Aitaroun, Bint Jbeil district.",
     "2023-12-10", "note", [(AD, "2023-12-08", LBN, "Nabatiye", "Aitaroun", "Military Forces of Israel", "Civilians (Lebanon)", 2, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 2 January 2024, an Israeli drone strike on an office in Haret Hreik, in Beirut's southern suburbs, killed a senior Hamas official and six others.",
     "2024-01-04", "note", [(AD, "2024-01-02", LBN, "Mont-Liban", "Haret Hreik", "Military Forces of Israel", "Hamas", 7, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 17 October 2023, Israeli artillery shelled the outskirts of Kfar Kila in Marjayoun district.",
     "2023-10-19", "note", [(SH, "2023-10-17", LBN, "Nabatiye", "Kfar Kila", "Military Forces of Israel", "Hezbollah", None, (33.27734, 35.55197))]),  # GeoNames 272849 Kfar Kila (city, Nabatiye), exact match
    ("On 20 November 2023, an Israeli drone hit a car on a road near Tyre, killing two Hezbollah members.",
     "2023-11-22", "note", [(AD, "2023-11-20", LBN, "Liban-Sud", "Tyre", "Military Forces of Israel", "Hezbollah", 2, (33.27333, 35.19389))]),  # GeoNames 267008 Tyre (city, Liban-Sud), exact match
    ("On 4 July 2023, two families fought with rifles in Fnaideq (Akkar), leaving three dead.",
     "2023-07-06", "note", [(AC, "2023-07-04", LBN, "Akkar", "Fnaideq", "Unidentified Clan Militia (Lebanon)", "Unidentified Clan Militia (Lebanon)", 3, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Palestine: camps and villages named by their city
    ("On 23 January 2024, Israeli forces raided the Nur Shams refugee camp near Tulkarm and killed two young men.",
     "2024-01-25", "note", [(AC, "2024-01-23", PSE, "West Bank", "Nur Shams|Tulkarm", "Military Forces of Israel", "Unidentified Armed Group (Palestine)", 2, (32.31156, 35.0269))]),  # GeoNames 281577 Tulkarm (city, West Bank), exact match
    ("On 13 October 2023, Israeli air strikes hit homes in Beit Lahia, in the northern Gaza Strip, killing 12 people.",
     "2023-10-15", "note", [(AD, "2023-10-13", PSE, "Gaza", "Beit Lahia", "Military Forces of Israel", "Civilians (Palestine)", 12, (31.5464, 34.49514))]),  # GeoNames 281145 Bayt Lahya (city, Gaza), variant match
    ("On 6 June 2023, Israeli settlers attacked Palestinian farmers near Turmus Ayya, northeast of Ramallah, wounding three.",
     "2023-06-08", "note", [(AT, "2023-06-06", PSE, "West Bank", "Turmus Ayya", "Israeli Settlers", "Civilians (Palestine)", 0, (32.03538, 35.28564))]),  # GeoNames 281560 Turmusayya (city, West Bank), variant match
    # ---- Myanmar: townships, states, a camp near a town
    ("On 9 October 2023, a junta artillery strike hit the Mung Lai Hkyet displacement camp near Laiza (Kachin state), killing 29.",
     "2023-10-11", "note", [(SH, "2023-10-09", MMR, "Kachin", "Mung Lai Hkyet", "Military Forces of Myanmar", "Civilians (Myanmar)", 29, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 12 November 2023, resistance fighters clashed with junta troops in Loikaw, Kayah state. 9 fatalities.",
     "2023-11-14", "note", [(AC, "2023-11-12", MMR, "Kayah", "Loikaw", "KNDF: Karenni Nationalities Defense Force", "Military Forces of Myanmar", 9, (19.67798, 97.20975))]),  # GeoNames 1313479 Loikaw (city, Kayah), exact match
    ("On 2 February 2024, the Arakan Army took control of Kyauktaw town in Rakhine state after days of fighting.",
     "2024-02-04", "note", [(NS, "2024-02-02", MMR, "Rakhine", "Kyauktaw", "AA: Arakan Army", "Military Forces of Myanmar", None, (20.84468, 92.97527))]),  # GeoNames 1316499 Kyauktaw (city, Rakhine), exact match
    ("On 20 April 2024, Karen fighters attacked junta positions near Myawaddy, a township on the border with Thailand. 5 fatalities.",
     "2024-04-22", "note", [(AC, "2024-04-20", MMR, "Kayin", "Myawaddy", "KNLA: Karen National Liberation Army", "Military Forces of Myanmar", 5, (16.68911, 98.50893))]),  # GeoNames 1308052 Myawaddy (city, Kayin), exact match
    ("On 14 March 2024, junta jets bombed Matupi town in southern Chin state, killing four civilians.",
     "2024-03-16", "note", [(AD, "2024-03-14", MMR, "Chin", "Matupi", "Military Forces of Myanmar", "Civilians (Myanmar)", 4, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 6 June 2023, junta troops burned houses in Kani township, Sagaing region.",
     "2023-06-08", "note", [(LO, "2023-06-06", MMR, "Sagaing", "Kani", "Military Forces of Myanmar", "Civilians (Myanmar)", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Philippines: municipalities and provinces (admin1 is the region), namesakes
    ("On 18 February 2024, NPA rebels clashed with soldiers in a village of Guihulngan City, Negros Oriental. 2 fatalities.",
     "2024-02-20", "note", [(AC, "2024-02-18", PHL, "Central Visayas", "Guihulngan", "NPA: New People's Army", "Military Forces of the Philippines", 2, (10.11947, 123.27287))]),  # GeoNames 1712520 Guihulngan (city, Central Visayas), exact match
    ("On 5 May 2023, soldiers clashed with Dawlah Islamiyah militants in Piagapo, Lanao del Sur. 4 fatalities.",
     "2023-05-07", "note", [(AC, "2023-05-05", PHL, "Autonomous Region in Muslim Mindanao", "Piagapo", "Military Forces of the Philippines", "Dawlah Islamiyah", 4, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 9 June 2023, a landmine planted by suspected NPA rebels wounded three soldiers in Barangay San Isidro, Donsol, Sorsogon.",
     "2023-06-11", "note", [(IE, "2023-06-09", PHL, "Bicol", "Donsol", "NPA: New People's Army", "Military Forces of the Philippines", 0, (12.9055, 123.5949))]),  # GeoNames 1714410 Donsol (city, Bicol), exact match
    ("On 14 August 2023, gunmen shot dead a radio broadcaster outside his home in Calamba, Misamis Occidental.",
     "2023-08-16", "note", [(AT, "2023-08-14", PHL, "Northern Mindanao", "Calamba", "Unidentified Armed Group (Philippines)", "Civilians (Philippines)", 1, (8.5587, 123.6425))]),  # GeoNames 1720684 Calamba (city, Northern Mindanao), exact match
    # ---- India: districts that share names with districts of other states
    ("On 6 March 2024, Maoists killed a villager they accused of informing for the police in the Gangaloor area of Bijapur district, Chhattisgarh.",
     "2024-03-08", "note", [(AT, "2024-03-06", IND, "Chhattisgarh", "Gangaloor", "CPI (Maoist): Communist Party of India (Maoist)", "Civilians (India)", 1, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 13 April 2024, armed men fired on a village in Kangpokpi district, Manipur, killing two people.",
     "2024-04-15", "note", [(AT, "2024-04-13", IND, "Manipur", "Kangpokpi", "Unidentified Armed Group (India)", "Civilians (India)", 2, (25.15273, 93.97167))]),  # GeoNames 1268086 Kangpokpi (city, Manipur), exact match
    ("On 21 February 2024, police fired tear gas at farmers marching at the Khanauri border point between Punjab and Haryana; one protester died.",
     "2024-02-23", "note", [("Excessive force against protesters", "2024-02-21", IND, "Punjab", "Khanauri", "Police Forces of India", "Protesters (India)", 1, (29.84274, 76.11372))]),  # GeoNames 10316596 Pakhi Khanauri (city, Punjab), variant match
    ("Two Hindu and Muslim groups clash during procession in Bihar's Aurangabad; shops torched",
     "2023-03-31", "headline", [(MV, "2023-03-31", IND, "Bihar", "Aurangabad", "Rioters (India)", "Rioters (India)", None, (24.75204, 84.3742))]),  # GeoNames 1278148 Aurangabad (city, Bihar), exact match
    ("On 10 May 2024, the army killed two infiltrating militants along the LoC in the Machil sector of Kupwara district.",
     "2024-05-12", "note", [(AC, "2024-05-10", IND, "Jammu and Kashmir", "Machil", "Military Forces of India", "Unidentified Armed Group (India)", 2, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    # ---- Bangladesh: upazilas, a Dhaka area
    ("On 3 April 2024, KNF fighters robbed two banks and took a manager hostage in Ruma upazila, Bandarban.",
     "2024-04-05", "note", [(AB, "2024-04-03", BGD, "Chattogram", "Ruma", "KNF: Kuki-Chin National Front", "Civilians (Bangladesh)", 0, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 28 October 2023, opposition supporters fought police with stones in Dhaka's Kakrail area; a policeman was beaten to death.",
     "2023-10-30", "note", [(VD, "2023-10-28", BGD, "Dhaka", "Kakrail|Dhaka", "Rioters (Bangladesh)", "Police Forces of Bangladesh", 1, (23.7104, 90.40744))]),  # GeoNames 1185241 Dhaka (city, Dhaka), exact match
    # ---- Colombia: municipalities named like Spanish cities and Venezuelan towns
    ("On 16 May 2023, ELN guerrillas and FARC dissidents fought in rural Tibu (Norte de Santander). 6 fatalities.",
     "2023-05-18", "note", [(AC, "2023-05-16", COL, "Norte de Santander", "Tibu", "ELN: National Liberation Army", "FARC Dissidents", 6, (8.63895, -72.73583))]),  # GeoNames 3667202 Tibu (city, Norte de Santander), exact match
    ("On 30 July 2023, Clan del Golfo gunmen killed two soldiers in Segovia, in northeastern Antioquia.",
     "2023-08-01", "note", [(AC, "2023-07-30", COL, "Antioquia", "Segovia", "AGC: Gaitanista Self-Defense Forces of Colombia", "Military Forces of Colombia", 2, (7.07993, -74.6989))]),  # GeoNames 3668175 Segovia (city, Antioquia), exact match
    ("On 2 September 2023, gunmen killed a social leader in the municipality of Caceres (Antioquia).",
     "2023-09-04", "note", [(AT, "2023-09-02", COL, "Antioquia", "Caceres", "Unidentified Armed Group (Colombia)", "Civilians (Colombia)", 1, (7.58078, -75.34842))]),  # GeoNames 3688128 Caceres (city, Antioquia), exact match
    ("On 20 March 2024, an explosive-laden motorcycle blew up near the police station in Suarez, Cauca, wounding four.",
     "2024-03-22", "note", [(IE, "2024-03-20", COL, "Cauca", "Suarez", "FARC Dissidents", "Police Forces of Colombia", 0, (2.95395, -76.69644))]),  # GeoNames 3667773 Suarez (city, Cauca), exact match
    ("On 12 January 2024, armed men killed three people in the municipality of Barbacoas, Narino.",
     "2024-01-14", "note", [(AT, "2024-01-12", COL, "Narino", "Barbacoas", "Unidentified Armed Group (Colombia)", "Civilians (Colombia)", 3, (1.67154, -78.13978))]),  # GeoNames 3689228 Barbacoas (city, Narino), exact match
    # ---- Mexico: municipalities, a state named like the country, a namesake border city
    ("On 8 December 2023, armed residents and cartel gunmen fought in Texcaltitlan, State of Mexico, leaving 14 dead.",
     "2023-12-10", "note", [(AC, "2023-12-08", MEX, "Mexico", "Texcaltitlan", "La Familia Michoacana", "Unidentified Communal Militia (Mexico)", 14, (18.93032, -99.9387))]),  # GeoNames 3516917 Texcaltitlan (city, Mexico), exact match
    ("On 17 June 2023, a cartel drone dropped explosives on houses in Aguililla municipality, Michoacan, wounding two.",
     "2023-06-19", "note", [(AD, "2023-06-17", MEX, "Michoacan", "Aguililla", "CJNG: Jalisco New Generation Cartel", "Civilians (Mexico)", 0, (18.73696, -102.78853))]),  # GeoNames 4019152 Aguililla (city, Michoacan), exact match
    ("On 23 October 2023, gunmen ambushed a police convoy in Coyuca de Benitez, Guerrero, killing 13 officers.",
     "2023-10-25", "note", [(AC, "2023-10-23", MEX, "Guerrero", "Coyuca de Benitez", "Unidentified Gang (Mexico)", "Police Forces of Mexico", 13, (17.00895, -100.08714))]),  # GeoNames 4012608 Coyuca de Benitez (city, Guerrero), exact match
    ("On 3 March 2024, rival gangs exchanged fire in a market of Ciudad Juarez, Chihuahua, leaving four dead.",
     "2024-03-05", "note", [(AC, "2024-03-03", MEX, "Chihuahua", "Ciudad Juarez", "Unidentified Gang (Mexico)", "Unidentified Gang (Mexico)", 4, (31.72024, -106.46084))]),  # GeoNames 4013708 Ciudad Juarez (city, Chihuahua), exact match
    ("On 15 March 2024, gunmen killed six people at a car wash in Celaya, Guanajuato.",
     "2024-03-17", "note", [(AT, "2024-03-15", MEX, "Guanajuato", "Celaya", "Unidentified Gang (Mexico)", "Civilians (Mexico)", 6, (20.52181, -100.81399))]),  # GeoNames 4014875 Celaya (city, Guanajuato), exact match
    # ---- Brazil, Haiti
    ("RIO DE JANEIRO (Reuters) - Police killed 10 suspected gang members in a shootout during a raid in the Complexo da Mare on Tuesday, officials said.",
     "2023-10-12", "wire", [(AC, "-Tue", BRA, "Rio de Janeiro", "Complexo da Mare|Rio de Janeiro", "Police Forces of Brazil", "Unidentified Gang (Brazil)", 10, (-22.90642, -43.18223))]),  # GeoNames 3451190 Rio de Janeiro (city, Rio de Janeiro), exact match
    ("On 2 July 2023, illegal gold miners shot dead three Yanomami men in the municipality of Alto Alegre (Roraima).",
     "2023-07-04", "note", [(AT, "2023-07-02", BRA, "Roraima", "Alto Alegre", "Unidentified Armed Group (Brazil)", "Civilians (Brazil)", 3, (2.89583, -61.4975))]),  # GeoNames 6316346 Alto Alegre (city, Roraima), exact match
    ("On 24 April 2023, a crowd lynched 13 suspected gang members in Canape-Vert, a neighbourhood of Port-au-Prince.",
     "2023-04-26", "note", [(MV, "2023-04-24", HTI, "Ouest", "Canape-Vert|Port-au-Prince", "Rioters (Haiti)", "Civilians (Haiti)", 13, (18.54349, -72.33881))]),  # GeoNames 3718426 Port-au-Prince (city, Ouest), exact match
    ("On 28 March 2024, gang members attacked the police station and prison in Mirebalais (Centre department). 4 fatalities.",
     "2024-03-30", "note", [(AC, "2024-03-28", HTI, "Centre", "Mirebalais", "Unidentified Gang (Haiti)", "Police Forces of Haiti", 4, (18.83455, -72.1048))]),  # GeoNames 3720811 Mirebalais (city, Centre), exact match
    # ---- Ukraine: oblasts and namesake towns
    ("On 6 May 2024, Russian artillery shelled Nikopol (Dnipropetrovsk oblast), killing one man.",
     "2024-05-08", "note", [(SH, "2024-05-06", UKR, "Dnipropetrovsk", "Nikopol", "Military Forces of Russia", "Civilians (Ukraine)", 1, (47.56826, 34.39126))]),  # GeoNames 700051 Nikopol (city, Dnipropetrovsk), exact match
    ("On 2 August 2023, Russian drones struck port facilities in Izmail, Odesa oblast, on the Danube.",
     "2023-08-04", "note", [(AD, "2023-08-02", UKR, "Odessa", "Izmail", "Military Forces of Russia", "Civilians (Ukraine)", 0, (45.35058, 28.83751))]),  # GeoNames 707308 Izmayil (city, Odessa), variant match
    ("On 11 March 2024, Ukrainian and Russian troops fought near Robotyne, Zaporizhzhia oblast. Fatalities unknown.",
     "2024-03-13", "note", [(AC, "2024-03-11", UKR, "Zaporizhia", "Robotyne", "Military Forces of Ukraine", "Military Forces of Russia", None, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("Russian glide bomb hits Kostiantynivka in Donetsk region, killing two",
     "2024-05-19", "headline", [(AD, "2024-05-19", UKR, "Donetsk", "Kostiantynivka", "Military Forces of Russia", "Civilians (Ukraine)", 2, (48.52728, 37.70594))]),  # GeoNames 705104 Kostyantynivka (city, Donetsk), variant match
    ("On 14 April 2024, Russian shelling hit Velyka Pysarivka, a village in Sumy oblast near the border with Russia, wounding two.",
     "2024-04-16", "note", [(SH, "2024-04-14", UKR, "Sumy", "Velyka Pysarivka", "Military Forces of Russia", "Civilians (Ukraine)", 0, (50.42335, 35.48299))]),  # GeoNames 690230 Velyka Pysarivka (city, Sumy), exact match
    # ---- Chad, Central African Republic, Benin
    ("On 26 March 2024, Boko Haram fighters killed six fishermen near Ngouboua, Lac province.",
     "2024-03-28", "note", [(AT, "2024-03-26", TCD, "Lac", "Ngouboua", "Boko Haram - JAS", "Civilians (Chad)", 6, None)]),  # not in roydad's gazetteer (exact name or variant, right country and province)
    ("On 16 January 2024, UPC rebels and Wagner personnel clashed near Bria (Haute-Kotto prefecture). 5 fatalities.",
     "2024-01-18", "note", [(AC, "2024-01-16", CAF, "Haute-Kotto", "Bria", "UPC: Union for Peace in the Central African Republic", "Wagner Group", 5, (6.54233, 21.98633))]),  # GeoNames 239899 Bria (city, Haute-Kotto), exact match
    ("On 8 January 2023, JNIM militants attacked a police post in Banikoara (Alibori department), killing two officers.",
     "2023-01-10", "note", [(AC, "2023-01-08", BEN, "Alibori", "Banikoara", "JNIM: Group for Support of Islam and Muslims", "Police Forces of Benin", 2, (11.29845, 2.43856))]),  # GeoNames 2395317 Banikoara (city, Alibori), exact match
]
