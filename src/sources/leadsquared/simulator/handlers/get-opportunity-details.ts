/**
 * GET /v2/OpportunityManagement.svc/GetOpportunityDetails?OpportunityId=…
 * (docs/upstreams/leadsquared.md#opportunity-details): the opportunity as ID, Name, DisplayName (of
 * the type) and a Fields[] array of field descriptors with their values. An unknown id is 500
 * MXInvalidEntityException (docs/upstreams/leadsquared.md#not-documented-upstream).
 */
import { formatSqlDateTime } from '../date-formats.js';
import { invalidEntity, mandatoryMissing } from '../errors.js';
import type { OpportunityRecord } from '../records.js';
import type { Handler } from './handler.js';

/** Display names of the default simulated types; other codes get a generic name. */
const TYPE_NAMES: Readonly<Record<number, string>> = {
  12000: 'New Business',
  12001: 'Renewal',
  12003: 'Upsell',
};

// Option sets are JSON-encoded strings on the wire
// (docs/upstreams/leadsquared.md#opportunity-details).
const STATUS_OPTIONS = JSON.stringify(
  ['Open', 'Won', 'Lost'].map((text, index) => ({
    IsDefault: index === 0,
    Text: text,
    Value: text,
    CanDelete: false,
    CanEdit: false,
    IsLastOption: index === 2,
    Order: index + 1,
    BackgroundColor: null,
    FontColor: null,
  })),
);

interface FieldSpec {
  readonly schemaName: string;
  readonly displayName: string;
  readonly dataType: string;
  readonly value: (record: OpportunityRecord) => string | null;
}

const FIELDS: readonly FieldSpec[] = [
  {
    schemaName: 'mx_Custom_1',
    displayName: 'Opportunity Name',
    dataType: 'String',
    value: (o) => o.mx_Custom_1,
  },
  { schemaName: 'Status', displayName: 'Status', dataType: 'Dropdown', value: (o) => o.Status },
  {
    schemaName: 'mx_Custom_2',
    displayName: 'Stage',
    dataType: 'Dropdown',
    value: (o) => o.mx_Custom_2,
  },
  {
    schemaName: 'mx_Custom_3',
    displayName: 'Amount',
    dataType: 'Number',
    value: (o) => o.mx_Custom_3,
  },
  {
    schemaName: 'mx_Custom_4',
    displayName: 'Source',
    dataType: 'String',
    value: (o) => o.mx_Custom_4,
  },
  { schemaName: 'Owner', displayName: 'Owner', dataType: 'ActiveUsers', value: (o) => o.Owner },
  {
    schemaName: 'ActivityEvent_Note',
    displayName: 'Notes',
    dataType: 'String',
    value: (o) => o.OpportunityNote,
  },
  {
    schemaName: 'CreatedOn',
    displayName: 'Created On',
    dataType: 'DateTime',
    value: (o) => formatSqlDateTime(o.CreatedOn),
  },
  {
    schemaName: 'ModifiedOn',
    displayName: 'Modified On',
    dataType: 'DateTime',
    value: (o) => formatSqlDateTime(o.ModifiedOn),
  },
];

function fieldDescriptor(spec: FieldSpec, record: OpportunityRecord, index: number) {
  const isCustom = spec.schemaName.startsWith('mx_');
  return {
    SchemaName: spec.schemaName,
    InternalName: spec.schemaName,
    DisplayName: spec.displayName,
    Value: spec.value(record),
    DataType: spec.dataType,
    IsMandatory: spec.schemaName === 'mx_Custom_1' || spec.schemaName === 'Status',
    ShowInForm: true,
    Sequence: index + 1,
    ParentField: null,
    OptionSet: spec.schemaName === 'Status' ? STATUS_OPTIONS : null,
    DependentOptionSet: null,
    IsDefault: !isCustom,
    IsReadOnly: spec.dataType === 'DateTime',
    RenderType: spec.dataType === 'Dropdown' ? 'Dropdown' : 'Textbox',
    ExportAsPlainText: false,
    IsMultiSelectDropdown: false,
    IncludeOthersOption: false,
    BehaviorOnMissingDropdownOption: null,
    IsOthersValue: false,
    InternalSchemaName: spec.schemaName,
    CustomObjectType: null,
    MaxFieldLength: spec.dataType === 'String' ? 200 : null,
  };
}

export const getOpportunityDetails: Handler = ({ req, dataset }) => {
  const id = req.query.get('OpportunityId')?.trim();
  if (!id) throw mandatoryMissing('OpportunityId');
  const record = dataset.opportunity(id);
  if (record === undefined) throw invalidEntity('Opportunity does not exist in the system');
  return {
    ID: record.ProspectActivityId,
    Name: record.mx_Custom_1,
    DisplayName: TYPE_NAMES[record.EventCode] ?? `Opportunity ${record.EventCode}`,
    OpportunityEvent: String(record.EventCode),
    RelatedProspectId: record.RelatedProspectId,
    OpportunityNote: record.OpportunityNote,
    Fields: FIELDS.map((spec, index) => fieldDescriptor(spec, record, index)),
  };
};
