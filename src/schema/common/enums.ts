import { registerEnumType } from 'type-graphql';
import { OpportunitySource, SortDirection } from '../../core/domain/enums.js';

export { OpportunitySource, SortDirection };

registerEnumType(OpportunitySource, {
  name: 'OpportunitySource',
  description: 'The upstream a record comes from.',
});
registerEnumType(SortDirection, { name: 'SortDirection' });
