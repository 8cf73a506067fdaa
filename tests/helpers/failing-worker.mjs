// A text-stage worker that fails (tests/text-stage.test.ts): as `throw`, it says it is ready and
// then throws on the first batch; as `exit`, it stops before it is ready.
import { workerData } from 'node:worker_threads';

const { port } = workerData;
if (process.env.FAILING_WORKER === 'exit') process.exit(3);
port.postMessage({ ready: true });
port.on('message', () => {
  throw new Error('planted failure');
});
