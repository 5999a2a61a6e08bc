import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (nest)', rule, {
  valid: [
    `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  remove() { return { deleted: true }; }
}`,
    `import { Controller, Delete, Res } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  remove(@Res() res) { res.status(204).send(); }
}`,
  ],
  invalid: [
    {
      code: `import { Controller, Delete, Res } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  remove(@Res() res) {
    return res.status(204).json({ deleted: true });
  }
}`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 6, column: 23,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Controller, Delete, Res } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  remove(@Res() res) {
    return res.status(204).end();
  }
}` },
            { messageId: 'suggestUse200', output: `import { Controller, Delete, Res } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  remove(@Res() res) {
    return res.status(200).json({ deleted: true });
  }
}` },
          ],
        },
      ],
    },
  ],
});
