import { useT } from '../../i18n';
import { useOidcSignInOptions } from './api';

/** "Logga in med <organisation>" for each organisation with a sign-in service; nothing when there is none. */
export function OidcSignInButtons() {
  const { t } = useT();
  const options = useOidcSignInOptions();
  if (!options.data || options.data.length === 0) return null;
  return (
    <>
    <section className="card oidc-sign-in" aria-labelledby="oidc-sign-in-heading">
      <h2 id="oidc-sign-in-heading">{t('oidcSignIn.heading')}</h2>
      <ul className="plain-list">
        {options.data.map((o) => (
          <li key={o.slug}>
            {/* A full navigation: the server redirects to the organisation's provider. */}
            <a className="button" href={`/api/auth/oidc/${encodeURIComponent(o.slug)}/start`}>
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
