import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An amount as a decimal string, so no float rounding touches it.' })
export class Money {
  @Field(() => String, { description: 'Decimal string, e.g. "12500.00".' })
  amount!: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code, when the upstream says.' })
  currencyCode!: string | null;
}
