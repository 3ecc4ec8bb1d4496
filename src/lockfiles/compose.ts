/**
 * Images of Compose files (`compose.yaml`, `docker-compose*.yml`, …): `services.<name>.image`.
 *
 * - A service with `build:` builds its own image; its `image:` only names the result, so it is not
 *   SOUP here (its base images are read from its Dockerfile). Reported as a finding.
 * - Interpolation: `${VAR:-default}` / `${VAR-default}` take the default, `$$` is a `$`; a `${VAR}`
 *   with no default is set only by the environment or `.env` at run time: a finding, image not listed.
 * - Merge keys and anchors (`<<: *defaults`) are followed.
 * - Scope: a file for development or CI by its name (`…dev…`, `…test…`, `…ci…`, `…local…`,
 *   `compose.override.yaml`) is 'dev'; every other compose file deploys what it names: 'runtime'.
 */
import { isScalar } from 'yaml';
import { truncate } from './errors.js';
import { expandVariables, imagePackage, parseImageReference } from './image-reference.js';
import { basename, isComposePath } from './paths.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';
import { atLine, expectMap, expectString, getNode, parseYamlFile } from './yaml-nodes.js';

const DEV_FILE = /(?:^|[.\-_])(?:dev|develop|development|test|tests|testing|ci|local|override)(?:[.\-_]|$)/i;

function parseCompose(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const yaml = parseYamlFile(file, input.text);
  const findings: Finding[] = [];
  const packages = new Map<string, Package>();
  const scope: Scope = DEV_FILE.test(basename(file).replace(/\.ya?ml$/, '')) ? 'dev' : 'runtime';
  const root = expectMap(yaml, yaml.doc.contents, 'the document', null);
  const services = root && expectMap(yaml, getNode(yaml, root, 'services'), '"services"', root);
  if (!services) findings.push({ lockfile: file, message: 'no services: no images listed' });
  for (const pair of services?.items ?? []) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '?';
    const service = expectMap(yaml, pair.value, `service "${name}"`, services);
    const node = service && getNode(yaml, service, 'image');
    if (!service || !node) continue;
    const raw = expectString(yaml, node, `the image of service "${name}"`);
    const note = (message: string): void => {
      findings.push({ lockfile: file, ...atLine(yaml, node), message });
    };
    if (getNode(yaml, service, 'build')) {
      note(
        `service "${name}" is built here: "${truncate(raw, 200)}" names the result, whose base images come from its Dockerfile`,
      );
      continue;
    }
    const expanded = expandVariables(raw, new Map(), true);
    if ('unresolved' in expanded) {
      note(
        `service "${name}" image ${truncate(raw, 200)} uses \${${expanded.unresolved}} with no default: set only at run time, image not listed`,
      );
      continue;
    }
    const image = parseImageReference(expanded.value.trim());
    if (typeof image === 'string') {
      note(`service "${name}" image ${truncate(raw, 200)} is not an image reference (${image}): not listed`);
      continue;
    }
    const pkg = imagePackage(image, file, scope);
    const key = `${pkg.name}\u0000${pkg.version}\u0000${pkg.ref ?? ''}`;
    if (!packages.has(key)) packages.set(key, pkg);
  }
  return { format: 'compose', packages: [...packages.values()], findings };
}

export const composeFormat: LockfileFormat = {
  id: 'compose',
  ecosystem: 'docker',
  matches: isComposePath,
  parse: parseCompose,
};
