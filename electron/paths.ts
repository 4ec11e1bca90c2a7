import path from "node:path";

/**
 * Where the built files live, from the app's root (the folder of package.json, or
 * app.asar when packaged): `npm run build` writes them to dist/.
 */
export function shellPaths(appPath: string) {
  const dist = path.join(appPath, "dist");
  return {
    main: path.join(dist, "electron", "main.cjs"),
    preload: path.join(dist, "electron", "preload.cjs"),
    renderer: path.join(dist, "renderer"),
    icons: path.join(dist, "electron", "icons"),
    appIcon: path.join(dist, "electron", "icons", "icon.png"),
  };
}
