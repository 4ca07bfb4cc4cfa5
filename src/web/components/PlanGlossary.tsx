import { createContext, Fragment, type ReactNode, useContext } from 'react';
import { type GlossaryTerm, termsUsed } from '../../domain/federation/glossary-terms';
import type { PlanGlossary } from '../../shared/workshop-types';
import { useT } from '../i18n';
import { ExplainedTerm, GlossaryText, usePlanGlossary } from './GlossaryText';

type Terms = PlanGlossary['terms'];
const NONE: Terms = [];

const PlanGlossaryContext = createContext<Terms>(NONE);

/** Makes the plan's federation glossary available to every node of a plan's page (none outside a federation). */
export function PlanGlossaryProvider({ planId, children }: { planId: number; children: ReactNode }) {
  const glossary = usePlanGlossary(Number.isFinite(planId) ? planId : null);
  return <PlanTermsProvider terms={glossary.data?.terms ?? NONE}>{children}</PlanTermsProvider>;
}

/** Gives the nodes below a set of agreed terms (the plan's, or a test's). */
export function PlanTermsProvider({ terms, children }: { terms: Terms; children: ReactNode }) {
  return <PlanGlossaryContext.Provider value={terms}>{children}</PlanGlossaryContext.Provider>;
}

/** The agreed terms of the plan whose page this is (inside PlanGlossaryProvider). */
export function usePlanTerms(): Terms {
  return useContext(PlanGlossaryContext);
}

/** A plan's text with its glossary terms explained where they are used (see GlossaryText). */
export function PlanText({ text }: { text: string }) {
  const terms = usePlanTerms();
  return terms.length === 0 ? text : <GlossaryText text={text} terms={terms} />;
}

/**
 * The glossary terms a title uses, explained beside it, for a title that is itself a button (a
 * node's open/close button), where a term's own button cannot go. Nothing when the title uses none.
 */
export function TermsOfTitle({ title }: { title: string }) {
  const { t } = useT();
  const terms = usePlanTerms();
  const used = termsUsed([title], terms) as Terms;
  if (used.length === 0) return null;
  return (
    <p className="glossary-terms-of">
      <span className="meta">{t('regionTools.termsInTitle')}</span>{' '}
      {used.map((term: GlossaryTerm & { federationName?: string }, i) => (
        <Fragment key={term.term}>
          {i > 0 && ', '}
          <ExplainedTerm text={term.term} term={term} />
        </Fragment>
      ))}
    </p>
  );
}
