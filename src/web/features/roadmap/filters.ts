import type { EffectTag, MilestoneStatus, RoadmapMilestone } from '../../../shared/roadmap-types';

/** The map's and the table's shared filters; empty = all. `year` is a year, 'unscheduled' or ''. */
export interface RoadmapFilters {
  focusArea: string;
  year: string;
  status: '' | MilestoneStatus;
  tag: '' | EffectTag;
}

export const NO_FILTERS: RoadmapFilters = { focusArea: '', year: '', status: '', tag: '' };

/** Whether a milestone passes every filter. */
export function matchesFilters(m: RoadmapMilestone, f: RoadmapFilters): boolean {
  if (f.focusArea && m.focusAreaKey !== f.focusArea) return false;
  if (f.year && (f.year === 'unscheduled' ? m.year !== null : String(m.year) !== f.year)) return false;
  if (f.status && m.status !== f.status) return false;
  if (f.tag && !m.effects.some((e) => e.tags.includes(f.tag as EffectTag))) return false;
  return true;
}

/** Reads the filters from the address (?area=&year=&status=&tag=), ignoring values that are not allowed. */
export function filtersFromParams(params: URLSearchParams): RoadmapFilters {
  const status = params.get('status') ?? '';
  const tag = params.get('tag') ?? '';
  return {
    focusArea: params.get('area') ?? '',
    year: params.get('year') ?? '',
    status: status === 'planned' || status === 'reached' || status === 'late' ? status : '',
    tag: tag === 'inv' || tag === 'sys' || tag === 'vsh' ? tag : '',
  };
}

/** Parses the effects textarea: one effect per line, tags last in brackets, "Tryggare patient (inv)". */
export function parseEffectLines(text: string): { text: string; tags: EffectTag[] }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /\(\s*((?:inv|sys|vsh)(?:[\s,]+(?:inv|sys|vsh))*)\s*\)\s*$/.exec(line);
      if (!m) return { text: line, tags: [] };
      const tags = new Set(m[1]!.split(/[\s,]+/));
      return { text: line.slice(0, m.index).trim(), tags: (['inv', 'sys', 'vsh'] as const).filter((t) => tags.has(t)) };
    });
}

/** The textarea's text for a milestone's effects (the inverse of parseEffectLines). */
export function effectLines(effects: readonly { text: string; tags: readonly EffectTag[] }[]): string {
  return effects.map((e) => (e.tags.length ? `${e.text} (${e.tags.join(', ')})` : e.text)).join('\n');
}
