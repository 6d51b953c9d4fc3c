import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An amount as a decimal string, so no float rounding touches it.' })
export class Money {
  @Field(() => String, {
    description:
      'A decimal string with exactly two decimal places for every source, e.g. "12500.00" or "-3.50" (Account Engagement\'s "56250" comes as "56250.00"). Upstream values with more places are rounded half away from zero by decimal arithmetic on the digits, never through a float, so large amounts keep every digit.',
  })
  amount!: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code, when the upstream says.' })
  currencyCode!: string | null;
}
