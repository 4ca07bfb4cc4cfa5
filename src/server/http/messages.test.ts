import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_MESSAGE_TEMPLATES } from './cli-message-templates';
import { DOMAIN_MESSAGE_TEMPLATES } from './domain-message-templates';
import { IMPORT_MESSAGE_TEMPLATES } from './import-message-templates';
import { MESSAGE_TEMPLATES } from './message-templates';
import { translateMessage } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

/** Every .ts file under `dir` but tests and fixtures. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$|fixtures|test-support/.test(path) ? [path] : [];
  });
}

const LITERAL = String.raw`(?:'((?:\\.|[^'\\])*)'|\x60((?:\\.|[^\x60\\])*)\x60)`;
const MESSAGE_PLACES = [
  String.raw`new AppError\(\s*'[^']+',\s*` + LITERAL,
  String.raw`fieldError\(\s*(?:'[^']*'|[\w.]+|\x60[^\x60]*\x60),\s*` + LITERAL,
  String.raw`message:\s*` + LITERAL,
  String.raw`\.(?:min|max|regex|refine|int|positive)\((?:[^()'\x60]|\([^()]*\))*?,\s*` + LITERAL,
  // What the importers throw and report, and what the command line prints.
  String.raw`new \w*Error\(\s*(?:'[^']*',\s*)?` + LITERAL,
  String.raw`\b(?:out|say|reject|problem|warn|fail)\(\s*` + LITERAL,
  String.raw`\breason:\s*` + LITERAL,
  String.raw`\b(?:issue|problem|reject)\(\s*[^,()]+,\s*` + LITERAL,
  String.raw`\breject\(\s*[^,()]+,\s*[^?;]+\?\s*` + LITERAL + String.raw`\s*:\s*` + LITERAL,
  String.raw`\breturn\s+` + LITERAL,
  String.raw`translateMessage\(\s*` + LITERAL,
  // What a pure rule returns as an error: `{ error: '…' }`.
  String.raw`\berror:\s*` + LITERAL,
];
const RETURN_PLACE = MESSAGE_PLACES.indexOf(String.raw`\breturn\s+` + LITERAL);
const SWEDISH = /[åäöÅÄÖ]|\b(?:inte|finns|Ange|Välj|Skriv|är|ska|Högst|Bara)\b/;

/**
 * The Swedish messages the server, the shared schemas, the importers, the command line and the
 * domain write, each `${…}` filled with `7`. A pure rule in src/domain also returns names and codes
 * (`föregående år`, `DÅ04`) that the web and the documents word in each language; there a returned
 * text counts as a message only when it is a sentence, ending with a full stop.
 */
function swedishMessages(): { text: string; file: string }[] {
  const out: { text: string; file: string }[] = [];
  const domain = new Set(sources('src/domain'));
  for (const file of [...sources('src/server'), ...sources('src/shared'), ...sources('src/importers'), ...sources('src/cli'), ...domain]) {
    const code = readFileSync(file, 'utf8');
    for (const [at, place] of MESSAGE_PLACES.entries()) {
      for (const m of code.matchAll(new RegExp(place, 'g'))) {
      for (const raw of [m[1] ?? m[2] ?? '', ...(m[3] ?? m[4] ?? '' ? [m[3] ?? m[4] ?? ''] : [])]) {
        // A value that is itself a Swedish choice (`${n === 1 ? 'nod' : 'noder'}`) is covered by one template per form.
        if (!SWEDISH.test(raw) || /\$\{[^}]*\?/.test(raw)) continue;
        if (at === RETURN_PLACE && domain.has(file) && !/\.$/.test(raw)) continue;
        out.push({ text: raw.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, '7').replace(/\\'/g, "'"), file });
      }
      }
    }
  }
  return out;
}

describe('server, importer, command-line and domain messages in Danish and English', () => {
  it('every template has the Swedish text’s placeholders in its Danish and English texts', () => {
    const all = [...MESSAGE_TEMPLATES, ...CLI_MESSAGE_TEMPLATES, ...IMPORT_MESSAGE_TEMPLATES, ...DOMAIN_MESSAGE_TEMPLATES];
    for (const [sv, da, en] of all) {
      expect(placeholders(da), sv).toEqual(placeholders(sv));
      expect(placeholders(en), sv).toEqual(placeholders(sv));
    }
    expect(new Set(all.map(([sv]) => sv)).size).toBe(all.length);
  });

  it.each([
    ['Planen 7 finns inte.', 'Planen 7 findes ikke.', 'Plan 7 does not exist.'],
    ['Noden 5 finns inte i planen 3.', 'Elementet 5 findes ikke i plan 3.', 'Node 5 is not in plan 3.'],
    ['Noden 5 finns inte i planen.', 'Elementet 5 findes ikke i planen.', 'Node 5 is not in the plan.'],
    ['"sju" är inget tal. Skriv t.ex. 6,5 eller 43 000.', '"sju" er ikke et tal. Skriv fx 6,5 eller 43.000.', '"sju" is not a number. Write e.g. 6.5 or 43,000.'],
    ['Ange period', 'Angiv periode', 'Enter a period'],
    ['Du behöver logga in.', 'Du skal logge ind.', 'Please sign in.'],
    [
      'Utfallet "Ej mätt" för "Andel vårdskador" (Utfall 2022) är inget tal och sparas inte som värde.',
      'Resultatet "Ej mätt" for "Andel vårdskador" (Utfall 2022) er ikke et tal og gemmes ikke som værdi.',
      'The outcome "Ej mätt" for "Andel vårdskador" (Utfall 2022) is not a number and is not stored as a value.',
    ],
    [
      'Skriv en analys: måttet "Väntetid" är inte uppfyllt; bedömningen (delvis uppfyllt) skiljer sig från förslaget (ej uppfyllt).',
      'Skriv en analyse: målet "Väntetid" er ikke opfyldt; vurderingen (delvist opfyldt) afviger fra forslaget (ikke opfyldt).',
      'Write an analysis: the measure "Väntetid" is not met; the judgement (partly met) differs from the proposal (not met).',
    ],
    ['Sannolikheten ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte saknas.', 'Sandsynligheden mangler; den skal være et heltal 1–4 (1 = lav, 4 = høj).', 'The probability is missing; it must be a whole number 1–4 (1 = low, 4 = high).'],
    ['Kolumn 2023: Beloppet är inget tal.', 'Kolumn 2023: Beløbet er ikke et tal.', 'Kolumn 2023: The amount is not a number.'],
  ])('%s', (sv, da, en) => {
    expect(translateMessage(sv, 'sv')).toBe(sv);
    expect(translateMessage(sv, 'da')).toBe(da);
    expect(translateMessage(sv, 'en')).toBe(en);
  });

  it('leaves a message it does not know as written', () => {
    expect(translateMessage('Något helt annat.', 'da')).toBe('Något helt annat.');
  });

  it('knows every Swedish message the server, the shared schemas and the domain write', () => {
    const messages = swedishMessages();
    expect(messages.length).toBeGreaterThan(150);
    const missing = messages.filter((m) => translateMessage(m.text, 'en') === m.text || translateMessage(m.text, 'da') === translateMessage(m.text, 'en'));
    expect(missing.map((m) => `${m.file}: ${m.text}`)).toEqual([]);
  });
});
