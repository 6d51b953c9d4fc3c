import { XMLParser } from 'fast-xml-parser';
import { readXmlTree } from '../../../src/sources/account-engagement/xml-tree.js';
import {
  element,
  type Element,
} from '../../../src/sources/account-engagement/simulator/wire/element.js';
import {
  renderXmlError,
  renderXmlSuccess,
} from '../../../src/sources/account-engagement/simulator/wire/xml.js';

const ARRAYS = new Set(['opportunity', 'prospect']);

/** The reader xml-tree.ts replaced, with the options the envelope reader used. */
const previous = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  isArray: (name) => ARRAYS.has(name),
});

/** Null-prototype nodes compared as plain data. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const prospect = (id: number, name: string): Element =>
  element('prospect', [element('id', id), element('first_name', name), element('email', null)]);

const opportunity = (id: number, prospects: Element[]): Element =>
  element('opportunity', [
    element('id', id),
    element('name', `Acme <${id}> & "Sons" – café`),
    element('value', '0012.50'),
    element('type', ''),
    element('campaign', [element('id', 7), element('name', 'Spring')]),
    element('prospects', prospects),
  ]);

describe('readXmlTree', () => {
  it.each<[string, string]>([
    [
      'a query result of several',
      renderXmlSuccess([
        element('result', [
          element('total_results', 2),
          opportunity(1, [prospect(10, ' Ann '), prospect(11, '0012')]),
          opportunity(2, []),
        ]),
      ]),
    ],
    ['a single record with one prospect', renderXmlSuccess([opportunity(3, [prospect(12, 'Bo')])])],
    ['an error', renderXmlError(15, 'Login failed & <denied>')],
  ])('reads %s as the former fast-xml-parser reader did', (_label, xml) => {
    expect(plain(readXmlTree(xml, ARRAYS))).toEqual(previous.parse(xml));
  });

  it('keeps values as text, empty elements as "", and one record as a one-item array', () => {
    const tree = readXmlTree(
      '<rsp stat="ok"><opportunity><id>0012</id><type/><name>  a b  </name></opportunity></rsp>',
      ARRAYS,
    );
    expect(plain(tree)).toEqual({
      rsp: { '@_stat': 'ok', opportunity: [{ id: '0012', type: '', name: 'a b' }] },
    });
  });

  it('decodes character references and CDATA, and repeats other elements as arrays', () => {
    const tree = readXmlTree(
      '<r><n>caf&#233; &#x1F600; &amp;</n><c><![CDATA[<b>&amp;</b>]]></c><x>1</x><x>2</x></r>',
      ARRAYS,
    );
    expect(plain(tree)).toEqual({ r: { n: 'café 😀 &', c: '<b>&amp;</b>', x: ['1', '2'] } });
  });

  it('reads a tag named __proto__ as a plain key, leaving prototypes alone', () => {
    const tree = readXmlTree('<r><__proto__><polluted>yes</polluted></__proto__></r>', ARRAYS);
    expect(Object.keys(tree.r as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['cut short', '<rsp stat="ok"><result><opportunity><id>1</id>'],
    ['with a mismatched tag', '<rsp><id>1</name></rsp>'],
    ['with an undeclared entity', '<rsp><name>a&nbsp;b</name></rsp>'],
    ['with text only', 'not xml at all'],
  ])('throws on a document %s', (_label, xml) => {
    expect(() => readXmlTree(xml, ARRAYS)).toThrow();
  });
});
