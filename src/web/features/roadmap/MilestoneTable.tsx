import type { RoadmapMilestone, RoadmapVersionView } from '../../../shared/roadmap-types';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import type { Highlight } from './selection';

/** The map as an accessible table: the same milestones and filters, the selection's path named in text. */
export function MilestoneTable({ view, milestones, highlight, onSelect }: { view: RoadmapVersionView; milestones: RoadmapMilestone[]; highlight: Highlight | null; onSelect: (key: string | null) => void }) {
  const { t } = useT();
  const caption = t('roadmap.table.caption', { title: view.roadmap.title, year: view.version.year });
  const areas = view.groups.flatMap((g) => g.focusAreas.map((a) => ({ ...a, groupName: g.name })));
  const titleOf = new Map(view.milestones.map((m) => [m.key, m.title]));
  const onPath = (key: string) =>
    !highlight ? '' : key === highlight.selected ? t('roadmap.table.selected') : highlight.before.has(key) ? t('roadmap.table.onPathBefore') : highlight.after.has(key) ? t('roadmap.table.onPathAfter') : '';
  return (
    <ScrollRegion label={caption}>
      <table className="data-table roadmap-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('roadmap.focusArea')}</th>
            <th scope="col">{t('roadmap.year')}</th>
            <th scope="col">{t('roadmap.table.milestone')}</th>
            <th scope="col">{t('roadmap.status')}</th>
            <th scope="col">{t('roadmap.table.effects')}</th>
            <th scope="col">{t('roadmap.table.leadsHere')}</th>
            <th scope="col">{t('roadmap.table.onPath')}</th>
          </tr>
        </thead>
        <tbody>
          {areas.flatMap((a) =>
            milestones
              .filter((m) => m.focusAreaKey === a.key)
              .map((m) => (
                <tr key={m.key} className={highlight && !onPath(m.key) ? 'rm-row-faded' : undefined}>
                  <td>
                    {a.name}
                    <span className="meta"> ({a.groupName})</span>
                  </td>
                  <td>{m.year ?? (m.tentativeYear ? t('roadmap.unscheduledTentative', { year: m.tentativeYear }) : t('roadmap.unscheduled'))}</td>
                  <th scope="row">
                    <button type="button" className="link-button" aria-pressed={highlight?.selected === m.key} onClick={() => onSelect(highlight?.selected === m.key ? null : m.key)}>
                      {m.title}
                    </button>
                  </th>
                  <td className={`rm-status-text rm-status-text-${m.status}`}>
                    {t(`roadmap.statusName.${m.status}`)}
                    {m.reachedOn && <span className="meta"> {m.reachedOn}</span>}
                  </td>
                  <td>
                    <ul className="rm-effects">
                      {m.effects.map((e, i) => (
                        <li key={i}>
                          {e.text}
                          {e.tags.length > 0 && <span className="rm-tags"> ({e.tags.map((tag) => t(`roadmap.tagShort.${tag}`)).join(', ')})</span>}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {view.edges
                      .filter((e) => !e.toGoal && e.to === m.key)
                      .map((e) => titleOf.get(e.from))
                      .join('; ')}
                  </td>
                  <td>{onPath(m.key)}</td>
                </tr>
              )),
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
