// Writes schema/press-feed.schema.json from the field table (scripts/feed-schema.ts), formatted as
// Prettier formats JSON. esbuild turns the TypeScript into a module Node can run.
//   node scripts/write-feed-schema.mjs
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { format } from 'prettier';

const { outputFiles } = await build({
  entryPoints: [new URL('./feed-schema.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const { feedSchema } = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
const json = await format(JSON.stringify(feedSchema()), { parser: 'json', printWidth: 120 });
writeFileSync(new URL('../schema/press-feed.schema.json', import.meta.url), json);
console.log('Wrote schema/press-feed.schema.json');
