// `npm run manifest`: writes custom-elements.json and vscode.html-custom-data.json into the package.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asJson, buildManifest, htmlCustomData, htmlCustomDataFile, manifestFile, packageDir } from './custom-elements-manifest.js';

const manifest = await buildManifest();
for (const [file, content] of [
  [manifestFile, asJson(manifest)],
  [htmlCustomDataFile, asJson(htmlCustomData(manifest))],
] as const) {
  writeFileSync(join(packageDir, file), content);
  console.log(`wrote ${file}`);
}
