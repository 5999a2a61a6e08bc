import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (nest)', rule, {
  valid: [
    `import { Controller, Delete, Res } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  remove(@Res() res) { res.status(204).send(); }
}`,
    `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  async remove(id: string) {
    await this.items.remove(id);
  }
}`,
    `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  remove() {
    return this.items.remove();
  }
}`,
    `import { Controller, Delete, HttpCode, Res } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  remove(@Res() res) {
    res.end();
    return { deleted: true };
  }
}`,
    `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  remove() {
    return this.items.map((i) => ({ id: i }));
  }
}`,
    `import { Controller, Post, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Post()
  @HttpCode(200)
  create() {
    return { created: true };
  }
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
    {
      code: `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  remove() {
    return { deleted: true };
  }
}`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 5, column: 13,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  remove() {
    return;
  }
}` },
            { messageId: 'suggestUse200', output: `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(200)
  remove() {
    return { deleted: true };
  }
}` },
          ],
        },
      ],
    },
    {
      code: `import { Controller, Delete, HttpCode, HttpStatus } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(id: string) {
    await this.items.remove(id);
    return 'deleted';
  }
}`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 5, column: 13,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Controller, Delete, HttpCode, HttpStatus } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(id: string) {
    await this.items.remove(id);
    return;
  }
}` },
            { messageId: 'suggestUse200', output: `import { Controller, Delete, HttpCode, HttpStatus } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(HttpStatus.OK)
  async remove(id: string) {
    await this.items.remove(id);
    return 'deleted';
  }
}` },
          ],
        },
      ],
    },
    {
      code: `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  remove() { return { deleted: true }; }
}`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 5, column: 13,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  remove() { return; }
}` },
            { messageId: 'suggestUse200', output: `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(200)
  remove() { return { deleted: true }; }
}` },
          ],
        },
      ],
    },
  ],
});
