/** The Hono environment of the app: what middleware and routes share per request. */
export interface AppEnv {
  Variables: {
    /** The signed-in user's account, for the request log line. */
    accountId?: string;
    /** Set by the request logger; echoed in `X-Request-Id` and 500 answers. */
    requestId: string;
  };
}
