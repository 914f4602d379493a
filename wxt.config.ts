import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ANNOTATE_COMMAND, ANNOTATE_SUGGESTED_KEY } from './lib/commands';
import { UN_SITE_MATCHES } from './lib/sites/un-sites';
import { buildDataset } from './scripts/build-dataset';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: no auto-imported globals.
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Every build ships the dataset built fresh from dataset/; a dataset error stops the build.
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: 'dataset.json', contents: JSON.stringify(await buildDataset()) });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: UN_SITE_MATCHES,
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'APR Lens' },
    commands: {
      [ANNOTATE_COMMAND]: {
        suggested_key: { default: ANNOTATE_SUGGESTED_KEY },
        description: '__MSG_commandAnnotatePage__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'apr-lens@ict4peace.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
