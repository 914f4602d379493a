import { defineContentScript } from 'wxt/utils/define-content-script';
import { UN_SITE_MATCHES } from '../../lib/sites';
import { mountHost } from '../../lib/page/host';

export default defineContentScript({
  matches: UN_SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    mountHost(document);
  },
});
