// Loaded with `node --import` into a real `bluedraft` process by the tests, never shipped: it
// stands between the write of the temporary file and the rename that would put it in place.
//   BLUEDRAFT_TEST_RENAME=pause  reports "paused <temporary file>" on stderr and waits to be killed
//   BLUEDRAFT_TEST_RENAME=fail   makes the rename fail as a full disk would
// Patching node:fs here (and syncing the ES module bindings) leaves the production code as it is.
/* global setInterval */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const mode = process.env.BLUEDRAFT_TEST_RENAME;
const rename = fs.promises.rename;

fs.promises.rename = async (from, to) => {
  if (mode === 'pause') {
    process.stderr.write(`paused ${from}\n`);
    setInterval(() => {}, 1 << 30);
    return new Promise(() => {});
  }
  if (mode === 'fail') {
    throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' });
  }
  return rename(from, to);
};
syncBuiltinESMExports();
