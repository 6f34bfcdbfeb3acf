// A small Chrome DevTools Protocol client over the browser's WebSocket, in "flat" session mode.
// Playwright's own CDP sessions cannot talk to a child session (a web worker), and Pagefind
// searches in a worker: this client can, so it can hold a new worker until it is set up.

/** Lighthouse's mobile profile ("slow 4G"): 150 ms round trip, 1.6 Mbps down, 750 Kbps up, 4× CPU. */
export const MOBILE_THROTTLING = {
  latencyMs: 150,
  downloadBytesPerSecond: (1638.4 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
};

/** Connects to a Chromium started with --remote-debugging-port. */
export async function connectCdp(port) {
  const version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const socket = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`No DevTools connection on port ${port}.`)), { once: true });
  });
  let lastId = 0;
  const pending = new Map();
  const listeners = new Set();
  socket.addEventListener('message', ({ data }) => {
    const message = JSON.parse(String(data));
    if (message.id === undefined) {
      for (const listener of listeners) listener(message);
      return;
    }
    const call = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
    else call?.resolve(message.result);
  });
  return {
    send(method, params = {}, sessionId = undefined) {
      const id = ++lastId;
      socket.send(JSON.stringify({ id, method, params, sessionId }));
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
    },
    /** Calls listener with every event; returns a function that stops listening. */
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      socket.close();
    },
  };
}

/**
 * Throttles one page target, and every worker it starts before the worker runs a line: new
 * workers wait for the debugger, get the same conditions where Chromium allows, then carry on.
 * Returns { workers, stop }: each worker with how its network and CPU were throttled, and a
 * function to detach.
 */
export async function throttleTarget(cdp, targetId, throttling = MOBILE_THROTTLING) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  const conditions = {
    offline: false,
    latency: throttling.latencyMs,
    downloadThroughput: throttling.downloadBytesPerSecond,
    uploadThroughput: throttling.uploadBytesPerSecond,
  };
  const throttleNetwork = async (session) => {
    await cdp.send('Network.enable', {}, session);
    await cdp.send('Network.emulateNetworkConditions', conditions, session);
  };
  const workers = [];
  const stopListening = cdp.on(async (message) => {
    if (message.method !== 'Target.attachedToTarget' || message.sessionId !== sessionId) return;
    const { sessionId: child, targetInfo } = message.params;
    if (/worker/.test(targetInfo.type)) {
      const worker = { url: targetInfo.url, network: 'inherited', cpu: 'not supported' };
      // Chromium answers "Not supported" to network emulation on a dedicated worker: its requests
      // go through the page's throttle. The bench checks that from their timings.
      await throttleNetwork(child).then(() => (worker.network = 'own'), () => undefined);
      await cdp
        .send('Emulation.setCPUThrottlingRate', { rate: throttling.cpuSlowdown }, child)
        .then(() => (worker.cpu = `${throttling.cpuSlowdown}×`), () => undefined);
      workers.push(worker);
    }
    await cdp.send('Runtime.runIfWaitingForDebugger', {}, child).catch(() => undefined);
  });
  await throttleNetwork(sessionId);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling.cpuSlowdown }, sessionId);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);
  return {
    workers,
    stop: async () => {
      stopListening();
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}
