// The parts of the custom-elements manifest schema (1.0) that the kit's tools read, and helpers over
// them, free of Node APIs: Storybook imports them in the browser.

interface Described {
  name: string;
  description?: string;
}
export interface ManifestAttribute extends Described {
  type?: { text: string };
  default?: string;
  fieldName?: string;
}
export interface ManifestElement extends Described {
  kind: string;
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
  members?: (ManifestAttribute & { kind: string; static?: boolean })[];
  events?: (Described & { type?: { text: string } })[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: (Described & { default?: string; syntax?: string })[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestElement[] }[];
}

/** The elements of the manifest (classes with a tag), by tag name. */
export function elementsOf(manifest: Manifest): ManifestElement[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName !== undefined)
    .sort((a, b) => (a.tagName ?? '').localeCompare(b.tagName ?? ''));
}

/** The string values of a union type such as `'grid' | 'list' | 'table'`, or nothing for other types. */
export function stringValues(type: { text: string } | undefined): string[] | undefined {
  const members = type?.text.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  if (!members?.length || !members.every((member) => /^'[^']*'$/.test(member))) return undefined;
  return members.map((member) => member.slice(1, -1));
}
