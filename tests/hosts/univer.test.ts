import { runUseCases } from '../app/useCases';
import { runHostContract } from './contract';
import { makeUniverHost, univerOptions } from './univerHarness';

runHostContract('univer', async () => makeUniverHost(), univerOptions);
runUseCases('univer', async () => makeUniverHost(), univerOptions);
