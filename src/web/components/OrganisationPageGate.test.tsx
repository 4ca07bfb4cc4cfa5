import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationSummary, Role } from '../../shared/api-types';
import { ApiError } from '../api/client';
import { keys } from '../api/queries';
import { LangProvider, loadLang } from '../i18n';
import { type GatedSection, OrganisationPageGate, openOrganisationPage, useOrganisationPage } from './OrganisationPageGate';

const org = (id: number, role: Role) => ({ id, name: `Region ${id}`, role }) as OrganisationSummary;

interface PageProps {
  section: GatedSection;
  roles: readonly Role[];
  queryError: unknown;
  missingIsRefusal: boolean;
}

/** A page of `section` for `roles` over organisation 1, as the three pages use the gate. */
function Page({ section, roles, queryError, missingIsRefusal }: PageProps) {
  const access = useOrganisationPage(1, section, roles, { missingIsRefusal });
  const open = openOrganisationPage(access, queryError);
  if (!open) return <OrganisationPageGate access={access} />;
  return <p>open: {open.name}</p>;
}

/** The page with the reader's organisations (`mine`) already loaded. */
function renderPage(section: GatedSection, roles: readonly Role[], mine: OrganisationSummary[], queryError: unknown = null, missingIsRefusal = false) {
  const client = new QueryClient();
  client.setQueryData(keys.organisations, mine);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <Router ssrPath="/organisations/1/outbox">
        <LangProvider>
          <Page section={section} roles={roles} queryError={queryError} missingIsRefusal={missingIsRefusal} />
        </LangProvider>
      </Router>
    </QueryClientProvider>,
  );
}

beforeAll(async () => {
  await loadLang('sv');
});

describe('the gate of an organisation’s outbox, people and audit pages', () => {
  it('opens to a reader whose role the page lets in', () => {
    expect(renderPage('outbox', ['admin', 'editor'], [org(1, 'editor')])).toBe('<p>open: Region 1</p>');
  });

  it('says "no access" under the organisation’s name to a role the page does not let in', () => {
    const html = renderPage('audit', ['admin'], [org(1, 'editor')]);
    expect(html).toContain('<h1>Granskningslogg: Region 1</h1>');
    expect(html).toContain('<div class="error-box" role="alert"><p><span aria-hidden="true">⚠ </span>Granskningsloggen visas för organisationens administratörer.</p></div>');
    expect(html).toContain('<a href="/">');
  });

  it('says "no access" when the page’s own query was refused, whatever the role', () => {
    const refused = new ApiError(403, 'forbidden', 'Du har inte behörighet till detta.');
    expect(renderPage('people', ['admin', 'editor'], [org(1, 'admin')], refused)).toContain('<h1>Personer i Region 1</h1><div class="error-box" role="alert">');
    expect(renderPage('people', ['admin', 'editor'], [org(1, 'admin')], new ApiError(500, 'internal', 'x'))).toBe('<p>open: Region 1</p>');
  });

  it('says an unknown organisation is not found: a note, or an alert with the way home where the page says so', () => {
    const note = renderPage('outbox', ['admin', 'editor'], [org(2, 'admin')]);
    expect(note).toBe('<div class="page"><h1>Utkorg</h1><p>Organisationen finns inte eller så saknar du behörighet.</p></div>');
    const alert = renderPage('audit', ['admin'], [org(2, 'admin')], null, true);
    expect(alert).toContain('<h1>Granskningslogg</h1><div class="error-box" role="alert">');
    expect(alert).toContain('Organisationen finns inte eller så saknar du behörighet.');
  });
});
