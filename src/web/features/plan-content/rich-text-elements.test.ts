import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseRichText, type RichTextDoc } from '../../../domain/plan-content/rich-text';
import { richTextElements } from './rich-text-elements';

const html = (doc: RichTextDoc, level: 2 | 3 | 4 = 3) => renderToStaticMarkup(createElement('div', null, ...richTextElements(doc, level)));
const render = (source: string) => html(parseRichText(source).doc);

describe('rich text as React elements', () => {
  it('renders paragraphs, headings, lists, bold, italic and links as elements', () => {
    expect(render('## Målbild\n\nEn **gemensam** *målbild*, se [strategin](https://a.se/s).\n\n- ett\n- två')).toBe(
      '<div><h3>Målbild</h3><p>En <strong>gemensam</strong> <em>målbild</em>, se <a href="https://a.se/s" rel="noopener noreferrer">strategin</a>.</p><ul><li>ett</li><li>två</li></ul></div>',
    );
    expect(render('### Under')).toBe('<div><h4>Under</h4></div>');
  });

  it('escapes HTML in the text, so scripts and event handlers are never elements', () => {
    const out = render('<script>alert(1)</script> <img src=x onerror="alert(1)"> & "citat"');
    expect(out).toBe('<div><p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;citat&quot;</p></div>');
    expect(out).not.toMatch(/<script|<img/);
  });

  it('never renders a javascript: link, even from an AST not made by the parser', () => {
    const forged: RichTextDoc = { blocks: [{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'klicka' }] }] }] };
    expect(html(forged)).toBe('<div><p>klicka</p></div>');
    expect(render('[klicka](javascript:alert(1))')).toBe('<div><p>klicka</p></div>');
  });
});
