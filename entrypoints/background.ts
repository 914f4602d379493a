import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerAnnotateOnDemand } from '../lib/tabs/annotate-on-demand';
import { registerDataService } from '../lib/data/data-service';
import { registerNotesOpener } from '../lib/notes/open-notes';
import { registerNoteMenu } from '../lib/notes/note-menu';
import { registerPdfAutoOpen } from '../lib/pdf/auto-open-listener';
import { registerPdfMenu } from '../lib/pdf/pdf-menu';
import { registerPopupRequests } from '../lib/tabs/annotate-requests';
import { registerReportTextService } from '../lib/data/report-text-service';
import { registerTabStateCleanup } from '../lib/tabs/tab-state';
import { registerUserSites } from '../lib/sites/user-sites';
import { registerWelcome } from '../lib/tabs/welcome';

export default defineBackground(() => {
  registerDataService();
  registerReportTextService();
  registerTabStateCleanup();
  registerAnnotateOnDemand();
  registerUserSites();
  registerNotesOpener();
  registerNoteMenu();
  registerPopupRequests();
  registerPdfMenu();
  registerPdfAutoOpen();
  registerWelcome();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`APR Lens ${browser.runtime.getManifest().version}: ${reason}`);
  });
});
