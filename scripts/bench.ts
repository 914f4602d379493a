/**
 * npm run bench: figures measured in one run, each against a plain baseline where the
 * issue asks for a ratio.
 */
import { benchData } from './bench-data';
import { benchDetector } from './bench-detector';
import { benchNotes } from './bench-notes';
import { benchSearch } from './bench-search';
import { benchPage } from './bench-page';
import { benchPdf } from './bench-pdf';
import { benchReports } from './bench-reports';

for (const line of await benchDetector()) console.log(line);
for (const line of await benchData()) console.log(line);
for (const line of await benchSearch()) console.log(line);
for (const line of await benchNotes()) console.log(line);
for (const line of await benchPage()) console.log(line);
for (const line of await benchPdf()) console.log(line);
for (const line of await benchReports()) console.log(line);
