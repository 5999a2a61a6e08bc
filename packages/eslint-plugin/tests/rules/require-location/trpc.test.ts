import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (trpc)', rule, {
  valid: [
    `import { initTRPC } from '@trpc/server';
const t = initTRPC.create();
export const r = t.router({ a: t.procedure.query(() => ({ status: 301 })) });`,
  ],
  invalid: [
  ],
});
