/**
 * One entry of a ValidationException's `ErrorList`
 * (docs/upstreams/partner-central.md#error-shapes-and-statuses): the member path, a message, and
 * one of the model's `ValidationExceptionErrorCode` values.
 */
export type ValidationErrorCode =
  | 'REQUIRED_FIELD_MISSING'
  | 'INVALID_ENUM_VALUE'
  | 'INVALID_STRING_FORMAT'
  | 'INVALID_VALUE'
  | 'NOT_ENOUGH_VALUES'
  | 'TOO_MANY_VALUES'
  | 'INVALID_RESOURCE_STATE'
  | 'DUPLICATE_KEY_VALUE'
  | 'VALUE_OUT_OF_RANGE'
  | 'ACTION_NOT_PERMITTED';

export interface FieldError {
  /** Dotted member path with list indexes, e.g. `Sort.SortBy` or `Identifier[3]`. */
  readonly FieldName: string;
  readonly Message: string;
  readonly Code: ValidationErrorCode;
}
