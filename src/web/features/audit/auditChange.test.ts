import { describe, expect, it } from 'vitest';
import { fieldChanges } from './auditChange';

describe('what an audit entry changed', () => {
  it('lists only the fields that differ, without the version', () => {
    expect(fieldChanges({ probability: 3, cause: 'a', version: 1 }, { probability: 4, cause: 'a', version: 2 })).toEqual([{ field: 'probability', from: '3', to: '4' }]);
  });
  it('lists every field of a creation or a removal', () => {
    expect(fieldChanges(null, { role: 'editor' })).toEqual([{ field: 'role', from: null, to: 'editor' }]);
    expect(fieldChanges({ role: 'admin' }, null)).toEqual([{ field: 'role', from: 'admin', to: null }]);
  });
  it('shortens long values and shows lists as JSON', () => {
    const [change] = fieldChanges({ amounts: [] }, { amounts: Array.from({ length: 40 }, (_, i) => i * 1000) });
    expect(change!.to!.length).toBe(80);
    expect(change!.to!.endsWith('…')).toBe(true);
    expect(change!.from).toBe('[]');
  });
  it('has nothing to say about an entry without before and after', () => {
    expect(fieldChanges(null, null)).toEqual([]);
  });
});
