// The custom-elements manifest of the kit, as the analyzer reads it from the sources (with the
// conventions in `custom-elements-manifest.config.js`), and the VS Code HTML custom data made from it.
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { fileURLToPath } from 'node:url';
import { elementsOf, stringValues, type Manifest } from './manifest-types.js';

export { elementsOf, type Manifest } from './manifest-types.js';

/** The package's folder, where the analyzer's config and the generated files live. */
export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const manifestFile = 'custom-elements.json';
export const htmlCustomDataFile = 'vscode.html-custom-data.json';

export async function buildManifest(): Promise<Manifest> {
  return (await cli({ argv: ['analyze', '--quiet'], cwd: packageDir, noWrite: true })) as Manifest;
}

const markdownList = (title: string, items: { name: string; description?: string }[] | undefined, format: (name: string) => string) =>
  items?.length ? [`**${title}:**`, ...items.map((item) => `- ${format(item.name)}${item.description ? ` — ${item.description}` : ''}`)].join('\n') : undefined;

/** VS Code HTML custom data (`html.customData`): tag and attribute completion with their documentation. */
export function htmlCustomData(manifest: Manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: {
        kind: 'markdown',
        value: [
          element.summary,
          element.description,
          markdownList('Events', element.events, (name) => `\`${name}\``),
          markdownList('Slots', element.slots, (name) => (name ? `\`${name}\`` : 'default')),
          markdownList('CSS parts', element.cssParts, (name) => `\`::part(${name})\``),
          markdownList('CSS custom properties', element.cssProperties, (name) => `\`${name}\``),
        ]
          .filter(Boolean)
          .join('\n\n'),
      },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = stringValues(attribute.type);
        return {
          name: attribute.name,
          ...(attribute.description ? { description: attribute.description } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
          ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

export const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
