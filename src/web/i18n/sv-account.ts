/** Swedish texts for an admin's account buttons on the people page: deactivate, activate, new one-time password. Part of sv.ts. */
export const svAccount = {
  peopleAccount: {
    deactivated: 'Avstängd',
    deactivate: 'Stäng av',
    activate: 'Aktivera',
    reset: 'Nytt engångslösenord',
    forName: 'för {name}',
    deactivatedDone: '{name} är avstängd: kan inte logga in och är utloggad överallt.',
    activatedDone: '{name} kan logga in igen.',
    resetDone: '{name} har fått ett nytt engångslösenord och är utloggad överallt. Lämna lösenordet till hen; det visas bara nu.',
    failed: 'Det gick inte: {message}',
  },
} as const;
