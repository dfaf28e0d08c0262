// Types of scripts/webBuild.mjs, for the tests that import it.
export function webBuildIsStale(): boolean;
export function ensureWebBuilt(opts?: { quiet?: boolean }): boolean;
