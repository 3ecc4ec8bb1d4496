/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for NODE_OPTIONS=--require */
/* global require, process, URL */
// Loaded into the action's process with NODE_OPTIONS=--require: records every child process it
// starts and every file it opens for writing, to SOUP_AUDIT_LOG at exit. The security test asserts
// the action runs no git/npm/anything and writes only the runner's output files.
'use strict';
const childProcess = require('node:child_process');
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');

const log = { spawned: [], written: [] };
const out = process.env.SOUP_AUDIT_LOG;
const writeFileSync = fs.writeFileSync;

for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  const original = childProcess[name];
  childProcess[name] = function audited(command, ...rest) {
    log.spawned.push(`${name} ${String(command)} ${JSON.stringify(rest[0] ?? [])}`);
    return original.call(this, command, ...rest);
  };
}

const writes = (flags) => flags !== undefined && flags !== null && !/^r$/.test(String(flags)) && flags !== 0;
const record = (path) => log.written.push(String(path instanceof URL ? path.pathname : path));
for (const name of [
  'writeFileSync',
  'appendFileSync',
  'writeFile',
  'appendFile',
  'mkdirSync',
  'mkdir',
  'createWriteStream',
  'renameSync',
  'rename',
  'copyFileSync',
  'symlinkSync',
  'rmSync',
  'unlinkSync',
]) {
  const original = fs[name];
  fs[name] = function audited(path, ...rest) {
    if (typeof path === 'string' || path instanceof URL) record(path);
    return original.call(this, path, ...rest);
  };
}
for (const name of ['openSync', 'open']) {
  const original = fs[name];
  fs[name] = function audited(path, flags, ...rest) {
    if (writes(flags)) record(path);
    return original.call(this, path, flags, ...rest);
  };
}
for (const name of ['writeFile', 'appendFile', 'mkdir', 'rename', 'rm', 'unlink', 'copyFile']) {
  const original = fs.promises[name];
  fs.promises[name] = function audited(path, ...rest) {
    if (typeof path === 'string' || path instanceof URL) record(path);
    return original.call(this, path, ...rest);
  };
}
{
  const original = fs.promises.open;
  fs.promises.open = function audited(path, flags, ...rest) {
    if (writes(flags)) record(path);
    return original.call(this, path, flags, ...rest);
  };
}
syncBuiltinESMExports();

process.on('exit', () => {
  if (out) writeFileSync(out, JSON.stringify(log));
});
