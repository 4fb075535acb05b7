/** French interface strings (core: the first view). Same keys and placeholders as en.ts. */
import type { CoreCatalogue } from '../localizer.ts';

const messages: CoreCatalogue = {
  'app.title': 'Qui reconnaît le gouvernement taliban ?',
  'app.subtitle':
    'Les États qui reconnaissent l’Émirat islamique d’Afghanistan, ou qui traitent avec lui, jour après jour : 1996–2001 et de 2021 à aujourd’hui.',
  'app.asOf': 'Données vérifiées le {date}',
  'app.loading': 'Chargement de la carte…',
  'app.skipToMap': 'Aller à la carte',

  'load.failed': 'La carte n’a pas pu charger ses données.',
  'load.network':
    'Impossible de récupérer le fichier de données {file} ({detail}). Vérifiez votre connexion.',
  'load.http': 'Le serveur a répondu {status} pour {file}.',
  'load.corrupt': 'Le fichier de données {file} est endommagé ({detail}).',
  'load.invalid': 'Le fichier de données {file} n’a pas passé les contrôles ({detail}).',
  'load.timeout': 'Le fichier de données {file} n’est pas arrivé à temps ({detail}).',
  'load.retry': 'Réessayer',

  'status.recognized.name': 'Reconnaît',
  'status.ambassador.name': 'Accepte un ambassadeur taliban',
  'status.charge.name': 'Mission sous contrôle taliban',
  'status.contact.name': 'Contacts de travail',
  'status.none.name': 'Aucune relation',
  'status.withdrawn.name': 'A retiré sa reconnaissance',
  'status.afghanistan.name': 'Afghanistan',
  'status.no-data.name': 'Pas de données',

  'status.recognized.definition':
    'Reconnaissance officielle (de jure), confirmée par l’État qui reconnaît.',
  'status.ambassador.definition':
    'Pas de reconnaissance, mais l’État a accepté les lettres de créance d’un ambassadeur taliban.',
  'status.charge.definition':
    'Des personnes nommées par les talibans dirigent l’ambassade d’Afghanistan ou un consulat afghan dans le pays.',
  'status.contact.definition': 'Relations de travail, sans mission sous contrôle taliban.',
  'status.none.definition': 'Aucune relation avec le gouvernement taliban (cas par défaut).',
  'status.withdrawn.definition':
    'A reconnu les talibans, puis a retiré sa reconnaissance ou rompu tout lien (2001).',
  'status.afghanistan.definition':
    'L’Afghanistan lui-même, gouverné par les talibans pendant ces périodes.',
  'status.no-data.definition': 'Territoires que la source de la carte dessine sans code pays ISO.',

  'since.day': 'depuis {date}',
  'since.approx': 'depuis {date} environ',
  'since.by': 'depuis {date} au plus tard',
  'since.none': 'Aucune relation enregistrée pendant cette période',

  'confidence.lowClaim':
    'Non confirmé : repose sur une affirmation que le pays hôte n’a pas confirmée',
  'doubt.notice': 'Statut incertain depuis {date}',

  'era.1.name': 'Premier gouvernement taliban',
  'era.2.name': 'Second gouvernement taliban',
  'era.gap.name': 'Pas de gouvernement taliban',
  'era.gap.card':
    'De décembre 2001 à août 2021, il n’y avait pas de gouvernement taliban : l’Afghanistan était gouverné par la République islamique, qui occupait son siège à l’ONU.',

  'place.kosovo': 'Kosovo',
  'place.northern-cyprus': 'Chypre du Nord',
  'place.somaliland': 'Somaliland',
  'entity.un': 'Nations unies',
  'entity.ichkeria': 'République tchétchène d’Itchkérie',

  'uncertain.approximate': 'Le jour exact n’est pas connu',

  'map.roledescription': 'carte',
  'map.label': 'Carte des relations avec le gouvernement taliban, {date}',
  'map.zoomIn': 'Zoom avant',
  'map.zoomOut': 'Zoom arrière',
  'map.zoomReset': 'Réinitialiser le zoom',
  'map.afghanistan': 'gouverné par les talibans',
  'map.description': 'Carte du monde des relations avec le gouvernement taliban au {date}.',
  'map.describeStatus': {
    one: '{status} : {count} État ({names}).',
    many: '{status} : {count} d’États ({names}).',
    other: '{status} : {count} États ({names}).',
  },
  'map.describeNone': 'Aucun État n’avait de relations avec le gouvernement taliban.',
  'map.keyboardHint':
    'Les flèches permettent de passer d’un pays à l’autre, Entrée ouvre un pays, les lettres mènent à un pays par son nom.',

  'region.label': 'Vue de la carte',
  'region.world': 'Monde',
  'region.asia': 'Moyen-Orient et Asie',

  'slider.label': 'Date',
  'slider.play': 'Lire',
  'slider.pause': 'Pause',
  'slider.previousEvent': 'Événement précédent',
  'slider.nextEvent': 'Événement suivant',
  'slider.gap': '2001–2021 : pas de gouvernement taliban',
  'slider.unreviewed': 'après le {date}, pas encore vérifié',
  'legend.title': 'Relations avec le gouvernement taliban',
  'legend.count': '{count} sur {total}',
  'legend.uncertain': 'Date approximative ou non confirmée',
  'legend.marker': 'État trop petit pour être dessiné',
  'legend.noData': 'Pas de données',
  'legend.allOthers': 'Tous les autres États membres de l’ONU',
  'legend.showAll': 'Tout afficher ({count})',
  'legend.noMembers': 'Aucun État membre de l’ONU dans cette catégorie ce jour-là',

  'changes.title': 'Ce qui a changé',
  'changes.empty': 'Rien n’est encore enregistré pour cette période.',
  'changes.context': 'Contexte',

  'search.label': 'Rechercher un pays',
  'search.placeholder': 'Rechercher un pays',
  'search.results': 'Pays',
  'search.none': 'Aucun pays trouvé',

  'notice.title': 'À propos de ce lien',
  'notice.badDate':
    'La date « {value} » du lien n’est pas une date valide (utilisez AAAA-MM-JJ) : la carte affiche donc la date du jour.',
  'notice.snapped.gap-to-era-1':
    'Il n’y avait pas de gouvernement taliban le {value} : la carte affiche le {to}, dernier jour de la première période.',
  'notice.snapped.gap-to-era-2':
    'Il n’y avait pas de gouvernement taliban le {value} : la carte affiche le {to}, premier jour de la seconde période.',
  'notice.snapped.future':
    'Le {value} est dans le futur : la carte affiche la date du jour, le {to}.',
  'notice.snapped.before-start':
    'La carte commence le {to}, date de la prise de Kaboul par les talibans ; le {value} est antérieur.',
  'notice.unknownCountry':
    '« {value} » n’est pas un pays de cette carte : aucun pays n’est donc ouvert.',
  'notice.badValue':
    'La valeur « {value} » du paramètre {param} du lien n’est pas reconnue par la carte : elle a été ignorée.',
  'notice.dismiss': 'Masquer',
  'notice.offline':
    'Vous êtes hors ligne : la carte affiche les données enregistrées lors de votre dernière visite, vérifiées le {date}.',
  'notice.reload': 'Recharger',
  'notice.updateReady': 'Une version plus récente de la carte a été publiée.',
  'notice.offlineCopy':
    'Vous êtes hors ligne : la carte utilise les copies enregistrées lors de votre dernière visite.',
  'notice.keptCopyUndated':
    '{problem} La carte utilise la copie enregistrée lors de votre dernière visite.',
  'notice.keptCopy':
    '{problem} La carte affiche la copie enregistrée lors de votre dernière visite, avec des données vérifiées le {date}.',

  'gap.title': 'Vingt ans sans gouvernement taliban',
  'gap.dates': '8 décembre 2001 – 14 août 2021',

  'app.language': 'Langue',
  'app.calendar': 'Calendrier affiché en premier',
  'app.calendarGregory': 'Grégorien',
  'app.calendarPersian': 'Hégirien solaire',
  'app.translated': 'Traduit de l’anglais',
  'app.showOriginal': 'Afficher l’original anglais',
  'app.showTranslation': 'Afficher la traduction',
  'app.about': 'À propos des données',
  'app.aboutShort': 'À propos',
  'app.more': 'Plus',
  'app.slowLoad': 'Chargement en cours : la connexion est peut-être lente.',
  'footer.sources': 'Sources : les articles de presse cités pour chaque événement.',
  'footer.licence': 'Données : CC BY 4.0. Contours de la carte : Natural Earth.',

  'share.open': 'Partager',
  'share.correctionLink': 'Signaler une erreur',
  'embed.fullMap': 'Carte complète ↗',
  'embed.getData': 'Télécharger les données ↗',
  'embed.downloadImage': 'Télécharger l’image ↗',
  'release.note': 'Données telles que publiées le {date}.',
  'release.latest': 'Voir les données les plus récentes',

  'lesson.start': 'Leçon guidée',
  'view.label': 'Affichage',
  'view.map': 'Carte',
  'view.table': 'Tableau',
  'view.compare': 'Hier et aujourd’hui',

  'present.start': 'Lancer la présentation',
  'present.open': 'Présenter',
  'present.intro':
    'Plein écran, gros caractères. Touches du présentateur : → ou Pg Suiv pour avancer, ← ou Pg Préc pour revenir, B pour masquer l’écran, Échap pour quitter.',
  'view.timeline': 'Chronologie',
  'slider.yearOnly': '{date}, année seulement',
  'slider.monthOnly': '{date}, mois seulement',
  'slider.speed': 'Vitesse de lecture',
  'legend.todayMembers': 'Décompte parmi les {total} États membres de l’ONU aujourd’hui.',
};

export default messages;
