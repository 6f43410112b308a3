"""Captions, credits and attributions on pages imitating publishing systems that the
rules were not written against (fixtures under ``fixtures/media_unseen/``): Drupal,
Ghost, Substack, Medium, CNN, Le Monde, ZEIT ONLINE, DER SPIEGEL, El País, ANSA, NHK,
a WordPress Gutenberg gallery, Vox Media's Chorus, Brightspot/POLITICO, DPG Media
(de Volkskrant), a Polish portal and a live blog.

Every field of every image and every non-author attribution is asserted exactly. The
rules these pages exercise are general: label words in many languages ("Foto ANSA",
"Beeld ANP", "Fot. PAP/...", "写真：", "Photo :"), class conventions (``itemprop=caption``
over a credit-ish class, ``<cite>`` in a figure, a trailing credit element without a
telling class), credit orders ("Credit: X", "X/Agency", "X (EFE)", a bare agency), and
citing words ("selon", "según", "secondo", "volgens", "według", "によると").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.extraction import extract_article
from newsarchive.extraction.attributions import (
    contributor_names,
    extract_attributions,
    source_name,
)
from newsarchive.extraction.credits import clean_credit, split_caption
from newsarchive.extraction.images import extract_images
from newsarchive.extraction.page import load_page

FIXTURES = Path(__file__).parent / "fixtures" / "media_unseen"
P, C, S, R = "photo", "contributor", "source", "copyright"

#: (fixture, page URL, images, [(role, name, text, url)])
CASES = [
    # Drupal 10 (field--name-field-caption / field--name-field-credit media entity)
    ('drupal', 'https://www.valleycourier.example/news/county-approves-wastewater-plant',
     [{'url': 'https://www.valleycourier.example/sites/default/files/styles/max_1300x1300/public/2024-03/plant.jpg?itok=Xb3kQ9aZ', 'caption': 'The site of the planned treatment plant east of Millbrook, photographed in February.', 'credit': 'Marcus Lee / Valley Courier', 'alt': 'The site of the planned treatment plant east of Millbrook'},
      {'url': 'https://www.valleycourier.example/sites/default/files/styles/large/public/2024-03/lagoon.jpg?itok=7Hq2', 'caption': 'The old lagoons will be drained by 2026.', 'credit': 'Courtesy of Harlan County', 'alt': 'Sewage lagoons'}],
     [(P, 'Marcus Lee / Valley Courier', 'Photo: Marcus Lee / Valley Courier', None),
      (P, 'Courtesy of Harlan County', 'Courtesy of Harlan County', None),
      (C, 'The Associated Press', 'The Associated Press contributed to this report.', None),
      (S, 'the Environmental Protection Agency', 'Nitrate levels in the Millbrook aquifer doubled between 2015 and 2023, according to the Environmental Protection Agency.', 'https://www.epa.gov/region7/millbrook-aquifer'),
      (S, 'The Des Moines Register', 'The Des Moines Register reported last week that two bidders had withdrawn.', 'https://www.desmoinesregister.com/story/news/2024/03/06/plant'),
      (R, 'Valley Courier Publishing Co', 'Copyright © 2024 Valley Courier Publishing Co. All rights reserved.', None)]),
    # Ghost 5 (kg-image-card, figcaption of white-space:pre-wrap spans, Unsplash credit links)
    ('ghost', 'https://railnotes.example/the-quiet-return-of-the-night-train/',
     [{'url': 'https://railnotes.example/content/images/size/w2000/2024/02/nightjet.jpg', 'caption': None, 'credit': 'Jonas Berg / Unsplash', 'alt': 'A Nightjet sleeper train at dusk'},
      {'url': 'https://railnotes.example/content/images/2024/02/couchette.jpg', 'caption': 'A six-berth couchette on the Brussels service.', 'credit': 'European Sleeper', 'alt': 'Inside a couchette cabin'},
      {'url': 'https://railnotes.example/content/images/2024/02/map.png', 'caption': None, 'credit': None, 'alt': 'Map of night train routes'}],
     [(P, 'Jonas Berg / Unsplash', 'Photo by Jonas Berg / Unsplash', None),
      (P, 'European Sleeper', 'Photo: European Sleeper', None),
      (S, 'Austrian railways', 'Passenger numbers on the Vienna–Hamburg line rose by a third last year, Austrian railways said.', 'https://www.oebb.at/en/news/nightjet-2023'),
      (S, 'the Guardian', 'The comeback is fragile, argues a report in the Guardian, because track access charges remain high.', 'https://www.theguardian.com/travel/2024/jan/night-trains'),
      (R, 'Rail Notes', 'Rail Notes © 2024', None)]),
    # Substack (captioned-image-container, image-caption, substackcdn srcset with commas)
    ('substack', 'https://powerlines.substack.com/p/why-the-grid-is-the-story-of-2024',
     [{'url': 'https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F8f1e2d3c_4000x2667.jpeg', 'caption': 'High-voltage lines outside Abilene, Texas.', 'credit': 'Brandon Bell/Getty Images', 'alt': None},
      {'url': 'https://substackcdn.com/image/fetch/w_1200,c_limit,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fchart_1200x800.png', 'caption': None, 'credit': 'Lawrence Berkeley National Laboratory', 'alt': 'Chart of interconnection queue growth'}],
     [(P, 'Brandon Bell/Getty Images', '(Photo by Brandon Bell/Getty Images)', None),
      (P, 'Lawrence Berkeley National Laboratory', 'Source: Lawrence Berkeley National Laboratory', None),
      (S, 'Berkeley Lab', 'The backlog of projects waiting to connect reached 2,600 gigawatts, Berkeley Lab found in its annual survey.', 'https://emp.lbl.gov/queues'),
      (S, 'the Financial Times', "That is more than twice the country's entire installed capacity, as the Financial Times noted.", 'https://www.ft.com/content/grid-queue'),
      (R, 'Mira Kaplan', '© 2024 Mira Kaplan', None)]),
    # Medium (obfuscated classes, <source> before <img>, 'Photo by X on Unsplash')
    ('medium', 'https://medium.com/@priyaraman/what-i-learned-migrating-40-services-to-postgres-16-3f2a1b',
     [{'url': 'https://miro.medium.com/v2/resize:fit:1400/format:webp/1*Qm7xYbR2.jpeg', 'caption': None, 'credit': 'Taylor Vick on Unsplash', 'alt': None},
      {'url': 'https://miro.medium.com/v2/resize:fit:1400/1*Zx9Ab.png', 'caption': 'Median query latency per service.', 'credit': 'Marco Diaz', 'alt': 'Query latency before and after the upgrade'}],
     [(P, 'Taylor Vick on Unsplash', 'Photo by Taylor Vick on Unsplash', None),
      (P, 'Marco Diaz', 'Illustration by Marco Diaz', None),
      (S, 'the PostgreSQL Global Development Group', 'The biggest surprise was planner changes, which the PostgreSQL Global Development Group documented in the release notes.', 'https://www.postgresql.org/docs/16/release-16.html')]),
    # CNN (image__caption attribution / image__credit, layout-with-rail, 'Credit:')
    ('cnn', 'https://www.cnn.com/2024/05/07/americas/brazil-floods-rio-grande-do-sul-intl/index.html',
     [{'url': 'https://media.cnn.com/api/v1/images/stellar/prod/240507-brazil-floods.jpg?c=16x9&q=h_720,w_1280,c_fill/f_webp', 'caption': 'Residents are rescued by boat in Canoas, Rio Grande do Sul state, on May 6.', 'credit': 'Carlos Fabal/AFP/Getty Images', 'alt': 'Residents are rescued by boat in Canoas, Rio Grande do Sul, on May 6.'},
      {'url': 'https://media.cnn.com/api/v1/images/stellar/prod/240507-porto-alegre-airport.jpg?q=w_1110,c_fill', 'caption': "Porto Alegre's airport has suspended all flights indefinitely.", 'credit': 'Reuters', 'alt': 'The flooded runway at Porto Alegre airport.'}],
     [(P, 'Carlos Fabal/AFP/Getty Images', 'Carlos Fabal/AFP/Getty Images', None),
      (P, 'Reuters', 'Credit: Reuters', None),
      (C, 'Rodrigo Pedroso', 'CNN’s Rodrigo Pedroso and Julia Vargas Jones contributed reporting.', None),
      (C, 'Julia Vargas Jones', 'CNN’s Rodrigo Pedroso and Julia Vargas Jones contributed reporting.', None),
      (S, 'Agência Brasil', 'President Luiz Inácio Lula da Silva visited the region on Sunday, according to Agência Brasil.', 'https://agenciabrasil.ebc.com.br/geral/noticia/2024-05/lula'),
      (R, 'Cable News Network', '© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.', None)]),
    # Le Monde (article__legend / article__credit, 'Photo :', '©', 'Avec AFP', selon / d'après)
    ('lemonde', 'https://www.lemonde.fr/politique/article/2024/03/07/assurance-chomage_6220000_823448.html',
     [{'url': 'https://img.lemde.fr/2024/03/07/0/0/5568/3712/1328/0/45/0/7f3e2d1_1709812345678-000-34kl9p.jpg', 'caption': 'La ministre du travail, Catherine Vautrin, à l’Assemblée nationale, à Paris, le 5 mars 2024.', 'credit': 'LUDOVIC MARIN / AFP', 'alt': 'La ministre du travail, Catherine Vautrin, à l’Assemblée nationale, le 5 mars 2024.'},
      {'url': 'https://img.lemde.fr/2024/03/07/0/0/4000/2667/664/0/75/0/b2c3d4_manif.jpg', 'caption': 'Une manifestation contre la réforme à Marseille, le 2 mars.', 'credit': 'Clément Mahoudeau / Hans Lucas', 'alt': None},
      {'url': 'https://img.lemde.fr/2024/03/07/0/0/3000/2000/664/0/75/0/c9d8_unedic.jpg', 'caption': 'Le siège de l’Unédic, à Paris.', 'credit': 'Thomas Samson / AFP', 'alt': 'Le siège de l’Unédic'}],
     [(P, 'LUDOVIC MARIN / AFP', 'LUDOVIC MARIN / AFP', None),
      (P, 'Clément Mahoudeau / Hans Lucas', 'Photo : Clément Mahoudeau / Hans Lucas', None),
      (P, 'Thomas Samson / AFP', '© Thomas Samson / AFP', None),
      (C, 'AFP', 'Avec AFP', None),
      (S, 'Le Figaro', 'La durée maximale d’indemnisation passera de dix-huit à quinze mois, selon Le Figaro.', 'https://www.lefigaro.fr/social/assurance-chomage-2024'),
      (S, 'Libération', 'Les syndicats dénoncent « une réforme punitive », a rapporté Libération.', 'https://www.liberation.fr/economie/social/reforme-chomage'),
      (S, 'l’Unédic', 'D’après l’Unédic, la mesure doit réduire les dépenses de 3,6 milliards d’euros par an.', 'https://www.unedic.org/publications/impact-2024'),
      (R, 'Le Monde.fr', 'Le Monde.fr © 2024 – Tous droits réservés', None)]),
    # ZEIT ONLINE (figure__text / figure__copyright, zero-width space, 'Bild:', 'Nach Angaben der')
    ('zeit', 'https://www.zeit.de/wirtschaft/2024-03/gdl-streik-bahn',
     [{'url': 'https://img.zeit.de/wirtschaft/2024-03/gdl-streik-bahn/wide__1300x731__desktop', 'caption': 'Ein ICE im Frankfurter Hauptbahnhof: Die GDL hat den sechsten Streik in diesem Tarifkonflikt angekündigt.', 'credit': 'Boris Roessler/dpa', 'alt': 'Ein ICE im Hauptbahnhof Frankfurt am Main'},
      {'url': 'https://img.zeit.de/wirtschaft/2024-03/weselsky/wide__820x461__desktop', 'caption': 'GDL-Chef Claus Weselsky bei einer Pressekonferenz in Frankfurt (Archivbild)', 'credit': 'Arne Dedert/dpa', 'alt': 'GDL-Chef Claus Weselsky'}],
     [(P, 'Boris Roessler/dpa', '© Boris Roessler/dpa', None),
      (P, 'Arne Dedert/dpa', 'Bild: Arne Dedert/dpa', None),
      (C, 'dpa', 'Mit Material von dpa und Reuters', None),
      (C, 'Reuters', 'Mit Material von dpa und Reuters', None),
      (S, 'GDL', 'Nach Angaben der GDL beginnt der Ausstand im Personenverkehr am Dienstag um 2 Uhr.', 'https://www.gdl.de/Aktuell-2024/Pressemitteilung-1710'),
      (S, 'Spiegel', 'Die Bahn nannte den Streik „eine Zumutung“, wie der Spiegel berichtete.', 'https://www.spiegel.de/wirtschaft/bahnstreik-a-123.html'),
      (S, 'Handelsblatt', 'Dem Handelsblatt zufolge könnte der Konflikt noch Wochen dauern.', 'https://www.handelsblatt.com/unternehmen/bahn-gdl/100012345.html'),
      (R, 'ZEIT ONLINE GmbH', '© ZEIT ONLINE GmbH', None)]),
    # DER SPIEGEL (utility-class figcaption, 'Foto:', sign-off 'ama/dpa/AFP')
    ('spiegel', 'https://www.spiegel.de/politik/deutschland/haushaltsstreit-lindner-a-1234.html',
     [{'url': 'https://cdn.prod.www.spiegel.de/images/5c1f0e2a-0001-0004-0000-000001412345_w1280_r1.778_fpx53_fpy48.webp', 'caption': 'Finanzminister Christian Lindner (FDP) bei einer Pressekonferenz in Berlin', 'credit': 'Kay Nietfeld / dpa', 'alt': 'Finanzminister Christian Lindner'},
      {'url': 'https://cdn.prod.www.spiegel.de/images/9a8b7c6d-0001-0004-0000-000001412399_w718_r1.5_fpx44_fpy50.jpg', 'caption': 'Plenarsaal des Bundestags: Die Haushaltswoche beginnt im September', 'credit': 'Bernd von Jutrczenka / picture alliance / dpa', 'alt': 'Plenarsaal des Bundestags'}],
     [(P, 'Kay Nietfeld / dpa', 'Foto: Kay Nietfeld / dpa', None),
      (P, 'Bernd von Jutrczenka / picture alliance / dpa', 'Foto: Bernd von Jutrczenka / picture alliance / dpa', None),
      (C, 'dpa', 'ama/dpa/AFP', None),
      (C, 'AFP', 'ama/dpa/AFP', None),
      (S, 'Süddeutsche Zeitung', 'Das geht aus einem Schreiben an die Ministerien hervor, über das zuerst die »Süddeutsche Zeitung« berichtete.', 'https://www.sueddeutsche.de/politik/lindner-haushalt-1.6543210'),
      (S, 'Statistischem Bundesamt', 'Laut Statistischem Bundesamt stiegen die Sozialausgaben 2023 um acht Prozent.', 'https://www.destatis.de/DE/Presse/Pressemitteilungen/2024/03/PD24_099.html'),
      (R, 'DER SPIEGEL', '© DER SPIEGEL 2024 – Alle Rechte vorbehalten', None)]),
    # El País (a_m_p / a_m_m credit span without a telling class, 'Foto: X (EFE)', trailing 'EFE', '(EFE).-', 'Con información de')
    ('elpais', 'https://elpais.com/espana/2024-03-14/el-congreso-aprueba-la-ley-de-amnistia.html',
     [{'url': 'https://imagenes.elpais.com/resizer/v2/ABCDEF123.jpg?auth=1a2b&width=1960', 'caption': 'El presidente del Gobierno, Pedro Sánchez, este jueves en el Congreso de los Diputados.', 'credit': 'Claudio Álvarez', 'alt': 'Pedro Sánchez en el Congreso'},
      {'url': 'https://imagenes.elpais.com/resizer/v2/GHI456.jpg?auth=3c4d&width=980', 'caption': 'Alberto Núñez Feijóo, líder del PP, durante su intervención.', 'credit': 'Chema Moya (EFE)', 'alt': None},
      {'url': 'https://imagenes.elpais.com/resizer/v2/JKL789.jpg?auth=5e6f&width=980', 'caption': 'Manifestantes contrarios a la amnistía frente al Congreso, este jueves.', 'credit': 'EFE', 'alt': 'Manifestantes frente al Congreso'}],
     [(P, 'Claudio Álvarez', 'Claudio Álvarez', None),
      (P, 'Chema Moya (EFE)', 'Foto: Chema Moya (EFE)', None),
      (P, 'EFE', 'EFE', None),
      (S, 'EFE', 'Madrid, 14 mar (EFE).- El Pleno del Congreso ha aprobado este jueves la ley de amnistía con 178 votos a favor y 172 en contra.', None),
      (C, 'EFE', 'Con información de EFE y Europa Press.', None),
      (C, 'Europa Press', 'Con información de EFE y Europa Press.', None),
      (S, 'Europa Press', 'La norma irá ahora al Senado, donde el PP tiene mayoría absoluta, según informó Europa Press.', 'https://www.europapress.es/nacional/amnistia-senado.html'),
      (S, 'El Mundo', 'El diario El Mundo informó de que Junts exigió cambios de última hora.', 'https://www.elmundo.es/espana/2024/03/14/amnistia.html'),
      (S, 'el CIS', 'De acuerdo con el CIS, el 52% de los votantes rechaza la medida.', 'https://www.cis.es/barometro-marzo-2024'),
      (R, 'EDICIONES EL PAÍS S.L.', '© EDICIONES EL PAÍS S.L.', None)]),
    # ANSA ('Foto ANSA', 'Foto Ansa/X', '(ANSA) - ROMA', 'RIPRODUZIONE RISERVATA', secondo / ha riferito)
    ('ansa', 'https://www.ansa.it/sito/notizie/cronaca/2024/05/16/maltempo-emilia-romagna_abc.html',
     [{'url': 'https://www.ansa.it/webimages/img_700/2024/5/16/a1b2c3d4e5.jpg', 'caption': "Un'auto bloccata dall'acqua a Faenza", 'credit': 'ANSA', 'alt': 'Maltempo in Emilia-Romagna'},
      {'url': 'https://www.ansa.it/webimages/img_457x/2024/5/16/f6g7h8.jpg', 'caption': 'Volontari al lavoro a Lugo.', 'credit': 'Ansa/Max Cavallari', 'alt': None}],
     [(P, 'ANSA', 'Foto ANSA', None),
      (P, 'Ansa/Max Cavallari', 'Foto Ansa/Max Cavallari', None),
      (S, 'ANSA', '(ANSA) - BOLOGNA, 16 MAG - Due fiumi sono esondati nella notte in provincia di Ravenna e circa 300 persone sono state evacuate.', None),
      (S, 'la Protezione civile regionale', "Secondo la Protezione civile regionale, l'allerta rossa resterà in vigore fino a venerdì.", 'https://protezionecivile.regione.emilia-romagna.it/notizie/2024/maggio/allerta'),
      (S, 'Corriere della Sera', 'Lo ha riferito il Corriere della Sera, citando fonti della prefettura.', 'https://www.corriere.it/cronache/24_maggio_16/maltempo.shtml'),
      (S, 'la Repubblica', 'Il sindaco di Faenza ha chiesto lo stato di emergenza, come ha riportato la Repubblica.', 'https://www.repubblica.it/cronaca/2024/05/16/news/faenza'),
      (R, 'ANSA', 'RIPRODUZIONE RISERVATA © Copyright ANSA', None)]),
    # NHK NEWS WEB (写真：, （提供：…）, によると)
    ('nhk', 'https://www3.nhk.or.jp/news/html/20240517/k10014452341000.html',
     [{'url': 'https://www3.nhk.or.jp/news/html/20240517/K10014452341_2405171215_0517122147_01_02.jpg', 'caption': '日傘をさして歩く人たち（17日午前、東京・銀座）', 'credit': None, 'alt': '日傘をさして歩く人たち'},
      {'url': 'https://www3.nhk.or.jp/news/html/20240517/K10014452341_2405171215_0517122147_02_03.jpg', 'caption': '救急搬送される男性', 'credit': '東京消防庁', 'alt': None},
      {'url': 'https://www3.nhk.or.jp/news/html/20240517/K10014452341_2405171215_0517122147_03_03.jpg', 'caption': '水を飲む子ども', 'credit': '共同', 'alt': None}],
     [(P, '東京消防庁', '（提供：東京消防庁）', None),
      (P, '共同', '写真：共同', None),
      (S, '気象庁', '気象庁によりますと、午後1時までの最高気温は東京都心で30.4度でした。', 'https://www.jma.go.jp/bosai/map.html'),
      (S, '東京消防庁', '東京消防庁によると、熱中症の疑いで8人が病院に運ばれました。', 'https://www.tfd.metro.tokyo.lg.jp/'),
      (R, 'NHK (Japan Broadcasting Corporation)', 'Copyright NHK (Japan Broadcasting Corporation) All rights reserved. 許可なく転載することを禁じます。', None)]),
    # WordPress Gutenberg gallery (figure of figures, blocks-gallery-caption, 'Staff photo by', 'Photo courtesy of')
    ('gutenberg', 'https://oakdaleweekly.example/2023/10/08/harvest-festival-scenes/',
     [{'url': 'https://oakdaleweekly.example/wp-content/uploads/2023/10/parade.jpg', 'caption': 'The Oakdale High marching band leads the parade.', 'credit': 'Ben Okoro/Oakdale Weekly', 'alt': 'A marching band on Main Street'},
      {'url': 'https://oakdaleweekly.example/wp-content/uploads/2023/10/pumpkins-1024x683.jpg', 'caption': 'The winning pumpkin weighed 1,204 pounds.', 'credit': 'Courtesy of the Oakdale Growers Club', 'alt': 'Giant pumpkins'},
      {'url': 'https://oakdaleweekly.example/wp-content/uploads/2023/10/crowd-1024x683.jpg', 'caption': 'Scenes from Saturday’s festival.', 'credit': 'Ben Okoro/Oakdale Weekly', 'alt': None},
      {'url': 'https://oakdaleweekly.example/wp-content/uploads/2023/10/mayor.jpg', 'caption': 'Mayor Linda Park cuts the ribbon.', 'credit': 'Ben Okoro', 'alt': 'Mayor Linda Park'}],
     [(P, 'Ben Okoro/Oakdale Weekly', 'Photos by Ben Okoro/Oakdale Weekly', None),
      (P, 'Courtesy of the Oakdale Growers Club', '(Photo courtesy of the Oakdale Growers Club)', None),
      (P, 'Ben Okoro', 'Staff photo by Ben Okoro', None),
      (C, 'Sam Chu', 'Oakdale Weekly intern Sam Chu contributed to this report.', None),
      (S, 'the Oakdale Chamber of Commerce', 'Organizers estimated attendance at 40,000, the Oakdale Chamber of Commerce said.', 'https://www.oakdalechamber.example/festival-2023'),
      (R, 'Oakdale Weekly', '© 2023 Oakdale Weekly', None)]),
    # Vox Media Chorus (e-image__meta figcaption + <cite>, c-caption / c-credit)
    ('vox', 'https://www.vox.com/politics/2024/2/5/24062240/senate-border-deal-explained',
     [{'url': 'https://cdn.vox-cdn.com/thumbor/a4=/0x0:5000x3333/2040x1360/filters:focal(2500x1667:2501x1668):format(webp)/cdn.vox-cdn.com/uploads/chorus_asset/file/25270011/2000123456.jpg', 'caption': 'Sen. James Lankford (R-OK), the lead Republican negotiator, walks to the Senate chamber on February 5.', 'credit': 'Anna Moneymaker/Getty Images', 'alt': 'Sen. James Lankford walks to the Senate chamber.'},
      {'url': 'https://cdn.vox-cdn.com/thumbor/c1=/800x0/filters:no_upscale()/cdn.vox-cdn.com/uploads/chorus_asset/file/25270099/border_chart.png', 'caption': 'Monthly encounters at the southwest border since 2021.', 'credit': 'Javier Zarracina/Vox', 'alt': 'Chart: southwest border encounters by month'}],
     [(P, 'Anna Moneymaker/Getty Images', 'Anna Moneymaker/Getty Images', None),
      (P, 'Javier Zarracina/Vox', 'Javier Zarracina/Vox', None),
      (S, 'Politico', 'House Speaker Mike Johnson declared it “dead on arrival,” Politico reported.', 'https://www.politico.com/news/2024/02/05/johnson-border-deal'),
      (R, 'Vox Media, LLC', '© 2024 Vox Media, LLC. All Rights Reserved', None)]),
    # Brightspot / POLITICO (story-photo__credit with '| ', Figure-credit + Figure-source)
    ('brightspot', 'https://www.politico.com/news/2024/01/18/house-passes-stopgap-funding-bill-00136321',
     [{'url': 'https://static.politico.com/dims4/default/7a1b2c3/2147483647/strip/true/crop/5000x3334+0+0/resize/2580x1720!/quality/90/?url=https%3A%2F%2Fstatic.politico.com%2F12%2F34%2Fabc%2Fcapitol.jpg', 'caption': 'Speaker Mike Johnson needed Democratic votes to pass the measure.', 'credit': 'Francis Chung/POLITICO', 'alt': 'The U.S. Capitol'},
      {'url': 'https://static.politico.com/dims4/default/8b2c/2147483647/resize/1160x/quality/90/?url=https%3A%2F%2Fstatic.politico.com%2Fschumer.jpg', 'caption': 'Senate Majority Leader Chuck Schumer said the Senate would vote Friday.', 'credit': 'J. Scott Applewhite / AP', 'alt': 'Senate Majority Leader Chuck Schumer'}],
     [(P, 'Francis Chung/POLITICO', 'Francis Chung/POLITICO', None),
      (P, 'J. Scott Applewhite / AP', 'J. Scott Applewhite / AP', None),
      (C, 'Olivia Beavers', 'Olivia Beavers and Burgess Everett contributed to this report.', None),
      (C, 'Burgess Everett', 'Olivia Beavers and Burgess Everett contributed to this report.', None),
      (S, 'Punchbowl News', 'Conservatives were furious, Punchbowl News reported.', 'https://punchbowl.news/article/stopgap-vote'),
      (S, 'the House clerk', 'The vote was 314-108, according to the House clerk.', 'https://clerk.house.gov/Votes/202412'),
      (R, 'POLITICO LLC', '© 2024 POLITICO LLC', None)]),
    # DPG Media / de Volkskrant ('Beeld ANP', 'Foto ANP / X', volgens / meldt)
    ('volkskrant', 'https://www.volkskrant.nl/binnenland/boeren-blokkeren-opnieuw-snelwegen~b1234/',
     [{'url': 'https://images.volkskrant.nl/abc123/1600x900/boeren.jpg', 'caption': 'Trekkers op de A28 bij Zwolle, dinsdagochtend.', 'credit': 'ANP', 'alt': 'Trekkers op de A28'},
      {'url': 'https://images.volkskrant.nl/def456/1200x800/minister.jpg', 'caption': 'Minister Piet Adema in de Tweede Kamer.', 'credit': 'Freek van den Bergh / de Volkskrant', 'alt': None},
      {'url': 'https://images.volkskrant.nl/ghi789/1200x800/politie.jpg', 'caption': 'De politie sprak de boeren aan bij Assen.', 'credit': 'ANP / Vincent Jannink', 'alt': 'Politie bij de blokkade'}],
     [(P, 'ANP', 'Beeld ANP', None),
      (P, 'Freek van den Bergh / de Volkskrant', 'Beeld Freek van den Bergh / de Volkskrant', None),
      (P, 'ANP / Vincent Jannink', 'Foto ANP / Vincent Jannink', None),
      (S, 'Rijkswaterstaat', 'Volgens Rijkswaterstaat stond er op het hoogtepunt 240 kilometer file.', 'https://www.rijkswaterstaat.nl/nieuws/2024/02/files'),
      (S, 'de NOS', 'De actievoerders eisen uitstel van de nieuwe mestregels, meldt de NOS.', 'https://nos.nl/artikel/2507777-boeren'),
      (S, 'NRC', 'LTO Nederland noemde de acties begrijpelijk, schrijft NRC.', 'https://www.nrc.nl/nieuws/2024/02/06/lto-a4189'),
      (R, 'DPG Media B.V.', '© 2024 DPG Media B.V. - alle rechten voorbehouden', None)]),
    # Polish Ringier portal ('Fot. PAP/X', 'Warszawa (PAP) -', 'Źródło: PAP', według / poinformowało)
    ('polish', 'https://wiadomosci.example.pl/kraj/sejm-przyjal-budzet-na-2024-rok/abc123',
     [{'url': 'https://ocdn.eu/pulscms-transforms/1/abcDEFkpTURBXy9hYmMuanBn.jpg', 'caption': 'Posiedzenie Sejmu, 18 stycznia 2024 r.', 'credit': 'PAP/Radek Pietruszka', 'alt': 'Posłowie na sali plenarnej Sejmu'},
      {'url': 'https://ocdn.eu/pulscms-transforms/1/xyzGHIkpTURBXy94eXouanBn.jpg', 'caption': 'Minister finansów Andrzej Domański.', 'credit': 'Sławomir Kamiński / Agencja Wyborcza.pl', 'alt': None}],
     [(P, 'PAP/Radek Pietruszka', 'Fot. PAP/Radek Pietruszka', None),
      (P, 'Sławomir Kamiński / Agencja Wyborcza.pl', 'Fot. Sławomir Kamiński / Agencja Wyborcza.pl', None),
      (S, 'PAP', 'Warszawa (PAP) - Sejm przyjął w czwartek ustawę budżetową na 2024 rok.', None),
      (C, 'PAP', 'Źródło: PAP', None),
      (S, 'Ministerstwo Finansów', 'Deficyt ma wynieść 184 mld zł, poinformowało Ministerstwo Finansów.', 'https://www.gov.pl/web/finanse/budzet-2024'),
      (S, 'Rzeczpospolitej', 'Według „Rzeczpospolitej” Senat zajmie się ustawą w przyszłym tygodniu.', 'https://www.rp.pl/budzet/art39712345-budzet-2024'),
      (R, 'Ringier Axel Springer Polska sp. z o.o.', 'Copyright © 2024 Ringier Axel Springer Polska sp. z o.o. Wszelkie prawa zastrzeżone.', None)]),
    # Live blog (LiveBlogPosting, per-post figures, 'Pic: PA')
    ('liveblog', 'https://www.northernecho.example/news/live/storm-isha-live-2024-01-22/',
     [{'url': 'https://cdn.northernecho.example/live/2024/01/22/runway-1600.jpg', 'caption': 'A plane attempts to land at Manchester Airport.', 'credit': 'PA', 'alt': 'A plane lands in strong wind'},
      {'url': 'https://cdn.northernecho.example/live/2024/01/22/tree-1600.jpg', 'caption': 'A fallen tree blocks a road in County Antrim.', 'credit': 'Reuters/Clodagh Kilcoyne', 'alt': None}],
     [(P, 'PA', 'Pic: PA', None),
      (P, 'Reuters/Clodagh Kilcoyne', 'Pic: Reuters/Clodagh Kilcoyne', None),
      (C, 'PA Media', 'PA Media contributed to this report.', None),
      (S, 'Flightradar24', 'Several flights bound for Manchester were diverted to Paris and Dublin overnight, Flightradar24 said.', 'https://www.flightradar24.com/blog/storm-isha'),
      (S, 'NIE Networks', 'About 45,000 homes in Northern Ireland are without electricity, according to NIE Networks.', 'https://www.nienetworks.co.uk/power-cuts'),
      (R, 'Northern Echo Daily Ltd', '© 2024 Northern Echo Daily Ltd. All rights reserved.', None)]),
]
IDS = [c[0] for c in CASES]


def page_of(name: str, url: str):
    return load_page((FIXTURES / f"{name}.html").read_bytes(), url)


@pytest.mark.parametrize(("name", "url", "images", "attributions"), CASES, ids=IDS)
def test_images(name: str, url: str, images: list[dict], attributions: list[tuple]) -> None:
    assert extract_images(page_of(name, url), None) == images


@pytest.mark.parametrize(("name", "url", "images", "attributions"), CASES, ids=IDS)
def test_attributions(name: str, url: str, images: list[dict], attributions: list[tuple]) -> None:
    page = page_of(name, url)
    got = extract_attributions(page, None, "", extract_images(page, None))
    assert [(a["role"], a["name"], a["text"], a["url"]) for a in got] == attributions


#: agencies a byline names, credited as contributors by the byline (not by the attribution lines);
#: none here: ansa's byline agency ("Redazione ANSA") is its dateline's ("(ANSA) - BOLOGNA"), the source
BYLINE_AGENCIES: dict[str, list[tuple]] = {}


@pytest.mark.parametrize(("name", "url", "images", "attributions"), CASES, ids=IDS)
def test_full_extraction(name: str, url: str, images: list[dict], attributions: list[tuple]) -> None:
    """As assembled: with the body extractor's container and text, the same images and attributions."""
    record = extract_article((FIXTURES / f"{name}.html").read_bytes(), url)
    assert record["images"] == images
    got = [(a["role"], a["name"], a["text"], a["url"]) for a in record["attributions"] if a["role"] != "author"]
    assert got == BYLINE_AGENCIES.get(name, []) + attributions


