import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases';
import { hashToken, issueToken, resolveToken, revokeToken, setTokenExpiry } from './access-tokens';

const inADay = () => new Date(Date.now() + 24 * 3600 * 1000);

describe('invitation tokens', () => {
  describeEachDatabase('issue, resolve, expire, revoke', (db) => {
    it('resolves a token to its scope, and stores only its hash', async () => {
      const { id, token } = await issueToken(db(), { scopeType: 'consultation-invitation', scopeId: 7, label: 'Klynge Vest', expiresAt: inADay(), createdBy: null });
      expect(token.length).toBeGreaterThanOrEqual(40);
      expect(await resolveToken(db(), 'consultation-invitation', token)).toMatchObject({ id, scopeId: 7, label: 'Klynge Vest' });
      const stored = await db().query<{ token_hash: string }>(`SELECT token_hash FROM access_tokens WHERE id = $1`, [id]);
      expect(stored[0]?.token_hash).toBe(hashToken(token));
      expect(JSON.stringify(stored)).not.toContain(token);
    });

    it('answers null alike for an unknown, another scope type, an expired and a revoked token', async () => {
      const { id, token } = await issueToken(db(), { scopeType: 'workshop-invitation', scopeId: 3, expiresAt: inADay(), createdBy: null });
      expect(await resolveToken(db(), 'workshop-invitation', `${token.slice(0, -2)}xx`)).toBeNull();
      expect(await resolveToken(db(), 'consultation-invitation', token)).toBeNull();
      expect(await resolveToken(db(), 'workshop-invitation', 'short')).toBeNull();
      await setTokenExpiry(db(), id, new Date(Date.now() - 1000));
      expect(await resolveToken(db(), 'workshop-invitation', token)).toBeNull();
      await setTokenExpiry(db(), id, inADay());
      expect(await resolveToken(db(), 'workshop-invitation', token)).not.toBeNull();
      await revokeToken(db(), id);
      expect(await resolveToken(db(), 'workshop-invitation', token)).toBeNull();
    });

    it('gives every invitation a different token', async () => {
      const tokens = new Set<string>();
      for (let i = 0; i < 20; i++) tokens.add((await issueToken(db(), { scopeType: 'workshop-invitation', scopeId: i, expiresAt: inADay(), createdBy: null })).token);
      expect(tokens.size).toBe(20);
    });
  });
});
