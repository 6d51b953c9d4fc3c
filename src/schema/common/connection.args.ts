import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_FIRST } from '../../core/pagination/first.js';

/**
 * `first` and `after` of every connection field. A field with more arguments puts
 * `@Args(() => ConnectionArgs)` where the two `@Arg`s stood. type-graphql prints `@Arg` parameters
 * last first but an args class in declaration order, so `after` is declared first: the published
 * SDL has always listed `after` before `first`.
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => String, { nullable: true })
  after?: string | null;

  // The default is in the SDL too: the cost model's `@listSize(slicingArguments: ["first"])`
  // reads it when a query leaves `first` out.
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_FIRST, description: '1 to 100.' })
  first?: number | null;
}
