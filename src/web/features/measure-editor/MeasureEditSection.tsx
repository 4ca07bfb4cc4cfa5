import { useId, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { MeasureKindDef } from '../../../domain/model/governance';
import type { MeasureDetail } from '../../../shared/api-types';
import { useMeasure, useUpdateMeasure } from '../../api/queries';
import { SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { FORM_FIELDS, toUpdateRequest, valuesFromDetail, type FormField, type MeasureFormValues } from './form-values';
import { MeasureForm } from './MeasureForm';

/** For those who may edit: a disclosure opening the full measure form; value entry stays where it is. */
export function MeasureEditSection({ measure, kinds, orgId }: { measure: MeasureDetail; kinds: MeasureKindDef[]; orgId: number | undefined }) {
  const { t } = useT();
  // A link to #edit-measure ("Ange riktning" from the scorecard and the list of measures without a direction) opens the form.
  const [open, setOpen] = useState(() => typeof window !== 'undefined' && window.location.hash === '#edit-measure');
  const [message, setMessage] = useState('');
  const [formKey, setFormKey] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const regionId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const update = useUpdateMeasure(measure.id);
  const reload = useMeasure(measure.id);
  // The measure as the form was opened or last reloaded: its version is what a save is checked against, even if the page refetches meanwhile.
  const [base, setBase] = useState(measure);
  const initial = useMemo(() => valuesFromDetail(base), [base]);

  const close = (text: string) => {
    setOpen(false);
    setMessage(text);
    setErrors({});
    setFormError(null);
    setConflict(null);
    focusAfterCommit(() => buttonRef.current?.focus());
  };

  const save = (values: MeasureFormValues) => {
    setErrors({});
    setFormError(null);
    setConflict(null);
    const patch = toUpdateRequest(values, base);
    if (Object.keys(patch).length === 1) return close(t('measureEditor.noChanges'));
    update.mutate(patch, {
      onSuccess: () => {
        setFormKey((k) => k + 1);
        close(t('measureEditor.saved'));
      },
      onError: (error) => {
        if (error.status === 409) return setConflict(error.message);
        const placed = placeErrors(error, FORM_FIELDS, { network: t('app.networkError'), fallback: t('measureEditor.failed') });
        setErrors(placed.byField);
        setFormError(placed.formError ?? t('measureEditor.invalid'));
      },
    });
  };

  return (
    <section id="edit-measure" aria-labelledby="edit-measure-heading">
      <h2 id="edit-measure-heading">{t('measureEditor.editHeading')}</h2>
      <p className="meta">{t('measureEditor.editIntro')}</p>
      <p>
        <button
          ref={buttonRef}
          type="button"
          className="button button-secondary"
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => {
            setMessage('');
            setBase(measure);
            setOpen((o) => !o);
          }}
        >
          {t('measureEditor.editOpen')}
        </button>
      </p>
      <SuccessMessage message={message} />
      <div id={regionId} hidden={!open}>
        {open && (
          <MeasureForm
            key={formKey}
            initial={initial}
            baseVersion={base.version}
            kinds={kinds}
            orgId={orgId}
            structureOpen={base.structureOpen}
            currentOwner={base.owner}
            pending={update.isPending || reload.isFetching}
            errors={errors}
            formError={formError}
            conflict={conflict}
            onReload={() => {
              setConflict(null);
              void reload.refetch().then((r) => {
                if (r.data) setBase(r.data);
                setFormError(t('measureEditor.reloaded'));
              });
            }}
            submitLabel={t('measureEditor.save')}
            onSubmit={save}
            lockedNote={<Link href={`/plans/${measure.planId}/versions`}>{t('measureEditor.lockedLink')}</Link>}
          >
            <button type="button" className="button button-secondary" onClick={() => close('')}>
              {t('measureEditor.cancel')}
            </button>
          </MeasureForm>
        )}
      </div>
    </section>
  );
}
