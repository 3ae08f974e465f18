import ts from 'typescript';

// Finds text in the interface's source that a reader would see but that does not come from a
// `*.messages.ts` file, so nothing reaches the screen in only one language. Two nets:
// - anything with letters where the interface shows text: JSX text, a visible attribute
//   (label, title, placeholder, aria-label…), a visible property ({ title, message, label }),
//   or a value in JSX children ({busy ? 'Saving…' : null});
// - anywhere else, a literal that reads like words ("Overdue", "Due soon"), which catches the
//   helper that returns a label. Identifiers and CSS ('xs', 'blue.9', 'space-between') do not.

export interface Untranslated {
  line: number;
  text: string;
}

const LETTER = /\p{L}/u;
const VISIBLE_NAME =
  /^(?:label|title|placeholder|description|message|error|alt|tooltip|caption|legend|confirm|cancel|empty|nothingFound|emptyText|aria-label|aria-description|aria-valuetext|aria-roledescription)$|(?:Label|Title|Message|Placeholder|Description|Text)$/;
/** Reads like words: a capitalised word ("Overdue"), or two words of letters ("due soon"). */
const PROSE = /^\p{Lu}\p{Ll}|\p{L}{2,}[ \u00a0]\p{L}{2,}/u;
/** CSS and other machine text that may contain two words: never a reader's text. */
const MACHINE =
  /var\(|calc\(|^\d|^[a-z-]+\(|^(?:solid|dashed|dotted) |^Bearer |^(?:[A-Z][a-z]+){2,}$|sans-serif|monospace|^[A-Z\s]+$/;

function staticText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return (
      node.head.text +
      node.templateSpans.map((span) => `\${${span.expression.getText()}}${span.literal.text}`).join('')
    );
  }
  return null;
}

function nameOf(name: ts.Node): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isJsxNamespacedName(name)) return `${name.namespace.text}:${name.name.text}`;
  return null;
}

/** Walks up through the expressions that pass a value on unchanged (a ? b : c, a ?? b, (a)). */
function consumer(node: ts.Node): ts.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (
      ts.isParenthesizedExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isSatisfiesExpression(parent)
    ) {
      current = parent;
    } else if (ts.isConditionalExpression(parent) && parent.condition !== current) {
      current = parent;
    } else if (
      ts.isBinaryExpression(parent) &&
      parent.right === current &&
      [
        ts.SyntaxKind.QuestionQuestionToken,
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.AmpersandAmpersandToken,
      ].includes(parent.operatorToken.kind)
    ) {
      current = parent;
    } else {
      return parent;
    }
  }
}

function isVisiblePosition(literal: ts.Node): boolean {
  const user = consumer(literal);
  if (ts.isJsxAttribute(user)) return VISIBLE_NAME.test(nameOf(user.name) ?? '');
  if (ts.isJsxExpression(user)) {
    const holder = user.parent;
    if (ts.isJsxAttribute(holder)) return VISIBLE_NAME.test(nameOf(holder.name) ?? '');
    return ts.isJsxElement(holder) || ts.isJsxFragment(holder);
  }
  if (ts.isPropertyAssignment(user) && user.initializer !== literal.parent) {
    return VISIBLE_NAME.test(nameOf(user.name) ?? '');
  }
  if (ts.isPropertyAssignment(user)) return VISIBLE_NAME.test(nameOf(user.name) ?? '');
  return false;
}

/** Places where a literal is a key or a type, never text: imports, types, comparisons, keys. */
function isNeverShown(literal: ts.Node): boolean {
  const parent = literal.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent))
    return true;
  if (ts.isExternalModuleReference(parent) || ts.isImportTypeNode(parent.parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === literal) return true;
  if (ts.isElementAccessExpression(parent) || ts.isCaseClause(parent)) return true;
  if (
    ts.isBinaryExpression(parent) &&
    [
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsEqualsToken,
      ts.SyntaxKind.InKeyword,
    ].includes(parent.operatorToken.kind)
  ) {
    return true;
  }
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    const callee = parent.expression.getText();
    // Messages for developers, never shown to the shop.
    return /^(?:Error|TypeError|RangeError|console\.\w+)$/.test(callee);
  }
  return false;
}

export function findUntranslated(source: ts.SourceFile): Untranslated[] {
  const found: Untranslated[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.text.replace(/\s+/g, ' ').trim();
      if (LETTER.test(text)) report(node, text);
      return;
    }
    const text = staticText(node);
    if (text !== null) {
      if (LETTER.test(text) && !isNeverShown(node)) {
        if (isVisiblePosition(node) || (PROSE.test(text) && !MACHINE.test(text))) report(node, text);
      }
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
