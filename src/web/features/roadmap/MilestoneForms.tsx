import { type FormEvent, useState } from 'react';
import { MILESTONE_STATUSES } from '../../../domain/roadmap/types';
import type { EdgeKind, MilestoneStatus, RoadmapMilestone, RoadmapVersionView } from '../../../shared/roadmap-types';
import { isApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { effectLines, parseEffectLines } from './filters';
import { useAddEdge, useReportStatus, useSaveMilestone } from './roadmap-api';

const errorText = (e: unknown) => (isApiError(e) ? e.message : e ? String(e) : null);
const fieldText = (e: unknown, path: string) => (isApiError(e) ? e.fieldError(path) : undefined);

/** Status per reporting period with a comment; reached asks for the date. */
export function StatusForm({ view, milestone }: { view: RoadmapVersionView; milestone: RoadmapMilestone }) {
  const { t, lang } = useT();
  const save = useReportStatus(milestone.id);
  const [period, setPeriod] = useState(view.periods.at(-1)?.key ?? '');
  const [status, setStatus] = useState<MilestoneStatus>(milestone.status);
  const [reachedOn, setReachedOn] = useState(milestone.reachedOn ?? '');
  const [comment, setComment] = useState('');
  const [saved, setSaved] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved('');
    save.mutate({ period, status, reachedOn: status === 'reached' ? reachedOn || null : null, comment }, { onSuccess: () => setSaved(t('roadmap.statusForm.saved')) });
  };
  return (
    <form className="rm-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('roadmap.statusForm.legend')}</legend>
        <Field label={t('roadmap.statusForm.period')} error={fieldText(save.error, 'period')}>
          <select value={period} onChange={(e) => setPeriod(e.target.value)}>
            {view.periods.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label[lang]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('roadmap.statusForm.status')}>
          <select value={status} onChange={(e) => setStatus(e.target.value as MilestoneStatus)}>
            {MILESTONE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`roadmap.statusName.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        {status === 'reached' && (
          <Field label={t('roadmap.statusForm.reachedOn')} error={fieldText(save.error, 'reachedOn')}>
            <input type="date" value={reachedOn} onChange={(e) => setReachedOn(e.target.value)} />
          </Field>
        )}
        <Field label={t('roadmap.statusForm.comment')}>
          <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        </Field>
        <FormFooter error={save.isError && !fieldText(save.error, 'period') && !fieldText(save.error, 'reachedOn') ? errorText(save.error) : null} pending={save.isPending} submitLabel={t('roadmap.statusForm.submit')} pendingLabel={t('app.saving')} success={saved} />
      </fieldset>
    </form>
  );
}

/** Draws an arrow from the milestone to another milestone or a goal; a loop is refused with the server's message naming it. */
export function EdgeForm({ view, milestone }: { view: RoadmapVersionView; milestone: RoadmapMilestone }) {
  const { t } = useT();
  const add = useAddEdge(view.version.id);
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<EdgeKind>('enables');
  const [because, setBecause] = useState('');
  const [saved, setSaved] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved('');
    const toGoal = to.startsWith('goal:');
    add.mutate({ from: milestone.key, to: toGoal ? to.slice(5) : to, toGoal, kind, because }, { onSuccess: () => setSaved(t('roadmap.edgeForm.saved')) });
  };
  return (
    <form className="rm-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('roadmap.edgeForm.legend')}</legend>
        <Field label={t('roadmap.edgeForm.to')} error={fieldText(add.error, 'to')}>
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="" />
            {view.milestones
              .filter((m) => m.key !== milestone.key)
              .map((m) => (
                <option key={m.key} value={m.key}>
                  {m.title} ({m.year ?? t('roadmap.unscheduled')})
                </option>
              ))}
            {view.goals.map((g) => (
              <option key={g.key} value={`goal:${g.key}`}>
                {t('roadmap.edgeForm.goalOption', { name: g.name })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('roadmap.edgeForm.kind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as EdgeKind)}>
            <option value="enables">{t('roadmap.edgeForm.enables')}</option>
            <option value="leads-to">{t('roadmap.edgeForm.leadsTo')}</option>
          </select>
        </Field>
        <Field label={t('roadmap.edgeForm.because')}>
          <input type="text" value={because} onChange={(e) => setBecause(e.target.value)} />
        </Field>
        <FormFooter error={add.isError && !fieldText(add.error, 'to') ? errorText(add.error) : null} pending={add.isPending} submitLabel={t('roadmap.edgeForm.submit')} pendingLabel={t('app.saving')} success={saved} />
      </fieldset>
    </form>
  );
}

/** Edits a milestone (or makes a new one when `milestone` is null): name, focus area, year or unscheduled, description, criterion, effects. */
export function MilestoneEditForm({ view, milestone, onDone }: { view: RoadmapVersionView; milestone: RoadmapMilestone | null; onDone?: () => void }) {
  const { t } = useT();
  const save = useSaveMilestone(view.version.id, milestone?.id ?? null);
  const areas = view.groups.flatMap((g) => g.focusAreas);
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [area, setArea] = useState(milestone?.focusAreaKey ?? areas[0]?.key ?? '');
  const [year, setYear] = useState(milestone ? (milestone.year === null ? '' : String(milestone.year)) : String(view.version.year));
  const [description, setDescription] = useState(milestone?.description ?? '');
  const [criterion, setCriterion] = useState(milestone?.criterion ?? '');
  const [effects, setEffects] = useState(effectLines(milestone?.effects ?? []));
  const [saved, setSaved] = useState('');
  const last = Math.max(view.version.endYear, view.version.year) + 3;
  const years = Array.from({ length: last - view.version.startYear + 1 }, (_, i) => view.version.startYear + i);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved('');
    save.mutate(
      { focusAreaKey: area, title, year: year ? Number(year) : null, description, criterion, effects: parseEffectLines(effects) },
      {
        onSuccess: () => {
          setSaved(t('roadmap.editForm.saved'));
          onDone?.();
        },
      },
    );
  };
  const known = ['title', 'focusAreaKey', 'year'].some((p) => fieldText(save.error, p));
  return (
    <form className="rm-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{milestone ? t('roadmap.editForm.legend') : t('roadmap.editForm.newLegend')}</legend>
        <Field label={t('roadmap.editForm.title')} error={fieldText(save.error, 'title')}>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={t('roadmap.focusArea')} error={fieldText(save.error, 'focusAreaKey')}>
          <select value={area} onChange={(e) => setArea(e.target.value)}>
            {areas.map((a) => (
              <option key={a.key} value={a.key}>
                {a.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('roadmap.year')} error={fieldText(save.error, 'year')}>
          <select value={year} onChange={(e) => setYear(e.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
            <option value="">{t('roadmap.unscheduled')}</option>
          </select>
        </Field>
        <Field label={t('roadmap.editForm.description')}>
          <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <Field label={t('roadmap.editForm.criterion')}>
          <textarea rows={2} value={criterion} onChange={(e) => setCriterion(e.target.value)} />
        </Field>
        <Field label={t('roadmap.editForm.effects')}>
          <textarea rows={4} value={effects} onChange={(e) => setEffects(e.target.value)} />
        </Field>
        <FormFooter error={save.isError && !known ? errorText(save.error) : null} pending={save.isPending} submitLabel={t('roadmap.editForm.submit')} pendingLabel={t('app.saving')} success={saved} />
      </fieldset>
    </form>
  );
}
