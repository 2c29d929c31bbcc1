import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * The public surface of the shared packages, pinned: every entry point of a package's `exports` map
 * names its exports one by one (no `export *`), and the sorted names of each entry are the ones in the
 * package's committed `publicSurface.json`. A name added to or removed from a surface is then a
 * deliberate change of that file, seen in review (docs/decisions/0011-one-registry-and-enforced-edges.md).
 */
const root = join(__dirname, "..", "..");
const pinned = ["kernel", "export"];

/** The names a module exports, read from its syntax; `export *` is reported as a problem instead. */
function exportedNames(file: string, text = readFileSync(file, "utf8")): { names: string[]; problems: string[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names: string[] = [];
  const problems: string[] = [];
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (!clause) problems.push(`export * from ${statement.moduleSpecifier?.getText(source)}`);
      else if (ts.isNamespaceExport(clause)) names.push(clause.name.text);
      else names.push(...clause.elements.map((element) => element.name.text));
    } else if (ts.isExportAssignment(statement)) {
      problems.push("export default / export =");
    } else if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
        else problems.push(`destructured export ${declaration.name.getText(source)}`);
      }
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      exported(statement) &&
      statement.name
    ) {
      names.push(statement.name.text);
    }
  }
  return { names: [...new Set(names)].sort(), problems };
}

describe.each(pinned)("the public surface of %s/", (folder) => {
  const manifest = JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, string>;
  };
  const committed = JSON.parse(readFileSync(join(root, folder, "publicSurface.json"), "utf8")) as Record<string, string[]>;
  const entries = Object.entries(manifest.exports).map(([subpath, file]) => ({
    specifier: subpath === "." ? manifest.name : `${manifest.name}${subpath.slice(1)}`,
    file: join(root, folder, file),
  }));

  it("lists every entry point of its exports map, and no other", () => {
    expect(Object.keys(committed).sort()).toEqual(entries.map((entry) => entry.specifier).sort());
  });

  it.each(entries)("$specifier names each export, and exactly the committed ones", ({ specifier, file }) => {
    const { names, problems } = exportedNames(file);
    expect(problems).toEqual([]);
    expect(names).toEqual(committed[specifier]);
  });
});

describe("exportedNames", () => {
  it("reads named re-exports, namespaces and declarations, and refuses export * and default exports", () => {
    const text = [
      'export { a, type B, c as d } from "./one";',
      'export * as fields from "./fields";',
      'export * from "./everything";',
      "export const e = 1, f = 2;",
      "export function g() {}",
      "export interface H {}",
      "export type I = string;",
      "export class J {}",
      "const hidden = 3;",
      "export default hidden;",
    ].join("\n");
    expect(exportedNames("entry.ts", text)).toEqual({
      names: ["B", "H", "I", "J", "a", "d", "e", "f", "fields", "g"],
      problems: ['export * from "./everything"', "export default / export ="],
    });
  });
});
