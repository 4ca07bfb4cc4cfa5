import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import { beforeAll, describe, expect, it } from 'vitest';
import { LangProvider, loadLang } from '../i18n';
import { PlanTermsProvider, PlanText, TermsOfTitle } from './PlanGlossary';

const TERMS = [
  { term: 'Nära vård', definition: 'Vård som utgår från personens behov, nära hemmet.', federationId: 1, federationName: 'Norrlandstingens regionförbund' },
  { term: 'vård', definition: 'Hälso- och sjukvård.', federationId: 1, federationName: 'Norrlandstingens regionförbund' },
];

const render = (node: React.ReactNode, terms = TERMS) =>
  renderToStaticMarkup(
    <Router ssrPath="/plans/1">
      <LangProvider>
        <PlanTermsProvider terms={terms}>{node}</PlanTermsProvider>
      </LangProvider>
    </Router>,
  );

beforeAll(async () => {
  await loadLang('sv');
});

describe('the federation glossary in a plan’s titles', () => {
  it('explains a term where a title uses it: a button with aria-expanded that opens the agreed definition', () => {
    const html = render(<PlanText text="Mer nära vård i glesbygden" />);
    expect(html).toContain('Mer <span class="glossary-term"><button type="button" class="glossary-term-button" aria-expanded="false"');
    expect(html).toContain('>nära vård<span class="visually-hidden"> (Vad betyder Nära vård?)</span></button>');
    expect(html).toMatch(/<span id="[^"]+" class="glossary-term-definition" hidden=""><dfn>Nära vård<\/dfn>: Vård som utgår från personens behov, nära hemmet\. Överenskommet i Norrlandstingens regionförbund\.<\/span>/);
    expect(html.endsWith(' i glesbygden')).toBe(true);
  });

  it('leaves a title without terms, or a plan outside any federation, as plain text', () => {
    expect(render(<PlanText text="Vårdcentraler i tid" />)).toBe('Vårdcentraler i tid');
    expect(render(<PlanText text="Nära vård" />, [])).toBe('Nära vård');
  });

  it('explains the terms of a title that is itself a button beside it, never as a button inside a button', () => {
    const html = render(<TermsOfTitle title="Nära vård och god vård för alla" />);
    expect(html.startsWith('<p class="glossary-terms-of"><span class="meta">Begrepp i rubriken:</span> ')).toBe(true);
    // Longest term first, each once, in the glossary's order.
    expect([...html.matchAll(/<dfn>([^<]+)<\/dfn>/g)].map((m) => m[1])).toEqual(['Nära vård', 'vård']);
    expect(render(<TermsOfTitle title="Ekonomi i balans" />)).toBe('');
  });
});
