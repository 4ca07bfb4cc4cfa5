import { useEffect, useId, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { OrganisationSummary } from '../../shared/api-types';
import { useT } from '../i18n';

/** Where an organisation's pages start: a federation's page, else the overview showing that organisation. */
export const orgHome = (org: OrganisationSummary) => (org.federationId ? `/federations/${org.federationId}` : `/?org=${org.id}`);

/** The organisation the page belongs to, read from its address; null on pages of no one organisation. */
function orgOfLocation(location: string, search: string, orgs: readonly OrganisationSummary[]): number | null {
  const federation = /^\/federations\/(\d+)/.exec(location);
  if (federation) return orgs.find((o) => o.federationId === Number(federation[1]))?.id ?? null;
  const own = /^\/organisations\/(\d+)/.exec(location);
  if (own) return Number(own[1]);
  const param = new URLSearchParams(search).get('org');
  return param && /^\d+$/.test(param) ? Number(param) : null;
}

/**
 * For people with roles in several organisations (a region and its federation, say): choose one and
 * go to it. A select and a button rather than a select that navigates by itself, so moving through
 * the options by keyboard does not change the page (WCAG 3.2.2).
 */
export function OrgSwitcher({ orgs }: { orgs: readonly OrganisationSummary[] }) {
  const { t } = useT();
  const id = useId();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const current = orgOfLocation(location, search, orgs);
  const [chosen, setChosen] = useState<number>(current ?? orgs[0]!.id);
  useEffect(() => {
    if (current !== null) setChosen(current);
  }, [current]);
  return (
    <form
      className="org-switcher"
      onSubmit={(e) => {
        e.preventDefault();
        const org = orgs.find((o) => o.id === chosen);
        if (org) navigate(orgHome(org));
      }}
    >
      <label htmlFor={id}>{t('regionTools.orgSwitchLabel')}</label>
      <select id={id} value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
        {orgs.map((o) => (
          <option key={o.id} value={o.id}>
            {o.federationId ? t('regionTools.orgSwitchFederation', { name: o.name }) : o.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary button-small">
        {t('regionTools.orgSwitchGo')}
      </button>
    </form>
  );
}
