/**
 * Which check run is the gate's own. Its state and verdict are trusted only from a check run the
 * bot's app wrote under the gate's name; anyone can create a check run called `soup-gate`.
 */
export const GATE_CHECK_NAME = 'soup-gate';

/** The fields of a check run these rules read; any listing's entries fit. */
export interface CheckRunIdentity {
  id: number;
  name: string;
  appSlug: string | null;
}

/** Whether a check run is the gate's own (the bot's app, the gate's name): nobody else's counts. */
export function isGateCheck(run: CheckRunIdentity, botApp: string): boolean {
  return run.name === GATE_CHECK_NAME && run.appSlug === botApp;
}

/** The newest of the bot's gate check runs in a listing (ids grow with creation). */
export function latestGateCheck<T extends CheckRunIdentity>(
  runs: readonly T[],
  botApp: string,
): T | undefined {
  return runs.filter((run) => isGateCheck(run, botApp)).sort((a, b) => b.id - a.id)[0];
}
