import type { Localized } from '../i18n/lang';
import type { Role } from '../../shared/api-types';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The settings an admin sends, as far as their consistency goes. */
export interface SettingsToCheck {
  issuer: string;
  organisationClaim: string | null;
  organisationValue: string | null;
  roleClaim: string | null;
  roleValues: Partial<Record<Role, string[]>>;
  defaultRole: Role | null;
}

/**
 * The first thing wrong with an organisation's provider settings, with the field it is about:
 * the issuer is https (http only on this machine, for a test or development provider); an
 * organisation claim has its value; role values have their claim; someone can get a role.
 */
export function settingsProblem(s: SettingsToCheck): { path: string; message: Localized } | undefined {
  let url: URL | undefined;
  try {
    url = new URL(s.issuer);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))) {
    return {
      path: 'issuer',
      message: {
        sv: 'Ange tjänstens adress med https://, t.ex. https://login.region.se',
        da: 'Angiv tjenestens adresse med https://, f.eks. https://login.region.dk',
        en: "Give the service's address with https://, e.g. https://login.region.se",
      },
    };
  }
  if (s.organisationClaim && !s.organisationValue) {
    return {
      path: 'organisationValue',
      message: { sv: 'Ange värdet som anspråket ska ha.', da: 'Angiv den værdi, som claimet skal have.', en: 'Give the value the claim must have.' },
    };
  }
  const mapped = Object.values(s.roleValues).some((list) => (list ?? []).length > 0);
  if (mapped && !s.roleClaim) {
    return {
      path: 'roleClaim',
      message: { sv: 'Ange vilket anspråk som ger rollen.', da: 'Angiv hvilket claim der giver rollen.', en: 'Give the claim that gives the role.' },
    };
  }
  if (!mapped && !s.defaultRole) {
    return {
      path: 'defaultRole',
      message: {
        sv: 'Ange en roll när inget värde matchar, eller vilka värden som ger en roll.',
        da: 'Angiv en rolle når ingen værdi passer, eller hvilke værdier der giver en rolle.',
        en: 'Give a role for when no value matches, or which values give a role.',
      },
    };
  }
  return undefined;
}
