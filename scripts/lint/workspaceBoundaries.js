// @ts-check
/**
 * ESLint rule `silta/workspace-boundaries`: a workspace package is used only through its entry and
 * the subpaths its `exports` map names. It reports a relative import that leaves the package it is
 * written in (`../../subgraphs/fit/src/data/derivedStore` from scripts/), and an `@silta/<name>/…`
 * import of a subpath the package does not export (`@silta/kernel/src/db`), and an import of a
 * workspace package that the importing package's package.json does not declare. The root package
 * (scripts/, e2e/, deploy/, codegen.ts) is a package like the others, except that it holds every
 * workspace and so declares none.
 *
 * Packages from the registry are held to the same rule: a file imports only what its own package.json
 * declares (`pg` in the kernel, `react` in ui/), in `dependencies` when the file ships; a type-only
 * import may name the package or its `@types/…` in either list, since types are gone at run time. The
 * root package declares the tools and what scripts/, e2e/ and deploy/ import.
 */
const { builtinModules } = require("node:module");
const { existsSync, readFileSync, readdirSync } = require("node:fs");
const { dirname, join, resolve, sep } = require("node:path");

const root = resolve(__dirname, "..", "..");

/** Workspace folders (absolute) by package name, from the root package.json's `workspaces`. */
function readWorkspaces() {
  const { workspaces } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  /** @type {Map<string, { dir: string; exports: RegExp[]; declared: Set<string>; runtime: Set<string> }>} */
  const byName = new Map();
  for (const pattern of workspaces) {
    const dirs = pattern.endsWith("/*")
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(root, pattern.slice(0, -2), entry.name))
      : [join(root, pattern)];
    for (const dir of dirs) {
      const manifestPath = join(dir, "package.json");
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
      const exported = typeof manifest.exports === "object" && manifest.exports ? Object.keys(manifest.exports) : ["."];
      const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
      const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
      byName.set(manifest.name, { dir, exports: exported.map(subpathPattern), declared, runtime });
    }
  }
  return byName;
}

/** `./demoSql/*` matches `./demoSql/teams`, as Node resolves a subpath pattern. */
function subpathPattern(key) {
  const escaped = key.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace("*", "[^/]+(?:/[^/]+)*");
  return new RegExp(`^${escaped}$`);
}

const workspaces = readWorkspaces();

/** The root package's own declarations, for files outside every workspace. */
const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const rootPackage = {
  declared: new Set([...Object.keys(rootManifest.dependencies ?? {}), ...Object.keys(rootManifest.devDependencies ?? {})]),
  runtime: new Set(Object.keys(rootManifest.dependencies ?? {})),
};

const builtins = new Set(builtinModules);

/** `pg` of `pg`, `@prisma/client` of `@prisma/client/runtime/library`, or null for a builtin. */
function registryPackageOf(source) {
  const [first, second] = source.split("/");
  if (source.startsWith("node:") || builtins.has(first)) return null;
  return first.startsWith("@") ? `${first}/${second}` : first;
}

/** `@types/fhir` for `fhir`, `@types/babel__core` for `@babel/core`. */
function typesPackageOf(name) {
  return `@types/${name.startsWith("@") ? name.slice(1).replace("/", "__") : name}`;
}
const workspaceDirs = [...workspaces.values()].map((workspace) => workspace.dir).sort((a, b) => b.length - a.length);

/** The workspace folder a file belongs to, or the root's. */
function packageDirOf(file) {
  return workspaceDirs.find((dir) => file === dir || file.startsWith(dir + sep)) ?? root;
}

/** `import type { A } from "x"` or `import { type A, type B } from "x"`: nothing of x is loaded. */
function isTypeOnly(node) {
  const declaration = /** @type {any} */ (node);
  if (declaration.importKind === "type") return true;
  const specifiers = declaration.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === "type");
}

