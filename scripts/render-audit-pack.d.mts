// Types of scripts/render-audit-pack.mjs, for the TypeScript that imports it (tests, other scripts).
export declare const AUDIT_PACK_SECTIONS: string[];
export declare const INSTALL_HINT: string;
export declare function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
export interface RenderPageOptions {
  executablePath: string;
  outDir: string;
  name?: string;
  selectors?: readonly string[];
  width?: number;
  pngHeight?: number;
  fitContent?: boolean;
  pdf?: boolean;
}
export declare function renderPage(
  file: string,
  options: RenderPageOptions,
): Promise<{ problems: string[]; png: string; pdf: string | undefined; pageHeight: number }>;
