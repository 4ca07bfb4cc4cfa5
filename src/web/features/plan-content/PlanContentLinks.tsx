import { Link, useLocation } from 'wouter';
import { useT } from '../../i18n';

/** Links to the plan's parts besides the scorecard: chapters, action plan, Agenda 2030, advocacy issues, organisation. */
export function PlanContentLinks({ planId, organisationId }: { planId: number; organisationId: number | undefined }) {
  const { t } = useT();
  const [location] = useLocation();
  const links = [
    { href: `/plans/${planId}/chapters`, label: t('planContent.chapters') },
    { href: `/plans/${planId}/activities`, label: t('planContent.activities') },
    { href: `/plans/${planId}/agenda-2030`, label: t('planContent.agenda') },
    { href: `/plans/${planId}/advocacy`, label: t('planContent.advocacy') },
    ...(organisationId === undefined ? [] : [{ href: `/organisations/${organisationId}/units?plan=${planId}`, label: t('planContent.organisation') }]),
  ];
  return (
    <nav className="plan-content-links" aria-label={t('planContent.nav')}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={location === l.href.split('?')[0] ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
