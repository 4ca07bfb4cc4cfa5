import { XMLParser } from 'fast-xml-parser';

/**
 * XML in document order (fast-xml-parser's preserveOrder form): each element is
 * `{ [tag]: children, ':@'?: { '@_attr': value } }`, text is `{ '#text': value }`.
 */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true });

export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

/** The element's tag name (the key that is not `:@`). */
export function tagOf(n: XmlNode): string {
  return Object.keys(n).find((k) => k !== ':@') ?? '';
}

export function childrenOf(n: XmlNode): XmlNode[] {
  const c = n[tagOf(n)];
  return Array.isArray(c) ? (c as XmlNode[]) : [];
}

export function attr(n: XmlNode, name: string): string | undefined {
  const a = n[':@'] as Record<string, unknown> | undefined;
  const v = a?.[`@_${name}`];
  return v === undefined ? undefined : String(v);
}

/** The first child with the tag, or undefined. */
export function child(n: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(n).find((c) => tagOf(c) === tag);
}

/** Every descendant element with the tag, in document order. */
export function descendants(n: XmlNode, tag: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (x: XmlNode) => {
    for (const c of childrenOf(x)) {
      if (tagOf(c) === tag) out.push(c);
      walk(c);
    }
  };
  walk(n);
  return out;
}

export function textOf(n: XmlNode): string {
  return String(n['#text'] ?? '');
}
