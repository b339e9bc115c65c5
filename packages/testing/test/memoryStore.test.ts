import { memoryStore } from '@onecase/core';
import { describeCaseStore } from '../src/vitest.js';

describeCaseStore('memoryStore', () => memoryStore());
