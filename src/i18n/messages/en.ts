/**
 * The interface's English catalogue: every string a reader sees lives here. Other locales have the
 * same keys and placeholders (a test checks). `{name}` is a placeholder; an object is a plural
 * message chosen by `{count}` with Intl.PluralRules.
 *
 * Status names and definitions are quoted in data/README.md; a test keeps the two identical.
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

const en = {
  'app.title': 'Who recognises the Taliban government?',
  'app.subtitle':
    'States that recognise, or deal with, the Islamic Emirate of Afghanistan, day by day: 1996–2001 and 2021 to today.',
  'app.asOf': 'Data checked {date}',
  'app.loading': 'Loading the map…',
  'app.skipToMap': 'Skip to the map',

  'load.failed': 'The map could not load its data.',
  'load.network': 'The data file could not be fetched ({detail}). Check your connection.',
  'load.http': 'The server answered {status} for {file}.',
  'load.corrupt': 'The data file is damaged: {detail}',
  'load.invalid': 'The data file failed its checks: {detail}',
  'load.retry': 'Try again',

  'status.recognized.name': 'Recognises',
  'status.ambassador.name': 'Accepts a Taliban ambassador',
  'status.charge.name': 'Taliban-run mission',
  'status.contact.name': 'Working contacts',
  'status.none.name': 'No relations',
  'status.withdrawn.name': 'Withdrew recognition',
  'status.afghanistan.name': 'Afghanistan',
  'status.no-data.name': 'No data',

  // One line each: the legend and data/README.md quote them.
  'status.recognized.definition':
    'Formal (de jure) recognition, confirmed by the recognising state.',
  'status.ambassador.definition':
    'No recognition, but it accepted a Taliban ambassador’s credentials.',
  'status.charge.definition': 'Taliban appointees run the Afghan embassy or a consulate there.',
  'status.contact.definition': 'Working relations, without a Taliban-run mission.',
  'status.none.definition': 'No relations with the Taliban government (the default).',
  'status.withdrawn.definition': 'Recognised the Taliban, then withdrew or cut all ties (2001).',
  'status.afghanistan.definition': 'Afghanistan itself, governed by the Taliban in these periods.',
  'status.no-data.definition': 'Places the map’s source draws without an ISO country code.',

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

  'since.day': 'since {date}',
  'since.approx': 'since around {date}',
  'since.by': 'by {date}',
  'since.none': 'No recorded relations in this period',

  'confidence.high': 'High confidence',
  'confidence.medium': 'Medium confidence',
  'confidence.low': 'Low confidence',
  'confidence.lowClaim': 'Unconfirmed: rests on a claim the host has not confirmed',
  'doubt.notice': 'Status uncertain since {date}',

  'precision.day': 'exact day',
  'precision.month': 'month only',
  'precision.year': 'year only',
  'precision.no-later-than': 'by this date',

  'era.1.name': 'First Taliban rule',
  'era.2.name': 'Second Taliban rule',
  'era.1.range': '27 Sep 1996 – 7 Dec 2001',
  'era.gap.name': 'No Taliban government',
  'era.gap.card':
    'From December 2001 to August 2021 there was no Taliban government: Afghanistan was governed by the Islamic Republic, which held its UN seat.',

  'place.kosovo': 'Kosovo',
  'place.northern-cyprus': 'Northern Cyprus',
  'place.somaliland': 'Somaliland',
  'entity.un': 'United Nations',
  'entity.ichkeria': 'Chechen Republic of Ichkeria',

  'table.caption': 'States with relations with the Taliban government on {date}',
  'table.country': 'State',
  'table.status': 'Status',
  'table.since': 'Since',
  'table.empty': 'No state had relations with the Taliban government on this day.',

  'count.states': { one: '{count} state', other: '{count} states' },
  'uncertain.approximate': 'The exact day is not known',

  'map.roledescription': 'map',
  'map.label': 'Map of relations with the Taliban government, {date}',
  'map.openDetails': 'Show details',
  'map.afghanistan': 'governed by the Taliban',
  'map.description': 'World map of relations with the Taliban government on {date}.',
  'map.describeStatus': { one: '{count} {status}: {names}.', other: '{count} {status}: {names}.' },
  'map.describeNone': 'No state had relations with the Taliban government.',
  'map.keyboardHint': 'Arrow keys move between countries, Enter opens one, letters jump by name.',

  'region.label': 'Map view',
  'region.world': 'World',
  'region.asia': 'Middle East and Asia',

  'slider.label': 'Date',
  'slider.play': 'Play',
  'slider.pause': 'Pause',
  'slider.previousEvent': 'Previous event',
  'slider.nextEvent': 'Next event',
  'slider.gap': '2001–2021: no Taliban government',
  'slider.unreviewed': 'after {date}, not yet reviewed',
  'slider.unreviewedNote': 'Days after {date} are not yet reviewed.',

  'legend.title': 'Relations with the Taliban government',
  'legend.count': '{count} of {total}',
  'legend.total': 'Counts are of the {total} UN member states.',
  'legend.uncertain': 'Approximate date or unconfirmed',
  'legend.marker': 'State too small to draw',
  'legend.noData': 'No data',

  'changes.title': 'What changed',
  'changes.empty': 'Nothing recorded yet in this period.',
  'changes.context': 'Context',

  'panel.close': 'Close',
  'panel.onDate': 'On {date}',
  'panel.noEvents':
    'No recorded events: no relations with the Taliban government in either period.',
  'panel.sources': 'Sources',
  'panel.showOnMap': 'Show on the map',
  'panel.later': 'Later',
  'search.label': 'Find a country',
  'search.placeholder': 'Find a country',
  'search.results': 'Countries',
  'search.none': 'No country found',

  'notice.title': 'About this link',
  'notice.badDate':
    'The date “{value}” in the link is not a date (use YYYY-MM-DD), so the map shows today.',
  'notice.snapped.gap-to-era-1':
    'There was no Taliban government on {value}: the map shows {to}, the last day of the first period.',
  'notice.snapped.gap-to-era-2':
    'There was no Taliban government on {value}: the map shows {to}, the first day of the second period.',
  'notice.snapped.future': '{value} is in the future: the map shows today, {to}.',
  'notice.snapped.before-start':
    'The map starts on {to}, when the Taliban took Kabul; {value} is earlier.',
  'notice.unknownCountry': '“{value}” is not a country on this map, so no country is open.',
  'notice.badValue': 'The link’s {param} “{value}” is not one the map knows, so it was ignored.',
  'notice.dismiss': 'Dismiss',

  'gap.title': 'Twenty years with no Taliban government',
  'gap.dates': '8 December 2001 – 14 August 2021',

  'app.about': 'About the data',
  'app.aboutShort': 'About',
  'app.slowLoad': 'Still loading: the connection may be slow.',
  'footer.sources': 'Sources: the news reports cited for each event.',
  'footer.licence': 'Data: CC BY 4.0. Map shapes: Natural Earth.',

  'share.open': 'Share',
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
  'share.correctionLink': 'Report a correction',
  'embed.fullMap': 'Full map ↗',
  'release.note': 'Data as published on {date}.',
  'release.latest': 'See the latest data',

  'lesson.roledescription': 'lesson step',
  'lesson.stepOf': 'Step {step} of {total}',
  'lesson.sources': 'Sources:',
  'lesson.question': 'Question for the class',
  'lesson.navigation': 'Lesson steps',
  'lesson.previous': 'Previous step',
  'lesson.next': 'Next step',
  'lesson.exit': 'Leave the lesson',
  'lesson.start': 'Guided lesson',
  'lesson.missing': 'The lesson “{id}” could not be loaded.',

  'view.label': 'View',
  'view.map': 'Map',
  'view.table': 'Table',
  'view.compare': 'Then and now',

  'compare.then': 'Then',
  'compare.now': 'Now',
  'compare.close': 'Back to one map',
  'compare.counts':
    '{recognized} recognise · {ambassador} accept an ambassador · {charge} Taliban-run missions · {contact} working contacts · {withdrawn} withdrew',

  'present.start': 'Start the presentation',
  'present.open': 'Present',
  'present.intro':
    'Full screen, large type. Presenter keys: → or Page Down next, ← or Page Up back, B blanks the screen, Esc leaves.',
  'present.next': 'Next',
  'present.previous': 'Back',
  'present.blank': 'Blank the screen',
  'present.exit': 'Leave the presentation',
  'present.blanked': 'The screen is blank: press B to show it again.',
  'present.contrast': 'High contrast',

  'table.filterName': 'Filter by name',
  'table.filterStatus': 'Status',
  'table.allStatuses': 'All statuses',
  'table.shown': { one: '{count} of {total} countries', other: '{count} of {total} countries' },
  'table.captionAll': 'Every country on {date}',
  'table.source': 'Source',
  'table.moreSources': { one: '(+{count} more)', other: '(+{count} more)' },

  'announce.summary': '{date}: {parts}.',
  'announce.none': 'no state has relations with the Taliban government',
  'announce.recognized': { one: '{count} state recognises', other: '{count} states recognise' },
  'announce.ambassador': {
    one: '{count} accepts a Taliban ambassador',
    other: '{count} accept a Taliban ambassador',
  },
  'announce.charge': {
    one: '{count} hosts a Taliban-run mission',
    other: '{count} host a Taliban-run mission',
  },
  'announce.contact': {
    one: '{count} has working contacts',
    other: '{count} have working contacts',
  },
  'announce.withdrawn': {
    one: '{count} has withdrawn recognition',
    other: '{count} have withdrawn recognition',
  },
  'announce.changed': 'Changed: {changes}.',
  'announce.change': '{actor}: {what}',
  'announce.gap': 'There was no Taliban government from December 2001 to August 2021.',

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
} as const satisfies Record<string, string | PluralMessage>;

export type Messages = typeof en;
export type MessageKey = keyof Messages;
export default en;