@pytest.mark.parametrize("name", IDS)
def test_never_raises_with_any_element_as_root(name: str) -> None:
    page = page_of(name, "https://a.example/x")
    for root in page.tree.iter():
        if isinstance(root.tag, str):
            extract_attributions(page, root, root.text_content(), extract_images(page, root))


@pytest.mark.parametrize(("printed", "name"), [
    ("Foto ANSA", "ANSA"),
    ("Beeld ANP", "ANP"),
    ("Beeld Freek van den Bergh / de Volkskrant", "Freek van den Bergh / de Volkskrant"),
    ("Fot. PAP/Radek Pietruszka", "PAP/Radek Pietruszka"),
    ("Photo : Clément Mahoudeau / Hans Lucas", "Clément Mahoudeau / Hans Lucas"),
    ("写真：共同", "共同"),
    ("（提供：東京消防庁）", "東京消防庁"),
    ("Illustration by Marco Diaz", "Marco Diaz"),
    ("Staff photo by Ben Okoro", "Ben Okoro"),
    ("(Photo courtesy of the Growers Club)", "Courtesy of the Growers Club"),
    ("Pic: Reuters/Clodagh Kilcoyne", "Reuters/Clodagh Kilcoyne"),
    ("Fuente: Ministerio de Sanidad", "Ministerio de Sanidad"),
    ("© Copyright ANSA", "ANSA"),
    ("© Boris Roessler/\u200bdpa", "Boris Roessler/dpa"),
    ("Photographie : Jean Dupont", "Jean Dupont"),
    # not labels: a name that merely contains a label word
    ("Getty Images", "Getty Images"),
    ("Images of Asia / Alamy", "Images of Asia / Alamy"),
])
def test_clean_credit_in_other_languages(printed: str, name: str | None) -> None:
    assert clean_credit(printed) == name


