// Entry of dist/project-host.cjs: the core's file host with enhanced-resolve and get-tsconfig, in a
// bundle of its own that the desktop extension requires on the first analysis of a `file:`
// document (see load-file-host.ts and esbuild.config.mjs). The web extension has no file system
// and no such bundle.
export { createFileProjectHost } from '@authlint/core/file-project-host';
