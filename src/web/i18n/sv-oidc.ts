/**
 * Swedish texts for single sign-on (OpenID Connect). `svOidcSignIn` belongs to the sign-in page and
 * is spread into sv-frame.ts; `svOidc` is the admin's form on the people page, spread into sv.ts.
 */
export const svOidcSignIn = {
  oidcSignIn: {
    heading: 'Logga in via din organisation',
    signInWith: 'Logga in med {name}',
    orPassword: 'Eller logga in med e-post och lösenord',
    passwordOff: 'Din organisation har stängt av inloggning med lösenord. Logga in med organisationens knapp ovan.',
    failed: {
      state: 'Inloggningen kunde inte slutföras (den hade gått ut eller startades i ett annat fönster). Försök igen.',
      cancelled: 'Inloggningen avbröts hos inloggningstjänsten.',
      provider: 'Inloggningstjänsten svarade inte som väntat. Försök igen om en stund.',
      'no-email': 'Inloggningstjänsten skickade ingen e-postadress. Kontakta din administratör.',
      'email-unverified': 'Inloggningstjänsten har inte bekräftat din e-postadress. Kontakta din administratör.',
      organisation: 'Inloggningstjänsten säger att du tillhör en annan organisation.',
      role: 'Du har ingen roll i Ledstjärna enligt inloggningstjänsten. Kontakta din administratör.',
      acr: 'Din roll kräver en starkare inloggning (högre tillitsnivå). Logga in med till exempel BankID eller SITHS-kort.',
      'account-elsewhere': 'Det finns redan ett konto med din e-postadress i en annan organisation. Kontakta din administratör.',
      deactivated: 'Kontot är avstängt. Kontakta en administratör i din organisation.',
      'not-configured': 'Organisationen har ingen inloggningstjänst.',
    },
  },
} as const;

export const svOidc = {
  oidcAdmin: {
    heading: 'Inloggning via organisationens tjänst (OpenID Connect)',
    intro: 'Personer i organisationen kan logga in med organisationens inloggningstjänst. Personen skapas vid första inloggningen och får rollen som tjänstens uppgifter (anspråk) ger.',
    notConfigured: 'Ingen inloggningstjänst är inställd.',
    redirectUri: 'Registrera den här adressen som omdirigerings-URI hos inloggningstjänsten:',
    issuer: 'Tjänstens adress (issuer)',
    issuerHint: 'Till exempel https://login.region.se. Ledstjärna läser tjänstens konfiguration därifrån när du sparar.',
    clientId: 'Klient-id',
    clientSecret: 'Klienthemlighet',
    clientSecretKeep: 'En hemlighet är sparad. Lämna tomt för att behålla den.',
    organisationClaim: 'Anspråk som anger organisationen (valfritt)',
    organisationClaimHint: 'Om tjänsten delas av flera organisationer: namnet på anspråket, t.ex. org.',
    organisationValue: 'Värde som anspråket ska ha för den här organisationen',
    roleClaim: 'Anspråk som ger rollen',
    roleClaimHint: 'Till exempel groups eller roles.',
    roleValues: 'Värden som ger rollen {role}',
    valuesHint: 'Ett eller flera värden, åtskilda med kommatecken.',
    defaultRole: 'Roll när inget värde matchar',
    defaultNone: 'Ingen – neka inloggning',
    roleAcr: 'Tillitsnivåer (acr) som godtas för {role}',
    acrHint: 'Tomt: alla nivåer godtas. Flera åtskilda med kommatecken.',
    passwordSignIn: 'Tillåt inloggning med lösenord för organisationens personer',
    passwordSignInHint: 'Utan bock kan organisationens personer bara logga in via tjänsten.',
    save: 'Spara inloggningstjänst',
    saving: 'Sparar …',
    saved: 'Inloggningstjänsten är sparad.',
    remove: 'Ta bort inloggningstjänsten',
    removed: 'Inloggningstjänsten är borttagen. Personerna loggar in med lösenord.',
    failed: 'Inställningarna kunde inte sparas.',
  },
} as const;
