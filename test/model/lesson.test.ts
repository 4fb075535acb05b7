import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/model/index.ts';
import { parseLesson } from '../../src/model/lesson.ts';
import { realDataset } from '../helpers/dataset.ts';

const lessonJson = () =>
  JSON.parse(readFileSync(new URL('../../data/lessons/1.json', import.meta.url), 'utf8'));

function errorsOf(json: unknown) {
  try {
    parseLesson(json, realDataset(), 'data/lessons/bad.json');
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as DatasetError).issues;
  }
  throw new Error('expected the lesson to be rejected');
}

describe('parseLesson(json, dataset, file)', () => {
  it('accepts the built-in lesson: at least ten steps over both eras, with a gap card', () => {
    const lesson = parseLesson(lessonJson(), realDataset(), 'data/lessons/1.json');
    expect(lesson.id).toBe('1');
    expect(lesson.steps.length).toBeGreaterThanOrEqual(10);
    expect(lesson.steps.some((s) => s.gap && s.date === '2001-12-07')).toBe(true);
    expect(
      lesson.steps.some((s) => typeof s.date === 'string' && s.date < '2001-12-08' && !s.gap),
    ).toBe(true);
    expect(lesson.steps.some((s) => s.date === 'today' || s.date >= '2021-08-15')).toBe(true);
    for (const s of lesson.steps) {
      expect(s.question.endsWith('?'), `step ${s.number} asks a question`).toBe(true);
      expect(
        s.events.flatMap((e) => e.sources).length,
        `step ${s.number} has sources`,
      ).toBeGreaterThan(0);
    }
  });

  it('names the file, the step and the field of each error', () => {
    const bad = lessonJson();
    bad.steps[1].events = ['no-such-event'];
    bad.steps[2].date = '2010-01-01';
    bad.steps[3].question = '';
    bad.steps[4].gap = true;
    const issues = errorsOf(bad);
    expect(issues.map((i) => [i.eventId, i.field])).toEqual([['step 4', 'question']]);
    expect(issues[0]!.file).toBe('data/lessons/bad.json');
    delete bad.steps[3].question;
    bad.steps[3].question = 'Why?';
    const semantic = errorsOf(bad);
    expect(semantic.map((i) => [i.eventId, i.field, i.message])).toEqual([
      ['step 2', 'events', 'unknown event id "no-such-event"'],
      [
        'step 3',
        'date',
        'date 2010-01-01 is outside both eras: for the years between them use "gap": true',
      ],
      ['step 5', 'date', 'the gap step shows the 2001 map under a card: leave its date out'],
    ]);
  });

  it('rejects a step without a date or a source', () => {
    const bad = lessonJson();
    delete bad.steps[0].date;
    bad.steps[1].events = [];
    const issues = errorsOf(bad);
    expect(issues.map((i) => [i.eventId, i.field])).toEqual([['step 2', 'events']]);
  });
});
