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

  'status.recognized.definition':
    'Formal (de jure) recognition of the Islamic Emirate, confirmed by the recognising state.',
  'status.ambassador.definition':
    'No formal recognition, but the host accepted the credentials of a Taliban-appointed ambassador.',
  'status.charge.definition':
    "Taliban appointees run the Afghan embassy or a consulate in the host country, headed by a chargé d'affaires or lower.",
  'status.contact.definition':
    'Working relations without a Taliban-run mission: its own embassy or technical mission in Kabul, a non-resident envoy, or Taliban consular staff only.',
  'status.none.definition':
    "No relations with the Taliban government. The default; where the former republic's embassy still works, the country's history says so.",
  'status.withdrawn.definition':
    'Recognised the Taliban earlier, then withdrew recognition or cut all ties (2001).',
  'status.afghanistan.definition': 'Afghanistan itself, governed by the Taliban in these periods.',
  'status.no-data.definition':
    "Places the map's source draws without an ISO country code (Kosovo, Northern Cyprus, Somaliland).",

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
} as const satisfies Record<string, string | PluralMessage>;

export type Messages = typeof en;
export type MessageKey = keyof Messages;
export default en;
