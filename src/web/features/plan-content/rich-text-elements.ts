import { createElement, Fragment, type ReactNode } from 'react';
import type { Block, Inline, RichTextDoc } from '../../../domain/plan-content/rich-text';
import { isSafeHref } from '../../../domain/plan-content/rich-text';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * React elements for a parsed rich text. Text only ever becomes React text children (escaped by
 * React); no HTML string is set anywhere. A link's target is checked again here, so that an AST
 * built by other means cannot smuggle in a javascript: URL.
 */
export function richTextElements(doc: RichTextDoc, firstHeadingLevel: 2 | 3 | 4 = 3): ReactNode[] {
  return doc.blocks.map((block, i) => blockElement(block, i, firstHeadingLevel));
}

function blockElement(block: Block, key: number, firstHeadingLevel: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return createElement('p', { key }, ...inlines(block.children));
    case 'heading': {
      const tag = `h${Math.min(firstHeadingLevel + block.level - 2, 6)}` as HeadingTag;
      return createElement(tag, { key }, ...inlines(block.children));
    }
    case 'list':
      return createElement('ul', { key }, ...block.items.map((item, i) => createElement('li', { key: i }, ...inlines(item))));
  }
}

function inlines(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return createElement(Fragment, { key: i }, node.text);
      case 'bold':
        return createElement('strong', { key: i }, ...inlines(node.children));
      case 'italic':
        return createElement('em', { key: i }, ...inlines(node.children));
      default: // 'link'
        return isSafeHref(node.href)
          ? createElement('a', { key: i, href: node.href, ...(node.href.startsWith('/') ? {} : { rel: 'noopener noreferrer' }) }, ...inlines(node.children))
          : createElement(Fragment, { key: i }, ...inlines(node.children));
    }
  });
}
