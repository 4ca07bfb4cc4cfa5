/**
 * What a number for a period means. The same measure can be reported as a flow for the
 * tertial, a flow accumulated from 1 January, or a state at a date; comparing values of
 * different natures (a DÅ 08 cumulative count with a T2 flow) gives nonsense, so the nature
 * is recorded with the measure and shown to whoever enters or reads the values.
 */
import type { Lang, Localized } from '../i18n/lang';

export type ValueNature = 'flow' | 'cumulative' | 'state';

export const VALUE_NATURES: readonly ValueNature[] = ['flow', 'cumulative', 'state'];

/** One-line explanations of each nature, for forms and report footnotes. */
export const VALUE_NATURE_EXPLANATION: Record<ValueNature, Localized> = {
  flow: {
    sv: 'Flöde: det som hände under perioden, t.ex. antal besök maj–augusti.',
    da: 'Flow: det, der skete i perioden, f.eks. antal besøg maj–august.',
    en: 'Flow: what happened during the period, e.g. visits May–August.',
  },
  cumulative: {
    sv: 'Ackumulerat: flödet från 1 januari till periodens slut, t.ex. antal besök januari–augusti.',
    da: 'Akkumuleret: flowet fra 1. januar til periodens slutning, f.eks. antal besøg januar–august.',
    en: 'Cumulative: the flow from 1 January to the end of the period, e.g. visits January–August.',
  },
  state: {
    sv: 'Läge: värdet vid periodens slutdatum, t.ex. nuläget per 30 april.',
    da: 'Status: værdien på periodens slutdato, f.eks. situationen pr. 30. april.',
    en: 'State: the value at the end date of the period, e.g. the situation on 30 April.',
  },
};

/** The one-line explanation of a value nature in a language. */
export function explainValueNature(nature: ValueNature, lang: Lang): string {
  return VALUE_NATURE_EXPLANATION[nature][lang];
}
