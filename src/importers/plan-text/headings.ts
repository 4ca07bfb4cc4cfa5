/**
 * The heading syntax of a plan document shaped like Region Norrbotten's board plan.
 * Depth 0 is a perspective, 1 a strategic goal, 2 a success factor; the parser maps the
 * depths onto the governance model's levels by position.
 */
export type HeadingDepth = 0 | 1 | 2;

export interface PlanHeading {
  depth: HeadingDepth;
  title: string;
}

/** The document's own words for each depth, to start a message with. */
export const HEADING_WORDS: Record<HeadingDepth, string> = {
  0: 'Perspektivet',
  1: 'Det strategiska målet',
  2: 'Framgångsfaktorn',
};

// A perspective heading is one word such as "Samhällsperspektivet"; running text that merely
// mentions a perspective ("ur ett medborgarperspektiv") never stands alone on its line.
const PERSPECTIVE = /^\p{Lu}[\p{L}-]*perspektivet$/u;
const GOAL = /^Strategiskt mål:\s*(\S.*)$/u;
const SUCCESS_FACTOR = /^Framgångsfaktor:\s*(\S.*)$/u;

/** The plan heading on a line, or null. Titles are kept as written. */
export function readPlanHeading(line: string): PlanHeading | null {
  const text = line.trim();
  if (PERSPECTIVE.test(text)) return { depth: 0, title: text };
  const goal = GOAL.exec(text);
  if (goal?.[1] !== undefined) return { depth: 1, title: goal[1].trim() };
  const factor = SUCCESS_FACTOR.exec(text);
  if (factor?.[1] !== undefined) return { depth: 2, title: factor[1].trim() };
  return null;
}
