// Preloaded with `node --import` by tests/faults.e2e.test.ts: a slow disk. writeFileSync writes
// in 16 KiB pieces with a pause after each, so that a signal can arrive in the middle of a write.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const pause = new Int32Array(new SharedArrayBuffer(4));
const original = fs.writeFileSync;
fs.writeFileSync = function slowWriteFileSync(file, data, options) {
  if (typeof file !== 'string' || !file.endsWith('.tmp')) return original.call(fs, file, data, options);
  const flag = (typeof options === 'object' && options?.flag) || 'w';
  const fd = fs.openSync(file, flag, 0o644);
  try {
    const bytes = Buffer.from(data);
    for (let off = 0; off < bytes.length; off += 16384) {
      fs.writeSync(fd, bytes, off, Math.min(16384, bytes.length - off));
      Atomics.wait(pause, 0, 0, 40);
    }
  } finally {
    fs.closeSync(fd);
  }
};
syncBuiltinESMExports();
