/**
 * The keyboard command and the key suggested for it. Chromium leaves a suggested key unbound
 * when it clashes with one of its own (Alt+Shift+A focuses inactive dialogs), so the UI shows
 * the binding the browser reports, never this constant.
 */
export const ANNOTATE_COMMAND = 'annotate-page';
export const ANNOTATE_SUGGESTED_KEY = 'Alt+Shift+L';
