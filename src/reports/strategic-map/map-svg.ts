import type { Lang } from '../../domain/i18n/lang';
import { layoutMap } from '../../domain/roadmap/layout';
import { renderMapSvg } from '../../domain/roadmap/render-svg';
import type { RoadmapVersionView } from '../../shared/roadmap-types';
import { MAP_LABELS } from './labels';

/** The map of a version as SVG: the same pure layout the web map draws. */
export function strategicMapSvg(view: RoadmapVersionView, lang: Lang = 'sv'): string {
  const layout = layoutMap({
    focusAreas: view.groups.flatMap((g) => g.focusAreas.map((a) => ({ key: a.key, name: a.name, groupName: g.name }))),
    milestones: view.milestones,
    goals: view.goals,
    edges: view.edges,
    fromYear: view.version.startYear,
    toYear: view.version.endYear,
  });
  return renderMapSvg(layout, new Map(view.milestones.map((m) => [m.key, m.status])), { title: `${view.roadmap.title} (version ${view.version.year})`, ...MAP_LABELS[lang] });
}
