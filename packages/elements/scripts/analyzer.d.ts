// The analyzer's programmatic entry point ships without types.
declare module '@custom-elements-manifest/analyzer/cli.js' {
  /** Runs `cem analyze` with `argv` in `cwd` (reading its config file there); with `noWrite`, only returns the manifest. */
  export function cli(options: { argv: string[]; cwd: string; noWrite: boolean }): Promise<unknown>;
}
