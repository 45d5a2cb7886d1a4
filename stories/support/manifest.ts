// Storybook's controls for an element, read from the custom-elements manifest: one control per
// attribute (a select for a union of strings, a checkbox for a boolean) and one per documented
// `--vn-*` custom property, so the stories' controls are the element's documented API.
import type { ArgTypes } from '@storybook/web-components-vite';
import manifestJson from '../../packages/elements/custom-elements.json' with { type: 'json' };
import { elementsOf, stringValues, type Manifest, type ManifestElement } from '../../packages/elements/scripts/manifest-types.js';

export const manifest = manifestJson as Manifest;

/** Values of the theme controls, by custom property (`--vn-color-accent`); empty ones are left unset. */
export type ThemeArgs = Partial<Record<`--vn-${string}`, string>>;

export function manifestElement(tag: string): ManifestElement {
  const element = elementsOf(manifest).find((candidate) => candidate.tagName === tag);
  if (!element) throw new Error(`<${tag}> is not in custom-elements.json: run \`npm run manifest -w @vn-portal/elements\``);
  return element;
}

export function argTypesFor(tag: string): ArgTypes {
  const element = manifestElement(tag);
  const argTypes: ArgTypes = {};
  for (const attribute of element.attributes ?? []) {
    const values = stringValues(attribute.type);
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      control: values ? 'select' : attribute.type?.text === 'boolean' ? 'boolean' : 'text',
      ...(values ? { options: values } : {}),
      table: { category: 'attributes', type: { summary: attribute.type?.text ?? 'string' }, ...(attribute.default ? { defaultValue: { summary: attribute.default } } : {}) },
    };
    // The property behind an attribute is the same setting: one row, under the attribute's name.
    if (attribute.fieldName && attribute.fieldName !== attribute.name) argTypes[attribute.fieldName] = { table: { disable: true } };
  }
  // Properties with no attribute are set by the element (`locale`) or page-wide (static ones): documented, not controls.
  for (const member of element.members ?? []) {
    if (member.kind === 'field' && !(element.attributes ?? []).some((attribute) => attribute.fieldName === member.name)) argTypes[member.name] = { control: false };
  }
  for (const property of element.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: property.description,
      control: property.name.startsWith('--vn-color-') ? 'color' : 'text',
      table: { category: 'theme (CSS custom properties)', type: { summary: 'CSS value' } },
    };
  }
  return argTypes;
}

/** The inline style that applies the theme controls' values to the element. */
export function themeStyle(args: ThemeArgs): string | undefined {
  const declarations = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--vn-') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `${name}: ${value ?? ''}`);
  return declarations.length > 0 ? declarations.join('; ') : undefined;
}

/** Every `vn-*` event an element of the kit fires: Storybook's Actions panel logs them. */
export const kitEvents = [...new Set(elementsOf(manifest).flatMap((element) => (element.events ?? []).map((event) => event.name)))];
