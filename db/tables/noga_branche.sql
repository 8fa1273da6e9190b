/*
core.noga_branche: the economic activities of the Swiss NOGA 2008 classification,
its 88 divisions ('62') and 615 classes ('62.01'); the one list that
core.lead.branche refers to. German and French titles are the Federal Statistical
Office's official ones, English the matching NACE Rev. 2 titles.
Source: BFS, NOGA 2008 (I14Y code lists DV_NOGA_DIVISION and DV_NOGA_CLASS).

Not system-versioned and not under row-level security: the lists are not secret.
code compares byte-wise (Latin1_General_100_BIN2), so 'WON' is not 'won', as on
PostgreSQL; referencing columns use the same collation.
app.list_codes and bi.code_label read the labels (core.code_list).
Created only when missing; the reference rows are inserted when missing and
never overwritten.
*/
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

IF OBJECT_ID(N'core.noga_branche', N'U') IS NULL
    BEGIN
        CREATE TABLE core.noga_branche (
            code VARCHAR(10) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- noqa: CP02
            sort_order SMALLINT NOT NULL,
            label_de NVARCHAR(200) NOT NULL,
            label_fr NVARCHAR(200) NOT NULL,
            label_en NVARCHAR(200) NOT NULL,
            CONSTRAINT pk_core_noga_branche PRIMARY KEY CLUSTERED (code)
        );
    END;
GO

INSERT core.noga_branche (code, sort_order, label_de, label_fr, label_en)
SELECT
    v.code,
    v.sort_order,
    v.label_de,
    v.label_fr,
    v.label_en
