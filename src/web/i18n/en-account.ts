/** English texts for an admin's account buttons on the people page: deactivate, activate, new one-time password. Part of en.ts. */
export const enAccount = {
  peopleAccount: {
    deactivated: 'Deactivated',
    deactivate: 'Deactivate',
    activate: 'Activate',
    reset: 'New one-time password',
    forName: 'for {name}',
    deactivatedDone: '{name} is deactivated: cannot sign in and is signed out everywhere.',
    activatedDone: '{name} can sign in again.',
    resetDone: '{name} has a new one-time password and is signed out everywhere. Pass the password on; it is shown only now.',
    failed: 'That did not work: {message}',
  },
} as const;
