import type { BuildOptions, Plugin } from 'esbuild';

export declare const here: string;
export declare function browserOptions(options: { entry: string; outfile: string; production?: boolean; plugins?: Plugin[] }): BuildOptions;
export type BuildName = 'desktop' | 'parser' | 'projectHost' | 'pipeline' | 'web' | 'integrationTests';
export declare function namedBuilds(options?: { production?: boolean }): Record<BuildName, BuildOptions>;
export declare function allBuilds(options?: { production?: boolean }): BuildOptions[];
