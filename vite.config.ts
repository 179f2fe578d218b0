import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';

/**
 * The web app lives in `web/` and is built to `web/dist`, which the server serves with an SPA
 * fallback. In development the API runs on its own port, so the dev server forwards to it and the
 * browser still sees one origin (cookies stay `SameSite=Strict`-friendly).
 */
export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  css: {
    modules: {
      // Scoped class names: readable in development and tests (`buttons-module__button__a1B2`), short in
      // the build. Vite sets NODE_ENV to production for `vite build` before it reads this file.
      generateScopedName: process.env.NODE_ENV === 'production' ? '[hash:base64:6]' : '[name]__[local]__[hash:base64:4]',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'react-aria',
              test: /node_modules[\\/](react-aria-components|react-aria|react-stately|@react-aria|@react-stately|@react-types|@internationalized)[\\/]/,
            },
            // Loaded on demand by the outcomes charts only (features/outcomes/components/echarts.ts).
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
            // The Danish and English catalogues, loaded up front by i18n/index.ts: their own chunk, cached apart from the code.
            { name: 'i18n', test: /web[\\/]src[\\/]i18n[\\/].*\.json$/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
});
