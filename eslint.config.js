import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import tseslint from 'typescript-eslint';

/*
 * Layers of src/, left to right; an import may only go to the right (or stay in its folder):
 *
 *   app → features → components → store → format → i18n → curate → data
 *
 * The entries (main.tsx, client.tsx, entry-server.tsx) sit with app. Features do not import each
 * other: what two views share moves down to components, store or format. Node-only code
 * (Vite plugins, check:data's file reading, the curate command, bench, build) lives in scripts/.
 */
const LAYERS = ['app', 'features', 'components', 'store', 'format', 'i18n', 'curate', 'data'];
const ENTRIES = [
  './src/main.tsx',
  './src/client.tsx',
  './src/entry-server.tsx',
  './src/studio-main.tsx',
];
const LAYER_ORDER = LAYERS.join(' → ');
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = LAYERS.slice(1).map((layer, i) => ({
  target: `./src/${layer}`,
  from: [...LAYERS.slice(0, i + 1).map((above) => `./src/${above}`), ...ENTRIES],
  message: `src/${layer} may import only from layers to its right: ${LAYER_ORDER}.`,
}));
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message:
    'Features do not import each other: move what they share to components, store or format.',
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'artifacts', 'bench-results', 'schemas'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'Data and URL text render as text, never as HTML.',
        },
      ],
    },
  },
  {
    // One-way imports between the layers above, and no import cycles. no-cycle skips type-only
    // imports (they vanish at runtime); the layer zones apply to them too, since a type still ties
    // one layer to another.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'] }),
      ],
    },
    rules: {
      // A cycle cannot pass through a package back into src/, so packages are not followed.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // src/ runs in the browser and the prerender; Node built-ins belong in scripts/.
      'import-x/no-nodejs-modules': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
    },
  },
);
