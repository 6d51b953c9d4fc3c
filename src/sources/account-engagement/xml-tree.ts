import { SaxesParser } from 'saxes';

/*
 * Account Engagement's XML as plain objects, with saxes (a strict, streaming XML 1.0 parser)
 * underneath: an element with text only is its trimmed text (`''` when empty), one with
 * attributes or children an object whose attributes are `@_name` and whose own text is `#text`,
 * a repeated element an array of its values. Tag values stay text: a prospect named "0012" must
 * not become 12.
 *
 * This replaced fast-xml-parser, whose tree (built, then compressed into objects, one callback
 * per element) cost four to five times as long per page of opportunities (docs/performance.md,
 * "Second sitting"); saxes hands over the events and this file keeps only what the envelope
 * reader needs. A document that is not well-formed (cut short, an undeclared entity,
 * a mismatched tag) throws, as it should: it is not a response to read.
 */

export type XmlValue = string | XmlNode | XmlValue[];
export interface XmlNode {
  [name: string]: XmlValue;
}

interface OpenElement {
  readonly name: string;
  /** Created on the first attribute or child: an element with text only stays a string. */
  node: XmlNode | null;
  text: string;
}

/** A node without a prototype: a tag named `__proto__` or `constructor` is a plain key. */
const emptyNode = (): XmlNode => Object.create(null) as XmlNode;

function addChild(parent: XmlNode, name: string, value: XmlValue, arrays: ReadonlySet<string>) {
  const existing = parent[name];
  if (existing === undefined) {
    parent[name] = arrays.has(name) ? [value] : value;
  } else if (Array.isArray(existing)) {
    existing.push(value);
  } else {
    parent[name] = [existing, value];
  }
}

/**
 * Reads `text` into a tree under its root element's name. `arrays`: element names that are
 * arrays even when they occur once (`opportunity`, `prospect`), so one record and several read
 * alike.
 */
export function readXmlTree(text: string, arrays: ReadonlySet<string>): XmlNode {
  const document = emptyNode();
  const open: OpenElement[] = [];
  // Line and column tracking is only for error messages, which name no position here.
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => {
    let node: XmlNode | null = null;
    for (const name in tag.attributes) {
      node ??= emptyNode();
      node[`@_${name}`] = String(tag.attributes[name]);
    }
    open.push({ name: tag.name, node, text: '' });
  });
  const addText = (chunk: string) => {
    const top = open.at(-1);
    if (top) top.text += chunk;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = open.pop() as OpenElement;
    const own = element.text.trim();
    let value: XmlValue = own;
    if (element.node !== null) {
      if (own !== '') element.node['#text'] = own;
      value = element.node;
    }
    const parent = open.at(-1);
    const into = parent ? (parent.node ??= emptyNode()) : document;
    addChild(into, element.name, value, arrays);
  });
  parser.write(text).close();
  return document;
}
