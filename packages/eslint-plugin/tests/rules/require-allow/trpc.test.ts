import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (trpc)', rule, {
  valid: [
    `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.create();
export const r = t.router({ a: t.procedure.query(() => { throw new TRPCError({ code: 'METHOD_NOT_SUPPORTED' }); }) });`,
  ],
  invalid: [
  ],
});
