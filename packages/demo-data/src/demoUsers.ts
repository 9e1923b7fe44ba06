/** A seeded user, as the demo's user switcher lists them. */
export interface DemoUser {
  /** The token's `sub`. */
  id: string;
  /** The token's `acc`. */
  accountId: string;
  /** The token's `role`. */
  roleId: string;
  name: string;
  /** True when the user's role has nothing agreed yet, to demo the first-run flow. */
  firstRun: boolean;
}

const user = (accountId: string, roleId: string, id: string, name: string): DemoUser => ({
  id,
  accountId,
  roleId,
  name,
  firstRun: false,
});

/**
 * The seeded users: one per role (`digital-marketer`, `sdr`, `marketing-vp`) in each of the
 * accounts `acme`, `globex` and `initech`. Initech's marketer and SDR have nothing agreed yet.
 */
export const demoUsers: readonly DemoUser[] = [
  user("acme", "digital-marketer", "ana.torres", "Ana Torres"),
  user("acme", "sdr", "sam.okafor", "Sam Okafor"),
  user("acme", "marketing-vp", "priya.raman", "Priya Raman"),
  user("globex", "digital-marketer", "lena.fischer", "Lena Fischer"),
  user("globex", "sdr", "marcus.lee", "Marcus Lee"),
  user("globex", "marketing-vp", "hannah.cole", "Hannah Cole"),
  { ...user("initech", "digital-marketer", "nadia.haddad", "Nadia Haddad"), firstRun: true },
  { ...user("initech", "sdr", "tom.becker", "Tom Becker"), firstRun: true },
  user("initech", "marketing-vp", "grace.liu", "Grace Liu"),
];
