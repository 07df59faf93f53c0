/**
 * The attention score table. Scores place categories in bands; inside a band a magnitude
 * (days overdue, streak length, days left) orders entries. Higher is more pressing.
 *
 * | entry                                          | severity | score                                   |
 * | ---------------------------------------------- | -------- | --------------------------------------- |
 * | backup: last run failed                        | critical | 900                                     |
 * | secret, domain or TLS expired (or today)       | critical | 880                                     |
 * | secret, domain or TLS expires within 7 days    | critical | 800 + 10 × (7 − days)         800–870   |
 * | task overdue                                   | warning  | 700 + 2 × min(days, 30) + priority − blocked   |
 * | backup stale (past its run + grace)            | warning  | 760                                     |
 * | secret rotation due                            | warning  | 680 + min(days past, 30)      680–710   |
 * | task due today                                 | warning  | 620 + priority − blocked                |
 * | secret, domain or TLS expires within horizon   | warning  | 600 + (horizon − days)                  |
 * | backup never run                               | warning  | 580                                     |
 * | habit due today, streak at risk                | warning  | 450 + 2 × min(streak, 50)     452–550   |
 * | habit due today, no streak                     | info     | 300                                     |
 * | user-kind date field 1–7 days ahead (`renews`) | info     | 250 + 5 × (7 − days)          250–280   |
 * | domain on auto-renew expires within horizon    | info     | 200 + (horizon − days)                  |
 * | device warranty ends within horizon            | info     | 150 + (horizon − days)                  |
 * | bookmark found dead                            | info     | 100                                     |
 *
 * priority: high +40, medium +20, low or none +0. blocked (depends on an open task): −50.
 * Ties: title, then path, then reason (code-point order).
 */
export const SCORES = {
  backupFailed: 900,
  expired: 880,
  expiresSoonBase: 800,
  expiresSoonPerDay: 10,
  soonDays: 7,
  taskOverdueBase: 700,
  taskOverduePerDay: 2,
  taskOverdueMaxDays: 30,
  backupStale: 760,
  rotationDueBase: 680,
  rotationDueMaxDays: 30,
  taskDueToday: 620,
  expiresWithinBase: 600,
  backupNever: 580,
  habitStreakBase: 450,
  habitStreakPerUnit: 2,
  habitStreakMax: 50,
  habitDue: 300,
  userDateSoonBase: 250,
  userDateSoonPerDay: 5,
  autoRenewBase: 200,
  warrantyBase: 150,
  bookmarkDead: 100,
  priority: { high: 40, medium: 20, low: 0 },
  blocked: -50,
} as const;

/** The default look-ahead for expiries, in days: the dashboard's and `vault-stack attention`'s, so both list the same. */
export const DEFAULT_HORIZON_DAYS = 90;
