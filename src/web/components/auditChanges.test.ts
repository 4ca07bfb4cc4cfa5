import { describe, expect, it } from 'vitest';
import { auditChanges } from './auditChanges';

describe('auditChanges', () => {
  it('reads a created node, a deletion and a restoration', () => {
    expect(auditChanges({ action: 'create', before: null, after: { name: 'Jämlik vård', levelKey: 'success-factor', version: 1 } })).toEqual([
      { kind: 'created', name: 'Jämlik vård' },
    ]);
    expect(auditChanges({ action: 'delete', before: { id: 3 }, after: { deletionId: 1 } })).toEqual([{ kind: 'deleted' }]);
    expect(auditChanges({ action: 'restore', before: null, after: { deletionId: 1 } })).toEqual([{ kind: 'restored' }]);
  });

  it('names a rename with both names, long texts and ids without their values', () => {
    const before = { name: 'Tidiga insatser', description: 'x'.repeat(200), responsibleUserId: null, bodies: [], agendaGoals: [], version: 1 };
    const after = { name: 'Tidiga och samordnade insatser', description: 'y'.repeat(200), responsibleUserId: 4, bodies: ['RS', 'RUN'], agendaGoals: [3], version: 2 };
    expect(auditChanges({ action: 'update', before, after })).toEqual([
      { kind: 'renamed', from: 'Tidiga insatser', to: 'Tidiga och samordnade insatser' },
      { kind: 'field', field: 'description' },
      { kind: 'field', field: 'responsibleUserId' },
      { kind: 'field', field: 'bodies', from: '', to: 'RS, RUN' },
      { kind: 'field', field: 'agendaGoals', from: '', to: '3' },
    ]);
  });

  it('says each target year that changed, was set or was removed', () => {
    const before = { name: 'Andel invånare', targets: { '2024': 'Öka', '2025': '40 %' }, unit: '%', version: 3 };
    const after = { name: 'Andel invånare', targets: { '2025': '45 %', '2026': 'Minska med 50 % jmf 2020' }, unit: '%', version: 4 };
    expect(auditChanges({ action: 'update', before, after })).toEqual([
      { kind: 'target', year: '2024', from: 'Öka', to: null },
      { kind: 'target', year: '2025', from: '40 %', to: '45 %' },
      { kind: 'target', year: '2026', from: null, to: 'Minska med 50 % jmf 2020' },
    ]);
  });

  it('reads a move with its new place (1 first) and a level change', () => {
    const before = { name: 'A', parentId: 7, position: 0, levelKey: 'success-factor', version: 2 };
    const after = { name: 'A', parentId: 5, position: 1, levelKey: 'goal', version: 3 };
    expect(auditChanges({ action: 'move', before, after })).toEqual([
      { kind: 'moved', position: 2 },
      { kind: 'field', field: 'levelKey', from: 'success-factor', to: 'goal' },
    ]);
  });

  it('says a save without changes, and keeps unknown actions', () => {
    expect(auditChanges({ action: 'update', before: { name: 'A', version: 1 }, after: { name: 'A', version: 2 } })).toEqual([{ kind: 'unchanged' }]);
    expect(auditChanges({ action: 'archive', before: null, after: null })).toEqual([{ kind: 'other', action: 'archive' }]);
  });
});
