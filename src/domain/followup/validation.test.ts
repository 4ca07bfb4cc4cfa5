import { describe, expect, it } from 'vitest';
import { analysisReasons, validateDraft, validateForSubmit } from './validation';
import { proposedJudgement } from './types';

const MEASURE = 'Andel vårdskador, sluten somatisk vård';
const allMet = { status: 'met' as const, notMetMeasures: [] };
const oneNotMet = { status: 'partly-met' as const, notMetMeasures: [MEASURE] };

describe('judgement validation', () => {
  it('proposes the judgement that the computed status says, and "ej bedömt" without values', () => {
    expect(proposedJudgement('met')).toBe('met');
    expect(proposedJudgement('partly-met')).toBe('partly');
    expect(proposedJudgement('not-met')).toBe('not-met');
    expect(proposedJudgement('no-value')).toBe('not-assessed');
    expect(proposedJudgement('not-measurable')).toBe('not-assessed');
  });

  it('lets a draft be incomplete', () => {
    expect(validateDraft({ judgement: null, analysis: '', actions: '' })).toEqual([]);
  });

  it('requires a judgement to submit', () => {
    expect(validateForSubmit({ judgement: null, analysis: '', actions: '' }, allMet)).toEqual([
      { path: 'judgement', message: expect.stringContaining('Välj en bedömning') },
    ]);
  });

  it('accepts the proposal without an analysis when every measure is met', () => {
    expect(validateForSubmit({ judgement: 'met', analysis: '', actions: '' }, allMet)).toEqual([]);
  });

  it('requires an analysis when a measure under the node is not met, naming the measure', () => {
    const errors = validateForSubmit({ judgement: 'partly', analysis: '  ', actions: '' }, oneNotMet);
    expect(errors).toEqual([{ path: 'analysis', message: `Skriv en analys: måttet "${MEASURE}" är inte uppfyllt.` }]);
    expect(validateForSubmit({ judgement: 'partly', analysis: 'Fler vårdskador under sommaren.', actions: '' }, oneNotMet)).toEqual([]);
  });

  it('requires an analysis when the judgement differs from the proposal', () => {
    const errors = validateForSubmit({ judgement: 'partly', analysis: '', actions: '' }, allMet);
    expect(errors[0]!.message).toBe('Skriv en analys: bedömningen (delvis uppfyllt) skiljer sig från förslaget (uppfyllt).');
    expect(analysisReasons({ judgement: 'met' }, allMet)).toEqual([]);
    expect(analysisReasons({ judgement: 'not-assessed' }, { status: 'no-value', notMetMeasures: [] })).toEqual([]);
  });

  it('names every measure not met', () => {
    const errors = validateForSubmit({ judgement: 'not-met', analysis: '', actions: '' }, { status: 'not-met', notMetMeasures: ['A', 'B'] });
    expect(errors[0]!.message).toBe('Skriv en analys: måtten "A", "B" är inte uppfyllda.');
  });

  it('limits the length of the texts', () => {
    const long = 'x'.repeat(20_001);
    expect(validateDraft({ judgement: null, analysis: long, actions: long }).map((e) => e.path)).toEqual(['analysis', 'actions']);
  });
});
