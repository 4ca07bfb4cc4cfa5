import type { Localized } from '../../../domain/i18n/lang';

/** The consultation's server messages in sv, da and en (remiss / høring / consultation). */
export const MSG = {
  notFound: { sv: 'Remissen finns inte.', da: 'Høringen findes ikke.', en: 'The consultation does not exist.' },
  invitationNotFound: {
    sv: 'Länken gäller inte: den är fel, återkallad eller har gått ut.',
    da: 'Linket gælder ikke: det er forkert, trukket tilbage eller udløbet.',
    en: 'The link is not valid: it is wrong, withdrawn or expired.',
  },
  planElsewhere: { sv: 'Planen finns inte i organisationen.', da: 'Planen findes ikke i organisationen.', en: 'The plan does not belong to the organisation.' },
  partNeedsPlan: { sv: 'En del av planen kräver en plan (planId).', da: 'En del af planen kræver en plan (planId).', en: 'A part of a plan needs a plan (planId).' },
  unknownNode: { sv: 'Delen finns inte i planen.', da: 'Delen findes ikke i planen.', en: 'The part is not in the plan.' },
  partTitle: { sv: 'Ange delens rubrik eller en del av planen.', da: 'Angiv delens overskrift eller en del af planen.', en: 'Give the part a title or a part of the plan.' },
  deadlinePast: { sv: 'Sista svarsdag har redan passerat.', da: 'Høringsfristen er allerede overskredet.', en: 'The deadline has already passed.' },
  duplicateInvitee: { sv: 'Samma e-postadress finns två gånger.', da: 'Samme e-mailadresse står to gange.', en: 'The same e-mail address is listed twice.' },
  alreadySubmitted: {
    sv: 'Remissvaret är redan inskickat. En ändring blir en ny version: skicka newVersion: true.',
    da: 'Høringssvaret er allerede indsendt. En ændring bliver en ny version: send newVersion: true.',
    en: 'The response has already been submitted. A change becomes a new version: send newVersion: true.',
  },
  noDraft: {
    sv: 'Spara ett utkast av svaret innan du bifogar filer.',
    da: 'Gem et udkast af svaret, før du vedhæfter filer.',
    en: 'Save a draft of the response before you attach files.',
  },
  unknownQuestion: { sv: 'Frågan finns inte i remissen.', da: 'Spørgsmålet findes ikke i høringen.', en: 'The question is not in the consultation.' },
  unknownPart: { sv: 'Delen finns inte i remissen.', da: 'Delen findes ikke i høringen.', en: 'The part is not in the consultation.' },
  duplicatePoint: { sv: 'Samma fråga och del besvaras två gånger.', da: 'Samme spørgsmål og del besvares to gange.', en: 'The same question and part is answered twice.' },
  emptyAnswer: { sv: 'Skriv ett svar eller välj ett ställningstagande.', da: 'Skriv et svar, eller vælg en holdning.', en: 'Write an answer or choose a stance.' },
  fileType: {
    sv: 'Bara PDF- och Word-filer (.pdf, .docx) kan bifogas; filens innehåll avgör, inte dess namn.',
    da: 'Kun PDF- og Word-filer (.pdf, .docx) kan vedhæftes; filens indhold afgør det, ikke dens navn.',
    en: 'Only PDF and Word files (.pdf, .docx) can be attached; the file’s content decides, not its name.',
  },
  fileName: { sv: 'Filens namn saknas eller är ogiltigt.', da: 'Filens navn mangler eller er ugyldigt.', en: 'The file name is missing or invalid.' },
  fileEmpty: { sv: 'Filen är tom.', da: 'Filen er tom.', en: 'The file is empty.' },
  notEnded: {
    sv: 'Remissen pågår: svaren läses, besvaras och publiceras efter sista svarsdag eller när remissen är stängd.',
    da: 'Høringen er i gang: svarene læses, besvares og offentliggøres efter høringsfristen, eller når høringen er lukket.',
    en: 'The consultation is still open: answers are reviewed, responded to and published after the deadline or once it is closed.',
  },
  notAnswered: { sv: 'Parten har inte besvarat den frågan.', da: 'Parten har ikke besvaret det spørgsmål.', en: 'The party has not answered that question.' },
  auditElsewhere: {
    sv: 'Ändringen finns inte i remissens plans historik.',
    da: 'Ændringen findes ikke i høringens plans historik.',
    en: 'The change is not in the history of the consultation’s plan.',
  },
  notPublished: { sv: 'Remissen är inte publicerad.', da: 'Høringen er ikke offentliggjort.', en: 'The consultation has not been published.' },
  tooLarge: (mb: number): Localized => ({
    sv: `Filen är för stor: högst ${mb} MB per fil.`,
    da: `Filen er for stor: højst ${mb} MB pr. fil.`,
    en: `The file is too large: at most ${mb} MB per file.`,
  }),
  tooMany: (n: number): Localized => ({
    sv: `Högst ${n} bilagor per svar.`,
    da: `Højst ${n} bilag pr. svar.`,
    en: `At most ${n} attachments per response.`,
  }),
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;
