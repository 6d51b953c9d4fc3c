/*
 * The estimate follows Apollo Router's static cost model. The first figures are the ones the
 * Router's demand-control documentation works out for its book example
 * (https://www.apollographql.com/docs/graphos/routing/security/demand-control#calculating-cost);
 * the rest pin the rules its cost calculator applies (sized fields, arguments, skip/include).
 */
import { buildSchema, parse } from 'graphql';
import { CostEstimateFailure, CostEstimator } from '../../../src/server/cost/estimate-cost.js';

const DIRECTIVES = `
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
`;

function estimator(sdl: string): CostEstimator {
  return new CostEstimator(buildSchema(`${DIRECTIVES}\n${sdl}`));
}

const BOOKS = `
  type Query {
    book(id: ID): Book
    bestsellers: [Book] @listSize(assumedSize: 5)
    newestAdditions(after: ID, limit: Int!): [Book] @listSize(slicingArguments: ["limit"])
  }
  type Mutation { addBook(input: BookInput!): Book }
  input BookInput { title: String! author: AuthorInput }
  input AuthorInput { name: String! }
  type Book { title: String author: Author publisher: Publisher }
  type Author { name: String }
  type Publisher { name: String address: Address }
  type Address ADDRESS_COST { zipCode: Int! }
`;
const SELECTION = '{ title author { name } publisher { name address { zipCode } } }';

describe("Apollo Router's documented figures", () => {
  const plain = estimator(BOOKS.replace('ADDRESS_COST', ''));
  const weighted = estimator(BOOKS.replace('ADDRESS_COST', '@cost(weight: 5)'));

  it('prices one book with an author, a publisher and an address at 4', () => {
    expect(plain.estimate(parse(`{ book(id: 1) ${SELECTION} }`))).toBe(4);
  });

  it('prices it at 8 once Address weighs 5', () => {
    expect(weighted.estimate(parse(`{ book(id: 1) ${SELECTION} }`))).toBe(8);
  });

  it('multiplies by assumedSize (40) and by the slicing argument (24 for 3, 56 for 7)', () => {
    expect(weighted.estimate(parse(`{ bestsellers ${SELECTION} }`))).toBe(40);
    expect(weighted.estimate(parse(`{ newestAdditions(limit: 3) ${SELECTION} }`))).toBe(24);
    expect(
      weighted.estimate(
        parse(`query($n: Int!) { newestAdditions(limit: $n) ${SELECTION} }`),
        null,
        {
          n: 7,
        },
      ),
    ).toBe(56);
  });
});

describe('the rules of the model', () => {
  const books = estimator(BOOKS.replace('ADDRESS_COST', ''));

  it('starts a mutation at 10 and adds 1 per input object in its arguments, literal or variable', () => {
    const literal = `mutation { addBook(input: { title: "t", author: { name: "n" } }) { title } }`;
    // 10 + Book 1 + BookInput 1 + AuthorInput 1
    expect(books.estimate(parse(literal))).toBe(13);
    const variable = `mutation($b: BookInput!) { addBook(input: $b) { title } }`;
    expect(books.estimate(parse(variable), null, { b: { title: 't' } })).toBe(12);
  });

  it('skips fields under literal @skip(if: true) / @include(if: false), not under variables', () => {
    expect(books.estimate(parse(`{ book { author @skip(if: true) { name } } }`))).toBe(1);
    expect(books.estimate(parse(`{ book { author @include(if: false) { name } } }`))).toBe(1);
    const variable = `query($s: Boolean!) { book { author @skip(if: $s) { name } } }`;
    expect(books.estimate(parse(variable), null, { s: true })).toBe(2);
  });

  it('counts fields in fragments and costs __typename nothing', () => {
    const query = `{ book { __typename ...B } } fragment B on Book { author { name } publisher { name } }`;
    expect(books.estimate(parse(query))).toBe(3);
  });

  const connections = estimator(`
    type Query {
      items(first: Int = 20, after: String): ItemConnection
        @listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"])
      strict(first: Int, last: Int): [Item] @listSize(slicingArguments: ["first", "last"])
    }
    type ItemConnection { edges: [ItemEdge!]! nodes: [Item!]! pageInfo: PageInfo! }
    type ItemEdge { cursor: String! node: Item! }
    type Item { id: ID! }
    type PageInfo { hasNextPage: Boolean! }
  `);

  it('sizes the sized fields of a connection by first, its default when left out', () => {
    // connection 1 + 50 edges x (edge 1 + node 1) + pageInfo 1
    expect(
      connections.estimate(
        parse(`{ items(first: 50) { edges { node { id } } pageInfo { hasNextPage } } }`),
      ),
    ).toBe(102);
    expect(connections.estimate(parse(`{ items { nodes { id } } }`))).toBe(21);
  });

  it('refuses to price a field that needs exactly one slicing argument and has none or two', () => {
    expect(() => connections.estimate(parse(`{ strict { id } }`))).toThrow(CostEstimateFailure);
    expect(() => connections.estimate(parse(`{ strict(first: 1, last: 2) { id } }`))).toThrow(
      CostEstimateFailure,
    );
    expect(connections.estimate(parse(`{ strict(first: 4) { id } }`))).toBe(4);
  });
});
