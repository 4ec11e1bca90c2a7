// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const nodeBuiltins = { group: ["node:*"], message: "This layer runs outside Node." };

export default tseslint.config(
  { ignores: ["dist/**", "release/**", "coverage/**", "test-results/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["shared/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["electron", "electron-store", "node-notifier", "react", "react-dom"],
          patterns: [
            nodeBuiltins,
            {
              group: ["**/electron/**", "**/renderer/**"],
              message: "shared/ imports neither shell.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "process"],
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Pass time in (Clock port).",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Pass time in (Clock port).",
        },
      ],
    },
  },
  {
    files: ["renderer/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          paths: ["electron", "electron-store", "node-notifier"],
          patterns: [
            nodeBuiltins,
            {
              group: ["**/electron/**"],
              message: "The renderer reaches the app only through JourApi.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tools that load their config by default export.
    files: ["*.config.{js,ts}"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
        {
          selector: "CallExpression[callee.property.name=/^(only|skip|todo)$/]",
          message: "No skipped or focused tests.",
        },
      ],
    },
  },
);
