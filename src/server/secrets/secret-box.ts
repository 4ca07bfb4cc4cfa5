import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Secrets kept in the database (an organisation's OpenID client secret) are sealed with
 * AES-256-GCM under the installation's key: a stolen backup or database dump holds no usable
 * secret without the key. A sealed value is `ls-sealed:v1:` + base64url(iv ‖ tag ‖ ciphertext);
 * the row it belongs to is bound as additional data, so a sealed value copied to another row
 * does not open there.
 */
const PREFIX = 'ls-sealed:v1:';

/** Whether a stored value is sealed (anything else is plaintext written before sealing came). */
export const isSealed = (stored: string): boolean => stored.startsWith(PREFIX);

/** Seals `plain` for the row named by `context` (e.g. `organisation_oidc:3`). */
export function seal(key: Buffer, plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Thrown when a sealed value does not open: another key, another row, or a changed value. */
export class SecretUnreadable extends Error {}

/** Opens a sealed value; a plaintext one (not yet sealed) is returned as it is. */
export function unseal(key: Buffer, stored: string, context: string): string {
  if (!isSealed(stored)) return stored;
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url');
  if (raw.length < 28) throw new SecretUnreadable('sealed value too short');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretUnreadable('the sealed value does not open with this key (LEDSTJARNA_SECRET_KEY)');
  }
}

/** A key from its written form: 32 bytes as 64 hex digits or as base64. */
export function parseSecretKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) {
    throw new Error('LEDSTJARNA_SECRET_KEY ska vara 32 byte: 64 hexadecimala tecken eller base64 (t.ex. från `openssl rand -base64 32`).');
  }
  return key;
}

/**
 * The installation's key: LEDSTJARNA_SECRET_KEY when set; otherwise the key file `secret.key` in
 * the data folder, written (readable by the owner only) on first start. Several servers on one
 * PostgreSQL must share the key, so they should set LEDSTJARNA_SECRET_KEY.
 */
export function resolveSecretKey(env: string | undefined, dataDir: string): { key: Buffer; source: 'env' | 'file' | 'new-file'; file?: string } {
  if (env?.trim()) return { key: parseSecretKey(env), source: 'env' };
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return { key: parseSecretKey(readFileSync(file, 'utf8')), source: 'file', file };
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key, source: 'new-file', file };
}
