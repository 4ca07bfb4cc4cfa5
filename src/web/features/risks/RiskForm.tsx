import { useRef, useState, type FormEvent } from 'react';
import { classifyRisk, isRiskLevel } from '../../../domain/risks';
import type { AssessableNode, RiskAssessment, RiskAssessmentInput } from '../../../shared/risks-types';
import { Field, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useSaveRisk } from './riskApi';

type FieldName = 'nodeId' | 'year' | 'whatCouldHappen' | 'consequenceText' | 'consequence' | 'probability' | 'risk' | 'cause' | 'action' | 'controlMethod';
const FIELDS: readonly FieldName[] = ['nodeId', 'year', 'whatCouldHappen', 'consequenceText', 'consequence', 'probability', 'risk', 'cause', 'action', 'controlMethod'];
type Texts = Record<'whatCouldHappen' | 'consequenceText' | 'cause' | 'action' | 'controlMethod', string>;

interface Props {
  planId: number;
  years: number[];
  year: number;
  nodes: AssessableNode[];
  thresholds: { actionFrom: number };
  /** The assessment being changed; null to add one. */
  editing: RiskAssessment | null;
  onDone: () => void;
}

/**
 * Adds or changes an assessment. Consequence and probability are typed, and sent as typed, so
 * that the server's message ("Sannolikheten ska vara ett heltal 1–4 …, inte \"0\"") reaches the
 * field; a preview shows the risk they make.
 */
export function RiskForm({ planId, years, year, nodes, thresholds, editing, onDone }: Props) {
  const { t } = useT();
  const save = useSaveRisk(planId);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const [nodeId, setNodeId] = useState<string>(editing?.successFactor ? String(editing.successFactor.nodeId) : '');
  const [formYear, setFormYear] = useState(String(editing?.year ?? year));
  const [consequence, setConsequence] = useState(editing ? String(editing.consequence) : '');
  const [probability, setProbability] = useState(editing ? String(editing.probability) : '');
  const [texts, setTexts] = useState<Texts>({
    whatCouldHappen: editing?.whatCouldHappen ?? '',
    consequenceText: editing?.consequenceText ?? '',
    cause: editing?.cause ?? '',
    action: editing?.action ?? '',
    controlMethod: editing?.controlMethod ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');

  const c = Number(consequence);
  const p = Number(probability);
  const preview = isRiskLevel(c) && isRiskLevel(p) ? t('risks.form.riskPreview', { consequence: c, probability: p, risk: c * p, class: t(`risks.class.${classifyRisk(c * p, thresholds)}`) }) : '';
  const nodeName = (id: number) => nodes.find((n) => n.nodeId === id)?.title ?? '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found: Partial<Record<FieldName, string>> = {};
    if (nodeId === '') found.nodeId = t('risks.form.factorRequired');
    if (consequence.trim() === '') found.consequence = t('risks.form.levelRequired');
    if (probability.trim() === '') found.probability = t('risks.form.levelRequired');
    setErrors(found);
    setFormError(null);
    setSaved('');
    if (Object.keys(found).length > 0) return focusAfterCommit(() => focusFirstInvalid(formRef.current));
    // A change carries the version the form showed: if someone saved in between, the server refuses (409) and says who changed what.
    const input: RiskAssessmentInput = {
      nodeId: Number(nodeId),
      year: Number(formYear),
      consequence: consequence.trim(),
      probability: probability.trim(),
      ...texts,
      ...(editing ? { version: editing.version } : {}),
    };
    save.mutate(
      { id: editing?.id ?? null, input },
      {
        onSuccess: (result) => {
          const name = result.successFactor?.title ?? nodeName(input.nodeId);
          setSaved(editing ? t('risks.form.saved', { name }) : t('risks.form.added', { name }));
          if (editing) onDone();
        },
        onError: (error) => {
          const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('risks.form.failed') });
          setErrors(placed.byField);
          setFormError(placed.formError);
          focusAfterCommit(() => focusFirstInvalid(formRef.current));
        },
      },
    );
  };

  const textArea = (name: keyof Texts, label: string) => (
    <Field label={label} error={errors[name]}>
      <textarea rows={2} value={texts[name]} onChange={(e) => setTexts((prev) => ({ ...prev, [name]: e.target.value }))} />
    </Field>
  );

  return (
    <form ref={formRef} className="form card risk-form" onSubmit={onSubmit} noValidate aria-labelledby="risk-form-heading">
      <h2 id="risk-form-heading">{editing ? t('risks.form.editTitle') : t('risks.form.addTitle')}</h2>
      <div className="form-row">
        <Field label={t('risks.form.successFactor')} error={errors.nodeId}>
          <select value={nodeId} onChange={(e) => setNodeId(e.target.value)} required>
            <option value="">{t('risks.form.chooseFactor')}</option>
            {nodes.map((n) => (
              <option key={n.nodeId} value={n.nodeId}>
                {n.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('risks.form.year')} error={errors.year}>
          <select value={formYear} onChange={(e) => setFormYear(e.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {textArea('whatCouldHappen', t('risks.form.whatCouldHappen'))}
      {textArea('consequenceText', t('risks.form.consequenceText'))}
      <div className="form-row">
        <TextField label={t('risks.form.consequence')} hint={t('risks.form.levelHint')} error={errors.consequence} inputMode="numeric" autoComplete="off" value={consequence} onChange={setConsequence} required />
        <TextField label={t('risks.form.probability')} hint={t('risks.form.levelHint')} error={errors.probability ?? errors.risk} inputMode="numeric" autoComplete="off" value={probability} onChange={setProbability} required />
      </div>
      <p className="risk-preview" aria-live="polite">
        {preview}
      </p>
      {textArea('cause', t('risks.form.cause'))}
      {textArea('action', t('risks.form.action'))}
      {textArea('controlMethod', t('risks.form.controlMethod'))}
      <FormFooter error={formError} pending={save.isPending} submitLabel={editing ? t('risks.form.save') : t('risks.form.add')} pendingLabel={t('app.saving')} success={saved}>
        {editing && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('risks.form.cancel')}
          </button>
        )}
      </FormFooter>
    </form>
  );
}
