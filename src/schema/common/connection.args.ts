import { ArgsType, Field, Int } from 'type-graphql';

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

  @Field(() => Int, { nullable: true, description: '1 to 100, default 20.' })
  first?: number | null;
}
