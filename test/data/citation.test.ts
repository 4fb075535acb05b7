// CITATION.cff, read as citation tools read it: validated against the Citation File Format's
// own schema (test/fixtures/cff-1.2.0.schema.json, from citation-file-format/
// citation-file-format, CC BY 4.0) and parsed by citation-js's CFF reader. It must agree with the
// dataset's `meta.cite`, which the About page shows under "How to cite".
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-cff';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../helpers/dataset.ts';

const text = readFileSync('CITATION.cff', 'utf8');
const cff = YAML.parse(text) as Record<string, unknown> & {
  'preferred-citation': Record<string, string>;
};
const { meta } = realDataset();

describe('CITATION.cff', () => {
  it('is valid CFF 1.2.0', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync('test/fixtures/cff-1.2.0.schema.json', 'utf8')) as object,
    );
    expect(validate(cff), JSON.stringify(validate.errors)).toBe(true);
    expect(cff['cff-version']).toBe('1.2.0');
  });

  it('is read by a citation tool: the software, and the dataset as the preferred citation', () => {
    const [software, dataset] = new Cite(text).data as Record<string, unknown>[];
    expect(software).toMatchObject({ type: 'software', title: 'Recognition Map' });
    expect(dataset).toMatchObject({
      type: 'dataset',
      title: cff['preferred-citation'].title,
      version: meta.release,
    });
  });

  it('agrees with the About page\'s "How to cite" (meta.cite): title, release, checked, licence', () => {
    const cite = cff['preferred-citation'];
    expect(meta.cite).toBe(
      `${cite.title} (data release ${cite.version}, checked ${meta.asOf}). Each event cites its news sources.`,
    );
    expect(cite.version).toBe(meta.release);
    expect(cite['date-released']).toBe(meta.release);
    expect(cite.notes).toBe(
      `Data release ${meta.release}, checked ${meta.asOf}. Each event cites its news sources.`,
    );
    expect(cite.license).toBe(meta.licence.name.replace(/ /g, '-'));
  });
});
