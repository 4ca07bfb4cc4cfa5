import { describe, expect, it } from 'vitest';
import { isIsoDate, validateActivity, validateAgendaGoals, validateFollowUp, type ActivityDraft } from './validation';

const ok: ActivityDraft = {
  title: 'Införa mobila team i Östra Norrbotten',
  description: 'Två team, ett per närområde.',
  ownerUserId: null,
  ownerUnit: 'Division Nära',
  startDate: '2022-03-01',
  endDate: '2022-12-31',
  status: 'in-progress',
  progress: 40,
  nodeIds: [7],
};
const nodes = new Set([7, 8]);
const paths = (draft: Partial<ActivityDraft>) => validateActivity({ ...ok, ...draft }, nodes).map((i) => i.path);

describe('validateActivity', () => {
  it('accepts a complete activity', () => {
    expect(validateActivity(ok, nodes)).toEqual([]);
    expect(paths({ startDate: '2022-05-01', endDate: '2022-05-01', progress: 0 })).toEqual([]);
    expect(paths({ progress: 100, status: 'done' })).toEqual([]);
  });
  it('refuses an end before the start, naming both dates', () => {
    const issues = validateActivity({ ...ok, startDate: '2023-01-01', endDate: '2022-12-31' }, nodes);
    expect(issues).toEqual([{ path: 'endDate', message: 'Slutdatumet 2022-12-31 ligger före startdatumet 2023-01-01.' }]);
  });
  it('refuses progress outside 0–100 or not whole', () => {
    expect(paths({ progress: 120 })).toEqual(['progress']);
    expect(paths({ progress: -1 })).toEqual(['progress']);
    expect(paths({ progress: 12.5 })).toEqual(['progress']);
  });
  it('refuses dates that do not exist', () => {
    expect(paths({ startDate: '2022-02-30' })).toEqual(['startDate']);
    expect(paths({ endDate: '31/12/2022' })).toEqual(['endDate']);
  });
  it('needs a title, a responsible, a known status and known nodes', () => {
    expect(paths({ title: '  ' })).toEqual(['title']);
    expect(paths({ ownerUnit: '' })).toEqual(['ownerUnit']);
    expect(paths({ ownerUnit: '', ownerUserId: 3 })).toEqual([]);
    expect(paths({ status: 'halvklart' })).toEqual(['status']);
    expect(paths({ nodeIds: [] })).toEqual(['nodeIds']);
    expect(paths({ nodeIds: [7, 999] })).toEqual(['nodeIds.1']);
  });
});

describe('dates and Agenda 2030 goals', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2022-13-01')).toBe(false);
  });
  it('accepts goals 1–17 only', () => {
    expect(validateAgendaGoals([1, 3, 17])).toEqual([]);
    expect(validateAgendaGoals([3, 0, 18, 2.5]).map((i) => i.path)).toEqual(['goals.1', 'goals.2', 'goals.3']);
  });
});

describe('validateFollowUp', () => {
  it('needs a known status and a reason for a cancelled assignment', () => {
    expect(validateFollowUp({ status: 'in-progress', comment: '' })).toEqual([]);
    expect(validateFollowUp({ status: 'cancelled', comment: ' ' })).toEqual([{ path: 'comment', message: 'Skriv varför uppdraget avbröts.' }]);
    expect(validateFollowUp({ status: 'klart', comment: '' }).map((i) => i.path)).toEqual(['status']);
  });
});
