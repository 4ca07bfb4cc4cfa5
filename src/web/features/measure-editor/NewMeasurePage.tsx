import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useOrganisations } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { usePlanInfo } from '../plans/api';
import { useCreateMeasure, useNodeInfo } from './api';
import { FORM_FIELDS, emptyValues, toCreateRequest, type FormField, type MeasureFormValues } from './form-values';
import { MeasureForm } from './MeasureForm';

/** Adds a measure to a node of a plan, then opens the new measure's page. */
export function NewMeasurePage({ planId, nodeId }: { planId: number; nodeId: number }) {
  const { t, lang } = useT();
  const [, navigate] = useLocation();
  const node = useNodeInfo(nodeId);
  const plan = usePlanInfo(planId);
  const organisations = useOrganisations();
  const create = useCreateMeasure(nodeId);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const title = node.data ? t('measureEditor.newTitle', { node: node.data.name }) : null;
  useDocumentTitle(title);

  if (node.isPending || plan.isPending || organisations.isPending) return <Loading />;
  if (node.isError) return <ErrorMessage error={node.error} onRetry={() => void node.refetch()} />;
  if (plan.isError) return <ErrorMessage error={plan.error} onRetry={() => void plan.refetch()} />;
  if (organisations.isError) return <ErrorMessage error={organisations.error} />;
  const model = organisations.data.find((o) => o.id === plan.data.organisationId)?.governanceModel;
  if (!model || node.data.planId !== planId) return <ErrorMessage error={new Error('not found')} />;
  const levelName = model.levels.find((l) => l.key === node.data.levelKey)?.name[lang] ?? '';
  // A decided plan takes new measures only of kinds that change without a revision (kontrollmått).
  const kinds = plan.data.structureOpen ? model.measureKinds : model.measureKinds.filter((k) => k.changeWithoutRevision);
  const years: number[] = [];
  for (let y = plan.data.startYear; y <= plan.data.endYear; y++) years.push(y);

  const save = (values: MeasureFormValues) => {
    setErrors({});
    setFormError(null);
    create.mutate(toCreateRequest(values), {
      onSuccess: ({ id }) => navigate(`/measures/${id}`),
      onError: (error) => {
        const placed = placeErrors(error, FORM_FIELDS, { network: t('app.networkError'), fallback: t('measureEditor.failed') });
        setErrors(placed.byField);
        setFormError(placed.formError ?? t('measureEditor.invalid'));
      },
    });
  };

  return (
    <div className="page narrow">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: plan.data.title }, { href: `/plans/${planId}#node-${nodeId}`, label: `${levelName}: ${node.data.name}` }]} current={t('measureEditor.create')} />
      <h1>{title}</h1>
      {kinds.length === 0 ? (
        <p className="notice">
          {t('measureEditor.newLocked')} <Link href={`/plans/${planId}/versions`}>{t('measureEditor.lockedLink')}</Link>
        </p>
      ) : (
        <>
          <p className="lead">{t('measureEditor.newIntro')}</p>
          {!plan.data.structureOpen && <p className="notice">{t('measureEditor.newLockedSome')}</p>}
          <MeasureForm
            initial={emptyValues(kinds[0]!.key, years)}
            kinds={kinds}
            orgId={plan.data.organisationId}
            // Only kinds that may be added now are offered, so none of the form is locked.
            structureOpen
            pending={create.isPending}
            errors={errors}
            formError={formError}
            conflict={null}
            submitLabel={t('measureEditor.create')}
            onSubmit={save}
          />
        </>
      )}
    </div>
  );

}
