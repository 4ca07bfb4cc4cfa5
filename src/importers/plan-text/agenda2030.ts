import { agendaGoal } from '../../domain/plan-content/agenda2030';
import type { ImportedAgendaGoal } from './imported-content';
import type { ImportIssue } from './imported-plan';
import { isBlank, issue } from './text';

/**
 * The Agenda 2030 goals a plan names: an introduction such as "Regionfullmäktige beslutade 2020
 * om åtta Agenda 2030-mål …" followed by bullets "- Social dimension; Mål 3 Hälsa och
 * välbefinnande, Mål 4 God utbildning för alla, …".
 */
const INTRO = /Agenda 2030-mål/iu;
const BULLET = /^\s*[-–•]\s+(.*\S)\s*$/u;
const GOAL = /^Mål\s+(\d+)\s*(.*?)[.\s]*$/u;
const COUNT_WORDS: Record<string, number> = {
  ett: 1, en: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
  elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17,
};
const STATED_COUNT = /\b(\d{1,2}|[a-zåäö]+)\s+Agenda 2030-mål/iu;

const simplify = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();

/** Reads the goal list between `from` and `to` (0-based, exclusive); a plan without one is not an error. */
export function readAgendaGoals(
  lines: readonly string[],
  from: number,
  to: number,
): { goals: ImportedAgendaGoal[]; errors: ImportIssue[]; warnings: ImportIssue[] } {
  const goals: ImportedAgendaGoal[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const intro = lines.findIndex((line, i) => i >= from && i < to && INTRO.test(line) && !BULLET.test(line));
  if (intro < 0) return { goals, errors, warnings };
  let i = intro + 1;
  while (i < to && isBlank(lines[i] ?? '')) i += 1;
  for (; i < to; i += 1) {
    const bullet = BULLET.exec(lines[i] ?? '');
    if (!bullet?.[1]) break;
    const lineNo = i + 1;
    const [head, rest] = bullet[1].includes(';') ? bullet[1].split(/;\s*/u, 2) : ['', bullet[1]];
    for (const part of (rest ?? '').split(/,\s*(?=Mål\s+\d)/u)) {
      const m = GOAL.exec(part.trim());
      if (!m?.[1]) {
        warnings.push(issue(lineNo, `"${part.trim()}" är inget Agenda 2030-mål av formen "Mål 3 Hälsa och välbefinnande"; raden hoppades över`));
        continue;
      }
      const number = Number(m[1]);
      const official = agendaGoal(number);
      if (!official) {
        errors.push(issue(lineNo, `Agenda 2030 har mål 1–17; "Mål ${m[1]}" finns inte`));
        continue;
      }
      const name = (m[2] ?? '').trim();
      if (goals.some((g) => g.goal === number)) {
        warnings.push(issue(lineNo, `Mål ${number} nämns två gånger; det lästes in en gång`));
        continue;
      }
      if (name !== '' && simplify(name) !== simplify(official.name.sv)) {
        warnings.push(issue(lineNo, `Mål ${number} heter "${official.name.sv}" i Agenda 2030, inte "${name}"`));
      }
      goals.push({ goal: number, dimension: (head ?? '').trim(), name: name || official.name.sv, line: lineNo });
    }
  }
  const stated = STATED_COUNT.exec(lines[intro] ?? '')?.[1]?.toLowerCase();
  const expected = stated === undefined ? undefined : /^\d+$/u.test(stated) ? Number(stated) : COUNT_WORDS[stated];
  if (expected !== undefined && expected !== goals.length) {
    warnings.push(issue(intro + 1, `Texten nämner ${expected} Agenda 2030-mål men listar ${goals.length}`));
  }
  return { goals, errors, warnings };
}
