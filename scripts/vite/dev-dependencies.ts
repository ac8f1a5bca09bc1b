/** The packages the app imports, bundled once when the dev server starts (see optimizeDeps). */
export const DEV_DEPENDENCIES = [
  'react',
  'react-dom/client',
  'react-i18next',
  'i18next',
  'i18next-browser-languagedetector',
  'zustand',
  'zustand/react/shallow',
  'zod',
  'recharts',
] as const;
