// A bare host page: the mock backend behind msw's service worker, the headless core on top,
// driven by the test through `window.goalpostTest`.
import { createGoalpost, type Goalpost, webStorage } from "@goalpost/core";
import { createMockBackend, signDemoToken } from "@goalpost/mock-backend";
import { startMockWorker } from "@goalpost/mock-backend/browser";

const backend = createMockBackend();
await startMockWorker(backend, { persist: true });

let goalpost: Goalpost | undefined;

const api = {
  /** Starts the SDK as a user; the account and user come into being with the token. */
  async start(acc: string, role: string) {
    const token = await signDemoToken({ sub: `${acc}-user`, acc, role });
    goalpost = createGoalpost({
      apiBase: location.origin,
      token,
      storage: webStorage(localStorage),
    });
    await goalpost.start();
    return goalpost.getSnapshot().status;
  },
  sdk(): Goalpost {
    if (!goalpost) throw new Error("call start() first");
    return goalpost;
  },
  /** Makes the mock backend unreachable (network errors) or reachable again. */
  offline(offline: boolean) {
    backend.setScenario({ offline });
  },
  /** What the mock backend holds for an account, straight from its database. */
  stored(acc: string) {
    const agreements = backend.state.agreements.filter((a) => a.accountId === acc);
    const ids = new Set(agreements.map((a) => a.id));
    return {
      agreements: agreements.length,
      measurements: backend.state.measurements.filter((m) => ids.has(m.agreementId)).length,
    };
  },
};

Object.assign(window, { goalpostTest: api });
document.body.dataset.ready = "true";
