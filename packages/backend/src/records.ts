import type { User } from "@goalpost/core/contract";

/** A customer account, as stores keep it: it comes into being when a token first names it. */
export interface AccountRecord {
  id: string;
  createdAt: string;
}

/** A user, as stores keep it; name and role follow the latest token. */
export interface UserRecord extends User {
  createdAt: string;
}
