/** Builds a package-lock.json v3 text (as npm writes it) from a compact description, for scenario tests. */
export interface LockPackage {
  name: string;
  version: string;
  /** Declared by the root package.json (direct). */
  direct?: boolean;
  dev?: boolean;
  /** The integrity npm records; by default one derived from name@version. */
  integrity?: string;
}

export function npmLock(
  packages: LockPackage[],
  name = 'infusion-pump-api',
): { lock: string; manifest: string } {
  const dependencies: Record<string, string> = {};
  const devDependencies: Record<string, string> = {};
  const entries: Record<string, unknown> = {};
  for (const p of packages) {
    if (p.direct) (p.dev ? devDependencies : dependencies)[p.name] = p.version;
    entries[`node_modules/${p.name}`] = {
      version: p.version,
      resolved: `https://registry.npmjs.org/${p.name}/-/${p.name.split('/').pop()}-${p.version}.tgz`,
      integrity: p.integrity ?? `sha512-${Buffer.from(`${p.name}@${p.version}`).toString('base64')}`,
      ...(p.dev ? { dev: true } : {}),
    };
  }
  const root = { name, version: '1.0.0', dependencies, devDependencies };
  const lock = {
    name,
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: { '': root, ...entries },
  };
  return {
    lock: `${JSON.stringify(lock, null, 2)}\n`,
    manifest: `${JSON.stringify({ name, version: '1.0.0', private: true, dependencies, devDependencies }, null, 2)}\n`,
  };
}
