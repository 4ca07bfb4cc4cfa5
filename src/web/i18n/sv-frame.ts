/**
 * Swedish texts of the page frame and the sign-in page. Part of sv.ts (spread into it), and loaded
 * on its own first: the sign-in page needs no other texts (i18n/index.tsx).
 */
import { svOidcSignIn } from './sv-oidc';

export const svFrame = {
  ...svOidcSignIn,
  app: {
    name: 'Ledstjärna',
    tagline: 'Strategisk styrning och uppföljning',
    skipLink: 'Hoppa till innehåll',
    mainNav: 'Huvudmeny',
    language: 'Språk',
    loading: 'Laddar …',
    saving: 'Sparar …',
    retry: 'Försök igen',
    footer: 'Ledstjärna – ledningsstöd för regionens strategiska plan och måluppfyllelse.',
    errorGeneric: 'Något gick fel. Försök igen om en stund.',
    networkError: 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
    forbidden: 'Du har inte behörighet till det här.',
    notFoundData: 'Det du söker finns inte, eller så har du inte tillgång till det.',
    sessionEnded: 'Du är inte längre inloggad. Logga in igen.',
    notFoundTitle: 'Sidan finns inte',
    notFoundText: 'Adressen leder inte till någon sida i Ledstjärna.',
    backHome: 'Till översikten',
  },
  auth: {
    title: 'Logga in',
    intro: 'Logga in med din e-postadress och ditt lösenord.',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in …',
    failed: 'Fel e-postadress eller lösenord.',
    emailRequired: 'Ange din e-postadress.',
    passwordRequired: 'Ange ditt lösenord.',
    signedOut: 'Du är utloggad.',
    changeTitle: 'Byt lösenord',
    mustChange: 'Du behöver välja ett eget lösenord innan du fortsätter.',
    currentPassword: 'Nuvarande lösenord',
    newPassword: 'Nytt lösenord',
    confirmPassword: 'Upprepa det nya lösenordet',
    newPasswordRequired: 'Ange ett nytt lösenord.',
    mismatch: 'Lösenorden är inte likadana.',
    wrongCurrent: 'Det nuvarande lösenordet stämmer inte.',
    changeSubmit: 'Spara nytt lösenord',
    changeFailed: 'Lösenordet kunde inte bytas.',
    changed: 'Ditt lösenord är bytt.',
    continue: 'Fortsätt',
  },
} as const;
