import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/local/git-source.ts
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_BUFFER = 512 * 1024 * 1024;
var GitRefError = class extends Error {
  name = "GitRefError";
};
function openGitObjects(repo) {
  let child;
  let queue = [];
  let buffered = Buffer.alloc(0);
  let stderr = "";
  const fail = (error) => {
    const waiting = queue;
    queue = [];
    child = void 0;
    for (const request of waiting) request.reject(error);
  };
  const drain = () => {
    while (queue.length > 0) {
      const newline = buffered.indexOf(10);
      if (newline === -1) return;
      const header = buffered.subarray(0, newline).toString("utf8");
      const request = queue[0];
      const found = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
      if (!found) {
        buffered = buffered.subarray(newline + 1);
        queue.shift();
        if (header.endsWith(" missing") || header.endsWith(" ambiguous")) request.resolve(void 0);
        else request.reject(new Error(`git cat-file: unexpected answer "${header}" for ${request.name}`));
        continue;
      }
      const size = Number(found[3]);
      if (buffered.length < newline + 1 + size + 1) return;
      const content = Buffer.from(buffered.subarray(newline + 1, newline + 1 + size));
      buffered = buffered.subarray(newline + 1 + size + 1);
      queue.shift();
      request.resolve({ oid: found[1], type: found[2], content });
    }
    if (queue.length === 0 && child) hold(child, false);
  };
  const hold = (proc, on) => {
    for (const handle of [proc, proc.stdin, proc.stdout, proc.stderr]) {
      if (on) handle?.ref?.();
      else handle?.unref?.();
    }
  };
  const start = () => {
    const proc = spawn("git", ["cat-file", "--batch"], { cwd: repo, stdio: ["pipe", "pipe", "pipe"] });
    buffered = Buffer.alloc(0);
    stderr = "";
    proc.stdout.on("data", (chunk) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      drain();
    });
    proc.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-4e3);
    });
    proc.on("error", (error) => fail(error));
    proc.on("close", (code) => {
      if (child === proc) child = void 0;
      if (queue.length > 0) fail(new Error(`git cat-file exited ${code}: ${stderr.trim() || "no message"}`));
    });
    proc.stdin.on("error", () => {
    });
    return proc;
  };
  return {
    repo,
    read(name) {
      if (/[\n\r\0]/.test(name))
        return Promise.reject(new Error(`not an object name: ${JSON.stringify(name)}`));
      child ??= start();
      const current = child;
      hold(current, true);
      return new Promise((resolve, reject) => {
        queue.push({ name, resolve, reject });
        current.stdin.write(`${name}
`);
      });
    },
    close() {
      child?.stdin?.end();
      child = void 0;
    }
  };
}
async function createGitSource(repo, ref) {
  const objects = typeof repo === "string" ? openGitObjects(repo) : repo;
  const notACommit = () => new GitRefError(
    `"${ref}" is neither a folder nor a commit in the git repository at ${objects.repo}: pass a folder path or a ref such as HEAD~1, main or a SHA`
  );
  if (ref.startsWith("-") || /[\0\n\r]/.test(ref)) throw new GitRefError(`"${ref}" is not a git ref`);
  let commit;
  try {
    const object = await objects.read(`${ref}^{commit}`);
    if (object?.type !== "commit") throw notACommit();
    commit = object.oid;
  } catch (error) {
    if (typeof repo === "string") objects.close();
    throw error instanceof GitRefError ? error : notACommit();
  }
  let listing;
  const list = () => listing ??= run("git", ["ls-tree", "-r", "-z", "--full-tree", commit], {
    cwd: objects.repo,
    maxBuffer: MAX_BUFFER,
    encoding: "utf8"
  }).then(({ stdout }) => {
    const blobs = /* @__PURE__ */ new Map();
    for (const record of stdout.split("\0")) {
      const tab = record.indexOf("	");
      if (tab === -1) continue;
      const [, type, oid] = record.slice(0, tab).split(" ");
      if (type === "blob" && oid) blobs.set(record.slice(tab + 1), oid);
    }
    return blobs;
  });
  return {
    label: `git ${ref} (${commit.slice(0, 7)})`,
    async listFiles() {
      return [...(await list()).keys()].sort();
    },
    async fileIds() {
      return list();
    },
    async readFile(path) {
      const oid = (await list()).get(path);
      if (oid === void 0) return void 0;
      const object = await objects.read(oid);
      if (object?.type !== "blob") throw new Error(`git: blob ${oid} of ${path} in ${commit} cannot be read`);
      return object.content;
    }
  };
}

export {
  GitRefError,
  openGitObjects,
  createGitSource
};
