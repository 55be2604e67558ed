/**
 * The citation formatter's thread: citeproc is the heaviest per-page step of the build, and
 * it needs nothing from the page but its CSL-JSON record, so it runs beside the rendering
 * instead of inside it (see off-thread.ts).
 */
import { parentPort } from 'node:worker_threads';
import { answerRequests } from '../thread-pool.ts';
import { formatCitations } from './formats.ts';
import type { CslItem } from './record.ts';

answerRequests(parentPort!, ({ item }) => formatCitations(item as CslItem));
