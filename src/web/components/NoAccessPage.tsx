import { Link } from 'wouter';
import { useT } from '../i18n';

/** A page the reader may not see: its heading, why (as an alert) and the way back home. */
export function NoAccessPage({ title, message }: { title: string; message: string }) {
  const { t } = useT();
  return (
    <div className="page">
      <h1>{title}</h1>
      <div className="error-box" role="alert">
        <p>
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      </div>
      <p>
        <Link href="/">{t('app.backHome')}</Link>
      </p>
    </div>
  );
}
