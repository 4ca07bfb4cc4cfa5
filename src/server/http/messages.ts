import type { Lang, Localized } from '../../domain/i18n/lang';
import { CLI_MESSAGE_TEMPLATES } from './cli-message-templates';
import { DOMAIN_MESSAGE_TEMPLATES } from './domain-message-templates';
import { IMPORT_MESSAGE_TEMPLATES } from './import-message-templates';
import { MESSAGE_TEMPLATES } from './message-templates';

/**
 * Server messages in the reader's language. New code throws an AppError with its text in every
 * language (`AppError.localized`); messages written before in Swedish only are found here by their
 * Swedish text (like gettext's msgid), so the error handler can answer in Danish or English too.
 * A Swedish message not listed stays Swedish — add it here when you meet it.
 */
const CATALOGUE: Record<string, Omit<Localized, 'sv'>> = {
  'Du behöver logga in.': { da: 'Du skal logge ind.', en: 'Please sign in.' },
  'Logga in igen.': { da: 'Log ind igen.', en: 'Please sign in again.' },
  'Du har inte behörighet till detta.': { da: 'Du har ikke adgang til dette.', en: 'You are not allowed to do this.' },
  'Fel e-postadress eller lösenord.': { da: 'Forkert e-mailadresse eller adgangskode.', en: 'Wrong e-mail address or password.' },
  'Kontot är avstängt. Kontakta en administratör i din organisation.': {
    da: 'Kontoen er lukket. Kontakt en administrator i din organisation.',
    en: 'The account is deactivated. Contact an administrator of your organisation.',
  },
  'Engångslösenordet har gått ut. Be en administratör i din organisation om ett nytt.': {
    da: 'Engangsadgangskoden er udløbet. Bed en administrator i din organisation om en ny.',
    en: 'The one-time password has expired. Ask an administrator of your organisation for a new one.',
  },
  'Byt ditt engångslösenord innan du fortsätter.': { da: 'Skift din engangsadgangskode, før du fortsætter.', en: 'Change your one-time password before you continue.' },
  'Begäran kommer från en annan webbplats och avvisas.': { da: 'Anmodningen kommer fra et andet websted og afvises.', en: 'The request comes from another site and is refused.' },
  'Organisationen finns inte.': { da: 'Organisationen findes ikke.', en: 'The organisation does not exist.' },
  'Personen har ingen roll i organisationen.': { da: 'Personen har ingen rolle i organisationen.', en: 'The person has no role in the organisation.' },
  'Organisationen måste ha minst en administratör.': { da: 'Organisationen skal have mindst én administrator.', en: 'The organisation must have at least one administrator.' },
  'Styrmodellen finns inte.': { da: 'Styringsmodellen findes ikke.', en: 'The governance model does not exist.' },
  'Planen är redan fastställd. Starta en revidering för att ändra den.': {
    da: 'Planen er allerede vedtaget. Start en revision for at ændre den.',
    en: 'The plan has already been decided. Start a revision to change it.',
  },
  'Filen importeras just nu. Vänta tills importen är klar.': { da: 'Filen importeres lige nu. Vent, til importen er færdig.', en: 'The file is being imported. Wait until the import is done.' },
  'Borttagningen är redan ångrad.': { da: 'Sletningen er allerede fortrudt.', en: 'The deletion has already been undone.' },
  'Begäran är för stor.': { da: 'Anmodningen er for stor.', en: 'The request is too large.' },
  'Innehållstypen stöds inte: skicka JSON (application/json).': {
    da: 'Indholdstypen understøttes ikke: send JSON (application/json).',
    en: 'The content type is not supported: send JSON (application/json).',
  },
  'Ett oväntat fel inträffade. Försök igen.': { da: 'Der opstod en uventet fejl. Prøv igen.', en: 'An unexpected error occurred. Please try again.' },
  'Ogiltig begäran': { da: 'Ugyldig anmodning', en: 'Invalid request' },
  'Ett värde i begäran ligger utanför det tillåtna intervallet.': {
    da: 'En værdi i anmodningen ligger uden for det tilladte interval.',
    en: 'A value in the request is outside the allowed range.',
  },
  'Det finns redan – någon sparade samma sak samtidigt. Ladda om sidan.': {
    da: 'Det findes allerede – nogen gemte det samme samtidig. Genindlæs siden.',
    en: 'It already exists – someone saved the same thing at the same time. Reload the page.',
  },
  'Ogiltigt värde': { da: 'Ugyldig værdi', en: 'Invalid value' },
  'För många försök. Vänta en stund och försök igen.': { da: 'For mange forsøg. Vent lidt, og prøv igen.', en: 'Too many attempts. Wait a while and try again.' },
};

interface CompiledTemplate {
  re: RegExp;
  /** Which placeholder each capture group fills, in the Swedish text's order. */
  slots: number[];
  text: Omit<Localized, 'sv'>;
  literal: number;
}

/** The templates as anchored patterns, the most literal first so `… i planen {1}.` wins over `… {0}.`. */
const TEMPLATES: CompiledTemplate[] = [...MESSAGE_TEMPLATES, ...CLI_MESSAGE_TEMPLATES, ...IMPORT_MESSAGE_TEMPLATES, ...DOMAIN_MESSAGE_TEMPLATES].map(([sv, da, en]) => {
  const slots: number[] = [];
  const parts = sv.split(/\{(\d+)\}/);
  let source = '';
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      slots.push(Number(part));
      source += '([\\s\\S]+?)';
    } else source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return { re: new RegExp(`^${source}$`), slots, text: { da, en }, literal: sv.replace(/\{\d+\}/g, '').length };
}).sort((a, b) => b.literal - a.literal);

/**
 * A Swedish message with values, from the templates: `Planen 7 finns inte.` -> `Plan 7 does not exist.`
 * A value that is itself a catalogued message (an importer's reason inside `rad 3: …`) is translated too;
 * it is shorter than the message that holds it, so this ends.
 */
function fromTemplate(message: string, lang: Exclude<Lang, 'sv'>): string | undefined {
  if (message.length > 2000) return undefined; // our messages are short; keep the lazy patterns cheap
  for (const t of TEMPLATES) {
    const m = t.re.exec(message);
    if (!m) continue;
    const values = new Map(t.slots.map((slot, i) => [slot, translateValue(m[i + 1] ?? '', lang)]));
    return t.text[lang].replace(/\{(\d+)\}/g, (_, n: string) => values.get(Number(n)) ?? '');
  }
  return undefined;
}

/** A value inside a message: translated when it is a catalogued message itself, else as written (a name, a number). */
function translateValue(value: string, lang: Exclude<Lang, 'sv'>): string {
  return /\p{L}/u.test(value) ? (CATALOGUE[value]?.[lang] ?? fromTemplate(value, lang) ?? value) : value;
}

/** `message` in `lang`: its own translation when given, else the catalogue's, else a template's, else as written. */
export function translateMessage(message: string, lang: Lang, localized?: Localized): string {
  if (localized) return localized[lang];
  if (lang === 'sv') return message;
  return CATALOGUE[message]?.[lang] ?? fromTemplate(message, lang) ?? message;
}

/** "Not found: /path" in the reader's language. */
export const notFoundMessage = (url: string): Localized => ({ sv: `Hittades inte: ${url}`, da: `Findes ikke: ${url}`, en: `Not found: ${url}` });
