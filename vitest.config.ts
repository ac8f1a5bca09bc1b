import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { articleTextsPlugin } from './scripts/vite/article-texts-plugin.ts';
import { datasetsPlugin } from './scripts/vite/datasets-plugin.ts';
import { stringsPlugin } from './scripts/vite/strings-plugin.ts';

export default defineConfig({
  plugins: [react(), datasetsPlugin(), articleTextsPlugin(), stringsPlugin()],
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    css: false,
  },
});
