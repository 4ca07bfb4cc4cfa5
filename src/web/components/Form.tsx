import type { ReactNode } from 'react';
import { SuccessMessage } from './States';

/** The form's own error (one not about a single field), in an alert region that is always there so that it is announced. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'error-box' : undefined}>
      {message && (
        <p>
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      )}
    </div>
  );
}

/** The submit button: aria-disabled (still focusable) and a "saving" text while the request runs. */
export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <button type="submit" className="button" aria-disabled={pending || undefined}>
      {pending ? pendingLabel : label}
    </button>
  );
}

interface FormFooterProps {
  /** The form-level error; null when there is none. */
  error: string | null;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  /** Forms that stay on screen after saving say so next to the button; omit for forms that close. */
  success?: string;
  /** Further buttons after the submit button, e.g. Cancel. */
  children?: ReactNode;
}

/** The end of a form: its error, the submit button (plus any other buttons) and its success message. */
export function FormFooter({ error, pending, submitLabel, pendingLabel, success, children }: FormFooterProps) {
  return (
    <>
      <FormError message={error} />
      <div className="form-actions">
        <SubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel} />
        {children}
        {success !== undefined && <SuccessMessage message={success} />}
      </div>
    </>
  );
}
