import { useRef, useState, type FormEvent } from 'react';
import { LANGS, type Localized } from '../../../domain/i18n/lang';
import type { GovernanceModel } from '../../../domain/model/governance';
import { formatNumber } from '../../../domain/numbers';
import type { ModelUsage } from '../../../shared/authoring-schemas';
import { Field } from '../../components/Field';
import { SubmitButton } from '../../components/Form';
import { useT } from '../../i18n';
import { parseNumberInput } from '../../lib/numbers';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useSaveModel } from './api';
import { KindsEditor } from './KindsEditor';
import { LevelsEditor } from './LevelsEditor';
import { type Errors, fieldId } from './LocalizedFields';
import { usageCounts } from './model-edits';

/** `levels[0].name.sv`, `/levels/0/name/sv` and `levels.0.name.sv` all name the same field. */
export function normalisePath(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^[/.]+/, '')
    .replace(/\//g, '.');
}

interface Props {
  orgId: number;
  model: GovernanceModel;
  usage: ModelUsage;
  onCancel: () => void;
  onSaved: () => void;
  /** Fetches the newest model and usage and starts the editor over (after a 409). */
  onReload: () => void;
}

const trimmed = (name: Localized): Localized => ({ sv: name.sv.trim(), da: name.da.trim(), en: name.en.trim() });

/**
 * The whole model in one form: levels (add, remove, rename, reorder, "bär mått"), measure kinds and
 * the roll-up thresholds. Nothing is stored until "Spara"; the save names the version it was edited
 * from, so that someone else's change in between is refused rather than overwritten.
 */
