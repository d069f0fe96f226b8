// Bundles the page into the folder given as the first argument (the Maven build passes the class-path
// folder the server reads). Everything the page needs ends up there: no CDN, no tile server.
//
// page/ holds index.html and the favicon, which the server sends for revalidation on every load; assets/
// holds the scripts and the style sheet under names that carry a hash of their content, so the server lets
// browsers keep them for a year: a new build has new names, which the new index.html points to.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { countryCentres } from './centres.mjs';

const out = resolve(process.argv[2] ?? 'dist');
const page = join(out, 'page');
const assets = join(out, 'assets');
await rm(out, { recursive: true, force: true });
await mkdir(page, { recursive: true });
await mkdir(assets, { recursive: true });

// 'country-centres' is made here rather than read from a file: see centres.mjs.
const centres = {
  name: 'country-centres',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^country-centres$/ }, () => ({ path: 'country-centres', namespace: 'centres' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'centres' }, async () => ({
      contents: JSON.stringify(await countryCentres()), loader: 'json',
    }));
  },
};

const result = await build({
  entryPoints: { app: 'src/main.js' },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2020'],
  // The detailed outlines are a chunk of their own, loaded only when the map is zoomed in.
  splitting: true,
  outdir: assets,
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  loader: { '.json': 'json' },
  legalComments: 'linked',
  metafile: true,
  plugins: [centres],
  logLevel: 'warning',
});

const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint === 'src/main.js')[0];
const css = await readFile('src/style.css');
const cssName = `style-${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
await writeFile(join(assets, cssName), css);

const html = await readFile('src/index.html', 'utf8');
const linked = html.replace('href="style.css"', `href="assets/${cssName}"`)
  .replace('src="app.js"', `src="assets/${basename(entry)}"`);
if (!linked.includes(cssName) || !linked.includes(basename(entry))) {
  throw new Error('index.html no longer links style.css and app.js as build.mjs expects');
}
await writeFile(join(page, 'index.html'), linked);
await copyFile(join('src', 'favicon.svg'), join(page, 'favicon.svg'));
const sizes = Object.entries(result.metafile.outputs).map(([file, output]) => `${relative(out, resolve(file))} ${output.bytes}`);
console.log(`sitrep web page built into ${out}: ${sizes.join(', ')}`);
