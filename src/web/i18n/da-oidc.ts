import type { Messages } from './types';

/** Danish texts for single sign-on (OpenID Connect): the sign-in page's part (in da-frame.ts) and the admin's form (in da.ts). */
export const daOidcSignIn = {
  oidcSignIn: {
    heading: 'Log ind via din organisation',
    signInWith: 'Log ind med {name}',
    orPassword: 'Eller log ind med e-mail og adgangskode',
    passwordOff: 'Din organisation har slået login med adgangskode fra. Log ind med organisationens knap ovenfor.',
    failed: {
      state: 'Login kunne ikke gennemføres (det var udløbet eller startet i et andet vindue). Prøv igen.',
      cancelled: 'Login blev afbrudt hos login-tjenesten.',
      provider: 'Login-tjenesten svarede ikke som ventet. Prøv igen om lidt.',
      'no-email': 'Login-tjenesten sendte ingen e-mailadresse. Kontakt din administrator.',
      'email-unverified': 'Login-tjenesten har ikke bekræftet din e-mailadresse. Kontakt din administrator.',
      organisation: 'Login-tjenesten siger, at du hører til en anden organisation.',
      role: 'Du har ingen rolle i Ledstjärna ifølge login-tjenesten. Kontakt din administrator.',
      acr: 'Din rolle kræver et stærkere login (højere sikringsniveau). Log ind med for eksempel MitID.',
      'account-elsewhere': 'Der findes allerede en konto med din e-mailadresse i en anden organisation. Kontakt din administrator.',
      deactivated: 'Kontoen er deaktiveret. Kontakt en administrator i din organisation.',
      'not-configured': 'Organisationen har ingen login-tjeneste.',
    },
  },
} as const satisfies Pick<Messages, 'oidcSignIn'>;

export const daOidc = {
  oidcAdmin: {
    heading: 'Login via organisationens tjeneste (OpenID Connect)',
    intro: 'Personer i organisationen kan logge ind med organisationens login-tjeneste. Personen oprettes ved første login og får den rolle, som tjenestens oplysninger (claims) giver.',
    notConfigured: 'Der er ikke indstillet nogen login-tjeneste.',
    redirectUri: 'Registrer denne adresse som omdirigerings-URI hos login-tjenesten:',
    issuer: 'Tjenestens adresse (issuer)',
    issuerHint: 'For eksempel https://login.region.dk. Ledstjärna læser tjenestens konfiguration derfra, når du gemmer.',
    clientId: 'Klient-id',
    clientSecret: 'Klienthemmelighed',
    clientSecretKeep: 'En hemmelighed er gemt. Lad feltet stå tomt for at beholde den.',
    organisationClaim: 'Claim der angiver organisationen (valgfrit)',
    organisationClaimHint: 'Hvis tjenesten deles af flere organisationer: navnet på claimet, f.eks. org.',
    organisationValue: 'Værdi som claimet skal have for denne organisation',
    roleClaim: 'Claim der giver rollen',
    roleClaimHint: 'For eksempel groups eller roles.',
    roleValues: 'Værdier der giver rollen {role}',
    valuesHint: 'En eller flere værdier, adskilt med komma.',
    defaultRole: 'Rolle når ingen værdi passer',
    defaultNone: 'Ingen – afvis login',
    roleAcr: 'Sikringsniveauer (acr) der godtages for {role}',
    acrHint: 'Tomt: alle niveauer godtages. Flere adskilt med komma.',
    passwordSignIn: 'Tillad login med adgangskode for organisationens personer',
    passwordSignInHint: 'Uden flueben kan organisationens personer kun logge ind via tjenesten.',
    save: 'Gem login-tjeneste',
    saving: 'Gemmer …',
    saved: 'Login-tjenesten er gemt.',
    remove: 'Fjern login-tjenesten',
    removed: 'Login-tjenesten er fjernet. Personerne logger ind med adgangskode.',
    failed: 'Indstillingerne kunne ikke gemmes.',
  },
} as const satisfies Pick<Messages, 'oidcAdmin'>;
