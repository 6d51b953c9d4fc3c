/**
 * JSON rendering as the mechanical conversion of the XML
 * (docs/upstreams/account-engagement.md#json):
 * - root attributes move to "@attributes" with `version` the number 1 (and `err_code` on errors);
 * - numbers stay numbers, empty values (and elements without children) are null;
 * - the cardinality quirk: a repeated child is an array only with 2+ items, a bare object with
 *   exactly 1, and absent with 0 (there is no element to convert);
 * - "/" is escaped as "\/", as the PHP encoder behind the API does; JSON parsers read both.
 */
import { groupByName, type Element } from './element.js';

function jsonValue(content: Element['content']): unknown {
  if (content === null || content === '') return null;
  if (typeof content !== 'object') return content;
  return content.length === 0 ? null : jsonChildren(content);
}

function jsonChildren(children: readonly Element[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, values] of groupByName(children, jsonValue)) {
    result[name] = values.length === 1 ? values[0] : values;
  }
  return result;
}

const encode = (value: unknown): string => JSON.stringify(value).replaceAll('/', '\\/');

export function renderJsonSuccess(children: readonly Element[]): string {
  return encode({ '@attributes': { stat: 'ok', version: 1 }, ...jsonChildren(children) });
}

export function renderJsonError(code: number, message: string): string {
  return encode({ '@attributes': { stat: 'fail', version: 1, err_code: code }, err: message });
}
