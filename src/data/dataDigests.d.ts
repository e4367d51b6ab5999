// Written by the build (scripts/lib/hubDataPlugin.ts): SHA-256 of each built-in data file it checked, by path.
declare module 'virtual:hub-data-digests' {
  const digests: Readonly<Record<string, string>>;
  export default digests;
}
