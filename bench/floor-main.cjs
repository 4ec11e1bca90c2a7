// The floor of the main-process figures (bench/main-process.ts): a process started under the
// same fake Electron that wakes on Jour's schedule (every JOUR_BENCH_WAKE_MS) and does
// nothing. On a virtual machine each wake alone is charged CPU time (caches and the vCPU
// come back cold); this shows how much of Jour's figure is that, and how much is its work.
"use strict";
setInterval(() => undefined, Number(process.env.JOUR_BENCH_WAKE_MS));
