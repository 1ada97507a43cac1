import { parse } from 'acorn';
import MagicString from 'magic-string';
import type { WxtViteConfig } from 'wxt';

type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

/**
 * Properties of rule data that only tests and people read: the tactic notes and the examples,
 * including the `match`/`noMatch` examples given to withEverydayTwins (rules/shared.ts).
 */
const DOC_PROPERTIES = new Set(['note', 'examples', 'match', 'noMatch']);
const RULE_FILE = /[\\/]src[\\/]detector[\\/]rules[\\/][a-z]{2}[\\/][a-z_]+\.ts$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function visit(node: unknown, each: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => visit(child, each));
  const typed = node as Node;
  if (typeof typed.type === 'string') each(typed);
  for (const value of Object.values(typed)) if (value && typeof value === 'object') visit(value, each);
}

/**
 * Drops `note`, `examples`, `match` and `noMatch` from the rule data in the extension build: the content script
 * runs on every chat page and must stay small (DESIGN.md section 4), while tests and `scan` run
 * from source and keep them. Runs after TypeScript is compiled, on plain JavaScript.
 */
export function stripRuleDocs(): Plugin {
  return {
    name: 'heads-up:strip-rule-docs',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!RULE_FILE.test(id)) return null;
      const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
      const out = new MagicString(code);
      visit(ast, (node) => {
        if (node.type !== 'ObjectExpression') return;
        for (const property of node.properties as Node[]) {
          const key = property.key as Node & { name?: string; value?: unknown };
          const name = key?.name ?? key?.value;
          if (property.type === 'Property' && typeof name === 'string' && DOC_PROPERTIES.has(name)) {
            // Remove the property and the comma after it, if any.
            let end = property.end;
            while (end < code.length && /[\s,]/.test(code[end] ?? '')) end++;
            out.remove(property.start, end);
          }
        }
      });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
