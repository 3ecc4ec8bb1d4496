import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  effectiveClass,
  evaluationProblems,
  registerKey,
  registerLookupKey
} from "./chunk-GFDFZMAU.js";

// src/register/validate.ts
function findEntry(register, ecosystem, name) {
  return register.entries.get(registerLookupKey(ecosystem, name));
}
function evaluateAnomaly(file, entry, anomaly, today) {
  const latest = (list) => [...list].sort((a, b) => (b.on ?? "") < (a.on ?? "") ? -1 : (b.on ?? "") > (a.on ?? "") ? 1 : 0)[0];
  const named = (ids) => {
    const wanted = new Set(ids.map((id) => id.trim().toUpperCase()));
    return entry?.anomalies.filter((e) => wanted.has(e.id.trim().toUpperCase())) ?? [];
  };
  const evaluation = latest(named([anomaly.id])) ?? latest(named(anomaly.aliases ?? []));
  if (!evaluation) return { anomaly, status: "not-evaluated" };
  if (evaluationProblems(file, "", evaluation).length > 0)
    return { anomaly, evaluation, status: "incomplete" };
  if (today !== void 0 && evaluation.expires !== void 0 && evaluation.expires < today)
    return { anomaly, evaluation, status: "expired" };
  if (evaluation.state === "in_triage") return { anomaly, evaluation, status: "in-triage" };
  return { anomaly, evaluation, status: "evaluated" };
}
function validateEntry(register, ecosystem, name, options = {}) {
  const key = registerKey(ecosystem, name);
  const entry = findEntry(register, ecosystem, name);
  const safetyClass = effectiveClass(entry, register.defaults);
  const problems = [];
  if (!entry) {
    problems.push({
      file: register.path,
      field: `items.${JSON.stringify(key)}`,
      message: `has no entry; add one (soup-gate register init writes a template) with at least the purpose${safetyClass === "A" ? "" : ", requirements, prerequisites and verification"} for class ${safetyClass}`
    });
  } else {
    problems.push(...entry.problems);
  }
  const anomalies = (options.anomalies ?? []).map(
    (anomaly) => evaluateAnomaly(register.path, entry, anomaly, options.today)
  );
  if (safetyClass !== "A") {
    for (const finding of anomalies) {
      if (finding.status === "evaluated") continue;
      const detail = {
        "not-evaluated": "is not evaluated",
        "in-triage": "is still in_triage",
        expired: `was evaluated but the evaluation expired on ${finding.evaluation?.expires ?? ""}`,
        incomplete: "has an incomplete evaluation"
      };
      problems.push({
        file: register.path,
        ...finding.evaluation ? { line: finding.evaluation.line } : entry ? { line: entry.line } : {},
        field: `items.${JSON.stringify(entry?.key ?? key)}.anomalies`,
        message: `anomaly ${finding.anomaly.id} ${detail[finding.status]}; class ${safetyClass} needs an evaluation (IEC 62304 7.1.3): id, state, reason, by, on`
      });
    }
  }
  return {
    key,
    ...entry ? { entry } : {},
    safetyClass,
    classSource: entry?.safetyClass !== void 0 ? "entry" : "defaults",
    complete: problems.length === 0,
    problems,
    anomalies
  };
}
function usableEvaluations(register, entry) {
  if (!entry) return [];
  return entry.anomalies.filter(
    (e) => e.state !== void 0 && evaluationProblems(register.path, "", e).length === 0
  );
}

export {
  findEntry,
  evaluateAnomaly,
  validateEntry,
  usableEvaluations
};
