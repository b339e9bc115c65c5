import { memoryStore } from '@onecase/core';
import { describeCaseStore } from '../src/index.js';

describeCaseStore('memoryStore', () => memoryStore());
