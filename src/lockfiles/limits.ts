/**
 * Default upper bound on one lockfile's size; configurable through ParseLimits. A module of its own so
 * the action's input defaults can name it without loading the parsers' shared code (errors.ts brings
 * a JSON scanner).
 */
export const DEFAULT_MAX_LOCKFILE_BYTES = 100 * 1024 * 1024;
