/** Danish texts for an admin's account buttons on the people page: deactivate, activate, new one-time password. Part of da.ts. */
export const daAccount = {
  peopleAccount: {
    deactivated: 'Deaktiveret',
    deactivate: 'Deaktiver',
    activate: 'Aktiver',
    reset: 'Ny engangsadgangskode',
    forName: 'for {name}',
    deactivatedDone: '{name} er deaktiveret: kan ikke logge ind og er logget ud overalt.',
    activatedDone: '{name} kan logge ind igen.',
    resetDone: '{name} har fået en ny engangsadgangskode og er logget ud overalt. Giv adgangskoden videre; den vises kun nu.',
    failed: 'Det lykkedes ikke: {message}',
  },
} as const;
