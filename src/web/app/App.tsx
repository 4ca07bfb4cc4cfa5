import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { useMe, useOrganisations } from '../api/queries';
import type { OrganisationSummary } from '../../shared/api-types';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { OrgSwitcher } from './OrgSwitcher';
import { AppRoutes } from './routes';
import { UserMenu } from './UserMenu';

/** The page frame: skip link, header with product name, navigation, language and user menu; then main. */
export function App() {
  const { t } = useT();
  const [location] = useLocation();
  const me = useMe();
  const signedIn = me.isSuccess && !!me.data;
  // The menu is built from the organisations: asked for beside the page's own data.
  const organisations = useOrganisations(signedIn);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new content so that screen readers announce it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation; `location` is the trigger, not an input
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A link to a fragment (#node-7) is handled by its page, which focuses that part.
    if (window.location.hash && document.getElementById(window.location.hash.slice(1))) return;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location]);

  // The first paint waits for who is signed in and their menu, so that the header does not grow
  // under a page already shown (a layout shift); a page's data is asked for meanwhile, not after.
  // Only the first: a later refetch of /api/me (pending again when it has no data) shows the frame.
  const painted = useRef(false);
  if (!painted.current && (me.isPending || (signedIn && organisations.isPending))) return <Prefetch />;
  painted.current = true;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <p className="brand">
            <Link href="/" className="brand-link">
              <span className="brand-mark" aria-hidden="true">
                ✦
              </span>
              {t('app.name')}
            </Link>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </p>
          {signedIn && <MainNav orgs={organisations.data ?? []} />}
          <div className="header-tools">
            {signedIn && (organisations.data?.length ?? 0) > 1 && <OrgSwitcher orgs={organisations.data!} />}
            <LanguageSwitch />
            {signedIn && <UserMenu me={me.data} />}
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <AppRoutes />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link href="/offentlig">{t('public.portalLink')}</Link> · <Link href="/tillganglighet">{t('public.accessibilityLink')}</Link>
        </p>
      </footer>
    </>
  );
}

/** Renders the routes out of sight, so that the page's chunk and data are fetched while the frame waits. */
function Prefetch() {
  return (
    <div hidden>
      <AppRoutes />
    </div>
  );
}

function MainNav({ orgs }: { orgs: OrganisationSummary[] }) {
  const { t } = useT();
  const [location] = useLocation();
  const items: { href: string; label: string; active: boolean }[] = [
    { href: '/', label: t('nav.overview'), active: location === '/' || location.startsWith('/plans/') || location.startsWith('/measures/') },
    { href: '/roadmaps', label: t('roadmap.nav'), active: location.startsWith('/roadmaps') },
    { href: '/federations', label: t('federation.nav'), active: location === '/federations' || location.startsWith('/workshops') },
    // Each federation the person belongs to, by name: its page is where its members meet.
    ...orgs.flatMap((org) =>
      org.federationId ? [{ href: `/federations/${org.federationId}`, label: org.name, active: location.startsWith(`/federations/${org.federationId}`) }] : [],
    ),
    ...orgs.flatMap((org) => [
      {
        href: `/organisations/${org.id}/model`,
        label: orgs.length > 1 ? t('nav.modelOf', { name: org.name }) : t('nav.model'),
        active: location === `/organisations/${org.id}/model`,
      },
      // People are listed for those who may see them (admins manage, editors choose measure owners).
      ...(org.role === 'admin' || org.role === 'editor'
        ? [
            {
              href: `/organisations/${org.id}/people`,
              label: orgs.length > 1 ? t('nav.peopleOf', { name: org.name }) : t('nav.people'),
              active: location === `/organisations/${org.id}/people`,
            },
          ]
        : []),
    ]),
  ];
  return (
    <nav className="main-nav" aria-label={t('app.mainNav')}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.active ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
