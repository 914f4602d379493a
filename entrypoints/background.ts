import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerAnnotateOnDemand } from '../lib/background/annotate-on-demand';
import { registerDataService } from '../lib/background/data-service';
import { registerNotesOpener } from '../lib/background/open-notes';
import { registerNoteMenu } from '../lib/background/note-menu';
import { registerPdfAutoOpen } from '../lib/background/pdf-auto-open';
import { registerPdfMenu } from '../lib/background/pdf-menu';
import { registerPopupRequests } from '../lib/background/popup-requests';
import { registerReportTextService } from '../lib/background/report-text-service';
import { registerTabStateCleanup } from '../lib/background/tab-state';
import { registerUserSites } from '../lib/background/user-sites';

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
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`APR Lens ${browser.runtime.getManifest().version}: ${reason}`);
  });
});
