/**
 * `output` (docs/upstreams/account-engagement.md#output-levels): `full` (default) and `simple` nest
 * the campaign and the prospects; `mobile` and `bulk` give the record's own fields only. The
 * documentation does not say how full and simple differ for opportunities; the simulator nests
 * complete prospect records in `full` and the five fields of the recorded fixture (id, first_name,
 * last_name, email, company) in `simple`. `bulk` also drops `total_results` from queries.
 */
export const OUTPUT_MODES = ['full', 'simple', 'mobile', 'bulk'] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

export const nestsRelations = (mode: OutputMode): boolean => mode === 'full' || mode === 'simple';
