import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../project-root';

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 256;

/** The shipped list of common passwords (data/passwords), read once. */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(join(PROJECT_ROOT, 'data', 'passwords', 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  );
  return common;
}

const APP_NAMES = ['ledstjarna', 'ledstjärna', 'ledstjerna'];

/**
 * Why a new password is refused, in Swedish, or undefined when it is good enough: 12–256
 * characters, not blank, not a common password (also with digits or punctuation around it),
 * not the person's e-mail address or its name part, not the app's name.
 */
export function passwordProblem(password: string, context: { email?: string } = {}): string | undefined {
  const trimmed = password.trim();
  if (trimmed.length < MIN_PASSWORD) return `Lösenordet måste ha minst ${MIN_PASSWORD} tecken (mellanslag i början och slutet räknas inte).`;
  if (password.length > MAX_PASSWORD) return `Lösenordet får ha högst ${MAX_PASSWORD} tecken.`;
  const lower = trimmed.toLowerCase();
  if (new Set(lower).size <= 2) return 'Lösenordet är för enformigt: välj något som är svårare att gissa.';
  // "Sommar2025!!" and "!!password1234" are the list's words with a decoration; so is "qwerty" twice.
  const core = lower.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '');
  const list = commonPasswords();
  const halves = core.length % 2 === 0 && core.slice(0, core.length / 2) === core.slice(core.length / 2);
  if (core === '' || list.has(lower) || list.has(core) || (halves && list.has(core.slice(0, core.length / 2)))) {
    return 'Lösenordet är ett av de vanligaste lösenorden och gissas lätt. Välj ett annat, gärna flera ord.';
  }
  const email = context.email?.trim().toLowerCase();
  const local = email?.split('@')[0] ?? '';
  // The address, or its name part with decorations ("anna.berg2026!"); a longer phrase that
  // contains the name part ("anna-plockar-blåbär") is not easier to guess than any other.
  const localParts = local.split(/[.\-_+]/u).filter((p) => p.length >= 3);
  if (email && (lower.includes(email) || core === local || core === local.replace(/[.\-_+]/gu, '') || localParts.includes(core))) {
    return 'Lösenordet får inte innehålla din e-postadress.';
  }
  if (APP_NAMES.some((name) => lower.includes(name))) return 'Lösenordet får inte innehålla appens namn.';
  return undefined;
}
