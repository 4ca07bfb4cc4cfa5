import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n';

export interface Crumb {
  href: string;
  label: ReactNode;
}

/** "Du är här": the overview, the given links, and the current page (not a link). */
export function Breadcrumb({ trail, current }: { trail: Crumb[]; current: ReactNode }) {
  const { t } = useT();
  return (
    <nav className="breadcrumb" aria-label={t('measure.breadcrumb')}>
      <ol>
        {[{ href: '/', label: t('nav.overview') }, ...trail].map((c) => (
          <li key={c.href}>
            <Link href={c.href}>{c.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
