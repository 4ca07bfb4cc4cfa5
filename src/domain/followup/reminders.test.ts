import { describe, expect, it } from 'vitest';
import type { OwnerMissing } from './missing';
import { parseReminderDays, planReminders, reminderDedupeKey, reminderStage, reminderText } from './reminders';

const owners: OwnerMissing[] = [
  {
    ownerUserId: 3,
    items: [
      { kind: 'value', id: 11, title: 'Andel vårdskador, sluten somatisk vård', nodeId: 1, overdue: false },
      { kind: 'judgement', id: 1, title: 'En hållbar verksamhet med hög säkerhet', nodeId: 1, overdue: false },
      { kind: 'approval', id: 2, title: 'God, nära och samordnad vård', nodeId: 2, overdue: false },
    ],
  },
  { ownerUserId: 4, items: [{ kind: 'approval', id: 2, title: 'God, nära och samordnad vård', nodeId: 2, overdue: false }] },
  { ownerUserId: null, items: [{ kind: 'value', id: 12, title: 'Väntetid', nodeId: 1, overdue: false }] },
];

describe('reminderStage', () => {
  it('is before from N days ahead through the deadline day, after for thirty days past it, else nothing', () => {
    expect(reminderStage('2022-09-07', '2022-09-15', 7)).toBeNull();
    expect(reminderStage('2022-09-08', '2022-09-15', 7)).toBe('before');
    expect(reminderStage('2022-09-15', '2022-09-15', 7)).toBe('before');
    expect(reminderStage('2022-09-16', '2022-09-15', 7)).toBe('after');
    expect(reminderStage('2022-10-15', '2022-09-15', 7)).toBe('after');
    expect(reminderStage('2022-10-16', '2022-09-15', 7)).toBeNull();
    expect(reminderStage('2022-09-14', '2022-09-15', 0)).toBeNull();
  });
});

describe('planReminders', () => {
  it('mails each owner what they can still deliver, not approvals nor the unowned', () => {
    const r = planReminders({ stage: 'before', owners, editorIds: [], notMetWithoutAction: [] });
    expect(r).toEqual([
      {
        kind: 'before',
        userId: 3,
        items: [
          { title: 'Andel vårdskador, sluten somatisk vård', kind: 'value' },
          { title: 'En hållbar verksamhet med hög säkerhet', kind: 'judgement' },
        ],
      },
    ]);
  });

  it('gives every editor, once, the not-met measures without action', () => {
    const r = planReminders({ stage: 'after', owners: [], editorIds: [7, 5, 7], notMetWithoutAction: [{ id: 11, name: 'Andel vårdskador' }] });
    expect(r.map((x) => [x.kind, x.userId])).toEqual([
      ['no-action', 5],
      ['no-action', 7],
    ]);
  });

  it('sends nothing for a complete period', () => {
    expect(planReminders({ stage: 'after', owners: [], editorIds: [5], notMetWithoutAction: [] })).toEqual([]);
  });

  it('keys one mail per person, kind, plan and period', () => {
    expect(reminderDedupeKey(2, '2022-DÅ08', { kind: 'before', userId: 3 })).toBe('followup-reminder:2:2022-DÅ08:before:3');
    expect(reminderDedupeKey(2, '2022-DÅ08', { kind: 'after', userId: 3 })).not.toBe(reminderDedupeKey(2, '2022-DÅ08', { kind: 'before', userId: 3 }));
  });
});

describe('reminderText', () => {
  const [r] = planReminders({ stage: 'before', owners, editorIds: [], notMetWithoutAction: [] });
  const ctx = { plan: 'Regionplan', period: 'DÅ 08 2022', deadline: '2022-09-15' };
  it('writes in the organisation’s language, listing every item', () => {
    const sv = reminderText('sv', r!, ctx);
    expect(sv.subject).toBe('Påminnelse: uppföljning DÅ 08 2022 av Regionplan senast 2022-09-15');
    expect(sv.text).toContain('- Andel vårdskador, sluten somatisk vård (värde)');
    expect(sv.text).toContain('- En hållbar verksamhet med hög säkerhet (bedömning)');
    expect(reminderText('da', r!, ctx).subject).toContain('Påmindelse');
    expect(reminderText('en', r!, ctx).text).toContain('(value)');
  });
  it('says ej uppfyllt utan åtgärd to editors', () => {
    const [e] = planReminders({ stage: 'after', owners: [], editorIds: [5], notMetWithoutAction: [{ id: 1, name: 'Väntetid' }] });
    expect(reminderText('sv', e!, ctx).subject).toBe('Ej uppfyllt utan åtgärd: Regionplan, DÅ 08 2022');
  });
});

describe('parseReminderDays', () => {
  it('defaults to 7 and refuses nonsense', () => {
    expect(parseReminderDays(undefined)).toBe(7);
    expect(parseReminderDays('3')).toBe(3);
    expect(parseReminderDays('-1')).toBe(7);
    expect(parseReminderDays('abc')).toBe(7);
  });
});

describe('reminders of missing forecasts', () => {
  it('mails the owner a missing forecast with its own word, in each language', () => {
    const withForecast: OwnerMissing[] = [{ ownerUserId: 3, items: [{ kind: 'forecast', id: 11, title: 'Antal slutförda ärenden (triage)', nodeId: 1, overdue: false }] }];
    const [r] = planReminders({ stage: 'before', owners: withForecast, editorIds: [], notMetWithoutAction: [] });
    expect(r).toEqual({ kind: 'before', userId: 3, items: [{ title: 'Antal slutförda ärenden (triage)', kind: 'forecast' }] });
    const ctx = { plan: 'Regionplan', period: 'DÅ 04 2022', deadline: '2022-05-15' };
    expect(reminderText('sv', r!, ctx).text).toContain('- Antal slutförda ärenden (triage) (prognos för helåret)');
    expect(reminderText('da', r!, ctx).text).toContain('(prognose for hele året)');
    expect(reminderText('en', r!, ctx).text).toContain('(full-year forecast)');
  });
});
