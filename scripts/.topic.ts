import { pickByTopic } from '../packages/hotline/src/caseTopic.js';
console.log(process.argv[2]);
