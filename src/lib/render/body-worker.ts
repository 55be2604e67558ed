/**
 * The body renderer's thread: a body's HTML needs nothing from the page but its text and its
 * cited sources (body-html.ts), so it is made beside the rendering (see body-off-thread.ts).
 */
import { parentPort } from 'node:worker_threads';
import { renderCited, type CitedSources } from './body-html.ts';
import { answerRequests } from './thread-pool.ts';

answerRequests(parentPort!, ({ body, path, cited }) => renderCited(body as string, path as string, cited as CitedSources));
