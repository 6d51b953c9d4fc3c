/**
 * The kit's request log redacts query parameters only and stores form bodies as raw text, but the
 * token endpoint takes its secrets (client_secret, refresh_token, assertion) in a form body. The
 * simulator therefore redacts logged bodies as they are read out: each `name=value` pair of a
 * form body whose name is redacted becomes `name=[redacted]`, other pairs stay as sent. JSON
 * bodies (parsed by the log) get the same treatment on their top-level keys.
 */
import { REDACTED, type RequestLogEntry } from '../../../core/simulator/request-log.js';

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' ')).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

function redactForm(body: string, names: ReadonlySet<string>): string {
  return body
    .split('&')
    .map((pair) => {
      const separator = pair.indexOf('=');
      const rawName = separator === -1 ? pair : pair.slice(0, separator);
      return names.has(decodeName(rawName)) ? `${rawName}=${REDACTED}` : pair;
    })
    .join('&');
}

function redactBody(body: unknown, names: ReadonlySet<string>): unknown {
  if (typeof body === 'string') return redactForm(body, names);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      key,
      names.has(key.toLowerCase()) ? REDACTED : value,
    ]),
  );
}

export function redactEntry(entry: RequestLogEntry, names: readonly string[]): RequestLogEntry {
  if (entry.body === undefined) return entry;
  return { ...entry, body: redactBody(entry.body, new Set(names)) };
}
