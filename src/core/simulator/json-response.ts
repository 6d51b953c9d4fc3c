import type { SimulatorResponse } from './types.js';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function jsonResponse(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): SimulatorResponse {
  return {
    status,
    headers: { 'content-type': JSON_CONTENT_TYPE, ...headers },
    body: JSON.stringify(value),
  };
}

export function emptyResponse(status = 204): SimulatorResponse {
  return { status, body: '' };
}
