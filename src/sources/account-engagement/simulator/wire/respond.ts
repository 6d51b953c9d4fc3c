/**
 * Turns elements or a PardotError into an HTTP answer in the requested format. JSON is served as
 * exactly `application/json` (PyPardot4 compares that value,
 * docs/upstreams/account-engagement.md#json); XML, whose content type is not recorded, as
 * `application/xml; charset=utf-8`.
 */
import type { SimulatorResponse } from '../../../../core/simulator/types.js';
import type { PardotError } from '../errors.js';
import type { Element } from './element.js';
import { renderJsonError, renderJsonSuccess } from './json.js';
import { renderXmlError, renderXmlSuccess } from './xml.js';

export type Format = 'xml' | 'json';

export const JSON_CONTENT_TYPE = 'application/json';
export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

const contentType = (format: Format): string =>
  format === 'json' ? JSON_CONTENT_TYPE : XML_CONTENT_TYPE;

export function successResponse(children: readonly Element[], format: Format): SimulatorResponse {
  return {
    status: 200,
    headers: { 'content-type': contentType(format) },
    body: format === 'json' ? renderJsonSuccess(children) : renderXmlSuccess(children),
  };
}

export function errorResponse(error: PardotError, format: Format): SimulatorResponse {
  const headers: Record<string, string> = { 'content-type': contentType(format) };
  if (error.allow !== undefined) headers.allow = error.allow.join(', ');
  return {
    status: error.status,
    headers,
    body:
      format === 'json'
        ? renderJsonError(error.code, error.message)
        : renderXmlError(error.code, error.message),
  };
}

/**
 * Delete and undelete "return no response on success"; prospect delete is documented as HTTP 204
 * (docs/upstreams/account-engagement.md#http-status-codes), so both answer 204 with an empty body,
 * whatever the format.
 */
export const noContentResponse = (): SimulatorResponse => ({ status: 204, body: '' });

/** A 200 cut mid-document, for the kit's `malformedBody` fault. */
export function malformedResponse(format: Format): SimulatorResponse {
  return {
    status: 200,
    headers: { 'content-type': contentType(format) },
    body:
      format === 'json'
        ? '{"@attributes":{"stat":"ok","version":1},"result":{"total_results":3,"opportunity":[{"id":'
        : '<?xml version="1.0" encoding="UTF-8"?>\n<rsp stat="ok" version="1.0">\n  <result>\n' +
          '    <total_results>3</total_results>\n    <opportunity>\n      <id>1',
  };
}
