/**
 * The interface's English catalogue, with `en-extra.ts`: every string a reader sees lives in the
 * two. This part is what the first view needs; the extra part loads with the controls. Other
 * locales have the same keys and placeholders (a test checks). `{name}` is a placeholder; an
 * object is a plural message chosen by `{count}` with Intl.PluralRules.
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
  'load.network': 'The data file {file} could not be fetched ({detail}). Check your connection.',
  'load.http': 'The server answered {status} for {file}.',
  'load.corrupt': 'The data file {file} is damaged ({detail}).',
  'load.invalid': 'The data file {file} failed its checks ({detail}).',
  'load.timeout': 'The data file {file} did not arrive ({detail}).',
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

  'since.day': 'since {date}',
  'since.approx': 'since around {date}',
  'since.by': 'by {date}',
  'since.none': 'No recorded relations in this period',

  'confidence.lowClaim': 'Unconfirmed: rests on a claim the host has not confirmed',
  'doubt.notice': 'Status uncertain since {date}',

  'era.1.name': 'First Taliban rule',
  'era.2.name': 'Second Taliban rule',
  'era.gap.name': 'No Taliban government',
  'era.gap.card':
    'From December 2001 to August 2021 there was no Taliban government: Afghanistan was governed by the Islamic Republic, which held its UN seat.',

  'place.kosovo': 'Kosovo',
  'place.northern-cyprus': 'Northern Cyprus',
  'place.somaliland': 'Somaliland',
  'entity.un': 'United Nations',
  'entity.ichkeria': 'Chechen Republic of Ichkeria',

  'uncertain.approximate': 'The exact day is not known',

  'map.roledescription': 'map',
  'map.label': 'Map of relations with the Taliban government, {date}',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.zoomReset': 'Reset zoom',
  'map.afghanistan': 'governed by the Taliban',
  'map.description': 'World map of relations with the Taliban government on {date}.',
  'map.describeStatus': {
    one: '{status}: {count} state ({names}).',
    other: '{status}: {count} states ({names}).',
  },
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
  'legend.title': 'Relations with the Taliban government',
  'legend.count': '{count} of {total}',
  'legend.uncertain': 'Approximate date or unconfirmed',
  'legend.marker': 'State too small to draw',
  'legend.noData': 'No data',
  'legend.allOthers': 'All other UN member states',
  'legend.showAll': 'Show all {count}',
  'legend.noMembers': 'No UN member state in this group on this day',

  'changes.title': 'What changed',
  'changes.empty': 'Nothing recorded yet in this period.',
  'changes.context': 'Context',

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
  'notice.offline':
    'You are offline: the map shows the data saved on your last visit, checked on {date}.',
  'notice.reload': 'Reload',
  'notice.updateReady': 'A newer version of the map has been published.',
  'notice.offlineCopy': 'You are offline: the map uses the copies saved on your last visit.',
  'notice.keptCopyUndated': '{problem} The map uses the copy saved on your last visit.',
  'notice.keptCopy':
    '{problem} The map shows the copy saved on your last visit, with data checked on {date}.',
  // English only: it is shown when another language could not load.
  'notice.languageFailed':
    'The map could not load {language}, so it is shown in English. Reload the page to try again.',

  'gap.title': 'Twenty years with no Taliban government',
  'gap.dates': '8 December 2001 – 14 August 2021',

  'app.language': 'Language',
  'app.calendar': 'Calendar shown first',
  'app.calendarGregory': 'Gregorian',
  'app.calendarPersian': 'Solar Hijri',
  'app.translated': 'Translated from English',
  'app.showOriginal': 'Show the English original',
  'app.showTranslation': 'Show the translation',
  'app.about': 'About the data',
  'app.aboutShort': 'About',
  'app.more': 'More',
  'app.slowLoad': 'Still loading: the connection may be slow.',
  'footer.sources': 'Sources: the news reports cited for each event.',
  'footer.licence': 'Data: CC BY 4.0. Map shapes: Natural Earth.',

  'share.open': 'Share',
  'share.correctionLink': 'Report a correction',
  'embed.fullMap': 'Full map ↗',
  'embed.getData': 'Get the data ↗',
  'embed.downloadImage': 'Download image ↗',
  'release.note': 'Data as published on {date}.',
  'release.latest': 'See the latest data',

  'lesson.start': 'Guided lesson',
  'view.label': 'View',
  'view.map': 'Map',
  'view.table': 'Table',
  'view.compare': 'Then and now',

  'present.start': 'Start the presentation',
  'present.open': 'Present',
  'present.intro':
    'Full screen, large type. Presenter keys: → or Page Down next, ← or Page Up back, B blanks the screen, Esc leaves.',
  'view.timeline': 'Timeline',
  'slider.yearOnly': '{date}, year only',
  'slider.monthOnly': '{date}, month only',
  'slider.speed': 'Play speed',
  'legend.todayMembers': 'Counts are of the {total} states that are UN members today.',
} as const satisfies Record<string, string | PluralMessage>;

export type CoreMessages = typeof en;
export default en;
