import type { Localized } from '../i18n/lang';

/**
 * The 17 goals of Agenda 2030 with their official short names: Swedish as on
 * globalamalen.se, Danish as on verdensmaalene.dk, English as the United Nations names them.
 */
export interface AgendaGoal {
  number: number;
  name: Localized;
}

const NAMES: [sv: string, da: string, en: string][] = [
  ['Ingen fattigdom', 'Afskaf fattigdom', 'No poverty'],
  ['Ingen hunger', 'Stop sult', 'Zero hunger'],
  ['Hälsa och välbefinnande', 'Sundhed og trivsel', 'Good health and well-being'],
  ['God utbildning för alla', 'Kvalitetsuddannelse', 'Quality education'],
  ['Jämställdhet', 'Ligestilling mellem kønnene', 'Gender equality'],
  ['Rent vatten och sanitet för alla', 'Rent vand og sanitet', 'Clean water and sanitation'],
  ['Hållbar energi för alla', 'Bæredygtig energi', 'Affordable and clean energy'],
  ['Anständiga arbetsvillkor och ekonomisk tillväxt', 'Anstændige jobs og økonomisk vækst', 'Decent work and economic growth'],
  ['Hållbar industri, innovationer och infrastruktur', 'Industri, innovation og infrastruktur', 'Industry, innovation and infrastructure'],
  ['Minskad ojämlikhet', 'Mindre ulighed', 'Reduced inequalities'],
  ['Hållbara städer och samhällen', 'Bæredygtige byer og lokalsamfund', 'Sustainable cities and communities'],
  ['Hållbar konsumtion och produktion', 'Ansvarligt forbrug og produktion', 'Responsible consumption and production'],
  ['Bekämpa klimatförändringarna', 'Klimaindsats', 'Climate action'],
  ['Hav och marina resurser', 'Livet i havet', 'Life below water'],
  ['Ekosystem och biologisk mångfald', 'Livet på land', 'Life on land'],
  ['Fredliga och inkluderande samhällen', 'Fred, retfærdighed og stærke institutioner', 'Peace, justice and strong institutions'],
  ['Genomförande och globalt partnerskap', 'Partnerskaber for handling', 'Partnerships for the goals'],
];

/** All 17 goals, goal 1 first. */
export const AGENDA_2030_GOALS: readonly AgendaGoal[] = NAMES.map(([sv, da, en], i) => ({ number: i + 1, name: { sv, da, en } }));

/** Whether a number names one of the 17 goals. */
export function isAgendaGoal(goal: unknown): goal is number {
  return typeof goal === 'number' && Number.isInteger(goal) && goal >= 1 && goal <= 17;
}

/** The goal with this number, or undefined. */
export function agendaGoal(goal: number): AgendaGoal | undefined {
  return isAgendaGoal(goal) ? AGENDA_2030_GOALS[goal - 1] : undefined;
}
