/**
 * Account Engagement (Pardot) v3/v4 records as the client hands them on
 * (docs/upstreams/account-engagement.md#opportunity-fields and #prospect-fields),
 * after the XML or JSON envelope has been read and normalised: repeated elements are always
 * arrays (the JSON single-object-versus-array quirk is gone), numbers that the API writes as
 * numbers are numbers, everything else stays text.
 */
export interface WireCampaign {
  id: number;
  name: string | null;
}

export interface WireProspect {
  id: number;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  company: string | null;
  created_at: string | null;
  updated_at: string | null;
  /** Every field as returned, including the ones above and custom fields, as text. */
  fields: Record<string, string | null>;
}

export interface WireOpportunity {
  id: number;
  name: string | null;
  /** Decimal text: the API's `value` is a float, and floats would round it. */
  value: string | null;
  probability: number | null;
  type: string | null;
  stage: string | null;
  status: string | null;
  closed_at: string | null;
  created_at: string | null;
  updated_at: string | null;
  campaign: WireCampaign | null;
  /** Null when the output level leaves prospects out (mobile). */
  prospects: WireProspect[] | null;
}

/**
 * `<rsp stat="fail"><err code="N">message</err></rsp>` or its JSON form
 * (docs/upstreams/account-engagement.md#response-envelope).
 */
export interface WireFailure {
  code: number;
  message: string;
}
