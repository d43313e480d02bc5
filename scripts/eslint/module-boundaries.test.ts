import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
// @ts-expect-error plain JS lint rule without type declarations
import { moduleBoundaries } from './module-boundaries.js';

// RuleTester reports through whatever test framework it is handed; these statics exist at run time but not in its types.
Object.assign(RuleTester, { afterAll, describe, it });

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const inFeedback = '/repo/modules/feedback/src/ui/App.tsx';

tester.run('module-boundaries', moduleBoundaries, {
  valid: [
    { filename: inFeedback, code: "import { Button } from '@portal/shared-ui';" },
    { filename: inFeedback, code: "import { createModuleApi } from '@portal/module-kit';" },
    { filename: inFeedback, code: "import { createRemoteConfig } from '@portal/module-kit/webpack';" },
    { filename: inFeedback, code: "import { List } from './components/List';" },
    { filename: inFeedback, code: "import schema from '../../module';" },
    { filename: inFeedback, code: "import feedback from '@portal/feedback/module';" },
    { filename: '/repo/gateway/src/modules.ts', code: "import hotlines from '@portal/hotlines/module';" },
  ],
  invalid: [
    { filename: inFeedback, code: "import hotlines from '@portal/hotlines/module';", errors: 1 },
    { filename: inFeedback, code: "import { x } from '../../../hotlines/src/api';", errors: 1 },
    { filename: inFeedback, code: "export * from '@portal/gateway';", errors: 1 },
    { filename: inFeedback, code: "const shell = import('@portal/shell');", errors: 1 },
  ],
});
