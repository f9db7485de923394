// Unknown fields in rendered Kubernetes objects. kubernetes-models' validation accepts properties
// its schemas do not declare, so a misspelt `readOnlyRootFileSystem` would pass it; here each
// object is walked along kubernetes-models' own TypeScript interfaces, and every key must be a
// property they declare (maps such as labels, declared with an index signature, take any key).
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../lib/subgraphs';

/** `apps/v1/Deployment` → the module and interface kubernetes-models declares it with. */
const declaration = (key: string) => {
  const [kind, ...group] = key.split('/').reverse();
  return { module: `kubernetes-models/${group.reverse().join('/')}/${kind}`, name: `I${kind}` };
};

export function unknownFieldsFinder(keys: string[]): (key: string, object: unknown) => string[] {
  const file = path.join(ROOT, 'scripts', 'test', '__kubernetes-types__.ts');
  const text = keys
    .map((key, i) => `import type { ${declaration(key).name} as T${i} } from '${declaration(key).module}';\nexport type K${i} = T${i};`)
    .join('\n');
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name === file ? ts.createSourceFile(name, text, version) : getSourceFile(name, version));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(file);
  if (!sourceFile) throw new Error('the type file was not loaded');
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  const exported = new Map(
    (moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []).map((s) => [s.name, checker.getDeclaredTypeOfSymbol(s)]),
  );

  const objectMembers = (type: ts.Type): ts.Type[] => {
    const members = type.isUnion() ? type.types : [type];
    return members.filter((t) => (t.flags & ts.TypeFlags.Object) !== 0);
  };

  function walk(value: unknown, type: ts.Type, at: string, problems: string[]): void {
    if (value === null || typeof value !== 'object') return;
    const candidates = objectMembers(checker.getNonNullableType(type));
    if (candidates.length === 0) return;
    if (Array.isArray(value)) {
      const element = candidates.map((t) => checker.getIndexTypeOfType(t, ts.IndexKind.Number)).find(Boolean);
      if (element) value.forEach((item, i) => walk(item, element, `${at}[${i}]`, problems));
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const property = candidates.map((t) => checker.getPropertyOfType(t, key)).find(Boolean);
      const index = candidates.map((t) => checker.getIndexTypeOfType(t, ts.IndexKind.String)).find(Boolean);
      if (property) walk(child, checker.getTypeOfSymbolAtLocation(property, sourceFile as ts.Node), `${at}.${key}`, problems);
      else if (index) walk(child, index, `${at}.${key}`, problems);
      else problems.push(`${at}.${key}`);
    }
  }

  return (key, object) => {
    const type = exported.get(`K${keys.indexOf(key)}`);
    if (!type) throw new Error(`no type declared for ${key}`);
    const problems: string[] = [];
    walk(object, type, '', problems);
    return problems;
  };
}
