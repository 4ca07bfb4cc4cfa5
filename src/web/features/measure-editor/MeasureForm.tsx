import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { MeasureKindDef } from '../../../domain/model/governance';
import { useOrganisationUsers } from '../../api/queries';
import { Field, RadioGroup, SelectField, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { ConflictMessage } from '../plans/ConflictMessage';
import { FootnoteRows } from './FootnoteRows';
import { REPORT_PERIODS, rebaseValues, targetRowErrors, type FormField, type MeasureFormValues } from './form-values';
import { TargetRows } from './TargetRows';
import { BaselineUnderstandingLine } from './Understanding';

export interface MeasureFormProps {
  initial: MeasureFormValues;
  /** The stored version `initial` was read from; when it changes (a reload), the form takes the newer values of untouched fields. */
  baseVersion?: number;
  kinds: MeasureKindDef[];
  /** The organisation whose people may own the measure. */
  orgId: number | undefined;
  /** Whether the plan's structure is open (a draft or a revision); when not, name, kind and targets are read-only unless the kind changes freely. */
  structureOpen: boolean;
  /** The owner as stored, in case that person is no longer listed. */
  currentOwner?: { id: number; name: string } | null;
  pending: boolean;
  errors: Partial<Record<FormField, string>>;
  formError: string | null;
  /** A 409 from the server: its message, with a reload that keeps what was typed. */
  conflict: string | null;
  onReload?: () => void;
  submitLabel: string;
  success?: string;
  onSubmit: (values: MeasureFormValues) => void;
  /** A note above the protected fields, e.g. a link to start a revision. */
  lockedNote?: ReactNode;
  children?: ReactNode;
}

/** Every field of a measure, for creating one and for changing one. */
export function MeasureForm(props: MeasureFormProps) {
  const { initial, baseVersion, kinds, orgId, structureOpen, pending, errors, formError, conflict, onReload, submitLabel, success, onSubmit, lockedNote, children } = props;
  const { t, lang } = useT();
  const id = useId();
  const [v, setV] = useState(initial);
  // A reload after a conflict brings a newer version: fields the person left alone take its values, typed ones stay.
  const loaded = useRef({ version: baseVersion, values: initial });
  useEffect(() => {
    if (loaded.current.version === baseVersion) return;
    const was = loaded.current.values;
    loaded.current = { version: baseVersion, values: initial };
    setV((typed) => rebaseValues(typed, was, initial));
  }, [baseVersion, initial]);
  const [showRowErrors, setShowRowErrors] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const users = useOrganisationUsers(orgId ?? Number.NaN, orgId !== undefined);
  const set = <K extends keyof MeasureFormValues>(key: K) => (value: MeasureFormValues[K]) => setV((old) => ({ ...old, [key]: value }));

  const kind = kinds.find((k) => k.key === initial.kindKey);
  const locked = !structureOpen && !kind?.changeWithoutRevision;
  const lockedHint = locked ? t('measureEditor.lockedField') : undefined;
  const people = [...(users.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const owner = props.currentOwner;
  const direction = v.betterDirection || null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setShowRowErrors(true);
    if (Object.keys(targetRowErrors(v.targets)).length > 0) return focusAfterCommit(() => focusFirstInvalid(formRef.current));
    onSubmit(v);
  };

  return (
    <form ref={formRef} className="form card measure-form" onSubmit={submit} noValidate>
      {locked && (
        <p className="notice">
          <span aria-hidden="true">🔒 </span>
          {t('measureEditor.locked')} {lockedNote}
        </p>
      )}
      <TextField label={t('measureEditor.name')} hint={lockedHint} value={v.name} onChange={set('name')} error={errors.name} readOnly={locked} required autoComplete="off" />
      {locked ? (
        <TextField label={t('measureEditor.kind')} hint={lockedHint} value={kind ? t('measureEditor.kindDecidedBy', { kind: kind.name[lang], who: kind.decidedBy[lang] }) : v.kindKey} onChange={() => undefined} readOnly />
      ) : (
        <SelectField
          label={t('measureEditor.kind')}
          value={v.kindKey}
          onChange={set('kindKey')}
          error={errors.kindKey}
          options={kinds.map((k) => ({ value: k.key, label: t('measureEditor.kindDecidedBy', { kind: k.name[lang], who: k.decidedBy[lang] }) }))}
        />
      )}
      <Field label={t('measureEditor.definition')} error={errors.definition}>
        <textarea rows={3} value={v.definition} onChange={(e) => set('definition')(e.target.value)} />
      </Field>
      <Field label={kinds.find((k) => k.key === v.kindKey)?.methodName?.[lang] ?? t('measureEditor.method')} error={errors.method}>
        <textarea rows={2} value={v.method} onChange={(e) => set('method')(e.target.value)} />
      </Field>
      <div className="field-row">
        <TextField label={t('measureEditor.unit')} hint={t('measureEditor.unitHint')} value={v.unit} onChange={set('unit')} error={errors.unit} size={8} maxLength={40} />
        <TextField label={t('measureEditor.kolada')} hint={t('measureEditor.koladaHint')} value={v.koladaKpi} onChange={set('koladaKpi')} error={errors.koladaKpi} size={8} maxLength={6} autoComplete="off" />
      </div>
      <RadioGroup
        legend={t('measureEditor.direction')}
        value={v.betterDirection}
        onChange={set('betterDirection')}
        error={errors.betterDirection}
        options={[
          { value: 'increase', label: t('measureEditor.directionIncrease') },
          { value: 'decrease', label: t('measureEditor.directionDecrease') },
          { value: '', label: t('measureEditor.directionNone') },
        ]}
      />
      <RadioGroup
        legend={t('measureEditor.nature')}
        value={v.valueNature}
        onChange={set('valueNature')}
        error={errors.valueNature}
        options={(['flow', 'cumulative', 'state'] as const).map((n) => ({ value: n, label: t(`measure.natures.${n}`) }))}
      />
      <div className="field">
        <label htmlFor={`${id}-baseline`}>{t('measureEditor.baseline')}</label>
        <p className="field-hint" id={`${id}-baseline-hint`}>
          {t('measureEditor.baselineHint')}
        </p>
        <input
          id={`${id}-baseline`}
          value={v.baseline}
          autoComplete="off"
          aria-invalid={errors.baseline ? true : undefined}
          aria-describedby={`${id}-baseline-hint ${id}-baseline-reading${errors.baseline ? ` ${id}-baseline-error` : ''}`}
          onChange={(e) => set('baseline')(e.target.value)}
        />
        {errors.baseline && (
          <p className="field-error" id={`${id}-baseline-error`}>
            <span aria-hidden="true">✗ </span>
            {errors.baseline}
          </p>
        )}
        <BaselineUnderstandingLine id={`${id}-baseline-reading`} text={v.baseline} />
      </div>
      <TargetRows rows={v.targets} onChange={set('targets')} betterDirection={direction} locked={locked} error={errors.targets} showRowErrors={showRowErrors} />
      <TextField label={t('measureEditor.source')} hint={t('measureEditor.sourceHint')} value={v.source} onChange={set('source')} error={errors.source} />
      <fieldset className="checkbox-group" aria-describedby={`${id}-periods-hint`}>
        <legend>{t('measureEditor.periods')}</legend>
        <p className="field-hint" id={`${id}-periods-hint`}>
          {t('measureEditor.periodsHint')}
        </p>
        {REPORT_PERIODS.map((p) => (
          <label key={p} className="checkbox">
            <input
              type="checkbox"
              checked={v.reportingPeriods.includes(p)}
              onChange={(e) => set('reportingPeriods')(e.target.checked ? [...v.reportingPeriods, p] : v.reportingPeriods.filter((x) => x !== p))}
            />{' '}
            {t(`measureEditor.period.${p}`)}
          </label>
        ))}
        {v.reportingPeriods.length === 0 && <p className="meta">{t('measureEditor.periodsAll')}</p>}
        {errors.reportingPeriods && <p className="field-error">{errors.reportingPeriods}</p>}
      </fieldset>
      <fieldset className="checkbox-group">
        <legend>{t('measureEditor.breakdowns')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={v.sex} onChange={(e) => set('sex')(e.target.checked)} /> {t('measureEditor.sex')}
        </label>
        <div className="field-row">
          <Field label={t('measureEditor.ageBands')} hint={t('measureEditor.listHint')} error={errors.breakdowns}>
            <textarea rows={3} value={v.ageBands} onChange={(e) => set('ageBands')(e.target.value)} />
          </Field>
          <Field label={t('measureEditor.areas')} hint={t('measureEditor.listHint')}>
            <textarea rows={3} value={v.areas} onChange={(e) => set('areas')(e.target.value)} />
          </Field>
        </div>
      </fieldset>
      <SelectField
        label={t('measureEditor.owner')}
        value={v.ownerUserId}
        onChange={set('ownerUserId')}
        error={errors.ownerUserId}
        options={[
          { value: '', label: t('measureEditor.noOwner') },
          ...(owner && !people.some((p) => p.id === owner.id) ? [{ value: String(owner.id), label: owner.name }] : []),
          ...people.map((p) => ({ value: String(p.id), label: t('measureEditor.ownerOption', { name: p.name, role: t(`roles.${p.role}`) }) })),
        ]}
      />
      <FootnoteRows rows={v.footnotes} onChange={set('footnotes')} error={errors.footnotes} />
      {onReload && <ConflictMessage message={conflict} onReload={onReload} reloadLabel={t('measureEditor.reload')} />}
      <FormFooter error={formError} pending={pending} submitLabel={submitLabel} pendingLabel={t('app.saving')} success={success}>
        {children}
      </FormFooter>
    </form>
  );
}
