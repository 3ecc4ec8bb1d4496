// @npmcli/arborist ships no types; the benchmark only loads a virtual tree from a lockfile.
declare module '@npmcli/arborist' {
  export default class Arborist {
    constructor(options: { path: string });
    loadVirtual(): Promise<unknown>;
  }
}
