/**
 * The risk matrix of seed 001 (Bilaga 5): consequence (1–4) × probability (1–4) = risk (1–16),
 * with thresholds that say from which risk value action is needed (default: 1–8 needs no
 * special action, 9–16 needs action). Pure functions; every failure is a Swedish message
 * naming the field, never an exception.
 */

/** A value on one of the matrix's axes. */
export type RiskLevel = 1 | 2 | 3 | 4;

export const RISK_LEVELS: readonly RiskLevel[] = [1, 2, 3, 4];

/** What a risk value calls for. */
export type RiskClass = 'no-action' | 'action-needed';

/** From which risk value (inclusive) action is needed; configurable per plan. */
export interface RiskThresholds {
  actionFrom: number;
}

/** The seed's own rule: "Värde 1-8 inte kräver särskild åtgärd, Värde 9-16 kräver åtgärder". */
export const DEFAULT_THRESHOLDS: RiskThresholds = { actionFrom: 9 };

/** A problem with one field of an assessment: the field's name and a Swedish message. */
export interface RiskFieldError {
  path: 'consequence' | 'probability' | 'risk' | 'actionFrom';
  message: string;
}

/** Whether a value is a whole number from 1 to 4. */
export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;
}

/** consequence × probability. */
export function riskScore(consequence: RiskLevel, probability: RiskLevel): number {
  return consequence * probability;
}

/** The error for a value outside 1–4 on an axis, or null when it is valid. */
export function checkLevel(path: 'consequence' | 'probability', value: unknown): RiskFieldError | null {
  if (isRiskLevel(value)) return null;
  const shown = typeof value === 'number' || typeof value === 'string' ? `"${String(value)}"` : 'saknas';
  return { path, message: `${path === 'consequence' ? 'Konsekvensen' : 'Sannolikheten'} ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte ${shown}.` };
}

/**
 * Checks consequence and probability, and a stated risk against their product.
 * A stated risk of 5 for 3 × 2 is an error, not silently corrected, because one of the three
 * numbers in the source is wrong and only a person can tell which.
 */
export function validateRisk(input: { consequence: unknown; probability: unknown; risk?: unknown }): RiskFieldError[] {
  const errors = [checkLevel('consequence', input.consequence), checkLevel('probability', input.probability)].filter(
    (e): e is RiskFieldError => e !== null,
  );
  if (input.risk === undefined || input.risk === null) return errors;
  const risk = input.risk;
  if (typeof risk !== 'number' || !Number.isInteger(risk) || risk < 1 || risk > 16) {
    errors.push({ path: 'risk', message: `Risken ska vara ett heltal 1–16 (konsekvens × sannolikhet), inte "${String(risk)}".` });
  } else if (errors.length === 0) {
    const product = riskScore(input.consequence as RiskLevel, input.probability as RiskLevel);
    if (product !== risk) {
      errors.push({
        path: 'risk',
        message: `Risken ${risk} stämmer inte med konsekvens ${String(input.consequence)} × sannolikhet ${String(input.probability)} = ${product}.`,
      });
    }
  }
  return errors;
}

/**
 * The probability that a row giving only consequence and risk implies: risk / consequence,
 * accepted only when that is a whole number 1–4. Anything else is an error, because a
 * guessed probability would look like a decision the board never made.
 */
export function inferProbability(consequence: unknown, risk: unknown): { probability: RiskLevel } | { error: RiskFieldError } {
  const bad = checkLevel('consequence', consequence);
  if (bad) return { error: bad };
  if (typeof risk !== 'number' || !Number.isInteger(risk) || risk < 1 || risk > 16) {
    return { error: { path: 'risk', message: `Risken ska vara ett heltal 1–16, inte "${String(risk)}"; sannolikheten kan inte härledas.` } };
  }
  const probability = risk / (consequence as number);
  if (!isRiskLevel(probability)) {
    return {
      error: {
        path: 'probability',
        message: `Sannolikheten saknas och kan inte härledas: risk ${risk} / konsekvens ${String(consequence)} är inget heltal 1–4.`,
      },
    };
  }
  return { probability };
}

/** Checks a threshold: from which risk value action is needed (2–16; 17 would mean never). */
export function validateThresholds(input: { actionFrom: unknown }): RiskFieldError[] {
  const v = input.actionFrom;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 2 && v <= 16) return [];
  return [{ path: 'actionFrom', message: `Gränsen för när åtgärd krävs ska vara ett heltal 2–16, inte "${String(v)}".` }];
}

/** Whether a risk value needs action under the thresholds. */
export function classifyRisk(risk: number, thresholds: RiskThresholds = DEFAULT_THRESHOLDS): RiskClass {
  return risk >= thresholds.actionFrom ? 'action-needed' : 'no-action';
}

/** The risk values each class covers, e.g. no-action 1–8 and action-needed 9–16, for legends. */
export function classRanges(thresholds: RiskThresholds = DEFAULT_THRESHOLDS): Record<RiskClass, { from: number; to: number }> {
  return { 'no-action': { from: 1, to: thresholds.actionFrom - 1 }, 'action-needed': { from: thresholds.actionFrom, to: 16 } };
}
