/**
 * Collapses the indentation inside lit's html`` and svg`` templates, in every module of the app
 * (build/app-modules.ts): Vite minifies the code, not the text of template literals. Every run of
 * whitespace that holds a line break becomes one space, which HTML renders the same (the
 * templates have no <pre> and no preformatted text). The templates are found with TypeScript's
 * parser, so text in expressions and nested templates is told apart.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';
import { appModules } from './app-modules.ts';

export function minifyTemplates(): Plugin {
  const app = appModules();
  return {
    name: 'minify-lit-templates',
    apply: 'build',
    configResolved: app.configResolved,
    transform(code, id) {
      if (!app.includes(id) || !/(html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: [start: number, end: number, text: string][] = [];
      const collapse = (node: ts.Node, open: number, close: number) => {
        // The literal's text between its delimiters (` … ${, } … ${, } … `).
        const start = node.getStart(source) + open;
        const end = node.getEnd() - close;
        const raw = code.slice(start, end);
        const min = raw.replace(/\s*\n\s*/g, ' ');
        if (min !== raw) edits.push([start, end, min]);
      };
      const visit = (node: ts.Node) => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          ts.isIdentifier(node.tag) &&
          (node.tag.text === 'html' || node.tag.text === 'svg')
        ) {
          const t = node.template;
          if (ts.isNoSubstitutionTemplateLiteral(t)) collapse(t, 1, 1);
          else {
            collapse(t.head, 1, 2);
            for (const span of t.templateSpans)
              collapse(span.literal, 1, ts.isTemplateTail(span.literal) ? 1 : 2);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return out;
    },
  };
}
