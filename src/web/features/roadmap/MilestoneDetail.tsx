import type { RoadmapMilestone, RoadmapVersionView } from '../../../shared/roadmap-types';
import { useMe } from '../../api/queries';
import { useT } from '../../i18n';
import { useDeleteEdge, useDeleteMilestone } from './roadmap-api';
import { MilestoneLinks } from './MilestoneLinks';
import { MilestoneOwner } from './MilestoneOwner';
import { EdgeForm, MilestoneEditForm, StatusForm } from './MilestoneForms';
import type { Highlight } from './selection';

/** The selected milestone: what it is, how one tells it is reached, its effects, its paths, its follow-up; editors name its responsible person and revise it; they and that person report its status here. */
export function MilestoneDetail({ view, milestone, highlight, onClose }: { view: RoadmapVersionView; milestone: RoadmapMilestone; highlight: Highlight; onClose: () => void }) {
  const { t, lang } = useT();
  const removeEdge = useDeleteEdge();
  const removeMilestone = useDeleteMilestone();
  const me = useMe();
  // Its responsible person reports its status as well as editors (issue 12, item 9).
  const isOwner = milestone.owner !== null && milestone.owner.id === me.data?.id;
  const area = view.groups.flatMap((g) => g.focusAreas).find((a) => a.key === milestone.focusAreaKey);
  const titleOf = (key: string, goal = false) => (goal ? view.goals.find((g) => g.key === key)?.name : view.milestones.find((m) => m.key === key)?.title) ?? key;
  const into = view.edges.filter((e) => !e.toGoal && e.to === milestone.key);
  const out = view.edges.filter((e) => e.from === milestone.key);
  const when = milestone.year ?? (milestone.tentativeYear ? t('roadmap.unscheduledTentative', { year: milestone.tentativeYear }) : t('roadmap.unscheduled'));
  const edgeItem = (e: (typeof view.edges)[number], other: string) => (
    <li key={e.id}>
      {other} <span className="meta">({e.kind === 'enables' ? t('roadmap.edgeForm.enables') : t('roadmap.edgeForm.leadsTo')})</span>
      {view.canEdit && (
        <button type="button" className="button button-secondary button-small rm-inline-button" onClick={() => removeEdge.mutate(e.id)}>
          <span aria-hidden="true">✕</span>
          <span className="visually-hidden">{t('roadmap.detail.removeEdge', { from: titleOf(e.from), to: titleOf(e.to, e.toGoal) })}</span>
        </button>
      )}
    </li>
  );
  return (
    <section className="rm-detail card" aria-labelledby="rm-detail-title">
      <p className="meta">{t('roadmap.detail.title')}</p>
      <h2 id="rm-detail-title">{milestone.title}</h2>
      <p className="meta">
        {area?.name} · {when} · <strong className={`rm-status-text rm-status-text-${milestone.status}`}>{t(`roadmap.statusName.${milestone.status}`)}</strong>
        {milestone.reachedOn && <> · {t('roadmap.reachedOn', { date: milestone.reachedOn })}</>}
      </p>
      <MilestoneOwner view={view} milestone={milestone} isOwner={isOwner} />
      <p className="rm-path-summary">{t('roadmap.map.selection', { title: milestone.title, before: highlight.before.size, after: highlight.after.size })}</p>
      {milestone.description && (
        <>
          <h3>{t('roadmap.detail.description')}</h3>
          {milestone.description.split('\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </>
      )}
      {milestone.criterion && (
        <>
          <h3>{t('roadmap.detail.criterion')}</h3>
          <p>{milestone.criterion}</p>
        </>
      )}
      <h3>{t('roadmap.detail.effects')}</h3>
      {milestone.effects.length === 0 ? (
        <p>{t('roadmap.detail.noEffects')}</p>
      ) : (
        <ul className="rm-effects">
          {milestone.effects.map((e, i) => (
            <li key={i}>
              {e.text}
              {e.tags.length > 0 && <span className="rm-tags"> ({e.tags.map((tag) => `${t(`roadmap.tagShort.${tag}`)} – ${t(`roadmap.tag.${tag}`)}`).join(', ')})</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('roadmap.detail.before')}</h3>
      {into.length === 0 ? <p>{t('roadmap.detail.nothing')}</p> : <ul>{into.map((e) => edgeItem(e, titleOf(e.from)))}</ul>}
      <h3>{t('roadmap.detail.after')}</h3>
      {out.length === 0 ? <p>{t('roadmap.detail.nothing')}</p> : <ul>{out.map((e) => edgeItem(e, titleOf(e.to, e.toGoal)))}</ul>}
      {area?.targetPicture && (
        <details>
          <summary>{t('roadmap.detail.targetPicture', { area: area.name })}</summary>
          {area.targetPicture.split('\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </details>
      )}
      <MilestoneLinks key={`l${milestone.id}`} view={view} milestone={milestone} />
      <h3>{t('roadmap.detail.reports')}</h3>
      {milestone.reports.length === 0 ? (
        <p>{t('roadmap.detail.noReports')}</p>
      ) : (
        <ul>
          {milestone.reports.map((r) => (
            <li key={r.period}>
              {t('roadmap.detail.reportLine', { period: r.periodLabel[lang], status: t(`roadmap.statusName.${r.status}`) })}
              {r.reachedOn && <> ({r.reachedOn})</>}
              {r.comment && <> – {r.comment}</>}
            </li>
          ))}
        </ul>
      )}
      {(view.canEdit || isOwner) && <StatusForm key={`s${milestone.id}`} view={view} milestone={milestone} />}
      {view.canEdit && (
        <>
          <EdgeForm key={`e${milestone.id}`} view={view} milestone={milestone} />
          <details className="rm-edit">
            <summary>{t('roadmap.editForm.legend')}</summary>
            <MilestoneEditForm key={`m${milestone.id}`} view={view} milestone={milestone} />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                if (window.confirm(t('roadmap.editForm.confirmDelete', { title: milestone.title, year: view.version.year }))) removeMilestone.mutate(milestone.id, { onSuccess: onClose });
              }}
            >
              {t('roadmap.editForm.delete')}
            </button>
          </details>
        </>
      )}
      <button type="button" className="button button-secondary" onClick={onClose}>
        {t('roadmap.detail.close')}
      </button>
    </section>
  );
}
