-- core.noga_branche: the Swiss NOGA 2008 classification, its 88 divisions ('62')
-- and 615 classes ('62.01'); core.lead.branche refers to it. German and French titles
-- are the Federal Statistical Office's, English the matching NACE Rev. 2 titles.
-- Source: BFS, NOGA 2008 (I14Y code lists DV_NOGA_DIVISION and DV_NOGA_CLASS).
-- Reference rows are inserted when missing and never overwritten.
CREATE TABLE IF NOT EXISTS core.noga_branche (
    code VARCHAR(10) NOT NULL,
    sort_order SMALLINT NOT NULL,
    label_de VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_noga_branche PRIMARY KEY (code)
);

INSERT INTO core.noga_branche (code, sort_order, label_de, label_fr, label_en)
VALUES
(
    '01',
    1,
    'Landwirtschaft, Jagd und damit verbundene Tätigkeiten',
    'Culture et production animale, chasse et services annexes',
    'Crop and animal production, hunting and related service activities'
),
(
    '01.11',
    2,
    'Anbau von Getreide (ohne Reis), Hülsenfrüchten und Ölsaaten',
    'Culture de céréales (à l''exception du riz), de légumineuses et de graines oléagineuses',
    'Growing of cereals (except rice), leguminous crops and oil seeds'
),
('01.12', 3, 'Anbau von Reis', 'Culture du riz', 'Growing of rice'),
(
    '01.13',
    4,
    'Anbau von Gemüse und Melonen sowie Wurzeln und Knollen',
    'Culture de légumes, de melons, de racines et de tubercules',
    'Growing of vegetables and melons, roots and tubers'
),
('01.14', 5, 'Anbau von Zuckerrohr', 'Culture de la canne à sucre', 'Growing of sugar cane'),
('01.15', 6, 'Anbau von Tabak', 'Culture du tabac', 'Growing of tobacco'),
('01.16', 7, 'Anbau von Faserpflanzen', 'Culture de plantes à fibres', 'Growing of fibre crops'),
(
    '01.19',
    8,
    'Anbau von sonstigen einjährigen Pflanzen',
    'Autres cultures non permanentes',
    'Growing of other non-perennial crops'
),
('01.21', 9, 'Anbau von Wein- und Tafeltrauben', 'Culture de la vigne', 'Growing of grapes'),
(
    '01.22',
    10,
    'Anbau von tropischen und subtropischen Früchten',
    'Culture de fruits tropicaux et subtropicaux',
    'Growing of tropical and subtropical fruits'
),
('01.23', 11, 'Anbau von Zitrusfrüchten', 'Culture d''agrumes', 'Growing of citrus fruits'),
(
    '01.24',
    12,
    'Anbau von Kern- und Steinobst',
    'Culture de fruits à pépins et à noyau',
    'Growing of pome fruits and stone fruits'
),
(
    '01.25',
    13,
    'Anbau von sonstigem Obst und Nüssen',
    'Culture d''autres fruits d''arbres ou d''arbustes et de fruits à coque',
    'Growing of other tree and bush fruits and nuts'
),
('01.26', 14, 'Anbau von ölhaltigen Früchten', 'Culture de fruits oléagineux', 'Growing of oleaginous fruits'),
(
    '01.27',
    15,
    'Anbau von Pflanzen zur Herstellung von Getränken',
    'Culture de plantes à boissons',
    'Growing of beverage crops'
),
(
    '01.28',
    16,
    'Anbau von Gewürzpflanzen, Pflanzen für aromatische, narkotische und pharmazeutische Zwecke',
    'Culture de plantes à épices, aromatiques, médicinales et pharmaceutiques',
    'Growing of spices, aromatic, drug and pharmaceutical crops'
),
(
    '01.29',
    17,
    'Anbau sonstiger mehrjähriger Pflanzen',
    'Autres cultures permanentes',
    'Growing of other perennial crops'
),
(
    '01.30',
    18,
    'Betrieb von Baumschulen sowie Anbau von Pflanzen zu Vermehrungszwecken',
    'Reproduction de plantes',
    'Plant propagation'
),
('01.41', 19, 'Haltung von Milchkühen', 'Élevage de vaches laitières', 'Raising of dairy cattle'),
(
    '01.42',
    20,
    'Haltung von anderen Rindern',
    'Élevage d''autres bovins et de buffles',
    'Raising of other cattle and buffaloes'
),
(
    '01.43',
    21,
    'Haltung von Pferden und Eseln',
    'Élevage de chevaux et d''autres équidés',
    'Raising of horses and other equines'
),
('01.44', 22, 'Haltung von Kamelen', 'Élevage de chameaux et d''autres camélidés', 'Raising of camels and camelids'),
('01.45', 23, 'Haltung von Schafen und Ziegen', 'Élevage d''ovins et de caprins', 'Raising of sheep and goats'),
('01.46', 24, 'Haltung von Schweinen', 'Élevage de porcins', 'Raising of swine/pigs'),
('01.47', 25, 'Haltung von Geflügel', 'Élevage de volailles', 'Raising of poultry'),
('01.49', 26, 'Sonstige Tierhaltung', 'Élevage d''autres animaux', 'Raising of other animals'),
('01.50', 27, 'Gemischte Landwirtschaft', 'Culture et élevage associés', 'Mixed farming'),
(
    '01.61',
    28,
    'Erbringung von landwirtschaftlichen Dienstleistungen für den Pflanzenbau',
    'Activités de soutien aux cultures',
    'Support activities for crop production'
),
(
    '01.62',
    29,
    'Erbringung von landwirtschaftlichen Dienstleistungen für die Tierhaltung',
    'Activités de soutien à la production animale',
    'Support activities for animal production'
),
(
    '01.63',
    30,
    'Nach der Ernte anfallende Tätigkeiten in der pflanzlichen Erzeugung',
    'Traitement primaire des récoltes',
    'Post-harvest crop activities'
),
('01.64', 31, 'Saatgutaufbereitung', 'Traitement des semences', 'Seed processing for propagation'),
(
    '01.70',
    32,
    'Jagd, Fallenstellerei und damit verbundene Tätigkeiten',
    'Chasse, piégeage et services annexes',
    'Hunting, trapping and related service activities'
),
('02', 33, 'Forstwirtschaft und Holzeinschlag', 'Sylviculture et exploitation forestière', 'Forestry and logging'),
(
    '02.10',
    34,
    'Forstwirtschaft',
    'Sylviculture et autres activités forestières',
    'Silviculture and other forestry activities'
),
('02.20', 35, 'Holzeinschlag', 'Exploitation forestière', 'Logging'),
(
    '02.30',
    36,
    'Sammeln von wild wachsenden Produkten (ohne Holz)',
    'Récolte de produits forestiers non ligneux poussant à l''état sauvage',
    'Gathering of wild growing non-wood products'
),
(
    '02.40',
    37,
    'Erbringung von Dienstleistungen für Forstwirtschaft und Holzeinschlag',
    'Services de soutien à l''exploitation forestière',
    'Support services to forestry'
),
('03', 38, 'Fischerei und Aquakultur', 'Pêche et aquaculture', 'Fishing and aquaculture'),
('03.11', 39, 'Meeresfischerei', 'Pêche en mer', 'Marine fishing'),
('03.12', 40, 'Süsswasserfischerei', 'Pêche en eau douce', 'Freshwater fishing'),
('03.21', 41, 'Meeresaquakultur', 'Aquaculture en mer', 'Marine aquaculture'),
('03.22', 42, 'Süsswasseraquakultur', 'Aquaculture en eau douce', 'Freshwater aquaculture'),
('05', 43, 'Kohlenbergbau', 'Extraction de houille et de lignite', 'Mining of coal and lignite'),
('05.10', 44, 'Steinkohlenbergbau', 'Extraction de houille', 'Mining of hard coal'),
('05.20', 45, 'Braunkohlenbergbau', 'Extraction de lignite', 'Mining of lignite'),
(
    '06',
    46,
    'Gewinnung von Erdöl und Erdgas',
    'Extraction d''hydrocarbures',
    'Extraction of crude petroleum and natural gas'
),
('06.10', 47, 'Gewinnung von Erdöl', 'Extraction de pétrole brut', 'Extraction of crude petroleum'),
('06.20', 48, 'Gewinnung von Erdgas', 'Extraction de gaz naturel', 'Extraction of natural gas'),
('07', 49, 'Erzbergbau', 'Extraction de minerais métalliques', 'Mining of metal ores'),
('07.10', 50, 'Eisenerzbergbau', 'Extraction de minerais de fer', 'Mining of iron ores'),
(
    '07.21',
    51,
    'Bergbau auf Uran- und Thoriumerze',
    'Extraction de minerais d''uranium et de thorium',
    'Mining of uranium and thorium ores'
),
(
    '07.29',
    52,
    'Sonstiger NE-Metallerzbergbau',
    'Extraction d''autres minerais de métaux non ferreux',
    'Mining of other non-ferrous metal ores'
),
(
    '08',
    53,
    'Gewinnung von Steinen und Erden, sonstiger Bergbau',
    'Autres industries extractives',
    'Other mining and quarrying'
),
(
    '08.11',
    54,
    'Gewinnung von Naturwerksteinen und Natursteinen, Kalk- und Gipsstein, Kreide und Schiefer',
    'Extraction de pierres ornementales et de construction, de calcaire industriel, de gypse, '
    || 'de craie et d''ardoise',
    'Quarrying of ornamental and building stone, limestone, gypsum, chalk and slate'
),
(
    '08.12',
    55,
    'Gewinnung von Kies, Sand, Ton und Kaolin',
    'Exploitation de gravières et sablières, extraction d''argiles et de kaolin',
    'Operation of gravel and sand pits; mining of clays and kaolin'
),
(
    '08.91',
    56,
    'Bergbau auf chemische und Düngemittelminerale',
    'Extraction de minéraux chimique et d''engrais minéraux',
    'Mining of chemical and fertiliser minerals'
),
('08.92', 57, 'Torfgewinnung', 'Extraction de tourbe', 'Extraction of peat'),
('08.93', 58, 'Gewinnung von Salz', 'Production de sel', 'Extraction of salt'),
(
    '08.99',
    59,
    'Gewinnung von Steinen und Erden a. n. g.',
    'Autres activités extractives n.c.a.',
    'Other mining and quarrying n.e.c.'
),
(
    '09',
    60,
    'Erbringung von Dienstleistungen für den Bergbau und für die Gewinnung von Steinen und Erden',
    'Services de soutien aux industries extractives',
    'Mining support service activities'
),
(
    '09.10',
    61,
    'Erbringung von Dienstleistungen für die Gewinnung von Erdöl und Erdgas',
    'Activités de soutien à l''extraction d''hydrocarbures',
    'Support activities for petroleum and natural gas extraction'
),
(
    '09.90',
    62,
    'Erbringung von Dienstleistungen für den sonstigen Bergbau und die Gewinnung von Steinen und Erden',
    'Activités de soutien aux autres industries extractives',
    'Support activities for other mining and quarrying'
),
('10', 63, 'Herstellung von Nahrungs- und Futtermitteln', 'Industries alimentaires', 'Manufacture of food products'),
(
    '10.11',
    64,
    'Schlachten (ohne Schlachten von Geflügel)',
    'Transformation et conservation de la viande de boucherie',
    'Processing and preserving of meat'
),
(
    '10.12',
    65,
    'Schlachten von Geflügel',
    'Transformation et conservation de la viande de volaille',
    'Processing and preserving of poultry meat'
),
(
    '10.13',
    66,
    'Fleischverarbeitung',
    'Préparation de produits à base de viande',
    'Production of meat and poultry meat products'
),
(
    '10.20',
    67,
    'Fischverarbeitung',
    'Transformation et conservation de poisson, de crustacés et de mollusques',
    'Processing and preserving of fish, crustaceans and molluscs'
),
(
    '10.31',
    68,
    'Kartoffelverarbeitung',
    'Transformation et conservation de pommes de terre',
    'Processing and preserving of potatoes'
),
(
    '10.32',
    69,
    'Herstellung von Frucht- und Gemüsesäften',
    'Préparation de jus de fruits et légumes',
    'Manufacture of fruit and vegetable juice'
),
(
    '10.39',
    70,
    'Sonstige Verarbeitung von Obst und Gemüse',
    'Autre transformation et conservation de fruits et légumes',
    'Other processing and preserving of fruit and vegetables'
),
(
    '10.41',
    71,
    'Herstellung von Ölen und Fetten (ohne Margarine u. ä. Nahrungsfette)',
    'Fabrication d''huiles et graisses',
    'Manufacture of oils and fats'
),
(
    '10.42',
    72,
    'Herstellung von Margarine u. ä. Nahrungsfetten',
    'Fabrication de margarine et graisses comestibles similaires',
    'Manufacture of margarine and similar edible fats'
),
(
    '10.51',
    73,
    'Milchverarbeitung (ohne Herstellung von Speiseeis)',
    'Exploitation de laiteries et fabrication de fromage',
    'Operation of dairies and cheese making'
),
('10.52', 74, 'Herstellung von Speiseeis', 'Fabrication de glaces et sorbets', 'Manufacture of ice cream'),
('10.61', 75, 'Mahl- und Schälmühlen', 'Travail des grains', 'Manufacture of grain mill products'),
(
    '10.62',
    76,
    'Herstellung von Stärke und Stärkeerzeugnissen',
    'Fabrication de produits amylacés',
    'Manufacture of starches and starch products'
),
(
    '10.71',
    77,
    'Herstellung von Backwaren (ohne Dauerbackwaren)',
    'Fabrication de pain et de pâtisserie fraîche',
    'Manufacture of bread; manufacture of fresh pastry goods and cakes'
),
(
    '10.72',
    78,
    'Herstellung von Dauerbackwaren',
    'Fabrication de biscuits, biscottes et pâtisseries de conservation',
    'Manufacture of rusks and biscuits; manufacture of preserved pastry goods and cakes'
),
(
    '10.73',
    79,
    'Herstellung von Teigwaren',
    'Fabrication de pâtes alimentaires',
    'Manufacture of macaroni, noodles, couscous and similar farinaceous products'
),
('10.81', 80, 'Herstellung von Zucker', 'Fabrication de sucre', 'Manufacture of sugar'),
(
    '10.82',
    81,
    'Herstellung von Süsswaren (ohne Dauerbackwaren)',
    'Fabrication de cacao, chocolat et de produits de confiserie',
    'Manufacture of cocoa, chocolate and sugar confectionery'
),
(
    '10.83',
    82,
    'Verarbeitung von Kaffee und Tee, Herstellung von Kaffee-Ersatz',
    'Transformation du thé et du café',
    'Processing of tea and coffee'
),
(
    '10.84',
    83,
    'Herstellung von Würzmitteln und Saucen',
    'Fabrication de condiments et assaisonnements',
    'Manufacture of condiments and seasonings'
),
(
    '10.85',
    84,
    'Herstellung von Fertiggerichten',
    'Fabrication de plats préparés',
    'Manufacture of prepared meals and dishes'
),
(
    '10.86',
    85,
    'Herstellung von homogenisierten und diätetischen Nahrungsmitteln',
    'Fabrication d''aliments homogénéisés et diététiques',
    'Manufacture of homogenised food preparations and dietetic food'
),
(
    '10.89',
    86,
    'Herstellung von sonstigen Nahrungsmitteln a. n. g.',
    'Fabrication d''autres produits alimentaires n.c.a.',
    'Manufacture of other food products n.e.c.'
),
(
    '10.91',
    87,
    'Herstellung von Futtermitteln für Nutztiere',
    'Fabrication d''aliments pour animaux de ferme',
    'Manufacture of prepared feeds for farm animals'
),
(
    '10.92',
    88,
    'Herstellung von Futtermitteln für sonstige Tiere',
    'Fabrication d''aliments pour animaux de compagnie',
    'Manufacture of prepared pet foods'
),
('11', 89, 'Getränkeherstellung', 'Fabrication de boissons', 'Manufacture of beverages'),
(
    '11.01',
    90,
    'Herstellung von Spirituosen',
    'Production de boissons alcooliques distillées',
    'Distilling, rectifying and blending of spirits'
),
('11.02', 91, 'Herstellung von Traubenwein', 'Production de vin (de raisin)', 'Manufacture of wine from grape'),
(
    '11.03',
    92,
    'Herstellung von Apfelwein und anderen Fruchtweinen',
    'Fabrication de cidre et de vins de fruits',
    'Manufacture of cider and other fruit wines'
),
(
    '11.04',
    93,
    'Herstellung von Wermutwein und sonstigen aromatisierten Weinen',
    'Production d''autres boissons fermentées non distillées',
    'Manufacture of other non-distilled fermented beverages'
),
('11.05', 94, 'Herstellung von Bier', 'Fabrication de bière', 'Manufacture of beer'),
('11.06', 95, 'Herstellung von Malz', 'Fabrication de malt', 'Manufacture of malt'),
(
    '11.07',
    96,
    'Herstellung von Erfrischungsgetränken; Gewinnung natürlicher Mineralwässer',
    'Industrie des eaux minérales et autres eaux embouteillées et des boissons rafraîchissantes',
    'Manufacture of soft drinks; production of mineral waters and other bottled waters'
),
('12', 97, 'Tabakverarbeitung', 'Fabrication de produits à base de tabac', 'Manufacture of tobacco products'),
('12.00', 98, 'Tabakverarbeitung', 'Fabrication de produits à base de tabac', 'Manufacture of tobacco products'),
('13', 99, 'Herstellung von Textilien', 'Fabrication de textiles', 'Manufacture of textiles'),
(
    '13.10',
    100,
    'Spinnstoffaufbereitung und Spinnerei',
    'Préparation de fibres textiles et filature',
    'Preparation and spinning of textile fibres'
),
('13.20', 101, 'Weberei', 'Tissage', 'Weaving of textiles'),
('13.30', 102, 'Veredlung von Textilien und Bekleidung', 'Ennoblissement textile', 'Finishing of textiles'),
(
    '13.91',
    103,
    'Herstellung von gewirktem und gestricktem Stoff',
    'Fabrication d''étoffes à mailles',
    'Manufacture of knitted and crocheted fabrics'
),
(
    '13.92',
    104,
    'Herstellung von konfektionierten Textilwaren (ohne Bekleidung)',
    'Fabrication d''articles textiles, sauf habillement',
    'Manufacture of made-up textile articles, except apparel'
),
('13.93', 105, 'Herstellung von Teppichen', 'Fabrication de tapis et moquettes', 'Manufacture of carpets and rugs'),
(
    '13.94',
    106,
    'Herstellung von Seilerwaren',
    'Fabrication de ficelles, cordes et filets',
    'Manufacture of cordage, rope, twine and netting'
),
(
    '13.95',
    107,
    'Herstellung von Vliesstoff und Erzeugnissen daraus (ohne Bekleidung)',
    'Fabrication de non-tissés, sauf habillement',
    'Manufacture of non-wovens and articles made from non-wovens, except apparel'
),
(
    '13.96',
    108,
    'Herstellung von technischen Textilien',
    'Fabrication d''autres textiles techniques et industriels',
    'Manufacture of other technical and industrial textiles'
),
(
    '13.99',
    109,
    'Herstellung von sonstigen Textilwaren a. n. g.',
    'Fabrication d''autres textiles n.c.a.',
    'Manufacture of other textiles n.e.c.'
),
('14', 110, 'Herstellung von Bekleidung', 'Industrie de l''habillement', 'Manufacture of wearing apparel'),
('14.11', 111, 'Herstellung von Lederbekleidung', 'Fabrication de vêtements en cuir', 'Manufacture of leather clothes'),
(
    '14.12',
    112,
    'Herstellung von Arbeits- und Berufsbekleidung',
    'Fabrication de vêtements de travail',
    'Manufacture of workwear'
),
(
    '14.13',
    113,
    'Herstellung von sonstiger Oberbekleidung',
    'Fabrication de vêtements de dessus',
    'Manufacture of other outerwear'
),
('14.14', 114, 'Herstellung von Wäsche', 'Fabrication de vêtements de dessous', 'Manufacture of underwear'),
(
    '14.19',
    115,
    'Herstellung von sonstiger Bekleidung und Bekleidungszubehör a. n. g.',
    'Fabrication d''autres vêtements et accessoires',
    'Manufacture of other wearing apparel and accessories'
),
('14.20', 116, 'Herstellung von Pelzwaren', 'Fabrication d''articles en fourrure', 'Manufacture of articles of fur'),
(
    '14.31',
    117,
    'Herstellung von Strumpfwaren',
    'Fabrication d''articles chaussants à mailles',
    'Manufacture of knitted and crocheted hosiery'
),
(
    '14.39',
    118,
    'Herstellung von sonstiger Bekleidung aus gewirktem und gestricktem Stoff',
    'Fabrication d''autres articles à mailles',
    'Manufacture of other knitted and crocheted apparel'
),
(
    '15',
    119,
    'Herstellung von Leder, Lederwaren und Schuhen',
    'Industrie du cuir et de la chaussure',
    'Manufacture of leather and related products'
),
(
    '15.11',
    120,
    'Herstellung von Leder und Lederfaserstoff; Zurichtung und Färben von Fellen',
    'Apprêt et tannage des cuirs; préparation et teinture des fourrures',
    'Tanning and dressing of leather; dressing and dyeing of fur'
),
(
    '15.12',
    121,
    'Lederverarbeitung (ohne Herstellung von Lederbekleidung)',
    'Fabrication d''articles de voyage, de maroquinerie et de sellerie',
    'Manufacture of luggage, handbags and the like, saddlery and harnesses'
),
('15.20', 122, 'Herstellung von Schuhen', 'Fabrication de chaussures', 'Manufacture of footwear'),
(
    '16',
    123,
    'Herstellung von Holz-, Flecht-, Korb- und Korkwaren (ohne Möbel)',
    'Travail du bois et fabrication d''articles en bois et en liège, à l''exception des meubles; '
    || 'fabrication d''articles en vannerie et sparterie',
    'Manufacture of wood and of products of wood and cork, except furniture; manufacture of '
    || 'articles of straw and plaiting materials'
),
('16.10', 124, 'Säge-, Hobel- und Holzimprägnierwerke', 'Sciage et rabotage du bois', 'Sawmilling and planing of wood'),
(
    '16.21',
    125,
    'Herstellung von Furnier-, Sperrholz-, Holzfaser- und Holzspanplatten',
    'Fabrication de placage et de panneaux de bois',
    'Manufacture of veneer sheets and wood-based panels'
),
(
    '16.22',
    126,
    'Herstellung von Parketttafeln',
    'Fabrication de parquets assemblés',
    'Manufacture of assembled parquet floors'
),
(
    '16.23',
    127,
    'Herstellung von sonstigen Konstruktionsteilen, Fertigbauteilen, Ausbauelementen und '
    || 'Fertigteilbauten aus Holz',
    'Fabrication de charpentes et d''autres menuiseries',
    'Manufacture of other builders'' carpentry and joinery'
),
(
    '16.24',
    128,
    'Herstellung von Verpackungsmitteln, Lagerbehältern und Ladungsträgern aus Holz',
    'Fabrication d''emballages en bois',
    'Manufacture of wooden containers'
),
(
    '16.29',
    129,
    'Herstellung von Holzwaren a. n. g, Kork-, Flecht- und Korbwaren (ohne Möbel)',
    'Fabrication d''objets divers en bois; fabrication d''objets en liège, vannerie et sparterie',
    'Manufacture of other products of wood; manufacture of articles of cork, straw and plaiting materials'
),
(
    '17',
    130,
    'Herstellung von Papier, Pappe und Waren daraus',
    'Industrie du papier et du carton',
    'Manufacture of paper and paper products'
),
('17.11', 131, 'Herstellung von Holz- und Zellstoff', 'Fabrication de pâte à papier', 'Manufacture of pulp'),
(
    '17.12',
    132,
    'Herstellung von Papier, Karton und Pappe',
    'Fabrication de papier et de carton',
    'Manufacture of paper and paperboard'
),
(
    '17.21',
    133,
    'Herstellung von Wellpapier und -pappe sowie von Verpackungsmitteln aus Papier, Karton und Pappe',
    'Fabrication de papier et carton ondulés et d''emballages en papier ou en carton',
    'Manufacture of corrugated paper and paperboard and of containers of paper and paperboard'
),
(
    '17.22',
    134,
    'Herstellung von Haushalts-, Hygiene- und Toilettenartikeln aus Zellstoff, Papier und Pappe',
    'Fabrication d''articles en papier à usage sanitaire ou domestique',
    'Manufacture of household and sanitary goods and of toilet requisites'
),
(
    '17.23',
    135,
    'Herstellung von Schreibwaren und Bürobedarf aus Papier, Karton und Pappe',
    'Fabrication d''articles de papeterie',
    'Manufacture of paper stationery'
),
('17.24', 136, 'Herstellung von Tapeten', 'Fabrication de papiers peints', 'Manufacture of wallpaper'),
(
    '17.29',
    137,
    'Herstellung von sonstigen Waren aus Papier, Karton und Pappe',
    'Fabrication d''autres articles en papier ou en carton',
    'Manufacture of other articles of paper and paperboard'
),
(
    '18',
    138,
    'Herstellung von Druckerzeugnissen; Vervielfältigung von bespielten Ton-, Bild- und Datenträgern',
    'Imprimerie et reproduction d''enregistrements',
    'Printing and reproduction of recorded media'
),
('18.11', 139, 'Drucken von Zeitungen', 'Imprimerie de journaux', 'Printing of newspapers'),
('18.12', 140, 'Drucken a. n. g.', 'Autre imprimerie (labeur)', 'Other Printing'),
('18.13', 141, 'Druck- und Medienvorstufe', 'Activités de pré-presse', 'Pre-press and pre-media services'),
(
    '18.14',
    142,
    'Binden von Druckerzeugnissen und damit verbundene Dienstleistungen',
    'Reliure et activités connexes',
    'Binding and related services'
),
(
    '18.20',
    143,
    'Vervielfältigung von bespielten Ton-, Bild- und Datenträgern',
    'Reproduction d''enregistrements',
    'Reproduction of recorded media'
),
(
    '19',
    144,
    'Kokerei und Mineralölverarbeitung',
    'Cokéfaction et raffinage',
    'Manufacture of coke and refined petroleum products'
),
('19.10', 145, 'Kokerei', 'Cokéfaction', 'Manufacture of coke oven products'),
('19.20', 146, 'Mineralölverarbeitung', 'Raffinage du pétrole', 'Manufacture of refined petroleum products'),
(
    '20',
    147,
    'Herstellung von chemischen Erzeugnissen',
    'Industrie chimique',
    'Manufacture of chemicals and chemical products'
),
('20.11', 148, 'Herstellung von Industriegasen', 'Fabrication de gaz industriels', 'Manufacture of industrial gases'),
(
    '20.12',
    149,
    'Herstellung von Farbstoffen und Pigmenten',
    'Fabrication de colorants et de pigments',
    'Manufacture of dyes and pigments'
),
(
    '20.13',
    150,
    'Herstellung von sonstigen anorganischen Grundstoffen und Chemikalien',
    'Fabrication d''autres produits chimiques inorganiques de base',
    'Manufacture of other inorganic basic chemicals'
),
(
    '20.14',
    151,
    'Herstellung von sonstigen organischen Grundstoffen und Chemikalien',
    'Fabrication d''autres produits chimiques organiques de base',
    'Manufacture of other organic basic chemicals'
),
(
    '20.15',
    152,
    'Herstellung von Düngemitteln und Stickstoffverbindungen',
    'Fabrication de produits azotés et d''engrais',
    'Manufacture of fertilisers and nitrogen compounds'
),
(
    '20.16',
    153,
    'Herstellung von Kunststoffen in Primärformen',
    'Fabrication de matières plastiques de base',
    'Manufacture of plastics in primary forms'
),
(
    '20.17',
    154,
    'Herstellung von synthetischem Kautschuk in Primärformen',
    'Fabrication de caoutchouc synthétique',
    'Manufacture of synthetic rubber in primary forms'
),
(
    '20.20',
    155,
    'Herstellung von Schädlingsbekämpfungs-, Pflanzenschutz- und Desinfektionsmitteln',
    'Fabrication de pesticides et d''autres produits agrochimiques',
    'Manufacture of pesticides and other agrochemical products'
),
(
    '20.30',
    156,
    'Herstellung von Anstrichmitteln, Druckfarben und Kitten',
    'Fabrication de peintures, vernis, encres et mastics',
    'Manufacture of paints, varnishes and similar coatings, printing ink and mastics'
),
(
    '20.41',
    157,
    'Herstellung von Seifen, Wasch-, Reinigungs- und Poliermitteln',
    'Fabrication de savons, détergents et produits d''entretien',
    'Manufacture of soap and detergents, cleaning and polishing preparations'
),
(
    '20.42',
    158,
    'Herstellung von Körperpflegemitteln und Duftstoffen',
    'Fabrication de parfums et de produits pour la toilette',
    'Manufacture of perfumes and toilet preparations'
),
(
    '20.51',
    159,
    'Herstellung von pyrotechnischen Erzeugnissen',
    'Fabrication de produits explosifs',
    'Manufacture of explosives'
),
('20.52', 160, 'Herstellung von Klebstoffen', 'Fabrication de colles', 'Manufacture of glues'),
(
    '20.53',
    161,
    'Herstellung von ätherischen Ölen',
    'Fabrication d''huiles essentielles',
    'Manufacture of essential oils'
),
(
    '20.59',
    162,
    'Herstellung von sonstigen chemischen Erzeugnissen a. n. g.',
    'Fabrication d''autres produits chimiques n.c.a.',
    'Manufacture of other chemical products n.e.c.'
),
(
    '20.60',
    163,
    'Herstellung von Chemiefasern',
    'Fabrication de fibres artificielles ou synthétiques',
    'Manufacture of man-made fibres'
),
(
    '21',
    164,
    'Herstellung von pharmazeutischen Erzeugnissen',
    'Industrie pharmaceutique',
    'Manufacture of basic pharmaceutical products and pharmaceutical preparations'
),
(
    '21.10',
    165,
    'Herstellung von pharmazeutischen Grundstoffen',
    'Fabrication de produits pharmaceutiques de base',
    'Manufacture of basic pharmaceutical products'
),
(
    '21.20',
    166,
    'Herstellung von pharmazeutischen Spezialitäten und sonstigen pharmazeutischen Erzeugnissen',
    'Fabrication de préparations pharmaceutiques',
    'Manufacture of pharmaceutical preparations'
),
(
    '22',
    167,
    'Herstellung von Gummi- und Kunststoffwaren',
    'Fabrication de produits en caoutchouc et en plastique',
    'Manufacture of rubber and plastic products'
),
(
    '22.11',
    168,
    'Herstellung und Runderneuerung von Bereifungen',
    'Fabrication et rechapage de pneumatiques',
    'Manufacture of rubber tyres and tubes; retreading and rebuilding of rubber tyres'
),
(
    '22.19',
    169,
    'Herstellung von sonstigen Gummiwaren',
    'Fabrication d''autres articles en caoutchouc',
    'Manufacture of other rubber products'
),
(
    '22.21',
    170,
    'Herstellung von Platten, Folien, Schläuchen und Profilen aus Kunststoffen',
    'Fabrication de plaques, feuilles, tubes et profilés en matières plastiques',
    'Manufacture of plastic plates, sheets, tubes and profiles'
),
(
    '22.22',
    171,
    'Herstellung von Verpackungsmitteln aus Kunststoffen',
    'Fabrication d''emballages en matières plastiques',
    'Manufacture of plastic packing goods'
),
(
    '22.23',
    172,
    'Herstellung von Baubedarfsartikeln aus Kunststoffen',
    'Fabrication d''éléments en matières plastiques pour la construction',
    'Manufacture of builders'' ware of plastic'
),
(
    '22.29',
    173,
    'Herstellung von sonstigen Kunststoffwaren',
    'Fabrication d''autres articles en matières plastiques',
    'Manufacture of other plastic products'
),
(
    '23',
    174,
    'Herstellung von Glas und Glaswaren, Keramik, Verarbeitung von Steinen und Erden',
    'Fabrication d''autres produits minéraux non métalliques',
    'Manufacture of other non-metallic mineral products'
),
('23.11', 175, 'Herstellung von Flachglas', 'Fabrication de verre plat', 'Manufacture of flat glass'),
(
    '23.12',
    176,
    'Veredlung und Bearbeitung von Flachglas',
    'Façonnage et transformation du verre plat',
    'Shaping and processing of flat glass'
),
('23.13', 177, 'Herstellung von Hohlglas', 'Fabrication de verre creux', 'Manufacture of hollow glass'),
(
    '23.14',
    178,
    'Herstellung von Glasfasern und Waren daraus',
    'Fabrication de fibres de verre',
    'Manufacture of glass fibres'
),
(
    '23.19',
    179,
    'Herstellung, Veredlung und Bearbeitung von sonstigem Glas einschliesslich technischen Glaswaren',
    'Fabrication et façonnage d''autres articles en verre, y compris verre technique',
    'Manufacture and processing of other glass, including technical glassware'
),
(
    '23.20',
    180,
    'Herstellung von feuerfesten keramischen Werkstoffen und Waren',
    'Fabrication de produits réfractaires',
    'Manufacture of refractory products'
),
(
    '23.31',
    181,
    'Herstellung von keramischen Wand- und Bodenfliesen und -platten',
    'Fabrication de carreaux en céramique',
    'Manufacture of ceramic tiles and flags'
),
(
    '23.32',
    182,
    'Herstellung von Ziegeln und sonstiger Baukeramik',
    'Fabrication de briques, tuiles et produits de construction, en terre cuite',
    'Manufacture of bricks, tiles and construction products, in baked clay'
),
(
    '23.41',
    183,
    'Herstellung von keramischen Haushaltswaren und Ziergegenständen',
    'Fabrication d''articles céramiques à usage domestique ou ornemental',
    'Manufacture of ceramic household and ornamental articles'
),
(
    '23.42',
    184,
    'Herstellung von Sanitärkeramik',
    'Fabrication d''appareils sanitaires en céramique',
    'Manufacture of ceramic sanitary fixtures'
),
(
    '23.43',
    185,
    'Herstellung von Isolatoren und Isolierteilen aus Keramik',
    'Fabrication d''isolateurs et pièces isolantes en céramique',
    'Manufacture of ceramic insulators and insulating fittings'
),
(
    '23.44',
    186,
    'Herstellung von sonstigen keramischen Erzeugnissen für technische Zwecke',
    'Fabrication d''autres produits céramiques à usage technique',
    'Manufacture of other technical ceramic products'
),
(
    '23.49',
    187,
    'Herstellung von sonstigen keramischen Erzeugnissen',
    'Fabrication d''autres produits céramiques',
    'Manufacture of other ceramic products'
),
('23.51', 188, 'Herstellung von Zement', 'Fabrication de ciment', 'Manufacture of cement'),
(
    '23.52',
    189,
    'Herstellung von Kalk und gebranntem Gips',
    'Fabrication de chaux et plâtre',
    'Manufacture of lime and plaster'
),
(
    '23.61',
    190,
    'Herstellung von Erzeugnissen aus Beton, Zement und Kalksandstein für den Bau',
    'Fabrication d''éléments en béton pour la construction',
    'Manufacture of concrete products for construction purposes'
),
(
    '23.62',
    191,
    'Herstellung von Gipserzeugnissen für den Bau',
    'Fabrication d''éléments en plâtre pour la construction',
    'Manufacture of plaster products for construction purposes'
),
(
    '23.63',
    192,
    'Herstellung von Frischbeton (Transportbeton)',
    'Fabrication de béton prêt à l''emploi',
    'Manufacture of ready-mixed concrete'
),
(
    '23.64',
    193,
    'Herstellung von Mörtel und anderem Beton (Trockenbeton)',
    'Fabrication de mortiers et bétons secs',
    'Manufacture of mortars'
),
(
    '23.65',
    194,
    'Herstellung von Faserzementwaren',
    'Fabrication d''ouvrages en fibre-ciment',
    'Manufacture of fibre cement'
),
(
    '23.69',
    195,
    'Herstellung von sonstigen Erzeugnissen aus Beton, Zement und Gips a. n. g.',
    'Fabrication d''autres ouvrages en béton, en ciment ou en plâtre',
    'Manufacture of other articles of concrete, plaster and cement'
),
(
    '23.70',
    196,
    'Be- und Verarbeitung von Naturwerksteinen und Natursteinen a. n. g.',
    'Taille, façonnage et finissage de pierres',
    'Cutting, shaping and finishing of stone'
),
(
    '23.91',
    197,
    'Herstellung von Schleifkörpern und Schleifmitteln auf Unterlage',
    'Fabrication de produits abrasifs',
    'Production of abrasive products'
),
(
    '23.99',
    198,
    'Herstellung von sonstigen Erzeugnissen aus nichtmetallischen Mineralien a. n. g.',
    'Fabrication d''autres produits minéraux non métalliques n.c.a.',
    'Manufacture of other non-metallic mineral products n.e.c.'
),
('24', 199, 'Metallerzeugung und -bearbeitung', 'Métallurgie', 'Manufacture of basic metals'),
(
    '24.10',
    200,
    'Erzeugung von Roheisen, Stahl und Ferrolegierungen',
    'Sidérurgie',
    'Manufacture of basic iron and steel and of ferro-alloys'
),
(
    '24.20',
    201,
    'Herstellung von Stahlrohren, Rohrform-, Rohrverschluss- und Rohrverbindungsstücken aus Stahl',
    'Fabrication de tubes, tuyaux, profilés creux et accessoires correspondants en acier',
    'Manufacture of tubes, pipes, hollow profiles and related fittings, of steel'
),
('24.31', 202, 'Herstellung von Blankstahl', 'Étirage à froid de barres', 'Cold drawing of bars'),
(
    '24.32',
    203,
    'Herstellung von Kaltband mit einer Breite von weniger als 600 mm',
    'Laminage à froid de feuillards',
    'Cold rolling of narrow strip'
),
('24.33', 204, 'Herstellung von Kaltprofilen', 'Profilage à froid par formage ou pliage', 'Cold forming or folding'),
('24.34', 205, 'Herstellung von kaltgezogenem Draht', 'Tréfilage à froid', 'Cold drawing of wire'),
(
    '24.41',
    206,
    'Erzeugung und erste Bearbeitung von Edelmetallen',
    'Production de métaux précieux',
    'Precious metals production'
),
('24.42', 207, 'Erzeugung und erste Bearbeitung von Aluminium', 'Métallurgie de l''aluminium', 'Aluminium production'),
(
    '24.43',
    208,
    'Erzeugung und erste Bearbeitung von Blei, Zink und Zinn',
    'Métallurgie du plomb, du zinc ou de l''étain',
    'Lead, zinc and tin production'
),
('24.44', 209, 'Erzeugung und erste Bearbeitung von Kupfer', 'Métallurgie du cuivre', 'Copper production'),
(
    '24.45',
    210,
    'Erzeugung und erste Bearbeitung von sonstigen NE-Metallen',
    'Métallurgie des autres métaux non ferreux',
    'Other non-ferrous metal production'
),
(
    '24.46',
    211,
    'Aufbereitung von Kernbrennstoffen',
    'Élaboration et transformation de matières nucléaires',
    'Processing of nuclear fuel'
),
('24.51', 212, 'Eisengiessereien', 'Fonderie de fonte', 'Casting of iron'),
('24.52', 213, 'Stahlgiessereien', 'Fonderie d''acier', 'Casting of steel'),
('24.53', 214, 'Leichtmetallgiessereien', 'Fonderie de métaux légers', 'Casting of light metals'),
('24.54', 215, 'Buntmetallgiessereien', 'Fonderie d''autres métaux non ferreux', 'Casting of other non-ferrous metals'),
(
    '25',
    216,
    'Herstellung von Metallerzeugnissen',
    'Fabrication de produits métalliques, à l''exception des machines et des équipements',
    'Manufacture of fabricated metal products, except machinery and equipment'
),
(
    '25.11',
    217,
    'Herstellung von Metallkonstruktionen',
    'Fabrication de structures métalliques et de parties de structures',
    'Manufacture of metal structures and parts of structures'
),
(
    '25.12',
    218,
    'Herstellung von Ausbauelementen aus Metall',
    'Fabrication de portes et fenêtres en métal',
    'Manufacture of doors and windows of metal'
),
(
    '25.21',
    219,
    'Herstellung von Heizkörpern und -kesseln für Zentralheizungen',
    'Fabrication de radiateurs et de chaudières pour le chauffage central',
    'Manufacture of central heating radiators and boilers'
),
(
    '25.29',
    220,
    'Herstellung von Sammelbehältern, Tanks u. ä. Behältern aus Metall',
    'Fabrication d''autres réservoirs, citernes et conteneurs métalliques',
    'Manufacture of other tanks, reservoirs and containers of metal'
),
(
    '25.30',
    221,
    'Herstellung von Dampfkesseln (ohne Zentralheizungskessel)',
    'Fabrication de générateurs de vapeur à l''exception des chaudières pour le chauffage central',
    'Manufacture of steam generators, except central heating hot water boilers'
),
(
    '25.40',
    222,
    'Herstellung von Waffen und Munition',
    'Fabrication d''armes et de munitions',
    'Manufacture of weapons and ammunition'
),
(
    '25.50',
    223,
    'Herstellung von Schmiede-, Press-, Zieh- und Stanzteilen, gewalzten Ringen und '
    || 'pulvermetallurgischen Erzeugnissen',
    'Forge, emboutissage, estampage; métallurgie des poudres',
    'Forging, pressing, stamping and roll-forming of metal; powder metallurgy'
),
(
    '25.61',
    224,
    'Oberflächenveredlung und Wärmebehandlung',
    'Traitement et revêtement des métaux',
    'Treatment and coating of metals'
),
('25.62', 225, 'Mechanik a. n. g.', 'Usinage', 'Machining'),
(
    '25.71',
    226,
    'Herstellung von Schneidwaren und Bestecken aus unedlen Metallen',
    'Fabrication de coutellerie',
    'Manufacture of cutlery'
),
(
    '25.72',
    227,
    'Herstellung von Schlössern und Beschlägen aus unedlen Metallen',
    'Fabrication de serrures et de ferrures',
    'Manufacture of locks and hinges'
),
('25.73', 228, 'Herstellung von Werkzeugen', 'Fabrication d''outillage', 'Manufacture of tools'),
(
    '25.91',
    229,
    'Herstellung von Fässern, Trommeln, Dosen, Eimern u. ä. Behältern aus Metall',
    'Fabrication de fûts et emballages métalliques similaires',
    'Manufacture of steel drums and similar containers'
),
(
    '25.92',
    230,
    'Herstellung von Verpackungen und Verschlüssen aus Eisen, Stahl und NE-Metall',
    'Fabrication d''emballages métalliques légers',
    'Manufacture of light metal packaging'
),
(
    '25.93',
    231,
    'Herstellung von Drahtwaren, Ketten und Federn',
    'Fabrication d''articles en fils métalliques, de chaînes et de ressorts',
    'Manufacture of wire products, chain and springs'
),
(
    '25.94',
    232,
    'Herstellung von Schrauben und Nieten',
    'Fabrication de vis et de boulons',
    'Manufacture of fasteners and screw machine products'
),
(
    '25.99',
    233,
    'Herstellung von sonstigen Metallwaren a. n. g.',
    'Fabrication d''autres produits métalliques n.c.a.',
    'Manufacture of other fabricated metal products n.e.c.'
),
(
    '26',
    234,
    'Herstellung von Datenverarbeitungsgeräten, elektronischen und optischen Erzeugnissen',
    'Fabrication de produits informatiques, électroniques et optiques',
    'Manufacture of computer, electronic and optical products'
),
(
    '26.11',
    235,
    'Herstellung von elektronischen Bauelementen',
    'Fabrication de composants électroniques',
    'Manufacture of electronic components'
),
(
    '26.12',
    236,
    'Herstellung von bestückten Leiterplatten',
    'Fabrication de cartes électroniques assemblées',
    'Manufacture of loaded electronic boards'
),
(
    '26.20',
    237,
    'Herstellung von Datenverarbeitungsgeräten und peripheren Geräten',
    'Fabrication d''ordinateurs et d''équipements périphériques',
    'Manufacture of computers and peripheral equipment'
),
(
    '26.30',
    238,
    'Herstellung von Geräten und Einrichtungen der Telekommunikationstechnik',
    'Fabrication d''équipements de communication',
    'Manufacture of communication equipment'
),
(
    '26.40',
    239,
    'Herstellung von Geräten der Unterhaltungselektronik',
    'Fabrication de produits électroniques grand public',
    'Manufacture of consumer electronics'
),
(
    '26.51',
    240,
    'Herstellung von Mess-, Kontroll-, Navigations- u. ä. Instrumenten und Vorrichtungen',
    'Fabrication d''instruments et d''appareils de mesure, d''essai et de navigation',
    'Manufacture of instruments and appliances for measuring, testing and navigation'
),
('26.52', 241, 'Herstellung von Uhren', 'Horlogerie', 'Manufacture of watches and clocks'),
(
    '26.60',
    242,
    'Herstellung von Bestrahlungs- und Elektrotherapiegeräten und elektromedizinischen Geräten',
    'Fabrication d''équipements d''irradiation médicale, d''équipements électromédicaux et '
    || 'électrothérapeutiques',
    'Manufacture of irradiation, electromedical and electrotherapeutic equipment'
),
(
    '26.70',
    243,
    'Herstellung von optischen und fotografischen Instrumenten und Geräten',
    'Fabrication de matériels optique et photographique',
    'Manufacture of optical instruments and photographic equipment'
),
(
    '26.80',
    244,
    'Herstellung von magnetischen und optischen Datenträgern',
    'Fabrication de supports magnétiques et optiques',
    'Manufacture of magnetic and optical media'
),
(
    '27',
    245,
    'Herstellung von elektrischen Ausrüstungen',
    'Fabrication d''équipements électriques',
    'Manufacture of electrical equipment'
),
(
    '27.11',
    246,
    'Herstellung von Elektromotoren, Generatoren und Transformatoren',
    'Fabrication de moteurs, génératrices et transformateurs électriques',
    'Manufacture of electric motors, generators and transformers'
),
(
    '27.12',
    247,
    'Herstellung von Elektrizitätsverteilungs- und -schalteinrichtungen',
    'Fabrication de matériel de distribution et de commande électrique',
    'Manufacture of electricity distribution and control apparatus'
),
(
    '27.20',
    248,
    'Herstellung von Batterien und Akkumulatoren',
    'Fabrication de piles et d''accumulateurs électriques',
    'Manufacture of batteries and accumulators'
),
(
    '27.31',
    249,
    'Herstellung von Glasfaserkabeln',
    'Fabrication de câbles de fibres optiques',
    'Manufacture of fibre optic cables'
),
(
    '27.32',
    250,
    'Herstellung von sonstigen elektronischen und elektrischen Drähten und Kabeln',
    'Fabrication d''autres fils et câbles électroniques ou électriques',
    'Manufacture of other electronic and electric wires and cables'
),
(
    '27.33',
    251,
    'Herstellung von elektrischem Installationsmaterial',
    'Fabrication de matériel d''installation électrique',
    'Manufacture of wiring devices'
),
(
    '27.40',
    252,
    'Herstellung von elektrischen Lampen und Leuchten',
    'Fabrication d''appareils d''éclairage électrique',
    'Manufacture of electric lighting equipment'
),
(
    '27.51',
    253,
    'Herstellung von elektrischen Haushaltsgeräten',
    'Fabrication d''appareils électroménagers',
    'Manufacture of electric domestic appliances'
),
(
    '27.52',
    254,
    'Herstellung von nichtelektrischen Haushaltsgeräten',
    'Fabrication d''appareils ménagers non électriques',
    'Manufacture of non-electric domestic appliances'
),
(
    '27.90',
    255,
    'Herstellung von sonstigen elektrischen Ausrüstungen und Geräten a. n. g.',
    'Fabrication d''autres matériels électriques',
    'Manufacture of other electrical equipment'
),
(
    '28',
    256,
    'Maschinenbau',
    'Fabrication de machines et équipements n.c.a.',
    'Manufacture of machinery and equipment n.e.c.'
),
(
    '28.11',
    257,
    'Herstellung von Verbrennungsmotoren und Turbinen (ohne Motoren für Luft- und Strassenfahrzeuge)',
    'Fabrication de moteurs et turbines à l''exception des moteurs d''avions et de véhicules',
    'Manufacture of engines and turbines, except aircraft, vehicle and cycle engines'
),
(
    '28.12',
    258,
    'Herstellung von hydraulischen und pneumatischen Komponenten und Systemen',
    'Fabrication d''équipements hydrauliques et pneumatiques',
    'Manufacture of fluid power equipment'
),
(
    '28.13',
    259,
    'Herstellung von Pumpen und Kompressoren a. n. g.',
    'Fabrication d''autres pompes et compresseurs',
    'Manufacture of other pumps and compressors'
),
(
    '28.14',
    260,
    'Herstellung von Armaturen a. n. g.',
    'Fabrication d''articles de robinetterie',
    'Manufacture of other taps and valves'
),
(
    '28.15',
    261,
    'Herstellung von Lagern, Getrieben, Zahnrädern und Antriebselementen',
    'Fabrication d''engrenages et d''organes mécaniques de transmission',
    'Manufacture of bearings, gears, gearing and driving elements'
),
(
    '28.21',
    262,
    'Herstellung von Öfen und Brennern',
    'Fabrication de fours et brûleurs',
    'Manufacture of ovens, furnaces and furnace burners'
),
(
    '28.22',
    263,
    'Herstellung von Hebezeugen und Fördermitteln',
    'Fabrication de matériel de levage et de manutention',
    'Manufacture of lifting and handling equipment'
),
(
    '28.23',
    264,
    'Herstellung von Büromaschinen (ohne Datenverarbeitungsgeräte und periphere Geräte)',
    'Fabrication de machines et d''équipements de bureau (à l''exception des ordinateurs et '
    || 'équipements périphériques)',
    'Manufacture of office machinery and equipment (except computers and peripheral equipment)'
),
(
    '28.24',
    265,
    'Herstellung von handgeführten Werkzeugen mit Motorantrieb',
    'Fabrication d''outillage portatif à moteur incorporé',
    'Manufacture of power-driven hand tools'
),
(
    '28.25',
    266,
    'Herstellung von kälte- und lufttechnischen Erzeugnissen, nicht für den Haushalt',
    'Fabrication d''équipements aérauliques et frigorifiques industriels',
    'Manufacture of non-domestic cooling and ventilation equipment'
),
(
    '28.29',
    267,
    'Herstellung von sonstigen nicht wirtschaftszweigspezifischen Maschinen a. n. g.',
    'Fabrication de machines diverses d''usage général',
    'Manufacture of other general-purpose machinery n.e.c.'
),
(
    '28.30',
    268,
    'Herstellung von land- und forstwirtschaftlichen Maschinen',
    'Fabrication de machines agricoles et forestières',
    'Manufacture of agricultural and forestry machinery'
),
(
    '28.41',
    269,
    'Herstellung von Werkzeugmaschinen für die Metallbearbeitung',
    'Fabrication de machines de formage des métaux',
    'Manufacture of metal forming machinery'
),
(
    '28.49',
    270,
    'Herstellung von sonstigen Werkzeugmaschinen',
    'Fabrication d''autres machines-outils',
    'Manufacture of other machine tools'
),
(
    '28.91',
    271,
    'Herstellung von Maschinen für die Metallerzeugung, von Walzwerkseinrichtungen und Giessmaschinen',
    'Fabrication de machines pour la métallurgie',
    'Manufacture of machinery for metallurgy'
),
(
    '28.92',
    272,
    'Herstellung von Bergwerks-, Bau- und Baustoffmaschinen',
    'Fabrication de machines pour l''extraction ou la construction',
    'Manufacture of machinery for mining, quarrying and construction'
),
(
    '28.93',
    273,
    'Herstellung von Maschinen für die Nahrungs- und Genussmittelerzeugung und die Tabakverarbeitung',
    'Fabrication de machines pour l''industrie agro-alimentaire',
    'Manufacture of machinery for food, beverage and tobacco processing'
),
(
    '28.94',
    274,
    'Herstellung von Maschinen für die Textil- und Bekleidungsherstellung und die Lederverarbeitung',
    'Fabrication de machines pour les industries textiles',
    'Manufacture of machinery for textile, apparel and leather production'
),
(
    '28.95',
    275,
    'Herstellung von Maschinen für die Papiererzeugung und -verarbeitung',
    'Fabrication de machines pour les industries du papier et du carton',
    'Manufacture of machinery for paper and paperboard production'
),
(
    '28.96',
    276,
    'Herstellung von Maschinen für die Verarbeitung von Kunststoffen und Kautschuk',
    'Fabrication de machines pour le travail du caoutchouc ou des plastiques',
    'Manufacture of plastic and rubber machinery'
),
(
    '28.99',
    277,
    'Herstellung von Maschinen für sonstige bestimmte Wirtschaftszweige a. n. g.',
    'Fabrication d''autres machines d''usage spécifique n.c.a.',
    'Manufacture of other special-purpose machinery n.e.c.'
),
(
    '29',
    278,
    'Herstellung von Automobilen und Automobilteilen',
    'Industrie automobile',
    'Manufacture of motor vehicles, trailers and semi-trailers'
),
(
    '29.10',
    279,
    'Herstellung von Automobilen und Automobilmotoren',
    'Construction de véhicules automobiles',
    'Manufacture of motor vehicles'
),
(
    '29.20',
    280,
    'Herstellung von Karosserien, Aufbauten und Anhängern',
    'Fabrication de carrosseries et remorques',
    'Manufacture of bodies (coachwork) for motor vehicles; manufacture of trailers and semi-trailers'
),
(
    '29.31',
    281,
    'Herstellung elektrischer und elektronischer Ausrüstungsgegenstände für Automobile',
    'Fabrication d''équipements électriques et électroniques automobiles',
    'Manufacture of electrical and electronic equipment for motor vehicles'
),
(
    '29.32',
    282,
    'Herstellung von sonstigen Teilen und sonstigem Zubehör für Automobile',
    'Fabrication d''autres équipements automobiles',
    'Manufacture of other parts and accessories for motor vehicles'
),
(
    '30',
    283,
    'Sonstiger Fahrzeugbau',
    'Fabrication d''autres matériels de transport',
    'Manufacture of other transport equipment'
),
(
    '30.11',
    284,
    'Schiffbau (ohne Boots- und Yachtbau)',
    'Construction de navires et de structures flottantes',
    'Building of ships and floating structures'
),
(
    '30.12',
    285,
    'Boots- und Yachtbau',
    'Construction de bateaux de plaisance',
    'Building of pleasure and sporting boats'
),
(
    '30.20',
    286,
    'Schienenfahrzeugbau',
    'Construction de locomotives et d''autre matériel ferroviaire roulant',
    'Manufacture of railway locomotives and rolling stock'
),
(
    '30.30',
    287,
    'Luft- und Raumfahrzeugbau',
    'Construction aéronautique et spatiale',
    'Manufacture of air and spacecraft and related machinery'
),
(
    '30.40',
    288,
    'Herstellung von militärischen Kampffahrzeugen',
    'Construction de véhicules militaires de combat',
    'Manufacture of military fighting vehicles'
),
('30.91', 289, 'Herstellung von Motorrädern', 'Fabrication de motocycles', 'Manufacture of motorcycles'),
(
    '30.92',
    290,
    'Herstellung von Fahrrädern sowie von Behindertenfahrzeugen',
    'Fabrication de bicyclettes et de véhicules pour invalides',
    'Manufacture of bicycles and invalid carriages'
),
(
    '30.99',
    291,
    'Herstellung von sonstigen Fahrzeugen a. n. g.',
    'Fabrication d''autres équipements de transport n.c.a.',
    'Manufacture of other transport equipment n.e.c.'
),
('31', 292, 'Herstellung von Möbeln', 'Fabrication de meubles', 'Manufacture of furniture'),
(
    '31.01',
    293,
    'Herstellung von Büro- und Ladenmöbeln',
    'Fabrication de meubles de bureau et de magasin',
    'Manufacture of office and shop furniture'
),
('31.02', 294, 'Herstellung von Küchenmöbeln', 'Fabrication de meubles de cuisine', 'Manufacture of kitchen furniture'),
('31.03', 295, 'Herstellung von Matratzen', 'Fabrication de matelas', 'Manufacture of mattresses'),
('31.09', 296, 'Herstellung von sonstigen Möbeln', 'Fabrication d''autres meubles', 'Manufacture of other furniture'),
('32', 297, 'Herstellung von sonstigen Waren', 'Autres industries manufacturières', 'Other manufacturing'),
('32.11', 298, 'Herstellung von Münzen', 'Frappe de monnaie', 'Striking of coins'),
(
    '32.12',
    299,
    'Herstellung von Schmuck, Gold- und Silberschmiedewaren (ohne Fantasieschmuck)',
    'Fabrication d''articles de joaillerie et bijouterie',
    'Manufacture of jewellery and related articles'
),
(
    '32.13',
    300,
    'Herstellung von Fantasieschmuck',
    'Fabrication d''articles de bijouterie fantaisie et articles similaires',
    'Manufacture of imitation jewellery and related articles'
),
(
    '32.20',
    301,
    'Herstellung von Musikinstrumenten',
    'Fabrication d''instruments de musique',
    'Manufacture of musical instruments'
),
('32.30', 302, 'Herstellung von Sportgeräten', 'Fabrication d''articles de sport', 'Manufacture of sports goods'),
('32.40', 303, 'Herstellung von Spielwaren', 'Fabrication de jeux et jouets', 'Manufacture of games and toys'),
(
    '32.50',
    304,
    'Herstellung von medizinischen und zahnmedizinischen Apparaten und Materialien',
    'Fabrication d''instruments et de fournitures à usage médical et dentaire',
    'Manufacture of medical and dental instruments and supplies'
),
(
    '32.91',
    305,
    'Herstellung von Besen und Bürsten',
    'Fabrication d''articles de brosserie',
    'Manufacture of brooms and brushes'
),
(
    '32.99',
    306,
    'Herstellung von sonstigen Erzeugnissen a. n. g.',
    'Autres activités manufacturières n.c.a.',
    'Other manufacturing n.e.c.'
),
(
    '33',
    307,
    'Reparatur und Installation von Maschinen und Ausrüstungen',
    'Réparation et installation de machines et d''équipements',
    'Repair and installation of machinery and equipment'
),
(
    '33.11',
    308,
    'Reparatur von Metallerzeugnissen',
    'Réparation d''ouvrages en métaux',
    'Repair of fabricated metal products'
),
('33.12', 309, 'Reparatur von Maschinen', 'Réparation de machines et équipements mécaniques', 'Repair of machinery'),
(
    '33.13',
    310,
    'Reparatur von elektronischen und optischen Geräten',
    'Réparation de matériels électroniques et optiques',
    'Repair of electronic and optical equipment'
),
(
    '33.14',
    311,
    'Reparatur von elektrischen Ausrüstungen',
    'Réparation d''équipements électriques',
    'Repair of electrical equipment'
),
(
    '33.15',
    312,
    'Reparatur und Instandhaltung von Schiffen, Booten und Yachten',
    'Réparation et maintenance navale',
    'Repair and maintenance of ships and boats'
),
(
    '33.16',
    313,
    'Reparatur und Instandhaltung von Luft- und Raumfahrzeugen',
    'Réparation et maintenance d''aéronefs et d''engins spatiaux',
    'Repair and maintenance of aircraft and spacecraft'
),
(
    '33.17',
    314,
    'Reparatur und Instandhaltung von Fahrzeugen a. n. g.',
    'Réparation et maintenance d''autres équipements de transport',
    'Repair and maintenance of other transport equipment'
),
('33.19', 315, 'Reparatur von sonstigen Ausrüstungen', 'Réparation d''autres équipements', 'Repair of other equipment'),
(
    '33.20',
    316,
    'Installation von Maschinen und Ausrüstungen a. n. g.',
    'Installation de machines et d''équipements industriels',
    'Installation of industrial machinery and equipment'
),
(
    '35',
    317,
    'Energieversorgung',
    'Production et distribution d''électricité, de gaz, de vapeur et d''air conditionné',
    'Electricity, gas, steam and air-conditioning supply'
),
('35.11', 318, 'Elektrizitätserzeugung', 'Production d''électricité', 'Production of electricity'),
('35.12', 319, 'Elektrizitätsübertragung', 'Transport d''électricité', 'Transmission of electricity'),
('35.13', 320, 'Elektrizitätsverteilung', 'Distribution d''électricité', 'Distribution of electricity'),
('35.14', 321, 'Elektrizitätshandel', 'Commerce d''électricité', 'Trade of electricity'),
('35.21', 322, 'Gaserzeugung', 'Production de combustibles gazeux', 'Manufacture of gas'),
(
    '35.22',
    323,
    'Gasverteilung durch Rohrleitungen',
    'Distribution de combustibles gazeux par conduites',
    'Distribution of gaseous fuels through mains'
),
(
    '35.23',
    324,
    'Gashandel durch Rohrleitungen',
    'Commerce de combustibles gazeux par conduites',
    'Trade of gas through mains'
),
(
    '35.30',
    325,
    'Wärme- und Kälteversorgung',
    'Production et distribution de vapeur et d''air conditionné',
    'Steam and air conditioning supply'
),
('36', 326, 'Wasserversorgung', 'Captage, traitement et distribution d''eau', 'Water collection, treatment and supply'),
(
    '36.00',
    327,
    'Wasserversorgung',
    'Captage, traitement et distribution d''eau',
    'Water collection, treatment and supply'
),
('37', 328, 'Abwasserentsorgung', 'Collecte et traitement des eaux usées', 'Sewerage'),
('37.00', 329, 'Abwasserentsorgung', 'Collecte et traitement des eaux usées', 'Sewerage'),
(
    '38',
    330,
    'Sammlung, Behandlung und Beseitigung von Abfällen; Rückgewinnung',
    'Collecte, traitement et élimination des déchets; récupération',
    'Waste collection, treatment and disposal activities; materials recovery'
),
(
    '38.11',
    331,
    'Sammlung nicht gefährlicher Abfälle',
    'Collecte des déchets non dangereux',
    'Collection of non-hazardous waste'
),
('38.12', 332, 'Sammlung gefährlicher Abfälle', 'Collecte des déchets dangereux', 'Collection of hazardous waste'),
(
    '38.21',
    333,
    'Behandlung und Beseitigung nicht gefährlicher Abfälle',
    'Traitement et élimination des déchets non dangereux',
    'Treatment and disposal of non-hazardous waste'
),
(
    '38.22',
    334,
    'Behandlung und Beseitigung gefährlicher Abfälle',
    'Traitement et élimination des déchets dangereux',
    'Treatment and disposal of hazardous waste'
),
(
    '38.31',
    335,
    'Zerlegen von Schiffs- und Fahrzeugwracks und anderen Altwaren',
    'Démantèlement d''épaves',
    'Dismantling of wrecks'
),
('38.32', 336, 'Rückgewinnung sortierter Werkstoffe', 'Récupération de déchets triés', 'Recovery of sorted materials'),
(
    '39',
    337,
    'Beseitigung von Umweltverschmutzungen und sonstige Entsorgung',
    'Dépollution et autres services de gestion des déchets',
    'Remediation activities and other waste management services'
),
(
    '39.00',
    338,
    'Beseitigung von Umweltverschmutzungen und sonstige Entsorgung',
    'Dépollution et autres services de gestion des déchets',
    'Remediation activities and other waste management services'
),
('41', 339, 'Hochbau', 'Construction de bâtiments', 'Construction of buildings'),
(
    '41.10',
    340,
    'Erschliessung von Grundstücken; Bauträger',
    'Promotion immobilière',
    'Development of building projects'
),
(
    '41.20',
    341,
    'Bau von Gebäuden',
    'Construction de bâtiments résidentiels et non résidentiels',
    'Construction of residential and non-residential buildings'
),
('42', 342, 'Tiefbau', 'Génie civil', 'Civil engineering'),
('42.11', 343, 'Bau von Strassen', 'Construction de routes et autoroutes', 'Construction of roads and motorways'),
(
    '42.12',
    344,
    'Bau von Bahnverkehrsstrecken',
    'Construction de voies ferrées de surface et souterraines',
    'Construction of railways and underground railways'
),
('42.13', 345, 'Brücken- und Tunnelbau', 'Construction de ponts et tunnels', 'Construction of bridges and tunnels'),
(
    '42.21',
    346,
    'Rohrleitungstiefbau, Brunnenbau und Kläranlagenbau',
    'Construction de réseaux pour fluides',
    'Construction of utility projects for fluids'
),
(
    '42.22',
    347,
    'Kabelnetzleitungstiefbau',
    'Construction de réseaux électriques et de télécommunications',
    'Construction of utility projects for electricity and telecommunications'
),
('42.91', 348, 'Wasserbau', 'Construction d''ouvrages maritimes et fluviaux', 'Construction of water projects'),
(
    '42.99',
    349,
    'Sonstiger Tiefbau a. n. g.',
    'Construction d''autres ouvrages de génie civil n.c.a.',
    'Construction of other civil engineering projects n.e.c.'
),
(
    '43',
    350,
    'Vorbereitende Baustellenarbeiten, Bauinstallation und sonstiges Ausbaugewerbe',
    'Travaux de construction spécialisés',
    'Specialised construction activities'
),
('43.11', 351, 'Abbrucharbeiten', 'Travaux de démolition', 'Demolition'),
('43.12', 352, 'Vorbereitende Baustellenarbeiten', 'Travaux de préparation des sites', 'Site preparation'),
('43.13', 353, 'Test- und Suchbohrung', 'Forages et sondages', 'Test drilling and boring'),
('43.21', 354, 'Elektroinstallation', 'Installation électrique', 'Electrical installation'),
(
    '43.22',
    355,
    'Gas-, Wasser-, Heizungs- sowie Lüftungs- und Klimainstallation',
    'Travaux de plomberie et installation de chauffage et de conditionnement d''air',
    'Plumbing, heat and air conditioning installation'
),
('43.29', 356, 'Sonstige Bauinstallation', 'Autres travaux d''installation', 'Other construction installation'),
('43.31', 357, 'Anbringen von Stuckaturen, Gipserei und Verputzerei', 'Travaux de plâtrerie', 'Plastering'),
('43.32', 358, 'Bautischlerei und -schlosserei', 'Travaux de menuiserie', 'Joinery installation'),
(
    '43.33',
    359,
    'Fussboden-, Fliesen- und Plattenlegerei, Tapeziererei',
    'Travaux de revêtement des sols et des murs',
    'Floor and wall covering'
),
('43.34', 360, 'Malerei und Glaserei', 'Travaux de peinture et vitrerie', 'Painting and glazing'),
('43.39', 361, 'Sonstiger Ausbau a. n. g.', 'Autres travaux de finition', 'Other building completion and finishing'),
('43.91', 362, 'Dachdeckerei und Zimmerei', 'Travaux de couverture', 'Roofing activities'),
(
    '43.99',
    363,
    'Sonstige spezialisierte Bautätigkeiten a. n. g.',
    'Autres travaux de construction spécialisés n.c.a.',
    'Other specialised construction activities n.e.c.'
),
(
    '45',
    364,
    'Handel mit Motorfahrzeugen; Instandhaltung und Reparatur von Motorfahrzeugen',
    'Commerce et réparation d''automobiles et de motocycles',
    'Wholesale and retail trade and repair of motor vehicles and motorcycles'
),
(
    '45.11',
    365,
    'Handel mit Automobilen mit einem Gesamtgewicht von 3,5 t oder weniger',
    'Commerce de voitures et de véhicules automobiles légers',
    'Sale of cars and light motor vehicles'
),
(
    '45.19',
    366,
    'Handel mit Automobilen mit einem Gesamtgewicht von mehr als 3,5 t',
    'Commerce d''autres véhicules automobiles',
    'Sale of other motor vehicles'
),
(
    '45.20',
    367,
    'Instandhaltung und Reparatur von Automobilen',
    'Entretien et réparation de véhicules automobiles',
    'Maintenance and repair of motor vehicles'
),
(
    '45.31',
    368,
    'Grosshandel mit Automobilteilen und -zubehör',
    'Commerce de gros d''équipements automobiles',
    'Wholesale trade of motor vehicle parts and accessories'
),
(
    '45.32',
    369,
    'Detailhandel mit Automobilteilen und -zubehör',
    'Commerce de détail d''équipements automobiles',
    'Retail trade of motor vehicle parts and accessories'
),
(
    '45.40',
    370,
    'Handel mit Motorrädern, Kraftradteilen und -zubehör; Instandhaltung und Reparatur von Motorrädern',
    'Commerce et réparation de motocycles',
    'Sale, maintenance and repair of motorcycles and related parts and accessories'
),
(
    '46',
    371,
    'Grosshandel (ohne Handel mit Motorfahrzeugen)',
    'Commerce de gros, à l''exception des automobiles et des motocycles',
    'Wholesale trade, except of motor vehicles and motorcycles'
),
(
    '46.11',
    372,
    'Handelsvermittlung von landwirtschaftlichen Grundstoffen, lebenden Tieren, textilen '
    || 'Rohstoffen und Halbwaren',
    'Intermédiaires du commerce en matières premières agricoles, animaux vivants, matières '
    || 'premières textiles et produits semi-finis',
    'Agents involved in the sale of agricultural raw materials, live animals, textile raw '
    || 'materials and semi-finished goods'
),
(
    '46.12',
    373,
    'Handelsvermittlung von Brennstoffen, Erzen, Metallen und technischen Chemikalien',
    'Intermédiaires du commerce en combustibles, métaux, minéraux et produits chimiques',
    'Agents involved in the sale of fuels, ores, metals and industrial chemicals'
),
(
    '46.13',
    374,
    'Handelsvermittlung von Holz, Baustoffen und Anstrichmitteln',
    'Intermédiaires du commerce en bois et matériaux de construction',
    'Agents involved in the sale of timber and building materials'
),
(
    '46.14',
    375,
    'Handelsvermittlung von Maschinen, technischem Bedarf, Wasser- und Luftfahrzeugen',
    'Intermédiaires du commerce en machines, équipements industriels, navires et avions',
    'Agents involved in the sale of machinery, industrial equipment, ships and aircraft'
),
(
    '46.15',
    376,
    'Handelsvermittlung von Möbeln, Einrichtungs- und Haushaltsgegenständen, Eisen- und Metallwaren',
    'Intermédiaires du commerce en meubles, articles de ménage et quincaillerie',
    'Agents involved in the sale of furniture, household goods, hardware and ironmongery'
),
(
    '46.16',
    377,
    'Handelsvermittlung von Textilien, Bekleidung, Schuhen und Lederwaren',
    'Intermédiaires du commerce en textiles, habillement, fourrures, chaussures et articles en cuir',
    'Agents involved in the sale of textiles, clothing, fur, footwear and leather goods'
),
(
    '46.17',
    378,
    'Handelsvermittlung von Nahrungsmitteln, Getränken und Tabakwaren',
    'Intermédiaires du commerce en denrées, boissons et tabac',
    'Agents involved in the sale of food, beverages and tobacco'
),
(
    '46.18',
    379,
    'Handelsvermittlung von sonstigen Waren',
    'Intermédiaires spécialisés dans le commerce d''autres produits spécifiques',
    'Agents specialised in the sale of other particular products'
),
(
    '46.19',
    380,
    'Handelsvermittlung von Waren ohne ausgeprägten Schwerpunkt',
    'Intermédiaires du commerce en produits divers',
    'Agents involved in the sale of a variety of goods'
),
(
    '46.21',
    381,
    'Grosshandel mit Getreide, Rohtabak, Saatgut und Futtermitteln',
    'Commerce de gros de céréales, de tabac non manufacturé, de semences et d''aliments pour le bétail',
    'Wholesale of grain, unmanufactured tobacco, seeds and animal feeds'
),
(
    '46.22',
    382,
    'Grosshandel mit Blumen und Pflanzen',
    'Commerce de gros de fleurs et plantes',
    'Wholesale of flowers and plants'
),
('46.23', 383, 'Grosshandel mit lebenden Tieren', 'Commerce de gros d''animaux vivants', 'Wholesale of live animals'),
(
    '46.24',
    384,
    'Grosshandel mit Häuten, Fellen und Leder',
    'Commerce de gros de cuirs et peaux',
    'Wholesale of hides, skins and leather'
),
(
    '46.31',
    385,
    'Grosshandel mit Obst, Gemüse und Kartoffeln',
    'Commerce de gros de fruits et légumes',
    'Wholesale of fruit and vegetables'
),
(
    '46.32',
    386,
    'Grosshandel mit Fleisch und Fleischwaren',
    'Commerce de gros de viandes et de produits à base de viande',
    'Wholesale of meat and meat products'
),
(
    '46.33',
    387,
    'Grosshandel mit Milch, Milcherzeugnissen, Eiern, Speiseölen und Nahrungsfetten',
    'Commerce de gros de produits laitiers, œufs, huiles et matières grasses comestibles',
    'Wholesale of dairy products, eggs and edible oils and fats'
),
('46.34', 388, 'Grosshandel mit Getränken', 'Commerce de gros de boissons', 'Wholesale of beverages'),
(
    '46.35',
    389,
    'Grosshandel mit Tabakwaren',
    'Commerce de gros de produits à base de tabac',
    'Wholesale of tobacco products'
),
(
    '46.36',
    390,
    'Grosshandel mit Zucker, Süsswaren und Backwaren',
    'Commerce de gros de sucre, chocolat et confiserie',
    'Wholesale of sugar and chocolate and sugar confectionery'
),
(
    '46.37',
    391,
    'Grosshandel mit Kaffee, Tee, Kakao und Gewürzen',
    'Commerce de gros de café, thé, cacao et épices',
    'Wholesale of coffee, tea, cocoa and spices'
),
(
    '46.38',
    392,
    'Grosshandel mit sonstigen Nahrungs- und Genussmitteln',
    'Commerce de gros d''autres produits alimentaires, y compris poissons, crustacés et mollusques',
    'Wholesale of other food, including fish, crustaceans and molluscs'
),
(
    '46.39',
    393,
    'Grosshandel mit Nahrungs- und Genussmitteln, Getränken und Tabakwaren, ohne ausgeprägten Schwerpunkt',
    'Commerce de gros non spécialisé de denrées, boissons et tabac',
    'Non-specialised wholesale of food, beverages and tobacco'
),
('46.41', 394, 'Grosshandel mit Textilien', 'Commerce de gros de textiles', 'Wholesale of textiles'),
(
    '46.42',
    395,
    'Grosshandel mit Bekleidung und Schuhen',
    'Commerce de gros d''habillement et de chaussures',
    'Wholesale of clothing and footwear'
),
(
    '46.43',
    396,
    'Grosshandel mit Foto- und optischen Erzeugnissen, elektrischen Haushaltsgeräten und '
    || 'Geräten der Unterhaltungselektronik',
    'Commerce de gros d''appareils électroménagers',
    'Wholesale of electrical household appliances'
),
(
    '46.44',
    397,
    'Grosshandel mit keramischen Erzeugnissen, Glaswaren und Reinigungsmitteln',
    'Commerce de gros de vaisselle, verrerie et produits d''entretien',
    'Wholesale of china and glassware and cleaning materials'
),
(
    '46.45',
    398,
    'Grosshandel mit kosmetischen Erzeugnissen und Körperpflegemitteln',
    'Commerce de gros de parfumerie et de produits de beauté',
    'Wholesale of perfume and cosmetics'
),
(
    '46.46',
    399,
    'Grosshandel mit pharmazeutischen, medizinischen und orthopädischen Erzeugnissen',
    'Commerce de gros de produits pharmaceutiques',
    'Wholesale of pharmaceutical goods'
),
(
    '46.47',
    400,
    'Grosshandel mit Möbeln, Teppichen, Lampen und Leuchten',
    'Commerce de gros de meubles, de tapis et d''appareils d''éclairage',
    'Wholesale of furniture, carpets and lighting equipment'
),
(
    '46.48',
    401,
    'Grosshandel mit Uhren und Schmuck',
    'Commerce de gros d''articles d''horlogerie et de bijouterie',
    'Wholesale of watches and jewellery'
),
(
    '46.49',
    402,
    'Grosshandel mit sonstigen Gebrauchs- und Verbrauchsgütern',
    'Commerce de gros d''autres biens domestiques',
    'Wholesale of other household goods'
),
(
    '46.51',
    403,
    'Grosshandel mit Datenverarbeitungsgeräten, peripheren Geräten und Software',
    'Commerce de gros d''ordinateurs, d''équipements informatiques périphériques et de logiciels',
    'Wholesale of computers, computer peripheral equipment and software'
),
(
    '46.52',
    404,
    'Grosshandel mit elektronischen Bauteilen und Telekommunikationsgeräten',
    'Commerce de gros de composants et d''équipements électroniques et de télécommunication',
    'Wholesale of electronic and telecommunications equipment and parts'
),
(
    '46.61',
    405,
    'Grosshandel mit landwirtschaftlichen Maschinen, und Geräten',
    'Commerce de gros de matériel agricole',
    'Wholesale of agricultural machinery, equipment and supplies'
),
(
    '46.62',
    406,
    'Grosshandel mit Werkzeugmaschinen',
    'Commerce de gros de machines-outils',
    'Wholesale of machine tools'
),
(
    '46.63',
    407,
    'Grosshandel mit Bergwerks-, Bau- und Baustoffmaschinen',
    'Commerce de gros de machines pour l''extraction, la construction et le génie civil',
    'Wholesale of mining, construction and civil engineering machinery'
),
(
    '46.64',
    408,
    'Grosshandel mit Textil-, Näh- und Strickmaschinen',
    'Commerce de gros de machines pour l''industrie textile et l''habillement',
    'Wholesale of machinery for the textile industry and of sewing and knitting machines'
),
('46.65', 409, 'Grosshandel mit Büromöbeln', 'Commerce de gros de mobilier de bureau', 'Wholesale of office furniture'),
(
    '46.66',
    410,
    'Grosshandel mit sonstigen Büromaschinen und -einrichtungen',
    'Commerce de gros d''autres machines et équipements de bureau',
    'Wholesale of other office machinery and equipment'
),
(
    '46.69',
    411,
    'Grosshandel mit sonstigen Maschinen und Ausrüstungen',
    'Commerce de gros d''autres machines et équipements',
    'Wholesale of other machinery and equipment'
),
(
    '46.71',
    412,
    'Grosshandel mit festen Brennstoffen und Mineralölerzeugnissen',
    'Commerce de gros de combustibles et de produits annexes',
    'Wholesale of solid, liquid and gaseous fuels and related products'
),
(
    '46.72',
    413,
    'Grosshandel mit Erzen, Metallen und Metallhalbzeug',
    'Commerce de gros de minerais et métaux',
    'Wholesale of metals and metal ores'
),
(
    '46.73',
    414,
    'Grosshandel mit Holz, Baustoffen, Anstrichmitteln und Sanitärkeramik',
    'Commerce de gros de bois, de matériaux de construction et d''appareils sanitaires',
    'Wholesale of wood, construction materials and sanitary equipment'
),
(
    '46.74',
    415,
    'Grosshandel mit Metall- und Kunststoffwaren für Bauzwecke sowie Installationsbedarf für '
    || 'Gas, Wasser und Heizung',
    'Commerce de gros de quincaillerie et fournitures pour plomberie et chauffage',
    'Wholesale of hardware, plumbing and heating equipment and supplies'
),
(
    '46.75',
    416,
    'Grosshandel mit chemischen Erzeugnissen',
    'Commerce de gros de produits chimiques',
    'Wholesale of chemical products'
),
(
    '46.76',
    417,
    'Grosshandel mit sonstigen Halbwaren',
    'Commerce de gros d''autres produits intermédiaires',
    'Wholesale of other intermediate products'
),
(
    '46.77',
    418,
    'Grosshandel mit Altmaterialien und Reststoffen',
    'Commerce de gros de déchets et débris',
    'Wholesale of waste and scrap'
),
(
    '46.90',
    419,
    'Grosshandel ohne ausgeprägten Schwerpunkt',
    'Commerce de gros non spécialisé',
    'Non-specialised wholesale trade'
),
(
    '47',
    420,
    'Detailhandel (ohne Handel mit Motorfahrzeugen)',
    'Commerce de détail, à l''exception des automobiles et des motocycles',
    'Retail trade, except of motor vehicles and motorcycles'
),
(
    '47.11',
    421,
    'Detailhandel mit Waren verschiedener Art, Hauptrichtung Nahrungs- und Genussmittel, '
    || 'Getränke und Tabakwaren',
    'Commerce de détail en magasin non spécialisé à prédominance alimentaire',
    'Retail sale in non-specialised stores with food, beverages or tobacco predominating'
),
(
    '47.19',
    422,
    'Sonstiger Detailhandel mit Waren verschiedener Art',
    'Autre commerce de détail en magasin non spécialisé',
    'Other retail sale in non-specialised stores'
),
(
    '47.21',
    423,
    'Detailhandel mit Obst, Gemüse und Kartoffeln',
    'Commerce de détail de fruits et légumes en magasin spécialisé',
    'Retail sale of fruit and vegetables in specialised stores'
),
(
    '47.22',
    424,
    'Detailhandel mit Fleisch und Fleischwaren',
    'Commerce de détail de viandes et de produits à base de viande en magasin spécialisé',
    'Retail sale of meat and meat products in specialised stores'
),
(
    '47.23',
    425,
    'Detailhandel mit Fisch, Meeresfrüchten und Fischerzeugnissen',
    'Commerce de détail de poissons, crustacés et mollusques en magasin spécialisé',
    'Retail sale of fish, crustaceans and molluscs in specialised stores'
),
(
    '47.24',
    426,
    'Detailhandel mit Back- und Süsswaren',
    'Commerce de détail de pain, pâtisserie et confiserie en magasin spécialisé',
    'Retail sale of bread, cakes, flour confectionery and sugar confectionery in specialised stores'
),
(
    '47.25',
    427,
    'Detailhandel mit Getränken',
    'Commerce de détail de boissons en magasin spécialisé',
    'Retail sale of beverages in specialised stores'
),
(
    '47.26',
    428,
    'Detailhandel mit Tabakwaren',
    'Commerce de détail de produits à base de tabac en magasin spécialisé',
    'Retail sale of tobacco products in specialised stores'
),
(
    '47.29',
    429,
    'Sonstiger Detailhandel mit Nahrungs- und Genussmitteln',
    'Autres commerces de détail alimentaires en magasin spécialisé',
    'Other retail sale of food in specialised stores'
),
(
    '47.30',
    430,
    'Detailhandel mit Motorenkraftstoffen (Tankstellen)',
    'Commerce de détail de carburants en magasin spécialisé',
    'Retail sale of automotive fuel in specialised stores'
),
(
    '47.41',
    431,
    'Detailhandel mit Datenverarbeitungsgeräten, peripheren Geräten und Software',
    'Commerce de détail d''ordinateurs, d''unités périphériques et de logiciels en magasin spécialisé',
    'Retail sale of computers, peripheral units and software in specialised stores'
),
(
    '47.42',
    432,
    'Detailhandel mit Telekommunikationsgeräten',
    'Commerce de détail de matériels de télécommunication en magasin spécialisé',
    'Retail sale of telecommunications equipment in specialised stores'
),
(
    '47.43',
    433,
    'Detailhandel mit Geräten der Unterhaltungselektronik',
    'Commerce de détail de matériels audio/vidéo en magasin spécialisé',
    'Retail sale of audio and video equipment in specialised stores'
),
(
    '47.51',
    434,
    'Detailhandel mit Textilien',
    'Commerce de détail de textiles en magasin spécialisé',
    'Retail sale of textiles in specialised stores'
),
(
    '47.52',
    435,
    'Detailhandel mit Metallwaren, Anstrichmitteln, Bau- und Heimwerkerbedarf',
    'Commerce de détail de quincaillerie, peintures et verres en magasin spécialisé',
    'Retail sale of hardware, paints and glass in specialised stores'
),
(
    '47.53',
    436,
    'Detailhandel mit Vorhängen, Teppichen, Fussbodenbelägen und Tapeten',
    'Commerce de détail de tapis, moquettes et revêtements de murs et de sols en magasin spécialisé',
    'Retail sale of carpets, rugs, wall and floor coverings in specialised stores'
),
(
    '47.54',
    437,
    'Detailhandel mit elektrischen Haushaltsgeräten',
    'Commerce de détail d''appareils électroménagers en magasin spécialisé',
    'Retail sale of electrical household appliances in specialised stores'
),
(
    '47.59',
    438,
    'Detailhandel mit Möbeln, Einrichtungsgegenständen und sonstigem Hausrat',
    'Commerce de détail de meubles, appareils d''éclairage et autres articles de ménage en '
    || 'magasin spécialisé',
    'Retail sale of furniture, lighting equipment and other household articles in specialised stores'
),
(
    '47.61',
    439,
    'Detailhandel mit Büchern',
    'Commerce de détail de livres en magasin spécialisé',
    'Retail sale of books in specialised stores'
),
(
    '47.62',
    440,
    'Detailhandel mit Zeitschriften, Zeitungen, Schreibwaren und Bürobedarf',
    'Commerce de détail de journaux et papeterie en magasin spécialisé',
    'Retail sale of newspapers and stationery in specialised stores'
),
(
    '47.63',
    441,
    'Detailhandel mit bespielten Ton- und Bildträgern',
    'Commerce de détail d''enregistrements musicaux et vidéo en magasin spécialisé',
    'Retail sale of music and video recordings in specialised stores'
),
(
    '47.64',
    442,
    'Detailhandel mit Fahrrädern, Sport- und Campingartikeln',
    'Commerce de détail d''articles de sport en magasin spécialisé',
    'Retail sale of sporting equipment in specialised stores'
),
(
    '47.65',
    443,
    'Detailhandel mit Spielwaren',
    'Commerce de détail de jeux et jouets en magasin spécialisé',
    'Retail sale of games and toys in specialised stores'
),
(
    '47.71',
    444,
    'Detailhandel mit Bekleidung',
    'Commerce de détail d''habillement en magasin spécialisé',
    'Retail sale of clothing in specialised stores'
),
(
    '47.72',
    445,
    'Detailhandel mit Schuhen und Lederwaren',
    'Commerce de détail de chaussures et d''articles en cuir en magasin spécialisé',
    'Retail sale of footwear and leather goods in specialised stores'
),
(
    '47.73',
    446,
    'Apotheken',
    'Commerce de détail de produits pharmaceutiques en magasin spécialisé',
    'Dispensing chemist in specialised stores'
),
(
    '47.74',
    447,
    'Detailhandel mit medizinischen und orthopädischen Artikeln',
    'Commerce de détail d''articles médicaux et orthopédiques en magasin spécialisé',
    'Retail sale of medical and orthopaedic goods in specialised stores'
),
(
    '47.75',
    448,
    'Detailhandel mit kosmetischen Erzeugnissen und Körperpflegemitteln',
    'Commerce de détail de parfumerie et de produits de beauté en magasin spécialisé',
    'Retail sale of cosmetic and toilet articles in specialised stores'
),
(
    '47.76',
    449,
    'Detailhandel mit Blumen, Pflanzen, Sämereien, Düngemitteln, zoologischem Bedarf und lebenden Tieren',
    'Commerce de détail de fleurs, plantes, graines, engrais, animaux de compagnie et aliments '
    || 'pour ces animaux en magasin spécialisé',
    'Retail sale of flowers, plants, seeds, fertilisers, pet animals and pet food in specialised stores'
),
(
    '47.77',
    450,
    'Detailhandel mit Uhren und Schmuck',
    'Commerce de détail d''articles d''horlogerie et de bijouterie en magasin spécialisé',
    'Retail sale of watches and jewellery in specialised stores'
),
(
    '47.78',
    451,
    'Sonstiger Detailhandel in Verkaufsräumen (ohne Antiquitäten und Gebrauchtwaren)',
    'Autre commerce de détail de biens neufs en magasin spécialisé',
    'Other retail sale of new goods in specialised stores'
),
(
    '47.79',
    452,
    'Detailhandel mit Antiquitäten und Gebrauchtwaren',
    'Commerce de détail de biens d''occasion en magasin',
    'Retail sale of second-hand goods in stores'
),
(
    '47.81',
    453,
    'Detailhandel mit Nahrungs- und Genussmitteln, Getränken und Tabakwaren an Verkaufsständen '
    || 'und auf Märkten',
    'Commerce de détail alimentaire sur éventaires et marchés',
    'Retail sale via stalls and markets of food, beverages and tobacco products'
),
(
    '47.82',
    454,
    'Detailhandel mit Textilien, Bekleidung und Schuhen an Verkaufsständen und auf Märkten',
    'Commerce de détail de textiles, d''habillement et de chaussures sur éventaires et marchés',
    'Retail sale via stalls and markets of textiles, clothing and footwear'
),
(
    '47.89',
    455,
    'Detailhandel mit sonstigen Gütern an Verkaufsständen und auf Märkten',
    'Autres commerces de détail sur éventaires et marchés',
    'Retail sale via stalls and markets of other goods'
),
(
    '47.91',
    456,
    'Versand- und Internet-Detailhandel',
    'Vente à distance',
    'Retail sale via mail order houses or via Internet'
),
(
    '47.99',
    457,
    'Sonstiger Detailhandel, nicht in Verkaufsräumen, an Verkaufsständen oder auf Märkten',
    'Autres commerces de détail hors magasin, éventaires ou marchés',
    'Other retail sale not in stores, stalls or markets'
),
(
    '49',
    458,
    'Landverkehr und Transport in Rohrfernleitungen',
    'Transports terrestres et transport par conduites',
    'Land transport and transport via pipelines'
),
(
    '49.10',
    459,
    'Personenbeförderung im Eisenbahnfernverkehr',
    'Transport ferroviaire interurbain de voyageurs',
    'Passenger rail transport, interurban'
),
('49.20', 460, 'Güterbeförderung im Eisenbahnverkehr', 'Transports ferroviaires de fret', 'Freight rail transport'),
(
    '49.31',
    461,
    'Personenbeförderung im Nahverkehr zu Lande (ohne Taxis)',
    'Transports urbains et suburbains de voyageurs',
    'Urban and suburban passenger land transport'
),
('49.32', 462, 'Betrieb von Taxis', 'Transports de voyageurs par taxis', 'Taxi operation'),
(
    '49.39',
    463,
    'Sonstige Personenbeförderung im Landverkehr a. n. g.',
    'Autres transports terrestres de voyageurs n.c.a.',
    'Other passenger land transport n.e.c.'
),
('49.41', 464, 'Güterbeförderung im Strassenverkehr', 'Transports routiers de fret', 'Freight transport by road'),
('49.42', 465, 'Umzugstransporte', 'Services de déménagement', 'Removal services'),
('49.50', 466, 'Transport in Rohrfernleitungen', 'Transports par conduites', 'Transport via pipeline'),
('50', 467, 'Schifffahrt', 'Transports par eau', 'Water transport'),
(
    '50.10',
    468,
    'Personenbeförderung in der See- und Küstenschifffahrt',
    'Transports maritimes et côtiers de passagers',
    'Sea and coastal passenger water transport'
),
(
    '50.20',
    469,
    'Güterbeförderung in der See- und Küstenschifffahrt',
    'Transports maritimes et côtiers de fret',
    'Sea and coastal freight water transport'
),
(
    '50.30',
    470,
    'Personenbeförderung in der Binnenschifffahrt',
    'Transports fluviaux de passagers',
    'Inland passenger water transport'
),
(
    '50.40',
    471,
    'Güterbeförderung in der Binnenschifffahrt',
    'Transports fluviaux de fret',
    'Inland freight water transport'
),
('51', 472, 'Luftfahrt', 'Transports aériens', 'Air transport'),
('51.10', 473, 'Personenbeförderung in der Luftfahrt', 'Transports aériens de passagers', 'Passenger air transport'),
('51.21', 474, 'Güterbeförderung in der Luftfahrt', 'Transports aériens de fret', 'Freight air transport'),
('51.22', 475, 'Raumtransport', 'Transports spatiaux', 'Space transport'),
(
    '52',
    476,
    'Lagerei sowie Erbringung von sonstigen Dienstleistungen für den Verkehr',
    'Entreposage et services auxiliaires des transports',
    'Warehousing and support activities for transportation'
),
('52.10', 477, 'Lagerei', 'Entreposage et stockage', 'Warehousing and storage'),
(
    '52.21',
    478,
    'Erbringung von sonstigen Dienstleistungen für den Landverkehr',
    'Services auxiliaires des transports terrestres',
    'Service activities incidental to land transportation'
),
(
    '52.22',
    479,
    'Erbringung von sonstigen Dienstleistungen für die Schifffahrt',
    'Services auxiliaires des transports par eau',
    'Service activities incidental to water transportation'
),
(
    '52.23',
    480,
    'Erbringung von sonstigen Dienstleistungen für die Luftfahrt',
    'Services auxiliaires des transports aériens',
    'Service activities incidental to air transportation'
),
('52.24', 481, 'Frachtumschlag', 'Manutention', 'Cargo handling'),
(
    '52.29',
    482,
    'Erbringung von sonstigen Dienstleistungen für den Verkehr a. n. g.',
    'Autres services auxiliaires des transports',
    'Other transportation support activities'
),
('53', 483, 'Post-, Kurier- und Expressdienste', 'Activités de poste et de courrier', 'Postal and courier activities'),
(
    '53.10',
    484,
    'Postdienste von Universaldienstleistungsanbietern',
    'Activités de poste dans le cadre d''une obligation de service universel',
    'Postal activities under universal service obligation'
),
(
    '53.20',
    485,
    'Sonstige Post-, Kurier- und Expressdienste',
    'Autres activités de poste et de courrier',
    'Other postal and courier activities'
),
('55', 486, 'Beherbergung', 'Hébergement', 'Accommodation'),
('55.10', 487, 'Hotels, Gasthöfe und Pensionen', 'Hôtels et hébergement similaire', 'Hotels and similar accommodation'),
(
    '55.20',
    488,
    'Ferienunterkünfte und ähnliche Beherbergungsstätten',
    'Hébergement touristique et autre hébergement de courte durée',
    'Holiday and other short-stay accommodation'
),
(
    '55.30',
    489,
    'Campingplätze',
    'Terrains de camping, parcs pour caravanes ou véhicules de loisirs',
    'Camping grounds, recreational vehicle parks and trailer parks'
),
('55.90', 490, 'Sonstige Beherbergungsstätten', 'Autres hébergements', 'Other accommodation'),
('56', 491, 'Gastronomie', 'Restauration', 'Food and beverage service activities'),
(
    '56.10',
    492,
    'Restaurants, Gaststätten, Imbissstuben, Cafés, Eissalons u. Ä.',
    'Restaurants et services de restauration mobile',
    'Restaurants and mobile food service activities'
),
('56.21', 493, 'Event-Caterer', 'Services des traiteurs', 'Event catering activities'),
(
    '56.29',
    494,
    'Erbringung sonstiger Verpflegungsdienstleistungen',
    'Autres services de restauration',
    'Other food service activities'
),
('56.30', 495, 'Ausschank von Getränken', 'Débits de boisson', 'Beverage serving activities'),
('58', 496, 'Verlagswesen', 'Édition', 'Publishing activities'),
('58.11', 497, 'Verlegen von Büchern', 'Édition de livres', 'Book publishing'),
(
    '58.12',
    498,
    'Verlegen von Adressbüchern und Verzeichnissen',
    'Édition de répertoires et de fichiers d''adresses',
    'Publishing of directories and mailing lists'
),
('58.13', 499, 'Verlegen von Zeitungen', 'Édition de journaux', 'Publishing of newspapers'),
(
    '58.14',
    500,
    'Verlegen von Zeitschriften',
    'Édition de revues et périodiques',
    'Publishing of journals and periodicals'
),
('58.19', 501, 'Sonstiges Verlagswesen (ohne Software)', 'Autres activités d''édition', 'Other publishing activities'),
('58.21', 502, 'Verlegen von Computerspielen', 'Édition de jeux électroniques', 'Publishing of computer games'),
('58.29', 503, 'Verlegen von sonstiger Software', 'Édition d''autres logiciels', 'Other software publishing'),
(
    '59',
    504,
    'Herstellung, Verleih und Vertrieb von Filmen und Fernsehprogrammen; Kinos; Tonstudios und '
    || 'Verlegen von Musik',
    'Production de films cinématographiques, de vidéo et de programmes de télévision; '
    || 'enregistrement sonore et édition musicale',
    'Motion picture, video and television programme production, sound recording and music '
    || 'publishing activities'
),
(
    '59.11',
    505,
    'Herstellung von Filmen, Videofilmen und Fernsehprogrammen',
    'Production de films cinématographiques, de vidéo et de programmes de télévision',
    'Motion picture, video and television programme production activities'
),
(
    '59.12',
    506,
    'Nachbearbeitung und sonstige Filmtechnik',
    'Post-production de films cinématographiques, de vidéo et de programmes de télévision',
    'Motion picture, video and television programme post-production activities'
),
(
    '59.13',
    507,
    'Filmverleih und -vertrieb (ohne Videotheken)',
    'Distribution de films cinématographiques, de vidéo et de programmes de télévision',
    'Motion picture, video and television programme distribution activities'
),
('59.14', 508, 'Kinos', 'Projection de films cinématographiques', 'Motion picture projection activities'),
(
    '59.20',
    509,
    'Tonstudios; Herstellung von Radiobeiträgen; Verlegen von bespielten Tonträgern und Musikalien',
    'Enregistrement sonore et édition musicale',
    'Sound recording and music publishing activities'
),
('60', 510, 'Rundfunkveranstalter', 'Programmation et diffusion', 'Programming and broadcasting activities'),
('60.10', 511, 'Radioveranstalter', 'Édition et diffusion de programmes radio', 'Radio broadcasting'),
(
    '60.20',
    512,
    'Fernsehveranstalter',
    'Programmation de télévision et télédiffusion',
    'Television programming and broadcasting activities'
),
('61', 513, 'Telekommunikation', 'Télécommunications', 'Telecommunications'),
(
    '61.10',
    514,
    'Leitungsgebundene Telekommunikation',
    'Télécommunications filaires',
    'Wired telecommunications activities'
),
('61.20', 515, 'Drahtlose Telekommunikation', 'Télécommunications sans fil', 'Wireless telecommunications activities'),
(
    '61.30',
    516,
    'Satellitentelekommunikation',
    'Télécommunications par satellite',
    'Satellite telecommunications activities'
),
(
    '61.90',
    517,
    'Sonstige Telekommunikation',
    'Autres activités de télécommunication',
    'Other telecommunications activities'
),
(
    '62',
    518,
    'Erbringung von Dienstleistungen der Informationstechnologie',
    'Programmation, conseil et autres activités informatiques',
    'Computer programming, consultancy and related activities'
),
('62.01', 519, 'Programmierungstätigkeiten', 'Programmation informatique', 'Computer programming activities'),
(
    '62.02',
    520,
    'Erbringung von Beratungsleistungen auf dem Gebiet der Informationstechnologie',
    'Conseil informatique',
    'Computer consultancy activities'
),
(
    '62.03',
    521,
    'Betrieb von Datenverarbeitungsanlagen für Dritte',
    'Gestion d''installations informatiques',
    'Computer facilities management activities'
),
(
    '62.09',
    522,
    'Erbringung von sonstigen Dienstleistungen der Informationstechnologie',
    'Autres activités informatiques',
    'Other information technology and computer service activities'
),
('63', 523, 'Informationsdienstleistungen', 'Services d''information', 'Information service activities'),
(
    '63.11',
    524,
    'Datenverarbeitung, Hosting und damit verbundene Tätigkeiten',
    'Traitement de données, hébergement et activités connexes',
    'Data processing, hosting and related activities'
),
('63.12', 525, 'Webportale', 'Portails Internet', 'Web portals'),
('63.91', 526, 'Korrespondenz- und Nachrichtenbüros', 'Activités des agences de presse', 'News agency activities'),
(
    '63.99',
    527,
    'Erbringung von sonstigen Informationsdienstleistungen a. n. g.',
    'Autres services d''information n.c.a.',
    'Other information service activities n.e.c.'
),
(
    '64',
    528,
    'Erbringung von Finanzdienstleistungen',
    'Activités des services financiers, hors assurance et caisses de retraite',
    'Financial service activities, except insurance and pension funding'
),
('64.11', 529, 'Zentralbanken', 'Activités de banque centrale', 'Central banking'),
(
    '64.19',
    530,
    'Kreditinstitute (ohne Spezialkreditinstitute)',
    'Autres intermédiations monétaires',
    'Other monetary intermediation'
),
('64.20', 531, 'Beteiligungsgesellschaften', 'Activités des sociétés holding', 'Activities of holding companies'),
(
    '64.30',
    532,
    'Treuhand- und sonstige Fonds und ähnliche Finanzinstitutionen',
    'Fonds de placement et entités financières similaires',
    'Trusts, funds and similar financial entities'
),
('64.91', 533, 'Institutionen für Finanzierungsleasing', 'Crédit-bail', 'Financial leasing'),
('64.92', 534, 'Spezialkreditinstitute', 'Autre distribution de crédit', 'Other credit granting'),
(
    '64.99',
    535,
    'Erbringung von sonstigen Finanzdienstleistungen a. n. g.',
    'Autres activités des services financiers, hors assurance et caisses de retraite, n.c.a.',
    'Other financial service activities, except insurance and pension funding n.e.c.'
),
(
    '65',
    536,
    'Versicherungen, Rückversicherungen und Pensionskassen (ohne Sozialversicherung)',
    'Assurance',
    'Insurance, reinsurance and pension funding, except compulsory social security'
),
('65.11', 537, 'Lebensversicherungen', 'Assurance vie', 'Life insurance'),
('65.12', 538, 'Nichtlebensversicherungen', 'Autres assurances', 'Non-life insurance'),
('65.20', 539, 'Rückversicherungen', 'Réassurance', 'Reinsurance'),
('65.30', 540, 'Pensionskassen und Pensionsfonds', 'Caisses de retraite', 'Pension funding'),
(
    '66',
    541,
    'Mit Finanz- und Versicherungsdienstleistungen verbundene Tätigkeiten',
    'Activités auxiliaires de services financiers et d''assurance',
    'Activities auxiliary to financial services and insurance activities'
),
(
    '66.11',
    542,
    'Effekten- und Warenbörsen',
    'Administration de marchés financiers',
    'Administration of financial markets'
),
(
    '66.12',
    543,
    'Effekten- und Warenhandel',
    'Courtage de valeurs mobilières et de marchandises',
    'Security and commodity contracts brokerage'
),
(
    '66.19',
    544,
    'Sonstige mit Finanzdienstleistungen verbundene Tätigkeiten',
    'Autres activités auxiliaires de services financiers, hors assurance et caisses de retraite',
    'Other activities auxiliary to financial services, except insurance and pension funding'
),
('66.21', 545, 'Risiko- und Schadensbewertung', 'Évaluation des risques et dommages', 'Risk and damage evaluation'),
(
    '66.22',
    546,
    'Tätigkeit von Versicherungsmaklerinnen und -maklern',
    'Activités des agents et courtiers d''assurances',
    'Activities of insurance agents and brokers'
),
(
    '66.29',
    547,
    'Sonstige mit Versicherungsdienstleistungen und Pensionskassen verbundene Tätigkeiten',
    'Autres activités auxiliaires d''assurance et de caisses de retraite',
    'Other activities auxiliary to insurance and pension funding'
),
('66.30', 548, 'Fondsmanagement', 'Gestion de fonds', 'Fund management activities'),
('68', 549, 'Grundstücks- und Wohnungswesen', 'Activités immobilières', 'Real estate activities'),
(
    '68.10',
    550,
    'Kauf und Verkauf von eigenen Grundstücken, Gebäuden und Wohnungen',
    'Activités des marchands de biens immobiliers',
    'Buying and selling of own real estate'
),
(
    '68.20',
    551,
    'Vermietung, Verpachtung von eigenen oder geleasten Grundstücken, Gebäuden und Wohnungen',
    'Location et exploitation de biens immobiliers propres ou loués',
    'Renting and operating of own or leased real estate'
),
(
    '68.31',
    552,
    'Vermittlung von Grundstücken, Gebäuden und Wohnungen für Dritte',
    'Agences immobilières',
    'Real estate agencies'
),
(
    '68.32',
    553,
    'Verwaltung von Grundstücken, Gebäuden und Wohnungen für Dritte',
    'Administration de biens immobiliers',
    'Management of real estate on a fee or contract basis'
),
(
    '69',
    554,
    'Rechts- und Steuerberatung, Wirtschaftsprüfung',
    'Activités juridiques et comptables',
    'Legal and accounting activities'
),
('69.10', 555, 'Rechtsberatung', 'Activités juridiques', 'Legal activities'),
(
    '69.20',
    556,
    'Wirtschaftsprüfung und Steuerberatung; Buchführung',
    'Activités comptables',
    'Accounting, bookkeeping and auditing activities; tax consultancy'
),
(
    '70',
    557,
    'Verwaltung und Führung von Unternehmen und Betrieben; Unternehmensberatung',
    'Activités des sièges sociaux; conseil de gestion',
    'Activities of head offices; management consultancy activities'
),
(
    '70.10',
    558,
    'Verwaltung und Führung von Unternehmen und Betrieben',
    'Activités des sièges sociaux',
    'Activities of head offices'
),
(
    '70.21',
    559,
    'Public-Relations-Beratung',
    'Conseil en relations publiques et communication',
    'Public relations and communication activities'
),
(
    '70.22',
    560,
    'Unternehmensberatung',
    'Conseil pour les affaires et autres conseils de gestion',
    'Business and other management consultancy activities'
),
(
    '71',
    561,
    'Architektur- und Ingenieurbüros; technische, physikalische und chemische Untersuchung',
    'Activités d''architecture et d''ingénierie; activités de contrôle et analyses techniques',
    'Architectural and engineering activities; technical testing and analysis'
),
('71.11', 562, 'Architekturbüros', 'Activités d''architecture', 'Architectural activities'),
('71.12', 563, 'Ingenieurbüros', 'Activités d''ingénierie', 'Engineering activities and related technical consultancy'),
(
    '71.20',
    564,
    'Technische, physikalische und chemische Untersuchung',
    'Activités de contrôle et analyses techniques',
    'Technical testing and analysis'
),
('72', 565, 'Forschung und Entwicklung', 'Recherche-développement scientifique', 'Scientific research and development'),
(
    '72.11',
    566,
    'Forschung und Entwicklung im Bereich Biotechnologie',
    'Recherche-développement en biotechnologie',
    'Research and experimental development on biotechnology'
),
(
    '72.19',
    567,
    'Sonstige Forschung und Entwicklung im Bereich Natur-, Ingenieur-, Agrarwissenschaften und Medizin',
    'Recherche-développement en autres sciences physiques et naturelles',
    'Other research and experimental development on natural sciences and engineering'
),
(
    '72.20',
    568,
    'Forschung und Entwicklung im Bereich Rechts-, Wirtschafts- und Sozialwissenschaften sowie '
    || 'im Bereich Sprach-, Kultur- und Kunstwissenschaften',
    'Recherche-développement en sciences humaines et sociales',
    'Research and experimental development on social sciences and humanities'
),
('73', 569, 'Werbung und Marktforschung', 'Publicité et études de marché', 'Advertising and market research'),
('73.11', 570, 'Werbeagenturen', 'Activités des agences de publicité', 'Advertising agencies'),
(
    '73.12',
    571,
    'Vermarktung und Vermittlung von Werbezeiten und Werbeflächen',
    'Régie publicitaire de médias',
    'Media representation'
),
(
    '73.20',
    572,
    'Markt- und Meinungsforschung',
    'Études de marché et sondages',
    'Market research and public opinion polling'
),
(
    '74',
    573,
    'Sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten',
    'Autres activités spécialisées, scientifiques et techniques',
    'Other professional, scientific and technical activities'
),
(
    '74.10',
    574,
    'Ateliers für Textil-, Schmuck-, Grafik- u. ä. Design',
    'Activités spécialisées de design',
    'Specialised design activities'
),
('74.20', 575, 'Fotografie und Fotolabors', 'Activités photographiques', 'Photographic activities'),
(
    '74.30',
    576,
    'Übersetzen und Dolmetschen',
    'Traduction et interprétation',
    'Translation and interpretation activities'
),
(
    '74.90',
    577,
    'Sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten a. n. g.',
    'Autres activités spécialisées, scientifiques et techniques n.c.a.',
    'Other professional, scientific and technical activities n.e.c.'
),
('75', 578, 'Veterinärwesen', 'Activités vétérinaires', 'Veterinary activities'),
('75.00', 579, 'Veterinärwesen', 'Activités vétérinaires', 'Veterinary activities'),
(
    '77',
    580,
    'Vermietung von beweglichen Sachen',
    'Activités de location et location-bail',
    'Rental and leasing activities'
),
(
    '77.11',
    581,
    'Vermietung von Automobilen mit einem Gesamtgewicht von 3,5 t oder weniger',
    'Location et location-bail de voitures et de véhicules automobiles légers',
    'Renting and leasing of cars and light motor vehicles'
),
(
    '77.12',
    582,
    'Vermietung von Automobilen mit einem Gesamtgewicht von mehr als 3,5 t',
    'Location et location-bail de camions',
    'Renting and leasing of trucks'
),
(
    '77.21',
    583,
    'Vermietung von Sport- und Freizeitgeräten',
    'Location et location-bail d''articles de loisirs et de sport',
    'Renting and leasing of recreational and sports goods'
),
('77.22', 584, 'Videotheken', 'Location de vidéocassettes et disques vidéo', 'Renting of video tapes and disks'),
(
    '77.29',
    585,
    'Vermietung von sonstigen Gebrauchsgütern',
    'Location et location-bail d''autres biens personnels et domestiques',
    'Renting and leasing of other personal and household goods'
),
(
    '77.31',
    586,
    'Vermietung von landwirtschaftlichen Maschinen und Geräten',
    'Location et location-bail de machines et équipements agricoles',
    'Renting and leasing of agricultural machinery and equipment'
),
(
    '77.32',
    587,
    'Vermietung von Baumaschinen und -geräten',
    'Location et location-bail de machines et équipements pour la construction',
    'Renting and leasing of construction and civil engineering machinery and equipment'
),
(
    '77.33',
    588,
    'Vermietung von Büromaschinen, Datenverarbeitungsgeräten und -einrichtungen',
    'Location et location-bail de machines de bureau et de matériel informatique',
    'Renting and leasing of office machinery and equipment (including computers)'
),
(
    '77.34',
    589,
    'Vermietung von Wasserfahrzeugen',
    'Location et location-bail de matériels de transport par eau',
    'Renting and leasing of water transport equipment'
),
(
    '77.35',
    590,
    'Vermietung von Luftfahrzeugen',
    'Location et location-bail de matériels de transport aérien',
    'Renting and leasing of air transport equipment'
),
(
    '77.39',
    591,
    'Vermietung von sonstigen Maschinen, Geräten und beweglichen Sachen a. n. g.',
    'Location et location-bail d''autres machines, équipements et biens matériels n.c.a.',
    'Renting and leasing of other machinery, equipment and tangible goods n.e.c.'
),
(
    '77.40',
    592,
    'Leasing von nichtfinanziellen immateriellen Vermögensgegenständen (ohne Copyrights)',
    'Location-bail de propriété intellectuelle et de produits similaires, à l''exception des '
    || 'oeuvres soumises à copyright',
    'Leasing of intellectual property and similar products, except copyrighted works'
),
('78', 593, 'Vermittlung und Überlassung von Arbeitskräften', 'Activités liées à l''emploi', 'Employment activities'),
(
    '78.10',
    594,
    'Vermittlung von Arbeitskräften',
    'Activités des agences de placement de main-d''œuvre',
    'Activities of employment placement agencies'
),
(
    '78.20',
    595,
    'Befristete Überlassung von Arbeitskräften',
    'Activités des agences de travail temporaire',
    'Temporary employment agency activities'
),
(
    '78.30',
    596,
    'Sonstige Überlassung von Arbeitskräften',
    'Autre mise à disposition de ressources humaines',
    'Other human resources provision'
),
(
    '79',
    597,
    'Reisebüros, Reiseveranstalter und Erbringung sonstiger Reservierungsdienstleistungen',
    'Activités des agences de voyage, voyagistes, services de réservation et activités connexes',
    'Travel agency, tour operator reservation service and related activities'
),
('79.11', 598, 'Reisebüros', 'Activités des agences de voyage', 'Travel agency activities'),
('79.12', 599, 'Reiseveranstalter', 'Activités des voyagistes', 'Tour operator activities'),
(
    '79.90',
    600,
    'Erbringung sonstiger Reservierungsdienstleistungen',
    'Autres services de réservation et activités connexes',
    'Other reservation service and related activities'
),
(
    '80',
    601,
    'Wach- und Sicherheitsdienste sowie Detekteien',
    'Enquêtes et sécurité',
    'Security and investigation activities'
),
('80.10', 602, 'Private Wach- und Sicherheitsdienste', 'Activités de sécurité privée', 'Private security activities'),
(
    '80.20',
    603,
    'Sicherheitsdienste mithilfe von Überwachungs- und Alarmsystemen',
    'Activités liées aux systèmes de sécurité',
    'Security systems service activities'
),
('80.30', 604, 'Detekteien', 'Activités d''enquête', 'Investigation activities'),
(
    '81',
    605,
    'Gebäudebetreuung; Garten- und Landschaftsbau',
    'Services relatifs aux bâtiments et aménagement paysager',
    'Services to buildings and landscape activities'
),
(
    '81.10',
    606,
    'Hausmeisterdienste',
    'Activités combinées de soutien lié aux bâtiments',
    'Combined facilities support activities'
),
('81.21', 607, 'Allgemeine Gebäudereinigung', 'Nettoyage courant des bâtiments', 'General cleaning of buildings'),
(
    '81.22',
    608,
    'Spezielle Reinigung von Gebäuden und Reinigung von Maschinen',
    'Autres activités de nettoyage des bâtiments et nettoyage industriel',
    'Other building and industrial cleaning activities'
),
('81.29', 609, 'Reinigung a. n. g.', 'Autres activités de nettoyage', 'Other cleaning activities'),
(
    '81.30',
    610,
    'Garten- und Landschaftsbau sowie Erbringung von sonstigen gärtnerischen Dienstleistungen',
    'Services d''aménagement paysager',
    'Landscape service activities'
),
(
    '82',
    611,
    'Erbringung von wirtschaftlichen Dienstleistungen für Unternehmen und Privatpersonen a. n. g.',
    'Activités administratives et autres activités de soutien aux entreprises',
    'Office administrative, office support and other business support activities'
),
(
    '82.11',
    612,
    'Allgemeine Sekretariats- und Schreibdienste',
    'Services administratifs combinés de bureau',
    'Combined office administrative service activities'
),
(
    '82.19',
    613,
    'Copy-Shops; Dokumentenvorbereitung und Erbringung sonstiger spezieller Sekretariatsdienste',
    'Photocopie, préparation de documents et autres activités spécialisées de soutien de bureau',
    'Photocopying, document preparation and other specialised office support activities'
),
('82.20', 614, 'Call Centers', 'Activités de centres d''appels', 'Activities of call centres'),
(
    '82.30',
    615,
    'Messe-, Ausstellungs- und Kongressveranstalter',
    'Organisation de salons professionnels et congrès',
    'Organisation of conventions and trade shows'
),
(
    '82.91',
    616,
    'Inkassobüros und Auskunfteien',
    'Activités des agences de recouvrement de factures et des sociétés d''information '
    || 'financière sur la clientèle',
    'Activities of collection agencies and credit bureaus'
),
('82.92', 617, 'Abfüllen und Verpacken', 'Activités de conditionnement', 'Packaging activities'),
(
    '82.99',
    618,
    'Erbringung sonstiger wirtschaftlicher Dienstleistungen für Unternehmen und Privatpersonen a. n. g.',
    'Autres activités de soutien aux entreprises n.c.a.',
    'Other business support service activities n.e.c.'
),
(
    '84',
    619,
    'Öffentliche Verwaltung, Verteidigung; Sozialversicherung',
    'Administration publique et défense; sécurité sociale obligatoire',
    'Public administration and defence; compulsory social security'
),
(
    '84.11',
    620,
    'Allgemeine öffentliche Verwaltung',
    'Administration publique générale',
    'General public administration activities'
),
(
    '84.12',
    621,
    'Öffentliche Verwaltung auf den Gebieten Gesundheitswesen, Bildung, Kultur und Sozialwesen',
    'Administration publique (tutelle) de la santé, de la formation, de la culture et des '
    || 'services sociaux, autre que sécurité sociale',
    'Regulation of the activities of providing healthcare, education, cultural services and '
    || 'other social services, excluding social security'
),
(
    '84.13',
    622,
    'Wirtschaftsförderung, -ordnung und -aufsicht',
    'Administration publique (tutelle) des activités économiques',
    'Regulation of and contribution to more efficient operation of businesses'
),
('84.21', 623, 'Auswärtige Angelegenheiten', 'Affaires étrangères', 'Foreign affairs'),
('84.22', 624, 'Verteidigung', 'Défense', 'Defence activities'),
('84.23', 625, 'Rechtspflege/Justiz', 'Justice', 'Justice and judicial activities'),
(
    '84.24',
    626,
    'Öffentliche Sicherheit und Ordnung',
    'Activités d''ordre public et de sécurité',
    'Public order and safety activities'
),
('84.25', 627, 'Feuerwehren', 'Services du feu et de secours', 'Fire service activities'),
('84.30', 628, 'Sozialversicherung', 'Sécurité sociale obligatoire', 'Compulsory social security activities'),
('85', 629, 'Erziehung und Unterricht', 'Enseignement', 'Education'),
('85.10', 630, 'Kindergärten und Vorschulen', 'Enseignement pré-primaire', 'Pre-primary education'),
('85.20', 631, 'Schulen auf Primarstufe', 'Enseignement primaire', 'Primary education'),
(
    '85.31',
    632,
    'Allgemein bildende Schulen auf Sekundarstufe',
    'Enseignement secondaire général',
    'General secondary education'
),
(
    '85.32',
    633,
    'Berufsbildende Schulen auf Sekundarstufen',
    'Enseignement secondaire technique ou professionnel',
    'Technical and vocational secondary education'
),
(
    '85.41',
    634,
    'Post-sekundärer, nicht tertiärer Unterricht',
    'Enseignement post-secondaire non tertiaire',
    'Post-secondary non-tertiary education'
),
('85.42', 635, 'Tertiärer Unterricht', 'Enseignement supérieur', 'Tertiary education'),
(
    '85.51',
    636,
    'Sport- und Freizeitunterricht',
    'Enseignement de disciplines sportives et d''activités de loisirs',
    'Sports and recreation education'
),
('85.52', 637, 'Kulturunterricht', 'Enseignement culturel', 'Cultural education'),
('85.53', 638, 'Fahr- und Flugschulen', 'Enseignement de la conduite', 'Driving school activities'),
('85.59', 639, 'Sonstiger Unterricht a. n. g.', 'Enseignements divers', 'Other education n.e.c.'),
(
    '85.60',
    640,
    'Erbringung von Dienstleistungen für den Unterricht',
    'Activités de soutien à l''enseignement',
    'Educational support activities'
),
('86', 641, 'Gesundheitswesen', 'Activités pour la santé humaine', 'Human health activities'),
('86.10', 642, 'Krankenhäuser', 'Activités hospitalières', 'Hospital activities'),
(
    '86.21',
    643,
    'Arztpraxen für Allgemeinmedizin',
    'Activité des médecins généralistes',
    'General medical practice activities'
),
('86.22', 644, 'Facharztpraxen', 'Activité des médecins spécialistes', 'Specialist medical practice activities'),
('86.23', 645, 'Zahnarztpraxen', 'Pratique dentaire', 'Dental practice activities'),
('86.90', 646, 'Gesundheitswesen a. n. g.', 'Autres activités pour la santé humaine', 'Other human health activities'),
(
    '87',
    647,
    'Heime (ohne Erholungs- und Ferienheime)',
    'Hébergement médico-social et social',
    'Residential care activities'
),
('87.10', 648, 'Pflegeheime', 'Hébergement médicalisé', 'Residential nursing care activities'),
(
    '87.20',
    649,
    'Stationäre Einrichtungen zur psychosozialen Betreuung, Suchtbekämpfung u. Ä.',
    'Hébergement social pour personnes handicapées mentales, malades mentales et toxicomanes',
    'Residential care activities for mental retardation, mental health and substance abuse'
),
(
    '87.30',
    650,
    'Altenheime; Alten- und Behindertenwohnheime',
    'Hébergement social pour personnes âgées ou handicapées physiques',
    'Residential care activities for the elderly and disabled'
),
(
    '87.90',
    651,
    'Sonstige Heime (ohne Erholungs- und Ferienheime)',
    'Autres activités d''hébergement social',
    'Other residential care activities'
),
(
    '88',
    652,
    'Sozialwesen (ohne Heime)',
    'Action sociale sans hébergement',
    'Social work activities without accommodation'
),
(
    '88.10',
    653,
    'Soziale Betreuung älterer Menschen und Behinderter',
    'Action sociale sans hébergement pour personnes âgées et pour personnes handicapées',
    'Social work activities without accommodation for the elderly and disabled'
),
(
    '88.91',
    654,
    'Tagesbetreuung von Kindern',
    'Action sociale sans hébergement pour jeunes enfants',
    'Child day-care activities'
),
(
    '88.99',
    655,
    'Sonstiges Sozialwesen a. n. g.',
    'Autre action sociale sans hébergement n.c.a.',
    'Other social work activities without accommodation n.e.c.'
),
(
    '90',
    656,
    'Kreative, künstlerische und unterhaltende Tätigkeiten',
    'Activités créatives, artistiques et de spectacle',
    'Creative, arts and entertainment activities'
),
('90.01', 657, 'Darstellende Kunst', 'Arts du spectacle vivant', 'Performing arts'),
(
    '90.02',
    658,
    'Erbringung von Dienstleistungen für die darstellende Kunst',
    'Activités de soutien au spectacle vivant',
    'Support activities to performing arts'
),
('90.03', 659, 'Künstlerisches und schriftstellerisches Schaffen', 'Création artistique', 'Artistic creation'),
(
    '90.04',
    660,
    'Betrieb von Kultur- und Unterhaltungseinrichtungen',
    'Gestion de salles de spectacles',
    'Operation of arts facilities'
),
(
    '91',
    661,
    'Bibliotheken, Archive, Museen, botanische und zoologische Gärten',
    'Bibliothèques, archives, musées et autres activités culturelles',
    'Libraries, archives, museums and other cultural activities'
),
(
    '91.01',
    662,
    'Bibliotheken und Archive',
    'Gestion des bibliothèques et des archives',
    'Library and archives activities'
),
('91.02', 663, 'Museen', 'Gestion des musées', 'Museums activities'),
(
    '91.03',
    664,
    'Betrieb von historischen Stätten und Gebäuden und ähnlichen Attraktionen',
    'Gestion des sites et monuments historiques et des attractions touristiques similaires',
    'Operation of historical sites and buildings and similar visitor attractions'
),
(
    '91.04',
    665,
    'Botanische und zoologische Gärten sowie Naturparks',
    'Gestion des jardins botaniques et zoologiques et des réserves naturelles',
    'Botanical and zoological gardens and nature reserves activities'
),
(
    '92',
    666,
    'Spiel-, Wett- und Lotteriewesen',
    'Organisation de jeux de hasard et d''argent',
    'Gambling and betting activities'
),
(
    '92.00',
    667,
    'Spiel-, Wett- und Lotteriewesen',
    'Organisation de jeux de hasard et d''argent',
    'Gambling and betting activities'
),
(
    '93',
    668,
    'Erbringung von Dienstleistungen des Sports, der Unterhaltung und der Erholung',
    'Activités sportives, récréatives et de loisirs',
    'Sports activities and amusement and recreation activities'
),
('93.11', 669, 'Betrieb von Sportanlagen', 'Gestion d''installations sportives', 'Operation of sports facilities'),
('93.12', 670, 'Sportvereine', 'Activités de clubs de sports', 'Activities of sport clubs'),
('93.13', 671, 'Fitnesszentren', 'Activités des centres de culture physique', 'Fitness facilities'),
(
    '93.19',
    672,
    'Erbringung von sonstigen Dienstleistungen des Sports',
    'Autres activités liées au sport',
    'Other sports activities'
),
(
    '93.21',
    673,
    'Vergnügungs- und Themenparks',
    'Activités des parcs d''attractions et parcs à thèmes',
    'Activities of amusement parks and theme parks'
),
(
    '93.29',
    674,
    'Erbringung von Dienstleistungen der Unterhaltung und der Erholung a. n. g.',
    'Autres activités récréatives et de loisirs',
    'Other amusement and recreation activities'
),
(
    '94',
    675,
    'Interessenvertretungen sowie kirchliche und sonstige religiöse Vereinigungen (ohne '
    || 'Sozialwesen und Sport)',
    'Activités des organisations associatives',
    'Activities of membership organisations'
),
(
    '94.11',
    676,
    'Wirtschafts- und Arbeitgeberverbände',
    'Activités des organisations patronales et consulaires',
    'Activities of business and employers membership organisations'
),
(
    '94.12',
    677,
    'Berufsorganisationen',
    'Activités des organisations professionnelles',
    'Activities of professional membership organisations'
),
('94.20', 678, 'Arbeitnehmervereinigungen', 'Activités des syndicats de salariés', 'Activities of trade unions'),
(
    '94.91',
    679,
    'Kirchliche und sonstige religiöse Vereinigungen',
    'Activités des organisations religieuses',
    'Activities of religious organisations'
),
(
    '94.92',
    680,
    'Politische Parteien und Vereinigungen',
    'Activités des organisations politiques',
    'Activities of political organisations'
),
(
    '94.99',
    681,
    'Sonstige Interessenvertretungen und Vereinigungen a. n. g.',
    'Activités des organisations associatives n.c.a.',
    'Activities of other membership organisations n.e.c.'
),
(
    '95',
    682,
    'Reparatur von Datenverarbeitungsgeräten und Gebrauchsgütern',
    'Réparation d''ordinateurs et de biens personnels et domestiques',
    'Repair of computers and personal and household goods'
),
(
    '95.11',
    683,
    'Reparatur von Datenverarbeitungsgeräten und peripheren Geräten',
    'Réparation d''ordinateurs et d''équipements périphériques',
    'Repair of computers and peripheral equipment'
),
(
    '95.12',
    684,
    'Reparatur von Telekommunikationsgeräten',
    'Réparation d''équipements de communication',
    'Repair of communication equipment'
),
(
    '95.21',
    685,
    'Reparatur von Geräten der Unterhaltungselektronik',
    'Réparation de produits électroniques grand public',
    'Repair of consumer electronics'
),
(
    '95.22',
    686,
    'Reparatur von elektrischen Haushaltsgeräten und Gartengeräten',
    'Réparation d''appareils électroménagers et d''équipement pour la maison et le jardin',
    'Repair of household appliances and home and garden equipment'
),
(
    '95.23',
    687,
    'Reparatur von Schuhen und Lederwaren',
    'Réparation de chaussures et d''articles en cuir',
    'Repair of footwear and leather goods'
),
(
    '95.24',
    688,
    'Reparatur von Möbeln und Einrichtungsgegenständen',
    'Réparation de meubles et d''équipements du foyer',
    'Repair of furniture and home furnishings'
),
(
    '95.25',
    689,
    'Reparatur von Uhren und Schmuck',
    'Réparation d''articles d''horlogerie et de bijouterie',
    'Repair of watches, clocks and jewellery'
),
(
    '95.29',
    690,
    'Reparatur von sonstigen Gebrauchsgütern',
    'Réparation d''autres biens personnels et domestiques',
    'Repair of other personal and household goods'
),
(
    '96',
    691,
    'Erbringung von sonstigen überwiegend persönlichen Dienstleistungen',
    'Autres services personnels',
    'Other personal service activities'
),
(
    '96.01',
    692,
    'Wäscherei und chemische Reinigung',
    'Blanchisserie-teinturerie',
    'Washing and (dry-)cleaning of textile and fur products'
),
('96.02', 693, 'Frisör- und Kosmetiksalons', 'Coiffure et soins de beauté', 'Hairdressing and other beauty treatment'),
('96.03', 694, 'Bestattungswesen', 'Services funéraires', 'Funeral and related activities'),
('96.04', 695, 'Saunas, Solarien, Bäder u. Ä.', 'Entretien corporel', 'Physical well-being activities'),
(
    '96.09',
    696,
    'Erbringung von sonstigen Dienstleistungen a. n. g.',
    'Autres services personnels n.c.a.',
    'Other personal service activities n.e.c.'
),
(
    '97',
    697,
    'Private Haushalte mit Hauspersonal',
    'Activités des ménages en tant qu''employeurs de personnel domestique',
    'Activities of households as employers of domestic personnel'
),
(
    '97.00',
    698,
    'Private Haushalte mit Hauspersonal',
    'Activités des ménages en tant qu''employeurs de personnel domestique',
    'Activities of households as employers of domestic personnel'
),
(
    '98',
    699,
    'Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den '
    || 'Eigenbedarf ohne ausgeprägten Schwerpunkt',
    'Activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre',
    'Undifferentiated goods- and services-producing activities of private households for own use'
),
(
    '98.10',
    700,
    'Herstellung von Waren durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt',
    'Activités indifférenciées des ménages en tant que producteurs de biens pour usage propre',
    'Undifferentiated goods-producing activities of private households for own use'
),
(
    '98.20',
    701,
    'Erbringungen von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne '
    || 'ausgeprägten Schwerpunkt',
    'Activités indifférenciées des ménages en tant que producteurs de services pour usage propre',
    'Undifferentiated service-producing activities of private households for own use'
),
(
    '99',
    702,
    'Exterritoriale Organisationen und Körperschaften',
    'Activités des organisations et organismes extraterritoriaux',
    'Activities of extraterritorial organisations and bodies'
),
(
    '99.00',
    703,
    'Exterritoriale Organisationen und Körperschaften',
    'Activités des organisations et organismes extraterritoriaux',
    'Activities of extraterritorial organisations and bodies'
)
ON CONFLICT (code) DO NOTHING;
