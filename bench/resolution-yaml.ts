import { Document, isScalar, visit } from 'yaml';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A resolution file as a person would write it, with the schema line first. Dates are quoted:
 * ajv-cli reads YAML with js-yaml 3 (YAML 1.1), which turns an unquoted 1993-06-16 into a
 * timestamp and then rejects it as "must be string", so unquoted dates would make the peer
 * reject every file. Quoted, both tools check the same data.
 */
export function resolutionYaml(data: unknown): string {
  const document = new Document(data);
  visit(document, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && DATE.test(node.value)) node.type = 'QUOTE_SINGLE';
    },
  });
  return `# yaml-language-server: $schema=../../schemas/resolution.schema.json\n${document.toString()}`;
}