@pytest.mark.parametrize(("text", "caption", "credit"), [
    ("Feijóo, durante su intervención. Foto: Chema Moya (EFE)", "Feijóo, durante su intervención.", "Foto: Chema Moya (EFE)"),
    ("Feijóo, durante su intervención. Chema Moya (EFE)", "Feijóo, durante su intervención.", "Chema Moya (EFE)"),
    ("Manifestantes frente al Congreso, este jueves. EFE", "Manifestantes frente al Congreso, este jueves.", "EFE"),
    ("Volontari al lavoro a Lugo. Foto Ansa/Max Cavallari", "Volontari al lavoro a Lugo.", "Foto Ansa/Max Cavallari"),
    ("De politie bij Assen. Foto ANP / Vincent Jannink", "De politie bij Assen.", "Foto ANP / Vincent Jannink"),
    ("Minister Domański. Fot. Sławomir Kamiński / Agencja Wyborcza.pl", "Minister Domański.",
     "Fot. Sławomir Kamiński / Agencja Wyborcza.pl"),
    ("救急搬送される男性（提供：東京消防庁）", "救急搬送される男性", "（提供：東京消防庁）"),
    ("水を飲む子ども　写真：共同", "水を飲む子ども", "写真：共同"),
    ("Un'auto bloccata a Faenza - RIPRODUZIONE RISERVATA", "Un'auto bloccata a Faenza", None),
    ("Le siège de l’Unédic, à Paris. © Thomas Samson / AFP", "Le siège de l’Unédic, à Paris.", "© Thomas Samson / AFP"),
    # not credits: a sentence ending in a name, a parenthesis without credit words
    ("The mayor thanked the volunteers. Linda Park", "The mayor thanked the volunteers. Linda Park", None),
    ("Die Kanzlerin (links) mit Gästen", "Die Kanzlerin (links) mit Gästen", None),
    ("Madrid, la capital (España)", "Madrid, la capital (España)", None),
])
def test_split_caption_in_other_languages(text: str, caption: str | None, credit: str | None) -> None:
    assert split_caption(text) == (caption, credit)


