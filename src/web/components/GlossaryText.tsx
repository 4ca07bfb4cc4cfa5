import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { type GlossaryTerm, splitByTerms } from '../../domain/federation/glossary-terms';
import { planGlossaryQuery } from '../api/plan-page-queries';
import { useT } from '../i18n';

/** The agreed terms of the federations a plan belongs to (none for a plan outside any federation). */
export function usePlanGlossary(planId: number | null) {
  return useQuery({ ...planGlossaryQuery(planId ?? Number.NaN), enabled: planId !== null });
}

/**
 * A plan's text with the federation glossary's terms explained where they are used: the term is a
 * button (keyboard, screen reader: "what does … mean?") that shows its agreed definition beside it.
 */
export function GlossaryText({ text, terms }: { text: string; terms: readonly (GlossaryTerm & { federationName?: string })[] }) {
  const parts = splitByTerms(text, terms);
  return (
    <>
      {parts.map((p) =>
        // A term is explained at its first use only, so its text is unique among the parts.
        p.term ? <ExplainedTerm key={`term-${p.term.term}`} text={p.text} term={p.term as GlossaryTerm & { federationName?: string }} /> : p.text,
      )}
    </>
  );
}

/** One glossary term as a button that opens its agreed definition beside it. */
export function ExplainedTerm({ text, term }: { text: string; term: GlossaryTerm & { federationName?: string } }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="glossary-term">
      <button
        type="button"
        className="glossary-term-button"
        aria-expanded={open}
        aria-controls={id}
        title={t('regionTools.termExplain', { term: term.term })}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        {text}
        <span className="visually-hidden"> ({t('regionTools.termExplain', { term: term.term })})</span>
      </button>
      <span id={id} className="glossary-term-definition" hidden={!open}>
        <dfn>{term.term}</dfn>: {term.definition}
        {term.federationName ? ` ${t('regionTools.termFrom', { federation: term.federationName })}` : ''}
      </span>
    </span>
  );
}
