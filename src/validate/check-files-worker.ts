// A thread of `checkFiles`: checks the batches of files it is sent and sends back the results.
import { parentPort } from 'node:worker_threads';
import { checkInOrder, type CheckBatch } from './check-files.js';

parentPort!.on('message', (batch: CheckBatch) => {
  void checkInOrder(batch).then((checks) => parentPort!.postMessage(checks));
});
