// The refund workbench's only way to the server: POST /graphql on this origin.
// An example for SPA authors: a bearer token, the X-Entity header, payload errors as data,
// and an idempotency key per user action, reused when the request is retried.

const ENDPOINT = "/graphql";
const RETRIES = 2;
// Answers after which the change may be retried with the same key: nobody knows whether it
// was saved, or it was not (TRANSACTION_CONFLICT).
const UNKNOWN_OUTCOME = new Set(["COMMIT_OUTCOME_UNKNOWN", "TRANSACTION_CONFLICT", "IDEMPOTENCY_IN_PROGRESS", "SERVICE_UNAVAILABLE", "DEADLINE_EXCEEDED"]);

export class ApiError extends Error {
  constructor(message, { code = null, status = null, field = null } = {}) {
    super(message);
    this.code = code;
    this.status = status;
    this.field = field; // the argument at fault, e.g. "dateFrom"
  }
}

export function newIdempotencyKey() {
  if (globalThis.crypto && typeof crypto.randomUUID === "function") {
    return crypto.randomUUID();
  }
  // Pages served over plain http from another host are not a secure context.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class Api {
  constructor({ token, entity }) {
    this.token = token;
    this.entity = entity || null;
    this.readAfterLsn = null;
  }

  async #send(query, variables) {
    const headers = { "Content-Type": "application/json", Authorization: `Bearer ${this.token}` };
    if (this.entity) headers["X-Entity"] = this.entity;
    // Read-your-writes with a read replica, whichever server process answers: reads carry
    // the primary's position after this page's last write (README: Deployment).
    if (this.readAfterLsn) headers["X-Read-After-LSN"] = this.readAfterLsn;
    let response;
    try {
      response = await fetch(ENDPOINT, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    } catch (error) {
      throw new ApiError(`The server could not be reached (${error.message}).`, { code: "NETWORK" });
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      throw new ApiError(`The server answered ${response.status} without JSON.`, { status: response.status });
    }
    const writeLsn = body?.extensions?.replica?.writeLsn;
    if (writeLsn) this.readAfterLsn = writeLsn;
    const first = (body.errors || [])[0];
    if (!response.ok || (first && !body.data)) {
      const code = first?.extensions?.code || body.code || null;
      const field = first?.extensions?.field || null;
      const message = first?.message || body.message || `The server answered ${response.status}.`;
      throw new ApiError(message, { code, field, status: response.status });
    }
    if (first) {
      const { code = null, field = null } = first.extensions || {};
      throw new ApiError(first.message, { code, field, status: response.status });
    }
    return body.data;
  }

  // A query: no side effects, so retried freely when the network fails.
  query(query, variables = {}) {
    return this.#send(query, variables);
  }

  // A mutation of one user action: ``key`` (made once per action) goes with every try.
  async mutate(query, variables, key) {
    const withKey = key ? { ...variables, key } : variables;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const data = await this.#send(query, withKey);
        const payload = Object.values(data)[0];
        const unknown = (payload?.errors || []).find((error) => UNKNOWN_OUTCOME.has(error.code));
        if (key && unknown && attempt < RETRIES) {
          await sleep(500 * (attempt + 1));
          continue;
        }
        return payload;
      } catch (error) {
        const retriable = key && (error.code === "NETWORK" || UNKNOWN_OUTCOME.has(error.code));
        if (!retriable || attempt >= RETRIES) throw error;
        await sleep(500 * (attempt + 1));
      }
    }
  }
}
