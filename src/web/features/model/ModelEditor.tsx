import { useRef, useState, type FormEvent } from 'react';
import { LANGS, type Lang, type Localized } from '../../../domain/i18n/lang';
import type { GovernanceModel } from '../../../domain/model/governance';
import { useSaveGovernanceModel } from '../../api/queries';
import { Field } from '../../components/Field';
import { SubmitButton } from '../../components/Form';
import { useT } from '../../i18n';
import { formatNumber } from '../../../domain/numbers';
import { parseNumberInput } from '../../lib/numbers';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';

type Errors = Record<string, string>;

/** `levels[0].name.sv`, `/levels/0/name/sv` and `levels.0.name.sv` all name the same field. */
export function normalisePath(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^[/.]+/, '')
    .replace(/\//g, '.');
}

const fieldId = (path: string) => `model-${path.replace(/\./g, '-')}`;

interface Props {
  orgId: number;
  model: GovernanceModel;
  onCancel: () => void;
  onSaved: () => void;
}

/** Admins rename the levels and measure kinds (in sv, da, en) and set the roll-up thresholds. */
export function ModelEditor({ orgId, model, onCancel, onSaved }: Props) {
  const { t, lang } = useT();
  const save = useSaveGovernanceModel(orgId);
  const [levels, setLevels] = useState(model.levels.map((l) => ({ ...l.name })));
  const [kinds, setKinds] = useState(model.measureKinds.map((k) => ({ ...k.name })));
  const [met, setMet] = useState(formatNumber(model.rollup.metThreshold * 100, lang, { maximumFractionDigits: 1 }));
  const [partly, setPartly] = useState(formatNumber(model.rollup.partlyThreshold * 100, lang, { maximumFractionDigits: 1 }));
  const [weight, setWeight] = useState(formatNumber(model.rollup.partlyWeight, lang, { maximumFractionDigits: 2 }));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusAfterCommit = useFocusAfterCommit();

  const validate = (): { errors: Errors; model: GovernanceModel | null } => {
    const found: Errors = {};
    levels.forEach((name, i) =>
      LANGS.forEach((l) => {
        if (!name[l].trim()) found[`levels.${i}.name.${l}`] = t('model.nameRequired');
      }),
    );
    kinds.forEach((name, i) =>
      LANGS.forEach((l) => {
        if (!name[l].trim()) found[`measureKinds.${i}.name.${l}`] = t('model.nameRequired');
      }),
    );
    const metN = parseNumberInput(met, lang);
    const partlyN = parseNumberInput(partly, lang);
    const weightN = parseNumberInput(weight, lang);
    if (metN === null || metN < 0 || metN > 100) found['rollup.metThreshold'] = t('model.invalidPercent');
    if (partlyN === null || partlyN < 0 || partlyN > 100) found['rollup.partlyThreshold'] = t('model.invalidPercent');
    else if (metN !== null && partlyN > metN) found['rollup.partlyThreshold'] = t('model.partlyAboveMet');
    if (weightN === null || weightN < 0 || weightN > 1) found['rollup.partlyWeight'] = t('model.invalidWeight');
    if (Object.keys(found).length > 0 || metN === null || partlyN === null || weightN === null) {
      return { errors: found, model: null };
    }
    const trimmed = (name: Localized): Localized => ({ sv: name.sv.trim(), da: name.da.trim(), en: name.en.trim() });
    return {
      errors: found,
      model: {
        ...model,
        levels: model.levels.map((level, i) => ({ ...level, name: trimmed(levels[i] ?? level.name) })),
        measureKinds: model.measureKinds.map((kind, i) => ({ ...kind, name: trimmed(kinds[i] ?? kind.name) })),
        rollup: { ...model.rollup, metThreshold: metN / 100, partlyThreshold: partlyN / 100, partlyWeight: weightN },
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
    const result = validate();
    if (!result.model) return showErrors(result.errors);
    setErrors({});
    save.mutate(result.model, {
      onSuccess: onSaved,
      onError: (error) => {
        const found: Errors = {};
        for (const d of error.details) found[normalisePath(d.path)] = d.message;
        setFormError(error.status === 403 ? t('app.forbidden') : error.message || t('model.saveFailed'));
        showErrors(found);
      },
    });
  };

  const nameFields = (prefix: 'levels' | 'measureKinds', i: number, name: Localized, update: (l: Lang, v: string) => void) =>
    LANGS.map((l) => {
      const path = `${prefix}.${i}.name.${l}`;
      return (
        <Field key={l} label={t('model.nameIn', { lang: t(`langName.${l}`) })} error={errors[path]}>
          <input id={fieldId(path)} type="text" lang={l} value={name[l]} onChange={(e) => update(l, e.target.value)} />
        </Field>
      );
    });

  const errorList = Object.entries(errors);
  return (
    <form className="form model-editor" onSubmit={onSubmit} noValidate>
      <div ref={summaryRef} tabIndex={-1} role="alert" className={errorList.length || formError ? 'error-box' : undefined}>
        {(errorList.length > 0 || formError) && (
          <>
            <p>{formError ?? t('model.errorSummary')}</p>
            <ul>
              {errorList.map(([path, message]) => (
                <li key={path}>
                  <a href={`#${fieldId(path)}`}>{message}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <h2>{t('model.levels')}</h2>
      {model.levels.map((level, i) => (
        <fieldset key={level.key} className="card name-fieldset">
          <legend>{t('model.levelLegend', { n: i + 1, name: level.name[lang] })}</legend>
          <div className="form-row">
            {nameFields('levels', i, levels[i] ?? level.name, (l, v) =>
              setLevels((prev) => prev.map((n, j) => (j === i ? { ...n, [l]: v } : n))),
            )}
          </div>
        </fieldset>
      ))}

      <h2>{t('model.kinds')}</h2>
      {model.measureKinds.map((kind, i) => (
        <fieldset key={kind.key} className="card name-fieldset">
          <legend>{t('model.kindLegend', { name: kind.name[lang] })}</legend>
          <div className="form-row">
            {nameFields('measureKinds', i, kinds[i] ?? kind.name, (l, v) =>
              setKinds((prev) => prev.map((n, j) => (j === i ? { ...n, [l]: v } : n))),
            )}
          </div>
        </fieldset>
      ))}

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
