import {
  GLOBAL_ID_KINDS,
  globalIdExample,
  parseGlobalId,
  typename,
  typenameOfRecordId,
} from '../../../src/core/domain/ids.js';

/* resolveType reads a record's type from its id's prefix; it must agree with a full parse. */
describe('typenameOfRecordId', () => {
  it.each(GLOBAL_ID_KINDS)('%s: the type a full parse gives', (kind) => {
    const id = globalIdExample(kind);
    expect(typenameOfRecordId(id)).toBe(typename(parseGlobalId(id)));
  });

  it('names the four types by prefix, a longer prefix not mistaken for a shorter one', () => {
    expect(typenameOfRecordId('pc:AWS:O1')).toBe('Opportunity');
    expect(typenameOfRecordId('pc-accept-task:AWS:task-0a1b2c3d4e5f6')).toBe('EngagementTask');
    expect(typenameOfRecordId('pc-invitation:AWS:engi-0a1b2c3d4e5f6')).toBe('EngagementInvitation');
    expect(typenameOfRecordId('ae-prospect:5')).toBe('Prospect');
  });

  it.each(['', 'aex', 'ae', 'nope:1', ':1', 'AE:1'])(
    '%j: fails with the error parsing gives',
    (id) => {
      expect(() => typenameOfRecordId(id)).toThrow(
        (() => {
          try {
            parseGlobalId(id);
          } catch (error) {
            return (error as Error).message;
          }
          throw new Error(`${id} parsed`);
        })(),
      );
    },
  );
});