export function ModelEditor({ orgId, model, usage, onCancel, onSaved, onReload }: Props) {
  const { t, lang } = useT();
  const save = useSaveModel(orgId);
  const [draft, setDraft] = useState(model);
  const [met, setMet] = useState(formatNumber(model.rollup.metThreshold * 100, lang, { maximumFractionDigits: 1 }));
  const [partly, setPartly] = useState(formatNumber(model.rollup.partlyThreshold * 100, lang, { maximumFractionDigits: 1 }));
  const [weight, setWeight] = useState(formatNumber(model.rollup.partlyWeight, lang, { maximumFractionDigits: 2 }));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const counts = usageCounts(usage);

  // A structural edit renumbers the fields, so errors found before it no longer point at the right ones.
  const edit = (next: GovernanceModel) => {
    const order = (m: GovernanceModel) => [...m.levels, ...m.measureKinds].map((x) => x.key).join(' ');
    if (order(next) !== order(draft)) setErrors({});
    setDraft(next);
  };

  const validate = (): { errors: Errors; model: GovernanceModel | null } => {
    const found: Errors = {};
    // Each message names its level or kind and the field, so that the summary above the form reads on its own.
    const required = (path: string, where: string, label: 'nameIn' | 'pluralIn' | 'decidedByIn', value: Localized) =>
      LANGS.forEach((l) => {
        if (!value[l].trim()) found[`${path}.${l}`] = t('modelEdit.missing', { where, field: t(`modelEdit.${label}`, { lang: t(`langName.${l}`) }) });
      });
    draft.levels.forEach((level, i) => {
      const where = t('modelEdit.levelLegend', { n: i + 1, name: level.name[lang] || level.name.sv });
      required(`levels.${i}.name`, where, 'nameIn', level.name);
      required(`levels.${i}.plural`, where, 'pluralIn', level.plural);
    });
    draft.measureKinds.forEach((kind, i) => {
      const where = t('modelEdit.kindLegend', { name: kind.name[lang] || kind.name.sv });
      required(`measureKinds.${i}.name`, where, 'nameIn', kind.name);
      required(`measureKinds.${i}.plural`, where, 'pluralIn', kind.plural);
      required(`measureKinds.${i}.decidedBy`, where, 'decidedByIn', kind.decidedBy);
    });
    if (draft.levels.length === 0) found.levels = t('modelEdit.oneLevel');
    else if (!draft.levels.some((l) => l.carriesMeasures)) found.levels = t('modelEdit.oneCarrier');
    if (draft.measureKinds.length === 0) found.measureKinds = t('modelEdit.oneKind');
    const metN = parseNumberInput(met, lang);
    const partlyN = parseNumberInput(partly, lang);
    const weightN = parseNumberInput(weight, lang);
    if (metN === null || metN < 0 || metN > 100) found['rollup.metThreshold'] = t('model.invalidPercent');
    if (partlyN === null || partlyN < 0 || partlyN > 100) found['rollup.partlyThreshold'] = t('model.invalidPercent');
    else if (metN !== null && partlyN > metN) found['rollup.partlyThreshold'] = t('model.partlyAboveMet');
    if (weightN === null || weightN < 0 || weightN > 1) found['rollup.partlyWeight'] = t('model.invalidWeight');
    if (Object.keys(found).length > 0 || metN === null || partlyN === null || weightN === null) return { errors: found, model: null };
    return {
      errors: found,
      model: {
        ...draft,
        levels: draft.levels.map((l) => ({ ...l, name: trimmed(l.name), plural: trimmed(l.plural) })),
        measureKinds: draft.measureKinds.map((k) => ({ ...k, name: trimmed(k.name), plural: trimmed(k.plural), decidedBy: trimmed(k.decidedBy) })),
        rollup: { ...draft.rollup, metThreshold: metN / 100, partlyThreshold: partlyN / 100, partlyWeight: weightN },
      },
    };
  };

  const showErrors = (found: Errors) => {
    setErrors(found);
    focusAfterCommit(() => summaryRef.current?.focus());
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setFormError(null);
    setConflict(false);
    const result = validate();
    if (!result.model) return showErrors(result.errors);
    setErrors({});
    save.mutate(
      { model: result.model, version: usage.version },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const found: Errors = {};
          for (const d of error.details) found[normalisePath(d.path)] = d.message;
          // The server's words are shown as given: they say how many nodes or measures stand in the way, or who changed what.
          setConflict(error.status === 409);
          setFormError(
            error.status === 403 ? t('app.forbidden') : error.status === 0 ? t('app.networkError') : error.message || t('model.saveFailed'),
          );
          showErrors(error.status === 409 ? {} : found);
        },
      },
    );
  };

  // The summary lists only what no field shows (or the field's message once); each links to its field.
  const errorList = Object.entries(errors).filter(([, message]) => message !== formError);
  return (
    <form className="form model-editor" onSubmit={onSubmit} noValidate>
      <div ref={summaryRef} tabIndex={-1} role="alert" className={errorList.length || formError ? 'error-box' : undefined}>
        {(errorList.length > 0 || formError) && (
          <>
            <p>{conflict ? `${t('modelEdit.conflict')} ${formError}` : (formError ?? t('model.errorSummary'))}</p>
            {errorList.length > 0 && (
              <ul>
                {errorList.map(([path, message]) => (
                  <li key={path}>
                    <a href={`#${fieldId(path)}`}>{message}</a>
                  </li>
                ))}
              </ul>
            )}
            {conflict && (
              <button type="button" className="button button-secondary" onClick={onReload}>
                {t('modelEdit.reload')}
              </button>
            )}
          </>
        )}
      </div>

      <LevelsEditor model={draft} usage={counts} onChange={edit} errors={errors} />
      <KindsEditor model={draft} usage={counts} onChange={edit} errors={errors} />

      <h2>{t('model.rollup')}</h2>
      <fieldset className="card">
        <legend>{t('model.thresholds')}</legend>
        <div className="form-row">
          <Field label={t('model.metThreshold')} hint={t('model.percentHint')} error={errors['rollup.metThreshold']}>
            <input id={fieldId('rollup.metThreshold')} type="text" inputMode="decimal" value={met} onChange={(e) => setMet(e.target.value)} />
          </Field>
          <Field label={t('model.partlyThreshold')} hint={t('model.percentHint')} error={errors['rollup.partlyThreshold']}>
            <input id={fieldId('rollup.partlyThreshold')} type="text" inputMode="decimal" value={partly} onChange={(e) => setPartly(e.target.value)} />
          </Field>
          <Field label={t('model.partlyWeight')} hint={t('model.weightHint')} error={errors['rollup.partlyWeight']}>
            <input id={fieldId('rollup.partlyWeight')} type="text" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} />
          </Field>
        </div>
      </fieldset>

      <div className="form-actions">
        <SubmitButton pending={save.isPending} label={t('model.save')} pendingLabel={t('app.saving')} />
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('model.cancel')}
        </button>
      </div>
    </form>
  );
}