@pytest.mark.parametrize(("line", "names"), [
    ("Avec AFP", ["AFP"]),
    ("Con información de EFE y Europa Press.", ["EFE", "Europa Press"]),
    ("Madrid, 14 mar (EFE).- El Pleno del Congreso ha aprobado la ley.", ["EFE"]),
    ("(ANSA) - BOLOGNA, 16 MAG - Due fiumi sono esondati.", ["ANSA"]),
    ("Warszawa (PAP) - Sejm przyjął ustawę.", ["PAP"]),
    ("ama/dpa/AFP", ["dpa", "AFP"]),
    ("Źródło: PAP", ["PAP"]),
    ("Quelle: ZEIT ONLINE, dpa, Reuters", ["dpa", "Reuters"]),
    ("CNN’s Rodrigo Pedroso and Julia Vargas Jones contributed reporting.", ["Rodrigo Pedroso", "Julia Vargas Jones"]),
    ("Oakdale Weekly intern Sam Chu contributed to this report.", ["Sam Chu"]),
    # not contributions
    ("Source: Bureau of Labor Statistics", []),
    ("and/or", []),
    ("1/2", []),
])
def test_contributor_names_in_other_languages(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


@pytest.mark.parametrize(("before", "link", "after", "name"), [
    ("La durée passera à quinze mois, selon ", "Le Figaro", ".", "Le Figaro"),
    ("", "D’après l’Unédic", ", la mesure coûte moins.", "l’Unédic"),
    ("Les syndicats protestent, a rapporté ", "Libération", ".", "Libération"),
    ("La norma irá al Senado, según informó ", "Europa Press", ".", "Europa Press"),
    ("El diario ", "El Mundo", " informó de que Junts exigió cambios.", "El Mundo"),
    ("De acuerdo con ", "el CIS", ", el 52% rechaza la medida.", "el CIS"),
    ("", "Secondo la Protezione civile", ", l'allerta resta.", "la Protezione civile"),
    ("Lo ha riferito il ", "Corriere della Sera", ".", "Corriere della Sera"),
    ("De acties gaan door, meldt ", "de NOS", ".", "de NOS"),
    ("", "Volgens Rijkswaterstaat", " stond er file.", "Rijkswaterstaat"),
    ("Deficyt wyniesie 184 mld zł, poinformowało ", "Ministerstwo Finansów", ".", "Ministerstwo Finansów"),
    ("", "気象庁", "によりますと、最高気温は30.4度でした。", "気象庁"),
    ("Nach Angaben der ", "GDL", " beginnt der Streik am Dienstag.", "GDL"),
    ("The comeback is fragile, argues ", "a report in the Guardian", ".", "the Guardian"),
    # not sources
    ("Lisez aussi ", "notre enquête", ".", None),
    ("Más información: ", "la ley de amnistía", "", None),
])
def test_source_name_in_other_languages(before: str, link: str, after: str, name: str | None) -> None:
    assert source_name(before, link, after) == name


@pytest.mark.parametrize(("line", "name"), [
    ("© 2024 Vox Media, LLC. All Rights Reserved", "Vox Media, LLC"),
    ("© 2024 DPG Media B.V. - alle rechten voorbehouden", "DPG Media B.V."),
    ("Copyright © 2024 Ringier Axel Springer Polska sp. z o.o. Wszelkie prawa zastrzeżone.",
     "Ringier Axel Springer Polska sp. z o.o."),
    ("Le Monde.fr © 2024 – Tous droits réservés", "Le Monde.fr"),
    ("Rail Notes © 2024", "Rail Notes"),
    ("© DER SPIEGEL 2024 – Alle Rechte vorbehalten", "DER SPIEGEL"),
    ("RIPRODUZIONE RISERVATA © Copyright ANSA", "ANSA"),
    ("© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "Cable News Network"),
    ("© 2024 Example Ltd. All rights reserved.", "Example Ltd"),
])
def test_copyright_lines(line: str, name: str) -> None:
    page = load_page(f"<html><body><article><h1>T</h1><p>Text.</p></article><footer><p>{line}</p></footer></body></html>",
                     "https://a.example/x")
    got = [(a["name"], a["text"]) for a in extract_attributions(page, None, "", []) if a["role"] == R]
    assert got == [(name, line)]
