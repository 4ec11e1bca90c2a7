// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { createNodeResolver, importX } from "eslint-plugin-import-x";

const nodeBuiltins = { group: ["node:*"], message: "This layer runs outside Node." };

/**
 * The app core's floors, lowest first (docs/architecture.md): a folder imports only the
 * folders below it, and ports.ts, which imports none of them. api.ts, on top, wires them.
 */
const appFloors = [
  "texts",
  "settings",
  "data",
  "incidents",
  "weeks",
  "rest",
  "reports",
  "status",
  "alerts",
];
const app = (path) => `./shared/app/${path}`;

/** The window: a folder a view on top of the shared parts (ui/), on top of the plumbing. */
const views = ["now", "incident", "report", "weeks", "history", "settings", "setup"];
const win = (path) => `./renderer/${path}`;
const windowTop = [win("App.tsx"), win("main.tsx"), win("connect.ts")];
const windowImports = [
  ...views.map((view) => ({
    target: win(view),
    from: [...views.filter((other) => other !== view).map(win), ...windowTop],
    message: "A view imports the shared parts (ui/) and the plumbing, never another view.",
  })),
  {
    target: win("ui"),
    from: [...views.map(win), ...windowTop],
    message: "ui/ holds what several views share: it imports no view.",
  },
  {
    target: ["api", "i18n", "hooks", "preview"].map(win),
    from: [win("ui"), ...views.map(win), ...windowTop],
    message: "The window's plumbing imports neither the views nor their parts.",
  },
];
const upwardImports = appFloors.map((floor, i) => ({
  target: app(floor),
  from: [...appFloors.slice(i + 1).map(app), app("api.ts")],
  message: `shared/app/${floor}/ imports only the floors below it: ${appFloors.slice(0, i).join(", ") || "none"} (and ports.ts).`,
}));

export default tseslint.config(
  { ignores: ["dist/**", "release/**", "coverage/**", "test-results/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Every arrow points one way (docs/architecture.md), type imports included. Circles are
    // `npm run check:cycles` (madge): import-x's no-cycle skips type-only imports.
    files: ["**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [
        createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] }),
      ],
    },
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...upwardImports,
            ...windowImports,
            {
              target: app("ports.ts"),
              from: app(""),
              message:
                "ports.ts is the app core's contract with the world: it imports nothing of it.",
            },
            {
              target: "./shared/domain",
              from: ["./shared/app", "./shared/ipc.ts", "./shared/shell-api.ts"],
              message: "The rules core imports nothing of the app above it.",
            },
            {
              target: "./shared/app",
              from: ["./shared/ipc.ts", "./shared/shell-api.ts"],
              message: "The app core does not know the IPC contract that carries it.",
            },
          ],
        },
      ],
    },
  },
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