FROM (
    VALUES
    (
        '01',
        CAST(1 AS SMALLINT),
        N'Landwirtschaft, Jagd und damit verbundene Tätigkeiten',
        N'Culture et production animale, chasse et services annexes',
        N'Crop and animal production, hunting and related service activities'
    ),
    (
        '01.11',
        CAST(2 AS SMALLINT),
        N'Anbau von Getreide (ohne Reis), Hülsenfrüchten und Ölsaaten',
        N'Culture de céréales (à l''exception du riz), de légumineuses et de graines oléagineuses',
        N'Growing of cereals (except rice), leguminous crops and oil seeds'
    ),
    ('01.12', CAST(3 AS SMALLINT), N'Anbau von Reis', N'Culture du riz', N'Growing of rice'),
    (
        '01.13',
        CAST(4 AS SMALLINT),
        N'Anbau von Gemüse und Melonen sowie Wurzeln und Knollen',
        N'Culture de légumes, de melons, de racines et de tubercules',
        N'Growing of vegetables and melons, roots and tubers'
    ),
    ('01.14', CAST(5 AS SMALLINT), N'Anbau von Zuckerrohr', N'Culture de la canne à sucre', N'Growing of sugar cane'),
    ('01.15', CAST(6 AS SMALLINT), N'Anbau von Tabak', N'Culture du tabac', N'Growing of tobacco'),
    (
        '01.16',
        CAST(7 AS SMALLINT),
        N'Anbau von Faserpflanzen',
        N'Culture de plantes à fibres',
        N'Growing of fibre crops'
    ),
    (
        '01.19',
        CAST(8 AS SMALLINT),
        N'Anbau von sonstigen einjährigen Pflanzen',
        N'Autres cultures non permanentes',
        N'Growing of other non-perennial crops'
    ),
    ('01.21', CAST(9 AS SMALLINT), N'Anbau von Wein- und Tafeltrauben', N'Culture de la vigne', N'Growing of grapes'),
    (
        '01.22',
        CAST(10 AS SMALLINT),
        N'Anbau von tropischen und subtropischen Früchten',
        N'Culture de fruits tropicaux et subtropicaux',
        N'Growing of tropical and subtropical fruits'
    ),
    ('01.23', CAST(11 AS SMALLINT), N'Anbau von Zitrusfrüchten', N'Culture d''agrumes', N'Growing of citrus fruits'),
    (
        '01.24',
        CAST(12 AS SMALLINT),
        N'Anbau von Kern- und Steinobst',
        N'Culture de fruits à pépins et à noyau',
        N'Growing of pome fruits and stone fruits'
    ),
    (
        '01.25',
        CAST(13 AS SMALLINT),
        N'Anbau von sonstigem Obst und Nüssen',
        N'Culture d''autres fruits d''arbres ou d''arbustes et de fruits à coque',
        N'Growing of other tree and bush fruits and nuts'
    ),
    (
        '01.26',
        CAST(14 AS SMALLINT),
        N'Anbau von ölhaltigen Früchten',
        N'Culture de fruits oléagineux',
        N'Growing of oleaginous fruits'
    ),
    (
        '01.27',
        CAST(15 AS SMALLINT),
        N'Anbau von Pflanzen zur Herstellung von Getränken',
        N'Culture de plantes à boissons',
        N'Growing of beverage crops'
    ),
    (
        '01.28',
        CAST(16 AS SMALLINT),
        N'Anbau von Gewürzpflanzen, Pflanzen für aromatische, narkotische und pharmazeutische Zwecke',
        N'Culture de plantes à épices, aromatiques, médicinales et pharmaceutiques',
        N'Growing of spices, aromatic, drug and pharmaceutical crops'
    ),
    (
        '01.29',
        CAST(17 AS SMALLINT),
        N'Anbau sonstiger mehrjähriger Pflanzen',
        N'Autres cultures permanentes',
        N'Growing of other perennial crops'
    ),
    (
        '01.30',
        CAST(18 AS SMALLINT),
        N'Betrieb von Baumschulen sowie Anbau von Pflanzen zu Vermehrungszwecken',
        N'Reproduction de plantes',
        N'Plant propagation'
    ),
    (
        '01.41',
        CAST(19 AS SMALLINT),
        N'Haltung von Milchkühen',
        N'Élevage de vaches laitières',
        N'Raising of dairy cattle'
    ),
    (
        '01.42',
        CAST(20 AS SMALLINT),
        N'Haltung von anderen Rindern',
        N'Élevage d''autres bovins et de buffles',
        N'Raising of other cattle and buffaloes'
    ),
    (
        '01.43',
        CAST(21 AS SMALLINT),
        N'Haltung von Pferden und Eseln',
        N'Élevage de chevaux et d''autres équidés',
        N'Raising of horses and other equines'
    ),
    (
        '01.44',
        CAST(22 AS SMALLINT),
        N'Haltung von Kamelen',
        N'Élevage de chameaux et d''autres camélidés',
        N'Raising of camels and camelids'
    ),
    (
        '01.45',
        CAST(23 AS SMALLINT),
        N'Haltung von Schafen und Ziegen',
        N'Élevage d''ovins et de caprins',
        N'Raising of sheep and goats'
    ),
    ('01.46', CAST(24 AS SMALLINT), N'Haltung von Schweinen', N'Élevage de porcins', N'Raising of swine/pigs'),
    ('01.47', CAST(25 AS SMALLINT), N'Haltung von Geflügel', N'Élevage de volailles', N'Raising of poultry'),
    ('01.49', CAST(26 AS SMALLINT), N'Sonstige Tierhaltung', N'Élevage d''autres animaux', N'Raising of other animals'),
    ('01.50', CAST(27 AS SMALLINT), N'Gemischte Landwirtschaft', N'Culture et élevage associés', N'Mixed farming'),
    (
        '01.61',
        CAST(28 AS SMALLINT),
        N'Erbringung von landwirtschaftlichen Dienstleistungen für den Pflanzenbau',
        N'Activités de soutien aux cultures',
        N'Support activities for crop production'
    ),
    (
        '01.62',
        CAST(29 AS SMALLINT),
        N'Erbringung von landwirtschaftlichen Dienstleistungen für die Tierhaltung',
        N'Activités de soutien à la production animale',
        N'Support activities for animal production'
    ),
    (
        '01.63',
        CAST(30 AS SMALLINT),
        N'Nach der Ernte anfallende Tätigkeiten in der pflanzlichen Erzeugung',
        N'Traitement primaire des récoltes',
        N'Post-harvest crop activities'
    ),
    (
        '01.64',
        CAST(31 AS SMALLINT),
        N'Saatgutaufbereitung',
        N'Traitement des semences',
        N'Seed processing for propagation'
    ),
    (
        '01.70',
        CAST(32 AS SMALLINT),
        N'Jagd, Fallenstellerei und damit verbundene Tätigkeiten',
        N'Chasse, piégeage et services annexes',
        N'Hunting, trapping and related service activities'
    ),
    (
        '02',
        CAST(33 AS SMALLINT),
        N'Forstwirtschaft und Holzeinschlag',
        N'Sylviculture et exploitation forestière',
        N'Forestry and logging'
    ),
    (
        '02.10',
        CAST(34 AS SMALLINT),
        N'Forstwirtschaft',
        N'Sylviculture et autres activités forestières',
        N'Silviculture and other forestry activities'
    ),
    ('02.20', CAST(35 AS SMALLINT), N'Holzeinschlag', N'Exploitation forestière', N'Logging'),
    (
        '02.30',
        CAST(36 AS SMALLINT),
        N'Sammeln von wild wachsenden Produkten (ohne Holz)',
        N'Récolte de produits forestiers non ligneux poussant à l''état sauvage',
        N'Gathering of wild growing non-wood products'
    ),
    (
        '02.40',
        CAST(37 AS SMALLINT),
        N'Erbringung von Dienstleistungen für Forstwirtschaft und Holzeinschlag',
        N'Services de soutien à l''exploitation forestière',
        N'Support services to forestry'
    ),
    ('03', CAST(38 AS SMALLINT), N'Fischerei und Aquakultur', N'Pêche et aquaculture', N'Fishing and aquaculture'),
    ('03.11', CAST(39 AS SMALLINT), N'Meeresfischerei', N'Pêche en mer', N'Marine fishing'),
    ('03.12', CAST(40 AS SMALLINT), N'Süsswasserfischerei', N'Pêche en eau douce', N'Freshwater fishing'),
    ('03.21', CAST(41 AS SMALLINT), N'Meeresaquakultur', N'Aquaculture en mer', N'Marine aquaculture'),
    ('03.22', CAST(42 AS SMALLINT), N'Süsswasseraquakultur', N'Aquaculture en eau douce', N'Freshwater aquaculture'),
    (
        '05',
        CAST(43 AS SMALLINT),
        N'Kohlenbergbau',
        N'Extraction de houille et de lignite',
        N'Mining of coal and lignite'
    ),
    ('05.10', CAST(44 AS SMALLINT), N'Steinkohlenbergbau', N'Extraction de houille', N'Mining of hard coal'),
    ('05.20', CAST(45 AS SMALLINT), N'Braunkohlenbergbau', N'Extraction de lignite', N'Mining of lignite'),
    (
        '06',
        CAST(46 AS SMALLINT),
        N'Gewinnung von Erdöl und Erdgas',
        N'Extraction d''hydrocarbures',
        N'Extraction of crude petroleum and natural gas'
    ),
    (
        '06.10',
        CAST(47 AS SMALLINT),
        N'Gewinnung von Erdöl',
        N'Extraction de pétrole brut',
        N'Extraction of crude petroleum'
    ),
    (
        '06.20',
        CAST(48 AS SMALLINT),
        N'Gewinnung von Erdgas',
        N'Extraction de gaz naturel',
        N'Extraction of natural gas'
    ),
    ('07', CAST(49 AS SMALLINT), N'Erzbergbau', N'Extraction de minerais métalliques', N'Mining of metal ores'),
    ('07.10', CAST(50 AS SMALLINT), N'Eisenerzbergbau', N'Extraction de minerais de fer', N'Mining of iron ores'),
    (
        '07.21',
        CAST(51 AS SMALLINT),
        N'Bergbau auf Uran- und Thoriumerze',
        N'Extraction de minerais d''uranium et de thorium',
        N'Mining of uranium and thorium ores'
    ),
    (
        '07.29',
        CAST(52 AS SMALLINT),
        N'Sonstiger NE-Metallerzbergbau',
        N'Extraction d''autres minerais de métaux non ferreux',
        N'Mining of other non-ferrous metal ores'
    ),
    (
        '08',
        CAST(53 AS SMALLINT),
        N'Gewinnung von Steinen und Erden, sonstiger Bergbau',
        N'Autres industries extractives',
        N'Other mining and quarrying'
    ),
    (
        '08.11',
        CAST(54 AS SMALLINT),
        N'Gewinnung von Naturwerksteinen und Natursteinen, Kalk- und Gipsstein, Kreide und Schiefer',
        N'Extraction de pierres ornementales et de construction, de calcaire industriel, de gypse, '
        + N'de craie et d''ardoise',
        N'Quarrying of ornamental and building stone, limestone, gypsum, chalk and slate'
    ),
    (
        '08.12',
        CAST(55 AS SMALLINT),
        N'Gewinnung von Kies, Sand, Ton und Kaolin',
        N'Exploitation de gravières et sablières, extraction d''argiles et de kaolin',
        N'Operation of gravel and sand pits; mining of clays and kaolin'
    ),
    (
        '08.91',
        CAST(56 AS SMALLINT),
        N'Bergbau auf chemische und Düngemittelminerale',
        N'Extraction de minéraux chimique et d''engrais minéraux',
        N'Mining of chemical and fertiliser minerals'
    ),
    ('08.92', CAST(57 AS SMALLINT), N'Torfgewinnung', N'Extraction de tourbe', N'Extraction of peat'),
    ('08.93', CAST(58 AS SMALLINT), N'Gewinnung von Salz', N'Production de sel', N'Extraction of salt'),
    (
        '08.99',
        CAST(59 AS SMALLINT),
        N'Gewinnung von Steinen und Erden a. n. g.',
        N'Autres activités extractives n.c.a.',
        N'Other mining and quarrying n.e.c.'
    ),
    (
        '09',
        CAST(60 AS SMALLINT),
        N'Erbringung von Dienstleistungen für den Bergbau und für die Gewinnung von Steinen und Erden',
        N'Services de soutien aux industries extractives',
        N'Mining support service activities'
    ),
    (
        '09.10',
        CAST(61 AS SMALLINT),
        N'Erbringung von Dienstleistungen für die Gewinnung von Erdöl und Erdgas',
        N'Activités de soutien à l''extraction d''hydrocarbures',
        N'Support activities for petroleum and natural gas extraction'
    ),
    (
        '09.90',
        CAST(62 AS SMALLINT),
        N'Erbringung von Dienstleistungen für den sonstigen Bergbau und die Gewinnung von Steinen und Erden',
        N'Activités de soutien aux autres industries extractives',
        N'Support activities for other mining and quarrying'
    ),
    (
        '10',
        CAST(63 AS SMALLINT),
        N'Herstellung von Nahrungs- und Futtermitteln',
        N'Industries alimentaires',
        N'Manufacture of food products'
    ),
    (
        '10.11',
        CAST(64 AS SMALLINT),
        N'Schlachten (ohne Schlachten von Geflügel)',
        N'Transformation et conservation de la viande de boucherie',
        N'Processing and preserving of meat'
    ),
    (
        '10.12',
        CAST(65 AS SMALLINT),
        N'Schlachten von Geflügel',
        N'Transformation et conservation de la viande de volaille',
        N'Processing and preserving of poultry meat'
    ),
    (
        '10.13',
        CAST(66 AS SMALLINT),
        N'Fleischverarbeitung',
        N'Préparation de produits à base de viande',
        N'Production of meat and poultry meat products'
    ),
    (
        '10.20',
        CAST(67 AS SMALLINT),
        N'Fischverarbeitung',
        N'Transformation et conservation de poisson, de crustacés et de mollusques',
        N'Processing and preserving of fish, crustaceans and molluscs'
    ),
    (
        '10.31',
        CAST(68 AS SMALLINT),
        N'Kartoffelverarbeitung',
        N'Transformation et conservation de pommes de terre',
        N'Processing and preserving of potatoes'
    ),
    (
        '10.32',
        CAST(69 AS SMALLINT),
        N'Herstellung von Frucht- und Gemüsesäften',
        N'Préparation de jus de fruits et légumes',
        N'Manufacture of fruit and vegetable juice'
    ),
    (
        '10.39',
        CAST(70 AS SMALLINT),
        N'Sonstige Verarbeitung von Obst und Gemüse',
        N'Autre transformation et conservation de fruits et légumes',
        N'Other processing and preserving of fruit and vegetables'
    ),
    (
        '10.41',
        CAST(71 AS SMALLINT),
        N'Herstellung von Ölen und Fetten (ohne Margarine u. ä. Nahrungsfette)',
        N'Fabrication d''huiles et graisses',
        N'Manufacture of oils and fats'
    ),
    (
        '10.42',
        CAST(72 AS SMALLINT),
        N'Herstellung von Margarine u. ä. Nahrungsfetten',
        N'Fabrication de margarine et graisses comestibles similaires',
        N'Manufacture of margarine and similar edible fats'
    ),
    (
        '10.51',
        CAST(73 AS SMALLINT),
        N'Milchverarbeitung (ohne Herstellung von Speiseeis)',
        N'Exploitation de laiteries et fabrication de fromage',
        N'Operation of dairies and cheese making'
    ),
    (
        '10.52',
        CAST(74 AS SMALLINT),
        N'Herstellung von Speiseeis',
        N'Fabrication de glaces et sorbets',
        N'Manufacture of ice cream'
    ),
    (
        '10.61',
        CAST(75 AS SMALLINT),
        N'Mahl- und Schälmühlen',
        N'Travail des grains',
        N'Manufacture of grain mill products'
    ),
    (
        '10.62',
        CAST(76 AS SMALLINT),
        N'Herstellung von Stärke und Stärkeerzeugnissen',
        N'Fabrication de produits amylacés',
        N'Manufacture of starches and starch products'
    ),
    (
        '10.71',
        CAST(77 AS SMALLINT),
        N'Herstellung von Backwaren (ohne Dauerbackwaren)',
        N'Fabrication de pain et de pâtisserie fraîche',
        N'Manufacture of bread; manufacture of fresh pastry goods and cakes'
    ),
    (
        '10.72',
        CAST(78 AS SMALLINT),
        N'Herstellung von Dauerbackwaren',
        N'Fabrication de biscuits, biscottes et pâtisseries de conservation',
        N'Manufacture of rusks and biscuits; manufacture of preserved pastry goods and cakes'
    ),
    (
        '10.73',
        CAST(79 AS SMALLINT),
        N'Herstellung von Teigwaren',
        N'Fabrication de pâtes alimentaires',
        N'Manufacture of macaroni, noodles, couscous and similar farinaceous products'
    ),
    ('10.81', CAST(80 AS SMALLINT), N'Herstellung von Zucker', N'Fabrication de sucre', N'Manufacture of sugar'),
    (
        '10.82',
        CAST(81 AS SMALLINT),
        N'Herstellung von Süsswaren (ohne Dauerbackwaren)',
        N'Fabrication de cacao, chocolat et de produits de confiserie',
        N'Manufacture of cocoa, chocolate and sugar confectionery'
    ),
    (
        '10.83',
        CAST(82 AS SMALLINT),
        N'Verarbeitung von Kaffee und Tee, Herstellung von Kaffee-Ersatz',
        N'Transformation du thé et du café',
        N'Processing of tea and coffee'
    ),
    (
        '10.84',
        CAST(83 AS SMALLINT),
        N'Herstellung von Würzmitteln und Saucen',
        N'Fabrication de condiments et assaisonnements',
        N'Manufacture of condiments and seasonings'
    ),
    (
        '10.85',
        CAST(84 AS SMALLINT),
        N'Herstellung von Fertiggerichten',
        N'Fabrication de plats préparés',
        N'Manufacture of prepared meals and dishes'
    ),
    (
        '10.86',
        CAST(85 AS SMALLINT),
        N'Herstellung von homogenisierten und diätetischen Nahrungsmitteln',
        N'Fabrication d''aliments homogénéisés et diététiques',
        N'Manufacture of homogenised food preparations and dietetic food'
    ),
    (
        '10.89',
        CAST(86 AS SMALLINT),
        N'Herstellung von sonstigen Nahrungsmitteln a. n. g.',
        N'Fabrication d''autres produits alimentaires n.c.a.',
        N'Manufacture of other food products n.e.c.'
    ),
    (
        '10.91',
        CAST(87 AS SMALLINT),
        N'Herstellung von Futtermitteln für Nutztiere',
        N'Fabrication d''aliments pour animaux de ferme',
        N'Manufacture of prepared feeds for farm animals'
    ),
    (
        '10.92',
        CAST(88 AS SMALLINT),
        N'Herstellung von Futtermitteln für sonstige Tiere',
        N'Fabrication d''aliments pour animaux de compagnie',
        N'Manufacture of prepared pet foods'
    ),
    ('11', CAST(89 AS SMALLINT), N'Getränkeherstellung', N'Fabrication de boissons', N'Manufacture of beverages'),
    (
        '11.01',
        CAST(90 AS SMALLINT),
        N'Herstellung von Spirituosen',
        N'Production de boissons alcooliques distillées',
        N'Distilling, rectifying and blending of spirits'
    ),
    (
        '11.02',
        CAST(91 AS SMALLINT),
        N'Herstellung von Traubenwein',
        N'Production de vin (de raisin)',
        N'Manufacture of wine from grape'
    ),
    (
        '11.03',
        CAST(92 AS SMALLINT),
        N'Herstellung von Apfelwein und anderen Fruchtweinen',
        N'Fabrication de cidre et de vins de fruits',
        N'Manufacture of cider and other fruit wines'
    ),
    (
        '11.04',
        CAST(93 AS SMALLINT),
        N'Herstellung von Wermutwein und sonstigen aromatisierten Weinen',
        N'Production d''autres boissons fermentées non distillées',
        N'Manufacture of other non-distilled fermented beverages'
    ),
    ('11.05', CAST(94 AS SMALLINT), N'Herstellung von Bier', N'Fabrication de bière', N'Manufacture of beer'),
    ('11.06', CAST(95 AS SMALLINT), N'Herstellung von Malz', N'Fabrication de malt', N'Manufacture of malt'),
    (
        '11.07',
        CAST(96 AS SMALLINT),
        N'Herstellung von Erfrischungsgetränken; Gewinnung natürlicher Mineralwässer',
        N'Industrie des eaux minérales et autres eaux embouteillées et des boissons rafraîchissantes',
        N'Manufacture of soft drinks; production of mineral waters and other bottled waters'
    ),
    (
        '12',
        CAST(97 AS SMALLINT),
        N'Tabakverarbeitung',
        N'Fabrication de produits à base de tabac',
        N'Manufacture of tobacco products'
    ),
    (
        '12.00',
        CAST(98 AS SMALLINT),
        N'Tabakverarbeitung',
        N'Fabrication de produits à base de tabac',
        N'Manufacture of tobacco products'
    ),
    ('13', CAST(99 AS SMALLINT), N'Herstellung von Textilien', N'Fabrication de textiles', N'Manufacture of textiles'),
    (
        '13.10',
        CAST(100 AS SMALLINT),
        N'Spinnstoffaufbereitung und Spinnerei',
        N'Préparation de fibres textiles et filature',
        N'Preparation and spinning of textile fibres'
    ),
    ('13.20', CAST(101 AS SMALLINT), N'Weberei', N'Tissage', N'Weaving of textiles'),
    (
        '13.30',
        CAST(102 AS SMALLINT),
        N'Veredlung von Textilien und Bekleidung',
        N'Ennoblissement textile',
        N'Finishing of textiles'
    ),
    (
        '13.91',
        CAST(103 AS SMALLINT),
        N'Herstellung von gewirktem und gestricktem Stoff',
        N'Fabrication d''étoffes à mailles',
        N'Manufacture of knitted and crocheted fabrics'
    ),
    (
        '13.92',
        CAST(104 AS SMALLINT),
        N'Herstellung von konfektionierten Textilwaren (ohne Bekleidung)',
        N'Fabrication d''articles textiles, sauf habillement',
        N'Manufacture of made-up textile articles, except apparel'
    ),
    (
        '13.93',
        CAST(105 AS SMALLINT),
        N'Herstellung von Teppichen',
        N'Fabrication de tapis et moquettes',
        N'Manufacture of carpets and rugs'
    ),
    (
        '13.94',
        CAST(106 AS SMALLINT),
        N'Herstellung von Seilerwaren',
        N'Fabrication de ficelles, cordes et filets',
        N'Manufacture of cordage, rope, twine and netting'
    ),
    (
        '13.95',
        CAST(107 AS SMALLINT),
        N'Herstellung von Vliesstoff und Erzeugnissen daraus (ohne Bekleidung)',
        N'Fabrication de non-tissés, sauf habillement',
        N'Manufacture of non-wovens and articles made from non-wovens, except apparel'
    ),
    (
        '13.96',
        CAST(108 AS SMALLINT),
        N'Herstellung von technischen Textilien',
        N'Fabrication d''autres textiles techniques et industriels',
        N'Manufacture of other technical and industrial textiles'
    ),
    (
        '13.99',
        CAST(109 AS SMALLINT),
        N'Herstellung von sonstigen Textilwaren a. n. g.',
        N'Fabrication d''autres textiles n.c.a.',
        N'Manufacture of other textiles n.e.c.'
    ),
    (
        '14',
        CAST(110 AS SMALLINT),
        N'Herstellung von Bekleidung',
        N'Industrie de l''habillement',
        N'Manufacture of wearing apparel'
    ),
    (
        '14.11',
        CAST(111 AS SMALLINT),
        N'Herstellung von Lederbekleidung',
        N'Fabrication de vêtements en cuir',
        N'Manufacture of leather clothes'
    ),
    (
        '14.12',
        CAST(112 AS SMALLINT),
        N'Herstellung von Arbeits- und Berufsbekleidung',
        N'Fabrication de vêtements de travail',
        N'Manufacture of workwear'
    ),
    (
        '14.13',
        CAST(113 AS SMALLINT),
        N'Herstellung von sonstiger Oberbekleidung',
        N'Fabrication de vêtements de dessus',
        N'Manufacture of other outerwear'
    ),
    (
        '14.14',
        CAST(114 AS SMALLINT),
        N'Herstellung von Wäsche',
        N'Fabrication de vêtements de dessous',
        N'Manufacture of underwear'
    ),
    (
        '14.19',
        CAST(115 AS SMALLINT),
        N'Herstellung von sonstiger Bekleidung und Bekleidungszubehör a. n. g.',
        N'Fabrication d''autres vêtements et accessoires',
        N'Manufacture of other wearing apparel and accessories'
    ),
    (
        '14.20',
        CAST(116 AS SMALLINT),
        N'Herstellung von Pelzwaren',
        N'Fabrication d''articles en fourrure',
        N'Manufacture of articles of fur'
    ),
    (
        '14.31',
        CAST(117 AS SMALLINT),
        N'Herstellung von Strumpfwaren',
        N'Fabrication d''articles chaussants à mailles',
        N'Manufacture of knitted and crocheted hosiery'
    ),
    (
        '14.39',
        CAST(118 AS SMALLINT),
        N'Herstellung von sonstiger Bekleidung aus gewirktem und gestricktem Stoff',
        N'Fabrication d''autres articles à mailles',
        N'Manufacture of other knitted and crocheted apparel'
    ),
    (
        '15',
        CAST(119 AS SMALLINT),
        N'Herstellung von Leder, Lederwaren und Schuhen',
        N'Industrie du cuir et de la chaussure',
        N'Manufacture of leather and related products'
    ),
    (
        '15.11',
        CAST(120 AS SMALLINT),
        N'Herstellung von Leder und Lederfaserstoff; Zurichtung und Färben von Fellen',
        N'Apprêt et tannage des cuirs; préparation et teinture des fourrures',
        N'Tanning and dressing of leather; dressing and dyeing of fur'
    ),
    (
        '15.12',
        CAST(121 AS SMALLINT),
        N'Lederverarbeitung (ohne Herstellung von Lederbekleidung)',
        N'Fabrication d''articles de voyage, de maroquinerie et de sellerie',
        N'Manufacture of luggage, handbags and the like, saddlery and harnesses'
    ),
    (
        '15.20',
        CAST(122 AS SMALLINT),
        N'Herstellung von Schuhen',
        N'Fabrication de chaussures',
        N'Manufacture of footwear'
    ),
    (
        '16',
        CAST(123 AS SMALLINT),
        N'Herstellung von Holz-, Flecht-, Korb- und Korkwaren (ohne Möbel)',
        N'Travail du bois et fabrication d''articles en bois et en liège, à l''exception des meubles; '
        + N'fabrication d''articles en vannerie et sparterie',
        N'Manufacture of wood and of products of wood and cork, except furniture; manufacture of '
        + N'articles of straw and plaiting materials'
    ),
    (
        '16.10',
        CAST(124 AS SMALLINT),
        N'Säge-, Hobel- und Holzimprägnierwerke',
        N'Sciage et rabotage du bois',
        N'Sawmilling and planing of wood'
    ),
    (
        '16.21',
        CAST(125 AS SMALLINT),
        N'Herstellung von Furnier-, Sperrholz-, Holzfaser- und Holzspanplatten',
        N'Fabrication de placage et de panneaux de bois',
        N'Manufacture of veneer sheets and wood-based panels'
    ),
    (
        '16.22',
        CAST(126 AS SMALLINT),
        N'Herstellung von Parketttafeln',
        N'Fabrication de parquets assemblés',
        N'Manufacture of assembled parquet floors'
    ),
    (
        '16.23',
        CAST(127 AS SMALLINT),
        N'Herstellung von sonstigen Konstruktionsteilen, Fertigbauteilen, Ausbauelementen und '
        + N'Fertigteilbauten aus Holz',
        N'Fabrication de charpentes et d''autres menuiseries',
        N'Manufacture of other builders'' carpentry and joinery'
    ),
    (
        '16.24',
        CAST(128 AS SMALLINT),
        N'Herstellung von Verpackungsmitteln, Lagerbehältern und Ladungsträgern aus Holz',
        N'Fabrication d''emballages en bois',
        N'Manufacture of wooden containers'
    ),
    (
        '16.29',
        CAST(129 AS SMALLINT),
        N'Herstellung von Holzwaren a. n. g, Kork-, Flecht- und Korbwaren (ohne Möbel)',
        N'Fabrication d''objets divers en bois; fabrication d''objets en liège, vannerie et sparterie',
        N'Manufacture of other products of wood; manufacture of articles of cork, straw and plaiting materials'
    ),
    (
        '17',
        CAST(130 AS SMALLINT),
        N'Herstellung von Papier, Pappe und Waren daraus',
        N'Industrie du papier et du carton',
        N'Manufacture of paper and paper products'
    ),
    (
        '17.11',
        CAST(131 AS SMALLINT),
        N'Herstellung von Holz- und Zellstoff',
        N'Fabrication de pâte à papier',
        N'Manufacture of pulp'
    ),
    (
        '17.12',
        CAST(132 AS SMALLINT),
        N'Herstellung von Papier, Karton und Pappe',
        N'Fabrication de papier et de carton',
        N'Manufacture of paper and paperboard'
    ),
    (
        '17.21',
        CAST(133 AS SMALLINT),
        N'Herstellung von Wellpapier und -pappe sowie von Verpackungsmitteln aus Papier, Karton und Pappe',
        N'Fabrication de papier et carton ondulés et d''emballages en papier ou en carton',
        N'Manufacture of corrugated paper and paperboard and of containers of paper and paperboard'
    ),
    (
        '17.22',
        CAST(134 AS SMALLINT),
        N'Herstellung von Haushalts-, Hygiene- und Toilettenartikeln aus Zellstoff, Papier und Pappe',
        N'Fabrication d''articles en papier à usage sanitaire ou domestique',
        N'Manufacture of household and sanitary goods and of toilet requisites'
    ),
    (
        '17.23',
        CAST(135 AS SMALLINT),
        N'Herstellung von Schreibwaren und Bürobedarf aus Papier, Karton und Pappe',
        N'Fabrication d''articles de papeterie',
        N'Manufacture of paper stationery'
    ),
    (
        '17.24',
        CAST(136 AS SMALLINT),
        N'Herstellung von Tapeten',
        N'Fabrication de papiers peints',
        N'Manufacture of wallpaper'
    ),
    (
        '17.29',
        CAST(137 AS SMALLINT),
        N'Herstellung von sonstigen Waren aus Papier, Karton und Pappe',
        N'Fabrication d''autres articles en papier ou en carton',
        N'Manufacture of other articles of paper and paperboard'
    ),
    (
        '18',
        CAST(138 AS SMALLINT),
        N'Herstellung von Druckerzeugnissen; Vervielfältigung von bespielten Ton-, Bild- und Datenträgern',
        N'Imprimerie et reproduction d''enregistrements',
        N'Printing and reproduction of recorded media'
    ),
    ('18.11', CAST(139 AS SMALLINT), N'Drucken von Zeitungen', N'Imprimerie de journaux', N'Printing of newspapers'),
    ('18.12', CAST(140 AS SMALLINT), N'Drucken a. n. g.', N'Autre imprimerie (labeur)', N'Other Printing'),
    (
        '18.13',
        CAST(141 AS SMALLINT),
        N'Druck- und Medienvorstufe',
        N'Activités de pré-presse',
        N'Pre-press and pre-media services'
    ),
    (
        '18.14',
        CAST(142 AS SMALLINT),
        N'Binden von Druckerzeugnissen und damit verbundene Dienstleistungen',
        N'Reliure et activités connexes',
        N'Binding and related services'
    ),
    (
        '18.20',
        CAST(143 AS SMALLINT),
        N'Vervielfältigung von bespielten Ton-, Bild- und Datenträgern',
        N'Reproduction d''enregistrements',
        N'Reproduction of recorded media'
    ),
    (
        '19',
        CAST(144 AS SMALLINT),
        N'Kokerei und Mineralölverarbeitung',
        N'Cokéfaction et raffinage',
        N'Manufacture of coke and refined petroleum products'
    ),
    ('19.10', CAST(145 AS SMALLINT), N'Kokerei', N'Cokéfaction', N'Manufacture of coke oven products'),
    (
        '19.20',
        CAST(146 AS SMALLINT),
        N'Mineralölverarbeitung',
        N'Raffinage du pétrole',
        N'Manufacture of refined petroleum products'
    ),
    (
        '20',
        CAST(147 AS SMALLINT),
        N'Herstellung von chemischen Erzeugnissen',
        N'Industrie chimique',
        N'Manufacture of chemicals and chemical products'
    ),
    (
        '20.11',
        CAST(148 AS SMALLINT),
        N'Herstellung von Industriegasen',
        N'Fabrication de gaz industriels',
        N'Manufacture of industrial gases'
    ),
    (
        '20.12',
        CAST(149 AS SMALLINT),
        N'Herstellung von Farbstoffen und Pigmenten',
        N'Fabrication de colorants et de pigments',
        N'Manufacture of dyes and pigments'
    ),
    (
        '20.13',
        CAST(150 AS SMALLINT),
        N'Herstellung von sonstigen anorganischen Grundstoffen und Chemikalien',
        N'Fabrication d''autres produits chimiques inorganiques de base',
        N'Manufacture of other inorganic basic chemicals'
    ),
    (
        '20.14',
        CAST(151 AS SMALLINT),
        N'Herstellung von sonstigen organischen Grundstoffen und Chemikalien',
        N'Fabrication d''autres produits chimiques organiques de base',
        N'Manufacture of other organic basic chemicals'
    ),
    (
        '20.15',
        CAST(152 AS SMALLINT),
        N'Herstellung von Düngemitteln und Stickstoffverbindungen',
        N'Fabrication de produits azotés et d''engrais',
        N'Manufacture of fertilisers and nitrogen compounds'
    ),
    (
        '20.16',
        CAST(153 AS SMALLINT),
        N'Herstellung von Kunststoffen in Primärformen',
        N'Fabrication de matières plastiques de base',
        N'Manufacture of plastics in primary forms'
    ),
    (
        '20.17',
        CAST(154 AS SMALLINT),
        N'Herstellung von synthetischem Kautschuk in Primärformen',
        N'Fabrication de caoutchouc synthétique',
        N'Manufacture of synthetic rubber in primary forms'
    ),
    (
        '20.20',
        CAST(155 AS SMALLINT),
        N'Herstellung von Schädlingsbekämpfungs-, Pflanzenschutz- und Desinfektionsmitteln',
        N'Fabrication de pesticides et d''autres produits agrochimiques',
        N'Manufacture of pesticides and other agrochemical products'
    ),
    (
        '20.30',
        CAST(156 AS SMALLINT),
        N'Herstellung von Anstrichmitteln, Druckfarben und Kitten',
        N'Fabrication de peintures, vernis, encres et mastics',
        N'Manufacture of paints, varnishes and similar coatings, printing ink and mastics'
    ),
    (
        '20.41',
        CAST(157 AS SMALLINT),
        N'Herstellung von Seifen, Wasch-, Reinigungs- und Poliermitteln',
        N'Fabrication de savons, détergents et produits d''entretien',
        N'Manufacture of soap and detergents, cleaning and polishing preparations'
    ),
    (
        '20.42',
        CAST(158 AS SMALLINT),
        N'Herstellung von Körperpflegemitteln und Duftstoffen',
        N'Fabrication de parfums et de produits pour la toilette',
        N'Manufacture of perfumes and toilet preparations'
    ),
    (
        '20.51',
        CAST(159 AS SMALLINT),
        N'Herstellung von pyrotechnischen Erzeugnissen',
        N'Fabrication de produits explosifs',
        N'Manufacture of explosives'
    ),
    ('20.52', CAST(160 AS SMALLINT), N'Herstellung von Klebstoffen', N'Fabrication de colles', N'Manufacture of glues'),
    (
        '20.53',
        CAST(161 AS SMALLINT),
        N'Herstellung von ätherischen Ölen',
        N'Fabrication d''huiles essentielles',
        N'Manufacture of essential oils'
    ),
    (
        '20.59',
        CAST(162 AS SMALLINT),
        N'Herstellung von sonstigen chemischen Erzeugnissen a. n. g.',
        N'Fabrication d''autres produits chimiques n.c.a.',
        N'Manufacture of other chemical products n.e.c.'
    ),
    (
        '20.60',
        CAST(163 AS SMALLINT),
        N'Herstellung von Chemiefasern',
        N'Fabrication de fibres artificielles ou synthétiques',
        N'Manufacture of man-made fibres'
    ),
    (
        '21',
        CAST(164 AS SMALLINT),
        N'Herstellung von pharmazeutischen Erzeugnissen',
        N'Industrie pharmaceutique',
        N'Manufacture of basic pharmaceutical products and pharmaceutical preparations'
    ),
    (
        '21.10',
        CAST(165 AS SMALLINT),
        N'Herstellung von pharmazeutischen Grundstoffen',
        N'Fabrication de produits pharmaceutiques de base',
        N'Manufacture of basic pharmaceutical products'
    ),
    (
        '21.20',
        CAST(166 AS SMALLINT),
        N'Herstellung von pharmazeutischen Spezialitäten und sonstigen pharmazeutischen Erzeugnissen',
        N'Fabrication de préparations pharmaceutiques',
        N'Manufacture of pharmaceutical preparations'
    ),
    (
        '22',
        CAST(167 AS SMALLINT),
        N'Herstellung von Gummi- und Kunststoffwaren',
        N'Fabrication de produits en caoutchouc et en plastique',
        N'Manufacture of rubber and plastic products'
    ),
    (
        '22.11',
        CAST(168 AS SMALLINT),
        N'Herstellung und Runderneuerung von Bereifungen',
        N'Fabrication et rechapage de pneumatiques',
        N'Manufacture of rubber tyres and tubes; retreading and rebuilding of rubber tyres'
    ),
    (
        '22.19',
        CAST(169 AS SMALLINT),
        N'Herstellung von sonstigen Gummiwaren',
        N'Fabrication d''autres articles en caoutchouc',
        N'Manufacture of other rubber products'
    ),
    (
        '22.21',
        CAST(170 AS SMALLINT),
        N'Herstellung von Platten, Folien, Schläuchen und Profilen aus Kunststoffen',
        N'Fabrication de plaques, feuilles, tubes et profilés en matières plastiques',
        N'Manufacture of plastic plates, sheets, tubes and profiles'
    ),
    (
        '22.22',
        CAST(171 AS SMALLINT),
        N'Herstellung von Verpackungsmitteln aus Kunststoffen',
        N'Fabrication d''emballages en matières plastiques',
        N'Manufacture of plastic packing goods'
    ),
    (
        '22.23',
        CAST(172 AS SMALLINT),
        N'Herstellung von Baubedarfsartikeln aus Kunststoffen',
        N'Fabrication d''éléments en matières plastiques pour la construction',
        N'Manufacture of builders'' ware of plastic'
    ),
    (
        '22.29',
        CAST(173 AS SMALLINT),
        N'Herstellung von sonstigen Kunststoffwaren',
        N'Fabrication d''autres articles en matières plastiques',
        N'Manufacture of other plastic products'
    ),
    (
        '23',
        CAST(174 AS SMALLINT),
        N'Herstellung von Glas und Glaswaren, Keramik, Verarbeitung von Steinen und Erden',
        N'Fabrication d''autres produits minéraux non métalliques',
        N'Manufacture of other non-metallic mineral products'
    ),
    (
        '23.11',
        CAST(175 AS SMALLINT),
        N'Herstellung von Flachglas',
        N'Fabrication de verre plat',
        N'Manufacture of flat glass'
    ),
    (
        '23.12',
        CAST(176 AS SMALLINT),
        N'Veredlung und Bearbeitung von Flachglas',
        N'Façonnage et transformation du verre plat',
        N'Shaping and processing of flat glass'
    ),
    (
        '23.13',
        CAST(177 AS SMALLINT),
        N'Herstellung von Hohlglas',
        N'Fabrication de verre creux',
        N'Manufacture of hollow glass'
    ),
    (
        '23.14',
        CAST(178 AS SMALLINT),
        N'Herstellung von Glasfasern und Waren daraus',
        N'Fabrication de fibres de verre',
        N'Manufacture of glass fibres'
    ),
    (
        '23.19',
        CAST(179 AS SMALLINT),
        N'Herstellung, Veredlung und Bearbeitung von sonstigem Glas einschliesslich technischen Glaswaren',
        N'Fabrication et façonnage d''autres articles en verre, y compris verre technique',
        N'Manufacture and processing of other glass, including technical glassware'
    ),
    (
        '23.20',
        CAST(180 AS SMALLINT),
        N'Herstellung von feuerfesten keramischen Werkstoffen und Waren',
        N'Fabrication de produits réfractaires',
        N'Manufacture of refractory products'
    ),
    (
        '23.31',
        CAST(181 AS SMALLINT),
        N'Herstellung von keramischen Wand- und Bodenfliesen und -platten',
        N'Fabrication de carreaux en céramique',
        N'Manufacture of ceramic tiles and flags'
    ),
    (
        '23.32',
        CAST(182 AS SMALLINT),
        N'Herstellung von Ziegeln und sonstiger Baukeramik',
        N'Fabrication de briques, tuiles et produits de construction, en terre cuite',
        N'Manufacture of bricks, tiles and construction products, in baked clay'
    ),
    (
        '23.41',
        CAST(183 AS SMALLINT),
        N'Herstellung von keramischen Haushaltswaren und Ziergegenständen',
        N'Fabrication d''articles céramiques à usage domestique ou ornemental',
        N'Manufacture of ceramic household and ornamental articles'
    ),
    (
        '23.42',
        CAST(184 AS SMALLINT),
        N'Herstellung von Sanitärkeramik',
        N'Fabrication d''appareils sanitaires en céramique',
        N'Manufacture of ceramic sanitary fixtures'
    ),
    (
        '23.43',
        CAST(185 AS SMALLINT),
        N'Herstellung von Isolatoren und Isolierteilen aus Keramik',
        N'Fabrication d''isolateurs et pièces isolantes en céramique',
        N'Manufacture of ceramic insulators and insulating fittings'
    ),
    (
        '23.44',
        CAST(186 AS SMALLINT),
        N'Herstellung von sonstigen keramischen Erzeugnissen für technische Zwecke',
        N'Fabrication d''autres produits céramiques à usage technique',
        N'Manufacture of other technical ceramic products'
    ),
    (
        '23.49',
        CAST(187 AS SMALLINT),
        N'Herstellung von sonstigen keramischen Erzeugnissen',
        N'Fabrication d''autres produits céramiques',
        N'Manufacture of other ceramic products'
    ),
    ('23.51', CAST(188 AS SMALLINT), N'Herstellung von Zement', N'Fabrication de ciment', N'Manufacture of cement'),
    (
        '23.52',
        CAST(189 AS SMALLINT),
        N'Herstellung von Kalk und gebranntem Gips',
        N'Fabrication de chaux et plâtre',
        N'Manufacture of lime and plaster'
    ),
    (
        '23.61',
        CAST(190 AS SMALLINT),
        N'Herstellung von Erzeugnissen aus Beton, Zement und Kalksandstein für den Bau',
        N'Fabrication d''éléments en béton pour la construction',
        N'Manufacture of concrete products for construction purposes'
    ),
    (
        '23.62',
        CAST(191 AS SMALLINT),
        N'Herstellung von Gipserzeugnissen für den Bau',
        N'Fabrication d''éléments en plâtre pour la construction',
        N'Manufacture of plaster products for construction purposes'
    ),
    (
        '23.63',
        CAST(192 AS SMALLINT),
        N'Herstellung von Frischbeton (Transportbeton)',
        N'Fabrication de béton prêt à l''emploi',
        N'Manufacture of ready-mixed concrete'
    ),
    (
        '23.64',
        CAST(193 AS SMALLINT),
        N'Herstellung von Mörtel und anderem Beton (Trockenbeton)',
        N'Fabrication de mortiers et bétons secs',
        N'Manufacture of mortars'
    ),
    (
        '23.65',
        CAST(194 AS SMALLINT),
        N'Herstellung von Faserzementwaren',
        N'Fabrication d''ouvrages en fibre-ciment',
        N'Manufacture of fibre cement'
    ),
    (
        '23.69',
        CAST(195 AS SMALLINT),
        N'Herstellung von sonstigen Erzeugnissen aus Beton, Zement und Gips a. n. g.',
        N'Fabrication d''autres ouvrages en béton, en ciment ou en plâtre',
        N'Manufacture of other articles of concrete, plaster and cement'
    ),
    (
        '23.70',
        CAST(196 AS SMALLINT),
        N'Be- und Verarbeitung von Naturwerksteinen und Natursteinen a. n. g.',
        N'Taille, façonnage et finissage de pierres',
        N'Cutting, shaping and finishing of stone'
    ),
    (
        '23.91',
        CAST(197 AS SMALLINT),
        N'Herstellung von Schleifkörpern und Schleifmitteln auf Unterlage',
        N'Fabrication de produits abrasifs',
        N'Production of abrasive products'
    ),
    (
        '23.99',
        CAST(198 AS SMALLINT),
        N'Herstellung von sonstigen Erzeugnissen aus nichtmetallischen Mineralien a. n. g.',
        N'Fabrication d''autres produits minéraux non métalliques n.c.a.',
        N'Manufacture of other non-metallic mineral products n.e.c.'
    ),
    ('24', CAST(199 AS SMALLINT), N'Metallerzeugung und -bearbeitung', N'Métallurgie', N'Manufacture of basic metals'),
    (
        '24.10',
        CAST(200 AS SMALLINT),
        N'Erzeugung von Roheisen, Stahl und Ferrolegierungen',
        N'Sidérurgie',
        N'Manufacture of basic iron and steel and of ferro-alloys'
    ),
    (
        '24.20',
        CAST(201 AS SMALLINT),
        N'Herstellung von Stahlrohren, Rohrform-, Rohrverschluss- und Rohrverbindungsstücken aus Stahl',
        N'Fabrication de tubes, tuyaux, profilés creux et accessoires correspondants en acier',
        N'Manufacture of tubes, pipes, hollow profiles and related fittings, of steel'
    ),
    (
        '24.31',
        CAST(202 AS SMALLINT),
        N'Herstellung von Blankstahl',
        N'Étirage à froid de barres',
        N'Cold drawing of bars'
    ),
    (
        '24.32',
        CAST(203 AS SMALLINT),
        N'Herstellung von Kaltband mit einer Breite von weniger als 600 mm',
        N'Laminage à froid de feuillards',
        N'Cold rolling of narrow strip'
    ),
    (
        '24.33',
        CAST(204 AS SMALLINT),
        N'Herstellung von Kaltprofilen',
        N'Profilage à froid par formage ou pliage',
        N'Cold forming or folding'
    ),
    (
        '24.34',
        CAST(205 AS SMALLINT),
        N'Herstellung von kaltgezogenem Draht',
        N'Tréfilage à froid',
        N'Cold drawing of wire'
    ),
    (
        '24.41',
        CAST(206 AS SMALLINT),
        N'Erzeugung und erste Bearbeitung von Edelmetallen',
        N'Production de métaux précieux',
        N'Precious metals production'
    ),
    (
        '24.42',
        CAST(207 AS SMALLINT),
        N'Erzeugung und erste Bearbeitung von Aluminium',
        N'Métallurgie de l''aluminium',
        N'Aluminium production'
    ),
    (
        '24.43',
        CAST(208 AS SMALLINT),
        N'Erzeugung und erste Bearbeitung von Blei, Zink und Zinn',
        N'Métallurgie du plomb, du zinc ou de l''étain',
        N'Lead, zinc and tin production'
    ),
    (
        '24.44',
        CAST(209 AS SMALLINT),
        N'Erzeugung und erste Bearbeitung von Kupfer',
        N'Métallurgie du cuivre',
        N'Copper production'
    ),
    (
        '24.45',
        CAST(210 AS SMALLINT),
        N'Erzeugung und erste Bearbeitung von sonstigen NE-Metallen',
        N'Métallurgie des autres métaux non ferreux',
        N'Other non-ferrous metal production'
    ),
    (
        '24.46',
        CAST(211 AS SMALLINT),
        N'Aufbereitung von Kernbrennstoffen',
        N'Élaboration et transformation de matières nucléaires',
        N'Processing of nuclear fuel'
    ),
    ('24.51', CAST(212 AS SMALLINT), N'Eisengiessereien', N'Fonderie de fonte', N'Casting of iron'),
    ('24.52', CAST(213 AS SMALLINT), N'Stahlgiessereien', N'Fonderie d''acier', N'Casting of steel'),
    (
        '24.53',
        CAST(214 AS SMALLINT),
        N'Leichtmetallgiessereien',
        N'Fonderie de métaux légers',
        N'Casting of light metals'
    ),
    (
        '24.54',
        CAST(215 AS SMALLINT),
        N'Buntmetallgiessereien',
        N'Fonderie d''autres métaux non ferreux',
        N'Casting of other non-ferrous metals'
    ),
    (
        '25',
        CAST(216 AS SMALLINT),
        N'Herstellung von Metallerzeugnissen',
        N'Fabrication de produits métalliques, à l''exception des machines et des équipements',
        N'Manufacture of fabricated metal products, except machinery and equipment'
    ),
    (
        '25.11',
        CAST(217 AS SMALLINT),
        N'Herstellung von Metallkonstruktionen',
        N'Fabrication de structures métalliques et de parties de structures',
        N'Manufacture of metal structures and parts of structures'
    ),
    (
        '25.12',
        CAST(218 AS SMALLINT),
        N'Herstellung von Ausbauelementen aus Metall',
        N'Fabrication de portes et fenêtres en métal',
        N'Manufacture of doors and windows of metal'
    ),
    (
        '25.21',
        CAST(219 AS SMALLINT),
        N'Herstellung von Heizkörpern und -kesseln für Zentralheizungen',
        N'Fabrication de radiateurs et de chaudières pour le chauffage central',
        N'Manufacture of central heating radiators and boilers'
    ),
    (
        '25.29',
        CAST(220 AS SMALLINT),
        N'Herstellung von Sammelbehältern, Tanks u. ä. Behältern aus Metall',
        N'Fabrication d''autres réservoirs, citernes et conteneurs métalliques',
        N'Manufacture of other tanks, reservoirs and containers of metal'
    ),
    (
        '25.30',
        CAST(221 AS SMALLINT),
        N'Herstellung von Dampfkesseln (ohne Zentralheizungskessel)',
        N'Fabrication de générateurs de vapeur à l''exception des chaudières pour le chauffage central',
        N'Manufacture of steam generators, except central heating hot water boilers'
    ),
    (
        '25.40',
        CAST(222 AS SMALLINT),
        N'Herstellung von Waffen und Munition',
        N'Fabrication d''armes et de munitions',
        N'Manufacture of weapons and ammunition'
    ),
    (
        '25.50',
        CAST(223 AS SMALLINT),
        N'Herstellung von Schmiede-, Press-, Zieh- und Stanzteilen, gewalzten Ringen und '
        + N'pulvermetallurgischen Erzeugnissen',
        N'Forge, emboutissage, estampage; métallurgie des poudres',
        N'Forging, pressing, stamping and roll-forming of metal; powder metallurgy'
    ),
    (
        '25.61',
        CAST(224 AS SMALLINT),
        N'Oberflächenveredlung und Wärmebehandlung',
        N'Traitement et revêtement des métaux',
        N'Treatment and coating of metals'
    ),
    ('25.62', CAST(225 AS SMALLINT), N'Mechanik a. n. g.', N'Usinage', N'Machining'),
    (
        '25.71',
        CAST(226 AS SMALLINT),
        N'Herstellung von Schneidwaren und Bestecken aus unedlen Metallen',
        N'Fabrication de coutellerie',
        N'Manufacture of cutlery'
    ),
    (
        '25.72',
        CAST(227 AS SMALLINT),
        N'Herstellung von Schlössern und Beschlägen aus unedlen Metallen',
        N'Fabrication de serrures et de ferrures',
        N'Manufacture of locks and hinges'
    ),
    (
        '25.73',
        CAST(228 AS SMALLINT),
        N'Herstellung von Werkzeugen',
        N'Fabrication d''outillage',
        N'Manufacture of tools'
    ),
    (
        '25.91',
        CAST(229 AS SMALLINT),
        N'Herstellung von Fässern, Trommeln, Dosen, Eimern u. ä. Behältern aus Metall',
        N'Fabrication de fûts et emballages métalliques similaires',
        N'Manufacture of steel drums and similar containers'
    ),
    (
        '25.92',
        CAST(230 AS SMALLINT),
        N'Herstellung von Verpackungen und Verschlüssen aus Eisen, Stahl und NE-Metall',
        N'Fabrication d''emballages métalliques légers',
        N'Manufacture of light metal packaging'
    ),
    (
        '25.93',
        CAST(231 AS SMALLINT),
        N'Herstellung von Drahtwaren, Ketten und Federn',
        N'Fabrication d''articles en fils métalliques, de chaînes et de ressorts',
        N'Manufacture of wire products, chain and springs'
    ),
    (
        '25.94',
        CAST(232 AS SMALLINT),
        N'Herstellung von Schrauben und Nieten',
        N'Fabrication de vis et de boulons',
        N'Manufacture of fasteners and screw machine products'
    ),
    (
        '25.99',
        CAST(233 AS SMALLINT),
        N'Herstellung von sonstigen Metallwaren a. n. g.',
        N'Fabrication d''autres produits métalliques n.c.a.',
        N'Manufacture of other fabricated metal products n.e.c.'
    ),
    (
        '26',
        CAST(234 AS SMALLINT),
        N'Herstellung von Datenverarbeitungsgeräten, elektronischen und optischen Erzeugnissen',
        N'Fabrication de produits informatiques, électroniques et optiques',
        N'Manufacture of computer, electronic and optical products'
    ),
    (
        '26.11',
        CAST(235 AS SMALLINT),
        N'Herstellung von elektronischen Bauelementen',
        N'Fabrication de composants électroniques',
        N'Manufacture of electronic components'
    ),
    (
        '26.12',
        CAST(236 AS SMALLINT),
        N'Herstellung von bestückten Leiterplatten',
        N'Fabrication de cartes électroniques assemblées',
        N'Manufacture of loaded electronic boards'
    ),
    (
        '26.20',
        CAST(237 AS SMALLINT),
        N'Herstellung von Datenverarbeitungsgeräten und peripheren Geräten',
        N'Fabrication d''ordinateurs et d''équipements périphériques',
        N'Manufacture of computers and peripheral equipment'
    ),
    (
        '26.30',
        CAST(238 AS SMALLINT),
        N'Herstellung von Geräten und Einrichtungen der Telekommunikationstechnik',
        N'Fabrication d''équipements de communication',
        N'Manufacture of communication equipment'
    ),
    (
        '26.40',
        CAST(239 AS SMALLINT),
        N'Herstellung von Geräten der Unterhaltungselektronik',
        N'Fabrication de produits électroniques grand public',
        N'Manufacture of consumer electronics'
    ),
    (
        '26.51',
        CAST(240 AS SMALLINT),
        N'Herstellung von Mess-, Kontroll-, Navigations- u. ä. Instrumenten und Vorrichtungen',
        N'Fabrication d''instruments et d''appareils de mesure, d''essai et de navigation',
        N'Manufacture of instruments and appliances for measuring, testing and navigation'
    ),
    ('26.52', CAST(241 AS SMALLINT), N'Herstellung von Uhren', N'Horlogerie', N'Manufacture of watches and clocks'),
    (
        '26.60',
        CAST(242 AS SMALLINT),
        N'Herstellung von Bestrahlungs- und Elektrotherapiegeräten und elektromedizinischen Geräten',
        N'Fabrication d''équipements d''irradiation médicale, d''équipements électromédicaux et '
        + N'électrothérapeutiques',
        N'Manufacture of irradiation, electromedical and electrotherapeutic equipment'
    ),
    (
        '26.70',
        CAST(243 AS SMALLINT),
        N'Herstellung von optischen und fotografischen Instrumenten und Geräten',
        N'Fabrication de matériels optique et photographique',
        N'Manufacture of optical instruments and photographic equipment'
    ),
    (
        '26.80',
        CAST(244 AS SMALLINT),
        N'Herstellung von magnetischen und optischen Datenträgern',
        N'Fabrication de supports magnétiques et optiques',
        N'Manufacture of magnetic and optical media'
    ),
    (
        '27',
        CAST(245 AS SMALLINT),
        N'Herstellung von elektrischen Ausrüstungen',
        N'Fabrication d''équipements électriques',
        N'Manufacture of electrical equipment'
    ),
    (
        '27.11',
        CAST(246 AS SMALLINT),
        N'Herstellung von Elektromotoren, Generatoren und Transformatoren',
        N'Fabrication de moteurs, génératrices et transformateurs électriques',
        N'Manufacture of electric motors, generators and transformers'
    ),
    (
        '27.12',
        CAST(247 AS SMALLINT),
        N'Herstellung von Elektrizitätsverteilungs- und -schalteinrichtungen',
        N'Fabrication de matériel de distribution et de commande électrique',
        N'Manufacture of electricity distribution and control apparatus'
    ),
    (
        '27.20',
        CAST(248 AS SMALLINT),
        N'Herstellung von Batterien und Akkumulatoren',
        N'Fabrication de piles et d''accumulateurs électriques',
        N'Manufacture of batteries and accumulators'
    ),
    (
        '27.31',
        CAST(249 AS SMALLINT),
        N'Herstellung von Glasfaserkabeln',
        N'Fabrication de câbles de fibres optiques',
        N'Manufacture of fibre optic cables'
    ),
    (
        '27.32',
        CAST(250 AS SMALLINT),
        N'Herstellung von sonstigen elektronischen und elektrischen Drähten und Kabeln',
        N'Fabrication d''autres fils et câbles électroniques ou électriques',
        N'Manufacture of other electronic and electric wires and cables'
    ),
    (
        '27.33',
        CAST(251 AS SMALLINT),
        N'Herstellung von elektrischem Installationsmaterial',
        N'Fabrication de matériel d''installation électrique',
        N'Manufacture of wiring devices'
    ),
    (
        '27.40',
        CAST(252 AS SMALLINT),
        N'Herstellung von elektrischen Lampen und Leuchten',
        N'Fabrication d''appareils d''éclairage électrique',
        N'Manufacture of electric lighting equipment'
    ),
    (
        '27.51',
        CAST(253 AS SMALLINT),
        N'Herstellung von elektrischen Haushaltsgeräten',
        N'Fabrication d''appareils électroménagers',
        N'Manufacture of electric domestic appliances'
    ),
    (
        '27.52',
        CAST(254 AS SMALLINT),
        N'Herstellung von nichtelektrischen Haushaltsgeräten',
        N'Fabrication d''appareils ménagers non électriques',
        N'Manufacture of non-electric domestic appliances'
    ),
    (
        '27.90',
        CAST(255 AS SMALLINT),
        N'Herstellung von sonstigen elektrischen Ausrüstungen und Geräten a. n. g.',
        N'Fabrication d''autres matériels électriques',
        N'Manufacture of other electrical equipment'
    ),
    (
        '28',
        CAST(256 AS SMALLINT),
        N'Maschinenbau',
        N'Fabrication de machines et équipements n.c.a.',
        N'Manufacture of machinery and equipment n.e.c.'
    ),
    (
        '28.11',
        CAST(257 AS SMALLINT),
        N'Herstellung von Verbrennungsmotoren und Turbinen (ohne Motoren für Luft- und Strassenfahrzeuge)',
        N'Fabrication de moteurs et turbines à l''exception des moteurs d''avions et de véhicules',
        N'Manufacture of engines and turbines, except aircraft, vehicle and cycle engines'
    ),
    (
        '28.12',
        CAST(258 AS SMALLINT),
        N'Herstellung von hydraulischen und pneumatischen Komponenten und Systemen',
        N'Fabrication d''équipements hydrauliques et pneumatiques',
        N'Manufacture of fluid power equipment'
    ),
    (
        '28.13',
        CAST(259 AS SMALLINT),
        N'Herstellung von Pumpen und Kompressoren a. n. g.',
        N'Fabrication d''autres pompes et compresseurs',
        N'Manufacture of other pumps and compressors'
    ),
    (
        '28.14',
        CAST(260 AS SMALLINT),
        N'Herstellung von Armaturen a. n. g.',
        N'Fabrication d''articles de robinetterie',
        N'Manufacture of other taps and valves'
    ),
    (
        '28.15',
        CAST(261 AS SMALLINT),
        N'Herstellung von Lagern, Getrieben, Zahnrädern und Antriebselementen',
        N'Fabrication d''engrenages et d''organes mécaniques de transmission',
        N'Manufacture of bearings, gears, gearing and driving elements'
    ),
    (
        '28.21',
        CAST(262 AS SMALLINT),
        N'Herstellung von Öfen und Brennern',
        N'Fabrication de fours et brûleurs',
        N'Manufacture of ovens, furnaces and furnace burners'
    ),
    (
        '28.22',
        CAST(263 AS SMALLINT),
        N'Herstellung von Hebezeugen und Fördermitteln',
        N'Fabrication de matériel de levage et de manutention',
        N'Manufacture of lifting and handling equipment'
    ),
    (
        '28.23',
        CAST(264 AS SMALLINT),
        N'Herstellung von Büromaschinen (ohne Datenverarbeitungsgeräte und periphere Geräte)',
        N'Fabrication de machines et d''équipements de bureau (à l''exception des ordinateurs et '
        + N'équipements périphériques)',
        N'Manufacture of office machinery and equipment (except computers and peripheral equipment)'
    ),
    (
        '28.24',
        CAST(265 AS SMALLINT),
        N'Herstellung von handgeführten Werkzeugen mit Motorantrieb',
        N'Fabrication d''outillage portatif à moteur incorporé',
        N'Manufacture of power-driven hand tools'
    ),
    (
        '28.25',
        CAST(266 AS SMALLINT),
        N'Herstellung von kälte- und lufttechnischen Erzeugnissen, nicht für den Haushalt',
        N'Fabrication d''équipements aérauliques et frigorifiques industriels',
        N'Manufacture of non-domestic cooling and ventilation equipment'
    ),
    (
        '28.29',
        CAST(267 AS SMALLINT),
        N'Herstellung von sonstigen nicht wirtschaftszweigspezifischen Maschinen a. n. g.',
        N'Fabrication de machines diverses d''usage général',
        N'Manufacture of other general-purpose machinery n.e.c.'
    ),
    (
        '28.30',
        CAST(268 AS SMALLINT),
        N'Herstellung von land- und forstwirtschaftlichen Maschinen',
        N'Fabrication de machines agricoles et forestières',
        N'Manufacture of agricultural and forestry machinery'
    ),
    (
        '28.41',
        CAST(269 AS SMALLINT),
        N'Herstellung von Werkzeugmaschinen für die Metallbearbeitung',
        N'Fabrication de machines de formage des métaux',
        N'Manufacture of metal forming machinery'
    ),
    (
        '28.49',
        CAST(270 AS SMALLINT),
        N'Herstellung von sonstigen Werkzeugmaschinen',
        N'Fabrication d''autres machines-outils',
        N'Manufacture of other machine tools'
    ),
    (
        '28.91',
        CAST(271 AS SMALLINT),
        N'Herstellung von Maschinen für die Metallerzeugung, von Walzwerkseinrichtungen und Giessmaschinen',
        N'Fabrication de machines pour la métallurgie',
        N'Manufacture of machinery for metallurgy'
    ),
    (
        '28.92',
        CAST(272 AS SMALLINT),
        N'Herstellung von Bergwerks-, Bau- und Baustoffmaschinen',
        N'Fabrication de machines pour l''extraction ou la construction',
        N'Manufacture of machinery for mining, quarrying and construction'
    ),
    (
        '28.93',
        CAST(273 AS SMALLINT),
        N'Herstellung von Maschinen für die Nahrungs- und Genussmittelerzeugung und die Tabakverarbeitung',
        N'Fabrication de machines pour l''industrie agro-alimentaire',
        N'Manufacture of machinery for food, beverage and tobacco processing'
    ),
    (
        '28.94',
        CAST(274 AS SMALLINT),
        N'Herstellung von Maschinen für die Textil- und Bekleidungsherstellung und die Lederverarbeitung',
        N'Fabrication de machines pour les industries textiles',
        N'Manufacture of machinery for textile, apparel and leather production'
    ),
    (
        '28.95',
        CAST(275 AS SMALLINT),
        N'Herstellung von Maschinen für die Papiererzeugung und -verarbeitung',
        N'Fabrication de machines pour les industries du papier et du carton',
        N'Manufacture of machinery for paper and paperboard production'
    ),
    (
        '28.96',
        CAST(276 AS SMALLINT),
        N'Herstellung von Maschinen für die Verarbeitung von Kunststoffen und Kautschuk',
        N'Fabrication de machines pour le travail du caoutchouc ou des plastiques',
        N'Manufacture of plastic and rubber machinery'
    ),
    (
        '28.99',
        CAST(277 AS SMALLINT),
        N'Herstellung von Maschinen für sonstige bestimmte Wirtschaftszweige a. n. g.',
        N'Fabrication d''autres machines d''usage spécifique n.c.a.',
        N'Manufacture of other special-purpose machinery n.e.c.'
    ),
    (
        '29',
        CAST(278 AS SMALLINT),
        N'Herstellung von Automobilen und Automobilteilen',
        N'Industrie automobile',
        N'Manufacture of motor vehicles, trailers and semi-trailers'
    ),
    (
        '29.10',
        CAST(279 AS SMALLINT),
        N'Herstellung von Automobilen und Automobilmotoren',
        N'Construction de véhicules automobiles',
        N'Manufacture of motor vehicles'
    ),
    (
        '29.20',
        CAST(280 AS SMALLINT),
        N'Herstellung von Karosserien, Aufbauten und Anhängern',
        N'Fabrication de carrosseries et remorques',
        N'Manufacture of bodies (coachwork) for motor vehicles; manufacture of trailers and semi-trailers'
    ),
    (
        '29.31',
        CAST(281 AS SMALLINT),
        N'Herstellung elektrischer und elektronischer Ausrüstungsgegenstände für Automobile',
        N'Fabrication d''équipements électriques et électroniques automobiles',
        N'Manufacture of electrical and electronic equipment for motor vehicles'
    ),
    (
        '29.32',
        CAST(282 AS SMALLINT),
        N'Herstellung von sonstigen Teilen und sonstigem Zubehör für Automobile',
        N'Fabrication d''autres équipements automobiles',
        N'Manufacture of other parts and accessories for motor vehicles'
    ),
    (
        '30',
        CAST(283 AS SMALLINT),
        N'Sonstiger Fahrzeugbau',
        N'Fabrication d''autres matériels de transport',
        N'Manufacture of other transport equipment'
    ),
    (
        '30.11',
        CAST(284 AS SMALLINT),
        N'Schiffbau (ohne Boots- und Yachtbau)',
        N'Construction de navires et de structures flottantes',
        N'Building of ships and floating structures'
    ),
    (
        '30.12',
        CAST(285 AS SMALLINT),
        N'Boots- und Yachtbau',
        N'Construction de bateaux de plaisance',
        N'Building of pleasure and sporting boats'
    ),
    (
        '30.20',
        CAST(286 AS SMALLINT),
        N'Schienenfahrzeugbau',
        N'Construction de locomotives et d''autre matériel ferroviaire roulant',
        N'Manufacture of railway locomotives and rolling stock'
    ),
    (
        '30.30',
        CAST(287 AS SMALLINT),
        N'Luft- und Raumfahrzeugbau',
        N'Construction aéronautique et spatiale',
        N'Manufacture of air and spacecraft and related machinery'
    ),
    (
        '30.40',
        CAST(288 AS SMALLINT),
        N'Herstellung von militärischen Kampffahrzeugen',
        N'Construction de véhicules militaires de combat',
        N'Manufacture of military fighting vehicles'
    ),
    (
        '30.91',
        CAST(289 AS SMALLINT),
        N'Herstellung von Motorrädern',
        N'Fabrication de motocycles',
        N'Manufacture of motorcycles'
    ),
    (
        '30.92',
        CAST(290 AS SMALLINT),
        N'Herstellung von Fahrrädern sowie von Behindertenfahrzeugen',
        N'Fabrication de bicyclettes et de véhicules pour invalides',
        N'Manufacture of bicycles and invalid carriages'
    ),
    (
        '30.99',
        CAST(291 AS SMALLINT),
        N'Herstellung von sonstigen Fahrzeugen a. n. g.',
        N'Fabrication d''autres équipements de transport n.c.a.',
        N'Manufacture of other transport equipment n.e.c.'
    ),
    ('31', CAST(292 AS SMALLINT), N'Herstellung von Möbeln', N'Fabrication de meubles', N'Manufacture of furniture'),
    (
        '31.01',
        CAST(293 AS SMALLINT),
        N'Herstellung von Büro- und Ladenmöbeln',
        N'Fabrication de meubles de bureau et de magasin',
        N'Manufacture of office and shop furniture'
    ),
    (
        '31.02',
        CAST(294 AS SMALLINT),
        N'Herstellung von Küchenmöbeln',
        N'Fabrication de meubles de cuisine',
        N'Manufacture of kitchen furniture'
    ),
    (
        '31.03',
        CAST(295 AS SMALLINT),
        N'Herstellung von Matratzen',
        N'Fabrication de matelas',
        N'Manufacture of mattresses'
    ),
    (
        '31.09',
        CAST(296 AS SMALLINT),
        N'Herstellung von sonstigen Möbeln',
        N'Fabrication d''autres meubles',
        N'Manufacture of other furniture'
    ),
    (
        '32',
        CAST(297 AS SMALLINT),
        N'Herstellung von sonstigen Waren',
        N'Autres industries manufacturières',
        N'Other manufacturing'
    ),
    ('32.11', CAST(298 AS SMALLINT), N'Herstellung von Münzen', N'Frappe de monnaie', N'Striking of coins'),
    (
        '32.12',
        CAST(299 AS SMALLINT),
        N'Herstellung von Schmuck, Gold- und Silberschmiedewaren (ohne Fantasieschmuck)',
        N'Fabrication d''articles de joaillerie et bijouterie',
        N'Manufacture of jewellery and related articles'
    ),
    (
        '32.13',
        CAST(300 AS SMALLINT),
        N'Herstellung von Fantasieschmuck',
        N'Fabrication d''articles de bijouterie fantaisie et articles similaires',
        N'Manufacture of imitation jewellery and related articles'
    ),
    (
        '32.20',
        CAST(301 AS SMALLINT),
        N'Herstellung von Musikinstrumenten',
        N'Fabrication d''instruments de musique',
        N'Manufacture of musical instruments'
    ),
    (
        '32.30',
        CAST(302 AS SMALLINT),
        N'Herstellung von Sportgeräten',
        N'Fabrication d''articles de sport',
        N'Manufacture of sports goods'
    ),
    (
        '32.40',
        CAST(303 AS SMALLINT),
        N'Herstellung von Spielwaren',
        N'Fabrication de jeux et jouets',
        N'Manufacture of games and toys'
    ),
    (
        '32.50',
        CAST(304 AS SMALLINT),
        N'Herstellung von medizinischen und zahnmedizinischen Apparaten und Materialien',
        N'Fabrication d''instruments et de fournitures à usage médical et dentaire',
        N'Manufacture of medical and dental instruments and supplies'
    ),
    (
        '32.91',
        CAST(305 AS SMALLINT),
        N'Herstellung von Besen und Bürsten',
        N'Fabrication d''articles de brosserie',
        N'Manufacture of brooms and brushes'
    ),
    (
        '32.99',
        CAST(306 AS SMALLINT),
        N'Herstellung von sonstigen Erzeugnissen a. n. g.',
        N'Autres activités manufacturières n.c.a.',
        N'Other manufacturing n.e.c.'
    ),
    (
        '33',
        CAST(307 AS SMALLINT),
        N'Reparatur und Installation von Maschinen und Ausrüstungen',
        N'Réparation et installation de machines et d''équipements',
        N'Repair and installation of machinery and equipment'
    ),
    (
        '33.11',
        CAST(308 AS SMALLINT),
        N'Reparatur von Metallerzeugnissen',
        N'Réparation d''ouvrages en métaux',
        N'Repair of fabricated metal products'
    ),
    (
        '33.12',
        CAST(309 AS SMALLINT),
        N'Reparatur von Maschinen',
        N'Réparation de machines et équipements mécaniques',
        N'Repair of machinery'
    ),
    (
        '33.13',
        CAST(310 AS SMALLINT),
        N'Reparatur von elektronischen und optischen Geräten',
        N'Réparation de matériels électroniques et optiques',
        N'Repair of electronic and optical equipment'
    ),
    (
        '33.14',
        CAST(311 AS SMALLINT),
        N'Reparatur von elektrischen Ausrüstungen',
        N'Réparation d''équipements électriques',
        N'Repair of electrical equipment'
    ),
    (
        '33.15',
        CAST(312 AS SMALLINT),
        N'Reparatur und Instandhaltung von Schiffen, Booten und Yachten',
        N'Réparation et maintenance navale',
        N'Repair and maintenance of ships and boats'
    ),
    (
        '33.16',
        CAST(313 AS SMALLINT),
        N'Reparatur und Instandhaltung von Luft- und Raumfahrzeugen',
        N'Réparation et maintenance d''aéronefs et d''engins spatiaux',
        N'Repair and maintenance of aircraft and spacecraft'
    ),
    (
        '33.17',
        CAST(314 AS SMALLINT),
        N'Reparatur und Instandhaltung von Fahrzeugen a. n. g.',
        N'Réparation et maintenance d''autres équipements de transport',
        N'Repair and maintenance of other transport equipment'
    ),
    (
        '33.19',
        CAST(315 AS SMALLINT),
        N'Reparatur von sonstigen Ausrüstungen',
        N'Réparation d''autres équipements',
        N'Repair of other equipment'
    ),
    (
        '33.20',
        CAST(316 AS SMALLINT),
        N'Installation von Maschinen und Ausrüstungen a. n. g.',
        N'Installation de machines et d''équipements industriels',
        N'Installation of industrial machinery and equipment'
    ),
    (
        '35',
        CAST(317 AS SMALLINT),
        N'Energieversorgung',
        N'Production et distribution d''électricité, de gaz, de vapeur et d''air conditionné',
        N'Electricity, gas, steam and air-conditioning supply'
    ),
    (
        '35.11',
        CAST(318 AS SMALLINT),
        N'Elektrizitätserzeugung',
        N'Production d''électricité',
        N'Production of electricity'
    ),
    (
        '35.12',
        CAST(319 AS SMALLINT),
        N'Elektrizitätsübertragung',
        N'Transport d''électricité',
        N'Transmission of electricity'
    ),
    (
        '35.13',
        CAST(320 AS SMALLINT),
        N'Elektrizitätsverteilung',
        N'Distribution d''électricité',
        N'Distribution of electricity'
    ),
    ('35.14', CAST(321 AS SMALLINT), N'Elektrizitätshandel', N'Commerce d''électricité', N'Trade of electricity'),
    ('35.21', CAST(322 AS SMALLINT), N'Gaserzeugung', N'Production de combustibles gazeux', N'Manufacture of gas'),
    (
        '35.22',
        CAST(323 AS SMALLINT),
        N'Gasverteilung durch Rohrleitungen',
        N'Distribution de combustibles gazeux par conduites',
        N'Distribution of gaseous fuels through mains'
    ),
    (
        '35.23',
        CAST(324 AS SMALLINT),
        N'Gashandel durch Rohrleitungen',
        N'Commerce de combustibles gazeux par conduites',
        N'Trade of gas through mains'
    ),
    (
        '35.30',
        CAST(325 AS SMALLINT),
        N'Wärme- und Kälteversorgung',
        N'Production et distribution de vapeur et d''air conditionné',
        N'Steam and air conditioning supply'
    ),
    (
        '36',
        CAST(326 AS SMALLINT),
        N'Wasserversorgung',
        N'Captage, traitement et distribution d''eau',
        N'Water collection, treatment and supply'
    ),
    (
        '36.00',
        CAST(327 AS SMALLINT),
        N'Wasserversorgung',
        N'Captage, traitement et distribution d''eau',
        N'Water collection, treatment and supply'
    ),
    ('37', CAST(328 AS SMALLINT), N'Abwasserentsorgung', N'Collecte et traitement des eaux usées', N'Sewerage'),
    ('37.00', CAST(329 AS SMALLINT), N'Abwasserentsorgung', N'Collecte et traitement des eaux usées', N'Sewerage'),
    (
        '38',
        CAST(330 AS SMALLINT),
        N'Sammlung, Behandlung und Beseitigung von Abfällen; Rückgewinnung',
        N'Collecte, traitement et élimination des déchets; récupération',
        N'Waste collection, treatment and disposal activities; materials recovery'
    ),
    (
        '38.11',
        CAST(331 AS SMALLINT),
        N'Sammlung nicht gefährlicher Abfälle',
        N'Collecte des déchets non dangereux',
        N'Collection of non-hazardous waste'
    ),
    (
        '38.12',
        CAST(332 AS SMALLINT),
        N'Sammlung gefährlicher Abfälle',
        N'Collecte des déchets dangereux',
        N'Collection of hazardous waste'
    ),
    (
        '38.21',
        CAST(333 AS SMALLINT),
        N'Behandlung und Beseitigung nicht gefährlicher Abfälle',
        N'Traitement et élimination des déchets non dangereux',
        N'Treatment and disposal of non-hazardous waste'
    ),
    (
        '38.22',
        CAST(334 AS SMALLINT),
        N'Behandlung und Beseitigung gefährlicher Abfälle',
        N'Traitement et élimination des déchets dangereux',
        N'Treatment and disposal of hazardous waste'
    ),
    (
        '38.31',
        CAST(335 AS SMALLINT),
        N'Zerlegen von Schiffs- und Fahrzeugwracks und anderen Altwaren',
        N'Démantèlement d''épaves',
        N'Dismantling of wrecks'
    ),
    (
        '38.32',
        CAST(336 AS SMALLINT),
        N'Rückgewinnung sortierter Werkstoffe',
        N'Récupération de déchets triés',
        N'Recovery of sorted materials'
    ),
    (
        '39',
        CAST(337 AS SMALLINT),
        N'Beseitigung von Umweltverschmutzungen und sonstige Entsorgung',
        N'Dépollution et autres services de gestion des déchets',
        N'Remediation activities and other waste management services'
    ),
    (
        '39.00',
        CAST(338 AS SMALLINT),
        N'Beseitigung von Umweltverschmutzungen und sonstige Entsorgung',
        N'Dépollution et autres services de gestion des déchets',
        N'Remediation activities and other waste management services'
    ),
    ('41', CAST(339 AS SMALLINT), N'Hochbau', N'Construction de bâtiments', N'Construction of buildings'),
    (
        '41.10',
        CAST(340 AS SMALLINT),
        N'Erschliessung von Grundstücken; Bauträger',
        N'Promotion immobilière',
        N'Development of building projects'
    ),
    (
        '41.20',
        CAST(341 AS SMALLINT),
        N'Bau von Gebäuden',
        N'Construction de bâtiments résidentiels et non résidentiels',
        N'Construction of residential and non-residential buildings'
    ),
    ('42', CAST(342 AS SMALLINT), N'Tiefbau', N'Génie civil', N'Civil engineering'),
    (
        '42.11',
        CAST(343 AS SMALLINT),
        N'Bau von Strassen',
        N'Construction de routes et autoroutes',
        N'Construction of roads and motorways'
    ),
    (
        '42.12',
        CAST(344 AS SMALLINT),
        N'Bau von Bahnverkehrsstrecken',
        N'Construction de voies ferrées de surface et souterraines',
        N'Construction of railways and underground railways'
    ),
    (
        '42.13',
        CAST(345 AS SMALLINT),
        N'Brücken- und Tunnelbau',
        N'Construction de ponts et tunnels',
        N'Construction of bridges and tunnels'
    ),
    (
        '42.21',
        CAST(346 AS SMALLINT),
        N'Rohrleitungstiefbau, Brunnenbau und Kläranlagenbau',
        N'Construction de réseaux pour fluides',
        N'Construction of utility projects for fluids'
    ),
    (
        '42.22',
        CAST(347 AS SMALLINT),
        N'Kabelnetzleitungstiefbau',
        N'Construction de réseaux électriques et de télécommunications',
        N'Construction of utility projects for electricity and telecommunications'
    ),
    (
        '42.91',
        CAST(348 AS SMALLINT),
        N'Wasserbau',
        N'Construction d''ouvrages maritimes et fluviaux',
        N'Construction of water projects'
    ),
    (
        '42.99',
        CAST(349 AS SMALLINT),
        N'Sonstiger Tiefbau a. n. g.',
        N'Construction d''autres ouvrages de génie civil n.c.a.',
        N'Construction of other civil engineering projects n.e.c.'
    ),
    (
        '43',
        CAST(350 AS SMALLINT),
        N'Vorbereitende Baustellenarbeiten, Bauinstallation und sonstiges Ausbaugewerbe',
        N'Travaux de construction spécialisés',
        N'Specialised construction activities'
    ),
    ('43.11', CAST(351 AS SMALLINT), N'Abbrucharbeiten', N'Travaux de démolition', N'Demolition'),
    (
        '43.12',
        CAST(352 AS SMALLINT),
        N'Vorbereitende Baustellenarbeiten',
        N'Travaux de préparation des sites',
        N'Site preparation'
    ),
    ('43.13', CAST(353 AS SMALLINT), N'Test- und Suchbohrung', N'Forages et sondages', N'Test drilling and boring'),
    ('43.21', CAST(354 AS SMALLINT), N'Elektroinstallation', N'Installation électrique', N'Electrical installation'),
    (
        '43.22',
        CAST(355 AS SMALLINT),
        N'Gas-, Wasser-, Heizungs- sowie Lüftungs- und Klimainstallation',
        N'Travaux de plomberie et installation de chauffage et de conditionnement d''air',
        N'Plumbing, heat and air conditioning installation'
    ),
    (
        '43.29',
        CAST(356 AS SMALLINT),
        N'Sonstige Bauinstallation',
        N'Autres travaux d''installation',
        N'Other construction installation'
    ),
    (
        '43.31',
        CAST(357 AS SMALLINT),
        N'Anbringen von Stuckaturen, Gipserei und Verputzerei',
        N'Travaux de plâtrerie',
        N'Plastering'
    ),
    (
        '43.32',
        CAST(358 AS SMALLINT),
        N'Bautischlerei und -schlosserei',
        N'Travaux de menuiserie',
        N'Joinery installation'
    ),
    (
        '43.33',
        CAST(359 AS SMALLINT),
        N'Fussboden-, Fliesen- und Plattenlegerei, Tapeziererei',
        N'Travaux de revêtement des sols et des murs',
        N'Floor and wall covering'
    ),
    (
        '43.34',
        CAST(360 AS SMALLINT),
        N'Malerei und Glaserei',
        N'Travaux de peinture et vitrerie',
        N'Painting and glazing'
    ),
    (
        '43.39',
        CAST(361 AS SMALLINT),
        N'Sonstiger Ausbau a. n. g.',
        N'Autres travaux de finition',
        N'Other building completion and finishing'
    ),
    ('43.91', CAST(362 AS SMALLINT), N'Dachdeckerei und Zimmerei', N'Travaux de couverture', N'Roofing activities'),
    (
        '43.99',
        CAST(363 AS SMALLINT),
        N'Sonstige spezialisierte Bautätigkeiten a. n. g.',
        N'Autres travaux de construction spécialisés n.c.a.',
        N'Other specialised construction activities n.e.c.'
    ),
    (
        '45',
        CAST(364 AS SMALLINT),
        N'Handel mit Motorfahrzeugen; Instandhaltung und Reparatur von Motorfahrzeugen',
        N'Commerce et réparation d''automobiles et de motocycles',
        N'Wholesale and retail trade and repair of motor vehicles and motorcycles'
    ),
    (
        '45.11',
        CAST(365 AS SMALLINT),
        N'Handel mit Automobilen mit einem Gesamtgewicht von 3,5 t oder weniger',
        N'Commerce de voitures et de véhicules automobiles légers',
        N'Sale of cars and light motor vehicles'
    ),
    (
        '45.19',
        CAST(366 AS SMALLINT),
        N'Handel mit Automobilen mit einem Gesamtgewicht von mehr als 3,5 t',
        N'Commerce d''autres véhicules automobiles',
        N'Sale of other motor vehicles'
    ),
    (
        '45.20',
        CAST(367 AS SMALLINT),
        N'Instandhaltung und Reparatur von Automobilen',
        N'Entretien et réparation de véhicules automobiles',
        N'Maintenance and repair of motor vehicles'
    ),
    (
        '45.31',
        CAST(368 AS SMALLINT),
        N'Grosshandel mit Automobilteilen und -zubehör',
        N'Commerce de gros d''équipements automobiles',
        N'Wholesale trade of motor vehicle parts and accessories'
    ),
    (
        '45.32',
        CAST(369 AS SMALLINT),
        N'Detailhandel mit Automobilteilen und -zubehör',
        N'Commerce de détail d''équipements automobiles',
        N'Retail trade of motor vehicle parts and accessories'
    ),
    (
        '45.40',
        CAST(370 AS SMALLINT),
        N'Handel mit Motorrädern, Kraftradteilen und -zubehör; Instandhaltung und Reparatur von Motorrädern',
        N'Commerce et réparation de motocycles',
        N'Sale, maintenance and repair of motorcycles and related parts and accessories'
    ),
    (
        '46',
        CAST(371 AS SMALLINT),
        N'Grosshandel (ohne Handel mit Motorfahrzeugen)',
        N'Commerce de gros, à l''exception des automobiles et des motocycles',
        N'Wholesale trade, except of motor vehicles and motorcycles'
    ),
    (
        '46.11',
        CAST(372 AS SMALLINT),
        N'Handelsvermittlung von landwirtschaftlichen Grundstoffen, lebenden Tieren, textilen '
        + N'Rohstoffen und Halbwaren',
        N'Intermédiaires du commerce en matières premières agricoles, animaux vivants, matières '
        + N'premières textiles et produits semi-finis',
        N'Agents involved in the sale of agricultural raw materials, live animals, textile raw '
        + N'materials and semi-finished goods'
    ),
    (
        '46.12',
        CAST(373 AS SMALLINT),
        N'Handelsvermittlung von Brennstoffen, Erzen, Metallen und technischen Chemikalien',
        N'Intermédiaires du commerce en combustibles, métaux, minéraux et produits chimiques',
        N'Agents involved in the sale of fuels, ores, metals and industrial chemicals'
    ),
    (
        '46.13',
        CAST(374 AS SMALLINT),
        N'Handelsvermittlung von Holz, Baustoffen und Anstrichmitteln',
        N'Intermédiaires du commerce en bois et matériaux de construction',
        N'Agents involved in the sale of timber and building materials'
    ),
    (
        '46.14',
        CAST(375 AS SMALLINT),
        N'Handelsvermittlung von Maschinen, technischem Bedarf, Wasser- und Luftfahrzeugen',
        N'Intermédiaires du commerce en machines, équipements industriels, navires et avions',
        N'Agents involved in the sale of machinery, industrial equipment, ships and aircraft'
    ),
    (
        '46.15',
        CAST(376 AS SMALLINT),
        N'Handelsvermittlung von Möbeln, Einrichtungs- und Haushaltsgegenständen, Eisen- und Metallwaren',
        N'Intermédiaires du commerce en meubles, articles de ménage et quincaillerie',
        N'Agents involved in the sale of furniture, household goods, hardware and ironmongery'
    ),
    (
        '46.16',
        CAST(377 AS SMALLINT),
        N'Handelsvermittlung von Textilien, Bekleidung, Schuhen und Lederwaren',
        N'Intermédiaires du commerce en textiles, habillement, fourrures, chaussures et articles en cuir',
        N'Agents involved in the sale of textiles, clothing, fur, footwear and leather goods'
    ),
    (
        '46.17',
        CAST(378 AS SMALLINT),
        N'Handelsvermittlung von Nahrungsmitteln, Getränken und Tabakwaren',
        N'Intermédiaires du commerce en denrées, boissons et tabac',
        N'Agents involved in the sale of food, beverages and tobacco'
    ),
    (
        '46.18',
        CAST(379 AS SMALLINT),
        N'Handelsvermittlung von sonstigen Waren',
        N'Intermédiaires spécialisés dans le commerce d''autres produits spécifiques',
        N'Agents specialised in the sale of other particular products'
    ),
    (
        '46.19',
        CAST(380 AS SMALLINT),
        N'Handelsvermittlung von Waren ohne ausgeprägten Schwerpunkt',
        N'Intermédiaires du commerce en produits divers',
        N'Agents involved in the sale of a variety of goods'
    ),
    (
        '46.21',
        CAST(381 AS SMALLINT),
        N'Grosshandel mit Getreide, Rohtabak, Saatgut und Futtermitteln',
        N'Commerce de gros de céréales, de tabac non manufacturé, de semences et d''aliments pour le bétail',
        N'Wholesale of grain, unmanufactured tobacco, seeds and animal feeds'
    ),
    (
        '46.22',
        CAST(382 AS SMALLINT),
        N'Grosshandel mit Blumen und Pflanzen',
        N'Commerce de gros de fleurs et plantes',
        N'Wholesale of flowers and plants'
    ),
    (
        '46.23',
        CAST(383 AS SMALLINT),
        N'Grosshandel mit lebenden Tieren',
        N'Commerce de gros d''animaux vivants',
        N'Wholesale of live animals'
    ),
    (
        '46.24',
        CAST(384 AS SMALLINT),
        N'Grosshandel mit Häuten, Fellen und Leder',
        N'Commerce de gros de cuirs et peaux',
        N'Wholesale of hides, skins and leather'
    ),
    (
        '46.31',
        CAST(385 AS SMALLINT),
        N'Grosshandel mit Obst, Gemüse und Kartoffeln',
        N'Commerce de gros de fruits et légumes',
        N'Wholesale of fruit and vegetables'
    ),
    (
        '46.32',
        CAST(386 AS SMALLINT),
        N'Grosshandel mit Fleisch und Fleischwaren',
        N'Commerce de gros de viandes et de produits à base de viande',
        N'Wholesale of meat and meat products'
    ),
    (
        '46.33',
        CAST(387 AS SMALLINT),
        N'Grosshandel mit Milch, Milcherzeugnissen, Eiern, Speiseölen und Nahrungsfetten',
        N'Commerce de gros de produits laitiers, œufs, huiles et matières grasses comestibles',
        N'Wholesale of dairy products, eggs and edible oils and fats'
    ),
    (
        '46.34',
        CAST(388 AS SMALLINT),
        N'Grosshandel mit Getränken',
        N'Commerce de gros de boissons',
        N'Wholesale of beverages'
    ),
    (
        '46.35',
        CAST(389 AS SMALLINT),
        N'Grosshandel mit Tabakwaren',
        N'Commerce de gros de produits à base de tabac',
        N'Wholesale of tobacco products'
    ),
    (
        '46.36',
        CAST(390 AS SMALLINT),
        N'Grosshandel mit Zucker, Süsswaren und Backwaren',
        N'Commerce de gros de sucre, chocolat et confiserie',
        N'Wholesale of sugar and chocolate and sugar confectionery'
    ),
    (
        '46.37',
        CAST(391 AS SMALLINT),
        N'Grosshandel mit Kaffee, Tee, Kakao und Gewürzen',
        N'Commerce de gros de café, thé, cacao et épices',
        N'Wholesale of coffee, tea, cocoa and spices'
    ),
    (
        '46.38',
        CAST(392 AS SMALLINT),
        N'Grosshandel mit sonstigen Nahrungs- und Genussmitteln',
        N'Commerce de gros d''autres produits alimentaires, y compris poissons, crustacés et mollusques',
        N'Wholesale of other food, including fish, crustaceans and molluscs'
    ),
    (
        '46.39',
        CAST(393 AS SMALLINT),
        N'Grosshandel mit Nahrungs- und Genussmitteln, Getränken und Tabakwaren, ohne ausgeprägten Schwerpunkt',
        N'Commerce de gros non spécialisé de denrées, boissons et tabac',
        N'Non-specialised wholesale of food, beverages and tobacco'
    ),
    (
        '46.41',
        CAST(394 AS SMALLINT),
        N'Grosshandel mit Textilien',
        N'Commerce de gros de textiles',
        N'Wholesale of textiles'
    ),
    (
        '46.42',
        CAST(395 AS SMALLINT),
        N'Grosshandel mit Bekleidung und Schuhen',
        N'Commerce de gros d''habillement et de chaussures',
        N'Wholesale of clothing and footwear'
    ),
    (
        '46.43',
        CAST(396 AS SMALLINT),
        N'Grosshandel mit Foto- und optischen Erzeugnissen, elektrischen Haushaltsgeräten und '
        + N'Geräten der Unterhaltungselektronik',
        N'Commerce de gros d''appareils électroménagers',
        N'Wholesale of electrical household appliances'
    ),
    (
        '46.44',
        CAST(397 AS SMALLINT),
        N'Grosshandel mit keramischen Erzeugnissen, Glaswaren und Reinigungsmitteln',
        N'Commerce de gros de vaisselle, verrerie et produits d''entretien',
        N'Wholesale of china and glassware and cleaning materials'
    ),
    (
        '46.45',
        CAST(398 AS SMALLINT),
        N'Grosshandel mit kosmetischen Erzeugnissen und Körperpflegemitteln',
        N'Commerce de gros de parfumerie et de produits de beauté',
        N'Wholesale of perfume and cosmetics'
    ),
    (
        '46.46',
        CAST(399 AS SMALLINT),
        N'Grosshandel mit pharmazeutischen, medizinischen und orthopädischen Erzeugnissen',
        N'Commerce de gros de produits pharmaceutiques',
        N'Wholesale of pharmaceutical goods'
    ),
    (
        '46.47',
        CAST(400 AS SMALLINT),
        N'Grosshandel mit Möbeln, Teppichen, Lampen und Leuchten',
        N'Commerce de gros de meubles, de tapis et d''appareils d''éclairage',
        N'Wholesale of furniture, carpets and lighting equipment'
    ),
    (
        '46.48',
        CAST(401 AS SMALLINT),
        N'Grosshandel mit Uhren und Schmuck',
        N'Commerce de gros d''articles d''horlogerie et de bijouterie',
        N'Wholesale of watches and jewellery'
    ),
    (
        '46.49',
        CAST(402 AS SMALLINT),
        N'Grosshandel mit sonstigen Gebrauchs- und Verbrauchsgütern',
        N'Commerce de gros d''autres biens domestiques',
        N'Wholesale of other household goods'
    ),
    (
        '46.51',
        CAST(403 AS SMALLINT),
        N'Grosshandel mit Datenverarbeitungsgeräten, peripheren Geräten und Software',
        N'Commerce de gros d''ordinateurs, d''équipements informatiques périphériques et de logiciels',
        N'Wholesale of computers, computer peripheral equipment and software'
    ),
    (
        '46.52',
        CAST(404 AS SMALLINT),
        N'Grosshandel mit elektronischen Bauteilen und Telekommunikationsgeräten',
        N'Commerce de gros de composants et d''équipements électroniques et de télécommunication',
        N'Wholesale of electronic and telecommunications equipment and parts'
    ),
    (
        '46.61',
        CAST(405 AS SMALLINT),
        N'Grosshandel mit landwirtschaftlichen Maschinen, und Geräten',
        N'Commerce de gros de matériel agricole',
        N'Wholesale of agricultural machinery, equipment and supplies'
    ),
    (
        '46.62',
        CAST(406 AS SMALLINT),
        N'Grosshandel mit Werkzeugmaschinen',
        N'Commerce de gros de machines-outils',
        N'Wholesale of machine tools'
    ),
    (
        '46.63',
        CAST(407 AS SMALLINT),
        N'Grosshandel mit Bergwerks-, Bau- und Baustoffmaschinen',
        N'Commerce de gros de machines pour l''extraction, la construction et le génie civil',
        N'Wholesale of mining, construction and civil engineering machinery'
    ),
    (
        '46.64',
        CAST(408 AS SMALLINT),
        N'Grosshandel mit Textil-, Näh- und Strickmaschinen',
        N'Commerce de gros de machines pour l''industrie textile et l''habillement',
        N'Wholesale of machinery for the textile industry and of sewing and knitting machines'
    ),
    (
        '46.65',
        CAST(409 AS SMALLINT),
        N'Grosshandel mit Büromöbeln',
        N'Commerce de gros de mobilier de bureau',
        N'Wholesale of office furniture'
    ),
    (
        '46.66',
        CAST(410 AS SMALLINT),
        N'Grosshandel mit sonstigen Büromaschinen und -einrichtungen',
        N'Commerce de gros d''autres machines et équipements de bureau',
        N'Wholesale of other office machinery and equipment'
    ),
    (
        '46.69',
        CAST(411 AS SMALLINT),
        N'Grosshandel mit sonstigen Maschinen und Ausrüstungen',
        N'Commerce de gros d''autres machines et équipements',
        N'Wholesale of other machinery and equipment'
    ),
    (
        '46.71',
        CAST(412 AS SMALLINT),
        N'Grosshandel mit festen Brennstoffen und Mineralölerzeugnissen',
        N'Commerce de gros de combustibles et de produits annexes',
        N'Wholesale of solid, liquid and gaseous fuels and related products'
    ),
    (
        '46.72',
        CAST(413 AS SMALLINT),
        N'Grosshandel mit Erzen, Metallen und Metallhalbzeug',
        N'Commerce de gros de minerais et métaux',
        N'Wholesale of metals and metal ores'
    ),
    (
        '46.73',
        CAST(414 AS SMALLINT),
        N'Grosshandel mit Holz, Baustoffen, Anstrichmitteln und Sanitärkeramik',
        N'Commerce de gros de bois, de matériaux de construction et d''appareils sanitaires',
        N'Wholesale of wood, construction materials and sanitary equipment'
    ),
    (
        '46.74',
        CAST(415 AS SMALLINT),
        N'Grosshandel mit Metall- und Kunststoffwaren für Bauzwecke sowie Installationsbedarf für '
        + N'Gas, Wasser und Heizung',
        N'Commerce de gros de quincaillerie et fournitures pour plomberie et chauffage',
        N'Wholesale of hardware, plumbing and heating equipment and supplies'
    ),
    (
        '46.75',
        CAST(416 AS SMALLINT),
        N'Grosshandel mit chemischen Erzeugnissen',
        N'Commerce de gros de produits chimiques',
        N'Wholesale of chemical products'
    ),
    (
        '46.76',
        CAST(417 AS SMALLINT),
        N'Grosshandel mit sonstigen Halbwaren',
        N'Commerce de gros d''autres produits intermédiaires',
        N'Wholesale of other intermediate products'
    ),
    (
        '46.77',
        CAST(418 AS SMALLINT),
        N'Grosshandel mit Altmaterialien und Reststoffen',
        N'Commerce de gros de déchets et débris',
        N'Wholesale of waste and scrap'
    ),
    (
        '46.90',
        CAST(419 AS SMALLINT),
        N'Grosshandel ohne ausgeprägten Schwerpunkt',
        N'Commerce de gros non spécialisé',
        N'Non-specialised wholesale trade'
    ),
    (
        '47',
        CAST(420 AS SMALLINT),
        N'Detailhandel (ohne Handel mit Motorfahrzeugen)',
        N'Commerce de détail, à l''exception des automobiles et des motocycles',
        N'Retail trade, except of motor vehicles and motorcycles'
    ),
    (
        '47.11',
        CAST(421 AS SMALLINT),
        N'Detailhandel mit Waren verschiedener Art, Hauptrichtung Nahrungs- und Genussmittel, '
        + N'Getränke und Tabakwaren',
        N'Commerce de détail en magasin non spécialisé à prédominance alimentaire',
        N'Retail sale in non-specialised stores with food, beverages or tobacco predominating'
    ),
    (
        '47.19',
        CAST(422 AS SMALLINT),
        N'Sonstiger Detailhandel mit Waren verschiedener Art',
        N'Autre commerce de détail en magasin non spécialisé',
        N'Other retail sale in non-specialised stores'
    ),
    (
        '47.21',
        CAST(423 AS SMALLINT),
        N'Detailhandel mit Obst, Gemüse und Kartoffeln',
        N'Commerce de détail de fruits et légumes en magasin spécialisé',
        N'Retail sale of fruit and vegetables in specialised stores'
    ),
    (
        '47.22',
        CAST(424 AS SMALLINT),
        N'Detailhandel mit Fleisch und Fleischwaren',
        N'Commerce de détail de viandes et de produits à base de viande en magasin spécialisé',
        N'Retail sale of meat and meat products in specialised stores'
    ),
    (
        '47.23',
        CAST(425 AS SMALLINT),
        N'Detailhandel mit Fisch, Meeresfrüchten und Fischerzeugnissen',
        N'Commerce de détail de poissons, crustacés et mollusques en magasin spécialisé',
        N'Retail sale of fish, crustaceans and molluscs in specialised stores'
    ),
    (
        '47.24',
        CAST(426 AS SMALLINT),
        N'Detailhandel mit Back- und Süsswaren',
        N'Commerce de détail de pain, pâtisserie et confiserie en magasin spécialisé',
        N'Retail sale of bread, cakes, flour confectionery and sugar confectionery in specialised stores'
    ),
    (
        '47.25',
        CAST(427 AS SMALLINT),
        N'Detailhandel mit Getränken',
        N'Commerce de détail de boissons en magasin spécialisé',
        N'Retail sale of beverages in specialised stores'
    ),
    (
        '47.26',
        CAST(428 AS SMALLINT),
        N'Detailhandel mit Tabakwaren',
        N'Commerce de détail de produits à base de tabac en magasin spécialisé',
        N'Retail sale of tobacco products in specialised stores'
    ),
    (
        '47.29',
        CAST(429 AS SMALLINT),
        N'Sonstiger Detailhandel mit Nahrungs- und Genussmitteln',
        N'Autres commerces de détail alimentaires en magasin spécialisé',
        N'Other retail sale of food in specialised stores'
    ),
    (
        '47.30',
        CAST(430 AS SMALLINT),
        N'Detailhandel mit Motorenkraftstoffen (Tankstellen)',
        N'Commerce de détail de carburants en magasin spécialisé',
        N'Retail sale of automotive fuel in specialised stores'
    ),
    (
        '47.41',
        CAST(431 AS SMALLINT),
        N'Detailhandel mit Datenverarbeitungsgeräten, peripheren Geräten und Software',
        N'Commerce de détail d''ordinateurs, d''unités périphériques et de logiciels en magasin spécialisé',
        N'Retail sale of computers, peripheral units and software in specialised stores'
    ),
    (
        '47.42',
        CAST(432 AS SMALLINT),
        N'Detailhandel mit Telekommunikationsgeräten',
        N'Commerce de détail de matériels de télécommunication en magasin spécialisé',
        N'Retail sale of telecommunications equipment in specialised stores'
    ),
    (
        '47.43',
        CAST(433 AS SMALLINT),
        N'Detailhandel mit Geräten der Unterhaltungselektronik',
        N'Commerce de détail de matériels audio/vidéo en magasin spécialisé',
        N'Retail sale of audio and video equipment in specialised stores'
    ),
    (
        '47.51',
        CAST(434 AS SMALLINT),
        N'Detailhandel mit Textilien',
        N'Commerce de détail de textiles en magasin spécialisé',
        N'Retail sale of textiles in specialised stores'
    ),
    (
        '47.52',
        CAST(435 AS SMALLINT),
        N'Detailhandel mit Metallwaren, Anstrichmitteln, Bau- und Heimwerkerbedarf',
        N'Commerce de détail de quincaillerie, peintures et verres en magasin spécialisé',
        N'Retail sale of hardware, paints and glass in specialised stores'
    ),
    (
        '47.53',
        CAST(436 AS SMALLINT),
        N'Detailhandel mit Vorhängen, Teppichen, Fussbodenbelägen und Tapeten',
        N'Commerce de détail de tapis, moquettes et revêtements de murs et de sols en magasin spécialisé',
        N'Retail sale of carpets, rugs, wall and floor coverings in specialised stores'
    ),
    (
        '47.54',
        CAST(437 AS SMALLINT),
        N'Detailhandel mit elektrischen Haushaltsgeräten',
        N'Commerce de détail d''appareils électroménagers en magasin spécialisé',
        N'Retail sale of electrical household appliances in specialised stores'
    ),
    (
        '47.59',
        CAST(438 AS SMALLINT),
        N'Detailhandel mit Möbeln, Einrichtungsgegenständen und sonstigem Hausrat',
        N'Commerce de détail de meubles, appareils d''éclairage et autres articles de ménage en '
        + N'magasin spécialisé',
        N'Retail sale of furniture, lighting equipment and other household articles in specialised stores'
    ),
    (
        '47.61',
        CAST(439 AS SMALLINT),
        N'Detailhandel mit Büchern',
        N'Commerce de détail de livres en magasin spécialisé',
        N'Retail sale of books in specialised stores'
    ),
    (
        '47.62',
        CAST(440 AS SMALLINT),
        N'Detailhandel mit Zeitschriften, Zeitungen, Schreibwaren und Bürobedarf',
        N'Commerce de détail de journaux et papeterie en magasin spécialisé',
        N'Retail sale of newspapers and stationery in specialised stores'
    ),
    (
        '47.63',
        CAST(441 AS SMALLINT),
        N'Detailhandel mit bespielten Ton- und Bildträgern',
        N'Commerce de détail d''enregistrements musicaux et vidéo en magasin spécialisé',
        N'Retail sale of music and video recordings in specialised stores'
    ),
    (
        '47.64',
        CAST(442 AS SMALLINT),
        N'Detailhandel mit Fahrrädern, Sport- und Campingartikeln',
        N'Commerce de détail d''articles de sport en magasin spécialisé',
        N'Retail sale of sporting equipment in specialised stores'
    ),
    (
        '47.65',
        CAST(443 AS SMALLINT),
        N'Detailhandel mit Spielwaren',
        N'Commerce de détail de jeux et jouets en magasin spécialisé',
        N'Retail sale of games and toys in specialised stores'
    ),
    (
        '47.71',
        CAST(444 AS SMALLINT),
        N'Detailhandel mit Bekleidung',
        N'Commerce de détail d''habillement en magasin spécialisé',
        N'Retail sale of clothing in specialised stores'
    ),
    (
        '47.72',
        CAST(445 AS SMALLINT),
        N'Detailhandel mit Schuhen und Lederwaren',
        N'Commerce de détail de chaussures et d''articles en cuir en magasin spécialisé',
        N'Retail sale of footwear and leather goods in specialised stores'
    ),
    (
        '47.73',
        CAST(446 AS SMALLINT),
        N'Apotheken',
        N'Commerce de détail de produits pharmaceutiques en magasin spécialisé',
        N'Dispensing chemist in specialised stores'
    ),
    (
        '47.74',
        CAST(447 AS SMALLINT),
        N'Detailhandel mit medizinischen und orthopädischen Artikeln',
        N'Commerce de détail d''articles médicaux et orthopédiques en magasin spécialisé',
        N'Retail sale of medical and orthopaedic goods in specialised stores'
    ),
    (
        '47.75',
        CAST(448 AS SMALLINT),
        N'Detailhandel mit kosmetischen Erzeugnissen und Körperpflegemitteln',
        N'Commerce de détail de parfumerie et de produits de beauté en magasin spécialisé',
        N'Retail sale of cosmetic and toilet articles in specialised stores'
    ),
    (
        '47.76',
        CAST(449 AS SMALLINT),
        N'Detailhandel mit Blumen, Pflanzen, Sämereien, Düngemitteln, zoologischem Bedarf und lebenden Tieren',
        N'Commerce de détail de fleurs, plantes, graines, engrais, animaux de compagnie et aliments '
        + N'pour ces animaux en magasin spécialisé',
        N'Retail sale of flowers, plants, seeds, fertilisers, pet animals and pet food in specialised stores'
    ),
    (
        '47.77',
        CAST(450 AS SMALLINT),
        N'Detailhandel mit Uhren und Schmuck',
        N'Commerce de détail d''articles d''horlogerie et de bijouterie en magasin spécialisé',
        N'Retail sale of watches and jewellery in specialised stores'
    ),
    (
        '47.78',
        CAST(451 AS SMALLINT),
        N'Sonstiger Detailhandel in Verkaufsräumen (ohne Antiquitäten und Gebrauchtwaren)',
        N'Autre commerce de détail de biens neufs en magasin spécialisé',
        N'Other retail sale of new goods in specialised stores'
    ),
    (
        '47.79',
        CAST(452 AS SMALLINT),
        N'Detailhandel mit Antiquitäten und Gebrauchtwaren',
        N'Commerce de détail de biens d''occasion en magasin',
        N'Retail sale of second-hand goods in stores'
    ),
    (
        '47.81',
        CAST(453 AS SMALLINT),
        N'Detailhandel mit Nahrungs- und Genussmitteln, Getränken und Tabakwaren an Verkaufsständen '
        + N'und auf Märkten',
        N'Commerce de détail alimentaire sur éventaires et marchés',
        N'Retail sale via stalls and markets of food, beverages and tobacco products'
    ),
    (
        '47.82',
        CAST(454 AS SMALLINT),
        N'Detailhandel mit Textilien, Bekleidung und Schuhen an Verkaufsständen und auf Märkten',
        N'Commerce de détail de textiles, d''habillement et de chaussures sur éventaires et marchés',
        N'Retail sale via stalls and markets of textiles, clothing and footwear'
    ),
    (
        '47.89',
        CAST(455 AS SMALLINT),
        N'Detailhandel mit sonstigen Gütern an Verkaufsständen und auf Märkten',
        N'Autres commerces de détail sur éventaires et marchés',
        N'Retail sale via stalls and markets of other goods'
    ),
    (
        '47.91',
        CAST(456 AS SMALLINT),
        N'Versand- und Internet-Detailhandel',
        N'Vente à distance',
        N'Retail sale via mail order houses or via Internet'
    ),
    (
        '47.99',
        CAST(457 AS SMALLINT),
        N'Sonstiger Detailhandel, nicht in Verkaufsräumen, an Verkaufsständen oder auf Märkten',
        N'Autres commerces de détail hors magasin, éventaires ou marchés',
        N'Other retail sale not in stores, stalls or markets'
    ),
    (
        '49',
        CAST(458 AS SMALLINT),
        N'Landverkehr und Transport in Rohrfernleitungen',
        N'Transports terrestres et transport par conduites',
        N'Land transport and transport via pipelines'
    ),
    (
        '49.10',
        CAST(459 AS SMALLINT),
        N'Personenbeförderung im Eisenbahnfernverkehr',
        N'Transport ferroviaire interurbain de voyageurs',
        N'Passenger rail transport, interurban'
    ),
    (
        '49.20',
        CAST(460 AS SMALLINT),
        N'Güterbeförderung im Eisenbahnverkehr',
        N'Transports ferroviaires de fret',
        N'Freight rail transport'
    ),
    (
        '49.31',
        CAST(461 AS SMALLINT),
        N'Personenbeförderung im Nahverkehr zu Lande (ohne Taxis)',
        N'Transports urbains et suburbains de voyageurs',
        N'Urban and suburban passenger land transport'
    ),
    ('49.32', CAST(462 AS SMALLINT), N'Betrieb von Taxis', N'Transports de voyageurs par taxis', N'Taxi operation'),
    (
        '49.39',
        CAST(463 AS SMALLINT),
        N'Sonstige Personenbeförderung im Landverkehr a. n. g.',
        N'Autres transports terrestres de voyageurs n.c.a.',
        N'Other passenger land transport n.e.c.'
    ),
    (
        '49.41',
        CAST(464 AS SMALLINT),
        N'Güterbeförderung im Strassenverkehr',
        N'Transports routiers de fret',
        N'Freight transport by road'
    ),
    ('49.42', CAST(465 AS SMALLINT), N'Umzugstransporte', N'Services de déménagement', N'Removal services'),
    (
        '49.50',
        CAST(466 AS SMALLINT),
        N'Transport in Rohrfernleitungen',
        N'Transports par conduites',
        N'Transport via pipeline'
    ),
    ('50', CAST(467 AS SMALLINT), N'Schifffahrt', N'Transports par eau', N'Water transport'),
    (
        '50.10',
        CAST(468 AS SMALLINT),
        N'Personenbeförderung in der See- und Küstenschifffahrt',
        N'Transports maritimes et côtiers de passagers',
        N'Sea and coastal passenger water transport'
    ),
    (
        '50.20',
        CAST(469 AS SMALLINT),
        N'Güterbeförderung in der See- und Küstenschifffahrt',
        N'Transports maritimes et côtiers de fret',
        N'Sea and coastal freight water transport'
    ),
    (
        '50.30',
        CAST(470 AS SMALLINT),
        N'Personenbeförderung in der Binnenschifffahrt',
        N'Transports fluviaux de passagers',
        N'Inland passenger water transport'
    ),
    (
        '50.40',
        CAST(471 AS SMALLINT),
        N'Güterbeförderung in der Binnenschifffahrt',
        N'Transports fluviaux de fret',
        N'Inland freight water transport'
    ),
    ('51', CAST(472 AS SMALLINT), N'Luftfahrt', N'Transports aériens', N'Air transport'),
    (
        '51.10',
        CAST(473 AS SMALLINT),
        N'Personenbeförderung in der Luftfahrt',
        N'Transports aériens de passagers',
        N'Passenger air transport'
    ),
    (
        '51.21',
        CAST(474 AS SMALLINT),
        N'Güterbeförderung in der Luftfahrt',
        N'Transports aériens de fret',
        N'Freight air transport'
    ),
    ('51.22', CAST(475 AS SMALLINT), N'Raumtransport', N'Transports spatiaux', N'Space transport'),
    (
        '52',
        CAST(476 AS SMALLINT),
        N'Lagerei sowie Erbringung von sonstigen Dienstleistungen für den Verkehr',
        N'Entreposage et services auxiliaires des transports',
        N'Warehousing and support activities for transportation'
    ),
    ('52.10', CAST(477 AS SMALLINT), N'Lagerei', N'Entreposage et stockage', N'Warehousing and storage'),
    (
        '52.21',
        CAST(478 AS SMALLINT),
        N'Erbringung von sonstigen Dienstleistungen für den Landverkehr',
        N'Services auxiliaires des transports terrestres',
        N'Service activities incidental to land transportation'
    ),
    (
        '52.22',
        CAST(479 AS SMALLINT),
        N'Erbringung von sonstigen Dienstleistungen für die Schifffahrt',
        N'Services auxiliaires des transports par eau',
        N'Service activities incidental to water transportation'
    ),
    (
        '52.23',
        CAST(480 AS SMALLINT),
        N'Erbringung von sonstigen Dienstleistungen für die Luftfahrt',
        N'Services auxiliaires des transports aériens',
        N'Service activities incidental to air transportation'
    ),
    ('52.24', CAST(481 AS SMALLINT), N'Frachtumschlag', N'Manutention', N'Cargo handling'),
    (
        '52.29',
        CAST(482 AS SMALLINT),
        N'Erbringung von sonstigen Dienstleistungen für den Verkehr a. n. g.',
        N'Autres services auxiliaires des transports',
        N'Other transportation support activities'
    ),
    (
        '53',
        CAST(483 AS SMALLINT),
        N'Post-, Kurier- und Expressdienste',
        N'Activités de poste et de courrier',
        N'Postal and courier activities'
    ),
    (
        '53.10',
        CAST(484 AS SMALLINT),
        N'Postdienste von Universaldienstleistungsanbietern',
        N'Activités de poste dans le cadre d''une obligation de service universel',
        N'Postal activities under universal service obligation'
    ),
    (
        '53.20',
        CAST(485 AS SMALLINT),
        N'Sonstige Post-, Kurier- und Expressdienste',
        N'Autres activités de poste et de courrier',
        N'Other postal and courier activities'
    ),
    ('55', CAST(486 AS SMALLINT), N'Beherbergung', N'Hébergement', N'Accommodation'),
    (
        '55.10',
        CAST(487 AS SMALLINT),
        N'Hotels, Gasthöfe und Pensionen',
        N'Hôtels et hébergement similaire',
        N'Hotels and similar accommodation'
    ),
    (
        '55.20',
        CAST(488 AS SMALLINT),
        N'Ferienunterkünfte und ähnliche Beherbergungsstätten',
        N'Hébergement touristique et autre hébergement de courte durée',
        N'Holiday and other short-stay accommodation'
    ),
    (
        '55.30',
        CAST(489 AS SMALLINT),
        N'Campingplätze',
        N'Terrains de camping, parcs pour caravanes ou véhicules de loisirs',
        N'Camping grounds, recreational vehicle parks and trailer parks'
    ),
    ('55.90', CAST(490 AS SMALLINT), N'Sonstige Beherbergungsstätten', N'Autres hébergements', N'Other accommodation'),
    ('56', CAST(491 AS SMALLINT), N'Gastronomie', N'Restauration', N'Food and beverage service activities'),
    (
        '56.10',
        CAST(492 AS SMALLINT),
        N'Restaurants, Gaststätten, Imbissstuben, Cafés, Eissalons u. Ä.',
        N'Restaurants et services de restauration mobile',
        N'Restaurants and mobile food service activities'
    ),
    ('56.21', CAST(493 AS SMALLINT), N'Event-Caterer', N'Services des traiteurs', N'Event catering activities'),
    (
        '56.29',
        CAST(494 AS SMALLINT),
        N'Erbringung sonstiger Verpflegungsdienstleistungen',
        N'Autres services de restauration',
        N'Other food service activities'
    ),
    ('56.30', CAST(495 AS SMALLINT), N'Ausschank von Getränken', N'Débits de boisson', N'Beverage serving activities'),
    ('58', CAST(496 AS SMALLINT), N'Verlagswesen', N'Édition', N'Publishing activities'),
    ('58.11', CAST(497 AS SMALLINT), N'Verlegen von Büchern', N'Édition de livres', N'Book publishing'),
    (
        '58.12',
        CAST(498 AS SMALLINT),
        N'Verlegen von Adressbüchern und Verzeichnissen',
        N'Édition de répertoires et de fichiers d''adresses',
        N'Publishing of directories and mailing lists'
    ),
    ('58.13', CAST(499 AS SMALLINT), N'Verlegen von Zeitungen', N'Édition de journaux', N'Publishing of newspapers'),
    (
        '58.14',
        CAST(500 AS SMALLINT),
        N'Verlegen von Zeitschriften',
        N'Édition de revues et périodiques',
        N'Publishing of journals and periodicals'
    ),
    (
        '58.19',
        CAST(501 AS SMALLINT),
        N'Sonstiges Verlagswesen (ohne Software)',
        N'Autres activités d''édition',
        N'Other publishing activities'
    ),
    (
        '58.21',
        CAST(502 AS SMALLINT),
        N'Verlegen von Computerspielen',
        N'Édition de jeux électroniques',
        N'Publishing of computer games'
    ),
    (
        '58.29',
        CAST(503 AS SMALLINT),
        N'Verlegen von sonstiger Software',
        N'Édition d''autres logiciels',
        N'Other software publishing'
    ),
    (
        '59',
        CAST(504 AS SMALLINT),
        N'Herstellung, Verleih und Vertrieb von Filmen und Fernsehprogrammen; Kinos; Tonstudios und '
        + N'Verlegen von Musik',
        N'Production de films cinématographiques, de vidéo et de programmes de télévision; '
        + N'enregistrement sonore et édition musicale',
        N'Motion picture, video and television programme production, sound recording and music '
        + N'publishing activities'
    ),
    (
        '59.11',
        CAST(505 AS SMALLINT),
        N'Herstellung von Filmen, Videofilmen und Fernsehprogrammen',
        N'Production de films cinématographiques, de vidéo et de programmes de télévision',
        N'Motion picture, video and television programme production activities'
    ),
    (
        '59.12',
        CAST(506 AS SMALLINT),
        N'Nachbearbeitung und sonstige Filmtechnik',
        N'Post-production de films cinématographiques, de vidéo et de programmes de télévision',
        N'Motion picture, video and television programme post-production activities'
    ),
    (
        '59.13',
        CAST(507 AS SMALLINT),
        N'Filmverleih und -vertrieb (ohne Videotheken)',
        N'Distribution de films cinématographiques, de vidéo et de programmes de télévision',
        N'Motion picture, video and television programme distribution activities'
    ),
    (
        '59.14',
        CAST(508 AS SMALLINT),
        N'Kinos',
        N'Projection de films cinématographiques',
        N'Motion picture projection activities'
    ),
    (
        '59.20',
        CAST(509 AS SMALLINT),
        N'Tonstudios; Herstellung von Radiobeiträgen; Verlegen von bespielten Tonträgern und Musikalien',
        N'Enregistrement sonore et édition musicale',
        N'Sound recording and music publishing activities'
    ),
    (
        '60',
        CAST(510 AS SMALLINT),
        N'Rundfunkveranstalter',
        N'Programmation et diffusion',
        N'Programming and broadcasting activities'
    ),
    (
        '60.10',
        CAST(511 AS SMALLINT),
        N'Radioveranstalter',
        N'Édition et diffusion de programmes radio',
        N'Radio broadcasting'
    ),
    (
        '60.20',
        CAST(512 AS SMALLINT),
        N'Fernsehveranstalter',
        N'Programmation de télévision et télédiffusion',
        N'Television programming and broadcasting activities'
    ),
    ('61', CAST(513 AS SMALLINT), N'Telekommunikation', N'Télécommunications', N'Telecommunications'),
    (
        '61.10',
        CAST(514 AS SMALLINT),
        N'Leitungsgebundene Telekommunikation',
        N'Télécommunications filaires',
        N'Wired telecommunications activities'
    ),
    (
        '61.20',
        CAST(515 AS SMALLINT),
        N'Drahtlose Telekommunikation',
        N'Télécommunications sans fil',
        N'Wireless telecommunications activities'
    ),
    (
        '61.30',
        CAST(516 AS SMALLINT),
        N'Satellitentelekommunikation',
        N'Télécommunications par satellite',
        N'Satellite telecommunications activities'
    ),
    (
        '61.90',
        CAST(517 AS SMALLINT),
        N'Sonstige Telekommunikation',
        N'Autres activités de télécommunication',
        N'Other telecommunications activities'
    ),
    (
        '62',
        CAST(518 AS SMALLINT),
        N'Erbringung von Dienstleistungen der Informationstechnologie',
        N'Programmation, conseil et autres activités informatiques',
        N'Computer programming, consultancy and related activities'
    ),
    (
        '62.01',
        CAST(519 AS SMALLINT),
        N'Programmierungstätigkeiten',
        N'Programmation informatique',
        N'Computer programming activities'
    ),
    (
        '62.02',
        CAST(520 AS SMALLINT),
        N'Erbringung von Beratungsleistungen auf dem Gebiet der Informationstechnologie',
        N'Conseil informatique',
        N'Computer consultancy activities'
    ),
    (
        '62.03',
        CAST(521 AS SMALLINT),
        N'Betrieb von Datenverarbeitungsanlagen für Dritte',
        N'Gestion d''installations informatiques',
        N'Computer facilities management activities'
    ),
    (
        '62.09',
        CAST(522 AS SMALLINT),
        N'Erbringung von sonstigen Dienstleistungen der Informationstechnologie',
        N'Autres activités informatiques',
        N'Other information technology and computer service activities'
    ),
    (
        '63',
        CAST(523 AS SMALLINT),
        N'Informationsdienstleistungen',
        N'Services d''information',
        N'Information service activities'
    ),
    (
        '63.11',
        CAST(524 AS SMALLINT),
        N'Datenverarbeitung, Hosting und damit verbundene Tätigkeiten',
        N'Traitement de données, hébergement et activités connexes',
        N'Data processing, hosting and related activities'
    ),
    ('63.12', CAST(525 AS SMALLINT), N'Webportale', N'Portails Internet', N'Web portals'),
    (
        '63.91',
        CAST(526 AS SMALLINT),
        N'Korrespondenz- und Nachrichtenbüros',
        N'Activités des agences de presse',
        N'News agency activities'
    ),
    (
        '63.99',
        CAST(527 AS SMALLINT),
        N'Erbringung von sonstigen Informationsdienstleistungen a. n. g.',
        N'Autres services d''information n.c.a.',
        N'Other information service activities n.e.c.'
    ),
    (
        '64',
        CAST(528 AS SMALLINT),
        N'Erbringung von Finanzdienstleistungen',
        N'Activités des services financiers, hors assurance et caisses de retraite',
        N'Financial service activities, except insurance and pension funding'
    ),
    ('64.11', CAST(529 AS SMALLINT), N'Zentralbanken', N'Activités de banque centrale', N'Central banking'),
    (
        '64.19',
        CAST(530 AS SMALLINT),
        N'Kreditinstitute (ohne Spezialkreditinstitute)',
        N'Autres intermédiations monétaires',
        N'Other monetary intermediation'
    ),
    (
        '64.20',
        CAST(531 AS SMALLINT),
        N'Beteiligungsgesellschaften',
        N'Activités des sociétés holding',
        N'Activities of holding companies'
    ),
    (
        '64.30',
        CAST(532 AS SMALLINT),
        N'Treuhand- und sonstige Fonds und ähnliche Finanzinstitutionen',
        N'Fonds de placement et entités financières similaires',
        N'Trusts, funds and similar financial entities'
    ),
    ('64.91', CAST(533 AS SMALLINT), N'Institutionen für Finanzierungsleasing', N'Crédit-bail', N'Financial leasing'),
    (
        '64.92',
        CAST(534 AS SMALLINT),
        N'Spezialkreditinstitute',
        N'Autre distribution de crédit',
        N'Other credit granting'
    ),
    (
        '64.99',
        CAST(535 AS SMALLINT),
        N'Erbringung von sonstigen Finanzdienstleistungen a. n. g.',
        N'Autres activités des services financiers, hors assurance et caisses de retraite, n.c.a.',
        N'Other financial service activities, except insurance and pension funding n.e.c.'
    ),
    (
        '65',
        CAST(536 AS SMALLINT),
        N'Versicherungen, Rückversicherungen und Pensionskassen (ohne Sozialversicherung)',
        N'Assurance',
        N'Insurance, reinsurance and pension funding, except compulsory social security'
    ),
    ('65.11', CAST(537 AS SMALLINT), N'Lebensversicherungen', N'Assurance vie', N'Life insurance'),
    ('65.12', CAST(538 AS SMALLINT), N'Nichtlebensversicherungen', N'Autres assurances', N'Non-life insurance'),
    ('65.20', CAST(539 AS SMALLINT), N'Rückversicherungen', N'Réassurance', N'Reinsurance'),
    ('65.30', CAST(540 AS SMALLINT), N'Pensionskassen und Pensionsfonds', N'Caisses de retraite', N'Pension funding'),
    (
        '66',
        CAST(541 AS SMALLINT),
        N'Mit Finanz- und Versicherungsdienstleistungen verbundene Tätigkeiten',
        N'Activités auxiliaires de services financiers et d''assurance',
        N'Activities auxiliary to financial services and insurance activities'
    ),
    (
        '66.11',
        CAST(542 AS SMALLINT),
        N'Effekten- und Warenbörsen',
        N'Administration de marchés financiers',
        N'Administration of financial markets'
    ),
    (
        '66.12',
        CAST(543 AS SMALLINT),
        N'Effekten- und Warenhandel',
        N'Courtage de valeurs mobilières et de marchandises',
        N'Security and commodity contracts brokerage'
    ),
    (
        '66.19',
        CAST(544 AS SMALLINT),
        N'Sonstige mit Finanzdienstleistungen verbundene Tätigkeiten',
        N'Autres activités auxiliaires de services financiers, hors assurance et caisses de retraite',
        N'Other activities auxiliary to financial services, except insurance and pension funding'
    ),
    (
        '66.21',
        CAST(545 AS SMALLINT),
        N'Risiko- und Schadensbewertung',
        N'Évaluation des risques et dommages',
        N'Risk and damage evaluation'
    ),
    (
        '66.22',
        CAST(546 AS SMALLINT),
        N'Tätigkeit von Versicherungsmaklerinnen und -maklern',
        N'Activités des agents et courtiers d''assurances',
        N'Activities of insurance agents and brokers'
    ),
    (
        '66.29',
        CAST(547 AS SMALLINT),
        N'Sonstige mit Versicherungsdienstleistungen und Pensionskassen verbundene Tätigkeiten',
        N'Autres activités auxiliaires d''assurance et de caisses de retraite',
        N'Other activities auxiliary to insurance and pension funding'
    ),
    ('66.30', CAST(548 AS SMALLINT), N'Fondsmanagement', N'Gestion de fonds', N'Fund management activities'),
    (
        '68',
        CAST(549 AS SMALLINT),
        N'Grundstücks- und Wohnungswesen',
        N'Activités immobilières',
        N'Real estate activities'
    ),
    (
        '68.10',
        CAST(550 AS SMALLINT),
        N'Kauf und Verkauf von eigenen Grundstücken, Gebäuden und Wohnungen',
        N'Activités des marchands de biens immobiliers',
        N'Buying and selling of own real estate'
    ),
    (
        '68.20',
        CAST(551 AS SMALLINT),
        N'Vermietung, Verpachtung von eigenen oder geleasten Grundstücken, Gebäuden und Wohnungen',
        N'Location et exploitation de biens immobiliers propres ou loués',
        N'Renting and operating of own or leased real estate'
    ),
    (
        '68.31',
        CAST(552 AS SMALLINT),
        N'Vermittlung von Grundstücken, Gebäuden und Wohnungen für Dritte',
        N'Agences immobilières',
        N'Real estate agencies'
    ),
    (
        '68.32',
        CAST(553 AS SMALLINT),
        N'Verwaltung von Grundstücken, Gebäuden und Wohnungen für Dritte',
        N'Administration de biens immobiliers',
        N'Management of real estate on a fee or contract basis'
    ),
    (
        '69',
        CAST(554 AS SMALLINT),
        N'Rechts- und Steuerberatung, Wirtschaftsprüfung',
        N'Activités juridiques et comptables',
        N'Legal and accounting activities'
    ),
    ('69.10', CAST(555 AS SMALLINT), N'Rechtsberatung', N'Activités juridiques', N'Legal activities'),
    (
        '69.20',
        CAST(556 AS SMALLINT),
        N'Wirtschaftsprüfung und Steuerberatung; Buchführung',
        N'Activités comptables',
        N'Accounting, bookkeeping and auditing activities; tax consultancy'
    ),
    (
        '70',
        CAST(557 AS SMALLINT),
        N'Verwaltung und Führung von Unternehmen und Betrieben; Unternehmensberatung',
        N'Activités des sièges sociaux; conseil de gestion',
        N'Activities of head offices; management consultancy activities'
    ),
    (
        '70.10',
        CAST(558 AS SMALLINT),
        N'Verwaltung und Führung von Unternehmen und Betrieben',
        N'Activités des sièges sociaux',
        N'Activities of head offices'
    ),
    (
        '70.21',
        CAST(559 AS SMALLINT),
        N'Public-Relations-Beratung',
        N'Conseil en relations publiques et communication',
        N'Public relations and communication activities'
    ),
    (
        '70.22',
        CAST(560 AS SMALLINT),
        N'Unternehmensberatung',
        N'Conseil pour les affaires et autres conseils de gestion',
        N'Business and other management consultancy activities'
    ),
    (
        '71',
        CAST(561 AS SMALLINT),
        N'Architektur- und Ingenieurbüros; technische, physikalische und chemische Untersuchung',
        N'Activités d''architecture et d''ingénierie; activités de contrôle et analyses techniques',
        N'Architectural and engineering activities; technical testing and analysis'
    ),
    ('71.11', CAST(562 AS SMALLINT), N'Architekturbüros', N'Activités d''architecture', N'Architectural activities'),
    (
        '71.12',
        CAST(563 AS SMALLINT),
        N'Ingenieurbüros',
        N'Activités d''ingénierie',
        N'Engineering activities and related technical consultancy'
    ),
    (
        '71.20',
        CAST(564 AS SMALLINT),
        N'Technische, physikalische und chemische Untersuchung',
        N'Activités de contrôle et analyses techniques',
        N'Technical testing and analysis'
    ),
    (
        '72',
        CAST(565 AS SMALLINT),
        N'Forschung und Entwicklung',
        N'Recherche-développement scientifique',
        N'Scientific research and development'
    ),
    (
        '72.11',
        CAST(566 AS SMALLINT),
        N'Forschung und Entwicklung im Bereich Biotechnologie',
        N'Recherche-développement en biotechnologie',
        N'Research and experimental development on biotechnology'
    ),
    (
        '72.19',
        CAST(567 AS SMALLINT),
        N'Sonstige Forschung und Entwicklung im Bereich Natur-, Ingenieur-, Agrarwissenschaften und Medizin',
        N'Recherche-développement en autres sciences physiques et naturelles',
        N'Other research and experimental development on natural sciences and engineering'
    ),
    (
        '72.20',
        CAST(568 AS SMALLINT),
        N'Forschung und Entwicklung im Bereich Rechts-, Wirtschafts- und Sozialwissenschaften sowie '
        + N'im Bereich Sprach-, Kultur- und Kunstwissenschaften',
        N'Recherche-développement en sciences humaines et sociales',
        N'Research and experimental development on social sciences and humanities'
    ),
    (
        '73',
        CAST(569 AS SMALLINT),
        N'Werbung und Marktforschung',
        N'Publicité et études de marché',
        N'Advertising and market research'
    ),
    ('73.11', CAST(570 AS SMALLINT), N'Werbeagenturen', N'Activités des agences de publicité', N'Advertising agencies'),
    (
        '73.12',
        CAST(571 AS SMALLINT),
        N'Vermarktung und Vermittlung von Werbezeiten und Werbeflächen',
        N'Régie publicitaire de médias',
        N'Media representation'
    ),
    (
        '73.20',
        CAST(572 AS SMALLINT),
        N'Markt- und Meinungsforschung',
        N'Études de marché et sondages',
        N'Market research and public opinion polling'
    ),
    (
        '74',
        CAST(573 AS SMALLINT),
        N'Sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten',
        N'Autres activités spécialisées, scientifiques et techniques',
        N'Other professional, scientific and technical activities'
    ),
    (
        '74.10',
        CAST(574 AS SMALLINT),
        N'Ateliers für Textil-, Schmuck-, Grafik- u. ä. Design',
        N'Activités spécialisées de design',
        N'Specialised design activities'
    ),
    (
        '74.20',
        CAST(575 AS SMALLINT),
        N'Fotografie und Fotolabors',
        N'Activités photographiques',
        N'Photographic activities'
    ),
    (
        '74.30',
        CAST(576 AS SMALLINT),
        N'Übersetzen und Dolmetschen',
        N'Traduction et interprétation',
        N'Translation and interpretation activities'
    ),
    (
        '74.90',
        CAST(577 AS SMALLINT),
        N'Sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten a. n. g.',
        N'Autres activités spécialisées, scientifiques et techniques n.c.a.',
        N'Other professional, scientific and technical activities n.e.c.'
    ),
    ('75', CAST(578 AS SMALLINT), N'Veterinärwesen', N'Activités vétérinaires', N'Veterinary activities'),
    ('75.00', CAST(579 AS SMALLINT), N'Veterinärwesen', N'Activités vétérinaires', N'Veterinary activities'),
    (
        '77',
        CAST(580 AS SMALLINT),
        N'Vermietung von beweglichen Sachen',
        N'Activités de location et location-bail',
        N'Rental and leasing activities'
    ),
    (
        '77.11',
        CAST(581 AS SMALLINT),
        N'Vermietung von Automobilen mit einem Gesamtgewicht von 3,5 t oder weniger',
        N'Location et location-bail de voitures et de véhicules automobiles légers',
        N'Renting and leasing of cars and light motor vehicles'
    ),
    (
        '77.12',
        CAST(582 AS SMALLINT),
        N'Vermietung von Automobilen mit einem Gesamtgewicht von mehr als 3,5 t',
        N'Location et location-bail de camions',
        N'Renting and leasing of trucks'
    ),
    (
        '77.21',
        CAST(583 AS SMALLINT),
        N'Vermietung von Sport- und Freizeitgeräten',
        N'Location et location-bail d''articles de loisirs et de sport',
        N'Renting and leasing of recreational and sports goods'
    ),
    (
        '77.22',
        CAST(584 AS SMALLINT),
        N'Videotheken',
        N'Location de vidéocassettes et disques vidéo',
        N'Renting of video tapes and disks'
    ),
    (
        '77.29',
        CAST(585 AS SMALLINT),
        N'Vermietung von sonstigen Gebrauchsgütern',
        N'Location et location-bail d''autres biens personnels et domestiques',
        N'Renting and leasing of other personal and household goods'
    ),
    (
        '77.31',
        CAST(586 AS SMALLINT),
        N'Vermietung von landwirtschaftlichen Maschinen und Geräten',
        N'Location et location-bail de machines et équipements agricoles',
        N'Renting and leasing of agricultural machinery and equipment'
    ),
    (
        '77.32',
        CAST(587 AS SMALLINT),
        N'Vermietung von Baumaschinen und -geräten',
        N'Location et location-bail de machines et équipements pour la construction',
        N'Renting and leasing of construction and civil engineering machinery and equipment'
    ),
    (
        '77.33',
        CAST(588 AS SMALLINT),
        N'Vermietung von Büromaschinen, Datenverarbeitungsgeräten und -einrichtungen',
        N'Location et location-bail de machines de bureau et de matériel informatique',
        N'Renting and leasing of office machinery and equipment (including computers)'
    ),
    (
        '77.34',
        CAST(589 AS SMALLINT),
        N'Vermietung von Wasserfahrzeugen',
        N'Location et location-bail de matériels de transport par eau',
        N'Renting and leasing of water transport equipment'
    ),
    (
        '77.35',
        CAST(590 AS SMALLINT),
        N'Vermietung von Luftfahrzeugen',
        N'Location et location-bail de matériels de transport aérien',
        N'Renting and leasing of air transport equipment'
    ),
    (
        '77.39',
        CAST(591 AS SMALLINT),
        N'Vermietung von sonstigen Maschinen, Geräten und beweglichen Sachen a. n. g.',
        N'Location et location-bail d''autres machines, équipements et biens matériels n.c.a.',
        N'Renting and leasing of other machinery, equipment and tangible goods n.e.c.'
    ),
    (
        '77.40',
        CAST(592 AS SMALLINT),
        N'Leasing von nichtfinanziellen immateriellen Vermögensgegenständen (ohne Copyrights)',
        N'Location-bail de propriété intellectuelle et de produits similaires, à l''exception des '
        + N'oeuvres soumises à copyright',
        N'Leasing of intellectual property and similar products, except copyrighted works'
    ),
    (
        '78',
        CAST(593 AS SMALLINT),
        N'Vermittlung und Überlassung von Arbeitskräften',
        N'Activités liées à l''emploi',
        N'Employment activities'
    ),
    (
        '78.10',
        CAST(594 AS SMALLINT),
        N'Vermittlung von Arbeitskräften',
        N'Activités des agences de placement de main-d''œuvre',
        N'Activities of employment placement agencies'
    ),
    (
        '78.20',
        CAST(595 AS SMALLINT),
        N'Befristete Überlassung von Arbeitskräften',
        N'Activités des agences de travail temporaire',
        N'Temporary employment agency activities'
    ),
    (
        '78.30',
        CAST(596 AS SMALLINT),
        N'Sonstige Überlassung von Arbeitskräften',
        N'Autre mise à disposition de ressources humaines',
        N'Other human resources provision'
    ),
    (
        '79',
        CAST(597 AS SMALLINT),
        N'Reisebüros, Reiseveranstalter und Erbringung sonstiger Reservierungsdienstleistungen',
        N'Activités des agences de voyage, voyagistes, services de réservation et activités connexes',
        N'Travel agency, tour operator reservation service and related activities'
    ),
    ('79.11', CAST(598 AS SMALLINT), N'Reisebüros', N'Activités des agences de voyage', N'Travel agency activities'),
    ('79.12', CAST(599 AS SMALLINT), N'Reiseveranstalter', N'Activités des voyagistes', N'Tour operator activities'),
    (
        '79.90',
        CAST(600 AS SMALLINT),
        N'Erbringung sonstiger Reservierungsdienstleistungen',
        N'Autres services de réservation et activités connexes',
        N'Other reservation service and related activities'
    ),
    (
        '80',
        CAST(601 AS SMALLINT),
        N'Wach- und Sicherheitsdienste sowie Detekteien',
        N'Enquêtes et sécurité',
        N'Security and investigation activities'
    ),
    (
        '80.10',
        CAST(602 AS SMALLINT),
        N'Private Wach- und Sicherheitsdienste',
        N'Activités de sécurité privée',
        N'Private security activities'
    ),
    (
        '80.20',
        CAST(603 AS SMALLINT),
        N'Sicherheitsdienste mithilfe von Überwachungs- und Alarmsystemen',
        N'Activités liées aux systèmes de sécurité',
        N'Security systems service activities'
    ),
    ('80.30', CAST(604 AS SMALLINT), N'Detekteien', N'Activités d''enquête', N'Investigation activities'),
    (
        '81',
        CAST(605 AS SMALLINT),
        N'Gebäudebetreuung; Garten- und Landschaftsbau',
        N'Services relatifs aux bâtiments et aménagement paysager',
        N'Services to buildings and landscape activities'
    ),
    (
        '81.10',
        CAST(606 AS SMALLINT),
        N'Hausmeisterdienste',
        N'Activités combinées de soutien lié aux bâtiments',
        N'Combined facilities support activities'
    ),
    (
        '81.21',
        CAST(607 AS SMALLINT),
        N'Allgemeine Gebäudereinigung',
        N'Nettoyage courant des bâtiments',
        N'General cleaning of buildings'
    ),
    (
        '81.22',
        CAST(608 AS SMALLINT),
        N'Spezielle Reinigung von Gebäuden und Reinigung von Maschinen',
        N'Autres activités de nettoyage des bâtiments et nettoyage industriel',
        N'Other building and industrial cleaning activities'
    ),
    (
        '81.29',
        CAST(609 AS SMALLINT),
        N'Reinigung a. n. g.',
        N'Autres activités de nettoyage',
        N'Other cleaning activities'
    ),
    (
        '81.30',
        CAST(610 AS SMALLINT),
        N'Garten- und Landschaftsbau sowie Erbringung von sonstigen gärtnerischen Dienstleistungen',
        N'Services d''aménagement paysager',
        N'Landscape service activities'
    ),
    (
        '82',
        CAST(611 AS SMALLINT),
        N'Erbringung von wirtschaftlichen Dienstleistungen für Unternehmen und Privatpersonen a. n. g.',
        N'Activités administratives et autres activités de soutien aux entreprises',
        N'Office administrative, office support and other business support activities'
    ),
    (
        '82.11',
        CAST(612 AS SMALLINT),
        N'Allgemeine Sekretariats- und Schreibdienste',
        N'Services administratifs combinés de bureau',
        N'Combined office administrative service activities'
    ),
    (
        '82.19',
        CAST(613 AS SMALLINT),
        N'Copy-Shops; Dokumentenvorbereitung und Erbringung sonstiger spezieller Sekretariatsdienste',
        N'Photocopie, préparation de documents et autres activités spécialisées de soutien de bureau',
        N'Photocopying, document preparation and other specialised office support activities'
    ),
    ('82.20', CAST(614 AS SMALLINT), N'Call Centers', N'Activités de centres d''appels', N'Activities of call centres'),
    (
        '82.30',
        CAST(615 AS SMALLINT),
        N'Messe-, Ausstellungs- und Kongressveranstalter',
        N'Organisation de salons professionnels et congrès',
        N'Organisation of conventions and trade shows'
    ),
    (
        '82.91',
        CAST(616 AS SMALLINT),
        N'Inkassobüros und Auskunfteien',
        N'Activités des agences de recouvrement de factures et des sociétés d''information '
        + N'financière sur la clientèle',
        N'Activities of collection agencies and credit bureaus'
    ),
    (
        '82.92',
        CAST(617 AS SMALLINT),
        N'Abfüllen und Verpacken',
        N'Activités de conditionnement',
        N'Packaging activities'
    ),
    (
        '82.99',
        CAST(618 AS SMALLINT),
        N'Erbringung sonstiger wirtschaftlicher Dienstleistungen für Unternehmen und Privatpersonen a. n. g.',
        N'Autres activités de soutien aux entreprises n.c.a.',
        N'Other business support service activities n.e.c.'
    ),
    (
        '84',
        CAST(619 AS SMALLINT),
        N'Öffentliche Verwaltung, Verteidigung; Sozialversicherung',
        N'Administration publique et défense; sécurité sociale obligatoire',
        N'Public administration and defence; compulsory social security'
    ),
    (
        '84.11',
        CAST(620 AS SMALLINT),
        N'Allgemeine öffentliche Verwaltung',
        N'Administration publique générale',
        N'General public administration activities'
    ),
    (
        '84.12',
        CAST(621 AS SMALLINT),
        N'Öffentliche Verwaltung auf den Gebieten Gesundheitswesen, Bildung, Kultur und Sozialwesen',
        N'Administration publique (tutelle) de la santé, de la formation, de la culture et des '
        + N'services sociaux, autre que sécurité sociale',
        N'Regulation of the activities of providing healthcare, education, cultural services and '
        + N'other social services, excluding social security'
    ),
    (
        '84.13',
        CAST(622 AS SMALLINT),
        N'Wirtschaftsförderung, -ordnung und -aufsicht',
        N'Administration publique (tutelle) des activités économiques',
        N'Regulation of and contribution to more efficient operation of businesses'
    ),
    ('84.21', CAST(623 AS SMALLINT), N'Auswärtige Angelegenheiten', N'Affaires étrangères', N'Foreign affairs'),
    ('84.22', CAST(624 AS SMALLINT), N'Verteidigung', N'Défense', N'Defence activities'),
    ('84.23', CAST(625 AS SMALLINT), N'Rechtspflege/Justiz', N'Justice', N'Justice and judicial activities'),
    (
        '84.24',
        CAST(626 AS SMALLINT),
        N'Öffentliche Sicherheit und Ordnung',
        N'Activités d''ordre public et de sécurité',
        N'Public order and safety activities'
    ),
    ('84.25', CAST(627 AS SMALLINT), N'Feuerwehren', N'Services du feu et de secours', N'Fire service activities'),
    (
        '84.30',
        CAST(628 AS SMALLINT),
        N'Sozialversicherung',
        N'Sécurité sociale obligatoire',
        N'Compulsory social security activities'
    ),
    ('85', CAST(629 AS SMALLINT), N'Erziehung und Unterricht', N'Enseignement', N'Education'),
    (
        '85.10',
        CAST(630 AS SMALLINT),
        N'Kindergärten und Vorschulen',
        N'Enseignement pré-primaire',
        N'Pre-primary education'
    ),
    ('85.20', CAST(631 AS SMALLINT), N'Schulen auf Primarstufe', N'Enseignement primaire', N'Primary education'),
    (
        '85.31',
        CAST(632 AS SMALLINT),
        N'Allgemein bildende Schulen auf Sekundarstufe',
        N'Enseignement secondaire général',
        N'General secondary education'
    ),
    (
        '85.32',
        CAST(633 AS SMALLINT),
        N'Berufsbildende Schulen auf Sekundarstufen',
        N'Enseignement secondaire technique ou professionnel',
        N'Technical and vocational secondary education'
    ),
    (
        '85.41',
        CAST(634 AS SMALLINT),
        N'Post-sekundärer, nicht tertiärer Unterricht',
        N'Enseignement post-secondaire non tertiaire',
        N'Post-secondary non-tertiary education'
    ),
    ('85.42', CAST(635 AS SMALLINT), N'Tertiärer Unterricht', N'Enseignement supérieur', N'Tertiary education'),
    (
        '85.51',
        CAST(636 AS SMALLINT),
        N'Sport- und Freizeitunterricht',
        N'Enseignement de disciplines sportives et d''activités de loisirs',
        N'Sports and recreation education'
    ),
    ('85.52', CAST(637 AS SMALLINT), N'Kulturunterricht', N'Enseignement culturel', N'Cultural education'),
    (
        '85.53',
        CAST(638 AS SMALLINT),
        N'Fahr- und Flugschulen',
        N'Enseignement de la conduite',
        N'Driving school activities'
    ),
    (
        '85.59',
        CAST(639 AS SMALLINT),
        N'Sonstiger Unterricht a. n. g.',
        N'Enseignements divers',
        N'Other education n.e.c.'
    ),
    (
        '85.60',
        CAST(640 AS SMALLINT),
        N'Erbringung von Dienstleistungen für den Unterricht',
        N'Activités de soutien à l''enseignement',
        N'Educational support activities'
    ),
    ('86', CAST(641 AS SMALLINT), N'Gesundheitswesen', N'Activités pour la santé humaine', N'Human health activities'),
    ('86.10', CAST(642 AS SMALLINT), N'Krankenhäuser', N'Activités hospitalières', N'Hospital activities'),
    (
        '86.21',
        CAST(643 AS SMALLINT),
        N'Arztpraxen für Allgemeinmedizin',
        N'Activité des médecins généralistes',
        N'General medical practice activities'
    ),
    (
        '86.22',
        CAST(644 AS SMALLINT),
        N'Facharztpraxen',
        N'Activité des médecins spécialistes',
        N'Specialist medical practice activities'
    ),
    ('86.23', CAST(645 AS SMALLINT), N'Zahnarztpraxen', N'Pratique dentaire', N'Dental practice activities'),
    (
        '86.90',
        CAST(646 AS SMALLINT),
        N'Gesundheitswesen a. n. g.',
        N'Autres activités pour la santé humaine',
        N'Other human health activities'
    ),
    (
        '87',
        CAST(647 AS SMALLINT),
        N'Heime (ohne Erholungs- und Ferienheime)',
        N'Hébergement médico-social et social',
        N'Residential care activities'
    ),
    ('87.10', CAST(648 AS SMALLINT), N'Pflegeheime', N'Hébergement médicalisé', N'Residential nursing care activities'),
    (
        '87.20',
        CAST(649 AS SMALLINT),
        N'Stationäre Einrichtungen zur psychosozialen Betreuung, Suchtbekämpfung u. Ä.',
        N'Hébergement social pour personnes handicapées mentales, malades mentales et toxicomanes',
        N'Residential care activities for mental retardation, mental health and substance abuse'
    ),
    (
        '87.30',
        CAST(650 AS SMALLINT),
        N'Altenheime; Alten- und Behindertenwohnheime',
        N'Hébergement social pour personnes âgées ou handicapées physiques',
        N'Residential care activities for the elderly and disabled'
    ),
    (
        '87.90',
        CAST(651 AS SMALLINT),
        N'Sonstige Heime (ohne Erholungs- und Ferienheime)',
        N'Autres activités d''hébergement social',
        N'Other residential care activities'
    ),
    (
        '88',
        CAST(652 AS SMALLINT),
        N'Sozialwesen (ohne Heime)',
        N'Action sociale sans hébergement',
        N'Social work activities without accommodation'
    ),
    (
        '88.10',
        CAST(653 AS SMALLINT),
        N'Soziale Betreuung älterer Menschen und Behinderter',
        N'Action sociale sans hébergement pour personnes âgées et pour personnes handicapées',
        N'Social work activities without accommodation for the elderly and disabled'
    ),
    (
        '88.91',
        CAST(654 AS SMALLINT),
        N'Tagesbetreuung von Kindern',
        N'Action sociale sans hébergement pour jeunes enfants',
        N'Child day-care activities'
    ),
    (
        '88.99',
        CAST(655 AS SMALLINT),
        N'Sonstiges Sozialwesen a. n. g.',
        N'Autre action sociale sans hébergement n.c.a.',
        N'Other social work activities without accommodation n.e.c.'
    ),
    (
        '90',
        CAST(656 AS SMALLINT),
        N'Kreative, künstlerische und unterhaltende Tätigkeiten',
        N'Activités créatives, artistiques et de spectacle',
        N'Creative, arts and entertainment activities'
    ),
    ('90.01', CAST(657 AS SMALLINT), N'Darstellende Kunst', N'Arts du spectacle vivant', N'Performing arts'),
    (
        '90.02',
        CAST(658 AS SMALLINT),
        N'Erbringung von Dienstleistungen für die darstellende Kunst',
        N'Activités de soutien au spectacle vivant',
        N'Support activities to performing arts'
    ),
    (
        '90.03',
        CAST(659 AS SMALLINT),
        N'Künstlerisches und schriftstellerisches Schaffen',
        N'Création artistique',
        N'Artistic creation'
    ),
    (
        '90.04',
        CAST(660 AS SMALLINT),
        N'Betrieb von Kultur- und Unterhaltungseinrichtungen',
        N'Gestion de salles de spectacles',
        N'Operation of arts facilities'
    ),
    (
        '91',
        CAST(661 AS SMALLINT),
        N'Bibliotheken, Archive, Museen, botanische und zoologische Gärten',
        N'Bibliothèques, archives, musées et autres activités culturelles',
        N'Libraries, archives, museums and other cultural activities'
    ),
    (
        '91.01',
        CAST(662 AS SMALLINT),
        N'Bibliotheken und Archive',
        N'Gestion des bibliothèques et des archives',
        N'Library and archives activities'
    ),
    ('91.02', CAST(663 AS SMALLINT), N'Museen', N'Gestion des musées', N'Museums activities'),
    (
        '91.03',
        CAST(664 AS SMALLINT),
        N'Betrieb von historischen Stätten und Gebäuden und ähnlichen Attraktionen',
        N'Gestion des sites et monuments historiques et des attractions touristiques similaires',
        N'Operation of historical sites and buildings and similar visitor attractions'
    ),
    (
        '91.04',
        CAST(665 AS SMALLINT),
        N'Botanische und zoologische Gärten sowie Naturparks',
        N'Gestion des jardins botaniques et zoologiques et des réserves naturelles',
        N'Botanical and zoological gardens and nature reserves activities'
    ),
    (
        '92',
        CAST(666 AS SMALLINT),
        N'Spiel-, Wett- und Lotteriewesen',
        N'Organisation de jeux de hasard et d''argent',
        N'Gambling and betting activities'
    ),
    (
        '92.00',
        CAST(667 AS SMALLINT),
        N'Spiel-, Wett- und Lotteriewesen',
        N'Organisation de jeux de hasard et d''argent',
        N'Gambling and betting activities'
    ),
    (
        '93',
        CAST(668 AS SMALLINT),
        N'Erbringung von Dienstleistungen des Sports, der Unterhaltung und der Erholung',
        N'Activités sportives, récréatives et de loisirs',
        N'Sports activities and amusement and recreation activities'
    ),
    (
        '93.11',
        CAST(669 AS SMALLINT),
        N'Betrieb von Sportanlagen',
        N'Gestion d''installations sportives',
        N'Operation of sports facilities'
    ),
    ('93.12', CAST(670 AS SMALLINT), N'Sportvereine', N'Activités de clubs de sports', N'Activities of sport clubs'),
    (
        '93.13',
        CAST(671 AS SMALLINT),
        N'Fitnesszentren',
        N'Activités des centres de culture physique',
        N'Fitness facilities'
    ),
    (
        '93.19',
        CAST(672 AS SMALLINT),
        N'Erbringung von sonstigen Dienstleistungen des Sports',
        N'Autres activités liées au sport',
        N'Other sports activities'
    ),
    (
        '93.21',
        CAST(673 AS SMALLINT),
        N'Vergnügungs- und Themenparks',
        N'Activités des parcs d''attractions et parcs à thèmes',
        N'Activities of amusement parks and theme parks'
    ),
    (
        '93.29',
        CAST(674 AS SMALLINT),
        N'Erbringung von Dienstleistungen der Unterhaltung und der Erholung a. n. g.',
        N'Autres activités récréatives et de loisirs',
        N'Other amusement and recreation activities'
    ),
    (
        '94',
        CAST(675 AS SMALLINT),
        N'Interessenvertretungen sowie kirchliche und sonstige religiöse Vereinigungen (ohne '
        + N'Sozialwesen und Sport)',
        N'Activités des organisations associatives',
        N'Activities of membership organisations'
    ),
    (
        '94.11',
        CAST(676 AS SMALLINT),
        N'Wirtschafts- und Arbeitgeberverbände',
        N'Activités des organisations patronales et consulaires',
        N'Activities of business and employers membership organisations'
    ),
    (
        '94.12',
        CAST(677 AS SMALLINT),
        N'Berufsorganisationen',
        N'Activités des organisations professionnelles',
        N'Activities of professional membership organisations'
    ),
    (
        '94.20',
        CAST(678 AS SMALLINT),
        N'Arbeitnehmervereinigungen',
        N'Activités des syndicats de salariés',
        N'Activities of trade unions'
    ),
    (
        '94.91',
        CAST(679 AS SMALLINT),
        N'Kirchliche und sonstige religiöse Vereinigungen',
        N'Activités des organisations religieuses',
        N'Activities of religious organisations'
    ),
    (
        '94.92',
        CAST(680 AS SMALLINT),
        N'Politische Parteien und Vereinigungen',
        N'Activités des organisations politiques',
        N'Activities of political organisations'
    ),
    (
        '94.99',
        CAST(681 AS SMALLINT),
        N'Sonstige Interessenvertretungen und Vereinigungen a. n. g.',
        N'Activités des organisations associatives n.c.a.',
        N'Activities of other membership organisations n.e.c.'
    ),
    (
        '95',
        CAST(682 AS SMALLINT),
        N'Reparatur von Datenverarbeitungsgeräten und Gebrauchsgütern',
        N'Réparation d''ordinateurs et de biens personnels et domestiques',
        N'Repair of computers and personal and household goods'
    ),
    (
        '95.11',
        CAST(683 AS SMALLINT),
        N'Reparatur von Datenverarbeitungsgeräten und peripheren Geräten',
        N'Réparation d''ordinateurs et d''équipements périphériques',
        N'Repair of computers and peripheral equipment'
    ),
    (
        '95.12',
        CAST(684 AS SMALLINT),
        N'Reparatur von Telekommunikationsgeräten',
        N'Réparation d''équipements de communication',
        N'Repair of communication equipment'
    ),
    (
        '95.21',
        CAST(685 AS SMALLINT),
        N'Reparatur von Geräten der Unterhaltungselektronik',
        N'Réparation de produits électroniques grand public',
        N'Repair of consumer electronics'
    ),
    (
        '95.22',
        CAST(686 AS SMALLINT),
        N'Reparatur von elektrischen Haushaltsgeräten und Gartengeräten',
        N'Réparation d''appareils électroménagers et d''équipement pour la maison et le jardin',
        N'Repair of household appliances and home and garden equipment'
    ),
    (
        '95.23',
        CAST(687 AS SMALLINT),
        N'Reparatur von Schuhen und Lederwaren',
        N'Réparation de chaussures et d''articles en cuir',
        N'Repair of footwear and leather goods'
    ),
    (
        '95.24',
        CAST(688 AS SMALLINT),
        N'Reparatur von Möbeln und Einrichtungsgegenständen',
        N'Réparation de meubles et d''équipements du foyer',
        N'Repair of furniture and home furnishings'
    ),
    (
        '95.25',
        CAST(689 AS SMALLINT),
        N'Reparatur von Uhren und Schmuck',
        N'Réparation d''articles d''horlogerie et de bijouterie',
        N'Repair of watches, clocks and jewellery'
    ),
    (
        '95.29',
        CAST(690 AS SMALLINT),
        N'Reparatur von sonstigen Gebrauchsgütern',
        N'Réparation d''autres biens personnels et domestiques',
        N'Repair of other personal and household goods'
    ),
    (
        '96',
        CAST(691 AS SMALLINT),
        N'Erbringung von sonstigen überwiegend persönlichen Dienstleistungen',
        N'Autres services personnels',
        N'Other personal service activities'
    ),
    (
        '96.01',
        CAST(692 AS SMALLINT),
        N'Wäscherei und chemische Reinigung',
        N'Blanchisserie-teinturerie',
        N'Washing and (dry-)cleaning of textile and fur products'
    ),
    (
        '96.02',
        CAST(693 AS SMALLINT),
        N'Frisör- und Kosmetiksalons',
        N'Coiffure et soins de beauté',
        N'Hairdressing and other beauty treatment'
    ),
    ('96.03', CAST(694 AS SMALLINT), N'Bestattungswesen', N'Services funéraires', N'Funeral and related activities'),
    (
        '96.04',
        CAST(695 AS SMALLINT),
        N'Saunas, Solarien, Bäder u. Ä.',
        N'Entretien corporel',
        N'Physical well-being activities'
    ),
    (
        '96.09',
        CAST(696 AS SMALLINT),
        N'Erbringung von sonstigen Dienstleistungen a. n. g.',
        N'Autres services personnels n.c.a.',
        N'Other personal service activities n.e.c.'
    ),
    (
        '97',
        CAST(697 AS SMALLINT),
        N'Private Haushalte mit Hauspersonal',
        N'Activités des ménages en tant qu''employeurs de personnel domestique',
        N'Activities of households as employers of domestic personnel'
    ),
    (
        '97.00',
        CAST(698 AS SMALLINT),
        N'Private Haushalte mit Hauspersonal',
        N'Activités des ménages en tant qu''employeurs de personnel domestique',
        N'Activities of households as employers of domestic personnel'
    ),
    (
        '98',
        CAST(699 AS SMALLINT),
        N'Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den '
        + N'Eigenbedarf ohne ausgeprägten Schwerpunkt',
        N'Activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre',
        N'Undifferentiated goods- and services-producing activities of private households for own use'
    ),
    (
        '98.10',
        CAST(700 AS SMALLINT),
        N'Herstellung von Waren durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt',
        N'Activités indifférenciées des ménages en tant que producteurs de biens pour usage propre',
        N'Undifferentiated goods-producing activities of private households for own use'
    ),
    (
        '98.20',
        CAST(701 AS SMALLINT),
        N'Erbringungen von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne '
        + N'ausgeprägten Schwerpunkt',
        N'Activités indifférenciées des ménages en tant que producteurs de services pour usage propre',
        N'Undifferentiated service-producing activities of private households for own use'
    ),
    (
        '99',
        CAST(702 AS SMALLINT),
        N'Exterritoriale Organisationen und Körperschaften',
        N'Activités des organisations et organismes extraterritoriaux',
        N'Activities of extraterritorial organisations and bodies'
    ),
    (
        '99.00',
        CAST(703 AS SMALLINT),
        N'Exterritoriale Organisationen und Körperschaften',
        N'Activités des organisations et organismes extraterritoriaux',
        N'Activities of extraterritorial organisations and bodies'
    )
) AS v(code, sort_order, label_de, label_fr, label_en)
WHERE NOT EXISTS (
    SELECT 1
    FROM core.noga_branche AS t
    WHERE t.code = v.code
);
GO
