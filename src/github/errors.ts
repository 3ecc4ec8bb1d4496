/** HTTP status of an Octokit error, if it is one. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof (error as { status: unknown }).status === 'number'
    ? (error as { status: number }).status
    : undefined;
}

/**
 * A write GitHub refused for lack of permission: the run carries on (summary, outputs) and the
 * warning names what to grant.
 */
export class PermissionError extends Error {
  override readonly name = 'PermissionError';
  constructor(
    readonly what: string,
    readonly permission: string,
  ) {
    super(
      `could not ${what}: the token lacks "${permission}". Grant it in the workflow's permissions: block; a pull_request run from a fork or from Dependabot gets a read-only token, so use pull_request_target (soup-gate never checks out PR code).`,
    );
  }
}

/** Runs a write; a 403/404 from missing permission becomes a PermissionError naming it. */
export async function withPermission<T>(
  what: string,
  permission: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const status = statusOf(error);
    const message = error instanceof Error ? error.message : '';
    if (status === 403 && !/rate limit/i.test(message)) throw new PermissionError(what, permission);
    throw error;
  }
}
