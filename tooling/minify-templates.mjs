/**
 * Vite plugin: squeezes the white space out of Lit's `html` and `css` template literals at build time (esbuild
 * minifies code, not the text inside templates). Only the literal text between `${…}` expressions is touched, found
 * with the TypeScript parser. Convention (as in JSX): in `html`, white space that contains a line break next to a tag
 * disappears; any other run of white space becomes one space.
 */
import ts from 'typescript';

const squeezeCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/\s+!important/g, '!important')
    // 0.5em → .5em; #ffffff → #fff; `calc(a * 0.5)` → `calc(a*.5)` (only before a number or var(): never a selector's `*`).
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .replace(/([\w%)]) ([*/]) (?=\.?\d|var\()/g, '$1$2');

const squeezeHtml = (text) =>
  text
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s+/g, ' ');

export function minifyTemplates() {
  return {
    name: 'urgent-action:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'css'].includes(node.tag.text)) {
          const squeeze = node.tag.text === 'css' ? squeezeCss : squeezeHtml;
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          parts.forEach((part, index) => {
            // The raw text sits between the delimiters: ` or } before, ` or ${ after.
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            let text = squeeze(code.slice(start, end));
            // In a style sheet, white space at the very start and end is never content.
            if (squeeze === squeezeCss && index === 0) text = text.trimStart();
            if (squeeze === squeezeCss && index === parts.length - 1) text = text.trimEnd();
            edits.push({ start, end, text });
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      }
      return { code: out, map: null };
    },
  };
}
