/** An extension page speaks the UI language: its `<html lang>` and its title follow the messages it shows. */
import { uiLanguage } from './i18n';

export function speakUiLanguage(doc: Document, title: string): void {
  doc.documentElement.lang = uiLanguage();
  doc.title = title;
}
