// The custom-elements manifest (`custom-elements.json`), read from the sources by the analyzer: the
// lit plugin finds the properties and their attributes, each class's JSDoc gives `@summary @fires
// @slot @csspart @cssproperty`. `npm run manifest -w @vn-portal/elements` writes it (and the VS Code
// custom data made from it); `src/custom-elements-manifest.test.ts` fails when either is stale.

/**
 * Teaches the analyzer the kit's conventions, so the manifest describes what a page can use:
 * - tags are registered with `defineElement('vn-poll', VnPoll)` (the guarded define), not with
 *   `customElements.define` (whose one call, inside `defineElement`, is not a definition);
 * - events are the `vn-*` ones named in `@fires` (`emit(name, …)` is not an event called "name");
 * - private and protected members are not API;
 * - a property typed by a union of strings (`LeaderListLayout`) lists the strings, for editors'
 *   completion and Storybook's controls.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function portalKitConventions() {
  /** @type {Map<string, string>} alias name → its union of string literals, e.g. `'grid' | 'list'` */
  const stringUnions = new Map();
  /** @type {{ name: string, declaration: { name: string, module: string } }[]} */
  const definitions = [];
  return {
    name: 'vn-portal kit conventions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
        const literals = node.type.types.filter((type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal));
        if (literals.length === node.type.types.length) stringUnions.set(node.name.text, literals.map((type) => type.getText()).join(' | '));
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineElement') {
        const [tag, constructor] = node.arguments;
        if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return;
        const definition = { kind: 'custom-element-definition', name: tag.text, declaration: { name: constructor.text, module: moduleDoc.path ?? '' } };
        definitions.push(definition);
        moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classModules = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) if (declaration.kind === 'class') classModules.set(declaration.name, module.path);
      }
      for (const definition of definitions) definition.declaration.module = classModules.get(definition.declaration.name) ?? definition.declaration.module;
      const expand = (type) => {
        const union = type && stringUnions.get(type.text);
        if (union) type.text = union;
      };
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter((exported) => exported.kind !== 'custom-element-definition' || definitions.includes(exported));
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.superclass?.module && classModules.has(declaration.superclass.name)) {
            declaration.superclass.module = classModules.get(declaration.superclass.name);
          }
          declaration.members = declaration.members?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected');
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name.startsWith('vn-'));
          for (const member of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(member.type);
        }
      }
      // Only the elements, their base class and their define modules: the manifest describes what a
      // page uses, and changes only when an element's API does.
      const elementClasses = customElementsManifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement));
      const keep = new Set([...elementClasses.map((declaration) => declaration.name), ...elementClasses.map((declaration) => declaration.superclass?.name)]);
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => {
        module.declarations = module.declarations?.filter((declaration) => keep.has(declaration.name));
        module.exports = module.exports?.filter((exported) => exported.kind === 'custom-element-definition' || keep.has(exported.declaration.name));
        return module.declarations?.length || module.exports?.length;
      });
      // The glob lists files in the file system's order, which differs between machines.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/locales/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [portalKitConventions()],
};
