import { defineConfig } from 'vite';
import { minifyTemplates } from './tooling/minify-templates.mjs';

/**
 * The script-tag build: `dist/urgent-action.js`, an ES module with Lit and zod inside, split so that a reader first
 * downloads only what an English appeal needs. Everything else (other languages, the report dialog and its queue,
 * print and download) is a chunk beside it, imported on first use. Imports between these files are relative, so
 * they work from any origin or CDN that serves them with CORS.
 */
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2021',
    sourcemap: true,
    reportCompressedSize: false,
    // Terser with two compress passes: smaller than esbuild's minifier on this code (more passes gain nothing).
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 2 }, module: true },
    lib: {
      entry: 'src/bundle.ts',
      formats: ['es'],
      fileName: () => 'urgent-action.js',
    },
    rollupOptions: {
      // The entry keeps its own code: without this, Rollup moves it into a chunk the entry merely re-exports.
      preserveEntrySignatures: 'allow-extension',
      // zod's comments explain its own @__PURE__ placement; Rollup's note about them is noise.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
      output: {
        // Named after the entry, so a site copies `urgent-action*.js`; the hash lets them be cached for good.
        chunkFileNames: 'urgent-action-[name]-[hash].js',
      },
    },
  },
});
