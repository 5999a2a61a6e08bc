import fs from 'node:fs';
import path from 'node:path';
import { ProjectGraph } from '@authlint/core';
import { createFileProjectHost } from '@authlint/core/file-project-host';
import { parseModule } from './parse-module.js';

/*
 * The ESLint plugin's view of the project on disk, for the core's project model: the core's file
 * host (resolution with enhanced-resolve and get-tsconfig, shared with the editor), modules parsed
 * by parse-module.ts (parse only; project code never runs).
 * One graph per thread, so that `--concurrency` works: each worker summarises the modules it needs.
 */

const diskProjectHost = createFileProjectHost({ parse: parseModule });

let graph: ProjectGraph | undefined;

/** The last file asked about, and whether it is on disk: every authlint rule of a file asks in turn. */
let lastAsked: { readonly fileName: string; readonly onDisk: boolean } | undefined;

function isOnDisk(fileName: string): boolean {
  if (lastAsked?.fileName !== fileName) lastAsked = { fileName, onDisk: path.isAbsolute(fileName) && fs.existsSync(fileName) };
  return lastAsked.onDisk;
}

/** Where a linted file sits in the project, or undefined for a file that is not on disk (stdin, a virtual file). */
export function projectPlaceFor(fileName: string, settings: Readonly<Record<string, unknown>>): { graph: ProjectGraph; fileName: string } | undefined {
  const own = settings.authlint;
  if (own && typeof own === 'object' && (own as { followImports?: unknown }).followImports === false) return undefined;
  if (!isOnDisk(fileName)) return undefined;
  graph ??= new ProjectGraph(diskProjectHost);
  return { graph, fileName };
}
