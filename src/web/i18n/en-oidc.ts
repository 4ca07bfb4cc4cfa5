import type { Messages } from './types';

/** English texts for single sign-on (OpenID Connect): the sign-in page's part (in en-frame.ts) and the admin's form (in en.ts). */
export const enOidcSignIn = {
  oidcSignIn: {
    heading: 'Sign in through your organisation',
    signInWith: 'Sign in with {name}',
    orPassword: 'Or sign in with e-mail and password',
    passwordOff: "Your organisation has turned off sign-in with a password. Use your organisation's button above.",
    failed: {
      state: 'The sign-in could not be completed (it had expired or was started in another window). Please try again.',
      cancelled: 'The sign-in was cancelled at the sign-in service.',
      provider: 'The sign-in service did not answer as expected. Please try again in a while.',
      'no-email': 'The sign-in service sent no e-mail address. Contact your administrator.',
      'email-unverified': 'The sign-in service has not verified your e-mail address. Contact your administrator.',
      organisation: 'The sign-in service says you belong to another organisation.',
      role: 'According to the sign-in service you have no role in Ledstjärna. Contact your administrator.',
      acr: 'Your role requires a stronger sign-in (a higher level of assurance). Sign in with, for example, BankID or a smart card.',
      'account-elsewhere': 'An account with your e-mail address already exists in another organisation. Contact your administrator.',
      deactivated: 'The account is deactivated. Contact an administrator in your organisation.',
      'not-configured': 'The organisation has no sign-in service.',
    },
  },
} as const satisfies Pick<Messages, 'oidcSignIn'>;

export const enOidc = {
  oidcAdmin: {
    heading: "Sign-in through the organisation's service (OpenID Connect)",
    intro: "People in the organisation can sign in with the organisation's sign-in service. A person is created at their first sign-in and gets the role the service's claims give.",
    notConfigured: 'No sign-in service is set up.',
    redirectUri: 'Register this address as the redirect URI at the sign-in service:',
    issuer: "Service's address (issuer)",
    issuerHint: "For example https://login.region.se. Ledstjärna reads the service's configuration from there when you save.",
    clientId: 'Client ID',
    clientSecret: 'Client secret',
    clientSecretKeep: 'A secret is stored. Leave empty to keep it.',
    organisationClaim: 'Claim naming the organisation (optional)',
    organisationClaimHint: 'If several organisations share the service: the name of the claim, e.g. org.',
    organisationValue: 'Value the claim must have for this organisation',
    roleClaim: 'Claim giving the role',
    roleClaimHint: 'For example groups or roles.',
    roleValues: 'Values giving the role {role}',
    valuesHint: 'One or more values, separated by commas.',
    defaultRole: 'Role when no value matches',
    defaultNone: 'None – refuse sign-in',
    roleAcr: 'Levels of assurance (acr) accepted for {role}',
    acrHint: 'Empty: every level is accepted. Several separated by commas.',
    passwordSignIn: "Allow sign-in with a password for the organisation's people",
    passwordSignInHint: "Unticked, the organisation's people can sign in only through the service.",
    save: 'Save sign-in service',
    saving: 'Saving …',
    saved: 'The sign-in service is saved.',
    remove: 'Remove the sign-in service',
    removed: 'The sign-in service is removed. People sign in with passwords.',
    failed: 'The settings could not be saved.',
  },
} as const satisfies Pick<Messages, 'oidcAdmin'>;
