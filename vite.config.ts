import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetsPlugin } from './src/data/datasets-plugin.ts';

// BASE lets the build run under a sub-path (e.g. BASE=/dashboard/ npm run build).
export default defineConfig({
  base: process.env.BASE ?? '/',
  plugins: [react(), datasetsPlugin()],
  build: {
    // One stylesheet linked from every prerendered page, so a view's styles are there before its
    // chunk loads and nothing shifts.
    cssCodeSplit: false,
  },
});
