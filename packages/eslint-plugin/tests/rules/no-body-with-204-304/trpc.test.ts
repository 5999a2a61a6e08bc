import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (trpc)', rule, {
  valid: [
    `import { initTRPC } from '@trpc/server';
const t = initTRPC.create();
export const r = t.router({ a: t.procedure.mutation(() => ({ status: 204 })) });`,
  ],
  invalid: [
  ],
});
