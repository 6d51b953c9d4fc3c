/**
 * Prospect read (docs/upstreams/account-engagement.md#prospect-operations): `read/id/<id>` (unknown
 * → 3), `read/email/<email>` (unknown or malformed → 4) and, in v4 only, `read/fid/<crm id>`
 * (Salesforce Lead/Contact id; unknown → 3; in v3 the path is error 2). By email, every prospect
 * with the address: several `<prospect>` elements (an array in JSON, a bare object for one) only
 * in a unit with shared emails, which answers version 4 alone (request/version-rule).
 */
import type { ProspectRecord } from '../data/records.js';
import { pardotError } from '../errors.js';
import { OUTPUT_MODES } from '../shapes/output-mode.js';
import { prospectElement } from '../shapes/prospect-shape.js';
import { emailParam, enumParam, integerParam, readParams } from '../validation/param-rules.js';
import { GET_OR_POST, type Operation, type OperationContext } from './operation.js';

const PARAMS = {
  id: integerParam(3),
  email: emailParam(),
  output: enumParam(OUTPUT_MODES, 5),
};

function findProspects({ params, version, dataset, nowMs }: OperationContext): ProspectRecord[] {
  const { id, email } = readParams(params, PARAMS, { nowMs });
  if (id !== undefined) {
    const prospect = dataset.prospect(id);
    if (prospect === undefined) throw pardotError(3);
    return [prospect];
  }
  if (email !== undefined) {
    const prospects = dataset.prospectsWithEmail(email);
    if (prospects.length === 0) throw pardotError(4);
    return prospects;
  }
  const fid = params.get('fid')?.trim();
  if (fid !== undefined && fid !== '') {
    if (version !== 4) throw pardotError(2);
    const prospect = dataset.prospectByFid(fid);
    if (prospect === undefined) throw pardotError(3);
    return [prospect];
  }
  throw pardotError(13);
}

export const prospectRead: Operation = {
  name: 'prospect.read',
  methods: GET_OR_POST,
  handle(context) {
    const { output } = readParams(context.params, { output: PARAMS.output }, context);
    return findProspects(context).map((p) => prospectElement(p, output ?? 'full', context.dataset));
  },
};
