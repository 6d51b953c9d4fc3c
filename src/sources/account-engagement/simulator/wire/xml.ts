/**
 * XML rendering (docs/upstreams/account-engagement.md#xml): `<?xml …?>` then `<rsp stat="ok|fail"
 * version="1.0">`. Empty values are self-closing elements (`<type/>`, `<prospects/>`); repeated
 * children are repeated elements. XMLBuilder escapes text; characters XML 1.0 cannot carry at all
 * are dropped first, since form input can contain them and a document with them would not parse.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { groupByName, type Element } from './element.js';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

// eslint-disable-next-line no-control-regex
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function builderValue(content: Element['content']): unknown {
  if (content === null) return '';
  if (typeof content === 'number') return String(content);
  if (typeof content === 'string') return content.replace(NOT_XML_CHARACTERS, '');
  return content.length === 0 ? '' : builderChildren(content);
}

function builderChildren(children: readonly Element[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, values] of groupByName(children, builderValue)) {
    result[name] = values.length === 1 ? values[0] : values;
  }
  return result;
}

function document(rsp: Record<string, unknown>): string {
  return XML_DECLARATION + (builder.build({ rsp }) as string);
}

export function renderXmlSuccess(children: readonly Element[]): string {
  return document({ '@_stat': 'ok', '@_version': '1.0', ...builderChildren(children) });
}

export function renderXmlError(code: number, message: string): string {
  return document({
    '@_stat': 'fail',
    '@_version': '1.0',
    err: { '#text': message, '@_code': String(code) },
  });
}
