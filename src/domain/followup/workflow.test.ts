import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JUDGEMENT_ACTIONS, JUDGEMENT_STATUSES, type JudgementStatus } from './types';
import { availableActions, transition } from './workflow';

const OWNER = { mayWrite: true, mayApprove: false };
const EDITOR = { mayWrite: true, mayApprove: true };
const READER = { mayWrite: false, mayApprove: false };

describe('the judgement workflow', () => {
  it('goes draft → submitted → approved for a reporter who writes and an editor who approves', () => {
    expect(transition(null, 'save', OWNER)).toEqual({ ok: true, to: 'draft' });
    expect(transition('draft', 'save', OWNER)).toEqual({ ok: true, to: 'draft' });
    expect(transition('draft', 'submit', OWNER)).toEqual({ ok: true, to: 'submitted' });
    expect(transition('submitted', 'approve', EDITOR)).toEqual({ ok: true, to: 'approved' });
  });

  it('lets an editor return a submitted or an approved judgement to draft', () => {
    expect(transition('submitted', 'return', EDITOR)).toEqual({ ok: true, to: 'draft' });
    expect(transition('approved', 'return', EDITOR)).toEqual({ ok: true, to: 'draft' });
  });

  it('forbids a reporter to approve or return, even their own node', () => {
    expect(transition('submitted', 'approve', OWNER)).toMatchObject({ ok: false, reason: 'forbidden', message: expect.stringContaining('redaktörer') });
    expect(transition('submitted', 'return', OWNER)).toMatchObject({ ok: false, reason: 'forbidden' });
  });

  it('forbids someone who may not write to save or submit', () => {
    expect(transition(null, 'save', READER)).toMatchObject({ ok: false, reason: 'forbidden', message: expect.stringContaining('ansvarig') });
    expect(transition('draft', 'submit', READER)).toMatchObject({ ok: false, reason: 'forbidden' });
  });

  it('keeps an approved judgement locked until it is returned', () => {
    const save = transition('approved', 'save', EDITOR);
    expect(save).toMatchObject({ ok: false, reason: 'conflict', message: expect.stringContaining('godkänd och låst') });
    expect(transition('approved', 'submit', EDITOR)).toMatchObject({ ok: false, reason: 'conflict' });
    expect(transition('approved', 'approve', EDITOR)).toMatchObject({ ok: false, reason: 'conflict', message: 'Bedömningen är redan godkänd.' });
  });

  it('refuses to approve a draft or a judgement that does not exist', () => {
    expect(transition('draft', 'approve', EDITOR)).toMatchObject({ ok: false, reason: 'conflict', message: expect.stringContaining('Skicka in den först') });
    expect(transition(null, 'submit', EDITOR)).toMatchObject({ ok: false, reason: 'conflict', message: expect.stringContaining('Spara ett utkast först') });
    expect(transition('draft', 'return', EDITOR)).toMatchObject({ ok: false, reason: 'conflict' });
  });

  it('lists the actions that will work', () => {
    expect(availableActions(null, OWNER)).toEqual(['save']);
    expect(availableActions('draft', OWNER)).toEqual(['save', 'submit']);
    expect(availableActions('submitted', OWNER)).toEqual([]);
    expect(availableActions('submitted', EDITOR)).toEqual(['approve', 'return']);
    expect(availableActions('approved', EDITOR)).toEqual(['return']);
    expect(availableActions('approved', READER)).toEqual([]);
  });

  it('never reaches approved without passing submitted, whatever is tried', () => {
    const status = fc.constantFrom<JudgementStatus | null>(null, ...JUDGEMENT_STATUSES);
    const step = fc.record({ action: fc.constantFrom(...JUDGEMENT_ACTIONS), mayWrite: fc.boolean(), mayApprove: fc.boolean() });
    fc.assert(
      fc.property(status, fc.array(step, { maxLength: 20 }), (start, steps) => {
        let current = start;
        for (const s of steps) {
          const r = transition(current, s.action, s);
          if (!r.ok) continue;
          if (r.to === 'approved') expect(current).toBe('submitted');
          if (r.to !== current && (s.action === 'approve' || s.action === 'return')) expect(s.mayApprove).toBe(true);
          current = r.to;
        }
      }),
    );
  });
});
