import type { Stance } from './stance';

/** A question or part as the respondent may name it: by its place in the order given (0 first) or by its id. */
export type Ref = number | string;

export interface AnswerInput {
  question: Ref;
  part?: Ref | null;
  stance?: Stance | null;
  text: string;
}

export interface ResolvedAnswer {
  questionId: number;
  partId: number | null;
  stance: Stance | null;
  text: string;
}

export interface AnswerProblem {
  path: string;
  problem: 'unknown-question' | 'unknown-part' | 'duplicate' | 'empty';
}

/**
 * Finds each answer's question and part. A number is the place in the order given (0 first); a
 * string of digits prefixed `id:` or a bare id that is not a place is looked up among the ids.
 * Returns the answers or every problem, with the index of the answer it concerns.
 */
export function resolveAnswers(
  answers: AnswerInput[],
  questionIds: number[],
  partIds: number[],
): { ok: true; answers: ResolvedAnswer[] } | { ok: false; problems: AnswerProblem[] } {
  const problems: AnswerProblem[] = [];
  const resolved: ResolvedAnswer[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const questionId = pick(a.question, questionIds);
    const partId = a.part === undefined || a.part === null ? null : pick(a.part, partIds);
    if (questionId === undefined) problems.push({ path: `answers.${i}.question`, problem: 'unknown-question' });
    if (partId === undefined) problems.push({ path: `answers.${i}.part`, problem: 'unknown-part' });
    if (questionId === undefined || partId === undefined) return;
    const key = `${questionId}:${partId ?? ''}`;
    if (seen.has(key)) problems.push({ path: `answers.${i}`, problem: 'duplicate' });
    seen.add(key);
    if (!a.text.trim() && !a.stance) problems.push({ path: `answers.${i}.text`, problem: 'empty' });
    resolved.push({ questionId, partId, stance: a.stance ?? null, text: a.text.trim() });
  });
  return problems.length ? { ok: false, problems } : { ok: true, answers: resolved };
}

/** A place (number) or an id (`"12"` or `"id:12"`) among `ids`. */
function pick(ref: Ref, ids: number[]): number | undefined {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 0 ? ids[ref] : undefined;
  const m = /^(?:id:)?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  const id = Number(m[1]);
  return ids.includes(id) ? id : undefined;
}
