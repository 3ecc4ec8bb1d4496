import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/local/folder-source.ts
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
var PRUNED = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
function createFolderSource(root) {
  const absolute = resolve(root);
  return {
    label: `folder ${root}`,
    async listFiles() {
      const files = [];
      const walk = async (dir, prefix) => {
        const entries = await readdir(dir, { withFileTypes: true });
        for (const entry of entries) {
          const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
          if (entry.isDirectory()) {
            if (!PRUNED.has(entry.name)) await walk(join(dir, entry.name), relative);
          } else if (entry.isFile()) {
            files.push(relative);
          }
        }
      };
      await walk(absolute, "");
      return files.sort();
    },
    async readFile(path) {
      try {
        return await readFile(join(absolute, ...path.split("/")));
      } catch (error) {
        if (error.code === "ENOENT") return void 0;
        throw error;
      }
    }
  };
}

export {
  createFolderSource
};
