/** French interface strings the first view does not need. Same keys and placeholders as en-extra.ts. */
import type { ExtraCatalogue } from '../localizer.ts';

const messages: ExtraCatalogue = {
  'status.recognized.detail':
    'Reconnaissance officielle (de jure) de l’Émirat islamique comme gouvernement de l’Afghanistan, annoncée ou confirmée par l’État qui le reconnaît. Une déclaration des talibans ne suffit pas.',
  'status.ambassador.detail':
    'Pas de reconnaissance officielle, mais le pays hôte a accepté les lettres de créance (ou une copie de celles-ci) d’un ambassadeur nommé par les talibans. La Chine a qualifié cela d’arrangement diplomatique normal, et non de reconnaissance.',
  'status.charge.detail':
    'Des personnes nommées par les talibans dirigent l’ambassade d’Afghanistan ou un consulat afghan dans le pays hôte, sous la conduite d’un chargé d’affaires ou d’un agent de rang inférieur, sans ambassadeur accepté.',
  'status.contact.detail':
    'Relations de travail sans mission sous contrôle taliban : l’État maintient ou rouvre sa propre ambassade ou une mission technique à Kaboul, accrédite un envoyé non résident, ou n’accepte du personnel taliban qu’à des postes consulaires subalternes.',
  'status.none.detail':
    'Aucune relation avec le gouvernement taliban : c’est le cas par défaut. Lorsque l’ambassade de l’ancienne République fonctionne encore (au Tadjikistan, par exemple), l’historique du pays le précise. En 1996–2001, ces États reconnaissaient le gouvernement Rabbani.',
  'status.withdrawn.detail':
    'L’État avait reconnu l’Émirat islamique, puis a retiré sa reconnaissance ou rompu tout lien : les Émirats arabes unis, l’Arabie saoudite et le Pakistan en 2001.',
  'status.afghanistan.detail':
    'L’Afghanistan lui-même, gouverné par les talibans pendant les deux périodes.',
  'status.no-data.detail':
    'Kosovo, Chypre du Nord et Somaliland : la source de la carte (Natural Earth) les dessine sans code pays ISO ; les données ne les couvrent donc pas.',

  'table.country': 'État',
  'table.status': 'Statut',
  'table.since': 'Depuis',
  'share.title': 'Partager, intégrer ou télécharger',
  'share.link': 'Lien vers cette vue',
  'share.copy': 'Copier le lien',
  'share.linkCopied': 'Le lien est copié.',
  'share.copyFailed':
    'Le navigateur n’a pas pu copier : sélectionnez le texte et copiez-le vous-même.',
  'share.native': 'Partager…',
  'share.qr': 'Code QR',
  'share.qrLabel': 'Code QR du lien vers cette vue',
  'share.embed': 'Intégrer dans une page',
  'share.embedWhich': 'Ce que montre la carte intégrée',
  'share.pinned':
    'Cette date ({date}) et cette version des données ({release}) : pour un article sur ce jour-là',
  'share.live': 'En direct : aujourd’hui, avec les données les plus récentes',
  'share.language': 'Langue',
  'share.theme': 'Couleurs',
  'share.themeLight': 'Clair',
  'share.themeDark': 'Sombre',
  'share.themeAuto': 'Selon le système du lecteur',
  'share.still': 'Carte fixe (sans curseur)',
  'share.embedCode': 'Code d’intégration',
  'share.embedTitle': 'Carte : qui reconnaît le gouvernement taliban',
  'share.copyEmbed': 'Copier le code d’intégration',
  'share.embedCopied': 'Le code d’intégration est copié.',
  'share.embedHint':
    'Le cadre s’adapte à chaque écran. Le script est celui qu’utilisent les intégrations Datawrapper ; les pages qui chargent déjà le script de Datawrapper, de Pym.js ou d’AMP n’ont besoin que de l’iframe.',
  'share.download': 'Télécharger',
  'share.png': 'Image (PNG)',
  'share.png2x': 'Image, taille double (PNG)',
  'share.svg': 'Image (SVG)',
  'share.statusesCsv': 'Statuts à cette date (CSV)',
  'share.statusesJson': 'Statuts à cette date (JSON)',
  'share.eventsCsv': 'Tous les événements avec leurs sources (CSV)',
  'share.eventsJson': 'Tous les événements avec leurs sources (JSON)',
  'share.print': 'Imprimer',
  'share.licence': 'Données : {licence}. Chaque téléchargement indique comment les citer.',
  'share.downloaded': '{file} téléchargé.',
  'share.imageSource':
    'Source : Recognition Map, version des données {release} (vérifiées le {checked}), {licence} ; articles de presse cités pour chaque événement. Carte : Natural Earth.',
  'share.correction': 'Vous avez repéré une erreur ?',
  'lesson.roledescription': 'étape de la leçon',
  'lesson.stepOf': 'Étape {step} sur {total}',
  'lesson.sources': 'Sources :',
  'lesson.question': 'Question pour la classe',
  'lesson.navigation': 'Étapes de la leçon',
  'lesson.previous': 'Étape précédente',
  'lesson.next': 'Étape suivante',
  'lesson.exit': 'Quitter la leçon',
  'compare.then': 'Avant',
  'compare.now': 'Maintenant',
  'compare.close': 'Revenir à une seule carte',

  'present.next': 'Suivant',
  'present.previous': 'Précédent',
  'present.blank': 'Masquer l’écran',
  'present.exit': 'Quitter la présentation',
  'present.blanked': 'L’écran est masqué : appuyez sur B pour le réafficher.',
  'table.filterName': 'Filtrer par nom',
  'table.filterStatus': 'Statut',
  'table.allStatuses': 'Tous les statuts',
  'table.shown': {
    one: '{count} pays ou territoire sur {total}',
    many: '{count} de pays et territoires sur {total}',
    other: '{count} pays et territoires sur {total}',
  },
  'table.captionAll': 'Tous les pays au {date}',
  'table.source': 'Source',
  'table.moreSources': {
    one: '(+{count} autre)',
    many: '(+{count} autres)',
    other: '(+{count} autres)',
  },

  'announce.summary': '{date} : {parts}.',
  'announce.none': 'aucun État n’a de relations avec le gouvernement taliban',
  'announce.recognized': {
    one: '{count} État reconnaît',
    many: '{count} d’États reconnaissent',
    other: '{count} États reconnaissent',
  },
  'announce.ambassador': {
    one: '{count} État accepte un ambassadeur taliban',
    many: '{count} d’États acceptent un ambassadeur taliban',
    other: '{count} États acceptent un ambassadeur taliban',
  },
  'announce.charge': {
    one: '{count} État accueille une mission sous contrôle taliban',
    many: '{count} d’États accueillent une mission sous contrôle taliban',
    other: '{count} États accueillent une mission sous contrôle taliban',
  },
  'announce.contact': {
    one: '{count} État entretient des contacts de travail',
    many: '{count} d’États entretiennent des contacts de travail',
    other: '{count} États entretiennent des contacts de travail',
  },
  'announce.withdrawn': {
    one: '{count} État a retiré sa reconnaissance',
    many: '{count} d’États ont retiré leur reconnaissance',
    other: '{count} États ont retiré leur reconnaissance',
  },
  'announce.changed': 'Changements : {changes}.',
  'announce.change': '{actor} : {what}',
  'type.formal_recognition': 'Reconnaissance officielle',
  'type.recognition_withdrawn': 'Reconnaissance retirée',
  'type.relations_downgraded': 'Niveau des relations abaissé',
  'type.taliban_ambassador_accepted': 'Ambassadeur taliban accepté',
  'type.taliban_mission_accepted': 'Mission sous contrôle taliban acceptée',
  'type.taliban_staff_accepted': 'Personnel taliban accepté',
  'type.ambassador_designate_arrived': 'Arrivée d’un ambassadeur désigné',
  'type.ambassador_accredited_to_taliban': 'Ambassadeur du pays accrédité à Kaboul',
  'type.mission_in_kabul_reopened': 'Mission à Kaboul rouverte',
  'type.mission_in_kabul_closed': 'Mission à Kaboul fermée',
  'type.mission_upgraded': 'Mission rehaussée',
  'type.contact_without_recognition': 'Contacts sans reconnaissance',
  'type.protecting_power': 'Puissance protectrice',
  'type.republic_mission_persists': 'Mission de l’ancienne République maintenue',
  'type.republic_mission_cooperating': 'Mission de l’ancienne République coopérant avec Kaboul',
  'type.republic_mission_closed': 'Mission de l’ancienne République fermée',
  'type.terror_designation_removed': 'Retrait de la liste des organisations terroristes',
  'type.armed_conflict': 'Conflit armé',
  'type.baseline_statement': 'État des lieux',
  'type.context_capital_captured': 'Prise de Kaboul',
  'type.context_government_formed': 'Formation du gouvernement',
  'type.context_regime_end': 'Fin du pouvoir taliban',
  'type.taliban_disowns_republic_missions':
    'Les talibans désavouent les missions de l’ancienne République',
  'type.un_credentials': 'Siège à l’ONU',
  'type.un_sanctions': 'Sanctions de l’ONU',
  'type.formal_recognition_by_nonstate': 'Reconnaissance par une entité non étatique',
  'type.mutual_recognition_nonstate': 'Reconnaissance d’une entité non étatique',
  'type.embassy_opened': 'Ouverture d’une ambassade',

  'about.title': 'À propos des données',
  'about.intro':
    'Cette carte montre, pour chaque jour des deux périodes de pouvoir taliban, comment chaque État traitait avec le gouvernement taliban, de la reconnaissance officielle à l’absence de relations. Chaque statut provient d’un événement daté, accompagné de ses sources ; ouvrez un pays pour les consulter.',
  'about.statuses': 'Ce que signifient les couleurs',
  'about.rules': 'Comment lire la carte',
  'about.rule.status':
    'Le statut d’un État à une date donnée est celui fixé par son dernier événement à cette date ou avant ; sans événement, il n’a aucune relation.',
  'about.rule.since':
    '« Depuis » indique le premier jour de la dernière période ininterrompue de ce statut : la Russie reconnaît le gouvernement taliban depuis le 3 juil. 2025, bien qu’elle ait accepté les lettres de créance de l’ambassadeur plus tard.',
  'about.rule.approximate':
    'Lorsque les sources ne donnent qu’un mois ou une année, l’événement compte à partir de son premier jour (ou d’un jour ultérieur attesté par les sources) et la carte indique « environ » ; « au plus tard » signifie que les sources montrent que l’événement avait eu lieu à cette date. Ces cas sont dessinés avec un contour en pointillés.',
  'about.rule.eras':
    'La première période va du 27 sept. 1996, date de la prise de Kaboul par les talibans, au 7 déc. 2001, chute de Kandahar. Du 8 déc. 2001 au 14 août 2021, il n’y avait pas de gouvernement taliban. La seconde période va du 15 août 2021 à aujourd’hui et part d’une absence de relations pour tous les États.',
  'about.rule.counts':
    'Les décomptes portent sur les 193 États membres de l’ONU ; l’Afghanistan est présenté à part.',
  'about.rule.claims':
    'Les affirmations qui reposent uniquement sur des déclarations des talibans (Qatar en 2022, Kirghizistan et Malaisie au plus tard en févr. 2023) sont affichées avec une fiabilité faible et la mention « non confirmé ».',
  'about.rule.asOf':
    'Les données ont été vérifiées pour la dernière fois par rapport à leurs sources le {date} ; les jours suivants n’ont pas encore été vérifiés.',
  'about.uncertain': 'Ce qui n’a pas pu être confirmé',
  'about.unSeat': 'Le siège de l’Afghanistan à l’ONU',
  'about.sources': 'Sources',
  'about.sourcesText':
    'Les {events} événements citent {sources} articles de presse issus de {outlets} médias et agences ; le panneau de chaque pays les énumère avec des liens. Les descriptions sont rédigées pour ce projet en termes neutres.',
  'about.dataFile': 'Le jeu de données (JSON)',
  'about.cite': 'Comment citer',
  'about.licence': 'Licences',
  'about.licenceData': 'Le jeu de données peut être réutilisé, en citant la source, sous licence',
  'about.licenceMap': 'Contours des pays : Natural Earth (domaine public), via world-atlas.',
  'about.licenceCode': 'Le code est open source (licence MIT).',
  'about.corrections': 'Journal des corrections',
  // The country panel (it opens after the first view).
  'confidence.high': 'Fiabilité élevée',
  'confidence.medium': 'Fiabilité moyenne',
  'confidence.low': 'Fiabilité faible',
  'precision.day': 'jour exact',
  'precision.month': 'mois seulement',
  'precision.year': 'année seulement',
  'precision.no-later-than': 'au plus tard à cette date',

  'panel.close': 'Fermer',
  'panel.onDate': 'Le {date}',
  'panel.noEvents':
    'Aucun événement enregistré : aucune relation avec le gouvernement taliban pendant l’une ou l’autre période.',
  'panel.sources': 'Sources',
  'panel.showOnMap': 'Afficher sur la carte',
  'panel.later': 'Plus tard',
  'timeline.count': {
    one: '{count} État a eu des relations avec le gouvernement taliban',
    many: '{count} d’États ont eu des relations avec le gouvernement taliban',
    other: '{count} États ont eu des relations avec le gouvernement taliban',
  },
  'timeline.order': 'Ordre',
  'timeline.order.since': 'Premières relations',
  'timeline.order.status': 'Statut aujourd’hui',
  'timeline.order.country': 'Nom',
  'timeline.selected': 'Date affichée : {date}',
  'timeline.hint':
    'Choisissez une période pour afficher son premier jour sur la carte, avec l’historique de l’État.',
  'timeline.caption':
    'Les relations de chaque État avec le gouvernement taliban, période par période',
  'timeline.periods': 'Périodes',
  'timeline.range': '{from} – {to}',
  'timeline.around': 'vers {date}',
  'timeline.today': 'aujourd’hui',
  'timeline.choose': '{country} : {period}. Afficher sur la carte',
  'compare.changes': 'Ce qui a changé entre les deux dates',
  'compare.changesCount': {
    one: '{count} État a un statut différent aux deux dates',
    many: '{count} d’États ont un statut différent aux deux dates',
    other: '{count} États ont un statut différent aux deux dates',
  },
  'compare.noChanges': 'Aucun État n’a un statut différent aux deux dates.',
  'compare.fromTo': '{from} → {to}',
  'compare.counts': 'États membres de l’ONU par statut',
  'table.members': 'Dont États membres de l’ONU : {count}',
  'timeline.period': '{status}, {range}',
  'changes.printLatest': 'Derniers événements : {count} sur {total}',
};

export default messages;
