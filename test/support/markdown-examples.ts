import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/** One ```graphql block of a markdown file, with the ```json block of variables after it. */
export interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const FENCE = /^```(\w*)\n([\s\S]*?)^```$/gm;

/** A markdown file's graphql blocks, each with the json block that follows it when there is one. */
export function readmeExamples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(FENCE)].map((match) => ({
    lang: match[1]!,
    body: match[2]!,
  }));
  const examples: Example[] = [];
  blocks.forEach((block, index) => {
    if (block.lang !== 'graphql') return;
    const operations = parse(block.body).definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    if (operations.length !== 1) {
      throw new Error(`a README graphql block must hold one operation, not ${operations.length}`);
    }
    const next = blocks[index + 1];
    examples.push({
      name: operations[0]!.name?.value ?? `anonymous block ${examples.length + 1}`,
      query: block.body,
      variables:
        next?.lang === 'json' ? (JSON.parse(next.body) as Record<string, unknown>) : undefined,
    });
  });
  return examples;
}

/** The files whose examples promise to run on the demo data. */
export const EXAMPLE_FILES = ['README.md', 'docs/examples.md'];
