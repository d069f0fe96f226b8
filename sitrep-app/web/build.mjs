// Bundles the page into the folder given as the first argument (the Maven build passes the class-path
// folder the server reads). Everything the page needs ends up there: no CDN, no tile server.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'dist');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2020'],
  outfile: join(out, 'app.js'),
  loader: { '.json': 'json' },
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css', 'favicon.svg']) {
  await copyFile(join('src', file), join(out, file));
}
console.log(`sitrep web page built into ${out}`);
