import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSealed, parseSecretKey, resolveSecretKey, SecretUnreadable, seal, unseal } from './secret-box';

describe('secrets sealed with AES-256-GCM', () => {
  const key = randomBytes(32);

  it('seals and opens a secret; the stored form holds nothing of it', () => {
    const sealed = seal(key, 'client-secret-åäö', 'organisation_oidc:1');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('client-secret');
    expect(unseal(key, sealed, 'organisation_oidc:1')).toBe('client-secret-åäö');
    // A fresh IV each time: the same secret never seals to the same text.
    expect(seal(key, 'client-secret-åäö', 'organisation_oidc:1')).not.toBe(sealed);
  });

  it('refuses another key, another row and a changed value', () => {
    const sealed = seal(key, 's3cret', 'organisation_oidc:1');
    expect(() => unseal(randomBytes(32), sealed, 'organisation_oidc:1')).toThrow(SecretUnreadable);
    expect(() => unseal(key, sealed, 'organisation_oidc:2')).toThrow(SecretUnreadable);
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(() => unseal(key, flipped, 'organisation_oidc:1')).toThrow(SecretUnreadable);
  });

  it('passes plaintext written before sealing through, so it can be sealed at start', () => {
    expect(unseal(key, 'old-plaintext', 'organisation_oidc:1')).toBe('old-plaintext');
  });

  it('reads the key as hex or base64 and refuses one of the wrong length', () => {
    expect(parseSecretKey(key.toString('hex')).equals(key)).toBe(true);
    expect(parseSecretKey(key.toString('base64')).equals(key)).toBe(true);
    expect(() => parseSecretKey('too-short')).toThrow(/32 byte/);
  });

  it('without LEDSTJARNA_SECRET_KEY writes a key file readable by its owner only, and reads it again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ls-key-'));
    try {
      const first = resolveSecretKey(undefined, dir);
      expect(first.source).toBe('new-file');
      expect(statSync(first.file!).mode & 0o777).toBe(0o600);
      const again = resolveSecretKey('', dir);
      expect(again.source).toBe('file');
      expect(again.key.equals(first.key)).toBe(true);
      expect(readFileSync(first.file!, 'utf8').trim()).toBe(first.key.toString('base64'));
      expect(resolveSecretKey(key.toString('hex'), dir)).toMatchObject({ source: 'env' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
