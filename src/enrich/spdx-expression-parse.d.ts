// The package ships no types; this is the shape its README documents (v5).
declare module 'spdx-expression-parse' {
  interface LicenseInfo {
    license: string;
    plus?: true;
    exception?: string;
  }
  interface ConjunctionInfo {
    conjunction: 'and' | 'or';
    left: LicenseInfo | ConjunctionInfo;
    right: LicenseInfo | ConjunctionInfo;
  }
  function parse(expression: string): LicenseInfo | ConjunctionInfo;
  namespace parse {
    export type { LicenseInfo, ConjunctionInfo };
  }
  export = parse;
}
