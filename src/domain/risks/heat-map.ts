import { classifyRisk, RISK_LEVELS, riskScore, type RiskClass, type RiskLevel, type RiskThresholds } from './score';

/** One cell of the 4×4 matrix: how many assessments have this consequence and probability. */
export interface HeatMapCell {
  consequence: RiskLevel;
  probability: RiskLevel;
  risk: number;
  riskClass: RiskClass;
  count: number;
}

/**
 * The heat map's 16 cells, highest consequence first (the top row as the matrix is drawn),
 * probability rising to the right. Every cell is present, also an empty one.
 */
export function heatMapCells(
  assessments: readonly { consequence: RiskLevel; probability: RiskLevel }[],
  thresholds: RiskThresholds,
): HeatMapCell[][] {
  return [...RISK_LEVELS].reverse().map((consequence) =>
    RISK_LEVELS.map((probability) => {
      const risk = riskScore(consequence, probability);
      return {
        consequence,
        probability,
        risk,
        riskClass: classifyRisk(risk, thresholds),
        count: assessments.filter((a) => a.consequence === consequence && a.probability === probability).length,
      };
    }),
  );
}
