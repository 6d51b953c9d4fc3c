/**
 * The throughput bench's load generator, spawned by autocannon-load.ts in a process of its own so
 * the bench process's CPU time is the servers' alone. Reads its options as JSON from the file
 * named by its only argument, runs the rotating load and prints autocannon's result as JSON on
 * stdout (the figures `autocannon -j` prints).
 */
import { readFile } from 'node:fs/promises';
import { rotatingLoad, type RotatingLoadOptions } from './rotating-load.js';

const file = process.argv[2];
if (!file) throw new Error('usage: autocannon-child.js <options.json>');
const options = JSON.parse(await readFile(file, 'utf8')) as RotatingLoadOptions;
process.stdout.write(JSON.stringify(await rotatingLoad(options)));
