/** Types of build-server.mjs, for the bench and the tests that import it. */
export function serverSourceHash(): string;
export function buildServer(options?: { main?: string; outdir?: string }): Promise<void>;
export function buildServerIfChanged(): Promise<boolean>;
