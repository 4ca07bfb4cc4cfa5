import { useMemo } from 'react';
import { parseRichText } from '../../../domain/plan-content/rich-text';
import { richTextElements } from './rich-text-elements';

/** A chapter's markup shown as headings, paragraphs and lists; never as HTML. */
export function RichText({ source, firstHeadingLevel = 3 }: { source: string; firstHeadingLevel?: 2 | 3 | 4 }) {
  const elements = useMemo(() => richTextElements(parseRichText(source).doc, firstHeadingLevel), [source, firstHeadingLevel]);
  return <div className="rich-text">{elements}</div>;
}
