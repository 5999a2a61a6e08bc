import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (nest)', rule, {
  valid: [
    `import { Controller, Get, Redirect } from '@nestjs/common';
@Controller()
export class A { @Get() @Redirect('https://nestjs.com', 301) a() {} }`,
    `import { Controller, Get, Res } from '@nestjs/common';
@Controller()
export class A { @Get() a(@Res() res) { res.status(302).redirect('/b'); } }`,
    `import { Controller, Get, Res } from '@nestjs/common';
@Controller()
export class A { @Get() a(@Res() res) { res.header('Location', '/b'); res.status(302).send(); } }`,
  ],
  invalid: [
  ],
});
