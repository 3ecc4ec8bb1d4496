import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/enrich/evaluations.ts
var ANOMALY_STATES = [
  "not_affected",
  "exploitable",
  "false_positive",
  "resolved",
  "in_triage"
];
var ANOMALY_JUSTIFICATIONS = [
  "code_not_present",
  "code_not_reachable",
  "requires_configuration",
  "requires_dependency",
  "requires_environment",
  "protected_by_compiler",
  "protected_at_runtime",
  "protected_at_perimeter",
  "protected_by_mitigating_control"
];
function day(value) {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
function classifyAnomalies(anomalies, evaluations, today) {
  const now = day(today);
  const byId = /* @__PURE__ */ new Map();
  for (const evaluation of evaluations) {
    const key = evaluation.id.trim().toUpperCase();
    byId.set(key, [...byId.get(key) ?? [], evaluation]);
  }
  return anomalies.map((anomaly) => {
    const direct = byId.get(anomaly.id.toUpperCase()) ?? [];
    const viaAlias = anomaly.aliases.flatMap((alias) => byId.get(alias.toUpperCase()) ?? []);
    const latest = (list) => [...list].sort((a, b) => day(b.on ?? "").localeCompare(day(a.on ?? "")))[0];
    const evaluation = latest(direct) ?? latest(viaAlias);
    if (evaluation === void 0) return { anomaly, status: "unevaluated" };
    if (evaluation.expires !== void 0 && day(evaluation.expires) < now) {
      return {
        anomaly,
        status: "expired",
        evaluation,
        note: `evaluation expired on ${day(evaluation.expires)}`
      };
    }
    if (evaluation.state === "in_triage") {
      return { anomaly, status: "unevaluated", evaluation, note: "in triage" };
    }
    return { anomaly, status: "evaluated", evaluation };
  });
}

// src/register/types.ts
var SAFETY_CLASSES = ["A", "B", "C"];
function formatProblem(problem) {
  const where = problem.line !== void 0 ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.field !== void 0 ? `${problem.field}: ` : ""}${problem.message}`;
}
var RegisterError = class extends Error {
  constructor(file, problems) {
    super(
      `${file} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:
${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`
    );
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
  name = "RegisterError";
};

export {
  ANOMALY_STATES,
  ANOMALY_JUSTIFICATIONS,
  classifyAnomalies,
  SAFETY_CLASSES,
  formatProblem,
  RegisterError
};
