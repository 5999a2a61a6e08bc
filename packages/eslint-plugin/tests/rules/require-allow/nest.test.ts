import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (nest)', rule, {
  valid: [
    `import { MethodNotAllowedException } from '@nestjs/common';
export class A { m() { throw new MethodNotAllowedException(); } }`,
    `import { Controller, All, Res } from '@nestjs/common';
@Controller()
export class A { @All() a(@Res() res) { res.header('Allow', 'GET'); res.status(405).send(); } }`,
    `import { HttpException, HttpStatus } from '@nestjs/common';
export class A { m() { throw new HttpException('no', HttpStatus.METHOD_NOT_ALLOWED); } }`,
  ],
  invalid: [
  ],
});
