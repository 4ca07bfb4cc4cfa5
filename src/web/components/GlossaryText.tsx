import { queryOptions, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { type GlossaryTerm, splitByTerms } from '../../domain/federation/glossary-terms';
import { api } from '../api/client';
import { useT } from '../i18n';

/** The agreed terms of the federations a plan belongs to (none for a plan outside any federation). */
export function usePlanGlossary(planId: number | null) {
  return useQuery({ ...planGlossaryQuery(planId ?? Number.NaN), enabled: planId !== null });
}

/** The plan's federation glossary as a query (also asked for before the scorecard page is shown). */
export function planGlossaryQuery(planId: number) {
  return queryOptions({
    queryKey: ['plans', planId, 'glossary'],
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/glossary', { params: { planId } }, { signal }),
    staleTime: 60_000,
  });
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
