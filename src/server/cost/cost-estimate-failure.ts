/** Raised for a document the model cannot price (Apollo Router's COST_QUERY_PARSE_FAILURE). */
export class CostEstimateFailure extends Error {}
