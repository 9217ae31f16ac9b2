import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'

/** One-way imports: shared/ is pure and stands alone; the renderer never reaches into main. */
const layering = (forbidden, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }]
})

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
    // TypeScript (vue-tsc) already reports unknown names, with the DOM types the lint lacks.
    rules: { 'no-undef': 'off' }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off'
    }
  },
  {
    files: ['shared/**'],
    rules: layering(
      ['**/electron/**', 'electron', 'electron/**', '**/renderer/**', 'vue', 'pinia', 'node:*', 'fs', 'path'],
      'shared/ is pure: it may not import electron/, renderer/, Electron, Vue or Node built-ins.'
    )
  },
  {
    files: ['renderer/**'],
    rules: layering(['**/electron/**', 'electron', 'electron/**', 'node:*'], 'The renderer may not import main-process code, Electron or Node built-ins.')
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'cli/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } }
  },
  {
    // The Electron stand-in and its host run in plain Node.
    files: ['tests/built/**/*.mjs'],
    languageOptions: { globals: { performance: 'readonly', setImmediate: 'readonly', setTimeout: 'readonly', Request: 'readonly', Response: 'readonly' } }
  }
)
