import { benchRules } from "./rules";

const fmt = (ms: number): string => `${ms.toFixed(3)} ms`;

const rules = benchRules();
console.log("Rules: a year's pay report vs one plain loop over its 525 600 minutes");
console.log(
  `  year report (52 × weekPay + organizerText of 52 weeks, ~500 incidents): ${fmt(rules.report)}`,
);
console.log(
  `  plain minute loop:                                                    ${fmt(rules.loop)}`,
);
console.log(`  ratio report / loop: ${rules.ratio.toFixed(3)} (target < 1)`);
