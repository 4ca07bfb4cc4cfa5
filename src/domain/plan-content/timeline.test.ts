import { describe, expect, it } from 'vitest';
import { assignmentOverview, NOT_REPORTED } from './assignment-overview';
import { AGENDA_2030_GOALS, agendaGoal } from './agenda2030';
import { buildTimeline, isLate, overlapsMonth, overlapsYear } from './timeline';
import { WORK_STATUS_LABELS, WORK_STATUSES } from './work-status';

describe('timeline', () => {
  const activities = [
    { id: 1, startDate: '2022-03-15', endDate: '2022-05-02', status: 'in-progress' as const },
    { id: 2, startDate: '2021-10-01', endDate: '2025-02-01', status: 'done' as const },
    { id: 3, startDate: '2019-01-01', endDate: '2020-12-31', status: 'not-started' as const },
  ];

  it('places each activity on the months it overlaps and leaves out those outside the plan period', () => {
    const t = buildTimeline(activities, 2022, 2024, '2022-04-01');
    expect(t.months).toHaveLength(36);
    expect(t.months[0]).toEqual({ key: '2022-01', year: 2022, month: 1 });
    expect(t.bars).toEqual([
      { id: 1, first: 2, last: 4, startsBefore: false, endsAfter: false, late: false },
      { id: 2, first: 0, last: 35, startsBefore: true, endsAfter: true, late: false },
    ]);
  });
  it('calls an activity late when its end has passed and it is not done or cancelled', () => {
    expect(isLate(activities[0]!, '2022-05-03')).toBe(true);
    expect(isLate(activities[0]!, '2022-05-02')).toBe(false);
    expect(isLate({ endDate: '2022-05-02', status: 'cancelled' }, '2023-01-01')).toBe(false);
    expect(buildTimeline(activities, 2022, 2024, '2022-06-01').bars[0]!.late).toBe(true);
  });
  it('tells which months and years an activity overlaps', () => {
    expect(['2022-02', '2022-03', '2022-05', '2022-06'].map((m) => overlapsMonth(activities[0]!, m))).toEqual([false, true, true, false]);
    expect([2021, 2022, 2025, 2026].map((y) => overlapsYear(activities[1]!, y))).toEqual([true, true, true, false]);
  });
});

describe('assignment overview', () => {
  it('counts per body × status, an assignment for two bodies once in the totals', () => {
    const o = assignmentOverview(
      [
        { bodies: ['RS', 'RUN'], status: 'done' },
        { bodies: ['RS'], status: 'in-progress' },
        { bodies: ['RS'], status: null },
        { bodies: [], status: null },
        { bodies: ['XY'], status: 'cancelled' },
      ],
      ['RS', 'RUN', 'PN'],
    );
    expect(o.rows.map((r) => [r.body, r.total])).toEqual([['RS', 3], ['RUN', 1], ['XY', 1], [null, 1]]);
    expect(o.rows[0]!.counts).toEqual({ 'not-started': 0, 'in-progress': 1, done: 1, cancelled: 0, [NOT_REPORTED]: 1 });
    expect(o.totals).toEqual({ 'not-started': 0, 'in-progress': 1, done: 1, cancelled: 1, [NOT_REPORTED]: 2 });
    expect(o.total).toBe(5);
  });
});

describe('vocabularies', () => {
  it('has the 17 Agenda 2030 goals in three languages', () => {
    expect(AGENDA_2030_GOALS).toHaveLength(17);
    expect(agendaGoal(3)?.name).toEqual({ sv: 'Hälsa och välbefinnande', da: 'Sundhed og trivsel', en: 'Good health and well-being' });
    expect(agendaGoal(13)?.name.sv).toBe('Bekämpa klimatförändringarna');
    expect(agendaGoal(18)).toBeUndefined();
  });
  it('labels every status in Swedish, Danish and English', () => {
    expect(WORK_STATUSES.map((s) => WORK_STATUS_LABELS[s].sv)).toEqual(['Ej påbörjat', 'Pågår', 'Klart', 'Avbrutet']);
  });
});
