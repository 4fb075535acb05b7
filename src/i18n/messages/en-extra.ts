/**
 * English strings the first view does not need (the About and Share panels, lessons,
 * presentation, the table, event types, announcements): loaded with the controls, after the first
 * map has painted. Same rules as the core catalogue in `en.ts`.
 */
import type { PluralMessage } from './en.ts';

const enExtra = {
  // The longer explanation, for the About panel and data/README.md.
  'status.recognized.detail':
    'Formal (de jure) recognition of the Islamic Emirate as the government of Afghanistan, announced or confirmed by the recognising state. A Taliban statement alone is not enough.',
  'status.ambassador.detail':
    'No formal recognition, but the host accepted the credentials (or a copy of them) of a Taliban-appointed ambassador. China called this a normal diplomatic arrangement, not recognition.',
  'status.charge.detail':
    "Taliban appointees run the Afghan embassy or a consulate in the host country, headed by a chargé d'affaires or lower, without an accepted ambassador.",
  'status.contact.detail':
    'Working relations without a Taliban-run mission: the state keeps or reopens its own embassy or technical mission in Kabul, accredits a non-resident envoy, or accepts Taliban staff only in junior consular roles.',
  'status.none.detail':
    "No relations with the Taliban government: the default. Where the former republic's embassy still works (Tajikistan, for example), the country's history says so. In 1996–2001 these states recognised the Rabbani government.",
  'status.withdrawn.detail':
    'The state recognised the Islamic Emirate earlier, then withdrew recognition or cut all ties: the UAE, Saudi Arabia and Pakistan in 2001.',
  'status.afghanistan.detail': 'Afghanistan itself, governed by the Taliban in both periods.',
  'status.no-data.detail':
    'Kosovo, Northern Cyprus and Somaliland: the map’s source (Natural Earth) draws them without an ISO country code, so the data does not cover them.',

  'table.country': 'State',
  'table.status': 'Status',
  'table.since': 'Since',
  'share.title': 'Share, embed or download',
  'share.link': 'Link to this view',
  'share.copy': 'Copy link',
  'share.linkCopied': 'The link is copied.',
  'share.copyFailed': 'The browser would not copy: select the text and copy it yourself.',
  'share.native': 'Share…',
  'share.qr': 'QR code',
  'share.qrLabel': 'QR code of the link to this view',
  'share.embed': 'Embed in a page',
  'share.embedWhich': 'What the embedded map shows',
  'share.pinned':
    'This date ({date}) and this data release ({release}): for an article about that day',
  'share.live': 'Live: today, with the latest data',
  'share.language': 'Language',
  'share.theme': 'Colours',
  'share.themeLight': 'Light',
  'share.themeDark': 'Dark',
  'share.themeAuto': 'As the reader’s system',
  'share.still': 'Still map (no slider)',
  'share.embedCode': 'Embed code',
  'share.embedTitle': 'Map: who recognises the Taliban government',
  'share.copyEmbed': 'Copy embed code',
  'share.embedCopied': 'The embed code is copied.',
  'share.embedHint':
    'The frame sizes itself on every screen. The script is the one Datawrapper embeds use; pages that already load Datawrapper’s, Pym.js or AMP’s own scripts need only the iframe.',
  'share.download': 'Download',
  'share.png': 'Image (PNG)',
  'share.png2x': 'Image, double size (PNG)',
  'share.svg': 'Image (SVG)',
  'share.statusesCsv': 'Statuses on this date (CSV)',
  'share.statusesJson': 'Statuses on this date (JSON)',
  'share.eventsCsv': 'All events with sources (CSV)',
  'share.eventsJson': 'All events with sources (JSON)',
  'share.print': 'Print',
  'share.licence': 'Data: {licence}. Every download says how to cite it.',
  'share.downloaded': 'Downloaded {file}.',
  'share.imageSource':
    'Source: Recognition Map, data release {release} (checked {checked}), {licence}; news reports cited per event. Map: Natural Earth.',
  'share.correction': 'Spotted an error?',
  'lesson.roledescription': 'lesson step',
  'lesson.stepOf': 'Step {step} of {total}',
  'lesson.sources': 'Sources:',
  'lesson.question': 'Question for the class',
  'lesson.navigation': 'Lesson steps',
  'lesson.previous': 'Previous step',
  'lesson.next': 'Next step',
  'lesson.exit': 'Leave the lesson',
  'compare.then': 'Then',
  'compare.now': 'Now',
  'compare.close': 'Back to one map',

  'present.next': 'Next',
  'present.previous': 'Back',
  'present.blank': 'Blank the screen',
  'present.exit': 'Leave the presentation',
  'present.blanked': 'The screen is blank: press B to show it again.',
  'table.filterName': 'Filter by name',
  'table.filterStatus': 'Status',
  'table.allStatuses': 'All statuses',
  'table.shown': {
    one: '{count} of {total} countries and territories',
    other: '{count} of {total} countries and territories',
  },
  'table.captionAll': 'Every country on {date}',
  'table.source': 'Source',
  'table.moreSources': { one: '(+{count} more)', other: '(+{count} more)' },

  'announce.summary': '{date}: {parts}.',
  'announce.none': 'no state has relations with the Taliban government',
  'announce.recognized': { one: '{count} state recognises', other: '{count} states recognise' },
  'announce.ambassador': {
    one: '{count} state accepts a Taliban ambassador',
    other: '{count} states accept a Taliban ambassador',
  },
  'announce.charge': {
    one: '{count} state hosts a Taliban-run mission',
    other: '{count} states host a Taliban-run mission',
  },
  'announce.contact': {
    one: '{count} state has working contacts',
    other: '{count} states have working contacts',
  },
  'announce.withdrawn': {
    one: '{count} state has withdrawn recognition',
    other: '{count} states have withdrawn recognition',
  },
  'announce.changed': 'Changed: {changes}.',
  'announce.change': '{actor}: {what}',
  'type.formal_recognition': 'Formal recognition',
  'type.recognition_withdrawn': 'Recognition withdrawn',
  'type.relations_downgraded': 'Relations downgraded',
  'type.taliban_ambassador_accepted': 'Taliban ambassador accepted',
  'type.taliban_mission_accepted': 'Taliban-run mission accepted',
  'type.taliban_staff_accepted': 'Taliban staff accepted',
  'type.ambassador_designate_arrived': 'Ambassador-designate arrives',
  'type.ambassador_accredited_to_taliban': 'Own ambassador accredited in Kabul',
  'type.mission_in_kabul_reopened': 'Mission in Kabul reopened',
  'type.mission_in_kabul_closed': 'Mission in Kabul closed',
  'type.mission_upgraded': 'Mission upgraded',
  'type.contact_without_recognition': 'Contacts without recognition',
  'type.protecting_power': 'Protecting power',
  'type.republic_mission_persists': 'Republic-era mission remains',
  'type.republic_mission_cooperating': 'Republic-era mission cooperates with Kabul',
  'type.republic_mission_closed': 'Republic-era mission closed',
  'type.terror_designation_removed': 'Removed from terrorist list',
  'type.armed_conflict': 'Armed conflict',
  'type.baseline_statement': 'Situation report',
  'type.context_capital_captured': 'Kabul taken',
  'type.context_government_formed': 'Government formed',
  'type.context_regime_end': 'End of Taliban rule',
  'type.taliban_disowns_republic_missions': 'Taliban disown republic-era missions',
  'type.un_credentials': 'UN seat',
  'type.un_sanctions': 'UN sanctions',
  'type.formal_recognition_by_nonstate': 'Recognition by a non-state entity',
  'type.mutual_recognition_nonstate': 'Recognition of a non-state entity',
  'type.embassy_opened': 'Embassy opened',

  'about.title': 'About the data',
  'about.intro':
    'This map shows, for any day of the two periods of Taliban rule, how each state dealt with the Taliban government, from formal recognition to no relations. Every status comes from a dated event with its sources; open a country to see them.',
  'about.statuses': 'What the colours mean',
  'about.rules': 'How to read the map',
  'about.rule.status':
    'A state’s status on a day is the one set by its latest event on or before that day; with no event it has no relations.',
  'about.rule.since':
    '“Since” is the first day of the latest unbroken run of that status: Russia has recognised since 3 Jul 2025, although it accepted the ambassador’s credentials later.',
  'about.rule.approximate':
    'When the sources give only a month or a year, the event counts from its first day (or from a later day the sources prove) and the map says “around”; “by” means the sources show it had happened by then. These are drawn with a dotted outline.',
  'about.rule.eras':
    'The first period runs from 27 Sep 1996, when the Taliban took Kabul, to 7 Dec 2001, the fall of Kandahar. From 8 Dec 2001 to 14 Aug 2021 there was no Taliban government. The second period runs from 15 Aug 2021 to today, and starts from no relations for every state.',
  'about.rule.counts': 'Counts are of the 193 UN member states; Afghanistan is shown on its own.',
  'about.rule.claims':
    'Claims that rest only on Taliban statements (Qatar 2022, Kyrgyzstan and Malaysia by Feb 2023) are shown, marked as low confidence and unconfirmed.',
  'about.rule.asOf':
    'The data was last checked against its sources on {date}; later days are not yet reviewed.',
  'about.uncertain': 'What could not be confirmed',
  'about.unSeat': 'Afghanistan’s seat at the UN',
  'about.sources': 'Sources',
  'about.sourcesText':
    'The {events} events cite {sources} news reports from {outlets} outlets and agencies; each country’s panel lists them with links. Descriptions are written for this project in neutral words.',
  'about.dataFile': 'The dataset (JSON)',
  'about.cite': 'How to cite',
  'about.licence': 'Licences',
  'about.licenceData': 'The dataset may be reused with credit under',
  'about.licenceMap': 'Country shapes: Natural Earth (public domain), through world-atlas.',
  'about.licenceCode': 'The code is open source (MIT licence).',
  'about.corrections': 'Corrections log',
  // The country panel (it opens after the first view).
  'confidence.high': 'High confidence',
  'confidence.medium': 'Medium confidence',
  'confidence.low': 'Low confidence',
  'precision.day': 'exact day',
  'precision.month': 'month only',
  'precision.year': 'year only',
  'precision.no-later-than': 'by this date',

  'panel.close': 'Close',
  'panel.onDate': 'On {date}',
  'panel.noEvents':
    'No recorded events: no relations with the Taliban government in either period.',
  'panel.sources': 'Sources',
  'panel.showOnMap': 'Show on the map',
  'panel.later': 'Later',
  'timeline.count': {
    one: '{count} state has had relations with the Taliban government',
    other: '{count} states have had relations with the Taliban government',
  },
  'timeline.order': 'Order',
  'timeline.order.since': 'First relations',
  'timeline.order.status': 'Status today',
  'timeline.order.country': 'Name',
  'timeline.selected': 'Date shown: {date}',
  'timeline.hint': 'Choose a period to show its first day on the map, with the state’s history.',
  'timeline.caption': 'Each state’s relations with the Taliban government, period by period',
  'timeline.periods': 'Periods',
  'timeline.range': '{from} – {to}',
  'timeline.around': 'around {date}',
  'timeline.today': 'today',
  'timeline.choose': '{country}: {period}. Show on the map',
  'compare.changes': 'What changed between the two dates',
  'compare.changesCount': {
    one: '{count} state has a different status on the two dates',
    other: '{count} states have a different status on the two dates',
  },
  'compare.noChanges': 'No state’s status differs between the two dates.',
  'compare.fromTo': '{from} → {to}',
  'compare.counts': 'UN member states by status',
  'table.members': 'UN member states among them: {count}',
  'timeline.period': '{status}, {range}',
  'changes.printLatest': 'Latest events: {count} of {total}',
} as const satisfies Record<string, string | PluralMessage>;

export type ExtraMessages = typeof enExtra;
export default enExtra;
