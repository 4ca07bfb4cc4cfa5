/**
 * Finds code that names the outer database handle inside a transaction's callback:
 * `db.transaction(async (tx) => { … db … })`. TypeScript cannot forbid a callback from naming a
 * variable of its surroundings, so this check does, by syntax: the callback must not mention the
 * expression whose `.transaction(` it was passed to (`db`, `deps.db`, `this.db`). Work that
 * deliberately runs outside goes through `outsideTransaction(() => …)` from src/db/client.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface OuterHandleUse {
  file: string;
  line: number;
  handle: string;
}

/** Uses of the outer handle inside transaction callbacks in one source text. */
export function findOuterHandleUses(fileName: string, text: string): OuterHandleUse[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: OuterHandleUse[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'transaction') {
      const handle = node.expression.expression.getText(source);
      for (const arg of node.arguments) {
        if (ts.isArrowFunction(arg) || ts.isFunctionExpression(arg)) scan(arg.body, handle);
      }
    }
    ts.forEachChild(node, visit);
  };
  const scan = (body: ts.Node, handle: string): void => {
    const inside = (node: ts.Node): void => {
      // `outsideTransaction(() => …)` says the escape is deliberate.
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'outsideTransaction') return;
      const isReference =
        (ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node.parent)) ||
        (ts.isIdentifier(node) && ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node) ||
        ts.isPropertyAccessExpression(node) ||
        node.kind === ts.SyntaxKind.ThisKeyword;
      const isName = ts.isPropertyAccessExpression(node.parent) && node.parent.name === node;
      // Reading which database it is (`db.kind`) does no work on the connection.
      const readsKind = ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node && node.parent.name.text === 'kind';
      if (isReference && node.getText(source) === handle && !isName && !readsKind) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ file: fileName, line: line + 1, handle });
        return;
      }
      ts.forEachChild(node, inside);
    };
    inside(body);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'web' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every use in the server code (src without the web app and tests). */
export function checkTransactionHandles(root: string): OuterHandleUse[] {
  return sourceFiles(join(root, 'src')).flatMap((file) => findOuterHandleUses(relative(root, file), readFileSync(file, 'utf8')));
}

if (process.argv[1]?.endsWith('check-transaction-handles.ts')) {
  const uses = checkTransactionHandles(process.cwd());
  for (const u of uses) console.error(`${u.file}:${u.line}: the outer handle \`${u.handle}\` is used inside its transaction; use the transaction's handle`);
  process.exitCode = uses.length ? 1 : 0;
}
