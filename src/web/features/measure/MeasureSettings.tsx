import { useId, useRef, useState } from 'react';
import type { MeasureDetail } from '../../../shared/api-types';
import { SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { MeasureSettingsForm } from './MeasureSettingsForm';

/** For admins and editors: a disclosure button opening the form for the measure's settings. */
export function MeasureSettings({ measure, orgId }: { measure: MeasureDetail; orgId: number | undefined }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const formId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const focusAfterCommit = useFocusAfterCommit();

  const close = (text: string) => {
    setOpen(false);
    setMessage(text);
    focusAfterCommit(() => buttonRef.current?.focus());
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('measureSettings.heading')}</h2>
      <p className="meta">{t('measureSettings.intro')}</p>
      <p>
        <button
          ref={buttonRef}
          type="button"
          className="button button-secondary"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => {
            setMessage('');
            setOpen((o) => !o);
          }}
        >
          {t('measureSettings.open')}
        </button>
      </p>
      <SuccessMessage message={message} />
      <div id={formId} hidden={!open}>
        {open && (
          <MeasureSettingsForm
            id={`${formId}-form`}
            measure={measure}
            orgId={orgId}
            onDone={close}
            onCancel={() => close('')}
          />
        )}
      </div>
    </section>
  );
}
