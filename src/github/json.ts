/** Reading API responses and webhook payloads: every shape is checked where it arrives. */
export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

export function expectArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value))
    throw new Error(`GitHub returned an unexpected body for ${what}: expected an array`);
  return value;
}
