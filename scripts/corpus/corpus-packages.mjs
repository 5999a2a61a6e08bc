// @ts-check
/**
 * The corpus: real third-party packages, every version pinned exactly (each checked with `npm view`).
 *
 * `include` lists the folders of a package (relative to its root) whose files are linted; omitted means
 * the whole package. `files` lists single files instead. Everything under a nested node_modules is left out.
 */
export const CORPUS_PACKAGES = [
  { name: 'express', version: '5.3.0' },
  { name: 'koa', version: '3.3.0' },
  { name: 'fastify', version: '5.12.8' },
  // hono ships the same code twice (ESM in dist/, CommonJS in dist/cjs/): the ESM copy is enough.
  { name: 'hono', version: '4.13.19', exclude: ['dist/cjs'] },
  { name: '@nestjs/common', version: '12.5.1' },
  { name: '@nestjs/core', version: '12.5.1' },
  // next is large and mostly bundled client code and compiled third-party packages: only its server code.
  { name: 'next', version: '16.4.6', include: ['dist/server'] },
  { name: 'h3', version: '2.0.8' },
  { name: 'passport', version: '0.7.0' },
  { name: 'passport-jwt', version: '4.0.1' },
  { name: 'passport-http', version: '0.3.0' },
  { name: 'passport-local', version: '1.0.0' },
  { name: 'express-jwt', version: '8.5.1' },
  { name: 'koa-jwt', version: '4.0.4' },
  { name: '@hapi/hapi', version: '21.4.10' },
  { name: '@hapi/boom', version: '10.0.1' },
  { name: 'restify', version: '12.0.0' },
  // The single very large file (about 9 MB, 200k lines). typescript 7 no longer ships lib/typescript.js, so 6.
  { name: 'typescript', version: '6.0.3', files: ['lib/typescript.js'], role: 'large-file' },
];

/** The framework packages whose own sources the recommended config is run over (issue 2's closing note). */
export const FRAMEWORK_PACKAGES = CORPUS_PACKAGES.filter((p) => p.role !== 'large-file').map((p) => p.name);