/** @type {import("eslint").Rule.RuleModule} */
const workspaceBoundaries = {
  meta: {
    type: "problem",
    docs: {
      description:
        "Import another workspace package only through its exports (docs/decisions/0011-one-registry-and-enforced-edges.md)",
    },
    schema: [],
    messages: {
      relative:
        "'{{source}}' reaches into {{target}} by a relative path: import it from its package ({{name}}), through what its package.json exports",
      deep: "'{{source}}' is not exported by {{name}} (see the exports of its package.json): export it there, or import the package's entry",
      devOnly:
        "{{name}} is only a devDependency of {{own}}, and this file ships: move it to dependencies, or the import to a test",
      undeclared:
        "{{name}} is not a dependency of {{own}}: declare it in {{own}}'s package.json (dependencies, or devDependencies for tests)",
    },
  },
  create(context) {
    const file = context.filename;
    const ownDir = packageDirOf(file);
    const own = [...workspaces].find(([, workspace]) => workspace.dir === ownDir);
    // Tests, benchmarks and test helpers run only in development; everything else ships in the image.
    const shipped = !/(\.test\.tsx?$|[\\/](test|bench)[\\/])/.test(file.slice(ownDir.length));
    const ownName = own?.[0] ?? "the root package";
    const ownDeclarations = own?.[1] ?? rootPackage;
    /**
     * A registry package: declared by the file's own package, in `dependencies` if a value import of a
     * workspace ships. The root's scripts are not sorted into shipped and not (the image runs a few of
     * them), so there only the declaration is checked.
     */
    function checkRegistry(node, name, typeOnly) {
      const declared = ownDeclarations.declared;
      if (typeOnly && (declared.has(name) || declared.has(typesPackageOf(name)))) return;
      if (!declared.has(name)) context.report({ node, messageId: "undeclared", data: { name, own: ownName } });
      else if (own && shipped && !typeOnly && !ownDeclarations.runtime.has(name))
        context.report({ node, messageId: "devOnly", data: { name, own: ownName } });
    }
    /**
     * @param {import("estree").Node | null | undefined} node
     * @param {boolean} [typeOnly] the import names types only (erased at run time)
     */
    function check(node, typeOnly = false) {
      if (!node || node.type !== "Literal" || typeof node.value !== "string") return;
      const source = node.value;
      if (!source.startsWith(".") && !source.startsWith("@silta/") && !source.startsWith("/")) {
        const name = registryPackageOf(source);
        if (name) checkRegistry(node, name, typeOnly);
        return;
      }
      if (source.startsWith(".")) {
        const target = resolve(dirname(file), source);
        const targetDir = packageDirOf(target);
        if (targetDir === ownDir) return;
        const name = [...workspaces].find(([, workspace]) => workspace.dir === targetDir)?.[0] ?? "the root package";
        context.report({ node, messageId: "relative", data: { source, target: targetDir.slice(root.length + 1) || ".", name } });
        return;
      }
      const match = /^(@silta\/[^/]+)(\/.+)?$/.exec(source);
      const workspace = match && workspaces.get(match[1]);
      if (!match || !workspace) return;
      if (own && own[0] !== match[1] && !own[1].declared.has(match[1]))
        context.report({ node, messageId: "undeclared", data: { name: match[1], own: own[0] } });
      else if (own && shipped && own[0] !== match[1] && !own[1].runtime.has(match[1]))
        context.report({ node, messageId: "devOnly", data: { name: match[1], own: own[0] } });
      const subpath = `.${match[2] ?? ""}`;
      if (!workspace.exports.some((pattern) => pattern.test(subpath)))
        context.report({ node, messageId: "deep", data: { source, name: match[1] } });
    }
    return {
      ImportDeclaration: (node) => check(node.source, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => check(node.source, /** @type {any} */ (node).exportKind === "type"),
      ExportAllDeclaration: (node) => check(node.source, /** @type {any} */ (node).exportKind === "type"),
      ImportExpression: (node) => check(node.source),
      CallExpression(node) {
        const callee = node.callee;
        const isRequire = callee.type === "Identifier" && callee.name === "require";
        const isJestMock =
          callee.type === "MemberExpression" &&
          callee.object.type === "Identifier" &&
          callee.object.name === "jest" &&
          callee.property.type === "Identifier" &&
          ["mock", "requireActual"].includes(callee.property.name);
        if (isRequire || isJestMock) check(/** @type {import("estree").Node} */ (node.arguments[0]));
      },
    };
  },
};

module.exports = { rules: { "workspace-boundaries": workspaceBoundaries } };
