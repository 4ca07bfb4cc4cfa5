import { formatDateTime } from '../../../domain/i18n/plural';
import type { Lang } from '../../../domain/i18n/lang';

/** The invitation and the reminder, in the organisation's language. */

export function invitationMail(lang: Lang, m: { organisation: string; title: string; party: string; deadline: string; url: string }) {
  const deadline = formatDateTime(m.deadline, lang);
  const texts = {
    sv: {
      subject: `Remiss: ${m.title}`,
      text: `Till ${m.party}\n\n${m.organisation} skickar ${m.title} på remiss och ber om ert remissvar senast ${deadline}.\n\nLäs remissen och svara här (inget konto behövs):\n${m.url}\n\nLänken gäller till sista svarsdag och är personlig för er organisation.`,
    },
    da: {
      subject: `Høring: ${m.title}`,
      text: `Til ${m.party}\n\n${m.organisation} sender ${m.title} i høring og beder om jeres høringssvar senest ${deadline}.\n\nLæs høringsmaterialet og svar her (ingen konto nødvendig):\n${m.url}\n\nLinket gælder til høringsfristen og er personligt for jeres organisation.`,
    },
    en: {
      subject: `Consultation: ${m.title}`,
      text: `To ${m.party}\n\n${m.organisation} invites your response to ${m.title} by ${deadline}.\n\nRead the consultation and respond here (no account needed):\n${m.url}\n\nThe link is valid until the deadline and is personal to your organisation.`,
    },
  } satisfies Record<Lang, { subject: string; text: string }>;
  return texts[lang];
}

export function reminderMail(lang: Lang, m: { title: string; party: string; deadline: string }) {
  const deadline = formatDateTime(m.deadline, lang);
  const texts = {
    sv: {
      subject: `Påminnelse: remissvar om ${m.title}`,
      text: `Till ${m.party}\n\nVi har ännu inte fått ert remissvar om ${m.title}. Sista svarsdag är ${deadline}.\nSvara genom länken i inbjudan (ämne "Remiss: ${m.title}"). Ett sparat utkast skickas in först när ni väljer "Skicka in".`,
    },
    da: {
      subject: `Påmindelse: høringssvar om ${m.title}`,
      text: `Til ${m.party}\n\nVi har endnu ikke modtaget jeres høringssvar om ${m.title}. Høringsfristen er ${deadline}.\nSvar via linket i invitationen (emne "Høring: ${m.title}"). Et gemt udkast indsendes først, når I vælger "Indsend".`,
    },
    en: {
      subject: `Reminder: your response to ${m.title}`,
      text: `To ${m.party}\n\nWe have not yet received your response to ${m.title}. The deadline is ${deadline}.\nRespond through the link in the invitation (subject "Consultation: ${m.title}"). A saved draft is sent only when you choose "Submit".`,
    },
  } satisfies Record<Lang, { subject: string; text: string }>;
  return texts[lang];
}
