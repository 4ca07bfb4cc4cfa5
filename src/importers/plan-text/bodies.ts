import type { GovernanceModel } from '../../domain/model/governance';
import { headingKey } from './text';

/**
 * Which bodies (RS, RUN, PN) answer for a node. The plan text rarely says so directly:
 * the plan belongs to one body, the risk table (Bilaga 5) names the bodies of some goals,
 * and a success factor handled in another body's plan says so in its text.
 */

/** The body whose plan this is, from a title such as "Regionstyrelsens plan 2022-2024", or null. */
export function ownerBody(title: string, model: GovernanceModel): string | null {
  const lower = title.toLowerCase();
  // Longest name first, so "Regionstyrelsen" is not mistaken for a shorter name it starts with.
  const bodies = [...model.bodies].sort((a, b) => b.name.sv.length - a.name.sv.length);
  return bodies.find((body) => lower.startsWith(body.name.sv.toLowerCase()))?.code ?? null;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The bodies given with a goal in a table cell such as "Ett livskraftigt län (RS, RUN)",
 * searched in `lines` (the part of the document after the plan), or null when none is given.
 */
export function goalBodiesFromTables(goalTitle: string, lines: readonly string[]): string[] | null {
  const pattern = new RegExp(`^${escapeRegExp(headingKey(goalTitle))}\\s*\\(([^()]+)\\)$`, 'u');
  for (const line of lines) {
    if (!line.includes('\t')) continue;
    for (const cell of line.split('\t')) {
      const match = pattern.exec(headingKey(cell));
      if (match?.[1] !== undefined) {
        return match[1].split(',').map((code) => code.trim().toUpperCase()).filter((code) => code !== '');
      }
    }
  }
  return null;
}

/** The body whose own plan handles a success factor ("… behandlas i regionala utvecklingsnämndens plan"), or null. */
export function handledElsewhere(description: string, model: GovernanceModel): string | null {
  const lower = description.toLowerCase();
  const body = model.bodies.find((b) => lower.includes(`behandlas i ${b.name.sv.toLowerCase()}s plan`));
  return body?.code ?? null;
}
