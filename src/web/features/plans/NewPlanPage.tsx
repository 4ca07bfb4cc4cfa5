import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import type { CreatePlanRequest } from '../../../shared/authoring-schemas';
import { useOrganisations, usePlans } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { RadioGroup, SelectField, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useCreatePlan } from './api';

type Start = 'empty' | 'template' | 'copy';
const FIELDS = ['title', 'startYear', 'endYear', 'decidingBody', 'parentPlanId', 'copyOfPlanId'] as const;
type FieldName = (typeof FIELDS)[number];

/** Creates a plan for an organisation: empty, from the governance model's template, or as a copy of an earlier plan. */
export function NewPlanPage({ orgId }: { orgId: number }) {
  const { t, lang } = useT();
  const organisations = useOrganisations();
  const plans = usePlans(orgId);
  const org = organisations.data?.find((o) => o.id === orgId);
  useDocumentTitle(org ? t('planNew.title', { org: org.name }) : null);
  if (organisations.isPending) return <Loading />;
  if (organisations.isError) return <ErrorMessage error={organisations.error} onRetry={() => void organisations.refetch()} />;
  if (!org) return <ErrorMessage error={new Error('not found')} />;
  const mayCreate = org.role === 'admin' || org.role === 'editor';
  return (
    <div className="page narrow">
      <Breadcrumb trail={[]} current={t('planNew.link')} />
      <h1>{t('planNew.title', { org: org.name })}</h1>
      {!mayCreate ? (
        <p>{t('planNew.notAllowed', { org: org.name })}</p>
      ) : (
        <>
          <p className="lead">{t('planNew.intro')}</p>
          <p>
            <Link href={`/organisations/${orgId}/extract`}>{t('extraction.link')}</Link>
          </p>
          {plans.isPending && <Loading />}
          {plans.isError && <ErrorMessage error={plans.error} onRetry={() => void plans.refetch()} />}
          {plans.data && (
            <NewPlanForm
              orgId={orgId}
              plans={plans.data}
              bodies={org.governanceModel.bodies.map((b) => ({ value: b.code, label: t('planNew.bodyOption', { name: b.name[lang], code: b.code }) }))}
              starterNames={(org.governanceModel.starterNodes ?? []).map((n) => n.name[lang])}
            />
          )}
        </>
      )}
    </div>
  );
}

interface FormProps {
  orgId: number;
  plans: { id: number; title: string; startYear: number; endYear: number }[];
  bodies: { value: string; label: string }[];
  starterNames: string[];
}

function NewPlanForm({ orgId, plans, bodies, starterNames }: FormProps) {
  const { t } = useT();
  const [, navigate] = useLocation();
  const create = useCreatePlan(orgId);
  const latest = [...plans].sort((a, b) => b.endYear - a.endYear)[0];
  const [title, setTitle] = useState('');
  const [startYear, setStartYear] = useState(String(latest ? latest.endYear + 1 : new Date().getFullYear()));
  const [endYear, setEndYear] = useState(String(latest ? latest.endYear + 3 : new Date().getFullYear() + 2));
  const [body, setBody] = useState(bodies[0]?.value ?? '');
  const [parent, setParent] = useState('');
  const [start, setStart] = useState<Start>('empty');
  const [copyOf, setCopyOf] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();

  const planOption = (p: FormProps['plans'][number]) => ({ value: String(p.id), label: t('planNew.yearsOption', { title: p.title, start: p.startYear, end: p.endYear }) });
  const startOptions: { value: Start; label: string }[] = [
    { value: 'empty', label: t('planNew.startEmpty') },
    ...(starterNames.length > 0 ? [{ value: 'template' as const, label: t('planNew.startTemplate', { names: starterNames.join(', ') }) }] : []),
    ...(plans.length > 0 ? [{ value: 'copy' as const, label: t('planNew.startCopy') }] : []),
  ];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const found: Partial<Record<FieldName, string>> = {};
    if (!title.trim()) found.title = t('planNew.titleMissing');
    if (!/^\d{4}$/.test(startYear.trim())) found.startYear = t('planNew.yearInvalid');
    if (!/^\d{4}$/.test(endYear.trim())) found.endYear = t('planNew.yearInvalid');
    else if (!found.startYear && Number(endYear) < Number(startYear)) found.endYear = t('planNew.endBeforeStart');
    if (start === 'copy' && !copyOf) found.copyOfPlanId = t('planNew.copyMissing');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      focusAfterCommit(() => focusFirstInvalid(formRef.current));
      return;
    }
    const request: CreatePlanRequest = {
      title: title.trim(),
      startYear: Number(startYear),
      endYear: Number(endYear),
      decidingBody: body || null,
      parentPlanId: parent ? Number(parent) : null,
      fromTemplate: start === 'template',
      ...(start === 'copy' ? { copyOfPlanId: Number(copyOf) } : {}),
    };
    create.mutate(request, {
      onSuccess: ({ id }) => navigate(`/plans/${id}`),
      onError: (error) => {
        const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('planNew.failed') });
        setErrors(placed.byField);
        setFormError(placed.formError);
        focusAfterCommit(() => focusFirstInvalid(formRef.current));
      },
    });
  };

  return (
    <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate>
      <TextField label={t('planNew.titleLabel')} hint={t('planNew.titleHint')} value={title} onChange={setTitle} error={errors.title} required autoComplete="off" />
      <div className="field-row">
        <TextField label={t('planNew.startYear')} value={startYear} onChange={setStartYear} error={errors.startYear} inputMode="numeric" maxLength={4} size={6} required />
        <TextField label={t('planNew.endYear')} value={endYear} onChange={setEndYear} error={errors.endYear} inputMode="numeric" maxLength={4} size={6} required />
      </div>
      <SelectField label={t('planNew.body')} value={body} onChange={setBody} error={errors.decidingBody} options={[...bodies, { value: '', label: t('planNew.noBody') }]} />
      <SelectField
        label={t('planNew.parent')}
        hint={t('planNew.parentHint')}
        value={parent}
        onChange={setParent}
        error={errors.parentPlanId}
        options={[{ value: '', label: t('planNew.noParent') }, ...plans.map(planOption)]}
      />
      <RadioGroup legend={t('planNew.start')} value={start} onChange={setStart} options={startOptions} error={undefined} />
      {start === 'copy' && (
        <SelectField
          label={t('planNew.copyOf')}
          hint={t('planNew.copyHint')}
          value={copyOf}
          onChange={setCopyOf}
          error={errors.copyOfPlanId}
          required
          options={[{ value: '', label: t('planNew.chooseCopy') }, ...plans.map(planOption)]}
        />
      )}
      <FormFooter error={formError} pending={create.isPending} submitLabel={t('planNew.create')} pendingLabel={t('planNew.creating')} />
    </form>
  );
}
