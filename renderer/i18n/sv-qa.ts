/** Swedish texts added by the QA pass: the core's number checks in the window's words. */
export const svQa = {
  "problem.above": "ange ett tal större än {n}",
  "problem.atLeast": "ange minst {n}",
  "problem.atMost": "ange högst {n}",
  "problem.integer": "ange ett heltal",
  "problem.maxLength": "högst {n} tecken",
  "problem.future": "får inte ligga i framtiden",
  "problem.years": "ange en tid mellan år 2000 och 2199",
  "problem.idleAnswered": "frågan är redan besvarad",
  "report.oneIncident": "1 incident",
  "now.weekNotHeld": "{week} · {range}",
  "idle.stopOn": "Stoppa timern {from}",
} as const;
