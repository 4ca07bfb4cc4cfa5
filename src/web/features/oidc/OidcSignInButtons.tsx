import { useSearch } from 'wouter';
import { useT } from '../../i18n';
import { safeNext } from '../auth/next';
import { useOidcSignInOptions } from './api';

/** "Logga in med <organisation>" for each organisation with a sign-in service; nothing when there is none. */
export function OidcSignInButtons() {
  const { t } = useT();
  const options = useOidcSignInOptions();
  // The page the person came from goes along; the server checks it again before it returns there.
  const next = safeNext(useSearch());
  const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  if (!options.data || options.data.length === 0) return null;
  return (
    <>
    <section className="card oidc-sign-in" aria-labelledby="oidc-sign-in-heading">
      <h2 id="oidc-sign-in-heading">{t('oidcSignIn.heading')}</h2>
      <ul className="plain-list">
        {options.data.map((o) => (
          <li key={o.slug}>
            {/* A full navigation: the server redirects to the organisation's provider. */}
            <a className="button" href={`/api/auth/oidc/${encodeURIComponent(o.slug)}/start${query}`}>
              {t('oidcSignIn.signInWith', { name: o.name })}
            </a>
          </li>
        ))}
      </ul>
    </section>
    <p className="oidc-or">{t('oidcSignIn.orPassword')}</p>
    </>
  );
}
