import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../src/test-support/oidc-provider';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

/** Issue 13, item 4: an admin sets up the organisation's OpenID Provider; a new person signs in through it. */
describe('single sign-on through the test’s OpenID Provider', () => {
  let app: RunningApp;
  let provider: TestProvider;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp((url) => ({ LEDSTJARNA_PUBLIC_URL: url }));
    provider = await startTestProvider(
      { anna: { email: 'anna.nord@region.se', name: 'Anna Nord', groups: ['ls-editors'] } },
      `${app.url}/api/auth/oidc/callback`,
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await provider?.close();
    await app?.stop();
  });

  it('an admin sets up the provider on the people page, scanned with axe', async () => {
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${app.url}/login?next=${encodeURIComponent('/organisations/1/people')}`);
    await submitSignIn(page);
    await page.getByRole('heading', { name: 'Inloggning via organisationens tjänst (OpenID Connect)' }).waitFor();
    await page.getByLabel('Tjänstens adress (issuer)').fill(provider.issuer);
    await page.getByLabel('Klient-id').fill(provider.clientId);
    await page.getByLabel('Klienthemlighet').fill(provider.clientSecret);
    await page.getByLabel('Anspråk som ger rollen', { exact: true }).fill('groups');
    await page.getByLabel('Värden som ger rollen Redaktör').fill('ls-editors');
    await page.getByRole('button', { name: 'Spara inloggningstjänst' }).click();
    await page.getByText('Inloggningstjänsten är sparad.').waitFor();
    await page.getByText(`${app.url}/api/auth/oidc/callback`).waitFor();
    await expectAccessible(page, 'people page with the sign-in service set up');
    await page.context().close();
  });

  it('a new person signs in with the organisation’s button and gets the role the provider gives, scanned with axe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${app.url}/login`);
    const button = page.getByRole('link', { name: /^Logga in med / });
    await button.waitFor();
    await expectAccessible(page, 'sign-in page with the organisation’s button');
    await button.click();
    // The provider's own login page (not ours: no axe here).
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.getByLabel('Login').fill('anna');
    await page.getByRole('button', { name: 'Sign in at provider' }).click();
    await page.waitForURL((url) => url.href.startsWith(app.url) && !url.pathname.startsWith('/api/'));
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me).toMatchObject({ email: 'anna.nord@region.se', name: 'Anna Nord', memberships: [expect.objectContaining({ role: 'editor' })] });
    await page.getByRole('button', { name: /Anna Nord/ }).waitFor();
    await expectAccessible(page, 'first page after signing in through the provider');
    await context.close();
  });

  it('a refused sign-in comes back to the sign-in page with the reason, scanned with axe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${app.url}/api/auth/oidc/no-such-region/start`);
    await page.getByText('Organisationen har ingen inloggningstjänst.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await expectAccessible(page, 'sign-in page with a refused sign-in');
    await context.close();
  });
});
