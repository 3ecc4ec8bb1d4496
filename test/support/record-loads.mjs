// Preload (`node --import`) that appends the URL of every module the process loads to the file
// named by SOUP_GATE_LOAD_LOG: the tests read it to prove what a command does not load.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    const log = process.env.SOUP_GATE_LOAD_LOG;
    export async function load(url, context, next) {
      if (log) appendFileSync(log, url + '\\n');
      return next(url, context);
    }
  `)}`,
);
