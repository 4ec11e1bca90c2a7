import { spawn } from "node:child_process";

export interface WriterRun {
  /** The seq the writer loaded at start, or undefined if it was killed before that. */
  loaded: number | undefined;
  /** Problems the writer's own open reported. */
  problems: string[];
  /** The last seq the writer acknowledged (printed after its save resolved). */
  lastAcknowledged: number | undefined;
  /** How many acknowledgements it printed. */
  acknowledgements: number;
}

export interface KillPlan {
  /** Counted from the spawn (to hit the open and its recovery) or from "ready". */
  from: "spawn" | "ready";
  delayMs: number;
}

/** Runs the crash writer on `directory` and SIGKILLs it as planned. */
export function runAndKill(writer: string, directory: string, plan: KillPlan): Promise<WriterRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, directory], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    let timer: ReturnType<typeof setTimeout> | undefined;
    const killLater = () => (timer ??= setTimeout(() => child.kill("SIGKILL"), plan.delayMs));
    if (plan.from === "spawn") killLater();
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      output += chunk;
      if (plan.from === "ready" && output.includes("\n")) killLater();
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal !== "SIGKILL") {
        reject(new Error(`the writer ended by itself (code ${String(code)}): ${output}`));
        return;
      }
      resolve(parseOutput(output));
    });
  });
}

/** Only whole lines count: a line cut by the kill was never acknowledged. */
function parseOutput(output: string): WriterRun {
  const lines = output.split("\n").slice(0, -1);
  const [ready, ...acks] = lines;
  const match = ready === undefined ? null : /^ready (\d+) (.*)$/.exec(ready);
  const last = acks.at(-1);
  return {
    loaded: match?.[1] === undefined ? undefined : Number(match[1]),
    problems: match?.[2] === undefined ? [] : (JSON.parse(match[2]) as string[]),
    lastAcknowledged: last === undefined ? undefined : Number(last),
    acknowledgements: acks.length,
  };
}
