export declare const RULE_DOCS_SOURCE: string;
export declare const BUNDLED_RULE_DOCS: string;
export declare function webUrlOf(fileName: string): string;
export declare function withWebLink(markdown: string, fileName: string): string;
export declare function bundleRuleDocs(options?: { from?: string; outDir?: string }): string[];
