import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts long, uncommon passwords, among them the test fixtures and the generated ones', () => {
    for (const ok of ['admin-password-1', 'user-password-1', 'e2e-admin-password', 'ett-långt-lösenord', 'korv med bröd i regn', `${'a'.repeat(6)}bcdefg`]) {
      expect(passwordProblem(ok, { email: 'ann@region.se' }), ok).toBeUndefined();
    }
  });
  it('refuses blank, short and overlong passwords', () => {
    expect(passwordProblem(' '.repeat(10))).toMatch(/minst 12 tecken/);
    expect(passwordProblem(' '.repeat(20))).toMatch(/minst 12 tecken/);
    expect(passwordProblem('  kort-lösen  ')).toMatch(/minst 12 tecken/);
    expect(passwordProblem('x'.repeat(257))).toMatch(/högst 256/);
    expect(passwordProblem('1111111111111')).toMatch(/enformigt/);
  });
  it('refuses common passwords, also decorated with digits and punctuation or doubled', () => {
    for (const bad of ['password1234', 'qwertyuiop123', 'Sommar2025!!!', '!!Lösenord2026', 'qwertyqwerty', '123456789012', 'HejsanHejsan']) {
      expect(passwordProblem(bad), bad).toMatch(/vanligaste/);
    }
  });
  it("refuses the person's e-mail and the app's name", () => {
    expect(passwordProblem('anna.berg@region.se', { email: 'Anna.Berg@region.se' })).toMatch(/e-postadress/);
    expect(passwordProblem('anna.berg-2026!!', { email: 'anna.berg@region.se' })).toMatch(/e-postadress/);
    expect(passwordProblem('AnnaBerg2026', { email: 'anna.berg@region.se' })).toMatch(/e-postadress/);
    expect(passwordProblem('rapportor-losenord-1', { email: 'rapportor@norrbotten.test' })).toBeUndefined();
    expect(passwordProblem('Ledstjärna-2026!')).toMatch(/appens namn/);
  });
});
