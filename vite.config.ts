import { defineConfig } from 'vite';
import { minifyTemplates } from './tooling/minify-templates.mjs';

/** The script-tag build: one self-registering IIFE with Lit and zod inside, and nothing if it already ran. */
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2021',
    sourcemap: true,
    reportCompressedSize: false,
    // Terser with two compress passes: ~630 B gzip smaller than esbuild's minifier on this bundle (more passes gain nothing).
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 2 } },
    lib: {
      entry: 'src/bundle.ts',
      formats: ['iife'],
      name: 'UrgentAction',
      fileName: () => 'urgent-action.js',
    },
    rollupOptions: {
      // zod's comments explain its own @__PURE__ placement; Rollup's note about them is noise.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
      output: {
        banner: "if (!(window.customElements && customElements.get('urgent-action'))) {",
        footer: '}',
      },
    },
  },
});
