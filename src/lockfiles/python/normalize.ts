/**
 * PEP 503 name normalisation: registries (and OSV, and purl's pypi type) identify a project by its
 * lowercased name with every run of `-`, `_` and `.` collapsed to one `-`. Lockfiles write names as
 * the author spelled them (`PyYAML`, `zope.interface`), so two spellings must meet as one package.
 */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** A PEP 508 project name at the start of a requirement string (`Foo.Bar[extra]>=1` -> `Foo.Bar`). */
const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

/** The normalised name a PEP 508 requirement string declares, or undefined when it names none. */
export function requirementName(requirement: string): string | undefined {
  const match = NAME.exec(requirement);
  return match ? normalizePythonName(match[1]!) : undefined;
}
